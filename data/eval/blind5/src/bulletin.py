from lib import *
R = "bulletin"
DOCS = []
add = DOCS.append
B = "Live-map bulletin lines without a time: incidents D-1..D, present-tense meetings/calls D; one event per line."

d = "2023-06-22"
EAP = M("Erbil International Airport", 36.237, 43.963, "IQ", "approximate, north-west of the city")
add(D(R, 1, d, "Loud blasts reported near Erbil airport; drone attack suspected, no casualties reported",
  [E("incident", "drone attack", [DAY(d,-1), d], EAP, ["unknown"], alts=[P("Erbil", "IQ")])],
  [], B + " Airport pinned, Erbil city alternate.", ["bulletin", "site", "no_casualties"]))

d = "2023-11-05"
add(D(R, 2, d, """Sirens sounding in Kiryat Shmona
IDF artillery shells outskirts of Khiam
Hezbollah claims anti-tank missile attack on army post near Metula""",
  [E("incident", "siren", [DAY(d,-1), d], P("Kiryat Shmona", "IL"), [], optional=True),
   E("incident", "shelling", [DAY(d,-1), d], M("Khiam", 33.33, 35.61, "LB", "approximate, town centre"), ["Israel Defense Forces"]),
   E("incident", "missile attack", [DAY(d,-1), d], P("Metula", "IL"), ["Hezbollah", "Israel Defense Forces"])],
  [], B + " Sirens alone: optional. Claimed attack at the target (near Metula). All three within ~15 km, scored separately as separate lines.", ["bulletin", "multi_event", "siren", "claim", "dense_cluster"]))

d = "2024-05-18"
add(D(R, 3, d, """Kharkiv: air raid alert, series of explosions in the city
Sumy oblast: Russian artillery shells Bilopillia community, 1 injured""",
  [E("incident", "missile strike", [DAY(d,-1), d], P("Kharkiv", "UA"), ["Russia"]),
   E("incident", "shelling", [DAY(d,-1), d], P("Bilopillia", "UA"), ["Russia"])],
  [P("Sumy", "UA")], B + " 'Sumy oblast' is a qualifier: the pin is Bilopillia; the oblast centre Sumy (~42 km) is listed as a non-event place.", ["bulletin", "multi_event", "admin_qualifier", "ukraine"]))

d = "2022-11-21"
QAM = P("Qamishli", "SY", "Al Qamishli")
add(D(R, 4, d, """Turkish-backed factions shell villages in Tal Tamr countryside from Ras al-Ain
Drone strike on car 15 km east of Qamishli, 2 dead""",
  [E("incident", "shelling", [DAY(d,-1), d], M("Tal Tamr", 36.65, 40.37, "SY", "approximate, town on the Khabur"), ["Syrian National Army"]),
   E("incident", "drone strike", [DAY(d,-1), d], OFF("15 km east of Qamishli", QAM, 15, BEAR["east"]), ["Turkey"], alts=[QAM])],
  [P("Ras al-Ayn", "SY")], B + " Ras al-Ain (~35 km) is the launch origin. Offset computed, Qamishli alternate.", ["bulletin", "multi_event", "launch_origin", "offset"]))

d = "2023-12-14"
add(D(R, 5, d, "Houthis claim drone attack on Eilat port",
  [E("incident", "drone attack", [DAY(d,-1), d], P("Eilat", "IL"), ["Houthis"])],
  [], B + " Claim located at the target.", ["bulletin", "claim"]))

d = "2023-12-08"
add(D(R, 6, d, "Rockets land near U.S. embassy in Baghdad's Green Zone, no casualties",
  [E("incident", "rocket attack", [DAY(d,-1), d], M("Green Zone, Baghdad", 33.30, 44.39, "IQ"), ["Islamic Resistance in Iraq"], alts=[P("Baghdad", "IQ")])],
  [], B, ["bulletin", "site", "no_casualties"]))

d = "2024-11-09"
add(D(R, 7, d, "Quetta: blast at railway station, casualties feared",
  [E("incident", "bombing", [DAY(d,-1), d], P("Quetta", "PK"), [])],
  [], B, ["bulletin", "south_asia"]))

