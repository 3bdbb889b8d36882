from lib import *
R = "military_release"
DOCS = []
add = DOCS.append
MR = "Military release: claimed strikes at the target; interceptions, debris, sirens, arrests, rescues and capture claims optional; surrenders kind other; 'overnight'/'past day' → D-1..D; weekly → D-7..D."
TPA = P("Tampa", "US")

# 1 ---------------------------------------------------------------- CENTCOM Sarmin
d = "2025-02-24"
add(D(R, 1, d, """CENTCOM Forces Kill Senior Hurras al-Din Official in Northwest Syria

TAMPA, Fla. – On Feb. 23, U.S. Central Command forces conducted a precision airstrike near Sarmin in northwest Syria, killing a senior Hurras al-Din official responsible for finance and logistics. This strike follows a Feb. 15 strike that killed another senior member of the group in the same region.

CENTCOM will continue to pursue terrorists in order to defend the U.S. homeland and our partners in the region.""",
  [E("incident", "airstrike", "2025-02-23", Q("Sarmin", "SY", 35.9, 36.72), ["United States", "Hurras al-Din"]),
   E("incident", "airstrike", "2025-02-15", M("northwest Syria (Idlib)", 35.93, 36.63, "SY", "approximate, Idlib city for an unlocated strike 'in the same region'"), ["United States", "Hurras al-Din"], optional=True)],
  [TPA],
  MR + " Dated earlier strike 'in the same region' without a place: optional, pinned at Idlib (~10 km). Tampa dateline.",
  ["military_release", "dateline_not_event", "background_event"]))

# 2 ---------------------------------------------------------------- CENTCOM Hajjah
d = "2024-02-27"
add(D(R, 2, d, """CENTCOM Update – Feb. 26

On Feb. 26, between 2:45 and 3:30 p.m. (Sanaa time), U.S. Central Command forces conducted self-defense strikes against three unmanned surface vessels and two mobile anti-ship cruise missiles near Hajjah, Yemen, that were prepared to launch against ships in the Red Sea.

Earlier that day, at approximately 9:30 a.m., the Houthis fired one anti-ship ballistic missile into the Gulf of Aden. There was no impact or damage reported.""",
  [E("incident", "airstrike", "2024-02-26", Q("Hajjah", "YE", 15.69, 43.6), ["United States", "Houthis"])],
  [],
  MR + " Missile into the Gulf of Aden: at sea, unpinned.",
  ["military_release", "sea_event"]))

# 3 ---------------------------------------------------------------- AFRICOM south of Afmadow
d = "2024-04-10"
AFM = Q("Afmadow", "SO", 0.51, 42.07)
add(D(R, 3, d, """U.S. Africa Command conducts strike against al-Shabaab

MOGADISHU, Somalia – In coordination with the Federal Government of Somalia, U.S. Africa Command conducted an airstrike against al-Shabaab approximately 30 kilometers south of Afmadow on April 8, 2024. The command's initial assessment is that three al-Shabaab militants were killed and no civilians were injured.

This strike was conducted in support of the Somali National Army's operations in Lower Juba, including near Kismayo.""",
  [E("incident", "airstrike", "2024-04-08", OFF("30 km south of Afmadow", AFM, 30, BEAR["south"]), ["United States", "al-Shabaab"], alts=[AFM])],
  [P("Mogadishu", "SO"), P("Kismayo", "SO")],
  MR + " Offset computed, reference town as alternate. Kismayo: operations area reference (~90 km).",
  ["military_release", "offset", "dateline_not_event"]))

# 4 ---------------------------------------------------------------- IDF Zawtar + Kfar Sir + sirens
d = "2024-09-04"
add(D(R, 4, d, f"""IDF: A short while ago, IDF fighter jets struck a Hezbollah weapons storage facility in the area of Zawtar al-Sharqiya and a launcher in the area of Kfar Sir in southern Lebanon, from which projectiles were launched toward Israeli territory earlier today.

Following the sirens that sounded at 14:10 in Margaliot and Kiryat Shmona, approximately 10 launches were identified crossing from Lebanon; some were intercepted and the rest fell in open areas. No injuries were reported.""",
  [E("incident", "airstrike", d, M("Zawtar al-Sharqiya", 33.32, 35.52, "LB", "approximate, village on the Litani east of Nabatieh"), ["Israel", "Hezbollah"]),
   E("incident", "airstrike", d, M("Kfar Sir", 33.31, 35.46, "LB", "approximate, village south of Nabatieh"), ["Israel", "Hezbollah"]),
   E("incident", "rocket fire and sirens", d, M("Margaliot", 33.22, 35.545, "IL", "approximate, moshav on the Lebanese border"), ["Hezbollah"], optional=True)],
  [M("Kiryat Shmona", 33.21, 35.57, "IL", "approximate, town in the Upper Galilee")],
  MR + " Two strike areas (~6 km apart). Sirens and rockets falling in open areas optional; Kiryat Shmona (earlier gold) only a siren list, non-event.",
  ["military_release", "multi_event", "sirens", "village"]))

