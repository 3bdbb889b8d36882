from lib import *
R = "readout"
DOCS = []
add = DOCS.append
T = "Government readout; composite, invented details. Calls at the issuing side's capital or the stated place the caller was, with the other side as alternate. "


def N(num, d, text, events, nonev, note, tags):
    add(D(R, num, d, text, events, nonev, T + note, ["readout"] + tags))


SLM = Q("Sulaymaniyah", "IQ", 35.56, 45.43)
BAA = Q("Baabda", "LB", 33.83, 35.54)
KYV = Q("Kyiv", "UA", 50.45, 30.52)

d = "2023-02-21"
N(1, d, f"""PUK President Bafel Jalal Talabani received the U.S. Ambassador to Iraq in Sulaymaniyah today. The two sides discussed the situation in the Kurdistan Region, the delayed parliamentary elections and the payment of public salaries by Baghdad. The Ambassador also conveyed an invitation to a conference in Washington next month.""",
  [E("meeting", "courtesy call", d, SLM, ["PUK", "United States"])],
  [Q("Baghdad", "IQ", 33.34, 44.40), Q("Washington", "US", 38.90, -77.04)],
  "Baghdad: metonym/topic. Washington conference: future.",
  ["kurdistan", "today", "received", "metonym", "future_event"])

d = "2024-05-09"
N(2, d, f"""Deputy Prime Minister Qubad Talabani, from Slemani, held a phone call on {WD(d,-1)} with the Head of the European Union Delegation to Iraq. They discussed the digitisation of salary payments and EU support to the health sector in Halabja and Garmiyan. The Deputy Prime Minister will travel to Brussels in June.""",
  [E("call", "phone call", DAY(d, -1), SLM, ["KRG", "EU"], alts=[Q("Baghdad", "IQ", 33.34, 44.40)])],
  [Q("Halabja", "IQ", 35.18, 45.99), Q("Brussels", "BE", 50.85, 4.35)],
  "The call is pinned where the caller was (Slemani); the EU delegation in Baghdad is the alternate. Halabja: topic. Brussels trip: future.",
  ["kurdistan", "call", "weekday_date", "stated_place", "topic_place", "future_event"])

d = "2023-10-12"
N(3, d, f"""Prime Minister Masrour Barzani met in Duhok on {WD(d)} with a delegation of the Turkish Ministry of Trade led by the Deputy Minister. The meeting focused on reopening the Ibrahim Khalil border crossing to more goods and on the resumption of oil exports through the Iraq-Türkiye pipeline to Ceyhan.""",
  [E("meeting", "bilateral", d, Q("Duhok", "IQ", 36.87, 42.99, q="Dihok"), ["KRG", "Türkiye"])],
  [Q("Ibrahim Khalil", "IQ", 37.14, 42.57, q="Ibrahim al Khalil"), Q("Ceyhan", "TR", 37.03, 35.82)],
  "Ibrahim Khalil crossing and Ceyhan: topics.",
  ["kurdistan", "weekday_date", "topic_place"])

d = "2025-01-24"
N(4, d, f"""President Joseph Aoun received at Baabda Palace today the French President's personal envoy, Jean-Yves Le Drian, who conveyed France's support for the formation of a new government. They also discussed the withdrawal of Israeli forces from border villages, including Kfarkela, by the end of the 60-day period, and the reconstruction conference France plans to host in Paris.""",
  [E("meeting", "courtesy call", d, BAA, ["Lebanon", "France"])],
  [Q("Kfarkela", "LB", 33.28, 35.58, q="Kfar Kila"), Q("Paris", "FR", 48.86, 2.35)],
  "Baabda Palace pinned at Baabda. Kfarkela: topic. Paris conference: future.",
  ["received", "palace", "today", "topic_place", "future_event"])

d = "2025-03-04"
N(5, d, f"""President Joseph Aoun had a telephone conversation on {WD(d,-1)} with the President of Cyprus, Nikos Christodoulides, who congratulated him on the formation of the government. The two presidents agreed to hold a meeting in Nicosia soon and to task their ministers with the maritime border file.""",
  [E("call", "phone call", DAY(d, -1), BAA, ["Lebanon", "Cyprus"], alts=[Q("Nicosia", "CY", 35.17, 33.36)])],
  [],
  "Lebanese readout: call at Baabda, Nicosia alternate. The Nicosia meeting is future, but Nicosia is already the call's alternate, so it is not listed as a non-event place.",
  ["call", "weekday_date", "future_event"])

