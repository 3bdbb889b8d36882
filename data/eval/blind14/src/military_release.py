from lib import *
R = "military_release"
DOCS = []
add = DOCS.append
G = "Military press release written for blind14, composite or invented: one pin per named place; 'past day'/'overnight' → D-1..D, weekly → D-7..D; capture claims, arrests, interceptions and surrenders optional. "


def N(num, d, text, events, nonev, note, tags):
    add(D(R, num, d, text, events, nonev, G + note, ["military_release"] + tags))


def I(d):
    return [DAY(d, -1), d]


def WK(d):
    return [DAY(d, -7), d]


d = "2024-08-07"
N(1, d, """IDF: Over the past day, IDF fighter jets struck Hezbollah terrorist infrastructure sites in the areas of Srobbine and Baflay in southern Lebanon, as well as a military structure in Zawtar. Earlier, a number of launches that crossed from Lebanon were identified falling in open areas in the Upper Galilee; no injuries were reported.""",
  [E("incident", "air strike", I(d), M("Srobbine", 33.20, 35.38, "LB", "approximate, village north-west of Bint Jbeil"), ["Israel", "Hezbollah"]),
   E("incident", "air strike", I(d), M("Baflay", 33.28, 35.36, "LB", "approximate, village east of Tyre"), ["Israel", "Hezbollah"]),
   E("incident", "air strike", I(d), M("Zawtar", 33.33, 35.55, "LB", "approximate, Zawtar al-Sharqiyah on the Litani"), ["Israel", "Hezbollah"])],
  [],
  "Three named places: three pins. Launches falling in open areas of a region (Upper Galilee): no pin.",
  ["past_day", "list_of_places", "launches"])

d = "2024-11-12"
N(2, d, """IDF: IDF troops operating in southern Lebanon located and destroyed a Hezbollah tunnel shaft and a weapons storage facility near Jabal Blat. In parallel, the IAF struck approximately 15 launchers in the areas of Qabrikha and Burghliyeh from which rockets were fired toward the Western Galilee in recent days.""",
  [E("incident", "ground operation, demolition", I(d), M("Jabal Blat", 33.09, 35.27, "LB", "approximate, hill near Ramyah on the border"), ["Israel army", "Hezbollah"]),
   E("incident", "air strikes", I(d), M("Qabrikha", 33.24, 35.49, "LB", "approximate, village in Marjayoun district near the Wadi Saluki"), ["Israel", "Hezbollah"]),
   E("incident", "air strikes", I(d), M("Burghliyeh", 33.30, 35.24, "LB", "approximate, village east of Tyre"), ["Israel", "Hezbollah"])],
  [],
  "Release without a time: D-1..D. Rockets 'in recent days': undated, the Western Galilee a region (no pin).",
  ["undated_release", "list_of_places", "launch_origin"])

d = "2023-05-24"
N(3, d, """U.S. Africa Command — At the request of the Federal Government of Somalia, U.S. Africa Command conducted two collective self-defense air strikes against al-Shabaab fighters on May 22: one near Sabiid, approximately 45 kilometers west of Mogadishu, and one near Qansax Dheere in the Bay region. The command's initial assessment is that no civilians were injured or killed. Somali National Army forces had been attacked near both locations.""",
  [E("incident", "air strike", "2023-05-22", M("Sabiid", 2.05, 44.96, "SO", "approximate, village on the Shabelle near Afgooye"), ["United States", "al-Shabaab"]),
   E("incident", "air strike", "2023-05-22", M("Qansax Dheere", 2.70, 43.30, "SO", "approximate, district town in Bay region; placement uncertain"), ["United States", "al-Shabaab"])],
  [Q("Mogadishu", "SO", 2.04, 45.34)],
  "Stated date. Mogadishu: distance reference (~43 km from Sabiid, inside radius). The earlier attacks on the SNA: undated.",
  ["stated_date", "distance_from", "multi_event"])

