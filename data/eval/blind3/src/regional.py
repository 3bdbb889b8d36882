from lib import *
R = "regional"
DOCS = []
add = DOCS.append

SLE = P("Slemani", "IQ", "Sulaymaniyah")
HEW = P("Hewler (Erbil)", "IQ", "Erbil")
BAG = P("Baghdad", "IQ")

d = "2024-07-23"
add(D(R, 1, d, f"""SLEMANI, Kurdistan Region – A drone believed to be Turkish struck a pickup truck on {WD(d)} afternoon on the outskirts of Chwarta, the centre of Sharbazher district in Slemani province, killing the driver and wounding a passenger, Sharbazher mayor Karwan Mahmoud told our correspondent.

The wounded man was transferred to the emergency hospital in Slemani city, where doctors described his condition as stable. Residents said the vehicle belonged to a shepherd from a nearby village.

Turkey has stepped up its air campaign against suspected PKK positions in the mountainous border areas of the Kurdistan Region in recent months.""",
  [E("incident", "drone strike", d, P("Chwarta", "IQ"), ["Turkey"])],
  [SLE],
  "Event on the pub date (same-day 'on Tuesday'). Slemani is dateline and hospital city, 35 km away.",
  ["dateline_not_event", "hospital_other_city", "regional_spelling"]))

d = "2023-09-19"
ARB = OFF("Arbat airstrip", SLE, 20, BEAR["southeast"])
add(D(R, 2, d, f"""HEWLER – Three members of the Kurdistan Region's counter-terrorism forces were killed on {WD(d,-1)} when an armed drone hit the Arbat agricultural airstrip, about 20 kilometres southeast of Slemani city, the Slemani security directorate said.

Two other officers were lightly wounded. The directorate did not name the party behind the attack, but Kurdish officials have in the past blamed Turkey for similar drone attacks in the province.

In April, an explosion struck near Slemani International Airport while a convoy was on the runway, an incident Ankara never officially acknowledged.""",
  [E("incident", "drone strike", DAY(d,-1), ARB, ["unknown drone"], alts=[SLE])],
  [HEW],
  "Gold is a computed point 20 km SE of Slemani (Arbat area) with Slemani as alternate. April airport blast near Slemani is undated background (same area as the alternate, so not listed as non-event).",
  ["dateline_not_event", "relative_date", "offset", "background_event", "regional_spelling"]))

d = "2022-06-14"
AMD = P("Amedi", "IQ", "Al Amadiyah")
DUH = P("Duhok", "IQ")
add(D(R, 3, d, f"""Turkish warplanes bombarded the surroundings of the village of Kani Masi in the Barwari Bala sub-district of Amedi district, Duhok province of the Kurdistan Region, on {WD(d,-1)} night, the sub-district director told reporters.

The bombardment set fire to orchards and forced several families to leave for Duhok city, he said, adding that no one was hurt. Kani Masi lies only a few kilometres from the Turkish border.""",
  [E("incident", "airstrike", [DAY(d,-1), d], P("Kani Masi", "IQ"), ["Turkey"], alts=[AMD])],
  [DUH],
  "'Monday night' given as Monday..Tuesday range. Amedi is the district centre (alternate). Duhok city is where families fled, not the strike site.",
  ["relative_date", "admin_qualifier", "displacement_destination"]))

d = "2024-03-05"
SOR = P("Soran", "IQ")
add(D(R, 4, d, f"""A drone targeted a vehicle in the Sidakan sub-district of the Kurdistan Region's Soran administration on {WD(d,-1)} evening, killing two people, Sidakan mayor Ihsan Chalabi said in a statement on {WD(d)}.

According to the mayor, the two men were members of the Kurdistan Workers' Party (PKK) who had come down from the Qandil mountains. Their bodies were taken to Soran hospital.""",
  [E("incident", "drone strike", DAY(d,-1), M("Sidakan", 36.797, 44.672, "IQ"), ["unknown drone"], alts=[SOR])],
  [M("Qandil mountains", 36.45, 45.05, "IQ", "approximate centre of the Qandil range")],
  "Statement day (Tuesday) differs from event day (Monday). Qandil is an origin, not the strike site; Soran hospital is the administration centre (alternate, ~25 km).",
  ["relative_date", "origin_place", "regional_spelling", "admin_qualifier"]))

