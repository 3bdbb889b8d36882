from lib import *
R = "military_release"
DOCS = []
add = DOCS.append
MR = "Military release: claimed strikes at the target; interceptions, debris, sirens, arrests, rescues and capture claims optional; surrenders kind other; 'overnight'/'past day' → D-1..D; weekly → D-7..D."

# 1 ---------------------------------------------------------------- CENTCOM Jurf al-Sakhar + Al Qaim
d = "2024-01-25"
JUR = M("Jurf al-Sakhar", 32.86, 44.12, "IQ", "approximate, militia-held area south-west of Baghdad, Babil province")
add(D(R, 1, d, f"""U.S. Central Command Statement on Strikes in Iraq

TAMPA, Fla. - At approximately 12:15 a.m. (Iraq Standard Time) on Jan. 24, U.S. Central Command forces conducted unilateral, necessary and proportionate strikes on three facilities used by Kata'ib Hizballah and other Iran-affiliated groups in Iraq. The strikes targeted headquarters, storage and training locations in Jurf al-Sakhar and near Al Qaim.

These strikes were in response to the attacks against U.S. and Coalition personnel, including at Al Asad Air Base on Jan. 20. There are no indications that civilians were harmed.""",
  [E("incident", "airstrike", "2024-01-24", JUR, ["United States", "Kata'ib Hizballah"]),
   E("incident", "airstrike", "2024-01-24", P("Al Qaim", "IQ"), ["United States", "Kata'ib Hizballah"]),
   E("incident", "missile attack", "2024-01-20", M("Al Asad Air Base", 33.79, 42.44, "IQ", "approximate, airbase in Anbar west of Hit"), ["Iran-affiliated militias", "United States"], optional=True)],
  [P("Tampa", "US")],
  MR + " Two named strike locations. Dated background attack on Al Asad optional. Tampa is the release dateline.",
  ["military_release", "multi_event", "background_event", "dateline_not_event"]))

# 2 ---------------------------------------------------------------- CENTCOM Al Luhayyah radar + Red Sea
d = "2024-02-09"
add(D(R, 2, d, """CENTCOM Update

On Feb. 8, from approximately 3:30 a.m. to 8:30 p.m. (Sanaa time), U.S. Central Command forces successfully conducted self-defense strikes against four unmanned surface vessels and seven mobile anti-ship cruise missiles near Al Luhayyah, Yemen, which were prepared to launch against ships in the Red Sea.

Separately, Iranian-backed Houthi militants fired two anti-ship ballistic missiles into the Gulf of Aden. No ships were affected.""",
  [E("incident", "airstrike", "2024-02-08", P("Al Luhayyah", "YE"), ["United States", "Houthis"])],
  [],
  MR + " Missiles fired into the Gulf of Aden: unlocated (sea), not pinned.",
  ["military_release", "sea_event"]))

# 3 ---------------------------------------------------------------- IDF south Lebanon villages + sirens
d = "2024-06-12"
AIT = M("Aitaroun", 33.12, 35.47, "LB", "approximate, border village, Bint Jbeil district")
HOU = M("Houla", 33.21, 35.52, "LB", "approximate, border village, Marjayoun district")
add(D(R, 3, d, """IDF: During the day, IAF fighter jets struck Hezbollah terrorist infrastructure in the area of Aitaroun and a military structure in the area of Houla in southern Lebanon.

Following the sirens that sounded in Kiryat Shmona and Margaliot, approximately 40 launches were identified crossing from Lebanon; most were intercepted. A fire broke out in an open area. No injuries were reported.""",
  [E("incident", "airstrike", [DAY(d,-1), d], AIT, ["Israel", "Hezbollah"]),
   E("incident", "airstrike", [DAY(d,-1), d], HOU, ["Israel", "Hezbollah"]),
   E("incident", "rocket attack", [DAY(d,-1), d], P("Kiryat Shmona", "IL", "Qiryat Shmona"), ["Hezbollah"], optional=True)],
  [],
  MR + " Undated 'during the day' release: D-1..D. Two villages (~12 km apart). Sirens/interceptions optional (Margaliot ~5 km from Kiryat Shmona).",
  ["military_release", "multi_event", "sirens", "village"]))