d = "2024-09-18"
N(4, d, """General Staff of the Armed Forces of Ukraine — Operational information as of 08:00, 18.09.2024
Over the past day, 134 combat engagements were recorded. In the Kharkiv direction, the enemy shelled Staryi Saltiv and Malynivka with artillery and launched a guided aerial bomb at Bazaliivka. In the Huliaipole direction, Ukrainian defenders repelled two enemy attacks near Verbove. In the Pokrovsk direction, the enemy attacked 38 times.""",
  [E("incident", "shelling", I(d), Q("Staryi Saltiv", "UA", 50.07, 36.79), ["Russia"]),
   E("incident", "shelling", I(d), Q("Malynivka", "UA", 49.82, 36.73), ["Russia"]),
   E("incident", "guided bomb strike", I(d), Q("Bazaliivka", "UA", 49.83, 36.99), ["Russia"]),
   E("incident", "armed clashes", I(d), Q("Verbove", "UA", 47.43, 35.99), ["Russia army", "Ukraine army"])],
  [],
  "Past day: D-1..D. 'Directions' (Kharkiv, Huliaipole, Pokrovsk) are front sectors named after towns: not pins.",
  ["past_day", "list_of_places", "direction_names"])

d = "2023-10-30"
N(5, d, """Southern Defence Forces of Ukraine: Over the past day, on the left bank of the Kherson region, our units destroyed 2 boats and 9 enemy personnel near Kozachi Laheri, an ammunition depot near Tavriysk and a Rosomakha-type armoured vehicle in the area of Olhivka. The enemy shelled 29 settlements on the right bank, firing 412 shells. Russian aviation dropped 12 guided bombs.""",
  [E("incident", "strike", I(d), Q("Kozachi Laheri", "UA", 46.71, 32.98), ["Ukraine", "Russia army"]),
   E("incident", "strike on depot", I(d), Q("Tavriysk", "UA", 46.75, 33.42), ["Ukraine", "Russia army"]),
   E("incident", "strike", I(d), Q("Olhivka", "UA", 46.79, 33.20), ["Ukraine", "Russia army"])],
  [],
  "Three named places. 29 unnamed settlements shelled: no pins.",
  ["past_day", "list_of_places", "counts"])

d = "2024-06-05"
N(6, d, """Russian Ministry of Defence: Units of the Sever group of forces inflicted defeat on the formations of a mechanised brigade of the AFU in the areas of Richky and Mohrytsia, Sumy region. Over the past day, the enemy lost up to 60 servicemen. Units of the group also liberated the settlement of Guyevo in the Kursk region after the AFU attempted to infiltrate it.""",
  [E("incident", "strikes (claim)", I(d), Q("Richky", "UA", 51.12, 34.49), ["Russia", "Ukraine army"]),
   E("incident", "strikes (claim)", I(d), Q("Mohrytsia", "UA", 51.03, 35.11), ["Russia", "Ukraine army"]),
   E("incident", "capture claim", I(d), Q("Guyevo", "RU", 51.09, 35.27), ["Russia army", "Ukraine army"], optional=True)],
  [],
  "Claimed attacks pinned at the targets. The 'liberation' claim: optional (composite).",
  ["past_day", "claim", "capture_claim"])

d = "2024-08-14"
N(7, d, """Russian Ministry of Defence: Over the past day, units of the Sever group, with the support of army aviation, repelled attacks by assault groups of the AFU towards Lyubimovka and Nikolayevo-Darino in the Kursk region. The enemy lost up to 230 servicemen and 17 armoured vehicles. Air defence means shot down 22 Ukrainian UAVs over the Kursk, Belgorod and Bryansk regions.""",
  [E("incident", "armed clashes", I(d), M("Lyubimovka", 51.30, 34.92, "RU", "approximate, village in Kursk region's Korenevo district; placement uncertain"), ["Russia army", "Ukraine army"]),
   E("incident", "armed clashes", I(d), M("Nikolayevo-Darino", 51.18, 35.10, "RU", "approximate, border village in Sudzha district; placement uncertain"), ["Russia army", "Ukraine army"])],
  [],
  "Attacks 'towards' villages pinned at the villages. Shoot-downs over regions: no pin.",
  ["past_day", "towards_place", "interception"])

