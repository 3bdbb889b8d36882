from lib import *
R = "military_release"
DOCS = []
add = DOCS.append
G = "Military press release, composite or invented: one pin per named place; 'past day'/'overnight' → D-1..D, weekly → D-7..D; capture claims, arrests, interceptions and surrenders optional. "


def N(num, d, text, events, nonev, note, tags):
    add(D(R, num, d, text, events, nonev, G + note, ["military_release"] + tags))


def I(d):
    return [DAY(d, -1), d]


def WK(d):
    return [DAY(d, -7), d]


# 1 IDF south Lebanon list
d = "2024-10-16"
N(1, d, """IDF: Over the past day, IAF fighter jets struck approximately 45 Hezbollah terrorist targets in southern Lebanon, including weapons storage facilities, launchers and command centers in the areas of Markaba, Meiss al-Jabal and Tayr Harfa. In addition, IDF troops operating in southern Lebanon located a tunnel shaft and eliminated terrorists in close-quarters encounters.""",
  [E("incident", "air strikes", I(d), M("Markaba", 33.22, 35.52, "LB", "approximate, village in Marjayoun district"), ["Israel", "Hezbollah"]),
   E("incident", "air strikes", I(d), M("Meiss al-Jabal", 33.17, 35.52, "LB", "approximate, border village in Marjayoun district"), ["Israel", "Hezbollah"]),
   E("incident", "air strikes", I(d), M("Tayr Harfa", 33.12, 35.24, "LB", "approximate, village in Tyre district near Naqoura"), ["Israel", "Hezbollah"])],
  [],
  "Three named areas: three pins. Ground encounters without a place: no pin.",
  ["list_of_places", "past_day", "light_verb"])

# 2 IDF Hermel/Qasr
d = "2024-11-02"
N(2, d, """IDF: Overnight, IAF aircraft struck infrastructure sites used by Hezbollah to smuggle weapons from Syria into Lebanon, in the area of Qasr in northeastern Lebanon, and near the Jousieh crossing on the Syrian side of the border. The strikes were carried out following intelligence indicating the transfer of weapons through the crossings.""",
  [E("incident", "air strike", I(d), M("Qasr", 34.47, 36.45, "LB", "approximate, border village north-east of Hermel"), ["Israel", "Hezbollah"]),
   E("incident", "air strike", I(d), M("Jousieh crossing", 34.46, 36.53, "SY", "approximate, crossing on the Syrian side opposite Qasr"), ["Israel", "Hezbollah"])],
  [],
  "Two pins ~7 km apart (one in each country). Syria: origin of weapons, country only.",
  ["overnight", "border", "multi_event"])

# 3 IDF Khan Younis
d = "2024-01-18"
N(3, d, """IDF: Troops of the 98th Division continued to operate in western Khan Younis over the past day. In Hamad City, soldiers located weapons and eliminated several terrorists who approached them. In the Al-Shuka area east of Rafah, an IAF aircraft struck a launch post from which rockets were fired toward Israeli territory.""",
  [E("incident", "ground operation", I(d), M("Hamad City", 31.37, 34.28, "PS", "approximate, housing project in western Khan Younis"), ["Israel army", "Hamas"]),
   E("incident", "air strike", I(d), M("Al-Shuka", 31.28, 34.30, "PS", "approximate, area east of Rafah"), ["Israel", "Hamas"])],
  [Q("Khan Younis", "PS", 31.34, 34.31)],
  "Khan Younis qualifies Hamad City (~3 km); listed, but inside the radius. Rocket fire toward Israel: direction only.",
  ["past_day", "qualifier_place", "direction_place"])

# 4 IDF West Bank
d = "2023-07-25"
N(4, d, """IDF: During counterterrorism activity overnight in the village of Zababdeh, IDF, ISA and Border Police forces apprehended two wanted suspects. In Yamoun, armed gunmen opened fire at the forces, who responded with live fire; hits were identified. Additional activity took place in the Jenin area.""",
  [E("incident", "arrests", I(d), Q("Zababdeh", "PS", 32.39, 35.32, q="Az Zababidah"), ["Israel army"], optional=True),
   E("incident", "exchange of fire", I(d), Q("Yamoun", "PS", 32.49, 35.23, q="Al Yamun"), ["Israel army", "gunmen"])],
  [],
  "Arrests optional; the exchange of fire in Yamoun scored. 'the Jenin area': region (~6 km from Yamoun, not listed).",
  ["arrests", "overnight", "region_only"])

