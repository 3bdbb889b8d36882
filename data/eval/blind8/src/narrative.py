from lib import *
R = "narrative"
DOCS = []
add = DOCS.append
N = "Narrative of one strike: victims' names are invented; hospitals, home towns, refuges and statement places are not events; dated earlier/other strikes optional, undated ones not gold."

# 1 ---------------------------------------------------------------- Mukachevo factory
d = "2025-08-23"
add(D(R, 1, d, f"""The cruise missiles came in low over the Carpathian foothills shortly after 3 a.m. on {WD(d,-2)} and struck the American-owned electronics plant on the edge of Mukachevo. About 600 people were working the night shift. Olena Hnatyshyn, 44, who had moved to the town from Kramatorsk in 2022, said the ceiling of the assembly hall fell in "like paper". One man was killed and at least 19 were injured; the most serious cases were driven 40 km to the regional hospital in Uzhhorod. Mukachevo, a few kilometres from the Hungarian border, had rarely heard air-raid sirens before. Zelensky, speaking in Kyiv, said Russia had chosen a target "with full knowledge" of who owned it. Hungarian officials said they would summon the Russian ambassador in Budapest.""",
  [E("incident", "missile strike", DAY(d,-2), P("Mukachevo", "UA"), ["Russia", "civilians"])],
  [P("Kramatorsk", "UA"), P("Uzhhorod", "UA"), P("Kyiv", "UA"), P("Budapest", "HU")],
  N + " Kramatorsk home town; Uzhhorod hospital (~40 km, inside the radius); Kyiv statement; Budapest summons is future. 'American-owned' origin.",
  ["narrative", "weekday_date", "victims_named", "origin_place", "hospital_other_city", "statement_place", "future_event"]))

# 2 ---------------------------------------------------------------- Kamianske
d = "2025-06-27"
add(D(R, 2, d, f"""The first missile hit the courtyard of a five-storey block in Kamianske at about 10 a.m. on {WD(d,-3)}; the second struck an industrial site on the left bank of the Dnipro a minute later. Serhiy Kozachenko, 67, a retired steelworker, was sitting on a bench with his neighbour when the windows blew out behind them. Five people were killed, among them a 12-year-old boy, and more than 30 were injured. Some of the wounded were taken to the Mechnikov hospital in Dnipro, about 35 km away. The same day, a strike on the regional capital itself killed 17 people near a railway station. Kamianske had been shelled before, residents said, "but never in the middle of the morning". The city declared {WD(d,-2)} a day of mourning.""",
  [E("incident", "missile strike", DAY(d,-3), P("Kamianske", "UA"), ["Russia", "civilians"]),
   E("incident", "missile strike", DAY(d,-3), P("Dnipro", "UA"), ["Russia", "civilians"], optional=True),
   E("other", "day of mourning", DAY(d,-2), P("Kamianske", "UA"), ["city authorities"])],
  [],
  N + " Two missiles in one city: one event. Same-day strike on Dnipro (regional capital) optional; Dnipro hospital mention folds into that place. Mourning: other.",
  ["narrative", "weekday_date", "victims_named", "background_event", "memorial"]))

# 3 ---------------------------------------------------------------- Sevastopol beach
d = "2024-06-25"
UCH = M("Uchkuyevka beach, Sevastopol", 44.68, 33.52, "UA", "approximate, beach on the northern side of Sevastopol bay")
add(D(R, 3, d, f"""Sunbathers at the Uchkuyevka beach on the northern side of Sevastopol were packing up on the afternoon of {WD(d,-2)} when cluster submunitions rained down on the sand. Russian-installed officials said four people, including two children, were killed and more than 150 wounded. The Russian defence ministry in Moscow said the ATACMS missile had been fired by Ukraine and deflected by air defences. Anna Litvinova, a teacher from Bakhchysarai, had come with her son for the weekend; he was treated for shrapnel wounds at the city hospital. The most severe cases were flown to Simferopol and to Moscow. The Kremlin blamed Washington, which supplies the missiles. Ukraine's military said only that it had struck air defence systems in Crimea. Flowers were laid at the entrance to the beach on {WD(d,-1)}.""",
  [E("incident", "missile strike", DAY(d,-2), UCH, ["Ukraine", "civilians"], alts=[P("Sevastopol", "UA")]),
   E("other", "memorial", DAY(d,-1), UCH, ["residents"])],
  [P("Moscow", "RU"), P("Bakhchysarai", "UA", "Bakhchysaray"), P("Simferopol", "UA"), P("Washington", "US")],
  N + " Occupied city; claims attributed. Sevastopol city alternate (~8 km). Bakhchysarai home town; Simferopol/Moscow hospitals; Washington metonym.",
  ["narrative", "weekday_date", "victims_named", "hospital_other_city", "statement_place", "metonym", "memorial"]))

