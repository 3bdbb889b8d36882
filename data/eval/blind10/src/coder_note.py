from lib import *
R = "coder_note"
DOCS = []
add = DOCS.append
C = "Coder note (ACLED-like); composite/invented details. "

def N(num, d, text, events, nonev, note, tags):
    add(D(R, num, d, text, events, nonev, C + note, ["coder_note"] + tags))

d = "2023-02-06"
N(1, d, """On 4 February 2023, JNIM militants attacked a VDP post in Tankoualou (Fada N'Gourma department, Gourma province), killing 9 VDP members. The attackers withdrew toward the Pama reserve. Fatalities: 9. Source: local partner in Fada N'Gourma.""",
  [E("incident", "armed attack", "2023-02-04", M("Tankoualou", 12.30, 0.62, "BF", "approximate, village in Fada N'Gourma department; placement uncertain"), ["JNIM", "VDP"])],
  [Q("Fada N'Gourma", "BF", 12.06, 0.36), M("Pama reserve", 11.50, 0.80, "BF", "approximate, hunting reserve north of Pama")],
  "Department seat Fada N'Gourma (~40 km) and withdrawal direction are non-event places.", ["admin_qualifier", "village", "source_place"])

d = "2024-01-15"
N(2, d, """Between 10 and 12 January 2024 (coded to the range), clashes between Fano militia and ENDF took place around Durbete (Mecha woreda, West Gojjam zone, Amhara). Civilian fatalities reported by residents who fled to Bahir Dar. Fatalities: 15.""",
  [E("incident", "armed clashes", ["2024-01-10", "2024-01-12"], M("Durbete", 11.33, 37.07, "ET", "approximate, town in Mecha woreda; placement uncertain (cities500 Gurbetē is 13 km west)"), ["Fano", "ENDF"])],
  [Q("Bahir Dar", "ET", 11.59, 37.39)],
  "Bracketed range. Bahir Dar: refuge (~45 km, inside the radius).", ["date_range", "admin_qualifier", "refuge_place"])

d = "2022-11-21"
N(3, d, """On 19 November 2022, the Pakistani military conducted an operation against TTP militants in the Shewa area of North Waziristan. Two soldiers and 4 militants were killed. A separate IED attack in Razmak on 20 November is coded separately.""",
  [E("incident", "military operation", "2022-11-19", M("Shewa", 33.05, 70.40, "PK", "approximate, tehsil east of Mir Ali"), ["Pakistan army", "TTP"]),
   E("incident", "IED attack", "2022-11-20", Q("Razmak", "PK", 32.69, 69.85), ["unknown"], optional=True)],
  [],
  "'Coded separately' event optional.", ["area_of", "coded_separately"])

d = "2025-03-03"
N(4, d, """On 1 March 2025, unidentified gunmen shot dead a local councillor in the Patuca area near Catacamas (Olancho department). Motive unclear; reported as a targeted killing. Fatalities: 1.""",
  [E("incident", "targeted killing", "2025-03-01", Q("Catacamas", "HN", 14.85, -85.89), ["gunmen", "civilians"])],
  [],
  "'The X area near Y': pinned at Catacamas (area unlocated).", ["area_of"])

d = "2021-05-12"
N(5, d, """On 10 May 2021, ISWAP fighters overran a military base in Ajiri village (Mafa LGA, Borno). Soldiers retreated to Dalori. Property destroyed. Fatalities: unknown, coded as 3.""",
  [E("incident", "base overrun", "2021-05-10", M("Ajiri", 11.93, 13.48, "NG", "approximate, village in Mafa LGA; placement uncertain"), ["ISWAP", "Nigeria army"])],
  [M("Dalori", 11.79, 13.22, "NG", "approximate, military camp south-east of Maiduguri")],
  "Dalori: retreat destination (~35 km).", ["village", "admin_qualifier"])

