from lib import *
R = "travel_record"
DOCS = []
add = DOCS.append
T = "Official travel record; composite itineraries with invented details. Meetings at the stated city; site visits kind other. "

def N(num, d, text, events, nonev, note, tags):
    add(D(R, num, d, text, events, nonev, T + note, ["travel_record"] + tags))

def mt(d, pl, who, sub="bilateral meeting", alts=()):
    return E("meeting", sub, d, pl, who, alts=alts)

def ot(d, pl, who, sub="site visit"):
    return E("other", sub, d, pl, who)

LUS = Q("Lusaka", "ZM", -15.42, 28.28)
d = "2023-05-12"
N(1, d, """Travel of the Secretary of State for Foreign Affairs to Zambia and Malawi, 9–11 May 2023.
9 May: arrival in Lusaka; meeting with Foreign Minister Stanley Kakubo.
10 May: call on President Hichilema at State House, Lusaka; visit to a solar farm in Chisamba.
11 May: onward flight; a stop in Lilongwe was cancelled owing to weather. Return to London.""",
  [mt("2023-05-09", LUS, ["UK", "Zambia"]), mt("2023-05-10", LUS, ["UK", "Zambia"]),
   ot("2023-05-10", Q("Chisamba", "ZM", -14.98, 28.38), ["UK"])],
  [Q("Lilongwe", "MW", -13.97, 33.79), Q("London", "GB", 51.51, -0.13)],
  "Two meetings in Lusaka on different days. Cancelled Lilongwe stop; London: return.", ["cancelled_event", "return_leg", "site_visit"])

d = "2024-03-04"
N(2, d, """Programme of the Minister of Foreign Affairs of Japan, visit to Brazil and Argentina.
1 March: Foz do Iguaçu — bilateral with Minister Mauro Vieira at the Itaipu dam.
2 March: São Paulo — meeting with the Japanese-Brazilian community (Nikkei) association.
3 March: Buenos Aires leg postponed; departure for Tokyo via Houston.""",
  [mt("2024-03-01", Q("Foz do Iguaçu", "BR", -25.55, -54.59), ["Japan", "Brazil"]),
   ot("2024-03-02", Q("São Paulo", "BR", -23.55, -46.63), ["Japan", "community"], "community event")],
  [Q("Buenos Aires", "AR", -34.60, -58.38), Q("Tokyo", "JP", 35.69, 139.69), Q("Houston", "US", 29.76, -95.37)],
  "Composite. Postponed leg; transit; return.", ["postponed", "transit", "community_event"])

d = "2022-11-20"
N(3, d, """Visite officielle du ministre délégué au Commerce extérieur au Cameroun et au Gabon (16–19 novembre 2022).
16 novembre : Yaoundé, entretien avec le ministre camerounais de l'Économie.
17 novembre : Douala, visite du port autonome et rencontre avec les chefs d'entreprise.
18 novembre : Port-Gentil, audience avec le Premier ministre gabonais.
19 novembre : retour à Paris.""",
  [mt("2022-11-16", Q("Yaoundé", "CM", 3.87, 11.52), ["France", "Cameroon"]),
   ot("2022-11-17", Q("Douala", "CM", 4.05, 9.70), ["France", "business"], "port visit"),
   mt("2022-11-18", Q("Port-Gentil", "GA", -0.72, 8.78), ["France", "Gabon"])],
  [Q("Paris", "FR", 48.86, 2.35)],
  "French. Port visit plus business meeting: kind other (community/business event). Paris: return.", ["non_english", "return_leg", "site_visit"])

