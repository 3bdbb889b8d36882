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


ERB = Q("Erbil", "IQ", 36.19, 44.01)
BGD = Q("Baghdad", "IQ", 33.34, 44.40)
BEY = Q("Beirut", "LB", 33.89, 35.50)
AMM = Q("Amman", "JO", 31.96, 35.95)

# 1 Zakho
d = "2023-05-17"
N(1, d, """Deputy Special Representative for Iraq — travel, 14 May 2023.
The Deputy Special Representative travelled by road from Erbil to Zakho, Iraq, on 14 May 2023. In Zakho she met the Mayor and members of the district council to discuss the return of displaced families to Sinjar, and then visited the Ibrahim Khalil border crossing, where she was briefed by customs officials. She returned to Erbil the same evening.""",
  [mt("2023-05-14", Q("Zakho", "IQ", 37.15, 42.69, q="Zaxo"), ["UNAMI", "Zakho district council"]),
   ot("2023-05-14", M("Ibrahim Khalil border crossing", 37.12, 42.60, "IQ", "approximate, crossing south-west of Zakho on the Turkish border"), ["UNAMI", "customs officials"], "border crossing visit")],
  [ERB, Q("Sinjar", "IQ", 36.32, 41.87)],
  "One day. The crossing visit is kind other (~9 km from Zakho). Sinjar: topic. Erbil: origin and return.",
  ["kurdistan", "topic_place", "return_leg", "site_visit"])

# 2 Bkerke + Jounieh
d = "2021-03-08"
N(2, d, """Assistant Secretary for Near Eastern Affairs — Travel to Lebanon, March 3–4, 2021.
The Assistant Secretary arrived at Beirut on March 3. On March 3, he called on the Maronite Patriarch at Bkerke to discuss the formation of a new government. On March 4 he met civil society and youth groups in Jounieh. A planned stop in Byblos was dropped because of weather. He departed Beirut for Cyprus on the evening of March 4.""",
  [mt("2021-03-03", M("Bkerke", 33.99, 35.64, "LB", "approximate, patriarchal seat above Jounieh"), ["United States", "Maronite Patriarch"], alts=[Q("Jounieh", "LB", 33.98, 35.62)]),
   mt("2021-03-04", Q("Jounieh", "LB", 33.98, 35.62), ["United States", "civil society"])],
  [BEY, M("Byblos", 34.12, 35.65, "LB", "approximate, coastal town north of Jounieh")],
  "Bkerke (~3 km above Jounieh): Jounieh as alternate. Byblos: dropped leg. Beirut: arrival/departure. Cyprus: country only.",
  ["dropped_leg", "arrival_leg", "meeting"])

# 3 Mafraq
d = "2022-11-24"
N(3, d, """The Minister for Development visited Mafraq, Jordan, on 21 November 2022. During the visit, the Minister met the Governor of Mafraq to discuss water shortages in host communities, and toured the Mrajeeb al-Fhood refugee camp, run with the Emirati Red Crescent. The Minister then travelled to Amman for a dinner with donors.""",
  [mt("2022-11-21", Q("Mafraq", "JO", 32.34, 36.21), ["UK", "Mafraq governorate"]),
   ot("2022-11-21", M("Mrajeeb al-Fhood camp", 31.99, 36.14, "JO", "approximate, camp south-east of Zarqa"), ["UK", "refugees"], "camp visit")],
  [AMM],
  "One day. Camp visit: kind other. Amman: onward leg; the dinner is a community event without a stated meeting, and not the visit's stop (not gold).",
  ["site_visit", "onward_leg"])

