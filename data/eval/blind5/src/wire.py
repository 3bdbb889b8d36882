from lib import *
R = "wire"
DOCS = []
add = DOCS.append

BAG = P("Baghdad", "IQ")
ERB = P("Erbil", "IQ")
SLE = P("Sulaymaniyah", "IQ")
KYV = P("Kyiv", "UA")
MOS = P("Moscow", "RU")
BKO = P("Bamako", "ML")
TEH = P("Tehran", "IR")
AMM = P("Amman", "JO")
ANK = P("Ankara", "TR")
ISB = P("Islamabad", "PK")
KBL = P("Kabul", "AF")
W = "Wire story: the dateline city is where the story was filed, not an event place unless the text puts the event there."

# 1 ---------------------------------------------------------------- Iraq, U.S. strikes, two sites
d = "2024-01-23"
JURF = M("Jurf al-Sakhar", 32.87, 44.17, "IQ", "approximate, Jurf al-Nasr town, northern Babil")
QAIM = P("Al-Qaim", "IQ", "Al Qaim")
add(D(R, 1, d, f"""BAGHDAD (Reuters) - U.S. aircraft struck three facilities used by the Iran-aligned Kataib Hezbollah group at Jurf al-Sakhar, south of Baghdad, and near the border town of al-Qaim in the early hours of {WD(d)}, two Iraqi security sources said on {WD(d)}.

The strikes hit a drone storage site and a command post, the sources said, speaking on condition of anonymity. At least two fighters were killed. Kataib Hezbollah did not immediately comment.

The Iraqi government's spokesman condemned the strikes in a statement issued in Baghdad as "an unacceptable violation of Iraqi sovereignty" and said they would undermine efforts to end the presence of the U.S.-led coalition.

Iran-backed groups have claimed more than 150 rocket and drone attacks on U.S. forces in Iraq and Syria since the war in Gaza began in October. Washington has retaliated several times, including with a strike on a Kataib Hezbollah headquarters in Baghdad this month.""",
  [E("incident", "airstrike", d, JURF, ["United States", "Kataib Hezbollah"]),
   E("incident", "airstrike", d, QAIM, ["United States", "Kataib Hezbollah"])],
  [BAG, P("Gaza", "PS"), P("Washington", "US")],
  W + " Two named sites ~350 km apart: two events, same day (early hours of the day the sources spoke). Baghdad: dateline, statement place, and an undated earlier strike ('this month'): not gold. Gaza is a topic; Iraq and Syria are country-wide totals.",
  ["dateline_not_event", "multi_event", "statement_place", "background_event", "topic_place", "weekday_date"]))

# 2 ---------------------------------------------------------------- Ukraine, overnight + dated background
d = "2024-03-09"
SUMY = P("Sumy", "UA")
ODE = P("Odesa", "UA")
add(D(R, 2, d, f"""KYIV, March 9 (Reuters) - Russian drones hit energy facilities in Ukraine's northern Sumy region overnight, leaving about 40,000 households without power, the regional military administration said on {WD(d)}.

Air defences shot down 31 of 39 drones launched from Russia's Kursk region and from occupied Crimea, the air force said.

The attack came three days after a Russian missile struck the port area of Odesa on {WD(d,-3)} while President Volodymyr Zelenskiy was showing the city to visiting Greek Prime Minister Kyriakos Mitsotakis. Five people were killed in that strike.

"Russia is showing the whole world who it is," Zelenskiy said in his nightly video address from Kyiv. Ukraine has urged its Western partners to speed up deliveries of air defence systems ahead of a meeting of the Ramstein group later this month.""",
  [E("incident", "drone strike", [DAY(d,-1), d], SUMY, ["Russia"]),
   E("incident", "missile strike", DAY(d,-3), ODE, ["Russia"], optional=True),
   E("meeting", "visit", DAY(d,-3), ODE, ["Volodymyr Zelenskiy", "Kyriakos Mitsotakis"], optional=True)],
  [KYV, P("Kursk", "RU"), M("Crimea (centroid)", 45.3, 34.4, "UA", "approximate, peninsula centre")],
  "Overnight: D-1..D. 'Sumy region' only: pinned at the oblast centre Sumy. The Odesa strike and visit three days earlier are dated background events: optional. Kursk and Crimea are launch origins; Kyiv is dateline and speech place; the Ramstein meeting is future.",
  ["overnight", "province_only", "launch_origin", "background_event", "dateline_not_event", "future_event", "weekday_date"]))

