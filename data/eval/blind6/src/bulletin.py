from lib import *
R = "bulletin"
DOCS = []
add = DOCS.append
B = "Live-map bulletin: one event per line; lines without time → incidents D-1..D, present-tense meetings D."

d = "2024-05-12"
add(D(R, 1, d, """Vovchansk: Russian forces shelling the town centre, evacuation ongoing
Kharkiv oblast: Russian MoD claims capture of Lukiantsi and Pylna""",
  [E("incident", "shelling", [DAY(d,-1), d], P("Vovchansk", "UA"), ["Russia"]),
   E("other", "territorial capture claim", [DAY(d,-1), d], M("Lukiantsi", 50.24, 36.50, "UA", "approximate, village north of Kharkiv"), ["Russia"], optional=True),
   E("other", "territorial capture claim", [DAY(d,-1), d], M("Pylna", 50.30, 36.72, "UA", "approximate, village near the border"), ["Russia"], optional=True)],
  [], B + " Capture claims optional (kind other). Kharkiv oblast is a qualifier.", ["bulletin", "capture_claim", "multi_event", "admin_qualifier"]))

d = "2024-02-03"
add(D(R, 2, d, """US strikes on IRGC and militia targets near Al-Bukamal and Al-Mayadin, eastern Syria
CENTCOM: 85 targets struck in Syria and Iraq""",
  [E("incident", "airstrike", [DAY(d,-1), d], P("Al-Mayadin", "SY", "Al Mayadin"), ["United States", "IRGC"]),
   E("incident", "airstrike", [DAY(d,-1), d], P("Al-Bukamal", "SY", "Abu Kamal"), ["United States", "IRGC"])],
  [], B + " Two named towns (~130 km apart): two events. The country-wide total on the second line is not pinned.", ["bulletin", "multi_event", "alt_spelling"]))

d = "2023-11-22"
add(D(R, 3, d, """Sirens in Shlomi and Hanita
IDF strikes Hezbollah launch site near Blida, south Lebanon""",
  [E("incident", "rocket attack", [DAY(d,-1), d], P("Shlomi", "IL"), ["Hezbollah"], optional=True),
   E("incident", "airstrike", [DAY(d,-1), d], M("Blida", 33.14, 35.52, "LB", "approximate, border village, Marjayoun district"), ["Israel", "Hezbollah"])],
  [], B + " Sirens only: optional (Hanita ~3 km from Shlomi, one pin).", ["bulletin", "sirens"]))

d = "2024-08-25"
add(D(R, 4, d, """Voronezh: drone debris falls on residential street, governor says
Ukrainian drones hit oil refinery in Novoshakhtinsk, Rostov oblast, fire""",
  [E("incident", "debris", [DAY(d,-1), d], P("Voronezh", "RU"), ["Russia", "Ukraine"], optional=True),
   E("incident", "drone strike", [DAY(d,-1), d], P("Novoshakhtinsk", "RU"), ["Ukraine"])],
  [], B + " Debris optional. Rostov oblast qualifier.", ["bulletin", "interception", "admin_qualifier"]))

d = "2025-01-27"
add(D(R, 5, d, f"""M23 fighters enter Goma, gunfire near the airport
EAC leaders to hold emergency virtual summit on {WD(d,2)}""",
  [E("incident", "armed clashes", [DAY(d,-1), d], P("Goma", "CD"), ["M23", "FARDC"])],
  [], B + " Future summit: not gold.", ["bulletin", "future_event", "weekday_date"]))

d = "2024-06-30"
add(D(R, 6, d, """Gwoza, Borno: female suicide bombers strike wedding, hospital and funeral""",
  [E("incident", "suicide bombing", [DAY(d,-1), d], P("Gwoza", "NG"), ["Boko Haram", "civilians"])],
  [], B + " Three sites in one town: one event.", ["bulletin", "multi_site_one_event", "admin_qualifier"]))

d = "2024-09-28"
add(D(R, 7, d, """Beirut: IDF confirms strike on Hezbollah central HQ in Dahiyeh
Protesters gather outside US embassy in Baghdad over Beirut strikes""",
  [E("incident", "airstrike", [DAY(d,-1), d], M("Dahiyeh (Beirut southern suburbs)", 33.85, 35.51, "LB", "approximate, Haret Hreik area"), ["Israel", "Hezbollah"], alts=[P("Beirut", "LB")]),
   E("other", "protest", d, M("US embassy, Baghdad", 33.30, 44.39, "IQ", "approximate, Green Zone"), ["protesters"], alts=[P("Baghdad", "IQ")])],
  [], B + " Protest at the embassy: kind other; 'over Beirut strikes' is a back-reference.", ["bulletin", "protest", "back_reference"]))

