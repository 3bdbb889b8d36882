from lib import *
R = "regional"
DOCS = []
add = DOCS.append
T = "Regional outlet in translation; composite texts with invented details. "

def I(d):
    return [DAY(d, -1), d]

d = "2023-03-09"
add(D(R, 1, d, f"""[Translated from Kurdish, Rudaw-style] A Turkish drone struck a vehicle on the road between Mergasor and Soran on {WD(d)} afternoon, killing two people, the mayor of Mergasor told our correspondent. He said the victims were farmers from the village of Bradost returning from the market in Soran.""",
  [E("incident", "drone strike", d, Q("Mergasor", "IQ", 36.84, 44.31, q="Mergasor"), ["Turkey", "civilians"])],
  [Q("Soran", "IQ", 36.65, 44.54), M("Bradost", 36.83, 44.45, "IQ", "approximate, Bradost area north-west of Soran")],
  T + "Road strike pinned at the named nearer town (Mergasor); Soran is the road's other end (~25 km, inside the radius). Bradost: victims' origin.",
  ["weekday_date", "origin_place", "road"]))

d = "2024-02-17"
add(D(R, 2, d, f"""[Translated from Arabic, Syrian opposition outlet] Regime artillery shelled the town of Maarat Misrin in the northern Idlib countryside at dawn today, wounding three children, the civil defence said. Teams transported the wounded to a hospital in Idlib city. Yesterday, Russian warplanes carried out two raids on the outskirts of Salqin.""",
  [E("incident", "shelling", d, Q("Maarat Misrin", "SY", 36.01, 36.67, q="Ma‘arrat Mişrīn"), ["Syria government", "civilians"]),
   E("incident", "airstrike", DAY(d, -1), Q("Salqin", "SY", 36.14, 36.45, q="Salqīn"), ["Russia"])],
  [Q("Idlib", "SY", 35.93, 36.63)],
  T + "Two events: today's shelling and yesterday's raids. Idlib: hospital city (~10 km from Maarat Misrin, inside the radius).",
  ["multi_event", "hospital_other_city", "relative_day"]))

d = "2025-01-20"
add(D(R, 3, d, f"""[Translated from Arabic, WAFA-style] Occupation forces stormed the town of Aqqaba, north of Tubas, at dawn today and demolished two homes, our correspondent reported. Forces also detained four young men from the nearby village of Tayasir. The demolitions come a week after the army bulldozed roads in the Far'a camp.""",
  [E("incident", "raid and demolitions", d, M("Aqqaba (Tubas)", 32.33, 35.42, "PS", "approximate, town north of Tubas"), ["Israel"]),
   E("incident", "arrests", d, M("Tayasir", 32.34, 35.40, "PS", "approximate, village east of Tubas"), ["Israel"], optional=True)],
  [Q("Tubas", "PS", 32.32, 35.37), M("Far'a camp", 32.29, 35.34, "PS", "approximate, refugee camp south-west of Tubas")],
  T + "Arrests optional. Far'a camp 'a week after': back-reference.",
  ["village", "back_reference", "multi_event"]))

d = "2024-09-10"
add(D(R, 4, d, f"""[Translated from Arabic, NNA-style] An enemy drone targeted a motorcycle on the Kfar Hamam road in the Arqoub area this morning, killing its rider. Enemy artillery also shelled the outskirts of Kfarhamam and Rashaya al-Fukhar, without casualties.""",
  [E("incident", "drone strike", d, M("Kfar Hamam", 33.35, 35.70, "LB", "approximate, Arqoub village, Hasbaya district"), ["Israel"]),
   E("incident", "shelling", d, M("Rashaya al-Fukhar", 33.36, 35.69, "LB", "approximate, Arqoub village near Kfar Hamam"), ["Israel"])],
  [],
  T + "Two villages ~2 km apart: two named places, two events; the outskirts shelling of Kfarhamam is folded into the Kfar Hamam pin.",
  ["village", "multi_event"]))