# 3 ---------------------------------------------------------------- Mali, Tessit
d = "2022-08-09"
TES = P("Tessit", "ML")
add(D(R, 3, d, f"""BAMAKO (Reuters) - Suspected Islamist militants killed 42 Malian soldiers in an attack using drones, artillery and car bombs near the town of Tessit on {WD(d,-2)}, the government said on {WD(d)}.

It was one of the deadliest attacks on the army in years. The assault, near the border with Burkina Faso and Niger, was blamed on the Islamic State in the Greater Sahara, the government said in a statement read on state television. Wounded soldiers were flown to Gao.

The army said 37 militants were also killed. Last month, fighters linked to al Qaeda attacked Kati, the main military base outside the capital.

The Economic Community of West African States condemned the attack in a statement from Abuja.""",
  [E("incident", "attack", DAY(d,-2), TES, ["ISGS", "Malian Armed Forces"])],
  [BKO, P("Gao", "ML"), P("Kati", "ML"), P("Abuja", "NG")],
  W + " Gao is where the wounded were flown; Kati attack 'last month' is undated background; Abuja statement place. Burkina Faso and Niger are countries.",
  ["dateline_not_event", "hospital_other_city", "background_event", "statement_place", "weekday_date"]))

# 4 ---------------------------------------------------------------- Yemen, al-Dhabba terminal
d = "2022-10-22"
DHABBA = M("al-Dhabba oil terminal", 14.72, 49.53, "YE", "approximate, coast west of Ash Shihr, Hadramout")
add(D(R, 4, d, f"""ADEN, Yemen (Reuters) - Yemen's Houthi movement attacked the al-Dhabba oil terminal in the southern province of Hadramout with drones on {WD(d,-1)} as a tanker was preparing to load crude, the internationally recognised government said on {WD(d)}.

There was no damage to the vessel, the government said. A Houthi military spokesman in Sanaa said the group had carried out a "warning operation" to prevent "the looting of Yemeni oil".

The Saudi-led coalition condemned what it called a terrorist attack on international shipping. The government, based in Aden since the Houthis took over Sanaa in 2014, said it would designate the group a terrorist organisation.

A U.N.-brokered truce expired on Oct. 2 after the parties failed to agree on extending it.""",
  [E("incident", "drone attack", DAY(d,-1), DHABBA, ["Houthis"], alts=[P("Ash Shihr", "YE")])],
  [P("Aden", "YE"), P("Sanaa", "YE")],
  W + " Terminal pinned near Ash Shihr (alternate, ~8 km). Aden is the dateline and the government's seat; Sanaa is the spokesman's location and a 2014 background takeover. Truce expiry is not an event with a place.",
  ["dateline_not_event", "statement_place", "background_event", "claim", "weekday_date"]))

# 5 ---------------------------------------------------------------- Pakistan, Bannu cantonment + dated background
d = "2025-03-05"
BANNU = P("Bannu", "PK")
AK = P("Akora Khattak", "PK")
add(D(R, 5, d, f"""PESHAWAR, Pakistan (Reuters) - Two suicide bombers drove explosives-laden vehicles into the perimeter wall of the military cantonment in the northwestern city of Bannu on {WD(d,-1)} evening, killing 18 people, officials said on {WD(d)}.

Gunmen then tried to storm the compound and were killed in a firefight that lasted several hours, the military said. The wounded were taken to hospitals in Bannu and some were later flown to Peshawar.

A faction allied with the Pakistani Taliban claimed the attack. Pakistan's foreign office said it had summoned a senior Afghan diplomat in Islamabad to protest that militants were operating from Afghan soil, a charge the Taliban administration in Kabul denies.

On {WD(d,-5)}, a suicide bomber killed six people at a seminary in Akora Khattak, east of Peshawar.""",
  [E("incident", "suicide bombing", DAY(d,-1), BANNU, ["TTP-allied faction", "Pakistan Army"]),
   E("incident", "suicide bombing", DAY(d,-5), AK, [], optional=True)],
  [P("Peshawar", "PK"), ISB, KBL],
  W + " Akora Khattak bombing, dated by weekday five days earlier: optional background. Peshawar (dateline, hospital), Islamabad (summons) and Kabul (denial) are not event places.",
  ["dateline_not_event", "hospital_other_city", "statement_place", "background_event", "claim", "weekday_date"]))

