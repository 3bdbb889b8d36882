from lib import *
R = "headline"
DOCS = []
add = DOCS.append
H = "Headline without a time, written for blind13: incident D-1..D; present-tense meetings/calls D. Composite or invented. "


def I(d):
    return [DAY(d, -1), d]


def N(num, d, text, events, nonev, note, tags):
    add(D(R, num, d, text, events, nonev, H + note, ["headline"] + tags))


d = "2024-09-26"
N(1, d, "Israeli strike on Kfar Tibnit home kills five, including two children",
  [E("incident", "air strike", I(d), M("Kfar Tibnit", 33.36, 35.50, "LB", "approximate, village south-west of Nabatieh"), ["Israel", "civilians"])],
  [], "", ["incident"])
d = "2021-05-11"
N(2, d, "Three police killed as IS gunmen storm checkpoint outside Tuz Khurmatu",
  [E("incident", "armed attack", I(d), Q("Tuz Khurmatu", "IQ", 34.89, 44.63, q="Tuz Khurmatu"), ["ISIS", "Iraq police"])],
  [], "'Outside' the town pinned at the town.", ["incident", "near_place"])
d = "2024-01-04"
N(3, d, "Strike near Wadi Gaza bridge kills aid truck driver, UN agency says",
  [E("incident", "air strike", I(d), M("Wadi Gaza bridge", 31.45, 34.40, "PS", "approximate, coastal road bridge south of Gaza City"), ["Israel", "aid workers"])],
  [], "Attribution 'UN agency says' does not change the event.", ["incident", "attribution"])
d = "2023-05-23"
N(4, d, "Erdogan meets Azerbaijan's Aliyev in Konya ahead of runoff",
  [E("meeting", "bilateral meeting", d, Q("Konya", "TR", 37.87, 32.48), ["Türkiye", "Azerbaijan"])],
  [], "Composite. Present-tense meeting → D. The runoff: future.", ["present_meeting", "future_event"])
d = "2022-08-12"
N(5, d, "Fire at Novovoronezh substation after drone attack, governor says",
  [E("incident", "drone attack", I(d), Q("Novovoronezh", "RU", 51.31, 39.22), ["Ukraine", "substation"])],
  [], "Invented.", ["incident", "attribution"])
d = "2021-12-01"
N(6, d, "Mali: gunmen kill 31 on bus near Ségou-Bandiagara road junction",
  [E("incident", "armed attack", I(d), Q("Segou", "ML", 13.43, -6.26, q="Ségou"), ["gunmen", "civilians"])],
  [], "Composite. A road junction named after two towns: pinned at the first-named town (Ségou), a judgement call. Bandiagara: prior gold name, not listed.", ["incident", "road"])
d = "2023-03-14"
N(7, d, "Burkina junta chief to meet Mali, Niger leaders in Koudougou next week",
  [], [Q("Koudougou", "BF", 12.25, -2.36)], "Future meeting: no gold.", ["future_event", "no_scored_gold"])
d = "2024-07-19"
N(8, d, "Bandits kill 9 farmers in Zaki Biam market attack",
  [E("incident", "armed attack", I(d), M("Zaki Biam", 7.50, 9.61, "NG", "approximate, market town in Ukum LGA, Benue"), ["gunmen", "farmers"])],
  [], "", ["incident"])
d = "2022-02-22"
N(9, d, "Al Shabaab overruns army base in Bardera region; 15 soldiers dead",
  [E("incident", "armed attack", I(d), M("Bardera", 2.34, 42.28, "SO", "approximate, town on the Jubba in Gedo"), ["al-Shabaab", "SNA"])],
  [], "'Region' of a town pinned at the town.", ["incident", "admin_qualifier"])
d = "2020-10-06"
N(10, d, "Kenya police deny reports of IED blast on Garissa–Dadaab road",
  [], [Q("Garissa", "KE", -0.45, 39.65), Q("Dadaab", "KE", 0.06, 40.31)], "Denied event: no gold.", ["denial", "no_scored_gold"])
