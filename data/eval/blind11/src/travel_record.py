from lib import *
R = "travel_record"
DOCS = []
add = DOCS.append
T = "Official travel record; composite itineraries with invented details. Meetings at the stated city; site visits, speeches and community events kind other. An undated 'during the visit' meeting gets the visit's range. "


def N(num, d, text, events, nonev, note, tags):
    add(D(R, num, d, text, events, nonev, T + note, ["travel_record"] + tags))


def mt(d, pl, who, sub="bilateral meeting", alts=()):
    return E("meeting", sub, d, pl, who, alts=alts)


def ot(d, pl, who, sub="site visit"):
    return E("other", sub, d, pl, who)


SLM = Q("Sulaymaniyah", "IQ", 35.56, 45.43)
DHK = Q("Duhok", "IQ", 36.87, 42.99, q="Dihok")
BGD = Q("Baghdad", "IQ", 33.34, 44.40)

d = "2023-03-16"
N(1, d, """Travel of the Special Representative of the Secretary-General for Iraq, 12–14 March 2023.
12 March: Sulaymaniyah — meeting with the President of the Patriotic Union of Kurdistan; meeting with the Governor of Sulaymaniyah.
13 March: Duhok — visit to Domiz camp; meeting with Yazidi civil society representatives at the UN office in Duhok.
14 March: a planned stop in Baghdad was postponed; return to Erbil and onward to Amman.""",
  [mt("2023-03-12", SLM, ["UNAMI", "PUK"]), mt("2023-03-12", SLM, ["UNAMI", "Sulaymaniyah governorate"]),
   ot("2023-03-13", M("Domiz camp", 36.78, 42.88, "IQ", "approximate, refugee camp south-west of Duhok"), ["UNAMI", "refugees"], "camp visit"),
   mt("2023-03-13", DHK, ["UNAMI", "Yazidi civil society"])],
  [BGD, Q("Erbil", "IQ", 36.19, 44.01), Q("Amman", "JO", 31.96, 35.95)],
  "Two meetings in Sulaymaniyah on one day (same pin). Domiz camp visit: kind other (~15 km from Duhok). Postponed Baghdad stop; Erbil and Amman: return/onward legs.",
  ["kurdistan", "postponed", "return_leg", "site_visit"])

d = "2022-10-06"
N(2, d, """The Minister of State for the Middle East visited Salalah, Oman from 3 to 4 October 2022. During the visit, the Minister met the Governor of Dhofar and toured the Port of Salalah, where British firms are bidding for an expansion contract. The Minister travelled on to Muscat for consultations at the embassy before returning to London.""",
  [mt(["2022-10-03", "2022-10-04"], Q("Salalah", "OM", 17.02, 54.09, q="Salalah"), ["UK", "Dhofar governorate"]),
   ot(["2022-10-03", "2022-10-04"], M("Port of Salalah", 16.95, 54.00, "OM", "approximate, container port south-west of Salalah"), ["UK"], "port visit")],
  [Q("Muscat", "OM", 23.58, 58.41), Q("London", "GB", 51.51, -0.13)],
  "'During the visit' without a day: the visit's range. Embassy consultations in Muscat: internal, not a bilateral meeting. London: return.",
  ["visit_range", "site_visit", "return_leg"])

d = "2024-02-29"
N(3, d, """Itinerary of the Minister for Trade, Sultanate of Oman and United Arab Emirates, 25–28 February 2024.
25 Feb: arrival Muscat (overnight, no engagements).
26 Feb: Sohar — opening of a green steel plant at Sohar Port and Freezone; working lunch with the Minister of Commerce, Industry and Investment Promotion in Sohar.
27 Feb: Sharjah — meeting with the Chairman of the Sharjah Chamber of Commerce; address to the business forum.
28 Feb: departure from Dubai.""",
  [ot("2024-02-26", Q("Sohar", "OM", 24.35, 56.71), ["trade minister", "business"], "inauguration"),
   mt("2024-02-26", Q("Sohar", "OM", 24.35, 56.71), ["trade minister", "Oman"]),
   mt("2024-02-27", Q("Sharjah", "AE", 25.33, 55.41), ["trade minister", "Sharjah Chamber"]),
   ot("2024-02-27", Q("Sharjah", "AE", 25.33, 55.41), ["trade minister", "business"], "speech")],
  [Q("Muscat", "OM", 23.58, 58.41), Q("Dubai", "AE", 25.08, 55.31)],
  "Muscat: overnight without engagements. Dubai: departure (~25 km from Sharjah, inside the radius). Plant opening and business address: kind other.",
  ["overnight_stop", "inauguration", "speech", "departure"])

