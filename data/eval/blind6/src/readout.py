from lib import *
R = "readout"
DOCS = []
add = DOCS.append
RO = "Readout: 'today' = record date; calls at the issuing side's capital with the other side's capital as alternate."

# 1 ---------------------------------------------------------------- call, Kenyan president / Haiti
d = "2024-03-12"
add(D(R, 1, d, """President Ruto spoke by phone today with the Prime Minister of Barbados, Mia Mottley, on the deployment of the Multinational Security Support mission to Haiti. The two leaders discussed the situation in Port-au-Prince and agreed to continue consultations with CARICOM partners.""",
  [E("call", "phone call", d, P("Nairobi", "KE"), ["William Ruto", "Mia Mottley"], alts=[P("Bridgetown", "BB")])],
  [P("Port-au-Prince", "HT")],
  RO + " Port-au-Prince is a topic place.",
  ["readout", "call", "topic_place"]))

# 2 ---------------------------------------------------------------- received in office, Belgrade
d = "2023-10-05"
add(D(R, 2, d, """President Aleksandar Vučić today received in his office the EU Special Representative for the Belgrade–Pristina Dialogue, Miroslav Lajčák. They discussed the situation in the north of Kosovo following the attack in Banjska on 24 September and the implementation of the Ohrid agreement. Lajčák will travel to Pristina tomorrow.""",
  [E("meeting", "meeting", d, P("Belgrade", "RS"), ["Aleksandar Vučić", "Miroslav Lajčák"]),
   E("incident", "armed attack", "2023-09-24", M("Banjska", 42.97, 20.78, "XK", "approximate, village west of Zvečan"), ["Serbian paramilitaries", "Kosovo Police"], alts=[P("Zvečan", "XK", "Zvecan")], optional=True)],
  [P("Pristina", "XK"), P("Ohrid", "MK")],
  RO + " Received in his office: the host's seat (Belgrade). 'Belgrade–Pristina Dialogue' and 'Ohrid agreement' are metonyms. Banjska attack dated background: optional. Pristina trip tomorrow: future.",
  ["readout", "metonym", "background_event", "future_event"]))

# 3 ---------------------------------------------------------------- Elysée welcomed
d = "2024-02-26"
add(D(R, 3, d, """The President of the Republic welcomed today at the Élysée Palace the leaders and ministers of some twenty countries for a conference in support of Ukraine. The participants discussed ammunition deliveries, the defence of Moldova and the situation in Avdiivka, which Ukrainian forces left on 17 February.""",
  [E("meeting", "conference", d, P("Paris", "FR"), ["Emmanuel Macron", "European leaders"])],
  [P("Avdiivka", "UA")],
  RO + " Élysée = Paris. Avdiivka withdrawal is a background territorial movement (not gold; listed non-event). Moldova topic country.",
  ["readout", "topic_place", "palace", "background_event"]))

# 4 ---------------------------------------------------------------- joint statement only (no scored gold)
d = "2024-08-09"
add(D(R, 4, d, """Joint statement of the foreign ministers of Jordan and Egypt

The ministers condemn in the strongest terms the Israeli strike on the al-Tabi'in school in Gaza City, and call on the Security Council in New York to act. They reaffirm their rejection of any displacement of Palestinians into Sinai or Jordan.""",
  [],
  [P("Gaza", "PS"), P("New York City", "US", "New York City")],
  "Joint statement, no meeting described; the condemned strike is not dated in the text: no gold.",
  ["readout", "no_gold", "statement_place", "topic_place"]))

# 5 ---------------------------------------------------------------- virtual meeting
d = "2023-11-15"
add(D(R, 5, d, """Prime Minister Anthony Albanese held a virtual meeting today with Papua New Guinea's Prime Minister James Marape to finalise the bilateral security agreement. The leaders looked forward to signing it in Canberra next month.""",
  [E("call", "virtual meeting", d, P("Canberra", "AU"), ["Anthony Albanese", "James Marape"], alts=[P("Port Moresby", "PG")])],
  [],
  RO + " Virtual meeting = call at the issuing capital. Signing in Canberra next month: future.",
  ["readout", "call", "virtual", "future_event"]))

