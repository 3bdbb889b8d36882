from lib import *
R = "coder_note"
DOCS = []
add = DOCS.append
C = "Conflict-monitor coder note: the stated day is the gold date; district/province names qualify the pin. Composite or invented. "


def N(num, d, text, events, nonev, note, tags):
    add(D(R, num, d, text, events, nonev, C + note, ["coder_note"] + tags))


# 1 Zawita
d = "2021-06-14"
N(1, d, """On 10 June 2021, Turkish military aircraft carried out air strikes on suspected PKK positions in the mountains near Zawita in Duhok district, Duhok governorate. No casualties were reported. [Source: Kurdish media]""",
  [E("incident", "air strike", "2021-06-10", Q("Zawita", "IQ", 36.90, 43.15, q="Zawitah"), ["Türkiye", "PKK"])],
  [],
  "District and governorate named as qualifiers (Duhok ~15 km, not listed).",
  ["kurdistan", "admin_qualifier", "stated_date"])

# 2 Al-Alam
d = "2020-11-09"
N(2, d, """On 6 November 2020, an IED planted by suspected IS militants exploded targeting a vehicle of the Popular Mobilisation Forces near Al-Alam town in Tikrit district, Salah al-Din governorate. 2 PMF members were killed and 1 wounded.""",
  [E("incident", "IED", "2020-11-06", Q("Al-Alam", "IQ", 34.70, 43.70, q="Al Alam"), ["ISIS", "PMF"])],
  [],
  "Tikrit district named as qualifier (~11 km, not listed).",
  ["admin_qualifier", "stated_date", "light_verb"])

# 3 Suq al-Shuyukh
d = "2019-12-09"
N(3, d, """On 5 December 2019, demonstrators gathered in Suq al-Shuyukh in Dhi Qar governorate to protest the killing of protesters in Nasiriyah the previous week and to demand the dissolution of the provincial council. Police dispersed them with tear gas. No injuries were reported.""",
  [E("other", "protest", "2019-12-05", Q("Suq al-Shuyukh", "IQ", 30.89, 46.45, q="Suq ash Shuyukh"), ["protesters", "Iraq police"])],
  [Q("Nasiriyah", "IQ", 31.05, 46.26, q="An Nasiriyah")],
  "Protest without injuries: kind other (no scored gold). Nasiriyah: the earlier killings, 'the previous week', undated background.",
  ["protest", "background_event", "no_scored_gold"])

# 4 Susah
d = "2019-01-21"
N(4, d, """On 17 January 2019, SDF forces clashed with IS militants in Al-Susah town (Abu Kamal district, Deir ez-Zor governorate) during the offensive on the last IS-held pocket. 5 SDF fighters and an unknown number of militants were killed. Fatalities coded as 5.""",
  [E("incident", "armed clashes", "2019-01-17", Q("Susah", "SY", 34.53, 40.96, q="As Susah"), ["SDF", "ISIS"])],
  [],
  "Abu Kamal district as qualifier (~20 km, not listed).",
  ["admin_qualifier", "stated_date"])

# 5 Khan Shaykhun
d = "2019-06-03"
N(5, d, """On 30 May 2019, Russian and regime warplanes carried out air strikes on Khan Shaykhun town (Maarrat An Nu'man district, Idleb governorate). 4 civilians including 2 children were killed. Casualty figures reported by the Syrian Civil Defence.""",
  [E("incident", "air strikes", "2019-05-30", Q("Khan Shaykhun", "SY", 35.44, 36.65), ["Russia", "Syrian government", "civilians"])],
  [],
  "District named after Maarat al-Numan (prior gold name) as qualifier only (~25 km, not listed).",
  ["admin_qualifier", "stated_date"])

