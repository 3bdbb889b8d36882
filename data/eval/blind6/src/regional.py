from lib import *
R = "regional"
DOCS = []
add = DOCS.append
G = "Regional outlet in translation: local spellings resolved to the gazetteer entry; outlet seats and refuges are not events."

# 1 ---------------------------------------------------------------- Kurdish, Ranya / Qandil foothills
d = "2023-08-03"
RAN = P("Ranya", "IQ")
add(D(R, 1, d, f"""Ranya (Rudaw-style) – A Turkish drone targeted a car on the road between Ranya and Qaladze in the Kurdistan Region's Sulaimani province on {WD(d)} afternoon, killing two people, the mayor of Ranya told our correspondent. The vehicle was hit about 10 kilometres northeast of Ranya, near the village of Kanirash. The bodies were taken to the hospital in Slemani. The Kurdistan Region's counter-terrorism directorate in Hewlêr said the dead were PKK members.""",
  [E("incident", "drone strike", d, OFF("10 km northeast of Ranya", RAN, 10, BEAR["northeast"]), ["Turkey", "PKK"], alts=[RAN])],
  [P("Sulaymaniyah", "IQ"), P("Erbil", "IQ"), P("Qaladze", "IQ", "Qeładizê")],
  G + " Offset computed, Ranya alternate. Slemani = Sulaymaniyah (province name and hospital), Hewlêr = Erbil (statement place). Qaladze is the road's other end.",
  ["regional", "offset", "alt_spelling", "hospital_other_city", "statement_place", "weekday_date"]))

# 2 ---------------------------------------------------------------- Kurdish, Kelar / Germiyan
d = "2022-11-21"
KEL = P("Kalar", "IQ")
add(D(R, 2, d, f"""Kelar – Iranian artillery and drones pounded positions of Iranian Kurdish opposition parties near Koya and in the Germiyan area overnight, the Kurdistan Region's ministry of peshmerga said on {WD(d)}. In Germiyan, shells fell on an empty camp some 15 kilometres south of Kelar, the administration of Germiyan said. No casualties were reported there. Our Koye correspondent said a drone strike on the headquarters of the Komala party outside Koye wounded two members.""",
  [E("incident", "shelling", [DAY(d,-1), d], OFF("15 km south of Kelar", KEL, 15, BEAR["south"]), ["Iran"], alts=[KEL]),
   E("incident", "drone strike", [DAY(d,-1), d], P("Koya", "IQ", "Koysinjaq"), ["Iran", "Komala"])],
  [],
  G + " Kelar = Kalar (Germiyan administration seat). Koya/Koye = Koysinjaq. Overnight: D-1..D. Two separate places: two events.",
  ["regional", "offset", "alt_spelling", "multi_event", "overnight", "weekday_date"]))

# 3 ---------------------------------------------------------------- Syrian (SDF-area outlet), Manbij
d = "2024-12-20"
MNB = P("Manbij", "SY")
add(D(R, 3, d, f"""North Press – Turkish-backed factions shelled villages on the eastern outskirts of Manbij (Minbic) on {WD(d)}, our correspondent reported, as clashes continued near the Tishreen Dam south-east of the city. Medical sources at the Kobanî hospital, where the wounded were brought, said three civilians were hurt. Ankara's defence ministry said in a statement that its forces had "neutralised" 21 fighters in the area. Families who fled from Manbij have taken refuge in Raqqa and Tabqa.""",
  [E("incident", "shelling", d, MNB, ["Syrian National Army", "civilians"]),
   E("incident", "armed clashes", d, M("Tishreen Dam", 36.38, 38.18, "SY", "approximate, dam on the Euphrates south-east of Manbij"), ["Syrian National Army", "SDF"])],
  [P("Kobani", "SY"), P("Ankara", "TR"), P("Ar Raqqah", "SY", "Raqqa"), P("Al-Tabqa", "SY", "Tabqa")],
  G + " Minbic = Manbij. Tishreen Dam (~30 km from Manbij) a separate site, manual. Kobanî hospital: other city. Raqqa/Tabqa refuges.",
  ["regional", "alt_spelling", "multi_event", "hospital_other_city", "origin_place", "statement_place"]))