# 5 ---------------------------------------------------------------- IDF Gaza Sabra + Qizan an-Najjar
d = "2025-05-20"
add(D(R, 5, d, """IDF: Over the past day, the IAF struck more than 115 terror targets across the Gaza Strip, including a Hamas command and control center in the Sabra area of Gaza City and underground tunnel shafts in the Qizan an-Najjar area of southern Khan Yunis.

IDF troops operating in northern Gaza dismantled terrorist infrastructure near Beit Hanoun. Troops of the 36th Division continue to operate in the Rafah area.""",
  [E("incident", "airstrike", [DAY(d, -1), d], M("Sabra, Gaza City", 31.495, 34.455, "PS", "approximate, neighbourhood south of central Gaza City"), ["Israel", "Hamas"], alts=[P("Gaza City", "PS")]),
   E("incident", "airstrike", [DAY(d, -1), d], M("Qizan an-Najjar", 31.32, 34.31, "PS", "approximate, area in southern Khan Younis"), ["Israel", "Hamas"]),
   E("incident", "ground operation", [DAY(d, -1), d], M("Beit Hanoun", 31.54, 34.54, "PS", "approximate, town in the north-east of the Strip"), ["Israel"], optional=True),
   E("incident", "ground operation", [DAY(d, -1), d], M("Rafah", 31.29, 34.25, "PS", "approximate, city at the Egyptian border"), ["Israel"], optional=True)],
  [M("Khan Younis", 31.34, 34.3, "PS", "approximate, city in the southern Strip")],
  MR + " 'Over the past day' → D-1..D. 'Dismantled infrastructure' and ongoing operations optional (earlier gold). Khan Younis qualifier (inside the radius).",
  ["military_release", "date_range", "multi_event", "neighbourhood", "admin_qualifier"]))

# 6 ---------------------------------------------------------------- IDF West Bank Meithalun
d = "2025-01-23"
add(D(R, 6, d, f"""IDF and ISA: Earlier today ({WD(d)}), an IAF aircraft struck a terrorist cell that was operating in the area of Meithalun in northern Samaria, as part of the "Iron Wall" counterterrorism operation in Jenin.

In addition, during an overnight operation in Burqa, IDF forces apprehended 5 wanted individuals and confiscated weapons. Security forces continue operating in the Jenin camp.""",
  [E("incident", "airstrike", d, M("Meithalun", 32.35, 35.27, "PS", "approximate, town south of Jenin"), ["Israel", "Palestinian militants"]),
   E("incident", "raid and arrests", [DAY(d, -1), d], M("Burqa (Nablus)", 32.29, 35.2, "PS", "approximate, village north-west of Nablus"), ["Israel"], optional=True)],
  [P("Jenin", "PS")],
  MR + " Arrests optional. Ongoing Jenin camp operation named as the operation's site, non-event (~20 km, inside the radius). Homonym Burqa (also east of Ramallah).",
  ["military_release", "weekday_date", "arrest", "homonym", "metonym"]))

# 7 ---------------------------------------------------------------- IDF Iran: Arak and Mashhad
d = "2025-06-19"
add(D(R, 7, d, f"""IDF: This morning ({WD(d)}), IAF fighter jets struck the inactive nuclear reactor at Arak, to prevent it from being restored and used for nuclear weapons development. The Khondab heavy water plant adjacent to the reactor was also struck.

Earlier this week, as part of the expansion of strikes, the IAF struck a refuelling aircraft at Mashhad airport in eastern Iran, the furthest strike since the beginning of the operation, about 2,300 km from Israel. The strikes on Tehran will continue.""",
  [E("incident", "airstrike", d, M("Arak reactor (Khondab)", 34.37, 49.24, "IR", "approximate, IR-40 reactor site north-west of Arak"), ["Israel", "Iran"], alts=[Q("Arak", "IR", 34.09, 49.69)]),
   E("incident", "airstrike", [DAY(d, -6), DAY(d, -1)], Q("Mashhad", "IR", 36.3, 59.6), ["Israel", "Iran"])],
  [P("Tehran", "IR")],
  MR + " Reactor and plant adjacent: one event, Arak city alternate (~45 km). 'Earlier this week' → the week's previous days. Tehran: future/ongoing, non-event.",
  ["military_release", "weekday_date", "facility", "date_range", "future_event"]))

