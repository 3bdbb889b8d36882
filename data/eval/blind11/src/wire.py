from lib import *
R = "wire"
DOCS = []
add = DOCS.append
W = "Wire story: the dateline city is a non-event place unless the text puts the event there. "


def N(num, d, text, events, nonev, note, tags):
    add(D(R, num, d, text, events, nonev, W + note, ["wire"] + tags))


KYV = Q("Kyiv", "UA", 50.45, 30.52)
MOS = Q("Moscow", "RU", 55.75, 37.62)
BEY = Q("Beirut", "LB", 33.89, 35.50)
DXB = Q("Dubai", "AE", 25.08, 55.31)
ERB = Q("Erbil", "IQ", 36.19, 44.01)
BGD = Q("Baghdad", "IQ", 33.34, 44.40)

# 1 Begova (Amedi district)
d = "2024-08-20"
N(1, d, f"""ERBIL, Iraq, Aug 20 (Reuters) - A Turkish drone struck a car near the village of Begova in the Kurdistan Region's Duhok province late on {WD(d,-1)}, killing two people the regional counter-terrorism service described as members of the Kurdistan Workers' Party (PKK).

The service said in a statement that the car had been travelling on a mountain road north of the town of Amedi. Ankara, which has carried out similar strikes near Batifa and in the Zakho district over the past year, did not comment.

Kurdish officials in Duhok said they would ask Baghdad to raise the strikes with Turkey.""",
  [E("incident", "drone strike", DAY(d, -1), Q("Begova", "IQ", 37.24, 43.16), ["Türkiye", "PKK"])],
  [ERB, Q("Amedi", "IQ", 37.09, 43.49, q="Al Amadiyah"), Q("Batifa", "IQ", 37.17, 43.01), Q("Duhok", "IQ", 36.87, 42.99, q="Dihok"), BGD],
  "Strike late Monday, published Tuesday. Amedi: reference town (~33 km). Batifa/Zakho: undated earlier strikes (background). Duhok: province seat and statement place; Baghdad: metonym.",
  ["dateline_not_event", "weekday_date", "late_on", "background_event", "admin_qualifier", "metonym"])

# 2 Yusufiyah
d = "2021-07-08"
N(2, d, f"""BAGHDAD, July 8 (Reuters) - A roadside bomb hit a convoy of Iraqi trucks carrying supplies for the U.S.-led coalition on the highway near Yusufiyah, south of Baghdad, on {WD(d,-1)}, damaging one vehicle but causing no casualties, Iraqi security sources said.

The convoy was travelling from the southern port of Umm Qasr to the Ain al-Asad air base in western Anbar province, the sources said. No group claimed responsibility.

Such attacks have become more frequent since the killing of an Iranian general at Baghdad airport in January 2020.""",
  [E("incident", "roadside bomb", DAY(d, -1), M("Yusufiyah", 33.06, 44.24, "IQ", "approximate, town south-west of Baghdad"), ["unknown", "coalition contractors"])],
  [BGD, Q("Umm Qasr", "IQ", 30.04, 47.95, q="Umm Qasr"), M("Ain al-Asad air base", 33.80, 42.44, "IQ", "approximate, air base west of Baghdadi")],
  "Umm Qasr: convoy origin; Ain al-Asad: destination. The 2020 airport strike is a distant dated background reference, not gold.",
  ["dateline_not_event", "weekday_date", "origin_place", "destination_place", "background_event"])

# 3 Bazian refinery
d = "2022-06-25"
N(3, d, f"""SULAYMANIYAH, Iraq, June 25 (Reuters) - Three rockets landed near an oil refinery at Bazian, west of the Kurdish city of Sulaymaniyah, late on {WD(d,-1)}, setting fire to dry grass but causing no damage to the plant, the Kurdistan Region's interior ministry said on {WD(d)}.

It was the fourth attack in a week on energy sites in the region. The ministry did not say where the rockets were fired from; earlier attacks on the Khor Mor gas field were launched from near Chamchamal, officials have said.""",
  [E("incident", "rocket attack", DAY(d, -1), M("Bazian refinery", 35.60, 45.14, "IQ", "approximate, refinery near Bazian west of Sulaymaniyah"), ["unknown"])],
  [Q("Sulaymaniyah", "IQ", 35.56, 45.43), M("Khor Mor gas field", 35.30, 44.84, "IQ", "approximate, gas field south of Chamchamal"), Q("Chamchamal", "IQ", 35.53, 44.83)],
  "Composite. Rockets late Friday, said Saturday. Dateline ~27 km (inside the radius). Khor Mor and Chamchamal: undated earlier attacks and their launch area.",
  ["dateline_not_event", "weekday_date", "said_on_weekday", "back_reference", "origin_place"])