# 4 Dammam
d = "2024-01-15"
N(4, d, """The Minister of Economy, Trade and Industry visited Dammam, Saudi Arabia, from 10 to 11 January 2024. During the visit, the Minister met the Governor of the Eastern Province and representatives of Saudi Aramco, and visited King Abdulaziz Port. The Minister had planned to continue to Kuwait but returned to Tokyo for the Diet session.""",
  [mt(["2024-01-10", "2024-01-11"], Q("Dammam", "SA", 26.43, 50.10), ["Japan", "Eastern Province"]),
   mt(["2024-01-10", "2024-01-11"], Q("Dammam", "SA", 26.43, 50.10), ["Japan", "Saudi Aramco"]),
   ot(["2024-01-10", "2024-01-11"], M("King Abdulaziz Port", 26.50, 50.20, "SA", "approximate, port north-east of central Dammam"), ["Japan"], "port visit")],
  [Q("Tokyo", "JP", 35.69, 139.69)],
  "Two undated meetings 'during the visit': the visit's range, same pin. Port visit kind other. Kuwait: cancelled leg, country only. Tokyo: return.",
  ["during_visit", "cancelled_leg", "return_leg", "gulf"])

# 5 Duqm
d = "2023-12-18"
N(5, d, """Visit of the Minister of State for External Affairs to Duqm, Oman (14 December 2023).
The Minister held talks with the Chairman of the Special Economic Zone Authority at Duqm and visited the Indian Navy's logistics facility at the port. The Minister had arrived from Muscat on the evening of 13 December and flew back to New Delhi after the visit.""",
  [mt("2023-12-14", M("Duqm", 19.66, 57.70, "OM", "approximate, port town on the Arabian Sea coast"), ["India", "SEZ Authority"]),
   ot("2023-12-14", M("Port of Duqm", 19.63, 57.72, "OM", "approximate, port south of Duqm town"), ["India", "Indian Navy"], "facility visit")],
  [Q("Muscat", "OM", 23.59, 58.41), Q("New Delhi", "IN", 28.61, 77.21)],
  "Duqm talks on 14 December; facility visit kind other (~4 km). Muscat: arrival leg without engagements. New Delhi: return.",
  ["gulf", "site_visit", "meeting"])

# 6 Gaziantep + Antakya
d = "2023-02-16"
N(6, d, """Travel of the Emergency Relief Coordinator to Türkiye, 12–13 February 2023.
12 February: Gaziantep — meeting with the AFAD provincial coordinator and with Syrian NGOs working cross-border; press conference.
13 February: Antakya — visit to collapsed residential areas and a tent settlement; meeting with the Governor of Hatay at the crisis centre.
The Coordinator then travelled to Aleppo through the Bab al-Hawa crossing on 14 February (see separate note).""",
  [mt("2023-02-12", Q("Gaziantep", "TR", 37.06, 37.38), ["OCHA", "AFAD"]),
   mt("2023-02-12", Q("Gaziantep", "TR", 37.06, 37.38), ["OCHA", "Syrian NGOs"]),
   ot("2023-02-12", Q("Gaziantep", "TR", 37.06, 37.38), ["OCHA"], "press conference"),
   ot("2023-02-13", Q("Antakya", "TR", 36.21, 36.16), ["OCHA"], "site visit"),
   mt("2023-02-13", Q("Antakya", "TR", 36.21, 36.16), ["OCHA", "Hatay governorate"])],
  [Q("Aleppo", "SY", 36.20, 37.16), M("Bab al-Hawa crossing", 36.23, 36.67, "SY", "approximate, crossing west of Aleppo")],
  "Press conference and site visit kind other. Aleppo and Bab al-Hawa: travel on 14 February without an engagement in this record: non-event places.",
  ["multi_stop", "site_visit", "later_leg"])

# 7 Şanlıurfa
d = "2019-10-04"
N(7, d, """The Commissioner for Neighbourhood visited Şanlıurfa, Turkey on 1 October 2019. The Commissioner met the Governor of Şanlıurfa and the President of the Turkish Red Crescent, and inaugurated an EU-funded school for Syrian and Turkish children. A visit to Akçakale near the Syrian border was cancelled for security reasons.""",
  [mt("2019-10-01", Q("Şanlıurfa", "TR", 37.17, 38.79, q="Sanliurfa"), ["EU", "Şanlıurfa governorate"]),
   mt("2019-10-01", Q("Şanlıurfa", "TR", 37.17, 38.79, q="Sanliurfa"), ["EU", "Turkish Red Crescent"]),
   ot("2019-10-01", Q("Şanlıurfa", "TR", 37.17, 38.79, q="Sanliurfa"), ["EU"], "school inauguration")],
  [Q("Akçakale", "TR", 36.71, 38.95, q="Akcakale")],
  "Two meetings and an inauguration (kind other). Akçakale: cancelled leg (~52 km).",
  ["cancelled_leg", "community_event"])