# 6 ---------------------------------------------------------------- received in audience, Vatican
d = "2024-06-06"
add(D(R, 6, d, """Holy See Press Office – This morning the Holy Father received in audience, in the Apostolic Palace, the President of Argentina, Javier Milei. The cordial discussions touched on the economic situation of the country and on peace in Ukraine and the Middle East. The President subsequently met with the Secretary of State, Cardinal Pietro Parolin.""",
  [E("meeting", "audience", d, P("Vatican City", "VA"), ["Pope Francis", "Javier Milei", "Pietro Parolin"], alts=[P("Rome", "IT")])],
  [],
  RO + " 'This morning' = record date. Vatican City with Rome alternate. Ukraine and the Middle East topics.",
  ["readout", "topic_place", "palace"]))

# 7 ---------------------------------------------------------------- call during trip
d = "2024-04-16"
add(D(R, 7, d, """Foreign Minister Penny Wong spoke today with Iranian Foreign Minister Hossein Amir-Abdollahian, urging restraint after Iran's drone and missile attack on Israel on the weekend. The Minister made the call while visiting Singapore.""",
  [E("call", "phone call", d, P("Canberra", "AU"), ["Penny Wong", "Hossein Amir-Abdollahian"], alts=[P("Tehran", "IR"), P("Singapore", "SG")])],
  [],
  RO + " Call during a trip: issuing capital with the trip city (Singapore) and Tehran as alternates. The country-wide attack on Israel has no pin.",
  ["readout", "call", "trip_call", "background_event"]))

# 8 ---------------------------------------------------------------- summons
d = "2024-01-04"
add(D(R, 8, d, """The Ministry of Foreign Affairs of Somalia summoned today the Ethiopian ambassador in Mogadishu to protest the memorandum of understanding signed in Addis Ababa on 1 January between Ethiopia and the Somaliland region. The Somali cabinet met in an emergency session yesterday.""",
  [E("meeting", "summons", d, P("Mogadishu", "SO"), ["Somali Ministry of Foreign Affairs", "Ethiopian ambassador"]),
   E("meeting", "signing", "2024-01-01", P("Addis Ababa", "ET"), ["Abiy Ahmed", "Muse Bihi Abdi"], optional=True)],
  [P("Hargeisa", "SO")],
  RO + " Summons = meeting at the ministry. The MoU signing is dated background: optional. Cabinet session (internal, yesterday): not a diplomatic meeting. Hargeisa not named; Somaliland region is not a city (Hargeisa listed as its capital).",
  ["readout", "summons", "background_event"]))

# 9 ---------------------------------------------------------------- Austin in Kyiv + earlier call from the Pentagon
d = "2023-11-20"
add(D(R, 9, d, f"""Readout of Secretary of Defense Lloyd J. Austin III's meeting with President Volodymyr Zelensky

Secretary Austin met with Ukrainian President Volodymyr Zelensky in Kyiv today, his second visit to Ukraine's capital since the full-scale invasion. The Secretary reaffirmed enduring U.S. support ahead of winter. On {WD(d,-4)}, the Secretary had spoken by phone from the Pentagon with Ukraine's Defence Minister Rustem Umerov about air defence needs.""",
  [E("meeting", "visit", d, P("Kyiv", "UA"), ["Lloyd Austin", "Volodymyr Zelensky"]),
   E("call", "phone call", DAY(d,-4), M("The Pentagon", 38.871, -77.056, "US", "approximate, Arlington, Virginia"), ["Lloyd Austin", "Rustem Umerov"], alts=[P("Washington", "US"), P("Kyiv", "UA")])],
  [],
  RO + " Today's visit plus an earlier call (dated by weekday, within the week): both scored; the call at the Pentagon (manual) with Washington and Kyiv as alternates.",
  ["readout", "call", "weekday_date", "multi_event"]))

# 10 ---------------------------------------------------------------- Azerbaijan-Georgia
d = "2024-05-28"
add(D(R, 10, d, """Press service of the President of Azerbaijan – Today President Ilham Aliyev met with the Prime Minister of Georgia, Irakli Kobakhidze, who is on an official visit to Baku. The sides discussed the Middle Corridor, energy transit through Georgia and Black Sea connectivity. A dinner was hosted in honour of the guest.""",
  [E("meeting", "official visit", d, P("Baku", "AZ"), ["Ilham Aliyev", "Irakli Kobakhidze"])],
  [],
  RO + " Georgia/Black Sea topics.",
  ["readout", "host", "topic_place"]))

