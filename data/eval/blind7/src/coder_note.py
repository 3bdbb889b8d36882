from lib import *
R = "coder_note"
DOCS = []
add = DOCS.append
C = "Coder note: the stated day is the gold date; the most specific named place is the pin."

# 1
d = "2024-06-10"
add(D(R, 1, d, """On 3 June 2024, Russian forces shelled Kurakhove (Pokrovsk raion, Donetsk oblast) with artillery and guided aerial bombs. 2 civilians killed, 4 injured; a hospital building and several houses damaged.""",
  [E("incident", "shelling", "2024-06-03", P("Kurakhove", "UA"), ["Russia", "civilians"])],
  [P("Pokrovsk", "UA")],
  C + " Raion named after Pokrovsk (~40 km): qualifier, non-event.",
  ["coder_note", "admin_qualifier"]))

# 2
d = "2023-10-16"
add(D(R, 2, d, """On 11 October 2023, Russian forces fired on Beryslav (Beryslav raion, Kherson oblast) from the left bank of the Dnipro, using drones with dropped munitions. 1 civilian injured. Separately, on the same day, shelling of Kherson city was reported (coded as a separate event).""",
  [E("incident", "drone attack", "2023-10-11", P("Beryslav", "UA"), ["Russia", "civilians"]),
   E("incident", "shelling", "2023-10-11", P("Kherson", "UA"), ["Russia"])],
  [],
  C + " Two incidents in one note (~60 km apart).",
  ["coder_note", "multi_event", "admin_qualifier"]))

# 3
d = "2024-03-25"
add(D(R, 3, d, """Around 18 March 2024 (between 16 and 20 March), Ukrainian forces shelled Grayvoron (Grayvoronsky district, Belgorod oblast, Russia). 1 civilian killed. Reported by the Belgorod governor.""",
  [E("incident", "shelling", ["2024-03-16", "2024-03-20"], P("Grayvoron", "RU"), ["Ukraine", "civilians"])],
  [P("Belgorod", "RU")],
  C + " Bracketed range. Belgorod: oblast name and source (~60 km).",
  ["coder_note", "date_range", "admin_qualifier", "source_place"]))

# 4
d = "2023-09-04"
THB = M("Thiban", 35.01, 40.52, "SY", "approximate, town on the Euphrates south-east of Deir ez-Zor")
add(D(R, 4, d, """Around 30 August 2023 (between 28 August and 1 September), SDF and Arab tribal fighters clashed in the Thiban area of Deir-ez-Zor district, Deir-ez-Zor governorate. At least 9 fighters killed. Tribal reinforcements reportedly came from Hajin.""",
  [E("incident", "armed clashes", ["2023-08-28", "2023-09-01"], THB, ["SDF", "Arab tribal forces"])],
  [P("Deir ez-Zor", "SY"), M("Hajin", 34.69, 40.83, "SY", "approximate, town on the Euphrates south-east of Thiban")],
  C + " Deir-ez-Zor district/governorate centre (~50 km) qualifier. Hajin: origin of reinforcements.",
  ["coder_note", "date_range", "district", "origin_place"]))

# 5
d = "2024-05-27"
add(D(R, 5, d, """On 21 May 2024, an IED detonated near a vehicle carrying a former opposition commander in Jasim (As-Sanamayn district, Dar'a governorate). The commander and his son were killed. Perpetrator unknown.""",
  [E("incident", "IED", "2024-05-21", P("Jasim", "SY"), ["unknown", "former opposition"])],
  [P("Dar'a", "SY", "Daraa")],
  C + " As-Sanamayn not listed (district centre ~15 km). Dar'a city (~45 km) is the governorate name.",
  ["coder_note", "admin_qualifier", "district"]))

# 6
d = "2023-12-11"
add(D(R, 6, d, """On 6 December 2023, suspected IS militants attacked an Iraqi army post in the Wadi al-Shay area of Daquq district, Kirkuk governorate, with small arms. 2 soldiers killed, 1 injured.""",
  [E("incident", "armed attack", "2023-12-06", P("Daquq", "IQ"), ["Islamic State", "Iraqi army"])],
  [P("Kirkuk", "IQ")],
  C + " Wadi al-Shay area pinned at the district centre (Daquq). Kirkuk: governorate name (~40 km).",
  ["coder_note", "district", "admin_qualifier"]))

