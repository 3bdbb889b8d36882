from lib import *
R = "coder_note"
DOCS = []
add = DOCS.append
C = "Coder note: the stated day is the gold date; the most specific named place is the pin."

# 1
d = "2024-06-17"
add(D(R, 1, d, """On 11 June 2024, Russian forces dropped two guided aerial bombs (KAB-500) on Siversk (Kramatorsk raion, Donetsk oblast). 2 civilians killed, 1 injured; 4 private houses destroyed. Source: Donetsk regional military administration; National Police.""",
  [E("incident", "guided bomb strike", "2024-06-11", Q("Siversk", "UA", 48.87, 38.1), ["Russia", "civilians"])],
  [P("Kramatorsk", "UA")],
  C + " Kramatorsk: raion name (~40 km, inside the radius).",
  ["coder_note", "admin_qualifier"]))

# 2
d = "2024-09-02"
add(D(R, 2, d, """Between 25 and 27 August 2024 [date range], Russian forces repeatedly shelled Tomakivka and Myrove communities (Nikopol raion, Dnipropetrovsk oblast) with artillery and FPV drones from positions across the Kakhovka reservoir. 1 civilian injured in Tomakivka on 26 August. A power line damaged. Coded as one event per community.""",
  [E("incident", "shelling", ["2024-08-25", "2024-08-27"], Q("Tomakivka", "UA", 47.81, 34.75), ["Russia", "civilians"]),
   E("incident", "shelling", ["2024-08-25", "2024-08-27"], M("Myrove", 47.6, 34.3, "UA", "approximate, village west of Nikopol, placement uncertain"), ["Russia"])],
  [P("Nikopol", "UA")],
  C + " Bracketed range for both; the injury day lies inside it. Nikopol raion qualifier. Firing positions across the reservoir: unlocated origin.",
  ["coder_note", "date_range", "multi_event", "admin_qualifier"]))

# 3
d = "2023-07-31"
add(D(R, 3, d, """On 24 July 2023, Ukrainian forces shelled Chornobaivka (Kherson raion, Kherson oblast), occupied by Russian forces. According to Russian-installed authorities in Nova Kakhovka, 1 civilian killed. Reports could not be independently verified.""",
  [E("incident", "shelling", "2023-07-24", Q("Chornobaivka", "UA", 46.7, 32.55, q="Chornobayivka"), ["Ukraine", "civilians"])],
  [P("Kherson", "UA"), M("Nova Kakhovka", 46.755, 33.35, "UA", "approximate, city on the Dnipro")],
  C + " Kherson raion named after the city (~10 km, inside). Nova Kakhovka: source place (~60 km).",
  ["coder_note", "admin_qualifier", "source_place"]))

# 4
d = "2025-01-13"
add(D(R, 4, d, """On the night of 8-9 January 2025, Russian forces attacked Komyshuvakha (Zaporizhzhia raion, Zaporizhzhia oblast) with Shahed-type drones. 1 civilian killed, 3 injured; a school and an administrative building damaged. Source: Zaporizhzhia regional military administration.""",
  [E("incident", "drone attack", ["2025-01-08", "2025-01-09"], Q("Komyshuvakha", "UA", 47.7, 35.5), ["Russia", "civilians"])],
  [P("Zaporizhzhia", "UA", "Zaporizhzhya")],
  C + " Night range. Raion/oblast named after Zaporizhzhia (~45 km, inside the radius).",
  ["coder_note", "date_range", "admin_qualifier", "source_place"]))

# 5
d = "2024-10-21"
add(D(R, 5, d, """On 15 October 2024, Russian forces struck Borova (Izium raion, Kharkiv oblast) with a guided aerial bomb; 1 civilian injured. On the same day, a Russian missile hit an industrial facility in Chuhuiv (Chuhuiv raion); 2 workers injured. Source: Kharkiv regional military administration.""",
  [E("incident", "guided bomb strike", "2024-10-15", Q("Borova", "UA", 49.38, 37.62), ["Russia", "civilians"]),
   E("incident", "missile strike", "2024-10-15", Q("Chuhuiv", "UA", 49.84, 36.69), ["Russia", "civilians"])],
  [P("Izium", "UA", "Izyum")],
  C + " Two incidents in one note (~100 km apart). Izium: raion qualifier (~40 km from Borova).",
  ["coder_note", "multi_event", "admin_qualifier", "source_place"]))