d = "2023-05-11"
N(4, d, """Visit of the Commissioner-General to Jordan, 8–10 May 2023.
8 May: arrival in Amman late evening.
9 May: Irbid — meeting with the Governor of Irbid; visit to a UN school in Irbid camp.
10 May: Azraq camp (Zarqa governorate) — visit to the camp and meeting with refugee committee members. Return to Amman; departure for Beirut.""",
  [mt("2023-05-09", Q("Irbid", "JO", 32.56, 35.85), ["UNRWA", "Irbid governorate"]),
   ot("2023-05-09", M("Irbid camp", 32.55, 35.86, "JO", "approximate, refugee camp in Irbid city"), ["UNRWA"], "school visit"),
   ot("2023-05-10", M("Azraq camp", 31.92, 36.59, "JO", "approximate, refugee camp west of Azraq town"), ["UNHCR", "refugees"], "camp visit")],
  [Q("Amman", "JO", 31.96, 35.95), Q("Beirut", "LB", 33.89, 35.50)],
  "Arrival late evening: no engagement. The camp meeting with refugee committees is part of the site visit (kind other). Beirut: onward.",
  ["arrival_only", "site_visit", "camp", "onward_leg"])

d = "2022-12-09"
N(5, d, """The Deputy Foreign Minister visited Abha, Kingdom of Saudi Arabia, on 6 December 2022 at the invitation of the Emir of Asir Region. During the visit, the Deputy Minister met the Emir and discussed cross-border health programmes in Jizan and Najran. The Deputy Minister had earlier held consultations with the Deputy Minister for Political Affairs in Taif on 5 December, and will go on to Riyadh next week.""",
  [mt("2022-12-06", Q("Abha", "SA", 18.22, 42.51), ["deputy foreign minister", "Asir Region"]),
   mt("2022-12-05", Q("Taif", "SA", 21.27, 40.42, q="Ta'if"), ["deputy foreign minister", "Saudi Arabia"], "consultations")],
  [Q("Jizan", "SA", 16.89, 42.55), Q("Najran", "SA", 17.49, 44.13), Q("Riyadh", "SA", 24.69, 46.72)],
  "Dated earlier consultations in Taif are a meeting. Jizan and Najran: topics. Riyadh: future leg.",
  ["topic_place", "earlier_leg", "future_event"])

d = "2024-10-17"
N(6, d, """Programme of the Vice-President, visit to the United Arab Emirates (14–16 October 2024).
14 Oct: Al Ain — lecture at the United Arab Emirates University; visit to the Al Ain oasis.
15 Oct: Sharjah — audience with His Highness the Ruler of Sharjah.
16 Oct: Abu Dhabi leg cancelled; return via Doha.""",
  [ot("2024-10-14", Q("Al Ain", "AE", 24.19, 55.76, q="Al Ain City"), ["vice-president"], "lecture"),
   mt("2024-10-15", Q("Sharjah", "AE", 25.33, 55.41), ["vice-president", "Sharjah"], "audience")],
  [Q("Abu Dhabi", "AE", 24.45, 54.40), Q("Doha", "QA", 25.29, 51.53)],
  "Lecture and oasis visit in Al Ain: kind other (one pin). Cancelled Abu Dhabi leg; Doha transit.",
  ["speech", "cancelled_event", "transit"])

d = "2021-11-25"
N(7, d, """Official visit of the Chief of Defence Staff to the Kingdom of Bahrain, 22–24 November 2021.
22 Nov: arrival at Isa Air Base; call on the Commander-in-Chief of the Bahrain Defence Force at Riffa.
23 Nov: Sakhir — meeting with His Majesty the King at Sakhir Palace.
24 Nov: visit to the naval support facility at Mina Salman, Manama. Departure.""",
  [mt("2021-11-22", Q("Riffa", "BH", 26.13, 50.55, q="Ar Rifa"), ["chief of defence staff", "BDF"], "courtesy call"),
   mt("2021-11-23", M("Sakhir Palace", 26.07, 50.52, "BH", "approximate, royal palace south-west of Riffa"), ["chief of defence staff", "Bahrain"], "audience"),
   ot("2021-11-24", M("Mina Salman", 26.20, 50.61, "BH", "approximate, port area of Manama"), ["chief of defence staff"], "base visit")],
  [M("Isa Air Base", 25.92, 50.59, "BH", "approximate, air base in southern Bahrain")],
  "Arrival at Isa Air Base: no engagement. Sakhir ~7 km from Riffa (separate day, separate pin). Facility visit: kind other.",
  ["arrival_only", "palace", "site_visit", "courtesy_call"])

