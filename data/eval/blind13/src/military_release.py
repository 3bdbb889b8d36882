from lib import *
R = "military_release"
DOCS = []
add = DOCS.append
G = "Military press release written for blind13, composite or invented: one pin per named place; 'past day'/'overnight' → D-1..D, weekly → D-7..D; capture claims, arrests, interceptions and surrenders optional. "


def N(num, d, text, events, nonev, note, tags):
    add(D(R, num, d, text, events, nonev, G + note, ["military_release"] + tags))


def I(d):
    return [DAY(d, -1), d]


def WK(d):
    return [DAY(d, -7), d]


d = "2024-10-03"
N(1, d, """IDF: Over the past day, IAF aircraft struck approximately 30 Hezbollah targets in southern Lebanon, including rocket launchers in the area of Dibbine and a weapons storage facility in Burj al-Muluk. In addition, a Hezbollah observation post in Ibl al-Saqi was dismantled by troops of the 36th Division. Sirens sounded in the Galilee panhandle; no injuries were reported.""",
  [E("incident", "air strikes", I(d), M("Dibbine", 33.38, 35.56, "LB", "approximate, village north of Marjayoun"), ["Israel", "Hezbollah"]),
   E("incident", "air strike", I(d), M("Burj al-Muluk", 33.35, 35.58, "LB", "approximate, village south-east of Marjayoun"), ["Israel", "Hezbollah"]),
   E("incident", "ground operation", I(d), M("Ibl al-Saqi", 33.39, 35.63, "LB", "approximate, village north-east of Marjayoun"), ["Israel army", "Hezbollah"])],
  [], "Three named places: three pins. Sirens in a region (Galilee panhandle): no pin.", ["past_day", "list_of_places", "sirens", "region_only"])

d = "2024-02-06"
N(2, d, """IDF: Troops of the 98th Division continue to operate in the al-Zanna neighbourhood in eastern Khan Younis. Over the past day, the forces eliminated approximately 20 terrorists in close-quarters combat and located a weapons warehouse. An IAF aircraft struck a launcher that had fired at Nir Oz; the launcher was located near a school.""",
  [E("incident", "ground operation", I(d), M("al-Zanna", 31.35, 34.33, "PS", "approximate, neighbourhood in eastern Khan Younis"), ["Israel army", "Hamas"])],
  [Q("Nir Oz", "IL", 31.31, 34.40, q="Nir Oz")],
  "Khan Younis qualifies al-Zanna. The launcher strike has no place of its own (pinned with al-Zanna, not separately). Nir Oz: target of the earlier rocket fire, no date (~8 km).",
  ["past_day", "qualifier_place", "direction_place"])

d = "2023-11-20"
N(3, d, """IDF: Overnight, IDF, ISA and Border Police forces conducted counterterrorism activity in Wadi al-Far'a, north-east of Nablus. During the activity, the forces apprehended 6 wanted suspects and confiscated weapons. Armed gunmen hurled explosive devices at the forces, who responded with live fire. No IDF injuries were reported.""",
  [E("incident", "raid, exchange of fire", I(d), M("Wadi al-Far'a", 32.29, 35.34, "PS", "approximate, town north-east of Nablus"), ["Israel army", "gunmen"])],
  [Q("Nablus", "PS", 32.22, 35.26)],
  "The exchange of fire makes the raid scored (arrests alone would be optional). Nablus: reference (~10 km).",
  ["overnight", "arrests", "near_place"])

d = "2024-03-05"
N(4, d, """CENTCOM: On March 4, between 3:30 and 5:00 p.m. (Sanaa time), U.S. Central Command forces conducted self-defense strikes against two Iran-backed Houthi anti-ship missiles and an unmanned surface vessel that were prepared to launch, near al-Jabanah and Ras Kathib in Houthi-controlled Yemen. Separately, a coalition aircraft shot down a drone over the Red Sea.""",
  [E("incident", "air strikes", "2024-03-04", M("al-Jabanah", 14.86, 42.96, "YE", "approximate, coastal area north of Hodeidah city"), ["United States", "Houthis"]),
   E("incident", "air strikes", "2024-03-04", M("Ras Kathib", 14.92, 42.90, "YE", "approximate, headland north-west of Hodeidah"), ["United States", "Houthis"])],
  [], "Stated day. Two named sites (~9 km apart). The drone shot down over the Red Sea has no place.", ["stated_date", "multi_event", "interception"])

