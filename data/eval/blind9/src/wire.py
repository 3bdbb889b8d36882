from lib import *
R = "wire"
DOCS = []
add = DOCS.append
W = "Wire story: the dateline city is a non-event place unless the text puts the event there."
KYV = P("Kyiv", "UA")
MOS = P("Moscow", "RU")

# 1 ---------------------------------------------------------------- Chernivtsi
d = "2024-09-12"
add(D(R, 1, d, f"""KYIV, Sept 12 (Reuters) - A Russian drone crashed into a residential street in the western Ukrainian city of Chernivtsi before dawn on {WD(d)}, setting two houses ablaze and wounding a woman, regional governor Ruslan Zaparaniuk said.

Chernivtsi, close to the borders with Romania and Moldova, has seldom been hit since the full-scale invasion began. Zaparaniuk said air defences had been active over the region for about an hour.

Romania's defence ministry in Bucharest said it had scrambled F-16 jets after tracking a drone near its border but that no object had entered its airspace.""",
  [E("incident", "drone strike", d, Q("Chernivtsi", "UA", 48.29, 25.94), ["Russia", "civilians"])],
  [KYV, P("Bucharest", "RO")],
  W + " Bucharest: statement place; Romania/Moldova countries only.",
  ["dateline_not_event", "weekday_date", "statement_place"]))

# 2 ---------------------------------------------------------------- Reni port
d = "2023-08-16"
add(D(R, 2, d, f"""ODESA, Ukraine, Aug 16 (Reuters) - Russian drones pounded grain silos and warehouses at the Danube river port of Reni overnight, Ukrainian officials said on {WD(d)}, in the latest attack on the country's alternative export routes since Moscow quit the Black Sea grain deal.

Six people were wounded, said Oleh Kiper, governor of the Odesa region. Reni lies across the river from Romania's Galati, where residents said they heard blasts for about two hours.

Ukraine has been shipping more grain through Danube ports such as Izmail and Reni after Russia pulled out of the deal brokered by Turkey and the United Nations in Istanbul last year.""",
  [E("incident", "drone attack", [DAY(d, -1), d], Q("Reni", "UA", 45.45, 28.29), ["Russia"])],
  [P("Odesa", "UA"), Q("Galati", "RO", 45.44, 28.05, q="Galaţi"), P("Istanbul", "TR")],
  W + " 'Overnight' → D-1..D. Galati: where blasts were heard across the river (~20 km, inside the radius but a witness place). Izmail mentioned as a port, not attacked (no pin). Istanbul deal is background.",
  ["dateline_not_event", "weekday_date", "date_range", "facility", "said_on_weekday", "metonym"]))

# 3 ---------------------------------------------------------------- Syzran refinery
d = "2025-03-15"
add(D(R, 3, d, f"""MOSCOW, March 15 (Reuters) - Ukrainian drones struck the Rosneft-owned Syzran oil refinery in Russia's Samara region early on {WD(d)}, causing a fire, Governor Vyacheslav Fedorishchev said on Telegram.

Fedorishchev said there were no casualties. The refinery, about 800 km from the front line, has been targeted several times since early last year. A source in Ukraine's SBU security service in Kyiv said the attack was carried out by the agency.

Russia's defence ministry said its air defences had destroyed 126 Ukrainian drones overnight over 12 regions, including Volgograd and Voronezh.""",
  [E("incident", "drone attack", d, Q("Syzran", "RU", 53.16, 48.47), ["Ukraine"])],
  [MOS, P("Samara", "RU"), KYV, P("Volgograd", "RU"), P("Voronezh", "RU")],
  W + " Samara: regional name (~120 km). Kyiv: source. Volgograd/Voronezh: nationwide interception regions, not pinned.",
  ["dateline_not_event", "weekday_date", "facility", "admin_qualifier", "statement_place"]))

# 4 ---------------------------------------------------------------- Bohodukhiv
d = "2024-11-20"
add(D(R, 4, d, f"""KYIV, Nov 20 (Reuters) - A Russian guided bomb hit the centre of the town of Bohodukhiv in Ukraine's Kharkiv region on {WD(d,-1)} evening, killing two people and damaging a school, the regional governor said on {WD(d)}.

Oleh Syniehubov said rescuers had worked overnight to clear the rubble. Bohodukhiv, about 30 km from the Russian border, has come under near-daily attack since Russian forces launched an offensive to the north of Kharkiv city in May.

The attack came as Kyiv marked the 1,000th day of the war on {WD(d,-1)}, and a day after the United States allowed Ukraine to use longer-range missiles on targets inside Russia.""",
  [E("incident", "guided bomb strike", DAY(d, -1), Q("Bohodukhiv", "UA", 50.16, 35.52), ["Russia", "civilians"])],
  [KYV, P("Kharkiv", "UA")],
  W + " Strike 'Tuesday evening', said Wednesday. Kharkiv region/city qualifier (~55 km). The 1,000th day is not an event.",
  ["dateline_not_event", "weekday_date", "said_on_weekday", "admin_qualifier"]))

