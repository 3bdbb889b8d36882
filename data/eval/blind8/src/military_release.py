from lib import *
R = "military_release"
DOCS = []
add = DOCS.append
MR = "Military release: claimed strikes at the target; interceptions, debris, sirens, arrests, rescues and capture claims optional; surrenders kind other; 'overnight'/'past day' → D-1..D; weekly → D-7..D."

# 1 ---------------------------------------------------------------- CENTCOM central Syria + Deir ez-Zor raid
d = "2024-12-17"
BIS = M("Jabal al-Bishri", 35.35, 39.3, "SY", "approximate, desert massif between Raqqa and Deir ez-Zor, placement uncertain")
add(D(R, 1, d, """CENTCOM Forces Conduct Strikes Against ISIS Camps in Central Syria

TAMPA, Fla. - On Dec. 16, U.S. Central Command (CENTCOM) forces conducted precision airstrikes against ISIS leaders, operatives, and camps in the Jabal al-Bishri area of central Syria. The strikes will disrupt the ability of the terrorist group to conduct external operations.

Separately, on Dec. 15, CENTCOM forces, alongside partner forces, conducted a helicopter raid in Deir ez-Zor province, detaining an ISIS operative responsible for planning attacks on detention facilities.""",
  [E("incident", "airstrike", "2024-12-16", BIS, ["United States", "ISIS"]),
   E("incident", "raid and arrest", "2024-12-15", P("Deir ez-Zor", "SY"), ["United States", "ISIS"], optional=True)],
  [P("Tampa", "US")],
  MR + " Raid with detention: arrest, optional; 'Deir ez-Zor province' pinned at its centre. Tampa release dateline.",
  ["military_release", "dateline_not_event", "arrest", "multi_event", "district"]))

# 2 ---------------------------------------------------------------- CENTCOM Yakhtul
d = "2024-03-09"
YAK = M("Yakhtul", 13.43, 43.28, "YE", "approximate, coastal area north of Mocha, Taiz governorate")
add(D(R, 2, d, """CENTCOM Update – March 8

On March 8, between 4 a.m. and 6:30 a.m. (Sanaa time), Iranian-backed Houthi terrorists launched 28 one-way attack unmanned aerial vehicles into the Red Sea and Gulf of Aden. U.S. forces and Coalition partners shot down all of them.

Later in the day, U.S. Central Command forces conducted a self-defense strike against a Houthi mobile anti-ship cruise missile launcher and a ground control station near Yakhtul, Yemen, which presented an imminent threat to merchant vessels and U.S. Navy ships in the region.""",
  [E("incident", "airstrike", "2024-03-08", YAK, ["United States", "Houthis"])],
  [],
  MR + " Drones over the sea: unlocated (not pinned).",
  ["military_release", "sea_event"]))

# 3 ---------------------------------------------------------------- AFRICOM NW of Bu'aale
d = "2023-11-24"
BUA = P("Bu'aale", "SO")
add(D(R, 3, d, """U.S. Africa Command conducts strike against al-Shabaab

MOGADISHU, Somalia - At the request of the Federal Government of Somalia, U.S. Africa Command conducted an airstrike against al-Shabaab fighters in a remote area approximately 20 kilometers northwest of Bu'aale, Somalia, on Nov. 22, 2023. The command's initial assessment is that the airstrike killed three al-Shabaab terrorists and that no civilians were injured or killed.""",
  [E("incident", "airstrike", "2023-11-22", OFF("20 km NW of Bu'aale", BUA, 20, BEAR["northwest"]), ["United States", "al-Shabaab"], alts=[BUA])],
  [P("Mogadishu", "SO")],
  MR + " Offset computed, reference town as alternate. Mogadishu: dateline.",
  ["military_release", "offset", "dateline_not_event"]))

# 4 ---------------------------------------------------------------- IDF south Lebanon + sirens
d = "2024-07-20"
DMM = M("Deir Mimas", 33.3, 35.56, "LB", "approximate, village south of Marjayoun on the Litani")
KFR = M("Kfar Roummane", 33.38, 35.51, "LB", "approximate, town south of Nabatieh")
add(D(R, 4, d, f"""IDF: Earlier today ({WD(d)}), IAF aircraft struck a Hezbollah military compound in the area of Deir Mimas and a weapons storage facility in the area of Kfar Roummane in southern Lebanon.

In addition, overnight, IDF artillery fired to remove threats in the area of Rab Thalathin.

Following the sirens that sounded in Misgav Am and Margaliot at approximately 11:20, one launch was identified crossing from Lebanese territory. The launch fell in an open area. No injuries were reported.""",
  [E("incident", "airstrike", d, DMM, ["Israel", "Hezbollah"]),
   E("incident", "airstrike", d, KFR, ["Israel", "Hezbollah"]),
   E("incident", "shelling", [DAY(d,-1), d], M("Rab Thalathin", 33.26, 35.545, "LB", "approximate, border village in Marjayoun district"), ["Israel"]),
   E("incident", "rocket attack", d, M("Misgav Am", 33.245, 35.55, "IL", "approximate, kibbutz on the border ridge"), ["Hezbollah"], optional=True)],
  [],
  MR + " Sirens and a launch into an open area: optional (Misgav Am; Margaliot ~4 km folded).",
  ["military_release", "multi_event", "sirens", "village"]))

