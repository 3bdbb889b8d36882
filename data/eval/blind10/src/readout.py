from lib import *
R = "readout"
DOCS = []
add = DOCS.append
T = "Government readout; composite, invented details. Calls at the issuing side's capital with the other side as alternate. "

def N(num, d, text, events, nonev, note, tags):
    add(D(R, num, d, text, events, nonev, T + note, ["readout"] + tags))

TLL = Q("Tallinn", "EE", 59.44, 24.75); KYV = Q("Kyiv", "UA", 50.45, 30.52)
d = "2023-02-08"
N(1, d, f"""Prime Minister Kaja Kallas spoke by phone with President Volodymyr Zelenskyy on {WD(d)}. The leaders discussed Estonia's next military aid package and the upcoming anniversary of the full-scale invasion. The Prime Minister reaffirmed support for a special tribunal in The Hague.""",
  [E("call", "phone call", d, TLL, ["Estonia", "Ukraine"], alts=[KYV])],
  [Q("The Hague", "NL", 52.08, 4.31)],
  "The Hague: topic (tribunal). The anniversary is future.", ["call", "weekday_date", "topic_place"])

d = "2024-05-15"
N(2, d, f"""President Hakainde Hichilema received at State House the visiting Foreign Minister of the United Arab Emirates on {WD(d)}. The two sides reviewed cooperation on copper mining in the Copperbelt and a planned refinery in Ndola. The minister later left for Harare.""",
  [E("meeting", "courtesy call", d, LUS := Q("Lusaka", "ZM", -15.42, 28.28), ["Zambia", "UAE"])],
  [Q("Ndola", "ZM", -12.97, 28.64), Q("Harare", "ZW", -17.83, 31.05)],
  "'Received at State House' → Lusaka. Ndola: topic. Harare: onward.", ["received", "weekday_date", "topic_place"])

d = "2021-09-09"
N(3, d, f"""The Secretary met Norwegian Foreign Minister Ine Eriksen Søreide at Ramstein Air Base in Germany on {WD(d,-1)}. They discussed the evacuation flights from Kabul and the onward transit of Afghan evacuees through Norway.""",
  [E("meeting", "bilateral", DAY(d, -1), M("Ramstein Air Base", 49.44, 7.60, "DE", "approximate, air base west of Kaiserslautern"), ["United States", "Norway"])],
  [Q("Kabul", "AF", 34.53, 69.17)],
  "Composite. Ramstein base pin. Kabul: topic.", ["weekday_date", "facility", "topic_place"])
d = "2022-12-06"
N(4, d, f"""The Prime Minister of Bhutan, Dr Lotay Tshering, today hosted his Bangladeshi counterpart's special envoy in Thimphu. The envoy conveyed an invitation to visit Dhaka next year. Both sides also welcomed the reopening of the Gelephu trade route.""",
  [E("meeting", "bilateral", d, Q("Thimphu", "BT", 27.47, 89.64), ["Bhutan", "Bangladesh"])],
  [Q("Dhaka", "BD", 23.81, 90.41), Q("Gelephu", "BT", 26.87, 90.49)],
  "Future visit to Dhaka; Gelephu: topic.", ["hosted", "future_event", "topic_place"])

d = "2025-03-20"
N(5, d, f"""El presidente Yamandú Orsi mantuvo el {WDS(d,-1)} una conversación telefónica con el presidente de Brasil, Luiz Inácio Lula da Silva. Ambos acordaron reunirse en Rivera en abril para firmar acuerdos fronterizos.""",
  [E("call", "phone call", DAY(d, -1), Q("Montevideo", "UY", -34.90, -56.19), ["Uruguay", "Brazil"], alts=[Q("Brasília", "BR", -15.79, -47.88)])],
  [Q("Rivera", "UY", -30.90, -55.55)],
  "Spanish. Future meeting in Rivera.", ["call", "non_english", "weekday_date", "future_event"])

