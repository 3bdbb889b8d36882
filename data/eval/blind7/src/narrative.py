from lib import *
R = "narrative"
DOCS = []
add = DOCS.append
N = "Narrative of one strike: victims' names are invented; hospitals, home towns, refuges and statement places are not events; dated earlier/other strikes optional, undated ones not gold."

# 1 ---------------------------------------------------------------- Uman
d = "2023-04-30"
add(D(R, 1, d, f"""The missile tore through the middle entrance of a nine-storey block on Nadezhdy Street in Uman at about 4 a.m. on {WD(d,-2)}. Halyna Moroz, 58, had moved into a flat on the sixth floor after fleeing Mariupol in the spring of 2022. Rescuers found her and her grandson alive under a slab after nine hours. Twenty-three people in the building were killed, six of them children. The most seriously injured were driven to the regional hospital in Cherkasy, 190 km away. The Kh-101 cruise missiles had been launched by bombers over the Caspian Sea, the air force said. President Volodymyr Zelensky, speaking in Kyiv, called the strike "Russian terror". Two days later, Halyna's neighbours gathered to lay flowers at the ruins.""",
  [E("incident", "missile strike", DAY(d,-2), P("Uman", "UA"), ["Russia", "civilians"]),
   E("other", "memorial", d, P("Uman", "UA"), ["residents"])],
  [P("Mariupol", "UA"), P("Cherkasy", "UA"), P("Kyiv", "UA")],
  N + " Mariupol home town; Cherkasy hospital; Kyiv statement place; Caspian Sea launch area (not pinned). Flowers two days later: other.",
  ["narrative", "weekday_date", "victims_named", "origin_place", "hospital_other_city", "statement_place"]))

# 2 ---------------------------------------------------------------- Pokrovsk hotel
d = "2023-08-09"
add(D(R, 2, d, f"""The first Iskander struck the Druzhba hotel in central Pokrovsk at about 7:15 p.m. on {WD(d,-2)}. Forty minutes later, as rescuers and police arrived, a second missile hit the same block. Among the nine dead was Oleksandr Pavlenko, a deputy head of the regional emergency service, who had come from Kramatorsk to lead the rescue. Yulia Tkach, a nurse originally from Avdiivka, was treating the wounded in the street when the second blast knocked her down. The injured were taken to hospitals in Pokrovsk and Dnipro. "They waited for us to come," one firefighter said. Russian forces had shelled the outskirts of the town in July, but residents said they had felt safe in the centre.""",
  [E("incident", "missile strike", DAY(d,-2), P("Pokrovsk", "UA"), ["Russia", "civilians", "rescuers"])],
  [P("Kramatorsk", "UA"), P("Avdiivka", "UA"), P("Dnipro", "UA")],
  N + " Double-tap on one block: one event. July shelling undated (outskirts of the same town; no separate pin). Kramatorsk, Avdiivka: home towns; Dnipro hospital.",
  ["narrative", "weekday_date", "victims_named", "origin_place", "hospital_other_city"]))

# 3 ---------------------------------------------------------------- Lysychansk bakery
d = "2024-02-05"
add(D(R, 3, d, f"""The bakery on Lysychansk's main road was packed with people buying bread when the building collapsed on the afternoon of {WD(d,-2)}. Russian-installed officials said 28 people were killed and blamed a Ukrainian strike with HIMARS rockets. Among the dead, they said, was a mother of three, Svetlana Gorina, who had worked there for twelve years. Rescuers from Luhansk and the Russian emergencies ministry searched the rubble for two days. Ukraine's military did not comment. The injured were taken to the republican hospital in Luhansk, about 70 km away. The occupation authorities declared a day of mourning in Luhansk on {WD(d,-1)}.""",
  [E("incident", "rocket strike", DAY(d,-2), P("Lysychansk", "UA"), ["Ukraine", "civilians"])],
  [P("Luhansk", "UA")],
  N + " Occupied town; claims attributed. Luhansk: rescuers' origin, hospital and mourning place.",
  ["narrative", "weekday_date", "victims_named", "hospital_other_city", "source_attribution"]))

# 4 ---------------------------------------------------------------- Maghazi
d = "2023-12-26"
MAG = M("Al-Maghazi camp", 31.42, 34.38, "PS", "approximate, refugee camp in central Gaza")
add(D(R, 4, d, f"""The strike on the night of {WD(d,-2)} flattened three houses in the crowded Maghazi refugee camp in central Gaza. Ahmad Abu Jamous, 34, had taken his family there from Beit Hanoun in October, believing the area would be safer. He lost his wife and two daughters. The dead, more than 70 according to the health ministry, were taken to Al-Aqsa Martyrs Hospital in Deir al-Balah, where relatives laid the bodies in rows on the ground. The Israeli military later said the wrong munition had been used. In Ramallah, the Palestinian foreign ministry called the strike a massacre. A day earlier, on {WD(d,-3)}, a strike in Nuseirat had killed a family of six.""",
  [E("incident", "airstrike", [DAY(d,-2), DAY(d,-1)], MAG, ["Israel", "civilians"]),
   E("incident", "airstrike", DAY(d,-3), P("Nuseirat", "PS", "An Nusayrat"), ["Israel", "civilians"], optional=True)],
  [P("Beit Hanoun", "PS", "Bayt Hanun"), P("Deir al-Balah", "PS", "Dayr al Balah"), P("Ramallah", "PS")],
  N + " Night range. Earlier dated strike in Nuseirat (~3 km): optional. Deir al-Balah hospital (~5 km) is inside the radius.",
  ["narrative", "weekday_date", "date_range", "victims_named", "origin_place", "hospital_other_city", "background_event"]))

