from lib import *
R = "narrative"
DOCS = []
add = DOCS.append
T = "Humanitarian monitor's narrative of one strike; composite, with invented victims, figures and often places. Undated earlier strikes are not gold; dated ones are optional. "

def N(num, d, text, events, nonev, note, tags):
    add(D(R, num, d, text, events, nonev, T + note, ["narrative"] + tags))

d = "2024-03-14"
N(1, d, f"""At around 02:10 on {WD(d,-1)}, an airstrike hit a two-storey house in the village of Kin Ywa, about 12 km west of Kyaukkyi township in Myanmar's Bago region, killing seven members of the Saw family. The dead included Naw Paw Htoo, 34, and her three children. Neighbours pulled two wounded men from the rubble and carried them by motorbike to a clinic in Kyaukkyi; one was later transferred to Taungoo General Hospital. Residents told our researchers that a jet had circled for ten minutes before the strike. The family had already lost a son in an artillery attack on the same village last year. The military's information office in Nay Pyi Taw said it had targeted a resistance camp. Survivors have since fled to relatives in Shwegyin.""",
  [E("incident", "airstrike", DAY(d, -1), OFF("Kin Ywa (12 km W of Kyaukkyi)", Q("Kyaukkyi", "MM", 18.33, 96.77), 12, 270), ["Myanmar military", "civilians"], alts=[Q("Kyaukkyi", "MM", 18.33, 96.77)])],
  [Q("Taungoo", "MM", 18.94, 96.43), Q("Nay Pyi Taw", "MM", 19.75, 96.13), Q("Shwegyin", "MM", 17.92, 96.88)],
  "Offset village. Earlier artillery 'last year': undated. Taungoo: hospital; Nay Pyi Taw: statement; Shwegyin: refuge.", ["victims_named", "hospital_other_city", "back_reference", "refuge_place", "offset", "weekday_date", "statement_place"])

d = "2023-11-28"
N(2, d, f"""On the evening of {WD(d,-2)}, a drone dropped an explosive on a minibus on the road outside Djibo, Burkina Faso, as it returned from the weekly market in Namssiguia. Nine passengers were killed, among them Aminata Diallo, a 19-year-old student, and her uncle Boureima. Injured passengers were treated at the Djibo medical centre, which has been under blockade for months. Relatives said the same family had lost two members when the road was mined in 2022. Local sources blamed the army's drone unit; the government in Ouagadougou denied that its forces had operated in the area. Relatives said a memorial prayer would be held once the road reopened.""",
  [E("incident", "drone strike", DAY(d, -2), M("Djibo road (near Namssiguia)", 14.05, -1.55, "BF", "approximate, road south of Djibo toward Namssiguia; placement uncertain"), ["Burkina army", "civilians"])],
  [Q("Ouagadougou", "BF", 12.37, -1.53), M("Namssiguia", 13.93, -1.45, "BF", "approximate, market village south-east of Djibo")],
  "Road strike between Djibo and Namssiguia (Djibo ~10 km, inside the radius). Memorial prayer: future. Denial from Ouagadougou. Earlier mine (2022): undated back-reference.", ["victims_named", "denial", "back_reference", "future_event", "weekday_date"])

d = "2024-08-06"
N(3, d, f"""Shortly after dawn on {WD(d,-1)}, an Israeli drone struck a car at the entrance of Mayfadoun, a village north of Nabatieh in southern Lebanon, killing the driver, 46-year-old Hassan Farhat, and his nephew. A passer-by was wounded and taken to the Ragheb Harb hospital in Toul. Witnesses said the car was hit twice within a minute. Farhat's brother had been killed in a strike in nearby Kfar Tebnit in June. Israel's military said it had struck a Hezbollah operative. The funeral took place in Mayfadoun the same afternoon, while Israeli drones flew overhead.""",
  [E("incident", "drone strike", DAY(d, -1), M("Mayfadoun", 33.40, 35.52, "LB", "approximate, village north of Nabatieh"), ["Israel", "civilians"]),
   E("other", "funeral", DAY(d, -1), M("Mayfadoun", 33.40, 35.52, "LB", "approximate, village north of Nabatieh"), ["civilians"])],
  [M("Toul", 33.39, 35.47, "LB", "approximate, village near Nabatieh"), M("Kfar Tebnit", 33.36, 35.52, "LB", "approximate, village south of Nabatieh")],
  "June strike (month only): undated back-reference. Hospital in Toul (~5 km).", ["victims_named", "hospital_other_city", "back_reference", "funeral", "weekday_date"])

