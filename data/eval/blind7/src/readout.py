from lib import *
R = "readout"
DOCS = []
add = DOCS.append
RO = "Readout: calls/virtual meetings are kind call at the issuing side's capital (other side alternate); in-person meetings at the stated place."
WAS = P("Washington", "US")
ND = P("New Delhi", "IN", pick=1)

# 1
d = "2025-03-03"
add(D(R, 1, d, """Secretary Rubio's Call with Saudi Foreign Minister Faisal bin Farhan

The following is attributable to Spokesperson Tammy Bruce:

Secretary of State Marco Rubio spoke today with Saudi Minister of Foreign Affairs Prince Faisal bin Farhan Al Saud. The Secretary thanked the Kingdom for hosting discussions on ending the war in Ukraine and discussed the situation in Gaza and in Syria, and the importance of countering Houthi attacks on shipping in the Red Sea.""",
  [E("call", "phone call", d, WAS, ["Marco Rubio", "Faisal bin Farhan"], alts=[P("Riyadh", "SA")])],
  [P("Gaza", "PS")],
  RO + " Ukraine, Syria, Red Sea: countries/sea. Gaza topic.",
  ["readout", "call", "topic_place"]))

# 2
d = "2024-04-15"
add(D(R, 2, d, """External Affairs Minister's telephone conversation with Foreign Minister of Iran

EAM Dr. S. Jaishankar spoke today with Foreign Minister of Iran Hossein Amir-Abdollahian. EAM raised the release of the 17 Indian crew members of the vessel MSC Aries, seized near the Strait of Hormuz. They also discussed the situation in the region after the events of 13 April, and EAM stressed the importance of avoiding escalation.""",
  [E("call", "phone call", d, ND, ["S. Jaishankar", "Hossein Amir-Abdollahian"], alts=[P("Tehran", "IR")])],
  [],
  RO + " 'Indian crew' nationality; the Strait of Hormuz is a waterway (not pinned); the 13 April events have no place.",
  ["readout", "call", "nationality", "back_reference"]))

# 3
d = "2024-12-17"
add(D(R, 3, d, """Meeting with President of the United Arab Emirates Mohammed bin Zayed Al Nahyan

Vladimir Putin held talks in the Kremlin with President of the United Arab Emirates Mohammed bin Zayed Al Nahyan, who is in Russia on a working visit. The leaders discussed trade, the situation in the Middle East and the UAE's mediation in exchanges of prisoners of war with Ukraine.""",
  [E("meeting", "visit", d, P("Moscow", "RU"), ["Vladimir Putin", "Mohammed bin Zayed"])],
  [],
  RO + " Kremlin → Moscow; undated readout dated D (composite date).",
  ["readout", "metonym"]))

# 4
d = "2024-03-27"
add(D(R, 4, d, f"""Entretien téléphonique du Président de la République avec M. Abdelmadjid Tebboune

Le Président de la République s'est entretenu ce {WDF(d)} par téléphone avec le Président de la République algérienne démocratique et populaire, M. Abdelmadjid Tebboune. Les deux chefs d'État ont évoqué la préparation d'une visite d'État du Président Tebboune en France à l'automne, ainsi que la situation au Sahel.""",
  [E("call", "phone call", d, P("Paris", "FR"), ["Emmanuel Macron", "Abdelmadjid Tebboune"], alts=[P("Algiers", "DZ")])],
  [],
  RO + " French readout; future state visit (France, country) not gold; Sahel a region.",
  ["readout", "call", "french", "weekday_date", "future_event"]))

# 5
d = "2024-01-28"
add(D(R, 5, d, f"""Wang Yi Meets with U.S. National Security Advisor Jake Sullivan

On January 26 and 27, 2024, Director of the Office of the Central Foreign Affairs Commission Wang Yi held talks with U.S. National Security Advisor Jake Sullivan in Bangkok, Thailand. The two sides had candid, substantive and fruitful strategic communication on implementing the consensus reached by the two heads of state at their meeting in San Francisco, the Taiwan question and the Red Sea.""",
  [E("meeting", "talks", ["2024-01-26", "2024-01-27"], P("Bangkok", "TH"), ["Wang Yi", "Jake Sullivan"])],
  [P("San Francisco", "US")],
  RO + " Meeting in a third country. San Francisco summit is undated background (metonym for the Xi–Biden meeting).",
  ["readout", "third_country", "date_range", "background_event"]))

