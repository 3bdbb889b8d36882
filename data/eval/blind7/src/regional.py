from lib import *
R = "regional"
DOCS = []
add = DOCS.append
G = "Regional outlet in translation: local spellings; the most specific named place is the pin."

# 1 ---------------------------------------------------------------- Penjwen, Turkish drone (Kurdish outlet)
d = "2023-09-20"
PEN = P("Penjwen", "IQ")
add(D(R, 1, d, f"""SLEMANI — A Turkish drone struck a vehicle on the road between Penjwen and the border on {WD(d,-1)} evening, killing two people, the Penjwen district mayor told our reporter.

The victims were from Slemani and had no links to the PKK, the mayor said. Their bodies were taken to the Slemani forensic department. The Kurdistan Region Presidency in Hewlêr called on Ankara to stop the attacks, the third in Slemani province this month.""",
  [E("incident", "drone strike", DAY(d,-1), PEN, ["Turkey", "civilians"])],
  [P("Slemani", "IQ", "Sulaymaniyah"), P("Hewlêr", "IQ", "Erbil"), P("Ankara", "TR")],
  G + " Penjwen (gazetteer Baynjiwayn); Slemani is home town/forensics, Hewlêr (Erbil) statement place; earlier attacks undated.",
  ["alt_spelling", "weekday_date", "origin_place", "statement_place", "district"]))

# 2 ---------------------------------------------------------------- Kani Masi, Duhok
d = "2024-07-06"
KM = P("Kani Masi", "IQ")
add(D(R, 2, d, f"""DUHOK — Turkish artillery shelled the outskirts of Kani Masi subdistrict in Amedi district on {WD(d,-1)} and {WD(d)}, setting fire to orchards and forcing families from three villages to flee to Duhok city, local officials said.

"The shells fall day and night, the farmers cannot reach their fields," said the Kani Masi subdistrict director. Turkish troops have set up new checkpoints near Bamarni in recent weeks, residents said.""",
  [E("incident", "shelling", [DAY(d,-1), d], KM, ["Turkey"])],
  [P("Duhok", "IQ", "Dihok"), P("Bamarni", "IQ")],
  G + " Two-day range. Duhok: refuge; Bamarni: background (checkpoints, undated).",
  ["weekday_date", "date_range", "district", "origin_place", "background_event"]))

# 3 ---------------------------------------------------------------- Qamishli drone (Hawar-style)
d = "2024-01-15"
QAM = P("Qamişlo", "SY", "Al Qamishli")
add(D(R, 3, d, f"""QAMIŞLO — A Turkish occupation drone targeted a car near the Qamişlo roundabout at dawn on {WD(d)}, martyring two members of the Internal Security Forces (Asayîş), our agency's correspondent reported.

The strike came as Turkish warplanes bombed oil facilities and power stations across the region for a third day, leaving Dêrik and Amûdê without electricity. The Autonomous Administration in Raqqa condemned the "silence of the international coalition".""",
  [E("incident", "drone strike", d, QAM, ["Turkey", "Asayish"])],
  [P("Raqqa", "SY", "Ar Raqqah")],
  G + " Region-wide strikes without named targets not pinned (Dêrik and Amûdê are places that lost power, not named as struck). Raqqa: statement place.",
  ["alt_spelling", "weekday_date", "statement_place"]))

# 4 ---------------------------------------------------------------- Tal Tamr shelling
d = "2023-11-28"
TT = P("Tal Tamr", "SY", "Tall Tamr")
add(D(R, 4, d, f"""HESEKÊ — Turkish forces and their Syrian mercenaries shelled villages around Til Temir with heavy artillery on the night of {WD(d,-1)}, damaging houses in the Assyrian villages along the Khabur river, local sources said.

A child was wounded in the village of Tel Jumaa, about 7 km west of Til Temir, and was taken to a hospital in Hesekê.""",
  [E("incident", "shelling", [DAY(d,-1), d], TT, ["Turkey", "Syrian National Army"])],
  [P("Hesekê", "SY", "Al Hasakah")],
  G + " 'Night of Monday' → D-1..D. Tel Jumaa is within 10 km of Til Temir (one event, pinned at Tal Tamr). Hesekê: hospital (~45 km).",
  ["alt_spelling", "weekday_date", "date_range", "hospital_other_city", "village"]))

