from lib import *
R = "wire"
DOCS = []
add = DOCS.append

BEI = P("Beirut", "LB")
DAH = M("Dahiyeh (Beirut southern suburbs)", 33.853, 35.51, "LB", "Haret Hreik area")
BAG = P("Baghdad", "IQ")

d = "2024-01-03"
add(D(R, 1, d, f"""BEIRUT (Reuters) - A drone strike on an apartment in Beirut's southern suburbs killed a senior Hamas official and six other members of the group late on {WD(d,-1)}, Lebanese security sources said, the first such attack on the Lebanese capital since the Gaza war began.

The blast tore through the third floor of a building in the Musharrafieh area of the Dahiyeh district, a stronghold of Iran-backed Hezbollah. Israel did not comment.

The official, who was born in the West Bank village of Arura near Ramallah, had been a key liaison between Hamas and Hezbollah, a Hamas source said.

Hezbollah and Israel have traded fire across Lebanon's southern border almost daily since October 8, a day after Hamas's attack on southern Israel. Most of the exchanges have been confined to a strip of land a few kilometres deep on either side.""",
  [E("incident", "drone strike", DAY(d,-1), DAH, ["Israel", "Hamas"], alts=[BEI])],
  [M("Arura", 32.05, 35.13, "PS"), P("Ramallah", "PS")],
  "Late Tuesday strike, published Wednesday. Arura/Ramallah are the victim's origin. Border exchanges since October are undated background with no place.",
  ["relative_date", "origin_place", "background_event"]))

d = "2024-02-08"
add(D(R, 2, d, f"""BAGHDAD (AP) - A U.S. drone strike on a car in eastern Baghdad on {WD(d,-1)} night killed a commander of the Kataib Hezbollah militia who the Pentagon said was responsible for planning attacks on American troops in the region.

The strike hit the vehicle on a busy street in the Mashtal neighbourhood, witnesses said. Angry crowds gathered at the scene as firefighters doused the flames.

The U.S. military blamed the militia for a drone attack on January 28 that killed three American soldiers at the Tower 22 outpost in northeastern Jordan. On February 2, American bombers struck more than 85 targets in Iraq and Syria, including sites near al-Qaim on the Iraqi-Syrian border.

Iraqi government spokesman Basim al-Awadi condemned the strike as a violation of Iraq's sovereignty. The government in Baghdad has been negotiating with Washington over the future of the U.S.-led coalition.""",
  [E("incident", "drone strike", [DAY(d,-1), d], M("Mashtal, east Baghdad", 33.32, 44.47, "IQ"), ["United States", "Kataib Hezbollah"], alts=[BAG]),
   E("incident", "drone attack", "2024-01-28", M("Tower 22", 33.32, 38.70, "JO", "approximate, near Rukban"), ["Islamic Resistance in Iraq"], optional=True),
   E("incident", "airstrikes", "2024-02-02", P("al-Qaim", "IQ", "Al Qaim"), ["United States"], optional=True)],
  [P("Washington", "US")],
  "Main event Wednesday night (range Wed..Thu). Two clearly dated background events are optional. Washington is a metonym.",
  ["relative_date", "background_event", "metonym", "dateline_is_event"]))

d = "2024-01-16"
ERB = P("Erbil", "IQ")
add(D(R, 3, d, f"""ERBIL, Iraq (Reuters) - Iran's Revolutionary Guards said on {WD(d)} they had struck an Israeli "spy headquarters" in Erbil, capital of Iraq's semi-autonomous Kurdistan region, with ballistic missiles, and had also hit Islamic State targets in Syria's Idlib province.

At least four civilians were killed when several missiles hit a house near the U.S. consulate compound in Erbil late on {WD(d,-1)}, the Kurdistan Region Security Council said. Among the dead was a prominent local businessman and members of his family.

Iraq recalled its ambassador from Tehran and summoned Iran's charge d'affaires in Baghdad. "This is an aggression against Iraq's sovereignty," the foreign ministry said.

The strikes came two weeks after two bombings claimed by Islamic State killed nearly 100 people at a memorial ceremony in the Iranian city of Kerman.""",
  [E("incident", "missile strike", DAY(d,-1), ERB, ["IRGC"]),
   E("incident", "missile strike", DAY(d,-1), P("Idlib", "SY"), ["IRGC", "Islamic State"], alts=[M("Idlib province centroid", 35.8, 36.6, "SY")])],
  [P("Tehran", "IR"), BAG, P("Kerman", "IR")],
  "Strikes late Monday, statement Tuesday. Idlib province pinned at Idlib city with centroid alternate. Kerman bombing is background; Tehran/Baghdad are diplomatic metonyms.",
  ["relative_date", "multi_event", "background_event", "metonym", "admin_qualifier", "dateline_is_event"]))