# 7
d = "2024-08-19"
MAK = P("Makhmur camp", "IQ", "Makhmur")
add(D(R, 7, d, """On 16 August 2024, a Turkish drone struck a vehicle near the Makhmur refugee camp (Makhmur district, Ninewa governorate). 1 person killed. PKK-affiliated media reported the victim was a camp resident.""",
  [E("incident", "drone strike", "2024-08-16", MAK, ["Turkey", "PKK-affiliated"])],
  [],
  C + " Camp pinned at Makhmur town (gazetteer Mexmur; camp ~3 km).",
  ["coder_note", "district", "camp"]))

# 8
d = "2024-03-18"
add(D(R, 8, d, """On 14 March 2024, an Israeli drone struck a motorcycle in Kfar Kila (Marjaayoun, Nabatieh). 1 Hezbollah member killed. Hezbollah later fired rockets at Metula (coded separately from the IDF strike; see Israel file).""",
  [E("incident", "drone strike", "2024-03-14", P("Kfar Kila", "LB"), ["Israel", "Hezbollah"])],
  [P("Nabatieh", "LB", "Nabatîyé et Tahta")],
  C + " Metula rocket fire is coded in another file (not part of this note's gold; Metula ~3 km so not listed). Nabatieh: governorate name (~25 km).",
  ["coder_note", "admin_qualifier", "cross_reference"]))

# 9
d = "2024-04-15"
add(D(R, 9, d, """On 12 April 2024, Israeli settlers attacked Turmus Ayya and set fire to houses and cars (Ramallah governorate). 1 Palestinian killed by live fire. On 13 April 2024, settlers raided al-Mughayyir in the same area (coded separately).""",
  [E("incident", "settler attack", "2024-04-12", P("Turmus Ayya", "PS", "Turmus Ayya"), ["Israeli settlers", "civilians"]),
   E("incident", "settler attack", "2024-04-13", M("al-Mughayyir", 32.02, 35.33, "PS", "approximate, village north-east of Ramallah"), ["Israeli settlers", "civilians"])],
  [P("Ramallah", "PS")],
  C + " Two villages on two days: two events (~5 km apart). Ramallah: governorate name (~15 km).",
  ["coder_note", "multi_event", "admin_qualifier", "village"]))

# 10
d = "2024-01-29"
add(D(R, 10, d, """On 25 January 2024, Houthi forces fired artillery and a drone at government positions in the Murais area of Qa'tabah district (Ad Dali' governorate). 3 government soldiers killed.""",
  [E("incident", "shelling", "2024-01-25", P("Qa'tabah", "YE", "Qa'tabah"), ["Houthis", "Yemeni government forces"])],
  [P("Ad Dali'", "YE", "Ad Dali")],
  C + " Murais pinned at the district centre (Qa'tabah, ~10 km). Ad Dali' city (~20 km) governorate name.",
  ["coder_note", "district", "admin_qualifier"]))

# 11
d = "2024-06-10"
WAN = M("Wad al-Noura", 14.53, 32.95, "SD", "approximate, village west of Al Manaqil, Al Jazirah state; placement uncertain")
add(D(R, 11, d, """On 5 June 2024, RSF attacked Wad al-Noura village (Al Manaqil locality, Al Jazirah state) with heavy weapons. More than 100 civilians killed. Survivors fled to Al Manaqil town.""",
  [E("incident", "attack on civilians", "2024-06-05", WAN, ["Rapid Support Forces", "civilians"], alts=[P("Al Manaqil", "SD", "Al Manaqil")])],
  [],
  C + " Village pinned manually; Al Manaqil (locality centre and refuge, ~25 km) alternate.",
  ["coder_note", "village", "origin_place", "admin_qualifier"]))