# 6
d = "2025-03-02"
add(D(R, 6, d, f"""PM meeting with President Zelenskyy: 1 March 2025

The Prime Minister welcomed President Zelenskyy to Downing Street this afternoon, a day after his visit to Washington. The leaders discussed the UK's steadfast support for Ukraine and signed a £2.26 billion loan agreement. The Prime Minister said he looked forward to welcoming leaders to Lancaster House tomorrow for the summit on European security.""",
  [E("meeting", "visit", "2025-03-01", P("London", "GB"), ["Keir Starmer", "Volodymyr Zelensky"])],
  [WAS],
  RO + " Readout published the next day; the meeting date is in the title. Washington visit is a back-reference ('a day after'). Lancaster House summit is future relative to the meeting but on D; it is not described as held: not gold (same city anyway).",
  ["readout", "back_reference", "future_event"]))

# 7
d = "2024-06-01"
add(D(R, 7, d, """Readout of Secretary of Defense Lloyd J. Austin III's Meeting With People's Republic of China Minister of National Defense Adm. Dong Jun

Secretary of Defense Lloyd J. Austin III met with People's Republic of China Minister of National Defense Admiral Dong Jun today on the margins of the Shangri-La Dialogue in Singapore. The Secretary discussed the importance of continuing to maintain open lines of military communication between the United States and the PRC, and expressed concern about recent provocative PRC activity around Taiwan and in the South China Sea.""",
  [E("meeting", "bilateral meeting", d, P("Singapore", "SG"), ["Lloyd Austin", "Dong Jun"])],
  [],
  RO + " Meeting on the margins of a conference; Taiwan and the South China Sea topics (not pinned).",
  ["readout", "third_country"]))

# 8
d = "2025-07-09"
add(D(R, 8, d, """Holy See Press Office communiqué

This morning, at Castel Gandolfo, the Holy Father Leo XIV received in audience the President of Ukraine, Volodymyr Zelensky, accompanied by his wife. During the cordial talks, attention was given to the war in Ukraine and the urgency of a just and lasting peace. The Holy Father reiterated his willingness to receive representatives of Russia and Ukraine in the Vatican for negotiations. The President is in Rome for the Ukraine Recovery Conference.""",
  [E("meeting", "audience", d, P("Castel Gandolfo", "IT"), ["Pope Leo XIV", "Volodymyr Zelensky"], alts=[P("Vatican City", "VA")])],
  [P("Rome", "IT")],
  RO + " Non-Vatican audience venue; Vatican offer is future. Rome (~25 km, conference) is inside the radius.",
  ["readout", "future_event", "non_capital_seat"]))

# 9
d = "2023-09-05"
add(D(R, 9, d, """President Erdoğan meets with Russian President Putin in Sochi

President Recep Tayyip Erdoğan met with President of the Russian Federation Vladimir Putin in Sochi today. The two leaders discussed the revival of the Black Sea Grain Initiative, which Russia left in July, and bilateral trade. President Erdoğan said Türkiye's efforts, launched in Istanbul last year, would continue.""",
  [E("meeting", "visit", d, P("Sochi", "RU"), ["Recep Tayyip Erdoğan", "Vladimir Putin"])],
  [P("Istanbul", "TR")],
  RO + " Istanbul: the 2022 grain deal (undated background, metonym).",
  ["readout", "background_event", "metonym", "non_capital_seat"]))

# 10
d = "2023-09-07"
add(D(R, 10, d, """Afghan Chargé d'Affaires summoned to the Ministry of Foreign Affairs

The Afghan Chargé d'Affaires was summoned to the Ministry of Foreign Affairs in Islamabad today, and a strong demarche was made on the unprovoked firing by Afghan forces at the Torkham border crossing, and on the construction of structures on the Pakistani side. He was told that such actions could not be justified under any pretext.""",
  [E("meeting", "summons", d, P("Islamabad", "PK"), ["Pakistan MOFA", "Afghan Charge d'Affaires"])],
  [M("Torkham", 34.12, 71.09, "PK", "approximate, border crossing")],
  RO + " Summons is a meeting in Islamabad; the Torkham firing is referenced undated (not gold).",
  ["readout", "summons", "back_reference"]))

