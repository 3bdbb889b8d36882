from lib import *
R = "readout"
DOCS = []
add = DOCS.append
G = "Government readout; 'today' = the record date. Meetings at the stated venue; calls at the issuing side's location (the venue where its principal was, if stated) with the other side's capital as alternate. Composite or invented where marked. "


def N(num, d, text, events, nonev, note, tags):
    add(D(R, num, d, text, events, nonev, G + note, ["readout"] + tags))


def mt(d, pl, who, sub="bilateral meeting", alts=()):
    return E("meeting", sub, d, pl, who, alts=alts)


def cl(d, pl, who, alts=()):
    return E("call", "phone call", d, pl, who, alts=alts)


# 1 Pirmam
d = "2023-06-20"
N(1, d, """President Masoud Barzani received the United States Consul General in Erbil today at his office in Pirmam. The two sides discussed the drone attacks on the Khor Mor gas field and the need for Baghdad and Erbil to resolve outstanding issues under the constitution. The Consul General said Washington would continue to support the Peshmerga.""",
  [mt(d, M("Pirmam", 36.36, 44.21, "IQ", "approximate, Masif Salahaddin resort north-east of Erbil"), ["KDP", "United States"])],
  [Q("Erbil", "IQ", 36.19, 44.01), M("Khor Mor gas field", 35.30, 44.84, "IQ", "approximate, gas field south of Chamchamal"), Q("Baghdad", "IQ", 33.34, 44.40), Q("Washington", "US", 38.90, -77.04)],
  "Composite. Erbil qualifies the consulate (~22 km). Khor Mor: topic; Baghdad, Washington: metonyms.",
  ["kurdistan", "topic_place", "metonym", "qualifier_place", "today"])

# 2 Dabashan
d = "2022-10-12"
N(2, d, """PUK President Bafel Jalal Talabani met today at Dabashan with a delegation from the European Union Advisory Mission in Iraq. The meeting discussed the security situation after the Iranian bombardment of opposition camps near Koya and Zrgwez, and the PUK's position on the formation of the new federal government.""",
  [mt(d, M("Dabashan", 35.57, 45.41, "IQ", "approximate, PUK leadership compound in Sulaymaniyah"), ["PUK", "EUAM Iraq"], alts=[Q("Sulaymaniyah", "IQ", 35.56, 45.43)])],
  [Q("Koya", "IQ", 36.08, 44.63, q="Koysinjaq"), M("Zrgwez", 35.62, 45.28, "IQ", "approximate, camp area north-west of Sulaymaniyah")],
  "Composite. Dabashan is a compound in Sulaymaniyah: the city as alternate. Koya and Zrgwez: topics (earlier strikes without a day).",
  ["kurdistan", "topic_place", "today"])

# 3 Amara (received call)
d = "2024-04-08"
N(3, d, """Prime Minister Mohammed Shia al-Sudani, during his visit to Maysan governorate today, received a phone call from the Crown Prince of Kuwait. The Prime Minister, speaking from Amara, where he inaugurated the new Maysan teaching hospital, discussed with the Crown Prince border demarcation in the Khor Abdullah waterway and preparations for the Arab summit.""",
  [cl(d, M("Amara", 31.84,47.15, "IQ", "approximate, capital of Maysan governorate"), ["Iraq", "Kuwait"], alts=[Q("Kuwait City", "KW", 29.37, 47.98)]),
   E("other", "hospital inauguration", d, M("Amara", 31.84, 47.15, "IQ", "approximate, capital of Maysan governorate"), ["Iraq"])],
  [M("Khor Abdullah", 29.90, 48.10, "IQ", "approximate, waterway between Iraq and Kuwait")],
  "Composite. A received call pinned where the Iraqi side was (Amara, stated), Kuwait City as alternate. Khor Abdullah: topic. The Arab summit: future.",
  ["received_call", "call_from_venue", "topic_place", "future_event"])

# 4 Qasr Al Watan
d = "2023-02-14"
N(4, d, """His Highness the President of the UAE received today at Qasr Al Watan in Abu Dhabi the Prime Minister of the Kurdistan Region of Iraq and his accompanying delegation. The two sides reviewed cooperation in energy and investment, and the President affirmed the UAE's support for Iraq's security and stability.""",
  [mt(d, M("Qasr Al Watan", 24.46, 54.30, "AE", "approximate, presidential palace complex in Abu Dhabi"), ["UAE", "KRG"])],
  [],
  "Composite. The palace is in Abu Dhabi (a prior gold name, not used as the pin).",
  ["palace_venue", "gulf", "today"])

