from lib import *
R = "travel_record"
DOCS = []
add = DOCS.append

BAG = P("Baghdad", "IQ")
ERB = P("Erbil", "IQ")
TEH = P("Tehran", "IR")
MOS = P("Moscow", "RU")
KYV = P("Kyiv", "UA")
WAS = P("Washington", "US")
NDL = P("New Delhi", "IN", pick=1)
RIY = P("Riyadh", "SA")
BEI = P("Beirut", "LB")
DAM = P("Damascus", "SY")
DOH = P("Doha", "QA")
MUS = P("Muscat", "OM")
ISB = P("Islamabad", "PK")
KBL = P("Kabul", "AF")
LON = P("London", "GB")
TR = "Travel record: each stop with its stated day(s); arrivals, departures and returns are not events."

# 1 ---------------------------------------------------------------- India EAM, two stops with ranges
d = "2023-01-10"
add(D(R, 1, d, """External Affairs Minister's visits to Cyprus and Austria

The External Affairs Minister visited Nicosia, Cyprus from 29 to 31 December 2022. During the visit, the Minister met with the President of Cyprus and held talks with the Foreign Minister on trade, defence cooperation and the situation in the Eastern Mediterranean. Agreements on defence and migration were signed.

He then visited Vienna, Austria from 1 to 3 January 2023, the first visit at this level in 27 years. In Vienna, the Minister met with the Federal Chancellor and the Foreign Minister, and called on the Director General of the International Atomic Energy Agency. He returned to New Delhi on 3 January.""",
  [E("meeting", "visit", ["2022-12-29", "2022-12-31"], P("Nicosia", "CY"), ["Indian External Affairs Minister", "President of Cyprus"]),
   E("meeting", "visit", ["2023-01-01", "2023-01-03"], P("Vienna", "AT"), ["Indian External Affairs Minister", "Austrian Chancellor"])],
  [NDL],
  TR + " Two stops, each a range. 'Eastern Mediterranean' is a topic; New Delhi a return leg.",
  ["travel_record", "multi_event", "date_range", "topic_place"]))

# 2 ---------------------------------------------------------------- Turkish FM, Baghdad + Erbil
d = "2023-08-24"
add(D(R, 2, d, """Visit of Foreign Minister Hakan Fidan to Iraq, 22–23 August 2023

Foreign Minister Hakan Fidan paid an official visit to Iraq on 22–23 August 2023. In Baghdad, on 22 August, the Minister was received by Prime Minister Mohammed Shia al-Sudani and held talks with his counterpart Fuad Hussein. On 23 August, the Minister visited Erbil, where he met with Kurdistan Region President Nechirvan Barzani and Prime Minister Masrour Barzani.

During the meetings, the fight against the PKK, water issues and the resumption of oil exports through the Kirkuk–Ceyhan pipeline were discussed. The Minister will visit Tehran in the coming weeks.""",
  [E("meeting", "visit", "2023-08-22", BAG, ["Hakan Fidan", "Mohammed Shia al-Sudani", "Fuad Hussein"]),
   E("meeting", "visit", "2023-08-23", ERB, ["Hakan Fidan", "Nechirvan Barzani", "Masrour Barzani"])],
  [P("Kirkuk", "IQ"), P("Ceyhan", "TR"), TEH],
  TR + " Kirkuk–Ceyhan pipeline is a topic (both ends non-event places); Tehran visit is future.",
  ["travel_record", "multi_event", "topic_place", "future_event"]))

# 3 ---------------------------------------------------------------- UN SG, El Arish + Rafah crossing + Cairo
d = "2024-03-25"
ARI = P("El Arish", "EG")
RFC = M("Rafah crossing (Egyptian side)", 31.247, 34.262, "EG")
add(D(R, 3, d, """The Secretary-General's travel to Egypt and Jordan, 23–24 March 2024

On 23 March, the Secretary-General travelled to El Arish, Egypt, where he met with humanitarian workers and visited a warehouse of the Egyptian Red Crescent holding aid intended for Gaza. He then went to the Rafah crossing, where he spoke to the press about the trucks waiting to enter the Gaza Strip.

On 24 March, in Cairo, the Secretary-General met with President Abdel Fattah al-Sisi. Later that day, in Amman, he met with King Abdullah II of Jordan and visited a clinic run by UNRWA for refugees from Gaza.""",
  [E("meeting", "visit", "2024-03-23", ARI, ["António Guterres", "humanitarian workers"]),
   E("other", "site visit", "2024-03-23", RFC, ["António Guterres"]),
   E("meeting", "visit", "2024-03-24", P("Cairo", "EG"), ["António Guterres", "Abdel Fattah al-Sisi"]),
   E("meeting", "visit", "2024-03-24", P("Amman", "JO"), ["António Guterres", "Abdullah II"])],
  [P("Gaza", "PS")],
  TR + " Rafah crossing press stop is a site visit (kind other, ~45 km from El Arish). Gaza is a destination of aid and the origin of refugees, not an event place.",
  ["travel_record", "multi_event", "site_visit", "topic_place", "origin_place"]))

