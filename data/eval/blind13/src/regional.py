from lib import *
R = "regional"
DOCS = []
add = DOCS.append
G = "Regional outlet in translation, written for blind13; composite or invented. Province/district/oblast names qualify the pin; the outlet's city is not an event place. "


def N(num, d, text, events, nonev, note, tags):
    add(D(R, num, d, text, events, nonev, G + note, ["regional"] + tags))


SUL = Q("Sulaymaniyah", "IQ", 35.56, 45.43)
ERB = Q("Erbil", "IQ", 36.19, 44.01)

# 1 Khalifan
d = "2023-07-19"
N(1, d, f"""(Translated from Kurdish) Soran – A Turkish drone targeted a vehicle on the Khalifan–Rawanduz road in the Soran independent administration of Erbil province at around 4 p.m. on {WD(d)}, killing two people, the mayor of Khalifan told our correspondent. The mayor said the victims were civilians from the sub-district who were returning from the market. Ambulances took the bodies to the Soran emergency hospital. The Kurdistan Region's Ministry of Peshmerga has not yet commented on the strike.""",
  [E("incident", "drone strike", d, Q("Khalifan", "IQ", 36.61, 44.41), ["Türkiye", "civilians"])],
  [Q("Soran", "IQ", 36.66, 44.54), ERB],
  "Wednesday. A road is pinned at its first-named town (Khalifan). Soran: hospital and outlet place (~13 km, inside radius); Rawanduz: second road end (not listed, ~10 km).",
  ["kurdistan", "weekday_date", "road", "hospital", "translation"])

# 2 Kifri
d = "2021-09-06"
N(2, d, f"""(Translated from Kurdish) Garmiyan – Three Peshmerga were martyred and two others wounded in an explosion of a roadside bomb against their vehicle near the village of Kulajo, within the borders of Kifri district in Slemani's Garmiyan administration, on the night of {WD(d,-1)}. According to a statement of the Peshmerga ministry, the vehicle was on its way to a joint coordination post with the Iraqi army. The wounded were transferred to Kalar hospital. Islamic State remnants are active in the valleys between Kifri and Qara Tapa.""",
  [E("incident", "IED", DAY(d, -1), Q("Kifri", "IQ", 34.69, 44.96), ["ISIS", "Peshmerga"])],
  [SUL, Q("Kalar", "IQ", 34.63, 45.32)],
  "Sunday night. The village is pinned at the district town Kifri (Kulajo not in the gazetteer). Slemani: qualifier. Kalar: hospital (~33 km). Qara Tapa: area background (not listed).",
  ["kurdistan", "weekday_date", "district", "hospital_other_city", "passive", "translation"])

# 3 Tal Afar
d = "2022-02-14"
N(3, d, f"""(Translated from Arabic) Nineveh – A security source in Nineveh province told Shafaq News Agency on {WD(d)} that a member of the Popular Mobilisation Forces was killed and another wounded in an attack by Daesh remnants on a post of the 53rd Brigade west of Tal Afar. The source added that the attack took place after midnight and that the attackers withdrew towards the desert bordering Syria. Security forces in Mosul launched a search operation in the area.""",
  [E("incident", "armed attack", d, Q("Tal Afar", "IQ", 36.38, 42.45, q="Tall 'Afar"), ["ISIS", "PMF"])],
  [Q("Mosul", "IQ", 36.34, 43.13)],
  "'After midnight', reported Monday: D. 'West of Tal Afar' pinned at Tal Afar. Mosul: origin of the search force (~60 km). The search operation itself: unscored.",
  ["weekday_date", "near_place", "origin_place", "translation"])

# 4 Chamanke
d = "2024-07-02"
N(4, d, f"""(Translated from Kurdish) Duhok – Turkish army artillery on {WD(d,-1)} bombarded the surroundings of three villages of the Chamanke sub-district in the Kurdistan Region's Duhok province, setting fire to orchards and vineyards, the sub-district director said. He said no casualties were recorded but the fire had spread over dozens of dunams. Residents of the villages, most of whom moved to Duhok city years ago, say the bombardment has continued since the Turkish army set up new bases on the mountain last month.""",
  [E("incident", "shelling", DAY(d, -1), M("Chamanke", 37.00, 43.28, "IQ", "approximate, sub-district centre north-east of Duhok towards Amedi; placement uncertain"), ["Türkiye"])],
  [Q("Duhok", "IQ", 36.87, 42.99, q="Dihok")],
  "Monday. Unnamed villages pinned at the sub-district centre. Property damage by shelling: scored incident. Duhok: where residents moved, undated (~30 km).",
  ["kurdistan", "weekday_date", "district", "property_destruction", "translation"])

