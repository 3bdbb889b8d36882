from lib import *
R = "regional"
DOCS = []
add = DOCS.append

ERB = P("Erbil", "IQ")
SLE = P("Sulaymaniyah", "IQ")
DUH = P("Duhok", "IQ")
ZAK = P("Zakho", "IQ")
QAM = P("Qamishli", "SY", "Al Qamishli")
HSK = P("Hasakah", "SY", "Al Hasakah")
TEH = P("Tehran", "IR")
BAG = P("Baghdad", "IQ")
ANK = P("Ankara", "TR")
MOG = P("Mogadishu", "SO")
T = "Regional outlet in translation; local spellings resolved to the gazetteer names."

# 1 ---------------------------------------------------------------- Slemani, Arbat airfield (offset)
d = "2023-09-18"
ARB = OFF("Arbat airfield", SLE, 20, BEAR["southeast"])
add(D(R, 1, d, f"""SLEMANI — Three members of the Kurdistan Region's Counter-Terrorism Group (CTG) were killed on {WD(d)} afternoon when a drone struck the Arbat airfield, some 20 kilometres southeast of Slemani, local security sources told our correspondent.

A fourth member was wounded and taken to Slemani's emergency hospital. The sources said the drone "came from the north" and hit a hangar where the men were training.

The Kurdistan Region Presidency in Hewlêr (Erbil) condemned "this dangerous attack" and called on the federal government in Baghdad to defend the country's sovereignty. The Patriotic Union of Kurdistan, which dominates Slemani province, has accused Ankara of similar strikes in the past.""",
  [E("incident", "drone strike", d, ARB, ["unknown (Turkey suspected)", "CTG"], alts=[SLE])],
  [ERB, BAG, ANK],
  T + " Offset 20 km SE of Slemani (Sulaymaniyah), computed, city as alternate. Hospital in Slemani is inside the radius. Hewlêr/Erbil and Baghdad are statement/addressee places; earlier strikes are undated.",
  ["offset", "alt_spelling", "statement_place", "hospital_other_city", "kurdish_outlet"]))

# 2 ---------------------------------------------------------------- Duhok province, Batifa sub-district
d = "2024-07-10"
BAT = P("Batifa", "IQ")
add(D(R, 2, d, f"""DUHOK — Turkish artillery shelled farmland around three villages of the Batifa sub-district in the Kurdistan Region's Duhok province on {WD(d,-1)} night, setting fire to orchards and vineyards, the sub-district director said on {WD(d)}.

"The fire burned for hours and the villagers could not reach it because of the shelling," he said. About 40 families from the villages have left for Zakho town and for relatives in Duhok city since the spring.

The shells were fired from Turkish positions on the mountain ridge north of the sub-district, he added. Turkey says its operations target fighters of the Kurdistan Workers' Party (PKK). The Kurdistan Regional Government in Erbil has not commented on the latest shelling.""",
  [E("incident", "shelling", [DAY(d,-1), d], BAT, ["Turkey", "PKK"], alts=[ZAK])],
  [DUH, ERB],
  T + " Night shelling reported next day: D-1..D (night of the 9th). Villages unnamed: pinned at the Batifa sub-district centre, Zakho district centre as alternate (~30 km). Zakho town and Duhok city (~35 km) are where families went; 'the Kurdistan Region's Duhok province' is an admin qualifier.",
  ["admin_qualifier", "sub_district", "origin_place", "statement_place", "kurdish_outlet"]))

# 3 ---------------------------------------------------------------- Qamishlo road, drone
d = "2022-12-02"
AMU = P("Amuda", "SY")
QROAD = OFF("Qamishlo–Amude road, 12 km west of Qamishlo", QAM, 12, BEAR["west"])
add(D(R, 3, d, f"""QAMISHLO — A Turkish drone targeted a military vehicle of the Internal Security Forces (Asayish) on the Qamishlo–Amude road, about 12 km west of Qamishlo, on {WD(d)} morning, killing two members and wounding a third, a security source told our agency.

The wounded member was transferred to the Kurdish Red Crescent hospital in Hasakah. The source said the drone had taken off from a base inside the Turkish border near Nusaybin.

It was the third drone attack on the road this week. The Autonomous Administration said in a statement that the attacks "aim to destabilise the region" and called on the international coalition to assume its responsibilities.""",
  [E("incident", "drone strike", d, QROAD, ["Turkey", "Asayish"], alts=[QAM, AMU])],
  [HSK, P("Nusaybin", "TR")],
  T + " Qamishlo = Qamishli, Amude = Amuda. Offset computed 12 km west of Qamishli (Qamishli and Amuda as alternates). Hasakah hospital (~80 km) and Nusaybin launch origin are not event places. Earlier attacks 'this week' are undated.",
  ["offset", "alt_spelling", "hospital_other_city", "launch_origin", "kurdish_outlet"]))