# 6 ---------------------------------------------------------------- Syria 2019, Maarat al-Numan market
d = "2019-07-22"
MAN = M("Maarat al-Numan", 35.643, 36.674, "SY", "approximate, town centre")
add(D(R, 6, d, f"""BEIRUT (Reuters) - Air strikes on a busy vegetable market in the rebel-held town of Maarat al-Numan in Syria's Idlib province killed at least 23 people on {WD(d)}, rescue workers and a war monitor said.

The Syrian Observatory for Human Rights, a UK-based monitor, said Russian and Syrian government jets carried out the strikes. Russia and the Syrian army deny targeting civilians. Rescuers took the wounded to hospitals in the town and in Idlib city.

The U.N. regional humanitarian coordinator for the Syria crisis, speaking in Amman, condemned the "relentless" attacks on civilian areas. More than 400 civilians have been killed since government forces, backed by Russian air power, began an offensive in the area in late April, according to rescuers.""",
  [E("incident", "airstrike", d, MAN, ["Russia", "Syrian Arab Army"])],
  [P("Beirut", "LB"), P("Idlib", "SY"), AMM],
  W + " Beirut dateline is in another country. 'UK-based' is the monitor's seat (country only). Idlib city (~33 km, hospitals) is not an event place. The offensive since late April is an undated campaign (no gold).",
  ["dateline_not_event", "x_based", "hospital_other_city", "statement_place", "weekday_date"]))

# 7 ---------------------------------------------------------------- Somalia, Zobe junction
d = "2022-10-30"
MOG = P("Mogadishu", "SO")
add(D(R, 7, d, f"""MOGADISHU (Reuters) - Two car bombs exploded minutes apart at a busy junction by the education ministry in Somalia's capital on {WD(d,-1)}, killing at least 100 people and wounding 300, President Hassan Sheikh Mohamud said on {WD(d)}.

The second blast went off as ambulances and onlookers gathered at the scene. Al Shabaab, the al Qaeda-linked insurgent group, said it carried out the attack.

The same Zobe junction was the site of a truck bombing on Oct. 14, 2017, that killed more than 500 people, the deadliest attack in the country's history.

The chairperson of the African Union Commission condemned the attack in a statement issued in Addis Ababa. Turkey said it would send a plane to fly some of the critically wounded to Ankara for treatment.""",
  [E("incident", "car bombing", DAY(d,-1), MOG, ["al-Shabaab"]),
   E("incident", "truck bombing", "2017-10-14", MOG, ["al-Shabaab"], optional=True)],
  [P("Addis Ababa", "ET"), ANK],
  "Dateline city is also the event city. Two blasts at one junction minutes apart: one event. The 2017 bombing at the same junction is a dated background event: optional. Addis Ababa (statement) and Ankara (future medical flights) are not event places.",
  ["dateline_is_event", "background_event", "statement_place", "future_event", "claim", "weekday_date"]))

