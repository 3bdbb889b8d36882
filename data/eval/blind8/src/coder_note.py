from lib import *
R = "coder_note"
DOCS = []
add = DOCS.append
C = "Coder note: the stated day is the gold date; the most specific named place is the pin."

# 1
d = "2024-07-08"
add(D(R, 1, d, """On 1 July 2024, Russian forces struck Ukrainsk (Pokrovsk raion, Donetsk oblast) with guided aerial bombs (KAB). 1 civilian killed, 3 injured; a school and a multi-storey building damaged. Source: Donetsk regional military administration.""",
  [E("incident", "guided bomb strike", "2024-07-01", P("Ukrainsk", "UA", "Ukrayinsk"), ["Russia", "civilians"])],
  [P("Pokrovsk", "UA")],
  C + " Raion named after Pokrovsk (~20 km): qualifier, non-event.",
  ["coder_note", "admin_qualifier"]))

# 2
d = "2023-11-20"
add(D(R, 2, d, """On 14 November 2023, Russian forces shelled Tiahynka (Beryslav raion, Kherson oblast) with artillery and mortars; 1 civilian injured. On the same day, a Russian drone dropped explosives on a car in Lvove (same raion); the driver was injured. Further shelling of Novoberyslav on that day is coded separately.""",
  [E("incident", "shelling", "2023-11-14", P("Tiahynka", "UA"), ["Russia", "civilians"]),
   E("incident", "drone attack", "2023-11-14", P("Lvove", "UA"), ["Russia", "civilians"]),
   E("incident", "shelling", "2023-11-14", M("Novoberyslav", 46.86, 33.37, "UA", "approximate, village north-west of Beryslav"), ["Russia"], optional=True)],
  [P("Beryslav", "UA")],
  C + " Two incidents ~8 km apart in one note; the separately coded one optional. Beryslav raion qualifier.",
  ["coder_note", "multi_event", "admin_qualifier", "coded_separately"]))

# 3
d = "2024-04-15"
add(D(R, 3, d, """On the night of 9-10 April 2024, Ukrainian drones attacked the Tikhoretsk oil pumping station (Tikhoretsky district, Krasnodar krai, Russia). A fire broke out; no casualties reported. Krasnodar krai operational HQ reported the attack; Russian MoD claimed all drones were downed.""",
  [E("incident", "drone attack", ["2024-04-09", "2024-04-10"], P("Tikhoretsk", "RU"), ["Ukraine"])],
  [P("Krasnodar", "RU")],
  C + " Night range. Krasnodar: krai name and source (~130 km).",
  ["coder_note", "date_range", "facility", "source_place"]))

# 4
d = "2024-02-05"
SAR = P("Sarrin", "SY", "Şirrīn")
add(D(R, 4, d, """On 29 January 2024, a Turkish drone struck a vehicle on the outskirts of Sarrin (Ain al-Arab district, Aleppo governorate). 2 SDF members killed. Reported by a local SDF-affiliated outlet in Kobani.""",
  [E("incident", "drone strike", "2024-01-29", SAR, ["Turkey", "SDF"])],
  [P("Kobani", "SY", "Ayn al Arab"), P("Aleppo", "SY")],
  C + " Sarrin (gazetteer Şirrīn ash Shamālīyah). Kobani: district seat and source (~35 km). Aleppo: governorate.",
  ["coder_note", "admin_qualifier", "source_place"]))

# 5
d = "2023-09-18"
SOU = M("Al-Sour", 35.52, 40.62, "SY", "approximate, town on the Khabur north-east of Deir ez-Zor")
add(D(R, 5, d, """Around 11 September 2023 (between 9 and 13 September), suspected ISIS militants attacked an SDF checkpoint near Al-Sour (Deir-ez-Zor district, Deir-ez-Zor governorate) with small arms. 3 SDF members killed. Attackers reportedly withdrew towards the desert west of the Khabur river.""",
  [E("incident", "armed attack", ["2023-09-09", "2023-09-13"], SOU, ["ISIS", "SDF"])],
  [P("Deir ez-Zor", "SY")],
  C + " Bracketed range. District/governorate centre (~55 km) qualifier. Direction of withdrawal not pinned.",
  ["coder_note", "date_range", "admin_qualifier", "direction_only"]))