d = "2024-03-08"
N(8, d, """President of the International Committee of the Red Cross, mission to Lebanon, 5–7 March 2024.
5 March: Baabda — meeting with the caretaker Prime Minister's chief of staff (the meeting with the President could not take place as the post is vacant).
6 March: Zahle — visit to an informal Syrian refugee settlement near Zahle and the ICRC sub-delegation.
7 March: a visit to Tyre was cancelled for security reasons. Departure from Beirut.""",
  [mt("2024-03-05", Q("Baabda", "LB", 33.83, 35.54), ["ICRC", "Lebanon government"]),
   ot("2024-03-06", Q("Zahle", "LB", 33.85, 35.90, q="Zahle"), ["ICRC", "refugees"], "settlement visit")],
  [Q("Tyre", "LB", 33.27, 35.19), Q("Beirut", "LB", 33.89, 35.50)],
  "A meeting that could not take place: no gold (the chief-of-staff meeting is the event). Cancelled Tyre visit. Beirut: departure (~8 km from Baabda, inside the radius).",
  ["not_held", "cancelled_event", "site_visit", "departure"])

d = "2019-12-19"
N(9, d, """The Minister Responsible for Foreign Affairs visited Bandar Abbas, Islamic Republic of Iran, from 16 to 17 December 2019. During the visit, the Minister met the Governor-General of Hormozgan province and discussed the security of navigation in the Strait of Hormuz. On 17 December the Minister visited the Kish Island free zone and met investors. The Minister did not travel to Tehran.""",
  [mt(["2019-12-16", "2019-12-17"], Q("Bandar Abbas", "IR", 27.19, 56.28), ["Oman", "Hormozgan province"]),
   ot("2019-12-17", Q("Kish", "IR", 26.56, 54.02, q="Kish"), ["Oman", "investors"], "business event")],
  [Q("Tehran", "IR", 35.69, 51.39)],
  "Composite. Strait of Hormuz: topic (no pin). Kish: business event (kind other). Tehran: explicitly not visited.",
  ["visit_range", "topic_place", "business_event", "not_visited"])

d = "2023-09-21"
N(10, d, """Travel record: Minister of Planning, Anbar province, 18–19 September 2023.
18 Sept: Ramadi — meeting with the Governor of Anbar and the provincial council; inauguration of a bridge over the Euphrates.
19 Sept: Fallujah — inspection of the general hospital reconstruction; meeting with tribal elders.
Return to Baghdad by road on the evening of 19 September.""",
  [mt("2023-09-18", Q("Ramadi", "IQ", 33.42, 43.31), ["Ministry of Planning", "Anbar governorate"]),
   ot("2023-09-18", Q("Ramadi", "IQ", 33.42, 43.31), ["Ministry of Planning"], "inauguration"),
   ot("2023-09-19", Q("Fallujah", "IQ", 33.35, 43.79, q="Al Fallujah"), ["Ministry of Planning"], "inspection"),
   mt("2023-09-19", Q("Fallujah", "IQ", 33.35, 43.79, q="Al Fallujah"), ["Ministry of Planning", "tribal elders"])],
  [BGD],
  "Baghdad: return leg.",
  ["inauguration", "site_visit", "return_leg"])

d = "2022-04-14"
N(11, d, """The Consul General travelled to Soran and Shaqlawa, Kurdistan Region of Iraq, on 12–13 April 2022. On 12 April, the Consul General met the Soran Independent Administration's head and visited a demining project near Rawanduz. On 13 April, the Consul General attended an Easter community event with the Assyrian community in Shaqlawa. The Consul General returned to Erbil on 13 April.""",
  [mt("2022-04-12", Q("Soran", "IQ", 36.66, 44.54), ["US consulate", "Soran administration"]),
   ot("2022-04-12", Q("Rawanduz", "IQ", 36.61, 44.52, q="Ruwandiz"), ["US consulate"], "project visit"),
   ot("2022-04-13", Q("Shaqlawa", "IQ", 36.40, 44.33, q="Shaqlawah"), ["US consulate", "Assyrian community"], "community event")],
  [Q("Erbil", "IQ", 36.19, 44.01)],
  "Demining visit near Rawanduz (~6 km from Soran): kind other. Erbil: return (~30 km from Shaqlawa, inside the radius).",
  ["kurdistan", "site_visit", "community_event", "return_leg"])