# 5 ---------------------------------------------------------------- Bani Suheila
d = "2024-03-03"
add(D(R, 5, d, f"""Aid trucks had stopped at the Kuwait roundabout when the crowd formed, but it was in Bani Suheila, east of Khan Younis, that the strike came on {WD(d,-1)} morning. A missile hit a group of people waiting outside a UN school, killing eleven, including Mahmoud Qudaih, 16, who had walked from Abasan to look for flour. His brother Yousef carried him to the Nasser Medical Complex, but the hospital had been emptied by an Israeli raid two weeks earlier, and he was taken on to the Emirati field hospital in Rafah. Israel's military said it was checking the report. The family buried Mahmoud in the sand near their tent in al-Mawasi.""",
  [E("incident", "airstrike", DAY(d,-1), P("Bani Suheila", "PS", "Bani Suhayla"), ["Israel", "civilians"])],
  [P("Rafah", "PS"), M("Kuwait roundabout", 31.49, 34.45, "PS", "approximate, junction south of Gaza City")],
  N + " Rafah field hospital; Kuwait roundabout (mentioned as contrast, ~20 km) and al-Mawasi burial site (within radius, not listed); Abasan (home village, ~3 km) not listed. Nasser hospital raid undated ('two weeks earlier'): not gold.",
  ["narrative", "weekday_date", "victims_named", "hospital_other_city", "origin_place", "back_reference"]))

# 6 ---------------------------------------------------------------- Majdal Shams
d = "2024-07-28"
add(D(R, 6, d, f"""The rocket landed on the football pitch in Majdal Shams shortly after 6 p.m. on {WD(d,-1)}, as children played a Saturday match. Twelve of them, aged 10 to 16, were killed. Among them was Fajer Abu Saleh, 11, who had just scored. Most of the wounded were flown by helicopter to Ziv hospital in Safed and to Rambam in Haifa. The Druze town, in the Israeli-occupied Golan Heights, was in shock. Israel blamed Hezbollah, saying the Falaq-1 rocket had been fired from near Chebaa in southern Lebanon; the group denied any role. Prime Minister Benjamin Netanyahu cut short a visit to the United States and is due to visit the town on {WD(d,1)}; residents heckled a minister at the site.""",
  [E("incident", "rocket strike", DAY(d,-1), P("Majdal Shams", "SY"), ["Hezbollah", "civilians"])],
  [P("Safed", "IL"), P("Haifa", "IL"), M("Chebaa", 33.35, 35.74, "LB", "approximate, village in south-east Lebanon")],
  N + " Majdal Shams coded with the gazetteer's country (SY; occupied Golan). Safed, Haifa hospitals; Chebaa launch site (~12 km, inside radius). Netanyahu's visit on the next day is future: not gold. The minister heckled at the site is not dated/located beyond the town (not gold).",
  ["narrative", "weekday_date", "victims_named", "hospital_other_city", "launch_origin", "future_event"]))

# 7 ---------------------------------------------------------------- Aitou
d = "2024-10-15"
AIT = M("Aitou", 34.32, 35.92, "LB", "approximate, Christian village in Zgharta district")
add(D(R, 7, d, f"""The strike hit a two-storey house in Aitou, a mostly Christian village in Zgharta district in northern Lebanon, on the afternoon of {WD(d,-1)}. At least 21 people were killed. Most had arrived only weeks earlier from Aitaroun on the southern border, fleeing Israeli bombardment. Rana Dagher, whose family had rented them the flat, said a car had pulled up minutes before the blast. The dead and wounded were taken to hospitals in Zgharta and Tripoli. The UN human rights office in Geneva called for an investigation. Israel did not comment; it had previously struck mostly Shiite areas in the south, the Bekaa and Beirut's southern suburbs.""",
  [E("incident", "airstrike", DAY(d,-1), AIT, ["Israel", "civilians"], alts=[P("Zgharta", "LB")])],
  [M("Aitaroun", 33.12, 35.47, "LB", "approximate, border village, Bint Jbeil district"), P("Tripoli", "LB"), P("Geneva", "CH")],
  N + " Zgharta (district centre and hospital, ~10 km) alternate. Aitaroun: place fled from; Tripoli hospital (~25 km, inside radius); Geneva statement place. Earlier strikes undated.",
  ["narrative", "weekday_date", "victims_named", "origin_place", "hospital_other_city", "statement_place", "district"]))

