from lib import *
R = "travel_record"
DOCS = []
add = DOCS.append
TR = "Travel record: one event per stop with its stated day(s); arrivals, departures, transits and returns are not events."
ND = P("New Delhi", "IN", pick=1)
WAS = P("Washington", "US")

# 1 ---------------------------------------------------------------- Modi Mauritius
d = "2025-03-13"
PL = Q("Port Louis", "MU", -20.16, 57.5)
add(D(R, 1, d, """Visit of Prime Minister to Mauritius (March 11-12, 2025)

Prime Minister Shri Narendra Modi paid a State Visit to Mauritius on 11-12 March 2025 at the invitation of Prime Minister Dr. Navinchandra Ramgoolam. On arrival in Port Louis on 11 March, Prime Minister called on President Dharam Gokhool and held talks with Prime Minister Ramgoolam at the State House, Réduit. The two sides elevated the partnership to an Enhanced Strategic Partnership.

On 11 March, Prime Minister also visited the Sir Seewoosagur Ramgoolam Botanical Garden in Pamplemousses and planted a sapling. On 12 March, he attended the National Day celebrations as Guest of Honour at the Champ de Mars.

Prime Minister emplaned for New Delhi on the evening of 12 March.""",
  [E("meeting", "state visit", ["2025-03-11", "2025-03-12"], PL, ["Narendra Modi", "Navinchandra Ramgoolam", "Dharam Gokhool"]),
   E("other", "site visit", "2025-03-11", Q("Pamplemousses", "MU", -20.1, 57.57), ["Narendra Modi"]),
   E("other", "national day ceremony", "2025-03-12", PL, ["Narendra Modi"])],
  [ND],
  TR + " Réduit (State House) lies ~10 km from Port Louis: folded into the stop. Garden visit and National Day: kind other. New Delhi return.",
  ["travel_record", "site_visit", "date_range", "return_leg"]))

# 2 ---------------------------------------------------------------- Modi Sri Lanka
d = "2025-04-07"
add(D(R, 2, d, """Visit of Prime Minister to Sri Lanka (April 04-06, 2025)

Prime Minister Shri Narendra Modi arrived in Colombo on the night of 4 April 2025, after attending the BIMSTEC Summit in Bangkok. On 5 April, he was accorded a ceremonial welcome at Independence Square and held talks with President Anura Kumara Dissanayake at the Presidential Secretariat. The two sides signed an MoU on defence cooperation.

On 6 April, the Prime Minister and the President travelled to Anuradhapura, where they paid respects at the Jaya Sri Maha Bodhi and jointly inaugurated the upgraded Maho–Anuradhapura railway line.

Prime Minister emplaned from Anuradhapura for India on 6 April; on his return flight he viewed the Ram Setu.""",
  [E("meeting", "state visit", ["2025-04-04", "2025-04-05"], P("Colombo", "LK"), ["Narendra Modi", "Anura Kumara Dissanayake"]),
   E("other", "site visit and inauguration", "2025-04-06", Q("Anuradhapura", "LK", 8.31, 80.4), ["Narendra Modi", "Anura Kumara Dissanayake"])],
  [P("Bangkok", "TH"), M("Ram Setu", 9.12, 79.52, "LK", "approximate, shoal chain between Rameswaram and Mannar")],
  TR + " Colombo stop from arrival (4 April night) to talks (5 April). Anuradhapura: pilgrimage/inauguration kind other (even with the President). Bangkok: prior summit (origin, not dated in the record). Ram Setu viewed from the air.",
  ["travel_record", "site_visit", "date_range", "origin_place"]))

# 3 ---------------------------------------------------------------- Qin Gang Africa
d = "2023-01-17"
add(D(R, 3, d, """Qin Gang Concludes Visits to Five African Countries and the African Union Headquarters

From January 9 to 16, 2023, State Councilor and Foreign Minister Qin Gang paid official visits to Ethiopia, Gabon, Angola, Benin and Egypt, and visited the African Union Headquarters, his first overseas trip since taking office.

In Libreville on January 13, Qin Gang met President Ali Bongo Ondimba and held talks with Foreign Minister Michael Moussa-Adamo. On January 14 and 15, he was in Cotonou, where he was received by President Patrice Talon. In the other capitals, Qin Gang met heads of state and foreign ministers and discussed the implementation of the outcomes of the Forum on China-Africa Cooperation.""",
  [E("meeting", "official visit", "2023-01-13", Q("Libreville", "GA", 0.39, 9.45), ["Qin Gang", "Ali Bongo Ondimba"]),
   E("meeting", "official visit", ["2023-01-14", "2023-01-15"], Q("Cotonou", "BJ", 6.37, 2.42), ["Qin Gang", "Patrice Talon"])],
  [],
  TR + " Only Libreville and Cotonou are named with days; Ethiopia, Angola, Egypt and the AU are country/organisation-only (not pinned).",
  ["travel_record", "multi_event", "date_range", "country_only"]))

