from lib import *
R = "military_release"
DOCS = []
add = DOCS.append

TAMPA = P("Tampa", "US")
ANK = P("Ankara", "TR")
MOS = P("Moscow", "RU")
STU = P("Stuttgart", "DE")
SANAA = P("Sanaa", "YE")
HOD = P("Hodeidah", "YE", "Al Hudaydah")
DEZ = P("Deir ez-Zor", "SY")
KYV = P("Kyiv", "UA")

# 1 ---------------------------------------------------------------- CENTCOM, titles name countries only
d = "2024-02-03"
add(D(R, 1, d, """U.S. Forces Conduct Strikes in Iraq and Syria

TAMPA, Fla. — At 4:00 p.m. (EST) on Feb. 2, U.S. Central Command (CENTCOM) forces conducted airstrikes in Iraq and Syria against Iran's Islamic Revolutionary Guard Corps (IRGC) Quds Force and affiliated militia groups. U.S. military forces struck more than 80 targets with numerous aircraft, including long-range bombers flown from the United States.

The airstrikes employed more than 125 precision munitions. The facilities that were struck included command and control operations centers, intelligence centers, rockets and missiles, and unmanned aerial vehicle storages. Among the sites struck were facilities near Al-Qaim and Akashat in western Iraq, and near Al Mayadin and Albu Kamal in eastern Syria.

A battle damage assessment is ongoing. U.S. forces will continue to take action to hold those responsible for attacks on U.S. personnel accountable.""",
  [E("incident", "airstrike", [DAY(d,-1), d], P("Al-Qaim", "IQ", "Al Qaim"), ["United States", "IRGC Quds Force"]),
   E("incident", "airstrike", [DAY(d,-1), d], M("Akashat", 33.79, 40.61, "IQ", "approximate, Akashat town in al-Anbar desert"), ["United States", "IRGC Quds Force"]),
   E("incident", "airstrike", [DAY(d,-1), d], P("Al Mayadin", "SY"), ["United States", "IRGC Quds Force"]),
   E("incident", "airstrike", [DAY(d,-1), d], P("Albu Kamal", "SY", "Al Bukamal"), ["United States", "IRGC Quds Force"])],
  [TAMPA],
  "4:00 p.m. EST Feb 2 is after midnight local time in Iraq/Syria, so Feb 2..Feb 3. Title names only Iraq and Syria (countries, not pins); Tampa is the HQ dateline. 'Flown from the United States' is an origin.",
  ["dateline_not_event", "multi_event", "site_list", "country_title", "future_event"]))

# 2 ---------------------------------------------------------------- CENTCOM Red Sea, mostly unlocated
d = "2024-03-06"
add(D(R, 2, d, """CENTCOM Conducts Self-Defense Strikes in Yemen

TAMPA, Fla. — On March 5, between 3:30 a.m. and 5:00 a.m. (Sanaa time), U.S. Central Command forces successfully conducted strikes against two Houthi mobile anti-ship missiles that were prepared to launch against ships in the Red Sea. CENTCOM forces identified the missiles in Houthi-controlled areas of Yemen and determined that they presented an imminent threat.

Separately, at approximately 11:45 a.m., coalition aircraft struck an unmanned aerial vehicle ground control station on the outskirts of Hodeidah. Later that evening, USS Carney shot down three one-way attack UAVs over the southern Red Sea. There were no injuries or damage reported by U.S. or coalition ships.

These actions will protect freedom of navigation and make international waters safer and more secure.""",
  [E("incident", "airstrike", "2024-03-05", HOD, ["United States", "Houthis"]),
   E("incident", "interception", "2024-03-05", M("southern Red Sea", 14.5, 42.2, "YE", "approximate, sea area off Hodeidah/Mokha"), ["United States", "Houthis"], optional=True)],
  [SANAA, TAMPA],
  "Strikes on mobile missiles are located only as 'Houthi-controlled areas of Yemen' (no pin). Ground station on the outskirts of Hodeidah is the one scored pin. Interception over the sea is optional. 'Sanaa time' is a time zone, not a place of events.",
  ["dateline_not_event", "unlocated_strike", "time_zone_place", "no_casualties"]))

# 3 ---------------------------------------------------------------- CENTCOM raid
d = "2023-07-12"
add(D(R, 3, d, """CENTCOM Forces Kill Senior ISIS Official in Syria

TAMPA, Fla. — U.S. Central Command forces conducted a helicopter raid in northern Syria at 2:15 a.m. local time on July 11, killing a senior ISIS official responsible for planning attacks in the region and abroad. The raid took place in the village of Qubbat al-Sheikh in the Al Bab district of Aleppo province.

Two associates of the official were detained. There are no indications that any civilians were killed or injured, and no U.S. forces were wounded in the operation.

The official, an Iraqi national, had previously operated in the Hawija area before fleeing to Syria. This operation follows the June 16 strike in eastern Syria that killed an ISIS facilitator. "ISIS remains a threat to the region and beyond," said General Michael Erik Kurilla, CENTCOM commander.""",
  [E("incident", "raid", "2023-07-11", M("Qubbat al-Sheikh, Al Bab district", 36.40, 37.44, "SY", "approximate, village west of al-Bab"), ["United States", "ISIS"], alts=[P("Al Bab", "SY")])],
  [TAMPA, M("Hawija", 35.33, 43.77, "IQ", "Hawija town, Kirkuk province")],
  "Village stated with district and province; pinned near al-Bab (alternate). Hawija is the official's earlier area of operation, eastern Syria June 16 strike unlocated background.",
  ["dateline_not_event", "admin_qualifier", "background_event", "nationality", "no_casualties"]))