# 5 Ranya meeting
d = "2023-03-15"
N(5, d, f"""(Translated from Kurdish) Raparin – The head of the Raparin independent administration received in his office in Ranya today the Consul General of the Islamic Republic of Iran in Slemani and his accompanying delegation. The two sides discussed the reopening of the Kele border crossing for trade and the situation of Iranian Kurdish refugees in the camps of Koya district. The consul said Tehran wanted good neighbourly relations with the Kurdistan Region.""",
  [E("meeting", "bilateral meeting", d, Q("Ranya", "IQ", 36.26, 44.88), ["Raparin administration", "Iran"])],
  [SUL, M("Kele border crossing", 36.40, 45.15, "IQ", "approximate, crossing north-east of Qaladze"), Q("Koya", "IQ", 36.08, 44.63, q="Koysinjaq"), Q("Tehran", "IR", 35.69, 51.42)],
  "A meeting 'today' in Ranya. Slemani: where the consulate is (qualifier). Kele crossing and Koya: topics. Tehran: metonym.",
  ["kurdistan", "meeting", "today", "topic_place", "qualifier_place", "metonym", "translation"])

# 6 Jinderes
d = "2022-11-21"
N(6, d, f"""(Translated from Arabic) Aleppo countryside – Two children were killed and five civilians were wounded when artillery shells fired by the SDF and regime forces fell on residential neighbourhoods in the town of Jinderes in the Afrin area north of Aleppo on {WD(d)} afternoon, according to the Syrian Civil Defence (White Helmets). The shelling came hours after Turkish warplanes struck SDF positions in Ain al-Arab (Kobani) and in rural Hasakah, in an operation Turkey called "Claw-Sword".""",
  [E("incident", "shelling", d, Q("Jinderes", "SY", 36.40, 36.69, q="Jindayris"), ["SDF", "Syrian army", "civilians"])],
  [Q("Aleppo", "SY", 36.20, 37.16), Q("Kobani", "SY", 36.89, 38.35, q="Ayn al Arab"), Q("Hasakah", "SY", 36.50, 40.75, q="Al Hasakah")],
  "Monday afternoon. The Turkish strikes 'hours' earlier are named regions with no specific day of their own in this text; left as background (a judgement call, they are far: ~150-370 km).",
  ["weekday_date", "admin_qualifier", "background_event", "translation"])

# 7 Al-Sanamayn
d = "2023-10-09"
N(7, d, f"""(Translated from Arabic) Daraa – Unknown gunmen assassinated a former opposition commander who had joined the regime's Fourth Division after the 2018 settlement, by shooting him in front of his house in the city of al-Sanamayn in the northern Daraa countryside on {WD(d,-1)} evening, local sources told Horan Free League. His brother was wounded in the attack. The sources said the man was originally from the town of Inkhil and had moved to al-Sanamayn two years ago.""",
  [E("incident", "assassination", DAY(d, -1), Q("al-Sanamayn", "SY", 33.07, 36.18, q="As Sanamayn"), ["unknown gunmen", "Fourth Division member"])],
  [Q("Daraa", "SY", 32.62, 36.10), Q("Inkhil", "SY", 33.02, 36.13)],
  "Sunday evening. Inkhil: home town (~7 km). The 2018 settlement: background.",
  ["weekday_date", "home_town", "admin_qualifier", "translation"])

# 8 Muhardah
d = "2020-01-27"
N(8, d, f"""(Translated from Arabic) Hama – The official news agency SANA said that "terrorist groups" fired rocket shells at the city of Muhardah in the northern Hama countryside on {WD(d)}, killing a woman and wounding four civilians, and causing material damage to houses and the city's power station. Army units responded to the sources of fire in the Idlib de-escalation zone, the agency added, without giving details.""",
  [E("incident", "rocket fire", d, Q("Muhardah", "SY", 35.25, 36.57, q="Maharda"), ["opposition groups", "civilians"])],
  [Q("Idlib", "SY", 35.93, 36.63)],
  "Monday. The army's response has no place (Idlib zone, region only; Idlib listed at ~75 km).",
  ["weekday_date", "admin_qualifier", "official_media", "translation"])

