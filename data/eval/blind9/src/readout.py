from lib import *
R = "readout"
DOCS = []
add = DOCS.append
RO = "Readout: calls/virtual meetings are kind call at the issuing side's capital (other side alternate); in-person meetings at the stated place."
WAS = P("Washington", "US")
ND = P("New Delhi", "IN", pick=1)
MOS = P("Moscow", "RU")
AST = P("Astana", "KZ")

# 1
d = "2025-04-14"
add(D(R, 1, d, """Secretary Rubio's Call with Lithuanian Foreign Minister Budrys

The following is attributable to Spokesperson Tammy Bruce:

Secretary of State Marco Rubio spoke with Lithuanian Foreign Minister Kęstutis Budrys today. The Secretary and Foreign Minister discussed the deaths of four U.S. soldiers in a training accident near Pabradė last month and thanked Lithuania for its support in the recovery. They also discussed Allies' commitments to increase defense spending ahead of the NATO Summit in The Hague.""",
  [E("call", "phone call", d, WAS, ["Marco Rubio", "Kęstutis Budrys"], alts=[P("Vilnius", "LT")])],
  [Q("Pabradė", "LT", 54.98, 25.77), P("The Hague", "NL", "Den Haag")],
  RO + " Pabradė accident: undated back-reference (not of the scored kinds anyway). The Hague summit future.",
  ["readout", "call", "back_reference", "future_event", "nationality"]))

# 2
d = "2024-09-30"
add(D(R, 2, d, """Telephone conversation with President of Kazakhstan Kassym-Jomart Tokayev

Vladimir Putin had a telephone conversation with President of Kazakhstan Kassym-Jomart Tokayev. The two leaders discussed current matters of bilateral cooperation, including the construction of Kazakhstan's first nuclear power plant near the village of Ulken on Lake Balkhash, following the referendum on October 6. The President of Russia congratulated his colleague on the upcoming Day of the Capital of Kazakhstan.""",
  [E("call", "phone call", d, MOS, ["Vladimir Putin", "Kassym-Jomart Tokayev"], alts=[AST])],
  [M("Ulken", 45.21, 73.99, "KZ", "approximate, village on Lake Balkhash")],
  RO + " Ulken: topic. The referendum is future; 'Day of the Capital' a metonym of Astana (already the alternate).",
  ["readout", "call", "topic_place", "future_event"]))

# 3
d = "2025-09-11"
VAR = Q("Varanasi", "IN", 25.32, 82.99)
add(D(R, 3, d, """Prime Minister's meeting with Prime Minister of Mauritius

Prime Minister Shri Narendra Modi held talks with Prime Minister of Mauritius Dr. Navinchandra Ramgoolam in Varanasi today. This is Prime Minister Ramgoolam's first bilateral visit abroad since assuming office. The leaders reviewed progress in the Enhanced Strategic Partnership agreed during Prime Minister's State Visit to Port Louis in March 2025, and announced a special economic package for Mauritius, including support for a new hospital in Port Louis and the Chagos Marine Protected Area.

Prime Minister Ramgoolam will visit Ayodhya and Tirupati before returning home.""",
  [E("meeting", "bilateral meeting", d, VAR, ["Narendra Modi", "Navinchandra Ramgoolam"])],
  [Q("Port Louis", "MU", -20.16, 57.5), M("Chagos Archipelago", -6.3, 71.85, "IO", "approximate, Diego Garcia area"), Q("Ayodhya", "IN", 26.79, 82.2), Q("Tirupati", "IN", 13.63, 79.42)],
  RO + " Non-capital meeting seat. Port Louis: month-only background (March 2025) and topic. Chagos topic. Ayodhya/Tirupati future.",
  ["readout", "non_capital_seat", "background_event", "topic_place", "future_event"]))