# 5 ---------------------------------------------------------------- Ariha airstrikes
d = "2023-10-06"
ARI = P("Ariha", "SY")
add(D(R, 5, d, f"""IDLIB — Russian and regime warplanes struck the city of Ariha in the southern Idlib countryside on {WD(d)}, killing five civilians including two children, the Civil Defence (White Helmets) said.

The raids, which hit a market and a school, came a day after a drone attack on the military academy in Homs that the regime blamed on "terrorist organisations". Medical teams transferred the wounded to hospitals in Idlib city.""",
  [E("incident", "airstrike", d, ARI, ["Russia", "Syrian government", "civilians"])],
  [P("Idlib", "SY"), P("Homs", "SY")],
  G + " Homs academy attack: back-reference (a day earlier, but the story only mentions it as cause; listed non-event as in blind6's back-reference convention). Idlib: hospital city (~13 km, within 50 km).",
  ["weekday_date", "back_reference", "hospital_other_city"]))

# 6 ---------------------------------------------------------------- Azaz car bomb
d = "2025-02-04"
add(D(R, 6, d, f"""ALEPPO — A car bomb exploded near the industrial zone at the entrance of the city of Aazaz in the northern Aleppo countryside on {WD(d,-1)} evening, killing four people, local sources said.

It was the second car bomb in the region in two days. Civil Defence teams took the wounded to the Aazaz national hospital. The new authorities in Damascus said investigations were under way.""",
  [E("incident", "car bombing", DAY(d,-1), P("Aazaz", "SY", "Azaz"), ["unknown", "civilians"])],
  [P("Aleppo", "SY"), P("Damascus", "SY")],
  G + " 'Aazaz' spelling (gazetteer I‘zāz). The earlier car bomb has no place: not gold. Aleppo dateline.",
  ["alt_spelling", "weekday_date", "dateline_not_event", "statement_place"]))

# 7 ---------------------------------------------------------------- Houthi outlet: Harf Sufyan
d = "2024-05-31"
HS = M("Harf Sufyan district", 16.28, 43.95, "YE", "approximate, district centre north of Amran, Amran governorate")
add(D(R, 7, d, f"""SANAA (Saba) — The American-British aggression launched four raids on the Harf Sufyan district of Amran governorate on {WD(d,-1)}, a security source said.

The source added that the aggressor's aircraft also carried out three raids on the Ras Issa port in al-Salif district of Hodeidah governorate, martyring 14 citizens. The Supreme Political Council in Sanaa vowed that "the aggression will not go unanswered".""",
  [E("incident", "airstrike", DAY(d,-1), HS, ["United States", "United Kingdom"], alts=[P("Amran", "YE")]),
   E("incident", "airstrike", DAY(d,-1), M("Ras Isa port", 15.14, 42.61, "YE", "approximate, fuel terminal north of Hodeidah"), ["United States", "United Kingdom", "civilians"])],
  [P("Sanaa", "YE")],
  G + " Two events (different governorates). Governorate names are qualifiers; Amran (governorate capital, ~70 km) as alternate for the district.",
  ["alt_spelling", "weekday_date", "multi_event", "district", "statement_place"]))

# 8 ---------------------------------------------------------------- Taiz sniper (gov side)
d = "2024-02-19"
add(D(R, 8, d, f"""TAIZ — A Houthi sniper shot dead a woman in the Thabat neighbourhood in the east of Taiz city on {WD(d)} morning, a medical source said, and a drone launched by the militia wounded three soldiers on the city's northern front.

The siege of Taiz, which the militia imposed in 2015, continues despite the UN truce. The governor condemned the attack in a statement issued from Aden.""",
  [E("incident", "sniper and drone attack", d, P("Taiz", "YE"), ["Houthis", "civilians", "Yemeni government forces"])],
  [P("Aden", "YE")],
  G + " Sniper shot and drone attack in the same city: one event. Aden: statement place.",
  ["weekday_date", "multi_site_one_event", "statement_place"]))

# 9 ---------------------------------------------------------------- Marib Raghwan
d = "2025-03-03"
MAR = P("Marib", "YE", "Marib")
RAG = OFF("Raghwan front (40 km north-west of Marib)", MAR, 40, BEAR["northwest"])
add(D(R, 9, d, f"""MARIB — Government forces repelled a Houthi attack on their positions on the Raghwan front, about 40 kilometres northwest of Marib city, on {WD(d,-1)} night, a military source said, killing several attackers.

The source said the militia used drones and artillery. Two soldiers were killed and were buried in Marib on {WD(d)}.""",
  [E("incident", "armed clashes", [DAY(d,-1), d], RAG, ["Houthis", "Yemeni government forces"], alts=[MAR])],
  [],
  G + " Offset computed; Marib (burial place and reference) as alternate. Night range.",
  ["weekday_date", "offset", "date_range", "district"]))

