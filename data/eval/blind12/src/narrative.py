from lib import *
R = "narrative"
DOCS = []
add = DOCS.append
T = "Humanitarian monitor's narrative of one strike, written for blind12; composite, with invented victims, figures and often places. Undated earlier strikes are not gold; dated separate ones are optional. "


def N(num, d, text, events, nonev, note, tags):
    add(D(R, num, d, text, events, nonev, T + note, ["narrative"] + tags))


# ---------------- Middle East (15) ----------------
d = "2024-10-14"
N(1, d, f"""At about 11:00 on {WD(d,-2)}, an Israeli air strike flattened a three-storey building on the main road of Kfar Dounine, in the Bint Jbeil district. Seven people were killed, among them Hassan Fares, 67, his wife Samira, 60, and their granddaughter Rima, who was nine. The family had fled their home in Aitaroun, on the border, a year ago, and had rented the ground floor since then. Their house in Aitaroun was destroyed by an earlier strike, relatives said. Three wounded neighbours were taken by Islamic Health Committee ambulances to the Jabal Amel hospital in Tyre. Our researcher visited the site the following morning and found school books and a sewing machine in the rubble.""",
  [E("incident", "air strike", DAY(d, -2), M("Kfar Dounine", 33.19, 35.39, "LB", "approximate, village west of Tebnine"), ["Israel", "civilians"])],
  [M("Aitaroun", 33.12, 35.47, "LB", "approximate, border village east of Bint Jbeil"), Q("Tyre", "LB", 33.27, 35.20)],
  "Aitaroun: home town and place fled from; its earlier strike is undated. Tyre: hospital (~22 km).",
  ["victims_named", "hospital_other_city", "home_town", "back_reference", "weekday_date"])

d = "2024-08-06"
N(2, d, f"""Abbas Younes, a 23-year-old nursing student, was killed yesterday afternoon when a drone fired a missile at the motorcycle he was riding on the eastern side of Zefta, north-west of Nabatieh. A boy selling vegetables at the roadside was wounded by shrapnel and taken to the Ghandour hospital in Nabatieh. Younes' uncle told us he had been on his way to a shift at the same hospital. The Israeli military said it had struck a Hezbollah member in the area; his family and the village council denied that he belonged to any armed group. The village had been hit in March, when a strike damaged the school. His funeral was held in Zefta today.""",
  [E("incident", "drone strike", DAY(d, -1), M("Zefta", 33.42, 35.43, "LB", "approximate, village north-west of Nabatieh"), ["Israel", "civilians"]),
   E("other", "funeral", d, M("Zefta", 33.42, 35.43, "LB", "approximate, village north-west of Nabatieh"), ["mourners"])],
  [Q("Nabatieh", "LB", 33.38, 35.48, q="Nabatiye et Tahta")],
  "'Yesterday' → D-1. Funeral today: kind other, same village. Nabatieh: hospital (~6 km, inside the radius). March strike: month only, undated.",
  ["victims_named", "hospital_other_city", "yesterday", "denial", "funeral", "back_reference"])

d = "2024-10-21"
N(3, d, f"""Late on the night of {WD(d,-1)}, an air strike hit a house in Khraibeh, east of Baalbek, where two families displaced from Haret Hreik in Beirut's southern suburbs had been staying for three weeks. Our team confirmed nine deaths, including Maryam Dirani, 34, and her three sons. The house's owner, a farmer named Ali Shamas, was in his fields and survived. Civil Defence teams worked until dawn; the wounded were driven to the government hospital in Baalbek. The families' apartment block in Haret Hreik had been struck last week. The Israeli military did not comment on this strike.""",
  [E("incident", "air strike", DAY(d, -1), M("Khraibeh", 33.96, 36.16, "LB", "approximate, village near Baalbek; placement uncertain"), ["Israel", "civilians"])],
  [M("Haret Hreik", 33.85, 35.51, "LB", "approximate, neighbourhood in Beirut's southern suburbs"), Q("Baalbek", "LB", 34.01, 36.21)],
  "'Late on the night of Sunday' → Sunday. Haret Hreik: place fled from; its strike 'last week' is undated. Baalbek: hospital (~7 km, inside the radius).",
  ["victims_named", "hospital_other_city", "refuge_place", "back_reference", "weekday_date"])

