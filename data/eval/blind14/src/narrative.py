from lib import *
R = "narrative"
DOCS = []
add = DOCS.append
T = "Humanitarian monitor's narrative of one strike, written for blind14; composite, with invented victims, figures and often details. Undated earlier strikes are not gold; dated separate ones are optional. "


def N(num, d, text, events, nonev, note, tags):
    add(D(R, num, d, text, events, nonev, T + note, ["narrative"] + tags))


TAGS = ["victims_named"]
TYR = Q("Tyre", "LB", 33.27, 35.20)
NAB = Q("Nabatieh", "LB", 33.38, 35.48, q="Nabatiye et Tahta")
SID = Q("Sidon", "LB", 33.56, 35.37, q="Sidon")

# ---------------- Middle East (15) ----------------
d = "2024-10-02"
N(1, d, f"""At about 21:30 on {WD(d,-2)}, a munition struck the ground floor of a three-storey building on the eastern edge of Tayr Filsay, east of Tyre, where two families displaced from Aitaroun had rented flats since January. Five people were killed: Fatima Hammoud, 52; her son Hadi, 19; and her neighbour Samira Srour, 34, with Samira's daughters Lea, 7, and Maya, 4. Three wounded survivors were taken to the Jabal Amel hospital in Tyre. The Srour family's house in Aitaroun had already been damaged by shelling last winter, which is why they had moved north. We spoke to four witnesses and reviewed photographs of the site; we did not find indications of a military objective in the building. The Israeli army has not commented on this specific strike.""",
  [E("incident", "air strike", DAY(d, -2), M("Tayr Filsay", 33.30, 35.36, "LB", "approximate, village east of Tyre"), ["Israel", "civilians"])],
  [TYR, M("Aitaroun", 33.12, 35.47, "LB", "approximate, border village")],
  "Monday night. Tyre: direction and hospital (~15 km, inside radius). Aitaroun: home town and undated earlier shelling.",
  TAGS + ["weekday_date", "hospital_other_city", "home_town", "back_reference"])

d = "2024-08-26"
N(2, d, f"""On the morning of {WD(d,-1)}, a drone-fired missile hit a white pickup truck on the road leading into Arab Salim from the Jarjouaa junction, killing the driver, Mahmoud Fakih, 41, a municipal water technician, and his colleague Ali Daher, 29. A passer-by, 16-year-old Hassan Jaber, suffered burns and was taken to the Ghandour hospital in Nabatieh. Colleagues told us the two men were on their way to repair a pumping station damaged in an earlier strike. The municipality of Arab Salim said neither man belonged to an armed group. Hezbollah did not announce the deaths of any fighters that day.""",
  [E("incident", "drone strike", DAY(d, -1), M("Arab Salim", 33.43, 35.53, "LB", "approximate, village north-east of Nabatieh"), ["Israel", "civilians"])],
  [NAB],
  "Sunday. Road pinned at the town entered (Arab Salim, the first-named place); Jarjouaa junction not listed. Nabatieh: hospital (~7 km). The earlier strike on the pumping station: undated.",
  TAGS + ["weekday_date", "hospital", "back_reference", "road"])

d = "2024-10-11"
N(3, d, f"""A strike on the civil defence centre in Qaaqaiyet al-Jisr in the early hours of {WD(d,-1)} killed three first responders as they rested between shifts: team leader Yousef Chamseddine, 38, and volunteers Rami Ezzeddine, 24, and Karim Wehbe, 22. Two other volunteers were wounded and transferred to the Najdeh hospital in Nabatieh. The centre's ambulance and fire engine were destroyed. According to the regional civil defence directorate, the team had evacuated the wounded from a strike in nearby Zawtar the previous evening. Attacks on medical and rescue workers are prohibited under international humanitarian law; the Israeli army said it was reviewing the incident.""",
  [E("incident", "air strike", DAY(d, -1), M("Qaaqaiyet al-Jisr", 33.34, 35.45, "LB", "approximate, village south of Nabatieh on the Litani road"), ["Israel", "civil defence"]),
   E("incident", "air strike", DAY(d, -2), M("Zawtar", 33.33, 35.55, "LB", "approximate, Zawtar al-Sharqiyah on the Litani"), ["Israel"], optional=True)],
  [NAB],
  "Thursday early hours. The strike in Zawtar 'the previous evening' is a clearly dated separate event: optional (Zawtar is also a military_release gold name in this set). Nabatieh: hospital (~5 km).",
  TAGS + ["weekday_date", "medical_workers", "dated_background", "hospital"])

