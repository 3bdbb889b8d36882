from lib import *
R = "wire"
DOCS = []
add = DOCS.append
W = "Wire story: the dateline city is a non-event place unless the text puts the event there."
KYV = P("Kyiv", "UA")

# 1 ---------------------------------------------------------------- Kremenchuk shopping centre
d = "2022-06-28"
add(D(R, 1, d, f"""KYIV, June 28 (Reuters) - Rescue workers pulled more bodies from the charred ruins of a shopping centre in the central Ukrainian city of Kremenchuk on {WD(d)}, a day after a Russian missile strike that Ukrainian officials said killed at least 18 people.

More than 1,000 people were inside the building when it was hit on {WD(d,-1)} afternoon, President Volodymyr Zelensky said. Dmytro Lunin, the governor of the Poltava region, said 21 people were still missing.

Russia's defence ministry said its forces had struck a weapons depot nearby and denied targeting the mall. Leaders of the Group of Seven, meeting in Germany, condemned the attack, and NATO leaders are due to gather in Madrid on {WD(d,1)}.""",
  [E("incident", "missile strike", DAY(d,-1), P("Kremenchuk", "UA"), ["Russia", "civilians"])],
  [KYV, P("Poltava", "UA"), P("Madrid", "ES")],
  W + " Strike the previous afternoon; recovery on D is the same event's aftermath. Poltava region: governor's title (~100 km). Madrid summit is future.",
  ["dateline_not_event", "weekday_date", "future_event", "statement_place"]))

# 2 ---------------------------------------------------------------- Serhiivka
d = "2022-07-01"
ODS = P("Odesa", "UA")
add(D(R, 2, d, f"""ODESA, Ukraine, July 1 (Reuters) - Russian missiles hit an apartment building and a holiday complex in the seaside village of Serhiivka, southwest of Odesa, in the early hours of {WD(d)}, killing at least 21 people, Ukrainian officials said.

The missiles were fired by aircraft flying over the Black Sea, a spokesperson for the Odesa regional administration said. Two children were among the dead.

The strike in the Bilhorod-Dnistrovskyi district came a day after Russian forces withdrew from Snake Island, a rocky outcrop off the coast that Moscow had seized at the start of the war. The Kremlin said the withdrawal was a "goodwill gesture". On {WD(d,-2)}, a missile had also struck an apartment block in the southern city of Mykolaiv, killing two.""",
  [E("incident", "missile strike", d, P("Serhiivka", "UA"), ["Russia", "civilians"]),
   E("incident", "missile strike", DAY(d,-2), P("Mykolaiv", "UA"), ["Russia", "civilians"], optional=True)],
  [ODS, P("Bilhorod-Dnistrovskyi", "UA"), M("Snake Island", 45.255, 30.204, "UA", "approximate, island in the Black Sea off the Danube delta")],
  W + " Serhiivka (gazetteer Serhiyivka, Odesa oblast). Snake Island withdrawal is a back-reference, not an attack. Dated Mykolaiv strike optional. District centre is a qualifier (~20 km).",
  ["dateline_not_event", "weekday_date", "background_event", "district", "back_reference"]))

# 3 ---------------------------------------------------------------- Pavlohrad
d = "2023-05-01"
add(D(R, 3, d, f"""KYIV, May 1 (Reuters) - A Russian missile attack on the eastern Ukrainian town of Pavlohrad wounded at least 34 people and damaged dozens of houses early on {WD(d)}, the governor of the Dnipropetrovsk region said.

Serhiy Lysak said 19 apartment blocks, 25 private houses and several schools were hit. Five children were among those being treated, some in hospitals in Dnipro.

Russia's defence ministry said in Moscow it had struck facilities making components for Ukrainian military industry. Ukraine's air force said it shot down 15 of 18 cruise missiles launched overnight.""",
  [E("incident", "missile strike", d, P("Pavlohrad", "UA"), ["Russia", "civilians"])],
  [KYV, P("Dnipro", "UA"), P("Moscow", "RU")],
  W + " Dnipro: hospitals (~70 km). Moscow statement place. Nationwide interceptions not pinned.",
  ["dateline_not_event", "weekday_date", "hospital_other_city", "statement_place"]))

