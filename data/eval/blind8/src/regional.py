from lib import *
R = "regional"
DOCS = []
add = DOCS.append
G = "Regional outlet in translation: local spellings; the most specific named place is the pin."

# 1 ---------------------------------------------------------------- Sheladizê, Turkish drone (Duhok outlet)
d = "2023-08-14"
SHE = M("Sheladizê", 37.135, 43.41, "IQ", "approximate, town north of Amedi, Duhok province")
add(D(R, 1, d, f"""DUHOK — A Turkish drone targeted a pick-up truck on the road leading out of Sheladizê in Amêdî district on {WD(d,-1)} afternoon, killing the driver and wounding a farmer travelling with him, the mayor of Sheladizê sub-district told our correspondent.

The wounded man was taken to Azadi hospital in Duhok. "These were villagers coming back from their orchards," the mayor said.

Residents of the surrounding villages have been leaving for Duhok city and Zakho since Turkish troops expanded their positions on the nearby mountain ridges earlier in the summer.""",
  [E("incident", "drone strike", DAY(d,-1), SHE, ["Turkey", "civilians"])],
  [P("Duhok", "IQ", "Dihok"), P("Zakho", "IQ"), P("Amêdî", "IQ", "Amadiyah")],
  G + " Amêdî district centre (~10 km) is a qualifier. Duhok: hospital and refuge; Zakho: refuge.",
  ["alt_spelling", "weekday_date", "district", "hospital_other_city", "origin_place"]))

# 2 ---------------------------------------------------------------- Girkê Legê (NE Syria outlet)
d = "2024-01-16"
GIR = M("Girkê Legê", 36.98, 41.98, "SY", "approximate, town (al-Muabbada) between Qamishli and Derik")
add(D(R, 2, d, f"""QAMIŞLO — Turkish warplanes struck a grain silo and an electricity substation on the outskirts of Girkê Legê (al-Muabbada) in the Cizîrê region at dawn on {WD(d)}, our agency's correspondent reported.

Two workers at the substation were wounded and taken to hospital in Qamişlo. Electricity was cut to dozens of villages between Girkê Legê and Dêrik.

The Autonomous Administration said the attacks on vital infrastructure were a "crime against the peoples of the region". The Turkish defence ministry in Ankara said it had "neutralised" PKK targets in northern Syria.""",
  [E("incident", "airstrike", d, GIR, ["Turkey"])],
  [M("Qamişlo", 37.05, 41.22, "SY", "approximate, city on the Turkish border"), M("Dêrik", 37.07, 42.2, "SY", "approximate, town (al-Malikiyah) near the Tigris border"), P("Ankara", "TR")],
  G + " Kurdish spellings. Qamişlo: dateline and hospital. Dêrik: power-cut area. Ankara statement.",
  ["alt_spelling", "weekday_date", "facility", "hospital_other_city", "statement_place"]))

# 3 ---------------------------------------------------------------- Darbandikhan (Slemani outlet)
d = "2024-05-22"
add(D(R, 3, d, f"""SLEMANI — A car was hit by a drone in the town of Darbandikhan late on {WD(d,-1)}, killing two men the security directorate described as members of a PKK-affiliated group, our reporter in Darbandikhan said.

The car was struck on the main road near the dam. District officials said the drone was Turkish. Ankara has not commented.

The Asayish in Slemani said it had opened an investigation. It was the first such strike in the district this year; earlier attacks in Slemani province hit the Arbat area and the city's airport.""",
  [E("incident", "drone strike", DAY(d,-1), P("Darbandikhan", "IQ"), ["Turkey", "PKK-affiliated"])],
  [P("Slemani", "IQ", "Sulaymaniyah"), P("Ankara", "TR")],
  G + " Darbandikhan (gazetteer Derbendîxan). Earlier Arbat and airport strikes undated: not gold, and Arbat is not listed (back-reference without a date).",
  ["alt_spelling", "weekday_date", "statement_place", "back_reference"]))