# 4 ---------------------------------------------------------------- Lula Montevideo (Portuguese)
d = "2024-12-07"
MVD = Q("Montevidéu", "UY", -34.9, -56.19, q="Montevideo")
add(D(R, 4, d, """Viagem do Presidente Lula a Montevidéu – LXV Cúpula do MERCOSUL (5 e 6 de dezembro de 2024)

O Presidente Luiz Inácio Lula da Silva esteve em Montevidéu nos dias 5 e 6 de dezembro de 2024 para participar da LXV Cúpula de Chefes de Estado do MERCOSUL, na qual foi anunciada a conclusão das negociações do acordo MERCOSUL–União Europeia. À margem da Cúpula, o Presidente manteve encontros bilaterais com o Presidente Luis Lacalle Pou e com o Presidente eleito Yamandú Orsi.

Na tarde do dia 6, o Presidente visitou o ex-presidente José "Pepe" Mujica em sua chácara em Rincón del Cerro. O Presidente regressou a Brasília na noite do mesmo dia. A próxima Cúpula será realizada em Buenos Aires, em 2025.""",
  [E("meeting", "summit", ["2024-12-05", "2024-12-06"], MVD, ["Luiz Inácio Lula da Silva", "Luis Lacalle Pou", "Yamandú Orsi"]),
   E("other", "courtesy visit", "2024-12-06", M("Rincón del Cerro", -34.8, -56.3, "UY", "approximate, rural area in Montevideo department"), ["Luiz Inácio Lula da Silva", "José Mujica"])],
  [P("Brasília", "BR"), P("Buenos Aires", "AR")],
  TR + " Portuguese. Summit plus bilaterals: one meeting over both days. Visit to a former president at his farm: kind other. Brasília return; Buenos Aires future summit.",
  ["travel_record", "non_english", "date_range", "return_leg", "future_event"]))

# 5 ---------------------------------------------------------------- Macron Nouméa (French)
d = "2024-05-24"
NOU = Q("Nouméa", "NC", -22.28, 166.46)
add(D(R, 5, d, f"""Déplacement du Président de la République en Nouvelle-Calédonie

Le Président de la République s'est rendu à Nouméa le {WDF(d,-1)} 23 mai 2024, accompagné des ministres de l'Intérieur et des Armées. Dès son arrivée à l'aéroport de La Tontouta, il a rejoint le Haut-commissariat, où il a réuni les élus indépendantistes et non indépendantistes ainsi que les acteurs économiques pour un échange sur le retour au calme.

Le chef de l'État s'est ensuite rendu au commissariat central de Nouméa pour saluer les forces de l'ordre mobilisées. Il a quitté le territoire dans la nuit pour regagner Paris, avec une escale technique à Singapour.""",
  [E("meeting", "meeting with local leaders", "2024-05-23", NOU, ["Emmanuel Macron", "New Caledonian elected officials"])],
  [M("La Tontouta airport", -22.01, 166.22, "NC", "approximate, international airport north-west of Nouméa"), P("Paris", "FR"), P("Singapore", "SG")],
  TR + " French. The police station visit folds into the Nouméa stop. Airport (~40 km) arrival, Paris return, Singapore technical stop: non-events.",
  ["travel_record", "non_english", "weekday_date", "transit", "return_leg"]))

# 6 ---------------------------------------------------------------- Blinken Chisinau + Prague
d = "2024-06-01"
add(D(R, 6, d, """Secretary Blinken's Travel to Moldova and the Czech Republic

Secretary of State Antony J. Blinken traveled to Chisinau, Moldova, on May 29, 2024, where he met with President Maia Sandu and announced $135 million in assistance to strengthen Moldova's energy security and counter Russian interference.

The Secretary then traveled to Prague on May 30-31 to attend the Informal Meeting of NATO Foreign Ministers, where ministers discussed preparations for the NATO Summit in Washington in July. On the margins, he met with Czech Foreign Minister Jan Lipavský.

The Secretary returned to Washington on May 31.""",
  [E("meeting", "official visit", "2024-05-29", Q("Chisinau", "MD", 47.0, 28.86, q="Chişinău"), ["Antony Blinken", "Maia Sandu"]),
   E("meeting", "ministerial meeting", ["2024-05-30", "2024-05-31"], P("Prague", "CZ"), ["Antony Blinken", "NATO foreign ministers", "Jan Lipavský"])],
  [WAS],
  TR + " Washington: future summit topic and return leg.",
  ["travel_record", "multi_event", "date_range", "future_event", "return_leg"]))

# 7 ---------------------------------------------------------------- Austin Phnom Penh
d = "2024-06-04"
add(D(R, 7, d, f"""Secretary of Defense Lloyd J. Austin III Travels to Cambodia

Following the Shangri-La Dialogue, Secretary of Defense Lloyd J. Austin III traveled to Phnom Penh on {WD(d)}, June 4, 2024, for his first visit to Cambodia since 2022. The Secretary met with Prime Minister Hun Manet and Deputy Prime Minister and Minister of National Defense Tea Seiha to discuss ways to strengthen the bilateral defense relationship.

The Secretary raised U.S. concerns about the People's Republic of China's presence at Ream Naval Base and encouraged Cambodia to maintain an independent foreign policy.""",
  [E("meeting", "official visit", d, Q("Phnom Penh", "KH", 11.56, 104.92), ["Lloyd Austin", "Hun Manet", "Tea Seiha"])],
  [M("Ream Naval Base", 10.5, 103.61, "KH", "approximate, base on the Gulf of Thailand near Sihanoukville"), P("Singapore", "SG")],
  TR + " Shangri-La Dialogue: undated origin leg (Singapore non-event). Ream: topic.",
  ["travel_record", "weekday_date", "topic_place", "origin_place"]))

