from lib import *
R = "narrative"
DOCS = []
add = DOCS.append

ERB = P("Erbil", "IQ")
DUH = P("Duhok", "IQ")
SLE = P("Sulaymaniyah", "IQ")
BAG = P("Baghdad", "IQ")
KY = P("Khan Younis", "PS", "Khan Yunis")
GAZA = P("Gaza City", "PS", "Gaza")
IDL = P("Idlib", "SY")

# 1 --------------------------------------------------------------- CPT-style, Kurdistan Region
d = "2023-09-14"
SID = M("Sidakan", 36.797, 44.671, "IQ", "approximate, Sidakan sub-district centre")
add(D(R, 1, d, """Incident report: Turkish drone strike on a vehicle near Sidakan

On 9 September 2023, at around 4:30 pm, a Turkish drone struck a pick-up truck on the road between the villages of Sidakan and Rezga, in the Sidakan sub-district of Soran district, Erbil province. Two men were killed instantly: Hemin Qadir, 34, a shepherd, and his cousin Sherzad Qadir, 27, who had been bringing supplies to the family's summer pasture. A third passenger, 16-year-old Aram, was seriously injured and was first taken to the hospital in Soran, then transferred to the Emergency hospital in Erbil.

The family is originally from the village of Bermiza in the Bradost area, which they left in 2019 after repeated shelling. Relatives told our team that none of the three men had any affiliation with the PKK. The Kurdistan Region's counter-terrorism directorate said in a statement from Erbil that the vehicle had carried "PKK members", a claim the family denies.

Our team visited the site on 11 September and interviewed four witnesses, the village mukhtar and the injured boy's mother. The same road was hit by a drone strike on 17 July, when no one was hurt. Residents say shelling of the surrounding mountains happens almost every week.""",
  [E("incident", "drone strike", "2023-09-09", SID, ["Turkey"], alts=[P("Soran", "IQ")]),
   E("incident", "drone strike", "2023-07-17", SID, ["Turkey"], optional=True)],
  [ERB, M("Bermiza, Bradost area", 36.86, 44.45, "IQ", "approximate, Bradost area west of Sidakan")],
  "Main strike pinned at Sidakan (Soran alternate, ~30 km). Soran hospital is within the radius; Erbil (hospital, statement) is far. 17 July strike on the same road: dated background, optional. Bermiza is the family's origin.",
  ["hospital_other_city", "origin_place", "background_event", "admin_qualifier", "statement_place"]))

# 2 --------------------------------------------------------------- Gaza, Nuseirat
d = "2024-05-02"
NUS = P("Nuseirat camp", "PS", "An Nusayrat")
add(D(R, 2, d, """Documentation: Strike on the Abu Salah family home, Nuseirat camp

At approximately 1:10 am on 26 April 2024, an Israeli airstrike hit a three-storey residential building belonging to the Abu Salah family in Block 2 of Nuseirat refugee camp, in the central Gaza Strip. Nineteen people were inside, most of them relatives who had fled from the Shuja'iyya neighbourhood of Gaza City in November. Eleven were killed, including six children; the youngest, Lina, was eight months old.

The wounded were carried by neighbours to al-Awda hospital in the camp and later moved to al-Aqsa Martyrs Hospital in Deir al-Balah. Our field researcher spoke to two survivors, a neighbour and a paramedic from the Palestinian Red Crescent. No warning was given, the survivors said.

The family's father, Mahmoud, had worked as a teacher at an UNRWA school in Gaza City before the war. The same block of the camp had been hit on 14 March, when a strike destroyed a bakery. Israeli military statements issued that week did not mention the building.""",
  [E("incident", "airstrike", "2024-04-26", NUS, ["Israel"]),
   E("incident", "airstrike", "2024-03-14", NUS, ["Israel"], optional=True)],
  [GAZA, P("Deir al-Balah", "PS", "Dayr al Balah")],
  "Gaza City (Shuja'iyya) is where the family fled from and the father's former workplace. Deir al-Balah (~4 km) is the hospital, documentation only. 14 March bakery strike in the same block is optional.",
  ["origin_place", "hospital_other_city", "background_event", "victims_named"]))

# 3 --------------------------------------------------------------- Yemen, Saada detention centre
d = "2022-02-10"
SAADA = P("Saada", "YE", "Sadah")
add(D(R, 3, d, """Field report: Airstrike on the Saada Remand Prison

In the early hours of 21 January 2022, aircraft of the Saudi/UAE-led coalition dropped at least three bombs on the Saada Remand Prison, in Saada city, northern Yemen. The building held more than 2,000 detainees, among them hundreds of migrants from Ethiopia and Somalia who had been detained while trying to cross into Saudi Arabia.

At least 66 detainees were killed and more than 110 injured. Most of the wounded were taken to al-Jumhuri hospital in Saada city; the most serious cases were sent to hospitals in Sanaa, some 240 km to the south. Mwatana researchers interviewed eleven survivors, three doctors and two relatives, one of whom had travelled from Hajjah to identify his brother.

The coalition denied that it had targeted the prison and said the site was not on the no-strike list. On the same night, a coalition strike on a telecommunications building in Hodeidah cut internet access across the country; that strike is the subject of a separate report.""",
  [E("incident", "airstrike", "2022-01-21", SAADA, ["Saudi-led Coalition"]),
   E("incident", "airstrike", [DAY("2022-01-21",-1), "2022-01-21"], P("Hodeidah", "YE", "Al Hudaydah"), ["Saudi-led Coalition"], optional=True)],
  [P("Sanaa", "YE"), P("Hajjah", "YE")],
  "Sanaa is a hospital city 240 km away; Hajjah is a relative's origin. Ethiopia/Somalia/Saudi Arabia are nationalities/countries. The Hodeidah telecom strike the same night is dated and separate: optional.",
  ["hospital_other_city", "nationality", "origin_place", "background_event", "victims_count"]))