# 4 ---------------------------------------------------------------- Modi, Moscow + Vienna
d = "2024-07-11"
NOVO = M("Novo-Ogaryovo", 55.74, 37.20, "RU", "approximate, presidential residence west of Moscow")
add(D(R, 4, d, """Prime Minister's visits to Russia and Austria (8–10 July 2024)

The Prime Minister visited Moscow, Russia, from 8 to 9 July 2024 for the 22nd India–Russia Annual Summit. On the evening of 8 July, President Putin hosted the Prime Minister for a private dinner at his residence at Novo-Ogaryovo, outside Moscow. Official talks were held in the Kremlin on 9 July.

The Prime Minister then visited Vienna, Austria, from 9 to 10 July 2024. He held talks with Federal Chancellor Karl Nehammer on 10 July and addressed the Indian community.""",
  [E("meeting", "summit", ["2024-07-08", "2024-07-09"], MOS, ["Narendra Modi", "Vladimir Putin"], alts=[NOVO]),
   E("meeting", "visit", ["2024-07-09", "2024-07-10"], P("Vienna", "AT"), ["Narendra Modi", "Karl Nehammer"])],
  [],
  TR + " The dinner at Novo-Ogaryovo (~25 km) and the Kremlin talks form one Moscow stop with a range (residence as alternate).",
  ["travel_record", "multi_event", "date_range", "non_capital"]))

# 5 ---------------------------------------------------------------- Pakistan FM, call then Kabul visit
d = "2025-04-21"
add(D(R, 5, d, """Deputy Prime Minister and Foreign Minister's visit to Kabul

Deputy Prime Minister and Foreign Minister Senator Mohammad Ishaq Dar visited Kabul on 19 April 2025 at the head of a high-level delegation. During the day-long visit, he met with the Acting Prime Minister of the Interim Afghan Government and held delegation-level talks with Acting Foreign Minister Amir Khan Muttaqi on trade, transit and security.

The visit was preceded by a telephone conversation between the Deputy Prime Minister in Islamabad and Acting Foreign Minister Muttaqi on 15 April, in which the two sides agreed on the dates. Both sides also noted the return of Afghan nationals from Pakistan.""",
  [E("meeting", "visit", "2025-04-19", KBL, ["Ishaq Dar", "Amir Khan Muttaqi"]),
   E("call", "phone call", "2025-04-15", ISB, ["Ishaq Dar", "Amir Khan Muttaqi"], alts=[KBL])],
  [],
  TR + " The call, made from Islamabad, is pinned there with Kabul as alternate. 'Afghan nationals from Pakistan' is a nationality/origin (countries only).",
  ["travel_record", "call", "nationality"]))

# 6 ---------------------------------------------------------------- Lula, Shanghai + Beijing + Abu Dhabi
d = "2023-04-17"
SHA = P("Shanghai", "CN")
add(D(R, 6, d, """President Lula's state visit to China and visit to the United Arab Emirates

12 April — Arrival in Shanghai.
13 April — Shanghai: the President attended the inauguration of former President Dilma Rousseff as head of the New Development Bank and visited a research centre of a Chinese technology company.
14 April — Beijing: state visit; meeting with President Xi Jinping at the Great Hall of the People; signing of 15 agreements.
15–16 April — Abu Dhabi: meeting with President Mohamed bin Zayed; the President then returned to Brasília.""",
  [E("meeting", "ceremony", "2023-04-13", SHA, ["Lula", "Dilma Rousseff"]),
   E("other", "site visit", "2023-04-13", SHA, ["Lula"]),
   E("meeting", "state visit", "2023-04-14", P("Beijing", "CN"), ["Lula", "Xi Jinping"]),
   E("meeting", "visit", ["2023-04-15", "2023-04-16"], P("Abu Dhabi", "AE"), ["Lula", "Mohamed bin Zayed"])],
  [P("Brasília", "BR", "Brasilia")],
  TR + " Arrival day in Shanghai (12 April) is not an event; the company visit is a site visit (other). Brasília is the return leg.",
  ["travel_record", "multi_event", "site_visit", "latin_america"]))

