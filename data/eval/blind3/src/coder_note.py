from lib import *
R = "coder_note"
DOCS = []
add = DOCS.append

AMD = P("Amedi", "IQ", "Al Amadiyah")

add(D(R, 1, "2024-01-05", """On 3 January 2024, Turkish forces carried out drone strikes on the Gara mountain area of Amedi district, Duhok province. Casualties unknown.""",
  [E("incident", "drone strike", "2024-01-03", M("Gara mountain", 37.02, 43.33, "IQ", "approximate centre of Mount Gara"), ["Turkey", "PKK"], alts=[AMD])],
  [], "Stated date differs from publication date. Mountain area approximate, Amedi district centre alternate (~15 km).",
  ["stated_date", "admin_qualifier", "mountain_area"]))

add(D(R, 2, "2023-03-15", """On 12 March 2023, SDF forces clashed with suspected IS militants near Al Busayrah, Deir ez-Zor. 2 SDF fighters were killed. The militants fled toward the Badia (desert) area.""",
  [E("incident", "clashes", "2023-03-12", P("Al Busayrah", "SY"), ["SDF", "IS"])],
  [], "Badia is a vague region, not a pin.", ["stated_date"]))

add(D(R, 3, "2024-06-07", """On 5 June 2024, Russian forces shelled Nikopol city (Nikopol raion, Dnipropetrovsk oblast) with artillery from positions on the left bank of the Dnipro, killing 1 civilian and wounding 2. Energodar, across the river, is the assumed firing location.""",
  [E("incident", "shelling", "2024-06-05", P("Nikopol", "UA"), ["Russia"])],
  [M("Enerhodar", 47.499, 34.656, "UA")],
  "Enerhodar is the assumed firing origin (21 km away; inside 50 km so only a mild trap). Dnipro here is the river.",
  ["origin_place", "admin_qualifier", "stated_date"]))

BLW = P("Beledweyne", "SO")
add(D(R, 4, "2022-08-22", """On 18 August 2022, Al Shabaab detonated an IED targeting an SNA convoy 10 km west of Beledweyne town (Hiraan region). 3 soldiers were killed.""",
  [E("incident", "IED", "2022-08-18", OFF("10 km W of Beledweyne", BLW, 10, 270), ["al-Shabaab", "SNA"], alts=[BLW])],
  [], "Computed offset point, Beledweyne alternate.", ["offset", "stated_date"]))

add(D(R, 5, "2023-11-14", """On 14 November 2023, Israeli forces shelled the outskirts of Aitaroun and Maroun al-Ras (Bint Jbeil, Nabatiye). No fatalities reported.""",
  [E("incident", "shelling", "2023-11-14", M("Aitaroun", 33.117, 35.468, "LB"), ["Israel"]),
   E("incident", "shelling", "2023-11-14", M("Maroun al-Ras", 33.098, 35.445, "LB"), ["Israel"])],
  [], "Two towns, one event each (3 km apart).", ["multi_event", "admin_qualifier"]))

FAS = P("El Fasher", "SD")
add(D(R, 6, "2024-04-16", """On 13 April 2024, RSF forces shelled Abu Shouk IDP camp, north of El Fasher (North Darfur), killing 3 civilians. The wounded were taken to the Saudi Hospital in El Fasher.""",
  [E("incident", "shelling", "2024-04-13", M("Abu Shouk camp", 13.665, 25.345, "SD", "approximate, northern edge of El Fasher"), ["RSF"], alts=[FAS])],
  [], "Camp approximate with El Fasher alternate (4 km).", ["camp", "stated_date"]))

add(D(R, 7, "2023-09-08", """On 6 September 2023, TTP militants attacked two military posts in the Kalash valley area of Chitral district, Khyber Pakhtunkhwa, from across the Afghan border. 4 soldiers and 12 militants killed in the clashes that followed.""",
  [E("incident", "attack on military posts", "2023-09-06", M("Kalash valleys (Bumburet)", 35.72, 71.70, "PK", "approximate, Bumburet valley"), ["TTP", "Pakistan Army"], alts=[P("Chitral", "PK")])],
  [], "Afghan border is a direction/origin, not a place pin.", ["stated_date", "admin_qualifier"]))