# 5 CENTCOM Hodeidah coast
d = "2024-02-25"
N(5, d, f"""CENTCOM: On Feb. 24, at approximately 8:30 p.m. (Sanaa time), U.S. Central Command forces conducted self-defense strikes against two Houthi unmanned surface vessels and a mobile anti-ship cruise missile launcher near Bayt al-Faqih and Al-Jarrahi in Houthi-controlled Yemen. The missiles were prepared to launch against ships in the Red Sea.""",
  [E("incident", "air strikes", "2024-02-24", Q("Bayt al-Faqih", "YE", 14.52, 43.32, q="Bayt al Faqih"), ["United States", "Houthis"]),
   E("incident", "air strikes", "2024-02-24", Q("Al-Jarrahi", "YE", 14.13, 43.39, q="Al Jarrahi"), ["United States", "Houthis"])],
  [],
  "A stated date (Feb. 24). Sanaa: time zone only (not listed). Red Sea: region.",
  ["stated_date", "multi_event", "time_zone_place"])

# 6 CENTCOM Syria
d = "2023-11-09"
N(6, d, """CENTCOM: U.S. military forces conducted a precision strike on a weapons storage facility in eastern Syria used by Iran's Islamic Revolutionary Guard Corps and affiliated groups, near Al-Quriyah, on Nov. 8. The strike was in response to a series of attacks against U.S. personnel at Al-Tanf and Mission Support Site Euphrates.""",
  [E("incident", "air strike", "2023-11-08", M("Al-Quriyah", 35.02, 40.36, "SY", "approximate, town on the Euphrates south-west of Mayadin; placement uncertain"), ["United States", "IRGC"])],
  [M("Al-Tanf", 33.50, 38.62, "SY", "approximate, garrison near the Iraqi-Jordanian border"), M("Mission Support Site Euphrates", 35.06, 40.64, "SY", "approximate, site at the Omar field east of the Euphrates")],
  "Stated date. Al-Tanf and MSS Euphrates: earlier attacks without a date (the cause): non-events. MSS Euphrates is ~26 km away (inside the radius).",
  ["stated_date", "back_reference", "facility"])

# 7 Iraq Security Media Cell
d = "2021-03-22"
N(7, d, """Security Media Cell: Iraqi F-16 aircraft, based on accurate intelligence, carried out three air strikes yesterday on Daesh hideouts in the Makhoul mountains and Wadi Zghaytoun, killing a number of terrorists and destroying caves and supply dumps. Units of the Joint Operations Command are combing the area.""",
  [E("incident", "air strikes", DAY(d, -1), M("Makhoul mountains", 35.02, 43.48, "IQ", "approximate, range north of Baiji"), ["Iraq air force", "ISIS"]),
   E("incident", "air strikes", DAY(d, -1), M("Wadi Zghaytoun", 35.18, 43.83, "IQ", "approximate, valley south-west of Kirkuk; placement uncertain"), ["Iraq air force", "ISIS"])],
  [],
  "'yesterday' = D-1. Two named sites ~33 km apart: two pins.",
  ["yesterday", "light_verb", "multi_event"])

# 8 JOC arrests + IED
d = "2022-05-16"
N(8, d, """Joint Operations Command: Over the past 24 hours, security forces arrested four wanted persons under Article 4 (terrorism) in Abu Ghraib and Mishahda. In Diyala, an explosive device went off against a patrol of the 5th Division near Khalis, wounding two soldiers. Search operations continue in the orchards of the area.""",
  [E("incident", "arrests", I(d), Q("Abu Ghraib", "IQ", 33.31, 44.19, q="Abu Ghurayb"), ["Iraq security forces"], optional=True),
   E("incident", "arrests", I(d), M("Mishahda", 33.62, 44.26, "IQ", "approximate, town north of Baghdad near Tarmiyah"), ["Iraq security forces"], optional=True),
   E("incident", "IED", I(d), Q("Khalis", "IQ", 33.81, 44.53, q="Khalis"), ["unknown", "Iraq army"])],
  [],
  "Arrests optional; the Khalis IED scored. Diyala: province qualifier.",
  ["arrests", "past_day", "admin_qualifier"])

