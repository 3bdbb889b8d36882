from lib import *
R = "coder_note"
DOCS = []
add = DOCS.append
C = "Conflict-monitor coder note written for blind14: the stated day is the gold date; district/province names qualify the pin. Composite or invented. "


def N(num, d, text, events, nonev, note, tags):
    add(D(R, num, d, text, events, nonev, C + note, ["coder_note"] + tags))


N(1, "2022-11-21", """On 17 November 2022, an IED planted by suspected IS militants detonated against an SDF military vehicle near Jazrat al-Bu Hamid village (Kisreh sub-district, Deir ez-Zor district, Deir ez-Zor governorate). 2 SDF fighters were killed. Sources: local news network, SOHR.""",
  [E("incident", "IED", "2022-11-17", M("Jazrat al-Bu Hamid", 35.38, 39.97, "SY", "approximate, village in the western countryside of Deir ez-Zor; placement uncertain"), ["ISIS", "SDF"])],
  [], "", ["stated_date", "admin_qualifier"])

N(2, "2021-01-04", """On 30 December 2020, IS militants ambushed a bus carrying Syrian regime soldiers on the Deir ez-Zor–Palmyra road near Kabajib (Deir ez-Zor governorate). Fatalities: 25 (regime soldiers). IS claimed the attack. Coded at Kabajib, the nearest named location on the road.""",
  [E("incident", "ambush", "2020-12-30", M("Kabajib", 35.08, 39.55, "SY", "approximate, village on the Deir ez-Zor–Palmyra road; placement uncertain"), ["ISIS", "Syria army"])],
  [], "The note names the nearest location: pinned there (the road's end towns not listed).", ["stated_date", "road", "claim"])

N(3, "2023-03-27", """On 23 March 2023, Russian warplanes carried out a series of air strikes on suspected IS hideouts in the desert near 'Uqayribat (Salamiyah district, Hama governorate). Casualties unknown.""",
  [E("incident", "air strikes", "2023-03-23", Q("Uqayribat", "SY", 35.04, 37.46), ["Russia", "ISIS"])],
  [], "", ["stated_date", "casualties_unknown", "admin_qualifier"])

N(4, "2022-07-25", """On 22 July 2022, Israeli missiles struck an air defence battalion position near Jayrud (Al-Qutayfah district, Rif Dimashq governorate). 3 regime soldiers were killed and 7 wounded, according to a military source quoted by state media. Some missiles were reportedly intercepted over the Damascus countryside.""",
  [E("incident", "missile strike", "2022-07-22", Q("Jayrud", "SY", 33.81, 36.74), ["Israel", "Syria army"])],
  [], "Interceptions over a region: no pin.", ["stated_date", "interception", "attribution"])

N(5, "2021-05-10", """On 7 May 2021, unidentified gunmen shot dead a former opposition commander who had signed a reconciliation agreement, in front of his house in Kafr Shams (As-Sanamayn district, Dar'a governorate). Fatalities: 1.""",
  [E("incident", "assassination", "2021-05-07", Q("Kafr Shams", "SY", 33.12, 36.11), ["unidentified gunmen", "former opposition commander"])],
  [], "", ["stated_date", "admin_qualifier"])

N(6, "2020-08-31", """On 27 August 2020, regime Military Security forces clashed with local gunmen at a checkpoint at the entrance of Ghabagheb (As-Sanamayn district, Dar'a governorate), following the arrest of a young man from the town. Fatalities: 2 (1 from each side).""",
  [E("incident", "armed clash", "2020-08-27", M("Ghabagheb", 33.18, 36.22, "SY", "approximate, town on the Damascus–Daraa highway"), ["Syria military security", "local gunmen"])],
  [], "The arrest that preceded the clash: undated background.", ["stated_date", "admin_qualifier"])

N(7, "2024-02-12", """On 8 February 2024, an IED exploded near a regime Air Force Intelligence checkpoint on the road between Khirbet Ghazaleh and Da'el (Dar'a district, Dar'a governorate). Casualties unknown.""",
  [E("incident", "IED", "2024-02-08", M("Khirbet Ghazaleh", 32.73, 36.20, "SY", "approximate, town east of Daraa on the highway"), ["unknown", "Syria air force intelligence"])],
  [], "Road pinned at its first-named town; Da'el (~7 km) not listed.", ["stated_date", "road", "casualties_unknown"])