d = "2024-05-23"
add(D(R, 5, d, f"""[Translated from Arabic, Aden-based outlet] Houthi militia drones hit a military position of the Giants Brigades in the Mawza district of Taiz governorate, on {WD(d,-1)} evening, killing a soldier. The brigades said the drones were launched from areas around Hays.""",
  [E("incident", "drone attack", DAY(d, -1), Q("Mawza", "YE", 13.27, 43.53, q="Mawza‘"), ["Houthis", "Giants Brigades"])],
  [Q("Taiz", "YE", 13.58, 44.02, q="Ta‘izz"), M("Hays (launch area)", 13.93, 43.48, "YE", "approximate, Hays town")],
  T + "Launch origin Hays (~75 km) is not the target. Taiz: governorate.",
  ["weekday_date", "launch_origin", "district"]))

d = "2020-12-03"
add(D(R, 6, d, f"""[Traduit, Studio Tamani] Des hommes armés non identifiés ont attaqué le village de Tiguila, dans le cercle de Bankass, dans la nuit du {WDF(d,-2)} au {WDF(d,-1)}. Selon des sources locales, six civils ont été tués et des greniers incendiés. Les rescapés ont trouvé refuge à Bankass ville.""",
  [E("incident", "armed attack", [DAY(d, -2), DAY(d, -1)], M("Tiguila", 14.05, -3.40, "ML", "approximate, village in Bankass cercle; placement uncertain"), ["gunmen", "civilians"])],
  [Q("Bankass", "ML", 14.08, -3.52)],
  T + "French. Night of Tuesday to Wednesday → range. Bankass: refuge (~13 km).",
  ["non_english", "night_range", "village", "refuge_place", "weekday_date"]))

d = "2023-07-12"
add(D(R, 7, d, f"""[Traducido, diario regional de Zacatecas] Un enfrentamiento entre grupos armados en la comunidad de Tepetongo dejó cinco muertos la tarde del {WDS(d,-1)}, informó la Secretaría de Seguridad. Los heridos fueron trasladados al hospital general de Jerez.""",
  [E("incident", "armed clash", DAY(d, -1), Q("Tepetongo", "MX", 22.46, -103.15), ["cartel gunmen"])],
  [Q("Jerez de García Salinas", "MX", 22.65, -102.99)],
  T + "Spanish. Jerez: hospital in another town (~27 km).",
  ["non_english", "weekday_date", "hospital_other_city"]))

d = "2021-10-08"
add(D(R, 8, d, f"""[Traduzido, rádio comunitária de Cabo Delgado] Insurgentes atacaram na madrugada de {WDP(d,-1)} a aldeia de Nova Zambézia, no distrito de Macomia, queimando casas e raptando duas mulheres. Os moradores fugiram para a sede distrital.""",
  [E("incident", "insurgent attack", DAY(d, -1), M("Nova Zambézia", -11.85, 40.15, "MZ", "approximate, village in Macomia district; placement uncertain"), ["insurgents", "civilians"])],
  [Q("Macomia", "MZ", -12.25, 40.12)],
  T + "Portuguese. Macomia: district seat and refuge (~45 km).",
  ["non_english", "weekday_date", "village", "refuge_place"]))

d = "2024-03-26"
add(D(R, 9, d, f"""[Translated from Hausa, Kano radio] Bandits abducted at least 25 worshippers from a mosque in Gidan Bakuso village, Sabon Birni local government area of Sokoto state, on {WD(d,-2)} night, residents said. A resident said the gunmen came from the Niger Republic border area.""",
  [E("incident", "abduction", [DAY(d, -2), DAY(d, -1)], M("Gidan Bakuso", 13.60, 6.35, "NG", "approximate, village in Sabon Birni LGA; placement uncertain"), ["bandits", "civilians"], alts=[Q("Sabon Birni", "NG", 13.58, 6.25)])],
  [Q("Sokoto", "NG", 13.06, 5.24)],
  T + "Sunday night → Sunday–Monday. Sabon Birni LGA seat as alternate. Niger: origin, country only.",
  ["weekday_date", "night_range", "village", "admin_qualifier", "origin_place"]))