# 8 Bushehr
d = "2021-09-10"
N(8, d, """Deputy Director General of the State Atomic Energy Corporation — visit to the Islamic Republic of Iran, 6–8 September 2021.
The delegation flew to Bushehr on 6 September, where it held talks with the management of the Bushehr nuclear power plant on fuel supply and the construction of units 2 and 3, and toured the construction site. The delegation returned to Moscow on 8 September; a meeting with the Vice-President in Tehran is planned for October.""",
  [mt("2021-09-06", Q("Bushehr", "IR", 28.97, 50.84), ["Rosatom", "NPPD"]),
   ot(["2021-09-06", "2021-09-07"], M("Bushehr nuclear power plant", 28.83, 50.89, "IR", "approximate, plant south-east of Bushehr city"), ["Rosatom"], "site visit")],
  [Q("Moscow", "RU", 55.75, 37.62), Q("Tehran", "IR", 35.69, 51.42)],
  "The Bushehr talks on arrival day. The site tour has no day beyond the stay (6-7 September, before the 8 September return). Moscow: return. Tehran: future meeting.",
  ["site_visit", "multi_stop"])

# 9 Al-Ghaydah
d = "2022-10-06"
N(9, d, """British Ambassador to Yemen — visit to Al-Mahra, 2 October 2022.
The Ambassador visited Al-Ghaydah, capital of Al-Mahra governorate, and met the Governor and local tribal leaders to discuss security on the border with Oman and the humanitarian situation. He also met members of the coast guard at Nishtun port. The Ambassador travelled on to Seiyun, where a meeting with Hadhramaut officials had been planned but was postponed.""",
  [mt("2022-10-02", Q("Al-Ghaydah", "YE", 16.21, 52.18, q="Al Ghaydah"), ["UK", "Al-Mahra governorate"]),
   mt("2022-10-02", M("Nishtun", 15.82, 52.19, "YE", "approximate, port east of Al-Ghaydah"), ["UK", "Yemen coast guard"])],
  [Q("Seiyun", "YE", 15.94, 48.79, q="Sayun")],
  "Nishtun (~43 km) is a separate meeting place. Seiyun: travel only; its meeting was postponed.",
  ["postponed", "onward_leg"])

# 10 Ismailia
d = "2024-02-28"
N(10, d, """The Minister of Foreign Affairs travelled to Ismailia, Egypt, on 25 February 2024. During the visit, the Minister met the Chairman of the Suez Canal Authority to discuss the impact of Red Sea attacks on shipping, and was given a briefing at the canal's navigation centre. The Minister spoke by phone from Ismailia with the Foreign Minister of Egypt, who was in Geneva.""",
  [mt("2024-02-25", Q("Ismailia", "EG", 30.60, 32.27), ["Greece", "Suez Canal Authority"]),
   E("call", "phone call", "2024-02-25", Q("Ismailia", "EG", 30.60, 32.27), ["Greece", "Egypt"], alts=[Q("Geneva", "CH", 46.20, 6.14)])],
  [],
  "The briefing is part of the meeting. The call: at the stated place where the caller was, with Geneva as alternate. Red Sea: topic region.",
  ["call_from_venue", "topic_place"])

# 11 Hebron
d = "2022-06-09"
N(11, d, """EU Representative — field visit to Hebron, 7 June 2022.
The EU Representative, together with heads of mission of EU member states, visited the Old City of Hebron and the Ibrahimi Mosque area, where they were briefed by the Hebron Rehabilitation Committee. The delegation met the Mayor of Hebron at the municipality. A planned visit to Masafer Yatta was called off after Israeli authorities declared the area closed.""",
  [ot("2022-06-07", Q("Hebron", "PS", 31.53, 35.09), ["EU"], "field visit"),
   mt("2022-06-07", Q("Hebron", "PS", 31.53, 35.09), ["EU", "Hebron municipality"])],
  [M("Masafer Yatta", 31.40, 35.15, "PS", "approximate, hamlets south of Yatta")],
  "Field visit kind other; the mayor meeting is scored. Masafer Yatta: called-off leg (prior gold name, non-event only).",
  ["cancelled_leg", "site_visit"])