d = "2024-05-13"
N(4, d, f"""Before dawn on {WD(d,-2)}, a missile struck a classroom used as a shelter at a school in al-Saftawi, in northern Gaza, killing eleven people. Among them were Ibrahim Abu Nada, 58, and four of his grandchildren, the youngest a two-year-old girl, Sama. The family are refugees whose parents came from the village of Hiribya, near present-day Ashkelon, in 1948. Survivors carried the wounded on a donkey cart to the Kamal Adwan hospital, which had no fuel for its generators. The family had already lost a son when their home in Jabalia camp was hit in December. Our field worker spoke with two survivors and a teacher who ran the shelter.""",
  [E("incident", "air strike", DAY(d, -2), M("al-Saftawi", 31.54, 34.49, "PS", "approximate, area north of Gaza City near Jabalia"), ["Israel", "displaced civilians"])],
  [M("Hiribya", 31.62, 34.55, "IL", "approximate, depopulated village north of Gaza near Zikim"),
   M("Kamal Adwan hospital", 31.55, 34.50, "PS", "approximate, hospital in Beit Lahia"),
   M("Jabalia camp", 31.53, 34.49, "PS", "approximate, refugee camp north of Gaza City")],
  "Hiribya: ancestral home town. Kamal Adwan hospital (~1.5 km). Jabalia camp: December strike, month only, undated.",
  ["victims_named", "home_town", "hospital_other_city", "back_reference", "weekday_date"])

d = "2024-03-27"
N(5, d, f"""During a military raid on Zawata, west of Nablus, in the early hours of {WD(d,-1)}, soldiers shot dead Yazan Odeh, 16, who was standing on the roof of his family's house. His father said the boy had gone up to watch the jeeps in the street. An ambulance of the Palestinian Red Crescent was held at the village entrance for twenty minutes before it was allowed to take him to Rafidia hospital in Nablus, where he was declared dead. The army said soldiers had fired at a suspect throwing an explosive device. Our researcher found no sign of an explosion on the roof. Two of his cousins were arrested during a raid on the village last year.""",
  [E("incident", "shooting during raid", DAY(d, -1), M("Zawata", 32.24, 35.21, "PS", "approximate, village west of Nablus"), ["Israel army", "Palestinians"])],
  [Q("Nablus", "PS", 32.22, 35.26)],
  "Nablus: hospital (~5 km, inside the radius). Earlier raid 'last year': undated.",
  ["victims_named", "hospital_other_city", "back_reference", "denial", "weekday_date"])

d = "2024-01-22"
N(6, d, f"""In the late afternoon of {WD(d,-3)}, a group of settlers and a man in army uniform opened fire on a pickup truck on a farm road on the eastern side of Tuqu', south-east of Bethlehem. The driver, Omar Salah, 19, a dual Palestinian–American citizen who had moved back from Chicago with his parents two years ago, was shot in the head. He died in the Beit Jala government hospital later that night. His cousin, who was in the passenger seat, said the shots came from the direction of a new outpost on the hill. The US State Department said in Washington it had asked Israel for an investigation. The family's land had been attacked by settlers in 2022.""",
  [E("incident", "settler shooting", DAY(d, -3), M("Tuqu'", 31.64, 35.22, "PS", "approximate, town south-east of Bethlehem"), ["Israeli settlers", "Palestinians"])],
  [Q("Chicago", "US", 41.88, -87.63), Q("Beit Jala", "PS", 31.72, 35.19), Q("Washington", "US", 38.90, -77.04)],
  "Chicago: where the victim had lived (a place qualifying the person). Beit Jala: hospital (~10 km, inside the radius). Washington: statement place. 2022 attack: year only.",
  ["victims_named", "nationality", "hospital_other_city", "statement_place", "back_reference", "weekday_date"])

d = "2019-06-12"
N(7, d, f"""At around 08:30 on {WD(d,-2)}, Russian jets dropped at least four bombs on the centre of Ihsim, in Jabal al-Zawiya, south of Idlib. Our monitors recorded eight civilian deaths, including Khaled al-Sheikh, 40, a baker, and his two daughters. Most of the village's families had arrived from Kafr Zita, in northern Hama, after fleeing the offensive there. The wounded were taken to the surgical hospital in Ariha. A second bombing hit the same street as rescuers arrived, wounding a Civil Defence volunteer. The Russian defence ministry said its aircraft had not flown missions over Idlib that day.""",
  [E("incident", "air strike", DAY(d, -2), M("Ihsim", 35.72, 36.55, "SY", "approximate, village in Jabal al-Zawiya south of Ariha"), ["Russia", "civilians"])],
  [M("Kafr Zita", 35.37, 36.60, "SY", "approximate, town in northern Hama"), Q("Ariha", "SY", 35.81, 36.61)],
  "Double tap: one pin. Kafr Zita: place fled from. Ariha: hospital (~11 km, inside the radius). Denial.",
  ["victims_named", "hospital_other_city", "refuge_place", "denial", "weekday_date"])