# 6
d = "2025-05-19"
add(D(R, 6, d, """On 14 May 2025, a Russian FPV drone hit a civilian car on the outskirts of Trostianets (Okhtyrka raion, Sumy oblast). 1 civilian killed. Source: Sumy oblast military administration (Telegram).""",
  [E("incident", "drone strike", "2025-05-14", Q("Trostianets", "UA", 50.48, 34.96, q="Trostyanets"), ["Russia", "civilians"])],
  [Q("Okhtyrka", "UA", 50.31, 34.9)],
  C + " Okhtyrka: raion qualifier (~20 km, inside the radius).",
  ["coder_note", "admin_qualifier"]))

# 7
d = "2024-03-25"
add(D(R, 7, d, """On 19 March 2024, Russian forces dropped explosives from a drone on Semenivka (Novhorod-Siverskyi raion, Chernihiv oblast), near the border with Bryansk oblast. A civilian infrastructure object damaged; no casualties. Source: Chernihiv OVA. Cross-border mortar fire on the same community on 20 March is coded separately.""",
  [E("incident", "drone attack", "2024-03-19", Q("Semenivka", "UA", 52.18, 32.58), ["Russia"]),
   E("incident", "mortar fire", "2024-03-20", Q("Semenivka", "UA", 52.18, 32.58), ["Russia"], optional=True)],
  [Q("Novhorod-Siverskyi", "UA", 52.0, 33.26, q="Novhorod-Sivers’kyy")],
  C + " Next-day event coded separately: optional at the same pin. Raion seat ~50 km. Bryansk oblast: country-level border reference (not pinned).",
  ["coder_note", "coded_separately", "admin_qualifier"]))

# 8
d = "2024-08-12"
add(D(R, 8, d, """On the night of 8-9 August 2024, Ukrainian forces attacked the Millerovo airfield (Millerovsky district, Rostov oblast, Russia) with drones. Local residents reported explosions and a fire; Rostov oblast governor claimed all drones were shot down. Damage unverified.""",
  [E("incident", "drone attack", ["2024-08-08", "2024-08-09"], Q("Millerovo", "RU", 48.92, 40.4), ["Ukraine", "Russian air force"])],
  [P("Rostov-on-Don", "RU", "Rostov-na-Donu")],
  C + " Airfield pinned at the town (~5 km). Rostov oblast named after its capital (~200 km).",
  ["coder_note", "date_range", "facility", "admin_qualifier"]))

# 9
d = "2024-05-06"
SUK = Q("al-Sukhnah", "SY", 34.89, 38.87, q="As Sukhnah")
add(D(R, 9, d, """On 30 April 2024, suspected IS fighters attacked a convoy of regime forces and NDF militia in the Badia, around 30 km north-east of al-Sukhnah (Tadmur district, Homs governorate). At least 8 regime soldiers and militiamen killed. Source: SOHR; local pro-government pages.""",
  [E("incident", "armed attack", "2024-04-30", OFF("30 km NE of al-Sukhnah", SUK, 30, BEAR["northeast"]), ["Islamic State", "Syrian army", "NDF"], alts=[SUK])],
  [P("Palmyra", "SY", "Tadmur"), P("Homs", "SY")],
  C + " Offset computed, reference town as alternate. Tadmur district (Palmyra ~65 km) and Homs governorate are qualifiers.",
  ["coder_note", "offset", "admin_qualifier", "source_place"]))

# 10
d = "2023-04-10"
add(D(R, 10, d, """On 3 April 2023, an IED detonated near a PMF vehicle on a road in the Jalawla area of Khanaqin (Diyala). 2 PMF members killed. No claim; attributed to IS by local sources.""",
  [E("incident", "IED", "2023-04-03", Q("Jalawla", "IQ", 34.27, 45.16, q="Jalawla"), ["Islamic State", "PMF"])],
  [Q("Khanaqin", "IQ", 34.35, 45.39)],
  C + " 'The X area of Y': Jalawla area pinned, district seat Khanaqin (~22 km) is a qualifier.",
  ["coder_note", "admin_qualifier", "district"]))