d = "2023-08-29"
N(5, d, """CJTF-OIR: On Aug. 27, Syrian Democratic Forces, supported by Coalition forces, conducted an operation in al-Asharah, Deir ez-Zor province, that resulted in the detention of an ISIS cell leader. Coalition forces also conducted an air strike near Abu Kamal against a vehicle carrying ISIS operatives; two were killed.""",
  [E("incident", "raid, detention", "2023-08-27", Q("al-Asharah", "SY", 34.92, 40.56, q="Al 'Asharah"), ["SDF", "Coalition", "ISIS"], optional=True),
   E("incident", "air strike", "2023-08-27", M("near Abu Kamal (east bank)", 34.47, 40.96, "SY", "approximate, east-bank area opposite Abu Kamal"), ["Coalition", "ISIS"])],
  [], "Detention only: optional. The strike 'near Abu Kamal' (the town's name is prior gold) is pinned at the east bank opposite the town, a judgement call (~5 km).",
  ["stated_date", "arrests", "near_place"])

d = "2022-06-14"
N(6, d, """Ministry of National Defence: 6 PKK/KCK terrorists who were identified in the Avashin region in northern Iraq were neutralised by our air-supported operations. Our heroic commandos continue Operation Claw-Lock with determination. Separately, 2 terrorists who fled the terrorist organisation surrendered to our security forces.""",
  [E("incident", "air strikes", I(d), M("Avashin", 37.25, 43.75, "IQ", "approximate, mountain area north of Amedi near the Turkish border"), ["Türkiye", "PKK"])],
  [], "No time: D-1..D as for a past-day release. The surrender has no place: no pin.", ["past_day", "surrender", "kurdistan"])

d = "2023-01-18"
N(7, d, f"""Iraqi Joint Operations Command: Iraqi F-16 aircraft carried out an air strike on {WD(d,-1)} on a hideout of Daesh terrorist remnants in the Wadi Zghaytun area of Kirkuk, killing 4 terrorists. The operation was carried out on the basis of accurate intelligence from the Counter-Terrorism Service. An earlier strike on the Hamrin mountains destroyed a tunnel.""",
  [E("incident", "air strike", DAY(d, -1), M("Wadi Zghaytun", 35.20, 43.95, "IQ", "approximate, valley south-west of Kirkuk near Dibis; placement uncertain"), ["Iraq air force", "ISIS"])],
  [M("Hamrin mountains", 34.55, 44.40, "IQ", "approximate, ridge between Diyala and Salahuddin")],
  "Tuesday. Hamrin: an earlier undated strike.", ["weekday_date", "back_reference"])

d = "2024-03-11"
N(8, d, """General Staff of the Armed Forces of Ukraine, 08:00 update: Over the past day, 74 combat engagements took place. In the Bakhmut direction, our defenders repelled 9 attacks near Predtechyne and Kurdiumivka. In the Kupiansk direction, the enemy conducted unsuccessful offensive actions near Kyslivka and Tabaivka. The enemy launched 2 missile strikes and 35 air strikes.""",
  [E("incident", "armed clashes", I(d), M("Predtechyne", 48.51, 37.86, "UA", "approximate, village south of Chasiv Yar"), ["Russia", "Ukraine army"]),
   E("incident", "armed clashes", I(d), Q("Kurdiumivka", "UA", 48.47, 37.96, q="Kurdyumivka"), ["Russia", "Ukraine army"]),
   E("incident", "armed clashes", I(d), M("Kyslivka", 49.66, 37.89, "UA", "approximate, village south-east of Kupiansk"), ["Russia", "Ukraine army"]),
   E("incident", "armed clashes", I(d), M("Tabaivka", 49.60, 37.97, "UA", "approximate, village south-east of Kyslivka"), ["Russia", "Ukraine army"])],
  [], "Four named villages. Directions (Bakhmut, Kupiansk) are not pins.", ["past_day", "list_of_places", "direction_name"])

d = "2024-05-19"
N(9, d, """Russian Ministry of Defence: During the night, attempts by the Kyiv regime to carry out terrorist attacks using aircraft-type drones against facilities on the territory of the Russian Federation were thwarted. Air defence systems on duty intercepted and destroyed 57 drones over the Krasnodar Territory and 41 over the Belgorod region. In Slavyansk-na-Kubani, falling debris caused a fire at the oil refinery, which was quickly extinguished.""",
  [E("incident", "drone attack, debris fire", I(d), Q("Slavyansk-na-Kubani", "RU", 45.26, 38.12), ["Ukraine", "Russia air defence"], optional=True)],
  [], "Interceptions over regions: no pins. Debris fire: optional. No scored gold.", ["overnight", "interception", "debris", "no_scored_gold"])

