from lib import *
R = "travel_record"
DOCS = []
add = DOCS.append
TR = "Travel record: one event per stop with its stated day(s); arrivals, departures, transits and returns are not events."
ND = P("New Delhi", "IN", pick=1)

# 1 ---------------------------------------------------------------- EAM Colombo
d = "2024-06-22"
add(D(R, 1, d, """Visit of External Affairs Minister to Sri Lanka (20 June 2024)

External Affairs Minister Dr. S. Jaishankar paid an official visit to Colombo, Sri Lanka on 20 June 2024, his first bilateral visit after assuming office for a second term. EAM called on President Ranil Wickremesinghe and held discussions with Prime Minister Dinesh Gunawardena and Foreign Minister Ali Sabry. He also met leaders of Tamil political parties.

EAM returned to New Delhi the same evening.""",
  [E("meeting", "visit", "2024-06-20", P("Colombo", "LK"), ["S. Jaishankar", "Ranil Wickremesinghe", "Ali Sabry"])],
  [ND],
  TR + " New Delhi: return leg.",
  ["travel_record", "return_leg"]))

# 2 ---------------------------------------------------------------- Kishida Africa tour
d = "2023-05-08"
add(D(R, 2, d, """Prime Minister Kishida's visit to Africa

Prime Minister Kishida Fumio visited Egypt, Ghana, Kenya and Mozambique from 29 April to 5 May 2023.

In Cairo, on 30 April, the Prime Minister held a summit meeting with President Abdel Fattah El-Sisi. On 1 May he visited Accra, Ghana, where he met President Nana Akufo-Addo. From 2 to 3 May he was in Nairobi for talks with President William Ruto, and on 4 May he held a summit meeting with President Filipe Nyusi in Maputo. The Prime Minister departed Maputo for Tokyo on 5 May, transiting through Singapore.""",
  [E("meeting", "summit", "2023-04-30", P("Cairo", "EG"), ["Kishida Fumio", "Abdel Fattah El-Sisi"]),
   E("meeting", "visit", "2023-05-01", P("Accra", "GH"), ["Kishida Fumio", "Nana Akufo-Addo"]),
   E("meeting", "visit", ["2023-05-02", "2023-05-03"], P("Nairobi", "KE"), ["Kishida Fumio", "William Ruto"]),
   E("meeting", "summit", "2023-05-04", P("Maputo", "MZ"), ["Kishida Fumio", "Filipe Nyusi"])],
  [P("Tokyo", "JP"), P("Singapore", "SG")],
  TR + " Four stops. Singapore transit and Tokyo return not events.",
  ["travel_record", "multi_event", "date_range", "transit", "return_leg"]))

# 3 ---------------------------------------------------------------- Fidan Damascus
d = "2024-12-23"
add(D(R, 3, d, f"""Visit of Foreign Minister Hakan Fidan to Syria, 22 December 2024

Minister of Foreign Affairs Hakan Fidan visited Damascus on {WD(d,-1)}, 22 December 2024, where he was received by Ahmed al-Sharaa, leader of the new Syrian administration. The sides discussed the transition process, the return of refugees and the fight against terrorist organisations in the north-east of the country.

Minister Fidan departed for Ankara after the meeting.""",
  [E("meeting", "visit", "2024-12-22", P("Damascus", "SY"), ["Hakan Fidan", "Ahmed al-Sharaa"])],
  [P("Ankara", "TR")],
  TR + " North-east Syria is a topic.",
  ["travel_record", "weekday_date", "return_leg", "topic_place"]))

# 4 ---------------------------------------------------------------- Guterres Somalia
d = "2023-04-13"
add(D(R, 4, d, """Secretary-General's travels: Somalia, 11–12 April 2023

The Secretary-General arrived in Mogadishu on 11 April 2023 for a solidarity visit. He met President Hassan Sheikh Mohamud and members of the Federal Government. On 12 April he travelled to Baidoa, South West State, where he visited a camp for internally displaced people and met families who had fled drought in the Bay region.

He returned to Mogadishu later that day and departed for New York.""",
  [E("meeting", "visit", "2023-04-11", P("Mogadishu", "SO"), ["António Guterres", "Hassan Sheikh Mohamud"]),
   E("other", "site visit", "2023-04-12", P("Baidoa", "SO"), ["António Guterres", "displaced people"])],
  [P("New York City", "US", "New York City")],
  TR + " IDP-camp visit at Baidoa: site visit (kind other). Return to Mogadishu the same day is a transit, not a second event.",
  ["travel_record", "site_visit", "return_leg"]))