d = "2023-12-04"
N(4, d, f"""Just after noon on {WD(d,-1)}, a house on the southern side of Chaqra was flattened by what residents described as two missiles fired by a warplane. The owner, Ibrahim Qassem, 67, and his wife Zahra, 63, were killed; their grandson Jawad, 12, who was visiting from Beirut, was pulled from the rubble and treated at the Tebnine government hospital. The couple had refused to leave the village after the first weeks of cross-border fire. Neighbours said a Hezbollah fighter from the village had been killed elsewhere in November, but that the family had no connection to the group. The house had no apparent military use.""",
  [E("incident", "air strike", DAY(d, -1), M("Chaqra", 33.19, 35.47, "LB", "approximate, village in Bint Jbeil district"), ["Israel", "civilians"])],
  [M("Tebnine", 33.20, 35.41, "LB", "approximate, town with the government hospital"), Q("Beirut", "LB", 33.89, 35.50)],
  "Sunday. Tebnine: hospital (~6 km, inside radius). Beirut: the grandson's home. The fighter's death 'elsewhere in November': no place.",
  TAGS + ["weekday_date", "hospital", "home_town"])

d = "2024-09-25"
N(5, d, f"""Our researchers documented a strike at around 16:00 on {WD(d,-2)} on a single-storey building at the entrance of Kfar Dajjal, near Nabatieh, that housed a family of Syrian agricultural workers from Idlib. Seven were killed, including four children: Abdulkarim al-Hussein, 45, his wife Amina, 39, and their children Omar, 14, Sidra, 11, Yaman, 8 and Nour, 3, as well as his brother Jamal, 40. The only survivor, 17-year-old Khaled, was at a shop at the time. The bodies were taken to the Nabatieh government hospital. That day dozens of strikes hit southern Lebanon; the building was hundreds of metres from any house neighbours associated with Hezbollah.""",
  [E("incident", "air strike", DAY(d, -2), M("Kfar Dajjal", 33.41, 35.50, "LB", "approximate, village north of Nabatieh; placement uncertain"), ["Israel", "civilians"])],
  [NAB, Q("Idlib", "SY", 35.93, 36.63)],
  "Monday. Nabatieh: direction and hospital (~3 km). Idlib: home region. 'Dozens of strikes' elsewhere: no places.",
  TAGS + ["weekday_date", "home_town", "hospital", "nationality"])

d = "2024-11-05"
N(6, d, f"""In the early evening of {WD(d,-1)}, an air strike destroyed the Mortada family home in Hawsh al-Rafiqa, west of Baalbek. Nine people died, among them Hussein Mortada, 58, his daughters Rasha, 26, and Malak, 20, and five relatives who had fled from Dahiyeh, Beirut's southern suburbs, in October. Rescuers from the Islamic Health Committee dug through the night; two injured women were taken to the Dar al-Amal hospital in Douris and later to Baalbek government hospital. The family told us that a relative had been killed in a strike on Bednayel in late October. The Israeli army said it struck 'Hezbollah targets in the Baalbek area' without naming the village.""",
  [E("incident", "air strike", DAY(d, -1), M("Hawsh al-Rafiqa", 34.03, 36.14, "LB", "approximate, village west of Baalbek; placement uncertain"), ["Israel", "civilians"])],
  [Q("Baalbek", "LB", 34.01, 36.21), M("Douris", 34.00, 36.19, "LB", "approximate, village south of Baalbek"), M("Dahiyeh", 33.85, 35.51, "LB", "approximate, Beirut southern suburbs"), M("Bednayel", 33.90, 36.02, "LB", "approximate, village in the western Bekaa")],
  "Monday evening. Baalbek and Douris: hospitals (inside radius). Dahiyeh: place fled from. Bednayel: 'late October', not clearly dated: background.",
  TAGS + ["weekday_date", "hospital", "fled_from", "back_reference"])

