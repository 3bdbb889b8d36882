from lib import *
R = "wire"
DOCS = []
add = DOCS.append
W = "Wire story: the dateline city is a non-event place unless the text puts the event there."
KYV = Q("Kyiv", "UA", 50.45, 30.52)
MOS = Q("Moscow", "RU", 55.75, 37.62)

# 1 Berdychiv
d = "2024-06-04"
add(D(R, 1, d, f"""KYIV, June 4 (Reuters) - A Russian missile slammed into an industrial site in the central Ukrainian town of Berdychiv late on {WD(d,-1)}, wounding four workers and knocking out power to several streets, officials in the Zhytomyr region said on {WD(d)}.

The regional military administration said the missile was one of several fired from the Black Sea. It did not name the plant.

Zelenskiy, speaking in Kyiv, again asked Western partners for more Patriot systems.""",
  [E("incident", "missile strike", DAY(d, -1), Q("Berdychiv", "UA", 49.90, 28.60, q="Berdychiv"), ["Russia"])],
  [KYV, Q("Zhytomyr", "UA", 50.25, 28.66)],
  W + " Strike late Monday, said Tuesday. Zhytomyr: region name (~40 km, inside the radius). Black Sea: launch area, no pin.",
  ["dateline_not_event", "weekday_date", "said_on_weekday", "admin_qualifier", "statement_place"]))

# 2 Nampala
d = "2019-01-28"
add(D(R, 2, d, f"""DAKAR, Jan 28 (Reuters) - Islamist militants on motorbikes raided a Malian army post at Nampala, near the border with Mauritania, on {WD(d,-1)}, killing at least five soldiers, Mali's armed forces said in a statement issued in Bamako.

The army said reinforcements sent from Niono had pushed the attackers back toward the Wagadou forest. Mauritanian officials in Nouakchott said they had closed two border crossings as a precaution.""",
  [E("incident", "armed attack", DAY(d, -1), Q("Nampala", "ML", 15.28, -5.55), ["militants", "Mali army"])],
  [Q("Dakar", "SN", 14.69, -17.44), Q("Bamako", "ML", 12.65, -8.0), Q("Niono", "ML", 14.25, -5.99), Q("Nouakchott", "MR", 18.08, -15.98)],
  W + " Raid on Sunday, published Monday. Niono: reinforcements' origin. Wagadou forest: direction only. Nouakchott: statement place.",
  ["dateline_not_event", "weekday_date", "origin_place", "statement_place"]))

# 3 Kompienga
d = "2022-05-26"
add(D(R, 3, d, f"""ABIDJAN, May 26 (Reuters) - Gunmen killed around 50 civilians who were fleeing a blockaded area near Madjoari in eastern Burkina Faso, the government said on {WD(d)}, without saying when the killings took place.

Survivors who reached Pama, the capital of Kompienga province, told officials the group had been stopped on the road by men on motorcycles. A government spokesman in Ouagadougou called the massacre a "barbaric act".

Burkina Faso's junta, which took power in January, has struggled to contain insurgents linked to al Qaeda and Islamic State.""",
  [E("incident", "massacre", [DAY(d, -7), d], Q("Madjoari", "BF", 11.43, 1.27), ["militants", "civilians"])],
  [Q("Abidjan", "CI", 5.35, -4.0), Q("Pama", "BF", 11.25, 0.71), Q("Ouagadougou", "BF", 12.37, -1.53)],
  W + " The date of the killing is not given: a week before publication. Pama: where survivors arrived (~62 km). Ouagadougou: statement place.",
  ["dateline_not_event", "weekday_date", "refuge_place", "statement_place", "date_range"]))

# 4 Elwak
d = "2023-06-15"
add(D(R, 4, d, f"""NAIROBI, June 15 (Reuters) - A roadside bomb blew up a police vehicle near Elwak in Kenya's Mandera county on {WD(d)}, killing three officers, a police spokesman said.

The blast came days after another device killed eight officers in Garissa county. Police blamed the Somali-based al Shabaab group, which has stepped up attacks near the border.

Kenya had postponed the planned reopening of its border with Somalia, interior minister Kithure Kindiki told reporters in Nairobi.""",
  [E("incident", "roadside bomb", d, Q("Elwak", "KE", 2.80, 40.93, q="El Wak"), ["al Shabaab", "Kenya police"])],
  [Q("Nairobi", "KE", -1.29, 36.82), Q("Mandera", "KE", 3.94, 41.86), Q("Garissa", "KE", -0.45, 39.66)],
  W + " Garissa county bombing 'days after' is an undated back-reference (pinned at Garissa town as a non-event). Mandera: county name (~140 km). Border reopening: postponed, no event.",
  ["dateline_not_event", "weekday_date", "back_reference", "admin_qualifier", "future_event"]))

