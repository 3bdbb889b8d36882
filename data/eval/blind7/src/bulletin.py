from lib import *
R = "bulletin"
DOCS = []
add = DOCS.append
B = "Live-map bulletin: one event per line; lines without time → incidents D-1..D, present-tense meetings D."

d = "2024-06-03"
add(D(R, 1, d, """Kharkiv oblast: Russian guided bomb hits Zolochiv, 2 wounded""",
  [E("incident", "guided bomb strike", [DAY(d,-1), d], P("Zolochiv", "UA", pick=1), ["Russia", "civilians"])],
  [P("Kharkiv", "UA")], B + " Homonym: Zolochiv, Kharkiv oblast (second candidate; the first is Zolochiv, Lviv oblast). Oblast prefix → Kharkiv non-event (~45 km, inside the radius).", ["bulletin", "homonym", "admin_qualifier"]))

d = "2024-08-29"
add(D(R, 2, d, """Russian MoD claims capture of Chasiv Yar's Novyi microdistrict
Druzhkivka: 2 killed in drone strike on bus stop""",
  [E("other", "territorial capture claim", [DAY(d,-1), d], P("Chasiv Yar", "UA"), ["Russia"], optional=True),
   E("incident", "drone strike", [DAY(d,-1), d], P("Druzhkivka", "UA"), ["Russia", "civilians"])],
  [], B + " Capture claim optional. Druzhkivka ~30 km from Chasiv Yar.", ["bulletin", "capture_claim", "multi_event"]))

d = "2023-10-27"
YOH = M("Yohmor al-Shqif", 33.34, 35.55, "LB", "approximate, village in Nabatieh district near the Litani")
add(D(R, 3, d, """Sirens in Ashdod
IDF strikes Hezbollah observation post near Yohmor, south Lebanon""",
  [E("incident", "rocket attack", [DAY(d,-1), d], P("Ashdod", "IL"), ["Hamas"], optional=True),
   E("incident", "airstrike", [DAY(d,-1), d], YOH, ["Israel", "Hezbollah"])],
  [], B + " Sirens only: optional.", ["bulletin", "sirens", "multi_event", "village"]))

d = "2024-11-02"
KHI = M("Khiam", 33.33, 35.61, "LB", "approximate, town in Marjayoun district")
add(D(R, 4, d, """Fierce clashes between IDF and Hezbollah on the outskirts of Khiam""",
  [E("incident", "armed clashes", [DAY(d,-1), d], KHI, ["Israel", "Hezbollah"])],
  [], B, ["bulletin", "present_tense"]))

d = "2024-06-23"
SHT = M("Al-Shati camp", 31.53, 34.45, "PS", "approximate, refugee camp on the coast of Gaza City")
add(D(R, 5, d, """Gaza: Israeli strike on house in al-Shati camp, 8 killed per civil defence
IDF: troops continue operating in Rafah's Tel al-Sultan""",
  [E("incident", "airstrike", [DAY(d,-1), d], SHT, ["Israel", "civilians"]),
   E("incident", "ground operation", d, M("Tel al-Sultan", 31.30, 34.24, "PS", "approximate, western neighbourhood of Rafah"), ["Israel", "Hamas"], alts=[P("Rafah", "PS")])],
  [], B + " Live present-tense line dated D.", ["bulletin", "multi_event", "camp", "present_tense"]))

d = "2024-01-08"
KAR = M("Kiryat Arba gate", 31.53, 35.12, "PS", "approximate, settlement entrance east of Hebron")
add(D(R, 6, d, """Hebron: stabbing attack at Kiryat Arba entrance, attacker shot
Qalqilya: IDF raid, 3 arrested""",
  [E("incident", "stabbing attack", [DAY(d,-1), d], KAR, ["Palestinian attacker", "Israeli forces"], alts=[P("Hebron", "PS")]),
   E("incident", "arrest raid", [DAY(d,-1), d], M("Qalqilya", 32.19, 34.97, "PS", "approximate, city in the north-west West Bank"), ["Israel"], optional=True)],
  [], B + " Prefix Hebron (~3 km) is the alternate. Arrest raid optional.", ["bulletin", "multi_event", "arrest"]))