# 11
d = "2024-09-02"
add(D(R, 11, d, """On 28 August 2024, Israeli forces carried out a drone strike on a vehicle in Burqin (Jenin, West Bank) during a large-scale operation in the northern West Bank; 3 Palestinian militants killed. Arrests in al-Yamun on the same day are coded separately. Operation also ongoing in Tulkarm and Tubas.""",
  [E("incident", "drone strike", "2024-08-28", M("Burqin", 32.46, 35.26, "PS", "approximate, town west of Jenin"), ["Israel", "Palestinian militants"]),
   E("incident", "raid and arrests", "2024-08-28", M("al-Yamun", 32.49, 35.23, "PS", "approximate, town north-west of Jenin"), ["Israel"], optional=True)],
  [P("Jenin", "PS"), M("Tulkarm", 32.31, 35.03, "PS", "approximate, city in the northern West Bank"), M("Tubas", 32.32, 35.37, "PS", "approximate, town north-east of Nablus")],
  C + " Arrests optional. Jenin governorate qualifier (~4 km, inside). Tulkarm/Tubas: ongoing operation mentioned without incident (non-events).",
  ["coder_note", "coded_separately", "arrest", "admin_qualifier"]))

# 12
d = "2024-12-30"
add(D(R, 12, d, """On 26 December 2024, Israeli forces detonated a group of houses in Taybeh (Marjayoun district, Nabatieh governorate) despite the ceasefire in force since 27 November. No casualties. Reported by NNA; UNIFIL patrol observed the destruction on the following day.""",
  [E("incident", "demolition by detonation", "2024-12-26", M("Taybeh (Marjayoun)", 33.285, 35.53, "LB", "approximate, village north-east of Marjayoun"), ["Israel"])],
  [M("Marjayoun", 33.36, 35.59, "LB", "approximate, town in south Lebanon"), P("Nabatieh", "LB")],
  C + " Homonym (Taybeh also in the West Bank and Syria). Ceasefire date is background. UNIFIL observation not an event.",
  ["coder_note", "homonym", "admin_qualifier"]))

# 13
d = "2023-03-20"
add(D(R, 13, d, """On 14 March 2023, Houthi forces launched an explosive-laden drone at a position of the Joint Forces near al-Khawkhah (Hodeidah governorate). 2 Joint Forces fighters wounded. Source: Joint Forces media centre (Mocha).""",
  [E("incident", "drone attack", "2023-03-14", Q("al-Khawkhah", "YE", 13.81, 43.24, q="Al Khawkhah"), ["Houthis", "Joint Forces"])],
  [M("Mocha", 13.32, 43.25, "YE", "approximate, port on the Red Sea")],
  C + " Mocha: source place (~55 km). Hodeidah governorate named after the city (not pinned).",
  ["coder_note", "source_place"]))

# 14
d = "2024-01-22"
add(D(R, 14, d, """On 17 January 2024, al-Shabaab militants fired mortars at the SNA base in Baardheere (Gedo region). 1 soldier and 2 civilians injured. On 18 January, SNA forces with Jubaland troops conducted an operation in villages around the town; outcome unknown and not coded.""",
  [E("incident", "mortar attack", "2024-01-17", Q("Baardheere", "SO", 2.34, 42.28), ["al-Shabaab", "Somali army"])],
  [],
  C + " The follow-up operation is explicitly not coded (no gold).",
  ["coder_note", "not_coded"]))