d = "2024-02-09"
N(10, d, """Security Service of Ukraine (SBU): Overnight, SBU long-range drones hit the Ilsky oil refinery in the Krasnodar region, which supplies fuel to the Russian army. As a result of the strikes, a fire broke out at the facility's main processing unit. Our special operations on the enemy's rear will continue.""",
  [E("incident", "drone strike", I(d), Q("Ilsky", "RU", 44.84, 38.57, q="Il'skiy"), ["Ukraine", "refinery"])],
  [], "A claimed strike pinned at the target. Future operations: not events.", ["overnight", "claim", "future_event"])

d = "2023-04-25"
N(11, d, """Defence Headquarters, Abuja: Troops of Operation Hadin Kai on 22 April 2023 repelled an attack by ISWAP terrorists on their base at Arege, neutralising 12 terrorists. On 23 April, the Air Component conducted interdiction strikes on terrorists' enclaves around Kaiga-Kindjiria on the Lake Chad shores. Troops also rescued 7 kidnapped women during clearance operations.""",
  [E("incident", "armed attack repelled", "2023-04-22", M("Arege", 13.42, 13.22, "NG", "approximate, town in Abadam LGA south of Malam Fatori; placement uncertain"), ["ISWAP", "Nigeria army"]),
   E("incident", "air strikes", "2023-04-23", M("Kaiga-Kindjiria", 13.60, 14.12, "TD", "approximate, lakeshore area on the Chadian side of Lake Chad; placement uncertain"), ["Nigeria air force", "ISWAP"])],
  [Q("Abuja", "NG", 9.06, 7.49)],
  "Stated days. The rescue has no place. Abuja: issuing office.",
  ["stated_date", "multi_event", "rescue", "statement_place"])

d = "2022-09-13"
N(12, d, """Somali National Army: Government forces, backed by local macawisley fighters, conducted an operation today in the Bariire area of Lower Shabelle and killed 15 al-Shabaab militants, including two commanders. The army took control of several villages. Separately, an international partner conducted an air strike near Haramka in Middle Juba, the ministry said, without giving details.""",
  [E("incident", "ground operation", d, M("Bariire", 2.20, 44.95, "SO", "approximate, area east of Afgooye in Lower Shabelle"), ["SNA", "macawisley", "al-Shabaab"]),
   E("incident", "air strike", I(d), M("Haramka", 0.55, 42.60, "SO", "approximate, village near Jilib in Middle Juba; placement uncertain"), ["international partner", "al-Shabaab"])],
  [], "'Today' for the operation; the undated strike D-1..D. Capture of unnamed villages: part of the operation.",
  ["today", "multi_event", "capture"])

d = "2024-09-30"
N(13, d, """Armed Forces of Burkina Faso: On 27 September, a major air-land operation was carried out in the Tin-Akoff sector, where a terrorist base was destroyed and dozens of terrorists neutralised. On 28 September, a patrol from the Falagountou detachment was targeted by an improvised explosive device. The wounded were evacuated to Dori.""",
  [E("incident", "air-land operation", "2024-09-27", Q("Tin-Akoff", "BF", 14.97, -0.16), ["Burkina Faso army", "jihadists"]),
   E("incident", "IED", "2024-09-28", M("Falagountou", 14.48, 0.32, "BF", "approximate, commune east of Dori"), ["jihadists", "Burkina Faso army"])],
  [Q("Dori", "BF", 14.03, -0.03)],
  "Stated days. Dori: evacuation destination (~60 km).", ["stated_date", "multi_event", "hospital_other_city"])

d = "2023-03-21"
N(14, d, """Niger Armed Forces, weekly operations bulletin (13–19 March): In the Tillabéri region, units of Operation Almahaou clashed with armed terrorist groups near Anzourou, killing 9 assailants; 2 soldiers were wounded. A terrorist logistics site was destroyed north of Bamba, on the Malian side of the border, during a joint patrol. 23 suspects were arrested in the Diffa region.""",
  [E("incident", "armed clashes", WK(d), M("Anzourou", 14.60, 1.10, "NE", "approximate, commune north of Tillabéri"), ["Niger army", "jihadists"]),
   E("incident", "raid, destruction of site", WK(d), M("Bamba", 17.03, -1.40, "ML", "approximate, town on the Niger between Bourem and Timbuktu; placement uncertain"), ["Niger army", "Mali army", "jihadists"])],
  [], "Weekly bulletin → D-7..D. Arrests in the Diffa region: no town, optional-type and not pinned.", ["weekly", "multi_event", "arrests"])

