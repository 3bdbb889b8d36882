from lib import *
R = "readout"
DOCS = []
add = DOCS.append

WAS = P("Washington", "US")
ANK = P("Ankara", "TR")
MOS = P("Moscow", "RU")
ERB = P("Erbil", "IQ")
BAG = P("Baghdad", "IQ")
NDL = P("New Delhi", "IN", pick=1)
BEJ = P("Beijing", "CN")
ISB = P("Islamabad", "PK")
KYV = P("Kyiv", "UA")
GAZA = P("Gaza", "PS")
TLV = P("Tel Aviv", "IL")
DOH = P("Doha", "QA")
RO = "Readout: 'today' is the record date; calls at the issuing side's capital with the other side's capital as alternate; 'received in his office' without a city is the host's seat."

# 1 ---------------------------------------------------------------- State, call with Fidan
d = "2023-10-12"
add(D(R, 1, d, """Secretary Blinken's Call with Turkish Foreign Minister Fidan

The following is attributable to Spokesperson Matthew Miller:

Secretary of State Antony J. Blinken spoke by phone today with Turkish Foreign Minister Hakan Fidan. The Secretary condemned in the strongest terms the terrorist attacks by Hamas on Israel and discussed the attacks in Gaza and southern Israel, including efforts to secure the release of hostages, among them U.S. citizens. The Secretary welcomed Türkiye's efforts to prevent the conflict from spreading to Lebanon.""",
  [E("call", "phone call", d, WAS, ["Antony Blinken", "Hakan Fidan"], alts=[ANK])],
  [GAZA, P("Beirut", "LB")],
  RO + " 'Discussed the attacks in Gaza and southern Israel' is a topic (Gaza a non-event place; southern Israel/Lebanon unpinned regions/countries; Beirut stands for Lebanon in the distractor check).",
  ["readout", "call", "topic_place"]))

# 2 ---------------------------------------------------------------- KRG PM received in his office
d = "2024-04-29"
KM = M("Khor Mor gas field", 35.10, 44.97, "IQ", "approximate, between Chamchamal and Kalar")
add(D(R, 2, d, """Prime Minister Masrour Barzani received in his office today the U.S. Consul General, Mark Stroh.

The two sides discussed the repeated drone attacks on the Khor Mor gas field in Chamchamal district, the latest of which killed four Yemeni workers on Friday, and their impact on electricity supply in the Kurdistan Region. The Prime Minister called on the federal government to hold the perpetrators accountable. They also discussed preparations for the Kurdistan Region parliamentary elections.""".replace("on Friday", "on " + WD(d, -3)),
  [E("meeting", "meeting", d, ERB, ["Masrour Barzani", "Mark Stroh"]),
   E("incident", "drone strike", DAY(d, -3), KM, ["unknown"], optional=True)],
  [P("Chamchamal", "IQ", "Jamjamal")],
  RO + " Host's office is in Erbil. The Khor Mor attack, dated by weekday, is a discussed background event: optional. 'Yemeni workers' is a nationality; elections are future.",
  ["readout", "received_in_office", "topic_place", "background_event", "nationality", "weekday_date"]))

# 3 ---------------------------------------------------------------- joint statement after a Beijing meeting
d = "2023-04-06"
add(D(R, 3, d, """Joint Statement of the Kingdom of Saudi Arabia and the Islamic Republic of Iran

The Foreign Minister of the Kingdom of Saudi Arabia, Prince Faisal bin Farhan, and the Foreign Minister of the Islamic Republic of Iran, Hossein Amir-Abdollahian, met today in Beijing, in implementation of the agreement reached in Beijing on 10 March 2023.

The two ministers agreed to resume diplomatic relations and to reopen their embassies in Riyadh and Tehran and their consulates general in Jeddah and Mashhad within two months. They thanked the People's Republic of China for hosting the meeting.""",
  [E("meeting", "talks", d, BEJ, ["Faisal bin Farhan", "Hossein Amir-Abdollahian"]),
   E("meeting", "talks", "2023-03-10", BEJ, ["Saudi Arabia", "Iran", "China"], optional=True)],
  [P("Riyadh", "SA"), P("Tehran", "IR"), P("Jeddah", "SA"), P("Mashhad", "IR")],
  RO + " The 10 March agreement, also in Beijing, is a dated background meeting: optional. Embassy and consulate cities are future reopenings, not events.",
  ["readout", "joint_statement", "future_event", "background_event"]))