# 8 ---------------------------------------------------------------- Myanmar, Pazigyi
d = "2023-04-12"
PAZ = OFF("Pazigyi", P("Kanbalu", "MM"), 15, BEAR["south"])
add(D(R, 8, d, f"""BANGKOK (Reuters) - An air strike by Myanmar's military on a village in the central Sagaing region killed dozens of people, including children, gathered for the opening of a local administration office on {WD(d,-1)}, witnesses and local media said on {WD(d)}.

A fighter jet dropped bombs on the crowd in Pazigyi village in Kanbalu township, and a helicopter then fired on the area, a witness told Reuters. Some of the wounded were taken to a clinic in a neighbouring village.

A spokesman for the junta in Naypyitaw confirmed the strike and said the office belonged to opposition "terrorists". U.N. Secretary-General Antonio Guterres condemned the attack, his spokesman said in New York.

Myanmar has been in turmoil since the military overthrew the elected government of Aung San Suu Kyi in February 2021.""",
  [E("incident", "airstrike", DAY(d,-1), PAZ, ["Myanmar military"], alts=[P("Kanbalu", "MM")])],
  [P("Bangkok", "TH"), P("Naypyitaw", "MM", "Nay Pyi Taw"), P("New York City", "US", "New York")],
  W + " Village pinned by an assumed 15 km south of Kanbalu town (township named; Kanbalu alternate). Bangkok dateline, Naypyitaw and New York statement places; 2021 coup is background without a place.",
  ["dateline_not_event", "statement_place", "admin_qualifier", "village", "weekday_date"]))

# 9 ---------------------------------------------------------------- Colombia, Puerto Jordán
d = "2024-09-17"
PJ = OFF("Puerto Jordán", P("Arauquita", "CO"), 25, BEAR["southwest"])
add(D(R, 9, d, f"""BOGOTA (Reuters) - Leftist ELN rebels rammed a truck loaded with explosives into a military base in Puerto Jordan, in the eastern province of Arauca, early on {WD(d)}, killing two soldiers and injuring more than 20, the defence ministry said.

President Gustavo Petro said the attack "closes a peace process" and the government's negotiators, who had held talks with the ELN in Caracas, Mexico City and Havana, would not return to the table for now.

The wounded were flown to hospitals in the city of Arauca and in Bogota. The ELN, which has about 5,800 fighters, has been fighting the state since 1964.""",
  [E("incident", "car bombing", d, PJ, ["ELN", "Colombian Army"], alts=[P("Arauquita", "CO")])],
  [P("Bogota", "CO"), P("Arauca", "CO"), P("Caracas", "VE"), P("Mexico City", "MX"), P("Havana", "CU")],
  W + " Puerto Jordán (a corregimiento of Arauquita municipality) pinned ~25 km southwest of Arauquita town (assumed; Arauquita alternate). Arauca city (~80 km, hospitals) is the province capital but not the site. Past negotiation venues are background.",
  ["dateline_not_event", "hospital_other_city", "background_event", "province_homonym", "latin_america"]))

# 10 --------------------------------------------------------------- Mexico, Culiacán
d = "2023-01-06"
CUL = P("Culiacán", "MX", "Culiacan")
JM = OFF("Jesús María (Sinaloa)", CUL, 30, BEAR["north"])
add(D(R, 10, d, f"""MEXICO CITY (Reuters) - Gunmen torched vehicles, blocked roads and fired on military aircraft at the airport in Culiacan, capital of the northwestern state of Sinaloa, on {WD(d,-1)} after security forces captured Ovidio Guzman, a son of jailed drug lord Joaquin "El Chapo" Guzman, officials said on {WD(d)}.

Guzman was detained before dawn in Jesus Maria, a town about 30 km north of Culiacan, and flown to Mexico City. Ten soldiers and 19 suspected cartel members were killed in the fighting, Defence Minister Luis Cresencio Sandoval said.

The arrest came days before U.S. President Joe Biden is due in Mexico City for a North American leaders' summit.""",
  [E("incident", "armed clashes", DAY(d,-1), CUL, ["Sinaloa Cartel", "Mexican Army"]),
   E("other", "arrest", DAY(d,-1), JM, ["Mexican security forces", "Ovidio Guzmán"], alts=[CUL], optional=True)],
  [P("Mexico City", "MX")],
  W + " Arrest in Jesús María (offset 30 km north of Culiacán, computed; Culiacán alternate) is optional. Mexico City: dateline, where the detainee was flown, and a future summit.",
  ["dateline_not_event", "offset", "arrest", "future_event", "latin_america", "weekday_date"]))