d = "2024-10-15"
N(7, d, f"""A car carrying a displaced family from Kfar Kila was hit on the road near Kfar Houne, in the hills of Jezzine district, at about 10:00 on {WD(d,-1)}. Rima Chour, 31, and her son Elias, 9, were killed; her husband Tony survived with shrapnel wounds and was taken to the Hammoud hospital in Sidon. They were driving from a school shelter in Jezzine to collect clothes. The Israeli military said it had targeted 'a Hezbollah operative' travelling in a vehicle in southern Lebanon. The family and the mayor of Kfar Kila insist that Tony Chour is a schoolteacher with no political affiliation.""",
  [E("incident", "drone strike", DAY(d, -1), M("Kfar Houne", 33.47, 35.58, "LB", "approximate, village east of Jezzine"), ["Israel", "civilians"])],
  [SID, M("Jezzine", 33.54, 35.58, "LB", "approximate, town"), M("Kfar Kila", 33.28, 35.58, "LB", "approximate, border village")],
  "Monday. Sidon: hospital (~25 km, inside radius). Jezzine: shelter and district (~8 km). Kfar Kila: home town.",
  TAGS + ["weekday_date", "hospital_other_city", "home_town", "idf_statement"])

d = "2024-09-02"
N(8, d, f"""On {WD(d,-2)} afternoon, an Israeli drone struck a group of young men standing outside a shop in Deir Abu Da'if, east of Jenin, killing four: brothers Mohammad and Ahmad Abu al-Rub, 21 and 18; Yazan Nazzal, 17; and Qusai Tubasi, 23. Ambulances from the Palestine Red Crescent took them to the Khalil Suleiman government hospital in Jenin, where they were pronounced dead. The army said it had struck 'a terrorist cell' preparing an attack. Relatives said Yazan was a secondary school student. It was the second drone strike in the village in a month; the earlier one, on a car, killed no one.""",
  [E("incident", "drone strike", DAY(d, -2), Q("Deir Abu Da'if", "PS", 32.46, 35.36, q="Dayr Abu Da'if"), ["Israel", "Palestinians"])],
  [Q("Jenin", "PS", 32.46, 35.30)],
  "Saturday. Jenin: direction and hospital (~6 km). The earlier strike 'in a month': undated.",
  TAGS + ["weekday_date", "hospital", "back_reference", "idf_statement"])

d = "2023-11-22"
N(9, d, f"""Ahmad Sabbah, 58, was shot in the chest while picking olives on his family's land below Fahma, south-west of Jenin, at around 08:00 on {WD(d,-1)}. His son Wael, who was with him, said the shots came from a jeep on the settlers' road above the grove. Ahmad was driven by a neighbour to the Ibn Sina hospital in Jenin, where he died of his wounds. The army said soldiers had fired at 'suspects approaching the road'. This season, the family had obtained coordination to access the land for two days only; last year their harvest was stolen.""",
  [E("incident", "shooting", DAY(d, -1), Q("Fahma", "PS", 32.38, 35.18, q="Fahmah"), ["Israel army", "civilians"])],
  [Q("Jenin", "PS", 32.46, 35.30)],
  "Tuesday. Jenin: direction and hospital (~15 km). Last year's theft: undated background.",
  TAGS + ["weekday_date", "hospital_other_city", "back_reference"])

d = "2022-07-14"
N(10, d, f"""Around 02:30 on {WD(d,-1)}, Israeli forces entered Beit Kahil, north-west of Hebron, to arrest a former prisoner. During the raid, Mu'tasim Atawneh, 20, was shot in the head on the roof of his family's house, where he had gone to see what was happening, according to his mother. Paramedics were prevented from reaching him for forty minutes; he was pronounced dead at the Al-Ahli hospital in Hebron. The army said soldiers had opened fire at a person who threw a block. Our field researcher saw no block on the roof the next morning.""",
  [E("incident", "raid, shooting", DAY(d, -1), Q("Beit Kahil", "PS", 31.57, 35.07, q="Bayt Kahil"), ["Israel army", "Palestinians"])],
  [Q("Hebron", "PS", 31.53, 35.10)],
  "Wednesday early hours. Hebron: direction and hospital (~5 km).",
  TAGS + ["weekday_date", "hospital", "raid"])