# 10 ---------------------------------------------------------------- Zawiya clashes
d = "2024-11-18"
add(D(R, 10, d, f"""TRIPOLI — Armed clashes broke out in the city of Zawiya, 45 kilometres west of Tripoli, on {WD(d,-1)} between two armed groups, using medium and heavy weapons, the Libya Observer has learned.

The Zawiya Medical Centre said one person was killed and six were wounded. The coastal highway linking Tripoli to the Ras Ajdir border crossing was closed. The Presidential Council in Tripoli called for an immediate ceasefire.""",
  [E("incident", "armed clashes", DAY(d,-1), P("Zawiya", "LY", "Zawiya"), ["armed groups"])],
  [P("Tripoli", "LY"), M("Ras Ajdir border crossing", 33.15, 11.56, "LY", "approximate, Libya-Tunisia border post")],
  G + " Tripoli: dateline, reference and statement place. Ras Ajdir: the road's name.",
  ["weekday_date", "dateline_not_event", "metonym", "statement_place"]))

# 11 ---------------------------------------------------------------- Boulkessi (French, Malian)
d = "2024-07-04"
BOU = M("Boulkessi", 14.67, -1.75, "ML", "approximate, military camp near the Burkina border, Mopti region")
add(D(R, 11, d, f"""MOPTI — Le camp militaire de Boulkessi, dans le cercle de Douentza, a été la cible d'une attaque terroriste dans la nuit de {WDF(d,-2)} à {WDF(d,-1)}, selon une source sécuritaire.

Les FAMa ont riposté avec l'appui de l'aviation, a indiqué l'état-major à Bamako, qui fait état de « plusieurs terroristes neutralisés ». Des blessés ont été évacués vers Sévaré.""",
  [E("incident", "armed attack", [DAY(d,-2), DAY(d,-1)], BOU, ["JNIM", "Malian armed forces"])],
  [P("Bamako", "ML"), P("Douentza", "ML"), M("Sévaré", 14.53, -4.10, "ML", "approximate, town next to Mopti")],
  G + " French night range 'dans la nuit de X à Y'. Douentza (cercle name, ~110 km) qualifier; Sévaré: evacuation town; Bamako statement place.",
  ["french", "weekday_date", "date_range", "admin_qualifier", "hospital_other_city"]))

# 12 ---------------------------------------------------------------- Djibo (French, Burkinabè)
d = "2025-05-13"
add(D(R, 12, d, f"""OUAGADOUGOU — Des centaines d'hommes armés ont attaqué la ville de Djibo, chef-lieu de la province du Soum, le {WDF(d,-2)} 11 mai 2025 aux premières heures, visant le camp militaire et plusieurs quartiers, selon des sources locales.

Les assaillants ont incendié des boutiques avant d'être repoussés. Plusieurs habitants ont fui vers Ouahigouya. Le gouvernement n'a pas communiqué de bilan.""",
  [E("incident", "armed attack", "2025-05-11", P("Djibo", "BF"), ["JNIM", "Burkinabe army"])],
  [P("Ouagadougou", "BF"), P("Ouahigouya", "BF")],
  G + " Explicit date. Ouahigouya: refuge.",
  ["french", "weekday_date", "origin_place", "admin_qualifier"]))

# 13 ---------------------------------------------------------------- Makalondi (French, Niger)
d = "2024-03-22"
MAK = M("Makalondi", 12.84, 1.68, "NE", "approximate, town in Torodi department near the Burkina border")
add(D(R, 13, d, f"""NIAMEY — Une patrouille des Forces armées nigériennes est tombée dans une embuscade près de Makalondi, dans le département de Torodi (région de Tillabéri), le {WDF(d,-2)}, a annoncé le ministère de la Défense.

Le bilan fait état de 23 militaires tués. Les blessés ont été évacués à Niamey. Un deuil national de trois jours a été décrété.""",
  [E("incident", "ambush", DAY(d,-2), MAK, ["Islamic State Sahel", "Niger armed forces"])],
  [P("Niamey", "NE"), P("Torodi", "NE")],
  G + " Torodi department centre (~60 km) as non-event qualifier; Niamey: hospital and statement place.",
  ["french", "weekday_date", "admin_qualifier", "hospital_other_city"]))

