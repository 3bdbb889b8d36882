from lib import *
R = "sitrep"
DOCS = []
add = DOCS.append

WAS = P("Washington", "US")
TEH = P("Tehran", "IR")
BAG = P("Baghdad", "IQ")
ERB = P("Erbil", "IQ")
DAM = P("Damascus", "SY")
BEI = P("Beirut", "LB")
KYV = P("Kyiv", "UA")
MOS = P("Moscow", "RU")
SANAA = P("Sanaa", "YE")
HOD = P("Hodeidah", "YE", "Al Hudaydah")
DEZ = P("Deir ez-Zor", "SY")
HAS = P("al-Hasakah", "SY", "Al Hasakah")
QAM = P("Qamishli", "SY", "Al Qamishli")
MOG = P("Mogadishu", "SO")
KHA = P("Kharkiv", "UA")

# 1 --------------------------------------------------------------- ISW Iran Update style
d = "2024-01-30"
T22 = M("Tower 22", 33.32, 38.70, "JO", "approximate, near Rukban, north-east Jordan")
add(D(R, 1, d, f"""Iran Update, January 30, 2024

Key takeaways:
- The Islamic Resistance in Iraq conducted a one-way drone attack on Tower 22, a U.S. logistics base in north-eastern Jordan near the Syrian border, on January 28, killing three U.S. soldiers and wounding more than 40. It is the first attack by Iranian-backed militias to kill U.S. personnel since October.
- The group claimed a rocket attack on U.S. forces at al-Shaddadi in al-Hasakah province on {WD(d,-1)}. CTP-ISW cannot verify the claim.
- Kataib Hezbollah announced on {WD(d)} that it would suspend attacks on U.S. forces "to avoid embarrassing the Iraqi government". The group likely seeks to avoid a U.S. retaliation against its leadership in Baghdad.
- U.S. officials said that the United States would respond "at a time and place of our choosing".
- The Houthis claimed a missile attack on a U.S. Navy destroyer in the Gulf of Aden on {WD(d,-1)}; CENTCOM said the missile was shot down by USS Gravely.""",
  [E("incident", "drone attack", "2024-01-28", T22, ["Islamic Resistance in Iraq", "United States"]),
   E("incident", "rocket attack", DAY(d,-1), M("al-Shaddadi", 36.06, 40.73, "SY"), ["Islamic Resistance in Iraq", "United States"], alts=[HAS]),
   E("incident", "interception", DAY(d,-1), M("Gulf of Aden (unspecified)", 12.5, 47.0, "YE", "arbitrary point in the Gulf"), ["Houthis", "United States"], optional=True)],
  [BAG, WAS],
  "Claimed attack located at the target (al-Shaddadi). Suspension announcement and the U.S. threat are not events; Baghdad (KH leadership) and Washington are metonyms. Gulf of Aden interception unlocated: optional.",
  ["multi_event", "claim", "threat", "analysis", "metonym", "relative_date"]))

# 2 --------------------------------------------------------------- OCHA NE Syria flash update
d = "2023-10-09"
add(D(R, 2, d, f"""North-east Syria: Flash Update No. 2 — escalation of hostilities (as of 9 October 2023)

Since 5 October, Turkish airstrikes and drone strikes have hit more than 100 locations across north-east Syria, including critical infrastructure. On 5 October, strikes hit the Swediyah gas plant, east of Rmelan, and the Amuda power station, cutting electricity to some 2 million people. On {WD(d,-2)} (7 October), a drone struck a water station in the eastern outskirts of Qamishli. On {WD(d,-1)}, shelling hit villages around Tal Tamr.

Humanitarian partners report that hospitals in al-Hasakah and Qamishli are running on generators. The Alouk water station, which supplies Hasakah city, has been out of service since 2019 and remains non-functional.

Turkish authorities have said operations will continue. The humanitarian community calls on all parties to protect civilians and civilian infrastructure.""",
  [E("incident", "airstrike", "2023-10-05", M("Swediyah gas plant", 36.93, 42.02, "SY", "approximate, east of Rmelan"), ["Turkey"], alts=[M("Rmelan", 37.00, 41.93, "SY")]),
   E("incident", "airstrike", "2023-10-05", P("Amuda", "SY"), ["Turkey"]),
   E("incident", "drone strike", "2023-10-07", QAM, ["Turkey"]),
   E("incident", "shelling", DAY(d,-1), P("Tal Tamr", "SY", "Tall Tamr"), ["Turkey"])],
  [HAS, M("Alouk water station", 36.86, 40.02, "SY", "approximate, near Ras al-Ain")],
  "Country-wide count (100 locations) not a pin. Hospitals in al-Hasakah are consequences (al-Hasakah ~40 km from Tal Tamr: documentation). Alouk out of service since 2019 is background.",
  ["multi_event", "infrastructure", "background_event", "future_event", "relative_date", "country_count"]))

# 3 --------------------------------------------------------------- ISW Russia campaign assessment
d = "2024-01-22"
add(D(R, 3, d, f"""Russian Offensive Campaign Assessment, January 22, 2024

Ukrainian forces struck Russian targets in occupied Crimea and Russia overnight on January 21 to 22. Geolocated footage shows an explosion at the Novatek gas terminal in Ust-Luga, Leningrad Oblast, on {WD(d,-1)}. Russian sources claimed that air defences shot down drones over Belgorod Oblast.

Russian forces continued offensive operations near Avdiivka and made confirmed advances north-west of the town, near Stepove. Russian milbloggers claimed that Russian forces captured positions near Krokhmalne in Kharkiv Oblast, but ISW has not observed confirmation.

A Russian strike on a residential area of Kharkiv on {WD(d,-1)} evening wounded eight civilians.

Russian President Vladimir Putin will likely continue to use the threat of escalation to deter Western military assistance.""",
  [E("incident", "drone strike", DAY(d,-1), M("Ust-Luga", 59.68, 28.40, "RU"), ["Ukraine"]),
   E("incident", "interception", [DAY(d,-1), d], P("Belgorod", "RU"), ["Ukraine", "Russia"], optional=True),
   E("incident", "clashes", [DAY(d,-1), d], P("Avdiivka", "UA", "Avdiyivka"), ["Russia", "Ukraine"]),
   E("incident", "territorial claim", [DAY(d,-1), d], M("Krokhmalne", 49.68, 38.05, "UA", "approximate, east of Kupiansk"), ["Russia"], optional=True),
   E("incident", "missile strike", DAY(d,-1), KHA, ["Russia"])],
  [MOS],
  "Overnight Jan 21–22. Capture claim and interceptions optional. Stepove is near Avdiivka (same pin). Analysis sentence not an event.",
  ["multi_event", "claim", "analysis", "overnight", "relative_date", "interception"]))