d = "2024-08-11"
GAZ = P("Gaza City", "PS", "Gaza")
add(D(R, 4, d, f"""CAIRO (AP) - An Israeli strike on a school-turned-shelter in Gaza City's Daraj neighbourhood killed dozens of Palestinians during dawn prayers on {WD(d,-1)}, Gaza's civil defence said.

Civil defence spokesman Mahmoud Basal said the bodies were taken to al-Ahli Arab hospital. The Israeli military said it had targeted a Hamas command centre inside the school.

Mediators from Egypt, Qatar and the United States have invited both sides to a new round of ceasefire talks in Doha or Cairo on August 15. Previous rounds in Cairo collapsed in May.""",
  [E("incident", "airstrike", DAY(d,-1), M("Daraj, Gaza City", 31.508, 34.463, "PS"), ["Israel"], alts=[GAZ])],
  [P("Cairo", "EG"), P("Doha", "QA")],
  "Dateline Cairo; planned talks in Doha/Cairo are future; May rounds are background.",
  ["dateline_not_event", "future_event", "background_event", "relative_date"]))

d = "2024-01-12"
add(D(R, 5, d, f"""DUBAI (Reuters) - The United States and Britain struck more than a dozen Houthi targets in Yemen early on {WD(d)}, including the airport in the capital Sanaa and a military base near Saada, residents and Houthi officials said.

Explosions were also heard at the Hodeidah air base on the Red Sea coast, witnesses said. A Houthi spokesman said five fighters had been killed.

President Joe Biden, speaking at the White House on {WD(d,-1)} evening before the strikes, said he would not hesitate to direct further measures. Houthi attacks on shipping since November have forced many firms to reroute vessels around the Cape of Good Hope.""",
  [E("incident", "airstrike", d, M("Sanaa International Airport", 15.476, 44.219, "YE"), ["United States", "United Kingdom"], alts=[P("Sanaa", "YE")]),
   E("incident", "airstrike", d, P("Saada", "YE"), ["United States", "United Kingdom"]),
   E("incident", "airstrike", d, M("Hodeidah air base", 14.753, 42.976, "YE", "approximate, Hodeidah airport"), ["United States", "United Kingdom"], alts=[P("Hodeidah", "YE", "Al Hudaydah")])],
  [P("Dubai", "AE"), P("Washington", "US")],
  "Three struck places. Dubai dateline, White House (Washington) speech place.",
  ["dateline_not_event", "multi_event", "statement_place", "relative_date"]))

d = "2024-08-03"
MOG = P("Mogadishu", "SO")
add(D(R, 6, d, f"""MOGADISHU (Reuters) - Al Shabaab militants set off a suicide bomb and opened fire on diners at a beachfront restaurant on Mogadishu's Lido beach late on {WD(d,-1)}, killing at least 32 people, police said on {WD(d)}.

Police spokesman Abdifatah Adan Hassan said security forces killed three attackers and captured a fourth.

The Lido beach, popular with young people on {WD(d,-1)} evenings, has been targeted before. In 2022, a siege at the Hayat hotel in the city lasted 30 hours. The group has also intensified attacks in central Hiiraan region since an army offensive there stalled.""",
  [E("incident", "suicide attack", DAY(d,-1), M("Lido beach, Mogadishu", 2.05, 45.36, "SO"), ["al-Shabaab"], alts=[MOG])],
  [P("Beledweyne (Hiiraan)", "SO", "Beledweyne"), P("Aden", "YE")],
  "Friday night attack. 2022 Hayat siege is background in the same city (no separate pin). Spokesman's name 'Adan' resembles Aden.",
  ["relative_date", "background_event", "person_name_place", "dateline_is_event"]))