d = "2022-10-12"
N(4, d, f"""A Russian S-300 missile struck a block of flats in the city of Nizhyn in Chernihiv oblast at about 03:00 on {WD(d,-3)}, collapsing two entrances. Seventeen residents were killed, including Olena Kovalenko, 71, who had moved from Bakhmach in the spring to escape shelling. Rescuers from the State Emergency Service worked for two days. The wounded were taken to the city's central district hospital. Kovalenko's daughter said by phone from Lviv that her mother had survived a strike on Bakhmach in March. A day of mourning was declared in Nizhyn on {WD(d,-2)}.""",
  [E("incident", "missile strike", DAY(d, -3), Q("Nizhyn", "UA", 51.05, 31.89, q="Nizhyn"), ["Russia", "civilians"]),
   E("other", "day of mourning", DAY(d, -2), Q("Nizhyn", "UA", 51.05, 31.89, q="Nizhyn"), ["civilians"])],
  [Q("Bakhmach", "UA", 51.18, 32.83), Q("Lviv", "UA", 49.84, 24.03, q="L’viv"), Q("Chernihiv", "UA", 51.50, 31.29)],
  "Composite (invented strike). Home town Bakhmach; daughter in Lviv. March strike: month only. Chernihiv: oblast.", ["victims_named", "origin_place", "back_reference", "mourning", "weekday_date", "admin_qualifier"])
d = "2025-02-03"
N(5, d, f"""On {WD(d,-2)} afternoon, RSF drones hit the main market in the town of Al-Dabba in Sudan's Northern State, our monitors reported. At least 14 traders and shoppers were killed; among them were Mohamed Osman, a grain seller, and his two sons. The wounded were driven to Merowe Teaching Hospital, 90 km away, because the local clinic had run out of supplies. Witnesses said three drones came from the direction of the desert road to Omdurman. Osman's cousin had been killed in an RSF raid on the family's farm last year. The Sudanese army in Port Sudan called the strike a war crime.""",
  [E("incident", "drone strike", DAY(d, -2), M("Al-Dabba", 18.05, 30.95, "SD", "approximate, town on the Nile in Northern State"), ["RSF", "civilians"])],
  [Q("Merowe", "SD", 18.48, 31.82), Q("Omdurman", "SD", 15.64, 32.48), Q("Port Sudan", "SD", 19.62, 37.22)],
  "Hospital in Merowe (~90 km). Direction Omdurman. Earlier raid last year: undated. Port Sudan: statement.", ["victims_named", "hospital_other_city", "direction_place", "back_reference", "statement_place", "weekday_date"])

d = "2023-07-20"
N(6, d, f"""Just before midnight on {WD(d,-2)}, mortar shells fired from across the border landed in the yard of a house in the village of Verin Shorzha in Armenia's Gegharkunik province, injuring three members of the Grigoryan family. Ten-year-old Davit suffered shrapnel wounds and was flown by helicopter to the Surb Astvatsamayr hospital in Yerevan. His grandfather said the family had rebuilt the roof after a similar attack in September. Early reports had placed the shelling in nearby Sotk, but the village council said no shells fell there. Armenia's defence ministry blamed Azerbaijani units; the ministry in Baku said its troops had only returned fire.""",
  [E("incident", "mortar fire", [DAY(d, -2), DAY(d, -1)], M("Verin Shorzha", 40.28, 45.80, "AM", "approximate, village near the eastern border of Gegharkunik; placement uncertain"), ["Azerbaijan", "civilians"])],
  [Q("Yerevan", "AM", 40.18, 44.51), Q("Baku", "AZ", 40.41, 49.87)],
  "Composite. 'Just before midnight' → that night (range). Sotk denied by the council (~15 km, inside the radius, not listed). September attack: undated month.", ["victims_named", "hospital_other_city", "denial", "back_reference", "night_range", "weekday_date"])