d = "2024-04-16"
N(11, d, f"""On the evening of {WD(d,-2)}, around forty settlers, some of them armed and in army uniform, attacked Bedouin herders on the grazing grounds east of Deir Dibwan. The herder Suleiman Ka'abneh, 47, was beaten and hospitalised at the Palestine Medical Complex in Ramallah with a broken arm; 23 sheep were killed or stolen and two tents were set on fire. The attack followed calls for revenge after an Israeli teenager went missing near the settlement of Malachei HaShalom. Suleiman's family had moved to Deir Dibwan after being driven from their encampment near Al-Mughayyir last year.""",
  [E("incident", "settler attack, arson", DAY(d, -2), Q("Deir Dibwan", "PS", 31.91, 35.27, q="Dayr Dibwan"), ["Israeli settlers", "Bedouin herders"])],
  [Q("Ramallah", "PS", 31.90, 35.20), M("Malachei HaShalom", 31.98, 35.34, "PS", "approximate, settlement outpost east of Ramallah")],
  "Sunday evening. Ramallah: hospital (~7 km). Malachei HaShalom: background place. Al-Mughayyir: last year's displacement (undated, not listed).",
  TAGS + ["weekday_date", "hospital", "property_destruction", "back_reference"])

d = "2020-02-12"
N(12, d, f"""At about 11:00 on {WD(d,-1)}, artillery shells fired from government-held areas struck the main street of Taqad, in the western Aleppo countryside, as families loaded belongings onto trucks to flee north. Our monitors recorded six deaths: Abdulrahman Hallak, 60; his daughter-in-law Hala, 28; and her three children, aged two to nine; and a truck driver from Sarmada, Bilal Qaddour, 37. The wounded were taken to the Bab al-Hawa hospital near the Turkish border. Two days earlier, the family's home in Kafr Halab was hit by an air strike; they had moved to Taqad to stay with relatives.""",
  [E("incident", "shelling", DAY(d, -1), M("Taqad", 36.17, 36.89, "SY", "approximate, village in the western Aleppo countryside; placement uncertain"), ["Syria army", "civilians"]),
   E("incident", "air strike", DAY(d, -3), M("Kafr Halab", 36.08, 36.82, "SY", "approximate, village south-west of Aleppo; placement uncertain"), ["Syria army or Russia", "civilians"], optional=True)],
  [M("Sarmada", 36.18, 36.72, "SY", "approximate, town near the border"), M("Bab al-Hawa hospital", 36.22, 36.67, "SY", "approximate, hospital near the crossing")],
  "Tuesday. 'Two days earlier' is a clearly dated separate strike: optional. Sarmada: home town. Bab al-Hawa: hospital (~20 km, inside radius).",
  TAGS + ["weekday_date", "hospital", "home_town", "dated_background", "fled_from"])

d = "2019-11-20"
N(13, d, f"""Shortly before dawn on {WD(d,-1)}, aircraft that witnesses and flight observers identified as Russian struck a poultry farm on the edge of Kafr Taal, where three displaced families from southern Idlib were sheltering in a store room. Eleven people were killed, including seven children. Among the dead were Mariam al-Sheikh, 33, and her four children; the farm owner, Abu Adnan, lost two grandsons. Rescuers took the wounded to a hospital in Atarib. The Russian defence ministry said in Moscow that its aircraft had not carried out combat missions in the area that day.""",
  [E("incident", "air strike", DAY(d, -1), M("Kafr Taal", 36.20, 36.93, "SY", "approximate, village in the western Aleppo countryside; placement uncertain"), ["Russia", "civilians"])],
  [M("Atarib", 36.14, 36.83, "SY", "approximate, town west of Aleppo"), Q("Moscow", "RU", 55.76, 37.62)],
  "Tuesday. The Russian denial does not remove the event (witness-identified). Atarib: hospital (~11 km). Moscow: statement place.",
  TAGS + ["weekday_date", "hospital", "denial", "statement_place"])

d = "2023-10-24"
N(14, d, f"""On {WD(d,-1)} morning, a suicide drone struck a group of olive pickers in fields outside Abzimo, west of Aleppo, killing three: Hamza al-Ali, 27, his cousin Mustafa, 22, and a woman from the village, Wafaa Hamadi, 45. Four others were wounded and treated at the Atarib surgical hospital. Residents said drones had been circling the front line near Kafr Nouran for days. The White Helmets said it was the fifth attack on farmers in the area this month. No party claimed the strike, but the drone came from the direction of government-held Aleppo.""",
  [E("incident", "drone strike", DAY(d, -1), M("Abzimo", 36.11, 36.88, "SY", "approximate, village west of Aleppo near Atarib; placement uncertain"), ["Syria army (presumed)", "civilians"])],
  [M("Atarib", 36.14, 36.83, "SY", "approximate, town west of Aleppo"), Q("Aleppo", "SY", 36.20, 37.16)],
  "Monday. Atarib: hospital (~5 km). Kafr Nouran: front-line background (not listed). Aleppo: launch direction (~26 km, inside radius).",
  TAGS + ["weekday_date", "hospital", "launch_origin", "background_event"])