# 4 ---------------------------------------------------------------- Kstovo refinery
d = "2025-01-29"
add(D(R, 4, d, f"""MOSCOW, Jan 29 (Reuters) - Ukrainian drones set fire to the Lukoil-owned NORSI oil refinery in the town of Kstovo in Russia's Nizhny Novgorod region overnight, the regional governor said on {WD(d)}, the second attack on the plant this month.

Governor Gleb Nikitin said debris from a downed drone had caused the fire at an industrial zone and that there were no casualties. A Ukrainian security source said the SBU had carried out the attack.

NORSI, one of Russia's four largest refineries, processes about 16 million tonnes of crude a year. Kstovo lies about 20 km from the regional capital Nizhny Novgorod and more than 800 km from the Ukrainian border.""",
  [E("incident", "drone attack", [DAY(d,-1), d], P("Kstovo", "RU"), ["Ukraine"])],
  [P("Moscow", "RU"), P("Nizhny Novgorod", "RU", "Nizhniy Novgorod")],
  W + " 'Overnight' → D-1..D. Earlier attack this month undated. Regional capital ~20 km (inside the radius).",
  ["dateline_not_event", "weekday_date", "facility", "date_range", "admin_qualifier"]))

# 5 ---------------------------------------------------------------- Almat, Jbeil
d = "2024-11-11"
ALM = M("Almat", 34.105, 35.735, "LB", "approximate, village in the hills east of Jbeil (Byblos)")
add(D(R, 5, d, f"""BEIRUT (Reuters) - An Israeli air strike on a house in the village of Almat in Lebanon's Jbeil district killed 23 people, including seven children, the health ministry said on {WD(d)}, in one of the deadliest single strikes outside the country's south and east.

The strike late on {WD(d,-1)} hit a building where families displaced from the south had been staying, local officials said. Almat is a mostly Shi'ite village in a mixed area north of Beirut that has largely been spared by the war.

The Israeli military did not comment. Rescue teams from Byblos worked through the night, and the wounded were taken to hospitals on the coast.""",
  [E("incident", "airstrike", DAY(d,-1), ALM, ["Israel", "civilians"])],
  [P("Beirut", "LB"), P("Byblos", "LB")],
  W + " 'Said on Monday' of a strike late on Sunday. Byblos (Jbeil) rescuers' origin/district, ~10 km.",
  ["dateline_not_event", "weekday_date", "said_on_weekday", "village", "district"]))

# 6 ---------------------------------------------------------------- Tartus
d = "2024-12-16"
add(D(R, 6, d, f"""BEIRUT, Dec 16 (Reuters) - Israeli warplanes carried out heavy strikes on air-defence units and weapons depots around the Syrian port of Tartus late on {WD(d,-1)}, a war monitor said, in what it described as the most intense bombardment in the coastal area since 2012.

The Britain-based Syrian Observatory for Human Rights said the strikes targeted surface-to-air missile sites and stores of ballistic missiles. Videos showed a large fireball over the hills east of the city.

Israel has struck hundreds of military sites across Syria since rebels ousted President Bashar al-Assad a week ago. Russia, which keeps a naval facility in Tartus and an air base at Hmeimim, said it was in talks with the new authorities in Damascus about the future of both.""",
  [E("incident", "airstrike", DAY(d,-1), P("Tartus", "SY"), ["Israel", "Syrian military sites"])],
  [P("Beirut", "LB"), M("Hmeimim air base", 35.41, 35.95, "SY", "approximate, Russian air base south-east of Latakia"), P("Damascus", "SY")],
  W + " Hmeimim is a topic (no attack). 'Britain-based' is an origin. 'A week ago' ouster has no place.",
  ["dateline_not_event", "weekday_date", "facility", "topic_place", "origin_place"]))

# 7 ---------------------------------------------------------------- Zawaida
d = "2024-10-17"
ZAW = M("Al-Zawaida", 31.44, 34.372, "PS", "approximate, town in central Gaza between Nuseirat and Deir al-Balah")
add(D(R, 7, d, f"""CAIRO (Reuters) - An Israeli air strike on a house in the town of Al-Zawaida in the central Gaza Strip killed at least 11 members of one family early on {WD(d)}, Palestinian health officials said.

The bodies were taken to Al-Aqsa Martyrs Hospital in nearby Deir al-Balah, where medics said children and women were among the dead. The Israeli military said it was checking the report.

Egyptian and Qatari mediators in Cairo were trying to revive talks on a ceasefire and the release of hostages, which have been stalled for weeks.""",
  [E("incident", "airstrike", d, ZAW, ["Israel", "civilians"])],
  [P("Cairo", "EG"), M("Deir al-Balah", 31.418, 34.351, "PS", "approximate, town in central Gaza")],
  W + " Deir al-Balah hospital (~3 km, inside the radius). Cairo: dateline and talks.",
  ["dateline_not_event", "weekday_date", "hospital_other_city"]))