# 4
d = "2024-05-23"
add(D(R, 4, d, """Readout of President Joseph R. Biden, Jr.'s Meeting with President William Ruto of Kenya

President Joseph R. Biden, Jr. welcomed President William Ruto of Kenya to the White House today for the first State Visit by an African leader since 2008. The leaders discussed Kenya's leadership of the Multinational Security Support mission to Haiti, whose first police officers are expected to deploy to Port-au-Prince in the coming weeks. President Biden announced his intent to designate Kenya as a Major Non-NATO Ally.""",
  [E("meeting", "state visit", d, WAS, ["Joe Biden", "William Ruto"])],
  [P("Port-au-Prince", "HT")],
  RO + " White House → Washington. Port-au-Prince deployment future.",
  ["readout", "metonym", "future_event"]))

# 5
d = "2024-10-30"
add(D(R, 5, d, f"""Entretien téléphonique du Président de la République avec le Président de la République d'Indonésie

Le Président de la République s'est entretenu ce {WDF(d)} par téléphone avec le Président de la République d'Indonésie, M. Prabowo Subianto, pour le féliciter de sa prise de fonctions. Les deux chefs d'État ont évoqué le partenariat stratégique, la coopération de défense, notamment la livraison des avions Rafale, et la situation au Proche-Orient. Le Président a invité M. Prabowo à se rendre à Paris en 2025.""",
  [E("call", "phone call", d, P("Paris", "FR"), ["Emmanuel Macron", "Prabowo Subianto"], alts=[P("Jakarta", "ID")])],
  [],
  RO + " French. Future visit to Paris (same pin as the call; no separate place).",
  ["readout", "call", "non_english", "weekday_date", "future_event"]))

# 6
d = "2025-02-03"
add(D(R, 6, d, f"""Conversación telefónica de la Presidenta Claudia Sheinbaum con el Presidente Donald Trump

Esta mañana de {WDS(d)}, la Presidenta Claudia Sheinbaum Pardo sostuvo una conversación telefónica con el Presidente de los Estados Unidos, Donald Trump. Acordaron pausar por un mes los aranceles anunciados y México reforzará la frontera norte con 10 mil elementos de la Guardia Nacional para evitar el tráfico de fentanilo desde Tijuana, Ciudad Juárez y otras ciudades. Los equipos de seguridad y comercio se reunirán en Washington.""",
  [E("call", "phone call", d, P("Mexico City", "MX"), ["Claudia Sheinbaum", "Donald Trump"], alts=[WAS])],
  [Q("Tijuana", "MX", 32.53, -117.02)],
  RO + " Spanish. Washington is the alternate and also a future meeting place. Border cities: topics (Ciudad Juárez not repeated as a non-event since it is gold elsewhere in this set; Tijuana kept).",
  ["readout", "call", "non_english", "weekday_date", "topic_place", "future_event"]))

# 7
d = "2024-02-09"
add(D(R, 7, d, f"""Presidente Lula conversa por telefone com o presidente da China, Xi Jinping

O presidente Luiz Inácio Lula da Silva conversou nesta {WDP(d)} por telefone com o presidente da China, Xi Jinping, por ocasião dos 50 anos das relações diplomáticas, a serem celebrados em agosto. Os dois líderes trataram da presidência brasileira do G20, cuja cúpula de líderes ocorrerá no Rio de Janeiro em novembro, e da situação em Gaza. Lula convidou Xi para uma visita de Estado a Brasília após a cúpula.""",
  [E("call", "phone call", d, P("Brasília", "BR"), ["Luiz Inácio Lula da Silva", "Xi Jinping"], alts=[P("Beijing", "CN")])],
  [P("Rio de Janeiro", "BR")],
  RO + " Portuguese ('nesta sexta-feira' = D, Friday 2024-02-09). Rio summit future; Gaza topic (unpinned).",
  ["readout", "call", "non_english", "future_event"]))

