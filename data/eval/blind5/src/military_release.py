from lib import *
R = "military_release"
DOCS = []
add = DOCS.append

TAMPA = P("Tampa", "US")
ANK = P("Ankara", "TR")
MOS = P("Moscow", "RU")
KYV = P("Kyiv", "UA")
ABJ = P("Abuja", "NG")
RWP = P("Rawalpindi", "PK")
TLV = P("Tel Aviv", "IL")
STU = P("Stuttgart", "DE")
BKO = P("Bamako", "ML")
MR = "Military release: the HQ dateline is not an event place; 'over the past day' / undated past tense in a daily release = D-1..D."

# 1 ---------------------------------------------------------------- CENTCOM, unlocated + four strikes near Bajil
d = "2024-02-25"
BAJ = P("Bajil", "YE")
add(D(R, 1, d, f"""U.S. and U.K. Forces Conduct Strikes Against Houthi Targets in Yemen

TAMPA, Fla. — On Feb. 24 at approximately 11:50 p.m. (Sanaa time), U.S. Central Command forces, alongside the United Kingdom and with support from partner nations, conducted strikes on 18 Houthi targets across eight locations in Houthi-controlled areas of Yemen, including underground weapons storage facilities, missile storage facilities and air defense systems.

Separately, earlier on Feb. 24, CENTCOM forces conducted four self-defense strikes near Bajil, destroying three unmanned surface vessels and an anti-ship cruise missile that were prepared to launch against merchant vessels in the Red Sea.

These strikes are intended to degrade Houthi capabilities. We will not hesitate to take further action to protect lives and the free flow of commerce.""",
  [E("incident", "airstrike", "2024-02-24", BAJ, ["United States", "Houthis"])],
  [TAMPA, P("Sanaa", "YE")],
  MR + " The eight-location strikes are located only as 'Houthi-controlled areas of Yemen' (no pin). The four strikes near Bajil form one event. 'Sanaa time' is a time zone; Red Sea target area and future warning are not gold.",
  ["military_release", "dateline_not_event", "unlocated_strike", "time_zone_place", "future_event"]))

# 2 ---------------------------------------------------------------- CENTCOM, Idlib precision strike
d = "2024-08-23"
ATA = P("Atarib", "SY")
add(D(R, 2, d, """CENTCOM Forces Kill Senior Hurras al-Din Leader in Syria

TAMPA, Fla. — On Aug. 22, U.S. Central Command forces conducted a precision strike near the town of Atarib in northwest Syria, killing Abu Abdul Rahman al-Makki, a senior official of the al-Qaeda-aligned group Hurras al-Din. Al-Makki, a Jordanian national, was responsible for overseeing the group's operations from Syria.

There are no indications of civilian casualties. CENTCOM will continue to hunt ISIS and al-Qaeda-affiliated leaders wherever they hide.""",
  [E("incident", "airstrike", "2024-08-22", ATA, ["United States", "Hurras al-Din"])],
  [TAMPA],
  MR + " 'Jordanian national' is a nationality.",
  ["military_release", "dateline_not_event", "nationality", "future_event"]))

# 3 ---------------------------------------------------------------- IDF Lebanon, village list + launches toward Kiryat Shmona
d = "2024-06-12"
BJ = P("Bint Jbeil", "LB")
MJ = P("Marjayoun", "LB")
HER = P("Hermel", "LB")
KSH = P("Kiryat Shmona", "IL")
add(D(R, 3, d, """Over the past day, IDF fighter jets struck approximately 20 Hezbollah terror targets in southern Lebanon and the Beqaa.

Among the targets struck were military structures and a weapons storage facility in the area of Bint Jbeil, a launcher in the area of Marjayoun from which rockets were fired toward Kiryat Shmona, and a military compound used by Hezbollah's aerial unit in the area of Hermel, in northeastern Lebanon.

Sirens sounded in Kiryat Shmona and Metula; no injuries were reported. The IDF will continue to act with force against any threat to the residents of northern Israel.""",
  [E("incident", "airstrike", [DAY(d,-1), d], BJ, ["Israel Defense Forces", "Hezbollah"]),
   E("incident", "airstrike", [DAY(d,-1), d], MJ, ["Israel Defense Forces", "Hezbollah"]),
   E("incident", "airstrike", [DAY(d,-1), d], HER, ["Israel Defense Forces", "Hezbollah"]),
   E("incident", "rocket attack", [DAY(d,-1), d], KSH, ["Hezbollah"], optional=True)],
  [P("Metula", "IL")],
  MR + " Three named strike areas (Bint Jbeil and Marjayoun ~25 km apart, Hermel ~130 km further): three events. Rockets fired toward Kiryat Shmona with only sirens reported: optional. Metula sirens: not gold.",
  ["military_release", "multi_event", "site_list", "launch_origin", "siren"]))

