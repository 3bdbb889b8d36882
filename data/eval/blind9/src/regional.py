from lib import *
R = "regional"
DOCS = []
add = DOCS.append
G = "Regional outlet in translation: local spellings; the most specific named place is the pin."

# 1 ---------------------------------------------------------------- Deraluk (Duhok outlet)
d = "2024-07-02"
DER = M("Deraluk", 37.06, 43.65, "IQ", "approximate, sub-district seat in Amêdî district, Duhok")
add(D(R, 1, d, f"""DUHOK — Artillery shells fired by the Turkish army fell on farmland around the villages of Deraluk sub-district on {WD(d,-1)} evening, setting fire to wheat fields and orchards, the head of the sub-district told our reporter.

"The fire burned for five hours. Firefighters from Amêdî could not reach the fields because of the shelling," he said. No one was hurt, but several families left for Duhok.

Residents say the Turkish army has set up new checkpoints on the roads between Kani Masi and Batifa this summer.""",
  [E("incident", "shelling", DAY(d, -1), DER, ["Turkey"])],
  [Q("Amêdî", "IQ", 37.09, 43.49, q="Al ‘Amādīyah"), P("Duhok", "IQ", "Dihok"), M("Kani Masi", 37.22, 43.43, "IQ", "approximate, sub-district on the Turkish border"), M("Batifa", 37.17, 43.0, "IQ", "approximate, town north-west of Zakho district")],
  G + " Amêdî firefighters' origin (~15 km). Duhok refuge. Checkpoints between Kani Masi and Batifa undated (non-event).",
  ["alt_spelling", "weekday_date", "village", "origin_place"]))

# 2 ---------------------------------------------------------------- Qaladze (Sulaimani outlet)
d = "2022-09-28"
QAL = Q("Qaladze", "IQ", 36.18, 45.12, q="Qaladiza")
add(D(R, 2, d, f"""SLÊMANÎ — Iranian artillery and drones struck positions of Iranian Kurdish opposition parties near Qaladze in Pshdar district on {WD(d)}, killing at least nine people, according to Kurdistan Region health officials.

Wounded were taken to hospitals in Ranya and Slêmanî. One of the strikes hit a camp of the Kurdistan Democratic Party of Iran at Degala, in Koya district, local sources said.

The Islamic Revolutionary Guard Corps said in Tehran it had targeted "separatist terrorist" groups it blames for the protests in Iran's Kurdish cities after the death of Mahsa Amini in Tehran.""",
  [E("incident", "artillery and drone strikes", d, QAL, ["IRGC", "Iranian Kurdish parties"]),
   E("incident", "drone strike", d, M("Degala (Koya district)", 36.1, 44.55, "IQ", "approximate, KDPI camp area in Koya district, placement uncertain"), ["IRGC", "KDPI"])],
  [Q("Ranya", "IQ", 36.25, 44.88, q="Rania"), P("Sulaymaniyah", "IQ"), P("Tehran", "IR")],
  G + " Two target areas (Pshdar and Koya district, ~70 km apart). Ranya/Slêmanî hospitals. Tehran statement and protests (topic).",
  ["alt_spelling", "weekday_date", "multi_event", "hospital_other_city", "statement_place"]))

# 3 ---------------------------------------------------------------- Tabqa (NE Syria outlet)
d = "2024-10-25"
add(D(R, 3, d, f"""TEBQA — A Turkish drone struck the car of a municipal official at the entrance of Tebqa city on {WD(d)} morning, killing him and his driver, our correspondent said.

The strike came as Turkish warplanes and drones hit oil wells, bakeries and power stations across North and East Syria for a second day, following this week's attack on the TUSAŞ aerospace plant near Ankara. The Autonomous Administration said in Raqqa that at least 12 civilians had been killed since {WD(d,-1)}.""",
  [E("incident", "drone strike", d, Q("Tebqa", "SY", 35.84, 38.55, q="Ath Thawrah"), ["Turkey", "civilians"])],
  [P("Raqqa", "SY"), P("Ankara", "TR")],
  G + " Tebqa (Tabqa, gazetteer Ath Thawrah). Region-wide strikes over two days: unlocated. 'This week's' TUSAŞ attack: loosely dated back-reference (Ankara non-event). Raqqa statement (~50 km).",
  ["alt_spelling", "weekday_date", "background_event", "statement_place"]))