d = "2021-07-06"
N(15, d, """Ministry of Defence of Cameroon: In the night of 4 to 5 July 2021, Boko Haram terrorists attacked the village of Kerawa, in the Mayo-Sava department. The Rapid Intervention Battalion responded quickly and pushed back the assailants, neutralising 4 of them. A civilian was killed and two houses burnt. Calm has returned.""",
  [E("incident", "armed attack", ["2021-07-04", "2021-07-05"], M("Kerawa", 11.08, 14.05, "CM", "approximate, border village south-east of Kolofata"), ["Boko Haram", "BIR", "civilians"])],
  [], "Night of 4 to 5 July → range.", ["night_of", "admin_qualifier"])

d = "2024-06-10"
N(16, d, """ISPR: On the night of 9/10 June 2024, security forces conducted an intelligence-based operation in the Spinkai area of South Waziristan District on the reported presence of khwarij. During the operation, own troops effectively engaged the khwarij and 5 were sent to hell. Another operation was conducted in Zamuran, Kech District, where 2 terrorists were killed in an exchange of fire.""",
  [E("incident", "armed clash", ["2024-06-09", "2024-06-10"], M("Spinkai", 32.57, 69.98, "PK", "approximate, area in South Waziristan north of Wana"), ["Pakistan army", "TTP"]),
   E("incident", "armed clash", I(d), M("Zamuran", 26.10, 62.65, "PK", "approximate, area in Kech district north-west of Turbat"), ["Pakistan army", "Baloch militants"])],
  [], "Night of 9/10 June → range; the undated Zamuran operation D-1..D.", ["night_of", "multi_event", "district"])

d = "2022-10-15"
N(17, d, """Indian Army, Chinar Corps: In a joint operation with the J&K Police, an infiltration bid was foiled in the Machil sector of Kupwara district today. Two terrorists were eliminated and a cache of arms recovered. Search operations are under way. The sector had seen an infiltration attempt last month.""",
  [E("incident", "armed clash", d, M("Machil", 34.56, 74.19, "IN", "approximate, sector near the Line of Control north of Kupwara"), ["India army", "militants"])],
  [Q("Kupwara", "IN", 34.53, 74.25)],
  "Kupwara: district qualifier (~6 km, inside radius). Last month's attempt: undated.", ["today", "admin_qualifier", "back_reference"])

d = "2021-04-14"
N(18, d, """Armed Forces of the Philippines, Western Mindanao Command: Troops of the 64th Infantry Battalion figured in a firefight with members of the Abu Sayyaf Group in Barangay Baiwas, Ungkaya Pukan, Basilan, on April 12, 2021. One militant was killed. On April 13, two ASG members surrendered to the battalion in Tuburan town.""",
  [E("incident", "firefight", "2021-04-12", M("Ungkaya Pukan", 6.52, 122.05, "PH", "approximate, municipality in central Basilan"), ["Philippines army", "Abu Sayyaf"]),
   E("other", "surrender", "2021-04-13", M("Tuburan", 6.60, 122.22, "PH", "approximate, municipality in eastern Basilan"), ["Abu Sayyaf", "Philippines army"], optional=True)],
  [], "Barangay pinned at its municipality. Surrender: other, optional.", ["stated_date", "surrender", "light_verb"])

d = "2023-12-02"
N(19, d, """Tatmadaw True News Information Team: On 30 November, terrorist PDF groups attacked a security outpost near Kanpetlet in Chin State. Security forces repelled the attackers with the help of air support. Ten terrorists were killed. Security forces also conducted area clearance operations near Mindat.""",
  [E("incident", "armed attack", "2023-11-30", M("Kanpetlet", 21.19, 94.06, "MM", "approximate, township town south of Mindat"), ["PDF", "Myanmar military"])],
  [M("Mindat", 21.37, 93.97, "MM", "approximate, township town in southern Chin")],
  "Clearance operations near Mindat without a date and without reported fighting: not gold (a judgement call; Mindat is a prior gold name, listed as non-event).",
  ["stated_date", "junta_source"])

