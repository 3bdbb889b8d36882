from lib import *
R = "readout"
DOCS = []
add = DOCS.append
RO = "Readout: calls/virtual meetings are kind call at the issuing side's capital (other side alternate); in-person meetings at the stated place."
WAS = P("Washington", "US")
ND = P("New Delhi", "IN", pick=1)
MOS = P("Moscow", "RU")

# 1
d = "2025-05-08"
add(D(R, 1, d, """Secretary Rubio's Call with Indian External Affairs Minister Jaishankar

The following is attributable to Spokesperson Tammy Bruce:

Secretary of State Marco Rubio spoke today with Indian External Affairs Minister Subrahmanyam Jaishankar. The Secretary expressed condolences for the lives lost in the horrific terrorist attack in Pahalgam and reaffirmed U.S. commitment to cooperate with India against terrorism. He urged India and Pakistan to work toward de-escalation and to maintain direct communication.""",
  [E("call", "phone call", d, WAS, ["Marco Rubio", "S. Jaishankar"], alts=[ND])],
  [M("Pahalgam", 34.016, 75.315, "IN", "approximate, resort town in Anantnag district")],
  RO + " Pahalgam attack is a topic/back-reference (gold in blind6).",
  ["readout", "call", "topic_place", "back_reference"]))

# 2
d = "2025-05-12"
add(D(R, 2, d, """Telephone conversation with President of Turkiye Recep Tayyip Erdogan

Vladimir Putin had a telephone conversation with President of the Republic of Turkiye Recep Tayyip Erdogan. The President of Turkiye welcomed the Russian side's initiative to resume direct Russian-Ukrainian negotiations in Istanbul and confirmed Turkiye's readiness to provide a venue. The two leaders also discussed the situation in Syria and bilateral trade, including the construction of the Akkuyu nuclear power plant.""",
  [E("call", "phone call", d, MOS, ["Vladimir Putin", "Recep Tayyip Erdogan"], alts=[P("Ankara", "TR")])],
  [P("Istanbul", "TR"), M("Akkuyu", 36.14, 33.54, "TR", "approximate, nuclear plant site on the Mersin coast")],
  RO + " Istanbul talks are future. Akkuyu: project topic.",
  ["readout", "call", "future_event", "topic_place"]))

# 3
d = "2025-08-31"
add(D(R, 3, d, """Prime Minister's meeting with President of the People's Republic of China

Prime Minister Shri Narendra Modi met President of the People's Republic of China Mr. Xi Jinping on 31 August 2025 in Tianjin, on the sidelines of the Shanghai Cooperation Organisation (SCO) Summit. The two leaders positively assessed the progress in bilateral relations since their last meeting in Kazan in October 2024. They noted the successful disengagement along the border areas, the resumption of the Kailash Mansarovar Yatra and direct flights.""",
  [E("meeting", "bilateral meeting", d, P("Tianjin", "CN"), ["Narendra Modi", "Xi Jinping"])],
  [P("Kazan", "RU"), P("Shanghai", "CN")],
  RO + " Kazan meeting (month only) is old background: non-event. 'Shanghai Cooperation Organisation' is a metonym; Kailash Mansarovar a pilgrimage topic (not pinned).",
  ["readout", "third_country", "background_event", "metonym"]))

# 4
d = "2024-09-21"
WIL = P("Wilmington", "US", pick=1)
add(D(R, 4, d, """Readout of President Biden's Meeting with Prime Minister Modi of India

President Joseph R. Biden, Jr. hosted Prime Minister Narendra Modi of India at his home in Wilmington, Delaware today, ahead of the Quad Leaders' Summit. The leaders welcomed progress on the U.S.-India Comprehensive Global and Strategic Partnership, including defense cooperation and the semiconductor fabrication plant to be built in India. They also discussed the war in Ukraine, and the Prime Minister briefed the President on his recent visits to Poland and Ukraine.""",
  [E("meeting", "bilateral meeting", d, WIL, ["Joe Biden", "Narendra Modi"])],
  [],
  RO + " Homonym: Wilmington, Delaware (second gazetteer candidate; the first is Wilmington, North Carolina). Poland/Ukraine visits named by country only.",
  ["readout", "homonym", "country_only"]))