# 15
d = "2023-10-30"
add(D(R, 15, d, """On 24 October 2023, gunmen attacked Kufai village (Kajuru LGA, Kaduna state), killing 4 civilians and abducting 12. On 26 October, bandits attacked a community in Sabon Birni LGA (Sokoto state); 9 killed. Sources: local media; Kaduna state ministry of internal security.""",
  [E("incident", "armed attack and abduction", "2023-10-24", M("Kufai (Kajuru LGA)", 10.3, 7.68, "NG", "approximate, village near Kajuru town, placement uncertain"), ["gunmen", "civilians"], alts=[Q("Kajuru", "NG", 10.32, 7.68)]),
   E("incident", "armed attack", "2023-10-26", Q("Sabon Birni", "NG", 13.56, 6.25, q="Sabon Birni"), ["bandits", "civilians"])],
  [P("Kaduna", "NG")],
  C + " Two incidents two days apart. Unnamed community in Sabon Birni LGA pinned at the LGA seat. Kaduna: source place (~45 km from Kajuru, inside).",
  ["coder_note", "multi_event", "district", "source_place", "village"]))

# 16
d = "2024-02-19"
add(D(R, 16, d, """On 12 February 2024, Boko Haram (JAS) fighters raided a village near Mokolo (Mayo-Tsanaga department, Far North region, Cameroon), looting livestock and burning houses. 2 civilians killed. Survivors fled to Mokolo town and to the Minawao refugee camp.""",
  [E("incident", "armed raid", "2024-02-12", Q("Mokolo", "CM", 10.74, 13.8), ["Boko Haram", "civilians"])],
  [M("Minawao refugee camp", 10.56, 13.86, "CM", "approximate, camp south of Mokolo")],
  C + " Village 'near Mokolo' pinned at Mokolo (refuge and reference at the same place). Minawao: refuge (~20 km, inside the radius).",
  ["coder_note", "village", "origin_place"]))

# 17
d = "2024-04-08"
add(D(R, 17, d, """Between 1 and 3 April 2024 [date range], FAMa and Wagner Group conducted a drone strike and ground raid in the area of Tominian (Tominian cercle, Ségou region). 6 civilians reportedly killed. Sources: local associations in San; denied by FAMa.""",
  [E("incident", "drone strike and raid", ["2024-04-01", "2024-04-03"], Q("Tominian", "ML", 13.29, -4.39), ["FAMa", "Wagner Group", "civilians"])],
  [Q("San", "ML", 13.3, -4.9), P("Ségou", "ML")],
  C + " Bracketed range. San: source (~55 km). Ségou region named after its capital.",
  ["coder_note", "date_range", "source_place", "admin_qualifier"]))

# 18
d = "2023-06-26"
add(D(R, 18, d, """On 20 June 2023, JNIM militants attacked a VDP post in the Kongoussi area (Bam province, Centre-Nord). At least 7 VDP killed. The same group is suspected in the attack on a convoy between Kaya and Dori on 21 June, coded separately (location unclear).""",
  [E("incident", "armed attack", "2023-06-20", Q("Kongoussi", "BF", 13.33, -1.53), ["JNIM", "VDP"])],
  [Q("Kaya", "BF", 13.09, -1.08), Q("Dori", "BF", 14.03, -0.03)],
  C + " The convoy attack 'location unclear' and coded separately: no pin (its route ends are non-events).",
  ["coder_note", "coded_separately", "route"]))

# 19
d = "2022-11-14"
add(D(R, 19, d, """On 9 November 2022, unidentified armed men (possibly ISSP) attacked Bankilaré (Téra department, Tillabéri region) and set fire to the mayor's office and a health centre. No casualties. Niger army reinforcements deployed from Téra.""",
  [E("incident", "armed attack and arson", "2022-11-09", Q("Bankilaré", "NE", 14.58, 0.73), ["ISSP", "civilians"])],
  [Q("Téra", "NE", 14.01, 0.75)],
  C + " Téra: department seat and reinforcements' origin (~65 km).",
  ["coder_note", "origin_place", "admin_qualifier"]))