d = "2022-01-18"
add(D(R, 10, d, f"""[Translated from Somali, regional radio] Al-Shabaab fighters set off an explosive device at a tea shop in Wanlaweyn town of Lower Shabelle region yesterday, killing four people including a local elder. The police commander in Afgooye said an investigation had begun.""",
  [E("incident", "bombing", DAY(d, -1), Q("Wanlaweyn", "SO", 2.62, 44.89, q="Wanlaweyn"), ["al Shabaab", "civilians"])],
  [Q("Afgooye", "SO", 2.14, 45.12)],
  T + "Afgooye: statement place (~58 km).",
  ["relative_day", "statement_place"]))

d = "2022-08-31"
add(D(R, 11, d, f"""[Translated from Tigrinya, regional TV] Ethiopian federal forces carried out an air strike on the town of Adi Daero in the North Western zone on {WD(d,-1)}, killing several civilians. Fighting is continuing on the front near Sheraro, the TV said, citing commanders.""",
  [E("incident", "airstrike", DAY(d, -1), M("Adi Daero", 14.33, 38.08, "ET", "approximate, town in North Western Tigray"), ["Ethiopia", "civilians"]),
   E("incident", "fighting", I(d), M("Sheraro", 14.40, 37.77, "ET", "approximate, town near the Eritrean border"), ["Ethiopia", "TPLF"], optional=True)],
  [],
  T + "Ongoing fighting 'near Sheraro' without a date: optional, D-1..D.",
  ["weekday_date", "multi_event"]))

d = "2023-02-14"
add(D(R, 12, d, f"""[Translated from Ukrainian, Chernihiv regional outlet] Russian troops shelled the Snovsk community from across the border on {WD(d,-1)}, damaging a school and a power line. The regional military administration in Chernihiv said mortar fire also hit Novhorod-Siverskyi in the evening.""",
  [E("incident", "shelling", DAY(d, -1), Q("Snovsk", "UA", 51.82, 31.94, q="Snovs’k"), ["Russia"]),
   E("incident", "mortar fire", DAY(d, -1), Q("Novhorod-Siverskyi", "UA", 52.01, 33.26, q="Novhorod-Sivers’kyy"), ["Russia"])],
  [Q("Chernihiv", "UA", 51.50, 31.29)],
  T + "Two communities (~90 km apart).  Chernihiv: statement place.",
  ["weekday_date", "multi_event", "statement_place"]))

d = "2024-10-22"
add(D(R, 13, d, f"""[Translated from Russian, Kursk regional channel] A Ukrainian drone hit a private house in the village of Tyotkino in the Glushkovo district on {WD(d)} morning, wounding an elderly woman, the acting governor said. She was taken to the regional hospital in Kursk.""",
  [E("incident", "drone strike", d, Q("Tyotkino", "RU", 51.27, 34.28, q="Tëtkino"), ["Ukraine", "civilians"])],
  [Q("Glushkovo", "RU", 51.34, 34.65), Q("Kursk", "RU", 51.73, 36.19)],
  T + "Glushkovo: district seat (~27 km). Kursk: hospital city.",
  ["weekday_date", "village", "district", "hospital_other_city"]))

d = "2019-07-02"
add(D(R, 14, d, f"""[Translated from Pashto, Nangarhar radio] A roadside mine hit a pickup carrying wedding guests in the Pachir Agam district of Nangarhar yesterday evening, killing seven. The provincial governor's spokesman in Jalalabad blamed the Islamic State group; the Taliban denied involvement in a statement.""",
  [E("incident", "roadside bomb", DAY(d, -1), M("Pachir Agam", 34.18, 70.30, "AF", "approximate, district centre south of Jalalabad"), ["Islamic State", "civilians"])],
  [Q("Jalalabad", "AF", 34.43, 70.45)],
  T + "Jalalabad: statement place (~30 km). District centre pin.",
  ["relative_day", "district", "statement_place", "denial"]))