d = "2023-09-05"
N(8, d, f"""On the evening of {WD(d,-1)}, mortar shells fired from government-held Mayadin, across the Euphrates, landed on a house in al-Hawayij, killing a mother, Nour al-Hamad, 31, and two of her children. Her husband, a day labourer, was wounded in the leg. Neighbours said the family had moved to the village from Deir ez-Zor city years ago. The husband and a wounded neighbour were taken to hospital in Hasakah, more than three hours away by road, because the local clinic had no surgeon. The shelling came during the clashes between tribal fighters and the SDF in the area. Residents said shells had fallen on the village before, without casualties.""",
  [E("incident", "shelling", DAY(d, -1), M("al-Hawayij", 35.06, 40.30, "SY", "approximate, village on the east bank of the Euphrates opposite Mayadin; placement uncertain"), ["Syrian army", "civilians"])],
  [Q("Mayadin", "SY", 35.02, 40.45, q="Al Mayadin"), Q("Deir ez-Zor", "SY", 35.34, 40.14, q="Deir ez-Zor"), Q("Hasakah", "SY", 36.50, 40.75, q="Al Hasakah")],
  "Mayadin: launch origin (~14 km, inside the radius). Deir ez-Zor: earlier residence. Hasakah: hospital (~165 km). Earlier shelling: undated.",
  ["victims_named", "launch_origin", "hospital_other_city", "origin_place", "back_reference", "weekday_date"])

d = "2022-11-28"
N(9, d, f"""At about 19:00 on {WD(d,-2)}, an explosive device hidden under a parked car blew up outside a mosque in Mzeirib, in western Daraa, as worshippers were leaving the evening prayer. Four men were killed, among them Ahmad al-Masalmeh, 45, a former rebel who had signed a reconciliation agreement in 2018, and a 14-year-old boy, Amer al-Hariri. Nine people were wounded; most were taken to the national hospital in Daraa city. No group claimed the bombing. Local activists said al-Masalmeh had survived an assassination attempt on the same road last spring. Our researchers interviewed two witnesses by telephone.""",
  [E("incident", "bombing", DAY(d, -2), M("Mzeirib", 32.71, 35.99, "SY", "approximate, town west of Daraa"), ["unknown", "civilians"])],
  [Q("Daraa", "SY", 32.62, 36.10, q="Dar'a")],
  "Daraa: hospital (~15 km, inside the radius). 2018: reconciliation, not an event. Earlier attempt 'last spring': undated.",
  ["victims_named", "hospital_other_city", "back_reference", "weekday_date"])

d = "2022-10-03"
N(10, d, f"""Shortly after 09:00 on {WD(d,-3)}, Iranian drones and missiles struck a compound near Qushtapa, south of Erbil, where families of members of an Iranian Kurdish opposition party lived. A teacher, Parisa Moradi, 41, and a retired fighter were killed; eleven people, including four children, were wounded. Most residents were from Bukan and Mahabad in Iran and had lived in the compound for over a decade. The wounded were taken to the emergency hospital in Erbil. Iran's Revolutionary Guards said in Tehran that they had struck 'terrorist bases'. The compound had been attacked before, survivors said, but never with casualties.""",
  [E("incident", "drone and missile strike", DAY(d, -3), M("Qushtapa", 36.00, 44.04, "IQ", "approximate, town south of Erbil; placement uncertain"), ["IRGC", "Kurdish opposition party", "civilians"])],
  [Q("Erbil", "IQ", 36.19, 44.01), Q("Bukan", "IR", 36.52, 46.21), Q("Mahabad", "IR", 36.76, 45.72), Q("Tehran", "IR", 35.69, 51.39)],
  "Composite. Erbil: hospital and reference (~21 km). Bukan, Mahabad: home towns. Tehran: statement place. Earlier attacks: undated.",
  ["victims_named", "hospital_other_city", "home_town", "statement_place", "weekday_date"])

d = "2024-07-15"
N(11, d, f"""In the afternoon of {WD(d,-1)}, a drone struck two men harvesting wheat near Sangaw, south-west of Sulaymaniyah. Karwan Aziz, 37, was killed instantly and his brother Ribwar was badly burned. The brothers' father said they farmed their family's land and had no political affiliation. Ribwar was taken to the burns hospital in Sulaymaniyah. The Kurdistan Region's counter-terrorism service blamed Turkey, which did not comment. The PKK said in a statement that neither man was a member. A strike on a car near the same village killed two people in 2023, residents said.""",
  [E("incident", "drone strike", DAY(d, -1), M("Sangaw", 35.28, 45.17, "IQ", "approximate, district seat south-west of Sulaymaniyah"), ["Türkiye", "civilians"])],
  [Q("Sulaymaniyah", "IQ", 35.56, 45.44, q="As Sulaymaniyah")],
  "Sulaymaniyah: hospital (~40 km). 2023 strike: year only, undated.",
  ["victims_named", "hospital_other_city", "denial", "back_reference", "weekday_date", "kurdistan"])