# 8 ---------------------------------------------------------------- Atarib market
d = "2021-03-22"
add(D(R, 8, d, f"""Artillery shells fired from government-held areas struck the surgical hospital in al-Atarib, in the western Aleppo countryside, early on {WD(d,-1)}. Six people were killed, including a child and a nurse, Abdulrahman al-Hamoud, who had returned to work there after being displaced from Maarat al-Numan. Survivors were moved to hospitals in Bab al-Hawa and Idlib. A Russian warplane struck near the Bab al-Hawa border crossing later the same day, witnesses said. The UN envoy, speaking in Geneva, said the attack was unacceptable. The hospital had been hit before, in 2019.""",
  [E("incident", "shelling", DAY(d,-1), P("Al-Atarib", "SY", "Al Atarib"), ["Syrian government", "civilians"]),
   E("incident", "airstrike", DAY(d,-1), M("Bab al-Hawa crossing", 36.23, 36.67, "SY", "approximate, border crossing with Turkey"), ["Russia"], optional=True)],
  [M("Maarat al-Numan", 35.64, 36.67, "SY", "approximate, town in southern Idlib"), P("Idlib", "SY"), P("Geneva", "CH")],
  N + " Same-day strike elsewhere optional (Bab al-Hawa ~17 km; it is also a hospital place). 2019 strike: year only, not gold.",
  ["narrative", "weekday_date", "victims_named", "origin_place", "hospital_other_city", "background_event"]))

# 9 ---------------------------------------------------------------- Erbil Iranian missiles
d = "2024-01-17"
add(D(R, 9, d, f"""The ballistic missiles fell on a villa near the Erbil airport road shortly before midnight on {WD(d,-2)}, killing the businessman who owned it, Peshraw Dizayee, his infant daughter and two guests. Iran's Revolutionary Guards said they had hit an "Israeli espionage headquarters". Dizayee's brother, reached by phone in Duhok, said the family had no links to Israel. Several wounded, including a Filipino domestic worker, were taken to Rizgary hospital in the city. Iraq's government in Baghdad recalled its ambassador from Tehran. In a separate statement, the Guards said they had struck "Islamic State targets" in Idlib in Syria the same night.""",
  [E("incident", "ballistic missile strike", [DAY(d,-2), DAY(d,-1)], P("Erbil", "IQ"), ["IRGC", "civilians"]),
   E("incident", "ballistic missile strike", [DAY(d,-2), DAY(d,-1)], P("Idlib", "SY"), ["IRGC"], optional=True)],
  [P("Duhok", "IQ", "Dihok"), P("Baghdad", "IQ"), P("Tehran", "IR")],
  N + " 'Shortly before midnight' → D-2..D-1. Same-night claimed strikes in Idlib province optional (province pinned at city). Duhok: relative's place; Baghdad/Tehran diplomatic. 'Filipino' nationality.",
  ["narrative", "weekday_date", "date_range", "victims_named", "nationality", "statement_place"]))

# 10 ---------------------------------------------------------------- Marib
d = "2023-03-21"
MAR = P("Marib", "YE", "Marib")
add(D(R, 10, d, f"""The missile landed in a residential street in Marib's al-Rawdha neighbourhood at dusk on {WD(d,-1)}. Saleh al-Jabri, 9, was riding his bicycle with his cousin. Both were killed, along with a street vendor who had fled from Sirwah district two years earlier. The government said the missile had been fired by the Houthis from al-Jawf. The wounded were treated at the Marib General Hospital; two were later flown to Seyoun for surgery. The information minister, speaking in Aden, said the attack showed the Houthis were not serious about the truce.""",
  [E("incident", "missile strike", DAY(d,-1), MAR, ["Houthis", "civilians"])],
  [P("Aden", "YE"), M("Seyoun", 15.94, 48.79, "YE", "approximate, city in Hadramawt")],
  N + " Sirwah (home district, ~40 km) not listed; al-Jawf governorate launch area (not pinned). Seyoun hospital; Aden statement place.",
  ["narrative", "weekday_date", "victims_named", "origin_place", "hospital_other_city", "launch_origin"]))

