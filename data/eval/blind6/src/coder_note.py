from lib import *
R = "coder_note"
DOCS = []
add = DOCS.append
C = "Coder note: the stated day is the gold date; the most specific named place is the pin."

# 1 ---------------------------------------------------------------- Ukraine, Huliaipole
d = "2023-03-14"
HUL = P("Huliaipole", "UA")
add(D(R, 1, d, """On 9 March 2023, Russian forces shelled Huliaipole (Polohy raion, Zaporizhzhia oblast) with MLRS. 1 civilian killed, 3 injured; a school and a water tower were damaged.""",
  [E("incident", "shelling", "2023-03-09", HUL, ["Russia", "civilians"])],
  [P("Zaporizhzhia", "UA")],
  C + " Huliaipole resolved to the Zaporizhzhia-oblast entry (most populous; a village homonym exists). The oblast name is a qualifier (its centre ~85 km) listed as non-event.",
  ["coder_note", "admin_qualifier", "homonym"]))

# 2 ---------------------------------------------------------------- Sudan, Singa capture
d = "2024-07-05"
SIN = P("Singa", "SD")
add(D(R, 2, d, """On 29 June 2024, RSF forces attacked and took control of Singa town (Singa locality, Sennar state) after clashes with SAF's 17th Infantry Division. Dozens of civilians were reported killed; tens of thousands displaced towards Gedaref and Ad Damazin. Fatalities coded as 25.""",
  [E("incident", "armed clashes", "2024-06-29", SIN, ["Rapid Support Forces", "Sudanese Armed Forces"])],
  [P("Sennar", "SD"), P("Gedaref", "SD", "Al Qadarif"), P("Ad Damazin", "SD", "Ad-Damazin")],
  C + " The clash at Singa is scored; the takeover is part of it. Sennar (state name, city ~60 km) qualifier; Gedaref and Ad Damazin are where people fled.",
  ["coder_note", "admin_qualifier", "origin_place"]))

# 3 ---------------------------------------------------------------- DRC, Djugu territory, CODECO
d = "2023-06-19"
DJU = P("Djugu", "CD")
add(D(R, 3, d, """On 12 June 2023, CODECO militia attacked the Lala IDP site in the Bahema Badjere chiefdom of Djugu territory, Ituri province, using machetes and firearms. 46 civilians killed, including children. Source: local civil society in Bunia.""",
  [E("incident", "attack on civilians", "2023-06-12", M("Lala IDP site", 1.80, 30.30, "CD", "approximate, site in Bahema Badjere chiefdom, south of Djugu"), ["CODECO", "civilians"], alts=[DJU])],
  [P("Bunia", "CD")],
  C + " Camp site: manual, territory centre Djugu alternate. Bunia (Ituri capital) source place.",
  ["coder_note", "district", "camp", "statement_place"]))

# 4 ---------------------------------------------------------------- Cameroon, Bamenda IED + abduction (two incidents)
d = "2024-02-20"
BAM = P("Bamenda", "CM")
add(D(R, 4, d, """On 11 February 2024, separatist Amba fighters detonated an IED against a gendarmerie vehicle at Mile 4 Nkwen in Bamenda (Mezam department, North-West region). 2 gendarmes injured. On the same day, the same group abducted 6 passengers travelling on the Bamenda–Bafut road near Bafut. No fatalities.""",
  [E("incident", "IED", "2024-02-11", BAM, ["Ambazonian separatists", "Gendarmerie"]),
   E("incident", "abduction", "2024-02-11", M("Bafut", 6.09, 10.10, "CM", "approximate, Bafut town north of Bamenda"), ["Ambazonian separatists", "civilians"])],
  [],
  C + " Two incidents; Bafut is ~15 km from Bamenda (both pins fall inside each other's radius; still two events).",
  ["coder_note", "multi_event", "abduction", "admin_qualifier"]))