# 4 ---------------------------------------------------------------- Taftanaz (Syrian opposition outlet)
d = "2023-10-06"
add(D(R, 4, d, f"""IDLIB — Regime forces shelled the town of Taftanaz in the eastern Idlib countryside with rocket launchers on {WD(d)}, killing a woman and her two children, the White Helmets said.

Civil defence teams also responded to artillery shelling on the outskirts of Sarmin. The escalation followed a drone attack on a military academy graduation in Homs on {WD(d,-1)}, which the regime blamed on "terrorist organisations".

Hundreds of families have fled towards camps near the Turkish border since the shelling began.""",
  [E("incident", "rocket shelling", d, Q("Taftanaz", "SY", 35.99, 36.78), ["Syrian government", "civilians"]),
   E("incident", "shelling", d, Q("Sarmin", "SY", 35.9, 36.72), ["Syrian government"]),
   E("incident", "drone attack", DAY(d, -1), M("Homs military academy", 34.72, 36.7, "SY", "approximate, academy in western Homs"), ["unknown", "Syrian army"], optional=True)],
  [],
  G + " Taftanaz and Sarmin (~12 km apart, both named). Dated Homs drone attack optional. Border camps: direction only.",
  ["weekday_date", "multi_event", "background_event"]))

# 5 ---------------------------------------------------------------- Srifa and Tebnine (NNA)
d = "2024-10-03"
add(D(R, 5, d, f"""NNA — Enemy warplanes launched a raid at dawn on a house in the town of Srifa, in Tyre district, destroying it completely, our correspondent reported.

Ambulances of the Islamic Health Committee transported the wounded to hospitals in Tyre. In the afternoon, a drone targeted a motorcycle on the road between Tebnine and Beit Yahoun in Bint Jbeil district, killing its rider.

Artillery shelling also hit the outskirts of Majdal Selm overnight, the correspondent said.""",
  [E("incident", "airstrike", [DAY(d, -1), d], M("Srifa", 33.27, 35.4, "LB", "approximate, town east of Tyre"), ["Israel"]),
   E("incident", "drone strike", [DAY(d, -1), d], M("Tebnine", 33.19, 35.41, "LB", "approximate, town north-west of Bint Jbeil"), ["Israel"]),
   E("incident", "shelling", [DAY(d, -1), d], M("Majdal Selm", 33.23, 35.47, "LB", "approximate, village south of the Litani"), ["Israel"], optional=True)],
  [P("Tyre", "LB"), M("Bint Jbeil", 33.12, 35.43, "LB", "approximate, town near the border")],
  G + " Undated NNA item → D-1..D. Road Tebnine–Beit Yahoun pinned at Tebnine (~4 km). Majdal Selm shelling, only 'overnight' and artillery: kept optional as a passing mention. Tyre hospitals; Bint Jbeil district name.",
  ["undated", "multi_event", "village", "district", "hospital_other_city"]))

# 6 ---------------------------------------------------------------- Beit Furik (WAFA)
d = "2023-10-12"
BFU = M("Beit Furik", 32.18, 35.34, "PS", "approximate, town south-east of Nablus")
add(D(R, 6, d, f"""NABLUS (WAFA) – Two citizens were wounded by live bullets fired by settlers in the town of Beit Furik, east of Nablus, on {WD(d)}, local sources told WAFA.

Settlers, guarded by occupation forces, attacked homes on the eastern outskirts of the town and set fire to an agricultural room, the sources said. The two wounded were taken to Rafidia hospital in Nablus.

On {WD(d,-1)}, settlers had killed four citizens in the village of Qusra, south of Nablus, and two more were killed the next day as they were being buried.""",
  [E("incident", "settler shooting", d, BFU, ["Israeli settlers", "Palestinians"]),
   E("incident", "settler shooting", DAY(d, -1), M("Qusra", 32.08, 35.33, "PS", "approximate, village south-east of Nablus"), ["Israeli settlers", "Palestinians"], optional=True)],
  [P("Nablus", "PS")],
  G + " Dated Qusra killings the day before: optional. The funeral shooting 'the next day' is D and at Qusra (folded into the optional pin). Nablus hospital (~8 km).",
  ["weekday_date", "village", "background_event", "hospital_other_city"]))