d = "2021-03-09"
N(15, d, f"""At 09:15 on {WD(d,-1)}, two shells landed in the yard of a primary school in Kafr Karmin as pupils lined up for the morning assembly. Teacher Yasmin Darwish, 29, and pupils Ali Mahmoud, 10, and Rahaf Kassab, 8, were killed. Nine children were wounded; the most seriously injured were transferred to a hospital in Bab al-Hawa and two to Turkey. Local education officials said the school had been shelled before, in 2020, and had only reopened in January. The shelling came from positions near Aleppo's western suburbs.""",
  [E("incident", "shelling", DAY(d, -1), M("Kafr Karmin", 36.13, 36.86, "SY", "approximate, village west of Aleppo; placement uncertain"), ["Syria army", "civilians"])],
  [M("Bab al-Hawa hospital", 36.22, 36.67, "SY", "approximate, hospital near the crossing")],
  "Monday. 2020 shelling: year-only background. Bab al-Hawa: hospital (~20 km). Aleppo suburbs: launch direction (not listed).",
  TAGS + ["weekday_date", "school", "hospital", "back_reference"])

# ---------------- Elsewhere (15) ----------------
d = "2024-03-04"
N(16, d, f"""Shortly after 01:00 on {WD(d,-2)}, a Shahed-type drone hit the upper floors of a nine-storey residential building in Kryzhanivka, a suburb on the coast north-east of Odesa. Our team confirmed twelve deaths, among them five children, including four-month-old Tymofii and his mother Olena, 30. Rescue work lasted until {WD(d,-1)} evening. The injured were taken to Odesa's regional clinical hospital. Residents said air defence had been active over the city for an hour before the strike; a second drone was shot down over the sea.""",
  [E("incident", "drone strike", DAY(d, -2), Q("Kryzhanivka", "UA", 46.56, 30.80), ["Russia", "civilians"])],
  [Q("Odesa", "UA", 46.48, 30.73)],
  "Saturday after 01:00; rescue work until Sunday is not a separate event. Odesa: direction and hospital (~10 km). Interception over the sea: no pin.",
  TAGS + ["weekday_date", "hospital", "interception"])

d = "2023-07-17"
N(17, d, f"""A missile struck a logistics company's office near the airport in Aviatorske, south of Dnipro, at about 07:40 on {WD(d,-2)}, as the morning shift arrived. Four employees were killed: accountant Iryna Savchenko, 43; drivers Petro Hnatiuk, 51, and Oleh Lysenko, 36; and security guard Vasyl Koval, 60. Nineteen people were injured, several of them taken to the Mechnikov hospital in Dnipro. The company delivered humanitarian supplies to Kharkiv and Zaporizhzhia. Russia's defence ministry said it had struck 'a military airfield'. The airport had already been destroyed in 2022.""",
  [E("incident", "missile strike", DAY(d, -2), Q("Aviatorske", "UA", 48.37, 35.08), ["Russia", "civilians"])],
  [Q("Dnipro", "UA", 48.45, 34.98)],
  "Saturday. Dnipro: direction and hospital (~12 km). Kharkiv and Zaporizhzhia: delivery destinations (not listed). 2022 destruction of the airport: year-only background.",
  TAGS + ["weekday_date", "hospital", "claim", "background_event"])

d = "2024-07-09"
N(18, d, f"""On the night of {WD(d,-2)} to {WD(d,-1)}, a guided missile hit a dairy farm on the outskirts of Voloske, a village near Dnipro, killing the farm manager, Anatolii Bondar, 55, and injuring three milkmaids, who were taken to hospital in Dnipro. Eighty cows died in the fire. Mr Bondar's son, who serves in the army near Pokrovsk, learned of his father's death by phone. Regional authorities said a separate missile hit an industrial site elsewhere in the district the same night.""",
  [E("incident", "missile strike", [DAY(d, -2), DAY(d, -1)], Q("Voloske", "UA", 48.31, 35.14), ["Russia", "civilians"])],
  [Q("Dnipro", "UA", 48.45, 34.98), Q("Pokrovsk", "UA", 48.28, 37.18)],
  "Night of Sunday to Monday. Dnipro: hospital (~20 km). Pokrovsk: qualifies the son. The unnamed industrial site: no place.",
  TAGS + ["night_of", "hospital_other_city", "qualifier_place"])