# 4 ---------------------------------------------------------------- CENTCOM desert camps
d = "2024-10-13"
add(D(R, 4, d, """U.S. Central Command Forces Strike ISIS Camps in Syria

TAMPA, Fla. — On Oct. 11, U.S. Central Command forces conducted airstrikes against multiple ISIS camps in central Syria. The strikes will disrupt the group's ability to plan, organize and conduct attacks against civilians and U.S., allied and partner forces. Aircraft struck camps in the desert approximately 50 kilometers northeast of Palmyra.

On Oct. 12, CENTCOM forces supported a partnered operation by the Syrian Democratic Forces in Deir ez-Zor province that resulted in the capture of an ISIS cell leader. No U.S. or partner forces were injured.

CENTCOM, together with the Defeat-ISIS Coalition, will continue to hunt down ISIS leaders wherever they may be.""",
  [E("incident", "airstrike", "2024-10-11", OFF("50 km NE of Palmyra", P("Palmyra", "SY", "Tadmur"), 50, BEAR["northeast"]), ["United States", "ISIS"], alts=[P("Palmyra", "SY", "Tadmur")]),
   E("incident", "raid", "2024-10-12", DEZ, ["SDF", "United States", "ISIS"], alts=[M("Deir ez-Zor province centroid", 35.0, 40.5, "SY")])],
  [TAMPA],
  "Offset point from Palmyra. Deir ez-Zor province pinned at the city with a centroid alternate.",
  ["dateline_not_event", "offset", "admin_qualifier", "multi_event", "future_event"]))

# 5 ---------------------------------------------------------------- IDF southern Lebanon
d = "2024-06-18"
KHIAM = M("Khiam", 33.33, 35.61, "LB")
add(D(R, 5, d, f"""IDF strikes Hezbollah terror infrastructure in southern Lebanon

Earlier today ({WD(d)}), IDF fighter jets struck Hezbollah military structures in the areas of Khiam, Kfarkela and Odaisseh in southern Lebanon. In addition, a Hezbollah terrorist who was operating in the area of Yaroun was eliminated in an IDF aerial strike.

Over the past few hours, sirens sounded in Metula and Kfar Giladi. One launch that crossed from Lebanese territory was successfully intercepted; no injuries were reported.

The IDF will continue to act against the Hezbollah terrorist organization, which is dragging Lebanon into an escalation.""",
  [E("incident", "airstrike", d, KHIAM, ["Israel", "Hezbollah"]),
   E("incident", "airstrike", d, P("Kfarkela", "LB", "Kfar Kila"), ["Israel", "Hezbollah"]),
   E("incident", "airstrike", d, M("Odaisseh", 33.25, 35.546, "LB"), ["Israel", "Hezbollah"]),
   E("incident", "drone strike", d, M("Yaroun", 33.08, 35.42, "LB"), ["Israel", "Hezbollah"]),
   E("incident", "interception", d, P("Metula", "IL"), ["Hezbollah", "Israel"], optional=True)],
  [],
  "Four struck villages, one pin each. Sirens/interception near Metula optional (Kfar Giladi is within a few km). 'Lebanon' as a country is not a pin.",
  ["multi_event", "site_list", "relative_date", "future_event"]))

# 6 ---------------------------------------------------------------- IDF Gaza daily
d = "2024-01-24"
KY = P("Khan Younis", "PS", "Khan Yunis")
add(D(R, 6, d, """Update on operational activity in the Gaza Strip

Over the past day, IDF troops continued to operate in western Khan Younis, where they eliminated approximately 30 terrorists in close-quarters combat and located weapons, including rifles and explosives, in a terrorist's residence. Troops of the 7th Brigade directed an aircraft that struck a Hamas launch post near the Al-Khair hospital area.

In addition, IDF fighter jets struck approximately 40 terror targets across the Gaza Strip, among them a military compound in Beit Lahia and underground infrastructure in Jabalia.

In central Gaza, troops raided a weapons storage facility in the Bureij area. The IDF will continue operating against the Hamas terrorist organization.""",
  [E("incident", "clashes", [DAY(d,-1), d], KY, ["Israel", "Hamas"]),
   E("incident", "airstrike", [DAY(d,-1), d], P("Beit Lahia", "PS"), ["Israel", "Hamas"]),
   E("incident", "airstrike", [DAY(d,-1), d], P("Jabalia", "PS", "Jabālyā"), ["Israel", "Hamas"]),
   E("incident", "raid", [DAY(d,-1), d], P("Bureij", "PS", "Al Burayj"), ["Israel", "Hamas"])],
  [],
  "'Over the past day' = D-1..D. Several Khan Younis actions merged into one pin. 'Across the Gaza Strip' not a pin.",
  ["multi_event", "past_24h", "site_list"]))

