from lib import *
R = "travel_record"
DOCS = []
add = DOCS.append
T = "Official travel record written for blind13; invented itineraries. Meetings at the stated city; site visits, speeches, tours and community events kind other. An undated 'during the visit' meeting gets the visit's range. "


def N(num, d, text, events, nonev, note, tags):
    add(D(R, num, d, text, events, nonev, T + note, ["travel_record"] + tags))


def mt(d, pl, who, sub="bilateral meeting", alts=()):
    return E("meeting", sub, d, pl, who, alts=alts)


def ot(d, pl, who, sub="site visit"):
    return E("other", sub, d, pl, who)


TAS = Q("Tashkent", "UZ", 41.30, 69.24)
ANK = Q("Ankara", "TR", 39.92, 32.85)
ATH = Q("Athens", "GR", 37.98, 23.73)
WAS = Q("Washington", "US", 38.90, -77.04)
BRU = Q("Brussels", "BE", 50.85, 4.35)

# 1 Termez
N(1, "2022-08-04", """Special Envoy for Afghanistan — travel to Uzbekistan.
The Special Envoy visited Termez, Uzbekistan, from 28 to 29 July 2022. During the visit, the Special Envoy met with the Governor of Surkhandarya region and with representatives of the Termez International Logistics Centre, which handles aid convoys bound for Mazar-e Sharif. The Special Envoy arrived from Tashkent and returned there on 29 July for consultations with the Foreign Ministry.""",
  [mt(["2022-07-28", "2022-07-29"], Q("Termez", "UZ", 37.22, 67.28), ["UN", "Surkhandarya region"]),
   mt(["2022-07-28", "2022-07-29"], Q("Termez", "UZ", 37.22, 67.28), ["UN", "Termez logistics centre"])],
  [TAS, Q("Mazar-e Sharif", "AF", 36.71, 67.11, q="Mazar-e Sharif")],
  "Two undated meetings 'during the visit': the visit's range, same pin. Mazar-e Sharif: topic (~55 km). The Tashkent consultations are on 29 July but only 'for consultations' after return: not a stated meeting (a judgement call; Tashkent listed).",
  ["during_visit", "topic_place", "return_leg", "arrival_leg"])

# 2 Erzurum + Kars
N(2, "2023-10-20", """The Minister of Foreign Affairs of Georgia paid a working visit to Erzurum, Republic of Türkiye, on 17 October 2023, where he held talks with the Governor of Erzurum on cross-border trade and the Kars–Tbilisi–Baku railway. On 18 October the Minister travelled on to Kars, where he met the Mayor of Kars and visited the railway terminal. A planned stop in Ardahan was postponed.""",
  [mt("2023-10-17", Q("Erzurum", "TR", 39.91, 41.28), ["Georgia", "Erzurum governorate"]),
   mt("2023-10-18", Q("Kars", "TR", 40.60, 43.10), ["Georgia", "Kars municipality"]),
   ot("2023-10-18", Q("Kars", "TR", 40.60, 43.10), ["Georgia"], "railway terminal visit")],
  [Q("Tbilisi", "GE", 41.69, 44.83), Q("Baku", "AZ", 40.41, 49.87), Q("Ardahan", "TR", 41.11, 42.70)],
  "Two cities on two days. The railway line: topic (Tbilisi, Baku listed). Ardahan: postponed leg.",
  ["multi_stop", "topic_place", "postponed_leg", "site_visit"])

# 3 Adana
N(3, "2023-03-02", """Commissioner for Crisis Management — mission report.
27 February 2023: arrival at Adana Şakirpaşa airport from Brussels; meeting with the Governor of Adana and AFAD officials at the provincial crisis centre.
28 February 2023: road travel to Osmaniye; visit to a container city for families displaced by the earthquakes; meeting with the Mayor of Osmaniye.
1 March 2023: return flight to Brussels.""",
  [mt("2023-02-27", Q("Adana", "TR", 37.00, 35.32), ["EU", "Adana governorate", "AFAD"]),
   ot("2023-02-28", Q("Osmaniye", "TR", 37.07, 36.25), ["EU", "displaced families"], "container city visit"),
   mt("2023-02-28", Q("Osmaniye", "TR", 37.07, 36.25), ["EU", "Osmaniye municipality"])],
  [BRU],
  "Itinerary list. Adana meeting on arrival day. Osmaniye: site visit (other) and meeting on 28 February. Brussels: origin and return.",
  ["itinerary", "site_visit", "return_leg"])

