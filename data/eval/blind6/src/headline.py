from lib import *
R = "headline"
DOCS = []
add = DOCS.append
H = "Headline without a time: incident D-1..D; present-tense meetings/calls D."

d = "2024-04-19"
add(D(R, 1, d, "Russian missiles hit Chernihiv city centre, killing 17",
  [E("incident", "missile strike", [DAY(d,-1), d], P("Chernihiv", "UA"), ["Russia", "civilians"])],
  [], H, ["headline"]))

d = "2023-10-25"
add(D(R, 2, d, "Gunmen kill five at checkpoint in Pakistan's Kohat district",
  [E("incident", "armed attack", [DAY(d,-1), d], P("Kohat", "PK"), ["unknown gunmen", "police"])],
  [], H + " District named after its centre: pinned at Kohat.", ["headline", "district", "country_prefix"]))

d = "2024-06-10"
add(D(R, 3, d, "Bus carrying pilgrims plunges into gorge after militants open fire in J&K's Reasi",
  [E("incident", "armed attack", [DAY(d,-1), d], P("Reasi", "IN", "Reasi"), ["militants", "civilians"])],
  [], H, ["headline", "admin_qualifier"]))

d = "2025-02-12"
add(D(R, 4, d, f"Sudan's Burhan to receive Qatari envoy in Port Sudan on {WD(d,2)}",
  [], [P("Port Sudan", "SD")], "Future meeting: no gold.", ["headline", "future_event", "no_gold", "weekday_date"]))

d = "2024-01-15"
add(D(R, 5, d, "Blast at market 40 km east of Jalalabad kills three",
  [E("incident", "bombing", [DAY(d,-1), d], OFF("40 km east of Jalalabad", P("Jalalabad", "AF"), 40, BEAR["east"]), ["unknown", "civilians"], alts=[P("Jalalabad", "AF")])],
  [], H + " Offset computed, Jalalabad alternate.", ["headline", "offset"]))

d = "2023-05-16"
add(D(R, 6, d, "Kenyan capital hosts Sudan talks as fighting rages in Khartoum",
  [E("meeting", "talks", d, P("Nairobi", "KE"), ["Sudan mediators"]),
   E("incident", "armed clashes", [DAY(d,-1), d], P("Khartoum", "SD"), ["Sudanese Armed Forces", "Rapid Support Forces"])],
  [], H + " 'The Kenyan capital' = Nairobi. Ongoing fighting in Khartoum: incident D-1..D.", ["headline", "capital_reference", "multi_event"]))

d = "2024-11-18"
add(D(R, 7, d, "Manipur: mob torches legislators' homes in Imphal after six bodies found near Jiribam",
  [E("other", "riot", [DAY(d,-1), d], P("Imphal", "IN"), ["rioters"])],
  [P("Jiribam", "IN")],
  "Riot: kind other. The bodies found near Jiribam are a back-reference (not a dated incident in the headline): non-event place.",
  ["headline", "riot", "back_reference", "no_gold"]))

d = "2024-03-04"
add(D(R, 8, d, "Israeli air strike on tent camp in al-Mawasi kills nine",
  [E("incident", "airstrike", [DAY(d,-1), d], M("al-Mawasi", 31.36, 34.27, "PS", "approximate, coastal area west of Khan Younis"), ["Israel", "civilians"])],
  [], H, ["headline"]))

d = "2023-12-19"
add(D(R, 9, d, "Erdogan, Orban talk by phone on Gaza, Sweden's NATO bid",
  [E("call", "phone call", d, P("Ankara", "TR"), ["Recep Tayyip Erdoğan", "Viktor Orbán"], alts=[P("Budapest", "HU")])],
  [], H + " Call: first-named side's capital, other side alternate. Gaza topic.", ["headline", "call", "topic_place"]))

d = "2024-09-02"
add(D(R, 10, d, "Somalia: al-Shabaab fighters storm army base in Middle Shabelle's Adan Yabaal",
  [E("incident", "armed attack", [DAY(d,-1), d], M("Adan Yabaal", 3.40, 46.07, "SO", "approximate, town in Middle Shabelle"), ["al-Shabaab", "Somali National Army"])],
  [], H + " Region qualifier.", ["headline", "admin_qualifier", "country_prefix"]))

d = "2025-05-07"
add(D(R, 11, d, "India strikes nine sites; Pakistan says mosque in Muzaffarabad hit",
  [E("incident", "missile strike", [DAY(d,-1), d], P("Muzaffarabad", "PK"), ["India", "Pakistan"])],
  [], H, ["headline"]))