# 5 ---------------------------------------------------------------- Ethiopia, Amhara, drone strike
d = "2024-01-29"
DBM = P("Debre Markos", "ET")
add(D(R, 5, d, """Around 23 January 2024 (between 21 and 25 January), ENDF carried out a drone strike against a Fano gathering in Wegel Tena town, Delanta woreda, North Wollo zone, Amhara region. Local sources reported 30 fatalities including civilians. Reported from Debre Markos by diaspora media.""",
  [E("incident", "drone strike", ["2024-01-21", "2024-01-25"], M("Wegel Tena", 11.58, 39.22, "ET", "approximate, town in Delanta woreda"), ["Ethiopian National Defense Force", "Fano"])],
  [DBM],
  C + " Bracketed range. Wegel Tena manual. Debre Markos (~300 km) is a misplaced source location, not the site.",
  ["coder_note", "date_range", "district", "statement_place"]))

# 6 ---------------------------------------------------------------- India, Manipur
d = "2023-09-12"
add(D(R, 6, d, """On 8 September 2023, Meitei and Kuki-Zo armed groups exchanged fire at Pallel (Tengnoupal district, Manipur). 3 killed, over 50 injured including security personnel. The injured were evacuated to RIMS hospital in Imphal.""",
  [E("incident", "armed clashes", "2023-09-08", M("Pallel", 24.45, 94.03, "IN", "approximate, Pallel town, Tengnoupal district"), ["Meitei militia", "Kuki-Zo militia"])],
  [P("Imphal", "IN")],
  C + " Pallel manual (~45 km from Imphal). Imphal hospital is not the event place.",
  ["coder_note", "hospital_other_city", "district"]))

# 7 ---------------------------------------------------------------- Myanmar, Kale, airstrike
d = "2023-11-13"
KAL = P("Kalay", "MM", "Kalay")
add(D(R, 7, d, """On 7 November 2023, Myanmar military aircraft conducted an airstrike on a village in the west of Kalay township (Kale district, Sagaing region). 4 civilians killed including 1 child. The PDF said the jets flew from Kalay airport.""",
  [E("incident", "airstrike", "2023-11-07", OFF("village west of Kalay", KAL, 15, BEAR["west"]), ["Myanmar military", "civilians"], alts=[KAL])],
  [],
  C + " 'West of Kalay township' without distance: 15 km assumed (township scale), Kalay alternate. Airport origin is the town itself.",
  ["coder_note", "offset", "township", "launch_origin"]))

# 8 ---------------------------------------------------------------- Cabaret
d = "2024-10-11"
PAP = P("Port-au-Prince", "HT")
add(D(R, 8, d, """On 3 October 2024, Gran Grif gang members attacked the town of Pont-Sondé (Saint-Marc commune, Artibonite department) with automatic weapons, killing at least 70 people including women and infants, and burning houses and cars. Source: UN OHCHR statement from Geneva.""",
  [E("incident", "attack on civilians", "2024-10-03", M("Pont-Sondé", 19.15, -72.61, "HT", "approximate, town on the Artibonite river"), ["Gran Grif", "civilians"], alts=[P("Saint-Marc", "HT")])],
  [P("Geneva", "CH")],
  C + " Pont-Sondé manual, commune seat Saint-Marc (~20 km) alternate. Geneva statement place.",
  ["coder_note", "admin_qualifier", "statement_place"]))

# 9 ---------------------------------------------------------------- Nigeria, Benue, farmer-herder
d = "2025-06-20"
MAK = P("Makurdi", "NG")
add(D(R, 9, d, """On the night of 13-14 June 2025, suspected Fulani herdsmen attacked Yelwata community (Guma LGA, Benue state), killing at least 100 residents, many of them IDPs sheltering in the market. Houses were burnt. Survivors were taken to hospitals in Makurdi.""",
  [E("incident", "attack on civilians", ["2025-06-13", "2025-06-14"], M("Yelwata", 7.85, 8.75, "NG", "approximate, community on the Makurdi–Lafia road, Guma LGA"), ["Fulani militia", "civilians"])],
  [MAK],
  C + " Night range 13–14 June. Yelwata manual (~30 km from Makurdi). Makurdi hospitals: other city.",
  ["coder_note", "night_range", "district", "hospital_other_city"]))