d = "2021-05-19"
N(7, d, f"""An airstrike brought down the three-storey home of the al-Kawlak family on al-Wehda Street in Gaza City in the early hours of {WD(d,-3)}, killing 22 people. Eight of the dead were children. Rescuers dug for hours with their hands and a single bulldozer. The injured were taken to al-Shifa hospital, a few hundred metres away. Days earlier the family had taken in relatives who fled Beit Hanoun. Israel's military said it had targeted an underground tunnel network.""",
  [E("incident", "airstrike", DAY(d, -3), M("al-Wehda Street, Gaza City", 31.52, 34.45, "PS", "approximate, central Gaza City"), ["Israel", "civilians"], alts=[Q("Gaza City", "PS", 31.50, 34.47, q="Gaza")])],
  [M("Beit Hanoun (origin)", 31.54, 34.54, "PS", "approximate, town north-east of Gaza City")],
  "Street pin with city alternate. Beit Hanoun: relatives' origin (~9 km, inside the radius).", ["victims_named", "origin_place", "street", "weekday_date"])
d = "2024-06-25"
N(8, d, f"""On {WD(d,-1)} morning, gunmen on motorcycles attacked the village of Tawari, in Kogi state's Kogi LGA, shooting farmers in their fields. Twelve people were killed, including the village head's son, Musa Ibrahim. Survivors fled to Koton Karfe, the LGA headquarters, where the wounded were treated at the general hospital. The village had been attacked in 2022, when the headmaster was abducted. Police in Lokoja said a joint team had been deployed. A mass burial was held in Tawari on {WD(d)}.""",
  [E("incident", "armed attack", DAY(d, -1), M("Tawari", 8.17, 6.86, "NG", "approximate, village in Kogi LGA; placement uncertain"), ["gunmen", "civilians"]),
   E("other", "mass burial", d, M("Tawari", 8.17, 6.86, "NG", "approximate, village in Kogi LGA; placement uncertain"), ["civilians"])],
  [Q("Koton Karfe", "NG", 8.09, 6.80), Q("Lokoja", "NG", 7.80, 6.74)],
  "Refuge and hospital Koton Karfe (~10 km); police statement in Lokoja.", ["victims_named", "refuge_place", "back_reference", "funeral", "statement_place", "weekday_date"])

d = "2020-12-29"
N(9, d, f"""On {WD(d,-3)}, a suicide car bomb exploded at a police checkpoint at the entrance of Bacaadweyn, a town about 60 km north-west of Galkayo in Somalia's Mudug region, killing six people, among them two police officers and a tea seller, Halima Yusuf. Witnesses said the bomber had driven from the direction of Harardhere. The wounded were taken to the Mudug Regional Hospital in Galkayo. Halima's husband had been wounded in an al-Shabaab attack on the same checkpoint two years earlier. Elders said the checkpoint had been moved closer to the market only weeks before.""",
  [E("incident", "car bombing", DAY(d, -3), M("Bacaadweyn", 7.18, 47.60, "SO", "approximate, town north-west of Galkayo"), ["al Shabaab", "police", "civilians"])],
  [Q("Galkayo", "SO", 6.77, 47.43, q="Gaalkacyo"), Q("Harardhere", "SO", 4.65, 47.86, q="Xarardheere")],
  "Composite. Galkayo: hospital; Harardhere: direction. The earlier attack: undated.", ["victims_named", "hospital_other_city", "direction_place", "back_reference", "weekday_date"])
d = "2022-08-23"
N(10, d, f"""On the night of {WD(d,-2)} to {WD(d,-1)}, a Turkish drone struck a house on the outskirts of Zarkan in north-east Syria, killing four members of a Kurdish family who had been displaced from Ras al-Ain in 2019. Salwa Hussein, 52, and her three grandchildren died. A fifth relative was treated in Hasakah. The house stood next to a bakery run by the local council. The Syrian Democratic Forces condemned the strike in a statement from Qamishli.""",
  [E("incident", "drone strike", [DAY(d, -2), DAY(d, -1)], M("Zarkan (Abu Rasin)", 36.82, 40.39, "SY", "approximate, town south-east of Ras al-Ain"), ["Türkiye", "civilians"])],
  [Q("Hasakah", "SY", 36.50, 40.75, q="Al Ḩasakah"), Q("Ras al-Ain", "SY", 36.85, 40.07, q="Ra’s al ‘Ayn"), Q("Qamishli", "SY", 37.05, 41.23, q="Al Qāmishlī")],
  "Night range. Displacement from Ras al-Ain (2019, background). Hasakah: hospital; Qamishli: statement.", ["victims_named", "hospital_other_city", "origin_place", "statement_place", "night_range", "weekday_date"])