# 4 ---------------------------------------------------------------- Barja
d = "2024-11-14"
BAR = M("Barja", 33.65, 35.44, "LB", "approximate, town in the Iqlim al-Kharroub, Chouf district")
add(D(R, 4, d, f"""The strike on Barja, a Sunni town in the hills above the coastal highway, came without warning on {WD(d,-2)} evening. It flattened a three-storey house where a family from Nabatieh had been renting the ground floor since September. Hussein Fakih, 15, was pulled out of the rubble after two hours; his mother and two sisters were not. The Lebanese health ministry said 15 people were killed. The wounded were taken to hospitals in Sidon and Chehim. The Israeli military said it had targeted a Hezbollah operative. Residents of Barja, which had taken in hundreds of displaced families, said they now feared hosting anyone.""",
  [E("incident", "airstrike", DAY(d,-2), BAR, ["Israel", "civilians"])],
  [P("Nabatieh", "LB"), P("Sidon", "LB"), M("Chehim", 33.62, 35.48, "LB", "approximate, town in the Chouf")],
  N + " Nabatieh: family's home town. Sidon (~25 km) and Chehim (~5 km) hospitals.",
  ["narrative", "weekday_date", "victims_named", "origin_place", "hospital_other_city"]))

# 5 ---------------------------------------------------------------- Sohmor
d = "2024-04-22"
SOH = M("Sohmor", 33.5, 35.67, "LB", "approximate, village in West Bekaa")
add(D(R, 5, d, f"""Two missiles struck a house on the edge of Sohmor in the West Bekaa just after midnight on {WD(d,-1)}. The house belonged to Ali Jaber, a farmer who, his cousin said, had nothing to do with any armed group. Two members of Hezbollah were killed, the group said, and a neighbour's daughter was wounded. She was taken to a hospital in Zahle and later to Beirut. The Israeli military said the target was a weapons depot. Sohmor, a village on the slopes of Mount Hermon facing the Qaraoun reservoir, had been hit once before, in February. A day earlier, the IDF had also struck a motorcycle near Mansouri on the coast south of Tyre.""",
  [E("incident", "airstrike", DAY(d,-1), SOH, ["Israel", "Hezbollah"]),
   E("incident", "drone strike", DAY(d,-2), M("Mansouri", 33.2, 35.2, "LB", "approximate, coastal village south of Tyre"), ["Israel"], optional=True)],
  [P("Zahle", "LB"), P("Beirut", "LB"), P("Tyre", "LB")],
  N + " February strike: month only, not gold. Mansouri 'a day earlier': optional (gold in blind5/6). Zahle/Beirut hospitals; Tyre reference.",
  ["narrative", "weekday_date", "victims_named", "hospital_other_city", "background_event"]))

# 6 ---------------------------------------------------------------- Tamra
d = "2025-06-15"
add(D(R, 6, d, f"""The ballistic missile from Iran fell on a two-storey house in the Arab town of Tamra, in the Lower Galilee, at about 11 p.m. on {WD(d,-1)}. Manar Khatib, 45, her two daughters and a relative were killed in the safe room on the upper floor. Her husband, who was downstairs, survived with light injuries. Magen David Adom took the wounded to the Rambam hospital in Haifa and to Nazareth. Residents said the town, like many Arab communities, had few public shelters. President Isaac Herzog, speaking in Jerusalem, sent condolences. Relatives who had come from Shefa-'Amr for the funeral on {WD(d)} said they would demand bomb shelters for the town.""",
  [E("incident", "missile strike", DAY(d,-1), P("Tamra", "IL"), ["Iran", "civilians"]),
   E("other", "funeral", d, P("Tamra", "IL"), ["relatives"])],
  [P("Haifa", "IL"), P("Nazareth", "IL"), P("Jerusalem", "IL"), P("Shefa-'Amr", "IL")],
  N + " Tamra, Galilee (first candidate). Haifa/Nazareth hospitals; Jerusalem statement; Shefa-'Amr relatives' home (~6 km). Funeral: other.",
  ["narrative", "weekday_date", "victims_named", "hospital_other_city", "statement_place", "origin_place", "memorial"]))

# 7 ---------------------------------------------------------------- Sheikh Radwan school
d = "2025-05-14"
SRW = M("Sheikh Radwan, Gaza City", 31.535, 34.46, "PS", "approximate, northern Gaza City neighbourhood")
add(D(R, 7, d, f"""The shell hit the second floor of the school in Sheikh Radwan, in northern Gaza City, at dawn on {WD(d,-1)}, where dozens of families from Beit Hanoun had been sleeping in classrooms. Rami Abu Saada, 31, said he found his brother's children under a blackboard. Civil defence teams said nine people were killed. The bodies were taken to al-Ahli hospital in the Zeitoun area. The Israeli military said it struck a Hamas command room inside the school. The same school had been hit in December, residents said. Later in the day, families began moving west towards the beach.""",
  [E("incident", "shelling", DAY(d,-1), SRW, ["Israel", "civilians"])],
  [P("Beit Hanoun", "PS", "Bayt Hanun"), M("Zeitoun, Gaza City", 31.49, 34.45, "PS", "approximate, southern Gaza City neighbourhood")],
  N + " Beit Hanoun: origin of the displaced (~7 km). Zeitoun: hospital (~5 km). December strike: month only.",
  ["narrative", "weekday_date", "victims_named", "origin_place", "hospital_other_city", "camp"]))