# 7 ---------------------------------------------------------------- IDF West Bank
d = "2024-08-29"
add(D(R, 7, d, f"""Counterterrorism operation in northern Samaria

On {WD(d,-1)}, IDF, ISA and Border Police forces began a counterterrorism operation in Jenin and in the Nur Shams camp near Tulkarm. During the activity in Nur Shams, an IAF aircraft struck a terrorist cell that posed a threat to the forces. Five terrorists were eliminated in the Tubas area after they hurled explosives at troops.

Overnight, a wanted suspect was apprehended in the village of Beit Ummar, north of Hebron. No IDF injuries were reported.

The IDF will continue to operate in order to protect the residents of the State of Israel.""",
  [E("incident", "raid", DAY(d,-1), P("Jenin", "PS"), ["Israel"]),
   E("incident", "airstrike", DAY(d,-1), M("Nur Shams camp", 32.31, 35.055, "PS"), ["Israel"], alts=[P("Tulkarm", "PS")]),
   E("incident", "clashes", DAY(d,-1), P("Tubas", "PS"), ["Israel"]),
   E("incident", "arrest", [DAY(d,-1), d], P("Beit Ummar", "PS"), ["Israel"], optional=True)],
  [P("Hebron", "PS", "Al Khalil")],
  "Operation started Wednesday. Arrest optional. Hebron is a reference town ('north of Hebron'; Beit Ummar ~10 km away).",
  ["multi_event", "relative_date", "arrest", "reference_town"]))

# 8 ---------------------------------------------------------------- IDF Yemen ports
d = "2025-07-21"
add(D(R, 8, d, f"""IDF struck Houthi terrorist regime targets in Yemen

Earlier today ({WD(d)}), IDF fighter jets struck military infrastructure used by the Houthi terrorist regime in the ports of Hodeidah, Ras Isa and Salif, approximately 2,000 km from Israeli territory. The ports are used to transfer Iranian weapons.

The strike was carried out in response to repeated attacks by the Houthi regime against the State of Israel, including launches of surface-to-surface missiles and UAVs toward Israeli territory. The IDF will continue to act with determination against any threat, at any distance.""",
  [E("incident", "airstrike", d, M("Hodeidah port", 14.83, 42.93, "YE"), ["Israel", "Houthis"], alts=[HOD]),
   E("incident", "airstrike", d, M("Ras Isa port", 15.19, 42.61, "YE"), ["Israel", "Houthis"]),
   E("incident", "airstrike", d, P("Salif", "YE", "As Salif"), ["Israel", "Houthis"])],
  [],
  "Three ports, one pin each.",
  ["multi_event", "site_list", "relative_date"]))

# 9 ---------------------------------------------------------------- IDF Iran
d = "2024-10-26"
add(D(R, 9, d, """IDF completes targeted strikes on military targets in Iran

In response to months of continuous attacks from the regime in Iran against the State of Israel, earlier this morning the IDF conducted precise and targeted strikes on military targets in Iran. The strikes hit missile manufacturing facilities used to produce the missiles that the regime launched at Israel, as well as surface-to-air missile arrays, in the Tehran, Ilam and Khuzestan provinces.

All IDF aircraft returned safely home. If the regime in Iran were to make the mistake of beginning a new round of escalation, we will be obligated to respond.""",
  [E("incident", "airstrike", d, P("Tehran", "IR"), ["Israel", "Iran"]),
   E("incident", "airstrike", d, P("Ilam", "IR"), ["Israel", "Iran"], alts=[M("Ilam province centroid", 33.3, 46.9, "IR")]),
   E("incident", "airstrike", d, P("Ahvaz", "IR"), ["Israel", "Iran"], alts=[M("Khuzestan province centroid", 31.5, 49.0, "IR")])],
  [],
  "Provinces pinned at their admin centres (Tehran, Ilam, Ahvaz) with centroid alternates. The conditional response is not an event.",
  ["multi_event", "admin_qualifier", "future_event"]))

# 10 --------------------------------------------------------------- Turkish MoD
d = "2023-05-16"
add(D(R, 10, d, """Press release from the Ministry of National Defence

ANKARA — 5 PKK terrorists detected in the Metina region of northern Iraq were neutralized in an air-supported operation by our heroic commandos. Our operations will continue decisively and without interruption until the last terrorist is neutralized.

In addition, 2 terrorists who had been trying to infiltrate our border posts in the Hakurk region were neutralized. Our struggle against terrorism continues with determination.""",
  [E("incident", "operation", [DAY(d,-1), d], M("Metina region", 37.25, 43.28, "IQ", "approximate, Metina mountains north of Amadiya"), ["Turkey", "PKK"], alts=[P("Amadiya", "IQ", "Al Amadiyah")]),
   E("incident", "clashes", [DAY(d,-1), d], M("Hakurk region", 36.93, 44.93, "IQ", "approximate, Hakurk area near the Iranian border north of Sidakan"), ["Turkey", "PKK"])],
  [ANK],
  "Undated past tense in a daily release: D-1..D. Mountain regions are manual with Amadiya as alternate for Metina.",
  ["dateline_not_event", "neutralized", "region_name", "future_event"]))

# 11 --------------------------------------------------------------- Turkish MoD air operation list
d = "2023-10-06"
add(D(R, 11, d, """Air operation against terrorist targets in northern Iraq and Syria

ANKARA — Following the treacherous attack on our Ministry of Interior in Ankara on 1 October, our Turkish Armed Forces conducted air operations last night against PKK/YPG targets. A total of 30 targets, including caves, shelters, depots and facilities used by the terrorists, were destroyed in the Gara, Qandil and Asos regions of northern Iraq and in the Tal Rifat and Manbij regions of northern Syria. Many terrorists were neutralized.

Utmost care was taken to prevent any harm to civilians, friendly elements, historical and cultural assets and the environment. Our operations will continue with determination.""",
  [E("incident", "airstrike", [DAY(d,-1), d], M("Gara mountain", 37.00, 43.35, "IQ"), ["Turkey", "PKK"]),
   E("incident", "airstrike", [DAY(d,-1), d], M("Qandil mountains", 36.40, 45.10, "IQ"), ["Turkey", "PKK"]),
   E("incident", "airstrike", [DAY(d,-1), d], M("Asos mountain", 35.98, 45.15, "IQ", "approximate, Asos range north of Sulaymaniyah"), ["Turkey", "PKK"]),
   E("incident", "airstrike", [DAY(d,-1), d], M("Tal Rifat", 36.47, 37.10, "SY"), ["Turkey", "YPG"]),
   E("incident", "airstrike", [DAY(d,-1), d], P("Manbij", "SY"), ["Turkey", "YPG"])],
  [ANK],
  "'Last night' = D-1..D. Ankara is both the dateline and the site of the background 1 October attack (not an event here).",
  ["dateline_not_event", "multi_event", "region_name", "background_event"]))