# 5 ---------------------------------------------------------------- Maaysra, Keserwan
d = "2024-10-14"
MAA = M("Maaysra", 34.07, 35.78, "LB", "approximate, Shi'ite village in the Keserwan hills north-east of Beirut")
add(D(R, 5, d, f"""BEIRUT, Oct 14 (Reuters) - An Israeli strike on a house sheltering displaced families in Maaysra, a village in Lebanon's mainly Christian Keserwan district, killed at least nine people on {WD(d)}, Lebanon's health ministry said.

Civil defence workers from Jounieh dug through the debris for hours. The families had fled fighting in the south, local officials said.

The strike was among the first in Keserwan, which lies far from the front. Israel's military had on {WD(d,-1)} expanded evacuation warnings to more than two dozen villages in the south, including areas near Tyre.""",
  [E("incident", "airstrike", d, MAA, ["Israel", "civilians"])],
  [P("Beirut", "LB"), Q("Jounieh", "LB", 33.98, 35.62), P("Tyre", "LB")],
  W + " Jounieh: rescuers' origin (~18 km). Evacuation warnings are not strikes; Tyre a reference.",
  ["dateline_not_event", "weekday_date", "village", "origin_place", "district"]))

# 6 ---------------------------------------------------------------- Tal al-Hawa, Gaza City
d = "2024-07-10"
TLH = M("Tal al-Hawa, Gaza City", 31.505, 34.44, "PS", "approximate, south-western neighbourhood of Gaza City")
add(D(R, 6, d, f"""CAIRO, July 10 (Reuters) - Israeli tanks pushed into the Tal al-Hawa neighbourhood in southwestern Gaza City on {WD(d)} and residents said heavy shelling had trapped families in their homes, a day after the army told people to leave the city.

Gaza's civil emergency service said it had received dozens of calls for help from the area but could not reach it. Medics said at least seven people were killed by tank fire near the headquarters of the U.N. agency for Palestinian refugees.

Mediators from Egypt and Qatar were due to resume talks in Doha on {WD(d,1)}, a Hamas official said in Cairo.""",
  [E("incident", "shelling", d, TLH, ["Israel", "civilians"], alts=[P("Gaza City", "PS")])],
  [P("Cairo", "EG"), P("Doha", "QA")],
  W + " Neighbourhood pin, city as alternate (~3 km). Doha talks are future. Cairo: dateline and statement.",
  ["dateline_not_event", "weekday_date", "future_event", "statement_place"]))

# 7 ---------------------------------------------------------------- Kafr Malik
d = "2025-06-26"
KAF = M("Kafr Malik", 31.99, 35.31, "PS", "approximate, village north-east of Ramallah")
add(D(R, 7, d, f"""RAMALLAH, West Bank, June 26 (Reuters) - Three Palestinians were killed when Israeli troops opened fire during an attack by Jewish settlers on the village of Kafr Malik late on {WD(d,-1)}, the Palestinian health ministry said.

Residents said dozens of settlers had set fire to homes and cars on the edge of the village, northeast of Ramallah. The Israeli military said soldiers sent to the area had come under stone-throwing and fired at "terrorists".

Settler violence has surged across the occupied West Bank since the Gaza war began. Earlier this month, settlers torched vehicles in Sinjil and Turmus Ayya, villages a few kilometres to the north.""",
  [E("incident", "settler attack and shooting", DAY(d, -1), KAF, ["Israeli settlers", "Israeli military", "Palestinians"])],
  [P("Ramallah", "PS"), M("Sinjil", 32.03, 35.27, "PS", "approximate, village north of Ramallah"), M("Turmus Ayya", 32.035, 35.285, "PS", "approximate, village north of Ramallah")],
  W + " Undated 'earlier this month' arson in Sinjil and Turmus Ayya: background, non-event (both ~5 km, inside the 50 km radius of the gold).",
  ["dateline_not_event", "weekday_date", "village", "back_reference"]))