# 5
d = "2024-03-29"
add(D(R, 5, d, f"""Entretien téléphonique du Président de la République avec le Président de la République algérienne démocratique et populaire

Le Président de la République, Emmanuel Macron, s'est entretenu ce {WDF(d)} avec le Président Abdelmadjid Tebboune. Les deux Présidents ont évoqué la préparation de la visite d'État du Président Tebboune en France, prévue à l'automne, ainsi que les travaux de la commission mixte d'historiens. Ils ont également échangé sur la situation au Sahel et à Gaza.""",
  [E("call", "phone call", d, P("Paris", "FR"), ["Emmanuel Macron", "Abdelmadjid Tebboune"], alts=[P("Algiers", "DZ")])],
  [M("Gaza", 31.5, 34.47, "PS", "approximate, Gaza City")],
  RO + " French-language readout. Planned state visit is future. Sahel region and Gaza topics.",
  ["readout", "call", "non_english", "weekday_date", "future_event", "topic_place"]))

# 6
d = "2025-03-28"
add(D(R, 6, d, f"""Llamada telefónica entre la Presidenta Claudia Sheinbaum y el Primer Ministro de Canadá, Mark Carney

La Presidenta de México, Claudia Sheinbaum Pardo, sostuvo este {WDS(d)} una llamada telefónica con el Primer Ministro de Canadá, Mark Carney. Ambos mandatarios conversaron sobre la relación comercial en el marco del T-MEC y acordaron mantener una comunicación estrecha ante los aranceles anunciados por Washington. El Primer Ministro aceptó la invitación para visitar México en fecha próxima.""",
  [E("call", "phone call", d, P("Mexico City", "MX"), ["Claudia Sheinbaum", "Mark Carney"], alts=[P("Ottawa", "CA")])],
  [WAS],
  RO + " Spanish-language readout. 'Washington' is a metonym for the US government. Future visit not gold.",
  ["readout", "call", "non_english", "weekday_date", "metonym", "future_event"]))

# 7
d = "2025-07-24"
CHQ = P("Chequers", "GB", "Ellesborough")
add(D(R, 7, d, """PM meeting with Prime Minister Modi: 24 July 2025

The Prime Minister welcomed Prime Minister Narendra Modi of India to Chequers today, where the two leaders signed the UK-India Comprehensive Economic and Trade Agreement.

The leaders also launched the UK-India Vision 2035. They discussed cooperation on defence and security, including tackling extremism, and the Prime Minister paid tribute to the victims of the Air India crash in Ahmedabad last month. The leaders then watched a cricket demonstration in the Chequers grounds.""",
  [E("meeting", "bilateral meeting", d, CHQ, ["Keir Starmer", "Narendra Modi"])],
  [P("Ahmedabad", "IN")],
  RO + " Chequers pinned at Ellesborough (gazetteer). Ahmedabad crash: undated back-reference ('last month'), non-event.",
  ["readout", "non_capital_seat", "back_reference"]))

# 8
d = "2024-02-17"
add(D(R, 8, d, """Wang Yi Meets with U.S. Secretary of State Antony Blinken

On February 16, 2024 local time, Member of the Political Bureau of the CPC Central Committee and Foreign Minister Wang Yi met with U.S. Secretary of State Antony Blinken in Munich on the sidelines of the Munich Security Conference.

Wang Yi said that the two sides should implement the important common understandings reached by the two heads of state in San Francisco. On the Taiwan question, the U.S. side should stop arming Taiwan. Wang Yi also stated China's position on the situation in the Red Sea and in Gaza.""",
  [E("meeting", "bilateral meeting", "2024-02-16", P("Munich", "DE"), ["Wang Yi", "Antony Blinken"])],
  [P("San Francisco", "US"), M("Gaza", 31.5, 34.47, "PS", "approximate, Gaza City")],
  RO + " Third-country meeting dated D-1. San Francisco summit is an old back-reference; Taiwan, Red Sea and Gaza topics.",
  ["readout", "third_country", "back_reference", "topic_place"]))

