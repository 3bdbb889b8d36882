from lib import *
R = "wire"
DOCS = []
add = DOCS.append
W = "Wire story written for blind13: the dateline city is a non-event place unless the text puts the event there. Composite or invented. "


def N(num, d, text, events, nonev, note, tags):
    add(D(R, num, d, text, events, nonev, W + note, ["wire"] + tags))


# 1 Akre
d = "2022-09-14"
N(1, d, f"""ERBIL, Iraq, Sept 14 (Reuters) - A drone hit a car on the road outside Akre in the Kurdistan Region's Duhok province on {WD(d,-1)} afternoon, killing the driver and a passenger, the region's interior ministry said on {WD(d)}.

The ministry described the two men as members of a Yazidi armed group linked to the PKK and said the drone had come from across the border. Turkey's defence ministry declined to comment. A third man, a shepherd, was treated for shrapnel wounds at the Azadi hospital in Duhok.

Ankara says the PKK uses bases in northern Iraq to stage attacks inside Turkey.""",
  [E("incident", "drone strike", DAY(d, -1), Q("Akre", "IQ", 36.74, 43.88, q="Aqrah"), ["Türkiye", "PKK-linked group"])],
  [Q("Erbil", "IQ", 36.19, 44.01), Q("Duhok", "IQ", 36.87, 42.99, q="Dihok"), Q("Ankara", "TR", 39.92, 32.85)],
  "Strike Tuesday afternoon, statement Wednesday. Duhok: hospital (~80 km). Ankara: metonym.",
  ["dateline_not_event", "weekday_date", "said_on_weekday", "hospital_other_city", "kurdistan", "metonym"])

# 2 Al-Shaafa
d = "2023-02-21"
N(2, d, f"""BEIRUT, Feb 21 (Reuters) - Islamic State fighters ambushed a patrol of the U.S.-backed Syrian Democratic Forces near the town of al-Shaafa on the eastern bank of the Euphrates on {WD(d,-1)} night, killing four SDF members, the group said.

An SDF spokesman in Raqqa said the attackers fled into the desert towards the Iraqi border after a two-hour gunfight. The area around Hajin and al-Shaafa was the last territory held by Islamic State in Syria until the group's defeat at Baghouz in 2019.""",
  [E("incident", "ambush, armed clash", DAY(d, -1), M("al-Shaafa", 34.62, 40.82, "SY", "approximate, town on the east bank of the Euphrates between Hajin and al-Susah"), ["ISIS", "SDF"])],
  [Q("Beirut", "LB", 33.89, 35.50), Q("Raqqa", "SY", 35.95, 39.01, q="Ar Raqqah"), Q("Hajin", "SY", 34.69, 40.83), Q("Baghouz", "SY", 34.46, 40.95, q="Al Baghuz Fawqani")],
  "Monday night. Raqqa: statement place. Hajin: area qualifier (~8 km, inside radius). Baghouz: 2019 background, year only.",
  ["dateline_not_event", "weekday_date", "statement_place", "background_event"])

# 3 Ain Ebel + Rmeish
d = "2023-11-29"
N(3, d, f"""BEIRUT, Nov 29 (Reuters) - Israeli shells struck the outskirts of the Christian villages of Ain Ebel and Rmeish in south Lebanon on {WD(d,-1)}, damaging an olive press and wounding a farmer, the state news agency NNA said, hours before a truce in Gaza was due to be extended.

Residents of Rmeish have urged armed groups not to fire from their land. The Israeli military said it had fired at the sources of an anti-tank missile launched at a post near Shtula earlier in the day.""",
  [E("incident", "shelling", DAY(d, -1), Q("Ain Ebel", "LB", 33.11, 35.40), ["Israel"]),
   E("incident", "shelling", DAY(d, -1), M("Rmeish", 33.08, 35.37, "LB", "approximate, border village south-west of Ain Ebel"), ["Israel", "civilians"])],
  [Q("Beirut", "LB", 33.89, 35.50), M("Shtula", 33.085, 35.31, "IL", "approximate, moshav on the border")],
  "Two named villages: two events on Tuesday. Shtula: the missile launch 'earlier in the day' is the cause, left as non-event (~6 km from Rmeish, inside the radius anyway). The Gaza truce: topic.",
  ["dateline_not_event", "weekday_date", "multi_event", "back_reference"])

