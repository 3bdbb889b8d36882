from lib import *
R = "military_release"
DOCS = []
add = DOCS.append
T = "Military press release; composite, invented figures. Named strike locations are separate events; captures, interceptions, sirens and arrests optional; launch origins not events. "


def N(num, d, text, events, nonev, note, tags):
    add(D(R, num, d, text, events, nonev, T + note, ["military_release"] + tags))


def WK(d):
    return [DAY(d, -7), d]


d = "2024-03-12"
N(1, d, f"""IDF fighter jets struck Hezbollah terrorist infrastructure in the areas of Yater, Kafra and Siddiqin in southern Lebanon on {WD(d,-1)}, including military structures and a launch post. Earlier, sirens sounded in Beit Hillel following the identification of two launches from Lebanese territory; one was intercepted and the other fell in an open area. No injuries were reported.""",
  [E("incident", "air strike", DAY(d, -1), M("Yater", 33.15, 35.34, "LB", "approximate, village in Bint Jbeil district"), ["Israel", "Hezbollah"]),
   E("incident", "air strike", DAY(d, -1), M("Kafra", 33.18, 35.36, "LB", "approximate, village north of Yater"), ["Israel", "Hezbollah"]),
   E("incident", "air strike", DAY(d, -1), M("Siddiqin", 33.20, 35.31, "LB", "approximate, village south-east of Tyre"), ["Israel", "Hezbollah"]),
   E("incident", "rocket launches, sirens", DAY(d, -1), Q("Beit Hillel", "IL", 33.21, 35.61, q="Bet Hillel"), ["Hezbollah"], optional=True)],
  [],
  "Three named villages 3–5 km apart: three events. Sirens and an interception: optional.",
  ["idf", "weekday_date", "multi_event", "sirens", "interception"])

d = "2024-06-28"
N(2, d, f"""Over the past day, IDF troops continued operating in the Shujaiya area of Gaza City, eliminating several terrorists in close-quarters encounters and locating weapons. Troops of the Nahal Brigade operating along the Netzarim corridor struck a terrorist cell that approached the forces. IDF aircraft struck approximately 40 targets throughout the Gaza Strip.""",
  [E("incident", "ground operation", [DAY(d, -1), d], M("Shujaiya", 31.50, 34.49, "PS", "approximate, neighbourhood east of Gaza City centre"), ["Israel army", "Hamas"]),
   E("incident", "strike on cell", [DAY(d, -1), d], M("Netzarim corridor", 31.46, 34.42, "PS", "approximate, corridor south of Gaza City"), ["Israel army", "militants"])],
  [],
  "Past day: D-1..D. 40 targets 'throughout the Gaza Strip': no pin.",
  ["idf", "past_day", "date_range", "multi_event"])

d = "2023-08-17"
N(3, d, f"""Overnight, IDF, ISA and Border Police forces operated in the village of Beit Rima and apprehended two wanted suspects. In addition, an IDF aircraft struck an armed terrorist cell that opened fire at forces near Kafr Qaddum. Hits were identified. No IDF injuries were reported. The suspects were transferred for further questioning.""",
  [E("incident", "arrests", [DAY(d, -1), d], M("Beit Rima", 32.03, 35.10, "PS", "approximate, village north-west of Ramallah"), ["Israel army"], optional=True),
   E("incident", "air strike", [DAY(d, -1), d], Q("Kafr Qaddum", "PS", 32.22, 35.14, q="Kafr Qaddum"), ["Israel army", "militants"])],
  [],
  "Arrest raid: optional. Drone strike near Kafr Qaddum: scored. Overnight range.",
  ["idf", "overnight", "arrests", "date_range"])