d = "2023-02-20"
N(12, d, f"""At dawn on {WD(d,-2)}, Saudi border guards fired mortar rounds at a group of migrants resting in a wadi near Haradh, in Hajjah governorate, close to the Saudi border. Our team counted 14 dead, most of them Ethiopian migrants, including Tesfaye Girma, 22, who had left Dessie in northern Ethiopia eight months earlier. Survivors said the group had been pushed back across the border the night before. The wounded were taken by local volunteers to the hospital in Abs, which had little blood for transfusions. The Saudi authorities did not answer our request for comment. Survivors said shelling of the same wadi had killed migrants several times in the past year.""",
  [E("incident", "shelling", DAY(d, -2), Q("Haradh", "YE", 16.43, 43.07, q="Harad"), ["Saudi border guards", "migrants"])],
  [Q("Dessie", "ET", 11.13, 39.63), Q("Abs", "YE", 16.00, 43.20, q="Abs")],
  "Nationality ('Ethiopian migrants') and home town Dessie: non-event. Abs: hospital (~50 km). Earlier shelling 'in the past year': undated.",
  ["victims_named", "nationality", "home_town", "hospital_other_city", "back_reference", "weekday_date"])

d = "2023-11-20"
N(13, d, f"""At around 14:00 on {WD(d,-2)}, a car packed with explosives blew up at a checkpoint of southern forces on the eastern edge of Lawdar, in Abyan. Three fighters and a passing taxi driver, Salem Ba'abbad, 50, were killed. The taxi driver's son told our researcher that his father had been driving a patient to the town clinic. The wounded were taken to hospital in Aden. The bombing came hours after an AQAP drone attack on a military post in Mudiyah the same morning, which killed two soldiers. Southern forces' spokesman in Zinjibar blamed al-Qaeda for both attacks.""",
  [E("incident", "car bombing", DAY(d, -2), Q("Lawdar", "YE", 13.88, 45.87), ["AQAP", "southern forces", "civilians"]),
   E("incident", "drone attack", DAY(d, -2), M("Mudiyah", 13.92, 46.08, "YE", "approximate, district seat east of Lawdar"), ["AQAP", "southern forces"], optional=True)],
  [Q("Aden", "YE", 12.78, 45.04), Q("Zinjibar", "YE", 13.13, 45.38)],
  "The Mudiyah attack 'hours' earlier is a clearly dated separate event: optional. Aden: hospital (~150 km). Zinjibar: statement place.",
  ["victims_named", "hospital_other_city", "statement_place", "background_event", "weekday_date"])

d = "2025-06-18"
N(14, d, f"""Shortly after midnight on {WD(d,-2)}, a missile struck a five-storey residential building in Andimeshk, in Khuzestan, near a military site. Our partner organisation documented nine deaths, including Zahra Karimi, 29, a nurse, and her parents, who had come from Ahvaz to visit her. Rescuers from the Red Crescent pulled two children alive from the basement. The wounded were taken to hospitals in Dezful. Israel's military said it had struck missile infrastructure in western Iran that night. The Iranian Red Crescent gave the toll in a statement from Tehran. Residents said the site next to the building had been hit once before, in a strike that caused no casualties.""",
  [E("incident", "missile strike", DAY(d, -2), Q("Andimeshk", "IR", 32.46, 48.36), ["Israel", "civilians"])],
  [Q("Ahvaz", "IR", 31.32, 48.67), Q("Dezful", "IR", 32.38, 48.40), Q("Tehran", "IR", 35.69, 51.39)],
  "'Shortly after midnight on Monday' → Monday. Ahvaz: visitors' home town. Dezful: hospital (~10 km, inside the radius). 'Western Iran': region. Tehran: statement place. Earlier strike: undated.",
  ["victims_named", "home_town", "hospital_other_city", "statement_place", "weekday_date"])