# 4 Patras
N(4, "2024-05-16", """Visit of the Minister of the Interior of Malta to Greece.
The Minister visited Patras, Greece, on 13 May 2024. During the visit, the Minister met with the Regional Governor of Western Greece and the head of the Hellenic Coast Guard's regional command to discuss search-and-rescue cooperation in the Ionian Sea. The Minister also toured the port's reception facility for migrants. The following day, the Minister attended a ministerial meeting of the MED5 group in Nafplio before flying home from Athens.""",
  [mt("2024-05-13", Q("Patras", "GR", 38.25, 21.73), ["Malta", "Western Greece region", "Hellenic Coast Guard"]),
   ot("2024-05-13", Q("Patras", "GR", 38.25, 21.73), ["Malta"], "facility tour"),
   mt("2024-05-14", Q("Nafplio", "GR", 37.57, 22.81, q="Náfplio"), ["MED5"], "multilateral meeting")],
  [ATH],
  "Patras on 13 May; the MED5 meeting in Nafplio on 14 May is a stated dated meeting (kind meeting). Athens: departure. Ionian Sea: topic, not listed.",
  ["multi_stop", "site_visit", "multilateral"])

# 5 Heraklion (future) + Chania
N(5, "2022-09-09", """The Deputy Secretary-General travelled to Crete, Greece, from 6 to 7 September 2022. On 6 September she addressed the opening session of a regional conference on climate migration in Chania. On 7 September she met with the Minister for Climate Crisis and Civil Protection in Chania to discuss wildfire preparedness. A meeting with the Mayor of Heraklion, scheduled for 8 September, will take place by video link instead.""",
  [ot("2022-09-06", Q("Chania", "GR", 35.51, 24.02), ["UN"], "conference address"),
   mt("2022-09-07", Q("Chania", "GR", 35.51, 24.02), ["UN", "Greece"])],
  [Q("Heraklion", "GR", 35.34, 25.13)],
  "Conference address: kind other. Heraklion: a meeting replaced by video link (not gold).",
  ["speech", "replaced_meeting", "future_event"])

# 6 Split
N(6, "2023-06-30", """Secretary of State for European Affairs — travel record
Destination: Split, Croatia. Dates: 26–27 June 2023.
Purpose: Participation in the Three Seas Initiative business forum.
Programme: On 26 June, the Secretary of State held bilateral talks with the State Secretary of Croatia's Ministry of Foreign and European Affairs. On 27 June, she delivered remarks at the forum and visited the Split shipyard. She travelled to Zagreb on the evening of 27 June and flew home to Lisbon on 28 June.""",
  [mt("2023-06-26", Q("Split", "HR", 43.51, 16.44), ["Portugal", "Croatia"]),
   ot("2023-06-27", Q("Split", "HR", 43.51, 16.44), ["Portugal"], "forum remarks and shipyard visit")],
  [Q("Zagreb", "HR", 45.81, 15.98), Q("Lisbon", "PT", 38.72, -9.14)],
  "Form layout. Zagreb: transit without engagements. Lisbon: return.",
  ["form_layout", "speech", "transit"])

# 7 Kotor + Podgorica? (Kotor only)
N(7, "2021-10-14", """Minister Delegate for Foreign Trade — visit to Montenegro (11 October 2021).
The Minister Delegate met at Kotor with the Montenegrin Minister of Economic Development and with the director of the Port of Kotor on tourism and cruise investment. He had been due to meet the Prime Minister in Podgorica the same afternoon, but the meeting was cancelled because of the parliamentary vote. The Minister Delegate flew back to Paris from Tivat airport.""",
  [mt("2021-10-11", Q("Kotor", "ME", 42.42, 18.77), ["France", "Montenegro"])],
  [Q("Podgorica", "ME", 42.44, 19.26), Q("Paris", "FR", 48.85, 2.35), Q("Tivat", "ME", 42.43, 18.70)],
  "Kotor meeting. Podgorica: cancelled meeting. Tivat: departure airport (~6 km, inside radius).",
  ["cancelled_meeting", "departure_leg"])