# 11 --------------------------------------------------------------- Iraq, Sulaimaniya airport
d = "2023-04-08"
SAP = M("Sulaimaniya International Airport", 35.561, 45.316, "IQ", "approximate, airport west of the city")
add(D(R, 11, d, f"""ERBIL, Iraq (Reuters) - An explosion struck near the perimeter fence of Sulaimaniya airport in northern Iraq's Kurdistan region on {WD(d,-1)}, while the commander of the U.S.-backed Syrian Democratic Forces was at the airport, Kurdish officials said on {WD(d)}.

No one was hurt. Two officials blamed a Turkish drone. Ankara, which closed its airspace to flights to and from Sulaimaniya earlier this week, did not comment.

Mazloum Abdi, the SDF commander who is based in Hasakah in northeast Syria, said in a statement he was unharmed and accused Turkey. The Patriotic Union of Kurdistan, which controls the Sulaimaniya area, condemned "an act of aggression".""",
  [E("incident", "drone strike", DAY(d,-1), SAP, ["Turkey"], alts=[SLE])],
  [ERB, ANK, P("Hasakah", "SY", "Al Hasakah")],
  W + " Airport pinned (city alternate, ~11 km). Ankara is speaker/metonym; the airspace closure is a measure, not a located event. Hasakah is where the commander is based.",
  ["dateline_not_event", "x_based", "metonym", "site", "weekday_date"]))

# 12 --------------------------------------------------------------- Iran, Kerman
d = "2024-01-03"
KER = P("Kerman", "IR")
BIAP = M("Baghdad International Airport", 33.262, 44.234, "IQ")
add(D(R, 12, d, f"""DUBAI (Reuters) - Two explosions ripped through a crowd marking the anniversary of the killing of Revolutionary Guards commander Qassem Soleimani in the southeastern Iranian city of Kerman on {WD(d)}, killing more than 100 people, state media said.

The blasts went off near Soleimani's grave at the Saheb al-Zaman mosque as thousands of people walked towards the cemetery. The wounded were taken to hospitals in Kerman.

Soleimani was killed in a U.S. drone strike at Baghdad airport on Jan. 3, 2020. President Ebrahim Raisi condemned the "heinous crime" and cancelled a trip to Turkey planned for {WD(d,1)}. Tehran declared a national day of mourning.""",
  [E("incident", "bombing", d, KER, []),
   E("incident", "drone strike", "2020-01-03", BIAP, ["United States", "Qassem Soleimani"], alts=[BAG], optional=True)],
  [P("Dubai", "AE"), TEH],
  W + " 2020 Baghdad airport strike is a dated background event years earlier: optional. The cancelled trip to Turkey is not an event; Tehran is the speaker.",
  ["dateline_not_event", "background_event", "cancelled_event", "metonym", "weekday_date"]))

# 13 --------------------------------------------------------------- Sudan, Port Sudan
d = "2025-05-05"
add(D(R, 13, d, f"""CAIRO (Reuters) - Drones struck a military air base near the airport in Port Sudan and a fuel depot in the city on {WD(d,-1)}, the Sudanese army said, the first attack on the Red Sea city that has served as the seat of the army-aligned government since fighting engulfed Khartoum in 2023.

The army blamed the Rapid Support Forces, which did not comment. Flights were suspended and thick smoke rose over the port, residents said.

Saudi Arabia and Egypt condemned the attack. Earlier this year, the RSF used long-range drones against power stations in Merowe and Atbara, causing widespread blackouts.""",
  [E("incident", "drone strike", DAY(d,-1), P("Port Sudan", "SD"), ["Rapid Support Forces", "Sudanese Armed Forces"])],
  [P("Cairo", "EG"), P("Khartoum", "SD"), P("Merowe", "SD"), P("Atbara", "SD")],
  W + " Air base and depot in one city: one event. Khartoum (2023 background), Merowe and Atbara (undated 'earlier this year') are not gold.",
  ["dateline_not_event", "background_event", "weekday_date"]))

