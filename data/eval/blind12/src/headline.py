from lib import *
R = "headline"
DOCS = []
add = DOCS.append
H = "Headline without a time: incident D-1..D; present-tense meetings/calls D. Composite or invented where marked. "


def I(d):
    return [DAY(d, -1), d]


def N(num, d, text, events, nonev, note, tags):
    add(D(R, num, d, text, events, nonev, H + note, ["headline"] + tags))


d = "2022-07-19"
N(1, d, "Turkish strikes set fire to orchards near Zakho's Sharanish",
  [E("incident", "air strikes", I(d), M("Sharanish", 37.22, 42.83, "IQ", "approximate, village north-east of Zakho"), ["Türkiye"])],
  [Q("Zakho", "IQ", 37.15, 42.69, q="Zaxo")], "Composite. Zakho prefix (~14 km, inside the radius).", ["possessive_prefix", "kurdistan"])
d = "2023-10-03"
N(2, d, "Iraqi, Iranian border officials meet at Mandali crossing over smuggling",
  [E("meeting", "border talks", d, Q("Mandali", "IQ", 33.75, 45.56), ["Iraq", "Iran"])], [], "Composite. Present-tense meeting → D.", ["present_meeting"])
d = "2024-01-24"
N(3, d, "Explosion rips through PMF weapons depot in Amerli",
  [E("incident", "explosion", I(d), M("Amerli", 34.72, 44.58, "IQ", "approximate, Turkmen town east of Tuz Khurmatu"), ["unknown", "PMF"])], [], "Composite. Cause unstated: an explosion at a weapons depot is treated as an incident.", ["present_tense", "facility"])
d = "2022-06-07"
N(4, d, "Israeli missiles hit military sites near Damascus countryside's Jamraya",
  [E("incident", "missile strike", I(d), M("Jamraya", 33.54, 36.24, "SY", "approximate, research centre north-west of Damascus"), ["Israel", "Syrian army"])],
  [Q("Damascus", "SY", 33.51, 36.29)], "Composite. Damascus prefix (~6 km).", ["possessive_prefix"])
d = "2021-07-15"
N(5, d, "Regime shelling kills three children in Idlib's Kafr Ruma",
  [E("incident", "shelling", I(d), M("Kafr Ruma", 35.62, 36.61, "SY", "approximate, village south-east of Kafr Nabl"), ["Syrian government", "civilians"])],
  [Q("Idlib", "SY", 35.93, 36.63)], "Composite. Idlib prefix (~35 km).", ["possessive_prefix"])
d = "2022-12-06"
N(6, d, "Turkish drone strike on Manbij countryside village kills two SDF fighters",
  [], [Q("Manbij", "SY", 36.53, 37.95)], "Composite. 'Manbij countryside village' names no village: region only, no gold (Manbij itself is not the target).", ["region_only", "no_scored_gold"])
d = "2024-11-04"
N(7, d, "Israeli strike on car in Tyre's Burj al-Shemali kills Hezbollah commander",
  [E("incident", "drone strike", I(d), M("Burj al-Shemali", 33.26, 35.24, "LB", "approximate, camp and town east of Tyre"), ["Israel", "Hezbollah"])],
  [Q("Tyre", "LB", 33.27, 35.20)], "Composite. Tyre prefix (~4 km).", ["possessive_prefix"])
d = "2024-10-09"
N(8, d, "Israeli jets pound Bekaa's Saraain as evacuation orders widen",
  [E("incident", "air strikes", I(d), M("Saraain", 33.85, 36.02, "LB", "approximate, village south-west of Baalbek"), ["Israel"])], [], "Composite. Evacuation orders: no places.", ["possessive_prefix", "present_tense"])
d = "2023-11-10"
N(9, d, "Strike on Sheikh Zayed towers in northern Gaza kills 12, health ministry says",
  [E("incident", "air strike", I(d), M("Sheikh Zayed towers", 31.55, 34.50, "PS", "approximate, housing complex in Beit Lahia"), ["Israel", "civilians"])], [], "Composite.", ["facility"])