# 8 ---------------------------------------------------------------- IDF Yemen Ras Kanatib
d = "2025-08-17"
add(D(R, 8, d, """IDF: IAF aircraft struck energy infrastructure used by the Houthi terrorist regime in the area of Sanaa, including the Haziz power station, and the Ras Kanatib power station on the Red Sea coast.

The strikes came in response to repeated launches of surface-to-surface missiles and drones toward the State of Israel, including toward Ben Gurion Airport last week.""",
  [E("incident", "airstrike", [DAY(d, -1), d], M("Haziz power station", 15.26, 44.2, "YE", "approximate, plant south of Sanaa"), ["Israel", "Houthis"], alts=[P("Sanaa", "YE", "Sanaa")]),
   E("incident", "airstrike", [DAY(d, -1), d], M("Ras Kanatib power station", 15.07, 42.92, "YE", "approximate, plant north of Hodeidah"), ["Israel", "Houthis"])],
  [M("Ben Gurion Airport", 32.0, 34.88, "IL", "approximate, airport east of Tel Aviv")],
  MR + " Undated release → D-1..D. 'Area of Sanaa' with the named plant (Haziz ≈ Hezyaz, near an earlier gold point). Ben Gurion: target of earlier launches (back-reference).",
  ["military_release", "date_range", "facility", "back_reference", "multi_event"]))

# 9 ---------------------------------------------------------------- IDF Syria Qatana + T4
d = "2025-03-12"
add(D(R, 9, d, f"""IDF: Earlier today, IDF fighter jets struck military headquarters and sites containing weapons and military assets belonging to the former Syrian regime in southern Syria, including in the area of Qatana, southwest of Damascus.

In addition, on {WD(d,-2)}, the IAF struck the T4 airbase in central Syria. The IDF will not allow threats to the residents of the Golan Heights and the State of Israel.""",
  [E("incident", "airstrike", d, Q("Qatana", "SY", 33.44, 36.08), ["Israel", "former Syrian military sites"]),
   E("incident", "airstrike", DAY(d, -2), M("T4 airbase (Tiyas)", 34.52, 37.63, "SY", "approximate, base west of Palmyra"), ["Israel"])],
  [P("Damascus", "SY"), M("Golan Heights", 33.0, 35.75, "IL", "approximate, Katzrin area")],
  MR + " Two strikes on stated days. Damascus reference (~25 km, inside the radius). Golan: topic.",
  ["military_release", "weekday_date", "multi_event", "facility", "topic_place"]))

# 10 --------------------------------------------------------------- Turkish MoD weekly (Syria)
d = "2023-11-30"
add(D(R, 10, d, """Turkish Ministry of National Defence weekly press briefing

In the last week, 41 terrorists were neutralised in northern Iraq and northern Syria. In the Raqqa region, our Air Force destroyed 12 targets used by PKK/YPG terrorists, including shelters and ammunition depots. In the Shiyukh region near Jarabulus, 3 terrorists who opened harassment fire on our bases were neutralised. In the Operation Peace Spring area, 2 terrorists surrendered to our security forces at the Akçakale border gate.""",
  [E("incident", "airstrikes", [DAY(d, -7), d], P("Raqqa", "SY"), ["Turkey", "YPG"]),
   E("incident", "armed clash", [DAY(d, -7), d], M("Shiyukh", 36.8, 38.15, "SY", "approximate, village east of Jarabulus on the Euphrates"), ["Turkey", "YPG"]),
   E("other", "surrender", [DAY(d, -7), d], M("Akçakale border gate", 36.7, 38.95, "TR", "approximate, crossing at Akçakale/Tal Abyad"), ["PKK/YPG members"])],
  [Q("Jarabulus", "SY", 36.82, 38.01)],
  MR + " Weekly → D-7..D. Regions pinned at their seats. Surrender: kind other. Jarabulus qualifier (~13 km, inside the radius). Northern Iraq country-region only.",
  ["military_release", "weekly", "date_range", "multi_event", "surrender", "admin_qualifier"]))

# 11 --------------------------------------------------------------- Russian MoD Myrhorod + Dachne claim
d = "2025-06-10"
add(D(R, 11, d, """Russian Defence Ministry: Over the past day, operational-tactical aviation, strike UAVs, missile troops and artillery of the Russian Armed Forces hit an airfield infrastructure facility in Myrhorod, as well as temporary deployment points of Ukrainian armed formations in 143 areas.

As a result of active offensive operations, units of the Tsentr group of forces liberated the settlement of Dachnoye in the Dnepropetrovsk region. Air defence systems shot down 4 guided aerial bombs and 106 fixed-wing UAVs.""",
  [E("incident", "strike", [DAY(d, -1), d], Q("Myrhorod", "UA", 49.97, 33.6), ["Russia", "Ukrainian air force"]),
   E("other", "territorial capture claim", [DAY(d, -1), d], M("Dachne (Dachnoye)", 48.0, 36.85, "UA", "approximate, village in the west of Donetsk/east of Dnipropetrovsk oblast, placement uncertain"), ["Russia"], optional=True)],
  [P("Dnipro", "UA")],
  MR + " 'Past day' → D-1..D. Capture claim optional (Russian spelling). Dnepropetrovsk region named after Dnipro (far).",
  ["military_release", "date_range", "capture_claim", "alt_spelling", "facility"]))

