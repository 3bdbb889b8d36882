from lib import *
R = "coder_note"
DOCS = []
add = DOCS.append
C = "Coder note: the stated day is the gold date; the most specific named place is the pin."

# 1 ---------------------------------------------------------------- Iraq, Wadi al-Shay
d = "2024-01-09"
DAQ = P("Daquq", "IQ")
add(D(R, 1, d, """On 3 January 2024, Iraqi army forces carried out shelling against suspected IS militants in the Wadi al-Shay area of Daquq district, Kirkuk province. Casualties unknown. Source: Iraqi Security Media Cell statement relayed by local media in Kirkuk.""",
  [E("incident", "shelling", "2024-01-03", M("Wadi al-Shay", 35.22, 44.28, "IQ", "approximate, valley south-west of Daquq"), ["Iraqi Army", "Islamic State"], alts=[DAQ])],
  [P("Kirkuk", "IQ")],
  C + " Area of Daquq district: manual point, district centre alternate. Kirkuk (province name, media location, ~40 km) is not the pin.",
  ["coder_note", "admin_qualifier", "district", "statement_place"]))

# 2 ---------------------------------------------------------------- Ukraine, Nikopol
d = "2024-02-20"
NIK = P("Nikopol", "UA")
add(D(R, 2, d, """On 14 February 2024, Russian forces shelled Nikopol (Nikopol raion, Dnipropetrovsk oblast) with artillery from positions across the Dnipro river near Enerhodar. 1 civilian was killed and 2 were injured; several houses and a gas pipeline were damaged.""",
  [E("incident", "shelling", "2024-02-14", NIK, ["Russia"])],
  [P("Enerhodar", "UA")],
  C + " Nikopol resolved in Ukraine (a Bulgarian homonym exists). Enerhodar (~10 km across the river) is the launch origin, inside the radius.",
  ["coder_note", "homonym", "launch_origin"]))

# 3 ---------------------------------------------------------------- Mali, Niono
d = "2023-06-26"
NIO = P("Niono", "ML")
add(D(R, 3, d, """On 17 June 2023, JNIM militants attacked a FAMa position at the entrance of Niono town (Niono cercle, Segou region). The militants reportedly arrived on motorbikes from the Wagadou forest, near the Mauritanian border. 5 fatalities (3 soldiers, 2 militants).""",
  [E("incident", "attack", "2023-06-17", NIO, ["JNIM", "Malian Armed Forces"])],
  [M("Wagadou forest", 14.95, -7.00, "ML", "approximate, forest north-west of Niono"), P("Ségou", "ML", "Segou")],
  C + " Wagadou forest is where the attackers came from; Ségou is the region name (city ~100 km).",
  ["coder_note", "origin_place", "admin_qualifier"]))

# 4 ---------------------------------------------------------------- Burkina, Karma (range, within 15 km)
d = "2023-05-02"
OUA = P("Ouahigouya", "BF")
add(D(R, 4, d, """Around 20 April 2023 (between 18 and 22 April), men in army uniforms, accompanied by VDP, killed at least 60 civilians in Karma village, about 15 km from Ouahigouya (Ouahigouya department, Yatenga province, Nord region). Fatalities coded as 60; local sources reported up to 150.""",
  [E("incident", "attack on civilians", ["2023-04-18", "2023-04-22"], OUA, ["Burkinabè Armed Forces", "VDP", "civilians"])],
  [],
  C + " 'Around' date with a bracket: the range. Karma is given only as 'about 15 km from Ouahigouya' with no direction: pinned at Ouahigouya (within 15 km of any reading).",
  ["coder_note", "date_range", "offset_no_direction", "village"]))

# 5 ---------------------------------------------------------------- Somalia, two incidents
d = "2022-03-14"
AFG = P("Afgooye", "SO")
BH = P("Beled Hawo", "SO")
add(D(R, 5, d, """On 7 March 2022, Al Shabaab detonated an IED targeting an SNA vehicle near Afgooye (Afgooye, Lower Shabelle). 2 SNA soldiers killed. Separately, on the same day, Al Shabaab fighters attacked a Jubaland forces base in Beled Hawo (Belet Xaawo, Gedo) with mortars; Jubaland forces responded. Casualties unknown. Note: the Beled Hawo attack was reported from Mandera, across the Kenyan border.""",
  [E("incident", "IED", "2022-03-07", AFG, ["al-Shabaab", "Somali National Army"]),
   E("incident", "mortar attack", "2022-03-07", BH, ["al-Shabaab", "Jubaland forces"])],
  [P("Mandera", "KE")],
  C + " Two separate incidents ~500 km apart: two events. Mandera (Kenya, report source, ~3 km from Beled Hawo) is inside the radius anyway.",
  ["coder_note", "multi_event", "alt_spelling", "statement_place"]))

