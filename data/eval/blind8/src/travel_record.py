from lib import *
R = "travel_record"
DOCS = []
add = DOCS.append
TR = "Travel record: one event per stop with its stated day(s); arrivals, departures, transits and returns are not events."
ND = P("New Delhi", "IN", pick=1)
WAS = P("Washington", "US")

# 1 ---------------------------------------------------------------- Modi Brunei + Singapore
d = "2024-09-06"
add(D(R, 1, d, """Visit of Prime Minister to Brunei Darussalam and Singapore (September 03-05, 2024)

Prime Minister Shri Narendra Modi paid an official visit to Brunei Darussalam from 3 to 4 September 2024, the first-ever bilateral visit by an Indian Prime Minister to the country. In Bandar Seri Begawan, Prime Minister held talks with His Majesty Sultan Haji Hassanal Bolkiah at Istana Nurul Iman, inaugurated the new Chancery of the High Commission of India and visited the Omar Ali Saifuddien Mosque.

Prime Minister then travelled to Singapore, where he held talks with Prime Minister Lawrence Wong on 5 September and called on Senior Minister Lee Hsien Loong. The two sides elevated the relationship to a Comprehensive Strategic Partnership.

Prime Minister emplaned for New Delhi on the evening of 5 September.""",
  [E("meeting", "official visit", ["2024-09-03", "2024-09-04"], P("Bandar Seri Begawan", "BN"), ["Narendra Modi", "Hassanal Bolkiah"]),
   E("meeting", "official visit", ["2024-09-04", "2024-09-05"], P("Singapore", "SG"), ["Narendra Modi", "Lawrence Wong", "Lee Hsien Loong"])],
  [ND],
  TR + " Two stops; chancery inauguration and mosque visit fold into the Brunei stop. Singapore stop from arrival on 4 Sept (talks 5 Sept). New Delhi return.",
  ["travel_record", "multi_event", "date_range", "return_leg"]))

# 2 ---------------------------------------------------------------- Kishida Philippines + Malaysia
d = "2023-11-06"
add(D(R, 2, d, """Prime Minister Kishida's Visit to the Philippines and Malaysia

From November 3 to 5, 2023, Prime Minister KISHIDA Fumio visited the Republic of the Philippines and Malaysia.

1. On November 3, upon arrival in Manila, the Prime Minister held a summit meeting with President Ferdinand Marcos Jr. at Malacañang Palace. The two leaders welcomed the start of negotiations on a Reciprocal Access Agreement. On November 4, the Prime Minister delivered an address at a joint session of the Congress of the Philippines, the first by a Japanese Prime Minister.

2. On November 4, the Prime Minister arrived in Kuala Lumpur, and on November 5 he held a summit meeting with Prime Minister Anwar Ibrahim.

3. The Prime Minister returned to Tokyo on the night of November 5.""",
  [E("meeting", "summit", ["2023-11-03", "2023-11-04"], P("Manila", "PH"), ["Kishida Fumio", "Ferdinand Marcos Jr."]),
   E("meeting", "summit", ["2023-11-04", "2023-11-05"], P("Kuala Lumpur", "MY"), ["Kishida Fumio", "Anwar Ibrahim"])],
  [P("Tokyo", "JP")],
  TR + " Two stops with ranges; the address to Congress is part of the Manila stop.",
  ["travel_record", "multi_event", "date_range", "return_leg"]))

# 3 ---------------------------------------------------------------- Wang Yi Pacific
d = "2022-06-05"
add(D(R, 3, d, """Wang Yi Concludes Visits to Pacific Island Countries

From May 26 to June 4, 2022, State Councilor and Foreign Minister Wang Yi paid official visits to Solomon Islands, Kiribati, Samoa, Fiji, Tonga, Vanuatu, Papua New Guinea and Timor-Leste.

In Honiara on May 26 and 27, Wang Yi held talks with Prime Minister Manasseh Sogavare. In Kiribati, he met President Taneti Maamau. In Apia on May 28 he met Prime Minister Fiame Naomi Mata'afa. In Suva, he co-chaired the Second China-Pacific Island Countries Foreign Ministers' Meeting on May 30 and met Prime Minister Frank Bainimarama. He visited Nuku'alofa on May 31, Port Vila on June 1 and Port Moresby on June 2 and 3, before concluding the tour in Dili on June 3 and 4, where he held talks with President José Ramos-Horta.""",
  [E("meeting", "official visit", ["2022-05-26", "2022-05-27"], P("Honiara", "SB"), ["Wang Yi", "Manasseh Sogavare"]),
   E("meeting", "official visit", "2022-05-28", P("Apia", "WS"), ["Wang Yi", "Fiame Naomi Mata'afa"]),
   E("meeting", "ministerial meeting", ["2022-05-29", "2022-05-30"], P("Suva", "FJ"), ["Wang Yi", "Frank Bainimarama", "Pacific Island foreign ministers"]),
   E("meeting", "official visit", "2022-05-31", P("Nuku'alofa", "TO"), ["Wang Yi"]),
   E("meeting", "official visit", "2022-06-01", P("Port Vila", "VU"), ["Wang Yi"]),
   E("meeting", "official visit", ["2022-06-02", "2022-06-03"], P("Port Moresby", "PG"), ["Wang Yi"]),
   E("meeting", "official visit", ["2022-06-03", "2022-06-04"], P("Dili", "TL"), ["Wang Yi", "José Ramos-Horta"])],
  [],
  TR + " Seven pinned stops. Kiribati is named only as a country: not pinned. Suva stop widened to 29-30 May (arrival between Apia and the meeting).",
  ["travel_record", "multi_event", "date_range", "country_only"]))