d = "2022-09-12"
N(6, d, f"""His Majesty Sultan Haitham bin Tarik received in Al Husn Palace in Salalah on {WD(d,-1)} the Foreign Minister of the Islamic Republic of Iran, who conveyed a message from President Raisi. The meeting reviewed bilateral relations and efforts to extend the truce in Yemen.""",
  [E("meeting", "audience", DAY(d, -1), Q("Salalah", "OM", 17.02, 54.09, q="Salalah"), ["Oman", "Iran"])],
  [],
  "Composite. Palace pinned at Salalah. Yemen: country topic.",
  ["received", "palace", "weekday_date"])

d = "2023-01-18"
N(7, d, f"""His Highness Sheikh Saud bin Saqr Al Qasimi, Ruler of Ras Al Khaimah, received at Saqr Palace today the Ambassador of Finland to the UAE. The meeting discussed investment in renewable energy and tourism. The Ambassador will present credentials-related letters in Abu Dhabi next week.""",
  [E("meeting", "courtesy call", d, Q("Ras Al Khaimah", "AE", 25.79, 55.94), ["Ras Al Khaimah", "Finland"])],
  [Q("Abu Dhabi", "AE", 24.45, 54.40)],
  "Composite. Abu Dhabi: future.",
  ["received", "palace", "today", "future_event"])

d = "2021-12-02"
N(8, d, f"""His Highness Sheikh Dr. Sultan bin Muhammad Al Qasimi, Ruler of Sharjah, made a phone call on {WD(d,-1)} to the President of the Republic of Cyprus to thank him for lending antiquities to an exhibition at the Sharjah Archaeology Museum.""",
  [E("call", "phone call", DAY(d, -1), Q("Sharjah", "AE", 25.33, 55.41), ["Sharjah", "Cyprus"], alts=[Q("Nicosia", "CY", 35.17, 33.36)])],
  [],
  "Composite. Call from Sharjah (the Ruler's seat), Nicosia alternate.",
  ["call", "weekday_date"])

d = "2024-06-20"
N(9, d, f"""His Majesty King Hamad bin Isa Al Khalifa received at Sakhir Palace on {WD(d,-1)} a phone call from the President of Romania, Klaus Iohannis, who congratulated His Majesty on the success of the Arab Summit held in Manama last month. The two leaders discussed developments in Gaza.""",
  [E("call", "phone call", DAY(d, -1), M("Sakhir Palace", 26.07, 50.52, "BH", "approximate, royal palace south-west of Riffa"), ["Bahrain", "Romania"], alts=[Q("Bucharest", "RO", 44.43, 26.11)])],
  [Q("Manama", "BH", 26.23, 50.59), Q("Gaza", "PS", 31.50, 34.47)],
  "Composite. Bahraini readout of a received call: pinned where the King was (Sakhir Palace), Bucharest alternate. The May summit in Manama: undated background (~18 km, inside the radius). Gaza: topic.",
  ["call", "received_call", "palace", "weekday_date", "background_event", "topic_place"])

d = "2022-11-07"
N(10, d, f"""The Minister of Energy, Prince Abdulaziz bin Salman, met in Yanbu on {WD(d,-1)} with the Minister of Petroleum of the Arab Republic of Egypt. The ministers toured the Yanbu refinery and discussed the electricity interconnection project linking the two grids via Tabuk.""",
  [E("meeting", "bilateral", DAY(d, -1), Q("Yanbu", "SA", 24.09, 38.06), ["Saudi Arabia", "Egypt"]),
   E("other", "site visit", DAY(d, -1), Q("Yanbu", "SA", 24.09, 38.06), ["Saudi Arabia", "Egypt"])],
  [Q("Tabuk", "SA", 28.38, 36.57)],
  "Composite. Refinery tour: kind other at the same place. Tabuk: topic.",
  ["weekday_date", "site_visit", "topic_place"])

d = "2023-12-25"
N(11, d, f"""President Mahmoud Abbas received in Bethlehem on {WD(d,-1)} the Latin Patriarch of Jerusalem and church leaders, ahead of Christmas Mass, which was held without celebrations this year in solidarity with Gaza. The President was due to return to Ramallah the same night.""",
  [E("meeting", "audience", DAY(d, -1), Q("Bethlehem", "PS", 31.70, 35.20), ["Palestinian Authority", "church leaders"])],
  [Q("Ramallah", "PS", 31.90, 35.20), Q("Gaza", "PS", 31.50, 34.47)],
  "Composite. Mass without celebrations: no separate event. Ramallah: return. Gaza: topic. Jerusalem: in a title (no pin).",
  ["received", "weekday_date", "return_leg", "topic_place"])