# 4 Tal al-Sultan
d = "2024-06-02"
N(4, d, f"""CAIRO, June 2 (Reuters) - An Israeli air strike hit tents sheltering displaced families in the Tal al-Sultan district of western Rafah overnight, killing at least nine people, Gaza's civil emergency service said on {WD(d)}.

Medics said the wounded were carried to a field hospital run by the International Committee of the Red Cross in al-Mawasi, because the main hospitals in Rafah had shut. Negotiators from Egypt, Qatar and the United States are expected to meet in Cairo next week to discuss a ceasefire proposal.""",
  [E("incident", "air strike", [DAY(d, -1), d], M("Tal al-Sultan", 31.31, 34.235, "PS", "approximate, district in western Rafah"), ["Israel", "displaced civilians"])],
  [Q("Cairo", "EG", 30.04, 31.24), M("al-Mawasi", 31.35, 34.26, "PS", "approximate, coastal strip west of Khan Younis")],
  "Overnight → D-1..D. al-Mawasi: hospital (~5 km). Cairo: dateline and a future meeting.",
  ["dateline_not_event", "overnight", "hospital", "future_event"])

# 5 Sa'ir
d = "2022-12-07"
N(5, d, f"""JERUSALEM, Dec 7 (Reuters) - A Palestinian man was shot dead during an Israeli army raid in the town of Sa'ir, north-east of Hebron, early on {WD(d)}, the Palestinian health ministry said.

The army said soldiers came under fire while arresting a suspect and returned fire. Palestinian officials in Ramallah called the killing an execution. The man's cousin had been killed at a checkpoint outside Hebron in October.""",
  [E("incident", "raid, shooting", d, Q("Sa'ir", "PS", 31.58, 35.14), ["Israel army", "Palestinians"])],
  [Q("Jerusalem", "IL", 31.78, 35.22), Q("Hebron", "PS", 31.53, 35.10), Q("Ramallah", "PS", 31.90, 35.20)],
  "Early Wednesday, same day. Hebron: reference and an October killing (month only, undated background). Ramallah: statement place.",
  ["dateline_not_event", "weekday_date", "near_place", "background_event", "statement_place"])

# 6 Al-Khawkha
d = "2021-04-18"
N(6, d, f"""ADEN, Yemen, April 18 (Reuters) - A Houthi drone laden with explosives crashed into a military camp of the government-allied Joint Forces at al-Khawkha on Yemen's Red Sea coast on {WD(d,-1)}, killing two soldiers, a military spokesman said.

The spokesman, speaking from Mokha, said the Houthis had also shelled farms south of Hays. The Saudi-led coalition, which backs the government, said it would respond to what it called a breach of the Hodeidah agreement.""",
  [E("incident", "drone attack", DAY(d, -1), Q("al-Khawkha", "YE", 13.81, 43.25, q="Al Khawkhah"), ["Houthis", "Joint Forces"])],
  [Q("Aden", "YE", 12.78, 45.04), Q("Mokha", "YE", 13.32, 43.25, q="Al Mukha"), Q("Hodeidah", "YE", 14.80, 42.95, q="Al Hudaydah")],
  "Saturday. Mokha: statement place (~55 km). The shelling south of Hays has no day and is not pinned (Hays ~30 km, not listed). Hodeidah: metonym (the agreement). Coalition response: future.",
  ["dateline_not_event", "weekday_date", "statement_place", "metonym", "future_event"])

# 7 Oshnavieh
d = "2022-10-03"
N(7, d, f"""DUBAI, Oct 3 (Reuters) - Iran's Revolutionary Guards said on {WD(d)} they had killed three members of a Kurdish opposition group in a clash near the town of Oshnavieh in West Azerbaijan province, close to the Iraqi border.

The Guards said the men had crossed from Iraq carrying weapons. Iran has fired missiles and drones at Kurdish groups' camps in northern Iraq, accusing them of fuelling the protests that followed the death in custody of Mahsa Amini, a young Kurdish woman from Saqqez.""",
  [E("incident", "armed clash", [DAY(d, -1), d], Q("Oshnavieh", "IR", 37.04, 45.10, q="Oshnaviyeh"), ["IRGC", "Kurdish opposition"])],
  [Q("Dubai", "AE", 25.08, 55.31), Q("Saqqez", "IR", 36.25, 46.27)],
  "A clash with no day, reported on Monday: D-1..D (a judgement call). Saqqez: home town qualifying a person. The missile campaign in Iraq: undated background, country only.",
  ["dateline_not_event", "said_on_weekday", "home_town", "background_event"])

