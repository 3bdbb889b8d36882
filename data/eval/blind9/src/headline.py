from lib import *
R = "headline"
DOCS = []
add = DOCS.append
H = "Headline without a time: incident D-1..D; present-tense meetings/calls D."


def I(d):
    return [DAY(d, -1), d]


d = "2024-03-18"
add(D(R, 1, d, "Russian missiles hit port city of Bilhorod-Dnistrovskyi, two dead",
  [E("incident", "missile strike", I(d), Q("Bilhorod-Dnistrovskyi", "UA", 46.19, 30.35, q="Bilhorod-Dnistrovs’kyy"), ["Russia", "civilians"])],
  [], H, ["headline"]))

d = "2024-12-03"
add(D(R, 2, d, """Drones set fuel depot ablaze in Russia's Oryol
Governor says no casualties after overnight attack on oil storage site""",
  [E("incident", "drone attack", I(d), Q("Oryol", "RU", 52.97, 36.08, q="Orël"), ["Ukraine"])],
  [], H + " 'Overnight' → D-1..D.", ["headline", "facility", "date_range"]))

d = "2024-05-09"
SHE = M("Sheikh Ijlin, Gaza City", 31.49, 34.43, "PS", "approximate, south-western neighbourhood of Gaza City")
add(D(R, 3, d, "Israeli air strike kills family of seven in Gaza City's Sheikh Ijlin",
  [E("incident", "airstrike", I(d), SHE, ["Israel", "civilians"], alts=[P("Gaza City", "PS")])],
  [], H + " Neighbourhood pin with the city as alternate.", ["headline", "neighbourhood"]))

d = "2025-08-28"
add(D(R, 4, d, "Bomb on railway track derails passenger train near Jacobabad, Pakistan",
  [E("incident", "bombing", I(d), Q("Jacobabad", "PK", 28.28, 68.44), ["unknown", "civilians"])],
  [], H + " 'Near X' → X.", ["headline", "country_suffix"]))

d = "2024-06-11"
SFE = Q("San Fernando", "TT", 10.28, -61.47)
add(D(R, 5, d, "Trinidad police: three shot dead outside San Fernando bar",
  [E("incident", "shooting", I(d), SFE, ["gunmen", "civilians"])],
  [], H + " Homonym: San Fernando, Trinidad and Tobago (not Spain, the Philippines or Argentina).", ["headline", "homonym", "country_prefix"]))

d = "2024-07-30"
VAL = Q("Valencia", "VE", 10.16, -68.0)
add(D(R, 6, d, """Protesters clash with police in Venezuela's Valencia after disputed vote; one killed
Demonstrators tore down a statue of Hugo Chávez, witnesses said""",
  [E("other", "protest", I(d), VAL, ["protesters"]),
   E("incident", "clashes with police", I(d), VAL, ["protesters", "police"])],
  [], H + " Homonym (Valencia, Venezuela). Protest kind other; deadly clash scored as incident.", ["headline", "homonym", "protest"]))

d = "2025-06-30"
SEV = Q("Seville", "ES", 37.39, -5.99)
add(D(R, 7, d, "Sánchez meets Lula in Seville on sidelines of UN financing conference",
  [E("meeting", "bilateral meeting", d, SEV, ["Pedro Sánchez", "Luiz Inácio Lula da Silva"])],
  [], H + " Composite. Present-tense meeting → D.", ["headline", "meeting", "present_tense"]))

d = "2025-03-18"
add(D(R, 8, d, "Trump and Putin speak by phone on Ukraine ceasefire, energy strikes",
  [E("call", "phone call", d, P("Washington", "US"), ["Donald Trump", "Vladimir Putin"], alts=[P("Moscow", "RU")])],
  [], H + " Call: first-named side's capital, other as alternate.", ["headline", "call", "present_tense"]))

d = "2024-08-13"
add(D(R, 9, d, "Modi to visit Ukraine next week, first trip by Indian PM since independence",
  [], [P("Kyiv", "UA"), P("New Delhi", "IN", pick=1)],
  H + " Future visit: no gold.", ["headline", "future_event", "no_gold"]))

