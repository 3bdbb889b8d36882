from lib import *
R = "travel_record"
DOCS = []
add = DOCS.append

WAS = P("Washington", "US")
TLV = P("Tel Aviv", "IL")
JER = P("Jerusalem", "IL")
RAM = P("Ramallah", "PS")
AMM = P("Amman", "JO")
BAG = P("Baghdad", "IQ")
ERB = P("Erbil", "IQ")
ANK = P("Ankara", "TR")
CAI = P("Cairo", "EG")
DOH = P("Doha", "QA")
RIY = P("Riyadh", "SA")
BEI = P("Beirut", "LB")
DAM = P("Damascus", "SY")
TEH = P("Tehran", "IR")
MOS = P("Moscow", "RU")
KYV = P("Kyiv", "UA")
GAZA = P("Gaza", "PS")
BRU = P("Brussels", "BE")
PAR = P("Paris", "FR")
LON = P("London", "GB")
BER = P("Berlin", "DE")
BEJ = P("Beijing", "CN")
TOK = P("Tokyo", "JP")
ABU = P("Abu Dhabi", "AE")
MUS = P("Muscat", "OM")
ISB = P("Islamabad", "PK")
KBL = P("Kabul", "AF")
NDL = P("New Delhi", "IN", pick=1)

# 1 --------------------------------------------------------------- multi-stop with dates per stop
d = "2023-11-10"
add(D(R, 1, d, """Travels of the Secretary of State

Tel Aviv, Israel, November 3, 2023. The Secretary met with Prime Minister Netanyahu and members of the war cabinet, and with families of hostages held in Gaza.
Amman, Jordan, November 4, 2023. The Secretary met with the Foreign Ministers of Jordan, Egypt, Saudi Arabia, Qatar and the United Arab Emirates, and with the Palestinian Authority's Secretary-General of the PLO Executive Committee.
Ramallah, West Bank, November 5, 2023. The Secretary met with President Mahmoud Abbas.
Baghdad, Iraq, November 5, 2023. The Secretary met with Prime Minister Mohammed Shia al-Sudani.
Ankara, Türkiye, November 6, 2023. The Secretary met with Foreign Minister Hakan Fidan.
Tokyo, Japan, November 7–8, 2023. The Secretary attended the G7 Foreign Ministers' Meeting.""",
  [E("meeting", "visit", "2023-11-03", TLV, ["Antony Blinken", "Benjamin Netanyahu"]),
   E("meeting", "visit", "2023-11-04", AMM, ["Antony Blinken", "Arab foreign ministers"]),
   E("meeting", "visit", "2023-11-05", RAM, ["Antony Blinken", "Mahmoud Abbas"]),
   E("meeting", "visit", "2023-11-05", BAG, ["Antony Blinken", "Mohammed Shia al-Sudani"]),
   E("meeting", "visit", "2023-11-06", ANK, ["Antony Blinken", "Hakan Fidan"]),
   E("meeting", "summit", ["2023-11-07", "2023-11-08"], TOK, ["Antony Blinken", "G7 foreign ministers"])],
  [GAZA],
  "Six stops, each with its stated day(s). Gaza is where hostages are held (topic).",
  ["travel_record", "multi_event", "topic_place"]))

# 2 --------------------------------------------------------------- weekday programme, held
d = "2024-03-19"
add(D(R, 2, d, f"""Federal Chancellery — programme of the Chancellor's trip to the Middle East (as held)

{WD(d,-2)}: Aqaba – meeting with King Abdullah II of Jordan on humanitarian access to Gaza; flight to Tel Aviv in the evening.
{WD(d,-1)}: Jerusalem – talks with Prime Minister Netanyahu; meeting with relatives of German hostages.
{WD(d)}: Amman – working lunch with the Jordanian Prime Minister; return to Berlin.

A stop in Cairo that had been considered was dropped from the programme.""",
  [E("meeting", "visit", DAY(d,-2), P("Aqaba", "JO"), ["Olaf Scholz", "Abdullah II"]),
   E("meeting", "visit", DAY(d,-1), JER, ["Olaf Scholz", "Benjamin Netanyahu"]),
   E("meeting", "visit", d, AMM, ["Olaf Scholz", "Jordanian Prime Minister"])],
  [GAZA, TLV, BER, CAI],
  "Weekday-labelled programme resolved against the record date (last day = publication). Tel Aviv is a flight destination (arrival, no meeting there); Berlin return; Cairo stop dropped (cancelled). Gaza topic.",
  ["travel_record", "weekday_programme", "multi_event", "cancelled_stop", "topic_place", "relative_date"]))

# 3 --------------------------------------------------------------- cancelled summit
d = "2023-10-19"
add(D(R, 3, d, f"""The President's travel to Israel

On {WD(d,-1)}, October 18, the President travelled to Tel Aviv, Israel, where he met with Prime Minister Benjamin Netanyahu and the Israeli war cabinet, and with first responders and families of victims of the October 7 attacks.

The President had been scheduled to continue to Amman, Jordan, for a summit with King Abdullah II, President el-Sisi of Egypt and President Abbas. That meeting was cancelled after the explosion at al-Ahli hospital in Gaza City. The President spoke by phone with President el-Sisi from Air Force One on the return flight and agreed on the opening of the Rafah crossing for humanitarian aid.""",
  [E("meeting", "visit", "2023-10-18", TLV, ["Joe Biden", "Benjamin Netanyahu"]),
   E("call", "phone call", "2023-10-18", WAS, ["Joe Biden", "Abdel Fattah el-Sisi"], alts=[CAI])],
  [AMM, P("Gaza City", "PS", "Gaza"), P("Rafah", "PS")],
  "Amman summit cancelled (not gold). Call from Air Force One pinned at the issuing side's capital with Cairo as alternate. Gaza City (hospital explosion, background) and Rafah (topic) are not event places.",
  ["travel_record", "cancelled_stop", "call", "background_event", "topic_place", "relative_date"]))