# 20
d = "2024-06-10"
add(D(R, 20, d, """On 4 June 2024, ADF militants attacked Masala village (Mambasa territory, Ituri province), killing 11 civilians with machetes and firearms. Survivors fled to Mambasa and Biakato. Casualty figures from local civil society; FARDC spokesman in Bunia confirmed the attack.""",
  [E("incident", "armed attack", "2024-06-04", M("Masala (Mambasa territory)", 1.02, 29.25, "CD", "approximate, village south of Mambasa, placement uncertain"), ["ADF", "civilians"], alts=[Q("Mambasa", "CD", 1.36, 29.06)])],
  [Q("Biakato", "CD", 1.03, 29.16, q="Biakato"), Q("Bunia", "CD", 1.56, 30.25)],
  C + " Village pin with the territory seat as alternate. Biakato refuge (inside the radius). Bunia statement place.",
  ["coder_note", "village", "district", "origin_place", "statement_place"]))

# 21
d = "2024-09-23"
add(D(R, 21, d, """On 17 September 2024, a SAF drone struck a market in Mellit (Mellit locality, North Darfur), held by the RSF. At least 14 civilians killed. Also reported: RSF shelling of Abu Shouk camp, El Fasher, on the same day (coded separately).""",
  [E("incident", "drone strike", "2024-09-17", Q("Mellit", "SD", 14.13, 25.55), ["SAF", "civilians"]),
   E("incident", "shelling", "2024-09-17", M("Abu Shouk camp", 13.66, 25.34, "SD", "approximate, IDP camp north of El Fasher"), ["RSF", "civilians"], optional=True)],
  [P("El Fasher", "SD")],
  C + " Separately coded shelling optional (earlier gold name). El Fasher qualifier for the camp.",
  ["coder_note", "coded_separately", "admin_qualifier"]))

# 22
d = "2023-12-18"
add(D(R, 22, d, """On 12 December 2023, Fano militia clashed with the ENDF in and around Mota (Hulet Ej Enese woreda, East Gojjam zone, Amhara). Fighting lasted into 13 December [range]. Casualties unknown. Telecommunication blackout in the region limits reporting.""",
  [E("incident", "armed clashes", ["2023-12-12", "2023-12-13"], Q("Mota", "ET", 11.08, 37.87), ["Fano", "ENDF"])],
  [],
  C + " Two-day range.",
  ["coder_note", "date_range"]))

# 23
d = "2024-11-25"
MTP = Q("Montepuez", "MZ", -13.13, 38.99)
add(D(R, 23, d, """On 19 November 2024, IS-M insurgents ambushed a FADM patrol about 30 km east of Montepuez on the road to Ancuabe (Cabo Delgado). 3 soldiers killed. Source: Cabo Ligado; local sources in Pemba.""",
  [E("incident", "ambush", "2024-11-19", OFF("30 km east of Montepuez", MTP, 30, BEAR["east"]), ["IS-M", "FADM"], alts=[MTP])],
  [P("Pemba", "MZ"), M("Ancuabe", -12.97, 39.85, "MZ", "approximate, district seat")],
  C + " Offset computed, reference as alternate. Ancuabe: road destination (~60 km). Pemba: source.",
  ["coder_note", "offset", "route", "source_place"]))

# 24
d = "2022-04-25"
add(D(R, 24, d, """On 21 April 2022, an IED planted on a motorcycle exploded near a Taliban checkpoint in Sheberghan (Jawzjan). 2 Taliban members and 1 civilian killed. The same day, explosions hit Mazar-i-Sharif and Kunduz (coded separately as two events).""",
  [E("incident", "IED", "2022-04-21", Q("Sheberghan", "AF", 36.67, 65.75, q="Sheberghan"), ["unknown", "Taliban"]),
   E("incident", "bombing", "2022-04-21", P("Mazar-i-Sharif", "AF", "Mazār-e Sharīf"), ["Islamic State", "civilians"], optional=True),
   E("incident", "bombing", "2022-04-21", P("Kunduz", "AF"), ["unknown", "civilians"], optional=True)],
  [],
  C + " Same-day events coded separately: optional (earlier gold names).",
  ["coder_note", "coded_separately", "multi_event"]))