# 8 ---------------------------------------------------------------- Jalazone
d = "2023-11-02"
JAL = M("Jalazone camp", 31.95, 35.21, "PS", "approximate, refugee camp north of Ramallah")
add(D(R, 8, d, f"""Soldiers entered Jalazone refugee camp north of Ramallah before dawn on {WD(d,-1)}, and within an hour Mahmoud Qasem, 17, lay bleeding on the steps of his uncle's shop. The Palestinian health ministry said he was shot in the chest during clashes with youths who threw stones and firebombs. He died at the Palestine Medical Complex in Ramallah. The Israeli army said troops had come to arrest a wanted man and had fired at a suspect who threw an explosive device. Mahmoud's family is originally from a village near Lydda, from which his grandparents fled in 1948. A general strike was declared across the Ramallah governorate the next day. The camp's youth committee called for a march to the Beit El checkpoint on {WD(d,2)}.""",
  [E("incident", "shooting", DAY(d,-1), JAL, ["Israel", "Palestinians"]),
   E("other", "general strike", d, P("Ramallah", "PS"), ["Palestinians"])],
  [P("Lod", "IL"), M("Beit El", 31.94, 35.22, "PS", "approximate, settlement and checkpoint north of Ramallah")],
  N + " Ramallah hospital and strike place (strike: other). Lydda (Lod) ancestral home; planned march to Beit El is future.",
  ["narrative", "weekday_date", "victims_named", "hospital_other_city", "origin_place", "future_event"]))

# 9 ---------------------------------------------------------------- Mar Elias church, Dweila
d = "2025-06-24"
DWE = M("Dweila, Damascus", 33.51, 36.33, "SY", "approximate, south-eastern Damascus neighbourhood")
add(D(R, 9, d, f"""The gunman walked into the Mar Elias church in the Dweila neighbourhood of Damascus during the evening liturgy on {WD(d,-2)}, fired at the congregation and then detonated an explosive vest. Twenty-five worshippers were killed. Georges Haddad, 60, who had sung in the choir since he was a boy, was among them; his wife survived with burns. The wounded were taken to the al-Mujtahid and French hospitals in the capital. The interior ministry blamed the Islamic State group and said two accomplices were arrested in Harasta. It was the first suicide bombing in Damascus since the fall of Bashar al-Assad. Patriarch John X, speaking at the church on {WD(d,-1)}, said the new government bore responsibility.""",
  [E("incident", "suicide bombing", DAY(d,-2), DWE, ["ISIS", "Christian worshippers"], alts=[P("Damascus", "SY")]),
   E("incident", "arrest", [DAY(d,-2), d], P("Harasta", "SY"), ["Syrian interior ministry"], optional=True),
   E("other", "visit", DAY(d,-1), DWE, ["Patriarch John X"])],
  [],
  N + " Damascus as alternate (~5 km). Arrests in Harasta optional. The patriarch's visit: other.",
  ["narrative", "weekday_date", "victims_named", "arrest", "site_visit"]))

# 10 --------------------------------------------------------------- Sadr City market
d = "2021-07-21"
SAD = M("al-Wuhaylat market, Sadr City", 33.395, 44.46, "IQ", "approximate, market in Sadr City, eastern Baghdad")
add(D(R, 10, d, f"""The bomber detonated his explosive belt in the crowded al-Wuhaylat market in Baghdad's Sadr City on the evening of {WD(d,-2)}, as families shopped for the Eid al-Adha holiday. At least 30 people were killed. Haidar Kadhim, 23, had been selling toys from a stall with his younger brother; only one of them came home. Ambulances took the wounded to the Imam Ali and al-Kindi hospitals. Islamic State claimed the attack. Prime Minister Mustafa al-Kadhimi, in an emergency meeting, ordered the arrest of the commander responsible for the area. It came six months after a double suicide bombing in Tayaran Square killed more than 30. Relatives buried the dead in Najaf the next day.""",
  [E("incident", "suicide bombing", DAY(d,-2), SAD, ["ISIS", "civilians"], alts=[P("Baghdad", "IQ")]),
   E("other", "burial", DAY(d,-1), P("Najaf", "IQ"), ["relatives"])],
  [M("Tayaran Square", 33.326, 44.42, "IQ", "approximate, square in central Baghdad")],
  N + " Baghdad alternate (~10 km). 'Six months after' Tayaran Square: undated back-reference, non-event (~8 km, inside the radius). Najaf burial: other.",
  ["narrative", "weekday_date", "victims_named", "back_reference", "memorial"]))

