from lib import *
R = "travel_record"
DOCS = []
add = DOCS.append
T = "Official travel record written for blind14; invented itineraries. Meetings at the stated city; site visits, speeches, tours and community events kind other. An undated 'during the visit' meeting gets the visit's range. "


def N(num, d, text, events, nonev, note, tags):
    add(D(R, num, d, text, events, nonev, T + note, ["travel_record"] + tags))


def mt(d, pl, who, sub="bilateral meeting", alts=()):
    return E("meeting", sub, d, pl, who, alts=alts)


def ot(d, pl, who, sub="site visit"):
    return E("other", sub, d, pl, who)


WAS = Q("Washington", "US", 38.90, -77.04)
BER = Q("Berlin", "DE", 52.52, 13.40)
LIS = Q("Lisbon", "PT", 38.72, -9.14)
MAD = Q("Madrid", "ES", 40.42, -3.70)
ROM = Q("Rome", "IT", 41.89, 12.48)
PAR = Q("Paris", "FR", 48.85, 2.35)
LON = Q("London", "GB", 51.51, -0.13)
TOK = Q("Tokyo", "JP", 35.69, 139.69)

SIN = Q("Sintra", "PT", 38.80, -9.38)
N(1, "2023-05-10", """Deputy Secretary of State — Travel to Portugal, May 4–6, 2023
The Deputy Secretary traveled to Lisbon and Sintra, Portugal. In Sintra on May 5, she met with Portuguese Foreign Minister João Gomes Cravinho on the margins of the Atlantic Partnership ministerial, and delivered remarks to the ministerial plenary. On May 6 she toured a Portuguese Navy offshore patrol vessel at the Alfeite base before returning to Washington.""",
  [mt("2023-05-05", SIN, ["United States", "Portugal"]),
   ot("2023-05-05", SIN, ["United States"], "ministerial remarks"),
   ot("2023-05-06", M("Alfeite naval base", 38.66, -9.15, "PT", "approximate, naval base at Almada across the Tagus from Lisbon"), ["United States", "Portugal navy"], "ship tour")],
  [LIS, WAS],
  "Lisbon: stated as travelled-to, no dated meeting (~20 km from Sintra, inside radius). Washington: return.",
  ["margins", "site_visit", "speech", "return_leg"])

COI = Q("Coimbra", "PT", 40.21, -8.42)
N(2, "2022-03-28", """The Federal Minister for Foreign Affairs travelled to Portugal on 24 and 25 March 2022. In Coimbra, the Minister held talks with the Portuguese Minister of State and Foreign Affairs on 24 March, focusing on energy interconnections across the Pyrenees and support for Ukraine. On 25 March the Minister met students at the University of Coimbra and laid a wreath. A planned stop in Porto was dropped because of the extraordinary NATO summit in Brussels.""",
  [mt("2022-03-24", COI, ["Germany", "Portugal"]),
   ot("2022-03-25", COI, ["Germany"], "university visit, wreath laying")],
  [Q("Porto", "PT", 41.15, -8.61), Q("Brussels", "BE", 50.85, 4.35)],
  "Porto: cancelled stop. Brussels: summit that caused it (no meeting of the minister stated). The Pyrenees: topic, not listed.",
  ["cancelled_event", "topic_place", "other_kind"])

MAL = Q("Malaga", "ES", 36.72, -4.42)
N(3, "2024-11-14", """Minister of Foreign Affairs of the Kingdom of Morocco — visit to Spain
From 11 to 12 November 2024, the Minister visited Málaga, Kingdom of Spain, at the invitation of the Minister of Foreign Affairs, European Union and Cooperation of Spain. During the visit, the two ministers co-chaired the high-level meeting on migration cooperation and held a bilateral meeting. The Minister also visited the port of Málaga, where he was briefed on the maritime link with Tangier Med.""",
  [mt(["2024-11-11", "2024-11-12"], MAL, ["Morocco", "Spain"], "high-level meeting"),
   mt(["2024-11-11", "2024-11-12"], MAL, ["Morocco", "Spain"]),
   ot(["2024-11-11", "2024-11-12"], MAL, ["Morocco"], "port visit")],
  [M("Tangier Med", 35.89, -5.50, "MA", "approximate, port east of Tangier")],
  "Undated 'during the visit' meetings: the visit's range. Tangier Med: topic.",
  ["during_visit", "topic_place", "site_visit"])

