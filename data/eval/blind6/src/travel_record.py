from lib import *
R = "travel_record"
DOCS = []
add = DOCS.append
TR = "Travel record: one event per stop with its stated day(s); arrivals, departures, transits and returns are not events."

# 1 ---------------------------------------------------------------- Japan FM, Manila + Jakarta
d = "2024-07-12"
add(D(R, 1, d, """Foreign Minister's visit to the Philippines and Indonesia

Foreign Minister Kamikawa Yoko visited Manila, the Philippines, from 7 to 8 July 2024. On 8 July, together with the Minister of Defense, she held the "2+2" meeting with Secretary of Foreign Affairs Enrique Manalo and Secretary of National Defense Gilberto Teodoro, and witnessed the signing of the Reciprocal Access Agreement. She also paid a courtesy call on President Ferdinand Marcos Jr.

On 9 July, the Minister travelled on to Jakarta, where she held talks with Foreign Minister Retno Marsudi. She returned to Tokyo on 10 July.""",
  [E("meeting", "visit", ["2024-07-07", "2024-07-08"], P("Manila", "PH"), ["Kamikawa Yoko", "Enrique Manalo", "Gilberto Teodoro", "Ferdinand Marcos Jr."]),
   E("meeting", "talks", "2024-07-09", P("Jakarta", "ID"), ["Kamikawa Yoko", "Retno Marsudi"])],
  [P("Tokyo", "JP")],
  TR + " Two stops. Tokyo is the return leg.",
  ["travel_record", "multi_event", "date_range", "return_leg"]))

# 2 ---------------------------------------------------------------- EU HR in Western Balkans tour
d = "2023-05-26"
add(D(R, 2, d, """High Representative's tour of the Western Balkans, 22–25 May 2023

The High Representative travelled to the region from 22 to 25 May. In Skopje, on 22 May, he met Prime Minister Dimitar Kovachevski. On 23 May he was in Tirana for talks with Prime Minister Edi Rama, and on 24 May in Podgorica, where he met acting President Jakov Milatović. The final stop, Belgrade on 25 May, was cancelled owing to the shootings earlier in the month; a meeting with President Aleksandar Vučić will take place in Brussels in June.""",
  [E("meeting", "visit", "2023-05-22", P("Skopje", "MK"), ["EU High Representative", "Dimitar Kovachevski"]),
   E("meeting", "visit", "2023-05-23", P("Tirana", "AL"), ["EU High Representative", "Edi Rama"]),
   E("meeting", "visit", "2023-05-24", P("Podgorica", "ME"), ["EU High Representative", "Jakov Milatović"])],
  [P("Belgrade", "RS"), P("Brussels", "BE")],
  TR + " Three stops. Belgrade stop cancelled and the Brussels meeting is future: not gold. The undated shootings (in Serbia) are background without a place.",
  ["travel_record", "multi_event", "cancelled_event", "future_event"]))

# 3 ---------------------------------------------------------------- Modi Vienna/Moscow
d = "2024-07-11"
add(D(R, 3, d, """Visit of Prime Minister to Russia and Austria (8–10 July 2024)

Prime Minister arrived in Moscow on 8 July 2024 for the 22nd India–Russia Annual Summit. On the evening of 8 July, President Vladimir Putin hosted a private dinner for the Prime Minister at Novo-Ogaryovo. Official talks were held at the Kremlin on 9 July. The Prime Minister also addressed the Indian community in Moscow.

Prime Minister then paid an official visit to Vienna on 9–10 July, where he met Federal Chancellor Karl Nehammer on 10 July. He emplaned for New Delhi on the evening of 10 July.""",
  [E("meeting", "summit", ["2024-07-08", "2024-07-09"], P("Moscow", "RU"), ["Narendra Modi", "Vladimir Putin"]),
   E("meeting", "visit", "2024-07-10", P("Vienna", "AT"), ["Narendra Modi", "Karl Nehammer"], alts=[])],
  [P("New Delhi", "IN", pick=1)],
  TR + " Novo-Ogaryovo dinner and Kremlin talks: one Moscow event (Novo-Ogaryovo within ~25 km). Vienna dated to the meeting day 10 July (arrival 9 July).",
  ["travel_record", "multi_event", "date_range", "return_leg"]))