# 6 Salkhad
d = "2022-07-30"
N(6, d, """On 27 July 2022, armed clashes took place between a local armed faction and gunmen affiliated with Military Security in Salkhad city (Salkhad district, As-Sweida governorate), over the arrest of a resident. 2 gunmen were killed.""",
  [E("incident", "armed clashes", "2022-07-27", Q("Salkhad", "SY", 32.49, 36.71), ["local faction", "Military Security"])],
  [],
  "The arrest is the cause, no separate date.",
  ["stated_date", "back_reference"])

# 7 Halta
d = "2023-11-06"
N(7, d, """On 2 November 2023, Israeli forces shelled the outskirts of Halta village (Hasbaya district, Nabatieh governorate) with artillery and phosphorus shells. Casualties unknown. Coded to Halta.""",
  [E("incident", "shelling", "2023-11-02", M("Halta", 33.33, 35.68, "LB", "approximate, village north-west of Kfarchouba"), ["Israel"])],
  [],
  "Hasbaya district as qualifier (~8 km, not listed).",
  ["admin_qualifier", "stated_date", "casualties_unknown"])

# 8 Chamaa
d = "2024-06-24"
N(8, d, """On 21 June 2024, an Israeli drone struck a motorcycle in Chamaa town (Sour district, South governorate), killing 1 Hezbollah member. Hezbollah later fired rockets towards the Betzet area in response; this event is coded separately.""",
  [E("incident", "drone strike", "2024-06-21", M("Chamaa", 33.15, 35.18, "LB", "approximate, village south of Tyre near the coast"), ["Israel", "Hezbollah"]),
   E("incident", "rocket fire", "2024-06-21", M("Betzet", 33.07, 35.13, "IL", "approximate, moshav near the Lebanese border south of Naqoura"), ["Hezbollah", "Israel"], optional=True)],
  [Q("Tyre", "LB", 33.27, 35.20, q="Sour")],
  "Sour (Tyre) district as qualifier (~13 km). The rocket fire 'coded separately' on the same day: optional.",
  ["admin_qualifier", "stated_date", "coded_separately"])

# 9 Beit Fajjar
d = "2022-10-18"
N(9, d, """On 15 October 2022, Israeli settlers attacked Palestinian-owned agricultural land near Beit Fajjar (Bethlehem governorate), uprooting around 40 olive trees and damaging a water tank. No injuries. Property destruction.""",
  [E("incident", "settler attack, property destruction", "2022-10-15", Q("Beit Fajjar", "PS", 31.62, 35.16, q="Bayt Fajjar"), ["Israeli settlers", "civilians"])],
  [],
  "Bethlehem governorate as qualifier (~11 km, not listed).",
  ["admin_qualifier", "stated_date", "property_destruction"])

# 10 Wadi as-Salqa
d = "2024-01-29"
N(10, d, """On 25 January 2024, Israeli forces shelled a group of displaced people near Wadi as-Salqa (Deir al-Balah governorate, Gaza Strip), killing 3 civilians including a child. Location coded to the village; exact site unknown.""",
  [E("incident", "shelling", "2024-01-25", M("Wadi as-Salqa", 31.38, 34.35, "PS", "approximate, village south-east of Deir al-Balah"), ["Israel", "civilians"])],
  [],
  "Deir al-Balah governorate as qualifier (~5 km, not listed).",
  ["admin_qualifier", "stated_date"])

# 11 Kushar
d = "2019-03-25"
N(11, d, """Between 18 and 20 March 2019, Houthi forces shelled positions of Hajour tribal fighters in Kushar district (Hajjah governorate) and clashes continued around the Al-Abisa area. At least 7 tribesmen were killed over the three days.""",
  [E("incident", "shelling and clashes", ["2019-03-18", "2019-03-20"], Q("Kushar", "YE", 16.16, 43.42), ["Houthis", "Hajour tribes"])],
  [],
  "A stated three-day range. District pinned at its seat; Al-Abisa is a sub-area inside it (no separate pin).",
  ["date_range", "stated_date", "district_seat"])

