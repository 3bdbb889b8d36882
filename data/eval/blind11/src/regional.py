from lib import *
R = "regional"
DOCS = []
add = DOCS.append
T = "Regional outlet in translation; composite or invented details. 'Today' = publication date, 'yesterday' = D-1. "


def N(num, d, text, events, nonev, note, tags):
    add(D(R, num, d, text, events, nonev, T + note, ["regional"] + tags))


SLM = Q("Slemani", "IQ", 35.56, 45.43, q="Sulaymaniyah")
DHK = Q("Duhok", "IQ", 36.87, 42.99, q="Dihok")
ERB = Q("Erbil", "IQ", 36.19, 44.01)

d = "2022-09-29"
N(1, d, f"""Slemani (translated from Kurdish) – Iranian artillery shelled the outskirts of Zharawa sub-district in Pishdar, Slemani province, on {WD(d,-1)} evening, the mayor of Qaladze told our correspondent. Shells landed near a school and farmland; no one was hurt. Residents of two villages spent the night in Qaladze. The shelling followed drone strikes on Kurdish opposition parties' camps at Zirgwez the same day, which were reported separately.""",
  [E("incident", "shelling", DAY(d, -1), M("Zharawa", 36.15, 45.30, "IQ", "approximate, sub-district in Pishdar east of Qaladze; placement uncertain"), ["Iran", "civilians"]),
   E("incident", "drone strikes", DAY(d, -1), M("Zirgwez", 35.62, 45.28, "IQ", "approximate, camp area north-west of Sulaymaniyah; placement uncertain"), ["IRGC", "Kurdish opposition parties"], optional=True)],
  [SLM, M("Qaladze", 36.18, 45.13, "IQ", "approximate, town in Pishdar district")],
  "Composite. Qaladze: refuge and statement (~16 km, inside the radius). Zirgwez strikes: dated, reported separately: optional.",
  ["kurdistan", "weekday_date", "refuge_place", "coded_separately", "translation"])

d = "2021-06-13"
N(2, d, f"""Duhok (translated from Kurdish) – Turkish warplanes bombed the outskirts of Sarsink sub-district, the Kurdistan Region's Duhok province, yesterday afternoon, setting fire to orchards, the sub-district's director said. Firefighters from Amedi needed four hours to put out the fire. Farmers said they had lost walnut and grape harvests, and some families from the villages of the Nerwa area have moved to Duhok city.""",
  [E("incident", "air strike", DAY(d, -1), M("Sarsink", 37.04, 43.34, "IQ", "approximate, resort town south-west of Amedi"), ["Türkiye"])],
  [DHK, M("Nerwa", 37.27, 43.71, "IQ", "approximate, Nerwa Rekan area near the Turkish border; placement uncertain")],
  "Composite. 'Yesterday' = D-1. Amedi (~14 km): firefighters' origin, not listed. Nerwa: families' origin (undated displacement). Duhok city: destination.",
  ["kurdistan", "yesterday", "origin_place", "refuge_place", "translation"])

d = "2023-07-11"
N(3, d, f"""Soran (translated from Kurdish) – A drone believed to be Turkish hit a pickup truck on the road between Barzan and Sherwan Mazin in the Soran independent administration on {WD(d,-1)}, killing the driver, a local official said. The man was from the village of Bele and was taking supplies to a shepherds' camp, according to relatives. The Kurdistan Region's government in Erbil has not commented. Last month a similar strike hit a car near Sidakan.""",
  [E("incident", "drone strike", DAY(d, -1), M("Barzan", 36.92, 44.04, "IQ", "approximate, village in the Barzan area north-west of Mergasor"), ["Türkiye", "civilians"])],
  [ERB, M("Sidakan", 36.80, 44.67, "IQ", "approximate, sub-district near the Iranian border")],
  "Composite. Road strike pinned at the first-named village, Barzan; Sherwan Mazin (~20 km) is inside the radius, not listed. Bele: home village (near). Sidakan 'last month': undated background.",
  ["kurdistan", "weekday_date", "road", "background_event", "metonym", "translation"])