d = "2025-07-15"
SAR = M("Sarsang airport", 37.04, 43.35, "IQ", "approximate, military airfield east of Amedi, Duhok")
KHR = M("Khurmala oil field", 35.98, 43.64, "IQ", "approximate, field south-west of Erbil")
add(D(R, 7, d, """Duhok: drone falls near Sarsang airport, no casualties
Erbil: drone strikes Khurmala oil field, production halted""",
  [E("incident", "drone attack", [DAY(d,-1), d], SAR, ["unknown"]),
   E("incident", "drone attack", [DAY(d,-1), d], KHR, ["unknown"])],
  [P("Erbil", "IQ")], B + " Line prefixes are governorates: Erbil city (~50 km from Khurmala; listed) not the target; Duhok (~50 km from Sarsang) not listed.", ["bulletin", "multi_event", "admin_qualifier", "facility"]))

d = "2025-03-07"
add(D(R, 8, d, """Clashes between security forces and Assad loyalists in Latakia countryside
Curfew imposed in Tartus""",
  [E("incident", "armed clashes", [DAY(d,-1), d], P("Latakia", "SY"), ["Syrian government", "Assad loyalists"])],
  [P("Tartus", "SY", "Tartus")], B + " Curfew is not an event (Tartus ~75 km).", ["bulletin", "admin_qualifier"]))

d = "2024-10-23"
TUS = M("TUSAS facility, Kahramankazan", 40.07, 32.60, "TR", "approximate, aerospace plant near Kahramankazan, north-west of Ankara")
add(D(R, 9, d, """Ankara: explosion and gunfire at TUSAS headquarters in Kahramankazan
Turkish jets strike PKK targets in northern Iraq and Syria""",
  [E("incident", "armed attack", d, TUS, ["PKK", "civilians"])],
  [P("Ankara", "TR")], B + " Live present-tense line dated D. Prefix Ankara (~35 km, inside radius). Country-wide strikes not pinned.", ["bulletin", "admin_qualifier", "present_tense", "facility"]))

d = "2025-04-02"
add(D(R, 10, d, """US strikes on Dhamar governorate, Houthi media report
Houthis claim launching drones at US carrier in the Red Sea""",
  [E("incident", "airstrike", [DAY(d,-1), d], P("Dhamar", "YE"), ["United States", "Houthis"])],
  [], B + " Governorate pinned at its capital. Red Sea claim unlocated.", ["bulletin", "admin_qualifier", "sea_event"]))

d = "2024-12-03"
ABS = M("Abu Shouk camp", 13.66, 25.33, "SD", "approximate, IDP camp on the northern edge of El Fasher")
add(D(R, 11, d, """RSF shelling hits Abu Shouk displacement camp, North Darfur""",
  [E("incident", "shelling", [DAY(d,-1), d], ABS, ["Rapid Support Forces", "civilians"])],
  [], B, ["bulletin", "camp", "admin_qualifier"]))

d = "2025-03-17"
add(D(R, 12, d, """Drone strike on Kosti power station, White Nile state; city in darkness""",
  [E("incident", "drone attack", [DAY(d,-1), d], P("Kosti", "SD"), ["Rapid Support Forces"])],
  [], B, ["bulletin", "facility"]))

d = "2023-08-10"
add(D(R, 13, d, """Amhara: Fano fighters enter Woldia after clashes with ENDF""",
  [E("incident", "armed clashes", [DAY(d,-1), d], P("Woldia", "ET", "Weldiya"), ["Fano", "ENDF"])],
  [], B, ["bulletin", "alt_spelling"]))

d = "2024-09-08"
add(D(R, 14, d, """Baidoa: mortar shells land near airport, 3 civilians wounded""",
  [E("incident", "mortar attack", [DAY(d,-1), d], P("Baidoa", "SO"), ["al-Shabaab", "civilians"])],
  [], B, ["bulletin"]))