add(D(R, 8, "2024-12-27", """On 24 December 2024, Pakistani military aircraft carried out airstrikes on several villages in Barmal district, Paktika province. Taliban officials reported 46 people killed, mostly refugees from Waziristan.""",
  [E("incident", "airstrike", "2024-12-24", M("Barmal district", 32.75, 69.15, "AF", "approximate district centre"), ["Pakistan"], alts=[P("Sharana", "AF")])],
  [P("Miran Shah (Waziristan)", "PK", "Miran Shah")],
  "District pinned at an approximate centre; Paktika capital Sharana as alternate is far (~70 km) and only counts under the wide radius. Waziristan is the victims' origin.",
  ["origin_place", "admin_qualifier", "stated_date"]))

add(D(R, 9, "2022-05-03", """On 2 May 2022, HTS security forces arrested 3 men in Sarmada (Harim district, Idlib governorate) on charges of belonging to IS cells.""",
  [E("incident", "arrest", "2022-05-02", M("Sarmada", 36.186, 36.714, "SY"), ["HTS"], optional=True)],
  [], "Arrests are not strikes/raids/clashes: kept optional.", ["arrest", "ambiguous"]))

add(D(R, 10, "2023-02-01", """On 30 January 2023, unidentified gunmen killed a mukhtar in Al-Hawija town (Kirkuk). The victim, Hamid Khalaf, was reportedly targeted for cooperating with the Iraqi army.""",
  [E("incident", "shooting", "2023-01-30", M("Al-Hawija", 35.32, 43.76, "IQ"), ["unknown gunmen"])],
  [P("Kirkuk", "IQ")],
  "Kirkuk is the province qualifier; the city is ~60 km away. Victim name invented.", ["admin_qualifier", "stated_date"]))

add(D(R, 11, "2024-04-09", """On 7 April 2024, Houthi forces shelled government army positions in the village of Al-Barh, Maqbanah district, Taiz governorate, killing 1 child. Taiz city was not affected.""",
  [E("incident", "shelling", "2024-04-07", M("Al-Barh", 13.45, 43.62, "YE", "approximate, Maqbanah district west of Taiz"), ["Houthis", "Yemeni government forces"])],
  [P("Taiz", "YE")],
  "Explicit denial for Taiz city (~45 km).", ["admin_qualifier", "negated_place"]))

add(D(R, 12, "2024-07-03", """On 1 July 2024, suspected JNIM militants attacked a wedding ceremony in Djiguibombo, a small village near Bandiagara, Mopti region. About 40 civilians killed.""",
  [E("incident", "attack on civilians", "2024-07-01", M("Djiguibombo", 14.37, -3.50, "ML", "approximate, east of Bandiagara"), ["JNIM"], alts=[P("Bandiagara", "ML")])],
  [], "Small village approximate; Bandiagara alternate.", ["small_village", "stated_date"]))

add(D(R, 13, "2024-08-27", """On 24 August 2024, JNIM militants attacked soldiers and civilians digging defensive trenches on the outskirts of Barsalogho (Sanmatenga province, Centre-Nord). Hundreds reported killed.""",
  [E("incident", "attack", "2024-08-24", M("Barsalogho", 13.42, -1.06, "BF"), ["JNIM"])],
  [], "", ["stated_date", "admin_qualifier"]))

add(D(R, 14, "2023-10-23", """On 22 October 2023, the Israeli air force struck the Al-Ansar mosque in Jenin camp, Jenin. 2 militants killed. IDF claims the mosque was used by Hamas and PIJ operatives planning attacks in Tel Aviv.""",
  [E("incident", "airstrike", "2023-10-22", P("Jenin camp", "PS", "Jenin"), ["Israel", "Hamas", "PIJ"])],
  [P("Tel Aviv", "IL")],
  "Tel Aviv is the alleged target of planned (future) attacks.", ["future_event", "camp"]))

KY = P("Khan Younis", "PS", "Khan Yunis")
add(D(R, 15, "2024-07-10", """On 9 July 2024, an Israeli airstrike hit a school sheltering displaced families in Abasan al-Kabira, east of Khan Younis. At least 29 killed, most of them families from Rafah who had fled the Israeli offensive there.""",
  [E("incident", "airstrike", "2024-07-09", M("Abasan al-Kabira", 31.323, 34.344, "PS"), ["Israel"], alts=[KY])],
  [P("Rafah", "PS")],
  "Rafah qualifies the victims (~11 km from gold, inside 50 km).", ["qualifier_place", "stated_date"]))