d = "2022-04-05"
N(4, d, f"""Kirkuk (translated from Arabic) – Two soldiers were killed and three wounded when ISIS remnants attacked an army post in the Rashad sub-district, south-west of Kirkuk, late on {WD(d,-1)}, a security source said today. The attackers withdrew toward the Wadi al-Shay valley. Reinforcements arrived from Daquq. The source said the army will launch a search operation in the area in the coming days.""",
  [E("incident", "armed attack", DAY(d, -1), M("Rashad", 35.11, 44.09, "IQ", "approximate, sub-district south-west of Kirkuk; placement uncertain"), ["ISIS", "Iraq army"])],
  [M("Wadi al-Shay", 35.20, 44.20, "IQ", "approximate, valley between Kirkuk and Daquq; placement uncertain"), Q("Daquq", "IQ", 35.14, 44.45, q="Daquq")],
  "Composite. Withdrawal direction and reinforcement origin are non-event places. Search operation: future.",
  ["weekday_date", "late_on", "origin_place", "future_event", "translation"])

d = "2024-02-19"
N(5, d, f"""Garmiyan (translated from Kurdish) – A roadside bomb went off on the road between Kalar and Kifri yesterday morning as an Iraqi army patrol passed, wounding two soldiers, Garmiyan administration officials said. The road was closed for three hours. Last year, ISIS cells carried out several attacks in the villages of the disputed areas between Kifri and Tuz Khurmatu.""",
  [E("incident", "roadside bomb", DAY(d, -1), Q("Kalar", "IQ", 34.63, 45.32, q="Kelar"), ["unknown", "Iraq army"], alts=[Q("Kifri", "IQ", 34.69, 44.96, q="Kifri")])],
  [Q("Tuz Khurmatu", "IQ", 34.89, 44.63, q="Tuz Khurmatu")],
  "Composite. Road between two towns (~33 km apart): pinned at the first-named, Kalar, with Kifri as alternate. 'Last year': undated background.",
  ["kurdistan", "yesterday", "road", "background_event", "translation"])

d = "2019-09-02"
N(6, d, f"""Taiz (translated from Arabic) – A woman was killed by a Houthi sniper while fetching water in the Al-Wazi'iyah district, west of Taiz, on {WD(d,-1)}, a local medical source said. The source said the woman was taken to the Al-Mokha field hospital but died on the way. Government and Houthi forces agreed to open a humanitarian corridor in the area at talks in Amman, but it has not yet been opened.""",
  [E("incident", "sniper shooting", DAY(d, -1), M("Al-Wazi'iyah", 13.40, 43.55, "YE", "approximate, district west of Taiz; placement uncertain"), ["Houthis", "civilians"])],
  [Q("Taiz", "YE", 13.58, 44.02), Q("Mokha", "YE", 13.32, 43.25, q="Mocha"), Q("Amman", "JO", 31.96, 35.95)],
  "Composite. Mokha: hospital the victim did not reach. Amman talks: undated background; the corridor is future.",
  ["weekday_date", "hospital_other_city", "future_event", "background_event", "translation"])

d = "2024-01-16"
N(7, d, f"""Tyre (translated from Arabic) – An enemy drone targeted a motorcycle on the road between Shihin and Ramyeh in the western sector this morning, killing its rider, the National News Agency reported. Israeli artillery also shelled the outskirts of Ramyeh and Aitit. Ambulances from the Lebanese Civil Defence took the body to the Jabal Amel hospital in Tyre.""",
  [E("incident", "drone strike", d, M("Shihin", 33.12, 35.27, "LB", "approximate, border village in the western sector"), ["Israel"]),
   E("incident", "shelling", d, M("Ramyeh", 33.09, 35.31, "LB", "approximate, border village south-east of Shihin"), ["Israel"]),
   E("incident", "shelling", d, M("Aitit", 33.24, 35.29, "LB", "approximate, village east of Tyre"), ["Israel"])],
  [Q("Tyre", "LB", 33.27, 35.19)],
  "Composite. Road strike pinned at the first-named village. Ramyeh and Aitit: separately named villages, separate shelling events. Tyre: dateline and hospital (~10 km from Aitit, inside the radius).",
  ["weekday_date", "today", "road", "multi_event", "hospital_other_city", "translation"])