# 8 Semdinli
d = "2019-07-23"
N(8, d, f"""ISTANBUL, July 23 (Reuters) - Kurdish militants attacked a Turkish military outpost in the Semdinli district of Hakkari province near the Iraqi and Iranian borders on {WD(d,-1)}, killing two soldiers, the defence ministry in Ankara said.

Turkish jets later struck militant positions across the border in northern Iraq, the ministry said, without giving locations. The attack came a week after gunmen killed a Turkish diplomat at a restaurant in Erbil.""",
  [E("incident", "armed attack", DAY(d, -1), Q("Semdinli", "TR", 37.30, 44.57), ["PKK", "Türkiye army"])],
  [Q("Istanbul", "TR", 41.01, 28.95), Q("Ankara", "TR", 39.92, 32.85), Q("Erbil", "IQ", 36.19, 44.01), Q("Hakkari", "TR", 37.58, 43.74)],
  "Monday. The cross-border strikes have no place. Hakkari: province qualifier. Erbil: an earlier killing 'a week' before, undated background.",
  ["dateline_not_event", "weekday_date", "admin_qualifier", "background_event", "statement_place"])

# 9 Samtah
d = "2020-08-30"
N(9, d, f"""RIYADH, Aug 30 (Reuters) - Shells fired from Yemen landed in a residential area of Samtah in Saudi Arabia's southern Jazan province on {WD(d)}, wounding five residents including a Yemeni and a Bangladeshi worker, the civil defence said.

The coalition said it had intercepted a drone launched towards Dhahran al-Janub the same day and accused the Houthis of launching their attacks from Saada province.""",
  [E("incident", "cross-border shelling", d, Q("Samtah", "SA", 16.60, 42.94, q="Samitah"), ["Houthis", "civilians"]),
   E("incident", "drone interception", d, M("Dhahran al-Janub", 17.67, 43.51, "SA", "approximate, town in Asir near the Yemeni border"), ["Houthis", "Saudi air defence"], optional=True)],
  [Q("Riyadh", "SA", 24.69, 46.72), Q("Saada", "YE", 16.94, 43.76, q="Sa'dah")],
  "Sunday. A Yemeni and a Bangladeshi: nationalities. The interception towards Dhahran al-Janub is optional (target-side pin). Saada: launch origin.",
  ["dateline_not_event", "weekday_date", "nationalities", "launch_origin", "interception"])

# 10 Kolomyia
d = "2024-08-27"
N(10, d, f"""KYIV, Aug 27 (Reuters) - A Russian missile hit an energy facility near Kolomyia in western Ukraine's Ivano-Frankivsk region on {WD(d)} morning, setting it on fire, the regional governor said, as Moscow launched its second mass strike in two days.

Ukraine's air force said it had shot down most of the drones fired overnight over central regions. Energy minister officials in Kyiv said emergency power cuts would continue on {WD(d,1)}.""",
  [E("incident", "missile strike", d, Q("Kolomyia", "UA", 48.53, 25.04), ["Russia", "energy facility"])],
  [Q("Kyiv", "UA", 50.45, 30.52), Q("Ivano-Frankivsk", "UA", 48.92, 24.71), Q("Moscow", "RU", 55.75, 37.62)],
  "Tuesday morning. Ivano-Frankivsk: region qualifier (~50 km). Moscow: metonym. Power cuts on Wednesday: future.",
  ["dateline_not_event", "weekday_date", "admin_qualifier", "metonym", "future_event"])

