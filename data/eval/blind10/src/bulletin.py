from lib import *
R = "bulletin"
DOCS = []
add = DOCS.append
B = "Live-map bulletin: one event per line; lines without time → incidents D-1..D, present-tense meetings D. Composite/invented details. "

def I(d):
    return [DAY(d, -1), d]

def N(num, d, text, events, nonev, note, tags):
    add(D(R, num, d, text, events, nonev, B + note, ["bulletin"] + tags))

d = "2024-09-03"
N(1, d, "Poltava oblast: Russian ballistic missile hits grain elevator in Kobeliaky, 2 wounded",
  [E("incident", "missile strike", I(d), M("Kobeliaky", 49.15, 34.20, "UA", "approximate, town south of Poltava"), ["Russia"])], [Q("Poltava", "UA", 49.59, 34.55)], "Composite. Oblast prefix (~55 km).", ["admin_qualifier", "facility"])
d = "2023-10-05"
N(2, d, "Kharkiv oblast: Russian KAB strike on Pisochyn, house destroyed, 1 injured",
  [E("incident", "guided bomb strike", I(d), M("Pisochyn", 49.96, 36.10, "UA", "approximate, settlement west of Kharkiv"), ["Russia", "civilians"])], [], "Composite. Oblast prefix (city ~12 km, inside the radius, so not listed).", ["admin_qualifier"])
d = "2025-03-07"
N(3, d, "Tartus countryside: clashes between security forces and gunmen in Safita; curfew",
  [E("incident", "armed clashes", I(d), Q("Safita", "SY", 34.82, 36.12, q="Şāfītā"), ["Syria security forces", "gunmen"])], [Q("Tartus", "SY", 34.89, 35.89, q="Ţarţūs")], "Composite. Prefix Tartus (~22 km).", ["admin_qualifier"])
d = "2024-02-26"
N(4, d, f"Loroum: gunmen attack church in Koumbri during {WD(d,-1)} service",
  [E("incident", "armed attack", I(d), M("Koumbri", 13.72, -2.05, "BF", "approximate, commune in Yatenga/Loroum area; placement uncertain"), ["militants", "civilians"])], [], "Composite.", ["admin_qualifier", "religious_site"])
d = "2022-05-15"
N(5, d, "Borno: ISWAP fighters fire mortars at Rann; IDP camp hit",
  [E("incident", "mortar attack", I(d), Q("Rann", "NG", 12.29, 14.46), ["ISWAP", "civilians"])], [Q("Maiduguri", "NG", 11.85, 13.16)], "Borno prefix pinned at Maiduguri.", ["admin_qualifier", "camp"])
d = "2023-08-27"
N(6, d, "Amhara: unverified reports of drone strike in Lay Gayint; clashes confirmed in Debark",
  [E("incident", "drone strike (unverified)", I(d), M("Lay Gayint", 11.65, 38.43, "ET", "approximate, town east of Debre Tabor"), ["Ethiopia"], optional=True),
   E("incident", "armed clashes", I(d), Q("Debark", "ET", 13.13, 37.90, q="Debark’"), ["Fano", "ENDF"])], [Q("Bahir Dar", "ET", 11.59, 37.39)], "Composite. Unverified: optional. Amhara prefix pinned at Bahir Dar.", ["unconfirmed", "admin_qualifier", "multi_event"])
d = "2024-10-21"
N(7, d, "Sirens in Krayot area; drone hits house in Zikhron Ya'akov, no injuries",
  [E("incident", "drone attack", I(d), M("Zikhron Ya'akov", 32.57, 34.95, "IL", "approximate, town south of Haifa"), ["Hezbollah"]),
   E("incident", "sirens", I(d), M("Krayot", 32.84, 35.08, "IL", "approximate, suburbs north of Haifa"), ["Hezbollah"], optional=True)], [], "Composite. Sirens optional.", ["sirens", "multi_event"])
d = "2025-05-23"
N(8, d, "Khartoum: SAF says it took full control of Jebel Aulia; RSF shelling on Omdurman's Ombada",
  [E("other", "capture claim", I(d), Q("Jabal Awliya", "SD", 15.23, 32.50, q="Jabal Awliyā’"), ["SAF"], optional=True),
   E("incident", "shelling", I(d), M("Ombada, Omdurman", 15.66, 32.39, "SD", "approximate, western Omdurman locality"), ["RSF"], alts=[Q("Omdurman", "SD", 15.64, 32.48)])], [Q("Khartoum", "SD", 15.59, 32.53)], "Capture optional.", ["capture_claim", "admin_qualifier", "neighbourhood"])