# 4 Ziban + Shuheil
d = "2023-09-01"
N(4, d, f"""BEIRUT, Sept 1 (Reuters) - Fighting between the U.S.-backed Syrian Democratic Forces and Arab tribal gunmen spread on {WD(d,-1)} from the town of Ziban to nearby Shuheil in Syria's eastern Deir el-Zor province, a war monitor said, with at least 11 people killed.

The clashes erupted after the SDF detained a local commander, the monitor said. The SDF, in a statement issued in Hasaka, accused Damascus of stirring up the tribes. Government forces hold the towns on the western bank of the Euphrates, including Mayadin.""",
  [E("incident", "armed clashes", DAY(d, -1), M("Ziban", 35.02, 40.53, "SY", "approximate, town on the east bank of the Euphrates next to Dhiban"), ["SDF", "tribal fighters"]),
   E("incident", "armed clashes", DAY(d, -1), M("Shuheil", 35.05, 40.47, "SY", "approximate, town on the Euphrates north-west of Dhiban"), ["SDF", "tribal fighters"])],
  [BEY, Q("Hasaka", "SY", 36.50, 40.75, q="Al Hasakah"), Q("Damascus", "SY", 33.51, 36.29)],
  "Composite. Two separately named towns ~6 km apart: two events on Thursday. Hasaka: statement place; Damascus: metonym; Mayadin: mentioned as held, no event (within 50 km of the gold, not listed).",
  ["dateline_not_event", "weekday_date", "multi_event", "statement_place", "metonym"])

# 5 Umm al-Jimal
d = "2022-02-17"
N(5, d, f"""AMMAN, Feb 17 (Reuters) - Jordanian soldiers killed four men in a firefight with smugglers who tried to cross from Syria near Umm al-Jimal, east of the city of Mafraq, before dawn on {WD(d)}, the army said.

The army said the group was carrying more than a million Captagon pills. It said the smugglers had set off from an area near Suwayda in southern Syria and that several others had fled back across the border.

Jordan has accused pro-Iranian militias of running the trade.""",
  [E("incident", "armed clash", d, M("Umm al-Jimal", 32.33, 36.37, "JO", "approximate, village east of Mafraq near the Syrian border"), ["Jordan army", "smugglers"])],
  [Q("Amman", "JO", 31.96, 35.95), Q("Suwayda", "SY", 32.71, 36.57, q="As Suwayda"), Q("Mafraq", "JO", 32.34, 36.21)],
  "Composite. Suwayda: smugglers' origin. Mafraq: reference city (~15 km, inside the radius). Iran: country metonym.",
  ["dateline_not_event", "weekday_date", "origin_place", "before_dawn"])

# 6 Ain Qana + Jiyeh
d = "2024-10-07"
N(6, d, f"""BEIRUT, Oct 7 (Reuters) - An Israeli air strike destroyed a house in the village of Ain Qana in southern Lebanon on {WD(d,-1)}, killing five people, Lebanon's health ministry said on {WD(d)}. Hours later a drone struck a car on the coastal highway at Jiyeh, south of Beirut, killing its driver.

The Israeli military said it had targeted Hezbollah weapons depots around Nabatieh and the group's operatives. Hezbollah said it fired rockets at the Israeli city of Haifa.""",
  [E("incident", "air strike", DAY(d, -1), M("Ain Qana", 33.44, 35.52, "LB", "approximate, village in Iqlim al-Tuffah north of Nabatieh"), ["Israel", "civilians"]),
   E("incident", "drone strike", [DAY(d, -1), d], M("Jiyeh", 33.65, 35.42, "LB", "approximate, coastal town south of Beirut"), ["Israel"])],
  [BEY, Q("Haifa", "IL", 32.82, 34.99)],
  "Ain Qana on Sunday; the Jiyeh strike 'hours later' could fall either side of midnight: D-1..D. Nabatieh (~7 km from Ain Qana) is not listed. Haifa: Hezbollah's target, not given a date here.",
  ["dateline_not_event", "weekday_date", "said_on_weekday", "multi_event", "date_range"])