# 4 ---------------------------------------------------------------- Chinese FM Africa tour (Jan)
d = "2025-01-13"
add(D(R, 4, d, """Wang Yi visits Namibia, the Republic of the Congo, Chad and Nigeria

From 5 to 11 January 2025, Member of the Political Bureau and Foreign Minister Wang Yi paid official visits to Namibia, the Republic of the Congo, Chad and Nigeria, continuing the tradition of the Chinese foreign minister's first overseas trip of the year being to Africa.

In Windhoek on 5–6 January, Wang met President Nangolo Mbumba. In Brazzaville on 7 January he co-chaired a coordinators' meeting on FOCAC implementation. He held talks in N'Djamena on 8 January and in Abuja on 10 January with Foreign Minister Yusuf Tuggar.""",
  [E("meeting", "visit", ["2025-01-05", "2025-01-06"], P("Windhoek", "NA"), ["Wang Yi", "Nangolo Mbumba"]),
   E("meeting", "meeting", "2025-01-07", P("Brazzaville", "CG"), ["Wang Yi", "FOCAC coordinators"]),
   E("meeting", "visit", "2025-01-08", P("N'Djamena", "TD"), ["Wang Yi", "Chad government"]),
   E("meeting", "visit", "2025-01-10", P("Abuja", "NG"), ["Wang Yi", "Yusuf Tuggar"])],
  [],
  TR + " Four stops; countries named in the header are not pins.",
  ["travel_record", "multi_event", "date_range", "country_only"]))

# 5 ---------------------------------------------------------------- Guterres, Bangladesh Rohingya camp
d = "2025-03-16"
COX = P("Cox's Bazar", "BD", "Cox's Bazar")
add(D(R, 5, d, """Secretary-General's travels: Bangladesh, 13–16 March 2025

The Secretary-General arrived in Dhaka on 13 March 2025. On 13 March he met the Chief Adviser of the Interim Government, Muhammad Yunus. On 14 March, he travelled with the Chief Adviser to Cox's Bazar, where he visited the Rohingya refugee camps in Ukhiya and shared an iftar meal with some 100,000 refugees. He held talks with the Foreign Adviser in Dhaka on 15 March and departed for New York on 16 March.""",
  [E("meeting", "visit", ["2025-03-13", "2025-03-15"], P("Dhaka", "BD"), ["António Guterres", "Muhammad Yunus"]),
   E("other", "site visit", "2025-03-14", M("Ukhiya refugee camps", 21.20, 92.15, "BD", "approximate, Kutupalong camp area south of Cox's Bazar"), ["António Guterres", "Muhammad Yunus"], alts=[COX])],
  [P("New York City", "US", "New York City")],
  TR + " Dhaka: two dated meetings (13 and 15 March), one event with the range 13–15. Camp visit: kind other. New York departure.",
  ["travel_record", "site_visit", "date_range", "return_leg"]))

# 6 ---------------------------------------------------------------- German FM, Middle East shuttle
d = "2024-03-27"
add(D(R, 6, d, """Federal Foreign Office – Travel schedule of Foreign Minister Baerbock

25 March 2024: Cairo – talks with Foreign Minister Sameh Shoukry on humanitarian access to Gaza.
26 March 2024: Tel Aviv – meetings with Foreign Minister Israel Katz and with relatives of hostages; then Ramallah – talks with Prime Minister Mohammad Mustafa.
27 March 2024: planned flight to Amman postponed; the Minister will return to Berlin.""",
  [E("meeting", "talks", "2024-03-25", P("Cairo", "EG"), ["Annalena Baerbock", "Sameh Shoukry"]),
   E("meeting", "talks", "2024-03-26", P("Tel Aviv", "IL"), ["Annalena Baerbock", "Israel Katz"]),
   E("meeting", "talks", "2024-03-26", P("Ramallah", "PS"), ["Annalena Baerbock", "Mohammad Mustafa"])],
  [P("Gaza", "PS"), P("Amman", "JO"), P("Berlin", "DE")],
  TR + " Tel Aviv and Ramallah (~60 km) same day: two events. Gaza topic, Amman postponed, Berlin return.",
  ["travel_record", "multi_event", "topic_place", "cancelled_event", "return_leg"]))

# 7 ---------------------------------------------------------------- Kenyan president Ruto in Seoul
d = "2024-06-07"
add(D(R, 7, d, """State House – President's programme in the Republic of Korea

President William Ruto travelled to Seoul on 2 June 2024 for the Korea–Africa Summit. On 3 June, he held bilateral talks with President Yoon Suk Yeol at the presidential office, where the two leaders witnessed the signing of agreements on infrastructure and critical minerals. The summit took place at KINTEX in Goyang on 4 June. On 5 June the President visited the Hyundai plant in Ulsan before flying back to Nairobi.""",
  [E("meeting", "talks", "2024-06-03", P("Seoul", "KR"), ["William Ruto", "Yoon Suk Yeol"]),
   E("meeting", "summit", "2024-06-04", P("Goyang", "KR", "Goyang-si"), ["William Ruto", "African leaders", "Yoon Suk Yeol"], alts=[P("Seoul", "KR")]),
   E("other", "site visit", "2024-06-05", P("Ulsan", "KR"), ["William Ruto"])],
  [P("Nairobi", "KE")],
  TR + " Seoul talks and the Goyang summit (~20 km apart, separate venue): two events, Seoul alternate for the summit. Plant visit: other.",
  ["travel_record", "multi_event", "site_visit", "return_leg"]))

