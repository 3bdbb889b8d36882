from lib import *
R = "wire"
DOCS = []
add = DOCS.append
W = "Wire story: the dateline city is a non-event place unless the text puts the event there. "


def N(num, d, text, events, nonev, note, tags):
    add(D(R, num, d, text, events, nonev, W + note, ["wire"] + tags))


ERB = Q("Erbil", "IQ", 36.19, 44.01)
BGD = Q("Baghdad", "IQ", 33.34, 44.40)
BEY = Q("Beirut", "LB", 33.89, 35.50)
DXB = Q("Dubai", "AE", 25.08, 55.31)
KYV = Q("Kyiv", "UA", 50.45, 30.52)
MOS = Q("Moscow", "RU", 55.75, 37.62)

# 1 Sherwan Mazin
d = "2023-08-09"
N(1, d, f"""ERBIL, Iraq, Aug 9 (Reuters) - A drone struck a pickup truck on a mountain road near Sherwan Mazin in the Barzan area of northern Iraq late on {WD(d,-1)}, killing three men, the Kurdistan Region's counter-terrorism service said on {WD(d)}.

The service said the dead were members of the Kurdistan Workers' Party (PKK) and blamed Turkey, which has waged a years-long air campaign against the group in Iraq's mountainous border areas. A fourth man was taken to hospital in Soran with burns, a local official said.

Baghdad has protested repeatedly over Turkish strikes on Iraqi territory. Turkey's defence ministry did not comment.""",
  [E("incident", "drone strike", DAY(d, -1), M("Sherwan Mazin", 36.93, 44.23, "IQ", "approximate, village in the Barzan area of Mergasor district"), ["Türkiye", "PKK"])],
  [ERB, Q("Soran", "IQ", 36.66, 44.54), BGD],
  "Composite. Strike late Tuesday, statement Wednesday. Soran: hospital (~35 km). Baghdad: metonym.",
  ["dateline_not_event", "weekday_date", "late_on", "said_on_weekday", "hospital", "metonym", "kurdistan"])

# 2 Mutaibija
d = "2022-03-13"
N(2, d, f"""BAGHDAD, March 13 (Reuters) - Islamic State militants attacked an army post in the Mutaibija area between Salahuddin and Diyala provinces late on {WD(d,-1)}, killing three soldiers and wounding two, Iraqi security sources said.

The militants used sniper rifles and hand grenades before withdrawing into the orchards along the Udhaim river, one source said. The wounded were taken to hospital in Tikrit.

Islamic State cells have stepped up hit-and-run raids in the area; in January, militants killed 11 soldiers in an attack on a barracks near Tarmiyah.""",
  [E("incident", "armed attack", DAY(d, -1), M("Mutaibija", 34.08, 44.25, "IQ", "approximate, rural area on the Salahuddin-Diyala boundary east of Samarra"), ["ISIS", "Iraq army"])],
  [BGD, Q("Tikrit", "IQ", 34.62, 43.68), Q("Tarmiyah", "IQ", 33.67, 44.40, q="Tarmiyah")],
  "Attack late Saturday, published Sunday. Tikrit: hospital (~65 km). Tarmiyah: earlier attack 'in January' without a day: background, non-event.",
  ["dateline_not_event", "weekday_date", "late_on", "hospital", "background_event"])

# 3 Qaradagh
d = "2024-01-21"
N(3, d, f"""SULAYMANIYAH, Iraq, Jan 21 (Reuters) - A drone strike hit a car in the Qaradagh district south of Sulaymaniyah on {WD(d,-1)} evening, killing two people, local officials said on {WD(d)}.

Qaradagh's mayor told reporters the two were members of a group affiliated with the PKK, which keeps its main bases in the Qandil mountains near the Iranian border. There was no immediate claim for the strike.""",
  [E("incident", "drone strike", DAY(d, -1), Q("Qaradagh", "IQ", 35.31, 45.39, q="Qeredagh"), ["unknown", "PKK-affiliated group"])],
  [Q("Sulaymaniyah", "IQ", 35.56, 45.43), M("Qandil mountains", 36.45, 45.05, "IQ", "approximate, mountain range on the Iran border north of Ranya")],
  "Composite. Saturday evening, said Sunday. The dateline is ~28 km away (inside the radius). Qandil: where the PKK keeps its bases, no event. Gazetteer Qeredagh.",
  ["dateline_not_event", "weekday_date", "said_on_weekday", "kurdistan"])