d = "2023-06-28"
N(6, d, f"""O Presidente da República de Moçambique, Filipe Nyusi, recebeu na {WDP(d)} em Pemba o Presidente do Ruanda, Paul Kagame. Os dois chefes de Estado passaram em revista a situação em Mocímboa da Praia, onde estão destacadas tropas ruandesas desde 2021.""",
  [E("meeting", "bilateral", d, Q("Pemba", "MZ", -12.97, 40.52), ["Mozambique", "Rwanda"])],
  [Q("Mocímboa da Praia", "MZ", -11.35, 40.35)],
  "Portuguese. Composite venue. Mocímboa da Praia: topic; 'ruandesas': nationality.", ["non_english", "received", "weekday_date", "topic_place", "nationality", "non_capital_seat"])
d = "2024-07-11"
N(7, d, f"""Statement: The Minister for Foreign Affairs of Sweden and the Minister for Foreign Affairs of Finland issued a joint statement today on the security of undersea cables in the Gulf of Finland. No meeting took place.""",
  [],
  [Q("Stockholm", "SE", 59.33, 18.07), Q("Helsinki", "FI", 60.17, 24.94)],
  "Joint statement only: no gold.", ["joint_statement", "no_scored_gold"])

d = "2020-04-23"
N(8, d, f"""President George Weah held a video conference on {WD(d,-1)} with the President of Ghana, Nana Akufo-Addo, and the President of Sierra Leone on the COVID-19 response in the Mano River region.""",
  [E("call", "video call", DAY(d, -1), Q("Monrovia", "LR", 6.30, -10.80), ["Liberia", "Ghana", "Sierra Leone"], alts=[Q("Accra", "GH", 5.60, -0.19), Q("Freetown", "SL", 8.48, -13.23)])],
  [],
  "Video conference: call at the issuing side's capital (Monrovia); the others as alternates.", ["call", "virtual", "weekday_date"])
d = "2022-02-17"
N(9, d, f"""The Taoiseach, Micheál Martin, met the Prime Minister of Bulgaria, Kiril Petkov, in Sofia today. Earlier, the Taoiseach laid a wreath at the Monument to the Unknown Soldier. He travels tomorrow to Bucharest.""",
  [E("meeting", "bilateral", d, Q("Sofia", "BG", 42.70, 23.32), ["Ireland", "Bulgaria"]),
   E("other", "wreath-laying", d, Q("Sofia", "BG", 42.70, 23.32), ["Ireland"])],
  [Q("Bucharest", "RO", 44.43, 26.10)],
  "Composite. Future leg to Bucharest.", ["future_event", "site_visit"])

d = "2025-06-04"
N(10, d, f"""The Foreign Minister of Japan paid a courtesy call on the President of Palau, Surangel Whipps Jr., in Koror on {WD(d,-1)}. Before the meeting, the two attended a signing ceremony on maritime surveillance around the Kayangel atoll. The Minister leaves for Majuro tomorrow.""",
  [E("meeting", "courtesy call", DAY(d, -1), Q("Koror", "PW", 7.34, 134.48), ["Japan", "Palau"])],
  [M("Kayangel atoll", 8.08, 134.71, "PW", "approximate, northern atoll of Palau"), Q("Majuro", "MH", 7.09, 171.38)],
  "Composite. The signing ceremony is part of the same visit (not separately scored). Kayangel: topic. Majuro: future.", ["weekday_date", "topic_place", "future_event"])
d = "2019-08-30"
N(11, d, f"""The Foreign Minister of Iceland received a telephone call from the Secretary of State of the United States on {WD(d,-1)} ahead of the Vice President's visit to Reykjavik next week.""",
  [E("call", "received call", DAY(d, -1), Q("Reykjavik", "IS", 64.15, -21.94, q="Reykjavík"), ["Iceland", "United States"], alts=[Q("Washington", "US", 38.90, -77.04)])],
  [],
  "Received call at the publishing side's capital. The VP's visit to Reykjavik is future (same city as the pin).", ["call", "received", "weekday_date", "future_event"])

d = "2023-10-27"
N(12, d, f"""President Paul Biya spoke by phone with the President of Nigeria, Bola Tinubu, on {WD(d)}, and later received the Prime Minister of Chad's transitional government at Etoudi Palace. The President rejected a proposal to reopen the Kousseri bridge until security improves.""",
  [E("call", "phone call", d, Q("Yaoundé", "CM", 3.87, 11.52), ["Cameroon", "Nigeria"], alts=[Q("Abuja", "NG", 9.06, 7.49)]),
   E("meeting", "bilateral", d, Q("Yaoundé", "CM", 3.87, 11.52), ["Cameroon", "Chad"])],
  [Q("Kousseri", "CM", 12.08, 15.03)],
  "Composite. Etoudi Palace → Yaoundé. Two events. Kousseri: topic.", ["call", "multi_event", "weekday_date", "topic_place", "metonym"])