# 11 --------------------------------------------------------------- Rada'a
d = "2024-03-21"
add(D(R, 11, d, f"""Houthi fighters blew up a house in the Hafreh neighbourhood of Rada'a, in al-Bayda province, on {WD(d,-2)}, during a raid to arrest a man accused of killing one of their members. The blast brought down two neighbouring houses; 12 people were killed, among them women and children. Salem al-Riyashi, a teacher, lost his parents and a nephew. The injured were taken to a clinic in the town and then to Sanaa. The Houthi interior ministry in Sanaa later said the soldiers responsible had "acted outside the law" and would be held to account. The government in Aden called it a war crime. Tribal elders blocked the road between Rada'a and al-Bayda city the next day.""",
  [E("incident", "house demolition", DAY(d,-2), P("Rada'a", "YE", "Rada"), ["Houthis", "civilians"]),
   E("other", "road blockade", DAY(d,-1), P("Rada'a", "YE", "Rada"), ["tribal elders"])],
  [P("Sanaa", "YE"), P("Aden", "YE")],
  N + " Sanaa hospital and statement; Aden statement. Road blockade: other.",
  ["narrative", "weekday_date", "victims_named", "hospital_other_city", "statement_place"]))

# 12 --------------------------------------------------------------- Shah Cheragh
d = "2022-10-28"
add(D(R, 12, d, f"""It was the hour of evening prayers on {WD(d,-2)} when the gunman entered the Shah Cheragh shrine in Shiraz through a side gate and opened fire with an assault rifle. Thirteen worshippers were killed, among them a boy of ten. Zahra Rezaei, who sells prayer beads outside the shrine, hid behind a pillar with two pilgrims from Mashhad. The wounded were taken to the Namazi and Chamran hospitals. The Islamic State group claimed the attack. President Ebrahim Raisi, in Tehran, promised a harsh response, and state media linked the attack to the protests that had spread since September.""",
  [E("incident", "shooting", DAY(d,-2), P("Shiraz", "IR"), ["ISIS", "worshippers"])],
  [P("Mashhad", "IR"), P("Tehran", "IR")],
  N + " Mashhad: pilgrims' home. Tehran statement. Protests undated, not pinned.",
  ["narrative", "weekday_date", "victims_named", "origin_place", "statement_place"]))

# 13 --------------------------------------------------------------- Diafarabé
d = "2025-05-20"
DIA = M("Diafarabé", 14.16, -5.0, "ML", "approximate, town on the Niger in Ténenkou cercle, Mopti region")
add(D(R, 13, d, f"""Soldiers arrived at the Diafarabé market on {WD(d,-7)} and arrested about twenty men, all of them Fulani, residents said. Several days later, villagers found bodies in shallow graves near the river. Aminata Cissé, whose husband was among the men taken, fled with her children on a pinasse to Mopti. Local associations said at least 20 people were executed. The army in Bamako said it had opened an investigation. Diafarabé, famous for the annual crossing of the cattle herds, had been the scene of fighting between soldiers and JNIM in recent months. Relatives held a vigil in Mopti on {WD(d,-1)}.""",
  [E("incident", "arrests and killings", [DAY(d,-7), DAY(d,-4)], DIA, ["Malian army", "Fulani civilians"]),
   E("other", "vigil", DAY(d,-1), P("Mopti", "ML"), ["relatives"])],
  [P("Bamako", "ML")],
  N + " Executions over D-7..D-4 ('several days later'). Mopti: refuge and vigil (other). Earlier fighting undated.",
  ["narrative", "weekday_date", "date_range", "victims_named", "origin_place", "memorial"]))

# 14 --------------------------------------------------------------- Nouna
d = "2023-01-04"
add(D(R, 14, d, f"""On the night of 30 to 31 December, men wearing the uniforms of the volunteer militia went from house to house in the Fulani quarters of Nouna, pulling men outside and shooting them. At least 28 people were killed, the government said. Boukary Diallo, 19, said he hid in a grain store while his father and two uncles were taken. Families fled to Dédougou and to Bobo-Dioulasso. The government in Ouagadougou announced an inquiry. The killings came a day after jihadists attacked the VDP base in Nouna. Human rights groups demanded that those responsible be tried.""",
  [E("incident", "massacre", ["2022-12-30", "2022-12-31"], P("Nouna", "BF"), ["VDP", "Fulani civilians"]),
   E("incident", "armed attack", "2022-12-29", P("Nouna", "BF"), ["jihadists", "VDP"], optional=True)],
  [P("Dédougou", "BF"), P("Bobo-Dioulasso", "BF"), P("Ouagadougou", "BF")],
  N + " Night range. The jihadist attack 'a day after' → 29 Dec, same town: optional. Refuges Dédougou, Bobo-Dioulasso; Ouagadougou statement.",
  ["narrative", "date_range", "victims_named", "origin_place", "background_event"]))