# 6 ---------------------------------------------------------------- Myanmar, Mung Lai Hkyet camp
d = "2023-10-16"
MLH = M("Mung Lai Hkyet IDP camp", 24.78, 97.53, "MM", "approximate, camp just west of Laiza")
add(D(R, 6, d, """On 9 October 2023, the Myanmar military fired artillery shells into the Mung Lai Hkyet IDP camp, near Laiza (Momauk township, Kachin state), late at night. 29 civilians killed, including 11 children, and 56 injured. The KIA, headquartered in Laiza, said no military target was nearby. Most of the camp residents had fled fighting in Waingmaw township in 2011.""",
  [E("incident", "shelling", "2023-10-09", MLH, ["Myanmar military", "civilians"])],
  [M("Waingmaw", 25.35, 97.43, "MM", "approximate, town across the river from Myitkyina")],
  C + " Camp pinned manually just west of Laiza. 'Headquartered in Laiza' is inside the radius. Waingmaw township is where residents fled from (2011, background, ~65 km).",
  ["coder_note", "x_based", "origin_place", "camp", "background_event"]))

# 7 ---------------------------------------------------------------- Pakistan, Besham
d = "2024-04-01"
BES = M("Besham", 34.93, 72.88, "PK", "approximate, town on the Karakoram Highway, Shangla district")
add(D(R, 7, d, """On 26 March 2024, a suicide bomber rammed an explosives-laden car into a bus carrying Chinese engineers near Besham (Shangla district, Khyber Pakhtunkhwa). 6 killed: 5 Chinese nationals and their Pakistani driver. The convoy was travelling from Islamabad to the Dasu hydropower project site. No group claimed responsibility.""",
  [E("incident", "suicide bombing", "2024-03-26", BES, ["unknown", "Chinese nationals"])],
  [P("Islamabad", "PK"), P("Dasu", "PK")],
  C + " Islamabad is the convoy's origin, Dasu its destination (~55 km). 'Chinese' is a nationality.",
  ["coder_note", "origin_place", "nationality", "admin_qualifier"]))

# 8 ---------------------------------------------------------------- Afghanistan, Kabul ministry
d = "2024-12-16"
KBL = P("Kabul", "AF")
add(D(R, 8, d, """On 11 December 2024, an IS-K suicide bomber detonated explosives inside the compound of the Ministry of Refugees and Repatriation in Kabul city (Kabul), killing the acting minister Khalil Rahman Haqqani, a native of Paktia province, and several of his guards. Fatalities coded as 6. The ministry had recently organised returns of refugees expelled from Pakistan and Iran.""",
  [E("incident", "suicide bombing", "2024-12-11", KBL, ["Islamic State Khorasan", "Taliban"])],
  [P("Gardez", "AF")],
  C + " Paktia province (native of) is an origin: pinned only as a non-event place at its centre Gardez. Pakistan and Iran are countries.",
  ["coder_note", "origin_place", "victims_named"]))

# 9 ---------------------------------------------------------------- Colombia, Jamundí
d = "2023-02-07"
JAM = P("Jamundí", "CO", "Jamundi")
add(D(R, 9, d, """On 2 February 2023, EMC FARC dissidents (Jaime Martinez front) attacked the police station of the rural settlement of Potrerito, in Jamundí municipality (Valle del Cauca), with explosives and rifles. Casualties unknown. Police reinforcements were sent from Cali.""",
  [E("incident", "attack", "2023-02-02", JAM, ["EMC FARC dissidents", "Colombian National Police"])],
  [P("Cali", "CO")],
  C + " Rural settlement of Jamundí municipality: pinned at Jamundí (settlement within ~15 km). Cali (~20 km) is where reinforcements came from, inside the radius.",
  ["coder_note", "admin_qualifier", "latin_america", "origin_place"]))

# 10 --------------------------------------------------------------- Mexico, Tepalcatepec / Buenavista homonym
d = "2024-05-21"
TEP = P("Tepalcatepec", "MX")
BUE = P("Buenavista (Michoacán)", "MX", "Buenavista", pick=1)
add(D(R, 10, d, """On 15 May 2024, CJNG gunmen clashed with members of Cárteles Unidos on the road between Tepalcatepec and Buenavista (Michoacán), using drones to drop explosives. Casualties unknown. Residents of several ranches fled to Apatzingán.""",
  [E("incident", "armed clashes", "2024-05-15", TEP, ["CJNG", "Cárteles Unidos"], alts=[BUE])],
  [P("Apatzingán", "MX", "Apatzingan")],
  C + " Road between two towns ~30 km apart: pinned at the first-named, the second as alternate. 'Buenavista' resolved to Buenavista Tomatlán, Michoacán (second gazetteer candidate; the first is in the State of Mexico). Apatzingán is where residents fled.",
  ["coder_note", "homonym", "latin_america", "origin_place", "road"]))

# 11 --------------------------------------------------------------- Nigeria, Gwoza LGA
d = "2021-05-12"
GWO = P("Gwoza", "NG")
add(D(R, 11, d, """On 8 May 2021, Boko Haram (JAS) militants abducted 12 women collecting firewood in the Ngoshe area of Gwoza LGA (Borno). The women were taken towards the Mandara mountains. Fatalities: 0.""",
  [E("incident", "abduction", "2021-05-08", GWO, ["Boko Haram (JAS)", "civilians"])],
  [],
  C + " Area of Gwoza LGA: pinned at Gwoza town (Ngoshe lies within ~20 km). Mandara mountains is where they were taken (a range, no pin).",
  ["coder_note", "admin_qualifier", "lga"]))