# 12 Usaylan
d = "2022-01-07"
N(12, d, """On 3 January 2022, Giants Brigades forces clashed with Houthi forces in Usaylan district (Shabwah governorate), as the Giants advanced towards Bayhan. Fatalities: 12 (both sides).""",
  [E("incident", "armed clashes", "2022-01-03", Q("Usaylan", "YE", 15.03, 45.83), ["Giants Brigades", "Houthis"])],
  [M("Bayhan", 14.80, 45.72, "YE", "approximate, town south of Usaylan; advance direction")],
  "District pinned at its seat. Bayhan: direction of the advance (~28 km).",
  ["stated_date", "district_seat", "direction_place"])

# 13 Dhubab
d = "2023-04-17"
N(13, d, """On 13 April 2023, Houthi forces fired a drone at a base of joint forces in Dhubab district (Taizz governorate) near the Bab al-Mandab. The drone was reportedly downed before reaching the base. No casualties.""",
  [E("incident", "drone attack, interception", "2023-04-13", Q("Dhubab", "YE", 12.94, 43.41), ["Houthis", "joint forces"], optional=True)],
  [],
  "A drone downed before reaching its target: interception, optional (no scored gold). Bab al-Mandab: strait, region.",
  ["interception", "stated_date", "no_scored_gold"])

# 14 Javanrud
d = "2022-11-25"
N(14, d, """On 21 November 2022, IRGC and security forces fired live ammunition at mourners and protesters in Javanrud (Kermanshah province) during the funeral of two protesters killed the day before. At least 5 protesters were killed. Riot with fatalities.""",
  [E("incident", "shooting at protesters", "2022-11-21", Q("Javanrud", "IR", 34.81, 46.49), ["IRGC", "protesters"])],
  [],
  "Shooting with deaths: an incident. The killings 'the day before' are a back-reference giving the cause of the funeral, at the same town: not separate gold.",
  ["stated_date", "riot_fatalities", "background_event"])

# 15 Yuksekova
d = "2020-08-31"
N(15, d, """On 27 August 2020, Turkish security forces clashed with PKK militants in rural areas of Yuksekova district, Hakkari province. 2 militants were killed according to the Turkish Interior Ministry.""",
  [E("incident", "armed clash", "2020-08-27", Q("Yuksekova", "TR", 37.57, 44.29), ["Türkiye", "PKK"])],
  [],
  "Rural district area pinned at the district seat.",
  ["stated_date", "district_seat"])

# 16 Vasylivka
d = "2023-07-10"
N(16, d, """On 6 July 2023, Russian forces shelled Vasylivka (Vasylivka raion, Zaporizhzhia oblast), damaging residential buildings. 1 civilian injured. The Ukrainian side reported the shelling the following day.""",
  [E("incident", "shelling", "2023-07-06", Q("Vasylivka", "UA", 47.44, 35.28), ["Russia", "civilians"])],
  [],
  "The stated day, not the reporting day. Homonym Vasylivkas in Odesa region rejected by position.",
  ["stated_date", "homonym"])

# 17 Pogar
d = "2024-03-18"
N(17, d, """On 14 March 2024, Ukrainian forces struck Pogar (Bryansk oblast, Russia) with drones, according to the Bryansk governor, damaging a school building. No casualties. The governor reported from Bryansk city.""",
  [E("incident", "drone strike", "2024-03-14", Q("Pogar", "RU", 52.55, 33.26), ["Ukraine"])],
  [Q("Bryansk", "RU", 53.25, 34.37)],
  "Bryansk: statement place (~105 km).",
  ["stated_date", "statement_place"])

# 18 Bankass
d = "2019-09-16"
N(18, d, """On 12 September 2019, Dan Na Ambassagou militiamen clashed with suspected JNIM militants near Bankass (Bankass cercle, Mopti region). 3 militiamen were killed. Around 13 September 2019, unidentified gunmen also burned granaries in a nearby village; this is coded separately.""",
  [E("incident", "armed clash", "2019-09-12", Q("Bankass", "ML", 14.08, -3.52), ["Dan Na Ambassagou", "JNIM"])],
  [],
  "The burning of granaries in an unnamed nearby village 'around 13 September' is coded separately without a place: not gold.",
  ["stated_date", "coded_separately"])