# 5 ---------------------------------------------------------------- Modi Poland + Ukraine
d = "2024-08-24"
add(D(R, 5, d, """Visit of Prime Minister to Poland and Ukraine (21–23 August 2024)

Prime Minister paid an official visit to Warsaw, Poland on 21–22 August 2024, the first by an Indian Prime Minister in 45 years, and held talks with Prime Minister Donald Tusk on 22 August.

Prime Minister travelled from Przemyśl by train overnight and arrived in Kyiv on 23 August 2024, where he held talks with President Volodymyr Zelensky at the Mariinskyi Palace. Earlier, the Prime Minister paid homage at the Martyrologist exposition on children. Prime Minister left Ukraine the same evening.""",
  [E("meeting", "visit", ["2024-08-21", "2024-08-22"], P("Warsaw", "PL"), ["Narendra Modi", "Donald Tusk"]),
   E("meeting", "visit", "2024-08-23", P("Kyiv", "UA"), ["Narendra Modi", "Volodymyr Zelensky"])],
  [P("Przemyśl", "PL", "Przemysl")],
  TR + " Two stops; Przemyśl is a transit (train).",
  ["travel_record", "multi_event", "date_range", "transit"]))

# 6 ---------------------------------------------------------------- Ishaq Dar Kabul
d = "2025-04-20"
add(D(R, 6, d, f"""Deputy Prime Minister / Foreign Minister's visit to Kabul

Deputy Prime Minister and Foreign Minister Senator Mohammad Ishaq Dar undertook a day-long visit to Kabul on {WD(d,-1)}, 19 April 2025. He held a delegation-level meeting with Acting Foreign Minister Amir Khan Muttaqi and called on Acting Prime Minister Mullah Mohammad Hassan Akhund.

Matters relating to trade and transit through Torkham, refugees and security were discussed. The Acting Foreign Minister will visit Islamabad at a mutually convenient date.""",
  [E("meeting", "visit", "2025-04-19", P("Kabul", "AF"), ["Ishaq Dar", "Amir Khan Muttaqi"])],
  [P("Islamabad", "PK"), M("Torkham", 34.12, 71.09, "PK", "approximate, border crossing")],
  TR + " Future return visit to Islamabad not gold; Torkham a topic.",
  ["travel_record", "weekday_date", "future_event", "topic_place"]))

# 7 ---------------------------------------------------------------- Lula China + Abu Dhabi
d = "2023-04-17"
add(D(R, 7, d, """State visit of the President of the Republic to the People's Republic of China (12–15 April 2023)

President Luiz Inácio Lula da Silva arrived in Shanghai on 12 April. On 13 April he attended the inauguration of former President Dilma Rousseff as head of the New Development Bank and visited the Huawei research centre.

On 14 April, in Beijing, President Lula was received by President Xi Jinping at the Great Hall of the People; fifteen agreements were signed. On the way back to Brasília, the President made a stop in Abu Dhabi on 15 April, where he met President Mohamed bin Zayed.""",
  [E("meeting", "visit", "2023-04-13", P("Shanghai", "CN"), ["Lula da Silva", "Dilma Rousseff", "New Development Bank"]),
   E("meeting", "state visit", "2023-04-14", P("Beijing", "CN"), ["Lula da Silva", "Xi Jinping"]),
   E("meeting", "visit", "2023-04-15", P("Abu Dhabi", "AE"), ["Lula da Silva", "Mohamed bin Zayed"])],
  [P("Brasília", "BR", "Brasilia")],
  TR + " Three stops, including a meeting during the return stop. Arrival day 12 April not an event.",
  ["travel_record", "multi_event", "return_leg"]))

# 8 ---------------------------------------------------------------- Spanish: Chilean FM to Lima
d = "2024-10-10"
add(D(R, 8, d, f"""Canciller realiza visita oficial a Perú

El Ministro de Relaciones Exteriores, Alberto van Klaveren, realizó una visita oficial a Lima, Perú, el {WDS(d,-2)} 8 de octubre de 2024, donde se reunió con su homólogo Javier González-Olaechea. Ambos cancilleres revisaron la agenda bilateral, la cooperación fronteriza en Tacna y Arica y los preparativos de la Cumbre APEC de noviembre en Lima.

El Canciller regresó a Santiago el {WDS(d,-1)}.""",
  [E("meeting", "visit", "2024-10-08", P("Lima", "PE"), ["Alberto van Klaveren", "Javier González-Olaechea"])],
  [P("Santiago", "CL"), P("Tacna", "PE"), P("Arica", "CL")],
  TR + " Spanish record; weekdays recorded under English names. APEC summit in Lima is future (same city as the visit). Tacna/Arica topics; Santiago return.",
  ["travel_record", "spanish", "weekday_date", "future_event", "topic_place", "return_leg"]))