# 4 ---------------------------------------------------------------- Derik + Tirbespiyê, energy sites
d = "2024-01-14"
DER = P("Derik", "SY", "Al Malikiyah")
TIR = P("Tirbespiyê", "SY", "Al Qahtaniyah")
add(D(R, 4, d, f"""QAMISHLO — Turkish warplanes and drones struck a power station in Derik (al-Malikiyah) and an oil field near Tirbespiyê (al-Qahtaniyah) on {WD(d,-2)} night and {WD(d,-1)}, cutting electricity to large parts of the Jazira region, the Autonomous Administration's energy office said.

Six civilians were killed, among them two workers at the power station. Residents of Derik said they heard at least four explosions after midnight.

The raids followed Ankara's announcement that nine Turkish soldiers had been killed in clashes in northern Iraq. Hundreds of people gathered in Qamishlo on {WD(d)} in protest at the strikes on Derik and Tirbespiyê.""",
  [E("incident", "airstrike", [DAY(d,-2), DAY(d,-1)], DER, ["Turkey"]),
   E("incident", "airstrike", [DAY(d,-2), DAY(d,-1)], TIR, ["Turkey"]),
   E("other", "protest", d, QAM, ["residents"])],
  [ANK],
  T + " Derik and Tirbespiyê (~50 km apart) are separate sites: two events with the night-and-next-day range. Qamishlo protest 'at the strikes on Derik and Tirbespiyê' is kind other, unscored (back-reference). 'Northern Iraq' (clashes) is a region without a pin; Ankara is the speaker.",
  ["multi_event", "alt_spelling", "back_reference", "protest", "metonym", "kurdish_outlet", "weekday_date"]))

# 5 ---------------------------------------------------------------- Idlib, Ariha shelling + dated Homs background
d = "2023-10-07"
ARI = P("Ariha", "SY")
HOMS = P("Homs", "SY")
add(D(R, 5, d, f"""IDLIB — Regime forces shelled the city of Ariha, in the southern countryside of Idlib, with rocket launchers on {WD(d,-1)} evening, killing five civilians, among them two children, the Syrian Civil Defence (White Helmets) said.

The shells hit a residential street and the vegetable market. The wounded were taken to the Idlib University Hospital in Idlib city.

The escalation came a day after a drone attack on a graduation ceremony at the Homs Military College on {WD(d,-2)}, which the regime blamed on "terrorist organisations" in the north-west. Dozens of families from Ariha and nearby villages have since moved north towards the camps on the Turkish border.""",
  [E("incident", "shelling", DAY(d,-1), ARI, ["Syrian Arab Army"]),
   E("incident", "drone attack", DAY(d,-2), HOMS, [], optional=True)],
  [P("Idlib", "SY")],
  T + " Hospital in Idlib city (~13 km) inside the radius (documentation only). Homs Military College attack, dated by weekday, is separate background: optional.",
  ["hospital_other_city", "background_event", "syrian_outlet", "weekday_date"]))

# 6 ---------------------------------------------------------------- Houthi-side outlet, Hodeidah raids
d = "2024-05-18"
LUH = P("Al-Luhayyah", "YE", "Al Luhayyah")
KAM = M("Kamaran island", 15.35, 42.60, "YE", "approximate, island off Salif")
add(D(R, 6, d, f"""SANA'A — The American-British aggression launched three raids on Al-Luhayyah district, north of Al-Hodeidah governorate, and two raids on Kamaran island on {WD(d,-1)} evening, a security source told the agency.

The source said the raids targeted "civilian facilities" and caused material damage. No casualties were reported.

The source held the aggression responsible for the consequences of "its escalation against our people in solidarity with Gaza", and said the armed forces would continue their naval operations in the Red Sea and the Arabian Sea.""",
  [E("incident", "airstrike", DAY(d,-1), LUH, ["United States", "United Kingdom", "Houthis"]),
   E("incident", "airstrike", DAY(d,-1), KAM, ["United States", "United Kingdom", "Houthis"])],
  [P("Sanaa", "YE"), P("Al Hudaydah", "YE"), P("Gaza", "PS")],
  T + " Al-Luhayyah (district, pinned at its town) and Kamaran (~40 km apart, both mentioned as separate raid targets): two events. Al-Hodeidah is the governorate qualifier (city ~100 km from Luhayyah). Sana'a is the dateline; Gaza a topic; the Red Sea threat is future.",
  ["multi_event", "admin_qualifier", "dateline_not_event", "topic_place", "future_event", "yemeni_outlet", "no_casualties"]))