# 4 --------------------------------------------------------------- Syria, Jisr al-Shughur market
d = "2023-06-30"
JISR = P("Jisr al-Shughur", "SY", "Jisr ash Shughur")
add(D(R, 4, d, f"""SNHR documentation: Russian airstrike on the vegetable market in Jisr al-Shughur

On {WD(d,-5)} 25 June 2023, at about 9:45 am, Russian warplanes fired two missiles at the vegetable market in the centre of Jisr al-Shughur city, in western Idlib governorate. Nine civilians were killed, among them Abdul-Rahman Hajj Omar, a fruit seller, and his two sons, and at least 30 others were injured.

The victims were mostly families displaced from Kafr Nabl and the southern Idlib countryside who had settled in the city after 2020. Civil Defence teams moved the wounded to the national hospital in Jisr al-Shughur and to hospitals in Idlib city, about 35 km to the east; two of the injured were later transferred across the Bab al-Hawa crossing to Turkey.

SNHR spoke to three eyewitnesses and a member of the local council. The market lies about 2 km from the nearest military position. The Russian Reconciliation Centre said on the same day that it had struck "terrorist positions" in Idlib province.""",
  [E("incident", "airstrike", "2023-06-25", JISR, ["Russia"])],
  [P("Kafr Nabl", "SY"), IDL, M("Bab al-Hawa crossing", 36.23, 36.67, "SY")],
  "Idlib city (~35 km, hospital) and Bab al-Hawa (transfer) are not event sites; Kafr Nabl is where the victims were displaced from. Turkey is a country only.",
  ["hospital_other_city", "origin_place", "victims_named", "relative_date"]))

# 5 --------------------------------------------------------------- Nigeria, Tudun Biri
d = "2023-12-12"
KAD = P("Kaduna", "NG")
TB = OFF("Tudun Biri", KAD, 30, BEAR["northwest"])
add(D(R, 5, d, """Amnesty-style account: drone strike on a religious gathering in Tudun Biri

At about 9:00 pm on 3 December 2023, a Nigerian military drone dropped two bombs on residents of Tudun Biri, a village in Igabi Local Government Area of Kaduna State, about 30 km north-west of Kaduna city, as they gathered to mark the birth of the Prophet Muhammad. The second bomb struck people who had rushed to help the victims of the first.

At least 85 people were killed, most of them women and children. The injured, about 66 people, were taken to Barau Dikko Teaching Hospital in Kaduna city. Among the dead were Hauwa Sani and four of her children; her husband, who had travelled to Zaria to sell grain, returned the next morning.

The army acknowledged the strike, saying it had been "inadvertent" during an operation against bandits. Amnesty International's researchers spoke to 14 survivors and relatives by phone and reviewed videos of the aftermath. Residents said they had never seen armed groups in the village.""",
  [E("incident", "drone strike", "2023-12-03", TB, ["Nigerian Army"], alts=[KAD])],
  [P("Zaria", "NG")],
  "Offset given in text (30 km NW of Kaduna); Kaduna city also the hospital city, kept as alternate (30 km). Zaria is where the husband was.",
  ["offset", "hospital_other_city", "victims_named", "admin_qualifier"]))

# 6 --------------------------------------------------------------- Ukraine, Kramatorsk restaurant
d = "2023-07-05"
KRA = P("Kramatorsk", "UA")
add(D(R, 6, d, """Human rights monitoring: missile strike on a restaurant in Kramatorsk

On the evening of 27 June 2023, at about 7:30 pm, a Russian Iskander missile hit a popular pizza restaurant on a central square in Kramatorsk, Donetsk region. The restaurant was full of diners, many of them young people and volunteers. Thirteen civilians were killed, among them 17-year-old twin sisters, Anna and Yulia, and a writer from Kharkiv who was visiting the city, and more than 60 were injured.

Ambulances took the wounded to hospitals in Kramatorsk and in neighbouring Sloviansk, and several were later moved to Dnipro. The monitoring mission visited the site two days later and interviewed survivors, a waiter and the head of the city military administration. Ukraine's security service later detained a local man accused of passing the restaurant's location to Russian forces.

A second missile struck an open area on the outskirts of Bilenke, north of the city, the same evening, without casualties.""",
  [E("incident", "missile strike", "2023-06-27", KRA, ["Russia"]),
   E("incident", "missile strike", "2023-06-27", M("Bilenke", 48.77, 37.63, "UA", "approximate, village north-east of Kramatorsk"), ["Russia"], optional=True)],
  [P("Kharkiv", "UA"), P("Dnipro", "UA")],
  "Main strike in Kramatorsk. Sloviansk hospital ~14 km (documentation only, not listed), Dnipro (far) and Kharkiv (victim's home city) are distractors. Bilenke strike without casualties: optional.",
  ["hospital_other_city", "origin_place", "victims_named"]))

# 7 --------------------------------------------------------------- Myanmar, Pazigyi
d = "2023-04-20"
KAN = P("Kanbalu", "MM")
PAZ = OFF("Pazigyi", KAN, 11, BEAR["south"])
add(D(R, 7, d, """Myanmar Witness case file: airstrike on Pazigyi village, Kanbalu township

At around 8:00 am on 11 April 2023, a military jet dropped bombs on a crowd gathered for the opening of a local People's Defence Force administration office in Pazigyi village, about 11 km south of Kanbalu town, Kanbalu township, Sagaing region. A helicopter then fired on people who had survived the first attack.

More than 160 people are estimated to have been killed, including around 40 children and women who were serving food at the ceremony. Survivors said many of the guests had come from surrounding villages and some from as far as Shwebo; several families had fled fighting in Mandalay region the previous year.

The injured were taken by motorbike to clinics in Kanbalu and Kyunhla. Our analysts geolocated 22 videos and photographs of the site and interviewed three witnesses through intermediaries. The military's spokesman in Naypyitaw confirmed the strike, saying it targeted "terrorists".""",
  [E("incident", "airstrike", "2023-04-11", PAZ, ["Myanmar military"], alts=[KAN])],
  [P("Shwebo", "MM"), P("Mandalay", "MM"), P("Naypyitaw", "MM", "Nay Pyi Taw")],
  "Offset from Kanbalu (stated 11 km). Shwebo (guests' origin), Mandalay (earlier displacement), Naypyitaw (statement) are not event places. Kyunhla clinic is a hospital place (not pinned).",
  ["offset", "origin_place", "statement_place", "hospital_other_city", "admin_qualifier"]))

