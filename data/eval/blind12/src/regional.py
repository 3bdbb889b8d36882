from lib import *
R = "regional"
DOCS = []
add = DOCS.append
G = "Regional outlet, presented as a translation unless tagged non_english; composite or invented where marked. "


def N(num, d, text, events, nonev, note, tags):
    add(D(R, num, d, text, events, nonev, G + note, ["regional"] + tags))


SLM = Q("Slemani", "IQ", 35.56, 45.43, q="Sulaymaniyah")
DHK = Q("Duhok", "IQ", 36.87, 42.99, q="Dihok")

# 1 Kesta + Chalke
d = "2022-08-23"
N(1, d, f"""DUHOK — Turkish artillery shelled the outskirts of the villages of Kesta and Chalke in the Kurdistan Region's Duhok province on {WD(d,-1)} afternoon, setting fire to orchards and vineyards, the mayor of Amedi's Kani Masi sub-district told our reporter.

"Nobody was hurt, but the farmers lost an entire season," the mayor said. He said several families had left for Duhok city over the summer because of the bombardment.

The Kurdistan Region's interior ministry has asked both Ankara and the PKK to keep the fighting away from villages.""",
  [E("incident", "shelling", DAY(d, -1), M("Kesta", 37.20, 43.45, "IQ", "approximate, village north of Amedi in Kani Masi sub-district; placement uncertain"), ["Türkiye"]),
   E("incident", "shelling", DAY(d, -1), M("Chalke", 37.22, 43.38, "IQ", "approximate, village north-west of Amedi; placement uncertain"), ["Türkiye"])],
  [DHK, Q("Amedi", "IQ", 37.09, 43.49, q="Al Amadiyah")],
  "Composite, as an English translation of a Kurdish outlet. Monday afternoon. Two villages: two events. Kani Masi: the mayor's sub-district title, a qualifier (prior gold name, not listed). Duhok: refuge (~60 km). Amedi: district qualifier (~13 km).",
  ["kurdistan", "weekday_date", "multi_event", "admin_qualifier", "refuge_place", "translation"])

# 2 Chamchamal
d = "2021-05-11"
N(2, d, f"""SLEMANI — An explosive device planted under a car belonging to an Asayish officer went off in the town of Chamchamal on {WD(d,-1)} night, wounding the officer and his brother, the Slemani Asayish said in a statement on {WD(d)}.

Both men were taken to Slemani's emergency hospital, where the brother was said to be in a serious condition. The statement said investigators had detained a suspect. It was the second such attack in Garmiyan and Chamchamal this spring.""",
  [E("incident", "car bomb", DAY(d, -1), Q("Chamchamal", "IQ", 35.53, 44.83, q="Jamjamal"), ["unknown", "Asayish"])],
  [SLM, M("Slemani Emergency Hospital", 35.56, 45.42, "IQ", "approximate, hospital in Sulaymaniyah city")],
  "Composite, translated from a Kurdish outlet. Monday night, statement Tuesday. Slemani: dateline and statement place (~55 km). The arrest has no place or date.",
  ["kurdistan", "weekday_date", "said_on_weekday", "hospital", "statement_place", "translation"])

# 3 Bahirka
d = "2020-09-30"
N(3, d, f"""ERBIL — Three Katyusha rockets landed in farmland near the town of Bahirka, north of Erbil, late on {WD(d,-1)}, the Kurdistan Region's counter-terrorism directorate said, in what it described as a failed attempt to hit Erbil International Airport.

The directorate said the rockets were fired from a vehicle parked near the boundary with Nineveh province and that there were no casualties. The airport hosts troops of the US-led coalition.""",
  [E("incident", "rocket attack", DAY(d, -1), Q("Bahirka", "IQ", 36.32, 44.04, q="Baharkah"), ["unknown", "coalition"])],
  [Q("Erbil", "IQ", 36.19, 44.01), M("Erbil International Airport", 36.24, 43.96, "IQ", "approximate, airport north-west of Erbil city")],
  "Composite, translated from Kurdish. Tuesday late. Erbil airport: intended target, missed (~10 km, inside the radius). Nineveh: province only.",
  ["kurdistan", "weekday_date", "late_on", "intended_target", "translation"])

