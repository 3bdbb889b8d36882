from lib import *
R = "readout"
DOCS = []
add = DOCS.append

WAS = P("Washington", "US")
CAI = P("Cairo", "EG")
GAZ = P("Gaza", "PS")
BAG = P("Baghdad", "IQ")
ERB = P("Erbil", "IQ")
RIY = P("Riyadh", "SA")
DOH = P("Doha", "QA")
AMM = P("Amman", "JO")
BEI = P("Beirut", "LB")
JER = P("Jerusalem", "IL")
MOS = P("Moscow", "RU")
TEH = P("Tehran", "IR")
ANK = P("Ankara", "TR")
KYV = P("Kyiv", "UA")
ABU = P("Abu Dhabi", "AE")

d = "2024-02-06"
add(D(R, 1, d, """Secretary Blinken's Meeting with Egyptian Foreign Minister Shoukry

The following is attributable to Spokesperson Matthew Miller:

Secretary of State Antony J. Blinken met with Egyptian Foreign Minister Sameh Shoukry today in Cairo. The Secretary and Foreign Minister discussed ongoing efforts to secure the release of all remaining hostages, increase humanitarian assistance into Gaza, including through the Rafah crossing, and prevent the conflict from spreading. The Secretary thanked Egypt for its partnership in facilitating the departure of foreign nationals from Gaza.""",
  [E("meeting", "talks", d, CAI, ["Antony Blinken", "Sameh Shoukry"])],
  [GAZ, P("Rafah", "PS")],
  "'today' = publication date.", ["topic_place", "readout"]))

d = "2024-12-09"
add(D(R, 2, d, """Secretary Blinken's Call with Turkish Foreign Minister Fidan

Secretary of State Antony J. Blinken spoke by phone today with Turkish Foreign Minister Hakan Fidan to discuss the situation in Syria following the fall of the Assad regime. The Secretary underscored the importance of protecting civilians, including members of minority groups, and of preventing ISIS from re-emerging in northeast Syria. They also discussed developments in Aleppo and Manbij.""",
  [E("call", "phone call", d, WAS, ["Antony Blinken", "Hakan Fidan"], alts=[ANK])],
  [P("Aleppo", "SY"), P("Manbij", "SY")],
  "Call pinned at Washington (issuing side), Ankara alternate. Aleppo/Manbij topic places.",
  ["call", "topic_place"]))

d = "2025-03-12"
add(D(R, 3, d, """Travels of the Secretary: Marco Rubio

Jeddah, Saudi Arabia, March 10–12, 2025. The Secretary met with Crown Prince and Prime Minister Mohammed bin Salman and led the U.S. delegation in talks with a Ukrainian delegation headed by the head of the Presidential Office.""",
  [E("meeting", "visit", ["2025-03-10", "2025-03-12"], P("Jeddah", "SA"), ["Marco Rubio", "Mohammed bin Salman", "Ukrainian delegation"])],
  [],
  "Travel record: whole visit range.", ["travel_record", "date_range"]))

d = "2023-10-17"
add(D(R, 4, d, """Travels of the Secretary: Antony J. Blinken

Tel Aviv, Israel, October 12, 2023. Met with Prime Minister Netanyahu and President Herzog.
Amman, Jordan, October 13, 2023. Met with King Abdullah II and Palestinian Authority President Abbas.
Doha, Qatar, October 13, 2023. Met with the Amir, Sheikh Tamim bin Hamad Al Thani.
Riyadh, Saudi Arabia, October 14–15, 2023. Met with Foreign Minister Faisal bin Farhan and Crown Prince Mohammed bin Salman.
Cairo, Egypt, October 15, 2023. Met with President Abdel Fattah al-Sisi.""",
  [E("meeting", "visit", "2023-10-12", P("Tel Aviv", "IL"), ["Antony Blinken", "Benjamin Netanyahu", "Isaac Herzog"]),
   E("meeting", "visit", "2023-10-13", AMM, ["Antony Blinken", "Abdullah II", "Mahmoud Abbas"]),
   E("meeting", "visit", "2023-10-13", DOH, ["Antony Blinken", "Tamim bin Hamad Al Thani"]),
   E("meeting", "visit", ["2023-10-14", "2023-10-15"], RIY, ["Antony Blinken", "Faisal bin Farhan", "Mohammed bin Salman"]),
   E("meeting", "visit", "2023-10-15", CAI, ["Antony Blinken", "Abdel Fattah al-Sisi"])],
  [],
  "Five stops, one event each with the stated day(s). The record lists Israel/Jordan etc. as countries only.",
  ["travel_record", "multi_event"]))