# 14 ---------------------------------------------------------------- Tombouctou shelling + Gao
d = "2023-09-12"
add(D(R, 14, d, f"""BAMAKO — Des obus ont été tirés sur la ville de Tombouctou le {WDF(d,-1)} soir, faisant deux blessés, selon le gouverneur de la région. C'est la troisième fois depuis le début du blocus imposé à la cité des 333 saints.

À Gao, une attaque contre le camp de l'armée a été repoussée le même jour, a indiqué l'état-major.""",
  [E("incident", "shelling", DAY(d,-1), P("Tombouctou", "ML", "Timbuktu"), ["JNIM", "civilians"]),
   E("incident", "armed attack", DAY(d,-1), P("Gao", "ML"), ["armed group", "Malian armed forces"])],
  [P("Bamako", "ML")],
  G + " Two events the same day. Earlier shellings undated: not gold.",
  ["french", "weekday_date", "multi_event", "alt_spelling"]))

# 15 ---------------------------------------------------------------- Afgooye mortar (Somali outlet)
d = "2024-06-24"
add(D(R, 15, d, f"""MUQDISHO — Al-Shabaab fighters attacked a military base on the outskirts of Afgooye, about 30 km northwest of Muqdisho, late on {WD(d,-1)}, sparking a gunfight that lasted two hours, residents told our reporter.

A government commander said three soldiers and several militants were killed. The wounded were taken to Madina hospital in Muqdisho. The group also fired mortars at the town, a farmer in the Lower Shabelle region said.""",
  [E("incident", "armed attack", DAY(d,-1), P("Afgooye", "SO"), ["al-Shabaab", "Somali National Army"])],
  [P("Muqdisho", "SO", "Mogadishu")],
  G + " Mortars on the same town: same event. Muqdisho (Mogadishu) is ~25 km from Afgooye (inside 50 km), hospital place.",
  ["alt_spelling", "weekday_date", "hospital_other_city"]))

# 16 ---------------------------------------------------------------- Jawhar / Mahaday (Somali)
d = "2023-08-28"
JAW = P("Jowhar", "SO", "Jawhar")
MHD = OFF("Mahaday (25 km north of Jowhar)", JAW, 25, BEAR["north"])
add(D(R, 16, d, f"""JOWHAR — Government troops and Macawisley militia recaptured the town of Mahadaay, 25 km north of Jowhar, after fierce fighting with Al-Shabaab on {WD(d,-1)}, the Hirshabelle state government said.

Hirshabelle's president told reporters in Jowhar on {WD(d)} that more than 30 militants had been killed. Thousands of displaced families from Mahadaay are living in camps around Jowhar.""",
  [E("incident", "armed clashes", DAY(d,-1), MHD, ["Somali National Army", "Macawisley", "al-Shabaab"], alts=[JAW])],
  [],
  G + " Offset computed (Mahaday not in gazetteer); Jowhar (statement place, camps) as alternate (25 km, within 50 km).",
  ["alt_spelling", "weekday_date", "offset", "statement_place"]))

# 17 ---------------------------------------------------------------- Marhanets shelling (Ukrainian)
d = "2024-08-15"
add(D(R, 17, d, f"""DNIPRO — Russian troops shelled the Nikopol district of Dnipropetrovsk region with heavy artillery and kamikaze drones overnight, hitting Marhanets, Chervonohryhorivka and Myrove communities, head of the regional military administration Serhiy Lysak said on {WD(d)} morning.

In Marhanets, a 62-year-old man was wounded and a five-storey building and a gas pipeline were damaged. Nikopol itself was not hit overnight, Lysak said.""",
  [E("incident", "shelling", [DAY(d,-1), d], P("Marhanets", "UA"), ["Russia", "civilians"]),
   E("incident", "shelling", [DAY(d,-1), d], M("Chervonohryhorivka", 47.62, 34.53, "UA", "approximate, village between Marhanets and Nikopol"), ["Russia"], optional=True)],
  [P("Dnipro", "UA"), P("Nikopol", "UA")],
  G + " Overnight → D-1..D. Marhanets pinned; Chervonohryhorivka (~8 km away) optional (within 50 km of Marhanets anyway); Myrove not pinned (homonyms). Nikopol explicitly not hit: non-event (but ~17 km from Marhanets, so inside the gold radius).",
  ["weekday_date", "date_range", "district", "negated_place", "multi_event"]))