d = "2025-02-14"
N(4, d, """Itinerary of the Deputy Secretary-General, mission to Madagascar and Comoros.
10 February: Antananarivo — meeting with President Andry Rajoelina; visit to a cyclone shelter in the Ambohimanarina district.
12 February: Moroni — talks with President Azali Assoumani.
13 February: stopover in Nairobi; return to New York.""",
  [mt("2025-02-10", Q("Antananarivo", "MG", -18.91, 47.54), ["UN", "Madagascar"]),
   ot("2025-02-10", Q("Antananarivo", "MG", -18.91, 47.54), ["UN"]),
   mt("2025-02-12", Q("Moroni", "KM", -11.70, 43.26), ["UN", "Comoros"])],
  [Q("Nairobi", "KE", -1.29, 36.82), Q("New York", "US", 40.71, -74.01)],
  "Shelter visit in Antananarivo: other at the city pin. Stopover and return are not pins.", ["transit", "return_leg", "site_visit"])

d = "2019-10-08"
N(5, d, """Travel record: Foreign Minister of India, visit to Uzbekistan, 4–6 October 2019.
4 Oct: Tashkent (arrival, no engagements).
5 Oct: Bukhara — meeting with Foreign Minister Abdulaziz Kamilov; visit to the Lyabi-Hauz ensemble.
6 Oct: Khiva — cultural programme. Departed from Urgench for New Delhi.""",
  [mt("2019-10-05", Q("Bukhara", "UZ", 39.77, 64.42, q="Bukhara"), ["India", "Uzbekistan"]),
   ot("2019-10-05", Q("Bukhara", "UZ", 39.77, 64.42, q="Bukhara"), ["India"], "heritage visit"),
   ot("2019-10-06", Q("Khiva", "UZ", 41.38, 60.36, q="Xiva"), ["India"], "cultural programme")],
  [Q("Tashkent", "UZ", 41.30, 69.24), Q("Urgench", "UZ", 41.55, 60.63, q="Urganch"), Q("New Delhi", "IN", 28.61, 77.21)],
  "Arrival with no engagements: no event. Urgench (~35 km from Khiva, inside the radius) is the departure airport.", ["transit", "non_capital_seat", "site_visit"])

d = "2023-09-25"
N(6, d, """Schedule of the President of the European Council: 21–23 September 2023.
21 Sept: Vilnius cancelled. Flew instead to Ljubljana for talks with Prime Minister Robert Golob.
22 Sept: Zagreb — meeting with Prime Minister Andrej Plenković.
23 Sept: Brdo pri Kranju — Brdo-Brijuni Process leaders' meeting.""",
  [mt("2023-09-21", Q("Ljubljana", "SI", 46.05, 14.51), ["EU", "Slovenia"]),
   mt("2023-09-22", Q("Zagreb", "HR", 45.81, 15.98), ["EU", "Croatia"]),
   mt("2023-09-23", M("Brdo pri Kranju", 46.29, 14.39, "SI", "approximate, estate near Kranj"), ["EU", "Western Balkans"], "summit")],
  [Q("Vilnius", "LT", 54.69, 25.28)],
  "Cancelled Vilnius leg. Brdo (~25 km from Ljubljana) separate pin on a different day.", ["cancelled_event", "non_capital_seat"])

d = "2024-06-30"
N(7, d, """Viaje oficial del Canciller de Chile a Bolivia y Paraguay.
26 de junio: La Paz — reunión con la canciller Celinda Sosa; suspendida la visita a El Alto por las protestas.
27 de junio: Santa Cruz de la Sierra — encuentro con empresarios chilenos.
28 de junio: regreso a Santiago.""",
  [mt("2024-06-26", Q("La Paz", "BO", -16.50, -68.15), ["Chile", "Bolivia"]),
   ot("2024-06-27", Q("Santa Cruz de la Sierra", "BO", -17.79, -63.18), ["Chile", "business"], "business event")],
  [Q("Santiago", "CL", -33.45, -70.67)],
  "Spanish. El Alto suspended (within the La Paz radius, not listed). Paraguay named in title only. Santiago: return.", ["non_english", "cancelled_event", "return_leg"])