# 4 ---------------------------------------------------------------- IDF Gaza, launch site strike
d = "2024-01-18"
KY = P("Khan Younis", "PS", "Khan Yunis")
DB = P("Deir al-Balah", "PS", "Dayr al Balah")
add(D(R, 4, d, """IDF troops continue operating in western Khan Younis. Over the past day, the troops eliminated dozens of terrorists and located weapons in a school compound.

An IDF aircraft struck the launch site in the area of Deir al-Balah from which rockets were fired toward the community of Nirim earlier in the day. The rockets fell in open areas.

Troops of the Nahal Brigade also completed a raid in the central Gaza Strip, in the area of Bureij, where they located a weapons production site.""",
  [E("incident", "armed clashes", [DAY(d,-1), d], KY, ["Israel Defense Forces", "Hamas"]),
   E("incident", "airstrike", [DAY(d,-1), d], DB, ["Israel Defense Forces", "Hamas"]),
   E("incident", "rocket attack", [DAY(d,-1), d], M("Nirim", 31.335, 34.395, "IL", "approximate, kibbutz east of Khan Younis"), ["Hamas"], optional=True),
   E("incident", "raid", [DAY(d,-1), d], M("Bureij camp", 31.44, 34.405, "PS"), ["Israel Defense Forces"])],
  [],
  MR + " Khan Younis, Deir al-Balah and Bureij are all within ~15 km of each other: each is a stated separate action (three scored events). Rockets toward Nirim fell in open areas: optional.",
  ["military_release", "multi_event", "launch_origin", "dense_cluster"]))

# 5 ---------------------------------------------------------------- Turkish MoD, regions + Tal Rifat + weekly total
d = "2023-05-30"
ZAP = M("Zap region", 37.30, 43.55, "IQ", "approximate, Zap river valley north of Amedi; coarse")
AVA = M("Avashin-Basyan region", 37.28, 43.85, "IQ", "approximate, mountain area north of Aqrah/Amedi; coarse")
TRF = P("Tal Rifat", "SY", "Tall Rifat")
add(D(R, 5, d, """Press statement of the Ministry of National Defence

ANKARA — In the Claw-Lock Operation area in northern Iraq, 4 PKK terrorists detected in the Zap region and 3 in the Avashin-Basyan region were neutralised by air-supported operations.

In the Tal Rifat region of northern Syria, 5 PKK/YPG terrorists who opened harassment fire at our base area were neutralised.

In the last week, a total of 38 terrorists were neutralised in northern Iraq and Syria. Our operations will continue until the last terrorist is neutralised.""",
  [E("incident", "airstrike", [DAY(d,-1), d], ZAP, ["Turkey", "PKK"]),
   E("incident", "airstrike", [DAY(d,-1), d], AVA, ["Turkey", "PKK"]),
   E("incident", "armed clashes", [DAY(d,-1), d], TRF, ["Turkey", "YPG"])],
  [ANK],
  MR + " Turkish MoD 'neutralised' claims scored as incidents, D-1..D. Region names pinned at the mountain areas (manual, coarse; ~25 km apart). Weekly total has no pin.",
  ["military_release", "dateline_not_event", "multi_event", "region_name", "country_total"]))

