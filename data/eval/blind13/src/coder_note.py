from lib import *
R = "coder_note"
DOCS = []
add = DOCS.append
C = "Conflict-monitor coder note written for blind13: the stated day is the gold date; district/province names qualify the pin. Composite or invented. "


def N(num, d, text, events, nonev, note, tags):
    add(D(R, num, d, text, events, nonev, C + note, ["coder_note"] + tags))


N(1, "2021-03-15", """On 11 March 2021, suspected IS militants attacked a checkpoint of the Iraqi army in Qadir Karam sub-district (Chamchamal district, Sulaymaniyah province) with light weapons. 1 soldier was killed and 2 were wounded. The militants withdrew towards the Qara Chogh mountain range.""",
  [E("incident", "armed attack", "2021-03-11", M("Qadir Karam", 35.23, 44.82, "IQ", "approximate, sub-district south of Chamchamal; placement uncertain"), ["ISIS", "Iraq army"])],
  [], "Sub-district coded at its centre. The mountain range: direction of withdrawal (not listed).",
  ["admin_qualifier", "stated_date", "kurdistan"])

N(2, "2022-05-09", """On 5 May 2022, an IED exploded targeting a vehicle of the Iraqi army near Al-Baaj town (Al-Baaj district, Ninewa governorate). No casualties reported. The vehicle was damaged.""",
  [E("incident", "IED", "2022-05-05", Q("Al-Baaj", "IQ", 36.04, 41.72, q="Al Ba'aj"), ["unknown", "Iraq army"])],
  [], "IED with damage only: still an incident.", ["stated_date", "no_casualties"])

N(3, "2023-06-12", """On 8 June 2023, SDF forces clashed with tribal gunmen affiliated with the regime-backed National Defence Forces near Ma'dan town (Ma'dan sub-district, Ar-Raqqa governorate) on the southern bank of the Euphrates. Fatalities: 3 (2 SDF, 1 gunman). Sources: local activists, SOHR.""",
  [E("incident", "armed clashes", "2023-06-08", Q("Ma'dan", "SY", 35.76, 39.60, q="Ma'dan"), ["SDF", "NDF"])],
  [], "", ["stated_date", "admin_qualifier"])

N(4, "2024-01-22", """On 18 January 2024, Turkish drones carried out strikes on a power station and an SDF checkpoint near Hazima village (Ar-Raqqa district, Ar-Raqqa governorate). 1 SDF member was killed. Infrastructure damage reported. This is part of a wave of Turkish strikes on north-east Syria; other locations are coded separately.""",
  [E("incident", "drone strikes", "2024-01-18", M("Hazima", 36.02, 39.05, "SY", "approximate, village north of Raqqa city"), ["Türkiye", "SDF"])],
  [], "Other locations 'coded separately' have no names: nothing to add.", ["stated_date", "coded_separately", "infrastructure"])

N(5, "2020-02-17", """On 13 February 2020, Russian and regime warplanes carried out air strikes on Hish town (Maarrat An Nu'man district, Idleb governorate) and its surroundings. Casualties unknown. Many residents had already fled north towards the Turkish border.""",
  [E("incident", "air strikes", "2020-02-13", Q("Hish", "SY", 35.55, 36.64, q="Hish"), ["Russia", "Syrian government"])],
  [], "Displacement 'already' before: undated background, no place.", ["stated_date", "admin_qualifier", "casualties_unknown"])

N(6, "2022-08-29", """On 25 August 2022, unidentified gunmen shot and killed a member of the former opposition factions (who had joined the Central Committee after the settlement) in Al-Karak al-Sharqi town (Izra' district, Dar'a governorate). Perpetrators unknown.""",
  [E("incident", "assassination", "2022-08-25", M("Al-Karak al-Sharqi", 32.69, 36.35, "SY", "approximate, town east of Daraa city in Izra district"), ["unknown gunmen", "former opposition member"])],
  [], "", ["stated_date", "admin_qualifier"])

N(7, "2023-12-11", """On 7 December 2023, Israeli forces fired artillery shells at the outskirts of Khirbet Selm (Bint Jbeil district, Nabatieh governorate). On the same day, an Israeli drone struck a house in Zawtar al-Sharqiyah (Nabatieh district), killing 1 Hezbollah member. The two events are coded separately.""",
  [E("incident", "shelling", "2023-12-07", M("Khirbet Selm", 33.19, 35.45, "LB", "approximate, village north-west of Bint Jbeil"), ["Israel"]),
   E("incident", "drone strike", "2023-12-07", M("Zawtar al-Sharqiyah", 33.32, 35.53, "LB", "approximate, village on the Litani north-east of Nabatieh's southern edge"), ["Israel", "Hezbollah"])],
  [], "Two places, both scored (the note itself codes them).", ["stated_date", "multi_event", "admin_qualifier"])

