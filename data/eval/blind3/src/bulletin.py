from lib import *
R = "bulletin"
DOCS = []
add = DOCS.append

def rng(d):
    return [DAY(d, -1), d]

NOTE_RNG = "Bulletin without a time: incident range D-1..D."

d = "2024-03-10"
add(D(R, 1, d, "Drone strike reported near Kafr Kila",
  [E("incident", "drone strike", rng(d), P("Kafr Kila", "LB", "Kfar Kila"), ["Israel"])], [], NOTE_RNG, ["headline"]))

d = "2024-06-13"
add(D(R, 2, d, "Rocket sirens in Kiryat Shmona",
  [E("incident", "rocket alert", rng(d), P("Kiryat Shmona", "IL"), ["Hezbollah"], optional=True)], [],
  "Sirens imply incoming fire but not an impact: optional. " + NOTE_RNG, ["headline", "ambiguous"]))

d = "2023-12-02"
add(D(R, 3, d, "Israeli army shelled outskirts of Aitaroun",
  [E("incident", "shelling", rng(d), M("Aitaroun", 33.117, 35.468, "LB"), ["Israel"])], [], NOTE_RNG, ["headline"]))

d = "2024-08-04"
add(D(R, 4, d, "Russian army shelled Nikopol overnight with heavy artillery, 2 wounded",
  [E("incident", "shelling", rng(d), P("Nikopol", "UA"), ["Russia"])], [], "'overnight' -> D-1..D.", ["headline", "overnight"]))

d = "2024-01-12"
add(D(R, 5, d, "Explosions reported in Sanaa; US and UK jets striking Houthi targets",
  [E("incident", "airstrike", rng(d), P("Sanaa", "YE"), ["United States", "United Kingdom", "Houthis"])], [], NOTE_RNG, ["headline", "present_tense"]))

d = "2024-05-07"
add(D(R, 6, d, "Turkish FM Fidan met Iraqi counterpart Fuad Hussein in Baghdad",
  [E("meeting", "talks", rng(d), P("Baghdad", "IQ"), ["Hakan Fidan", "Fuad Hussein"])], [],
  "Past-tense bulletin meeting with no time: range D-1..D.", ["headline"]))

d = "2023-11-05"
add(D(R, 7, d, "Hezbollah says it targeted the Israeli army's Ramim barracks with guided missiles",
  [E("incident", "missile attack", rng(d), M("Ramim barracks", 33.21, 35.515, "IL", "approximate, ridge near Margaliot / Hunin"), ["Hezbollah", "Israel"], alts=[P("Kiryat Shmona", "IL")])],
  [], "Claimed attack: the target is the event place. " + NOTE_RNG, ["headline", "claim"]))

d = "2024-09-19"
add(D(R, 8, d, "Israeli defense minister: we will push Hezbollah back beyond the Litani",
  [], [], "Statement/threat: no event.", ["no_gold", "statement", "future_event"]))

d = "2024-07-23"
add(D(R, 9, d, "Smoke rising over Bani Suheila, east of Khan Younis, after a series of Israeli airstrikes",
  [E("incident", "airstrike", rng(d), P("Bani Suheila", "PS", "Bani Suhayla"), ["Israel"], alts=[P("Khan Younis", "PS", "Khan Yunis")])],
  [], NOTE_RNG, ["headline", "nominal"]))

d = "2023-11-03"
add(D(R, 10, d, "US Secretary of State Blinken arrives in Tel Aviv for talks with Israeli leadership",
  [E("meeting", "visit", d, P("Tel Aviv", "IL"), ["Antony Blinken"])], [], "Present-tense visit: D.", ["headline", "present_tense"]))

d = "2024-02-08"
add(D(R, 11, d, f"Iranian FM Amir-Abdollahian to visit Beirut on {WD(d,1)}, then Damascus",
  [], [P("Beirut", "LB"), P("Damascus", "SY")], "Future visit: no gold.", ["no_gold", "future_event"]))

d = "2024-03-17"
ODS = P("Odesa", "UA")
add(D(R, 12, d, "Ukrainian air force: 3 Shahed drones shot down over Odesa region overnight",
  [E("incident", "drone attack", rng(d), ODS, ["Russia"], alts=[M("Odesa oblast centroid", 46.9, 30.0, "UA")])],
  [], "Region pinned at the admin centre with the oblast centroid as alternate; overnight range.", ["overnight", "admin_qualifier"]))

d = "2025-01-06"
add(D(R, 13, d, "Clashes between SDF and Turkish-backed factions near Tishreen Dam",
  [E("incident", "clashes", rng(d), M("Tishreen Dam", 36.38, 38.18, "SY"), ["SDF", "SNA"])], [], NOTE_RNG, ["headline", "infrastructure"]))

d = "2023-04-27"
add(D(R, 14, d, "Al-Shabaab fighters attack military base in Mahas, Hiiraan region",
  [E("incident", "attack on base", rng(d), M("Mahas", 4.40, 45.33, "SO", "approximate, Hiiraan"), ["al-Shabaab"], alts=[P("Beledweyne", "SO")])],
  [], NOTE_RNG, ["headline", "present_tense"]))

d = "2024-06-21"
add(D(R, 15, d, "Heavy artillery shelling on El Fasher from RSF positions in the east of the city",
  [E("incident", "shelling", rng(d), P("El Fasher", "SD"), ["RSF"])], [], NOTE_RNG, ["headline", "nominal"]))