# 9 ---------------------------------------------------------------- Portuguese: Lula to Bogotá
d = "2024-04-19"
add(D(R, 9, d, f"""Visita do Presidente da República à Colômbia

O Presidente Luiz Inácio Lula da Silva realizou visita de Estado a Bogotá em 17 e 18 de abril de 2024. Na {WDP(d,-2)}, 17 de abril, foi recebido pelo Presidente Gustavo Petro na Casa de Nariño, onde foram assinados acordos sobre a Amazônia e a transição energética. Na {WDP(d,-1)}, o Presidente participou da abertura da Feira Internacional do Livro de Bogotá, na qual o Brasil foi país convidado de honra.

A viagem prevista a Cartagena foi cancelada.""",
  [E("meeting", "state visit", ["2024-04-17", "2024-04-18"], P("Bogotá", "CO", "Bogota"), ["Lula da Silva", "Gustavo Petro"])],
  [P("Cartagena", "CO")],
  TR + " Portuguese record; weekdays recorded under English names. Book-fair opening in the same city is part of the stop. Cancelled Cartagena stop not gold.",
  ["travel_record", "portuguese", "weekday_date", "date_range", "cancelled_event"]))

# 10 ---------------------------------------------------------------- Sudani Washington + Houston
d = "2024-04-20"
add(D(R, 10, d, """Prime Minister's official visit to the United States of America

Prime Minister Mohammed Shia al-Sudani paid an official visit to Washington from 14 to 16 April 2024. On 15 April he held talks with President Joe Biden at the White House, and on 16 April he met Secretary of State Antony Blinken and members of Congress.

On 18 April the Prime Minister travelled to Houston, where he met executives of US energy companies. He returned to Baghdad on 19 April. A planned stop in Michigan to meet the Iraqi community was held by video link.""",
  [E("meeting", "visit", ["2024-04-14", "2024-04-16"], P("Washington", "US"), ["Mohammed Shia al-Sudani", "Joe Biden", "Antony Blinken"]),
   E("meeting", "visit", "2024-04-18", P("Houston", "US"), ["Mohammed Shia al-Sudani", "US energy companies"])],
  [P("Baghdad", "IQ")],
  TR + " Michigan (state only) by video: not pinned. Baghdad return.",
  ["travel_record", "multi_event", "date_range", "return_leg"]))

# 11 ---------------------------------------------------------------- Abiy Mogadishu
d = "2025-02-28"
add(D(R, 11, d, f"""Prime Minister Abiy Ahmed visits Mogadishu

Prime Minister Abiy Ahmed arrived in Mogadishu on {WD(d,-1)} for a working visit, at the invitation of President Hassan Sheikh Mohamud. The leaders discussed regional security, the Ankara Declaration and Ethiopia's contribution to the African Union Support and Stabilization Mission in Somalia.

The Prime Minister returned to Addis Ababa the same day.""",
  [E("meeting", "visit", DAY(d,-1), P("Mogadishu", "SO"), ["Abiy Ahmed", "Hassan Sheikh Mohamud"])],
  [P("Addis Ababa", "ET"), P("Ankara", "TR")],
  TR + " 'Ankara Declaration' is a metonym.",
  ["travel_record", "weekday_date", "metonym", "return_leg"]))

# 12 ---------------------------------------------------------------- Borrell Lebanon + Riyadh
d = "2024-01-10"
add(D(R, 12, d, """HR/VP Josep Borrell travels to Lebanon and Saudi Arabia, 5–9 January 2024

High Representative Josep Borrell was in Beirut from 5 to 7 January. He met caretaker Prime Minister Najib Mikati and Speaker Nabih Berri on 6 January, and on 7 January visited the Spanish UNIFIL contingent at its base near Marjayoun in south Lebanon.

On 8 January he travelled to Riyadh, where he met Foreign Minister Prince Faisal bin Farhan. A planned stop in Amman was postponed.""",
  [E("meeting", "visit", ["2024-01-05", "2024-01-07"], P("Beirut", "LB"), ["Josep Borrell", "Najib Mikati", "Nabih Berri"]),
   E("other", "site visit", "2024-01-07", P("Marjayoun", "LB"), ["Josep Borrell", "UNIFIL"]),
   E("meeting", "visit", "2024-01-08", P("Riyadh", "SA"), ["Josep Borrell", "Faisal bin Farhan"])],
  [P("Amman", "JO")],
  TR + " UNIFIL base visit: site visit (kind other). Postponed Amman stop not gold.",
  ["travel_record", "multi_event", "site_visit", "date_range", "cancelled_event"]))