# 12 --------------------------------------------------------------- Turkish MoD after TUSAS
d = "2024-10-25"
add(D(R, 12, d, f"""Statement on air operations in northern Iraq and Syria

ANKARA — In accordance with our right of self-defence arising from Article 51 of the UN Charter, air operations were conducted on {WD(d,-2)} and {WD(d,-1)} against terrorist targets in northern Iraq and northern Syria. In the operations, 47 targets belonging to the terrorist organization were destroyed, among them facilities in and around Derik, Amude, Qamishli and Kobani, as well as the Sinjar region of Iraq.

The terrorists who carried out the attack on TUSAS facilities in Kahramankazan had infiltrated from Syria, the statement said. Our operations will continue.""",
  [E("incident", "airstrike", [DAY(d,-2), DAY(d,-1)], P("Derik", "SY"), ["Turkey", "YPG"]),
   E("incident", "airstrike", [DAY(d,-2), DAY(d,-1)], P("Amude", "SY", "Amuda"), ["Turkey", "YPG"]),
   E("incident", "airstrike", [DAY(d,-2), DAY(d,-1)], P("Qamishli", "SY", "Al Qamishli"), ["Turkey", "YPG"]),
   E("incident", "airstrike", [DAY(d,-2), DAY(d,-1)], P("Kobani", "SY"), ["Turkey", "YPG"]),
   E("incident", "airstrike", [DAY(d,-2), DAY(d,-1)], P("Sinjar", "IQ"), ["Turkey", "PKK"])],
  [ANK, M("TUSAS headquarters, Kahramankazan", 40.13, 32.56, "TR")],
  "Two nights of strikes, each place given the two-day range. TUSAS attack is background (the cause).",
  ["dateline_not_event", "multi_event", "site_list", "background_event", "relative_date"]))

# 13 --------------------------------------------------------------- Russian MoD daily
d = "2024-11-19"
add(D(R, 13, d, """Summary of the Russian Federation Armed Forces special military operation

MOSCOW — Over the past 24 hours, operational-tactical aviation, attack unmanned aerial vehicles, missile troops and artillery of the Russian Armed Forces hit a temporary deployment point of AFU units near Kupyansk and manpower and hardware concentrations in the area of Krasny Liman. Units of the West group of forces repelled three counterattacks of the AFU assault groups near Sinkovka.

Air defence means shot down 38 unmanned aerial vehicles over the Belgorod, Kursk and Bryansk regions. The enemy lost up to 460 troops in the Kursk direction.""",
  [E("incident", "airstrike", [DAY(d,-1), d], P("Kupyansk", "UA"), ["Russia", "Ukraine"]),
   E("incident", "shelling", [DAY(d,-1), d], P("Krasny Liman", "UA", "Lyman"), ["Russia", "Ukraine"]),
   E("incident", "clashes", [DAY(d,-1), d], M("Sinkovka (Synkivka)", 49.78, 37.67, "UA", "approximate, village north of Kupiansk"), ["Russia", "Ukraine"], alts=[P("Kupyansk", "UA")]),
   E("incident", "interception", [DAY(d,-1), d], P("Belgorod", "RU"), ["Ukraine", "Russia"], optional=True),
   E("incident", "interception", [DAY(d,-1), d], P("Kursk", "RU"), ["Ukraine", "Russia"], optional=True),
   E("incident", "interception", [DAY(d,-1), d], P("Bryansk", "RU"), ["Ukraine", "Russia"], optional=True)],
  [MOS],
  "Past 24 hours = D-1..D. Russian spellings: Krasny Liman = Lyman, Sinkovka = Synkivka. Interceptions over regions are optional at the regional capitals. 'Kursk direction' losses are a count, not an event.",
  ["dateline_not_event", "past_24h", "multi_event", "alt_spelling", "interception"]))

# 14 --------------------------------------------------------------- Russian Reconciliation Centre Syria
d = "2023-06-26"
add(D(R, 14, d, """Briefing by the Deputy Head of the Russian Centre for Reconciliation of the Opposing Parties in Syria

HMEIMIM — Over the past day, the Russian Aerospace Forces delivered strikes on militant positions in the Idlib de-escalation zone, in the area of the settlements of Kansafra and Al-Bara, destroying two ammunition depots and a command post. These militants had been preparing attacks on government forces positions.

In the Idlib de-escalation zone, 14 shelling attacks were recorded from positions of the Hayat Tahrir al-Sham terrorist group: four in the Aleppo province, six in the Latakia province, and four in the Hama province.""",
  [E("incident", "airstrike", [DAY(d,-1), d], M("Kansafra", 35.67, 36.50, "SY", "approximate, Jabal al-Zawiya"), ["Russia", "HTS"]),
   E("incident", "airstrike", [DAY(d,-1), d], M("Al-Bara", 35.68, 36.54, "SY", "approximate, Jabal al-Zawiya"), ["Russia", "HTS"])],
  [M("Hmeimim air base", 35.41, 35.95, "SY")],
  "Two settlements named (a few km apart: two pins). Per-province counts of shelling are statistics without a place (not pins). Hmeimim is the briefing place.",
  ["dateline_not_event", "past_24h", "counts_per_province", "multi_event"]))