# 8
d = "2024-09-07"
HIL = Q("Hillsborough", "GB", 54.46, -6.08)
add(D(R, 8, d, """PM meeting with the Taoiseach: 7 September 2024

The Prime Minister met the Taoiseach, Simon Harris, at Hillsborough Castle this afternoon, following his visit to Belfast yesterday for talks with the First Minister and deputy First Minister at Stormont.

The leaders agreed to hold an annual UK–Ireland summit, the first of which will take place in March 2025, and discussed the Legacy Act and the Windsor Framework. The Prime Minister looked forward to welcoming the Taoiseach to Downing Street.""",
  [E("meeting", "bilateral meeting", d, HIL, ["Keir Starmer", "Simon Harris"]),
   E("meeting", "talks", DAY(d, -1), P("Belfast", "GB"), ["Keir Starmer", "Michelle O'Neill", "Emma Little-Pengelly"], optional=True)],
  [P("Windsor", "GB"), P("London", "GB")],
  RO + " Composite. The Belfast talks 'yesterday': dated background, optional (~15 km). Windsor Framework metonym; Downing Street (London) future.",
  ["readout", "non_capital_seat", "background_event", "metonym", "future_event"]))

# 9
d = "2023-08-18"
CD = M("Camp David", 39.648, -77.465, "US", "approximate, presidential retreat in Catoctin Mountain Park, Maryland")
add(D(R, 9, d, """Readout of President Biden's Trilateral Meeting with President Yoon Suk Yeol of the Republic of Korea and Prime Minister Kishida Fumio of Japan

President Biden hosted President Yoon Suk Yeol of the Republic of Korea and Prime Minister Kishida Fumio of Japan at Camp David today for the first stand-alone trilateral summit of the three countries. The leaders committed to consult on regional challenges, including North Korea's missile launches and China's conduct in the South China Sea, and to hold trilateral summits annually.""",
  [E("meeting", "trilateral summit", d, CD, ["Joe Biden", "Yoon Suk Yeol", "Kishida Fumio"])],
  [],
  RO + " Non-capital seat (~95 km from Washington, which is not mentioned).",
  ["readout", "non_capital_seat"]))

# 10
d = "2023-05-17"
XIA = Q("Xi'an", "CN", 34.26, 108.94)
add(D(R, 10, d, """Xi Jinping Holds Talks with Kazakh President Kassym-Jomart Tokayev

On the morning of May 17, 2023, President Xi Jinping held talks with President Kassym-Jomart Tokayev, who is on a state visit to China and attending the China-Central Asia Summit, in Xi'an. The two heads of state agreed to deepen cooperation along the Belt and Road, including the China-Europe freight trains via Khorgos, and announced a mutual visa exemption. The summit itself will open tomorrow.""",
  [E("meeting", "bilateral meeting", d, XIA, ["Xi Jinping", "Kassym-Jomart Tokayev"])],
  [Q("Khorgos", "KZ", 44.2, 80.4, q="Khorgos")],
  RO + " Non-capital meeting seat. Khorgos: topic. Summit tomorrow: future (same pin).",
  ["readout", "non_capital_seat", "topic_place", "future_event"]))

# 11
d = "2024-05-27"
NOV = M("Novo-Ogaryovo", 55.73, 37.25, "RU", "approximate, state residence west of Moscow")
add(D(R, 11, d, """Meeting with President of Uzbekistan Shavkat Mirziyoyev

Vladimir Putin held talks with President of Uzbekistan Shavkat Mirziyoyev at Novo-Ogaryovo state residence, where the Uzbek President arrived on a working visit. The leaders discussed the construction of a small nuclear power plant in the Jizzakh Region by Rosatom and trade and transport links via Termez. Vladimir Putin thanked his colleague for the invitation to attend the celebrations in Samarkand next year.""",
  [E("meeting", "bilateral meeting", d, NOV, ["Vladimir Putin", "Shavkat Mirziyoyev"], alts=[MOS])],
  [Q("Jizzakh", "UZ", 40.12, 67.84), Q("Termez", "UZ", 37.22, 67.28), Q("Samarkand", "UZ", 39.65, 66.96)],
  RO + " Composite. Residence outside Moscow (~30 km), Moscow alternate. Jizzakh/Termez topics; Samarkand future.",
  ["readout", "non_capital_seat", "topic_place", "future_event"]))