d = "2023-06-09"
N(12, d, """EU Representative: programme of the visit to Bethlehem and Jericho, 7–8 June 2023.
7 June: Bethlehem — meeting with the Governor of Bethlehem; visit to the Church of the Nativity restoration project.
8 June: Jericho — visit to the Jericho Agro-Industrial Park; meeting with Palestinian Authority Minister of National Economy.
The Representative travelled from and returned to Jerusalem each day.""",
  [mt("2023-06-07", Q("Bethlehem", "PS", 31.70, 35.20), ["EU", "Bethlehem governorate"]),
   ot("2023-06-07", Q("Bethlehem", "PS", 31.70, 35.20), ["EU"], "site visit"),
   ot("2023-06-08", M("Jericho Agro-Industrial Park", 31.88, 35.47, "PS", "approximate, park east of Jericho"), ["EU"], "site visit"),
   mt("2023-06-08", Q("Jericho", "PS", 31.87, 35.45), ["EU", "Palestinian Authority"])],
  [Q("Jerusalem", "IL", 31.78, 35.22)],
  "Jerusalem: origin and return each day (~9 km from Bethlehem, inside the radius).",
  ["site_visit", "origin_place", "return_leg"])

d = "2023-08-03"
N(13, d, """Special Envoy for Yemen: travel 30 July – 2 August 2023.
30 July: Riyadh — transit only.
31 July: Mukalla — meeting with the Governor of Hadramawt.
1 August: Seiyun — meeting with tribal and civil society leaders of the Wadi Hadramawt.
2 August: the planned visit to Aden was postponed. Return to Amman.""",
  [mt("2023-07-31", Q("Mukalla", "YE", 14.54, 49.12), ["UN envoy", "Hadramawt governorate"]),
   mt("2023-08-01", M("Seiyun", 15.94, 48.79, "YE", "approximate, main town of the Wadi Hadramawt"), ["UN envoy", "tribal leaders"])],
  [Q("Riyadh", "SA", 24.69, 46.72), Q("Aden", "YE", 12.78, 45.04), Q("Amman", "JO", 31.96, 35.95)],
  "Riyadh transit; Aden postponed; Amman return.",
  ["transit", "postponed", "return_leg"])

d = "2025-05-20"
N(14, d, """The Secretary visited the Dead Sea, Jordan, from 17 to 18 May 2025 to attend the World Economic Forum special meeting at the King Hussein Bin Talal Convention Centre. During the visit, the Secretary met Jordan's Foreign Minister and the Iraqi Foreign Minister and delivered remarks at a session on regional connectivity. The Secretary did not visit Amman.""",
  [mt(["2025-05-17", "2025-05-18"], M("Dead Sea (Sweimeh)", 31.72, 35.59, "JO", "approximate, convention centre at Sweimeh on the Dead Sea shore"), ["Secretary", "Jordan"]),
   mt(["2025-05-17", "2025-05-18"], M("Dead Sea (Sweimeh)", 31.72, 35.59, "JO", "approximate, convention centre at Sweimeh on the Dead Sea shore"), ["Secretary", "Iraq"]),
   ot(["2025-05-17", "2025-05-18"], M("Dead Sea (Sweimeh)", 31.72, 35.59, "JO", "approximate, convention centre at Sweimeh on the Dead Sea shore"), ["Secretary"], "speech")],
  [Q("Amman", "JO", 31.96, 35.95)],
  "Composite. Two meetings at one venue, undated within the visit: visit range. Amman: explicitly not visited (~35 km, inside the radius).",
  ["visit_range", "venue", "speech", "not_visited"])