d = "2022-11-30"
N(19, d, f"""On {WD(d,-1)} evening, a loitering munition struck a house in Olyshivka, north-east of Kyiv in the Chernihiv region, where Valentyna Marchenko, 71, lived with her disabled son Serhii, 45. Both were killed. Their neighbour, Mykola, told us the village had been occupied by Russian forces in March and that the family had survived the occupation in the cellar. The bodies were taken to the morgue in Chernihiv. The local council said the house had no military presence; the nearest checkpoint is several kilometres away on the Kyiv–Chernihiv highway.""",
  [E("incident", "drone strike", DAY(d, -1), Q("Olyshivka", "UA", 51.22, 31.34), ["Russia", "civilians"])],
  [Q("Chernihiv", "UA", 51.50, 31.30)],
  "Tuesday evening. Chernihiv: morgue (~30 km, inside radius). March occupation: background. The highway: no pin.",
  TAGS + ["weekday_date", "background_event", "hospital_other_city"])

d = "2024-10-29"
N(20, d, f"""An FPV drone dropped an explosive on a municipal bus at the Prymiske stop west of Nikopol at around 15:20 on {WD(d,-1)}. The driver, Serhii Hrytsenko, 48, was killed, and six passengers, mostly elderly women going to the market, were wounded; they were taken to the Nikopol central hospital. Nikopol and nearby villages across the reservoir from the occupied Zaporizhzhia nuclear plant are hit daily by drones and artillery from Enerhodar. Earlier this month, a drone hit an ambulance in Nikopol itself.""",
  [E("incident", "drone strike", DAY(d, -1), Q("Prymiske", "UA", 47.61, 34.34), ["Russia", "civilians"])],
  [M("Nikopol", 47.57, 34.39, "UA", "approximate, city on the Kakhovka reservoir"), M("Enerhodar", 47.50, 34.66, "UA", "approximate, city of the nuclear plant (launch side)")],
  "Monday. Nikopol: direction, hospital and an undated ('earlier this month') ambulance strike (~6 km, inside radius). Enerhodar: launch origin (~25 km from Prymiske, inside radius).",
  TAGS + ["weekday_date", "launch_origin", "back_reference", "hospital"])

d = "2023-06-21"
N(21, d, f"""Shelling on the morning of {WD(d,-1)} hit the centre of Hrushivka, a village in the Nikopol district, damaging the school and a shop and killing Liudmyla Zinchenko, 66, who was queuing for bread. Her sister-in-law, Halyna, was injured and taken to hospital in Marhanets. Villagers said they had been without water since the destruction of the Kakhovka dam two weeks earlier. The shelling came from the left bank of the former reservoir.""",
  [E("incident", "shelling", DAY(d, -1), Q("Hrushivka", "UA", 47.58, 34.02), ["Russia", "civilians"])],
  [M("Marhanets", 47.65, 34.62, "UA", "approximate, town on the former reservoir")],
  "Tuesday. Marhanets: hospital (~45 km). The Kakhovka dam's destruction 'two weeks earlier': not clearly dated, background (dam not listed).",
  TAGS + ["weekday_date", "hospital_other_city", "background_event"])

d = "2024-06-22"
N(22, d, f"""On the morning of {WD(d,-2)}, fighters of the Rapid Support Forces arrived in dozens of vehicles at Jalqani village, in Sennar state, and opened fire on residents who had gathered to defend their homes. According to survivors we interviewed in Sinja, at least 28 people were killed, including the village imam, Sheikh Abdelrahim Musa, and three of his sons. Houses were looted and the grain store was burned. Wounded survivors were taken by donkey cart and car to the hospital in Sennar town. The RSF said its forces had 'repelled an attack by army-aligned militias'. Residents fleeing the village reached Sinja and Al-Dinder over the following days.""",
  [E("incident", "armed attack, looting", DAY(d, -2), Q("Jalqani", "SD", 12.45, 34.22), ["RSF", "civilians"])],
  [M("Sinja", 13.15, 33.93, "SD", "approximate, town in Sennar state"), M("Sennar", 13.55, 33.63, "SD", "approximate, town on the Blue Nile")],
  "Thursday. Sinja: interview place and flight destination. Sennar: hospital. Al-Dinder (a headline gold name, Dinder): flight destination, not listed here.",
  TAGS + ["weekday_date", "fled_to", "hospital_other_city", "claim"])

