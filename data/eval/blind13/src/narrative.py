from lib import *
R = "narrative"
DOCS = []
add = DOCS.append
T = "Humanitarian monitor's narrative of one strike, written for blind13; composite, with invented victims, figures and often details. Undated earlier strikes are not gold; dated separate ones are optional. "


def N(num, d, text, events, nonev, note, tags):
    add(D(R, num, d, text, events, nonev, T + note, ["narrative"] + tags))


TAGS = ["victims_named"]

# ---------------- Middle East (15) ----------------
d = "2024-10-30"
N(1, d, f"""Shortly after 14:00 on {WD(d,-2)}, an Israeli air strike hit a two-storey house on the coastal road in Adloun, north of Tyre, where a family from Naqoura had been sheltering since October of last year. Our team documented six deaths: Khalil Mrad, 71, his daughter-in-law Zeinab, 38, and four grandchildren aged between three and fifteen. Neighbours pulled a fifth grandchild, Ali, from the rubble alive; he was taken to the Hammoud hospital in Sidon with a fractured pelvis. The family's own house in Naqoura had been destroyed in a strike in the spring. The Israeli military said it had targeted a Hezbollah weapons depot in the area but gave no details. We found no evidence of military objects at the site.""",
  [E("incident", "air strike", DAY(d, -2), M("Adloun", 33.40, 35.27, "LB", "approximate, coastal village between Sidon and Tyre"), ["Israel", "civilians"])],
  [M("Naqoura", 33.12, 35.14, "LB", "approximate, border town"), Q("Sidon", "LB", 33.56, 35.37, q="Sidon")],
  "Naqoura: home town and place fled from; its spring strike is undated. Sidon: hospital (~20 km). The Israeli statement: attribution, no place.",
  TAGS + ["hospital_other_city", "home_town", "back_reference", "weekday_date"])

d = "2024-09-27"
N(2, d, f"""A drone-fired missile struck a van at a fuel station on the main road of Sarafand on the morning of {WD(d,-1)}, killing the driver, Hussein Jaber, 44, a father of three who delivered bread to villages in the Zahrani area. A Syrian worker at the station, whose name the family asked us to withhold, lost a hand and was taken to the Labib Medical Center in Sidon. The station's owner told us he had seen no armed men near the pumps. Relatives said Jaber had been warned by no one. In Nabatieh, the civil defence reported separate strikes the same day that we have not yet been able to verify.""",
  [E("incident", "drone strike", DAY(d, -1), Q("Sarafand", "LB", 33.45, 35.30), ["Israel", "civilians"])],
  [Q("Sidon", "LB", 33.56, 35.37, q="Sidon"), Q("Nabatieh", "LB", 33.38, 35.48, q="Nabatiye et Tahta")],
  "'On the morning of Thursday'. Sidon: hospital (~13 km, inside radius). Nabatieh: unverified separate strikes with no place: not pinned (listed).",
  TAGS + ["hospital_other_city", "nationalities", "unverified_mention", "weekday_date"])

d = "2024-11-12"
N(3, d, """Late on the night of 10 November, two missiles hit a building at the western entrance of Ansar, in the Nabatieh district, where three displaced families from Khiam were living on the upper floors. Nine people were killed. Among them were Fatima Abdallah, 29, a nurse at the Ragheb Harb hospital in Toul, and her two-year-old son. Rescuers from the Islamic Health Committee and the Lebanese Red Cross worked through the night; the wounded were taken to Ragheb Harb hospital, where Fatima's colleagues received them. The building's owner said the families had registered with the municipality a week earlier. A strike on the same street in late October killed a shepherd.""",
  [E("incident", "air strike", "2024-11-10", M("Ansar", 33.37, 35.41, "LB", "approximate, town south-west of Nabatieh"), ["Israel", "displaced civilians"])],
  [M("Khiam", 33.33, 35.61, "LB", "approximate, border town"), M("Toul", 33.39, 35.48, "LB", "approximate, village near Nabatieh with the Ragheb Harb hospital")],
  "Stated date. Khiam: home town (prior gold name). Toul: hospital (~6 km). Late-October strike: undated.",
  TAGS + ["hospital_other_city", "home_town", "back_reference", "late_on"])