d = "2021-07-20"
N(8, d, """Official programme of the Prime Minister of Greece, 15–16 July 2021.
15 July: Thessaloniki — meeting with Serbian President Vučić at the Macedonia-Thrace ministry.
16 July: Kastoria — inauguration of the new road section; no other engagements.""",
  [mt("2021-07-15", Q("Thessaloniki", "GR", 40.64, 22.94), ["Greece", "Serbia"]),
   ot("2021-07-16", Q("Kastoria", "GR", 40.52, 21.27), ["Greece"], "inauguration")],
  [],
  "Composite. Inauguration is kind other.", ["non_capital_seat", "site_visit"])

d = "2022-08-29"
N(9, d, """Travel record of the Foreign Minister of Indonesia: 25–27 August 2022.
25 Aug: Phnom Penh — transit.
26 Aug: Siem Reap — ASEAN special foreign ministers' consultation; bilateral with Cambodia's foreign minister.
27 Aug: Luang Prabang — meeting with Laos' foreign minister on the ASEAN chairmanship handover.""",
  [mt("2022-08-26", Q("Siem Reap", "KH", 13.36, 103.86), ["Indonesia", "ASEAN", "Cambodia"]),
   mt("2022-08-27", Q("Luang Prabang", "LA", 19.88, 102.13), ["Indonesia", "Laos"])],
  [Q("Phnom Penh", "KH", 11.56, 104.92)],
  "Transit is not a meeting.", ["transit", "non_capital_seat"])

d = "2024-10-16"
N(10, d, """Visit of the Chancellor of Austria to Kazakhstan and Uzbekistan, 13–15 October 2024.
13 Oct: arrival in Aktau; bilateral talks with President Tokayev were moved to the following day.
14 Oct: Aktau — talks with President Tokayev at the Caspian port.
15 Oct: Atyrau — no meetings; the Atyrau programme was reduced to a brief tour of the refinery.""",
  [mt("2024-10-14", Q("Aktau", "KZ", 43.65, 51.17, q="Aktau"), ["Austria", "Kazakhstan"]),
   ot("2024-10-15", Q("Atyrau", "KZ", 47.11, 51.88), ["Austria"], "site visit")],
  [],
  "Composite. Rescheduled talks: held on 14 Oct (not 13). Atyrau: other. Uzbekistan in the title only.", ["rescheduled", "site_visit"])

d = "2020-02-10"
N(11, d, """Programme, Minister of State for Africa: Sierra Leone and Liberia, 6–8 February 2020.
6 Feb: Freetown — meeting with President Julius Maada Bio.
7 Feb: Makeni — visit to a girls' school.
8 Feb: Monrovia — talks with President George Weah; flight to Accra for an onward connection.""",
  [mt("2020-02-06", Q("Freetown", "SL", 8.48, -13.23), ["UK", "Sierra Leone"]),
   ot("2020-02-07", Q("Makeni", "SL", 8.88, -12.04), ["UK"], "school visit"),
   mt("2020-02-08", Q("Monrovia", "LR", 6.30, -10.80), ["UK", "Liberia"])],
  [Q("Accra", "GH", 5.60, -0.19)],
  "Accra: onward connection.", ["transit", "site_visit"])

d = "2025-05-20"
N(12, d, """Travel of the Vice President of the Philippines: Japan, 15–18 May 2025.
15 May: Fukuoka — meeting with Filipino workers.
16 May: Kitakyushu — call on the mayor; visit to a shipyard.
17 May: Osaka — Philippine pavilion at Expo 2025.
18 May: departure for Manila.""",
  [ot("2025-05-15", Q("Fukuoka", "JP", 33.59, 130.40), ["Philippines", "community"], "community event"),
   mt("2025-05-16", Q("Kitakyushu", "JP", 33.88, 130.88), ["Philippines", "Kitakyushu"]),
   ot("2025-05-16", Q("Kitakyushu", "JP", 33.88, 130.88), ["Philippines"]),
   ot("2025-05-17", Q("Osaka", "JP", 34.69, 135.50), ["Philippines"], "expo visit")],
  [Q("Manila", "PH", 14.60, 120.98)],
  "Call on the mayor is a meeting (Kitakyushu, ~65 km from Fukuoka).", ["non_capital_seat", "community_event", "site_visit"])