# 4 Aynata + Qantara
d = "2024-02-14"
N(4, d, f"""BEIRUT, Feb 14 (Reuters) - Israeli air strikes hit the south Lebanon villages of Aynata and Qantara on {WD(d,-1)}, killing a Hezbollah fighter and a woman, security sources and the state news agency said.

The strike on Qantara destroyed a two-storey house near the Wadi Saluki valley, the sources said. Hezbollah said in a statement on {WD(d)} it had targeted barracks in Kiryat Shmona in response to what it called attacks on civilians.""",
  [E("incident", "air strike", DAY(d, -1), M("Aynata", 33.12, 35.44, "LB", "approximate, village north-west of Bint Jbeil"), ["Israel", "Hezbollah"]),
   E("incident", "air strike", DAY(d, -1), M("Qantara", 33.21, 35.50, "LB", "approximate, village in Marjayoun district above Wadi Saluki"), ["Israel", "civilians"])],
  [BEY, Q("Kiryat Shmona", "IL", 33.21, 35.57, q="Qiryat Shmona")],
  "Composite. Two named villages: two events on Tuesday. Kiryat Shmona: Hezbollah's claimed target without a date (~7 km from Qantara, so it cannot count as a distractor). Gazetteer Aïnâta is a homonym in north Lebanon, rejected.",
  ["dateline_not_event", "weekday_date", "multi_event", "said_on_weekday", "homonym"])

# 5 Brital
d = "2024-08-07"
N(5, d, f"""BEIRUT, Aug 7 (Reuters) - An Israeli drone strike on a motorbike in the town of Brital in Lebanon's eastern Bekaa valley killed a man on {WD(d)} morning, a security source said, in one of the deepest Israeli strikes inside Lebanon in recent weeks.

The man, whom the source described as a Hezbollah member, died before reaching hospital in Baalbek. The strike came a day after Hezbollah launched explosive drones at a military post near Beit Hillel in northern Israel.""",
  [E("incident", "drone strike", d, Q("Brital", "LB", 33.93, 36.15, q="Britel"), ["Israel", "Hezbollah"])],
  [BEY, Q("Baalbek", "LB", 34.01, 36.21), Q("Beit Hillel", "IL", 33.21, 35.61, q="Bet Hillel")],
  "Strike Wednesday morning, same day. Baalbek: hospital (~10 km). Beit Hillel: back-reference giving the cause, non-event.",
  ["dateline_not_event", "weekday_date", "hospital", "back_reference"])

# 6 Jaber crossing
d = "2023-04-26"
N(6, d, f"""AMMAN, April 26 (Reuters) - Jordanian soldiers shot dead a smuggler and wounded two others in a clash near the Jaber border crossing with Syria before dawn on {WD(d)}, the army said.

Troops seized 1.2 million amphetamine pills after the gunmen tried to cross under cover of fog, the army said. It said the group came from the Daraa area across the border, opposite the Syrian crossing of Nassib.""",
  [E("incident", "armed clash", d, M("Jaber border crossing", 32.53, 36.21, "JO", "approximate, crossing north of Mafraq opposite Nassib"), ["Jordan army", "smugglers"])],
  [Q("Amman", "JO", 31.96, 35.95), Q("Daraa", "SY", 32.62, 36.10), M("Nassib", 32.55, 36.20, "SY", "approximate, Syrian crossing opposite Jaber")],
  "Composite. Before dawn on the publication day. Daraa: smugglers' origin (~14 km, inside the radius). Nassib: opposite crossing.",
  ["dateline_not_event", "weekday_date", "before_dawn", "origin_place", "border"])

