from lib import *
R = "headline"
DOCS = []
add = DOCS.append

WAS = P("Washington", "US")
TEH = P("Tehran", "IR")
CAI = P("Cairo", "EG")
KYV = P("Kyiv", "UA")
ANK = P("Ankara", "TR")
JER = P("Jerusalem", "IL")
DAM = P("Damascus", "SY")
KAD = P("Kaduna", "NG")
H = "Headline without a time: incident D-1..D."

d = "2024-08-20"
add(D(R, 1, d, "Drone strike kills 3 near Qamishli",
  [E("incident", "drone strike", [DAY(d,-1), d], P("Qamishli", "SY", "Al Qamishli"), [])],
  [], H, ["headline", "unattributed"]))

d = "2021-09-29"
add(D(R, 2, d, "Erdogan, Putin meet in Sochi\n\nThe leaders are expected to discuss Syria's Idlib province and the purchase of a second batch of S-400 missiles.",
  [E("meeting", "talks", d, P("Sochi", "RU"), ["Recep Tayyip Erdoğan", "Vladimir Putin"])],
  [P("Idlib", "SY")], "Present tense: D. Idlib is a topic.", ["headline", "topic_place"]))

d = "2022-11-29"
add(D(R, 3, d, "Iraq's PM in Tehran for talks",
  [E("meeting", "visit", d, TEH, ["Mohammed Shia al-Sudani", "Iranian leadership"])],
  [], "Present tense visit: D. 'Iraq's' is a qualifier (country).", ["headline", "nationality"]))

d = "2024-04-03"
add(D(R, 4, d, "Iran warns of response after strike on consulate\n\nTehran says Israel will be \"punished\" for the attack in Damascus that killed seven Revolutionary Guards officers.",
  [E("incident", "airstrike", [DAY(d,-3), d], DAM, ["Israel", "IRGC"], optional=True)],
  [TEH],
  "Warning is not an event. The Damascus consulate strike is referred to without a date (it was two days earlier): optional. Tehran is the speaker (metonym).",
  ["headline", "threat", "metonym", "background_event"]))

d = "2024-02-01"
add(D(R, 5, d, "Blinken to visit Cairo next week",
  [], [CAI], "Future visit: no gold.", ["headline", "future_event", "no_gold"]))

d = "2023-04-19"
KM = P("Kani Masi", "IQ")
add(D(R, 6, d, "Turkish jets strike PKK targets in Duhok's Amedi district\n\nThe strikes hit mountain areas near Kani Masi, the sub-district's mayor said.",
  [E("incident", "airstrike", [DAY(d,-1), d], KM, ["Turkey", "PKK"], alts=[P("Amedi", "IQ", "Al Amadiyah")])],
  [P("Duhok", "IQ")],
  H + " District of Duhok province: pinned at Kani Masi (stated) with the district centre Amedi as alternate; Duhok city (~60 km) is an admin qualifier.",
  ["headline", "admin_qualifier", "alt_spelling"]))

d = "2024-01-21"
AAS = M("Ain al-Asad air base", 33.80, 42.44, "IQ")
add(D(R, 7, d, "Rockets target Ain al-Asad base in Anbar; no U.S. casualties, officials say",
  [E("incident", "rocket attack", [DAY(d,-1), d], AAS, ["Islamic Resistance in Iraq", "United States"])],
  [P("Ramadi (Anbar)", "IQ", "Ramadi")],
  H + " Anbar (province) is a qualifier; Ramadi, its capital, is ~110 km away.",
  ["headline", "admin_qualifier", "no_casualties"]))

d = "2024-02-26"
add(D(R, 8, d, "Israeli strike on Khan Younis home kills family of seven",
  [E("incident", "airstrike", [DAY(d,-1), d], P("Khan Younis", "PS", "Khan Yunis"), ["Israel"])],
  [], H, ["headline"]))

d = "2024-06-13"
HOD = P("Hodeidah", "YE", "Al Hudaydah")
add(D(R, 9, d, "Houthis claim missile attack on cargo ship off Hodeidah",
  [E("incident", "missile attack", [DAY(d,-1), d], HOD, ["Houthis"])],
  [], H + " Claimed attack at sea 'off Hodeidah': pinned at Hodeidah.", ["headline", "claim", "maritime"]))

