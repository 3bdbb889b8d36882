from lib import *
R = "narrative"
DOCS = []
add = DOCS.append
N = "Narrative of one strike: victims' names are invented; hospitals, home towns, refuges and statement places are not events; dated earlier/other strikes optional, undated ones not gold."

# 1 ---------------------------------------------------------------- Khmelnytskyi
d = "2024-03-24"
add(D(R, 1, d, f"""The drone came down on the roof of a four-storey block in the west of Khmelnytskyi just before 2 a.m. on {WD(d,-2)}, when most of the residents were asleep. Nadiia Kovalchuk, 58, a retired nurse who had moved there from Bakhmut in 2022, said the stairwell filled with smoke within seconds. Two people were killed and nine were injured; a 14-year-old girl with burns was later transferred to a specialised hospital in Vinnytsia. The regional governor said air defences had shot down most of the drones aimed at the city, home to a large air base at Starokostiantyniv about 40 km away. Emergency workers searched the rubble until the evening. Zelensky, speaking in Kyiv, called again for more Patriot systems. A day of mourning was declared in the city on {WD(d,-1)}.""",
  [E("incident", "drone strike", DAY(d, -2), Q("Khmelnytskyi", "UA", 49.42, 26.99, q="Khmel’nyts’kyy"), ["Russia", "civilians"]),
   E("other", "day of mourning", DAY(d, -1), Q("Khmelnytskyi", "UA", 49.42, 26.99, q="Khmel’nyts’kyy"), ["city authorities"])],
  [P("Bakhmut", "UA"), P("Vinnytsia", "UA", "Vinnytsya"), M("Starokostiantyniv", 49.76, 27.2, "UA", "approximate, town with an air base"), P("Kyiv", "UA")],
  N + " Bakhmut: home town; Vinnytsia: hospital; Starokostiantyniv: reference (~40 km, inside the radius); Kyiv statement. Mourning: other.",
  ["narrative", "weekday_date", "victims_named", "origin_place", "hospital_other_city", "statement_place", "memorial"]))

# 2 ---------------------------------------------------------------- Bilozerske
d = "2024-08-09"
add(D(R, 2, d, f"""The glide bomb landed in the courtyard of a school in Bilozerske, a mining town north of Dobropillia, on the afternoon of {WD(d,-1)}. The building had been empty since classes moved online, but the blast tore the roofs off the houses across the street. Ivan Melnyk, 71, who had refused to evacuate because he could not leave his bedridden wife, was killed in his kitchen. Four neighbours were wounded and taken to the hospital in Druzhkivka, and one was later moved to Dnipro. Volunteers from Sloviansk arrived the next morning to board up windows. Police said it was the third strike on the town in a week, though the earlier ones had hit only fields. The regional governor repeated his call for families with children to leave for Pavlohrad.""",
  [E("incident", "guided bomb strike", DAY(d, -1), Q("Bilozerske", "UA", 48.5, 37.06, q="Bilozers’ke"), ["Russia", "civilians"])],
  [Q("Dobropillia", "UA", 48.47, 37.08, q="Dobropillya"), Q("Druzhkivka", "UA", 48.62, 37.53), P("Dnipro", "UA"), Q("Sloviansk", "UA", 48.85, 37.6), P("Pavlohrad", "UA")],
  N + " Dobropillia reference (~5 km, inside). Druzhkivka/Dnipro hospitals; Sloviansk volunteers' origin; Pavlohrad refuge. Earlier strikes undated.",
  ["narrative", "weekday_date", "victims_named", "hospital_other_city", "origin_place", "back_reference"]))

# 3 ---------------------------------------------------------------- Donetsk Tekstilshchik market
d = "2024-01-22"
TEK = M("Tekstilshchik market, Donetsk", 47.97, 37.66, "UA", "approximate, market in the Kirovskyi district of Donetsk")
add(D(R, 3, d, f"""Shoppers were queuing for bread at the Tekstilshchik market in the western outskirts of Donetsk on {WD(d,-1)} morning when the shells landed. Russian-installed officials said 27 people were killed and 25 wounded, among them two children. Galina Shevchuk, who sold vegetables at the market, said her stall partner was killed beside her. The wounded were taken to the city's trauma hospital and to Makiivka. The Russian foreign ministry in Moscow blamed Ukrainian forces and said it would raise the strike at the U.N. Security Council. The Ukrainian military in Kyiv said the shelling was a Russian provocation. Kremlin officials noted that a military transport plane had crashed in Belgorod region days earlier.""",
  [E("incident", "shelling", DAY(d, -1), TEK, ["unknown", "civilians"], alts=[Q("Donetsk", "UA", 48.0, 37.8)])],
  [Q("Makiivka", "UA", 48.05, 37.96, q="Makiyivka"), P("Moscow", "RU"), P("Kyiv", "UA"), P("Belgorod", "RU")],
  N + " Occupied city; blame disputed. Market pin, city alternate. Makiivka hospital (~20 km, inside). Moscow/Kyiv statements; UN Security Council future (New York not named). Belgorod plane crash undated.",
  ["narrative", "weekday_date", "victims_named", "hospital_other_city", "statement_place", "future_event"]))