d = "2025-01-10"
add(D(R, 5, d, f"""Iraqi F-16 jets struck an ISIS hideout in the Wadi al-Shay valley, south of Kirkuk, on {WD(d,-1)}, killing four militants, the Security Media Cell said in a statement issued in Baghdad.

Security spokesman Major General Tahsin al-Khafaji said ground forces later searched the area and found weapons and explosive belts. Wadi al-Shay, a rugged valley between Kirkuk and Salahaddin provinces, has long been used by remnants of the group.""",
  [E("incident", "airstrike", DAY(d,-1), M("Wadi al-Shay", 35.10, 44.25, "IQ", "approximate, valley south-west of Kirkuk"), ["Iraqi Air Force", "ISIS"], alts=[P("Kirkuk", "IQ")])],
  [BAG],
  "Statement issued in Baghdad (non-event). Valley point approximate with Kirkuk as alternate.",
  ["statement_place", "relative_date"]))

d = "2023-05-02"
add(D(R, 6, d, f"""Kurdistan Region Prime Minister Masrour Barzani received the French Consul General in Erbil (Hewler) on {WD(d)}, his office said.

The two sides discussed the situation in Sinjar, the implementation of the budget agreement between Erbil and Baghdad, and French support for the Peshmerga reform programme.""",
  [E("meeting", "reception", d, HEW, ["Masrour Barzani", "French Consul General"])],
  [P("Sinjar", "IQ"), BAG],
  "Meeting in Erbil. Sinjar is a topic; 'between Erbil and Baghdad' is a metonym (Baghdad non-event).",
  ["topic_place", "metonym", "alt_name"]))

d = "2022-09-28"
KOY = P("Koya (Koysinjaq)", "IQ", "Koysinjaq")
add(D(R, 7, d, f"""HEWLER – Iran's Revolutionary Guards pounded the headquarters of Iranian Kurdish opposition parties in the Kurdistan Region with missiles and drones on {WD(d)}, killing at least nine people, local officials said.

The heaviest strikes hit the Koya (Koysinjaq) district, east of Hewler, where the Kurdistan Democratic Party of Iran has its main camp. Drones also targeted a camp of the Komala party in Zrgwez, near Slemani, and a party office in Perdi (Altun Kupri), on the road to Kirkuk.

Most of the wounded were taken to hospitals in Hewler. The Kurdistan Region's interior ministry condemned the attacks and called on Baghdad to take a firm stand.""",
  [E("incident", "missile and drone strike", d, KOY, ["IRGC", "KDPI"]),
   E("incident", "drone strike", d, M("Zrgwez", 35.62, 45.27, "IQ", "approximate, Komala camp area west of Slemani"), ["IRGC", "Komala"], alts=[SLE]),
   E("incident", "drone strike", d, M("Perdi (Altun Kupri)", 35.752, 44.143, "IQ"), ["IRGC"], alts=[P("Kirkuk", "IQ")])],
  [HEW, BAG],
  "Three named targets, one event each. Hewler is the dateline and hospital city; Baghdad is addressed, not an event place. Kirkuk alternate for Perdi is 33 km away.",
  ["dateline_not_event", "multi_event", "alt_name", "hospital_other_city", "metonym"]))

d = "2021-04-15"
EAP = M("Erbil International Airport", 36.237, 43.963, "IQ")
add(D(R, 8, d, f"""A drone laden with explosives struck near the coalition base at Erbil International Airport late on {WD(d,-1)}, the Kurdistan Region's interior ministry said, causing a fire but no casualties.

Initial findings indicated the drone had been launched from the direction of Makhmour, southwest of the city, the ministry said. A group calling itself Awliya al-Dam had claimed a rocket attack on the same area in February.""",
  [E("incident", "drone attack", DAY(d,-1), EAP, ["unknown"], alts=[HEW])],
  [P("Makhmour", "IQ", "Makhmur")],
  "Makhmour is a launch origin (about 60 km from the airport). February rocket attack is undated background at the same site.",
  ["relative_date", "origin_place", "background_event"]))