# 4 ---------------------------------------------------------------- IDF Jabalia
d = "2024-10-14"
add(D(R, 4, d, f"""IDF: Over the past day, IDF troops continued operating in the area of Jabaliya in northern Gaza, eliminating dozens of terrorists in close-quarters combat and aerial strikes, and locating weapons.

In the central Gaza Strip, the IAF struck a Hamas terrorist cell that posed a threat to troops. The IDF reiterates its call to residents of Jabaliya to evacuate southward via Salah al-Din Road to the humanitarian area in al-Mawasi.""",
  [E("incident", "ground operation", [DAY(d,-1), d], P("Jabaliya", "PS", "Jabalya"), ["Israel", "Hamas"])],
  [M("al-Mawasi humanitarian area", 31.35, 34.27, "PS", "approximate, coastal area west of Khan Younis")],
  MR + " 'Central Gaza Strip' strike unlocated: not pinned. Evacuation destination al-Mawasi: non-event.",
  ["military_release", "date_range", "evacuation_warning", "unlocated"]))

# 5 ---------------------------------------------------------------- IDF West Bank Tammun + Far'a
d = "2025-01-23"
add(D(R, 5, d, f"""IDF, ISA and Border Police forces conducted a counterterrorism operation in the town of Tammun and the Far'a camp in northern Samaria on {WD(d,-1)}. An IAF aircraft struck an armed terrorist cell in Tammun. During the activity, the forces apprehended 12 wanted individuals. The operation in the Jenin camp, "Iron Wall", continues.""",
  [E("incident", "airstrike and raid", DAY(d,-1), P("Tammun", "PS"), ["Israel", "Palestinian militants"]),
   E("incident", "raid", DAY(d,-1), M("Far'a camp", 32.29, 35.34, "PS", "approximate, refugee camp south-west of Tubas"), ["Israel"], alts=[P("Tubas", "PS")])],
  [],
  MR + " Two places ~5 km apart: two events. The continuing Jenin operation (Jenin ~25 km from Tammun) undated: not gold, not listed.",
  ["military_release", "multi_event", "camp", "background_event"]))

# 6 ---------------------------------------------------------------- IDF Iran: Kermanshah + Tabriz
d = "2025-06-16"
add(D(R, 6, d, """IDF: Overnight, IAF fighter jets struck surface-to-surface missile launchers and storage sites in the areas of Kermanshah and Tabriz in western Iran. In addition, the IAF struck a number of missile launchers that were prepared to fire towards Israeli territory. Sirens sounded in the Haifa area following a missile launch from Iran.""",
  [E("incident", "airstrike", [DAY(d,-1), d], P("Kermanshah", "IR"), ["Israel", "Iran"]),
   E("incident", "airstrike", [DAY(d,-1), d], P("Tabriz", "IR"), ["Israel", "Iran"]),
   E("incident", "missile attack", [DAY(d,-1), d], P("Haifa", "IL"), ["Iran"], optional=True)],
  [],
  MR + " Two struck areas; sirens at Haifa optional; unlocated launchers not pinned.",
  ["military_release", "multi_event", "sirens", "overnight"]))

# 7 ---------------------------------------------------------------- IDF Yemen: Hodeidah port + Hezyaz
d = "2024-09-30"
add(D(R, 7, d, f"""IDF: Dozens of IAF aircraft struck military targets of the Houthi terrorist regime in the Ras Isa and Hodeidah ports and the Hezyaz power station on {WD(d,-1)}, in response to the recent attacks against the State of Israel, including the missile launched towards Ben Gurion Airport.""",
  [E("incident", "airstrike", DAY(d,-1), P("Hodeidah port", "YE", "Al Hudaydah"), ["Israel", "Houthis"]),
   E("incident", "airstrike", DAY(d,-1), M("Ras Isa port", 15.14, 42.61, "YE", "approximate, fuel terminal north of Hodeidah"), ["Israel", "Houthis"]),
   E("incident", "airstrike", DAY(d,-1), M("Hezyaz power station", 15.24, 44.21, "YE", "approximate, power plant south of Sanaa"), ["Israel", "Houthis"], alts=[P("Sanaa", "YE")])],
  [M("Ben Gurion Airport", 32.01, 34.88, "IL", "approximate, airport near Lod")],
  MR + " Three targets (Ras Isa ~40 km from Hodeidah: separate pins, both within 50 km of each other). The earlier missile at Ben Gurion is an undated back-reference.",
  ["military_release", "multi_event", "back_reference", "facility"]))