# 8 Bitola + Ohrid(prior) -> Bitola only
N(8, "2024-02-23", """Visit of the Special Representative for the Western Balkans to North Macedonia, 20–21 February 2024.
On 20 February, the Special Representative visited Bitola, where he met with the Mayor and local civil society organisations working on minority rights, and visited the Heraclea Lyncestis archaeological site. On 21 February, in Prilep, he met the Mayor and representatives of the tobacco growers' association, before returning to Skopje for his flight. Discussion topics included the constitutional amendments and the EU accession negotiations with Bulgaria's involvement.""",
  [mt("2024-02-20", Q("Bitola", "MK", 41.03, 21.33), ["EU", "Bitola municipality", "civil society"]),
   ot("2024-02-20", Q("Bitola", "MK", 41.03, 21.33), ["EU"], "archaeological site visit"),
   mt("2024-02-21", Q("Prilep", "MK", 41.35, 21.55), ["EU", "Prilep municipality"])],
  [Q("Skopje", "MK", 42.00, 21.43)],
  "Two stops. Skopje: departure. Bulgaria: country only.",
  ["multi_stop", "site_visit", "topic_place"])

# 9 Durres + Shkoder
N(9, "2022-11-18", """The Minister for Development Cooperation of Italy travelled to Albania on 15 and 16 November 2022. On 15 November she visited Durrës, where she inaugurated a rebuilt primary school damaged in the 2019 earthquake and met the Mayor of Durrës. On 16 November she was in Shkodër, where she held talks with the Prefect on flood prevention along the Buna river. She returned to Rome on the evening of 16 November.""",
  [ot("2022-11-15", Q("Durres", "AL", 41.32, 19.45, q="Durrës"), ["Italy"], "school inauguration"),
   mt("2022-11-15", Q("Durres", "AL", 41.32, 19.45, q="Durrës"), ["Italy", "Durrës municipality"]),
   mt("2022-11-16", Q("Shkoder", "AL", 42.07, 19.51, q="Shkodër"), ["Italy", "Shkodër prefecture"])],
  [Q("Rome", "IT", 41.89, 12.48)],
  "Inauguration: kind other. The 2019 earthquake: background. Buna river: topic, not listed.",
  ["multi_stop", "inauguration", "background_event", "return_leg"])

# 10 Prizren
N(10, "2020-09-11", """Ambassador-at-Large for International Religious Freedom — travel to Kosovo, September 8–9, 2020.
The Ambassador traveled to Prizren on September 8, where he met with leaders of the Islamic Community, the Serbian Orthodox Church and the Catholic Church, and toured the Sinan Pasha Mosque and the Church of Our Lady of Ljeviš. On September 9, he traveled to Gjakova and met with the Mayor and the family associations of missing persons, before departing from Pristina.""",
  [mt("2020-09-08", Q("Prizren", "XK", 42.21, 20.74), ["United States", "religious leaders"]),
   ot("2020-09-08", Q("Prizren", "XK", 42.21, 20.74), ["United States"], "tour of religious sites"),
   mt("2020-09-09", Q("Gjakova", "XK", 42.38, 20.43, q="Gjakovë"), ["United States", "Gjakova municipality", "families of missing persons"])],
  [Q("Pristina", "XK", 42.67, 21.17)],
  "Two stops on two days. Pristina: departure.", ["multi_stop", "site_visit", "departure_leg"])

# 11 Nis
N(11, "2021-04-23", """The Vice-President of the European Investment Bank visited Niš, Serbia, on 20 April 2021. During the visit, the Vice-President met with the Mayor of Niš and signed a loan for the modernisation of the Niš–Brestovac railway section. He also visited the Niš Clinical Centre, whose construction the Bank co-financed. The visit had originally been planned for March but was delayed because of COVID-19 restrictions.""",
  [mt("2021-04-20", Q("Nis", "RS", 43.32, 21.90, q="Niš"), ["EIB", "Niš municipality"]),
   ot("2021-04-20", Q("Nis", "RS", 43.32, 21.90, q="Niš"), ["EIB"], "hospital visit")],
  [],
  "The earlier planned March date: not an event. Brestovac: railway topic, not listed.",
  ["site_visit", "postponed_leg", "signing"])