d = "2023-09-05"
add(D(R, 15, d, f"""[Translated from Bengali, Chittagong daily] Two members of a Kuki-Chin armed group were killed in a gunfight with the army in the Ruma upazila of Bandarban on {WD(d,-1)}, the ISPR said. Tourist travel to Ruma and Thanchi remains suspended.""",
  [E("incident", "gunfight", DAY(d, -1), Q("Ruma", "BD", 21.97, 92.43), ["KNF", "Bangladesh army"])],
  [M("Thanchi", 21.76, 92.48, "BD", "approximate, upazila seat south of Ruma"), Q("Bandarban", "BD", 22.19, 92.22)],
  T + "Thanchi: travel ban context. Bandarban: district (~33 km).",
  ["weekday_date", "district", "admin_qualifier"]))

d = "2024-11-27"
add(D(R, 16, d, f"""[Translated from Burmese, exile outlet] A junta aircraft dropped bombs on a market in Naung Cho on {WD(d,-1)} morning, killing 11 people, residents said. The town, on the road to Lashio, was captured by the Ta'ang National Liberation Army in July. The dead included displaced people from Kyaukme.""",
  [E("incident", "airstrike", DAY(d, -1), M("Naung Cho", 22.35, 96.76, "MM", "approximate, town in northern Shan on the Mandalay–Lashio road"), ["Myanmar military", "civilians"])],
  [Q("Lashio", "MM", 22.94, 97.75), Q("Kyaukme", "MM", 22.54, 97.03)],
  T + "Lashio: road direction. Kyaukme: origin of displaced victims. The July capture: back-reference.",
  ["weekday_date", "origin_place", "back_reference"]))

d = "2023-05-29"
add(D(R, 17, d, f"""[Translated from Serbian, Kosovska Mitrovica outlet] Protesters gathered in front of the municipal building in Zvečan this morning and clashed with KFOR soldiers, who used tear gas. Dozens were injured on both sides. Similar gatherings took place in Leposavić, where no incidents were reported.""",
  [E("incident", "clashes with peacekeepers", d, Q("Zvečan", "XK", 42.91, 20.84, q="Zveçan"), ["protesters", "KFOR"]),
   E("other", "protest", d, Q("Leposavić", "XK", 43.10, 20.80, q="Leposaviq"), ["protesters"])],
  [],
  T + "The Zvečan clash is a violent incident; Leposavić a peaceful gathering (other).",
  ["protest", "multi_event"]))

d = "2024-08-16"
add(D(R, 18, d, f"""[Translated from Georgian, regional channel] A man was wounded by gunfire from the Russian-controlled side of the boundary line near the village of Khurvaleti in the Gori municipality on {WD(d,-1)}, the State Security Service said. He had been grazing livestock.""",
  [E("incident", "shooting", DAY(d, -1), M("Khurvaleti", 42.08, 44.10, "GE", "approximate, village on the South Ossetia line"), ["Russian-backed forces", "civilians"])],
  [Q("Gori", "GE", 41.98, 44.11)],
  T + "Gori: municipality (~11 km).",
  ["weekday_date", "village", "admin_qualifier"]))

d = "2021-11-20"
add(D(R, 19, d, f"""[Translated from Amharic, regional TV] Government forces and Fano militia have retaken the town of Kombolcha from Tigrayan forces after heavy fighting that began on {WD(d,-3)}, regional officials said. The fighting forced families to flee toward Dessie.""",
  [E("incident", "fighting", [DAY(d, -3), d], Q("Kombolcha", "ET", 11.08, 39.74), ["Ethiopia", "Fano", "TPLF"])],
  [Q("Dessie", "ET", 11.13, 39.63)],
  T + "Composite (invented date). Range from Wednesday to publication. Dessie: refuge (~13 km, inside the radius).",
  ["weekday_date", "date_range", "refuge_place", "capture_claim"]))

d = "2024-06-19"
add(D(R, 20, d, f"""[Translated from Arabic, Kurdistan24-style] An explosion in a fuel depot near the town of Gwer killed a guard on {WD(d,-1)}, the town's mayor said, attributing it to a Turkish drone. Turkish officials in Ankara made no comment.""",
  [E("incident", "drone strike", DAY(d, -1), M("Gwer", 35.97, 43.60, "IQ", "approximate, town on the Great Zab south-west of Erbil"), ["Turkey"])],
  [Q("Ankara", "TR", 39.93, 32.86)],
  T + "Attribution claimed; pinned at the target.",
  ["weekday_date", "facility"]))

