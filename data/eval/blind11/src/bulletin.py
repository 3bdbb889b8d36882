from lib import *
R = "bulletin"
DOCS = []
add = DOCS.append
B = "Live-map bulletin line without a time: incident D-1..D; present meetings D. Composite. "


def I(d):
    return [DAY(d, -1), d]


def N(num, d, text, events, nonev, note, tags):
    add(D(R, num, d, text, events, nonev, B + note, ["bulletin"] + tags))


d = "2024-04-18"
N(1, d, "Israeli drone strike on a car on the Ghandouriyeh–Froun road, Bint Jbeil district; one killed",
  [E("incident", "drone strike", I(d), M("Ghandouriyeh", 33.23, 35.45, "LB", "approximate, village in the Wadi Saluki area"), ["Israel"])],
  [Q("Bint Jbeil", "LB", 33.12, 35.43, q="Bent Jbail")], "Road pinned at the first-named village. Bint Jbeil: district seat (~12 km, inside the radius).", ["road", "admin_qualifier"])
d = "2024-05-02"
N(2, d, "Israeli artillery shelling on the outskirts of Shaqra and Barashit, south Lebanon",
  [E("incident", "shelling", I(d), M("Shaqra", 33.19, 35.47, "LB", "approximate, village north of Bint Jbeil"), ["Israel"]),
   E("incident", "shelling", I(d), M("Barashit", 33.17, 35.45, "LB", "approximate, village west of Shaqra"), ["Israel"])],
  [], "Two named villages: two events.", ["multi_event"])
d = "2024-06-12"
N(3, d, "Hezbollah claims attack with guided missiles on Israeli position opposite Rmeish",
  [E("incident", "missile attack (claimed)", I(d), M("Israeli position opposite Rmeish", 33.07, 35.37, "IL", "approximate, border position south of Rmeish"), ["Hezbollah", "Israel army"], alts=[M("Rmeish", 33.08, 35.37, "LB", "approximate, village in Bint Jbeil district")])],
  [], "Claimed attack pinned at the target; Rmeish as alternate.", ["claim", "border"])
d = "2024-05-22"
N(4, d, "Strike on tent of displaced family in Musabbah area, north of Rafah; 4 killed",
  [E("incident", "air strike", I(d), M("Musabbah", 31.31, 34.26, "PS", "approximate, area north of Rafah city"), ["Israel", "civilians"])],
  [], "Rafah reference (~2 km): not listed.", ["displaced"])
d = "2023-11-14"
N(5, d, "Israeli forces storm Aroub camp north of Hebron; clashes, one young man shot and wounded",
  [E("incident", "raid", I(d), M("Aroub camp", 31.62, 35.14, "PS", "approximate, refugee camp north of Hebron"), ["Israel army", "Palestinians"])],
  [Q("Hebron", "PS", 31.53, 35.09)], "Hebron: reference (~11 km).", ["camp", "near_place"])
d = "2025-03-08"
N(6, d, "Reports of explosions near Kessab, Latakia countryside — unverified",
  [E("incident", "explosions (unverified)", I(d), Q("Kessab", "SY", 35.93, 35.99, q="Kassab"), ["unknown"], optional=True)],
  [Q("Latakia", "SY", 35.53, 35.79)], "Unverified: optional, no scored gold.", ["unverified", "no_scored_gold", "admin_qualifier"])
d = "2023-10-07"
N(7, d, "Turkish drone strikes vehicle near Rmelan, Hasakah countryside; 2 SDF killed — third day of strikes",
  [E("incident", "drone strike", I(d), M("Rmelan", 37.01, 41.93, "SY", "approximate, oil town west of al-Malikiyah"), ["Türkiye", "SDF"])],
  [Q("Hasakah", "SY", 36.50, 40.75, q="Al Hasakah")], "'Third day of strikes': the campaign is region-wide; this strike is D-1..D. Hasakah: region prefix.", ["admin_qualifier", "campaign"])
d = "2025-07-15"
N(8, d, "Clashes between local Druze fighters and government forces in Ariqa, western Sweida countryside",
  [E("incident", "armed clashes", I(d), M("Ariqa", 32.86, 36.43, "SY", "approximate, village north-west of Sweida"), ["Druze fighters", "Syrian government forces"])],
  [Q("Sweida", "SY", 32.71, 36.57, q="As Suwayda")], "Sweida: region prefix (~20 km, inside the radius).", ["admin_qualifier"])