# 4 --------------------------------------------------------------- virtual meeting
d = "2024-11-26"
add(D(R, 4, d, """Travel and engagements of the Minister for Foreign Affairs — week of 25 November

25 November: Fiuggi, Italy – the Minister attended the G7 Foreign Ministers' Meeting, where discussions focused on Ukraine and the Middle East.
26 November: Ottawa – the Minister took part by videoconference in the meeting of the Ukraine Defence Contact Group hosted in Ramstein, and held a virtual meeting with the Foreign Minister of Lebanon.

A planned visit to Beirut was postponed for security reasons.""",
  [E("meeting", "summit", "2024-11-25", M("Fiuggi", 41.80, 13.22, "IT"), ["Canadian Foreign Minister", "G7 foreign ministers"]),
   E("call", "videoconference", "2024-11-26", P("Ottawa", "CA"), ["Canadian Foreign Minister", "Ukraine Defence Contact Group"], alts=[M("Ramstein", 49.44, 7.60, "DE")]),
   E("call", "virtual meeting", "2024-11-26", P("Ottawa", "CA"), ["Canadian Foreign Minister", "Lebanese Foreign Minister"], alts=[BEI])],
  [],
  "Virtual meetings are calls at the issuing side's capital (Ottawa) with the host place as alternate. Beirut visit postponed (not gold; Beirut only an alternate of the virtual meeting). Ukraine is a topic (country only).",
  ["travel_record", "virtual_meeting", "call", "cancelled_stop", "topic_place"]))

# 5 --------------------------------------------------------------- future trip announced
d = "2024-06-07"
add(D(R, 5, d, f"""Secretary Blinken's Travel to Egypt, Israel, Jordan and Qatar

Secretary of State Antony J. Blinken will travel to Egypt, Israel, Jordan and Qatar June 10–12. In Cairo, the Secretary will meet with President el-Sisi; in Tel Aviv with Prime Minister Netanyahu; and on June 11 he will attend the "Call for Action: Urgent Humanitarian Response for Gaza" conference at the Dead Sea, co-hosted by Jordan, Egypt and the United Nations. He will conclude his trip in Doha.

The Secretary last visited the region in May, when he met with Saudi Crown Prince Mohammed bin Salman in Riyadh on May 29.""",
  [E("meeting", "visit", "2024-05-29", RIY, ["Antony Blinken", "Mohammed bin Salman"], optional=True)],
  [CAI, TLV, M("Dead Sea (Jordan)", 31.72, 35.59, "JO", "approximate, Sweimeh conference area"), DOH, GAZA],
  "Whole record announces a future trip: no scored gold. The clearly dated earlier visit to Riyadh is optional background.",
  ["travel_record", "future_event", "no_gold", "background_event", "topic_place"]))

# 6 --------------------------------------------------------------- UN SG Rafah crossing
d = "2023-10-21"
ARI = P("El Arish", "EG")
add(D(R, 6, d, f"""Secretary-General's travels: Egypt, 19–21 October 2023

On {WD(d,-2)}, the Secretary-General arrived in Cairo, where he met with President Abdel Fattah al-Sisi and Foreign Minister Sameh Shoukry.
On {WD(d,-1)}, he travelled to the Rafah border crossing, on the Egyptian side of the border with Gaza, and then to El Arish, where he visited the warehouse of the Egyptian Red Crescent holding aid for Gaza.
On {WD(d)}, he attended the Cairo Summit for Peace, held at the New Administrative Capital, before departing for New York.""",
  [E("meeting", "visit", DAY(d,-2), CAI, ["António Guterres", "Abdel Fattah al-Sisi", "Sameh Shoukry"]),
   E("other", "site visit", DAY(d,-1), M("Rafah crossing (Egyptian side)", 31.25, 34.26, "EG"), ["António Guterres"]),
   E("other", "site visit", DAY(d,-1), ARI, ["António Guterres", "Egyptian Red Crescent"]),
   E("meeting", "summit", d, M("New Administrative Capital", 30.02, 31.76, "EG", "approximate, east of Cairo"), ["António Guterres", "Cairo Summit for Peace"], alts=[CAI])],
  [GAZA, P("New York", "US")],
  "Site visits (Rafah crossing, El Arish warehouse) are kind other per convention. The summit in the New Administrative Capital (~45 km east of Cairo) has Cairo as alternate. New York departure; Gaza topic.",
  ["travel_record", "multi_event", "site_visit", "relative_date", "topic_place"]))