d = "2024-07-01"
N(9, d, "Zamfara: bandits abduct 50 in Bukkuyum; villagers flee to Gusau",
  [E("incident", "abduction", I(d), M("Bukkuyum", 12.13, 5.47, "NG", "approximate, LGA seat in western Zamfara"), ["bandits", "civilians"])], [Q("Gusau", "NG", 12.16, 6.66)], "Composite. Gusau: refuge and state capital.", ["admin_qualifier", "refuge_place"])
d = "2023-01-14"
N(10, d, "Dnipropetrovsk oblast: missile hits apartment block in Synelnykove, 3 dead",
  [E("incident", "missile strike", I(d), M("Synelnykove", 48.32, 35.52, "UA", "approximate, town east of Dnipro"), ["Russia", "civilians"])], [Q("Dnipro", "UA", 48.45, 34.98)], "Composite. Oblast named after Dnipro (~42 km).", ["admin_qualifier"])
d = "2025-08-12"
N(11, d, f"Trump and Putin to meet in Anchorage on {WD(d,3)} — White House",
  [], [Q("Anchorage", "US", 61.22, -149.90), Q("Washington", "US", 38.90, -77.04)], "Future meeting: no gold.", ["future_event", "no_scored_gold", "metonym"])
d = "2024-03-05"
N(12, d, "Tigray: Ethiopian federal forces and TPLF officials meet in Mekelle on implementing Pretoria deal",
  [E("meeting", "talks", d, Q("Mekelle", "ET", 13.50, 39.47, q="Mek’ele"), ["Ethiopia", "TPLF"])], [Q("Pretoria", "ZA", -25.75, 28.19)], "Present meeting. Pretoria deal: metonym.", ["present_meeting", "metonym"])
d = "2022-12-29"
N(13, d, "Shan: junta airstrike on KIA-held area near Namhkam; 4 civilians dead",
  [E("incident", "airstrike", I(d), Q("Namhkam", "MM", 23.83, 97.68, q="Namhkam"), ["Myanmar military", "civilians"])], [], "'Near X' → X.", ["admin_qualifier", "near_place"])
d = "2024-12-20"
N(14, d, "Kursk oblast: Ukrainian HIMARS strike on school in Lgov, 6 dead — governor",
  [E("incident", "rocket strike", I(d), Q("Lgov", "RU", 51.66, 35.27, q="L’gov"), ["Ukraine"])], [Q("Kursk", "RU", 51.73, 36.19)], "Composite.", ["admin_qualifier"])
d = "2023-11-09"
N(15, d, "Diffa: army patrol hits IED near Toumour, 3 soldiers dead",
  [E("incident", "IED", I(d), M("Toumour", 13.70, 13.12, "NE", "approximate, town near Lake Chad"), ["militants", "Niger army"])], [Q("Diffa", "NE", 13.32, 12.61)], "", ["admin_qualifier"])
d = "2021-06-05"
N(16, d, "Séno: gunmen kill 30 in overnight attack on Boundoré market",
  [E("incident", "massacre", I(d), M("Boundoré", 13.45, 0.15, "BF", "approximate, village in Séno province; placement uncertain"), ["militants", "civilians"])], [Q("Dori", "BF", 14.03, -0.03)], "Composite. Séno province (seat Dori).", ["admin_qualifier"])
d = "2025-01-18"
N(17, d, "North Kivu: M23 shells Masisi centre; displaced flee toward Goma",
  [E("incident", "shelling", I(d), M("Masisi", -1.40, 28.82, "CD", "approximate, territory seat"), ["M23"])], [Q("Goma", "CD", -1.68, 29.23)], "Composite. Goma: direction/refuge.", ["admin_qualifier", "direction_place"])
d = "2024-04-14"
N(18, d, "Iranian drones and missiles intercepted over Jordan; one missile hit Nevatim area",
  [E("incident", "missile attack", I(d), M("Nevatim base area", 31.21, 35.01, "IL", "approximate"), ["Iran"])], [Q("Amman", "JO", 31.95, 35.93)], "Interceptions over Jordan: country (pinned at Amman as non-event).", ["interceptions"])
d = "2022-09-16"
N(19, d, "Batken: Kyrgyz-Tajik border clashes near Kök-Tash; schools closed",
  [E("incident", "border clashes", I(d), M("Kök-Tash (Batken)", 39.95, 70.80, "KG", "approximate, border village near Isfara; placement uncertain"), ["Kyrgyzstan", "Tajikistan"])], [Q("Batken", "KG", 40.06, 70.82)], "", ["admin_qualifier"])
d = "2023-02-20"
N(20, d, "Uzhhorod: Zelensky meets Hungarian FM at border crossing near Chop",
  [E("meeting", "bilateral", d, M("Chop", 48.43, 22.21, "UA", "approximate, border town west of Uzhhorod"), ["Ukraine", "Hungary"])], [Q("Uzhhorod", "UA", 48.62, 22.30)], "Composite. Present meeting → D. Prefix Uzhhorod (~22 km).", ["present_meeting", "admin_qualifier"])