d = "2023-11-01"
N(15, d, f"""On the morning of {WD(d,-1)}, an anti-tank missile fired from Lebanon hit a packing shed in the orchards of Kfar Blum, in the Hula valley. Two Thai agricultural workers were killed: Somchai Wongsa, 34, and Prasert Boonmee, 41, both from Udon Thani province. A third worker was taken to the Ziv medical centre in Safed with shrapnel wounds. Their employer said they had stayed on the farm after most residents were evacuated in October. Hezbollah claimed an attack on an army position nearby but did not mention the farm. The Thai embassy said it would repatriate the bodies.""",
  [E("incident", "missile attack", DAY(d, -1), M("Kfar Blum", 33.17, 35.61, "IL", "approximate, kibbutz in the Hula valley"), ["Hezbollah", "civilians"])],
  [Q("Udon Thani", "TH", 17.41, 102.79), Q("Safed", "IL", 32.96, 35.50)],
  "Nationality ('Thai') and home province Udon Thani: non-event. Safed: hospital (~25 km). Evacuation in October: not an attack. The claimed attack on an unnamed army position has no place.",
  ["victims_named", "nationality", "home_town", "hospital_other_city", "weekday_date"])

# ---------------- Worldwide (15) ----------------
d = "2024-08-12"
N(16, d, f"""At 07:40 on {WD(d,-3)}, a Russian drone struck a minibus carrying workers to a bakery on the outskirts of Hlukhiv, in the north of Sumy region. The driver, Vasyl Kravchenko, 58, and a passenger, Olena Moroz, 44, were killed; six others were wounded. Two of the wounded were taken to the district hospital and then to Shostka. Moroz had moved to Hlukhiv from a border village near Seredyna-Buda after her house was shelled last autumn. The regional administration in Sumy said the drone had been launched from Russia's Kursk region. A memorial service will be held on {WD(d,6)}.""",
  [E("incident", "drone strike", DAY(d, -3), Q("Hlukhiv", "UA", 51.68, 33.91), ["Russia", "civilians"])],
  [Q("Shostka", "UA", 51.87, 33.48), Q("Seredyna-Buda", "UA", 52.19, 34.04), Q("Sumy", "UA", 50.91, 34.80), Q("Kursk", "RU", 51.73, 36.19)],
  "Shostka: transfer hospital (~35 km). Seredyna-Buda: earlier home (shelling 'last autumn': undated). Sumy: statement place. Kursk region: launch origin, pinned at Kursk. Memorial on Sunday: future, no gold.",
  ["victims_named", "hospital_other_city", "origin_place", "statement_place", "launch_origin", "future_event", "weekday_date"])

d = "2023-10-30"
N(17, d, f"""Late on {WD(d,-2)}, a missile hit a grain warehouse at the port of Pivdenne, east of Odesa, where a night shift was loading a ship. A forklift driver, Andriy Lysenko, 39, was killed and four workers were wounded, one of them a Filipino seaman from the ship's crew. The wounded were taken to hospitals in Odesa. Lysenko's widow said he had taken the job after the family fled Kherson in 2022. The Southern Defence Forces said the missile was launched from Crimea. The same port's grain terminal was damaged in a strike in the summer.""",
  [E("incident", "missile strike", DAY(d, -2), Q("Pivdenne", "UA", 46.62, 31.10, q="Pivdenne"), ["Russia", "civilians"])],
  [Q("Odesa", "UA", 46.48, 30.73), Q("Kherson", "UA", 46.64, 32.61)],
  "Nationality ('Filipino seaman'): not a place. Odesa: hospital (~32 km). Kherson: place fled from. Crimea: region, launch origin. Summer strike: undated.",
  ["victims_named", "nationality", "hospital_other_city", "refuge_place", "launch_origin", "back_reference", "weekday_date"])

d = "2024-05-27"
N(18, d, f"""Yesterday morning, a Ukrainian drone dropped an explosive on a car at the entrance to Suzemka, in Bryansk region, close to the border. The driver, Nikolai Frolov, 63, a retired railway worker, was killed and his wife Lyudmila was wounded. She was taken to the regional hospital in Bryansk. The regional governor reported the attack on his channel. Neighbours said the couple had refused to leave the town after shelling in the winter damaged their street. The Ukrainian side did not comment on the report.""",
  [E("incident", "drone strike", DAY(d, -1), M("Suzemka", 52.32, 34.08, "RU", "approximate, town near the Ukrainian border south of Bryansk"), ["Ukraine", "civilians"])],
  [Q("Bryansk", "RU", 53.25, 34.37)],
  "'Yesterday morning' → D-1. Bryansk: hospital (~105 km). Winter shelling: undated.",
  ["victims_named", "hospital_other_city", "yesterday", "back_reference"])