d = "2023-06-24"
add(D(R, 10, d, "Egypt's Sisi, Sudan's Burhan hold talks in El Alamein",
  [E("meeting", "talks", d, P("El Alamein", "EG"), ["Abdel Fattah el-Sisi", "Abdel Fattah al-Burhan"])],
  [], "Present tense: D. Nationality qualifiers only.", ["headline", "nationality", "non_capital"]))

d = "2023-04-18"
add(D(R, 11, d, "Saudi foreign minister in Damascus, first visit since 2011",
  [E("meeting", "visit", d, DAM, ["Faisal bin Farhan", "Bashar al-Assad"])],
  [], "Present tense visit: D. 2011 is a background year (no event).", ["headline", "background_event"]))

d = "2022-09-05"
AY = M("Adan Yabaal", 3.12, 46.17, "SO", "approximate, Middle Shabelle")
add(D(R, 12, d, "Al-Shabaab fighters storm army base in Middle Shabelle\n\nThe attack targeted a base near Adan Yabaal, a regional official said from Jowhar.",
  [E("incident", "attack", [DAY(d,-1), d], AY, ["al-Shabaab", "Somali National Army"])],
  [P("Jowhar", "SO"), P("Aden", "YE")],
  H + " 'Adan Yabaal' is a Somali town (not Aden); Jowhar is the official's location (~110 km).",
  ["headline", "person_name_place", "statement_place", "region_name"]))

d = "2023-01-30"
add(D(R, 13, d, "Suicide bomber hits mosque inside Peshawar police compound",
  [E("incident", "suicide bombing", [DAY(d,-1), d], P("Peshawar", "PK"), [])],
  [], H, ["headline"]))

d = "2022-07-23"
add(D(R, 14, d, "Zelensky, Erdogan speak by phone on Black Sea grain exports",
  [E("call", "phone call", d, KYV, ["Volodymyr Zelensky", "Recep Tayyip Erdoğan"], alts=[ANK])],
  [], "Present tense call: D, pinned at the first-named subject's capital with the other as alternate. Black Sea is a topic.", ["headline", "call"]))

d = "2024-01-02"
add(D(R, 15, d, "Ukraine says it downed dozens of drones overnight; debris damages homes in Kyiv",
  [E("incident", "drone strike", [DAY(d,-1), d], KYV, ["Russia"])],
  [], "Overnight: D-1..D. Debris damage in Kyiv is the located incident.", ["headline", "overnight", "interception"]))

d = "2024-05-26"
add(D(R, 16, d, "Russian strike on Kharkiv hardware store kills 6",
  [E("incident", "missile strike", [DAY(d,-1), d], P("Kharkiv", "UA"), ["Russia"])],
  [], H, ["headline"]))

d = "2023-05-15"
add(D(R, 17, d, "UN envoy Pedersen meets Assad in Damascus",
  [E("meeting", "talks", d, DAM, ["Geir Pedersen", "Bashar al-Assad"])],
  [], "Present tense: D.", ["headline"]))

d = "2023-09-13"
add(D(R, 18, d, "Mali: jihadists shell Timbuktu airport",
  [E("incident", "shelling", [DAY(d,-1), d], M("Timbuktu airport", 16.73, -3.01, "ML"), ["JNIM"], alts=[P("Timbuktu", "ML")])],
  [], H + " Country prefix 'Mali:' is not a pin.", ["headline", "country_prefix"]))

d = "2024-03-08"
KUR = OFF("Kuriga", KAD, 90, BEAR["southwest"])
add(D(R, 19, d, "Gunmen abduct more than 250 pupils in Kaduna State's Kuriga\n\nThe school in Kuriga lies about 90 km south-west of Kaduna city.",
  [E("incident", "abduction", [DAY(d,-1), d], KUR, ["gunmen"])],
  [KAD], H + " Offset stated in the second line; Kaduna city is the reference (90 km away) and state qualifier.", ["headline", "offset", "admin_qualifier"]))