d = "2022-09-16"
N(8, d, """Nigerian Army — Operation HADIN KAI: weekly update
Troops of Operation HADIN KAI in the past week neutralised 11 ISWAP/JAS terrorists in ambushes at Benisheikh and Goniri, and cleared a terrorist enclave at Jakana, where 4 terrorists were killed and 2 motorcycles recovered. Troops also arrested 6 logistics suppliers at Dalori. A total of 214 terrorists and their families surrendered to troops during the period.""",
  [E("incident", "ambush", WK(d), Q("Benisheikh", "NG", 11.81, 12.49), ["Nigeria army", "ISWAP/JAS"]),
   E("incident", "ambush", WK(d), Q("Goniri", "NG", 11.49, 12.31), ["Nigeria army", "ISWAP/JAS"]),
   E("incident", "clearance operation, clash", WK(d), M("Jakana", 11.80, 12.85, "NG", "approximate, town on the Maiduguri–Damaturu road"), ["Nigeria army", "ISWAP/JAS"]),
   E("incident", "arrests", WK(d), M("Dalori", 11.79, 13.21, "NG", "approximate, village south-east of Maiduguri"), ["Nigeria army"], optional=True)],
  [],
  "Weekly: D-7..D. Arrests: optional. Surrenders with no place: not gold.",
  ["weekly", "list_of_places", "arrests_only", "surrender"])

d = "2023-04-12"
N(9, d, """ISPR: On the night of 10/11 April 2023, security forces conducted an intelligence based operation in the general area of Dossali, North Waziristan District, on reported presence of terrorists. During intense exchange of fire, own troops effectively engaged the terrorists' location, as a result of which four terrorists were sent to hell. Sanitisation operation is being carried out to eliminate any other terrorists found in the area.""",
  [E("incident", "armed clash", ["2023-04-10", "2023-04-11"], M("Dossali", 32.86, 70.15, "PK", "approximate, area south-west of Miranshah; placement uncertain"), ["Pakistan army", "TTP"])],
  [],
  "Night of 10 to 11 April: 10..11. The ongoing sanitisation: not separate.",
  ["night_of", "general_area"])

d = "2024-02-20"
N(10, d, """ISPR: Terrorists attacked a security forces' post in Salarzai Tehsil, Bajaur District, on 19 February 2024. Own troops responded effectively, and in the ensuing exchange of fire two terrorists were killed, while one soldier embraced shahadat. Security forces are determined to thwart attempts to sabotage the peace of Khyber Pakhtunkhwa, and to bring those responsible for attacks from Afghan soil to justice.""",
  [E("incident", "armed attack", "2024-02-19", M("Salarzai", 34.83, 71.60, "PK", "approximate, tehsil centre in Bajaur; placement uncertain"), ["TTP", "Pakistan army"])],
  [],
  "Tehsil pinned at its seat. Afghanistan: country only.", ["stated_date", "admin_qualifier"])

d = "2022-03-15"
N(11, d, """Armed Forces of the Philippines — 6th Infantry (Kampilan) Division: Troops of the 34th Infantry Battalion figured in two firefights with remnants of the Dawlah Islamiyah on March 13, the first in Barangay Dado, Alamada, and the second hours later in a sitio of Libungan, both in Cotabato. Three enemies were killed; high-powered firearms were recovered.""",
  [E("incident", "armed clash", "2022-03-13", Q("Alamada", "PH", 7.33, 124.57), ["Philippines army", "Dawlah Islamiyah"]),
   E("incident", "armed clash", "2022-03-13", Q("Libungan", "PH", 7.24, 124.52), ["Philippines army", "Dawlah Islamiyah"])],
  [],
  "Barangay and sitio pinned at their municipalities. Light verb 'figured in'.", ["stated_date", "light_verb", "multi_event"])