d = "2020-06-23"
N(20, d, """Internal Security Operations Command Region 4: On 21 June, a bomb exploded beside a road in Bacho district, Narathiwat province, while a ranger patrol was passing. Two rangers were injured and taken to Narathiwat hospital. Officials believe insurgents detonated the bomb remotely.""",
  [E("incident", "IED", "2020-06-21", Q("Bacho", "TH", 6.52, 101.65), ["insurgents", "Thai rangers"])],
  [Q("Narathiwat", "TH", 6.43, 101.82)],
  "District pinned at its seat. Narathiwat: hospital (~21 km, inside radius).", ["stated_date", "district", "hospital", "passive"])

d = "2024-04-16"
N(21, d, """Ejército Nacional de Colombia: En desarrollo de operaciones militares en zona rural de Tierralta, Córdoba, tropas de la Fuerza de Tarea Conjunta sostuvieron un combate el 14 de abril con integrantes del Clan del Golfo, en el que murió un cabecilla. El 15 de abril, en Puerto Libertador, fue neutralizado un artefacto explosivo improvisado sin que se registraran víctimas.""",
  [E("incident", "armed clash", "2024-04-14", Q("Tierralta", "CO", 8.17, -76.06), ["Colombia army", "Clan del Golfo"]),
   E("incident", "IED defused", "2024-04-15", Q("Puerto Libertador", "CO", 7.89, -75.67), ["Colombia army"], optional=True)],
  [], "In Spanish. A defused device with no victims: optional.", ["spanish", "stated_date", "defused_device"])

d = "2023-02-14"
N(22, d, """Secretaría de la Defensa Nacional: El 12 de febrero, personal militar fue agredido con disparos de arma de fuego por civiles armados en el municipio de Coahuayana, Michoacán. El personal repelió la agresión; tres agresores perdieron la vida y se aseguraron cuatro armas largas. Un elemento militar resultó herido y fue trasladado a un hospital en Colima.""",
  [E("incident", "armed clash", "2023-02-12", Q("Coahuayana", "MX", 18.70, -103.66, q="Coahuayana de Hidalgo"), ["Mexico army", "cartel gunmen"])],
  [Q("Colima", "MX", 19.24, -103.73)],
  "In Spanish; municipality pinned at its seat. Colima: hospital.", ["spanish", "stated_date", "hospital_other_city", "passive"])

d = "2023-08-22"
N(23, d, """Ethiopian National Defense Force: Over the past week, the army carried out law-enforcement operations against extremist forces in the North Gondar zone. In Dabat, the forces dispersed an armed group that had blocked the road and killed several of its members. The army calls on residents to return to their normal life; the state of emergency remains in force.""",
  [E("incident", "ground operation", WK(d), Q("Dabat", "ET", 12.98, 37.77), ["Ethiopia army", "Fano"])],
  [], "Weekly → D-7..D. North Gondar zone: qualifier.", ["weekly", "admin_qualifier"])

d = "2024-07-26"
N(24, d, """Ukrainian Air Force: On the night of 26 July, the enemy attacked with 25 Shahed drones and 4 missiles. Air defence destroyed 20 drones over the Kyiv, Sumy, Poltava and Mykolaiv regions. A missile hit an industrial facility in Horishni Plavni. The results of the remaining attacks are being clarified.""",
  [E("incident", "missile strike", d, Q("Horishni Plavni", "UA", 49.01, 33.63), ["Russia", "industrial facility"])],
  [], "'On the night of 26 July' → D. Interceptions over regions: no pins. ",
  ["night_of", "interception", "region_only"])

d = "2022-12-08"
N(25, d, """Russian Ministry of Defence: In the Kupiansk direction, pre-emptive fire damage on the enemy prevented the rotation of Ukrainian units near Kotlyarivka. In the Krasny Liman direction, an attempt by enemy sabotage groups to attack near Ploshchanka was stopped by artillery fire. Up to 40 Ukrainian servicemen were eliminated over the day.""",
  [E("incident", "artillery strikes", I(d), M("Kotlyarivka", 49.58, 37.80, "UA", "approximate, village south of Kupiansk; placement uncertain"), ["Russia", "Ukraine army"]),
   E("incident", "armed clash", I(d), M("Ploshchanka", 49.15, 38.30, "UA", "approximate, village in Luhansk oblast west of Kreminna"), ["Russia", "Ukraine army"])],
  [], "Russian names used for directions; two named villages.", ["past_day", "multi_event", "direction_name"])