# 7 --------------------------------------------------------------- Pope in Iraq
d = "2021-03-08"
add(D(R, 7, d, f"""Apostolic Journey to Iraq, 5–8 March 2021: programme as carried out

{WD(d,-3)} 5 March: Baghdad – welcome ceremony at the Presidential Palace, meeting with authorities; meeting with bishops and clergy at the Syriac Catholic Cathedral of Our Lady of Salvation.
{WD(d,-2)} 6 March: Najaf – courtesy visit to the Grand Ayatollah Sayyid Ali Al-Husaymi Al-Sistani; Ur of the Chaldees (plain of Ur, near Nasiriyah) – interreligious meeting; Baghdad – Holy Mass in the Chaldean Cathedral of Saint Joseph.
{WD(d,-1)} 7 March: Erbil – meeting with religious and civil authorities of the Kurdistan Region at the airport; Mosul – prayer of suffrage for the victims of war at Hosh al-Bieaa (Church Square); Qaraqosh – visit to the community at the Church of the Immaculate Conception; Erbil – Holy Mass at the Franso Hariri stadium.
{WD(d,0)} 8 March: departure from Baghdad for Rome.""",
  [E("meeting", "visit", "2021-03-05", BAG, ["Pope Francis", "Iraqi authorities"]),
   E("meeting", "visit", "2021-03-06", P("Najaf", "IQ"), ["Pope Francis", "Ali al-Sistani"]),
   E("meeting", "interreligious meeting", "2021-03-06", M("Ur (plain of Ur)", 30.96, 46.10, "IQ"), ["Pope Francis", "religious leaders"], alts=[P("Nasiriyah", "IQ")]),
   E("other", "mass", "2021-03-06", BAG, ["Pope Francis"]),
   E("meeting", "visit", "2021-03-07", ERB, ["Pope Francis", "Kurdistan Region authorities"]),
   E("other", "prayer", "2021-03-07", P("Mosul", "IQ"), ["Pope Francis"]),
   E("other", "community visit", "2021-03-07", M("Qaraqosh", 36.27, 43.38, "IQ"), ["Pope Francis"])],
  [P("Rome", "IT")],
  "Meetings with authorities/leaders are meetings; masses, prayers and community visits are other. Weekday labels carry explicit dates (consistent with the calendar). Rome is the departure destination; the 8 March departure is not an event.",
  ["travel_record", "weekday_programme", "multi_event", "site_visit"]))

# 8 --------------------------------------------------------------- KRG PM Europe
d = "2024-05-17"
add(D(R, 8, d, """Kurdistan Regional Government — Prime Minister's visit to the United Kingdom and France

Prime Minister Masrour Barzani visited London from 13 to 15 May, where he met with the British Prime Minister at 10 Downing Street, the Foreign Secretary and members of Parliament, and spoke at Chatham House about Erbil–Baghdad relations and the payment of public-sector salaries.

On 16 May, the Prime Minister was received in Paris by President Emmanuel Macron at the Élysée Palace. They discussed the security situation in the Kurdistan Region, attacks by Iran-backed militias on Erbil, and cooperation in the fight against ISIS. The Prime Minister returned to Erbil on 17 May.""",
  [E("meeting", "visit", ["2024-05-13", "2024-05-15"], LON, ["Masrour Barzani", "UK Prime Minister"]),
   E("meeting", "talks", "2024-05-16", PAR, ["Masrour Barzani", "Emmanuel Macron"])],
  [ERB, BAG],
  "London stop range; Paris dated. Erbil–Baghdad relations is a metonym; attacks on Erbil are undated background topic; return to Erbil is not a meeting.",
  ["travel_record", "date_range", "metonym", "topic_place", "multi_event"]))

# 9 --------------------------------------------------------------- Iraqi PM to US
d = "2024-04-19"
add(D(R, 9, d, f"""Prime Minister's Media Office — visit to the United States of America

Prime Minister Mohammed Shia al-Sudani concluded on {WD(d,-1)} a visit to the United States that began on 14 April. On 15 April, the Prime Minister met President Joe Biden at the White House in Washington, and on 16 April he held talks with the Secretary of Defense and the Secretary of the Treasury and addressed a forum of American companies.

On 17 April, the Prime Minister travelled to Dearborn, Michigan, where he met members of the Iraqi community. The visit took place amid Iran's drone and missile attack on Israel and concerns that the conflict could spread to Iraq.""",
  [E("meeting", "talks", ["2024-04-15", "2024-04-16"], WAS, ["Mohammed Shia al-Sudani", "Joe Biden"]),
   E("meeting", "community meeting", "2024-04-17", P("Dearborn", "US"), ["Mohammed Shia al-Sudani", "Iraqi community"], alts=[P("Detroit", "US")])],
  [],
  "Washington meetings on two stated days combined into one pin with a range. The conclusion day (Thursday) is not an event itself. Iran/Israel/Iraq countries only.",
  ["travel_record", "date_range", "relative_date", "country_only"]))

# 10 -------------------------------------------------------------- Wang Yi Africa
d = "2024-01-19"
add(D(R, 10, d, """Wang Yi concludes visits to Egypt, Tunisia, Togo and Côte d'Ivoire

From 13 to 18 January, Member of the Political Bureau of the CPC Central Committee and Foreign Minister Wang Yi paid official visits to Egypt, Tunisia, Togo and Côte d'Ivoire, continuing a 34-year tradition of Chinese foreign ministers choosing Africa for their first overseas visit of the year.

In Cairo on 14 January, Wang Yi met with President Abdel Fattah el-Sisi and held talks with Foreign Minister Sameh Shoukry; the two issued a joint statement on the Palestinian-Israeli conflict. In Tunis on 15 January, he met President Kais Saied. In Lomé on 16–17 January, he met President Faure Gnassingbé. In Abidjan on 18 January, he held talks with Foreign Minister Kacou Houadja Léon Adom.""",
  [E("meeting", "visit", "2024-01-14", CAI, ["Wang Yi", "Abdel Fattah el-Sisi", "Sameh Shoukry"]),
   E("meeting", "visit", "2024-01-15", P("Tunis", "TN"), ["Wang Yi", "Kais Saied"]),
   E("meeting", "visit", ["2024-01-16", "2024-01-17"], P("Lomé", "TG"), ["Wang Yi", "Faure Gnassingbé"]),
   E("meeting", "visit", "2024-01-18", P("Abidjan", "CI"), ["Wang Yi", "Kacou Houadja Léon Adom"])],
  [],
  "Four capitals with stated days. Country names in the title are not pins.",
  ["travel_record", "multi_event", "date_range", "country_title"]))