# 4 ---------------------------------------------------------------- Syrian opposition outlet, Jisr al-Shughur
d = "2023-10-06"
JIS = P("Jisr al-Shughur", "SY", "Jisr ash-Shughur")
add(D(R, 4, d, f"""Enab Baladi – Regime and Russian aircraft struck the city of Jisr al-Shughur, in western Idlib countryside, and the market of the town of Darkush on {WD(d)}, killing six civilians, the Syrian Civil Defence (White Helmets) said. The bombardment came a day after a drone attack on a military academy in Homs that the regime blamed on "terrorist organisations". Most of the victims of the strikes were displaced people from Hama countryside.""",
  [E("incident", "airstrike", d, JIS, ["Syrian government", "Russia", "civilians"]),
   E("incident", "airstrike", d, M("Darkush", 35.99, 36.39, "SY", "approximate, town on the Orontes north of Jisr al-Shughur"), ["Syrian government", "Russia", "civilians"]),
   E("incident", "drone attack", DAY(d,-1), P("Homs", "SY"), ["unknown"], optional=True)],
  [P("Hama", "SY"), P("Idlib", "SY")],
  G + " Darkush ~20 km from Jisr al-Shughur: separately named town, second event (manual). Homs attack 'a day before' dated background: optional. Hama countryside: origin.",
  ["regional", "multi_event", "background_event", "origin_place", "admin_qualifier"]))

# 5 ---------------------------------------------------------------- Yemeni government-side, Hays
d = "2022-05-03"
HAYS = P("Hays", "YE")
add(D(R, 5, d, f"""Saba (Aden) – The Houthi militia shelled residential neighbourhoods in the Hays district, south of Hodeidah governorate, with mortar rounds on {WD(d,-1)}, the second day of Eid, wounding a woman and two children, a source in the joint forces said. The wounded were taken to a field hospital in al-Khawkha. The source said the militia had committed 95 violations of the truce in the past 24 hours, according to the statement published in Aden.""",
  [E("incident", "shelling", DAY(d,-1), HAYS, ["Houthis", "civilians"])],
  [P("Aden", "YE"), P("Al Hudaydah", "YE"), P("Al Khawkhah", "YE", "Al Khawkhah")],
  G + " Hays district: pinned at Hays town. Hodeidah is the governorate (city ~110 km). The 95 violations are unlocated totals.",
  ["regional", "district", "hospital_other_city", "statement_place", "weekday_date"]))

# 6 ---------------------------------------------------------------- Yemeni Houthi-side, Sa'ada border
d = "2023-04-12"
SAA = P("Saada", "YE")
add(D(R, 6, d, f"""Al-Masirah – Saudi enemy artillery shelled the Shada'a border district of Saada governorate on {WD(d)}, wounding an African migrant, a security source told Al-Masirah. The source said the shelling also hit areas of Monabbih district. The channel's studio in Sanaa broadcast images of damaged houses.""",
  [E("incident", "shelling", d, M("Shada'a district", 17.07, 43.27, "YE", "approximate, Shada'a district near the Saudi border"), ["Saudi Arabia", "civilians"], alts=[SAA]),
   E("incident", "shelling", d, M("Monabbih district", 17.18, 43.32, "YE", "approximate, Munabbih district centre"), ["Saudi Arabia"], alts=[SAA])],
  [P("Sanaa", "YE")],
  G + " Two named districts (~15 km apart): two events, both manual with the governorate capital Sa'ada (~60 km) as alternate. 'African migrant' is a nationality.",
  ["regional", "district", "multi_event", "nationality", "statement_place"]))

# 7 ---------------------------------------------------------------- Gharyan
d = "2024-03-27"
GHA = P("Gharyan", "LY")
add(D(R, 7, d, f"""Libya Observer – Armed clashes broke out on {WD(d,-1)} night between two local armed groups in the city of Gharyan, 80 kilometres south of the capital Tripoli, killing one fighter, witnesses said. The Government of National Unity's interior ministry in Tripoli said it had sent forces to separate the groups. The Gharyan municipal council called on residents to stay indoors.""",
  [E("incident", "armed clashes", DAY(d,-1), GHA, ["local armed groups"])],
  [P("Tripoli", "LY")],
  G + " 'The capital Tripoli' is a distance reference and statement place.",
  ["regional", "capital_reference", "statement_place", "weekday_date"]))