# 10 ---------------------------------------------------------------- Syria, Deir Hafer, drone
d = "2025-01-08"
DHF = P("Deir Hafer", "SY")
add(D(R, 10, d, """On 2 January 2025, Turkish drones struck an SDF vehicle on the road near Deir Hafer (Al-Bab district, Aleppo governorate). 2 SDF fighters killed. Separately, on 3 January 2025, SNA factions shelled SDF positions near Tishreen Dam.""",
  [E("incident", "drone strike", "2025-01-02", DHF, ["Turkey", "SDF"]),
   E("incident", "shelling", "2025-01-03", M("Tishreen Dam", 36.38, 38.18, "SY", "approximate, dam on the Euphrates"), ["Syrian National Army", "SDF"])],
  [P("Aleppo", "SY"), P("Al Bab", "SY", "Al-Bab")],
  C + " Two incidents on two dates. Al-Bab (district name) and Aleppo (governorate name) qualifiers.",
  ["coder_note", "multi_event", "admin_qualifier"]))

# 11 ---------------------------------------------------------------- Lebanon, Yaroun
d = "2024-02-05"
BJ = P("Bint Jbeil", "LB")
add(D(R, 11, d, """On 1 February 2024, Israeli forces fired artillery shells at the outskirts of Yaroun (Bint Jbeil district, Nabatieh governorate). No casualties reported. Hezbollah claimed an ATGM attack on an Israeli position opposite the village the same day.""",
  [E("incident", "shelling", "2024-02-01", M("Yaroun", 33.08, 35.42, "LB", "approximate, village on the border, Bint Jbeil district"), ["Israel"], alts=[BJ]),
   E("incident", "ATGM attack", "2024-02-01", M("Avivim (opposite Yaroun)", 33.09, 35.47, "IL", "approximate, Israeli position opposite Yaroun"), ["Hezbollah", "Israel"], optional=True)],
  [P("Nabatieh", "LB")],
  C + " Yaroun manual with district seat alternate. The Hezbollah claim at an unnamed position 'opposite the village' is optional (manual point across the border). Nabatieh governorate qualifier.",
  ["coder_note", "admin_qualifier", "claimed_attack"]))

# 12 ---------------------------------------------------------------- West Bank, Huwara
d = "2023-03-01"
HUW = P("Huwara", "PS")
add(D(R, 12, d, """On 26 February 2023, Israeli settlers attacked Palestinian homes and cars in Huwara town (Nablus governorate) with stones and arson after two settlers were shot dead nearby earlier that day. 1 Palestinian killed, about 100 injured. Source: Palestinian Red Crescent in Nablus.""",
  [E("incident", "settler violence", "2023-02-26", HUW, ["Israeli settlers", "civilians"]),
   E("incident", "shooting", "2023-02-26", HUW, ["Palestinian gunman", "Israeli settlers"], optional=True)],
  [P("Nablus", "PS")],
  C + " The earlier shooting 'nearby' is a separate same-day attack without its own place: optional at Huwara. Nablus (~8 km) is the source.",
  ["coder_note", "statement_place", "back_reference"]))

# 13 ---------------------------------------------------------------- Kenya, Lamu, al-Shabaab
d = "2023-06-30"
MPK = P("Mpeketoni", "KE")
add(D(R, 13, d, """On 24 June 2023, Al Shabaab militants attacked Juhudi and Salama villages near Mpeketoni (Lamu West, Lamu county), killing 5 civilians and burning houses. KDF reinforcements were deployed from Lamu town.""",
  [E("incident", "attack on civilians", "2023-06-24", MPK, ["al-Shabaab", "civilians"])],
  [P("Lamu", "KE")],
  C + " Two villages near Mpeketoni (unlisted in the gazetteer, within ~10 km): one event at Mpeketoni. Lamu town origin of troops (~30 km).",
  ["coder_note", "origin_place", "admin_qualifier"]))