# 7 ---------------------------------------------------------------- Razih (Saba)
d = "2024-02-19"
RAZ = M("Razih district", 16.9, 43.24, "YE", "approximate, district seat on the Saudi border, Saada")
add(D(R, 7, d, f"""SAADA (Saba) - A citizen was wounded on {WD(d)} by shelling by the Saudi enemy on populated areas in Razih border district, a security source in Saada governorate said.

The source said the Saudi army's missiles and artillery shells also hit Baqim district, causing damage to citizens' properties. He added that the Saudi enemy continues its crimes against the people of the border areas despite the truce.""",
  [E("incident", "shelling", d, RAZ, ["Saudi Arabia", "civilians"]),
   E("incident", "shelling", d, M("Baqim district", 17.38, 43.57, "YE", "approximate, border district of Saada, placement uncertain"), ["Saudi Arabia"])],
  [P("Saada", "YE")],
  G + " Two districts pinned at their approximate seats. Saada: governorate/source (~40 km).",
  ["weekday_date", "district", "multi_event", "source_place"]))

# 8 ---------------------------------------------------------------- Tor al-Baha (Aden outlet)
d = "2023-12-04"
TOR = M("Tor al-Baha", 13.2, 44.3, "YE", "approximate, district seat in western Lahij near Taiz")
add(D(R, 8, d, f"""ADEN — Two soldiers of the southern forces were killed and three wounded on {WD(d)} when the Houthi militia attacked their positions in the Kurish front of Tor al-Baha district in Lahij governorate, a military source said.

The source said the attack, launched from Houthi-held areas of Taiz's al-Qubaita, was repelled after two hours of fighting. The wounded were taken to Ibn Khaldun hospital in al-Hawtah.""",
  [E("incident", "armed attack", d, TOR, ["Houthis", "southern forces"])],
  [M("al-Qubaita", 13.3, 44.4, "YE", "approximate, Houthi-held district of Taiz, placement uncertain"), Q("al-Hawtah", "YE", 13.05, 44.88, q="Al Ḩawţah")],
  G + " Kurish front of Tor al-Baha: district pin. Launch origin al-Qubaita (~15 km, inside the radius). Al-Hawtah hospital (~60 km).",
  ["weekday_date", "district", "origin_place", "hospital_other_city"]))

# 9 ---------------------------------------------------------------- Tarhuna (Libyan outlet)
d = "2022-08-29"
add(D(R, 9, d, f"""TRIPOLI — Clashes that erupted in the capital on {WD(d,-2)} spread to the southern suburbs on {WD(d,-1)}, the emergency medicine centre said, while armed groups from Tarhuna were reported moving towards the city.

In Tarhuna itself, a drone hit a military camp on {WD(d)} morning, killing two people, local residents said. The government in Tripoli denied carrying out the strike.

The health ministry said 32 people had been killed in the capital since the fighting began, and about 160 wounded.""",
  [E("incident", "armed clashes", [DAY(d, -2), DAY(d, -1)], P("Tripoli", "LY"), ["armed groups"]),
   E("incident", "drone strike", d, Q("Tarhuna", "LY", 32.43, 13.63, q="Tarhūnah"), ["unknown"])],
  [],
  G + " Clashes in the capital over two days (range). Tarhuna drone strike on D (~65 km). Tripoli repeats earlier gold (capital).",
  ["weekday_date", "multi_event", "date_range", "statement_place"]))

# 10 --------------------------------------------------------------- Douentza (French Malian)
d = "2024-07-30"
add(D(R, 10, d, f"""MOPTI – Des hommes armés non identifiés ont attaqué {WDF(d,-2)} soir une dizaine de hameaux de la commune de Djaptodji, dans le cercle de Douentza, faisant au moins 21 morts parmi les civils, selon des sources locales jointes par notre rédaction.

Les assaillants, arrivés à moto, ont incendié des greniers et emporté du bétail. Les blessés ont été évacués vers le centre de santé de Douentza, puis pour certains vers Sévaré.

Le gouvernement de transition à Bamako n'avait pas encore communiqué {WDF(d)} matin.""",
  [E("incident", "armed attack", DAY(d, -2), M("Djaptodji", 15.1, -2.2, "ML", "approximate, rural commune east of Douentza, placement uncertain"), ["unidentified gunmen", "civilians"], alts=[Q("Douentza", "ML", 15.0, -2.95)])],
  [Q("Sévaré", "ML", 14.53, -4.1), P("Bamako", "ML")],
  G + " French. Hamlets of a commune → commune pin, cercle seat as alternate (~80 km, placement uncertain). Douentza health centre is the alternate, not a non-event. Sévaré hospital.",
  ["non_english", "weekday_date", "village", "district", "hospital_other_city"]))