# 7 Musaffah + airport
d = "2022-01-18"
N(7, d, f"""DUBAI, Jan 18 (Reuters) - Three fuel tankers exploded in the Musaffah industrial area of Abu Dhabi and a fire broke out at a construction site at Abu Dhabi International Airport on {WD(d,-1)} in what police said was probably a drone attack, killing three people.

Yemen's Houthi movement said in Sanaa it had launched missiles and drones at the United Arab Emirates. The Saudi-led coalition, of which the UAE is a member, vowed to respond.""",
  [E("incident", "drone attack", DAY(d, -1), Q("Musaffah", "AE", 24.36, 54.48), ["Houthis", "civilians"]),
   E("incident", "drone attack", DAY(d, -1), M("Abu Dhabi International Airport", 24.43, 54.65, "AE", "approximate, airport east of Abu Dhabi island"), ["Houthis"])],
  [DXB, Q("Sanaa", "YE", 15.35, 44.21)],
  "Two sites ~19 km apart, both Monday. Sanaa: statement place; the coalition's vow to respond is future.",
  ["dateline_not_event", "weekday_date", "multi_event", "statement_place", "gulf"])

# 8 Urif
d = "2023-06-22"
N(8, d, f"""JERUSALEM, June 22 (Reuters) - Dozens of Israeli settlers set fire to homes and cars in the Palestinian village of Urif, south of Nablus, on {WD(d,-1)}, the Palestinian health ministry said, a day after a gunman killed four Israelis near the settlement of Eli.

The ministry, in Ramallah, said six Palestinians were wounded, two of them by live fire. The Israeli military said troops were sent to disperse the crowd.""",
  [E("incident", "settler attack", DAY(d, -1), Q("Urif", "PS", 32.16, 35.22), ["Israeli settlers", "civilians"])],
  [Q("Jerusalem", "IL", 31.78, 35.22), Q("Eli", "PS", 32.06, 35.27), Q("Ramallah", "PS", 31.90, 35.20)],
  "Composite. Attack Wednesday. Eli: the earlier shooting, a back-reference giving the cause. Ramallah: statement place.",
  ["dateline_not_event", "weekday_date", "back_reference", "statement_place"])

# 9 al-Mughraqa
d = "2024-03-05"
N(9, d, f"""CAIRO, March 5 (Reuters) - Israeli air strikes on a house in al-Mughraqa in the central Gaza Strip killed 11 people overnight, Palestinian health officials said on {WD(d)}, as a Hamas delegation left Cairo without a deal on a truce.

The wounded were taken to Al-Aqsa Martyrs Hospital in Deir al-Balah, the officials said. Egyptian sources said talks would resume next week.""",
  [E("incident", "air strike", [DAY(d, -1), d], M("Al-Mughraqa", 31.46, 34.41, "PS", "approximate, area south of Gaza City near Wadi Gaza"), ["Israel", "civilians"])],
  [Q("Cairo", "EG", 30.04, 31.24), M("Al-Aqsa Martyrs Hospital", 31.42, 34.35, "PS", "approximate, hospital in Deir al-Balah")],
  "Composite. Overnight → D-1..D. Cairo: dateline and the place of talks that ended without a stated day; future talks not gold. Hospital ~7 km.",
  ["dateline_not_event", "overnight", "hospital", "future_event"])

# 10 Al-Jubah
d = "2021-02-10"
N(10, d, f"""RIYADH, Feb 10 (Reuters) - A ballistic missile fired by Yemen's Houthis hit a market in the Al-Jubah district south of Marib city on {WD(d,-1)}, killing five civilians, Yemen's government said.

The Iran-aligned group has pressed an offensive toward Marib for days. The Saudi-led coalition said separately it had intercepted an explosive drone launched toward Khamis Mushait in southern Saudi Arabia.""",
  [E("incident", "missile strike", DAY(d, -1), M("Al-Jubah", 15.18, 45.27, "YE", "approximate, district centre south of Marib; placement uncertain"), ["Houthis", "civilians"])],
  [Q("Riyadh", "SA", 24.69, 46.72), Q("Marib", "YE", 15.46, 45.33), Q("Khamis Mushait", "SA", 18.30, 42.73)],
  "Composite. Marib: reference city (~32 km, inside the radius). Khamis Mushait: the drone's direction; the interception has no place.",
  ["dateline_not_event", "weekday_date", "direction_place"])