d = "2023-04-12"
N(11, d, f"""An airstrike by the Myanmar military hit a gathering in Ywa Thit village, Kanbalu township, Sagaing region, on {WD(d,-1)} morning, as residents met to open a local administration office. Our documentation team has verified the names of 23 of the dead. Survivors said a jet dropped two bombs and a helicopter then fired on the crowd. The wounded were carried to clinics in neighbouring villages because the road to Kanbalu was closed. A junta spokesman in Nay Pyi Taw confirmed the strike and said the office belonged to "terrorists".""",
  [E("incident", "airstrike", DAY(d, -1), M("Ywa Thit (Kanbalu)", 23.10, 95.40, "MM", "approximate, village south of Kanbalu; placement uncertain"), ["Myanmar military", "civilians"])],
  [Q("Kanbalu", "MM", 23.20, 95.52), Q("Nay Pyi Taw", "MM", 19.75, 96.13)],
  "Composite (invented village name for a Kanbalu strike). Kanbalu township seat (~17 km).", ["victims_named", "statement_place", "weekday_date", "village"])
d = "2024-05-08"
N(12, d, f"""A shell struck the courtyard of a school used as a shelter in El Fasher's Al-Salam camp on {WD(d,-2)}, killing five children playing football. The dead included the Adam brothers, aged 8 and 11, whose family had fled Kabkabiya in 2023. The wounded were taken to the Saudi Hospital in the city. Witnesses blamed the RSF, whose positions east of the city have shelled the camp before. The neighbouring Abu Shouk camp was not hit that day, residents said.""",
  [E("incident", "shelling", DAY(d, -2), M("Al-Salam camp, El Fasher", 13.58, 25.32, "SD", "approximate, IDP camp on the southern side of El Fasher"), ["RSF", "civilians"])],
  [M("Kabkabiya", 13.65, 24.09, "SD", "approximate, town west of El Fasher")],
  "Composite. Kabkabiya: origin. Earlier shelling: undated. Abu Shouk: explicitly not hit (inside the radius, not listed).", ["victims_named", "origin_place", "back_reference", "camp", "weekday_date"])
d = "2019-04-10"
N(13, d, f"""In the late afternoon of {WD(d,-3)}, a blast tore through a school compound in Sanaa's Sa'wan district, killing 14 children. Most were pupils at the al-Ra'i school. The wounded were taken to al-Kuwait University Hospital and al-Thawra hospital. Residents first blamed a coalition airstrike; the coalition denied carrying out any strike on the area, and local officials later said a nearby storage site had exploded. Our researchers could not confirm the cause.""",
  [E("incident", "explosion", DAY(d, -3), M("Sa'wan, Sanaa", 15.36, 44.24, "YE", "approximate, eastern Sanaa district"), ["unknown", "civilians"], alts=[Q("Sanaa", "YE", 15.35, 44.21)])],
  [],
  "Composite. District pin with city alternate. The explosion is an event whatever its cause; the denial concerns only the attribution.", ["victims_named", "neighbourhood", "denial", "weekday_date"])
d = "2022-03-06"
N(14, d, f"""On {WD(d,-2)}, Russian aircraft dropped unguided bombs on a residential area of Pryluky, killing 11 civilians, including people queuing outside a pharmacy. Among them was Natalia Syrota, 58, a retired nurse, and her neighbour. The wounded were taken to the town hospital. Syrota's son, a volunteer, had been killed on the road to Kyiv days before. The town council declared three days of mourning.""",
  [E("incident", "airstrike", DAY(d, -2), Q("Pryluky", "UA", 50.59, 32.39), ["Russia", "civilians"])],
  [Q("Kyiv", "UA", 50.45, 30.52)],
  "Composite (invented strike). Mourning undated (no gold). 'Days before' on the road to Kyiv: undated back-reference.", ["victims_named", "back_reference", "weekday_date"])