# 18 ---------------------------------------------------------------- Balakliia drones (Ukrainian)
d = "2024-11-26"
add(D(R, 18, d, f"""KHARKIV — Russian forces attacked Balakliia in the Izium district of Kharkiv region with guided bombs on {WD(d,-1)} afternoon, wounding nine people including a child, regional governor Oleh Syniehubov said on Telegram.

Residential buildings and a shop were damaged. The wounded were taken to a hospital in Kharkiv.""",
  [E("incident", "guided bomb strike", DAY(d,-1), P("Balakliia", "UA", "Balakliya"), ["Russia", "civilians"])],
  [P("Kharkiv", "UA"), P("Izium", "UA", "Izyum")],
  G + " Balakliia resolved to the Kharkiv-oblast town (first candidate; a Poltava-oblast village shares the name). Izium district (centre ~60 km) qualifier.",
  ["weekday_date", "homonym", "district", "hospital_other_city"]))

# 19 ---------------------------------------------------------------- Orikhiv (Ukrainian)
d = "2023-07-14"
add(D(R, 19, d, f"""ZAPORIZHZHIA — Two civilians were killed in Russian shelling of Orikhiv, 50 km southeast of Zaporizhzhia, on {WD(d,-1)}, the regional military administration said. Enemy aircraft also dropped bombs on Stepnohirsk.

Heavy fighting continues south of the town, where Ukrainian units are trying to break through Russian lines towards Tokmak.""",
  [E("incident", "shelling", DAY(d,-1), P("Orikhiv", "UA"), ["Russia", "civilians"]),
   E("incident", "airstrike", DAY(d,-1), M("Stepnohirsk", 47.58, 35.30, "UA", "approximate, village on the Zaporizhzhia front"), ["Russia"])],
  [P("Zaporizhzhia", "UA"), P("Tokmak", "UA")],
  G + " Two named places (~35 km apart, two events). Tokmak: direction of a counteroffensive (not an event place).",
  ["weekday_date", "multi_event", "offset_reference"]))

# 20 ---------------------------------------------------------------- Lakki Marwat (Pakistani)
d = "2024-10-21"
add(D(R, 20, d, f"""LAKKI MARWAT: Unidentified motorcyclists opened fire on a police mobile van in the Serai Naurang area of Lakki Marwat on {WD(d,-1)} night, martyring two constables, police said.

The officials said the bodies were shifted to the district headquarters hospital. The inspector general of police, speaking in Peshawar, said a search operation had been launched. Bannu and Lakki Marwat have seen a surge in attacks on police this year.""",
  [E("incident", "armed attack", [DAY(d,-1), d], M("Serai Naurang", 32.82, 70.78, "PK", "approximate, town north of Lakki Marwat"), ["unknown gunmen", "police"], alts=[P("Lakki Marwat", "PK", "Lakki")])],
  [P("Peshawar", "PK"), P("Bannu", "PK")],
  G + " Area within the district; district centre as alternate. Bannu: undated background (~40 km; inside the radius).",
  ["weekday_date", "district", "date_range", "statement_place"]))

# 21 ---------------------------------------------------------------- Gwadar port authority complex
d = "2024-03-21"
add(D(R, 21, d, f"""GWADAR: Eight terrorists were killed when they attempted to storm the Gwadar Port Authority complex on {WD(d,-1)} afternoon, the ISPR said. Two soldiers embraced martyrdom in the exchange of fire.

The banned Balochistan Liberation Army claimed responsibility. The chief minister, speaking in Quetta, praised the security forces. Gwadar is central to the China-Pakistan Economic Corridor.""",
  [E("incident", "armed attack", DAY(d,-1), P("Gwadar", "PK"), ["Balochistan Liberation Army", "Pakistan Army"])],
  [P("Quetta", "PK")],
  G + " 'China-Pakistan Economic Corridor' is a metonym (no place).",
  ["weekday_date", "statement_place", "facility"]))

