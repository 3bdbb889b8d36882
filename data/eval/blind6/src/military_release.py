from lib import *
R = "military_release"
DOCS = []
add = DOCS.append
MR = "Military release: undated past tense in a daily release → D-1..D; claimed strikes at the target; interceptions, debris, captures, arrests, rescues and surrenders optional/other."

# 1 ---------------------------------------------------------------- CENTCOM, Syria, IS leader raid
d = "2024-08-01"
add(D(R, 1, d, f"""U.S. Central Command statement

On {WD(d,-3)}, CENTCOM forces conducted a helicopter raid in northwest Syria near the village of Atmeh, killing a senior ISIS official responsible for planning attacks in Europe. No civilians were harmed. Separately, CENTCOM forces detained two ISIS operatives in a partnered operation with the SDF near Hasakah on {WD(d,-2)}. CENTCOM remains committed to the enduring defeat of ISIS.""",
  [E("incident", "raid", DAY(d,-3), M("Atmeh", 36.21, 36.67, "SY", "approximate, village near the Turkish border, Idlib governorate"), ["United States", "Islamic State"]),
   E("incident", "arrest", DAY(d,-2), P("Hasakah", "SY", "Al-Hasakah"), ["United States", "SDF", "Islamic State"], optional=True)],
  [],
  MR + " Atmeh manual. The detention near Hasakah: arrest, optional. Europe is a topic.",
  ["military_release", "weekday_date", "arrest", "multi_event"]))

# 2 ---------------------------------------------------------------- IDF, southern Lebanon villages + Baalbek
d = "2024-10-03"
add(D(R, 2, d, """IDF statement – Over the past day, IDF fighter jets struck approximately 200 Hezbollah targets in southern Lebanon and the Beqaa, including weapons depots in the area of Nabatieh and a command centre in Tyre. In the Baalbek area, the IAF struck a site used to store precision missiles. Earlier today, sirens sounded in Metula following launches from Lebanon; no injuries were reported.""",
  [E("incident", "airstrike", [DAY(d,-1), d], P("Nabatieh", "LB"), ["Israel", "Hezbollah"]),
   E("incident", "airstrike", [DAY(d,-1), d], P("Tyre", "LB"), ["Israel", "Hezbollah"]),
   E("incident", "airstrike", [DAY(d,-1), d], P("Baalbek", "LB"), ["Israel", "Hezbollah"]),
   E("incident", "rocket attack", d, P("Metula", "IL"), ["Hezbollah"], optional=True)],
  [],
  MR + " 'Over the past day': D-1..D. Three named areas: three events. Sirens in Metula: optional. 'Southern Lebanon and the Beqaa' are regions.",
  ["military_release", "past_day", "multi_event", "sirens"]))

# 3 ---------------------------------------------------------------- Turkish MoD, Metina region
d = "2024-07-18"
ZAX = P("Zakho", "IQ", "Zaxo")
add(D(R, 3, d, """Ministry of National Defence (weekly briefing) – In the past week, 29 PKK terrorists were neutralised in northern Iraq and Syria. In the Metina region of northern Iraq, air-supported operations destroyed 14 caves and shelters. 3 terrorists surrendered to our security forces at the Habur border gate. Operations continue with determination.""",
  [E("incident", "air-supported operations", [DAY(d,-7), d], M("Metina region", 37.25, 43.25, "IQ", "approximate, mountain area north of Amadiya"), ["Turkey", "PKK"], alts=[ZAX]),
   E("other", "surrender", [DAY(d,-7), d], M("Habur border gate", 37.14, 42.58, "TR", "approximate, crossing near Silopi"), ["PKK", "Turkey"])],
  [],
  MR + " Weekly briefing: the week's range. Metina region manual (large area), Zakho alternate. Surrender: kind other. Country-wide totals not pinned.",
  ["military_release", "weekly", "region", "surrender"]))