# 11 --------------------------------------------------------------- Dargol / Gotheye (Niger, English)
d = "2023-08-17"
add(D(R, 11, d, f"""NIAMEY — At least 17 soldiers were killed and 20 wounded when their unit was ambushed near Dargol in the Tillabéri region on {WD(d,-2)}, the defence ministry said. The detachment was moving towards Téra.

In a separate incident on the same day, suspected jihadists on motorcycles attacked a village near Gotheye on the Niger river, killing four farmers, local radio reported. The wounded were taken to Niamey.""",
  [E("incident", "ambush", DAY(d, -2), Q("Dargol", "NE", 13.9, 1.23), ["jihadists", "Niger army"]),
   E("incident", "armed attack", DAY(d, -2), Q("Gotheye", "NE", 13.86, 1.57, q="Gothèye"), ["jihadists", "civilians"])],
  [Q("Téra", "NE", 14.01, 0.75), P("Niamey", "NE")],
  G + " Two incidents (~35 km apart). Téra: destination (~55 km). Niamey hospital and dateline.",
  ["weekday_date", "multi_event", "village", "hospital_other_city"]))

# 12 --------------------------------------------------------------- Dédougou (Burkinabè outlet)
d = "2023-04-18"
add(D(R, 12, d, f"""OUAGADOUGOU — A supply convoy escorted by the army was ambushed on {WD(d,-3)} 15 April on the Dédougou–Tchériba road, in the Boucle du Mouhoun region, security sources said.

At least six soldiers and four volunteers were killed. The wounded were evacuated to Dédougou. The attack comes a week after the one at Karma, in the North, where dozens of civilians were killed.""",
  [E("incident", "ambush", "2023-04-15", M("Dédougou–Tchériba road", 12.33, -3.2, "BF", "approximate, midpoint of the road east of Dédougou"), ["jihadists", "Burkina army", "VDP"], alts=[Q("Dédougou", "BF", 12.46, -3.46)])],
  [M("Karma", 13.53, -2.23, "BF", "approximate, village near Ouahigouya")],
  G + " Translated from French. Road section pinned at its approximate midpoint, Dédougou as alternate. Karma massacre 'a week earlier': back-reference, non-event.",
  ["weekday_date", "road", "back_reference"]))

# 13 --------------------------------------------------------------- Cadale (Somali outlet)
d = "2024-06-22"
add(D(R, 13, d, f"""CADALE — Al-Shabaab fighters attacked government forces on the edge of Cadale, on the Middle Shabelle coast, on {WD(d,-1)} night, local elders told our station.

The fighting lasted until dawn on {WD(d)}. Elders said three soldiers and a number of militants were killed. Reinforcements arrived from Warshiikh later in the morning, and wounded soldiers were taken to Mogadishu by road.""",
  [E("incident", "armed attack", [DAY(d, -1), d], Q("Cadale", "SO", 2.76, 46.32), ["al-Shabaab", "Somali army"])],
  [Q("Warshiikh", "SO", 2.3, 45.8), P("Mogadishu", "SO")],
  G + " Night-to-dawn range. Dateline is the event. Warshiikh reinforcements' origin (~75 km). Mogadishu hospital.",
  ["weekday_date", "date_range", "origin_place", "hospital_other_city"]))

# 14 --------------------------------------------------------------- Esman (Sumy outlet)
d = "2025-02-11"
add(D(R, 14, d, f"""SUMY — In the past day, Russian forces carried out 42 attacks on 15 settlements of the Sumy region, the regional military administration said on {WD(d)}.

In the Esman community, a drone struck a car with two local men; one was killed. In the Seredyna-Buda community, a guided aerial bomb hit the edge of the town, damaging a school and three houses. Shelling was also recorded in the Khotin, Nova Sloboda and Bezdryk communities.""",
  [E("incident", "drone strike", [DAY(d, -1), d], Q("Esman", "UA", 51.85, 34.28, q="Esman'"), ["Russia", "civilians"]),
   E("incident", "guided bomb strike", [DAY(d, -1), d], Q("Seredyna-Buda", "UA", 52.19, 34.04), ["Russia"]),
   E("incident", "shelling", [DAY(d, -1), d], Q("Khotin", "UA", 51.08, 34.7, q="Khotin’"), ["Russia"], optional=True),
   E("incident", "shelling", [DAY(d, -1), d], Q("Nova Sloboda", "UA", 51.36, 33.88), ["Russia"], optional=True),
   E("incident", "shelling", [DAY(d, -1), d], Q("Bezdryk", "UA", 51.04, 34.63), ["Russia"], optional=True)],
  [P("Sumy", "UA")],
  G + " 'Past day' → D-1..D. Two detailed incidents scored; bare list of shelled communities optional.",
  ["weekday_date", "date_range", "multi_event", "list_of_towns"]))