# 11 Mudiyah
d = "2022-09-09"
N(11, d, f"""ADEN, Sept 9 (Reuters) - Al Qaeda militants attacked a checkpoint held by southern separatist forces in the Mudiyah district of Yemen's Abyan province on {WD(d,-1)}, killing four fighters, a spokesman for the forces said on {WD(d)}.

The Southern Transitional Council launched an offensive last month to drive the militants out of Abyan's valleys. The spokesman spoke by telephone from Zinjibar, the provincial capital.""",
  [E("incident", "armed attack", DAY(d, -1), Q("Mudiyah", "YE", 13.93, 46.08), ["AQAP", "STC forces"])],
  [Q("Aden", "YE", 12.78, 45.04), Q("Zinjibar", "YE", 13.13, 45.38)],
  "Composite. Thursday attack, said Friday. Zinjibar: statement place (~115 km).",
  ["dateline_not_event", "weekday_date", "said_on_weekday", "statement_place"])

# 12 Nikshahr
d = "2024-03-01"
N(12, d, f"""DUBAI, March 1 (Reuters) - Gunmen attacked a police station in the town of Nikshahr in Iran's Sistan-Baluchestan province overnight, killing two policemen, state media reported on {WD(d)}.

The provincial deputy governor said in Zahedan that the attackers fled toward the mountains. The Sunni militant group Jaish al-Adl has claimed similar attacks in the province. Tehran blames foreign powers for the unrest.""",
  [E("incident", "armed attack", [DAY(d, -1), d], Q("Nikshahr", "IR", 26.23, 60.21), ["Jaish al-Adl", "Iran police"])],
  [DXB, Q("Zahedan", "IR", 29.50, 60.86), Q("Tehran", "IR", 35.69, 51.42)],
  "Composite. Overnight → D-1..D. Zahedan: statement place; Tehran: metonym.",
  ["dateline_not_event", "overnight", "statement_place", "metonym"])

# 13 Cukurca
d = "2019-07-01"
N(13, d, f"""DIYARBAKIR, Turkey, July 1 (Reuters) - Two Turkish soldiers were killed and three wounded in a clash with Kurdish militants in a rural area of Cukurca in Hakkari province on {WD(d,-1)}, the provincial governor's office said.

The defence ministry said separately that air strikes had "neutralised" eight militants in the Hakurk region of northern Iraq as part of an operation launched in May.""",
  [E("incident", "armed clash", DAY(d, -1), Q("Cukurca", "TR", 37.25, 43.61), ["Türkiye", "PKK"])],
  [Q("Diyarbakir", "TR", 37.91, 40.22), M("Hakurk", 36.95, 44.35, "IQ", "approximate, mountain area of the Iraqi border north-east of Sidakan; region only")],
  "Composite. Sunday clash. Hakkari: only a province qualifier. Hakurk: region-wide air strikes without a day, non-event.",
  ["dateline_not_event", "weekday_date", "passive", "admin_qualifier", "region_only"])

# 14 Wadi Kabir
d = "2024-07-16"
N(14, d, f"""DUBAI, July 16 (Reuters) - Gunmen opened fire on worshippers at a mosque in the Wadi Kabir area of the Omani capital Muscat late on {WD(d,-1)}, killing six people including a policeman, Oman police said on {WD(d)}.

The three attackers were killed by security forces, police said. The attack was a rare outbreak of violence in the Gulf state, which has long acted as a mediator in the region's conflicts.""",
  [E("incident", "shooting", DAY(d, -1), M("Wadi Kabir", 23.60, 58.55, "OM", "approximate, district of Muscat south of Muttrah"), ["gunmen", "civilians"], alts=[Q("Muscat", "OM", 23.59, 58.41)])],
  [DXB],
  "Shooting late Monday, police statement Tuesday. Wadi Kabir is a district of Muscat: the city as alternate.",
  ["dateline_not_event", "weekday_date", "late_on", "said_on_weekday", "neighbourhood", "gulf"])