# 4 Taza Khurmatu road
d = "2023-02-02"
N(4, d, f"""KIRKUK — A roadside bomb struck an Iraqi army vehicle on the road between Taza Khurmatu and Tuz Khurmatu on {WD(d,-1)}, killing a soldier and wounding two, a security source in Kirkuk told us.

The source said the device had been planted overnight by an Islamic State cell active in the valleys south of the city. The wounded were taken to Kirkuk General Hospital.""",
  [E("incident", "roadside bomb", DAY(d, -1), Q("Taza Khurmatu", "IQ", 35.30, 44.33, q="Tazah Khurmatu"), ["ISIS", "Iraq army"], alts=[M("Tuz Khurmatu", 34.89, 44.63, "IQ", "approximate, town on the Kirkuk-Baghdad road")])],
  [Q("Kirkuk", "IQ", 35.47, 44.39), M("Kirkuk General Hospital", 35.46, 44.39, "IQ", "approximate, hospital in Kirkuk city")],
  "Composite, translated from a Kurdish outlet. Wednesday. A road between two towns: pinned at the first-named (Taza), the second as alternate. Kirkuk: dateline and hospital (~20 km, inside the radius).",
  ["kurdistan", "weekday_date", "road_between", "hospital", "translation"])

# 5 Inkhil
d = "2021-12-15"
N(5, d, f"""DARAA — Unknown gunmen riding a motorcycle shot dead a former opposition commander in the centre of Inkhil, in the northern countryside of Daraa, on {WD(d,-1)} evening, local sources told Enab Baladi.

The man had joined the Russian-brokered settlement in 2018. No group claimed the killing. Daraa has seen dozens of such assassinations since government forces returned to the province.""",
  [E("incident", "assassination", DAY(d, -1), Q("Inkhil", "SY", 33.02, 36.13), ["gunmen", "former rebel commander"])],
  [Q("Daraa", "SY", 32.62, 36.10)],
  "Composite, translated from Arabic. Tuesday evening. Daraa: governorate qualifier and dateline (~45 km, inside the radius).",
  ["weekday_date", "admin_qualifier", "translation"])

# 6 Ain Diwar
d = "2022-11-28"
N(6, d, f"""QAMISHLI — A Turkish drone targeted a car near the village of Ain Diwar, close to the Tigris river north-east of al-Malikiyah, on {WD(d)} morning, killing two members of the Asayish, North Press sources reported.

The strike came on the eighth day of Turkish air and artillery attacks on the region. The Autonomous Administration said in Qamishli that Turkish shelling had also damaged a grain silo in Tal Baydar, north of Hasakah, on {WD(d,-2)}.""",
  [E("incident", "drone strike", d, M("Ain Diwar", 37.29, 42.19, "SY", "approximate, village on the Tigris north-east of Derik"), ["Türkiye", "Asayish"]),
   E("incident", "shelling", DAY(d, -2), M("Tal Baydar", 36.76, 40.79, "SY", "approximate, village on the Hasakah-Derbasiyah road; placement uncertain"), ["Türkiye"])],
  [Q("Qamishli", "SY", 37.05, 41.23, q="Al Qamishli"), M("al-Malikiyah", 37.17, 42.14, "SY", "approximate, town also called Derik")],
  "Composite, translated from Arabic. The strike on Monday morning; the Tal Baydar shelling Saturday. al-Malikiyah: reference town (~14 km). Qamishli: statement place.",
  ["weekday_date", "multi_event", "statement_place", "translation"])