N(8, "2023-09-18", """On 14 September 2023, regime forces raided houses in Jillin (Dar'a governorate) and arrested 3 men accused of belonging to IS cells. No fighting reported.""",
  [E("incident", "arrest raid", "2023-09-14", M("Jillin", 32.77, 35.96, "SY", "approximate, village in the western Daraa countryside"), ["Syria army", "civilians"], optional=True)],
  [], "Arrests-only raid: optional; no scored gold.", ["stated_date", "arrests_only", "no_scored_gold"])

N(9, "2019-12-16", """On 12 December 2019, an IED targeted a vehicle of the PMF's 47th Brigade near Iskandariyah (Musayyib district, Babil governorate). 1 PMF member was wounded. A second IED found at the same spot was defused by the bomb squad.""",
  [E("incident", "IED", "2019-12-12", M("Iskandariyah", 32.89, 44.35, "IQ", "approximate, town north of Hillah"), ["unknown", "PMF"]),
   E("incident", "defused IED", "2019-12-12", M("Iskandariyah", 32.89, 44.35, "IQ", "approximate, town north of Hillah"), ["Iraq police"], optional=True)],
  [], "The defused device at the same spot: optional.", ["stated_date", "defused_device", "admin_qualifier"])

N(10, "2021-08-23", """On 19 August 2021, a Turkish drone struck a gathering near Sangasar (Ranya district, Sulaymaniyah province), in the Kurdistan Region of Iraq. The target was reportedly a PKK-affiliated group. Fatalities: 3.""",
  [E("incident", "drone strike", "2021-08-19", M("Sangasar", 36.42, 45.04, "IQ", "approximate, sub-district centre at the foot of the Qandil range; placement uncertain"), ["Türkiye", "PKK"])],
  [], "", ["stated_date", "kurdistan", "admin_qualifier"])

N(11, "2020-04-13", """On 9 April 2020, IS militants attacked a Border Guards post south-west of Nukhayb (Ar-Rutba district, Al-Anbar governorate). The attackers withdrew after an exchange of fire. Casualties unknown.""",
  [E("incident", "armed attack", "2020-04-09", M("Nukhayb", 32.04, 42.26, "IQ", "approximate, desert town south-west of Karbala"), ["ISIS", "Iraq border guards"])],
  [], "'South-west of' without a distance: pinned at the town.", ["stated_date", "casualties_unknown", "near_place"])

N(12, "2022-01-31", """On 27 January 2022, unknown gunmen shot and killed a village mukhtar near Amiriyat al-Fallujah (Fallujah district, Al-Anbar governorate). Fatalities: 1.""",
  [E("incident", "shooting", "2022-01-27", M("Amiriyat al-Fallujah", 33.19, 43.85, "IQ", "approximate, town south of Fallujah"), ["unknown gunmen", "civilians"])],
  [], "", ["stated_date", "admin_qualifier"])

N(13, "2024-04-29", """On 25 April 2024, an Israeli drone struck a motorcycle in Jmeijmeh (Bint Jbeil district, Nabatieh governorate). 1 Hezbollah member was killed. Hezbollah mourned the fighter the next day without giving a location.""",
  [E("incident", "drone strike", "2024-04-25", M("Jmeijmeh", 33.17, 35.41, "LB", "approximate, village north of Bint Jbeil"), ["Israel", "Hezbollah"])],
  [], "", ["stated_date", "admin_qualifier"])

N(14, "2023-12-11", """On 7 December 2023, Israeli forces shelled the outskirts of Rshaf (Bint Jbeil district, Nabatieh governorate). Casualties unknown. Damage to farmland reported.""",
  [E("incident", "shelling", "2023-12-07", M("Rshaf", 33.16, 35.36, "LB", "approximate, village west of Bint Jbeil"), ["Israel"])],
  [], "", ["stated_date", "casualties_unknown", "property_destruction"])