d = "2024-10-24"
N(8, d, f"""Hasakah (translated from Arabic) – A Turkish drone targeted a car belonging to the internal security forces (Asayish) at the entrance of the town of al-Jawadiyah, in the countryside of al-Malikiyah, yesterday evening, wounding two members, a local source told our website. Turkish drones have struck oil installations and power stations in the region since {WD(d,-1)} morning, after the attack in Ankara.""",
  [E("incident", "drone strike", DAY(d, -1), M("al-Jawadiyah", 37.02, 41.67, "SY", "approximate, town west of al-Malikiyah (Derik)"), ["Türkiye", "Asayish"])],
  [Q("Hasakah", "SY", 36.50, 40.75, q="Al Hasakah"), Q("Ankara", "TR", 39.92, 32.85)],
  "Composite. 'Yesterday evening' = D-1. The wave of strikes on unnamed installations: no pin. The Ankara attack is given only as the cause.",
  ["yesterday", "cause_reference", "weekday_date", "translation"])

d = "2023-06-08"
N(9, d, f"""Hengaw (translated from Kurdish) – Two kolbars (porters) from Marivan were shot dead by Iranian border guards on {WD(d,-2)} at the border heights near Baneh, Kurdistan province, the rights group reported. The bodies were handed over to their families today at the Saqqez hospital morgue. According to Hengaw, at least 20 kolbars have been killed this year.""",
  [E("incident", "shooting", DAY(d, -2), Q("Baneh", "IR", 36.00, 45.89, q="Baneh"), ["Iran border guards", "kolbars"])],
  [Q("Marivan", "IR", 35.52, 46.18, q="Marivan"), Q("Saqqez", "IR", 36.25, 46.27)],
  "Composite. Marivan: victims' home town. Saqqez: morgue (~42 km, inside the radius). Year total: no pin.",
  ["weekday_date", "home_town", "hospital_other_city", "translation"])

d = "2023-11-05"
N(10, d, f"""Gaza (translated from Arabic) – Occupation artillery shelled the area east of Juhor al-Dik in the central Gaza Strip at dawn today, and a drone fired at citizens returning to their homes in the area, wounding three, medical sources said. The wounded were taken to Al-Aqsa Martyrs Hospital in Deir al-Balah. Thousands of displaced people from Gaza City are sheltering in schools in Nuseirat.""",
  [E("incident", "shelling", d, M("Juhor al-Dik", 31.47, 34.46, "PS", "approximate, area south-east of Gaza City near the perimeter"), ["Israel", "civilians"])],
  [Q("Deir al-Balah", "PS", 31.42, 34.35, q="Dayr al Balah"), Q("Gaza City", "PS", 31.50, 34.47, q="Gaza")],
  "Composite. Shelling and drone fire in one area: one pin. Deir al-Balah: hospital (~12 km); Gaza City: origin of displaced (~4 km). Nuseirat: shelter (no pin, inside the radius).",
  ["today", "hospital_other_city", "origin_place", "translation"])

d = "2022-10-17"
N(11, d, f"""Nablus (translated from Arabic) – Colonists attacked farmers picking olives in the village of Burin, south of Nablus, this afternoon, setting fire to a car and dozens of trees, the official in charge of the settlements file in the northern West Bank said. Occupation forces also stormed the nearby village of Madama and fired tear gas at homes; no injuries were reported. The olive harvest season began last week.""",
  [E("incident", "settler attack", d, Q("Burin", "PS", 32.18, 35.25, q="Burin"), ["Israeli settlers", "Palestinian farmers"]),
   E("incident", "raid", d, Q("Madama", "PS", 32.19, 35.23, q="Madama"), ["Israel army"], optional=True)],
  [Q("Nablus", "PS", 32.22, 35.25)],
  "Composite. Madama raid with tear gas, no injuries: optional (2 km from Burin). Nablus: reference city (~4 km, inside the radius).",
  ["today", "multi_event", "translation"])

