from lib import *
R = "bulletin"
DOCS = []
add = DOCS.append
B = "Live-map bulletin line without a time, written for blind14: incident D-1..D; present meetings D. Composite or invented. "


def I(d):
    return [DAY(d, -1), d]


def N(num, d, text, events, nonev, note, tags):
    add(D(R, num, d, text, events, nonev, B + note, ["bulletin"] + tags))


NIK = M("Nikopol", 47.57, 34.39, "UA", "approximate, city on the Kakhovka reservoir")

d = "2024-08-14"
N(1, d, "Artillery shelling on Prydniprovske, Nikopol district; 1 injured, power line down",
  [E("incident", "shelling", I(d), Q("Prydniprovske", "UA", 47.62, 34.46), ["Russia"])],
  [NIK], "Nikopol: district qualifier (~6 km).", ["admin_qualifier"])
d = "2024-09-03"
N(2, d, "FPV drone hits tractor in Chortomlyk fields; driver killed",
  [E("incident", "drone strike", I(d), Q("Chortomlyk", "UA", 47.62, 34.14), ["Russia", "civilians"])],
  [], "", ["incident"])
d = "2023-07-18"
N(3, d, "Kryva Balka, Mykolaiv outskirts: Shahed hits warehouse, fire extinguished",
  [E("incident", "drone strike", I(d), Q("Kryva Balka", "UA", 46.96, 31.81), ["Russia"])],
  [Q("Mykolaiv", "UA", 46.97, 32.00)], "Mykolaiv: qualifier (~14 km).", ["incident", "admin_qualifier"])
d = "2022-11-02"
N(4, d, "Explosions heard in Halytsynove; air defence active over Mykolaiv region",
  [E("incident", "explosions, air defence", I(d), Q("Halytsynove", "UA", 46.80, 31.95), ["Russia"], optional=True)],
  [], "Explosions heard / air defence active: optional; no scored gold.", ["interception", "no_scored_gold"])
d = "2023-10-10"
N(5, d, "Russian missile strikes port infrastructure in Usatove, Odesa district; 2 killed",
  [E("incident", "missile strike", I(d), Q("Usatove", "UA", 46.53, 30.65), ["Russia"])],
  [Q("Odesa", "UA", 46.48, 30.73)], "Odesa: district (~8 km, inside radius).", ["admin_qualifier"])
d = "2024-12-05"
N(6, d, "Drone debris falls on Lymanka residential area; windows shattered",
  [E("incident", "drone debris", I(d), Q("Lymanka", "UA", 46.39, 30.68), ["Russia"], optional=True)],
  [], "Debris: optional; no scored gold.", ["debris", "no_scored_gold"])
d = "2022-03-21"
N(7, d, "Heavy fighting reported near Sedniv and Kulykivka north-east of Chernihiv",
  [E("incident", "armed clashes", I(d), Q("Sedniv", "UA", 51.64, 31.56), ["Russia army", "Ukraine army"]),
   E("incident", "armed clashes", I(d), Q("Kulykivka", "UA", 51.37, 31.65), ["Russia army", "Ukraine army"])],
  [], "Two named places: two events. 'Reported' attribution of a stated event: scored.", ["multi_event", "attribution"])
d = "2024-06-19"
N(8, d, "Missile attack on Chapli, Dnipro district: enterprise damaged, 4 wounded",
  [E("incident", "missile strike", I(d), Q("Chapli", "UA", 48.42, 35.16), ["Russia"])],
  [], "", ["incident"])
d = "2025-02-02"
N(9, d, "Guided bombs on Krasnotorka and Malotaranivka near Kramatorsk",
  [E("incident", "guided bomb strike", I(d), Q("Krasnotorka", "UA", 48.69, 37.53), ["Russia"]),
   E("incident", "guided bomb strike", I(d), Q("Malotaranivka", "UA", 48.66, 37.51), ["Russia"])],
  [], "Kramatorsk: qualifier, not listed.", ["multi_event"])