# 8 ---------------------------------------------------------------- Jaramana
d = "2025-04-29"
add(D(R, 8, d, f"""DAMASCUS, April 29 (Reuters) - Clashes between gunmen and Druze fighters in the town of Jaramana on the southeastern edge of Damascus killed at least 10 people overnight, a war monitor and local sources said on {WD(d)}.

The fighting broke out after an audio recording insulting the Prophet Mohammad was circulated online and attributed to a Druze cleric, who denied making it. Security forces were deployed around the town by morning.

Druze leaders in Sweida, the community's heartland in the south, called for calm. Israel, which has said it will protect the Druze, did not comment.""",
  [E("incident", "armed clashes", [DAY(d, -1), d], Q("Jaramana", "SY", 33.486, 36.346), ["gunmen", "Druze fighters"])],
  [P("Damascus", "SY"), Q("Sweida", "SY", 32.71, 36.57, q="As Suwayda")],
  W + " Jaramana ~5 km from central Damascus; the dateline lies inside the radius (cannot count as a distractor). Sweida: statement place.",
  ["dateline_not_event", "weekday_date", "date_range", "statement_place"]))

# 9 ---------------------------------------------------------------- Balad air base
d = "2024-01-21"
add(D(R, 9, d, f"""BAGHDAD, Jan 21 (Reuters) - Rockets landed inside Iraq's Balad air base, north of Baghdad, late on {WD(d,-1)}, wounding an Iraqi soldier, two security sources said.

The base, which hosts Iraqi F-16 fighter jets and some foreign contractors, has been hit repeatedly in the past. Hours earlier, a drone and missile attack on the Ain al-Asad air base in western Anbar had wounded several U.S. personnel, U.S. Central Command said in Tampa.

The Islamic Resistance in Iraq, an umbrella of Iran-aligned groups, has claimed more than 140 attacks on U.S. forces in Iraq and Syria since mid-October.""",
  [E("incident", "rocket attack", DAY(d, -1), Q("Balad", "IQ", 34.01, 44.15), ["unknown", "Iraqi military"]),
   E("incident", "missile and drone attack", DAY(d, -1), M("Ain al-Asad air base", 33.8, 42.44, "IQ", "approximate, base west of Hit, Anbar"), ["Islamic Resistance in Iraq", "United States"], optional=True)],
  [P("Baghdad", "IQ"), P("Tampa", "US")],
  W + " Balad air base pinned at Balad (~15 km). Same-day Ain al-Asad attack dated ('hours earlier'): optional (earlier gold). Tampa: statement place.",
  ["dateline_not_event", "weekday_date", "facility", "background_event", "statement_place"]))

# 10 --------------------------------------------------------------- Al Hazm
d = "2025-04-09"
add(D(R, 10, d, f"""DUBAI, April 9 (Reuters) - U.S. air strikes hit several sites in and around Al Hazm, the capital of Yemen's northern al-Jawf province, on {WD(d,-1)} night, the Houthi-run Al Masirah television reported.

Al Masirah said four people were killed and showed footage of a burned-out building on the outskirts of the city. There was no immediate comment from the U.S. military.

Washington began a campaign of intensified strikes on the Houthis last month, saying it would continue until the group stopped attacking shipping in the Red Sea. The Houthis say they act in solidarity with Palestinians in Gaza.""",
  [E("incident", "airstrike", DAY(d, -1), Q("Al Hazm", "YE", 16.16, 44.78, q="Al Ḩazm"), ["United States", "Houthis"])],
  [P("Dubai", "AE"), P("Washington", "US")],
  W + " Several sites in one city: one event. Washington metonym; Red Sea and Gaza unpinned topics.",
  ["dateline_not_event", "weekday_date", "metonym"]))

# 11 --------------------------------------------------------------- Tessalit
d = "2023-09-25"
add(D(R, 11, d, f"""DAKAR, Sept 25 (Reuters) - Tuareg-led rebels attacked a Malian army camp in the northern town of Tessalit on {WD(d,-1)}, hours after the army had flown in reinforcements, the rebels and a local official said on {WD(d)}.

The Permanent Strategic Framework (CSP), an alliance of armed groups, said it had shot down a military aircraft. The army said in Bamako that one of its planes had crashed while landing but gave no cause.

The fighting came a week after the rebels seized the town of Bourem further south, and as U.N. peacekeepers prepared to leave Tessalit and nearby Aguelhok ahead of the mission's end in December.""",
  [E("incident", "armed attack", DAY(d, -1), Q("Tessalit", "ML", 20.2, 1.01), ["CSP", "Malian army"])],
  [P("Dakar", "SN"), P("Bamako", "ML"), P("Bourem", "ML"), M("Aguelhok", 19.46, 0.86, "ML", "approximate, town south of Tessalit")],
  W + " Bourem seizure 'a week ago': loosely dated back-reference, non-event. Aguelhok: future withdrawal (~85 km). Bamako statement.",
  ["dateline_not_event", "weekday_date", "said_on_weekday", "back_reference", "future_event", "statement_place"]))