# 15 --------------------------------------------------------------- Ayorou
d = "2025-03-23"
AYO = P("Ayorou", "NE")
add(D(R, 15, d, f"""Worshippers had gathered for Friday prayers in a mosque on the edge of Ayorou, the river town near the Malian border, when gunmen on motorcycles surrounded the building on {WD(d,-2)}. The attackers opened fire inside, then burned the cattle market and several houses. The government said 44 civilians were killed. Issoufou Hamadou, a herder, said he lost three brothers. The wounded were evacuated by pirogue and road to Tillabéri and Niamey. The government blamed the Islamic State in the Sahel and declared three days of national mourning. Ayorou's weekly market, once a draw for traders from Gao, had been attacked several times since 2021.""",
  [E("incident", "massacre", DAY(d,-2), AYO, ["Islamic State Sahel", "civilians"]),
   E("other", "national mourning", [DAY(d,-1), d], P("Niamey", "NE"), ["government"])],
  [P("Tillabéri", "NE"), P("Gao", "ML")],
  N + " Tillabéri hospital (~65 km); Gao: traders' origin; earlier attacks since 2021 undated. National mourning: other at the capital.",
  ["narrative", "weekday_date", "victims_named", "hospital_other_city", "origin_place", "memorial"]))

# 16 --------------------------------------------------------------- Zike, Plateau
d = "2025-04-15"
ZIK = M("Zike", 9.98, 8.74, "NG", "approximate, village in Bassa LGA, Plateau state")
add(D(R, 16, d, f"""The attackers came into Zike, a farming village in Bassa local government area, in the early hours of {WD(d,-1)}, and set upon families as they slept. At least 51 people were killed, the state government said. Rebecca Dung, 34, escaped with her baby through a back window and walked to Jos, where she now shares a room with relatives. The wounded were treated at the Jos University Teaching Hospital. Governor Caleb Mutfwang, who visited the village later that day, blamed armed herders. The attack came two weeks after killings in Bokkos left more than 50 dead. Youths marched through Jos the next day to demand protection.""",
  [E("incident", "armed attack", DAY(d,-1), ZIK, ["armed herders", "civilians"]),
   E("other", "site visit", DAY(d,-1), ZIK, ["Caleb Mutfwang"]),
   E("other", "protest march", d, P("Jos", "NG"), ["youths"])],
  [P("Bokkos", "NG")],
  N + " Jos: refuge and hospital; march: other. Governor's visit: other. Bokkos 'two weeks after': back-reference (gold in blind5), non-event.",
  ["narrative", "weekday_date", "victims_named", "origin_place", "hospital_other_city", "back_reference", "site_visit"]))

# 17 --------------------------------------------------------------- Ngarbuh
d = "2020-02-17"
NGA = M("Ngarbuh", 6.38, 10.79, "CM", "approximate, village in Ndu subdivision, Donga-Mantung, placement uncertain")
add(D(R, 17, d, f"""Before dawn on {WD(d,-3)}, soldiers and armed men entered the hamlet of Ngarbuh in the Donga-Mantung division and set houses on fire with families inside. Twenty-three civilians were killed, including 15 children, according to the United Nations. Ephraim Ngwa said he found his sister and her four children in the ashes of their house. Survivors fled to Ndu and Nkambe. The government in Yaoundé first said five civilians had died in an accidental fire after a gunfight with separatists. An inquiry later found that soldiers were responsible. On {WD(d)}, villagers buried the dead in a common grave.""",
  [E("incident", "massacre", DAY(d,-3), NGA, ["Cameroonian army", "civilians"]),
   E("other", "burial", d, NGA, ["villagers"])],
  [M("Ndu", 6.41, 10.82, "CM", "approximate, subdivision town"), P("Nkambe", "CM"), P("Yaoundé", "CM")],
  N + " Ndu (~5 km) and Nkambe refuges; Yaoundé statement. Later inquiry undated.",
  ["narrative", "weekday_date", "victims_named", "origin_place", "statement_place", "memorial"]))

# 18 --------------------------------------------------------------- Matabaan
d = "2023-01-06"
MTB = M("Matabaan", 5.2, 45.53, "SO", "approximate, town in Hiraan region north-east of Beledweyne")
add(D(R, 18, d, f"""Two car bombs exploded minutes apart outside the district headquarters in Matabaan on the morning of {WD(d,-2)}, where soldiers and clan militiamen had gathered after retaking the town from al-Shabaab weeks earlier. At least 19 people were killed. Abdi Nur Ahmed, a local elder, had arrived for a meeting about the town's administration. The wounded were flown to Beledweyne and Mogadishu. Al-Shabaab claimed the attack. President Hassan Sheikh Mohamud, speaking in Mogadishu, vowed to continue the offensive. The district commissioner was among the injured.""",
  [E("incident", "car bombing", DAY(d,-2), MTB, ["al-Shabaab", "Somali army", "Macawisley"])],
  [P("Beledweyne", "SO"), P("Mogadishu", "SO")],
  N + " Two blasts minutes apart: one event. Recapture 'weeks earlier' undated.",
  ["narrative", "weekday_date", "victims_named", "hospital_other_city", "statement_place", "multi_site_one_event"]))