# 5 Al Yamamah Palace
d = "2022-12-09"
N(5, d, """The Crown Prince and Prime Minister received at Al Yamamah Palace in Riyadh today the President of the People's Republic of China. During the reception, they discussed the comprehensive strategic partnership and the agreements signed during the visit, and preparations for the China–Arab States Summit to be held tomorrow.""",
  [mt(d, M("Al Yamamah Palace", 24.66, 46.63, "SA", "approximate, royal palace in western Riyadh"), ["Saudi Arabia", "China"])],
  [],
  "The summit 'tomorrow' is future. Riyadh qualifies the palace (prior gold name, not listed).",
  ["palace_venue", "future_event", "gulf", "today"])

# 6 Amiri Diwan
d = "2024-06-12"
N(6, d, """His Highness the Amir met at the Amiri Diwan this morning with the United States Secretary of State and his accompanying delegation. The meeting reviewed mediation efforts for a ceasefire in Gaza and the exchange of hostages and prisoners, and the humanitarian situation in Rafah.""",
  [mt(d, M("Amiri Diwan", 25.29, 51.53, "QA", "approximate, Amir's office on the Doha corniche"), ["Qatar", "United States"])],
  [Q("Gaza City", "PS", 31.50, 34.47), Q("Rafah", "PS", 31.30, 34.25)],
  "'This morning' = the record date. Gaza, Rafah: topics.",
  ["palace_venue", "topic_place", "today"])

# 7 Bait Al Baraka
d = "2023-05-30"
N(7, d, """His Majesty Sultan Haitham bin Tarik received at Bait Al Baraka today the Minister of Foreign Affairs of the Islamic Republic of Iran, who conveyed a message from the Iranian President. The audience touched on regional developments and efforts to restore dialogue. The Minister later held talks with his Omani counterpart, the readout said, without giving details.""",
  [mt(d, M("Bait Al Baraka", 23.67, 58.19, "OM", "approximate, royal palace at Seeb west of Muscat"), ["Oman", "Iran"])],
  [],
  "Composite. The later talks with the Omani minister have no place: not pinned separately (a judgement call).",
  ["palace_venue", "gulf", "today"])

# 8 Al Husseiniya Palace (meeting + call)
d = "2024-01-10"
N(8, d, """His Majesty King Abdullah II received the Secretary-General of NATO at Al Husseiniya Palace today. Earlier in the day, His Majesty spoke by phone from Al Husseiniya Palace with President Abdel Fattah el-Sisi of Egypt, and the two leaders stressed the need to allow aid into Gaza through all crossings. A trilateral summit with the Palestinian President is expected in Aqaba next week.""",
  [mt(d, M("Al Husseiniya Palace", 31.99, 35.82, "JO", "approximate, royal palace in west Amman"), ["Jordan", "NATO"]),
   cl(d, M("Al Husseiniya Palace", 31.99, 35.82, "JO", "approximate, royal palace in west Amman"), ["Jordan", "Egypt"], alts=[Q("Cairo", "EG", 30.04, 31.24)])],
  [Q("Aqaba", "JO", 29.53, 35.01)],
  "Composite. The call is pinned where the King was, Cairo as alternate. Aqaba: future summit.",
  ["palace_venue", "call_from_venue", "future_event", "today"])

# 9 Vahdettin Mansion
d = "2022-08-03"
N(9, d, f"""President Recep Tayyip Erdoğan received the President of the Palestinian National Authority at the Vahdettin Mansion in Istanbul this evening, the Directorate of Communications said. The two leaders discussed Israeli raids in Jenin and Nablus. President Erdoğan will travel to Sochi on {WD(d,2)} for talks with the President of the Russian Federation.""",
  [mt(d, M("Vahdettin Mansion", 41.05, 29.06, "TR", "approximate, presidential office in Çengelköy, Istanbul"), ["Türkiye", "Palestinian Authority"])],
  [Q("Sochi", "RU", 43.60, 39.73), Q("Jenin", "PS", 32.46, 35.30), Q("Nablus", "PS", 32.22, 35.25)],
  "Composite. Sochi on Friday: a future meeting. Jenin, Nablus: topics.",
  ["palace_venue", "future_event", "topic_place", "weekday_date", "today"])