d = "2022-01-28"
N(12, d, f"""Irbid (translated from Arabic) – The Jordanian army said today that its forces on the northern border downed a drone carrying a bag of narcotics that had crossed from Syria near Ramtha. A military source said the drone was tracked after it took off from an area near Daraa. Last week, the army said it had killed 27 smugglers on the eastern border in one night.""",
  [E("incident", "drone downed", d, Q("Ramtha", "JO", 32.56, 36.01, q="Ar Ramtha"), ["Jordan army", "smugglers"], optional=True)],
  [Q("Irbid", "JO", 32.56, 35.85), Q("Daraa", "SY", 32.62, 36.10, q="Daraa")],
  "Composite. A downed drone (interception) is optional: no scored gold. Daraa: launch origin (~12 km from Ramtha, inside the radius). Eastern-border clash 'last week': undated and unlocated.",
  ["today", "interception", "origin_place", "no_scored_gold", "translation"])

d = "2020-05-10"
N(13, d, f"""Anbar (translated from Arabic) – ISIS remnants kidnapped two shepherds and stole dozens of sheep in the desert south of Rawa, western Anbar, on {WD(d,-1)} night, a source in the Anbar Operations Command said. The source said army aviation was searching the valleys between Rawa and Anah. The families of the shepherds live in Haditha.""",
  [E("incident", "abduction", DAY(d, -1), Q("Rawa", "IQ", 34.48, 41.92, q="Rawah"), ["ISIS", "civilians"])],
  [Q("Haditha", "IQ", 34.14, 42.38, q="Hadithah")],
  "Composite. 'Desert south of Rawa': pinned at Rawa. Anah (~12 km): search area, not listed. Haditha: home town of the victims (~55 km).",
  ["weekday_date", "near_place", "home_town", "translation"])

d = "2023-03-14"
N(14, d, f"""Slemani (translated from Kurdish) – Hundreds of teachers and public employees gathered in front of the Slemani governorate building today to demand their unpaid salaries. Police blocked a road but the protest ended peacefully. In Kalar, a smaller group of teachers held a sit-in. The protesters said they will march to Erbil next week if the cabinet does not respond.""",
  [E("other", "protest", d, SLM, ["teachers"]), E("other", "protest", d, Q("Kalar", "IQ", 34.63, 45.32, q="Kelar"), ["teachers"])],
  [ERB],
  "Peaceful protests are kind other: no scored gold. The march to Erbil is future.",
  ["kurdistan", "today", "protest", "future_event", "no_scored_gold", "translation"])

d = "2021-03-21"
N(15, d, f"""Saada (translated from Arabic) – Saudi artillery shelling targeted the Munabbih border district of Saada governorate yesterday, wounding four African migrants, a source in the local authority said. The source said the wounded were taken to the Jumhuri hospital in Saada city. Saudi Arabia has not commented; the coalition in Riyadh routinely denies targeting civilians.""",
  [E("incident", "shelling", DAY(d, -1), M("Munabbih", 17.00, 43.33, "YE", "approximate, district centre near the Saudi border"), ["Saudi Arabia", "migrants"])],
  [Q("Saada", "YE", 16.94, 43.76, q="Sa'dah"), Q("Riyadh", "SA", 24.69, 46.72)],
  "Composite. 'African migrants': nationality, no pin. Saada: hospital (~45 km, inside the radius). Riyadh: metonym.",
  ["yesterday", "nationality", "hospital_other_city", "metonym", "translation"])

d = "2024-07-30"
N(16, d, f"""Kherson (translated from Ukrainian) – A Russian drone dropped an explosive on a car in the village of Kozatske, Beryslav district, this morning, wounding a 52-year-old man, the regional military administration said. The man was taken to hospital in Kherson. Over the past day, Russian forces shelled 23 settlements of the region, including Beryslav and Antonivka.""",
  [E("incident", "drone attack", d, Q("Kozatske", "UA", 46.79, 33.35), ["Russia", "civilians"])],
  [Q("Kherson", "UA", 46.64, 32.61)],
  "Composite. Kherson: hospital (~60 km). The shelling list (Beryslav ~6 km; Antonivka near Kherson) is a day summary: region-level, not pinned.",
  ["today", "hospital_other_city", "summary_list", "translation"])