# 9
d = "2024-07-29"
VAL = M("Valaam island", 61.39, 30.95, "RU", "approximate, monastery island in Lake Ladoga, Karelia")
add(D(R, 9, d, f"""Meeting with President of Belarus Alexander Lukashenko

Vladimir Putin and Alexander Lukashenko visited Valaam, where they took part in the celebrations marking the Day of the Baptism of Rus and held an informal meeting, on {WD(d,-1)}. The leaders discussed integration within the Union State and the upcoming events in Minsk. Before that, the two Presidents attended the Main Naval Parade in St Petersburg.""",
  [E("meeting", "informal meeting", DAY(d,-1), VAL, ["Vladimir Putin", "Alexander Lukashenko"]),
   E("other", "naval parade", DAY(d,-1), P("St Petersburg", "RU", "Saint Petersburg"), ["Vladimir Putin", "Alexander Lukashenko"])],
  [P("Minsk", "BY")],
  RO + " Non-capital seat (Valaam, ~150 km from St Petersburg). The parade attended together: other. Minsk events future.",
  ["readout", "non_capital_seat", "weekday_date", "future_event"]))

# 10
d = "2024-12-18"
add(D(R, 10, d, """23rd Meeting of the Special Representatives of India and China

National Security Advisor Shri Ajit Doval, the Special Representative of India on the India-China boundary question, held the 23rd meeting of the Special Representatives with Foreign Minister Wang Yi in Beijing today. The meeting followed the agreement reached on 21 October on patrolling and grazing in Depsang and Demchok. The Special Representatives also discussed the resumption of pilgrimages to Tibet and trans-border river cooperation.""",
  [E("meeting", "special representatives talks", d, P("Beijing", "CN"), ["Ajit Doval", "Wang Yi"])],
  [M("Depsang", 35.3, 78.0, "IN", "approximate, plains in eastern Ladakh, placement uncertain"), M("Demchok", 32.7, 79.45, "IN", "approximate, village in south-eastern Ladakh")],
  RO + " Depsang and Demchok: topics of an earlier agreement (no event there). Tibet region not pinned.",
  ["readout", "topic_place"]))

# 11
d = "2025-07-01"
add(D(R, 11, d, f"""On the summoning of the Ambassador of the Russian Federation

On {WD(d)}, Deputy Minister of Foreign Affairs Elnur Mammadov received the Ambassador of the Russian Federation to Azerbaijan, Mikhail Evdokimov, at the Ministry. A strong protest was expressed over the deaths of two citizens of Azerbaijan and the injuries to others during raids conducted by Russian law enforcement agencies in Yekaterinburg. The Azerbaijani side demanded an investigation and the punishment of those responsible.""",
  [E("meeting", "summons", d, P("Baku", "AZ"), ["Elnur Mammadov", "Mikhail Evdokimov"])],
  [P("Yekaterinburg", "RU")],
  RO + " Summons at the ministry in Baku (the issuing capital, implied). Yekaterinburg raids: undated back-reference, non-event.",
  ["readout", "summons", "weekday_date", "back_reference", "nationality"]))

# 12
d = "2025-01-15"
add(D(R, 12, d, """Joint Statement by the United States, Egypt and Qatar

The United States, Egypt and Qatar welcome the agreement reached between Israel and Hamas on a ceasefire in Gaza and the release of hostages. The three countries will work together to ensure that the agreement is implemented in full and to support the delivery of humanitarian assistance through the Rafah and Kerem Shalom crossings.""",
  [],
  [M("Gaza", 31.5, 34.47, "PS", "approximate, Gaza City"), M("Rafah crossing", 31.247, 34.258, "PS", "approximate, Gaza-Egypt crossing"), M("Kerem Shalom", 31.226, 34.284, "IL", "approximate, crossing at the Gaza-Egypt-Israel junction")],
  RO + " Joint statement only: no gold. Gaza and crossings are topics.",
  ["readout", "no_gold", "topic_place"]))

# 13
d = "2023-09-18"
add(D(R, 13, d, """Readout of National Security Advisor Jake Sullivan's Meeting with Chinese Director of the Office of the Central Foreign Affairs Commission Wang Yi (September 16-17, 2023)

National Security Advisor Jake Sullivan met with Wang Yi in Malta over two days. The discussions were part of ongoing efforts to maintain open lines of communication and responsibly manage competition. They discussed U.S.-China bilateral relations, global and regional security issues, Russia's war against Ukraine, and cross-Strait issues.""",
  [E("meeting", "bilateral meeting", ["2023-09-16", "2023-09-17"], P("Valletta", "MT"), ["Jake Sullivan", "Wang Yi"])],
  [],
  RO + " Dated by the title (D-2..D-1). 'In Malta' (country) → pinned at Valletta; the talks were in the Valletta area.",
  ["readout", "title_date", "third_country", "country_only", "date_range"]))