d = "2025-01-14"
add(D(R, 5, d, """Telephone conversation between Foreign Minister Sergey Lavrov and Minister of Foreign Affairs of the Islamic Republic of Iran Abbas Araghchi

On January 14, Foreign Minister of the Russian Federation Sergey Lavrov had a telephone conversation with Minister of Foreign Affairs of Iran Abbas Araghchi at the Iranian side's initiative. The ministers exchanged views on the situation in Syria and around the Iranian nuclear programme, and discussed preparations for the upcoming visit of the Iranian President to Moscow.""",
  [E("call", "phone call", "2025-01-14", MOS, ["Sergey Lavrov", "Abbas Araghchi"], alts=[TEH])],
  [],
  "Issuing side Russian MFA: Moscow main, Tehran alternate. Planned visit to Moscow is future (same point as the call pin).",
  ["call", "future_event"]))

d = "2024-08-16"
add(D(R, 6, d, """Foreign Secretary meets Lebanese Prime Minister

The Foreign Secretary, David Lammy, met Lebanese caretaker Prime Minister Najib Mikati in Beirut today, together with French Minister for Europe and Foreign Affairs Stéphane Séjourné. They discussed the urgent need to de-escalate along the Blue Line and the protection of civilians in southern Lebanon and northern Israel. The Foreign Secretary reiterated the UK's call for British nationals to leave Lebanon while commercial options remain. He travelled on to Cairo later in the day.""",
  [E("meeting", "visit", d, BEI, ["David Lammy", "Stéphane Séjourné", "Najib Mikati"]),
   E("meeting", "visit", d, CAI, ["David Lammy"], optional=True)],
  [],
  "Onward travel to Cairo the same day has no stated meeting: optional.",
  ["readout", "topic_place"]))

d = "2024-09-10"
add(D(R, 7, d, """Visit of External Affairs Minister to the Kingdom of Saudi Arabia (8–9 September 2024)

External Affairs Minister Dr. S. Jaishankar paid an official visit to Riyadh on 8–9 September 2024 to attend the first India–GCC Ministerial Meeting for Strategic Dialogue. On the sidelines, EAM held bilateral meetings with the Foreign Ministers of Bahrain, Kuwait, Oman, Qatar and the UAE. He also met the Indian community at the Embassy. From Riyadh, EAM proceeded to Berlin.""",
  [E("meeting", "visit", ["2024-09-08", "2024-09-09"], RIY, ["S. Jaishankar", "GCC foreign ministers"])],
  [P("Berlin", "DE")],
  "Berlin is the next, separate leg (not described here).", ["travel_record", "date_range", "destination_place"]))

d = "2024-04-22"
add(D(R, 8, d, """Minister Fidan met with Iraqi Foreign Minister Fuad Hussein

Our Minister of Foreign Affairs Hakan Fidan met with Fuad Hussein, Deputy Prime Minister and Minister of Foreign Affairs of Iraq, in Baghdad on 22 April 2024, in the framework of the visit of our President to Iraq. The Ministers signed a memorandum on the Development Road project and discussed the fight against the PKK in the Sinjar and Makhmour regions.""",
  [E("meeting", "talks", "2024-04-22", BAG, ["Hakan Fidan", "Fuad Hussein"])],
  [P("Sinjar", "IQ"), P("Makhmour", "IQ", "Makhmur")],
  "Sinjar/Makhmour are topics.", ["topic_place", "readout"]))