d = "2020-02-13"
N(15, d, """Visit of the Energy Minister to the State of Kuwait, 10–11 February 2020.
10 Feb: arrival in Kuwait City; no public engagements.
11 Feb: Ahmadi — meeting with the Minister of Oil at the Kuwait Oil Company headquarters; tour of the Al-Zour refinery construction site.
Departure to Manama on the same evening.""",
  [mt("2020-02-11", Q("Ahmadi", "KW", 29.08, 48.08, q="Al Ahmadi"), ["energy minister", "Kuwait"]),
   ot("2020-02-11", M("Al-Zour refinery", 28.72, 48.37, "KW", "approximate, refinery site on the southern coast"), ["energy minister"], "site visit")],
  [Q("Kuwait City", "KW", 29.37, 47.97), Q("Manama", "BH", 26.23, 50.59)],
  "Kuwait City: arrival without engagements (~33 km from Ahmadi, inside the radius). Manama: onward.",
  ["arrival_only", "site_visit", "onward_leg"])

d = "2023-06-16"
N(16, d, """The Secretary visited Helsinki, Finland from 13 to 14 June 2023. During the visit, the Secretary met with President Sauli Niinistö and Foreign Minister Elina Valtonen. On 14 June the Secretary travelled to Rovaniemi to visit the Arctic Centre and met the Sámi Parliament's president there. The Secretary then departed for Oslo.""",
  [mt(["2023-06-13", "2023-06-14"], Q("Helsinki", "FI", 60.17, 24.94), ["Secretary", "Finland"]),
   ot("2023-06-14", Q("Rovaniemi", "FI", 66.50, 25.69), ["Secretary"], "site visit"),
   mt("2023-06-14", Q("Rovaniemi", "FI", 66.50, 25.69), ["Secretary", "Sámi Parliament"])],
  [Q("Oslo", "NO", 59.91, 10.75)],
  "'During the visit' meetings: visit range, one pin. Arctic Centre visit: kind other. Oslo: onward.",
  ["visit_range", "site_visit", "onward_leg"])

d = "2024-06-07"
N(17, d, """Travel of the Minister of Defence to Sweden, 4–5 June 2024.
4 June: Stockholm — meeting with the Swedish Minister for Defence Pål Jonson; address to the Folk och Försvar seminar.
5 June: Visby, Gotland — visit to the Gotland Regiment. Return to Warsaw.""",
  [mt("2024-06-04", Q("Stockholm", "SE", 59.33, 18.07), ["Poland", "Sweden"]),
   ot("2024-06-04", Q("Stockholm", "SE", 59.33, 18.07), ["Poland"], "speech"),
   ot("2024-06-05", Q("Visby", "SE", 57.64, 18.30), ["Poland", "Swedish army"], "base visit")],
  [Q("Warsaw", "PL", 52.23, 21.01)],
  "Regiment visit: kind other. Warsaw: return.",
  ["speech", "site_visit", "return_leg"])

d = "2023-08-04"
N(18, d, """Minister for Foreign Affairs: Pacific visit, 31 July – 3 August 2023.
31 July: transit through Nadi (refuelling).
1 August: Tarawa, Kiribati — courtesy call on President Taneti Maamau; meeting with the Minister for Fisheries.
2 August: Tarawa — visit to the seawall project in Betio.
3 August: a planned stop in Majuro, Marshall Islands, was replaced by a video conference with the Marshallese Foreign Minister held from Tarawa. Return to Tokyo via Fiji.""",
  [mt("2023-08-01", Q("Tarawa", "KI", 1.33, 172.98), ["Japan", "Kiribati"], "courtesy call"),
   ot("2023-08-02", Q("Tarawa", "KI", 1.33, 172.98), ["Japan"], "project visit")],
  [Q("Nadi", "FJ", -17.80, 177.42), Q("Majuro", "MH", 7.09, 171.38), Q("Tokyo", "JP", 35.69, 139.69)],
  "Nadi: refuelling. The Majuro stop was replaced by a video conference: no gold. Tokyo: return.",
  ["refuelling", "video_conference", "cancelled_event", "return_leg"])