d = "2023-03-13"
N(13, d, """Programme of the Federal President of Germany in Kenya and Tanzania (visit Kenya postponed).
9 March: Dodoma — meeting with President Samia Suluhu Hassan.
10 March: Zanzibar — talks with President Hussein Mwinyi; visit to Stone Town.
11 March: Arusha — no bilateral meetings; visit to the East African Community headquarters.""",
  [mt("2023-03-09", Q("Dodoma", "TZ", -6.17, 35.74), ["Germany", "Tanzania"]),
   mt("2023-03-10", Q("Zanzibar", "TZ", -6.16, 39.19), ["Germany", "Zanzibar"]),
   ot("2023-03-11", Q("Arusha", "TZ", -3.37, 36.68), ["Germany", "EAC"])],
  [],
  "Composite. Kenya visit postponed: country only. Arusha: site visit.", ["postponed", "site_visit"])

d = "2022-06-05"
N(14, d, """Schedule of the Foreign Minister of Canada: 1–3 June 2022.
1 June: Reykjavik — meeting with Iceland's foreign minister.
2 June: Nuuk — visit to the Arctic Council working group; no formal meetings.
3 June: Halifax — return via Halifax; media availability.""",
  [mt("2022-06-01", Q("Reykjavik", "IS", 64.15, -21.94, q="Reykjavík"), ["Canada", "Iceland"]),
   ot("2022-06-02", Q("Nuuk", "GL", 64.18, -51.72), ["Canada"])],
  [Q("Halifax", "CA", 44.65, -63.58)],
  "Halifax: return and media (not an event).", ["return_leg", "site_visit"])

d = "2024-12-12"
N(15, d, """Visit of the President of Vietnam to Belarus was called off; the delegation instead travelled 8–10 December 2024:
8 Dec: Ulaanbaatar transit.
9 Dec: Irkutsk — meeting with the regional governor.
10 Dec: Khabarovsk — meeting with Vietnamese students; departure for Hanoi.""",
  [mt("2024-12-09", Q("Irkutsk", "RU", 52.29, 104.28), ["Vietnam", "Irkutsk"]),
   ot("2024-12-10", Q("Khabarovsk", "RU", 48.48, 135.08), ["Vietnam", "students"], "community event")],
  [Q("Ulaanbaatar", "MN", 47.92, 106.91, q="Ulan Bator"), Q("Hanoi", "VN", 21.03, 105.85)],
  "Composite. Called-off Belarus: country only.", ["cancelled_event", "transit", "community_event"])

d = "2021-04-22"
N(16, d, """Travel record of the Foreign Minister of Türkiye, 19–21 April 2021.
19 April: Kutaisi — trilateral meeting with the Azerbaijani and Georgian foreign ministers.
20 April: Batumi planned visit dropped.
21 April: Trabzon — speech at Karadeniz Technical University; return to Ankara.""",
  [mt("2021-04-19", Q("Kutaisi", "GE", 42.27, 42.70), ["Türkiye", "Azerbaijan", "Georgia"], "trilateral"),
   ot("2021-04-21", Q("Trabzon", "TR", 41.00, 39.72), ["Türkiye"], "speech")],
  [Q("Batumi", "GE", 41.64, 41.64), Q("Ankara", "TR", 39.93, 32.86)],
  "Dropped Batumi. Ankara: return.", ["cancelled_event", "return_leg"])

d = "2019-12-02"
N(17, d, """Programme of the Prime Minister of Pakistan's special envoy: 27–29 November 2019.
27 Nov: Kandy — call on the Mahanayake Theros at the Temple of the Tooth.
28 Nov: Galle — meeting with President Gotabaya Rajapaksa at the Galle Fort.
29 Nov: Trincomalee — visit to the naval dockyard.""",
  [ot("2019-11-27", Q("Kandy", "LK", 7.29, 80.63), ["Pakistan", "clergy"], "religious visit"),
   mt("2019-11-28", Q("Galle", "LK", 6.05, 80.22), ["Pakistan", "Sri Lanka"]),
   ot("2019-11-29", Q("Trincomalee", "LK", 8.57, 81.23), ["Pakistan"])],
  [],
  "Composite. Courtesy call on clergy: kind other.", ["site_visit", "religious_site"])