d = "2023-08-14"
N(6, d, """On 12 August 2023, a landmine killed two shepherds near Shuyukh Tahtani, 10 km south of Jarablus (Aleppo governorate). The mine is believed left over from earlier fighting. Fatalities: 2.""",
  [E("incident", "landmine", "2023-08-12", OFF("10 km south of Jarablus", Q("Jarablus", "SY", 36.82, 38.01, q="Jarābulus"), 10, 180), ["unknown", "civilians"], alts=[Q("Jarablus", "SY", 36.82, 38.01, q="Jarābulus")])],
  [],
  "Offset computed; village named but the offset is the stated position.", ["offset", "landmine"])

d = "2024-04-08"
N(7, d, """Around 6 April 2024 (date approximated from the source's "over the weekend"), security forces clashed with ELN fighters in the rural area of Fortul (Arauca). Three ELN reported killed. Source: army statement from Saravena.""",
  [E("incident", "armed clash", ["2024-04-06", "2024-04-07"], Q("Fortul", "CO", 6.79, -71.99), ["Colombia army", "ELN"])],
  [Q("Saravena", "CO", 6.95, -71.88)],
  "Weekend range. Saravena: statement place (~21 km).", ["date_range", "statement_place"])

d = "2019-09-09"
N(8, d, """Not coded: On 7 September 2019, reports of an airstrike in Kafr Nubl (Idlib) were later retracted by the source. Coded instead: on 7 September 2019, regime artillery shelled Hass (Maarrat al-Numan district, Idlib); 1 civilian killed.""",
  [E("incident", "shelling", "2019-09-07", M("Hass", 35.60, 36.60, "SY", "approximate, village west of Maarat al-Numan"), ["Syria government", "civilians"])],
  [M("Kafr Nubl", 35.61, 36.56, "SY", "approximate, town west of Maarat al-Numan"), Q("Maarat al-Numan", "SY", 35.65, 36.67, q="Ma‘arrat an Nu‘mān")],
  "Retracted report not gold (Kafr Nubl ~4 km from Hass, so the probe cannot count it).", ["not_coded", "district"])

d = "2022-07-25"
N(9, d, """On 23 July 2022, Al-Shabaab militants attacked Ethiopian Liyu police positions in Aato and Yeed (Bakool region, Somalia) along the border. The clash continued the next day. Fatalities: 17.""",
  [E("incident", "cross-border attack", ["2022-07-23", "2022-07-24"], M("Aato", 4.55, 43.55, "SO", "approximate, border village in Bakool; placement uncertain"), ["al Shabaab", "Liyu police"]),
   E("incident", "cross-border attack", ["2022-07-23", "2022-07-24"], Q("Yeed", "SO", 4.55, 43.04), ["al Shabaab", "Liyu police"])],
  [],
  "Two named villages: two events with the two-day range.", ["date_range", "multi_event", "village"])

d = "2020-06-22"
N(10, d, """On 20 June 2020, unidentified gunmen ambushed a convoy of traders on the road from Mopti to an unnamed weekly market. Location unclear; coded to Mopti region without a pin. Fatalities: 4.""",
  [],
  [Q("Mopti", "ML", 14.49, -4.19)],
  "Location unclear: no pin.", ["location_unclear", "no_scored_gold"])

d = "2024-10-29"
N(11, d, """On 27 October 2024, Myanmar military airstrikes hit Singu town (Mandalay region) after the PDF attack on the Singu police station on 25 October, which is coded separately. Fatalities: 5.""",
  [E("incident", "airstrike", "2024-10-27", Q("Singu", "MM", 22.55, 96.00), ["Myanmar military", "civilians"]),
   E("incident", "armed attack", "2024-10-25", Q("Singu", "MM", 22.55, 96.00), ["PDF", "police"], optional=True)],
  [Q("Mandalay", "MM", 21.97, 96.08)],
  "'Coded separately' earlier attack optional.", ["coded_separately", "admin_qualifier"])

d = "2023-10-02"
N(12, d, """On 30 September 2023, a protest by teachers over unpaid salaries took place in Nkambe (Donga-Mantung division, North-West). Peaceful; no intervention. Protesters came from Ndu and Bamenda.""",
  [E("other", "peaceful protest", "2023-09-30", Q("Nkambe", "CM", 6.58, 10.68), ["teachers"])],
  [Q("Ndu", "CM", 6.41, 10.81), Q("Bamenda", "CM", 5.96, 10.15)],
  "Peaceful protest (other): no scored gold.", ["protest", "no_scored_gold", "origin_place"])