# 15 --------------------------------------------------------------- AFRICOM offset
d = "2024-01-14"
KIS = P("Kismayo", "SO")
add(D(R, 15, d, """U.S. Africa Command conducts airstrike against al-Shabaab

STUTTGART, Germany — In coordination with the Federal Government of Somalia, U.S. Africa Command conducted an airstrike against al-Shabaab on Jan. 12, 2024, in a remote area approximately 35 km northeast of Kismayo.

The command's initial assessment is that the strike killed three al-Shabaab militants and that no civilians were injured or killed. Given the remote nature of the location where this strike occurred, it is highly unlikely that civilians were harmed.

AFRICOM will continue to take action, along with its partners, to prevent this malign terrorist organization from plotting attacks that threaten the homeland, U.S. forces or U.S. interests abroad.""",
  [E("incident", "airstrike", "2024-01-12", OFF("35 km NE of Kismayo", KIS, 35, BEAR["northeast"]), ["United States", "al-Shabaab"], alts=[KIS])],
  [STU],
  "Offset from Kismayo. Stuttgart is the AFRICOM HQ dateline.",
  ["dateline_not_event", "offset", "no_casualties"]))

# 16 --------------------------------------------------------------- AFRICOM Puntland
d = "2025-02-11"
BOS = P("Bosaso", "SO")
add(D(R, 16, d, """U.S. Africa Command airstrike targets ISIS-Somalia

STUTTGART, Germany — At the direction of the Secretary of Defense and in coordination with the Federal Government of Somalia, U.S. Africa Command conducted an airstrike against ISIS-Somalia on Feb. 10, 2025, in the Cal Miskaad mountains, approximately 75 km southeast of Bosaso, Puntland.

Initial assessments indicate that multiple ISIS operatives were killed. No civilians were harmed. The strike supports the Puntland Security Force's ongoing operation against ISIS-Somalia in the Bari region.

A previous strike on Feb. 1 targeted ISIS-Somalia fighters in the same mountain range.""",
  [E("incident", "airstrike", "2025-02-10", OFF("75 km SE of Bosaso (Cal Miskaad)", BOS, 75, BEAR["southeast"]), ["United States", "ISIS-Somalia"], alts=[BOS]),
   E("incident", "airstrike", "2025-02-01", OFF("Cal Miskaad (earlier strike)", BOS, 75, BEAR["southeast"]), ["United States", "ISIS-Somalia"], alts=[BOS], optional=True)],
  [STU],
  "Offset from Bosaso. The Feb. 1 strike in the same area is clearly dated background: optional.",
  ["dateline_not_event", "offset", "background_event", "no_casualties"]))

# 17 --------------------------------------------------------------- AFRICOM Libya 2019
d = "2019-09-27"
add(D(R, 17, d, """U.S. Africa Command airstrike in southwest Libya

STUTTGART, Germany — In coordination with the Government of National Accord, U.S. Africa Command conducted a precision airstrike in the vicinity of Murzuq, Libya, on Sept. 26, 2019, killing eight ISIS-Libya militants.

The strike was the fourth in Libya this month; earlier strikes on Sept. 19 and Sept. 24 also targeted ISIS-Libya in the Murzuq area. ISIS-Libya has taken advantage of the political unrest in Tripoli to create safe havens in the southern desert.

"We will continue to apply pressure on the terrorist network," said the AFRICOM director of operations.""",
  [E("incident", "airstrike", "2019-09-26", P("Murzuq", "LY", "Murzuk"), ["United States", "ISIS-Libya"])],
  [STU, P("Tripoli", "LY")],
  "Earlier strikes in the same area are background (same pin area, not separate gold). Tripoli is a topic place.",
  ["dateline_not_event", "background_event", "topic_place"]))

# 18 --------------------------------------------------------------- Nigerian DHQ
d = "2024-03-08"
add(D(R, 18, d, f"""OPERATION HADIN KAI: TROOPS NEUTRALISE 9 TERRORISTS, RESCUE KIDNAPPED VICTIMS IN BORNO

ABUJA — Troops of Operation Hadin Kai on {WD(d,-2)} neutralised 6 Boko Haram/ISWAP terrorists during a fighting patrol to Kirawa in Gwoza Local Government Area of Borno State. The troops also recovered two AK-47 rifles and a motorcycle.

In a related development, the Air Component on {WD(d,-1)} conducted air interdiction on terrorists' enclaves at Tumbun Rago in the Lake Chad region, neutralising 3 terrorists. Meanwhile, troops rescued 11 kidnapped victims, mostly women from Bama, along the Maiduguri–Damboa road.

The Chief of Defence Staff charged troops to sustain the tempo.""",
  [E("incident", "clashes", DAY(d,-2), M("Kirawa, Gwoza LGA", 11.08, 13.87, "NG", "approximate, border town east of Gwoza"), ["Nigerian Army", "Boko Haram/ISWAP"], alts=[P("Gwoza", "NG")]),
   E("incident", "airstrike", DAY(d,-1), M("Tumbun Rago, Lake Chad", 13.35, 13.75, "NG", "approximate, Lake Chad islands north of Baga"), ["Nigerian Air Force", "ISWAP"]),
   E("incident", "rescue", [DAY(d,-2), d], M("Maiduguri-Damboa road", 11.5, 12.8, "NG", "approximate, midpoint of the road"), ["Nigerian Army"], optional=True)],
  [P("Abuja", "NG"), P("Bama", "NG")],
  "Abuja dateline. Bama is the victims' home town. The rescue along a road is optional.",
  ["dateline_not_event", "relative_date", "origin_place", "neutralized", "multi_event"]))