d = "2023-09-12"
N(10, d, "Settlers attack homes in Bardala, northern Jordan Valley; water tank destroyed",
  [E("incident", "settler attack, property destruction", I(d), Q("Bardala", "PS", 32.39, 35.48, q="Bardalah"), ["Israeli settlers"])],
  [], "", ["property_destruction"])
d = "2024-03-06"
N(11, d, "Israeli forces raid Kufeirit, arrest 3",
  [E("incident", "arrest raid", I(d), Q("Kufeirit", "PS", 32.44, 35.20, q="Kufayrit"), ["Israel army"], optional=True)],
  [], "Arrests only: optional; no scored gold.", ["arrests_only", "no_scored_gold"])
d = "2022-10-28"
N(12, d, "Clashes with Israeli army in Siris after funeral; 1 Palestinian shot dead",
  [E("incident", "clashes, shooting", I(d), Q("Siris", "PS", 32.33, 35.29), ["Israel army", "Palestinians"])],
  [], "The funeral: unscored background (not a separate line).", ["incident"])
d = "2024-07-30"
N(13, d, "Bulldozing of agricultural land in Khallet ad-Dar, Hebron hills",
  [E("incident", "property destruction", I(d), Q("Khallet ad-Dar", "PS", 31.50, 35.11, q="Khallat ad Dar"), ["Israel army"])],
  [], "Nominal form; land destruction: scored.", ["property_destruction", "nominal"])
d = "2023-02-15"
N(14, d, "Settlers throw stones at cars near Shuyukh al-Arrub; 2 injured",
  [E("incident", "settler attack", I(d), Q("Shuyukh al-Arrub", "PS", 31.62, 35.14, q="Shuyukh al Arrub"), ["Israeli settlers", "civilians"])],
  [], "", ["incident"])
d = "2021-05-14"
N(15, d, "Protest at Deir Jarir entrance; tear gas fired, no injuries",
  [E("other", "protest", I(d), Q("Deir Jarir", "PS", 31.97, 35.29, q="Dayr Jarir"), ["protesters", "Israel army"])],
  [], "Protest without deaths: other; no scored gold.", ["protest", "no_scored_gold"])
d = "2024-05-08"
N(16, d, "Shooting attack on checkpoint near Surda; gunman flees",
  [E("incident", "shooting attack", I(d), Q("Surda", "PS", 31.94, 35.20), ["Palestinian gunman", "Israel army"])],
  [], "", ["incident"])
d = "2022-08-09"
N(17, d, "Demolition of 2 homes in Bir Nabala, Jerusalem district",
  [E("incident", "demolition", I(d), Q("Bir Nabala", "PS", 31.85, 35.20), ["Israel"])],
  [Q("Jerusalem", "IL", 31.77, 35.22)], "Jerusalem: district (~9 km, inside radius).", ["property_destruction", "admin_qualifier"])
d = "2023-12-20"
N(18, d, "Sirens in Muqeibila and Gan Ner; interceptor launched, no impact",
  [E("incident", "sirens, interception", I(d), Q("Muqeibila", "IL", 32.51, 35.30), ["unknown"], optional=True)],
  [], "Sirens and interception: optional; Gan Ner (~3 km) not separately pinned. No scored gold.", ["sirens", "interception", "no_scored_gold"])
d = "2024-01-23"
N(19, d, "IED hits army jeep near Jalbun, Jenin; damage only",
  [E("incident", "IED", I(d), Q("Jalbun", "PS", 32.46, 35.42), ["Palestinian militants", "Israel army"])],
  [], "IED with damage only: scored.", ["incident", "no_casualties"])
d = "2023-05-02"
N(20, d, "RSF fighters loot market in Abu Karinka, East Darfur; 5 killed",
  [E("incident", "looting, armed attack", I(d), M("Abu Karinka", 11.96, 26.34, "SD", "approximate, town in East Darfur; placement uncertain"), ["RSF", "civilians"])],
  [], "", ["incident"])