# 4 ---------------------------------------------------------------- Lula Portugal + Spain (Portuguese)
d = "2023-04-27"
add(D(R, 4, d, f"""Viagem do Presidente da República a Portugal e Espanha

O Presidente Luiz Inácio Lula da Silva realizou visita de Estado a Portugal entre 22 e 25 de abril de 2023. Em Lisboa, no {WDP(d,-5)}, dia 22, o Presidente foi recebido pelo Presidente Marcelo Rebelo de Sousa e participou da XIII Cimeira Luso-Brasileira com o Primeiro-Ministro António Costa. No dia 25, discursou na Assembleia da República na sessão comemorativa do 25 de Abril.

Em seguida, o Presidente seguiu para Madri, onde, em 26 de abril, foi recebido pelo Rei Felipe VI e reuniu-se com o Presidente do Governo, Pedro Sánchez, no Palácio da Moncloa.

O Presidente regressou a Brasília na noite de 26 de abril.""",
  [E("meeting", "state visit", ["2023-04-22", "2023-04-25"], P("Lisbon", "PT"), ["Lula da Silva", "Marcelo Rebelo de Sousa", "António Costa"]),
   E("meeting", "official visit", ["2023-04-25", "2023-04-26"], P("Madrid", "ES"), ["Lula da Silva", "Felipe VI", "Pedro Sánchez"])],
  [P("Brasília", "BR")],
  TR + " Portuguese-language record; weekday in Portuguese. Madrid stop from the evening of 25 April. Brasília return.",
  ["travel_record", "non_english", "weekday_date", "multi_event", "date_range", "return_leg"]))

# 5 ---------------------------------------------------------------- Macron Vietnam/Indonesia/Singapore (French)
d = "2025-05-31"
MAG = P("Magelang (Borobudur)", "ID", "Magelang")
add(D(R, 5, d, f"""Déplacement du Président de la République au Vietnam, en Indonésie et à Singapour (25-30 mai 2025)

Le Président de la République, Emmanuel Macron, s'est rendu au Vietnam du 25 au 27 mai. À Hanoï, il s'est entretenu le 26 mai avec le Secrétaire général To Lam et le Président Luong Cuong.

Du 27 au 29 mai, le Président a effectué une visite d'État en Indonésie. À Jakarta, il a été reçu le 28 mai par le Président Prabowo Subianto au palais Merdeka. Le {WDF(d,-2)} 29 mai, les deux Présidents se sont rendus ensemble au temple de Borobudur, près de Magelang, dans le centre de Java.

Le Président a ensuite rejoint Singapour, où il a prononcé le discours d'ouverture du Dialogue Shangri-La le 30 mai et s'est entretenu avec le Premier ministre Lawrence Wong.""",
  [E("meeting", "official visit", ["2025-05-25", "2025-05-27"], P("Hanoi", "VN"), ["Emmanuel Macron", "To Lam", "Luong Cuong"]),
   E("meeting", "state visit", ["2025-05-27", "2025-05-28"], P("Jakarta", "ID"), ["Emmanuel Macron", "Prabowo Subianto"]),
   E("other", "site visit", "2025-05-29", MAG, ["Emmanuel Macron", "Prabowo Subianto"]),
   E("meeting", "official visit", ["2025-05-29", "2025-05-30"], P("Singapore", "SG"), ["Emmanuel Macron", "Lawrence Wong"])],
  [],
  TR + " French-language record. Borobudur temple visit with the host: kind other (site visit), pinned at Magelang (~15 km).",
  ["travel_record", "non_english", "weekday_date", "multi_event", "date_range", "site_visit"]))

# 6 ---------------------------------------------------------------- Blinken Africa
d = "2024-01-26"
add(D(R, 6, d, """Secretary Blinken's Travel to Cabo Verde, Côte d'Ivoire, Nigeria, and Angola

Secretary of State Antony J. Blinken traveled to Cabo Verde, Côte d'Ivoire, Nigeria, and Angola January 21-25, 2024.

On January 22, the Secretary met with Prime Minister Ulisses Correia e Silva in Praia, then continued to Abidjan, where he met President Alassane Ouattara and attended the Africa Cup of Nations match between Côte d'Ivoire and Equatorial Guinea. In Abuja, January 23-24, the Secretary met President Bola Tinubu and Foreign Minister Yusuf Tuggar. He concluded his trip in Luanda, January 24-25, meeting President João Lourenço.

A stop in Kinshasa that had been under consideration was not added to the itinerary.""",
  [E("meeting", "official visit", "2024-01-22", P("Praia", "CV"), ["Antony Blinken", "Ulisses Correia e Silva"]),
   E("meeting", "official visit", ["2024-01-22", "2024-01-23"], P("Abidjan", "CI"), ["Antony Blinken", "Alassane Ouattara"]),
   E("meeting", "official visit", ["2024-01-23", "2024-01-24"], P("Abuja", "NG"), ["Antony Blinken", "Bola Tinubu", "Yusuf Tuggar"]),
   E("meeting", "official visit", ["2024-01-24", "2024-01-25"], P("Luanda", "AO"), ["Antony Blinken", "João Lourenço"])],
  [P("Kinshasa", "CD")],
  TR + " Four stops. The football match folds into the Abidjan stop. Kinshasa stop not made: not gold.",
  ["travel_record", "multi_event", "date_range", "cancelled_event"]))