# 8 ---------------------------------------------------------------- Libyan, Misrata drone strike on a boat
d = "2025-02-14"
MIS = P("Misrata", "LY")
add(D(R, 8, d, f"""Al-Wasat – An unidentified drone struck a fishing boat off the coast of Misrata on {WD(d,-1)}, killing two fishermen of Egyptian nationality, the Misrata coast guard said. The boat had set out from the port of Qasr Ahmed. The bodies were handed to the Egyptian consulate in Benghazi, the statement added.""",
  [E("incident", "drone strike", DAY(d,-1), MIS, ["unknown", "civilians"])],
  [P("Benghazi", "LY")],
  G + " Off the coast of Misrata: pinned at Misrata (Qasr Ahmed is its port). 'Egyptian nationality': nationality, not a place. Benghazi consulate: not event.",
  ["regional", "nationality", "weekday_date"]))

# 9 ---------------------------------------------------------------- Malian, Bandiagara circle
d = "2022-06-22"
BDG = P("Bandiagara", "ML")
add(D(R, 9, d, f"""Le Républicain (Bamako) – Des hommes armés ont attaqué ce {WDF(d,-3)} plusieurs villages de la commune de Diallassagou, dans le cercle de Bankass, tuant au moins 132 civils, selon le gouvernement de transition. Les blessés ont été évacués vers l'hôpital de Bandiagara puis vers Mopti. Le gouvernement a décrété trois jours de deuil national depuis Koulouba.""",
  [E("incident", "attack on civilians", DAY(d,-3), M("Diallassagou", 13.94, -3.62, "ML", "approximate, commune centre south of Bankass"), ["Katiba Macina", "civilians"], alts=[P("Bankass", "ML")])],
  [BDG, P("Mopti", "ML"), P("Bamako", "ML")],
  G + " French text. Villages of a commune: pinned at the commune centre (manual), circle seat Bankass alternate. Hospitals in Bandiagara and Mopti; Koulouba is the presidential palace in Bamako.",
  ["regional", "french", "admin_qualifier", "hospital_other_city", "weekday_date"]))

# 10 ---------------------------------------------------------------- Burkinabè, Dori
d = "2024-02-27"
DORI = P("Dori", "BF")
add(D(R, 10, d, f"""AIB (Dori) – Une église catholique du village d'Essakane, à une cinquantaine de kilomètres au nord-est de Dori, a été attaquée ce {WDF(d,-2)} pendant la prière dominicale, faisant au moins 15 morts, a indiqué le vicaire général du diocèse de Dori. Le même jour, une mosquée de Natiaboani, dans l'Est, a été visée par des hommes armés, selon des sources sécuritaires à Fada N'Gourma.""",
  [E("incident", "attack on civilians", DAY(d,-2), OFF("Essakane (50 km northeast of Dori)", DORI, 50, BEAR["northeast"]), ["jihadists", "civilians"], alts=[DORI]),
   E("incident", "attack on civilians", DAY(d,-2), M("Natiaboani", 11.70, 0.88, "BF", "approximate, village south-west of Fada N'Gourma"), ["jihadists", "civilians"])],
  [P("Fada N'Gourma", "BF", "Fada N'gourma")],
  G + " French. 'Une cinquantaine de kilomètres au nord-est': 50 km computed, Dori alternate. Natiaboani manual. Diocese of Dori is an institution (Dori the alternate only). Fada N'Gourma: source place (~80 km).",
  ["regional", "french", "offset", "multi_event", "statement_place", "weekday_date"]))

# 11 ---------------------------------------------------------------- Nigerien, Ayorou
d = "2024-06-28"
AYO = P("Ayorou", "NE")
add(D(R, 11, d, f"""ActuNiger – Vingt soldats et un civil ont été tués {WDF(d,-3)} lors d'une attaque contre une position de l'armée à Tassia, dans le département de Tera, a annoncé le ministère de la Défense à Niamey. Selon le communiqué, les assaillants ont été poursuivis jusqu'à la frontière burkinabè. Des renforts sont venus d'Ayorou.""",
  [E("incident", "armed attack", DAY(d,-3), M("Tassia", 13.92, 0.60, "NE", "approximate, village in Téra department near the Burkina border"), ["jihadists", "Niger Armed Forces"], alts=[P("Téra", "NE", "Tera")])],
  [P("Niamey", "NE"), AYO],
  G + " French. Tassia manual, department seat Téra alternate. Ayorou: origin of reinforcements. Pursuit to the border: not a place.",
  ["regional", "french", "district", "statement_place", "origin_place", "weekday_date"]))