# 6
d = "2022-12-27"
add(D(R, 6, d, """On 20 December 2022, an IED planted by ISIS exploded against a Federal Police patrol in Al-Abbasi subdistrict (Hawija district, Kirkuk governorate). 2 policemen killed, 1 injured. The wounded officer was evacuated to Kirkuk.""",
  [E("incident", "IED attack", "2022-12-20", P("Al-Abbasi", "IQ", "Al Abbasi"), ["ISIS", "Iraqi Federal Police"])],
  [P("Hawija", "IQ", "Al Hawijah"), P("Kirkuk", "IQ")],
  C + " Subdistrict pinned at its centre. Hawija district seat (~18 km) qualifier; Kirkuk hospital (~75 km).",
  ["coder_note", "district", "admin_qualifier", "hospital_other_city"]))

# 7
d = "2022-07-04"
add(D(R, 7, d, """On 27 June 2022, Turkish military aircraft carried out airstrikes on mountainous areas near Mawat (Mawat district, Sulaymaniyah governorate), reportedly targeting PKK positions. No casualties reported. Fires in agricultural land reported by local officials.""",
  [E("incident", "airstrike", "2022-06-27", P("Mawat", "IQ"), ["Turkey", "PKK"])],
  [],
  C + " Mawat (gazetteer Mawet). 'Near' → the town pin.",
  ["coder_note", "district"]))

# 8
d = "2024-05-20"
QLA = M("Qlayaa", 33.32, 35.58, "LB", "approximate, Christian village south of Marjayoun")
add(D(R, 8, d, """On 14 May 2024, an Israeli drone struck a motorcycle on the road near Qlayaa (Marjayoun district, Nabatieh governorate). 1 Hezbollah member killed. An Israeli strike on a house in Wazzani on the same day is coded separately.""",
  [E("incident", "drone strike", "2024-05-14", QLA, ["Israel", "Hezbollah"]),
   E("incident", "airstrike", "2024-05-14", M("Wazzani", 33.26, 35.63, "LB", "approximate, village near the Wazzani springs on the border"), ["Israel"], optional=True)],
  [P("Marjayoun", "LB")],
  C + " Separately coded incident optional. Marjayoun ~4 km (district qualifier inside the radius).",
  ["coder_note", "coded_separately", "admin_qualifier"]))

# 9
d = "2023-04-10"
add(D(R, 9, d, """On 3 April 2023, Israeli forces raided Balata refugee camp (Nablus governorate) and exchanged fire with Palestinian militants. 1 Palestinian killed, 4 injured. The same night, Israeli forces also clashed with residents in Askar camp, east of Nablus; 2 injured.""",
  [E("incident", "armed clashes", "2023-04-03", P("Balata camp", "PS", "Balāţah"), ["Israel", "Palestinian militants"]),
   E("incident", "armed clashes", ["2023-04-03", "2023-04-04"], M("Askar camp", 32.227, 35.29, "PS", "approximate, refugee camp on the eastern edge of Nablus"), ["Israel", "Palestinians"])],
  [P("Nablus", "PS")],
  C + " Two camps ~2 km apart: two named places, two events. 'The same night' → D..D+1.",
  ["coder_note", "multi_event", "camp"]))

# 10
d = "2024-12-23"
add(D(R, 10, d, """On 16 December 2024, Israeli forces shelled a school sheltering displaced people in Beit Hanoun (North Gaza governorate). At least 7 killed. Casualties were taken to Kamal Adwan hospital in Beit Lahia; Gaza MoH reported.""",
  [E("incident", "shelling", "2024-12-16", P("Beit Hanoun", "PS", "Bayt Hanun"), ["Israel", "civilians"])],
  [M("Beit Lahia", 31.546, 34.495, "PS", "approximate, town in North Gaza")],
  C + " Beit Lahia hospital (~4 km; inside the radius).",
  ["coder_note", "hospital_other_city"]))

# 11
d = "2021-03-15"
add(D(R, 11, d, """Between 7 and 10 March 2021, Houthi forces and government forces supported by tribal fighters clashed west of Sirwah (Sirwah district, Marib governorate), with Saudi-led coalition airstrikes in support. Dozens of fighters reported killed on both sides. Displaced families moved towards Marib city, about 40 km.""",
  [E("incident", "armed clashes", ["2021-03-07", "2021-03-10"], P("Sirwah", "YE"), ["Houthis", "Yemeni government", "Saudi-led coalition"])],
  [P("Marib", "YE")],
  C + " Range. Coalition airstrikes in support fold into the clashes. Marib: refuge (~35 km from the gazetteer point; within the radius).",
  ["coder_note", "date_range", "district", "origin_place"]))