# 8 ---------------------------------------------------------------- Pakistani FM, Central Asia
d = "2023-11-24"
add(D(R, 8, d, """Foreign Office spokesperson: visit of the Foreign Minister to Uzbekistan and Tajikistan

The Foreign Minister visited Tashkent from 18 to 20 November 2023, where he called on President Shavkat Mirziyoyev and co-chaired the Joint Ministerial Commission on trade and transit. He then travelled to Dushanbe, where on 21 November he met Foreign Minister Sirojiddin Muhriddin. Discussions covered the Trans-Afghan railway and the situation in Afghanistan.""",
  [E("meeting", "visit", ["2023-11-18", "2023-11-20"], P("Tashkent", "UZ"), ["Jalil Abbas Jilani", "Shavkat Mirziyoyev"]),
   E("meeting", "talks", "2023-11-21", P("Dushanbe", "TJ"), ["Jalil Abbas Jilani", "Sirojiddin Muhriddin"])],
  [],
  TR + " Afghanistan is a topic country (not pinned).",
  ["travel_record", "multi_event", "date_range", "topic_place"]))

# 9 ---------------------------------------------------------------- Mexican FM Central America
d = "2025-04-04"
add(D(R, 9, d, """Secretaría de Relaciones Exteriores – Gira de trabajo del Canciller

Del 31 de marzo al 2 de abril de 2025 el Canciller realizó una gira por Centroamérica. El 31 de marzo sostuvo un encuentro en la Ciudad de Guatemala con el Presidente Bernardo Arévalo. El 1 de abril se reunió en Tegucigalpa con la Presidenta Xiomara Castro. El 2 de abril visitó la frontera sur en Tapachula, Chiapas, donde supervisó el programa de atención a personas migrantes.""",
  [E("meeting", "visit", "2025-03-31", P("Guatemala City", "GT"), ["Juan Ramón de la Fuente", "Bernardo Arévalo"]),
   E("meeting", "visit", "2025-04-01", P("Tegucigalpa", "HN"), ["Juan Ramón de la Fuente", "Xiomara Castro"]),
   E("other", "site visit", "2025-04-02", P("Tapachula", "MX"), ["Juan Ramón de la Fuente"])],
  [],
  TR + " Spanish text. Tapachula is an inspection visit (other).",
  ["travel_record", "spanish", "multi_event", "site_visit"]))

# 10 ---------------------------------------------------------------- Country-only visit + call
d = "2023-02-10"
add(D(R, 10, d, """Ministry of Foreign Affairs of Hungary

On 7–8 February 2023 the Minister of Foreign Affairs and Trade paid a working visit to Azerbaijan to discuss gas supplies. On 9 February he spoke by telephone with the Foreign Minister of Türkiye about earthquake relief; Hungary sent a rescue team to Hatay.""",
  [E("call", "phone call", "2023-02-09", P("Budapest", "HU"), ["Péter Szijjártó", "Mevlüt Çavuşoğlu"], alts=[P("Ankara", "TR")])],
  [P("Antakya", "TR", "Antakya")],
  TR + " Country-only visit (Azerbaijan): not pinned. Call at the issuing side's capital (Budapest), Ankara alternate. Hatay (rescue team destination) is not an event of this record.",
  ["travel_record", "country_only", "call", "origin_place"]))

# 11 ---------------------------------------------------------------- Iranian FM, Gulf tour
d = "2024-10-12"
add(D(R, 11, d, """Foreign Minister Araghchi's regional tour

On 9 October 2024 Foreign Minister Abbas Araghchi travelled to Riyadh, where he was received by Crown Prince Mohammed bin Salman. On 10 October he met the Emir of Qatar in Doha and then flew to Manama, the first such visit in years, for talks with his Bahraini counterpart. On 11 October he met Omani Foreign Minister Badr Albusaidi in Muscat before returning to Tehran.""",
  [E("meeting", "visit", "2024-10-09", P("Riyadh", "SA"), ["Abbas Araghchi", "Mohammed bin Salman"]),
   E("meeting", "visit", "2024-10-10", P("Doha", "QA"), ["Abbas Araghchi", "Tamim bin Hamad Al Thani"]),
   E("meeting", "talks", "2024-10-10", P("Manama", "BH"), ["Abbas Araghchi", "Abdullatif Al Zayani"]),
   E("meeting", "talks", "2024-10-11", P("Muscat", "OM"), ["Abbas Araghchi", "Badr Albusaidi"])],
  [P("Tehran", "IR")],
  TR + " Four stops, one event each; Manama and Doha the same day.",
  ["travel_record", "multi_event", "return_leg"]))