# 8 --------------------------------------------------------------- Sudan, El Fasher Saudi hospital
d = "2025-01-27"
FASH = P("El Fasher", "SD")
add(D(R, 8, d, f"""Sudan Doctors Network: drone strike on the Saudi Maternity Hospital, El Fasher

On {WD(d,-3)} morning, 24 January 2025, a drone attributed to the Rapid Support Forces struck the emergency building of the Saudi Teaching Hospital in El Fasher, North Darfur, the last functioning public hospital in the city. At least 70 people were killed, including patients, companions and two nurses, and 19 were injured.

Many of the patients were women and children from families that had fled from Zamzam camp, south of the city, after shelling there in December. Dr Ibrahim, a surgeon at the hospital, said the wounded were treated in the corridors because the operating theatre had been destroyed.

The network said the drone had been launched from RSF positions and blamed commanders based in Nyala. Local volunteers from the emergency response room collected the names of 48 of the dead. The hospital had been hit by artillery at least five times since May 2024.""",
  [E("incident", "drone strike", "2025-01-24", FASH, ["RSF"])],
  [M("Zamzam camp", 13.48, 25.30, "SD", "approximate, camp south of El Fasher"), P("Nyala", "SD")],
  "Zamzam camp (origin of patients, ~17 km) is documentation only; Nyala is where commanders are based. Earlier shelling since May 2024 is undated background.",
  ["origin_place", "relative_date", "background_event", "statement_place"]))

# 9 --------------------------------------------------------------- DRC, Mugunga camp
d = "2024-05-09"
GOMA = P("Goma", "CD")
MUG = OFF("Mugunga camp", GOMA, 9, BEAR["west"])
add(D(R, 9, d, """OHCHR note: bombardment of the Mugunga displacement site near Goma

On 3 May 2024, at around 10:30 am, several bombs fired from positions held by the M23 armed group on the hills near Sake struck the Lushagala and Mugunga sites for internally displaced people, about 9 km west of Goma, North Kivu province. At least 18 people were killed, 15 of them children, and more than 30 were wounded.

Most of the displaced in the two sites had fled from Rutshuru and Masisi territories since 2022. Doctors Without Borders treated the wounded at CBCA Ndosho hospital in Goma. The mother of one victim, Furaha, eleven, said the girl had been fetching water when the shell landed.

The Congolese government and the M23 blamed each other for the attack. OHCHR investigators interviewed nine witnesses and examined fragments at the site. The UN Secretary-General, speaking in New York, condemned the attack.""",
  [E("incident", "shelling", "2024-05-03", MUG, ["M23"], alts=[GOMA])],
  [P("Sake", "CD"), P("Rutshuru", "CD"), M("Masisi", -1.40, 28.82, "CD"), P("New York", "US")],
  "Camp ~9 km west of Goma (offset, Goma alternate and hospital city). Sake (~20 km) is the firing position (origin; documentation only, close). Rutshuru/Masisi are where the displaced came from; New York is a statement place.",
  ["offset", "origin_place", "statement_place", "victims_named"]))

# 10 -------------------------------------------------------------- Afghanistan, Barmal
d = "2024-12-30"
BAR = M("Barmal district (Laman area)", 32.73, 69.10, "AF", "approximate, Barmal district near the Durand Line")
add(D(R, 10, d, f"""UNAMA-style account: Pakistani airstrikes in Barmal district, Paktika

Late on the night of {WD(d,-6)} 24 December 2024, Pakistani military aircraft bombed several houses in the Laman area of Barmal district, Paktika province, close to the border with Pakistan. At least 46 people were killed, most of them women and children, according to local officials.

Many of the families were refugees from North Waziristan in Pakistan, who had crossed the border during military operations in 2014 and had lived in Barmal since. A resident, Gul Rahman, told our researchers that he lost his wife and three daughters. The wounded were taken to the provincial hospital in Sharana, about 100 km away, because the district clinic had no surgeon.

Pakistan's military said it had targeted hideouts of the Tehrik-e-Taliban Pakistan. The Taliban's defence ministry in Kabul vowed to respond.""",
  [E("incident", "airstrike", ["2024-12-24", "2024-12-25"], BAR, ["Pakistan Air Force", "TTP"], alts=[P("Urgun", "AF")])],
  [M("Mir Ali, North Waziristan", 32.98, 70.28, "PK", "region origin point"), P("Sharana", "AF", "Sharan"), P("Kabul", "AF")],
  "Late night: 24..25 Dec. Sharana (hospital, ~100 km) and North Waziristan (origin) are distractors; Kabul statement. The vow to respond is future. Urgun (~25 km) as alternate district reference.",
  ["origin_place", "hospital_other_city", "statement_place", "future_event", "relative_date"]))

# 11 -------------------------------------------------------------- Libya, Tajoura
d = "2019-07-10"
TAJ = P("Tajoura", "LY", "Tajura")
add(D(R, 11, d, f"""Monitoring report: airstrike on the Tajoura detention centre

Shortly before midnight on 2 July 2019, an airstrike hit a hangar of the Tajoura detention centre for migrants, east of Tripoli, where about 120 men were held. A second strike minutes later hit the same compound. At least 53 detainees were killed and 130 injured.

The detainees were mostly from Sudan, Eritrea, Somalia and Niger; many had been intercepted at sea and returned to Libya. Survivors told researchers that guards shot at detainees who tried to flee after the first strike. The injured were taken to hospitals in Tripoli and Tajoura.

The Government of National Accord blamed forces loyal to Khalifa Haftar, whose headquarters are in Benghazi; Haftar's forces denied responsibility. A projectile had hit the same compound on 7 May, causing no casualties.""",
  [E("incident", "airstrike", "2019-07-02", TAJ, ["LNA"], alts=[P("Tripoli", "LY")]),
   E("incident", "projectile", "2019-05-07", TAJ, [], optional=True)],
  [P("Benghazi", "LY")],
  "Tajoura (alternate Tripoli, ~15 km). Nationalities are not places of the event; Benghazi is a metonym (Haftar's HQ). 7 May projectile optional.",
  ["nationality", "metonym", "background_event", "hospital_other_city"]))

