from lib import *
R = "wire"
DOCS = []
add = DOCS.append
W = "Wire story: the dateline city is a non-event place unless the text puts the event there."
KYV = P("Kyiv", "UA")

# 1 ---------------------------------------------------------------- Ukraine, Zaporizhzhia, glide bombs
d = "2024-11-06"
ZAP = P("Zaporizhzhia", "UA")
add(D(R, 1, d, f"""KYIV, Nov 6 (Reuters) - Russian forces dropped guided aerial bombs on the southeastern city of Zaporizhzhia on {WD(d,-1)} evening, killing four people and wounding 22, regional governor Ivan Fedorov said on {WD(d)}.

The bombs hit an industrial site and damaged a private clinic and several apartment blocks, Fedorov said on Telegram. The injured were being treated in local hospitals.

Zaporizhzhia, which had a pre-war population of about 700,000, lies some 35 km from the front line. Moscow did not comment. Russia's Defence Ministry said separately that its forces had taken control of a village in the neighbouring Donetsk region, a claim Reuters could not verify.""",
  [E("incident", "air strike", DAY(d,-1), ZAP, ["Russia"])],
  [KYV, P("Moscow", "RU")],
  W + " Stated evening of the previous day. The capture claim names no village: not gold.",
  ["dateline_not_event", "weekday_date", "statement_place"]))

# 2 ---------------------------------------------------------------- Sudan, El Obeid, shelling; dateline Nairobi
d = "2024-09-17"
OBE = P("El Obeid", "SD")
add(D(R, 2, d, f"""NAIROBI (Reuters) - Shelling by the paramilitary Rapid Support Forces (RSF) killed at least 11 civilians in El Obeid, the capital of Sudan's North Kordofan state, on {WD(d,-1)}, a medical group said.

The shells landed on a market and a residential district in the east of the city, the Sudan Doctors Network said in a statement on {WD(d)}. Most of the wounded were taken to the city's teaching hospital, which is short of blood and anaesthetics.

The army and the RSF have been at war since April 2023. Fighting has since spread from Khartoum to Darfur and Kordofan, and the RSF has besieged several towns on the road to Kosti.""",
  [E("incident", "shelling", DAY(d,-1), OBE, ["Rapid Support Forces", "civilians"])],
  [P("Nairobi", "KE"), P("Khartoum", "SD"), P("Kosti", "SD")],
  W + " 'Capital of North Kordofan state' is a qualifier of El Obeid. Khartoum (war origin, undated) and Kosti (road name) are not gold.",
  ["dateline_not_event", "weekday_date", "admin_qualifier", "background_event"]))

# 3 ---------------------------------------------------------------- Syria, Masyaf, Israeli strikes
d = "2024-09-09"
MSY = P("Masyaf", "SY")
add(D(R, 3, d, f"""BEIRUT (Reuters) - Israeli air strikes on the area of Masyaf in western Syria late on {WD(d,-1)} killed at least 14 people and wounded 43, Syrian state media said on {WD(d)}, in one of the deadliest Israeli raids in the country in months.

A Syrian military source said the strikes hit several sites around the town, which lies about 45 km west of Hama, and that air defences had intercepted some missiles fired from over Lebanon. A war monitor based in Britain said a military research facility had been struck.

Syria's foreign ministry, in a statement issued in Damascus, called the attack "flagrant aggression". Israel's military declined to comment.""",
  [E("incident", "airstrike", DAY(d,-1), MSY, ["Israel"])],
  [P("Beirut", "LB"), P("Hama", "SY"), P("Damascus", "SY")],
  W + " 'Late on Sunday': D-1. Several sites around one town: one event. Hama is a reference for the distance (the pin is the named town), Damascus a statement place; Lebanon the launch airspace (country).",
  ["dateline_not_event", "weekday_date", "statement_place", "multi_site_one_event"]))

# 4 ---------------------------------------------------------------- Somalia, Jowhar
d = "2023-02-28"
JOW = P("Jowhar", "SO", "Jowhar")
add(D(R, 4, d, f"""MOGADISHU (Reuters) - A suicide car bomb exploded at the gate of a military base in Jowhar, the administrative capital of Somalia's Hirshabelle state, on {WD(d)} morning, killing at least five soldiers, a police officer and a regional official said.

Al Shabaab claimed responsibility in a statement broadcast on its Andalus radio. The group has stepped up attacks since the government launched an offensive against it in central Somalia last year, backed by clan militias and U.S. air strikes.

"The vehicle tried to force its way in and the guards opened fire before it blew up," police officer Abdi Nur said by phone from Jowhar, about 90 km north of Mogadishu.""",
  [E("incident", "suicide car bombing", d, JOW, ["al-Shabaab", "Somali National Army"])],
  [P("Mogadishu", "SO")],
  W + " The officer speaking from Jowhar is at the event place. Mogadishu: dateline and distance reference.",
  ["dateline_not_event", "weekday_date", "alt_spelling"]))