# 5 ---------------------------------------------------------------- IDF Gaza City Shejaiya + Tuffah
d = "2024-07-02"
SHJ = M("Shejaiya", 31.5, 34.48, "PS", "approximate, eastern Gaza City neighbourhood")
TUF = M("Tuffah", 31.51, 34.47, "PS", "approximate, north-eastern Gaza City neighbourhood")
add(D(R, 5, d, """IDF: Over the past day, IDF troops continued to operate in the area of Shejaiya, where they eliminated a number of terrorists in close-quarters combat and located weapons, including explosives and grenades.

In addition, IAF fighter jets struck a Hamas command and control center embedded inside a former school in the Tuffah area of Gaza City, which was used by terrorists to plan and execute attacks against IDF troops. Prior to the strike, numerous steps were taken to mitigate the risk of harming civilians.

Troops of the 162nd Division also continued operating in Rafah.""",
  [E("incident", "armed clashes", [DAY(d,-1), d], SHJ, ["Israel", "Hamas"]),
   E("incident", "airstrike", [DAY(d,-1), d], TUF, ["Israel", "Hamas"]),
   E("incident", "ground operation", [DAY(d,-1), d], M("Rafah", 31.29, 34.25, "PS", "approximate, southern Gaza"), ["Israel", "Hamas"], optional=True)],
  [],
  MR + " Two neighbourhoods ~1.5 km apart, separately named. 'Continued operating in Rafah' (gold in earlier sets): ongoing, optional.",
  ["military_release", "multi_event", "date_range", "facility"]))

# 6 ---------------------------------------------------------------- IDF/ISA Kafr Dan
d = "2024-08-27"
add(D(R, 6, d, """Joint IDF and ISA statement:

Overnight, an IAF aircraft struck a terrorist cell that posed an imminent threat to IDF troops operating in the area of Kafr Dan, west of Jenin. The terrorists were planning to carry out an attack in the near future. A hit was identified.

During the counterterrorism activity in the area, the forces confiscated weapons and arrested two wanted individuals, who were transferred to the Israel Security Agency for further questioning.""",
  [E("incident", "airstrike", [DAY(d,-1), d], P("Kafr Dan", "PS", "Kafr Dān"), ["Israel", "Palestinian militants"]),
   E("incident", "arrest", [DAY(d,-1), d], P("Kafr Dan", "PS", "Kafr Dān"), ["Israel"], optional=True)],
  [P("Jenin", "PS")],
  MR + " Arrests optional (same pin). Jenin reference (~7 km).",
  ["military_release", "date_range", "arrest", "village"]))

# 7 ---------------------------------------------------------------- IDF Iran: Khorramabad + Hamadan
d = "2025-06-19"
add(D(R, 7, d, """IDF: Overnight, IAF fighter jets, guided by intelligence, struck dozens of military targets in Iran.

As part of the strikes, the IAF struck missile launchers and storage sites in the area of Khorramabad in western Iran, and a facility for the production of drone components in the area of Hamadan. In addition, the IAF struck a surface-to-air missile battery near Tehran.

Earlier, sirens sounded in central Israel following a missile launch from Iran; interceptors were launched.""",
  [E("incident", "airstrike", [DAY(d,-1), d], P("Khorramabad", "IR"), ["Israel", "Iran"]),
   E("incident", "airstrike", [DAY(d,-1), d], P("Hamadan", "IR"), ["Israel", "Iran"]),
   E("incident", "airstrike", [DAY(d,-1), d], P("Tehran", "IR"), ["Israel", "Iran"])],
  [],
  MR + " Three named target areas. Sirens in 'central Israel' (region) not pinned.",
  ["military_release", "multi_event", "date_range", "facility"]))