# 4 ---------------------------------------------------------------- Russian MoD, Pokrovsk direction (Russian spellings)
d = "2024-08-27"
add(D(R, 4, d, """Ministry of Defence of the Russian Federation – Units of the Centre Group of Forces liberated the settlement of Mikhailovka of the Donetsk People's Republic. Operational-tactical aviation and missile troops struck temporary deployment points of AFU units near Krasnoarmeysk, Mirnograd and Selidovo. Air defence shot down 5 HIMARS rockets and 43 UAVs over the Belgorod and Kursk regions.""",
  [E("incident", "strike", [DAY(d,-1), d], P("Krasnoarmeysk (Pokrovsk)", "UA", "Pokrovsk"), ["Russia", "Ukraine"]),
   E("incident", "strike", [DAY(d,-1), d], P("Mirnograd (Myrnohrad)", "UA", "Myrnohrad"), ["Russia", "Ukraine"]),
   E("incident", "strike", [DAY(d,-1), d], P("Selidovo (Selydove)", "UA", "Selydove"), ["Russia", "Ukraine"]),
   E("other", "territorial capture claim", [DAY(d,-1), d], M("Mikhailovka (Mykhailivka, Pokrovsk district)", 48.23, 37.46, "UA", "approximate, village east of Pokrovsk"), ["Russia"], optional=True),
   E("incident", "interception", [DAY(d,-1), d], P("Belgorod", "RU"), ["Russia", "Ukraine"], optional=True)],
  [P("Kursk", "RU")],
  MR + " Russian names: Krasnoarmeysk = Pokrovsk, Mirnograd = Myrnohrad (~10 km from Pokrovsk, separately named), Selidovo = Selydove. Capture claim optional (manual). Region-wide interceptions: optional at Belgorod; Kursk region listed non-event.",
  ["military_release", "alt_spelling", "multi_event", "capture_claim", "interception", "past_day"]))

# 5 ---------------------------------------------------------------- Ukrainian Air Force, launch origins
d = "2024-12-13"
add(D(R, 5, d, """Air Force of the Armed Forces of Ukraine – On the night of 13 December, the enemy attacked with 93 missiles and about 200 attack drones, launched from the Bryansk, Kursk and Oryol regions and from the Black Sea. The main target was the energy infrastructure of western Ukraine. Hits were recorded in the Ternopil and Ivano-Frankivsk regions. Air defence destroyed 81 missiles and 80 drones.""",
  [E("incident", "missile strike", ["2024-12-12", "2024-12-13"], P("Ternopil", "UA"), ["Russia"]),
   E("incident", "missile strike", ["2024-12-12", "2024-12-13"], P("Ivano-Frankivsk", "UA"), ["Russia"])],
  [P("Bryansk", "RU"), P("Kursk", "RU"), P("Oryol", "RU", "Orel")],
  MR + " Night of 13 December: 12–13. Hits by region: pinned at the oblast centres. Launch regions (Bryansk, Kursk, Oryol) are origins.",
  ["military_release", "launch_origin", "province_only", "multi_event", "night_range"]))

# 6 ---------------------------------------------------------------- Nigerian DHQ, town list
d = "2024-05-24"
add(D(R, 6, d, """Defence Headquarters – Operational update. In the North East, troops of Operation Hadin Kai neutralised 17 terrorists in encounters at Bama, Gwoza and Mallam Fatori in Borno State, and rescued 23 kidnapped hostages at Konduga. In the North West, Operation Hadarin Daji troops repelled an attack by bandits on Tsafe in Zamfara State, neutralising 6. Troops also arrested 8 logistics suppliers at Damboa.""",
  [E("incident", "armed clashes", [DAY(d,-7), d], P("Bama", "NG"), ["Nigerian Army", "ISWAP"]),
   E("incident", "armed clashes", [DAY(d,-7), d], P("Gwoza", "NG"), ["Nigerian Army", "Boko Haram"]),
   E("incident", "armed clashes", [DAY(d,-7), d], P("Mallam Fatori", "NG", "Mallam Fatori"), ["Nigerian Army", "ISWAP"]),
   E("incident", "rescue", [DAY(d,-7), d], P("Konduga", "NG"), ["Nigerian Army"], optional=True),
   E("incident", "armed attack", [DAY(d,-7), d], P("Tsafe", "NG"), ["bandits", "Nigerian Army"]),
   E("incident", "arrest", [DAY(d,-7), d], P("Damboa", "NG"), ["Nigerian Army"], optional=True)],
  [],
  MR + " Weekly-style operational update without dates: past week D-7..D. Rescues and arrests optional. Bama–Konduga ~30 km but separately named.",
  ["military_release", "multi_event", "rescue", "arrest", "weekly"]))