# 8 ---------------------------------------------------------------- Turkish MoD weekly: Asos, Qandil
d = "2024-05-30"
add(D(R, 8, d, """Ministry of National Defence weekly press briefing: In the last week, 31 terrorists were neutralised in northern Iraq and Syria. Within the scope of Operation Claw-Lock, caves and shelters used by the PKK/KCK were destroyed in the Asos and Qandil regions, and 14 improvised explosive devices were neutralised. 2 members of the terrorist organisation surrendered at the Habur border gate.""",
  [E("incident", "air and ground operation", [DAY(d,-7), d], M("Asos region", 36.17, 45.20, "IQ", "approximate, mountain area north of Dukan, Sulaymaniyah province; placement uncertain"), ["Turkey", "PKK"]),
   E("incident", "air and ground operation", [DAY(d,-7), d], M("Qandil mountains", 36.35, 45.05, "IQ", "approximate, PKK-held mountain area on the Iran border; placement uncertain"), ["Turkey", "PKK"]),
   E("other", "surrender", [DAY(d,-7), d], M("Habur border gate", 37.14, 42.59, "TR", "approximate, Ibrahim Khalil crossing"), ["PKK members"])],
  [],
  MR + " Weekly briefing: D-7..D. Mountain regions approximate (Asos and Qandil pins ~25 km apart; two events). Surrender at Habur: kind other. Country-wide total not pinned.",
  ["military_release", "weekly", "multi_event", "surrender", "region"]))

# 9 ---------------------------------------------------------------- Turkish MoD: Ain Issa
d = "2023-10-06"
AIS = M("Ain Issa", 36.39, 38.86, "SY", "approximate, town north of Raqqa")
add(D(R, 9, d, f"""MSB: 26 PKK/YPG terrorists were neutralised by air operations carried out on {WD(d,-1)} in the north of Syria in the Ain Issa, Tal Tamr and Qamishli regions. The targets included headquarters, shelters and oil facilities used by the terrorist organisation. Our operations will continue.""",
  [E("incident", "airstrike", DAY(d,-1), AIS, ["Turkey", "YPG"]),
   E("incident", "airstrike", DAY(d,-1), P("Tal Tamr", "SY", "Tall Tamr"), ["Turkey", "YPG"]),
   E("incident", "airstrike", DAY(d,-1), P("Qamishli", "SY", "Al Qamishli"), ["Turkey", "YPG"])],
  [],
  MR + " Three regions named: pinned at their towns.",
  ["military_release", "multi_event", "region", "weekday_date"]))

# 10 ---------------------------------------------------------------- Russian MoD: Ugledar + Starokonstantinov
d = "2024-10-03"
add(D(R, 10, d, """Russian Defence Ministry: As a result of active offensive operations, units of the Vostok group of forces have fully liberated the town of Ugledar in the Donetsk People's Republic.

Over the past day, operational-tactical aviation, drones, missile troops and artillery struck aviation infrastructure at the Starokonstantinov airfield and clusters of enemy manpower and equipment in 142 areas. Air defence systems shot down 115 aircraft-type UAVs.""",
  [E("other", "territorial capture claim", [DAY(d,-1), d], P("Ugledar (Vuhledar)", "UA", "Vuhledar"), ["Russia"], optional=True),
   E("incident", "missile strike", [DAY(d,-1), d], P("Starokonstantinov", "UA", "Starokostiantyniv"), ["Russia", "Ukrainian Air Force"])],
  [],
  MR + " Russian spellings. Capture claim optional (kind other). Interceptions unlocated.",
  ["military_release", "capture_claim", "russian_spelling", "date_range"]))

# 11 ---------------------------------------------------------------- Russian MoD interceptions Kaluga, Tula + Lgov
d = "2025-05-07"
add(D(R, 11, d, """Russian Defence Ministry: Overnight, air defence forces intercepted and destroyed 105 Ukrainian aircraft-type UAVs: 38 over the Kaluga region, 27 over the Tula region, 23 over the Moscow region and 17 over the Kursk region. In addition, the Kiev regime carried out a strike with HIMARS on the town of Lgov in the Kursk region, wounding two civilians.""",
  [E("incident", "drone interception", [DAY(d,-1), d], P("Kaluga", "RU"), ["Ukraine"], optional=True),
   E("incident", "drone interception", [DAY(d,-1), d], P("Tula", "RU"), ["Ukraine"], optional=True),
   E("incident", "drone interception", [DAY(d,-1), d], P("Moscow", "RU"), ["Ukraine"], optional=True),
   E("incident", "rocket strike", [DAY(d,-1), d], M("Lgov", 51.66, 35.27, "RU", "approximate, town west of Kursk"), ["Ukraine", "civilians"])],
  [P("Kursk", "RU")],
  MR + " Region-wide interceptions optional (region centres). 'Kiev' spelling; Kursk region qualifier (~60 km from Lgov).",
  ["military_release", "interception", "russian_spelling", "admin_qualifier", "multi_event"]))