# 12 -------------------------------------------------------------- Lebanon, journalists near Alma al-Shaab
d = "2023-12-07"
ALMA = P("Alma al-Shaab", "LB", "Alma ash Shab")
add(D(R, 12, d, f"""Investigation: Israeli tank fire on journalists near Alma al-Shaab

At about 6:00 pm on 13 October 2023, two projectiles fired from the Israeli side of the border struck a group of seven journalists filming on a hill near the village of Alma al-Shaab, in southern Lebanon's Tyre district, about 1 km from the Blue Line. The first strike killed videographer Karim Haddad, 37; the second, 37 seconds later, hit a car and seriously wounded a photographer.

The journalists worked for international agencies with bureaus in Beirut. They had been filming exchanges of fire near the Israeli town of Hanita for about an hour, wearing vests marked "PRESS". The wounded were driven to the Lebanese Italian hospital in Tyre, then to the American University of Beirut Medical Center.

Our researchers interviewed all six survivors, analysed video and audio, and examined fragments, which came from a 120mm tank round. The Israeli army said it was reviewing the incident.""",
  [E("incident", "shelling", "2023-10-13", ALMA, ["Israel"])],
  [P("Beirut", "LB"), P("Tyre", "LB")],
  "Tyre (~20 km) is within radius (documentation only); Beirut is the bureau/hospital city. Hanita (Israel, ~3 km) is where the filmed fire was, not pinned.",
  ["hospital_other_city", "qualifier_place", "victims_named"]))

# 13 -------------------------------------------------------------- Iraqi Kurdistan, Koya IRGC strike
d = "2022-10-05"
KOYA = P("Koya", "IQ", "Koysinjaq")
add(D(R, 13, d, f"""Report: Iranian missile and drone strike on a refugee settlement near Koya

On the morning of 28 September 2022, Iran's Revolutionary Guards fired ballistic missiles and drones at a settlement of Iranian Kurdish refugees and offices of the Kurdistan Democratic Party of Iran near Koya (Koysinjaq), Erbil province. Thirteen people were killed, among them a pregnant woman, Shilan, and a schoolteacher from Mahabad who had lived in the settlement for twenty years; 58 were injured.

The wounded were taken to Koya hospital, and more than 30 of them to hospitals in Erbil, about 60 km away. A school in the settlement was damaged while pupils were inside. The IRGC said it had targeted "terrorist groups" it blamed for protests in Iran's Kurdish cities, including Saqqez and Sanandaj, after the death of Mahsa Amini.

On the same day, drones struck party offices near Zrgwez, in Sulaimani province, killing one person. Our team interviewed eight residents and two doctors in Koya and Erbil.""",
  [E("incident", "missile strike", "2022-09-28", KOYA, ["IRGC", "KDPI"]),
   E("incident", "drone strike", "2022-09-28", M("Zrgwez", 35.60, 45.58, "IQ", "approximate, south-east of Sulaymaniyah"), ["IRGC"], alts=[SLE])],
  [ERB, P("Mahabad", "IR"), P("Saqqez", "IR"), P("Sanandaj", "IR")],
  "Second strike on the same day in Zrgwez is a separate scored event (stated, dated). Erbil is the hospital city (~60 km). Mahabad is a victim's origin; Saqqez/Sanandaj are protest topic places.",
  ["hospital_other_city", "origin_place", "topic_place", "alt_spelling", "multi_event"]))

# 14 -------------------------------------------------------------- Zakho, Parakh resort
d = "2022-07-28"
ZAK = P("Zakho", "IQ")
PAR = OFF("Parakh resort", ZAK, 18, BEAR["northeast"])
add(D(R, 14, d, f"""Incident account: artillery shelling of the Parakh tourist resort, Zakho district

On the afternoon of 20 July 2022, at about 2:00 pm, artillery shells struck the Parakh resort, a summer picnic spot by a river in Darkar sub-district, about 18 km north-east of Zakho town, in Duhok province. Nine tourists were killed, including a one-year-old boy, and 23 were injured.

The victims were Arab families from central and southern Iraq, from Baghdad, Babil and Basra, who had come to the Kurdistan Region to escape the summer heat. The wounded were taken to the hospital in Zakho and then to Azadi hospital in Duhok. The bodies were flown to Baghdad the next day.

Iraq's government blamed Turkey, which has bases in the area; Turkey denied responsibility and blamed the PKK. Residents said the resort had been hit by a shell in May without casualties. Our researchers interviewed survivors, the resort manager and a civil defence officer.""",
  [E("incident", "shelling", "2022-07-20", PAR, ["Turkey"], alts=[ZAK])],
  [BAG, P("Basra", "IQ", "Basrah"), P("Hillah (Babil)", "IQ", "Al Hillah"), DUH],
  "Offset from Zakho (stated). Home towns (Baghdad, Babil, Basra), hospital city Duhok (~45 km from the resort, documentation) are distractors. May shell undated: background.",
  ["offset", "origin_place", "hospital_other_city", "background_event", "admin_qualifier"]))