d = "2023-11-10"
N(18, d, """Travel of the Foreign Minister of Brazil: Guyana and Suriname, 6–8 November 2023.
6 Nov: Georgetown leg cancelled.
7 Nov: Nieuw Nickerie — bilateral with Suriname's foreign minister at the border town.
8 Nov: Cayenne — meeting with the prefect of French Guiana; return to Brasília via Belém.""",
  [mt("2023-11-07", Q("Nieuw Nickerie", "SR", 5.93, -56.99), ["Brazil", "Suriname"]),
   mt("2023-11-08", Q("Cayenne", "GF", 4.94, -52.33), ["Brazil", "France"])],
  [Q("Georgetown", "GY", 6.80, -58.16), Q("Brasília", "BR", -15.79, -47.88), Q("Belém", "BR", -1.46, -48.50)],
  "Composite. Cancelled Georgetown; return transit.", ["cancelled_event", "transit", "return_leg"])

d = "2025-09-08"
N(19, d, """Itinerary of the President of the Swiss Confederation, 3–5 September 2025.
3 Sept: Košice — meeting with President Pellegrini was replaced by a phone call after he fell ill.
4 Sept: Ostrava — visit to a rail factory.
5 Sept: Kraków — talks with the Polish President in the Wawel Castle.""",
  [E("call", "phone call", "2025-09-03", Q("Košice", "SK", 48.72, 21.26), ["Switzerland", "Slovakia"]),
   ot("2025-09-04", Q("Ostrava", "CZ", 49.83, 18.28), ["Switzerland"]),
   mt("2025-09-05", Q("Kraków", "PL", 50.06, 19.94), ["Switzerland", "Poland"])],
  [],
  "Composite. Replaced meeting → a call from Košice (where the visitor was).", ["call", "cancelled_event", "site_visit"])

d = "2020-09-21"
N(20, d, """Travel record of the Foreign Secretary of Bangladesh: 16–18 September 2020 (virtual segment noted).
16 Sept: Kolkata — meeting with the Chief Minister of West Bengal.
17 Sept: Shillong — meeting with the Meghalaya government on border haats.
18 Sept: Guwahati — no meetings; flight home to Dhaka.""",
  [mt("2020-09-16", Q("Kolkata", "IN", 22.57, 88.36), ["Bangladesh", "West Bengal"]),
   mt("2020-09-17", Q("Shillong", "IN", 25.57, 91.88), ["Bangladesh", "Meghalaya"])],
  [Q("Guwahati", "IN", 26.14, 91.74), Q("Dhaka", "BD", 23.81, 90.41)],
  "Composite. Guwahati: departure only.", ["transit", "return_leg", "non_capital_seat"])

d = "2022-04-13"
N(21, d, """Official travel record: Secretary of Foreign Affairs of Mexico, 8–11 April 2022.
8 April: Belmopan — meeting with Prime Minister Briceño.
9 April: Flores — visit to the Tikal archaeological site with the Guatemalan foreign minister.
10 April: San Salvador — talks with President Bukele were postponed to a later date.
11 April: return to Mexico City.""",
  [mt("2022-04-08", Q("Belmopan", "BZ", 17.25, -88.76), ["Mexico", "Belize"]),
   ot("2022-04-09", M("Tikal", 17.22, -89.62, "GT", "approximate, archaeological site north of Flores"), ["Mexico", "Guatemala"])],
  [Q("Flores", "GT", 16.93, -89.89), Q("San Salvador", "SV", 13.69, -89.22), Q("Mexico City", "MX", 19.43, -99.13)],
  "Composite. Flores (~40 km from Tikal, inside the radius) listed; postponed San Salvador.", ["postponed", "site_visit", "return_leg"])