# 12 Banja Luka + Mostar
N(12, "2023-05-12", """High Representative — official travel, 8–10 May 2023.
8 May: Banja Luka. Meeting with the President of Republika Srpska. Topic: the entity assembly's law on the non-application of Constitutional Court decisions.
9 May: travel day; no engagements.
10 May: Mostar. Meeting with the Mayor of Mostar and the City Council on the city's budget; visit to the Old Bridge restoration site.
The High Representative returned to Sarajevo in the evening.""",
  [mt("2023-05-08", Q("Banja Luka", "BA", 44.77, 17.19), ["OHR", "Republika Srpska"]),
   mt("2023-05-10", Q("Mostar", "BA", 43.34, 17.81), ["OHR", "Mostar City Council"]),
   ot("2023-05-10", Q("Mostar", "BA", 43.34, 17.81), ["OHR"], "restoration site visit")],
  [Q("Sarajevo", "BA", 43.85, 18.36)],
  "Itinerary with a travel day. Sarajevo: return.", ["itinerary", "multi_stop", "return_leg"])

# 13 Timisoara
N(13, "2022-03-17", """Deputy High Commissioner for Refugees — visit to Romania, 14–15 March 2022.
The Deputy High Commissioner visited Timișoara, Romania, from 14 to 15 March 2022. During the visit she met with the Prefect of Timiș county and volunteers at the railway station welcoming refugees from Ukraine, and with representatives of the Romanian Red Cross. She had planned to travel onwards to the Siret border crossing but the visit was cancelled because of weather.""",
  [mt(["2022-03-14", "2022-03-15"], Q("Timisoara", "RO", 45.75, 21.23, q="Timișoara"), ["UNHCR", "Timiș prefecture"]),
   mt(["2022-03-14", "2022-03-15"], Q("Timisoara", "RO", 45.75, 21.23, q="Timișoara"), ["UNHCR", "Romanian Red Cross"])],
  [Q("Siret", "RO", 47.95, 26.07)],
  "Undated meetings during the visit: range. Siret: cancelled leg. Ukraine: country only.",
  ["during_visit", "cancelled_leg"])

# 14 Iasi
N(14, "2023-11-24", """The Prime Minister of the Republic of Moldova paid a visit to Iași, Romania, on 21 November 2023, where she held a joint meeting of the two governments' delegations on the Iași–Ungheni–Chișinău gas pipeline and the new bridge over the Prut at Ungheni. She then crossed back into Moldova by road the same evening.""",
  [mt("2023-11-21", Q("Iasi", "RO", 47.16, 27.59, q="Iași"), ["Moldova", "Romania"], "intergovernmental meeting")],
  [Q("Ungheni", "MD", 47.21, 27.80), Q("Chisinau", "MD", 47.01, 28.86, q="Chișinău")],
  "Ungheni and Chișinău: topics (pipeline, bridge). Ungheni is ~16 km from Iași (inside the radius).",
  ["topic_place", "return_leg"])

# 15 Varna + Plovdiv
N(15, "2024-07-12", """Visit of the Japanese Parliamentary Vice-Minister for Foreign Affairs to Bulgaria, 8–10 July 2024:
- 8 July, Sofia: arrival.
- 9 July, Varna: meeting with the Commander of the Bulgarian Navy on Black Sea mine clearance; tour of the naval base.
- 10 July, Plovdiv: meeting with the Regional Governor; visit to a Japanese-funded vocational training centre.
The Vice-Minister departed from Sofia on 11 July.""",
  [mt("2024-07-09", Q("Varna", "BG", 43.21, 27.92), ["Japan", "Bulgarian Navy"]),
   ot("2024-07-09", Q("Varna", "BG", 43.21, 27.92), ["Japan"], "naval base tour"),
   mt("2024-07-10", Q("Plovdiv", "BG", 42.15, 24.75), ["Japan", "Plovdiv region"]),
   ot("2024-07-10", Q("Plovdiv", "BG", 42.15, 24.75), ["Japan"], "training centre visit")],
  [Q("Sofia", "BG", 42.70, 23.32)],
  "Bullet itinerary. Sofia: arrival and departure only.", ["itinerary", "multi_stop", "site_visit", "arrival_leg"])