d = "2023-09-27"
N(12, d, """Spear Corps, Indian Army: On 26 Sep 23, security forces came under fire from armed miscreants near Sikhong Sekmai, Thoubal district, Manipur. Troops responded in a measured manner; the miscreants fled under cover of darkness. In a separate operation on the same day, a joint team of the Assam Rifles and Manipur Police recovered 3 rifles, 2 grenades and ammunition at Wangjing.""",
  [E("incident", "armed attack", "2023-09-26", Q("Sikhong Sekmai", "IN", 24.64, 94.09), ["militants", "India army"]),
   E("incident", "weapons recovery", "2023-09-26", Q("Wangjing", "IN", 24.59, 94.06, q="Wangjing"), ["Assam Rifles", "Manipur police"], optional=True)],
  [],
  "Recovery operation without clash: optional (like arrests-only raids; Wangjing ~6 km away).",
  ["stated_date", "weapons_recovery"])

d = "2021-02-09"
N(13, d, """Ejército Nacional de Colombia — Tercera División: En desarrollo de operaciones militares en zona rural del municipio de La Sierra, Cauca, tropas del Batallón de Infantería N.° 7 sostuvieron combates el 7 de febrero con integrantes del GAO-r frente Carlos Patiño, en los que murieron dos de ellos. En la misma operación fue capturado alias «el Paisa».""",
  [E("incident", "armed clash", "2021-02-07", Q("La Sierra", "CO", 2.18, -76.76), ["Colombia army", "FARC dissidents"]),
   E("incident", "capture", "2021-02-07", Q("La Sierra", "CO", 2.18, -76.76), ["Colombia army"], optional=True)],
  [],
  "Spanish text. Capture: optional, same pin.", ["spanish", "stated_date", "capture"])

d = "2020-06-30"
N(14, d, """Security Media Cell (Iraq): Iraqi F-16 aircraft, based on accurate intelligence from the Joint Operations Command, carried out an air strike yesterday on a hideout of ISIS terrorist gangs in Wadi al-Tharthar, killing four terrorists. The strike followed an operation by the Federal Police in the Tarmiyah area.""",
  [E("incident", "air strike", DAY(d, -1), M("Wadi al-Tharthar", 34.30, 43.25, "IQ", "approximate, valley between Anbar and Salahuddin; placement uncertain"), ["Iraq air force", "ISIS"])],
  [],
  "Yesterday: D-1. The Federal Police operation (undated, Tarmiyah): not gold.", ["yesterday", "translation"])

d = "2022-11-25"
N(15, d, """Turkish Ministry of National Defence: Within the scope of Operation Claw-Sword, our Turkish Armed Forces, in the last 48 hours, hit 27 targets belonging to the PKK/YPG in the Ayn Daqnah and Sheikh Issa regions of northern Syria, as well as in Tal Samin, and neutralised 19 terrorists. Harassment fire from the Tell Rifaat area towards our bases was retaliated in kind.""",
  [E("incident", "air and artillery strikes", [DAY(d, -2), d], M("Ayn Daqnah", 36.48, 37.09, "SY", "approximate, village north-east of Tell Rifaat"), ["Türkiye", "YPG"]),
   E("incident", "air and artillery strikes", [DAY(d, -2), d], M("Sheikh Issa", 36.43, 37.13, "SY", "approximate, village east of Tell Rifaat"), ["Türkiye", "YPG"]),
   E("incident", "air strike", [DAY(d, -2), d], M("Tal Samin", 36.05, 38.90, "SY", "approximate, village north of Raqqa; placement uncertain"), ["Türkiye", "SDF"])],
  [M("Tell Rifaat", 36.47, 37.10, "SY", "approximate, town north of Aleppo")],
  "Last 48 hours: D-2..D. Harassment fire 'from the Tell Rifaat area' and retaliation: launch origin (unplaced exchange; Tell Rifaat is an earlier gold name, listed as non-event).",
  ["last_48h", "list_of_places", "launch_origin"])