d = "2024-01-14"
add(D(R, 9, d, f"""QAMISHLO – Turkish drones struck the Swediyah gas plant near Derik (al-Malikiyah) and an electricity substation in Amuda on {WD(d,-1)}, cutting power to much of the Jazira region, the Autonomous Administration's energy authority said.

An employee was wounded at the gas facility, the authority said, adding that maintenance teams from Qamishlo were unable to reach the sites because drones remained overhead.""",
  [E("incident", "drone strike", DAY(d,-1), M("Swediyah gas plant", 36.98, 42.05, "SY", "approximate, Suwaydiyah gas field south of Derik"), ["Turkey"], alts=[P("Derik (al-Malikiyah)", "SY", "Al Malikiyah")]),
   E("incident", "drone strike", DAY(d,-1), P("Amuda", "SY"), ["Turkey"])],
  [P("Qamishlo", "SY", "Al Qamishli")],
  "Two struck sites. Qamishlo is dateline and base of maintenance teams (Amuda is 25 km from Qamishlo; scored gold nearby so no distractor).",
  ["dateline_not_event", "multi_event", "alt_name", "regional_spelling", "relative_date"]))

d = "2019-10-10"
add(D(R, 10, d, f"""Turkish artillery pounded Serêkaniyê (Ras al-Ain) and the villages of its countryside on {WD(d)}, while warplanes struck positions on the edge of Girê Spî (Tel Abyad), the Syrian Democratic Forces said.

Thousands of families fled south towards Til Temir (Tell Tamer) and al-Hasakah, local officials said. The offensive, which Ankara calls Operation Peace Spring, began a day earlier.""",
  [E("incident", "shelling", d, P("Serêkaniyê (Ras al-Ain)", "SY", "Ras al Ayn"), ["Turkey", "SDF"]),
   E("incident", "airstrike", d, P("Girê Spî (Tel Abyad)", "SY", "Tell Abyad"), ["Turkey", "SDF"])],
  [P("Til Temir (Tell Tamer)", "SY", "Tell Tamer"), P("al-Hasakah", "SY", "Hasakah")],
  "Two struck towns; the start of the offensive a day earlier has no place and is not gold. Tell Tamer and Hasakah are displacement destinations.",
  ["alt_name", "multi_event", "displacement_destination", "regional_spelling"]))

d = "2023-08-17"
HSK = P("al-Hasakah", "SY", "Hasakah")
add(D(R, 11, d, f"""Unknown gunmen shot dead a member of the Internal Security Forces (Asayish) on {WD(d,-1)} in the town of Tal Brak, 35 km northeast of al-Hasakah, in the al-Hasakah countryside, a local source said.

The victim, Jiwan Hemo, was originally from Amuda. His body was taken to the national hospital in al-Hasakah city.""",
  [E("incident", "shooting", DAY(d,-1), OFF("Tal Brak (35 km NE of al-Hasakah)", HSK, 35, 45), ["unknown gunmen", "Asayish"], alts=[HSK, M("Tal Brak", 36.665, 41.058, "SY")])],
  [P("Amuda", "SY")],
  "Computed offset point with al-Hasakah and Tal Brak as alternates (al-Hasakah is also the hospital city). Amuda is the victim's origin (invented name).",
  ["offset", "origin_place", "hospital_other_city", "relative_date"]))

