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

# 8 ---------------------------------------------------------------- Haiti, Pétion-Ville? -> Cabaret
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