d = "2023-07-19"
N(16, d, """SDF Media Centre: Our forces, in a joint operation with the International Coalition, raided an ISIS cell's hideout in the village of Tal Samin in the northern countryside of Raqqa yesterday evening. A member of the cell was killed in a clash after he opened fire on our forces, and two others were arrested. Weapons and explosive belts were seized.""",
  [E("incident", "raid, armed clash", DAY(d, -1), M("Tal Samin", 36.05, 38.90, "SY", "approximate, village north of Raqqa; placement uncertain"), ["SDF", "US-led coalition", "ISIS"])],
  [Q("Raqqa", "SY", 35.95, 39.01, q="Ar Raqqah")],
  "Yesterday evening: D-1. The raid included a clash: scored. Raqqa: countryside qualifier (~15 km, inside radius). Same village as in military_release_015 (within-set repeat).",
  ["yesterday", "raid", "admin_qualifier"])

d = "2021-01-12"
N(17, d, """Armée de l'air burkinabè — Communiqué: Les vecteurs aériens ont mené le {} deux frappes contre des groupes armés terroristes aux environs de Kampti et de Loropéni, dans la province du Poni. De nombreux terroristes ont été neutralisés et des motos détruites. Les opérations se poursuivent.""".format("10 janvier"),
  [E("incident", "air strike", "2021-01-10", M("Kampti", 10.13, -3.45, "BF", "approximate, town in Poni province"), ["Burkina air force", "JNIM"]),
   E("incident", "air strike", "2021-01-10", M("Loropéni", 10.30, -3.54, "BF", "approximate, town in Poni province"), ["Burkina air force", "JNIM"])],
  [],
  "French text, stated date.", ["french", "stated_date", "multi_event"])

d = "2024-03-05"
N(18, d, """U.S. Central Command: On March 4, at approximately 3:30 p.m. (Sanaa time), CENTCOM forces conducted a self-defense strike against two Houthi unmanned surface vessels and a mobile anti-ship cruise missile launcher prepared to launch from a position near Dimnat Khadir, Yemen. CENTCOM forces identified the targets and determined they presented an imminent threat to merchant vessels and U.S. Navy ships in the region.""",
  [E("incident", "air strike", "2024-03-04", M("Dimnat Khadir", 13.45, 44.23, "YE", "approximate, district town in Taiz governorate; placement uncertain"), ["United States", "Houthis"])],
  [],
  "Stated date. 'Sanaa time': time zone, not a place.", ["stated_date", "metonym"])

d = "2023-12-21"
N(19, d, """Ukrainian Defence Forces: As a result of a precision strike on the night of 19 to 20 December, a command post of the Russian occupation forces in temporarily occupied Dniprorudne, Zaporizhzhia region, was destroyed. According to preliminary data, enemy losses amount to up to 20 servicemen. Earlier, a Russian ammunition depot in the area of Molochansk was hit.""",
  [E("incident", "precision strike", ["2023-12-19", "2023-12-20"], Q("Dniprorudne", "UA", 47.39, 35.00), ["Ukraine", "Russia army"])],
  [],
  "Night of 19 to 20: 19..20. The earlier Molochansk strike: undated back-reference (Molochansk is a coder_note gold name in this set, not listed here).",
  ["night_of", "back_reference", "occupied"])

d = "2024-06-25"
N(20, d, """Ministry of Defence of the Russian Federation: During the night, an attempt by the Kyiv regime to carry out a terrorist attack using aircraft-type unmanned aerial vehicles against facilities on the territory of the Russian Federation was thwarted. Air defence systems on duty intercepted and destroyed six UAVs over the territory of the Bryansk region. According to the governor, debris fell near the village of Semyachki, damaging a barn.""",
  [E("incident", "drone debris", I(d), Q("Semyachki", "RU", 52.65, 33.66), ["Ukraine"], optional=True)],
  [],
  "Interceptions over a region and debris only: optional; no scored gold.",
  ["overnight", "interception", "debris", "no_scored_gold"])