d = "2024-02-20"
N(13, d, """On 18 February 2024, a Russian drone struck a fuel depot in Blyzniuky (Lozova raion, Kharkiv oblast). Fire reported. Also on 18 February: shelling of Kivsharivka (Kupiansk raion). Fatalities: 0.""",
  [E("incident", "drone strike", "2024-02-18", Q("Blyzniuky", "UA", 48.85, 36.54, q="Blyznyuky"), ["Russia"]),
   E("incident", "shelling", "2024-02-18", M("Kivsharivka", 49.63, 37.70, "UA", "approximate, town south-east of Kupiansk"), ["Russia"])],
  [Q("Lozova", "UA", 48.89, 36.32), Q("Kupiansk", "UA", 49.71, 37.62, q="Kup’yans’k")],
  "Raion seats are non-event places.", ["admin_qualifier", "multi_event"])

d = "2023-05-16"
N(14, d, """On 14 May 2023, armed men attacked Fulani herders' camps in Rugan Fulani, about 15 km from Mangu (Mangu LGA, Plateau). Cattle rustled; 8 killed. Residents fled to Pankshin.""",
  [E("incident", "armed attack", "2023-05-14", Q("Mangu", "NG", 9.52, 9.10), ["gunmen", "herders"])],
  [Q("Pankshin", "NG", 9.33, 9.44)],
  "Distance without direction: pinned at Mangu. Pankshin: refuge.", ["distance_no_direction", "refuge_place"])

d = "2021-08-31"
N(15, d, """On 29 August 2021, a US drone strike hit a vehicle in a residential area of Kabul's Khwaja Burgha neighbourhood, killing 10 civilians. Coded as a strike against ISKP, although later found to have killed civilians only.""",
  [E("incident", "drone strike", "2021-08-29", M("Khwaja Burgha, Kabul", 34.55, 69.10, "AF", "approximate, north-western Kabul"), ["United States", "civilians"], alts=[Q("Kabul", "AF", 34.53, 69.17)])],
  [],
  "Neighbourhood pin with the city as alternate.", ["neighbourhood"])

d = "2025-05-05"
N(16, d, """On 3 May 2025, unidentified armed men killed three miners at an artisanal gold site near Kouri, 25 km north-east of Kéniéba (Kayes region). Miners said the attackers spoke Bambara and came from across the Senegal border.""",
  [E("incident", "armed attack", "2025-05-03", OFF("25 km NE of Kéniéba", Q("Kéniéba", "ML", 12.84, -11.24, q="Kéniéba"), 25, 45), ["gunmen", "miners"], alts=[Q("Kéniéba", "ML", 12.84, -11.24, q="Kéniéba")])],
  [Q("Kayes", "ML", 14.45, -11.44)],
  "Offset; Senegal origin (country). Kayes: region.", ["offset", "origin_place", "admin_qualifier"])

d = "2022-04-11"
N(17, d, """On 9 April 2022, Israeli forces raided the town of Yabad, south-west of Jenin, and exchanged fire with armed men; 1 Palestinian killed. Arrests also made in Arraba on the same day, coded separately.""",
  [E("incident", "raid", "2022-04-09", M("Yabad", 32.45, 35.17, "PS", "approximate, town south-west of Jenin"), ["Israel", "militants"]),
   E("incident", "arrests", "2022-04-09", M("Arraba", 32.40, 35.20, "PS", "approximate, town south-west of Jenin"), ["Israel"], optional=True)],
  [Q("Jenin", "PS", 32.46, 35.30)],
  "Arrests coded separately: optional. Jenin: reference (~12 km).", ["coded_separately", "village"])

