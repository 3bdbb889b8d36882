from lib import *
R = "bulletin"
DOCS = []
add = DOCS.append
B = "Live-map bulletin line without a time: incident D-1..D; present meetings D. Written for blind12; composite unless noted. "


def I(d):
    return [DAY(d, -1), d]


def N(num, d, text, events, nonev, note, tags):
    add(D(R, num, d, text, events, nonev, B + note, ["bulletin"] + tags))


# ---- Middle East (15) ----
d = "2024-10-28"
N(1, d, "Israeli strike levels house in Deir Seryan, Marjayoun district; 2 killed, rescuers searching rubble",
  [E("incident", "air strike", I(d), M("Deir Seryan", 33.31, 35.56, "LB", "approximate, village on the Litani west of Marjayoun"), ["Israel", "civilians"])],
  [Q("Marjayoun", "LB", 33.36, 35.59, q="Marjayoun")], "Marjayoun: district qualifier (~6 km, inside the radius).", ["admin_qualifier"])
d = "2024-03-20"
N(2, d, "Drone strike on motorcycle at entrance of Wadi Jilo, Tyre district; one Hezbollah member killed",
  [E("incident", "drone strike", I(d), M("Wadi Jilo", 33.28, 35.31, "LB", "approximate, village east of Tyre"), ["Israel", "Hezbollah"])],
  [Q("Tyre", "LB", 33.27, 35.20)], "Tyre: district qualifier (~10 km).", ["admin_qualifier"])
d = "2024-09-24"
N(3, d, "Israeli jets strike Bednayel and Qsarnaba in the Bekaa; 9 killed, wounded taken to Baalbek",
  [E("incident", "air strike", I(d), M("Bednayel", 33.90, 36.01, "LB", "approximate, village south-west of Baalbek"), ["Israel"]),
   E("incident", "air strike", I(d), M("Qsarnaba", 33.86, 35.96, "LB", "approximate, village west of Bednayel"), ["Israel"])],
  [Q("Baalbek", "LB", 34.01, 36.21)], "Two named villages: two events. Baalbek: hospital town (~20 km).", ["multi_event", "hospital_other_city"])
d = "2023-12-10"
N(4, d, "Air strike on house in al-Atatra, north-west of Beit Lahia; family of 7 killed",
  [E("incident", "air strike", I(d), M("al-Atatra", 31.57, 34.48, "PS", "approximate, area north-west of Beit Lahia"), ["Israel", "civilians"])],
  [], "Beit Lahia reference (~2 km): not listed.", ["near_place"])
d = "2024-07-22"
N(5, d, "Israeli drone strike on group of young men in Bal'a, east of Tulkarm; 2 killed",
  [E("incident", "drone strike", I(d), M("Bal'a", 32.33, 35.11, "PS", "approximate, town north-east of Tulkarm"), ["Israel", "Palestinians"])],
  [Q("Tulkarm", "PS", 32.31, 35.03)], "Tulkarm: reference (~8 km).", ["near_place"])
d = "2023-08-22"
N(6, d, "Settlers torch 3 cars and spray graffiti in Awarta, south of Nablus; no injuries",
  [E("incident", "settler attack, property destruction", I(d), M("Awarta", 32.16, 35.28, "PS", "approximate, village south-east of Nablus"), ["Israeli settlers", "Palestinians"])],
  [Q("Nablus", "PS", 32.22, 35.26)], "Property destruction by settlers: an incident, as in the coder notes. Nablus: reference (~7 km).", ["near_place", "property_destruction"])
d = "2025-02-11"
N(7, d, "Israeli forces raid Fasayil, Jordan Valley; 4 detained, no injuries",
  [E("incident", "raid, arrests", I(d), M("Fasayil", 32.02, 35.45, "PS", "approximate, village north of Jericho in the Jordan Valley"), ["Israel army", "Palestinians"], optional=True)],
  [], "Raid with arrests and no injuries: optional, no scored gold.", ["arrests", "no_scored_gold"])
d = "2024-11-19"
N(8, d, "Turkish drone strikes car near Tel Kocher, Hasakah countryside; 2 Asayish members killed",
  [E("incident", "drone strike", I(d), M("Tel Kocher", 36.82, 42.07, "SY", "approximate, border town (al-Yarubiyah) on the Iraqi border"), ["Türkiye", "Asayish"])],
  [Q("Hasakah", "SY", 36.50, 40.75, q="Al Hasakah")], "Hasakah: region prefix (~120 km).", ["admin_qualifier"])
d = "2020-02-03"
N(9, d, "Regime artillery shells Kafr Nouran, western Aleppo countryside; 3 civilians killed",
  [E("incident", "shelling", I(d), M("Kafr Nouran", 36.12, 36.86, "SY", "approximate, village west of Atarib"), ["Syrian army", "civilians"])],
  [Q("Aleppo", "SY", 36.20, 37.16)], "Aleppo: region prefix (~28 km).", ["admin_qualifier"])