N(15, "2024-10-21", """On 17 October 2024, Israeli warplanes struck a building in Deir Ntar (Bint Jbeil district, Nabatieh governorate). Fatalities: 4, including 2 women. Other strikes across southern Lebanon on the same day are coded separately.""",
  [E("incident", "air strike", "2024-10-17", M("Deir Ntar", 33.22, 35.33, "LB", "approximate, village north-west of Bint Jbeil"), ["Israel", "civilians"])],
  [], "Other strikes 'coded separately' have no place here.", ["stated_date", "coded_separately"])

N(16, "2021-04-26", """On 22 April 2021, Israeli settlers from Yitzhar attacked Palestinian farmers with stones in 'Iraq Burin (Nablus governorate), injuring 1 farmer. Settlers also set fire to an olive grove.""",
  [E("incident", "settler attack", "2021-04-22", Q("Iraq Burin", "PS", 32.20, 35.24, q="Iraq Burin"), ["Israeli settlers", "civilians"])],
  [Q("Yitzhar", "PS", 32.17, 35.24, q="Yizhar")],
  "Yitzhar: settlement qualifying the attackers (~4 km, inside radius).", ["stated_date", "qualifier_place", "property_destruction"])

N(17, "2022-06-20", """On 17 June 2022, around 150 Palestinians demonstrated at the Beit Iba checkpoint (Nablus governorate) against the closure of the road. Israeli forces fired tear gas; several people were treated for inhalation. No serious injuries.""",
  [E("other", "protest", "2022-06-17", Q("Beit Iba", "PS", 32.24, 35.21, q="Bayt Iba"), ["protesters", "Israel army"])],
  [], "Protest without deaths: kind other; no scored gold.", ["stated_date", "protest", "no_scored_gold"])

N(18, "2023-08-14", """On 10 August 2023, Israeli forces demolished two under-construction houses and a water well in Jinsafut (Qalqilya governorate), citing lack of permits. No casualties.""",
  [E("incident", "demolition, property destruction", "2023-08-10", Q("Jinsafut", "PS", 32.18, 35.13), ["Israel army"])],
  [], "Demolition: scored property destruction.", ["stated_date", "property_destruction"])

N(19, "2022-05-02", """On 28 April 2022, Russian forces shelled Vilcha (Chuhuiv raion, Kharkiv oblast). Casualties unknown. Several residential buildings were damaged.""",
  [E("incident", "shelling", "2022-04-28", Q("Vilcha", "UA", 50.25, 36.94), ["Russia"])],
  [], "", ["stated_date", "casualties_unknown", "admin_qualifier"])

N(20, "2024-04-22", """On 18 April 2024, Russian and Ukrainian forces engaged in armed clashes in and around Ocheretyne (Pokrovsk raion, Donetsk oblast). Russian forces were reported to have entered the northern part of the settlement. Fatalities coded as 10 (estimate).""",
  [E("incident", "armed clashes", "2024-04-18", Q("Ocheretyne", "UA", 48.24, 37.62), ["Russia army", "Ukraine army"])],
  [], "", ["stated_date", "admin_qualifier", "estimate"])

N(21, "2023-06-05", """On 1 June 2023, Ukrainian forces hit a Russian military base in occupied Molochansk (Polohy raion, Zaporizhzhia oblast) with rockets. Casualties unknown. Russian-appointed authorities reported damage to a school building used as barracks.""",
  [E("incident", "rocket strike", "2023-06-01", Q("Molochansk", "UA", 47.20, 35.60), ["Ukraine", "Russia army"])],
  [], "", ["stated_date", "casualties_unknown", "occupied"])

N(22, "2024-08-19", """On 15 August 2024, a Ukrainian drone dropped an explosive on a car near Maslova Pristan (Shebekino urban okrug, Belgorod oblast), injuring 2 civilians.""",
  [E("incident", "drone attack", "2024-08-15", Q("Maslova Pristan", "RU", 50.46, 36.72, q="Maslova Pristan'"), ["Ukraine", "civilians"])],
  [], "", ["stated_date", "admin_qualifier"])