# 7 ---------------------------------------------------------------- Fidan China
d = "2024-06-07"
add(D(R, 7, d, """Visit of Minister of Foreign Affairs Hakan Fidan to the People's Republic of China, 3-6 June 2024

Minister of Foreign Affairs Hakan Fidan paid an official visit to China on 3-6 June 2024. In Beijing, Minister Fidan met with Vice President Han Zheng and held talks with Minister of Foreign Affairs Wang Yi on 4 June.

On 5 June, Minister Fidan travelled to Urumqi, where he met with the Party Secretary of the Xinjiang Uyghur Autonomous Region, Ma Xingrui. On 6 June he visited Kashgar, where he toured the old city and the Id Kah Mosque and met Uyghur Turkic community representatives.

Minister Fidan returned to Ankara on 6 June.""",
  [E("meeting", "official visit", ["2024-06-03", "2024-06-04"], P("Beijing", "CN"), ["Hakan Fidan", "Han Zheng", "Wang Yi"]),
   E("meeting", "official visit", "2024-06-05", P("Urumqi", "CN", "Ürümqi"), ["Hakan Fidan", "Ma Xingrui"]),
   E("other", "site visit", "2024-06-06", P("Kashgar", "CN"), ["Hakan Fidan", "community representatives"])],
  [P("Ankara", "TR")],
  TR + " Kashgar: tour and community meeting → other. Ankara return.",
  ["travel_record", "multi_event", "date_range", "site_visit", "return_leg"]))

# 8 ---------------------------------------------------------------- Guterres Nepal
d = "2023-11-02"
LUM = M("Lumbini", 27.48, 83.276, "NP", "approximate, birthplace of the Buddha, Rupandehi district")
add(D(R, 8, d, f"""Secretary-General's travels to Nepal, 29 October - 1 November 2023

The Secretary-General arrived in Kathmandu on the evening of {WD(d,-4)}, 29 October. On 30 October, he met President Ram Chandra Paudel and Prime Minister Pushpa Kamal Dahal and addressed a joint session of the Federal Parliament.

On 31 October, the Secretary-General flew over the Everest region and travelled to Pokhara, from where he visited the Annapurna base camp area to see the impact of climate change on the Himalayan glaciers. On 1 November, he visited Lumbini, the birthplace of the Lord Buddha, before departing for New York.""",
  [E("meeting", "official visit", ["2023-10-29", "2023-10-30"], P("Kathmandu", "NP"), ["António Guterres", "Ram Chandra Paudel", "Pushpa Kamal Dahal"]),
   E("other", "site visit", "2023-10-31", P("Pokhara", "NP"), ["António Guterres"]),
   E("other", "site visit", "2023-11-01", LUM, ["António Guterres"])],
  [P("New York", "US")],
  TR + " 'Sunday, 29 October' is in the text: the weekday is a date label. Pokhara and Lumbini are site visits (other). Everest flyover not pinned. New York departure.",
  ["travel_record", "multi_event", "site_visit", "return_leg"]))

# 9 ---------------------------------------------------------------- Pezeshkian Iraq
d = "2024-09-14"
add(D(R, 9, d, """President Pezeshkian's official visit to Iraq (11-13 September 2024)

President Masoud Pezeshkian, on his first foreign trip since taking office, arrived in Baghdad on 11 September, where he was welcomed by Prime Minister Mohammed Shia al-Sudani and signed 14 memoranda of understanding. He also met President Abdul Latif Rashid.

On 12 September, the President travelled to Erbil and met Kurdistan Region President Nechirvan Barzani, and then to Sulaimaniyah for talks with PUK leader Bafel Talabani. On 13 September, he visited Basra, where he met the governor and Iranian business people.

On his way, the President made a pilgrimage to the holy shrines in Najaf and Karbala. He returned to Tehran on the evening of 13 September.""",
  [E("meeting", "official visit", ["2024-09-11", "2024-09-12"], P("Baghdad", "IQ"), ["Masoud Pezeshkian", "Mohammed Shia al-Sudani", "Abdul Latif Rashid"]),
   E("meeting", "official visit", "2024-09-12", P("Erbil", "IQ"), ["Masoud Pezeshkian", "Nechirvan Barzani"]),
   E("meeting", "official visit", "2024-09-12", P("Sulaimaniyah", "IQ", "Sulaymaniyah"), ["Masoud Pezeshkian", "Bafel Talabani"]),
   E("meeting", "official visit", "2024-09-13", P("Basra", "IQ", "Basrah"), ["Masoud Pezeshkian"]),
   E("other", "pilgrimage", ["2024-09-11", "2024-09-13"], P("Najaf", "IQ"), ["Masoud Pezeshkian"]),
   E("other", "pilgrimage", ["2024-09-11", "2024-09-13"], P("Karbala", "IQ"), ["Masoud Pezeshkian"])],
  [P("Tehran", "IR")],
  TR + " Four meeting stops. Shrine visits undated within the trip: other, over the trip range. Tehran return.",
  ["travel_record", "multi_event", "date_range", "site_visit", "return_leg"]))

# 10 --------------------------------------------------------------- Putin China (Beijing + Harbin)
d = "2024-05-18"
add(D(R, 10, d, f"""Vladimir Putin's state visit to the People's Republic of China

Vladimir Putin was on a state visit to China on May 16-17. On {WD(d,-2)}, in Beijing, Russian-Chinese talks took place in the Great Hall of the People, in restricted and expanded format, with President of the People's Republic of China Xi Jinping. The leaders signed a Joint Statement on deepening the comprehensive partnership. In the evening, Vladimir Putin and Xi Jinping had an informal conversation in the Zhongnanhai residence.

On {WD(d,-1)}, the President travelled to Harbin, where he attended the opening of the 8th Russian-Chinese Expo together with Premier of the State Council Li Qiang's deputy, Vice Premier Ding Xuexiang, and visited the Harbin Institute of Technology.""",
  [E("meeting", "state visit", "2024-05-16", P("Beijing", "CN"), ["Vladimir Putin", "Xi Jinping"]),
   E("meeting", "official visit", "2024-05-17", P("Harbin", "CN"), ["Vladimir Putin", "Ding Xuexiang"])],
  [],
  TR + " Kremlin-style record. Harbin: Expo opening with the Vice Premier (meeting); the university visit folds into the stop.",
  ["travel_record", "multi_event", "weekday_date"]))