# 12 ---------------------------------------------------------------- Somali, Galkayo / Galmudug
d = "2023-09-30"
DHU = P("Dhusamareb", "SO", "Dhuusamarreeb")
add(D(R, 12, d, f"""Hiiraan Online – Al-Shabaab fighters attacked a Galmudug forces base in Ceel Dheer district on {WD(d,-1)} morning before being repulsed, the state's security minister told reporters in Dhuusamareeb. Residents said the fighting lasted three hours near the town of Galcad. Wounded soldiers were airlifted to Muqdisho.""",
  [E("incident", "armed attack", DAY(d,-1), M("Galcad", 4.15, 46.55, "SO", "approximate, village in Ceel Dheer district, placement uncertain"), ["al-Shabaab", "Galmudug forces"], alts=[M("El Dher", 3.86, 47.18, "SO", "approximate, Ceel Dheer district town")])],
  [DHU, P("Mogadishu", "SO")],
  G + " Galcad manual, Ceel Dheer town alternate. Dhuusamareeb = Dhusamareb (statement), Muqdisho = Mogadishu (hospital).",
  ["regional", "alt_spelling", "district", "hospital_other_city", "statement_place", "weekday_date"]))

# 13 ---------------------------------------------------------------- Somali, Wanlaweyn IED
d = "2024-04-16"
WAN = P("Wanlaweyn", "SO")
add(D(R, 13, d, f"""Garowe Online – A roadside bomb struck a minibus 12 km north of Wanlaweyn in Lower Shabelle region on {WD(d)}, killing four passengers, elders said. The minibus was travelling from Baidoa to the capital. Police in Afgooye said the device had targeted a military convoy that passed minutes earlier.""",
  [E("incident", "IED", d, OFF("12 km north of Wanlaweyn", WAN, 12, BEAR["north"]), ["al-Shabaab", "civilians"], alts=[WAN])],
  [P("Baidoa", "SO"), P("Afgooye", "SO")],
  G + " Offset computed. Baidoa (origin of the journey), Afgooye (statement place); 'the capital' is Mogadishu (destination, not listed). Lower Shabelle qualifier.",
  ["regional", "offset", "origin_place", "statement_place", "admin_qualifier", "weekday_date"]))

# 14 ---------------------------------------------------------------- Kherson
d = "2024-07-02"
KHE = P("Kherson", "UA")
add(D(R, 14, d, f"""Suspilne Kherson – Russian troops shelled the Korabelnyi district of Kherson and the village of Antonivka on the city's outskirts over the past day, wounding five people, the regional military administration said on the morning of {WD(d)}. A Russian drone also dropped explosives on a bus in Bilozerka, 15 km west of the city, injuring the driver. The wounded were taken to hospital in Mykolaiv.""",
  [E("incident", "shelling", [DAY(d,-1), d], KHE, ["Russia", "civilians"]),
   E("incident", "drone strike", [DAY(d,-1), d], P("Bilozerka", "UA"), ["Russia", "civilians"])],
  [P("Mykolaiv", "UA")],
  G + " 'Over the past day': D-1..D. A city district and an outskirts village: one event at Kherson. Bilozerka (~15 km, separately named): second event.",
  ["regional", "past_day", "multi_event", "hospital_other_city", "weekday_date"]))

# 15 ---------------------------------------------------------------- Ukrainian regional, Sumy oblast border (Velyka Pysarivka)
d = "2024-08-30"
add(D(R, 15, d, f"""Sumy regional administration (translated) – Over the night and morning the enemy carried out 42 attacks on the border communities of the region. In the Velyka Pysarivka community, a guided bomb destroyed two houses; one person was killed. The Krasnopillia community came under mortar fire. Air defence shot down 6 Shahed drones over the Okhtyrka district.""",
  [E("incident", "air strike", [DAY(d,-1), d], M("Velyka Pysarivka", 50.42, 35.47, "UA", "approximate, village on the Russian border"), ["Russia", "civilians"]),
   E("incident", "shelling", [DAY(d,-1), d], M("Krasnopillia", 50.77, 35.27, "UA", "approximate, settlement west of the border"), ["Russia"]),
   E("incident", "interception", [DAY(d,-1), d], P("Okhtyrka", "UA"), ["Ukraine", "Russia"], optional=True)],
  [],
  G + " Night and morning: D-1..D. Communities pinned at their centres (manual). Interceptions over a district: optional. The count of 42 attacks is unlocated.",
  ["regional", "overnight", "multi_event", "district", "interception"]))