d = "2025-01-28"
MAG = M("Mangina", 0.76, 29.32, "CD", "approximate, town west of Oicha, Beni territory")
add(D(R, 15, d, """ADF attack in Mangina, Beni territory: 9 civilians killed
Kinshasa: protesters attack Rwandan, French and US embassies""",
  [E("incident", "attack on civilians", [DAY(d,-1), d], MAG, ["ADF", "civilians"]),
   E("other", "riot", d, P("Kinshasa", "CD"), ["protesters"])],
  [P("Beni", "CD")], B + " Riot at embassies: other, dated D (live). Beni (~35 km) territory qualifier.", ["bulletin", "riot", "multi_event", "admin_qualifier", "nationality"]))

d = "2024-09-25"
add(D(R, 16, d, """Sikasso region: JNIM attacks fuel convoy near Bougouni, trucks burnt""",
  [E("incident", "armed attack", [DAY(d,-1), d], P("Bougouni", "ML"), ["JNIM"])],
  [P("Sikasso", "ML")], B + " Region prefix (Sikasso city ~160 km).", ["bulletin", "admin_qualifier"]))

d = "2024-05-18"
add(D(R, 17, d, """Burkina Faso: gunmen attack gendarmerie post in Fada N'Gourma""",
  [E("incident", "armed attack", [DAY(d,-1), d], P("Fada N'Gourma", "BF", "Fada N'gourma"), ["gunmen", "gendarmerie"])],
  [], B, ["bulletin", "country_prefix"]))

d = "2023-09-30"
add(D(R, 18, d, """Niger: 7 soldiers killed in attack near Tahoua, defence ministry says""",
  [E("incident", "armed attack", [DAY(d,-1), d], P("Tahoua", "NE"), ["armed group", "Niger armed forces"])],
  [], B, ["bulletin", "country_prefix"]))

d = "2024-12-20"
add(D(R, 19, d, """Sokoto: bandits kill 10 in Isa LGA, residents say""",
  [E("incident", "attack on civilians", [DAY(d,-1), d], P("Isa", "NG"), ["bandits", "civilians"])],
  [P("Sokoto", "NG")], B + " State prefix (Sokoto city ~150 km). LGA pinned at Isa town.", ["bulletin", "admin_qualifier", "district"]))

d = "2025-05-21"
add(D(R, 20, d, """Khuzdar: blast hits school bus, children among dead
Quetta: provincial government announces mourning""",
  [E("incident", "bombing", [DAY(d,-1), d], P("Khuzdar", "PK"), ["unknown", "civilians"])],
  [P("Quetta", "PK")], B + " Quetta statement place.", ["bulletin", "statement_place"]))

d = "2024-12-17"
add(D(R, 21, d, """Amritsar: grenade hurled at police post in Islamabad area, no injuries
Punjab DGP to visit Gurdaspur tomorrow""",
  [E("incident", "grenade attack", [DAY(d,-1), d], P("Amritsar", "IN"), ["unknown", "police"])],
  [P("Gurdaspur", "IN"), P("Islamabad", "PK")], B + " 'Islamabad area' is a locality of Amritsar — homonym of Pakistan's capital (non-event). Future visit to Gurdaspur.", ["bulletin", "homonym", "future_event"]))

d = "2024-12-16"
THA = M("Thandwe", 18.46, 94.37, "MM", "approximate, town and airport in southern Rakhine")
add(D(R, 22, d, """Arakan Army claims capture of Thandwe airport
Junta airstrike on Kyaukphyu fishing village, 4 killed""",
  [E("other", "territorial capture claim", [DAY(d,-1), d], THA, ["Arakan Army"], optional=True),
   E("incident", "airstrike", [DAY(d,-1), d], M("Kyaukphyu", 19.43, 93.55, "MM", "approximate, port town on Ramree island"), ["Myanmar military", "civilians"])],
  [], B + " Capture claim optional.", ["bulletin", "capture_claim", "multi_event"]))