d = "2024-03-16"
N(17, d, f"""Belgorod (translated from Russian) – In Novaya Tavolzhanka, Shebekino district, a drone hit a car on {WD(d)} morning; the driver suffered shrapnel wounds, the governor wrote on Telegram. He was taken to the Shebekino central hospital and then transferred to Belgorod. Classes in the district's schools will be held online until the end of the week.""",
  [E("incident", "drone strike", d, Q("Novaya Tavolzhanka", "RU", 50.35, 36.83), ["Ukraine", "civilians"])],
  [Q("Belgorod", "RU", 50.61, 36.58)],
  "Composite. Shebekino: hospital (~8 km, inside the radius, not listed). Belgorod: transfer (~35 km). Online classes: future.",
  ["weekday_date", "hospital_other_city", "future_event", "translation"])

d = "2023-02-20"
N(18, d, f"""Dori (article en français) – Des hommes armés non identifiés ont attaqué {WDF(d,-2)} le détachement militaire de Gorgadji, dans la province du Séno, selon des sources sécuritaires. Le bilan provisoire fait état de huit soldats et de quatre VDP tués. Une partie des assaillants s'est repliée vers la forêt de Sambonaye. Des renforts venus de Dori ont ratissé la zone le lendemain. Les habitants de Gorgadji avaient déjà fui vers Dori l'an dernier.""",
  [E("incident", "armed attack", DAY(d, -2), M("Gorgadji", 14.03, -0.52, "BF", "approximate, commune west of Dori"), ["militants", "Burkina army", "VDP"])],
  [Q("Dori", "BF", 14.03, -0.03), M("Sambonaye forest", 13.90, -0.70, "BF", "approximate, forest south-west of Gorgadji; placement uncertain")],
  "French. Attack on Saturday. Dori: reinforcements' origin and refuge (~53 km). Forest: withdrawal direction. Sweep 'le lendemain': follow-up, not separately scored.",
  ["non_english", "weekday_date", "origin_place", "refuge_place", "translation"])

d = "2021-08-23"
N(19, d, f"""Katsina (translated from Hausa) – Bandits on motorcycles attacked the village of Yankara in Faskari local government area on {WD(d,-1)} night, killing eight people and abducting women, residents said. The Katsina state police command in Katsina confirmed the attack. Residents said some of the attackers came from the Rugu forest, which stretches into Zamfara state.""",
  [E("incident", "bandit attack", DAY(d, -1), Q("Faskari", "NG", 11.72, 7.03), ["bandits", "civilians"])],
  [Q("Katsina", "NG", 12.99, 7.60), M("Rugu forest", 11.90, 7.20, "NG", "approximate, forest east of Faskari; placement uncertain")],
  "Composite. Village in the LGA pinned at the LGA seat Faskari. Rugu forest: attackers' origin (inside the radius of Faskari? ~27 km). Katsina: statement place.",
  ["weekday_date", "lga", "origin_place", "statement_place", "translation"])

d = "2022-08-29"
N(20, d, f"""Galmudug (translated from Somali) – Mortar shells fired by al-Shabaab landed in the Dhusamareb district on {WD(d,-1)} evening, one of them falling near the Galmudug state parliament building, police said. A child was wounded. State officials said the attack was meant to disrupt the inauguration of new ministers, due to be held next week.""",
  [E("incident", "mortar attack", DAY(d, -1), Q("Dhusamareb", "SO", 5.54, 46.39, q="Dhuusamarreeb"), ["al Shabaab", "civilians"])],
  [],
  "Composite. The inauguration is future.",
  ["weekday_date", "future_event", "translation"])

d = "2022-05-23"
N(21, d, f"""Sagaing (translated from Burmese) – Junta troops entered three villages in Budalin township on {WD(d,-2)} and set fire to more than 200 houses, the local People's Defence Force said. Most residents had fled in advance to Monywa and to villages across the Chindwin. Two elderly men who stayed behind were found dead yesterday.""",
  [E("incident", "arson attack", DAY(d, -2), M("Budalin", 22.39, 95.14, "MM", "approximate, township seat north of Monywa"), ["Myanmar military", "civilians"])],
  [Q("Monywa", "MM", 22.11, 95.14)],
  "Composite. Unnamed villages of the township pinned at the seat. Bodies found 'yesterday': consequence of the same raid. Monywa: refuge (~31 km, inside the radius).",
  ["weekday_date", "township", "refuge_place", "translation"])

