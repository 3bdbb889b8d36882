from lib import *
R = "wire"
DOCS = []
add = DOCS.append
W = "Wire story: the dateline city is a non-event place unless the text puts the event there."
KYV = P("Kyiv", "UA")

# 1 ---------------------------------------------------------------- Odesa missile strike
d = "2024-11-19"
add(D(R, 1, d, f"""KYIV, Nov 19 (Reuters) - A Russian ballistic missile carrying cluster munitions struck a residential neighbourhood of the Black Sea port of Odesa on {WD(d,-1)} afternoon, killing 10 people and wounding more than 50, Ukrainian officials said.

Governor Oleh Kiper said a second missile was shot down over the region. Several of the injured were in serious condition and were being treated at the city's regional hospital, he said.

President Volodymyr Zelensky, speaking in Kyiv on {WD(d)}, said the attack showed why Ukraine needed more Patriot systems. Moscow, which says it does not target civilians, did not comment.""",
  [E("incident", "missile strike", DAY(d,-1), P("Odesa", "UA"), ["Russia", "civilians"])],
  [KYV, P("Moscow", "RU")],
  W + " Stated afternoon of the previous day. Interception 'over the region' not pinned separately.",
  ["dateline_not_event", "weekday_date", "statement_place"]))

# 2 ---------------------------------------------------------------- Sumy Palm Sunday
d = "2025-04-13"
add(D(R, 2, d, f"""KYIV (Reuters) - Two Russian ballistic missiles slammed into the centre of the northeastern city of Sumy as residents gathered for Palm Sunday on {WD(d)} morning, killing at least 32 people including two children, Ukrainian officials said.

The missiles hit a street near a university and a conference hall, leaving a trolleybus burnt out and bodies on the pavement. The attack came nine days after a missile strike killed 20 people in Kryvyi Rih, the president's home town.

Sumy, about 30 km from the Russian border, has faced intensifying strikes since Ukraine's incursion into Russia's Kursk region last year.""",
  [E("incident", "missile strike", d, P("Sumy", "UA"), ["Russia", "civilians"])],
  [KYV, P("Kryvyi Rih", "UA"), P("Kursk", "RU")],
  W + " Two missiles, one city: one event. Kryvyi Rih is a back-reference (implicitly dated but not a new event; left as non-event); Kursk region a background topic.",
  ["dateline_not_event", "weekday_date", "back_reference", "multi_site_one_event"]))

# 3 ---------------------------------------------------------------- Poltava institute
d = "2024-09-03"
add(D(R, 3, d, f"""KYIV, Sept 3 (Reuters) - Two Russian ballistic missiles hit a military educational institute in the central Ukrainian city of Poltava on {WD(d)}, killing at least 41 people and wounding about 180 in one of the deadliest single strikes of the war, President Volodymyr Zelensky said.

The missiles struck the Poltava Military Institute of Communications minutes after air raid sirens sounded, leaving people little time to reach shelters, the defence ministry said. A building was partly destroyed.

Zelensky ordered a full investigation. Defence chiefs of Ukraine's allies are due to meet at the U.S. Ramstein air base in Germany on {WD(d,3)}, where Kyiv is expected to press for long-range weapons.""",
  [E("incident", "missile strike", d, P("Poltava", "UA"), ["Russia", "Ukrainian military"])],
  [KYV, P("Ramstein", "DE", "Ramstein-Miesenbach")],
  W + " Ramstein meeting is future: not gold.",
  ["dateline_not_event", "weekday_date", "future_event"]))

# 4 ---------------------------------------------------------------- Hermel + village near Tyre
d = "2024-10-24"
HER = P("Hermel", "LB")
TYR = P("Tyre", "LB")
AB = M("Ain Baal", 33.255, 35.265, "LB", "approximate, village south-east of Tyre")
add(D(R, 4, d, f"""BEIRUT (Reuters) - Israeli air strikes on the town of Hermel in northeastern Lebanon killed at least seven people on {WD(d,-1)}, Lebanon's health ministry said, as Israel widened its bombing of the Bekaa valley.

Separately, a strike on a house in the village of Ain Baal, southeast of the port city of Tyre, killed a family of four early on {WD(d)}, the state news agency NNA said. Rescue teams from Tyre were still searching the rubble.

Hezbollah said it fired rockets at northern Israel in response. The Israeli military said it had struck "Hezbollah infrastructure" and issued new evacuation orders for villages around Baalbek, which residents said they would heed.""",
  [E("incident", "airstrike", DAY(d,-1), HER, ["Israel"]),
   E("incident", "airstrike", d, AB, ["Israel", "civilians"], alts=[TYR])],
  [P("Beirut", "LB"), P("Baalbek", "LB")],
  W + " Two events on two days. Tyre is the reference town (~8 km; within 50 km of the pin, kept as alternate). Baalbek: future evacuation orders, not gold.",
  ["dateline_not_event", "weekday_date", "multi_event", "future_event", "village"]))