# 11 ---------------------------------------------------------------- Be'eri
d = "2023-10-10"
BER = M("Kibbutz Be'eri", 31.425, 34.49, "IL", "approximate, kibbutz east of the Gaza border fence")
add(D(R, 11, d, f"""The gunmen entered Kibbutz Be'eri soon after 6:30 a.m. on {WD(d,-3)}, moving house to house for hours. Aviv Kutz, a member who ran the kibbutz printing house, hid with his daughter in a safe room until soldiers reached them in the evening. More than 100 residents were killed and about 30 taken into Gaza. The wounded were evacuated to Soroka hospital in Beersheba. In Nahal Oz, a few kilometres to the south, gunmen killed residents the same morning. Survivors were moved to hotels at the Dead Sea. Aviv returned on {WD(d)} with soldiers to identify his neighbours' houses.""",
  [E("incident", "armed attack", DAY(d,-3), BER, ["Hamas", "civilians"]),
   E("incident", "armed attack", DAY(d,-3), M("Nahal Oz", 31.47, 34.50, "IL", "approximate, kibbutz east of Gaza City"), ["Hamas", "civilians"], optional=True),
   E("other", "return visit", d, BER, ["survivor", "soldiers"])],
  [P("Beersheba", "IL"), P("Gaza", "PS")],
  N + " Same-day attack in Nahal Oz (~5 km) optional. Hostages taken into Gaza (~10 km, inside radius). Beersheba hospital; Dead Sea hotels (region, not pinned). Return visit on D: other.",
  ["narrative", "weekday_date", "victims_named", "hospital_other_city", "site_visit", "multi_event"]))

# 12 ---------------------------------------------------------------- Jaffa shooting + Iranian missiles
d = "2024-10-02"
add(D(R, 12, d, f"""The two attackers got off a light-rail train on Jerusalem Boulevard in Jaffa on the evening of {WD(d,-1)} and opened fire on passengers at the station, killing seven people. Inbar Segev Vigder, 33, was carrying her baby son, who survived. Minutes later, as the city's residents ran for shelters, Iran fired about 180 ballistic missiles at Israel; sirens sounded across the country and fragments fell in Tel Aviv and near the Nevatim air base in the Negev. The assailants, from Hebron, were shot dead. The wounded were treated at Wolfson hospital in Holon. Police said they would increase deployment in Jerusalem.""",
  [E("incident", "shooting attack", DAY(d,-1), P("Jaffa", "IL"), ["Palestinian attackers", "civilians"]),
   E("incident", "missile attack", DAY(d,-1), P("Nevatim", "IL"), ["Iran"], optional=True)],
  [P("Hebron", "PS"), P("Holon", "IL"), P("Jerusalem", "IL")],
  N + " Missile fragments in Tel Aviv fall inside the Jaffa radius; the Nevatim base hit is a same-day event elsewhere: optional. 'Jerusalem Boulevard' is a street name; Jerusalem police deployment future. Hebron home town; Holon hospital (~5 km).",
  ["narrative", "weekday_date", "victims_named", "origin_place", "hospital_other_city", "metonym", "future_event"]))

# 13 ---------------------------------------------------------------- Jit settler attack
d = "2024-08-17"
JIT = M("Jit", 32.21, 35.16, "PS", "approximate, village between Qalqilya and Nablus")
add(D(R, 13, d, f"""About a hundred masked settlers entered the village of Jit, west of Nablus, at dusk on {WD(d,-2)}, setting fire to houses and cars. Rashid Sadah, 23, was shot dead as he tried to stop them from entering his uncle's home. Four other villagers were injured and taken to Rafidia hospital in Nablus. The settlers came from outposts near Kedumim, residents said. Israel's prime minister's office condemned the attack; the Palestinian president, in Ramallah, called it "state terrorism". The army said it had arrested one Israeli.""",
  [E("incident", "settler attack", DAY(d,-2), JIT, ["Israeli settlers", "civilians"])],
  [P("Ramallah", "PS")],
  N + " Nablus (~10 km) hospital and Kedumim (origin, ~5 km) inside the radius, not listed. Ramallah statement place.",
  ["narrative", "weekday_date", "victims_named", "origin_place", "statement_place", "village"]))

# 14 ---------------------------------------------------------------- Al-Hilaliya
d = "2024-11-04"
HIL = M("Al-Hilaliya", 14.43, 33.33, "SD", "approximate, town on the Blue Nile north of Wad Madani; placement uncertain")
add(D(R, 14, d, f"""For a week after RSF fighters seized al-Hilaliya in Gezira state on 25 October, residents said, they were forbidden to leave. Fatima Abdelrahim, a teacher, said the fighters went from house to house, looting and beating men, and that dozens of people died from an unexplained illness after drinking from the wells. At least 300 people were killed or died between 25 and 31 October, according to the Sudan Doctors Network. Those who escaped walked to Shendi and Kassala. The RSF had moved into the area after the defection of a commander to the army. The army, in a statement from Port Sudan, vowed to retake the town.""",
  [E("incident", "attacks on civilians", ["2024-10-25", "2024-10-31"], HIL, ["Rapid Support Forces", "civilians"])],
  [P("Shendi", "SD"), P("Kassala", "SD"), P("Port Sudan", "SD")],
  N + " Explicit range. Refuges Shendi and Kassala; Port Sudan statement place; the defection (no place, undated) not gold.",
  ["narrative", "date_range", "victims_named", "origin_place", "statement_place"]))