# 7 Kafr Nabl
d = "2019-05-21"
N(7, d, f"""IDLIB — Russian warplanes carried out more than ten raids on the town of Kafr Nabl in southern Idlib on {WD(d,-1)}, killing a woman and her two children and putting the town's surgical hospital out of service, the Syrian Civil Defence said.

Civil Defence teams pulled survivors from the rubble until late at night. Many families have fled toward camps near the Turkish border at Atmeh.""",
  [E("incident", "air strikes", DAY(d, -1), Q("Kafr Nabl", "SY", 35.61, 36.56, q="Kafranbel"), ["Russia", "civilians"])],
  [M("Atmeh", 36.20, 36.68, "SY", "approximate, camp area on the Turkish border")],
  "Composite, translated from Arabic. Monday. Atmeh: refuge.",
  ["weekday_date", "refuge_place", "translation", "facility"])

# 8 Arnoun
d = "2024-01-09"
N(8, d, f"""NABATIEH (NNA) — An Israeli drone fired a missile at a house on the edge of the town of Arnoun, below the Beaufort castle, at dawn on {WD(d)}, destroying it, the National News Agency's correspondent reported.

The family had left the house weeks ago. Civil Defence teams from Nabatieh put out the fire. Israeli artillery also shelled the outskirts of Kfar Tebnit during the morning, the correspondent said.""",
  [E("incident", "drone strike", d, M("Arnoun", 33.32, 35.52, "LB", "approximate, village south of Nabatieh below Beaufort castle"), ["Israel"]),
   E("incident", "shelling", d, M("Kfar Tebnit", 33.35, 35.51, "LB", "approximate, village south of Nabatieh"), ["Israel"])],
  [Q("Nabatieh", "LB", 33.38, 35.48, q="Nabatiye et Tahta")],
  "Composite, translated from Arabic (NNA style). Both on Tuesday morning. Nabatieh: dateline and origin of the fire crews (~7 km).",
  ["weekday_date", "multi_event", "dawn", "translation"])

# 9 Labweh
d = "2024-10-22"
N(9, d, f"""BAALBEK (NNA) — Israeli warplanes launched two raids on the town of Labweh in the northern Bekaa overnight, killing four people from one family, the health ministry's emergency operations centre said.

The wounded were taken to hospitals in Hermel and Baalbek. The raids coincided with strikes on the Baalbek countryside, the agency said, without giving locations.""",
  [E("incident", "air strikes", [DAY(d, -1), d], M("Labweh", 34.19, 36.35, "LB", "approximate, town north-east of Baalbek"), ["Israel", "civilians"])],
  [Q("Hermel", "LB", 34.39, 36.39, q="El Hermel"), Q("Baalbek", "LB", 34.01, 36.21)],
  "Composite, translated from Arabic. Overnight → D-1..D. Hospitals: Hermel (~22 km) and Baalbek (~24 km), both inside the radius. 'Baalbek countryside': region only.",
  ["overnight", "hospital", "region_only", "translation"])

# 10 Azzun
d = "2023-03-21"
N(10, d, f"""QALQILYA (WAFA) — A 17-year-old boy was killed by Israeli occupation forces' bullets during a raid on the town of Azzun, east of Qalqilya, on {WD(d,-1)} night, medical sources said.

The boy was hit in the chest and was taken to Darwish Nazzal hospital in Qalqilya, where he was pronounced dead. Forces also arrested three young men from the town.""",
  [E("incident", "shooting during raid", DAY(d, -1), Q("Azzun", "PS", 32.18, 35.06), ["Israel army", "civilians"])],
  [M("Qalqilya", 32.19, 34.97, "PS", "approximate, city west of Azzun")],
  "Composite, translated from Arabic. Monday night. The arrests belong to the same raid (one pin). Qalqilya: hospital (~9 km).",
  ["weekday_date", "hospital", "translation"])