# 12 --------------------------------------------------------------- Russian MoD Kursk/Sumy
d = "2025-03-17"
add(D(R, 12, d, """Russian Defence Ministry: Units of the Sever group of forces continued to defeat formations of the Armed Forces of Ukraine in the Kursk region. The settlement of Plekhovo was liberated. Army aviation and artillery struck concentrations of manpower and equipment in the areas of Yunakovka and Bassovka in the Sumy region.

Over the past day, the enemy lost up to 190 servicemen in the Kursk direction.""",
  [E("other", "territorial capture claim", [DAY(d, -1), d], M("Plekhovo", 51.15, 35.08, "RU", "approximate, village south of Sudzha on the border"), ["Russia"], optional=True),
   E("incident", "airstrikes and shelling", [DAY(d, -1), d], Q("Yunakivka", "UA", 51.09, 34.93, q="Yunakivka"), ["Russia", "Ukraine"]),
   E("incident", "airstrikes and shelling", [DAY(d, -1), d], M("Basivka", 50.99, 34.86, "UA", "approximate, village north-east of Sumy"), ["Russia", "Ukraine"])],
  [Q("Sudzha", "RU", 51.19, 35.27), P("Sumy", "UA")],
  MR + " Capture claim optional. Yunakovka/Bassovka: Russian spellings of Yunakivka/Basivka (~12 km apart). Kursk region and Sumy region are qualifiers.",
  ["military_release", "date_range", "capture_claim", "alt_spelling", "multi_event"]))

# 13 --------------------------------------------------------------- Ukrainian Air Force
d = "2024-08-26"
add(D(R, 13, d, """Air Force of the Armed Forces of Ukraine: On the night of 26 August, the enemy launched a combined missile and air strike: 127 missiles of various types and 109 Shahed attack drones. Tu-95MS strategic bombers fired from the Engels area and the Caspian Sea; Shaheds were launched from Kursk, Primorsko-Akhtarsk and Cape Chauda in Crimea.

Hits were recorded in Smila and Fastiv, and on energy infrastructure in several regions. Air defence destroyed 102 missiles and 99 drones.""",
  [E("incident", "missile and drone strike", [DAY(d, -1), d], Q("Smila", "UA", 49.23, 31.88, q="Smila"), ["Russia"]),
   E("incident", "missile and drone strike", [DAY(d, -1), d], Q("Fastiv", "UA", 50.08, 29.92), ["Russia"])],
  [Q("Engels", "RU", 51.5, 46.12), P("Kursk", "RU"), Q("Primorsko-Akhtarsk", "RU", 46.05, 38.17), M("Cape Chauda", 45.0, 35.84, "UA", "approximate, cape on the Kerch peninsula")],
  MR + " Night of the release day → D-1..D. Launch origins are non-events. Energy infrastructure 'in several regions': unlocated.",
  ["military_release", "date_range", "origin_place", "multi_event"]))

# 14 --------------------------------------------------------------- Ukrainian General Staff Marinovka + Lipetsk
d = "2024-07-23"
add(D(R, 14, d, f"""General Staff of the Armed Forces of Ukraine: On the night of 22-23 July, units of the Defence Forces struck the Marinovka airfield in the Volgograd region of the Russian Federation, where Su-34 and Su-24 aircraft are based. Earlier, on {WD(d,-2)}, a successful strike was carried out on the Lipetsk air base. The results are being clarified.

Strikes on military facilities of the occupier will continue. Glory to Ukraine!""",
  [E("incident", "drone attack", ["2024-07-22", "2024-07-23"], M("Marinovka airfield", 48.63, 43.79, "RU", "approximate, air base west of Volgograd"), ["Ukraine", "Russian air force"]),
   E("incident", "drone attack", DAY(d, -2), Q("Lipetsk", "RU", 52.6, 39.57), ["Ukraine", "Russian air force"])],
  [P("Volgograd", "RU")],
  MR + " Composite. Night range for Marinovka; Lipetsk air base on a stated weekday pinned at the city (~10 km). Volgograd region qualifier (~60 km).",
  ["military_release", "date_range", "weekday_date", "facility", "multi_event", "admin_qualifier"]))

# 15 --------------------------------------------------------------- Ukrainian Navy/HUR Crimea
d = "2024-05-31"
add(D(R, 15, d, """Defence Intelligence of Ukraine: On the night of 30 May, HUR units struck the Russian air defence systems in temporarily occupied Crimea. Near Dzhankoi, an S-400 launcher and radar station were destroyed; in the Yevpatoria area, a Nebo-U radar was hit.

Earlier this month, naval drones destroyed a Russian minesweeper in the Black Sea west of Sevastopol.""",
  [E("incident", "drone attack", ["2024-05-29", "2024-05-30"], Q("Dzhankoi", "UA", 45.71, 34.39, q="Dzhankoy"), ["Ukraine", "Russian military"]),
   E("incident", "drone attack", ["2024-05-29", "2024-05-30"], Q("Yevpatoria", "UA", 45.2, 33.37, q="Yevpatoriya"), ["Ukraine", "Russian military"])],
  [P("Sevastopol", "UA")],
  MR + " 'Night of 30 May' → 29-30 May. Minesweeper 'earlier this month' at sea: undated, Sevastopol reference non-event.",
  ["military_release", "date_range", "multi_event", "back_reference"]))