# 19 --------------------------------------------------------------- ISPR
d = "2024-07-04"
add(D(R, 19, d, """ISPR Press Release

RAWALPINDI — On 3 July 2024, security forces conducted an intelligence based operation in Mir Ali, North Waziristan District, on the reported presence of khwarij. During the conduct of the operation, own troops effectively engaged the khwarij location, and as a result, eight khwarij were sent to hell.

In another intelligence based operation in the general area of Zhob District, Balochistan, three more khwarij were killed. Weapons and ammunition were recovered from the killed khwarij, who remained actively involved in terrorist activities, including the killing of innocent civilians in Bannu.

Sanitization operation is being carried out to eliminate any other khwarij found in the area.""",
  [E("incident", "operation", "2024-07-03", M("Mir Ali, North Waziristan", 32.98, 70.28, "PK"), ["Pakistan Army", "TTP"]),
   E("incident", "operation", "2024-07-03", P("Zhob", "PK"), ["Pakistan Army", "TTP"])],
  [P("Rawalpindi", "PK"), P("Bannu", "PK")],
  "Second operation takes the date of the first (same release, 'another'). Bannu is where earlier killings took place (background). Rawalpindi is ISPR HQ.",
  ["dateline_not_event", "multi_event", "background_event", "admin_qualifier"]))

# 20 --------------------------------------------------------------- Ukrainian Air Force
d = "2025-03-24"
add(D(R, 20, d, f"""Air Force of the Armed Forces of Ukraine

On the night of March 24 (from 20:00 on March 23), the enemy attacked with 99 Shahed-type attack UAVs and decoy drones from the directions of Bryansk, Kursk, Oryol and Primorsko-Akhtarsk.

As of 08:30, 57 attack UAVs had been shot down in the north, south, east and centre of the country. 25 decoy drones were lost from radar without negative consequences.

Hits by attack UAVs were recorded in Sumy, where a drone struck a multi-storey residential building, wounding eight people, and in the Shostka community of Sumy oblast. Debris fell in the Kharkiv and Dnipropetrovsk regions.""",
  [E("incident", "drone strike", [DAY(d,-1), d], P("Sumy", "UA"), ["Russia"]),
   E("incident", "drone strike", [DAY(d,-1), d], P("Shostka", "UA"), ["Russia"]),
   E("incident", "drone debris", [DAY(d,-1), d], P("Kharkiv", "UA"), ["Russia"], optional=True),
   E("incident", "drone debris", [DAY(d,-1), d], P("Dnipro", "UA"), ["Russia"], optional=True, alts=[M("Dnipropetrovsk oblast centroid", 48.5, 35.0, "UA")])],
  [P("Bryansk", "RU"), P("Kursk", "RU"), P("Oryol", "RU", "Orel"), P("Primorsko-Akhtarsk", "RU")],
  "Overnight = D-1..D. Launch directions are origins (non-event). Debris falls in regions are optional at the regional capitals.",
  ["overnight", "origin_place", "multi_event", "interception"]))

# 21 --------------------------------------------------------------- Coalition (Saudi-led)
d = "2022-03-21"
add(D(R, 21, d, f"""Joint Forces Command of the Coalition to Restore Legitimacy in Yemen

RIYADH — The Coalition said today that it had intercepted and destroyed a drone launched by the terrorist Houthi militia towards Khamis Mushait, and that the air defences intercepted a ballistic missile fired towards Jazan.

Debris from an intercepted projectile fell on a petroleum distribution station in Jazan on {WD(d,-2)} night, causing a fire but no casualties. In response, the Coalition conducted airstrikes against legitimate military targets in Sanaa and Hodeidah, the Coalition spokesman Brigadier General Turki al-Maliki said.

The Coalition warned civilians to avoid the ports of Hodeidah in the coming hours.""",
  [E("incident", "interception", d, P("Khamis Mushait", "SA"), ["Houthis", "Saudi-led Coalition"], optional=True),
   E("incident", "missile attack", [DAY(d,-2), DAY(d,-1)], P("Jazan", "SA", "Jizan"), ["Houthis"]),
   E("incident", "airstrike", [DAY(d,-1), d], SANAA, ["Saudi-led Coalition", "Houthis"]),
   E("incident", "airstrike", [DAY(d,-1), d], HOD, ["Saudi-led Coalition", "Houthis"])],
  [P("Riyadh", "SA")],
  "Khamis Mushait interception optional; the Jazan interception is not a separate pin (same place as the debris impact). Debris impact in Jazan on Saturday night scored. Retaliatory strikes undated, D-1..D. Warning about Hodeidah ports is future (same area as gold).",
  ["dateline_not_event", "interception", "multi_event", "future_event", "relative_date", "no_casualties"]))

