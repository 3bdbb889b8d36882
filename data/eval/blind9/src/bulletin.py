from lib import *
R = "bulletin"
DOCS = []
add = DOCS.append
B = "Live-map bulletin: one event per line; lines without time → incidents D-1..D, present-tense meetings D."


def I(d):
    return [DAY(d, -1), d]


d = "2024-08-21"
add(D(R, 1, d, """Dnipropetrovsk oblast: KAB strike on Pokrovske, houses damaged, 1 injured""",
  [E("incident", "guided bomb strike", I(d), Q("Pokrovske", "UA", 47.98, 36.24, q="Pokrovs’ke"), ["Russia", "civilians"])],
  [P("Dnipro", "UA")], B + " Oblast prefix named after Dnipro (~150 km).", ["bulletin", "admin_qualifier"]))

d = "2023-11-04"
add(D(R, 2, d, """Kherson oblast: Russian artillery shelling on Stanislav, school building hit""",
  [E("incident", "shelling", I(d), Q("Stanislav", "UA", 46.57, 32.16), ["Russia"])],
  [P("Kherson", "UA")], B + " Oblast prefix (~35 km, inside the radius).", ["bulletin", "admin_qualifier"]))

d = "2022-09-15"
add(D(R, 3, d, """Donetsk oblast: Ukrainian flag raised over Sviatohirsk Lavra after Russian withdrawal; mass grave reported in nearby forest""",
  [E("other", "territorial recapture", I(d), Q("Sviatohirsk", "UA", 49.03, 37.57, q="Svyatohirs’k"), ["Ukraine"], optional=True)],
  [P("Donetsk", "UA")], B + " Recapture claim: optional; mass grave discovery not an attack. Donetsk oblast prefix.", ["bulletin", "capture_claim", "admin_qualifier", "no_scored_gold"]))

d = "2024-06-25"
add(D(R, 4, d, """Sirens in Ma'alot-Tarshiha and the Western Galilee
IDF strikes Hezbollah observation post near Jibchit""",
  [E("incident", "rocket fire and sirens", I(d), Q("Ma'alot-Tarshiha", "IL", 33.02, 35.27, q="Ma‘alot Tarshīḥā"), ["Hezbollah"], optional=True),
   E("incident", "airstrike", I(d), M("Jibchit", 33.37, 35.43, "LB", "approximate, town north-west of Nabatieh"), ["Israel", "Hezbollah"])],
  [], B + " Sirens optional.", ["bulletin", "sirens", "multi_event"]))

d = "2025-03-02"
add(D(R, 5, d, """Kharkiv oblast: Russian drone hits car in Merefa, driver killed""",
  [E("incident", "drone strike", I(d), Q("Merefa", "UA", 49.82, 36.06), ["Russia", "civilians"])],
  [P("Kharkiv", "UA")], B + " Oblast prefix (~25 km, inside the radius).", ["bulletin", "admin_qualifier"]))

d = "2025-04-26"
add(D(R, 6, d, """Sumy oblast: 5 KABs dropped on Seredyna-Buda community overnight""",
  [E("incident", "guided bomb strikes", I(d), Q("Seredyna-Buda", "UA", 52.19, 34.04), ["Russia"])],
  [P("Sumy", "UA")], B + " 'Overnight' → D-1..D. Seredyna-Buda repeats regional_014 (different event).", ["bulletin", "admin_qualifier", "date_range"]))

d = "2023-12-29"
add(D(R, 7, d, """Explosions reported in Cherkassy, Ukrainian media report air defence active""",
  [E("incident", "explosions", I(d), Q("Cherkassy", "UA", 49.44, 32.06, q="Cherkasy"), ["Russia"], optional=True)],
  [], B + " Russian spelling 'Cherkassy'. Unconfirmed explosions / air defence: optional, no scored gold.", ["bulletin", "alt_spelling", "unconfirmed", "no_scored_gold"]))