# 9 Turkish MoD northern Iraq
d = "2022-06-09"
N(9, d, """Ministry of National Defence: Within the scope of the Claw-Lock operation, 7 PKK terrorists who were determined to be preparing an attack on our bases were neutralised by air-supported operations in the Choman and Balakayati regions of northern Iraq. Our operations continue with determination.""",
  [E("incident", "air-supported operation", I(d), Q("Choman", "IQ", 36.64, 44.89), ["Türkiye", "PKK"]),
   E("incident", "air-supported operation", I(d), M("Balakayati", 36.77, 44.88, "IQ", "approximate, valley north of Choman; placement uncertain"), ["Türkiye", "PKK"])],
  [],
  "No time: treated as past day (D-1..D). Two named regions pinned at Choman and at the Balakayati valley (~15 km apart).",
  ["past_day", "kurdistan", "region_as_pin"])

# 10 Turkish MoD Syria
d = "2022-11-23"
N(10, d, """Ministry of National Defence: 12 PKK/YPG terrorists who opened harassing fire on our bases from the Tel Rifaat region were neutralised by our units. Targets were struck with precision fire support. The ministry said a soldier was lightly wounded in the harassing fire at our base near Marea.""",
  [E("incident", "artillery fire", I(d), Q("Tel Rifaat", "SY", 36.47, 37.10, q="Tall Rif'at"), ["Türkiye", "YPG"])],
  [M("Marea", 36.48, 37.20, "SY", "approximate, town north of Aleppo")],
  "No time: past day. The YPG fire on the base near Marea is the cause; Marea (prior gold name) listed as a non-event place (~9 km, inside the radius).",
  ["past_day", "back_reference"])

# 11 Saudi-led coalition
d = "2021-11-30"
N(11, d, """Coalition to Support Legitimacy in Yemen: The coalition carried out 14 targeting operations against the Houthi militia in Marib and Al-Bayda over the past 24 hours, destroying 9 military vehicles. The coalition also destroyed a drone workshop and a launch site in the Sahar district of Saada.""",
  [E("incident", "air strike", I(d), M("Sahar", 16.95, 43.75, "YE", "approximate, district around Saada city"), ["Saudi-led coalition", "Houthis"])],
  [],
  "Marib and Al-Bayda: governorates only (no pins). The Sahar district in Saada pinned manually: the gazetteer's Sahar near Sanaa is a homonym, rejected by position.",
  ["past_day", "region_only", "homonym"])

# 12 Houthi spokesman ship
d = "2024-06-20"
MK = Q("Mokha", "YE", 13.32, 43.25, q="Mocha")
N(12, d, """Yemeni Armed Forces spokesman: The naval forces carried out a qualitative military operation yesterday targeting the ship VERBENA in the Red Sea, about 40 nautical miles west of Mokha, with a number of naval drones and missiles. The hit was accurate and direct. Operations will continue until the aggression against Gaza stops.""",
  [E("incident", "attack on ship", DAY(d, -1), OFF("40 nm west of Mokha", MK, 74.1, 270), ["Houthis", "merchant ship"], alts=[MK])],
  [],
  "Composite. 'yesterday' = D-1. Offset computed (40 nm = 74.1 km west), Mokha as alternate. Gaza: topic.",
  ["yesterday", "offset", "claimed_attack", "sea"])

# 13 IRGC ground forces
d = "2022-09-29"
N(13, d, """IRGC Ground Force: In a new stage of operations, the headquarters of separatist terrorist groups in the north of Iraq's Kurdistan region were targeted yesterday with precision missiles and suicide drones. The operation will continue until the threat is removed. Our forces in Mahabad and Oshnavieh are on alert.""",
  [],
  [Q("Mahabad", "IR", 36.76, 45.72), Q("Oshnavieh", "IR", 37.04, 45.10)],
  "No place for the targets beyond a region ('the north of Iraq's Kurdistan region'): no gold. Mahabad, Oshnavieh: deployment places.",
  ["region_only", "no_scored_gold", "deployment_place"])

