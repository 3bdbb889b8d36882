from lib import *
R = "narrative"
DOCS = []
add = DOCS.append
T = "Humanitarian monitor's narrative of one strike; composite, with invented victims, figures and often places. Undated earlier strikes are not gold; dated ones are optional. "


def N(num, d, text, events, nonev, note, tags):
    add(D(R, num, d, text, events, nonev, T + note, ["narrative"] + tags))


d = "2024-11-04"
N(1, d, f"""At about 14:30 on {WD(d,-2)}, an Israeli air strike destroyed a two-storey house on the eastern edge of Bayt Lif, a village in the Bint Jbeil district of southern Lebanon. Six members of the Srour family were killed, among them Fatima Srour, 61, her daughter-in-law Zeinab, 29, and three grandchildren aged between four and eleven. A neighbour, Ali Hammoud, said the family had returned from Tyre two days earlier to collect winter clothes. Two wounded relatives were taken by Civil Defence ambulance to the Tebnine government hospital, and one was later transferred to Beirut. Our field researcher found no sign of military equipment in the rubble. The family's olive store on the same plot had been hit in an earlier strike last winter.""",
  [E("incident", "air strike", DAY(d, -2), M("Bayt Lif", 33.14, 35.30, "LB", "approximate, village in Bint Jbeil district"), ["Israel", "civilians"])],
  [Q("Tyre", "LB", 33.27, 35.19), Q("Tebnine", "LB", 33.19, 35.41), Q("Beirut", "LB", 33.89, 35.50)],
  "Tyre: where the family had been staying. Tebnine hospital (~11 km, inside the radius); Beirut: transfer. Earlier strike 'last winter': undated.",
  ["victims_named", "hospital_other_city", "back_reference", "refuge_place", "weekday_date"])

d = "2024-10-23"
N(2, d, f"""Shortly before midnight on {WD(d,-1)}, a drone fired a missile at a car parked outside a bakery in Habbouch, north of Nabatieh. The driver, Hussein Kanaan, 38, a municipal water engineer, was killed, and two customers were wounded. Witnesses said the bakery's owner had just closed its shutters. The wounded were treated at the Nabatieh government hospital. Kanaan's colleagues said he had spent the day repairing a pipe damaged by shelling near Zawtar. The Israeli military later said it had targeted a Hezbollah operative; the municipality denied that he had any such role.""",
  [E("incident", "drone strike", DAY(d, -1), Q("Habbouch", "LB", 33.41, 35.48, q="Habbouch"), ["Israel", "civilians"])],
  [M("Zawtar", 33.33, 35.55, "LB", "approximate, village south-east of Nabatieh")],
  "'Shortly before midnight' on Tuesday. Nabatieh hospital (~3 km): not listed. Zawtar: earlier undated shelling (background).",
  ["victims_named", "before_midnight", "back_reference", "denial", "weekday_date"])

d = "2024-09-26"
N(3, d, f"""In the early afternoon of {WD(d,-3)}, Israeli aircraft struck a family home in Taraya, a village west of Baalbek in the Bekaa valley, killing eleven people who had gathered there after fleeing strikes on the south. Among the dead were Mariam Shreif, 44, and her twin sons. Survivors told our team they had arrived from Nabatieh the previous night. The injured were taken to hospitals in Baalbek and Zahle. The house belonged to a retired teacher who was not at home. A second strike on the village outskirts the same evening caused no casualties.""",
  [E("incident", "air strike", DAY(d, -3), M("Taraya", 33.96, 36.04, "LB", "approximate, village west of Baalbek"), ["Israel", "civilians"])],
  [Q("Nabatieh", "LB", 33.38, 35.48, q="Nabatiye et Tahta"), Q("Baalbek", "LB", 34.01, 36.22), Q("Zahle", "LB", 33.85, 35.90, q="Zahle")],
  "The second strike on the same village the same day is part of the same pin. Nabatieh: place fled from. Hospitals in Baalbek (~17 km) and Zahle (~17 km).",
  ["victims_named", "hospital_other_city", "refuge_place", "weekday_date"])