N(23, "2023-02-06", """On 2 February 2023, JNIM militants attacked the police station in Diébougou (Bougouriba province, Sud-Ouest region). 4 police officers were killed. The militants burned the station and two vehicles before withdrawing towards the Ghana border.""",
  [E("incident", "armed attack", "2023-02-02", Q("Diebougou", "BF", 10.96, -3.25), ["JNIM", "Burkina police"])],
  [], "Direction of withdrawal (Ghana): country only.", ["stated_date", "admin_qualifier"])

N(24, "2020-09-28", """On 24 September 2020, Cameroonian military forces raided a separatist camp near Fundong (Boyo division, North-West region). Fatalities: 5 (separatists). The army said weapons and motorcycles were seized.""",
  [E("incident", "raid, armed clash", "2020-09-24", Q("Fundong", "CM", 6.28, 10.28), ["Cameroon army", "Ambazonian separatists"])],
  [], "", ["stated_date", "admin_qualifier"])

N(25, "2024-06-24", """On 20 June 2024, M23 rebels clashed with Wazalendo militiamen in the hills north of Rutshuru (Rutshuru territory, North Kivu). Fatalities: 6. On 21 June, fighting was reported to continue.""",
  [E("incident", "armed clashes", "2024-06-20", Q("Rutshuru", "CD", -1.19, 29.45), ["M23", "Wazalendo"]),
   E("incident", "armed clashes", "2024-06-21", Q("Rutshuru", "CD", -1.19, 29.45), ["M23", "Wazalendo"], optional=True)],
  [], "The next day's continued fighting, only 'reported': optional.", ["stated_date", "near_place", "unverified_report"])

N(26, "2019-10-07", """On 3 October 2019, US forces (AFRICOM) carried out an air strike against al-Shabaab militants near Xarardheere (Mudug region). AFRICOM said 1 militant was killed; no civilians were harmed, according to the statement issued from Stuttgart.""",
  [E("incident", "air strike", "2019-10-03", Q("Xarardheere", "SO", 4.65, 47.86), ["United States", "al-Shabaab"])],
  [Q("Stuttgart", "DE", 48.78, 9.18)],
  "Stuttgart: statement place.", ["stated_date", "statement_place"])

N(27, "2024-01-15", """On 11 January 2024, a drone strike by the Ethiopian National Defence Force hit a market area in Mertule Mariam town (East Gojjam zone, Amhara region). Fatalities: 8 (civilians).""",
  [E("incident", "drone strike", "2024-01-11", Q("Mertule Mariam", "ET", 10.83, 38.27, q="Mertule Maryam"), ["Ethiopia", "civilians"])],
  [], "", ["stated_date", "admin_qualifier"])

N(28, "2023-08-14", """On 10 August 2023, Meitei and Kuki-Zo armed village volunteers exchanged fire near Ningthoukhong (Bishnupur district, Manipur). A bomb was also thrown at a house. 1 volunteer was killed and 3 injured.""",
  [E("incident", "armed clash, bombing", "2023-08-10", Q("Ningthoukhong", "IN", 24.57, 93.76), ["Meitei militia", "Kuki-Zo militia"])],
  [], "", ["stated_date", "admin_qualifier"])

N(29, "2021-03-08", """On 4 March 2021, NPA rebels ambushed a patrol of the Philippine Army in Banisilan (Cotabato province). 2 soldiers were killed. The army reported that the rebels fled towards the boundary with Bukidnon province.""",
  [E("incident", "ambush", "2021-03-04", Q("Banisilan", "PH", 7.49, 124.72), ["NPA", "Philippines army"])],
  [], "Municipality pinned at its seat. Bukidnon: province, direction of flight (not listed).", ["stated_date", "admin_qualifier"])

N(30, "2025-01-20", """On 16 January 2025, an improvised landmine exploded under a Mexican Army vehicle on a dirt road in the municipality of Parácuaro (Michoacán). 2 soldiers were killed. Cartel del Jalisco Nueva Generación (CJNG) presence reported in the area.""",
  [E("incident", "landmine, IED", "2025-01-16", Q("Paracuaro", "MX", 19.15, -102.22), ["CJNG", "Mexico army"])],
  [], "Municipality pinned at its seat (gazetteer: the Michoacán Parácuaro, not the Guanajuato one).", ["stated_date", "admin_qualifier"])
