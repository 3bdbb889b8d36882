from lib import *
R = "coder_note"
DOCS = []
add = DOCS.append
C = "Coder note (ACLED-like); composite/invented details. "


def N(num, d, text, events, nonev, note, tags):
    add(D(R, num, d, text, events, nonev, C + note, ["coder_note"] + tags))


d = "2022-05-03"
N(1, d, """On 30 April 2022, Turkish military forces carried out air strikes against PKK militants in the vicinity of Mangesh village (Duhok district, Duhok governorate). Several orchards burned. Casualties unknown. Source: Kurdish media, Duhok.""",
  [E("incident", "air strikes", "2022-04-30", Q("Mangesh", "IQ", 37.04, 43.10), ["Türkiye", "PKK"])],
  [Q("Duhok", "IQ", 36.87, 42.99, q="Dihok")],
  "District and governorate seat Duhok (~20 km, inside the radius) is also the source place.",
  ["admin_qualifier", "vicinity_of", "source_place"])

d = "2021-11-08"
N(2, d, """On 6 November 2021, unidentified gunmen shot and killed a farmer in Abu Saida (Baquba district, Diyala governorate). The victim was a member of a local tribal support (Hashd al-Asha'iri) unit. Fatalities: 1.""",
  [E("incident", "targeted killing", "2021-11-06", M("Abu Saida", 33.92, 44.76, "IQ", "approximate, sub-district seat north-east of Baquba; placement uncertain"), ["gunmen", "civilians"])],
  [Q("Baquba", "IQ", 33.75, 44.61, q="Baqubah")],
  "Baquba: district seat (~23 km, inside the radius).",
  ["admin_qualifier"])

d = "2020-03-16"
N(3, d, """On 13 March 2020, ISIS militants attacked PMF positions in the Makhoul area of Baiji district (Salah al-Din governorate). Two PMF fighters killed. Area unlocated; coded to Baiji. Fatalities: 2.""",
  [E("incident", "armed attack", "2020-03-13", Q("Baiji", "IQ", 34.93, 43.49, q="Bayji"), ["ISIS", "PMF"])],
  [],
  "'Coded to Baiji': the area is pinned at the district seat.",
  ["area_of", "coded_to"])

d = "2019-06-10"
N(4, d, """On 8 June 2019, SDF forces clashed with ISIS cells in Gharanij (Deir ez-Zor governorate, eastern countryside). One SDF member and 2 militants killed. A separate IED explosion in al-Kishkiyah on the same day is coded separately. Fatalities: 3.""",
  [E("incident", "armed clash", "2019-06-08", M("Gharanij", 34.79, 40.71, "SY", "approximate, town on the east bank between Hajin and Kishkiyah; placement uncertain"), ["SDF", "ISIS"]),
   E("incident", "IED explosion", "2019-06-08", M("al-Kishkiyah", 34.88, 40.63, "SY", "approximate, town on the east bank north-west of Gharanij"), ["unknown"], optional=True)],
  [],
  "'Coded separately' event optional.",
  ["coded_separately"])

d = "2019-12-23"
N(5, d, """Between 20 and 22 December 2019 (coded to the range), regime forces shelled Binnish (Idlib district, Idlib governorate). Several homes destroyed; 4 civilians killed. Residents fled toward the Turkish border near Sarmada. Fatalities: 4.""",
  [E("incident", "shelling", ["2019-12-20", "2019-12-22"], Q("Binnish", "SY", 35.96, 36.71), ["Syrian army", "civilians"])],
  [Q("Idlib", "SY", 35.93, 36.63), Q("Sarmada", "SY", 36.18, 36.72, q="Sarmada")],
  "Bracketed range. Idlib: district seat (~8 km, inside the radius). Sarmada: direction of flight.",
  ["date_range", "admin_qualifier", "refuge_place"])

