from lib import *
R = "headline"
DOCS = []
add = DOCS.append
H = "Headline without a time: incident D-1..D; present-tense meetings/calls D."

d = "2023-04-15"
add(D(R, 1, d, "Russian missiles hit Kramatorsk apartment block, at least 8 dead",
  [E("incident", "missile strike", [DAY(d,-1), d], P("Kramatorsk", "UA"), ["Russia", "civilians"])],
  [], H, ["headline"]))

d = "2024-02-03"
add(D(R, 2, d, "Fire at Volgograd refinery after Ukrainian drone attack, governor says",
  [E("incident", "drone strike", [DAY(d,-1), d], P("Volgograd", "RU"), ["Ukraine"])],
  [], H, ["headline", "facility"]))

d = "2023-01-31"
add(D(R, 3, d, """Death toll in Peshawar police mosque bombing rises to 100
Rescuers pull more bodies from the rubble of the mosque inside the police lines, a day after the suicide blast.""",
  [E("incident", "suicide bombing", DAY(d,-1), P("Peshawar", "PK"), ["TTP faction", "police"])],
  [], H + " 'A day after' dates the blast D-1.", ["headline", "relative_day"]))

d = "2024-10-05"
BED = M("Beddawi camp", 34.46, 35.87, "LB", "approximate, Palestinian camp north-east of Tripoli, Lebanon")
add(D(R, 4, d, "Israeli strike on Beddawi camp in north Lebanon's Tripoli kills Hamas commander, his family",
  [E("incident", "airstrike", [DAY(d,-1), d], BED, ["Israel", "Hamas"], alts=[P("Tripoli", "LB")])],
  [], H + " Homonym: Tripoli, Lebanon (not Libya). Camp ~4 km from the city.", ["headline", "homonym", "camp"]))

d = "2024-12-11"
add(D(R, 5, d, "Taliban refugee minister Khalil Haqqani killed in blast at Kabul ministry",
  [E("incident", "suicide bombing", [DAY(d,-1), d], P("Kabul", "AF"), ["Islamic State Khorasan", "Taliban"])],
  [], H, ["headline", "capital"]))

d = "2024-07-01"
add(D(R, 6, d, f"Modi to visit Moscow on {WD(d,7)} in first trip to Russia since Ukraine invasion",
  [], [P("Moscow", "RU")], "Future visit: no gold.", ["headline", "future_event", "no_gold", "weekday_date"]))

d = "2023-04-07"
add(D(R, 7, d, "Macron, Xi hold informal talks in Guangzhou on second day of state visit",
  [E("meeting", "talks", d, P("Guangzhou", "CN"), ["Emmanuel Macron", "Xi Jinping"])],
  [], H, ["headline", "present_tense"]))

d = "2023-11-15"
WS = P("Woodside", "US", pick=1)
add(D(R, 8, d, "Biden, Xi meet at Filoli estate in Woodside, south of San Francisco, on sidelines of APEC",
  [E("meeting", "summit", d, WS, ["Joe Biden", "Xi Jinping"], alts=[P("San Francisco", "US")])],
  [], H + " Woodside, California (second gazetteer candidate; the first is Woodside, New York). San Francisco (~45 km) alternate.", ["headline", "homonym", "present_tense"]))

d = "2025-03-18"
add(D(R, 9, d, "Putin and Trump speak for over two hours on Ukraine ceasefire",
  [E("call", "phone call", d, P("Moscow", "RU"), ["Vladimir Putin", "Donald Trump"], alts=[P("Washington", "US")])],
  [], H + " Call at the first-named side's capital.", ["headline", "call", "present_tense"]))

d = "2023-12-04"
TUZ = P("Tuz Khurmatu", "IQ")
add(D(R, 10, d, "Roadside bomb kills four Iraqi soldiers 15 km east of Tuz Khurmatu",
  [E("incident", "IED", [DAY(d,-1), d], OFF("15 km east of Tuz Khurmatu", TUZ, 15, BEAR["east"]), ["Islamic State", "Iraqi army"], alts=[TUZ])],
  [], H + " Offset computed, reference alternate.", ["headline", "offset"]))