# 12 --------------------------------------------------------------- Pissila
d = "2024-04-03"
add(D(R, 12, d, f"""ABIDJAN, April 3 (Reuters) - Suspected jihadists killed at least 15 volunteers fighting alongside Burkina Faso's army in an ambush near the town of Pissila in the Centre-Nord region on {WD(d,-4)}, two security sources said.

The fighters, members of the Volunteers for the Defence of the Homeland (VDP), were escorting a supply convoy from Kaya, the regional capital, the sources said. Wounded survivors were treated in Kaya.

Burkina Faso's junta, which seized power in Ouagadougou in 2022, rarely comments on attacks.""",
  [E("incident", "ambush", DAY(d, -4), Q("Pissila", "BF", 13.17, -0.82), ["jihadists", "VDP"])],
  [P("Abidjan", "CI"), Q("Kaya", "BF", 13.09, -1.08), P("Ouagadougou", "BF")],
  W + " Kaya: convoy origin and hospital (~30 km, inside the radius). Ouagadougou: metonym of the junta.",
  ["dateline_not_event", "weekday_date", "origin_place", "hospital_other_city", "metonym"]))

# 13 --------------------------------------------------------------- Kokorou
d = "2024-03-22"
KOK = M("Kokorou", 14.2, 0.93, "NE", "approximate, rural commune in Téra department, Tillabéri")
add(D(R, 13, d, f"""NIAMEY, March 22 (Reuters) - Islamist militants killed 23 soldiers in an ambush near Kokorou in western Niger's Tillabéri region on {WD(d,-2)}, the army said in a statement read on state television.

Attackers on motorbikes and in vehicles struck a patrol with explosive devices and mortars, the defence ministry said. Wounded soldiers were evacuated by air to Niamey.

The region, at the border with Mali and Burkina Faso, has been the scene of repeated attacks since the military took power in July. On {WD(d,-3)}, the army had said it repelled an attack near Téra.""",
  [E("incident", "ambush", DAY(d, -2), KOK, ["Islamist militants", "Niger army"]),
   E("incident", "armed attack", DAY(d, -3), Q("Téra", "NE", 14.01, 0.75), ["militants", "Niger army"], optional=True)],
  [P("Niamey", "NE"), Q("Tillabéri", "NE", 14.21, 1.45)],
  W + " Niamey: dateline and evacuation (~200 km). Dated attack near Téra optional. Tillabéri region name (~55 km).",
  ["dateline_not_event", "weekday_date", "hospital_other_city", "background_event", "admin_qualifier"]))

# 14 --------------------------------------------------------------- Gajiram + Miango
d = "2025-04-15"
add(D(R, 14, d, f"""MAIDUGURI, Nigeria, April 15 (Reuters) - Islamist insurgents overran an army base in Gajiram in Nigeria's Borno state late on {WD(d,-1)}, killing at least four soldiers, two military sources said.

The attackers, believed to be fighters of Islamic State West Africa Province (ISWAP), came in trucks from the direction of Lake Chad and set fire to armoured vehicles, the sources said.

In a separate attack on {WD(d,-1)}, gunmen killed 51 people in the village of Miango in Plateau state's Bassa district, hundreds of kilometres to the southwest, officials in Jos said. Police said they had arrested two suspects.""",
  [E("incident", "armed attack", DAY(d, -1), M("Gajiram", 12.48, 13.19, "NG", "approximate, seat of Nganzai LGA, Borno"), ["ISWAP", "Nigerian army"]),
   E("incident", "armed attack", DAY(d, -1), M("Miango", 9.86, 8.69, "NG", "approximate, town in Bassa LGA west of Jos"), ["gunmen", "civilians"])],
  [P("Maiduguri", "NG"), P("Jos", "NG")],
  W + " Two separate incidents. Lake Chad is a direction. Jos: statement (~25 km from Miango, inside the radius). Arrests undated, not pinned.",
  ["dateline_not_event", "weekday_date", "multi_event", "statement_place", "village"]))

# 15 --------------------------------------------------------------- Balcad
d = "2023-08-30"
add(D(R, 15, d, f"""MOGADISHU, Aug 30 (Reuters) - Al Shabaab fighters attacked a military base in Balcad, about 30 km north of Mogadishu, on {WD(d)} morning, detonating a car bomb at the gate before storming it, a Somali officer said.

"We lost seven soldiers and killed many of the attackers," Captain Abdullahi Hassan told Reuters by phone from the town. Residents said the fighting lasted two hours.

The group has carried out a wave of attacks since the government launched an offensive a year ago, backed by U.S. air strikes and clan militias in Hiran and Middle Shabelle. Last week, al Shabaab briefly seized Cowsweyne in Galgaduud.""",
  [E("incident", "car bomb and armed attack", d, Q("Balcad", "SO", 2.36, 45.39, q="Balcad"), ["al-Shabaab", "Somali army"])],
  [P("Mogadishu", "SO"), M("Cowsweyne", 5.15, 46.73, "SO", "approximate, village in Galgaduud, placement uncertain")],
  W + " Dateline ~30 km (inside the radius). 'Last week' seizure of Cowsweyne: loosely dated background, non-event.",
  ["dateline_not_event", "weekday_date", "back_reference"]))

