from lib import *
R = "headline"
DOCS = []
add = DOCS.append
H = "Headline without a time, written for blind14: incident D-1..D; present-tense meetings/calls D. Composite or invented. "


def I(d):
    return [DAY(d, -1), d]


def N(num, d, text, events, nonev, note, tags):
    add(D(R, num, d, text, events, nonev, H + note, ["headline"] + tags))


d = "2024-07-03"
N(1, d, "Russian drone hits minibus in Kamianka-Dniprovska, killing three",
  [E("incident", "drone strike", I(d), Q("Kamianka-Dniprovska", "UA", 47.50, 34.41, q="Kamyanka-Dniprovska"), ["Russia", "civilians"])],
  [], "", ["incident"])
d = "2023-04-19"
N(2, d, "Two killed as shells land on Velyka Znamianka market across reservoir from nuclear plant",
  [E("incident", "shelling", I(d), Q("Velyka Znamianka", "UA", 47.45, 34.35, q="Velyka Znamianka"), ["Russia", "civilians"])],
  [], "The nuclear plant (Enerhodar) is unnamed: no place.", ["incident", "qualifier_phrase"])
d = "2022-03-08"
N(3, d, "Ukraine says Russian missiles struck Kulbakino airfield near Mykolaiv",
  [E("incident", "missile strike", I(d), Q("Kulbakino airfield", "UA", 46.92, 32.08, q="Kulbakyne"), ["Russia", "Ukraine air force"])],
  [Q("Mykolaiv", "UA", 46.97, 32.00)], "Mykolaiv: 'near' qualifier (~8 km, inside radius).", ["incident", "attribution", "near_place"])
d = "2024-04-23"
N(4, d, "Drone debris sets fire to house in Fontanka outside Odesa; woman hurt",
  [E("incident", "drone debris, fire", I(d), Q("Fontanka", "UA", 46.57, 30.86), ["Russia", "civilians"], optional=True)],
  [Q("Odesa", "UA", 46.48, 30.73)], "Debris: optional; no scored gold. Odesa: qualifier (~14 km).", ["debris", "no_scored_gold"])
d = "2023-08-29"
N(5, d, "Mortar fire hits Ripky border district; school damaged, regional governor says",
  [E("incident", "mortar attack", I(d), Q("Ripky", "UA", 51.80, 31.09), ["Russia"])],
  [], "", ["incident", "attribution"])
d = "2024-05-31"
N(6, d, "Missile strike on Obukhivka near Dnipro kills two",
  [E("incident", "missile strike", I(d), Q("Obukhivka", "UA", 48.55, 34.85), ["Russia", "civilians"])],
  [], "Dnipro: 'near' qualifier, not listed.", ["incident", "near_place"])
d = "2025-01-09"
N(7, d, "Glide bomb flattens homes in Oleksiievo-Druzhkivka",
  [E("incident", "guided bomb strike", I(d), Q("Oleksiievo-Druzhkivka", "UA", 48.58, 37.61, q="Oleksiyevo-Druzhkivka"), ["Russia"])],
  [], "Present tense, no time: D-1..D.", ["incident", "present_tense"])
d = "2022-12-13"
N(8, d, "Turkish drone hits SDF car near Kafr Saghir, north of Aleppo",
  [E("incident", "drone strike", I(d), M("Kafr Saghir", 36.29, 37.26, "SY", "approximate, village north-east of Aleppo"), ["Türkiye", "SDF"])],
  [], "Aleppo: direction qualifier (not listed).", ["incident"])
d = "2023-10-16"
N(9, d, "Settlers torch cars, olive trees in Jalqamus; army says it is investigating",
  [E("incident", "settler attack, arson", I(d), Q("Jalqamus", "PS", 32.43, 35.36), ["Israeli settlers"])],
  [], "Property destruction: scored.", ["incident", "property_destruction"])
d = "2024-01-29"
N(10, d, "Israeli troops kill teenager during raid on Bayt Qad, east of Jenin",
  [E("incident", "raid, shooting", I(d), Q("Bayt Qad", "PS", 32.47, 35.36), ["Israel army", "Palestinians"])],
  [], "Jenin: direction (not listed).", ["incident"])
d = "2023-06-05"
N(11, d, "Israeli bulldozers demolish 7 homes in Deir Samit, south-west of Hebron",
  [E("incident", "demolition", I(d), Q("Deir Samit", "PS", 31.52, 34.97, q="Dayr Samit"), ["Israel army"])],
  [], "Demolitions: scored property destruction.", ["incident", "property_destruction"])
d = "2024-10-23"
N(12, d, "Strike on Louaizeh in Jezzine district kills a family of four, Lebanese ministry says",
  [E("incident", "air strike", I(d), M("Louaizeh", 33.50, 35.55, "LB", "approximate, village in Jezzine district"), ["Israel", "civilians"])],
  [], "", ["incident", "attribution"])
d = "2024-11-19"
N(13, d, "Israeli jets hit building near Borj el-Chemali camp; 3 dead",
  [E("incident", "air strike", I(d), M("Borj el-Chemali", 33.26, 35.24, "LB", "approximate, Palestinian camp and town east of Tyre"), ["Israel"])],
  [], "", ["incident", "near_place"])
d = "2023-05-10"
N(14, d, "Erdoğan hosts Azerbaijan's Aliyev in Eskişehir for railway opening",
  [E("meeting", "bilateral meeting", d, Q("Eskisehir", "TR", 39.78, 30.52), ["Türkiye", "Azerbaijan"]),
   E("other", "railway opening", d, Q("Eskisehir", "TR", 39.78, 30.52), ["Türkiye", "Azerbaijan"])],
  [], "Composite. Present tense: D.", ["present_meeting"])