# 4 ---------------------------------------------------------------- Darat Izza
d = "2023-10-09"
add(D(R, 4, d, f"""IDLIB — Regime forces shelled residential neighbourhoods of Darat Izza in the western Aleppo countryside on {WD(d,-1)} with rocket launchers and artillery, killing four civilians including a child and wounding 12, the Syrian Civil Defence (White Helmets) said.

The shells fell near a market and a school. The wounded were taken to hospitals in Atarib and Bab al-Hawa, according to our correspondent.

The bombardment is part of an escalation that began last week after a drone attack on the military college in Homs, which the regime blamed on opposition factions.""",
  [E("incident", "shelling", DAY(d,-1), P("Darat Izza", "SY", "Dārat ‘Izzah"), ["Syrian government", "civilians"])],
  [P("Idlib", "SY"), P("Atarib", "SY"), M("Bab al-Hawa", 36.232, 36.672, "SY", "approximate, crossing and hospital on the Turkish border")],
  G + " Atarib (~12 km) and Bab al-Hawa hospitals. Homs military college: back-reference giving the cause, non-event (Homs not listed).",
  ["weekday_date", "hospital_other_city", "back_reference"]))

# 5 ---------------------------------------------------------------- Suqaylabiyah (SANA style)
d = "2023-08-21"
add(D(R, 5, d, f"""HAMA, SANA — Terrorist organisations positioned in Idlib countryside targeted the city of al-Suqaylabiyah in the northern Hama countryside with a drone loaded with explosives on {WD(d)} morning, injuring three civilians, a source at the police command said.

The drone fell on a residential street, causing material damage to houses and cars, the source added. The injured were transferred to Hama National Hospital for treatment.

Army units operating in the area responded to the sources of fire, inflicting losses on the terrorists, the source said.""",
  [E("incident", "drone attack", d, P("al-Suqaylabiyah", "SY", "As Suqaylibiyah"), ["opposition factions", "civilians"])],
  [P("Idlib", "SY"), P("Hama", "SY", "Hamah")],
  G + " State-media register. Launch area 'Idlib countryside' (province, pinned at Idlib only as non-event). Army response unlocated.",
  ["weekday_date", "origin_place", "hospital_other_city", "source_attribution"]))

# 6 ---------------------------------------------------------------- al-Bazouriyeh (NNA style)
d = "2024-07-31"
BAZ = M("al-Bazouriyeh", 33.255, 35.27, "LB", "approximate, village east of Tyre")
add(D(R, 6, d, f"""TYRE, NNA — A hostile Israeli drone targeted a motorcycle on the road between al-Bazouriyeh and Burj al-Shemali in Tyre district on {WD(d)} afternoon, killing its rider, the National News Agency's correspondent reported.

Civil Defence teams transported the body to Jabal Amel hospital in Tyre. Enemy artillery also shelled the outskirts of Kfarshouba and Kfarhamam in the Arqoub area during the day, the correspondent added.

The Israeli army said it had struck a Hezbollah operative in the Tyre area.""",
  [E("incident", "drone strike", d, BAZ, ["Israel", "Hezbollah"]),
   E("incident", "shelling", d, M("Kfarshouba", 33.335, 35.675, "LB", "approximate, village in the Arqoub, Hasbaya district"), ["Israel"]),
   E("incident", "shelling", d, M("Kfarhamam", 33.38, 35.665, "LB", "approximate, village in the Arqoub, Hasbaya district"), ["Israel"])],
  [P("Tyre", "LB")],
  G + " Burj al-Shemali road end folded into the Bazouriyeh pin. Kfarshouba/Kfarhamam ~5 km apart: two named villages, two events. Tyre hospital (~7 km).",
  ["weekday_date", "multi_event", "village", "hospital_other_city"]))

# 7 ---------------------------------------------------------------- Sinjil (WAFA style)
d = "2024-04-13"
add(D(R, 7, d, f"""RAMALLAH, WAFA — Colonists attacked the village of Sinjil, north of Ramallah, on {WD(d,-1)} evening, setting fire to several homes and vehicles under the protection of the occupation forces, local sources told WAFA.

The Palestine Red Crescent said its crews treated 11 citizens for wounds from live bullets and rubber-coated rounds, and transferred four of them to the Istishari Arab Hospital in Ramallah.

The attack came as colonists searched for a young settler reported missing from an outpost near al-Mughayyir.""",
  [E("incident", "settler attack", DAY(d,-1), P("Sinjil", "PS"), ["Israeli settlers", "Palestinians"])],
  [P("Ramallah", "PS"), P("al-Mughayyir", "PS", "Al Mughayyir")],
  G + " WAFA terms ('colonists'). al-Mughayyir: the search area (background, not an attack; gold in blind7). Ramallah hospital.",
  ["weekday_date", "hospital_other_city", "background_event"]))