BIL = Q("Bilbao", "ES", 43.26, -2.93)
N(4, "2021-10-18", """Secretary-General of NATO — travel to Spain and the United Kingdom
Visited Bilbao, Spain, on 14 October 2021, where he met the President of the Government of Spain and addressed the Basque business association on defence industry cooperation. On 15 October, he travelled to Edinburgh, United Kingdom, for a meeting with the First Minister of Scotland and a visit to the Leonardo site in Crewe Toll. He returned to Brussels that evening.""",
  [mt("2021-10-14", BIL, ["NATO", "Spain"]),
   ot("2021-10-14", BIL, ["NATO"], "address"),
   mt("2021-10-15", Q("Edinburgh", "GB", 55.95, -3.20), ["NATO", "Scotland"]),
   ot("2021-10-15", Q("Edinburgh", "GB", 55.95, -3.20), ["NATO"], "industry site visit")],
  [Q("Brussels", "BE", 50.85, 4.35)],
  "Crewe Toll is a district of Edinburgh: the site visit is pinned at Edinburgh. Brussels: return.",
  ["multi_stop", "site_visit", "return_leg"])

TOL = Q("Toledo", "ES", 39.86, -4.02)
N(5, "2019-09-23", """Visit of the Minister for Foreign Affairs of Japan to Spain (September 17–19, 2019)
1. On September 17, Minister arrived in Madrid. On September 18, he travelled to Toledo, where he held a Japan–Spain Foreign Ministers' Meeting over a working lunch with the Acting Minister of Foreign Affairs of Spain.
2. On September 19, Minister paid a courtesy call on His Majesty King Felipe VI at the Zarzuela Palace in Madrid, and then departed for Lisbon.""",
  [mt("2019-09-18", TOL, ["Japan", "Spain"], "foreign ministers' meeting"),
   mt("2019-09-19", M("Zarzuela Palace", 40.47, -3.78, "ES", "approximate, royal residence north-west of Madrid"), ["Japan", "Spain (King)"], "courtesy call")],
  [LIS],
  "Madrid arrival: no meeting on the 17th. The courtesy call at the Zarzuela (Madrid, ~11 km): meeting. Lisbon: onward, no meetings stated.",
  ["courtesy_call", "arrival_leg", "onward_leg"])

FLO = Q("Florence", "IT", 43.78, 11.25)
N(6, "2024-04-22", """Special Envoy for Climate — Travel to Italy (April 17–19, 2024)
The Special Envoy traveled to Florence, Italy, where on April 18 he met with the Italian Minister of Environment and Energy Security on the sidelines of the G7 climate ministerial preparatory meetings. On April 19 he delivered a keynote address at the European University Institute and met with representatives of Italian renewable energy firms. He then traveled to Turin for the G7 ministerial, which begins April 29.""",
  [mt("2024-04-18", FLO, ["United States", "Italy"]),
   ot("2024-04-19", FLO, ["United States"], "keynote address"),
   mt("2024-04-19", FLO, ["United States", "Italian energy firms"], "meeting")],
  [Q("Turin", "IT", 45.07, 7.69)],
  "The address and the firms' meeting on the 19th are placed with the Florence stop. Turin: onward trip to a future ministerial.",
  ["sidelines", "speech", "future_event", "onward_leg"])

NAP = Q("Naples", "IT", 40.85, 14.27)
N(7, "2023-07-03", """The Foreign Secretary visited Naples, Italy, from 28 to 29 June 2023. During the visit, the Foreign Secretary met the Italian Minister of the Interior to discuss irregular migration across the central Mediterranean and visited the NATO Allied Joint Force Command at Lago Patria, where he was briefed by the commander. He returned to London on 29 June.""",
  [mt(["2023-06-28", "2023-06-29"], NAP, ["United Kingdom", "Italy"]),
   ot(["2023-06-28", "2023-06-29"], M("Lago Patria", 40.93, 14.04, "IT", "approximate, JFC Naples headquarters north-west of Naples"), ["United Kingdom", "NATO"], "command visit")],
  [LON],
  "Undated meeting: visit range. Lago Patria (~21 km): kind other. Central Mediterranean: topic.",
  ["during_visit", "site_visit", "return_leg"])