# 11 --------------------------------------------------------------- Muizzu in India (host side)
d = "2024-10-10"
add(D(R, 11, d, """State Visit of the President of Maldives to India (October 06-10, 2024)

President of the Republic of Maldives, Dr. Mohamed Muizzu, paid a State Visit to India from 6 to 10 October 2024, at the invitation of the President of India. This was his first bilateral visit to India.

On 7 October, President Muizzu was accorded a ceremonial welcome at Rashtrapati Bhavan and held talks with Prime Minister Shri Narendra Modi at Hyderabad House, New Delhi. He called on President Smt. Droupadi Murmu. On 8 October, he visited the Taj Mahal in Agra.

President Muizzu travelled to Mumbai on 9 October for a business event, and to Bengaluru on 10 October, from where he departed for Male.""",
  [E("meeting", "state visit", ["2024-10-06", "2024-10-07"], ND, ["Mohamed Muizzu", "Narendra Modi", "Droupadi Murmu"]),
   E("other", "site visit", "2024-10-08", P("Agra", "IN"), ["Mohamed Muizzu"]),
   E("other", "business event", "2024-10-09", P("Mumbai", "IN"), ["Mohamed Muizzu"]),
   E("other", "visit", "2024-10-10", P("Bengaluru", "IN"), ["Mohamed Muizzu"])],
  [P("Male", "MV"), P("Hyderabad", "IN")],
  TR + " Host-side record: the official talks in New Delhi are the meeting. Agra (Taj Mahal), Mumbai (business event) and Bengaluru (departure point, no stated meeting) are kind other. 'Hyderabad House' is a building in New Delhi, not the city of Hyderabad.",
  ["travel_record", "host_side", "multi_event", "site_visit", "metonym"]))

# 12 --------------------------------------------------------------- Austin PNG + Australia
d = "2023-07-31"
add(D(R, 12, d, """Secretary of Defense Lloyd J. Austin III Travel to Papua New Guinea and Australia

Secretary of Defense Lloyd J. Austin III traveled to Papua New Guinea and Australia July 26-30, 2023. On July 27, in Port Moresby, Secretary Austin met with Prime Minister James Marape and Defence Minister Win Bakri Daki, the first visit to Papua New Guinea by a sitting U.S. Secretary of Defense.

The Secretary then traveled to Brisbane, where he and Secretary of State Antony J. Blinken participated in the Australia-U.S. Ministerial Consultations (AUSMIN) with Deputy Prime Minister Richard Marles and Foreign Minister Penny Wong on July 28-29. On July 30, the Secretary visited U.S. and Australian troops taking part in exercise Talisman Sabre in Townsville.""",
  [E("meeting", "official visit", "2023-07-27", P("Port Moresby", "PG"), ["Lloyd Austin", "James Marape", "Win Bakri Daki"]),
   E("meeting", "ministerial consultations", ["2023-07-28", "2023-07-29"], P("Brisbane", "AU"), ["Lloyd Austin", "Antony Blinken", "Richard Marles", "Penny Wong"]),
   E("other", "troop visit", "2023-07-30", P("Townsville", "AU"), ["Lloyd Austin"])],
  [],
  TR + " Troop visit at an exercise: other.",
  ["travel_record", "multi_event", "date_range", "site_visit"]))

# 13 --------------------------------------------------------------- Colombian FM Caribbean (Spanish)
d = "2023-09-16"
add(D(R, 13, d, f"""Gira del Canciller por el Caribe

El Canciller Álvaro Leyva Durán realizó una gira de trabajo por el Caribe entre el 11 y el 15 de septiembre de 2023. El {WDS(d,-5)} 11 de septiembre, en Kingston, se reunió con el Primer Ministro de Jamaica, Andrew Holness. El 13 de septiembre, en Bridgetown, sostuvo un encuentro con la Primera Ministra de Barbados, Mia Amor Mottley, sobre la agenda climática.

La gira concluyó en Georgetown, Guyana, el 14 y 15 de septiembre, con una reunión con el Presidente Irfaan Ali. La escala prevista en Puerto España fue aplazada.

El Canciller regresó a Bogotá el 15 de septiembre.""",
  [E("meeting", "official visit", "2023-09-11", P("Kingston", "JM"), ["Álvaro Leyva", "Andrew Holness"]),
   E("meeting", "official visit", "2023-09-13", P("Bridgetown", "BB"), ["Álvaro Leyva", "Mia Mottley"]),
   E("meeting", "official visit", ["2023-09-14", "2023-09-15"], P("Georgetown", "GY"), ["Álvaro Leyva", "Irfaan Ali"])],
  [P("Port of Spain", "TT"), P("Bogotá", "CO")],
  TR + " Spanish-language record. Homonyms: Kingston (Jamaica, not Ontario), Georgetown (Guyana, not Penang). Postponed Port of Spain stop: not gold.",
  ["travel_record", "non_english", "weekday_date", "multi_event", "homonym", "postponed_event", "return_leg"]))

# 14 --------------------------------------------------------------- AlUla GCC summit (host side)
d = "2021-01-06"
ULA = P("AlUla", "SA", "Al-Ula")
add(D(R, 14, d, f"""HRH the Crown Prince receives GCC leaders in AlUla

AlUla, SPA — His Royal Highness Prince Mohammed bin Salman bin Abdulaziz, Crown Prince, Deputy Prime Minister and Minister of Defense, received at Prince Abdulmajeed bin Abdulaziz Airport in AlUla on {WD(d,-1)} His Highness Sheikh Tamim bin Hamad Al Thani, Amir of the State of Qatar, and the leaders and heads of delegations of the GCC states participating in the 41st session of the Supreme Council.

The Crown Prince later chaired the session at Maraya hall, at which the leaders signed the AlUla Declaration. His Highness the Amir of Qatar departed AlUla in the evening for Doha.""",
  [E("meeting", "summit", DAY(d,-1), ULA, ["Mohammed bin Salman", "Tamim bin Hamad Al Thani", "GCC leaders"])],
  [P("Doha", "QA")],
  TR + " Host-side record (Saudi Press Agency). 'AlUla Declaration' is also a metonym, same place. Doha departure.",
  ["travel_record", "host_side", "weekday_date", "return_leg"]))