# 12
d = "2024-01-22"
add(D(R, 12, d, """On 16 January 2024, the Ethiopian military carried out a drone strike on a market in Merawi town (Mecha woreda, West Gojjam zone, Amhara). At least 8 civilians killed. The strike followed clashes with Fano in the area on 14 January (coded separately).""",
  [E("incident", "drone strike", "2024-01-16", P("Merawi", "ET"), ["Ethiopian military", "civilians"]),
   E("incident", "armed clashes", "2024-01-14", P("Merawi", "ET"), ["ENDF", "Fano"], optional=True)],
  [],
  C + " The earlier clashes 'in the area' are dated but coded elsewhere: optional, same pin.",
  ["coder_note", "admin_qualifier", "background_event"]))

# 13
d = "2023-03-27"
add(D(R, 13, d, """On 22 March 2023, Al Shabaab militants attacked SNA positions on the outskirts of El Bur (El Bur district, Galgaduud region) with mortars and small arms. Casualties unknown.""",
  [E("incident", "armed attack", "2023-03-22", P("El Bur", "SO"), ["al-Shabaab", "Somali National Army"])],
  [],
  C + " Gazetteer Ceelbuur.",
  ["coder_note", "alt_spelling", "admin_qualifier"]))

# 14
d = "2024-05-06"
RUB = M("Rubaya", -1.56, 28.88, "CD", "approximate, coltan-mining town in Masisi territory")
add(D(R, 14, d, """On 30 April 2024, M23 took control of Rubaya (Masisi territory, North Kivu) after clashes with Wazalendo militias and FARDC. Coded as armed clash; fatalities unknown. Civilians fled towards Sake and Goma.""",
  [E("incident", "armed clashes", "2024-04-30", RUB, ["M23", "Wazalendo", "FARDC"])],
  [P("Goma", "CD")],
  C + " Takeover part of the clash. Sake (~25 km) within the radius, not listed; Goma (~40 km) refuge.",
  ["coder_note", "origin_place", "admin_qualifier"]))

# 15
d = "2022-02-07"
SAV = M("Plaine Savo IDP site", 1.78, 30.25, "CD", "approximate, site in Bahema Nord chiefdom, Djugu territory")
add(D(R, 15, d, """On the night of 1-2 February 2022, CODECO militia attacked the Plaine Savo IDP site (Bahema Nord chiefdom, Djugu territory, Ituri). 60 civilians killed. MONUSCO peacekeepers based in Bule intervened.""",
  [E("incident", "attack on civilians", ["2022-02-01", "2022-02-02"], SAV, ["CODECO", "civilians"])],
  [P("Bunia", "CD")],
  C + " Night range. Bule (peacekeepers' base, ~5 km) not listed; Bunia (provincial capital, ~70 km) as non-event for Ituri.",
  ["coder_note", "date_range", "camp", "origin_place", "admin_qualifier"]))

# 16
d = "2023-11-20"
ANC = M("Ancuabe", -12.97, 39.86, "MZ", "approximate, district town west of Pemba")
add(D(R, 16, d, """On 14 November 2023, ISM militants attacked Nacololo village near Ancuabe (Ancuabe district, Cabo Delgado) and beheaded 2 civilians. Some 20 houses burnt.""",
  [E("incident", "armed attack", "2023-11-14", ANC, ["Islamic State Mozambique", "civilians"])],
  [],
  C + " Village pinned at the district town ('near Ancuabe').",
  ["coder_note", "village", "district"]))

# 17
d = "2022-06-20"
SEY = M("Seytenga", 14.18, 0.26, "BF", "approximate, town in Seno province near the Niger border")
add(D(R, 17, d, """On the night of 11-12 June 2022, JNIM or ISGS militants killed at least 86 civilians in Seytenga (Seno province, Sahel region). Survivors fled to Dori, about 40 km to the southwest.""",
  [E("incident", "attack on civilians", ["2022-06-11", "2022-06-12"], SEY, ["JNIM or ISGS", "civilians"])],
  [P("Dori", "BF")],
  C + " Night range; Dori refuge (~40 km, within 50 km — not a scored distractor).",
  ["coder_note", "date_range", "origin_place", "admin_qualifier"]))