# 19 --------------------------------------------------------------- Al-Sariha
d = "2024-10-28"
SRH = M("Al-Sariha", 14.62, 33.3, "SD", "approximate, village in northern Gezira state, placement uncertain")
add(D(R, 19, d, f"""Rapid Support Forces fighters stormed the village of al-Sariha, in northern Gezira state, on {WD(d,-3)}, days after one of their commanders defected to the army. They fired on residents in the streets and in the mosque, villagers said. More than 120 people were killed, according to the Gezira Resistance Committees. Omer al-Tayeb, 52, said he carried his nephews to the riverbank and hid in the reeds. Survivors walked to Tamboul and to Shendi. The army in Port Sudan called it genocide. The RSF said it was fighting army loyalists. The UN said it feared further attacks in eastern Gezira.""",
  [E("incident", "massacre", DAY(d,-3), SRH, ["RSF", "civilians"])],
  [M("Tamboul", 14.95, 33.42, "SD", "approximate, town in eastern Gezira"), M("Shendi", 16.69, 33.43, "SD", "approximate, town on the Nile north of Khartoum"), P("Port Sudan", "SD")],
  N + " Refuges Tamboul, Shendi; Port Sudan statement. The defection is undated.",
  ["narrative", "weekday_date", "victims_named", "origin_place", "statement_place"]))

# 20 --------------------------------------------------------------- Tole
d = "2022-06-22"
TOL = M("Tole", 9.3, 35.43, "ET", "approximate, kebele in Gimbi woreda, West Wellega, placement uncertain")
add(D(R, 20, d, f"""Gunmen rounded up Amhara families in the Tole kebele of Gimbi district on the morning of {WD(d,-4)} and shot them in groups, survivors said. Local officials said more than 200 people were killed. Abebe Mekonnen, who had moved to Wellega from Gojjam as a child, said he lost his wife and four children. Survivors fled to the town of Gimbi and later to Nekemte. The regional government blamed the Oromo Liberation Army, which denied it. Prime Minister Abiy Ahmed, in Addis Ababa, called the killings "horrific".""",
  [E("incident", "massacre", DAY(d,-4), TOL, ["OLA", "Amhara civilians"], alts=[P("Gimbi", "ET")])],
  [P("Nekemte", "ET", "Nek’emtē"), P("Addis Ababa", "ET")],
  N + " Gimbi district seat alternate (~20 km) and refuge. Gojjam: region of origin (not pinned). Nekemte refuge.",
  ["narrative", "weekday_date", "victims_named", "origin_place", "statement_place"]))

# 21 --------------------------------------------------------------- Kasindi church
d = "2023-01-17"
KAS = M("Kasindi", 0.03, 29.71, "CD", "approximate, border town at the Ugandan frontier, Beni territory")
add(D(R, 21, d, f"""The bomb went off in the middle of a Sunday service at the Pentecostal church in Kasindi, on the border with Uganda, on {WD(d,-2)}. At least 14 worshippers were killed and more than 60 wounded. Esther Kahindo, a choir member, said she had just sat down after a hymn. The wounded were taken to hospitals in Beni and across the border in Kasese. The Islamic State group said its Central Africa province had carried out the attack. Congolese authorities arrested a Kenyan national at the scene, the army said in Kinshasa. Pope Francis, who is due to visit Kinshasa at the end of the month, sent condolences.""",
  [E("incident", "bombing", DAY(d,-2), KAS, ["ISCAP", "worshippers"])],
  [P("Beni", "CD"), P("Kasese", "UG"), P("Kinshasa", "CD")],
  N + " 'A Sunday service' with the weekday resolved. Beni (~60 km) and Kasese (Uganda, ~30 km) hospitals. Arrest at the scene folds into the event. Papal visit is future. 'Kenyan national' nationality.",
  ["narrative", "weekday_date", "victims_named", "hospital_other_city", "nationality", "future_event"]))

# 22 --------------------------------------------------------------- Herat Guzargah
d = "2022-09-04"
add(D(R, 22, d, f"""The explosion tore through the Guzargah mosque in Herat during Friday prayers on {WD(d,-2)}, killing its imam, Mujib-ur Rahman Ansari, a prominent pro-Taliban cleric, and at least 17 others. Nasir Ahmad, 30, had brought his father to hear the sermon. The wounded were taken to Herat regional hospital. The Taliban administration in Kabul said it would find those responsible. Ansari had recently called for the beheading of anyone who acted against the Islamic Emirate. Two weeks earlier, a bombing at a mosque in Kabul had killed at least 21.""",
  [E("incident", "suicide bombing", DAY(d,-2), P("Herat", "AF", "Herāt"), ["unknown", "worshippers"])],
  [P("Kabul", "AF")],
  N + " Kabul: statement place and a back-reference ('two weeks earlier', not exactly dated): non-event.",
  ["narrative", "weekday_date", "victims_named", "statement_place", "back_reference"]))