BAB = P("Al Bab", "SY")
add(D(R, 16, "2024-06-19", """On 19 June 2024, a drone of unknown affiliation struck a car 5 km north of Al Bab (Aleppo governorate), killing 2 SNA members.""",
  [E("incident", "drone strike", "2024-06-19", OFF("5 km N of Al Bab", BAB, 5, 0), ["unknown", "SNA"], alts=[BAB])],
  [P("Aleppo", "SY")], "Governorate qualifier Aleppo (~40 km, inside 50).", ["offset", "admin_qualifier"]))

add(D(R, 17, "2024-02-06", """On 4 February 2024, around 200 graduates protested in front of the governorate building in Nasiriyah (Dhi Qar) demanding jobs. The protest was peaceful; no injuries.""",
  [E("other", "protest", "2024-02-04", P("Nasiriyah", "IQ"), ["protesters"])],
  [], "Peaceful protest: kind other, not scored. No scored gold.", ["no_gold", "protest"]))

KIS = P("Kismayo", "SO")
add(D(R, 18, "2023-06-19", """On 17 June 2023, US AFRICOM conducted an airstrike against al Shabaab militants approximately 35 km northeast of Kismayo, Lower Juba. AFRICOM assessed that no civilians were injured.""",
  [E("incident", "airstrike", "2023-06-17", OFF("35 km NE of Kismayo", KIS, 35, 45), ["United States", "al-Shabaab"], alts=[KIS])],
  [], "", ["offset", "stated_date"]))

add(D(R, 19, "2024-01-04", """On 2 January 2024, Russian forces launched missile strikes on Kharkiv city and Kyiv city. In Kharkiv, a residential building was hit; 2 killed. In Kyiv, 4 were killed by falling debris in Solomianskyi district.""",
  [E("incident", "missile strike", "2024-01-02", P("Kharkiv", "UA"), ["Russia"]),
   E("incident", "missile strike", "2024-01-02", P("Kyiv", "UA"), ["Russia"])],
  [], "Two cities, one event each.", ["multi_event", "stated_date"]))

add(D(R, 20, "2024-04-21", """On 19 April 2024, Israeli forces raided Nur Shams refugee camp, east of Tulkarm, and clashed with Palestinian militants for two days. 14 Palestinians killed; bulldozers damaged roads. Some of the wounded were transferred to Nablus.""",
  [E("incident", "raid", ["2024-04-19", "2024-04-20"], M("Nur Shams camp", 32.318, 35.061, "PS"), ["Israel", "Palestinian militants"], alts=[P("Tulkarm", "PS")])],
  [P("Nablus", "PS")],
  "Two-day raid as a range. Nablus is a hospital city (~22 km, inside 50 km).", ["camp", "hospital_other_city", "date_range"]))

add(D(R, 21, "2024-06-07", """On 5 June 2024, RSF forces attacked Wad al-Noura village (Al Manaqil locality, Al Jazirah state), killing over 100 civilians. Residents had refused to hand over their weapons.""",
  [E("incident", "attack on village", "2024-06-05", M("Wad al-Noura", 14.38, 32.86, "SD", "approximate, north of Al Manaqil"), ["RSF"], alts=[P("Al Manaqil", "SD")])],
  [], "Village approximate, locality centre alternate.", ["small_village", "admin_qualifier"]))

add(D(R, 22, "2024-03-18", """On 16 March 2024, militants carried out a suicide attack on a security forces post in Mir Ali (North Waziristan), killing 7 soldiers. This follows an attack on 12 March on a checkpost in Dera Ismail Khan.""",
  [E("incident", "suicide attack", "2024-03-16", M("Mir Ali", 32.96, 70.28, "PK"), ["militants", "Pakistan security forces"]),
   E("incident", "attack", "2024-03-12", P("Dera Ismail Khan", "PK"), ["militants"], optional=True)],
  [], "Background attack is clearly dated: optional.", ["background_event", "stated_date"]))