# 7 Al-Abdiyah
d = "2021-10-14"
N(7, d, f"""DUBAI, Oct 14 (Reuters) - Yemen's Houthi movement shelled the besieged district of Al-Abdiyah, south of the city of Marib, on {WD(d,-1)}, killing two children and wounding six, the Yemeni government's information minister said.

The Iran-aligned group has surrounded the district for weeks as it pushes toward Marib, the government's last northern stronghold. A Houthi spokesman in Sanaa said the group's forces were targeting "mercenaries".

The United Nations envoy is due to visit Muscat next week for talks.""",
  [E("incident", "shelling", DAY(d, -1), M("Al-Abdiyah", 14.73, 45.22, "YE", "approximate, district centre south of Marib; placement uncertain"), ["Houthis", "civilians"])],
  [DXB, Q("Marib", "YE", 15.46, 45.33, q="Marib"), Q("Sanaa", "YE", 15.35, 44.21), Q("Muscat", "OM", 23.58, 58.41)],
  "Composite. Marib: reference city (~85 km). Sanaa: statement place. Muscat talks: future.",
  ["dateline_not_event", "weekday_date", "statement_place", "future_event"])

# 8 ship off Mukalla
d = "2024-06-13"
MUK = Q("Mukalla", "YE", 14.54, 49.12)
N(8, d, f"""DUBAI, June 13 (Reuters) - A merchant vessel was hit by an unknown projectile about 80 nautical miles south-east of Yemen's port of Mukalla on {WD(d)}, causing a small fire that the crew put out, British maritime security agency UKMTO said.

The agency said the ship was continuing to its next port of call, Djibouti. Yemen's Houthis, who have attacked shipping since November in what they say is solidarity with Palestinians, did not immediately claim the attack.""",
  [E("incident", "attack on shipping", d, OFF("80 nm SE of Mukalla", MUK, 148, 135), ["unknown", "merchant vessel"], alts=[MUK])],
  [DXB, Q("Djibouti", "DJ", 11.59, 43.15)],
  "Composite. 80 nautical miles = 148 km; offset pinned, Mukalla as alternate. Djibouti: next port (destination).",
  ["dateline_not_event", "weekday_date", "offset", "sea", "destination_place"])

# 9 Shokat al-Sufi
d = "2024-01-22"
N(9, d, f"""CAIRO, Jan 22 (Reuters) - An Israeli air strike on a house in the Shokat al-Sufi area east of Rafah in the southern Gaza Strip killed nine members of one family overnight, Palestinian health officials said on {WD(d)}.

The bodies were taken to the Kuwaiti hospital in Rafah, they said. Hundreds of thousands of displaced people have crowded into the city after fleeing fighting in Khan Younis. Egyptian and Qatari mediators met Israeli officials in Cairo last week.""",
  [E("incident", "air strike", [DAY(d, -1), d], M("Shokat al-Sufi", 31.27, 34.28, "PS", "approximate, area east of Rafah city"), ["Israel", "civilians"])],
  [Q("Cairo", "EG", 30.04, 31.24), Q("Khan Younis", "PS", 31.34, 34.31, q="Khan Yunis")],
  "Overnight: D-1..D. Rafah (~4 km, hospital) is not listed. Khan Younis: place fled from (~8 km, inside the radius). Mediators' meeting 'last week' in Cairo: undated background.",
  ["dateline_not_event", "weekday_date", "overnight", "hospital", "refuge_place", "background_event"])