d = "2024-09-11"
N(10, d, "Israeli troops raid Nablus-area village of Sebastia, wound teenager",
  [E("incident", "raid, shooting", I(d), Q("Sebastia", "PS", 32.28, 35.20, q="Sabastiyah"), ["Israel army", "civilians"])],
  [], "Composite. 'Nablus-area' qualifier (~8 km, not listed).", ["admin_qualifier"])
d = "2024-05-31"
N(11, d, "U.S., British strikes hit Houthi targets in Hodeidah's Al-Hali",
  [E("incident", "air strikes", I(d), M("Al-Hali", 14.83, 42.97, "YE", "approximate, district in northern Hodeidah city"), ["United States", "United Kingdom", "Houthis"], alts=[M("Hodeidah", 14.80, 42.95, "YE", "approximate, port city")])],
  [], "Composite. Al-Hali is a district of Hodeidah city: the city as alternate.", ["possessive_prefix", "neighbourhood"])
d = "2019-08-20"
N(12, d, "Houthi drone hits market in Taiz's Al-Misrakh, wounding five",
  [E("incident", "drone strike", I(d), Q("Al-Misrakh", "YE", 13.46, 44.02, q="Al Misrakh"), ["Houthis", "civilians"])],
  [Q("Taiz", "YE", 13.58, 44.02)], "Composite. Taiz prefix (~13 km).", ["possessive_prefix"])
d = "2025-04-27"
N(13, d, "Huge blast at Iran's Bandar Imam Khomeini port; cause under investigation",
  [E("other", "explosion (accident suspected)", I(d), Q("Bandar Imam Khomeini", "IR", 30.44, 49.10, q="Bandar-e Emam Khomeyni"), ["unknown"])],
  [], "Invented. A port blast with the cause under investigation: treated as an accident (kind other, no scored gold), a judgement call.", ["accident", "no_scored_gold"])
d = "2023-05-08"
N(14, d, f"Qatar's emir to visit Tehran on {WD(d,2)} for talks on Gaza, shipping",
  [], [Q("Tehran", "IR", 35.69, 51.42), Q("Gaza City", "PS", 31.50, 34.47)], "Future visit (Wednesday, two days after the record date): no gold. Gaza: topic.", ["future_event", "no_scored_gold"])
d = "2020-09-22"
N(15, d, "PKK attack kills soldier in Sirnak's Uludere district",
  [E("incident", "armed attack", I(d), Q("Uludere", "TR", 37.44, 42.85), ["PKK", "Türkiye"])],
  [Q("Şırnak", "TR", 37.51, 42.45, q="Sirnak")], "Composite. Şırnak prefix (~36 km).", ["possessive_prefix"])
d = "2024-08-10"
N(16, d, "Russian missile hits resort of Zatoka in Odesa region, injuring three",
  [E("incident", "missile strike", I(d), Q("Zatoka", "UA", 46.07, 30.46), ["Russia", "civilians"])],
  [], "Composite. Odesa region: region only (~45 km, not listed). Gazetteer gives Karolino-Buhaz first as an alias; Q() keeps the Zatoka within 35 km.", ["region_only"])
d = "2025-01-05"
N(17, d, "Drones spark fire at Kirishi refinery in Leningrad region",
  [E("incident", "drone attack", I(d), Q("Kirishi", "RU", 59.47, 32.04), ["Ukraine"])], [], "Composite.", ["facility", "present_tense"])
d = "2022-03-01"
N(18, d, "Gunmen kill 15 in attack on villages near central Mali's Koro",
  [E("incident", "armed attack", I(d), Q("Koro", "ML", 14.06, -3.08), ["gunmen", "civilians"])], [], "Composite. Unnamed villages near Koro pinned at Koro.", ["possessive_prefix", "near_place"])
d = "2021-12-14"
N(19, d, "Bandits abduct 30 villagers in Katsina's Dutsin-Ma",
  [E("incident", "kidnapping", I(d), Q("Dutsin-Ma", "NG", 12.45, 7.50, q="Dutsin Ma"), ["bandits", "civilians"])],
  [Q("Katsina", "NG", 12.99, 7.60)], "Composite. Katsina prefix (~60 km).", ["possessive_prefix"])