d = "2024-02-19"
N(4, d, f"""At around 03:00 on {WD(d,-1)}, an air strike hit a house in al-Fukhari, south-east of Khan Younis, where the Abu Shamala family was sheltering with relatives displaced from Gaza City. Fourteen people were killed, including nine children; the youngest, Lina, was eight months old. Neighbours dug through the rubble with their hands until a Civil Defence crew arrived. The wounded were taken to the European Hospital, which was already over capacity. The family had lost two sons in a strike on their home in Gaza City in November. The Israeli military did not respond to our questions about this strike.""",
  [E("incident", "air strike", DAY(d, -1), M("al-Fukhari", 31.30, 34.33, "PS", "approximate, area south-east of Khan Younis"), ["Israel", "civilians"])],
  [Q("Gaza City", "PS", 31.50, 34.47, q="Gaza")],
  "Khan Younis reference (~5 km) and European Hospital (~2 km): within the radius, not listed. Gaza City: origin and November strike (month only, undated).",
  ["victims_named", "displaced", "back_reference", "origin_place", "weekday_date"])

d = "2023-10-16"
N(5, d, f"""On the afternoon of {WD(d,-2)}, a group of armed settlers entered the olive groves on the western side of Jalud, south of Nablus, and opened fire on farmers. Ahmad Haj Mohammad, 44, was shot in the chest and died before reaching Rafidia hospital in Nablus. His brother said soldiers present at the scene did not intervene. The settlers also set fire to a tractor. Residents said the same family's land had been attacked in 2021. The Israeli military said the incident was under review.""",
  [E("incident", "settler shooting", DAY(d, -2), M("Jalud", 32.07, 35.34, "PS", "approximate, village south-east of Nablus"), ["Israeli settlers", "Palestinians"])],
  [Q("Nablus", "PS", 32.22, 35.25)],
  "Nablus: hospital (~18 km). Earlier attack in 2021: undated (year only).",
  ["victims_named", "hospital_other_city", "back_reference", "weekday_date"])

d = "2019-07-24"
N(6, d, f"""Just after 10:00 on {WD(d,-2)}, two Russian aircraft struck the vegetable market in Armanaz, in the north of Idlib province, while it was crowded with shoppers. Our monitors documented 13 deaths, including the stallholder Abdulrahman al-Hamoud, 52, and his nephew. Rescue workers said the second strike came about ten minutes after the first, as people gathered to help. The wounded were taken to hospitals in Harem and Salqin. Families who had fled to Armanaz from southern Idlib in May said they would now move closer to the Turkish border. The Russian defence ministry denied carrying out air strikes in the area.""",
  [E("incident", "air strike", DAY(d, -2), Q("Armanaz", "SY", 36.08, 36.50), ["Russia", "civilians"])],
  [Q("Harem", "SY", 36.21, 36.52, q="Harim"), Q("Salqin", "SY", 36.14, 36.45, q="Salqin")],
  "Double tap: one pin. Harem (~14 km) and Salqin (~8 km): hospitals, inside the radius. Southern Idlib: region, origin of displaced. Denial.",
  ["victims_named", "hospital_other_city", "denial", "weekday_date"])

d = "2024-08-26"
N(7, d, f"""At about 17:00 on {WD(d,-3)}, a Turkish drone struck a car on the road near Tal Hamis, south-east of Qamishli, killing two journalists who worked for a local news agency, Gulistan Ahmad and Nadim Hassan, and their driver. Colleagues said the three were returning from filming a harvest report. The bodies were taken to the national hospital in Qamishli. The agency's office had been damaged in an earlier strike in December. Ankara said it had struck PKK members.""",
  [E("incident", "drone strike", DAY(d, -3), M("Tal Hamis", 36.73, 41.45, "SY", "approximate, town south-east of Qamishli"), ["Türkiye", "journalists"])],
  [Q("Qamishli", "SY", 37.05, 41.23, q="Al Qamishli"), Q("Ankara", "TR", 39.92, 32.85)],
  "Qamishli: hospital and reference (~40 km). December strike: month only. Ankara: statement place/metonym.",
  ["victims_named", "hospital_other_city", "back_reference", "metonym", "weekday_date"])

