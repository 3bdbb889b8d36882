from lib import *
R = "readout"
DOCS = []
add = DOCS.append
G = "Government readout written for blind13; 'today' = the record date. Meetings at the stated venue; calls at the issuing side's location (the venue where its principal was, if stated) with the other side's capital as alternate. Composite or invented. "


def N(num, d, text, events, nonev, note, tags):
    add(D(R, num, d, text, events, nonev, G + note, ["readout"] + tags))


def mt(d, pl, who, sub="bilateral meeting", alts=()):
    return E("meeting", sub, d, pl, who, alts=alts)


def cl(d, pl, who, alts=()):
    return E("call", "phone call", d, pl, who, alts=alts)


C = lambda n, cc, la, lo, q=None: Q(n, cc, la, lo, q=q)

d = "2023-09-05"
N(1, d, """Minister of Foreign Affairs Hakan Fidan met today in Izmir with the Minister for Foreign Affairs of Greece, on the sidelines of the Izmir International Fair. The ministers reviewed the positive agenda between the two countries, migration, and confidence-building measures in the Aegean. They agreed that the High-Level Cooperation Council would convene in Athens before the end of the year.""",
  [mt(d, C("Izmir", "TR", 38.41, 27.14), ["Türkiye", "Greece"])],
  [C("Athens", "GR", 37.98, 23.73)],
  "Athens: future council. The Aegean: topic, not listed.", ["today", "sidelines", "future_event"])

d = "2022-11-16"
N(2, d, """Prime Minister's Office: The Prime Minister, who is in Bursa for the opening of the new high-speed railway station, spoke by phone today with the Prime Minister of Hungary. The two leaders discussed natural gas supplies through the TurkStream pipeline and the situation in Ukraine.""",
  [cl(d, C("Bursa", "TR", 40.19, 29.06), ["Türkiye", "Hungary"], alts=[C("Budapest", "HU", 47.50, 19.04)]),
   E("other", "station opening", d, C("Bursa", "TR", 40.19, 29.06), ["Türkiye"])],
  [],
  "The call at the stated venue of the issuing side (Bursa), Budapest as alternate. The opening: kind other. Ukraine: country only.",
  ["call_from_venue", "today", "topic_place"])

d = "2024-02-08"
N(3, d, """The President of the Republic of Cyprus received today at the Presidential Palace in Paphos the Chancellor of Austria. They discussed the Amalthea maritime corridor for humanitarian aid to Gaza from the port of Larnaca, and Austria's position on the Schengen accession of Cyprus. The Chancellor will continue to Beirut tomorrow.""",
  [mt(d, C("Paphos", "CY", 34.77, 32.42), ["Cyprus", "Austria"])],
  [C("Larnaca", "CY", 34.92, 33.63), C("Beirut", "LB", 33.89, 35.50)],
  "Composite (venue invented: a presidential office in Paphos). Larnaca and Gaza: topics. Beirut: tomorrow, future.",
  ["today", "topic_place", "future_event", "palace_venue"])

d = "2023-04-14"
N(4, d, """Prime Minister Edi Rama hosted today in Vlorë the President of the Council of Ministers of Italy. The two heads of government visited the construction site of the Vlorë international airport and held a meeting on energy interconnection across the Adriatic and on migration. An agreement on the Shëngjin reception centre was discussed.""",
  [mt(d, C("Vlore", "AL", 40.47, 19.49, q="Vlorë"), ["Albania", "Italy"]),
   E("other", "construction site visit", d, C("Vlore", "AL", 40.47, 19.49, q="Vlorë"), ["Albania", "Italy"])],
  [C("Shengjin", "AL", 41.81, 19.59, q="Shëngjin")],
  "Site visit: other. Shëngjin: topic.", ["today", "site_visit", "topic_place"])

d = "2021-10-22"
N(5, d, """President Klaus Iohannis met today at Cluj-Napoca with President Maia Sandu of the Republic of Moldova, who is on a visit to Transylvania. The presidents discussed Romania's support for Moldova's energy security during the winter, following Gazprom's decision to cut supplies, and the interconnection of the two countries' electricity grids.""",
  [mt(d, C("Cluj-Napoca", "RO", 46.77, 23.60), ["Romania", "Moldova"])],
  [],
  "Transylvania: region. Gazprom decision: background with no place.", ["today"])

d = "2024-06-13"
N(6, d, """Prime Minister Ulf Kristersson received NATO Secretary General Jens Stoltenberg today in Gothenburg, where the Prime Minister is attending the annual defence conference. They discussed Sweden's first weeks as a NATO member, the upcoming summit in Washington and support for Ukraine.""",
  [mt(d, C("Gothenburg", "SE", 57.71, 11.97), ["Sweden", "NATO"])],
  [C("Washington", "US", 38.90, -77.04)],
  "Washington: future summit.", ["today", "future_event"])