d = "2022-07-11"
N(6, d, """On 9 July 2022, SDF/YPG forces fired rockets at Marea (Azaz district, Aleppo governorate). One civilian injured. Reported by Turkish MoD; an earlier report placing the rocket fire in Azaz town was corrected. Fatalities: 0.""",
  [E("incident", "rocket fire", "2022-07-09", M("Marea", 36.48, 37.20, "SY", "approximate, town north of Aleppo"), ["SDF", "civilians"])],
  [Q("Azaz", "SY", 36.59, 37.05, q="Izaz")],
  "Location corrected from Azaz to Marea (~18 km, inside the radius).",
  ["admin_qualifier", "location_correction"])

d = "2019-05-27"
N(7, d, """On 25 May 2019, Russian forces conducted air strikes on Latamneh (Mhardeh district, Hama governorate). Casualties unknown. Reported by local opposition sources in Kafr Zita.""",
  [E("incident", "air strikes", "2019-05-25", M("Latamneh", 35.32, 36.62, "SY", "approximate, town north of Hama"), ["Russia"])],
  [Q("Mhardeh", "SY", 35.25, 36.57, q="Maharda")],
  "Mhardeh: district seat (~9 km). Kafr Zita: source place (~5 km, not listed).",
  ["admin_qualifier", "source_place"])

d = "2023-10-30"
N(8, d, """On 28 October 2023, Israeli forces shelled the outskirts of Kfar Shouba (Hasbaya district, Nabatieh governorate). Hezbollah claimed an attack on the Israeli Zebdine position the same day, coded separately. Casualties unknown.""",
  [E("incident", "shelling", "2023-10-28", Q("Kfar Shouba", "LB", 33.33, 35.69), ["Israel"]),
   E("incident", "attack", "2023-10-28", M("Zebdine position", 33.30, 35.74, "LB", "approximate, position in the disputed farms area south-east of Kfar Shouba; placement uncertain"), ["Hezbollah", "Israel"], optional=True)],
  [Q("Hasbaya", "LB", 33.40, 35.69)],
  "Hasbaya: district seat (~8 km). 'Coded separately': optional.",
  ["admin_qualifier", "coded_separately"])

d = "2021-02-15"
N(9, d, """On 12 February 2021, Houthi forces attacked Southern Transitional Council positions in Tur al-Bahah (Tuban district, Lahij governorate). Initially reported in Al-Musaymir; location corrected. Fatalities: 6.""",
  [E("incident", "armed attack", "2021-02-12", M("Tur al-Bahah", 13.12, 44.33, "YE", "approximate, district centre in western Lahij; placement uncertain"), ["Houthis", "STC"])],
  [Q("Al-Musaymir", "YE", 13.44, 44.62, q="Al Musaymir")],
  "Location corrected: Al-Musaymir (~47 km) is the wrong location.",
  ["location_correction", "denied_location"])

d = "2020-08-24"
N(10, d, """On 22 August 2020, a US drone strike targeted suspected AQAP militants in a vehicle near Nisab (Shabwah governorate). Reported by local sources; not confirmed by US officials. Fatalities: 2.""",
  [E("incident", "drone strike", "2020-08-22", Q("Nisab", "YE", 14.51, 46.49, q="Nisab"), ["United States", "AQAP"])],
  [],
  "Not confirmed by the US but reported by local sources with fatalities: coded.",
  ["near_place"])

d = "2023-12-07"
N(11, d, """On 5 December 2023, Israeli forces raided Al-Fawwar camp (Hebron governorate). Clashes with residents; 1 Palestinian killed and 3 injured. Two people arrested. Fatalities: 1.""",
  [E("incident", "raid", "2023-12-05", M("Al-Fawwar camp", 31.47, 35.08, "PS", "approximate, refugee camp south of Hebron"), ["Israel army", "Palestinians"])],
  [Q("Hebron", "PS", 31.53, 35.09)],
  "Arrests are part of the same raid. Hebron: governorate seat (~7 km).",
  ["camp", "admin_qualifier"])