# 12 ---------------------------------------------------------------- Somali president Asmara trips
d = "2024-10-14"
add(D(R, 12, d, """Villa Somalia – President Hassan Sheikh Mohamud's visit to Asmara

The President arrived in Asmara on 10 October 2024 for a tripartite summit with President Isaias Afwerki and Egyptian President Abdel Fattah el-Sisi. The three leaders met on 10 October and issued a joint statement on the sovereignty of Somalia. The President travelled on 11 October to Cairo for bilateral talks with President el-Sisi at the Ittihadiya Palace.""",
  [E("meeting", "summit", "2024-10-10", P("Asmara", "ER"), ["Hassan Sheikh Mohamud", "Isaias Afwerki", "Abdel Fattah el-Sisi"]),
   E("meeting", "talks", "2024-10-11", P("Cairo", "EG"), ["Hassan Sheikh Mohamud", "Abdel Fattah el-Sisi"])],
  [],
  TR + " 'Egyptian' nationality. Two stops.",
  ["travel_record", "multi_event", "nationality"]))

# 13 ---------------------------------------------------------------- weekday-dated envoy trip
d = "2024-04-19"
add(D(R, 13, d, f"""Special Envoy's schedule (week of 15 April 2024)

{WD(d,-4)}: Nairobi – consultations with Kenyan officials and UN agencies on Sudan.
{WD(d,-3)}: Addis Ababa – meeting with the African Union Commission chairperson.
{WD(d,-2)}: Port Sudan – was to meet General Abdel Fattah al-Burhan; visit deferred for security reasons.
{WD(d,-1)}: Djibouti – meeting with IGAD Executive Secretary Workneh Gebeyehu.
{WD(d)}: return to Washington.""",
  [E("meeting", "consultations", DAY(d,-4), P("Nairobi", "KE"), ["Tom Perriello", "Kenyan officials"]),
   E("meeting", "meeting", DAY(d,-3), P("Addis Ababa", "ET"), ["Tom Perriello", "Moussa Faki Mahamat"]),
   E("meeting", "meeting", DAY(d,-1), P("Djibouti", "DJ"), ["Tom Perriello", "Workneh Gebeyehu"])],
  [P("Port Sudan", "SD"), P("Washington", "US")],
  TR + " Weekday schedule resolved against the record date. Port Sudan deferred: not gold. Sudan topic.",
  ["travel_record", "weekday_date", "multi_event", "cancelled_event", "return_leg"]))

# 14 ---------------------------------------------------------------- Italian PM, Tunis + Tripoli/Benghazi
d = "2024-04-19"
add(D(R, 14, d, """Palazzo Chigi – President of the Council of Ministers' visit to Tunisia

On 17 April 2024 the President of the Council went to Tunis, her fourth visit in a year, where she met President Kais Saied at the Carthage Palace. Agreements on energy, higher education and credit lines were signed. The planned stop in Tripoli, Libya, was deferred to a later date.""",
  [E("meeting", "visit", "2024-04-17", P("Tunis", "TN"), ["Giorgia Meloni", "Kais Saied"], alts=[M("Carthage Palace", 36.86, 10.34, "TN", "approximate, presidential palace in Carthage")])],
  [P("Tripoli", "LY")],
  TR + " The palace in Carthage (~15 km) alternate. Deferred Tripoli stop not gold.",
  ["travel_record", "cancelled_event", "palace"]))

# 15 ---------------------------------------------------------------- Korean president's Central Asia tour
d = "2024-06-16"
add(D(R, 15, d, """Office of the President – State visits to Turkmenistan, Kazakhstan and Uzbekistan (10–15 June 2024)

10–11 June: Ashgabat. Summit talks with President Serdar Berdimuhamedov; attendance at a business forum.
12–13 June: Astana. Summit with President Kassym-Jomart Tokayev at the Akorda Presidential Palace.
14 June: Tashkent. Summit with President Shavkat Mirziyoyev; 15 June: Samarkand, visit to cultural heritage sites with the Uzbek President.""",
  [E("meeting", "state visit", ["2024-06-10", "2024-06-11"], P("Ashgabat", "TM"), ["Yoon Suk Yeol", "Serdar Berdimuhamedov"]),
   E("meeting", "state visit", ["2024-06-12", "2024-06-13"], P("Astana", "KZ"), ["Yoon Suk Yeol", "Kassym-Jomart Tokayev"]),
   E("meeting", "state visit", "2024-06-14", P("Tashkent", "UZ"), ["Yoon Suk Yeol", "Shavkat Mirziyoyev"]),
   E("other", "site visit", "2024-06-15", P("Samarkand", "UZ"), ["Yoon Suk Yeol", "Shavkat Mirziyoyev"])],
  [],
  TR + " Heritage tour with the host: kind other (a joint site visit, not talks).",
  ["travel_record", "multi_event", "date_range", "site_visit"]))