d = "2025-06-21"
add(D(R, 21, d, f"""[Translated from Persian, provincial agency] Israeli fighters struck a munitions depot on the edge of the city of Aligudarz before dawn today, the deputy governor of Lorestan said. He said two security personnel were killed and denied reports of attacks in Borujerd.""",
  [E("incident", "airstrike", d, Q("Aligudarz", "IR", 33.40, 49.69, q="Alīgūdarz"), ["Israel"])],
  [Q("Borujerd", "IR", 33.90, 48.75, q="Borūjerd")],
  T + "Borujerd: denied attack.",
  ["denial", "facility"]))

d = "2020-10-05"
add(D(R, 22, d, f"""[Translated from Azerbaijani, regional TV] Armenian forces fired rockets at the city of Mingachevir on {WD(d,-1)} night, damaging houses near the hydroelectric station, Azerbaijan's prosecutor's office said. A day earlier, missiles had also fallen on the outskirts of Yevlakh.""",
  [E("incident", "rocket fire", [DAY(d, -1), d], Q("Mingachevir", "AZ", 40.76, 47.06, q="Mingachevir"), ["Armenia"]),
   E("incident", "missile strike", DAY(d, -2), Q("Yevlakh", "AZ", 40.62, 47.15), ["Armenia"], optional=True)],
  [],
  T + "Night of Sunday → Sunday–Monday. Yevlakh 'a day earlier' is dated background: optional.",
  ["weekday_date", "night_range", "background_event"]))

d = "2024-12-14"
add(D(R, 23, d, f"""[Translated from Urdu, Quetta daily] Armed men set fire to four trucks carrying coal near the Mach area of Bolan on {WD(d,-1)} night, Levies officials said. The drivers, who were from Punjab, were unhurt. Traffic on the Quetta–Sibi highway resumed this morning.""",
  [E("incident", "arson", [DAY(d, -1), d], Q("Mach", "PK", 29.87, 67.33), ["militants"])],
  [Q("Quetta", "PK", 30.18, 67.0), Q("Sibi", "PK", 29.54, 67.88)],
  T + "Punjab: drivers' origin (province, no pin). Highway endpoints are non-event places.",
  ["weekday_date", "night_range", "origin_place", "road"]))

d = "2023-06-27"
add(D(R, 24, d, f"""[Translated from Tamil, Jaffna paper] Sri Lankan navy personnel fired on an Indian fishing trawler near Delft island yesterday, wounding one fisherman, the fishermen's association said in Rameswaram. The injured man was admitted to Jaffna teaching hospital.""",
  [E("incident", "shooting", DAY(d, -1), M("Delft island", 9.52, 79.68, "LK", "approximate, island south-west of Jaffna"), ["Sri Lanka navy", "Indian fishermen"])],
  [Q("Rameswaram", "IN", 9.29, 79.31), Q("Jaffna", "LK", 9.66, 80.01)],
  T + "Composite (invented shooting). Rameswaram: statement place across the strait. Jaffna: hospital.",
  ["relative_day", "statement_place", "hospital_other_city", "nationality"]))

d = "2022-09-14"
add(D(R, 25, d, f"""[Translated from Armenian, Syunik regional outlet] Azerbaijani shelling hit residential areas of Goris and the town of Sisian overnight, the municipality said. In Goris, a shell hit a house on Mashtots Street.""",
  [E("incident", "shelling", I(d), Q("Goris", "AM", 39.51, 46.34), ["Azerbaijan"]),
   E("incident", "shelling", I(d), Q("Sisian", "AM", 39.52, 46.03), ["Azerbaijan"])],
  [],
  T + "Overnight → D-1..D; two towns.",
  ["multi_event", "date_range"]))

