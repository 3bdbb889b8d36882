from lib import *
R = "headline"
DOCS = []
add = DOCS.append
H = "Headline without a time: incident D-1..D; present-tense meetings/calls D. Composite or invented where marked. "

def I(d):
    return [DAY(d, -1), d]

def N(num, d, text, events, nonev, note, tags):
    add(D(R, num, d, text, events, nonev, H + note, ["headline"] + tags))

d = "2024-04-03"
N(1, d, "Drone strike sets Tatarstan refinery ablaze in Nizhnekamsk, 1,200 km from front",
  [E("incident", "drone strike", I(d), Q("Nizhnekamsk", "RU", 55.64, 51.82), ["Ukraine"])], [], "Tatarstan: region.", ["facility", "admin_qualifier"])
d = "2023-09-12"
N(2, d, "Gunmen kill 12 at gold-mining site near Tarkint, Mali army says",
  [E("incident", "armed attack", I(d), M("Tarkint", 16.65, 0.40, "ML", "approximate, commune north of Bourem; placement uncertain"), ["gunmen"])], [], "Composite.", ["near_place"])
d = "2025-01-15"
N(3, d, "Roadside bomb kills four policemen in southeast Iran's Khash",
  [E("incident", "roadside bomb", I(d), Q("Khash", "IR", 28.22, 61.22, q="Khāsh"), ["militants", "police"])], [], "Composite.", ["country_prefix"])
d = "2022-07-18"
N(4, d, "Erdogan, Aliyev hold talks in Zangilan ahead of Putin summit in Tehran",
  [E("meeting", "bilateral", d, M("Zangilan", 39.09, 46.65, "AZ", "approximate, district town near the Iran border"), ["Türkiye", "Azerbaijan"])], [Q("Tehran", "IR", 35.69, 51.39)], "Composite. Present-tense meeting → D. Tehran summit: future.", ["present_meeting", "future_event"])
d = "2024-08-29"
N(5, d, "Armed men torch 40 homes in villages of Kaduna's Kauru area",
  [E("incident", "arson attack", I(d), Q("Kauru", "NG", 10.57, 8.15), ["gunmen", "civilians"])], [Q("Kaduna", "NG", 10.52, 7.44)], "Composite. Kaduna prefix (~80 km).", ["possessive_prefix"])
d = "2021-05-22"
N(6, d, "Ceasefire holds in Gaza as Egypt's mediators shuttle between Cairo and Tel Aviv",
  [], [Q("Cairo", "EG", 30.04, 31.24), Q("Tel Aviv", "IL", 32.08, 34.78)], "No event: a ceasefire holding; mediation shuttle not a located meeting.", ["no_scored_gold"])
d = "2023-12-01"
N(7, d, "Macron to visit Qatar next week, Élysée says",
  [], [Q("Doha", "QA", 25.29, 51.53)], "Future visit: no gold; Qatar pinned at Doha as a non-event place.", ["future_event", "no_scored_gold", "metonym"])
d = "2024-10-08"
N(8, d, "Two soldiers killed as militants storm checkpoint in Jandola on Tank road",
  [E("incident", "armed attack", I(d), M("Jandola", 32.33, 70.13, "PK", "approximate, town west of Tank"), ["militants", "Pakistan army"])], [], "Composite. The road name contains Tank (not pinned).", ["near_place", "road"])
d = "2022-02-24"
N(9, d, "Explosions heard in Berdiansk as Russia launches attack on Ukraine",
  [E("incident", "explosions", I(d), Q("Berdiansk", "UA", 46.76, 36.79, q="Berdyans’k"), ["Russia"], optional=True)], [], "Explosions heard (unconfirmed): optional.", ["unconfirmed", "no_scored_gold"])
d = "2025-06-16"
N(10, d, "Modi meets Cypriot President Christodoulides in Limassol, first PM visit in two decades",
  [E("meeting", "bilateral", d, Q("Limassol", "CY", 34.68, 33.04), ["India", "Cyprus"])], [], "Composite venue. Present meeting.", ["present_meeting", "non_capital_seat"])