# 4 ---------------------------------------------------------------- Kremlin call with Erdoğan
d = "2022-09-02"
add(D(R, 4, d, f"""Telephone conversation with President of Türkiye Recep Tayyip Erdoğan

Vladimir Putin had a telephone conversation with President of the Republic of Türkiye Recep Tayyip Erdoğan on {WD(d)}.

The two leaders discussed the implementation of the Istanbul agreements on the export of Ukrainian grain and Russian food and fertilisers. Vladimir Putin informed his counterpart about the situation around the Zaporozhye nuclear power plant in Energodar, which the Ukrainian armed forces continue to shell, and about the visit of the IAEA mission there. Recep Tayyip Erdoğan expressed readiness to facilitate a dialogue.""",
  [E("call", "phone call", d, MOS, ["Vladimir Putin", "Recep Tayyip Erdoğan"], alts=[ANK])],
  [P("Istanbul", "TR"), P("Energodar", "UA", "Enerhodar")],
  RO + " Istanbul agreements (metonym, background) and Energodar/Enerhodar (topic, undated shelling; IAEA visit mentioned as a topic) are not event places.",
  ["readout", "call", "metonym", "topic_place", "alt_spelling", "weekday_date"]))

# 5 ---------------------------------------------------------------- India received a call
d = "2024-01-30"
add(D(R, 5, d, """Prime Minister receives phone call from the President of the United Arab Emirates

Prime Minister Shri Narendra Modi received a phone call today from His Highness Sheikh Mohamed bin Zayed Al Nahyan, President of the UAE. The leaders reviewed the progress of the Comprehensive Strategic Partnership and discussed the situation in West Asia, including the attacks on shipping in the Red Sea. Prime Minister looked forward to his visit to Abu Dhabi next month for the inauguration of the BAPS temple.""",
  [E("call", "phone call", d, NDL, ["Narendra Modi", "Mohamed bin Zayed"], alts=[P("Abu Dhabi", "AE")])],
  [],
  RO + " Issuing side India: pinned at New Delhi with Abu Dhabi as alternate (Abu Dhabi is also a future visit). Red Sea is a topic.",
  ["readout", "call", "future_event", "topic_place"]))

# 6 ---------------------------------------------------------------- Pentagon meeting
d = "2024-01-25"
PEN = M("The Pentagon", 38.871, -77.056, "US", "approximate, Arlington, Virginia")
add(D(R, 6, d, """Readout of Secretary of Defense Lloyd J. Austin III's Meeting With Iraqi Minister of Defense Thabit al-Abbasi

Secretary of Defense Lloyd J. Austin III welcomed Iraqi Minister of Defense Thabit al-Abbasi to the Pentagon today. Secretary Austin condemned the attacks on U.S. and coalition personnel at Ain al-Asad air base and in Erbil by Iran-aligned militia groups and reaffirmed the right of the United States to defend its forces. The two leaders discussed the upcoming meetings of the U.S.–Iraq Higher Military Commission in Baghdad.""",
  [E("meeting", "meeting", d, PEN, ["Lloyd Austin", "Thabit al-Abbasi"], alts=[WAS])],
  [M("Ain al-Asad air base", 33.80, 42.44, "IQ"), ERB, BAG],
  RO + " Pentagon pinned (Washington alternate, ~4 km). Ain al-Asad and Erbil attacks are undated topics; Baghdad hosts future meetings.",
  ["readout", "topic_place", "future_event", "back_reference"]))