d = "2024-04-10"
add(D(R, 26, d, f"""[Translated from Arabic, Sudanese outlet] The Rapid Support Forces shelled the Karari locality in Omdurman on {WD(d,-1)}, killing three people, activists said. They also said RSF fighters looted the Jabal Awliya market, south of Khartoum, and that residents had fled to White Nile state.""",
  [E("incident", "shelling", DAY(d, -1), M("Karari, Omdurman", 15.75, 32.47, "SD", "approximate, northern Omdurman locality"), ["RSF", "civilians"], alts=[Q("Omdurman", "SD", 15.64, 32.48)]),
   E("incident", "looting", I(d), Q("Jabal Awliya", "SD", 15.23, 32.50, q="Jabal Awliyā’"), ["RSF"], optional=True)],
  [Q("Kosti", "SD", 13.16, 32.66)],
  T + "Looting without a day: optional (D-1..D). White Nile state: refuge (pinned at Kosti).",
  ["weekday_date", "neighbourhood", "refuge_place", "multi_event"]))

d = "2019-04-02"
add(D(R, 27, d, f"""[Traduit, radio locale de Nord-Kivu] Des combattants ADF ont attaqué le village de Mamove, dans le territoire de Beni, dans la nuit de {WDF(d,-1)} à {WDF(d)}, tuant sept civils, selon la société civile locale. Les blessés ont été évacués vers l'hôpital général d'Oicha.""",
  [E("incident", "armed attack", [DAY(d, -1), d], M("Mamove", 0.79, 29.50, "CD", "approximate, village in Beni territory; placement uncertain"), ["ADF", "civilians"])],
  [Q("Oicha", "CD", 0.70, 29.52), Q("Beni", "CD", 0.49, 29.47)],
  T + "French. Night Monday to Tuesday. Oicha: hospital. Beni: territory name.",
  ["non_english", "night_range", "weekday_date", "hospital_other_city", "village"]))

d = "2025-02-12"
add(D(R, 28, d, f"""[Translated from Portuguese, Roraima daily] Federal police and soldiers destroyed illegal mining camps near Surucucu in Yanomami indigenous territory on {WD(d,-1)}, and one miner was shot dead in an exchange of fire, officials in Boa Vista said.""",
  [E("incident", "armed clash", DAY(d, -1), M("Surucucu", 2.83, -63.65, "BR", "approximate, Yanomami base area in western Roraima"), ["Brazil police", "miners"])],
  [Q("Boa Vista", "BR", 2.82, -60.67)],
  T + "Boa Vista: statement place.",
  ["weekday_date", "statement_place"]))

d = "2024-07-06"
add(D(R, 29, d, f"""[Translated from Arabic, Libyan outlet] Armed clashes between two militias erupted in the coastal town of Surman on {WD(d,-1)} night, lasting until dawn, the municipal council said. Schools in the town centre were closed today. Forces from Tripoli were deployed to separate the sides.""",
  [E("incident", "armed clashes", [DAY(d, -1), d], Q("Surman", "LY", 32.76, 12.57, q="Şurmān"), ["militias"])],
  [Q("Tripoli", "LY", 32.89, 13.19)],
  T + "Night range. Tripoli: origin of the separating force (~60 km).",
  ["weekday_date", "night_range", "origin_place"]))

d = "2022-03-15"
add(D(R, 30, d, f"""[Translated from Russian, Rostov regional channel] Wreckage of a Ukrainian Tochka-U missile shot down by air defence fell on a field near the village of Kuteinikovo on {WD(d,-1)}. There were no casualties. The governor said a memorial service for those killed in Donetsk will be held in Rostov.""",
  [E("incident", "missile debris", DAY(d, -1), M("Kuteinikovo", 47.60, 39.81, "RU", "approximate, village in Rostov oblast near the border"), ["Ukraine"], optional=True)],
  [Q("Rostov-on-Don", "RU", 47.24, 39.71, q="Rostov-na-Donu"), Q("Donetsk", "UA", 48.00, 37.80)],
  T + "Interception debris: optional; no scored gold. Rostov memorial: future. Donetsk: background.",
  ["weekday_date", "no_scored_gold", "future_event", "background_event"]))