d = "2024-02-26"
N(4, d, f"""On Feb. 24, at approximately 3 p.m. (Sanaa time), U.S. Central Command forces conducted strikes against two Houthi mobile unmanned aerial vehicle ground control stations near Tuhayta and a coastal defence cruise missile launcher near Al-Marawi'ah in Iran-backed Houthi-controlled areas of Yemen. These weapons presented an imminent threat to merchant vessels and U.S. Navy ships in the region.""",
  [E("incident", "air strike", "2024-02-24", M("Tuhayta", 14.00, 43.28, "YE", "approximate, district centre south of Zabid"), ["United States", "Houthis"]),
   E("incident", "air strike", "2024-02-24", Q("Al-Marawi'ah", "YE", 14.83, 43.15, q="Al Marawiah"), ["United States", "Houthis"])],
  [Q("Sanaa", "YE", 15.35, 44.21)],
  "Sanaa: only a time zone. Iran: country metonym.",
  ["centcom", "stated_date", "multi_event", "metonym"])

d = "2023-05-05"
N(5, d, f"""On May 3, U.S. Central Command forces conducted a unilateral strike in northwest Syria near Termanin that killed a senior al-Qaeda leader. There are no indications of civilian casualties. CENTCOM will continue its partnership with the SDF in the northeast of the country.""",
  [E("incident", "drone strike", "2023-05-03", M("Termanin", 36.22, 36.82, "SY", "approximate, town north-west of Aleppo"), ["United States", "al-Qaeda"])],
  [],
  "Composite. 'The northeast of the country': region, no pin.",
  ["centcom", "stated_date"])

d = "2022-11-03"
N(6, d, f"""Security Media Cell: Iraqi F-16 aircraft, based on accurate intelligence, carried out two air strikes on {WD(d,-1)} against ISIS hideouts in Wadi Horan in western Anbar, killing four terrorists. In a separate operation, a force of the Anbar Operations Command arrested two wanted terrorists in Hit.""",
  [E("incident", "air strike", DAY(d, -1), M("Wadi Horan", 33.55, 41.55, "IQ", "approximate, valley in the western desert south-west of Haditha; placement uncertain"), ["Iraq air force", "ISIS"]),
   E("incident", "arrests", [DAY(d, -1), d], Q("Hit", "IQ", 33.64, 42.83, q="Hit"), ["Iraq army"], optional=True)],
  [],
  "Composite. Arrests: optional, undated (day before or publication day).",
  ["weekday_date", "arrests", "valley"])

d = "2022-07-18"
N(7, d, f"""Ministry of National Defence: 5 PKK terrorists detected in the Khwakurk region of northern Iraq were neutralised by an air-supported operation on {WD(d,-1)}. Our operations continue decisively. Separately, 2 terrorists who fled from the organisation surrendered to security forces in Silopi.""",
  [E("incident", "air-supported operation", DAY(d, -1), M("Khwakurk", 36.80, 44.95, "IQ", "approximate, mountain area near the Iran-Türkiye-Iraq border; placement uncertain"), ["Türkiye", "PKK"]),
   E("other", "surrender", [DAY(d, -7), d], Q("Silopi", "TR", 37.24, 42.46), ["PKK members"], optional=True)],
  [],
  "Region pinned approximately. Surrenders: kind other, undated: optional.",
  ["turkish_mod", "weekday_date", "surrender"])

d = "2025-01-09"
N(8, d, f"""The Syrian National Army announced that its units repelled an attack by SDF/PKK elements on positions near the Tishrin Dam on {WD(d,-1)} and destroyed two armoured vehicles. Reinforcements were sent from Manbij. Turkish drones supported the operation.""",
  [E("incident", "armed clash", DAY(d, -1), M("Tishrin Dam", 36.38, 38.18, "SY", "approximate, dam on the Euphrates south-east of Manbij"), ["SNA", "SDF"])],
  [Q("Manbij", "SY", 36.53, 37.95)],
  "Composite. Manbij: reinforcement origin (~26 km, inside the radius).",
  ["weekday_date", "origin_place", "facility"])