d = "2023-09-25"
N(22, d, f"""Lower Dir (translated from Urdu) – Unknown terrorists attacked a police checkpoint in Timergara late last night with hand grenades and automatic weapons; one constable was martyred and two were injured, the district police officer said. The injured were shifted to the Lady Reading Hospital in Peshawar. A search operation continued in the nearby hills today.""",
  [E("incident", "armed attack", [DAY(d, -1), d], M("Timergara", 34.83, 71.84, "PK", "approximate, Lower Dir district seat"), ["militants", "KP police"])],
  [Q("Peshawar", "PK", 34.01, 71.58)],
  "Composite. 'Late last night': D-1..D. Peshawar: hospital. The search operation is a follow-up (not scored).",
  ["late_on", "date_range", "hospital_other_city", "translation"])

d = "2024-05-28"
N(23, d, f"""Badakhshan (translated from Dari) – Two people were killed in clashes between residents and Taliban forces who came to destroy poppy fields in the Kishim district of Badakhshan province yesterday, local sources said. The Taliban's provincial spokesman in Faizabad said the security situation is normal. A similar clash took place in the Argo district last week.""",
  [E("incident", "armed clash", DAY(d, -1), M("Kishim", 36.80, 70.12, "AF", "approximate, district centre west of Faizabad"), ["Taliban", "residents"])],
  [Q("Faizabad", "AF", 37.12, 70.58, q="Fayzabad")],
  "Composite. Faizabad: statement place (~55 km). Argo clash 'last week': undated background.",
  ["yesterday", "statement_place", "background_event", "translation"])

d = "2023-04-19"
N(24, d, f"""Cúcuta (nota en español) – Un soldado murió y otros dos resultaron heridos el {WDS(d,-1)} en un ataque con explosivos contra una patrulla del Ejército en zona rural de Hacarí, en la región del Catatumbo (Norte de Santander), informó la Segunda División. Los heridos fueron trasladados en helicóptero a Cúcuta. Las autoridades atribuyeron el ataque al ELN, que niega estar detrás del hecho.""",
  [E("incident", "IED attack", DAY(d, -1), Q("Hacari", "CO", 8.32, -73.15, q="Hacari"), ["ELN", "Colombia army"])],
  [Q("Cucuta", "CO", 7.89, -72.51, q="Cucuta")],
  "Spanish. Attack on Tuesday. Cúcuta: dateline and hospital. Catatumbo: region only.",
  ["non_english", "weekday_date", "hospital_other_city", "denial", "translation"])

d = "2022-06-08"
N(25, d, f"""Pemba (notícia em português) – Insurgentes atacaram na {WDP(d,-2)} a aldeia de Nova Zâmbia, no distrito de Metuge, em Cabo Delgado, decapitando dois homens e incendiando casas, segundo fontes locais. Centenas de pessoas fugiram para a cidade de Pemba. As forças ruandesas, estacionadas em Mocímboa da Praia, não comentaram. O ataque ocorre uma semana depois de incidentes semelhantes no distrito de Ancuabe.""",
  [E("incident", "armed attack", DAY(d, -2), M("Metuge", -12.88, 40.38, "MZ", "approximate, district seat west of Pemba"), ["insurgents", "civilians"])],
  [Q("Pemba", "MZ", -12.97, 40.52), Q("Mocimboa da Praia", "MZ", -11.35, 40.35, q="Mocimboa da Praia")],
  "Portuguese. Village pinned at the district seat Metuge. Pemba: refuge (~20 km, inside the radius). 'Forças ruandesas': nationality; Mocímboa: base. Ancuabe: undated background.",
  ["non_english", "weekday_date", "refuge_place", "nationality", "background_event", "translation"])