# 11 Stryi
d = "2025-03-08"
N(11, d, f"""LVIV, Ukraine, March 8 (Reuters) - Russian drones struck a gas compressor station outside Stryi in the Lviv region before dawn on {WD(d)}, the state gas company Naftogaz said, in the latest of a series of attacks on Ukraine's gas production and storage.

No one was hurt. A company statement said repairs had started. Poland scrambled aircraft as the drones approached the border, its military said from Warsaw.""",
  [E("incident", "drone strike", d, Q("Stryi", "UA", 49.26, 23.85), ["Russia", "Naftogaz"])],
  [Q("Lviv", "UA", 49.84, 24.03), Q("Warsaw", "PL", 52.23, 21.01)],
  "Before dawn Saturday. Lviv: dateline and region name (~65 km). Poland's scramble: no place, Warsaw statement place.",
  ["dateline_not_event", "weekday_date", "before_dawn", "statement_place"])

# 12 Trubchevsk
d = "2023-05-04"
N(12, d, f"""MOSCOW, May 4 (Reuters) - Ukrainian shelling killed a man and damaged a power line near Trubchevsk in Russia's Bryansk region on {WD(d,-1)}, the regional governor said, a day after Moscow accused Kyiv of trying to strike the Kremlin with drones.

The governor, writing from Bryansk, said several villages in the Trubchevsk district had been left without electricity. Ukraine does not usually comment on attacks inside Russia.""",
  [E("incident", "shelling", DAY(d, -1), Q("Trubchevsk", "RU", 52.58, 33.77), ["Ukraine", "civilians"])],
  [Q("Moscow", "RU", 55.75, 37.62), Q("Bryansk", "RU", 53.25, 34.37)],
  "Wednesday. The Kremlin drone claim is a back-reference in Moscow (dateline point). Bryansk: statement place (~85 km).",
  ["dateline_not_event", "weekday_date", "back_reference", "statement_place"])

# 13 Michurinsk
d = "2024-09-11"
N(13, d, f"""MOSCOW, Sept 11 (Reuters) - Air defence units shot down drones over Michurinsk in Russia's Tambov region overnight, and falling debris set fire to a warehouse, the regional governor said on {WD(d)}.

Russia's defence ministry said 144 Ukrainian drones had been downed over eight regions, including 20 over the Moscow region. Ukraine's general staff said it had targeted fuel depots used to supply Russian forces.""",
  [E("incident", "drone attack, debris fire", [DAY(d, -1), d], Q("Michurinsk", "RU", 52.91, 40.48), ["Ukraine", "Russia air defence"], optional=True)],
  [Q("Moscow", "RU", 55.75, 37.62), Q("Tambov", "RU", 52.72, 41.45)],
  "Interception and debris: optional, no scored gold. The Moscow region figure has no place. Tambov: region name.",
  ["dateline_not_event", "overnight", "interception", "debris", "no_scored_gold"])

# 14 Hombori
d = "2023-01-10"
N(14, d, f"""BAMAKO, Jan 10 (Reuters) - Suspected jihadists attacked a convoy of trucks escorted by Malian soldiers near Hombori on the road between Mopti and Gao on {WD(d,-1)}, killing at least eight soldiers and two civilian drivers, two security sources said.

The attackers burned several fuel tankers, the sources said. The army later said in a statement that it had "neutralised" 20 assailants in the area. Mali's junta has relied on Russian forces since French troops left in 2022.""",
  [E("incident", "ambush", DAY(d, -1), M("Hombori", 15.28, -1.70, "ML", "approximate, town on the Mopti-Gao road"), ["JNIM", "Mali army", "civilians"])],
  [Q("Bamako", "ML", 12.65, -8.00), Q("Mopti", "ML", 14.49, -4.20), Q("Gao", "ML", 16.27, -0.04)],
  "Monday. Mopti and Gao: road ends (the road is pinned at Hombori, the named town). French withdrawal: background.",
  ["dateline_not_event", "weekday_date", "road_endpoints", "background_event"])