d = "2023-06-05"
GAR = Q("Garissa", "KE", -0.45, 39.65)
add(D(R, 10, d, "Roadside bomb kills 8 police officers 20 km north of Garissa",
  [E("incident", "IED", I(d), OFF("20 km north of Garissa", GAR, 20, BEAR["north"]), ["al-Shabaab", "Kenyan police"], alts=[GAR])],
  [], H + " Offset computed, reference as alternate.", ["headline", "offset"]))

d = "2024-09-01"
add(D(R, 11, d, "Ukraine says it hit oil terminal in Russia's Smolensk region",
  [E("incident", "drone attack", I(d), Q("Smolensk", "RU", 54.78, 32.05), ["Ukraine"])],
  [], H + " Region → pinned at its capital.", ["headline", "admin_qualifier", "claim"]))

d = "2023-07-25"
add(D(R, 12, d, "Ecuador: 31 inmates killed as gangs clash inside Guayas prison; Machala jail also in turmoil",
  [E("incident", "prison clashes", I(d), P("Guayaquil", "EC"), ["gangs", "inmates"]),
   E("incident", "prison unrest", I(d), Q("Machala", "EC", -3.26, -79.96), ["inmates"])],
  [], H + " 'Guayas prison' (Litoral penitentiary) pinned at Guayaquil (earlier gold city). Machala second incident.", ["headline", "country_prefix", "multi_event", "facility"]))

d = "2024-04-02"
CAR = M("Carrefour-Feuilles", 18.53, -72.34, "HT", "approximate, hillside neighbourhood of Port-au-Prince")
add(D(R, 13, d, "Gangs torch homes in Haitian capital's Carrefour-Feuilles, residents flee",
  [E("incident", "gang attack and arson", I(d), CAR, ["gangs", "civilians"], alts=[P("Port-au-Prince", "HT")])],
  [], H + " 'Haitian capital's' prefix: neighbourhood pin, capital alternate.", ["headline", "neighbourhood"]))

d = "2025-01-28"
add(D(R, 14, d, "Thousands rally in Novi Sad as students block bridges",
  [E("other", "protest", I(d), Q("Novi Sad", "RS", 45.25, 19.84), ["students"])],
  [], H + " Protest only: kind other, no scored gold.", ["headline", "protest", "no_scored_gold"]))

d = "2025-02-18"
add(D(R, 15, d, "Maoists kill two villagers in Chhattisgarh's Sukma, suspecting them of being police informers",
  [E("incident", "killing", I(d), Q("Sukma", "IN", 18.39, 81.66), ["CPI-Maoist", "civilians"])],
  [], H, ["headline", "admin_qualifier"]))

d = "2024-06-17"
add(D(R, 16, d, "Gunmen attack church in Burkina Faso's Dori, killing 10 worshippers",
  [E("incident", "armed attack", I(d), Q("Dori", "BF", 14.03, -0.03), ["jihadists", "civilians"])],
  [], H, ["headline", "country_prefix"]))

d = "2025-02-04"
add(D(R, 17, d, "Car bomb explodes near bakery in Syria's Jarablus",
  [E("incident", "car bombing", I(d), Q("Jarablus", "SY", 36.82, 38.01), ["unknown", "civilians"])],
  [], H + " Composite.", ["headline", "country_prefix"]))

d = "2025-07-16"
PES = M("Peshkhabour oilfield", 37.08, 42.41, "IQ", "approximate, field near the Syrian border north-west of Duhok")
add(D(R, 18, d, "Drone hits Peshkhabour oilfield in Iraqi Kurdistan, production halted",
  [E("incident", "drone strike", I(d), PES, ["unknown"])],
  [], H + " Facility pin.", ["headline", "facility"]))

d = "2024-11-12"
add(D(R, 19, d, """Israeli strike on Jezzine apartment kills five
Lebanon's health ministry says the building housed displaced families from Nabatieh""",
  [E("incident", "airstrike", I(d), M("Jezzine", 33.54, 35.58, "LB", "approximate, town in the Jezzine district"), ["Israel", "civilians"])],
  [P("Nabatieh", "LB")], H + " Nabatieh: origin of the displaced (~20 km, inside).", ["headline", "origin_place"]))