# 13 ---------------------------------------------------------------- Blinken Oct 2023
d = "2023-10-16"
add(D(R, 13, d, """Secretary Blinken's travel to Israel, Jordan, Qatar and Bahrain

Secretary of State Antony J. Blinken travelled to Tel Aviv on October 12, 2023, where he met Prime Minister Benjamin Netanyahu and President Isaac Herzog. On October 13 he was in Amman for meetings with King Abdullah II and Palestinian Authority President Mahmoud Abbas, and later that day in Doha, where he met Emir Sheikh Tamim bin Hamad Al Thani. On October 14 the Secretary met Crown Prince Salman bin Hamad in Manama.""",
  [E("meeting", "visit", "2023-10-12", P("Tel Aviv", "IL"), ["Antony Blinken", "Benjamin Netanyahu", "Isaac Herzog"]),
   E("meeting", "visit", "2023-10-13", P("Amman", "JO"), ["Antony Blinken", "Abdullah II", "Mahmoud Abbas"]),
   E("meeting", "visit", "2023-10-13", P("Doha", "QA"), ["Antony Blinken", "Tamim bin Hamad Al Thani"]),
   E("meeting", "visit", "2023-10-14", P("Manama", "BH"), ["Antony Blinken", "Salman bin Hamad"])],
  [],
  TR + " Four stops, two on the same day. 'Palestinian Authority' names no place.",
  ["travel_record", "multi_event"]))

# 14 ---------------------------------------------------------------- Wang Yi Africa
d = "2024-01-20"
add(D(R, 14, d, """Wang Yi visits Egypt, Tunisia, Togo and Côte d'Ivoire

Member of the Political Bureau and Foreign Minister Wang Yi visited Egypt, Tunisia, Togo and Côte d'Ivoire from 13 to 18 January 2024, continuing the tradition of the Chinese foreign minister's first overseas trip of the year being to Africa. He held talks in Cairo on 14 January, in Tunis on 15 January, in Lomé on 16 January and in Abidjan on 17–18 January.""",
  [E("meeting", "visit", "2024-01-14", P("Cairo", "EG"), ["Wang Yi", "Egypt"]),
   E("meeting", "visit", "2024-01-15", P("Tunis", "TN"), ["Wang Yi", "Tunisia"]),
   E("meeting", "visit", "2024-01-16", P("Lomé", "TG", "Lome"), ["Wang Yi", "Togo"]),
   E("meeting", "visit", ["2024-01-17", "2024-01-18"], P("Abidjan", "CI"), ["Wang Yi", "Côte d'Ivoire"])],
  [],
  TR + " Four stops with their days; the trip range 13–18 is not a separate event.",
  ["travel_record", "multi_event", "date_range"]))

# 15 ---------------------------------------------------------------- Lavrov Vientiane + call
d = "2024-07-29"
add(D(R, 15, d, f"""Foreign Minister Sergey Lavrov's participation in ASEAN-related meetings

On 25–27 July 2024, Foreign Minister Sergey Lavrov took part in the Russia–ASEAN ministerial meeting and the East Asia Summit foreign ministers' meeting in Vientiane. On the sidelines he met his counterparts from Laos and Indonesia and China's Wang Yi.

Earlier, on {WD(d,-6)}, 23 July, Sergey Lavrov spoke by telephone from Moscow with the Foreign Minister of Malaysia, Mohamad Hasan. Sergey Lavrov will visit Kuala Lumpur in the autumn.""",
  [E("meeting", "multilateral meeting", ["2024-07-25", "2024-07-27"], P("Vientiane", "LA"), ["Sergey Lavrov", "ASEAN", "Wang Yi"]),
   E("call", "phone call", "2024-07-23", P("Moscow", "RU"), ["Sergey Lavrov", "Mohamad Hasan"], alts=[P("Kuala Lumpur", "MY")])],
  [],
  TR + " Call at the issuing side's capital (Moscow), Kuala Lumpur alternate; the future Kuala Lumpur visit is not gold (its place is the call's alternate, so not listed as a non-event).",
  ["travel_record", "call", "weekday_date", "future_event", "date_range"]))