# 7 ---------------------------------------------------------------- ISPR, North Waziristan IBO
d = "2024-10-26"
add(D(R, 7, d, f"""ISPR – On the night of {WD(d,-2)}/{WD(d,-1)}, security forces conducted an intelligence based operation in the general area of Mir Ali, North Waziristan district, on reported presence of khwarij. 8 khwarij were sent to hell. Weapons and ammunition were recovered. Sanitisation operation is being conducted in the area. The khwarij were involved in the attack on a police check post in Bannu last month.""",
  [E("incident", "security operation", [DAY(d,-2), DAY(d,-1)], M("Mir Ali", 33.02, 70.30, "PK", "approximate, Mir Ali town, North Waziristan"), ["Pakistan Army", "TTP"], alts=[M("Miran Shah", 33.00, 70.07, "PK", "approximate, district headquarters")])],
  [P("Bannu", "PK")],
  MR + " Night range. 'General area of Mir Ali' manual, district HQ Miran Shah alternate. Bannu attack 'last month' undated: not gold.",
  ["military_release", "night_range", "district", "background_event", "weekday_date"]))

# 8 ---------------------------------------------------------------- FAMa, Timbuktu region
d = "2023-09-09"
add(D(R, 8, d, f"""Communiqué de l'État-major général des armées – Le {WDF(d,-2)} 7 septembre 2023, le bateau Tombouctou a été la cible d'une attaque terroriste sur le fleuve Niger, près de Bourem, ainsi que le camp militaire de Bourem. Le bilan provisoire est de 49 civils et 15 militaires tués. Environ 50 assaillants ont été neutralisés. Le gouvernement décrète un deuil national de trois jours.""",
  [E("incident", "armed attack", "2023-09-07", P("Bourem", "ML"), ["JNIM", "Malian Armed Forces", "civilians"])],
  [P("Timbuktu", "ML")],
  MR + " French. Boat near Bourem and the Bourem camp: one place, one event (same day). 'Tombouctou' here is the boat's name (Timbuktu listed as a non-event place).",
  ["military_release", "french", "homonym", "weekday_date", "multi_site_one_event"]))

# 9 ---------------------------------------------------------------- Burkinabè army, Djibasso
d = "2023-05-29"
NOU = P("Nouna", "BF")
add(D(R, 9, d, f"""Armée burkinabè – Le {WDF(d,-3)} 26 mai, une unité du 14e Régiment interarmes a repoussé une attaque d'envergure contre le détachement militaire de Djibasso, dans la province de la Kossi, à une cinquantaine de kilomètres au nord-ouest de Nouna. Les vecteurs aériens ont neutralisé une quarantaine de terroristes en fuite vers le Mali.""",
  [E("incident", "armed attack", "2023-05-26", M("Djibasso", 13.12, -4.16, "BF", "approximate, town in Kossi province near the Malian border"), ["jihadists", "Burkinabè Armed Forces"], alts=[NOU])],
  [],
  MR + " French. Djibasso manual (~55 km north-west of Nouna, as the text says), Nouna alternate. Attackers fleeing towards Mali: country.",
  ["military_release", "french", "weekday_date", "admin_qualifier"]))

# 10 ---------------------------------------------------------------- Niger FAN, Tahoua region Tillia
d = "2024-03-22"
add(D(R, 10, d, """Forces Armées Nigeriennes – Communiqué. Le 20 mars 2024, une unité des FDS en mission de sécurisation a été prise dans une embuscade complexe dans la zone de Teguey, département de Tillia (région de Tahoua). Bilan : 23 militaires tombés au champ d'honneur. Les blessés ont été évacués sur Niamey. Une trentaine de terroristes ont été neutralisés par les frappes aériennes.""",
  [E("incident", "ambush", "2024-03-20", M("Teguey zone", 15.95, 4.40, "NE", "approximate, area west of Tillia"), ["Islamic State Sahel", "Niger Armed Forces"], alts=[P("Tillia", "NE")])],
  [P("Niamey", "NE"), P("Tahoua", "NE")],
  MR + " French. 'Zone de Teguey, département de Tillia': manual, department seat Tillia alternate. Tahoua region qualifier; Niamey hospital.",
  ["military_release", "french", "district", "hospital_other_city", "admin_qualifier"]))