# 8 ---------------------------------------------------------------- Turkish MoD weekly: Sinat-Haftanin + Khakurk
d = "2023-03-02"
add(D(R, 8, d, """Turkish Ministry of National Defence weekly press briefing

In the operations carried out by our heroic commandos over the past week, 41 terrorists were neutralised in northern Iraq and Syria. In the Sinat-Haftanin region, 6 caves and shelters used by the terrorist organisation were destroyed with air-supported operations, and in the Khakurk region, 9 terrorists were neutralised.

In addition, 3 members of the terrorist organisation surrendered to our security units at the Habur border gate. Our struggle against terrorism will continue with determination.""",
  [E("incident", "air-supported operation", [DAY(d,-7), d], M("Sinat-Haftanin region", 37.28, 43.05, "IQ", "approximate, mountain region north of Duhok on the Turkish border, placement uncertain"), ["Turkey", "PKK"]),
   E("incident", "military operation", [DAY(d,-7), d], M("Khakurk region", 36.98, 44.8, "IQ", "approximate, border mountains north-east of Soran, placement uncertain"), ["Turkey", "PKK"]),
   E("other", "surrender", [DAY(d,-7), d], M("Habur border gate", 37.14, 42.58, "TR", "approximate, crossing near Silopi and Zakho"), ["PKK members"])],
  [],
  MR + " Weekly briefing: D-7..D. Surrender: kind other (Habur repeats blind7's other). 41 in 'northern Iraq and Syria': country-level.",
  ["military_release", "weekly", "date_range", "multi_event", "surrender"]))

# 9 ---------------------------------------------------------------- Turkish MoD Syria: Suluk + Arima
d = "2024-01-14"
add(D(R, 9, d, """Ministry of National Defence statement

After the treacherous attack on our base in northern Iraq, air operations were carried out in the regions of northern Syria. In the air operations conducted on 13 January around Suluk and Arima, 29 targets were destroyed, including caves, shelters, and oil facilities used by the PKK/YPG terrorist organisation.

The operations will continue as long as terrorists remain in the region.""",
  [E("incident", "airstrike", "2024-01-13", P("Suluk", "SY", "Sulūk"), ["Turkey", "YPG"]),
   E("incident", "airstrike", "2024-01-13", M("Arima", 36.45, 37.79, "SY", "approximate, town west of Manbij"), ["Turkey", "YPG"])],
  [],
  MR + " Two named areas ~130 km apart. Base attack in 'northern Iraq' (country-level back-reference) not pinned.",
  ["military_release", "multi_event", "back_reference"]))

# 10 --------------------------------------------------------------- Russian MoD: Velyka Novosilka + Kanatove
d = "2025-01-26"
add(D(R, 10, d, """Russian Defence Ministry statement

Units of the Vostok group of forces, as a result of decisive actions, have completely liberated the settlement of Velikaya Novoselka in the Donetsk People's Republic.

Over the past day, operational-tactical aviation, attack UAVs, missile forces and artillery of the Russian Armed Forces struck infrastructure of the military airfield at Kanatovo, as well as temporary deployment points of Ukrainian armed formations and foreign mercenaries in 137 areas.

Air defence means shot down 5 HIMARS rockets and 73 fixed-wing UAVs.""",
  [E("other", "territorial capture claim", [DAY(d,-1), d], P("Velyka Novosilka", "UA"), ["Russia"], optional=True),
   E("incident", "airstrike", [DAY(d,-1), d], M("Kanatove airfield", 48.56, 32.39, "UA", "approximate, military airfield south-east of Kropyvnytskyi"), ["Russia", "Ukrainian Air Force"], alts=[P("Kropyvnytskyi", "UA")])],
  [],
  MR + " Russian spellings (Velikaya Novoselka, Kanatovo). Capture claim optional. Kropyvnytskyi (~10 km) alternate. '137 areas' and interceptions unlocated.",
  ["military_release", "capture_claim", "alt_spelling", "date_range", "facility"]))

# 11 --------------------------------------------------------------- Russian MoD: Gorlovka shelling claim
d = "2023-08-05"
add(D(R, 11, d, f"""Statement of the Russian Ministry of Defence

On {WD(d,-1)}, the Kiev regime carried out a terrorist attack on the city of Gorlovka, shelling residential areas with HIMARS multiple launch rocket systems and 155 mm artillery. As a result, four civilians were killed and 12 injured.

In response, high-precision strikes were delivered on command posts and artillery firing positions of the AFU near Stupochki, the ministry said.""",
  [E("incident", "shelling", DAY(d,-1), P("Horlivka", "UA"), ["Ukraine", "civilians"]),
   E("incident", "missile strike", [DAY(d,-1), d], M("Stupochky", 48.54, 37.84, "UA", "approximate, village south-west of Bakhmut, placement uncertain"), ["Russia", "Ukrainian military"])],
  [],
  MR + " Russian name Gorlovka (Horlivka) and Stupochki (Stupochky). Claimed attacks pinned at the targets.",
  ["military_release", "weekday_date", "alt_spelling", "multi_event"]))