# 11 ---------------------------------------------------------------- Indonesian FM, received counterpart; future visit
d = "2024-09-03"
add(D(R, 11, d, f"""Kementerian Luar Negeri – Foreign Minister Retno Marsudi received Timor-Leste's Foreign Minister Bendito Freitas at the Pancasila Building in Jakarta on {WD(d)}. The ministers discussed the border demarcation and Timor-Leste's accession to ASEAN, to be discussed at the summit in Vientiane next month. Pope Francis is expected in Dili next week.""",
  [E("meeting", "meeting", d, P("Jakarta", "ID"), ["Retno Marsudi", "Bendito Freitas"])],
  [P("Vientiane", "LA"), P("Dili", "TL")],
  RO + " Future summit and papal visit: not gold.",
  ["readout", "future_event", "weekday_date"]))

# 12 ---------------------------------------------------------------- call + meeting same readout
d = "2025-03-12"
add(D(R, 12, d, """Office of the Prime Minister of Pakistan – Prime Minister Shehbaz Sharif today received the Ambassador of Iran at the PM House to discuss border security in Balochistan. Later in the evening the Prime Minister spoke by telephone with the Crown Prince of Saudi Arabia, Mohammed bin Salman, and thanked him for the Kingdom's support. The Prime Minister will travel to Riyadh later this month.""",
  [E("meeting", "meeting", d, P("Islamabad", "PK"), ["Shehbaz Sharif", "Iranian ambassador"]),
   E("call", "phone call", d, P("Islamabad", "PK"), ["Shehbaz Sharif", "Mohammed bin Salman"], alts=[P("Riyadh", "SA")])],
  [],
  RO + " Meeting at the PM House (Islamabad) and a call the same day: two events, both pinned at Islamabad (the call with Riyadh alternate). Balochistan topic; the Riyadh trip is future.",
  ["readout", "call", "multi_event", "future_event", "topic_place"]))

# 13 ---------------------------------------------------------------- Vietnamese PM receives Lao PM
d = "2025-01-10"
add(D(R, 13, d, """Government News – Prime Minister Pham Minh Chinh held talks in Hanoi today with Lao Prime Minister Sonexay Siphandone, on the occasion of the 47th meeting of the Viet Nam–Laos Intergovernmental Committee. The two prime ministers witnessed the signing of 13 cooperation documents. The Vientiane–Hanoi expressway project was also discussed.""",
  [E("meeting", "talks", d, P("Hanoi", "VN"), ["Pham Minh Chinh", "Sonexay Siphandone"])],
  [P("Vientiane", "LA")],
  RO + " 'Vientiane–Hanoi expressway': metonym/topic (Vientiane listed).",
  ["readout", "metonym"]))

# 14 ---------------------------------------------------------------- Kremlin readout, call, Kazakhstan
d = "2025-01-30"
add(D(R, 14, d, """Kremlin – Vladimir Putin had a telephone conversation with President of Kazakhstan Kassym-Jomart Tokayev. Tokayev informed Putin about the results of the investigation into the crash of an Azerbaijan Airlines plane near Aktau on 25 December. The presidents also discussed preparations for the CSTO summit.""",
  [E("call", "phone call", d, P("Moscow", "RU"), ["Vladimir Putin", "Kassym-Jomart Tokayev"], alts=[P("Astana", "KZ")])],
  [P("Aktau", "KZ")],
  RO + " Undated call in a same-day readout: record date. The plane crash near Aktau is an accident (not an incident of the scored types): listed as non-event.",
  ["readout", "call", "background_event"]))

# 15 ---------------------------------------------------------------- Afghan Taliban FM meets Indian official in Dubai
d = "2025-01-09"
add(D(R, 15, d, """Ministry of External Affairs – Foreign Secretary Vikram Misri met Acting Foreign Minister of Afghanistan Mawlawi Amir Khan Muttaqi in Dubai on 8 January 2025. India conveyed its condemnation of the recent aerial strikes in Paktika province. The sides discussed the use of Chabahar port for humanitarian trade.""",
  [E("meeting", "meeting", "2025-01-08", P("Dubai", "AE"), ["Vikram Misri", "Amir Khan Muttaqi"])],
  [P("Chabahar", "IR"), P("Sharana", "AF")],
  RO + " Meeting in a third country. Paktika strikes undated ('recent'): province centre Sharana listed as non-event. Chabahar topic.",
  ["readout", "third_country", "topic_place", "background_event"]))