# 9 Qlayleh
d = "2024-07-10"
N(9, d, f"""(Translated from French) An Israeli drone struck a car on the road between Qlayleh and Ras el-Ain, south of Tyre, on {WD(d)} morning, killing its driver, a member of Hezbollah according to security sources. The strike occurred a few hundred metres from the Rashidieh Palestinian camp. In retaliation, Hezbollah said it had fired dozens of Katyusha rockets at the Israeli army's positions in the occupied Golan. A second raid had targeted the same road in May.""",
  [E("incident", "drone strike", d, M("Qlayleh", 33.22, 35.22, "LB", "approximate, coastal village south of Tyre"), ["Israel", "Hezbollah"])],
  [Q("Tyre", "LB", 33.27, 35.20), M("Golan Heights", 33.00, 35.75, "IL", "approximate, centre of the Golan plateau")],
  "Wednesday. The road is pinned at its first-named village. Tyre: reference (~6 km). Golan rockets: no specific place. May raid: month only.",
  ["weekday_date", "road", "near_place", "back_reference", "translation"])

# 10 Chebaa
d = "2024-01-06"
N(10, d, f"""(Translated from Arabic) Hasbaya – The outskirts of the town of Chebaa and the hills around it in the Hasbaya district were subjected on {WD(d)} to intermittent Israeli artillery shelling, the National News Agency reported, while reconnaissance aircraft flew over the Arqoub area. No casualties were reported. Residents said shells fell near a water reservoir on the road to Chebaa farms.""",
  [E("incident", "shelling", d, M("Chebaa", 33.35, 35.74, "LB", "approximate, town on the slopes of Mount Hermon"), ["Israel"])],
  [M("Hasbaya", 33.40, 35.68, "LB", "approximate, district town")],
  "Saturday. Overflights are not events. Chebaa farms: topic of a road, not listed.",
  ["weekday_date", "admin_qualifier", "translation"])

# 11 Anabta
d = "2023-09-12"
N(11, d, f"""(Translated from Arabic) Tulkarm – Three citizens were injured with live bullets on {WD(d)} evening during the storming of the town of Anabta, east of Tulkarm, by the occupation forces, WAFA reported. Local sources said the forces raided several houses and arrested a young man, and fired tear gas at youths who confronted them near the Jubara checkpoint. The injured were taken to the Thabet Thabet governmental hospital in Tulkarm.""",
  [E("incident", "raid, shooting", d, Q("Anabta", "PS", 32.31, 35.12), ["Israel army", "Palestinians"])],
  [Q("Tulkarm", "PS", 32.31, 35.03)],
  "Tuesday. Arrest and tear gas are part of the same raid. Tulkarm: reference and hospital (~8 km). The checkpoint is a sub-site (not listed).",
  ["weekday_date", "hospital", "nominal_form", "translation"])

# 12 Yarim
d = "2019-12-03"
N(12, d, f"""(Translated from Arabic) Ibb – Tribal sources in Ibb governorate said that clashes broke out on {WD(d,-1)} between Houthi gunmen and tribesmen in the Bani Mansour area of Yarim district, north of the governorate, after the group tried to arrest a tribal sheikh. Four Houthi members and two tribesmen were killed, according to the sources. The Houthi-run Saba agency in Sanaa described the tribesmen as "outlaws".""",
  [E("incident", "armed clashes", DAY(d, -1), Q("Yarim", "YE", 14.30, 44.38), ["Houthis", "tribesmen"])],
  [Q("Ibb", "YE", 13.97, 44.18), Q("Sanaa", "YE", 15.35, 44.21)],
  "Monday. An area of Yarim district pinned at Yarim. Ibb: governorate qualifier (~42 km). Sanaa: statement place.",
  ["weekday_date", "district", "admin_qualifier", "statement_place", "translation"])