# 6 ---------------------------------------------------------------- Russian MoD, Russian spellings, capture, region interceptions
d = "2024-08-26"
KON = P("Konstantinovka", "UA", "Kostiantynivka")
KRM = P("Kramatorsk", "UA")
NOV = P("Novogrodovka (Novohrodivka)", "UA", "Novohrodivka")
add(D(R, 6, d, """Summary of the Ministry of Defence of the Russian Federation on the progress of the special military operation

Over the past day, operational-tactical aviation, drones, missile troops and artillery of the Russian groups of forces struck a fuel depot of the Ukrainian armed forces near Konstantinovka and a workshop for the assembly of unmanned aerial vehicles in Kramatorsk.

As a result of active offensive actions, units of the Centre group of forces liberated the settlement of Novogrodovka in the Donetsk People's Republic.

Air defence means shot down 21 Ukrainian unmanned aerial vehicles over the territories of Belgorod, Kursk and Bryansk regions.""",
  [E("incident", "missile strike", [DAY(d,-1), d], KON, ["Russia", "Ukraine"]),
   E("incident", "missile strike", [DAY(d,-1), d], KRM, ["Russia", "Ukraine"]),
   E("other", "territorial capture", [DAY(d,-1), d], NOV, ["Russia"], optional=True)],
  [MOS],
  MR + " Russian spellings: Konstantinovka = Kostiantynivka, Novogrodovka = Novohrodivka. Konstantinovka and Kramatorsk are ~25 km apart: two events. Capture claim: optional. Interceptions over whole Russian regions: no pin. 'Donetsk People's Republic' is a region name.",
  ["military_release", "alt_spelling", "multi_event", "territorial_claim", "interception", "dateline_not_event"]))

# 7 ---------------------------------------------------------------- Ukrainian Air Force, launch origins, debris
d = "2024-10-30"
KHA = P("Kharkiv", "UA")
add(D(R, 7, d, """Overnight, on 30 October, the enemy attacked with 62 Shahed-type attack UAVs, launched from the areas of Millerovo and Yeysk in the Russian Federation, and with two Iskander-M ballistic missiles launched from Belgorod region.

As a result of the combat operation, 33 UAVs were shot down over Kyiv, Poltava, Sumy and Kharkiv regions; 27 were locally lost. One of the missiles hit an industrial facility in Kharkiv; debris of downed drones damaged a residential building in the Sviatoshynskyi district of Kyiv.

The Air Force urges citizens to respond to air raid alerts.""",
  [E("incident", "missile strike", [DAY(d,-1), d], KHA, ["Russia"]),
   E("incident", "debris", [DAY(d,-1), d], KYV, ["Russia"], optional=True)],
  [P("Millerovo", "RU"), P("Yeysk", "RU"), P("Belgorod", "RU"), P("Poltava", "UA"), P("Sumy", "UA")],
  MR + " 'Overnight, on 30 October': D-1..D. Launch origins (Millerovo, Yeysk, Belgorod region) and interception regions are not event places. The Kharkiv missile hit is scored; the Kyiv debris damage is optional.",
  ["military_release", "launch_origin", "overnight", "debris", "interception", "province_only"]))

# 8 ---------------------------------------------------------------- Nigerian DHQ, town list with counts
d = "2023-11-16"
BAMA = P("Bama", "NG")
GWO = P("Gwoza", "NG")
MON = P("Monguno", "NG")
KUK = P("Kukawa", "NG")
add(D(R, 8, d, """DEFENCE HEADQUARTERS BRIEFING ON MILITARY OPERATIONS: 9 – 15 NOVEMBER 2023

ABUJA — In the North East, troops of Operation Hadin Kai in the last one week neutralised 7 terrorists in Bama, 4 in Gwoza, arrested 11 logistics suppliers in Monguno and rescued 9 kidnapped hostages in Kukawa, all in Borno State. Troops also recovered 23 AK-47 rifles and 1,200 rounds of ammunition.

The Air Component conducted air interdiction on terrorists' enclaves around the Mandara mountains. Terrorists who surrendered with their families have been handed over for further action.

The Defence Headquarters urges citizens to provide credible information. The military will sustain the tempo of operations in the coming weeks.""",
  [E("incident", "armed clashes", ["2023-11-09", "2023-11-15"], BAMA, ["Nigerian Army", "ISWAP/Boko Haram"]),
   E("incident", "armed clashes", ["2023-11-09", "2023-11-15"], GWO, ["Nigerian Army", "ISWAP/Boko Haram"]),
   E("other", "arrest", ["2023-11-09", "2023-11-15"], MON, ["Nigerian Army"], optional=True),
   E("other", "rescue", ["2023-11-09", "2023-11-15"], KUK, ["Nigerian Army"], optional=True)],
  [ABJ],
  MR + " Weekly briefing: each item gets the stated week as range. Kills in Bama and Gwoza (~50 km apart) are scored; arrests and rescues optional; surrenders and unlocated air interdiction not gold. Abuja is the HQ dateline.",
  ["military_release", "site_list", "arrest", "rescue", "date_range", "future_event"]))