# 8 ---------------------------------------------------------------- Majz (Saba, Houthi)
d = "2024-02-25"
add(D(R, 8, d, f"""SAADA, Saba — The American-British aggression launched four raids on the Majz district of Saada governorate on {WD(d,-1)} night, a security source said.

The source said the raids targeted an area in Majz without causing casualties. The aggression also carried out three raids on the Zabid district of Hodeidah governorate, the source added.

The statement came as the Yemeni Armed Forces announced in Sanaa that they had targeted a British ship in the Gulf of Aden with naval missiles.""",
  [E("incident", "airstrike", DAY(d,-1), P("Majz", "YE"), ["United States", "United Kingdom", "Houthis"]),
   E("incident", "airstrike", DAY(d,-1), P("Zabid", "YE"), ["United States", "United Kingdom", "Houthis"])],
  [P("Sanaa", "YE"), P("Saada", "YE", "Sa'dah")],
  G + " Houthi register ('aggression'). Zabid district (second event) pinned at Zabid. Majz district pinned at its centre. Ship in the Gulf of Aden unlocated. Saada city ~25 km (dateline of the source).",
  ["weekday_date", "multi_event", "district", "statement_place"]))

# 9 ---------------------------------------------------------------- Al-Dhale (Aden outlet)
d = "2022-09-19"
add(D(R, 9, d, f"""ADEN — Houthi militia shelled residential neighbourhoods in the city of al-Dhale on {WD(d,-1)} with mortars and Katyusha rockets, killing a woman and wounding three children, a local official told our website.

The shelling came from militia positions in the Murais and Bab Ghalaq areas north of the city, the official said. Government forces responded to the sources of fire.

The escalation violates the UN-sponsored truce, which expires on 2 October, the government said in a statement from Aden.""",
  [E("incident", "shelling", DAY(d,-1), P("al-Dhale", "YE", "Ad Dali'"), ["Houthis", "civilians"])],
  [P("Aden", "YE"), M("Murais", 13.86, 44.69, "YE", "approximate, front north of al-Dhale, placement uncertain")],
  G + " Murais: launch origin. Truce expiry is a future date, not an event.",
  ["weekday_date", "origin_place", "statement_place", "future_event"]))

# 10 --------------------------------------------------------------- Janzour clashes (Libyan outlet)
d = "2023-08-16"
add(D(R, 10, d, f"""TRIPOLI — Violent clashes broke out between two armed groups in the Janzour area west of the capital on {WD(d,-1)}, after the detention of a commander at Mitiga airport earlier in the week, our correspondent reported.

Medium and heavy weapons were used in the streets near the coastal road, and the Emergency Medicine Centre said two people were killed. Families in the area called for safe corridors.

Mediation by elders from Zawiya and Zintan led to a ceasefire in the evening, local sources said.""",
  [E("incident", "armed clashes", DAY(d,-1), P("Janzour", "LY", "Janzūr"), ["Libyan armed groups"])],
  [P("Tripoli", "LY"), P("Zawiya", "LY"), P("Zintan", "LY")],
  G + " Detention at Mitiga is undated ('earlier in the week'): Mitiga not pinned (Tripoli covers it). Zawiya/Zintan elders' origins. Tripoli ~12 km.",
  ["weekday_date", "origin_place", "back_reference"]))

# 11 --------------------------------------------------------------- Dinangourou (Malian outlet, French)
d = "2022-06-22"
add(D(R, 11, d, f"""MOPTI — Des hommes armés non identifiés ont attaqué {WDF(d,-3)} soir le village de Dinangourou, dans le cercle de Koro, selon des élus locaux joints par notre rédaction.

Au moins 11 personnes ont été tuées et des greniers incendiés. Les blessés ont été évacués vers le centre de santé de référence de Koro, puis vers l'hôpital de Sévaré.

Cette attaque survient quelques jours après les tueries de Diallassagou, dans le cercle voisin de Bankass. Les Forces armées maliennes ont annoncé depuis Bamako l'envoi de renforts dans la zone.""",
  [E("incident", "armed attack", DAY(d,-3), M("Dinangourou", 14.45, -2.23, "ML", "approximate, village north-east of Koro near the Burkina border"), ["unidentified gunmen", "civilians"])],
  [P("Koro", "ML"), M("Sévaré", 14.53, -4.10, "ML", "approximate, town next to Mopti"), P("Mopti", "ML"), P("Bamako", "ML"), M("Diallassagou", 13.73, -3.61, "ML", "approximate, commune in Bankass cercle"), P("Bankass", "ML")],
  G + " French-language item. Diallassagou killings 'quelques jours après': back-reference, non-event (gold in blind6/7). Koro cercle centre is a qualifier and health centre (~90 km). French weekday.",
  ["non_english", "weekday_date", "back_reference", "hospital_other_city", "admin_qualifier"]))

