from lib import *
R = "narrative"
DOCS = []
add = DOCS.append
N = "Narrative of one strike: victims' names are invented; hospitals, home towns, refuges and statement places are not events; dated earlier/other strikes optional, undated ones not gold."

# 1 ---------------------------------------------------------------- Lviv, residential block
d = "2023-07-08"
LVI = P("Lviv", "UA")
add(D(R, 1, d, f"""The missile struck the top floors of a four-storey building on Stepana Bandery Street in Lviv shortly before 3 a.m. on {WD(d,-2)}. Oksana Hrytsiv, 61, who had moved to the city from Bakhmut last year, was asleep on the third floor; rescuers pulled her out alive after six hours. Ten of her neighbours were killed. "We came here because it was supposed to be safe," her son Taras said at the city's emergency hospital. The Kalibr cruise missile was one of several fired from the Black Sea, the air force said. Mayor Andriy Sadovyi called it the largest attack on civilian infrastructure in Lviv since the full-scale invasion. President Volodymyr Zelensky, speaking in Kyiv, promised "a tangible response". The building, dating from the 1930s, was under UNESCO's buffer zone of the old town.""",
  [E("incident", "missile strike", DAY(d,-2), LVI, ["Russia", "civilians"])],
  [P("Bakhmut", "UA"), P("Kyiv", "UA")],
  N + " Bakhmut: victim's home town; Kyiv: statement place; the Black Sea: launch area.",
  ["narrative", "victims_named", "origin_place", "statement_place", "launch_origin", "weekday_date"]))

# 2 ---------------------------------------------------------------- Vinnytsia, Officers' House
d = "2022-07-15"
VIN = P("Vinnytsia", "UA")
add(D(R, 2, d, f"""The cruise missiles hit the centre of Vinnytsia at 10:52 on {WD(d,-1)} morning, striking a parking lot next to the Officers' House, a concert hall, and an office building across the square. Among the 23 dead was four-year-old Liza, who had been walking to a speech therapist with her mother Iryna; Iryna was taken to hospital with severe leg injuries and later transferred to Kyiv. Liza's grandparents live in Khmelnytskyi. The strike came as officials from 40 countries met in The Hague to discuss war crimes. Russia's defence ministry said in Moscow that it had targeted a meeting of Ukrainian air force commanders.""",
  [E("incident", "missile strike", DAY(d,-1), VIN, ["Russia", "civilians"])],
  [P("Khmelnytskyi", "UA"), P("The Hague", "NL"), P("Moscow", "RU"), P("Kyiv", "UA")],
  N,
  ["narrative", "victims_named", "hospital_other_city", "statement_place", "weekday_date"]))

# 3 ---------------------------------------------------------------- Nuseirat school
d = "2024-06-07"
NUS = P("Nuseirat", "PS", "Nuseirat")
add(D(R, 3, d, f"""The classrooms of the UNRWA school in Nuseirat camp had been turned into bedrooms for some 6,000 displaced people when Israeli aircraft struck the second and third floors before dawn on {WD(d,-1)}. Ahmad Abu Shaar, 38, who fled from Beit Hanoun with his wife and three children in October, said the blast threw him into the courtyard. His brother Yousef was among at least 33 people killed, according to the Gaza health ministry. The wounded were carried to al-Aqsa Martyrs Hospital in Deir al-Balah, where doctors said they ran out of beds within an hour. The Israeli military said in a statement that it had targeted Hamas militants operating from three classrooms. UNRWA chief Philippe Lazzarini, speaking in Geneva, called the strike "horrific". The school had been hit once before, in an earlier raid whose date residents could not recall.""",
  [E("incident", "airstrike", DAY(d,-1), NUS, ["Israel", "civilians"])],
  [P("Beit Hanoun", "PS", "Bayt Hānūn"), M("Deir al-Balah", 31.42, 34.35, "PS", "approximate, town centre"), P("Geneva", "CH")],
  N + " Beit Hanoun: origin of the displaced; Deir al-Balah hospital (~5 km, inside the radius); Geneva statement; undated earlier raid not gold.",
  ["narrative", "victims_named", "origin_place", "hospital_other_city", "statement_place", "background_event", "camp", "weekday_date"]))

# 4 ---------------------------------------------------------------- Ain el-Delb, Sidon
d = "2024-09-30"
SID = P("Sidon", "LB")
add(D(R, 4, d, f"""The strike flattened a six-storey building in Ain el-Delb, on the eastern edge of Sidon, on {WD(d,-1)} afternoon, while dozens of families displaced from the border villages were sheltering inside. Mariam Hammoud, a teacher from Bint Jbeil, had arrived only two days earlier; she and her two daughters were pulled from the rubble. At least 32 people were killed, the Lebanese health ministry said. The injured were taken to Hammoud Hospital in Sidon and to hospitals in Beirut. The Israeli army did not issue a warning before the strike, residents said. On the same day, Israeli jets also struck the West Bekaa town of Mashghara, a rescuer said, a report that could not be independently confirmed.""",
  [E("incident", "airstrike", DAY(d,-1), M("Ain el-Delb", 33.55, 35.40, "LB", "approximate, village on the eastern edge of Sidon"), ["Israel", "civilians"], alts=[SID]),
   E("incident", "airstrike", DAY(d,-1), M("Mashghara", 33.53, 35.65, "LB", "approximate, West Bekaa town"), ["Israel"], optional=True)],
  [P("Bint Jbeil", "LB"), P("Beirut", "LB")],
  N + " Ain el-Delb manual, Sidon alternate. Same-day unconfirmed strike on Mashghara: optional.",
  ["narrative", "victims_named", "origin_place", "hospital_other_city", "weekday_date"]))