# 15 --------------------------------------------------------------- Komyshany (Kherson outlet)
d = "2024-05-24"
add(D(R, 15, d, f"""KHERSON — Russian troops dropped explosives from a drone on a minibus in the Komyshany microdistrict on the western edge of Kherson on {WD(d)} morning, wounding five passengers, the city military administration said.

Later in the day, shelling from the left bank hit a high-rise building in the Dniprovskyi district of the city. The regional hospital received nine wounded in total. Residents of Oleshky on the occupied bank reported explosions near the Antonivskyi bridge.""",
  [E("incident", "drone attack", d, M("Komyshany", 46.65, 32.53, "UA", "approximate, microdistrict on the western edge of Kherson"), ["Russia", "civilians"], alts=[P("Kherson", "UA")]),
   E("incident", "shelling", d, M("Dniprovskyi district, Kherson", 46.63, 32.65, "UA", "approximate, riverside district of Kherson"), ["Russia", "civilians"])],
  [Q("Oleshky", "UA", 46.62, 32.72, q="Oleshky")],
  G + " Two named parts of one city: separately named neighbourhoods → two events (~9 km apart). Oleshky explosions: unattributed witness report across the river, non-event (inside the radius).",
  ["weekday_date", "multi_event", "neighbourhood"]))

# 16 --------------------------------------------------------------- Klintsy (Bryansk outlet)
d = "2024-08-07"
add(D(R, 16, d, f"""BRYANSK — A Ukrainian drone attacked a fuel depot in Klintsy overnight, governor Alexander Bogomaz said on {WD(d)}. A fuel tank caught fire; there were no casualties. Firefighters from Novozybkov helped to put out the blaze.

In the Starodub district, he said, a drone was shot down over the village of Pogar road, and fragments damaged a power line.""",
  [E("incident", "drone attack", [DAY(d, -1), d], Q("Klintsy", "RU", 52.76, 32.24), ["Ukraine"]),
   E("incident", "drone debris", [DAY(d, -1), d], Q("Starodub", "RU", 52.58, 32.76), ["Ukraine"], optional=True)],
  [Q("Novozybkov", "RU", 52.54, 31.93), P("Bryansk", "RU")],
  G + " 'Overnight' → D-1..D. Debris from a downed drone optional (district pinned at Starodub). Novozybkov firefighters' origin (~35 km).",
  ["weekday_date", "date_range", "facility", "debris", "origin_place"]))

# 17 --------------------------------------------------------------- Jamrud (Pakistani outlet)
d = "2024-11-30"
add(D(R, 17, d, f"""PESHAWAR — Two policemen were martyred and one injured when unidentified motorcyclists opened fire on a police mobile near the Jamrud bazaar in Khyber district on {WD(d)}, police said.

The attackers fled towards the Tirah valley, a police official said. The injured constable was shifted to Hayatabad Medical Complex in Peshawar.""",
  [E("incident", "shooting", d, Q("Jamrud", "PK", 33.99, 71.38), ["gunmen", "police"])],
  [P("Peshawar", "PK"), M("Tirah valley", 33.7, 70.95, "PK", "approximate, valley in Khyber district")],
  G + " Tirah: direction of flight. Peshawar hospital (~20 km, inside the radius).",
  ["weekday_date", "hospital_other_city", "origin_place"]))

# 18 --------------------------------------------------------------- Urgun (Afghan outlet)
d = "2022-11-03"
add(D(R, 18, d, f"""SHARANA — An explosion in a religious school in Urgun district of Paktika province killed a teacher and wounded four students on {WD(d,-1)}, the provincial information department said.

The blast happened during afternoon lessons. The wounded were taken to the provincial hospital in Sharana. Officials blamed "enemies of the Islamic Emirate" but gave no further details.""",
  [E("incident", "explosion", DAY(d, -1), Q("Urgun", "AF", 32.94, 69.18, q="Urgun"), ["unknown", "civilians"])],
  [Q("Sharana", "AF", 33.14, 68.73)],
  G + " Urgun district pinned at its seat. Sharana: provincial hospital and dateline (~45 km, inside the radius).",
  ["weekday_date", "district", "hospital_other_city"]))