# 11 Al-Zahra
d = "2023-10-20"
N(11, d, f"""GAZA (WAFA) — Occupation aircraft bombed residential towers in the town of Al-Zahra, south of Gaza City, on {WD(d)}, levelling at least 20 buildings, the WAFA correspondent said.

Residents said the army had warned them by phone to leave an hour earlier. Thousands of people from the town had already moved south toward Rafah and Khan Younis.""",
  [E("incident", "air strikes", d, M("Al-Zahra", 31.47, 34.42, "PS", "approximate, town south of Gaza City near Wadi Gaza"), ["Israel"])],
  [Q("Gaza City", "PS", 31.50, 34.47), Q("Rafah", "PS", 31.30, 34.25), Q("Khan Younis", "PS", 31.34, 34.31)],
  "Composite, translated from Arabic. Friday. Gaza City: reference (~5 km). Rafah, Khan Younis: refuges.",
  ["weekday_date", "refuge_place", "translation"])

# 12 Al-Mansuriyah
d = "2024-03-12"
N(12, d, f"""SANAA (Saba) — American-British aggression warplanes launched three raids on Al-Mansuriyah district of Hodeidah governorate on {WD(d,-1)}, a security source said.

The source said the raids targeted a farming area and caused material damage. The Yemeni Armed Forces said they would respond to the escalation.""",
  [E("incident", "air strikes", DAY(d, -1), Q("Al-Mansuriyah", "YE", 14.69, 43.30, q="Al Mansuriyah"), ["United States", "United Kingdom"])],
  [Q("Sanaa", "YE", 15.35, 44.21)],
  "Composite, translated from Arabic (Houthi-run Saba). Monday. District pinned at its seat. Hodeidah: governorate qualifier (~55 km, not listed). Threatened response: future.",
  ["weekday_date", "admin_qualifier", "future_event", "translation"])

# 13 Maqbanah
d = "2020-11-03"
N(13, d, f"""TAIZ (September Net) — A child was killed and his sister wounded by a Houthi sniper in the Maqbanah district, west of Taiz, on {WD(d,-1)}, a local official said.

The official said the children were collecting firewood near their home. The Houthi militia has shelled villages in western Taiz for weeks, he said.""",
  [E("incident", "sniper fire", DAY(d, -1), Q("Maqbanah", "YE", 13.66, 43.69), ["Houthis", "civilians"])],
  [Q("Taiz", "YE", 13.58, 44.02)],
  "Composite, translated from Arabic (government outlet). Monday. Taiz: reference (~37 km).",
  ["weekday_date", "passive", "translation"])

# 14 Sardasht
d = "2022-04-18"
N(14, d, f"""Hengaw — Two kolbars (border porters) from Piranshahr were shot by Iranian border guards near the border heights of Sardasht on {WD(d,-1)}, Hengaw reported. One of them, a 24-year-old, died of his wounds in Urmia's Imam Khomeini Hospital on {WD(d)}.

Hengaw said the guards opened fire without warning. At least 15 kolbars have been killed or wounded in the border areas of Kurdistan since the start of the Iranian year.""",
  [E("incident", "shooting", DAY(d, -1), Q("Sardasht", "IR", 36.16, 45.48), ["Iran border guards", "kolbars"])],
  [Q("Piranshahr", "IR", 36.70, 45.14), Q("Urmia", "IR", 37.55, 45.08)],
  "Composite, translated from Kurdish/Persian (Hengaw style). Shot on Sunday; the death in hospital on Monday follows from the same shooting (one pin). Piranshahr: home town. Urmia: hospital. Sardasht homonyms elsewhere in Iran rejected by position.",
  ["weekday_date", "passive", "home_town", "hospital", "homonym", "translation"])

# 15 Lice
d = "2019-06-25"
N(15, d, f"""DİYARBAKIR (Mezopotamya Agency) — A curfew was declared in 14 villages of the Lice district on {WD(d,-1)} as soldiers launched an operation against the PKK. Two guerrillas and one soldier were killed in a clash in the rural area of Lice the same day, the governor's office in Diyarbakır said.

Villagers said the shelling set fire to forests above the district. Access to the area is closed to journalists.""",
  [E("incident", "armed clash", DAY(d, -1), Q("Lice", "TR", 38.46, 40.64), ["Türkiye", "PKK"])],
  [Q("Diyarbakır", "TR", 37.91, 40.22, q="Diyarbakir")],
  "Composite, translated from Turkish. Monday: curfew and clash in Lice (one pin). Diyarbakır: statement place (~70 km).",
  ["weekday_date", "passive", "statement_place", "translation"])