# 12 Ofakim
d = "2023-11-02"
N(12, d, """Visit of the Federal President to Israel, 29–30 October 2023.
On 29 October the President visited Ofakim, where he laid a wreath at a memorial for residents killed on 7 October and met the head of the local council and bereaved families. On 30 October he flew back to Berlin from Tel Aviv; talks with the Prime Minister had taken place in Jerusalem on an earlier visit.""",
  [ot("2023-10-29", Q("Ofakim", "IL", 31.31, 34.62, q="Ofaqim"), ["Germany"], "wreath laying"),
   mt("2023-10-29", Q("Ofakim", "IL", 31.31, 34.62, q="Ofaqim"), ["Germany", "Ofakim local council"])],
  [Q("Berlin", "DE", 52.52, 13.40), Q("Tel Aviv", "IL", 32.08, 34.78), Q("Jerusalem", "IL", 31.78, 35.22)],
  "Composite. Wreath laying kind other; one meeting (with the council and the families). The 7 October attack is a back-reference. Tel Aviv: departure; Jerusalem: earlier visit without a date; Berlin: return.",
  ["memorial", "back_reference", "multi_stop"])

# 13 Larnaca
d = "2024-03-11"
N(13, d, """The Commissioner for Crisis Management visited Larnaca, Cyprus, on 8 March 2024. During the visit, the Commissioner met the President of Cyprus at the port of Larnaca and attended the loading of the first vessel of the Amalthea maritime corridor for Gaza. The vessel was expected to arrive off Gaza within two days.""",
  [mt("2024-03-08", Q("Larnaca", "CY", 34.92, 33.63), ["EU", "Cyprus"]),
   ot("2024-03-08", Q("Larnaca", "CY", 34.92, 33.63), ["EU", "Cyprus"], "ceremony")],
  [Q("Gaza City", "PS", 31.50, 34.47)],
  "Meeting and loading ceremony (kind other) at Larnaca. Gaza: destination of a future voyage.",
  ["future_event", "destination_place", "community_event"])

# 14 Kut
d = "2021-04-22"
N(14, d, """The Ambassador travelled to Kut, Wasit governorate, on 19 April 2021. The Ambassador met the Governor of Wasit and the provincial council to discuss water management along the Tigris, and visited a water treatment plant rehabilitated with Dutch funding. She returned to Baghdad the next morning.""",
  [mt("2021-04-19", Q("Kut", "IQ", 32.51, 45.82, q="Al-Kut"), ["Netherlands", "Wasit governorate"]),
   ot("2021-04-19", Q("Kut", "IQ", 32.51, 45.82, q="Al-Kut"), ["Netherlands"], "site visit")],
  [BGD],
  "Overnight in Kut, no further engagements. Baghdad: return.",
  ["return_leg", "site_visit"])

# 15 Tabqa
d = "2019-11-20"
N(15, d, """Deputy Special Envoy for Syria — travel to northeast Syria, 16–17 November 2019.
The Deputy Special Envoy crossed into Syria at Semalka on 16 November and travelled to Tabqa, where he met the leadership of the Syrian Democratic Council and the Raqqa Civil Council on 17 November. He also toured the Tabqa Dam. The Deputy Envoy did not travel to Raqqa city as planned.""",
  [mt("2019-11-17", Q("Tabqa", "SY", 35.84, 38.55, q="Al-Tabqa"), ["United States", "SDC"]),
   mt("2019-11-17", Q("Tabqa", "SY", 35.84, 38.55, q="Al-Tabqa"), ["United States", "Raqqa Civil Council"]),
   ot("2019-11-17", M("Tabqa Dam", 35.87, 38.57, "SY", "approximate, dam north of Tabqa town"), ["United States"], "site visit")],
  [M("Semalka crossing", 37.08, 42.36, "SY", "approximate, river crossing from Iraq near Fishkhabour"), Q("Raqqa", "SY", 35.95, 39.01, q="Ar Raqqah")],
  "The Raqqa Civil Council meets in Tabqa here: a body named after a city is not the place. Raqqa city: dropped leg (~45 km). Semalka: transit.",
  ["dropped_leg", "transit", "qualifier_name"])