# 4 ---------------------------------------------------------------- Joun
d = "2024-10-31"
JOUN = M("Joun", 33.58, 35.45, "LB", "approximate, village in the Chouf above the Awali river")
add(D(R, 4, d, f"""The house on the edge of Joun belonged to a schoolteacher who had opened it to three families from Bint Jbeil when the war reached the south. On {WD(d,-1)} evening an Israeli missile brought down two of its three floors. Fatima Hijazi, 32, was pulled out alive after four hours, but her husband and their two sons were not. The health ministry said 15 people were killed in the village, which lies in the Chouf, far from the front line. The wounded were taken to hospitals in Sidon and Jezzine. The Israeli military said it had struck Hezbollah targets in Lebanon overnight but did not mention Joun. The mayor said the village had taken in more than 600 displaced people. Funerals were held on {WD(d)} in Sidon because the roads to the south were unsafe.""",
  [E("incident", "airstrike", DAY(d, -1), JOUN, ["Israel", "civilians"]),
   E("other", "funeral", d, P("Sidon", "LB"), ["relatives"])],
  [M("Bint Jbeil", 33.12, 35.43, "LB", "approximate, town near the border"), M("Jezzine", 33.54, 35.58, "LB", "approximate, town east of Joun")],
  N + " Bint Jbeil: families' home town. Sidon (hospital and funerals, ~12 km, inside) is an 'other' pin. Jezzine hospital (~13 km, inside).",
  ["narrative", "weekday_date", "victims_named", "origin_place", "hospital_other_city", "funeral"]))

# 5 ---------------------------------------------------------------- Al-Sha'af, Gaza City
d = "2025-04-11"
SHA = M("Al-Sha'af, Gaza City", 31.505, 34.48, "PS", "approximate, area in eastern Gaza City near Tuffah")
add(D(R, 5, d, f"""The missile hit a three-storey building in the al-Sha'af area of eastern Gaza City at about 1 a.m. on {WD(d,-2)}. Civil defence teams said 18 people, most of them from the Abu Harb family, were killed and that others remained under the rubble. Ahmed Abu Harb, 40, who survived because he had gone down to fetch water, said the family had returned to the building only weeks earlier after months in a tent in Deir al-Balah. The wounded were taken to the Baptist hospital, which was itself partly out of service. The Israeli military said it had struck a Hamas militant and was reviewing the reports. A day earlier, an air strike had hit a tent camp in Khan Younis, killing six. Mediators in Cairo said talks on a new truce would resume next week.""",
  [E("incident", "airstrike", DAY(d, -2), SHA, ["Israel", "civilians"], alts=[P("Gaza City", "PS")]),
   E("incident", "airstrike", DAY(d, -3), M("Khan Younis", 31.34, 34.3, "PS", "approximate, city in the southern Strip"), ["Israel", "civilians"], optional=True)],
  [M("Deir al-Balah", 31.42, 34.35, "PS", "approximate, city in central Gaza"), P("Cairo", "EG")],
  N + " 'A day earlier' than the strike: D-3, optional (earlier gold name). Deir al-Balah: former refuge. Baptist (al-Ahli) hospital in Gaza City. Cairo talks future.",
  ["narrative", "weekday_date", "victims_named", "origin_place", "background_event", "future_event"]))

# 6 ---------------------------------------------------------------- Rehovot
d = "2025-06-16"
add(D(R, 6, d, f"""The Iranian missile struck a residential street in Rehovot shortly after 3 a.m. on {WD(d,-1)}, a few hundred metres from the campus of the Weizmann Institute of Science, whose laboratories were also damaged. Shira Levin, 29, a doctoral student, said she had reached the shelter with seconds to spare. Two people were killed and more than 40 were lightly wounded; Magen David Adom took them to Kaplan hospital and to Shamir medical centre near Be'er Ya'akov. Hours later, another missile hit a building in Bat Yam, killing six. Prime Minister Benjamin Netanyahu visited the Bat Yam site and said Iran would "pay a heavy price". In Rehovot, engineers began assessing whether the damaged buildings could be saved.""",
  [E("incident", "missile strike", DAY(d, -1), Q("Rehovot", "IL", 31.89, 34.81), ["Iran", "civilians"]),
   E("incident", "missile strike", DAY(d, -1), M("Bat Yam", 32.02, 34.75, "IL", "approximate, city south of Tel Aviv"), ["Iran", "civilians"], optional=True),
   E("other", "site visit", DAY(d, -1), M("Bat Yam", 32.02, 34.75, "IL", "approximate, city south of Tel Aviv"), ["Benjamin Netanyahu"], optional=True)],
  [M("Be'er Ya'akov", 31.94, 34.84, "IL", "approximate, town north of Rehovot")],
  N + " Bat Yam strike the same night: dated, optional (earlier gold name); its site visit also optional. Kaplan hospital in Rehovot; Shamir (Be'er Ya'akov, ~6 km, inside).",
  ["narrative", "weekday_date", "victims_named", "hospital_other_city", "background_event", "site_visit"]))

# 7 ---------------------------------------------------------------- Saraqib
d = "2023-10-09"
add(D(R, 7, d, f"""The rocket barrage fell on the covered market of Saraqib, on the Aleppo–Damascus highway in the Idlib countryside, at midday on {WD(d,-1)}. Khaled al-Omar, 17, had been helping his father at their spice stall; he lost his left hand. Four people were killed. The White Helmets took the wounded to hospitals in Idlib and Sarmada. Government forces had shelled dozens of towns in the northwest since a drone attack on the military academy in Homs, which Damascus blamed on insurgents. Saraqib had been largely deserted after the 2020 offensive and had only recently filled up again with families returning from the camps near Atmeh. Shopkeepers said they would not reopen before the end of the week.""",
  [E("incident", "rocket shelling", DAY(d, -1), Q("Saraqib", "SY", 35.86, 36.8), ["Syrian government", "civilians"])],
  [P("Idlib", "SY"), Q("Sarmada", "SY", 36.18, 36.72), M("Homs", 34.73, 36.71, "SY", "approximate, city in central Syria"), P("Damascus", "SY"), M("Atmeh", 36.2, 36.68, "SY", "approximate, camps near the Turkish border")],
  N + " Idlib (~15 km, inside) and Sarmada hospitals. Homs academy attack: undated back-reference here. Atmeh camps: origin of returnees.",
  ["narrative", "weekday_date", "victims_named", "hospital_other_city", "back_reference", "origin_place"]))