d = "2024-11-14"
N(13, d, f"""The Prime Minister of Croatia, Andrej Plenković, held talks with the Prime Minister of Montenegro on {WD(d,-1)} in Dubrovnik, on the margins of the Dubrovnik Forum. They agreed to relaunch negotiations on the Prevlaka maritime border.""",
  [E("meeting", "bilateral", DAY(d, -1), Q("Dubrovnik", "HR", 42.65, 18.09), ["Croatia", "Montenegro"])],
  [M("Prevlaka", 42.40, 18.52, "HR", "approximate, peninsula at the mouth of the Bay of Kotor")],
  "Composite. Prevlaka: topic.", ["weekday_date", "non_capital_seat", "topic_place"])

d = "2021-03-18"
N(14, d, f"""President Wavel Ramkalawan telephoned Prime Minister Imran Khan today and discussed maritime security in the western Indian Ocean and scholarships for Seychellois students. The President also recalled his visit to Karachi in 2019.""",
  [E("call", "phone call", d, Q("Victoria", "SC", -4.62, 55.45), ["Seychelles", "Pakistan"], alts=[Q("Islamabad", "PK", 33.69, 73.06)])],
  [Q("Karachi", "PK", 24.86, 67.01)],
  "Composite. Homonym: Victoria, Seychelles. The 2019 Karachi visit is background.", ["call", "homonym", "back_reference", "nationality"])
d = "2022-09-02"
N(15, d, f"""The President of Malta hosted the President of the Hellenic Republic at Verdala Palace in Buskett on {WD(d,-1)}. They discussed migration in the central Mediterranean and the wildfires on Rhodes.""",
  [E("meeting", "bilateral", DAY(d, -1), M("Verdala Palace, Buskett", 35.86, 14.40, "MT", "approximate, palace near Rabat, Malta"), ["Malta", "Greece"])],
  [Q("Rhodes", "GR", 36.43, 28.22, q="Rodos")],
  "Composite. Palace pin. Rhodes: topic.", ["weekday_date", "hosted", "facility", "topic_place"])
d = "2025-06-10"
N(16, d, f"""Readout of the Secretary-General's meeting with the President of Madagascar. The Secretary-General met President Rajoelina on the sidelines of the UN Ocean Conference in Nice on {WD(d,-1)}. They discussed the drought in the Androy region.""",
  [E("meeting", "bilateral", DAY(d, -1), Q("Nice", "FR", 43.70, 7.27), ["UN", "Madagascar"])],
  [M("Ambovombe (Androy)", -25.17, 46.08, "MG", "approximate, seat of Androy region")],
  "Androy: topic.", ["weekday_date", "non_capital_seat", "topic_place"])
d = "2020-11-26"
N(17, d, f"""President Zoran Milanović received a phone call from President Ilham Aliyev on {WD(d,-1)}. They discussed gas supplies through the LNG terminal on the island of Krk and agreed to meet in Zagreb next spring.""",
  [E("call", "received call", DAY(d, -1), Q("Zagreb", "HR", 45.81, 15.98), ["Croatia", "Azerbaijan"], alts=[Q("Baku", "AZ", 40.41, 49.87)])],
  [M("Krk LNG terminal", 45.24, 14.53, "HR", "approximate, Omišalj on Krk")],
  "Composite. Received call at the publishing side's capital. Future meeting (Zagreb, same pin). Krk: topic.", ["call", "received", "weekday_date", "topic_place", "future_event"])
d = "2024-09-26"
N(18, d, f"""The Prime Minister of Lesotho, Sam Matekane, met the King of Eswatini, Mswati III, at the Lozitha Royal Palace on {WD(d,-1)}. Discussions covered the Lesotho Highlands Water Project and the SACU revenue formula.""",
  [E("meeting", "bilateral", DAY(d, -1), M("Lozitha Royal Palace", -26.43, 31.22, "SZ", "approximate, palace near Lobamba"), ["Lesotho", "Eswatini"], alts=[Q("Mbabane", "SZ", -26.32, 31.13)])],
  [],
  "Composite. Palace pin, Mbabane alternate. Lesotho and Eswatini named as countries only.", ["weekday_date", "facility"])