d = "2024-02-15"
N(12, d, f"""The Minister of Roads and Urban Development held talks in Bandar Abbas on {WD(d)} with the visiting Omani Minister of Transport, Communications and Information Technology. They agreed to expand the Bandar Abbas–Sohar shipping line and to hold the joint commission's next session in Muscat.""",
  [E("meeting", "bilateral", d, Q("Bandar Abbas", "IR", 27.19, 56.28), ["Iran", "Oman"])],
  [Q("Sohar", "OM", 24.35, 56.71), Q("Muscat", "OM", 23.58, 58.41)],
  "Composite. Sohar: shipping line (topic). Muscat: future session.",
  ["weekday_date", "topic_place", "future_event"])

d = "2022-05-31"
N(13, d, f"""His Highness the Crown Prince received at Bayan Palace today the Speaker of the Grand National Assembly of Türkiye, who is on an official visit to the country. The meeting was attended by the Speaker of the National Assembly and senior officials.""",
  [E("meeting", "audience", d, M("Bayan Palace", 29.30, 48.04, "KW", "approximate, palace complex south of Kuwait City"), ["Kuwait", "Türkiye"])],
  [],
  "Composite. Palace pinned near Kuwait City.",
  ["received", "palace", "today"])

d = "2023-07-04"
N(14, d, f"""Vice-President of the Presidential Leadership Council Faraj al-Bahsani met in Ataq on {WD(d,-1)} with the Governor of Shabwa and the commanders of the Shabwa Defence Forces. He praised efforts to secure oil export facilities and urged the government in Aden to pay salaries.""",
  [E("meeting", "meeting", DAY(d, -1), Q("Ataq", "YE", 14.54, 46.83), ["PLC", "Shabwa governorate"])],
  [Q("Aden", "YE", 12.78, 45.04)],
  "Composite. Aden: metonym for the government.",
  ["weekday_date", "metonym"])

d = "2025-02-06"
N(15, d, f"""The Information Office of the Presidency denies reports circulated on social media that President Joseph Aoun held a telephone call on {WD(d,-1)} with the Syrian President. The Office stresses that any contact will be announced officially. Contacts on border demarcation near Qusayr continue at the level of the two armies.""",
  [],
  [BAA, Q("Damascus", "SY", 33.51, 36.29), Q("Qusayr", "SY", 34.51, 36.58, q="Al Qusayr")],
  "A denied call: no gold. Qusayr: topic. Ongoing contacts: no located meeting.",
  ["denial", "weekday_date", "topic_place", "no_scored_gold"])

d = "2022-03-01"
N(16, d, f"""President Sauli Niinistö spoke by phone today with President Volodymyr Zelenskyy of Ukraine. The Presidents discussed the situation created by Russia's attack on Ukraine and Finland's humanitarian and defence materiel aid. President Niinistö will travel to Washington on {WD(d,3)} to meet President Biden.""",
  [E("call", "phone call", d, Q("Helsinki", "FI", 60.17, 24.94), ["Finland", "Ukraine"], alts=[KYV])],
  [Q("Washington", "US", 38.90, -77.04)],
  "Finnish readout: call at Helsinki, Kyiv alternate. Washington: future meeting.",
  ["call", "today", "future_event"])

d = "2024-11-28"
N(17, d, f"""Prime Minister Ulf Kristersson hosted Norwegian Prime Minister Jonas Gahr Støre at Sager House in Stockholm on {WD(d,-1)}. The two Prime Ministers discussed Nordic defence cooperation, support for Ukraine and electricity prices. They will meet again at the Nordic Council session in Reykjavik.""",
  [E("meeting", "bilateral", DAY(d, -1), Q("Stockholm", "SE", 59.33, 18.07), ["Sweden", "Norway"])],
  [Q("Reykjavik", "IS", 64.15, -21.94)],
  "Composite. Sager House pinned at Stockholm. Reykjavik: future.",
  ["hosted", "weekday_date", "future_event"])