# 9 ---------------------------------------------------------------- ISPR, Datta Khel, infiltration from Afghanistan
d = "2024-12-22"
DK = P("Datta Khel", "PK")
add(D(R, 9, d, f"""RAWALPINDI — On {WD(d,-1)} night, security forces conducted an intelligence-based operation in the general area of Datta Khel, North Waziristan District, on the reported presence of khwarij. During the operation, own troops effectively engaged the khwarij location and, after an intense exchange of fire, six khwarij were sent to hell.

Sanitisation operation is being conducted to eliminate any other khwarij found in the area. Pakistan has consistently asked the Interim Afghan Government to ensure effective border management, as the khwarij are using Afghan soil to infiltrate. Security forces of Pakistan remain determined to wipe out the menace of terrorism from the country.""",
  [E("incident", "armed clashes", [DAY(d,-1), d], DK, ["Pakistan Army", "TTP"])],
  [RWP, P("Miran Shah", "PK")],
  MR + " Night operation reported next day: D-1..D. 'North Waziristan District' is a qualifier (its centre Miran Shah ~35 km). Afghan soil is a country-level origin.",
  ["military_release", "dateline_not_event", "admin_qualifier", "origin_place", "weekday_date"]))

# 10 --------------------------------------------------------------- FAMa, Kidal region strikes
d = "2023-10-09"
AGU = P("Aguelhok", "ML")
ANE = M("Anefis", 18.05, 0.60, "ML", "approximate, town south of Kidal")
add(D(R, 10, d, f"""COMMUNIQUÉ OF THE GENERAL STAFF OF THE ARMED FORCES

On {WD(d,-1)} 8 October 2023, the Malian Air Force carried out precision strikes on terrorist positions near Aguelhok and on a vehicle concentration near Anefis, in the Kidal region. The results: about twenty terrorists neutralised and several vehicles destroyed.

The General Staff reminds the population that the terrorist groups operating from Kidal will be pursued until the entire national territory is secured. Convoys of the Armed Forces will continue to move towards the camps handed over by MINUSMA.""",
  [E("incident", "airstrike", "2023-10-08", AGU, ["Malian Armed Forces", "CSP-PSD"]),
   E("incident", "airstrike", "2023-10-08", ANE, ["Malian Armed Forces", "CSP-PSD"])],
  [P("Kidal", "ML"), BKO],
  MR + " Aguelhok and Anefis (~160 km apart): two events. 'Kidal region' qualifier; Kidal as the armed groups' base is not an event place. Future convoy movements not gold.",
  ["military_release", "multi_event", "admin_qualifier", "future_event", "x_based", "weekday_date"]))

# 11 --------------------------------------------------------------- Burkinabè army, Boucle du Mouhoun
d = "2024-05-15"
SOL = P("Solenzo", "BF")
TIT = P("Titao", "BF")
add(D(R, 11, d, f"""The Armed Forces of Burkina Faso inform that on {WD(d,-2)}, units of the 14th Rapid Intervention Battalion, supported by the air vector, neutralised several dozen terrorists in an ambush 15 km north of Solenzo, in the Banwa province of the Boucle du Mouhoun region.

In the North region, on {WD(d,-1)}, a supply convoy escorted by the army and the VDP repelled an attack near Titao. Two VDP were killed.

The General Staff calls on the population to remain vigilant. Offensive operations will intensify in the coming days in the Centre-North.""",
  [E("incident", "ambush", DAY(d,-2), OFF("15 km north of Solenzo", SOL, 15, BEAR["north"]), ["Burkinabè Armed Forces", "JNIM"], alts=[SOL]),
   E("incident", "attack", DAY(d,-1), TIT, ["JNIM", "Burkinabè Armed Forces", "VDP"])],
  [],
  MR + " Offset computed 15 km north of Solenzo (Solenzo alternate). Banwa province / Boucle du Mouhoun and North regions are qualifiers. Future operations in the Centre-North: not gold.",
  ["military_release", "offset", "multi_event", "admin_qualifier", "future_event", "weekday_date"]))