d = "2023-10-09"
N(8, d, f"""At around 19:30 on {WD(d,-4)}, artillery shells fired from government-held areas landed in the centre of Hazano, west of Aleppo, during the evening prayer. Five people were killed, including Youssef al-Omar, 17, and his father. Our researchers spoke to three witnesses, who said no military positions were in the village. The wounded were taken to the Bab al-Hawa hospital near the Turkish border. The shelling came hours after a drone attack on a military academy in Homs, which the government blamed on opposition groups.""",
  [E("incident", "shelling", DAY(d, -4), M("Hazano", 36.08, 36.68, "SY", "approximate, village north-east of Idlib city"), ["Syrian army", "civilians"]),
   E("incident", "drone attack", DAY(d, -4), Q("Homs", "SY", 34.73, 36.71), ["unknown", "Syrian army"], optional=True)],
  [M("Bab al-Hawa hospital", 36.23, 36.67, "SY", "approximate, hospital near the Bab al-Hawa crossing")],
  "The Homs academy attack 'hours' earlier is a clearly dated separate event: optional. Bab al-Hawa: hospital (~17 km).",
  ["victims_named", "hospital_other_city", "background_event", "weekday_date"])

d = "2021-12-09"
N(9, d, f"""At midday on {WD(d,-3)}, a drone struck a pickup truck on the road leading into Snune, on the north side of Sinjar mountain, killing a member of the local Yazidi defence units and a 12-year-old boy, Dilsoz Khalaf, who had asked for a ride home from school. Two other passengers were wounded and taken to the hospital in Sinjar town, then to Duhok. The boy's mother told our researcher that the family had returned from a camp near Zakho only a year ago. Turkey did not comment. Residents said a similar strike had hit the area in August.""",
  [E("incident", "drone strike", DAY(d, -3), M("Snune", 36.48, 41.87, "IQ", "approximate, town north of Sinjar mountain"), ["Türkiye", "YBS", "civilians"])],
  [Q("Sinjar", "IQ", 36.32, 41.88, q="Sinjar"), Q("Duhok", "IQ", 36.87, 42.99, q="Dihok"), Q("Zakho", "IQ", 37.15, 42.69, q="Zaxo")],
  "Sinjar: first hospital (~18 km, inside the radius); Duhok: transfer. Zakho camp: earlier residence. August strike: month only, undated.",
  ["victims_named", "hospital_other_city", "back_reference", "origin_place", "weekday_date"])

d = "2023-01-31"
N(10, d, f"""In the early hours of {WD(d,-2)}, two missiles struck a compound near Pirde (Altun Kupri), between Erbil and Kirkuk, used by a Kurdish opposition party from Iran and by the families of its members. A woman, Nasrin Karimi, 36, and a cook were killed, and seven people were wounded, including two children. The wounded were taken to hospitals in Erbil. Survivors said they had moved to the compound after their previous camp near Koya was hit in September. Iran's Revolutionary Guards said they had targeted 'terrorist headquarters'.""",
  [E("incident", "missile strike", DAY(d, -2), M("Pirde (Altun Kupri)", 35.75, 44.14, "IQ", "approximate, town on the Lesser Zab between Erbil and Kirkuk"), ["IRGC", "Kurdish opposition party"])],
  [Q("Erbil", "IQ", 36.19, 44.01), Q("Kirkuk", "IQ", 35.47, 44.39), M("Koya", 36.08, 44.63, "IQ", "approximate, town east of Erbil")],
  "Composite. Erbil: hospitals (~50 km). Kirkuk: reference. Koya camp strike in September: month only, undated.",
  ["victims_named", "hospital_other_city", "back_reference", "weekday_date"])