# 12 --------------------------------------------------------------- Ukrainian Air Force: Bila Tserkva + Zhytomyr
d = "2024-12-07"
add(D(R, 12, d, f"""Ukrainian Air Force: On the night of 7 December (from 19:00 on {WD(d,-1)}), the enemy attacked with 4 Iskander-M ballistic missiles from the Kursk region and 49 Shahed-type attack drones launched from the areas of Primorsko-Akhtarsk and Oryol.

As a result of the anti-aircraft battle, 32 drones were shot down in the Kyiv, Cherkasy, Kirovohrad and Zhytomyr regions. Another 16 drones were lost from location.

Hits were recorded in Bila Tserkva, where an industrial enterprise was damaged, and in the city of Zhytomyr, where a residential building caught fire; one person was injured.""",
  [E("incident", "missile and drone strike", [DAY(d,-1), d], P("Bila Tserkva", "UA"), ["Russia"]),
   E("incident", "drone strike", [DAY(d,-1), d], P("Zhytomyr", "UA"), ["Russia", "civilians"])],
  [P("Kursk", "RU"), P("Primorsko-Akhtarsk", "RU"), P("Oryol", "RU", "Orël")],
  MR + " Launch origins are non-events. Oblast-wide interceptions not pinned.",
  ["military_release", "weekday_date", "origin_place", "date_range", "multi_event"]))

# 13 --------------------------------------------------------------- General Staff: Borisoglebsk + Yeysk
d = "2024-05-17"
add(D(R, 13, d, """General Staff of the Armed Forces of Ukraine: On the night of 16-17 May, the Defence Forces of Ukraine struck the Borisoglebsk military airfield in the Voronezh region and the Yeysk airfield in the Krasnodar krai, where Su-34 and Su-25 aircraft are based.

Also, the Navy and the SBU hit the port of Taman. The results are being clarified.

The General Staff thanked the units of the Unmanned Systems Forces involved.""",
  [E("incident", "drone strike", ["2024-05-16", "2024-05-17"], M("Borisoglebsk airfield", 51.37, 42.18, "RU", "approximate, airbase east of Borisoglebsk"), ["Ukraine", "Russian Aerospace Forces"], alts=[P("Borisoglebsk", "RU")]),
   E("incident", "drone strike", ["2024-05-16", "2024-05-17"], P("Yeysk", "RU"), ["Ukraine", "Russian Aerospace Forces"]),
   E("incident", "drone strike", ["2024-05-16", "2024-05-17"], P("Taman", "RU"), ["Ukraine"])],
  [P("Voronezh", "RU"), P("Krasnodar", "RU")],
  MR + " Night range. Region names resolve to their capitals (non-events). Taman port is a third target.",
  ["military_release", "date_range", "multi_event", "facility", "admin_qualifier"]))

# 14 --------------------------------------------------------------- Ukrainian Navy: Chornomorske
d = "2023-09-14"
CHM = P("Chornomorske", "UA")
add(D(R, 14, d, f"""Navy of the Armed Forces of Ukraine: On {WD(d,-1)}, in the area of Chornomorske on the Tarkhankut peninsula, a Russian landing craft of the Serna type and a tugboat were struck by our forces.

In addition, the enemy's Neva-type radar station near Olenivka was disabled. The occupiers are trying to restore air defence in the west of Crimea.""",
  [E("incident", "strike on vessel", DAY(d,-1), CHM, ["Ukraine", "Russian Navy"]),
   E("incident", "strike", [DAY(d,-1), d], M("Olenivka (Crimea)", 45.38, 32.53, "UA", "approximate, village on the Tarkhankut peninsula"), ["Ukraine", "Russian military"])],
  [],
  MR + " Chornomorske, Crimea (first candidate; the other is in Odesa oblast). Olenivka in Crimea, not Olenivka in Donetsk (homonym); ~20 km from Chornomorske.",
  ["military_release", "weekday_date", "homonym", "multi_event"]))

# 15 --------------------------------------------------------------- Nigerian DHQ weekly
d = "2024-03-21"
add(D(R, 15, d, """DEFENCE HEADQUARTERS: OPERATIONAL UPDATE

In the North East, troops of Operation HADIN KAI in the past one week neutralised 23 terrorists, arrested 17 suspects and rescued 12 kidnapped hostages. Troops repelled an ISWAP attack on their location at Damasak in Mobbar LGA of Borno State and cleared terrorist enclaves at Buni Yadi in Gujba LGA of Yobe State. In the same period, 112 terrorists and their families surrendered to troops at Ngala.

In the North Central, troops arrested two gunrunners in Jos.""",
  [E("incident", "armed attack", [DAY(d,-7), d], P("Damasak", "NG"), ["ISWAP", "Nigerian army"]),
   E("incident", "clearance operation", [DAY(d,-7), d], P("Buni Yadi", "NG"), ["Nigerian army", "Boko Haram"]),
   E("other", "surrender", [DAY(d,-7), d], P("Ngala", "NG"), ["Boko Haram members"]),
   E("incident", "arrest", [DAY(d,-7), d], P("Jos", "NG"), ["Nigerian army"], optional=True)],
  [],
  MR + " Weekly → D-7..D. Surrender other; arrest optional. Unlocated arrests/rescues not pinned.",
  ["military_release", "weekly", "date_range", "multi_event", "surrender", "arrest"]))