# 12 --------------------------------------------------------------- Niger FAN, weekly bulletin
d = "2022-02-14"
ABA = P("Abala", "NE")
OUL = P("Ouallam", "NE")
add(D(R, 12, d, """Operational bulletin of the Niger Armed Forces, week of 5 to 11 February 2022

Operation Almahaou: on 6 February, a reconnaissance unit was hit by an improvised explosive device near Abala, in the Tillabéri region; one soldier was wounded and evacuated to Niamey. On 9 February, an armed group attacked a military post 3 km east of Ouallam; the attack was repelled and 12 assailants were neutralised.

Operation Saki, in the Diffa region: no notable activity. 46 former combatants surrendered to the authorities at the Goudoumaria reception camp.""",
  [E("incident", "IED", "2022-02-06", ABA, ["unknown", "Niger Armed Forces"]),
   E("incident", "attack", "2022-02-09", OFF("3 km east of Ouallam", OUL, 3, BEAR["east"]), ["unknown", "Niger Armed Forces"], alts=[OUL]),
   E("other", "surrender", ["2022-02-05", "2022-02-11"], M("Goudoumaria", 13.71, 11.18, "NE", "approximate, town west of Diffa"), ["former combatants"])],
  [P("Niamey", "NE"), P("Diffa", "NE")],
  MR + " Two dated incidents ~120 km apart. Surrender is kind other (weekly range). Niamey is the evacuation city; Diffa and Tillabéri are region names.",
  ["military_release", "multi_event", "offset", "hospital_other_city", "surrender", "admin_qualifier"]))

# 13 --------------------------------------------------------------- IDF Yemen, Sanaa airport + Amran; dated background at Ben Gurion
d = "2025-05-06"
SAA = M("Sanaa International Airport", 15.476, 44.22, "YE", "approximate, north of the city")
AMR = P("Amran", "YE")
BGA = M("Ben Gurion Airport", 32.005, 34.885, "IL")
add(D(R, 13, d, """IDF fighter jets struck and fully disabled Sanaa International Airport today, striking runways, aircraft and infrastructure used by the Houthi terrorist regime. In addition, the IDF struck several central power stations in the Sanaa area and the Amran cement factory north of Sanaa, which serves as an economic resource for the Houthis.

The strikes were carried out in response to the repeated attacks by the Houthi regime against the State of Israel, including the ballistic missile launched on May 4 that fell in the area of Ben Gurion Airport.

The IDF will continue to act with force against anyone who poses a threat to the citizens of the State of Israel, at any distance required.""",
  [E("incident", "airstrike", d, SAA, ["Israel Defense Forces", "Houthis"], alts=[P("Sanaa", "YE")]),
   E("incident", "airstrike", d, AMR, ["Israel Defense Forces", "Houthis"]),
   E("incident", "missile strike", "2025-05-04", BGA, ["Houthis"], optional=True)],
  [],
  MR + " Airport and 'Sanaa area' power stations: one Sanaa event (city alternate). Amran (~45 km) is a separate named target. The May 4 missile near Ben Gurion is a dated background event: optional. Future warning not gold.",
  ["military_release", "multi_event", "background_event", "future_event"]))

