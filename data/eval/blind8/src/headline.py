from lib import *
R = "headline"
DOCS = []
add = DOCS.append
H = "Headline without a time: incident D-1..D; present-tense meetings/calls D."

d = "2024-10-04"
add(D(R, 1, d, "Russian missile strike on Lozova kills one, damages school",
  [E("incident", "missile strike", [DAY(d,-1), d], P("Lozova", "UA"), ["Russia", "civilians"])],
  [], H, ["headline"]))

d = "2024-09-18"
add(D(R, 2, d, "Drones target gunpowder plant in Russia's Tambov region, governor says",
  [E("incident", "drone attack", [DAY(d,-1), d], P("Tambov", "RU"), ["Ukraine"])],
  [], H + " Region → pinned at Tambov (the plant is in Kotovsk, ~20 km).", ["headline", "facility", "admin_qualifier"]))

d = "2025-05-03"
add(D(R, 3, d, """Konotop left without power after overnight Russian drone attack
Mayor says at least 20 drones targeted the city in Sumy region; water supply also cut.""",
  [E("incident", "drone attack", [DAY(d,-1), d], P("Konotop", "UA"), ["Russia"])],
  [P("Sumy", "UA")], H + " 'Overnight' → D-1..D. Sumy: region name (~120 km).", ["headline", "admin_qualifier", "date_range"]))

d = "2024-08-20"
add(D(R, 4, d, "Bandits kill 15 in raid on villages near Nigeria's Funtua",
  [E("incident", "armed attack", [DAY(d,-1), d], P("Funtua", "NG"), ["bandits", "civilians"])],
  [], H + " 'Villages near Funtua' → Funtua pin.", ["headline", "village"]))

d = "2023-07-13"
add(D(R, 5, d, "Cameroon: Suicide bomber kills 6 at crowded market in Mora",
  [E("incident", "suicide bombing", [DAY(d,-1), d], P("Mora", "CM"), ["Boko Haram", "civilians"])],
  [], H + " Country prefix.", ["headline", "country_prefix"]))

d = "2023-01-18"
add(D(R, 6, d, "Al-Shabaab attacks military base in Bulo Burte, Somali officials say",
  [E("incident", "armed attack", [DAY(d,-1), d], P("Bulo Burte", "SO", "Buulobarde"), ["al-Shabaab", "Somali army"])],
  [], H + " Bulo Burte (gazetteer Buulobarde).", ["headline", "alt_spelling"]))

d = "2025-03-05"
add(D(R, 7, d, """RSF drones strike power station in Sudan's Rabak
The White Nile state capital was plunged into darkness, residents said.""",
  [E("incident", "drone strike", [DAY(d,-1), d], P("Rabak", "SD"), ["RSF"])],
  [], H, ["headline", "facility"]))

d = "2024-08-10"
add(D(R, 8, d, "Israeli drone strike on car in Lebanon's Sidon kills Hamas official",
  [E("incident", "drone strike", [DAY(d,-1), d], P("Sidon", "LB"), ["Israel", "Hamas"])],
  [], H, ["headline", "country_prefix"]))

d = "2024-10-07"
add(D(R, 9, d, """Two Chinese nationals killed in blast near Karachi airport
Separatist group claims attack on convoy carrying engineers working on power projects.""",
  [E("incident", "bombing", [DAY(d,-1), d], P("Karachi", "PK"), ["BLA", "Chinese nationals"])],
  [], H + " 'Chinese nationals' nationality.", ["headline", "nationality"]))

d = "2024-11-09"
add(D(R, 10, d, "Two militants killed in gunfight in north Kashmir's Sopore",
  [E("incident", "gunfight", [DAY(d,-1), d], P("Sopore", "IN", "Sopur"), ["Indian security forces", "militants"])],
  [], H + " Sopore (gazetteer Sopur).", ["headline", "alt_spelling"]))