# 16 ---------------------------------------------------------------- Oval Office, with weekday
d = "2024-07-26"
add(D(R, 16, d, f"""Readout of the Vice President's meeting with Prime Minister Benjamin Netanyahu of Israel

On {WD(d,-1)}, the Vice President met with Prime Minister Netanyahu at the White House. The Vice President reiterated her support for Israel's right to defend itself and discussed the hostages held by Hamas and the humanitarian situation in Gaza. Earlier that day, the Prime Minister met President Biden in the Oval Office.""",
  [E("meeting", "meeting", DAY(d,-1), P("Washington", "US"), ["Kamala Harris", "Benjamin Netanyahu", "Joe Biden"])],
  [P("Gaza", "PS")],
  RO + " Two meetings the same day in the White House: one event. Gaza topic.",
  ["readout", "weekday_date", "topic_place", "multi_meeting_one_event"]))

# 17 ---------------------------------------------------------------- Sudan: Burhan meets envoy in Port Sudan
d = "2024-05-21"
add(D(R, 17, d, """Sovereignty Council – The Chairman of the Transitional Sovereignty Council, General Abdel Fattah al-Burhan, received today at his office in Port Sudan the UN Personal Envoy for Sudan, Ramtane Lamamra. The Envoy briefed the Chairman on his consultations in Nairobi and Addis Ababa and on the situation in El Fasher.""",
  [E("meeting", "meeting", d, P("Port Sudan", "SD"), ["Abdel Fattah al-Burhan", "Ramtane Lamamra"])],
  [P("Nairobi", "KE"), P("Addis Ababa", "ET"), P("El Fasher", "SD")],
  RO + " Earlier undated consultations in Nairobi and Addis Ababa: not gold. El Fasher topic.",
  ["readout", "background_event", "topic_place"]))

# 18 ---------------------------------------------------------------- readout of future meeting only (no gold)
d = "2024-11-07"
add(D(R, 18, d, """Office of the Prime Minister of Hungary – Prime Minister Viktor Orbán will host the informal meeting of EU heads of state and government in Budapest tomorrow, following today's meeting of the European Political Community at the Puskás Aréna. Discussions tomorrow will focus on competitiveness.""",
  [E("meeting", "summit", d, P("Budapest", "HU"), ["Viktor Orbán", "European leaders"])],
  [],
  RO + " Today's EPC summit is gold; tomorrow's informal meeting in the same city is future (same pin, not a separate event).",
  ["readout", "future_event", "summit"]))

# 19 ---------------------------------------------------------------- Philippine DFA, ambassador summoned + shoal incident background
d = "2023-08-08"
add(D(R, 19, d, """Department of Foreign Affairs – The Department today summoned the Chinese Ambassador in Manila to protest the use of water cannon by China Coast Guard vessels against a Philippine resupply mission to Ayungin Shoal on 5 August. A note verbale has also been handed over in Beijing.""",
  [E("meeting", "summons", d, P("Manila", "PH"), ["Philippine DFA", "Chinese ambassador"]),
   E("incident", "water cannon", "2023-08-05", M("Ayungin Shoal (Second Thomas Shoal)", 9.75, 115.87, "PH", "approximate, Second Thomas Shoal, Spratly Islands"), ["China Coast Guard", "Philippine Coast Guard"], optional=True)],
  [P("Beijing", "CN")],
  RO + " Summons at the ministry. The shoal incident is dated background: optional (manual point at sea). Note verbale in Beijing: document delivery, not a meeting.",
  ["readout", "summons", "background_event"]))

# 20 ---------------------------------------------------------------- Chilean president receives Bolivian
d = "2024-06-13"
add(D(R, 20, d, """Gobierno de Chile – El Presidente Gabriel Boric recibió hoy en el Palacio de La Moneda al Presidente de Bolivia, Luis Arce. Ambos mandatarios abordaron la cooperación en litio y la situación migratoria en la frontera de Colchane. Arce viajará mañana a Iquique.""",
  [E("meeting", "meeting", d, P("Santiago", "CL"), ["Gabriel Boric", "Luis Arce"])],
  [P("Colchane", "CL", "Colchane"), P("Iquique", "CL")],
  "Spanish readout. " + RO + " La Moneda = Santiago. Colchane topic, Iquique future.",
  ["readout", "spanish", "topic_place", "future_event", "palace"]))