# 16 ---------------------------------------------------------------- Pakistani Urdu outlet, Bajaur
d = "2023-07-31"
KHAR = P("Khar", "PK")
add(D(R, 16, d, f"""Express (Urdu, translated) – A suicide bomber blew himself up at a political gathering of the JUI-F in Khar, the headquarters of Bajaur district, on {WD(d,-1)} afternoon, killing at least 44 people, the district police officer said. The injured were shifted to Lady Reading Hospital in Peshawar and the district headquarters hospital in Timergara. The caretaker chief minister, speaking in Peshawar, announced compensation.""",
  [E("incident", "suicide bombing", DAY(d,-1), KHAR, ["Islamic State Khorasan", "civilians"])],
  [P("Peshawar", "PK"), M("Timergara", 34.83, 71.84, "PK", "approximate, Lower Dir district town")],
  G + " 'Khar, the headquarters of Bajaur district': pin Khar. Hospitals in Peshawar and Timergara (other cities).",
  ["regional", "district", "hospital_other_city", "statement_place", "weekday_date"]))

# 17 ---------------------------------------------------------------- Khost
d = "2024-03-18"
KHO = P("Khost", "AF")
add(D(R, 17, d, f"""Tolo (translated) – Pakistani aircraft bombed houses in the Sepera district of Khost province and in Barmal district of Paktika early on {WD(d)}, killing eight people, all women and children, the Islamic Emirate's spokesman said in Kabul. The Emirate's forces responded by targeting Pakistani military posts along the Durand Line with heavy weapons, the defence ministry said.""",
  [E("incident", "airstrike", d, M("Sepera district", 33.20, 69.82, "AF", "approximate, Spera district centre south of Khost"), ["Pakistan", "civilians"], alts=[KHO]),
   E("incident", "airstrike", d, M("Barmal district", 32.77, 69.33, "AF", "approximate, district centre"), ["Pakistan", "civilians"], alts=[P("Sharana", "AF")])],
  [P("Kabul", "AF")],
  G + " Two districts in two provinces: two events (manual points, province centres as alternates). Cross-border retaliation along the Durand Line: unlocated.",
  ["regional", "district", "multi_event", "statement_place", "weekday_date"]))

# 18 ---------------------------------------------------------------- Magway
d = "2024-05-22"
PAU = M("Pauk", 21.45, 94.47, "MM", "approximate, Pauk township seat")
add(D(R, 18, d, f"""Myanmar Now (translated) – A junta fighter jet bombed Let Pan Taw village in Pauk Township, Magway Region, on the night of {WD(d,-2)}, killing seven villagers sheltering in a monastery, local resistance forces said. Residents who fled the village said the aircraft came from the direction of Magway city. The dead included a family originally from Gangaw.""",
  [E("incident", "airstrike", DAY(d,-2), PAU, ["Myanmar military", "civilians"])],
  [P("Magway", "MM"), M("Gangaw", 22.17, 94.13, "MM", "approximate, Gangaw town")],
  G + " Unlocated village of Pauk Township: pinned at the township seat (no gazetteer entry for the village). Magway city: direction of origin; Gangaw: origin of victims.",
  ["regional", "township", "origin_place", "launch_origin", "weekday_date"]))

# 19 ---------------------------------------------------------------- Kadugli
d = "2024-11-26"
KAD = P("Kadugli", "SD")
add(D(R, 19, d, f"""Radio Dabanga – SPLM-N forces led by Abdelaziz El Hilu shelled the outskirts of Kadugli, the capital of South Kordofan, on {WD(d,-1)}, killing three people in the Hajar El Mak neighbourhood, residents told Radio Dabanga from the city. Meanwhile, the RSF attacked the town of El Hamadi, some 40 km north of Kadugli, looting the market. Many families fled to Dilling.""",
  [E("incident", "shelling", DAY(d,-1), KAD, ["SPLM-N (El Hilu)", "civilians"]),
   E("incident", "armed attack", DAY(d,-1), OFF("El Hamadi (40 km north of Kadugli)", KAD, 40, BEAR["north"]), ["Rapid Support Forces"], alts=[KAD])],
  [P("Dilling", "SD")],
  G + " 'Meanwhile' ties the RSF attack to the same day. El Hamadi via a computed offset. Dilling (~110 km) refuge.",
  ["regional", "multi_event", "offset", "origin_place", "weekday_date"]))