# 5 ---------------------------------------------------------------- Damascus, Kafr Sousa
d = "2023-02-20"
DAM = P("Damascus", "SY")
add(D(R, 5, d, f"""The missiles hit a residential building in the Kafr Sousa district of Damascus at about 12:30 a.m. on {WD(d,-1)}, near a compound used by Syrian and Iranian security agencies. Fifteen people were killed, among them a soldier and several civilians, Syrian state media said. Khaled al-Masri, a shopkeeper from Daraa who rents a flat across the street, said the windows of his home blew in. The wounded were taken to al-Mouwasat hospital. Syria's foreign ministry said the strike was launched from the occupied Golan Heights. It was the first Israeli strike on the capital since an attack on the Damascus airport in early January, whose exact date officials did not give.""",
  [E("incident", "missile strike", DAY(d,-1), DAM, ["Israel", "civilians"])],
  [P("Daraa", "SY"), M("Golan Heights (Quneitra area)", 33.13, 35.82, "SY", "approximate, launch area")],
  N + " Kafr Sousa is a district of Damascus: pin Damascus. Daraa home town; Golan launch area; undated January airport strike not gold.",
  ["narrative", "victims_named", "origin_place", "launch_origin", "background_event", "weekday_date"]))

# 6 ---------------------------------------------------------------- Wad Madani shelling
d = "2025-01-05"
WAD = P("Wad Madani", "SD", "Wad Medani")
add(D(R, 6, d, f"""Shells fired by the Rapid Support Forces landed on the crowded livestock market on the southern edge of Wad Madani on {WD(d,-1)} morning, residents said. Fatima Adam, who sells vegetables at the market and fled to the city from Khartoum in 2023, lost her husband and a nephew. At least 14 people were killed, the Emergency Lawyers group said in a statement from Port Sudan. The wounded were driven to hospitals in Sennar because the city's main hospital had been looted. The RSF, which has held Wad Madani since December 2023, blamed the army. A week earlier, on 28 December, an army drone strike on the city's eastern district had killed five people, residents said.""",
  [E("incident", "shelling", DAY(d,-1), WAD, ["Rapid Support Forces", "civilians"]),
   E("incident", "drone strike", "2024-12-28", WAD, ["Sudanese Armed Forces", "civilians"], optional=True)],
  [P("Khartoum", "SD"), P("Port Sudan", "SD"), P("Sennar", "SD")],
  N + " Dated earlier strike on the same city: optional (same pin). Khartoum origin; Port Sudan statement; Sennar hospitals.",
  ["narrative", "victims_named", "origin_place", "hospital_other_city", "statement_place", "background_event", "weekday_date"]))

# 7 ---------------------------------------------------------------- Mindat, Chin State
d = "2024-02-15"
MIN = M("Mindat", 21.37, 93.97, "MM", "approximate, Mindat town, Chin State")
add(D(R, 7, d, f"""Two junta jets dropped bombs on a church compound in Mindat, in southern Chin State, on {WD(d,-2)} evening, killing nine people, among them three children attending a choir rehearsal, the Chinland Joint Defence Committee said. Pastor Salai Thang, who grew up in Hakha, said the first bomb struck the hall as the children were leaving. The injured were carried on motorcycles to a clinic in Kanpetlet because the road to Magway was cut. Residents said the jets came from the direction of the air base at Nyaung-U, near Bagan. The junta did not comment. Tens of thousands of Chin refugees live across the border in Mizoram, India.""",
  [E("incident", "airstrike", DAY(d,-2), MIN, ["Myanmar military", "civilians"])],
  [P("Hakha", "MM"), M("Kanpetlet", 21.19, 94.06, "MM", "approximate, town south of Mindat"), P("Magway", "MM"), M("Nyaung-U", 21.19, 94.92, "MM", "approximate, airport town near Bagan")],
  N + " Hakha: pastor's home town; Kanpetlet clinic (~25 km); Magway road; Nyaung-U launch origin; Mizoram a state (not pinned).",
  ["narrative", "victims_named", "origin_place", "hospital_other_city", "launch_origin", "weekday_date"]))