d = "2022-01-20"
N(9, d, f"""The Joint Forces Command of the Coalition to Restore Legitimacy in Yemen announced that it carried out air strikes on {WD(d,-1)} against Houthi military camps in Arhab and Sanhan districts near Sanaa, destroying weapons depots. The Coalition's air defences also intercepted and destroyed a ballistic missile launched by the Houthi militia toward Jizan.""",
  [E("incident", "air strikes", DAY(d, -1), M("Arhab", 15.58, 44.25, "YE", "approximate, district north of Sanaa"), ["Saudi-led coalition", "Houthis"]),
   E("incident", "air strikes", DAY(d, -1), M("Sanhan", 15.23, 44.28, "YE", "approximate, district south-east of Sanaa"), ["Saudi-led coalition", "Houthis"]),
   E("incident", "missile interception", [DAY(d, -1), d], Q("Jizan", "SA", 16.89, 42.55), ["Houthis", "Saudi air defence"], optional=True)],
  [Q("Sanaa", "YE", 15.35, 44.21)],
  "Composite. Interception: optional. Sanaa: reference city (Arhab ~26 km, inside the radius).",
  ["coalition", "weekday_date", "multi_event", "interception"])

d = "2024-05-30"
N(10, d, f"""The Yemeni Armed Forces' air defences shot down an American MQ-9 aircraft over the skies of Al-Bayda governorate on {WD(d,-1)} with a locally made surface-to-air missile. The naval forces also targeted an American destroyer in the Red Sea with ballistic missiles, the military spokesman said in Sanaa.""",
  [E("incident", "drone shot down", DAY(d, -1), Q("Al Bayda", "YE", 13.99, 45.57), ["Houthis", "United States"])],
  [Q("Sanaa", "YE", 15.35, 44.21)],
  "Composite. A claimed shoot-down pinned at the governorate seat. The Red Sea attack claim: no location. Sanaa: statement place.",
  ["houthi", "weekday_date", "claim", "statement_place"])

d = "2022-09-29"
N(11, d, f"""IRGC Ground Force: In the continuation of the operation to punish the separatist terrorist groups, our forces on {WD(d,-1)} targeted the headquarters of these groups in Zirgwez and Jezhnikan in the Kurdistan region of northern Iraq with precision missiles and suicide drones. The operation will continue until the threats are removed.""",
  [E("incident", "missile and drone strikes", DAY(d, -1), M("Zirgwez", 35.62, 45.28, "IQ", "approximate, camp area north-west of Sulaymaniyah; placement uncertain"), ["IRGC", "Kurdish opposition parties"]),
   E("incident", "missile and drone strikes", DAY(d, -1), M("Jezhnikan", 36.28, 44.20, "IQ", "approximate, camp east of Erbil"), ["IRGC", "Kurdish opposition parties"])],
  [],
  "Composite. Future continuation: no gold.",
  ["irgc", "weekday_date", "multi_event", "future_event"])

d = "2023-02-22"
N(12, d, f"""The General Command of the Jordan Armed Forces – Arab Army announced that border guard forces in the Eastern Military Zone, in coordination with the Anti-Narcotics Department, foiled an attempt to smuggle narcotics from Syria on {WD(d,-1)} and shot down a drone near Ruwaished. Three smugglers were killed and the rest retreated into Syrian territory.""",
  [E("incident", "armed clash", DAY(d, -1), Q("Ruwaished", "JO", 32.50, 38.20), ["Jordan army", "smugglers"])],
  [],
  "Composite. The downing and the clash in one place: one scored pin.",
  ["weekday_date"])

d = "2019-11-18"
N(13, d, f"""SDF Media Center: In a joint operation with the Global Coalition, our forces raided a hideout of ISIS cells in the town of Tayyana in Deir ez-Zor countryside on {WD(d,-1)} and captured a senior cell leader. In a related clash in the nearby village of Abu Hamam, two ISIS members were killed.""",
  [E("incident", "raid, capture", DAY(d, -1), M("Tayyana", 34.96, 40.57, "SY", "approximate, town on the east bank of the Euphrates"), ["SDF", "ISIS"], optional=True),
   E("incident", "armed clash", DAY(d, -1), M("Abu Hamam", 34.84, 40.67, "SY", "approximate, village south-east of Tayyana"), ["SDF", "ISIS"])],
  [],
  "Composite. Raid with a capture: optional. Clash with deaths: scored (~15 km away).",
  ["sdf", "weekday_date", "arrests"])