d = "2023-09-02"
add(D(R, 12, d, f"""DEIR EZ-ZOR – Fierce clashes broke out on {WD(d)} between the Syrian Democratic Forces and fighters of Arab tribes in the town of Dhiban, in the eastern countryside of Deir ez-Zor, local sources said.

At least five fighters were killed. The wounded were taken to a hospital in al-Hasakah, more than 150 km to the north, because medical facilities in the area were overwhelmed. The fighting began last week after the SDF detained the head of the Deir ez-Zor Military Council.""",
  [E("incident", "clashes", d, P("Dhiban", "SY"), ["SDF", "Arab tribal fighters"])],
  [P("Deir ez-Zor", "SY"), HSK],
  "Dateline Deir ez-Zor is ~45 km from Dhiban (inside 50 km). Hospital in Hasakah is far. The detention 'last week' is undated background.",
  ["dateline_not_event", "hospital_other_city", "background_event"]))

d = "2023-06-26"
add(D(R, 13, d, f"""IDLIB – Russian warplanes carried out airstrikes on a vegetable market on the outskirts of Jisr al-Shughur in western Idlib on {WD(d,-1)}, killing nine civilians, the Syrian Civil Defence (White Helmets) said.

On the same day, regime forces shelled the village of Kansafra in Jabal al-Zawiya with artillery, wounding two children. Many of the victims at the market were displaced families from Saraqib, the organisation said.""",
  [E("incident", "airstrike", DAY(d,-1), P("Jisr al-Shughur", "SY", "Jisr ash Shughur"), ["Russia"]),
   E("incident", "shelling", DAY(d,-1), M("Kansafra", 35.655, 36.545, "SY", "approximate, Jabal al-Zawiya"), ["Syrian regime forces"])],
  [P("Idlib", "SY"), P("Saraqib", "SY")],
  "Two events. Saraqib is a qualifier (families from). Idlib city dateline (~35 km from Kansafra).",
  ["dateline_not_event", "qualifier_place", "multi_event", "relative_date"]))

d = "2022-11-19"
add(D(R, 14, d, f"""DARAA – Unidentified gunmen assassinated a former opposition commander in the town of Tafas, in the western countryside of Daraa, on {WD(d,-1)} evening, local sources said.

The man, identified as Abu Ammar al-Jasimi, was shot near his home. His family are originally from the town of Jasim, north of Tafas.""",
  [E("incident", "assassination", DAY(d,-1), P("Tafas", "SY"), ["unknown gunmen"])],
  [P("Jasim", "SY")],
  "Person's surname 'al-Jasimi' and origin Jasim (28 km from Tafas; within 50 km, so only a mild trap). Daraa city dateline 15 km away.",
  ["person_name_place", "origin_place", "relative_date"]))

d = "2024-05-08"
add(D(R, 15, d, f"""RAQQA – The Autonomous Administration of North and East Syria announced on {WD(d)} that it would hold municipal elections in June in Raqqa, Tabqa and the other cantons under its control.

The co-chair of the electoral commission said polling stations would open in all districts and that observers from Kurdish parties in Qamishlo had been invited. The move drew criticism from Damascus and Ankara.""",
  [],
  [P("Raqqa", "SY", "Ar Raqqah"), P("Tabqa", "SY"), P("Qamishlo", "SY", "Al Qamishli"), P("Damascus", "SY"), P("Ankara", "TR")],
  "No event: an announcement of future elections. Damascus and Ankara are metonyms.",
  ["no_gold", "future_event", "metonym", "statement"]))

KFK = P("Kafr Kila", "LB", "Kfar Kila")
d = "2024-02-20"
add(D(R, 16, d, f"""An Israeli enemy drone targeted a motorcycle on the road between Kafr Kila and Deir Mimas in the Marjayoun district on {WD(d)} morning, killing its rider, the National News Agency reported.

In the afternoon, Israeli artillery shelled the outskirts of Aitaroun and Blida in the Bint Jbeil district, causing material damage.""",
  [E("incident", "drone strike", d, KFK, ["Israel"], alts=[M("Deir Mimas", 33.305, 35.574, "LB")]),
   E("incident", "shelling", d, M("Aitaroun", 33.117, 35.468, "LB"), ["Israel"]),
   E("incident", "shelling", d, M("Blida", 33.141, 35.518, "LB"), ["Israel"])],
  [],
  "Road strike pinned at Kafr Kila with Deir Mimas alternate; each shelled town is its own event.",
  ["multi_event", "admin_qualifier"]))