# 8 ---------------------------------------------------------------- Said Sadiq
d = "2023-06-19"
SAD = Q("Said Sadiq", "IQ", 35.35, 45.87, q="Sayid Sadiq")
add(D(R, 8, d, f"""The drone hit the car on the road between Said Sadiq and Halabja in the early evening of {WD(d,-2)}. Inside were three men who, according to the Kurdistan Region's counter-terrorism service, were members of the PKK-linked Sinjar Resistance Units; local officials said one of them was a farmer who had offered the others a lift. Rebwar Aziz, whose orchard lies beside the road, said he saw the car burning and could not get close. All three were killed. Their bodies were taken to the forensic institute in Slêmanî. Turkey's defence ministry in Ankara did not comment. Residents of Halabja held a protest the next day against what they called "strikes in a city of peace".""",
  [E("incident", "drone strike", DAY(d, -2), SAD, ["Turkey", "PKK-linked fighters"]),
   E("other", "protest", DAY(d, -1), Q("Halabja", "IQ", 35.18, 45.99), ["residents"])],
  [P("Sulaymaniyah", "IQ"), P("Ankara", "TR")],
  N + " Composite. Road strike pinned at Said Sadiq (Halabja ~20 km, also the protest site: other). Slêmanî forensic institute (~50 km). Ankara statement place.",
  ["narrative", "weekday_date", "victims_named", "road", "protest", "statement_place"]))

# 9 ---------------------------------------------------------------- Abs (Hajjah)
d = "2025-04-30"
ABS = M("Abs", 16.0, 43.2, "YE", "approximate, district town in western Hajjah")
add(D(R, 9, d, f"""The strikes on the market in Abs came at around 10 p.m. on {WD(d,-2)}, as traders from the Tihama coast were closing their stalls. Houthi health officials said 11 people were killed, including a boy of nine, Mohammed al-Hajri, who had been selling qat with his uncle. The wounded were driven over broken roads to the hospital in Hajjah city, a three-hour journey. U.S. Central Command, in Tampa, said it had hit more than 1,000 targets since mid-March but did not comment on Abs. The market had been hit once before, in 2018, during the Saudi-led campaign. The Houthis fired a missile towards Israel the next morning and said their attacks would continue.""",
  [E("incident", "airstrike", DAY(d, -2), ABS, ["United States", "civilians"])],
  [Q("Hajjah", "YE", 15.69, 43.6), P("Tampa", "US")],
  N + " Composite. Hajjah city hospital (~50 km). Tampa statement. 2018 strike year-only; missile towards Israel unlocated.",
  ["narrative", "weekday_date", "victims_named", "hospital_other_city", "statement_place", "back_reference"]))

# 10 --------------------------------------------------------------- Zanjan
d = "2025-06-22"
add(D(R, 10, d, f"""The Israeli strikes on Zanjan, a city of half a million people in north-western Iran, hit a missile production site on the southern outskirts and, residents said, a block of flats near the Azadi roundabout on {WD(d,-1)} afternoon. Maryam Rezaei, a 26-year-old pharmacist, was killed when the building's facade collapsed onto the street. The Red Crescent said five people were killed. The injured were taken to Vali-Asr hospital and, in serious cases, to Tehran. Iranian state television said air defences had been active over the city for about 40 minutes. Hours later, the United States bombed the nuclear sites at Fordow and Natanz, and Iran's foreign minister said in Istanbul that Washington had "crossed a very big red line".""",
  [E("incident", "airstrike", DAY(d, -1), Q("Zanjan", "IR", 36.67, 48.48), ["Israel", "Iran"]),
   E("incident", "airstrike", [DAY(d, -1), d], M("Fordow", 34.88, 50.99, "IR", "approximate, enrichment site near Qom"), ["United States", "Iran"], optional=True),
   E("incident", "airstrike", [DAY(d, -1), d], M("Natanz", 33.72, 51.73, "IR", "approximate, enrichment site"), ["United States", "Iran"], optional=True)],
  [P("Tehran", "IR"), P("Istanbul", "TR"), P("Washington", "US")],
  N + " Two sites in one city: one event. US strikes 'hours later' (night of 21-22 June): dated, optional (earlier gold names). Tehran hospital; Istanbul statement; Washington metonym.",
  ["narrative", "weekday_date", "victims_named", "hospital_other_city", "background_event", "statement_place", "metonym"]))