# 15 --------------------------------------------------------------- Rubio Central America
d = "2025-02-07"
add(D(R, 15, d, """Secretary Rubio's Travel to Panama, El Salvador, Costa Rica, Guatemala, and the Dominican Republic

Secretary of State Marco Rubio traveled to Central America and the Caribbean February 1-6, 2025, his first trip as Secretary.

In Panama City on February 2, the Secretary met President José Raúl Mulino and Foreign Minister Javier Martínez-Acha and toured the Miraflores Locks of the Panama Canal. On February 3, he met President Nayib Bukele at his residence at Lake Coatepeque, outside San Salvador. The Secretary was in San José on February 4 for talks with President Rodrigo Chaves, and in Guatemala City on February 5, where he met President Bernardo Arévalo. He concluded the trip in Santo Domingo, February 5-6, meeting President Luis Abinader.""",
  [E("meeting", "official visit", ["2025-02-01", "2025-02-02"], P("Panama City", "PA"), ["Marco Rubio", "José Raúl Mulino"]),
   E("meeting", "official visit", "2025-02-03", M("Lake Coatepeque", 13.87, -89.55, "SV", "approximate, crater lake west of San Salvador"), ["Marco Rubio", "Nayib Bukele"], alts=[P("San Salvador", "SV")]),
   E("meeting", "official visit", "2025-02-04", P("San José", "CR"), ["Marco Rubio", "Rodrigo Chaves"]),
   E("meeting", "official visit", "2025-02-05", P("Guatemala City", "GT"), ["Marco Rubio", "Bernardo Arévalo"]),
   E("meeting", "official visit", ["2025-02-05", "2025-02-06"], P("Santo Domingo", "DO"), ["Marco Rubio", "Luis Abinader"])],
  [],
  TR + " Five stops. Canal locks tour folds into the Panama City stop. Bukele meeting at Lake Coatepeque (~40 km from San Salvador, alternate). San José is the Costa Rican capital.",
  ["travel_record", "multi_event", "date_range", "homonym"]))

# 16 --------------------------------------------------------------- von der Leyen Lampedusa
d = "2023-09-18"
add(D(R, 16, d, f"""President von der Leyen visits Lampedusa with Prime Minister Meloni

On {WD(d,-1)} 17 September, President Ursula von der Leyen travelled to the island of Lampedusa at the invitation of Italian Prime Minister Giorgia Meloni, following the arrival of more than 10,000 migrants in one week. The two leaders visited the migrant reception centre (hotspot) in Contrada Imbriacola and met local authorities and the Red Cross.

The President presented a 10-point plan for immediate action. She flew back to Brussels via Rome in the evening.""",
  [E("meeting", "visit", DAY(d,-1), P("Lampedusa", "IT"), ["Ursula von der Leyen", "Giorgia Meloni"])],
  [P("Brussels", "BE"), P("Rome", "IT")],
  TR + " Joint visit with the host PM: meeting. Hotspot visit folds into it. Brussels via Rome: return leg and transit.",
  ["travel_record", "weekday_date", "transit", "return_leg"]))

# 17 --------------------------------------------------------------- Ishiba Indonesia
d = "2025-01-13"
add(D(R, 17, d, """Prime Minister Ishiba's Visit to Indonesia

On January 11 and 12, 2025, Prime Minister ISHIBA Shigeru visited the Republic of Indonesia, following his visit to Malaysia.

On January 11, the Prime Minister held a Japan-Indonesia Summit Meeting with President Prabowo Subianto at the Bogor Presidential Palace, followed by a working lunch. On January 12, in Jakarta, the Prime Minister visited the ASEAN Secretariat and met Secretary-General Kao Kim Hourn, then departed for Tokyo.""",
  [E("meeting", "summit", "2025-01-11", P("Bogor", "ID"), ["Ishiba Shigeru", "Prabowo Subianto"]),
   E("meeting", "visit", "2025-01-12", P("Jakarta", "ID"), ["Ishiba Shigeru", "Kao Kim Hourn"])],
  [P("Tokyo", "JP")],
  TR + " Bogor and Jakarta ~45 km apart: separate stops. Earlier Malaysia visit named by country only.",
  ["travel_record", "multi_event", "country_only", "return_leg"]))

# 18 --------------------------------------------------------------- Carney Paris + London + Iqaluit
d = "2025-03-19"
add(D(R, 18, d, """Prime Minister Carney concludes visit to France and the United Kingdom

Prime Minister Mark Carney travelled to Paris and London on March 17, 2025, his first foreign trip as Prime Minister. In Paris, he met President Emmanuel Macron at the Élysée Palace. He then travelled to London, where he met Prime Minister Keir Starmer at 10 Downing Street and was received by His Majesty King Charles III at Buckingham Palace.

On March 18, on his way home, the Prime Minister stopped in Iqaluit, Nunavut, where he announced investments in Arctic security and over-the-horizon radar.""",
  [E("meeting", "official visit", "2025-03-17", P("Paris", "FR"), ["Mark Carney", "Emmanuel Macron"]),
   E("meeting", "official visit", ["2025-03-17", "2025-03-18"], P("London", "GB"), ["Mark Carney", "Keir Starmer", "Charles III"]),
   E("other", "domestic announcement", "2025-03-18", P("Iqaluit", "CA"), ["Mark Carney"])],
  [],
  TR + " 'Élysée', 'Downing Street' are buildings in the cities. Iqaluit: domestic announcement (other).",
  ["travel_record", "multi_event", "date_range", "metonym"]))