d = "2019-10-10"
N(21, d, "Turkish airstrikes on Derbasiyah outskirts and Suluk as ground operation starts",
  [E("incident", "airstrikes", I(d), M("Suluk", 36.63, 39.18, "SY", "approximate, town south-east of Tal Abyad"), ["Türkiye", "SDF"]),
   E("incident", "airstrikes", I(d), M("Derbasiyah outskirts", 37.05, 40.65, "SY", "approximate, outskirts of al-Darbasiyah"), ["Türkiye", "SDF"])], [], "Composite.", ["multi_event"])
d = "2024-08-25"
N(22, d, "Israel says it struck Hezbollah rocket launchers near Zrariyeh; Hezbollah fires at Ein Zeitim base",
  [E("incident", "airstrikes", I(d), M("Zrariyeh", 33.35, 35.33, "LB", "approximate, village north of the Litani"), ["Israel", "Hezbollah"]),
   E("incident", "rocket attack", I(d), M("Ein Zeitim base", 33.00, 35.50, "IL", "approximate, base north of Safed"), ["Hezbollah", "Israel"])], [], "Composite.", ["multi_event", "facility"])
d = "2023-05-10"
N(23, d, "Islamabad: PTI supporters torch Radio Pakistan office in Mardan",
  [E("other", "riot", I(d), Q("Mardan", "PK", 34.20, 72.04), ["PTI supporters"])], [Q("Islamabad", "PK", 33.69, 73.06)], "Composite. Prefix Islamabad. Rioters torching a building: kind other (riot); no scored gold.", ["admin_qualifier", "riot", "no_scored_gold"])
d = "2021-11-26"
N(24, d, "Honiara: rioters set fire to Chinatown shops for third day",
  [E("other", "riot", [DAY(d, -2), d], M("Chinatown, Honiara", -9.43, 159.96, "SB", "approximate"), ["rioters"], alts=[Q("Honiara", "SB", -9.43, 159.95)])], [], "Third day → D-2..D. Riot: kind other; no scored gold.", ["riot", "date_range", "no_scored_gold"])
d = "2022-03-16"
N(25, d, "Mykolaiv oblast: airstrike hits school sheltering civilians in Bashtanka",
  [E("incident", "airstrike", I(d), M("Bashtanka", 47.41, 32.44, "UA", "approximate, town north-east of Mykolaiv"), ["Russia", "civilians"])], [Q("Mykolaiv", "UA", 46.97, 31.99, q="Mykolayiv")], "Composite.", ["facility", "admin_qualifier"])
d = "2024-09-17"
N(26, d, "South Lebanon: pagers carried by Hezbollah members explode in Ghaziyeh and the south",
  [E("incident", "pager explosions", I(d), M("Ghaziyeh", 33.52, 35.37, "LB", "approximate, town south of Sidon"), ["Israel", "Hezbollah"])], [], "Composite. 'The south': unlocated.", ["admin_qualifier"])
d = "2025-07-16"
N(27, d, "Sweida countryside: Israeli strikes near Shahba; tanks hit on road to Sweida",
  [E("incident", "airstrikes", I(d), M("Shahba", 32.85, 36.63, "SY", "approximate, town north of Sweida"), ["Israel"])], [Q("Sweida", "SY", 32.71, 36.57, q="As Suwaydā’")], "Composite. Road direction Sweida (~16 km).", ["admin_qualifier", "direction_place"])
d = "2020-09-28"
N(28, d, "Tavush: Azerbaijani shelling hits Chinari; Armenia declares martial law",
  [E("incident", "shelling", I(d), M("Chinari", 40.99, 45.38, "AM", "approximate, border village"), ["Azerbaijan"])], [], "Composite. Martial law: not an event.", ["admin_qualifier", "village"])
d = "2023-12-25"
N(29, d, "Plateau: gunmen attack villages around Mushu in Bokkos LGA over Christmas Eve night",
  [E("incident", "armed attacks", I(d), M("Mushu", 9.20, 8.95, "NG", "approximate, village in Bokkos LGA; placement uncertain"), ["gunmen", "civilians"])], [Q("Jos", "NG", 9.93, 8.89)], "Composite. Plateau prefix at Jos.", ["admin_qualifier", "night_range", "village"])
d = "2024-02-14"
N(30, d, "Cox's Bazar: Myanmar mortar shells land in Ghumdhum border area, 2 killed",
  [E("incident", "cross-border shelling", I(d), M("Ghumdhum", 21.25, 92.23, "BD", "approximate, border union in Naikhongchhari"), ["Myanmar"])], [Q("Cox's Bazar", "BD", 21.45, 91.97)], "Cox's Bazar prefix (~35 km).", ["admin_qualifier"])