d = "2022-12-07"
N(21, d, """Somali National Army — Press release: The SNA, supported by Galmudug forces and local macawisley militias, clashed with al-Shabaab militants near Godinlabe on {}, killing 20 of them, the Ministry of Defence said. The forces later entered Ceel Buur, which the militants had held for over a decade, and hoisted the national flag.""".format(WD(d, -2)),
  [E("incident", "armed clashes", DAY(d, -2), M("Godinlabe", 4.97, 46.60, "SO", "approximate, village in Galgaduud; placement uncertain"), ["Somalia army", "Galmudug forces", "al-Shabaab"]),
   E("incident", "capture claim", [DAY(d, -2), d], M("Ceel Buur", 4.68, 46.62, "SO", "approximate, district town in Galgaduud"), ["Somalia army", "al-Shabaab"], optional=True)],
  [],
  "Monday clash. Entering and flag-raising: capture claim, optional; 'later': Monday..Wednesday.",
  ["weekday_date", "capture_claim"])

d = "2023-02-28"
N(22, d, """Cameroon Ministry of Defence — Communiqué: On 26 February 2023, elements of the Rapid Intervention Battalion (BIR) neutralised three secessionist terrorists during an operation in Batibo, Momo division, North-West region. The forces destroyed a camp and recovered three AK-47 rifles and locally-made explosives. One soldier was slightly wounded.""",
  [E("incident", "raid, armed clash", "2023-02-26", Q("Batibo", "CM", 5.84, 9.86), ["Cameroon BIR", "Ambazonian separatists"])],
  [],
  "", ["stated_date", "admin_qualifier"])

d = "2022-08-24"
N(23, d, """Armed Forces of the Philippines — 1st Infantry (Tabak) Division: Soldiers of the 51st Infantry Battalion clashed with about 15 members of the Dawlah Islamiyah–Maute group in the hinterlands of Wao, Lanao del Sur, at dawn on August 23. After a 30-minute firefight, two enemy fighters were killed. The unit also overran an enemy encampment near the boundary with Kalilangan, Bukidnon.""",
  [E("incident", "armed clash", "2022-08-23", Q("Wao", "PH", 7.68, 124.67), ["Philippines army", "Dawlah Islamiyah-Maute"])],
  [Q("Kalilangan", "PH", 7.75, 124.75)],
  "Stated date. Overrunning a camp 'near the boundary with Kalilangan': same operation, pinned with Wao (Kalilangan ~11 km, inside radius, listed).",
  ["stated_date", "near_place"])

d = "2019-03-02"
N(24, d, """ISPR: Indian Border Security Force resorted to unprovoked firing along the Working Boundary in the Sialkot sector on 1 March, targeting civilian population in the Charwah and Harpal villages. A 45-year-old woman was martyred and three civilians were injured. Pakistan Rangers responded effectively, targeting the Indian posts which had fired.""",
  [E("incident", "cross-border firing", "2019-03-01", Q("Sialkot", "PK", 32.49, 74.53), ["India BSF", "civilians"])],
  [],
  "Sector named after a city: pinned at Sialkot; the two villages (~25 km, not in the gazetteer) lie within radius. The Rangers' response: same exchange.",
  ["stated_date", "sector_name"])

d = "2024-11-06"
N(25, d, """Ejército Nacional de Colombia: En zona rural de Silvia, Cauca, tropas de la Fuerza de Despliegue Rápido fueron atacadas el 4 de noviembre con drones con explosivos por integrantes de la estructura Dagoberto Ramos. Dos soldados resultaron heridos y fueron evacuados a Popayán. La tropa reaccionó y se presentaron combates.""",
  [E("incident", "drone attack, armed clash", "2024-11-04", Q("Silvia", "CO", 2.62, -76.38), ["FARC dissidents", "Colombia army"])],
  [Q("Popayan", "CO", 2.44, -76.61)],
  "Spanish text. Popayán: evacuation place (~32 km, inside radius).", ["spanish", "stated_date", "hospital_other_city"])