# 19 --------------------------------------------------------------- Mahama AES tour
d = "2025-03-10"
add(D(R, 19, d, f"""President Mahama undertakes working visits to Mali, Burkina Faso and Niger

President John Dramani Mahama on {WD(d,-2)} began a tour of the three states of the Alliance of Sahel States (AES). In Bamako, he held talks with President Assimi Goïta at Koulouba Palace on {WD(d,-2)}. He travelled to Ouagadougou on {WD(d,-1)}, where he met Captain Ibrahim Traoré, and later the same day to Niamey for talks with General Abdourahamane Tiani.

The President was accompanied by the Minister for Foreign Affairs, Samuel Okudzeto Ablakwa. He returned to Accra on {WD(d,-1)} night.""",
  [E("meeting", "working visit", DAY(d,-2), P("Bamako", "ML"), ["John Mahama", "Assimi Goïta"]),
   E("meeting", "working visit", DAY(d,-1), P("Ouagadougou", "BF"), ["John Mahama", "Ibrahim Traoré"]),
   E("meeting", "working visit", DAY(d,-1), P("Niamey", "NE"), ["John Mahama", "Abdourahamane Tiani"])],
  [P("Accra", "GH")],
  TR + " Weekday schedule. 'Koulouba Palace' in Bamako. Accra return.",
  ["travel_record", "multi_event", "weekday_date", "return_leg"]))

# 20 --------------------------------------------------------------- Dissanayake China
d = "2025-01-18"
add(D(R, 20, d, """State Visit of President Anura Kumara Dissanayake to the People's Republic of China (14-17 January 2025)

President Anura Kumara Dissanayake undertook a State Visit to China from 14 to 17 January 2025 at the invitation of President Xi Jinping. On 15 January, the President held official talks with President Xi at the Great Hall of the People in Beijing and met Premier Li Qiang and Chairman Zhao Leji.

On 16 January, the President travelled to Sichuan Province, and in Chengdu he met the Party Secretary of Sichuan, Wang Xiaohui, and visited an agricultural technology park. The President returned to Colombo on 17 January.""",
  [E("meeting", "state visit", ["2025-01-14", "2025-01-15"], P("Beijing", "CN"), ["Anura Kumara Dissanayake", "Xi Jinping", "Li Qiang"]),
   E("meeting", "visit", ["2025-01-16", "2025-01-17"], P("Chengdu", "CN"), ["Anura Kumara Dissanayake", "Wang Xiaohui"])],
  [P("Colombo", "LK")],
  TR + " Sichuan Province named, visit pinned at Chengdu. Colombo return.",
  ["travel_record", "multi_event", "date_range", "admin_qualifier", "return_leg"]))

# 21 --------------------------------------------------------------- Shehbaz four-nation tour
d = "2025-05-31"
add(D(R, 21, d, """PM's visit to Türkiye, Iran, Azerbaijan and Tajikistan (25-30 May 2025)

Prime Minister Muhammad Shehbaz Sharif undertook visits to Türkiye, Iran, Azerbaijan and Tajikistan from 25 to 30 May 2025 to thank friendly countries for their support during the recent crisis with India.

In Istanbul on 25 May, the Prime Minister met President Recep Tayyip Erdoğan at the Dolmabahçe Office. In Tehran on 26 May, he held talks with President Masoud Pezeshkian and called on the Supreme Leader. On 28 May, he attended a trilateral summit with President Ilham Aliyev and President Erdoğan in Lachin, Azerbaijan, coinciding with Independence Day. The Prime Minister concluded the tour in Dushanbe, where he attended the International Conference on Glaciers' Preservation on 29-30 May and met President Emomali Rahmon.""",
  [E("meeting", "official visit", "2025-05-25", P("Istanbul", "TR"), ["Shehbaz Sharif", "Recep Tayyip Erdoğan"]),
   E("meeting", "official visit", "2025-05-26", P("Tehran", "IR"), ["Shehbaz Sharif", "Masoud Pezeshkian", "Ali Khamenei"]),
   E("meeting", "summit", "2025-05-28", P("Lachin", "AZ", "Laçın"), ["Shehbaz Sharif", "Ilham Aliyev", "Recep Tayyip Erdoğan"]),
   E("meeting", "conference", ["2025-05-29", "2025-05-30"], P("Dushanbe", "TJ"), ["Shehbaz Sharif", "Emomali Rahmon"])],
  [],
  TR + " Four stops. 'Recent crisis with India' is a country-level topic. 'Dolmabahçe Office' is in Istanbul.",
  ["travel_record", "multi_event", "date_range", "topic_place"]))

# 22 --------------------------------------------------------------- Ramaphosa peace mission
d = "2023-06-19"
add(D(R, 22, d, """President Ramaphosa leads African Peace Mission to Ukraine and Russia

President Cyril Ramaphosa led the African Peace Mission, comprising Heads of State and Government and representatives of Comoros, Congo-Brazzaville, Egypt, Senegal, Uganda and Zambia, to Ukraine and Russia on 16 and 17 June 2023.

The delegation travelled by train from Poland and, on 16 June, visited the site of a mass grave in Bucha before meeting President Volodymyr Zelensky in Kyiv. On 17 June, the delegation met President Vladimir Putin at the Konstantinovsky Palace in Saint Petersburg.

The President's security detail was held up at Warsaw Chopin Airport on 15 June.""",
  [E("meeting", "peace mission", "2023-06-16", P("Kyiv", "UA"), ["Cyril Ramaphosa", "Volodymyr Zelensky", "African leaders"]),
   E("other", "site visit", "2023-06-16", P("Bucha", "UA"), ["Cyril Ramaphosa", "African leaders"]),
   E("meeting", "peace mission", "2023-06-17", M("Konstantinovsky Palace, Strelna", 59.855, 30.07, "RU", "approximate, palace at Strelna, south-west Saint Petersburg"), ["Cyril Ramaphosa", "Vladimir Putin", "African leaders"], alts=[P("Saint Petersburg", "RU")])],
  [P("Warsaw", "PL")],
  TR + " Bucha mass-grave visit: other (~25 km from Kyiv; Bucha gold in blind5/6). Warsaw: transit incident, not a meeting. Countries of the delegation not pinned.",
  ["travel_record", "multi_event", "site_visit", "transit", "nationality"]))