# 11 --------------------------------------------------------------- Kalogi
d = "2025-12-06"
KAL = M("Kalogi", 11.35, 30.55, "SD", "approximate, town north-east of Kadugli, placement uncertain")
add(D(R, 11, d, f"""The first drone struck a kindergarten in Kalogi, a farming town in South Kordofan, on the morning of {WD(d,-2)}; a second hit the crowd that gathered to carry the children out. Local health workers said at least 40 people were killed, most of them children. Amna Kuku, a teacher, said she had just begun the morning lesson. The wounded were taken by cart to a clinic in Abu Jubaiha, about 40 km away, because the town's own health centre had closed months earlier. The army blamed the RSF and its allies in the SPLM-N faction of Abdelaziz al-Hilu; the RSF did not comment. UNICEF, in a statement from Port Sudan, said the attack was "an outrage". Kadugli and Dilling have been under siege since last year.""",
  [E("incident", "drone strike", DAY(d, -2), KAL, ["RSF", "civilians"])],
  [Q("Abu Jubaiha", "SD", 11.46, 31.23, q="Abū Jubayhah"), P("Port Sudan", "SD"), Q("Kadugli", "SD", 11.01, 29.72), Q("Dilling", "SD", 12.05, 29.65)],
  N + " Two drones at one site: one event. Abu Jubaiha clinic (~40 km, inside the radius). Port Sudan statement. Kadugli/Dilling sieges: undated background.",
  ["narrative", "weekday_date", "victims_named", "hospital_other_city", "statement_place", "back_reference"]))

# 12 --------------------------------------------------------------- Las Anod
d = "2023-02-09"
add(D(R, 12, d, f"""Mortar shells hit the main hospital in Las Anod, the contested town in northern Somalia, on {WD(d,-2)} afternoon, killing a nurse and two patients, doctors said. Hodan Farah, who runs the maternity ward, said mothers had to be carried to the basement. It was the third day of fighting between Somaliland forces and clan militias who reject Somaliland's rule and want to join Somalia's federal system. The wounded were moved to Garowe in Puntland and to Burao. Somaliland's government in Hargeisa denied shelling civilian areas. Tens of thousands of people have fled Las Anod towards Ethiopia and the Sool countryside since fighting began.""",
  [E("incident", "shelling", DAY(d, -2), Q("Las Anod", "SO", 8.48, 47.36, q="Laascaanood"), ["Somaliland forces", "civilians"])],
  [Q("Garowe", "SO", 8.41, 48.48), Q("Burao", "SO", 9.52, 45.53, q="Burao"), Q("Hargeisa", "SO", 9.56, 44.07)],
  N + " Fighting 'third day' not separately dated (the hospital shelling is the event). Garowe/Burao hospitals; Hargeisa statement.",
  ["narrative", "weekday_date", "victims_named", "hospital_other_city", "statement_place"]))

# 13 --------------------------------------------------------------- Chinégodar
d = "2020-01-11"
CHI = M("Chinégodar", 14.58, 0.95, "NE", "approximate, village near the Malian border north-west of Ouallam, placement uncertain")
add(D(R, 13, d, f"""The attackers came on motorbikes and in pick-ups from the direction of the Malian border shortly after noon on {WD(d,-2)}, firing mortars at the military post in Chinégodar. The fighting lasted several hours. Niger's defence ministry said 25 soldiers and 63 attackers were killed. Sergeant Issoufou Daouda, who survived, said the post had been reinforced only a week earlier. The wounded were flown to Niamey. The attack came a month after the assault on the camp at Inates, in which 71 soldiers were killed. President Mahamadou Issoufou cut short a trip to attend a summit in Pau, France, on {WD(d,2)}.""",
  [E("incident", "armed attack", DAY(d, -2), CHI, ["Islamic State", "Niger army"])],
  [P("Niamey", "NE"), M("Inates", 15.0, 1.6, "NE", "approximate, army camp near the Malian border"), Q("Pau", "FR", 43.3, -0.37)],
  N + " Niamey evacuation. Inates 'a month' earlier: back-reference. Pau summit future.",
  ["narrative", "weekday_date", "victims_named", "hospital_other_city", "back_reference", "future_event"]))

# 14 --------------------------------------------------------------- Malumfashi mosque
d = "2025-08-22"
UMA = M("Unguwan Mantau", 11.8, 7.62, "NG", "approximate, village in Malumfashi LGA, placement uncertain")
add(D(R, 14, d, f"""The gunmen surrounded the mosque in Unguwan Mantau, a village in Malumfashi local government area of Katsina State, during the dawn prayer on {WD(d,-3)}. They opened fire through the windows. At least 27 worshippers were killed; some were shot as they tried to escape into the millet fields. Lawal Sani, a farmer, said he lost his father and two brothers. The wounded were taken to the general hospital in Malumfashi and to Funtua. Residents said the attack was revenge for the killing of several bandits by a local vigilante group the week before. The state governor visited the village on {WD(d,-1)} and promised more troops. Mass funerals were held the same day.""",
  [E("incident", "armed attack", DAY(d, -3), UMA, ["bandits", "civilians"], alts=[Q("Malumfashi", "NG", 11.79, 7.62)]),
   E("other", "site visit", DAY(d, -1), UMA, ["Katsina governor"]),
   E("other", "funeral", DAY(d, -1), UMA, ["relatives"])],
  [Q("Funtua", "NG", 11.52, 7.31)],
  N + " Village pin, LGA seat alternate (hospital in the same place). Funtua hospital (~45 km, inside). Vigilante killings 'the week before': undated background.",
  ["narrative", "weekday_date", "victims_named", "hospital_other_city", "site_visit", "funeral", "village"]))