# 14
d = "2024-07-04"
add(D(R, 14, d, """President Erdoğan meets with President Putin of Russia

President Recep Tayyip Erdoğan met with President Vladimir Putin of Russia on the margins of the Shanghai Cooperation Organization (SCO) Summit in Astana on July 3. During the meeting, President Erdoğan said Türkiye could lay the groundwork for an end to the war between Russia and Ukraine. The two leaders last met in Sochi on 4 September 2023, where they discussed the Black Sea Grain Initiative.""",
  [E("meeting", "bilateral meeting", "2024-07-03", P("Astana", "KZ"), ["Recep Tayyip Erdoğan", "Vladimir Putin"]),
   E("meeting", "bilateral meeting", "2023-09-04", P("Sochi", "RU"), ["Recep Tayyip Erdoğan", "Vladimir Putin"], optional=True)],
  [],
  RO + " Third-country meeting D-1. Dated earlier Sochi meeting: optional background (date is outside the week, so not resolved by weekday).",
  ["readout", "third_country", "background_event", "metonym"]))

# 15
d = "2025-01-21"
add(D(R, 15, d, """President Xi Jinping Holds a Video Call with Russian President Vladimir Putin

On the afternoon of January 21, 2025, President Xi Jinping held a video call with Russian President Vladimir Putin in Beijing. President Xi noted that the two sides would jointly commemorate the 80th anniversary of the victory of the World Anti-Fascist War. President Putin said Russia looked forward to the SCO summit in Tianjin this year.""",
  [E("call", "video call", d, P("Beijing", "CN"), ["Xi Jinping", "Vladimir Putin"], alts=[MOS])],
  [P("Tianjin", "CN")],
  RO + " Virtual meeting → call at Beijing, Moscow alternate. Tianjin summit is future.",
  ["readout", "call", "virtual", "future_event"]))

# 16
d = "2025-09-30"
add(D(R, 16, d, """Japan-ROK Summit Meeting

On September 30, Prime Minister ISHIBA Shigeru, who is visiting the Republic of Korea, held a summit meeting with President LEE Jae-myung in Busan for approximately one hour and fifty minutes, followed by a dinner. The two leaders confirmed the importance of "shuttle diplomacy" and welcomed the progress since President Lee's visit to Tokyo in August. They agreed to cooperate toward the success of the APEC Economic Leaders' Meeting in Gyeongju.""",
  [E("meeting", "summit", d, P("Busan", "KR"), ["Ishiba Shigeru", "Lee Jae-myung"])],
  [P("Tokyo", "JP"), P("Gyeongju", "KR")],
  RO + " Non-capital venue. Tokyo visit in August: month only, non-event. Gyeongju APEC is future (~55 km).",
  ["readout", "non_capital_seat", "background_event", "future_event"]))

# 17
d = "2025-10-29"
add(D(R, 17, d, """Summit Meeting between President Lee Jae-myung and U.S. President Donald Trump

President Lee Jae-myung held a summit meeting with U.S. President Donald Trump at the Gyeongju National Museum on October 29, on the occasion of the APEC Economic Leaders' Week. The two leaders discussed follow-up measures to the tariff agreement and cooperation in shipbuilding, as well as the construction of nuclear-powered submarines. President Trump departed later for Busan, where he is to meet Chinese President Xi Jinping on October 30.""",
  [E("meeting", "summit", d, P("Gyeongju", "KR"), ["Lee Jae-myung", "Donald Trump"])],
  [P("Busan", "KR")],
  RO + " Busan meeting with Xi is future (the day after): not gold (~55 km, outside the radius).",
  ["readout", "non_capital_seat", "future_event"]))