# 12
d = "2025-05-10"
add(D(R, 12, d, """EAM's telephone conversation with Foreign Minister of Saudi Arabia

External Affairs Minister Dr. S. Jaishankar received a call from Foreign Minister of Saudi Arabia HH Prince Faisal bin Farhan Al Saud this afternoon. EAM shared India's perspective on the situation following the terrorist attack on tourists at Baisaran meadow and India's targeted, measured response against terrorist infrastructure in Bahawalpur and Muridke. The Saudi Foreign Minister had earlier visited Islamabad.""",
  [E("call", "phone call", d, ND, ["S. Jaishankar", "Faisal bin Farhan"], alts=[P("Riyadh", "SA")])],
  [M("Baisaran meadow", 34.0, 75.33, "IN", "approximate, meadow above Pahalgam"), Q("Bahawalpur", "PK", 29.4, 71.68), Q("Muridke", "PK", 31.8, 74.26), P("Islamabad", "PK")],
  RO + " 'Received a call from': kind call at the issuing (publishing) side's capital, New Delhi, with the caller's capital Riyadh as alternate (as in blind8). Baisaran, Bahawalpur, Muridke: topics (strikes are back-references). Islamabad: undated earlier visit.",
  ["readout", "call", "host_received_call", "topic_place", "back_reference"]))

# 13
d = "2025-06-25"
add(D(R, 13, d, """President Erdoğan meets with U.S. President Trump

President Recep Tayyip Erdoğan met with U.S. President Donald Trump on the sidelines of the NATO Summit in The Hague. During the meeting, the two leaders discussed bilateral relations, the F-35 program, the situation in Syria and the ceasefire between Iran and Israel. President Erdoğan stated that Türkiye is ready to host the 2026 NATO Summit in Ankara.""",
  [E("meeting", "bilateral meeting", d, P("The Hague", "NL", "Den Haag"), ["Recep Tayyip Erdoğan", "Donald Trump"])],
  [P("Ankara", "TR")],
  RO + " Third-country seat. Ankara 2026 summit future.",
  ["readout", "third_country", "future_event"]))

# 14
d = "2025-03-04"
add(D(R, 14, d, f"""Statement by President von der Leyen following her phone call with President Zelenskyy

I just had a good phone call with President Zelenskyy. I briefed him on the ReArm Europe plan that I presented to Member States today. We will discuss it with the leaders at the special European Council in Brussels on {WD(d,2)}. Europe stands with Ukraine. We are ready to step up, also on security guarantees, together with our partners who met in London on {WD(d,-2)}.""",
  [E("call", "phone call", d, P("Brussels", "BE"), ["Ursula von der Leyen", "Volodymyr Zelenskyy"], alts=[P("Kyiv", "UA")]),
   E("meeting", "summit", DAY(d, -2), P("London", "GB"), ["European leaders", "Volodymyr Zelenskyy"], optional=True)],
  [],
  RO + " Written statement on a call. Thursday European Council future (same pin). London meeting on Sunday (D-2): dated background, optional.",
  ["readout", "call", "weekday_date", "future_event", "background_event"]))

# 15
d = "2023-05-24"
add(D(R, 15, d, """Meeting with Prime Minister of India

Today I welcomed Prime Minister Narendra Modi to Admiralty House in Sydney for our annual summit. We agreed to work towards a Comprehensive Economic Cooperation Agreement and signed a Migration and Mobility Partnership. Last night, I joined Prime Minister Modi at a community event at Qudos Bank Arena in Olympic Park, attended by more than 20,000 members of the Indian-Australian community. India will open a consulate in Brisbane.""",
  [E("meeting", "annual summit", d, P("Sydney", "AU"), ["Anthony Albanese", "Narendra Modi"]),
   E("other", "community event", [DAY(d, -1), d], M("Sydney Olympic Park", -33.85, 151.07, "AU", "approximate, Homebush"), ["Anthony Albanese", "Narendra Modi"])],
  [P("Brisbane", "AU")],
  RO + " First-person. Community event 'last night': kind other (~15 km). Brisbane consulate future. 'Indian-Australian' nationality.",
  ["readout", "non_capital_seat", "community_event", "future_event", "nationality"]))