# 13 Armardeh
d = "2022-06-28"
N(13, d, f"""(Translated from Persian) Two kolbars (cross-border porters) from Baneh were shot dead by Iran's border guards on {WD(d,-1)} on the heights of the border near the village of Armardeh, Hengaw Organization for Human Rights reported. The two men, aged 24 and 31, were carrying goods from the Kurdistan Region of Iraq. According to Hengaw, at least 20 kolbars have been killed by direct fire this year, most of them in Sardasht and Baneh.""",
  [E("incident", "shooting", DAY(d, -1), Q("Armardeh", "IR", 35.93, 45.80, q="Armardeh"), ["Iran border guards", "kolbars"])],
  [Q("Baneh", "IR", 36.00, 45.89), Q("Sardasht", "IR", 36.16, 45.48)],
  "Monday. Baneh: home town (~12 km, inside radius). Sardasht: yearly tally, background.",
  ["weekday_date", "home_town", "background_event", "translation"])

# 14 Ceylanpinar
d = "2019-10-12"
N(14, d, f"""(Translated from Turkish) Şanlıurfa – Mortar shells fired by YPG/PKK terrorists from Ras al-Ain on the Syrian side hit a residential area in the Ceylanpınar district of Şanlıurfa on {WD(d,-1)}, wounding three civilians, the governor's office announced. The wounded were taken to the Ceylanpınar state hospital. The attack came on the third day of Operation Peace Spring, launched by the Turkish Armed Forces east of the Euphrates.""",
  [E("incident", "mortar fire", DAY(d, -1), Q("Ceylanpinar", "TR", 36.85, 40.05, q="Ceylanpınar"), ["YPG", "civilians"])],
  [Q("Sanliurfa", "TR", 37.17, 38.79, q="Şanlıurfa"), Q("Ras al-Ain", "SY", 36.85, 40.07, q="Ra's al 'Ayn")],
  "Friday. Ras al-Ain: launch origin, directly across the border (~2 km; it cannot count as a distractor). The operation's start: campaign background.",
  ["weekday_date", "launch_origin", "admin_qualifier", "campaign", "translation"])

# 15 Korosten
d = "2022-06-25"
N(15, d, f"""(Translated from Ukrainian) Zhytomyr oblast – On the morning of {WD(d)}, the enemy launched a missile strike on an infrastructure facility in the Korosten district, the head of the regional military administration said on Telegram. According to preliminary data, one serviceman was killed and another wounded. The missiles were fired from the territory of Belarus, he said. "The Zhytomyr region remains a target," the official wrote, urging residents not to ignore air-raid alerts.""",
  [E("incident", "missile strike", d, Q("Korosten", "UA", 50.95, 28.64), ["Russia", "Ukraine army"])],
  [Q("Zhytomyr", "UA", 50.25, 28.66)],
  "Saturday morning. District pinned at its seat. Belarus: launch origin, country only. Zhytomyr: region name (~78 km).",
  ["weekday_date", "district", "launch_origin", "translation"])

# 16 Krolevets
d = "2024-04-30"
N(16, d, f"""(Translated from Ukrainian) Sumy region – During the past day, Russian forces carried out 27 attacks on border communities of the Sumy region, the regional military administration reported. In the Krolevets community, a guided aerial bomb hit a private house; a 57-year-old woman was injured. The Znob-Novhorodske and Svesa communities were shelled with mortars; no casualties were reported there. The regional centre, Sumy, was not attacked.""",
  [E("incident", "guided bomb strike", [DAY(d, -1), d], Q("Krolevets", "UA", 51.55, 33.38), ["Russia", "civilians"]),
   E("incident", "mortar shelling", [DAY(d, -1), d], Q("Znob-Novhorodske", "UA", 52.26, 33.60, q="Znob Novhorodske"), ["Russia"]),
   E("incident", "mortar shelling", [DAY(d, -1), d], Q("Svesa", "UA", 51.95, 33.93), ["Russia"])],
  [Q("Sumy", "UA", 50.91, 34.80)],
  "'Past day' → D-1..D. Three named communities: three pins. Sumy: explicitly not attacked.",
  ["past_day", "multi_event", "district", "negated_place", "translation"])