# 21 ---------------------------------------------------------------- Japanese MOFA, telephone talk
d = "2024-01-05"
add(D(R, 21, d, """Ministry of Foreign Affairs of Japan – Japan–Republic of Korea Foreign Ministers' Telephone Talk

On 4 January, commencing at 4:30 p.m. for approximately 20 minutes, Ms. Kamikawa Yoko, Minister for Foreign Affairs, held a telephone talk with H.E. Mr. Park Jin, Minister of Foreign Affairs of the Republic of Korea. Minister Park expressed condolences over the earthquake in the Noto Peninsula. The two ministers also exchanged views on North Korea's ballistic missile launches.""",
  [E("call", "phone call", "2024-01-04", P("Tokyo", "JP"), ["Kamikawa Yoko", "Park Jin"], alts=[P("Seoul", "KR")])],
  [M("Noto Peninsula (Wajima)", 37.39, 136.90, "JP", "approximate, Wajima on the peninsula")],
  RO + " Dated call the day before the record. Earthquake: natural disaster, topic.",
  ["readout", "call", "topic_place"]))

# 22 ---------------------------------------------------------------- Kremlin, received in the Kremlin + dated background
d = "2024-10-23"
add(D(R, 22, d, """Kremlin – Vladimir Putin held talks with President of the People's Republic of China Xi Jinping on the sidelines of the BRICS summit in Kazan. The leaders last met in Astana on 3 July, during the SCO summit. Putin also had a meeting with Prime Minister of India Narendra Modi earlier in the day.""",
  [E("meeting", "talks", d, P("Kazan", "RU"), ["Vladimir Putin", "Xi Jinping", "Narendra Modi"]),
   E("meeting", "talks", "2024-07-03", P("Astana", "KZ"), ["Vladimir Putin", "Xi Jinping"], optional=True)],
  [],
  RO + " Two bilateral meetings in Kazan the same day: one event. The Astana meeting is dated background: optional.",
  ["readout", "background_event", "summit", "multi_meeting_one_event"]))

# 23 ---------------------------------------------------------------- Indian MEA, virtual summit
d = "2023-11-17"
add(D(R, 23, d, """Ministry of External Affairs – Prime Minister hosted the second Voice of the Global South Summit in virtual format today. Leaders of some 130 countries participated. The Prime Minister, speaking from New Delhi, condemned the loss of civilian lives in the conflict between Israel and Hamas.""",
  [E("call", "virtual summit", d, P("New Delhi", "IN", pick=1), ["Narendra Modi", "Global South leaders"])],
  [],
  RO + " Virtual summit = call at the host's capital. Israel/Hamas topic (country and group, no place).",
  ["readout", "call", "virtual"]))

# 24 ---------------------------------------------------------------- Kenyan State House, received at State House Mombasa
d = "2024-08-23"
add(D(R, 24, d, """State House Kenya – President William Ruto today received at State House, Mombasa, the Chairperson of the African Union Commission, Moussa Faki Mahamat. They discussed the situation in Sudan and the AU Commission elections in Addis Ababa next February.""",
  [E("meeting", "meeting", d, P("Mombasa", "KE"), ["William Ruto", "Moussa Faki Mahamat"])],
  [P("Addis Ababa", "ET")],
  RO + " State House Mombasa (not Nairobi). Future elections in Addis Ababa.",
  ["readout", "future_event", "not_capital"]))

# 25 ---------------------------------------------------------------- Ukrainian MFA, call with weekday + meeting in Kyiv
d = "2025-02-14"
add(D(R, 25, d, f"""Ministry of Foreign Affairs of Ukraine – Minister Andrii Sybiha held a phone call on {WD(d,-1)} with the Foreign Minister of Türkiye, Hakan Fidan, to prepare President Zelensky's visit to Ankara next week. Today, in Kyiv, the Minister met the Foreign Minister of Lithuania, Kęstutis Budrys.""",
  [E("call", "phone call", DAY(d,-1), P("Kyiv", "UA"), ["Andrii Sybiha", "Hakan Fidan"], alts=[P("Ankara", "TR")]),
   E("meeting", "meeting", d, P("Kyiv", "UA"), ["Andrii Sybiha", "Kęstutis Budrys"])],
  [],
  RO + " Call and meeting, both at Kyiv (two events, kinds differ). The Ankara visit is future (Ankara only as the call's alternate).",
  ["readout", "call", "weekday_date", "future_event", "multi_event"]))