# 15 --------------------------------------------------------------- Uvira
d = "2025-03-01"
add(D(R, 15, d, f"""The shells fell on the Kalundu port district of Uvira, on the northern tip of Lake Tanganyika, on the night of {WD(d,-3)}, as Congolese soldiers retreating from Bukavu clashed with Wazalendo militias over control of the town. Jeanine Mapendo, a fishmonger, said her stall and her house were destroyed. Local civil society said at least 12 civilians were killed. Hundreds of families crossed the border to Bujumbura, where Burundian authorities set up a transit site. Some of the wounded were treated at the Uvira general hospital, others in Bujumbura. The M23 rebels, who took Bukavu two weeks earlier, were reported to be some 50 km to the north at Kamanyola. The Congolese government in Kinshasa said order had been restored on {WD(d,-1)}.""",
  [E("incident", "shelling and clashes", [DAY(d, -3), DAY(d, -2)], Q("Uvira", "CD", -3.39, 29.14), ["FARDC", "Wazalendo", "civilians"])],
  [Q("Bukavu", "CD", -2.51, 28.86), Q("Bujumbura", "BI", -3.38, 29.36), Q("Kamanyola", "CD", -2.75, 29.0), P("Kinshasa", "CD")],
  N + " Night range. Bukavu: origin of retreating troops. Bujumbura refuge/hospital (~25 km, inside the radius). Kamanyola: M23 position (no event stated). Kinshasa statement.",
  ["narrative", "weekday_date", "date_range", "victims_named", "origin_place", "hospital_other_city", "statement_place"]))

# 16 --------------------------------------------------------------- Bichena
d = "2024-02-03"
add(D(R, 16, d, f"""The drone struck near the bus station in Bichena, a market town in East Gojjam, on the morning of {WD(d,-5)}, as minibuses were loading for Debre Markos. Residents said eight passengers and a driver were killed. Tigist Alemu, a student who was waiting for a bus to Addis Ababa, said the explosion threw her across the road. The wounded were carried to the town's health centre; two later died on the way to Debre Markos. The government, which has been fighting the Fano militia in Amhara since August, said it targeted "extremist forces". The Ethiopian Human Rights Commission in Addis Ababa called for an investigation. A similar strike on Bichena's market in November was reported by residents but never confirmed.""",
  [E("incident", "drone strike", DAY(d, -5), Q("Bichena", "ET", 10.45, 38.2), ["Ethiopian military", "civilians"])],
  [Q("Debre Markos", "ET", 10.33, 37.73), P("Addis Ababa", "ET")],
  N + " Debre Markos: bus destination and hospital (~50 km). Addis Ababa: destination and statement. November strike month-only, unconfirmed: not gold.",
  ["narrative", "weekday_date", "victims_named", "hospital_other_city", "statement_place", "back_reference"]))

# 17 --------------------------------------------------------------- Bhamo
d = "2024-12-20"
add(D(R, 17, d, f"""Junta jets bombed the eastern quarter of Bhamo, on the Irrawaddy in Kachin State, on {WD(d,-2)}, as fighters of the Kachin Independence Army pressed their assault on the town's military headquarters. Daw Seng Ja, 63, who sold rice from her front room, was killed with her grandson. Local aid groups said 14 civilians were killed. The wounded were taken by boat to Shwegu, downriver, because the road to Myitkyina was cut. The KIA said it controlled most of the town's southern districts. The military government in Naypyitaw accused the KIA of using civilians as shields. Residents said shelling had continued almost daily since the offensive began.""",
  [E("incident", "airstrike", DAY(d, -2), Q("Bhamo", "MM", 24.26, 97.24), ["Myanmar military", "civilians"])],
  [Q("Shwegu", "MM", 24.23, 96.79), Q("Myitkyina", "MM", 25.38, 97.4), P("Naypyitaw", "MM", "Nay Pyi Taw")],
  N + " Composite. Shwegu refuge/hospital (~45 km, inside the radius). Myitkyina road direction; Naypyitaw statement.",
  ["narrative", "weekday_date", "victims_named", "hospital_other_city", "statement_place"]))

# 18 --------------------------------------------------------------- Gurbuz (Khost)
d = "2025-11-26"
GUR = M("Gurbuz district", 33.28, 70.12, "AF", "approximate, district south-east of Khost city, placement uncertain")
add(D(R, 18, d, f"""The air strike hit a house in Gurbuz district of Khost province shortly before midnight on {WD(d,-2)}. The house belonged to Gul Mohammad, a shopkeeper; the Taliban's spokesman said nine of his children and his wife were killed. The spokesman, speaking in Kabul, blamed Pakistan and said the Islamic Emirate would respond "at the appropriate time". Pakistan's military in Rawalpindi denied carrying out strikes inside Afghanistan. The strike came a day after a suicide bombing at a federal police office in Peshawar, which Pakistan blamed on militants based in Afghanistan. The survivors were taken to the provincial hospital in Khost city. The funerals were held on {WD(d,-1)}.""",
  [E("incident", "airstrike", DAY(d, -2), GUR, ["Pakistan", "civilians"], alts=[Q("Khost", "AF", 33.34, 69.92)]),
   E("incident", "suicide bombing", DAY(d, -3), P("Peshawar", "PK"), ["militants", "police"], optional=True),
   E("other", "funeral", DAY(d, -1), GUR, ["relatives"])],
  [P("Kabul", "AF"), Q("Rawalpindi", "PK", 33.6, 73.06)],
  N + " Composite. District pin, Khost city alternate (hospital). Peshawar bombing 'a day before': dated, optional (earlier gold). Kabul/Rawalpindi statements.",
  ["narrative", "weekday_date", "victims_named", "statement_place", "background_event", "funeral", "district"]))