# 16 ---------------------------------------------------------------- Macron Morocco
d = "2024-10-31"
add(D(R, 16, d, """State visit to the Kingdom of Morocco (28–30 October 2024)

The President of the Republic made a state visit to Morocco from 28 to 30 October 2024. On 28 October he was welcomed by King Mohammed VI in Rabat, where 22 agreements were signed. On 29 October he addressed the Moroccan parliament in Rabat. On 30 October, the President travelled to Marrakesh to meet students and representatives of the French community.""",
  [E("meeting", "state visit", ["2024-10-28", "2024-10-29"], P("Rabat", "MA"), ["Emmanuel Macron", "Mohammed VI"]),
   E("other", "community event", "2024-10-30", P("Marrakesh", "MA"), ["Emmanuel Macron", "students"])],
  [],
  TR + " Marrakesh: students/community (no counterpart), kind other.",
  ["travel_record", "multi_event", "date_range", "site_visit"]))

# 17 ---------------------------------------------------------------- Scholz India + Goa
d = "2024-10-27"
add(D(R, 17, d, f"""Federal Chancellor's trip to India

Federal Chancellor Olaf Scholz travelled to New Delhi on {WD(d,-3)} for the seventh German–Indian intergovernmental consultations. On 25 October he held talks with Prime Minister Narendra Modi and addressed the Asia-Pacific Conference of German Business.

On {WD(d,-1)}, the Chancellor visited the frigate Baden-Württemberg and the Indian Navy in Goa, before returning to Berlin.""",
  [E("meeting", "intergovernmental consultations", "2024-10-25", ND, ["Olaf Scholz", "Narendra Modi"]),
   E("other", "site visit", DAY(d,-1), P("Goa (Panaji)", "IN", "Panaji"), ["Olaf Scholz", "German Navy"])],
  [P("Berlin", "DE")],
  TR + " Arrival day (Thursday) not an event; talks on 25 October. Frigate visit: site visit at Goa (pinned at Panaji; the naval port is ~25 km away).",
  ["travel_record", "weekday_date", "site_visit", "return_leg"]))

# 18 ---------------------------------------------------------------- Erdogan Abu Dhabi + Cairo
d = "2024-02-15"
add(D(R, 18, d, f"""President Erdoğan visits the UAE and Egypt

President Recep Tayyip Erdoğan travelled to Abu Dhabi on {WD(d,-2)}, 13 February 2024, where he met President Sheikh Mohamed bin Zayed Al Nahyan, and later that day attended the World Governments Summit in Dubai as guest of honour. On {WD(d,-1)}, 14 February, President Erdoğan paid his first visit to Egypt in 12 years and held talks with President Abdel Fattah al-Sisi at the Ittihadiya Palace in Cairo, focusing on humanitarian aid to Gaza.""",
  [E("meeting", "visit", "2024-02-13", P("Abu Dhabi", "AE"), ["Recep Tayyip Erdoğan", "Mohamed bin Zayed"]),
   E("meeting", "summit", "2024-02-13", P("Dubai", "AE"), ["Recep Tayyip Erdoğan", "World Governments Summit"]),
   E("meeting", "visit", "2024-02-14", P("Cairo", "EG"), ["Recep Tayyip Erdoğan", "Abdel Fattah al-Sisi"])],
  [P("Gaza", "PS")],
  TR + " Three events: Abu Dhabi meeting and Dubai summit (~120 km apart) on the same day, Cairo the next. Gaza is a topic.",
  ["travel_record", "multi_event", "weekday_date", "topic_place"]))

# 19 ---------------------------------------------------------------- Zelensky Jeddah + Hiroshima
d = "2023-05-22"
add(D(R, 19, d, """President's working trip: Saudi Arabia and Japan

On 19 May 2023, President Volodymyr Zelensky took part in the summit of the League of Arab States in Jeddah and met Crown Prince Mohammed bin Salman. From Jeddah, the President flew on a French government aircraft to Hiroshima, where on 20–21 May he took part in the G7 summit and met the leaders of the United States, India and Brazil.

The President returned to Kyiv on 22 May via Rzeszów.""",
  [E("meeting", "summit", "2023-05-19", P("Jeddah", "SA"), ["Volodymyr Zelensky", "Arab League", "Mohammed bin Salman"]),
   E("meeting", "summit", ["2023-05-20", "2023-05-21"], P("Hiroshima", "JP"), ["Volodymyr Zelensky", "G7"])],
  [P("Kyiv", "UA"), P("Rzeszów", "PL", "Rzeszow")],
  TR + " Two summits. 'French government aircraft' is a nationality. Return via Rzeszów (transit).",
  ["travel_record", "multi_event", "date_range", "transit", "return_leg", "nationality"]))