# 5 ---------------------------------------------------------------- Khor Mor drone
d = "2024-04-27"
KHM = M("Khor Mor gas field", 35.06, 44.88, "IQ", "approximate, field between Chamchamal and Kalar, Sulaimaniya province")
add(D(R, 5, d, f"""ERBIL, Iraq (Reuters) - A drone attack on the Khor Mor gas field in Iraq's Kurdistan region late on {WD(d,-1)} killed four Yemeni workers and halted production, cutting power supplies across the region, the field's operator said on {WD(d)}.

The field, in the Chamchamal district of Sulaimaniya province, is run by the UAE-based Dana Gas and its affiliate Pearl Petroleum. It has been targeted several times in the past year.

The Kurdistan Regional Government called on Baghdad to find those responsible. No group claimed the attack.""",
  [E("incident", "drone attack", DAY(d,-1), KHM, ["unknown", "civilians"], alts=[P("Chamchamal", "IQ")])],
  [P("Erbil", "IQ"), P("Baghdad", "IQ"), P("Sulaimaniya", "IQ", "Sulaymaniyah")],
  W + " 'Yemeni workers' is a nationality, 'UAE-based' an origin. Province name resolves to its capital city (non-event). Chamchamal (district centre) as alternate.",
  ["dateline_not_event", "weekday_date", "district", "nationality", "origin_place"]))

# 6 ---------------------------------------------------------------- Sweida
d = "2025-07-15"
add(D(R, 6, d, f"""BEIRUT (Reuters) - Syrian government forces entered the southern city of Sweida on {WD(d)} after two days of clashes between Druze fighters and Bedouin tribes that killed more than 90 people, a war monitor said, as Israeli jets struck government tanks on the city's outskirts.

The defence ministry in Damascus announced a ceasefire after troops reached the city centre. Residents described deserted streets and heavy gunfire overnight.

The violence is the deadliest involving the Druze minority since clashes in the Damascus suburb of Jaramana in the spring. Israel said it acted to protect the Druze, some of whom live in the Israeli-occupied Golan Heights.""",
  [E("incident", "armed clashes", d, P("Sweida", "SY", "As-Suwayda"), ["Syrian government", "Druze fighters", "Bedouin tribes", "Israel"])],
  [P("Beirut", "LB"), P("Damascus", "SY"), P("Jaramana", "SY")],
  W + " Clashes and the strike on the outskirts of one city: one event dated D (the earlier clash days are part of it but the text's day is D). Jaramana is undated background; the Golan is a region (not pinned).",
  ["dateline_not_event", "weekday_date", "background_event", "statement_place"]))

# 7 ---------------------------------------------------------------- Ras Isa
d = "2025-04-18"
RAS = M("Ras Isa port", 15.14, 42.61, "YE", "approximate, fuel terminal on the Red Sea coast north of Hodeidah")
add(D(R, 7, d, f"""DUBAI (Reuters) - U.S. strikes on Yemen's Ras Isa fuel port late on {WD(d,-1)} killed at least 74 people and wounded 171, the Houthi-run health ministry said on {WD(d)}, the deadliest attack since Washington began its campaign against the group last month.

The U.S. military said the strikes aimed to cut off a source of fuel for the Iran-aligned Houthis. Footage on the Houthis' Al Masirah television showed fires burning at the terminal, some 60 km north of the city of Hodeidah.

The health ministry in Sanaa said the dead included paramedics and port workers.""",
  [E("incident", "airstrike", DAY(d,-1), RAS, ["United States", "Houthis"], alts=[P("Hodeidah", "YE", "Al Hudaydah")])],
  [P("Dubai", "AE"), P("Sanaa", "YE"), P("Washington", "US")],
  W + " Hodeidah is the distance reference, kept as alternate (~50 km). Sanaa statement place.",
  ["dateline_not_event", "weekday_date", "statement_place", "facility"]))