# 16 Uzhhorod
d = "2024-02-01"
N(16, d, """Foreign Minister — working visit to Uzhhorod, Ukraine (29 January 2024).
The Foreign Minister met the Minister of Foreign Affairs of Ukraine and the Head of the Office of the President in Uzhhorod to discuss the rights of the Hungarian minority in Transcarpathia and the preparation of a meeting between the two countries' leaders. The Minister returned to Budapest the same day.""",
  [mt("2024-01-29", Q("Uzhhorod", "UA", 48.62, 22.30), ["Hungary", "Ukraine"])],
  [Q("Budapest", "HU", 47.50, 19.04)],
  "One meeting with two counterparts (one pin). A future leaders' meeting: not gold. Budapest: return.",
  ["future_event", "return_leg"])

# 17 Rzeszów
d = "2022-03-28"
N(17, d, """The Secretary travelled to Rzeszów, Poland, on 25 March 2022. During the visit, the Secretary met the Voivode of Podkarpackie at the regional office and visited a reception centre for refugees from Ukraine at the Rzeszów exhibition hall. The Secretary met troops of the 82nd Airborne Division at Jasionka airport before departing for Warsaw.""",
  [mt("2022-03-25", Q("Rzeszów", "PL", 50.04, 22.00, q="Rzeszow"), ["United States", "Podkarpackie voivodeship"]),
   ot("2022-03-25", Q("Rzeszów", "PL", 50.04, 22.00, q="Rzeszow"), ["United States", "refugees"], "reception centre visit"),
   ot("2022-03-25", M("Jasionka airport", 50.11, 22.02, "PL", "approximate, airport north of Rzeszów"), ["United States", "US troops"], "troop visit")],
  [Q("Warsaw", "PL", 52.23, 21.01)],
  "Troop visit kind other. Warsaw: onward leg.",
  ["onward_leg", "site_visit"])

# 18 Bălți
d = "2023-07-07"
N(18, d, """Ministry of Foreign Affairs of Romania — travel record: The Minister visited Bălți, Republic of Moldova, on 4 July 2023. During the visit, the Minister met the Mayor of Bălți and representatives of the Romanian community, and opened a consular office. An evening meeting with the President of Moldova in Chișinău was cancelled at short notice.""",
  [mt("2023-07-04", Q("Bălți", "MD", 47.76, 27.93, q="Balti"), ["Romania", "Bălți municipality"]),
   mt("2023-07-04", Q("Bălți", "MD", 47.76, 27.93, q="Balti"), ["Romania", "Romanian community"]),
   ot("2023-07-04", Q("Bălți", "MD", 47.76, 27.93, q="Balti"), ["Romania"], "office opening")],
  [Q("Chișinău", "MD", 47.01, 28.86, q="Chisinau")],
  "Cancelled meeting in Chișinău: non-event. Opening of the consular office kind other.",
  ["community_event", "multi_stop"])

# 19 Atyrau
d = "2024-06-14"
N(19, d, """Visit of the Energy Commissioner to Atyrau, Kazakhstan, 10–11 June 2024.
During the visit, the Commissioner met the akim of Atyrau region and executives of the Tengizchevroil consortium, and visited the Atyrau refinery. The Commissioner was due to attend a forum in Aktau on 12 June; the forum was postponed to the autumn.""",
  [mt(["2024-06-10", "2024-06-11"], Q("Atyrau", "KZ", 47.11, 51.88), ["EU", "Atyrau region"]),
   mt(["2024-06-10", "2024-06-11"], Q("Atyrau", "KZ", 47.11, 51.88), ["EU", "Tengizchevroil"]),
   ot(["2024-06-10", "2024-06-11"], Q("Atyrau", "KZ", 47.11, 51.88), ["EU"], "refinery visit")],
  [Q("Aktau", "KZ", 43.65, 51.16)],
  "Undated meetings during the visit: its range. Aktau: postponed forum.",
  ["during_visit", "postponed"])