# 23 --------------------------------------------------------------- Charsadda
d = "2023-02-14"
CHR = P("Charsadda", "PK")
add(D(R, 23, d, f"""The suicide bomber blew himself up at a police checkpost on the Charsadda-Peshawar road late on {WD(d,-1)}, as constables were checking a rickshaw. Three policemen were killed. Constable Fazal Rabbi, 26, from a village in Mardan, had joined the force only a year earlier. The wounded were moved to the Lady Reading Hospital in Peshawar. The Tehreek-e-Taliban Pakistan claimed the attack. It came two weeks after the bombing of a mosque inside the police lines in Peshawar. The provincial inspector general visited the checkpost on {WD(d)}.""",
  [E("incident", "suicide bombing", DAY(d,-1), CHR, ["TTP", "police"]),
   E("other", "site visit", d, CHR, ["KP inspector general"])],
  [P("Mardan", "PK"), P("Peshawar", "PK")],
  N + " Mardan home; Peshawar hospital and back-reference (~25 km). Site visit: other.",
  ["narrative", "weekday_date", "victims_named", "origin_place", "hospital_other_city", "back_reference", "site_visit"]))

# 24 --------------------------------------------------------------- Red Fort, Delhi
d = "2025-11-12"
RFT = M("Red Fort, Delhi", 28.656, 77.241, "IN", "approximate, monument in Old Delhi")
add(D(R, 24, d, f"""The car exploded at a traffic signal near the Red Fort metro station in Old Delhi at about 6:50 p.m. on {WD(d,-2)}, setting nearby vehicles on fire. Thirteen people were killed and more than 20 injured. Shopkeeper Amit Sharma said the blast shook the windows of the Chandni Chowk market. The injured were taken to Lok Nayak hospital. Investigators said the car had been bought in Faridabad and linked it to a module whose members had been arrested in Kashmir and Haryana. Prime Minister Narendra Modi, speaking during a visit to Bhutan, said those responsible would be brought to justice. Security was tightened at airports and railway stations across the country.""",
  [E("incident", "car bombing", DAY(d,-2), RFT, ["unknown", "civilians"], alts=[P("Delhi", "IN")])],
  [P("Faridabad", "IN"), P("Thimphu", "BT")],
  N + " Delhi alternate. Faridabad: car's origin (~30 km). Modi's statement abroad (Bhutan; pinned at Thimphu). Kashmir/Haryana arrests undated regions.",
  ["narrative", "weekday_date", "victims_named", "origin_place", "statement_place"]))

# 25 --------------------------------------------------------------- Thantlang
d = "2021-10-31"
THA = M("Thantlang", 22.7, 93.43, "MM", "approximate, town west of Hakha near the Indian border")
add(D(R, 25, d, f"""Junta troops shelled Thantlang on {WD(d,-2)} and set fire to houses, and by nightfall more than 160 buildings, including two churches, were burning, residents and the Chin National Front said. The town had been largely empty since September, when most of its 10,000 residents fled to Mizoram in India after earlier fighting. Pastor Cung Biak Hum, who had returned to feed livestock, was shot dead trying to put out a fire. Soldiers from the garrison in Hakha were blamed. The junta said in Naypyitaw that the fire was started by "terrorists".""",
  [E("incident", "shelling and arson", DAY(d,-2), THA, ["Myanmar military", "civilians"])],
  [P("Hakha", "MM"), P("Naypyitaw", "MM", "Nay Pyi Taw")],
  N + " Earlier fighting in September undated. Mizoram (state) refuge, not pinned. Hakha: troops' base (~30 km).",
  ["narrative", "weekday_date", "victims_named", "origin_place", "statement_place"]))

# 26 --------------------------------------------------------------- Indanan
d = "2019-06-30"
IND = M("Indanan (Tanjung camp)", 6.0, 120.95, "PH", "approximate, army camp in Indanan, Sulu")
add(D(R, 26, d, f"""Two suicide bombers struck the temporary command post of the army's First Brigade Combat Team in Barangay Kajatian, Indanan, on {WD(d,-2)} afternoon. The first detonated his vest at the gate; the second blew himself up a few metres inside. Three soldiers and three civilians were killed. Private Ramil Santos, 22, from Iloilo, was on guard duty and was among the dead. The wounded were flown to Zamboanga City. Abu Sayyaf and the Islamic State group claimed the attack. It was the second suicide bombing in Sulu in five months, after the Jolo cathedral attack in January.""",
  [E("incident", "suicide bombing", DAY(d,-2), IND, ["Abu Sayyaf", "ISIS", "Philippine Army"])],
  [P("Iloilo", "PH"), P("Zamboanga", "PH"), P("Jolo", "PH")],
  N + " Two blasts at one camp: one event. Iloilo home; Zamboanga hospital; Jolo cathedral (January): month only, non-event (~10 km).",
  ["narrative", "weekday_date", "victims_named", "origin_place", "hospital_other_city", "back_reference", "multi_site_one_event"]))