d = "2019-05-29"
N(10, d, "Turkish warplanes bomb villages around Sheladze, Amedi district — second day of Claw operation",
  [E("incident", "air strikes", I(d), M("Sheladze", 37.17, 43.53, "IQ", "approximate, town north of Amedi"), ["Türkiye", "PKK"])],
  [Q("Amedi", "IQ", 37.09, 43.49, q="Al 'Amadiyah")], "'Second day' of a campaign: this strike is D-1..D. Amedi: district qualifier (~9 km, inside the radius). Loosely based on the start of Operation Claw (2019).", ["admin_qualifier", "campaign", "kurdistan"])
d = "2025-03-17"
N(11, d, "US strikes hit Bani Hushaish district north-east of Sanaa; 3 killed, Houthi media say",
  [E("incident", "air strikes", I(d), M("Bani Hushaish", 15.43, 44.32, "YE", "approximate, district north-east of Sanaa; placement uncertain"), ["United States", "Houthis"])],
  [Q("Sanaa", "YE", 15.35, 44.21)], "District pinned at its approximate seat. Sanaa: reference (~15 km, inside the radius).", ["district", "near_place"])
d = "2024-10-26"
N(12, d, "Jaish al-Adl claims attack on police post in Dashtiari, Sistan-Baluchestan; 10 officers killed",
  [E("incident", "armed attack (claimed)", I(d), M("Dashtiari", 25.43, 61.10, "IR", "approximate, county seat east of Chabahar"), ["Jaish al-Adl", "Iran police"])],
  [Q("Zahedan", "IR", 29.50, 60.86)], "Claimed attack pinned at the target. Sistan-Baluchestan province prefix pinned at its capital Zahedan as non-event.", ["claim", "admin_qualifier"])
d = "2024-01-29"
N(13, d, "Anti-tank missile hits house in Dovev, Upper Galilee; Hezbollah claims attack, no injuries",
  [E("incident", "missile attack (claimed)", I(d), M("Dovev", 33.05, 35.41, "IL", "approximate, moshav on the Lebanese border"), ["Hezbollah", "Israel"])],
  [], "Claimed attack with a hit: scored, pinned at the target.", ["claim", "border"])
d = "2022-08-23"
N(14, d, "Egypt's Sisi and Saudi crown prince meet in El Gouna, Red Sea coast",
  [E("meeting", "bilateral", d, M("El Gouna", 27.40, 33.68, "EG", "approximate, resort town north of Hurghada"), ["Egypt", "Saudi Arabia"])],
  [], "Present meeting → D. Composite.", ["present_meeting"])
d = "2023-03-06"
N(15, d, f"Iraqi and Turkish defence ministers to meet in Ankara on {WD(d,2)} over PKK and water",
  [], [Q("Ankara", "TR", 39.93, 32.86)], "Future meeting: no gold.", ["future_event", "no_scored_gold"])

# ---- Worldwide (15) ----
d = "2024-03-24"
N(16, d, "Russian missiles hit thermal power plant in Burshtyn, Ivano-Frankivsk region; fire contained",
  [E("incident", "missile strike", I(d), Q("Burshtyn", "UA", 49.26, 24.63), ["Russia"])],
  [Q("Ivano-Frankivsk", "UA", 48.92, 24.71)], "Region prefix pinned at Ivano-Frankivsk as non-event (~38 km). Loosely based on the spring 2024 energy strikes.", ["facility", "admin_qualifier"])
d = "2024-08-20"
N(17, d, "Ukrainian shelling of Glushkovo, Kursk region; 1 killed, governor says",
  [E("incident", "shelling", I(d), M("Glushkovo", 51.34, 34.64, "RU", "approximate, settlement on the Seym near the border"), ["Ukraine", "civilians"])],
  [Q("Kursk", "RU", 51.73, 36.19)], "Kursk region prefix pinned at Kursk as non-event.", ["admin_qualifier"])
d = "2024-09-18"
N(18, d, "Drones hit arsenal in Toropets, Tver region — series of huge blasts, residents evacuated",
  [E("incident", "drone attack", I(d), Q("Toropets", "RU", 56.50, 31.64), ["Ukraine"])],
  [Q("Tver", "RU", 56.86, 35.90)], "Tver region prefix pinned at Tver as non-event. Loosely based on the September 2024 Toropets depot attack.", ["facility", "admin_qualifier"])
d = "2023-04-27"
N(19, d, "JNIM attack on VDP post at Tikaré, Bam province; 12 volunteers killed",
  [E("incident", "armed attack", I(d), M("Tikaré", 13.28, -1.73, "BF", "approximate, town north-west of Kongoussi; placement uncertain"), ["JNIM", "VDP"])],
  [], "Province qualifier.", ["admin_qualifier"])