# 18
d = "2024-02-12"
add(D(R, 18, d, """Around 6 February 2024 (between 4 and 8 February), JNIM militants attacked a Dozo checkpoint near Niono (Niono cercle, Ségou region). 4 Dozo killed. Location coded at the cercle capital.""",
  [E("incident", "armed attack", ["2024-02-04", "2024-02-08"], P("Niono", "ML"), ["JNIM", "Dozo militia"])],
  [P("Ségou", "ML", "Segou")],
  C + " Bracketed range. Ségou: region name (~100 km).",
  ["coder_note", "date_range", "admin_qualifier"]))

# 19
d = "2019-12-16"
INA = M("Inates", 15.13, 1.35, "NE", "approximate, military camp in Tillaberi region near the Malian border")
add(D(R, 19, d, """On 10 December 2019, ISGS militants attacked the military camp of Inates (Ayorou department, Tillaberi region) with mortars and vehicles. 71 soldiers killed. The Nigerien government declared three days of mourning from Niamey.""",
  [E("incident", "armed attack", "2019-12-10", INA, ["ISGS", "Niger armed forces"])],
  [P("Ayorou", "NE"), P("Niamey", "NE")],
  C + " Ayorou department centre (~50 km) qualifier; Niamey statement place.",
  ["coder_note", "admin_qualifier", "statement_place", "facility"]))

# 20
d = "2020-12-14"
add(D(R, 20, d, """On the night of 11-12 December 2020, bandits attacked the Government Science Secondary School Kankara (Kankara LGA, Katsina state) and abducted more than 300 students. The abductors reportedly moved the students into the Rugu forest.""",
  [E("incident", "abduction", ["2020-12-11", "2020-12-12"], P("Kankara", "NG"), ["bandits", "students"])],
  [],
  C + " The forest is a destination, not pinned.",
  ["coder_note", "date_range", "admin_qualifier"]))

# 21
d = "2024-06-03"
AGA = M("Agatu LGA", 7.87, 7.87, "NG", "approximate, LGA headquarters Obagaji, Benue state")
add(D(R, 21, d, """On 28 May 2024, Fulani herdsmen attacked villages in Agatu LGA (Benue state). 12 civilians killed. The state government in Makurdi condemned the attack.""",
  [E("incident", "attack on civilians", "2024-05-28", AGA, ["Fulani herdsmen", "civilians"])],
  [P("Makurdi", "NG")],
  C + " Unnamed villages in an LGA: LGA headquarters pinned. Makurdi (~80 km) statement place.",
  ["coder_note", "district", "statement_place"]))

# 22
d = "2023-07-10"
add(D(R, 22, d, """On 5 July 2023, Ambazonian separatists ambushed a military convoy near Mamfe (Manyu division, South-West region). 3 soldiers killed. A distance of about 15 km from Mamfe was reported without a direction; coded at Mamfe.""",
  [E("incident", "ambush", "2023-07-05", P("Mamfe", "CM"), ["Ambazonian separatists", "Cameroonian military"])],
  [],
  C + " Distance without direction: pinned at the reference town (15 km, within the radius).",
  ["coder_note", "offset", "admin_qualifier"]))

# 23
d = "2023-03-06"
add(D(R, 23, d, """On 1 March 2023, Pakistani forces fired mortar shells into the Dangam district of Kunar province from across the Durand Line. 2 civilians killed, 3 injured. The Taliban provincial governor in Asadabad protested the shelling.""",
  [E("incident", "cross-border shelling", "2023-03-01", P("Dangam", "AF"), ["Pakistan military", "civilians"])],
  [P("Asadabad", "AF")],
  C + " Asadabad (~30 km) statement place; inside the radius.",
  ["coder_note", "district", "statement_place"]))

# 24
d = "2024-11-25"
BAG = M("Bagan (Lower Kurram)", 33.66, 70.26, "PK", "approximate, village on the Parachinar–Peshawar road in Lower Kurram; placement uncertain")
add(D(R, 24, d, """On 21 November 2024, unidentified gunmen opened fire on a convoy of passenger vehicles near Bagan (Lower Kurram tehsil, Kurram district, Khyber Pakhtunkhwa). At least 42 passengers killed. The convoy was travelling from Parachinar to Peshawar.""",
  [E("incident", "armed attack", "2024-11-21", BAG, ["unknown gunmen", "civilians"])],
  [P("Parachinar", "PK"), P("Peshawar", "PK")],
  C + " Convoy's origin and destination are not event places.",
  ["coder_note", "origin_place", "admin_qualifier", "village"]))