# 10 Silwad
d = "2022-11-24"
N(10, d, f"""JERUSALEM, Nov 24 (Reuters) - Israeli forces shot dead a Palestinian during a raid on the village of Silwad, north-east of Ramallah in the occupied West Bank, early on {WD(d)}, the Palestinian health ministry said.

The Israeli military said troops had come under fire while arresting a suspect and fired back. The day before, two bombs exploded at bus stops in Jerusalem, killing a teenager; the military said the raid was not connected.""",
  [E("incident", "raid, shooting", d, Q("Silwad", "PS", 31.98, 35.26), ["Israel army", "Palestinians"]),
   E("incident", "bombing", DAY(d, -1), Q("Jerusalem", "IL", 31.78, 35.22), ["unknown", "civilians"], optional=True)],
  [Q("Ramallah", "PS", 31.90, 35.20)],
  "The Jerusalem bus-stop bombings 'the day before' are a clearly dated separate background event: optional (in the dateline city). Ramallah ~10 km (inside the radius).",
  ["dateline_not_event", "weekday_date", "background_event"])

# 11 Sarbaz
d = "2024-04-04"
N(11, d, f"""DUBAI, April 4 (Reuters) - Militants attacked a Revolutionary Guards base in the town of Sarbaz in south-eastern Iran on {WD(d,-1)}, killing five guards, state media reported, in the second such assault in Sistan-Baluchestan province this week.

The IRNA news agency said ten attackers were killed. The provincial governor, speaking in Zahedan, blamed the Jaish al-Adl group, which Tehran says operates from bases in Pakistan.""",
  [E("incident", "armed attack", DAY(d, -1), Q("Sarbaz", "IR", 26.63, 61.26), ["Jaish al-Adl", "IRGC"])],
  [DXB, Q("Zahedan", "IR", 29.50, 60.86), Q("Tehran", "IR", 35.69, 51.39)],
  "Composite. The other attack 'this week' is not located: no pin. Zahedan: statement place; Tehran: metonym; Pakistan: country only.",
  ["dateline_not_event", "weekday_date", "statement_place", "metonym"])

# 12 Khanasor
d = "2022-08-17"
N(12, d, f"""ERBIL, Iraq, Aug 17 (Reuters) - A drone struck a vehicle in Khanasor, a Yazidi town north of Sinjar mountain, on {WD(d,-1)}, killing three members of a local armed group linked to the PKK, Iraqi security officials said.

The Sinjar district's mayor said the strike came days after clashes between the group and the Iraqi army in the district centre. Thousands of Yazidis remain in camps around Duhok, unable to return home.""",
  [E("incident", "drone strike", DAY(d, -1), M("Khanasor", 36.47, 41.70, "IQ", "approximate, town north of Sinjar mountain"), ["unknown", "YBS"])],
  [ERB, Q("Sinjar", "IQ", 36.32, 41.88, q="Sinjar"), Q("Duhok", "IQ", 36.87, 42.99, q="Dihok")],
  "Undated earlier clashes in Sinjar town ('days after'): background. Duhok: camps (no event).",
  ["dateline_not_event", "weekday_date", "background_event"])

# 13 Abha airport
d = "2022-02-10"
N(13, d, f"""RIYADH, Feb 10 (Reuters) - A drone launched by Yemen's Houthis hit Abha airport in southern Saudi Arabia on {WD(d)}, wounding 12 people, the Saudi-led coalition said.

The coalition said the drone had been fired from Sanaa and that it would respond. Flights were diverted to Jeddah for several hours. The Houthis said they had targeted a military area at the airport.""",
  [E("incident", "drone attack", d, M("Abha airport", 18.24, 42.66, "SA", "approximate, airport east of Abha"), ["Houthis"], alts=[Q("Abha", "SA", 18.22, 42.51)])],
  [Q("Riyadh", "SA", 24.69, 46.72), Q("Sanaa", "YE", 15.35, 44.21), Q("Jeddah", "SA", 21.49, 39.19)],
  "Composite. Sanaa: launch origin; Jeddah: diversion airport.",
  ["dateline_not_event", "weekday_date", "origin_place", "facility"])

# 14 Dael
d = "2023-05-29"
N(14, d, f"""AMMAN, May 29 (Reuters) - A bomb planted in a car exploded in the town of Dael in southern Syria's Deraa province on {WD(d,-1)}, killing four people including a former rebel commander who had reconciled with the government, local sources said.

Deraa, the cradle of the 2011 uprising, has seen a wave of assassinations since government forces retook it in 2018 under a Russian-brokered deal. Jordan's foreign minister is due to host talks on Syria in Amman next month.""",
  [E("incident", "car bomb", DAY(d, -1), Q("Dael", "SY", 32.75, 36.13, q="Dail"), ["unknown", "civilians"])],
  [Q("Amman", "JO", 31.96, 35.95)],
  "Composite. Deraa: province and city (~15 km, inside the radius, not listed). 2018 retaking: background. Amman talks: future (dateline city).",
  ["dateline_not_event", "weekday_date", "future_event", "background_event"])