# 11 -------------------------------------------------------------- Japanese FM
d = "2023-11-05"
add(D(R, 11, d, """Visit by Foreign Minister Kamikawa to Israel, Palestine and Jordan (overview)

1. Foreign Minister Yoko Kamikawa visited Israel, Palestine and Jordan from 3 to 5 November.
2. On 3 November, in Tel Aviv, the Minister held a meeting with Foreign Minister Eli Cohen and met with families of hostages, including a family with Japanese ties. She then travelled by land to Ramallah, where she held talks with Prime Minister Mohammad Shtayyeh.
3. On 4 November, the Minister visited Amman and held a meeting with Deputy Prime Minister and Foreign Minister Ayman Safadi. She expressed Japan's intention to provide additional humanitarian assistance for Gaza.
4. Following the visit, the Minister departed for Tokyo to prepare for the G7 Foreign Ministers' Meeting.""",
  [E("meeting", "visit", "2023-11-03", TLV, ["Yoko Kamikawa", "Eli Cohen"]),
   E("meeting", "talks", "2023-11-03", RAM, ["Yoko Kamikawa", "Mohammad Shtayyeh"]),
   E("meeting", "talks", "2023-11-04", AMM, ["Yoko Kamikawa", "Ayman Safadi"])],
  [GAZA, TOK],
  "Ramallah same day as Tel Aviv (~40 km apart: distinct pins). Gaza topic, Tokyo departure/future G7 meeting.",
  ["travel_record", "multi_event", "topic_place", "future_event"]))

# 12 -------------------------------------------------------------- EU HRVP Lebanon/Saudi
d = "2024-01-09"
add(D(R, 12, d, f"""HR/VP Josep Borrell's visit to Lebanon and Saudi Arabia

On {WD(d,-3)} 6 January, High Representative/Vice-President Josep Borrell visited Beirut, where he met caretaker Prime Minister Najib Mikati, Speaker Nabih Berri and the commander of the Lebanese Armed Forces. On {WD(d,-2)}, he travelled to southern Lebanon and visited UNIFIL headquarters in Naqoura, where he was briefed on the situation along the Blue Line.

On {WD(d,-1)} 8 January, in Riyadh, the HR/VP met with Foreign Minister Prince Faisal bin Farhan. A planned meeting with the Secretary-General of the Gulf Cooperation Council was held by videoconference from Riyadh.""",
  [E("meeting", "visit", "2024-01-06", BEI, ["Josep Borrell", "Najib Mikati", "Nabih Berri"]),
   E("meeting", "briefing", "2024-01-07", M("Naqoura (UNIFIL HQ)", 33.12, 35.14, "LB"), ["Josep Borrell", "UNIFIL"], alts=[P("Tyre", "LB")]),
   E("meeting", "talks", "2024-01-08", RIY, ["Josep Borrell", "Faisal bin Farhan"]),
   E("call", "videoconference", "2024-01-08", RIY, ["Josep Borrell", "GCC Secretary-General"], optional=True)],
  [],
  "Naqoura briefing at UNIFIL HQ counted as a meeting. The GCC videoconference from Riyadh is a borderline call (optional; it would sit at the same point as the Riyadh talks).",
  ["travel_record", "multi_event", "relative_date", "virtual_meeting"]))

# 13 -------------------------------------------------------------- SecDef Austin
d = "2023-12-21"
add(D(R, 13, d, """Secretary of Defense travel: Israel, Bahrain and Qatar

Tel Aviv, Israel, December 18, 2023. Secretary Austin met with Minister of Defense Yoav Gallant and Prime Minister Netanyahu to discuss Israel's operations in Gaza and the transition to lower-intensity operations.
Manama, Bahrain, December 19, 2023. The Secretary met with Crown Prince Salman bin Hamad Al Khalifa and held a virtual ministerial meeting on Red Sea security with counterparts from more than 40 countries, announcing Operation Prosperity Guardian.
Al Udeid Air Base, Qatar, December 20, 2023. The Secretary met with U.S. troops and with Qatari Minister of State for Defense Affairs.""",
  [E("meeting", "visit", "2023-12-18", TLV, ["Lloyd Austin", "Yoav Gallant", "Benjamin Netanyahu"]),
   E("meeting", "visit", "2023-12-19", P("Manama", "BH"), ["Lloyd Austin", "Salman bin Hamad Al Khalifa"]),
   E("call", "virtual ministerial", "2023-12-19", P("Manama", "BH"), ["Lloyd Austin", "Red Sea coalition ministers"], optional=True),
   E("meeting", "visit", "2023-12-20", M("Al Udeid Air Base", 25.12, 51.32, "QA"), ["Lloyd Austin", "Qatari Minister of State for Defense"], alts=[DOH])],
  [GAZA],
  "Virtual ministerial held from Manama: optional (same point as the visit). Al Udeid ~30 km from Doha (alternate).",
  ["travel_record", "multi_event", "virtual_meeting", "topic_place"]))