# 19 Pama
d = "2021-10-25"
N(19, d, """On 21 October 2021, suspected JNIM militants attacked a VDP (volunteers) post in Pama (Kompienga province, Est region). 4 VDP killed. The militants also took several motorcycles.""",
  [E("incident", "armed attack", "2021-10-21", Q("Pama", "BF", 11.25, 0.71), ["JNIM", "VDP"])],
  [],
  "Kompienga province as qualifier.",
  ["stated_date", "admin_qualifier"])

# 20 Gombi
d = "2020-12-21"
N(20, d, """On 17 December 2020, Boko Haram (JAS) militants raided Gombi town (Gombi LGA, Adamawa state), looting shops and burning a church. No fatalities were reported. Property destruction and looting.""",
  [E("incident", "raid, looting", "2020-12-17", Q("Gombi", "NG", 10.17, 12.74), ["Boko Haram", "civilians"])],
  [],
  "LGA seat.",
  ["stated_date", "property_destruction"])

# 21 Zangon Kataf
d = "2021-07-19"
N(21, d, """On 15 July 2021, gunmen suspected to be Fulani herders attacked a village in Zangon Kataf LGA (Kaduna state), killing 8 residents. Location coded to the LGA headquarters (Zonkwa) due to the lack of the village name.""",
  [E("incident", "armed attack", "2021-07-15", M("Zonkwa", 9.78, 8.29, "NG", "approximate, LGA headquarters of Zangon Kataf"), ["gunmen", "civilians"])],
  [],
  "Unnamed village coded to the LGA seat, as the note says.",
  ["stated_date", "lga_seat"])

# 22 Wajid
d = "2024-05-13"
N(22, d, """On 9 May 2024, Ethiopian forces (non-AU) and Somali army forces repelled an al-Shabaab attack on their base at Wajid (Bakool region). 6 militants were killed, according to the Somali army. Figures could not be independently verified.""",
  [E("incident", "armed attack", "2024-05-09", Q("Wajid", "SO", 3.81, 43.25, q="Waajid"), ["al-Shabaab", "Ethiopia army", "Somali army"])],
  [],
  "Army figures unverified, but the attack itself is reported: scored.",
  ["stated_date", "unverified_figures"])

# 23 Shambu
d = "2023-03-06"
N(23, d, """On 2 March 2023, OLA militants clashed with ENDF and Oromia Special Forces near Shambu town (Horo Guduru Welega zone, Oromia). Casualties unknown.""",
  [E("incident", "armed clash", "2023-03-02", Q("Shambu", "ET", 9.57, 37.10), ["OLA", "Ethiopia army"])],
  [],
  "Zone named as qualifier.",
  ["stated_date", "casualties_unknown"])

# 24 Kurmuk
d = "2023-08-28"
N(24, d, """On 24 August 2023, SPLM-N (Al-Hilu) and SAF clashed around Kurmuk (Blue Nile state). 9 fatalities reported by local sources. SAF also reportedly arrested 6 suspected collaborators in Al-Roseires on the same day (coded separately).""",
  [E("incident", "armed clashes", "2023-08-24", Q("Kurmuk", "SD", 10.56, 34.29), ["SPLM-N", "Sudan army"]),
   E("incident", "arrests", "2023-08-24", Q("Al-Roseires", "SD", 11.85, 34.39, q="Ar Rusayris"), ["Sudan army", "civilians"], optional=True)],
  [],
  "The Al-Roseires arrests, coded separately on the same day: optional.",
  ["stated_date", "coded_separately", "arrests"])