# 8 ---------------------------------------------------------------- Solhan, Burkina Faso
d = "2021-06-07"
SEB = P("Sebba", "BF")
add(D(R, 8, d, f"""The gunmen arrived in Solhan, a gold-mining village in Yagha province, at around 2 a.m. on the night of {WD(d,-3)} to {WD(d,-2)}, and went first to the post of the volunteer defence force before turning on the houses and the market. Issa Dicko, a miner originally from Dori, hid in a shaft with four others until dawn. At least 132 people were killed, the government said in Ouagadougou, declaring three days of mourning. The wounded were taken to the health centre in Sebba, about 15 km away, and the most serious cases to Dori. Hours earlier, gunmen had killed 14 people in the village of Tadaryat, a security source said. Survivors have since fled to Sebba and Dori.""",
  [E("incident", "attack on civilians", [DAY(d,-3), DAY(d,-2)], M("Solhan", 13.42, 0.43, "BF", "approximate, mining village north-west of Sebba"), ["jihadists", "VDP", "civilians"], alts=[SEB]),
   E("incident", "attack on civilians", [DAY(d,-3), DAY(d,-2)], M("Tadaryat", 13.60, 0.30, "BF", "approximate, village in Yagha province"), ["jihadists", "civilians"], optional=True)],
  [P("Dori", "BF"), P("Ouagadougou", "BF")],
  N + " Night range (Friday–Saturday). Solhan manual with Sebba (~15 km, hospital and refuge) as alternate. Tadaryat the same night: optional (manual). Dori home town/hospital.",
  ["narrative", "victims_named", "night_range", "origin_place", "hospital_other_city", "statement_place", "weekday_date"]))

# 9 ---------------------------------------------------------------- Ogossagou, Mali
d = "2019-03-26"
BNK = P("Bankass", "ML")
add(D(R, 9, d, f"""Men dressed as Dozo hunters surrounded Ogossagou, a Fulani village in the Bankass circle of central Mali, at dawn on {WD(d,-3)}, and set fire to the huts. Amadou Barry, 54, said he survived by lying under the bodies of his neighbours. At least 157 people were killed, the government said. The injured were evacuated to the hospital in Mopti. Prime Minister Soumeylou Boubèye Maïga visited the village the next day and dissolved the Dan Na Ambassagou militia, which denied responsibility. A U.N. Security Council delegation had been in Bamako that weekend.""",
  [E("incident", "attack on civilians", DAY(d,-3), M("Ogossagou", 14.25, -3.35, "ML", "approximate, village east of Bankass"), ["Dan Na Ambassagou", "civilians"], alts=[BNK]),
   E("other", "site visit", DAY(d,-2), M("Ogossagou", 14.25, -3.35, "ML", "approximate, village east of Bankass"), ["Soumeylou Boubèye Maïga"])],
  [P("Mopti", "ML"), P("Bamako", "ML")],
  N + " Ogossagou manual, circle seat alternate. The PM's visit is a site visit (other). The UN delegation in Bamako is an undated background visit (not gold).",
  ["narrative", "victims_named", "hospital_other_city", "site_visit", "background_event", "weekday_date"]))

# 10 ---------------------------------------------------------------- Tudun Biri, Kaduna
d = "2023-12-05"
IGA = P("Igabi", "NG")
add(D(R, 10, d, f"""The villagers of Tudun Biri, in the Igabi local government area of Kaduna State, were gathered for a Maulud celebration late on {WD(d,-2)} when an army drone fired two missiles into the crowd. Hajara Ibrahim, 30, lost her husband and two sons. At least 85 people were killed, the National Emergency Management Agency said. The injured were taken to Barau Dikko Teaching Hospital in Kaduna city. The army said in Abuja that the drone had been on a routine mission against terrorists and bandits and had "inadvertently" struck the villagers. President Bola Tinubu, on a visit to Dubai for the climate summit, ordered an investigation.""",
  [E("incident", "drone strike", DAY(d,-2), M("Tudun Biri", 10.55, 7.63, "NG", "approximate, village in Igabi LGA"), ["Nigerian Army", "civilians"], alts=[IGA])],
  [P("Kaduna", "NG"), P("Abuja", "NG"), P("Dubai", "AE")],
  N + " Village manual, LGA headquarters Igabi alternate. Kaduna hospital (~20 km), Abuja statement, Dubai trip place (not a meeting in the text).",
  ["narrative", "victims_named", "hospital_other_city", "statement_place", "district", "weekday_date"]))

# 11 ---------------------------------------------------------------- Mugunga camp, Goma
d = "2024-05-04"
GOM = P("Goma", "CD")
add(D(R, 11, d, f"""Two bombs exploded in the Mugunga displacement camp on the western outskirts of Goma on {WD(d,-1)} morning, killing at least 35 people, most of them children. Esperance Kahindo, who fled from Sake in February, was fetching water when the first shell hit. Her daughter Grâce, 7, died on the way to Ndosho hospital. Congo's government, in a statement from Kinshasa, blamed M23 rebels and the Rwandan army; the M23 denied it. The United States said the shelling came from positions held by Rwanda's army. The camp shelters tens of thousands of people who fled fighting around Rutshuru and Masisi.""",
  [E("incident", "shelling", DAY(d,-1), M("Mugunga camp", -1.63, 29.15, "CD", "approximate, camp on the western outskirts of Goma"), ["M23", "Rwanda Defence Force", "civilians"], alts=[GOM])],
  [P("Sake", "CD"), P("Kinshasa", "CD"), P("Rutshuru", "CD")],
  N + " Camp manual, Goma alternate. Sake (~15 km, inside the radius) and Rutshuru are origins; Kinshasa statement. Masisi a territory (not pinned).",
  ["narrative", "victims_named", "origin_place", "camp", "statement_place", "weekday_date"]))