MAR = Q("Marseille", "FR", 43.30, 5.38)
N(8, "2023-09-25", """Minister for Europe and Foreign Affairs — Déplacement à Marseille, 22-23 septembre 2023
Le 22 septembre, la ministre s'est entretenue à Marseille avec son homologue tunisien, en marge des Rencontres méditerranéennes. Le 23 septembre, elle a accompagné le Président de la République lors de la messe célébrée par le pape François au stade Vélodrome, puis a rencontré le cardinal secrétaire d'État du Saint-Siège. Une visite à Tunis est envisagée en octobre.""",
  [mt("2023-09-22", MAR, ["France", "Tunisia"]),
   ot("2023-09-23", MAR, ["France", "Holy See"], "papal mass"),
   mt("2023-09-23", MAR, ["France", "Holy See"])],
  [Q("Tunis", "TN", 36.82, 10.17)],
  "French text. Tunis: possible future visit.",
  ["french", "margins", "future_event", "other_kind"])

BIA = Q("Biarritz", "FR", 43.48, -1.56)
N(9, "2019-08-26", """Prime Minister of India — Visit to France (22–26 August 2019)
The Prime Minister arrived in Paris on 22 August and held talks with President Macron at the Château de Chantilly. He then travelled to Biarritz for the G7 Summit as a partner country, where on 25 August he held bilateral meetings with the Prime Minister of the United Kingdom and the UN Secretary-General, and on 26 August with the President of the United States. He participated in sessions on climate, biodiversity and oceans.""",
  [mt("2019-08-22", M("Chantilly", 49.19, 2.47, "FR", "approximate, château north of Paris"), ["India", "France"]),
   mt("2019-08-25", BIA, ["India", "United Kingdom"]),
   mt("2019-08-25", BIA, ["India", "UN"]),
   mt("2019-08-26", BIA, ["India", "United States"]),
   ot(["2019-08-25", "2019-08-26"], BIA, ["India", "G7"], "summit sessions")],
  [PAR],
  "Talks at Chantilly pinned there (~40 km from Paris). Paris: arrival.",
  ["multi_stop", "arrival_leg", "summit"])

HAM = Q("Hamburg", "DE", 53.55, 9.99)
N(10, "2022-05-23", """Minister of Foreign Affairs of Denmark — travel log
19 May 2022: Hamburg, Germany. Meeting with the First Mayor of the Free and Hanseatic City of Hamburg on the Fehmarn Belt link and green hydrogen imports; visit to the Port of Hamburg's hydrogen terminal project.
20 May 2022: Return to Copenhagen. A planned trip to Kiel on 20 May was postponed.""",
  [mt("2022-05-19", HAM, ["Denmark", "Hamburg"]),
   ot("2022-05-19", HAM, ["Denmark"], "port visit")],
  [Q("Copenhagen", "DK", 55.68, 12.57), Q("Kiel", "DE", 54.32, 10.13), M("Fehmarn Belt", 54.55, 11.30, "DE", "approximate, strait")],
  "Kiel: postponed. Fehmarn Belt: topic. Copenhagen: return.",
  ["postponed_event", "topic_place", "return_leg"])

HAN = Q("Hanover", "DE", 52.37, 9.73, q="Hannover")
N(11, "2024-04-25", """Prime Minister of Norway — visit to Germany, 21–22 April 2024
The Prime Minister attended the opening of the Hannover Messe, where Norway was the partner country, on 21 April, together with the Federal Chancellor. On 22 April the two leaders held a bilateral meeting at the fairground and toured Norwegian exhibitors. They discussed carbon capture and storage in the North Sea and the planned hydrogen pipeline.""",
  [ot("2024-04-21", HAN, ["Norway", "Germany"], "fair opening"),
   mt("2024-04-22", HAN, ["Norway", "Germany"]),
   ot("2024-04-22", HAN, ["Norway", "Germany"], "exhibition tour")],
  [],
  "The North Sea: topic, not listed.", ["other_kind", "topic_place"])

POT = Q("Potsdam", "DE", 52.40, 13.07)
N(12, "2023-11-13", """The Secretary of State for Foreign, Commonwealth and Development Affairs travelled to Germany on 9 November 2023. In Potsdam, he held talks with the German Foreign Minister and the Ukrainian Foreign Minister in a trilateral format, followed by a bilateral meeting with the Ukrainian minister. He later visited the Glienicke Bridge. The Secretary of State travelled on to Berlin that evening; a dinner with Western Balkans ministers there was postponed to December.""",
  [mt("2023-11-09", POT, ["United Kingdom", "Germany", "Ukraine"], "trilateral meeting"),
   mt("2023-11-09", POT, ["United Kingdom", "Ukraine"]),
   ot("2023-11-09", POT, ["United Kingdom"], "site visit")],
  [BER],
  "Berlin (~27 km, inside radius): onward leg; the dinner there was postponed (not gold).",
  ["trilateral", "site_visit", "onward_leg"])