d = "2024-03-27"
add(D(R, 17, d, f"""Seven paramedics were killed when an Israeli airstrike hit an emergency and relief centre in the town of Hebbariyeh in the Hasbaya district before dawn on {WD(d)}, the Lebanese health ministry said.

The Beirut-based Lebanese Succour Association said the centre belonged to it. The bodies were taken to the governmental hospital in Marjayoun.""",
  [E("incident", "airstrike", d, M("Hebbariyeh", 33.346, 35.706, "LB"), ["Israel"])],
  [P("Beirut", "LB")],
  "Beirut is a qualifier ('Beirut-based'). Marjayoun hospital is ~12 km from the strike (not listed as non-event because it is within 50 km).",
  ["qualifier_place", "hospital_other_city"]))

d = "2024-11-19"
add(D(R, 18, d, f"""Speaker of Parliament Nabih Berri received US envoy Amos Hochstein at his residence in Ain el-Tineh on {WD(d)}, in the presence of the Speaker's adviser, NNA reported.

The meeting dealt with the situation in the south and the American proposal for a ceasefire based on Resolution 1701. Hochstein, who arrived in Beirut in the morning, is expected to travel to Israel on {WD(d,1)}.""",
  [E("meeting", "reception", d, M("Ain el-Tineh, Beirut", 33.887, 35.484, "LB", "Berri's residence in west Beirut"), ["Nabih Berri", "Amos Hochstein"], alts=[P("Beirut", "LB")])],
  [],
  "Ain el-Tineh is a Beirut neighbourhood. Onward trip to Israel is future and names only the country (no pin).",
  ["future_event", "country_only"]))

d = "2024-08-28"
add(D(R, 19, d, f"""Israeli warplanes raided the outskirts of the town of Nabi Chit and the Janta area in the Baalbek-Hermel governorate at dawn on {WD(d)}, NNA reported, without giving casualty figures.

Baalbek city itself was struck last week, when a raid hit a building near the Roman ruins.""",
  [E("incident", "airstrike", d, M("Nabi Chit", 33.874, 36.123, "LB"), ["Israel"]),
   E("incident", "airstrike", d, M("Janta", 33.83, 36.15, "LB", "approximate, Janta hills near the Syrian border"), ["Israel"])],
  [P("Baalbek", "LB")],
  "Two targeted places (5 km apart, each its own event). Baalbek strike 'last week' is background (~20 km away).",
  ["multi_event", "background_event", "admin_qualifier"]))

d = "2024-05-31"
HOD = P("Hodeidah", "YE", "Al Hudaydah")
add(D(R, 20, d, f"""SANAA (Saba) – The American-British aggression launched three raids on the Ras Isa port in al-Salif district of Hodeidah governorate on {WD(d,-1)} night, and two raids on the al-Jabbanah area west of Hodeidah city, the Saba news agency reported.

The agency quoted a health ministry official as saying that 16 people were killed and 41 wounded. Armed forces spokesman Yahya Saree said the Yemeni armed forces would respond.""",
  [E("incident", "airstrike", [DAY(d,-1), d], M("Ras Isa port", 15.19, 42.63, "YE", "approximate, Ras Isa terminal near Salif"), ["United States", "United Kingdom"], alts=[P("al-Salif", "YE", "Salif")]),
   E("incident", "airstrike", [DAY(d,-1), d], M("al-Jabbanah, Hodeidah", 14.83, 42.93, "YE", "approximate, western Hodeidah"), ["United States", "United Kingdom"], alts=[HOD])],
  [P("Sanaa", "YE")],
  "Night raids: Thursday..Friday range. Sanaa is dateline only.",
  ["dateline_not_event", "multi_event", "relative_date", "admin_qualifier"]))