# 20 ---------------------------------------------------------------- Mozambican outlet, Chiúre
d = "2024-02-14"
CHI = P("Chiúre", "MZ", "Chiure")
add(D(R, 20, d, f"""Carta de Moçambique (translated) – Insurgents beheaded two men and burned about 100 houses in the Mazeze administrative post of Chiúre district, in southern Cabo Delgado, on {WD(d,-2)}, residents said. Thousands have fled to Chiúre-sede and to Nampula province. The district administrator told the newspaper that the defence forces had arrived from Pemba.""",
  [E("incident", "attack on civilians", DAY(d,-2), M("Mazeze", -13.15, 39.30, "MZ", "approximate, administrative post west of Chiúre"), ["Islamic State Mozambique", "civilians"], alts=[CHI])],
  [P("Nampula", "MZ"), P("Pemba", "MZ")],
  G + " Administrative post: manual, district seat alternate. Chiúre-sede (the district seat, ~40 km) is where people fled but is the alternate. Nampula province: refuge; Pemba origin of troops.",
  ["regional", "district", "origin_place", "weekday_date"]))

# 21 ---------------------------------------------------------------- Kurdish, Sidakan (Soran district)
d = "2024-06-12"
SOR = P("Soran", "IQ")
add(D(R, 21, d, f"""Kurdistan24 (Hewlêr) – Turkish warplanes bombarded the mountains around the Sidakan sub-district of Soran administration on {WD(d,-1)} night, setting fire to orchards and forcing shepherds to leave their summer pastures, the head of Sidakan sub-district told Kurdistan24. No casualties were reported. The families moved down to Soran city. Residents said similar raids had taken place in the area "many times this summer".""",
  [E("incident", "airstrike", DAY(d,-1), M("Sidakan", 36.80, 44.68, "IQ", "approximate, sub-district centre north-east of Soran"), ["Turkey", "PKK"], alts=[SOR])],
  [P("Erbil", "IQ")],
  G + " Sub-district centre manual, Soran (where the families went, ~25 km) alternate. Hewlêr = Erbil (outlet seat). Undated earlier raids not gold.",
  ["regional", "district", "alt_spelling", "origin_place", "background_event", "weekday_date"]))

# 22 ---------------------------------------------------------------- Syrian (Hawar-style), Darbasiyah
d = "2023-10-07"
DRB = P("Darbasiyah", "SY", "Ad Darbasiyah")
add(D(R, 22, d, f"""ANHA – The Turkish occupation army targeted the power station of Dirbêsiyê (al-Darbasiyah) with drones on {WD(d,-1)}, cutting electricity to dozens of villages in the Hasakah countryside, the energy administration said. Another drone hit an oil facility near Tirbespî on the same day, our correspondent in Qamişlo reported. The attacks came after Ankara vowed retaliation for the bombing in front of the interior ministry in Ankara on 1 October.""",
  [E("incident", "drone strike", DAY(d,-1), DRB, ["Turkey"]),
   E("incident", "drone strike", DAY(d,-1), P("Al Qahtaniyah", "SY", "Al Qahtaniyah"), ["Turkey"]),
   E("incident", "bombing", "2023-10-01", P("Ankara", "TR"), ["PKK"], optional=True)],
  [P("Qamishli", "SY", "Al Qamishli"), P("Hasakah", "SY", "Al-Hasakah")],
  G + " Dirbêsiyê = al-Darbasiyah; Tirbespî = Al Qahtaniyah; Qamişlo = Qamishli (correspondent). The Ankara bombing is a dated back-reference: optional.",
  ["regional", "alt_spelling", "multi_event", "background_event", "statement_place", "weekday_date"]))