d = "2023-07-03"
N(11, d, "Curfew in Shashamane after clashes leave four dead",
  [E("incident", "clashes", I(d), Q("Shashamane", "ET", 7.20, 38.60, q="Shashemene"), ["unknown", "civilians"])],
  [], "The curfew: not an event; the clashes are.", ["incident", "nominal_form"])
d = "2024-11-27"
N(12, d, "Drone strike on Al-Kamlin market kills 14, Sudan doctors' group says",
  [E("incident", "drone strike", I(d), M("Al-Kamlin", 15.07, 33.18, "SD", "approximate, town on the Blue Nile in northern Gezira"), ["RSF", "civilians"])],
  [], "Composite.", ["incident", "attribution"])
d = "2023-02-01"
N(13, d, "M23 rebels seize Mushaki as fighting nears Sake",
  [E("incident", "capture", I(d), M("Mushaki", -1.55, 28.97, "CD", "approximate, village in Masisi territory west of Sake"), ["M23", "FARDC"], optional=True)],
  [Q("Sake", "CD", -1.57, 29.04)], "Capture claim: optional. Sake: reference (~8 km).", ["capture", "no_scored_gold", "near_place"])
d = "2022-06-08"
N(14, d, "Insurgents behead two in Nangade district village, Mozambique police say",
  [E("incident", "armed attack", I(d), Q("Nangade", "MZ", -11.06, 39.67), ["ISIS-Mozambique", "civilians"])],
  [], "Unnamed village pinned at the district seat.", ["incident", "district"])
d = "2024-04-02"
N(15, d, "Pakistan, Afghanistan hold border talks at Ghulam Khan as crossing reopens",
  [E("meeting", "border talks", d, M("Ghulam Khan", 33.17, 69.93, "PK", "approximate, border crossing west of Miranshah"), ["Pakistan", "Afghanistan"])],
  [], "Present-tense meeting → D. The reopening: other, not pinned separately.", ["present_meeting"])
d = "2021-09-30"
N(16, d, "Tanzania's Samia, in Mwanza, phones Museveni over oil pipeline land disputes",
  [E("call", "phone call", d, Q("Mwanza", "TZ", -2.52, 32.90), ["Tanzania", "Uganda"], alts=[Q("Kampala", "UG", 0.32, 32.58)])],
  [], "Composite. Present-tense call → D, pinned where the caller is stated to be (Mwanza), Kampala as alternate.", ["present_call", "call_from_venue"])
d = "2024-06-06"
N(17, d, "Israeli drone strike on car in Deir Kifa kills two; Hezbollah says it hit army post in response",
  [E("incident", "drone strike", I(d), M("Deir Kifa", 33.25, 35.37, "LB", "approximate, village east of Tyre"), ["Israel", "Hezbollah"])],
  [], "The claimed response has no place: no pin.", ["incident", "claim"])
d = "2023-10-18"
N(18, d, "Turkish jets strike PKK targets near Zummar, Sharya; 3 dead",
  [E("incident", "air strikes", I(d), Q("Zummar", "IQ", 36.64, 42.58, q="Zummar"), ["Türkiye", "PKK"]),
   E("incident", "air strikes", I(d), M("Sharya", 36.80, 42.97, "IQ", "approximate, Yazidi town south of Duhok"), ["Türkiye", "PKK"])],
  [], "Two named places: two events.", ["multi_event", "kurdistan"])
d = "2019-03-12"
N(19, d, "Houthi shelling of Al-Durayhimi wounds 6 as UN envoy visits Sanaa",
  [E("incident", "shelling", I(d), M("Al-Durayhimi", 14.62, 43.06, "YE", "approximate, district town south of Hodeidah"), ["Houthis", "civilians"])],
  [Q("Sanaa", "YE", 15.35, 44.21)], "Sanaa: a visit with no stated meeting (a judgement call, non-event).", ["incident", "visit_no_meeting"])