# 4 --------------------------------------------------------------- OCHA Lebanon flash update
d = "2024-10-03"
add(D(R, 4, d, f"""Lebanon: Flash Update #31 — escalation of hostilities in Lebanon, as of 3 October 2024

Over the past 24 hours, Israeli airstrikes were reported in 120 locations, mainly in the South, Nabatieh and Baalbek-Hermel governorates, and in Beirut's southern suburbs. Overnight, a strike on a building in the Bachoura area of central Beirut killed nine people, including members of a health organization. On {WD(d,-1)}, strikes on Bint Jbeil and Maroun al-Ras were followed by ground incursions.

According to the Ministry of Public Health, 1,974 people have been killed since October 2023. More than 300,000 people have crossed into Syria, mainly through the Masnaa crossing.

The Israeli army has issued new evacuation orders for 25 villages south of the Awali river.""",
  [E("incident", "airstrike", [DAY(d,-1), d], M("Bachoura, central Beirut", 33.886, 35.505, "LB"), ["Israel"], alts=[BEI]),
   E("incident", "airstrike", DAY(d,-1), P("Bint Jbeil", "LB"), ["Israel"]),
   E("incident", "clashes", DAY(d,-1), M("Maroun al-Ras", 33.10, 35.45, "LB"), ["Israel", "Hezbollah"]),
   E("incident", "airstrikes", [DAY(d,-1), d], P("Baalbek", "LB"), ["Israel"], optional=True)],
  [M("Masnaa crossing", 33.69, 36.07, "LB"), M("Awali river", 33.58, 35.40, "LB")],
  "Governorate list with '120 locations' is a summary: Baalbek-Hermel pinned optionally at Baalbek, South/Nabatieh not pinned. Masnaa crossing is a displacement route. Evacuation orders are future.",
  ["multi_event", "past_24h", "overnight", "country_count", "future_event", "displacement_route"]))

# 5 --------------------------------------------------------------- Airwars weekly Gaza
d = "2024-01-09"
add(D(R, 5, d, """Airwars weekly civilian harm monitor — Gaza, 2–8 January 2024

This week Airwars assessed 14 new incidents of alleged civilian harm in Gaza. Among them:
- 2 January: a strike on a house in the al-Maghazi camp killed 11 members of the Abu Daqqa family.
- 4 January: a strike hit a residential block near the Kuwaiti roundabout in Gaza City; residents said 9 people were killed.
- 6 January: two strikes in Rafah's Tal al-Sultan neighbourhood killed at least 15 people, most of them displaced from northern Gaza.
- 8 January: a strike on a car in the Mawasi area of Khan Younis killed two journalists.

Airwars continues to assess more than 3,000 incidents reported since 7 October. The incidents are reported by local sources and have not all been verified.""",
  [E("incident", "airstrike", "2024-01-02", M("al-Maghazi camp", 31.42, 34.38, "PS"), ["Israel"], alts=[P("Deir al-Balah", "PS", "Dayr al Balah")]),
   E("incident", "airstrike", "2024-01-04", P("Gaza City", "PS", "Gaza"), ["Israel"]),
   E("incident", "airstrike", "2024-01-06", P("Rafah", "PS"), ["Israel"]),
   E("incident", "airstrike", "2024-01-08", M("al-Mawasi, Khan Younis", 31.36, 34.27, "PS"), ["Israel"], alts=[P("Khan Younis", "PS", "Khan Yunis")])],
  [],
  "Four dated incidents in a weekly list. '7 October' is a start date of the count (background). Northern Gaza is an origin region.",
  ["multi_event", "list", "background_event", "origin_place"]))

# 6 --------------------------------------------------------------- Sudan War Monitor
d = "2024-06-08"
WN = M("Wad al-Nourah", 14.62, 32.83, "SD", "approximate, village west of Wad Madani / north of Managil")
add(D(R, 6, d, f"""Sudan War Monitor — weekly roundup

RSF fighters attacked the village of Wad al-Nourah in al-Jazirah state on {WD(d,-3)}, killing more than 100 people according to the Wad Madani resistance committee. Survivors said the attackers used artillery and heavy machine guns before entering the village.

In North Darfur, RSF shelling of El Fasher continued for a fifth week; on {WD(d,-1)}, shells hit the Abu Shouk displacement camp, killing six. The SAF air force struck RSF positions in Nyala, South Darfur, on {WD(d,-2)}.

Analysis: The RSF appears to be trying to isolate El Fasher before the rainy season. Army commander al-Burhan, speaking in Port Sudan, vowed to retake al-Jazirah, but the army lacks the infantry for a counter-offensive.""",
  [E("incident", "attack", DAY(d,-3), WN, ["RSF"], alts=[P("Wad Madani", "SD")]),
   E("incident", "shelling", DAY(d,-1), M("Abu Shouk camp", 13.66, 25.33, "SD"), ["RSF"], alts=[P("El Fasher", "SD")]),
   E("incident", "airstrike", DAY(d,-2), P("Nyala", "SD"), ["SAF", "RSF"])],
  [P("Port Sudan", "SD")],
  "Wad Madani is the resistance committee's name/location (alternate; ~60 km). Fifth week of shelling is ongoing background (dated incident on Friday). Port Sudan is the speaker's location; the vow is future.",
  ["multi_event", "analysis", "statement_place", "future_event", "relative_date"]))

# 7 --------------------------------------------------------------- Critical Threats Africa File
d = "2024-09-19"
BKO = P("Bamako", "ML")
add(D(R, 7, d, f"""Africa File, September 19, 2024: JNIM strikes the Malian capital

Al-Qaeda's Sahelian affiliate JNIM attacked the gendarmerie training school in the Faladié neighbourhood of Bamako and the military section of the Modibo Keïta international airport at dawn on {WD(d,-2)}, killing more than 70 people. It is the first major attack in the capital since 2016.

The attack came weeks after JNIM killed hundreds of civilians and soldiers in Barsalogho, Burkina Faso, on 24 August, while they were digging trenches around the town.

Elsewhere, a Malian drone strike hit a gathering in Inhalid, near the Algerian border, on {WD(d,-4)}, according to Tuareg rebels. JNIM will likely continue attacks on urban centres to undermine the junta.""",
  [E("incident", "attack", DAY(d,-2), M("Faladié gendarmerie school, Bamako", 12.60, -7.95, "ML"), ["JNIM"], alts=[BKO]),
   E("incident", "attack", DAY(d,-2), M("Bamako-Senou airport military base", 12.54, -7.95, "ML"), ["JNIM"], alts=[BKO]),
   E("incident", "massacre", "2024-08-24", M("Barsalogho", 13.42, -1.06, "BF"), ["JNIM"], optional=True),
   E("incident", "drone strike", DAY(d,-4), M("Inhalid", 20.07, 1.57, "ML", "approximate, near Tinzaouaten/Algerian border"), ["FAMa"])],
  [],
  "Two sites in Bamako ~7 km apart: two events (both have the city as alternate). Barsalogho weeks earlier is dated background: optional. Forecast sentence not an event. 2016 background.",
  ["multi_event", "background_event", "analysis", "relative_date", "claim"]))