# 15 Al-Kiswah
d = "2023-01-03"
N(15, d, f"""BEIRUT, Jan 3 (Reuters) - Israeli missiles struck positions near al-Kiswah south of Damascus late on {WD(d,-1)}, killing two soldiers, Syrian state media said.

Syrian air defences intercepted some of the missiles, which were fired from the direction of the occupied Golan Heights, the state news agency SANA said, quoting a military source. Israel rarely comments on strikes in Syria.""",
  [E("incident", "missile strike", DAY(d, -1), Q("Al-Kiswah", "SY", 33.36, 36.24, q="Al Kiswah"), ["Israel", "Syrian army"])],
  [BEY, M("Golan Heights", 33.00, 35.75, "IL", "approximate, plateau south-west of Damascus; launch direction")],
  "Monday night strike. The Golan Heights: launch direction. Damascus is a reference (~18 km), not listed.",
  ["dateline_not_event", "weekday_date", "late_on", "origin_place", "state_media"])

# 16 Lebedyn + Romny
d = "2024-05-31"
N(16, d, f"""KYIV, May 31 (Reuters) - Russian glide bombs hit the town of Lebedyn in Ukraine's Sumy region on {WD(d,-1)}, killing one person, and a drone struck an infrastructure site in Romny, the regional administration said.

The administration, based in Sumy, said the bombs were dropped by aircraft flying over Russia's Kursk region. Ukrainian officials have urged Western partners to allow strikes on airfields inside Russia.""",
  [E("incident", "glide bomb strike", DAY(d, -1), Q("Lebedyn", "UA", 50.58, 34.48), ["Russia", "civilians"]),
   E("incident", "drone strike", DAY(d, -1), Q("Romny", "UA", 50.74, 33.49), ["Russia"])],
  [KYV, Q("Sumy", "UA", 50.92, 34.80), Q("Kursk", "RU", 51.73, 36.19)],
  "Composite. Both on Thursday (the Romny strike follows in the same sentence). Sumy: statement place (~43 km from Lebedyn). Kursk: launch area. Lebedyn homonym in Cherkasy region rejected by position.",
  ["dateline_not_event", "weekday_date", "multi_event", "statement_place", "origin_place"])

# 17 Afipsky
d = "2024-07-01"
N(17, d, f"""MOSCOW, July 1 (Reuters) - Ukrainian drones set fire to a processing unit at the Afipsky oil refinery in Russia's southern Krasnodar region overnight, regional officials said on {WD(d)}.

The fire was put out within hours and no one was hurt, the officials said in Krasnodar. The Russian defence ministry said air defences had destroyed drones over the Bryansk region. The Tuapse refinery on the Black Sea coast was hit in May.""",
  [E("incident", "drone attack", [DAY(d, -1), d], Q("Afipsky refinery", "RU", 44.90, 38.84, q="Afipskiy"), ["Ukraine"])],
  [MOS, Q("Krasnodar", "RU", 45.04, 38.98), Q("Tuapse", "RU", 44.10, 39.08)],
  "Composite. Overnight → D-1..D. Krasnodar: statement place (~19 km). Bryansk region: region only. Tuapse: earlier attack in May, no day: background.",
  ["dateline_not_event", "overnight", "facility", "background_event", "region_only"])

# 18 Sévaré
d = "2022-07-28"
N(18, d, f"""BAMAKO, July 28 (Reuters) - Suicide bombers drove two vehicles packed with explosives into the army camp at Sévaré in central Mali on {WD(d,-1)}, killing two soldiers, the army said.

Sévaré hosts the airport that serves the nearby river city of Mopti. The army said the attackers had come from the Bandiagara plateau. The attack came days after militants targeted the Kati military base outside Bamako.""",
  [E("incident", "suicide car bombing", DAY(d, -1), Q("Sévaré", "ML", 14.53, -4.10, q="Sevare"), ["JNIM", "Mali army"])],
  [Q("Bamako", "ML", 12.65, -8.00), Q("Mopti", "ML", 14.48, -4.18), Q("Bandiagara", "ML", 14.35, -3.61), Q("Kati", "ML", 12.74, -8.07)],
  "Composite. Wednesday. Mopti (~10 km), Bandiagara: attackers' origin. Kati: 'days after', undated background.",
  ["dateline_not_event", "weekday_date", "origin_place", "background_event"])