d = "2024-10-08"
N(4, d, f"""Before dawn on {WD(d,-2)}, a series of air strikes flattened two apartment blocks in Hadath, on the edge of Beirut's southern suburbs, after the Israeli military published an evacuation warning on social media at 01:40. Most residents left in time, but Mariam Haidar, 82, who could not walk, was killed with her Ethiopian domestic worker, Tigist, who had stayed with her. A third block next door was damaged. Residents who fled spent the night in Baabda and in their cars on the road to Aley. The same neighbourhood had been warned twice before in the previous week without being struck.""",
  [E("incident", "air strikes", DAY(d, -2), M("Hadath", 33.84, 35.53, "LB", "approximate, suburb south-east of Beirut"), ["Israel", "civilians"])],
  [M("Baabda", 33.83, 35.54, "LB", "approximate, town above Hadath"), Q("Aley", "LB", 33.81, 35.60)],
  "'Before dawn on Sunday'. Baabda and Aley: places residents fled to (within 10 km). Earlier warnings: not events.",
  TAGS + ["refuge_place", "nationalities", "evacuation_warning", "weekday_date"])

d = "2024-04-23"
N(5, d, f"""At around 22:30 on {WD(d,-2)}, an air strike hit the home of the Radwan family in the Shaboura neighbourhood of Rafah, killing eleven people, seven of them children. The youngest victim, a baby named Sabreen, was delivered alive by caesarean section from her dying mother at the Emirati hospital, but died days later. The family had moved to Shaboura from Beit Hanoun in November. Our researcher spoke with an uncle who identified the bodies at the Abu Youssef al-Najjar hospital morgue. A second strike that night hit a house in Tal al-Sultan; we are still gathering information about it.""",
  [E("incident", "air strike", DAY(d, -2), M("Shaboura", 31.29, 34.25, "PS", "approximate, camp neighbourhood in central Rafah"), ["Israel", "civilians"]),
   E("incident", "air strike", DAY(d, -2), M("Tal al-Sultan", 31.31, 34.235, "PS", "approximate, district in western Rafah"), ["Israel"], optional=True)],
  [M("Beit Hanoun", 31.54, 34.54, "PS", "approximate, town in the north of the Gaza Strip")],
  "Sunday night. The second strike 'that night' is dated but outside the narrative's focus: optional (Tal al-Sultan is also a wire gold name in this set). Beit Hanoun: place fled from (prior gold name). Hospitals are inside Rafah.",
  TAGS + ["refuge_place", "dated_background", "weekday_date"])

d = "2023-07-06"
N(6, d, f"""On {WD(d,-2)} afternoon, Israeli forces raiding Deir al-Ghusun, north of Tulkarm, fired a shoulder-launched missile at a house where two wanted men were said to be hiding. The house collapsed, killing both men and a neighbour, Samir Yassin, 57, who had gone to check on the family. Three children in the next house were injured by flying glass and treated at the Martyr Thabet Thabet hospital in Tulkarm. The army said the men had opened fire on soldiers; witnesses we spoke to said the shooting had ended before the missile was fired. Two days earlier, soldiers had surrounded the same house for several hours without entering.""",
  [E("incident", "raid, missile strike", DAY(d, -2), Q("Deir al-Ghusun", "PS", 32.35, 35.08, q="Dayr al Ghusun"), ["Israel army", "Palestinian gunmen", "civilians"])],
  [Q("Tulkarm", "PS", 32.31, 35.03)],
  "Tuesday afternoon. The siege 'two days earlier' had no violence: not an event. Tulkarm: hospital (~7 km).",
  TAGS + ["hospital", "denial", "weekday_date"])