d = "2022-10-07"
N(7, d, """Federal Chancellor Olaf Scholz met today in Dresden with the Prime Minister of the Czech Republic, Petr Fiala, on the margins of the 'Central Europe' economic forum. Their talks focused on gas storage, the EU's gas price cap and the reopening of the Dresden–Prague rail link after the summer's wildfires in Bohemian Switzerland.""",
  [mt(d, C("Dresden", "DE", 51.05, 13.74), ["Germany", "Czech Republic"])],
  [C("Prague", "CZ", 50.09, 14.42), M("Bohemian Switzerland", 50.88, 14.35, "CZ", "approximate, national park on the Czech-German border")],
  "Composite. Prague and Bohemian Switzerland: topics (the summer's wildfires, undated).", ["today", "topic_place", "sidelines"])

d = "2023-07-19"
N(8, d, """Le Président de la République s'est entretenu aujourd'hui par téléphone, depuis Bordeaux où il était en déplacement, avec le Président de l'Ukraine. Ils ont évoqué la fin de l'initiative céréalière de la mer Noire annoncée par la Russie et les frappes russes sur le port d'Odessa la nuit dernière. Le Président a confirmé la livraison de nouveaux missiles.""",
  [cl(d, C("Bordeaux", "FR", 44.84, -0.58), ["France", "Ukraine"], alts=[C("Kyiv", "UA", 50.45, 30.52)])],
  [C("Odesa", "UA", 46.48, 30.73)],
  "In French. The call from Bordeaux, Kyiv as alternate. The strikes on Odesa 'last night' are a back-reference in a readout (not gold, a judgement call; listed).",
  ["french", "call_from_venue", "today", "back_reference"])

d = "2022-11-04"
N(9, d, """The Prime Minister of Spain and the Prime Minister of Portugal held their 34th bilateral summit today in Viana do Castelo. The two governments signed agreements on cross-border mobility and on the hydrogen pipeline from Celorico da Beira to Zamora, and reaffirmed their support for the H2Med corridor to Marseille.""",
  [mt(d, C("Viana do Castelo", "PT", 41.69, -8.83), ["Spain", "Portugal"], "bilateral summit")],
  [C("Zamora", "ES", 41.50, -5.75), C("Marseille", "FR", 43.30, 5.37)],
  "Composite venue. Celorico da Beira, Zamora, Marseille: topic places (pipeline ends).", ["today", "topic_place", "signing"])

d = "2023-06-06"
N(10, d, """Palazzo Chigi: President Giorgia Meloni received today at the Prefecture of Palermo the Prime Minister of the Government of National Unity of Libya. The meeting focused on the management of migratory flows from the Libyan coast, cooperation between the coast guards and energy projects. The President also expressed condolences for the victims of the floods in Derna last year.""",
  [mt(d, C("Palermo", "IT", 38.12, 13.36), ["Italy", "Libya"])],
  [],
  "Composite. Palazzo Chigi: issuing office (Rome; not listed). Derna floods: background (a prior gold name, not listed).",
  ["today", "background_event"])

d = "2021-05-27"
N(11, d, """Minister Luigi Di Maio met today in Trieste with the Minister of Foreign Affairs of Slovenia, Anže Logar. The ministers discussed the reopening of border crossings on the Karst after the pandemic restrictions and the protection of the Slovene minority in Friuli Venezia Giulia. Minister Logar invited his counterpart to the Bled Strategic Forum in September.""",
  [mt(d, C("Trieste", "IT", 45.65, 13.78), ["Italy", "Slovenia"])],
  [C("Bled", "SI", 46.37, 14.11)],
  "Bled: future forum.", ["today", "future_event"])

d = "2024-08-23"
N(12, d, """Federal Chancellor Karl Nehammer met today with the Prime Minister of Bavaria at the Salzburg Festival. The talks dealt with border controls at the Walserberg crossing, transit traffic through Tyrol and the Brenner base tunnel. In the afternoon, the Chancellor spoke by telephone with the President of the European Commission.""",
  [mt(d, C("Salzburg", "AT", 47.80, 13.04), ["Austria", "Bavaria"]),
   cl(d, C("Salzburg", "AT", 47.80, 13.04), ["Austria", "European Commission"], alts=[C("Brussels", "BE", 50.85, 4.35)])],
  [C("Innsbruck", "AT", 47.26, 11.39)],
  "The afternoon call: the Chancellor was still in Salzburg (stated venue of the day), Brussels as alternate. Walserberg (~8 km): topic, not listed. Tyrol (Innsbruck) and Brenner: topics.",
  ["today", "call_from_venue", "topic_place", "meeting_and_call"])