d = "2023-04-15"
add(D(R, 8, d, """Khartoum: heavy gunfire near the Republican Palace and the airport, RSF claim control
Nyala: clashes around the army's 16th Division base""",
  [E("incident", "armed clashes", d, P("Khartoum", "SD"), ["Rapid Support Forces", "Sudanese Armed Forces"]),
   E("incident", "armed clashes", d, P("Nyala", "SD"), ["Rapid Support Forces", "Sudanese Armed Forces"])],
  [], B + " Live first-day bulletin, present continuous: D. Two cities, two events.", ["bulletin", "multi_event"]))

d = "2024-12-08"
add(D(R, 9, d, """Damascus: rebels announce capture of the capital, Assad reported to have left
Homs: HTS-led forces enter the city""",
  [E("other", "territorial capture", d, P("Damascus", "SY"), ["HTS", "Syrian government"], optional=True),
   E("other", "territorial capture", [DAY(d,-1), d], P("Homs", "SY"), ["HTS"], optional=True)],
  [], B + " Territorial captures: optional, kind other. No scored gold.", ["bulletin", "capture_claim", "no_gold"]))

d = "2024-03-22"
add(D(R, 10, d, """Krasnogorsk: gunmen open fire at Crocus City Hall concert, building on fire""",
  [E("incident", "armed attack", d, P("Krasnogorsk", "RU"), ["Islamic State Khorasan", "civilians"])],
  [], "Live line, present tense: D.", ["bulletin"]))

d = "2023-10-17"
add(D(R, 11, d, """Gaza City: explosion at al-Ahli hospital, hundreds feared dead
Amman: four-way summit with Biden cancelled""",
  [E("incident", "explosion", d, P("Gaza", "PS"), ["unknown", "civilians"])],
  [P("Amman", "JO")],
  B + " Cancelled summit: not gold (Amman non-event).", ["bulletin", "cancelled_event"]))

d = "2023-12-15"
add(D(R, 12, d, """Rask, Sistan-Baluchestan: Jaish al-Adl militants storm police headquarters, 11 officers killed
Zahedan: funerals for the officers to be held tomorrow""",
  [E("incident", "armed attack", d, P("Rask", "IR", "Rāsak"), ["Jaish al-Adl", "Iranian police"])],
  [P("Zahedan", "IR")],
  B + " Live line, overnight attack reported on the day: D (the attack began late on D-1 in reality; the line gives no time). Future funerals: not gold.",
  ["bulletin", "future_event", "admin_qualifier"]))

d = "2024-10-20"
add(D(R, 13, d, """Kiryat Bialik: rocket hits residential building, four wounded
IDF: launched from the Tyre area""",
  [E("incident", "rocket attack", [DAY(d,-1), d], P("Kiryat Bialik", "IL"), ["Hezbollah", "civilians"])],
  [P("Tyre", "LB")],
  B + " Launch origin Tyre area (listed non-event).", ["bulletin", "launch_origin"]))

d = "2025-06-22"
add(D(R, 14, d, """US B-2 strikes on Fordow, Natanz and Isfahan nuclear sites
Iran fires missiles at Haifa and Tel Aviv""",
  [E("incident", "airstrike", [DAY(d,-1), d], M("Fordow", 34.88, 50.99, "IR", "approximate, enrichment site near Qom"), ["United States", "Iran"], alts=[P("Qom", "IR")]),
   E("incident", "airstrike", [DAY(d,-1), d], P("Natanz", "IR"), ["United States", "Iran"]),
   E("incident", "airstrike", [DAY(d,-1), d], P("Isfahan", "IR"), ["United States", "Iran"]),
   E("incident", "missile strike", [DAY(d,-1), d], P("Haifa", "IL"), ["Iran", "Israel"]),
   E("incident", "missile strike", [DAY(d,-1), d], P("Tel Aviv", "IL"), ["Iran", "Israel"])],
  [], B + " Five named targets.", ["bulletin", "multi_event"]))