d = "2023-06-14"
add(D(R, 11, d, "Manipur: Armed men torch houses in Kangpokpi village, nine killed",
  [E("incident", "armed attack", [DAY(d,-1), d], P("Kangpokpi", "IN"), ["militants", "civilians"])],
  [], H + " 'Kangpokpi village' pinned at Kangpokpi (district town).", ["headline", "village", "country_prefix"]))

d = "2024-01-12"
add(D(R, 12, d, "Myanmar junta jets bomb Chin state's Falam as resistance closes in",
  [E("incident", "airstrike", [DAY(d,-1), d], P("Falam", "MM"), ["Myanmar military"])],
  [], H, ["headline"]))

d = "2023-12-04"
add(D(R, 13, d, "Bomb explodes outside church in Sultan Kudarat's Isulan, 2 hurt",
  [E("incident", "bombing", [DAY(d,-1), d], P("Isulan", "PH"), ["unknown", "civilians"])],
  [], H + " Province name (Sultan Kudarat) as qualifier.", ["headline", "admin_qualifier"]))

d = "2024-02-27"
add(D(R, 14, d, "Colombia: Social leader shot dead in Tumaco, the 20th this year",
  [E("incident", "killing", [DAY(d,-1), d], P("Tumaco", "CO"), ["unknown gunmen", "social leader"])],
  [], H + " Earlier killings this year: tally, not events.", ["headline", "country_prefix"]))

d = "2023-05-23"
add(D(R, 15, d, "Cartel gunmen ambush state police in Nuevo Laredo; three officers dead",
  [E("incident", "ambush", [DAY(d,-1), d], P("Nuevo Laredo", "MX"), ["cartel", "police"])],
  [], H, ["headline"]))

d = "2025-02-12"
add(D(R, 16, d, "Gangs torch homes in Haitian capital's Canapé-Vert as residents flee",
  [E("incident", "arson attack", [DAY(d,-1), d], M("Canapé-Vert", 18.53, -72.315, "HT", "approximate, neighbourhood in south-eastern Port-au-Prince"), ["Viv Ansanm", "civilians"], alts=[P("Port-au-Prince", "HT")])],
  [], H + " 'Haitian capital' → Port-au-Prince (alternate, ~3 km).", ["headline", "metonym"]))

d = "2024-06-25"
add(D(R, 17, d, "Pakistan: Blast near police van in Hyderabad wounds five",
  [E("incident", "bombing", [DAY(d,-1), d], P("Hyderabad", "PK"), ["unknown", "police"])],
  [], H + " Homonym: Hyderabad, Sindh (Pakistan), not Hyderabad, India.", ["headline", "homonym", "country_prefix"]))

d = "2023-10-30"
add(D(R, 18, d, "Gunmen kill four at bar in Mexico's Córdoba, Veracruz",
  [E("incident", "shooting", [DAY(d,-1), d], P("Córdoba", "MX"), ["gunmen", "civilians"])],
  [], H + " Homonym: Córdoba, Veracruz (not Argentina or Spain).", ["headline", "homonym"]))

d = "2022-11-08"
TIK = P("Tikrit", "IQ", "Tikrīt")
add(D(R, 19, d, "Roadside bomb kills three Iraqi soldiers 30 km south of Tikrit",
  [E("incident", "IED attack", [DAY(d,-1), d], OFF("30 km south of Tikrit", TIK, 30, BEAR["south"]), ["ISIS", "Iraqi army"], alts=[TIK])],
  [], H + " Offset computed; Tikrit alternate.", ["headline", "offset"]))

d = "2025-11-28"
add(D(R, 20, d, "Putin to visit India next week for annual summit, Kremlin says",
  [],
  [P("New Delhi", "IN", pick=1), P("Moscow", "RU")], H + " Future visit: no gold. Kremlin (Moscow) is a metonym.", ["headline", "future_event", "no_gold", "metonym"]))