# 19 --------------------------------------------------------------- Kulgam (Kashmiri outlet)
d = "2024-07-07"
add(D(R, 19, d, f"""SRINAGAR — Two soldiers and six militants were killed in two gunfights in south Kashmir's Kulgam district that began on {WD(d,-1)} afternoon and continued into {WD(d)}, police said.

The first encounter broke out at Redwani Payeen village after a search operation; the second at Samnu, about 12 km away. Police said the slain militants belonged to the Hizbul Mujahideen. Mobile internet was suspended in Kulgam town.""",
  [E("incident", "gunfight", [DAY(d, -1), d], M("Redwani Payeen", 33.62, 74.93, "IN", "approximate, village in Kulgam district"), ["Indian forces", "Hizbul Mujahideen"]),
   E("incident", "gunfight", [DAY(d, -1), d], M("Samnu", 33.66, 75.05, "IN", "approximate, village in Kulgam district"), ["Indian forces", "Hizbul Mujahideen"])],
  [Q("Kulgam", "IN", 33.64, 75.02)],
  G + " Two gunfights over two days. Kulgam district/town qualifier.",
  ["weekday_date", "date_range", "multi_event", "village", "district"]))

# 20 --------------------------------------------------------------- Moirang (Manipur outlet)
d = "2024-09-07"
add(D(R, 20, d, f"""IMPHAL — A rocket fired by suspected militants from the hills hit a house at Moirang in Bishnupur district on {WD(d,-1)} afternoon, killing an elderly man and injuring five, police said.

The rocket landed in the Tronglaobi area of the town, near the memorial complex of the Indian National Army. It was the first such attack in the valley. Students held a protest in Bishnupur town on {WD(d)} demanding action.""",
  [E("incident", "rocket attack", DAY(d, -1), Q("Moirang", "IN", 24.5, 93.77), ["militants", "civilians"]),
   E("other", "protest", d, Q("Bishnupur", "IN", 24.63, 93.76), ["students"])],
  [P("Imphal", "IN")],
  G + " Moirang (Bishnupur district, the Manipur town; ~15 km). Protest in Bishnupur town: kind other. Imphal dateline.",
  ["weekday_date", "district", "protest"]))

# 21 --------------------------------------------------------------- Myingyan (Myanmar outlet)
d = "2025-01-14"
MYG = Q("Myingyan", "MM", 21.46, 95.39)
add(D(R, 21, d, f"""MANDALAY — Junta aircraft bombed a village in Myingyan township on {WD(d,-2)}, killing at least nine civilians, including four children, local resistance forces told our reporter.

The bombs hit Ywathit village, about 15 km east of Myingyan town, where people displaced from fighting in Natogyi had taken shelter. Survivors said the jet came from the direction of Meiktila.""",
  [E("incident", "airstrike", DAY(d, -2), OFF("Ywathit (15 km east of Myingyan)", MYG, 15, BEAR["east"]), ["Myanmar military", "civilians"], alts=[MYG])],
  [Q("Natogyi", "MM", 21.42, 95.65), Q("Meiktila", "MM", 20.88, 95.86)],
  G + " Village placed by the stated offset from the township seat (computed), seat as alternate. Natogyi: place fled from (~12 km, inside). Meiktila: launch direction.",
  ["weekday_date", "offset", "village", "origin_place"]))

# 22 --------------------------------------------------------------- Hasahisa (Sudanese outlet)
d = "2024-06-04"
add(D(R, 22, d, f"""WAD MADANI — The Rapid Support Forces militia stormed the village of Wad Ashib near al-Hasahisa in Gezira state on {WD(d,-1)}, killing 11 residents and looting homes and shops, the Wad Madani Resistance Committees said.

The committees said those killed had tried to defend their homes. The RSF also shelled the village of al-Tekina on the eastern bank, where residents had taken up arms, the statement said.""",
  [E("incident", "armed raid", DAY(d, -1), Q("al-Hasahisa", "SD", 14.75, 33.3, q="Al Ḩaşāḩīşā"), ["RSF", "civilians"]),
   E("incident", "shelling", [DAY(d, -1), d], M("al-Tekina", 14.7, 33.35, "SD", "approximate, village near al-Hasahisa, placement uncertain"), ["RSF", "civilians"])],
  [P("Wad Madani", "SD")],
  G + " Wad Ashib pinned at al-Hasahisa (nearby). Tekina shelling without day → D-1..D. Wad Madani: committee name (~60 km).",
  ["weekday_date", "village", "multi_event", "source_place"]))