# 16 --------------------------------------------------------------- Shendi
d = "2025-02-25"
add(D(R, 16, d, f"""CAIRO, Feb 25 (Reuters) - Drones attacked a power substation in the city of Shendi in Sudan's River Nile state on {WD(d,-1)}, cutting electricity to large parts of the state, the state-run electricity company said.

The army blamed the Rapid Support Forces (RSF) for the strike, the latest in a string of drone attacks on infrastructure far from the front lines. Residents of Atbara, about 100 km north, said power was also cut there.

The RSF, which has been pushed out of much of Khartoum in recent weeks, signed a charter in Nairobi last week to set up a rival government.""",
  [E("incident", "drone strike", DAY(d, -1), Q("Shendi", "SD", 16.69, 33.43), ["RSF"])],
  [P("Cairo", "EG"), P("Atbara", "SD"), P("Khartoum", "SD"), P("Nairobi", "KE")],
  W + " Atbara: effect only (power cut). Nairobi charter is background. Khartoum frontline reference.",
  ["dateline_not_event", "weekday_date", "facility", "metonym"]))

# 17 --------------------------------------------------------------- Malakal / Ulang
d = "2025-03-07"
add(D(R, 17, d, f"""JUBA, March 7 (Reuters) - Heavy fighting broke out between South Sudan's army and an armed youth group in Ulang county in Upper Nile state on {WD(d)}, a week after the group overran a military garrison in nearby Nasir, a local official said.

Soldiers wounded in the clashes were being flown to Malakal, the state capital, the official said. The U.N. mission said one of its helicopters had come under fire on an earlier evacuation flight, killing a crew member.

President Salva Kiir said in Juba the government would not be "dragged back to war". First Vice President Riek Machar's party said several of its officials had been arrested in the capital.""",
  [E("incident", "armed clashes", d, M("Ulang", 8.65, 32.7, "SS", "approximate, county seat on the Sobat, Upper Nile"), ["South Sudan army", "White Army"])],
  [P("Juba", "SS"), Q("Malakal", "SS", 9.53, 31.66), M("Nasir", 8.6, 33.07, "SS", "approximate, town on the Sobat near the Ethiopian border")],
  W + " Nasir garrison 'a week ago': back-reference, non-event (~40 km, inside the radius). Malakal: evacuation destination. Helicopter attack undated and unlocated: not gold. Arrests in Juba undated.",
  ["dateline_not_event", "weekday_date", "back_reference", "statement_place", "origin_place"]))

# 18 --------------------------------------------------------------- Dangila
d = "2024-05-07"
add(D(R, 18, d, f"""ADDIS ABABA, May 7 (Reuters) - A drone strike on a minibus near Dangila in Ethiopia's Amhara region killed at least eight civilians on {WD(d,-2)}, two residents and a health worker said.

The health worker, at the hospital in Bahir Dar where some of the wounded were taken, said the victims included children. The government and military spokesmen did not respond to requests for comment.

Federal forces have been fighting the Fano militia in Amhara since last August. Rights groups have documented several drone strikes on civilians, including one on a market in Finote Selam last year.""",
  [E("incident", "drone strike", DAY(d, -2), Q("Dangila", "ET", 11.27, 36.83), ["Ethiopian military", "civilians"])],
  [P("Addis Ababa", "ET"), Q("Bahir Dar", "ET", 11.59, 37.39), Q("Finote Selam", "ET", 10.7, 37.27)],
  W + " Bahir Dar hospital (~70 km). Finote Selam strike 'last year': undated background.",
  ["dateline_not_event", "weekday_date", "hospital_other_city", "back_reference"]))

# 19 --------------------------------------------------------------- Bukavu rally
d = "2025-02-28"
add(D(R, 19, d, f"""GOMA, Democratic Republic of Congo, Feb 28 (Reuters) - Two explosions tore through a rally held by M23 rebel leaders in the centre of Bukavu on {WD(d,-1)}, killing at least 11 people and wounding dozens, the rebels and hospital sources said on {WD(d)}.

Corneille Nangaa, head of the rebel alliance, blamed President Felix Tshisekedi's government, which denied any role and blamed "a foreign army" in a statement issued in Kinshasa. Nangaa left the square unharmed.

The Rwanda-backed rebels took Bukavu, the capital of South Kivu, two weeks ago, after seizing Goma in January.""",
  [E("incident", "explosions at rally", DAY(d, -1), Q("Bukavu", "CD", -2.51, 28.86), ["unknown", "M23", "civilians"])],
  [P("Goma", "CD"), P("Kinshasa", "CD")],
  W + " Goma dateline (~100 km). Earlier captures of Bukavu/Goma are back-references; 'Rwanda-backed' nationality.",
  ["dateline_not_event", "weekday_date", "said_on_weekday", "statement_place", "nationality", "back_reference"]))