# 10 Saadabad
d = "2021-08-06"
N(10, d, """President Ebrahim Raisi received foreign delegations attending his swearing-in at the Saadabad Palace complex today. In his meeting with the Deputy Secretary-General of the European External Action Service, the President said Iran would not accept talks that "serve the interests of the United States". He also met the Speaker of Iraq's Council of Representatives.""",
  [mt(d, M("Saadabad Palace", 35.81, 51.42, "IR", "approximate, palace complex in northern Tehran"), ["Iran", "EEAS"]),
   mt(d, M("Saadabad Palace", 35.81, 51.42, "IR", "approximate, palace complex in northern Tehran"), ["Iran", "Iraq parliament"])],
  [],
  "Two meetings at the same palace on the record date.",
  ["palace_venue", "today"])

# 11 Grand Serail
d = "2024-09-03"
N(11, d, """Prime Minister Najib Mikati met today at the Grand Serail with the UNIFIL commander, who briefed him on the Israeli strikes on Nabatieh and the towns of the south. The Prime Minister's office denied reports that Mikati had met a Syrian security delegation in Beirut last week, saying "no such meeting took place".""",
  [mt(d, M("Grand Serail", 33.895, 35.50, "LB", "approximate, government seat in central Beirut"), ["Lebanon", "UNIFIL"])],
  [Q("Nabatieh", "LB", 33.38, 35.48, q="Nabatiye et Tahta")],
  "Nabatieh: topic. The denied meeting in Beirut last week is not gold.",
  ["palace_venue", "topic_place", "denial", "today"])

# 12 Muqataa
d = "2023-03-01"
N(12, d, f"""President Mahmoud Abbas received at the presidential headquarters in Ramallah today a delegation from the European Parliament. The President briefed the delegation on the settler attacks on Huwara and surrounding villages last {WD(d,-3)}, and called on the European Union to recognise the State of Palestine.""",
  [mt(d, M("Muqataa", 31.91, 35.20, "PS", "approximate, presidential headquarters in Ramallah"), ["Palestinian Authority", "European Parliament"], alts=[Q("Ramallah", "PS", 31.90, 35.20)])],
  [M("Huwara", 32.15, 35.26, "PS", "approximate, town south of Nablus")],
  "The presidential headquarters (the Muqataa) in Ramallah; Ramallah as alternate. Huwara: topic (a dated attack, but only the subject of the briefing; listed as non-event).",
  ["topic_place", "background_event", "today"])

# 13 Gudaibiya Palace
d = "2023-09-14"
N(13, d, f"""His Royal Highness the Crown Prince and Prime Minister received at Gudaibiya Palace today the British Minister of State for the Middle East. They discussed the Comprehensive Security Integration and Prosperity Agreement signed in Washington on {WD(d,-1)} and maritime security in the Red Sea.""",
  [mt(d, M("Gudaibiya Palace", 26.22, 50.59, "BH", "approximate, palace in Manama"), ["Bahrain", "UK"])],
  [Q("Washington", "US", 38.90, -77.04)],
  "The Washington signing is a separate dated event ('on Wednesday') with no Bahraini readout of a meeting there; kept as non-event (a judgement call).",
  ["palace_venue", "background_event", "gulf", "today"])

# 14 Dasman Palace
d = "2024-02-20"
N(14, d, """His Highness the Amir received at Dasman Palace today the Minister of Foreign Affairs of the Republic of Iraq, who conveyed a written message from the Iraqi President. His Highness also received by phone the congratulations of the King of Bahrain on the National Day.""",
  [mt(d, M("Dasman Palace", 29.38, 48.00, "KW", "approximate, palace in Kuwait City"), ["Kuwait", "Iraq"]),
   cl(d, M("Dasman Palace", 29.38, 48.00, "KW", "approximate, palace in Kuwait City"), ["Kuwait", "Bahrain"], alts=[Q("Manama", "BH", 26.23, 50.59)])],
  [],
  "Composite. A received call at the Amir's palace, Manama as alternate.",
  ["palace_venue", "received_call", "gulf", "today"])