# 12 --------------------------------------------------------------- Kaya region (Burkinabe outlet)
d = "2024-03-05"
DAB = M("Dablo", 13.62, -1.22, "BF", "approximate, town in Sanmatenga province north of Kaya")
add(D(R, 12, d, f"""KAYA — The VDP (Volunteers for the Defence of the Homeland) post at Dablo, in the Sanmatenga province, came under attack by several hundred armed individuals on {WD(d,-2)} at around 10 a.m., according to security sources consulted by our newspaper.

The defence forces, supported by the air force, held the position after several hours of fighting. The provisional toll reports several volunteers killed. The wounded were evacuated to the regional hospital in Kaya.

Dablo has been under blockade for months; the last supply convoy left Kaya in January.""",
  [E("incident", "armed attack", DAY(d,-2), DAB, ["jihadists", "VDP"])],
  [P("Kaya", "BF")],
  G + " Kaya: hospital and convoy origin (~70 km). Blockade/convoy background not events.",
  ["weekday_date", "hospital_other_city", "origin_place"]))

# 13 --------------------------------------------------------------- Torodi (Nigerien outlet, French)
d = "2023-08-17"
add(D(R, 13, d, f"""NIAMEY — Le ministère de la Défense a annoncé {WDF(d,-1)} soir que 17 soldats ont été tués et 20 autres blessés dans une embuscade tendue contre un détachement des Forces armées nigériennes près de Koutougou, dans le département de Torodi (région de Tillabéri).

Le détachement se déplaçait entre Boni et Torodi lorsqu'il a été pris à partie par des terroristes, selon le communiqué lu à la télévision nationale. Les blessés ont été évacués vers Niamey. Plus de cent assaillants ont été neutralisés lors de leur repli, a ajouté l'armée.

C'est l'attaque la plus meurtrière depuis la prise du pouvoir par le CNSP fin juillet.""",
  [E("incident", "ambush", [DAY(d,-2), DAY(d,-1)], M("Koutougou", 13.0, 1.58, "NE", "approximate, village in Torodi department near the Burkina border, placement uncertain"), ["jihadists", "Nigerien army"], alts=[P("Torodi", "NE")])],
  [P("Niamey", "NE"), M("Boni (Niger)", 13.15, 1.6, "NE", "approximate, village in Torodi department")],
  G + " French-language item. Announced on D-1 evening, attack day not stated: D-2..D-1. Torodi department centre as alternate (~20 km). Route end Boni (not the Malian Boni).",
  ["non_english", "weekday_date", "date_range", "district", "hospital_other_city", "homonym"]))

# 14 --------------------------------------------------------------- Ceeldheer (Somali outlet)
d = "2024-11-26"
add(D(R, 14, d, f"""DHUSAMAREB — Fierce fighting took place on {WD(d,-1)} around Ceeldheer district in Galgaduud region between the Somali National Army, backed by local clan militia (Macawisley), and al-Shabaab fighters, local elders told our reporter by telephone.

The fighting began after al-Shabaab attacked army bases on the outskirts of the town before dawn. Residents said several fighters on both sides were killed. Wounded soldiers were airlifted to Dhusamareb.

Ceeldheer, on the Indian Ocean coast, was retaken from al-Shabaab in 2022.""",
  [E("incident", "armed clashes", DAY(d,-1), P("Ceeldheer", "SO"), ["Somali army", "Macawisley", "al-Shabaab"])],
  [M("Dhusamareb", 5.535, 46.386, "SO", "approximate, capital of Galmudug")],
  G + " Somali spellings (Ceeldheer = El Dher, Dhusamareb). 2022 recapture: old background, no pin.",
  ["alt_spelling", "weekday_date", "district", "hospital_other_city"]))

# 15 --------------------------------------------------------------- Velykyi Burluk (Kharkiv outlet)
d = "2024-09-09"
add(D(R, 15, d, f"""KHARKIV — Russian troops dropped guided aerial bombs on the village of Velykyi Burluk in Kupiansk district on {WD(d,-1)} evening, wounding three residents and destroying a shop, the head of the Kharkiv Regional Military Administration Oleh Syniehubov said on Telegram.

Over the past day, the occupiers also shelled Dvorichna in the same district and struck Kozacha Lopan with drones, he added. In total, 9 settlements of the region came under fire.

Police are documenting another war crime, the regional police department reported.""",
  [E("incident", "guided bomb strike", DAY(d,-1), P("Velykyi Burluk", "UA"), ["Russia", "civilians"]),
   E("incident", "shelling", [DAY(d,-1), d], P("Dvorichna", "UA"), ["Russia"]),
   E("incident", "drone strike", [DAY(d,-1), d], P("Kozacha Lopan", "UA"), ["Russia"])],
  [P("Kharkiv", "UA"), P("Kupiansk", "UA")],
  G + " Kupiansk district is a qualifier (Kupiansk town ~50 km, non-event). 'Over the past day' → D-1..D.",
  ["weekday_date", "multi_event", "district", "date_range"]))