# 14 ---------------------------------------------------------------- Armenia-Azerbaijan border, Sotk
d = "2022-09-19"
SOTK = P("Sotk", "AM")
JER = P("Jermuk", "AM")
add(D(R, 14, d, """Between 12 and 14 September 2022, Azerbaijani forces shelled Armenian positions and settlements along the border, including Sotk (Gegharkunik province) and Jermuk (Vayots Dzor province), using artillery and drones. Armenian MoD reported 105 soldiers killed; Azerbaijan reported 80. Coded as two events.""",
  [E("incident", "shelling", ["2022-09-12", "2022-09-14"], SOTK, ["Azerbaijan", "Armenia"]),
   E("incident", "shelling", ["2022-09-12", "2022-09-14"], JER, ["Azerbaijan", "Armenia"])],
  [],
  C + " Range given. Jermuk resolves to the Vayots Dzor town (first candidate). Sotk and Jermuk ~70 km apart: two events.",
  ["coder_note", "date_range", "multi_event", "admin_qualifier"]))

# 15 ---------------------------------------------------------------- Pakistan, Turbat, BLA attack on naval base
d = "2024-03-30"
TUR = P("Turbat", "PK")
add(D(R, 15, d, """On 25 March 2024, BLA Majeed Brigade militants attacked PNS Siddique naval air station in Turbat (Kech district, Balochistan) with small arms and explosives. 4 militants and 1 FC soldier killed. Claimed by BLA in a statement circulated from Quetta-based media.""",
  [E("incident", "armed attack", "2024-03-25", TUR, ["Balochistan Liberation Army", "Pakistan Navy"])],
  [P("Quetta", "PK")],
  C + " Naval air station in Turbat: pin Turbat. 'Quetta-based media': based-in place.",
  ["coder_note", "based_in", "claimed_attack"]))

# 16 ---------------------------------------------------------------- Georgia, peaceful protest (no scored gold)
d = "2024-12-06"
TBS = P("Tbilisi", "GE")
add(D(R, 16, d, """On 2 December 2024, several thousand people held a peaceful protest outside the Parliament building on Rustaveli Avenue in Tbilisi against the government's suspension of EU accession talks. No injuries reported. Subsequent nights saw police dispersals (coded separately).""",
  [E("other", "protest", "2024-12-02", TBS, ["protesters"])],
  [],
  C + " Peaceful protest: kind other, no scored gold. 'Coded separately' events are not in this note.",
  ["coder_note", "protest", "no_gold"]))

# 17 ---------------------------------------------------------------- Mexico, Uruapan, homonym
d = "2025-11-05"
URU = P("Uruapan", "MX")
add(D(R, 17, d, """On 1 November 2025, an unidentified gunman shot dead the municipal president of Uruapan (Uruapan municipality, Michoacán) during a Day of the Dead event in the town centre. The attacker was killed at the scene. Source: Michoacán state prosecutor, Morelia.""",
  [E("incident", "assassination", "2025-11-01", URU, ["unknown gunman", "local official"])],
  [P("Morelia", "MX")],
  C + " Uruapan resolves to Michoacán (a Baja California homonym exists). Morelia statement place.",
  ["coder_note", "homonym", "statement_place"]))