d = "2024-07-08"
add(D(R, 20, d, "Eight killed in shooting at bar in Mexico's Acapulco",
  [E("incident", "shooting", I(d), Q("Acapulco", "MX", 16.86, -99.89, q="Acapulco de Juárez"), ["gunmen", "civilians"])],
  [], H, ["headline", "country_prefix"]))

d = "2024-05-21"
add(D(R, 21, d, "Colombia: motorbike bomb wounds four near police station in Popayán",
  [E("incident", "bombing", I(d), Q("Popayán", "CO", 2.44, -76.61), ["FARC dissidents", "police"])],
  [], H, ["headline", "country_prefix"]))

d = "2025-03-10"
add(D(R, 22, d, "Sudan: army air strike hits market in RSF-held El Daein",
  [E("incident", "airstrike", I(d), Q("El Daein", "SD", 11.46, 26.13, q="Ad Du‘ayn"), ["SAF", "civilians"])],
  [], H, ["headline", "country_prefix"]))

d = "2024-06-25"
MYA = Q("Myaing", "MM", 21.61, 94.85)
add(D(R, 23, d, "Junta jets bomb village in Myanmar's Magway region, 11 dead in Myaing township",
  [E("incident", "airstrike", I(d), MYA, ["Myanmar military", "civilians"])],
  [Q("Magway", "MM", 20.15, 94.92)], H + " Region name → Magway non-event (~160 km).", ["headline", "admin_qualifier", "district"]))

d = "2024-12-14"
add(D(R, 24, d, "Somalia: suicide bomber hits police academy in Galkayo",
  [E("incident", "suicide bombing", I(d), Q("Galkayo", "SO", 6.77, 47.43), ["al-Shabaab", "police"])],
  [], H + " Composite.", ["headline", "country_prefix"]))

d = "2025-01-27"
add(D(R, 25, d, "Modi speaks with Trump, says India committed to 'mutually beneficial' trade",
  [E("call", "phone call", d, P("New Delhi", "IN", pick=1), ["Narendra Modi", "Donald Trump"], alts=[P("Washington", "US")])],
  [], H + " Present-tense call → D.", ["headline", "call", "present_tense"]))

d = "2024-02-21"
add(D(R, 26, d, "Afghanistan: blast at mosque in Ghor's Chaghcharan kills three",
  [E("incident", "bombing", I(d), Q("Chaghcharan", "AF", 34.52, 65.25), ["unknown", "civilians"])],
  [], H + " Composite.", ["headline", "country_prefix", "admin_qualifier"]))

d = "2022-09-27"
add(D(R, 27, d, """Two police officers wounded in attack on guesthouse in Turkey's Mersin
Interior minister blames PKK; one attacker blew herself up""",
  [E("incident", "armed attack and suicide bombing", I(d), Q("Mersin", "TR", 36.81, 34.64), ["PKK", "police"])],
  [], H, ["headline", "country_prefix"]))

d = "2024-10-01"
add(D(R, 28, d, "Iran: explosions heard near military base outside Semnan, state media says air defences active",
  [E("incident", "explosions (unconfirmed)", I(d), Q("Semnan", "IR", 35.57, 53.39), ["unknown"], optional=True)],
  [], H + " Unconfirmed explosions/air defence: optional; no scored gold.", ["headline", "unconfirmed", "no_scored_gold"]))

d = "2023-09-14"
KAL = Q("Kalbajar", "AZ", 40.1, 46.04, q="Kəlbəcər")
add(D(R, 29, d, "Azerbaijan says Armenian troops fired on its positions near Kalbajar",
  [E("incident", "armed clash", I(d), KAL, ["Armenia", "Azerbaijan"])],
  [], H + " Claim pinned at the stated place.", ["headline", "claim"]))

d = "2024-09-10"
add(D(R, 30, d, "ADF rebels kill at least 20 in raid on villages near DR Congo's Beni",
  [E("incident", "armed attack", I(d), Q("Beni", "CD", 0.49, 29.47), ["ADF", "civilians"])],
  [], H + " 'Villages near X' → X.", ["headline", "village", "country_prefix"]))