# 23 --------------------------------------------------------------- Dembi Dolo (Ethiopian outlet)
d = "2023-03-21"
add(D(R, 23, d, f"""NEKEMTE — Fighters of the Oromo Liberation Army attacked a police station in Dembi Dolo town in Kellem Wollega zone on {WD(d,-3)}, freeing detainees and killing two officers, a resident and an official in Nekemte said.

Federal forces regained control of the town on {WD(d,-2)}, the official said. Phone lines in the western Wollega zones remain cut.""",
  [E("incident", "armed attack", DAY(d, -3), Q("Dembi Dolo", "ET", 8.53, 34.8), ["OLA", "police"])],
  [Q("Nekemte", "ET", 9.09, 36.55)],
  G + " Recapture the next day is part of the same event's aftermath (same pin, not separately gold). Nekemte: source and dateline.",
  ["weekday_date", "source_place"]))

# 24 --------------------------------------------------------------- Muidumbe (Portuguese)
d = "2024-05-14"
add(D(R, 24, d, f"""PEMBA — Insurgentes atacaram na {WDP(d,-3)} a aldeia de Muatide, no distrito de Muidumbe, em Cabo Delgado, queimando cerca de 30 casas e uma capela, disseram fontes locais à nossa reportagem.

Os moradores fugiram para a sede distrital e para Mueda. Não houve registo de mortos. O ataque acontece dias depois de uma incursão em Macomia, onde os insurgentes ocuparam a vila durante dois dias.""",
  [E("incident", "armed attack", DAY(d, -3), M("Muatide", -11.78, 39.85, "MZ", "approximate, village in Muidumbe district, placement uncertain"), ["insurgents", "civilians"], alts=[M("Muidumbe", -11.83, 39.8, "MZ", "approximate, district seat in Cabo Delgado")])],
  [Q("Mueda", "MZ", -11.67, 39.55), M("Macomia", -12.25, 40.12, "MZ", "approximate, district town, Cabo Delgado"), P("Pemba", "MZ")],
  G + " Portuguese. Village pin, district seat as alternate. Mueda refuge (~35 km, inside). Macomia 'dias depois': undated back-reference, non-event.",
  ["non_english", "weekday_date", "village", "origin_place", "back_reference"]))

# 25 --------------------------------------------------------------- Faskari (Nigerian outlet)
d = "2024-09-30"
add(D(R, 25, d, f"""KATSINA — Bandits attacked Maigora village in Faskari Local Government Area of Katsina State on {WD(d,-1)} night, killing seven people and abducting over 20, including women, residents said.

A resident said the bandits came in from the Zamfara forest and stayed for almost three hours. The police spokesman in Katsina confirmed the attack and said operatives had been deployed to the area.""",
  [E("incident", "armed attack and abduction", DAY(d, -1), M("Maigora (Faskari LGA)", 11.72, 7.03, "NG", "approximate, village in Faskari LGA, placement uncertain"), ["bandits", "civilians"], alts=[Q("Faskari", "NG", 11.72, 7.03)])],
  [P("Katsina", "NG")],
  G + " Village pinned near the LGA seat (alternate). 'Zamfara forest' direction only. Katsina: police statement (~130 km).",
  ["weekday_date", "village", "district", "statement_place"]))

# 26 --------------------------------------------------------------- Ndop (Cameroonian outlet)
d = "2022-05-19"
add(D(R, 26, d, f"""BAMENDA — Separatist fighters ambushed a gendarmerie patrol at Bamunka in Ndop, Ngo-Ketunjia division, on {WD(d,-1)}, killing two gendarmes, local sources said.

Soldiers later raided the Bamessing neighbourhood of Ndop, burning houses, residents said. The North West regional governor, speaking in Bamenda, condemned "the barbaric acts of terrorists". Schools in the area remained closed on {WD(d)}.""",
  [E("incident", "ambush", DAY(d, -1), Q("Ndop", "CM", 6.0, 10.43), ["Ambazonian separatists", "gendarmerie"]),
   E("incident", "army raid and arson", [DAY(d, -1), d], M("Bamessing", 5.97, 10.47, "CM", "approximate, village in Ndop"), ["Cameroon army", "civilians"])],
  [P("Bamenda", "CM")],
  G + " Ambush at Bamunka (a quarter of Ndop) pinned at Ndop; the later raid 'later' without day → D-1..D at Bamessing (~5 km, separately named). Bamenda statement (~40 km, inside the radius).",
  ["weekday_date", "multi_event", "statement_place"]))