# 20 ---------------------------------------------------------------- Prabowo tour
d = "2024-11-21"
add(D(R, 20, d, """President Prabowo Subianto's first overseas tour

President Prabowo Subianto made his first overseas tour from 8 to 20 November 2024. In Beijing, on 9 November, he held talks with President Xi Jinping. He then met President Joe Biden at the White House in Washington on 12 November. From 14 to 16 November he attended the APEC Economic Leaders' Meeting in Lima, and on 18–19 November the G20 Summit in Rio de Janeiro. On the way home, the President was scheduled to stop in London on 20 November; the programme there will be reported separately.""",
  [E("meeting", "visit", "2024-11-09", P("Beijing", "CN"), ["Prabowo Subianto", "Xi Jinping"]),
   E("meeting", "visit", "2024-11-12", P("Washington", "US"), ["Prabowo Subianto", "Joe Biden"]),
   E("meeting", "summit", ["2024-11-14", "2024-11-16"], P("Lima", "PE"), ["Prabowo Subianto", "APEC"]),
   E("meeting", "summit", ["2024-11-18", "2024-11-19"], P("Rio de Janeiro", "BR"), ["Prabowo Subianto", "G20"]),
   E("meeting", "visit", "2024-11-20", P("London", "GB"), ["Prabowo Subianto"], optional=True)],
  [],
  TR + " Four reported stops. London stop 'scheduled', not yet reported: optional.",
  ["travel_record", "multi_event", "date_range", "future_event"]))

# 21 ---------------------------------------------------------------- Marcos Melbourne
d = "2024-03-07"
add(D(R, 21, d, f"""President Marcos in Melbourne for the ASEAN–Australia Special Summit

President Ferdinand R. Marcos Jr. arrived in Melbourne on {WD(d,-4)}, 3 March 2024, to attend the ASEAN–Australia Special Summit. On 4 March he held a bilateral meeting with Prime Minister Anthony Albanese, and on 5–6 March he participated in the summit sessions, raising the situation in the West Philippine Sea. The President returned to Manila on {WD(d,-1)}.""",
  [E("meeting", "summit", ["2024-03-04", "2024-03-06"], P("Melbourne", "AU"), ["Ferdinand Marcos Jr.", "Anthony Albanese", "ASEAN"])],
  [P("Manila", "PH")],
  TR + " Bilateral and summit in one city: one event over the range. West Philippine Sea: topic (sea, not pinned).",
  ["travel_record", "weekday_date", "date_range", "return_leg", "topic_place"]))

# 22 ---------------------------------------------------------------- Ruto US state visit
d = "2024-05-25"
add(D(R, 22, d, """President Ruto's State Visit to the United States

President William Ruto began his state visit in Atlanta, Georgia, on 20–21 May 2024, where he visited the Carter Center, met Governor Brian Kemp and toured Spelman College. He travelled to Washington on 22 May. On 23 May, President Joe Biden hosted him at the White House, followed by a state dinner. The President returned to Nairobi on 25 May.""",
  [E("meeting", "visit", ["2024-05-20", "2024-05-21"], P("Atlanta", "US"), ["William Ruto", "Brian Kemp"]),
   E("meeting", "state visit", "2024-05-23", P("Washington", "US"), ["William Ruto", "Joe Biden"])],
  [P("Nairobi", "KE")],
  TR + " 'Georgia' is the US state (not the country). Travel day 22 May not an event.",
  ["travel_record", "multi_event", "date_range", "homonym", "return_leg"]))

# 23 ---------------------------------------------------------------- Araghchi Riyadh + Doha
d = "2024-10-12"
add(D(R, 23, d, f"""Foreign Minister Seyyed Abbas Araghchi's regional tour

Foreign Minister Seyyed Abbas Araghchi, on a regional tour to consult on the situation in Lebanon and Gaza, met Saudi Crown Prince Mohammed bin Salman in Riyadh on {WD(d,-3)}. On {WD(d,-2)} he held talks with Qatar's Emir and Prime Minister in Doha. Next stops of the tour, announced in Tehran, will be Baghdad and Muscat.""",
  [E("meeting", "visit", DAY(d,-3), P("Riyadh", "SA"), ["Abbas Araghchi", "Mohammed bin Salman"]),
   E("meeting", "visit", DAY(d,-2), P("Doha", "QA"), ["Abbas Araghchi", "Tamim bin Hamad Al Thani"])],
  [P("Tehran", "IR"), P("Baghdad", "IQ"), P("Muscat", "OM")],
  TR + " Lebanon/Gaza topics. Baghdad and Muscat future stops; Tehran statement place.",
  ["travel_record", "multi_event", "weekday_date", "future_event", "topic_place"]))