d = "2024-03-09"
add(D(R, 11, d, "Haitian capital: gangs torch police station in Delmas as violence spreads",
  [E("incident", "arson attack", [DAY(d,-1), d], P("Delmas", "HT"), ["gangs", "Haitian National Police"], alts=[P("Port-au-Prince", "HT")])],
  [], H + " Delmas is a commune of the capital (~4 km).", ["headline", "admin_qualifier", "present_tense"]))

d = "2023-07-30"
add(D(R, 12, d, "Protesters attack French embassy in Niamey, set doors on fire",
  [E("other", "riot", [DAY(d,-1), d], P("Niamey", "NE"), ["protesters"])],
  [], "Riot at an embassy: kind other, no scored gold. 'French embassy' names a country.", ["headline", "riot", "no_scored_gold", "nationality"]))

d = "2024-06-25"
add(D(R, 13, d, """Kenyan capital: protesters storm parliament over finance bill; police open fire
Several people were shot dead outside the parliament building, rights groups said. Parliament had approved the bill earlier in the day.""",
  [E("incident", "shooting of protesters", d, P("Nairobi", "KE"), ["Kenyan police", "protesters"]),
   E("other", "protest", d, P("Nairobi", "KE"), ["protesters"])],
  [], H + " Live protest with police shooting: incident D (present tense) plus the protest (other).", ["headline", "protest", "present_tense"]))

d = "2025-03-13"
add(D(R, 14, d, "Burkina Faso: videos show dozens of civilians killed in Solenzo",
  [E("incident", "killings of civilians", [DAY(d,-3), d], P("Solenzo", "BF"), ["Burkinabe army-allied militia", "civilians"])],
  [], H + " 'Videos show' implies a past event; date taken as D-3..D (widened: the headline reports evidence, not a same-day event).", ["headline", "country_prefix"]))

d = "2025-05-07"
add(D(R, 15, d, "RSF drones hit Kassala airport in eastern Sudan for first time",
  [E("incident", "drone attack", [DAY(d,-1), d], P("Kassala", "SD"), ["Rapid Support Forces"])],
  [], H, ["headline", "facility"]))

d = "2025-05-13"
DIO = M("Dioura", 14.86, -5.26, "ML", "approximate, town in Tenenkou cercle, Mopti region")
add(D(R, 16, d, "JNIM claims attack on Malian army camp in Dioura, dozens of soldiers killed",
  [E("incident", "armed attack", [DAY(d,-1), d], DIO, ["JNIM", "Malian armed forces"])],
  [], H + " Claimed attack at the target.", ["headline", "claimed_strike"]))

d = "2024-08-03"
add(D(R, 17, d, f"""Mogadishu: Al Shabaab attack on Lido beach café kills 32
Gunmen stormed the seafront restaurant after a suicide bomber blew himself up on {WD(d,-1)} evening.""",
  [E("incident", "suicide attack", DAY(d,-1), P("Mogadishu", "SO"), ["al-Shabaab", "civilians"])],
  [], H + " Weekday resolves to D-1.", ["headline", "weekday_date", "capital"]))

d = "2024-01-25"
add(D(R, 18, d, "Gunmen kill at least 30 in attacks on Mangu villages in Nigeria's Plateau",
  [E("incident", "attacks on villages", [DAY(d,-1), d], P("Mangu", "NG"), ["gunmen", "civilians"])],
  [], H + " Villages of Mangu LGA pinned at Mangu.", ["headline", "district", "country_prefix"]))

d = "2024-04-10"
QUI = M("Quissanga", -12.43, 40.50, "MZ", "approximate, district town on the Cabo Delgado coast")
add(D(R, 19, d, "Insurgents raid Quissanga, Cabo Delgado, as displacement rises",
  [E("incident", "armed attack", [DAY(d,-1), d], QUI, ["Islamic State Mozambique"])],
  [], H + " Province qualifier.", ["headline", "admin_qualifier", "present_tense"]))