# 8 ---------------------------------------------------------------- Erdogan Bishkek
d = "2024-11-07"
add(D(R, 8, d, """President Erdoğan attends the 11th Summit of the Organization of Turkic States in Bishkek

President Recep Tayyip Erdoğan traveled to the Kyrgyz Republic on 5 November 2024 to attend the 11th Summit of the Council of Heads of State of the Organization of Turkic States. On 6 November, the Summit convened in Bishkek under the theme "Strengthening Turkic Cooperation for a Better Future". On the sidelines, President Erdoğan met with President Sadyr Japarov, President Ilham Aliyev and President Shavkat Mirziyoyev.

The next summit will be held in Azerbaijan. President Erdoğan returned to Ankara on the evening of 6 November.""",
  [E("meeting", "summit", ["2024-11-05", "2024-11-06"], Q("Bishkek", "KG", 42.87, 74.59), ["Recep Tayyip Erdoğan", "Sadyr Japarov", "Ilham Aliyev", "Shavkat Mirziyoyev"])],
  [P("Ankara", "TR")],
  TR + " Arrival to summit day as one stop. Next summit (country only) is future. Ankara return.",
  ["travel_record", "date_range", "return_leg", "future_event"]))

# 9 ---------------------------------------------------------------- Guterres Antarctica
d = "2023-11-25"
add(D(R, 9, d, """Secretary-General's travel to Chile and Antarctica

The Secretary-General arrived in Punta Arenas, Chile, on 22 November 2023. That evening he met with President Gabriel Boric Font, who accompanied him on the visit. They discussed the impact of the climate crisis ahead of the COP28 conference in Dubai.

On 23 November, the Secretary-General flew to King George Island, where he visited the Chilean Eduardo Frei Montalva base and saw the retreat of the Collins Glacier. On 24 November he returned to Punta Arenas and departed for New York, stopping in Santiago.""",
  [E("meeting", "bilateral meeting", "2023-11-22", Q("Punta Arenas", "CL", -53.16, -70.91), ["António Guterres", "Gabriel Boric"]),
   E("other", "site visit", "2023-11-23", M("Eduardo Frei Montalva base, King George Island", -62.2, -58.96, "AQ", "approximate, Chilean base on Fildes peninsula"), ["António Guterres", "Gabriel Boric"])],
  [P("Dubai", "AE"), P("Santiago", "CL"), P("New York", "US", "New York City")],
  TR + " Antarctic base visit: kind other. Dubai COP28 future; Santiago transit; New York return.",
  ["travel_record", "site_visit", "future_event", "transit", "return_leg"]))

# 10 --------------------------------------------------------------- Pezeshkian Yerevan + Minsk
d = "2025-08-22"
add(D(R, 10, d, """President Pezeshkian concludes visits to Armenia and Belarus

President Masoud Pezeshkian, heading a high-ranking delegation, arrived in Yerevan on 18 August 2025 and held talks with Prime Minister Nikol Pashinyan and President Vahagn Khachaturyan on 19 August. The two sides signed documents on transport, energy and trade, and the President stressed Iran's position on the Syunik route.

On 20 August, the President travelled to Minsk, where he was welcomed by President Alexander Lukashenko at the Palace of Independence. The two presidents held talks on 20 and 21 August and signed a comprehensive cooperation program. The President returned to Tehran on 21 August.""",
  [E("meeting", "official visit", ["2025-08-18", "2025-08-19"], P("Yerevan", "AM"), ["Masoud Pezeshkian", "Nikol Pashinyan", "Vahagn Khachaturyan"]),
   E("meeting", "official visit", ["2025-08-20", "2025-08-21"], P("Minsk", "BY"), ["Masoud Pezeshkian", "Alexander Lukashenko"])],
  [M("Syunik", 39.2, 46.4, "AM", "approximate, province in southern Armenia (Kapan)"), P("Tehran", "IR")],
  TR + " Syunik: topic (transit route). Tehran return.",
  ["travel_record", "multi_event", "date_range", "topic_place", "return_leg"]))

# 11 --------------------------------------------------------------- Kim in Russia (Kremlin, host side)
d = "2023-09-17"
VOS = M("Vostochny Cosmodrome", 51.88, 128.33, "RU", "approximate, spaceport near Tsiolkovsky, Amur region")
add(D(R, 11, d, """Visit of Chairman of State Affairs of the DPRK Kim Jong Un to Russia

On September 13, Vladimir Putin met with Chairman of State Affairs of the Democratic People's Republic of Korea Kim Jong Un, who is in Russia on an official visit, at the Vostochny Cosmodrome in the Amur Region. The leaders toured the cosmodrome's launch facilities and held talks in restricted and expanded formats, followed by a lunch.

During the rest of the visit, Kim Jong Un toured the Yury Gagarin aircraft plant in Komsomolsk-on-Amur on September 15, and on September 16, at the Knevichi airfield near Vladivostok, was shown strategic bombers by Defence Minister Sergei Shoigu. He left Russia by train from Artyom on September 17.""",
  [E("meeting", "summit", "2023-09-13", VOS, ["Vladimir Putin", "Kim Jong Un"]),
   E("other", "site visit", "2023-09-15", Q("Komsomolsk-on-Amur", "RU", 50.55, 137.0, q="Komsomol'sk-na-Amure"), ["Kim Jong Un"]),
   E("other", "site visit", "2023-09-16", M("Knevichi airfield", 43.4, 132.15, "RU", "approximate, airfield near Artyom, north of Vladivostok"), ["Kim Jong Un", "Sergei Shoigu"])],
  [P("Vladivostok", "RU"), Q("Artyom", "RU", 43.36, 132.19, q="Artëm")],
  TR + " Host-side record. Plant and bomber displays: kind other (the Shoigu display is an inspection, not talks). Vladivostok reference and Artyom departure (~25 km, inside the radius of Knevichi).",
  ["travel_record", "host_side", "site_visit", "facility"]))