d = "2024-06-17"
add(D(R, 8, d, "Mortar shells land near Aden Adde airport in Mogadishu",
  [E("incident", "mortar attack", [DAY(d,-1), d], P("Mogadishu", "SO"), ["al-Shabaab"])],
  [P("Aden", "YE")], B + " 'Aden Adde' is an airport name (not Aden, Yemen).", ["bulletin", "person_name_place", "horn_of_africa"]))

d = "2024-05-19"
add(D(R, 9, d, """Arakan Army says it has captured Buthidaung town
Junta jets strike hospital in Mrauk-U, several killed""",
  [E("other", "territorial capture", [DAY(d,-1), d], P("Buthidaung", "MM"), ["Arakan Army"], optional=True),
   E("incident", "airstrike", [DAY(d,-1), d], P("Mrauk-U", "MM", "Mrauk U"), ["Myanmar military"])],
  [], B + " Territorial capture claim: optional.", ["bulletin", "multi_event", "territorial_claim", "myanmar"]))

d = "2024-10-03"
add(D(R, 10, d, "Armed clashes reported in Reynosa, several roads blocked with burning vehicles",
  [E("incident", "armed clashes", [DAY(d,-1), d], P("Reynosa", "MX"), ["Gulf Cartel factions"])],
  [], B, ["bulletin", "latin_america"]))

d = "2024-04-19"
add(D(R, 11, d, f"""Erdogan to visit Baghdad on {WD(d,3)}, first trip in 12 years
Sudani receives Iranian foreign minister in Baghdad""",
  [E("meeting", "meeting", d, P("Baghdad", "IQ"), ["Mohammed Shia al-Sudani", "Iranian Foreign Minister"])],
  [], B + " First line is a future visit (not gold) at the same city as the present-tense meeting on the second line.", ["bulletin", "future_event", "weekday_date"]))

d = "2024-08-12"
add(D(R, 12, d, "Macron speaks with Pezeshkian by phone, urges Iran to avoid new attack on Israel",
  [E("call", "phone call", d, P("Paris", "FR"), ["Emmanuel Macron", "Masoud Pezeshkian"], alts=[P("Tehran", "IR")])],
  [], B + " Call at the first-named side's capital.", ["bulletin", "call"]))

d = "2023-07-20"
add(D(R, 13, d, "Protesters storm Swedish embassy in Baghdad, set fire to part of compound",
  [E("other", "protest", [DAY(d,-1), d], P("Baghdad", "IQ"), ["Sadrist protesters"])],
  [P("Stockholm", "SE")], "Riot/protest: kind other (unscored); no scored gold. 'Swedish' is a nationality, listed at Stockholm.", ["bulletin", "protest", "nationality", "no_scored_gold"]))

d = "2022-06-05"
add(D(R, 14, d, "Bandits attack village in Zamfara's Maru LGA, dozens abducted",
  [E("incident", "abduction", [DAY(d,-1), d], P("Maru", "NG"), ["bandits", "civilians"])],
  [P("Gusau", "NG")], B + " LGA-only location pinned at Maru town; Zamfara (state) qualifier at Gusau (~40 km).", ["bulletin", "admin_qualifier", "province_only"]))

d = "2025-03-22"
add(D(R, 15, d, "Gunfire reported in Zliten after armed group attacks security directorate",
  [E("incident", "armed attack", [DAY(d,-1), d], P("Zliten", "LY"), ["armed group"])],
  [], B, ["bulletin", "libya"]))

d = "2024-08-09"
add(D(R, 16, d, """Belgorod: Ukrainian shelling hits residential area, governor reports 2 injured
Kursk region: drone attack near Kurchatov nuclear plant, no damage reported
Zelensky: Ukrainian forces 'pushing the war to the aggressor's territory'""",
  [E("incident", "shelling", [DAY(d,-1), d], P("Belgorod", "RU"), ["Ukraine"]),
   E("incident", "drone attack", [DAY(d,-1), d], P("Kurchatov", "RU"), ["Ukraine"])],
  [P("Kursk", "RU")], B + " 'Kursk region' qualifier (Kursk city ~40 km). The Zelensky quote is a statement without a place.", ["bulletin", "multi_event", "admin_qualifier", "statement"]))