d = "2023-04-13"
N(23, d, f"""At about 10:30 on {WD(d,-2)}, a military jet dropped two bombs on the compound of a Buddhist monastery on the edge of Mawlaik, on the Chindwin river in Sagaing region, where around 200 displaced villagers were staying. Our sources identified 17 dead, including the abbot's assistant U Pyinnya and nine children. A helicopter then fired on people fleeing towards the riverbank. The wounded were carried by boat to a clinic run by the local resistance downstream. The junta's information team said in Naypyitaw that it had targeted 'PDF terrorists' training in the area.""",
  [E("incident", "air strike", DAY(d, -2), Q("Mawlaik", "MM", 23.64, 94.41), ["Myanmar military", "civilians"])],
  [Q("Naypyitaw", "MM", 19.75, 96.13, q="Nay Pyi Taw")],
  "Tuesday. The helicopter fire on fleeing people: same attack, same pin. Naypyitaw: statement place.",
  TAGS + ["weekday_date", "statement_place", "religious_site"])

d = "2024-02-08"
N(24, d, f"""In the early hours of {WD(d,-1)}, naval artillery and an air strike hit the fishing quarter of Kyeintali, in Rakhine State's Gwa township, killing eleven people, among them the fishing boat owner Kyaw Win, 50, and his wife, Daw Hla. Their boat was also sunk. Survivors told us the Arakan Army had not entered the town at the time. The injured were taken by road to Gwa hospital. The military had bombarded the town's outskirts two weeks earlier.""",
  [E("incident", "naval shelling, air strike", DAY(d, -1), Q("Kyeintali", "MM", 18.01, 94.49), ["Myanmar military", "civilians"])],
  [M("Gwa", 17.59, 94.58, "MM", "approximate, township town")],
  "Wednesday. Gwa: township and hospital (~47 km). The earlier bombardment 'two weeks earlier': not clearly dated, background.",
  TAGS + ["weekday_date", "hospital_other_city", "back_reference"])

d = "2022-01-19"
N(25, d, f"""Artillery shells fired from a military base struck the Catholic church compound in Demoso, Karenni (Kayah) State, at around 19:00 on {WD(d,-1)}, where displaced families had gathered for evening prayers. Three people died: Maria Nan, 62, her granddaughter Rosa, 6, and catechist Peter Khu Reh, 33. Six were wounded and taken to a hidden clinic outside the town. Church leaders in Loikaw said it was the third church hit in the state since May.""",
  [E("incident", "shelling", DAY(d, -1), Q("Demoso", "MM", 19.55, 97.16, q="Dimawso"), ["Myanmar military", "civilians"])],
  [M("Loikaw", 19.67, 97.21, "MM", "approximate, state capital")],
  "Tuesday. Loikaw: statement place (~14 km, inside radius). Earlier church attacks: undated.",
  TAGS + ["weekday_date", "religious_site", "statement_place"])

d = "2023-02-02"
N(26, d, f"""On the afternoon of {WD(d,-2)}, a mortar bomb struck the market in Kitshanga, in Masisi territory, as women sold vegetables. Our researchers documented eight deaths, including Furaha Bahati, 23, and her baby daughter, and the market's chairman, Jean-Paul Nsengiyumva, 56. The injured were treated at the Kitshanga referral hospital and at an MSF-supported facility in Mweso. Both M23 and the army blamed each other for the shelling. Thousands of families had arrived in the town from Bwito chiefdom in January.""",
  [E("incident", "mortar attack", DAY(d, -2), M("Kitshanga", -1.39, 28.98, "CD", "approximate, town in Masisi territory; placement uncertain"), ["unknown (M23 or FARDC)", "civilians"])],
  [M("Mweso", -1.26, 29.05, "CD", "approximate, town north of Kitshanga")],
  "Tuesday. Mweso: hospital (~17 km, inside radius). Bwito: area of origin (not listed).",
  TAGS + ["weekday_date", "hospital", "disputed_attribution", "fled_from"])