N(8, "2024-03-25", """On 21 March 2024, Israeli forces shelled the area west of Al-Musaddar (Deir al-Balah governorate) as displaced people were collecting aid. 4 civilians were killed, including a woman. Location coded to Al-Musaddar; precise site unknown. Fatalities may be revised.""",
  [E("incident", "shelling", "2024-03-21", Q("Al-Musaddar", "PS", 31.41, 34.38, q="Al Musaddar"), ["Israel", "civilians"])],
  [], "", ["stated_date", "admin_qualifier"])

N(9, "2022-07-04", """On 30 June 2022, Israeli settlers attacked Palestinian residents of Umm al-Khair (Hebron governorate), in Masafer Yatta, throwing stones at homes and a water tank. 2 Palestinians were injured. Israeli forces later arrived and arrested a Palestinian man; the arrest is coded as a separate event.""",
  [E("incident", "settler attack", "2022-06-30", M("Umm al-Khair", 31.42, 35.17, "PS", "approximate, Bedouin hamlet south-east of Yatta next to Karmel"), ["Israeli settlers", "Palestinians"]),
   E("incident", "arrest", "2022-06-30", M("Umm al-Khair", 31.42, 35.17, "PS", "approximate, Bedouin hamlet south-east of Yatta next to Karmel"), ["Israel army", "Palestinians"], optional=True)],
  [], "The arrest 'coded as a separate event': optional. Masafer Yatta: area name (qualifier, prior gold name, not listed).",
  ["stated_date", "arrests", "coded_separately"])

N(10, "2023-04-10", """On 6 April 2023, Israeli settlers cut down and uprooted around 60 olive saplings on Palestinian agricultural land near Deir Istiya (Salfit governorate). No injuries. Property destruction.""",
  [E("incident", "settler attack, property destruction", "2023-04-06", Q("Deir Istiya", "PS", 32.13, 35.14, q="Dayr Istiya"), ["Israeli settlers", "Palestinian farmers"])],
  [], "", ["stated_date", "property_destruction", "admin_qualifier"])

N(11, "2021-10-25", """On 21 October 2021, Houthi forces and government forces clashed in the Mukayras district (Al Bayda governorate) near the Abyan border, with artillery exchanges. Casualties unknown. The Houthis had advanced in the area earlier in the month.""",
  [E("incident", "armed clashes", "2021-10-21", Q("Mukayras", "YE", 13.94, 45.67), ["Houthis", "Yemen government forces"])],
  [], "District coded at its seat. The earlier advance: month only, background.", ["stated_date", "district", "background_event", "casualties_unknown"])

N(12, "2019-07-08", """On 4 July 2019, gunmen from Jaish al-Adl attacked a police station in Suran (Sib and Suran county, Sistan and Baluchestan province). 1 police officer killed. Jaish al-Adl claimed responsibility in a statement released on 5 July.""",
  [E("incident", "armed attack", "2019-07-04", Q("Suran", "IR", 27.29, 62.00), ["Jaish al-Adl", "Iran police"])],
  [], "The claim on 5 July is not a separate event.", ["stated_date", "claim", "admin_qualifier"])

N(13, "2023-07-31", """On 27 July 2023, Russian forces shelled Zelenodolsk town (Kryvyi Rih raion, Dnipropetrovsk oblast) from positions across the Dnipro river. 1 civilian injured. Damage to a school and residential buildings reported.""",
  [E("incident", "shelling", "2023-07-27", Q("Zelenodolsk", "UA", 47.56, 33.66), ["Russia", "civilians"])],
  [], "Firing positions across the river: no place.", ["stated_date", "admin_qualifier"])

N(14, "2024-08-26", """On 22 August 2024, Russian forces carried out a guided aerial bomb attack and ground assaults on Ukrainian positions near Novoekonomichne (Pokrovsk raion, Donetsk oblast). Fatalities unknown; coded as 10 per methodology. Russian MoD claimed the capture of the village on 23 August; the claim is coded as a separate non-violent territorial event.""",
  [E("incident", "armed clashes, guided bombs", "2024-08-22", M("Novoekonomichne", 48.34, 37.24, "UA", "approximate, village north-east of Pokrovsk"), ["Russia", "Ukraine army"]),
   E("other", "territory capture claim", "2024-08-23", M("Novoekonomichne", 48.34, 37.24, "UA", "approximate, village north-east of Pokrovsk"), ["Russia"], optional=True)],
  [], "The capture claim on 23 August is a separate dated non-violent event: optional, kind other.",
  ["stated_date", "capture_claim", "coded_separately", "admin_qualifier"])