# 12 ---------------------------------------------------------------- Mastung
d = "2023-09-30"
MST = P("Mastung", "PK")
add(D(R, 12, d, f"""The suicide bomber blew himself up near the police escort at the head of a procession for the Prophet's birthday in Mastung, south of Quetta, on {WD(d,-1)}. Deputy Superintendent Nawaz Gishkori, who had walked over to stop him, was among at least 59 dead. Wounded worshippers were taken first to the district hospital and then to Quetta. Hours later, a second blast hit a mosque in Hangu, in Khyber Pakhtunkhwa, killing five people. The caretaker interior minister, Sarfraz Bugti, who is from Dera Bugti, said in Quetta that "foreign hands" were behind the attack.""",
  [E("incident", "suicide bombing", DAY(d,-1), MST, ["unknown", "civilians"]),
   E("incident", "suicide bombing", DAY(d,-1), P("Hangu", "PK"), ["unknown", "civilians"], optional=True)],
  [P("Quetta", "PK"), M("Dera Bugti", 29.03, 69.15, "PK", "approximate, town in Dera Bugti district")],
  N + " Same-day separate bombing in Hangu: optional. Quetta hospital/statement; Dera Bugti origin of the minister.",
  ["narrative", "victims_named", "hospital_other_city", "origin_place", "statement_place", "weekday_date"]))

# 13 ---------------------------------------------------------------- Pul-e Khumri mosque
d = "2023-10-14"
PUL = P("Pul-e Khumri", "AF")
add(D(R, 13, d, f"""The explosion tore through the Imam Zaman mosque in Pul-e Khumri, the capital of Baghlan province, during Friday prayers on {WD(d,-1)}, the Taliban's provincial police spokesman said. Sayed Jawad, 45, a carpenter whose family came to the city from Bamyan, said the blast blew out the mosque's wooden doors as worshippers knelt. At least seven people were killed and 15 wounded. The injured were taken to the provincial hospital and later to Kabul. Islamic State's Khorasan branch claimed the attack. It came a week after twin earthquakes in Herat province, where aid groups were still searching for survivors.""",
  [E("incident", "suicide bombing", DAY(d,-1), PUL, ["Islamic State Khorasan", "civilians"])],
  [P("Bamyan", "AF", "Bamyan"), P("Kabul", "AF"), P("Herat", "AF")],
  N + " 'Friday prayers' on Friday (the weekday resolved). Bamyan origin; Kabul hospital; Herat earthquakes are a natural disaster (not an incident of the scored types).",
  ["narrative", "victims_named", "origin_place", "hospital_other_city", "admin_qualifier", "weekday_date"]))

# 14 ---------------------------------------------------------------- Toribío, Cauca
d = "2024-03-19"
TOR = P("Toribío", "CO", "Toribio")
add(D(R, 14, d, f"""Dissidents of the former FARC attacked the police station in Toribío, in the northern Cauca mountains, with explosives dropped from drones and gunfire on {WD(d,-2)} night. A police officer, Patrullero Jhon Mina, originally from Buenaventura, died of his wounds on the way to Santander de Quilichao. Two Nasa indigenous guards were wounded. The Dagoberto Ramos column claimed the attack in a statement. The governor of Cauca, speaking in Popayán, asked for more troops. Residents said the same column had attacked Toribío before, but gave no date.""",
  [E("incident", "drone attack", DAY(d,-2), TOR, ["FARC dissidents (Dagoberto Ramos column)", "National Police"])],
  [P("Buenaventura", "CO"), P("Santander de Quilichao", "CO"), P("Popayán", "CO", "Popayan")],
  N + " Officer's home town Buenaventura, hospital in Santander de Quilichao (~30 km), Popayán statement; undated earlier attack not gold.",
  ["narrative", "victims_named", "origin_place", "hospital_other_city", "statement_place", "background_event", "weekday_date"]))

# 15 ---------------------------------------------------------------- Salvatierra posada
d = "2023-12-18"
SAL = P("Salvatierra", "MX")
add(D(R, 15, d, f"""The gunmen burst into the posada, a pre-Christmas party, at a hacienda in Salvatierra, in the Mexican state of Guanajuato, shortly after midnight on {WD(d,-1)}, and opened fire on the young guests. Twelve people were killed. Lupita Ramírez, 19, who had come from Celaya with her cousin, said they hid under a table. The wounded were taken to hospitals in Celaya and Irapuato. Guanajuato's governor, Diego Sinhue Rodríguez, condemned the attack from León. Guanajuato has been the state with the most murders in Mexico for several years.""",
  [E("incident", "mass shooting", DAY(d,-1), SAL, ["unknown gunmen", "civilians"])],
  [P("Celaya", "MX"), P("Irapuato", "MX"), P("León", "MX", "Leon de los Aldama")],
  N + " 'Shortly after midnight on Sunday': Sunday. Celaya (origin and hospital, ~40 km), Irapuato hospital, León statement place.",
  ["narrative", "victims_named", "origin_place", "hospital_other_city", "statement_place", "weekday_date"]))