# 12 ---------------------------------------------------------------- Ukrainian Air Force: Rivne, Lutsk
d = "2024-08-26"
add(D(R, 12, d, """Air Force of the Armed Forces of Ukraine: On the night of 26 August, the enemy launched a combined strike with 127 missiles and 109 Shahed drones. The Shaheds were launched from Primorsko-Akhtarsk and Kursk; Tu-95MS strategic bombers fired from the Saratov region. 102 missiles and 99 drones were shot down. Hits were recorded on energy facilities in Rivne and Lutsk, and debris fell in the Kyiv region.""",
  [E("incident", "missile and drone strike", [DAY(d,-1), d], P("Rivne", "UA"), ["Russia"]),
   E("incident", "missile and drone strike", [DAY(d,-1), d], P("Lutsk", "UA"), ["Russia"]),
   E("incident", "debris", [DAY(d,-1), d], P("Kyiv", "UA"), ["Russia"], optional=True)],
  [P("Primorsko-Akhtarsk", "RU"), P("Kursk", "RU"), P("Saratov", "RU")],
  MR + " Night → D-1..D. Launch origins are not event places. Debris in Kyiv region optional (pinned at Kyiv).",
  ["military_release", "launch_origin", "multi_event", "debris"]))

# 13 ---------------------------------------------------------------- Ukrainian General Staff: Ryazan + Saki
d = "2025-03-20"
add(D(R, 13, d, f"""General Staff of the Armed Forces of Ukraine: On the night of {WD(d,-1)}, units of the Defence Forces struck the Ryazan oil refinery, which supplies fuel to the Russian army. A fire was recorded. Separately, the Saky airfield in temporarily occupied Crimea was hit; the results are being clarified. The Defence Forces will continue to take measures to undermine the aggressor's capabilities.""",
  [E("incident", "drone strike", [DAY(d,-1), d], P("Ryazan", "RU"), ["Ukraine"]),
   E("incident", "drone strike", [DAY(d,-1), d], P("Saky", "UA", "Saki"), ["Ukraine"])],
  [],
  MR + " Claimed strikes at the targets. 'Night of Wednesday' → D-1..D.",
  ["military_release", "multi_event", "claimed_strike", "weekday_date"]))

# 14 ---------------------------------------------------------------- Ukrainian Navy Feodosia
d = "2023-12-26"
add(D(R, 14, d, """Ukrainian Navy: As a result of an Air Force strike at the port of Feodosia, the large landing ship Novocherkassk of the Black Sea Fleet was destroyed this morning. Russia's launch of Kalibr cruise missiles from Novorossiysk continues; the ships based there are a legitimate target.""",
  [E("incident", "missile strike", d, P("Feodosia", "UA", "Feodosiya"), ["Ukraine", "Russian Black Sea Fleet"])],
  [P("Novorossiysk", "RU")],
  MR + " Novorossiysk: launch base and threat (future), not an event.",
  ["military_release", "launch_origin", "future_event"]))

# 15 ---------------------------------------------------------------- Nigerian DHQ: town list
d = "2024-03-08"
add(D(R, 15, d, """Defence Headquarters: Troops of Operation Hadin Kai, in the past week, neutralised 35 terrorists, arrested 19 and rescued 21 kidnapped hostages in the North East. Troops engaged terrorists at Monguno, Marte and Kukawa in Borno State. Troops arrested a logistics supplier at Bauchi. 112 terrorists and their families surrendered to troops at Banki.""",
  [E("incident", "armed clashes", [DAY(d,-7), d], P("Monguno", "NG"), ["Nigerian Army", "ISWAP/Boko Haram"]),
   E("incident", "armed clashes", [DAY(d,-7), d], P("Marte", "NG"), ["Nigerian Army", "ISWAP/Boko Haram"]),
   E("incident", "armed clashes", [DAY(d,-7), d], P("Kukawa", "NG"), ["Nigerian Army", "ISWAP/Boko Haram"]),
   E("incident", "arrest", [DAY(d,-7), d], P("Bauchi", "NG"), ["Nigerian Army"], optional=True),
   E("other", "surrender", [DAY(d,-7), d], P("Banki", "NG"), ["Boko Haram members"])],
  [],
  MR + " Weekly: D-7..D. Monguno and Kukawa ~30 km apart: both pinned (still separate towns). Arrest optional; surrender other.",
  ["military_release", "weekly", "multi_event", "surrender", "arrest"]))