d = "2023-06-15"
N(26, d, """Secretaría de la Defensa Nacional — Comunicado: El 13 de junio, personal militar que realizaba reconocimientos terrestres en las inmediaciones de Nueva Italia, municipio de Múgica, Michoacán, fue agredido con disparos de arma de fuego por civiles armados, repeliendo la agresión. Como resultado, un agresor perdió la vida y se aseguraron dos vehículos, armamento y artefactos explosivos.""",
  [E("incident", "armed clash", "2023-06-13", Q("Nueva Italia", "MX", 19.03, -102.09, q="Nueva Italia de Ruiz"), ["Mexico army", "gunmen"])],
  [],
  "Spanish text, stated date.", ["spanish", "stated_date"])

d = "2022-05-05"
N(27, d, """Turkish Ministry of National Defence: Our heroic commandos continue Operation Claw-Lock with determination. In the Metina, Zap and Avaşin-Basyan regions, 7 PKK terrorists were neutralised in the last 24 hours, and many caves and shelters were destroyed. Operations will continue until the last terrorist is neutralised.""",
  [],
  [],
  "Regions only (no town named): no pins, no gold.", ["region_only", "no_scored_gold"])

d = "2020-10-20"
N(28, d, """Nigerian Air Force — Press release: The Air Component of Operation LAFIYA DOLE has destroyed ISWAP logistics facilities at Tumbun Fulani and Kwatar Daban Masara on the fringes of Lake Chad. The strikes, carried out on 18 October, followed credible intelligence that the terrorists had moved weapons and fuel into the settlements by boat.""",
  [E("incident", "air strike", "2020-10-18", M("Tumbun Fulani", 13.40, 13.45, "NG", "approximate, settlement on the Lake Chad shore; placement uncertain"), ["Nigeria air force", "ISWAP"]),
   E("incident", "air strike", "2020-10-18", M("Kwatar Daban Masara", 13.25, 13.55, "NG", "approximate, island settlement on Lake Chad; placement uncertain"), ["Nigeria air force", "ISWAP"])],
  [],
  "Stated date; two named settlements. Lake Chad: region.", ["stated_date", "multi_event"])

d = "2021-06-08"
N(29, d, """Israel Defense Forces: Overnight, IDF forces operated in the area of the Jinsafut junction following a shooting attack on a bus near Karnei Shomron, and arrested two suspects. Earlier in the night, an IDF aircraft struck a Hamas military compound in the southern Gaza Strip in response to incendiary balloons launched toward Israel.""",
  [E("incident", "arrest raid", I(d), Q("Jinsafut", "PS", 32.18, 35.13), ["Israel army"], optional=True)],
  [M("Karnei Shomron", 32.17, 35.10, "PS", "approximate, settlement west of Jinsafut")],
  "Overnight arrests only: optional (Jinsafut is also a coder_note gold name in this set). The shooting near Karnei Shomron: undated trigger (non-event, ~3 km, inside radius). The Gaza strike: region only ('southern Gaza Strip'), no pin.",
  ["overnight", "arrests_only", "region_only", "no_scored_gold"])

d = "2025-02-19"
N(30, d, """Ministry of Defence of Ukraine — Air Force Command: On the night of 18 February, the enemy attacked with 167 Shahed-type attack drones and decoy drones launched from the directions of Kursk, Oryol and Primorsko-Akhtarsk. 106 drones were shot down. As a result of the attack, a warehouse in Pechenihy community and a private house in Malynivka were damaged.""",
  [E("incident", "drone attack", ["2025-02-18", "2025-02-19"], Q("Pechenihy", "UA", 49.87, 36.94), ["Russia"]),
   E("incident", "drone attack", ["2025-02-18", "2025-02-19"], Q("Malynivka", "UA", 49.82, 36.73), ["Russia"])],
  [M("Primorsko-Akhtarsk", 46.05, 38.17, "RU", "approximate, town on the Sea of Azov, drone launch site")],
  "'Night of 18 February': 18..19. Launch origins: non-event (Kursk, Oryol: earlier names, not listed). Pechenihy (wire_016) and Malynivka (military_release_004) are repeated gold names within this set.",
  ["night_of", "launch_origin", "within_set_repeat"])