# 17 Haisyn
d = "2023-03-09"
N(17, d, f"""(Translated from Ukrainian) Vinnytsia region – In the Haisyn district, a Russian missile hit the territory of an agricultural enterprise during the massive attack on the night of {WD(d)}, the head of the regional military administration said. Grain warehouses were destroyed; there were no casualties. Air defence forces shot down several missiles over the region, including near Vinnytsia. Debris fell in fields of the Tulchyn district.""",
  [E("incident", "missile strike", d, Q("Haisyn", "UA", 48.81, 29.38, q="Haysyn"), ["Russia", "agricultural enterprise"]),
   E("incident", "missile debris", d, Q("Tulchyn", "UA", 48.68, 28.85), ["Russia", "Ukraine air defence"], optional=True)],
  [Q("Vinnytsia", "UA", 49.23, 28.47)],
  "'On the night of Thursday' → Thursday. Debris in the Tulchyn district: optional. Interceptions near Vinnytsia: region, not pinned (listed, ~75 km from Haisyn).",
  ["weekday_date", "district", "debris", "interception", "translation"])

# 18 Novozybkov
d = "2024-02-17"
N(18, d, f"""(Translated from Russian) Bryansk region – Over the town of Novozybkov, air defence forces destroyed a Ukrainian drone on the night of {WD(d)}, the governor of the Bryansk region reported. There were no casualties or damage, he said. Operational services are working at the site. Earlier, the Ministry of Defence reported that drones had been intercepted over the Belgorod and Kursk regions.""",
  [E("incident", "drone interception", d, Q("Novozybkov", "RU", 52.54, 31.94), ["Ukraine", "Russia air defence"], optional=True)],
  [Q("Bryansk", "RU", 53.25, 34.37)],
  "Interception without damage: optional, no scored gold. Belgorod and Kursk regions: region names only (not listed).",
  ["weekday_date", "interception", "no_scored_gold", "translation"])

# 19 Unecha
d = "2023-01-04"
N(19, d, f"""(Translated from Russian) A fire broke out at a pumping station of the Druzhba oil pipeline near Unecha in the Bryansk region after an attack by two drones on {WD(d,-1)} evening, a source in the emergency services told the regional outlet. One drone was shot down, the second hit a fuel tank. The governor wrote on Telegram that no one was hurt. The same station was hit by a drone in November.""",
  [E("incident", "drone attack", DAY(d, -1), Q("Unecha", "RU", 52.84, 32.69), ["Ukraine", "Transneft"])],
  [],
  "Tuesday evening. The interception is part of the same attack. November hit: month only, same place, not listed.",
  ["weekday_date", "back_reference", "translation"])

# 20 Tillaberi
d = "2022-03-22"
N(20, d, f"""(Translated from French) Tillabéri – Armed individuals on motorcycles attacked on {WD(d,-1)} a truck carrying traders to the weekly market, around fifteen kilometres from the town of Tillabéri, killing at least eight people, a local elected official told us. The regional governor's office confirmed the attack and said that reinforcements had been sent from Ouallam. The curfew on motorcycles in force since 2020 has been extended until June.""",
  [E("incident", "armed attack", DAY(d, -1), OFF("15 km from Tillabéri", Q("Tillabéri", "NE", 14.21, 1.45, q="Tillaberi"), 15, 0), ["jihadists", "civilians"], alts=[Q("Tillabéri", "NE", 14.21, 1.45, q="Tillaberi")])],
  [Q("Ouallam", "NE", 14.32, 2.09)],
  "Monday. 'About fifteen kilometres from Tillabéri' without a direction: pinned 15 km north (computed, a judgement call) with Tillabéri itself as alternate. Ouallam: reinforcement origin. The curfew extension: future.",
  ["weekday_date", "offset", "origin_place", "future_event", "translation"])

# 21 Foube
d = "2022-10-31"
N(21, d, f"""(Translated from French) Centre-North – Unidentified armed men attacked the site for internally displaced persons at Foubé, in the commune of Barsalogho (Sanmatenga province), during the night of {WD(d,-1)} to {WD(d)}, killing at least ten displaced people, security and local sources said. Many survivors fled on foot to Kaya, the regional capital. In the same commune, a supply convoy was attacked in September near Gaskindé.""",
  [E("incident", "armed attack", [DAY(d, -1), d], M("Foubé", 13.55, -1.07, "BF", "approximate, village north of Barsalogho; placement uncertain"), ["jihadists", "IDPs"])],
  [Q("Kaya", "BF", 13.09, -1.08), M("Gaskindé", 13.75, -1.03, "BF", "approximate, village north of Barsalogho on the Djibo road")],
  "Night of Sunday to Monday → D-1..D. Barsalogho commune: qualifier (~20 km, not listed). Kaya: refuge. Gaskindé: September convoy attack, month only.",
  ["night_of", "admin_qualifier", "refuge_place", "background_event", "translation"])