d = "2024-02-06"
add(D(R, 12, d, "Ecuador: armed men seize Guayaquil TV station live on air",
  [E("incident", "armed attack", [DAY(d,-1), d], P("Guayaquil", "EC"), ["Los Choneros", "civilians"])],
  [], H, ["headline", "country_prefix"]))

d = "2024-10-21"
add(D(R, 13, d, "Drone hits apartment block in Kryvyi Rih; sirens across Dnipropetrovsk oblast",
  [E("incident", "drone strike", [DAY(d,-1), d], P("Kryvyi Rih", "UA"), ["Russia", "civilians"]),
   E("incident", "air raid alert", [DAY(d,-1), d], P("Dnipro", "UA"), ["Russia"], optional=True)],
  [], H + " Oblast-wide sirens: optional at the oblast centre.", ["headline", "sirens", "province_only"]))

d = "2023-07-11"
add(D(R, 14, d, "Lebanese army deploys on Shebaa border as UNIFIL meets Israeli, Lebanese officers in Naqoura",
  [E("meeting", "tripartite meeting", d, M("Naqoura (UNIFIL HQ)", 33.12, 35.14, "LB", "approximate, UNIFIL headquarters"), ["UNIFIL", "Israel Defense Forces", "Lebanese Army"])],
  [], H + " Deployment is a troop movement (not scored).", ["headline", "meeting"]))

d = "2024-12-16"
add(D(R, 15, d, "Gunmen abduct 12 travellers near Birnin Gwari",
  [E("incident", "abduction", [DAY(d,-1), d], P("Birnin Gwari", "NG", "Birnin Gwari", pick=1), ["bandits", "civilians"])],
  [], H, ["headline", "abduction"]))

d = "2024-07-02"
add(D(R, 16, d, "Angola's Lourenço hosts Rwanda's Kagame in Luanda",
  [E("meeting", "visit", d, P("Luanda", "AO"), ["João Lourenço", "Paul Kagame"])],
  [], H, ["headline", "nationality"]))

d = "2023-09-20"
add(D(R, 17, d, "Azerbaijan says 'anti-terror' operation in Karabakh over as ceasefire agreed in Khankendi (Stepanakert)",
  [E("incident", "military operation", ["2023-09-19", "2023-09-20"], M("Stepanakert (Khankendi)", 39.82, 46.75, "AZ", "approximate, Karabakh regional centre"), ["Azerbaijan", "Karabakh Armenian forces"]),
   E("meeting", "ceasefire talks", d, M("Stepanakert (Khankendi)", 39.82, 46.75, "AZ", "approximate, Karabakh regional centre"), ["Azerbaijan", "Karabakh Armenian representatives", "Russian peacekeepers"], optional=True)],
  [], "The operation (19–20 Sep) pinned at the region's centre; the ceasefire agreement place (optional meeting).", ["headline", "alt_spelling", "region"]))

d = "2024-05-13"
add(D(R, 18, d, "Burkina Faso: gunmen kill dozens of soldiers in Mansila",
  [E("incident", "armed attack", [DAY(d,-1), d], M("Mansila", 13.21, 1.04, "BF", "approximate, town in Yagha province"), ["jihadists", "Burkinabè Armed Forces"])],
  [], H, ["headline", "country_prefix"]))

d = "2022-10-31"
add(D(R, 19, d, "Twin car bombs at Somali education ministry in Mogadishu kill at least 100",
  [E("incident", "car bombing", ["2022-10-29", "2022-10-31"], P("Mogadishu", "SO"), ["al-Shabaab", "civilians"])],
  [], "Headline published two days after: range D-2..D (the blast was on Saturday 29 October).", ["headline", "multi_site_one_event"]))

d = "2025-03-02"
add(D(R, 20, d, f"Starmer hosts European leaders at Lancaster House for Ukraine summit\n\nZelensky, fresh from his Oval Office clash with Trump on {WD(d,-2)}, joins talks on security guarantees; Macron to travel to Washington next week.",
  [E("meeting", "summit", d, P("London", "GB"), ["Keir Starmer", "Volodymyr Zelensky", "European leaders"]),
   E("meeting", "meeting", "2025-02-28", P("Washington", "US"), ["Volodymyr Zelensky", "Donald Trump"], optional=True)],
  [], H + " Lancaster House = London. The Oval Office meeting two days earlier is a dated back-reference ('on Friday' resolved): optional. Macron's trip: future.",
  ["headline", "back_reference", "future_event", "weekday_date"]))