# 19 --------------------------------------------------------------- Aranpur
d = "2023-04-27"
ARA = M("Aranpur", 18.72, 81.53, "IN", "approximate, village in Dantewada district")
add(D(R, 19, d, f"""The IED went off under a hired minivan carrying District Reserve Guard personnel back from an operation near Aranpur, in Chhattisgarh's Dantewada district, on the afternoon of {WD(d,-1)}. Ten policemen and the civilian driver were killed. Constable Ramesh Kawasi's widow said he had called her an hour earlier to say he would be home for dinner. The explosives, police said, had been buried under the road weeks before. The bodies were brought to Dantewada town, and Chief Minister Bhupesh Baghel flew in from Raipur to lay wreaths on {WD(d)}. Union Home Minister Amit Shah, speaking in New Delhi, promised to wipe out Maoism by 2026.""",
  [E("incident", "IED", DAY(d, -1), ARA, ["CPI-Maoist", "DRG"]),
   E("other", "wreath-laying", d, Q("Dantewada", "IN", 18.9, 81.35), ["Bhupesh Baghel"])],
  [P("Raipur", "IN"), P("New Delhi", "IN", pick=1)],
  N + " Wreath-laying: other at Dantewada (~25 km). Raipur origin, New Delhi statement.",
  ["narrative", "weekday_date", "victims_named", "memorial", "statement_place", "origin_place"]))

# 20 --------------------------------------------------------------- Midsayap
d = "2024-09-13"
add(D(R, 20, d, f"""The bomb had been left in a bag under a seat at the back of the bus, which was about to leave the terminal in Midsayap, North Cotabato, for Cotabato City on {WD(d,-1)} morning. Jessa Mae Ortiz, 22, a nursing student, had taken a seat near the front; she suffered burns to her arms. Two people were killed and 11 wounded. The wounded were taken to hospitals in Midsayap and Kidapawan. The military blamed a faction of the Dawlah Islamiyah, which has bombed buses in the province before. President Ferdinand Marcos Jr., speaking in Manila, ordered police to find the bombers.""",
  [E("incident", "bombing", DAY(d, -1), Q("Midsayap", "PH", 7.19, 124.53), ["Dawlah Islamiyah", "civilians"])],
  [Q("Cotabato City", "PH", 7.22, 124.25, q="Cotabato"), Q("Kidapawan", "PH", 7.01, 125.09), P("Manila", "PH")],
  N + " Composite. Cotabato City bus destination (~30 km, inside); Kidapawan hospital; Manila statement. Earlier bus bombings undated.",
  ["narrative", "weekday_date", "victims_named", "hospital_other_city", "statement_place", "route"]))

# 21 --------------------------------------------------------------- Santander de Quilichao
d = "2025-06-12"
add(D(R, 21, d, f"""The explosive-laden motorcycle blew up outside the police station in the centre of Santander de Quilichao, in Colombia's Cauca department, at about 7 a.m. on {WD(d,-2)}. Luz Dary Mina, 48, who was opening her bakery across the road, was killed instantly. Two police officers were wounded. It was one of more than 20 attacks on police and military targets across Cauca and Valle del Cauca that day, many of them in towns around Cali, which officials blamed on the FARC dissident group led by Iván Mordisco. The wounded were flown to Cali. President Gustavo Petro, in Bogotá, called the attacks "terrorism". Schools in the town stayed closed until the end of the week.""",
  [E("incident", "motorcycle bombing", DAY(d, -2), Q("Santander de Quilichao", "CO", 3.01, -76.48), ["FARC dissidents", "police", "civilians"])],
  [P("Cali", "CO"), P("Bogotá", "CO")],
  N + " Same-day wave 'across Cauca and Valle' without named towns: not pinned. Cali hospital (~45 km, inside the radius). Bogotá statement.",
  ["narrative", "weekday_date", "victims_named", "hospital_other_city", "statement_place"]))

# 22 --------------------------------------------------------------- Ciudad Cuauhtémoc
d = "2024-02-15"
add(D(R, 22, d, f"""The gunmen arrived at the rehabilitation centre on the outskirts of Cuauhtémoc, in the Mexican state of Chihuahua, shortly after dinner on {WD(d,-2)}. They forced residents into the courtyard and opened fire. Nine men were killed and four wounded. José Luis Chávez, whose son had entered the centre a month earlier to quit methamphetamine, said he had last spoken to him that afternoon. The wounded were taken to the general hospital in Cuauhtémoc and one to Chihuahua city. State prosecutors said the attack was linked to a dispute between La Línea and the Sinaloa cartel. Mennonite farmers in the surrounding colonies said they feared for their own safety.""",
  [E("incident", "mass shooting", DAY(d, -2), Q("Cuauhtémoc", "MX", 28.41, -106.87), ["gunmen", "civilians"])],
  [Q("Chihuahua", "MX", 28.63, -106.08)],
  N + " Composite. Chihuahua city hospital (~90 km). 'Sinaloa cartel' is an origin name. Hospital in the same town folds into the pin.",
  ["narrative", "weekday_date", "victims_named", "hospital_other_city", "origin_place"]))

