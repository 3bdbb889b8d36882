from lib import *
R = "bulletin"
DOCS = []
add = DOCS.append
B = "Live-map bulletin line without a time, written for blind13: incident D-1..D; present meetings D. Composite or invented. "


def I(d):
    return [DAY(d, -1), d]


def N(num, d, text, events, nonev, note, tags):
    add(D(R, num, d, text, events, nonev, B + note, ["bulletin"] + tags))


TYR = Q("Tyre", "LB", 33.27, 35.20)

d = "2024-10-09"
N(1, d, "Airstrike on house in Tayr Debba, Tyre district; 4 dead incl. child",
  [E("incident", "air strike", I(d), M("Tayr Debba", 33.29, 35.26, "LB", "approximate, village east of Tyre"), ["Israel", "civilians"])],
  [TYR], "Tyre: district qualifier (~7 km).", ["admin_qualifier"])
d = "2024-08-20"
N(2, d, "Drone strike hits motorbike on Kfour–Nabatieh road; 1 killed",
  [E("incident", "drone strike", I(d), M("Kfour", 33.37, 35.46, "LB", "approximate, village north-west of Nabatieh"), ["Israel"])],
  [Q("Nabatieh", "LB", 33.38, 35.48, q="Nabatiye et Tahta")], "Road pinned at the first-named village. Nabatieh: second road end (~3 km).", ["road"])
d = "2023-11-15"
N(3, d, "Israeli shelling on outskirts of Debel and Qaouzah, Bint Jbeil district; no casualties",
  [E("incident", "shelling", I(d), M("Debel", 33.10, 35.35, "LB", "approximate, border village west of Ain Ebel"), ["Israel"]),
   E("incident", "shelling", I(d), M("Qaouzah", 33.09, 35.33, "LB", "approximate, border village west of Debel"), ["Israel"])],
  [M("Bint Jbeil", 33.12, 35.43, "LB", "approximate, district town")], "Two named villages: two events. Bint Jbeil: district qualifier (~8 km).", ["multi_event", "admin_qualifier"])
d = "2025-01-14"
N(4, d, "Israeli army demolishes houses in Deir Qanoun al-Nahr despite ceasefire; no casualties",
  [E("incident", "demolition, property destruction", I(d), M("Deir Qanoun al-Nahr", 33.28, 35.30, "LB", "approximate, village east of Tyre"), ["Israel army"])],
  [], "Property destruction by an army during a ceasefire: scored incident (as settler property destruction).", ["property_destruction"])
d = "2020-01-21"
N(5, d, "Regime shelling on Dana, north Idlib countryside; 2 children injured",
  [E("incident", "shelling", I(d), M("Dana", 36.22, 36.77, "SY", "approximate, town north of Sarmada"), ["Syrian army", "civilians"])],
  [Q("Idlib", "SY", 35.93, 36.63)], "Idlib: region prefix (~35 km).", ["admin_qualifier"])
d = "2023-07-27"
N(6, d, "Car bomb explodes near market in al-Bab, Aleppo countryside; 5 killed",
  [E("incident", "car bomb", I(d), Q("al-Bab", "SY", 36.37, 37.52, q="Al Bab"), ["unknown", "civilians"])],
  [Q("Aleppo", "SY", 36.20, 37.16)], "Aleppo: region prefix (~38 km).", ["admin_qualifier"])
d = "2022-09-03"
N(7, d, "Clashes between tribal fighters and SDF in Diban, east Deir ez-Zor; 3 dead",
  [E("incident", "armed clashes", I(d), M("Diban", 35.02, 40.53, "SY", "approximate, town on the east bank north of al-Asharah"), ["tribal fighters", "SDF"])],
  [Q("Deir ez-Zor", "SY", 35.34, 40.14, q="Deir ez-Zor")], "Deir ez-Zor: region prefix (~50 km).", ["admin_qualifier"])
d = "2019-08-06"
N(8, d, "Turkish drone strike near Bardarash, Duhok–Nineveh boundary; PKK says 2 members killed",
  [E("incident", "drone strike", I(d), M("Bardarash", 36.50, 43.59, "IQ", "approximate, town south-east of Duhok"), ["Türkiye", "PKK"])],
  [], "Claim of casualties by the target's group: still scored.", ["claim", "kurdistan"])