# 22 --------------------------------------------------------------- French EMA Barkhane
d = "2020-02-14"
add(D(R, 22, d, """Barkhane: point de situation — operations in the Gourma

PARIS — From 9 to 12 February, Barkhane forces, together with the Malian armed forces, conducted an operation in the Gourma region near the border between Mali and Burkina Faso. About thirty terrorists were neutralised in the area of Boulikessi, and some twenty motorcycles and a pick-up were destroyed.

A Mirage 2000 patrol also struck an armed group south of Hombori on 11 February. No French soldier was wounded.

The operation is part of the reinforced effort decided in Pau in January, with the aim of concentrating the effort in the Liptako tri-border area.""",
  [E("incident", "operation", ["2020-02-09", "2020-02-12"], M("Boulikessi", 14.92, -1.42, "ML", "approximate, Boulkessi camp in Mopti region"), ["France", "Mali", "JNIM"]),
   E("incident", "airstrike", "2020-02-11", OFF("south of Hombori", M("Hombori", 15.28, -1.70, "ML"), 20, BEAR["south"]), ["France"], alts=[M("Hombori", 15.28, -1.70, "ML")])],
  [P("Paris", "FR"), P("Pau", "FR")],
  "Operation spans a stated range. 'South of Hombori' with no distance: 20 km assumed, Hombori as alternate. Pau (summit) and Paris (EMA) are not event places.",
  ["dateline_not_event", "date_range", "offset", "background_event", "no_casualties"]))

# 23 --------------------------------------------------------------- FAMa
d = "2024-08-27"
add(D(R, 23, d, f"""COMMUNIQUÉ OF THE GENERAL STAFF OF THE ARMED FORCES (FAMa), English translation

BAMAKO — On {WD(d,-1)} 26 August 2024, the FAMa carried out precision air strikes against terrorist targets at Tinzaouatene, destroying vehicles and a fuel depot. Other strikes neutralised a group of terrorists east of Kidal.

The General Staff reassures the population that the operations will continue in the Kidal region and asks residents of the border areas with Algeria to keep away from terrorist gatherings.""",
  [E("incident", "drone strike", "2024-08-26", M("Tinzaouatene", 19.95, 2.92, "ML"), ["FAMa", "CSP/FLA"]),
   E("incident", "airstrike", "2024-08-26", OFF("east of Kidal", P("Kidal", "ML"), 20, BEAR["east"]), ["FAMa"], alts=[P("Kidal", "ML")])],
  [P("Bamako", "ML")],
  "'East of Kidal' with no distance: 20 km assumed, Kidal alternate. Warning to residents is not an event. Algeria (country) no pin.",
  ["dateline_not_event", "multi_event", "offset", "future_event"]))

# 24 --------------------------------------------------------------- Burkina army
d = "2023-11-28"
DJIBO = P("Djibo", "BF")
add(D(R, 24, d, f"""Communiqué of the Chief of General Staff of the Armies

OUAGADOUGOU — On {WD(d,-2)} 26 November 2023, the town of Djibo, chief town of Soum province, was the target of a large-scale attack by several hundred terrorists. The detachment, the Volunteers for the Defence of the Homeland (VDP) and air assets repelled the assault. More than 400 assailants were neutralised.

The Chief of General Staff salutes the resilience of the displaced families from Arbinda and Pobé-Mengao who live in the town and calls on the population to remain vigilant.""",
  [E("incident", "attack", "2023-11-26", DJIBO, ["JNIM", "Burkina Faso armed forces", "VDP"])],
  [P("Ouagadougou", "BF"), P("Arbinda", "BF"), M("Pobé-Mengao", 13.88, -1.75, "BF")],
  "Arbinda and Pobé-Mengao are where the displaced came from.",
  ["dateline_not_event", "origin_place", "admin_qualifier"]))

# 25 --------------------------------------------------------------- Iraqi Security Media Cell
d = "2023-04-10"
KIR = P("Kirkuk", "IQ")
add(D(R, 25, d, f"""Security Media Cell statement

BAGHDAD — Iraqi Air Force F-16 aircraft carried out two air strikes on {WD(d,-1)} against an ISIS hideout in the Wadi al-Shay area, 45 km southwest of Kirkuk, based on precise intelligence from the Joint Operations Command. The hideout was destroyed and four terrorists were killed.

Meanwhile, army aviation struck a tunnel used by terrorist remnants in the Hamrin mountains in Salahuddin province. The Security Media Cell calls on citizens to report any suspicious movement.""",
  [E("incident", "airstrike", DAY(d,-1), OFF("Wadi al-Shay, 45 km SW of Kirkuk", KIR, 45, BEAR["southwest"]), ["Iraqi Air Force", "ISIS"], alts=[KIR]),
   E("incident", "airstrike", [DAY(d,-1), d], M("Hamrin mountains", 34.60, 44.30, "IQ", "approximate, Hamrin range between Tikrit and Tuz"), ["Iraqi Army Aviation", "ISIS"])],
  [P("Baghdad", "IQ")],
  "Offset stated for Wadi al-Shay. Hamrin strike undated (D-1..D), mountain range manual.",
  ["dateline_not_event", "offset", "relative_date", "multi_event"]))

# 26 --------------------------------------------------------------- SDF media centre
d = "2023-09-02"
add(D(R, 26, d, f"""SDF Press Centre

AL-HASAKAH — On {WD(d,-1)}, our forces, with the support of the International Coalition, carried out a security operation in the town of Al-Shuhail in the eastern Deir ez-Zor countryside, detaining an ISIS cell leader involved in assassinations. During the operation, a clash broke out and two of our fighters were wounded; they were taken to a hospital in al-Hasakah.

In a separate incident, a drone of the Turkish occupation targeted a car on the road between Tal Tamr and Abu Rasin, killing two civilians from Serêkaniyê who had been displaced to the area.""",
  [E("incident", "raid", DAY(d,-1), M("Al-Shuhail", 35.12, 40.33, "SY", "approximate, town on the Euphrates east of Deir ez-Zor"), ["SDF", "International Coalition", "ISIS"], alts=[DEZ]),
   E("incident", "drone strike", [DAY(d,-1), d], M("Tal Tamr–Abu Rasin road", 36.75, 40.45, "SY", "approximate, between the two towns"), ["Turkey"], alts=[P("Tal Tamr", "SY", "Tall Tamr")])],
  [P("al-Hasakah", "SY", "Al Hasakah"), P("Serêkaniyê (Ras al-Ain)", "SY", "Ras al Ayn")],
  "Al-Hasakah is the press centre dateline and the hospital city. Serêkaniyê is where the victims came from (displaced). Road pinned between towns with Tal Tamr alternate.",
  ["dateline_not_event", "hospital_other_city", "origin_place", "multi_event", "relative_date"]))