# 20 Lodwar + Kakuma
d = "2022-05-13"
N(20, d, """High Commissioner — mission to Kenya, 9–10 May 2022.
9 May: Lodwar — meeting with the Governor of Turkana County and county officials on the integration of refugees in the local economy.
10 May: Kakuma — visit to Kakuma refugee camp and the Kalobeyei settlement; town hall with refugee leaders.
The High Commissioner flew back to Nairobi on 10 May, where talks with the Cabinet Secretary for the Interior were postponed.""",
  [mt("2022-05-09", Q("Lodwar", "KE", 3.12, 35.60), ["UNHCR", "Turkana County"]),
   ot("2022-05-10", Q("Kakuma", "KE", 3.71, 34.86), ["UNHCR", "refugees"], "camp visit, town hall")],
  [Q("Nairobi", "KE", -1.29, 36.82)],
  "Camp visit and town hall kind other. Nairobi: return; talks postponed.",
  ["postponed", "site_visit", "return_leg"])

# 21 Hawassa
d = "2019-12-05"
N(21, d, """The Minister of State for Africa visited Hawassa, Ethiopia, from 1 to 2 December 2019, shortly after the Sidama referendum. During the visit, she met the President of the Southern Nations region and Sidama community elders, and visited a textile factory at the Hawassa Industrial Park.""",
  [mt(["2019-12-01", "2019-12-02"], Q("Hawassa", "ET", 7.06, 38.48, q="Awasa"), ["UK", "SNNPR"]),
   mt(["2019-12-01", "2019-12-02"], Q("Hawassa", "ET", 7.06, 38.48, q="Awasa"), ["UK", "Sidama elders"]),
   ot(["2019-12-01", "2019-12-02"], Q("Hawassa", "ET", 7.06, 38.48, q="Awasa"), ["UK"], "factory visit")],
  [],
  "Two undated meetings during the visit, same pin; factory visit kind other. The referendum is a background event without a day.",
  ["during_visit", "background_event"])

# 22 Berbera
d = "2023-03-10"
N(22, d, """Assistant Secretary for African Affairs — travel to Berbera, 7 March 2023.
The Assistant Secretary flew from Djibouti to Berbera, where she met the Somaliland Minister of Foreign Affairs and toured the port and the Berbera corridor logistics hub. A meeting with the Somaliland president in Hargeisa was not possible because of the conflict in Las Anod.""",
  [mt("2023-03-07", Q("Berbera", "SO", 10.44, 45.01), ["United States", "Somaliland"]),
   ot("2023-03-07", Q("Berbera", "SO", 10.44, 45.01), ["United States"], "port visit")],
  [Q("Djibouti", "DJ", 11.59, 43.15), Q("Hargeisa", "SO", 9.56, 44.06), Q("Las Anod", "SO", 8.48, 47.36, q="Laascaanood")],
  "Hargeisa: a meeting that could not take place. Las Anod: topic (the conflict), not an event here. Djibouti: origin.",
  ["cancelled_meeting", "topic_place", "origin_place"])

# 23 Abéché (French)
d = "2024-04-19"
N(23, d, f"""Déplacement de la ministre déléguée au Développement à Abéché (Tchad), du 15 au 16 avril 2024.
Le 15 avril, la ministre s'est entretenue avec le gouverneur de la province du Ouaddaï à Abéché sur l'accueil des réfugiés soudanais. Le 16 avril, elle s'est rendue au camp de Farchana, où elle a rencontré des responsables du HCR et des représentants des réfugiés. La ministre a regagné N'Djamena dans la soirée.""",
  [mt("2024-04-15", Q("Abéché", "TD", 13.83, 20.83, q="Abeche"), ["France", "Ouaddaï province"]),
   mt("2024-04-16", M("Farchana camp", 13.63, 21.80, "TD", "approximate, refugee camp east of Abéché toward Adré"), ["France", "UNHCR", "refugees"])],
  [Q("N'Djamena", "TD", 12.11, 15.04)],
  "In French. Meetings with UNHCR at Farchana (~105 km from Abéché) are scored meetings. N'Djamena: return.",
  ["non_english", "multi_stop", "return_leg"])