# 7 ---------------------------------------------------------------- EU HR, Beirut + Naqoura + Riyadh
d = "2024-01-08"
NAQ = M("Naqoura (UNIFIL HQ)", 33.117, 35.137, "LB")
add(D(R, 7, d, """High Representative/Vice-President Josep Borrell: visit to Lebanon and Saudi Arabia, 5–7 January 2024

5–6 January, Beirut: the High Representative met with caretaker Prime Minister Najib Mikati, Speaker of Parliament Nabih Berri and the commander of the Lebanese Armed Forces. Talks focused on avoiding a regional spillover of the war in Gaza and on the implementation of UN Security Council resolution 1701.

6 January, southern Lebanon: the High Representative visited the UNIFIL headquarters in Naqoura and met peacekeepers.

7 January, Riyadh: meeting with Foreign Minister Prince Faisal bin Farhan.""",
  [E("meeting", "visit", ["2024-01-05", "2024-01-06"], BEI, ["Josep Borrell", "Najib Mikati", "Nabih Berri"]),
   E("other", "site visit", "2024-01-06", NAQ, ["Josep Borrell", "UNIFIL"]),
   E("meeting", "visit", "2024-01-07", RIY, ["Josep Borrell", "Faisal bin Farhan"])],
  [P("Gaza", "PS")],
  TR + " Visit to UNIFIL HQ (site visit, other). Gaza is a topic.",
  ["travel_record", "multi_event", "site_visit", "topic_place"]))

# 8 ---------------------------------------------------------------- Colombian FM, Caracas + videoconference
d = "2024-02-02"
BOG = P("Bogotá", "CO", "Bogota")
add(D(R, 8, d, """Agenda of the Minister of Foreign Affairs

30 January 2024 — Caracas, Venezuela: the Minister met with President Nicolás Maduro and Foreign Minister Yván Gil at the Miraflores Palace to review the border agenda and the situation of Colombian migrants in Venezuela.
31 January — Bogotá: meeting with the Ambassador of Mexico.
1 February — Bogotá: the Minister took part by videoconference in the meeting of guarantor countries of the peace dialogue with the ELN, hosted in Havana.
A trip to Quito planned for 5 February has been postponed.""",
  [E("meeting", "visit", "2024-01-30", P("Caracas", "VE"), ["Colombian Foreign Minister", "Nicolás Maduro"]),
   E("meeting", "meeting", "2024-01-31", BOG, ["Colombian Foreign Minister", "Mexican Ambassador"]),
   E("call", "videoconference", "2024-02-01", BOG, ["Colombian Foreign Minister", "ELN talks guarantors"], alts=[P("Havana", "CU")])],
  [P("Quito", "EC")],
  TR + " The videoconference is a call at Bogotá with Havana (host) as alternate. Quito trip postponed (not gold). 'Colombian migrants' is a nationality.",
  ["travel_record", "virtual_meeting", "call", "cancelled_stop", "latin_america", "nationality"]))

# 9 ---------------------------------------------------------------- Lavrov, Africa tour
d = "2024-06-07"
add(D(R, 9, d, """Foreign Minister Sergey Lavrov's working visits to Africa

On 3 June, Sergey Lavrov held talks in Brazzaville with President of the Republic of the Congo Denis Sassou Nguesso. On 3–4 June, in Conakry, he met with Transitional President of Guinea Mamadi Doumbouya. On 4 June, the Minister visited Ouagadougou, where he was received by President of Burkina Faso Ibrahim Traoré; the sides discussed security in the Sahel and the Russian military instructors deployed in the country. On 5–6 June, in N'Djamena, he held talks with President of Chad Mahamat Idriss Déby.""",
  [E("meeting", "visit", "2024-06-03", P("Brazzaville", "CG"), ["Sergey Lavrov", "Denis Sassou Nguesso"]),
   E("meeting", "visit", ["2024-06-03", "2024-06-04"], P("Conakry", "GN"), ["Sergey Lavrov", "Mamadi Doumbouya"]),
   E("meeting", "visit", "2024-06-04", P("Ouagadougou", "BF"), ["Sergey Lavrov", "Ibrahim Traoré"]),
   E("meeting", "visit", ["2024-06-05", "2024-06-06"], P("N'Djamena", "TD"), ["Sergey Lavrov", "Mahamat Idriss Déby"])],
  [],
  TR + " Four stops; 'the Sahel' is a topic region, the deployment is a topic.",
  ["travel_record", "multi_event", "date_range", "topic_place"]))