d = "2022-08-15"
N(7, d, f"""On the evening of {WD(d,-2)}, Israeli settlers from an outpost near Bani Na'im, east of Hebron, attacked a family picking grapes on their land, beating Nasser Manasra, 63, with iron bars and setting fire to a tractor. Manasra suffered a fractured skull and was taken to the Al-Ahli hospital in Hebron, where he remains in intensive care. His son Yazan, 19, was detained by soldiers who arrived afterwards and released the next morning at the Kiryat Arba police station. The family said the same settlers had uprooted their vines last year. No settler has been arrested.""",
  [E("incident", "settler attack", DAY(d, -2), Q("Bani Na'im", "PS", 31.52, 35.16, q="Bani Na'im"), ["Israeli settlers", "Palestinian farmers"])],
  [Q("Hebron", "PS", 31.53, 35.10), Q("Kiryat Arba", "PS", 31.53, 35.12, q="Qiryat Arba")],
  "Saturday evening. Detention and release: part of the same incident, not separate. Hebron: hospital (~6 km). Kiryat Arba: police station (~4 km).",
  TAGS + ["hospital", "settler_attack", "back_reference", "weekday_date"])

d = "2021-06-04"
N(8, d, f"""A barrel bomb dropped by a government helicopter — the first in the area since the 2018 settlement — exploded near a bakery in Busra al-Harir, in eastern Daraa, at about 07:00 on {WD(d,-1)}. Two people queuing for bread were killed: Ahmad Zoubi, 35, and his nephew Omar, 12. Seven others were injured and taken to the national hospital in Izra'. The strike followed an attack by unknown gunmen on a military checkpoint outside the town the previous evening, which killed two soldiers. Local notables told us they had been negotiating the handover of the gunmen with the Military Security branch in Daraa.""",
  [E("incident", "barrel bomb", DAY(d, -1), M("Busra al-Harir", 32.84, 36.34, "SY", "approximate, town in eastern Daraa"), ["Syrian government", "civilians"]),
   E("incident", "armed attack", DAY(d, -2), M("Busra al-Harir", 32.84, 36.34, "SY", "approximate, town in eastern Daraa"), ["unknown gunmen", "Syrian army"], optional=True)],
  [Q("Izra'", "SY", 32.86, 36.25, q="Izra'"), Q("Daraa", "SY", 32.62, 36.10)],
  "Thursday. The checkpoint attack 'the previous evening' (D-2) is dated but separate: optional. Izra': hospital (~9 km). Daraa: negotiation place.",
  TAGS + ["hospital_other_city", "dated_background", "weekday_date"])

d = "2019-10-21"
N(9, d, f"""At noon on {WD(d,-2)}, an air strike hit a water station on the southern edge of al-Qaryatayn, in the Homs desert, where two technicians and a shepherd were working. The technicians, brothers Raed and Firas Hamdan, were killed instantly; the shepherd, a Bedouin from the Sukhnah area, was wounded and taken to Homs. Residents said aircraft had circled the town for an hour before the strike. The town, which was held by Islamic State in 2015 and again in 2017, has no permanent armed presence today, according to residents we interviewed. No party claimed the strike.""",
  [E("incident", "air strike", DAY(d, -2), Q("al-Qaryatayn", "SY", 34.23, 37.24, q="Al Qaryatayn"), ["unknown", "civilians"])],
  [Q("Sukhnah", "SY", 34.89, 38.87, q="As Sukhnah"), Q("Homs", "SY", 34.73, 36.72)],
  "Saturday. Sukhnah: home area. Homs: hospital (~75 km). IS control in 2015/2017: background.",
  TAGS + ["hospital_other_city", "home_town", "background_event", "weekday_date"])

d = "2022-03-09"
N(10, d, f"""Just after sunset on {WD(d,-2)}, an improvised explosive device hidden in a pile of rubbish detonated as a tractor carrying farm workers passed on the road out of Sulaiman Bek, in the Tuz district. Four workers were killed, among them Leila Khalaf, 19, who was working to pay for her university studies in Kirkuk. Six were injured and taken to Tuz General Hospital. Islamic State remnants have planted explosives in the area's fields before; a similar blast in January killed a shepherd. The Popular Mobilisation Forces later searched the orchards along the road.""",
  [E("incident", "IED", DAY(d, -2), M("Sulaiman Bek", 34.80, 44.60, "IQ", "approximate, town north of Tuz Khurmatu"), ["ISIS", "civilians"])],
  [Q("Kirkuk", "IQ", 35.47, 44.39), Q("Tuz Khurmatu", "IQ", 34.89, 44.63, q="Tuz Khurmatu")],
  "Monday. Kirkuk: qualifies a person. Tuz Khurmatu: hospital (~10 km). January blast: month only. The PMF search: not an event.",
  TAGS + ["hospital_other_city", "qualifier_place", "back_reference", "weekday_date"])