# 16
d = "2025-06-17"
add(D(R, 16, d, """Prime Minister Carney meets with Prime Minister of India Narendra Modi

Today, Prime Minister Mark Carney met with the Prime Minister of India, Narendra Modi, on the margins of the G7 Leaders' Summit in Kananaskis, Alberta. The leaders agreed to restore high commissioners in Ottawa and New Delhi and to resume the work of officials toward an early progress trade agreement. They discussed law enforcement dialogue, and the Prime Minister raised the case of Surrey, British Columbia.""",
  [E("meeting", "bilateral meeting", d, M("Kananaskis", 50.94, -115.13, "CA", "approximate, resort area in the Rockies west of Calgary"), ["Mark Carney", "Narendra Modi"])],
  [P("Ottawa", "CA"), Q("Surrey", "CA", 49.1, -122.82)],
  RO + " Ottawa/New Delhi: posts of high commissioners (metonyms; New Delhi not listed to avoid duplicates). Surrey: topic (the 2023 killing), back-reference.",
  ["readout", "non_capital_seat", "metonym", "topic_place", "back_reference"]))

# 17
d = "2025-01-09"
add(D(R, 17, d, f"""Volodymyr Zelensky had a phone conversation with President of Türkiye Recep Tayyip Erdoğan

The President of Ukraine thanked Türkiye for its support of Ukraine's sovereignty and territorial integrity. The leaders discussed the security situation after the massive Russian strike on the energy system, including the attack on Zaporizhzhia on {WD(d,-1)}, which killed 13 people. The President informed his counterpart about the meeting of the Ramstein format in Germany, scheduled for today.""",
  [E("call", "phone call", d, P("Kyiv", "UA"), ["Volodymyr Zelensky", "Recep Tayyip Erdoğan"], alts=[P("Ankara", "TR")]),
   E("incident", "guided bomb strike", DAY(d, -1), P("Zaporizhzhia", "UA", "Zaporizhzhya"), ["Russia", "civilians"], optional=True)],
  [M("Ramstein Air Base", 49.44, 7.6, "DE", "approximate, US air base in the Palatinate")],
  RO + " Dated strike (Wednesday = D-1) mentioned in a readout: optional. Ramstein-format meeting is held at the base today but is only a metonym here (format name) and not attended in the readout: non-event.",
  ["readout", "call", "weekday_date", "background_event", "metonym"]))

# 18
d = "2025-08-29"
TOU = Q("Toulon", "FR", 43.12, 5.93)
add(D(R, 18, d, """Chancellor Merz and President Macron at the Franco-German Council of Ministers in Toulon

Chancellor Friedrich Merz and President Emmanuel Macron met today in Toulon for the 25th Franco-German Council of Ministers. At Fort de Brégançon the evening before, the two leaders had held a private dinner. Today's discussions focused on European defence, competitiveness and support for Ukraine. The next Council of Ministers will take place in Germany in 2026.""",
  [E("meeting", "intergovernmental council", d, TOU, ["Friedrich Merz", "Emmanuel Macron"]),
   E("meeting", "private dinner", DAY(d, -1), M("Fort de Brégançon", 43.094, 6.322, "FR", "approximate, presidential retreat at Bormes-les-Mimosas"), ["Friedrich Merz", "Emmanuel Macron"], optional=True)],
  [],
  RO + "  Dinner 'the evening before' (~30 km): dated, but a social dinner of the same visit — optional. Germany country-only future.",
  ["readout", "non_capital_seat", "background_event", "future_event"]))