# 15 Mina al-Ahmadi fire (other)
d = "2022-03-03"
N(15, d, f"""KUWAIT, March 3 (Reuters) - A fire broke out at a unit of the Mina al-Ahmadi refinery south of Kuwait City on {WD(d)}, injuring two contract workers, state oil company KNPC said.

The company said the fire had been contained and had no impact on exports. An investigation has been opened and maintenance of the unit, planned for April, may be brought forward.""",
  [E("other", "industrial fire", d, M("Mina al-Ahmadi refinery", 29.07, 48.15, "KW", "approximate, refinery on the coast south of Kuwait City"), ["KNPC"])],
  [Q("Kuwait City", "KW", 29.37, 47.97)],
  "An industrial accident is kind other: no scored gold. The April maintenance is future.",
  ["dateline_not_event", "weekday_date", "accident", "future_event", "no_scored_gold"])

# 16 Lubny
d = "2024-03-27"
N(16, d, f"""KYIV, March 27 (Reuters) - Russian drones hit an energy facility in the town of Lubny in central Ukraine's Poltava region late on {WD(d,-1)}, causing a fire and power cuts, the regional governor said on {WD(d)}.

Ukraine's air force said it had shot down 26 of 28 drones launched from Russia's Kursk region and from Primorsko-Akhtarsk overnight. Energy Minister German Galushchenko, speaking in Kyiv, said repairs would take weeks.""",
  [E("incident", "drone strike", DAY(d, -1), Q("Lubny", "UA", 50.01, 33.00), ["Russia"])],
  [KYV, Q("Poltava", "UA", 49.59, 34.55), Q("Kursk", "RU", 51.73, 36.19), Q("Primorsko-Akhtarsk", "RU", 46.05, 38.18)],
  "Strike late Tuesday, said Wednesday. Poltava: region name (~120 km). Kursk and Primorsko-Akhtarsk: launch origins. Interceptions not located.",
  ["dateline_not_event", "weekday_date", "late_on", "said_on_weekday", "admin_qualifier", "origin_place"])

# 17 Liski
d = "2024-06-21"
N(17, d, f"""MOSCOW, June 21 (Reuters) - Ukrainian drones set fire to a fuel storage tank at an oil depot in the town of Liski in Russia's Voronezh region overnight, the regional governor said on {WD(d)}, adding that nobody had been hurt.

Residents of nearby houses were evacuated as a precaution. Russia's defence ministry said air defences had destroyed 12 drones over the Voronezh, Belgorod and Bryansk regions.""",
  [E("incident", "drone strike", [DAY(d, -1), d], Q("Liski", "RU", 50.98, 39.50), ["Ukraine"])],
  [MOS, Q("Voronezh", "RU", 51.67, 39.18)],
  "Composite. Overnight: D-1..D. Voronezh: region name (~80 km). Region-level interceptions: no pins.",
  ["dateline_not_event", "weekday_date", "overnight", "admin_qualifier"])

# 18 Derhachi
d = "2024-05-14"
N(18, d, f"""KYIV, May 14 (Reuters) - A Russian guided aerial bomb hit a residential street in Derhachi, a town just north of Kharkiv, on {WD(d)}, wounding seven people, Kharkiv's regional governor Oleh Syniehubov said.

Russian troops pushed across the border into the Kharkiv region last week, and Ukraine has evacuated thousands of people from villages near Vovchansk. President Volodymyr Zelenskiy postponed all foreign trips, including to Spain and Portugal.""",
  [E("incident", "glide bomb strike", d, Q("Derhachi", "UA", 50.11, 36.12), ["Russia", "civilians"])],
  [KYV, Q("Vovchansk", "UA", 50.29, 36.94)],
  "Composite. Kharkiv: reference city (~14 km, inside the radius). Vovchansk: evacuations, background. Postponed trips: no event.",
  ["dateline_not_event", "weekday_date", "postponed", "background_event"])