# 15 Maashiq Palace
d = "2023-01-23"
N(15, d, """The Chairman of the Presidential Leadership Council, Dr Rashad al-Alimi, met today at Maashiq Palace in Aden with the UN Special Envoy for Yemen. The Chairman said the Houthi attacks on oil terminals in Hadramout and Shabwa had halted exports and that any roadmap must guarantee the government's revenues.""",
  [mt(d, M("Maashiq Palace", 12.76, 45.04, "YE", "approximate, presidential palace in Crater, Aden"), ["Yemen PLC", "UN"])],
  [M("Al-Dhabba terminal", 14.66, 49.42, "YE", "approximate, oil terminal east of Mukalla")],
  "Composite. Aden is a prior gold name (not the pin). Terminals: topic (al-Dhabba listed; Shabwa region only).",
  ["palace_venue", "topic_place", "today"])

# 16 Mariinskyi Palace
d = "2023-04-13"
N(16, d, """President Volodymyr Zelenskyy held a meeting with the Prime Minister of the Netherlands at the Mariinskyi Palace today. The leaders discussed air defence, the training of Ukrainian pilots and the special tribunal for the crime of aggression. The President invited the Prime Minister to visit the de-occupied areas of the Kharkiv region on his next visit.""",
  [mt(d, M("Mariinskyi Palace", 50.448, 30.537, "UA", "approximate, palace in central Kyiv"), ["Ukraine", "Netherlands"])],
  [Q("Kharkiv", "UA", 49.99, 36.23)],
  "Composite. Kharkiv region: future visit.",
  ["palace_venue", "future_event", "today"])

# 17 Bocharov Ruchei
d = "2021-09-29"
N(17, d, """Vladimir Putin held talks with President of Turkey Recep Tayyip Erdoğan at the Bocharov Ruchei residence in Sochi. The talks lasted almost three hours. The sides discussed the situation in Syria's Idlib, South Caucasus affairs and energy cooperation.""",
  [mt(d, M("Bocharov Ruchei", 43.55, 39.77, "RU", "approximate, presidential residence south of central Sochi"), ["Russia", "Türkiye"])],
  [Q("Idlib", "SY", 35.93, 36.63)],
  "No day: the record date. Idlib: topic.",
  ["palace_venue", "topic_place"])

# 18 Kirribilli House (call)
d = "2023-02-08"
N(18, d, """The Prime Minister spoke with the Prime Minister of New Zealand this afternoon from Kirribilli House. The leaders discussed the devastating earthquakes in Türkiye and Syria and offered assistance, and agreed to meet in Canberra on 22 February.""",
  [cl(d, M("Kirribilli House", -33.85, 151.22, "AU", "approximate, Prime Minister's Sydney residence"), ["Australia", "New Zealand"], alts=[Q("Wellington", "NZ", -41.29, 174.78)])],
  [Q("Canberra", "AU", -35.28, 149.13)],
  "The call from the stated residence, Wellington as alternate. Canberra: future meeting.",
  ["call_from_venue", "future_event", "today"])

# 19 Halifax
d = "2022-11-19"
N(19, d, """Minister of National Defence Anita Anand met today with the Minister of Defence of Ukraine on the margins of the Halifax International Security Forum. The Ministers discussed Canada's donation of NASAMS air defence systems and winter equipment for the Armed Forces of Ukraine.""",
  [mt(d, Q("Halifax", "CA", 44.65, -63.58), ["Canada", "Ukraine"])],
  [],
  "Sidelines meeting at the forum's city.",
  ["sidelines", "today"])

# 20 Akasaka Palace
d = "2024-04-02"
N(20, d, """Prime Minister Kishida held a summit meeting with the President of the Republic of Palau at the Akasaka Palace State Guest House today, followed by a working dinner. The two leaders confirmed cooperation on maritime security and the treatment of ALPS treated water. The Prime Minister said Japan would continue to support Palau's coast guard in Koror.""",
  [mt(d, M("Akasaka Palace", 35.68, 139.73, "JP", "approximate, state guest house in Minato, Tokyo"), ["Japan", "Palau"])],
  [M("Koror", 7.34, 134.48, "PW", "approximate, main town of Palau")],
  "Koror: topic.",
  ["palace_venue", "topic_place", "today"])