d = "2024-09-13"
N(19, d, """Agenda del Canciller, visita oficial a la República del Paraguay (10–12 de septiembre de 2024).
10 de septiembre: Encarnación — reunión con el gobernador de Itapúa y visita a la represa de Yacyretá.
11 de septiembre: Ciudad del Este — encuentro con la Cámara de Comercio y reunión con el intendente.
12 de septiembre: se suspendió la escala en Asunción; regreso a Buenos Aires.""",
  [mt("2024-09-10", Q("Encarnacion", "PY", -27.33, -55.87, q="Encarnacion"), ["Argentina", "Itapúa governorate"]),
   ot("2024-09-10", M("Yacyretá dam", -27.48, -56.73, "PY", "approximate, dam on the Paraná west of Ayolas"), ["Argentina"], "site visit"),
   ot("2024-09-11", Q("Ciudad del Este", "PY", -25.50, -54.65), ["Argentina", "business"], "business event"),
   mt("2024-09-11", Q("Ciudad del Este", "PY", -25.50, -54.65), ["Argentina", "Ciudad del Este municipality"])],
  [Q("Asuncion", "PY", -25.29, -57.65, q="Asuncion"), Q("Buenos Aires", "AR", -34.60, -58.38)],
  "Spanish. The dam visit (~85 km from Encarnación): kind other. Suspended Asunción stop. Buenos Aires: return.",
  ["non_english", "site_visit", "business_event", "cancelled_event", "return_leg"])

d = "2022-03-04"
N(20, d, """Déplacement de la ministre déléguée au Sénégal, du 1er au 3 mars 2022.
1er mars : arrivée à Dakar ; nuit à Dakar.
2 mars : Saint-Louis — entretien avec le gouverneur de la région ; visite du chantier de protection de la Langue de Barbarie.
3 mars : Ziguinchor — rencontre avec les autorités régionales et les associations de femmes de Casamance. Retour à Paris.""",
  [mt("2022-03-02", Q("Saint-Louis", "SN", 16.02, -16.49), ["France", "Saint-Louis region"]),
   ot("2022-03-02", M("Langue de Barbarie", 15.95, -16.51, "SN", "approximate, sand spit south of Saint-Louis"), ["France"], "site visit"),
   mt("2022-03-03", Q("Ziguinchor", "SN", 12.57, -16.27), ["France", "Ziguinchor region"])],
  [Q("Dakar", "SN", 14.69, -17.44), Q("Paris", "FR", 48.86, 2.35)],
  "French. Dakar: arrival and overnight without engagements. Site visit: kind other. Paris: return.",
  ["non_english", "overnight_stop", "site_visit", "return_leg"])

d = "2023-11-24"
N(21, d, """Programa do Ministro dos Negócios Estrangeiros, visita a Angola, 21–23 de novembro de 2023.
21 de novembro: chegada a Luanda, sem compromissos públicos.
22 de novembro: Lobito — visita ao porto e ao terminal do Corredor do Lobito; encontro com o governador da província de Benguela.
23 de novembro: Benguela — encontro com a comunidade portuguesa. Regresso a Lisboa.""",
  [ot("2023-11-22", Q("Lobito", "AO", -12.36, 13.54), ["Portugal"], "port visit"),
   mt("2023-11-22", Q("Lobito", "AO", -12.36, 13.54), ["Portugal", "Benguela province"]),
   ot("2023-11-23", Q("Benguela", "AO", -12.58, 13.41), ["Portugal", "community"], "community event")],
  [Q("Luanda", "AO", -8.84, 13.23), Q("Lisbon", "PT", 38.72, -9.14)],
  "Portuguese. Luanda: arrival without engagements. Meeting with the governor pinned at Lobito, where it took place. Community event: kind other. Lisbon: return.",
  ["non_english", "arrival_only", "community_event", "return_leg"])

d = "2019-10-11"
N(22, d, """The Secretary of State visited Luxembourg from 8 to 9 October 2019. During the visit, the Secretary met with Prime Minister Xavier Bettel and Foreign Minister Jean Asselborn. On 9 October the Secretary travelled to Strasbourg, France, and addressed the Parliamentary Assembly of the Council of Europe.""",
  [mt(["2019-10-08", "2019-10-09"], Q("Luxembourg", "LU", 49.61, 6.13), ["Secretary", "Luxembourg"]),
   ot("2019-10-09", Q("Strasbourg", "FR", 48.58, 7.75), ["Secretary", "Council of Europe"], "speech")],
  [],
  "Composite. Visit-range meeting; Strasbourg speech: kind other.",
  ["visit_range", "speech"])