# 16 Shevchenkove
d = "2024-11-19"
N(16, d, f"""KHARKIV (Suspilne) — Russian forces struck the town of Shevchenkove in Kharkiv region with guided aerial bombs on {WD(d,-1)}, damaging a school and wounding a 63-year-old man, the head of the regional military administration Oleh Syniehubov said.

The man was taken to hospital in Kharkiv. The Kupiansk district, to the east, was shelled more than 20 times during the day, Syniehubov said.""",
  [E("incident", "glide bomb strike", DAY(d, -1), Q("Shevchenkove", "UA", 49.70, 37.18), ["Russia", "civilians"])],
  [Q("Kharkiv", "UA", 49.99, 36.23), Q("Kupiansk", "UA", 49.71, 37.62)],
  "Composite, translated from Ukrainian. Monday. Kharkiv: dateline, hospital and statement place. Kupiansk district: area-wide shelling without a pin (seat listed as non-event, ~32 km, inside the radius). Homonym Shevchenkove villages elsewhere rejected by position.",
  ["weekday_date", "hospital", "region_only", "homonym", "translation"])

# 17 Kozinka
d = "2023-05-23"
N(17, d, f"""BELGOROD — The border village of Kozinka in the Graivoron district came under heavy fire from Ukrainian forces on {WD(d,-1)}, governor Vyacheslav Gladkov said on his Telegram channel, and a counter-terrorist operation regime was introduced across the region.

Residents were evacuated to temporary accommodation centres in Belgorod. Gladkov said several houses in Kozinka were burning and one civilian had been wounded.""",
  [E("incident", "shelling and incursion", DAY(d, -1), Q("Kozinka", "RU", 50.46, 35.60), ["Ukraine", "Russia"])],
  [Q("Belgorod", "RU", 50.60, 36.59), Q("Grayvoron", "RU", 50.48, 35.68)],
  "Composite, translated from Russian. Monday. Graivoron: district qualifier (~6 km). Belgorod: dateline and refuge.",
  ["weekday_date", "admin_qualifier", "refuge_place", "translation"])

# 18 Tanwalbougou (French)
d = "2021-09-07"
N(18, d, f"""FADA N'GOURMA — Des individus armés non identifiés ont attaqué le poste de gendarmerie de Tanwalbougou, dans la province du Gourma, dans la nuit du {WDF(d,-2)} au {WDF(d,-1)}, a-t-on appris de sources sécuritaires.

Le bilan fait état de trois gendarmes tués et de deux blessés, évacués vers Fada N'Gourma. Les assaillants ont également incendié deux véhicules avant de se replier vers la forêt de Pama.""",
  [E("incident", "armed attack", [DAY(d, -2), DAY(d, -1)], M("Tanwalbougou", 12.10, 0.75, "BF", "approximate, village east of Fada N'Gourma on the Kantchari road"), ["gunmen", "Burkina gendarmerie"])],
  [Q("Fada N'Gourma", "BF", 12.06, 0.36, q="Fada N'gourma"), M("Pama forest", 11.40, 0.85, "BF", "approximate, forest reserve north of Pama; direction")],
  "Composite, in French. The night of Saturday to Sunday → that night's range. Fada N'Gourma: hospital/evacuation (~43 km). Pama forest: direction of withdrawal.",
  ["non_english", "night_of", "hospital", "direction_place"])

