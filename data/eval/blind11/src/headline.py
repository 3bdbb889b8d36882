from lib import *
R = "headline"
DOCS = []
add = DOCS.append
H = "Headline without a time: incident D-1..D; present-tense meetings/calls D. Composite or invented where marked. "


def I(d):
    return [DAY(d, -1), d]


def N(num, d, text, events, nonev, note, tags):
    add(D(R, num, d, text, events, nonev, H + note, ["headline"] + tags))


d = "2023-06-06"
N(1, d, "Turkish drone hits car in Zakho's Darkar, killing two",
  [E("incident", "drone strike", I(d), Q("Darkar", "IQ", 37.20, 42.82, q="Derkar"), ["Türkiye"])], [Q("Zakho", "IQ", 37.15, 42.69, q="Zaxo")], "Composite. Zakho prefix (~13 km, inside the radius).", ["possessive_prefix", "kurdistan"])
d = "2024-05-27"
N(2, d, "Kurdish rivals meet in Dukan as election deadlock drags on",
  [E("meeting", "party talks", d, Q("Dukan", "IQ", 35.93, 44.96), ["KDP", "PUK"])], [], "Composite. Present-tense meeting → D.", ["present_meeting", "kurdistan"])
d = "2020-09-14"
N(3, d, "Rockets strike near Turkish base at Bashiqa, no casualties reported",
  [E("incident", "rocket attack", I(d), M("Bashiqa", 36.45, 43.35, "IQ", "approximate, town north-east of Mosul"), ["unknown", "Türkiye"])], [], "Composite.", ["facility"])
d = "2023-02-19"
N(4, d, "Israeli missiles hit residential block in Damascus' Kafr Sousa, state media says",
  [E("incident", "missile strike", I(d), M("Kafr Sousa", 33.50, 36.27, "SY", "approximate, district south-west of central Damascus"), ["Israel"], alts=[Q("Damascus", "SY", 33.51, 36.29)])], [], "Possessive prefix: Damascus as alternate (~2 km).", ["possessive_prefix", "state_media"])
d = "2021-10-31"
N(5, d, "Car bomb kills six at market in al-Bab countryside town of Qabasin",
  [E("incident", "car bomb", I(d), Q("Qabasin", "SY", 36.31, 38.16, q="Qabbasin"), ["unknown", "civilians"])], [Q("al-Bab", "SY", 36.37, 37.52, q="Al Bab")], "Composite. al-Bab qualifier (~58 km). Gazetteer Qabbāsīn accepted within 35 km of the expected position.", ["admin_qualifier"])
d = "2024-02-09"
N(6, d, "Israeli strike kills two in south Lebanon's Majdal Zoun",
  [E("incident", "air strike", I(d), M("Majdal Zoun", 33.16, 35.26, "LB", "approximate, village in Tyre district"), ["Israel"])], [], "Composite.", ["possessive_prefix"])
d = "2024-09-30"
N(7, d, "Blasts rock Bekaa's Younine as Israeli jets pound eastern Lebanon",
  [E("incident", "air strike", I(d), M("Younine", 34.08, 36.27, "LB", "approximate, village north of Baalbek"), ["Israel"])], [], "Composite. 'Eastern Lebanon': region only.", ["possessive_prefix", "present_tense"])
d = "2019-04-08"
N(8, d, "Houthi shelling kills woman, child in Taiz's Hayfan",
  [E("incident", "shelling", I(d), Q("Hayfan", "YE", 13.32, 44.28), ["Houthis", "civilians"])], [Q("Taiz", "YE", 13.58, 44.02)], "Composite. Taiz prefix (~40 km).", ["possessive_prefix"])
d = "2024-03-05"
N(9, d, "U.S. strikes Houthi drone sites near Hodeidah's Zaydiyah",
  [E("incident", "air strike", I(d), Q("Zaydiyah", "YE", 15.33, 43.01, q="Az Zaydiyah"), ["United States", "Houthis"])], [], "Composite. Hodeidah prefix (~45 km, not listed).", ["possessive_prefix", "near_place"])
d = "2024-07-10"
N(10, d, "Israeli strike on school shelter in Gaza's Abasan al-Saghira kills 27",
  [E("incident", "air strike", I(d), M("Abasan al-Saghira", 31.32, 34.34, "PS", "approximate, town east of Khan Younis"), ["Israel", "civilians"])], [], "Composite.", ["possessive_prefix"])
d = "2023-06-21"
N(11, d, "Settlers torch homes and cars in West Bank village of Duma",
  [E("incident", "settler attack", I(d), Q("Duma", "PS", 32.06, 35.37), ["Israeli settlers", "civilians"])], [], "Composite.", ["present_tense"])
d = "2022-04-04"
N(12, d, "Flash floods sweep away cars in Oman's Nizwa, two missing",
  [E("other", "flood", I(d), Q("Nizwa", "OM", 22.93, 57.53, q="Nizwa"), ["civilians"])], [], "Composite. A natural disaster: kind other, no scored gold.", ["disaster", "no_scored_gold"])
d = "2024-08-10"
N(13, d, "Oman's foreign minister to visit Tehran next week for talks on prisoner swap",
  [], [Q("Tehran", "IR", 35.69, 51.39)], "Future visit: no gold.", ["future_event", "no_scored_gold"])
d = "2023-12-17"
N(14, d, "Kuwait's emir, Bahrain's king hold talks at Sakhir Palace",
  [E("meeting", "bilateral", d, M("Sakhir Palace", 26.07, 50.52, "BH", "approximate, royal palace south-west of Riffa"), ["Kuwait", "Bahrain"])], [], "Composite. Present-tense meeting → D.", ["present_meeting", "palace"])