d = "2023-09-15"
N(18, d, f"""Minister of Foreign Affairs Luminița Odobescu met with her Bulgarian counterpart in Constanța on {WD(d,-1)}, on the sidelines of the Black Sea security conference. The ministers discussed demining in the Black Sea and the drone debris found on Romanian territory near Plauru. They agreed to hold a trilateral meeting with Türkiye.""",
  [E("meeting", "bilateral", DAY(d, -1), Q("Constanta", "RO", 44.18, 28.63, q="Constanta"), ["Romania", "Bulgaria"])],
  [M("Plauru", 45.33, 28.63, "RO", "approximate, village on the Danube opposite Izmail")],
  "Composite. Plauru: topic (debris found, undated). Trilateral meeting: future, no place.",
  ["sidelines", "weekday_date", "topic_place", "future_event"])

d = "2024-06-13"
N(19, d, f"""El Presidente de la República, Miguel Díaz-Canel Bermúdez, sostuvo este {WDS(d)} una conversación telefónica con la Presidenta electa de México, Claudia Sheinbaum Pardo, a quien felicitó por su victoria. Ambos dirigentes acordaron reunirse tras la toma de posesión en la Ciudad de México.""",
  [E("call", "phone call", d, Q("Havana", "CU", 23.13, -82.38), ["Cuba", "Mexico"], alts=[Q("Mexico City", "MX", 19.43, -99.13)])],
  [],
  "Spanish. Cuban readout: call at Havana, Mexico City alternate. The meeting after the inauguration: future.",
  ["non_english", "call", "weekday_date", "future_event"])

d = "2023-03-22"
N(20, d, f"""O Presidente Luiz Inácio Lula da Silva conversou por telefone, de Salvador, na {WDP(d,-1)}, com o Presidente do Conselho Europeu, Charles Michel. Os dois trataram do acordo Mercosul–União Europeia e da guerra na Ucrânia. O Presidente segue para Brasília na {WDP(d,1)}.""",
  [E("call", "phone call", DAY(d, -1), Q("Salvador", "BR", -12.98, -38.49), ["Brazil", "European Council"], alts=[Q("Brussels", "BE", 50.85, 4.35)])],
  [Q("Brasilia", "BR", -15.79, -47.88, q="Brasilia")],
  "Portuguese. A call from a stated place (Salvador), Brussels alternate. Brasília: future travel.",
  ["non_english", "call", "stated_place", "weekday_date", "future_event"])

d = "2024-01-31"
N(21, d, f"""President Salva Kiir Mayardit today received in his office at J1 in Juba a special envoy of the Chairman of Sudan's Sovereign Council, who delivered a written message. The two sides discussed the war in Sudan and the flow of South Sudanese oil through Port Sudan.""",
  [E("meeting", "audience", d, Q("Juba", "SS", 4.85, 31.58), ["South Sudan", "Sudan"])],
  [Q("Port Sudan", "SD", 19.62, 37.22)],
  "Composite. J1: presidential office in Juba. Port Sudan: topic.",
  ["received", "today", "topic_place"])

d = "2023-04-13"
N(22, d, f"""His Excellency President Adama Barrow received at State House, Banjul, on {WD(d,-1)} the Prime Minister of Senegal. The two leaders reviewed the operation of the Senegambia bridge and security along the border with Casamance.""",
  [E("meeting", "courtesy call", DAY(d, -1), Q("Banjul", "GM", 13.45, -16.58), ["Gambia", "Senegal"])],
  [M("Senegambia bridge", 13.47, -15.57, "GM", "approximate, bridge over the Gambia river at Farafenni")],
  "Composite. 'State House, Banjul'. The bridge: topic. Casamance: region only.",
  ["received", "state_house", "weekday_date", "topic_place"])

d = "2024-08-22"
N(23, d, f"""Minister of Foreign Affairs Lin Chia-lung met today in Taipei with the visiting Minister of Foreign Affairs of Paraguay. The Ministers signed an agreement on a new joint agricultural mission and discussed the Paraguayan President's planned visit to Taiwan later this year.""",
  [E("meeting", "bilateral", d, Q("Taipei", "TW", 25.05, 121.53), ["Taiwan", "Paraguay"])],
  [],
  "Composite. Planned visit: future (no place beyond Taiwan).",
  ["today", "future_event"])