d = "2022-11-18"
N(12, d, """On 16 November 2022, rioters clashed with security forces in the market area of Izeh (Izeh county, Khuzestan province). Shots were fired; 7 people killed, including a child. Authorities blamed 'terrorists' operating from Ahvaz. Fatalities: 7.""",
  [E("incident", "riot, shooting", "2022-11-16", Q("Izeh", "IR", 31.83, 49.87, q="Izeh"), ["rioters", "Iran security forces"])],
  [Q("Ahvaz", "IR", 31.32, 48.68)],
  "A riot with deaths is scored. Ahvaz: blamed origin (metonym).",
  ["riot_deaths", "metonym"])

d = "2023-01-16"
N(13, d, """On 15 January 2023, retirees held a peaceful protest in front of the governor's office in Shush (Khuzestan province) over pensions. No intervention. A similar protest is planned in Dezful next week.""",
  [E("other", "peaceful protest", "2023-01-15", Q("Shush", "IR", 32.19, 48.24), ["retirees"])],
  [Q("Dezful", "IR", 32.38, 48.41)],
  "Peaceful protest: kind other, no scored gold. Dezful: future protest.",
  ["protest", "future_event", "no_scored_gold"])

d = "2024-04-22"
N(14, d, """On 20 April 2024, a tribal dispute turned into an armed clash in Ali al-Gharbi (Ali al-Gharbi district, Maysan governorate). Medium weapons used; 3 killed. Police from Amarah intervened. Fatalities: 3.""",
  [E("incident", "tribal clash", "2024-04-20", Q("Ali al-Gharbi", "IQ", 32.46, 46.69, q="Ali al Gharbi"), ["tribal militias"])],
  [Q("Amarah", "IQ", 31.84, 47.14, q="Al Amarah")],
  "Amarah: police origin and governorate seat.",
  ["origin_place"])

d = "2022-12-19"
N(15, d, """On 15 December 2022, demonstrators protesting fuel prices clashed with police in Ma'an (Ma'an governorate). A police colonel was shot dead. Protests also held peacefully in Karak on 16 December (coded as peaceful protest). Fatalities: 1.""",
  [E("incident", "riot, shooting", "2022-12-15", Q("Ma'an", "JO", 30.20, 35.73, q="Ma'an"), ["protesters", "Jordan police"]),
   E("other", "peaceful protest", "2022-12-16", Q("Karak", "JO", 31.16, 35.76, q="Karak City"), ["protesters"])],
  [],
  "Violent protest with a death: incident. Peaceful protest in Karak: kind other.",
  ["riot_deaths", "protest"])

d = "2019-09-20"
N(16, d, """Report of a drone attack on facilities in Ras Tanura (Eastern Province) on 18 September 2019 was retracted by the source the next day. Not coded. The 14 September attacks on Abqaiq and Khurais are coded in the previous week's file.""",
  [],
  [Q("Ras Tanura", "SA", 26.71, 50.07), Q("Abqaiq", "SA", 25.93, 49.67)],
  "Retracted report: not coded. Abqaiq/Khurais: earlier week, coded elsewhere (not gold here).",
  ["retracted", "background_event", "no_scored_gold"])

d = "2021-10-11"
N(17, d, """On 8 October 2021, JNIM militants ambushed a FAMa convoy on the road between Douentza and Boni (Douentza cercle, Mopti region). 3 soldiers killed, 2 vehicles destroyed. Fatalities: 3.""",
  [E("incident", "ambush", "2021-10-08", Q("Douentza", "ML", 15.01, -2.95), ["JNIM", "Mali army"])],
  [M("Boni", 15.07, -2.22, "ML", "approximate, village on the RN16 east of Douentza"), Q("Mopti", "ML", 14.48, -4.18)],
  "Road ambush pinned at the first-named town, Douentza (Boni ~80 km).",
  ["road", "admin_qualifier"])