# 8 ---------------------------------------------------------------- Deir al-Balah school
d = "2024-10-10"
DB = P("Deir al-Balah", "PS", "Dayr al Balah")
add(D(R, 8, d, f"""CAIRO (Reuters) - An Israeli air strike on a school sheltering displaced families in Deir al-Balah in the central Gaza Strip killed at least 28 people on {WD(d)}, Palestinian health officials said.

Many of those at the Rufaida school had fled fighting in Beit Lahiya and Jabalia in the north of the enclave. The wounded were taken to Al-Aqsa Martyrs Hospital in the city, which medics said was overwhelmed.

The Israeli military said it had targeted a Hamas command centre inside the compound. Ceasefire talks mediated by Egypt and Qatar have stalled.""",
  [E("incident", "airstrike", d, DB, ["Israel", "civilians"])],
  [P("Cairo", "EG"), P("Beit Lahiya", "PS", "Bayt Lahya"), P("Jabalia", "PS", "Jabalya")],
  W + " Hospital in the same city. Beit Lahiya and Jabalia are where the displaced fled from.",
  ["dateline_not_event", "weekday_date", "origin_place", "hospital_same_city"]))

# 9 ---------------------------------------------------------------- Nablus raid
d = "2023-02-22"
add(D(R, 9, d, f"""JERUSALEM (Reuters) - Israeli troops killed 11 Palestinians and wounded more than 100 during a daytime raid in the old city of Nablus in the occupied West Bank on {WD(d)}, Palestinian health officials said.

The army said forces had gone into the city to arrest three militants suspected of planning attacks, and came under fire. Video showed people running through market streets as shots rang out.

It was the deadliest raid in the West Bank since an operation in Jenin last month. The Palestinian Authority in Ramallah announced a general strike and three days of mourning.""",
  [E("incident", "raid", d, P("Nablus", "PS"), ["Israel", "Palestinian militants", "civilians"])],
  [P("Jerusalem", "IL"), P("Jenin", "PS"), P("Ramallah", "PS")],
  W + " Jenin: undated back-reference ('last month'). Ramallah: statement place; the strike is announced, not an event here.",
  ["dateline_not_event", "weekday_date", "back_reference", "statement_place"]))

# 10 ---------------------------------------------------------------- Bamako attack, dateline Dakar
d = "2024-09-17"
add(D(R, 10, d, f"""DAKAR (Reuters) - Islamist militants attacked a gendarmerie training school and the military section of the airport in Mali's capital Bamako at dawn on {WD(d)}, the army said, in a rare assault on the seat of the ruling junta.

Gunfire and explosions were heard for several hours in the Faladié district and near Modibo Keita international airport, residents said. The al Qaeda-linked JNIM claimed responsibility.

The army said the situation was under control. Flights were suspended. Mali's junta, which seized power in 2020, has been fighting insurgents in the north and centre, including around Kidal, which it retook last year.""",
  [E("incident", "armed attack", d, P("Bamako", "ML"), ["JNIM", "Malian armed forces"])],
  [P("Dakar", "SN"), P("Kidal", "ML")],
  W + " Two sites in one city: one event. Kidal: background (2023 recapture, not dated precisely).",
  ["dateline_not_event", "weekday_date", "multi_site_one_event", "background_event", "capital"]))

# 11 ---------------------------------------------------------------- Barsalogho
d = "2024-08-26"
BAR = M("Barsalogho", 13.42, -1.06, "BF", "approximate, town ~40 km north of Kaya, Centre-Nord")
add(D(R, 11, d, f"""ABIDJAN (Reuters) - Jihadist fighters killed scores of civilians and soldiers who were digging defensive trenches around the town of Barsalogho in central Burkina Faso on {WD(d,-2)}, security sources and residents said.

Residents had been ordered by the army to help dig the trenches when militants on motorbikes opened fire. JNIM said it carried out the attack. Survivors and the wounded were taken to the regional hospital in Kaya, about 40 km to the south.

The government in Ouagadougou gave no toll. Burkina Faso's junta has promised to retake territory held by armed groups.""",
  [E("incident", "armed attack", DAY(d,-2), BAR, ["JNIM", "civilians", "Burkinabe army"], alts=[P("Kaya", "BF")])],
  [P("Abidjan", "CI"), P("Ouagadougou", "BF")],
  W + " Weekday two days before publication. Kaya: hospital town and distance reference (alternate, ~37 km).",
  ["dateline_not_event", "weekday_date", "hospital_other_city", "offset"]))