# 5 ---------------------------------------------------------------- Pakistan, Dera Ismail Khan, two attacks
d = "2023-12-12"
DIK = P("Dera Ismail Khan", "PK")
DAR = M("Daraban", 31.58, 70.34, "PK", "approximate, Daraban town south-west of Dera Ismail Khan")
add(D(R, 5, d, f"""PESHAWAR, Pakistan (Reuters) - Militants rammed an explosives-laden truck into a police station in the Daraban area of Pakistan's Dera Ismail Khan district before dawn on {WD(d)}, killing 23 soldiers who were using the building as a base, the army said.

Six attackers were killed in the ensuing gunfight, the military's media wing said. A newly formed group, Tehreek-e-Jihad Pakistan, claimed the attack.

Hours later, gunmen opened fire on a police checkpoint on the outskirts of Dera Ismail Khan city, wounding two officers, police said. The injured were taken to a military hospital in the city.

Islamabad has accused the Afghan Taliban of sheltering militants, a charge Kabul denies.""",
  [E("incident", "suicide bombing", d, DAR, ["Tehreek-e-Jihad Pakistan", "Pakistan Army"], alts=[DIK]),
   E("incident", "armed attack", d, DIK, ["unknown gunmen", "police"])],
  [P("Peshawar", "PK"), P("Islamabad", "PK"), P("Kabul", "AF")],
  W + " Daraban (~65 km from Dera Ismail Khan city) with the district centre as alternate; the checkpoint attack at the city is a second event. Peshawar dateline; Islamabad/Kabul statement places.",
  ["dateline_not_event", "multi_event", "district", "weekday_date", "statement_place"]))

# 6 ---------------------------------------------------------------- DRC, Sake
d = "2024-02-08"
SAKE = P("Sake", "CD")
add(D(R, 6, d, f"""KINSHASA (Reuters) - Shells fired by M23 rebels struck the town of Sake in eastern Congo on {WD(d,-1)}, killing at least six civilians and sending thousands fleeing towards Goma, about 25 km to the east, local officials and aid workers said.

The M23, which Kinshasa and U.N. experts say is backed by Rwanda, has closed in on Sake in recent weeks, cutting most roads into Goma. Rwanda denies supporting the group.

Doctors Without Borders said its teams in Goma had received dozens of wounded people from the Sake area since the start of the week. Congo's government said in Kinshasa it would not negotiate with the rebels.""",
  [E("incident", "shelling", DAY(d,-1), SAKE, ["M23", "civilians"])],
  [P("Kinshasa", "CD"), P("Goma", "CD"), P("Kigali", "RW")],
  W + " Goma is where people fled and where the wounded were treated (within 50 km of Sake; listed anyway). Kigali stands for Rwanda (listed as metonym).",
  ["dateline_not_event", "weekday_date", "hospital_other_city", "origin_place"]))

# 7 ---------------------------------------------------------------- Mozambique, Macomia + dated 2021 background
d = "2024-05-11"
MAC = P("Macomia", "MZ")
add(D(R, 7, d, f"""MAPUTO (Reuters) - Islamic State-linked insurgents stormed the town of Macomia in Mozambique's Cabo Delgado province on {WD(d,-1)}, looting food stores and clashing with soldiers for several hours, residents and a security source said.

More than 100 fighters entered the town from the coast, one resident said, speaking by phone from Pemba, the provincial capital, where he had fled. At least three soldiers were killed.

The insurgency has killed more than 4,000 people since 2017. Its most notorious attack, on the gas hub town of Palma on March 24, 2021, forced TotalEnergies to halt a $20 billion project.""",
  [E("incident", "armed attack", DAY(d,-1), MAC, ["Islamic State Mozambique", "Mozambique Armed Forces"]),
   E("incident", "armed attack", "2021-03-24", M("Palma", -10.77, 40.47, "MZ", "approximate, Palma town, Cabo Delgado"), ["Islamic State Mozambique"], optional=True)],
  [P("Maputo", "MZ"), P("Pemba", "MZ")],
  W + " Palma 2021 is a clearly dated background event: optional. Pemba is where a witness fled and spoke from.",
  ["dateline_not_event", "weekday_date", "background_event", "origin_place"]))