# 19 Mangaize
d = "2021-11-04"
N(19, d, f"""NIAMEY, Nov 4 (Reuters) - Gunmen on motorcycles killed 12 members of a village self-defence militia near Mangaizé in Niger's Tillabéri region on {WD(d,-1)}, the interior ministry said on {WD(d)}.

The ministry said the attackers crossed from neighbouring Mali and that troops had been sent from Ouallam. The tri-border area has been the scene of repeated massacres this year.""",
  [E("incident", "armed attack", DAY(d, -1), M("Mangaizé", 14.68, 1.05, "NE", "approximate, village north of Ouallam; placement uncertain"), ["gunmen", "militia"])],
  [Q("Niamey", "NE", 13.51, 2.11), Q("Ouallam", "NE", 14.32, 2.09)],
  "Composite. Wednesday attack, said Thursday. Ouallam: origin of reinforcements. Mali: country only.",
  ["dateline_not_event", "weekday_date", "said_on_weekday", "origin_place", "country_only"])

# 20 Magumeri
d = "2021-04-09"
N(20, d, f"""MAIDUGURI, Nigeria, April 9 (Reuters) - Islamic State West Africa Province fighters overran a military post in Magumeri in Nigeria's northeastern Borno state on {WD(d,-1)} evening, killing at least four soldiers and burning the local government secretariat, security sources said.

Residents fled into the bush and toward Maiduguri, the state capital, about 45 km to the southeast, the sources said. The army said it had repelled the attack.""",
  [E("incident", "armed attack", DAY(d, -1), Q("Magumeri", "NG", 12.12, 12.83), ["ISWAP", "Nigeria army"])],
  [Q("Maiduguri", "NG", 11.85, 13.16)],
  "Composite. Thursday evening. Maiduguri: dateline and refuge, ~45 km (inside the radius).",
  ["dateline_not_event", "weekday_date", "refuge_place"])

# 21 Hudur
d = "2023-05-22"
N(21, d, f"""MOGADISHU, May 22 (Reuters) - Al Shabaab fighters fired mortar rounds at the airstrip in Hudur, capital of Somalia's Bakool region, on {WD(d,-1)}, wounding three soldiers, a regional official said.

The official, speaking from Baidoa, said the insurgents had also blocked the road to the Ethiopian border. Ethiopian troops serving with the African Union force are based in the town.""",
  [E("incident", "mortar attack", DAY(d, -1), Q("Hudur", "SO", 4.12, 43.89, q="Xuddur"), ["al-Shabaab", "Somali army"])],
  [Q("Mogadishu", "SO", 2.04, 45.34), Q("Baidoa", "SO", 3.11, 43.65)],
  "Composite. Sunday. Baidoa: statement place (~115 km). Gazetteer Xuddur.",
  ["dateline_not_event", "weekday_date", "statement_place"])

# 22 Burie
d = "2023-09-08"
N(22, d, f"""ADDIS ABABA, Sept 8 (Reuters) - A drone strike hit a bus station in the town of Burie in Ethiopia's Amhara region on {WD(d,-1)}, killing at least 12 people, two residents and a health worker said.

Fighting between the federal army and the Fano militia has spread across Amhara since August. The regional government in Bahir Dar did not respond to requests for comment.""",
  [E("incident", "drone strike", DAY(d, -1), Q("Burie", "ET", 10.70, 37.07, q="Bure"), ["Ethiopia army", "civilians"])],
  [Q("Addis Ababa", "ET", 9.02, 38.75), Q("Bahir Dar", "ET", 11.59, 37.39)],
  "Composite. Thursday. Bahir Dar: metonym for the regional government (~100 km).",
  ["dateline_not_event", "weekday_date", "metonym"])