# 16 Lublin + Wroclaw
N(16, "2022-04-08", """Minister of Foreign Affairs of Lithuania — visits in Poland
On 4 April 2022 the Minister visited Lublin, where he took part in the meeting of the Lublin Triangle foreign ministers with his Polish and Ukrainian counterparts. On 5 April he was in Wrocław, where he met the Marshal of the Lower Silesian Voivodeship and Lithuanian students. He returned to Vilnius on 6 April.""",
  [mt("2022-04-04", Q("Lublin", "PL", 51.25, 22.57), ["Lithuania", "Poland", "Ukraine"], "trilateral meeting"),
   mt("2022-04-05", Q("Wroclaw", "PL", 51.11, 17.03, q="Wrocław"), ["Lithuania", "Lower Silesia"]),
   ot("2022-04-05", Q("Wroclaw", "PL", 51.11, 17.03, q="Wrocław"), ["Lithuania", "students"], "community event")],
  [Q("Vilnius", "LT", 54.69, 25.28)],
  "Students: community event (other). Vilnius: return.", ["multi_stop", "multilateral", "community_event", "return_leg"])

# 17 Kaunas + Klaipeda
N(17, "2023-07-14", """The Federal Minister of Defence visited Lithuania from 10 to 11 July 2023. On 10 July he visited the German-led NATO battlegroup in Rukla and addressed the troops. On 11 July he met the Lithuanian Minister of National Defence in Kaunas to discuss the stationing of a German brigade. A visit to Klaipėda port, initially announced, did not take place. He then flew from Kaunas to Vilnius for the NATO summit.""",
  [ot("2023-07-10", Q("Rukla", "LT", 55.03, 24.38), ["Germany", "NATO battlegroup"], "troop visit"),
   mt("2023-07-11", Q("Kaunas", "LT", 54.90, 23.89), ["Germany", "Lithuania"])],
  [Q("Klaipeda", "LT", 55.71, 21.14, q="Klaipėda"), Q("Vilnius", "LT", 54.69, 25.28)],
  "Troop visit: kind other. Klaipėda: a leg that did not take place. Vilnius: onward leg to a summit (not in this record's itinerary; a judgement call: not gold).",
  ["site_visit", "cancelled_leg", "onward_leg"])

# 18 Daugavpils + Narva
N(18, "2024-10-04", """Commissioner for Human Rights — visit to the Baltic states (30 September – 2 October 2024)
30 September: Daugavpils, Latvia — meeting with the Mayor and with representatives of Russian-speaking minority associations on language policy in schools.
1 October: transfer to Estonia.
2 October: Narva, Estonia — meeting with the Mayor of Narva and visit to the border crossing point on the Narva river.""",
  [mt("2024-09-30", Q("Daugavpils", "LV", 55.88, 26.53), ["Council of Europe", "Daugavpils municipality"]),
   mt("2024-10-02", Q("Narva", "EE", 59.38, 28.19), ["Council of Europe", "Narva municipality"]),
   ot("2024-10-02", Q("Narva", "EE", 59.38, 28.19), ["Council of Europe"], "border crossing visit")],
  [],
  "Two stops; a transfer day.", ["itinerary", "multi_stop", "site_visit"])

# 19 Turku
N(19, "2022-06-17", """The Swedish Minister for Foreign Trade and Nordic Affairs paid a working visit to Turku, Finland, on 14 June 2022, to attend the Nordic Council of Ministers' session on cooperation in the Baltic Sea region. On the margins, she met bilaterally with Finland's Minister for European Affairs. The Minister travelled from Stockholm by ferry via Mariehamn.""",
  [mt("2022-06-14", Q("Turku", "FI", 60.45, 22.27), ["Nordic Council of Ministers"], "multilateral session"),
   mt("2022-06-14", Q("Turku", "FI", 60.45, 22.27), ["Sweden", "Finland"])],
  [Q("Stockholm", "SE", 59.33, 18.07), Q("Mariehamn", "AX", 60.10, 19.94)],
  "Session and bilateral on the margins: two meetings, same pin. Mariehamn: transit.",
  ["multilateral", "sidelines", "transit"])