# 19
d = "2024-06-14"
FAS = Q("Fasano", "IT", 40.84, 17.36)
add(D(R, 19, d, """Prime Minister's meeting with Prime Minister of Italy

Prime Minister Shri Narendra Modi met Prime Minister of Italy H.E. Ms. Giorgia Meloni on the sidelines of the G7 Outreach Summit at Borgo Egnazia, Apulia, on 14 June 2024. Prime Minister thanked her for the invitation and congratulated her on the successful conduct of the Summit. The leaders welcomed progress on the India-Middle East-Europe Economic Corridor and the Indian Army's contribution to the Italian campaign in World War II, commemorated at the Yashwant Ghadge memorial in Montone.""",
  [E("meeting", "bilateral meeting", d, FAS, ["Narendra Modi", "Giorgia Meloni"])],
  [M("Montone", 43.36, 12.32, "IT", "approximate, hill town in Umbria")],
  RO + " Borgo Egnazia resort pinned at Fasano (~8 km). Montone memorial: topic.",
  ["readout", "non_capital_seat", "topic_place"]))

# 20
d = "2025-05-21"
add(D(R, 20, d, """President Ramaphosa concludes Working Visit to the United States

President Cyril Ramaphosa today met President Donald Trump at the White House, where the two leaders discussed trade, investment and the situation of farmers in South Africa. President Ramaphosa was accompanied by Ministers and by golfers Ernie Els and Retief Goosen. The two leaders agreed that trade negotiations would continue. President Trump will attend the G20 Leaders' Summit in Johannesburg in November.""",
  [E("meeting", "working visit", d, WAS, ["Cyril Ramaphosa", "Donald Trump"])],
  [P("Johannesburg", "ZA")],
  RO + " White House → Washington. Johannesburg summit future.",
  ["readout", "metonym", "future_event"]))

# 21
d = "2024-07-31"
add(D(R, 21, d, f"""Joint Statement on the Outcome of the Venezuelan Presidential Election

The Governments of Argentina, Costa Rica, Ecuador, Guatemala, Panama, Paraguay, Peru, the Dominican Republic and Uruguay express their deep concern over the conduct of the presidential election held in Venezuela on {WD(d,-3)}. We call for a full review of the results with the presence of independent electoral observers and reject the decision of the authorities in Caracas to expel our diplomatic personnel.""",
  [],
  [P("Caracas", "VE")],
  RO + " Joint statement only: no gold. The election (Sunday) is not of the scored kinds and has no place beyond the country. Caracas metonym.",
  ["readout", "no_gold", "weekday_date", "metonym"]))

# 22
d = "2024-08-16"
VIL = P("Vilnius", "LT")
add(D(R, 22, d, f"""On the summoning of the Chargé d'Affaires of Belarus

On {WD(d)}, the Ministry of Foreign Affairs of the Republic of Lithuania summoned the Chargé d'Affaires a.i. of the Republic of Belarus and handed him a note of protest over repeated violations of Lithuania's airspace by balloons launched from the territory of Belarus near Druskininkai and the closure of the Medininkai border crossing by the Belarusian side.""",
  [E("meeting", "summons", d, VIL, ["Lithuanian MFA", "Belarusian chargé d'affaires"])],
  [Q("Druskininkai", "LT", 54.02, 23.97), M("Medininkai", 54.54, 25.65, "LT", "approximate, border crossing east of Vilnius")],
  RO + " Summons at the ministry in Vilnius. Druskininkai, Medininkai: topics (Medininkai ~30 km, inside the radius).",
  ["readout", "summons", "weekday_date", "topic_place"]))