# 15 ---------------------------------------------------------------- Togoga
d = "2021-06-24"
TOG = M("Togoga", 13.68, 39.33, "ET", "approximate, village west of Mekelle, Tigray")
add(D(R, 15, d, f"""The air strike hit the market in Togoga, a village about 20 km west of Mekelle, around 1 p.m. on {WD(d,-2)}, on market day. Health workers said at least 64 people were killed. Tsega Berhe, a farmer, lost her husband and a son. Soldiers blocked ambulances on the road for hours, witnesses said; the wounded who arrived reached Ayder Referral Hospital in Mekelle late at night. The military in Addis Ababa said it had targeted fighters dressed as civilians. The US State Department, in Washington, said it was "gravely concerned".""",
  [E("incident", "airstrike", DAY(d,-2), TOG, ["Ethiopian Air Force", "civilians"], alts=[P("Mekelle", "ET", "Mekele")])],
  [P("Addis Ababa", "ET"), P("Washington", "US")],
  N + " Offset stated; manual point (the computed 20 km W point is ~4 km away); Mekelle (hospital, reference) alternate.",
  ["narrative", "weekday_date", "victims_named", "hospital_other_city", "offset", "statement_place"]))

# 16 ---------------------------------------------------------------- Dhusamareb
d = "2023-09-18"
add(D(R, 16, d, f"""The truck bomb exploded at a security checkpoint on the road into Dhuusamareeb, the capital of Galmudug state, late on the morning of {WD(d,-1)}. Among at least 13 dead were six policemen and Hodan Warsame, who sold tea at the roadside. Her sister said Hodan had moved to Dhuusamareeb from Bay region after the drought killed the family's goats. The most seriously injured were flown to Mogadishu. Al-Shabaab claimed the attack. Officials said the group was retaliating for losing El Dheer and other towns earlier in the year. Galmudug's president returned from Mogadishu on {WD(d)} to visit the site.""",
  [E("incident", "truck bombing", DAY(d,-1), P("Dhuusamareeb", "SO", "Dhusamareb"), ["al-Shabaab", "police", "civilians"]),
   E("other", "site visit", d, P("Dhuusamareeb", "SO", "Dhusamareb"), ["Galmudug president"])],
  [P("Mogadishu", "SO")],
  N + " Local spelling. El Dheer: undated background loss (not listed). Site visit on D: other.",
  ["narrative", "weekday_date", "victims_named", "hospital_other_city", "alt_spelling", "site_visit", "background_event"]))

# 17 ---------------------------------------------------------------- Kishishe
d = "2022-12-08"
KIS = M("Kishishe", -1.27, 29.05, "CD", "approximate, village in Bwito chiefdom, Rutshuru territory; placement uncertain")
add(D(R, 17, d, f"""The killings in Kishishe began on 29 November and continued into the next day, survivors said. M23 fighters rounded up men in the village in Rutshuru territory and shot them near the Adventist church, according to a UN preliminary investigation, which counted 131 dead. Jean-Pierre Kambale, 45, hid in a latrine for hours. He later walked to Kitchanga and then to the displacement camps around Goma. The M23 denied the allegations and said eight people had died from stray bullets. The government in Kinshasa declared three days of national mourning.""",
  [E("incident", "massacre", ["2022-11-29", "2022-11-30"], KIS, ["M23", "civilians"], alts=[P("Rutshuru", "CD")])],
  [P("Goma", "CD"), P("Kinshasa", "CD")],
  N + " Rutshuru (territory centre, ~30 km) alternate. Kitchanga (~40 km) refuge not listed; Goma camps refuge; Kinshasa statement.",
  ["narrative", "date_range", "victims_named", "origin_place", "statement_place", "village"]))

# 18 ---------------------------------------------------------------- Mucojo
d = "2024-02-12"
MUC = M("Mucojo", -12.07, 40.52, "MZ", "approximate, coastal village in Macomia district")
add(D(R, 18, d, f"""Insurgents came into Mucojo, a fishing village on the coast of Macomia district, from the bush on the evening of {WD(d,-3)}, and set fire to the health post and more than 40 homes. Amina Salimo, whose husband was beheaded, fled with her children by boat to the island of Ibo. Others walked inland to Macomia town. The Mozambican army said it had sent reinforcements from Pemba on {WD(d,-2)}. The attack was part of a new wave of raids in southern Cabo Delgado that has displaced tens of thousands. The Catholic bishop of Pemba said the attacks showed the insurgency had not been defeated.""",
  [E("incident", "armed attack", DAY(d,-3), MUC, ["Islamic State Mozambique", "civilians"])],
  [P("Pemba", "MZ"), P("Macomia", "MZ"), M("Ibo", -12.35, 40.60, "MZ", "approximate, island town off Quissanga")],
  N + " Ibo and Macomia town refuges; Pemba origin of reinforcements and statement place.",
  ["narrative", "weekday_date", "victims_named", "origin_place", "statement_place", "village"]))