d = "2022-11-16"
N(20, d, "Al Shabaab fighters storm army base in Hiiraan's Ruun Nirgood",
  [E("incident", "armed attack", I(d), M("Ruun Nirgood", 3.70, 45.45, "SO", "approximate, village south of Bulo Burte; placement uncertain"), ["al-Shabaab", "Somali army"])],
  [], "Composite. Hiiraan: region prefix.", ["possessive_prefix"])
d = "2024-05-03"
N(21, d, "RSF attack on Darfur town of Korma kills dozens, rights group says",
  [E("incident", "armed attack", I(d), M("Korma", 13.98, 24.86, "SD", "approximate, town north-west of El Fasher"), ["RSF", "civilians"])], [], "Composite.", ["attribution"])
d = "2023-10-28"
N(22, d, "M23 rebels say they have taken Congo's Nyabiondo",
  [E("incident", "capture claim", I(d), M("Nyabiondo", -1.32, 28.75, "CD", "approximate, village in Masisi territory; placement uncertain"), ["M23"], optional=True)],
  [], "A capture claimed by the rebels: optional, no scored gold.", ["capture_claim", "no_scored_gold"])
d = "2023-06-21"
N(23, d, "Junta air strike kills 9 in Chin State's Matupi",
  [E("incident", "air strike", I(d), M("Matupi", 21.61, 93.45, "MM", "approximate, town in southern Chin State"), ["Myanmar military", "civilians"])], [], "Composite.", ["possessive_prefix"])
d = "2023-12-03"
N(24, d, "Gunmen attack bus on Karakoram Highway near Chilas, killing 8",
  [E("incident", "armed attack", I(d), Q("Chilas", "PK", 35.41, 74.10), ["gunmen", "civilians"])], [], "Composite.", ["near_place", "road"])
d = "2024-03-12"
N(25, d, "Blast at Logar's Puli Alam bazaar kills four",
  [E("incident", "bombing", I(d), Q("Puli Alam", "AF", 34.00, 69.02, q="Pul-e Alam"), ["unknown", "civilians"])], [], "Composite.", ["possessive_prefix"])
d = "2023-08-21"
N(26, d, "Ataque armado en Pénjamo, Guanajuato, deja seis muertos",
  [E("incident", "shooting", I(d), Q("Pénjamo", "MX", 20.43, -101.72, q="Penjamo"), ["gunmen", "civilians"])], [], "In Spanish. Composite. Smaller Pénjamos elsewhere rejected by position.", ["non_english", "homonym"])
d = "2024-02-13"
N(27, d, "Gang attack on Gonaïves police station leaves two officers dead",
  [E("incident", "gang attack", I(d), Q("Gonaïves", "HT", 19.45, -72.69, q="Gonaives"), ["gangs", "Haiti police"])], [], "Composite.", ["facility"])
d = "2023-07-24"
N(28, d, "Putin, Lukashenko meet at Zavidovo residence",
  [E("meeting", "bilateral meeting", d, Q("Zavidovo", "RU", 56.53, 36.53), ["Russia", "Belarus"])], [], "Composite. Present-tense meeting → D.", ["present_meeting"])
d = "2024-05-21"
N(29, d, "Palau's president speaks with Taiwan's Lai after inauguration",
  [E("call", "phone call", d, Q("Ngerulmud", "PW", 7.50, 134.62), ["Palau", "Taiwan"], alts=[Q("Taipei", "TW", 25.05, 121.53)])], [], "Composite. Present-tense call → D, at the first-named side's capital (Ngerulmud), Taipei as alternate.", ["present_call"])
d = "2024-04-15"
N(30, d, "Landslide buries homes in Indonesia's Tana Toraja, killing 18",
  [E("other", "landslide", I(d), Q("Makale", "ID", -3.10, 119.85), ["civilians"])], [], "Composite. A disaster: kind other, pinned at the regency seat Makale.", ["disaster", "no_scored_gold"])