d = "2024-01-09"
add(D(R, 9, d, f"""Federal Foreign Minister Baerbock travels to Israel, the Palestinian territories, Egypt and Lebanon

Programme of the trip (as carried out):
{WD("2024-01-07")}: Jerusalem – meeting with Foreign Minister Israel Katz; visit to families of hostages.
{WD("2024-01-08")}: Ramallah – talks with Foreign Minister Riyad al-Maliki; afternoon: Cairo – talks with Foreign Minister Sameh Shoukry.
{WD("2024-01-09")}: Beirut – meetings with Prime Minister Najib Mikati and Speaker Nabih Berri.""",
  [E("meeting", "visit", "2024-01-07", JER, ["Annalena Baerbock", "Israel Katz"]),
   E("meeting", "visit", "2024-01-08", P("Ramallah", "PS"), ["Annalena Baerbock", "Riyad al-Maliki"]),
   E("meeting", "visit", "2024-01-08", CAI, ["Annalena Baerbock", "Sameh Shoukry"]),
   E("meeting", "visit", "2024-01-09", BEI, ["Annalena Baerbock", "Najib Mikati", "Nabih Berri"])],
  [],
  "Programme published after the trip; weekday labels resolve to the stated dates. Ramallah is 16 km from Jerusalem.",
  ["programme", "multi_event", "relative_date"]))

d = "2024-05-28"
add(D(R, 10, d, """Wang Yi Holds Talks with Egyptian Foreign Minister Sameh Shoukry

On May 28, 2024, Member of the Political Bureau of the CPC Central Committee and Foreign Minister Wang Yi held talks with Egyptian Foreign Minister Sameh Shoukry in Beijing. Wang Yi said that China firmly supports Egypt in playing a greater role on the Gaza issue. The two sides agreed to make preparations for President El-Sisi's state visit to China and the upcoming ministerial meeting of the China-Arab States Cooperation Forum.""",
  [E("meeting", "talks", "2024-05-28", P("Beijing", "CN"), ["Wang Yi", "Sameh Shoukry"])],
  [GAZ],
  "Upcoming state visit is future.", ["topic_place", "future_event"]))

d = "2023-06-12"
add(D(R, 11, d, """President Nechirvan Barzani receives UN Special Representative

Kurdistan Region President Nechirvan Barzani received today in Erbil the Special Representative of the UN Secretary-General for Iraq, Jeanine Hennis-Plasschaert. The meeting addressed the situation in Sinjar, the implementation of the Erbil–Baghdad agreement, and the return of displaced people from the camps in Duhok.""",
  [E("meeting", "reception", d, ERB, ["Nechirvan Barzani", "Jeanine Hennis-Plasschaert"])],
  [P("Sinjar", "IQ"), BAG, P("Duhok", "IQ")],
  "Baghdad metonym; Sinjar and Duhok camps topics.", ["topic_place", "metonym"]))

d = "2024-04-13"
add(D(R, 12, d, """Readout of Secretary of Defense Lloyd J. Austin III's Call With Israeli Minister of Defense Yoav Gallant

Pentagon Press Secretary Maj. Gen. Pat Ryder provided the following readout:

Secretary of Defense Lloyd J. Austin III spoke today with Israeli Minister of Defense Yoav Gallant to discuss urgent regional threats and make clear that Israel could count on full U.S. support to defend Israel against any attacks by Iran and its regional proxies. Secretary Austin has directed additional assets to the region, including to U.S. bases in Jordan and Qatar.""",
  [E("call", "phone call", d, WAS, ["Lloyd Austin", "Yoav Gallant"], alts=[P("Tel Aviv", "IL"), JER])],
  [],
  "Pentagon is in Arlington (within 10 km of Washington). Israeli alternates: Tel Aviv (ministry) and Jerusalem.",
  ["call", "country_only"]))