d = "2022-07-05"
N(13, d, """The President of the Swiss Confederation held a bilateral meeting today in Lugano with the Prime Minister of Ukraine, Denys Shmyhal, on the margins of the Ukraine Recovery Conference. They discussed demining, the reconstruction of the Zhytomyr region and Swiss humanitarian aid. The next conference will be hosted by the United Kingdom.""",
  [mt(d, C("Lugano", "CH", 46.01, 8.96), ["Switzerland", "Ukraine"])],
  [C("Zhytomyr", "UA", 50.25, 28.66)],
  "Zhytomyr: topic. The next conference: future, country only.", ["today", "sidelines", "topic_place", "future_event"])

d = "2023-05-02"
N(14, d, """Sultanate of Oman, Ministry of Foreign Affairs: The Minister of Foreign Affairs received today in Khasab, in the Musandam Governorate, the Minister of Foreign Affairs of the Islamic Republic of Iran. The two ministers discussed maritime security in the Strait of Hormuz, the release of detained sailors and the situation in Yemen. The Iranian minister will travel to Muscat tomorrow.""",
  [mt(d, C("Khasab", "OM", 26.18, 56.25), ["Oman", "Iran"])],
  [C("Muscat", "OM", 23.59, 58.41)],
  "Composite. Strait of Hormuz and Yemen: topics. Muscat: tomorrow, future.", ["today", "future_event", "topic_place", "gulf"])

d = "2024-04-23"
N(15, d, """The Prime Minister of Egypt received today, at the headquarters of the Suez Canal Economic Zone in Port Said, the Minister of Transport of the Republic of Korea. They discussed the impact of attacks on shipping in the Red Sea on Canal revenues, and Korean investments in the East Port Said industrial zone.""",
  [mt(d, C("Port Said", "EG", 31.26, 32.30), ["Egypt", "South Korea"])],
  [],
  "Red Sea attacks: topic without a place.", ["today", "topic_place"])

d = "2023-10-11"
N(16, d, """President Abdel Fattah al-Sisi received today a phone call from the President of the United States. The two presidents discussed the escalation in Gaza, the opening of the Rafah crossing for aid, and efforts to prevent the conflict from spreading. The call came while the President was following the "Bright Star" exercise near Hurghada.""",
  [cl(d, C("Hurghada", "EG", 27.26, 33.81), ["Egypt", "United States"], alts=[C("Washington", "US", 38.90, -77.04)])],
  [M("Rafah crossing", 31.25, 34.26, "EG", "approximate, crossing on the Egypt-Gaza border")],
  "Composite. A received call pinned where the issuing side's principal was (near Hurghada), Washington as alternate. Rafah crossing: topic.",
  ["received_call", "call_from_venue", "today", "topic_place"])

d = "2023-09-27"
N(17, d, """General Command of the Libyan National Army: Field Marshal Khalifa Haftar received today at the General Command headquarters in al-Rajma, east of Benghazi, the Deputy Minister of Defence of the Russian Federation and his accompanying delegation. The meeting discussed military cooperation and the reconstruction of Derna. It was Haftar's second meeting with the delegation, after the first one in August.""",
  [mt(d, M("al-Rajma", 32.08, 20.32, "LY", "approximate, LNA headquarters east of Benghazi"), ["LNA", "Russia"], alts=[C("Benghazi", "LY", 32.12, 20.07)])],
  [],
  "Headquarters in al-Rajma, Benghazi as alternate. The August meeting: month only, not gold. Derna: topic (prior gold name, not listed).",
  ["today", "back_reference", "headquarters_venue"])

d = "2022-04-08"
N(18, d, """Kingdom of Morocco, Ministry of Foreign Affairs: The Minister of Foreign Affairs, Nasser Bourita, held talks today in Tangier with the Minister of Foreign Affairs of Spain, José Manuel Albares, to prepare the high-level meeting of the two governments to be held in Rabat. The ministers discussed the reopening of the land crossings of Ceuta and Melilla, closed since 2020, and maritime connections between Tangier Med and Algeciras.""",
  [mt(d, C("Tangier", "MA", 35.77, -5.80), ["Morocco", "Spain"])],
  [C("Rabat", "MA", 34.01, -6.83), C("Ceuta", "ES", 35.89, -5.32), C("Melilla", "ES", 35.29, -2.94), C("Algeciras", "ES", 36.13, -5.45)],
  "Rabat: future high-level meeting. Ceuta, Melilla, Algeciras: topics (Ceuta ~45 km from Tangier, inside the radius).",
  ["today", "future_event", "topic_place"])