# 11 ---------------------------------------------------------------- AFRICOM, Somalia offset
d = "2025-02-04"
BOS = P("Bosaso", "SO")
add(D(R, 11, d, """U.S. Africa Command – At the direction of the President and in coordination with the Federal Government of Somalia, U.S. Africa Command conducted an airstrike against ISIS-Somalia in the Cal Miskaad mountains, approximately 60 km south of Bosaso, on Feb. 1. The command's initial assessment is that multiple ISIS operatives were killed and no civilians were harmed.""",
  [E("incident", "airstrike", "2025-02-01", OFF("Cal Miskaad mountains (60 km south of Bosaso)", BOS, 60, BEAR["south"]), ["United States", "ISIS-Somalia"], alts=[BOS])],
  [],
  MR + " Offset computed, Bosaso alternate.",
  ["military_release", "offset"]))

# 12 ---------------------------------------------------------------- Indian Army, J&K encounter
d = "2024-07-16"
add(D(R, 12, d, f"""White Knight Corps – On {WD(d,-1)} evening, based on specific intelligence, a joint operation of the Indian Army and J&K Police was launched in the Dessa forest area, north of Doda town. Contact was established with terrorists and a fierce firefight ensued. Four brave soldiers were critically injured and later succumbed. The operation continues. The soldiers' mortal remains will be flown to their home towns in Uttarakhand and Rajasthan.""",
  [E("incident", "armed clashes", DAY(d,-1), OFF("Dessa forest area (north of Doda)", M("Doda", 33.15, 75.55, "IN", "approximate, Doda town"), 20, BEAR["north"]), ["Indian Army", "militants"], alts=[M("Doda", 33.15, 75.55, "IN", "approximate, Doda town")])],
  [],
  MR + " Direction without distance: 20 km assumed, Doda alternate (manual). Home states of soldiers are origins (states, not pinned).",
  ["military_release", "offset", "weekday_date", "origin_place"]))

# 13 ---------------------------------------------------------------- AFP Philippines, Sulu/Basilan
d = "2023-02-20"
add(D(R, 13, d, f"""Armed Forces of the Philippines, Western Mindanao Command – Troops of the 101st Infantry Brigade clashed with remnants of the Abu Sayyaf Group in Barangay Bato-Bato, Patikul, Sulu on {WD(d,-1)}. Two militants were killed. Meanwhile, in Basilan, 12 former ASG members formally surrendered to the 101st Brigade at the provincial capitol in Isabela City.""",
  [E("incident", "armed clashes", DAY(d,-1), P("Patikul", "PH"), ["Philippine Army", "Abu Sayyaf"]),
   E("other", "surrender", DAY(d,-1), P("Isabela City", "PH", "City of Isabela"), ["Abu Sayyaf"])],
  [],
  MR + " Barangay of Patikul: pinned at Patikul. 'Meanwhile' surrender: other (dated like the clash).",
  ["military_release", "surrender", "weekday_date", "admin_qualifier"]))

# 14 ---------------------------------------------------------------- Colombian army, Catatumbo drone attack
d = "2025-04-14"
add(D(R, 14, d, """Ejército Nacional – Rechazamos el ataque con drones cometido por el GAO ELN contra la base militar de El Tarra, Norte de Santander, en la madrugada de este domingo 13 de abril, que dejó dos soldados heridos. Los heridos fueron trasladados al hospital de Cúcuta. Tropas de la Trigésima Brigada mantienen operaciones en Tibú.""",
  [E("incident", "drone attack", "2025-04-13", P("El Tarra", "CO"), ["ELN", "Colombian Army"])],
  [P("Cúcuta", "CO", "Cucuta"), P("Tibú", "CO", "Tibu")],
  "Spanish. " + MR + " Stated date (Sunday 13 April, 'domingo' is Spanish and not checked). Cúcuta hospital; ongoing operations in Tibú are not an incident.",
  ["military_release", "spanish", "hospital_other_city"]))

# 15 ---------------------------------------------------------------- Myanmar junta statement, Lashio
d = "2024-07-06"
add(D(R, 15, d, """Tatmadaw True News Information Team – MNDAA terrorists attacked security outposts near Nawnghkio and on the outskirts of Lashio on 3 and 4 July, using drones and heavy weapons. Tatmadaw columns responded with air support. Terrorists' positions near Kutkai were also cleared. Civilians from Hsipaw have been evacuated to Mandalay.""",
  [E("incident", "armed attack", ["2024-07-03", "2024-07-04"], P("Lashio", "MM"), ["MNDAA", "Myanmar military"]),
   E("incident", "armed attack", ["2024-07-03", "2024-07-04"], M("Nawnghkio", 22.31, 96.82, "MM", "approximate, Nawnghkio town"), ["MNDAA", "Myanmar military"]),
   E("incident", "military operation", [DAY(d,-1), d], P("Kutkai", "MM"), ["Myanmar military", "MNDAA"], optional=True)],
  [M("Hsipaw", 22.62, 97.30, "MM", "approximate, Hsipaw town"), P("Mandalay", "MM")],
  MR + " Two attacked places across 3–4 July. 'Cleared' positions near Kutkai undated, vague: optional D-1..D. Hsipaw (origin of evacuees) and Mandalay (refuge).",
  ["military_release", "multi_event", "date_range", "origin_place"]))