# 12 --------------------------------------------------------------- Petro La Habana (Spanish)
d = "2023-06-10"
add(D(R, 12, d, f"""Visita del Presidente Gustavo Petro a La Habana, Cuba

El Presidente de la República, Gustavo Petro Urrego, llegó a La Habana en la noche del {WDS(d,-2)} 8 de junio de 2023 para asistir a la ceremonia de cierre del tercer ciclo de diálogos de paz entre el Gobierno de Colombia y el Ejército de Liberación Nacional (ELN).

El {WDS(d,-1)} 9 de junio, el mandatario se reunió con el Presidente de Cuba, Miguel Díaz-Canel, y participó en la firma del acuerdo de cese al fuego bilateral en el complejo de El Laguito, con la presencia de los países garantes. El Presidente regresó a Bogotá en la noche del mismo día. El cuarto ciclo de diálogos se realizará en Caracas.""",
  [E("meeting", "official visit", ["2023-06-08", "2023-06-09"], Q("La Habana", "CU", 23.13, -82.38, q="Havana"), ["Gustavo Petro", "Miguel Díaz-Canel", "ELN delegation"])],
  [P("Bogotá", "CO"), P("Caracas", "VE")],
  TR + " Spanish. El Laguito lies in Havana (one stop). Bogotá return; Caracas future round.",
  ["travel_record", "non_english", "weekday_date", "date_range", "future_event", "return_leg"]))

# 13 --------------------------------------------------------------- SPA Oslo + Dublin
d = "2024-05-28"
add(D(R, 13, d, f"""Foreign Minister Concludes Visit to Norway and Ireland

Oslo, May 28, 2024, SPA -- His Highness Prince Faisal bin Farhan bin Abdullah, Minister of Foreign Affairs, concluded today a visit to the Kingdom of Norway, during which he met with Norwegian Foreign Minister Espen Barth Eide on May 27 and took part in a meeting on the two-state solution hosted by Norway.

His Highness then departed for Dublin, where he is scheduled to meet Irish Tánaiste and Minister for Foreign Affairs Micheál Martin on {WD(d,1)}. His Highness welcomed the two countries' recognition of the State of Palestine, which takes effect today.""",
  [E("meeting", "official visit", ["2024-05-27", "2024-05-28"], P("Oslo", "NO"), ["Faisal bin Farhan", "Espen Barth Eide"])],
  [P("Dublin", "IE")],
  TR + " Composite. Dateline Oslo is the stop. Dublin meeting scheduled for the next day: future, not gold. Palestine: country topic.",
  ["travel_record", "date_range", "future_event", "dateline_is_event"]))

# 14 --------------------------------------------------------------- von der Leyen Pristina + Belgrade
d = "2024-10-26"
add(D(R, 14, d, """President von der Leyen's visit to the Western Balkans

President von der Leyen travelled to the Western Balkans from 23 to 25 October 2024 to present the new Growth Plan. In Pristina on 24 October, she met President Vjosa Osmani and Prime Minister Albin Kurti and called for de-escalation in the north of Kosovo. On 25 October in Belgrade, she met President Aleksandar Vučić and discussed Serbia's alignment with the EU's foreign policy.

Earlier stops of the tour took the President to North Macedonia, Albania and Montenegro. The President returned to Brussels on 25 October.""",
  [E("meeting", "official visit", "2024-10-24", Q("Pristina", "XK", 42.67, 21.17, q="Pristina"), ["Ursula von der Leyen", "Vjosa Osmani", "Albin Kurti"]),
   E("meeting", "official visit", "2024-10-25", P("Belgrade", "RS"), ["Ursula von der Leyen", "Aleksandar Vučić"])],
  [P("Brussels", "BE")],
  TR + " Earlier stops given by country only (not pinned). Brussels return.",
  ["travel_record", "multi_event", "country_only", "return_leg"]))