# 19 ---------------------------------------------------------------- Owo church
d = "2022-06-06"
add(D(R, 19, d, f"""The gunmen struck as the Pentecost Mass was ending at St Francis Xavier Catholic Church in Owo on {WD(d,-1)}, throwing explosives and firing at worshippers. At least 40 people were killed. Grace Olanrewaju, 14, had just sung in the choir. The wounded were taken to the Federal Medical Centre in Owo, and some were transferred to hospitals in Akure. Governor Rotimi Akeredolu, who cut short a trip to Abuja, said the attack was on "our peace". The government later blamed ISWAP. The town, in southwest Nigeria's Ondo state, had been spared the violence of the north.""",
  [E("incident", "armed attack", DAY(d,-1), P("Owo", "NG"), ["ISWAP", "civilians"])],
  [P("Akure", "NG"), P("Abuja", "NG")],
  N + " Akure hospitals (~45 km, inside radius); Abuja trip origin.",
  ["narrative", "weekday_date", "victims_named", "hospital_other_city", "origin_place"]))

# 20 ---------------------------------------------------------------- Anka
d = "2024-07-16"
add(D(R, 20, d, f"""The bandits rode into the villages around Anka on motorcycles on {WD(d,-2)} evening, after the farmers had refused to pay a levy. They killed at least 25 people and burnt the grain stores. Salisu Abdullahi said his father and two uncles were shot dead on their farm. Survivors fled to Anka town and to Gusau, the state capital. The Nigerian Air Force said it had struck the bandits' camp in the nearby forest on {WD(d,-1)}. Governor Dauda Lawal, speaking in Gusau, promised compensation. Residents said similar raids had happened every rainy season since 2019.""",
  [E("incident", "attacks on villages", DAY(d,-2), P("Anka", "NG"), ["bandits", "civilians"]),
   E("incident", "airstrike", DAY(d,-1), P("Anka", "NG"), ["Nigerian Air Force", "bandits"], optional=True)],
  [P("Gusau", "NG")],
  N + " Villages around Anka pinned at Anka. Follow-up airstrike on an unnamed nearby forest: optional, same pin. Gusau refuge and statement place (~80 km).",
  ["narrative", "weekday_date", "victims_named", "origin_place", "statement_place", "village"]))

# 21 ---------------------------------------------------------------- Karma
d = "2023-04-24"
KAR = M("Karma", 13.62, -2.30, "BF", "approximate, village near Ouahigouya, Yatenga province")
add(D(R, 21, d, f"""Men in army uniforms drove into the village of Karma, near Ouahigouya in northern Burkina Faso, early on {WD(d,-4)} and went from house to house, survivors said. At least 60 civilians were killed. Issa Ouedraogo, a farmer, said he survived by lying under his brother's body. Survivors buried the dead the next day and fled to Ouahigouya. The prosecutor in Ouahigouya opened an investigation. The government in Ouagadougou condemned the killings and said it was looking into reports that the attackers had come from a military convoy returning from Aorema.""",
  [E("incident", "killings of civilians", DAY(d,-4), KAR, ["men in army uniforms", "civilians"], alts=[P("Ouahigouya", "BF")])],
  [P("Ouagadougou", "BF")],
  N + " Ouahigouya (~15 km) refuge and alternate; Aorema (origin of convoy) not listed; Ouagadougou statement place.",
  ["narrative", "weekday_date", "victims_named", "origin_place", "statement_place", "village"]))

# 22 ---------------------------------------------------------------- Sobane Da
d = "2019-06-12"
SOB = M("Sobane Da", 14.50, -3.35, "ML", "approximate, Dogon village near Bandiagara, Mopti region; placement uncertain")
add(D(R, 22, d, f"""The attack on Sobane Da, a Dogon village in central Mali, began at night on 9 June and lasted until the morning of 10 June. Gunmen surrounded the village and set fire to houses, the government said; 35 people were killed, half of them children. Amadou Togo, a village elder, was in Bandiagara for a market and returned to find his house burnt. The wounded were evacuated to Mopti. Fulani militants were suspected. The prime minister, who visited the village on {WD(d,-1)}, said it was an attempt to ignite ethnic war.""",
  [E("incident", "massacre", ["2019-06-09", "2019-06-10"], SOB, ["gunmen", "civilians"], alts=[P("Bandiagara", "ML")]),
   E("other", "site visit", DAY(d,-1), SOB, ["Prime Minister of Mali"])],
  [P("Mopti", "ML")],
  N + " Night range. Site visit: other. Bandiagara (market town, reference) alternate; Mopti hospital (~80 km).",
  ["narrative", "weekday_date", "date_range", "victims_named", "hospital_other_city", "site_visit", "village"]))