# 12 --------------------------------------------------------------- Syria, Hajin
d = "2023-09-04"
HAJ = P("Hajin", "SY")
add(D(R, 12, d, """On 30 August 2023, Arab tribal fighters loyal to Sheikh Ibrahim al-Hafl clashed with SDF forces in Hajin town (Albu Kamal district, Deir ez-Zor). The tribal fighters briefly took control of several SDF checkpoints in the town. Casualties unknown. Clashes had begun on 27 August after the arrest of the Deir ez-Zor Military Council commander in al-Hasakah.""",
  [E("incident", "armed clashes", "2023-08-30", HAJ, ["Arab tribal fighters", "SDF"]),
   E("other", "arrest", "2023-08-27", P("al-Hasakah", "SY", "Al Hasakah"), ["SDF", "Deir ez-Zor Military Council commander"], optional=True)],
  [P("Albu Kamal", "SY", "Abu Kamal"), P("Deir ez-Zor", "SY")],
  C + " Capture of checkpoints is part of the clash event. The arrest in al-Hasakah, dated, is background (optional). Albu Kamal (district name, ~30 km) and Deir ez-Zor (province name) are qualifiers.",
  ["coder_note", "admin_qualifier", "background_event", "arrest"]))

# 13 --------------------------------------------------------------- Lebanon border, two incidents
d = "2023-10-10"
SHF = M("Shebaa Farms", 33.28, 35.73, "LB", "approximate, disputed strip south-east of Shebaa")
KK = P("Kfar Kila", "LB")
add(D(R, 13, d, """On 8 October 2023, Hezbollah fired rockets and artillery shells at three Israeli military positions in the Shebaa Farms area, in solidarity with the Hamas attack on Israel the previous day. Casualties unknown. On the same day, the IDF fired artillery at the outskirts of Kfar Kila (Marjayoun district, Nabatieh governorate) in response. Casualties unknown.""",
  [E("incident", "rocket attack", "2023-10-08", SHF, ["Hezbollah", "Israel Defense Forces"]),
   E("incident", "shelling", "2023-10-08", KK, ["Israel Defense Forces"])],
  [P("Nabatieh", "LB")],
  C + " Two incidents ~17 km apart: two events. 'In solidarity with the Hamas attack on Israel' is a back-reference (country only). Nabatieh is the governorate name (city ~20 km).",
  ["coder_note", "multi_event", "back_reference", "admin_qualifier"]))

# 14 --------------------------------------------------------------- Syria, Sweida protest (no scored gold)
d = "2023-08-28"
SWE = P("As-Suwayda", "SY", "As Suwayda")
add(D(R, 14, d, """On 25 August 2023, around 2,000 demonstrators gathered in al-Karama square in Sweida city (Sweida) to demand the fall of the regime and protest the rise in fuel prices, and in solidarity with protesters in Daraa. Several government party offices in the province were closed by protesters. No violence reported. Size=around 2,000.""",
  [E("other", "protest", "2023-08-25", SWE, ["protesters"])],
  [P("Daraa", "SY")],
  C + " Peaceful protest: kind other, unscored (the document has no scored gold). Daraa is a solidarity reference.",
  ["coder_note", "protest", "back_reference", "no_scored_gold"]))

# 15 --------------------------------------------------------------- Yemen, Marib petrol station
d = "2021-06-11"
MAR = P("Marib", "YE")
add(D(R, 15, d, """On 5 June 2021, Houthi forces fired a ballistic missile and an explosive-laden drone at a petrol station in al-Rawdha neighbourhood of Marib city (Marib City, Marib). 17 killed, including a child. The missile was reportedly launched from Sirwah district, west of the city.""",
  [E("incident", "missile strike", "2021-06-05", MAR, ["Houthis", "civilians"])],
  [P("Sirwah", "YE")],
  C + " Sirwah is the launch origin (~35 km, inside the radius).",
  ["coder_note", "launch_origin"]))

# 16 --------------------------------------------------------------- Sudan, Gezira villages (range)
d = "2024-10-30"
HIL = P("Al Hilaliya", "SD", "Hilaliya")
add(D(R, 16, d, """Between 20 and 25 October 2024, RSF fighters attacked several villages in the eastern part of Al Jazirah state, including Al Hilaliya and surrounding villages of Sharq al-Jazirah locality, looting homes and killing civilians, after the defection of an RSF commander to the army. Fatalities coded as 124. Thousands fled to Kassala and Gedaref states.""",
  [E("incident", "attack on civilians", ["2024-10-20", "2024-10-25"], HIL, ["Rapid Support Forces", "civilians"])],
  [P("Kassala", "SD"), P("Gedaref", "SD")],
  C + " Range of days at the named town. Kassala and Gedaref are where people fled (state names; pinned at their capitals as non-event places).",
  ["coder_note", "date_range", "origin_place", "admin_qualifier"]))