# 23 --------------------------------------------------------------- Saint-Marc
d = "2024-12-11"
add(D(R, 23, d, f"""The gang attack on the Pivert neighbourhood on the southern edge of Saint-Marc began before dawn on {WD(d,-3)} and went on until the afternoon. Residents said the attackers came from Arcahaie and Montrouis along National Route 1. At least 12 people were killed, among them Marie-Claude Joseph, a market vendor, and her two teenage daughters. Police reinforcements arrived from Gonaïves. The wounded were treated at the Saint-Nicolas hospital. The attack came days after the massacre in Cité Soleil, in the capital, where a gang leader had ordered the killing of elderly people. The transitional council in Port-au-Prince promised to send Kenyan-led forces to the Artibonite.""",
  [E("incident", "gang attack", DAY(d, -3), Q("Saint-Marc", "HT", 19.11, -72.69), ["gangs", "civilians"])],
  [Q("Arcahaie", "HT", 18.77, -72.51), Q("Montrouis", "HT", 18.95, -72.7), Q("Gonaïves", "HT", 19.45, -72.69), M("Cité Soleil", 18.58, -72.33, "HT", "approximate, commune of Port-au-Prince"), P("Port-au-Prince", "HT")],
  N + " Composite. Attackers' origins (Montrouis ~18 km, inside the radius), police origin (Gonaïves), Cité Soleil 'days after' back-reference, future deployment.",
  ["narrative", "weekday_date", "victims_named", "origin_place", "back_reference", "future_event", "nationality"]))

# 24 --------------------------------------------------------------- Tartar
d = "2020-10-06"
add(D(R, 24, d, f"""The shell hit the roof of the Aliyev family's house in Tartar on the evening of {WD(d,-1)}, the ninth day of fighting over Nagorno-Karabakh. Sevinj Aliyeva, 34, and her six-year-old son were killed; her husband was at the front. Azerbaijan's prosecutor-general said 27 civilians had been killed since the war began, many of them in Tartar, Barda and Ganja. The wounded were taken to Barda. Armenian officials in Yerevan said Azerbaijani drones and artillery had hit Stepanakert the same night. In Tartar, most of the town's 20,000 residents were sleeping in basements. Foreign ministers of Armenia and Azerbaijan were expected in Geneva later in the week for talks with mediators.""",
  [E("incident", "shelling", DAY(d, -1), Q("Tartar", "AZ", 40.34, 46.93, q="Tǝrtǝr"), ["Armenia", "civilians"]),
   E("incident", "drone and artillery strikes", DAY(d, -1), M("Stepanakert (Khankendi)", 39.82, 46.75, "AZ", "approximate, main town of Nagorno-Karabakh"), ["Azerbaijan", "civilians"], optional=True)],
  [Q("Barda", "AZ", 40.37, 47.13), Q("Ganja", "AZ", 40.68, 46.36), P("Yerevan", "AM"), P("Geneva", "CH")],
  N + " Same-night strikes on Stepanakert: dated, optional (earlier gold). Barda hospital (~17 km, inside); Ganja earlier undated strikes; Geneva talks future.",
  ["narrative", "weekday_date", "victims_named", "hospital_other_city", "background_event", "future_event"]))

# 25 --------------------------------------------------------------- Derbent
d = "2024-06-24"
add(D(R, 25, d, f"""The gunmen reached the Kele-Numaz synagogue in Derbent in the early evening of {WD(d,-1)}, Orthodox Pentecost, and set it alight; minutes later others attacked the Church of the Intercession nearby, killing the priest, Father Nikolai Kotelnikov, 66. At the same time, a third group opened fire on a traffic police post in Makhachkala, 120 km to the north. In all, officials said, at least 20 people were killed, most of them police officers. Six attackers were killed. The Dagestan leader, speaking in Makhachkala, said the gunmen included sons of a local official. The Kremlin said in Moscow it would not change its policies. Three days of mourning were declared across Dagestan from {WD(d)}.""",
  [E("incident", "armed attack and arson", DAY(d, -1), Q("Derbent", "RU", 42.06, 48.29), ["Islamist gunmen", "civilians", "police"]),
   E("incident", "armed attack", DAY(d, -1), Q("Makhachkala", "RU", 42.98, 47.5), ["Islamist gunmen", "police"]),
   E("other", "days of mourning", d, Q("Makhachkala", "RU", 42.98, 47.5), ["Dagestan authorities"])],
  [P("Moscow", "RU")],
  N + " Two coordinated attacks in two cities (both scored). Mourning: other (region pinned at its capital). Moscow statement.",
  ["narrative", "weekday_date", "victims_named", "multi_event", "statement_place", "memorial"]))

# 26 --------------------------------------------------------------- Kumba school
d = "2020-10-26"
add(D(R, 26, d, f"""The gunmen arrived at the Mother Francisca International Bilingual Academy in Kumba on motorbikes late on the morning of {WD(d,-2)}, while classes were in session. They went from classroom to classroom, shooting. Seven children aged between nine and 12 were killed and 13 were wounded. Ngwe Esther, whose daughter survived by hiding under a bench, said the girl had only returned to school that month after two years at home in Buea. The wounded were taken to the Kumba district hospital and some to Douala. The government in Yaoundé blamed Anglophone separatists, who denied responsibility. A national day of mourning was declared for {WD(d,+5)}.""",
  [E("incident", "school shooting", DAY(d, -2), Q("Kumba", "CM", 4.64, 9.45), ["gunmen", "schoolchildren"])],
  [Q("Buea", "CM", 4.16, 9.24), P("Douala", "CM"), P("Yaoundé", "CM")],
  N + " Buea: home (~55 km). Douala hospital; Yaoundé statement. Day of mourning in the future: not gold.",
  ["narrative", "weekday_date", "victims_named", "hospital_other_city", "statement_place", "future_event"]))