# 14 SDF
d = "2023-06-05"
N(14, d, """SDF Media Centre: In a joint operation with the International Coalition, our forces raided a hideout of an ISIS cell in Jadid Bakara, eastern Deir ez-Zor countryside, yesterday, and arrested two members of the cell. During a separate clash in Al-Kasra, one of our fighters was martyred and two ISIS members were killed.""",
  [E("incident", "raid, arrests", DAY(d, -1), M("Jadid Bakara", 35.23, 40.30, "SY", "approximate, village on the east bank south-east of Deir ez-Zor; placement uncertain"), ["SDF", "ISIS"], optional=True),
   E("incident", "armed clash", I(d), M("Al-Kasra", 35.52, 39.97, "SY", "approximate, town on the north bank west of Deir ez-Zor"), ["SDF", "ISIS"])],
  [],
  "Raid with arrests: optional. The separate clash has no time: D-1..D.",
  ["arrests", "yesterday", "multi_event"])

# 15 IDF Quneitra
d = "2023-04-03"
N(15, d, """IDF: Earlier tonight, IDF aircraft struck Syrian army targets in the Hadar and Jubata al-Khashab areas in southern Syria, in response to the rocket launches from Syria toward Israeli territory earlier this evening. The IDF holds the Syrian regime responsible for all activity in its territory.""",
  [E("incident", "air strikes", d, M("Hadar", 33.28, 35.86, "SY", "approximate, Druze village on the slopes of Mount Hermon"), ["Israel", "Syrian army"]),
   E("incident", "air strikes", d, M("Jubata al-Khashab", 33.23, 35.82, "SY", "approximate, village north of Quneitra"), ["Israel", "Syrian army"])],
  [],
  "'tonight' = D. The rocket launches 'earlier this evening' from Syria: no place given (cause).",
  ["tonight", "back_reference", "multi_event"])

# 16 Russian MoD
d = "2024-02-27"
N(16, d, """Russian Defence Ministry: Units of the Centre battlegroup liberated the settlement of Lastochkyne and improved their tactical position. During the day, the AFU lost up to 330 servicemen near Novobakhmutivka and Berdychi. Operational-tactical aviation, drones and artillery hit manpower and hardware clusters near Orlivka and Tonenke.""",
  [E("incident", "capture claim", I(d), M("Lastochkyne", 48.18, 37.62, "UA", "approximate, village north-west of Avdiivka"), ["Russia", "Ukraine"], optional=True),
   E("incident", "fighting", I(d), M("Novobakhmutivka", 48.23, 37.66, "UA", "approximate, village north of Avdiivka"), ["Russia", "Ukraine"]),
   E("incident", "fighting", I(d), M("Berdychi", 48.20, 37.59, "UA", "approximate, village north-west of Avdiivka"), ["Russia", "Ukraine"]),
   E("incident", "strikes", I(d), M("Orlivka", 48.17, 37.56, "UA", "approximate, village west of Avdiivka"), ["Russia", "Ukraine"]),
   E("incident", "strikes", I(d), M("Tonenke", 48.12, 37.57, "UA", "approximate, village west of Avdiivka; placement uncertain"), ["Russia", "Ukraine"])],
  [],
  "'During the day': D-1..D. The capture claim is optional. Five villages within a few km of each other: five pins.",
  ["capture_claim", "list_of_places", "past_day"])

# 17 Ukrainian General Staff
d = "2024-05-18"
N(17, d, """General Staff of the Armed Forces of Ukraine: Over the past day, 151 combat engagements took place. In the Kharkiv direction, the enemy carried out 8 attacks near Hlyboke, Starytsia and Neskuchne; 3 clashes are ongoing. The enemy launched air strikes on Vovchanski Khutory and Bilyi Kolodiaz. Our aviation struck 4 areas of concentration of enemy personnel.""",
  [E("incident", "ground attacks", I(d), M("Hlyboke", 50.21, 36.37, "UA", "approximate, border village north of Kharkiv"), ["Russia", "Ukraine"]),
   E("incident", "ground attacks", I(d), M("Starytsia", 50.19, 36.84, "UA", "approximate, village west of Vovchansk"), ["Russia", "Ukraine"]),
   E("incident", "ground attacks", I(d), M("Neskuchne", 50.22, 36.88, "UA", "approximate, village west of Vovchansk; placement uncertain"), ["Russia", "Ukraine"]),
   E("incident", "air strikes", I(d), M("Vovchanski Khutory", 50.33, 36.98, "UA", "approximate, village north-east of Vovchansk"), ["Russia"]),
   E("incident", "air strikes", I(d), M("Bilyi Kolodiaz", 50.21, 36.99, "UA", "approximate, village south-east of Vovchansk"), ["Russia"])],
  [],
  "Past day. Aviation strikes on 4 unnamed areas: no pins. Gazetteer Hlyboke entries are homonyms elsewhere; manual point.",
  ["list_of_places", "past_day", "homonym"])