# 8 --------------------------------------------------------------- Somalia weekly
d = "2023-08-28"
add(D(R, 8, d, f"""Somalia security update — week ending 27 August 2023

- {WD(d,-6)}: Al-Shabaab fired mortar rounds at the Halane base camp near Mogadishu's airport; no casualties were reported.
- {WD(d,-5)}: An IED targeted a Somali National Army convoy on the road between Afgooye and Wanlaweyn, killing two soldiers.
- {WD(d,-3)}: SNA and clan militias (ma'awisley) clashed with al-Shabaab near Mahas, Hiiraan region; the government claimed 30 militants killed.
- {WD(d,-2)}: U.S. Africa Command conducted an airstrike near Jilib, Middle Juba, in support of the SNA.

Assessment: The government's offensive in central Somalia has slowed after the loss of Cowsweyne on 26 August. Al-Shabaab is expected to step up attacks in Mogadishu ahead of the planned second phase in Jubaland.""",
  [E("incident", "mortar attack", DAY(d,-6), M("Halane base camp, Mogadishu", 2.01, 45.30, "SO"), ["al-Shabaab"], alts=[MOG]),
   E("incident", "IED", DAY(d,-5), OFF("Afgooye–Wanlaweyn road", P("Afgooye", "SO", "Afgoye"), 30, BEAR["northwest"]), ["al-Shabaab", "SNA"], alts=[P("Afgooye", "SO", "Afgoye")]),
   E("incident", "clashes", DAY(d,-3), M("Mahas", 4.40, 45.33, "SO"), ["SNA", "ma'awisley", "al-Shabaab"]),
   E("incident", "airstrike", DAY(d,-2), P("Jilib", "SO"), ["United States", "al-Shabaab"]),
   E("incident", "attack", "2023-08-26", M("Cowsweyne", 4.70, 46.35, "SO", "approximate, Galmudug/Mudug border area"), ["al-Shabaab", "SNA"], optional=True)],
  [],
  "Road between two towns pinned 30 km NW of Afgooye (midway to Wanlaweyn). Loss of Cowsweyne (dated, in an analysis sentence): optional. Future attacks not events.",
  ["multi_event", "list", "analysis", "future_event", "relative_date", "claim"]))

# 9 --------------------------------------------------------------- Red Sea weekly
d = "2024-07-22"
add(D(R, 9, d, f"""Red Sea and Yemen — weekly conflict update (15–21 July 2024)

On {WD(d,-6)} 16 July, the Houthis claimed a drone attack on the tanker Chios Lion about 97 nautical miles north-west of Hodeidah; UKMTO reported minor damage. On {WD(d,-3)}, a Houthi drone struck an apartment building in central Tel Aviv, killing one person.

On {WD(d,-2)} 20 July, Israeli fighter jets struck fuel storage tanks and cranes at Hodeidah port, killing at least six people; the fire burned for two days. U.S. and UK forces struck Houthi radar sites near Ras Isa and al-Luhayyah on {WD(d,-1)}.

Houthi leader Abdul-Malik al-Houthi said the "new phase" of escalation would include targets in the Mediterranean. Shipping traffic through the Bab al-Mandab remains about 60% below 2023 levels.""",
  [E("incident", "drone attack", "2024-07-16", OFF("97 nm NW of Hodeidah", HOD, 179.6, BEAR["northwest"]), ["Houthis"], alts=[HOD]),
   E("incident", "drone strike", DAY(d,-3), P("Tel Aviv", "IL"), ["Houthis", "Israel"]),
   E("incident", "airstrike", "2024-07-20", M("Hodeidah port", 14.83, 42.93, "YE"), ["Israel", "Houthis"], alts=[HOD]),
   E("incident", "airstrike", DAY(d,-1), M("Ras Isa", 15.19, 42.61, "YE"), ["United States", "United Kingdom", "Houthis"]),
   E("incident", "airstrike", DAY(d,-1), M("al-Luhayyah", 15.70, 42.70, "YE"), ["United States", "United Kingdom", "Houthis"])],
  [M("Bab al-Mandab", 12.60, 43.33, "YE")],
  "97 nautical miles = 179.6 km NW of Hodeidah (computed; Hodeidah as alternate, far). Mediterranean threat is future. Bab al-Mandab traffic is a statistic.",
  ["multi_event", "maritime", "offset", "claim", "future_event", "relative_date"]))

# 10 -------------------------------------------------------------- Kurdistan Region weekly roundup
d = "2024-07-08"
AMD = P("Amedi", "IQ", "Al Amadiyah")
add(D(R, 10, d, f"""Kurdistan Region security roundup, 1–7 July 2024

- {WD(d,-7)}: Turkish artillery shelled the outskirts of Bamarne village in Amedi district, Duhok province, setting fire to farmland and orchards.
- {WD(d,-5)}: A Turkish drone struck a vehicle near Kani Masi; two PKK members were reportedly killed.
- {WD(d,-4)}: Iranian artillery hit mountain areas near Haji Omaran on the Iran border, in Soran administration; no casualties.
- {WD(d,-1)}: A drone attack targeted the Khor Mor gas field in Chamchamal district, Slemani province, briefly halting production; no group claimed the attack.

The KRG interior ministry said it would file a complaint with Baghdad over the Turkish checkpoints set up near Bamarne. Residents of 150 villages in the border areas of Duhok province have been displaced since 2015.""",
  [E("incident", "shelling", DAY(d,-7), M("Bamarne", 37.13, 43.27, "IQ", "approximate, north of Amedi"), ["Turkey"], alts=[AMD]),
   E("incident", "drone strike", DAY(d,-5), P("Kani Masi", "IQ"), ["Turkey", "PKK"]),
   E("incident", "shelling", DAY(d,-4), M("Haji Omaran", 36.66, 45.03, "IQ"), ["Iran"]),
   E("incident", "drone attack", DAY(d,-1), M("Khor Mor gas field", 35.40, 44.87, "IQ", "approximate, Chamchamal district"), [], alts=[P("Chamchamal", "IQ")])],
  [BAG, P("Duhok", "IQ"), P("Sulaymaniyah (Slemani)", "IQ", "Sulaymaniyah")],
  "Weekly list with weekdays resolved against the record date (Monday = previous Monday 1 July, seven days earlier). Baghdad complaint (metonym), Duhok/Slemani provinces (qualifiers), 2015 displacement background.",
  ["multi_event", "list", "admin_qualifier", "metonym", "alt_spelling", "relative_date"]))