# 24 Agadez
d = "2021-11-12"
N(24, d, """Director General — travel to Agadez, Niger, 8–9 November 2021.
On 8 November the Director General met the President of the Regional Council of Agadez and the Sultan of Aïr. On 9 November he visited the IOM transit centre for migrants returned from Algeria and Libya. A planned visit to Arlit was cancelled for security reasons.""",
  [mt("2021-11-08", Q("Agadez", "NE", 16.97, 7.99), ["IOM", "Agadez regional council"]),
   mt("2021-11-08", Q("Agadez", "NE", 16.97, 7.99), ["IOM", "Sultan of Aïr"]),
   ot("2021-11-09", Q("Agadez", "NE", 16.97, 7.99), ["IOM", "migrants"], "transit centre visit")],
  [Q("Arlit", "NE", 18.74, 7.39)],
  "Arlit: cancelled leg. Algeria/Libya: countries only.",
  ["cancelled_leg", "country_only", "site_visit"])

# 25 Cox's Bazar
d = "2023-08-30"
N(25, d, """Special Envoy on Myanmar — visit to Cox's Bazar, Bangladesh, 26–27 August 2023.
During the visit, the Special Envoy met the Refugee Relief and Repatriation Commissioner and Rohingya women's groups, and visited the camps at Kutupalong. The envoy also visited Bhasan Char on 27 August by navy vessel from Chittagong.""",
  [mt(["2023-08-26", "2023-08-27"], Q("Cox's Bazar", "BD", 21.44, 92.01, q="Cox's Bazar"), ["UN", "RRRC"]),
   mt(["2023-08-26", "2023-08-27"], Q("Cox's Bazar", "BD", 21.44, 92.01, q="Cox's Bazar"), ["UN", "Rohingya women's groups"]),
   ot(["2023-08-26", "2023-08-27"], M("Kutupalong camps", 21.21, 92.16, "BD", "approximate, camps south of Cox's Bazar near Ukhia"), ["UN", "refugees"], "camp visit"),
   ot("2023-08-27", M("Bhasan Char", 22.37, 91.40, "BD", "approximate, island in the Bay of Bengal"), ["UN", "refugees"], "island visit")],
  [Q("Chittagong", "BD", 22.34, 91.83, q="Chattogram")],
  "Undated meetings during the visit: range. Camp and island visits kind other. Chittagong: departure point of the vessel.",
  ["during_visit", "site_visit", "origin_place"])

# 26 Mae Sot
d = "2024-05-09"
N(26, d, """Parliamentary Under-Secretary — travel to Thailand, 5–6 May 2024.
5 May: Mae Sot, Tak province — meeting with the Governor of Tak on the situation across the border in Myawaddy; visit to a migrant clinic.
6 May: return to London via Bangkok; a meeting at the Ministry of Foreign Affairs was cancelled.""",
  [mt("2024-05-05", Q("Mae Sot", "TH", 16.72, 98.57), ["UK", "Tak province"]),
   ot("2024-05-05", Q("Mae Sot", "TH", 16.72, 98.57), ["UK"], "clinic visit")],
  [Q("Myawaddy", "MM", 16.69, 98.51), Q("Bangkok", "TH", 13.75, 100.50), Q("London", "GB", 51.51, -0.13)],
  "Myawaddy: topic across the border (~6 km, inside the radius). Bangkok: transit, its meeting cancelled. London: return.",
  ["topic_place", "multi_stop"])

# 27 Lahore
d = "2022-02-18"
N(27, d, """The High Commissioner visited Lahore on 15 February 2022. During the visit, the High Commissioner called on the Chief Minister of Punjab and the Governor of Punjab, and addressed students at the Lahore University of Management Sciences. A visit to Kartarpur was postponed.""",
  [mt("2022-02-15", Q("Lahore", "PK", 31.56, 74.35), ["Canada", "Punjab government"]),
   mt("2022-02-15", Q("Lahore", "PK", 31.56, 74.35), ["Canada", "Governor of Punjab"]),
   ot("2022-02-15", Q("Lahore", "PK", 31.56, 74.35), ["Canada"], "speech")],
  [M("Kartarpur", 32.09, 75.01, "PK", "approximate, Kartarpur corridor near Narowal")],
  "Two calls-on (meetings) and a speech (kind other). Kartarpur: postponed leg.",
  ["postponed", "speech"])