# 23 ---------------------------------------------------------------- Ganja
d = "2020-10-12"
add(D(R, 23, d, f"""The missile struck a residential quarter of Ganja, Azerbaijan's second city, at about 2 a.m. on {WD(d,-1)}, destroying a row of houses. Ten people were killed, among them Rovshan Aliyev, a school guard, and his two children. Rescuers from Baku worked through the day. The injured were taken to Ganja's central hospital. Azerbaijan said the missile had been fired by Armenian forces from the territory of Armenia; Yerevan denied it. The strike came a day after a Russian-brokered ceasefire agreed in Moscow was supposed to take effect. Azerbaijan's president, speaking in Baku, vowed retaliation. An earlier strike on the city, on 4 October, had damaged the airport road.""",
  [E("incident", "missile strike", DAY(d,-1), P("Ganja", "AZ"), ["Armenian forces", "civilians"]),
   E("incident", "missile strike", "2020-10-04", P("Ganja", "AZ"), ["Armenian forces"], optional=True)],
  [P("Baku", "AZ"), P("Yerevan", "AM"), P("Moscow", "RU")],
  N + " Dated earlier strike on the same city: optional. Baku rescuers' origin and statement; Yerevan denial; Moscow ceasefire metonym.",
  ["narrative", "weekday_date", "victims_named", "statement_place", "metonym", "background_event"]))

# 24 ---------------------------------------------------------------- Mazar-i-Sharif mosque
d = "2022-04-22"
add(D(R, 24, d, f"""The bomb went off during the afternoon prayers at the Sai Doukan mosque in Mazar-i-Sharif on {WD(d,-1)}, a mosque attended by Shia worshippers. At least 31 people were killed. Ali Reza Hussaini, 19, who had moved to the city from Daikundi to study, was among the dead. His cousin said the family would take the body home by road. The wounded were treated at the Abu Ali Sina Balkhi hospital. Islamic State claimed responsibility. Hours earlier, on {WD(d,-1)} morning, a bomb had exploded near a Taliban vehicle in Kunduz, killing four.""",
  [E("incident", "bombing", DAY(d,-1), P("Mazar-i-Sharif", "AF", "Mazar-e Sharif"), ["Islamic State Khorasan", "civilians"]),
   E("incident", "bombing", DAY(d,-1), P("Kunduz", "AF"), ["unknown", "Taliban"], optional=True)],
  [],
  N + " Same-day blast elsewhere optional. Daikundi is a province (home region, not pinned).",
  ["narrative", "weekday_date", "victims_named", "origin_place", "multi_event"]))

# 25 ---------------------------------------------------------------- Besham convoy
d = "2024-03-27"
BES = M("Besham", 34.93, 72.88, "PK", "approximate, town on the Karakoram Highway, Shangla district")
add(D(R, 25, d, f"""The suicide bomber rammed an explosives-laden car into a convoy of Chinese engineers on the Karakoram Highway near Besham on {WD(d,-1)}, sending their bus down a ravine into the river. Five Chinese nationals working on the Dasu hydropower project and their Pakistani driver, Mohammad Sajid from Mardan, were killed. The convoy had set out from Islamabad that morning. Rescue workers recovered the bodies by evening and flew them to Islamabad. China's embassy demanded a thorough investigation. Five days earlier, militants had attacked the naval air base in Turbat.""",
  [E("incident", "suicide car bombing", DAY(d,-1), BES, ["militants", "Chinese nationals"])],
  [P("Dasu", "PK"), P("Mardan", "PK"), P("Islamabad", "PK"), P("Turbat", "PK")],
  N + " Dasu project place (~60 km); Mardan home town; Islamabad origin/destination. Turbat: back-reference ('five days earlier' — implicitly dated but a separate background event; left non-event, as in blind6 back-references).",
  ["narrative", "weekday_date", "victims_named", "origin_place", "nationality", "back_reference"]))

# 26 ---------------------------------------------------------------- Dhangri
d = "2023-01-03"
DHA = M("Dhangri", 33.31, 74.36, "IN", "approximate, village north-east of Rajouri town")
add(D(R, 26, d, f"""Two gunmen walked into Upper Dhangri, a Hindu village in Rajouri district, on the evening of 1 January and opened fire on three houses, checking identity cards first, residents said. Four people were killed. The next morning, an IED left at one of the houses exploded, killing two children, cousins Vihaan and Samiksha Sharma. The wounded were taken to the Government Medical College in Rajouri and later airlifted to Jammu. Villagers blocked the road to Rajouri to protest. Lieutenant Governor Manoj Sinha, speaking in Srinagar, promised jobs to the victims' families.""",
  [E("incident", "armed attack", "2023-01-01", DHA, ["militants", "civilians"], alts=[M("Rajouri", 33.38, 74.31, "IN", "approximate, district town")]),
   E("incident", "IED", "2023-01-02", DHA, ["militants", "civilians"]),
   E("other", "protest", ["2023-01-01", "2023-01-03"], DHA, ["villagers"])],
  [P("Jammu", "IN"), P("Srinagar", "IN")],
  N + " Two attacks on consecutive days at the same village: two events (same pin). Road blockade: other (date range). Jammu hospital; Srinagar statement.",
  ["narrative", "victims_named", "hospital_other_city", "statement_place", "multi_event", "protest", "village"]))