d = "2024-03-18"
add(D(R, 13, d, """Telephone conversation with His Highness Sheikh Mohammed bin Zayed Al Nahyan, President of the United Arab Emirates

The President of the Republic spoke today with the President of the United Arab Emirates. The two heads of state discussed the humanitarian situation in Gaza and the ceasefire negotiations, as well as the situation in the Red Sea. The President recalled France's commitment to the security of the Emirates, where French forces are stationed in Abu Dhabi. They agreed to meet in Paris in the coming weeks.""",
  [E("call", "phone call", d, P("Paris", "FR"), ["Emmanuel Macron", "Mohammed bin Zayed"], alts=[ABU])],
  [GAZ],
  "Élysée readout: Paris main, Abu Dhabi alternate (also a topic - same point). Planned meeting in Paris is future.",
  ["call", "topic_place", "future_event"]))

d = "2023-02-03"
add(D(R, 14, d, """Deputy Secretary Sherman's Travel to Somalia and Kenya

Deputy Secretary of State Wendy R. Sherman visited Mogadishu, Somalia, and Nairobi, Kenya, from January 30 to February 2, 2023. In Mogadishu on January 31, she met with President Hassan Sheikh Mohamud to discuss the campaign against al-Shabaab in Hiiraan and Galmudug. In Nairobi on February 2, she met with President William Ruto.""",
  [E("meeting", "visit", "2023-01-31", P("Mogadishu", "SO"), ["Wendy Sherman", "Hassan Sheikh Mohamud"]),
   E("meeting", "visit", "2023-02-02", P("Nairobi", "KE"), ["Wendy Sherman", "William Ruto"])],
  [P("Beledweyne (Hiiraan)", "SO", "Beledweyne"), M("Dhusamareb (Galmudug)", 5.535, 46.386, "SO")],
  "Stop days given explicitly; regions Hiiraan/Galmudug are topics (pinned at capitals as non-event). Composite record.",
  ["travel_record", "multi_event", "topic_place"]))

d = "2023-09-19"
add(D(R, 15, d, """Secretary-General's meeting with H.E. Mr. Abdul Latif Rashid, President of the Republic of Iraq

The Secretary-General met today with H.E. Mr. Abdul Latif Rashid, President of the Republic of Iraq, on the margins of the General Assembly. They discussed the situation in Sinjar, climate and water challenges in the Tigris and Euphrates basin, and relations between Baghdad and the Kurdistan Region.""",
  [E("meeting", "talks", d, P("New York", "US", "New York City"), ["António Guterres", "Abdul Latif Rashid"])],
  [P("Sinjar", "IQ"), BAG],
  "Place implied by 'margins of the General Assembly' (UN headquarters, New York). Baghdad is a metonym.",
  ["implicit_place", "topic_place", "metonym"]))

d = "2024-01-25"
add(D(R, 16, d, """Prime Minister Mohammed Shia al-Sudani receives a phone call from the US Secretary of State

Prime Minister Mohammed Shia al-Sudani received a phone call today from US Secretary of State Antony Blinken. They discussed the bilateral dialogue on ending the mission of the international coalition in Iraq, and the Prime Minister stressed his rejection of attacks on Iraqi territory, including the strikes on Jurf al-Sakhar.""",
  [E("call", "phone call", d, BAG, ["Mohammed Shia al-Sudani", "Antony Blinken"], alts=[WAS])],
  [M("Jurf al-Sakhar", 32.87, 44.08, "IQ")],
  "Iraqi PMO readout: Baghdad main, Washington alternate. Jurf al-Sakhar strikes are background/topic.",
  ["call", "background_event", "topic_place"]))

d = "2024-04-05"
add(D(R, 17, d, """Prime Minister and Minister of Foreign Affairs receives phone call from Iranian Foreign Minister

His Excellency Sheikh Mohammed bin Abdulrahman bin Jassim Al-Thani, Prime Minister and Minister of Foreign Affairs, received a phone call today from Iranian Minister of Foreign Affairs Hossein Amir-Abdollahian. During the call, they reviewed the repercussions of the attack on the Iranian consular building in Damascus and discussed efforts to reach a ceasefire in the Gaza Strip.""",
  [E("call", "phone call", d, DOH, ["Mohammed bin Abdulrahman Al-Thani", "Hossein Amir-Abdollahian"], alts=[TEH])],
  [P("Damascus", "SY"), GAZ],
  "Qatari MOFA readout: Doha main, Tehran alternate. Damascus attack is background.",
  ["call", "background_event", "topic_place"]))