# 23 --------------------------------------------------------------- Modi Bhutan postponed
d = "2024-03-20"
add(D(R, 23, d, """Postponement of the State Visit of Prime Minister to Bhutan

In view of the ongoing inclement weather over the Paro airport, it has been decided to postpone the State Visit of Prime Minister to Bhutan, scheduled for 21-22 March 2024. New dates are being worked out by both sides through diplomatic channels.""",
  [],
  [P("Paro", "BT")],
  TR + " Postponed visit: no gold. Paro airport named only as the cause.",
  ["travel_record", "postponed_event", "no_gold"]))

# 24 --------------------------------------------------------------- Yoon Central Asia
d = "2024-06-16"
add(D(R, 24, d, """President Yoon Suk Yeol's State Visits to Turkmenistan, Kazakhstan and Uzbekistan

President Yoon Suk Yeol paid state visits to three Central Asian countries from June 10 to 15, 2024.

In Ashgabat on June 11, President Yoon held a summit with President Serdar Berdimuhamedov and met Hero-Arkadag Gurbanguly Berdimuhamedov. In Astana, June 12-13, he held talks with President Kassym-Jomart Tokayev. In Tashkent on June 14, the President held a summit with President Shavkat Mirziyoyev, and the two leaders travelled together to Samarkand on June 15, where they toured the historic centre.""",
  [E("meeting", "state visit", ["2024-06-10", "2024-06-11"], P("Ashgabat", "TM"), ["Yoon Suk Yeol", "Serdar Berdimuhamedov"]),
   E("meeting", "state visit", ["2024-06-12", "2024-06-13"], P("Astana", "KZ"), ["Yoon Suk Yeol", "Kassym-Jomart Tokayev"]),
   E("meeting", "state visit", "2024-06-14", P("Tashkent", "UZ"), ["Yoon Suk Yeol", "Shavkat Mirziyoyev"]),
   E("meeting", "visit", "2024-06-15", P("Samarkand", "UZ"), ["Yoon Suk Yeol", "Shavkat Mirziyoyev"])],
  [],
  TR + " Samarkand visit together with the host president: kept as a meeting.",
  ["travel_record", "multi_event", "date_range"]))

# 25 --------------------------------------------------------------- Albanese China
d = "2023-11-08"
add(D(R, 25, d, """Visit to the People's Republic of China

Prime Minister Anthony Albanese visited the People's Republic of China from 4 to 7 November 2023, the first visit by an Australian Prime Minister since 2016.

In Shanghai on 4 and 5 November, the Prime Minister attended the opening of the China International Import Expo and met Premier Li Qiang on the sidelines. In Beijing, on 6 November, he held talks with President Xi Jinping at the Great Hall of the People and, on 7 November, the annual leaders' meeting with Premier Li. He also visited the Temple of Heaven, where he had been photographed as a young man in 1991.

The Prime Minister returned to Canberra on 8 November.""",
  [E("meeting", "visit", ["2023-11-04", "2023-11-05"], P("Shanghai", "CN"), ["Anthony Albanese", "Li Qiang"]),
   E("meeting", "official visit", ["2023-11-06", "2023-11-07"], P("Beijing", "CN"), ["Anthony Albanese", "Xi Jinping", "Li Qiang"])],
  [P("Canberra", "AU")],
  TR + " Two stops. Temple of Heaven visit folds into Beijing. '1991' photograph is old background. Canberra return.",
  ["travel_record", "multi_event", "date_range", "return_leg"]))

# 26 --------------------------------------------------------------- Amiri Diwan: Kagame + call
d = "2024-11-13"
add(D(R, 26, d, f"""Amiri Diwan News

His Highness the Amir Sheikh Tamim bin Hamad Al Thani met at Lusail Palace on {WD(d,-1)} with President of the Republic of Rwanda Paul Kagame, who is on a working visit to the country. They reviewed cooperation in aviation, investment and sport, and the efforts to end the conflict in eastern Congo.

His Highness the Amir also received a phone call on the same day from President of the French Republic Emmanuel Macron. They discussed the situation in Lebanon and Gaza and the efforts to achieve a ceasefire.""",
  [E("meeting", "working visit", DAY(d,-1), P("Lusail", "QA"), ["Tamim bin Hamad Al Thani", "Paul Kagame"], alts=[P("Doha", "QA")]),
   E("call", "phone call", DAY(d,-1), P("Doha", "QA"), ["Tamim bin Hamad Al Thani", "Emmanuel Macron"], alts=[P("Paris", "FR")])],
  [M("Gaza", 31.5, 34.47, "PS", "approximate, Gaza City")],
  TR + " Host-side record. Lusail Palace (~15 km from Doha; Doha alternate). Call: kind call at the host capital, Paris alternate. Eastern Congo and Lebanon (regions/countries) and Gaza are topics.",
  ["travel_record", "host_side", "call", "weekday_date", "topic_place"]))