# 16 --------------------------------------------------------------- NAF Kagara
d = "2023-02-10"
add(D(R, 16, d, f"""NIGERIAN AIR FORCE PRESS RELEASE

Air Component of Operation WHIRL PUNCH has neutralised several bandits in air interdiction missions on {WD(d,-2)} at a bandit enclave in Alawa Forest near Kagara in Rafi LGA of Niger State. The strikes were conducted following credible intelligence that the bandits, who had carried out attacks in Shiroro LGA, were regrouping in the forest.

Ground troops have since moved in to exploit the effects of the strikes, the Director of Public Relations and Information said in Abuja.""",
  [E("incident", "airstrike", DAY(d,-2), M("Alawa Forest", 10.15, 6.45, "NG", "approximate, forest between Kagara and Shiroro, placement uncertain"), ["Nigerian Air Force", "bandits"], alts=[P("Kagara", "NG")])],
  [P("Abuja", "NG")],
  MR + " Kagara (~20 km) as alternate. Earlier Shiroro attacks undated (LGA only).",
  ["military_release", "weekday_date", "facility", "statement_place"]))

# 17 --------------------------------------------------------------- ISPR Tirah + Harnai
d = "2024-04-20"
TIR = M("Tirah valley", 33.75, 70.95, "PK", "approximate, valley in Khyber district west of Bara")
add(D(R, 17, d, f"""ISPR: On {WD(d,-1)}, security forces conducted an intelligence based operation in Tirah, Khyber District, on reported presence of khwarij. During the conduct of the operation, own troops effectively engaged the khwarij location, and as a result four khwarij were sent to hell.

In another operation in general area Harnai, Balochistan, two terrorists were killed in an exchange of fire.

Sanitisation operations are being carried out to eliminate any other khwarij found in the area.""",
  [E("incident", "counter-terrorism operation", DAY(d,-1), TIR, ["Pakistan Army", "TTP"]),
   E("incident", "armed clashes", [DAY(d,-1), d], P("Harnai", "PK"), ["Pakistan Army", "militants"])],
  [],
  MR + " Second operation undated: D-1..D.",
  ["military_release", "weekday_date", "multi_event", "district"]))

# 18 --------------------------------------------------------------- Indian Army Keran + Gurez
d = "2024-09-29"
GUR = M("Gurez sector", 34.63, 74.85, "IN", "approximate, valley along the LoC north of Bandipora")
add(D(R, 18, d, f"""Chinar Corps: In a joint operation with J&K Police based on specific intelligence, an infiltration bid has been foiled in the Keran sector, Kupwara, on {WD(d,-1)}. Two terrorists have been eliminated. Search of the area is in progress.

In a separate operation in the Gurez sector, alert troops observed suspicious movement along the LoC and engaged the infiltrating terrorists. Operations are continuing.""",
  [E("incident", "infiltration bid", DAY(d,-1), P("Keran", "IN"), ["Indian Army", "militants"]),
   E("incident", "armed clashes", [DAY(d,-1), d], GUR, ["Indian Army", "militants"])],
  [P("Kupwara", "IN")],
  MR + " Kupwara district qualifier (~25 km; gold in blind5/6).",
  ["military_release", "weekday_date", "multi_event", "admin_qualifier"]))

# 19 --------------------------------------------------------------- Chhattisgarh police Gangaloor
d = "2025-02-10"
BIJ = P("Bijapur (Chhattisgarh)", "IN", "Bijapur", pick=1)
add(D(R, 19, d, f"""Bastar Range Police: In an encounter that began on {WD(d,-1)} morning in the forests of the Indravati National Park area of Bijapur district, a joint team of DRG, STF and CoBRA has neutralised 31 Maoists. Two jawans of the DRG attained martyrdom and two were injured.

The encounter took place between Gangaloor and Farsegarh police station limits. The injured jawans were airlifted to Raipur.""",
  [E("incident", "armed clashes", DAY(d,-1), M("Indravati National Park (Gangaloor-Farsegarh)", 18.95, 80.75, "IN", "approximate, forest in Bijapur district, placement uncertain"), ["Chhattisgarh police", "Maoists"], alts=[BIJ])],
  [P("Raipur", "IN")],
  MR + " Homonym: Bijapur, Chhattisgarh (second gazetteer candidate; the first is Vijayapura/Bijapur, Karnataka). Bijapur town (~25 km) alternate. Raipur: hospital.",
  ["military_release", "weekday_date", "homonym", "hospital_other_city"]))