d = "2022-06-24"
N(11, d, f"""A Turkish drone struck a car at the entrance of Rabia, on the Syrian border in Nineveh, at 16:20 on {WD(d,-1)}. The three men inside — Dilshad Ezidi, 27, and two cousins, all from Sinjar — were killed. Turkey said it had targeted members of the YBŞ, a Yazidi armed group; the families said the men were returning from selling sheep at the Rabia market. Their bodies were taken to the Sinuni hospital. In the same week, drones had targeted vehicles near Sinjar town, killing one person.""",
  [E("incident", "drone strike", DAY(d, -1), M("Rabia", 36.80, 42.10, "IQ", "approximate, border town west of Mosul"), ["Türkiye", "YBŞ", "civilians"])],
  [Q("Sinjar", "IQ", 36.32, 41.87), Q("Sinuni", "IQ", 36.49, 41.72, q="Sinuni")],
  "Thursday. Sinjar: home town and a same-week strike without a day. Sinuni: hospital where bodies were taken (~70 km).",
  TAGS + ["home_town", "hospital_other_city", "back_reference", "denial", "weekday_date"])

d = "2020-03-02"
N(12, d, f"""On {WD(d,-2)}, air strikes hit a house and a car in the Kitaf district of Saada governorate, near the Saudi border, killing five members of the Al-Mashraqi family. The dead included Abdullah, 60, and his grandson Mohammed, 8. Surviving relatives carried the wounded on a pick-up truck for three hours to the Al-Jumhouri hospital in Saada city. Residents said that the area had been shelled from across the border every day that week. Houthi officials in Sanaa said the coalition was responsible; the coalition did not respond to our request for comment.""",
  [E("incident", "air strikes", DAY(d, -2), Q("Kitaf", "YE", 17.03, 44.11), ["Saudi-led coalition", "civilians"])],
  [Q("Saada", "YE", 16.94, 43.76, q="Sa'dah"), Q("Sanaa", "YE", 15.35, 44.21)],
  "Saturday. District pinned at its seat. Saada: hospital (~40 km). Daily shelling that week: undated. Sanaa: statement place.",
  TAGS + ["hospital_other_city", "district", "statement_place", "weekday_date"])

d = "2023-01-16"
N(13, d, f"""A drone launched from Houthi-held areas exploded in the courtyard of a school in al-Houta, the capital of Lahj governorate, on {WD(d,-1)} morning as pupils were arriving for exams. A teacher, Amal Saeed, 41, and two pupils were killed; fourteen children were injured. The injured were taken to the Ibn Khaldoun hospital in al-Houta and to Aden. Parents told us the school had been used as an aid distribution point until December. A second drone was reportedly shot down over al-Anad air base the same morning.""",
  [E("incident", "drone attack", DAY(d, -1), M("al-Houta", 13.05, 44.88, "YE", "approximate, capital of Lahj governorate"), ["Houthis", "civilians"]),
   E("incident", "drone interception", DAY(d, -1), M("al-Anad air base", 13.18, 44.77, "YE", "approximate, air base north of al-Houta"), ["Houthis", "Yemen government forces"], optional=True)],
  [Q("Aden", "YE", 12.78, 45.04)],
  "Sunday. The interception: optional. Aden: hospital (~35 km). Houthi-held areas: launch region, no pin.",
  TAGS + ["hospital_other_city", "interception", "weekday_date"])