# 10 --------------------------------------------------------------- Iraqi PM, Washington + Houston
d = "2024-04-20"
add(D(R, 10, d, """Programme of the Prime Minister's official visit to the United States

15 April 2024 — Washington: meeting with President Joseph Biden at the White House; meeting with members of Congress.
16 April — Washington: meetings with the Secretary of Defense, the Secretary of State and the Secretary of the Treasury; signing of memoranda of understanding on energy and electricity.
17 April — Houston: meeting with executives of U.S. energy companies.
The Prime Minister returned to Baghdad on 20 April.""",
  [E("meeting", "visit", ["2024-04-15", "2024-04-16"], WAS, ["Mohammed Shia al-Sudani", "Joe Biden", "Lloyd Austin"]),
   E("meeting", "meeting", "2024-04-17", P("Houston", "US"), ["Mohammed Shia al-Sudani", "energy executives"])],
  [BAG],
  TR + " Two Washington days: one event with a range. Baghdad is the return leg.",
  ["travel_record", "multi_event", "date_range"]))

# 11 --------------------------------------------------------------- Abiy, Mogadishu + dated Ankara background
d = "2025-02-28"
add(D(R, 11, d, """Prime Minister Abiy Ahmed's working visit to Mogadishu

Prime Minister Abiy Ahmed visited Mogadishu on 27 February 2025, where he held talks with President Hassan Sheikh Mohamud at Villa Somalia. The two leaders discussed the implementation of the Ankara Declaration, which they agreed in Ankara on 11 December 2024 under the auspices of President Erdoğan, and the participation of Ethiopian troops in the new African Union mission.

Later that day, the Prime Minister returned to Addis Ababa, where he received a delegation of the Intergovernmental Authority on Development.""",
  [E("meeting", "visit", "2025-02-27", P("Mogadishu", "SO"), ["Abiy Ahmed", "Hassan Sheikh Mohamud"]),
   E("meeting", "summit", "2024-12-11", P("Ankara", "TR"), ["Abiy Ahmed", "Hassan Sheikh Mohamud", "Recep Tayyip Erdoğan"], optional=True),
   E("meeting", "meeting", "2025-02-27", P("Addis Ababa", "ET"), ["Abiy Ahmed", "IGAD delegation"])],
  [],
  TR + " The Ankara meeting (dated, two months earlier) is background: optional; 'Ankara Declaration' also a metonym. The meeting with the IGAD delegation after return to Addis Ababa is a stated meeting (scored).",
  ["travel_record", "background_event", "metonym", "horn_of_africa"]))

# 12 --------------------------------------------------------------- country-only record + camp site visit
d = "2021-03-06"
ZAA = M("Zaatari refugee camp", 32.29, 36.32, "JO", "approximate, east of Mafraq")
add(D(R, 12, d, """Official visit of the Minister to the Hashemite Kingdom of Jordan, 3–4 March 2021

The Minister paid an official visit to Jordan from 3 to 4 March 2021. During the visit, the Minister held talks with His Majesty King Abdullah II and with Deputy Prime Minister and Foreign Minister Ayman Safadi on regional issues, including Syria and the return of refugees.

On 4 March, the Minister visited the Zaatari refugee camp near Mafraq, which hosts some 80,000 Syrians, and announced additional humanitarian funding.""",
  [E("other", "site visit", "2021-03-04", ZAA, ["Minister", "UNHCR"])],
  [P("Mafraq", "JO")],
  TR + " The visit names only the country: the talks are not pinned (country precision; no scored gold). The camp visit is a site visit (kind other). Syria and 'Syrians' are topic/nationality.",
  ["travel_record", "country_only", "site_visit", "nationality", "no_scored_gold"]))

# 13 --------------------------------------------------------------- UN envoy Yemen, weekdays
d = "2024-02-15"
add(D(R, 13, d, f"""Special Envoy Hans Grundberg — travel this week

The Special Envoy was in Muscat on {WD(d,-3)} and {WD(d,-2)}, where he met with senior Omani officials and with Houthi chief negotiator Mohammed Abdulsalam. On {WD(d,-1)}, in Riyadh, he met with the President of the Presidential Leadership Council, Rashad al-Alimi, and with Saudi officials.

A visit to Aden planned for {WD(d)} was postponed. The Envoy is expected to brief the Security Council in New York next week on the Red Sea escalation and the roadmap.""",
  [E("meeting", "visit", [DAY(d,-3), DAY(d,-2)], MUS, ["Hans Grundberg", "Mohammed Abdulsalam"]),
   E("meeting", "visit", DAY(d,-1), RIY, ["Hans Grundberg", "Rashad al-Alimi"])],
  [P("Aden", "YE"), P("New York City", "US", "New York")],
  TR + " Weekdays resolved against the record date. Aden visit postponed and New York briefing future: not gold. Red Sea is a topic.",
  ["travel_record", "weekday_date", "cancelled_stop", "future_event", "topic_place"]))