# 23 Wad al-Nura
d = "2024-06-06"
N(23, d, f"""PORT SUDAN, June 6 (Reuters) - Paramilitary Rapid Support Forces attacked the village of Wad al-Nura in Sudan's Gezira state on {WD(d,-1)}, killing more than 100 people, a local activist group said.

The group said the RSF used heavy weapons against residents who had tried to resist. The RSF, which took the state capital Wad Madani in December, said it had fought army-aligned fighters in the area. The sovereign council condemned the attack from Port Sudan.""",
  [E("incident", "massacre", DAY(d, -1), M("Wad al-Nura", 14.45, 32.87, "SD", "approximate, village in Al-Manaqil locality; placement uncertain"), ["RSF", "civilians"])],
  [Q("Port Sudan", "SD", 19.62, 37.22), Q("Wad Madani", "SD", 14.40, 33.52, q="Wad Medani")],
  "Wednesday. Wad Madani: captured in December, background (~70 km). Port Sudan: dateline and statement place.",
  ["dateline_not_event", "weekday_date", "background_event", "statement_place"])

# 24 Bunagana
d = "2022-06-14"
N(24, d, f"""KINSHASA, June 14 (Reuters) - M23 rebels seized the town of Bunagana on Congo's border with Uganda on {WD(d,-1)} after heavy fighting with the army, and dozens of Congolese soldiers fled across the frontier, local officials said.

Ugandan officials in Kisoro said 137 soldiers and police had crossed and been disarmed. Congo's government accused Rwanda of backing the rebels, which Kigali denies.""",
  [E("incident", "armed clashes", DAY(d, -1), M("Bunagana", -1.28, 29.60, "CD", "approximate, border town east of Rutshuru"), ["M23", "DRC army"])],
  [Q("Kinshasa", "CD", -4.32, 15.31), Q("Kisoro", "UG", -1.29, 29.69), Q("Kigali", "RW", -1.95, 30.06)],
  "Monday. Kisoro: refuge and statement place (~10 km). Kigali: metonym.",
  ["dateline_not_event", "weekday_date", "refuge_place", "metonym", "denial"])

# 25 Hpakant
d = "2023-10-25"
N(25, d, f"""BANGKOK, Oct 25 (Reuters) - Myanmar military jets bombed a jade-mining settlement near Hpakant in northern Kachin State on {WD(d,-1)}, killing at least eight people, a local rescue group and the Kachin Independence Army said.

The KIA, which has its headquarters in Laiza on the Chinese border, said the strike hit homes of miners. A junta spokesman in Naypyitaw did not answer calls.""",
  [E("incident", "air strike", DAY(d, -1), Q("Hpakant", "MM", 25.61, 96.31, q="Hpakan"), ["Myanmar military", "civilians"])],
  [Q("Bangkok", "TH", 13.75, 100.50), M("Laiza", 24.77, 97.56, "MM", "approximate, KIA headquarters on the Chinese border"), Q("Naypyitaw", "MM", 19.75, 96.13, q="Nay Pyi Taw")],
  "Composite. Tuesday. Laiza: headquarters, no event. Naypyitaw: metonym.",
  ["dateline_not_event", "weekday_date", "metonym"])

# 26 Drazinda
d = "2023-07-13"
N(26, d, f"""PESHAWAR, Pakistan, July 13 (Reuters) - Militants attacked a police checkpost in Drazinda, in the Dera Ismail Khan district of northwestern Pakistan, before dawn on {WD(d)}, killing three policemen, officials said.

The bodies were taken to the district headquarters hospital in Dera Ismail Khan. Last week, soldiers were killed in an assault on an army garrison in Zhob in neighbouring Baluchistan, the military said.""",
  [E("incident", "armed attack", d, M("Drazinda", 31.77, 70.12, "PK", "approximate, town at the foot of the Sulaiman range west of Dera Ismail Khan"), ["militants", "Pakistan police"])],
  [Q("Peshawar", "PK", 34.01, 71.58), Q("Dera Ismail Khan", "PK", 31.83, 70.90), Q("Zhob", "PK", 31.34, 69.45)],
  "Composite. Before dawn on Thursday. Dera Ismail Khan: district seat and hospital (~75 km). Zhob: 'last week', undated background.",
  ["dateline_not_event", "weekday_date", "before_dawn", "hospital", "background_event"])