# 15 Mani
d = "2024-10-08"
N(15, d, f"""OUAGADOUGOU, Oct 8 (Reuters) - Gunmen killed dozens of civilians in an attack on the town of Mani in eastern Burkina Faso, local residents said on {WD(d)}, in what would be one of the deadliest assaults this year.

Survivors reached by telephone said the attackers went from house to house after a market day that ended on {WD(d,-3)} night. The wounded were taken to Fada N'Gourma, about 140 km to the south-east. The government did not comment.""",
  [E("incident", "massacre", DAY(d, -3), Q("Mani", "BF", 13.26, -0.21), ["jihadists", "civilians"])],
  [Q("Ouagadougou", "BF", 12.37, -1.53), Q("Fada N'Gourma", "BF", 12.06, 0.36, q="Fada N'gourma")],
  "The attack is dated to the Saturday night in the text, reported Tuesday. Fada N'Gourma: hospital town.",
  ["dateline_not_event", "weekday_date", "hospital_other_city"])

# 16 Torodi
d = "2023-08-16"
N(16, d, f"""NIAMEY, Aug 16 (Reuters) - At least 17 Nigerien soldiers were killed and 20 wounded when their unit was ambushed near Torodi, close to the border with Burkina Faso, on {WD(d,-1)}, the defence ministry said.

The wounded were evacuated to Niamey. It was the deadliest attack since the military seized power last month. West African heads of state are due to discuss a possible intervention at a meeting in Accra later this week.""",
  [E("incident", "ambush", DAY(d, -1), Q("Torodi", "NE", 13.12, 1.80), ["jihadists", "Niger army"])],
  [Q("Niamey", "NE", 13.51, 2.11), Q("Accra", "GH", 5.56, -0.20)],
  "Tuesday. Niamey: evacuation destination and dateline. Accra: future meeting.",
  ["dateline_not_event", "weekday_date", "future_event"])

# 17 Safana
d = "2021-06-28"
N(17, d, f"""KANO, Nigeria, June 28 (Reuters) - Armed bandits on motorcycles killed 11 villagers and abducted more than 30 in a raid on communities in the Safana local government area of Katsina state late on {WD(d,-1)}, police said.

A police spokesman in Katsina said officers had been deployed to the area. Katsina, home state of President Muhammadu Buhari, has seen a surge of kidnappings; in December, gunmen seized more than 300 boys from a school in Kankara.""",
  [E("incident", "bandit raid, abductions", DAY(d, -1), Q("Safana", "NG", 12.41, 7.42), ["bandits", "civilians"])],
  [Q("Kano", "NG", 12.00, 8.52), Q("Katsina", "NG", 12.99, 7.60), Q("Kankara", "NG", 11.93, 7.41)],
  "Late Sunday. LGA pinned at its seat. Katsina: statement place and home state. Kankara: month-only December background.",
  ["dateline_not_event", "weekday_date", "late_on", "district", "background_event"])

# 18 Muyuka
d = "2020-11-25"
N(18, d, f"""YAOUNDE, Nov 25 (Reuters) - Separatist fighters killed two gendarmes at a checkpoint in Muyuka in Cameroon's English-speaking Southwest region on {WD(d,-1)}, the regional governor said in Buea.

The governor said troops had pursued the attackers into plantations outside the town. Anglophone separatists have been fighting to form a breakaway state since 2017.""",
  [E("incident", "armed attack", DAY(d, -1), Q("Muyuka", "CM", 4.29, 9.41), ["Ambazonian separatists", "Cameroon gendarmerie"])],
  [Q("Yaounde", "CM", 3.87, 11.52, q="Yaoundé"), Q("Buea", "CM", 4.16, 9.24)],
  "Tuesday. Buea: statement place (~23 km, inside radius).",
  ["dateline_not_event", "weekday_date", "statement_place"])

# 19 Qandala
d = "2024-06-03"
N(19, d, f"""MOGADISHU, June 3 (Reuters) - The U.S. military said on {WD(d)} it had carried out an air strike against Islamic State fighters in mountains about 25 km south-west of Qandala in Somalia's semi-autonomous Puntland region on {WD(d,-2)}, killing three militants.

Puntland officials in Bosaso said their forces had also been fighting the group in the area. No civilians were hurt, U.S. Africa Command said in a statement issued from Stuttgart.""",
  [E("incident", "air strike", DAY(d, -2), OFF("25 km south-west of Qandala", Q("Qandala", "SO", 11.47, 49.87), 25, 225), ["United States", "ISIS-Somalia"])],
  [Q("Mogadishu", "SO", 2.04, 45.34), Q("Bosaso", "SO", 11.28, 49.18, q="Bosaso"), Q("Stuttgart", "DE", 48.78, 9.18)],
  "Saturday strike, announced Monday. Pinned 25 km south-west of Qandala (offset computed). Bosaso: statement place. Stuttgart: statement place.",
  ["dateline_not_event", "weekday_date", "offset", "statement_place"])