# 11
d = "2025-01-27"
add(D(R, 11, d, """Comunicado: Cancillería convoca al Encargado de Negocios de los Estados Unidos

El Ministerio de Relaciones Exteriores convocó hoy en Bogotá al Encargado de Negocios de la Embajada de los Estados Unidos para expresar la posición del Gobierno nacional frente a las medidas anunciadas por Washington y sobre el trato digno a los connacionales deportados. El Presidente viajará a Tegucigalpa la próxima semana para la reunión de la CELAC.""",
  [E("meeting", "summons", d, P("Bogotá", "CO", "Bogota"), ["Colombia MFA", "US Charge d'Affaires"])],
  [WAS, P("Tegucigalpa", "HN")],
  RO + " Spanish readout. Washington metonym; Tegucigalpa future.",
  ["readout", "summons", "spanish", "future_event", "metonym"]))

# 12
d = "2024-03-20"
add(D(R, 12, d, """Joint statement by the Foreign Ministers of Egypt, Jordan, Qatar, Saudi Arabia and the UAE

The Foreign Ministers reiterated their rejection of any military operation in Rafah and of the forced displacement of Palestinians from Gaza. They called for the opening of all crossings, including Kerem Shalom, and for the full implementation of UN Security Council resolutions. The ministers will meet again in Riyadh at the end of April.""",
  [],
  [P("Rafah", "PS"), P("Gaza", "PS"), M("Kerem Shalom crossing", 31.23, 34.28, "IL", "approximate, crossing point"), P("Riyadh", "SA")],
  "Joint statement only: no meeting place stated, no gold. Rafah and Kerem Shalom are topics; the Riyadh meeting is future.",
  ["readout", "no_gold", "topic_place", "future_event"]))

# 13
d = "2021-11-16"
add(D(R, 13, d, """President Xi Jinping Has a Virtual Meeting with U.S. President Joe Biden

On the morning of November 16, 2021 (Beijing time), President Xi Jinping had a virtual meeting with U.S. President Joe Biden. The two presidents had a candid, in-depth, extensive and constructive exchange on the strategic, overall and fundamental issues in China-U.S. relations. President Xi stressed that the Taiwan question is the most sensitive issue.""",
  [E("call", "virtual meeting", d, P("Beijing", "CN"), ["Xi Jinping", "Joe Biden"], alts=[WAS])],
  [],
  RO + " Virtual meeting: kind call at the issuing side's capital.",
  ["readout", "call", "virtual_meeting"]))

# 14
d = "2024-09-25"
add(D(R, 14, d, """Readout of the Secretary-General's meeting with H.E. Masoud Pezeshkian, President of the Islamic Republic of Iran

The Secretary-General met today with H.E. Mr. Masoud Pezeshkian, President of the Islamic Republic of Iran, on the margins of the high-level week of the General Assembly in New York. The Secretary-General expressed his deep concern at the escalation in Lebanon and stressed the importance of avoiding a regional war.""",
  [E("meeting", "bilateral meeting", d, P("New York City", "US", "New York City"), ["António Guterres", "Masoud Pezeshkian"])],
  [],
  RO + " Lebanon is a country topic.",
  ["readout", "third_country"]))

# 15
d = "2025-02-13"
add(D(R, 15, d, f"""His Majesty King Abdullah II receives Palestinian President at Al Husseiniya Palace

His Majesty King Abdullah II received Palestinian President Mahmoud Abbas at Al Husseiniya Palace in Amman on {WD(d)}. His Majesty briefed President Abbas on the outcomes of his meeting with US President Donald Trump in Washington on {WD(d,-2)}, and reaffirmed Jordan's rejection of attempts to displace Palestinians from Gaza and the West Bank.""",
  [E("meeting", "visit", d, P("Amman", "JO"), ["Abdullah II", "Mahmoud Abbas"]),
   E("meeting", "visit", DAY(d,-2), WAS, ["Abdullah II", "Donald Trump"], optional=True)],
  [P("Gaza", "PS")],
  RO + " The Washington meeting two days earlier is a dated background meeting: optional. West Bank: region.",
  ["readout", "weekday_date", "background_event", "topic_place"]))