# 16 --------------------------------------------------------------- Nigerian DHQ weekly
d = "2024-10-17"
add(D(R, 16, d, """DEFENCE HEADQUARTERS: Troops of Operation HADIN KAI in the North East neutralised 24 terrorists and arrested 17 in the past week. On 11 October, troops repelled an ISWAP attack on their location in Gubio, Borno State. Troops also rescued 12 kidnapped hostages near Ngamdu, Kaga LGA.

In the North West, troops of Operation FANSAN YAMMA engaged bandits in Maradun LGA, Zamfara State, neutralising 8. In the North Central, troops of Operation WHIRL PUNCH arrested 3 suspected kidnappers in Kachia, Kaduna State. 31 terrorists and their families surrendered to troops in Bama in the week.""",
  [E("incident", "armed attack", "2024-10-11", Q("Gubio", "NG", 12.5, 12.78), ["ISWAP", "Nigerian army"]),
   E("incident", "rescue", [DAY(d, -7), d], M("Ngamdu", 11.75, 12.34, "NG", "approximate, town on the Maiduguri–Damaturu road, Kaga LGA"), ["Nigerian army"], optional=True),
   E("incident", "armed clash", [DAY(d, -7), d], Q("Maradun", "NG", 12.57, 6.25), ["Nigerian army", "bandits"]),
   E("incident", "arrest", [DAY(d, -7), d], Q("Kachia", "NG", 9.87, 7.95), ["Nigerian army"], optional=True),
   E("other", "surrender", [DAY(d, -7), d], M("Bama", 11.52, 13.69, "NG", "approximate, town in Borno"), ["terrorists and families"])],
  [],
  MR + " Weekly → D-7..D; one stated day (11 Oct). Rescue and arrest optional; surrender kind other (Bama earlier gold). LGA pinned at its seat.",
  ["military_release", "weekly", "date_range", "multi_event", "arrest", "rescue", "surrender"]))

# 17 --------------------------------------------------------------- NAF Shiroro
d = "2023-03-08"
add(D(R, 17, d, f"""NIGERIAN AIR FORCE: In continuation of air interdiction operations, the Air Component of Operation WHIRL PUNCH on {WD(d,-2)} conducted air strikes on a terrorists' enclave at Kusasu, in Shiroro LGA of Niger State, following credible intelligence that a notorious terrorist kingpin was hosting a meeting with his commanders. Several terrorists were neutralised.

The strikes were executed in support of ground troops advancing from Kuta towards Erena.""",
  [E("incident", "airstrike", DAY(d, -2), M("Kusasu (Shiroro LGA)", 10.0, 6.75, "NG", "approximate, village in Shiroro LGA, placement uncertain"), ["Nigerian Air Force", "terrorists"], alts=[Q("Shiroro", "NG", 9.96, 6.84, q="Shiroro")])],
  [Q("Kuta", "NG", 9.87, 6.71), M("Erena", 10.05, 6.65, "NG", "approximate, village in Shiroro LGA")],
  MR + " Enclave pinned near the LGA seat (alternate). Kuta/Erena: route of ground troops (inside the radius).",
  ["military_release", "weekday_date", "village", "route"]))

# 18 --------------------------------------------------------------- ISPR Wana + Awaran
d = "2024-12-21"
add(D(R, 18, d, """ISPR: On 19-20 December 2024, security forces conducted an intelligence based operation in the general area of Wana, South Waziristan District, on the reported presence of khwarij. During the conduct of the operation, own troops effectively engaged the khwarij location and 5 khwarij were sent to hell.

In another IBO in Awaran District of Balochistan, 2 terrorists were killed. Sanitisation operations are being conducted in Tank and Lakki Marwat districts to eliminate any other khwarij found in the area.""",
  [E("incident", "intelligence-based operation", ["2024-12-19", "2024-12-20"], Q("Wana", "PK", 32.3, 69.57), ["Pakistan army", "TTP"]),
   E("incident", "intelligence-based operation", [DAY(d, -2), d], Q("Awaran", "PK", 26.46, 65.23), ["Pakistan army", "Baloch militants"]),
   E("incident", "sanitisation operation", [DAY(d, -2), d], M("Tank", 32.22, 70.38, "PK", "approximate, district town"), ["Pakistan army"], optional=True),
   E("incident", "sanitisation operation", [DAY(d, -2), d], M("Lakki Marwat", 32.61, 70.91, "PK", "approximate, district town"), ["Pakistan army"], optional=True)],
  [],
  MR + " Stated range for Wana; second IBO given no day → the same window. Ongoing district-wide sanitisation optional (earlier gold names).",
  ["military_release", "date_range", "multi_event", "district"]))