d = "2024-05-21"
N(9, d, "Iraqi army and Peshmerga hold coordination meeting in Shekhan on security gaps",
  [E("meeting", "coordination meeting", d, M("Shekhan", 36.70, 43.36, "IQ", "approximate, district town north-east of Mosul (Ain Sifni)"), ["Iraq army", "Peshmerga"])],
  [], "Present meeting → D.", ["present_meeting", "kurdistan"])
d = "2021-03-30"
N(10, d, "Houthi drone strikes government positions in Midi, Hajjah; 2 soldiers killed",
  [E("incident", "drone strike", I(d), M("Midi", 16.32, 42.81, "YE", "approximate, coastal district town near the Saudi border"), ["Houthis", "Yemen government forces"])],
  [], "Hajjah: governorate prefix (prior gold name, not listed).", ["admin_qualifier"])
d = "2022-01-10"
N(11, d, "Majzar: heavy fighting as Houthis push towards Raghwan; dozens dead reported",
  [E("incident", "armed clashes", I(d), M("Majzar", 15.76, 44.82, "YE", "approximate, district town north-west of Marib"), ["Houthis", "Yemen government forces"])],
  [M("Raghwan", 15.72, 45.02, "YE", "approximate, district north of Marib")], "Raghwan: direction of advance (~22 km).", ["direction_place", "place_prefix"])
d = "2023-10-24"
N(12, d, "Israeli forces raid Halhul, north of Hebron; 1 Palestinian killed, 3 arrested",
  [E("incident", "raid, shooting", I(d), Q("Halhul", "PS", 31.58, 35.10), ["Israel army", "Palestinians"])],
  [Q("Hebron", "PS", 31.53, 35.10)], "Killing makes the raid scored. Hebron: reference (~6 km).", ["near_place", "arrests"])
d = "2024-02-27"
N(13, d, "Israeli army arrests 5 in Idhna, west of Hebron; no injuries",
  [E("incident", "arrests", I(d), M("Idhna", 31.56, 34.98, "PS", "approximate, town west of Hebron"), ["Israel army", "Palestinians"], optional=True)],
  [], "Arrests only: optional, no scored gold.", ["arrests", "no_scored_gold"])
d = "2022-10-02"
N(14, d, "Security forces fire tear gas at protesters in Marivan; no deaths reported",
  [E("other", "protest", I(d), Q("Marivan", "IR", 35.52, 46.18), ["protesters", "Iran security forces"])],
  [], "Protest without deaths: kind other.", ["protest", "no_scored_gold"])
d = "2023-06-13"
N(15, d, f"Turkish and Iraqi ministers to meet in Cizre on water sharing — scheduled for {WD(d,2)}",
  [], [Q("Cizre", "TR", 37.33, 42.19)], "Future meeting (Thursday): no gold.", ["future_event", "no_scored_gold"])
d = "2022-10-01"
N(16, d, "Ukrainian forces enter Lyman after Russian withdrawal; fighting on outskirts",
  [E("incident", "armed clashes", I(d), Q("Lyman", "UA", 48.99, 37.81), ["Ukraine army", "Russia"])],
  [], "Fighting on the outskirts: scored; the entry itself is a capture.", ["capture"])
d = "2024-03-22"
N(17, d, "Missile strike on Ovruch, Zhytomyr region; energy facility hit",
  [E("incident", "missile strike", I(d), Q("Ovruch", "UA", 51.32, 28.80), ["Russia", "energy facility"])],
  [Q("Zhytomyr", "UA", 50.25, 28.66)], "Zhytomyr: region prefix (~120 km).", ["admin_qualifier"])
d = "2023-09-08"
N(18, d, "Drone debris falls in Voznesensk district, Mykolaiv oblast; no casualties",
  [E("incident", "drone debris", I(d), Q("Voznesensk", "UA", 47.57, 31.33), ["Russia", "Ukraine air defence"], optional=True)],
  [Q("Mykolaiv", "UA", 46.97, 32.00)], "Debris without damage: optional.", ["debris", "no_scored_gold", "admin_qualifier"])
d = "2023-05-30"
N(19, d, "Graivoron, Belgorod region: shelling damages 3 houses, governor says",
  [E("incident", "shelling", I(d), Q("Graivoron", "RU", 50.48, 35.68, q="Grayvoron"), ["Ukraine"])],
  [Q("Belgorod", "RU", 50.60, 36.59)], "Belgorod: region prefix (~65 km).", ["admin_qualifier", "place_prefix"])