# 8 ---------------------------------------------------------------- Qabatiya
d = "2025-01-20"
add(D(R, 8, d, f"""RAMALLAH, West Bank, Jan 20 (Reuters) - Israeli forces killed three Palestinians in a drone strike during a raid on the town of Qabatiya in the occupied West Bank on {WD(d,-1)} night, the Palestinian health ministry said.

The Israeli military said it had struck a "terrorist cell" that had opened fire on troops. Residents said bulldozers tore up roads in the town, south of Jenin, and that the wounded were taken to Jenin's Ibn Sina hospital.

The raid came hours after a ceasefire took effect in Gaza, where Hamas freed the first three Israeli hostages in exchange for Palestinian prisoners held in Israeli jails.""",
  [E("incident", "drone strike", DAY(d,-1), P("Qabatiya", "PS", "Qabatiyah"), ["Israel", "Palestinian militants"])],
  [P("Ramallah", "PS"), P("Jenin", "PS"), P("Gaza", "PS")],
  W + " Night of D-1. Jenin reference and hospital (~6 km). Gaza is topic.",
  ["dateline_not_event", "weekday_date", "hospital_other_city", "topic_place"]))

# 9 ---------------------------------------------------------------- Zahedan
d = "2024-10-27"
add(D(R, 9, d, f"""DUBAI, Oct 27 (Reuters) - Gunmen attacked a police convoy in Iran's southeastern province of Sistan-Baluchestan on {WD(d,-1)}, killing 10 officers, state media reported, in one of the deadliest assaults on security forces in the restive region this year.

The attack took place in the Gohar Kuh area of Taftan county, about 100 km from the provincial capital Zahedan, the official IRNA news agency said. The Sunni militant group Jaish al-Adl claimed responsibility.

Interior Minister Eskandar Momeni flew to Zahedan on {WD(d)} and ordered a manhunt for the attackers, who state media said had fled towards the border with Pakistan.""",
  [E("incident", "armed attack", DAY(d,-1), M("Gohar Kuh (Taftan county)", 28.65, 60.75, "IR", "approximate, area between Khash and Taftan, placement uncertain"), ["Jaish al-Adl", "Iranian police"])],
  [P("Dubai", "AE"), P("Zahedan", "IR")],
  W + " Zahedan: provincial capital and the minister's visit (not a meeting). 'Towards the border' direction only.",
  ["dateline_not_event", "weekday_date", "statement_place", "district", "direction_only"]))

# 10 --------------------------------------------------------------- Kati
d = "2022-07-22"
add(D(R, 10, d, f"""DAKAR, July 22 (Reuters) - Islamist militants drove two car bombs into Mali's main military base at Kati, just outside the capital Bamako, early on {WD(d)}, killing one soldier and wounding six, the army said.

The al Qaeda-linked JNIM group claimed the attack on the garrison town, home of interim President Assimi Goita. Residents described explosions and gunfire at dawn, and the army said seven attackers were killed.

It was the first such attack so close to Bamako, and came a day after several simultaneous assaults on army posts in central Mali, including at Kolokani and Sévaré.""",
  [E("incident", "suicide car bombing", d, P("Kati", "ML"), ["JNIM", "Malian army"])],
  [P("Dakar", "SN"), P("Bamako", "ML"), P("Kolokani", "ML"), M("Sévaré", 14.53, -4.10, "ML", "approximate, town next to Mopti")],
  W + " Bamako ~15 km (inside the radius). 'A day after' assaults at Kolokani and Sévaré: cause/back-reference, non-events as in blind6.",
  ["dateline_not_event", "weekday_date", "back_reference"]))

# 11 --------------------------------------------------------------- Sebba
d = "2023-06-28"
add(D(R, 11, d, f"""OUAGADOUGOU, June 28 (Reuters) - Suspected jihadists attacked an army detachment in the town of Sebba in northern Burkina Faso on {WD(d,-2)}, killing at least 17 soldiers and wounding dozens, the army said on {WD(d)}.

The assault on the capital of Yagha province was repelled with the help of air support sent from Dori, the army said in a statement read on state television, adding that several dozen attackers were "neutralised".

Burkina Faso's junta, led by Captain Ibrahim Traore, has struggled to contain an insurgency that has spread from neighbouring Mali and displaced about 2 million people.""",
  [E("incident", "armed attack", DAY(d,-2), P("Sebba", "BF"), ["jihadists", "Burkinabe army"])],
  [P("Ouagadougou", "BF"), P("Dori", "BF")],
  W + " Said on D of an attack on D-2. Dori: origin of air support (~90 km).",
  ["dateline_not_event", "weekday_date", "said_on_weekday", "origin_place"]))