# 16 ---------------------------------------------------------------- Bat Yam, Iranian missile
d = "2025-06-16"
BAT = P("Bat Yam", "IL")
add(D(R, 16, d, f"""The Iranian ballistic missile hit a residential tower in Bat Yam, south of Tel Aviv, shortly after midnight on {WD(d,-1)}, killing six people, among them two children. Rescuers worked for 24 hours to reach the lower floors. Rina Levi, 72, who immigrated from Kyiv in the 1990s, was rescued from her fourth-floor flat. Magen David Adom said the wounded were taken to Wolfson Medical Center in Holon and to Sheba in Ramat Gan. The missile was part of a barrage launched from western Iran in response to Israeli strikes on Tehran and Natanz. Prime Minister Benjamin Netanyahu visited the site later that day.""",
  [E("incident", "missile strike", DAY(d,-1), BAT, ["Iran", "civilians"]),
   E("other", "site visit", DAY(d,-1), BAT, ["Benjamin Netanyahu"])],
  [P("Kyiv", "UA"), P("Holon", "IL"), P("Ramat Gan", "IL"), P("Tehran", "IR"), P("Natanz", "IR")],
  N + " The Israeli strikes on Tehran and Natanz are an undated back-reference (not gold). Holon (~3 km) and Ramat Gan hospitals. Netanyahu's site visit: other.",
  ["narrative", "victims_named", "origin_place", "hospital_other_city", "back_reference", "site_visit", "weekday_date"]))

# 17 ---------------------------------------------------------------- Evin prison, Tehran
d = "2025-06-24"
TEH = P("Tehran", "IR")
add(D(R, 17, d, f"""Israeli missiles struck Evin prison in northern Tehran at around noon on {WD(d,-1)}, hitting the administrative building, the prison clinic and the visitors' hall, Iran's judiciary said. Seventy-nine people were killed, among them guards, prisoners, relatives waiting to visit and residents of the neighbourhood. Mehdi Karimi, whose brother is held in Ward 4, said he had come from Isfahan for a visit and was thrown to the ground by the blast. Injured prisoners were transferred to other prisons in Tehran province. The strike came hours before a ceasefire announced in Washington took effect. Iran's foreign ministry said in a statement that the attack was a war crime.""",
  [E("incident", "missile strike", DAY(d,-1), M("Evin prison", 35.80, 51.39, "IR", "approximate, northern Tehran"), ["Israel", "civilians"], alts=[TEH])],
  [P("Isfahan", "IR"), P("Washington", "US")],
  N + " Site in Tehran: manual with Tehran as alternate. Isfahan home town; Washington announcement place; future ceasefire not an event.",
  ["narrative", "victims_named", "origin_place", "statement_place", "weekday_date"]))

# 18 ---------------------------------------------------------------- Lido beach, Mogadishu
d = "2024-08-04"
MOG = P("Mogadishu", "SO")
add(D(R, 18, d, f"""The suicide bomber struck at the entrance of the Beach View hotel on Lido beach in Mogadishu at about 10 p.m. on {WD(d,-2)}, as families were out on the sand; gunmen then stormed the building. At least 37 people were killed. Hodan Ali, a student who had returned from Nairobi for the holidays, was eating with three friends; two of them died. The wounded were taken to Erdogan hospital and Madina hospital. Al-Shabaab claimed the attack. Security forces ended the siege after several hours, killing the attackers. The same beach was attacked in June 2023, on the 9th, when nine people were killed at the Pearl Beach hotel.""",
  [E("incident", "suicide bombing", DAY(d,-2), MOG, ["al-Shabaab", "civilians"]),
   E("incident", "armed attack", "2023-06-09", MOG, ["al-Shabaab", "civilians"], optional=True)],
  [P("Nairobi", "KE")],
  N + " Bombing plus siege: one event. The dated 2023 attack on the same beach: optional (same pin). Nairobi origin.",
  ["narrative", "victims_named", "origin_place", "background_event", "weekday_date"]))

# 19 ---------------------------------------------------------------- Dedebit IDP camp, Tigray
d = "2022-01-09"
SHI = P("Shire", "ET", "Inda Silasē")
add(D(R, 19, d, f"""A drone strike hit a camp for displaced people in Dedebit, in north-western Tigray, late on {WD(d,-2)}, killing at least 56 people, aid workers said. Most of those sheltering in the school compound had fled fighting in western Tigray around Humera. Gebremedhin Haile, 40, a farmer from Humera, said he lost his wife and two of their children. The wounded were taken to hospitals in Shire, about 60 km away, where doctors said they were out of medicine. The Ethiopian government, in Addis Ababa, denied targeting civilians. Tigrayan forces said the strike was one of several in the area that week, without giving places.""",
  [E("incident", "drone strike", DAY(d,-2), M("Dedebit", 14.07, 38.78, "ET", "approximate, village north-west Tigray, ~60 km from Shire"), ["Ethiopian National Defense Force", "civilians"])],
  [SHI, M("Humera", 14.30, 36.62, "ET", "approximate, town in western Tigray"), P("Addis Ababa", "ET")],
  N + " Dedebit manual. Shire (Inda Selassie) hospitals; Humera origin; Addis Ababa statement.",
  ["narrative", "victims_named", "origin_place", "hospital_other_city", "camp", "statement_place", "weekday_date"]))