d = "2025-06-18"
N(15, d, f"""At 04:30 on {WD(d,-1)}, an Israeli airstrike hit an apartment building in the Shahran neighbourhood of north-western Tehran, killing nine residents including Dr. Mina Rahimi, a paediatrician, and her parents. Neighbours said the building housed no military facilities. The wounded were taken to Shohada-ye Tajrish hospital in the north of the city. Rahimi's brother had been wounded in the strike on the state broadcaster's headquarters on {WD(d,-2)}. Iran's foreign ministry condemned the attack.""",
  [E("incident", "airstrike", DAY(d, -1), M("Shahran, Tehran", 35.76, 51.29, "IR", "approximate, north-western Tehran neighbourhood"), ["Israel", "civilians"], alts=[Q("Tehran", "IR", 35.69, 51.39)]),
   E("incident", "airstrike", DAY(d, -2), M("IRIB building, Tehran", 35.78, 51.41, "IR", "approximate, state broadcaster in northern Tehran"), ["Israel"], optional=True)],
  [M("Tajrish", 35.80, 51.43, "IR", "approximate, northern Tehran")],
  "Composite. Neighbourhood pin. Dated earlier strike on the broadcaster: optional. Tajrish: hospital (~14 km).", ["victims_named", "neighbourhood", "background_event", "weekday_date"])
d = "2023-09-05"
N(16, d, f"""On {WD(d,-1)}, a Pakistani airstrike hit a house in the village of Kam Sheltan in Afghanistan's Paktika province, near the Barmal district centre, killing eight members of the Zadran family, according to local elders. Among the dead was 13-year-old Gul Rahman. Two injured women were taken to the provincial hospital in Sharana. The family had come to Barmal as refugees from North Waziristan in 2014. The Taliban's spokesman in Kabul condemned the strike; Islamabad did not comment.""",
  [E("incident", "airstrike", DAY(d, -1), M("Kam Sheltan (Barmal)", 32.75, 69.40, "AF", "approximate, village near Barmal district centre; placement uncertain"), ["Pakistan", "civilians"])],
  [Q("Sharana", "AF", 33.14, 68.73, q="Sharan"), Q("Kabul", "AF", 34.53, 69.17), Q("Islamabad", "PK", 33.69, 73.06), Q("Miranshah", "PK", 33.00, 70.07, q="Mīrān Shāh")],
  "Composite. North Waziristan: refugees' origin (pinned at Miranshah).", ["victims_named", "hospital_other_city", "origin_place", "statement_place", "weekday_date"])

d = "2024-11-22"
N(17, d, f"""On the morning of {WD(d,-1)}, a Russian Iskander missile hit the Kovpakivskyi district of Sumy near a university dormitory, killing two students and wounding eleven. One of the dead, Andrii Melnyk, 20, came from Konotop. The wounded were treated at the Sumy regional hospital. His family said Andrii had lived through the 2022 siege of Okhtyrka as a teenager. Classes at the university moved online for a week.""",
  [E("incident", "missile strike", DAY(d, -1), M("Kovpakivskyi district, Sumy", 50.90, 34.80, "UA", "approximate, central Sumy district"), ["Russia", "civilians"], alts=[Q("Sumy", "UA", 50.91, 34.80)])],
  [Q("Konotop", "UA", 51.24, 33.20), Q("Okhtyrka", "UA", 50.31, 34.90)],
  "Composite. Konotop: home town; Okhtyrka 2022 siege: background.", ["victims_named", "origin_place", "back_reference", "weekday_date"])