# 7 ---------------------------------------------------------------- Taiz shelling, government-side outlet
d = "2022-04-27"
TAIZ = P("Ta'iz", "YE", "Taiz")
add(D(R, 7, d, f"""TA'IZ — A child was killed and three others were wounded on {WD(d)} when Houthi militias shelled the Al-Rawdah neighbourhood in the east of the besieged city of Ta'iz, a medical source said, despite the UN-sponsored truce announced at the beginning of the month.

The wounded were taken to Al-Thawra hospital. Their families had been displaced from Al-Hawban, the eastern suburb under Houthi control, the source said.

The governor of Ta'iz condemned the "new crime" and urged the UN envoy, who is based in Amman, to pressure the militia to lift the siege. Houthi snipers had killed a woman in the same neighbourhood last week.""",
  [E("incident", "shelling", d, TAIZ, ["Houthis"])],
  [P("Amman", "JO")],
  T + " Neighbourhood of Ta'iz: pinned at the city. Al-Hawban (~10 km, families' origin) is inside the radius and left unpinned. Sniper killing 'last week' undated: not gold. UN envoy's Amman seat is not an event place.",
  ["x_based", "origin_place", "background_event", "yemeni_outlet"]))

# 8 ---------------------------------------------------------------- Tripoli, Tajoura clashes
d = "2022-05-17"
TAJ = P("Tajoura", "LY", "Tajura")
TRI = P("Tripoli", "LY")
add(D(R, 8, d, f"""TRIPOLI — Armed clashes broke out in the eastern Tripoli suburb of Tajoura on {WD(d,-1)} night between two armed groups affiliated with the Ministry of Defence, residents told the Libya Observer.

Heavy and medium weapons were used near the coastal road, and families fled towards Souq al-Jumaa. The Emergency Medicine Centre said one person was killed and five were injured.

The clashes came hours after Fathi Bashagha, appointed prime minister by the House of Representatives, entered Tripoli and then withdrew, saying he wanted to avoid bloodshed. Bashagha later said from Sirte that he would run his government from there.""",
  [E("incident", "armed clashes", [DAY(d,-1), d], TAJ, ["Tripoli armed groups"], alts=[TRI]),
   E("other", "movement", DAY(d,-1), TRI, ["Fathi Bashagha"], optional=True)],
  [P("Sirte", "LY")],
  T + " Night clashes reported the next day: D-1..D at Tajoura (Tripoli alternate, ~15 km). Bashagha's entry into and withdrawal from Tripoli is a political movement (kind other, optional). Sirte is his statement place and future seat.",
  ["libyan_outlet", "statement_place", "future_event", "overnight"]))

# 9 ---------------------------------------------------------------- Zawiya, drone strikes on smugglers
d = "2023-05-26"
ZAW = P("Zawiya", "LY")
ZUW = P("Zuwara", "LY")
add(D(R, 9, d, f"""ZAWIYA — Drones belonging to the Government of National Unity carried out strikes on what it called "hideouts of fuel and human smugglers" in Zawiya and along the coast west of the city on {WD(d,-1)}, the government's media platform said.

Local residents said one strike hit a house in the Abu Surra area of Zawiya and another a boat at the beach at Harsha. No casualties were confirmed.

The House of Representatives, meeting in Benghazi, condemned the strikes as "a settling of political scores". Zawiya's municipal council said the government in Tripoli had not informed it. Zuwara-based activists said smuggling boats had left from beaches further west in recent weeks.""",
  [E("incident", "drone strike", DAY(d,-1), ZAW, ["Government of National Unity"])],
  [P("Benghazi", "LY"), P("Tripoli", "LY"), ZUW],
  T + " Zawiya and the nearby coast (Abu Surra, Harsha within a few km): one event. Benghazi (HoR meeting place), Tripoli (metonym), Zuwara ('Zuwara-based', ~60 km) are not event places.",
  ["libyan_outlet", "x_based", "metonym", "statement_place"]))