# 23
d = "2021-11-16"
add(D(R, 23, d, """President Xi Jinping Has a Virtual Meeting with US President Joe Biden

On the morning of November 16, 2021, President Xi Jinping had a virtual meeting with US President Joe Biden. The two presidents had a candid, in-depth and extensive exchange on issues of strategic and fundamental importance, including the Taiwan question. President Xi noted that the meeting was the first virtual meeting between the two heads of state and recalled their exchanges in Davos in 2017.""",
  [E("call", "video call", d, P("Beijing", "CN"), ["Xi Jinping", "Joe Biden"], alts=[WAS])],
  [M("Davos", 46.8, 9.84, "CH", "approximate, resort town in Graubünden"), Q("Taipei", "TW", 25.05, 121.53)],
  RO + " Virtual meeting → call at Beijing, Washington alternate. Davos 2017: year-only background. 'Taiwan question' topic pinned at Taipei as a non-event.",
  ["readout", "call", "virtual", "background_event", "topic_place"]))

# 24
d = "2025-02-18"
add(D(R, 24, d, """Kassym-Jomart Tokayev received a phone call from Recep Tayyip Erdoğan

The Head of State received a telephone call from President of Türkiye Recep Tayyip Erdoğan. The President of Türkiye expressed condolences over the victims of the air crash near Aktau in December. The sides also discussed the agenda of the informal summit of the Organization of Turkic States to be held in Budapest and the Middle Corridor.""",
  [E("call", "phone call", d, AST, ["Kassym-Jomart Tokayev", "Recep Tayyip Erdoğan"], alts=[P("Ankara", "TR")])],
  [Q("Aktau", "KZ", 43.65, 51.2), P("Budapest", "HU")],
  RO + " Host-received call: at the issuing (receiving) side's capital Astana, caller's capital Ankara as alternate. Aktau crash month-only background. Budapest future.",
  ["readout", "call", "host_received_call", "back_reference", "future_event"]))

# 25
d = "2023-10-05"
GRA = Q("Granada", "ES", 37.18, -3.6)
add(D(R, 25, d, """Meeting of President Michel, President Macron and Chancellor Scholz with Prime Minister Pashinyan

On the margins of the European Political Community summit in Granada, President of the European Council Charles Michel, President Emmanuel Macron and Chancellor Olaf Scholz met with Prime Minister of Armenia Nikol Pashinyan today. The leaders regretted the absence of President Ilham Aliyev, who had declined to travel to Granada, and discussed the situation of the refugees arriving in Goris from Karabakh. They agreed to meet again in Brussels.""",
  [E("meeting", "quadrilateral meeting", d, GRA, ["Charles Michel", "Emmanuel Macron", "Olaf Scholz", "Nikol Pashinyan"])],
  [Q("Goris", "AM", 39.51, 46.34), M("Karabakh (Khankendi)", 39.82, 46.75, "AZ", "approximate, Khankendi/Stepanakert"), P("Brussels", "BE")],
  RO + " Aliyev's declined participation: no event. Goris/Karabakh: topics (origin/refuge). Brussels future.",
  ["readout", "third_country", "cancelled_event", "origin_place", "future_event"]))

# 26
d = "2025-03-30"
add(D(R, 26, d, """Readout of Secretary of Defense Pete Hegseth's Meeting With Japanese Minister of Defense Gen Nakatani

Secretary of Defense Pete Hegseth met with Japanese Minister of Defense Gen Nakatani in Tokyo today. Building on their meeting at the Pentagon on February 7, the leaders discussed upgrading U.S. Forces Japan to a joint force headquarters. On March 29, the two leaders attended a ceremony on Iwo Jima to mark the 80th anniversary of the battle.""",
  [E("meeting", "bilateral meeting", d, P("Tokyo", "JP"), ["Pete Hegseth", "Gen Nakatani"]),
   E("meeting", "bilateral meeting", "2025-02-07", M("Pentagon (Arlington)", 38.871, -77.056, "US", "approximate, Department of Defense headquarters"), ["Pete Hegseth", "Gen Nakatani"], optional=True),
   E("other", "commemoration", "2025-03-29", M("Iwo Jima", 24.78, 141.32, "JP", "approximate, island in the Ogasawara group"), ["Pete Hegseth", "Gen Nakatani"])],
  [],
  RO + " Iwo Jima ceremony on 29 March: kind other. Dated February meeting optional.",
  ["readout", "background_event", "memorial"]))