# 19 Talataye
d = "2022-09-08"
N(19, d, f"""BAMAKO, Sept 8 (Reuters) - Suspected Islamic State fighters killed at least 30 civilians in an attack on the town of Talataye in north-eastern Mali on {WD(d,-2)}, local officials said on {WD(d)}.

Survivors fled toward Ansongo and Gao, officials said. The attack is the latest in a string of raids by the group in the Menaka region since French troops completed their withdrawal from Mali last month.""",
  [E("incident", "massacre", DAY(d, -2), M("Talataye", 15.90, 1.25, "ML", "approximate, town in Ansongo cercle north-west of Menaka; placement uncertain"), ["Islamic State Sahel", "civilians"])],
  [Q("Bamako", "ML", 12.65, -8.00), Q("Ansongo", "ML", 15.66, 0.50), Q("Gao", "ML", 16.27, -0.04), Q("Menaka", "ML", 15.92, 2.40, q="Menaka")],
  "Attack Tuesday, reported Thursday. Ansongo and Gao: refuges. Menaka: region name. French withdrawal: background.",
  ["dateline_not_event", "weekday_date", "said_on_weekday", "refuge_place", "admin_qualifier"])

# 20 Kandadji
d = "2023-10-03"
N(20, d, f"""NIAMEY, Oct 3 (Reuters) - Militants ambushed a Nigerien army unit near Kandadji in the western Tillaberi region on {WD(d,-1)}, killing 29 soldiers, the defence ministry said in a statement read on state television.

The unit was escorting workers at the site of a planned dam on the Niger river. The ruling junta declared three days of national mourning. Neighbouring Mali and Burkina Faso, also run by military governments, have signed a mutual defence pact with Niger.""",
  [E("incident", "ambush", DAY(d, -1), M("Kandadji", 14.62, 0.98, "NE", "approximate, village on the Niger north of Tillaberi"), ["militants", "Niger army"])],
  [Q("Niamey", "NE", 13.51, 2.11), Q("Tillaberi", "NE", 14.21, 1.45, q="Tillaberi")],
  "Composite. Tillaberi: region name (~65 km). The dam is planned (future). National mourning: country-wide, no pin.",
  ["dateline_not_event", "weekday_date", "admin_qualifier", "future_event"])

# 21 Buloburde
d = "2023-03-18"
N(21, d, f"""MOGADISHU, March 18 (Reuters) - Al Shabaab fighters attacked a military base in the central Somali town of Buloburde before dawn on {WD(d)}, setting off a firefight that lasted two hours, a Somali army officer said.

The officer said 14 militants and three soldiers were killed. Government forces and clan militias, backed by U.S. air strikes, have driven al Shabaab from dozens of towns in Hiiraan since last year, and an offensive on the group's strongholds further south is planned.""",
  [E("incident", "armed attack", d, M("Buloburde", 3.85, 45.57, "SO", "approximate, town on the Shabelle in Hiiraan"), ["al Shabaab", "Somali army"])],
  [Q("Mogadishu", "SO", 2.04, 45.34)],
  "Composite. Hiiraan: region only. Planned offensive: future.",
  ["dateline_not_event", "weekday_date", "before_dawn", "future_event"])

# 22 Ataye
d = "2023-04-21"
N(22, d, f"""ADDIS ABABA, April 21 (Reuters) - At least 12 people were killed when gunmen attacked a minibus and set homes on fire near the town of Ataye in Ethiopia's Amhara region on {WD(d,-1)}, a local official and a resident said.

The official, who asked not to be named, said the wounded were taken to a hospital in Kemise. Violence around Ataye has flared repeatedly in recent years. Prime Minister Abiy Ahmed's office did not respond to a request for comment.""",
  [E("incident", "armed attack", DAY(d, -1), Q("Ataye", "ET", 10.35, 39.94), ["gunmen", "civilians"])],
  [Q("Addis Ababa", "ET", 9.02, 38.75), Q("Kemise", "ET", 10.72, 39.87)],
  "Composite. Kemise: hospital (~40 km, inside the radius). Earlier violence: undated background.",
  ["dateline_not_event", "weekday_date", "hospital_other_city", "background_event"])