# 16
d = "2025-07-07"
add(D(R, 16, d, """Prime Minister Nawaf Salam receives US envoy Tom Barrack

Prime Minister Nawaf Salam received at the Grand Serail today the US President's Special Envoy, Ambassador Tom Barrack, who handed over the Lebanese response to the American paper on the disarmament of Hezbollah and the Israeli withdrawal from the five points in the south. The envoy had earlier met President Joseph Aoun at Baabda Palace.""",
  [E("meeting", "visit", d, P("Beirut", "LB"), ["Nawaf Salam", "Tom Barrack", "Joseph Aoun"])],
  [],
  RO + " Grand Serail (Beirut) and Baabda (~8 km) same day: one pin at Beirut.",
  ["readout", "multi_site_one_event", "metonym"]))

# 17
d = "2024-03-02"
add(D(R, 17, d, f"""President Ruto hosts Haiti Prime Minister

President William Ruto on {WD(d,-1)} hosted Haiti's Prime Minister Ariel Henry at State House, Nairobi, where the two witnessed the signing of a reciprocal agreement on the deployment of Kenyan police officers to Haiti. The officers will deploy to Port-au-Prince once the agreement is ratified. Mr Henry is due to travel on to San Juan, Puerto Rico.""",
  [E("meeting", "visit", DAY(d,-1), P("Nairobi", "KE"), ["William Ruto", "Ariel Henry"])],
  [P("Port-au-Prince", "HT"), P("San Juan", "PR")],
  RO + " Future deployment to Port-au-Prince and onward trip to San Juan: not gold.",
  ["readout", "weekday_date", "future_event", "origin_place"]))

# 18
d = "2023-06-16"
add(D(R, 18, d, """Secretary Blinken's Call with Sudanese Armed Forces Commander General Burhan

Secretary Blinken spoke today with Sudanese Armed Forces Commander General Abdel Fattah al-Burhan. The Secretary expressed grave concern about the continued fighting in Khartoum and Darfur and the killing yesterday of the governor of West Darfur in El Geneina. He urged the SAF to return to the talks in Jeddah.""",
  [E("call", "phone call", d, WAS, ["Antony Blinken", "Abdel Fattah al-Burhan"], alts=[P("Port Sudan", "SD")]),
   E("incident", "killing", DAY(d,-1), P("El Geneina", "SD", "El Geneina"), ["Rapid Support Forces", "West Darfur governor"], optional=True)],
  [P("Khartoum", "SD"), P("Jeddah", "SA")],
  RO + " The killing 'yesterday' in El Geneina is a dated background incident: optional. Khartoum fighting undated; Jeddah talks referenced (not held now).",
  ["readout", "call", "background_event", "topic_place"]))

# 19
d = "2025-02-01"
add(D(R, 19, d, """PM's telephone conversation with President of the United States of America

Prime Minister Shri Narendra Modi spoke today with President Donald J. Trump and congratulated him on his historic second term. The leaders discussed technology, trade, investment and energy, and agreed to work together for peace in West Asia and Ukraine. The leaders agreed to meet soon; Prime Minister is expected in Washington in February.""",
  [E("call", "phone call", d, ND, ["Narendra Modi", "Donald Trump"], alts=[WAS])],
  [],
  RO + " Future Washington visit: not gold (Washington is the call's alternate).",
  ["readout", "call", "future_event"]))