# 8 ---------------------------------------------------------------- Myanmar, Kyauktaw
d = "2024-01-29"
KYA = P("Kyauktaw", "MM")
add(D(R, 8, d, f"""BANGKOK (Reuters) - A Myanmar navy vessel shelled villages near the town of Kyauktaw in western Rakhine state over the weekend, killing at least seven civilians, the rebel Arakan Army and a local rescue group said on {WD(d)}.

The shelling on {WD(d,-2)} and {WD(d,-1)} came as the Arakan Army pressed an offensive that has seized several towns in Rakhine and neighbouring Chin state since November. The junta's spokesman, Zaw Min Tun, said in Naypyitaw that troops were responding to "terrorist attacks".

Thousands of Rohingya and Rakhine residents have fled to Sittwe, the state capital, where food prices have tripled.""",
  [E("incident", "shelling", [DAY(d,-2), DAY(d,-1)], KYA, ["Myanmar Navy", "civilians"])],
  [P("Bangkok", "TH"), P("Naypyitaw", "MM", "Nay Pyi Taw"), P("Sittwe", "MM")],
  W + " Villages near Kyauktaw: pinned at the town. Weekend range Saturday–Sunday. Sittwe is a refuge.",
  ["dateline_not_event", "weekday_date", "date_range", "origin_place", "statement_place"]))

# 9 ---------------------------------------------------------------- Nigeria, Kagarko abduction
d = "2024-03-19"
KAG = P("Kagarko", "NG")
add(D(R, 9, d, f"""ABUJA (Reuters) - Gunmen abducted at least 40 people from a village in the Kagarko area of northwest Nigeria's Kaduna state on {WD(d,-2)} night, a local lawmaker and residents said on {WD(d)}.

The attackers arrived on motorcycles at about 11 p.m. and went from house to house, resident Ibrahim Danjuma said. Police confirmed the attack but gave no figure.

The abduction comes less than two weeks after more than 130 schoolchildren were seized in Kuriga, also in Kaduna state. Those children were freed on {WD(d,-5)}, the state governor said in Kaduna city.""",
  [E("incident", "abduction", DAY(d,-2), KAG, ["unknown gunmen", "civilians"])],
  [P("Abuja", "NG"), P("Kaduna", "NG")],
  W + " Kuriga abduction ('less than two weeks' earlier, undated) not gold; the release is a dated background event with an unpinned place (Kuriga not in the gazetteer): not gold. Kaduna city: statement place.",
  ["dateline_not_event", "weekday_date", "background_event", "statement_place"]))

# 10 ---------------------------------------------------------------- Israel, Nahariya rockets
d = "2024-10-08"
NAH = P("Nahariya", "IL")
add(D(R, 10, d, f"""JERUSALEM (Reuters) - Hezbollah fired a barrage of rockets at the northern Israeli coastal city of Nahariya on {WD(d)}, wounding two people and setting cars ablaze, Israeli medics said.

The Iran-backed group said in a statement from Beirut that it had targeted a military base east of the city. Israel's military said about 15 projectiles crossed from Lebanon and most were intercepted.

Magen David Adom said the wounded were taken to the Galilee Medical Center. Earlier in the day, the Israeli army said it had expanded ground operations in southern Lebanon.""",
  [E("incident", "rocket attack", d, NAH, ["Hezbollah"])],
  [P("Jerusalem", "IL"), P("Beirut", "LB")],
  W + " 'Base east of the city' is the claim's target, unlocated further: pinned at Nahariya. Southern Lebanon operations: region-wide, not gold.",
  ["dateline_not_event", "weekday_date", "statement_place"]))

# 11 ---------------------------------------------------------------- Yemen, Saada strikes
d = "2024-12-27"
SAA = P("Saada", "YE")
add(D(R, 11, d, f"""DUBAI (Reuters) - U.S. and British warplanes carried out strikes on the northern Yemeni province of Saada on {WD(d)}, the Houthi-run Al Masirah television said, the latest in a series of raids against the Iran-aligned group.

The strikes targeted the Kahlan area east of Saada city, the channel said, without giving casualty figures. A U.S. official said the targets included weapons storage sites.

The Houthis have launched missiles and drones at Israel and at ships in the Red Sea. On {WD(d,-1)}, Israeli jets bombed Sanaa airport and ports on the Red Sea coast, killing six people, according to the Houthis.""",
  [E("incident", "airstrike", d, OFF("Kahlan area east of Saada", SAA, 5, 90), ["United States", "United Kingdom", "Houthis"], alts=[SAA]),
   E("incident", "airstrike", DAY(d,-1), M("Sanaa International Airport", 15.476, 44.219, "YE", "approximate, airport north of the city"), ["Israel", "Houthis"], optional=True)],
  [P("Dubai", "AE")],
  W + " Kahlan area 'east of Saada city': 5 km assumed (a suburb; scale of the text), Saada alternate. The Israeli strike the day before is dated background: optional (the 'ports' unnamed).",
  ["dateline_not_event", "weekday_date", "offset", "background_event", "province_only"]))