# 14 --------------------------------------------------------------- West Bank, Jenin + protest in Ramallah
d = "2023-07-03"
JEN = P("Jenin", "PS")
RAM = P("Ramallah", "PS")
add(D(R, 14, d, f"""JENIN, West Bank (Reuters) - Israel carried out drone strikes and sent hundreds of troops into the Jenin refugee camp on {WD(d)} in one of its biggest operations in the occupied West Bank in two decades, killing at least eight Palestinians, health officials said.

The military said it targeted a "command centre" of militants in the camp. Thousands of residents fled to schools and relatives' homes in Jenin city.

In Ramallah, hundreds of people marched on {WD(d)} evening in protest at the raid on Jenin. Jordan's foreign ministry condemned the operation in a statement from Amman, and the Palestinian leadership said it was suspending contacts with Israel.""",
  [E("incident", "raid", d, JEN, ["Israel Defense Forces", "Palestinian militants"]),
   E("other", "protest", d, RAM, ["Palestinian protesters"])],
  [AMM],
  "Dateline is the event place. Drone strikes and raid in the camp: one event. The Ramallah march 'in protest at the raid on Jenin' is a protest (kind other, unscored) located at Ramallah, not a second incident; Jenin named in it is a back-reference. Amman: statement place.",
  ["dateline_is_event", "back_reference", "protest", "statement_place", "weekday_date"]))

# 15 --------------------------------------------------------------- Niger, near Tera
d = "2024-06-26"
TERA = P("Téra", "NE", "Tera")
add(D(R, 15, d, f"""NIAMEY (Reuters) - Islamist militants killed 20 soldiers and a civilian in an attack on an army patrol about 10 km south of the town of Tera in western Niger's Tillaberi region on {WD(d,-1)}, the defence ministry said on {WD(d)}.

The ministry said dozens of attackers arrived on motorbikes and that air support was sent from Niamey. The wounded were evacuated to the capital for treatment.

Niger's military rulers, who seized power in July 2023, have expelled French troops and turned to Russia for security support. The Tillaberi region, on the borders with Mali and Burkina Faso, has seen repeated attacks by groups linked to al Qaeda and Islamic State.""",
  [E("incident", "attack", DAY(d,-1), OFF("10 km south of Téra", TERA, 10, BEAR["south"]), ["JNIM", "Niger Armed Forces"], alts=[TERA])],
  [P("Niamey", "NE"), P("Tillabéri", "NE", "Tillaberi")],
  W + " Offset from Téra (Téra alternate). Niamey: dateline, support origin and hospital. Tillabéri (region name, ~85 km from the site) is a qualifier, not the pin.",
  ["dateline_not_event", "offset", "hospital_other_city", "admin_qualifier", "launch_origin", "weekday_date"]))

# 16 --------------------------------------------------------------- Russia, Proletarsk
d = "2024-08-19"
add(D(R, 16, d, f"""MOSCOW (Reuters) - A Ukrainian drone attack set fire to an oil depot in the town of Proletarsk in Russia's southern Rostov region on {WD(d,-1)}, the regional governor said, and firefighters were still battling the blaze on {WD(d)}.

Governor Vasily Golubev said on Telegram that debris from a downed drone had fallen on the depot. No one was hurt. Russia's defence ministry said it had destroyed drones over the Rostov, Belgorod and Voronezh regions.

Ukrainian forces have been pushing into Russia's Kursk region since Aug. 6. Kremlin spokesman Dmitry Peskov said the incursion ruled out talks. President Vladimir Putin is due to travel to Baku later this week.""",
  [E("incident", "drone strike", DAY(d,-1), P("Proletarsk", "RU"), ["Ukraine"])],
  [MOS, P("Kursk", "RU"), P("Baku", "AZ"), P("Rostov-on-Don", "RU")],
  W + " Proletarsk depot is the event (the governor is based in Rostov-on-Don, ~200 km). Shoot-downs over whole regions have no pin. Kursk incursion 'since Aug. 6' is an ongoing operation (background). Baku trip is future.",
  ["dateline_not_event", "background_event", "future_event", "debris", "weekday_date"]))