d = "2020-08-11"
N(11, d, f"""At around 16:00 on {WD(d,-2)}, an air strike hit a house in the Huth district of Amran governorate, where two families had gathered for a wedding lunch. Our investigators documented eight deaths, including the bride's grandmother, Aisha Mahdi, 70, and five children. Relatives said the bride and groom survived because they had stepped outside. The injured were taken to the hospital in Amran city. The coalition's Joint Incidents Assessment Team in Riyadh said it would review the report.""",
  [E("incident", "air strike", DAY(d, -2), Q("Huth", "YE", 16.23, 43.97), ["Saudi-led coalition", "civilians"])],
  [Q("Amran", "YE", 15.66, 43.94, q="Amran"), Q("Riyadh", "SA", 24.69, 46.72)],
  "Composite. Amran: hospital (~63 km). Riyadh: statement place.",
  ["victims_named", "hospital_other_city", "statement_place", "weekday_date"])

d = "2022-01-10"
N(12, d, f"""On the morning of {WD(d,-1)}, a drone dropped an explosive on the livestock market in the town of Mawiyah, east of Taiz, as traders were setting up. Three people were killed, among them a 15-year-old shepherd, Nabil Saeed, and eleven were wounded. Our field team visited the site the next day and found fragments consistent with a small commercial drone. Most of the wounded were taken to the Al-Thawra hospital in Taiz. Local officials blamed Houthi forces positioned in the hills north of the town; the Houthis did not comment.""",
  [E("incident", "drone strike", DAY(d, -1), Q("Mawiyah", "YE", 13.58, 44.35, q="Mawiyah"), ["Houthis", "civilians"])],
  [Q("Taiz", "YE", 13.58, 44.02)],
  "Composite. Taiz: hospital (~36 km, inside the radius).",
  ["victims_named", "hospital_other_city", "weekday_date"])

d = "2025-06-18"
N(13, d, f"""At about 01:40 on {WD(d,-2)}, a missile struck a residential building in the Pardisan quarter of Qom, killing a 16-year-old girl, Kowsar Rahimi, and wounding her parents and two neighbours. Neighbours said the building stood about a kilometre from a site used by the security forces. The wounded were taken to the Shahid Beheshti hospital in Qom. The family had moved to Qom from Tehran a week earlier to escape strikes on the capital. A memorial for the girl is planned in her home town after the fighting ends.""",
  [E("incident", "missile strike", DAY(d, -2), Q("Qom", "IR", 34.64, 50.88), ["Israel", "civilians"])],
  [Q("Tehran", "IR", 35.69, 51.39)],
  "Composite. Tehran: place fled from; strikes on the capital are undated background. Memorial: future.",
  ["victims_named", "refuge_place", "future_event", "weekday_date"])

d = "2021-10-28"
N(14, d, f"""Shortly after sunset on {WD(d,-2)}, gunmen attacked the farming village of Kanaan, south-east of Baquba in Diyala, opening fire on men gathered outside a mosque. Eleven people were killed, most of them from the Bani Tamim tribe, including Abbas Jassim, 58, and his two sons. Residents said the attackers came from orchards along the river. The wounded were taken to the Baquba teaching hospital. Relatives said the same family had lost a son in an ISIS attack in 2016. Security forces from Muqdadiyah were deployed the next day.""",
  [E("incident", "armed attack", DAY(d, -2), M("Kanaan", 33.64, 44.80, "IQ", "approximate, sub-district south-east of Baquba; placement uncertain"), ["gunmen", "civilians"])],
  [Q("Baquba", "IQ", 33.75, 44.61, q="Baqubah")],
  "Composite. Baquba: hospital (~21 km, inside the radius). The 2016 attack: year only. Muqdadiyah: reinforcement origin (gold elsewhere in the set, not listed).",
  ["victims_named", "hospital_other_city", "back_reference", "weekday_date"])