# 5 Khachik
d = "2023-04-11"
add(D(R, 5, d, f"""YEREVAN, April 11 (Reuters) - Four Armenian soldiers and three Azerbaijani servicemen were killed in a shootout on the border near the Armenian village of Norabak in Gegharkunik province on {WD(d)}, the two countries' defence ministries said, each blaming the other.

Armenia's ministry said Azerbaijani troops had opened fire on soldiers building fortifications. Azerbaijan's ministry in Baku said its positions near Kalbajar had come under fire first.

A Russian peacekeeping contingent based in Stepanakert did not comment.""",
  [E("incident", "border clash", d, M("Norabak", 40.06, 45.66, "AM", "approximate, village in Gegharkunik on the eastern border"), ["Armenia", "Azerbaijan"])],
  [Q("Yerevan", "AM", 40.18, 44.51), Q("Baku", "AZ", 40.41, 49.87), Q("Stepanakert", "AZ", 39.82, 46.75, q="Xankandi")],
  W + " Composite: invented clash. One clash, pinned at Norabak; 'near Kalbajar' is the Azerbaijani side's framing (Kalbajar ~35 km, inside the radius, so not listed). Stepanakert: peacekeepers' base.",
  ["dateline_not_event", "weekday_date", "statement_place", "nationality"]))

# 6 Zubin Potok / Varage canal
d = "2024-11-30"
VAR = M("Varage (Ibar-Lepenac canal)", 42.93, 20.70, "XK", "approximate, canal section near Zubin Potok")
add(D(R, 6, d, f"""PRISTINA, Nov 30 (Reuters) - An explosion damaged a canal that supplies water to two of Kosovo's power plants near the village of Varage in the Zubin Potok municipality late on {WD(d,-1)}, Prime Minister Albin Kurti said, calling it a terrorist attack.

Kurti said the blast at the Ibar-Lepenac canal had been carried out by "criminal gangs directed by Belgrade". Serbia's government denied any involvement.

The canal feeds the coal-fired Kosovo A and Kosovo B plants near Obilic.""",
  [E("incident", "explosion", DAY(d, -1), VAR, ["unknown"], alts=[Q("Zubin Potok", "XK", 42.91, 20.69)])],
  [Q("Pristina", "XK", 42.67, 21.17), Q("Belgrade", "RS", 44.80, 20.47), Q("Obilic", "XK", 42.69, 21.08, q="Obiliq")],
  W + " Blast late Friday. Belgrade: blamed metonym; denial. Obilic: power plants the canal feeds.",
  ["dateline_not_event", "weekday_date", "metonym", "denial", "facility"]))

# 7 Kocani
d = "2025-03-16"
add(D(R, 7, d, f"""SKOPJE, March 16 (Reuters) - A fire tore through a crowded nightclub in the eastern North Macedonian town of Kocani in the early hours of {WD(d)}, killing at least 59 people, most of them young, Interior Minister Pance Toskovski said.

The blaze started when pyrotechnics set fire to the ceiling during a concert, he said. Injured people were taken to hospitals in Stip and in the capital Skopje, and some were to be flown to Greece and Bulgaria.

Police detained several people, including the club's manager.""",
  [E("other", "nightclub fire", d, Q("Kocani", "MK", 41.92, 22.41, q="Kočani"), ["civilians"])],
  [Q("Skopje", "MK", 42.0, 21.43), Q("Stip", "MK", 41.74, 22.20, q="Štip")],
  W + " An accidental fire is kind other (not an attack); no scored gold. Hospitals in Stip (~25 km) and Skopje. Greece/Bulgaria: countries only. Detentions not separately pinned.",
  ["dateline_not_event", "weekday_date", "hospital_other_city", "accident", "no_scored_gold"]))