d = "2023-12-29"
N(14, d, f"""On the night of {WD(d,-2)}, mortar rounds fired from the Syrian side of the border landed in a residential street of Nusaybin, wounding five members of one family, the Aydıns, and killing their neighbour, Mehmet Tekin, 66, as he slept. The wounded were taken to the Nusaybin state hospital and two later transferred to Mardin. Turkish officials blamed the YPG, which operates around Qamishli, directly across the border. The family had moved to Nusaybin from Cizre in 2016. Turkish artillery shelled targets near Qamishli in response, the Interior Ministry said.""",
  [E("incident", "mortar attack", DAY(d, -2), Q("Nusaybin", "TR", 37.07, 41.22), ["YPG", "civilians"])],
  [Q("Mardin", "TR", 37.31, 40.74), Q("Qamishli", "SY", 37.05, 41.23, q="Al Qamishli"), Q("Cizre", "TR", 37.33, 42.19)],
  "Wednesday night. Qamishli: launch origin and the undated response (~2 km; cannot be a distractor). Mardin: transfer hospital. Cizre: earlier home.",
  TAGS + ["launch_origin", "hospital_other_city", "home_town", "weekday_date"])

d = "2022-11-24"
N(15, d, f"""Iranian security forces opened fire on mourners in Paveh, in Kermanshah province, on {WD(d,-1)} evening, as they gathered at the house of a young man killed during protests a week earlier. Two mourners were killed, including Parisa Rahmani, 22, a student at Razi University in Kermanshah. Witnesses told us the shots came from the roof of a government building. The injured were treated secretly at homes for fear of arrest at the hospital. The funeral of the earlier victim had taken place in the town that morning without incident.""",
  [E("incident", "shooting", DAY(d, -1), Q("Paveh", "IR", 35.04, 46.36), ["Iran security forces", "civilians"])],
  [Q("Kermanshah", "IR", 34.31, 47.07)],
  "Wednesday evening. The funeral that morning in the same town: not pinned separately (same place, kind other). Kermanshah: qualifies a person.",
  TAGS + ["qualifier_place", "funeral", "weekday_date"])

# ---------------- Worldwide (15) ----------------
d = "2024-09-05"
N(16, d, f"""A Russian missile hit a warehouse on the outskirts of Drohobych in western Ukraine at about 04:10 on {WD(d,-1)}, killing Oksana Dmytriv, 52, a night watchwoman, and injuring four others. The warehouse stored agricultural equipment, according to its owner, who showed us the paperwork. The injured were taken to the regional hospital in Lviv. Residents said they had fled to basements after the air-raid alert; many had moved to Drohobych from Kharkiv in 2022. A drone attack on the nearby town of Stryi in the spring did not cause casualties.""",
  [E("incident", "missile strike", DAY(d, -1), Q("Drohobych", "UA", 49.35, 23.51), ["Russia", "civilians"])],
  [Q("Lviv", "UA", 49.84, 24.03), Q("Kharkiv", "UA", 49.99, 36.23)],
  "Wednesday. Lviv: hospital (~65 km). Kharkiv: earlier home. Stryi (a wire gold name): spring attack, undated, not listed.",
  TAGS + ["hospital_other_city", "home_town", "back_reference", "weekday_date"])

d = "2023-06-14"
N(17, d, f"""Late on the night of {WD(d,-2)}, a Shahed drone crashed into a three-storey apartment block near the railway station in Shepetivka, in Khmelnytskyi oblast. Two residents died: Ivan Kovalchuk, 74, and his wife Halyna, 71, whose flat was on the top floor. A fire spread to the roof; firefighters evacuated 30 people. The wounded were taken to the Shepetivka district hospital. The regional administration in Khmelnytskyi said most drones that night had been shot down over the region.""",
  [E("incident", "drone strike", DAY(d, -2), Q("Shepetivka", "UA", 50.18, 27.07), ["Russia", "civilians"])],
  [Q("Khmelnytskyi", "UA", 49.42, 26.99)],
  "'Late on the night of Monday'. Khmelnytskyi: statement place and oblast name. Interceptions over the region: no pins.",
  TAGS + ["statement_place", "interception", "late_on", "weekday_date"])