d = "2021-02-22"
N(18, d, f"""At around 10:00 on {WD(d,-2)}, gunmen opened fire on worshippers leaving a mosque in Zaroumdareye in Niger's Tillabéri region. Eighteen men were killed, including the imam, Hamidou Issa. Initial reports named the neighbouring village of Tchoma Bangou, but survivors said the gunmen did not reach it. The wounded were taken to Ouallam. The village had lost 12 people in an attack in January. Residents said the attackers came from the Malian border.""",
  [E("incident", "armed attack", DAY(d, -2), M("Zaroumdareye", 14.60, 1.80, "NE", "approximate, village north of Ouallam; placement uncertain"), ["militants", "civilians"])],
  [Q("Ouallam", "NE", 14.32, 2.08), M("Tchoma Bangou", 14.65, 1.82, "NE", "approximate, village near Zaroumdareye")],
  "Composite. Tchoma Bangou: wrongly reported, not gold. January attack: undated month. Ouallam: hospital.", ["victims_named", "hospital_other_city", "back_reference", "denial", "weekday_date"])
d = "2022-07-04"
N(19, d, f"""An airstrike hit the Al-Hariri family's house on the edge of Kafr Takharim in Idlib province on {WD(d,-2)}, killing a mother and her four children. The father, Ahmad, was working in Turkey at the time. The wounded grandmother was taken to a hospital in Salqin. The family had been displaced from Khan Shaykhun in 2019. Residents said Russian warplanes had circled the area for an hour.""",
  [E("incident", "airstrike", DAY(d, -2), Q("Kafr Takharim", "SY", 36.12, 36.52, q="Kafr Takhārīm"), ["Russia", "civilians"])],
  [Q("Salqin", "SY", 36.14, 36.45, q="Salqīn"), M("Khan Shaykhun", 35.44, 36.65, "SY", "approximate, town in southern Idlib")],
  "Composite. Turkey: country only. Salqin: hospital (~7 km). Khan Shaykhun: origin.", ["victims_named", "origin_place", "hospital_other_city", "weekday_date"])
d = "2025-05-12"
N(20, d, f"""Indian shelling hit a house in the Chakothi sector of Pakistan-administered Kashmir's Hattian Bala district on {WD(d,-4)}, killing a woman, Shazia Bibi, and her daughter. Relatives took the wounded son to the Combined Military Hospital in Muzaffarabad. The family had rebuilt the house after shelling in 2019.""",
  [E("incident", "shelling", DAY(d, -4), M("Chakothi", 34.11, 73.87, "PK", "approximate, village on the LoC in Hattian Bala"), ["India", "civilians"])],
  [Q("Muzaffarabad", "PK", 34.37, 73.47)],
  "Composite. 2019 shelling: background year only.", ["victims_named", "hospital_other_city", "back_reference", "weekday_date"])

d = "2023-01-20"
N(21, d, f"""On {WD(d,-2)} afternoon, a drone struck a bajaj taxi in the town of Dembecha in West Gojjam, killing three passengers. One was a pharmacist, Tigist Alemu. Who operated the drone is not clear; residents blamed federal forces, which did not comment. The wounded driver was taken to the Debre Markos Referral Hospital. Tigist's brother had been arrested in Bahir Dar during the state of emergency.""",
  [E("incident", "drone strike", DAY(d, -2), Q("Dembecha", "ET", 10.56, 37.48, q="Dembech’a"), ["unknown", "civilians"])],
  [Q("Debre Markos", "ET", 10.33, 37.72, q="Debre Mark’os"), Q("Bahir Dar", "ET", 11.59, 37.39)],
  "Composite. Debre Markos (~35 km): hospital. Arrest in Bahir Dar: undated background.", ["victims_named", "hospital_other_city", "back_reference", "weekday_date"])
d = "2024-01-18"
N(22, d, f"""Iranian missiles struck the village of Sabz Koh in Pakistan's Panjgur district late on {WD(d,-2)}, killing two children and wounding three women, according to our field researchers. Tehran said it had targeted Jaish al-Adl bases. The wounded were taken to the district hospital in Panjgur. The children's father said his brother had been killed by unknown gunmen in Turbat years ago. Pakistan's foreign office recalled its ambassador and warned of consequences.""",
  [E("incident", "missile strike", DAY(d, -2), M("Sabz Koh", 26.90, 63.90, "PK", "approximate, village near the Iran border in Panjgur district; placement uncertain"), ["Iran", "civilians"])],
  [Q("Panjgur", "PK", 26.96, 64.09), Q("Tehran", "IR", 35.69, 51.39), Q("Turbat", "PK", 26.00, 63.04)],
  "Panjgur: hospital (~20 km). Turbat: undated background. Tehran: statement.", ["victims_named", "hospital_other_city", "statement_place", "back_reference", "weekday_date"])