# 20 Tromso
N(20, "2023-02-10", """Travel of the Special Envoy for the Arctic Region to Norway, February 6–8, 2023.
The Special Envoy traveled to Tromsø, Norway, February 6–8, to participate in the Arctic Frontiers conference. While in Tromsø, he met with Norway's State Secretary for Foreign Affairs and with Sámi Parliament representatives, and delivered keynote remarks on February 7. A planned side trip to Svalbard was postponed to a later date.""",
  [mt(["2023-02-06", "2023-02-08"], Q("Tromso", "NO", 69.65, 18.96, q="Tromsø"), ["United States", "Norway"]),
   mt(["2023-02-06", "2023-02-08"], Q("Tromso", "NO", 69.65, 18.96, q="Tromsø"), ["United States", "Sámi Parliament"]),
   ot("2023-02-07", Q("Tromso", "NO", 69.65, 18.96, q="Tromsø"), ["United States"], "keynote remarks")],
  [M("Svalbard", 78.22, 15.65, "SJ", "approximate, Longyearbyen")],
  "Two undated meetings 'while in Tromsø': range. Keynote: other. Svalbard: postponed.",
  ["during_visit", "speech", "postponed_leg"])

# 21 Gothenburg (readout-like) -> Aarhus
N(21, "2021-11-26", """Le ministre délégué chargé des Affaires européennes s'est rendu à Aarhus (Danemark) le 23 novembre 2021. Il s'y est entretenu avec le ministre danois des Affaires européennes sur la présidence française du Conseil de l'Union européenne, puis a visité un parc éolien en mer au large de la ville. Il a regagné Paris le soir même.""",
  [mt("2021-11-23", Q("Aarhus", "DK", 56.16, 10.21), ["France", "Denmark"]),
   ot("2021-11-23", Q("Aarhus", "DK", 56.16, 10.21), ["France"], "wind farm visit")],
  [Q("Paris", "FR", 48.85, 2.35)],
  "In French. Wind farm offshore, pinned at Aarhus. Paris: return.", ["french", "site_visit", "return_leg"])

# 22 Antwerp + Maastricht
N(22, "2024-03-29", """Visit of the Minister of Trade of the Republic of Korea to the Benelux, 25–26 March 2024.
25 March: Antwerp, Belgium — meeting with the CEO of the Port of Antwerp-Bruges on hydrogen imports; signing of a memorandum of understanding.
26 March: Maastricht, Netherlands — meeting with semiconductor equipment suppliers and the Governor of Limburg.
The Minister had been expected to meet the Belgian Prime Minister in Brussels on 27 March; the meeting was moved to a later date.""",
  [mt("2024-03-25", Q("Antwerp", "BE", 51.22, 4.40), ["South Korea", "Port of Antwerp-Bruges"]),
   mt("2024-03-26", Q("Maastricht", "NL", 50.85, 5.69), ["South Korea", "Limburg province", "industry"])],
  [BRU],
  "Brussels: postponed meeting (not gold).", ["itinerary", "multi_stop", "postponed_leg", "signing"])

# 23 Aachen + Leipzig
N(23, "2019-05-31", """The President of the European Council travelled to Germany on 29 and 30 May 2019. On 29 May he attended the Charlemagne Prize ceremony in Aachen, and met the Minister-President of North Rhine-Westphalia on the margins. On 30 May he delivered a lecture at the University of Leipzig and had a working lunch with the Lord Mayor of Leipzig.""",
  [ot("2019-05-29", Q("Aachen", "DE", 50.78, 6.08), ["European Council"], "prize ceremony"),
   mt("2019-05-29", Q("Aachen", "DE", 50.78, 6.08), ["European Council", "North Rhine-Westphalia"]),
   ot("2019-05-30", Q("Leipzig", "DE", 51.34, 12.37), ["European Council"], "lecture"),
   mt("2019-05-30", Q("Leipzig", "DE", 51.34, 12.37), ["European Council", "Leipzig"], "working lunch")],
  [],
  "Ceremony and lecture: other. A working lunch with the mayor: meeting.", ["multi_stop", "speech", "sidelines"])