# 12 --------------------------------------------------------------- Tchoma Bangou
d = "2021-01-03"
TCB = M("Tchoma Bangou", 14.56, 1.52, "NE", "approximate, village in Ouallam department near the Mali border, placement uncertain")
add(D(R, 12, d, f"""NIAMEY, Jan 3 (Reuters) - Gunmen killed about 70 civilians in the village of Tchoma Bangou in western Niger on {WD(d,-1)}, local officials said, in one of the deadliest attacks on civilians in the country.

The attackers, who arrived on motorcycles, split into two columns and struck the village and the neighbouring hamlet at the same time, a local councillor said. The wounded were taken to Ouallam and Niamey.

The attack came on the day results of Niger's presidential election were announced. No group claimed responsibility, but Islamic State affiliates are active in the Tillaberi region near the borders with Mali and Burkina Faso.""",
  [E("incident", "massacre", DAY(d,-1), TCB, ["unidentified gunmen", "civilians"])],
  [P("Niamey", "NE"), P("Ouallam", "NE")],
  W + " Unnamed neighbouring hamlet folded into the village event. Ouallam/Niamey hospitals. Tillaberi region only a qualifier.",
  ["dateline_not_event", "weekday_date", "hospital_other_city", "village"]))

# 13 --------------------------------------------------------------- Mafa, Yobe
d = "2024-09-03"
MAF = M("Mafa (Tarmuwa LGA)", 12.25, 11.6, "NG", "approximate, village in Tarmuwa LGA, Yobe state, placement uncertain")
add(D(R, 13, d, f"""MAIDUGURI, Nigeria, Sept 3 (Reuters) - Islamist militants on motorcycles killed at least 37 people in an attack on the village of Mafa in northeast Nigeria's Yobe state, police said on {WD(d)}.

The gunmen stormed the village in Tarmuwa local government area on {WD(d,-2)} evening, shooting residents and setting fire to shops and houses, a police spokesman said in Damaturu, the state capital. Local residents put the toll higher.

Security sources said the attackers were Boko Haram fighters retaliating against villagers they accused of passing information to the military.""",
  [E("incident", "armed attack", DAY(d,-2), MAF, ["Boko Haram", "civilians"])],
  [P("Maiduguri", "NG"), P("Damaturu", "NG")],
  W + " Not Mafa LGA in Borno (homonym); the Yobe village. Damaturu statement place.",
  ["dateline_not_event", "weekday_date", "said_on_weekday", "statement_place", "homonym", "village"]))

# 14 --------------------------------------------------------------- Qoryoley
d = "2023-03-09"
QOR = M("Qoryoley", 1.788, 44.53, "SO", "approximate, town in Lower Shabelle on the Shabelle river")
add(D(R, 14, d, f"""MOGADISHU, March 9 (Reuters) - Al Shabaab fighters attacked a Somali army base on the outskirts of Qoryoley in the Lower Shabelle region before dawn on {WD(d)}, setting off a battle that lasted several hours, military officials said.

"They used a suicide car bomb first and then came in on foot," a Somali officer told Reuters by phone from Qoryoley. He said eight soldiers were killed. The group's Andalus radio claimed a much higher toll.

Wounded soldiers were flown to Mogadishu, about 120 km to the northeast. The government, backed by African Union troops and U.S. air strikes, has been pressing an offensive against the group in central Somalia since last year.""",
  [E("incident", "armed attack", d, QOR, ["al-Shabaab", "Somali army"])],
  [P("Mogadishu", "SO")],
  W + " Mogadishu: dateline and hospital. Central Somalia offensive is region-only background.",
  ["dateline_not_event", "weekday_date", "hospital_other_city"]))

# 15 --------------------------------------------------------------- Merowe dam
d = "2025-01-14"
MER = M("Merowe Dam", 18.668, 32.05, "SD", "approximate, dam on the Nile at the fourth cataract")
add(D(R, 15, d, f"""CAIRO, Jan 14 (Reuters) - Drones launched by Sudan's paramilitary Rapid Support Forces struck the Merowe Dam power station in the country's north on {WD(d,-1)}, causing power cuts across several states, the national electricity company said.

A transformer station at the dam, about 350 km north of Khartoum, caught fire, and power was cut in River Nile and Northern states as well as in Port Sudan, where the army-aligned government is based, the company said.

The RSF did not comment. The army said its air defences shot down several drones over the town of Merowe, close to the dam and to an air base the army uses.""",
  [E("incident", "drone strike", DAY(d,-1), MER, ["RSF", "Sudanese state"], alts=[P("Merowe", "SD")])],
  [P("Cairo", "EG"), P("Khartoum", "SD"), P("Port Sudan", "SD")],
  W + " Merowe town ~30 km, alternate (same episode). Port Sudan: power-cut topic.",
  ["dateline_not_event", "weekday_date", "facility", "topic_place"]))