d = "2019-08-05"
N(11, d, "Gunman kills 20 at El Paso Walmart; Mexico says six victims were its nationals",
  [E("incident", "mass shooting", I(d), Q("El Paso", "US", 31.76, -106.49), ["gunman", "civilians"])], [], "Mexico: nationality, country only.", ["nationality"])
d = "2023-04-16"
N(12, d, "Sudan: Fighting spreads to Merowe airport as RSF claims control",
  [E("incident", "fighting", I(d), M("Merowe airport", 18.44, 31.84, "SD", "approximate, airport near Merowe"), ["RSF", "SAF"])], [], "Country prefix. Control claim part of the same event.", ["country_prefix", "facility"])
d = "2024-05-27"
N(13, d, "Papua New Guinea landslide: fears grow for 670 buried in Enga village of Yambali",
  [E("other", "landslide", I(d), M("Yambali", -5.37, 143.56, "PG", "approximate, village near Kaokalam, Enga province"), ["civilians"])], [], "Natural disaster: kind other, no scored gold.", ["country_prefix", "village", "no_scored_gold"])
d = "2020-08-05"
N(14, d, "Huge blast rocks Beirut port, scores dead",
  [E("incident", "explosion", I(d), M("Beirut port", 33.90, 35.52, "LB", "approximate"), ["civilians"], alts=[Q("Beirut", "LB", 33.89, 35.50)])], [], "", ["facility"])
d = "2022-10-10"
N(15, d, "Russian missiles hit Kyiv's Shevchenkivskyi district during rush hour",
  [E("incident", "missile strike", I(d), M("Shevchenkivskyi district, Kyiv", 50.45, 30.49, "UA", "approximate, central Kyiv district"), ["Russia"], alts=[Q("Kyiv", "UA", 50.45, 30.52)])], [], "", ["neighbourhood", "possessive_prefix"])
d = "2023-06-06"
N(16, d, "Kakhovka dam destroyed; Kherson evacuates riverside areas",
  [E("incident", "dam destruction", I(d), M("Nova Kakhovka dam", 46.78, 33.37, "UA", "approximate, dam at Nova Kakhovka"), ["unknown"])], [Q("Kherson", "UA", 46.64, 32.61)], "Evacuation in Kherson: consequence, non-event.", ["facility"])
d = "2024-01-04"
N(17, d, "Gunmen attack police station in Iranshahr, kill 5",
  [E("incident", "armed attack", I(d), Q("Iranshahr", "IR", 27.20, 60.68, q="Īrānshahr"), ["militants", "police"])], [], "Composite.", [])
d = "2025-02-20"
N(18, d, "Orsi, Peña speak by phone on Mercosur-EU deal",
  [E("call", "phone call", d, Q("Montevideo", "UY", -34.90, -56.19), ["Uruguay", "Paraguay"], alts=[Q("Asunción", "PY", -25.26, -57.58)])], [], "Composite. Call at the first-named side's capital.", ["call", "present_call"])
d = "2021-03-14"
N(19, d, "Myanmar forces kill dozens of protesters in Yangon's Hlaing Tharyar",
  [E("incident", "shooting of protesters", I(d), M("Hlaing Tharyar, Yangon", 16.87, 96.07, "MM", "approximate, western Yangon township"), ["Myanmar military", "protesters"], alts=[Q("Yangon", "MM", 16.80, 96.16)])], [], "", ["neighbourhood", "possessive_prefix"])
d = "2023-07-04"
N(20, d, "Israeli forces pull out of Silat al-Harithiya after two-day raid",
  [E("incident", "raid", [DAY(d, -2), d], M("Silat al-Harithiya", 32.51, 35.23, "PS", "approximate, village north-west of Jenin"), ["Israel", "militants"])], [], "Composite. 'Two-day raid' → D-2..D.", ["date_range", "village"])