# 15 -------------------------------------------------------------- Somalia, Lower Shabelle
d = "2022-03-22"
KUR = M("Kurtunwarey", 1.61, 44.32, "SO", "approximate, Lower Shabelle")
FW = OFF("Farah Waeys village", KUR, 12, BEAR["north"])
add(D(R, 15, d, """Civilian harm assessment: drone strike near Farah Waeys, Lower Shabelle

On 5 March 2022, shortly after sunset, a drone strike hit a farm near the village of Farah Waeys, about 12 km north of Kurtunwarey, in Lower Shabelle region. Three men were killed: Abdi Hassan Ali, a banana farmer, his nephew and a labourer. A fourth man lost a leg.

Relatives interviewed in Mogadishu said the men were harvesting when they were hit and had no links with al-Shabaab, which controls the area. The injured man was taken to Marka by donkey cart and then to Mogadishu. The family comes from Afgoye, where they still have relatives.

The Somali government said the strike targeted a group of militants. No international force has acknowledged the strike. Our researchers spoke to six people, including two elders of the village, and reviewed photographs of the bodies.""",
  [E("incident", "drone strike", "2022-03-05", FW, [], alts=[KUR])],
  [P("Mogadishu", "SO"), P("Marka", "SO"), P("Afgoye", "SO", "Afgooye")],
  "Offset from Kurtunwarey (manual). Mogadishu (interviews, hospital), Marka (hospital), Afgoye (family origin) are distractors. Strike unattributed: no actor.",
  ["offset", "hospital_other_city", "origin_place", "unattributed"]))

# 16 -------------------------------------------------------------- Gaza, al-Mawasi tents
d = "2024-09-15"
MAW = M("al-Mawasi, Khan Younis", 31.36, 34.27, "PS", "approximate, coastal strip west of Khan Younis")
add(D(R, 16, d, f"""Field documentation: strike on tents in al-Mawasi

At around 12:15 am on 10 September 2024, Israeli aircraft struck an area of makeshift tents in al-Mawasi, west of Khan Younis, inside the zone designated by the Israeli military as a "humanitarian area". The strike left three craters several metres deep. Civil defence said at least 19 people were killed, among them the Shurrab family, who had fled from Rafah in May, and the al-Najjar family from Beit Hanoun.

The wounded were taken to Nasser Medical Complex in Khan Younis and to the Kuwaiti field hospital. Our researcher interviewed four survivors, one of whom, Samar, lost her husband and two sons.

The Israeli military said it had struck senior Hamas militants operating from a command centre in the area. On 13 July, a strike in the same area killed a senior Hamas commander and dozens of displaced people.""",
  [E("incident", "airstrike", "2024-09-10", MAW, ["Israel"], alts=[KY]),
   E("incident", "airstrike", "2024-07-13", MAW, ["Israel"], alts=[KY], optional=True)],
  [P("Beit Hanoun", "PS", "Bayt Hanun"), P("Rafah", "PS")],
  "Rafah (~10 km) and Beit Hanoun are origins of the families; Rafah is within radius, documentation only. 13 July strike: optional.",
  ["origin_place", "background_event", "hospital_other_city", "victims_named"]))

# 17 -------------------------------------------------------------- West Bank, Tulkarm camp
d = "2024-10-08"
TUL = P("Tulkarm", "PS")
add(D(R, 17, d, f"""Al-Haq-style report: airstrike on a café in Tulkarm refugee camp

On the evening of {WD(d,-5)} 3 October 2024, at about 7:30 pm, an Israeli aircraft struck a café in the Hammam neighbourhood of Tulkarm refugee camp, in the northern West Bank. At least 18 Palestinians were killed, including a 14-year-old boy, Yazan, who had come to buy sweets. The Israeli military said it had targeted the head of a Hamas cell.

The wounded were taken to Thabet Thabet hospital and to the Martyr Dr Thabet hospital in Tulkarm city; two critically injured men were moved to Nablus. Several of the dead were from families originally from the village of Qaqun, depopulated in 1948.

Our field workers interviewed the café owner's brother and three residents. The strike was the deadliest in the West Bank since 2000. Israeli forces had raided the nearby Nur Shams camp a week earlier.""",
  [E("incident", "airstrike", "2024-10-03", M("Tulkarm camp", 32.316, 35.034, "PS"), ["Israel", "Hamas"], alts=[TUL])],
  [P("Nablus", "PS"), M("Qaqun (depopulated village)", 32.35, 34.98, "IL")],
  "Nablus (hospital, ~25 km) documentation; Qaqun is a 1948 origin. Nur Shams raid undated background ('a week earlier').",
  ["hospital_other_city", "origin_place", "background_event", "relative_date", "victims_named"]))

# 18 -------------------------------------------------------------- Syria, Tishreen Dam convoy
d = "2025-01-20"
TIS = M("Tishreen Dam", 36.38, 38.18, "SY")
add(D(R, 18, d, f"""Documentation: drone strike on a civilian convoy near Tishreen Dam

At about 3:40 pm on {WD(d,-5)} 15 January 2025, a Turkish drone struck vehicles in a civilian convoy heading to Tishreen Dam, in the south-eastern Manbij countryside, where residents of north-east Syria had been holding a sit-in against the fighting. Four civilians were killed, among them the farmer Ahmad Khalaf and the nurse Rojin Ali, and 15 were injured.

The convoy had set out from Qamishli and al-Hasakah the day before. The wounded were taken to the hospital in Kobani and several to Raqqa. Witnesses said the drone circled for ten minutes before striking.

The Turkish defence ministry did not comment on the specific strike but said in Ankara that its operations targeted "terrorists". Clashes between the SDF and Turkish-backed factions around the dam had continued since 10 December.""",
  [E("incident", "drone strike", "2025-01-15", TIS, ["Turkey"], alts=[P("Manbij", "SY")])],
  [P("Qamishli", "SY", "Al Qamishli"), P("al-Hasakah", "SY", "Al Hasakah"), P("Kobani", "SY"), P("Raqqa", "SY"), P("Ankara", "TR")],
  "Convoy origins (Qamishli, al-Hasakah), hospitals (Kobani, Raqqa), Ankara statement. Clashes since 10 December are ongoing background.",
  ["origin_place", "hospital_other_city", "statement_place", "background_event", "relative_date"]))