# 12
d = "2021-03-22"
FAR = M("Farabougou", 14.0, -5.93, "ML", "approximate, village south of Niono, placement uncertain")
add(D(R, 12, d, """Around 15 March 2021 (between 13 and 17 March), JNIM militants attacked Farabougou (Niono cercle, Ségou region), where they have besieged the village since October 2020. 4 Dozo hunters killed. FAMa reinforcements sent from Niono were reported.""",
  [E("incident", "armed attack", ["2021-03-13", "2021-03-17"], FAR, ["JNIM", "Dozo militia"])],
  [P("Niono", "ML"), P("Ségou", "ML")],
  C + " Siege since Oct 2020 is background. Niono: origin of reinforcements and cercle (~30 km).",
  ["coder_note", "date_range", "origin_place", "admin_qualifier"]))

# 13
d = "2023-04-24"
KAN = M("Kantchari", 12.48, 1.52, "BF", "approximate, town on the Fada-Niger road, Tapoa province")
add(D(R, 13, d, """On 17 April 2023, suspected JNIM militants ambushed a convoy of soldiers and VDP near Kantchari (Tapoa province, Est region). 6 soldiers and 2 VDP killed. Wounded were evacuated to Fada N'Gourma.""",
  [E("incident", "ambush", "2023-04-17", KAN, ["JNIM", "Burkinabe army", "VDP"])],
  [P("Fada N'Gourma", "BF")],
  C + " Fada N'Gourma: hospital (~130 km; gold in blind6/7 as a different event).",
  ["coder_note", "hospital_other_city"]))

# 14
d = "2024-06-17"
TAM = M("Tamou", 12.76, 2.18, "NE", "approximate, commune in Say department near the W park")
add(D(R, 14, d, """On 10 June 2024, JNIM militants attacked a Nigerien army post in Tamou (Say department, Tillabéri region). 20 soldiers and 1 civilian killed. Reported by the Nigerien MoD in a communiqué read in Niamey.""",
  [E("incident", "armed attack", "2024-06-10", TAM, ["JNIM", "Nigerien army"])],
  [P("Say", "NE"), P("Niamey", "NE")],
  C + " Say department seat (~45 km) qualifier; Niamey source.",
  ["coder_note", "admin_qualifier", "source_place"]))

# 15
d = "2023-05-22"
add(D(R, 15, d, """On 16 May 2023, Fulani militia attacked Farin Lamba and Kwi villages in Riyom LGA (Plateau state). Around 17 Berom civilians killed. On 17 May, Berom youth retaliated against a Fulani settlement near Barkin Ladi; 2 killed.""",
  [E("incident", "armed attack", "2023-05-16", P("Riyom", "NG"), ["Fulani militia", "civilians"]),
   E("incident", "armed attack", "2023-05-17", P("Barkin Ladi", "NG"), ["Berom youth", "Fulani civilians"])],
  [],
  C + " Two unlocated villages in Riyom LGA → LGA seat. Barkin Ladi ~25 km; separate day and actors.",
  ["coder_note", "multi_event", "district", "village"]))

# 16
d = "2022-09-12"
TOU = M("Tourou", 10.85, 13.9, "CM", "approximate, village north-east of Mokolo near the Nigerian border")
add(D(R, 16, d, """On 5 September 2022, Boko Haram (JAS) militants raided Tourou (Mokolo arrondissement, Mayo-Tsanaga department, Far North region), looting food and abducting 4 women. 2 civilians killed. Attackers came from across the border from the Gwoza area.""",
  [E("incident", "armed attack", "2022-09-05", TOU, ["Boko Haram", "civilians"])],
  [P("Mokolo", "CM"), M("Gwoza", 11.08, 13.69, "NG", "approximate, town in Borno state")],
  C + " Mokolo arrondissement seat (~20 km). Gwoza: origin (gold in blind5/6; listed as non-event).",
  ["coder_note", "admin_qualifier", "origin_place", "abduction"]))

# 17
d = "2024-03-11"
add(D(R, 17, d, """On 4 March 2024, a US airstrike targeted al-Shabaab militants about 30 km from Dinsoor (Bay region). 3 militants killed. Reported by AFRICOM; the Somali government said it had requested the strike.""",
  [E("incident", "airstrike", "2024-03-04", P("Dinsoor", "SO", "Diinsoor"), ["United States", "al-Shabaab"])],
  [],
  C + " Distance without direction: pinned at Dinsoor (30 km, within the radius).",
  ["coder_note", "distance_no_direction"]))