d = "2022-08-02"
N(15, d, "Gunmen kill shop owner in Diyala's Muqdadiyah",
  [E("incident", "shooting", I(d), Q("Muqdadiyah", "IQ", 33.98, 44.94, q="Al Miqdadiyah"), ["gunmen", "civilians"])], [], "Composite.", ["possessive_prefix"])
d = "2023-11-25"
N(16, d, "Russian drones hit Kyiv region's Obukhiv, cutting power to 10,000 homes",
  [E("incident", "drone strike", I(d), Q("Obukhiv", "UA", 50.12, 30.63), ["Russia"])], [], "Composite. Kyiv region prefix (Kyiv ~40 km, not listed).", ["possessive_prefix"])
d = "2024-08-29"
N(17, d, "Ukrainian drones strike fuel depot in Russia's Stary Oskol, governor says",
  [E("incident", "drone strike", I(d), Q("Stary Oskol", "RU", 51.30, 37.85, q="Staryy Oskol"), ["Ukraine"])], [], "Composite.", ["country_prefix", "facility"])
d = "2022-12-06"
N(18, d, "Jihadists kill 14 soldiers in ambush near Mali's Niafunké",
  [E("incident", "ambush", I(d), Q("Niafunké", "ML", 15.93, -3.99, q="Niafunke"), ["militants", "Mali army"])], [], "Composite.", ["country_prefix", "near_place"])
d = "2021-11-03"
N(19, d, "Gunmen on motorbikes kill 11 villagers in Niger's Fillingué area",
  [E("incident", "armed attack", I(d), M("Fillingué", 14.35, 3.32, "NE", "approximate, town north-east of Niamey"), ["gunmen", "civilians"])], [], "Composite. 'Area' pinned at the town.", ["country_prefix", "area_of"])
d = "2024-09-18"
N(20, d, "Al Shabaab fighters storm army base in Somalia's Garbaharey",
  [E("incident", "armed attack", I(d), M("Garbaharey", 3.33, 42.22, "SO", "approximate, capital of Gedo region"), ["al Shabaab", "Somali army"])], [], "Composite.", ["country_prefix"])
d = "2024-12-23"
N(21, d, "RSF shells Gezira's Rufaa, killing 8",
  [E("incident", "shelling", I(d), Q("Rufaa", "SD", 14.76, 33.37, q="Rufa'a"), ["RSF", "civilians"])], [], "Composite.", ["possessive_prefix"])
d = "2025-03-20"
N(22, d, "M23 rebels seize mining hub of Walikale, residents say",
  [E("incident", "capture claim", I(d), M("Walikale", -1.42, 28.05, "CD", "approximate, territory seat west of Goma"), ["M23"], optional=True)], [], "A capture reported by residents: optional, no scored gold.", ["capture_claim", "no_scored_gold"])
d = "2023-04-12"
N(23, d, "Myanmar jets bomb village gathering in Sagaing's Yinmabin township",
  [E("incident", "air strike", I(d), M("Yinmabin", 22.08, 94.90, "MM", "approximate, township seat west of Monywa"), ["Myanmar military", "civilians"])], [], "Composite. Township pinned at its seat.", ["possessive_prefix", "township"])
d = "2024-01-30"
N(24, d, "Suicide bomber targets police van near Pakistan's Chaman border crossing",
  [E("incident", "suicide bombing", I(d), Q("Chaman", "PK", 30.92, 66.45), ["militants", "Pakistan police"])], [], "Composite.", ["country_prefix", "near_place"])
d = "2022-05-18"
N(25, d, "Bermuda premier, UK minister meet in Hamilton on offshore tax rules",
  [E("meeting", "bilateral", d, Q("Hamilton", "BM", 32.29, -64.78), ["Bermuda", "United Kingdom"])], [], "Composite. Homonym: Hamilton, Bermuda (not Ontario or New Zealand). Present-tense meeting → D.", ["homonym", "present_meeting"])
d = "2022-09-07"
N(26, d, "Burkina : une attaque contre un détachement militaire fait au moins 15 morts à Thiou",
  [E("incident", "armed attack", I(d), M("Thiou", 13.81, -2.66, "BF", "approximate, commune north-west of Ouahigouya"), ["militants", "Burkina army"])], [], "French. Composite.", ["non_english", "country_prefix"])
d = "2023-07-08"
N(27, d, "Lula, Petro meet in Tabatinga ahead of Amazon summit in Belém",
  [E("meeting", "bilateral", d, Q("Tabatinga", "BR", -4.23, -69.94), ["Brazil", "Colombia"])], [], "Composite. Present-tense meeting → D. Belém summit: future (Belém is a gold place elsewhere in the set, so not listed here).", ["present_meeting", "future_event"])
d = "2022-05-15"
N(28, d, "Sweden's Andersson, Finland's Marin talk by phone ahead of NATO bids",
  [E("call", "phone call", d, Q("Stockholm", "SE", 59.33, 18.07), ["Sweden", "Finland"], alts=[Q("Helsinki", "FI", 60.17, 24.94)])], [], "Present-tense call → D, first-named side's capital, the other side as alternate.", ["present_call", "call"])
d = "2023-01-20"
N(29, d, "Pope Francis to visit Juba next month on peace pilgrimage",
  [], [Q("Juba", "SS", 4.85, 31.58)], "Future visit: no gold.", ["future_event", "no_scored_gold"])
d = "2024-05-25"
N(30, d, "Landslide buries village in Papua New Guinea's Enga province",
  [E("other", "landslide", I(d), Q("Wabag", "PG", -5.49, 143.72), ["civilians"])], [], "A disaster: kind other, pinned at the provincial seat; no scored gold.", ["disaster", "no_scored_gold", "province"])