# 19 Kagara (Hausa)
d = "2021-02-17"
N(19, d, f"""MINNA — Gunmen in military uniform stormed the Government Science College in Kagara, in Niger State's Rafi local government area, in the early hours of {WD(d)}, killing a student and abducting dozens of students and staff, the state government said.

Governor Abubakar Sani Bello, speaking in Minna, said security forces were pursuing the kidnappers into the forests bordering Zamfara. Parents gathered at the school gate through the morning.""",
  [E("incident", "mass kidnapping", d, Q("Kagara", "NG", 10.19, 6.26), ["gunmen", "students"])],
  [Q("Minna", "NG", 9.61, 6.55)],
  "Composite, translated from Hausa. Early hours of Wednesday, the publication day. LGA named as qualifier; Kagara is the seat. Minna: statement place. Zamfara: state only.",
  ["weekday_date", "statement_place", "region_only", "translation"])

# 20 Awdheegle (Somali)
d = "2022-09-02"
N(20, d, f"""MUQDISHO — Heavy fighting broke out between the Somali National Army and al-Shabaab fighters on the outskirts of Awdheegle district in Lower Shabelle on {WD(d,-1)}, residents said.

A local elder said at least seven fighters were killed and that residents of nearby farms fled toward Afgooye. The army commander in Lower Shabelle said his troops had held their positions.""",
  [E("incident", "armed clashes", DAY(d, -1), M("Awdheegle", 1.99, 44.83, "SO", "approximate, district town on the Shabelle river south-west of Afgooye; placement uncertain"), ["Somali army", "al-Shabaab"])],
  [Q("Mogadishu", "SO", 2.04, 45.34), Q("Afgooye", "SO", 2.14, 45.12)],
  "Composite, translated from Somali. Thursday. Afgooye: refuge (~35 km, inside the radius). Mogadishu (Muqdisho): dateline.",
  ["weekday_date", "refuge_place", "translation"])

# 21 Weldiya (Amharic)
d = "2024-02-07"
N(21, d, f"""BAHIR DAR — A drone strike hit a minibus near a checkpoint on the outskirts of Weldiya in North Wollo on {WD(d,-2)}, killing nine passengers, relatives of the victims said.

Fighting between the national defence forces and Fano has cut roads between Weldiya and Lalibela for weeks, traders said. The bodies were buried in Weldiya on {WD(d,-1)}.""",
  [E("incident", "drone strike", DAY(d, -2), Q("Weldiya", "ET", 11.83, 39.59), ["Ethiopia army", "civilians"]),
   E("other", "funeral", DAY(d, -1), Q("Weldiya", "ET", 11.83, 39.59), ["relatives"])],
  [Q("Bahir Dar", "ET", 11.59, 37.39), Q("Lalibela", "ET", 12.03, 39.04)],
  "Composite, translated from Amharic. Strike on Monday; burial on Tuesday is kind other at the same place. Lalibela: cut road, no event. Bahir Dar: dateline.",
  ["weekday_date", "funeral", "translation"])

# 22 Tamboul
d = "2024-10-26"
N(22, d, f"""Sudan (Arabic press) — Rapid Support Forces stormed the town of Tamboul, east of the Blue Nile in Gezira state, on {WD(d,-1)}, killing at least 25 people and looting the market, the Gezira Conference group said.

The group said the attack followed the defection of an RSF commander to the army. Families fled toward Rufaa and villages along the Blue Nile.""",
  [E("incident", "armed attack", DAY(d, -1), M("Tamboul", 14.94, 33.40, "SD", "approximate, town in east Gezira on the road to Rufaa; placement uncertain"), ["RSF", "civilians"])],
  [Q("Rufaa", "SD", 14.76, 33.37, q="Rufa'a")],
  "Composite, translated from Arabic. Friday. Rufaa: refuge (~20 km). The defection is an undated cause.",
  ["weekday_date", "refuge_place", "back_reference", "translation"])