# 16 ---------------------------------------------------------------- Houthi military spokesman claim (at target)
d = "2024-07-20"
add(D(R, 16, d, """Statement of the Yemeni Armed Forces (Sanaa) – The drone air force carried out a qualitative military operation targeting one of the important targets in the occupied area of Jaffa, so-called Tel Aviv, with a new drone called "Yafa", capable of bypassing the enemy's interception systems. The operation achieved its goals successfully.""",
  [E("incident", "drone attack", [DAY(d,-1), d], P("Tel Aviv", "IL"), ["Houthis", "Israel"])],
  [P("Sanaa", "YE")],
  MR + " Claimed attack at the target (Jaffa/Tel Aviv). Undated past tense: D-1..D. Sanaa is where the statement comes from. 'Yafa' drone name.",
  ["military_release", "claimed_attack", "statement_place", "alt_spelling"]))

# 17 ---------------------------------------------------------------- IDF West Bank, Tulkarm + Nur Shams
d = "2024-08-29"
add(D(R, 17, d, f"""IDF and ISA statement – Since {WD(d,-1)} morning, IDF, ISA and Border Police forces have been conducting a counterterrorism operation in Jenin and Tulkarm. In Tulkarm, an aircraft struck a terrorist cell in the Nur Shams camp; five terrorists were eliminated. In Jenin, forces exchanged fire with armed men. Separately, a suspect was apprehended near Tubas.""",
  [E("incident", "raid", [DAY(d,-1), d], P("Jenin", "PS"), ["Israel", "Palestinian militants"]),
   E("incident", "airstrike", [DAY(d,-1), d], M("Nur Shams camp", 32.31, 35.06, "PS", "approximate, camp east of Tulkarm"), ["Israel", "Palestinian militants"], alts=[P("Tulkarm", "PS")]),
   E("incident", "arrest", [DAY(d,-1), d], P("Tubas", "PS"), ["Israel"], optional=True)],
  [],
  MR + " 'Since Wednesday morning': D-1..D. Jenin and Tulkarm (~35 km) two events; the camp strike at Nur Shams (manual) with Tulkarm alternate. Arrest optional.",
  ["military_release", "multi_event", "weekday_date", "camp", "arrest"]))

# 18 ---------------------------------------------------------------- Ukrainian General Staff, strike on Russian airfield
d = "2024-04-05"
ENG = P("Engels", "RU")
add(D(R, 18, d, f"""General Staff of the Armed Forces of Ukraine – On the night of {WD(d)}, the Defence Forces struck the Morozovsk military airfield in the Rostov region, where Su-34 aircraft are based. At least six aircraft were destroyed or damaged. Strikes were also made on the Engels airfield in the Saratov region, preliminary data are being clarified. The 'bridge' in Kerch was not targeted, contrary to Russian claims.""",
  [E("incident", "drone strike", [DAY(d,-1), d], M("Morozovsk airfield", 48.31, 41.79, "RU", "approximate, airfield near Morozovsk"), ["Ukraine", "Russia"]),
   E("incident", "drone strike", [DAY(d,-1), d], ENG, ["Ukraine", "Russia"])],
  [P("Kerch", "UA"), P("Rostov-on-Don", "RU")],
  MR + " 'Night of Friday': Thursday–Friday. Engels airfield pinned at Engels. Kerch explicitly not targeted: non-event. Rostov region is a qualifier (its centre listed).",
  ["military_release", "night_range", "multi_event", "negated_event", "weekday_date", "admin_qualifier"]))