d = "2023-04-14"
N(19, d, f"""Prime Minister Ulf Kristersson hosted the President of Kenya, William Ruto, for talks at Harpsund, the prime minister's country residence, on {WD(d,-1)}. A planned joint visit to the port of Gothenburg was postponed.""",
  [E("meeting", "bilateral", DAY(d, -1), M("Harpsund", 59.08, 16.47, "SE", "approximate, estate in Flen municipality"), ["Sweden", "Kenya"])],
  [Q("Gothenburg", "SE", 57.71, 11.97, q="Göteborg")],
  "Composite. Residence pin. Postponed Gothenburg visit.", ["hosted", "weekday_date", "postponed", "facility"])
d = "2022-05-05"
N(20, d, f"""President Luis Arce spoke by telephone with the President of Chile, Gabriel Boric, on {WD(d)}. They agreed to meet in Arica in July to discuss the use of the Silala waters.""",
  [E("call", "phone call", d, Q("La Paz", "BO", -16.50, -68.15), ["Bolivia", "Chile"], alts=[Q("Santiago", "CL", -33.45, -70.67)])],
  [Q("Arica", "CL", -18.48, -70.31)],
  "Composite. Future meeting in Arica. Silala: topic (no pin).", ["call", "weekday_date", "future_event"])
d = "2019-03-15"
N(21, d, f"""The Minister of Foreign Affairs of Ecuador paid a working visit to Cuenca on {WD(d,-1)}, where he held talks with Peru's foreign minister on the Zarumilla canal.""",
  [E("meeting", "bilateral", DAY(d, -1), Q("Cuenca", "EC", -2.90, -79.00), ["Ecuador", "Peru"])],
  [Q("Zarumilla", "PE", -3.50, -80.27)],
  "Composite. Zarumilla: topic.", ["weekday_date", "non_capital_seat", "topic_place"])

d = "2024-02-09"
N(22, d, f"""The President's Office denied reports that President Mohamed Muizzu had spoken by phone with the Prime Minister of India on {WD(d,-1)}. The President met India's high commissioner in Malé on {WD(d)}.""",
  [E("meeting", "meeting", d, Q("Malé", "MV", 4.18, 73.51, q="Male"), ["Maldives", "India"])],
  [],
  "Composite. Denied call: not gold (it would have been pinned at Malé as well).", ["denial", "weekday_date"])
d = "2021-11-10"
N(23, d, f"""A meeting between President Bukele and the Vice President of the United States, announced last week, did not take place. Instead, Bukele held talks with the Prime Minister of Belize in San Salvador on {WD(d,-1)}.""",
  [E("meeting", "bilateral", DAY(d, -1), Q("San Salvador", "SV", 13.69, -89.22), ["El Salvador", "Belize"])],
  [],
  "Composite. The meeting that did not happen is not gold.", ["cancelled_event", "weekday_date"])
d = "2025-08-20"
N(24, d, f"""The Prime Minister of Denmark spoke with the Premier of Greenland, Jens-Frederik Nielsen, by videolink on {WD(d,-1)} and then met him in person in Ilulissat on {WD(d)}. The next round of talks is set for Copenhagen.""",
  [E("call", "video call", DAY(d, -1), Q("Copenhagen", "DK", 55.68, 12.57), ["Denmark", "Greenland"], alts=[Q("Nuuk", "GL", 64.18, -51.72)]),
   E("meeting", "bilateral", d, Q("Ilulissat", "GL", 69.22, -51.10), ["Denmark", "Greenland"])],
  [],
  "Composite. Future talks in Copenhagen (also the call pin).", ["call", "multi_event", "weekday_date", "future_event"])

