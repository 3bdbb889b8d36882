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
