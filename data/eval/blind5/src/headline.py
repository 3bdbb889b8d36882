from lib import *
R = "headline"
DOCS = []
add = DOCS.append
H = "Headline without a time: incident D-1..D; present-tense meetings/calls D."

d = "2023-07-26"
add(D(R, 1, d, "Drone strike kills two SDF fighters near Kobani",
  [E("incident", "drone strike", [DAY(d,-1), d], P("Kobani", "SY", "Kobani"), ["Turkey", "SDF"])],
  [], H + " Kobani = Ayn al-Arab.", ["headline", "alt_spelling"]))

d = "2024-02-09"
SHW = P("Shwebo", "MM")
add(D(R, 2, d, "Junta air strike on village north of Shwebo kills nine\n\nResistance groups say the jets struck a school and a monastery in the Sagaing region township.",
  [E("incident", "airstrike", [DAY(d,-1), d], OFF("village north of Shwebo", SHW, 20, BEAR["north"]), ["Myanmar military"], alts=[SHW])],
  [], H + " Direction without distance: 20 km assumed (computed), Shwebo alternate. Sagaing region is a qualifier.", ["headline", "offset", "myanmar", "admin_qualifier"]))

d = "2024-01-02"
add(D(R, 3, d, f"Blinken to visit Ankara on {WD(d,2)} for talks on Sweden's NATO bid",
  [], [P("Ankara", "TR")], "Future visit: no gold. Sweden is a topic country.", ["headline", "future_event", "no_gold", "weekday_date"]))

d = "2024-05-09"
add(D(R, 4, d, "Erdogan hosts Iraq's Sudani in Ankara amid push on water, oil and PKK",
  [E("meeting", "visit", d, P("Ankara", "TR"), ["Recep Tayyip Erdoğan", "Mohammed Shia al-Sudani"])],
  [], "Present tense: D. 'Iraq's' is a nationality qualifier.", ["headline", "nationality"]))

d = "2024-07-14"
add(D(R, 5, d, "Tripoli clashes: gunfight erupts between rival families in Lebanon's second city",
  [E("incident", "armed clashes", [DAY(d,-1), d], P("Tripoli (Lebanon)", "LB", "Tripoli"), ["armed families"])],
  [P("Tripoli (Libya)", "LY", "Tripoli")], H + " Homonym: Lebanon's Tripoli (the Libyan capital is listed as a non-event place for the distractor check).", ["headline", "homonym"]))

d = "2023-07-02"
add(D(R, 6, d, "Gunmen kill 12 in attack on bar in Mexico's Celaya",
  [E("incident", "armed attack", [DAY(d,-1), d], P("Celaya", "MX"), ["unknown gunmen", "civilians"])],
  [], H + " Celaya, Guanajuato (first gazetteer candidate).", ["headline", "latin_america"]))

d = "2024-06-28"
add(D(R, 7, d, "Russian missiles hit Kryvyi Rih, Zelensky's hometown, killing 9",
  [E("incident", "missile strike", [DAY(d,-1), d], P("Kryvyi Rih", "UA"), ["Russia"])],
  [], H + " 'Hometown' is the same city as the strike.", ["headline", "origin_place"]))

d = "2023-10-20"
QUE = P("Quetta", "PK")
add(D(R, 8, d, "Suicide blast kills 5 at checkpoint 20 km west of Quetta",
  [E("incident", "suicide bombing", [DAY(d,-1), d], OFF("20 km west of Quetta", QUE, 20, BEAR["west"]), [], alts=[QUE])],
  [], H + " Offset computed, Quetta alternate.", ["headline", "offset"]))

d = "2022-10-05"
add(D(R, 9, d, "Saudi crown prince, Putin discuss OPEC+ cuts in phone call",
  [E("call", "phone call", d, P("Riyadh", "SA"), ["Mohammed bin Salman", "Vladimir Putin"], alts=[P("Moscow", "RU")])],
  [], "Present tense call: D, at the first-named side's capital with the other capital as alternate.", ["headline", "call"]))

d = "2023-06-13"
add(D(R, 10, d, "Kenya: roadside bomb hits police vehicle in Mandera county, 8 officers killed",
  [E("incident", "IED", [DAY(d,-1), d], P("Mandera", "KE"), ["al-Shabaab", "Kenya Police"])],
  [], H + " Country prefix not a pin; county-only location pinned at Mandera town (county seat).", ["headline", "country_prefix", "province_only", "horn_of_africa"]))

d = "2021-05-11"
add(D(R, 11, d, "Gaza-based militants fire rockets at Sderot; house damaged, no injuries",
  [E("incident", "rocket attack", [DAY(d,-1), d], P("Sderot", "IL"), ["Hamas", "Palestinian Islamic Jihad"])],
  [P("Gaza", "PS")], H + " 'Gaza-based' is the origin, not the event place. Rocket impact with damage at the target: scored.", ["headline", "x_based", "launch_origin"]))

d = "2024-01-27"
add(D(R, 12, d, "Relatives of hostages held in Gaza rally outside Kirya in Tel Aviv",
  [E("other", "protest", d, P("Tel Aviv", "IL"), ["relatives of hostages"])],
  [P("Gaza", "PS")], "Rally is a protest (kind other, unscored): no scored gold. Gaza is where the hostages are held.", ["headline", "protest", "hostages_held_in", "no_scored_gold"]))

d = "2024-04-20"
add(D(R, 13, d, "Iran plays down strike near Isfahan air base, vows no immediate response",
  [E("incident", "drone strike", [DAY(d,-2), d], P("Isfahan", "IR"), ["Israel"], optional=True)],
  [], "The statement is the news ('Iran' is the speaker, a country); the strike near Isfahan is referred to without a date: optional (D-2..D).", ["headline", "threat", "background_event"]))

d = "2022-03-23"
add(D(R, 14, d, "Mali: jihadists attack army camp in Ménaka, killing two soldiers",
  [E("incident", "attack", [DAY(d,-1), d], P("Ménaka", "ML", "Menaka"), ["ISGS", "Malian Armed Forces"])],
  [], H + " Country prefix not a pin.", ["headline", "country_prefix", "sahel"]))

d = "2025-02-02"
add(D(R, 15, d, "RSF shelling of Omdurman market kills at least 54\n\nThe army-aligned government in Port Sudan calls the attack a war crime.",
  [E("incident", "shelling", [DAY(d,-1), d], P("Omdurman", "SD"), ["Rapid Support Forces", "civilians"])],
  [P("Port Sudan", "SD")], H + " Port Sudan is the statement place.", ["headline", "statement_place"]))

d = "2023-07-08"
add(D(R, 16, d, "Lula and Petro meet in Leticia ahead of Amazon summit in Belém",
  [E("meeting", "talks", d, P("Leticia", "CO"), ["Lula", "Gustavo Petro"])],
  [P("Belém", "BR", "Belem")], "Present tense: D. The Belém summit is future.", ["headline", "future_event", "latin_america", "non_capital"]))