d = "2024-10-30"
add(D(R, 15, d, """Tbilisi: thousands protest outside parliament over election results
Yerevan: Armenian, Azerbaijani deputy PMs meet on border delimitation""",
  [E("other", "protest", d, P("Tbilisi", "GE"), ["protesters"]),
   E("meeting", "meeting", d, P("Yerevan", "AM"), ["Mher Grigoryan", "Shahin Mustafayev"])],
  [], B + " Protest: other. Meeting present tense: D.", ["bulletin", "protest", "meeting"]))

d = "2023-06-03"
add(D(R, 16, d, """Belgorod oblast: Shebekino shelled again, fire at industrial site""",
  [E("incident", "shelling", [DAY(d,-1), d], P("Shebekino", "RU"), ["Ukraine"])],
  [], B + " 'Again' refers to earlier undated shelling.", ["bulletin", "admin_qualifier", "back_reference"]))

d = "2024-11-10"
add(D(R, 17, d, """Quetta railway station: blast on platform, dozens killed
Islamabad: PM to chair security meeting tomorrow""",
  [E("incident", "suicide bombing", [DAY(d,-1), d], P("Quetta", "PK"), ["Balochistan Liberation Army", "civilians"])],
  [P("Islamabad", "PK")],
  B + " Future meeting: not gold.", ["bulletin", "future_event"]))

d = "2024-07-09"
add(D(R, 18, d, """Kathua: militants ambush army truck in Machedi area, five soldiers killed
Rajnath Singh chairs security review in Delhi""",
  [E("incident", "ambush", [DAY(d,-1), d], M("Machedi", 32.60, 75.67, "IN", "approximate, Machedi area north-east of Kathua"), ["Kashmir Tigers", "Indian Army"], alts=[P("Kathua", "IN")])],
  [],
  B + " Area of the district: manual, Kathua alternate (~40 km). The review meeting is internal (one government): not a diplomatic meeting; Delhi not pinned.",
  ["bulletin", "area_of", "district"]))

d = "2024-01-26"
add(D(R, 19, d, """Belgorod oblast: Il-76 crashes near Yablonovo, Russia says carrying Ukrainian POWs""",
  [E("incident", "aircraft downing", ["2024-01-24", "2024-01-26"], M("Yablonovo", 50.93, 37.37, "RU", "approximate, village in Korocha district"), ["Ukraine", "Russia"], optional=True)],
  [], "Crash of disputed cause: optional with a wider range (reported two days after).", ["bulletin", "no_gold", "admin_qualifier"]))

d = "2024-10-08"
add(D(R, 20, d, """Kiev: Zelensky meets visiting Dutch PM Schoof
Kharkiv: guided bomb hits residential block""",
  [E("meeting", "visit", d, P("Kyiv", "UA"), ["Volodymyr Zelensky", "Dick Schoof"]),
   E("incident", "air strike", [DAY(d,-1), d], P("Kharkiv", "UA"), ["Russia", "civilians"])],
  [], B + " 'Kiev' spelling. 'Dutch' nationality.", ["bulletin", "alt_spelling", "nationality", "multi_event"]))

d = "2024-06-21"
add(D(R, 21, d, """Sevastopol: ATACMS strike on Belbek airbase, Russian MoD says 5 missiles downed
Belgorod: drone hits car in Shebekino district""",
  [E("incident", "missile strike", [DAY(d,-1), d], M("Belbek airbase", 44.69, 33.58, "UA", "approximate, airfield north of Sevastopol"), ["Ukraine", "Russia"], alts=[P("Sevastopol", "UA")]),
   E("incident", "drone strike", [DAY(d,-1), d], P("Shebekino", "RU"), ["Ukraine", "civilians"])],
  [], B + " Airbase manual with city alternate. Shebekino district: pinned at the town. 'Belgorod' line prefix is the region.", ["bulletin", "multi_event", "district"]))

d = "2025-01-30"
add(D(R, 22, d, """Bukavu: M23 advance reported at Kavumu airport, 30 km north
Kinshasa: protesters attack Rwandan, French embassies""",
  [E("incident", "armed clashes", [DAY(d,-1), d], OFF("Kavumu airport (30 km north of Bukavu)", P("Bukavu", "CD"), 30, BEAR["north"]), ["M23", "FARDC"], alts=[P("Bukavu", "CD")]),
   E("other", "riot", [DAY(d,-1), d], P("Kinshasa", "CD"), ["protesters"])],
  [], B + " Offset computed. Embassy riot: other.", ["bulletin", "offset", "riot"]))