# 19 ---------------------------------------------------------------- IDF: Iran strikes (Oct 2024) region-level
d = "2024-10-26"
add(D(R, 19, d, """IDF spokesperson – In response to the months-long continuous attacks from the regime in Iran, the IDF conducted precise strikes on military targets in Iran early this morning, including missile manufacturing facilities and surface-to-air missile arrays in the provinces of Tehran, Khuzestan and Ilam. All aircraft returned safely. Iran is warned against further escalation.""",
  [E("incident", "airstrike", d, P("Tehran", "IR"), ["Israel", "Iran"]),
   E("incident", "airstrike", d, P("Ahvaz", "IR", "Ahvaz"), ["Israel", "Iran"]),
   E("incident", "airstrike", d, P("Ilam", "IR"), ["Israel", "Iran"])],
  [],
  MR + " Province-only locations pinned at the provincial centres (Khuzestan → Ahvaz).",
  ["military_release", "province_only", "multi_event"]))

# 20 ---------------------------------------------------------------- Future warning + today's strike (Lebanon, IDF)
d = "2024-11-14"
add(D(R, 20, d, """Arabic spokesperson of the IDF – Urgent warning to residents of the southern suburb of Beirut, in the Haret Hreik and Ghobeiry neighbourhoods: you are near Hezbollah facilities that the IDF will act against in the near future. Evacuate immediately at least 500 metres. Earlier today, IDF aircraft struck a Hezbollah weapons depot in the town of Qana.""",
  [E("incident", "airstrike", d, M("Qana", 33.21, 35.30, "LB", "approximate, town south-east of Tyre"), ["Israel", "Hezbollah"])],
  [M("Haret Hreik (Dahiyeh)", 33.85, 35.52, "LB", "approximate, southern suburb of Beirut")],
  MR + " Warning of future strikes on Dahiyeh: not gold (listed non-event). Qana strike today.",
  ["military_release", "future_event", "warning"]))

# 21 ---------------------------------------------------------------- CENTCOM, Idlib, Sarmada
d = "2024-05-29"
add(D(R, 21, d, f"""U.S. Central Command – On {WD(d,-1)}, CENTCOM forces conducted a unilateral precision strike near Sarmada, Idlib province, Syria, killing a senior leader of Hurras al-Din. The strike was carried out with an MQ-9. There are no indications of civilian casualties. Separately, CENTCOM forces destroyed two Houthi uncrewed surface vessels in the Red Sea.""",
  [E("incident", "drone strike", DAY(d,-1), M("Sarmada", 36.18, 36.72, "SY", "approximate, town near the Bab al-Hawa crossing"), ["United States", "Hurras al-Din"], alts=[P("Idlib", "SY")])],
  [],
  MR + " Sarmada manual, Idlib (province centre, ~40 km) alternate. Vessels destroyed at sea: unlocated.",
  ["military_release", "weekday_date", "province_only", "at_sea"]))

# 22 ---------------------------------------------------------------- IDF, Khan Younis + Rafah
d = "2024-01-24"
add(D(R, 22, d, """IDF update – Over the past day, troops of the 98th Division continued to operate in western Khan Younis, where they eliminated dozens of terrorists and located weapons in a school compound. Fighter jets struck a Hamas command post in the area of Rafah. A rocket launched toward Sderot fell in an open area.""",
  [E("incident", "ground operation", [DAY(d,-1), d], P("Khan Younis", "PS", "Khan Yunis"), ["Israel", "Hamas"]),
   E("incident", "airstrike", [DAY(d,-1), d], P("Rafah", "PS"), ["Israel", "Hamas"]),
   E("incident", "rocket attack", [DAY(d,-1), d], P("Sderot", "IL"), ["Hamas"], optional=True)],
  [],
  MR + " Khan Younis and Rafah (~10 km): separately named, two events. Rocket into an open area near Sderot: optional.",
  ["military_release", "past_day", "multi_event"]))

# 23 ---------------------------------------------------------------- Russian MoD, Kupyansk + Dzerzhinsk claim
d = "2024-09-03"
add(D(R, 23, d, """Ministry of Defence of the Russian Federation – Units of the Zapad Group of Forces inflicted fire damage on the manpower and equipment of AFU brigades near Kupyansk, Kharkov region. Units of the Yug Group of Forces improved their tactical position near Dzerzhinsk. Over the past day, air defence systems shot down 2 Neptune-MD long-range missiles over the Bryansk region.""",
  [E("incident", "shelling", [DAY(d,-1), d], P("Kupyansk", "UA", "Kupyansk"), ["Russia", "Ukraine"]),
   E("other", "territorial movement", [DAY(d,-1), d], P("Dzerzhinsk (Toretsk)", "UA", "Toretsk"), ["Russia"], optional=True),
   E("incident", "interception", [DAY(d,-1), d], P("Bryansk", "RU"), ["Russia", "Ukraine"], optional=True)],
  [P("Kharkiv", "UA")],
  MR + " Russian names: Kupyansk, Kharkov region (its centre listed), Dzerzhinsk = Toretsk ('improved position': territorial movement, optional). Region-wide interception optional.",
  ["military_release", "alt_spelling", "past_day", "capture_claim", "interception", "admin_qualifier"]))