d = "2019-11-18"
N(18, d, """On 16 November 2019, clashes between protesters and security forces took place in Behbahan (Khuzestan) during fuel-price demonstrations; banks set on fire. Fatalities: 4. Protests in Mahshahr on the same day peaceful, coded as protest.""",
  [E("incident", "riot", "2019-11-16", Q("Behbahan", "IR", 30.60, 50.24, q="Behbahān"), ["protesters", "police"]),
   E("other", "protest", "2019-11-16", Q("Mahshahr", "IR", 30.56, 49.19, q="Bandar-e Māhshahr"), ["protesters"])],
  [],
  "Riot with deaths scored; peaceful protest other.", ["protest", "multi_event"])

d = "2024-09-02"
N(19, d, """On 31 August 2024, JNIM fighters raided a FAMa convoy near Dogofri (Niono cercle, Ségou region). Correction: first coded near Léré; the partner has since relocated the event to Dogofri. Fatalities: 6.""",
  [E("incident", "convoy attack", "2024-08-31", M("Dogofri", 14.48, -5.72, "ML", "approximate, commune in Niono cercle; placement uncertain"), ["JNIM", "FAMa"])],
  [Q("Niono", "ML", 14.25, -5.99), Q("Ségou", "ML", 13.43, -6.26)],
  "Correction: the earlier location (Léré) is withdrawn; Léré not pinned.", ["correction", "admin_qualifier"])

d = "2023-12-18"
N(20, d, """Between the night of 16 and 17 December 2023, Ukrainian drones attacked an oil depot in Kamensk-Shakhtinsky (Kamensky district, Rostov oblast). Russian MoD claims all drones intercepted. Fatalities: 0.""",
  [E("incident", "drone attack", ["2023-12-16", "2023-12-17"], Q("Kamensk-Shakhtinsky", "RU", 48.32, 40.27, q="Kamensk-Shakhtinskiy"), ["Ukraine"])],
  [Q("Rostov-on-Don", "RU", 47.24, 39.71, q="Rostov-na-Donu")],
  "Night range. Interception claim: attack still coded.", ["night_range", "facility", "admin_qualifier"])

d = "2020-01-20"
N(21, d, """On 18 January 2020, ASWJ insurgents attacked Mbau village (Mocímboa da Praia district, Cabo Delgado). Houses burned. Fatalities: unknown.""",
  [E("incident", "insurgent attack", "2020-01-18", M("Mbau", -11.50, 40.05, "MZ", "approximate, village inland of Mocímboa da Praia; placement uncertain"), ["ASWJ", "civilians"])],
  [Q("Mocímboa da Praia", "MZ", -11.35, 40.35, q="Mocímboa da Praia")],
  "District seat (~36 km) non-event.", ["village", "admin_qualifier"])

d = "2025-07-07"
N(22, d, """On 5 July 2025, Indian security forces killed two militants in an encounter in the Bandipora district's Gurez valley near the LoC. Coded to Dawar, the main town of Gurez.""",
  [E("incident", "encounter", "2025-07-05", M("Dawar (Gurez)", 34.63, 74.84, "IN", "approximate, main town of Gurez valley"), ["India", "militants"])],
  [Q("Bandipora", "IN", 34.42, 74.64, q="Bandipura")],
  "Coder pins the valley to its main town.", ["district", "admin_qualifier"])

d = "2022-03-08"
N(23, d, """On 6 March 2022, Russian forces shelled an evacuation route out of Vorzel; civilians killed near the railway crossing. On 7 March, shelling of Bucha reported but not independently verified; not coded.""",
  [E("incident", "shelling", "2022-03-06", Q("Vorzel", "UA", 50.54, 30.15, q="Vorzel’"), ["Russia", "civilians"])],
  [Q("Bucha", "UA", 50.54, 30.21)],
  "Composite. Not coded: Bucha (~5 km, inside the radius).", ["not_coded"])

d = "2024-06-10"
N(24, d, """On 8 June 2024, a clash between Kuki and Meitei armed groups took place in Jiribam district near the Assam border; coded to Borobekra. Houses torched in Lamtai Khunou the same night.""",
  [E("incident", "armed clash", "2024-06-08", M("Borobekra", 24.73, 93.20, "IN", "approximate, sub-division in Jiribam district"), ["Kuki militants", "Meitei militants"]),
   E("incident", "arson", ["2024-06-08", "2024-06-09"], M("Lamtai Khunou", 24.82, 93.15, "IN", "approximate, village near Jiribam"), ["unknown"], optional=True)],
  [],
  "Arson at night: optional.", ["district", "multi_event"])