d = "2024-01-21"
add(D(R, 18, d, """President El-Sisi receives Somali President Hassan Sheikh Mohamud

President Abdel Fattah El-Sisi received today at Al-Ittihadiya Palace in Heliopolis the President of the Federal Republic of Somalia, Hassan Sheikh Mohamud, who is visiting Cairo. The two presidents discussed the memorandum of understanding signed between Ethiopia and the Somaliland region, and stressed Egypt's firm support for Somalia's sovereignty. President Hassan Sheikh arrived from Asmara, where he held talks with President Isaias Afwerki.""",
  [E("meeting", "visit", d, M("Al-Ittihadiya Palace, Heliopolis", 30.09, 31.33, "EG"), ["Abdel Fattah El-Sisi", "Hassan Sheikh Mohamud"], alts=[CAI])],
  [P("Asmara", "ER"), P("Hargeisa (Somaliland)", "SO", "Hargeysa")],
  "Previous stop Asmara is background (undated). Somaliland (topic) pinned at Hargeisa as non-event.",
  ["background_event", "topic_place"]))

d = "2024-03-16"
add(D(R, 19, d, """Travels of the Secretary: Antony J. Blinken

Vienna, Austria; Riyadh, Saudi Arabia; and Cairo, Egypt, March 19–21, 2024 (planned). The planned stop in Amman was cancelled. The Secretary is expected to meet with Saudi Crown Prince Mohammed bin Salman and Egyptian President Abdel Fattah al-Sisi.""",
  [],
  [P("Vienna", "AT"), RIY, CAI, AMM],
  "Announced future trip (published before it) and a cancelled stop: no gold.",
  ["no_gold", "future_event", "cancelled_event"]))

d = "2024-04-29"
add(D(R, 20, d, f"""Crown Prince receives U.S. National Security Advisor

His Royal Highness Prince Mohammed bin Salman bin Abdulaziz Al Saud, Crown Prince and Prime Minister, received on {WD("2024-04-28")}, 28 April 2024, the National Security Advisor of the United States, Jake Sullivan, in Dhahran. They reviewed bilateral relations and the draft strategic agreements between the two countries, as well as efforts towards a two-state solution and the situation in Gaza.""",
  [E("meeting", "reception", "2024-04-28", P("Dhahran", "SA"), ["Mohammed bin Salman", "Jake Sullivan"])],
  [GAZ],
  "Explicit date and weekday.", ["explicit_date", "topic_place"]))

d = "2025-04-19"
add(D(R, 21, d, """Deputy Prime Minister/Foreign Minister's visit to Kabul

Deputy Prime Minister and Foreign Minister Senator Mohammad Ishaq Dar visited Kabul today at the head of a delegation. He held meetings with Acting Prime Minister Mullah Muhammad Hassan Akhund and Acting Foreign Minister Amir Khan Muttaqi. Discussions focused on security, trade through Torkham, and the repatriation of Afghan nationals from Pakistan. The delegation returned to Islamabad in the evening.""",
  [E("meeting", "visit", d, P("Kabul", "AF"), ["Ishaq Dar", "Mullah Hassan Akhund", "Amir Khan Muttaqi"])],
  [M("Torkham", 34.105, 71.09, "PK"), P("Islamabad", "PK")],
  "Torkham is a topic; Islamabad the return point; 'Afghan nationals' is a nationality.",
  ["topic_place", "nationality", "destination_place"]))