# 21 Hyderabad House
d = "2023-03-20"
N(21, d, """Prime Minister held talks with the Prime Minister of Japan at Hyderabad House today. The two leaders reviewed progress on the Mumbai–Ahmedabad high-speed rail project and agreed to work together during India's G20 and Japan's G7 presidencies. The Japanese Prime Minister will travel to Ukraine after the visit, the Ministry of External Affairs noted.""",
  [mt(d, M("Hyderabad House", 28.61, 77.23, "IN", "approximate, state guest house in New Delhi"), ["India", "Japan"])],
  [Q("Mumbai", "IN", 19.08, 72.88), Q("Ahmedabad", "IN", 23.03, 72.58)],
  "Composite. Rail project: topic places. Ukraine: future, country only.",
  ["palace_venue", "topic_place", "future_event", "today"])

# 22 San Francisco (APEC)
d = "2023-11-16"
N(22, d, """President Biden met with President Andrés Manuel López Obrador of Mexico today on the margins of the APEC Leaders' Meeting in San Francisco. The leaders discussed migration, fentanyl trafficking and economic cooperation. Earlier, the President spoke by phone with Prime Minister Netanyahu of Israel about the situation at Al-Shifa hospital.""",
  [mt(d, Q("San Francisco", "US", 37.77, -122.42), ["United States", "Mexico"]),
   cl(d, Q("San Francisco", "US", 37.77, -122.42), ["United States", "Israel"], alts=[Q("Jerusalem", "IL", 31.78, 35.22)])],
  [M("Al-Shifa hospital", 31.52, 34.44, "PS", "approximate, hospital in Gaza City")],
  "The call 'earlier' while the President was in San Francisco: pinned there (the stated location of the caller), Jerusalem as alternate. Al-Shifa: topic.",
  ["sidelines", "call_from_venue", "topic_place", "today"])

# 23 Labuan Bajo
d = "2023-05-11"
N(23, d, """President Marcos met with Indonesian President Joko Widodo on the sidelines of the 42nd ASEAN Summit in Labuan Bajo today. The two leaders discussed the situation in Myanmar, the protection of Filipino seafarers, and the South China Sea. President Marcos is scheduled to return to Manila tomorrow.""",
  [mt(d, M("Labuan Bajo", -8.50, 119.88, "ID", "approximate, town on the western tip of Flores"), ["Philippines", "Indonesia"])],
  [Q("Manila", "PH", 14.60, 120.98)],
  "Sidelines meeting. Manila: future return.",
  ["sidelines", "future_event", "today"])

# 24 Planalto (Portuguese)
d = "2023-06-27"
N(24, d, f"""O presidente Luiz Inácio Lula da Silva recebeu nesta {WDP(d)}, no Palácio do Planalto, o presidente da Guiné-Bissau. Os dois presidentes trataram da cooperação em agricultura e saúde. Mais cedo, Lula conversou por telefone com o presidente da França sobre a cúpula de Paris e a proteção da Amazônia.""",
  [mt(d, M("Palácio do Planalto", -15.80, -47.86, "BR", "approximate, presidential office in Brasília"), ["Brazil", "Guinea-Bissau"]),
   cl(d, M("Palácio do Planalto", -15.80, -47.86, "BR", "approximate, presidential office in Brasília"), ["Brazil", "France"], alts=[Q("Paris", "FR", 48.86, 2.35)])],
  [],
  "In Portuguese. 'nesta terça-feira' is the record date (Tuesday 2023-06-27). The call 'mais cedo' pinned at the issuing side's office, Paris as alternate. The Paris summit: background topic.",
  ["non_english", "palace_venue", "weekday_date"])

# 25 Casa Rosada (Spanish)
d = "2024-02-02"
N(25, d, f"""El presidente de la Nación recibió este {WDS(d)} en la Casa Rosada al secretario de Estado adjunto de los Estados Unidos para el Hemisferio Occidental. Durante el encuentro se abordaron la agenda económica bilateral y la cooperación en seguridad. La Oficina del Presidente desmintió que se hubiera producido una llamada con el presidente de Brasil, tal como informaron medios brasileños.""",
  [mt(d, M("Casa Rosada", -34.608, -58.370, "AR", "approximate, presidential office in Buenos Aires"), ["Argentina", "United States"])],
  [M("Brasília", -15.79, -47.88, "BR", "approximate, capital of Brazil")],
  "In Spanish. 'este viernes' = the record date. The denied call is not gold; Brasília listed as the other side of a denied call.",
  ["non_english", "palace_venue", "denial", "weekday_date"])