# 20
d = "2024-10-21"
add(D(R, 20, d, """Japan-ROK Foreign Ministers' Telephone Talk

On October 21, commencing at 5:30 p.m. for approximately 20 minutes, Mr. IWAYA Takeshi, Minister for Foreign Affairs of Japan, held a telephone talk with Mr. Cho Tae-yul, Minister of Foreign Affairs of the Republic of Korea. The two ministers exchanged views on North Korea's dispatch of troops to Russia.""",
  [E("call", "phone call", d, P("Tokyo", "JP"), ["Iwaya Takeshi", "Cho Tae-yul"], alts=[P("Seoul", "KR")])],
  [],
  RO + " North Korea and Russia: countries.",
  ["readout", "call"]))

# 21
d = "2024-06-20"
add(D(R, 21, d, f"""President Tinubu receives Letters of Credence

President Bola Ahmed Tinubu on {WD(d)} received letters of credence from nine ambassadors at the State House, Abuja, including the new envoys of Spain, Germany and Brazil. The President will depart Abuja on {WD(d,2)} for Kigali to attend the inauguration of President Paul Kagame.""",
  [E("meeting", "credentials ceremony", d, P("Abuja", "NG"), ["Bola Tinubu", "ambassadors"])],
  [P("Kigali", "RW")],
  RO + " Kigali trip future.",
  ["readout", "weekday_date", "future_event"]))

# 22
d = "2025-07-11"
add(D(R, 22, d, f"""Prime Minister Nikol Pashinyan and President Ilham Aliyev meet in Abu Dhabi

On {WD(d,-1)}, Prime Minister Nikol Pashinyan held a bilateral meeting with President of Azerbaijan Ilham Aliyev in Abu Dhabi, at the invitation of the President of the United Arab Emirates. The parties discussed the peace agreement and the opening of regional communications. It was agreed to continue the negotiations.""",
  [E("meeting", "bilateral meeting", DAY(d,-1), P("Abu Dhabi", "AE"), ["Nikol Pashinyan", "Ilham Aliyev"])],
  [],
  RO + " Meeting in a third country.",
  ["readout", "third_country", "weekday_date"]))

# 23
d = "2025-04-13"
add(D(R, 23, d, f"""Statement of the Foreign Ministry Spokesperson on the indirect talks in Muscat

Foreign Minister Seyyed Abbas Araghchi and US Special Envoy Steve Witkoff held indirect talks in Muscat on {WD(d,-1)}, with Omani Foreign Minister Badr Albusaidi as mediator. At the end, the two heads of delegation spoke directly for a few minutes. The next round will be held on {WD(d,6)}; the venue will be announced later. Tehran reiterated that it will not negotiate under pressure.""",
  [E("meeting", "indirect talks", DAY(d,-1), P("Muscat", "OM"), ["Abbas Araghchi", "Steve Witkoff", "Badr Albusaidi"])],
  [P("Tehran", "IR")],
  RO + " Next round future. Tehran statement place.",
  ["readout", "third_country", "weekday_date", "future_event", "statement_place"]))

# 24
d = "2024-12-12"
add(D(R, 24, d, f"""President Erdoğan hosts the leaders of Somalia and Ethiopia in Ankara

President Recep Tayyip Erdoğan held separate and joint meetings with the President of Somalia, Hassan Sheikh Mohamud, and the Prime Minister of Ethiopia, Abiy Ahmed, at the Presidential Complex in Ankara on {WD(d,-1)}. At the end of the talks, the parties signed the Ankara Declaration. Technical negotiations will start in February.""",
  [E("meeting", "summit", DAY(d,-1), P("Ankara", "TR"), ["Recep Tayyip Erdoğan", "Hassan Sheikh Mohamud", "Abiy Ahmed"])],
  [],
  RO + " Future negotiations have no place.",
  ["readout", "weekday_date", "future_event"]))

# 25
d = "2025-06-14"
add(D(R, 25, d, """Federal Chancellor Merz speaks with Prime Minister Netanyahu

Federal Chancellor Friedrich Merz spoke by telephone with Israeli Prime Minister Benjamin Netanyahu this morning. The Chancellor affirmed Israel's right to defend itself and called on both sides to avoid steps that could lead to further escalation, after Israel's strikes on Iranian nuclear facilities in Natanz and the Iranian missile attacks on Tel Aviv overnight.""",
  [E("call", "phone call", d, P("Berlin", "DE"), ["Friedrich Merz", "Benjamin Netanyahu"], alts=[P("Jerusalem", "IL")])],
  [P("Natanz", "IR"), P("Tel Aviv", "IL")],
  RO + " Strikes on Natanz and Tel Aviv are back-references (the call's topic), not gold here.",
  ["readout", "call", "back_reference", "topic_place"]))