# 22 ---------------------------------------------------------------- Kunduz bank blast (Afghan)
d = "2025-02-12"
add(D(R, 22, d, f"""KUNDUZ — An explosion near the Kabul Bank branch in Kunduz city on {WD(d,-1)} killed five people and wounded seven, the spokesman for the Kunduz police command said.

The blast happened as people were collecting salaries. The spokesman said the wounded were transferred to the Kunduz regional hospital. The Islamic Emirate's spokesman in Kabul condemned the attack.""",
  [E("incident", "bombing", DAY(d,-1), P("Kunduz", "AF"), ["unknown", "civilians"])],
  [P("Kabul", "AF")],
  G + " 'Kabul Bank' metonym; Kabul statement place.",
  ["weekday_date", "metonym", "statement_place"]))

# 23 ---------------------------------------------------------------- Khogyani district, Nangarhar (Afghan)
d = "2023-06-28"
KHO = M("Khogyani district", 34.24, 70.17, "AF", "approximate, district centre (Kaga) south-west of Jalalabad")
add(D(R, 23, d, f"""JALALABAD — Three members of a family were killed when an unexploded mortar shell went off in the Wazir area of Khogyani district, Nangarhar province, on {WD(d,-1)}, a local official said.

The children had found the shell while grazing livestock. Their bodies were handed over to their family in Jalalabad.""",
  [E("incident", "explosion of remnant", DAY(d,-1), KHO, ["civilians"], alts=[P("Jalalabad", "AF")])],
  [],
  G + " District centre pinned; Jalalabad (~35 km) alternate. Khogyani: the gazetteer's Chahār Qal‘ah is a different district, avoided.",
  ["weekday_date", "district", "village"]))

# 24 ---------------------------------------------------------------- Kulgam encounter (Kashmiri)
d = "2024-07-08"
add(D(R, 24, d, f"""SRINAGAR: Two soldiers and six militants were killed in two gunfights in south Kashmir's Kulgam district that began on {WD(d,-2)} afternoon, police said on {WD(d,-1)}.

The encounters took place in Modergam and Chinnigam Frisal villages, about 10 km apart, the IGP Kashmir said in Srinagar. Bodies of the soldiers were flown to their home towns in Rajasthan and Uttarakhand.""",
  [E("incident", "armed clashes", [DAY(d,-2), DAY(d,-1)], M("Modergam", 33.61, 75.06, "IN", "approximate, village in Kulgam district"), ["Indian security forces", "militants"], alts=[P("Kulgam", "IN")]),
   E("incident", "armed clashes", [DAY(d,-2), DAY(d,-1)], M("Chinnigam Frisal", 33.66, 75.00, "IN", "approximate, village in Kulgam district"), ["Indian security forces", "militants"], alts=[P("Kulgam", "IN")])],
  [P("Srinagar", "IN")],
  G + " Two villages ~10 km apart: two events (both within 50 km of Kulgam). Rajasthan and Uttarakhand: home states (not pinned).",
  ["weekday_date", "multi_event", "village", "district", "statement_place", "date_range"]))

# 25 ---------------------------------------------------------------- Myanmar: Ye-U township airstrike
d = "2025-05-14"
add(D(R, 25, d, f"""MANDALAY — A junta airstrike on a school in Ohe Htein Twin village, Ye-U Township, Sagaing Region, killed 20 children and two teachers on {WD(d,-2)} morning, according to local resistance forces and residents.

A fighter jet dropped two bombs on the school while classes were in session, a teacher said. The wounded were taken to clinics in resistance-controlled Depayin. Residents said they had been told by the junta in Naypyitaw that a ceasefire was in effect after the March earthquake.""",
  [E("incident", "airstrike", DAY(d,-2), M("Ohe Htein Twin village", 22.72, 95.38, "MM", "approximate, village in Ye-U township; placement uncertain"), ["Myanmar military", "civilians"], alts=[P("Ye-U", "MM", "Ye-u")])],
  [P("Mandalay", "MM"), P("Naypyitaw", "MM", "Nay Pyi Taw")],
  G + " Village pinned near Ye-U town (alternate). Depayin (clinics, not in gazetteer) not listed. The March earthquake is undated background.",
  ["weekday_date", "village", "admin_qualifier", "hospital_other_city"]))