d = "2023-08-25"
N(15, d, f"""On {WD(d,-4)}, Saudi border guards fired mortars and machine guns at a group of about 200 Ethiopian migrants trying to cross the border near al-Raqw, in the Munabbih district of Saada. Survivors told our researchers that at least 27 people were killed, among them Tigist Alemu, 17, from Oromia. The wounded were carried back across the valley and treated at a clinic run by volunteers, then taken to the Saada Republican hospital. The migrants had travelled from Djibouti by boat to the Yemeni coast. Saudi Arabia rejected the allegations.""",
  [E("incident", "shooting, shelling", DAY(d, -4), M("al-Raqw", 17.02, 43.30, "YE", "approximate, border crossing area in Munabbih district; placement uncertain"), ["Saudi border guards", "migrants"])],
  [Q("Saada", "YE", 16.94, 43.76, q="Sa'dah"), Q("Djibouti", "DJ", 11.59, 43.15)],
  "Composite. Munabbih (~4 km): district name, gold elsewhere in the set, not listed. Saada hospital (~50 km). Djibouti: origin. 'Ethiopian migrants': nationality. Denial.",
  ["victims_named", "hospital_other_city", "nationality", "origin_place", "denial", "weekday_date"])

d = "2024-07-15"
N(16, d, f"""At 09:20 on {WD(d,-2)}, a guided aerial bomb struck a five-storey apartment block in the centre of Selydove, in the Pokrovsk district of Donetsk oblast. Four residents were killed, including a retired nurse, Halyna Bondar, 68, who had refused to evacuate. Rescuers worked through the day. Two wounded residents were taken to hospital in Pokrovsk, and one was evacuated to Dnipro. Bondar's neighbour said the building's courtyard had been hit by shelling in the spring. Regional officials again urged the remaining 6,000 residents to leave.""",
  [E("incident", "glide bomb strike", DAY(d, -2), Q("Selydove", "UA", 48.15, 37.30), ["Russia", "civilians"])],
  [Q("Pokrovsk", "UA", 48.28, 37.18), Q("Dnipro", "UA", 48.46, 35.04)],
  "Pokrovsk: hospital (~17 km, inside the radius). Dnipro: transfer. Spring shelling: undated.",
  ["victims_named", "hospital_other_city", "back_reference", "weekday_date"])

d = "2023-06-12"
N(17, d, f"""Shortly before midnight on {WD(d,-2)}, a Russian missile hit a private house on the outskirts of Starokostiantyniv, a town in Khmelnytskyi oblast that hosts an air base. A 10-year-old boy, Maksym Tkachuk, was killed and his grandparents were wounded. Neighbours said the air-raid alert had sounded minutes before. The grandparents were treated at the regional hospital in Khmelnytskyi. The air base itself was targeted in several earlier attacks, officials said.""",
  [E("incident", "missile strike", DAY(d, -2), Q("Starokostiantyniv", "UA", 49.76, 27.21, q="Starokostyantyniv"), ["Russia", "civilians"])],
  [Q("Khmelnytskyi", "UA", 49.42, 26.98)],
  "Khmelnytskyi: hospital (~42 km, inside the radius). Earlier attacks on the base: undated.",
  ["victims_named", "hospital_other_city", "back_reference", "before_midnight", "weekday_date"])

d = "2024-03-19"
N(18, d, f"""At around 07:00 on {WD(d,-2)}, a drone struck a minibus near the bus station in Klimovo, in Russia's Bryansk region, close to the Ukrainian border. Two passengers were killed, including a 40-year-old schoolteacher, Irina Sokolova, and five were wounded. Regional officials said the wounded were taken to the Klimovo district hospital, and two were later flown to Bryansk. Residents said the town had been shelled repeatedly since the winter. Ukraine did not comment.""",
  [E("incident", "drone strike", DAY(d, -2), Q("Klimovo", "RU", 52.38, 32.20), ["Ukraine", "civilians"])],
  [Q("Bryansk", "RU", 53.27, 34.32)],
  "Composite. Bryansk: region and transfer hospital (~165 km). Earlier shelling: undated.",
  ["victims_named", "hospital_other_city", "back_reference", "weekday_date"])