# 8 Gopalganj
d = "2025-07-17"
add(D(R, 8, d, f"""DHAKA, July 17 (Reuters) - At least four people were killed on {WD(d,-1)} when supporters of Bangladesh's former ruling Awami League clashed with police and students of a new political party at a rally in Gopalganj, the birthplace of ousted prime minister Sheikh Hasina's father, officials said.

Authorities imposed a curfew in the town, about 100 km south-west of Dhaka, and soldiers patrolled the streets on {WD(d)}. Hasina has been living in India since fleeing last August.""",
  [E("incident", "deadly clash", DAY(d, -1), M("Gopalganj", 23.005, 89.827, "BD", "approximate; cities500 Gopālganj lies 33 km to the north-east"), ["Awami League supporters", "police", "NCP"])],
  [Q("Dhaka", "BD", 23.81, 90.41)],
  W + " The curfew is a consequence (same place, not separately scored). India: country only.",
  ["dateline_not_event", "weekday_date", "said_on_weekday"]))

# 9 Kutru, Bijapur
d = "2025-01-07"
KUT = M("Kutru", 18.92, 80.72, "IN", "approximate, Kutru area of Bijapur district, Chhattisgarh")
add(D(R, 9, d, f"""RAIPUR, India, Jan 7 (Reuters) - Maoist rebels blew up a vehicle carrying security personnel near Kutru in the central Indian state of Chhattisgarh on {WD(d,-1)}, killing eight police commandos and their driver, police said.

The convoy was returning to its base after an operation in the forests of Abujhmarh, police said. Bijapur district has seen some of the heaviest fighting in a government push to end the insurgency by 2026.""",
  [E("incident", "IED attack", DAY(d, -1), KUT, ["Maoists", "police"])],
  [Q("Raipur", "IN", 21.25, 81.63), M("Abujhmarh", 19.45, 80.85, "IN", "approximate, forest area of Narayanpur district"), Q("Bijapur", "IN", 18.79, 80.82)],
  W + " Abujhmarh: the operation's area, from which the convoy returned (~60 km). Bijapur: district seat (~17 km, inside the radius). 2026 goal: future.",
  ["dateline_not_event", "weekday_date", "origin_place", "district", "future_event"]))

# 10 Sugapa, Papua
d = "2024-08-13"
add(D(R, 10, d, f"""JAKARTA, Aug 13 (Reuters) - Separatist rebels in Indonesia's Papua region shot dead a motorbike taxi driver in Sugapa, the main town of Intan Jaya regency, on {WD(d,-1)}, police said on {WD(d)}.

The West Papua National Liberation Army said in a statement that it had carried out the shooting because the man was a spy. Police in Jayapura rejected the claim. The victim had moved to Papua from Sulawesi, relatives said.""",
  [E("incident", "shooting", DAY(d, -1), Q("Sugapa", "ID", -3.74, 137.03), ["TPNPB", "civilians"])],
  [Q("Jakarta", "ID", -6.21, 106.85), Q("Jayapura", "ID", -2.53, 140.72)],
  W + " Jayapura: statement place. Sulawesi: the victim's origin (island, no pin).",
  ["dateline_not_event", "weekday_date", "said_on_weekday", "statement_place", "origin_place"]))

# 11 Cali and Amalfi (Cali/Amalfi prior names -> use Jamundí? keep but different sites)
d = "2025-08-21"
add(D(R, 11, d, f"""BOGOTA, Aug 21 (Reuters) - Colombia was hit by two deadly attacks on {WD(d)}: a truck packed with explosives blew up outside a police station in the northern river town of Caucasia, and a police helicopter was brought down by a drone in the mountains of Antioquia province, killing 13 officers.

The helicopter had been supporting the eradication of coca near the town of Valdivia, officials said. President Gustavo Petro blamed dissident FARC factions for the Caucasia bombing and the Gulf Clan for the helicopter attack.""",
  [E("incident", "truck bomb", d, Q("Caucasia", "CO", 7.99, -75.20), ["FARC dissidents"]),
   E("incident", "helicopter downed", d, Q("Valdivia", "CO", 7.16, -75.44), ["Gulf Clan", "Colombia police"])],
  [Q("Bogota", "CO", 4.61, -74.08), Q("Medellín", "CO", 6.25, -75.56)],
  W + " Composite: places changed from the real attacks of that day. Two events the same day. Antioquia is the province (seat Medellín, ~100 km from Valdivia).",
  ["dateline_not_event", "weekday_date", "multi_event", "admin_qualifier"]))