# 16 ---------------------------------------------------------------- NAF air strikes Dansadau forest
d = "2024-02-14"
DAN = M("Dansadau forest", 11.90, 6.30, "NG", "approximate, forest south of Maru, Zamfara state; placement uncertain")
add(D(R, 16, d, f"""Nigerian Air Force: Air component of Operation Hadarin Daji conducted air interdiction on {WD(d,-2)} on a bandits' enclave in the Dansadau forest, Maru LGA of Zamfara State, neutralising scores of bandits including a notorious kingpin. Another strike on {WD(d,-1)} was aborted because of the presence of hostages.""",
  [E("incident", "airstrike", DAY(d,-2), DAN, ["Nigerian Air Force", "bandits"], alts=[P("Maru", "NG")])],
  [],
  MR + " Aborted strike not an event. Maru LGA centre as alternate.",
  ["military_release", "weekday_date", "district", "negated_event"]))

# 17 ---------------------------------------------------------------- ISPR Datta Khel + Tank
d = "2024-08-21"
DKH = M("Datta Khel", 32.94, 69.84, "PK", "approximate, tehsil town west of Miran Shah, North Waziristan")
add(D(R, 17, d, f"""ISPR: On {WD(d,-1)}, security forces conducted an intelligence-based operation in Datta Khel, North Waziristan district, on the reported presence of khwarij. During the conduct of the operation, four khwarij were sent to hell. In another engagement in the general area of Tank district, two terrorists were killed. Sanitisation operations are being conducted.""",
  [E("incident", "security operation", DAY(d,-1), DKH, ["Pakistan Army", "TTP"]),
   E("incident", "security operation", DAY(d,-1), P("Tank", "PK"), ["Pakistan Army", "TTP"])],
  [],
  MR + " Two operations in different districts.",
  ["military_release", "multi_event", "district", "weekday_date"]))

# 18 ---------------------------------------------------------------- ISPR claimed strikes in India + Indian strikes
d = "2025-05-10"
add(D(R, 18, d, """ISPR: In response to Indian missile attacks overnight on Murid (Chakwal) and Sukkur, Pakistan has launched Operation Bunyan-um-Marsoos. Pakistan's armed forces struck the Indian air bases at Adampur, Suratgarh and Bhuj, and a BrahMos storage facility. The Pakistan Air Force remains on high alert.""",
  [E("incident", "missile strike", [DAY(d,-1), d], M("Murid airbase", 32.91, 72.83, "PK", "approximate, airbase south of Chakwal"), ["India", "Pakistan Air Force"], alts=[P("Chakwal", "PK")]),
   E("incident", "missile strike", [DAY(d,-1), d], P("Sukkur", "PK"), ["India"]),
   E("incident", "claimed strike", d, P("Adampur", "IN", pick=1), ["Pakistan", "Indian Air Force"]),
   E("incident", "claimed strike", d, P("Suratgarh", "IN"), ["Pakistan", "Indian Air Force"]),
   E("incident", "claimed strike", d, P("Bhuj", "IN"), ["Pakistan", "Indian Air Force"])],
  [],
  MR + " Claimed strikes at the targets (India). Adampur: the Punjab town (second gazetteer candidate; the first is Adampur, Haryana). Indian strikes overnight: D-1..D. BrahMos facility unlocated.",
  ["military_release", "multi_event", "claimed_strike", "homonym", "overnight"]))