d = "2022-06-20"
N(19, d, f"""In the late afternoon of {WD(d,-3)}, armed men on motorcycles surrounded the weekly market at Markoye, in the Oudalan province of northern Burkina Faso, and opened fire. Our sources documented at least 18 deaths, including a grain trader, Hamidou Dicko, and his brother. Survivors fled to Gorom-Gorom and some continued to Dori. The wounded were taken to the Gorom-Gorom medical centre. The market had reopened only two weeks before after an earlier attack. The army said it had launched an operation in the area.""",
  [E("incident", "armed attack", DAY(d, -3), M("Markoye", 14.65, 0.04, "BF", "approximate, town north-east of Gorom-Gorom"), ["militants", "civilians"])],
  [Q("Gorom-Gorom", "BF", 14.44, -0.24, q="Gorom-Gorom"), Q("Dori", "BF", 14.03, -0.03)],
  "Composite. Gorom-Gorom: refuge and clinic (~38 km, inside the radius). Dori: further refuge. Earlier attack: undated.",
  ["victims_named", "refuge_place", "hospital_other_city", "back_reference", "weekday_date"])

d = "2024-04-29"
N(20, d, f"""At about 13:00 on {WD(d,-3)}, a drone struck a wedding gathering in a hamlet outside Djenné, in central Mali, killing nine people, including the groom's uncle, Amadou Cissé, 55, and two teenage musicians. Relatives said the guests had come from Mopti and San. The wounded were treated at the Djenné health centre; three were transferred to Mopti. Local sources attributed the strike to the armed forces' drone unit, which the army did not confirm. The community had buried three men killed in a raid by armed men in February.""",
  [E("incident", "drone strike", DAY(d, -3), Q("Djenné", "ML", 13.91, -4.55, q="Djenne"), ["Mali army", "civilians"])],
  [Q("Mopti", "ML", 14.48, -4.18), Q("San", "ML", 13.30, -4.90)],
  "Composite. Hamlet pinned at Djenné. Mopti/San: guests' origins; Mopti: transfer hospital. February raid: month only.",
  ["victims_named", "hospital_other_city", "origin_place", "back_reference", "weekday_date"])

d = "2024-12-30"
N(21, d, f"""On the morning of {WD(d,-5)}, military aircraft bombed two villages in Silame local government area of Sokoto state, killing at least 10 civilians, according to residents we interviewed. The dead included Hauwa Bello, 30, and her infant son. Residents said the strikes targeted Lakurawa fighters who had camped nearby but hit homes instead. The wounded were taken to the Usmanu Danfodiyo University Teaching Hospital in Sokoto. The Nigerian Air Force said it had struck 'terrorist enclaves' and would investigate.""",
  [E("incident", "air strike", DAY(d, -5), Q("Silame", "NG", 13.04, 4.85), ["Nigeria air force", "civilians"])],
  [Q("Sokoto", "NG", 13.06, 5.24)],
  "Composite. Villages pinned at the LGA seat. Sokoto: hospital (~42 km, inside the radius).",
  ["victims_named", "hospital_other_city", "lga", "weekday_date"])

d = "2023-06-05"
N(22, d, f"""At dawn on {WD(d,-3)}, RSF fighters shelled the Hamidiya displacement camp on the edge of Zalingei in Central Darfur, killing seven people, among them a midwife, Asha Adam, 33. Witnesses said shells fell on a water point where women were queuing. The wounded were carried to the Zalingei teaching hospital, which was partly looted the following week. Several families fled toward Nyala. Our monitors also recorded the killing of a camp leader in an earlier raid in April.""",
  [E("incident", "shelling", DAY(d, -3), Q("Zalingei", "SD", 12.91, 23.47, q="Zalinjay"), ["RSF", "civilians"])],
  [Q("Nyala", "SD", 12.05, 24.88)],
  "Camp on the edge of Zalingei: pinned at Zalingei. Looting 'the following week' is after publication (not gold). Nyala: refuge. April raid: month only.",
  ["victims_named", "camp", "refuge_place", "back_reference", "weekday_date"])