# 12 Penha, Rio
d = "2025-10-29"
PEN = M("Complexo da Penha, Rio de Janeiro", -22.84, -43.28, "BR", "approximate, northern Rio favela complex")
add(D(R, 12, d, f"""RIO DE JANEIRO, Oct 29 (Reuters) - Residents of Rio de Janeiro's Penha favela complex laid out dozens of bodies on a square on {WD(d)}, a day after the deadliest police operation in the city's history left more than 120 people dead, including four officers.

About 2,500 police took part in the {WD(d,-1)} raid against the Comando Vermelho gang in the neighbouring Alemao and Penha complexes. Governor Claudio Castro defended the operation. Brazil's justice minister flew in from Brasilia.""",
  [E("incident", "police raid", DAY(d, -1), PEN, ["Rio police", "Comando Vermelho"], alts=[Q("Rio de Janeiro", "BR", -22.91, -43.17)])],
  [Q("Brasilia", "BR", -15.79, -47.88, q="Brasília")],
  W + " The raid was on Tuesday; the bodies were displayed on Wednesday (not an attack). Alemao is a few km away (one event, pinned at Penha with Rio as alternate). Brasilia: origin of the minister.",
  ["weekday_date", "neighbourhood", "origin_place"]))

# 13 Sahnaya
d = "2025-04-30"
add(D(R, 13, d, f"""DAMASCUS, April 30 (Reuters) - Gunmen attacked a checkpoint in Sahnaya, a mostly Druze town south-west of Damascus, on {WD(d)}, sparking clashes that killed at least 11 people, a war monitor said, a day after deadly violence in the nearby suburb of Jaramana.

Israel said its aircraft had carried out a "warning operation" against a group it accused of preparing to attack Druze civilians near Sahnaya. Druze leaders in Sweida appealed for calm.""",
  [E("incident", "armed clashes", d, Q("Sahnaya", "SY", 33.43, 36.23, q="Şaḩnāyā"), ["gunmen", "Druze fighters"]),
   E("incident", "airstrike", d, Q("Sahnaya", "SY", 33.43, 36.23, q="Şaḩnāyā"), ["Israel"], optional=True)],
  [Q("Damascus", "SY", 33.51, 36.29), Q("Sweida", "SY", 32.71, 36.57, q="As Suwaydā’")],
  W + " Jaramana 'a day after' is a back-reference (~10 km, inside the radius, not listed). The Israeli 'warning operation' near Sahnaya is optional (same place). Sweida: appeal place.",
  ["dateline_not_event", "weekday_date", "back_reference", "multi_event"]))

# 14 Khor Mor
d = "2024-04-27"
KHM = M("Sarsang oil field", 37.05, 43.35, "IQ", "approximate, field near Sarsang, Duhok governorate")
add(D(R, 14, d, f"""ERBIL, Iraq, April 27 (Reuters) - A drone attack on an oil field near Sarsang in Iraq's Kurdistan region killed four Yemeni workers late on {WD(d,-1)}, the field's operator said, halting output and causing power cuts across the region.

The field, in the mountains north of Duhok, had not been targeted before, though the Khor Mor gas field near Chamchamal has been hit repeatedly since 2022. No group claimed the attack. Kurdish officials in Erbil called on Baghdad to find those responsible.""",
  [E("incident", "drone attack", DAY(d, -1), KHM, ["unknown"])],
  [Q("Erbil", "IQ", 36.19, 44.01), Q("Duhok", "IQ", 36.87, 42.99, q="Dahūk"), M("Khor Mor gas field", 35.07, 44.60, "IQ", "approximate, gas field between Chamchamal and Kirkuk"), Q("Chamchamal", "IQ", 35.53, 44.83), Q("Baghdad", "IQ", 33.31, 44.37)],
  W + " Composite. 'Yemeni workers': nationality. Duhok: reference. Khor Mor/Chamchamal: undated earlier attacks (back-reference).",
  ["dateline_not_event", "weekday_date", "facility", "nationality", "back_reference"]))