d = "2024-01-25"
N(9, d, "Drone attack targets Khabat power station, Erbil governorate; fire, no casualties",
  [E("incident", "drone attack", I(d), Q("Khabat", "IQ", 36.28, 43.67, q="Xebat"), ["unknown"])],
  [Q("Erbil", "IQ", 36.19, 44.01)], "Erbil: governorate prefix (~33 km).", ["facility", "admin_qualifier", "kurdistan"])
d = "2022-11-21"
N(10, d, "IRGC artillery shells border heights near Hajj Omran, Erbil governorate",
  [E("incident", "shelling", I(d), M("Hajj Omran", 36.66, 45.04, "IQ", "approximate, border town east of Choman"), ["IRGC"])],
  [Q("Erbil", "IQ", 36.19, 44.01)], "Erbil: governorate prefix (~100 km).", ["admin_qualifier", "kurdistan"])
d = "2022-10-22"
N(11, d, "Houthi drone attack on oil terminal at Safer, Marib governorate; tanker departs",
  [E("incident", "drone attack", I(d), M("Safer", 15.72, 45.79, "YE", "approximate, oil facility north-east of Marib; placement uncertain"), ["Houthis"])],
  [Q("Marib", "YE", 15.46, 45.33)], "Marib: governorate prefix (~55 km).", ["facility", "admin_qualifier"])
d = "2024-01-12"
N(12, d, "US and UK airstrikes reported on Houthi camp in Hamdan district, north-west of Sanaa",
  [E("incident", "air strikes", I(d), M("Hamdan district", 15.47, 44.10, "YE", "approximate, district seat north-west of Sanaa"), ["United States", "United Kingdom", "Houthis"])],
  [], "Sanaa: reference (~17 km, not listed).", ["multi_actor", "district"])
d = "2024-04-19"
N(13, d, "Explosions reported near Isfahan's Shahin Shahr air base area — unconfirmed",
  [E("incident", "explosions (unconfirmed)", I(d), Q("Shahin Shahr", "IR", 32.86, 51.55, q="Shahin Shahr"), ["unknown"], optional=True)],
  [Q("Isfahan", "IR", 32.65, 51.67, q="Isfahan")], "Unconfirmed: optional, no scored gold. Isfahan prefix (~25 km).", ["unconfirmed", "no_scored_gold", "possessive_prefix"])
d = "2024-04-14"
N(14, d, "Debris of intercepted drone falls in residential area of Irbid, Jordan; no injuries",
  [E("incident", "interception debris", I(d), Q("Irbid", "JO", 32.56, 35.85), ["Iran", "Jordan air defence"], optional=True)],
  [], "Interception debris: optional, no scored gold.", ["interception", "debris", "no_scored_gold"])
d = "2025-04-10"
N(15, d, f"Araghchi and Witkoff to meet in Muscat on {WD(d,2)} — Omani mediation",
  [], [Q("Muscat", "OM", 23.58, 58.41)], "Future meeting: no gold.", ["future_event", "no_scored_gold"])
d = "2024-02-07"
N(16, d, "Russian drone hits agricultural enterprise in Horodnia, Chernihiv region",
  [E("incident", "drone strike", I(d), Q("Horodnia", "UA", 51.89, 31.60), ["Russia"])],
  [Q("Chernihiv", "UA", 51.49, 31.29)], "Chernihiv: region prefix (~50 km).", ["admin_qualifier"])
d = "2024-08-09"
N(17, d, "Guided bomb hits high-rise in Myrnohrad, Pokrovsk district; 3 wounded",
  [E("incident", "glide bomb", I(d), Q("Myrnohrad", "UA", 48.31, 37.27), ["Russia"])],
  [], "Pokrovsk district qualifier (Pokrovsk ~7 km, inside the radius; not listed).", ["admin_qualifier"])
d = "2023-08-19"
N(18, d, "Missile strike on Pokrov, Nikopol district, Dnipropetrovsk region",
  [E("incident", "missile strike", I(d), Q("Pokrov", "UA", 47.65, 34.11), ["Russia"])],
  [Q("Dnipro", "UA", 48.46, 35.04)], "Dnipropetrovsk region prefix pinned at Dnipro as non-event. Nikopol district (~22 km): not listed.", ["admin_qualifier"])