# 18
d = "2022-07-14"
NEOM = M("NEOM (Sharma)", 27.95, 35.25, "SA", "approximate, royal residence area at Sharma on the Red Sea coast, Tabuk province")
add(D(R, 18, d, f"""HRH Crown Prince Receives King of Jordan in NEOM

NEOM, SPA — His Royal Highness Prince Mohammed bin Salman bin Abdulaziz, Crown Prince, Deputy Prime Minister and Minister of Defense, received His Majesty King Abdullah II ibn Al Hussein of the Hashemite Kingdom of Jordan in NEOM on {WD(d,-1)}. They reviewed bilateral relations and the preparations for the Jeddah Security and Development Summit to be held on {WD(d,2)} with the participation of U.S. President Joe Biden.""",
  [E("meeting", "bilateral meeting", DAY(d,-1), NEOM, ["Mohammed bin Salman", "Abdullah II"])],
  [P("Jeddah", "SA")],
  RO + " Non-capital seat. Jeddah summit is future.",
  ["readout", "non_capital_seat", "weekday_date", "future_event"]))

# 19
d = "2024-11-12"
add(D(R, 19, d, f"""Araghchi, Lavrov Discuss Regional Developments in Moscow

Iranian Foreign Minister Seyed Abbas Araghchi, who travelled to Moscow on a working visit, held talks with his Russian counterpart Sergey Lavrov on {WD(d,-1)} afternoon. The two ministers discussed the comprehensive strategic partnership treaty, which is to be signed in the near future, and the situation in Lebanon and Gaza. Araghchi also referred to the Israeli attacks on military sites in Tehran and Ilam provinces last month.""",
  [E("meeting", "ministerial meeting", DAY(d,-1), MOS, ["Abbas Araghchi", "Sergey Lavrov"])],
  [P("Tehran", "IR"), P("Ilam", "IR"), M("Gaza", 31.5, 34.47, "PS", "approximate, Gaza City")],
  RO + " Tehran and Ilam provinces: undated back-reference ('last month'); treaty signing future.",
  ["readout", "weekday_date", "back_reference", "topic_place", "future_event"],
  ))

# 20
d = "2025-01-16"
add(D(R, 20, d, """Minister Fidan Meets Syrian Foreign Minister Al-Shaibani

Minister of Foreign Affairs Hakan Fidan received Asaad Hassan al-Shaibani, Minister of Foreign Affairs of the Syrian Transitional Government, in Ankara on 15 January 2025. At the joint press conference, Minister Fidan stated that the PKK/YPG must leave Syria and that Türkiye was ready to support the Syrian administration in taking over the prisons and camps holding DAESH members in the north-east of Syria, including al-Hol. The situation around the Tishreen Dam was also discussed.""",
  [E("meeting", "ministerial meeting", "2025-01-15", P("Ankara", "TR"), ["Hakan Fidan", "Asaad al-Shaibani"])],
  [M("al-Hol camp", 36.38, 41.14, "SY", "approximate, camp east of al-Hasakah"), M("Tishreen Dam", 36.38, 38.18, "SY", "approximate, dam on the Euphrates south-east of Manbij")],
  RO + " al-Hol and Tishreen Dam (gold in blind6) are topics.",
  ["readout", "topic_place"]))

# 21
d = "2025-01-22"
add(D(R, 21, d, f"""President of Ukraine met with President of Switzerland in Davos

Volodymyr Zelensky met with President of the Swiss Confederation Karin Keller-Sutter in Davos on {WD(d,-1)}, on the sidelines of the World Economic Forum. The President thanked Switzerland for hosting the Summit on Peace in Ukraine at Bürgenstock last year and for its humanitarian demining assistance. The parties also discussed Ukraine's needs in energy equipment after the latest massive attacks on Kyiv and other cities.""",
  [E("meeting", "bilateral meeting", DAY(d,-1), P("Davos", "CH"), ["Volodymyr Zelensky", "Karin Keller-Sutter"])],
  [M("Bürgenstock", 46.995, 8.38, "CH", "approximate, resort above Lake Lucerne"), P("Kyiv", "UA")],
  RO + " Bürgenstock summit: old background (year only). Kyiv attacks undated.",
  ["readout", "non_capital_seat", "weekday_date", "background_event", "topic_place"]))