# 20 ---------------------------------------------------------------- Izmail port
d = "2023-08-16"
IZM = P("Izmail", "UA")
add(D(R, 20, d, f"""Russian drones struck grain silos and a warehouse at the Danube port of Izmail in the early hours of {WD(d)}, destroying some 13,000 tonnes of grain bound for Africa, Ukraine's infrastructure minister said. Port worker Serhiy Bondar, 50, from Bolhrad, was at the gate when the first drone hit. Fires burned for hours. Across the river, the Romanian town of Plauru reported debris in a field, and Romania's defence ministry, speaking in Bucharest, said it was investigating. The port had been hit before, on 2 August, when Russian drones damaged a grain elevator. Kyiv said the attacks aimed to cut Ukraine's last export routes after Moscow quit the Black Sea grain deal.""",
  [E("incident", "drone strike", d, IZM, ["Russia"]),
   E("incident", "drone strike", "2023-08-02", IZM, ["Russia"], optional=True),
   E("incident", "debris", d, M("Plauru", 45.33, 28.80, "RO", "approximate, Romanian village across the Danube"), ["Russia"], optional=True)],
  [P("Bolhrad", "UA"), P("Bucharest", "RO"), P("Kyiv", "UA"), P("Moscow", "RU")],
  N + " Dated earlier strike on the port: optional. Debris in Plauru (~3 km across the river): optional. Bolhrad home town; Bucharest, Kyiv, Moscow statement places.",
  ["narrative", "victims_named", "origin_place", "statement_place", "background_event", "debris"]))

# 21 ---------------------------------------------------------------- Kostiantynivka market
d = "2023-09-07"
KOS = P("Kostiantynivka", "UA")
add(D(R, 21, d, f"""The missile came down on the open-air market on Hromova Street in Kostiantynivka at 2 p.m. on {WD(d,-1)}, when the stalls were busiest. Svitlana Kovalenko, 56, who sold vegetables from her garden, was killed along with 16 other people; a boy of nine was among the dead. Her daughter Alina, who lives in Dnipro, said her mother had refused to leave the town despite the front line being 20 km away. The wounded were taken to hospitals in Druzhkivka and Kramatorsk. President Volodymyr Zelensky, who announced the toll from Kyiv, said the strike came as U.S. Secretary of State Antony Blinken was visiting the capital. Russian forces have shelled the town many times since 2022, local officials said.""",
  [E("incident", "missile strike", DAY(d,-1), KOS, ["Russia", "civilians"]),
   E("meeting", "visit", DAY(d,-1), P("Kyiv", "UA"), ["Antony Blinken", "Volodymyr Zelensky"], optional=True)],
  [P("Dnipro", "UA"), P("Druzhkivka", "UA"), P("Kramatorsk", "UA")],
  N + " Dnipro (relative's home), Druzhkivka and Kramatorsk (hospitals). Blinken's visit to Kyiv the same day: a dated side event, optional (so Kyiv is not listed as non-event). Undated earlier shelling not gold.",
  ["narrative", "victims_named", "origin_place", "hospital_other_city", "background_event", "weekday_date"]))

# 22 ---------------------------------------------------------------- Gaza City, al-Tabi'in school
d = "2024-08-11"
GZC = P("Gaza City", "PS", "Gaza")
add(D(R, 22, d, f"""The strike hit the al-Tabi'in school and the adjacent mosque in the Daraj neighbourhood of Gaza City during dawn prayers on {WD(d,-1)}, the Gaza civil defence agency said. Displaced families from Shujaiya and Beit Lahia had been living in the classrooms. Mahmoud Basal, the civil defence spokesman, said more than 90 people were killed; the Israeli military disputed the figure and said it had struck a Hamas command centre. Umm Ahmad, 44, said she found her husband's body in the prayer hall. The wounded were taken to al-Ahli hospital. In Cairo, mediators from Egypt and Qatar said talks on a ceasefire would resume on {WD(d,4)} the 15th, with Doha also proposed as a venue.""",
  [E("incident", "airstrike", DAY(d,-1), GZC, ["Israel", "civilians"])],
  [P("Cairo", "EG"), P("Doha", "QA"), P("Beit Lahia", "PS", "Bayt Lahya")],
  N + " Future talks (Cairo/Doha): not gold. Shujaiya is a Gaza City district (inside the radius); Beit Lahia origin of the displaced. 'Thursday the 15th' is a future date (2024-08-15).",
  ["narrative", "victims_named", "origin_place", "future_event", "statement_place", "weekday_date"]))

# 23 ---------------------------------------------------------------- Saada detention centre
d = "2025-04-29"
SAD = P("Saada", "YE")
add(D(R, 23, d, f"""The U.S. air strike hit a detention centre holding some 115 African migrants in Saada, in northern Yemen, before dawn on {WD(d,-1)}, the Houthi-run interior ministry said. Most of the detainees were Ethiopians who had crossed from the Horn of Africa hoping to reach Saudi Arabia. Abdi Mohammed, 23, from Dire Dawa, said by phone from the city's Jumhuri hospital that he was one of the few survivors in his cell. At least 68 people were killed. The U.S. military said in Tampa it was reviewing the claims. Hours earlier, strikes had also hit Sanaa, killing eight people in the Bani al-Harith district, according to the Houthis.""",
  [E("incident", "airstrike", DAY(d,-1), SAD, ["United States", "migrants"]),
   E("incident", "airstrike", [DAY(d,-2), DAY(d,-1)], P("Sanaa", "YE"), ["United States", "Houthis"], optional=True)],
  [P("Dire Dawa", "ET"), P("Tampa", "US")],
  N + " Sanaa strikes 'hours earlier': optional (D-2..D-1). Dire Dawa origin; Tampa (CENTCOM) statement place. Hospital in the same city.",
  ["narrative", "victims_named", "origin_place", "statement_place", "nationality", "weekday_date"]))