# 15 --------------------------------------------------------------- Trudeau Riga
d = "2023-07-10"
add(D(R, 15, d, """Prime Minister Trudeau visits Latvia

Today, the Prime Minister, Justin Trudeau, met with the Prime Minister of Latvia, Krišjānis Kariņš, in Riga. The leaders signed a roadmap to scale up the NATO Forward Land Forces Multinational Brigade in Latvia, which Canada leads.

Prime Minister Trudeau then travelled to Camp Ādaži, where he met with Canadian Armed Forces members deployed on Operation REASSURANCE. Tomorrow, the Prime Minister will travel to Vilnius, Lithuania, for the NATO Summit.""",
  [E("meeting", "bilateral meeting", d, P("Riga", "LV"), ["Justin Trudeau", "Krišjānis Kariņš"]),
   E("other", "troop visit", d, Q("Ādaži", "LV", 57.08, 24.32), ["Justin Trudeau"])],
  [P("Vilnius", "LT")],
  TR + " 'Today' = D. Base visit: kind other (~25 km from Riga, inside the radius). Vilnius summit future.",
  ["travel_record", "site_visit", "future_event"]))

# 16 --------------------------------------------------------------- Ruto Kampala NAM summit
d = "2024-01-20"
add(D(R, 16, d, f"""President Ruto Attends the 19th NAM Summit in Kampala

President William Ruto today joined Heads of State and Government at the 19th Summit of the Non-Aligned Movement at the Speke Resort, Munyonyo, in Kampala. The President, who arrived at Entebbe International Airport last evening, held bilateral talks with President Yoweri Museveni on the sidelines of the summit.

The President will attend the Third South Summit of the Group of 77 and China at the same venue on {WD(d,1)} before returning to Nairobi.""",
  [E("meeting", "summit", [DAY(d, -1), d], Q("Kampala", "UG", 0.32, 32.58), ["William Ruto", "Yoweri Museveni"])],
  [M("Entebbe International Airport", 0.04, 32.44, "UG", "approximate, airport on Lake Victoria"), P("Nairobi", "KE")],
  TR + " Arrival 'last evening' to the summit 'today': D-1..D. Munyonyo lies in Kampala. Entebbe arrival (~35 km, inside the radius). G77 summit next day and Nairobi return: future.",
  ["travel_record", "date_range", "future_event", "transit"]))

# 17 --------------------------------------------------------------- Dissanayake India
d = "2024-12-18"
add(D(R, 17, d, """State Visit of the President of Sri Lanka to India (December 15-17, 2024)

President Anura Kumara Dissanayake paid a State Visit to India from 15 to 17 December 2024, his first overseas visit after assuming office. The President was accorded a ceremonial welcome at Rashtrapati Bhavan on 16 December and held talks with Prime Minister Shri Narendra Modi at Hyderabad House. He also called on President Droupadi Murmu.

On 17 December, the President visited Bodh Gaya in Bihar, where he offered prayers at the Mahabodhi Temple, before departing for Colombo.""",
  [E("meeting", "state visit", ["2024-12-15", "2024-12-16"], ND, ["Anura Kumara Dissanayake", "Narendra Modi", "Droupadi Murmu"]),
   E("other", "pilgrimage", "2024-12-17", Q("Bodh Gaya", "IN", 24.7, 84.99), ["Anura Kumara Dissanayake"])],
  [P("Colombo", "LK")],
  TR + " Host-side record. Hyderabad House and Rashtrapati Bhavan are metonyms inside New Delhi. Bodh Gaya pilgrimage: kind other. Colombo return.",
  ["travel_record", "host_side", "metonym", "site_visit", "return_leg"]))

# 18 --------------------------------------------------------------- Yunus Boao + Beijing
d = "2025-03-29"
add(D(R, 18, d, """Chief Adviser concludes China visit

Chief Adviser Professor Muhammad Yunus concluded his four-day official visit to China today. He arrived in Hainan on 26 March and on 27 March addressed the opening plenary of the Boao Forum for Asia, on the sidelines of which he met Chinese Executive Vice Premier Ding Xuexiang.

On 28 March, the Chief Adviser held a bilateral meeting with President Xi Jinping at the Great Hall of the People in Beijing. Earlier that day, Peking University conferred an honorary doctorate on him. The Chief Adviser returned to Dhaka this evening.""",
  [E("meeting", "bilateral meeting", ["2025-03-26", "2025-03-27"], M("Boao", 19.16, 110.58, "CN", "approximate, resort town in Qionghai, Hainan"), ["Muhammad Yunus", "Ding Xuexiang"]),
   E("meeting", "bilateral meeting", "2025-03-28", P("Beijing", "CN"), ["Muhammad Yunus", "Xi Jinping"]),
   E("other", "honorary degree ceremony", "2025-03-28", P("Beijing", "CN"), ["Muhammad Yunus", "Peking University"])],
  [P("Dhaka", "BD")],
  TR + " Hainan province named; the forum places the stop at Boao. University ceremony: kind other. Dhaka return.",
  ["travel_record", "multi_event", "date_range", "return_leg"]))

# 19 --------------------------------------------------------------- Ramaphosa Harare SADC
d = "2024-08-18"
add(D(R, 19, d, """President Ramaphosa attends the 44th SADC Summit in Zimbabwe

President Cyril Ramaphosa yesterday attended the 44th Ordinary Summit of SADC Heads of State and Government in Harare, Zimbabwe, where President Emmerson Mnangagwa assumed the chairmanship of the regional body. The Summit considered the situation in the eastern Democratic Republic of Congo, where South African troops are deployed as part of the SADC mission (SAMIDRC) around Goma.

The President will travel to Beijing next month for the Forum on China-Africa Cooperation summit.""",
  [E("meeting", "summit", DAY(d, -1), P("Harare", "ZW"), ["Cyril Ramaphosa", "Emmerson Mnangagwa", "SADC leaders"])],
  [P("Goma", "CD"), P("Beijing", "CN")],
  TR + " 'Yesterday' = D-1. Goma: topic of the deployment. Beijing FOCAC future.",
  ["travel_record", "relative_date", "topic_place", "future_event", "nationality"]))