# 15 Ras Isa -> replace with Salif port
d = "2025-04-18"
SAL = Q("Salif", "YE", 15.31, 42.68, q="Aş Şalīf")
add(D(R, 15, d, f"""DUBAI, April 18 (Reuters) - U.S. air strikes on a fuel port on Yemen's Red Sea coast overnight killed at least 38 people, the Houthi-run health ministry said on {WD(d)}, one of the deadliest attacks since Washington stepped up its campaign last month.

The strikes hit the Ras Isa terminal north of Hodeidah, the ministry said. The U.S. Central Command said in Tampa the facility was being used to fuel the group's military operations.""",
  [E("incident", "airstrike", [DAY(d, -1), d], M("Ras Isa terminal", 15.12, 42.61, "YE", "approximate, oil terminal on the Salif peninsula"), ["United States", "Houthis"], alts=[SAL])],
  [Q("Dubai", "AE", 25.20, 55.27), Q("Hodeidah", "YE", 14.80, 42.95, q="Al Ḩudaydah"), Q("Tampa", "US", 27.95, -82.46)],
  W + " 'Overnight' → D-1..D. Ras Isa (manual; the gazetteer's Salif as alternate). Hodeidah (~45 km): reference. Tampa: statement place.",
  ["dateline_not_event", "weekday_date", "date_range", "facility", "statement_place"]))

# 16 Mirjaveh (Iran)
d = "2024-04-04"
add(D(R, 16, d, f"""DUBAI, April 4 (Reuters) - Militants attacked a Revolutionary Guards headquarters and a police station in the southeastern Iranian border town of Mirjaveh overnight, state media said on {WD(d)}, and at least 11 members of the security forces were killed in the fighting.

The Sunni militant group Jaish al-Adl claimed responsibility. State TV said ten attackers were also killed. The interior minister travelled to Zahedan, the provincial capital.""",
  [E("incident", "armed attack", [DAY(d, -1), d], Q("Mirjaveh", "IR", 29.02, 61.45, q="Mīrjāveh"), ["Jaish al-Adl", "IRGC"])],
  [Q("Dubai", "AE", 25.20, 55.27), Q("Zahedan", "IR", 29.50, 60.86)],
  W + " Composite: place changed. Two targets in one town, one event. Zahedan (~80 km): where the minister travelled (provincial capital).",
  ["dateline_not_event", "weekday_date", "date_range", "multi_event", "origin_place"]))

# 17 Antalya bilateral (event at dateline)
d = "2025-04-12"
add(D(R, 17, d, f"""ANTALYA, Turkey, April 12 (Reuters) - Turkish Foreign Minister Hakan Fidan held talks with his Syrian counterpart Asaad al-Shibani on the sidelines of a diplomacy forum in the Mediterranean resort of Antalya on {WD(d)}, the ministry said.

The two discussed reconstruction and the return of refugees from Turkey, the ministry said. Fidan is due to travel to Damascus next month.""",
  [E("meeting", "bilateral", d, Q("Antalya", "TR", 36.89, 30.70), ["Turkey", "Syria"])],
  [Q("Damascus", "SY", 33.51, 36.29)],
  W + " Dateline is the venue. Damascus: future trip.",
  ["dateline_is_event", "weekday_date", "future_event"]))

# 18 Gaborone call + visit
d = "2024-11-01"
add(D(R, 18, d, f"""GABORONE, Nov 1 (Reuters) - Botswana's new President Duma Boko was sworn in at a stadium in Gaborone on {WD(d)}, ending nearly six decades of rule by the Botswana Democratic Party.

Boko, a human rights lawyer, said he had spoken by phone on {WD(d,-1)} with outgoing President Mokgweetsi Masisi, who conceded defeat a day after the Oct. 30 election. Boko will travel to Windhoek for a regional summit later this month.""",
  [E("other", "inauguration", d, Q("Gaborone", "BW", -24.65, 25.91), ["Botswana"]),
   E("call", "phone call", DAY(d, -1), Q("Gaborone", "BW", -24.65, 25.91), ["Boko", "Masisi"])],
  [Q("Windhoek", "NA", -22.56, 17.08)],
  W + " The swearing-in is kind other; the call is placed at Gaborone (both sides in Botswana). The election is background. Windhoek: future summit.",
  ["dateline_is_event", "weekday_date", "call", "future_event"]))

# 19 Oskemen? -> Russia: Engels repeat? use Ryazan? use Tambov powder plant Kotovsk
d = "2025-05-28"
add(D(R, 19, d, f"""MOSCOW, May 28 (Reuters) - Ukrainian drones attacked a chemical plant in the town of Nevinnomyssk in southern Russia's Stavropol region for a second time in a week on {WD(d)}, the regional governor said, while officials in Kyiv said the site produced components for explosives.

Governor Vladimir Vladimirov said debris fell on the plant's grounds but no one was hurt. Russia's defence ministry said it had downed 112 drones overnight, most of them over the Bryansk and Kursk regions.""",
  [E("incident", "drone attack", d, Q("Nevinnomyssk", "RU", 44.63, 41.94), ["Ukraine"])],
  [MOS, KYV, Q("Stavropol", "RU", 45.04, 41.97), Q("Bryansk", "RU", 53.25, 34.37), Q("Kursk", "RU", 51.73, 36.19)],
  W + " The earlier attack 'a week' before is an undated back-reference. Stavropol: region name (~45 km). Bryansk/Kursk: interception regions.",
  ["dateline_not_event", "weekday_date", "back_reference", "facility", "admin_qualifier"]))