INN = Q("Innsbruck", "AT", 47.26, 11.39)
N(13, "2020-02-17", """Federal Minister for European and International Affairs (Austria) — Working visit of the Foreign Minister of Italy to Tyrol
On 13 February 2020, the Federal Minister received the Italian Minister of Foreign Affairs in Innsbruck. The talks focused on the Brenner Base Tunnel and transit traffic over the Brenner Pass. Both ministers then visited the tunnel construction site at Wolf near Steinach am Brenner.""",
  [mt("2020-02-13", INN, ["Austria", "Italy"]),
   ot("2020-02-13", M("Steinach am Brenner", 47.08, 11.47, "AT", "approximate, village on the Brenner road"), ["Austria", "Italy"], "construction site visit")],
  [M("Brenner Pass", 47.00, 11.51, "AT", "approximate, border pass")],
  "Brenner Pass: topic (~30 km, inside radius).", ["topic_place", "site_visit"])

BAS = Q("Basel", "CH", 47.56, 7.57)
N(14, "2021-11-29", """Federal Councillor, Head of the Federal Department of Foreign Affairs — official trips
25 November 2021, Basel: trilateral meeting with the foreign ministers of France and Germany on the Upper Rhine cooperation; visit to the EuroAirport Basel-Mulhouse-Freiburg.
26 November 2021: the planned trip to Vienna was cancelled owing to the new COVID-19 variant.""",
  [mt("2021-11-25", BAS, ["Switzerland", "France", "Germany"], "trilateral meeting"),
   ot("2021-11-25", M("EuroAirport Basel-Mulhouse", 47.59, 7.53, "FR", "approximate, airport on French soil north of Basel"), ["Switzerland"], "airport visit")],
  [Q("Vienna", "AT", 48.21, 16.37)],
  "Vienna: cancelled. The Upper Rhine: topic, not listed.", ["cancelled_event", "trilateral", "site_visit"])

MON = Q("Montreux", "CH", 46.43, 6.91)
N(15, "2024-06-20", """UN Special Envoy for Syria — activities
On 17 June 2024, the Special Envoy convened in Montreux a meeting of the Small Body of the Constitutional Committee drafting group, and held separate meetings with the co-chairs nominated by the Government and by the Syrian Negotiation Commission. He will brief the Security Council in New York next week. The next session of the Committee, planned for Baghdad, has not yet been scheduled.""",
  [mt("2024-06-17", MON, ["UN", "Syrian Constitutional Committee"], "committee meeting"),
   mt("2024-06-17", MON, ["UN", "Syria government"]),
   mt("2024-06-17", MON, ["UN", "Syrian Negotiation Commission"])],
  [Q("Baghdad", "IQ", 33.34, 44.40), Q("New York", "US", 40.71, -74.01)],
  "Baghdad: future, unscheduled session. New York: future briefing.", ["multi_meeting", "future_event"])

BRG = Q("Bruges", "BE", 51.21, 3.22, q="Brugge")
N(16, "2022-09-12", """President of the European Council — agenda
8 September 2022: Bruges, Belgium. Opening address at the College of Europe academic year; meeting with the Prime Minister of Montenegro on the margins of the ceremony.
9 September 2022: Brussels. Meeting with the President of Azerbaijan (rescheduled to a later date).""",
  [ot("2022-09-08", BRG, ["EU"], "opening address"),
   mt("2022-09-08", BRG, ["EU", "Montenegro"])],
  [Q("Brussels", "BE", 50.85, 4.35)],
  "The Brussels meeting was rescheduled: not gold.", ["margins", "postponed_event", "speech"])

ROT = Q("Rotterdam", "NL", 51.92, 4.48)
N(17, "2023-03-20", """Minister of Foreign Trade and Development Cooperation of the Netherlands — visit programme
16 March 2023: received the Minister of Industry and Commerce of Kenya in Rotterdam for talks on flower exports and logistics. The ministers visited the Port of Rotterdam and the Maasvlakte container terminal.
17 March 2023: no public engagements.""",
  [mt("2023-03-16", ROT, ["Netherlands", "Kenya"]),
   ot("2023-03-16", M("Maasvlakte", 51.95, 4.03, "NL", "approximate, port area west of Rotterdam"), ["Netherlands", "Kenya"], "port visit")],
  [],
  "Maasvlakte (~31 km): port visit, kind other.", ["site_visit"])