add(D(R, 23, "2022-11-08", """On 8 November 2022, local gunmen clashed with an IS cell in Jasim town (Daraa). Ten IS members and 3 local gunmen killed. A Syrian army general, Brig. Gen. Nizar Hamawi, oversaw the siege.""",
  [E("incident", "clashes", "2022-11-08", P("Jasim", "SY"), ["local gunmen", "IS"])],
  [P("Hama", "SY")], "Officer surname 'Hamawi' (invented) resembles Hama.", ["person_name_place"]))

add(D(R, 24, "2021-08-18", """On 17 August 2021, a Turkish drone struck a clinic in Sikeniye village (Sinjar district, Ninewa). 8 killed, including YBS fighters. A vehicle had been hit near the same village the day before, according to Ezidi sources in Duhok.""",
  [E("incident", "drone strike", "2021-08-17", M("Sikeniye", 36.37, 41.75, "IQ", "approximate, north-west of Sinjar mountain"), ["Turkey", "YBS"], alts=[P("Sinjar", "IQ")]),
   E("incident", "drone strike", "2021-08-16", M("Sikeniye", 36.37, 41.75, "IQ", "approximate, north-west of Sinjar mountain"), ["Turkey"], optional=True)],
  [P("Duhok", "IQ")], "Earlier strike the day before is optional; Duhok is the sources' location.", ["background_event", "statement_place"]))

add(D(R, 25, "2024-01-08", """On 6 January 2024, an IED placed in a minibus detonated in the Dasht-e Barchi area of western Kabul, killing 5 Hazara civilians. ISKP claimed responsibility.""",
  [E("incident", "IED", "2024-01-06", M("Dasht-e Barchi, Kabul", 34.50, 69.09, "AF"), ["ISKP"], alts=[P("Kabul", "AF")])],
  [], "Neighbourhood approximate, Kabul alternate.", ["neighbourhood"]))

LAS = P("Laascaanood", "SO")
add(D(R, 26, "2023-08-25", """On 25 August 2023, SSC-Khatumo fighters overran the Somaliland army base at Goojacade, west of Laascaanood (Sool). Dozens of Somaliland soldiers captured.""",
  [E("incident", "clashes", "2023-08-25", M("Goojacade", 8.44, 47.22, "SO", "approximate, west of Las Anod"), ["SSC-Khatumo", "Somaliland army"], alts=[LAS])],
  [], "", ["small_village"]))

add(D(R, 27, "2024-02-24", """On 22 February 2024, US CENTCOM forces struck seven Houthi mobile anti-ship cruise missiles prepared to launch toward the Red Sea. Location not specified; coded at Al Hudaydah governorate.""",
  [E("incident", "airstrike", "2024-02-22", P("Al Hudaydah", "YE"), ["United States", "Houthis"], optional=True)],
  [], "Location unspecified; coder's default pin at Hodeidah is optional.", ["ambiguous", "unlocated"]))

add(D(R, 28, "2023-09-02", """On 2 September 2023, Kurdish and Arab/Turkmen demonstrators clashed in Kirkuk city over the handover of a KDP building; security forces fired on protesters. 4 killed.""",
  [E("incident", "clashes", "2023-09-02", P("Kirkuk", "IQ"), ["protesters", "Iraqi security forces"])],
  [], "Violent demonstration with fatalities coded as clash.", []))

TERA = P("Téra", "NE", "Tera")
add(D(R, 29, "2024-12-12", """On 10 December 2024, militants suspected of being ISSP attacked a Nigerien army patrol 35 km southwest of Téra (Tillabéri). 10 soldiers killed; ISSP claimed the attack from Ménaka (Mali).""",
  [E("incident", "attack on patrol", "2024-12-10", OFF("35 km SW of Téra", TERA, 35, 225), ["ISSP", "Niger army"], alts=[TERA])],
  [P("Ménaka", "ML", "Menaka")], "Ménaka is where the claim was issued.", ["offset", "statement_place"]))

add(D(R, 30, "2024-05-15", """On 15 May 2024, the Lebanese Army arrested 4 Syrian nationals in Arsal (Baalbek district) for entering the country illegally. Several Syrian refugees from Qusayr were also questioned.""",
  [E("incident", "arrest", "2024-05-15", P("Arsal", "LB"), ["Lebanese Army"], optional=True)],
  [P("Al Qusayr", "SY", "Al Qusayr")],
  "Arrest is optional; Qusayr is the refugees' origin; 'Syrian' is a nationality.", ["arrest", "origin_place", "ambiguous"]))