d = "2024-05-11"
add(D(R, 8, d, """Belgorod oblast: drone hits car near Bessonovka, 2 wounded, governor says""",
  [E("incident", "drone strike", I(d), Q("Bessonovka", "RU", 50.62, 36.45), ["Ukraine", "civilians"])],
  [P("Belgorod", "RU")], B + " Oblast prefix (~15 km, inside the radius).", ["bulletin", "admin_qualifier"]))

d = "2024-09-03"
add(D(R, 9, d, """Kursk oblast: Ukrainian shelling of Khomutovka, power cut to 3 villages""",
  [E("incident", "shelling", I(d), Q("Khomutovka", "RU", 51.92, 34.55), ["Ukraine"])],
  [P("Kursk", "RU")], B + " Oblast prefix (~110 km).", ["bulletin", "admin_qualifier"]))

d = "2023-08-09"
add(D(R, 10, d, """Anbar: IS gunmen attack army checkpoint west of Rutba, 2 soldiers killed""",
  [E("incident", "armed attack", I(d), Q("Rutba", "IQ", 33.04, 40.28, q="Ar Rutbah"), ["Islamic State", "Iraqi army"])],
  [M("Ramadi", 33.42, 43.3, "IQ", "approximate, capital of Anbar")], B + " 'West of' without distance → the town. Anbar prefix → Ramadi non-event.", ["bulletin", "admin_qualifier"]))

d = "2024-04-15"
add(D(R, 11, d, """Daraa countryside: gunmen kill 2 former opposition fighters in Nawa""",
  [E("incident", "shooting", I(d), Q("Nawa", "SY", 32.89, 36.04), ["gunmen"])],
  [Q("Daraa", "SY", 32.62, 36.1)], B + " Prefix (~30 km, inside the radius).", ["bulletin", "admin_qualifier"]))

d = "2025-03-08"
add(D(R, 12, d, """Latakia countryside: clashes between security forces and Assad loyalists continue in Qardaha
Tartus: curfew extended""",
  [E("incident", "armed clashes", I(d), Q("Qardaha", "SY", 35.45, 36.06, q="Al Qardāḩah"), ["Syrian security forces", "Assad loyalists"])],
  [P("Latakia", "SY"), P("Tartus", "SY")], B + " Curfew: not an event of the scored kinds; Tartus non-event.", ["bulletin", "admin_qualifier", "multi_event"]))

d = "2024-01-29"
add(D(R, 13, d, """Mopti region: jihadists attack village near Bandiagara, several dead""",
  [E("incident", "armed attack", I(d), Q("Bandiagara", "ML", 14.35, -3.61), ["jihadists", "civilians"])],
  [Q("Mopti", "ML", 14.49, -4.2)], B + " Region prefix → Mopti non-event (~65 km).", ["bulletin", "admin_qualifier", "village"]))

d = "2024-02-13"
add(D(R, 14, d, """Zamfara: bandits abduct 20 worshippers from mosque in Kaura Namoda""",
  [E("incident", "abduction", I(d), Q("Kaura Namoda", "NG", 12.59, 6.59), ["bandits", "civilians"])],
  [Q("Gusau", "NG", 12.16, 6.66)], B + " State prefix → Gusau (state capital, ~50 km).", ["bulletin", "admin_qualifier"]))

d = "2024-03-07"
add(D(R, 15, d, """Niger state: gunmen kidnap 16 in Kontagora, police say; Kaduna: 287 pupils missing after Kuriga school attack""",
  [E("incident", "abduction", I(d), Q("Kontagora", "NG", 10.4, 5.47), ["gunmen", "civilians"]),
   E("incident", "abduction", I(d), M("Kuriga", 10.6, 7.6, "NG", "approximate, town in Chikun LGA"), ["gunmen", "pupils"], optional=True)],
  [P("Kaduna", "NG")], B + " Second clause repeats an earlier set's gold (Kuriga, same event): optional. Kaduna state prefix.", ["bulletin", "multi_event", "admin_qualifier"]))