# 26 Casa de Nariño (call)
d = "2022-08-29"
N(26, d, """President Gustavo Petro spoke by telephone today from the Casa de Nariño with President Nicolás Maduro, the Presidency said. They agreed on the reopening of the border, starting with the crossings between Cúcuta and San Antonio del Táchira on 26 September, and the appointment of ambassadors.""",
  [cl(d, M("Casa de Nariño", 4.596, -74.077, "CO", "approximate, presidential palace in Bogota"), ["Colombia", "Venezuela"], alts=[Q("Caracas", "VE", 10.49, -66.88)])],
  [Q("Cúcuta", "CO", 7.89, -72.51), M("San Antonio del Táchira", 7.81, -72.44, "VE", "approximate, border town opposite Cúcuta")],
  "The call from the palace, Caracas as alternate. Cúcuta and San Antonio del Táchira: future reopening.",
  ["call_from_venue", "future_event", "today"])

# 27 Cernobbio
d = "2024-09-07"
N(27, d, """Minister of Foreign Affairs met today with the Foreign Minister of Ukraine on the sidelines of the Ambrosetti Forum in Cernobbio. The Ministers discussed the use of long-range weapons, Italy's hosting of the Ukraine Recovery Conference in Rome next year, and the situation around the Zaporizhzhia nuclear plant.""",
  [mt(d, Q("Cernobbio", "IT", 45.84, 9.07), ["Italy", "Ukraine"])],
  [Q("Rome", "IT", 41.89, 12.49), M("Zaporizhzhia nuclear plant", 47.51, 34.59, "UA", "approximate, plant at Enerhodar")],
  "Sidelines meeting. Rome: future conference. The plant: topic.",
  ["sidelines", "future_event", "topic_place", "today"])

# 28 Farmleigh House
d = "2019-09-10"
N(28, d, """The Taoiseach met the Prime Minister of the United Kingdom at Government Buildings this morning, and the two leaders then travelled to Farmleigh House for a working lunch. The leaders discussed the Withdrawal Agreement and the backstop. No agreement was reached.""",
  [mt(d, M("Government Buildings", 53.34, -6.25, "IE", "approximate, Taoiseach's office on Merrion Street, Dublin"), ["Ireland", "UK"]),
   mt(d, M("Farmleigh House", 53.36, -6.35, "IE", "approximate, state guest house in Phoenix Park, Dublin"), ["Ireland", "UK"])],
  [],
  "Composite. Two venues (~7 km apart) for one visit: two meetings.",
  ["palace_venue", "multi_event", "today"])

# 29 Castries (call)
d = "2021-04-14"
N(29, d, """The Prime Minister of Saint Lucia today held a telephone conversation with the Prime Minister of Saint Vincent and the Grenadines to offer assistance following the eruption of La Soufrière volcano. The Prime Minister spoke from Castries after chairing a meeting of the National Emergency Management Organisation.""",
  [cl(d, Q("Castries", "LC", 14.01, -60.99), ["Saint Lucia", "Saint Vincent and the Grenadines"], alts=[Q("Kingstown", "VC", 13.16, -61.22)]),
   E("other", "emergency committee meeting", d, Q("Castries", "LC", 14.01, -60.99), ["Saint Lucia government"])],
  [M("La Soufrière", 13.33, -61.18, "VC", "approximate, volcano in northern Saint Vincent")],
  "Call at Castries, Kingstown as alternate. The national committee meeting is internal (kind other). The eruption: topic.",
  ["call_from_venue", "topic_place", "today"])

# 30 State House Entebbe
d = "2022-07-15"
N(30, d, """President Yoweri Museveni today received at State House Entebbe the Minister of Foreign Affairs of the Russian Federation, who is on a tour of Africa. Later in the day, the President joined by video link a virtual summit of the East African Community on the situation in eastern DRC.""",
  [mt(d, M("State House Entebbe", 0.05, 32.47, "UG", "approximate, presidential residence at Entebbe"), ["Uganda", "Russia"])],
  [],
  "The virtual summit has no place: not gold.",
  ["palace_venue", "virtual_meeting", "today"])