# 11 -------------------------------------------------------------- ISW Israel-Hezbollah
d = "2024-10-15"
add(D(R, 11, d, f"""Iran Update, October 15, 2024

Hezbollah conducted a drone attack on an Israeli army base near Binyamina, south of Haifa, on {WD(d,-2)}, killing four soldiers and wounding more than 60. It was the deadliest Hezbollah attack on Israeli territory since the war began. The drone was launched from southern Lebanon and evaded air defences.

The IDF conducted a series of airstrikes on Beirut's southern suburbs (Dahiyeh) overnight on {WD(d,-1)} to {WD(d)}, targeting Hezbollah weapons depots. Israeli ground forces continued clearing operations around Aitaroun and Blida.

Hezbollah claimed rocket attacks on Kiryat Shmona and Safed on {WD(d,-1)}. Iran's foreign minister, visiting Riyadh, warned that Tehran would respond to any Israeli attack on its territory.""",
  [E("incident", "drone attack", DAY(d,-2), P("Binyamina", "IL", "Binyamina-Giv'at Ada"), ["Hezbollah", "Israel"]),
   E("incident", "airstrike", [DAY(d,-1), d], M("Dahiyeh (Beirut southern suburbs)", 33.853, 35.51, "LB"), ["Israel", "Hezbollah"], alts=[BEI]),
   E("incident", "ground operation", [DAY(d,-1), d], M("Aitaroun", 33.12, 35.47, "LB"), ["Israel", "Hezbollah"], optional=True),
   E("incident", "ground operation", [DAY(d,-1), d], M("Blida", 33.14, 35.51, "LB"), ["Israel", "Hezbollah"], optional=True),
   E("incident", "rocket attack", DAY(d,-1), P("Kiryat Shmona", "IL"), ["Hezbollah"]),
   E("incident", "rocket attack", DAY(d,-1), P("Safed", "IL", "Zefat"), ["Hezbollah"])],
  [P("Haifa", "IL"), P("Riyadh", "SA"), TEH],
  "Haifa reference (~30 km: documentation). 'Continued clearing operations' undated/ongoing: optional. Riyadh is the speaker's location, Tehran a metonym; warning is future.",
  ["multi_event", "claim", "reference_town", "statement_place", "future_event", "overnight", "relative_date"]))

# 12 -------------------------------------------------------------- OCHA West Bank
d = "2023-03-01"
add(D(R, 12, d, f"""Occupied Palestinian Territory: West Bank flash update

On {WD(d,-3)} 26 February, following the killing of two Israeli settlers at the Huwara junction, hundreds of settlers attacked Huwara and nearby Burin and Zaatara villages in the Nablus governorate, setting fire to homes and cars. One Palestinian man was killed in Za'tara and some 390 people were injured, mostly by tear gas.

On {WD(d,-2)}, Israeli forces raided Jericho's Aqabat Jabr refugee camp, where one Palestinian was killed in an exchange of fire. On {WD(d,-1)}, Israeli authorities demolished 10 structures in Masafer Yatta, south of Hebron, displacing 32 people.

The humanitarian community warns that the situation could deteriorate further during Ramadan.""",
  [E("incident", "shooting", "2023-02-26", P("Huwara", "PS", "Huwwara"), ["Palestinian gunman"]),
   E("incident", "settler attack", "2023-02-26", P("Huwara", "PS", "Huwwara"), ["Israeli settlers"], alts=[M("Za'tara (Nablus)", 32.13, 35.30, "PS")]),
   E("incident", "raid", DAY(d,-2), M("Aqabat Jabr camp, Jericho", 31.84, 35.43, "PS"), ["Israel"], alts=[P("Jericho", "PS", "Jericho")]),
   E("other", "demolition", DAY(d,-1), M("Masafer Yatta", 31.40, 35.15, "PS"), ["Israel"])],
  [P("Nablus", "PS"), P("Hebron", "PS", "Al Khalil")],
  "Two events at Huwara the same day (shooting, then settler rampage; the latter also at Za'tara). Demolitions are kind other. Nablus governorate and Hebron are qualifiers/reference. Warning is future.",
  ["multi_event", "admin_qualifier", "reference_town", "future_event", "relative_date"]))

# 13 -------------------------------------------------------------- Pakistan weekly
d = "2023-12-18"
add(D(R, 13, d, f"""Pakistan security brief — 11–17 December 2023

- {WD(d,-6)}: Militants of Tehreek-e-Jihad Pakistan rammed an explosive-laden truck into a police compound in Daraban, Dera Ismail Khan district, then stormed it; 23 soldiers were killed.
- {WD(d,-4)}: Four militants attacked a police checkpost in Lakki Marwat; two policemen were killed.
- {WD(d,-1)}: Security forces conducted an intelligence-based operation in the Kulachi area of D.I. Khan, killing five militants.

Islamabad summoned the Afghan charge d'affaires and demanded action against TTP sanctuaries in Afghanistan; the Taliban government in Kabul denied hosting the group. Analysts expect attacks to rise ahead of the February elections.""",
  [E("incident", "suicide attack", DAY(d,-6), M("Daraban, Dera Ismail Khan", 31.72, 70.33, "PK"), ["Tehreek-e-Jihad Pakistan"], alts=[P("Dera Ismail Khan", "PK")]),
   E("incident", "attack", DAY(d,-4), P("Lakki Marwat", "PK"), ["TTP"]),
   E("incident", "operation", DAY(d,-1), M("Kulachi", 31.93, 70.46, "PK"), ["Pakistan Army", "TTP"], alts=[P("Dera Ismail Khan", "PK")])],
  [P("Islamabad", "PK"), P("Kabul", "AF")],
  "D.I. Khan = Dera Ismail Khan (alias). Islamabad/Kabul are metonyms in a diplomatic sentence. Election-time forecast is future.",
  ["multi_event", "list", "alt_spelling", "metonym", "future_event", "relative_date"]))

# 14 -------------------------------------------------------------- Myanmar update
d = "2023-11-07"
add(D(R, 14, d, f"""Myanmar conflict update — Operation 1027, week 2

The Three Brotherhood Alliance continued its offensive in northern Shan State. On {WD(d,-3)}, MNDAA fighters attacked junta positions on the outskirts of Lashio, and the alliance claimed to have captured the Chinshwehaw border crossing. On {WD(d,-2)}, military aircraft bombed Namhsan township, killing at least five civilians, according to the Ta'ang National Liberation Army.

In Sagaing Region, the military shelled villages near Kawlin on {WD(d,-1)}. The junta-appointed president warned in Naypyitaw that the country was at risk of "splitting into pieces".

Analysts say the alliance is likely to push toward Laukkai, the capital of the Kokang Self-Administered Zone.""",
  [E("incident", "attack", DAY(d,-3), P("Lashio", "MM"), ["MNDAA", "Myanmar military"]),
   E("incident", "territorial claim", DAY(d,-3), M("Chinshwehaw", 23.71, 98.79, "MM", "approximate, China border crossing"), ["Three Brotherhood Alliance"], optional=True),
   E("incident", "airstrike", DAY(d,-2), M("Namhsan", 22.96, 97.16, "MM"), ["Myanmar military"]),
   E("incident", "shelling", DAY(d,-1), M("Kawlin", 23.79, 95.68, "MM"), ["Myanmar military"])],
  [P("Naypyitaw", "MM", "Nay Pyi Taw"), P("Laukkai", "MM")],
  "Capture claim optional. Laukkai is a forecast target (future). Naypyitaw statement place.",
  ["multi_event", "claim", "statement_place", "future_event", "analysis", "relative_date"]))