d = "2024-05-30"
add(D(R, 23, d, """Hakkari: Turkish MoD says air strikes in Gara and Hakurk regions of northern Iraq""",
  [E("incident", "airstrike", [DAY(d,-1), d], M("Gara region", 37.02, 43.35, "IQ", "approximate, Gara mountain south of Amedi"), ["Turkey", "PKK"], alts=[P("Amedi", "IQ", "Al Amadiyah")]),
   E("incident", "airstrike", [DAY(d,-1), d], M("Hakurk region", 36.95, 44.85, "IQ", "approximate, Hakurk area near the Iranian border"), ["Turkey", "PKK"])],
  [P("Hakkari", "TR")],
  B + " Line prefix Hakkari is not the target; Gara and Hakurk (manual, large areas) are.", ["bulletin", "region", "multi_event", "line_prefix_not_event"]))

d = "2023-10-07"
add(D(R, 24, d, """Sderot: gunmen in the streets, police station under attack
Ashkelon: rocket barrages, direct hits reported""",
  [E("incident", "armed attack", d, P("Sderot", "IL"), ["Hamas", "Israel Police"]),
   E("incident", "rocket attack", d, P("Ashkelon", "IL"), ["Hamas"])],
  [], "Live lines, present tense: D.", ["bulletin", "multi_event"]))

d = "2024-01-18"
add(D(R, 25, d, """Pakistan strikes 'terrorist hideouts' in Saravan, Sistan-Baluchestan
Islamabad recalls ambassador from Tehran""",
  [E("incident", "airstrike", [DAY(d,-1), d], P("Saravan", "IR"), ["Pakistan", "Baloch militants"])],
  [P("Islamabad", "PK"), P("Tehran", "IR")],
  B + " Diplomatic recall: not a meeting.", ["bulletin", "admin_qualifier", "statement_place"]))

d = "2024-07-19"
add(D(R, 26, d, """Tel Aviv: drone explodes near US embassy branch, one killed
Sanaa: Houthis claim 'Yafa' drone attack""",
  [E("incident", "drone attack", d, P("Tel Aviv", "IL"), ["Houthis", "civilians"])],
  [P("Sanaa", "YE")],
  B + " The claim line is the same attack (Sanaa is the claimant's seat).", ["bulletin", "claimed_attack", "statement_place"]))

d = "2025-07-01"
add(D(R, 27, d, """Kayes: JNIM attacks army camp and governor's residence, heavy gunfire
Sandaré: attack on gendarmerie post""",
  [E("incident", "armed attack", d, P("Kayes", "ML"), ["JNIM", "Malian Armed Forces"]),
   E("incident", "armed attack", d, M("Sandaré", 14.71, -10.30, "ML", "approximate, town east of Kayes"), ["JNIM", "Gendarmerie"])],
  [], "Live lines, present tense: D. Sandaré manual (~120 km from Kayes).", ["bulletin", "multi_event"]))

d = "2023-09-19"
add(D(R, 28, d, """Karabakh: Azerbaijan launches 'local anti-terror measures', shelling heard in Stepanakert
Yerevan: protesters gather outside government building""",
  [E("incident", "shelling", d, M("Stepanakert (Khankendi)", 39.82, 46.75, "AZ", "approximate, Karabakh regional centre"), ["Azerbaijan"]),
   E("other", "protest", d, P("Yerevan", "AM"), ["protesters"])],
  [], "Live lines: D. Protest: other.", ["bulletin", "protest", "multi_event"]))

d = "2024-04-02"
add(D(R, 29, d, """Damascus: Israeli strike destroys Iranian consulate building in Mezzeh
Tehran: Iran vows response""",
  [E("incident", "airstrike", [DAY(d,-1), d], P("Damascus", "SY"), ["Israel", "IRGC"])],
  [P("Tehran", "IR")],
  B + " Mezzeh is a Damascus district. Tehran statement.", ["bulletin", "statement_place"]))

d = "2023-01-15"
add(D(R, 30, d, """Dnipro: missile hits apartment block on Naberezhna Peremohy
Kyiv: explosions, strikes on energy infrastructure""",
  [E("incident", "missile strike", [DAY(d,-1), d], P("Dnipro", "UA"), ["Russia", "civilians"]),
   E("incident", "missile strike", [DAY(d,-1), d], P("Kyiv", "UA"), ["Russia"])],
  [], B, ["bulletin", "multi_event"]))