# 20 Lafey
d = "2022-05-17"
N(20, d, f"""NAIROBI, May 17 (Reuters) - A roadside bomb hit a Kenyan police vehicle near Lafey in Mandera county on {WD(d)}, killing three officers, police said, blaming Somalia's al Shabaab militants.

The wounded were flown to Mandera town. Kenyan police have been repeatedly targeted along the Somali border since Kenya sent troops into Somalia in 2011.""",
  [E("incident", "IED", d, Q("Lafey", "KE", 3.15, 41.19), ["al-Shabaab", "Kenya police"])],
  [Q("Nairobi", "KE", -1.29, 36.82), Q("Mandera", "KE", 3.94, 41.86)],
  "Tuesday, same day. Mandera: county qualifier and evacuation destination (~115 km).",
  ["dateline_not_event", "weekday_date", "admin_qualifier", "hospital_other_city"])

# 21 Bure
d = "2023-11-15"
N(21, d, f"""ADDIS ABABA, Nov 15 (Reuters) - A drone strike hit a busy street in the town of Bure in Ethiopia's Amhara region on {WD(d,-2)}, killing at least six people, two residents and a health worker said, as fighting between the federal army and Fano militiamen continues.

The wounded were taken to Bahir Dar, about 150 km away. Government spokespeople did not respond. An earlier drone strike in the region killed more than 20 people in August, according to the United Nations.""",
  [E("incident", "drone strike", DAY(d, -2), Q("Bure", "ET", 10.70, 37.07), ["Ethiopia army", "civilians"])],
  [Q("Addis Ababa", "ET", 9.02, 38.75), Q("Bahir Dar", "ET", 11.59, 37.39)],
  "Monday. Bahir Dar: hospital. The August strike: month only, no place, background.",
  ["dateline_not_event", "weekday_date", "hospital_other_city", "background_event"])

# 22 Tendelti
d = "2024-04-22"
N(22, d, f"""CAIRO, April 22 (Reuters) - Fighters of Sudan's Rapid Support Forces attacked villages east of Tendelti in White Nile state over the weekend, killing at least 12 people and looting livestock, a local resistance committee said on {WD(d)}.

Thousands of people fled towards Kosti, the committee said. The RSF, which has been at war with the army since April 2023, denied targeting civilians in a statement posted from Khartoum.""",
  [E("incident", "armed attack, looting", [DAY(d, -2), DAY(d, -1)], Q("Tendelti", "SD", 13.02, 31.87, q="Tandalti"), ["RSF", "civilians"])],
  [Q("Cairo", "EG", 30.04, 31.24), Q("Kosti", "SD", 13.16, 32.66), Q("Khartoum", "SD", 15.55, 32.53)],
  "Weekend → Saturday-Sunday range. Unnamed villages east of Tendelti pinned at Tendelti. Kosti: refuge. Khartoum: statement place.",
  ["dateline_not_event", "weekend", "refuge_place", "denial", "statement_place"])

# 23 Kiwanja
d = "2022-10-29"
N(23, d, f"""GOMA, Congo, Oct 29 (Reuters) - M23 rebels seized the town of Kiwanja in eastern Congo's North Kivu province after heavy fighting with the army on {WD(d)}, residents and a local official said, pushing thousands of people to flee.

The United Nations mission said its peacekeepers had withdrawn from a base near Rumangabo. Congo's government expelled Rwanda's ambassador, accusing Kigali of backing the rebels, which Rwanda denies.""",
  [E("incident", "armed clashes", d, M("Kiwanja", -1.17, 29.46, "CD", "approximate, town next to Rutshuru"), ["M23", "FARDC"])],
  [Q("Goma", "CD", -1.68, 29.22), M("Rumangabo", -1.33, 29.37, "CD", "approximate, army camp south of Rutshuru"), Q("Kigali", "RW", -1.95, 30.06)],
  "Saturday, same day. The capture is reported with heavy fighting: scored as clashes. Rumangabo: a withdrawal with no day (~20 km). Kigali: metonym.",
  ["dateline_not_event", "weekday_date", "metonym", "capture"])