N(15, "2022-10-17", """On 13 October 2022, Ukrainian forces shelled Popovo-Lezhachi village (Glushkovo district, Kursk region). 1 civilian injured; a power line was damaged. Reported by the regional governor.""",
  [E("incident", "shelling", "2022-10-13", Q("Popovo-Lezhachi", "RU", 51.30, 34.34), ["Ukraine", "civilians"])],
  [], "Glushkovo district: qualifier (a b12 gold name, not listed).", ["stated_date", "admin_qualifier"])

N(16, "2021-02-15", """On 11 February 2021, suspected JNIM militants attacked a group of Dozo hunters near Dogofry (Niono cercle, Segou region). 4 Dozos were killed. The attack followed a local truce that had broken down weeks earlier.""",
  [E("incident", "armed attack", "2021-02-11", M("Dogofry", 14.85, -5.50, "ML", "approximate, commune north-east of Niono; placement uncertain"), ["JNIM", "Dozo militia"])],
  [], "Niono cercle: qualifier (a prior gold name, not listed). The truce: background.", ["stated_date", "admin_qualifier", "background_event"])

N(17, "2023-09-04", """On 31 August 2023, unidentified gunmen, assumed to be JNIM, ambushed a VDP patrol near Séguénéga (Yatenga province, North region). 6 VDP were killed. Motorcycles and weapons were taken.""",
  [E("incident", "ambush", "2023-08-31", M("Séguénéga", 13.44, -1.97, "BF", "approximate, town east of Ouahigouya"), ["JNIM", "VDP"])],
  [], "", ["stated_date", "admin_qualifier"])

N(18, "2024-05-13", """On 9 May 2024, IS Sahel militants abducted 3 civilians, including a village chief, from Banizoumbou (Filingue department, Tillaberi region). No further information on their fate. Abductions coded as violence against civilians.""",
  [E("incident", "abduction", "2024-05-09", M("Banizoumbou", 13.53, 2.66, "NE", "approximate, village south-west of Filingué"), ["ISIS-Sahel", "civilians"])],
  [], "Abduction: scored as an incident (violence against civilians).", ["stated_date", "admin_qualifier", "abduction"])

N(19, "2022-01-31", """On 27 January 2022, ISWAP militants attacked Khaddamari village (Jere LGA, Borno state), burning houses and killing 2 civilians. Nigerian army troops from Maiduguri responded; no contact was reported.""",
  [E("incident", "armed attack", "2022-01-27", Q("Khaddamari", "NG", 11.93, 13.23), ["ISWAP", "civilians"])],
  [Q("Maiduguri", "NG", 11.85, 13.16)],
  "Maiduguri: origin of the responding troops (~12 km, inside radius).",
  ["stated_date", "admin_qualifier", "origin_place"])

N(20, "2020-06-08", """On 4 June 2020, Boko Haram (JAS faction) fighters carried out a raid on Moskota (Mayo-Tsanaga department, Far North region) at night, looting livestock and food. 1 civilian killed. Cameroonian soldiers of the Multinational Joint Task Force were deployed the next day.""",
  [E("incident", "raid, looting", "2020-06-04", M("Moskota", 10.92, 13.86, "CM", "approximate, town near the Nigerian border north of Mokolo"), ["Boko Haram", "civilians"])],
  [], "The next-day deployment is not an event.", ["stated_date", "admin_qualifier", "nationalities"])

N(21, "2019-11-25", """On 21 November 2019, residents of Pantelhó municipality (Chiapas) demonstrated in the municipal seat against the local authorities, accusing them of protecting an armed group. The protest was peaceful. No injuries or arrests reported.""",
  [E("other", "protest", "2019-11-21", Q("Pantelhó", "MX", 17.01, -92.47, q="Pantelho"), ["protesters"])],
  [], "Peaceful protest: kind other, no scored gold.", ["stated_date", "protest", "no_scored_gold"])

N(22, "2023-02-06", """On 2 February 2023, al-Shabaab militants detonated an IED against a convoy of Somali army (SNA) and Macawisley militia near Moqokori (Bulo Burto district, Hiraan region). Fatalities: 3 SNA soldiers. SNA had recaptured the area during the offensive in 2022.""",
  [E("incident", "IED", "2023-02-02", M("Moqokori", 4.05, 45.25, "SO", "approximate, town in northern Hiraan near the Galgaduud border; placement uncertain"), ["al-Shabaab", "SNA", "Macawisley"])],
  [], "Bulo Burto district: qualifier (prior gold name, not listed). The 2022 recapture: background.", ["stated_date", "admin_qualifier", "background_event"])