# 19 --------------------------------------------------------------- Chinar Corps Machil
d = "2024-10-04"
add(D(R, 19, d, """Chinar Corps: Based on intelligence inputs regarding a likely infiltration bid in the Machil sector, Kupwara, a joint operation was launched by the Indian Army and J&K Police on 03 October. Suspicious movement was observed and challenged; two terrorists were eliminated. Search operation is in progress. A similar bid was foiled in the Uri sector last month.""",
  [E("incident", "infiltration bid and clash", "2024-10-03", M("Machil sector", 34.58, 74.12, "IN", "approximate, LoC sector north-west of Kupwara"), ["Indian army", "militants"])],
  [Q("Kupwara", "IN", 34.53, 74.26), M("Uri", 34.08, 74.05, "IN", "approximate, town on the LoC")],
  MR + " Kupwara qualifier (~15 km, inside). Uri 'last month': undated background.",
  ["military_release", "admin_qualifier", "back_reference"]))

# 20 --------------------------------------------------------------- Gariaband
d = "2025-01-22"
add(D(R, 20, d, """Raipur Range Police: In a joint anti-Naxal operation of the District Reserve Guard, CoBRA, CRPF and Odisha SOG launched on 19 January in the forests near Bhalunagar village, Gariaband district, along the Chhattisgarh–Odisha border, 14 Maoists including a Central Committee member were killed in exchanges of fire on 20 and 21 January. Two jawans were injured and airlifted to Raipur.""",
  [E("incident", "armed clash", ["2025-01-20", "2025-01-21"], M("Bhalunagar (Gariaband district)", 20.37, 82.3, "IN", "approximate, forest near the Odisha border, placement uncertain"), ["DRG", "CoBRA", "CRPF", "Odisha SOG", "CPI-Maoist"], alts=[Q("Gariaband", "IN", 20.63, 82.06)])],
  [P("Raipur", "IN")],
  MR + " Operation launched on 19 January; firefights 20-21 January (range). District seat alternate (~35 km). Raipur hospital.",
  ["military_release", "date_range", "village", "district", "hospital_other_city"]))

# 21 --------------------------------------------------------------- FAMa Ansongo + Tin-Essako (French)
d = "2024-08-14"
add(D(R, 21, d, f"""COMMUNIQUÉ DE L'ÉTAT-MAJOR GÉNÉRAL DES ARMÉES – Le {WDF(d,-2)} 12 août 2024, les vecteurs aériens des FAMa ont effectué des frappes sur des regroupements de terroristes dans la zone d'Ansongo, neutralisant une dizaine d'entre eux. Le même jour, une reconnaissance offensive a détruit un dépôt logistique à Tin-Essako, dans la région de Kidal.

Les FAMa rappellent que les opérations se poursuivent dans la zone des trois frontières.""",
  [E("incident", "airstrike", DAY(d, -2), Q("Ansongo", "ML", 15.66, 0.5), ["FAMa", "terrorists"]),
   E("incident", "airstrike", DAY(d, -2), M("Tin-Essako", 18.44, 2.48, "ML", "approximate, town east of Kidal"), ["FAMa"])],
  [M("Kidal", 18.44, 1.41, "ML", "approximate, regional capital")],
  MR + " French. Two strikes on one day. Kidal region qualifier (~110 km).",
  ["military_release", "non_english", "weekday_date", "multi_event", "admin_qualifier"]))

# 22 --------------------------------------------------------------- Niger army Torodi + N'Guigmi (French)
d = "2025-02-07"
add(D(R, 22, d, """BULLETIN HEBDOMADAIRE DES OPÉRATIONS DES FORCES ARMÉES NIGÉRIENNES (31 janvier – 6 février 2025) – Dans la zone de l'opération Niya, une unité a été prise à partie le 2 février à 15 km au nord de Torodi : 4 terroristes neutralisés, 2 militaires blessés évacués sur Niamey.

Dans la zone de l'opération Garkuwar Kassa, les forces de défense ont repoussé une attaque contre le poste de N'Guigmi dans la nuit du 4 au 5 février. Un convoi humanitaire a été escorté de Diffa à Bosso sans incident.""",
  [E("incident", "armed clash", "2025-02-02", OFF("15 km north of Torodi", Q("Torodi", "NE", 13.12, 1.8), 15, BEAR["north"]), ["Niger army", "terrorists"], alts=[Q("Torodi", "NE", 13.12, 1.8)]),
   E("incident", "armed attack", ["2025-02-04", "2025-02-05"], Q("N'Guigmi", "NE", 14.25, 13.11, q="Nguigmi"), ["terrorists", "Niger army"])],
  [P("Niamey", "NE"), Q("Diffa", "NE", 13.32, 12.61), M("Bosso", 13.7, 13.31, "NE", "approximate, town on Lake Chad")],
  MR + " French. Offset computed, reference as alternate. Night range. Escorted convoy (no incident) between Diffa and Bosso: non-events.",
  ["military_release", "non_english", "offset", "date_range", "route", "multi_event"]))