# 20 --------------------------------------------------------------- Mecula
d = "2025-05-06"
MEC = M("Mecula", -12.08, 37.66, "MZ", "approximate, district seat in the Niassa reserve")
add(D(R, 20, d, f"""MAPUTO, May 6 (Reuters) - Islamic State-linked insurgents attacked a camp of rangers in the Niassa Special Reserve near Mecula in northern Mozambique on {WD(d,-6)}, killing two scouts, the reserve's managers said.

The attack was the first in the remote reserve in years and pushed the insurgency further west from its heartland in Cabo Delgado province, where TotalEnergies has a gas project near Palma. Tourists at two lodges were evacuated to Lichinga.

Rwandan troops deployed in Cabo Delgado since 2021 have not operated in Niassa.""",
  [E("incident", "armed attack", DAY(d, -6), MEC, ["Islamic State Mozambique", "rangers"])],
  [P("Maputo", "MZ"), M("Palma", -10.77, 40.47, "MZ", "approximate, town near the Afungi gas site"), Q("Lichinga", "MZ", -13.31, 35.24)],
  W + " Attack six days before publication (weekday of the previous week). Palma: topic. Lichinga: refuge. 'Rwandan troops' nationality.",
  ["dateline_not_event", "weekday_date", "topic_place", "origin_place", "nationality"]))

# 21 --------------------------------------------------------------- Taloqan
d = "2023-06-08"
add(D(R, 21, d, f"""KABUL, June 8 (Reuters) - A bomb exploded during a memorial service at a mosque in Taloqan, the capital of Afghanistan's northern Takhar province, on {WD(d)}, killing at least 11 people, Taliban officials said.

The service was being held for a provincial official killed earlier in the week in neighbouring Badakhshan, where a car bomb had killed the deputy governor in the city of Faizabad. Islamic State's local affiliate claimed that attack.

Hours after the Taloqan blast, a second explosion wounded three people at a checkpoint on the road to Kunduz, the provincial police spokesman said. Officials in Kabul said they would increase security in the northeast.""",
  [E("incident", "bombing", d, Q("Taloqan", "AF", 36.73, 69.53), ["Islamic State", "civilians"])],
  [P("Kabul", "AF"), M("Faizabad", 37.12, 70.58, "AF", "approximate, capital of Badakhshan"), P("Kunduz", "AF")],
  W + " 'Earlier in the week' Faizabad car bomb: undated back-reference, non-event. Checkpoint 'on the road to Kunduz' has no located site (not pinned; Kunduz a direction).",
  ["dateline_not_event", "weekday_date", "back_reference", "statement_place"]))

# 22 --------------------------------------------------------------- Pishin
d = "2024-02-07"
add(D(R, 22, d, f"""QUETTA, Pakistan, Feb 7 (Reuters) - Two bombs exploded outside election offices in southwestern Pakistan on {WD(d)}, killing at least 28 people a day before the general election, officials said.

The first blast hit the office of an independent candidate in the Khanozai area of Pishin district, north of Quetta, killing 18. The second, about an hour later, struck an office of the Jamiat Ulema-e-Islam party in Qila Saifullah, killing 10.

The interior ministry in Islamabad said the vote would go ahead on {WD(d,1)} as planned.""",
  [E("incident", "bombing", d, M("Khanozai", 30.6, 67.31, "PK", "approximate, town in Pishin district on the Zhob road"), ["unknown", "civilians"], alts=[Q("Pishin", "PK", 30.58, 67.0)]),
   E("incident", "bombing", d, Q("Qila Saifullah", "PK", 30.7, 68.36, q="Qila Saifullah"), ["unknown", "JUI-F"])],
  [P("Quetta", "PK"), P("Islamabad", "PK")],
  W + " Khanozai area of Pishin district (district seat as alternate, ~30 km). Election is future. Quetta dateline (~45 km from Khanozai, within the radius).",
  ["dateline_not_event", "weekday_date", "multi_event", "district", "future_event"]))