# 7 ---------------------------------------------------------------- UN SG meets Petro in New York
d = "2023-09-19"
NYC = P("New York City", "US", "New York")
add(D(R, 7, d, """Readout of the Secretary-General's meeting with H.E. Mr. Gustavo Petro, President of Colombia

The Secretary-General met today with H.E. Mr. Gustavo Petro, President of Colombia, on the margins of the General Assembly in New York. The Secretary-General reiterated the support of the United Nations for the implementation of the Final Peace Agreement and the peace talks with the ELN held in Caracas and Mexico City. They discussed the situation in the department of Cauca, where armed groups have displaced thousands of people, and the Verification Mission's presence in Popayán.""",
  [E("meeting", "meeting", d, NYC, ["António Guterres", "Gustavo Petro"])],
  [P("Caracas", "VE"), P("Mexico City", "MX"), P("Popayán", "CO", "Popayan")],
  RO + " Cauca (a department) is a topic, represented by its capital Popayán as non-event place; past talks venues are background.",
  ["readout", "topic_place", "latin_america", "background_event"]))

# 8 ---------------------------------------------------------------- White House hosts King Abdullah
d = "2024-02-12"
T22 = M("Tower 22", 33.32, 38.70, "JO", "approximate, outpost near the Jordan–Syria–Iraq border")
add(D(R, 8, d, """Readout of President Joe Biden's Meeting with King Abdullah II of Jordan

President Biden hosted His Majesty King Abdullah II of Jordan at the White House today. The President expressed his gratitude for Jordan's partnership following the drone attack on Tower 22 in northeast Jordan that killed three U.S. service members on January 28. The leaders discussed the humanitarian crisis in Gaza, the situation in Rafah, and efforts to secure the release of hostages held by Hamas. The King will travel to Ottawa later this week.""",
  [E("meeting", "visit", d, WAS, ["Joe Biden", "Abdullah II"]),
   E("incident", "drone attack", "2024-01-28", T22, ["Islamic Resistance in Iraq", "United States"], optional=True)],
  [GAZA, P("Rafah", "PS"), P("Ottawa", "CA")],
  RO + " Tower 22 attack (dated, two weeks earlier) is background: optional. Gaza and Rafah are topics; 'hostages held by Hamas' has no place. Ottawa trip is future.",
  ["readout", "background_event", "topic_place", "future_event"]))

# 9 ---------------------------------------------------------------- China MFA call with Dar, weekday
d = "2025-04-27"
add(D(R, 9, d, f"""Wang Yi Holds a Phone Call with Pakistani Deputy Prime Minister and Foreign Minister Ishaq Dar

On {WD(d,-1)}, Member of the Political Bureau of the CPC Central Committee and Foreign Minister Wang Yi held a phone call with Pakistani Deputy Prime Minister and Foreign Minister Mohammad Ishaq Dar at the latter's request.

Ishaq Dar briefed Wang Yi on the terrorist attack in Pahalgam and on the measures taken by India since then. Wang Yi said China is closely following the developments and supports a swift and fair investigation. China hopes both sides will exercise restraint.""",
  [E("call", "phone call", DAY(d,-1), BEJ, ["Wang Yi", "Ishaq Dar"], alts=[ISB])],
  [P("Pahalgam", "IN")],
  RO + " The Pahalgam attack is a topic (undated here): not gold.",
  ["readout", "call", "topic_place", "weekday_date"]))