# 12 ---------------------------------------------------------------- Banibangou
d = "2025-06-21"
BAN = M("Banibangou", 15.04, 2.70, "NE", "approximate, town in Tillaberi region near the Malian border")
add(D(R, 12, d, f"""NIAMEY (Reuters) - Around 100 gunmen attacked an army unit near Banibangou in western Niger on {WD(d,-2)}, killing 34 soldiers and wounding 14, the defence ministry said in a statement read on state television on {WD(d)}.

The attackers arrived on motorcycles and in vehicles, the ministry said, adding that "dozens of terrorists" had been killed. The area, in Tillabéri region near the border with Mali, has been hit repeatedly by militants linked to Islamic State.

Niger's military government severed defence ties with France and the United States after taking power in 2023 and has turned to Russia for support.""",
  [E("incident", "armed attack", DAY(d,-2), BAN, ["Islamic State Sahel", "Niger armed forces"])],
  [P("Niamey", "NE"), P("Tillaberi", "NE", "Tillaberi")],
  W + " Region named alongside the town: Tillabéri city (~150 km) is a non-event qualifier.",
  ["dateline_not_event", "weekday_date", "admin_qualifier"]))

# 13 ---------------------------------------------------------------- Bokkos villages
d = "2023-12-26"
BOK = P("Bokkos", "NG")
add(D(R, 13, d, f"""ABUJA (Reuters) - Armed groups killed at least 160 people in a series of attacks on villages in the Bokkos local government area of central Nigeria's Plateau state between {WD(d,-3)} evening and {WD(d,-2)}, local officials said.

Gunmen attacked about 20 communities, burning homes and shooting residents, the council chairman said. More than 300 people were wounded and taken to hospitals in Bokkos, Jos and Barkin Ladi.

President Bola Tinubu, who was in his home state of Lagos for the holidays, condemned the killings and ordered security agencies to find the attackers.""",
  [E("incident", "attacks on villages", [DAY(d,-3), DAY(d,-2)], BOK, ["armed group", "civilians"])],
  [P("Abuja", "NG"), P("Jos", "NG"), P("Lagos", "NG")],
  W + " Many villages in one LGA, no village named: one event at the LGA centre, night range. Jos and Barkin Ladi: hospitals (Barkin Ladi ~30 km, not listed). Lagos: home state (not an event).",
  ["dateline_not_event", "weekday_date", "date_range", "district", "hospital_other_city"]))

# 14 ---------------------------------------------------------------- Beledweyne truck bomb
d = "2023-10-03"
add(D(R, 14, d, f"""MOGADISHU (Reuters) - A truck packed with explosives blew up at a security checkpoint in the central Somali town of Beledweyne on {WD(d,-1)}, killing at least 18 people, police said.

The blast destroyed shops and vehicles near the checkpoint on the town's southern edge, a police officer said. Some of the badly wounded were flown to Mogadishu for treatment on {WD(d)}.

Al Shabaab, which is fighting to topple the federal government, claimed the attack. Beledweyne, the capital of Hiiraan region, has served as a base for operations against the group.""",
  [E("incident", "truck bombing", DAY(d,-1), P("Beledweyne", "SO"), ["al-Shabaab", "civilians"])],
  [P("Mogadishu", "SO")],
  W + " Mogadishu is dateline and the city where the wounded were flown (not an event).",
  ["dateline_not_event", "weekday_date", "hospital_other_city"]))

# 15 ---------------------------------------------------------------- Omdurman market
d = "2025-02-01"
add(D(R, 15, d, f"""CAIRO (Reuters) - Shelling by the Rapid Support Forces hit a crowded vegetable market in Omdurman on {WD(d)}, killing at least 54 people and wounding 158, Sudan's health ministry said.

The shells struck the Sabreen market in the Karari district, a spokesman for the government said. Hospitals in the city appealed for blood donors.

The army has made advances in the capital region in recent weeks, retaking parts of Khartoum North. The RSF remains entrenched in Darfur, where it has besieged El Fasher for months.""",
  [E("incident", "shelling", d, P("Omdurman", "SD"), ["Rapid Support Forces", "civilians"])],
  [P("Cairo", "EG"), P("Khartoum North", "SD", "Khartoum North"), P("El Fasher", "SD", "El Fasher")],
  W + " Khartoum North (undated advances) and El Fasher (undated siege) are background.",
  ["dateline_not_event", "weekday_date", "background_event"]))