# 19 ---------------------------------------------------------------- Indian Army Akhnoor/Nowshera
d = "2025-05-01"
AKH = P("Akhnoor sector", "IN", "Akhnur")
NSH = P("Nowshera sector", "IN", "Naushahra")
add(D(R, 19, d, """Indian Army: During the night of 30 Apr–01 May 2025, the Pakistan Army resorted to unprovoked small arms fire across the Line of Control opposite the Tangdhar, Baramulla, Nowshera and Akhnoor sectors in Jammu and Kashmir. Indian Army troops responded in a measured and effective manner.""",
  [E("incident", "cross-border fire", ["2025-04-30", "2025-05-01"], AKH, ["Pakistan Army", "Indian Army"]),
   E("incident", "cross-border fire", ["2025-04-30", "2025-05-01"], NSH, ["Pakistan Army", "Indian Army"]),
   E("incident", "cross-border fire", ["2025-04-30", "2025-05-01"], P("Tangdhar", "IN"), ["Pakistan Army", "Indian Army"]),
   E("incident", "cross-border fire", ["2025-04-30", "2025-05-01"], P("Baramulla", "IN", "Baramula"), ["Pakistan Army", "Indian Army"])],
  [],
  MR + " Four sectors, pinned at their towns (gazetteer Akhnūr, Nāushahra, Bāramūla, Tangdhār). 'Opposite' sectors: the firing is at the LoC near these towns.",
  ["military_release", "multi_event", "date_range", "sector"]))

# 20 ---------------------------------------------------------------- FAMa Ténenkou + Léré (French)
d = "2024-02-16"
LER = M("Léré", 15.72, -4.91, "ML", "approximate, town in Niafunké cercle, Tombouctou region")
add(D(R, 20, d, f"""FAMa — Communiqué : Le {WDF(d,-2)} 14 février 2024, des vecteurs aériens des FAMa ont neutralisé un groupe terroriste dans la zone de Ténenkou, région de Mopti. Le même jour, une unité a repoussé une attaque contre le poste de Léré. Le bilan provisoire côté ami fait état de deux blessés, évacués sur Tombouctou.""",
  [E("incident", "airstrike", "2024-02-14", P("Ténenkou", "ML", "Tenenkou"), ["Malian armed forces", "JNIM"]),
   E("incident", "armed attack", "2024-02-14", LER, ["JNIM", "Malian armed forces"])],
  [P("Mopti", "ML"), P("Tombouctou", "ML", "Timbuktu")],
  MR + " French. Mopti region qualifier (~80 km); Tombouctou evacuation place.",
  ["military_release", "french", "multi_event", "weekday_date", "admin_qualifier", "hospital_other_city"]))

# 21 ---------------------------------------------------------------- Burkinabè army Arbinda, Gorom-Gorom
d = "2023-11-28"
add(D(R, 21, d, f"""Armée nationale : Les unités du 3e Bataillon d'intervention rapide ont repoussé une attaque d'envergure contre le détachement militaire d'Arbinda dans la nuit du {WDF(d,-3)} au {WDF(d,-2)}. Des frappes aériennes ont ensuite visé des colonnes de terroristes en fuite vers Gorom-Gorom. Plus de 70 terroristes ont été neutralisés.""",
  [E("incident", "armed attack", [DAY(d,-3), DAY(d,-2)], P("Arbinda", "BF", "Arbinda"), ["JNIM", "Burkinabe army"]),
   E("incident", "airstrike", [DAY(d,-3), DAY(d,-2)], P("Gorom-Gorom", "BF"), ["Burkinabe army", "JNIM"], optional=True)],
  [],
  MR + " French night range. Strikes on columns 'fleeing towards' Gorom-Gorom (~70 km): direction, not a clear strike place — optional.",
  ["military_release", "french", "date_range", "weekday_date", "direction"]))

# 22 ---------------------------------------------------------------- Niger FAN Tiloa + Diffa surrender
d = "2024-06-05"
TIL = M("Tiloa", 15.07, 2.03, "NE", "approximate, commune in Tillaberi region near the Malian border; placement uncertain")
add(D(R, 22, d, f"""Forces armées nigériennes — Bulletin d'information hebdomadaire : Le {WDF(d,-3)}, une patrouille a été accrochée par des éléments de l'EIGS près de Tiloa. Bilan : 5 militaires tués, 20 terroristes neutralisés. Dans la région de Diffa, 17 ex-combattants de Boko Haram se sont rendus aux FDS avec leurs armes. Un convoi logistique partira de Niamey la semaine prochaine.""",
  [E("incident", "ambush", DAY(d,-3), TIL, ["ISGS", "Niger armed forces"]),
   E("other", "surrender", [DAY(d,-7), d], P("Diffa", "NE"), ["Boko Haram ex-combatants"])],
  [P("Niamey", "NE")],
  MR + " Surrender (other) in the Diffa region, undated in a weekly bulletin: D-7..D. Future convoy from Niamey not gold.",
  ["military_release", "french", "surrender", "weekday_date", "future_event"]))