# 16 --------------------------------------------------------------- Nasir
d = "2025-03-05"
NAS = M("Nasir", 8.6, 33.07, "SS", "approximate, town on the Sobat river, Upper Nile state")
add(D(R, 16, d, f"""JUBA, March 5 (Reuters) - Armed youths overran an army garrison in the town of Nasir in South Sudan's Upper Nile state on {WD(d,-1)}, killing several soldiers including a general, the information minister said on {WD(d)}.

Minister Michael Makuei said the government held the "White Army", a militia of ethnic Nuer youths, responsible, and accused forces loyal to First Vice President Riek Machar of backing it. Machar's party denied involvement.

The United Nations mission said it was alarmed by the fighting, which began in the area in late February, and called on leaders in Juba to de-escalate. Officials in Malakal, the state capital, said hundreds of people had fled.""",
  [E("incident", "armed clashes", DAY(d,-1), NAS, ["White Army", "SSPDF"])],
  [P("Juba", "SS"), P("Malakal", "SS")],
  W + " Late-February fighting 'in the area' undated, not gold. Malakal: statement place (~200 km).",
  ["dateline_not_event", "weekday_date", "said_on_weekday", "statement_place"]))

# 17 --------------------------------------------------------------- Lalibela
d = "2023-08-04"
add(D(R, 17, d, f"""ADDIS ABABA, Aug 4 (Reuters) - Fighters from the Fano militia took control of the town of Lalibela in Ethiopia's Amhara region on {WD(d,-1)} after clashes with federal troops, residents said, a day after the government declared a state of emergency in the region.

"They entered from the airport side in the morning and the soldiers left," a resident told Reuters. Lalibela is famed for its rock-hewn churches, a UNESCO World Heritage site.

There was also fighting in recent days in and around Gondar and the regional capital Bahir Dar, residents and aid workers said. Flights to Lalibela and Gondar were suspended.""",
  [E("incident", "armed clashes", DAY(d,-1), P("Lalibela", "ET"), ["Fano", "ENDF"])],
  [P("Addis Ababa", "ET"), P("Gondar", "ET", "Gonder"), P("Bahir Dar", "ET")],
  W + " Gondar and Bahir Dar fighting undated ('in recent days'): not gold. Flight suspension not an event.",
  ["dateline_not_event", "weekday_date", "background_event"]))

# 18 --------------------------------------------------------------- Lubero + Kanyabayonga
d = "2024-06-10"
add(D(R, 18, d, f"""KINSHASA, June 10 (Reuters) - Suspected Islamist rebels killed at least 40 people in attacks on villages in the Lubero territory of eastern Congo on {WD(d,-3)}, local officials said on {WD(d)}.

The Allied Democratic Forces, a Ugandan armed group allied with Islamic State, attacked farmers with machetes and guns near the village of Masala and in the town of Lubero's outskirts, a civil society leader said. Several of the injured were taken to hospital in Butembo.

Separately, M23 rebels shelled the town of Kanyabayonga, further south, on {WD(d,-1)}, forcing thousands to flee northwards. The Congolese and Ugandan armies have been conducting joint operations against the ADF since 2021, with command posts in Beni and Kampala.""",
  [E("incident", "armed attack", DAY(d,-3), P("Lubero", "CD"), ["ADF", "civilians"]),
   E("incident", "shelling", DAY(d,-1), P("Kanyabayonga", "CD", "Kanyobagonga"), ["M23"])],
  [P("Kinshasa", "CD"), P("Butembo", "CD"), P("Beni", "CD"), P("Kampala", "UG")],
  W + " Masala is in Lubero territory (gold name of blind5/6): folded into the Lubero pin. Two events. Butembo hospital (~35 km). 'Ugandan armed group' origin.",
  ["dateline_not_event", "weekday_date", "multi_event", "hospital_other_city", "nationality", "said_on_weekday"]))

# 19 --------------------------------------------------------------- Chiure
d = "2024-02-13"
add(D(R, 19, d, f"""MAPUTO, Feb 13 (Reuters) - Islamist insurgents attacked villages in the Chiure district of Mozambique's Cabo Delgado province late last week, burning homes and a church and forcing more than 60,000 people to flee, the United Nations said on {WD(d)}.

The attacks, between {WD(d,-5)} and {WD(d,-3)}, marked a move south by the militants into an area that had been largely spared. Many of those displaced crossed the Lurio river into neighbouring Nampula province, aid workers said, while others walked to the provincial capital Pemba.

Rwandan troops have been deployed in Cabo Delgado since 2021 to help Mozambique's army fight the insurgency, which has killed thousands since 2017.""",
  [E("incident", "armed attack", [DAY(d,-5), DAY(d,-3)], P("Chiure", "MZ", "Chiúre"), ["Islamic State Mozambique", "civilians"])],
  [P("Maputo", "MZ"), P("Nampula", "MZ"), P("Pemba", "MZ")],
  W + " District pinned at its centre (Chiúre). Weekday range. Nampula province resolved to its capital (non-event); Pemba refuge. 'Rwandan troops' nationality.",
  ["dateline_not_event", "weekday_date", "date_range", "district", "origin_place", "nationality"]))