# 12 ---------------------------------------------------------------- Colombia, Tibú
d = "2025-01-20"
TIBU = P("Tibú", "CO", "Tibu")
add(D(R, 12, d, f"""BOGOTA (Reuters) - Fighting between ELN guerrillas and dissidents of the former FARC rebel group in Colombia's Catatumbo region has killed at least 80 people since {WD(d,-4)}, officials said on {WD(d)}, as thousands fled across the border into Venezuela.

The clashes were concentrated around the municipality of Tibú, near the Venezuelan border, where the ELN accused the dissidents of attacking civilians. President Gustavo Petro suspended peace talks with the ELN and declared a state of emergency.

More than 11,000 people have sought refuge in Cúcuta and Ocaña, the Norte de Santander governor said.""",
  [E("incident", "armed clashes", [DAY(d,-4), d], TIBU, ["ELN", "FARC dissidents"])],
  [P("Bogotá", "CO", "Bogota"), P("Cúcuta", "CO", "Cucuta"), P("Ocaña", "CO", "Ocana")],
  W + " 'Since Thursday': range Thursday..D. Catatumbo is the region; Tibú the named municipality. Cúcuta and Ocaña are refuges.",
  ["dateline_not_event", "weekday_date", "date_range", "origin_place"]))

# 13 ---------------------------------------------------------------- Mexico, Frontera Comalapa
d = "2024-06-05"
FCO = P("Frontera Comalapa", "MX", "Comalapa")
add(D(R, 13, d, f"""MEXICO CITY (Reuters) - Gunmen killed at least 11 people, including two children, in an attack on a village in Mexico's southern state of Chiapas, near the town of Frontera Comalapa, on {WD(d,-1)}, state prosecutors said on {WD(d)}.

The area near the border with Guatemala has been contested by the Sinaloa and Jalisco New Generation cartels for control of smuggling routes. Hundreds of residents have fled to Comitán in recent months.

President-elect Claudia Sheinbaum, speaking in Mexico City, said security would be her priority when she takes office in October.""",
  [E("incident", "armed attack", DAY(d,-1), FCO, ["unknown gunmen", "civilians"])],
  [P("Mexico City", "MX"), P("Comitán", "MX", "Comitan de Dominguez")],
  W + " Village near Frontera Comalapa: pinned at the town. Comitán (~70 km) refuge. Future inauguration not gold.",
  ["dateline_not_event", "weekday_date", "origin_place", "future_event"]))

# 14 ---------------------------------------------------------------- Ecuador, Durán
d = "2023-08-26"
DUR = P("Durán", "EC", "Duran")
add(D(R, 14, d, f"""QUITO (Reuters) - Two car bombs exploded near a prison administration building in the city of Durán, across the Guayas river from Guayaquil, on {WD(d,-1)} night, causing damage but no injuries, police said.

A third vehicle loaded with explosives was found in Quito hours later, the government said. The blasts came days after the first round of a presidential election overshadowed by the assassination of candidate Fernando Villavicencio in Quito on Aug. 9.""",
  [E("incident", "car bombing", DAY(d,-1), DUR, ["unknown"]),
   E("incident", "armed attack", "2023-08-09", P("Quito", "EC"), ["unknown gunmen"], optional=True)],
  [P("Guayaquil", "EC")],
  W + " Two blasts at one site: one event. The device found in Quito is not an attack; Quito is also the dateline; the Villavicencio assassination there is a dated background event (optional). Guayaquil (~5 km) is a reference.",
  ["dateline_not_event", "weekday_date", "background_event", "multi_site_one_event"]))

# 15 ---------------------------------------------------------------- Iraq, Sinjar drone strike
d = "2023-06-15"
SIN = P("Sinjar", "IQ")
add(D(R, 15, d, f"""ERBIL, Iraq (Reuters) - A Turkish drone struck a vehicle in the Sinjar district of northern Iraq on {WD(d)}, killing a commander of a Yazidi armed group linked to the PKK and his driver, local officials said.

The strike hit the car on the road between Sinjar town and Snuny, the officials said. Ankara regards the group as an extension of the PKK, which has waged an insurgency against the Turkish state since 1984.

Iraq's foreign ministry summoned the Turkish charge d'affaires in Baghdad. Thousands of Yazidis displaced by Islamic State in 2014 still live in camps near Duhok.""",
  [E("incident", "drone strike", d, SIN, ["Turkey", "YBŞ"])],
  [P("Erbil", "IQ"), P("Ankara", "TR"), P("Baghdad", "IQ"), P("Duhok", "IQ")],
  W + " Road between Sinjar and Snuny: Sinjar (district centre) as pin. Summons in Baghdad is a diplomatic act, not scored. Duhok: camps of the displaced.",
  ["dateline_not_event", "weekday_date", "origin_place", "statement_place", "district"]))