# 24 ---------------------------------------------------------------- Zamzam camp
d = "2025-04-15"
FAS = P("El Fasher", "SD")
add(D(R, 24, d, f"""RSF fighters stormed Zamzam camp, south of El Fasher, on {WD(d,-4)} and fought their way through it over the next two days, burning the market and the clinic run by Relief International, whose nine staff were killed. Halima Abdallah, who had lived in the camp since fleeing Tawila in 2004, walked for two days to reach Tawila again with her grandchildren. The U.N. said more than 400 people were killed and some 400,000 displaced. The RSF said in a statement from Nyala that it had "liberated" the camp. The U.N. Secretary-General, speaking in New York, called for an end to the siege of El Fasher.""",
  [E("incident", "armed attack", [DAY(d,-4), DAY(d,-2)], M("Zamzam camp", 13.49, 25.30, "SD", "approximate, camp ~15 km south of El Fasher"), ["Rapid Support Forces", "civilians"], alts=[FAS])],
  [M("Tawila", 13.50, 24.83, "SD", "approximate, town west of El Fasher"), P("Nyala", "SD"), P("New York City", "US", "New York City")],
  N + " Three days of attack from Friday: range. Camp manual, El Fasher alternate. Tawila refuge/origin, Nyala statement, New York statement; the siege of El Fasher is ongoing background (El Fasher is the alternate).",
  ["narrative", "victims_named", "origin_place", "camp", "statement_place", "date_range", "weekday_date"]))

# 25 ---------------------------------------------------------------- Jaffar Express, Bolan
d = "2025-03-13"
MAC = P("Mach", "PK")
add(D(R, 25, d, f"""The gunmen blew up the track near a tunnel in the Bolan Pass, close to the town of Mach, and opened fire on the Jaffar Express on {WD(d,-2)} afternoon, as it carried some 440 passengers from Quetta to Peshawar. Muhammad Ashraf, a railway employee from Sibi, said the attackers separated soldiers from civilians. The Balochistan Liberation Army claimed the hijacking. Security forces ended the siege on {WD(d,-1)} evening; 26 hostages and 33 attackers were killed, the army said in Rawalpindi. Freed passengers were taken by a relief train to Mach and then to Quetta.""",
  [E("incident", "hijacking", [DAY(d,-2), DAY(d,-1)], OFF("Bolan Pass tunnel near Mach", MAC, 10, BEAR["southeast"]), ["Balochistan Liberation Army", "Pakistan Army", "civilians"], alts=[MAC])],
  [P("Quetta", "PK"), P("Peshawar", "PK"), P("Sibi", "PK"), P("Rawalpindi", "PK")],
  N + " Two days (hijacking to the end of the siege): range. Site 'close to Mach': ~10 km assumed (computed), Mach alternate. Route ends, home town and statement place not events.",
  ["narrative", "victims_named", "origin_place", "statement_place", "offset", "date_range", "weekday_date"]))

# 26 ---------------------------------------------------------------- Komanda church, Ituri
d = "2025-07-28"
BUN = P("Bunia", "CD")
add(D(R, 26, d, f"""ADF rebels attacked a Catholic church in Komanda, in Congo's Ituri province, during an overnight prayer vigil from {WD(d,-2)} into {WD(d,-1)}, killing at least 38 worshippers with machetes and guns. Jean-Pierre Ndjadi, a catechist originally from Mambasa, said the attackers set fire to nearby houses and shops. The wounded were taken to hospitals in Komanda and Bunia, about 75 km away. The Islamic State claimed the attack. Pope Leo XIV, speaking in Rome, condemned the killings.""",
  [E("incident", "attack on civilians", [DAY(d,-2), DAY(d,-1)], M("Komanda", 1.37, 29.77, "CD", "approximate, town south-west of Bunia"), ["ADF", "civilians"], alts=[])],
  [BUN, M("Mambasa", 1.36, 29.05, "CD", "approximate, Mambasa town"), P("Rome", "IT")],
  N + " Overnight range. Komanda manual. Bunia hospital, Mambasa origin, Rome statement.",
  ["narrative", "victims_named", "origin_place", "hospital_other_city", "statement_place", "overnight", "weekday_date"]))