# 20 --------------------------------------------------------------- Bamiyan tourists
d = "2024-05-18"
add(D(R, 20, d, f"""KABUL, May 18 (Reuters) - Gunmen shot dead three Spanish tourists and three Afghans in the central Afghan province of Bamiyan on {WD(d,-1)}, the Taliban administration said.

The attack happened in the town of Bamiyan, near the site of the giant Buddha statues destroyed by the Taliban in 2001, an interior ministry spokesman said in Kabul. Seven people, including a Norwegian, an Australian and a Lithuanian, were wounded.

Spain's Prime Minister Pedro Sanchez said he was "devastated". Four suspects were arrested, the Taliban said. Tourism has grown modestly in Afghanistan since the Taliban took power in 2021.""",
  [E("incident", "shooting", DAY(d,-1), P("Bamiyan", "AF", "Bamyan"), ["unidentified gunmen", "tourists"])],
  [P("Kabul", "AF")],
  W + " Nationalities (Spanish, Norwegian, Australian, Lithuanian) are not places to pin. 2001 destruction is old background with no separate pin. Arrests undated/unlocated.",
  ["dateline_not_event", "weekday_date", "nationality", "statement_place"]))

# 21 --------------------------------------------------------------- Noshki bus
d = "2024-04-13"
add(D(R, 21, d, f"""QUETTA, Pakistan, April 13 (Reuters) - Gunmen stopped a bus on a highway near the town of Noshki in Pakistan's southwestern Balochistan province late on {WD(d,-1)}, abducted nine passengers and later shot them dead, police said.

The bus was travelling from Quetta to Taftan on the Iranian border, and the victims were taken off after their identity cards were checked, Noshki's deputy commissioner said. Their bodies were found under a bridge nearby. Most were from Punjab province.

No group claimed responsibility, but Baloch separatists have previously killed workers from Punjab in the province.""",
  [E("incident", "abduction and killing", DAY(d,-1), P("Noshki", "PK", "Nushki"), ["unidentified gunmen", "civilians"])],
  [P("Quetta", "PK"), P("Taftan", "PK")],
  W + " Bus route origin Quetta and destination Taftan are not events. Punjab (province) home region not pinned.",
  ["dateline_not_event", "weekday_date", "origin_place", "alt_spelling"]))

# 22 --------------------------------------------------------------- Gagangir + Tral
d = "2024-10-21"
GAG = M("Gagangir", 34.305, 75.17, "IN", "approximate, construction camp on the Srinagar-Leh road below Sonamarg, Ganderbal district")
add(D(R, 22, d, f"""SRINAGAR, India, Oct 21 (Reuters) - Suspected militants opened fire on a camp of workers building a road tunnel at Gagangir in Indian Kashmir's Ganderbal district on {WD(d,-1)} evening, killing a doctor and six labourers, police said.

The workers were employed by a company building the Z-Morh tunnel, which will give year-round access to the resort of Sonamarg. Most of the victims came from outside Kashmir, and the doctor was from Budgam.

On the same day, in a separate attack, gunmen shot and wounded a labourer from Uttar Pradesh in Tral, in south Kashmir, police said. Chief Minister Omar Abdullah, who took office last week, condemned the killings.""",
  [E("incident", "armed attack", DAY(d,-1), GAG, ["militants", "civilians"], alts=[M("Sonamarg", 34.30, 75.29, "IN", "approximate, resort town at the head of the Sind valley")]),
   E("incident", "shooting", DAY(d,-1), P("Tral", "IN", "Trāl"), ["militants", "civilians"])],
  [P("Srinagar", "IN"), M("Budgam", 34.02, 74.72, "IN", "approximate, district town south-west of Srinagar")],
  W + " Two events. Budgam: victim's home town. Uttar Pradesh is a state of origin (not pinned).",
  ["dateline_not_event", "weekday_date", "multi_event", "origin_place", "facility"]))

# 23 --------------------------------------------------------------- Hpakant concert
d = "2022-10-25"
ANP = M("A Nang Pa", 25.55, 96.23, "MM", "approximate, village in Hpakant township, Kachin state")
add(D(R, 23, d, f"""BANGKOK, Oct 25 (Reuters) - Air strikes by Myanmar's military on a concert held by an ethnic rebel group in northern Kachin state killed as many as 80 people, including singers and musicians, a group representing artists and a rebel official said on {WD(d)}.

Three jets struck the event in A Nang Pa village in Hpakant township late on {WD(d,-2)}, as about 300 people gathered to mark the 62nd anniversary of the founding of the Kachin Independence Organisation, the officials said.

Soldiers blocked the wounded from being taken to hospitals in Hpakant and Myitkyina, the state capital, a witness said. The junta denied that civilians had been killed.""",
  [E("incident", "airstrike", DAY(d,-2), ANP, ["Myanmar military", "KIO", "civilians"], alts=[P("Hpakant", "MM", "Hpākān")])],
  [P("Bangkok", "TH"), P("Myitkyina", "MM")],
  W + " Hpakant township centre as alternate (~10 km). Myitkyina: hospital not reached.",
  ["dateline_not_event", "weekday_date", "village", "hospital_other_city", "said_on_weekday"]))