d = "2024-08-07"
N(22, d, """Programme of the Prime Minister of New Zealand: 2–5 August 2024.
2 Aug: Suva (transit, refuelling).
3 Aug: Neiafu, Vava'u — meeting with Tonga's Prime Minister ahead of the Pacific Islands Forum.
5 Aug: Avarua, Rarotonga — talks with the Cook Islands' Prime Minister Mark Brown.""",
  [mt("2024-08-03", Q("Neiafu", "TO", -18.65, -173.98), ["New Zealand", "Tonga"]),
   mt("2024-08-05", Q("Avarua", "CK", -21.21, -159.78), ["New Zealand", "Cook Islands"])],
  [Q("Suva", "FJ", -18.14, 178.44)],
  "Composite. Refuelling stop only.", ["transit"])

d = "2023-01-18"
N(23, d, """Schedule of the Foreign Minister of Egypt, 14–16 January 2023.
14 Jan: Alexandria — hosted the Libyan presidential council chairman at Ras el-Tin palace.
15 Jan: Marsa Matruh — trilateral meeting with the Greek and Cypriot foreign ministers.
16 Jan: return to Cairo.""",
  [mt("2023-01-14", Q("Alexandria", "EG", 31.20, 29.92), ["Egypt", "Libya"]),
   mt("2023-01-15", Q("Marsa Matruh", "EG", 31.35, 27.24, q="Marsa Maţrūḩ"), ["Egypt", "Greece", "Cyprus"], "trilateral")],
  [Q("Cairo", "EG", 30.04, 31.24)],
  "Composite. 'Hosted' = meeting at the host's venue.", ["hosted", "non_capital_seat", "return_leg"])

d = "2021-10-26"
N(24, d, """Travel of the Foreign Minister of Norway: Horn of Africa, 21–24 October 2021.
21 Oct: Djibouti — transit.
22 Oct: Hargeisa — meeting with the Somaliland president; Norway does not recognise Somaliland.
23 Oct: Garowe — meeting with the Puntland president.
24 Oct: Mogadishu visit cancelled for security reasons.""",
  [mt("2021-10-22", Q("Hargeisa", "SO", 9.56, 44.06, q="Hargeysa"), ["Norway", "Somaliland"]),
   mt("2021-10-23", Q("Garowe", "SO", 8.41, 48.48, q="Garoowe"), ["Norway", "Puntland"])],
  [Q("Djibouti", "DJ", 11.59, 43.15), Q("Mogadishu", "SO", 2.04, 45.34)],
  "Composite. Cancelled Mogadishu; Djibouti transit.", ["cancelled_event", "transit"])

d = "2022-10-31"
N(25, d, """Programme of the Crown Prince of Denmark, 26–28 October 2022.
26 Oct: Gdańsk — visit to the Baltic Pipe terminal; meeting with the Polish climate minister.
27 Oct: Szczecin — no meetings.
28 Oct: Rønne, Bornholm — memorial visit; return to Copenhagen.""",
  [mt("2022-10-26", Q("Gdańsk", "PL", 54.35, 18.65), ["Denmark", "Poland"]),
   ot("2022-10-26", Q("Gdańsk", "PL", 54.35, 18.65), ["Denmark"]),
   ot("2022-10-28", Q("Rønne", "DK", 55.10, 14.70), ["Denmark"], "memorial visit")],
  [Q("Szczecin", "PL", 53.43, 14.55), Q("Copenhagen", "DK", 55.68, 12.57)],
  "Composite. 'No meetings' in Szczecin: non-event place.", ["site_visit", "return_leg"])