N(23, "2023-09-18", """On 14 September 2023, RSF forces shelled residential neighbourhoods of Abu Zabad town (Abu Zabad locality, West Kordofan state). 5 civilians killed. Army positions in Ghubaysh were shelled on the same day; that event is coded separately.""",
  [E("incident", "shelling", "2023-09-14", Q("Abu Zabad", "SD", 12.35, 29.25), ["RSF", "civilians"]),
   E("incident", "shelling", "2023-09-14", Q("Ghubaysh", "SD", 12.15, 27.35), ["RSF", "Sudan army"], optional=True)],
  [], "Ghubaysh 'coded separately' on the same day: optional.", ["stated_date", "coded_separately", "admin_qualifier"])

N(24, "2021-09-13", """On 9 September 2021, clashes between Azande and Balanda militias took place in Tambura town (Tambura county, Western Equatoria state). At least 7 fatalities, houses were burnt. Thousands of residents displaced to the UNMISS base and to churches.""",
  [E("incident", "communal clashes", "2021-09-09", Q("Tambura", "SS", 5.60, 27.47), ["Azande militia", "Balanda militia"])],
  [], "Displacement: not a separate event.", ["stated_date", "communal"])

N(25, "2022-06-02", """On 29 May 2022, M23 and FARDC clashed around Kibumba (Nyiragongo territory, North Kivu), about 20 km north of Goma. Fatalities unknown. Thousands of displaced moved towards Goma.""",
  [E("incident", "armed clashes", "2022-05-29", M("Kibumba", -1.52, 29.34, "CD", "approximate, village on the Rutshuru road north of Goma"), ["M23", "FARDC"])],
  [Q("Goma", "CD", -1.68, 29.22)],
  "Goma: reference and refuge (~22 km, inside radius).", ["stated_date", "admin_qualifier", "refuge_place"])

N(26, "2024-08-12", """On 8 August 2024, TTP militants attacked a police post in Mamund tehsil (Bajaur district, Khyber Pakhtunkhwa). Police returned fire. 1 policeman and 2 militants were killed. On 9 August, security forces launched a search operation in the area; the operation is coded separately as non-violent.""",
  [E("incident", "armed attack", "2024-08-08", M("Mamund", 34.77, 71.60, "PK", "approximate, tehsil west of Khar in Bajaur"), ["TTP", "Pakistan police"]),
   E("other", "search operation", "2024-08-09", M("Mamund", 34.77, 71.60, "PK", "approximate, tehsil west of Khar in Bajaur"), ["Pakistan security forces"], optional=True)],
  [], "Tehsil coded at an approximate centre. The search operation the next day: kind other, optional.", ["stated_date", "admin_qualifier", "coded_separately"])

N(27, "2023-06-19", """On 15 June 2023, armed men opened fire on villagers in Kakching district (Manipur), in the foothills near the Churachandpur district boundary. 2 villagers injured. Security forces were rushed to the area. The clashes are part of the ethnic violence that began on 3 May 2023.""",
  [E("incident", "shooting", "2023-06-15", Q("Kakching", "IN", 24.50, 93.98), ["armed men", "civilians"])],
  [], "District coded at its seat. The violence beginning on 3 May: dated, but background of a campaign without a place of its own (not gold, a judgement call).",
  ["stated_date", "district", "background_event"])

N(28, "2022-04-25", """On 21 April 2022, Myanmar military troops raided and set fire to houses in two villages in Myaung township (Sagaing region). Village names not reported. No fatalities reported. Coded to the township.""",
  [E("incident", "arson, raid", "2022-04-21", M("Myaung", 21.83, 95.35, "MM", "approximate, township town south-west of Sagaing; placement uncertain"), ["Myanmar military", "civilians"])],
  [], "Unnamed villages coded to the township seat.", ["stated_date", "district", "property_destruction"])

N(29, "2024-10-07", """On 3 October 2024, members of the Clan del Golfo clashed with ELN guerrillas in a rural area of El Bagre municipality (Antioquia). Fatalities unknown. Local authorities reported the displacement of around 200 families to the urban centre of El Bagre.""",
  [E("incident", "armed clashes", "2024-10-03", Q("El Bagre", "CO", 7.60, -74.81), ["Clan del Golfo", "ELN"])],
  [], "Municipality coded at its seat.", ["stated_date", "district", "casualties_unknown"])

N(30, "2020-09-21", """On 17 September 2020, IS militants reportedly attacked an Iraqi army post in the Hamrin mountains near Qara Tapa district (Diyala governorate). Details could not be confirmed; the attack was later denied by the Joint Operations Command. Coded as unverified; no fatalities.""",
  [E("incident", "armed attack (unverified)", "2020-09-17", Q("Qara Tapa", "IQ", 34.42, 44.92, q="Qarah Tappah"), ["ISIS", "Iraq army"], optional=True)],
  [], "Unverified and denied: optional, no scored gold.", ["stated_date", "unverified", "denial", "no_scored_gold"])