# 16 ---------------------------------------------------------------- Bahir Dar
d = "2023-08-07"
add(D(R, 16, d, f"""ADDIS ABABA (Reuters) - Ethiopia's army said on {WD(d)} it had pushed Fano militiamen out of Bahir Dar, the capital of the Amhara region, after heavy fighting in the city on {WD(d,-1)}.

Residents said gunfire could be heard near the university and the Blue Nile bridge on {WD(d,-1)} morning before the shooting died down in the afternoon. The government declared a state of emergency in Amhara last week and has cut internet access in the region.

The fighting is the most serious security crisis in Ethiopia since a peace deal ended the war in neighbouring Tigray in November.""",
  [E("incident", "armed clashes", DAY(d,-1), P("Bahir Dar", "ET"), ["Ethiopian National Defense Force", "Fano"])],
  [P("Addis Ababa", "ET")],
  W + " The army's statement on D is about the clash on D-1. Tigray: region (not pinned).",
  ["dateline_not_event", "weekday_date", "statement_day"]))

# 17 ---------------------------------------------------------------- Oicha ADF
d = "2024-06-14"
add(D(R, 17, d, f"""KINSHASA (Reuters) - Suspected Allied Democratic Forces (ADF) rebels killed at least 40 people in villages near Oicha in eastern Congo's North Kivu province late on {WD(d,-2)}, a local official said.

The attackers used machetes and guns and set fire to houses, said Kivu civil society leader Darius Syaira. Survivors fled to Oicha town, and the injured were taken to hospitals in Beni.

The ADF, which has pledged allegiance to Islamic State, has killed thousands of civilians in the region despite joint operations by Congolese and Ugandan troops.""",
  [E("incident", "attack on civilians", DAY(d,-2), P("Oicha", "CD", "Hyosha"), ["ADF", "civilians"])],
  [P("Kinshasa", "CD"), P("Beni", "CD")],
  W + " 'Villages near Oicha': pinned at Oicha (gazetteer name Hyosha). Beni: hospitals (~25 km, so not a scored distractor).",
  ["dateline_not_event", "weekday_date", "hospital_other_city", "village"]))

# 18 ---------------------------------------------------------------- Mocimboa da Praia
d = "2024-05-13"
add(D(R, 18, d, f"""MAPUTO (Reuters) - Insurgents linked to Islamic State attacked the town of Mocímboa da Praia in Mozambique's Cabo Delgado province on {WD(d,-3)}, beheading two residents and burning a church, local sources said.

Rwandan troops stationed in the town since 2021 repelled the fighters after several hours, an official said. Hundreds of residents fled by boat to Pemba, the provincial capital.

Mozambique's president said in Maputo the attack would not derail the return of displaced people or a planned restart of TotalEnergies' gas project near Palma.""",
  [E("incident", "armed attack", DAY(d,-3), P("Mocímboa da Praia", "MZ", "Mocimboa da Praia"), ["Islamic State Mozambique", "Rwandan forces", "civilians"])],
  [P("Maputo", "MZ"), P("Pemba", "MZ"), M("Palma", -10.77, 40.47, "MZ", "approximate, town in Cabo Delgado")],
  W + " Pemba: refuge; Palma: project place (future restart), not events.",
  ["dateline_not_event", "weekday_date", "origin_place", "future_event"]))

# 19 ---------------------------------------------------------------- Kandahar bank bombing
d = "2024-03-21"
add(D(R, 19, d, f"""KABUL (Reuters) - A suicide bomber blew himself up outside a bank in the southern Afghan city of Kandahar on {WD(d)} as employees queued to collect salaries, killing at least 21 people, a Taliban official said.

The blast hit a branch of New Kabul Bank, the official said, adding that the victims were mostly civilians and employees of the administration. Islamic State's local affiliate claimed the attack through its Amaq news agency.

Kandahar is the birthplace of the Taliban and home of their supreme leader, Haibatullah Akhundzada.""",
  [E("incident", "suicide bombing", d, P("Kandahar", "AF"), ["Islamic State Khorasan", "civilians"])],
  [P("Kabul", "AF")],
  W + " 'New Kabul Bank' is a metonym; Kabul is the dateline only.",
  ["dateline_not_event", "weekday_date", "metonym"]))