# 18 ---------------------------------------------------------------- Somalia, Bulo Burte, area of
d = "2023-10-10"
BBT = M("Bulo Burte", 3.85, 45.57, "SO", "approximate, Bulo Burte town, Hiraan")
add(D(R, 18, d, """On 4 October 2023, Al Shabaab fired mortars at an ATMIS base in the Jalalaqsi area of Bulo Burte district, Hiraan region. Casualties unknown. Note: Jalalaqsi is also the name of a neighbouring district centre; coded at the base, not the district.""",
  [E("incident", "mortar attack", "2023-10-04", M("Jalalaqsi area (ATMIS base)", 3.63, 45.60, "SO", "approximate, base near Jalalaqsi, Hiraan"), ["al-Shabaab", "ATMIS"], alts=[BBT])],
  [],
  C + " 'The X area of Y district': X manual, Y (district town) alternate.",
  ["coder_note", "area_of", "district"]))

# 19 ---------------------------------------------------------------- Russia, Tuapse drone
d = "2024-05-23"
TUA = P("Tuapse", "RU")
add(D(R, 19, d, """Overnight 17-18 May 2024, Ukrainian forces launched drones against the Tuapse oil refinery (Tuapse district, Krasnodar krai), causing a fire in a processing unit. No casualties reported. Russia claimed 10 UAVs intercepted over Krasnodar krai and Crimea (coded separately as an interception).""",
  [E("incident", "drone strike", ["2024-05-17", "2024-05-18"], TUA, ["Ukraine"]),
   E("incident", "interception", ["2024-05-17", "2024-05-18"], P("Krasnodar", "RU"), ["Russia", "Ukraine"], optional=True)],
  [],
  C + " Night range. The region-wide interception claim: optional at the krai centre (Crimea is a region too, not pinned).",
  ["coder_note", "night_range", "interception", "admin_qualifier"]))

# 20 ---------------------------------------------------------------- Colombia, Cauca, distance without direction
d = "2024-05-27"
MOR = P("Morales", "CO")
add(D(R, 20, d, """On 20 May 2024, FARC dissidents of the Carlos Patiño front attacked a police station with explosives-laden drones approximately 8 km from Morales (Cauca department). 2 police officers injured.""",
  [E("incident", "drone attack", "2024-05-20", MOR, ["FARC dissidents", "National Police"])],
  [],
  C + " Distance without direction within ~15 km: pinned at the reference town.",
  ["coder_note", "offset", "admin_qualifier"]))

# 21 ---------------------------------------------------------------- DRC, Lubero, ADF
d = "2024-06-14"
LUB = P("Lubero", "CD")
add(D(R, 21, d, """On 7 June 2024, ADF militants attacked Masala village in the Bapere sector of Lubero territory, North Kivu province, killing 42 civilians with machetes and firearms. Survivors fled to Butembo. Source: civil society coordinator of Bapere, by phone from Butembo.""",
  [E("incident", "attack on civilians", "2024-06-07", M("Masala (Bapere sector)", 0.08, 28.83, "CD", "approximate, village in Bapere sector, west of Lubero"), ["ADF", "civilians"], alts=[LUB])],
  [P("Butembo", "CD")],
  C + " Village manual (uncertain), territory centre Lubero alternate. Butembo refuge and source.",
  ["coder_note", "district", "origin_place", "statement_place"]))

# 22 ---------------------------------------------------------------- Mexico, Chilpancingo, two incidents
d = "2024-10-10"
CHP = P("Chilpancingo", "MX")
add(D(R, 22, d, """On 6 October 2024, unidentified assailants killed the municipal president of Chilpancingo (Chilpancingo de los Bravo municipality, Guerrero); his body was found in a vehicle in the city. On 7 October 2024, armed men attacked a police patrol near Iguala (Iguala de la Independencia municipality, Guerrero), injuring 3 officers.""",
  [E("incident", "assassination", "2024-10-06", CHP, ["unknown", "local official"]),
   E("incident", "armed attack", "2024-10-07", P("Iguala", "MX", "Iguala de la Independencia"), ["unknown gunmen", "police"])],
  [],
  C + " Two incidents, two dates, two towns (~90 km apart).",
  ["coder_note", "multi_event", "admin_qualifier"]))