# 24 Nairoto
d = "2021-11-23"
N(24, d, f"""MAPUTO, Nov 23 (Reuters) - Islamic State-linked insurgents raided the village of Nairoto in Mozambique's Cabo Delgado province on {WD(d,-3)}, beheading two men and burning houses, police and a humanitarian source said.

Rwandan and Mozambican troops were sent to the area from Montepuez, the police said. A spokesman in Pemba said the insurgents had been pushed out of their former base at Mocimboa da Praia in August.""",
  [E("incident", "insurgent raid", DAY(d, -3), M("Nairoto", -12.42, 39.08, "MZ", "approximate, mining village in Montepuez district, north-east of Montepuez"), ["ISIS-Mozambique", "civilians"])],
  [Q("Maputo", "MZ", -25.97, 32.57), Q("Montepuez", "MZ", -13.13, 39.00), Q("Pemba", "MZ", -12.97, 40.52), Q("Mocimboa da Praia", "MZ", -11.35, 40.35, q="Mocímboa")],
  "Saturday. Montepuez: reinforcement origin (~80 km). Pemba: statement place. Mocimboa da Praia: August recapture, background.",
  ["dateline_not_event", "weekday_date", "origin_place", "background_event", "nationalities"])

# 25 Ampatuan
d = "2022-03-31"
N(25, d, f"""COTABATO CITY, Philippines, March 31 (Reuters) - Soldiers clashed with about 30 fighters of the Bangsamoro Islamic Freedom Fighters in Ampatuan town in Maguindanao province on {WD(d,-1)}, leaving four militants and a soldier dead, an army brigade spokesman said.

Residents of two villages fled to evacuation centres in Shariff Aguak, the municipal government said. Peace talks with the Moro Islamic Liberation Front, a separate group, led to the creation of the Bangsamoro region in 2019.""",
  [E("incident", "armed clash", DAY(d, -1), Q("Ampatuan", "PH", 6.87, 124.47), ["Philippines army", "BIFF"])],
  [Q("Cotabato City", "PH", 7.22, 124.25, q="Cotabato"), Q("Shariff Aguak", "PH", 6.86, 124.44, q="Maganoy")],
  "Wednesday. Shariff Aguak: refuge (~3 km, inside radius). Bangsamoro creation: background.",
  ["dateline_not_event", "weekday_date", "refuge_place", "background_event"])

# 26 Shigal
d = "2024-12-26"
N(26, d, f"""KABUL, Dec 26 (Reuters) - Pakistani artillery shells landed in the Shigal district of Afghanistan's eastern Kunar province on {WD(d,-1)}, wounding a woman and two children, a Taliban provincial spokesman said in Asadabad.

The shelling came two days after Pakistani air strikes on the Gomal district of Paktika province, which the Taliban said killed dozens of civilians. Pakistan's foreign ministry in Islamabad said it was acting against militants who attack Pakistan from Afghan soil.""",
  [E("incident", "cross-border shelling", DAY(d, -1), M("Shigal", 34.98, 71.32, "AF", "approximate, district centre north-east of Asadabad on the Kunar river"), ["Pakistan army", "civilians"]),
   E("incident", "air strikes", DAY(d, -3), M("Gomal", 32.51, 68.86, "AF", "approximate, district in southern Paktika"), ["Pakistan", "Pakistani Taliban", "civilians"], optional=True)],
  [Q("Kabul", "AF", 34.53, 69.17), Q("Asadabad", "AF", 34.87, 71.15), Q("Islamabad", "PK", 33.72, 73.06)],
  "Wednesday. Gomal 'two days' before the shelling (D-3) is dated but separate background: optional. Asadabad: statement place (~20 km, inside radius). Islamabad: metonym.",
  ["dateline_not_event", "weekday_date", "statement_place", "dated_background", "metonym"])