d = "2019-04-22"
N(21, d, "Sri Lanka Easter bombings: toll at Negombo church rises to 110",
  [E("incident", "bombings", [DAY(d, -1), d], Q("Negombo", "LK", 7.21, 79.84), ["militants", "civilians"])], [], "Only the Negombo church is located by the headline (other sites unnamed).", ["country_prefix", "religious_site"])
d = "2024-11-18"
N(22, d, "Protesters storm Manipur minister's home in Thoubal; curfew imposed",
  [E("other", "riot", I(d), Q("Thoubal", "IN", 24.64, 94.01), ["protesters"])], [], "Composite. Riot without reported deaths: kind other; no scored gold.", ["riot", "no_scored_gold"])
d = "2025-04-28"
N(23, d, "Spain, Portugal power blackout not caused by cyberattack, grid operator says",
  [], [Q("Madrid", "ES", 40.42, -3.70)], "Blackout without a located attack; denial. Madrid: grid operator seat (metonym).", ["denial", "no_scored_gold"])
d = "2022-12-06"
N(24, d, "Drones strike Engels and Ryazan air bases deep inside Russia",
  [E("incident", "drone attack", I(d), M("Engels air base", 51.48, 46.21, "RU", "approximate, base near Engels"), ["Ukraine"]),
   E("incident", "drone attack", I(d), M("Dyagilevo air base", 54.65, 39.57, "RU", "approximate, base near Ryazan"), ["Ukraine"], alts=[Q("Ryazan", "RU", 54.63, 39.74)])], [], "Two bases.", ["facility", "multi_event"])
d = "2024-07-14"
N(25, d, "Trump wounded in ear at Butler rally; shooter killed",
  [E("incident", "shooting", I(d), Q("Butler", "US", 40.86, -79.90), ["gunman"])], [], "Homonym: Butler, Pennsylvania.", ["homonym"])
d = "2022-07-09"
N(26, d, "Blinken, Wang Yi hold five-hour talks in Bali's Nusa Dua",
  [E("meeting", "bilateral", d, M("Nusa Dua", -8.80, 115.23, "ID", "approximate, resort area in southern Bali"), ["United States", "China"])], [], "Present-tense meeting → D.", ["present_meeting", "possessive_prefix"])
d = "2021-08-27"
N(27, d, "Kabul airport blasts kill 13 U.S. troops, dozens of Afghans",
  [E("incident", "suicide bombing", I(d), M("Kabul airport (Abbey Gate)", 34.56, 69.21, "AF", "approximate, airport gate"), ["Islamic State", "United States", "civilians"], alts=[Q("Kabul", "AF", 34.53, 69.17)])], [], "", ["facility", "nationality"])
d = "2025-09-10"
N(28, d, "Poland shoots down Russian drones over its territory; debris found in Wyryki",
  [E("incident", "drone incursion", I(d), M("Wyryki", 51.70, 23.37, "PL", "approximate, village in Włodawa county"), ["Russia"], optional=True)], [], "Shoot-down/debris: optional.", ["interceptions", "no_scored_gold", "village"])
d = "2020-01-08"
N(29, d, "Rockets land near U.S.-led coalition base at Harir in Iraq's Kurdistan",
  [E("incident", "rocket attack", I(d), M("Harir air base", 36.54, 44.35, "IQ", "approximate, base near Harir"), ["unknown"])], [], "Composite.", ["facility", "near_place"])
d = "2024-06-05"
N(30, d, "Ataque con drones deja tres muertos en Buenos Aires, Cauca",
  [E("incident", "drone attack", I(d), M("Buenos Aires (Cauca)", 3.02, -76.64, "CO", "approximate, town in northern Cauca"), ["FARC dissidents"])], [], "Spanish. Homonym: Buenos Aires, Cauca (not Argentina).", ["non_english", "homonym"])