# 20 ---------------------------------------------------------------- Bannu cantonment
d = "2025-03-05"
add(D(R, 20, d, f"""PESHAWAR, Pakistan (Reuters) - Suicide bombers rammed two explosives-laden vehicles into the wall of a military cantonment in Pakistan's northwestern city of Bannu on {WD(d,-1)} evening, killing 18 people including five soldiers, the army said on {WD(d)}.

Militants then tried to storm the compound and were killed in a gunfight that lasted into the night, the army's media wing said. A mosque and nearby houses were damaged.

A faction linked to the Pakistani Taliban claimed the attack. Islamabad says militants operate from Afghanistan, a charge Kabul rejects.""",
  [E("incident", "suicide attack", DAY(d,-1), P("Bannu", "PK"), ["Jaish al-Fursan", "Pakistan Army"])],
  [P("Peshawar", "PK"), P("Islamabad", "PK"), P("Kabul", "AF")],
  W + " Attack began on the evening of D-1 (gunfight into the night, same event, D-1).",
  ["dateline_not_event", "weekday_date", "statement_place"]))

# 21 ---------------------------------------------------------------- Srinagar grenade, dateline = event
d = "2024-11-04"
SGR = P("Srinagar", "IN")
add(D(R, 21, d, f"""SRINAGAR, India (Reuters) - A grenade thrown at a crowded Sunday market near the tourist reception centre in Srinagar wounded 12 people on {WD(d,-1)}, police in Indian-administered Kashmir said.

The attackers targeted a security patrol but the grenade fell short and exploded among shoppers, a police officer said. Security forces cordoned off the area.

The attack came a day after troops killed a militant commander in a gunfight in the Shangus area of Anantnag district on {WD(d,-2)}, police said. Pakistan's foreign office, in Islamabad, did not comment.""",
  [E("incident", "grenade attack", DAY(d,-1), SGR, ["militants", "civilians"]),
   E("incident", "armed clash", DAY(d,-2), P("Anantnag", "IN"), ["Indian security forces", "militants"], optional=True)],
  [P("Islamabad", "PK")],
  W + " Dateline is the event city. The Anantnag gunfight is a dated separate background event: optional (Shangus ~15 km from Anantnag; district centre pinned).",
  ["dateline_is_event", "weekday_date", "background_event", "district"]))

# 22 ---------------------------------------------------------------- Mogok airstrike
d = "2024-08-21"
add(D(R, 22, d, f"""BANGKOK (Reuters) - Myanmar military aircraft bombed the ruby-mining town of Mogok on {WD(d,-1)}, killing at least 11 civilians, a spokesperson for the ethnic armed group that controls the town said.

Bombs hit a residential quarter and a monastery school, the Ta'ang National Liberation Army (TNLA) said. Mogok, in Mandalay region, fell to the TNLA in July. Thousands of residents have since fled to the city of Mandalay, about 110 km to the southwest.

The junta in Naypyitaw did not respond to requests for comment.""",
  [E("incident", "airstrike", DAY(d,-1), P("Mogok", "MM"), ["Myanmar military", "civilians"])],
  [P("Bangkok", "TH"), P("Mandalay", "MM"), P("Naypyitaw", "MM", "Nay Pyi Taw")],
  W + " Mandalay: region qualifier and refuge city. July capture is background without a day.",
  ["dateline_not_event", "weekday_date", "admin_qualifier", "origin_place"]))

# 23 ---------------------------------------------------------------- Basilan, Sumisip
d = "2025-01-23"
add(D(R, 23, d, f"""ZAMBOANGA CITY, Philippines (Reuters) - Two soldiers were killed and 12 wounded when gunmen ambushed an army unit in the town of Sumisip on the southern island of Basilan on {WD(d,-1)}, the military said.

The soldiers were on a peace and development mission when they came under fire from a group linked to a local feud, the army's Western Mindanao Command said in a statement from its headquarters in Zamboanga City. The wounded were taken by helicopter to a military hospital there.

Officials in Manila said the attack would not affect the Bangsamoro region's election planned for later this year.""",
  [E("incident", "ambush", DAY(d,-1), P("Sumisip", "PH"), ["armed group", "Armed Forces of the Philippines"])],
  [P("Zamboanga City", "PH", "Zamboanga"), P("Manila", "PH")],
  W + " Zamboanga City: dateline, statement place and hospital (~55 km). Future election not gold.",
  ["dateline_not_event", "weekday_date", "hospital_other_city", "future_event"]))