d = "2021-08-09"
N(23, d, f"""At about 18:00 on {WD(d,-2)}, a shell exploded near a bakery in Lashkar Gah's Bolan area, killing six civilians including Abdul Wahid, a baker, and his two apprentices. The wounded were taken to the MSF-supported Boost hospital. Wahid's family had fled their home in Nad-e Ali in 2016.""",
  [E("incident", "shelling", DAY(d, -2), M("Bolan, Lashkar Gah", 31.60, 64.33, "AF", "approximate, area south of Lashkar Gah"), ["unknown", "civilians"], alts=[Q("Lashkar Gah", "AF", 31.59, 64.37, q="Lashkar Gāh")])],
  [M("Nad-e Ali", 31.63, 64.18, "AF", "approximate, district west of Lashkar Gah")],
  "Composite. Hospital within the city (no separate pin).", ["victims_named", "origin_place", "neighbourhood", "weekday_date"])

d = "2020-10-13"
N(24, d, f"""Before dawn on {WD(d,-2)}, a missile fired from Armenian positions struck a residential block in the old town of Mingachevir, killing two people and wounding five. The dead included Kamala Aliyeva, 63. The wounded were taken to Yevlakh. Officials had at first said the missile fell in Ganja, which was also shelled that week. A previous strike had hit the area near the city's hydroelectric dam a week earlier.""",
  [E("incident", "missile strike", DAY(d, -2), Q("Mingachevir", "AZ", 40.76, 47.06, q="Mingachevir"), ["Armenia", "civilians"])],
  [Q("Yevlakh", "AZ", 40.62, 47.15), Q("Ganja", "AZ", 40.68, 46.36)],
  "Composite. Ganja: mistaken first report and undated shelling. Dam strike 'a week earlier': undated.", ["victims_named", "hospital_other_city", "correction", "back_reference", "weekday_date"])
d = "2022-11-14"
N(25, d, f"""On the afternoon of {WD(d,-1)}, a bomb exploded on İstiklal Avenue in Istanbul's Beyoğlu district, killing six people, including a nine-year-old girl and her father. Emergency services took the wounded to Taksim and Beyoğlu hospitals. The Interior Ministry blamed the PKK, which denied responsibility in a statement from the Qandil mountains.""",
  [E("incident", "bombing", DAY(d, -1), M("İstiklal Avenue, Beyoğlu", 41.03, 28.98, "TR", "approximate, central Istanbul"), ["unknown", "civilians"], alts=[Q("Istanbul", "TR", 41.01, 28.95)])],
  [M("Qandil mountains", 36.45, 45.10, "IQ", "approximate, PKK headquarters area")],
  "Street pin with city alternate. Qandil: statement place, denial.", ["victims_named", "street", "denial", "statement_place", "weekday_date"])

d = "2023-06-15"
N(26, d, f"""Gunmen raided the hamlet of Kwatas in Plateau state's Bokkos LGA on {WD(d,-2)} night, burning 30 houses and killing 16 villagers, among them Pastor Yakubu Dung and his wife. Survivors fled to Mangu. The wounded were taken to the Jos University Teaching Hospital. The hamlet had been attacked before, in May. A police spokesman said patrols had been stepped up.""",
  [E("incident", "armed attack", [DAY(d, -2), DAY(d, -1)], M("Kwatas", 9.38, 9.05, "NG", "approximate, hamlet in Bokkos LGA; placement uncertain"), ["gunmen", "civilians"])],
  [Q("Mangu", "NG", 9.52, 9.10), Q("Jos", "NG", 9.93, 8.89)],
  "Composite. Night range. May attack: undated month. Mangu (refuge), Jos (hospital).", ["victims_named", "refuge_place", "hospital_other_city", "back_reference", "night_range", "weekday_date"])