d = "2024-07-09"
N(14, d, f"""IDF fighter jets struck Hezbollah weapons storage facilities in the areas of Shmustar and Bodai in the Beqaa Valley on {WD(d,-1)}. In addition, the IDF struck an observation post of the Syrian army in the area of Khan Arnabah in southern Syria, in response to launches toward the Golan Heights earlier in the day.""",
  [E("incident", "air strike", DAY(d, -1), M("Shmustar", 33.97, 36.06, "LB", "approximate, village west of Baalbek"), ["Israel", "Hezbollah"]),
   E("incident", "air strike", DAY(d, -1), M("Bodai", 34.06, 36.14, "LB", "approximate, village north-west of Baalbek"), ["Israel", "Hezbollah"]),
   E("incident", "air strike", DAY(d, -1), Q("Khan Arnabah", "SY", 33.18, 35.89), ["Israel", "Syrian army"])],
  [],
  "Composite. Three places, two countries. The launches toward the Golan: no place.",
  ["idf", "weekday_date", "multi_event", "cause_reference"])

d = "2020-07-23"
N(15, d, f"""Statement by the Iraqi Joint Operations Command: A joint force of the army and the Popular Mobilisation Forces began the second phase of Operation 'Heroes of Iraq – Victory of Sovereignty' at dawn today to clear the desert areas between Anbar and the border with Saudi Arabia and Jordan. The operation will continue for several days.""",
  [],
  [],
  "An area-wide operation with no named place: no pin; its continuation is future.",
  ["no_scored_gold", "region_only", "future_event"])

d = "2024-09-27"
N(16, d, f"""Russian Defence Ministry: Units of the Zapad battlegroup improved their tactical position and inflicted losses on manpower and equipment of three mechanised brigades near Kupiansk-Vuzlovyi and Petropavlivka in the Kharkiv region. In the past 24 hours, the battlegroup liberated the settlement of Stepova Novoselivka. Air defences shot down 28 Ukrainian drones over the Belgorod and Kursk regions.""",
  [E("incident", "ground attack", [DAY(d, -1), d], Q("Kupiansk-Vuzlovyi", "UA", 49.67, 37.64), ["Russia", "Ukraine"]),
   E("incident", "ground attack", [DAY(d, -1), d], Q("Petropavlivka", "UA", 49.72, 37.71), ["Russia", "Ukraine"]),
   E("incident", "capture claim", [DAY(d, -1), d], M("Stepova Novoselivka", 49.77, 37.80, "UA", "approximate, village north-east of Kupiansk; placement uncertain"), ["Russia"], optional=True)],
  [],
  "Composite. Past 24 hours: D-1..D. Capture claim: optional. Region-level interceptions: no pins.",
  ["russian_mod", "past_day", "date_range", "capture_claim", "interception"])

d = "2023-09-04"
N(17, d, f"""Ukrainian Air Force: On the night of September 4, the enemy attacked with 25 Shahed attack drones from the Cape Chauda area in Crimea. Air defence destroyed 22 in the Odesa and Mykolaiv regions. Hits were recorded in the Izmail district, where port infrastructure in Kiliia and Vylkove was damaged.""",
  [E("incident", "drone strike", [DAY(d, -1), d], Q("Kiliia", "UA", 45.44, 29.26, q="Kiliya"), ["Russia"]),
   E("incident", "drone strike", [DAY(d, -1), d], Q("Vylkove", "UA", 45.40, 29.59), ["Russia"])],
  [M("Cape Chauda", 45.00, 35.83, "UA", "approximate, cape on the Kerch peninsula")],
  "Composite. Night range. Cape Chauda: launch origin. Interceptions over regions: no pins. Izmail district: district name only.",
  ["ukraine_af", "overnight", "date_range", "origin_place", "multi_event"])