# 23 ---------------------------------------------------------------- AFRICOM offset from Jilib
d = "2024-05-24"
JIL = P("Jilib", "SO")
J35 = OFF("35 km northeast of Jilib", JIL, 35, BEAR["northeast"])
add(D(R, 23, d, """U.S. Africa Command: In coordination with the Federal Government of Somalia, U.S. Africa Command conducted an airstrike against al-Shabaab approximately 35 kilometers northeast of Jilib, Somalia, on May 22. The command's initial assessment is that three al-Shabaab fighters were killed and no civilians were injured. AFRICOM's headquarters in Stuttgart will provide updates as appropriate.""",
  [E("incident", "airstrike", "2024-05-22", J35, ["United States", "al-Shabaab"], alts=[JIL])],
  [P("Stuttgart", "DE")],
  MR + " Offset computed; Jilib alternate.",
  ["military_release", "offset", "statement_place"]))

# 24 ---------------------------------------------------------------- AFP Himamaylan
d = "2024-04-15"
add(D(R, 24, d, f"""Philippine Army, 3rd Infantry Division: Troops of the 94th Infantry Battalion encountered around 20 members of the Communist NPA terrorist group in Sitio Buyo, Barangay Buenavista, Himamaylan City, Negros Occidental, on {WD(d,-3)}. The firefight lasted 30 minutes. Five rebels were killed; high-powered firearms were recovered. The wounded soldier was airlifted to Bacolod City.""",
  [E("incident", "armed clashes", DAY(d,-3), P("Himamaylan", "PH"), ["Philippine Army", "NPA"])],
  [P("Bacolod", "PH")],
  MR + " Sitio/barangay pinned at the city. 'Buenavista' is a barangay name (homonym-rich, not pinned). Bacolod: hospital (~75 km).",
  ["military_release", "weekday_date", "village", "hospital_other_city", "homonym"]))

# 25 ---------------------------------------------------------------- Colombian army Argelia, Cauca (Spanish)
d = "2024-10-14"
add(D(R, 25, d, f"""Ejército Nacional: En desarrollo de operaciones ofensivas en el municipio de Argelia, Cauca, tropas de la Tercera División sostuvieron combates el pasado {WDS(d,-2)} con integrantes de la estructura Carlos Patiño, disidencia de las FARC. Resultado: dos integrantes neutralizados y material de guerra incautado. Un soldado herido fue evacuado a Popayán.""",
  [E("incident", "armed clashes", DAY(d,-2), P("Argelia", "CO"), ["Colombian army", "FARC dissidents"])],
  [P("Popayán", "CO", "Popayan")],
  MR + " Spanish. Argelia resolved to the Cauca municipality (first candidate; homonyms in Antioquia and Valle del Cauca). Popayán: evacuation (~90 km).",
  ["military_release", "spanish", "homonym", "weekday_date", "hospital_other_city"]))

# 26 ---------------------------------------------------------------- Myanmar junta Kani + Pale
d = "2023-08-18"
KAN = M("Kani", 22.43, 94.85, "MM", "approximate, town in Kani township, Sagaing region")
PAL = M("Pale", 21.85, 94.47, "MM", "approximate, town in Pale township, Sagaing region")
add(D(R, 26, d, f"""Global New Light of Myanmar: PDF terrorists attacked a police outpost in Kani Township, Sagaing Region, on {WD(d,-2)} with drones. Security forces returned fire and drove them off. Terrorists also set fire to a bridge near Pale. The Tatmadaw continues to maintain peace and stability in the region. Residents are urged to report terrorist activity to the authorities in Monywa.""",
  [E("incident", "drone attack", DAY(d,-2), KAN, ["PDF", "Myanmar police"]),
   E("incident", "arson", [DAY(d,-1), d], PAL, ["PDF"], optional=True)],
  [P("Monywa", "MM")],
  MR + " Junta mouthpiece. Bridge arson undated in a daily paper: optional, D-1..D. Monywa (~55 km from Kani) authorities.",
  ["military_release", "weekday_date", "multi_event", "statement_place"]))