d = "2024-08-07"
add(D(R, 21, d, "Ukrainian troops push into Russia's Kursk region, fighting near Sudzha",
  [E("incident", "armed clashes", [DAY(d,-1), d], P("Sudzha", "RU"), ["Ukraine", "Russia"])],
  [P("Kursk", "RU")], H + " 'Kursk region' qualifier (its centre ~100 km listed).", ["headline", "admin_qualifier"]))

d = "2024-11-22"
add(D(R, 22, d, "Gunmen ambush convoy in Pakistan's Kurram, kill 42 near Parachinar",
  [E("incident", "ambush", [DAY(d,-1), d], P("Parachinar", "PK"), ["unknown gunmen", "civilians"])],
  [], H + " Kurram district, ambush 'near Parachinar': pin the town.", ["headline", "district", "country_prefix"]))

d = "2025-05-20"
add(D(R, 23, d, f"Peru: miners' bodies found in Pataz after abduction; Boluarte to visit Trujillo on {WD(d,3)}",
  [E("incident", "abduction", [DAY(d,-1), d], M("Pataz", -7.78, -77.59, "PE", "approximate, Pataz province, La Libertad"), ["illegal miners", "civilians"])],
  [P("Trujillo", "PE")], "Bodies found: the discovery refers to an abduction (D-1..D as headline convention; another annotator might widen it). Future visit to Trujillo: not gold.", ["headline", "future_event", "weekday_date", "country_prefix"]))

d = "2024-03-29"
add(D(R, 24, d, "Haitian capital: gangs attack police station in Kenscoff hills",
  [E("incident", "armed attack", [DAY(d,-1), d], P("Kenscoff", "HT"), ["Viv Ansanm", "Haitian National Police"])],
  [P("Port-au-Prince", "HT")], H + " 'Haitian capital' frames the area; the pin is Kenscoff (~12 km, inside the radius; listed anyway).", ["headline", "capital_reference"]))

d = "2023-06-06"
add(D(R, 25, d, "Kakhovka dam destroyed, flooding threatens Kherson and Oleshky",
  [E("incident", "explosion", [DAY(d,-1), d], P("Nova Kakhovka", "UA"), ["unknown"])],
  [P("Kherson", "UA"), P("Oleshky", "UA")], H + " Dam at Nova Kakhovka. Threatened towns are not event places (future flooding).", ["headline", "future_event"]))

d = "2024-10-04"
add(D(R, 26, d, "Iran's Araghchi in Beirut, meets Berri and Mikati",
  [E("meeting", "visit", d, P("Beirut", "LB"), ["Abbas Araghchi", "Nabih Berri", "Najib Mikati"])],
  [], H, ["headline", "nationality"]))

d = "2025-02-24"
add(D(R, 27, d, "Saudi crown prince, Syria's Sharaa talk by phone ahead of Damascus dialogue conference",
  [E("call", "phone call", d, P("Riyadh", "SA"), ["Mohammed bin Salman", "Ahmed al-Sharaa"], alts=[P("Damascus", "SY")])],
  [], H + " Call; future conference in Damascus (same city as the alternate).", ["headline", "call", "future_event"]))

d = "2023-07-24"
add(D(R, 28, d, "Burkina Faso: 14 soldiers killed in ambush near Tougan",
  [E("incident", "ambush", [DAY(d,-1), d], M("Tougan", 13.07, -3.07, "BF", "approximate, town in Sourou province"), ["jihadists", "Burkinabè Armed Forces"])],
  [], H, ["headline", "country_prefix"]))

d = "2024-09-19"
add(D(R, 29, d, "Walkie-talkies explode across Lebanon a day after pager blasts; funerals in Dahiyeh",
  [E("incident", "explosion", [DAY(d,-1), d], P("Beirut", "LB"), ["Israel", "Hezbollah"], optional=True)],
  [], "Country-wide blasts ('across Lebanon'): no scored pin; optional at Beirut (the funerals' place). The pager blasts a day earlier are a back-reference.", ["headline", "no_gold", "back_reference", "country_only"]))

d = "2024-12-02"
add(D(R, 30, d, "Kismayo: Jubaland forces clash with federal troops near airport",
  [E("incident", "armed clashes", [DAY(d,-1), d], P("Kismayo", "SO"), ["Jubaland forces", "Somali National Army"])],
  [], H, ["headline"]))