d = "2025-01-09"
add(D(R, 16, d, """Yobe: ISWAP fighters raid army base in Geidam, vehicles burned""",
  [E("incident", "armed attack", I(d), Q("Geidam", "NG", 12.89, 11.93), ["ISWAP", "Nigerian army"])],
  [Q("Damaturu", "NG", 11.75, 11.96)], B + " State prefix → Damaturu (~125 km).", ["bulletin", "admin_qualifier"]))

d = "2024-10-22"
add(D(R, 17, d, """Antioquia: ELN blockade, clashes with Clan del Golfo near Remedios; 300 displaced""",
  [E("incident", "armed clashes", I(d), Q("Remedios", "CO", 7.03, -74.69), ["ELN", "Clan del Golfo"])],
  [P("Medellín", "CO")], B + " Department prefix → Medellín (~140 km).", ["bulletin", "admin_qualifier"]))

d = "2024-06-06"
add(D(R, 18, d, """Tamaulipas: shootout between army and gunmen in Matamoros, 4 dead""",
  [E("incident", "armed clash", I(d), Q("Matamoros", "MX", 25.87, -97.5), ["Mexican army", "gunmen"])],
  [Q("Ciudad Victoria", "MX", 23.74, -99.15)], B + " Homonym: Matamoros, Tamaulipas (not Coahuila/Puebla). State prefix → Ciudad Victoria.", ["bulletin", "homonym", "admin_qualifier"]))

d = "2024-11-27"
add(D(R, 19, d, """Ouest: gangs attack Ganthier, police station set on fire""",
  [E("incident", "gang attack", I(d), Q("Ganthier", "HT", 18.53, -72.07), ["gangs", "Haitian police"])],
  [P("Port-au-Prince", "HT")], B + " Department prefix → capital.", ["bulletin", "admin_qualifier"]))

d = "2024-09-26"
REM = M("Al-Rimal, Gaza City", 31.52, 34.45, "PS", "approximate, central-western neighbourhood of Gaza City")
add(D(R, 20, d, """Gaza City: air strike on school sheltering displaced in Al-Rimal, 10 killed""",
  [E("incident", "airstrike", I(d), REM, ["Israel", "civilians"], alts=[P("Gaza City", "PS")])],
  [], B + " City prefix; neighbourhood pin.", ["bulletin", "neighbourhood"]))

d = "2023-10-12"
add(D(R, 21, d, """Nablus: settlers open fire in Qusra, 4 killed""",
  [E("incident", "settler shooting", I(d), M("Qusra", 32.08, 35.33, "PS", "approximate, village south-east of Nablus"), ["Israeli settlers", "Palestinians"])],
  [P("Nablus", "PS")], B + " Qusra also regional_006 (optional there, scored here).", ["bulletin", "admin_qualifier"]))

d = "2025-10-15"
add(D(R, 22, d, """Kunar: Pakistani artillery shells hit houses near Asadabad, 3 civilians wounded
Kabul: Taliban say border talks with Islamabad to be held in Doha""",
  [E("incident", "shelling", I(d), Q("Asadabad", "AF", 34.87, 71.15, q="Asadabad"), ["Pakistan", "civilians"])],
  [P("Kabul", "AF"), P("Islamabad", "PK"), P("Doha", "QA")], B + " Composite. Province prefix; homonym (Asadabad in Iran). Future talks in Doha: not gold.", ["bulletin", "homonym", "future_event", "multi_event"]))

d = "2024-01-20"
add(D(R, 23, d, """Shan: junta airstrike hits market in Namtu, 6 dead""",
  [E("incident", "airstrike", I(d), Q("Namtu", "MM", 23.08, 97.4), ["Myanmar military", "civilians"])],
  [Q("Taunggyi", "MM", 20.79, 97.04)], B + " State prefix → Taunggyi (state capital).", ["bulletin", "admin_qualifier"]))