# 25 Fizi
d = "2022-02-28"
N(25, d, """On 24 February 2022, Mai-Mai Biloze Bishambuke fighters clashed with FARDC soldiers in Fizi centre (Fizi territory, South Kivu). 2 soldiers were killed. Displacement toward Baraka reported.""",
  [E("incident", "armed clash", "2022-02-24", M("Fizi", -4.30, 28.94, "CD", "approximate, territory seat south of Baraka"), ["Mai-Mai", "DRC army"])],
  [M("Baraka", -4.10, 29.09, "CD", "approximate, lakeside town north of Fizi")],
  "Baraka: refuge (~27 km).",
  ["stated_date", "refuge_place"])

# 26 Kyaukkyi
d = "2022-04-11"
N(26, d, """On 7 April 2022, KNU/KNLA Brigade 3 and PDF fighters attacked a military outpost near Kyaukkyi town (Kyaukkyi township, Bago region). The KNLA claimed 10 soldiers killed; the figure is disputed. Fatalities coded as 3 (conservative).""",
  [E("incident", "armed attack", "2022-04-07", M("Kyaukkyi", 18.33, 96.76, "MM", "approximate, town east of the Sittaung river in Bago region"), ["KNLA", "PDF", "Myanmar military"])],
  [],
  "A claimed attack with disputed figures: the attack itself is scored.",
  ["stated_date", "disputed_figures"])

# 27 Buleda
d = "2024-10-07"
N(27, d, """On 3 October 2024, BLF militants attacked an FC checkpoint near Buleda (Kech district, Balochistan), killing 2 FC personnel. The BLF claimed the attack in a statement. Pakistan's ISPR did not comment.""",
  [E("incident", "armed attack", "2024-10-03", M("Buleda", 26.33, 62.74, "PK", "approximate, town north-west of Turbat"), ["BLF", "Frontier Corps"])],
  [],
  "Kech district as qualifier.",
  ["stated_date", "claimed_attack"])

# 28 Coyuca de Catalán
d = "2022-10-10"
N(28, d, """On 6 October 2022, a criminal group (La Familia Michoacana) clashed with a rival armed group in the Sierra near Coyuca de Catalán (Guerrero state). 5 people were killed. Coded to the municipal seat.""",
  [E("incident", "armed clash", "2022-10-06", Q("Coyuca de Catalán", "MX", 18.33, -100.70, q="Coyuca de Catalan"), ["La Familia Michoacana", "rival gang"])],
  [],
  "Rural clash coded to the municipal seat.",
  ["stated_date", "municipal_seat"])

# 29 Piagapo
d = "2023-02-20"
N(29, d, """On 16 February 2023, the AFP carried out an offensive against Dawlah Islamiyah militants in Piagapo (Lanao del Sur). 3 militants were killed. A rifle and explosives were recovered. On 17 February 2023, 2 militants surrendered to the army in Saguiaran (coded separately).""",
  [E("incident", "military operation", "2023-02-16", M("Piagapo", 7.96, 124.22, "PH", "approximate, municipality west of Marawi"), ["AFP", "Dawlah Islamiyah"]),
   E("other", "surrender", "2023-02-17", Q("Saguiaran", "PH", 8.03, 124.27), ["Dawlah Islamiyah", "AFP"], optional=True)],
  [],
  "The surrender is kind other and coded separately with a date: optional.",
  ["stated_date", "coded_separately", "surrender"])

# 30 Lascahobas
d = "2024-12-09"
N(30, d, """On 5 December 2024, gang members attacked Lascahobas commune (Centre department), setting fire to several houses and killing 3 residents. The police unit in Mirebalais was sent as reinforcement.""",
  [E("incident", "gang attack", "2024-12-05", Q("Lascahobas", "HT", 18.83, -71.94), ["gangs", "civilians"])],
  [Q("Mirebalais", "HT", 18.83, -72.10)],
  "Mirebalais: origin of reinforcements (~17 km).",
  ["stated_date", "origin_place"])