d = "2024-05-27"
N(18, d, f"""General Staff of the Armed Forces of Ukraine: On the night of 26 to 27 May, units of the Defence Forces struck the Voronezh-DM over-the-horizon radar station near Armavir in the Krasnodar krai. In addition, a strike was carried out on the Kushchyovskaya airfield, where Su-34 aircraft are based. The results are being clarified.""",
  [E("incident", "drone strike", ["2024-05-26", "2024-05-27"], Q("Armavir", "RU", 45.00, 41.11), ["Ukraine", "Russia"]),
   E("incident", "drone strike", ["2024-05-26", "2024-05-27"], Q("Kushchyovskaya", "RU", 46.56, 39.63), ["Ukraine", "Russia"])],
  [],
  "Composite. Stated night range. Krasnodar krai: region.",
  ["ukraine_gs", "night_range", "multi_event", "facility"])

d = "2023-03-09"
N(19, d, f"""Defence Headquarters, weekly media briefing: In the North East, troops of Operation Hadin Kai neutralised 14 terrorists and rescued 23 kidnapped persons in Askira and Chibok LGAs of Borno State. In the North West, troops of Operation Hadarin Daji repelled bandit attacks in Batsari and Jibia LGAs of Katsina State, neutralising 9 bandits. On 6 March, troops intercepted a fuel tanker in Damaturu.""",
  [E("incident", "military operation", WK(d), Q("Askira", "NG", 10.65, 12.91), ["Nigeria army", "ISWAP"]),
   E("incident", "military operation", WK(d), Q("Chibok", "NG", 10.87, 12.85), ["Nigeria army", "ISWAP"]),
   E("incident", "armed clash", WK(d), Q("Batsari", "NG", 12.76, 7.25), ["Nigeria army", "bandits"]),
   E("incident", "armed clash", WK(d), Q("Jibia", "NG", 13.09, 7.23), ["Nigeria army", "bandits"]),
   E("other", "interception of tanker", "2023-03-06", Q("Damaturu", "NG", 11.75, 11.96), ["Nigeria army"], optional=True)],
  [],
  "Composite. Weekly D-7..D. A dated seizure: kind other, optional.",
  ["nigeria_dhq", "weekly", "date_range", "multi_event", "lga"])

d = "2024-10-15"
N(20, d, f"""Communiqué de l'État-major général des Armées : Les FAMa ont mené {WDF(d,-2)} des frappes aériennes de précision sur des regroupements terroristes à Inékar et dans la zone d'Andéramboukane, région de Ménaka. Les frappes ont permis de neutraliser plusieurs terroristes. Une patrouille venue d'Ansongo a ensuite sécurisé la zone.""",
  [E("incident", "air strikes", DAY(d, -2), Q("Inékar", "ML", 15.96, 3.14, q="Inekar"), ["Mali army", "militants"]),
   E("incident", "air strikes", DAY(d, -2), Q("Andéramboukane", "ML", 15.43, 3.02, q="Anderanboukan"), ["Mali army", "militants"])],
  [Q("Ménaka", "ML", 15.92, 2.40, q="Menaka"), Q("Ansongo", "ML", 15.66, 0.50)],
  "French. Sunday strikes. Ménaka: region name (~80 km from Inékar). Ansongo: patrol origin.",
  ["non_english", "weekday_date", "multi_event", "admin_qualifier", "origin_place"])