# 16 ---------------------------------------------------------------- used. Zelensky in Tirana summit (Feb 2024)
d = "2024-03-01"
add(D(R, 16, d, """President of Ukraine – working visit to Saudi Arabia and Albania

On 27 February 2024 the President held talks in Riyadh with Crown Prince Mohammed bin Salman on the Peace Formula and the return of prisoners. On 28 February he took part in the Ukraine–South East Europe summit in Tirana, hosted by Prime Minister Edi Rama. On the sidelines he met the leaders of Croatia, Serbia and Montenegro. He returned to Kyiv on 29 February.""",
  [E("meeting", "talks", "2024-02-27", P("Riyadh", "SA"), ["Volodymyr Zelensky", "Mohammed bin Salman"]),
   E("meeting", "summit", "2024-02-28", P("Tirana", "AL"), ["Volodymyr Zelensky", "Edi Rama", "South East European leaders"])],
  [P("Kyiv", "UA")],
  TR + " Sidelines meetings are part of the Tirana event. Countries (Croatia, Serbia, Montenegro) are nationalities.",
  ["travel_record", "multi_event", "return_leg", "nationality"]))

# 17 ---------------------------------------------------------------- Philippine president, Hanoi + call preceding
d = "2024-02-01"
add(D(R, 17, d, """Presidential Communications Office – State visit to Viet Nam

Ahead of the trip, on 26 January 2024, the President spoke by phone with Prime Minister Pham Minh Chinh on the arrangements. The President was in Hanoi from 29 to 31 January 2024. On 30 January he held talks with President Vo Van Thuong at the Presidential Palace and laid a wreath at the Ho Chi Minh Mausoleum. Memoranda on rice trade and maritime cooperation in the South China Sea were signed.""",
  [E("call", "phone call", "2024-01-26", P("Manila", "PH"), ["Ferdinand Marcos Jr.", "Pham Minh Chinh"], alts=[P("Hanoi", "VN")]),
   E("meeting", "state visit", ["2024-01-29", "2024-01-31"], P("Hanoi", "VN"), ["Ferdinand Marcos Jr.", "Vo Van Thuong"])],
  [],
  TR + " Call before the visit at the issuing side's capital, Hanoi alternate. South China Sea topic.",
  ["travel_record", "call", "date_range", "topic_place"]))

# 18 ---------------------------------------------------------------- Argentine FM to Santiago and Lima, one virtual
d = "2023-08-18"
add(D(R, 18, d, """Cancillería Argentina – Actividad del Canciller

El 14 de agosto de 2023 el Canciller visitó Santiago de Chile, donde se reunió con su par Alberto van Klaveren. El 15 de agosto participó por videoconferencia, desde Buenos Aires, en la reunión de cancilleres de la CELAC. El 16 de agosto viajó a Asunción para la asunción del Presidente Santiago Peña, ocasión en que mantuvo un encuentro con el mandatario paraguayo.""",
  [E("meeting", "visit", "2023-08-14", P("Santiago", "CL"), ["Santiago Cafiero", "Alberto van Klaveren"]),
   E("call", "videoconference", "2023-08-15", P("Buenos Aires", "AR"), ["Santiago Cafiero", "CELAC foreign ministers"]),
   E("meeting", "meeting", "2023-08-16", P("Asunción", "PY", "Asuncion"), ["Santiago Cafiero", "Santiago Peña"])],
  [],
  "Spanish text. " + TR + " Videoconference: kind call at Buenos Aires. Person names Santiago (Peña) are not places.",
  ["travel_record", "spanish", "call", "multi_event", "person_name_place"]))

# 19 ---------------------------------------------------------------- Erdogan in Athens Dec 2023
d = "2023-12-08"
add(D(R, 19, d, """Presidency of the Republic of Türkiye – Visit to Greece

President Recep Tayyip Erdoğan paid a one-day visit to Athens on 7 December 2023 for the fifth meeting of the High-Level Cooperation Council. He met President Katerina Sakellaropoulou and held talks with Prime Minister Kyriakos Mitsotakis at the Maximos Mansion. The leaders signed the Athens Declaration on friendly relations. The next Council meeting will be held in Türkiye in 2024.""",
  [E("meeting", "visit", "2023-12-07", P("Athens", "GR"), ["Recep Tayyip Erdoğan", "Kyriakos Mitsotakis", "Katerina Sakellaropoulou"])],
  [],
  TR + " 'Athens Declaration' is a document named after the meeting city (same place). Next Council in Türkiye: future, country only.",
  ["travel_record", "future_event", "metonym"]))