d = "2024-01-22"
N(19, d, """President Kais Saied met today in Sfax with the Italian Minister of the Interior. The meeting dealt with irregular migration from the coasts of Sfax governorate, the return of migrants from sub-Saharan Africa, and the implementation of the memorandum of understanding signed with the European Union in July.""",
  [mt(d, C("Sfax", "TN", 34.74, 10.76), ["Tunisia", "Italy"])],
  [],
  "Composite. The July memorandum: background without a place.", ["today", "background_event"])

d = "2021-02-18"
N(20, d, """President Nana Addo Dankwa Akufo-Addo paid a courtesy call today on the Asantehene, Otumfuo Osei Tutu II, at the Manhyia Palace in Kumasi. The President briefed the Asantehene on the government's COVID-19 vaccination plan and on the security situation along the northern border with Burkina Faso.""",
  [mt(d, M("Manhyia Palace", 6.71, -1.61, "GH", "approximate, palace in northern Kumasi"), ["Ghana", "Asantehene"], alts=[C("Kumasi", "GH", 6.69, -1.62)])],
  [],
  "Courtesy call in person: a meeting. Burkina Faso: country only.", ["today", "palace_venue", "light_verb"])

d = "2023-05-25"
N(21, d, """Presidency of Faso: The Head of State, Captain Ibrahim Traoré, received today in Bobo-Dioulasso a delegation of the Transitional Government of Mali led by its Minister of Defence. The talks focused on joint military operations in the border area and the supply of fuel through the Bobo-Dioulasso–Sikasso corridor.""",
  [mt(d, C("Bobo-Dioulasso", "BF", 11.18, -4.30), ["Burkina Faso", "Mali"])],
  [C("Sikasso", "ML", 11.32, -5.67)],
  "Sikasso: corridor topic.", ["today", "topic_place"])

d = "2024-03-15"
N(22, d, """Office of the President: President Paul Kagame held talks today in Rubavu with the Prime Minister of Burundi on the margins of a regional trade meeting. The two leaders discussed the reopening of the border and the security situation in South Kivu. A phone call with the President of Angola, the regional mediator, is planned for next week.""",
  [mt(d, C("Rubavu", "RW", -1.68, 29.26, q="Gisenyi"), ["Rwanda", "Burundi"])],
  [],
  "Composite. South Kivu: region topic. The planned call: future.", ["today", "future_event", "sidelines"])

d = "2022-08-30"
N(23, d, """State House: H.E. the President received the Vice-President of South Sudan today at the State Lodge in Gulu. The meeting discussed the return of South Sudanese refugees from the settlements in northern Uganda and the construction of the Gulu–Nimule–Juba road. The President also spoke by phone with the President of Kenya.""",
  [mt(d, C("Gulu", "UG", 2.78, 32.30), ["Uganda", "South Sudan"]),
   cl(d, C("Gulu", "UG", 2.78, 32.30), ["Uganda", "Kenya"], alts=[C("Nairobi", "KE", -1.29, 36.82)])],
  [C("Nimule", "SS", 3.60, 32.06), C("Juba", "SS", 4.85, 31.58)],
  "The phone call the same day from Gulu (the President's stated location), Nairobi as alternate. Nimule and Juba: road topic.",
  ["today", "meeting_and_call", "topic_place"])

d = "2024-05-09"
N(24, d, """The Presidency: President Cyril Ramaphosa spoke today by telephone with the Prime Minister of India from Tuynhuys in Cape Town, where he chaired a meeting of the Cabinet. The two leaders discussed preparations for the BRICS summit and India's G20 presidency outcomes. The President congratulated the Prime Minister on the conduct of the general elections.""",
  [cl(d, M("Tuynhuys", -33.926, 18.418, "ZA", "approximate, presidential office in Cape Town"), ["South Africa", "India"], alts=[C("Cape Town", "ZA", -33.93, 18.42), C("New Delhi", "IN", 28.61, 77.21)]),
   E("other", "cabinet meeting", d, C("Cape Town", "ZA", -33.93, 18.42), ["South Africa"])],
  [],
  "Call from the stated office; Cape Town and New Delhi as alternates. The cabinet meeting is internal: other. BRICS summit: future, no place.",
  ["today", "call_from_venue", "palace_venue", "future_event"])