# 16 --------------------------------------------------------------- Vorozhba (Sumy outlet)
d = "2025-03-12"
add(D(R, 16, d, f"""SUMY — A Russian drone struck a civilian car in Vorozhba, Bilopillia community, on {WD(d)} morning; the driver, a 52-year-old man, was killed, the Sumy Regional Military Administration reported.

Another drone hit an agricultural enterprise on the outskirts of the town. In the afternoon the enemy also shelled the border Myropillia community with artillery; no casualties were reported there.

Over the past day the Russians carried out 87 attacks on 31 settlements of Sumy oblast, the administration said.""",
  [E("incident", "drone strike", d, P("Vorozhba", "UA"), ["Russia", "civilians"]),
   E("incident", "shelling", d, P("Myropillia", "UA"), ["Russia"])],
  [P("Sumy", "UA"), P("Bilopillia", "UA")],
  G + " Community (hromada) named after Bilopillia: qualifier (~15 km; gold in blind7). Oblast-wide tally not pinned.",
  ["weekday_date", "multi_event", "admin_qualifier"]))

# 17 --------------------------------------------------------------- Valuyki (Belgorod outlet)
d = "2024-10-03"
add(D(R, 17, d, f"""BELGOROD — In Valuyki, a Ukrainian drone attacked an electrical substation on {WD(d,-1)} night, Governor Vyacheslav Gladkov said. A fire broke out; part of the town was left without electricity. There were no casualties.

In the Valuysky district, the village of Urazovo was also attacked by an FPV drone; a private house was damaged, the governor wrote.

The Russian defence ministry said in Moscow that air defences had destroyed 21 drones over Belgorod, Kursk and Voronezh regions overnight.""",
  [E("incident", "drone attack", DAY(d,-1), P("Valuyki", "RU"), ["Ukraine"]),
   E("incident", "drone attack", [DAY(d,-1), d], P("Urazovo", "RU"), ["Ukraine"])],
  [P("Belgorod", "RU"), P("Moscow", "RU")],
  G + " Urazovo ~20 km south of Valuyki, separately named. Region-wide interceptions not pinned.",
  ["weekday_date", "multi_event", "facility", "district", "statement_place"]))

# 18 --------------------------------------------------------------- Bajaur Mamund (Pakistani outlet)
d = "2024-11-05"
MAM = M("Mamund tehsil", 34.78, 71.36, "PK", "approximate, tehsil north-west of Khar, Bajaur district")
add(D(R, 18, d, f"""KHAR — A roadside bomb struck a vehicle carrying polio vaccination security staff in the Mamund tehsil of Bajaur district on {WD(d)}, killing a policeman and injuring five others, including two children, officials said.

According to District Police Officer Waqas Rafique, the explosive device had been planted near Lowi Mamund bazaar. The injured were shifted to the District Headquarters Hospital in Khar, and the critically injured to Peshawar.

The polio campaign was suspended in the tehsil for two days. No group has claimed responsibility.""",
  [E("incident", "IED attack", d, MAM, ["unknown", "police"])],
  [P("Khar", "PK"), P("Peshawar", "PK")],
  G + " Tehsil pinned at its centre (approximate). Khar (~20 km) and Peshawar hospitals.",
  ["weekday_date", "district", "hospital_other_city"]))

# 19 --------------------------------------------------------------- Nahrin (Afghan outlet)
d = "2024-04-30"
add(D(R, 19, d, f"""PUL-E-KHUMRI — Unknown gunmen opened fire on worshippers in a Shia mosque in the Nahrin district of Baghlan province on {WD(d,-1)} evening, killing six people including the prayer leader, a spokesman for the provincial police command told our agency.

The gunman entered the mosque in the Bandar area during evening prayers. Two wounded worshippers were taken to the provincial hospital in Pul-e-Khumri.

The Islamic Emirate's spokesman Zabihullah Mujahid condemned the attack in a post from Kabul and said security forces were searching for the perpetrators.""",
  [E("incident", "shooting", DAY(d,-1), P("Nahrin", "AF", "Nahrīn"), ["unknown gunmen", "Shia worshippers"])],
  [P("Pul-e Khumri", "AF"), P("Kabul", "AF")],
  G + " District pinned at Nahrin town. Pul-e-Khumri: dateline and hospital (~45 km). Kabul statement.",
  ["weekday_date", "district", "hospital_other_city", "statement_place"]))