d = "2025-04-22"
SCS = M("Scarborough Shoal", 15.15, 117.76, "PH", "approximate, shoal west of Luzon")
add(D(R, 23, d, """Chinese coast guard fires water cannon at Philippine vessel near Scarborough Shoal""",
  [E("incident", "water cannon", [DAY(d,-1), d], SCS, ["China Coast Guard", "Philippine Coast Guard"])],
  [], B + " Named shoal pinned (manual). 'Chinese'/'Philippine' nationalities.", ["bulletin", "sea_event", "nationality"]))

d = "2025-06-11"
add(D(R, 24, d, """Cauca: drone attack on police station in Suárez, 2 officers wounded
Cali: explosion near police post""",
  [E("incident", "drone attack", [DAY(d,-1), d], P("Suárez", "CO", "Suarez"), ["FARC dissidents", "Colombian police"]),
   E("incident", "bombing", [DAY(d,-1), d], P("Cali", "CO"), ["unknown", "police"])],
  [], B + " Homonym: Suárez, Cauca (first candidate; a Tolima municipality shares the name). Cali ~45 km away: both events.", ["bulletin", "homonym", "multi_event"]))

d = "2025-02-18"
add(D(R, 25, d, """Jalisco: gunmen attack Guardia Nacional patrol in Tlajomulco, 3 dead""",
  [E("incident", "armed attack", [DAY(d,-1), d], P("Tlajomulco", "MX", "Tlajomulco de Zuniga"), ["gunmen", "Guardia Nacional"])],
  [], B, ["bulletin", "admin_qualifier"]))

d = "2024-11-19"
PV = M("Pétion-Ville", 18.51, -72.285, "HT", "approximate, commune south-east of central Port-au-Prince")
add(D(R, 26, d, """Port-au-Prince: gangs attack Pétion-Ville neighbourhoods, residents fight back""",
  [E("incident", "gang attack", [DAY(d,-1), d], PV, ["Viv Ansanm", "residents"], alts=[P("Port-au-Prince", "HT")])],
  [], B + " Prefix is the capital (alternate, ~7 km).", ["bulletin", "admin_qualifier"]))

d = "2021-06-15"
add(D(R, 27, d, """Erdogan and Aliyev meet in Shusha, sign declaration on allied relations""",
  [E("meeting", "visit", d, P("Shusha", "AZ"), ["Recep Tayyip Erdoğan", "Ilham Aliyev"])],
  [], B + " Present tense: D.", ["bulletin", "present_tense"]))

d = "2024-03-21"
add(D(R, 28, d, """Kiev: explosions heard, air defence active, missile debris falls in Brovary district""",
  [E("incident", "missile attack", [DAY(d,-1), d], P("Kiev", "UA", "Kyiv"), ["Russia"]),
   E("incident", "debris", [DAY(d,-1), d], P("Brovary", "UA"), ["Russia"], optional=True)],
  [], B + " 'Kiev' spelling. Debris optional (Brovary ~20 km).", ["bulletin", "russian_spelling", "debris"]))

d = "2025-06-09"
add(D(R, 29, d, """Zelensky meets Austrian President Van der Bellen in Vienna
G7 leaders to meet in Kananaskis next week""",
  [E("meeting", "visit", d, P("Vienna", "AT"), ["Volodymyr Zelensky", "Alexander Van der Bellen"])],
  [M("Kananaskis", 50.93, -115.13, "CA", "approximate, resort in the Alberta Rockies")], B + " Future summit not gold. (Composite date.)", ["bulletin", "future_event", "present_tense"]))

d = "2024-07-04"
AAS = M("Aita al-Shaab", 33.10, 35.40, "LB", "approximate, border village, Bint Jbeil district")
add(D(R, 30, d, """Israeli drone strike on motorcycle in Aita al-Shaab
Sirens in Shtula and Zar'it""",
  [E("incident", "drone strike", [DAY(d,-1), d], AAS, ["Israel", "Hezbollah"]),
   E("incident", "rocket attack", [DAY(d,-1), d], M("Shtula", 33.08, 35.32, "IL", "approximate, border moshav in the Western Galilee"), ["Hezbollah"], optional=True)],
  [], B + " Sirens optional (Zar'it ~2 km from Shtula, one pin).", ["bulletin", "sirens", "multi_event", "village"]))