d = "2024-11-10"
add(D(R, 7, d, f"""ISLAMABAD (AP) - A suicide bomber blew himself up at the main railway station in the southwestern city of Quetta on {WD(d,-1)}, killing at least 26 people, including soldiers waiting to board a train to Peshawar, officials said.

The separatist Baloch Liberation Army claimed the attack. Most of the wounded were taken to the Civil Hospital in Quetta.

Pakistan's interior minister, speaking in Islamabad, vowed to hunt down the perpetrators. In August, coordinated attacks by the same group in several districts of Balochistan killed more than 50 people.""",
  [E("incident", "suicide bombing", DAY(d,-1), P("Quetta", "PK"), ["BLA"])],
  [P("Islamabad", "PK"), P("Peshawar", "PK")],
  "Dateline Islamabad; Peshawar is the train's destination; August attacks are background without a place.",
  ["dateline_not_event", "relative_date", "destination_place", "background_event"]))

d = "2025-05-04"
PSU = P("Port Sudan", "SD")
add(D(R, 8, d, f"""PORT SUDAN, Sudan (AFP) - Drones struck Port Sudan's airport and a fuel depot on {WD(d)}, the first attack on the Red Sea city that has served as the seat of Sudan's army-aligned government since fighting broke out in Khartoum in April 2023.

An army spokesman blamed the paramilitary Rapid Support Forces. Thick black smoke rose over the northern part of the city, witnesses said.

The government relocated from Khartoum to Port Sudan after the RSF seized much of the capital. Last month, RSF drones hit a power station in Kassala and the Merowe dam.""",
  [E("incident", "drone strike", d, PSU, ["RSF"])],
  [P("Khartoum", "SD"), P("Kassala", "SD"), M("Merowe dam", 18.67, 32.05, "SD")],
  "Khartoum (2023 fighting, origin of relocation), Kassala and Merowe (last month) are background.",
  ["dateline_is_event", "background_event"]))

d = "2024-09-17"
BAM = P("Bamako", "ML")
add(D(R, 9, d, f"""BAMAKO (Reuters) - Islamist militants attacked a military police training school and the military section of the airport in Mali's capital Bamako early on {WD(d)}, the army said, in a rare assault on the city.

Gunfire and explosions were heard from dawn in the Faladie district. Al Qaeda-linked JNIM claimed the attack.

Mali's army, backed by Russian mercenaries, suffered heavy losses in July near Tinzaouaten on the Algerian border, where rebels and jihadists ambushed a convoy.""",
  [E("incident", "attack", d, BAM, ["JNIM", "Malian army"], alts=[M("Faladie gendarmerie school, Bamako", 12.60, -7.95, "ML"), M("Bamako-Senou airport military base", 12.54, -7.95, "ML")])],
  [M("Tinzaouaten", 19.96, 2.96, "ML")],
  "Two targets inside one city: one event at Bamako with the two sites as alternates. Tinzaouaten (July) is background.",
  ["dateline_is_event", "background_event"]))

d = "2024-10-24"
ANK = P("Ankara", "TR")
add(D(R, 10, d, f"""ANKARA (Reuters) - Turkish warplanes struck Kurdish militant targets in northern Iraq and Syria late on {WD(d,-1)}, hours after an attack on the headquarters of defence firm TUSAS in Kahramankazan, on the outskirts of Ankara, killed five people.

Interior Minister Ali Yerlikaya said the two attackers were members of the PKK. The defence ministry said 32 targets had been destroyed, including sites in the Qandil and Gara mountains of northern Iraq.

Turkey has carried out cross-border operations against the PKK for decades. President Tayyip Erdogan, speaking on the sidelines of a BRICS summit in Kazan, Russia, called the attack heinous.""",
  [E("incident", "armed attack", DAY(d,-1), M("TUSAS headquarters, Kahramankazan", 40.12, 32.69, "TR"), ["PKK"], alts=[ANK]),
   E("incident", "airstrike", [DAY(d,-1), d], M("Qandil mountains", 36.45, 45.05, "IQ", "approximate"), ["Turkey", "PKK"]),
   E("incident", "airstrike", [DAY(d,-1), d], M("Gara mountain", 37.02, 43.33, "IQ", "approximate"), ["Turkey", "PKK"])],
  [P("Kazan", "RU")],
  "Attack near Ankara (dateline is within 50 km). Airstrikes late Wednesday (range Wed..Thu) on two named mountain areas; Syria named as country only. Kazan is the speaker's location.",
  ["relative_date", "multi_event", "statement_place", "country_only", "mountain_area"]))