d = "2022-12-12"
N(23, d, f"""Around noon on {WD(d,-4)}, a drone struck a truck carrying market goods on the outskirts of Nekemte, in Oromia's East Wellega zone, killing six passengers, including a trader, Lemi Tolera, and his wife. Relatives said the truck had left Gimbi that morning. The wounded were treated at the Nekemte specialised hospital. Government officials in Addis Ababa said operations were targeting the Oromo Liberation Army. Residents said an earlier drone strike in the same area had hit a school in October.""",
  [E("incident", "drone strike", DAY(d, -4), Q("Nekemte", "ET", 9.08, 36.55, q="Nek'emte"), ["Ethiopia military", "civilians"])],
  [M("Gimbi", 9.17, 35.83, "ET", "approximate, town west of Nekemte"), Q("Addis Ababa", "ET", 9.02, 38.75)],
  "Composite. Gimbi: origin. Addis Ababa: statement place. October strike: month only.",
  ["victims_named", "origin_place", "statement_place", "back_reference", "weekday_date"])

d = "2023-02-06"
N(24, d, f"""At about 10:30 on {WD(d,-3)}, a shell exploded in the displacement site next to the Kitchanga health centre in Masisi territory, North Kivu, killing four people, among them a boy, Espoir Habimana, 9. Fighting between M23 and armed groups allied to the army had reached the town's outskirts. The wounded were taken to the health centre and to Goma. Displaced families said they had already fled Kishishe in December after the massacre there.""",
  [E("incident", "shelling", DAY(d, -3), M("Kitchanga", -1.20, 29.05, "CD", "approximate, town in Masisi territory"), ["M23", "FARDC-allied groups", "civilians"])],
  [Q("Goma", "CD", -1.67, 29.23), M("Kishishe", -1.12, 29.17, "CD", "approximate, village in Rutshuru territory")],
  "Goma: hospital. Kishishe: earlier massacre in December (month only), place fled from (~14 km, inside the radius).",
  ["victims_named", "hospital_other_city", "back_reference", "refuge_place", "weekday_date"])

d = "2023-10-16"
N(25, d, f"""Just after 15:00 on {WD(d,-5)}, a military jet bombed a school compound in a village of Hpruso township, Karenni (Kayah) state, killing four pupils, including Nan Shwe, 11, and a teacher. Teachers said classes had moved to bamboo buildings after the township's main school was hit last year. Wounded children were carried to a clinic run by the resistance and then across to Thailand. The junta's information team in Loikaw said the target was a rebel training camp.""",
  [E("incident", "air strike", DAY(d, -5), M("Hpruso", 19.38, 97.12, "MM", "approximate, township seat south-west of Loikaw"), ["Myanmar military", "civilians"])],
  [Q("Loikaw", "MM", 19.68, 97.21)],
  "Composite. Township at its seat. Loikaw: statement place (~34 km, inside the radius). Last year's strike: undated. Thailand: country.",
  ["victims_named", "back_reference", "statement_place", "weekday_date"])

d = "2024-10-21"
N(26, d, f"""At about 16:00 on {WD(d,-3)}, a quadcopter dropped an explosive on children playing cricket in a field on the edge of Miranshah, North Waziristan. Three boys were killed, including Zubair Khan, 12, and four were wounded. Elders held a sit-in outside the district headquarters the next day, demanding an investigation. The wounded were taken to the district headquarters hospital and then to Bannu. Residents said a similar attack had hit a house in the area two months earlier.""",
  [E("incident", "drone strike", DAY(d, -3), Q("Miranshah", "PK", 33.00, 70.07, q="Miran Shah"), ["unknown", "civilians"]),
   E("other", "sit-in", DAY(d, -2), Q("Miranshah", "PK", 33.00, 70.07, q="Miran Shah"), ["elders"])],
  [Q("Bannu", "PK", 32.99, 70.60)],
  "Composite. Sit-in: kind other. Bannu: transfer hospital (~50 km). Earlier attack 'two months earlier': undated.",
  ["victims_named", "hospital_other_city", "protest", "back_reference", "weekday_date"])