# 23 Sennar
d = "2024-06-04"
N(23, d, f"""PORT SUDAN, June 4 (Reuters) - Shells fired by the paramilitary Rapid Support Forces hit a market in the city of Sennar on {WD(d,-1)}, killing at least 20 people, Sudan's army-aligned government said.

The RSF, which seized Wad Madani in December, has been advancing south along the Blue Nile. It denied targeting civilians and said it had struck army positions. Aid groups said thousands of people had fled Sennar toward Gedaref.""",
  [E("incident", "shelling", DAY(d, -1), Q("Sennar", "SD", 13.57, 33.57), ["RSF", "civilians"])],
  [Q("Port Sudan", "SD", 19.62, 37.22), Q("Wad Madani", "SD", 14.40, 33.52), Q("Gedaref", "SD", 14.03, 35.38, q="Al Qadarif")],
  "Composite. Wad Madani: December capture (background). Gedaref: refuge.",
  ["dateline_not_event", "weekday_date", "background_event", "refuge_place", "denial"])

# 24 Mambasa
d = "2024-07-09"
N(24, d, f"""KINSHASA, July 9 (Reuters) - Rebels of the Allied Democratic Forces killed at least 18 villagers with machetes in an overnight raid on a village near Mambasa in north-eastern Congo's Ituri province, a civil society leader said on {WD(d)}.

The army spokesman in Bunia confirmed the attack but gave no toll. The ADF, which pledges allegiance to Islamic State, has been pushed out of parts of North Kivu's Beni territory by a joint Congolese-Ugandan operation.""",
  [E("incident", "massacre", [DAY(d, -1), d], M("Mambasa", 1.36, 29.05, "CD", "approximate, town in Ituri on the RN4"), ["ADF", "civilians"])],
  [Q("Kinshasa", "CD", -4.32, 15.31), Q("Bunia", "CD", 1.56, 30.25), Q("Beni", "CD", 0.49, 29.47)],
  "Composite. Overnight: D-1..D. Unnamed village near Mambasa: pinned at Mambasa. Bunia: statement place. Beni: background operation.",
  ["dateline_not_event", "weekday_date", "overnight", "near_place", "statement_place"])

# 25 Minbya
d = "2024-02-03"
N(25, d, f"""BANGKOK, Feb 3 (Reuters) - A military jet bombed a market in the town of Minbya in Myanmar's western Rakhine state on {WD(d,-1)}, killing at least 15 people, the Arakan Army and residents said.

The ethnic armed group has captured several towns in northern Rakhine since November. The junta, which has not commented, has imposed a curfew in the state capital Sittwe and cut internet access in much of the region.""",
  [E("incident", "air strike", DAY(d, -1), M("Minbya", 20.36, 93.27, "MM", "approximate, town north-east of Sittwe"), ["Myanmar military", "civilians"])],
  [Q("Bangkok", "TH", 13.75, 100.50), Q("Sittwe", "MM", 20.15, 92.90)],
  "Composite. Sittwe: curfew (~45 km). Captured towns: undated, unnamed.",
  ["dateline_not_event", "weekday_date", "background_event"])

# 26 Dera Bugti pipeline
d = "2023-07-24"
N(26, d, f"""ISLAMABAD, July 24 (Reuters) - Suspected separatists blew up a gas pipeline near Dera Bugti in Pakistan's southwestern province of Balochistan on {WD(d,-1)}, cutting supplies to a power plant, officials said on {WD(d)}.

The outlawed Baloch Republican Army claimed the attack in a statement. The provincial home minister, speaking in Quetta, said repairs would take three days. Chinese-funded projects in Gwadar have also been targeted by separatists in the past.""",
  [E("incident", "pipeline bombing", DAY(d, -1), Q("Dera Bugti", "PK", 29.04, 69.16), ["BRA"])],
  [Q("Islamabad", "PK", 33.72, 73.06), Q("Quetta", "PK", 30.19, 67.01), Q("Gwadar", "PK", 25.13, 62.33)],
  "Composite. Quetta: statement place. Gwadar: undated background.",
  ["dateline_not_event", "weekday_date", "said_on_weekday", "statement_place", "background_event"])