# 24 ---------------------------------------------------------------- Cali + Amalfi
d = "2025-08-22"
add(D(R, 24, d, f"""BOGOTA (Reuters) - A truck bomb exploded near a military aviation school in the Colombian city of Cali on {WD(d,-1)}, killing six people and wounding more than 60, while in a separate attack a police helicopter was downed by a drone in Amalfi in Antioquia province, killing 13 officers, authorities said.

President Gustavo Petro blamed dissident factions of the former FARC rebels for the bombing and the Gulf Clan for the attack on the helicopter, which was supporting coca eradication. Petro spoke in Bogota late on {WD(d,-1)}.

The attacks came a week after the death of presidential hopeful Miguel Uribe, who was shot at a rally in Bogota in June.""",
  [E("incident", "truck bombing", DAY(d,-1), P("Cali", "CO"), ["FARC dissidents", "civilians"]),
   E("incident", "drone attack", DAY(d,-1), P("Amalfi", "CO"), ["Gulf Clan", "Colombian police"])],
  [P("Bogota", "CO")],
  W + " Two events on the same day in two cities. The June shooting in Bogota is undated background; Bogota is also dateline/statement place.",
  ["dateline_not_event", "weekday_date", "multi_event", "background_event"]))

# 25 ---------------------------------------------------------------- Culiacán
d = "2024-09-17"
add(D(R, 25, d, f"""MEXICO CITY (Reuters) - Five bodies were found on a road on the outskirts of Culiacán, the capital of Mexico's Sinaloa state, on {WD(d,-1)}, as fighting between rival factions of the Sinaloa Cartel kept schools and businesses closed for a second week.

Gunmen also set fire to vehicles at two intersections in the city, the state prosecutor's office said. The violence erupted after cartel leader Ismael "El Mayo" Zambada was flown to the United States in July and arrested in El Paso, Texas.

Mexico's defence ministry said it had sent 600 more troops to the state.""",
  [E("incident", "killings", DAY(d,-1), P("Culiacán", "MX", "Culiacan"), ["Sinaloa Cartel factions"])],
  [P("Mexico City", "MX"), P("El Paso", "US")],
  W + " Bodies and arson in one city: one event. El Paso: dated-only-by-month background arrest.",
  ["dateline_not_event", "weekday_date", "background_event", "admin_qualifier"]))

# 26 ---------------------------------------------------------------- Cité Soleil, dateline = event
d = "2024-12-09"
CSL = M("Cité Soleil (Wharf Jérémie)", 18.565, -72.345, "HT", "approximate, waterfront slum in north-west Port-au-Prince")
add(D(R, 26, d, f"""PORT-AU-PRINCE (Reuters) - Gang members killed at least 184 people, mostly elderly residents, in the Wharf Jérémie area of Haiti's capital Port-au-Prince on {WD(d,-3)} and {WD(d,-2)}, the United Nations said.

The killings in the Cité Soleil district were ordered by gang leader Micanor Altès, who accused local residents of practising witchcraft that he blamed for his child's illness, a human rights group said.

The government said it would bring those responsible to justice. A Kenyan-led security mission has struggled to contain gangs that control most of the capital.""",
  [E("incident", "massacre", [DAY(d,-3), DAY(d,-2)], CSL, ["Wharf Jeremie gang", "civilians"], alts=[P("Port-au-Prince", "HT")])],
  [],
  W + " Dateline is the event city. 'Kenyan-led' is a nationality.",
  ["dateline_is_event", "weekday_date", "date_range", "nationality", "district"]))

# 27 ---------------------------------------------------------------- Nerkin Hand
d = "2024-02-13"
NH = M("Nerkin Hand", 39.10, 46.45, "AM", "approximate, village in Syunik near the border, south-east of Kapan; placement uncertain")
add(D(R, 27, d, f"""YEREVAN (Reuters) - Four Armenian soldiers were killed when Azerbaijani forces opened fire on positions near the village of Nerkin Hand in Armenia's southern Syunik province early on {WD(d)}, Armenia's defence ministry said.

Azerbaijan's border service said in Baku that it had carried out a "revenge operation" after what it said was Armenian fire on its positions the previous day. Armenia denied firing.

The incident was the deadliest on the border since Azerbaijan retook Nagorno-Karabakh in September. Prime Minister Nikol Pashinyan is due to hold talks with Azerbaijan's President Ilham Aliyev in Munich on {WD(d,4)}.""",
  [E("incident", "cross-border fire", d, NH, ["Azerbaijan", "Armenian military"], alts=[P("Kapan", "AM")])],
  [P("Yerevan", "AM"), P("Baku", "AZ"), P("Munich", "DE")],
  W + " Claimed Armenian fire the previous day has no place: not gold. Munich talks are future.",
  ["dateline_not_event", "weekday_date", "future_event", "village", "statement_place"]))