d = "2024-03-19"
N(20, d, "Drone strike on market at Amasrakad, Gao region; civilians among dead, locals say",
  [E("incident", "drone strike", I(d), M("Amasrakad", 16.55, 0.70, "ML", "approximate, village east of Gao; placement uncertain"), ["Mali army", "civilians"])],
  [Q("Gao", "ML", 16.27, -0.04)], "Gao region prefix pinned at Gao as non-event. Loosely based on a March 2024 report.", ["admin_qualifier"])
d = "2025-01-14"
N(21, d, "RSF drones struck power station in Ed Damer yesterday, River Nile state; outages in Atbara",
  [E("incident", "drone strike", DAY(d, -1), Q("Ed Damer", "SD", 17.59, 33.97, q="Ad Damar"), ["RSF"])],
  [Q("Atbara", "SD", 17.70, 33.99)], "'Yesterday' → D-1. Atbara: place of the outage (~13 km, inside the radius).", ["yesterday", "facility"])
d = "2024-06-30"
N(22, d, "Unverified reports of clashes near Al-Mujlad, West Kordofan",
  [E("incident", "armed clashes (unverified)", I(d), M("Al-Mujlad", 11.03, 27.73, "SD", "approximate, town south of Babanusa"), ["RSF", "SAF"], optional=True)],
  [], "Unverified: optional, no scored gold.", ["unverified", "no_scored_gold"])
d = "2022-05-04"
N(23, d, "Al-Shabaab mortar rounds hit AU base in Qoryooley, Lower Shabelle; 2 soldiers wounded",
  [E("incident", "mortar attack", I(d), Q("Qoryooley", "SO", 1.79, 44.53), ["al-Shabaab", "AU force"])],
  [], "Region qualifier only.", ["admin_qualifier"])
d = "2023-06-13"
N(24, d, "CODECO militia attack on displaced site at Drodro, Ituri; 14 killed",
  [E("incident", "armed attack", I(d), M("Drodro", 1.77, 30.56, "CD", "approximate, town in Djugu territory north-east of Bunia"), ["CODECO", "displaced civilians"])],
  [Q("Bunia", "CD", 1.56, 30.25)], "Ituri province prefix pinned at its capital Bunia as non-event (~40 km).", ["admin_qualifier", "displaced"])
d = "2022-06-08"
N(25, d, "Insurgents behead 4 villagers in Muidumbe district, Cabo Delgado",
  [E("incident", "armed attack", I(d), M("Muidumbe", -11.80, 39.84, "MZ", "approximate, district seat (Namacande) south of Mueda"), ["insurgents", "civilians"])],
  [Q("Pemba", "MZ", -12.97, 40.52)], "District pinned at its seat. Cabo Delgado prefix pinned at Pemba as non-event.", ["district", "admin_qualifier"])
d = "2023-11-21"
N(26, d, "Junta air strike on monastery in Kalewa township, Sagaing; 7 killed",
  [E("incident", "air strike", I(d), Q("Kalewa", "MM", 23.20, 94.30), ["Myanmar military", "civilians"])],
  [], "Township at its seat.", ["township"])
d = "2023-10-05"
N(27, d, "Militants attack police post in Paharpur, Dera Ismail Khan; 2 policemen killed",
  [E("incident", "armed attack", I(d), M("Paharpur", 32.10, 70.97, "PK", "approximate, town north of Dera Ismail Khan"), ["militants", "KP police"])],
  [Q("Dera Ismail Khan", "PK", 31.83, 70.90)], "District prefix: Dera Ismail Khan (~30 km) non-event.", ["admin_qualifier"])
d = "2024-02-17"
N(28, d, "ELN drone drops explosives on army post in Ábrego, Norte de Santander; 2 soldiers wounded",
  [E("incident", "drone attack", I(d), Q("Ábrego", "CO", 8.08, -73.22, q="Abrego"), ["ELN", "Colombian army"])],
  [Q("Cúcuta", "CO", 7.89, -72.50)], "Department prefix pinned at its capital Cúcuta as non-event.", ["admin_qualifier"])
d = "2023-02-09"
N(29, d, "Protesters block highway and torch a patrol car in Chilapa, Guerrero; no deaths reported",
  [E("other", "riot", I(d), Q("Chilapa", "MX", 17.59, -99.18, q="Chilapa de Alvarez"), ["protesters"])],
  [], "Riot without deaths: kind other, no scored gold.", ["riot", "no_scored_gold"])
d = "2021-07-12"
N(30, d, "Gang gunfire in Thomazeau, east of Port-au-Prince; 3 farmers killed, families flee toward Croix-des-Bouquets",
  [E("incident", "gang attack", I(d), Q("Thomazeau", "HT", 18.65, -72.09), ["gang", "civilians"])],
  [Q("Port-au-Prince", "HT", 18.54, -72.34), Q("Croix-des-Bouquets", "HT", 18.58, -72.23)], "Port-au-Prince: reference (~29 km). Croix-des-Bouquets: refuge (~17 km, inside the radius).", ["refuge_place", "near_place"])