# 20 --------------------------------------------------------------- Yoon Netherlands
d = "2023-12-15"
add(D(R, 20, d, """State Visit to the Kingdom of the Netherlands (December 11-14, 2023)

President Yoon Suk Yeol and First Lady Kim Keon Hee paid a state visit to the Netherlands from December 11 to 14. On December 12, an official welcoming ceremony was held at Dam Square in Amsterdam, followed by a meeting and a state banquet hosted by King Willem-Alexander at the Royal Palace.

On December 13, President Yoon held a summit with Prime Minister Mark Rutte in The Hague, where the two sides agreed on a semiconductor alliance. The same afternoon, the two leaders visited the ASML headquarters in Veldhoven and its clean room. President Yoon returned to Seoul on December 14.""",
  [E("meeting", "state visit", ["2023-12-11", "2023-12-12"], P("Amsterdam", "NL"), ["Yoon Suk Yeol", "Willem-Alexander"]),
   E("meeting", "summit", "2023-12-13", P("The Hague", "NL", "Den Haag"), ["Yoon Suk Yeol", "Mark Rutte"]),
   E("other", "site visit", "2023-12-13", Q("Veldhoven", "NL", 51.42, 5.4), ["Yoon Suk Yeol", "Mark Rutte"])],
  [P("Seoul", "KR")],
  TR + " Three stops; Amsterdam from arrival to the ceremony. ASML visit: kind other. Seoul return.",
  ["travel_record", "multi_event", "date_range", "site_visit", "return_leg", "facility"]))

# 21 --------------------------------------------------------------- Albanese Kokoda
d = "2024-04-26"
ISU = M("Isurava memorial", -8.99, 147.73, "PG", "approximate, memorial on the Kokoda Track")
add(D(R, 21, d, """Prime Minister's visit to Papua New Guinea

I was honoured to walk the Kokoda Track this week with my friend Prime Minister James Marape, the first time an Australian and a PNG prime minister have done so together.

On 23 April, Prime Minister Marape and I held talks in Port Moresby on security and economic cooperation. We flew to Kokoda the next day and walked to Isurava, where on Anzac Day, 25 April, we attended the dawn service at the Isurava memorial. I returned to Canberra today.""",
  [E("meeting", "bilateral meeting", "2024-04-23", P("Port Moresby", "PG"), ["Anthony Albanese", "James Marape"]),
   E("other", "trek", "2024-04-24", Q("Kokoda", "PG", -8.88, 147.74), ["Anthony Albanese", "James Marape"]),
   E("other", "Anzac Day dawn service", "2024-04-25", ISU, ["Anthony Albanese", "James Marape"])],
  [P("Canberra", "AU")],
  TR + " First-person media statement. Trek and dawn service: kind other (~12 km apart). Canberra return.",
  ["travel_record", "site_visit", "memorial", "return_leg"]))

# 22 --------------------------------------------------------------- Emir in Bern
d = "2022-05-20"
add(D(R, 22, d, f"""HH the Amir Concludes Visit to Switzerland

His Highness the Amir Sheikh Tamim bin Hamad Al-Thani concluded on {WD(d)} an official visit to the Swiss Confederation, during which he held talks with Swiss President Ignazio Cassis at the Federal Palace in Bern on {WD(d,-1)}, in the presence of members of the Federal Council.

His Highness the Amir had arrived in Davos earlier in the week to attend the World Economic Forum annual meeting, which opens next week. He left Bern for Berlin, the next stop of his European tour.""",
  [E("meeting", "official visit", DAY(d, -1), Q("Bern", "CH", 46.95, 7.45), ["Tamim bin Hamad Al-Thani", "Ignazio Cassis"])],
  [M("Davos", 46.8, 9.84, "CH", "approximate, resort town in Graubünden"), P("Berlin", "DE")],
  TR + " Composite. Conclusion on D is not a new stop; talks on the previous day. Davos arrival undated, WEF future; Berlin next stop future.",
  ["travel_record", "weekday_date", "future_event", "origin_place"]))