d = "2022-10-24"
N(18, d, """Over the weekend (22-23 October 2022), VDP members clashed with JNIM militants in Kelbo (Kelbo department, Soum province). Unknown number of militants killed, 2 VDP killed. Fatalities: 2+.""",
  [E("incident", "armed clashes", ["2022-10-22", "2022-10-23"], M("Kelbo", 13.87, -1.17, "BF", "approximate, commune seat in south-eastern Soum; placement uncertain"), ["VDP", "JNIM"])],
  [Q("Djibo", "BF", 14.10, -1.63)],
  "Weekend range. Djibo: province seat (~55 km).",
  ["weekend", "date_range", "admin_qualifier"])

d = "2024-03-25"
N(19, d, """On 21 March 2024, ISSP militants attacked a military patrol near Tassara (Tassara department, Tahoua region). 23 soldiers killed according to Niger's government. Fatalities: 23.""",
  [E("incident", "armed attack", "2024-03-21", Q("Tassara", "NE", 16.80, 5.64), ["ISSP", "Niger army"])],
  [Q("Tahoua", "NE", 14.89, 5.27)],
  "Tahoua: region seat (~215 km).",
  ["near_place", "admin_qualifier"])

d = "2024-11-11"
N(20, d, """On 8 November 2024, Lakurawa militants attacked herders in Goronyo LGA (Sokoto state), killing 15. Coded to Goronyo. Residents later fled to Sokoto. Fatalities: 15.""",
  [E("incident", "armed attack", "2024-11-08", Q("Goronyo", "NG", 13.44, 5.67), ["Lakurawa", "civilians"])],
  [Q("Sokoto", "NG", 13.06, 5.24)],
  "LGA coded to its seat. Sokoto: refuge.",
  ["coded_to", "lga", "refuge_place"])

d = "2023-08-14"
BUR = Q("Burhakaba", "SO", 2.80, 44.08, q="Buurhakaba")
N(21, d, """On 11 August 2023, an IED planted by al Shabaab struck a South West State forces vehicle about 20 km north-west of Burhakaba (Bay region). 4 soldiers killed. Reinforcements came from Baidoa. Fatalities: 4.""",
  [E("incident", "IED attack", "2023-08-11", OFF("20 km NW of Burhakaba", BUR, 20, 315), ["al Shabaab", "South West State forces"], alts=[BUR])],
  [Q("Baidoa", "SO", 3.11, 43.65)],
  "Offset computed; Burhakaba alternate. Baidoa: reinforcement origin (~55 km).",
  ["offset", "origin_place"])

d = "2023-06-19"
N(22, d, """On 16 June 2023, OLA militants attacked a police station in Nejo town (Nejo woreda, West Wellega zone, Oromia). 5 police killed. Fatalities: 5.""",
  [E("incident", "armed attack", "2023-06-16", Q("Nejo", "ET", 9.50, 35.50), ["OLA", "Oromia police"])],
  [],
  "Woreda and zone are qualifiers; pinned at the town.",
  ["admin_qualifier"])

d = "2024-02-06"
N(23, d, """Over the weekend (3-4 February 2024), RSF forces attacked villages around Kutum (Kutum locality, North Darfur). Looting and burning; 12 killed. Displaced persons moved toward El Fasher. Fatalities: 12.""",
  [E("incident", "armed attack", ["2024-02-03", "2024-02-04"], Q("Kutum", "SD", 14.20, 24.67), ["RSF", "civilians"])],
  [Q("El Fasher", "SD", 13.63, 25.35)],
  "Weekend range. Villages around Kutum pinned at Kutum. El Fasher: destination of displaced.",
  ["weekend", "date_range", "refuge_place"])

d = "2025-02-12"
N(24, d, """On 10 February 2025, CODECO militants attacked a displacement site near Djugu centre (Djugu territory, Ituri). 51 civilians killed. MONUSCO peacekeepers deployed from Bunia. Fatalities: 51.""",
  [E("incident", "massacre", "2025-02-10", Q("Djugu", "CD", 1.92, 30.50), ["CODECO", "civilians"])],
  [Q("Bunia", "CD", 1.56, 30.25)],
  "Bunia: deployment origin (~48 km).",
  ["camp", "origin_place"])