# 22
d = "2024-07-10"
add(D(R, 22, d, f"""President Ruto holds phone call with Sudan's Sovereign Council Chairman

President William Ruto on {WD(d)} held a phone conversation with the Chairman of Sudan's Transitional Sovereignty Council, General Abdel Fattah al-Burhan. The two leaders discussed the humanitarian situation in Sudan, particularly in El Fasher and Sennar, and the IGAD-led efforts to convene direct talks. President Ruto reiterated Kenya's readiness to host the talks in Nairobi.""",
  [E("call", "phone call", d, P("Nairobi", "KE"), ["William Ruto", "Abdel Fattah al-Burhan"], alts=[P("Port Sudan", "SD")])],
  [P("El Fasher", "SD"), P("Sennar", "SD")],
  RO + " Call at Nairobi (issuing side); Port Sudan (seat of the Sovereign Council) as alternate. El Fasher/Sennar topics. Hosting talks: future.",
  ["readout", "call", "weekday_date", "topic_place", "future_event"]))

# 23
d = "2025-08-02"
add(D(R, 23, d, """Joint Statement: Australia-New Zealand Leaders' Meeting

Prime Minister Anthony Albanese and Prime Minister Christopher Luxon met in Queenstown on 2 August 2025 for the annual Australia-New Zealand Leaders' Meeting. The leaders reaffirmed the Anzac alliance and discussed the strategic environment in the Pacific, including the Pacific Islands Forum Leaders' Meeting in Honiara next month, and deportations from Australia to New Zealand.""",
  [E("meeting", "leaders' meeting", d, P("Queenstown", "NZ"), ["Anthony Albanese", "Christopher Luxon"])],
  [P("Honiara", "SB")],
  RO + " Non-capital venue. Honiara meeting is future.",
  ["readout", "non_capital_seat", "future_event"]))

# 24
d = "2023-10-16"
JER = P("Jerusalem", "IL")
add(D(R, 24, d, """PM Netanyahu Speaks with Russian President Putin

Prime Minister Benjamin Netanyahu, this evening, spoke with Russian President Vladimir Putin. The Prime Minister told President Putin about the murderous attack by Hamas on the communities of the western Negev on 7 October, and the taking of more than 200 hostages to Gaza. The Prime Minister said Israel was determined to eliminate the military and governing capabilities of Hamas.""",
  [E("call", "phone call", d, JER, ["Benjamin Netanyahu", "Vladimir Putin"], alts=[MOS])],
  [M("Gaza", 31.5, 34.47, "PS", "approximate, Gaza City")],
  RO + " Call at Jerusalem (Prime Minister's Office). 7 October attack on 'the communities of the western Negev': region only, not pinned. Gaza topic.",
  ["readout", "call", "back_reference", "topic_place"]))

# 25
d = "2025-04-15"
add(D(R, 25, d, f"""Prime Minister Salam visits Damascus, meets President al-Sharaa

Prime Minister Nawaf Salam headed a ministerial delegation to Damascus on {WD(d,-1)}, where he met President Ahmed al-Sharaa at the People's Palace. The two sides agreed to form a joint committee to demarcate the land and sea border and to prevent a repeat of the clashes that broke out last month around Hermel and Qusayr. They also discussed the return of Syrian refugees from Lebanon.""",
  [E("meeting", "official visit", DAY(d,-1), P("Damascus", "SY"), ["Nawaf Salam", "Ahmed al-Sharaa"])],
  [P("Hermel", "LB"), P("Qusayr", "SY", "Al Quşayr")],
  RO + " Border clashes 'last month' around Hermel (gold in blind7) and Qusayr: undated back-reference, non-events.",
  ["readout", "weekday_date", "back_reference"]))

# 26
d = "2023-01-10"
add(D(R, 26, d, """Prime Minister Anwar receives courtesy call from President Marcos

PUTRAJAYA — Prime Minister Datuk Seri Anwar Ibrahim received a courtesy call from President of the Republic of the Philippines Ferdinand Marcos Jr. at Perdana Putra today, on the occasion of the latter's visit to Malaysia. The two leaders discussed the South China Sea, the peace process in Bangsamoro and the situation of Filipinos in Sabah.""",
  [E("meeting", "courtesy call", d, P("Putrajaya", "MY"), ["Anwar Ibrahim", "Ferdinand Marcos Jr."])],
  [],
  RO + " Putrajaya (administrative seat, ~25 km from Kuala Lumpur). 'Courtesy call' is an in-person meeting, not a phone call. Bangsamoro, Sabah and the South China Sea are regions.",
  ["readout", "non_capital_seat", "nationality"]))