# 28 ---------------------------------------------------------------- Jeddah talks, dateline = event
d = "2025-03-11"
JED = P("Jeddah", "SA")
add(D(R, 28, d, f"""JEDDAH, Saudi Arabia (Reuters) - Ukraine said on {WD(d)} it was ready to accept a U.S. proposal for a 30-day ceasefire with Russia after more than eight hours of talks with American officials in the Saudi city, and Washington said it would resume military aid and intelligence sharing.

Secretary of State Marco Rubio and National Security Adviser Mike Waltz met a Ukrainian delegation led by Andriy Yermak at a hotel in Jeddah. Rubio told reporters "the ball is now in Russia's court".

U.S. envoy Steve Witkoff is expected to travel to Moscow later this week to present the proposal to President Vladimir Putin. President Volodymyr Zelensky, who met Crown Prince Mohammed bin Salman in Jeddah on {WD(d,-1)}, thanked Trump from Kyiv.""",
  [E("meeting", "talks", d, JED, ["United States", "Ukraine", "Marco Rubio", "Andriy Yermak"]),
   E("meeting", "visit", DAY(d,-1), JED, ["Volodymyr Zelensky", "Mohammed bin Salman"], optional=True)],
  [P("Moscow", "RU"), KYV, P("Washington", "US")],
  W + " Dateline is the event city. Zelensky's meeting on D-1 in the same city: separate dated meeting, optional (same pin). Witkoff's Moscow trip is future.",
  ["dateline_is_event", "weekday_date", "future_event", "statement_place"]))

# 29 ---------------------------------------------------------------- Istanbul talks
d = "2025-05-16"
add(D(R, 29, d, f"""ISTANBUL (Reuters) - Russian and Ukrainian delegations held their first direct peace talks in more than three years in Istanbul on {WD(d)}, agreeing to swap 1,000 prisoners of war each but making no progress on a ceasefire.

The talks at Dolmabahce Palace on the Bosphorus lasted less than two hours. Turkish Foreign Minister Hakan Fidan chaired the session. Russia's delegation was led by presidential aide Vladimir Medinsky and Ukraine's by Defence Minister Rustem Umerov.

President Volodymyr Zelensky, who had met President Tayyip Erdogan in Ankara on {WD(d,-1)}, was in Tirana for a European summit as the talks began.""",
  [E("meeting", "talks", d, P("Istanbul", "TR"), ["Russia", "Ukraine", "Turkey"]),
   E("meeting", "visit", DAY(d,-1), P("Ankara", "TR"), ["Volodymyr Zelensky", "Tayyip Erdogan"], optional=True),
   E("meeting", "summit", d, P("Tirana", "AL"), ["Volodymyr Zelensky", "European Political Community"], optional=True)],
  [],
  W + " Dateline is the event city. Ankara meeting on D-1 (dated background) and Zelensky's presence at the Tirana summit (a summit mentioned in passing) optional.",
  ["dateline_is_event", "weekday_date", "background_event"]))

# 30 ---------------------------------------------------------------- Sharm el-Sheikh + Jerusalem
d = "2025-10-13"
add(D(R, 30, d, f"""SHARM EL-SHEIKH, Egypt (Reuters) - U.S. President Donald Trump and Egyptian President Abdel Fattah al-Sisi co-chaired a summit of more than 20 world leaders in the Red Sea resort on {WD(d)} to back the Gaza ceasefire, hours after Hamas freed the last 20 living hostages.

Earlier in the day Trump met Prime Minister Benjamin Netanyahu and addressed Israel's Knesset in Jerusalem, telling lawmakers the "long and painful nightmare" was over. Buses carrying Palestinian prisoners freed by Israel arrived in Ramallah and Khan Younis.

Leaders from Qatar and Turkey signed a declaration with Trump and Sisi. Neither Israel nor Hamas attended the summit.""",
  [E("meeting", "summit", d, P("Sharm el-Sheikh", "EG"), ["Donald Trump", "Abdel Fattah al-Sisi", "world leaders"]),
   E("meeting", "visit", d, P("Jerusalem", "IL"), ["Donald Trump", "Benjamin Netanyahu"])],
  [P("Ramallah", "PS"), P("Khan Younis", "PS", "Khan Yunis")],
  W + " Dateline is the event city. Jerusalem meeting/address same day: second event. Prisoner-release arrivals in Ramallah and Khan Younis not gold (released hostages/prisoners, places of arrival).",
  ["dateline_is_event", "weekday_date", "multi_event"]))