d = "2025-01-14"
N(19, d, "Ukrainian drones attack refinery in Salavat, Bashkortostan — fire reported",
  [E("incident", "drone strike", I(d), Q("Salavat", "RU", 53.38, 55.91), ["Ukraine"])],
  [Q("Ufa", "RU", 54.74, 55.97)], "Bashkortostan region prefix pinned at Ufa as non-event.", ["facility", "admin_qualifier"])
d = "2023-09-13"
N(20, d, "Missile strike on Sevastopol shipyard; landing ship and submarine damaged",
  [E("incident", "missile strike", I(d), Q("Sevastopol", "UA", 44.61, 33.52), ["Ukraine", "Russia"])],
  [], "Composite.", ["facility"])
d = "2022-11-30"
N(21, d, "JNIM attack on army detachment near Kaya, Sanmatenga province",
  [E("incident", "armed attack", I(d), Q("Kaya", "BF", 13.09, -1.08), ["JNIM", "Burkina army"])],
  [], "Province qualifier.", ["admin_qualifier", "near_place"])
d = "2024-10-03"
N(22, d, "Bandits abduct more than 30 villagers in Zamfara's Bungudu LGA",
  [E("incident", "abduction", I(d), Q("Bungudu", "NG", 12.27, 6.55), ["bandits", "civilians"])],
  [Q("Gusau", "NG", 12.17, 6.66)], "Zamfara prefix pinned at the state capital Gusau (~16 km, inside the radius).", ["possessive_prefix", "lga"])
d = "2025-03-06"
N(23, d, "RSF drone strike on Ad-Damazin power substation, Blue Nile state; outage",
  [E("incident", "drone strike", I(d), Q("Ad-Damazin", "SD", 11.79, 34.36), ["RSF"])],
  [], "Composite.", ["facility"])
d = "2022-01-27"
N(24, d, "ADF attack on village near Eringeti, Beni territory; 9 killed",
  [E("incident", "armed attack", I(d), M("Eringeti", 0.58, 29.65, "CD", "approximate, town north of Oicha"), ["ADF", "civilians"])],
  [Q("Beni", "CD", 0.49, 29.47)], "Beni territory qualifier (Beni ~22 km, inside the radius).", ["admin_qualifier", "near_place"])
d = "2023-03-02"
N(25, d, "Junta airstrike on market in Pakokku township, Magway region",
  [E("incident", "air strike", I(d), Q("Pakokku", "MM", 21.33, 95.08), ["Myanmar military", "civilians"])],
  [], "Township at its seat.", ["township"])
d = "2024-08-27"
N(26, d, "IED blast targets FC convoy near Nushki, Balochistan; 2 soldiers killed",
  [E("incident", "IED attack", I(d), Q("Nushki", "PK", 29.55, 66.02), ["BLA", "Frontier Corps"])],
  [], "Composite.", ["near_place"])
d = "2024-10-11"
N(27, d, "Gang attack on Arcahaie commune, Ouest department; houses set on fire",
  [E("incident", "gang attack", I(d), Q("Arcahaie", "HT", 18.77, -72.51), ["gang", "civilians"])],
  [], "Composite. Homonym in the gazetteer (a second Arcahaie in the north): the expected position picks the Ouest one.", ["homonym"])
d = "2024-06-19"
N(28, d, "Gunmen ambush state police patrol near Tecpan de Galeana, Guerrero; 4 officers dead",
  [E("incident", "ambush", I(d), Q("Tecpan de Galeana", "MX", 17.22, -100.63, q="Tecpan de Galeana"), ["gunmen", "Guerrero police"])],
  [], "Composite.", ["near_place"])
d = "2023-07-24"
N(29, d, "Putin and Lukashenko meet in Sortavala, Karelia",
  [E("meeting", "bilateral", d, Q("Sortavala", "RU", 61.71, 30.71), ["Russia", "Belarus"])],
  [], "Composite. Present meeting → D.", ["present_meeting"])
d = "2022-08-17"
N(30, d, "Riots in Kisumu after presidential results announced; shops looted, no deaths reported",
  [E("other", "riot", I(d), Q("Kisumu", "KE", -0.10, 34.76), ["rioters"])],
  [], "Riot without deaths: kind other, no scored gold.", ["riot", "no_scored_gold"])