# 27
d = "2025-03-19"
add(D(R, 27, d, f"""Conversa telefônica do Presidente Lula com o Presidente da Rússia, Vladimir Putin

O Presidente Luiz Inácio Lula da Silva conversou por telefone, nesta {WDP(d)}, com o Presidente da Rússia, Vladimir Putin. Os dois presidentes trataram da situação da guerra na Ucrânia e das negociações de cessar-fogo em curso. O Presidente Lula confirmou presença nas comemorações dos 80 anos do fim da Segunda Guerra em Moscou, em maio, e tratou da Cúpula do BRICS no Rio de Janeiro.""",
  [E("call", "phone call", d, P("Brasília", "BR"), ["Lula da Silva", "Vladimir Putin"], alts=[MOS])],
  [P("Rio de Janeiro", "BR")],
  RO + " Portuguese-language readout. Moscow commemorations (future; Moscow is the alternate of the call). Rio BRICS summit future.",
  ["readout", "call", "non_english", "weekday_date", "future_event"]))

# 28
d = "2025-05-25"
add(D(R, 28, d, """Statement by President von der Leyen following her phone call with President Trump

I had a good call with President Trump. The EU and US share the world's most consequential and close trade relationship. Europe is ready to advance talks swiftly and decisively. To reach a good deal, we would need the time until July 9.""",
  [E("call", "phone call", d, P("Brussels", "BE"), ["Ursula von der Leyen", "Donald Trump"], alts=[WAS])],
  [],
  RO + " Call at Brussels (issuing side), Washington alternate. 'July 9' is a deadline, not an event.",
  ["readout", "call"]))

# 29
d = "2025-06-19"
TPA = P("Tampa", "US")
add(D(R, 29, d, f"""Field Marshal Syed Asim Munir meets President Donald J. Trump

RAWALPINDI, ISPR — Field Marshal Syed Asim Munir, Chief of Army Staff, called on the President of the United States, Donald J. Trump, at the White House on {WD(d,-1)}. The meeting, originally scheduled for one hour, lasted over two hours. The Field Marshal appreciated the President's role in facilitating a ceasefire between Pakistan and India. The two discussed the situation between Iran and Israel.

Earlier, on {WD(d,-2)}, the Field Marshal visited Headquarters US Central Command in Tampa and met General Michael Kurilla.""",
  [E("meeting", "official meeting", DAY(d,-1), WAS, ["Asim Munir", "Donald Trump"]),
   E("meeting", "military talks", DAY(d,-2), TPA, ["Asim Munir", "Michael Kurilla"])],
  [P("Rawalpindi", "PK")],
  RO + " Rawalpindi: ISPR dateline. The dated Tampa visit with a meeting is a second event (not background: it belongs to the same trip).",
  ["readout", "dateline_not_event", "weekday_date", "multi_event", "metonym"]))

# 30
d = "2025-02-28"
add(D(R, 30, d, f"""President Hassan Sheikh Mohamud receives Prime Minister Abiy Ahmed at Villa Somalia

MOGADISHU — H.E. President Hassan Sheikh Mohamud welcomed the Prime Minister of the Federal Democratic Republic of Ethiopia, Dr. Abiy Ahmed, at Villa Somalia on {WD(d,-1)}. The leaders reaffirmed their commitment to the implementation of the Ankara Declaration and discussed Ethiopia's contribution to the new African Union Support and Stabilization Mission in Somalia (AUSSOM), as well as the fight against al-Shabaab in the Hiraan and Middle Shabelle regions.""",
  [E("meeting", "official visit", DAY(d,-1), P("Mogadishu", "SO"), ["Hassan Sheikh Mohamud", "Abiy Ahmed"])],
  [P("Ankara", "TR")],
  RO + " 'Ankara Declaration' metonym (Ankara non-event). Regions not pinned. Villa Somalia is in Mogadishu.",
  ["readout", "host_side", "weekday_date", "metonym"]))