d = "2023-06-08"
N(25, d, """Prime Minister's Office, Malaysia: The Prime Minister received a courtesy call today from the President of the Republic of Indonesia in Kuching, Sarawak, ahead of the annual consultation. The two leaders discussed the land border in Borneo, the relocation of Indonesia's capital to Nusantara, and palm oil exports to the European Union.""",
  [mt(d, C("Kuching", "MY", 1.55, 110.35), ["Malaysia", "Indonesia"])],
  [M("Nusantara", -0.97, 116.70, "ID", "approximate, new capital site in East Kalimantan")],
  "Composite. Nusantara: topic. The annual consultation: upcoming, same city (not separate).", ["today", "topic_place", "light_verb"])

d = "2023-03-17"
N(26, d, """Ministry of Foreign Affairs of Japan: Minister for Foreign Affairs Hayashi Yoshimasa spoke by phone today with the Minister of Foreign Affairs of the Republic of Korea. The ministers welcomed the outcomes of last week's summit meeting and agreed to hold the next ministers' meeting in Jeju in the summer. Minister Hayashi was in Sapporo for a regional meeting.""",
  [cl(d, C("Sapporo", "JP", 43.06, 141.35), ["Japan", "South Korea"], alts=[C("Seoul", "KR", 37.57, 126.98)])],
  [C("Jeju", "KR", 33.50, 126.53)],
  "The call from Sapporo (where the minister was), Seoul as alternate. Last week's summit: undated, no place. Jeju: future.",
  ["today", "call_from_venue", "future_event", "back_reference"])

d = "2024-10-18"
N(27, d, """Presidencia de la República: El Presidente sostuvo hoy una llamada telefónica con el Presidente de la República de Guatemala desde Mérida, Yucatán, donde supervisó las obras del Tren Maya. Ambos mandatarios conversaron sobre la migración en la frontera sur y la crisis en Tapachula. Acordaron reunirse en Tapachula en noviembre.""",
  [cl(d, C("Merida", "MX", 20.97, -89.62, q="Mérida"), ["Mexico", "Guatemala"], alts=[C("Guatemala City", "GT", 14.64, -90.51)]),
   E("other", "site inspection", d, C("Merida", "MX", 20.97, -89.62, q="Mérida"), ["Mexico"])],
  [C("Tapachula", "MX", 14.90, -92.26)],
  "In Spanish. Call from Mérida, Guatemala City as alternate. Tapachula: topic and future meeting.",
  ["spanish", "call_from_venue", "future_event", "topic_place"])

d = "2022-05-20"
N(28, d, """Governor's Office, Nampula: The Governor of Nampula province received today the Ambassador of the European Union, who is visiting the province. The meeting reviewed support to families displaced from Cabo Delgado who have settled in the districts of Eráti and Memba, and the EU-funded rehabilitation of the Nampula–Cuamba railway.""",
  [mt(d, C("Nampula", "MZ", -15.12, 39.27), ["Nampula province", "EU"])],
  [M("Memba", -14.17, 40.52, "MZ", "approximate, coastal district town"), C("Cuamba", "MZ", -14.80, 36.54)],
  "Eráti and Memba: places displaced people settled (topic). Cuamba: railway end. Cabo Delgado: province, not listed.",
  ["today", "topic_place"])

d = "2021-12-03"
N(29, d, """Presidencia de la República de Colombia: El Presidente se reunió hoy en Medellín con el Primer Ministro de Israel, quien cumple una visita oficial a Colombia. Los mandatarios trataron la cooperación en ciberseguridad y el tratado de libre comercio. Más tarde, el Presidente habló por teléfono desde el avión presidencial con el Presidente de Ecuador sobre la seguridad en la frontera.""",
  [mt(d, C("Medellin", "CO", 6.25, -75.56, q="Medellín"), ["Colombia", "Israel"])],
  [],
  "Invented visit. The later call from the presidential plane has no stated location: not pinned (a judgement call; no gold). Ecuador: country only.",
  ["spanish", "today", "call_no_place"])

d = "2020-02-27"
N(30, d, """Office of the Prime Minister of Jamaica: The Prime Minister met today in Montego Bay with the Prime Minister of Barbados ahead of the CARICOM intersessional meeting. They discussed the coronavirus outbreak, regional airline LIAT and hurricane preparedness. The two leaders will hold a joint press briefing in Bridgetown next month.""",
  [mt(d, C("Montego Bay", "JM", 18.47, -77.92), ["Jamaica", "Barbados"])],
  [C("Bridgetown", "BB", 13.10, -59.62)],
  "Bridgetown: future press briefing.", ["today", "future_event"])