# 23 Mayi-Moya (Swahili)
d = "2020-03-03"
N(23, d, f"""BENI — ADF rebels attacked the village of Mayi-Moya on the Beni–Kisangani road on {WD(d,-1)} night, killing five farmers with machetes, local civil society leaders told Radio Moto.

Survivors fled to Oicha and Beni town. Civil society leaders in Beni accused the army of arriving hours after the attackers had left.""",
  [E("incident", "massacre", DAY(d, -1), M("Mayi-Moya", 0.63, 29.40, "CD", "approximate, village on the road north of Oicha; placement uncertain"), ["ADF", "civilians"])],
  [Q("Beni", "CD", 0.49, 29.47), M("Oicha", 0.70, 29.52, "CD", "approximate, town north of Beni")],
  "Composite, translated from Swahili. Monday night. Oicha (~15 km) and Beni (~17 km): refuges inside the radius.",
  ["weekday_date", "refuge_place", "translation"])

# 24 Salingyi (Burmese)
d = "2022-08-16"
N(24, d, f"""MONYWA — A junta air strike on a village in Salingyi township, Sagaing Region, killed three members of a local defence force and a teenage girl on {WD(d,-1)}, residents told Myanmar Now.

The jets flew in from the direction of Monywa and dropped four bombs, one resident said. Residents of several villages nearby fled to the Chindwin river bank.""",
  [E("incident", "air strike", DAY(d, -1), M("Salingyi", 21.97, 95.09, "MM", "approximate, township seat south-west of Monywa"), ["Myanmar military", "PDF"])],
  [Q("Monywa", "MM", 22.11, 95.14)],
  "Composite, translated from Burmese. Monday. Unnamed village pinned at the township seat. Monywa: the jets' direction (~16 km).",
  ["weekday_date", "township_seat", "direction_place", "translation"])

# 25 Surab (Urdu)
d = "2024-08-27"
N(25, d, f"""QUETTA — Armed men set up a roadblock on the national highway in Surab, Kalat division, on the night of {WD(d,-2)}, checking the identity cards of passengers and setting fire to several vehicles, Levies officials said.

The attackers also exchanged fire with Levies personnel for more than two hours, officials said. The highway between Quetta and Karachi was closed on {WD(d,-1)}. In Mangochar, gunmen attacked a police post the same night.""",
  [E("incident", "armed attack", [DAY(d, -2), DAY(d, -1)], Q("Surab", "PK", 28.49, 66.26), ["BLA", "Levies"]),
   E("incident", "armed attack", [DAY(d, -2), DAY(d, -1)], M("Mangochar", 29.23, 66.55, "PK", "approximate, town on the highway north of Kalat"), ["gunmen", "Pakistan police"])],
  [Q("Quetta", "PK", 30.19, 67.01), Q("Karachi", "PK", 24.86, 67.01)],
  "Composite, translated from Urdu. The night of Sunday → Sunday–Monday. Mangochar is a separate attack the same night. Quetta–Karachi: road closure, not an event.",
  ["weekday_date", "night_of", "multi_event", "translation"])

# 26 Aybak (Dari)
d = "2022-11-30"
N(26, d, f"""KABUL (Tolo) — An explosion at a religious school in the city of Aybak, capital of Samangan province, killed at least ten students on {WD(d)}, a spokesman for the provincial police said.

The blast hit the school's hall shortly after midday prayers. The wounded were taken to the provincial hospital in Aybak and some were later moved to Mazar-e-Sharif.""",
  [E("incident", "bombing", d, Q("Aybak", "AF", 36.27, 68.02, q="Aibak"), ["unknown", "students"])],
  [Q("Kabul", "AF", 34.53, 69.17), Q("Mazar-e-Sharif", "AF", 36.71, 67.11, q="Mazar-e Sharif")],
  "Translated from Dari. Wednesday. Mazar-e-Sharif: secondary hospital (~95 km).",
  ["weekday_date", "hospital", "translation"])