# 18
d = "2024-10-21"
TAW = M("Tawila", 13.48, 24.93, "SD", "approximate, town west of El Fasher, North Darfur")
add(D(R, 18, d, """On 14 October 2024, RSF shelled the market in Tawila (North Darfur), a town hosting thousands of people displaced from El Fasher and Zamzam camp. 4 civilians killed, 10 injured.""",
  [E("incident", "shelling", "2024-10-14", TAW, ["RSF", "civilians"])],
  [P("El Fasher", "SD"), M("Zamzam camp", 13.5, 25.3, "SD", "approximate, IDP camp south of El Fasher")],
  C + " El Fasher and Zamzam: places people fled from (~45-60 km).",
  ["coder_note", "origin_place"]))

# 19
d = "2022-07-18"
add(D(R, 19, d, """On 11 July 2022, NAS (National Salvation Front) fighters attacked an SSPDF position near Yei (Yei River county, Central Equatoria). 2 soldiers killed. SSPDF spokesman in Juba said the attackers were repulsed.""",
  [E("incident", "armed attack", "2022-07-11", P("Yei", "SS"), ["NAS", "SSPDF"])],
  [P("Juba", "SS")],
  C + " Juba: source/statement place.",
  ["coder_note", "statement_place"]))

# 20
d = "2023-08-28"
add(D(R, 20, d, """Around 21 August 2023 (between 19 and 23 August), ENDF and Fano militia clashed on the outskirts of Debre Birhan (North Shewa zone, Amhara region). Unknown fatalities. Road traffic from Addis Ababa was suspended.""",
  [E("incident", "armed clashes", ["2023-08-19", "2023-08-23"], P("Debre Birhan", "ET"), ["ENDF", "Fano"])],
  [P("Addis Ababa", "ET")],
  C + " Range. Addis Ababa: road origin (~120 km).",
  ["coder_note", "date_range", "origin_place"]))

# 21
d = "2023-06-19"
FAT = M("Fataki", 2.07, 30.37, "CD", "approximate, town in Djugu territory north of Bunia")
add(D(R, 21, d, """On 12 June 2023, CODECO militiamen attacked a displacement site near Fataki (Djugu territory, Ituri). At least 45 IDPs killed with machetes and firearms. Survivors fled to Bunia.""",
  [E("incident", "armed attack", "2023-06-12", FAT, ["CODECO", "IDPs"])],
  [P("Bunia", "CD")],
  C + " Bunia: refuge (~60 km).",
  ["coder_note", "camp", "origin_place"]))

# 22
d = "2022-10-31"
NAN = M("Nangade", -11.07, 39.66, "MZ", "approximate, district seat in northern Cabo Delgado")
add(D(R, 22, d, """On 24 October 2022, ISM militants attacked a village about 15 km south of Nangade town (Nangade district, Cabo Delgado). 2 civilians beheaded, houses burned. Local militia pursued the attackers.""",
  [E("incident", "armed attack", "2022-10-24", OFF("15 km south of Nangade", NAN, 15, BEAR["south"]), ["Islamic State Mozambique", "civilians"], alts=[NAN])],
  [],
  C + " Offset computed; Nangade as alternate.",
  ["coder_note", "offset", "village"]))

# 23
d = "2022-05-16"
AND = P("Andarab", "AF", "Banu")
add(D(R, 23, d, """On 9 May 2022, NRF fighters clashed with Taliban forces in the Andarab district (Baghlan province). 4 Taliban killed per NRF claims. Taliban searches of houses in Khost wa Fereng district the following day are coded separately.""",
  [E("incident", "armed clashes", "2022-05-09", AND, ["NRF", "Taliban"]),
   E("other", "house searches", "2022-05-10", M("Khost wa Fereng", 35.84, 69.39, "AF", "approximate, district centre in Baghlan, placement uncertain"), ["Taliban"], optional=True)],
  [],
  C + " District pinned at its centre (gazetteer Banū). Searches coded separately: optional other.",
  ["coder_note", "district", "coded_separately"]))