d = "2022-09-08"
N(19, d, f"""On {WD(d,-3)}, at around midday, armed men on motorbikes entered the weekly market in Bouroum, in Namentenga province, and opened fire on traders. Our local partners recorded 17 deaths, including Issa Ouédraogo, 52, a cattle trader, and two of his sons. Many of the traders had come from Boulsa and Tougouri for the market. The wounded were taken to the regional hospital in Kaya, about 150 km away, on an army truck. Survivors said the same group had burned the village's granaries two months earlier. Thousands of residents have since fled to Boulsa.""",
  [E("incident", "armed attack", DAY(d, -3), M("Bouroum", 13.58, -0.63, "BF", "approximate, town north of Boulsa; placement uncertain"), ["armed men", "civilians"])],
  [Q("Boulsa", "BF", 12.66, -0.57), M("Tougouri", 13.32, -0.51, "BF", "approximate, town north of Boulsa"), Q("Kaya", "BF", 13.09, -1.08)],
  "Boulsa and Tougouri: traders' home towns; Boulsa also refuge. Kaya: hospital (~75 km straight line). Granaries burned 'two months earlier': undated.",
  ["victims_named", "hospital_other_city", "home_town", "refuge_place", "back_reference", "weekday_date"])

d = "2024-04-02"
N(20, d, f"""In the afternoon of {WD(d,-2)}, a drone strike hit a wedding gathering near the gold-mining site of Intahaka, in the Gao region. Our sources recorded at least nine civilian deaths, among them the groom's brother, Moussa Ag Alhassane, 25, and three women preparing food. Some of the guests were miners from Niger and Burkina Faso. The injured were carried to the hospital in Gao on motorbikes and in a lorry. The army said in a statement in Bamako that it had targeted a meeting of 'terrorists'. Residents said a drone had struck the mining site itself in February.""",
  [E("incident", "drone strike", DAY(d, -2), M("Intahaka", 16.53, -0.55, "ML", "approximate, gold-mining site north-west of Gao; placement uncertain"), ["Mali army", "civilians"])],
  [Q("Gao", "ML", 16.27, -0.04), Q("Bamako", "ML", 12.65, -8.00)],
  "Miners 'from Niger and Burkina Faso': countries only, not places. Gao: hospital (~60 km). Bamako: statement place. February strike: month only, undated.",
  ["victims_named", "nationality", "hospital_other_city", "statement_place", "denial", "back_reference", "weekday_date"])

d = "2025-03-24"
N(21, d, f"""During the Friday prayer on {WD(d,-3)}, gunmen surrounded the mosque in Chinagodrar, in the Tillabéri region, and opened fire on worshippers before setting the market on fire. Our partners recorded 36 deaths, including the imam's son, Abdoulaye Garba, 30. The wounded were taken to the health centre in Ouallam and the most serious to Niamey. Several families from the village had fled to Ouallam after a raid last year. The government declared three days of mourning and blamed the Islamic State Sahel Province. Residents said no soldiers were in the village at the time.""",
  [E("incident", "armed attack", DAY(d, -3), M("Chinagodrar", 14.62, 1.05, "NE", "approximate, village north-west of Ouallam near the Mali border; placement uncertain"), ["IS Sahel", "civilians"])],
  [Q("Ouallam", "NE", 14.32, 2.09), Q("Niamey", "NE", 13.51, 2.11)],
  "Loosely based on the March 2025 attack in Tillabéri. Ouallam: health centre and refuge (~117 km). Niamey: second hospital. Earlier raid 'last year': undated.",
  ["victims_named", "hospital_other_city", "refuge_place", "back_reference", "weekday_date"])

d = "2024-07-03"
N(22, d, f"""At about 10:00 on {WD(d,-2)}, artillery shells hit the central market of Sinja, in Sennar state, as traders were setting up. Our monitors recorded 12 deaths, including a tea seller, Fatima Adam, 45, who had fled from Wad Madani in December. The wounded were taken to the hospital in Sennar, which was already full of patients from the fighting in the area. Witnesses said the shells came from the east, where the Rapid Support Forces were advancing. The RSF denied shelling civilian areas. A drone had struck the same market a month earlier, traders said.""",
  [E("incident", "shelling", DAY(d, -2), Q("Sinja", "SD", 13.15, 33.93, q="Sinja"), ["RSF", "civilians"])],
  [Q("Wad Madani", "SD", 14.40, 33.52, q="Wad Medani"), Q("Sennar", "SD", 13.55, 33.63)],
  "Wad Madani: place fled from (December: month only). Sennar: hospital (~55 km). Earlier drone strike 'a month earlier': undated.",
  ["victims_named", "hospital_other_city", "refuge_place", "denial", "back_reference", "weekday_date"])