MLM = Q("Malmo", "SE", 55.61, 13.00)
N(18, "2021-10-15", """Prime Minister's Office (Israel) — President of Israel at the Malmö International Forum
On 12–13 October 2021, the President visited Malmö, Sweden, where he addressed the International Forum on Holocaust Remembrance and Combating Antisemitism. During the visit, he met the Prime Minister of Sweden and the President of the European Commission, and visited the city's synagogue.""",
  [ot(["2021-10-12", "2021-10-13"], MLM, ["Israel"], "address"),
   mt(["2021-10-12", "2021-10-13"], MLM, ["Israel", "Sweden"]),
   mt(["2021-10-12", "2021-10-13"], MLM, ["Israel", "EU"]),
   ot(["2021-10-12", "2021-10-13"], MLM, ["Israel"], "synagogue visit")],
  [],
  "Undated meetings during the visit: its range.", ["during_visit", "speech", "site_visit"])

TAM = Q("Tampere", "FI", 61.50, 23.79)
N(19, "2024-02-26", """President of the Republic of Estonia — visit to Finland
On 22 February 2024 the President visited Tampere, where he met the President-elect of Finland and toured the Nokia research campus in Hervanta. On 23 February he returned to Tallinn to host the Independence Day reception.""",
  [mt("2024-02-22", TAM, ["Estonia", "Finland"]),
   ot("2024-02-22", TAM, ["Estonia"], "campus tour")],
  [Q("Tallinn", "EE", 59.44, 24.75)],
  "Hervanta is a district of Tampere. Tallinn: return and a reception (kind other, home venue; not gold).", ["return_leg", "site_visit"])

KLA = Q("Klaipeda", "LT", 55.71, 21.14)
N(20, "2022-06-06", """Minister of Defence of Poland — working visit to Lithuania, 2–3 June 2022
In Klaipėda on 2 June, the Minister met his Lithuanian counterpart and visited the Lithuanian Navy's headquarters. On 3 June the ministers observed an exercise at the Pabradė training area, near the Belarusian border, and met troops of the NATO battlegroup. The Minister flew back to Warsaw the same day.""",
  [mt("2022-06-02", KLA, ["Poland", "Lithuania"]),
   ot("2022-06-02", KLA, ["Poland"], "navy HQ visit"),
   ot("2022-06-03", M("Pabrade", 54.98, 25.77, "LT", "approximate, town north-east of Vilnius"), ["Poland", "Lithuania"], "exercise observation"),
   mt("2022-06-03", M("Pabrade", 54.98, 25.77, "LT", "approximate, town north-east of Vilnius"), ["Poland", "NATO battlegroup"], "meeting with troops")],
  [Q("Warsaw", "PL", 52.23, 21.01)],
  "Meeting troops at Pabradė: meeting (judgement call, as in earlier sets). Warsaw: return. Belarusian border: direction.",
  ["site_visit", "return_leg", "judgement_call"])

POZ = Q("Poznan", "PL", 52.41, 16.93)
N(21, "2020-09-14", """High Representative/Vice-President — mission log
10 September 2020: Poznań, Poland. The HR/VP met the Minister of Foreign Affairs of Poland and the Prime Minister of Belarus's opposition Coordination Council on the margins of the Weimar Triangle foreign ministers' meeting, which he also attended.
11 September 2020: Berlin. The HR/VP's visit to Minsk remains under consideration.""",
  [mt("2020-09-10", POZ, ["EU", "Poland"]),
   mt("2020-09-10", POZ, ["EU", "Belarus opposition"]),
   mt("2020-09-10", POZ, ["EU", "Weimar Triangle"], "ministers' meeting")],
  [BER, Q("Minsk", "BY", 53.90, 27.57)],
  "Berlin: onward stop without a stated meeting. Minsk: possible future visit.", ["margins", "future_event", "onward_leg"])