d = "2024-11-20"
N(26, d, """IDF: Following a sniper attack on troops near the Kissufim crossing earlier today, IAF aircraft struck the terrorist cell in the area of Abasan al-Jadida, east of Khan Younis. Additionally, over the past day, troops in the Jabalia area located tunnel shafts and eliminated terrorists. The IDF will continue to operate against the Hamas terrorist organisation.""",
  [E("incident", "air strike", d, M("Abasan al-Jadida", 31.32, 34.35, "PS", "approximate, village east of Khan Younis"), ["Israel", "Hamas"]),
   E("incident", "sniper attack", d, M("Kissufim crossing", 31.38, 34.38, "IL", "approximate, crossing east of Deir al-Balah"), ["Hamas", "Israel army"])],
  [M("Jabalia", 31.53, 34.48, "PS", "approximate, northern Gaza town")],
  "Two events 'today' (~7 km apart). Jabalia area operations: region-level area (a prior gold name), listed as non-event (a judgement call). Future operations: not events.",
  ["today", "multi_event", "region_only"])

d = "2019-09-17"
N(27, d, f"""Saudi-led Coalition spokesman: The Joint Forces Command of the Coalition intercepted and destroyed a drone launched by the Iran-backed Houthi militia towards the Kingdom from Amran governorate today. The Coalition also conducted strikes on Houthi military targets in Hajjah, destroying a drone workshop in Mustaba district. Abqaiq and Khurais were attacked on {WD(d,-3)}; the investigation continues.""",
  [E("incident", "air strike", I(d), M("Mustaba", 16.23, 43.25, "YE", "approximate, district in northern Hajjah"), ["Saudi-led coalition", "Houthis"])],
  [Q("Abqaiq", "SA", 25.94, 49.67, q="Buqayq"), M("Khurais", 25.07, 48.13, "SA", "approximate, oil field")],
  "The Saturday attack on Abqaiq and Khurais is background here (a judgement call; far from the Yemeni pins). The interception has no place (Amran: launch origin, governorate only; not listed). The strike in Mustaba district: D-1..D.",
  ["today", "interception", "district", "back_reference"])

d = "2025-02-04"
N(28, d, """Armed Forces of the Democratic Republic of the Congo, Sukola 1 operations: On 2 February, FARDC units repelled an incursion of M23/AFC rebels towards Ihusi, on the Bukavu–Goma axis, inflicting heavy losses. The same day, a FARDC position at Katana came under artillery fire. The army calls on the population of Bukavu to remain calm.""",
  [E("incident", "armed clashes", "2025-02-02", M("Ihusi", -1.93, 28.96, "CD", "approximate, locality on the Lake Kivu road in Kalehe territory; placement uncertain"), ["FARDC", "M23"]),
   E("incident", "shelling", "2025-02-02", M("Katana", -2.23, 28.83, "CD", "approximate, locality in Kabare territory north of Bukavu"), ["M23", "FARDC"])],
  [Q("Bukavu", "CD", -2.49, 28.86)],
  "Two named places (~35 km apart). Bukavu: reference and addressee. The axis is named for Bukavu and Goma (not pins).",
  ["stated_date", "multi_event", "road_endpoints"])

d = "2022-05-02"
N(29, d, f"""Sudan Armed Forces spokesman: Our forces in the Blue Nile sector repelled on {WD(d,-2)} an attack by an outlaw group on the Ulu area, south of Ad-Damazin, killing 11 of the attackers. Our forces also arrested a number of suspects in Geissan. The situation is stable, and citizens are asked not to listen to rumours.""",
  [E("incident", "armed attack repelled", DAY(d, -2), M("Ulu", 10.70, 34.02, "SD", "approximate, area in Blue Nile south of Ad-Damazin; placement uncertain"), ["Sudan army", "armed group"]),
   E("incident", "arrests", I(d), M("Geissan", 10.76, 34.88, "SD", "approximate, town near the Ethiopian border"), ["Sudan army"], optional=True)],
  [],
  "'On Saturday' in the release (record date Monday) → Saturday. Arrests: optional.",
  ["weekday_date", "arrests"])

d = "2024-08-14"
N(30, d, """Royal Jordanian Armed Forces: Border guard forces of the Eastern Military Region, in coordination with the Anti-Narcotics Department, today foiled an attempt to smuggle large quantities of narcotics from Syrian territory near Hadalat. The smugglers opened fire and were engaged; one smuggler was killed and the rest retreated into Syrian territory. Weapons and 3 million Captagon pills were seized.""",
  [E("incident", "armed clash", d, M("Hadalat", 32.30, 37.50, "JO", "approximate, border area in the north-eastern desert"), ["Jordan army", "smugglers"])],
  [], "Composite. The smugglers' origin (Syria): country only.", ["today", "border", "origin_place"])