# 23 --------------------------------------------------------------- Scholz Dakar + Pretoria
d = "2022-05-25"
add(D(R, 23, d, """Federal Chancellor Scholz travels to Senegal, Niger and South Africa

On 22 May 2022, Federal Chancellor Olaf Scholz met President Macky Sall in Dakar for talks on energy cooperation and food security, after visiting a solar park at Diass. After a stop in Niger, where he met German soldiers, the Chancellor travelled on to South Africa.

In Pretoria on 24 May, the Chancellor held talks with President Cyril Ramaphosa at the Union Buildings and invited him to the G7 summit at Schloss Elmau in June. The Chancellor visited a Mercedes-Benz plant in East London before flying back to Berlin.""",
  [E("meeting", "bilateral meeting", "2022-05-22", P("Dakar", "SN"), ["Olaf Scholz", "Macky Sall"]),
   E("other", "site visit", "2022-05-22", M("Diass", 14.64, -17.1, "SN", "approximate, town near Blaise Diagne airport"), ["Olaf Scholz"]),
   E("meeting", "bilateral meeting", "2022-05-24", Q("Pretoria", "ZA", -25.74, 28.19), ["Olaf Scholz", "Cyril Ramaphosa"])],
  [M("Schloss Elmau", 47.46, 11.19, "DE", "approximate, castle hotel in Upper Bavaria"), Q("East London", "ZA", -33.02, 27.91), P("Berlin", "DE")],
  TR + " Niger stop country-only. Elmau summit future. East London plant visit undated (non-event). Berlin return.",
  ["travel_record", "multi_event", "country_only", "future_event", "site_visit"]))

# 24 --------------------------------------------------------------- To Lam Dublin + Villers-Cotterets + Paris
d = "2024-10-08"
add(D(R, 24, d, """General Secretary and State President To Lam concludes visits to Mongolia, Ireland and France

After an official visit to Mongolia, General Secretary and State President To Lam arrived in Dublin on October 2, 2024 for an official visit to Ireland, the first by a Vietnamese head of state. On October 3, he held talks with President Michael D. Higgins and Taoiseach Simon Harris.

From October 4 to 5, he attended the 19th Francophonie Summit in Villers-Cotterêts and Paris, and on October 7 he held talks with President Emmanuel Macron at the Élysée Palace, where the two sides upgraded relations to a Comprehensive Strategic Partnership.""",
  [E("meeting", "official visit", ["2024-10-02", "2024-10-03"], P("Dublin", "IE"), ["To Lam", "Michael D. Higgins", "Simon Harris"]),
   E("meeting", "summit", "2024-10-04", Q("Villers-Cotterêts", "FR", 49.25, 3.09), ["To Lam", "Francophonie leaders"]),
   E("meeting", "summit and bilateral meeting", ["2024-10-05", "2024-10-07"], P("Paris", "FR"), ["To Lam", "Emmanuel Macron", "Francophonie leaders"])],
  [],
  TR + " Summit split between Villers-Cotterêts (opening, 4 Oct, ~75 km from Paris) and Paris (5 Oct); the Paris stop runs 5-7 Oct with the talks. Mongolia country-only. Élysée metonym in Paris.",
  ["travel_record", "multi_event", "country_only", "metonym", "date_range"]))

# 25 --------------------------------------------------------------- Marcos Berlin + Prague
d = "2024-03-16"
add(D(R, 25, d, """President Marcos concludes working visit to Germany and Czech Republic

President Ferdinand R. Marcos Jr. met Chancellor Olaf Scholz at the Federal Chancellery in Berlin on March 12, 2024, and spoke at a business forum in Berlin on March 13.

The President then flew to Prague, where he was received by President Petr Pavel at Prague Castle on March 14 and met Prime Minister Petr Fiala on March 15. The President left for Manila on the evening of March 15.""",
  [E("meeting", "working visit", ["2024-03-12", "2024-03-13"], P("Berlin", "DE"), ["Ferdinand Marcos Jr.", "Olaf Scholz"]),
   E("meeting", "official visit", ["2024-03-14", "2024-03-15"], P("Prague", "CZ"), ["Ferdinand Marcos Jr.", "Petr Pavel", "Petr Fiala"])],
  [P("Manila", "PH")],
  TR + " Business forum folded into the Berlin stop. Manila return.",
  ["travel_record", "multi_event", "date_range", "return_leg"]))

# 26 --------------------------------------------------------------- Cholpon-Ata (Kyrgyz host)
d = "2022-07-22"
add(D(R, 26, d, """Consultative Meeting of the Heads of State of Central Asia

On July 21, 2022, President of the Kyrgyz Republic Sadyr Japarov hosted the Fourth Consultative Meeting of the Heads of State of Central Asia in Cholpon-Ata on the shore of Lake Issyk-Kul. Presidents Kassym-Jomart Tokayev, Emomali Rahmon and Shavkat Mirziyoyev and the Chairman of the Halk Maslahaty of Turkmenistan, Gurbanguly Berdimuhamedov, took part.

The leaders discussed the situation in Afghanistan and water and energy cooperation. The next Consultative Meeting will be held in Dushanbe.""",
  [E("meeting", "summit", "2022-07-21", Q("Cholpon-Ata", "KG", 42.65, 77.08), ["Sadyr Japarov", "Kassym-Jomart Tokayev", "Emomali Rahmon", "Shavkat Mirziyoyev", "Gurbanguly Berdimuhamedov"])],
  [P("Dushanbe", "TJ")],
  TR + " Host-side record. Afghanistan topic (country). Dushanbe: future meeting.",
  ["travel_record", "host_side", "future_event"]))