# 19 -------------------------------------------------------------- Mali, drone strike north of Ber
d = "2024-03-25"
TIM = P("Timbuktu", "ML")
BER = OFF("Ber", TIM, 55, BEAR["east"])
VIL = OFF("Inalabani hamlet", BER, 40, BEAR["north"])
add(D(R, 19, d, """Case note: drone strike on a wedding gathering north of Ber, Timbuktu region

On 17 March 2024, in the late afternoon, a drone struck a tent where guests had gathered for a wedding in the hamlet of Inalabani, about 40 km north of Ber, Timbuktu region. Eleven people were killed, including the groom's father and four children, and seven were wounded.

Several guests had travelled from Léré and from Mauritania's Mbera refugee camp, where part of the family has lived since 2012. The wounded were taken by car to Timbuktu, about 70 km away. Residents said armed men of the Permanent Strategic Framework had passed through the area a week earlier.

The Malian army said it had struck "terrorists" in the Ber area. Our researchers interviewed five relatives by telephone and reviewed satellite imagery that showed burned vehicles near the tent.""",
  [E("incident", "drone strike", "2024-03-17", VIL, ["FAMa"], alts=[BER])],
  [TIM, M("Léré", 15.71, -4.91, "ML"), M("Mbera refugee camp", 15.64, -5.76, "MR")],
  "Composite: Ber placed 55 km east of Timbuktu (computed), hamlet 40 km north of Ber. Timbuktu (hospital), Léré and Mbera (guests' origins) are distractors.",
  ["offset", "origin_place", "hospital_other_city", "composite_place"]))

# 20 -------------------------------------------------------------- Pakistan, Mir Ali quadcopter
d = "2025-05-22"
MIR = M("Hurmaz, Mir Ali", 32.99, 70.26, "PK", "approximate, village near Mir Ali")
add(D(R, 20, d, f"""HRCP-style fact-finding note: quadcopter strike on a house in Hurmaz village, Mir Ali

On the morning of {WD(d,-3)} 19 May 2025, an explosive dropped by a quadcopter hit the courtyard of a house in Hurmaz village, Mir Ali tehsil, North Waziristan, where children were playing cricket. Four children were killed, among them two brothers, Hamza, nine, and Umar, seven; five others, including a woman, were injured.

The injured were shifted to the District Headquarters Hospital in Bannu, about 30 km away. Relatives placed the bodies on the road in Mir Ali and then in front of the Bannu cantonment in protest, demanding an inquiry. The military said militants were responsible; residents blamed security forces.

Our team spoke to the children's uncle, two elders and a doctor in Bannu. A similar strike in the Hassu Khel area in March had killed a teenage girl.""",
  [E("incident", "drone strike", "2025-05-19", MIR, [])],
  [P("Bannu", "PK")],
  "Bannu (~30 km) is hospital and protest place, within radius of gold (documentation). The protests are not scored. March strike undated: background.",
  ["hospital_other_city", "background_event", "relative_date", "victims_named", "unattributed"]))

# 21 -------------------------------------------------------------- Iran, Evin prison
d = "2025-07-02"
TEH = P("Tehran", "IR")
add(D(R, 21, d, f"""Rights group account: Israeli strike on Evin prison

Around noon on 23 June 2025, Israeli missiles hit several buildings of Evin prison, in northern Tehran, including the visiting hall, the administrative block and the medical clinic. Iran's judiciary later said 79 people were killed, among them prisoners, relatives visiting them, soldiers doing their military service and a social worker.

Among the dead was Mehdi, 29, a prisoner from Sanandaj held for taking part in the 2022 protests, whose mother had travelled from Kurdistan province for a visit that day and was injured. The wounded were taken to Taleghani hospital in Tehran. Many political prisoners were then moved to Fashafuyeh prison, south of the capital, and to Qarchak.

Israel's defence minister had said in a statement from Tel Aviv that the strikes targeted "regime targets". Our researchers interviewed three released prisoners and two relatives.""",
  [E("incident", "airstrike", "2025-06-23", M("Evin prison, Tehran", 35.797, 51.386, "IR"), ["Israel"], alts=[TEH])],
  [P("Sanandaj", "IR"), P("Tel Aviv", "IL"), M("Fashafuyeh prison", 35.40, 51.33, "IR", "approximate, south of Tehran"), M("Qarchak prison", 35.43, 51.57, "IR", "approximate, Varamin county")],
  "Prisoner's home town Sanandaj, Tel Aviv statement. Transfer prisons south of Tehran (~40 km) are documentation.",
  ["origin_place", "statement_place", "victims_named"]))

# 22 -------------------------------------------------------------- Yemen, Ras Isa US strike
d = "2025-04-24"
RAS = M("Ras Isa port", 15.19, 42.61, "YE")
add(D(R, 22, d, f"""Documentation: U.S. airstrikes on Ras Isa fuel port

On the night of 17 April 2025, at about 9:00 pm, U.S. aircraft carried out a series of strikes on Ras Isa fuel port, on the Red Sea coast of Hodeidah governorate. The strikes hit fuel tanks, a pier and a rest area where workers and tanker drivers were waiting. At least 80 people were killed and more than 150 injured, according to local health authorities.

Most of the victims were port workers and drivers from Hodeidah city, Bajil and Zabid. The injured were taken to al-Thawra hospital in Hodeidah, about 60 km to the south, and to hospitals in Bajil. A fuel truck driver, Ali Saleh, told our researcher that he survived because he had gone to pray in a nearby mosque.

U.S. Central Command said in a statement from Tampa that the strikes aimed to cut off a source of fuel for the Houthis. The port had been struck by Israeli aircraft in December.""",
  [E("incident", "airstrike", "2025-04-17", RAS, ["United States"])],
  [P("Hodeidah", "YE", "Al Hudaydah"), P("Bajil", "YE"), P("Zabid", "YE"), P("Tampa", "US")],
  "Hodeidah (~50-60 km, hospital and origin), Bajil (hospital), Zabid (origin), Tampa (statement). December strike undated background.",
  ["hospital_other_city", "origin_place", "statement_place", "background_event", "victims_named"]))