# 26 ---------------------------------------------------------------- US State Dept, meeting on the margins in third country
d = "2023-09-21"
add(D(R, 26, d, """Office of the Spokesperson – Secretary Blinken met with Armenian Prime Minister Nikol Pashinyan on the margins of the UN General Assembly in New York today. The Secretary expressed deep concern over Azerbaijan's military actions in Nagorno-Karabakh and welcomed the cessation of hostilities agreed yesterday in Stepanakert.""",
  [E("meeting", "meeting", d, P("New York City", "US", "New York City"), ["Antony Blinken", "Nikol Pashinyan"])],
  [M("Stepanakert (Khankendi)", 39.82, 46.75, "AZ", "approximate, Karabakh regional centre")],
  RO + " The ceasefire agreed 'yesterday' in Stepanakert is a back-reference (listed non-event; another annotator might make it optional).",
  ["readout", "third_country", "back_reference"]))

# 27 ---------------------------------------------------------------- Turkish Presidency, call
d = "2024-04-14"
add(D(R, 27, d, """Directorate of Communications – President Recep Tayyip Erdoğan held a phone call with Iraqi Prime Minister Mohammed Shia al-Sudani. President Erdoğan said he looked forward to visiting Baghdad and Erbil next week and discussed the Development Road project linking the Gulf to Türkiye.""",
  [E("call", "phone call", d, P("Ankara", "TR"), ["Recep Tayyip Erdoğan", "Mohammed Shia al-Sudani"], alts=[P("Baghdad", "IQ")])],
  [P("Erbil", "IQ")],
  RO + " Undated call in a same-day readout: record date. Future visit to Baghdad and Erbil (Baghdad only as the call's alternate).",
  ["readout", "call", "future_event"]))

# 28 ---------------------------------------------------------------- Nigerian presidency, received delegation in Abuja + call
d = "2024-02-10"
add(D(R, 28, d, f"""State House Abuja – President Bola Tinubu on {WD(d,-1)} received at the Presidential Villa a delegation of ECOWAS ministers returning from Niamey, Ouagadougou and Bamako after the three juntas announced their withdrawal from the bloc. The President later spoke by phone with Senegal's President Macky Sall on the postponement of the election in Dakar.""",
  [E("meeting", "meeting", DAY(d,-1), P("Abuja", "NG"), ["Bola Tinubu", "ECOWAS ministers"]),
   E("call", "phone call", DAY(d,-1), P("Abuja", "NG"), ["Bola Tinubu", "Macky Sall"], alts=[P("Dakar", "SN")])],
  [P("Niamey", "NE"), P("Ouagadougou", "BF"), P("Bamako", "ML")],
  RO + " Presidential Villa = Abuja. The delegation's earlier trips (undated) are not gold. 'Later' call same day.",
  ["readout", "call", "weekday_date", "origin_place", "multi_event"]))

# 29 ---------------------------------------------------------------- Colombian presidency, meeting at border
d = "2022-11-02"
add(D(R, 29, d, """Presidencia de Colombia – El Presidente Gustavo Petro se reunió hoy en el Palacio de Miraflores, en Caracas, con el Presidente Nicolás Maduro. Es la primera visita de un mandatario colombiano a Venezuela en seis años. Ambos acordaron reanudar los diálogos con el ELN, que se instalarán en Caracas este mes.""",
  [E("meeting", "visit", d, P("Caracas", "VE"), ["Gustavo Petro", "Nicolás Maduro"])],
  [],
  "Spanish. " + RO + " Future ELN talks in the same city: not a separate event.",
  ["readout", "spanish", "future_event", "palace"]))

# 30 ---------------------------------------------------------------- Pentagon welcomed, plus incident topic
d = "2024-02-09"
add(D(R, 30, d, """Readout of Secretary of Defense Lloyd J. Austin III's meeting with Philippine Secretary of National Defense Gilberto Teodoro

Secretary Austin welcomed Secretary Teodoro to the Pentagon today. The two leaders discussed the dangerous actions of China Coast Guard vessels near Second Thomas Shoal and the expansion of EDCA sites, including in Cagayan province.""",
  [E("meeting", "meeting", d, M("The Pentagon", 38.871, -77.056, "US", "approximate, Arlington, Virginia"), ["Lloyd Austin", "Gilberto Teodoro"], alts=[P("Washington", "US")])],
  [M("Second Thomas Shoal", 9.75, 115.87, "PH", "approximate, Spratly Islands"), P("Tuguegarao", "PH")],
  RO + " Pentagon manual, Washington alternate. Topics: the shoal (undated) and Cagayan province (centre Tuguegarao listed).",
  ["readout", "topic_place", "province_only"]))