# 20 ---------------------------------------------------------------- Angola mediation
d = "2024-07-31"
add(D(R, 20, d, """Presidency of Angola – Ministerial meeting on peace in eastern DRC

On 30 July 2024, the President of the Republic received in Luanda the foreign ministers of the Democratic Republic of the Congo and Rwanda, Thérèse Kayikwamba Wagner and Olivier Nduhungirehe, at the Cidade Alta palace. The ministers agreed on a ceasefire in eastern DRC from 4 August. The next round will be held in Luanda later in August.""",
  [E("meeting", "mediation", "2024-07-30", P("Luanda", "AO"), ["João Lourenço", "Thérèse Kayikwamba Wagner", "Olivier Nduhungirehe"])],
  [],
  TR + " Host-side record. Eastern DRC is a topic; the ceasefire date and the next round are future.",
  ["travel_record", "host", "future_event", "topic_place"]))

# 21 ---------------------------------------------------------------- Indian EAM, Gulf + Europe, transit
d = "2024-09-12"
add(D(R, 21, d, """Visit of External Affairs Minister to Saudi Arabia, Germany and Switzerland (8–13 September 2024)

EAM arrived in Riyadh on 8 September and on 9 September co-chaired the first India–GCC Foreign Ministers' Strategic Dialogue. He travelled to Berlin on 10 September, where he held talks with Foreign Minister Annalena Baerbock on 10–11 September. In transit through Frankfurt he addressed Indian students. He will be in Geneva from 12 to 13 September for meetings with the heads of WHO and the UN Human Rights Council.""",
  [E("meeting", "strategic dialogue", "2024-09-09", P("Riyadh", "SA"), ["S. Jaishankar", "GCC foreign ministers"]),
   E("meeting", "talks", ["2024-09-10", "2024-09-11"], P("Berlin", "DE"), ["S. Jaishankar", "Annalena Baerbock"])],
  [P("Frankfurt am Main", "DE", "Frankfurt am Main"), P("Geneva", "CH")],
  TR + " Record issued on 12 September: the Geneva stop (12–13) is stated in the future tense: not gold. Frankfurt transit (address to students: not a diplomatic meeting).",
  ["travel_record", "multi_event", "future_event", "transit", "date_range"]))

# 22 ---------------------------------------------------------------- Lula Africa 2023
d = "2023-08-29"
add(D(R, 22, d, """Planalto – Agenda internacional do Presidente

Após a Cúpula do BRICS em Joanesburgo (22 a 24 de agosto de 2023), o Presidente realizou visita oficial a Angola, em 25 e 26 de agosto, onde foi recebido em Luanda pelo Presidente João Lourenço e discursou na Assembleia Nacional. Em seguida, participou em São Tomé, no dia 27 de agosto, da Cúpula da CPLP. O Presidente regressou a Brasília em 28 de agosto.""",
  [E("meeting", "summit", ["2023-08-22", "2023-08-24"], P("Johannesburg", "ZA"), ["Luiz Inácio Lula da Silva", "BRICS leaders"]),
   E("meeting", "official visit", ["2023-08-25", "2023-08-26"], P("Luanda", "AO"), ["Luiz Inácio Lula da Silva", "João Lourenço"]),
   E("meeting", "summit", "2023-08-27", P("São Tomé", "ST", "Sao Tome"), ["Luiz Inácio Lula da Silva", "CPLP leaders"])],
  [P("Brasília", "BR", "Brasilia")],
  "Portuguese. " + TR + " Three stops; Brasília return.",
  ["travel_record", "portuguese", "multi_event", "date_range", "return_leg"]))