# 14 --------------------------------------------------------------- Zelensky, Blenheim + London
d = "2024-07-20"
BLE = M("Blenheim Palace", 51.841, -1.361, "GB", "approximate, Woodstock, Oxfordshire")
add(D(R, 14, d, """President's working visit to the United Kingdom

On 18 July, the President took part in the summit of the European Political Community at Blenheim Palace, near Oxford, where he addressed the leaders and held bilateral meetings with the heads of government of several countries.

On 19 July, in London, the President met with Prime Minister Keir Starmer at Downing Street and addressed a meeting of the British cabinet, the first foreign leader to do so since 1997. He then visited a training base where Ukrainian recruits are being trained.""",
  [E("meeting", "summit", "2024-07-18", BLE, ["Volodymyr Zelensky", "European Political Community leaders"], alts=[P("Woodstock", "GB")]),
   E("meeting", "visit", "2024-07-19", LON, ["Volodymyr Zelensky", "Keir Starmer"])],
  [P("Oxford", "GB")],
  TR + " Blenheim (~90 km from London) and London are separate stops. The unnamed training base visit has no place. Oxford is a locator ('near Oxford', ~12 km). 1997 is a background year.",
  ["travel_record", "multi_event", "non_capital", "ukraine"]))

# 15 --------------------------------------------------------------- Kishida, New Delhi + Kyiv + Bucha + Warsaw
d = "2023-03-23"
add(D(R, 15, d, """Prime Minister Kishida's visits to India, Ukraine and Poland

On 20 March, Prime Minister Kishida visited New Delhi, India, where he held a summit meeting with Prime Minister Modi. On 21 March, the Prime Minister travelled by train from Poland to Kyiv, where he held a summit meeting with President Zelenskyy. Before the talks, the Prime Minister visited the town of Bucha and laid flowers at a church in memory of the victims. On 22 March, the Prime Minister held a meeting with Prime Minister Morawiecki in Warsaw before returning to Tokyo.""",
  [E("meeting", "summit", "2023-03-20", NDL, ["Fumio Kishida", "Narendra Modi"]),
   E("meeting", "summit", "2023-03-21", KYV, ["Fumio Kishida", "Volodymyr Zelenskyy"]),
   E("other", "site visit", "2023-03-21", P("Bucha", "UA"), ["Fumio Kishida"]),
   E("meeting", "visit", "2023-03-22", P("Warsaw", "PL"), ["Fumio Kishida", "Mateusz Morawiecki"])],
  [P("Tokyo", "JP")],
  TR + " 'New Delhi' takes the second gazetteer candidate. The Bucha memorial visit (~25 km from Kyiv) is a site visit. Train from Poland is transit; Tokyo return leg.",
  ["travel_record", "multi_event", "site_visit", "ukraine"]))

# 16 --------------------------------------------------------------- Araghchi, regional tour
d = "2024-10-11"
add(D(R, 16, d, """Foreign Minister Abbas Araghchi's regional tour

The Foreign Minister visited Beirut on 4 October 2024, where he met with Speaker Nabih Berri and caretaker Prime Minister Najib Mikati, and visited the site of the Israeli strikes in the southern suburbs. On 5 October he was in Damascus for talks with President Bashar al-Assad. He then visited Riyadh on 9 October, where he was received by Crown Prince Mohammed bin Salman, and Doha on 10 October for talks with the Emir.

The Minister will continue his tour with visits to Baghdad and Muscat.""",
  [E("meeting", "visit", "2024-10-04", BEI, ["Abbas Araghchi", "Nabih Berri", "Najib Mikati"]),
   E("meeting", "visit", "2024-10-05", DAM, ["Abbas Araghchi", "Bashar al-Assad"]),
   E("meeting", "visit", "2024-10-09", RIY, ["Abbas Araghchi", "Mohammed bin Salman"]),
   E("meeting", "visit", "2024-10-10", DOH, ["Abbas Araghchi", "Tamim bin Hamad Al Thani"])],
  [BAG, MUS],
  TR + " The visit to the strike site in Beirut's southern suburbs is part of the Beirut stop (earlier strikes undated: not gold). Baghdad and Muscat visits are future.",
  ["travel_record", "multi_event", "future_event", "background_event"]))