d = "2024-12-13"
N(23, d, """Visit of the Minister for Foreign Affairs to Cuba, 10–12 December 2024.
10 Dec: Havana — talks with Foreign Minister Bruno Rodríguez Parrilla; wreath-laying at the José Martí Memorial.
11 Dec: Havana — meeting with the Catholic Archbishop of Havana; visit to a Spanish-funded heritage restoration site in Old Havana.
12 Dec: departure for Santo Domingo; a planned stop in Cienfuegos was dropped.""",
  [mt("2024-12-10", Q("Havana", "CU", 23.13, -82.38), ["minister", "Cuba"]),
   ot("2024-12-10", Q("Havana", "CU", 23.13, -82.38), ["minister"], "memorial visit"),
   mt("2024-12-11", Q("Havana", "CU", 23.13, -82.38), ["minister", "Archdiocese of Havana"]),
   ot("2024-12-11", Q("Havana", "CU", 23.13, -82.38), ["minister"], "site visit")],
  [Q("Santo Domingo", "DO", 18.47, -69.89), Q("Cienfuegos", "CU", 22.15, -80.44)],
  "Two meetings in Havana on different days. Santo Domingo: onward; Cienfuegos: dropped.",
  ["memorial", "site_visit", "cancelled_event", "onward_leg"])

d = "2022-09-09"
N(24, d, """Under-Secretary-General for Humanitarian Affairs: mission to South Sudan, 6–8 September 2022.
6 Sept: Juba — meetings with the President and the Minister of Humanitarian Affairs.
7 Sept: Bentiu — visit to the displacement site and flood defences (day trip by air from Juba).
8 Sept: Juba — press conference; departure for Nairobi.""",
  [mt("2022-09-06", Q("Juba", "SS", 4.85, 31.58), ["OCHA", "South Sudan"]),
   ot("2022-09-07", Q("Bentiu", "SS", 9.23, 29.80), ["OCHA", "displaced people"], "site visit"),
   ot("2022-09-08", Q("Juba", "SS", 4.85, 31.58), ["OCHA"], "press conference")],
  [Q("Nairobi", "KE", -1.29, 36.82)],
  "Bentiu: site visit (kind other). Press conference: kind other. Nairobi: onward.",
  ["site_visit", "press_conference", "onward_leg"])

d = "2021-07-16"
N(25, d, """The Deputy Secretary visited Maseru, Lesotho from 12 to 13 July 2021, and Mbabane, Eswatini on 14 July 2021. In Maseru, the Deputy Secretary met Prime Minister Moeketsi Majoro. In Mbabane, the Deputy Secretary met the acting Prime Minister and civil society representatives; a planned audience with the King at Lozitha did not take place.""",
  [mt(["2021-07-12", "2021-07-13"], Q("Maseru", "LS", -29.32, 27.48), ["Deputy Secretary", "Lesotho"]),
   mt("2021-07-14", Q("Mbabane", "SZ", -26.32, 31.13), ["Deputy Secretary", "Eswatini"])],
  [M("Lozitha", -26.43, 31.17, "SZ", "approximate, royal residence south-east of Mbabane")],
  "Composite. The audience at Lozitha did not take place: no gold (Lozitha ~13 km from Mbabane, inside the radius).",
  ["visit_range", "not_held"])

d = "2024-10-04"
N(26, d, """Travel of the President of the Senate to Taiwan, 30 September – 3 October 2024.
30 Sept: Taipei — meeting with President Lai Ching-te; address to the Legislative Yuan.
1 Oct: Taipei — meeting with the Minister of Economic Affairs.
2 Oct: Kaohsiung — visit to a semiconductor plant; meeting with the Mayor of Kaohsiung.
3 Oct: return via Singapore.""",
  [mt("2024-09-30", Q("Taipei", "TW", 25.05, 121.53), ["Senate", "Taiwan"]),
   ot("2024-09-30", Q("Taipei", "TW", 25.05, 121.53), ["Senate"], "speech"),
   mt("2024-10-01", Q("Taipei", "TW", 25.05, 121.53), ["Senate", "Taiwan"]),
   ot("2024-10-02", Q("Kaohsiung", "TW", 22.62, 120.31), ["Senate"], "site visit"),
   mt("2024-10-02", Q("Kaohsiung", "TW", 22.62, 120.31), ["Senate", "Kaohsiung city"])],
  [Q("Singapore", "SG", 1.29, 103.85)],
  "Composite. Singapore: transit.",
  ["speech", "site_visit", "transit"])