# 14 -------------------------------------------------------------- Fidan Damascus, then Baghdad cancelled
d = "2025-01-27"
add(D(R, 14, d, f"""Ministry of Foreign Affairs of Türkiye — the Minister's contacts

Minister of Foreign Affairs Hakan Fidan paid a visit to Damascus on 22 December 2024, where he met with the leader of the new Syrian administration, Ahmed al-Sharaa. On 15 January 2025, the Minister received the Syrian Foreign Minister Asaad al-Shaibani in Ankara.

The Minister's visit to Baghdad, scheduled for {WD(d,-1)}, was postponed; instead, he held a telephone conversation with Iraqi Foreign Minister Fuad Hussein on {WD(d,-1)} on the situation in north-east Syria and the fight against the PKK in the Sinjar and Makhmour areas.""",
  [E("meeting", "visit", "2024-12-22", DAM, ["Hakan Fidan", "Ahmed al-Sharaa"]),
   E("meeting", "talks", "2025-01-15", ANK, ["Hakan Fidan", "Asaad al-Shaibani"]),
   E("call", "phone call", DAY(d,-1), ANK, ["Hakan Fidan", "Fuad Hussein"], alts=[BAG])],
  [P("Sinjar", "IQ"), P("Makhmour", "IQ", "Makhmur")],
  "Damascus visit a month earlier is clearly dated in a travel record (scored). Baghdad visit postponed (Baghdad only as call alternate). Sinjar/Makhmour are topic places.",
  ["travel_record", "cancelled_stop", "call", "topic_place", "relative_date"]))

# 15 -------------------------------------------------------------- Araghchi regional tour
d = "2024-10-11"
add(D(R, 15, d, """Foreign Minister Araghchi's regional tour

Foreign Minister Seyed Abbas Araghchi travelled to Beirut on 4 October, where he met Speaker Nabih Berri and caretaker Prime Minister Najib Mikati, and visited the site of an Israeli strike in the southern suburbs. On 5 October, he met President Bashar al-Assad in Damascus.

After returning to Tehran, the Minister travelled to Riyadh on 9 October and was received by Crown Prince Mohammed bin Salman. On 10 October, he held talks in Doha with the Prime Minister and Foreign Minister of Qatar. Stops in Amman, Cairo and Baghdad are planned for the coming week.""",
  [E("meeting", "visit", "2024-10-04", BEI, ["Abbas Araghchi", "Nabih Berri", "Najib Mikati"]),
   E("meeting", "visit", "2024-10-05", DAM, ["Abbas Araghchi", "Bashar al-Assad"]),
   E("meeting", "visit", "2024-10-09", RIY, ["Abbas Araghchi", "Mohammed bin Salman"]),
   E("meeting", "talks", "2024-10-10", DOH, ["Abbas Araghchi", "Mohammed bin Abdulrahman Al Thani"])],
  [TEH, AMM, CAI, BAG],
  "Tehran return (not a meeting). Amman/Cairo/Baghdad planned: future.",
  ["travel_record", "multi_event", "future_event"]))

# 16 -------------------------------------------------------------- UN envoy Yemen
d = "2024-07-24"
add(D(R, 16, d, """Office of the Special Envoy of the Secretary-General for Yemen — press note

The Special Envoy for Yemen, Hans Grundberg, concluded a visit to the region. In Muscat, from 20 to 21 July, he met with Houthi chief negotiator Mohammed Abdulsalam and senior Omani officials. On 22 July, in Riyadh, he met with the President of the Presidential Leadership Council, Rashad al-Alimi, and with the Saudi Ambassador to Yemen.

On 23 July, the Special Envoy visited Aden, where he met the Governor of the Central Bank. The discussions focused on de-escalation of the economic measures affecting banks in Sanaa and the resumption of flights from Sanaa airport to Amman.""",
  [E("meeting", "visit", ["2024-07-20", "2024-07-21"], MUS, ["Hans Grundberg", "Mohammed Abdulsalam"]),
   E("meeting", "visit", "2024-07-22", RIY, ["Hans Grundberg", "Rashad al-Alimi"]),
   E("meeting", "visit", "2024-07-23", P("Aden", "YE"), ["Hans Grundberg", "Central Bank Governor"])],
  [P("Sanaa", "YE"), AMM],
  "Sanaa (banks, airport) and Amman (flight destination) are topic places.",
  ["travel_record", "multi_event", "date_range", "topic_place"]))

# 17 -------------------------------------------------------------- Personal envoy Sudan
d = "2024-02-16"
add(D(R, 17, d, """Personal Envoy of the Secretary-General for Sudan — consultations

Between 5 and 15 February, the Personal Envoy, Ramtane Lamamra, held consultations in the region. He met with the Chairman of the Transitional Sovereignty Council, General Abdel Fattah al-Burhan, in Port Sudan on 6 February. He then travelled to N'Djamena, on 8 February, for meetings with the President of Chad, and to Addis Ababa on 12–13 February, where he met the Chairperson of the African Union Commission on the sidelines of the AU summit.

The Personal Envoy also spoke by telephone with RSF commander Mohamed Hamdan Dagalo, whose whereabouts are unknown. He intends to visit Nairobi and Cairo next month.""",
  [E("meeting", "visit", "2024-02-06", P("Port Sudan", "SD"), ["Ramtane Lamamra", "Abdel Fattah al-Burhan"]),
   E("meeting", "visit", "2024-02-08", P("N'Djamena", "TD"), ["Ramtane Lamamra", "Mahamat Idriss Déby"]),
   E("meeting", "visit", ["2024-02-12", "2024-02-13"], P("Addis Ababa", "ET"), ["Ramtane Lamamra", "Moussa Faki"]),
   E("call", "phone call", ["2024-02-05", "2024-02-15"], P("Addis Ababa", "ET"), ["Ramtane Lamamra", "Mohamed Hamdan Dagalo"], optional=True)],
  [P("Nairobi", "KE"), CAI],
  "Call with an undisclosed-location party during a roaming trip: optional with the whole range. Nairobi/Cairo future.",
  ["travel_record", "multi_event", "future_event", "call", "date_range"]))