# 24 Medina + Tabuk
N(24, "2023-01-20", """The Minister of Religious Affairs of Indonesia visited the Kingdom of Saudi Arabia from 15 to 18 January 2023. On 16 January, he met with the Governor of the Madinah region in Medina to discuss services for Indonesian pilgrims. On 17 January he travelled to Tabuk, where he toured the NEOM exhibition centre and met the Tabuk regional Hajj committee. The Minister departed from Jeddah on 18 January.""",
  [mt("2023-01-16", Q("Medina", "SA", 24.47, 39.61), ["Indonesia", "Madinah region"]),
   ot("2023-01-17", Q("Tabuk", "SA", 28.38, 36.57), ["Indonesia"], "exhibition tour"),
   mt("2023-01-17", Q("Tabuk", "SA", 28.38, 36.57), ["Indonesia", "Tabuk Hajj committee"])],
  [Q("Jeddah", "SA", 21.54, 39.17)],
  "Jeddah: departure only.", ["multi_stop", "site_visit", "departure_leg", "gulf"])

# 25 Luxor + Aswan
N(25, "2022-10-28", """Official travel: Under-Secretary-General for Economic and Social Affairs — Egypt, 24–26 October 2022.
24 October: Cairo (arrival).
25 October: Luxor — meeting with the Governor of Luxor on sustainable tourism and climate adaptation ahead of COP27.
26 October: Aswan — visit to the Benban solar park; meeting with Aswan University researchers.
The USG will return to Egypt for COP27 in Sharm el-Sheikh on 6 November.""",
  [mt("2022-10-25", Q("Luxor", "EG", 25.69, 32.64), ["UN DESA", "Luxor governorate"]),
   ot("2022-10-26", M("Benban solar park", 24.46, 32.74, "EG", "approximate, solar park north-west of Aswan"), ["UN DESA"], "solar park visit"),
   mt("2022-10-26", Q("Aswan", "EG", 24.09, 32.90), ["UN DESA", "Aswan University"])],
  [Q("Cairo", "EG", 30.04, 31.24), Q("Sharm el-Sheikh", "EG", 27.92, 34.33)],
  "Benban (~45 km from Aswan): site visit, other. Sharm el-Sheikh: future COP27.",
  ["itinerary", "multi_stop", "site_visit", "future_event", "arrival_leg"])

# 26 Hue + Haiphong
N(26, "2024-04-19", """The Minister of State for the Indo-Pacific visited Vietnam from 15 to 17 April 2024. In Hue on 15 April, she met the Chairman of the Thua Thien Hue Provincial People's Committee and visited a UK-funded unexploded ordnance clearance project. On 16 April she was in Haiphong, where she met port operators. She flew home from Hanoi on 17 April; talks with the Deputy Foreign Minister are planned for the autumn.""",
  [mt("2024-04-15", Q("Hue", "VN", 16.46, 107.60, q="Huế"), ["UK", "Thua Thien Hue province"]),
   ot("2024-04-15", Q("Hue", "VN", 16.46, 107.60, q="Huế"), ["UK"], "UXO project visit"),
   mt("2024-04-16", Q("Haiphong", "VN", 20.86, 106.68, q="Haiphong"), ["UK", "port operators"])],
  [Q("Hanoi", "VN", 21.03, 105.85)],
  "Two stops. Hanoi: departure; the talks are future.", ["multi_stop", "site_visit", "future_event"])