d = "2023-09-07"
add(D(R, 20, d, "Pakistani, Afghan border forces clash at Torkham; crossing closed",
  [E("incident", "clashes", [DAY(d,-1), d], M("Torkham", 34.10, 71.09, "PK"), ["Pakistan", "Taliban"])],
  [], H + " Nationality adjectives are not places.", ["headline", "nationality", "border"]))

d = "2023-04-12"
add(D(R, 21, d, "Myanmar junta airstrike hits village in Sagaing's Kanbalu township",
  [E("incident", "airstrike", [DAY(d,-1), d], P("Kanbalu", "MM"), ["Myanmar military"])],
  [], H + " Township pinned at its centre town.", ["headline", "admin_qualifier"]))

d = "2024-04-29"
add(D(R, 22, d, "Hamas delegation in Cairo for truce talks",
  [E("meeting", "talks", d, CAI, ["Hamas", "Egyptian mediators"])],
  [], "Present tense: D.", ["headline"]))

d = "2024-05-20"
add(D(R, 23, d, "Iran's President Raisi killed in helicopter crash in East Azerbaijan province",
  [E("other", "accident", [DAY(d,-1), d], M("Varzaqan area, East Azerbaijan", 38.55, 46.60, "IR"), ["Ebrahim Raisi"])],
  [P("Tabriz", "IR")],
  "Accident: kind other (unscored). Tabriz is the provincial capital (qualifier, not stated; listed as a likely distractor).",
  ["headline", "accident", "no_gold", "admin_qualifier"]))

d = "2023-10-31"
add(D(R, 24, d, "Hezbollah says it fired rockets at Kiryat Shmona",
  [E("incident", "rocket attack", [DAY(d,-1), d], P("Kiryat Shmona", "IL"), ["Hezbollah", "Israel"])],
  [], H + " Claim located at the target.", ["headline", "claim"]))

d = "2024-04-19"
add(D(R, 25, d, "Explosions heard near Isfahan; Iran says small drones shot down",
  [E("incident", "interception", [DAY(d,-1), d], P("Isfahan", "IR"), ["Israel", "Iran"], optional=True)],
  [], "Explosions/interceptions: optional per convention.", ["headline", "interception"]))

d = "2024-03-19"
add(D(R, 26, d, f"Biden and Netanyahu spoke {WD(d,-1)}, White House says",
  [E("call", "phone call", DAY(d,-1), WAS, ["Joe Biden", "Benjamin Netanyahu"], alts=[JER])],
  [], "Past call on the named weekday, pinned at Washington (first subject) with Jerusalem alternate. White House is the statement source (Washington, same point).",
  ["headline", "call", "relative_date"]))

d = "2025-01-13"
add(D(R, 27, d, f"Fidan to host Syrian foreign minister in Ankara on {WD(d,+2)}",
  [], [ANK], "Future meeting: no gold.", ["headline", "future_event", "no_gold", "relative_date"]))

d = "2023-08-31"
add(D(R, 28, d, "Clashes between SDF and Arab tribal fighters spread to Deir ez-Zor's Dhiban",
  [E("incident", "clashes", [DAY(d,-1), d], M("Dhiban", 35.03, 40.50, "SY", "approximate, Euphrates east bank"), ["SDF", "Arab tribal fighters"], alts=[P("Deir ez-Zor", "SY")])],
  [], H + " Deir ez-Zor (~35 km) is the province qualifier and alternate.", ["headline", "admin_qualifier"]))

d = "2023-08-16"
add(D(R, 29, d, "Libya: clashes between armed groups in Tripoli leave 27 dead",
  [E("incident", "clashes", [DAY(d,-1), d], P("Tripoli", "LY"), ["444 Brigade", "Special Deterrence Force"])],
  [P("Tripoli (Lebanon)", "LB", "Tripoli")],
  H + " Tripoli is in Libya per the prefix; the Lebanese Tripoli is a homonym distractor.", ["headline", "homonym", "country_prefix"]))

d = "2025-01-27"
add(D(R, 30, d, "M23 rebels enter Goma; heavy gunfire near airport",
  [E("incident", "clashes", [DAY(d,-1), d], P("Goma", "CD"), ["M23", "FARDC"])],
  [], H, ["headline"]))