# 27 Mehtarlam
d = "2022-06-17"
N(27, d, f"""KABUL, June 17 (Reuters) - An explosion tore through a mosque during Friday prayers in Mehtarlam, capital of Afghanistan's eastern Laghman province, on {WD(d)}, killing at least four worshippers, a Taliban official said.

No group claimed the blast, but the local branch of Islamic State has carried out several attacks on mosques this year. The injured were taken to Jalalabad, the official said.""",
  [E("incident", "bombing", d, Q("Mehtarlam", "AF", 34.67, 70.21, q="Mehtar Lam"), ["unknown", "civilians"])],
  [Q("Kabul", "AF", 34.53, 69.17), Q("Jalalabad", "AF", 34.43, 70.45)],
  "Composite. Friday, the publication day. Jalalabad: hospital (~35 km).",
  ["dateline_not_event", "weekday_date", "hospital"])

# 28 El Tambo
d = "2024-04-14"
N(28, d, f"""BOGOTA, April 14 (Reuters) - FARC dissidents attacked the police station in El Tambo in Colombia's southwestern Cauca province with explosives and rifle fire on {WD(d,-1)}, wounding two officers, the police said.

The injured were flown to Popayán, the provincial capital. The attack came as the government held talks with another dissident faction in Caracas.""",
  [E("incident", "armed attack", DAY(d, -1), Q("El Tambo", "CO", 2.45, -76.81), ["FARC dissidents", "Colombia police"])],
  [Q("Bogota", "CO", 4.61, -74.08), Q("Popayán", "CO", 2.44, -76.61), Q("Caracas", "VE", 10.49, -66.88)],
  "Composite. Saturday. Popayán: hospital (~22 km). Caracas: talks without a day and not the story's event; left non-event. The El Tambo in Nariño rejected by position.",
  ["dateline_not_event", "weekday_date", "hospital", "homonym"])

# 29 Buenavista Tomatlán
d = "2023-11-28"
N(29, d, f"""MEXICO CITY, Nov 28 (Reuters) - Suspected cartel gunmen dropped explosives from drones on a community in Buenavista Tomatlán in Mexico's western Michoacán state on {WD(d,-1)}, killing a farmer and wounding four, state officials said.

The wounded were treated in Apatzingán. Rival gangs have fought for years over the Tierra Caliente region's lime and avocado trade.""",
  [E("incident", "drone bombing", DAY(d, -1), Q("Buenavista Tomatlán", "MX", 19.21, -102.59, q="Buenavista Tomatlan"), ["cartel gunmen", "civilians"])],
  [Q("Mexico City", "MX", 19.43, -99.13), Q("Apatzingán", "MX", 19.09, -102.36)],
  "Composite. Monday. Apatzingán: hospital (~28 km). The Buenavista in the State of Mexico rejected by position.",
  ["dateline_not_event", "weekday_date", "hospital", "homonym"])

# 30 Naantali (dateline is the event)
d = "2023-06-12"
N(30, d, f"""NAANTALI, Finland, June 12 (Reuters) - Finnish President Sauli Niinistö and Swedish Prime Minister Ulf Kristersson discussed Sweden's stalled bid to join NATO at the Kultaranta summer residence on {WD(d)}, both sides said.

Niinistö told reporters after the talks that Finland would keep pressing Turkey and Hungary to ratify Sweden's membership before the alliance's July summit in Vilnius.""",
  [E("meeting", "bilateral meeting", d, Q("Naantali", "FI", 60.47, 22.02), ["Finland", "Sweden"])],
  [Q("Vilnius", "LT", 54.69, 25.28)],
  "Composite. The dateline is the event: a meeting at Kultaranta in Naantali on Monday. Vilnius: future summit.",
  ["dateline_is_event", "weekday_date", "future_event", "meeting"])