# 27 --------------------------------------------------------------- Ocaña (Spanish)
d = "2025-01-21"
add(D(R, 27, d, f"""CÚCUTA — Un ataque con drones contra una estación de policía en el casco urbano de Ocaña dejó dos uniformados heridos en la madrugada de este {WDS(d)}, informó la Policía de Norte de Santander.

Según el reporte, los artefactos explosivos fueron lanzados hacia las 2 de la mañana. El ataque se produce en medio de los combates entre el ELN y disidencias de las FARC en el Catatumbo, que desde el jueves han dejado decenas de muertos y miles de desplazados hacia Cúcuta y Tibú.""",
  [E("incident", "drone attack", d, Q("Ocaña", "CO", 8.24, -73.35), ["unknown", "police"])],
  [P("Cúcuta", "CO"), M("Tibú", 8.64, -72.73, "CO", "approximate, town in the Catatumbo")],
  G + " Spanish. 'Desde el jueves' fighting in the Catatumbo: region-wide, unlocated. Cúcuta/Tibú: refuges.",
  ["non_english", "weekday_date", "origin_place"]))

# 28 --------------------------------------------------------------- Zamora (Michoacán outlet)
d = "2023-11-28"
add(D(R, 28, d, f"""MORELIA — Gunmen attacked a bar in the centre of Zamora late on {WD(d,-1)}, killing five people, the Michoacán state prosecutor's office said.

The attackers arrived in two vehicles and fled towards Jacona. Three of the wounded were taken to hospitals in Zamora and one was flown to Morelia. Zamora has seen a string of killings blamed on a dispute between the Jalisco New Generation cartel and local groups.""",
  [E("incident", "shooting", DAY(d, -1), Q("Zamora", "MX", 19.98, -102.28), ["gunmen", "civilians"])],
  [P("Morelia", "MX"), Q("Jacona", "MX", 19.95, -102.3, q="Jacona de Plancarte"), M("Jalisco", 20.66, -103.35, "MX", "approximate, Guadalajara (the cartel's name is an origin)")],
  G + " Jacona: direction of flight (~4 km, inside). Morelia hospital. 'Jalisco' cartel name is an origin, not a place of events.",
  ["weekday_date", "hospital_other_city", "origin_place"]))

# 29 --------------------------------------------------------------- Zahedan (Iranian outlet)
d = "2025-07-27"
add(D(R, 29, d, f"""ZAHEDAN (IRNA) — Armed terrorists attacked the judiciary building in Zahedan on {WD(d,-1)} morning, martyring five citizens, including a child, the provincial police chief said.

Three attackers were killed by security forces in the clash that followed. The Jaish al-Adl group claimed the attack in a statement. The wounded were transferred to Khatam al-Anbiya hospital in the city, and the governor of Sistan and Baluchestan province declared a day of mourning.""",
  [E("incident", "armed attack", DAY(d, -1), Q("Zahedan", "IR", 29.5, 60.86), ["Jaish al-Adl", "civilians"])],
  [],
  G + " Hospital in the same city (no separate place).",
  ["weekday_date", "facility"]))

# 30 --------------------------------------------------------------- Tovuz (Azerbaijani outlet)
d = "2020-07-14"
add(D(R, 30, d, f"""BAKU (APA) — Azerbaijani positions in the direction of the Tovuz district came under artillery fire from the Armenian armed forces on {WD(d,-2)} and clashes continued on {WD(d,-1)} and {WD(d)}, the Ministry of Defence said.

The ministry said two more servicemen had been killed overnight, bringing the Azerbaijani toll to 11, including a major general. Shells also landed in the village of Dondar Gushchu, damaging houses. Yerevan said the fighting began when Azerbaijani troops tried to cross the border near Berd.""",
  [E("incident", "artillery clashes", [DAY(d, -2), d], Q("Tovuz", "AZ", 40.99, 45.63), ["Armenia", "Azerbaijan"]),
   E("incident", "shelling", [DAY(d, -2), d], M("Dondar Gushchu", 41.04, 45.55, "AZ", "approximate, border village of Tovuz district"), ["Armenia", "civilians"])],
  [P("Yerevan", "AM"), P("Baku", "AZ"), Q("Berd", "AM", 40.88, 45.39)],
  G + " Three-day range. Village shelling (~10 km from Tovuz, separately named). Berd: claim of the other side, a border reference (~25 km, inside the radius). Yerevan statement.",
  ["weekday_date", "date_range", "multi_event", "village", "statement_place"]))