# 23 --------------------------------------------------------------- Kathua + Churachandpur
d = "2024-07-09"
add(D(R, 23, d, f"""SRINAGAR, India, July 9 (Reuters) - Militants ambushed an army truck in the hills of Kathua district in India's Jammu region on {WD(d,-1)}, killing five soldiers, the army said, the latest in a series of attacks that have shifted from the Kashmir valley to the south.

The ambush took place near the village of Badnota, about 150 km from the city of Jammu. Indian officials said the attackers were believed to have crossed from Pakistan.

In Manipur, police said on {WD(d)} a CRPF trooper was killed by gunmen in Churachandpur district, south of Imphal.""",
  [E("incident", "ambush", DAY(d, -1), M("Badnota", 32.6, 75.65, "IN", "approximate, village in the Machedi area of Kathua district"), ["militants", "Indian army"]),
   E("incident", "shooting", [DAY(d, -1), d], Q("Churachandpur", "IN", 24.33, 93.68), ["gunmen", "CRPF"])],
  [P("Srinagar", "IN"), P("Jammu", "IN"), P("Imphal", "IN")],
  W + " Jammu: distance reference. Churachandpur killing 'said on Tuesday' without its day → D-1..D, district pinned at its seat. Imphal: direction reference.",
  ["dateline_not_event", "weekday_date", "multi_event", "village", "nationality"]))

# 24 --------------------------------------------------------------- Myawaddy
d = "2024-04-12"
add(D(R, 24, d, f"""BANGKOK, April 12 (Reuters) - Fighting flared around Myawaddy, the Myanmar border town opposite Thailand's Mae Sot, on {WD(d)} as resistance fighters attacked the last army base near the town, residents on the Thai side said.

Gunfire and explosions could be heard in Mae Sot, where about 200 soldiers from Myanmar had fled after the base's surrender was reported last week. Thailand's foreign ministry said it was ready to receive up to 100,000 refugees.

The ethnic Karen National Union said it had seized control of Myawaddy's main trading post. The junta in Naypyitaw did not comment.""",
  [E("incident", "armed clashes", d, Q("Myawaddy", "MM", 16.69, 98.51), ["KNU", "Myanmar army"])],
  [P("Bangkok", "TH"), Q("Mae Sot", "TH", 16.72, 98.57), P("Naypyitaw", "MM", "Nay Pyi Taw")],
  W + " Mae Sot: where the fighting was heard and refuge (~7 km, inside the radius). Naypyitaw metonym.",
  ["dateline_not_event", "weekday_date", "origin_place", "metonym"]))

# 25 --------------------------------------------------------------- Tipo-Tipo
d = "2025-01-23"
TIP = M("Tipo-Tipo", 6.53, 122.17, "PH", "approximate, municipality in central Basilan")
add(D(R, 25, d, f"""MANILA, Jan 23 (Reuters) - Gunmen ambushed a group of soldiers in Tipo-Tipo town on the southern Philippine island of Basilan on {WD(d,-1)}, killing two and wounding 12, the military said.

The soldiers were on a peace and development mission in a village when they came under fire, a spokesman for the army's Western Mindanao Command in Zamboanga said. The wounded were flown to Zamboanga City.

The military blamed a faction of the Moro Islamic Liberation Front, which signed a peace deal with Manila in 2014.""",
  [E("incident", "ambush", DAY(d, -1), TIP, ["gunmen", "Philippine army"])],
  [P("Manila", "PH"), P("Zamboanga", "PH", "Zamboanga")],
  W + " Zamboanga: command seat and hospital (~45 km, inside the radius). Manila metonym (peace deal).",
  ["dateline_not_event", "weekday_date", "hospital_other_city", "statement_place"]))

# 26 --------------------------------------------------------------- Cúcuta
d = "2021-06-16"
add(D(R, 26, d, f"""BOGOTA, June 16 (Reuters) - A car bomb exploded inside an army brigade base in the Colombian border city of Cúcuta on {WD(d,-1)} afternoon, wounding 36 people, including two U.S. military advisers, the defence minister said.

Two men dressed as soldiers drove the vehicle into the compound of the 30th Brigade, minister Diego Molano said on {WD(d)}. He blamed a front of the National Liberation Army (ELN) based in Venezuela.

The attack came as U.S. advisers were visiting Colombian bases to help train troops. Bogota has long accused Caracas of harbouring rebels.""",
  [E("incident", "car bombing", DAY(d, -1), Q("Cúcuta", "CO", 7.89, -72.51), ["ELN", "Colombian army"])],
  [P("Bogota", "CO", "Bogotá"), P("Caracas", "VE")],
  W + " 'U.S. military advisers' nationality; Bogota and Caracas metonyms. Cúcuta borders Venezuela (country only).",
  ["dateline_not_event", "weekday_date", "said_on_weekday", "facility", "metonym", "nationality"]))