# 27 --------------------------------------------------------------- Kishida Central Asia cancelled
d = "2024-08-09"
add(D(R, 27, d, """Cancellation of Prime Minister Kishida's Visit to Central Asia and Mongolia

Prime Minister KISHIDA Fumio had planned to visit Kazakhstan, Uzbekistan and Mongolia from August 9 to 12, 2024, and to attend the first Central Asia plus Japan Summit in Astana. In light of the Nankai Trough Earthquake Extra Information issued on August 8 after the earthquake off Hyuganada, the Prime Minister decided to cancel the visit in order to remain in Tokyo. Visits to Tashkent and Ulaanbaatar will be rescheduled.""",
  [],
  [P("Astana", "KZ"), P("Tashkent", "UZ"), P("Ulaanbaatar", "MN", "Ulan Bator"), P("Tokyo", "JP")],
  TR + " Cancelled visit: no gold. Earthquake off Hyuganada is not an event of the set's kinds (unpinned).",
  ["travel_record", "cancelled_event", "no_gold"]))

# 28 --------------------------------------------------------------- Murmu Lisbon + Bratislava
d = "2025-04-11"
add(D(R, 28, d, """State Visits of the President to Portugal and Slovakia (April 7-10, 2025)

President Smt. Droupadi Murmu paid a State Visit to Portugal on 7-8 April 2025, the first by an Indian President in 27 years. In Lisbon, she held talks with President Marcelo Rebelo de Sousa and Prime Minister Luís Montenegro, and received the Freedom of the City of Lisbon.

She then paid a State Visit to Slovakia on 9-10 April. In Bratislava, she held talks with President Peter Pellegrini and Prime Minister Robert Fico. On 10 April, she visited Nitra, where she was conferred an honorary doctorate by Constantine the Philosopher University, before returning to New Delhi.""",
  [E("meeting", "state visit", ["2025-04-07", "2025-04-08"], P("Lisbon", "PT", "Lisboa"), ["Droupadi Murmu", "Marcelo Rebelo de Sousa", "Luís Montenegro"]),
   E("meeting", "state visit", ["2025-04-09", "2025-04-10"], P("Bratislava", "SK"), ["Droupadi Murmu", "Peter Pellegrini", "Robert Fico"]),
   E("other", "honorary degree ceremony", "2025-04-10", Q("Nitra", "SK", 48.31, 18.09), ["Droupadi Murmu"])],
  [ND],
  TR + " Nitra ~80 km from Bratislava: separate kind-other stop. New Delhi return.",
  ["travel_record", "multi_event", "date_range", "site_visit", "return_leg"]))

# 29 --------------------------------------------------------------- Wang Yi Naypyitaw + Chiang Mai
d = "2024-08-17"
add(D(R, 29, d, """Wang Yi Visits Myanmar and Attends the Lancang-Mekong Cooperation Foreign Ministers' Meeting in Thailand

On August 14, 2024, Member of the Political Bureau of the CPC Central Committee and Foreign Minister Wang Yi met with Myanmar's acting President and Chairman of the State Administration Council Min Aung Hlaing in Nay Pyi Taw.

On August 15 and 16, Wang Yi attended the Ninth Lancang-Mekong Cooperation Foreign Ministers' Meeting in Chiang Mai, Thailand, and held an informal meeting with the foreign ministers of Thailand, Laos and Myanmar on cross-border telecom fraud centres along the Myanmar border, including those around Myawaddy.""",
  [E("meeting", "official visit", "2024-08-14", P("Nay Pyi Taw", "MM"), ["Wang Yi", "Min Aung Hlaing"]),
   E("meeting", "ministerial meeting", ["2024-08-15", "2024-08-16"], Q("Chiang Mai", "TH", 18.79, 98.98), ["Wang Yi", "Lancang-Mekong foreign ministers"])],
  [Q("Myawaddy", "MM", 16.69, 98.51)],
  TR + " Myawaddy: topic (fraud centres).",
  ["travel_record", "multi_event", "date_range", "topic_place"]))

# 30 --------------------------------------------------------------- Rubio Caribbean
d = "2025-03-28"
add(D(R, 30, d, """Secretary Rubio's Travel to Jamaica, Guyana, and Suriname

Secretary of State Marco Rubio traveled to Kingston, Jamaica, on March 26, 2025, where he met with Prime Minister Andrew Holness and leaders of Barbados, Trinidad and Tobago and Haiti to discuss security and energy. On March 27, the Secretary traveled to Georgetown, Guyana, where he met President Mohamed Irfaan Ali and reaffirmed U.S. support in the face of Venezuelan threats over the Essequibo region.

The Secretary concluded his trip in Paramaribo, Suriname, on March 27, meeting with President Chandrikapersad Santokhi before returning to Washington.""",
  [E("meeting", "official visit", "2025-03-26", Q("Kingston", "JM", 17.99, -76.79), ["Marco Rubio", "Andrew Holness"]),
   E("meeting", "official visit", "2025-03-27", Q("Georgetown", "GY", 6.8, -58.16), ["Marco Rubio", "Mohamed Irfaan Ali"]),
   E("meeting", "official visit", "2025-03-27", Q("Paramaribo", "SR", 5.85, -55.2), ["Marco Rubio", "Chandrikapersad Santokhi"])],
  [M("Essequibo region", 6.5, -59.5, "GY", "approximate, disputed region west of the Essequibo river"), WAS],
  TR + " Homonyms by country (Kingston, Georgetown). Essequibo: topic. Washington return.",
  ["travel_record", "multi_event", "homonym", "topic_place", "return_leg", "nationality"]))