# 23 ---------------------------------------------------------------- Japanese PM, Ukraine via Poland
d = "2023-03-23"
add(D(R, 23, d, """Prime Minister's visit to India, Ukraine and Poland

Prime Minister Kishida Fumio visited New Delhi on 20–21 March 2023 and held a summit meeting with Prime Minister Narendra Modi. He then travelled by train from Poland to Kyiv, where on 21 March he held a summit meeting with President Volodymyr Zelenskyy and visited Bucha. On 22 March he met President Andrzej Duda in Warsaw, and returned to Tokyo on 23 March.""",
  [E("meeting", "summit", ["2023-03-20", "2023-03-21"], P("New Delhi", "IN", pick=1), ["Kishida Fumio", "Narendra Modi"]),
   E("meeting", "summit", "2023-03-21", P("Kyiv", "UA"), ["Kishida Fumio", "Volodymyr Zelenskyy"]),
   E("other", "site visit", "2023-03-21", P("Bucha", "UA"), ["Kishida Fumio"]),
   E("meeting", "summit", "2023-03-22", P("Warsaw", "PL"), ["Kishida Fumio", "Andrzej Duda"])],
  [P("Tokyo", "JP")],
  TR + " Train transit from Poland (country) is not an event. Bucha visit: other (~25 km from Kyiv).",
  ["travel_record", "multi_event", "site_visit", "transit", "return_leg"]))

# 24 ---------------------------------------------------------------- Egyptian FM, Horn of Africa
d = "2025-01-27"
add(D(R, 24, d, """Ministry of Foreign Affairs of Egypt – Minister Badr Abdelatty's tour

23 January 2025: Djibouti – met President Ismail Omar Guelleh.
24 January 2025: Asmara – delivered a message from President el-Sisi to President Isaias Afwerki.
25 January 2025: Mogadishu – talks with President Hassan Sheikh Mohamud on the African Union mission.
A stop in Juba, South Sudan, was postponed.""",
  [E("meeting", "visit", "2025-01-23", P("Djibouti", "DJ"), ["Badr Abdelatty", "Ismail Omar Guelleh"]),
   E("meeting", "visit", "2025-01-24", P("Asmara", "ER"), ["Badr Abdelatty", "Isaias Afwerki"]),
   E("meeting", "talks", "2025-01-25", P("Mogadishu", "SO"), ["Badr Abdelatty", "Hassan Sheikh Mohamud"])],
  [P("Juba", "SS")],
  TR + " Postponed Juba stop: not gold.",
  ["travel_record", "multi_event", "cancelled_event"]))

# 25 ---------------------------------------------------------------- Weekday-dated itinerary, Balkans
d = "2024-11-22"
add(D(R, 25, d, f"""Office of the Federal Chancellor of Austria – Programme of the Chancellor, week of 18 November 2024

{WD(d,-4)}: Belgrade – working visit; talks with President Aleksandar Vučić on migration.
{WD(d,-3)}: Sarajevo – meeting with the Chair of the Presidency of Bosnia and Herzegovina.
{WD(d,-2)}: Vienna – Council of Ministers.
{WD(d,-1)}: videoconference with the Prime Minister of Albania, Edi Rama.
{WD(d)}: Skopje – visit cancelled.""",
  [E("meeting", "working visit", DAY(d,-4), P("Belgrade", "RS"), ["Karl Nehammer", "Aleksandar Vučić"]),
   E("meeting", "meeting", DAY(d,-3), P("Sarajevo", "BA"), ["Karl Nehammer", "Chair of the Presidency of Bosnia and Herzegovina"]),
   E("call", "videoconference", DAY(d,-1), P("Vienna", "AT"), ["Karl Nehammer", "Edi Rama"], alts=[P("Tirana", "AL")])],
  [P("Skopje", "MK")],
  TR + " Weekday schedule. Vienna Council of Ministers: domestic, not gold. Videoconference: call at Vienna, Tirana alternate. Skopje cancelled.",
  ["travel_record", "weekday_date", "multi_event", "call", "cancelled_event"]))

# 26 ---------------------------------------------------------------- Saudi FM Tehran
d = "2023-06-19"
add(D(R, 26, d, """Saudi Press Agency – Visit of His Highness the Minister of Foreign Affairs to the Islamic Republic of Iran

His Highness Prince Faisal bin Farhan arrived in Tehran on 17 June 2023, the first visit by a Saudi foreign minister in years, and held talks with his Iranian counterpart Hossein Amir-Abdollahian. On the same day he was received by President Ebrahim Raisi. His Highness inspected the premises of the Kingdom's embassy in Tehran, which is due to reopen, before departing for Riyadh.""",
  [E("meeting", "visit", "2023-06-17", P("Tehran", "IR"), ["Faisal bin Farhan", "Hossein Amir-Abdollahian", "Ebrahim Raisi"])],
  [P("Riyadh", "SA")],
  TR + " Embassy inspection in the same city: part of the stop. Riyadh departure.",
  ["travel_record", "return_leg"]))