d = "2023-01-30"
N(25, d, """On 28 January 2023, a mob burned the house of a suspected witch in the village of Kitui Ndogo (Kwale county). Coded as mob violence. Fatalities: 1.""",
  [E("incident", "mob violence", "2023-01-28", M("Kitui Ndogo", -4.30, 39.35, "KE", "approximate, village in Kwale county; placement uncertain"), ["mob", "civilians"])],
  [Q("Kwale", "KE", -4.17, 39.45)],
  "County seat (~17 km).", ["village", "admin_qualifier"])

d = "2021-12-13"
N(26, d, """On 11 December 2021, armed clashes between Arab tribes took place in Kreinik (Kreinik locality, West Darfur), 80 km east of El Geneina; coded to Kreinik. Fatalities: 88.""",
  [E("incident", "tribal clashes", "2021-12-11", M("Kreinik", 13.46, 22.99, "SD", "approximate, town east of El Geneina"), ["Arab militia", "Masalit"])],
  [Q("El Geneina", "SD", 13.45, 22.45, q="Geneina")],
  "Named town preferred over the offset.", ["offset_named_town", "admin_qualifier"])

d = "2019-05-20"
N(27, d, """On 18 May 2019, Saudi-led coalition airstrikes hit the Raghwan (Marib governorate) frontline. Houthi fighters killed: 12. A separate strike in Sanaa's Raqas area on 16 May is coded separately.""",
  [E("incident", "airstrike", "2019-05-18", M("Raghwan", 15.75, 45.30, "YE", "approximate, Raghwan district north of Marib"), ["Saudi-led coalition", "Houthis"]),
   E("incident", "airstrike", "2019-05-16", M("Raqas, Sanaa", 15.34, 44.21, "YE", "approximate, Sanaa neighbourhood"), ["Saudi-led coalition"], optional=True)],
  [Q("Marib", "YE", 15.46, 45.32, q="Ma’rib")],
  "Marib: governorate (~32 km, inside the radius).", ["coded_separately", "admin_qualifier"])

d = "2024-12-09"
N(28, d, """On 7 December 2024, Syrian opposition forces entered Talkalakh; coded as non-violent transfer of territory (no clashes). The same day, SAA shelling hit Talbiseh (Homs governorate); 3 killed.""",
  [E("other", "territory transfer", "2024-12-07", Q("Talkalakh", "SY", 34.67, 36.26, q="Tall Kalakh"), ["HTS"], optional=True),
   E("incident", "shelling", "2024-12-07", Q("Talbiseh", "SY", 34.84, 36.73, q="Talbīsah"), ["Syria government"])],
  [],
  "Non-violent transfer: other, optional.", ["capture_claim", "multi_event"])

d = "2022-10-17"
N(29, d, """On 15 October 2022, police fired tear gas at opposition supporters in Kara (Kozah prefecture, Kara region). Injuries reported. Fatalities: 0.""",
  [E("other", "protest with intervention", "2022-10-15", Q("Kara", "TG", 9.55, 1.19), ["Togo police", "protesters"])],
  [],
  "Composite (invented). Protest dispersed with tear gas, no deaths: kind other (protests and riots are other); no scored gold.", ["protest", "admin_qualifier", "no_scored_gold"])

d = "2020-09-14"
N(30, d, """On 12 September 2020, an unidentified armed group attacked a police post in Bakassi (Akwa Ibom/Cross River boundary area); coded to Ikang. Two officers killed.""",
  [E("incident", "armed attack", "2020-09-12", M("Ikang", 4.80, 8.50, "NG", "approximate, town near the Bakassi peninsula"), ["gunmen", "Nigeria police"])],
  [M("Bakassi", 4.70, 8.60, "NG", "approximate, Bakassi area")],
  "The coder's chosen pin (Ikang) is gold; Bakassi is the area.", ["area_of", "admin_qualifier"])