# 27 --------------------------------------------------------------- Karimama
d = "2025-04-20"
add(D(R, 27, d, f"""The attack on the army post near Karimama, in the far north of Benin along the Niger river, began before dawn on {WD(d,-3)}. Dozens of fighters, who the army said had crossed from the W National Park, overran the post after two hours. Fifty-four soldiers were killed, the government said, the deadliest attack in the country's history. Corporal Fidèle Agbodjan, who survived by hiding in a drainage ditch, said the fighters came in waves. The wounded were flown to Cotonou. The al-Qaeda-linked JNIM claimed the attack from its bases in Burkina Faso. A government spokesman said in Cotonou that a ceremony for the dead would be held in Parakou next week.""",
  [E("incident", "armed attack", DAY(d, -3), Q("Karimama", "BJ", 12.07, 3.19), ["JNIM", "Benin army"])],
  [M("W National Park", 11.9, 2.7, "BJ", "approximate, park interior"), Q("Cotonou", "BJ", 6.37, 2.42), Q("Parakou", "BJ", 9.34, 2.63)],
  N + " Composite. W Park: attackers' origin (~55 km). Cotonou hospital/statement; Parakou ceremony future. Burkina Faso country only.",
  ["narrative", "weekday_date", "victims_named", "origin_place", "hospital_other_city", "statement_place", "future_event"]))

# 28 --------------------------------------------------------------- Panjgur
d = "2024-01-18"
PAN = Q("Panjgur", "PK", 26.96, 64.09)
add(D(R, 28, d, f"""The missiles and drones struck a cluster of mud houses in a village near Panjgur, close to the Iranian border, late on {WD(d,-2)}. Two girls, aged eight and 11, were killed and three women were wounded. Their uncle, Abdul Ghani, said the family had no links to any armed group. Iran's state media said the Revolutionary Guards had hit two bases of the Jaish al-Adl militant group. The wounded were taken to the district hospital in Panjgur. Pakistan recalled its ambassador from Tehran and, early on {WD(d)}, struck targets near Saravan, across the border in Iran. The foreign ministry in Islamabad said the villagers had been killed in an "illegal act".""",
  [E("incident", "missile and drone strike", DAY(d, -2), PAN, ["Iran", "civilians"]),
   E("incident", "airstrike", d, M("Saravan", 27.37, 62.33, "IR", "approximate, town near the Pakistani border"), ["Pakistan", "Baloch militants"], optional=True)],
  [P("Tehran", "IR"), P("Islamabad", "PK")],
  N + " Village near Panjgur pinned at Panjgur. Pakistan's retaliation on D: dated other strike, optional (earlier gold). Tehran (recall), Islamabad statement.",
  ["narrative", "weekday_date", "victims_named", "background_event", "statement_place"]))

# 29 --------------------------------------------------------------- Dura
d = "2024-06-14"
add(D(R, 29, d, f"""Israeli forces surrounded a house in the southern part of Dura, south-west of Hebron, shortly after midnight on {WD(d,-1)}, and exchanged fire with men inside for several hours. Two Palestinians were killed. The army said they had planned attacks on settlements; a relative, Yousef Amro, said one was a 19-year-old engineering student. A bulldozer later demolished part of the house. The wounded were taken to Al-Ahli hospital in Hebron. The Palestinian foreign ministry in Ramallah condemned the raid. Earlier this year, troops had raided the same neighbourhood and arrested several men.""",
  [E("incident", "raid and armed clash", DAY(d, -1), Q("Dura", "PS", 31.51, 35.03), ["Israel", "Palestinian militants"])],
  [M("Hebron", 31.53, 35.1, "PS", "approximate, city in the southern West Bank"), P("Ramallah", "PS")],
  N + " Composite. Hebron hospital (~8 km, inside). Ramallah statement. Earlier raid undated.",
  ["narrative", "weekday_date", "victims_named", "hospital_other_city", "statement_place", "back_reference"]))

# 30 --------------------------------------------------------------- Kropyvnytskyi
d = "2025-04-08"
add(D(R, 30, d, f"""The Shahed drones came in over the southern outskirts of Kropyvnytskyi at about 3 a.m. on {WD(d,-2)}. One struck the upper floors of an apartment block near the airfield; another set fire to a warehouse in the industrial zone. Viktoriia Bondar, 35, who lived on the ninth floor with her mother, said the ceiling came down on the bed where her mother slept; the older woman was killed. Four other residents were injured and taken to the regional hospital. The regional governor said air defences destroyed 12 drones over the Kirovohrad region. On the same night, a missile hit Kryvyi Rih, 120 km to the south-east, killing four. The city council of Kropyvnytskyi said it would rehouse the families within a week.""",
  [E("incident", "drone strike", DAY(d, -2), Q("Kropyvnytskyi", "UA", 48.51, 32.26, q="Kropyvnyts’kyy"), ["Russia", "civilians"]),
   E("incident", "missile strike", DAY(d, -2), P("Kryvyi Rih", "UA"), ["Russia", "civilians"], optional=True)],
  [],
  N + " Composite. Two hits in one city: one event. Same-night Kryvyi Rih strike: dated, optional (earlier gold). Kirovohrad region named after the city's old name (not a separate pin).",
  ["narrative", "weekday_date", "victims_named", "background_event"]))