# 27 --------------------------------------------------------------- Caldono
d = "2025-04-16"
add(D(R, 27, d, f"""The motorcycle packed with explosives was parked outside the police station in the centre of Caldono, in northern Cauca, and detonated at about 7 a.m. on {WD(d,-1)}. Two police officers and a street vendor were wounded, and the facades of a dozen houses were destroyed. Blanca Yule, a Nasa Indigenous leader, said children on their way to school had only just passed the corner. The wounded were taken to Santander de Quilichao and then to Popayán. The army blamed the Jaime Martínez front of the FARC dissidents. Governor Octavio Guzmán said from Popayán that the department had suffered more than 40 attacks this month. Indigenous guards marched through the town on {WD(d)}.""",
  [E("incident", "motorcycle bombing", DAY(d,-1), P("Caldono", "CO"), ["FARC dissidents", "police"]),
   E("other", "march", d, P("Caldono", "CO"), ["Indigenous guard"])],
  [P("Santander de Quilichao", "CO"), P("Popayán", "CO", "Popayan")],
  N + " Santander de Quilichao (~25 km) and Popayán hospitals; Popayán statement. Monthly tally not gold. March: other.",
  ["narrative", "weekday_date", "victims_named", "hospital_other_city", "statement_place", "protest"]))

# 28 --------------------------------------------------------------- Cotija
d = "2024-03-08"
COT = P("Cotija", "MX", "Cotija de la Paz")
add(D(R, 28, d, f"""The ambush began on a dirt road outside Cotija, near the Jalisco state line, shortly before noon on {WD(d,-2)}. Gunmen fired on a convoy of state police from the hills, and a roadside mine disabled the lead truck. Four officers were killed. Officer Luis Alberto Ramos, 29, had transferred from Morelia only a month earlier. The wounded were flown to a hospital in Zamora. Officials blamed the Jalisco New Generation Cartel, which has been fighting the Cárteles Unidos for control of the avocado and lime valleys. A similar mine attack near Aguililla last year killed three soldiers. The state governor attended the funeral in Morelia on {WD(d,-1)}.""",
  [E("incident", "ambush", DAY(d,-2), COT, ["CJNG", "police"]),
   E("other", "funeral", DAY(d,-1), P("Morelia", "MX"), ["state governor"])],
  [P("Zamora", "MX", "Zamora de Hidalgo"), M("Aguililla", 18.73, -102.79, "MX", "approximate, town in Tierra Caliente, Michoacán")],
  N + " Cotija (gazetteer Cotija de la Paz). Morelia home and funeral (other); Zamora hospital; Aguililla 'last year' not gold.",
  ["narrative", "weekday_date", "victims_named", "origin_place", "hospital_other_city", "background_event", "memorial"]))

# 29 --------------------------------------------------------------- Petite-Rivière
d = "2025-03-06"
PRA = M("Petite-Rivière-de-l'Artibonite", 19.13, -72.48, "HT", "approximate, town in the lower Artibonite valley")
add(D(R, 29, d, f"""Gran Grif gunmen crossed the Artibonite river at dawn on {WD(d,-2)} and attacked the lower districts of Petite-Rivière-de-l'Artibonite, setting homes and rice stores on fire. At least 15 residents were killed, local officials said, and thousands fled towards Saint-Marc and Verrettes. Jean-Robert Pierre, a rice farmer, said he saw his neighbour shot on the dike. The wounded were treated at the Saint-Nicolas hospital in Saint-Marc. The gang had already attacked nearby Pont-Sondé in October, killing more than 70. Police reinforcements from Port-au-Prince arrived on {WD(d,-1)}.""",
  [E("incident", "armed attack", DAY(d,-2), PRA, ["Gran Grif", "civilians"])],
  [P("Saint-Marc", "HT"), P("Verrettes", "HT"), M("Pont-Sondé", 19.15, -72.61, "HT", "approximate, village west of Petite-Rivière"), P("Port-au-Prince", "HT")],
  N + " Saint-Marc refuge and hospital; Verrettes refuge; Pont-Sondé (October, gold in blind6/7): month only, non-event; Port-au-Prince origin of reinforcements.",
  ["narrative", "weekday_date", "victims_named", "origin_place", "hospital_other_city", "back_reference"]))

# 30 --------------------------------------------------------------- Barda
d = "2020-10-29"
add(D(R, 30, d, f"""The rockets fell on the centre of Barda at about 1 p.m. on {WD(d,-1)}, scattering cluster submunitions over shops and a bus stop. Twenty-one civilians were killed and about 70 wounded, Azerbaijani prosecutors said. Samira Hasanova, 38, a nurse originally from Aghdam, was on her way to the district hospital when the bomblets exploded. The injured were taken to hospitals in Barda, Yevlakh and Baku. Armenia denied firing at the town. The day before, another strike had killed five people in a village outside Barda. President Ilham Aliyev, speaking in Baku, vowed retaliation.""",
  [E("incident", "rocket strike", DAY(d,-1), P("Barda", "AZ"), ["Armenian forces", "civilians"]),
   E("incident", "rocket strike", DAY(d,-2), P("Barda", "AZ"), ["Armenian forces", "civilians"], optional=True)],
  [P("Aghdam", "AZ"), P("Yevlakh", "AZ"), P("Baku", "AZ")],
  N + " The previous day's strike near Barda: dated, optional (same area). Aghdam home town; Yevlakh/Baku hospitals; Baku statement.",
  ["narrative", "weekday_date", "victims_named", "origin_place", "hospital_other_city", "statement_place", "background_event"]))