# 24 ---------------------------------------------------------------- Ukrainian Navy, Novorossiysk
d = "2023-08-04"
add(D(R, 24, d, """Navy of the Armed Forces of Ukraine – Overnight, naval drones of the Defence Forces struck the large landing ship Olenegorsky Gornyak at the naval base in Novorossiysk. The ship suffered serious damage. The Russian side claimed that two sea drones were destroyed while attempting to attack the base. Details of the operation are not disclosed.""",
  [E("incident", "naval drone strike", [DAY(d,-1), d], P("Novorossiysk", "RU"), ["Ukraine", "Russian Navy"])],
  [],
  MR + " Overnight: D-1..D. The Russian interception claim refers to the same attack.",
  ["military_release", "overnight", "claimed_attack"]))

# 25 ---------------------------------------------------------------- ISPR, Bunyan-um-Marsoos, claimed at targets
d = "2025-05-10"
add(D(R, 25, d, """ISPR – In response to Indian aggression, the Armed Forces of Pakistan launched Operation Bunyan-um-Marsoos in the early hours of today. Precision strikes targeted the Udhampur and Pathankot airbases and a BrahMos storage facility in Beas. The strikes were launched from positions in Punjab and AJK. The Indian strikes on the Nur Khan airbase in Rawalpindi and on Shorkot overnight were a blatant act of aggression.""",
  [E("incident", "missile strike", d, P("Udhampur", "IN"), ["Pakistan", "India"]),
   E("incident", "missile strike", d, P("Pathankot", "IN"), ["Pakistan", "India"]),
   E("incident", "missile strike", d, M("Beas", 31.52, 75.29, "IN", "approximate, town on the Beas river, Punjab"), ["Pakistan", "India"]),
   E("incident", "missile strike", [DAY(d,-1), d], M("Nur Khan airbase", 33.62, 73.10, "PK", "approximate, Chaklala, Rawalpindi"), ["India", "Pakistan"], alts=[P("Rawalpindi", "PK")]),
   E("incident", "missile strike", [DAY(d,-1), d], M("Shorkot", 30.83, 72.07, "PK", "approximate, PAF Base Rafiqui near Shorkot"), ["India", "Pakistan"])],
  [],
  MR + " Claimed strikes at their targets (three in India, today). The Indian strikes 'overnight' on two Pakistani bases are events in the same release (D-1..D). Punjab and AJK launch areas (regions).",
  ["military_release", "claimed_attack", "multi_event", "launch_origin", "overnight"]))

# 26 ---------------------------------------------------------------- Indian Army, Poonch shelling
d = "2025-05-08"
add(D(R, 26, d, f"""Indian Army – On the night of {WD(d,-1)}/{WD(d)}, the Pakistan Army resorted to unprovoked firing using small arms and artillery guns across the Line of Control opposite Kupwara, Baramulla, Uri and Poonch. The shells hit civilian houses in Poonch town, killing 13 civilians, including 4 children. The Indian Army responded in a proportionate manner.""",
  [E("incident", "shelling", [DAY(d,-1), d], P("Poonch", "IN", "Punch"), ["Pakistan Army", "civilians"]),
   E("incident", "shelling", [DAY(d,-1), d], P("Kupwara", "IN", "Kupwara"), ["Pakistan Army"], optional=True),
   E("incident", "shelling", [DAY(d,-1), d], M("Uri", 34.08, 74.03, "IN", "approximate, Uri town"), ["Pakistan Army"], optional=True)],
  [],
  MR + " Firing 'opposite' sectors (LoC areas named by district): optional; Poonch town hit with casualties: scored. Kupwara resolves to the gazetteer entry 'Kopawor' (34.53 N, the town; a second 'Kupwāra' entry at 34.03 N was not used). Baramulla has no gazetteer entry: not pinned.",
  ["military_release", "night_range", "homonym", "weekday_date", "multi_event"]))