# 15 -------------------------------------------------------------- Nigeria weekly
d = "2024-04-15"
add(D(R, 15, d, f"""North-east and north-west Nigeria — weekly incident summary (8–14 April 2024)

Borno State: On {WD(d,-6)}, ISWAP fighters attacked a military base in Malam Fatori, Abadam LGA, near the border with Niger; troops repelled the attack with air support. On {WD(d,-3)}, a suicide bomber struck a market in Konduga, killing four.

Zamfara State: Bandits abducted 35 villagers in Maru LGA on {WD(d,-2)}. The Nigerian Air Force struck bandit camps in the Tsafe area, south-east of Gusau, on {WD(d,-1)}.

The governor said from Gusau that negotiations with bandits would not resume.""",
  [E("incident", "attack", DAY(d,-6), P("Malam Fatori", "NG"), ["ISWAP", "Nigerian Army"]),
   E("incident", "suicide bombing", DAY(d,-3), P("Konduga", "NG"), ["Boko Haram"]),
   E("incident", "abduction", DAY(d,-2), P("Maru", "NG"), ["bandits"]),
   E("incident", "airstrike", DAY(d,-1), P("Tsafe", "NG"), ["Nigerian Air Force", "bandits"], alts=[P("Gusau", "NG")])],
  [P("Gusau", "NG")],
  "LGAs pinned at their centre towns. Niger (country) not a pin. Gusau is a reference and the governor's location (Tsafe ~45 km: documentation).",
  ["multi_event", "admin_qualifier", "statement_place", "relative_date"]))

# 16 -------------------------------------------------------------- DRC update
d = "2024-05-06"
GOMA = P("Goma", "CD")
add(D(R, 16, d, f"""Eastern DRC situation report No. 18

North Kivu: Following the M23's capture of the Rubaya coltan mining town on 30 April, fighting shifted to the area around Sake, where bombs hit the Mugunga displacement sites west of Goma on {WD(d,-3)}, killing at least 18. On {WD(d,-1)}, ADF fighters killed 11 civilians in an attack on Masala village in Lubero territory.

South Kivu: Clashes between M23 and Wazalendo militias were reported near Minova on {WD(d,-2)}. Humanitarian access to Masisi territory remains restricted. The United States and France condemned the Mugunga bombing in separate statements from Washington and Paris.""",
  [E("incident", "territorial claim", "2024-04-30", M("Rubaya", -1.56, 28.88, "CD"), ["M23"], optional=True),
   E("incident", "shelling", DAY(d,-3), OFF("Mugunga camp", GOMA, 9, BEAR["west"]), ["M23"], alts=[GOMA]),
   E("incident", "attack", DAY(d,-1), M("Masala, Lubero territory", -0.25, 29.20, "CD", "approximate, Lubero territory"), ["ADF"], alts=[P("Lubero", "CD")]),
   E("incident", "clashes", DAY(d,-2), M("Minova", -1.70, 29.02, "CD"), ["M23", "Wazalendo"])],
  [P("Sake", "CD"), WAS, P("Paris", "FR")],
  "Capture of Rubaya optional. Sake (~20 km from Mugunga) reference. Masisi access is a statement, not an event. Washington/Paris statements.",
  ["multi_event", "claim", "statement_place", "reference_town", "relative_date"]))

# 17 -------------------------------------------------------------- Libya 2019
d = "2019-09-03"
TRI = P("Tripoli", "LY")
add(D(R, 17, d, f"""Libya: Tripoli clashes — situation report No. 41

LNA aircraft struck Mitiga airport on {WD(d,-2)} 1 September, damaging a civilian aircraft and injuring four pilgrims returning from Saudi Arabia; flights were diverted to Misrata. Heavy clashes continued on the southern frontlines in Ain Zara and Salah al-Din.

On {WD(d,-1)}, shelling hit residential areas of Abu Salim, killing two children. GNA forces said they had downed an LNA drone near Gharyan.

Since 4 April, more than 120,000 people have been displaced in and around Tripoli. The LNA command in Rajma, near Benghazi, announced a new phase of operations.""",
  [E("incident", "airstrike", "2019-09-01", M("Mitiga airport", 32.89, 13.28, "LY"), ["LNA"], alts=[TRI]),
   E("incident", "clashes", [DAY(d,-2), d], M("Ain Zara", 32.80, 13.23, "LY"), ["LNA", "GNA"], alts=[TRI]),
   E("incident", "shelling", DAY(d,-1), M("Abu Salim", 32.85, 13.19, "LY"), ["LNA"], alts=[TRI]),
   E("incident", "interception", DAY(d,-1), P("Gharyan", "LY"), ["GNA", "LNA"], optional=True)],
  [P("Misrata", "LY"), P("Benghazi", "LY")],
  "Three sites in Tripoli (each with Tripoli alternate; greedy matching will pair within 50 km). Misrata diversion, Benghazi/Rajma LNA command, Saudi Arabia origin country. 4 April start of the offensive: background.",
  ["multi_event", "statement_place", "background_event", "future_event", "relative_date"]))

# 18 -------------------------------------------------------------- Syria Dec 2024 offensive
d = "2024-12-06"
add(D(R, 18, d, f"""Syria: daily conflict update, 6 December 2024

Hayat Tahrir al-Sham-led forces said on {WD(d,-1)} that they had taken full control of Hama city after government forces withdrew; the army said it had "redeployed" outside the city. Russian and Syrian aircraft struck Idlib city and Sarmada overnight, killing at least 10 civilians, the White Helmets said.

Clashes were reported on {WD(d)} near Rastan and Talbiseh, on the road to Homs. Further east, the SDF took control of parts of Deir ez-Zor city after government forces pulled out.

Analysis: The speed of the collapse suggests that Damascus can no longer rely on Russian air power or Hezbollah reinforcements.""",
  [E("incident", "territorial claim", DAY(d,-1), P("Hama", "SY"), ["HTS", "Syrian government"], optional=True),
   E("incident", "airstrike", [DAY(d,-1), d], P("Idlib", "SY"), ["Russia", "Syrian government"]),
   E("incident", "airstrike", [DAY(d,-1), d], M("Sarmada", 36.18, 36.72, "SY"), ["Russia", "Syrian government"]),
   E("incident", "clashes", d, P("Rastan", "SY", "Ar Rastan"), ["HTS", "Syrian government"], alts=[P("Talbiseh", "SY")]),
   E("incident", "territorial claim", [DAY(d,-1), d], DEZ, ["SDF"], optional=True)],
  [P("Homs", "SY"), DAM],
  "Capture claims optional. Rastan/Talbiseh ~8 km apart: one event with alternate. Homs is a destination; Damascus a metonym.",
  ["multi_event", "claim", "analysis", "metonym", "overnight", "relative_date"]))