d = "2023-08-08"
N(26, d, f"""Debre Birhan (translated from Amharic) – Heavy fighting broke out between Fano militias and government forces in Shewa Robit town on {WD(d,-1)}, and the town's banks and shops remain closed today, residents said. Several civilians were wounded. The federal government declared a state of emergency in the Amhara region last week. Passengers travelling from Addis Ababa were stopped at Debre Birhan.""",
  [E("incident", "armed clashes", DAY(d, -1), M("Shewa Robit", 10.00, 39.90, "ET", "approximate, town in North Shewa"), ["Fano", "ENDF"])],
  [Q("Debre Birhan", "ET", 9.68, 39.53), Q("Addis Ababa", "ET", 9.02, 38.75)],
  "Composite. State of emergency: region-wide, no pin. Debre Birhan: where travellers were stopped (~50 km). Addis Ababa: origin.",
  ["weekday_date", "origin_place", "translation"])

d = "2021-04-30"
N(27, d, f"""Batken (translated from Russian) – Clashes between residents and border guards of Kyrgyzstan and Tajikistan near the Tajik exclave of Vorukh continued today after starting {WD(d,-1)} over a water intake facility, the Kyrgyz border service said. Houses were set on fire in the Kyrgyz village of Ak-Sai. Officials of the two countries met in Isfara in the evening and agreed a ceasefire.""",
  [E("incident", "border clashes", [DAY(d, -1), d], Q("Vorukh", "TJ", 39.85, 70.58), ["Kyrgyzstan", "Tajikistan"]),
   E("incident", "arson", [DAY(d, -1), d], Q("Ak-Sai", "KG", 39.87, 70.52, q="Ak-Say"), ["Tajikistan", "civilians"]),
   E("meeting", "ceasefire talks", d, Q("Isfara", "TJ", 40.13, 70.63), ["Kyrgyzstan", "Tajikistan"])],
  [Q("Batken", "KG", 40.06, 70.82)],
  "Composite. Clashes over two days: range. Ak-Sai ~6 km from Vorukh: a separately named village. Isfara: meeting (~30 km from Vorukh). Batken: dateline/statement place.",
  ["weekday_date", "date_range", "multi_event", "meeting", "translation"])

d = "2024-02-27"
N(28, d, f"""Kordofan (translated from Arabic) – RSF fighters stormed villages on the outskirts of Al-Rahad in North Kordofan at dawn yesterday and looted livestock and shops, killing five people, residents said. Families fled to El Obeid. The army said it repelled the attack. Residents said the same group had attacked the town's market in December.""",
  [E("incident", "armed attack", DAY(d, -1), Q("Al-Rahad", "SD", 12.72, 30.65, q="Ar Rahad"), ["RSF", "civilians"])],
  [Q("El Obeid", "SD", 13.18, 30.22)],
  "Composite. Outskirts villages pinned at Al-Rahad. El Obeid: refuge (~68 km). December attack: month only, undated background.",
  ["yesterday", "refuge_place", "background_event", "translation"])

d = "2024-04-12"
N(29, d, f"""Lubero (translated from Swahili) – Bombs fired by M23 rebels fell on the town of Kirumba on {WD(d,-1)}, killing a child and wounding four people at the market, local civil society said. Thousands of displaced people from Kanyabayonga have taken refuge in Kirumba. Wounded people were evacuated to Butembo.""",
  [E("incident", "shelling", DAY(d, -1), Q("Kirumba", "CD", -1.09, 29.29), ["M23", "civilians"])],
  [Q("Butembo", "CD", 0.14, 29.29)],
  "Composite. Kanyabayonga (~10 km): origin of displaced, not listed. Butembo: hospital (~135 km).",
  ["weekday_date", "hospital_other_city", "origin_place", "translation"])

d = "2025-02-11"
N(30, d, f"""Rangamati (translated from Bengali) – Two people were shot dead and a house was burned in a clash between two armed groups in the hills of Khagrachhari district on {WD(d,-1)} afternoon, police said. The bodies were sent to the Khagrachhari sadar hospital morgue. Army units from Rangamati cantonment have been deployed, and a peace committee meeting is scheduled for {WD(d,2)} in Khagrachhari town.""",
  [E("incident", "armed clash", DAY(d, -1), Q("Khagrachhari", "BD", 23.11, 91.97), ["armed groups"])],
  [Q("Rangamati", "BD", 22.64, 92.19)],
  "Composite. Hills of the district pinned at the district seat. Rangamati: deployment origin. Peace committee meeting: future.",
  ["weekday_date", "district", "origin_place", "future_event", "translation"])