# 16 ---------------------------------------------------------------- Afghanistan/Pakistan, Paktika
d = "2024-12-25"
SHA = P("Sharana", "AF")
add(D(R, 16, d, f"""KABUL (Reuters) - Pakistani air strikes on the Barmal district of Afghanistan's eastern Paktika province killed at least 46 people, most of them women and children, a spokesman for the Taliban administration said on {WD(d)}.

The strikes took place late on {WD(d,-1)}, he said. Pakistan's military did not comment, but security officials in Islamabad said the raids targeted hideouts of the Pakistani Taliban.

The Taliban defence ministry vowed to respond. A Pakistani delegation led by special envoy Mohammad Sadiq had been holding talks in Kabul at the time.""",
  [E("incident", "airstrike", DAY(d,-1), M("Barmal district", 32.77, 69.33, "AF", "approximate, district centre (Margha/Barmal area)"), ["Pakistan", "TTP", "civilians"], alts=[SHA]),
   E("meeting", "talks", [DAY(d,-1), d], P("Kabul", "AF"), ["Mohammad Sadiq", "Taliban administration"], optional=True)],
  [P("Islamabad", "PK")],
  W + " District: manual point, provincial centre Sharana (~75 km) alternate. Kabul is the dateline and also the place of the envoy's talks 'at the time' (D-1..D): optional meeting, so Kabul is not a non-event place.",
  ["dateline_not_event", "weekday_date", "district", "province_only"]))

# 17 ---------------------------------------------------------------- Kazakhstan, Almaty, Armenia–Azerbaijan FMs (dateline = event)
d = "2024-05-10"
ALM = P("Almaty", "KZ")
add(D(R, 17, d, f"""ALMATY, May 10 (Reuters) - The foreign ministers of Armenia and Azerbaijan held two days of talks in Almaty that ended on {WD(d)}, making progress on a draft peace treaty but failing to agree on all points, both sides said.

Armenia's Ararat Mirzoyan and Azerbaijan's Jeyhun Bayramov met on {WD(d,-1)} and {WD(d)} with Kazakh President Kassym-Jomart Tokayev opening the first session. The ministers agreed to continue talks, without setting a date or venue.

Armenia ceded four border villages to Azerbaijan last month. Azerbaijan retook the Karabakh region in a lightning offensive in September 2023.""",
  [E("meeting", "talks", [DAY(d,-1), d], ALM, ["Ararat Mirzoyan", "Jeyhun Bayramov", "Kassym-Jomart Tokayev"])],
  [],
  "The dateline city is the meeting place. Two-day talks: range. Future talks without venue: not gold.",
  ["dateline_is_event", "weekday_date", "date_range", "future_event"]))

# 18 ---------------------------------------------------------------- Putin in Pyongyang, dateline Seoul
d = "2024-06-19"
PYO = P("Pyongyang", "KP")
add(D(R, 18, d, f"""SEOUL (Reuters) - North Korean leader Kim Jong Un welcomed Russian President Vladimir Putin to Pyongyang on {WD(d)}, and the two signed a mutual defence pact, state media said.

Putin arrived in the early hours and was greeted at the airport by Kim before a ceremony in Kim Il Sung Square. After talks that lasted several hours, the two leaders signed a "comprehensive strategic partnership" treaty.

South Korea's presidential office said in Seoul it would review the treaty. Putin was due to travel on to Hanoi later in the day.""",
  [E("meeting", "state visit", d, PYO, ["Kim Jong Un", "Vladimir Putin"])],
  [P("Seoul", "KR"), P("Hanoi", "VN")],
  W + " Future leg to Hanoi (later that day, not yet held): not gold.",
  ["dateline_not_event", "weekday_date", "future_event", "statement_place"]))

# 19 ---------------------------------------------------------------- Burkina Faso, Diapaga
d = "2023-09-07"
DIA = P("Diapaga", "BF")
add(D(R, 19, d, f"""OUAGADOUGOU (Reuters) - Islamist militants ambushed a military convoy near Diapaga in eastern Burkina Faso on {WD(d,-3)}, killing 17 soldiers and 36 volunteer fighters, the army said in a statement read on state television on {WD(d)}.

The attack on the convoy, which was escorting supply trucks, took place about 12 km west of the town, the army said. The soldiers repelled the attackers, it added.

Burkina Faso's junta, which seized power in 2022, has cut military ties with France and turned to Russia for support. Thousands of people from the area have fled to Fada N'Gourma.""",
  [E("incident", "ambush", DAY(d,-3), OFF("12 km west of Diapaga", DIA, 12, BEAR["west"]), ["JNIM", "Burkinabè Armed Forces", "VDP"], alts=[DIA])],
  [P("Ouagadougou", "BF"), P("Fada N'Gourma", "BF", "Fada N'gourma")],
  W + " Offset computed, Diapaga alternate. Fada N'Gourma (~150 km) refuge.",
  ["dateline_not_event", "weekday_date", "offset", "origin_place"]))