# 20 --------------------------------------------------------------- Kishtwar (Kashmir outlet)
d = "2024-09-14"
CHA = M("Chatroo", 33.43, 75.57, "IN", "approximate, forest belt north-west of Kishtwar town")
add(D(R, 20, d, f"""JAMMU — Two soldiers were killed and two others injured in a gunfight with militants in the Chatroo belt of Kishtwar district on {WD(d,-1)}, officials said.

The encounter broke out in the Naidgam forests during a search operation launched on specific input about the presence of three to four militants, a defence spokesperson in Jammu said. The injured were airlifted to the Command Hospital at Udhampur.

The operation was continuing on {WD(d)}. Prime Minister Narendra Modi is scheduled to address an election rally in Doda on the same day.""",
  [E("incident", "gunfight", [DAY(d,-1), d], CHA, ["Indian Army", "militants"], alts=[P("Kishtwar", "IN", "Kishtwār")])],
  [P("Jammu", "IN"), P("Udhampur", "IN"), P("Doda", "IN")],
  G + " Ongoing operation D-1..D. Kishtwar (~30 km) as alternate. Doda rally: future/political, not gold.",
  ["weekday_date", "date_range", "hospital_other_city", "future_event", "statement_place"]))

# 21 --------------------------------------------------------------- Moreh (Manipur outlet)
d = "2024-01-18"
add(D(R, 21, d, f"""IMPHAL — Two state police commandos were killed and several others wounded when suspected militants attacked security posts in the border town of Moreh in Tengnoupal district on {WD(d,-1)}, officials said.

The attackers fired rocket-propelled grenades at the posts from hillocks near the town, the police said. Reinforcements sent from Imphal were ambushed on the way at Sinam village, a senior officer said.

The Manipur government imposed a curfew in Tengnoupal district. Chief Minister N. Biren Singh, speaking in Imphal, said the attackers may have come from across the border in Myanmar.""",
  [E("incident", "armed attack", DAY(d,-1), P("Moreh", "IN"), ["militants", "Manipur police"]),
   E("incident", "ambush", DAY(d,-1), M("Sinam", 24.33, 94.12, "IN", "approximate, village on the Imphal-Moreh road, placement uncertain"), ["militants", "Manipur police"])],
  [P("Imphal", "IN")],
  G + " Two events (ambush of reinforcements, ~20 km). Imphal: origin of reinforcements and statement place. Myanmar country only.",
  ["weekday_date", "multi_event", "origin_place", "statement_place"]))

# 22 --------------------------------------------------------------- Myinmu (Myanmar outlet)
d = "2023-12-04"
MYI = M("Myinmu", 21.93, 95.58, "MM", "approximate, town on the Irrawaddy west of Sagaing")
add(D(R, 22, d, f"""MANDALAY — A junta Y-12 aircraft dropped bombs on Myinmu town in Sagaing Region on {WD(d,-1)} afternoon, killing five civilians, including two novice monks, local resistance forces said.

A monastery and houses in the town's eastern ward were hit. The wounded were taken to clinics in liberated villages because the hospital in Monywa is under military control, a member of the local PDF told our reporter.

Resistance forces said they had attacked a junta outpost near the town a day earlier.""",
  [E("incident", "airstrike", DAY(d,-1), MYI, ["Myanmar military", "civilians"]),
   E("incident", "armed attack", DAY(d,-2), MYI, ["PDF", "Myanmar military"], optional=True)],
  [P("Mandalay", "MM"), P("Monywa", "MM")],
  G + " The PDF attack 'a day earlier' near the same town is a dated background event: optional. Monywa: hospital not used.",
  ["weekday_date", "background_event", "hospital_other_city"]))

