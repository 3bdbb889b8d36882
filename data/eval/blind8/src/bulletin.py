from lib import *
R = "bulletin"
DOCS = []
add = DOCS.append
B = "Live-map bulletin: one event per line; lines without time → incidents D-1..D, present-tense meetings D."

d = "2024-11-16"
add(D(R, 1, d, """Zaporizhzhia oblast: Russian drones hit Vilniansk, 3 wounded""",
  [E("incident", "drone strike", [DAY(d,-1), d], P("Vilniansk", "UA", "Vilnyansk"), ["Russia", "civilians"])],
  [P("Zaporizhzhia", "UA", "Zaporizhzhya")], B + " Oblast prefix → Zaporizhzhia non-event (~35 km, inside the radius).", ["bulletin", "admin_qualifier"]))

d = "2025-02-03"
add(D(R, 2, d, """Synelnykove district: guided bomb strike on Mezhova, private houses on fire""",
  [E("incident", "guided bomb strike", [DAY(d,-1), d], P("Mezhova", "UA"), ["Russia"])],
  [P("Synelnykove", "UA")], B + " District prefix → Synelnykove (~75 km) non-event.", ["bulletin", "admin_qualifier", "district"]))

d = "2024-06-06"
JWA = M("Jwaya", 33.24, 35.33, "LB", "approximate, town east of Tyre")
add(D(R, 3, d, """Sirens in Karmiel and the Galilee
IDF strikes Hezbollah rocket launcher near Jwaya, south Lebanon""",
  [E("incident", "rocket attack", [DAY(d,-1), d], P("Karmiel", "IL", "Karmi’el"), ["Hezbollah"], optional=True),
   E("incident", "airstrike", [DAY(d,-1), d], JWA, ["Israel", "Hezbollah"])],
  [], B + " Sirens only: optional.", ["bulletin", "sirens", "multi_event"]))

d = "2024-09-23"
add(D(R, 4, d, """Russian MoD claims capture of Ukrainsk
Dobropillia: missile strike on the central market, 2 killed""",
  [E("other", "territorial capture claim", [DAY(d,-1), d], P("Ukrainsk", "UA", "Ukrayinsk"), ["Russia"], optional=True),
   E("incident", "missile strike", [DAY(d,-1), d], P("Dobropillia", "UA"), ["Russia", "civilians"])],
  [], B + " Capture claim optional. Dobropillia: the town (first candidate). Ukrainsk repeats coder_note_001 (different event).", ["bulletin", "capture_claim", "multi_event"]))

d = "2023-05-30"
add(D(R, 5, d, """Explosions in Kiev, air defence active; debris falls in Obolon district
Drone hits high-rise in Vyshhorod, 1 dead""",
  [E("incident", "drone debris", [DAY(d,-1), d], P("Kiev", "UA", "Kyiv"), ["Russia"], optional=True),
   E("incident", "drone strike", [DAY(d,-1), d], P("Vyshhorod", "UA"), ["Russia", "civilians"])],
  [], B + " 'Kiev' spelling. Debris and air defence in the capital: optional. Vyshhorod ~15 km north (separately named).", ["bulletin", "alt_spelling", "debris", "multi_event"]))

d = "2023-02-21"
add(D(R, 6, d, """Nineveh: IED kills 2 Iraqi soldiers near Qayyarah""",
  [E("incident", "IED attack", [DAY(d,-1), d], P("Qayyarah", "IQ", "Al Qayyarah"), ["ISIS", "Iraqi army"])],
  [P("Mosul", "IQ")], B + " Province prefix → Mosul (~60 km) non-event.", ["bulletin", "admin_qualifier"]))

d = "2024-01-28"
SAR = M("Sarıyer", 41.168, 29.057, "TR", "approximate, district on the Bosphorus, Istanbul")
add(D(R, 7, d, f"""Istanbul: masked gunmen open fire during {WD(d)} mass at Santa Maria church in Sarıyer, 1 killed""",
  [E("incident", "shooting", d, SAR, ["ISIS", "civilians"], alts=[P("Istanbul", "TR")])],
  [], B + " Present-tense live line with 'Sunday mass' (D is a Sunday: weekday resolved). Istanbul prefix is the city (~20 km; alternate). Gazetteer's Sarıyer is a different village, so manual.",
  ["bulletin", "present_tense", "weekday_date"]))