# 20 ---------------------------------------------------------------- Philippines, Marawi bombing
d = "2023-12-03"
MAR = P("Marawi", "PH", "Marawi City")
add(D(R, 20, d, f"""MANILA (Reuters) - A bomb exploded during a Catholic Mass in a university gymnasium in the southern Philippine city of Marawi on {WD(d)}, killing at least four people and wounding dozens, officials said.

The blast at Mindanao State University came a day after a military offensive killed 11 militants in Maguindanao province, the army said. Islamic State claimed the bombing.

Some of the wounded were flown to hospitals in Iligan, about 35 km north, and in Cagayan de Oro. President Ferdinand Marcos condemned "the senseless and most heinous acts" in a statement issued in Manila.""",
  [E("incident", "bombing", d, MAR, ["Islamic State", "civilians"]),
   E("incident", "military offensive", DAY(d,-1), M("Maguindanao province (Datu Hoffer area)", 6.85, 124.45, "PH", "approximate, province centre area"), ["Philippine Army", "Dawlah Islamiyah"], optional=True)],
  [P("Manila", "PH"), P("Iligan", "PH"), P("Cagayan de Oro", "PH")],
  W + " The offensive 'a day after' is dated background at province level: optional (manual province point). Hospitals in other cities.",
  ["dateline_not_event", "weekday_date", "hospital_other_city", "background_event", "province_only", "statement_place"]))

# 21 ---------------------------------------------------------------- Haiti, Mirebalais
d = "2025-04-01"
MIR = P("Mirebalais", "HT")
add(D(R, 21, d, f"""PORT-AU-PRINCE (Reuters) - Gang members attacked the central Haitian town of Mirebalais overnight into {WD(d,-1)}, storming the police station and freeing more than 500 inmates from the local prison, officials said on {WD(d)}.

The attackers, from the Viv Ansanm gang coalition, set fire to houses and forced thousands to flee towards Hinche, the departmental capital, a local official said. At least five people were killed.

Mirebalais, about 60 km northeast of the capital, lies on the main road to the Dominican border. Prime Minister Alix Didier Fils-Aimé, speaking in Port-au-Prince, promised reinforcements.""",
  [E("incident", "armed attack", [DAY(d,-2), DAY(d,-1)], MIR, ["Viv Ansanm", "Haitian National Police"])],
  [P("Port-au-Prince", "HT"), P("Hinche", "HT")],
  W + " 'Overnight into Monday': Sunday–Monday. Hinche refuge; 'the capital' is the dateline city.",
  ["dateline_not_event", "weekday_date", "overnight", "origin_place", "capital_reference", "statement_place"]))

# 22 ---------------------------------------------------------------- Ethiopia, Finote Selam
d = "2023-08-16"
FIN = P("Finote Selam", "ET")
add(D(R, 22, d, f"""ADDIS ABABA (Reuters) - A drone strike on a town square in Finote Selam, in Ethiopia's Amhara region, killed at least 26 people on {WD(d,-3)}, a hospital official and two residents said, as the army battled Fano militiamen in the region.

"People were sitting at a bus stop when it hit," said a doctor at Finote Selam hospital, who asked not to be named. Some of the wounded were taken to Bahir Dar, the regional capital, about 170 km away.

The government has declared a state of emergency in Amhara. A government spokesman in Addis Ababa did not respond to requests for comment. Fighting has also been reported near Lalibela and Gondar in recent weeks.""",
  [E("incident", "drone strike", DAY(d,-3), FIN, ["Ethiopian National Defense Force", "civilians"])],
  [P("Addis Ababa", "ET"), P("Bahir Dar", "ET"), P("Lalibela", "ET"), P("Gondar", "ET", "Gonder")],
  W + " Undated 'recent weeks' fighting near Lalibela and Gondar: not gold. Bahir Dar hospital.",
  ["dateline_not_event", "weekday_date", "hospital_other_city", "background_event"]))