# 23 --------------------------------------------------------------- Burkina army Bogandé
d = "2023-05-12"
add(D(R, 23, d, f"""Armed Forces of Burkina Faso: On {WD(d,-3)}, a unit of the 13th Rapid Intervention Battalion, supported by the air force, intercepted a column of terrorists near Bogandé in the Gnagna province. More than 30 terrorists were neutralised and motorcycles and weapons recovered. The operation continued on {WD(d,-2)} towards Manni and Piéla.""",
  [E("incident", "armed clash and airstrikes", [DAY(d, -3), DAY(d, -2)], Q("Bogandé", "BF", 12.97, -0.14), ["Burkina army", "jihadists"])],
  [Q("Manni", "BF", 13.26, -0.21), Q("Piéla", "BF", 12.7, -0.13)],
  MR + " Operation continued next day 'towards' Manni and Piéla: directions (same event, range). Manni/Piéla non-events (~30-50 km).",
  ["military_release", "weekday_date", "date_range", "route"]))

# 24 --------------------------------------------------------------- Philippine Army Ampatuan + surrender
d = "2024-03-19"
add(D(R, 24, d, f"""6th Infantry (Kampilan) Division: Troops of the 33rd Infantry Battalion clashed with members of the Dawlah Islamiyah–Hassan Group in Barangay Kamasi, Ampatuan, Maguindanao del Sur, on {WD(d,-2)}, killing four. Meanwhile, two members of the same group surrendered to the 90th IB in Datu Hoffer on {WD(d,-1)} and were presented to the media in Camp Siongco, Datu Odin Sinsuat.""",
  [E("incident", "armed clash", DAY(d, -2), M("Kamasi, Ampatuan", 6.83, 124.45, "PH", "approximate, barangay in Ampatuan municipality"), ["Philippine army", "Dawlah Islamiyah"], alts=[Q("Ampatuan", "PH", 6.83, 124.45)]),
   E("other", "surrender", DAY(d, -1), M("Datu Hoffer", 6.84, 124.56, "PH", "approximate, municipality in Maguindanao del Sur"), ["Dawlah Islamiyah members"])],
  [M("Camp Siongco", 7.15, 124.23, "PH", "approximate, army camp in Datu Odin Sinsuat")],
  MR + " Surrender: kind other. Camp Siongco media presentation: not an event of the set's kinds (non-event).",
  ["military_release", "weekday_date", "surrender", "village"]))

# 25 --------------------------------------------------------------- Colombian army (Spanish)
d = "2024-04-18"
add(D(R, 25, d, f"""COMUNICADO DEL EJÉRCITO NACIONAL – En la mañana de este {WDS(d,-1)}, tropas de la Segunda División fueron atacadas con explosivos lanzados desde drones en zona rural de Arauquita, Arauca, por integrantes del ELN. Dos soldados resultaron heridos y fueron evacuados a Saravena.

Por otra parte, en el municipio de Briceño, Antioquia, tropas de la Séptima División destruyeron un laboratorio para el procesamiento de clorhidrato de cocaína perteneciente a las disidencias de las FARC.""",
  [E("incident", "drone attack", DAY(d, -1), Q("Arauquita", "CO", 7.03, -71.43), ["ELN", "Colombian army"]),
   E("other", "drug lab destruction", [DAY(d, -1), d], Q("Briceño", "CO", 7.11, -75.55), ["Colombian army"])],
  [M("Saravena", 6.95, -71.88, "CO", "approximate, town in Arauca")],
  MR + " Spanish. Lab destruction: kind other. Saravena: evacuation (~50 km).",
  ["military_release", "non_english", "weekday_date", "hospital_other_city"]))

# 26 --------------------------------------------------------------- Myanmar junta Loikaw
d = "2023-11-16"
add(D(R, 26, d, """The Global New Light of Myanmar: Terrorists of the Karenni Nationalities Defence Force and PDF launched attacks on security forces and the Kayah State University in Loikaw on 11 November. Tatmadaw columns, with the help of air support, repelled the attacks. Terrorists also attacked a police station in Pekon, southern Shan State, on 12 November. Local people from Loikaw have been relocated to Taunggyi.""",
  [E("incident", "armed clashes and airstrikes", "2023-11-11", Q("Loikaw", "MM", 19.67, 97.21), ["KNDF", "PDF", "Myanmar military"]),
   E("incident", "armed attack", "2023-11-12", Q("Pekon", "MM", 19.87, 97.05, q="Pekon"), ["PDF", "Myanmar police"])],
  [Q("Taunggyi", "MM", 20.79, 97.04)],
  MR + " Junta wording. Two stated days. Taunggyi: refuge.",
  ["military_release", "multi_event", "origin_place"]))