# 26
d = "2025-01-29"
add(D(R, 26, d, """Secretary Rubio's Call with Rwandan President Kagame

Secretary of State Marco Rubio spoke today with Rwandan President Paul Kagame to express deep concern about the escalating conflict in eastern DRC, including the M23's seizure of Goma, and urged an immediate ceasefire. The Secretary also raised the threat posed by the advance towards Bukavu.""",
  [E("call", "phone call", d, WAS, ["Marco Rubio", "Paul Kagame"], alts=[P("Kigali", "RW")])],
  [P("Goma", "CD"), P("Bukavu", "CD")],
  RO + " Goma and Bukavu topics.",
  ["readout", "call", "topic_place"]))

# 27
d = "2024-01-18"
add(D(R, 27, d, """Philippines and China hold 8th Bilateral Consultation Mechanism on the South China Sea

The Philippines and China held the 8th meeting of the Bilateral Consultation Mechanism (BCM) on the South China Sea in Shanghai on 17 January 2024. Foreign Affairs Undersecretary Theresa Lazaro and Vice Foreign Minister Sun Weidong co-chaired the meeting. The Philippine side protested the incidents at Ayungin Shoal and Bajo de Masinloc in December.""",
  [E("meeting", "consultations", "2024-01-17", P("Shanghai", "CN"), ["Theresa Lazaro", "Sun Weidong"])],
  [],
  RO + " Shoals are sea features (December incidents undated, not gold).",
  ["readout", "background_event"]))

# 28
d = "2024-11-10"
add(D(R, 28, d, """Prime Minister and Minister of Foreign Affairs meets Hamas delegation

His Excellency Sheikh Mohammed bin Abdulrahman bin Jassim Al-Thani, Prime Minister and Minister of Foreign Affairs, met in Doha today with a Hamas delegation headed by Khalil al-Hayya. They discussed efforts to reach a ceasefire in Gaza and the release of hostages and prisoners. Qatar informed the parties that it would suspend its mediation until they show seriousness.""",
  [E("meeting", "meeting", d, P("Doha", "QA"), ["Mohammed bin Abdulrahman Al-Thani", "Hamas"])],
  [P("Gaza", "PS")],
  RO + " Gaza topic.",
  ["readout", "topic_place"]))

# 29
d = "2024-10-03"
add(D(R, 29, d, """HRH the Crown Prince receives phone call from Iranian President

His Royal Highness Prince Mohammed bin Salman bin Abdulaziz, Crown Prince and Prime Minister, received a phone call today from President Masoud Pezeshkian of the Islamic Republic of Iran. They discussed the latest developments in the region. The call comes as relations continue to develop under the Beijing agreement of 2023.""",
  [E("call", "phone call", d, P("Riyadh", "SA"), ["Mohammed bin Salman", "Masoud Pezeshkian"], alts=[P("Tehran", "IR")])],
  [P("Beijing", "CN")],
  RO + " Issuing side (Saudi) capital. 'Beijing agreement' metonym.",
  ["readout", "call", "metonym"]))

# 30
d = "2025-02-01"
add(D(R, 30, d, f"""Presidente Maduro recibe al enviado especial de Estados Unidos

El Presidente Nicolás Maduro recibió este {WDS(d,-1)} en el Palacio de Miraflores, en Caracas, al enviado especial del presidente Donald Trump, Richard Grenell. Conversaron sobre migración y sanciones. Al término de la reunión, el enviado regresó a Washington acompañado de seis ciudadanos estadounidenses liberados.""",
  [E("meeting", "visit", DAY(d,-1), P("Caracas", "VE"), ["Nicolás Maduro", "Richard Grenell"])],
  [WAS],
  RO + " Spanish readout; weekday recorded under English name. Washington return leg.",
  ["readout", "spanish", "weekday_date", "return_leg"]))