d = "2022-12-05"
N(25, d, """On 2 December 2022, a PDF unit ambushed a military convoy on the Mandalay-Mogok road in Madaya township (Mandalay region). 7 soldiers killed (PDF claim). A separate air strike in an unspecified village of the township is reported, location unclear; not coded.""",
  [E("incident", "ambush", "2022-12-02", Q("Madaya", "MM", 22.21, 96.10), ["PDF", "Myanmar military"])],
  [Q("Mandalay", "MM", 21.97, 96.08)],
  "Township coded to its seat. The air strike with unclear location: not coded. Mandalay: road name and region (~27 km, inside the radius).",
  ["road", "location_unclear", "admin_qualifier"])

d = "2023-05-08"
N(26, d, """On 6 May 2023, TTP militants attacked a police post in Karak district (Khyber Pakhtunkhwa). 1 police killed. The attack is also mentioned in a police statement issued in Kohat. Fatalities: 1.""",
  [E("incident", "armed attack", "2023-05-06", Q("Karak", "PK", 33.12, 71.09), ["TTP", "KP police"])],
  [Q("Kohat", "PK", 33.59, 71.44)],
  "District pinned at its seat. Kohat: statement place (~63 km).",
  ["admin_qualifier", "statement_place"])

d = "2025-01-20"
N(27, d, """Between 16 and 18 January 2025, ELN and FARC dissident (Frente 33) fighters clashed in rural Convención (Norte de Santander). At least 20 killed, including civilians; thousands displaced to Ocaña and Cúcuta. Fatalities: 20.""",
  [E("incident", "armed clashes", ["2025-01-16", "2025-01-18"], Q("Convencion", "CO", 8.47, -73.34, q="Convencion"), ["ELN", "FARC dissidents"])],
  [Q("Ocana", "CO", 8.24, -73.36, q="Ocana"), Q("Cucuta", "CO", 7.89, -72.51, q="Cucuta")],
  "Range. Ocaña (~26 km, inside the radius) and Cúcuta: refuges.",
  ["date_range", "refuge_place"])

d = "2021-05-17"
N(28, d, """On 14 May 2021, CJNG gunmen clashed with Carteles Unidos members near Aguililla (Michoacán). Drones with explosives used. Unknown casualties. Source: state security cabinet in Morelia.""",
  [E("incident", "armed clash", "2021-05-14", Q("Aguililla", "MX", 18.74, -102.79), ["CJNG", "Carteles Unidos"])],
  [Q("Morelia", "MX", 19.70, -101.19)],
  "Morelia: source place.",
  ["near_place", "source_place"])

d = "2024-08-07"
N(29, d, """On 5 August 2024, Russian forces carried out a missile strike against infrastructure in Zmiiv (Chuhuiv raion, Kharkiv oblast). Casualties unknown. A claimed strike on Chuhuiv the same night is unverified; not coded.""",
  [E("incident", "missile strike", "2024-08-05", Q("Zmiiv", "UA", 49.70, 36.36), ["Russia"])],
  [Q("Chuhuiv", "UA", 49.84, 36.69, q="Chuhuyiv")],
  "Unverified Chuhuiv claim: not coded (non-event place; also the raion seat, ~28 km).",
  ["unverified", "admin_qualifier"])

d = "2023-03-06"
N(30, d, """On 3 March 2023, Ti Makak gang members attacked residents of the Platon area of Petit-Goâve (Ouest department). 4 civilians killed; houses burned. Police reinforcements sent from Port-au-Prince. Fatalities: 4.""",
  [E("incident", "gang attack", "2023-03-03", Q("Petit-Goave", "HT", 18.43, -72.87, q="Tigwav"), ["gang", "civilians"])],
  [Q("Port-au-Prince", "HT", 18.54, -72.34)],
  "'The X area of Y': pinned at Petit-Goâve. Port-au-Prince: reinforcement origin.",
  ["area_of", "origin_place"])