# 10 --------------------------------------------------------------- Zelensky meets Sandu at Bulboaca
d = "2023-06-01"
BUL = OFF("Bulboaca (Mimi Castle)", P("Chisinau", "MD"), 35, BEAR["southeast"])
add(D(R, 10, d, """President of Ukraine met with President of Moldova on the sidelines of the European Political Community summit

Volodymyr Zelensky met today with President of the Republic of Moldova Maia Sandu at Mimi Castle in Bulboaca, some 35 km southeast of Chisinau, where the European Political Community summit is being held. The Presidents discussed the security of the region, in particular threats from the Transnistrian region, and Moldova's European integration. The President of Ukraine thanked Moldova for receiving Ukrainian refugees, many of whom came from Odesa region.""",
  [E("meeting", "summit", d, BUL, ["Volodymyr Zelensky", "Maia Sandu"], alts=[P("Chisinau", "MD")])],
  [P("Odesa", "UA")],
  RO + " Offset 35 km southeast of Chisinau (computed; Chisinau alternate). Transnistrian region is a topic region; Odesa region is where refugees came from.",
  ["readout", "offset", "origin_place", "topic_place", "non_capital"]))

# 11 --------------------------------------------------------------- Iraqi President receives Turkish ambassador
d = "2022-07-24"
AMD = P("Amedi", "IQ", "Al Amadiyah")
add(D(R, 11, d, """The President of the Republic, Dr. Barham Salih, received at the Baghdad Palace today the Ambassador of the Republic of Türkiye to Iraq, Ali Rıza Güney.

The President called for an end to Turkish military operations in the Kurdistan Region and stressed the need to respect Iraq's sovereignty, following the bombardment of civilians in Duhok province's Amedi district. He said Iraq would not accept its territory being used to threaten the security of its neighbours. The ambassador was summoned to the Ministry of Foreign Affairs yesterday.""",
  [E("meeting", "meeting", d, BAG, ["Barham Salih", "Ali Rıza Güney"]),
   E("meeting", "summons", DAY(d,-1), BAG, ["Iraqi Ministry of Foreign Affairs", "Ali Rıza Güney"], optional=True)],
  [AMD, P("Duhok", "IQ")],
  RO + " The Amedi bombardment is an undated back-reference (topic). Yesterday's summons at the ministry (same city) is a minor dated meeting: optional.",
  ["readout", "back_reference", "admin_qualifier", "topic_place", "relative_date"]))

# 12 --------------------------------------------------------------- Saudi Crown Prince receives Zelensky in Jeddah
d = "2025-03-10"
JED = P("Jeddah", "SA")
add(D(R, 12, d, """His Royal Highness the Crown Prince receives the President of Ukraine

His Royal Highness Prince Mohammed bin Salman bin Abdulaziz, Crown Prince and Prime Minister, received today at Al-Salam Palace in Jeddah His Excellency Volodymyr Zelensky, President of Ukraine.

During the reception, they reviewed bilateral relations and the efforts made to reach a just and lasting peace in Ukraine. The meeting was held ahead of the talks between the delegations of the United States and Ukraine that the Kingdom will host in Jeddah tomorrow.""",
  [E("meeting", "visit", d, JED, ["Mohammed bin Salman", "Volodymyr Zelensky"])],
  [],
  RO + " Tomorrow's U.S.–Ukraine talks in the same city are future (not gold; no separate non-event place because the city is the event place).",
  ["readout", "received_in_office", "future_event", "non_capital"]))

# 13 --------------------------------------------------------------- Abiy virtual meeting with Ruto
d = "2023-06-13"
add(D(R, 13, d, """Prime Minister Abiy Ahmed held a virtual meeting this afternoon with President William Ruto of Kenya, chair of the IGAD quartet on Sudan.

The two leaders discussed the fighting in Khartoum and in Darfur, where an attack on El Geneina is reported to have killed the governor of West Darfur, and agreed on the need for a face-to-face meeting of the quartet in Addis Ababa next month.""",
  [E("call", "virtual meeting", d, P("Addis Ababa", "ET"), ["Abiy Ahmed", "William Ruto"], alts=[P("Nairobi", "KE")])],
  [P("Khartoum", "SD"), P("El Geneina", "SD", "Geneina")],
  RO + " Virtual meeting = call at the issuing side's capital. Khartoum and El Geneina are topics (the governor's killing is mentioned without a date); next month's Addis Ababa meeting is future (the same city as the call).",
  ["readout", "virtual_meeting", "call", "topic_place", "future_event", "horn_of_africa"]))