# 18 Ukrainian Air Force
d = "2023-10-06"
N(18, d, """Air Force of the Armed Forces of Ukraine: On the night of October 6, the enemy attacked with 33 Shahed-136/131 attack drones launched from the Kursk region and Cape Chauda in Crimea. 29 drones were destroyed within the Mykolaiv, Kirovohrad and Vinnytsia regions. In Pervomaisk, debris of a downed drone damaged an industrial building.""",
  [E("incident", "drone debris", I(d), Q("Pervomaisk", "UA", 48.05, 30.85, q="Pervomaysk"), ["Russia", "Ukraine air defence"], optional=True)],
  [Q("Kursk", "RU", 51.73, 36.19), M("Cape Chauda", 45.00, 35.85, "UA", "approximate, cape on the Kerch peninsula")],
  "'the night of October 6' → D-1..D (night ending on the 6th). Interceptions: regions only. Debris damage: optional. Kursk and Cape Chauda: launch origins.",
  ["night_of", "interception", "debris", "origin_place", "no_scored_gold"])

# 19 Nigerian DHQ weekly
d = "2022-09-01"
N(19, d, """Defence Headquarters: In the past one week, troops of Operation Hadin Kai neutralised 24 terrorists, arrested 19 and rescued 37 kidnapped hostages. Troops repelled an attack on their location at Kareto, and cleared terrorist enclaves around Baga. In the North West, troops of Operation Hadarin Daji neutralised 9 bandits in an encounter at Birnin Magaji, Zamfara State.""",
  [E("incident", "attack repelled", WK(d), M("Kareto", 12.85, 13.22, "NG", "approximate, village north of Monguno; placement uncertain"), ["ISWAP", "Nigeria army"]),
   E("incident", "clearance operation", WK(d), M("Baga", 13.11, 13.83, "NG", "approximate, fishing town on Lake Chad"), ["Nigeria army", "ISWAP"]),
   E("incident", "armed clash", WK(d), Q("Birnin Magaji", "NG", 12.56, 6.90, q="Birnin Magaji"), ["Nigeria army", "bandits"])],
  [],
  "Weekly → D-7..D.",
  ["weekly", "list_of_places"])

# 20 Niger army (French)
d = "2023-03-14"
N(20, d, f"""Communiqué des Forces Armées Nigériennes : Le {WDF(d,-2)} 12 mars 2023, une unité de l'opération Almahaou a été prise à partie par des terroristes lourdement armés près de Tabatol, dans le département de Banibangou. La riposte vigoureuse de nos forces a permis de neutraliser une dizaine d'assaillants. De notre côté, on déplore deux blessés, évacués sur Ouallam.""",
  [E("incident", "ambush", "2023-03-12", M("Tabatol", 14.87, 1.08, "NE", "approximate, village north-west of Ouallam; placement uncertain"), ["Niger army", "ISGS"])],
  [Q("Ouallam", "NE", 14.32, 2.09)],
  "In French. The stated day (dimanche 12 mars). Banibangou: department qualifier. Ouallam: evacuation place.",
  ["non_english", "stated_date", "hospital", "admin_qualifier"])

# 21 ISPR
d = "2024-08-12"
N(21, d, """ISPR: On 11 August 2024, security forces conducted an intelligence based operation in Hassan Khel, Peshawar District, on the reported presence of khwarij. During the conduct of the operation, own troops effectively engaged the khwarij location and, after an intense exchange of fire, 3 khwarij were sent to hell. In another engagement in Boya, North Waziristan District, 2 khwarij were killed.""",
  [E("incident", "intelligence based operation", "2024-08-11", M("Hassan Khel", 33.80, 71.70, "PK", "approximate, tehsil south of Peshawar toward Darra Adam Khel"), ["Pakistan army", "TTP"]),
   E("incident", "armed clash", I(d), M("Boya", 33.05, 70.25, "PK", "approximate, village between Mir Ali and Miranshah; placement uncertain"), ["Pakistan army", "TTP"])],
  [],
  "Stated date for Hassan Khel; the Boya engagement has no date: D-1..D.",
  ["stated_date", "light_verb", "multi_event"])