# 27 El Charco (Spanish)
d = "2023-12-04"
N(27, d, f"""PASTO — Un enfrentamiento entre la Infantería de Marina y disidencias de las FARC dejó dos militares muertos en zona rural de El Charco, en la costa pacífica de Nariño, el pasado {WDS(d,-2)}, informó la Armada.

Los heridos fueron trasladados en helicóptero a Tumaco. La Gobernación de Nariño pidió en Pasto reforzar la presencia militar en los ríos Tapaje y Sequihonda.""",
  [E("incident", "armed clash", DAY(d, -2), Q("El Charco", "CO", 2.48, -78.11), ["Colombia navy", "FARC dissidents"])],
  [Q("Pasto", "CO", 1.21, -77.28), Q("Tumaco", "CO", 1.79, -78.79)],
  "Composite, in Spanish. 'el pasado sábado' = Saturday. Tumaco: hospital (~105 km). Pasto: dateline and statement place.",
  ["non_english", "weekday_date", "hospital", "statement_place"])

# 28 Meluco (Portuguese)
d = "2022-06-10"
N(28, d, f"""PEMBA — Insurgentes atacaram na {WDP(d,-1)} a aldeia de Meluco-sede, no interior de Cabo Delgado, decapitando dois homens e incendiando cerca de 30 casas, disseram residentes à imprensa local.

Centenas de famílias fugiram para Montepuez e para a vila de Ancuabe. As autoridades distritais, a partir de Pemba, disseram que as Forças de Defesa e Segurança repuseram a ordem.""",
  [E("incident", "armed attack", DAY(d, -1), M("Meluco", -12.54, 39.65, "MZ", "approximate, district seat in western Cabo Delgado"), ["insurgents", "civilians"])],
  [Q("Pemba", "MZ", -12.97, 40.52), Q("Montepuez", "MZ", -13.13, 39.00), M("Ancuabe", -12.97, 39.85, "MZ", "approximate, district seat west of Pemba")],
  "Composite, in Portuguese. 'na quinta-feira' = Thursday. Montepuez and Ancuabe: refuges. Pemba: statement place.",
  ["non_english", "weekday_date", "refuge_place", "statement_place"])

# 29 Vardenis (Armenian)
d = "2022-09-14"
N(29, d, f"""YEREVAN (Azatutyun) — Azerbaijani forces shelled positions and the outskirts of the town of Vardenis in Gegharkunik province on the night of {WD(d,-2)} to {WD(d,-1)}, the Armenian defence ministry said, as fighting spread along the border.

Residents of Vardenis spent the night in basements, the town's mayor said. Attacks were also reported along the border in Syunik province, the ministry said.""",
  [E("incident", "shelling", [DAY(d, -2), DAY(d, -1)], Q("Vardenis", "AM", 40.18, 45.73), ["Azerbaijan", "Armenia"])],
  [Q("Yerevan", "AM", 40.18, 44.51)],
  "Composite, translated from Armenian. The night of Monday to Tuesday. Syunik: province only. The Vardenis village homonym in Aragatsotn rejected by position.",
  ["weekday_date", "night_of", "multi_event", "homonym", "translation"])

# 30 Thanchi + Alikadam (Bengali)
d = "2024-04-05"
N(30, d, f"""BANDARBAN — Armed members of the Kuki-Chin National Front looted two bank branches in Thanchi upazila in broad daylight on {WD(d,-2)}, after a similar raid in Ruma earlier in the week, police said. On {WD(d,-1)} night, the group exchanged fire with police near a police camp in Alikadam.

The district administration in Bandarban banned movement of tourists in the hill district.""",
  [E("incident", "armed robbery", DAY(d, -2), M("Thanchi", 21.76, 92.48, "BD", "approximate, upazila seat on the Sangu river"), ["KNF", "civilians"]),
   E("incident", "armed clash", DAY(d, -1), M("Alikadam", 21.65, 92.31, "BD", "approximate, upazila seat south-west of Thanchi"), ["KNF", "Bangladesh police"]),
],
  [Q("Bandarban", "BD", 22.20, 92.22, q="Bandarban"), M("Ruma", 21.99, 92.40, "BD", "approximate, upazila seat north of Thanchi")],
  "Composite, translated from Bengali. Thanchi on Wednesday; Alikadam Thursday night. Ruma 'earlier in the week': background without a day, non-event. Bandarban: district seat and statement place.",
  ["weekday_date", "multi_event", "background_event", "statement_place", "translation"])