# 27 --------------------------------------------------------------- Houthi claim Hadera
d = "2024-11-10"
add(D(R, 27, d, f"""STATEMENT OF THE YEMENI ARMED FORCES: The missile force of the Yemeni Armed Forces carried out a qualitative military operation targeting the Orot Rabin power station south of the occupied city of Hadera with a "Palestine-2" hypersonic ballistic missile. The operation achieved its goal, by the grace of God.

The air force also targeted a vital target in the occupied Jaffa area with a drone on {WD(d,-1)}. Our operations will not stop until the aggression on Gaza and Lebanon stops.""",
  [E("incident", "missile attack", [DAY(d, -1), d], M("Orot Rabin power station", 32.47, 34.88, "IL", "approximate, coastal plant at Hadera"), ["Houthis"], alts=[Q("Hadera", "IL", 32.44, 34.92)]),
   E("incident", "drone attack", DAY(d, -1), P("Tel Aviv", "IL"), ["Houthis"])],
  [],
  MR + " Claimed attacks pinned at the targets. 'Occupied Jaffa' = Tel Aviv area (earlier gold, capital-like). Gaza and Lebanon: topics.",
  ["military_release", "claim", "weekday_date", "alt_spelling", "facility", "multi_event"]))

# 28 --------------------------------------------------------------- SAF Al-Malha + Al-Koma
d = "2024-07-05"
add(D(R, 28, d, """Sudanese Armed Forces spokesman: Our air force today carried out precise strikes on concentrations of the terrorist Rapid Support militia in the Al-Malha area of North Darfur, destroying 23 combat vehicles, and on its supply lines near Al-Koma. The militia's attempts to approach El Fasher from the north have failed.""",
  [E("incident", "airstrike", d, Q("Al-Malha", "SD", 15.13, 26.18, q="Al Malḩah"), ["SAF", "RSF"]),
   E("incident", "airstrike", d, M("Al-Koma", 13.98, 26.28, "SD", "approximate, town east of El Fasher"), ["SAF", "RSF"])],
  [P("El Fasher", "SD")],
  MR + " 'Approach El Fasher' is a direction (non-event, ~90 km from Al-Koma).",
  ["military_release", "multi_event", "route"]))

# 29 --------------------------------------------------------------- Cameroon MoD Amchide
d = "2023-02-14"
add(D(R, 29, d, f"""Ministry of Defence, Cameroon: On the night of {WD(d,-3)} to {WD(d,-2)}, Boko Haram terrorists attacked the Amchide military post, Mayo-Sava department, Far North region. Our forces repelled the assault, neutralising 9 assailants. One soldier died. The attackers, who came from Banki across the border, fled back into Nigeria.""",
  [E("incident", "armed attack", [DAY(d, -3), DAY(d, -2)], Q("Amchide", "CM", 11.07, 13.8, q="Amchidé"), ["Boko Haram", "Cameroon army"])],
  [M("Banki", 11.0, 13.68, "NG", "approximate, border town in Borno")],
  MR + " Night range. Banki: origin across the border (~10 km, inside the radius).",
  ["military_release", "date_range", "weekday_date", "origin_place"]))

# 30 --------------------------------------------------------------- Royal Thai Army Kantharalak
d = "2025-07-25"
add(D(R, 30, d, f"""Royal Thai Army: On {WD(d,-1)}, Cambodian forces fired BM-21 rockets into Thai territory, hitting a petrol station in Ban Phue, Kantharalak district, Sisaket province, killing six civilians, and shelling the area of Ban Kruat district in Buriram. Clashes broke out in the early morning near Prasat Ta Muen Thom in Surin province. Thai F-16s struck Cambodian military targets in response. Evacuation centres have been set up in Sisaket city.""",
  [E("incident", "rocket attack", DAY(d, -1), Q("Kantharalak", "TH", 14.65, 104.65), ["Cambodia", "civilians"]),
   E("incident", "shelling", DAY(d, -1), Q("Ban Kruat", "TH", 14.42, 103.13), ["Cambodia"]),
   E("incident", "armed clashes", DAY(d, -1), M("Prasat Ta Muen Thom", 14.35, 103.27, "TH", "approximate, temple on the border in Surin"), ["Thailand", "Cambodia"])],
  [Q("Sisaket", "TH", 15.12, 104.33, q="Si Sa Ket")],
  MR + " Composite of the first day of fighting. Ban Phue petrol station pinned at Kantharalak district seat. Thai strikes on unnamed Cambodian targets: unpinned. Sisaket evacuation centres.",
  ["military_release", "weekday_date", "multi_event", "district", "origin_place"]))