# 27 ---------------------------------------------------------------- Irapuato street party
d = "2025-06-26"
IRA = P("Irapuato", "MX")
add(D(R, 27, d, f"""The gunmen opened fire on a street party in the Barrio Nuevo neighbourhood of Irapuato, in the Mexican state of Guanajuato, late on {WD(d,-2)}, as residents danced and drank to celebrate the feast of Saint John the Baptist. Twelve people were killed, among them a 17-year-old girl. Rosa Hernández, whose son was shot in the leg, said she had moved to Irapuato from Salamanca to escape cartel violence. The wounded were taken to hospitals in Irapuato and León. President Claudia Sheinbaum, speaking at her morning news conference in Mexico City, said the killings would not go unpunished.""",
  [E("incident", "mass shooting", DAY(d,-2), IRA, ["unknown gunmen", "civilians"])],
  [P("Salamanca", "MX"), P("León", "MX", "Leon de los Aldama"), P("Mexico City", "MX")],
  N + " Salamanca origin, León hospital, Mexico City statement.",
  ["narrative", "victims_named", "origin_place", "hospital_other_city", "statement_place", "weekday_date"]))

# 28 ---------------------------------------------------------------- Jolo cathedral
d = "2019-01-28"
JOL = P("Jolo", "PH")
add(D(R, 28, d, f"""The first bomb exploded inside the Cathedral of Our Lady of Mount Carmel in Jolo, on the island of Sulu, during Mass on {WD(d,-1)} morning; a second went off in the car park as soldiers rushed to the scene. Twenty people were killed and more than 100 wounded. Maria Santos, a nurse from Zamboanga visiting her parents, said she was thrown against a pew. The most seriously wounded were airlifted to Zamboanga City. The attack came a week after a referendum on Muslim autonomy in Mindanao. President Rodrigo Duterte, who flew to Jolo the following day, vowed to "crush" Abu Sayyaf.""",
  [E("incident", "bombing", DAY(d,-1), JOL, ["Islamic State", "Abu Sayyaf", "civilians"]),
   E("other", "site visit", d, JOL, ["Rodrigo Duterte"])],
  [P("Zamboanga", "PH")],
  N + " Two blasts minutes apart at one site: one event. Duterte's visit the next day (= record date): other.",
  ["narrative", "victims_named", "origin_place", "hospital_other_city", "site_visit", "multi_site_one_event", "weekday_date"]))

# 29 ---------------------------------------------------------------- Zakho resort
d = "2022-07-21"
ZAK = P("Zakho", "IQ", "Zaxo")
add(D(R, 29, d, f"""Artillery shells hit the Barakh resort near Zakho, in the Kurdistan Region's Duhok province, on {WD(d,-1)} afternoon, killing nine tourists from central and southern Iraq, among them a one-year-old child. Haider Salman, who had come from Baghdad with his family to escape the summer heat, said the shells fell on people picnicking by the stream. The wounded were taken to hospitals in Zakho and Duhok. Iraq blamed Turkey, whose forces have bases in the area, and recalled its charge d'affaires from Ankara; Turkey denied responsibility. Protesters in Baghdad and Najaf gathered outside Turkish visa centres the following day.""",
  [E("incident", "shelling", DAY(d,-1), OFF("Barakh resort near Zakho", ZAK, 12, BEAR["northeast"]), ["Turkey", "civilians"], alts=[ZAK]),
   E("other", "protest", d, P("Baghdad", "IQ"), ["protesters"]),
   E("other", "protest", d, P("Najaf", "IQ"), ["protesters"])],
  [P("Duhok", "IQ"), P("Ankara", "TR")],
  N + " Resort ~12 km north-east of Zakho (computed; 'near Zakho', direction from knowledge), Zakho alternate. Baghdad is also the victims' home city; protests the following day (= record date): other. Duhok hospital/province; Ankara recall.",
  ["narrative", "victims_named", "origin_place", "hospital_other_city", "protest", "offset", "weekday_date"]))

# 30 ---------------------------------------------------------------- Binyamina base
d = "2024-10-14"
BIN = P("Binyamina", "IL", "Binyamina")
add(D(R, 30, d, f"""The drone flew in low from the sea and struck the dining hall of a Golani Brigade training base near Binyamina, south of Haifa, at dinner time on {WD(d,-1)}, killing four soldiers and wounding more than 60. Sergeant Omri Tamari, 19, from Holon, was among the dead, the army said. The wounded were taken to hospitals in Hadera, Haifa and Tel Aviv. Hezbollah said in a statement from Beirut that the attack was a response to Israeli strikes on Beirut on {WD(d,-4)}. Sirens had not sounded, the army said. Earlier that day, rockets fired from Lebanon had been intercepted over Haifa.""",
  [E("incident", "drone attack", DAY(d,-1), BIN, ["Hezbollah", "Israel Defense Forces"]),
   E("incident", "airstrike", DAY(d,-4), P("Beirut", "LB"), ["Israel", "Hezbollah"], optional=True),
   E("incident", "interception", DAY(d,-1), P("Haifa", "IL"), ["Israel", "Hezbollah"], optional=True)],
  [P("Holon", "IL"), P("Hadera", "IL"), P("Tel Aviv", "IL")],
  N + " The Beirut strikes are a dated back-reference (optional); Beirut is also the statement place. The interception over Haifa the same day: optional (Haifa also a hospital city). Holon home town; Hadera and Tel Aviv hospitals.",
  ["narrative", "victims_named", "origin_place", "hospital_other_city", "back_reference", "interception", "weekday_date"]))