# 23 -------------------------------------------------------------- Sudan, Kabkabiya market
d = "2025-04-02"
KAB = P("Kabkabiya", "SD", "Kabkabiyah")
add(D(R, 23, d, """Monitor's report: airstrike on Kabkabiya market, North Darfur

At around 11:00 am on 24 March 2025, a Sudanese Armed Forces aircraft dropped several bombs on the crowded weekly market of Kabkabiya, a town about 130 km west of El Fasher, North Darfur. More than 50 people were killed, among them traders from Kutum and Saraf Omra, and dozens were wounded.

Residents told the monitor that many of the dead had arrived recently after fleeing the fighting around El Fasher. The wounded were treated in the town's rural hospital, which ran out of blood within hours, and some were taken to Kutum. A trader, Adam Yahya, lost his two brothers.

The army said it had struck RSF gatherings and supply lines. The RSF's political wing, speaking from Nairobi, called the strike a massacre. Our team interviewed seven people by satellite phone.""",
  [E("incident", "airstrike", "2025-03-24", KAB, ["SAF"])],
  [P("El Fasher", "SD"), P("Kutum", "SD"), M("Saraf Omra", 13.45, 23.27, "SD"), P("Nairobi", "KE")],
  "El Fasher is a reference and origin; Kutum, Saraf Omra traders' origins / hospital; Nairobi statement place.",
  ["origin_place", "hospital_other_city", "statement_place", "reference_town"]))

# 24 -------------------------------------------------------------- Russia, Belgorod
d = "2024-01-05"
BEL = P("Belgorod", "RU")
add(D(R, 24, d, f"""Rights monitor report: shelling of central Belgorod

On the afternoon of 30 December 2023, at about 3:00 pm, munitions struck the centre of Belgorod, near Cathedral Square and a skating rink where families had gathered for the New Year holidays. Twenty-five people were killed, among them five children, and more than 100 were injured.

The wounded were taken to the regional clinical hospital and city hospital No. 2; several children were flown by air ambulance to Moscow. Russian officials said Ukraine had fired Vilkha rockets and cluster munitions and that most were intercepted. Ukraine did not comment directly.

The strike came a day after a massive Russian missile attack on Kyiv, Kharkiv and other Ukrainian cities. Our monitors interviewed two witnesses and analysed published footage.""",
  [E("incident", "shelling", "2023-12-30", BEL, ["Ukraine"]),
   E("incident", "missile strike", "2023-12-29", P("Kyiv", "UA"), ["Russia"], optional=True),
   E("incident", "missile strike", "2023-12-29", P("Kharkiv", "UA"), ["Russia"], optional=True)],
  [P("Moscow", "RU")],
  "Moscow is an evacuation city. 'A day after' background strikes in Kyiv/Kharkiv are dated (Dec 29): optional.",
  ["hospital_other_city", "background_event", "victims_count"]))

# 25 -------------------------------------------------------------- Myanmar, school in Tabayin
d = "2022-09-20"
SHW = P("Shwebo", "MM")
TAB = OFF("Let Yet Kone village, Tabayin township", SHW, 40, BEAR["northwest"])
add(D(R, 25, d, f"""Case file: helicopter attack on a school in Let Yet Kone

On {WD(d,-4)} 16 September 2022, at around 1:00 pm, two military Mi-35 helicopters fired machine guns and rockets at a monastery school in Let Yet Kone village, Tabayin township, about 40 km north-west of Shwebo, Sagaing region. Eleven children were killed, the youngest seven years old, and at least 17 were injured.

Soldiers who landed after the attack took away the bodies and some of the wounded to the town of Ye-U. Parents said the children, some of whom had fled from Kin-U township, were in class when the attack began. A teacher, Daw Hla, was among those detained.

The military said it had been searching for members of the Kachin Independence Army and PDF in the village. Our analysts reviewed photographs of the damaged classrooms and interviewed two parents who now shelter in a village across the Mu river.""",
  [E("incident", "air attack", "2022-09-16", TAB, ["Myanmar military"], alts=[SHW])],
  [M("Ye-U", 22.76, 95.43, "MM"), M("Kin-U", 22.77, 95.64, "MM")],
  "Offset from Shwebo (stated 40 km). Ye-U (removal of bodies) and Kin-U (origin) are distractors, likely within ~20 km.",
  ["offset", "origin_place", "hospital_other_city", "admin_qualifier", "victims_count"]))

# 26 -------------------------------------------------------------- Lebanon, Nabatieh municipality
d = "2024-10-24"
NAB = P("Nabatieh", "LB")
add(D(R, 26, d, f"""HRW-style report: strike on the Nabatieh municipal headquarters

On 16 October 2024, at about 11:00 am, Israeli aircraft struck the municipal building of Nabatieh, in southern Lebanon, while the municipal crisis committee was meeting to coordinate aid for displaced people. Sixteen people were killed, including the mayor, Ahmad Kahil, and five municipal workers, and more than 50 were injured.

The injured were taken to Ragheb Harb hospital in Toul and to Hikmeh hospital in Nabatieh. The mayor, born in Kfar Roummane, had refused to leave the city after the Israeli army ordered residents of dozens of villages to move north of the Awali river.

The Israeli military said it had targeted Hezbollah infrastructure in the area. Caretaker Prime Minister Najib Mikati, speaking in Beirut, called the strike a deliberate attack on the state. The city's historic market had been destroyed in strikes four days earlier.""",
  [E("incident", "airstrike", "2024-10-16", NAB, ["Israel"]),
   E("incident", "airstrike", "2024-10-12", NAB, ["Israel"], optional=True)],
  [P("Beirut", "LB"), M("Awali river", 33.58, 35.40, "LB", "approximate, near the river mouth north of Sidon")],
  "Toul and Kfar Roummane are within a few km of Nabatieh (not listed). Beirut statement; Awali river is an evacuation boundary. Market destruction four days earlier = Oct 12, optional.",
  ["statement_place", "origin_place", "background_event", "victims_named"]))