d = "2024-02-28"
N(26, d, """Travel record of the Emir of Qatar's special envoy, 24–26 February 2024.
24 Feb: Bujumbura — meeting with Burundi's president was held in Gitega instead.
25 Feb: Bangui — talks with President Touadéra.
26 Feb: Kigali stop removed from the schedule.""",
  [mt("2024-02-24", Q("Gitega", "BI", -3.43, 29.92), ["Qatar", "Burundi"]),
   mt("2024-02-25", Q("Bangui", "CF", 4.36, 18.56), ["Qatar", "CAR"])],
  [Q("Bujumbura", "BI", -3.38, 29.36), Q("Kigali", "RW", -1.95, 30.06)],
  "Composite. The meeting was held in Gitega (~60 km from Bujumbura).", ["relocated_event", "cancelled_event"])

d = "2019-06-18"
N(27, d, """Official programme of the President of Portugal: 13–15 June 2019.
13 June: Praia — transit only.
14 June: Mindelo — meeting with the Prime Minister of Cabo Verde; visit to the Portuguese school.
15 June: Bissau — meeting with President José Mário Vaz.""",
  [mt("2019-06-14", Q("Mindelo", "CV", 16.89, -24.98), ["Portugal", "Cabo Verde"]),
   ot("2019-06-14", Q("Mindelo", "CV", 16.89, -24.98), ["Portugal"], "school visit"),
   mt("2019-06-15", Q("Bissau", "GW", 11.86, -15.60), ["Portugal", "Guinea-Bissau"])],
  [Q("Praia", "CV", 14.93, -23.51)],
  "Composite. Praia transit.", ["transit", "non_capital_seat", "site_visit"])

d = "2025-04-08"
N(28, d, """Schedule of the Foreign Minister of Kazakhstan: 3–5 April 2025.
3 April: Khujand — meeting with the Tajik foreign minister.
4 April: Osh — no programme; overnight.
5 April: Turkmenbashi — meeting with the Turkmen foreign minister at the seaport; Caspian summit preparations.""",
  [mt("2025-04-03", Q("Khujand", "TJ", 40.28, 69.62), ["Kazakhstan", "Tajikistan"]),
   mt("2025-04-05", Q("Turkmenbashi", "TM", 40.02, 52.96, q="Türkmenbaşy"), ["Kazakhstan", "Turkmenistan"])],
  [Q("Osh", "KG", 40.53, 72.80)],
  "Composite. Overnight stop without engagements.", ["transit", "non_capital_seat"])

d = "2020-01-24"
N(29, d, """Travel of the Prime Minister of Malaysia, 19–21 January 2020.
19 Jan: Penang — meeting with Thai Prime Minister Prayut at the border economic forum.
20 Jan: Langkawi — no meetings.
21 Jan: Kota Kinabalu — visit to flood victims; return to Putrajaya.""",
  [mt("2020-01-19", Q("George Town", "MY", 5.41, 100.33), ["Malaysia", "Thailand"]),
   ot("2020-01-21", Q("Kota Kinabalu", "MY", 5.98, 116.07), ["Malaysia"], "site visit")],
  [Q("Langkawi", "MY", 6.35, 99.80, q="Kuah"), Q("Putrajaya", "MY", 2.93, 101.69)],
  "Composite. Penang pinned at George Town.", ["site_visit", "return_leg"])

d = "2023-07-03"
N(30, d, """Programme, Minister of Foreign Affairs of Ghana: 28–30 June 2023.
28 June: Porto-Novo — talks with Benin's foreign minister.
29 June: Malabo — meeting with Equatorial Guinea's vice-president.
30 June: Lomé — the planned bilateral was called off at short notice; departure for Accra.""",
  [mt("2023-06-28", Q("Porto-Novo", "BJ", 6.50, 2.60), ["Ghana", "Benin"]),
   mt("2023-06-29", Q("Malabo", "GQ", 3.75, 8.78), ["Ghana", "Equatorial Guinea"])],
  [Q("Lomé", "TG", 6.14, 1.21), Q("Accra", "GH", 5.60, -0.19)],
  "Composite. Called-off Lomé bilateral; Accra: return.", ["cancelled_event", "return_leg"])