# 20 --------------------------------------------------------------- FAMa (French): Ber + Goundam
d = "2023-08-13"
BER = M("Ber", 16.8, -3.37, "ML", "approximate, town east of Timbuktu, placement uncertain")
add(D(R, 20, d, f"""COMMUNIQUÉ DE L'ÉTAT-MAJOR GÉNÉRAL DES ARMÉES

Le {WDF(d,-2)}, le convoi des FAMa en provenance de Ber a fait l'objet d'une attaque terroriste complexe près de la localité, au cours de laquelle 6 militaires ont perdu la vie. Les vecteurs aériens ont neutralisé plusieurs terroristes.

Par ailleurs, le {WDF(d,-1)}, une tentative d'attaque terroriste contre le poste de Goundam a été repoussée. Le convoi a rejoint Tombouctou.""",
  [E("incident", "armed attack", DAY(d,-2), BER, ["JNIM", "FAMa"]),
   E("incident", "armed attack", DAY(d,-1), P("Goundam", "ML"), ["JNIM", "FAMa"])],
  [P("Tombouctou", "ML", "Timbuktu")],
  MR + " French-language communiqué. Tombouctou: convoy destination. 'En provenance de Ber' and attack near Ber.",
  ["military_release", "non_english", "weekday_date", "multi_event", "origin_place"]))

# 21 --------------------------------------------------------------- Burkinabe army: Gayéri
d = "2024-02-26"
add(D(R, 21, d, """Burkinabe Information Agency: Security operations in the East region

The armed forces (FDS) and the VDP repelled a terrorist attack on their detachment in Gayéri (Komondjari province) on 23 February 2024, the Army General Staff said. Several dozen terrorists were neutralised, and weapons and motorcycles were seized.

In the same region, a supply convoy escorted by the army reached Pama on 24 February.""",
  [E("incident", "armed attack", "2024-02-23", P("Gayéri", "BF"), ["jihadists", "Burkinabe army", "VDP"])],
  [M("Pama", 11.25, 0.71, "BF", "approximate, town in Kompienga province")],
  MR + " Convoy arrival at Pama is not an incident.",
  ["military_release", "origin_place"]))

# 22 --------------------------------------------------------------- Nigerien army (French): Tillia + Bosso
d = "2024-07-05"
add(D(R, 22, d, f"""Bulletin des opérations des Forces Armées Nigériennes (FAN), semaine du 28 juin au 4 juillet 2024

Dans la zone d'opération Almahaou, une unité en mission de reconnaissance a été prise à partie le {WDF(d,-5)} par des éléments de l'EIGS près de Tillia (région de Tahoua). Le bilan fait état de 2 militaires tués.

Dans la zone Diffa, les unités de l'opération Damissa ont neutralisé 5 terroristes de l'ISWAP à Bosso et libéré 9 otages.""",
  [E("incident", "ambush", DAY(d,-5), P("Tillia", "NE"), ["ISGS", "Nigerien army"]),
   E("incident", "armed clashes", ["2024-06-28", "2024-07-04"], P("Bosso", "NE"), ["Nigerien army", "ISWAP"])],
  [],
  MR + " French-language weekly bulletin with a stated week. Hostage release folds into the Bosso clash.",
  ["military_release", "non_english", "weekday_date", "weekly", "multi_event"]))

# 23 --------------------------------------------------------------- Philippine Army: Maimbung + Las Navas
d = "2022-02-14"
add(D(R, 23, d, f"""PRESS RELEASE — 11th Infantry (Alakdan) Division

Troops of the 1103rd Infantry Brigade figured in an encounter with Abu Sayyaf Group remnants in Barangay Bualo Lipid, Maimbung, Sulu on {WD(d,-2)}. One ASG member was killed. The troops recovered a rifle.

Meanwhile, in Las Navas, Northern Samar, soldiers of the 20th Infantry Battalion clashed with around 15 members of the New People's Army on {WD(d,-1)}. Two NPA members surrendered to the unit afterwards.""",
  [E("incident", "armed clashes", DAY(d,-2), P("Maimbung", "PH"), ["Philippine Army", "Abu Sayyaf"]),
   E("incident", "armed clashes", DAY(d,-1), P("Las Navas", "PH"), ["Philippine Army", "NPA"]),
   E("other", "surrender", [DAY(d,-1), d], P("Las Navas", "PH"), ["NPA members"])],
  [],
  MR + " Barangay folded into Maimbung. Surrender: other.",
  ["military_release", "weekday_date", "multi_event", "surrender"]))