# 22 Tatmadaw True News
d = "2022-01-11"
N(22, d, """True News Information Team: On 9 January, about 40 PDF terrorists attacked a security column near Kyunhla, Sagaing Region, with mines and small arms. The security forces responded and the terrorists fled, leaving behind weapons and 5 bodies. The security forces also seized explosives in a village in Kanbalu township.""",
  [E("incident", "ambush", "2022-01-09", M("Kyunhla", 23.35, 95.31, "MM", "approximate, township seat north-west of Kanbalu"), ["PDF", "Myanmar military"])],
  [],
  "Stated date. The seizure in an unnamed village in Kanbalu township has no date: not pinned (Kanbalu is a prior gold name).",
  ["stated_date"])

# 23 KDF
d = "2020-01-08"
N(23, d, f"""Kenya Defence Forces: In a swift response, KDF officers repulsed an attack by al-Shabaab militants on a security camp near Kiunga in Lamu East on {WD(d,-1)}, killing four militants. The KDF said a manhunt in the area of Basuba forest was ongoing. The attack followed the assault on Camp Simba at Manda Bay on {WD(d,-3)}.""",
  [E("incident", "attack repulsed", DAY(d, -1), M("Kiunga", -1.75, 41.48, "KE", "approximate, coastal village near the Somali border"), ["al-Shabaab", "KDF"]),
   E("incident", "armed attack", DAY(d, -3), M("Camp Simba", -2.26, 40.91, "KE", "approximate, base at Manda Bay near Lamu"), ["al-Shabaab", "US and Kenyan forces"], optional=True)],
  [M("Basuba forest", -1.80, 41.30, "KE", "approximate, forest west of Kiunga")],
  "Tuesday = D-1. The Manda Bay attack on Sunday: dated separate background event, optional. Basuba forest: manhunt area without an event (prior gold name Basuba, non-event only).",
  ["weekday_date", "background_event", "direction_place"])

# 24 Somali army
d = "2023-08-24"
N(24, d, """Somali National Army: The army, in cooperation with local forces, liberated the town of El Dher in Galgaduud region this morning after fierce fighting with Khawarij militants. The army also carried out an air strike on a Khawarij gathering near Masagawa yesterday, killing 12 militants.""",
  [E("incident", "capture claim", d, M("El Dher", 3.85, 47.18, "SO", "approximate, coastal district town in Galgaduud"), ["Somali army", "al-Shabaab"], optional=True),
   E("incident", "armed clashes", d, M("El Dher", 3.85, 47.18, "SO", "approximate, coastal district town in Galgaduud"), ["Somali army", "al-Shabaab"]),
   E("incident", "air strike", DAY(d, -1), M("Masagawa", 4.05, 46.62, "SO", "approximate, town in Galgaduud west of El Dher; placement uncertain"), ["Somali army", "al-Shabaab"])],
  [],
  "'this morning' = D. The capture claim is optional; the 'fierce fighting' at the same town is scored.",
  ["capture_claim", "yesterday", "multi_event"])

# 25 AFRICOM
d = "2023-02-27"
KSM = Q("Kismayo", "SO", -0.36, 42.55)
N(25, d, """U.S. Africa Command: At the request of the Federal Government of Somalia, U.S. Africa Command conducted a collective self-defense airstrike against al-Shabaab fighters in a remote area approximately 40 km northeast of Kismayo, Somalia, on Feb. 25. The command's initial assessment is that the airstrike killed 3 al-Shabaab fighters and that no civilians were injured or killed.""",
  [E("incident", "air strike", "2023-02-25", OFF("40 km northeast of Kismayo", KSM, 40, 45), ["United States", "al-Shabaab"], alts=[KSM])],
  [],
  "Offset computed, Kismayo as alternate (40 km, inside the radius anyway).",
  ["stated_date", "offset"])