# 18 -------------------------------------------------------------- Erdogan Gulf/Egypt
d = "2024-02-15"
add(D(R, 18, d, f"""Presidency of the Republic of Türkiye — Directorate of Communications

President Recep Tayyip Erdoğan paid an official visit to the United Arab Emirates on {WD(d,-2)}, where he attended the World Governments Summit in Dubai as guest of honour and met with President Sheikh Mohamed bin Zayed Al Nahyan in Abu Dhabi.

On {WD(d,-1)}, President Erdoğan was received by President Abdel Fattah el-Sisi at the Ittihadiya Palace in Cairo, his first visit to Egypt in more than a decade. The two leaders discussed Gaza, Libya and Sudan, and agreed that President el-Sisi would visit Ankara in the coming months.""",
  [E("meeting", "summit", DAY(d,-2), P("Dubai", "AE"), ["Recep Tayyip Erdoğan", "World Governments Summit"]),
   E("meeting", "talks", DAY(d,-2), ABU, ["Recep Tayyip Erdoğan", "Mohamed bin Zayed"]),
   E("meeting", "visit", DAY(d,-1), CAI, ["Recep Tayyip Erdoğan", "Abdel Fattah el-Sisi"])],
  [GAZA, ANK],
  "Dubai and Abu Dhabi (~120 km apart) are two pins the same day. Gaza/Libya/Sudan are topics (Libya/Sudan are countries only). Sisi's Ankara visit is future.",
  ["travel_record", "multi_event", "topic_place", "future_event", "relative_date"]))

# 19 -------------------------------------------------------------- Modi Poland/Ukraine
d = "2024-08-24"
add(D(R, 19, d, """Ministry of External Affairs — Prime Minister's visit to Poland and Ukraine (21–23 August 2024)

Prime Minister Narendra Modi paid an official visit to Warsaw on 21–22 August, the first by an Indian Prime Minister in 45 years, and held talks with Prime Minister Donald Tusk.

On 22 August, the Prime Minister travelled overnight by train from Przemyśl, on the Polish side of the border, to Kyiv. On 23 August in Kyiv, he held talks with President Volodymyr Zelenskyy at the Mariinsky Palace and visited the Martyrologist exposition dedicated to children killed in the war. He returned to New Delhi on 24 August.""",
  [E("meeting", "visit", ["2024-08-21", "2024-08-22"], P("Warsaw", "PL"), ["Narendra Modi", "Donald Tusk"]),
   E("meeting", "talks", "2024-08-23", KYV, ["Narendra Modi", "Volodymyr Zelenskyy"])],
  [P("Przemyśl", "PL", "Przemysl"), NDL],
  "Przemyśl is a transit point; New Delhi return.",
  ["travel_record", "transit_place", "multi_event", "date_range"]))

# 20 -------------------------------------------------------------- Putin Gulf one day
d = "2023-12-07"
add(D(R, 20, d, """President of Russia — working visits to the United Arab Emirates and Saudi Arabia

On December 6, Vladimir Putin paid working visits to the United Arab Emirates and the Kingdom of Saudi Arabia. In Abu Dhabi, the President held talks with President Mohamed bin Zayed Al Nahyan at Qasr Al Watan. He then flew to Riyadh, where he held talks with Crown Prince and Prime Minister Mohammed bin Salman.

On December 7, in the Kremlin, Vladimir Putin had talks with President of Iran Ebrahim Raisi, who arrived in Moscow on a working visit.""",
  [E("meeting", "talks", "2023-12-06", ABU, ["Vladimir Putin", "Mohamed bin Zayed"]),
   E("meeting", "talks", "2023-12-06", RIY, ["Vladimir Putin", "Mohammed bin Salman"]),
   E("meeting", "talks", "2023-12-07", MOS, ["Vladimir Putin", "Ebrahim Raisi"])],
  [],
  "The Kremlin talks are an event in Moscow (not a metonym here).",
  ["travel_record", "multi_event", "kremlin_is_event"]))

# 21 -------------------------------------------------------------- Macron Iraq
d = "2021-08-30"
add(D(R, 21, d, """Élysée — the President's visit to Iraq, 28–29 August 2021

On 28 August, the President of the Republic took part in the Baghdad Conference for Cooperation and Partnership, alongside leaders of neighbouring countries, and held talks with Prime Minister Mustafa al-Kadhimi. He also visited the shrine of Imam Musa al-Kadhim in the Kadhimiya district of Baghdad.

On 29 August, the President travelled to Erbil, where he met with the President of the Kurdistan Region, Nechirvan Barzani, and then to Mosul, where he visited the Our Lady of the Hour church and the al-Nouri mosque, being rebuilt with French support. He returned to Paris in the evening.""",
  [E("meeting", "summit", "2021-08-28", BAG, ["Emmanuel Macron", "Mustafa al-Kadhimi"]),
   E("meeting", "talks", "2021-08-29", ERB, ["Emmanuel Macron", "Nechirvan Barzani"]),
   E("other", "site visit", "2021-08-29", P("Mosul", "IQ"), ["Emmanuel Macron"])],
  [PAR],
  "Mosul reconstruction site visit is kind other. Paris return.",
  ["travel_record", "multi_event", "site_visit"]))

# 22 -------------------------------------------------------------- Country-only record
d = "2022-06-24"
add(D(R, 22, d, """Official Travel Record — Deputy Minister of Foreign Affairs

The Deputy Minister visited Jordan from 20 to 22 June 2022 for political consultations and Lebanon from 22 to 23 June 2022. During the visits, the Deputy Minister met with senior officials of the foreign ministries and discussed bilateral relations, regional developments and the situation of refugees.""",
  [],
  [],
  "Only countries are named, no city: no pins (a country is not an event location).",
  ["travel_record", "country_only", "no_gold"]))