d = "2024-06-30"
add(D(R, 21, d, "Modi, Zelensky speak by phone; discuss peace summit outcome",
  [E("call", "phone call", d, P("New Delhi", "IN", pick=1), ["Narendra Modi", "Volodymyr Zelensky"], alts=[P("Kyiv", "UA")])],
  [], H + " Call at the first-named side's capital, Kyiv alternate.", ["headline", "call", "present_tense"]))

d = "2024-08-12"
add(D(R, 22, d, "Macron urges Pezeshkian in call to avoid new military escalation",
  [E("call", "phone call", d, P("Paris", "FR"), ["Emmanuel Macron", "Masoud Pezeshkian"], alts=[P("Tehran", "IR")])],
  [], H, ["headline", "call"]))

d = "2025-09-04"
add(D(R, 23, d, "Xi meets Kim Jong Un in Beijing after military parade",
  [E("meeting", "summit", d, P("Beijing", "CN"), ["Xi Jinping", "Kim Jong Un"])],
  [], H + " Present-tense meeting → D. The parade (the day before) is not a separate meeting.", ["headline", "present_tense"]))

d = "2024-08-15"
add(D(R, 24, d, """Erdogan hosts Abbas in Ankara ahead of his address to Turkish parliament
The Palestinian president is expected to travel to Gaza "soon", officials say.""",
  [E("meeting", "official visit", d, P("Ankara", "TR"), ["Recep Tayyip Erdogan", "Mahmoud Abbas"])],
  [M("Gaza", 31.5, 34.47, "PS", "approximate, Gaza City")], H + " Gaza trip is future.", ["headline", "present_tense", "future_event"]))

d = "2025-01-28"
add(D(R, 25, d, "Protesters attack French, U.S. and Rwandan embassies in Kinshasa over Goma's fall",
  [E("other", "riot at embassies", [DAY(d,-1), d], P("Kinshasa", "CD"), ["protesters"])],
  [P("Goma", "CD")], H + " Embassy riot: other. Goma is the cause (back-reference).", ["headline", "protest", "back_reference", "nationality"]))

d = "2024-11-07"
add(D(R, 26, d, "Mozambique police fire on protesters in Maputo, killing three",
  [E("incident", "police shooting", d, P("Maputo", "MZ"), ["Mozambican police", "protesters"]),
   E("other", "protest", d, P("Maputo", "MZ"), ["protesters"])],
  [], H + " Live protest with police shooting: incident at D plus the protest (other).", ["headline", "protest", "present_tense"]))

d = "2024-02-28"
add(D(R, 27, d, "Drone attack targets Harir base hosting U.S. forces in Iraq's Kurdistan region",
  [E("incident", "drone attack", [DAY(d,-1), d], P("Harir base", "IQ", "Harir"), ["Iran-aligned militia", "United States"])],
  [], H + " Base pinned at Harir town.", ["headline", "facility"]))

d = "2025-07-22"
add(D(R, 28, d, "Clashes erupt between armed groups in Libya's Sabratha",
  [E("incident", "armed clashes", [DAY(d,-1), d], P("Sabratha", "LY", "Şabrātah"), ["Libyan armed groups"])],
  [], H, ["headline", "country_prefix"]))

d = "2024-04-05"
add(D(R, 29, d, "Iran: Militants attack IRGC headquarters and police post in Chabahar",
  [E("incident", "armed attack", [DAY(d,-1), d], P("Chabahar", "IR"), ["Jaish al-Adl", "IRGC", "police"])],
  [], H + " Two targets in one town: one event.", ["headline", "multi_site_one_event"]))

d = "2024-03-16"
add(D(R, 30, d, """Drone strike hits minibus near Debre Tabor, killing at least 12
Amhara residents blame government forces; the army has not commented.""",
  [E("incident", "drone strike", [DAY(d,-1), d], P("Debre Tabor", "ET"), ["Ethiopian military", "civilians"])],
  [], H, ["headline"]))