# 26 AFP WestMinCom
d = "2021-06-07"
N(26, d, """Western Mindanao Command: Troops of the 11th Infantry Division encountered around 15 Abu Sayyaf Group members in Barangay Bud Taran, Talipao, Sulu on June 5, resulting in the death of one ASG member. Meanwhile, two ASG members surrendered to the 41st Infantry Battalion in Parang on June 6.""",
  [E("incident", "armed encounter", "2021-06-05", Q("Talipao", "PH", 5.98, 121.12), ["AFP", "Abu Sayyaf"]),
   E("other", "surrender", "2021-06-06", Q("Parang", "PH", 5.91, 120.91), ["Abu Sayyaf", "AFP"], optional=True)],
  [],
  "Barangay pinned at its municipality (Talipao). Surrender optional, kind other. Parang in Sulu; the larger Parang in Maguindanao rejected by position.",
  ["stated_date", "surrender", "barangay"])

# 27 SAF
d = "2025-01-20"
N(27, d, """Sudanese Armed Forces official spokesman: Our forces in the Kordofan theatre repelled an attack by the terrorist Dagalo militia on our positions at Kazgil, south of El Obeid, and pursued its remnants toward Al-Khuwei. Hundreds of rebels were killed and dozens of combat vehicles were seized.""",
  [E("incident", "attack repelled", I(d), M("Kazgil", 12.93, 30.27, "SD", "approximate, village south of El Obeid; placement uncertain"), ["RSF", "Sudan army"])],
  [Q("El Obeid", "SD", 13.18, 30.22, q="Al Ubayyid"), M("Al-Khuwei", 13.07, 29.22, "SD", "approximate, town west of En Nahud road; direction of pursuit")],
  "No time: past day. El Obeid: reference (~25 km). Al-Khuwei: direction of pursuit (prior gold name, non-event here).",
  ["past_day", "direction_place", "reference_place"])

# 28 ENDF
d = "2023-11-27"
N(28, d, """Ethiopian National Defence Force: Our forces conducted operations against the extremist groups in East Gojjam and, in the area of Debre Elias, destroyed the group's logistics base and put 56 members out of action. The security situation in Bahir Dar and Debre Markos is normal, the statement said.""",
  [E("incident", "military operation", I(d), M("Debre Elias", 10.30, 37.42, "ET", "approximate, town west of Debre Markos"), ["Ethiopia army", "Fano"])],
  [Q("Bahir Dar", "ET", 11.59, 37.39), Q("Debre Markos", "ET", 10.34, 37.73, q="Debre Mark'os")],
  "No time: past day. Bahir Dar and Debre Markos: 'normal', no events (Debre Markos ~35 km, inside the radius).",
  ["past_day", "non_event_mention"])

# 29 Indian Army
d = "2024-07-09"
N(29, d, """Indian Army (White Knight Corps): Terrorists fired upon an Army vehicle on patrol near Hiranagar in Kathua district on July 8, resulting in the death of five soldiers. Troops retaliated and the terrorists fled into the forest. Joint operations with J&K Police are in progress near Billawar.""",
  [E("incident", "ambush", "2024-07-08", Q("Hiranagar", "IN", 32.46, 75.27, q="Hiranagar"), ["militants", "Indian Army"])],
  [Q("Billawar", "IN", 32.61, 75.61, q="Bilaur")],
  "Stated date. Billawar: ongoing search operations, not a separate event (~40 km).",
  ["stated_date", "passive", "ongoing_operation"])

# 30 Azerbaijan MoD
d = "2023-01-16"
N(30, d, """Ministry of Defence of Azerbaijan: On January 15, from 21:10 to 21:50, units of the Armenian armed forces subjected the positions of the Azerbaijani Army located in the direction of the Gadabay district to fire from small arms. Adequate retaliatory measures were taken. The Armenian defence ministry denied the report.""",
  [E("incident", "exchange of fire", "2023-01-15", Q("Gadabay", "AZ", 40.57, 45.81), ["Armenia", "Azerbaijan"])],
  [],
  "Claimed fire 'in the direction of the Gadabay district' pinned at the district seat; the denial by the other side does not remove the claimed event (a judgement call).",
  ["stated_date", "denial", "claimed_attack"])