# 23 -------------------------------------------------------------- Baerbock Ukraine south
d = "2023-09-12"
add(D(R, 23, d, f"""Federal Foreign Office — the Foreign Minister's travel

Foreign Minister Annalena Baerbock travelled to Ukraine on {WD(d,-1)}. In Kyiv, she met with Foreign Minister Dmytro Kuleba and President Volodymyr Zelensky and visited a grain-export facility at the port in Odesa by video link from the Foreign Ministry. She announced further winter aid.

Earlier, on {WD(d,-3)}, the Minister took part in the G20 summit in New Delhi, where she held bilateral talks with the Indian External Affairs Minister.""",
  [E("meeting", "visit", DAY(d,-1), KYV, ["Annalena Baerbock", "Dmytro Kuleba", "Volodymyr Zelensky"]),
   E("meeting", "summit", DAY(d,-3), NDL, ["Annalena Baerbock", "S. Jaishankar"])],
  [P("Odesa", "UA")],
  "Odesa was visited only by video link (not a visit; no pin). Relative weekdays resolved against the record date.",
  ["travel_record", "virtual_meeting", "relative_date", "multi_event"]))

# 24 -------------------------------------------------------------- Qatari PM mediation
d = "2024-01-29"
add(D(R, 24, d, f"""Ministry of Foreign Affairs of the State of Qatar — statement on the Prime Minister's schedule

HE the Prime Minister and Minister of Foreign Affairs Sheikh Mohammed bin Abdulrahman bin Jassim Al Thani participated on {WD(d,-1)} in a meeting in Paris with the Director of the US Central Intelligence Agency, the Director of Israel's Mossad and the Director of Egyptian General Intelligence on a new agreement to release hostages held in Gaza.

On {WD(d)}, HE the Prime Minister travelled to Washington, where he is scheduled to meet the US National Security Advisor.""",
  [E("meeting", "talks", DAY(d,-1), PAR, ["Mohammed bin Abdulrahman Al Thani", "CIA", "Mossad", "Egyptian General Intelligence"])],
  [WAS, GAZA],
  "Washington: travelled today, meeting is scheduled (future, not gold). Gaza topic.",
  ["travel_record", "future_event", "topic_place", "relative_date"]))

# 25 -------------------------------------------------------------- UK FS Lammy + Pakistan? Levant
d = "2024-08-16"
add(D(R, 25, d, f"""FCDO — Foreign Secretary's visits

The Foreign Secretary, David Lammy, visited Israel with the French Foreign Minister on {WD(d,-2)}, meeting Prime Minister Netanyahu and President Herzog in Jerusalem and the Palestinian Authority Prime Minister in Ramallah.

Today, the Foreign Secretary and the French Foreign Minister visited Beirut, where they met Prime Minister Najib Mikati and Parliament Speaker Nabih Berri. A planned joint visit to Cairo was replaced by a call with Egyptian Foreign Minister Badr Abdelatty from Beirut.""",
  [E("meeting", "visit", DAY(d,-2), JER, ["David Lammy", "Stéphane Séjourné", "Benjamin Netanyahu", "Isaac Herzog"]),
   E("meeting", "talks", DAY(d,-2), RAM, ["David Lammy", "Mohammad Mustafa"]),
   E("meeting", "visit", d, BEI, ["David Lammy", "Najib Mikati", "Nabih Berri"]),
   E("call", "phone call", d, LON, ["David Lammy", "Badr Abdelatty"], alts=[CAI, BEI])],
  [],
  "Jerusalem and Ramallah ~15 km apart (both within 50 km; greedy matching still separates them). Cairo visit cancelled; call made from Beirut pinned at London (issuing side) with Cairo and Beirut alternates.",
  ["travel_record", "multi_event", "cancelled_stop", "call", "relative_date"]))

# 26 -------------------------------------------------------------- Blinken Syria tour Dec 2024
d = "2024-12-15"
add(D(R, 26, d, """Travels of the Secretary of State

Aqaba, Jordan, December 12, 2024. The Secretary met with King Abdullah II.
Ankara, Türkiye, December 12–13, 2024. The Secretary met with President Recep Tayyip Erdoğan and Foreign Minister Hakan Fidan.
Baghdad, Iraq, December 13, 2024. The Secretary met with Prime Minister Mohammed Shia al-Sudani.
Aqaba, Jordan, December 14, 2024. The Secretary participated in the Aqaba Meeting on Syria with Arab, Turkish, European and UN counterparts.""",
  [E("meeting", "visit", "2024-12-12", P("Aqaba", "JO"), ["Antony Blinken", "Abdullah II"]),
   E("meeting", "visit", ["2024-12-12", "2024-12-13"], ANK, ["Antony Blinken", "Recep Tayyip Erdoğan", "Hakan Fidan"]),
   E("meeting", "visit", "2024-12-13", BAG, ["Antony Blinken", "Mohammed Shia al-Sudani"]),
   E("meeting", "conference", "2024-12-14", P("Aqaba", "JO"), ["Antony Blinken", "Arab, Turkish, European and UN officials"])],
  [],
  "Aqaba appears twice (two separate dated events at the same place). Syria is a topic (country only).",
  ["travel_record", "multi_event", "repeat_place", "topic_place"]))