# 26 ---------------------------------------------------------------- Kyaukme clashes (Myanmar)
d = "2024-06-27"
add(D(R, 26, d, f"""LASHIO — Fighting broke out between the Ta'ang National Liberation Army and junta troops in Kyaukme town, northern Shan State, on {WD(d,-2)}, ending a Chinese-brokered truce, residents said. Artillery shells landed in the town's market ward.

The TNLA said the regime also bombed villages in Nawnghkio township. Hundreds of people fled towards Mandalay and Pyin Oo Lwin.""",
  [E("incident", "armed clashes", DAY(d,-2), P("Kyaukme", "MM"), ["TNLA", "Myanmar military"])],
  [P("Lashio", "MM"), P("Mandalay", "MM"), P("Pyin Oo Lwin", "MM", "Pyin Oo Lwin")],
  G + " Undated bombing of unnamed villages in a township (Nawnghkio) not pinned. Lashio dateline; Mandalay and Pyin Oo Lwin refuges.",
  ["weekday_date", "dateline_not_event", "origin_place"]))

# 27 ---------------------------------------------------------------- Kadugli shelling (Sudanese)
d = "2025-06-03"
add(D(R, 27, d, f"""KADUGLI — The SPLM-North forces allied with the Rapid Support Forces shelled residential neighbourhoods of Kadugli, the capital of South Kordofan state, on {WD(d,-1)}, killing four civilians, the state government said.

Shells fell near the central market and the Kalimo neighbourhood. The state government, which has relocated some offices to El Obeid, appealed to aid groups to send medicine.""",
  [E("incident", "shelling", DAY(d,-1), P("Kadugli", "SD"), ["SPLM-N", "Rapid Support Forces", "civilians"])],
  [P("El Obeid", "SD")],
  G + " El Obeid: relocation city (not an event).",
  ["weekday_date", "admin_qualifier", "origin_place"]))

# 28 ---------------------------------------------------------------- Meluco (Portuguese, Mozambique)
d = "2024-10-08"
MEL = M("Meluco", -12.54, 39.64, "MZ", "approximate, district town in Cabo Delgado")
add(D(R, 28, d, f"""PEMBA — Insurgentes atacaram na {WDP(d,-2)} a aldeia de Minhanha, no distrito de Meluco, província de Cabo Delgado, onde queimaram casas e decapitaram dois homens, segundo fontes locais.

Parte da população fugiu para a vila-sede de Meluco e outros para Montepuez. As Forças de Defesa e Segurança não comentaram o ataque.""",
  [E("incident", "armed attack", DAY(d,-2), M("Minhanha village (Meluco district)", -12.50, 39.70, "MZ", "approximate, village in Meluco district; placement uncertain"), ["Islamic State Mozambique", "civilians"], alts=[MEL])],
  [P("Pemba", "MZ"), P("Montepuez", "MZ")],
  G + " Portuguese text; weekday recorded under its English name. Montepuez: refuge (~90 km). Meluco (district town, also a refuge) is alternate.",
  ["portuguese", "weekday_date", "village", "district", "origin_place"]))

# 29 ---------------------------------------------------------------- Nigeria: Dikwa
d = "2024-04-09"
add(D(R, 29, d, f"""MAIDUGURI — Boko Haram insurgents on {WD(d,-1)} night fired rocket-propelled grenades into Dikwa town in Dikwa local government area of Borno State, killing a woman and injuring two children, residents told Daily Trust.

The insurgents, who came from the direction of Marte, were repelled by troops. The injured were evacuated to the State Specialist Hospital in Maiduguri.""",
  [E("incident", "RPG attack", [DAY(d,-1), d], P("Dikwa", "NG"), ["Boko Haram", "Nigerian Army", "civilians"])],
  [P("Maiduguri", "NG"), P("Marte", "NG")],
  G + " Night → D-1..D. Marte: direction of origin (~35 km, inside 50 km).",
  ["weekday_date", "date_range", "origin_place", "hospital_other_city"]))

# 30 ---------------------------------------------------------------- Ethiopia: Debre Markos (Addis Standard style)
d = "2024-04-02"
add(D(R, 30, d, f"""ADDIS ABABA — Fighting between the Ethiopian National Defense Force and Fano militia in and around Debre Markos, the capital of East Gojjam zone, on {WD(d,-3)} left at least 12 civilians dead, residents told Addis Standard.

A resident said a drone struck a minibus on the road to Bichena. The regional administration in Bahir Dar said it was verifying the reports.""",
  [E("incident", "armed clashes", DAY(d,-3), P("Debre Markos", "ET", "Debre Mark’os"), ["ENDF", "Fano", "civilians"])],
  [P("Addis Ababa", "ET"), P("Bahir Dar", "ET")],
  G + " Drone strike on the road (undated within the fighting, unlocated) not pinned separately. Bahir Dar: statement place.",
  ["weekday_date", "admin_qualifier", "statement_place"]))