# 23 --------------------------------------------------------------- En Nahud (Sudanese outlet)
d = "2025-05-04"
add(D(R, 23, d, f"""EL OBEID — Rapid Support Forces took over the town of En Nahud in West Kordofan on {WD(d,-3)} after fighting with the army's 18th Infantry Division and allied volunteers, sources told Radio Dabanga.

Residents said RSF fighters looted the market and the hospital, and that dozens of civilians were killed in the following days. Thousands fled towards El Obeid and Al-Khuwei.

The army said on {WD(d)} that it had struck RSF gatherings in the town with drones.""",
  [E("incident", "armed clashes", DAY(d,-3), P("En Nahud", "SD", "An Nahud"), ["RSF", "SAF"]),
   E("incident", "drone strike", [DAY(d,-3), d], P("En Nahud", "SD", "An Nahud"), ["SAF", "RSF"], optional=True)],
  [P("El Obeid", "SD")],
  G + " Capture with fighting on D-3. The army's drone strikes on the town are undated within the window and duplicate the pin: optional. Flight destinations El Obeid and Al-Khuwei (Al-Khuwei gold in blind7, named here only as direction; not listed).",
  ["weekday_date", "origin_place", "direction_only", "capture_claim"]))

# 24 --------------------------------------------------------------- Gimbi (Ethiopian outlet)
d = "2023-11-27"
add(D(R, 24, d, f"""ADDIS ABABA — Residents of Gimbi town in West Wellega Zone said heavy fighting between government forces and the Oromo Liberation Army (OLA) took place on the outskirts of the town on {WD(d,-2)} and {WD(d,-1)}, Addis Standard has learnt.

A resident reached by phone said the fighting started near the road to Nekemte and lasted two days. Shops and banks in Gimbi remained closed.

The fighting came a week after the collapse of peace talks between the government and the OLA in Dar es Salaam, Tanzania.""",
  [E("incident", "armed clashes", [DAY(d,-2), DAY(d,-1)], P("Gimbi", "ET"), ["ENDF", "OLA"])],
  [P("Nekemte", "ET", "Nek’emtē"), P("Dar es Salaam", "TZ")],
  G + " Two-day range. Nekemte: road direction. Dar es Salaam talks: back-reference a week earlier (no exact date): non-event.",
  ["weekday_date", "date_range", "back_reference", "direction_only"]))

# 25 --------------------------------------------------------------- Muidumbe (Mozambican outlet, Portuguese)
d = "2022-11-07"
add(D(R, 25, d, f"""PEMBA — Insurgentes atacaram na {WDP(d,-3)} a aldeia de Miangalewa, no distrito de Muidumbe, província de Cabo Delgado, incendiando casas e uma igreja, disseram fontes locais ao nosso jornal.

Pelo menos três civis foram decapitados. A população fugiu para a sede distrital, Namacande, e para Mueda, onde se encontram as forças ruandesas e moçambicanas.

As Forças de Defesa e Segurança não comentaram o ataque. O distrito de Muidumbe tinha registado um período de calma desde o início do ano.""",
  [E("incident", "armed attack", DAY(d,-3), M("Miangalewa", -11.72, 39.72, "MZ", "approximate, village in Muidumbe district, placement uncertain"), ["Islamic State Mozambique", "civilians"])],
  [P("Pemba", "MZ"), M("Namacande", -11.81, 39.8, "MZ", "approximate, seat of Muidumbe district"), P("Mueda", "MZ")],
  G + " Portuguese-language item (weekday in Portuguese). Namacande (~15 km) and Mueda (~20 km) refuges; 'ruandesas' nationality.",
  ["non_english", "weekday_date", "village", "origin_place", "nationality"]))

# 26 --------------------------------------------------------------- Kaura Namoda (Nigerian outlet)
d = "2023-06-20"
add(D(R, 26, d, f"""GUSAU — Bandits on {WD(d,-1)} night invaded Sabon Garin Damri community in Kaura Namoda Local Government Area of Zamfara State, killing 13 persons and abducting many others, residents told our correspondent.

A resident, who preferred anonymity, said the bandits came in large numbers on motorcycles and shot sporadically. "They went from house to house," he said. The injured were taken to the General Hospital in Kaura Namoda.

The spokesman of the state police command, Yazid Abubakar, confirmed the attack in Gusau, the state capital, and said a team had been deployed to the community.""",
  [E("incident", "armed attack", DAY(d,-1), M("Sabon Garin Damri", 12.5, 6.52, "NG", "approximate, village in Kaura Namoda LGA, placement uncertain"), ["bandits", "civilians"], alts=[P("Kaura Namoda", "NG")])],
  [P("Gusau", "NG")],
  G + " LGA named after its seat (~12 km), alternate. Gusau statement place (~50 km).",
  ["weekday_date", "district", "village", "statement_place", "abduction"]))