# 24 --------------------------------------------------------------- Saravena
d = "2022-01-20"
add(D(R, 24, d, f"""BOGOTA, Jan 20 (Reuters) - A car bomb exploded outside a building housing human rights groups in the Colombian town of Saravena, near the border with Venezuela, on {WD(d,-1)} night, killing a security guard and wounding five people, authorities said.

Defence Minister Diego Molano blamed dissidents of the former FARC rebels who have been fighting the ELN guerrillas for control of the Arauca province since the start of the year. Clashes between the groups have killed dozens of people.

Molano travelled to the provincial capital Arauca on {WD(d)} to lead a security council.""",
  [E("incident", "car bombing", DAY(d,-1), P("Saravena", "CO"), ["FARC dissidents", "civilians"])],
  [P("Bogota", "CO", "Bogotá"), P("Arauca", "CO")],
  W + " Arauca: the minister's security council (not a bilateral meeting, not gold). Province-wide clashes undated.",
  ["dateline_not_event", "weekday_date", "statement_place"]))

# 25 --------------------------------------------------------------- Apatzingan
d = "2023-07-13"
add(D(R, 25, d, f"""MEXICO CITY, July 13 (Reuters) - Drones loaded with explosives dropped bombs on a neighbourhood on the outskirts of Apatzingan in Mexico's western Michoacan state on {WD(d,-1)}, wounding four police officers, state officials said.

The attack was blamed on the Jalisco New Generation Cartel, which has been battling local gangs for control of the Tierra Caliente region. State security chief Jose Antonio Cruz said in Morelia that the officers were in stable condition.

Cartels have increasingly used drones and homemade mines in Michoacan. Earlier in the week, a car bomb in Tlajomulco in neighbouring Jalisco state killed six people.""",
  [E("incident", "drone attack", DAY(d,-1), P("Apatzingan", "MX", "Apatzingán"), ["CJNG", "police"])],
  [P("Mexico City", "MX"), P("Morelia", "MX"), P("Tlajomulco", "MX", "Tlajomulco de Zúñiga")],
  W + " Tlajomulco car bomb 'earlier in the week' is not exactly dated: non-event. Morelia statement place. Tierra Caliente region not pinned.",
  ["dateline_not_event", "weekday_date", "statement_place", "background_event"]))

# 26 --------------------------------------------------------------- Saut-d'Eau
d = "2025-04-07"
SDE = M("Saut-d'Eau", 18.817, -72.2, "HT", "approximate, town in the Centre department south-west of Mirebalais")
add(D(R, 26, d, f"""PORT-AU-PRINCE, April 7 (Reuters) - Gang members attacked the town of Saut-d'Eau in central Haiti on {WD(d,-1)}, burning houses and freeing inmates from a police holding cell, residents said, days after the same coalition seized nearby Mirebalais.

Hundreds of residents fled towards Hinche, the capital of the Centre department, a local official told Reuters. The Viv Ansanm alliance has expanded beyond the capital in recent weeks.

The attack came as Kenyan-led police in Haiti struggled to hold ground in Port-au-Prince, where gangs control most of the city.""",
  [E("incident", "armed attack", DAY(d,-1), SDE, ["Viv Ansanm", "police"])],
  [P("Port-au-Prince", "HT"), P("Mirebalais", "HT"), P("Hinche", "HT")],
  W + " Mirebalais: 'days after' back-reference (gold in blind7; ~15 km, inside the radius). Hinche: refuge. 'Kenyan-led' nationality.",
  ["dateline_not_event", "weekday_date", "back_reference", "origin_place", "nationality"]))