d = "2024-04-02"
DAM = P("Damascus", "SY")
add(D(R, 11, d, f"""DAMASCUS (AP) - An Israeli airstrike destroyed a building in the Iranian embassy compound in Damascus on {WD(d,-1)}, killing two Iranian generals and five officers, Iran's foreign minister said.

The consular annex in the upscale Mezzeh district was reduced to rubble. Iran's ambassador, who was not hurt, vowed a "decisive" response.

Israel has for years targeted Iranian-linked sites in Syria, including the airports of Damascus and Aleppo. Iran's president said in Tehran on {WD(d)} that the crime would not go unanswered.""",
  [E("incident", "airstrike", DAY(d,-1), M("Mezzeh, Damascus", 33.50, 36.25, "SY"), ["Israel", "Iran"], alts=[DAM])],
  [P("Aleppo", "SY"), P("Tehran", "IR")],
  "Aleppo airport strikes are undated background; Tehran is a statement place.",
  ["relative_date", "background_event", "statement_place", "dateline_is_event"]))

d = "2025-03-11"
JED = P("Jeddah", "SA")
add(D(R, 12, d, f"""JEDDAH, Saudi Arabia (Reuters) - U.S. and Ukrainian officials met in the Saudi city of Jeddah on {WD(d)} for talks on ending the war with Russia, with Washington pressing Kyiv to accept a 30-day ceasefire.

The talks, led by Secretary of State Marco Rubio and Ukraine's presidential chief of staff, lasted more than eight hours. President Volodymyr Zelenskiy, who met Crown Prince Mohammed bin Salman in Jeddah on {WD(d,-1)}, did not take part.

Special envoy Steve Witkoff is expected to travel to Moscow later this week to present the proposal to the Kremlin.""",
  [E("meeting", "talks", d, JED, ["Marco Rubio", "Ukrainian delegation"]),
   E("meeting", "visit", DAY(d,-1), JED, ["Volodymyr Zelenskiy", "Mohammed bin Salman"], optional=True)],
  [P("Moscow", "RU"), P("Kyiv", "UA")],
  "Same-city earlier meeting is clearly dated: optional. Moscow trip is future; Kyiv/Washington/Kremlin are metonyms.",
  ["future_event", "metonym", "background_event", "dateline_is_event"]))

d = "2024-10-09"
add(D(R, 13, d, f"""DUBAI (Reuters) - Iranian Foreign Minister Abbas Araqchi met Saudi Crown Prince Mohammed bin Salman in Riyadh on {WD(d)}, Iranian state media reported, as Tehran sought to rally Gulf states amid fears of an Israeli retaliation.

Araqchi was due to travel on to Doha on {WD(d,1)} for talks with Qatari officials.

Iran fired some 180 ballistic missiles at Israel on October 1, hitting near the Nevatim air base in the Negev desert.""",
  [E("meeting", "visit", d, P("Riyadh", "SA"), ["Abbas Araqchi", "Mohammed bin Salman"])],
  [P("Dubai", "AE"), P("Doha", "QA"), M("Nevatim air base", 31.208, 35.012, "IL")],
  "Dateline Dubai; Doha leg is future; October 1 missile attack is background (non-event pins).",
  ["dateline_not_event", "future_event", "background_event", "metonym"]))

d = "2023-06-04"
add(D(R, 14, d, f"""NAIROBI (Reuters) - Suspected al Shabaab fighters attacked a police post in the town of El Wak, in Kenya's Mandera county near the Somali border, late on {WD(d,-1)}, killing two police reservists, a police report seen by Reuters said.

The attackers crossed from Somalia and fled back after a gunfight lasting about an hour, the report said.

Kenya has troops in Somalia as part of an African Union force. The group has repeatedly staged attacks in Kenya, including the 2013 Westgate mall siege in Nairobi.""",
  [E("incident", "attack", DAY(d,-1), P("El Wak", "KE"), ["al-Shabaab", "Kenya police"])],
  [P("Nairobi", "KE"), P("Mandera", "KE")],
  "County named but pinned at the town; Mandera town is far (~140 km). Westgate (2013) is background in Nairobi.",
  ["dateline_not_event", "admin_qualifier", "background_event", "relative_date"]))