# 27 ---------------------------------------------------------------- Houthi claim: Ben Gurion + Eilat
d = "2025-05-05"
add(D(R, 27, d, f"""Yemeni Armed Forces spokesman Brigadier General Yahya Saree: The missile force targeted Ben Gurion Airport in the occupied Jaffa area with a hypersonic ballistic missile on {WD(d,-1)}. The drone force also carried out an operation against a vital target in the Umm al-Rashrash area with two drones. The operations achieved their goals.""",
  [E("incident", "missile attack", DAY(d,-1), M("Ben Gurion Airport", 32.01, 34.88, "IL", "approximate, airport near Lod"), ["Houthis"], alts=[P("Lod", "IL")]),
   E("incident", "drone attack", DAY(d,-1), P("Umm al-Rashrash (Eilat)", "IL", "Eilat"), ["Houthis"])],
  [],
  MR + " Claimed attacks at the targets. 'Jaffa' is the claim's name for the Tel Aviv area; 'Umm al-Rashrash' = Eilat.",
  ["military_release", "claimed_strike", "alt_spelling", "weekday_date", "multi_event"]))

# 28 ---------------------------------------------------------------- SAF Babanusa + Al-Khuwei
d = "2025-05-20"
KHW = M("Al-Khuwei", 13.00, 29.23, "SD", "approximate, town west of El Obeid, West Kordofan; placement uncertain")
add(D(R, 28, d, f"""Sudanese Armed Forces official spokesman: The 22nd Infantry Division in Babanusa repelled a large attack by the terrorist Dagalo militia on {WD(d,-1)} morning, destroying 12 combat vehicles. Our air force struck concentrations of the militia in Al-Khuwei, inflicting heavy losses. The armed forces will liberate every inch of Kordofan and Darfur.""",
  [E("incident", "armed attack", DAY(d,-1), P("Babanusa", "SD", "Babanusah"), ["Rapid Support Forces", "Sudanese Armed Forces"]),
   E("incident", "airstrike", [DAY(d,-1), d], KHW, ["Sudanese Armed Forces", "Rapid Support Forces"])],
  [],
  MR + " Airstrike undated: D-1..D. Kordofan/Darfur regions: not pinned.",
  ["military_release", "multi_event", "weekday_date", "region"]))

# 29 ---------------------------------------------------------------- Cameroon MoD Kolofata
d = "2024-09-12"
KOL = M("Kolofata", 11.17, 14.01, "CM", "approximate, town in Mayo-Sava, Far North region")
add(D(R, 29, d, f"""Ministry of Defence: On {WD(d,-2)}, elements of the Rapid Intervention Battalion repelled an incursion by Boko Haram terrorists into Kolofata, Mayo-Sava department. Seven terrorists were neutralised and two hostages freed. Troops are pursuing the assailants towards the Nigerian border near Banki.""",
  [E("incident", "armed attack", DAY(d,-2), KOL, ["Boko Haram", "Cameroonian military"]),
   E("incident", "rescue", DAY(d,-2), KOL, ["Cameroonian military"], optional=True)],
  [P("Banki", "NG")],
  MR + " Hostage rescue optional (same place). Banki (~55 km): pursuit direction.",
  ["military_release", "rescue", "weekday_date", "direction", "admin_qualifier"]))

# 30 ---------------------------------------------------------------- CRPF/DRG Abujhmarh, Narayanpur
d = "2024-10-06"
ABU = M("Abujhmarh forest (Thulthuli)", 19.45, 81.03, "IN", "approximate, forest area on the Narayanpur–Dantewada border; placement uncertain")
add(D(R, 30, d, f"""Chhattisgarh Police / CRPF: In an encounter that began on {WD(d,-2)} afternoon in the forests of Thulthuli and Nendur villages in the Abujhmarh area, on the border of Narayanpur and Dantewada districts, the joint team of DRG and STF killed 31 Maoists. The bodies and a large cache of weapons were brought to Dantewada district headquarters on {WD(d,-1)}. The operation is the biggest in the region's history.""",
  [E("incident", "armed clashes", [DAY(d,-2), DAY(d,-1)], ABU, ["DRG", "STF", "CPI (Maoist)"], alts=[P("Narayanpur", "IN")])],
  [P("Dantewada", "IN", "Dantewara")],
  MR + " Encounter began on D-2 and continued (range to D-1). Narayanpur district centre as alternate. Dantewada: where bodies were brought (~50 km).",
  ["military_release", "weekday_date", "date_range", "village", "district"]))