d = "2025-01-22"
MIN = M("Minova", -1.70, 29.00, "CD", "approximate, town on Lake Kivu, South Kivu")
add(D(R, 20, d, "M23 rebels seize Minova, cutting key supply route to Goma",
  [E("incident", "armed clashes", [DAY(d,-1), d], MIN, ["M23", "FARDC"])],
  [P("Goma", "CD")], H + " Capture with fighting scored as clash. Goma (~45 km) is the route's destination — listed non-event though inside 50 km.", ["headline", "metonym"]))

d = "2024-01-30"
RAM = M("Ramree", 19.09, 93.86, "MM", "approximate, town on Ramree island, Rakhine")
add(D(R, 21, d, "Junta airstrike hits hospital in Rakhine's Ramree, killing 6",
  [E("incident", "airstrike", [DAY(d,-1), d], RAM, ["Myanmar military", "civilians"])],
  [], H, ["headline", "admin_qualifier", "hospital_event"]))

d = "2023-12-24"
add(D(R, 22, d, "Grenade thrown at Cotabato City church gate wounds 3 ahead of Christmas Mass",
  [E("incident", "grenade attack", [DAY(d,-1), d], P("Cotabato City", "PH", "Cotabato"), ["unknown", "civilians"])],
  [], H, ["headline"]))

d = "2024-05-21"
add(D(R, 23, d, "FARC dissidents attack police station in Jamundí with explosives and rifles",
  [E("incident", "armed attack", [DAY(d,-1), d], P("Jamundí", "CO", "Jamundi"), ["FARC dissidents", "Colombian police"])],
  [], H, ["headline", "present_tense"]))

d = "2024-12-02"
add(D(R, 24, d, "Gunmen kill 7 at party in Salamanca, Guanajuato",
  [E("incident", "mass shooting", [DAY(d,-1), d], P("Salamanca", "MX"), ["gunmen", "civilians"])],
  [], H + " Homonym: Salamanca, Guanajuato (Mexico), not Spain.", ["headline", "homonym", "admin_qualifier"]))

d = "2025-08-08"
add(D(R, 25, d, "Aliyev, Pashinyan sign peace declaration at White House with Trump",
  [E("meeting", "summit", d, P("Washington", "US"), ["Ilham Aliyev", "Nikol Pashinyan", "Donald Trump"])],
  [], H + " White House → Washington.", ["headline", "metonym", "present_tense"]))

d = "2025-04-27"
SRP = M("Shahid Rajaee port", 27.11, 56.06, "IR", "approximate, container port west of Bandar Abbas")
add(D(R, 26, d, "Huge explosion at Shahid Rajaee port near Bandar Abbas kills 28, injures hundreds",
  [E("incident", "explosion", [DAY(d,-1), d], SRP, ["unknown"], alts=[P("Bandar Abbas", "IR")])],
  [], H + " Port ~23 km west of the city; city alternate.", ["headline", "facility", "offset_reference"]))

d = "2025-07-16"
add(D(R, 27, d, "Israel strikes Syrian defence ministry in Damascus, warns over Sweida",
  [E("incident", "airstrike", d, P("Damascus", "SY"), ["Israel", "Syrian government"])],
  [P("Sweida", "SY", "As-Suwayda")], H + " Present tense: D. Sweida a topic (warning).", ["headline", "present_tense", "topic_place"]))

d = "2025-04-21"
add(D(R, 28, d, "US strike on Sanaa market kills 12, Houthi media say",
  [E("incident", "airstrike", [DAY(d,-1), d], P("Sanaa", "YE"), ["United States", "civilians"])],
  [], H, ["headline", "source_attribution"]))

d = "2025-05-12"
add(D(R, 29, d, f"Erdogan says ready to host Putin, Zelensky in Istanbul on {WD(d,3)}",
  [], [P("Istanbul", "TR")], "Future meeting: no gold.", ["headline", "future_event", "no_gold", "weekday_date"]))

d = "2023-10-13"
add(D(R, 30, d, "Sisi, Erdogan discuss Gaza escalation by phone",
  [E("call", "phone call", d, P("Cairo", "EG"), ["Abdel Fattah al-Sisi", "Recep Tayyip Erdoğan"], alts=[P("Ankara", "TR")])],
  [P("Gaza", "PS")], H + " Call at the first-named side's capital; Gaza a topic.", ["headline", "call", "topic_place"]))