d = "2024-04-08"
add(D(R, 16, d, "Pakistani PM Shehbaz Sharif speaks by phone with Saudi Crown Prince Mohammed bin Salman",
  [E("call", "phone call", d, P("Islamabad", "PK"), ["Shehbaz Sharif", "Mohammed bin Salman"], alts=[P("Riyadh", "SA")])],
  [], "Call at the subject's capital, other capital as alternate; present tense: D.", ["call", "present_tense"]))

d = "2024-10-05"
add(D(R, 17, d, "Drone strike on a car on the Tyre–Naqoura coastal road near Mansouri",
  [E("incident", "drone strike", rng(d), M("Mansouri", 33.193, 35.205, "LB"), ["Israel"], alts=[P("Tyre", "LB")])],
  [P("Naqoura", "LB")], "Road named by end points; strike pinned at Mansouri (Naqoura ~12 km, inside 50).", ["headline", "road"]))

d = "2023-11-09"
add(D(R, 18, d, "Houthis claim ballistic missile attack on Eilat, launched from Yemen",
  [E("incident", "missile attack", rng(d), P("Eilat", "IL"), ["Houthis"])], [],
  "Target is the event place; Yemen (launch origin) is a country only.", ["claim", "origin_place", "country_only"]))

d = "2024-11-14"
add(D(R, 19, d, "Russian army dropped guided aerial bombs on Antonivka, a Kherson suburb",
  [E("incident", "airstrike", rng(d), P("Antonivka", "UA"), ["Russia"], alts=[P("Kherson", "UA")])], [], NOTE_RNG, ["headline"]))

d = "2023-10-23"
add(D(R, 20, d, "Iraqi PM al-Sudani receives Iranian ambassador in Baghdad",
  [E("meeting", "reception", d, P("Baghdad", "IQ"), ["Mohammed Shia al-Sudani", "Iranian ambassador"])], [], "Present tense: D.", ["present_tense"]))

d = "2024-10-04"
add(D(R, 21, d, "Israeli army: a drone launched from Iraq was intercepted over the Golan Heights",
  [E("incident", "drone interception", rng(d), P("Golan Heights (Katzrin)", "IL", "Katzrin"), ["Islamic Resistance in Iraq", "Israel"], optional=True)],
  [], "Interception over a region, pin only approximate: optional. Iraq is origin country.", ["ambiguous", "origin_place", "country_only"]))

d = "2025-01-02"
add(D(R, 22, d, "Sudan army chief al-Burhan in Cairo for talks with President al-Sisi",
  [E("meeting", "visit", d, P("Cairo", "EG"), ["Abdel Fattah al-Burhan", "Abdel Fattah al-Sisi"])], [], "Present-tense visit: D.", ["present_tense"]))

d = "2024-05-28"
add(D(R, 23, d, "Map update: Russian MoD claims full capture of Krasnohorivka",
  [E("incident", "capture claim", rng(d), P("Krasnohorivka", "UA"), ["Russia"], optional=True)], [],
  "Territorial claim, not a dated strike: optional.", ["claim", "ambiguous"]))

d = "2024-08-19"
add(D(R, 24, d, "Turkish Defense Ministry: 5 PKK militants 'neutralized' in northern Iraq",
  [], [], "No place below country/region level: no pin.", ["no_gold", "country_only", "statement"]))

d = "2024-10-11"
add(D(R, 25, d, "UNIFIL: peacekeeping position in Naqoura hit by Israeli tank fire, two peacekeepers injured",
  [E("incident", "tank fire", rng(d), P("Naqoura", "LB"), ["Israel", "UNIFIL"])], [], NOTE_RNG, ["headline", "passive"]))

d = "2023-07-15"
add(D(R, 26, d, "Gunmen stormed a police station in Bannu, 3 policemen killed",
  [E("incident", "attack", rng(d), P("Bannu", "PK"), ["militants"])], [], NOTE_RNG, ["headline"]))

d = "2024-05-01"
add(D(R, 27, d, "Qatari PM to host Hamas delegation in Doha next week for ceasefire talks",
  [], [P("Doha", "QA")], "Future meeting: no gold.", ["no_gold", "future_event"]))

d = "2025-02-18"
add(D(R, 28, d, "Lebanese army deploys in Khiam after Israeli withdrawal",
  [E("other", "deployment", d, M("Khiam", 33.33, 35.61, "LB"), ["Lebanese Army"])], [],
  "Deployment: kind other, not scored.", ["no_gold"]))

d = "2024-09-27"
add(D(R, 29, d, "Massive Israeli airstrikes in Dahiyeh, Beirut's southern suburbs",
  [E("incident", "airstrike", rng(d), M("Dahiyeh", 33.853, 35.51, "LB", "Haret Hreik area"), ["Israel"], alts=[P("Beirut", "LB")])], [], NOTE_RNG, ["headline", "nominal"]))

d = "2023-07-07"
add(D(R, 30, d, "Zelensky meets Erdogan in Istanbul",
  [E("meeting", "visit", d, P("Istanbul", "TR"), ["Volodymyr Zelensky", "Recep Tayyip Erdogan"])], [], "Present tense: D.", ["present_tense"]))