d = "2024-10-12"
add(D(R, 24, d, """Kurram: gunmen fire on convoy near Sadda, 15 killed""",
  [E("incident", "armed attack", I(d), M("Sadda", 33.7, 70.34, "PK", "approximate, town in Lower Kurram"), ["gunmen", "civilians"])],
  [M("Parachinar", 33.9, 70.1, "PK", "approximate, headquarters of Kurram")], B + " District prefix → Parachinar (~30 km, inside the radius).", ["bulletin", "admin_qualifier"]))

d = "2025-05-03"
add(D(R, 25, d, """White Nile: RSF shells Ed Dueim from across the river, 4 dead""",
  [E("incident", "shelling", I(d), Q("Ed Dueim", "SD", 14.0, 32.31, q="Ad Duwaym"), ["RSF", "civilians"])],
  [P("Rabak", "SD")], B + " State prefix → Rabak (capital, ~110 km).", ["bulletin", "admin_qualifier"]))

d = "2024-03-01"
add(D(R, 26, d, """Tavush: Armenia says Azerbaijani fire wounded a soldier near Berd""",
  [E("incident", "cross-border fire", I(d), Q("Berd", "AM", 40.88, 45.39), ["Azerbaijan", "Armenia"])],
  [Q("Ijevan", "AM", 40.88, 45.15)], B + " Province prefix → Ijevan.", ["bulletin", "admin_qualifier"]))

d = "2024-12-02"
add(D(R, 27, d, """Agartala: protesters break into Bangladesh assistant high commission
Bandarban: mortar shells fired from Myanmar land near Naikhongchhari""",
  [E("other", "protest, mission breach", I(d), Q("Agartala", "IN", 23.84, 91.28), ["protesters"]),
   E("incident", "cross-border shelling", I(d), Q("Naikhongchhari", "BD", 21.42, 92.17, q="Naikhongchhari"), ["unknown", "Myanmar armed groups"])],
  [Q("Bandarban", "BD", 22.2, 92.22)], B + " Mission breach: kind other. District prefix → Bandarban (~85 km).", ["bulletin", "protest", "multi_event", "admin_qualifier"]))

d = "2024-12-05"
TUR = Q("Turkistan", "KZ", 43.3, 68.25)
add(D(R, 28, d, """Tokayev receives Mirziyoyev in Turkistan; call with Putin planned for tomorrow""",
  [E("meeting", "bilateral meeting", d, TUR, ["Kassym-Jomart Tokayev", "Shavkat Mirziyoyev"])],
  [P("Astana", "KZ")], B + " Composite. Present-tense meeting → D. Planned call: future, not gold (Astana non-event).", ["bulletin", "meeting", "future_event", "present_tense"]))

d = "2024-08-20"
SAN = M("Sandy Cay", 11.07, 114.23, "PH", "approximate, sandbars near Pag-asa (Thitu) island")
add(D(R, 29, d, """Chinese coast guard fires water cannon at BFAR vessel near Sandy Cay; Philippines protests""",
  [E("incident", "water cannon incident", I(d), SAN, ["China Coast Guard", "BFAR"])],
  [], B + " Shoal/sandbar pin.", ["bulletin", "sea_event", "shoal"]))

d = "2023-01-14"
add(D(R, 30, d, """Russian MoD: Kiev regime's naval drone workshop in Ochakov destroyed by precision strike
Explosions in Krivoy Rog, air alert in central Ukraine""",
  [E("incident", "claimed strike", I(d), Q("Ochakiv", "UA", 46.61, 31.55, q="Ochakiv"), ["Russia", "Ukraine"]),
   E("incident", "explosions", I(d), P("Kryvyi Rih", "UA"), ["Russia"], optional=True)],
  [P("Kyiv", "UA")], B + " Composite. Claimed strike pinned at the target (Russian spelling 'Ochakov'). Bare explosions in 'Krivoy Rog' optional. 'Kiev regime' is a metonym (Kyiv non-event).", ["bulletin", "alt_spelling", "metonym", "claim", "unconfirmed", "multi_event"]))