d = "2023-09-11"
MAC = M("Macina", 13.96, -5.36, "ML", "approximate, town on the Niger, Ségou region")
add(D(R, 8, d, """Ségou region: jihadists attack army post at Macina""",
  [E("incident", "armed attack", [DAY(d,-1), d], MAC, ["JNIM", "FAMa"])],
  [P("Ségou", "ML")], B + " Region prefix → Ségou (~110 km) non-event.", ["bulletin", "admin_qualifier"]))

d = "2024-05-14"
add(D(R, 9, d, """Zamfara: bandits abduct 20 farmers in Bakura LGA""",
  [E("incident", "abduction", [DAY(d,-1), d], P("Bakura", "NG"), ["bandits", "farmers"])],
  [], B + " State prefix (Zamfara; no city named). LGA → Bakura.", ["bulletin", "district", "abduction"]))

d = "2024-08-09"
add(D(R, 10, d, """Nariño: clashes between FARC dissidents and the army in rural Barbacoas""",
  [E("incident", "armed clashes", [DAY(d,-1), d], P("Barbacoas", "CO"), ["FARC dissidents", "Colombian army"])],
  [], B + " Department prefix only.", ["bulletin", "admin_qualifier"]))

d = "2024-10-21"
add(D(R, 11, d, """Sinaloa: shootout between Chapitos and Mayos factions in Navolato, 5 dead
Culiacán: schools closed again""",
  [E("incident", "armed clashes", [DAY(d,-1), d], P("Navolato", "MX"), ["Los Chapitos", "La Mayiza"])],
  [P("Culiacán", "MX", "Culiacan")], B + " Culiacán school closures: not an incident (~30 km, inside the radius).", ["bulletin", "admin_qualifier"]))

d = "2025-06-03"
LIA = M("Liancourt", 19.14, -72.55, "HT", "approximate, commune in the Artibonite valley")
add(D(R, 12, d, """Artibonite: Gran Grif gang attacks Liancourt, houses burned, residents flee to Saint-Marc""",
  [E("incident", "armed attack", [DAY(d,-1), d], LIA, ["Gran Grif", "civilians"])],
  [P("Saint-Marc", "HT")], B + " Department prefix. Saint-Marc: refuge (~25 km).", ["bulletin", "origin_place"]))

d = "2019-12-31"
TAJ = M("Camp Taji", 33.53, 44.26, "IQ", "approximate, base north of Baghdad")
add(D(R, 13, d, """Baghdad: Kataib Hezbollah supporters break into US embassy compound, set reception area on fire
Rockets hit near Camp Taji""",
  [E("other", "embassy riot", d, P("Baghdad", "IQ"), ["Kataib Hezbollah supporters"]),
   E("incident", "rocket attack", [DAY(d,-1), d], TAJ, ["Iran-aligned militia"])],
  [], B + " Embassy storming: other. Taji ~30 km from the embassy.", ["bulletin", "protest", "multi_event"]))

d = "2024-08-28"
add(D(R, 14, d, """Beijing: Sullivan meets Wang Yi at Yanqi Lake
White House: Biden and Xi to speak by phone in the coming weeks""",
  [E("meeting", "bilateral meeting", d, M("Yanqi Lake", 40.4, 116.68, "CN", "approximate, conference centre in Huairou district north of Beijing"), ["Jake Sullivan", "Wang Yi"], alts=[P("Beijing", "CN")])],
  [P("Washington", "US")], B + " Present meeting at Yanqi Lake (~60 km from central Beijing; Beijing alternate). Planned call: future, no gold. White House metonym.", ["bulletin", "present_tense", "future_event", "metonym"]))