d = "2024-02-20"
N(18, d, f"""At around 19:00 on {WD(d,-2)}, a ballistic missile struck an agricultural enterprise on the edge of Oleksandriia in the Kirovohrad region, killing two workers, Vasyl Moroz, 45, and Serhiy Panchenko, 33. Three others were injured and taken to the city hospital. The workers were loading grain that was due to be shipped through Odesa, the company's director said. The city had been hit by debris from an intercepted missile in December.""",
  [E("incident", "missile strike", DAY(d, -2), Q("Oleksandriia", "UA", 48.67, 33.12, q="Oleksandriya"), ["Russia", "civilians"])],
  [Q("Odesa", "UA", 46.48, 30.73)],
  "Sunday. Odesa: topic (shipping). December debris: undated.",
  TAGS + ["topic_place", "back_reference", "weekday_date"])

d = "2024-07-03"
N(19, d, f"""A guided aerial bomb hit a crossroads in the centre of Hadiach, in the Poltava region, shortly after 11:00 on {WD(d,-1)}, as people were waiting for a bus to Myrhorod. Three people were killed, including Anastasia Lysenko, 16, who was travelling to an exam. Eleven were injured; the most serious cases were transferred to Poltava. The strike came hours after drones hit an energy facility elsewhere in the region. Local officials said it was the first time Hadiach had been hit by a guided bomb.""",
  [E("incident", "guided bomb strike", DAY(d, -1), Q("Hadiach", "UA", 50.37, 34.00, q="Hadyach"), ["Russia", "civilians"])],
  [Q("Myrhorod", "UA", 49.97, 33.61), Q("Poltava", "UA", 49.59, 34.55)],
  "Tuesday. Myrhorod: bus destination (prior gold name). Poltava: transfer hospital. The energy-facility strike has no place.",
  TAGS + ["hospital_other_city", "destination_place", "weekday_date"])

d = "2023-08-09"
N(20, d, f"""On {WD(d,-1)} afternoon, Russian artillery shelled a street market in Apostolove, in the Dnipropetrovsk region, from positions across the Kakhovka reservoir, which has been drained since the dam was destroyed in June. Two vendors, Liudmyla Hrytsenko, 58, and her son Oleh, were killed, and a customer lost both legs. The injured were taken to Kryvyi Rih. Residents of Apostolove have been shelled almost daily from the opposite bank since last year.""",
  [E("incident", "shelling", DAY(d, -1), Q("Apostolove", "UA", 47.66, 33.72), ["Russia", "civilians"])],
  [Q("Kryvyi Rih", "UA", 47.91, 33.39)],
  "Tuesday. Kryvyi Rih: hospital (~40 km). The dam's destruction in June: background.",
  TAGS + ["hospital_other_city", "background_event", "weekday_date"])

d = "2024-06-10"
N(21, d, f"""In the early hours of {WD(d,-1)}, a Ukrainian drone struck a fuel depot on an industrial estate in Yelets, in Russia's Lipetsk region, setting off a fire that spread to a neighbouring workshop. A night guard, Nikolai Sorokin, 61, died of burns in hospital in Lipetsk. Residents of nearby houses were evacuated for several hours. The regional governor said three other drones had been shot down over the region. Ukraine's military said it had hit infrastructure used to supply Russian forces.""",
  [E("incident", "drone strike", DAY(d, -1), Q("Yelets", "RU", 52.61, 38.51), ["Ukraine", "fuel depot"])],
  [Q("Lipetsk", "RU", 52.60, 39.57)],
  "Sunday. Lipetsk: hospital (~70 km). Interceptions: no place.",
  TAGS + ["hospital_other_city", "interception", "weekday_date"])