# 20 Diffa region, Niger - Chetimari
d = "2021-06-02"
add(D(R, 20, d, f"""NIAMEY, June 2 (Reuters) - Boko Haram fighters attacked an army post at Chetimari in Niger's southeastern Diffa region overnight, killing five soldiers, the defence ministry said on {WD(d)}. Seven militants were killed when the army counter-attacked, it said.

Thousands of refugees from Nigeria's Borno state live in camps around Diffa town, about 30 km away.""",
  [E("incident", "armed attack", [DAY(d, -1), d], Q("Chetimari", "NE", 13.18, 12.42), ["Boko Haram", "Niger army"])],
  [Q("Niamey", "NE", 13.51, 2.11), Q("Diffa", "NE", 13.32, 12.61), Q("Maiduguri", "NG", 11.85, 13.16)],
  W + " 'Overnight' → D-1..D. Diffa: region/town (~25 km, inside the radius). Borno: refugees' origin, pinned at Maiduguri.",
  ["dateline_not_event", "weekday_date", "date_range", "admin_qualifier", "origin_place"]))

# 21 Hobyo
d = "2022-10-30"
add(D(R, 21, d, f"""MOGADISHU, Oct 30 (Reuters) - Somali government forces and allied clan militia recaptured the port town of Harardhere from al Shabaab on {WD(d,-1)}, a regional official said, hours after the group had overrun an army base in the coastal town of Adale.

The assault on the Adale base on {WD(d,-1)} killed at least 14 soldiers, President Hassan Sheikh Mohamud said, speaking in Mogadishu.

Harardhere lies about 80 km south of Hobyo in Galmudug state.""",
  [E("incident", "armed attack", DAY(d, -1), Q("Adale", "SO", 2.76, 46.32, q="Cadale"), ["al Shabaab", "Somalia army"]),
   E("other", "territorial recapture", DAY(d, -1), Q("Harardhere", "SO", 4.65, 47.86, q="Xarardheere"), ["Somalia", "clan militia"], optional=True)],
  [Q("Mogadishu", "SO", 2.04, 45.34), Q("Hobyo", "SO", 5.35, 48.53)],
  W + " Composite: invented attack. Both on Saturday. Mogadishu: dateline and statement place. Harardhere recapture: optional (capture claim). Hobyo: distance reference.",
  ["dateline_not_event", "weekday_date", "multi_event", "capture_claim", "statement_place"]))

# 22 Tora Bora? -> Afghanistan: Nangarhar, Pul-e-Khumri mosque blast
d = "2023-10-14"
add(D(R, 22, d, f"""KABUL, Oct 14 (Reuters) - A bomb ripped through a Shi'ite mosque in the northern Afghan city of Pul-i-Khumri during {WD(d,-1)} prayers, killing at least seven worshippers, a Taliban spokesman said.

Islamic State claimed responsibility for the attack in Baghlan province on its Amaq news agency. Aid agencies in Herat are still struggling to shelter survivors of last week's earthquakes.""",
  [E("incident", "mosque bombing", DAY(d, -1), Q("Pul-i-Khumri", "AF", 35.94, 68.71, q="Pul-e Khumrī"), ["Islamic State", "civilians"]),
],
  [Q("Kabul", "AF", 34.53, 69.17), Q("Herat", "AF", 34.35, 62.20)],
  W + " 'Friday prayers' with a Saturday publication → Friday (2023-10-13). Herat: undated background (earthquakes).",
  ["dateline_not_event", "weekday_date", "religious_site", "background_event"]))