# 27 Mazar-e Sharif
d = "2022-04-22"
N(27, d, f"""KABUL, April 22 (Reuters) - A bomb exploded inside a Shi'ite mosque in the northern Afghan city of Mazar-i-Sharif during Friday prayers on {WD(d)}, killing at least 25 worshippers, a Taliban spokesman said.

The blast came a day after an attack on a school in western Kabul. The Islamic State group's local branch has claimed several such attacks. Taliban officials said an investigation team had been sent from Kabul.""",
  [E("incident", "bombing", d, Q("Mazar-e Sharif", "AF", 36.71, 67.11, q="Mazar-e Sharif"), ["Islamic State", "civilians"]),
   E("incident", "bombing", DAY(d, -1), Q("Kabul", "AF", 34.53, 69.17), ["unknown", "civilians"], optional=True)],
  [],
  "Composite. The Kabul school attack 'a day' earlier is a dated separate background event: optional (in the dateline city).",
  ["dateline_not_event", "weekday_date", "background_event"])

# 28 Puerto Guzman
d = "2024-09-17"
N(28, d, f"""BOGOTA, Sept 17 (Reuters) - Dissident FARC rebels attacked a police station with explosives-laden drones in the town of Puerto Guzman in southern Colombia's Putumayo province on {WD(d,-1)}, wounding three officers, police said.

Defence Minister Ivan Velasquez, on a visit to the provincial capital Mocoa on {WD(d)}, said reinforcements would be sent from Florencia. Peace talks between the government and another dissident faction are due to resume in Caracas next month.""",
  [E("incident", "drone attack", DAY(d, -1), Q("Puerto Guzman", "CO", 0.97, -76.59, q="Puerto Guzman"), ["FARC dissidents", "Colombia police"]),
   E("other", "official visit", d, Q("Mocoa", "CO", 1.15, -76.65), ["Colombia government"])],
  [Q("Bogota", "CO", 4.61, -74.08), Q("Florencia", "CO", 1.61, -75.61), Q("Caracas", "VE", 10.49, -66.88)],
  "Composite. The minister's visit to Mocoa (~21 km) on the publication day is a site visit: kind other. Florencia: reinforcement origin. Caracas talks: future.",
  ["dateline_not_event", "weekday_date", "origin_place", "future_event"])

# 29 Chicomuselo
d = "2024-05-15"
N(29, d, f"""MEXICO CITY, May 15 (Reuters) - Gunmen killed 11 people, including two minors, in the village of Nueva Morelia in the municipality of Chicomuselo in southern Mexico's Chiapas state, prosecutors said on {WD(d)}, without saying when the killings took place.

Rival cartels are fighting for control of smuggling routes near the border with Guatemala. The Chiapas prosecutor's office in Tuxtla Gutierrez said it had opened an investigation.""",
  [E("incident", "massacre", [DAY(d, -7), d], Q("Chicomuselo", "MX", 15.74, -92.29), ["gunmen", "civilians"])],
  [Q("Mexico City", "MX", 19.43, -99.13), Q("Tuxtla Gutierrez", "MX", 16.75, -93.12, q="Tuxtla Gutierrez")],
  "Composite. No date given: week range. The village is pinned at the municipal seat. Tuxtla: statement place. Guatemala: country only.",
  ["dateline_not_event", "weekday_date", "undated_event", "date_range", "statement_place"])

# 30 Bucharest meeting
d = "2024-11-05"
N(30, d, f"""BUCHAREST, Nov 5 (Reuters) - Romanian President Klaus Iohannis hosted Moldova's re-elected President Maia Sandu in Bucharest on {WD(d)}, days after her run-off win, and pledged to help her country complete talks to join the European Union.

Sandu, who flew in from Chisinau, told reporters the vote had been marred by Russian interference. The two leaders are due to meet again at a European summit in Budapest on {WD(d,2)}.""",
  [E("meeting", "bilateral", d, Q("Bucharest", "RO", 44.43, 26.11), ["Romania", "Moldova"])],
  [Q("Chisinau", "MD", 47.01, 28.86, q="Chisinau"), Q("Budapest", "HU", 47.50, 19.04)],
  "The dateline is the event. Chisinau: origin. Budapest summit on Thursday (future in the text).",
  ["dateline_is_event", "weekday_date", "origin_place", "future_event"])