# 24 ---------------------------------------------------------------- Albanese China
d = "2023-11-08"
add(D(R, 24, d, """Prime Minister's visit to the People's Republic of China

The Prime Minister, the Hon Anthony Albanese MP, visited China from 4 to 7 November 2023, the first visit by an Australian Prime Minister since 2016. In Shanghai on 5 November, the Prime Minister met Premier Li Qiang and attended the opening of the China International Import Expo. On 6 November, in Beijing, he held a meeting with President Xi Jinping at the Great Hall of the People, and on 7 November the annual Leaders' Meeting with Premier Li. He visited the Temple of Heaven, where Gough Whitlam had walked in 1973.""",
  [E("meeting", "visit", "2023-11-05", P("Shanghai", "CN"), ["Anthony Albanese", "Li Qiang"]),
   E("meeting", "visit", ["2023-11-06", "2023-11-07"], P("Beijing", "CN"), ["Anthony Albanese", "Xi Jinping", "Li Qiang"])],
  [],
  TR + " Whitlam's 1973 walk is old background at the same place (not gold). Temple of Heaven is in Beijing.",
  ["travel_record", "multi_event", "date_range", "background_event"]))

# 25 ---------------------------------------------------------------- Luxon India
d = "2025-03-21"
add(D(R, 25, d, """Prime Minister Christopher Luxon's visit to India, 16–20 March 2025

Prime Minister Luxon led New Zealand's largest ever trade delegation to India. In New Delhi, on 17 March, he held talks with Prime Minister Narendra Modi and delivered the keynote address at the Raisina Dialogue. On 19–20 March the Prime Minister was in Mumbai, where he met business leaders and attended a cricket event.""",
  [E("meeting", "visit", "2025-03-17", ND, ["Christopher Luxon", "Narendra Modi"]),
   E("meeting", "visit", ["2025-03-19", "2025-03-20"], P("Mumbai", "IN"), ["Christopher Luxon", "business leaders"])],
  [],
  TR + " Two stops.",
  ["travel_record", "multi_event", "date_range"]))

# 26 ---------------------------------------------------------------- Austin Middle East
d = "2023-12-21"
add(D(R, 26, d, f"""Secretary of Defense travel to Israel, Bahrain and Qatar

Secretary of Defense Lloyd J. Austin III travelled to Tel Aviv on {WD(d,-3)}, December 18, 2023, where he met Prime Minister Benjamin Netanyahu and Minister of Defense Yoav Gallant. On December 19, in Manama, Bahrain, the Secretary hosted a virtual ministerial meeting on the Red Sea maritime initiative with more than 40 countries. On December 20 he visited Al Udeid Air Base in Qatar to meet U.S. troops. A planned visit to Baghdad was cancelled for security reasons.""",
  [E("meeting", "visit", "2023-12-18", P("Tel Aviv", "IL"), ["Lloyd Austin", "Benjamin Netanyahu", "Yoav Gallant"]),
   E("call", "virtual ministerial meeting", "2023-12-19", P("Manama", "BH"), ["Lloyd Austin", "Operation Prosperity Guardian partners"]),
   E("other", "troop visit", "2023-12-20", M("Al Udeid Air Base", 25.12, 51.31, "QA", "approximate, airbase south-west of Doha"), ["Lloyd Austin", "US troops"])],
  [P("Baghdad", "IQ")],
  TR + " Virtual ministerial hosted from Manama: kind call at Manama. Troop visit: kind other. Baghdad cancelled.",
  ["travel_record", "multi_event", "call", "site_visit", "cancelled_event", "weekday_date"]))

# 27 ---------------------------------------------------------------- country-only + Osh consulate
d = "2024-09-16"
add(D(R, 27, d, """Visit of the Minister of Foreign Affairs to Central Asia

The Minister of Foreign Affairs paid working visits to Uzbekistan on 11–12 September and to Kyrgyzstan on 13–14 September 2024, holding consultations with his counterparts on transport corridors and water management. On 14 September the Minister opened the new Honorary Consulate in Osh.""",
  [E("other", "consulate opening", "2024-09-14", P("Osh", "KG"), ["Minister of Foreign Affairs"])],
  [],
  TR + " Country-only visits: not pinned. Consulate opening at Osh: kind other (no counterpart). No scored gold.",
  ["travel_record", "country_only", "no_scored_gold", "site_visit"]))