# 27 --------------------------------------------------------------- Ciudad Juárez prison
d = "2023-01-02"
add(D(R, 27, d, f"""MEXICO CITY, Jan 2 (Reuters) - Gunmen in armoured vehicles attacked a state prison in Ciudad Juárez on New Year's Day, killing 10 guards and four inmates and freeing 25 prisoners, officials in Chihuahua state said on {WD(d)}.

The assault began at about 7 a.m. on {WD(d,-1)} as relatives were arriving for a visit. Later that day, police killed four suspected attackers in a shootout elsewhere in the city.

Ciudad Juárez, across the border from El Paso, Texas, is one of Mexico's most violent cities.""",
  [E("incident", "prison attack", DAY(d, -1), Q("Ciudad Juárez", "MX", 31.72, -106.46), ["gunmen", "prison guards"])],
  [P("Mexico City", "MX"), Q("Chihuahua", "MX", 28.63, -106.08), Q("El Paso", "US", 31.76, -106.49)],
  W + " The shootout 'elsewhere in the city' folds into the same pin. El Paso across the border (~5 km, inside the radius).",
  ["dateline_not_event", "weekday_date", "said_on_weekday", "facility", "admin_qualifier"]))

# 28 --------------------------------------------------------------- Gressier
d = "2024-07-24"
GRE = Q("Gressier", "HT", 18.54, -72.53)
add(D(R, 28, d, f"""PORT-AU-PRINCE, July 24 (Reuters) - Gangs attacked the town of Gressier, west of Haiti's capital, on {WD(d,-1)}, setting fire to a police station and forcing hundreds of residents to flee towards Léogâne, local officials said.

Kenyan police officers of the U.N.-backed security mission, which arrived last month, were not deployed in the area, a mission spokesman said. Haitian police said two officers were wounded.

Gressier lies on the main road linking Port-au-Prince to the south of the country, much of which has been cut off by gangs since February.""",
  [E("incident", "gang attack", DAY(d, -1), GRE, ["gangs", "Haitian police"])],
  [P("Port-au-Prince", "HT"), Q("Léogâne", "HT", 18.51, -72.63)],
  W + " Léogâne: direction of flight (~10 km, inside the radius). 'Kenyan police' nationality. Dateline ~15 km.",
  ["dateline_not_event", "weekday_date", "nationality", "origin_place"]))

# 29 --------------------------------------------------------------- Kananaskis
d = "2025-06-16"
KAN = M("Kananaskis", 50.94, -115.13, "CA", "approximate, resort area in the Rockies west of Calgary")
add(D(R, 29, d, f"""KANANASKIS, Alberta, June 16 (Reuters) - U.S. President Donald Trump and Canadian Prime Minister Mark Carney held talks on {WD(d)} on the sidelines of the Group of Seven summit in the Canadian Rockies, and agreed to aim for a trade deal within 30 days, a Canadian official said.

Trump, who arrived on {WD(d,-1)} night, also met British Prime Minister Keir Starmer and said the two had signed a trade agreement. He will leave a day early, the White House said, skipping talks planned with Ukrainian President Volodymyr Zelensky and Mexican President Claudia Sheinbaum.

Leaders were to discuss the war between Israel and Iran over dinner. Calgary police closed roads leading to the resort.""",
  [E("meeting", "bilateral meeting", d, KAN, ["Donald Trump", "Mark Carney"]),
   E("meeting", "bilateral meeting", d, KAN, ["Donald Trump", "Keir Starmer"])],
  [P("Calgary", "CA"), P("Washington", "US")],
  W + " Dateline is the event. Two bilaterals at one venue (two gold events at the same pin). Cancelled talks with Zelensky/Sheinbaum: not gold. White House metonym (pinned as Washington).",
  ["dateline_is_event", "weekday_date", "multi_event", "cancelled_event", "metonym"]))

# 30 --------------------------------------------------------------- Vilnius Biden-Erdogan
d = "2023-07-11"
add(D(R, 30, d, f"""VILNIUS, July 11 (Reuters) - U.S. President Joe Biden met Turkish President Tayyip Erdogan in the Lithuanian capital on {WD(d)}, a day after Ankara dropped its objections to Sweden joining NATO, and said he looked forward to working with him "in the next five years".

Erdogan, speaking before the meeting at the NATO summit, said the two would open "a new process". Washington has tied the sale of F-16 jets to Turkey to Stockholm's accession.

Biden will fly on to Helsinki on {WD(d,1)} for a summit with Nordic leaders.""",
  [E("meeting", "bilateral meeting", d, P("Vilnius", "LT"), ["Joe Biden", "Tayyip Erdogan"])],
  [P("Ankara", "TR"), P("Stockholm", "SE"), P("Helsinki", "FI")],
  W + " Dateline is the event. Ankara/Stockholm/Washington metonyms. Helsinki summit future.",
  ["dateline_is_event", "weekday_date", "future_event", "metonym"]))