# 10 --------------------------------------------------------------- Mali, Boni camp
d = "2021-10-12"
BONI = M("Boni", 15.07, -2.23, "ML", "approximate, town between Douentza and Hombori")
add(D(R, 10, d, f"""MOPTI — The Armed Forces of Mali (FAMa) repelled an attack by armed terrorist groups on their camp in Boni, in the circle of Douentza, Mopti region, on {WD(d,-2)}, according to a statement relayed by local radio.

Two soldiers were killed and four wounded, and "several terrorists were neutralised", the statement said. The wounded were evacuated by helicopter to Sévaré.

Traders from Boni said the road to Hombori has been blocked by the attackers for weeks, cutting the town off from supplies. Residents displaced from surrounding villages have taken refuge in Douentza.""",
  [E("incident", "attack", DAY(d,-2), BONI, ["JNIM", "Malian Armed Forces"])],
  [P("Douentza", "ML"), M("Sévaré", 14.53, -4.10, "ML", "approximate, next to Mopti"), P("Mopti", "ML"), M("Hombori", 15.28, -1.70, "ML")],
  T + " Boni pinned (manual). Douentza is the circle qualifier and refuge (~80 km); Mopti region and Sévaré (evacuation) are not event places; Hombori is the blocked road's destination.",
  ["sahel_outlet", "admin_qualifier", "hospital_other_city", "origin_place", "weekday_date"]))

# 11 --------------------------------------------------------------- Burkina, Djibo
d = "2023-11-29"
DJIBO = P("Djibo", "BF")
add(D(R, 11, d, f"""OUAGADOUGOU — Several hundred terrorists attacked the town of Djibo, chef-lieu of Soum province in the Sahel region, on {WD(d,-3)} morning, targeting the military detachment, the camp of the Volunteers for the Defence of the Homeland (VDP) and a site for displaced persons, local sources said.

The attack was repelled after several hours with air support, according to the army. The town, which is under blockade, hosts tens of thousands of people displaced from Arbinda, Baraboulé and surrounding villages.

Humanitarian workers said the wounded could not be evacuated to Ouagadougou because of the fighting.""",
  [E("incident", "attack", DAY(d,-3), DJIBO, ["JNIM", "Burkinabè Armed Forces", "VDP"])],
  [P("Arbinda", "BF"), P("Ouagadougou", "BF")],
  T + " Several targets in one town: one event. Arbinda is where the displaced came from; Ouagadougou is the dateline and a hospital destination that was not reached. Soum province and Sahel region are qualifiers.",
  ["sahel_outlet", "origin_place", "admin_qualifier", "dateline_not_event", "weekday_date"]))

# 12 --------------------------------------------------------------- Niger, Makalondi
d = "2021-11-04"
MAK = M("Makalondi", 12.84, 1.68, "NE", "approximate, commune centre south-west of Torodi")
add(D(R, 12, d, f"""NIAMEY — Unidentified armed men attacked the gendarmerie post of Makalondi, in the department of Torodi, Tillabéri region, on the night of {WD(d,-2)} to {WD(d,-1)}, a local elected official told our newsroom.

Four gendarmes were killed and two vehicles were taken. The attackers, who came on motorcycles, are believed to have crossed from Burkina Faso, the official said. Reinforcements were sent from Torodi.

The governor of Tillabéri, who visited the post on {WD(d)}, called on the population to cooperate with the defence and security forces.""",
  [E("incident", "attack", [DAY(d,-2), DAY(d,-1)], MAK, ["unidentified gunmen", "Niger Gendarmerie"], alts=[P("Torodi", "NE")]),
   E("other", "site visit", d, MAK, ["Governor of Tillabéri"])],
  [P("Niamey", "NE"), P("Tillabéri", "NE", "Tillaberi")],
  T + " Night of D-2 to D-1: range. Makalondi (manual; Torodi department centre alternate, ~45 km). Governor's visit to the post is a site visit (kind other). Tillabéri (region) is a qualifier; Burkina Faso is an origin country.",
  ["sahel_outlet", "admin_qualifier", "overnight", "site_visit", "origin_place", "weekday_date"]))

# 13 --------------------------------------------------------------- Somalia, Beledweyne
d = "2022-10-04"
BLW = P("Beledweyne", "SO")
add(D(R, 13, d, f"""BELEDWEYNE — At least 20 people were killed when two car bombs exploded at the entrance of a hotel and a district administration building in Beledweyne, the capital of Hiiraan region, on {WD(d,-1)}, local officials said.

Among the dead was the deputy governor of Hiiraan in charge of finance. Seriously wounded people were airlifted to Muqdisho (Mogadishu) for treatment.

Al-Shabaab claimed responsibility on its Andalus radio. The attack came as clan militias, known locally as ma'awisley, and government forces have been pushing the group out of villages in the Mahas and Bulo Burte districts since August.""",
  [E("incident", "car bombing", DAY(d,-1), BLW, ["al-Shabaab"])],
  [MOG, P("Buulobarde", "SO")],
  T + " Two blasts in one town: one event. Mogadishu (Muqdisho) is the hospital city; the offensive in Mahas/Bulo Burte 'since August' is an ongoing background campaign.",
  ["somali_outlet", "alt_spelling", "hospital_other_city", "background_event", "claim"]))