d = "2024-06-09"
add(D(R, 15, d, f"""JERUSALEM/CAIRO (Reuters) - Israeli forces rescued four hostages from two apartments in the Nuseirat refugee camp in central Gaza on {WD(d,-1)} in a raid that Gaza health officials said killed more than 200 Palestinians.

The hostages were flown by helicopter to the Sheba Medical Center in Ramat Gan, near Tel Aviv, where they were reunited with their families. Many of the Palestinian wounded were taken to al-Aqsa Martyrs hospital in nearby Deir al-Balah.

The four had been abducted from the Nova music festival near Kibbutz Re'im on October 7.""",
  [E("incident", "raid", DAY(d,-1), P("Nuseirat camp", "PS", "Nuseirat"), ["Israel", "Hamas"])],
  [P("Ramat Gan", "IL"), P("Jerusalem", "IL"), P("Cairo", "EG"), M("Re'im", 31.39, 34.46, "IL")],
  "Ramat Gan hospital is far; Deir al-Balah hospital is ~4 km from the raid (not a distractor). Re'im abduction site is background.",
  ["dateline_not_event", "hospital_other_city", "background_event", "relative_date"]))

d = "2024-03-31"
KYV = P("Kyiv", "UA")
add(D(R, 16, d, f"""KYIV (Reuters) - Russia pounded Ukraine's energy system overnight with missiles and drones, hitting power facilities in the Lviv, Ivano-Frankivsk and Dnipropetrovsk regions, officials said on {WD(d)}.

Air defence units were active around Kyiv but no damage was reported in the capital, the city's military administration said.

Ukraine's largest private energy company said it had lost about half its generating capacity since a wave of attacks began on March 22.""",
  [E("incident", "missile and drone strike", [DAY(d,-1), d], P("Lviv", "UA"), ["Russia"], alts=[M("Lviv oblast centroid", 49.8, 23.9, "UA")]),
   E("incident", "missile and drone strike", [DAY(d,-1), d], P("Ivano-Frankivsk", "UA"), ["Russia"]),
   E("incident", "missile and drone strike", [DAY(d,-1), d], P("Dnipro", "UA"), ["Russia"], alts=[M("Dnipropetrovsk oblast centroid", 48.3, 35.0, "UA")])],
  [KYV],
  "Regions pinned at admin centres (centroid alternates where far apart). Kyiv dateline explicitly undamaged. Overnight -> D-1..D.",
  ["dateline_not_event", "overnight", "multi_event", "admin_qualifier", "negated_place"]))

d = "2024-09-18"
add(D(R, 17, d, f"""BEIRUT (Reuters) - Pagers used by Hezbollah members exploded simultaneously across Lebanon on {WD(d,-1)} afternoon, killing at least nine people and wounding nearly 3,000, including Iran's ambassador, Lebanese officials said.

Many of the blasts occurred in Beirut's southern suburbs, Hezbollah's stronghold, witnesses said. Others were reported in southern Lebanon and the eastern Bekaa valley.

Hospitals in Beirut, Sidon and Nabatieh were overwhelmed. Hezbollah blamed Israel. In July, an Israeli strike in the same suburbs killed the group's top military commander.""",
  [E("incident", "explosions", DAY(d,-1), DAH, ["Israel", "Hezbollah"], alts=[BEI])],
  [P("Sidon", "LB"), P("Nabatieh", "LB")],
  "Nationwide blasts: only the explicitly located Dahiyeh is gold; southern Lebanon/Bekaa are regions. Sidon and Nabatieh are named only as hospital cities (non-event).",
  ["hospital_other_city", "background_event", "relative_date", "dateline_is_event"]))

d = "2024-01-29"
add(D(R, 18, d, f"""AMMAN (Reuters) - Three U.S. soldiers were killed and dozens wounded in a drone attack on a small U.S. outpost in northeastern Jordan near the Syrian border on {WD(d,-1)}, U.S. officials said.

The base, known as Tower 22, supports the nearby al-Tanf garrison across the border in Syria. The wounded were evacuated to a U.S. facility outside Baghdad, an official said.

President Joe Biden, speaking at a church in Columbia, South Carolina, said the United States would respond. Jordan's government spokesman said in Amman the attack had taken place across the border, a claim U.S. officials rejected.""",
  [E("incident", "drone attack", DAY(d,-1), M("Tower 22", 33.32, 38.70, "JO", "approximate, near Rukban"), ["Islamic Resistance in Iraq", "United States"])],
  [P("Amman", "JO"), P("Columbia", "US"), BAG],
  "Tower 22 approximate. Al-Tanf (~20 km) not listed (inside 50 km). Baghdad (evacuation), Columbia SC (speech), Amman (dateline/statement) are non-event.",
  ["dateline_not_event", "statement_place", "hospital_other_city", "relative_date"]))