d = "2022-06-08"
N(21, d, f"""Comunicado del Comando Conjunto de las Fuerzas Armadas: El {WDS(d,-1)} una patrulla del Ejército fue atacada por remanentes de Sendero Luminoso en el sector de Vizcatán del Ene, en el VRAEM. Dos soldados resultaron heridos y fueron evacuados a la base de Pichari. Las operaciones de persecución continúan.""",
  [E("incident", "ambush", DAY(d, -1), M("Vizcatán del Ene", -12.35, -74.18, "PE", "approximate, sector of the VRAEM west of the Ene river; placement uncertain"), ["Shining Path remnants", "Peru army"])],
  [Q("Pichari", "PE", -12.50, -73.82)],
  "Spanish. Pichari: evacuation base (~42 km, inside the radius). Pursuit: ongoing.",
  ["non_english", "weekday_date", "hospital_other_city"])

d = "2024-08-21"
N(22, d, f"""ISPR: On 20 August 2024, security forces conducted an intelligence-based operation in the general area of Kohlu, Balochistan, on the reported presence of terrorists. During the conduct of the operation, four terrorists were sent to hell. In another encounter the same day in Washuk district, one soldier embraced shahadat.""",
  [E("incident", "military operation", "2024-08-20", Q("Kohlu", "PK", 29.90, 69.23), ["Pakistan army", "militants"]),
   E("incident", "armed clash", "2024-08-20", Q("Washuk", "PK", 27.73, 64.81), ["Pakistan army", "militants"])],
  [],
  "Composite. 'General area of': pinned at the town.",
  ["ispr", "stated_date", "multi_event", "area_of"])

d = "2024-12-16"
N(23, d, f"""Tatmadaw True News Information Team: Security columns came under attack by PDF terrorists near Launglon and Thayetchaung in Dawei district on {WD(d,-2)} and {WD(d,-1)}. The columns responded and seized weapons. The terrorists fled toward the Thai border.""",
  [E("incident", "armed clash", [DAY(d, -2), DAY(d, -1)], M("Launglon", 13.98, 98.12, "MM", "approximate, township seat west of Dawei"), ["Myanmar military", "PDF"]),
   E("incident", "armed clash", [DAY(d, -2), DAY(d, -1)], M("Thayetchaung", 13.86, 98.27, "MM", "approximate, township seat south of Dawei"), ["Myanmar military", "PDF"])],
  [Q("Dawei", "MM", 14.08, 98.19)],
  "Composite. Two days, not split by place: range. Dawei: district name (~14 km, inside the radius).",
  ["tatmadaw", "weekday_date", "date_range", "multi_event"])

d = "2023-07-06"
N(24, d, f"""Kenya Defence Forces: KDF troops deployed at a forward operating base in Hulugho, Garissa County, repulsed an attack by al-Shabaab militants on {WD(d,-1)}. Five militants were neutralised. Separately, an improvised explosive device was found and safely defused on the Ijara–Hulugho road.""",
  [E("incident", "armed attack", DAY(d, -1), M("Hulugho", -1.05, 41.55, "KE", "approximate, town near the Somali border in Garissa county; placement uncertain"), ["al Shabaab", "KDF"])],
  [Q("Ijara", "KE", -1.60, 40.51)],
  "Composite. A defused device: no event. Ijara: road name (non-event).",
  ["kdf", "weekday_date", "defused_device"])

d = "2023-01-12"
N(25, d, f"""Somali National Army: In an operation conducted with international partners in the Eel Buur district of Galgaduud on {WD(d,-1)}, the SNA killed more than 30 al-Khawarij terrorists. The army took control of the village of Buq Aqable following the operation.""",
  [E("incident", "military operation", DAY(d, -1), M("Eel Buur", 4.68, 46.62, "SO", "approximate, district town in Galgaduud"), ["Somali army", "al Shabaab"]),
   E("incident", "capture claim", DAY(d, -1), M("Buq Aqable", 4.35, 45.96, "SO", "approximate, village in Hiiraan/Galgaduud; placement uncertain"), ["Somali army"], optional=True)],
  [],
  "Composite. Capture claim: optional.",
  ["sna", "weekday_date", "capture_claim"])