# 25
d = "2024-11-18"
add(D(R, 25, d, """On 11 November 2024, suspected Kuki-Zo militants attacked the Borobekra police station and a CRPF camp in Jiribam district (Manipur). 10 militants killed by security forces. 6 Meitei civilians abducted from a relief camp (coded as separate abduction event on the same day).""",
  [E("incident", "armed clashes", "2024-11-11", P("Jiribam", "IN"), ["Kuki-Zo militants", "CRPF"]),
   E("incident", "abduction", "2024-11-11", P("Jiribam", "IN"), ["Kuki-Zo militants", "civilians"], optional=True)],
  [],
  C + " Borobekra (~20 km) pinned at the district centre. The abduction at the same place is a separately coded event: optional (same pin). Manipur: state (not pinned).",
  ["coder_note", "district", "multi_event"]))

# 26
d = "2024-02-12"
add(D(R, 26, d, """On 8 February 2024, Arakan Army (AA) took control of a Myanmar military outpost near Mrauk-U (Mrauk-U township, Rakhine state) after days of fighting. Coded as armed clash; fatalities unknown.""",
  [E("incident", "armed clashes", "2024-02-08", P("Mrauk-U", "MM", "Mrauk U"), ["Arakan Army", "Myanmar military"])],
  [],
  C + " 'After days of fighting': the coded day is 8 February.",
  ["coder_note", "admin_qualifier"]))

# 27
d = "2025-01-20"
add(D(R, 27, d, """On 16 January 2025, ELN fighters attacked FARC dissident (Frente 33) members and civilians in rural Teorama (Norte de Santander). Dozens killed; thousands displaced to Cúcuta and Ocaña. Clashes also reported in Tibú the same day (coded separately).""",
  [E("incident", "armed clashes", "2025-01-16", P("Teorama", "CO"), ["ELN", "FARC dissidents", "civilians"]),
   E("incident", "armed clashes", "2025-01-16", P("Tibú", "CO", "Tibu"), ["ELN", "FARC dissidents"], optional=True)],
  [P("Cúcuta", "CO", "Cucuta"), P("Ocaña", "CO", "Ocana")],
  C + " Tibú: coded elsewhere, optional. Cúcuta and Ocaña (~45 km, inside the radius) refuges.",
  ["coder_note", "origin_place", "multi_event"]))

# 28
d = "2024-03-04"
add(D(R, 28, d, """On 27 February 2024, CJNG members attacked with explosive-laden drones in rural areas of Coalcomán (Michoacán). 2 civilians injured. The state government in Morelia announced additional deployments.""",
  [E("incident", "drone attack", "2024-02-27", P("Coalcomán", "MX", "Coalcoman"), ["CJNG", "civilians"])],
  [P("Morelia", "MX")],
  C + " Morelia: statement place.",
  ["coder_note", "statement_place"]))

# 29
d = "2024-05-06"
add(D(R, 29, d, """On 30 April 2024, about 2,000 people held a peaceful rally in Batumi (Adjara) against the 'foreign agents' bill. No arrests or injuries. Coded as peaceful protest.""",
  [E("other", "peaceful protest", "2024-04-30", P("Batumi", "GE"), ["protesters"])],
  [],
  C + " A peaceful protest: kind other, no scored gold.",
  ["coder_note", "protest", "no_scored_gold"]))

# 30
d = "2025-04-07"
add(D(R, 30, d, """On 31 March 2025, members of the Viv Ansanm gang coalition attacked Cabaret (Arcahaie arrondissement, Ouest department), killing 4 civilians and burning houses. Residents fled towards Arcahaie town. Coded as attack.""",
  [E("incident", "attack on civilians", "2025-03-31", P("Cabaret", "HT"), ["Viv Ansanm", "civilians"])],
  [P("Arcahaie", "HT")],
  C + " Arcahaie (arrondissement centre and refuge, ~15 km) within the radius.",
  ["coder_note", "admin_qualifier", "origin_place"]))