# 27
d = "2022-11-13"
add(D(R, 27, d, """Readout of President Joe Biden's Meeting with President Yoon Suk Yeol of the Republic of Korea

President Joseph R. Biden, Jr. met today with President Yoon Suk Yeol of the Republic of Korea on the margins of the East Asia Summit in Phnom Penh, Cambodia. The leaders condemned the DPRK's recent ballistic missile launches, including one that landed near the maritime border off Sokcho. President Biden will travel to Bali tomorrow for the G20 Summit.""",
  [E("meeting", "bilateral meeting", d, Q("Phnom Penh", "KH", 11.56, 104.92), ["Joe Biden", "Yoon Suk Yeol"])],
  [Q("Sokcho", "KR", 38.2, 128.59), M("Bali (Nusa Dua)", -8.8, 115.23, "ID", "approximate, G20 venue")],
  RO + " Third-country seat. Sokcho: reference for an undated missile launch. Bali future.",
  ["readout", "third_country", "back_reference", "future_event"]))

# 28
d = "2023-08-20"
add(D(R, 28, d, """President El-Sisi Receives the Emir of Qatar in New Alamein

President Abdel Fattah El-Sisi received today His Highness Sheikh Tamim bin Hamad Al Thani, Emir of the State of Qatar, at the presidential residence in New Alamein City on the North Coast. The two leaders discussed Qatari investments in Egypt and efforts to reach a ceasefire in Sudan, including the meeting of Sudan's neighbouring countries hosted in Cairo in July.""",
  [E("meeting", "bilateral meeting", d, M("New Alamein", 30.84, 28.95, "EG", "approximate, new city on the North Coast"), ["Abdel Fattah El-Sisi", "Tamim bin Hamad Al Thani"])],
  [P("Cairo", "EG")],
  RO + " Composite. Cairo summit in July: month-only background, non-event.",
  ["readout", "non_capital_seat", "background_event"]))

# 29
d = "2024-12-15"
AJA = Q("Ajaccio", "FR", 41.92, 8.74)
add(D(R, 29, d, """Pope Francis meets French President Macron in Ajaccio

At the end of his Apostolic Journey to Ajaccio, the Holy Father met privately with President Emmanuel Macron at the airport this afternoon. According to the Holy See Press Office, the conversation lasted about 15 minutes. The Pope had earlier celebrated Mass at the Place d'Austerlitz. President Macron had flown in from Mayotte, where he had visited areas devastated by Cyclone Chido. The Pope returned to Rome this evening.""",
  [E("meeting", "private meeting", d, AJA, ["Pope Francis", "Emmanuel Macron"]),
   E("other", "papal mass", d, AJA, ["Pope Francis"])],
  [Q("Mamoudzou", "YT", -12.78, 45.23), P("Rome", "IT")],
  RO + " Mass: kind other at the same city. Mayotte (Mamoudzou) undated origin of Macron. Rome return.",
  ["readout", "non_capital_seat", "origin_place", "return_leg"]))

# 30
d = "2024-10-23"
FAR = Q("Faro", "PT", 37.02, -7.93)
add(D(R, 30, d, f"""The President of the Government meets the Prime Minister of Portugal at the 35th Spain-Portugal Summit

The President of the Government, Pedro Sánchez, met on {WD(d)} in Faro with the Prime Minister of the Portuguese Republic, Luís Montenegro, within the framework of the 35th Spain-Portugal Summit. The two signed agreements on the Lisbon-Madrid high-speed rail link and on the management of the waters of the Guadiana. The next summit will be held in Spain.""",
  [E("meeting", "bilateral summit", d, FAR, ["Pedro Sánchez", "Luís Montenegro"])],
  [P("Lisbon", "PT", "Lisboa"), P("Madrid", "ES")],
  RO + " Translated from the Spanish original. Lisbon/Madrid: rail-link topic. Next summit country-only.",
  ["readout", "weekday_date", "topic_place", "non_capital_seat"]))