# 23 Lachine? -> Balkans: Banjska
d = "2023-09-24"
add(D(R, 23, d, f"""PRISTINA, Sept 24 (Reuters) - About 30 heavily armed gunmen barricaded themselves in a Serbian Orthodox monastery in the village of Banjska in northern Kosovo on {WD(d)} after a shootout in which a Kosovo police officer was killed, Prime Minister Albin Kurti said.

The attackers had earlier blocked a bridge at the village entrance with two trucks. Kurti said the gunmen were backed by Belgrade; Serbian President Aleksandar Vucic, speaking in Belgrade, said they were local Serbs.""",
  [E("incident", "armed attack", d, M("Banjska", 42.97, 20.79, "XK", "approximate, village north of Mitrovica"), ["gunmen", "Kosovo police"])],
  [Q("Pristina", "XK", 42.67, 21.17), Q("Belgrade", "RS", 44.80, 20.47)],
  W + " Belgrade: metonym and statement place.",
  ["dateline_not_event", "weekday_date", "village", "religious_site", "metonym"]))

# 24 Tak Bai? Thailand -> Narathiwat Rueso
d = "2024-03-08"
add(D(R, 24, d, f"""BANGKOK, March 8 (Reuters) - Suspected insurgents detonated a bomb beside a road in Rueso district of Thailand's southern Narathiwat province on {WD(d)} as a patrol of rangers passed, wounding five of them, police said.

The blast came a week before government negotiators are due to meet the Barisan Revolusi Nasional rebel group in Kuala Lumpur for a new round of peace talks.""",
  [E("incident", "roadside bomb", d, Q("Rueso", "TH", 6.41, 101.52, q="Rueso"), ["insurgents", "rangers"]),
],
  [Q("Bangkok", "TH", 13.75, 100.50), Q("Kuala Lumpur", "MY", 3.14, 101.69), Q("Narathiwat", "TH", 6.43, 101.82)],
  W + " Kuala Lumpur talks: future. Narathiwat: province seat (~33 km).",
  ["dateline_not_event", "weekday_date", "district", "future_event"]))

# 25 Tegucigalpa? Latin America: Ecuador Esmeraldas? -> Mexico: Frontera Comalapa
d = "2024-07-23"
add(D(R, 25, d, f"""MEXICO CITY, July 23 (Reuters) - Hundreds of residents fled the town of Tila in Mexico's southern state of Chiapas after armed men torched dozens of houses and clashed with local self-defence groups on {WD(d,-1)} and {WD(d)}, state officials said.

Many of the displaced took refuge in Salto de Agua and in neighbouring Tabasco, officials said. The violence was linked to a feud over land and control of drug routes toward Guatemala.""",
  [E("incident", "arson and clashes", [DAY(d, -1), d], Q("Tila", "MX", 17.30, -92.43), ["gunmen", "self-defence groups"])],
  [Q("Mexico City", "MX", 19.43, -99.13), Q("Salto de Agua", "MX", 17.55, -92.34), Q("Villahermosa", "MX", 17.99, -92.93)],
  W + " Two-day range. Refuges: Salto de Agua (~30 km) and Tabasco (pinned at Villahermosa). Guatemala: direction only.",
  ["dateline_not_event", "weekday_date", "date_range", "refuge_place"]))

# 26 Lusaka meeting
d = "2023-08-22"
add(D(R, 26, d, f"""JOHANNESBURG, Aug 22 (Reuters) - Zambian President Hakainde Hichilema hosted South African President Cyril Ramaphosa in the tourist town of Livingstone, near the Victoria Falls, on {WD(d)}, before both leaders flew on to the BRICS summit venue in Sandton.

The two signed agreements on energy and a new border post at Kazungula, Ramaphosa's office said. A joint news conference planned for the afternoon was called off.""",
  [E("meeting", "bilateral", d, Q("Livingstone", "ZM", -17.84, 25.86), ["Zambia", "South Africa"])],
  [Q("Johannesburg", "ZA", -26.20, 28.05), M("Sandton", -26.11, 28.05, "ZA", "approximate, northern Johannesburg business district"), Q("Kazungula", "ZM", -17.78, 25.27)],
  W + " Composite: invented meeting. Sandton: where they flew on to. Kazungula: topic (border post, ~60 km). The cancelled news conference is not an event.",
  ["dateline_not_event", "weekday_date", "cancelled_event", "topic_place", "non_capital_seat"]))