# 27 --------------------------------------------------------------- Scholz Uzbekistan + Kazakhstan
d = "2024-09-18"
add(D(R, 27, d, """Federal Chancellor Scholz travels to Uzbekistan and Kazakhstan

Federal Chancellor Olaf Scholz travelled to Central Asia from 15 to 17 September 2024. In Samarkand, on 15 September, the Chancellor met President Shavkat Mirziyoyev; the two governments signed an agreement on migration and skilled workers.

On 16 September, the Chancellor travelled on to Astana, where he held talks with President Kassym-Jomart Tokayev and, on 17 September, took part in the summit of the Central Asian heads of state with Germany (Z5+1). The Chancellor had to cancel a planned visit to the Kyrgyz capital Bishkek because of the schedule.""",
  [E("meeting", "official visit", "2024-09-15", P("Samarkand", "UZ"), ["Olaf Scholz", "Shavkat Mirziyoyev"]),
   E("meeting", "summit", ["2024-09-16", "2024-09-17"], P("Astana", "KZ"), ["Olaf Scholz", "Kassym-Jomart Tokayev", "Central Asian leaders"])],
  [P("Bishkek", "KG")],
  TR + " Two stops. Cancelled Bishkek visit: not gold.",
  ["travel_record", "multi_event", "date_range", "cancelled_event"]))

# 28 --------------------------------------------------------------- Murmu Algeria/Mauritania/Malawi
d = "2024-10-20"
add(D(R, 28, d, """State Visits of President to Algeria, Mauritania and Malawi (October 13-19, 2024)

President Smt. Droupadi Murmu paid State Visits to Algeria, Mauritania and Malawi from 13 to 19 October 2024.

In Algiers, 13-15 October, the President held talks with President Abdelmadjid Tebboune and addressed the India-Algeria Economic Forum. On 14 October she visited the Sidi Abdellah Science and Technology Pole.

On 16 October, the President paid the first-ever visit by an Indian Head of State to Mauritania, holding talks with President Mohamed Ould Ghazouani in Nouakchott.

In Malawi, 17-19 October, the President met President Lazarus Chakwera in Lilongwe and, on 19 October, visited an artificial-limb fitment camp in Blantyre before emplaning for New Delhi.""",
  [E("meeting", "state visit", ["2024-10-13", "2024-10-15"], P("Algiers", "DZ"), ["Droupadi Murmu", "Abdelmadjid Tebboune"]),
   E("meeting", "state visit", "2024-10-16", P("Nouakchott", "MR"), ["Droupadi Murmu", "Mohamed Ould Ghazouani"]),
   E("meeting", "state visit", ["2024-10-17", "2024-10-18"], P("Lilongwe", "MW"), ["Droupadi Murmu", "Lazarus Chakwera"]),
   E("other", "site visit", "2024-10-19", P("Blantyre", "MW"), ["Droupadi Murmu"])],
  [ND],
  TR + " Three meeting stops; Sidi Abdellah (~25 km from Algiers) folds into Algiers. Blantyre camp visit: other. New Delhi return.",
  ["travel_record", "multi_event", "date_range", "site_visit", "return_leg"]))

# 29 --------------------------------------------------------------- Xi Paris + Tourmalet + Belgrade + Budapest
d = "2024-05-11"
TOUR = M("Col du Tourmalet", 42.908, 0.145, "FR", "approximate, mountain pass in the Hautes-Pyrénées")
add(D(R, 29, d, """President Xi Jinping Concludes State Visits to France, Serbia and Hungary

From May 5 to 10, 2024, President Xi Jinping paid state visits to France, Serbia and Hungary. In Paris on May 6, President Xi held talks with President Emmanuel Macron and attended a trilateral meeting with European Commission President Ursula von der Leyen at the Élysée Palace. On May 7, at the invitation of President Macron, President Xi travelled to the Hautes-Pyrénées, where the two heads of state held a private meeting at the Col du Tourmalet.

In Belgrade, May 7-8, President Xi held talks with President Aleksandar Vučić. The tour ended in Budapest, May 8-10, with talks with Prime Minister Viktor Orbán.""",
  [E("meeting", "state visit", ["2024-05-05", "2024-05-06"], P("Paris", "FR"), ["Xi Jinping", "Emmanuel Macron", "Ursula von der Leyen"]),
   E("meeting", "private meeting", "2024-05-07", TOUR, ["Xi Jinping", "Emmanuel Macron"], alts=[P("Bagnères-de-Bigorre", "FR")]),
   E("meeting", "state visit", ["2024-05-07", "2024-05-08"], P("Belgrade", "RS"), ["Xi Jinping", "Aleksandar Vučić"]),
   E("meeting", "state visit", ["2024-05-08", "2024-05-10"], P("Budapest", "HU"), ["Xi Jinping", "Viktor Orbán"])],
  [],
  TR + " Four stops; the Tourmalet meeting is in a mountain pass (Bagnères-de-Bigorre ~17 km as alternate; Hautes-Pyrénées department not pinned).",
  ["travel_record", "multi_event", "date_range", "admin_qualifier"]))

# 30 --------------------------------------------------------------- Netanyahu Washington + Palm Beach
d = "2024-07-28"
add(D(R, 30, d, f"""Prime Minister Netanyahu concludes visit to the United States

Prime Minister Benjamin Netanyahu returned to Israel on {WD(d,-1)} night at the end of a week-long visit to the United States. On 24 July, the Prime Minister addressed a joint meeting of the US Congress in Washington. On 25 July, he met President Joe Biden at the White House and, separately, Vice President Kamala Harris.

On {WD(d,-2)} 26 July, the Prime Minister met former President Donald Trump at his Mar-a-Lago residence in Palm Beach, Florida. The meeting with families of hostages held in Gaza took place at Blair House on 22 July.""",
  [E("meeting", "official visit", ["2024-07-22", "2024-07-25"], WAS, ["Benjamin Netanyahu", "Joe Biden", "Kamala Harris"]),
   E("meeting", "meeting", DAY(d,-2), P("Palm Beach", "US"), ["Benjamin Netanyahu", "Donald Trump"])],
  [M("Gaza", 31.5, 34.47, "PS", "approximate, Gaza City")],
  TR + " Two stops (Congress, White House, Blair House all in Washington). Palm Beach (Mar-a-Lago) is a meeting. Gaza topic; return to Israel (country).",
  ["travel_record", "multi_event", "date_range", "weekday_date", "metonym", "return_leg"]))