# 24
d = "2023-07-24"
SPW = M("Spinwam", 32.97, 70.33, "PK", "approximate, tehsil north-east of Mir Ali, North Waziristan")
add(D(R, 24, d, """On 17 July 2023, militants attacked a security forces post in Spinwam (North Waziristan district, Khyber Pakhtunkhwa). 2 soldiers and 3 militants killed (ISPR). Wounded evacuated to the CMH in Bannu.""",
  [E("incident", "armed attack", "2023-07-17", SPW, ["TTP", "Pakistan Army"])],
  [P("Bannu", "PK")],
  C + " Bannu: hospital (~55 km).",
  ["coder_note", "hospital_other_city"]))

# 25
d = "2024-01-22"
JAG = M("Jagargunda", 18.36, 81.4, "IN", "approximate, village in Sukma district, Chhattisgarh")
add(D(R, 25, d, """On 16 January 2024, Maoist militants triggered an IED against a CRPF patrol between Jagargunda and Tekalguda (Sukma district, Chhattisgarh). 1 CRPF jawan injured. On 17 January, an exchange of fire in the same area was reported; no casualties.""",
  [E("incident", "IED attack", "2024-01-16", JAG, ["Maoists", "CRPF"]),
   E("incident", "armed clashes", "2024-01-17", JAG, ["Maoists", "CRPF"])],
  [P("Sukma", "IN")],
  C + " Two days, one area: two events at the same pin (separate days). Sukma district seat (~25 km).",
  ["coder_note", "multi_event", "admin_qualifier"]))

# 26
d = "2023-11-06"
HSI = M("Hsipaw", 22.62, 97.3, "MM", "approximate, town on the Mandalay-Lashio road, northern Shan")
add(D(R, 26, d, """Between 30 October and 2 November 2023, TNLA fighters clashed with Myanmar military forces in and around Hsipaw (Kyaukme district, northern Shan state) as part of Operation 1027. Several soldiers reported killed; residents fled to Kyaukme.""",
  [E("incident", "armed clashes", ["2023-10-30", "2023-11-02"], HSI, ["TNLA", "Myanmar military"])],
  [P("Kyaukme", "MM")],
  C + " Kyaukme: district name and refuge (~30 km; gold in blind7).",
  ["coder_note", "date_range", "admin_qualifier", "origin_place"]))

# 27
d = "2023-03-20"
add(D(R, 27, d, """On 13 March 2023, BIFF militants and Philippine Army troops clashed in Datu Piang (Maguindanao del Sur province, BARMM). 2 BIFF members killed. Around 300 families evacuated to the town hall.""",
  [E("incident", "armed clashes", "2023-03-13", P("Datu Piang", "PH"), ["BIFF", "Philippine Army"])],
  [],
  C + " Evacuation within the town.",
  ["coder_note"]))

# 28
d = "2024-09-09"
add(D(R, 28, d, """On 2 September 2024, FARC dissidents (EMC, 36th Front) attacked a police patrol in the rural area of Ituango (Antioquia). 1 police officer killed. The body was taken to Medellín.""",
  [E("incident", "armed attack", "2024-09-02", P("Ituango", "CO"), ["FARC dissidents", "police"])],
  [P("Medellín", "CO", "Medellin")],
  C + " Rural area of the municipality → town pin. Medellín: body taken (~120 km).",
  ["coder_note", "district"]))

# 29
d = "2023-06-26"
add(D(R, 29, d, """On 19 June 2023, armed men believed to belong to the Sinaloa Cartel clashed with a rival faction in Guadalupe y Calvo (Chihuahua). 5 gunmen killed. Several families displaced towards the municipal seat of Baborigame.""",
  [E("incident", "armed clashes", "2023-06-19", P("Guadalupe y Calvo", "MX"), ["Sinaloa Cartel", "rival faction"])],
  [M("Baborigame", 26.43, -107.26, "MX", "approximate, town in Guadalupe y Calvo municipality")],
  C + " Municipality pinned at its seat Guadalupe y Calvo. Baborigame (~45 km) refuge.",
  ["coder_note", "district", "origin_place"]))

# 30
d = "2024-02-12"
add(D(R, 30, d, """On 5 February 2024, several hundred people staged a peaceful sit-in in Gilgit (Gilgit-Baltistan) against wheat subsidy cuts. No violence reported. Protesters demanded talks with the federal government in Islamabad.""",
  [E("other", "peaceful protest", "2024-02-05", P("Gilgit", "PK"), ["protesters"])],
  [P("Islamabad", "PK")],
  C + " Peaceful protest: kind other, no scored gold. Islamabad topic.",
  ["coder_note", "protest", "topic_place"]))