# 28 Da Nang
d = "2023-09-22"
N(28, d, """Secretary of Commerce — trade mission, Viet Nam.
The Secretary visited Da Nang, Viet Nam from 18 to 19 September 2023. During the visit, the secretary met with the Chairman of the Da Nang People's Committee and with U.S. semiconductor investors, and toured the Tien Sa port. The Secretary travelled on to Ho Chi Minh City on 20 September.""",
  [mt(["2023-09-18", "2023-09-19"], Q("Da Nang", "VN", 16.07, 108.22), ["United States", "Da Nang People's Committee"]),
   mt(["2023-09-18", "2023-09-19"], Q("Da Nang", "VN", 16.07, 108.22), ["United States", "US investors"]),
   ot(["2023-09-18", "2023-09-19"], Q("Da Nang", "VN", 16.07, 108.22), ["United States"], "port visit")],
  [Q("Ho Chi Minh City", "VN", 10.82, 106.63)],
  "Undated meetings during the visit: range. Ho Chi Minh City: onward leg after the record's range (no engagement given).",
  ["during_visit", "onward_leg"])

# 29 Cusco (Spanish)
d = "2022-05-20"
N(29, d, """Viaje oficial del Secretario de Estado para Iberoamérica a Cusco (Perú), 16 y 17 de mayo de 2022.
Durante la visita, el Secretario de Estado se reunió con el gobernador regional de Cusco y con representantes de comunidades quechuas, y visitó un proyecto de cooperación en el Valle Sagrado. Estaba prevista una reunión en Lima con el canciller, que se celebrará finalmente en junio en Madrid.""",
  [mt(["2022-05-16", "2022-05-17"], Q("Cusco", "PE", -13.53, -71.97), ["Spain", "Cusco regional government"]),
   mt(["2022-05-16", "2022-05-17"], Q("Cusco", "PE", -13.53, -71.97), ["Spain", "Quechua communities"]),
   ot(["2022-05-16", "2022-05-17"], M("Sacred Valley", -13.33, -72.08, "PE", "approximate, valley at Urubamba north of Cusco"), ["Spain"], "project visit")],
  [Q("Lima", "PE", -12.05, -77.04), Q("Madrid", "ES", 40.42, -3.70)],
  "In Spanish. 'Durante la visita': range. Lima: planned meeting moved; Madrid: future meeting.",
  ["non_english", "during_visit", "future_event", "replaced"])

# 30 Monterrey
d = "2025-03-07"
N(30, d, """The Secretary of Homeland Security travelled to Monterrey, Mexico, on 4 March 2025. During the visit, the Secretary met the Governor of Nuevo León and officials of Mexico's National Guard on border security, and visited a cargo inspection facility. The Secretary was scheduled to continue to Mexico City, but the stop was replaced by a video call with Mexico's Security Secretary from Monterrey.""",
  [mt("2025-03-04", Q("Monterrey", "MX", 25.68, -100.32), ["United States", "Nuevo León"]),
   mt("2025-03-04", Q("Monterrey", "MX", 25.68, -100.32), ["United States", "National Guard"]),
   ot("2025-03-04", Q("Monterrey", "MX", 25.68, -100.32), ["United States"], "facility visit"),
   E("call", "video call", "2025-03-04", Q("Monterrey", "MX", 25.68, -100.32), ["United States", "Mexico"], alts=[Q("Mexico City", "MX", 19.43, -99.13)])],
  [],
  "Replaced stop: the Mexico City leg is not gold; the video call from Monterrey is a call at the stated place of the caller, with Mexico City as alternate. Other homonym Monterreys rejected by position.",
  ["replaced", "call_from_venue", "homonym"])