# 14 --------------------------------------------------------------- Traoré receives Malian PM + dated Niamey summit
d = "2024-08-20"
add(D(R, 14, d, """The Head of State, Captain Ibrahim Traoré, received in audience this morning at the Kosyam Palace the Prime Minister of the Republic of Mali, Choguel Kokalla Maïga, bearer of a message from Colonel Assimi Goïta.

The discussions focused on the implementation of the decisions of the first summit of the Confederation of Sahel States (AES), held in Niamey on 6 July 2024, and on the fight against terrorism, after the attack on Barsalogho. The Malian Prime Minister is accompanied by the Minister of Foreign Affairs.""",
  [E("meeting", "audience", d, P("Ouagadougou", "BF"), ["Ibrahim Traoré", "Choguel Kokalla Maïga"]),
   E("meeting", "summit", "2024-07-06", P("Niamey", "NE"), ["AES heads of state"], optional=True)],
  [M("Barsalogho", 13.42, -1.06, "BF", "approximate, town north of Kaya")],
  RO + " Kosyam Palace is in Ouagadougou. The AES summit in Niamey (dated background) is optional; the Barsalogho attack is mentioned without a date (topic).",
  ["readout", "received_in_office", "background_event", "topic_place", "sahel"]))

# 15 --------------------------------------------------------------- Blinken in Tel Aviv + call with Qatari PM
d = "2024-06-11"
add(D(R, 15, d, """Secretary Blinken's Meeting with Families of Hostages

Secretary of State Antony J. Blinken met today in Tel Aviv with family members of U.S. citizens held hostage in Gaza. The Secretary reiterated that bringing their loved ones home is a top priority and that the proposal outlined by President Biden would return the hostages to their families.

Later in the day, the Secretary spoke by phone with Qatari Prime Minister and Minister of Foreign Affairs Sheikh Mohammed bin Abdulrahman Al Thani about Hamas's response to the proposal, which was delivered to mediators in Doha.""",
  [E("meeting", "meeting", d, TLV, ["Antony Blinken", "families of hostages"]),
   E("call", "phone call", d, WAS, ["Antony Blinken", "Mohammed bin Abdulrahman Al Thani"], alts=[DOH, TLV])],
  [GAZA],
  RO + " Hostages 'held in Gaza': Gaza is not an event place. The call was made during the trip (no stated place): pinned at the issuing side's capital Washington, with Doha and Tel Aviv (where the Secretary was) as alternates. Doha is also the mediators' place.",
  ["readout", "call", "multi_event", "origin_place", "hostages_held_in"]))

# 16 --------------------------------------------------------------- joint statement only, condemning a dated attack
d = "2023-06-29"
KRA = P("Kramatorsk", "UA")
add(D(R, 16, d, """Joint statement by the Foreign Ministers of Australia, Canada and New Zealand

We condemn in the strongest terms Russia's missile strike on a restaurant in the centre of Kramatorsk on 27 June, which killed at least 12 people, including children. This is the latest in a long series of attacks on civilians, including in Uman and Dnipro. Those responsible must be held to account.

We reaffirm our unwavering support for Ukraine's sovereignty and territorial integrity and will continue to coordinate with partners, including at the NATO summit in Vilnius next month.""",
  [E("incident", "missile strike", "2023-06-27", KRA, ["Russia"], optional=True)],
  [P("Uman", "UA"), P("Dnipro", "UA"), P("Vilnius", "LT"), P("Canberra", "AU"), P("Ottawa", "CA"), P("Wellington", "NZ")],
  RO + " A joint statement with no meeting: no scored gold. The Kramatorsk strike is a dated event referred to by the statement: optional. Uman and Dnipro are undated earlier attacks; Vilnius summit is future; the three capitals issue the statement.",
  ["readout", "joint_statement", "no_scored_gold", "background_event", "future_event", "statement_place"]))