d = "2023-07-12"
add(D(R, 21, d, f"""ADEN – The Houthi militia shelled residential neighbourhoods in the east of Taiz city on {WD(d,-1)}, wounding three children, a military source told the government-run agency.

In a separate attack, a Houthi drone targeted a government army position in Hays district, south of Hodeidah, the source said. Military spokesman Colonel Abdulbasit al-Baheri said the militia was exploiting the truce.""",
  [E("incident", "shelling", DAY(d,-1), P("Taiz", "YE"), ["Houthis"]),
   E("incident", "drone strike", DAY(d,-1), P("Hays", "YE"), ["Houthis", "Yemeni government forces"])],
  [P("Aden", "YE"), HOD],
  "Aden dateline. Hays district pinned at Hays town. 'south of Hodeidah' names Hodeidah as reference only (Hodeidah ~110 km away; non-event).",
  ["dateline_not_event", "multi_event", "relative_date"]))

d = "2024-02-07"
add(D(R, 22, d, f"""The Chairman of the Presidential Leadership Council, Dr. Rashad al-Alimi, received the US special envoy for Yemen Tim Lenderking in Riyadh on {WD(d)}.

They discussed Houthi attacks on shipping, the economic situation in the interim capital Aden, and the peace roadmap sponsored by Saudi Arabia and the Sultanate of Oman.""",
  [E("meeting", "reception", d, P("Riyadh", "SA"), ["Rashad al-Alimi", "Tim Lenderking"])],
  [P("Aden", "YE")],
  "Meeting abroad (Riyadh). Aden is a topic place; Saudi Arabia and Oman are countries only.",
  ["topic_place", "country_only"]))

d = "2024-01-19"
add(D(R, 23, d, f"""SANAA – Ansar Allah leader Abdulmalik al-Houthi said in a televised speech on {WD(d,-1)} that operations against ships linked to Israel would continue in the Red Sea and the Bab al-Mandab strait, and warned that American and British strikes would not deter the movement.

He said the movement's forces had carried out dozens of operations since November. Supporters gathered in al-Sabeen square in Sanaa to watch the speech.""",
  [],
  [P("Sanaa", "YE")],
  "No event: a speech and a rally of viewers; the operations are undated and unlocated.",
  ["no_gold", "statement"]))

d = "2022-11-25"
add(D(R, 24, d, f"""MOGADISHU – Al-Shabaab militants attacked a military base in the town of Buulo Mareer (Bulo Marer) in the Lower Shabelle region on {WD(d,-1)} morning, sparking hours of fighting with government forces, officials said.

Lower Shabelle governor Aden Nur said the attackers were repelled and that several wounded soldiers were airlifted to Mogadishu for treatment.""",
  [E("incident", "attack on base", DAY(d,-1), M("Buulo Mareer", 1.75, 44.53, "SO", "approximate, Lower Shabelle"), ["al-Shabaab", "Somali National Army"])],
  [P("Mogadishu", "SO"), P("Aden", "YE")],
  "Governor's first name 'Aden' looks like the Yemeni city (non-event). Mogadishu is dateline and evacuation destination.",
  ["dateline_not_event", "person_name_place", "hospital_other_city", "relative_date", "alt_name"]))

d = "2023-03-14"
MOG = P("Mogadishu", "SO")
add(D(R, 25, d, f"""A roadside bomb struck a vehicle carrying district officials near Afgooye, some 30 km northwest of Mogadishu, on {WD(d)}, killing two and wounding three others, police said.

Police spokesman Abdifatah Adan said the officials were travelling back to the capital after a meeting. No group claimed the attack, but al-Shabaab frequently targets the road.""",
  [E("incident", "IED", d, P("Afgooye", "SO"), ["unknown"], alts=[OFF("30 km NW of Mogadishu", MOG, 30, 315)])],
  [P("Aden", "YE")],
  "Afgooye main with computed offset as alternate (Mogadishu itself is 25 km away). Spokesman surname 'Adan' resembles Aden.",
  ["offset", "person_name_place"]))