# 23 ---------------------------------------------------------------- Libya, Tripoli clashes (dateline = event)
d = "2025-05-13"
TRI = P("Tripoli", "LY")
add(D(R, 23, d, f"""TRIPOLI (Reuters) - Heavy clashes erupted in the Libyan capital Tripoli late on {WD(d,-1)} after the killing of a powerful militia leader, and continued into {WD(d)} morning, residents said.

Gunfire and explosions were heard in the Abu Salim district, a stronghold of the Stability Support Apparatus, whose leader Abdulghani al-Kikli was killed at a military camp, according to two security sources. The Government of National Unity said its forces had taken control of Abu Salim.

Flights at Mitiga airport were diverted to Misrata. The U.N. mission, which is based in Tripoli, called for calm.""",
  [E("incident", "armed clashes", [DAY(d,-1), d], TRI, ["GNU forces", "Stability Support Apparatus"])],
  [P("Misrata", "LY")],
  "The dateline city is the event place. Abu Salim is a Tripoli district; the killing at a camp is part of the same event. Misrata: flight diversion.",
  ["dateline_is_event", "weekday_date", "overnight", "based_in"]))

# 24 ---------------------------------------------------------------- Chad, Barkaram, Lake Chad
d = "2024-10-29"
BOL = P("Bol", "TD")
add(D(R, 24, d, f"""N'DJAMENA (Reuters) - Suspected Boko Haram militants attacked a military base on Barkaram island in the Lake Chad region late on {WD(d,-2)}, killing about 40 soldiers, the Chadian presidency said on {WD(d,-1)}.

President Mahamat Idriss Deby travelled to the area and ordered an operation to pursue the attackers, the presidency said. The base lies near the border with Nigeria, about 40 km from Bol, the regional capital.

The attack was one of the deadliest on Chad's army since March 2020, when nearly 100 soldiers were killed in an assault on Bohoma.""",
  [E("incident", "armed attack", DAY(d,-2), M("Barkaram island", 13.33, 14.35, "TD", "approximate, island in Lake Chad west of Bol"), ["Boko Haram", "Chadian Armed Forces"], alts=[BOL]),
   E("other", "site visit", [DAY(d,-1), d], BOL, ["Mahamat Idriss Deby"])],
  [P("N'Djamena", "TD")],
  W + " Island manual, Bol (regional capital, ~40 km) alternate. The president's trip to the area: other. The 2020 Bohoma attack is dated only by month: not gold.",
  ["dateline_not_event", "weekday_date", "site_visit", "background_event"]))

# 25 ---------------------------------------------------------------- India, Bijapur IED (homonym)
d = "2025-01-07"
BIJ = P("Bijapur (Chhattisgarh)", "IN", "Bijapur", pick=1)
add(D(R, 25, d, f"""RAIPUR, India (Reuters) - Maoist rebels blew up a vehicle carrying security personnel in the Bijapur district of India's central Chhattisgarh state on {WD(d,-1)}, killing eight police commandos and their driver, police said.

The improvised explosive device was set off on a road near Kutru as the team returned from an operation in the forests along the Maharashtra border, a senior officer said in Raipur, the state capital.

Federal Home Minister Amit Shah said in New Delhi that India would be free of Maoist insurgency by March 2026.""",
  [E("incident", "IED", DAY(d,-1), OFF("near Kutru (Bijapur district)", BIJ, 35, 315), ["Maoists", "Chhattisgarh Police"], alts=[BIJ])],
  [P("Raipur", "IN"), P("New Delhi", "IN", pick=1), P("Vijayapura (Karnataka)", "IN", "Bijapur")],
  W + " Bijapur is the Chhattisgarh town (second gazetteer candidate; the first is Vijayapura in Karnataka, listed as a homonym). Kutru is not in the gazetteer: computed ~35 km north-west of Bijapur, district centre alternate.",
  ["dateline_not_event", "weekday_date", "homonym", "district", "offset", "statement_place"]))

# 26 ---------------------------------------------------------------- Thailand, Narathiwat
d = "2024-03-11"
SKO = P("Sungai Kolok", "TH", "Su-ngai Kolok")
add(D(R, 26, d, f"""BANGKOK (Reuters) - A motorcycle bomb exploded outside a police post in the town of Sungai Kolok in Thailand's southern Narathiwat province on {WD(d,-1)}, wounding six people, including two officers, police said.

The town is on the border with Malaysia's Kelantan state. No group claimed the attack, but police in Narathiwat blamed separatist insurgents who have fought for autonomy for the Malay-Muslim provinces since 2004.

The bombing came as government negotiators prepared to meet rebel representatives in Kuala Lumpur later this month.""",
  [E("incident", "bombing", DAY(d,-1), SKO, ["Malay-Muslim insurgents", "Royal Thai Police"])],
  [P("Bangkok", "TH"), P("Narathiwat", "TH"), P("Kuala Lumpur", "MY")],
  W + " Narathiwat province named; its capital (~50 km) listed as non-event. Future talks in Kuala Lumpur.",
  ["dateline_not_event", "weekday_date", "future_event", "admin_qualifier"]))