d = "2025-02-02"
add(D(R, 19, d, f"""PORT SUDAN, Sudan (AP) - Shelling by Sudan's paramilitary Rapid Support Forces on a crowded market in Omdurman killed at least 54 people on {WD(d,-1)}, the health ministry said.

The shells hit the Sabreen market in the Karari area as residents shopped for food. The wounded were taken to al-Nau hospital, which medical charity Doctors Without Borders said was overwhelmed.

The army, which has its government seat in Port Sudan, recaptured large parts of Omdurman last year.""",
  [E("incident", "shelling", DAY(d,-1), P("Omdurman", "SD"), ["RSF"])],
  [P("Port Sudan", "SD")],
  "Dateline Port Sudan is also the government seat.",
  ["dateline_not_event", "relative_date", "nominal"]))

d = "2025-03-04"
add(D(R, 20, d, f"""PESHAWAR, Pakistan (Reuters) - Pakistani and Afghan border forces exchanged heavy fire at the Torkham crossing late on {WD(d,-1)}, officials on both sides said, days after the key trade route was closed over a dispute about construction of a border post.

At least one Pakistani soldier was wounded, a security official in Peshawar said. Hundreds of trucks are stranded on both sides of the border.

The crossing has been closed since February 21. Pakistan's foreign ministry said in Islamabad that Foreign Minister Ishaq Dar had spoken by phone with the Taliban's acting foreign minister, Amir Khan Muttaqi, on {WD(d)} to discuss reopening it.

Relations between Islamabad and Kabul have deteriorated over Pakistan's accusations that Afghanistan shelters militants.""",
  [E("incident", "cross-border clashes", DAY(d,-1), M("Torkham", 34.105, 71.09, "PK", "border crossing"), ["Pakistan", "Afghan Taliban"]),
   E("call", "phone call", d, P("Islamabad", "PK"), ["Ishaq Dar", "Amir Khan Muttaqi"], alts=[P("Kabul", "AF")])],
  [P("Peshawar", "PK")],
  "Torkham crossing straddles the border (country code PK chosen). Call pinned at Islamabad (issuing ministry) with Kabul alternate; the later 'Islamabad and Kabul' is a metonym at the same points.",
  ["dateline_not_event", "metonym", "relative_date", "call"]))

d = "2024-12-12"
KAB = P("Kabul", "AF")
add(D(R, 21, d, f"""KABUL (AP) - A suicide bomber killed the Taliban's minister for refugees and five other people inside the ministry compound in Kabul on {WD(d,-1)}, Taliban officials said.

The Islamic State group's affiliate claimed the attack. The minister, whose family originates from Paktia province, was a senior figure in the powerful Haqqani network.

It was the most high-profile killing since the Taliban took power in 2021. In September, a bombing claimed by the same group killed six people in the capital's Qala-e Bakhtiar area.""",
  [E("incident", "suicide bombing", DAY(d,-1), KAB, ["ISKP"])],
  [P("Gardez (Paktia)", "AF", "Gardez")],
  "Victim's origin (Paktia) pinned at Gardez as non-event. September bombing is background in the same city.",
  ["origin_place", "background_event", "relative_date", "dateline_is_event"]))

d = "2024-07-20"
add(D(R, 22, d, f"""DUBAI (Reuters) - Israeli warplanes struck Houthi military targets near the port of Hodeidah in Yemen on {WD(d)}, a day after an Iranian-made drone launched by the Houthis hit an apartment building in central Tel Aviv, killing one man.

The strikes set fire to oil storage tanks and a power station at the port, Houthi-run Al-Masirah TV said. Houthi health officials said at least three people were killed and 87 wounded.

Houthi military spokesman Yahya Saree said in Sanaa the group would respond. The Houthis have launched hundreds of drones and missiles at Israel and at shipping in the Red Sea since November.""",
  [E("incident", "airstrike", d, P("Hodeidah", "YE", "Al Hudaydah"), ["Israel", "Houthis"]),
   E("incident", "drone strike", DAY(d,-1), P("Tel Aviv", "IL"), ["Houthis"], optional=True)],
  [P("Dubai", "AE"), P("Sanaa", "YE")],
  "Tel Aviv drone 'a day after' is clearly dated background: optional. Sanaa is a statement place.",
  ["dateline_not_event", "background_event", "statement_place", "relative_date"]))