# 28 ---------------------------------------------------------------- Host side: Entebbe
d = "2025-01-30"
add(D(R, 28, d, f"""President Museveni receives Prime Minister of Ethiopia

His Excellency President Yoweri Kaguta Museveni on {WD(d,-1)} received the Prime Minister of the Federal Democratic Republic of Ethiopia, H.E. Abiy Ahmed, at State House Entebbe. The two leaders discussed the situation in South Sudan and the Nile basin. The Prime Minister had arrived from Addis Ababa in the morning and departed later in the day for Kigali.""",
  [E("meeting", "visit", DAY(d,-1), P("Entebbe", "UG"), ["Yoweri Museveni", "Abiy Ahmed"], alts=[P("Kampala", "UG")])],
  [P("Addis Ababa", "ET"), P("Kigali", "RW")],
  TR + " Host-side record at a non-capital State House; Kampala (~35 km) alternate. Arrival origin and onward destination not events.",
  ["travel_record", "weekday_date", "host_side", "origin_place"]))

# 29 ---------------------------------------------------------------- Modi five-nation tour
d = "2025-07-10"
add(D(R, 29, d, """Prime Minister's visit to Ghana, Trinidad and Tobago, Argentina, Brazil and Namibia (2–9 July 2025)

Prime Minister paid a state visit to Accra, Ghana on 2–3 July 2025 and held talks with President John Dramani Mahama. He was in Port of Spain on 3–4 July, where he addressed a joint sitting of Parliament. In Buenos Aires, on 5 July, Prime Minister met President Javier Milei.

Prime Minister participated in the 17th BRICS Summit in Rio de Janeiro on 6–7 July, and paid a state visit to Brasília on 8 July. The tour concluded in Windhoek on 9 July.""",
  [E("meeting", "state visit", ["2025-07-02", "2025-07-03"], P("Accra", "GH"), ["Narendra Modi", "John Dramani Mahama"]),
   E("meeting", "visit", ["2025-07-03", "2025-07-04"], P("Port of Spain", "TT"), ["Narendra Modi"]),
   E("meeting", "visit", "2025-07-05", P("Buenos Aires", "AR"), ["Narendra Modi", "Javier Milei"]),
   E("meeting", "summit", ["2025-07-06", "2025-07-07"], P("Rio de Janeiro", "BR"), ["Narendra Modi", "BRICS"]),
   E("meeting", "state visit", "2025-07-08", P("Brasília", "BR", "Brasilia"), ["Narendra Modi", "Lula da Silva"]),
   E("meeting", "visit", "2025-07-09", P("Windhoek", "NA"), ["Narendra Modi"])],
  [],
  TR + " Six stops.",
  ["travel_record", "multi_event", "date_range"]))

# 30 ---------------------------------------------------------------- Guterres Moscow + Kyiv 2022
d = "2022-04-29"
add(D(R, 30, d, """Secretary-General's travels to the Russian Federation and Ukraine

The Secretary-General was in Moscow on 26 April 2022, where he met Foreign Minister Sergey Lavrov and President Vladimir Putin. On 28 April, after arriving from Rzeszów, he visited Borodianka and Irpin, and laid a wreath. He then held talks with President Volodymyr Zelensky in Kyiv later that day. A Russian missile strike hit Kyiv shortly after the press conference.""",
  [E("meeting", "visit", "2022-04-26", P("Moscow", "RU"), ["António Guterres", "Sergey Lavrov", "Vladimir Putin"]),
   E("other", "site visit", "2022-04-28", P("Borodianka", "UA"), ["António Guterres"]),
   E("other", "site visit", "2022-04-28", P("Irpin", "UA"), ["António Guterres"]),
   E("meeting", "visit", "2022-04-28", P("Kyiv", "UA"), ["António Guterres", "Volodymyr Zelensky"]),
   E("incident", "missile strike", "2022-04-28", P("Kyiv", "UA"), ["Russia"], optional=True)],
  [P("Rzeszów", "PL", "Rzeszow")],
  TR + " Site visits (other) at Borodianka and Irpin; talks in Kyiv. The missile strike on Kyiv the same day is an incident reported in passing: optional.",
  ["travel_record", "multi_event", "site_visit", "transit"]))