# 24 --------------------------------------------------------------- Colombian army (Spanish): Tame + Anorí
d = "2023-05-08"
ANO = P("Anorí", "CO", "Anorí", pick=1)
add(D(R, 24, d, f"""COMUNICADO — Ejército Nacional de Colombia

Tropas de la Décima Octava Brigada sostuvieron combates el {WDS(d,-2)} con integrantes del ELN en zona rural de Tame, Arauca. Como resultado, un integrante del grupo armado murió y se incautó material de guerra.

Por otra parte, en Anorí, Antioquia, soldados de la Séptima División fueron atacados con drones cargados de explosivos por el Clan del Golfo; dos militares resultaron heridos y fueron evacuados a Medellín.""",
  [E("incident", "armed clashes", DAY(d,-2), P("Tame", "CO"), ["Colombian army", "ELN"]),
   E("incident", "drone attack", [DAY(d,-2), d], ANO, ["Clan del Golfo", "Colombian army"])],
  [P("Medellín", "CO", "Medellin")],
  MR + " Spanish-language communiqué. Anorí: municipal seat (second candidate; the first is the hamlet Cruces de Anorí, ~10 km). Second attack undated in the release window. Medellín: evacuation.",
  ["military_release", "non_english", "weekday_date", "multi_event", "hospital_other_city"]))

# 25 --------------------------------------------------------------- Myanmar junta paper: Kawkareik
d = "2023-11-01"
add(D(R, 25, d, f"""Terrorist attack on Kawkareik foiled

Kawkareik, 1 Nov — Terrorist groups of the KNU/KNLA and PDF attacked the security forces' camp in Kawkareik Township in Kayin State on {WD(d,-1)} with heavy weapons and drones. The security forces, with the support of the Tatmadaw columns from Hpa-an, repelled the attack. Some buildings in the town were damaged due to the terrorists' attack, and three local people were injured.

Peace and stability on the Asia Highway between Myawaddy and Kawkareik has been restored, according to the news.""",
  [E("incident", "armed attack", DAY(d,-1), P("Kawkareik", "MM"), ["KNLA", "PDF", "Myanmar military"])],
  [P("Hpa-an", "MM", "Hpa-An"), P("Myawaddy", "MM")],
  MR + " Junta newspaper register. Hpa-an: origin of columns. Myawaddy: highway end (~40 km).",
  ["military_release", "weekday_date", "origin_place"]))

# 26 --------------------------------------------------------------- Houthi claims: Ramon airport + Dimona
d = "2025-09-08"
RAM = M("Ramon Airport", 29.724, 35.011, "IL", "approximate, airport north of Eilat in the Arava")
add(D(R, 26, d, f"""Statement of the Yemeni Armed Forces

In support of the oppressed Palestinian people, the drone air force of the Yemeni Armed Forces carried out a qualitative military operation targeting the so-called Ramon Airport in the Umm al-Rashrash area in southern occupied Palestine with a drone. The operation achieved its goal, by the grace of God.

The missile force also targeted a sensitive target in the Negev area near Dimona with a Palestine-2 hypersonic ballistic missile on {WD(d,-1)} evening.

The Yemeni Armed Forces will continue their operations until the aggression on Gaza stops.""",
  [E("incident", "drone attack", [DAY(d,-1), d], RAM, ["Houthis", "Israel"], alts=[P("Eilat", "IL")]),
   E("incident", "missile attack", DAY(d,-1), P("Dimona", "IL"), ["Houthis", "Israel"])],
  [M("Gaza", 31.5, 34.47, "PS", "approximate, Gaza City")],
  MR + " Claims pinned at targets. 'Umm al-Rashrash' = Eilat (alternate, ~18 km). Gaza topic.",
  ["military_release", "weekday_date", "alt_spelling", "multi_event", "topic_place"]))

# 27 --------------------------------------------------------------- SAF: Bara + Um Rawaba
d = "2025-09-12"
add(D(R, 27, d, f"""Statement by the Official Spokesman of the Armed Forces

Our forces in the Kordofan operational area, with the support of the Popular Resistance, succeeded on {WD(d,-1)} in liberating the city of Bara in North Kordofan State after inflicting heavy losses on the terrorist Rapid Support militia in lives and equipment.

The militia had earlier targeted the city of Um Rawaba with drones, hitting a power station, and the air defences in El Obeid shot down a number of hostile drones.""",
  [E("incident", "armed clashes", DAY(d,-1), P("Bara", "SD", "Bārah"), ["SAF", "RSF"]),
   E("incident", "drone strike", [DAY(d,-7), d], P("Um Rawaba", "SD", "Umm Ruwaba"), ["RSF"], optional=True),
   E("incident", "drone interception", [DAY(d,-1), d], P("El Obeid", "SD"), ["SAF", "RSF"], optional=True)],
  [],
  MR + " Capture with fighting at Bara (incident). 'Earlier' Um Rawaba drones loosely dated: optional over the week. Interceptions optional.",
  ["military_release", "weekday_date", "multi_event", "capture_claim", "interception"]))