d = "2024-04-22"
add(D(R, 23, d, f"""BAGHDAD (Reuters) - Turkish President Tayyip Erdogan and Iraqi Prime Minister Mohammed Shia al-Sudani signed more than 20 agreements in Baghdad on {WD(d)}, including on water management and the Development Road project.

Erdogan then flew to Erbil, where he met Kurdistan Region President Nechirvan Barzani and Prime Minister Masrour Barzani in the evening.

It was Erdogan's first visit to Iraq since 2011. The $17 billion Development Road is planned to link the Grand Faw port in the south to the Turkish border by rail and road.""",
  [E("meeting", "visit", d, BAG, ["Recep Tayyip Erdogan", "Mohammed Shia al-Sudani"]),
   E("meeting", "visit", d, ERB, ["Recep Tayyip Erdogan", "Nechirvan Barzani", "Masrour Barzani"])],
  [M("Grand Faw port", 29.97, 48.47, "IQ")],
  "Two stops, one event each. 2011 visit is background without place; Faw is a topic.",
  ["multi_event", "topic_place", "background_event", "dateline_is_event"]))

d = "2024-08-19"
add(D(R, 24, d, f"""JERUSALEM (Reuters) - U.S. Secretary of State Antony Blinken met Israeli Prime Minister Benjamin Netanyahu in Jerusalem on {WD(d)}, in what he called "maybe the last opportunity" to secure a ceasefire in Gaza.

Blinken is due to travel to Egypt and Qatar on {WD(d,1)} to push the two mediators to close gaps with Hamas.

Talks held in Doha last week produced a bridging proposal. Earlier on {WD(d)}, Blinken met Israeli President Isaac Herzog in Tel Aviv.""",
  [E("meeting", "talks", d, P("Jerusalem", "IL"), ["Antony Blinken", "Benjamin Netanyahu"]),
   E("meeting", "talks", d, P("Tel Aviv", "IL"), ["Antony Blinken", "Isaac Herzog"])],
  [P("Doha", "QA"), P("Gaza", "PS")],
  "Two meetings the same day (Jerusalem, Tel Aviv - 54 km apart). Egypt/Qatar trip future, country only. Doha talks last week are background. Gaza is topic.",
  ["multi_event", "future_event", "background_event", "topic_place", "dateline_is_event"]))

d = "2025-03-21"
add(D(R, 25, d, f"""NIAMEY (Reuters) - Islamist militants killed 12 Nigerien soldiers in an ambush near the town of Banibangou, in the western Tillaberi region close to the border with Mali, on {WD(d,-2)}, the defence ministry said on {WD(d)}.

The attackers, who arrived on motorcycles, were pursued by the air force, the ministry said in a statement read on national television.

Niger's junta, which seized power in Niamey in July 2023, has expelled French and U.S. troops and turned to Russia for security support.""",
  [E("incident", "ambush", DAY(d,-2), M("Banibangou", 15.04, 1.70, "NE"), ["militants", "Niger army"])],
  [P("Niamey", "NE")],
  "Event two days before publication.", ["dateline_not_event", "relative_date", "background_event"]))

d = "2024-02-18"
add(D(R, 26, d, f"""MOSCOW/KYIV (Reuters) - Ukrainian drones attacked an oil refinery in Russia's Saratov region overnight, local authorities said on {WD(d)}, one of a series of long-range strikes on Russian energy infrastructure.

The region's governor said a fire broke out at the plant in Saratov city but was quickly extinguished. Russia's defence ministry said it downed 7 drones over the region.

A source in Ukraine's SBU security service in Kyiv said the operation was carried out by the agency's drones.""",
  [E("incident", "drone strike", [DAY(d,-1), d], P("Saratov", "RU"), ["Ukraine"])],
  [P("Moscow", "RU"), P("Kyiv", "UA")],
  "Overnight -> D-1..D. Moscow/Kyiv dateline and source location.", ["dateline_not_event", "overnight"]))