# 27 --------------------------------------------------------------- Rome talks
d = "2025-04-19"
add(D(R, 27, d, f"""ROME, April 19 (Reuters) - Iranian and U.S. negotiators held a second round of talks on Tehran's nuclear programme in Rome on {WD(d)}, with Omani mediators shuttling between the delegations at the Omani embassy, officials said.

Iranian Foreign Minister Abbas Araqchi and U.S. envoy Steve Witkoff met for about four hours, a week after a first round in Muscat, Oman's foreign ministry said. Araqchi said the sides had agreed to begin expert-level talks in Oman on {WD(d,4)}.

Araqchi had met Italian Foreign Minister Antonio Tajani earlier in the day. Israel, which has threatened to strike Iran's nuclear sites at Natanz and Fordow, is watching the talks closely.""",
  [E("meeting", "negotiations", d, P("Rome", "IT"), ["Abbas Araqchi", "Steve Witkoff", "Oman"]),
   E("meeting", "negotiations", DAY(d,-7), P("Muscat", "OM"), ["Abbas Araqchi", "Steve Witkoff"], optional=True)],
  [P("Natanz", "IR"), M("Fordow", 34.88, 50.99, "IR", "approximate, enrichment site north of Qom")],
  W + " Dateline is the event. First round 'a week after … Muscat' optional (D-7). Expert talks in Oman are future. Tajani meeting is in the same city (folded). Natanz/Fordow topics.",
  ["dateline_is_event", "weekday_date", "background_event", "future_event", "topic_place"]))

# 28 --------------------------------------------------------------- Ulaanbaatar
d = "2024-09-03"
add(D(R, 28, d, f"""ULAANBAATAR, Sept 3 (Reuters) - Mongolia gave Russian President Vladimir Putin a red-carpet welcome on {WD(d)}, defying an arrest warrant from the International Criminal Court, which says member states are obliged to detain him.

Putin held talks with Mongolian President Ukhnaagiin Khurelsukh in the capital's central square after an honour guard ceremony. The two discussed energy supplies and a planned gas pipeline to China, officials said.

Ukraine's foreign ministry in Kyiv said Mongolia's failure to arrest Putin was "a heavy blow" to the court, based in The Hague. Putin flew in late on {WD(d,-1)}.""",
  [E("meeting", "state visit", d, P("Ulaanbaatar", "MN"), ["Vladimir Putin", "Ukhnaagiin Khurelsukh"])],
  [KYV, P("The Hague", "NL")],
  W + " Dateline is the event. Kyiv, The Hague: statement place and ICC seat. Arrival on D-1 is not a separate event.",
  ["dateline_is_event", "weekday_date", "statement_place", "metonym"]))

# 29 --------------------------------------------------------------- Nakhchivan
d = "2023-09-25"
add(D(R, 29, d, f"""BAKU, Sept 25 (Reuters) - Turkish President Tayyip Erdogan met Azerbaijan's Ilham Aliyev in the exclave of Nakhchivan on {WD(d)}, days after Azerbaijan's military retook the Karabakh region from ethnic Armenian forces.

The two leaders attended a ceremony for a gas pipeline and a military facility and discussed a land corridor across Armenia's Syunik province that would link Nakhchivan to the rest of Azerbaijan.

Thousands of ethnic Armenians fled Karabakh on {WD(d)}, crossing into Armenia at the Kornidzor checkpoint and heading to the town of Goris, Armenian officials said.""",
  [E("meeting", "summit", d, P("Nakhchivan", "AZ", "Naxçıvan"), ["Recep Tayyip Erdogan", "Ilham Aliyev"])],
  [P("Baku", "AZ"), P("Goris", "AM"), M("Kornidzor", 39.37, 46.32, "AM", "approximate, border village south of Goris")],
  W + " Karabakh offensive 'days after': region-level back-reference. The exodus (Kornidzor/Goris) is a displacement, not a scored incident. Syunik province topic.",
  ["dateline_not_event", "weekday_date", "back_reference", "origin_place", "topic_place"]))

# 30 --------------------------------------------------------------- Kuwait City
d = "2024-12-22"
add(D(R, 30, d, f"""NEW DELHI, Dec 22 (Reuters) - Indian Prime Minister Narendra Modi held talks with Kuwait's Emir Sheikh Meshal al-Ahmad al-Jaber al-Sabah in Kuwait City on {WD(d)}, and the two countries upgraded their ties to a strategic partnership, India's foreign ministry said.

Modi, on the first visit to Kuwait by an Indian prime minister in 43 years, arrived on {WD(d,-1)} and met Indian workers at a labour camp before attending the opening of the Arabian Gulf Cup football tournament.

Kuwait is home to about one million Indians. Modi is due to return to New Delhi later on {WD(d)}.""",
  [E("meeting", "state visit", [DAY(d,-1), d], P("Kuwait City", "KW"), ["Narendra Modi", "Sheikh Meshal al-Ahmad al-Sabah"])],
  [P("New Delhi", "IN", pick=1)],
  W + " One stop, two days (D-1..D). Labour-camp visit and football opening folded into the stop (same city). New Delhi dateline and return.",
  ["dateline_not_event", "weekday_date", "date_range", "return_leg", "nationality"]))