# 27 ---------------------------------------------------------------- Syria, Baniyas coastal violence
d = "2025-03-09"
BAN = P("Baniyas", "SY")
add(D(R, 27, d, f"""DAMASCUS (Reuters) - Gunmen allied with Syria's new government killed dozens of members of the Alawite minority in the coastal town of Baniyas and nearby villages on {WD(d,-2)} and {WD(d,-1)}, residents and a war monitor said.

The killings followed attacks on {WD(d,-3)} by fighters loyal to ousted president Bashar al-Assad on security forces near the town of Jableh, south of Latakia, in which at least 13 officers were killed.

Interim President Ahmed al-Sharaa, in a speech from a mosque in Damascus, called for national unity.""",
  [E("incident", "attack on civilians", [DAY(d,-2), DAY(d,-1)], BAN, ["government-allied fighters", "civilians"]),
   E("incident", "armed attack", DAY(d,-3), P("Jableh", "SY", "Jableh"), ["Assad loyalists", "Syrian security forces"])],
  [P("Damascus", "SY"), P("Latakia", "SY")],
  W + " Two days in Baniyas; the Thursday attacks near Jableh are a separate dated incident (scored). Latakia distance reference.",
  ["dateline_not_event", "weekday_date", "multi_event", "date_range", "statement_place"]))

# 28 ---------------------------------------------------------------- Russia, Kazan drones
d = "2024-12-21"
KAZ = P("Kazan", "RU")
add(D(R, 28, d, f"""MOSCOW (Reuters) - Ukrainian drones hit several residential high-rises in the Russian city of Kazan on {WD(d)} morning, the regional governor said, some 1,000 km from the Ukrainian border.

Video posted on social media showed a drone flying into the upper floors of a glass-fronted tower. No one was killed, officials in Kazan said. The city's airports were temporarily closed.

Ukraine, which did not comment, has increasingly targeted Russian oil and military sites. A day earlier, a Ukrainian missile strike on the town of Rylsk in the Kursk region killed six people, the Kursk governor said.""",
  [E("incident", "drone strike", d, KAZ, ["Ukraine", "civilians"]),
   E("incident", "missile strike", DAY(d,-1), P("Rylsk", "RU", "Rylsk"), ["Ukraine", "civilians"], optional=True)],
  [P("Moscow", "RU"), P("Kursk", "RU")],
  W + " Rylsk strike a day earlier: dated background, optional. Kursk region qualifier (its centre listed).",
  ["dateline_not_event", "weekday_date", "background_event", "admin_qualifier"]))

# 29 ---------------------------------------------------------------- Niger, Fambita mosque
d = "2025-03-23"
KOK = M("Kokorou", 14.21, 0.97, "NE", "approximate, commune centre in Téra department")
add(D(R, 29, d, f"""NIAMEY (Reuters) - Islamic State militants killed 44 civilians in an attack on a mosque during Friday prayers in the village of Fambita, in southwest Niger's Kokorou commune, the government said on {WD(d,-1)}.

The gunmen surrounded the mosque on {WD(d,-2)} afternoon, the interior ministry said in a statement read on state television in Niamey. Thirteen people were wounded.

Niger's military government, which seized power in July 2023, declared three days of mourning.""",
  [E("incident", "attack on civilians", DAY(d,-2), M("Fambita", 14.18, 0.93, "NE", "approximate, village in Kokorou commune"), ["Islamic State Sahel", "civilians"], alts=[KOK])],
  [P("Niamey", "NE")],
  W + " 'Friday prayers' on Friday (resolved). Village manual, commune centre alternate (manual).",
  ["dateline_not_event", "weekday_date", "district"]))

# 30 ---------------------------------------------------------------- Trump-Putin, Anchorage
d = "2025-08-16"
ANC = P("Anchorage", "US")
add(D(R, 30, d, f"""WASHINGTON (Reuters) - U.S. President Donald Trump and Russian President Vladimir Putin met for nearly three hours at a military base in Anchorage, Alaska, on {WD(d,-1)}, but failed to agree on a ceasefire in Ukraine.

The two leaders held talks at Joint Base Elmendorf-Richardson with their top aides, then gave a brief joint news conference. Putin, speaking in English at the end, suggested that their next meeting could be held in Moscow.

Ukrainian President Volodymyr Zelensky, who was not invited, said in Kyiv he would travel to Washington on {WD(d,+2)} for talks with Trump.""",
  [E("meeting", "summit", DAY(d,-1), ANC, ["Donald Trump", "Vladimir Putin"])],
  [P("Washington", "US"), P("Moscow", "RU"), P("Kyiv", "UA")],
  W + " Base in Anchorage: pin Anchorage. Next meeting in Moscow (suggested) and Zelensky's Washington trip (Monday) are future.",
  ["dateline_not_event", "weekday_date", "future_event", "statement_place"]))