d = "2023-09-26"
add(D(R, 27, d, f"""RIYADH (Reuters) - Saudi Arabia said on {WD(d)} it would host a round of talks between Yemen's warring parties next month, after a Houthi delegation left Riyadh last week following five days of discussions.

The Houthi negotiators had flown from Sanaa on an Omani plane and met Saudi Defence Minister Prince Khalid bin Salman during the visit, the first public trip by the group to the kingdom since the war began.

An attack on Bahraini troops on the Saudi-Yemeni border on {WD(d,-1)}, blamed on the Houthis, has cast a shadow over the talks.""",
  [E("meeting", "talks", ["2023-09-14", "2023-09-19"], P("Riyadh", "SA"), ["Houthis", "Khalid bin Salman"], optional=True),
   E("incident", "drone attack", DAY(d,-1), M("Saudi-Yemeni border (Jizan area)", 17.0, 43.3, "SA", "approximate, no place stated"), ["Houthis", "Bahrain"], optional=True)],
  [P("Sanaa", "YE")],
  "Future talks not gold. The Riyadh talks 'last week' are only vaguely dated and the border attack has no place: both optional. Sanaa is an origin.",
  ["future_event", "background_event", "origin_place", "ambiguous", "no_gold"]))

d = "2025-05-16"
IST = P("Istanbul", "TR")
add(D(R, 28, d, f"""ISTANBUL (Reuters) - Russian and Ukrainian delegations held their first direct peace talks in more than three years at Istanbul's Dolmabahce palace on {WD(d)}, with Turkey's foreign minister opening the meeting.

Ukrainian President Volodymyr Zelenskiy, who met President Tayyip Erdogan in Ankara on {WD(d,-1)}, said Moscow had sent a "decorative" delegation. NATO foreign ministers meeting in Antalya this week had urged Russia to agree to a ceasefire.

The last direct talks took place in Istanbul in March 2022.""",
  [E("meeting", "talks", d, M("Dolmabahce palace, Istanbul", 41.039, 29.0, "TR"), ["Russian delegation", "Ukrainian delegation", "Hakan Fidan"], alts=[IST]),
   E("meeting", "visit", DAY(d,-1), P("Ankara", "TR"), ["Volodymyr Zelenskiy", "Recep Tayyip Erdogan"], optional=True)],
  [P("Antalya", "TR"), P("Moscow", "RU")],
  "Ankara meeting 'on Thursday' is clearly dated background: optional. Antalya meeting is background; Moscow metonym; 2022 talks same city.",
  ["background_event", "metonym", "dateline_is_event", "relative_date"]))

d = "2024-11-07"
add(D(R, 29, d, f"""ZAPORIZHZHIA, Ukraine (Reuters) - Russian glide bombs struck the southern city of Zaporizhzhia late on {WD(d,-1)}, killing at least six people and damaging a medical facility, regional governor Ivan Fedorov said.

Several of the wounded, including two children, were evacuated to hospitals in Dnipro, about 70 km to the north.

Russian forces have pressed forward in the neighbouring Donetsk region, where Moscow says its forces reached the outskirts of Kurakhove last week.""",
  [E("incident", "glide bomb strike", DAY(d,-1), P("Zaporizhzhia", "UA", "Zaporizhzhya"), ["Russia"])],
  [P("Dnipro", "UA"), P("Kurakhove", "UA"), P("Moscow", "RU")],
  "Dnipro hospital city; Kurakhove is background; Moscow metonym.",
  ["hospital_other_city", "background_event", "metonym", "relative_date", "dateline_is_event"]))

d = "2019-10-13"
add(D(R, 30, d, f"""AKCAKALE, Turkey (AP) - Mortar shells fired from Syria hit the Turkish border town of Akcakale on {WD(d,-1)}, wounding eight civilians, the local governor said, as Turkey's offensive against Kurdish fighters entered its fourth day.

Across the border, Turkish-backed Syrian fighters said they had captured the centre of Tal Abyad. Aid groups said some 130,000 people had fled, many towards Hasakah.

The offensive began after U.S. troops pulled back from the area. President Donald Trump said in Washington that the U.S. would not be drawn into the fight.""",
  [E("incident", "mortar fire", DAY(d,-1), P("Akcakale", "TR", "Akcakale"), ["SDF"]),
   E("incident", "capture", [DAY(d,-1), d], P("Tal Abyad", "SY", "Tell Abyad"), ["Syrian National Army", "SDF"])],
  [P("Hasakah", "SY"), P("Washington", "US")],
  "Tal Abyad (across from Akcakale, ~8 km) capture claim, undated -> D-1..D. Hasakah is a displacement destination.",
  ["cross_border", "relative_date", "displacement_destination", "metonym"]))