d = "2021-03-17"
ISK = Q("Iskushuban", "SO", 10.28, 50.23)
N(26, d, f"""U.S. Africa Command: In coordination with the Federal Government of Somalia, U.S. Africa Command conducted an airstrike against ISIS-Somalia in the vicinity of the Cal Miskaad mountains, approximately 30 km southeast of Iskushuban, on March 15. The command's initial assessment is that no civilians were injured or killed.""",
  [E("incident", "air strike", "2021-03-15", OFF("30 km SE of Iskushuban", ISK, 30, 135), ["United States", "ISIS-Somalia"], alts=[ISK])],
  [],
  "Composite. Offset computed, Iskushuban alternate.",
  ["africom", "stated_date", "offset"])

d = "2022-04-04"
N(27, d, f"""Western Mindanao Command: Troops of the 103rd Infantry Brigade clashed with members of the Dawlah Islamiyah-Maute group in Butig, Lanao del Sur, on {WD(d,-2)}. Two militants were killed and high-powered firearms were recovered. The wounded soldier was airlifted to Camp Ranao in Marawi City.""",
  [E("incident", "armed clash", DAY(d, -2), Q("Butig", "PH", 7.72, 124.30), ["Philippine army", "Dawlah Islamiyah"])],
  [Q("Marawi", "PH", 8.00, 124.29)],
  "Composite. Marawi: hospital/camp (~31 km, inside the radius).",
  ["afp", "weekday_date", "hospital_other_city"])

d = "2024-11-20"
N(28, d, f"""Official spokesman of the Sudanese Armed Forces: Our air force on {WD(d,-1)} struck gatherings of the terrorist Rapid Support militia in El Fula, West Kordofan, destroying combat vehicles. Our forces in North Darfur also regained full control of Um Kadada after fierce battles.""",
  [E("incident", "air strike", DAY(d, -1), Q("El Fula", "SD", 11.73, 28.36, q="Al Fulah"), ["Sudan army", "RSF"]),
   E("incident", "capture claim", [DAY(d, -7), d], M("Um Kadada", 13.60, 26.69, "SD", "approximate, town east of El Fasher"), ["Sudan army", "RSF"], optional=True)],
  [],
  "Composite. Recapture claim: optional, undated (week range).",
  ["saf", "weekday_date", "capture_claim"])

d = "2023-09-11"
N(29, d, f"""Ethiopian National Defence Force: Our forces, in a coordinated operation over the past week, destroyed extremist armed groups in the areas around Gondar and Woreta, killing more than 50 and capturing weapons. Peace has been restored and the residents of Bahir Dar can go about their business.""",
  [E("incident", "military operation", WK(d), Q("Gondar", "ET", 12.60, 37.47, q="Gonder"), ["ENDF", "Fano"]),
   E("incident", "military operation", WK(d), M("Woreta", 11.92, 37.70, "ET", "approximate, town east of Lake Tana"), ["ENDF", "Fano"])],
  [Q("Bahir Dar", "ET", 11.59, 37.39)],
  "Composite. Past week: D-7..D. Bahir Dar: no event.",
  ["endf", "weekly", "date_range", "multi_event"])

d = "2025-04-14"
N(30, d, f"""Indian Army, White Knight Corps: Based on specific intelligence, a joint operation was launched by the Army and J&K Police in the general area of Dachhan, Kishtwar, on {WD(d,-2)}. Contact was established and three terrorists were eliminated. Operations continue. Terrorists were reportedly trying to move toward the Doda forests.""",
  [E("incident", "counter-terror operation", DAY(d, -2), M("Dachhan", 33.55, 75.75, "IN", "approximate, tehsil north of Kishtwar; placement uncertain"), ["Indian army", "militants"])],
  [M("Doda forests", 33.10, 75.55, "IN", "approximate, forested area around Doda; placement uncertain")],
  "Composite. Direction of movement: non-event.",
  ["indian_army", "weekday_date", "area_of", "direction"])