d = "2023-06-19"
N(23, d, f"""Shortly before noon on {WD(d,-1)}, a car bomb exploded at a checkpoint at the southern entrance of Mataban, in Hiiraan region, killing five soldiers and two bus passengers. One of the passengers, Halima Abdi, 33, was travelling to buy medicine for her mother. The wounded were flown to Beledweyne and then to Mogadishu. Al-Shabaab claimed the bombing in a statement. The town had been taken from the group in the army offensive last year. Our researcher spoke to Abdi's brother by phone from Mogadishu.""",
  [E("incident", "car bombing", DAY(d, -1), M("Mataban", 5.20, 45.53, "SO", "approximate, town north-east of Beledweyne"), ["al-Shabaab", "Somali army", "civilians"])],
  [Q("Beledweyne", "SO", 4.74, 45.20, q="Beledweyne"), Q("Mogadishu", "SO", 2.04, 45.34)],
  "Beledweyne: first hospital (~63 km). Mogadishu: transfer and where the brother spoke from. Capture 'last year': undated.",
  ["victims_named", "hospital_other_city", "claim", "back_reference", "weekday_date"])

d = "2024-02-26"
N(24, d, f"""On the night of {WD(d,-3)}, ADF fighters attacked Kalunguta, in Beni territory, killing 14 villagers with machetes and guns. Among the dead were a catechist, Jean-Paul Kambale, 61, and his wife. The wounded were taken to the hospital in Butembo. Many residents had come from Mangina after attacks there last year. The army said it had sent troops from Beni. The victims were buried on {WD(d,-1)} in Kalunguta.""",
  [E("incident", "armed attack", DAY(d, -3), M("Kalunguta", 0.42, 29.38, "CD", "approximate, village between Beni and Butembo"), ["ADF", "civilians"]),
   E("other", "funeral", DAY(d, -1), M("Kalunguta", 0.42, 29.38, "CD", "approximate, village between Beni and Butembo"), ["mourners"])],
  [Q("Butembo", "CD", 0.14, 29.29), Q("Mangina", "CD", 0.53, 29.37, q="Mangina"), Q("Beni", "CD", 0.49, 29.47)],
  "'On the night of Friday' → Friday. Burial on Sunday: kind other. Butembo: hospital (~33 km). Mangina: place fled from. Beni: reinforcement origin (~13 km, inside the radius).",
  ["victims_named", "hospital_other_city", "refuge_place", "funeral", "origin_place", "weekday_date"])

d = "2022-09-12"
N(25, d, f"""Before dawn on {WD(d,-4)}, insurgents attacked Ocua, in the Chiúre district of Cabo Delgado, burning a church, a health post and dozens of houses. Six people were killed, among them an Italian nun, Sister Maria, 83, who had worked at the mission for decades. Several residents were beheaded, witnesses said. The wounded were taken to Pemba, and thousands of residents fled south into Nampula province. Our partners in Pemba confirmed the toll with the district administration. Villages near Ocua had been attacked earlier in the month.""",
  [E("incident", "armed attack", DAY(d, -4), M("Ocua", -13.47, 39.85, "MZ", "approximate, administrative post in southern Chiúre district; placement uncertain"), ["insurgents", "civilians"])],
  [Q("Pemba", "MZ", -12.97, 40.52), Q("Nampula", "MZ", -15.12, 39.27)],
  "Loosely based on the September 2022 attack on the Chipene mission. Nationality ('Italian nun'): not a place. Pemba: hospital and statement place (~90 km). Nampula: province of refuge, pinned at its capital. Earlier attacks 'earlier in the month': undated.",
  ["victims_named", "nationality", "hospital_other_city", "refuge_place", "weekday_date"])

d = "2023-04-18"
N(26, d, f"""Around 10:00 on {WD(d,-4)}, a military jet dropped two bombs on a village on the northern edge of Ye-U, in Sagaing region, as people gathered for the opening of a local administration office of the resistance. Our documentation team confirmed 21 deaths, including a schoolteacher, Daw Khin Myint, 47, and four students. The wounded were taken by motorbike to a clinic run by volunteers, because the hospital in Shwebo is under military control. A helicopter fired on the site about twenty minutes later. The junta's spokesman in Naypyitaw said the strike hit 'terrorists'. The village had been burned by troops in 2021.""",
  [E("incident", "air strike", DAY(d, -4), Q("Ye-U", "MM", 22.76, 95.43), ["Myanmar military", "civilians"])],
  [Q("Shwebo", "MM", 22.57, 95.70), Q("Naypyitaw", "MM", 19.75, 96.13, q="Nay Pyi Taw")],
  "Unnamed village at the edge of Ye-U: pinned at Ye-U. Helicopter follow-up: same pin. Shwebo: hospital not used (~35 km). Naypyitaw: statement place. 2021 burning: year only.",
  ["victims_named", "hospital_other_city", "statement_place", "back_reference", "weekday_date"])