# 22 Luuq
d = "2021-08-09"
N(22, d, f"""(Translated from Somali) Gedo – Al-Shabaab fighters fired mortar shells at the base of Ethiopian troops in Luuq district on {WD(d,-1)} night, according to local residents. Some of the mortars landed near the main market, and a child was wounded. The district commissioner said the militants had fired from the outskirts near the Jubba river. In Dolow, the Ethiopian forces were reported to have reinforced their positions.""",
  [E("incident", "mortar attack", DAY(d, -1), Q("Luuq", "SO", 3.80, 42.54), ["al-Shabaab", "Ethiopia army"])],
  [Q("Dolow", "SO", 4.16, 42.08, q="Dolow")],
  "Sunday night. Dolow: reinforcement with no date (~65 km). Ethiopian troops: nationality of the target.",
  ["weekday_date", "district", "nationalities", "translation"])

# 23 Beled Hawo
d = "2020-03-03"
N(23, d, f"""(Translated from Somali) Heavy fighting broke out early on {WD(d,-1)} in the border town of Dolow between forces loyal to the Jubaland administration and Somali federal government troops, residents said. At least 11 fighters were killed, and hundreds of families crossed the Dawa river into the Ethiopian town of Dolo Ado. The former Jubaland security minister, who escaped from prison in Mogadishu in January, was leading the Jubaland side, witnesses said.""",
  [E("incident", "armed clashes", DAY(d, -1), M("Dolow", 4.16, 42.08, "SO", "approximate, border town on the Dawa river opposite Dolo Ado"), ["Jubaland forces", "Somali federal army"])],
  [M("Dolo Ado", 4.18, 42.06, "ET", "approximate, Ethiopian town across the Dawa river"), Q("Mogadishu", "SO", 2.04, 45.34)],
  "Monday. Composite (moved from a real 2020 clash elsewhere in Gedo). Dolo Ado: refuge across the border (~3 km; cannot be a distractor). Mogadishu: January escape, background.",
  ["weekday_date", "refuge_place", "background_event", "translation"])

# 24 Kemise
d = "2023-04-10"
N(24, d, f"""(Translated from Amharic) Fighting broke out on {WD(d,-1)} in Kemise town, the capital of the Oromo Special Zone in the Amhara region, between Amhara regional special forces and members of the federal army, after the special forces refused to be dissolved, residents told our reporter. Shops remained closed on {WD(d)}. The government says the integration of regional special forces into the army and police will continue as planned.""",
  [E("incident", "armed clashes", DAY(d, -1), Q("Kemise", "ET", 10.72, 39.87), ["Amhara special forces", "Ethiopia army"])],
  [],
  "Sunday. Closed shops on Monday: not an event. The integration: future.",
  ["weekday_date", "future_event", "translation"])

# 25 Debre Sina
d = "2024-02-06"
N(25, d, f"""(Translated from Amharic) Residents said that a drone strike hit a minibus at the bus station of Debre Sina town in North Shewa zone around noon on {WD(d,-1)}, killing at least five passengers. The passengers were travelling from Addis Ababa to Dessie. Fano fighters had entered the town the previous week before withdrawing. Wounded were treated at the Debre Sina primary hospital.""",
  [E("incident", "drone strike", DAY(d, -1), Q("Debre Sina", "ET", 9.85, 39.76, q="Debre Sina"), ["Ethiopia army", "civilians"])],
  [Q("Addis Ababa", "ET", 9.02, 38.75), Q("Dessie", "ET", 11.13, 39.64)],
  "Monday. Addis Ababa and Dessie: origin and destination of the passengers. Fano's entry 'the previous week': undated background.",
  ["weekday_date", "origin_place", "background_event", "translation"])