HER = Q("Heraklion", "GR", 35.34, 25.13, q="Irakleion")
N(22, "2023-10-09", """Minister of Foreign Affairs of the Republic of Cyprus — Programme
5 October 2023: Heraklion, Crete. Trilateral Greece–Cyprus–Egypt foreign ministers' meeting; bilateral meeting with the Foreign Minister of Egypt.
6 October 2023: Visit to the Souda Bay naval base, Chania, with the Greek Minister of Defence. Return to Nicosia.""",
  [mt("2023-10-05", HER, ["Cyprus", "Greece", "Egypt"], "trilateral meeting"),
   mt("2023-10-05", HER, ["Cyprus", "Egypt"]),
   ot("2023-10-06", M("Souda Bay", 35.49, 24.12, "GR", "approximate, naval base east of Chania"), ["Cyprus", "Greece"], "base visit")],
  [Q("Nicosia", "CY", 35.17, 33.36)],
  "Nicosia: return. Chania: qualifier of the base, not listed.", ["trilateral", "site_visit", "return_leg"])

BUD = Q("Budva", "ME", 42.29, 18.84)
N(23, "2021-06-14", """The Minister of Foreign Affairs of Serbia visited Budva, Montenegro, on 10 and 11 June 2021 to attend the Summit of the South-East European Cooperation Process. On 10 June he had separate meetings with the foreign ministers of Montenegro and North Macedonia. The Minister did not travel to Podgorica as had been announced.""",
  [ot(["2021-06-10", "2021-06-11"], BUD, ["SEECP"], "summit"),
   mt("2021-06-10", BUD, ["Serbia", "Montenegro"]),
   mt("2021-06-10", BUD, ["Serbia", "North Macedonia"])],
  [Q("Podgorica", "ME", 42.44, 19.26)],
  "Summit attendance: other (the meetings are the scored parts). Podgorica: announced but not made (~37 km, inside radius).",
  ["summit", "cancelled_event"])

NAG = Q("Nagasaki", "JP", 32.75, 129.88)
N(24, "2024-08-13", """Secretary-General of the United Nations — travel
The Secretary-General visited Nagasaki, Japan, on 9 August 2024, where he attended the Peace Memorial Ceremony marking the 79th anniversary of the atomic bombing, laid flowers, and met hibakusha survivors. During the visit, he also met the Governor of Nagasaki Prefecture. He is due in Tokyo next month for meetings with the Prime Minister.""",
  [ot("2024-08-09", NAG, ["UN"], "memorial ceremony"),
   mt("2024-08-09", NAG, ["UN", "hibakusha"], "meeting with survivors"),
   mt("2024-08-09", NAG, ["UN", "Nagasaki Prefecture"])],
  [TOK],
  "The 1945 bombing: background, no event. Tokyo: future meetings.", ["memorial", "future_event", "background_event"])

INC = Q("Incheon", "KR", 37.46, 126.71)
N(25, "2023-06-05", """Minister of Foreign Affairs of Indonesia — visit to the Republic of Korea (1–2 June 2023)
On 1 June the Minister attended the Korea–Pacific Islands Summit-related foreign ministers' session in Incheon and held a bilateral meeting with the Foreign Minister of the Republic of Korea. On 2 June she visited the Incheon free economic zone in Songdo and met with Korean investors in electric-vehicle batteries. She departed for Jakarta that evening.""",
  [ot("2023-06-01", INC, ["Indonesia"], "ministers' session"),
   mt("2023-06-01", INC, ["Indonesia", "South Korea"]),
   mt("2023-06-02", INC, ["Indonesia", "Korean investors"], "meeting"),
   ot("2023-06-02", INC, ["Indonesia"], "site visit")],
  [Q("Jakarta", "ID", -6.21, 106.85)],
  "Songdo is part of Incheon. Jakarta: departure.", ["site_visit", "return_leg"])

DEN = Q("Denpasar", "ID", -8.65, 115.22)
N(26, "2022-11-21", """Prime Minister of Australia — Travel: Indonesia (14–16 November 2022)
The Prime Minister travelled to Denpasar, Bali, to attend the G20 Leaders' Summit. On the margins of the summit, on 15 November he held a bilateral meeting with the President of the People's Republic of China, the first leaders' meeting between the two countries since 2016. On 16 November he met the Prime Minister of the United Kingdom and visited the Mangrove Forest Park with other G20 leaders.""",
  [ot(["2022-11-15", "2022-11-16"], DEN, ["G20"], "summit"),
   mt("2022-11-15", DEN, ["Australia", "China"]),
   mt("2022-11-16", DEN, ["Australia", "United Kingdom"]),
   ot("2022-11-16", DEN, ["G20"], "mangrove park visit")],
  [],
  "Meetings pinned at the stated city, Denpasar (Bali is an island/province). 2016: background.", ["summit", "site_visit", "background_event"])