d = "2022-11-29"
N(20, d, "Settlers torch cars in Ein Yabrud, Palestinian officials say",
  [E("incident", "settler attack, property destruction", I(d), M("Ein Yabrud", 31.95, 35.24, "PS", "approximate, village north-east of Ramallah"), ["Israeli settlers", "Palestinians"])],
  [], "Property destruction: scored incident.", ["property_destruction"])
d = "2024-03-28"
N(21, d, "Iran: gunmen kill two Revolutionary Guards in Sarpol-e Zahab",
  [E("incident", "armed attack", I(d), Q("Sarpol-e Zahab", "IR", 34.46, 45.86, q="Sarpol-e Zahab"), ["gunmen", "IRGC"])],
  [], "Invented.", ["incident"])
d = "2023-06-20"
N(22, d, "Russia says Ukrainian shells hit Bolshoye Soldatskoye school",
  [E("incident", "shelling", I(d), M("Bolshoye Soldatskoye", 51.35, 35.51, "RU", "approximate, village in Kursk region"), ["Ukraine"])],
  [], "Composite.", ["incident", "attribution"])
d = "2024-12-13"
N(23, d, "Fuel depot ablaze in Morozovsk after overnight drone raid",
  [E("incident", "drone attack", I(d), Q("Morozovsk", "RU", 48.35, 41.83), ["Ukraine", "fuel depot"])],
  [], "Overnight → D-1..D.", ["incident", "overnight"])
d = "2022-04-19"
N(24, d, "Sofara: Mali army says it 'neutralised' 18 jihadists in fighting",
  [E("incident", "armed clashes", I(d), M("Sofara", 13.98, -4.23, "ML", "approximate, town south of Mopti"), ["Mali army", "jihadists"])],
  [], "Dateline-style place prefix: the event's place.", ["incident", "place_prefix"])
d = "2021-01-05"
N(25, d, "Dedougou governor meets displaced families' leaders",
  [E("meeting", "meeting", d, Q("Dedougou", "BF", 12.46, -3.46, q="Dédougou"), ["Boucle du Mouhoun governorate", "IDP leaders"])],
  [], "Present-tense meeting → D.", ["present_meeting"])
d = "2023-08-15"
N(26, d, "Somali forces, al Shabaab clash near Bulo Mareer; civilians flee to Merca",
  [E("incident", "armed clashes", I(d), M("Bulo Mareer", 1.79, 44.45, "SO", "approximate, town in Lower Shabelle west of Merca"), ["SNA", "al-Shabaab"])],
  [Q("Merca", "SO", 1.72, 44.77)], "Merca: refuge (~37 km).", ["incident", "refuge_place"])
d = "2024-02-14"
N(27, d, "Lake Tanganyika: boat carrying Kalemie traders attacked, 3 missing",
  [E("incident", "armed attack", I(d), Q("Kalemie", "CD", -5.95, 29.19), ["unknown", "traders"])],
  [], "Composite. 'Kalemie traders' qualifies people, but it is the only place and the attack is on the lake near the town: pinned at Kalemie with low confidence (a judgement call).", ["incident", "qualifier_place"])
d = "2020-07-30"
N(28, d, "Army, MILF joint patrol ambushed in Balabagan; two troopers hurt",
  [E("incident", "ambush", I(d), Q("Balabagan", "PH", 7.52, 124.12), ["gunmen", "Philippines army", "MILF"])],
  [], "", ["incident"])
d = "2025-01-09"
N(29, d, "Zitácuaro mayor's convoy shot at; bodyguard killed",
  [E("incident", "shooting", I(d), Q("Zitacuaro", "MX", 19.44, -100.36, q="Zitácuaro"), ["gunmen", "local officials"])],
  [], "", ["incident"])
d = "2023-12-05"
N(30, d, "Guerrero: gunmen kill 4 at Tecpan checkpoint; state prosecutor opens probe",
  [E("incident", "armed attack", I(d), Q("Tecpan", "MX", 17.22, -100.63, q="Tecpan de Galeana"), ["gunmen", "police"])],
  [], "State prefix (Guerrero): qualifier.", ["incident", "admin_qualifier"])