d = "2023-08-31"
N(25, d, f"""The President of Indonesia held a bilateral meeting with the Prime Minister of Papua New Guinea, James Marape, in Merauke on {WD(d,-1)}. The two leaders also discussed the Skouw–Wutung border post near Jayapura. A previous meeting took place in Port Moresby in July.""",
  [E("meeting", "bilateral", DAY(d, -1), Q("Merauke", "ID", -8.49, 140.40), ["Indonesia", "PNG"])],
  [M("Skouw", -2.61, 140.98, "ID", "approximate, border post east of Jayapura"), Q("Jayapura", "ID", -2.53, 140.72), Q("Port Moresby", "PG", -9.44, 147.18)],
  "Composite. The previous Port Moresby meeting is undated → non-event.", ["weekday_date", "back_reference", "topic_place", "non_capital_seat"])
d = "2022-07-22"
N(26, d, f"""The Prime Minister of Estonia spoke by phone with the Prime Minister of Poland about the Suwałki gap on {WD(d)}. A day earlier, she had met the Latvian Prime Minister in Tartu.""",
  [E("call", "phone call", d, TLL, ["Estonia", "Poland"], alts=[Q("Warsaw", "PL", 52.23, 21.01)]),
   E("meeting", "bilateral", DAY(d, -1), Q("Tartu", "EE", 58.38, 26.72), ["Estonia", "Latvia"], optional=True)],
  [Q("Suwałki", "PL", 54.10, 22.93)],
  "Composite. The Tartu meeting 'a day earlier' is dated background: optional. Suwałki: topic.", ["call", "weekday_date", "background_event", "topic_place"])
d = "2020-10-15"
N(27, d, f"""The President of Kyrgyzstan's office said President Jeenbekov did not meet the opposition leaders on {WD(d,-1)}, contrary to media reports, and instead announced his resignation in a written statement.""",
  [],
  [Q("Bishkek", "KG", 42.87, 74.59)],
  "Denied meeting; written statement: no gold.", ["denial", "no_scored_gold", "weekday_date"])

d = "2024-04-18"
N(28, d, f"""Foreign Minister Penny Wong held talks with her Solomon Islands counterpart in Auki, Malaita, on {WD(d,-1)}, before touring a hospital funded by Australia. Later that day she spoke by phone from Auki with the Prime Minister of Vanuatu.""",
  [E("meeting", "bilateral", DAY(d, -1), Q("Auki", "SB", -8.77, 160.70), ["Australia", "Solomon Islands"]),
   E("other", "site visit", DAY(d, -1), Q("Auki", "SB", -8.77, 160.70), ["Australia"]),
   E("call", "phone call", DAY(d, -1), Q("Auki", "SB", -8.77, 160.70), ["Australia", "Vanuatu"], alts=[Q("Port Vila", "VU", -17.73, 168.32)])],
  [],
  "Composite. A call made from a stated place abroad is pinned there (Auki) rather than at Canberra.", ["call", "multi_event", "weekday_date", "non_capital_seat"])
d = "2019-12-13"
N(29, d, f"""President Julius Maada Bio received an honorary doctorate at the University of Bergen on {WD(d,-3)} and held talks with Prime Minister Erna Solberg the following day in Stavanger. Back in Freetown on {WD(d)}, he met the ECOWAS special envoy.""",
  [E("other", "award ceremony", DAY(d, -3), Q("Bergen", "NO", 60.39, 5.32), ["Sierra Leone"]),
   E("meeting", "bilateral", DAY(d, -2), Q("Stavanger", "NO", 58.97, 5.73), ["Sierra Leone", "Norway"]),
   E("meeting", "meeting", d, Q("Freetown", "SL", 8.48, -13.23), ["Sierra Leone", "ECOWAS"])],
  [],
  "Composite (invented).", ["multi_event", "weekday_date", "relative_day"])
d = "2023-12-05"
N(30, d, f"""The President of Guinea-Bissau, Umaro Sissoco Embaló, hosted the President of Senegal at the Presidential Palace in Bissau on {WD(d)}. Embaló had cancelled his trip to the COP28 summit in Dubai after the clashes in the capital last week.""",
  [E("meeting", "bilateral", d, Q("Bissau", "GW", 11.86, -15.60), ["Guinea-Bissau", "Senegal"])],
  [Q("Dubai", "AE", 25.20, 55.27)],
  "Cancelled trip to Dubai. Clashes 'last week' in the capital: undated back-reference (Bissau, same pin).", ["hosted", "weekday_date", "cancelled_event", "back_reference"])