d = "2022-04-12"
N(22, d, f"""Gunmen on dozens of motorcycles attacked the village of Kurebe, near Kuta in the Shiroro local government area of Niger state, on {WD(d,-2)}, killing 14 villagers and abducting at least 30, most of them women. Among the dead were the village head, Mallam Sani, 70, and his two sons. Survivors walked to Kuta, the local government headquarters, and some were later taken to the general hospital in Minna. The village had been attacked in February, when the gunmen burned the granaries. A military operation in the area was announced on {WD(d,-1)}.""",
  [E("incident", "armed attack, abduction", DAY(d, -2), M("Kurebe (Shiroro LGA)", 9.98, 6.80, "NG", "approximate, village near Kuta; placement uncertain"), ["bandits", "civilians"], alts=[M("Kuta", 9.87, 6.71, "NG", "approximate, Shiroro LGA headquarters")])],
  [Q("Minna", "NG", 9.61, 6.56)],
  "Sunday; Kuta as alternate. February attack: undated. The operation announced on Monday: no place, not an event. Minna: hospital (~35 km).",
  TAGS + ["hospital_other_city", "abduction", "back_reference", "weekday_date"])

d = "2021-09-01"
N(23, d, f"""A suicide bomber on a motorcycle blew himself up at a checkpoint at the entrance to Gujba, in Yobe state, at about 08:00 on {WD(d,-2)}, killing three soldiers and two civilian vigilantes. One of the vigilantes, Babagana Goni, 26, had joined the Civilian JTF after his father was killed in the 2013 attack on the agricultural college in Gujba. The wounded were evacuated to Damaturu. Residents told us the checkpoint had been attacked before, in May.""",
  [E("incident", "suicide bombing", DAY(d, -2), Q("Gujba", "NG", 11.50, 11.93), ["ISWAP", "Nigeria army", "CJTF"])],
  [Q("Damaturu", "NG", 11.75, 11.96)],
  "Monday. The 2013 college attack: background. Damaturu: hospital (~28 km, inside radius). May attack: undated.",
  TAGS + ["hospital_other_city", "background_event", "weekday_date"])

d = "2024-03-07"
N(24, d, f"""Two mortar rounds fired by al-Shabaab landed on the fish market in Hobyo, on Somalia's central coast, on {WD(d,-1)} morning. Four fishermen were killed, among them Abdirahman Warsame, 50, who had fished off Hobyo for thirty years. Nine people were injured and taken by boat and road to Galkayo. Local elders said the militants had been firing at the town from the bush to the west since government forces took it in 2023. The district commissioner, speaking from Garowe, appealed for medical supplies.""",
  [E("incident", "mortar attack", DAY(d, -1), Q("Hobyo", "SO", 5.35, 48.53), ["al-Shabaab", "civilians"])],
  [Q("Galkayo", "SO", 6.77, 47.43), Q("Garowe", "SO", 8.41, 48.48)],
  "Wednesday. Galkayo: hospital. Garowe: statement place. The 2023 takeover: background.",
  TAGS + ["hospital_other_city", "statement_place", "background_event", "weekday_date"])

d = "2021-01-18"
N(25, d, f"""On {WD(d,-3)}, a shell hit the courtyard of a church compound in Adwa, in central Tigray, where several hundred people displaced from villages around the town had taken shelter. Seven people were killed, including a deacon, Haile Gebremedhin, 24. The wounded were treated by a single nurse at the compound because the town's hospital had been looted. Survivors told us the shell came from the direction of hills held by the Eritrean army. Communications with the area were cut, and we were only able to reach witnesses after they travelled to Mekelle.""",
  [E("incident", "shelling", DAY(d, -3), Q("Adwa", "ET", 14.16, 38.90), ["Eritrea army", "civilians"])],
  [Q("Mekelle", "ET", 13.50, 39.47)],
  "Friday. Mekelle: place witnesses travelled to. The looting: undated.",
  TAGS + ["nationalities", "witness_place", "weekday_date"])

d = "2023-03-09"
N(26, d, f"""A grenade thrown into a bar in Kamanyola, in South Kivu near the Rwandan and Burundian borders, on {WD(d,-2)} night killed four people, including Espoir Bahati, 31, a motorcycle taxi driver. Twelve others were injured and taken to the Kamanyola health centre, then to Bukavu. Local officials blamed an armed group operating in the Ruzizi plain. Traders crossing from Bugarama in Rwanda said the border post had closed for a day after the attack.""",
  [E("incident", "grenade attack", DAY(d, -2), M("Kamanyola", -2.76, 29.00, "CD", "approximate, town on the Ruzizi near the borders"), ["armed group", "civilians"])],
  [Q("Bukavu", "CD", -2.49, 28.86), M("Bugarama", -2.70, 29.00, "RW", "approximate, town across the border")],
  "Tuesday night. Bukavu: hospital (~35 km). Bugarama: traders' origin (~7 km). The border closure: not an event.",
  TAGS + ["hospital_other_city", "origin_place", "weekday_date"])