# 19 -------------------------------------------------------------- Iran-Israel June 2025
d = "2025-06-20"
add(D(R, 19, d, f"""Iran Update Special Report, June 20, 2025

Israeli strikes overnight targeted the Natanz enrichment facility and a centrifuge production site near Isfahan; the IAEA said there was no increase in off-site radiation. Israeli aircraft also struck missile launchers near Kermanshah and Tabriz on {WD(d,-1)}.

Iran fired about 30 ballistic missiles at Israel on the morning of {WD(d,-1)}. One missile hit the Soroka medical centre in Beersheba, injuring dozens, and another struck residential buildings in Ramat Gan and Holon, near Tel Aviv.

U.S. President Donald Trump said in Washington that he would decide "within two weeks" whether to join the strikes.""",
  [E("incident", "airstrike", [DAY(d,-1), d], P("Natanz", "IR"), ["Israel", "Iran"]),
   E("incident", "airstrike", [DAY(d,-1), d], P("Isfahan", "IR"), ["Israel", "Iran"]),
   E("incident", "airstrike", DAY(d,-1), P("Kermanshah", "IR"), ["Israel", "Iran"]),
   E("incident", "airstrike", DAY(d,-1), P("Tabriz", "IR"), ["Israel", "Iran"]),
   E("incident", "missile strike", DAY(d,-1), P("Beersheba", "IL"), ["Iran", "Israel"]),
   E("incident", "missile strike", DAY(d,-1), P("Ramat Gan", "IL"), ["Iran", "Israel"], alts=[P("Holon", "IL"), P("Tel Aviv", "IL")])],
  [WAS],
  "Natanz and Isfahan ~100 km apart: separate pins. Ramat Gan and Holon ~10 km apart, one event with alternates. Trump's decision is future.",
  ["multi_event", "overnight", "future_event", "statement_place", "relative_date"]))

# 20 -------------------------------------------------------------- OCHA Gaza
d = "2024-10-17"
add(D(R, 20, d, f"""Humanitarian Situation Update #227 | Gaza Strip

Since 6 October, Israeli forces have been conducting an intensive military operation in Jabalya camp and its surroundings in North Gaza. On {WD(d,-3)}, a strike on a school sheltering displaced people in Jabalya killed at least 20. On {WD(d,-2)}, a fire caused by a strike on tents in the courtyard of al-Aqsa Martyrs Hospital in Deir al Balah killed four people.

On {WD(d,-1)}, an airstrike on a house in Gaza City's Zeitoun neighbourhood killed a family of eight. Aid trucks entering through Kerem Shalom fell to a daily average of 28.

The Israeli military has issued new evacuation orders for Beit Hanoun and Beit Lahiya, which humanitarian partners expect to displace tens of thousands.""",
  [E("incident", "airstrike", DAY(d,-3), P("Jabalya", "PS", "Jabālyā"), ["Israel"]),
   E("incident", "airstrike", DAY(d,-2), P("Deir al Balah", "PS", "Dayr al Balah"), ["Israel"]),
   E("incident", "airstrike", DAY(d,-1), M("Zeitoun, Gaza City", 31.49, 34.45, "PS"), ["Israel"], alts=[P("Gaza City", "PS", "Gaza")])],
  [M("Kerem Shalom crossing", 31.225, 34.28, "IL"), P("Beit Hanoun", "PS", "Bayt Hanun")],
  "Ongoing operation since 6 October is background (same area as Jabalya). Kerem Shalom is an aid statistic; Beit Hanoun/Beit Lahiya evacuation orders are future (Beit Lahiya ~2 km from Jabalya: not listed).",
  ["multi_event", "background_event", "future_event", "relative_date", "hospital_place"]))

# 21 -------------------------------------------------------------- Ukraine Black Sea
d = "2023-07-24"
add(D(R, 21, d, f"""Ukraine: weekly conflict monitor, 17–23 July 2023

After Russia withdrew from the Black Sea Grain Initiative on 17 July, Russian missiles and drones struck port infrastructure in Odesa on four consecutive nights from 18 to 21 July, damaging grain terminals and the historic city centre. Grain warehouses in Chornomorsk were also hit on {WD(d,-4)}.

In the south, Russian shelling killed two civilians in Zaporizhzhia on {WD(d,-2)}. On {WD(d,-1)}, a Ukrainian drone damaged an ammunition depot in Crimea's Krasnohvardiiske district, according to Russian-installed officials.

Russia's defence ministry declared that all ships heading to Ukrainian ports would be regarded as potential military targets.""",
  [E("incident", "missile strike", ["2023-07-18", "2023-07-21"], P("Odesa", "UA"), ["Russia"]),
   E("incident", "missile strike", DAY(d,-4), P("Chornomorsk", "UA"), ["Russia"], alts=[P("Odesa", "UA")]),
   E("incident", "shelling", DAY(d,-2), P("Zaporizhzhia", "UA", "Zaporizhzhya"), ["Russia"]),
   E("incident", "drone strike", DAY(d,-1), M("Krasnohvardiiske, Crimea", 45.50, 34.30, "UA"), ["Ukraine"])],
  [],
  "Four nights in Odesa as one range event. Chornomorsk ~20 km from Odesa: separate event (greedy matching). The ship warning is a threat.",
  ["multi_event", "date_range", "threat", "relative_date"]))

# 22 -------------------------------------------------------------- Sahel Niger/Burkina
d = "2025-03-24"
add(D(R, 22, d, f"""Central Sahel weekly: Niger and Burkina Faso

Niger: On {WD(d,-3)}, gunmen attacked worshippers at a mosque in Fambita, Kokorou commune, Tillabéri region, during Friday prayers, killing 44 civilians. The government blamed the Islamic State Sahel Province and declared three days of mourning from Niamey.

Burkina Faso: JNIM fighters ambushed a supply convoy between Djibo and Namsiguia on {WD(d,-5)}. On {WD(d,-1)}, army drones struck a JNIM gathering near Diapaga, in the east.

Mali: No major incidents were recorded this week. JNIM has threatened to blockade the Kayes region.""",
  [E("incident", "attack", DAY(d,-3), M("Fambita", 14.05, 0.93, "NE", "approximate, Kokorou commune"), ["ISSP"]),
   E("incident", "ambush", DAY(d,-5), OFF("Djibo–Namsiguia road", P("Djibo", "BF"), 20, BEAR["south"]), ["JNIM"], alts=[P("Djibo", "BF")]),
   E("incident", "drone strike", DAY(d,-1), P("Diapaga", "BF"), ["Burkina Faso armed forces", "JNIM"])],
  [P("Niamey", "NE"), P("Tillabéri", "NE", "Tillaberi"), P("Kayes", "ML")],
  "Friday prayers consistent with the weekday. Niamey statement; Tillabéri region qualifier (its capital is ~100 km away); Kayes threat future. Road pinned 20 km south of Djibo.",
  ["multi_event", "admin_qualifier", "statement_place", "threat", "relative_date", "negated_event"]))