d = "2024-10-02"
ZLA = P("Pervomaiskyi", "UA", "Pervomaiskyi")
add(D(R, 15, d, """Kharkiv oblast: guided bomb hits Pervomaiskyi, 4 wounded""",
  [E("incident", "guided bomb strike", [DAY(d,-1), d], ZLA, ["Russia", "civilians"])],
  [P("Kharkiv", "UA")], B + " Homonym: Pervomaiskyi, Kharkiv oblast (gazetteer Zlatopil, first candidate; another Pervomaiskyi is in Donetsk oblast). Kharkiv (~95 km) prefix non-event.", ["bulletin", "homonym", "admin_qualifier"]))

d = "2024-08-31"
SAB = M("Sabina Shoal", 9.75, 116.47, "PH", "approximate, shoal in the Spratly Islands")
add(D(R, 16, d, """Chinese coast guard ship rams Philippine vessel BRP Teresa Magbanua near Sabina Shoal""",
  [E("incident", "ramming", d, SAB, ["China Coast Guard", "Philippine Coast Guard"])],
  [], B + " Present-tense live line → D. Shoal pinned.", ["bulletin", "present_tense", "sea_event"]))

d = "2023-05-21"
add(D(R, 17, d, """Wagner: "Artemovsk fully taken" — Ukraine says fighting continues in Bakhmut's south-west""",
  [E("other", "territorial capture claim", [DAY(d,-1), d], P("Bakhmut", "UA"), ["Wagner"], optional=True),
   E("incident", "armed clashes", [DAY(d,-1), d], P("Bakhmut", "UA"), ["Ukraine", "Wagner"])],
  [], B + " Russian name Artemovsk = Bakhmut. Capture claim optional; ongoing fighting is the incident.", ["bulletin", "alt_spelling", "capture_claim"]))

d = "2024-05-11"
add(D(R, 18, d, """Khan Younis: Israeli strikes on houses in al-Qarara and Khuza'a, 9 killed""",
  [E("incident", "airstrike", [DAY(d,-1), d], P("al-Qarara", "PS", "Al Qararah"), ["Israel", "civilians"]),
   E("incident", "airstrike", [DAY(d,-1), d], P("Khuza'a", "PS", "Khuzā‘ah"), ["Israel", "civilians"])],
  [P("Khan Younis", "PS")], B + " Governorate/city prefix (~5 km). Two towns ~7 km apart.", ["bulletin", "multi_event", "admin_qualifier"]))

d = "2023-08-07"
BEI = M("Beita", 32.14, 35.29, "PS", "approximate, village south-east of Nablus")
add(D(R, 19, d, """Israeli forces raid Beita, clashes with residents; 1 Palestinian killed""",
  [E("incident", "armed clashes", [DAY(d,-1), d], BEI, ["Israel", "Palestinians"])],
  [], B, ["bulletin", "village"]))

d = "2025-03-18"
add(D(R, 20, d, """Daraa: Israeli strikes on army depots near Izraa""",
  [E("incident", "airstrike", [DAY(d,-1), d], P("Izraa", "SY", "Izra'"), ["Israel"])],
  [P("Daraa", "SY")], B + " Governorate prefix → Daraa (~35 km).", ["bulletin", "admin_qualifier"]))

d = "2023-09-06"
TGI = M("Tougouri", 13.32, -0.52, "BF", "approximate, town in Namentenga province")
add(D(R, 21, d, """Burkina: VDP post at Tougouri attacked, 9 volunteers killed""",
  [E("incident", "armed attack", [DAY(d,-1), d], TGI, ["jihadists", "VDP"])],
  [], B + " Country prefix.", ["bulletin", "country_prefix"]))

d = "2025-03-24"
BHU = M("Bani Hushaysh", 15.42, 44.33, "YE", "approximate, district north-east of Sanaa")
add(D(R, 22, d, """US strikes hit Bani Hushaysh district, Sanaa governorate, Houthi media say
Sanaa: strike on building in al-Jiraf, casualties reported""",
  [E("incident", "airstrike", [DAY(d,-1), d], BHU, ["United States", "Houthis"]),
   E("incident", "airstrike", [DAY(d,-1), d], M("al-Jiraf, Sanaa", 15.4, 44.21, "YE", "approximate, northern Sanaa neighbourhood"), ["United States", "Houthis"])],
  [], B + " District pinned at its centre (~15 km from Sanaa's al-Jiraf; two lines, two events).", ["bulletin", "multi_event", "district"]))