d = "2024-07-04"
N(20, d, "Sevsk: drone drops explosive on tractor, farmer injured",
  [E("incident", "drone attack", I(d), Q("Sevsk", "RU", 52.15, 34.49), ["Ukraine", "civilians"])],
  [], "", ["place_prefix"])
d = "2022-12-19"
N(21, d, "JNIM attack on army post in Nara cercle; 6 soldiers killed",
  [E("incident", "armed attack", I(d), Q("Nara", "ML", 15.17, -7.29), ["JNIM", "Mali army"])],
  [], "Cercle pinned at its seat.", ["district"])
d = "2023-04-26"
N(22, d, "Bandits abduct 20 worshippers from mosque in Kajuru LGA, Kaduna; search under way",
  [E("incident", "abduction", I(d), M("Kajuru", 10.32, 7.68, "NG", "approximate, LGA seat south-east of Kaduna"), ["bandits", "civilians"])],
  [Q("Kaduna", "NG", 10.52, 7.44)], "LGA pinned at its seat. Kaduna: state prefix (~35 km).", ["district", "admin_qualifier"])
d = "2024-01-30"
N(23, d, "Jubaland forces clash with al Shabaab near Afmadow; casualties unclear",
  [E("incident", "armed clashes", I(d), M("Afmadow", 0.51, 42.07, "SO", "approximate, town in Lower Juba"), ["Jubaland forces", "al-Shabaab"])],
  [], "", ["casualties_unknown"])
d = "2020-11-29"
N(24, d, "Eritrean troops accused of mass killing in Axum; reports still unverified",
  [E("incident", "massacre (unverified)", I(d), Q("Axum", "ET", 14.12, 38.72, q="Aksum"), ["Eritrea army", "civilians"], optional=True)],
  [], "Unverified report: optional.", ["unverified", "no_scored_gold", "nationalities"])
d = "2023-07-18"
N(25, d, "Yesterday: gunmen attack cattle camp near Malakal; 7 herders killed",
  [E("incident", "armed attack", DAY(d, -1), Q("Malakal", "SS", 9.53, 31.66), ["gunmen", "herders"])],
  [], "'Yesterday' → D-1.", ["yesterday"])
d = "2022-05-24"
N(26, d, "CODECO militia attack displaced camp near Bunia; 9 dead, MONUSCO says",
  [E("incident", "armed attack", I(d), Q("Bunia", "CD", 1.56, 30.25), ["CODECO", "IDPs"])],
  [], "A camp 'near Bunia' pinned at Bunia.", ["near_place"])
d = "2021-08-17"
N(27, d, "Insurgents ambush supply truck on Mueda–Mocímboa road; 3 killed",
  [E("incident", "ambush", I(d), Q("Mueda", "MZ", -11.66, 39.55), ["ISIS-Mozambique"])],
  [Q("Mocimboa da Praia", "MZ", -11.35, 40.35, q="Mocímboa")], "Road pinned at the first-named town. Mocímboa: second road end (~95 km).", ["road"])
d = "2021-01-13"
N(28, d, "Rebels attack MINUSCA patrol outside Bambari; 1 peacekeeper killed",
  [E("incident", "armed attack", I(d), Q("Bambari", "CF", 5.76, 20.67), ["CPC rebels", "MINUSCA"])],
  [], "", ["near_place"])
d = "2024-09-10"
N(29, d, "Riot at Sirte detention centre; guards fire in the air, no deaths",
  [E("other", "riot", I(d), Q("Sirte", "LY", 31.21, 16.59), ["detainees", "guards"])],
  [], "Riot without deaths: kind other.", ["riot", "no_scored_gold"])
d = "2024-04-30"
N(30, d, "Gang attack in Chamelecón, San Pedro Sula; 4 killed, homes burned",
  [E("incident", "gang attack", I(d), M("Chamelecón", 15.43, -87.95, "HN", "approximate, sector south of San Pedro Sula"), ["gangs", "civilians"])],
  [Q("San Pedro Sula", "HN", 15.50, -88.03)], "San Pedro Sula: city prefix (~11 km, inside radius).", ["admin_qualifier"])