# 26 Al-Managil
d = "2024-01-08"
N(26, d, f"""(Translated from Arabic) Gezira – The Rapid Support Forces attacked on {WD(d,-1)} the outskirts of the city of al-Managil, west of Wad Madani, where they clashed with the army and the "popular resistance" for several hours, according to eyewitnesses. A medical source at al-Managil teaching hospital said it had received the bodies of six people. The RSF took control of Wad Madani, the capital of Gezira state, in December.""",
  [E("incident", "armed clashes", DAY(d, -1), Q("al-Managil", "SD", 14.25, 32.99, q="Al Manaqil"), ["RSF", "Sudan army", "popular resistance"])],
  [Q("Wad Madani", "SD", 14.40, 33.52)],
  "Sunday. Wad Madani: reference and December background (~60 km).",
  ["weekday_date", "near_place", "background_event", "translation"])

# 27 Baraka
d = "2021-05-18"
N(27, d, f"""(Translated from French) South Kivu – Clashes between the FARDC and a Mai-Mai militia were reported on {WD(d,-1)} in the town of Baraka, in Fizi territory, according to civil society sources. Two soldiers and a civilian were killed and several shops were looted. Fizi's territorial administrator said calm had returned on {WD(d)} morning. Displaced people from the high plateaux of Minembwe had sought refuge in Baraka in recent months.""",
  [E("incident", "armed clashes", DAY(d, -1), M("Baraka", -4.10, 29.09, "CD", "approximate, lakeside town north of Fizi on Lake Tanganyika"), ["FARDC", "Mai-Mai"])],
  [M("Minembwe", -3.53, 28.97, "CD", "approximate, high-plateau locality west of Uvira")],
  "Monday. Fizi territory: qualifier. Minembwe: origin of displaced people, undated.",
  ["weekday_date", "admin_qualifier", "refuge_place", "translation"])

# 28 Puerto Rondon
d = "2022-01-04"
N(28, d, f"""(Translated from Spanish) Arauca – Three people were murdered on the rural road between Puerto Rondón and Tame, in the department of Arauca, on {WD(d,-1)}, the departmental government reported, in the middle of the confrontation between the ELN and dissidents of the former FARC that has left more than 20 dead since the weekend. The governor called an emergency security council for {WD(d,1)} in the city of Arauca.""",
  [E("incident", "killings", DAY(d, -1), Q("Puerto Rondón", "CO", 6.28, -71.10, q="Puerto Rondon"), ["armed groups", "civilians"])],
  [Q("Arauca", "CO", 7.08, -70.76), Q("Tame", "CO", 6.46, -71.74)],
  "Monday. A road is pinned at its first-named town (Puerto Rondón). Tame: second road end (~70 km). The security council on Wednesday: future.",
  ["weekday_date", "road", "future_event", "translation"])

# 29 Jerez
d = "2023-10-17"
N(29, d, f"""(Translated from Spanish) Zacatecas – A confrontation between elements of the State Preventive Police and an armed group left four aggressors dead and two officers wounded on the highway to Tlaltenango, at the exit of the municipality of Jerez, on the night of {WD(d,-1)}, the Zacatecas security secretariat reported. Two armoured trucks and long weapons were seized. The state capital has been reinforced with elements of the National Guard.""",
  [E("incident", "armed clash", DAY(d, -1), Q("Jerez", "MX", 22.65, -102.99, q="Jerez de Garcia Salinas"), ["Zacatecas state police", "cartel gunmen"])],
  [Q("Zacatecas", "MX", 22.77, -102.58)],
  "Monday night. A highway exit of Jerez pinned at Jerez. Tlaltenango: road destination (not listed, ~90 km). Zacatecas: state capital (reinforcement, undated).",
  ["weekday_date", "road", "nominal_form", "translation"])

# 30 Yaguachi
d = "2024-03-25"
N(30, d, f"""(Translated from Spanish) Guayas – Five people were killed by hooded gunmen who burst into a house in the San Jacinto de Yaguachi canton on {WD(d,-2)} night, the National Police confirmed. According to the first investigations, the attack was a dispute between criminal groups over drug sales. The Guayas province, whose capital is Guayaquil, has one of the highest murder rates in the country.""",
  [E("incident", "mass shooting", DAY(d, -2), Q("Yaguachi", "EC", -2.10, -79.69, q="Yaguachi Nuevo"), ["criminal gang", "civilians"])],
  [Q("Guayaquil", "EC", -2.19, -79.89)],
  "Saturday night. Canton pinned at its seat. Guayaquil: province capital qualifier (~24 km, inside radius).",
  ["weekday_date", "district", "admin_qualifier", "passive", "translation"])