# 27 -------------------------------------------------------------- Muttaqi Islamabad trilateral
d = "2025-08-22"
add(D(R, 27, d, f"""Ministry of Foreign Affairs of Pakistan — visit of the Afghan Acting Foreign Minister

Acting Foreign Minister of Afghanistan Amir Khan Muttaqi arrived in Islamabad on {WD(d,-2)} on a three-day visit. On {WD(d,-1)}, the Deputy Prime Minister and Foreign Minister held delegation-level talks with him, followed by the sixth trilateral foreign ministers' dialogue with the Chinese Foreign Minister Wang Yi, which agreed to extend the China–Pakistan Economic Corridor to Afghanistan.

The visiting minister will travel to Peshawar tomorrow to meet Afghan traders before returning to Kabul through the Torkham border crossing.""",
  [E("meeting", "talks", DAY(d,-1), ISB, ["Amir Khan Muttaqi", "Ishaq Dar", "Wang Yi"])],
  [P("Peshawar", "PK"), KBL, M("Torkham", 34.10, 71.09, "PK")],
  "Arrival day is not a meeting; talks on the following day. Peshawar/Torkham/Kabul are future travel.",
  ["travel_record", "future_event", "relative_date", "trilateral"]))

# 28 -------------------------------------------------------------- Lavrov Africa
d = "2022-07-28"
add(D(R, 28, d, """Foreign Minister Sergey Lavrov's visits to Egypt, the Republic of the Congo, Uganda and Ethiopia

From July 24 to 27, Foreign Minister Sergey Lavrov paid visits to four African countries. In Cairo on July 24, he held talks with President Abdel Fattah el-Sisi and addressed the Permanent Representatives of the Arab League. On July 25, in Oyo, the Minister held talks with President Denis Sassou Nguesso at his residence. On July 26, Sergey Lavrov met with President Yoweri Museveni in Entebbe. The visit concluded in Addis Ababa on July 27 with talks with Prime Minister Abiy Ahmed.

The Minister's remarks on the grain deal signed in Istanbul on July 22 are available separately.""",
  [E("meeting", "visit", "2022-07-24", CAI, ["Sergey Lavrov", "Abdel Fattah el-Sisi"]),
   E("meeting", "talks", "2022-07-25", M("Oyo", -1.16, 15.97, "CG", "approximate, Oyo, Cuvette department"), ["Sergey Lavrov", "Denis Sassou Nguesso"], alts=[P("Brazzaville", "CG")]),
   E("meeting", "talks", "2022-07-26", P("Entebbe", "UG"), ["Sergey Lavrov", "Yoweri Museveni"], alts=[P("Kampala", "UG")]),
   E("meeting", "talks", "2022-07-27", P("Addis Ababa", "ET"), ["Sergey Lavrov", "Abiy Ahmed"])],
  [P("Istanbul", "TR")],
  "Meetings not in the capitals: Oyo (Brazzaville ~400 km, alternate only for coarse readers) and Entebbe (Kampala ~35 km alternate). Istanbul grain deal is background.",
  ["travel_record", "multi_event", "non_capital", "background_event"]))

# 29 -------------------------------------------------------------- Geneva + videoconference with Kabul
d = "2023-05-03"
add(D(R, 29, d, f"""Special Envoy's activities, 1–2 May 2023

On {WD(d,-2)} and {WD(d,-1)}, the Secretary-General convened a closed-door meeting of special envoys on Afghanistan in Doha, attended by representatives of more than 20 countries and organizations. The de facto authorities in Kabul were not invited.

On the margins, the Secretary-General's envoy met with the Qatari Minister of State for Foreign Affairs and held a videoconference with the UNAMA team in Kabul. The next meeting is expected to be held in Geneva later this year.""",
  [E("meeting", "conference", [DAY(d,-2), DAY(d,-1)], DOH, ["António Guterres", "special envoys on Afghanistan"]),
   E("meeting", "talks", [DAY(d,-2), DAY(d,-1)], DOH, ["UN envoy", "Qatari Minister of State"], optional=True),
   E("call", "videoconference", [DAY(d,-2), DAY(d,-1)], DOH, ["UN envoy", "UNAMA"], alts=[KBL], optional=True)],
  [P("Geneva", "CH")],
  "Main event the Doha conference. Side talks and the videoconference are optional (same point). Kabul: not invited / video partner; Geneva future.",
  ["travel_record", "future_event", "virtual_meeting", "negated_place"]))

# 30 -------------------------------------------------------------- ECOWAS/AES Sahel
d = "2024-07-08"
add(D(R, 30, d, f"""Communiqué — the Prime Minister's tour of the Alliance of Sahel States

The Prime Minister of Niger, Ali Mahaman Lamine Zeine, travelled to Bamako on {WD(d,-4)}, where he was received by Transition President Colonel Assimi Goïta. On {WD(d,-3)} he continued to Ouagadougou for talks with Captain Ibrahim Traoré.

On {WD(d,-2)}, the heads of state of the Alliance of Sahel States met in Niamey for their first summit and signed the treaty establishing the Confederation. The ECOWAS summit held in Abuja on {WD(d,-1)} was not attended by the three countries.""",
  [E("meeting", "visit", DAY(d,-4), P("Bamako", "ML"), ["Ali Mahaman Lamine Zeine", "Assimi Goïta"]),
   E("meeting", "talks", DAY(d,-3), P("Ouagadougou", "BF"), ["Ali Mahaman Lamine Zeine", "Ibrahim Traoré"]),
   E("meeting", "summit", DAY(d,-2), P("Niamey", "NE"), ["Alliance of Sahel States"]),
   E("meeting", "summit", DAY(d,-1), P("Abuja", "NG"), ["ECOWAS"], optional=True)],
  [],
  "ECOWAS summit in Abuja did take place but is mentioned only as not attended (borderline: optional).",
  ["travel_record", "multi_event", "relative_date", "negated_place"]))