# 27 ---------------------------------------------------------------- country-only tour + one named city
d = "2024-02-23"
add(D(R, 27, d, """Ministry of Foreign Affairs of the Republic of Korea

The Minister paid an official visit to Brazil from 19 to 21 February 2024 to attend the G20 Foreign Ministers' Meeting, and then travelled to Argentina. On 22 February in Buenos Aires, the Minister held talks with Foreign Minister Diana Mondino on critical minerals.""",
  [E("meeting", "talks", "2024-02-22", P("Buenos Aires", "AR"), ["Cho Tae-yul", "Diana Mondino"])],
  [],
  TR + " The Brazil visit names only the country (the G20 meeting was in Rio de Janeiro, not stated): not pinned.",
  ["travel_record", "country_only"]))

# 28 ---------------------------------------------------------------- ICRC President in Sudan and Chad, camp visit
d = "2024-03-14"
add(D(R, 28, d, """ICRC – President Mirjana Spoljaric's mission to Chad and Sudan, 7–13 March 2024

In N'Djamena, on 7 March, the President met President Mahamat Idriss Déby. On 8–9 March she visited the Adré transit camp on the Sudanese border, where more than 500,000 refugees from Darfur have arrived. On 11 March, in Port Sudan, she met General Abdel Fattah al-Burhan and the Minister of Health. She ended her mission in Geneva on 13 March.""",
  [E("meeting", "meeting", "2024-03-07", P("N'Djamena", "TD"), ["Mirjana Spoljaric", "Mahamat Idriss Déby"]),
   E("other", "site visit", ["2024-03-08", "2024-03-09"], M("Adré transit camp", 13.47, 22.20, "TD", "approximate, camp at Adré on the Sudanese border"), ["Mirjana Spoljaric"]),
   E("meeting", "meeting", "2024-03-11", P("Port Sudan", "SD"), ["Mirjana Spoljaric", "Abdel Fattah al-Burhan"])],
  [P("Geneva", "CH")],
  TR + " Camp visit: other (manual). Darfur a region (origin). Geneva end of mission (return).",
  ["travel_record", "multi_event", "site_visit", "camp", "return_leg"]))

# 29 ---------------------------------------------------------------- Chinese premier, Australia & NZ & Malaysia
d = "2024-06-21"
add(D(R, 29, d, """Xinhua – Premier Li Qiang concludes tour of New Zealand, Australia and Malaysia

From 13 to 20 June 2024, Premier Li Qiang visited New Zealand, Australia and Malaysia. In Wellington on 13–14 June he held talks with Prime Minister Christopher Luxon. In Adelaide on 16 June he visited a panda exhibit at the zoo, and on 17 June he held the annual leaders' meeting with Prime Minister Anthony Albanese in Canberra. He visited a lithium processing plant in Perth on 18 June. In Kuala Lumpur on 19 June he held talks with Prime Minister Anwar Ibrahim.""",
  [E("meeting", "talks", ["2024-06-13", "2024-06-14"], P("Wellington", "NZ"), ["Li Qiang", "Christopher Luxon"]),
   E("other", "site visit", "2024-06-16", P("Adelaide", "AU"), ["Li Qiang"]),
   E("meeting", "leaders' meeting", "2024-06-17", P("Canberra", "AU"), ["Li Qiang", "Anthony Albanese"]),
   E("other", "site visit", "2024-06-18", P("Perth", "AU"), ["Li Qiang"]),
   E("meeting", "talks", "2024-06-19", P("Kuala Lumpur", "MY"), ["Li Qiang", "Anwar Ibrahim"])],
  [],
  TR + " Zoo and plant visits: other.",
  ["travel_record", "multi_event", "site_visit", "date_range"]))

# 30 ---------------------------------------------------------------- Host-side record, Doha hosting talks, call
d = "2024-11-28"
add(D(R, 30, d, """Ministry of Foreign Affairs of the State of Qatar – Activities of the Minister of State

On 25 November 2024 the Minister of State, Dr. Mohammed Al-Khulaifi, received in Doha a delegation of the Taliban caretaker government led by the acting minister of foreign affairs. On 26 November he held a phone call with the Foreign Minister of Venezuela. On 27 November he travelled to Kigali, where he met President Paul Kagame and discussed mediation between Rwanda and the Democratic Republic of the Congo.""",
  [E("meeting", "meeting", "2024-11-25", P("Doha", "QA"), ["Mohammed Al-Khulaifi", "Amir Khan Muttaqi"]),
   E("call", "phone call", "2024-11-26", P("Doha", "QA"), ["Mohammed Al-Khulaifi", "Venezuelan Foreign Minister"], alts=[P("Caracas", "VE")]),
   E("meeting", "visit", "2024-11-27", P("Kigali", "RW"), ["Mohammed Al-Khulaifi", "Paul Kagame"])],
  [],
  TR + " Host-side meeting, call (issuing side Doha, Caracas alternate), then a trip.",
  ["travel_record", "host", "call", "multi_event"]))