# 23 -------------------------------------------------------------- Iraq ISIS weekly
d = "2023-12-04"
add(D(R, 23, d, f"""Iraq security monitor — 27 November to 3 December 2023

ISIS remnants attacked an Iraqi army checkpoint near Tarmiyah, north of Baghdad, on {WD(d,-6)}, killing two soldiers. In Diyala, an IED exploded on {WD(d,-5)} near a car on the road between Muqdadiyah and Baladruz, wounding three civilians.

In Kirkuk province, four farmers were killed by gunmen in the Dibis district on {WD(d,-3)}; security forces later launched a search operation in Wadi al-Shay. The Iraqi Air Force struck ISIS hideouts in the Hamrin mountains on {WD(d,-1)}.

Analysis: ISIS retains a low-level insurgent capability in the "triangle of death" between Kirkuk, Salahuddin and Diyala, but its attacks have fallen to their lowest level since 2003.""",
  [E("incident", "attack", DAY(d,-6), P("Tarmiyah", "IQ", "At Tarmiyah"), ["ISIS", "Iraqi Army"]),
   E("incident", "IED", DAY(d,-5), OFF("Muqdadiyah–Baladruz road", P("Muqdadiyah", "IQ"), 20, BEAR["southeast"]), ["ISIS"], alts=[P("Muqdadiyah", "IQ")]),
   E("incident", "shooting", DAY(d,-3), P("Dibis", "IQ"), ["gunmen"]),
   E("incident", "operation", [DAY(d,-3), d], OFF("Wadi al-Shay", P("Kirkuk", "IQ"), 45, BEAR["southwest"]), ["Iraqi security forces"], optional=True),
   E("incident", "airstrike", DAY(d,-1), M("Hamrin mountains", 34.60, 44.30, "IQ"), ["Iraqi Air Force", "ISIS"])],
  [BAG, P("Kirkuk", "IQ")],
  "Baghdad is a reference ('north of Baghdad'), Kirkuk a provincial qualifier. Search operation optional. Analysis sentence regions not pins.",
  ["multi_event", "reference_town", "admin_qualifier", "analysis", "relative_date"]))

# 24 -------------------------------------------------------------- NE Syria Dec 2024 SNA/SDF
d = "2024-12-23"
add(D(R, 24, d, f"""North and East Syria: situation overview

Clashes between the Turkish-backed Syrian National Army and the SDF continued around the Tishreen Dam and the Qara Qozak bridge, south-east of Manbij, where the SNA launched attacks on {WD(d,-2)} and {WD(d,-1)}. Turkish drones struck a vehicle on the outskirts of Kobani on {WD(d,-1)}, killing three SDF fighters.

Manbij itself has been under SNA control since 9 December. The SDF said it had repelled an attack on Deir Hafer, and accused Ankara of preparing an assault on Kobani, which Turkish officials have repeatedly threatened.

A US-brokered truce around Manbij, announced on 11 December, collapsed within days.""",
  [E("incident", "clashes", [DAY(d,-2), DAY(d,-1)], M("Tishreen Dam", 36.38, 38.18, "SY"), ["SNA", "SDF"], alts=[M("Qara Qozak bridge", 36.61, 38.22, "SY")]),
   E("incident", "drone strike", DAY(d,-1), P("Kobani", "SY"), ["Turkey", "SDF"]),
   E("incident", "attack", [DAY(d,-7), d], P("Deir Hafer", "SY", "Dayr Hafir"), ["SNA", "SDF"], optional=True)],
  [P("Manbij", "SY"), P("Ankara", "TR")],
  "Manbij: control since 9 December (background; ~25 km from the dam, documentation). Deir Hafer repelled attack undated: optional. Kobani assault threat is future. Ankara metonym.",
  ["multi_event", "threat", "background_event", "metonym", "relative_date"]))

# 25 -------------------------------------------------------------- Lebanon 2025 ceasefire violations
d = "2025-04-02"
add(D(R, 25, d, f"""Lebanon ceasefire monitor — week 18

On {WD(d,-1)} 1 April, an Israeli strike hit an apartment in the Haret Hreik area of Beirut's southern suburbs at dawn, killing a Hezbollah official and three others, the second strike on the capital since the November ceasefire. On {WD(d,-4)}, an Israeli drone struck a car in the town of Yohmor al-Shqif, in the Nabatieh district, killing one man.

The Lebanese army deployed additional units to the Khiam area on {WD(d,-2)}. UNIFIL said it recorded more than 20 Israeli violations of Lebanese airspace over the past week.

President Joseph Aoun said in Baabda that Lebanon would raise the strikes with the ceasefire monitoring committee in Naqoura.""",
  [E("incident", "airstrike", "2025-04-01", M("Haret Hreik, Dahiyeh", 33.853, 35.51, "LB"), ["Israel", "Hezbollah"], alts=[BEI]),
   E("incident", "drone strike", DAY(d,-4), M("Yohmor al-Shqif", 33.34, 35.54, "LB"), ["Israel"], alts=[P("Nabatieh", "LB")]),
   E("other", "deployment", DAY(d,-2), M("Khiam", 33.33, 35.61, "LB"), ["Lebanese Armed Forces"])],
  [M("Baabda", 33.83, 35.54, "LB"), M("Naqoura", 33.12, 35.14, "LB")],
  "Deployment is kind other. Airspace violation count is a statistic. Baabda (statement, ~4 km from Dahiyeh: documentation), Naqoura (future meeting).",
  ["multi_event", "statement_place", "future_event", "deployment", "relative_date"]))

# 26 -------------------------------------------------------------- Sudan Kordofan
d = "2025-05-19"
add(D(R, 26, d, f"""Sudan: Kordofan front — update

RSF drones struck the power station in El Obeid, North Kordofan, on {WD(d,-3)}, cutting electricity to the city. On {WD(d,-2)}, the RSF shelled residential areas of Kadugli, South Kordofan, killing five civilians; the attack was launched from positions held by allied SPLM-N fighters near Kauda.

On {WD(d,-1)}, SAF units repelled an RSF attack on the 22nd Infantry Division base in Babanusa, West Kordofan. Families displaced from En Nahud and El Khuwei have arrived in El Obeid.

The RSF announced from Nyala that it would form a parallel government, a move the African Union rejected.""",
  [E("incident", "drone strike", DAY(d,-3), P("El Obeid", "SD", "Al Ubayyid"), ["RSF"]),
   E("incident", "shelling", DAY(d,-2), P("Kadugli", "SD"), ["RSF", "SPLM-N"]),
   E("incident", "attack", DAY(d,-1), P("Babanusa", "SD"), ["RSF", "SAF"])],
  [M("Kauda", 11.05, 30.52, "SD", "approximate, Nuba mountains"), P("En Nahud", "SD", "An Nuhud"), M("El Khuwei", 13.33, 29.08, "SD", "approximate, west of El Obeid"), P("Nyala", "SD")],
  "Kauda is the launch position (origin, ~80 km), En Nahud/El Khuwei origins of the displaced, Nyala statement. Parallel government announcement is not an event.",
  ["multi_event", "origin_place", "statement_place", "relative_date"]))