# 27 --------------------------------------------------------------- Houthi armed forces statement
d = "2024-07-20"
add(D(R, 27, d, f"""Statement of the Yemeni Armed Forces (Sanaa)

SANAA — The air force of the Yemeni Armed Forces carried out a qualitative military operation on {WD(d,-1)} targeting the area of Jaffa in occupied Palestine with a new drone named "Yafa". The operation achieved its goals successfully.

The missile force also targeted the ship "MV Pumba" in the Red Sea with a number of naval missiles. In addition, the forces targeted the area of Umm al-Rashrash in southern occupied Palestine with ballistic missiles.

The Yemeni Armed Forces affirm that they will continue their operations until the aggression on Gaza stops.""",
  [E("incident", "drone attack", DAY(d,-1), P("Tel Aviv (Jaffa)", "IL", "Tel Aviv"), ["Houthis", "Israel"]),
   E("incident", "missile attack", [DAY(d,-1), d], P("Eilat (Umm al-Rashrash)", "IL", "Eilat"), ["Houthis", "Israel"]),
   E("incident", "missile attack", [DAY(d,-1), d], M("Red Sea (unspecified)", 15.0, 41.5, "YE", "arbitrary Red Sea point"), ["Houthis"], optional=True)],
  [SANAA, P("Gaza", "PS")],
  "Claims located at the targets: Jaffa = Tel Aviv, Umm al-Rashrash = Eilat. Ship attack unlocated (optional). Gaza is a topic; the continuation threat is future.",
  ["dateline_not_event", "claim", "alt_spelling", "topic_place", "future_event"]))

# 28 --------------------------------------------------------------- CENTCOM True Confidence
d = "2024-03-07"
ADEN = P("Aden", "YE")
add(D(R, 28, d, """Houthi Attack on Commercial Vessel Results in Civilian Deaths

TAMPA, Fla. — On March 6 at approximately 11:30 a.m. (Sanaa time), an anti-ship ballistic missile was launched from Iranian-backed Houthi terrorist-controlled areas of Yemen toward M/V True Confidence, a Barbados-flagged, Liberian-owned bulk carrier, in the Gulf of Aden. The missile struck the vessel approximately 50 nautical miles southwest of Aden, killing three crew members and injuring at least four others.

The crew abandoned the ship and coalition warships responded. This is the first civilian fatality caused by Houthi attacks on international shipping.""",
  [E("incident", "missile attack", "2024-03-06", OFF("50 nm SW of Aden", ADEN, 92.6, BEAR["southwest"]), ["Houthis"], alts=[ADEN])],
  [TAMPA],
  "50 nautical miles = 92.6 km south-west of Aden (alternate Aden). Flag and owner countries (Barbados, Liberia) are not places of the event.",
  ["dateline_not_event", "offset", "nationality", "maritime"]))

# 29 --------------------------------------------------------------- Turkish MoD weekly briefing, no pins
d = "2024-05-09"
add(D(R, 29, d, """Weekly press briefing of the Ministry of National Defence

ANKARA — Since our last briefing, a total of 46 terrorists have been neutralized, 22 in northern Iraq and 24 in northern Syria. Our Claw-Lock operation continues successfully in line with the planning.

In addition, 3 members of the terrorist organization who escaped from the group surrendered at the Habur border gate as a result of the persuasion efforts of our security forces.

We will not allow the establishment of a terror corridor along our southern borders. Our struggle will continue until the last terrorist is neutralized.""",
  [E("other", "surrender", [DAY(d,-7), d], M("Habur border gate", 37.14, 42.58, "TR"), ["PKK", "Turkey"])],
  [ANK],
  "Weekly totals per country only: no pins. The surrender is kind other. Threat about a 'terror corridor' is not an event.",
  ["dateline_not_event", "no_gold", "country_only", "future_event"]))

# 30 --------------------------------------------------------------- IDF southern Syria
d = "2025-02-26"
add(D(R, 30, d, f"""IDF struck military targets in southern Syria

Earlier tonight ({WD(d,-1)}), the IDF struck military targets in southern Syria, including command centers and multiple sites containing weapons, in the areas of Kisweh and Daraa, south of Damascus.

The presence of military forces and assets in the southern part of Syria poses a threat to the citizens of the State of Israel. The IDF will continue to operate in order to remove any threat and will not allow forces to entrench in the area.""",
  [E("incident", "airstrike", [DAY(d,-1), d], P("Kisweh", "SY", "Al Kiswah"), ["Israel"]),
   E("incident", "airstrike", [DAY(d,-1), d], P("Daraa", "SY"), ["Israel"])],
  [P("Damascus", "SY")],
  "'Tonight' in a late release: D-1..D. Damascus is a reference place ('south of Damascus'); Kisweh is about 15 km from it.",
  ["multi_event", "reference_town", "future_event", "relative_date"]))