# 14 --------------------------------------------------------------- AFRICOM, offset from Bosaso
d = "2025-02-12"
BOS = P("Bosaso", "SO")
add(D(R, 14, d, """U.S. Africa Command conducts airstrike against ISIS-Somalia

STUTTGART, Germany — In coordination with the Federal Government of Somalia, U.S. Africa Command conducted an airstrike against ISIS-Somalia in the Golis mountains, approximately 75 km southeast of Bosaso, on Feb. 10, 2025.

The command's initial assessment is that multiple ISIS-Somalia operatives were killed and that no civilians were harmed. AFRICOM, together with the Puntland Security Forces, will continue to take action to degrade ISIS-Somalia's ability to plan and conduct attacks that threaten the U.S. homeland, our forces and civilians.""",
  [E("incident", "airstrike", "2025-02-10", OFF("75 km southeast of Bosaso", BOS, 75, BEAR["southeast"]), ["United States", "Islamic State Somalia"], alts=[BOS])],
  [STU],
  MR + " Offset computed (Bosaso as alternate, outside 50 km but listed per convention). Stuttgart HQ dateline.",
  ["military_release", "dateline_not_event", "offset", "future_event"]))

# 15 --------------------------------------------------------------- IDF Iran, three cities
d = "2025-06-15"
KER = P("Kermanshah", "IR")
TAB = P("Tabriz", "IR")
TEH = P("Tehran", "IR")
add(D(R, 15, d, """Over the past day, dozens of IDF fighter jets completed a series of strikes on Iranian military targets.

In western Iran, the jets struck surface-to-surface missile launchers and storage sites in the Kermanshah and Tabriz areas, from which missiles were launched toward Israeli territory in recent days. In Tehran, the IDF struck the headquarters of the organisation responsible for weapons development (SPND) and a fuel depot.

The IDF will continue to strike the Iranian regime's military targets. The Home Front Command guidelines remain in effect throughout the country.""",
  [E("incident", "airstrike", [DAY(d,-1), d], KER, ["Israel Defense Forces", "Iran"]),
   E("incident", "airstrike", [DAY(d,-1), d], TAB, ["Israel Defense Forces", "Iran"]),
   E("incident", "airstrike", [DAY(d,-1), d], TEH, ["Israel Defense Forces", "Iran"])],
  [],
  MR + " Three cities: three events, D-1..D. 'Launched toward Israeli territory' is a country-level target (no pin); Kermanshah/Tabriz are both launch origins and targets (scored as targets).",
  ["military_release", "multi_event", "launch_origin"]))

# 16 --------------------------------------------------------------- Indian MoD, Operation Sindoor, nine sites
d = "2025-05-07"
PAH = P("Pahalgam", "IN")
add(D(R, 16, d, """Operation SINDOOR

NEW DELHI — A little while ago, the Indian Armed Forces launched Operation SINDOOR, hitting terrorist infrastructure in Pakistan and Pakistan-occupied Jammu and Kashmir from where terrorist attacks against India have been planned and directed. Altogether, nine sites have been targeted, among them Bahawalpur, Muridke, Muzaffarabad and Kotli.

Our actions have been focused, measured and non-escalatory in nature. No Pakistani military facilities have been targeted. These steps come in the wake of the barbaric Pahalgam terrorist attack on 22 April, in which 25 Indians and one Nepali citizen were murdered.""",
  [E("incident", "missile strike", [DAY(d,-1), d], P("Bahawalpur", "PK"), ["India", "Jaish-e-Mohammed"]),
   E("incident", "missile strike", [DAY(d,-1), d], P("Muridke", "PK"), ["India", "Lashkar-e-Taiba"]),
   E("incident", "missile strike", [DAY(d,-1), d], P("Muzaffarabad", "PK"), ["India"]),
   E("incident", "missile strike", [DAY(d,-1), d], P("Kotli", "PK"), ["India"]),
   E("incident", "armed attack", "2025-04-22", PAH, ["militants", "tourists"], optional=True)],
  [P("New Delhi", "IN", pick=1)],
  MR + " 'A little while ago' (strikes after midnight on 7 May): D-1..D. Four named sites of nine: four events. Pahalgam attack dated two weeks earlier: optional background. 'Indians', 'Nepali' are nationalities; New Delhi is the issuer's dateline.",
  ["military_release", "multi_event", "site_list", "background_event", "nationality", "south_asia"]))