PHU = Q("Phuket", "TH", 7.89, 98.40)
N(27, "2019-06-24", """Ministry of Foreign Affairs of Viet Nam — activities of the Deputy Prime Minister and Foreign Minister
From 20 to 21 June 2019, the Deputy Prime Minister and Foreign Minister led the Vietnamese delegation to the ASEAN Foreign Ministers' informal consultations in Phuket, Thailand. On the sidelines he met the Foreign Ministers of Thailand and Singapore. The ASEAN Summit will take place in Bangkok on 22–23 June.""",
  [ot(["2019-06-20", "2019-06-21"], PHU, ["ASEAN"], "consultations"),
   mt(["2019-06-20", "2019-06-21"], PHU, ["Vietnam", "Thailand"]),
   mt(["2019-06-20", "2019-06-21"], PHU, ["Vietnam", "Singapore"])],
  [Q("Bangkok", "TH", 13.75, 100.50)],
  "Undated sideline meetings: the stated range. Bangkok: future summit.", ["sidelines", "future_event"])

DAR = Q("Dar es Salaam", "TZ", -6.82, 39.27)
N(28, "2023-04-03", """Vice President of the United States — Travel to Ghana, Tanzania and Zambia
In Dar es Salaam on March 29–30, 2023, the Vice President met with President Samia Suluhu Hassan at State House and held a roundtable with women entrepreneurs. She also visited the Julius Nyerere International Convention Centre and laid a wreath at the memorial to the victims of the 1998 embassy bombing. On March 31 she traveled to Lusaka.""",
  [mt(["2023-03-29", "2023-03-30"], DAR, ["United States", "Tanzania"]),
   mt(["2023-03-29", "2023-03-30"], DAR, ["United States", "women entrepreneurs"], "roundtable"),
   ot(["2023-03-29", "2023-03-30"], DAR, ["United States"], "memorial visit")],
  [Q("Lusaka", "ZM", -15.41, 28.29)],
  "Undated meetings within the stated stop: its range. 1998 bombing: background. Lusaka: onward stop without stated meetings. Ghana: country only (from the title).",
  ["during_visit", "background_event", "onward_leg"])

CAS = Q("Casablanca", "MA", 33.59, -7.61)
N(29, "2024-03-04", """Ministro de Asuntos Exteriores de España — Viaje a Marruecos
El 29 de febrero de 2024, el ministro viajó a Casablanca, donde se reunió con el ministro de Industria y Comercio de Marruecos y con empresarios españoles instalados en la ciudad. El 1 de marzo visitó la fábrica de Renault en Tánger antes de regresar a Madrid.""",
  [mt("2024-02-29", CAS, ["Spain", "Morocco"]),
   mt("2024-02-29", CAS, ["Spain", "Spanish businesspeople"], "meeting"),
   ot("2024-03-01", M("Tangier Renault plant", 35.73, -5.62, "MA", "approximate, Melloussa plant east of Tangier"), ["Spain"], "factory visit")],
  [MAD],
  "Spanish text. Madrid: return.", ["spanish", "site_visit", "return_leg"])

VAL = Q("Valparaiso", "CL", -33.05, -71.62)
N(30, "2022-09-05", """Minister of Foreign Affairs of Argentina — official visit to Chile
On 1 September 2022, the Minister travelled to Valparaíso, where he met the President of the Senate of Chile at the National Congress and held a working meeting with the Foreign Minister of Chile. On 2 September, the two ministers inaugurated the binational committee on the Cristo Redentor border crossing. Both foreign ministers will meet again in Mendoza in November.""",
  [mt("2022-09-01", VAL, ["Argentina", "Chile Senate"]),
   mt("2022-09-01", VAL, ["Argentina", "Chile"]),
   ot("2022-09-02", VAL, ["Argentina", "Chile"], "inauguration")],
  [Q("Mendoza", "AR", -32.89, -68.85), M("Cristo Redentor pass", -32.82, -70.07, "AR", "approximate, Andean border crossing")],
  "The inauguration is placed in Valparaíso (no other venue stated). Mendoza: future meeting. The border crossing: topic.",
  ["future_event", "topic_place", "other_kind"])