# 27 --------------------------------------------------------------- Kumbo (Cameroonian outlet)
d = "2023-10-10"
add(D(R, 27, d, f"""BAMENDA — Separatist fighters set ablaze a public school and attacked a military checkpoint in Kumbo, Bui division, on {WD(d,-1)}, the first day of a lockdown they declared to mark the anniversary of "independence", local sources said.

Two soldiers and a civilian were wounded in the exchange of fire at the Tobin checkpoint, a local official said. Schools and markets in Kumbo and Jakiri remained closed.

The regional governor, speaking in Bamenda, urged parents to send their children back to school.""",
  [E("incident", "armed attack", DAY(d,-1), P("Kumbo", "CM"), ["Ambazonian separatists", "Cameroonian army"])],
  [P("Bamenda", "CM"), P("Jakiri", "CM")],
  G + " Arson and checkpoint attack in one town: one event. Jakiri closure is not an incident. Anniversary (1 October) is not dated here.",
  ["weekday_date", "district", "statement_place"]))

# 28 --------------------------------------------------------------- Corinto (Colombian outlet)
d = "2024-05-21"
add(D(R, 28, d, f"""POPAYÁN — Dissidents of the Dagoberto Ramos column attacked the police station of Corinto, in northern Cauca, with explosives launched from drones and rifle fire in the early hours of {WD(d,-1)}, the Police said.

Two police officers were wounded and several houses near the station were damaged. The wounded were transferred to a clinic in Cali.

The governor of Cauca, Octavio Guzmán, said from Popayán that the department had suffered more than 20 attacks against the security forces in the last week, including in Jamundí and Morales.""",
  [E("incident", "drone attack", DAY(d,-1), P("Corinto", "CO"), ["FARC dissidents", "police"])],
  [P("Popayán", "CO", "Popayan"), P("Cali", "CO")],
  G + " Week's tally (Jamundí, Morales; both gold in blind7) undated: Jamundí and Morales not listed to avoid clustering; Cali hospital (~70 km).",
  ["weekday_date", "hospital_other_city", "statement_place", "background_event"]))

# 29 --------------------------------------------------------------- Fresnillo (Mexican outlet)
d = "2023-02-14"
add(D(R, 29, d, f"""ZACATECAS — Armed men opened fire on a group of people outside a bar in the centre of Fresnillo on {WD(d,-2)} night, killing four and wounding three, the state prosecutor's office reported.

The attackers fled in a white van towards the Plateros community, according to witnesses. The injured were taken to the General Hospital of Fresnillo.

The State Security Secretary said in Zacatecas that patrols had been reinforced in the municipality, one of the most violent in the country.""",
  [E("incident", "shooting", DAY(d,-2), P("Fresnillo", "MX"), ["gunmen", "civilians"])],
  [P("Zacatecas", "MX"), P("Plateros", "MX")],
  G + " Plateros: direction of flight (~5 km). Zacatecas statement place (~55 km).",
  ["weekday_date", "direction_only", "statement_place"]))

# 30 --------------------------------------------------------------- Tabarre (Haitian outlet)
d = "2024-03-04"
add(D(R, 30, d, f"""PORT-AU-PRINCE — Armed gangs attacked the Croix-des-Bouquets civil prison on {WD(d,-1)} night, a day after the assault on the National Penitentiary, freeing dozens of inmates, sources at the prison administration told our newsroom.

Police units in Tabarre came under fire at the same time near the roundabout, where a police vehicle was set on fire. Residents of Tabarre and Croix-des-Bouquets said they heard gunfire all night.

The Prime Minister, Ariel Henry, who is in Puerto Rico after a trip to Nairobi, has not commented.""",
  [E("incident", "prison attack", DAY(d,-1), P("Croix-des-Bouquets", "HT"), ["Haitian gangs", "prison staff"]),
   E("incident", "armed attack", DAY(d,-1), M("Tabarre", 18.575, -72.27, "HT", "approximate, commune north-east of Port-au-Prince"), ["Haitian gangs", "police"]),
   E("incident", "prison attack", DAY(d,-2), M("National Penitentiary, Port-au-Prince", 18.541, -72.338, "HT", "approximate, central Port-au-Prince"), ["Haitian gangs"], optional=True)],
  [M("Puerto Rico (San Juan)", 18.466, -66.106, "PR", "approximate, San Juan"), P("Nairobi", "KE")],
  G + " 'A day after the assault on the National Penitentiary': dated (D-2) separate attack, optional. Tabarre ~6 km from Croix-des-Bouquets (separately named). Puerto Rico and Nairobi: whereabouts of the PM.",
  ["weekday_date", "multi_event", "background_event", "statement_place"]))