# 27 -------------------------------------------------------------- Yemen internal fronts
d = "2022-01-12"
add(D(R, 27, d, f"""Yemen conflict update — 5–11 January 2022

Marib: Fighting continued south of Marib city, where Giants Brigades forces backed by coalition airstrikes advanced into Harib district on {WD(d,-6)}. Houthi missiles hit a residential area of Marib city on {WD(d,-4)}, wounding seven.

Shabwa: Government-aligned forces said on {WD(d,-2)} that they had retaken the districts of Bayhan, Usaylan and Ain after ten days of fighting.

Taiz: Houthi sniper fire killed a child in the al-Rawdah neighbourhood of Taiz city on {WD(d,-1)}. The UN envoy, meeting officials in Aden, called for de-escalation.""",
  [E("incident", "clashes", DAY(d,-6), P("Harib", "YE"), ["Giants Brigades", "Houthis"]),
   E("incident", "missile strike", DAY(d,-4), P("Marib", "YE"), ["Houthis"]),
   E("incident", "territorial claim", DAY(d,-2), P("Bayhan", "YE"), ["Giants Brigades"], optional=True),
   E("incident", "sniper fire", DAY(d,-1), P("Taiz", "YE"), ["Houthis"])],
  [P("Aden", "YE"), P("Ataq (Shabwa)", "YE", "Ataq")],
  "Retaking districts is a territorial claim (optional at Bayhan). Aden is the envoy's meeting place (not a conflict event; the meeting itself unscored as background). Shabwa governorate qualifier (Ataq).",
  ["multi_event", "claim", "admin_qualifier", "statement_place", "relative_date"]))

# 28 -------------------------------------------------------------- Balochistan coordinated attacks
d = "2024-08-26"
add(D(R, 28, d, f"""Balochistan: coordinated BLA attacks — situation report

Late on {WD(d,-1)} and early {WD(d)}, the Baloch Liberation Army carried out coordinated attacks across Balochistan. In Musakhel district, gunmen stopped vehicles on the highway at Rarasham and shot dead 23 passengers, most of them from Punjab. In Bolan district, militants blew up a railway bridge at Kolpur, suspending train services to Quetta.

In Kalat, an attack on a levies post killed ten people, and in Bela, Lasbela district, militants stormed a military camp; security forces said 14 attackers were killed.

Prime Minister Shehbaz Sharif, chairing a meeting in Islamabad, said the perpetrators would be hunted down.""",
  [E("incident", "shooting", [DAY(d,-1), d], M("Rarasham, Musakhel", 30.79, 69.68, "PK", "approximate, Musakhel district highway"), ["BLA"], alts=[P("Musa Khel Bazar", "PK")]),
   E("incident", "bombing", [DAY(d,-1), d], M("Kolpur bridge, Bolan", 29.87, 67.20, "PK", "approximate, Bolan pass"), ["BLA"]),
   E("incident", "attack", [DAY(d,-1), d], P("Kalat", "PK"), ["BLA"]),
   E("incident", "attack", [DAY(d,-1), d], P("Bela", "PK"), ["BLA"])],
  [P("Quetta", "PK"), P("Islamabad", "PK"), P("Lahore (Punjab)", "PK", "Lahore")],
  "Late Sunday/early Monday: D-1..D. Punjab is the victims' origin (province; Lahore as stand-in), Quetta the train destination (~35 km from Kolpur), Islamabad statement.",
  ["multi_event", "origin_place", "statement_place", "overnight", "relative_date"]))

# 29 -------------------------------------------------------------- Iran-KRG border
d = "2022-11-22"
add(D(R, 29, d, f"""Kurdistan Region: Iranian strikes — flash update

The IRGC launched a new wave of missile and drone strikes on Iranian Kurdish opposition bases in the Kurdistan Region overnight on {WD(d,-2)}. Strikes hit the Koya area, east of Erbil, where one person was killed, and the Zrgwez camp of the Komala party near Slemani. On {WD(d,-1)}, Iranian artillery shelled the border area of Sidakan.

Iranian state media said the strikes targeted groups responsible for "riots" in Mahabad and Piranshahr. Iraq's National Security Council met in Baghdad and decided to deploy federal border guards along the Iran border.

Iran's ground forces commander warned that a ground operation could follow.""",
  [E("incident", "missile strike", [DAY(d,-2), DAY(d,-1)], P("Koya", "IQ", "Koysinjaq"), ["IRGC", "KDPI"]),
   E("incident", "drone strike", [DAY(d,-2), DAY(d,-1)], M("Zrgwez", 35.60, 45.58, "IQ"), ["IRGC", "Komala"], alts=[P("Sulaymaniyah", "IQ")]),
   E("incident", "shelling", DAY(d,-1), M("Sidakan", 36.797, 44.671, "IQ"), ["Iran"])],
  [ERB, P("Mahabad", "IR"), P("Piranshahr", "IR"), BAG],
  "Overnight Sunday into Monday. Erbil is a reference (~50 km from Koya), Mahabad/Piranshahr are protest topic places, Baghdad meeting is an unscored Iraqi council session (treated as background). Ground operation warning future.",
  ["multi_event", "overnight", "reference_town", "topic_place", "future_event", "relative_date"]))

# 30 -------------------------------------------------------------- Airwars US actions Syria
d = "2024-08-26"
add(D(R, 30, d, f"""Airwars: U.S. military actions in Syria and Iraq — week of 19–25 August 2024

- 19 August: a U.S. drone strike on a motorbike near Sarmada, Idlib, killed a senior Hurras al-Din figure; local sources said a civilian passer-by was injured.
- 21 August: rockets were fired at the Conoco gas field base in Deir ez-Zor province; CENTCOM reported no injuries. U.S. forces responded with artillery fire on launch sites near Khasham.
- {WD(d,-2)}: a joint U.S.–Iraqi raid in the western Anbar desert killed 15 ISIS fighters; seven U.S. personnel were injured.

Airwars assesses that U.S. strikes in Syria have increased since June. CENTCOM said it would continue to target threats to its forces.""",
  [E("incident", "drone strike", "2024-08-19", M("Sarmada", 36.18, 36.72, "SY"), ["United States", "Hurras al-Din"], alts=[P("Idlib", "SY")]),
   E("incident", "rocket attack", "2024-08-21", M("Conoco gas field base", 35.34, 40.29, "SY", "approximate, east of Deir ez-Zor"), ["Iran-backed militias", "United States"], alts=[DEZ]),
   E("incident", "artillery", "2024-08-21", M("Khasham", 35.33, 40.32, "SY", "approximate"), ["United States"], alts=[DEZ]),
   E("incident", "raid", DAY(d,-2), M("western Anbar desert", 33.30, 41.00, "IQ", "approximate, desert between Rutba and al-Qaim"), ["United States", "Iraq", "ISIS"], optional=True)],
  [],
  "Conoco and Khasham ~3 km apart: two events of different subtypes (attack and response). Anbar desert raid located only by a vast region: optional.",
  ["multi_event", "list", "unlocated_strike", "future_event", "relative_date"]))