# 14 --------------------------------------------------------------- Puntland, Qandala
d = "2025-01-08"
QAN = P("Qandala", "SO")
add(D(R, 14, d, f"""BOSASO — Puntland security forces said on {WD(d)} that they had killed 15 fighters of the so-called Islamic State in clashes in hills about 40 km south of Qandala, in the Bari region, during an operation that began on {WD(d,-2)}.

Three soldiers were wounded and taken to the Bosaso General Hospital. The operation, launched late last month, is aimed at driving the group out of the Cal Miskaad mountain range.

Puntland's president, speaking in Garowe, thanked "international partners" for their support, a reference to U.S. airstrikes in the same area earlier this year.""",
  [E("incident", "armed clashes", [DAY(d,-2), d], OFF("40 km south of Qandala", QAN, 40, BEAR["south"]), ["Puntland Security Forces", "Islamic State Somalia"], alts=[QAN])],
  [P("Bosaso", "SO"), P("Garoowe", "SO")],
  T + " Clashes since D-2 to the announcement day: range. Offset computed 40 km south of Qandala (Qandala alternate). Bosaso (dateline, hospital, ~110 km) and Garowe (speech) are not event places. The operation 'since late last month' and U.S. airstrikes 'earlier this year' are undated background.",
  ["somali_outlet", "offset", "hospital_other_city", "statement_place", "background_event", "weekday_date"]))

# 15 --------------------------------------------------------------- Erbil, IRGC missiles + Idlib claim
d = "2024-01-16"
IDL = P("Idlib", "SY")
add(D(R, 15, d, f"""HEWLÊR — Ballistic missiles fired by Iran's Revolutionary Guards struck a residential house near the Erbil–Pirmam road on {WD(d,-1)} night, killing businessman Peshraw Dizayee and his infant daughter, the Kurdistan Region Security Council said.

Four other people were killed in nearby houses. The Revolutionary Guards said they had hit "an espionage headquarters of the Zionist regime" in Erbil and, in a separate operation, "terrorist gatherings" in Syria's Idlib province.

Iraq's foreign ministry recalled its ambassador from Tehran and said it would file a complaint at the UN Security Council. Dizayee's family is originally from Harir.""",
  [E("incident", "missile strike", [DAY(d,-1), d], ERB, ["IRGC"]),
   E("incident", "missile strike", [DAY(d,-1), d], IDL, ["IRGC"], optional=True)],
  [TEH, P("Harir", "IQ")],
  T + " Hewlêr = Erbil. Night strike reported next day: D-1..D. The Idlib strike is a province-level claim: optional, at the provincial centre. Tehran (ambassador recalled) and Harir (family origin, ~50 km) are not event places; the UN complaint is future.",
  ["kurdish_outlet", "alt_spelling", "victims_named", "claim", "province_only", "origin_place", "future_event", "overnight", "weekday_date"]))

# 16 --------------------------------------------------------------- Penjwen, Iranian shelling
d = "2022-09-26"
PEN = P("Penjwen", "IQ", "Penjwen")
add(D(R, 16, d, f"""SLEMANI — Iranian artillery shelled the outskirts of villages along the border in the Penjwen district of Slemani province on {WD(d,-2)} and {WD(d,-1)}, forcing dozens of families to leave their homes, the district mayor said.

No casualties were reported. Residents said the shells fell near summer pastures used by herders from the village of Shanakhse.

Tehran accuses Iranian Kurdish opposition parties, which have camps in the Kurdistan Region, of fuelling the protests that have spread across Iran since the death of Mahsa Amini in Tehran this month. The mayor said families had gone to Slemani city and to relatives in Said Sadiq.""",
  [E("incident", "shelling", [DAY(d,-2), DAY(d,-1)], PEN, ["Iran"])],
  [SLE, P("Said Sadiq", "IQ"), TEH],
  T + " Border villages of Penjwen district: pinned at Penjwen town. Slemani city (~50 km) and Said Sadiq (~25 km, inside the radius) are where families went; the protests in Iran and Tehran are background/topic.",
  ["kurdish_outlet", "alt_spelling", "admin_qualifier", "origin_place", "no_casualties", "topic_place", "weekday_date"]))