# 25
d = "2024-05-27"
add(D(R, 25, d, """On 21 May 2024, BLA militants attacked a police station in Kharan town (Kharan district, Balochistan), seizing weapons and briefly holding the building. 2 police killed. BLA claim via its media wing; police statement from Quetta.""",
  [E("incident", "armed attack", "2024-05-21", Q("Kharan", "PK", 28.58, 65.42), ["BLA", "police"])],
  [P("Quetta", "PK")],
  C + " Quetta: statement place.",
  ["coder_note", "statement_place"]))

# 26
d = "2024-04-22"
add(D(R, 26, d, """On 16 April 2024, DRG and BSF forces killed 29 Maoists (CPI-Maoist) in an encounter in the forest near Hapatola village, Chhotebethiya area (Kanker district, Chhattisgarh). 3 security personnel injured, airlifted to Raipur.""",
  [E("incident", "armed clash", "2024-04-16", M("Chhotebethiya", 19.97, 80.83, "IN", "approximate, police station area near the Maharashtra border, placement uncertain"), ["DRG", "BSF", "CPI-Maoist"])],
  [Q("Kanker", "IN", 20.27, 81.49), P("Raipur", "IN")],
  C + " Kanker district seat ~80 km (qualifier). Raipur hospital.",
  ["coder_note", "admin_qualifier", "hospital_other_city"]))

# 27
d = "2024-03-11"
add(D(R, 27, d, """On 5 March 2024, the KIA and allied forces attacked junta positions near Mohnyin (Mohnyin township, Kachin state); fighting continued until 7 March [range]. Junta airstrikes reported in the same area on 6 March (not coded separately). Source: Kachin News Group.""",
  [E("incident", "armed clashes and airstrikes", ["2024-03-05", "2024-03-07"], Q("Mohnyin", "MM", 24.78, 96.37), ["KIA", "Myanmar military"])],
  [],
  C + " Airstrikes inside the range at the same place fold into the event.",
  ["coder_note", "date_range"]))

# 28
d = "2023-10-30"
add(D(R, 28, d, """On 24 October 2023, armed men of La Familia Michoacana clashed with state police and soldiers in the Tierra Caliente, around 15 km from Ciudad Altamirano (Pungarabato municipality, Guerrero). 3 gunmen killed; 2 police wounded. Direction of the site not reported: coded at Ciudad Altamirano.""",
  [E("incident", "armed clash", "2023-10-24", Q("Ciudad Altamirano", "MX", 18.36, -100.67), ["La Familia Michoacana", "police", "Mexican army"])],
  [],
  C + " Distance without direction → pinned at the reference town (15 km, inside the radius).",
  ["coder_note", "distance_no_direction"]))

# 29
d = "2024-09-23"
add(D(R, 29, d, """On 17 September 2024, ELN militants attacked a military vehicle with explosives in the rural area of Sardinata (Norte de Santander). 2 soldiers killed. Follows the drone attack on the Puerto Jordán base (Arauca) on the same day, coded separately.""",
  [E("incident", "IED attack", "2024-09-17", Q("Sardinata", "CO", 8.08, -72.8), ["ELN", "Colombian army"]),
   E("incident", "drone and truck bomb attack", "2024-09-17", M("Puerto Jordán", 6.66, -71.07, "CO", "approximate, village in Arauca department"), ["ELN", "Colombian army"], optional=True)],
  [],
  C + " Separately coded same-day attack optional (earlier gold).",
  ["coder_note", "coded_separately"]))

# 30
d = "2024-02-05"
add(D(R, 30, d, """On 29 January 2024, residents and traders held a peaceful sit-in outside the deputy commissioner's office in Skardu (Gilgit-Baltistan) against wheat subsidy cuts and power outages. No intervention by police. Organised by the Awami Action Committee, whose leaders had met in Gilgit on 27 January.""",
  [E("other", "peaceful protest", "2024-01-29", Q("Skardu", "PK", 35.3, 75.63), ["Awami Action Committee", "residents"])],
  [M("Gilgit", 35.92, 74.31, "PK", "approximate, capital of Gilgit-Baltistan")],
  C + " Peaceful protest: kind other, no scored gold. The organisers' meeting in Gilgit is not a diplomatic meeting and not coded (non-event).",
  ["coder_note", "protest", "no_scored_gold"]))