d = "2024-12-27"
N(27, d, f"""On {WD(d,-2)}, an airstrike by the Pakistani air force hit the Laman area of Paktika's Barmal district, killing at least 46 people, most of them women and children, according to the Taliban administration. Among the dead were members of the Wazir family, refugees from South Waziristan. The wounded were taken to Urgun. A spokesman in Islamabad said militant hideouts had been struck.""",
  [E("incident", "airstrike", DAY(d, -2), M("Laman (Barmal)", 32.70, 69.35, "AF", "approximate, area in Barmal district; placement uncertain"), ["Pakistan", "civilians"])],
  [M("Urgun", 32.93, 69.18, "AF", "approximate, district centre in Paktika"), Q("Islamabad", "PK", 33.69, 73.06), M("Wana", 32.30, 69.57, "PK", "approximate, seat of South Waziristan")],
  "South Waziristan origin pinned at Wana. Urgun: hospital.", ["victims_named", "hospital_other_city", "origin_place", "statement_place", "weekday_date"])

d = "2019-07-03"
N(28, d, f"""Late on {WD(d,-2)}, an airstrike hit the Tajoura migrant detention centre east of Tripoli, killing 53 migrants, many from Sudan and Eritrea. The survivors said guards had shot at people trying to flee. The wounded were taken to hospitals in Tripoli and Misrata. The centre had been hit by shrapnel in May. The UN-recognised government blamed forces loyal to Khalifa Haftar, whose headquarters is in Rajma near Benghazi.""",
  [E("incident", "airstrike", DAY(d, -2), M("Tajoura detention centre", 32.87, 13.36, "LY", "approximate, east of Tripoli"), ["LNA", "migrants"], alts=[Q("Tajura", "LY", 32.88, 13.35, q="Tājūrā’")])],
  [Q("Tripoli", "LY", 32.89, 13.19), Q("Misrata", "LY", 32.38, 15.09, q="Mişrātah"), M("Rajma", 32.10, 20.30, "LY", "approximate, LNA base east of Benghazi")],
  "Tripoli (~16 km) and Misrata: hospitals. May shrapnel: undated. Rajma: headquarters. Nationalities: countries only.", ["victims_named", "hospital_other_city", "back_reference", "nationality", "facility", "weekday_date"])

d = "2025-09-30"
N(29, d, f"""A bomb hidden in a motorcycle exploded outside the regional office of a provincial security force in Quetta's Zarghoon Road area on {WD(d)} morning, killing 10 people, including a schoolboy, Bilal Ahmed, 14, who was waiting for a bus. The wounded were taken to the Civil Hospital, Quetta. Bilal's family had moved from Mastung after a suicide bombing there. A separatist group claimed the attack in a statement.""",
  [E("incident", "bombing", d, M("Zarghoon Road, Quetta", 30.20, 67.02, "PK", "approximate, central Quetta"), ["separatists", "civilians"], alts=[Q("Quetta", "PK", 30.18, 67.0)])],
  [Q("Mastung", "PK", 29.80, 66.85)],
  "Composite. Mastung: family's origin, earlier undated bombing.", ["victims_named", "origin_place", "back_reference", "street"])

d = "2022-01-25"
N(30, d, f"""Coalition warplanes hit a prison in Saada city on {WD(d,-4)}, killing at least 87 detainees, according to MSF. Many of the dead were African migrants awaiting deportation. The wounded were taken to al-Jumhuri hospital. On the same night, a strike on a telecommunications building in al-Hawak district of Hodeidah knocked out the internet across Yemen; that strike is documented separately. The coalition in Riyadh denied targeting the prison.""",
  [E("incident", "airstrike", DAY(d, -4), M("Saada prison", 16.94, 43.76, "YE", "approximate, prison in Saada city"), ["Saudi-led coalition", "detainees"], alts=[Q("Saada", "YE", 16.94, 43.76, q="Şa‘dah")]),
   E("incident", "airstrike", [DAY(d, -4), DAY(d, -3)], M("al-Hawak, Hodeidah", 14.78, 42.96, "YE", "approximate, district of Hodeidah"), ["Saudi-led coalition"], optional=True)],
  [Q("Riyadh", "SA", 24.69, 46.72)],
  "Dated other strike (same night, documented separately): optional. Coalition denial in Riyadh.", ["victims_named", "background_event", "denial", "statement_place", "facility", "weekday_date"])