# 27 Davao + Zamboanga
N(27, "2023-08-11", """Ambassador for Peace Processes — travel to the Philippines (7–9 August 2023)
The Ambassador visited Davao City on 7 August, meeting the city's peace and order council. On 8 August he travelled to Zamboanga City, where he met with the commander of the Western Mindanao Command and with representatives of displaced families from the 2013 siege. A meeting with the Bangsamoro Chief Minister in Cotabato City on 9 August was postponed, and he flew back to Manila.""",
  [mt("2023-08-07", Q("Davao City", "PH", 7.07, 125.61, q="Davao"), ["Norway", "Davao peace and order council"]),
   mt("2023-08-08", Q("Zamboanga City", "PH", 6.91, 122.07, q="Zamboanga"), ["Norway", "WestMinCom"]),
   mt("2023-08-08", Q("Zamboanga City", "PH", 6.91, 122.07, q="Zamboanga"), ["Norway", "displaced families"])],
  [Q("Cotabato City", "PH", 7.22, 124.25, q="Cotabato"), Q("Manila", "PH", 14.60, 120.98)],
  "Two cities. Cotabato City: postponed meeting. Manila: return. The 2013 siege: background.", ["multi_stop", "background_event"])

# 28 Chittagong + Cox's Bazar? -> Chittagong + Sylhet
N(28, "2020-01-24", """The Minister of State for Foreign Affairs of India visited Chattogram and Sylhet, Bangladesh, from 20 to 22 January 2020. In Chattogram on 20 January, he met the Mayor and the Chairman of the Chattogram Port Authority regarding transit of Indian cargo to the north-eastern states. On 22 January in Sylhet, he inaugurated the Assistant High Commission's new chancery and met with local business leaders. He returned to Guwahati by air.""",
  [mt("2020-01-20", Q("Chattogram", "BD", 22.34, 91.83, q="Chittagong"), ["India", "Chattogram city", "Port Authority"]),
   ot("2020-01-22", Q("Sylhet", "BD", 24.90, 91.87), ["India"], "chancery inauguration"),
   mt("2020-01-22", Q("Sylhet", "BD", 24.90, 91.87), ["India", "business leaders"])],
  [Q("Guwahati", "IN", 26.18, 91.75)],
  "Guwahati: return (~150 km from Sylhet). North-eastern states: topic, region only.",
  ["multi_stop", "inauguration", "return_leg", "topic_place"])

# 29 Lubumbashi
N(29, "2021-06-18", """Minister for Africa — visit to the Democratic Republic of the Congo.
The Minister visited Lubumbashi on 14 June 2021. During the visit, he met with the Governor of Haut-Katanga and mining companies on responsible sourcing of cobalt. He also spoke with artisanal miners' cooperatives. The Minister had arrived from Lusaka and travelled on to Kinshasa on 15 June; an audience with President Tshisekedi is expected later in the year.""",
  [mt("2021-06-14", Q("Lubumbashi", "CD", -11.66, 27.48), ["UK", "Haut-Katanga province", "mining companies"])],
  [Q("Lusaka", "ZM", -15.41, 28.29), Q("Kinshasa", "CD", -4.32, 15.31)],
  "Kinshasa: onward leg with a future audience. Conversations with cooperatives: part of the same day in Lubumbashi (not separate). Lusaka: origin.",
  ["multi_stop", "arrival_leg"])

# 30 Cartagena + Barranquilla
N(30, "2024-01-26", """Visita oficial del Canciller de la República Dominicana a Colombia, 22 y 23 de enero de 2024.
El 22 de enero, en Cartagena de Indias, el Canciller sostuvo una reunión con la Canciller de Colombia sobre cooperación en seguridad marítima en el Caribe. El 23 de enero visitó Barranquilla, donde se reunió con el Gobernador del Atlántico y recorrió el puerto. La firma de un acuerdo de vuelos directos se realizará en Santo Domingo en marzo.""",
  [mt("2024-01-22", Q("Cartagena", "CO", 10.40, -75.51), ["Dominican Republic", "Colombia"]),
   mt("2024-01-23", Q("Barranquilla", "CO", 10.96, -74.80), ["Dominican Republic", "Atlántico department"]),
   ot("2024-01-23", Q("Barranquilla", "CO", 10.96, -74.80), ["Dominican Republic"], "port tour")],
  [Q("Santo Domingo", "DO", 18.47, -69.89)],
  "In Spanish. Santo Domingo: future signing.", ["spanish", "multi_stop", "site_visit", "future_event"])