d = "2023-04-28"
N(27, d, """Visit of the Minister of Foreign Affairs to Kazakhstan, 25–27 April 2023.
25 April: Astana — transit; no meetings.
26 April: Shymkent — meeting with the Akim of Shymkent; opening of an honorary consulate.
27 April: Taraz — visit to a joint wheat-processing venture. Return to Ankara.""",
  [mt("2023-04-26", Q("Shymkent", "KZ", 42.31, 69.60), ["Türkiye", "Shymkent city"]),
   ot("2023-04-26", Q("Shymkent", "KZ", 42.31, 69.60), ["Türkiye"], "inauguration"),
   ot("2023-04-27", Q("Taraz", "KZ", 42.90, 71.37), ["Türkiye", "business"], "business event")],
  [Q("Astana", "KZ", 51.18, 71.45), Q("Ankara", "TR", 39.92, 32.85)],
  "Composite. Astana: transit. Consulate opening and plant visit: kind other. Ankara: return.",
  ["transit", "inauguration", "business_event", "return_leg"])

d = "2022-10-21"
N(28, d, """Programme of the Deputy Prime Minister, visit to the Republic of Armenia, 18–20 October 2022.
18 Oct: Yerevan — overnight only; meetings moved to the following days.
19 Oct: Gyumri — meeting with the Governor of Shirak province; visit to the earthquake reconstruction quarter.
20 Oct: Dilijan — address at the Dilijan international conference on regional connectivity; meeting on the margins with the Georgian Foreign Minister.""",
  [mt("2022-10-19", Q("Gyumri", "AM", 40.79, 43.85), ["Deputy PM", "Shirak province"]),
   ot("2022-10-19", Q("Gyumri", "AM", 40.79, 43.85), ["Deputy PM"], "site visit"),
   ot("2022-10-20", Q("Dilijan", "AM", 40.74, 44.86), ["Deputy PM"], "speech"),
   mt("2022-10-20", Q("Dilijan", "AM", 40.74, 44.86), ["Deputy PM", "Georgia"], "margins meeting")],
  [Q("Yerevan", "AM", 40.18, 44.51)],
  "Composite. Yerevan: overnight without engagements.",
  ["overnight_stop", "site_visit", "speech", "margins"])

d = "2024-09-04"
N(29, d, """The Minister attended the Bled Strategic Forum in Bled, Slovenia on 2–3 September 2024, and spoke on the panel on Ukraine's reconstruction. On the margins, the Minister met the Foreign Ministers of Slovenia and Montenegro. On 4 September the Minister travelled to Ohrid, North Macedonia, for a bilateral meeting with the Macedonian Foreign Minister.""",
  [ot(["2024-09-02", "2024-09-03"], Q("Bled", "SI", 46.37, 14.12), ["minister"], "speech"),
   mt(["2024-09-02", "2024-09-03"], Q("Bled", "SI", 46.37, 14.12), ["minister", "Slovenia"], "margins meeting"),
   mt(["2024-09-02", "2024-09-03"], Q("Bled", "SI", 46.37, 14.12), ["minister", "Montenegro"], "margins meeting"),
   mt("2024-09-04", Q("Ohrid", "MK", 41.12, 20.80), ["minister", "North Macedonia"])],
  [],
  "Composite. Margins meetings undated within the forum: range.",
  ["margins", "speech", "visit_range"])

d = "2025-11-14"
N(30, d, """Travel of the Special Envoy for Climate to Brazil, 9–13 November 2025.
9 Nov: Manaus — visit to a forest monitoring station; overnight.
10–12 Nov: Belém — COP30. Bilateral meetings on the margins with Brazil's Minister of the Environment (10 Nov) and with the Indonesian delegation (11 Nov); statement in the plenary (12 Nov).
13 Nov: departure from Belém; a stop in Brasília was cancelled.""",
  [ot("2025-11-09", Q("Manaus", "BR", -3.10, -60.02), ["envoy"], "site visit"),
   mt("2025-11-10", Q("Belem", "BR", -1.46, -48.50, q="Belem"), ["envoy", "Brazil"], "margins meeting"),
   mt("2025-11-11", Q("Belem", "BR", -1.46, -48.50, q="Belem"), ["envoy", "Indonesia"], "margins meeting"),
   ot("2025-11-12", Q("Belem", "BR", -1.46, -48.50, q="Belem"), ["envoy"], "speech")],
  [Q("Brasilia", "BR", -15.79, -47.88, q="Brasilia")],
  "Composite. Cancelled Brasília stop.",
  ["margins", "site_visit", "speech", "cancelled_event"])