# 27 ---------------------------------------------------------------- Let Yet Kone
d = "2022-09-20"
LYK = M("Let Yet Kone", 22.50, 95.50, "MM", "approximate, village in Depayin township, Sagaing; placement uncertain")
add(D(R, 27, d, f"""Two Mi-35 helicopters fired on the monastery school in Let Yet Kone, a village in Depayin township, around midday on {WD(d,-4)}, while troops landed nearby. Eleven children were killed. Ma Thida, a teacher, hid with children under the classroom floor. Soldiers took the bodies away, residents said, and burned them in Ye-U. Some of the wounded were carried to a clinic in resistance-held territory; others were detained. The junta, in a statement from Naypyitaw, said it had raided a hiding place of the People's Defence Force. UNICEF said it was outraged.""",
  [E("incident", "helicopter attack", DAY(d,-4), LYK, ["Myanmar military", "civilians"])],
  [P("Ye-U", "MM", "Ye-u"), P("Naypyitaw", "MM", "Nay Pyi Taw")],
  N + " Ye-U (~25 km) where bodies were taken (inside radius); Naypyitaw statement place.",
  ["narrative", "weekday_date", "victims_named", "statement_place", "village"]))

# 28 ---------------------------------------------------------------- Lamitan
d = "2018-08-02"
add(D(R, 28, d, f"""The van exploded at a military checkpoint in Lamitan, on Basilan island, on the morning of {WD(d,-3)}, after soldiers stopped the driver for questioning. Ten people were killed, including a militiaman, a mother and her child. The driver, who spoke with a foreign accent, was among the dead, officials said. Corporal Renato Bañez, 27, from Iloilo, survived with burns and was flown to a hospital in Zamboanga City. Islamic State claimed the attack. President Rodrigo Duterte, speaking in Manila, said Basilan would remain under martial law.""",
  [E("incident", "car bombing", DAY(d,-3), P("Lamitan", "PH", "Lamitan City"), ["Islamic State", "Philippine military", "civilians"])],
  [P("Iloilo", "PH"), P("Zamboanga City", "PH", "Zamboanga"), P("Manila", "PH")],
  N + " Iloilo home town; Zamboanga hospital (~25 km, inside radius); Manila statement.",
  ["narrative", "weekday_date", "victims_named", "origin_place", "hospital_other_city", "statement_place"]))

# 29 ---------------------------------------------------------------- Bogotá police academy
d = "2019-01-19"
add(D(R, 29, d, f"""The car packed with 80 kg of pentolite drove through the gate of the General Santander police academy in southern Bogotá on {WD(d,-2)} morning, during a graduation ceremony, and exploded. Twenty-one cadets were killed, as well as the driver. Among the dead was Cadet Luis Carlos Ruiz, 21, from Pasto, who had joined the academy in the autumn; two of the dead were Ecuadorian. The wounded were treated at the police hospital. The government said the ELN was responsible and suspended peace talks in Havana. Marches against the violence are planned in Bogotá and other cities on {WD(d,1)}.""",
  [E("incident", "car bombing", DAY(d,-2), P("Bogotá", "CO", "Bogota"), ["ELN", "police cadets"])],
  [P("Pasto", "CO"), P("Havana", "CU")],
  N + " Pasto home town; 'Ecuadorian' nationality; Havana talks (metonym). Marches planned for the next day are future: not gold.",
  ["narrative", "weekday_date", "victims_named", "origin_place", "nationality", "metonym", "future_event"]))

# 30 ---------------------------------------------------------------- Port-au-Prince Solino
d = "2024-10-21"
SOL = M("Solino", 18.555, -72.325, "HT", "approximate, neighbourhood of central Port-au-Prince")
add(D(R, 30, d, f"""The gang attack on Solino, a neighbourhood in central Port-au-Prince, began on the night of {WD(d,-4)} and lasted until {WD(d,-3)}. Residents said gunmen from the Viv Ansanm coalition burned houses and shot people trying to flee. At least 20 people were killed. Marie-Claude Joseph, 52, escaped over a wall with her grandson and walked to a school in Delmas that had become a shelter. The wounded were taken to a Doctors Without Borders hospital in Tabarre. The Kenyan-led police mission said it had sent reinforcements from its base near the airport. Residents had already fled an attack on the area in early October.""",
  [E("incident", "gang attack", [DAY(d,-4), DAY(d,-3)], SOL, ["Viv Ansanm", "civilians"], alts=[P("Port-au-Prince", "HT")])],
  [],
  N + " Night range. Delmas shelter and Tabarre hospital (both ~5 km, inside radius) not listed. Early-October attack undated.",
  ["narrative", "weekday_date", "date_range", "victims_named", "origin_place", "nationality", "district"]))