d = "2024-08-05"
add(D(R, 22, d, """Volodymyr Zelenskyy held a phone conversation with the Prime Minister of Canada

President of Ukraine Volodymyr Zelenskyy had a phone conversation with Prime Minister of Canada Justin Trudeau. The President informed him about the situation at the front, in particular in the Pokrovsk direction, and the consequences of Russian strikes on Kharkiv. The President thanked Canada for the decision to transfer air defence systems.""",
  [E("call", "phone call", d, KYV, ["Volodymyr Zelenskyy", "Justin Trudeau"], alts=[P("Ottawa", "CA")])],
  [P("Pokrovsk", "UA"), P("Kharkiv", "UA")],
  "No day stated: publication date. Kyiv main, Ottawa alternate. Pokrovsk/Kharkiv are topics.",
  ["call", "topic_place"]))

d = "2025-01-03"
add(D(R, 23, d, """Foreign Minister Baerbock and French Foreign Minister Barrot travel to Damascus

Federal Foreign Minister Annalena Baerbock travelled to Damascus today together with her French counterpart Jean-Noël Barrot on behalf of the European Union. The ministers met Ahmed al-Sharaa, the leader of the new Syrian administration, and representatives of civil society. Before the meeting, the ministers visited the notorious Sednaya prison north of the capital.""",
  [E("meeting", "visit", d, P("Damascus", "SY"), ["Annalena Baerbock", "Jean-Noël Barrot", "Ahmed al-Sharaa"]),
   E("other", "site visit", d, M("Sednaya prison", 33.665, 36.33, "SY"), ["Annalena Baerbock", "Jean-Noël Barrot"], optional=True)],
  [],
  "Prison visit is not a meeting (kind other, optional).", ["readout"]))

d = "2024-08-15"
add(D(R, 24, d, """Special Envoy for Sudan Perriello's Travel to Geneva and Cairo

Special Envoy for Sudan Tom Perriello traveled to Switzerland and Egypt from August 10 to 15, 2024. In Geneva, he co-convened talks of the ALPS group with Saudi, Swiss, Egyptian, Emirati, African Union and United Nations partners on humanitarian access in Sudan; the Sudanese Armed Forces did not attend. In Cairo on August 15, he met Egyptian Foreign Minister Badr Abdelatty. The Special Envoy's planned visit to Port Sudan did not take place.""",
  [E("meeting", "talks", ["2024-08-10", "2024-08-15"], P("Geneva", "CH"), ["Tom Perriello", "ALPS partners"]),
   E("meeting", "talks", "2024-08-15", CAI, ["Tom Perriello", "Badr Abdelatty"])],
  [P("Port Sudan", "SD")],
  "Geneva talks are not dated within the trip: whole trip range Aug 10-15. Port Sudan visit did not happen.",
  ["travel_record", "cancelled_event", "multi_event"]))

d = "2024-01-04"
add(D(R, 25, d, """Statement by the Spokesperson: Secretary Blinken's Travel to the Middle East

Secretary of State Antony J. Blinken will travel to Türkiye, Greece, Jordan, Qatar, the United Arab Emirates, Saudi Arabia, Israel, the West Bank, and Egypt beginning January 4. The Secretary will discuss steps to prevent the conflict in Gaza from spreading, including in Lebanon and the Red Sea.""",
  [],
  [GAZ],
  "Future trip listing countries only: no gold.", ["no_gold", "future_event", "country_only"]))

d = "2024-07-27"
add(D(R, 26, d, """Japan-Iraq Foreign Ministers' Telephone Talk

On July 27, commencing at 8:10 p.m. for approximately 20 minutes, Ms. KAMIKAWA Yoko, Minister for Foreign Affairs of Japan, held a telephone talk with H.E. Dr. Fuad Hussein, Deputy Prime Minister and Minister of Foreign Affairs of the Republic of Iraq. Minister Kamikawa expressed Japan's intention to continue support for reconstruction in Mosul and the Nineveh Plains.""",
  [E("call", "phone call", "2024-07-27", P("Tokyo", "JP"), ["Yoko Kamikawa", "Fuad Hussein"], alts=[BAG])],
  [P("Mosul", "IQ")],
  "Tokyo main, Baghdad alternate; Mosul topic.", ["call", "topic_place"]))