d = "2024-04-16"
N(21, d, "IED blast kills 2 CRPF jawans in Bijapur forest",
  [E("incident", "IED", I(d), Q("Bijapur", "IN", 18.79, 80.82), ["Maoists", "CRPF"])],
  [], "Gazetteer Bījāpur (Chhattisgarh), checked against the expected position (not Vijayapura, Karnataka).", ["incident"])
d = "2023-11-28"
N(22, d, "Malkangiri: Maoists torch road-building machines",
  [E("incident", "arson", I(d), Q("Malkangiri", "IN", 18.36, 81.89, q="Malakanagiri"), ["Maoists"])],
  [], "", ["property_destruction"])
d = "2024-10-01"
N(23, d, "Rocket lands in open area near Yavuzlu, Kilis border; no casualties",
  [E("incident", "rocket impact (open area)", I(d), Q("Yavuzlu", "TR", 36.70, 37.27), ["unknown"], optional=True)],
  [], "Impact in an open area without damage: optional; no scored gold.", ["launches", "no_scored_gold"])
d = "2022-06-07"
N(24, d, "Kuleba meets Lithuanian FM in Odense as Nordic-Baltic talks open",
  [E("meeting", "bilateral meeting", d, Q("Odense", "DK", 55.40, 10.39), ["Ukraine", "Lithuania"])],
  [], "Composite. Present-tense meeting: D. Odense is also a readout gold name (within-set repeat).", ["present_meeting"])
d = "2021-09-21"
N(25, d, "Gunmen kill shepherd near Imreish, south Hebron hills",
  [E("incident", "shooting", I(d), Q("Imreish", "PS", 31.47, 35.01, q="Imrish"), ["gunmen", "civilians"])],
  [], "", ["incident"])
d = "2024-02-27"
N(26, d, "Settler attack in Arab ar-Rashayda: tents burned, sheep stolen",
  [E("incident", "settler attack, arson", I(d), Q("Arab ar-Rashayda", "PS", 31.57, 35.23, q="Arab ar Rashaydah"), ["Israeli settlers"])],
  [], "", ["property_destruction"])
d = "2023-08-22"
N(27, d, "Drone attack on Vodiane, Nikopol district; 2 houses burning",
  [E("incident", "drone attack", I(d), Q("Vodiane", "UA", 47.49, 34.50), ["Russia"])],
  [NIK], "Vodiane (Nikopol district). Nikopol: district qualifier (~12 km, inside radius).", ["incident"])
d = "2024-11-26"
N(28, d, "Shelling of Dniprovka; gas pipe damaged",
  [E("incident", "shelling", I(d), Q("Dniprovka", "UA", 47.43, 34.62), ["Russia"])],
  [], "", ["incident"])
d = "2022-04-29"
N(29, d, "Fighting in Kotliareve and Zelenyi Hai, Mykolaiv front",
  [E("incident", "armed clashes", I(d), Q("Kotliareve", "UA", 46.89, 32.22, q="Kotlyareve"), ["Russia army", "Ukraine army"]),
   E("incident", "armed clashes", I(d), Q("Zelenyi Hai", "UA", 46.94, 32.24), ["Russia army", "Ukraine army"])],
  [], "'Mykolaiv front': sector name, not listed.", ["multi_event"])
d = "2020-12-15"
N(30, d, "Palestinian farmer shot near Khallet al-Mayya; taken to Yatta clinic",
  [E("incident", "shooting", I(d), Q("Khallet al-Mayya", "PS", 31.44, 35.14, q="Khallat al Mayyah"), ["Israel army", "civilians"])],
  [M("Yatta", 31.45, 35.09, "PS", "approximate, town south of Hebron")], "Yatta: clinic (~5 km, inside radius).", ["incident", "hospital"])