d = "2022-04-20"
N(27, d, f"""Before dawn on {WD(d,-4)}, aircraft struck houses in a village of the Spera district, close to the border in Khost province, killing 40 people according to local officials, most of them women and children who had fled fighting across the border in Waziristan years earlier. Among the dead was Gul Bibi, 50, and six of her grandchildren. The wounded were taken to the provincial hospital in Khost. The Taliban government summoned Pakistan's ambassador in Kabul; Pakistan did not confirm the strikes.""",
  [E("incident", "air strike", DAY(d, -4), M("Spera", 33.18, 69.55, "AF", "approximate, district centre south of Khost city"), ["Pakistan", "civilians"])],
  [Q("Khost", "AF", 33.34, 69.92, q="Khost"), Q("Kabul", "AF", 34.53, 69.17)],
  "Composite. Khost: hospital (~38 km). Kabul: metonym (summons). Waziristan: origin, years earlier.",
  ["victims_named", "hospital_other_city", "metonym", "origin_place", "weekday_date"])

d = "2024-04-03"
N(28, d, f"""On the night of {WD(d,-3)}, armed men entered a billiards hall in a rural settlement of Puerto Asís, Putumayo, and shot dead five young men, including Brayan Muñoz, 19, and his cousin. Community leaders said the victims had refused to join an armed group. The bodies were taken to the hospital in Puerto Asís. Several families left for Mocoa. The Ombudsman's office had issued an early warning for the area in January.""",
  [E("incident", "massacre", DAY(d, -3), Q("Puerto Asis", "CO", 0.51, -76.50, q="Puerto Asis"), ["armed group", "civilians"])],
  [Q("Mocoa", "CO", 1.15, -76.65)],
  "Composite. The January warning: not an event. Mocoa: refuge.",
  ["victims_named", "refuge_place", "night", "weekday_date"])

d = "2021-06-14"
N(29, d, f"""On the afternoon of {WD(d,-2)}, gunmen ambushed a pickup carrying a family back from a funeral on the road outside Teloloapan, Guerrero, killing four, including a 14-year-old girl, Daniela Ortiz. Relatives said the family had been threatened after refusing to pay a quota. The survivors were treated in Iguala. State prosecutors in Chilpancingo opened an investigation.""",
  [E("incident", "ambush", DAY(d, -2), Q("Teloloapan", "MX", 18.37, -99.87), ["gunmen", "civilians"])],
  [Q("Iguala", "MX", 18.35, -99.54, q="Iguala de la Independencia"), Q("Chilpancingo", "MX", 17.55, -99.50, q="Chilpancingo de los Bravo")],
  "Composite. The funeral is earlier and not located: not gold. Iguala: hospital (~35 km, inside the radius). Chilpancingo: statement place.",
  ["victims_named", "hospital_other_city", "statement_place", "weekday_date"])

d = "2023-09-27"
N(30, d, f"""At around 08:00 on {WD(d,-3)}, an air strike hit farmland outside Jamame, in Somalia's Lower Juba region, killing three farmers, including Abdi Hassan Nur, 46. Relatives said the men were harvesting maize. The wounded were taken to the general hospital in Kismayo. The regional administration said the strike targeted al-Shabaab fighters; relatives said the men had no links to the group. The families held a funeral in Jamame the next day.""",
  [E("incident", "air strike", DAY(d, -3), Q("Jamame", "SO", 0.07, 42.74, q="Jamaame"), ["unknown", "civilians"]),
   E("other", "funeral", DAY(d, -2), Q("Jamame", "SO", 0.07, 42.74, q="Jamaame"), ["civilians"])],
  [Q("Kismayo", "SO", -0.36, 42.55)],
  "Composite. Funeral: kind other. Kismayo: hospital (~52 km).",
  ["victims_named", "hospital_other_city", "funeral", "denial", "weekday_date"])