# 27 Tabayin
d = "2023-04-14"
N(27, d, f"""BANGKOK, April 14 (Reuters) - A Myanmar military jet bombed a village in the Tabayin township of Sagaing region on {WD(d,-2)}, killing at least nine people who had gathered for a school opening, a resistance official and a resident said.

The junta's spokesman in Naypyitaw did not answer calls. Earlier this week more than 100 people were reported killed in an air strike on a ceremony in Pazigyi village in nearby Kanbalu township.""",
  [E("incident", "air strike", DAY(d, -2), M("Tabayin", 22.70, 95.33, "MM", "approximate, township town west of Shwebo"), ["Myanmar military", "civilians"])],
  [Q("Bangkok", "TH", 13.75, 100.50), Q("Naypyitaw", "MM", 19.75, 96.13, q="Nay Pyi Taw"), M("Pazigyi", 23.14, 95.51, "MM", "approximate, village in Kanbalu township")],
  "Wednesday; unnamed village pinned at the township town. Pazigyi: 'earlier this week', an undated back-reference (~50 km).",
  ["dateline_not_event", "weekday_date", "district", "back_reference"])

# 28 Timba
d = "2025-01-20"
N(28, d, f"""BOGOTA, Jan 20 (Reuters) - Dissidents of the former FARC rebel group attacked a police station in Timba, a village in the southwestern province of Cauca, with explosives launched from drones on {WD(d,-1)}, wounding two officers, police said.

The attack came as the government suspended peace talks with the ELN guerrillas after fighting in the Catatumbo region killed dozens. Wounded officers were taken to hospital in Cali.""",
  [E("incident", "drone attack", DAY(d, -1), M("Timba", 3.14, -76.63, "CO", "approximate, village in Buenos Aires municipality, Cauca"), ["FARC dissidents", "Colombia police"])],
  [Q("Bogota", "CO", 4.61, -74.08, q="Bogotá"), Q("Cali", "CO", 3.44, -76.52), M("Catatumbo", 8.65, -73.05, "CO", "approximate, region in Norte de Santander")],
  "Sunday. Catatumbo: undated background region. Cali: hospital (~35 km, inside radius).",
  ["dateline_not_event", "weekday_date", "hospital_other_city", "background_event"])

# 29 Chinicuila
d = "2023-07-12"
N(29, d, f"""MEXICO CITY, July 12 (Reuters) - Gunmen from a drug cartel attacked soldiers with explosives dropped from drones in the municipality of Chinicuila in the western state of Michoacan on {WD(d,-1)}, injuring four, Mexico's defence ministry said.

The state prosecutor's office in Morelia said it had opened an investigation. Residents of nearby villages have fled to Colima in recent months as cartels fight for control of the region.""",
  [E("incident", "drone attack", DAY(d, -1), Q("Chinicuila", "MX", 18.76, -103.37, q="Villa Victoria"), ["cartel", "Mexico army"])],
  [Q("Mexico City", "MX", 19.43, -99.13), Q("Morelia", "MX", 19.70, -101.18), Q("Colima", "MX", 19.24, -103.73)],
  "Tuesday. Municipality pinned at its seat, Villa Victoria (gazetteer). Morelia: statement place. Colima: undated refuge.",
  ["dateline_not_event", "weekday_date", "district", "refuge_place"])

# 30 Druskininkai (meeting)
d = "2024-05-27"
N(30, d, f"""VILNIUS, May 27 (Reuters) - The presidents of Lithuania and Poland met in the Lithuanian spa town of Druskininkai on {WD(d)} to discuss the defence of the Suwalki Gap, the narrow strip of land between Belarus and Russia's Kaliningrad exclave.

The two leaders will meet NATO allies at a summit in Washington in July. Lithuania's president said after the talks that migrant pressure on the Belarus border had eased.""",
  [E("meeting", "bilateral meeting", d, Q("Druskininkai", "LT", 54.02, 23.99), ["Lithuania", "Poland"])],
  [Q("Vilnius", "LT", 54.69, 25.28), M("Suwalki Gap", 54.15, 23.30, "PL", "approximate, border strip around Suwałki"), Q("Washington", "US", 38.90, -77.04)],
  "Monday meeting. Suwalki Gap: topic (~45 km). Washington: future summit.",
  ["dateline_not_event", "weekday_date", "meeting", "topic_place", "future_event"])