d = "2025-02-28"
add(D(R, 26, d, f"""Ethiopian Prime Minister Abiy Ahmed arrived in Mogadishu on {WD(d,-1)} for a one-day visit and held talks with President Hassan Sheikh Mohamud at Villa Somalia, the presidency said.

The two leaders discussed the Ankara declaration and security cooperation along the border. President Hassan Sheikh had visited Addis Ababa last month, the first such trip since the dispute over the Somaliland port deal.""",
  [E("meeting", "visit", DAY(d,-1), MOG, ["Abiy Ahmed", "Hassan Sheikh Mohamud"])],
  [P("Addis Ababa", "ET"), P("Ankara", "TR")],
  "Previous visit to Addis Ababa is background; 'Ankara declaration' is a metonym.",
  ["background_event", "metonym", "relative_date"]))

d = "2025-03-22"
add(D(R, 27, d, f"""NIAMEY – Armed men attacked worshippers at a mosque in the village of Fambita, in the rural commune of Kokorou, Téra department, Tillabéri region, during {WD(d,-1)} prayers, killing 44 civilians, the interior ministry said in a statement read on state television in Niamey.

The ministry blamed the Islamic State in the Greater Sahara and declared three days of national mourning.""",
  [E("incident", "attack on civilians", DAY(d,-1), M("Fambita", 14.27, 0.93, "NE", "approximate, Kokorou commune north-east of Téra"), ["ISGS"], alts=[P("Téra", "NE", "Tera")])],
  [P("Niamey", "NE")],
  "Village approximate, Téra department centre as alternate (~35 km).",
  ["dateline_not_event", "statement_place", "admin_qualifier", "relative_date"]))

d = "2025-05-12"
add(D(R, 28, d, f"""Jihadist fighters attacked the town of Djibo, in Soum province, on {WD(d,-1)} morning, storming a military camp and several neighbourhoods before withdrawing, security sources in Ouagadougou said.

The Group for the Support of Islam and Muslims (JNIM) claimed the attack. Residents reached by telephone said the town was calm on {WD(d)} but that the road to Ouagadougou remained cut.""",
  [E("incident", "attack", DAY(d,-1), P("Djibo", "BF"), ["JNIM"])],
  [P("Ouagadougou", "BF")],
  "Ouagadougou is the sources' location and a road destination.",
  ["statement_place", "relative_date"]))

d = "2023-11-15"
add(D(R, 29, d, f"""GAO – The Malian army and its allies took control of Kidal on {WD(d,-1)} after the withdrawal of the rebels of the Permanent Strategic Framework, the transitional government announced.

Columns had left Anefis last week, where they fought the rebels for several days. Reinforcements had been sent from Gao.""",
  [E("incident", "capture", DAY(d,-1), P("Kidal", "ML"), ["Malian army", "CSP-PSD"])],
  [P("Gao", "ML"), M("Anefis", 17.95, 0.51, "ML")],
  "Capture of Kidal. Anefis fighting last week is background; Gao is dateline and origin of reinforcements.",
  ["dateline_not_event", "background_event", "origin_place", "relative_date"]))

d = "2024-06-01"
add(D(R, 30, d, f"""Kurdistan Region President Nechirvan Barzani held a phone call with Iraqi Prime Minister Mohammed Shia al-Sudani on {WD(d)}, the Region's presidency said.

The two discussed the payment of the salaries of the Region's public employees and the resumption of oil exports through the Fishkhabour corridor. They agreed that a delegation from Hewler would visit Baghdad next week.""",
  [E("call", "phone call", d, HEW, ["Nechirvan Barzani", "Mohammed Shia al-Sudani"], alts=[BAG])],
  [M("Fishkhabour", 37.09, 42.38, "IQ")],
  "Call pinned at the issuing side's seat (Erbil) with Baghdad as alternate. Planned delegation visit is future.",
  ["call", "topic_place", "future_event", "regional_spelling"]))