# 23 ---------------------------------------------------------------- Colombia, Segovia (homonym)
d = "2023-05-15"
SEG = P("Segovia", "CO")
add(D(R, 23, d, """On 9 May 2023, Clan del Golfo (AGC) members clashed with ELN guerrillas in rural Segovia (Segovia municipality, Antioquia department). 4 fatalities. Several families displaced to the urban centre of Segovia and to Remedios.""",
  [E("incident", "armed clashes", "2023-05-09", SEG, ["Clan del Golfo", "ELN"])],
  [P("Remedios", "CO")],
  C + " Segovia resolved in Colombia's Antioquia (a Spanish city of the same name exists; first gazetteer candidate in CO is right). Remedios (~15 km) refuge.",
  ["coder_note", "homonym", "origin_place"]))

# 24 ---------------------------------------------------------------- Myanmar, Hpakant
d = "2024-04-22"
HPA = P("Hpakant", "MM")
add(D(R, 24, d, """On 15 April 2024, KIA troops attacked a Myanmar military outpost in Seng Tawng village tract, Hpakant township (Mohnyin district, Kachin state). Military fighter jets responded with airstrikes on the same village tract. 7 fatalities coded (5 soldiers, 2 KIA).""",
  [E("incident", "armed clashes", "2024-04-15", M("Seng Tawng", 25.55, 96.22, "MM", "approximate, jade-mining area south-west of Hpakant"), ["KIA", "Myanmar military"], alts=[HPA])],
  [],
  C + " Attack and response airstrikes at the same village tract the same day: one event (manual), township alternate.",
  ["coder_note", "township", "multi_site_one_event"]))

# 25 ---------------------------------------------------------------- Bangladesh, Teknaf, abduction
d = "2024-03-25"
TEK = P("Teknaf", "BD")
add(D(R, 25, d, """On 18 March 2024, an armed gang abducted 7 farmers from the hills of Hnila union in Teknaf upazila (Cox's Bazar district, Chittagong division). Police suspect Rohingya criminals based in the camps of Ukhia. Ransom demanded.""",
  [E("incident", "abduction", "2024-03-18", OFF("Hnila union (north of Teknaf)", TEK, 10, BEAR["north"]), ["armed gang", "civilians"], alts=[TEK])],
  [P("Cox's Bazar", "BD", "Cox's Bazar"), M("Ukhia", 21.24, 92.11, "BD", "approximate, upazila centre")],
  C + " Union ~10 km north of Teknaf: computed, Teknaf alternate. 'Based in the camps of Ukhia': based-in place; Cox's Bazar district qualifier.",
  ["coder_note", "offset", "based_in", "admin_qualifier", "abduction"]))

# 26 ---------------------------------------------------------------- Ukraine, Sloviansk homonym
d = "2023-04-18"
SLV = P("Sloviansk", "UA", "Slovyansk", pick=1)
add(D(R, 26, d, """On 14 April 2023, Russian forces fired S-300 missiles at Sloviansk (Kramatorsk raion, Donetsk oblast), hitting a five-storey residential building. 15 civilians killed, 24 injured.""",
  [E("incident", "missile strike", "2023-04-14", SLV, ["Russia", "civilians"])],
  [],
  C + " The gazetteer's first 'Slovyansk' candidate is Nikopol (a wrong alternate name); the second is Sloviansk, used here. Kramatorsk raion and Donetsk oblast are qualifiers (not listed: Kramatorsk is ~15 km away).",
  ["coder_note", "homonym", "admin_qualifier"]))