# 27 ---------------------------------------------------------------- Nigerian Air Force, Zurmi
d = "2024-08-15"
add(D(R, 27, d, f"""Nigerian Air Force – Air interdiction missions by the Air Component of Operation Hadarin Daji on {WD(d,-2)} neutralised scores of bandits at a hideout in the Gidan Kaura forest near Zurmi, Zamfara State. The strikes followed intelligence that the bandits had gathered to plan attacks on communities in Sokoto and Katsina States. No civilians were harmed, the statement issued in Abuja said.""",
  [E("incident", "airstrike", DAY(d,-2), P("Zurmi", "NG"), ["Nigerian Air Force", "bandits"])],
  [P("Abuja", "NG")],
  MR + " Forest near Zurmi: pinned at Zurmi. Planned attacks (future) in states: not gold. Abuja statement.",
  ["military_release", "weekday_date", "future_event", "statement_place"]))

# 28 ---------------------------------------------------------------- FAMa, Tinzaouaten drone strike
d = "2024-08-27"
add(D(R, 28, d, """Communiqué de l'État-major – Les FAMa ont mené le 25 août 2024 des frappes aériennes de précision sur des cibles terroristes à Tinzaouatène, près de la frontière algérienne, détruisant des véhicules et des dépôts logistiques. Les groupes armés affirment que les frappes ont tué 21 civils, dont des enfants, près d'une pharmacie. Une enquête est annoncée à Kidal.""",
  [E("incident", "drone strike", "2024-08-25", M("Tinzaouaten", 19.96, 2.90, "ML", "approximate, border town in Kidal region"), ["Malian Armed Forces", "CSP-DPA", "civilians"])],
  [P("Kidal", "ML")],
  MR + " French. Tinzaouaten manual. Kidal: place of an announced investigation (future).",
  ["military_release", "french", "future_event"]))

# 29 ---------------------------------------------------------------- SAF, Nyala airport + Wad Madani capture
d = "2025-01-12"
add(D(R, 29, d, f"""Sudanese Armed Forces spokesman – Our forces entered the city of Wad Madani on {WD(d,-1)} and are clearing its neighbourhoods of the remnants of the terrorist militia. The air force carried out a strike on Nyala airport, destroying an aircraft used by the militia to bring in weapons. The militia's drones targeted a power station in Atbara without causing damage, the statement added.""",
  [E("other", "territorial capture", DAY(d,-1), P("Wad Madani", "SD", "Wad Medani"), ["Sudanese Armed Forces", "Rapid Support Forces"], optional=True),
   E("incident", "airstrike", [DAY(d,-1), d], M("Nyala airport", 12.05, 24.96, "SD", "approximate, airport east of Nyala"), ["Sudanese Armed Forces", "Rapid Support Forces"], alts=[P("Nyala", "SD")]),
   E("incident", "drone attack", [DAY(d,-1), d], P("Atbara", "SD"), ["Rapid Support Forces"])],
  [],
  MR + " Entry into Wad Madani: territorial capture, optional. Undated strike and drone attack in a daily statement: D-1..D.",
  ["military_release", "capture_claim", "multi_event", "weekday_date"]))

# 30 ---------------------------------------------------------------- Cameroon army, Mora
d = "2023-07-10"
add(D(R, 30, d, f"""Ministère de la Défense du Cameroun – Dans la nuit du {WDF(d,-3)} au {WDF(d,-2)}, une incursion de terroristes de Boko Haram dans la localité de Mozogo, département du Mayo-Tsanaga, a été repoussée par les éléments du BIR. Bilan : 8 civils tués et 11 terroristes neutralisés. Les blessés ont été évacués vers l'hôpital régional de Maroua.""",
  [E("incident", "armed attack", [DAY(d,-3), DAY(d,-2)], M("Mozogo", 11.08, 13.93, "CM", "approximate, town in Mayo-Tsanaga"), ["Boko Haram", "BIR", "civilians"], alts=[P("Mora", "CM")])],
  [P("Maroua", "CM")],
  MR + " French. Night range. Mozogo manual, Mora (~25 km) alternate (note: Mora is in Mayo-Sava; used as nearest gazetteer town). Maroua hospital.",
  ["military_release", "french", "night_range", "hospital_other_city", "weekday_date"]))