d = "2022-02-23"
N(27, d, f"""At dawn on {WD(d,-2)}, fighters of the 3R armed group attacked a camp for internally displaced people next to the MINUSCA base in Kaga-Bandoro, setting fire to about 100 shelters. Five people were killed, among them Marie Ngoumbe, 40, and her baby. Peacekeepers fired warning shots and the attackers withdrew. The injured were treated at the MSF-supported hospital in the town. The same camp had been attacked in 2016, when dozens died.""",
  [E("incident", "armed attack", DAY(d, -2), Q("Kaga-Bandoro", "CF", 6.99, 19.19), ["3R", "IDPs", "MINUSCA"])],
  [],
  "Monday. The 2016 attack: background, same place.",
  TAGS + ["background_event", "weekday_date"])

d = "2023-11-28"
N(28, d, f"""On the morning of {WD(d,-1)}, a military jet dropped two bombs on a market in a village on the outskirts of Kyaukse, in Mandalay region, killing eight people. The victims included Daw Khin May, 66, who sold betel at the market, and her granddaughter, 9. Residents carried the injured to a clinic run by the resistance because they feared arrest at the hospital in Kyaukse. Junta media in Naypyitaw said the air force had attacked a "terrorist training camp". Villagers told us no armed group had been present.""",
  [E("incident", "air strike", DAY(d, -1), Q("Kyaukse", "MM", 21.61, 96.14), ["Myanmar military", "civilians"])],
  [Q("Naypyitaw", "MM", 19.75, 96.13, q="Nay Pyi Taw")],
  "Monday. Unnamed village on the outskirts pinned at Kyaukse. Naypyitaw: statement place.",
  TAGS + ["statement_place", "denial", "weekday_date"])

d = "2021-04-06"
N(29, d, f"""Fighters attacked the Bornou neighbourhood of Bria on {WD(d,-2)} afternoon, killing six civilians, including Hassan Ali, 55, a diamond trader originally from Ndélé. MINUSCA said its troops had intervened and pushed the attackers out of town. The wounded were treated at the Bria prefectural hospital. The town has been divided between armed groups for years; a similar raid in January killed three people.""",
  [E("incident", "armed attack", DAY(d, -2), Q("Bria", "CF", 6.54, 21.99), ["armed group", "civilians"])],
  [Q("Ndele", "CF", 8.41, 20.65, q="Ndélé")],
  "Sunday afternoon. Ndélé: home town of a victim. January raid: undated.",
  TAGS + ["home_town", "back_reference", "weekday_date"])

d = "2022-12-14"
N(30, d, f"""At about 17:00 on {WD(d,-2)}, a drone struck a house near the village of Tani in Afghanistan's Khost province, a few kilometres from the Pakistani border, killing five members of the Wazir family, including two children, Zarmina, 7, and Hamid, 4. Relatives told our researchers, who reached two survivors in Khost city, that the family had fled North Waziristan during the Pakistani military operation in 2014 and had lived in Tani since. The Taliban authorities in Kabul blamed Pakistan and condemned the strike; Pakistan's military did not comment. The wounded were treated at the provincial hospital in Khost.""",
  [E("incident", "drone strike", DAY(d, -2), M("Tani", 33.24, 69.83, "AF", "approximate, district centre south of Khost city; placement uncertain"), ["Pakistan (alleged)", "civilians"])],
  [Q("Khost", "AF", 33.34, 69.92, q="Khost"), Q("Kabul", "AF", 34.53, 69.17)],
  "Monday. Khost: witnesses' location and hospital (~13 km, inside radius). Kabul: statement place. North Waziristan and the 2014 operation: background, region only.",
  TAGS + ["hospital", "refuge_place", "statement_place", "background_event", "weekday_date"])