# 23 ---------------------------------------------------------------- Yemeni government-side, Mocha
d = "2024-01-25"
MOC = P("Mocha", "YE")
add(D(R, 23, d, f"""Al-Ayyam (Aden) – A Houthi drone loaded with explosives fell on a residential neighbourhood near the port of al-Mukha, on the western coast of Taiz governorate, on {WD(d,-1)}, wounding three fishermen, a local official said. The injured were transferred to a hospital in Aden. The National Resistance forces, whose headquarters is in al-Mukha, said they shot down a second drone over the sea.""",
  [E("incident", "drone strike", DAY(d,-1), MOC, ["Houthis", "civilians"]),
   E("incident", "interception", DAY(d,-1), MOC, ["National Resistance", "Houthis"], optional=True)],
  [P("Aden", "YE"), P("Taiz", "YE", "Ta'izz")],
  G + " Al-Mukha = Mocha. Interception over the sea off the same town: optional. Taiz governorate qualifier (its capital ~80 km, listed).",
  ["regional", "alt_spelling", "hospital_other_city", "interception", "admin_qualifier", "weekday_date"]))

# 24 ---------------------------------------------------------------- Libyan, Sabha
d = "2023-08-20"
SAB = P("Sabha", "LY")
add(D(R, 24, d, f"""Fawasel Media – Clashes with medium weapons broke out on {WD(d,-1)} evening between a Tebu armed group and a brigade affiliated with the Libyan National Army in the Hay al-Nasiriya area of Sabha, killing two fighters, witnesses said. The Sabha Medical Centre declared a state of emergency. Elders from Ubari arrived to mediate, while the LNA command in Benghazi sent reinforcements.""",
  [E("incident", "armed clashes", DAY(d,-1), SAB, ["Tebu armed group", "Libyan National Army"])],
  [P("Ubari", "LY"), P("Benghazi", "LY")],
  G + " Neighbourhood of Sabha: pin Sabha. Ubari (origin of mediators) and Benghazi (command seat) not events.",
  ["regional", "origin_place", "statement_place", "weekday_date"]))

# 25 ---------------------------------------------------------------- Malian, Nioro du Sahel
d = "2025-07-03"
NIO = P("Nioro du Sahel", "ML", "Nioro")
add(D(R, 25, d, f"""Maliweb – Des terroristes ont mené ce {WDF(d,-2)} 1er juillet des attaques simultanées contre des camps militaires à Nioro du Sahel, Diboli, Kayes et quatre autres localités de l'ouest du pays, a annoncé l'état-major. Selon le communiqué lu à Bamako, 80 assaillants ont été neutralisés. À Nioro, les habitants ont entendu des tirs dès 5 heures du matin, près de la résidence du chérif.""",
  [E("incident", "armed attack", "2025-07-01", NIO, ["JNIM", "Malian Armed Forces"]),
   E("incident", "armed attack", "2025-07-01", M("Diboli", 14.52, -12.11, "ML", "approximate, border town on the Senegal river west of Kayes"), ["JNIM", "Malian Armed Forces"]),
   E("incident", "armed attack", "2025-07-01", P("Kayes", "ML"), ["JNIM", "Malian Armed Forces"])],
  [P("Bamako", "ML")],
  G + " French. Three named towns: three events (Diboli manual, ~35 km from Kayes; separately named). 'Four other localities' unnamed: not pinned.",
  ["regional", "french", "multi_event", "statement_place", "weekday_date"]))

# 26 ---------------------------------------------------------------- Burkinabè, Bourzanga
d = "2024-10-08"
BOU = P("Bourzanga", "BF")
add(D(R, 26, d, f"""Lefaso.net – Le convoi de ravitaillement qui se rendait à Djibo a été attaqué ce {WDF(d,-2)} à une quinzaine de kilomètres au nord de Bourzanga, dans la province du Bam, selon des sources locales. Plusieurs camions ont été incendiés. Les blessés ont été évacués sur Kongoussi. Les habitants de Djibo attendent ce convoi depuis trois mois.""",
  [E("incident", "ambush", DAY(d,-2), OFF("15 km north of Bourzanga", BOU, 15, BEAR["north"]), ["JNIM", "Burkinabè Armed Forces"], alts=[BOU])],
  [P("Djibo", "BF"), P("Kongoussi", "BF")],
  G + " French. 'Une quinzaine de kilomètres au nord': 15 km computed. Djibo (destination of the convoy) and Kongoussi (hospital) not events.",
  ["regional", "french", "offset", "hospital_other_city", "weekday_date"]))