d = "2025-06-15"
add(D(R, 23, d, """Karaj: drone hits building near industrial zone
Explosions reported in Parchin area, unconfirmed""",
  [E("incident", "drone strike", [DAY(d,-1), d], P("Karaj", "IR"), ["Israel"]),
   E("incident", "explosions", [DAY(d,-1), d], M("Parchin", 35.52, 51.77, "IR", "approximate, military complex south-east of Tehran"), ["unknown"], optional=True)],
  [], B + " Unconfirmed explosions: optional.", ["bulletin", "multi_event", "unconfirmed"]))

d = "2023-10-24"
ELB = M("Elasha Biyaha", 2.0, 45.23, "SO", "approximate, town south-west of Mogadishu on the Afgooye road")
add(D(R, 24, d, """Al-Shabaab fighters attack SNA checkpoint in Elasha Biyaha""",
  [E("incident", "armed attack", [DAY(d,-1), d], ELB, ["al-Shabaab", "Somali army"])],
  [], B, ["bulletin"]))

d = "2025-02-14"
add(D(R, 25, d, """M23 says it has taken Nyabibwe, South Kivu
Heavy fighting reported near Kalehe""",
  [E("other", "territorial capture claim", [DAY(d,-1), d], M("Nyabibwe", -1.98, 28.86, "CD", "approximate, town on Lake Kivu, Kalehe territory"), ["M23"], optional=True),
   E("incident", "armed clashes", [DAY(d,-1), d], M("Kalehe", -2.1, 28.91, "CD", "approximate, territory seat on Lake Kivu north of Bukavu"), ["M23", "FARDC"])],
  [], B + " Capture claim optional. Province 'South Kivu' not pinned.", ["bulletin", "capture_claim", "multi_event"]))

d = "2024-05-30"
add(D(R, 26, d, """Badakhshan: IED hits Taliban vehicle in Faizabad, 2 killed""",
  [E("incident", "IED attack", [DAY(d,-1), d], P("Faizabad", "AF", "Fayzabad"), ["ISKP", "Taliban"])],
  [], B + " Faizabad, Badakhshan (first candidate; others in Jowzjan/Faryab).", ["bulletin", "homonym"]))

d = "2024-02-05"
add(D(R, 27, d, """Rakhine: Arakan Army attacks junta positions on outskirts of Sittwe""",
  [E("incident", "armed attack", [DAY(d,-1), d], P("Sittwe", "MM"), ["Arakan Army", "Myanmar military"])],
  [], B, ["bulletin"]))

d = "2023-12-06"
add(D(R, 28, d, """Khyber: IED targets police vehicle in Landi Kotal, 3 injured""",
  [E("incident", "IED attack", [DAY(d,-1), d], P("Landi Kotal", "PK"), ["militants", "police"])],
  [], B, ["bulletin", "district"]))

d = "2024-06-20"
add(D(R, 29, d, """South Kordofan: RSF and SPLM-N shell Dilling, civilians killed""",
  [E("incident", "shelling", [DAY(d,-1), d], P("Dilling", "SD"), ["RSF", "SPLM-N", "civilians"])],
  [], B, ["bulletin"]))

d = "2025-07-10"
add(D(R, 30, d, """Abu Dhabi: Aliyev and Pashinyan meet for first bilateral talks without mediators
Syunik: shots fired at Tegh border post overnight, no casualties""",
  [E("meeting", "bilateral meeting", d, P("Abu Dhabi", "AE"), ["Ilham Aliyev", "Nikol Pashinyan"]),
   E("incident", "shooting", [DAY(d,-1), d], P("Tegh", "AM"), ["Azerbaijan", "Armenia"])],
  [], B + " Present meeting → D. Syunik province prefix not pinned.", ["bulletin", "present_tense", "multi_event"]))