# 27 -------------------------------------------------------------- Sinjar drone strike
d = "2023-03-03"
SIN = P("Sinjar", "IQ")
SNU = M("Sinuni", 36.46, 41.72, "IQ", "approximate, sub-district north of Mount Sinjar")
add(D(R, 27, d, f"""Documentation: drone strike on a vehicle in Sinuni, Sinjar district

On the evening of 24 February 2023, a Turkish drone struck a car at the entrance of Sinuni (Snune), a sub-district north of Mount Sinjar, in Nineveh province. Two members of the Sinjar Resistance Units (YBŞ) were killed; a Yazidi civilian, Khairi, who was driving behind them, was wounded and taken to Sinuni hospital.

The YBŞ members were from Kocho, the village where Islamic State killed hundreds of Yazidi men in August 2014. Khairi's family had returned in 2021 from the Sharya camp in Duhok province, where tens of thousands of Yazidis still live.

Iraq's foreign ministry in Baghdad condemned the strike. Our team interviewed Khairi, a cousin of one of the dead and a municipal official. Turkish drones had struck a clinic in Sikeniye, south of the mountain, in August 2021.""",
  [E("incident", "drone strike", "2023-02-24", SNU, ["Turkey", "YBS"], alts=[SIN])],
  [M("Kocho", 36.20, 41.85, "IQ", "approximate, village south of Sinjar"), M("Sharya camp", 36.80, 43.03, "IQ", "approximate, near Duhok"), BAG, M("Sikeniye", 36.27, 41.87, "IQ")],
  "Kocho (origin; 2014 massacre background), Sharya camp (earlier residence), Baghdad statement, Sikeniye 2021 strike background (no day).",
  ["origin_place", "statement_place", "background_event", "alt_spelling", "admin_qualifier"]))

# 28 -------------------------------------------------------------- Syria, Atarib drone
d = "2024-11-20"
ATA = P("Atarib", "SY", "Al Atarib")
add(D(R, 28, d, f"""Syria Civil Defence-style account: suicide drone strike near Atarib

On {WD(d,-4)} 16 November 2024, at about 7:20 am, a suicide drone launched by Syrian government forces hit a van carrying farm workers on the road between Atarib and Kafr Nouran, in the western Aleppo countryside. Three women were killed, among them Fatima al-Hussein, 41, and six workers were wounded.

The workers were displaced from Maarat al-Numan and had been living in a camp near Atmeh since 2020. The wounded were taken to Bab al-Hawa hospital, near the Turkish border.

Civil Defence teams recorded more than 40 drone attacks in the area since October. Our volunteers spoke to the driver, who survived, and to relatives at the camp.""",
  [E("incident", "drone strike", "2024-11-16", ATA, ["Syrian government"])],
  [P("Maarat al-Numan", "SY", "Maarrat an Nu`man"), M("Atmeh camps", 36.32, 36.67, "SY"), M("Bab al-Hawa hospital", 36.23, 36.67, "SY")],
  "Maarat al-Numan (origin), Atmeh (residence), Bab al-Hawa (hospital ~20 km) are distractors.",
  ["origin_place", "hospital_other_city", "background_event", "relative_date", "victims_named"]))

# 29 -------------------------------------------------------------- Sudan, Omdurman Sabreen market
d = "2025-02-07"
OMD = P("Omdurman", "SD")
add(D(R, 29, d, f"""Emergency response room statement and account: shelling of Sabreen market, Omdurman

On {WD(d,-6)} 1 February 2025, shortly before noon, RSF artillery shells struck the Sabreen market in the Karari locality of Omdurman. At least 54 people were killed and 158 injured, most of them shoppers and traders. The dead included Hassan Idris, who sold vegetables, and his daughter.

The wounded were taken to al-Nao hospital, where doctors said they were overwhelmed. Many of the traders had come from Khartoum North (Bahri) after losing their shops there in 2023. The RSF positions from which the shells were fired lay west of the city, residents said.

The army-aligned government, based in Port Sudan, condemned the attack. The market had been shelled once before, on 12 January, killing seven people.""",
  [E("incident", "shelling", "2025-02-01", OMD, ["RSF"]),
   E("incident", "shelling", "2025-01-12", OMD, ["RSF"], optional=True)],
  [P("Khartoum North (Bahri)", "SD", "Khartoum North"), P("Port Sudan", "SD")],
  "Bahri (~10 km) origin, documentation only. Port Sudan metonym. 12 January shelling optional.",
  ["origin_place", "metonym", "background_event", "relative_date", "victims_named"]))

# 30 -------------------------------------------------------------- Kabul, education centre
d = "2022-10-04"
KAB = P("Kabul", "AF")
add(D(R, 30, d, f"""Account: suicide bombing at the Kaaj education centre, Dasht-e Barchi

On the morning of {WD(d,-4)} 30 September 2022, a suicide bomber entered the Kaaj education centre in the Dasht-e Barchi area of western Kabul, where hundreds of students were taking a practice university entrance exam, and blew himself up in the women's section. At least 53 people were killed, most of them young Hazara women.

Among the victims was Marzia, 19, who had come to Kabul from Jaghori district in Ghazni province to prepare for the exam. The wounded were taken to the Emergency hospital and to Mohammad Ali Jinnah hospital in Kabul. Her brother said the family would bury her in Jaghori.

No group claimed the attack. The area had been targeted in April, when bombs hit a boys' high school. Our researchers interviewed three survivors and a teacher.""",
  [E("incident", "suicide bombing", "2022-09-30", M("Dasht-e Barchi, Kabul", 34.50, 69.11, "AF"), [], alts=[KAB])],
  [M("Jaghori, Ghazni province", 33.15, 67.46, "AF"), P("Ghazni", "AF")],
  "Jaghori/Ghazni is the victim's home town and burial place (future). April school bombing undated background.",
  ["origin_place", "background_event", "relative_date", "victims_named", "unattributed"]))