# 27 ---------------------------------------------------------------- Somali, Galkayo clan clash
d = "2024-11-19"
GAL = P("Galkayo", "SO", "Gaalkacyo")
add(D(R, 27, d, f"""Radio Dalsan (translated) – Fighting between two clan militias broke out on {WD(d,-1)} in the village of Bali Busle, about 30 kilometres west of Gaalkacyo, over grazing land and a water well, elders said. Six people were killed. The elders said mediators from Gaalkacyo and Garowe were on their way. Puntland officials, speaking in Garowe, blamed "armed herders from the other side of the border of Galmudug".""",
  [E("incident", "armed clashes", DAY(d,-1), OFF("Bali Busle (30 km west of Galkayo)", GAL, 30, BEAR["west"]), ["clan militias"], alts=[GAL])],
  [P("Garowe", "SO", "Garoowe")],
  G + " Gaalkacyo = Galkayo. Offset computed. Garowe statement place; Galmudug a state.",
  ["regional", "alt_spelling", "offset", "statement_place", "weekday_date"]))

# 28 ---------------------------------------------------------------- Ukrainian regional, Izium
d = "2025-02-05"
IZU = P("Izium", "UA", "Izyum")
add(D(R, 28, d, f"""Suspilne Kharkiv – A Russian Iskander missile hit the centre of Izium at about 11 a.m. on {WD(d,-1)}, damaging the city council building and a medical centre, the head of the Kharkiv regional administration, Oleh Syniehubov, said. Five people were killed and more than 50 wounded. The wounded were taken to hospitals in Kharkiv and Balakliia. Also over the past day, the village of Kurylivka in the Kupiansk district came under artillery fire.""",
  [E("incident", "missile strike", DAY(d,-1), IZU, ["Russia", "civilians"]),
   E("incident", "shelling", [DAY(d,-1), d], M("Kurylivka", 49.56, 37.84, "UA", "approximate, village south of Kupiansk"), ["Russia"], alts=[P("Kupiansk", "UA", "Kupyansk")])],
  [P("Kharkiv", "UA"), P("Balakliia", "UA", "Balakliya")],
  G + " Second event over the past day in a named village (manual), Kupiansk alternate. Hospitals in Kharkiv and Balakliia.",
  ["regional", "multi_event", "hospital_other_city", "past_day", "weekday_date"]))

# 29 ---------------------------------------------------------------- Afghan outlet, Spin Boldak
d = "2024-12-29"
SPB = P("Spin Boldak", "AF")
add(D(R, 29, d, f"""Pajhwok (translated) – Pakistani forces fired mortar shells at residential areas of Spin Boldak district of Kandahar province on {WD(d,-1)}, wounding a woman and a child, the district police chief said. Islamic Emirate border forces responded. Traders said the Wesh–Chaman crossing was closed for the day. The injured were taken to Mirwais hospital in Kandahar city.""",
  [E("incident", "shelling", DAY(d,-1), SPB, ["Pakistan", "civilians"])],
  [P("Chaman", "PK"), P("Kandahar", "AF")],
  G + " Chaman (~10 km, crossing name) and Kandahar (hospital) not events; the border response is unlocated.",
  ["regional", "district", "hospital_other_city", "metonym", "weekday_date"]))

# 30 ---------------------------------------------------------------- Nigerian outlet, Shinkafi
d = "2024-06-26"
SHK = P("Shinkafi", "NG")
add(D(R, 30, d, f"""Daily Trust – Bandits abducted at least 30 residents of Kairu village in Shinkafi Local Government Area of Zamfara State on {WD(d,-3)} night, a resident who escaped told our correspondent in Gusau. The attackers, led by a notorious kingpin, demanded a ransom of N50 million. Some of the villagers had earlier fled to Sabon Birni in neighbouring Sokoto State.""",
  [E("incident", "abduction", DAY(d,-3), SHK, ["bandits", "civilians"])],
  [P("Gusau", "NG"), P("Sabon Birni", "NG")],
  G + " Unlisted village pinned at the LGA headquarters. Gusau correspondent seat; Sabon Birni refuge.",
  ["regional", "abduction", "district", "statement_place", "origin_place", "weekday_date"]))