# 27 ---------------------------------------------------------------- Mozambique, Mueda
d = "2023-11-21"
MUE = P("Mueda", "MZ")
add(D(R, 27, d, """Between 10 and 12 November 2023, ISM militants ambushed a convoy of Mozambican and Rwandan forces on the N380 road about 25 km south-east of Mueda (Mueda district, Cabo Delgado). Fatalities unknown. Reports are from Pemba and could not be verified.""",
  [E("incident", "ambush", ["2023-11-10", "2023-11-12"], OFF("25 km south-east of Mueda", MUE, 25, BEAR["southeast"]), ["Islamic State Mozambique", "Mozambique Armed Forces", "Rwanda Defence Force"], alts=[MUE])],
  [P("Pemba", "MZ")],
  C + " Range given; offset computed. Pemba source place.",
  ["coder_note", "date_range", "offset", "statement_place"]))

# 28 ---------------------------------------------------------------- Burkina, Nondin and Soro
d = "2024-03-04"
add(D(R, 28, d, """On 25 February 2024, military forces killed 223 civilians in Nondin and Soro villages (Thiou department, Yatenga province). The same day, JNIM militants attacked a church in Essakane village near Dori (coded separately). Survivors of Nondin fled to Ouahigouya. Source: HRW report, issued in Nairobi.""",
  [E("incident", "attack on civilians", "2024-02-25", M("Nondin and Soro (Thiou department)", 13.80, -2.65, "BF", "approximate, villages near Thiou"), ["Burkinabè Armed Forces", "civilians"], alts=[M("Thiou", 13.81, -2.67, "BF", "approximate, department seat")])],
  [P("Ouahigouya", "BF"), P("Nairobi", "KE"), P("Dori", "BF")],
  C + " Two villages a few km apart: one event (manual), Thiou alternate. The Essakane attack 'coded separately' is not part of this note (Dori listed). Ouahigouya refuge; Nairobi report place.",
  ["coder_note", "admin_qualifier", "origin_place", "statement_place"]))

# 29 ---------------------------------------------------------------- Iraq, Tarmiyah
d = "2023-05-08"
TAR = M("Tarmiyah", 33.67, 44.40, "IQ", "approximate, Tarmiyah town north of Baghdad")
add(D(R, 29, d, """On 3 May 2023, IS militants attacked an Iraqi army post with small arms in the Al-Mashahda area of Tarmiyah district, Baghdad governorate. 1 soldier killed. Iraqi aircraft conducted follow-up strikes in the Mutaibijah area (Salah al-Din) on 4 May 2023.""",
  [E("incident", "armed attack", "2023-05-03", M("Al-Mashahda", 33.62, 44.30, "IQ", "approximate, area north of Baghdad"), ["Islamic State", "Iraqi Army"], alts=[TAR]),
   E("incident", "airstrike", "2023-05-04", M("Mutaibijah", 34.25, 44.25, "IQ", "approximate, desert area in eastern Salah al-Din"), ["Iraqi Air Force", "Islamic State"])],
  [P("Baghdad", "IQ")],
  C + " 'Area of district': X manual with the district town as alternate. Second incident on the next day elsewhere. Baghdad governorate qualifier.",
  ["coder_note", "area_of", "multi_event", "admin_qualifier"]))

# 30 ---------------------------------------------------------------- Kosovo, Banjska
d = "2023-09-30"
ZVE = P("Zvečan", "XK", "Zvecan")
add(D(R, 30, d, """On 24 September 2023, around 30 armed Serb men attacked a Kosovo Police patrol near Banjska village (Zvečan municipality, Mitrovica district) and then barricaded themselves in Banjska monastery. 1 police officer and 3 attackers killed. Arrests made later in Mitrovica (coded separately).""",
  [E("incident", "armed attack", "2023-09-24", M("Banjska", 42.97, 20.78, "XK", "approximate, village west of Zvečan"), ["Serbian paramilitaries", "Kosovo Police"], alts=[ZVE])],
  [P("Mitrovica", "XK")],
  C + " Patrol attack and the monastery siege: one event (manual point), municipality alternate. Mitrovica (district, arrests coded separately) non-event.",
  ["coder_note", "admin_qualifier", "multi_site_one_event"]))