d = "2023-11-09"
N(15, d, "Putin hosts Kazakhstan's Tokayev in Yekaterinburg for regions forum",
  [E("meeting", "bilateral meeting", d, Q("Yekaterinburg", "RU", 56.86, 60.61), ["Russia", "Kazakhstan"]),
   E("other", "forum", d, Q("Yekaterinburg", "RU", 56.86, 60.61), ["Russia", "Kazakhstan"])],
  [], "Composite. 'Hosts': present-tense meeting, D.", ["present_meeting", "light_verb"])
d = "2021-08-05"
N(16, d, "Modi, from Gorakhpur, speaks to Afghan President Ghani as Taliban advance",
  [E("call", "phone call", d, Q("Gorakhpur", "IN", 26.77, 83.37), ["India", "Afghanistan"], alts=[Q("Kabul", "AF", 34.53, 69.17)])],
  [], "Composite. Call pinned at the issuing side's stated location, Kabul as alternate.", ["call", "call_from_venue"])
d = "2023-07-21"
N(17, d, "Sudan: RSF shelling of Al Manaqil market kills 12, say activists",
  [E("incident", "shelling", I(d), Q("Al Manaqil", "SD", 14.25, 32.99), ["RSF", "civilians"])],
  [], "Composite.", ["incident", "attribution"])
d = "2024-06-26"
N(18, d, "Army says it repelled RSF attack on Dinder town in Sennar state",
  [E("incident", "armed attack", I(d), M("Dinder", 13.34, 34.00, "SD", "approximate, town on the Dinder river"), ["RSF", "Sudan army"])],
  [], "'Sennar state': qualifier.", ["incident", "attribution"])
d = "2022-05-12"
N(19, d, "Two militants, soldier killed in Shopian gunfight",
  [E("incident", "armed clash", I(d), Q("Shopian", "IN", 33.72, 74.83), ["India army", "militants"])],
  [], "", ["incident"])
d = "2023-10-31"
N(20, d, "Maoists kill villager in Narayanpur, accusing him of being police informer",
  [E("incident", "killing", I(d), Q("Narayanpur", "IN", 19.72, 81.24, q="Narainpur"), ["Maoists", "civilians"])],
  [], "Gazetteer name Nārāinpur (Chhattisgarh).", ["incident"])
d = "2024-03-28"
N(21, d, "Gadchiroli police kill four Maoists in forest encounter",
  [E("incident", "armed clash", I(d), Q("Gadchiroli", "IN", 20.18, 80.01, q="Garhchiroli"), ["India police", "Maoists"])],
  [], "'Gadchiroli police' qualifies the force but the encounter is in the district: pinned at the district town (judgement call).", ["incident", "qualifier_place", "judgement_call"])
d = "2020-11-17"
N(22, d, "Kremlin denies Russian jets struck Kulbus in Darfur",
  [], [M("Kulbus", 14.38, 22.46, "SD", "approximate, town in West Darfur near the Chad border")], "Composite. Denied event: no gold.", ["denied_event", "no_scored_gold"])
d = "2019-09-18"
N(23, d, "Bomb blast at Kulgam bus stand wounds 7",
  [E("incident", "bombing", I(d), Q("Kulgam", "IN", 33.64, 75.02), ["unknown", "civilians"])],
  [], "", ["incident"])
d = "2022-07-26"
N(24, d, "Blinken to meet ASEAN counterparts in Phnom Penh next week",
  [], [Q("Phnom Penh", "KH", 11.56, 104.92)], "Future meeting: no gold.", ["future_event", "no_scored_gold"])
d = "2024-02-14"
N(25, d, "Settlers attack shepherds near Mikhmas; two hospitalised in Ramallah",
  [E("incident", "settler attack", I(d), Q("Mikhmas", "PS", 31.87, 35.28, q="Mikhmas"), ["Israeli settlers", "civilians"])],
  [Q("Ramallah", "PS", 31.90, 35.20)], "Ramallah: hospital (~9 km, inside radius).", ["incident", "hospital_other_city"])
d = "2023-01-18"
N(26, d, "Raid on Kafr Qud leaves one Palestinian dead",
  [E("incident", "raid, shooting", I(d), Q("Kafr Qud", "PS", 32.46, 35.23), ["Israel army", "Palestinians"])],
  [], "Nominal form ('raid ... leaves').", ["incident", "nominal"])
d = "2021-11-09"
N(27, d, "Scholz calls off Utrecht trip as COVID cases surge",
  [], [Q("Utrecht", "NL", 52.09, 5.12)], "Composite. Cancelled trip: no gold.", ["cancelled_event", "no_scored_gold"])
d = "2019-04-25"
N(28, d, "Putin and Kim hold first summit in Vladivostok",
  [E("meeting", "summit", d, Q("Vladivostok", "RU", 43.11, 131.87), ["Russia", "North Korea"])],
  [], "Present tense 'hold': D.", ["present_meeting"])
d = "2025-03-04"
N(29, d, "Drone strike on Sukhyi Lyman port wounds three dock workers",
  [E("incident", "drone strike", I(d), Q("Sukhyi Lyman", "UA", 46.39, 30.65), ["Russia", "civilians"])],
  [], "", ["incident"])
d = "2022-06-29"
N(30, d, "Lukashenko, Putin meet in Astrakhan as Caspian talks open",
  [E("meeting", "bilateral meeting", d, Q("Astrakhan", "RU", 46.35, 48.04), ["Belarus", "Russia"]),
   E("other", "talks opening", d, Q("Astrakhan", "RU", 46.35, 48.04), ["Caspian states"])],
  [], "Composite.", ["present_meeting"])