# 27 Juba? -> South Sudan: Nasir prior. use Malakal? Use Ethiopia: Gambella
d = "2022-06-15"
add(D(R, 27, d, f"""ADDIS ABABA, June 15 (Reuters) - Rebels from the Oromo Liberation Army and the Gambella Liberation Front launched a joint attack on Gambella town in western Ethiopia on {WD(d,-1)}, residents said, with heavy gunfire lasting several hours before government forces repelled them.

The regional government said on {WD(d)} that the attackers had withdrawn toward the border with South Sudan. The OLA has been blamed for a massacre of ethnic Amhara villagers in Oromiya's Gimbi district this month, a charge it denies.""",
  [E("incident", "armed attack", DAY(d, -1), Q("Gambela", "ET", 8.25, 34.59), ["OLA", "GLF", "Ethiopia army"])],
  [Q("Addis Ababa", "ET", 9.03, 38.74), Q("Gimbi", "ET", 9.17, 35.84)],
  W + " Gimbi massacre 'this month' is an undated back-reference, denied. South Sudan: direction.",
  ["dateline_not_event", "weekday_date", "said_on_weekday", "back_reference", "denial"]))

# 28 Kharkiv region: Zolochiv
d = "2024-08-05"
add(D(R, 28, d, f"""KYIV, Aug 5 (Reuters) - Russian forces struck the town of Krasnohrad in Ukraine's Kharkiv region with a guided aerial bomb on {WD(d,-1)}, damaging a hospital and wounding three people, the regional governor said on {WD(d)}.

The governor, speaking in Kharkiv, said the town had not been hit since a missile strike on its railway depot last winter.""",
  [E("incident", "guided bomb strike", DAY(d, -1), Q("Krasnohrad", "UA", 49.37, 35.45, q="Krasnohrad"), ["Russia"])],
  [KYV, Q("Kharkiv", "UA", 49.99, 36.23)],
  W + " Composite. Kharkiv: region and statement place (~95 km). The railway depot strike 'last winter': undated back-reference.",
  ["dateline_not_event", "weekday_date", "said_on_weekday", "back_reference", "statement_place"]))

# 29 Hermel -> Lebanon: Jiyeh
d = "2024-10-03"
add(D(R, 29, d, f"""BEIRUT, Oct 3 (Reuters) - An Israeli strike hit a health centre in Beirut's Bachoura district in the early hours of {WD(d)}, killing at least nine people, Lebanon's health ministry said, the closest strike to central Beirut since the conflict began.

Hezbollah said its fighters had clashed with Israeli troops at the border village of Kfarchouba, while Israel's military said it had killed members of an elite unit near Markaba earlier in the week.""",
  [E("incident", "airstrike", d, M("Bachoura, Beirut", 33.89, 35.50, "LB", "approximate, central Beirut district"), ["Israel", "civilians"], alts=[Q("Beirut", "LB", 33.89, 35.50)]),
   E("incident", "ground clashes", [DAY(d, -1), d], M("Kfarchouba", 33.32, 35.73, "LB", "approximate, village on the slopes of Mount Hermon, Hasbaya district"), ["Hezbollah", "Israel"])],
  [M("Markaba", 33.21, 35.53, "LB", "approximate, village in Marjayoun district")],
  W + " Beirut is both the dateline and the strike city (Bachoura pinned, Beirut as alternate). The Kfarchouba clash has no day: D-1..D. Markaba 'earlier in the week': not dated, not gold.",
  ["dateline_is_event", "weekday_date", "neighbourhood", "multi_event", "back_reference"]))

# 30 Tehran? Gulf: Fujairah
d = "2019-05-13"
add(D(R, 30, d, f"""DUBAI, May 13 (Reuters) - Four commercial ships were damaged by "sabotage" off the coast of the emirate of Fujairah on {WD(d,-1)}, the United Arab Emirates said, two of them Saudi oil tankers.

Saudi Energy Minister Khalid al-Falih said in Riyadh that one of the tankers had been on its way to load crude at Ras Tanura. Iran's foreign ministry called the incident "worrying" and called for an investigation.""",
  [E("incident", "sabotage of ships", DAY(d, -1), Q("Fujairah", "AE", 25.12, 56.33, q="Al Fujayrah"), ["unknown"])],
  [Q("Dubai", "AE", 25.20, 55.27), Q("Riyadh", "SA", 24.69, 46.72), Q("Ras Tanura", "SA", 26.64, 50.16, q="Ra's Tannurah")],
  W + " Ships off Fujairah, pinned at the port. Ras Tanura: the tanker's destination. Iran: country only.",
  ["dateline_not_event", "weekday_date", "destination_place", "statement_place"]))