d = "2023-05-03"
N(27, d, f"""Survivors described to us how soldiers and volunteer auxiliaries encircled the hamlet of Sanaba, near Pensa in Burkina Faso's Sanmatenga province, at dawn on {WD(d,-3)}, and killed at least 21 men they accused of supplying jihadists. Among the dead were the village chief's brothers, Boureima and Adama Sawadogo. Women and children fled to Barsalogho. Relatives were able to bury the bodies only two days later. The government said in Ouagadougou that it would open an inquiry.""",
  [E("incident", "killings of civilians", DAY(d, -3), M("Pensa", 13.35, -0.83, "BF", "approximate, department town in Sanmatenga; placement uncertain"), ["Burkina army", "VDP", "civilians"])],
  [M("Barsalogho", 13.42, -1.06, "BF", "approximate, department town"), Q("Ouagadougou", "BF", 12.37, -1.53)],
  "Sunday. Hamlet not in the gazetteer: pinned at Pensa. Barsalogho: flight destination (~25 km, inside radius). The burial: not an event. Ouagadougou: statement place; the inquiry is future.",
  TAGS + ["weekday_date", "fled_to", "statement_place", "future_event"])

d = "2024-04-11"
N(28, d, f"""An explosive device dropped from a drone hit the patio of a house in Cenobio Moreno, in Michoacán's Tierra Caliente, at around 18:00 on {WD(d,-2)}, killing Rosa Elena Magaña, 54, and injuring her grandson, 12, who was taken to the hospital in Apatzingán. Neighbours said armed groups fighting over the lime harvest had been using drones against villages for months. The state security ministry said soldiers had found remains of three drones in the area. Dozens of families left for Buenavista.""",
  [E("incident", "drone attack, explosives", DAY(d, -2), Q("Cenobio Moreno", "MX", 19.10, -102.50), ["criminal group", "civilians"])],
  [M("Apatzingán", 19.09, -102.35, "MX", "approximate, city in Tierra Caliente"), M("Buenavista Tomatlán", 19.21, -102.59, "MX", "approximate, municipal seat")],
  "Tuesday. Apatzingán: hospital (~16 km). Buenavista: flight destination (~16 km).",
  TAGS + ["weekday_date", "hospital", "fled_to"])

d = "2021-10-26"
N(29, d, f"""At about 14:00 on {WD(d,-1)}, a military aircraft bombed the monastery school in Pinlebu town, Sagaing region, after fighting earlier in the month at the nearby village of Let Pan Taw. Five novice monks aged between 9 and 14 were killed, among them Ko Aung Htet, 12, and the school's cook, Daw Mya, 58. Teachers said the town's resistance fighters had left two days before. The wounded were taken to Wuntho, where the hospital had only one doctor.""",
  [E("incident", "air strike", DAY(d, -1), M("Pinlebu", 24.08, 95.37, "MM", "approximate, township town in Sagaing region"), ["Myanmar military", "civilians"])],
  [M("Wuntho", 23.89, 95.68, "MM", "approximate, township town south-east of Pinlebu")],
  "Monday. Let Pan Taw: fighting 'earlier in the month', undated background (not listed). Wuntho: hospital (~38 km).",
  TAGS + ["weekday_date", "back_reference", "hospital_other_city", "school"])

d = "2025-02-06"
N(30, d, f"""On {WD(d,-2)} afternoon, a naval vessel shelled the riverside market of Pauktaw, in northern Rakhine, killing nine people who were buying fish, including Rohingya labourers Mohammed Salim, 31, and his brother Nur, 25. The wounded were taken by boat to Sittwe. The Arakan Army, which controls the township, and the military blamed each other. The market had been hit once before, in November.""",
  [E("incident", "naval shelling", DAY(d, -2), M("Pauktaw", 20.18, 92.90, "MM", "approximate, township town in Rakhine State (not the gazetteer's Ayeyarwady namesake)"), ["Myanmar navy (disputed)", "civilians"])],
  [M("Sittwe", 20.15, 92.90, "MM", "approximate, state capital")],
  "Tuesday. Sittwe: hospital (~4 km, inside radius). November hit: month only, background.",
  TAGS + ["weekday_date", "hospital", "disputed_attribution", "back_reference"])