d = "2024-05-20"
add(D(R, 27, d, f"""UAE President receives phone call from Iranian Acting President

His Highness Sheikh Mohamed bin Zayed Al Nahyan, President of the UAE, received a phone call today from Mohammad Mokhber, Iran's acting President, during which he offered his condolences on the death of President Ebrahim Raisi, Foreign Minister Hossein Amir-Abdollahian and their companions in a helicopter crash in East Azerbaijan province on {WD(d,-1)}.""",
  [E("call", "phone call", d, ABU, ["Mohamed bin Zayed", "Mohammad Mokhber"], alts=[TEH]),
   E("other", "helicopter crash", "2024-05-19", M("Varzaqan area, East Azerbaijan", 38.50, 46.65, "IR", "approximate crash site"), [], optional=True)],
  [P("Tabriz (East Azerbaijan)", "IR", "Tabriz")],
  "Crash is background (accident, other). Province pinned at Tabriz as non-event (~80 km from crash area).",
  ["call", "background_event", "admin_qualifier"]))

d = "2019-01-16"
add(D(R, 28, d, """Travels of the Secretary: Michael R. Pompeo

Amman, Jordan, January 8, 2019. Met with King Abdullah II and Foreign Minister Ayman Safadi.
Baghdad and Erbil, Iraq, January 9, 2019. Met with Prime Minister Adil Abdul-Mahdi in Baghdad and with Kurdistan Regional Government leaders in Erbil.
Cairo, Egypt, January 10, 2019. Met with President al-Sisi; delivered a speech at the American University in Cairo.
Manama, Bahrain, January 11, 2019. Met with King Hamad bin Isa Al Khalifa.""",
  [E("meeting", "visit", "2019-01-08", AMM, ["Mike Pompeo", "Abdullah II", "Ayman Safadi"]),
   E("meeting", "visit", "2019-01-09", BAG, ["Mike Pompeo", "Adil Abdul-Mahdi"]),
   E("meeting", "visit", "2019-01-09", ERB, ["Mike Pompeo", "KRG leaders"]),
   E("meeting", "visit", "2019-01-10", CAI, ["Mike Pompeo", "Abdel Fattah al-Sisi"]),
   E("meeting", "visit", "2019-01-11", P("Manama", "BH"), ["Mike Pompeo", "Hamad bin Isa Al Khalifa"])],
  [],
  "Five places across four lines; Baghdad and Erbil each their own stop.", ["travel_record", "multi_event"]))

d = "2024-02-20"
add(D(R, 29, d, """President Hassan Sheikh holds video conference with EU foreign policy chief

President Hassan Sheikh Mohamud held a video conference today from Villa Somalia with the EU High Representative Josep Borrell, who joined from Brussels. They discussed the EU naval operation Atalanta off the coast, the transition of the African Union mission, and the security situation in Lower Shabelle.""",
  [E("call", "video call", d, P("Mogadishu", "SO"), ["Hassan Sheikh Mohamud", "Josep Borrell"], alts=[P("Brussels", "BE")])],
  [P("Marka (Lower Shabelle)", "SO", "Marka")],
  "Video conference: call. Lower Shabelle topic pinned at Marka as non-event (~80 km).",
  ["call", "topic_place"]))

d = "2025-02-16"
add(D(R, 30, d, f"""PM Netanyahu Meets with US Secretary of State Marco Rubio

Prime Minister Benjamin Netanyahu met today in Jerusalem with US Secretary of State Marco Rubio, who arrived in Israel on {WD(d,-1)} night from the Munich Security Conference. The two discussed the release of hostages held in Gaza, the Iranian threat, and the situation in Syria and Lebanon. Secretary Rubio will continue to Riyadh on {WD(d,1)}.""",
  [E("meeting", "talks", d, JER, ["Benjamin Netanyahu", "Marco Rubio"])],
  [P("Munich", "DE"), RIY, GAZ],
  "Munich is origin/background, Riyadh future.", ["origin_place", "future_event", "topic_place"]))