d = "2024-07-05"
N(24, d, f"""The Transitional Presidential Council met on {WD(d,-1)} in Port-au-Prince with the commander of the Kenyan contingent of the Multinational Security Support mission. The commander briefed the Council on operations around the international airport and the Croix-des-Bouquets area. The Prime Minister was in Washington and joined by video.""",
  [E("meeting", "briefing", DAY(d, -1), Q("Port-au-Prince", "HT", 18.54, -72.34), ["Haiti", "MSS"])],
  [Q("Washington", "US", 38.90, -77.04)],
  "Composite. Croix-des-Bouquets (~13 km, inside the radius): topic, not listed. The Prime Minister joined by video from Washington: no separate meeting. 'Kenyan contingent': nationality.",
  ["weekday_date", "video_conference", "nationality"])

d = "2025-04-10"
N(25, d, f"""Prime Minister Philip Davis met in Nassau on {WD(d,-1)} with the Commandant of the U.S. Coast Guard. The meeting focused on migrant interdiction, drug trafficking and hurricane preparedness ahead of the season. The Commandant will also visit Inagua.""",
  [E("meeting", "bilateral", DAY(d, -1), Q("Nassau", "BS", 25.06, -77.34), ["Bahamas", "United States"])],
  [M("Inagua", 21.07, -73.67, "BS", "approximate, Great Inagua island")],
  "Composite. Inagua: future visit.",
  ["weekday_date", "future_event"])

d = "2022-06-16"
N(26, d, f"""H.S.H. Prince Albert II received at the Prince's Palace on {WD(d,-1)} the President of the Swiss Confederation, Ignazio Cassis, for a working lunch. They discussed ocean protection ahead of the UN Ocean Conference in Lisbon and the Prince's foundation projects in the Mediterranean.""",
  [E("meeting", "working lunch", DAY(d, -1), Q("Monaco", "MC", 43.74, 7.42), ["Monaco", "Switzerland"])],
  [Q("Lisbon", "PT", 38.72, -9.14)],
  "Composite. Prince's Palace pinned at Monaco. Lisbon conference: future.",
  ["received", "palace", "weekday_date", "future_event"])

d = "2023-11-09"
N(27, d, f"""The Chief Executive, Mr John Lee, met the Vice Premier of the State Council at Government House today and reported on Hong Kong's economic recovery. He will lead a delegation to Riyadh and Abu Dhabi in February to promote investment.""",
  [E("meeting", "meeting", d, Q("Hong Kong", "HK", 22.28, 114.17), ["Hong Kong", "China"])],
  [Q("Riyadh", "SA", 24.69, 46.72), Q("Abu Dhabi", "AE", 24.45, 54.40)],
  "Composite. Future delegation: no gold.",
  ["today", "future_event"])

d = "2021-10-20"
N(28, d, f"""The Ministry for Foreign Affairs of the Principality of Liechtenstein rejects reports that the Foreign Minister met representatives of the Taliban in Vaduz last week. No such meeting took place. The Minister participated on {WD(d,-1)} in a video conference of OSCE foreign ministers on Afghanistan.""",
  [],
  [Q("Vaduz", "LI", 47.14, 9.52)],
  "A denied meeting: no gold. Video conference: not a located meeting.",
  ["denial", "video_conference", "weekday_date", "no_scored_gold"])

d = "2023-05-26"
N(29, d, f"""President Yoon Suk Yeol, who is on Jeju Island for the Korea-Pacific Islands summit preparations, held a phone conversation on {WD(d,-1)} with Australian Prime Minister Anthony Albanese. The leaders discussed critical minerals and the G7 summit in Hiroshima, where they met last week.""",
  [E("call", "phone call", DAY(d, -1), Q("Jeju City", "KR", 33.51, 126.52), ["South Korea", "Australia"], alts=[Q("Canberra", "AU", -35.28, 149.13)])],
  [Q("Hiroshima", "JP", 34.39, 132.45)],
  "Composite. Call pinned at the stated place where the caller was (Jeju), Canberra alternate. The Hiroshima meeting 'last week' is undated background.",
  ["call", "stated_place", "weekday_date", "background_event"])

d = "2020-09-03"
N(30, d, f"""Joint statement: The Foreign Ministers of Saint Lucia, Dominica and Grenada, meeting virtually on {WD(d,-1)}, agreed to coordinate the reopening of their borders to regional travellers. The next in-person meeting of the OECS Council of Ministers will be held in Castries in November.""",
  [],
  [Q("Castries", "LC", 14.00, -61.01)],
  "Virtual meeting and joint statement only: no gold. Castries: future meeting.",
  ["joint_statement", "video_conference", "future_event", "weekday_date", "no_scored_gold"])