# 28 --------------------------------------------------------------- Cameroon MoD: Fotokol
d = "2022-03-08"
FOT = M("Fotokol", 12.37, 14.22, "CM", "approximate, border town opposite Gamboru-Ngala, Logone-et-Chari")
add(D(R, 28, d, f"""COMMUNIQUÉ — Ministry of Defence

On {WD(d,-2)} night, Boko Haram terrorists attacked the Fotokol military post of the Multinational Joint Task Force (Sector 1). The attack was repelled by our forces, who neutralised 7 assailants. One soldier lost his life.

During the pursuit, the soldiers freed four women who had been abducted in Kolofata earlier in the year.""",
  [E("incident", "armed attack", [DAY(d,-2), DAY(d,-1)], FOT, ["Boko Haram", "Cameroonian army", "MNJTF"]),
   E("incident", "rescue", [DAY(d,-2), d], FOT, ["Cameroonian army"], optional=True)],
  [M("Kolofata", 11.17, 14.01, "CM", "approximate, town in Mayo-Sava")],
  MR + " Night → D-2..D-1. Rescue optional. Kolofata abduction undated (gold in blind7): non-event. Ngala across the border not in text.",
  ["military_release", "weekday_date", "date_range", "rescue", "back_reference"]))

# 29 --------------------------------------------------------------- CENTCOM Harem
d = "2023-07-08"
add(D(R, 29, d, """CENTCOM Statement on Strike in Syria

At 11:23 p.m. Syria time on July 7, U.S. Central Command forces conducted a strike in northwest Syria near Harem, killing ISIS leader Usamah al-Muhajir. The MQ-9s involved in the strike had been harassed by Russian aircraft for almost two hours prior to the strike. There are no indications that any civilians were killed in the strike.""",
  [E("incident", "drone strike", "2023-07-07", P("Harem", "SY", "Ḩārim"), ["United States", "ISIS"])],
  [],
  MR + " Strike late on D-1 (local time).",
  ["military_release"]))

# 30 --------------------------------------------------------------- ISPR Afghan border: Angoor Adda + Arandu
d = "2025-10-12"
ANG = M("Angoor Adda", 32.33, 69.33, "PK", "approximate, border crossing west of Wana, South Waziristan")
ARA = M("Arandu", 35.3, 71.55, "PK", "approximate, border village in lower Chitral")
add(D(R, 30, d, f"""ISPR: On the night of {WD(d,-1)} and {WD(d)}, Afghan Taliban and Indian-sponsored khwarij carried out an unprovoked attack on Pakistan's border posts along the Pak-Afghan border, including at Angoor Adda, Bajaur, Kurram, Dir and Chitral.

Exercising the right of self-defence, Pakistan's armed forces responded decisively along the entire border. 23 Pakistani soldiers embraced shahadat. Posts across the border at Angoor Adda and opposite Arandu were destroyed.""",
  [E("incident", "cross-border clashes", [DAY(d,-1), d], ANG, ["Afghan Taliban", "Pakistan Army"], alts=[P("Wana", "PK")]),
   E("incident", "cross-border clashes", [DAY(d,-1), d], ARA, ["Afghan Taliban", "Pakistan Army"]),
   E("incident", "cross-border clashes", [DAY(d,-1), d], P("Bajaur (Khar)", "PK", "Khar"), ["Afghan Taliban", "Pakistan Army"], optional=True),
   E("incident", "cross-border clashes", [DAY(d,-1), d], M("Kurram (Parachinar)", 33.9, 70.1, "PK", "approximate, Kurram district centre"), ["Afghan Taliban", "Pakistan Army"], optional=True),
   E("incident", "cross-border clashes", [DAY(d,-1), d], M("Dir", 35.2, 71.87, "PK", "approximate, Upper Dir district town"), ["Afghan Taliban", "Pakistan Army"], optional=True),
   E("incident", "cross-border clashes", [DAY(d,-1), d], P("Chitral", "PK"), ["Afghan Taliban", "Pakistan Army"], optional=True)],
  [],
  MR + " District-level list (Bajaur, Kurram, Dir, Chitral) optional, pinned at district towns; Angoor Adda and Arandu (named again as sites of the response) are gold. 'Indian-sponsored' nationality.",
  ["military_release", "weekday_date", "multi_event", "date_range", "nationality", "district"]))