d = "2024-10-14"
N(27, d, f"""Late on {WD(d,-3)}, gunmen armed with rockets and grenades attacked the coal miners' camp at Duki, in Balochistan, killing 21 miners as they slept. The dead included Habib Khan, 36, from Shangla in Khyber Pakhtunkhwa, and four Afghan miners from Kandahar. Seven wounded were taken to the hospital in Loralai. Duki's mine owners said the workers had no security guards. No group immediately claimed the attack. Miners from Shangla had been kidnapped from the same field last year.""",
  [E("incident", "armed attack", DAY(d, -3), Q("Duki", "PK", 30.15, 68.57), ["gunmen", "miners"])],
  [M("Shangla", 34.88, 72.62, "PK", "approximate, district seat (Alpuri) in Khyber Pakhtunkhwa"), Q("Kandahar", "AF", 31.61, 65.71), Q("Loralai", "PK", 30.37, 68.60)],
  "Loosely based on the October 2024 attack. Shangla and Kandahar: victims' home towns ('Afghan' also a nationality). Loralai: hospital (~25 km, inside the radius). Kidnapping 'last year': undated.",
  ["victims_named", "nationality", "home_town", "hospital_other_city", "back_reference", "weekday_date"])

d = "2021-11-22"
N(28, d, f"""On the morning of {WD(d,-2)}, a roadside bomb hit a minibus on the road outside Zurmat, in Paktia province, killing seven passengers, most of them members of one family returning from a wedding in Gardez. Among the dead was Gul Bibi, 50, and her two grandsons. The wounded were taken to the provincial hospital in Gardez. Taliban officials blamed the Islamic State group, which did not claim the blast. The road had been mined before, drivers said.""",
  [E("incident", "roadside bomb", DAY(d, -2), M("Zurmat", 33.44, 69.03, "AF", "approximate, district seat south of Gardez"), ["unknown", "civilians"])],
  [Q("Gardez", "AF", 33.60, 69.22)],
  "Road outside Zurmat pinned at Zurmat. Gardez: where the wedding was (undated) and hospital (~25 km, inside the radius).",
  ["victims_named", "hospital_other_city", "origin_place", "weekday_date"])

d = "2024-05-20"
N(29, d, f"""At around 18:00 on {WD(d,-2)}, an explosive-laden drone fell on the roof of a house in a rural area of Caloto, in northern Cauca, where a family was having dinner. A grandmother, Rosa Elena Ul, 70, was killed and her grandson, 12, lost a hand. The boy was taken to the hospital in Santander de Quilichao and then to Popayán. The governor's office in Popayán blamed a FARC dissident faction. The family are members of a Nasa indigenous reserve. Their village had been caught in crossfire several times this year.""",
  [E("incident", "drone attack", DAY(d, -2), Q("Caloto", "CO", 3.03, -76.41), ["FARC dissidents", "civilians"])],
  [Q("Santander de Quilichao", "CO", 3.01, -76.48), Q("Popayán", "CO", 2.44, -76.61, q="Popayan")],
  "Rural Caloto pinned at the municipal seat. Santander de Quilichao: first hospital (~8 km, inside the radius). Popayán: transfer and statement place. Earlier crossfire: undated.",
  ["victims_named", "hospital_other_city", "statement_place", "back_reference", "weekday_date"])

d = "2024-10-07"
N(30, d, f"""Before dawn on {WD(d,-3)}, members of an armed gang entered a neighbourhood of Verrettes, in the Artibonite valley, and shot residents in their homes. Our partners counted 19 deaths, including a pastor, Jean-Robert Louis, 55, and his two daughters. Many survivors fled on foot toward Saint-Marc, where the wounded were treated at the Saint-Nicolas hospital. A police unit arrived from Port-au-Prince only in the afternoon. The gang had attacked rice farmers near the town in the summer, residents said.""",
  [E("incident", "gang attack", DAY(d, -3), Q("Verrettes", "HT", 19.05, -72.47), ["gang", "civilians"])],
  [Q("Saint-Marc", "HT", 19.11, -72.69), Q("Port-au-Prince", "HT", 18.54, -72.34)],
  "Saint-Marc: refuge and hospital (~24 km). Port-au-Prince: reinforcement origin. Summer attack: undated.",
  ["victims_named", "hospital_other_city", "refuge_place", "origin_place", "back_reference", "weekday_date"])
