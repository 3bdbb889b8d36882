from lib import *
R = "wire"
DOCS = []
add = DOCS.append
W = "Wire story written for blind14: the dateline city is a non-event place unless the text puts the event there. Composite or invented. "


def N(num, d, text, events, nonev, note, tags):
    add(D(R, num, d, text, events, nonev, W + note, ["wire"] + tags))


# 1 Dinarta
d = "2023-06-08"
N(1, d, f"""ERBIL, Iraq, June 8 (Reuters) - Two members of a local security force were killed when an armed drone struck their pickup truck near Dinarta, in the Nahla valley of Duhok province's Aqra district, on {WD(d,-1)} evening, Kurdish officials said on {WD(d)}.

A Kurdistan Region counter-terrorism statement blamed Turkey, which regularly strikes suspected PKK positions in the mountains. Turkish officials in Ankara did not respond to a request for comment. A wounded passenger was flown to a hospital in Erbil.""",
  [E("incident", "drone strike", DAY(d, -1), M("Dinarta", 36.93, 43.72, "IQ", "approximate, sub-district centre in the Nahla valley, Aqra district"), ["Türkiye", "local security force"])],
  [Q("Erbil", "IQ", 36.19, 44.01), Q("Ankara", "TR", 39.92, 32.85)],
  "Strike Wednesday evening, reported Thursday. Erbil: dateline and hospital (~80 km). Ankara: metonym. Aqra district and Duhok province qualify.",
  ["dateline_not_event", "weekday_date", "hospital_other_city", "kurdistan", "metonym"])

# 2 Muh Hasan
d = "2023-09-04"
N(2, d, f"""BEIRUT, Sept 4 (AP) — Fighting between the U.S.-backed Syrian Democratic Forces and Arab tribal gunmen spread on {WD(d,-1)} to the village of Muh Hasan in eastern Deir ez-Zor province, where at least seven people were killed, according to the Britain-based Syrian Observatory for Human Rights.

The clashes began last week after the SDF detained a tribal commander. Residents said families were fleeing across the Euphrates towards government-held Mayadin.""",
  [E("incident", "armed clashes", DAY(d, -1), Q("Muh Hasan", "SY", 35.23, 40.32, q="Muh Hasan"), ["SDF", "tribal fighters"])],
  [Q("Mayadin", "SY", 35.02, 40.45, q="Al Mayadin"), Q("Deir ez-Zor", "SY", 35.34, 40.14)],
  "Sunday. Mayadin: flight destination (~25 km). Deir ez-Zor: province name (~20 km). 'Last week' detention: undated background, no place. Britain: country only.",
  ["dateline_not_event", "weekday_date", "fled_to", "admin_qualifier", "attribution"])

# 3 Afis + Qurqina
d = "2020-01-29"
N(3, d, f"""AMMAN, Jan 29 (Reuters) - Syrian government artillery pounded the village of Afis, east of Saraqeb, overnight, killing a woman and two of her children, rescuers said on {WD(d)}, while a Russian drone strike hit a bakery in Qurqina, further north-west in Idlib province.

The White Helmets civil defence group said the wounded from Qurqina were taken across to a Turkish-run field hospital near the border. Moscow and Damascus say they are targeting militants who have attacked the Hmeimim air base.""",
  [E("incident", "shelling", [DAY(d, -1), d], Q("Afis", "SY", 35.91, 36.80), ["Syria army", "civilians"]),
   E("incident", "drone strike", [DAY(d, -1), d], Q("Qurqina", "SY", 36.14, 36.61, q="Qurqina"), ["Russia", "civilians"])],
  [Q("Amman", "JO", 31.95, 35.93), Q("Hmeimim", "SY", 35.41, 35.95, q="Humaymim")],
  "Wednesday report of overnight strikes: D-1..D for both. Saraqeb: direction qualifier (not listed, ~5 km). Hmeimim: background target, undated (~100 km). Moscow and Damascus: metonyms, not listed.",
  ["dateline_not_event", "overnight", "multi_event", "metonym", "background_event"])

# 4 Chmistar
d = "2024-03-27"
N(4, d, f"""BEIRUT, March 27 (Reuters) - An Israeli air strike on a building in Chmistar in Lebanon's Bekaa valley on {WD(d,-1)} night killed two men and wounded nine people, Lebanon's health ministry said, in one of the deepest strikes since cross-border hostilities began in October.

Ambulances took the wounded to hospitals in Baalbek and Zahle. The Israeli military said it had hit "a Hezbollah air defence compound", days after a militant missile downed a drone over the area.""",
  [E("incident", "air strike", DAY(d, -1), Q("Chmistar", "LB", 33.97, 36.02, q="Chmistar"), ["Israel", "Hezbollah"])],
  [Q("Baalbek", "LB", 34.01, 36.21), Q("Zahle", "LB", 33.85, 35.90, q="Zahle")],
  "Tuesday night. Baalbek (~18 km) and Zahle (~16 km): hospitals, inside radius. The downing of a drone 'days' earlier: undated background.",
  ["dateline_not_event", "weekday_date", "hospital_other_city", "background_event"])

# 5 Qusin
d = "2023-04-18"
N(5, d, f"""RAMALLAH, West Bank, April 18 (Reuters) - Dozens of Israeli settlers set fire to three homes and several cars in the Palestinian village of Qusin, west of Nablus, on {WD(d,-1)} night, the Palestinian Red Crescent said, adding that 11 people were treated for tear gas inhalation and one man for a gunshot wound at Rafidia hospital in Nablus.

The Palestinian foreign ministry in Ramallah called the rampage "state-backed terror". The Israeli military said soldiers had been sent to the village to disperse "a confrontation between Israelis and Palestinians".""",
  [E("incident", "settler attack, arson", DAY(d, -1), Q("Qusin", "PS", 32.24, 35.18, q="Qusin"), ["Israeli settlers", "civilians"])],
  [Q("Ramallah", "PS", 31.90, 35.20), Q("Nablus", "PS", 32.22, 35.25)],
  "Monday night arson with a gunshot wound: scored incident. Ramallah: dateline and statement place (~37 km). Nablus: direction and hospital (~7 km, inside radius).",
  ["dateline_not_event", "weekday_date", "property_destruction", "hospital_other_city", "statement_place"])

# 6 Deir Sharaf
d = "2024-07-10"
N(6, d, f"""JERUSALEM, July 10 (AFP) - A Palestinian man was shot dead by Israeli troops during a pre-dawn raid on Deir Sharaf in the northern West Bank on {WD(d)}, the Palestinian health ministry said.

The army said soldiers had opened fire on a suspect who hurled an explosive device at them. His funeral is expected to take place in Tulkarem on {WD(d,1)}. Israel has stepped up raids across the territory since the Hamas attack of October 7.""",
  [E("incident", "raid, shooting", d, Q("Deir Sharaf", "PS", 32.25, 35.19, q="Dayr Sharaf"), ["Israel army", "Palestinians"])],
  [Q("Jerusalem", "IL", 31.77, 35.22), Q("Tulkarem", "PS", 32.31, 35.03, q="Tulkarm")],
  "Wednesday pre-dawn raid. Tulkarem: future funeral (~16 km). October 7: year-old background, no place.",
  ["dateline_not_event", "weekday_date", "future_event", "background_event"])

# 7 Kubaisa
d = "2021-10-12"
N(7, d, f"""BAGHDAD, Oct 12 (Reuters) - A roadside bomb struck an Iraqi army patrol near Kubaisa in western Anbar province on {WD(d)}, killing an officer and two soldiers, two security sources said.

No group immediately claimed responsibility, but Islamic State cells remain active in the desert between Kubaisa and the Syrian border. The wounded were taken to the main hospital in Ramadi, one of the sources said.""",
  [E("incident", "IED", d, M("Kubaisa", 33.58, 42.59, "IQ", "approximate, town west of Hit"), ["unknown", "Iraq army"])],
  [Q("Baghdad", "IQ", 33.34, 44.40), Q("Ramadi", "IQ", 33.42, 43.31)],
  "Tuesday. Ramadi: hospital (~70 km). The desert between the town and the border: area background.",
  ["dateline_not_event", "weekday_date", "hospital_other_city", "background_event"])

# 8 Madghil
d = "2021-03-02"
N(8, d, f"""ADEN, March 2 (Reuters) - Yemen's Houthi movement pressed its offensive on Marib on {WD(d,-1)}, with heavy fighting around Madghil, north-west of the city, where government forces said they had repelled an attack backed by explosive-laden drones. Medical sources in Marib said 18 government fighters were killed.

The Saudi-led coalition said it had carried out air strikes in support, without giving locations. U.N. envoy Martin Griffiths is due in Riyadh next week for talks on a nationwide truce.""",
  [E("incident", "armed clashes, drone attack", DAY(d, -1), Q("Madghil", "YE", 15.60, 45.04), ["Houthis", "Yemen government forces"])],
  [Q("Aden", "YE", 12.78, 45.04), Q("Marib", "YE", 15.46, 45.33, q="Ma'rib"), Q("Riyadh", "SA", 24.69, 46.72)],
  "Monday. Marib: direction reference and source place (~35 km). Coalition strikes without a location: no pin. Riyadh: future talks.",
  ["dateline_not_event", "weekday_date", "future_event", "statement_place"])

# 9 Dar an Nasir
d = "2022-08-16"
N(9, d, f"""DUBAI, Aug 16 (Reuters) - A sniper killed an 11-year-old boy in Dar an-Nasir on the eastern edge of Taiz on {WD(d,-1)}, a local rights group said, despite a U.N.-brokered truce that has largely held since April.

The group blamed Houthi fighters positioned on the hills overlooking the district. Talks on reopening roads into the besieged city, held in Amman in May, ended without agreement.""",
  [E("incident", "sniper fire", DAY(d, -1), Q("Dar an-Nasir", "YE", 13.56, 44.02, q="Dar an Nasir"), ["Houthis", "civilians"])],
  [Q("Dubai", "AE", 25.07, 55.17), Q("Amman", "JO", 31.95, 35.93)],
  "Monday. Taiz: qualifier (~5 km, not listed). Amman talks in May: dated-by-month background, not a meeting in this story's window (listed as non-event).",
  ["dateline_not_event", "weekday_date", "background_event"])

# 10 Sarvabad
d = "2022-10-03"
N(10, d, f"""DUBAI, Oct 3 (Reuters) - Two members of Iran's Revolutionary Guards were killed in a clash with "counter-revolutionary" gunmen near Sarvabad in Kurdistan province, the semi-official Tasnim news agency reported on {WD(d)}, without saying when the fighting took place.

Tasnim, which is close to the Guards, said the gunmen had crossed from Iraq. Iranian forces shelled Kurdish opposition bases in northern Iraq last week, drawing protests from Baghdad.""",
  [E("incident", "armed clash", [DAY(d, -1), d], Q("Sarvabad", "IR", 35.31, 46.37), ["IRGC", "Kurdish armed group"])],
  [Q("Baghdad", "IQ", 33.34, 44.40)],
  "Monday report, clash undated: D-1..D (judgement call). Last week's shelling in northern Iraq: undated region-level background. Baghdad: metonym.",
  ["dateline_not_event", "undated_event", "metonym", "background_event"])

# 11 Beytussebap
d = "2019-08-21"
N(11, d, f"""ISTANBUL, Aug 21 (Reuters) - Kurdish militants attacked a military outpost in the Beytussebap district of Turkey's southeastern Sirnak province late on {WD(d,-1)}, killing two soldiers, the defence ministry said.

The ministry said in a statement from Ankara that "nine terrorists were neutralised" in operations that followed, and that air strikes had hit PKK shelters in northern Iraq's Hakurk region.""",
  [E("incident", "armed attack", DAY(d, -1), Q("Beytussebap", "TR", 37.56, 43.17, q="Beytussebap"), ["PKK", "Türkiye army"])],
  [Q("Istanbul", "TR", 41.01, 28.95), Q("Ankara", "TR", 39.92, 32.85), Q("Sirnak", "TR", 37.51, 42.45)],
  "Tuesday late. District pinned at its seat. Sirnak: province (~65 km). The follow-up operations and Hakurk strikes are undated and region-only: not gold.",
  ["dateline_not_event", "weekday_date", "statement_place", "admin_qualifier", "region_only"])

# 12 Baladruz
d = "2020-05-05"
N(12, d, f"""BAGHDAD, May 5 (Reuters) - Islamic State militants attacked a checkpoint of the Popular Mobilisation Forces near Baladruz, east of Baquba, on {WD(d,-1)} night, killing three fighters, two security officials said.

It was the third attack in the Diyala area in a week, following an assault on federal police in the Hamrin hills. The wounded were taken to Baquba General Hospital.""",
  [E("incident", "armed attack", DAY(d, -1), Q("Baladruz", "IQ", 33.70, 45.08), ["ISIS", "PMF"])],
  [Q("Baghdad", "IQ", 33.34, 44.40), Q("Baqubah", "IQ", 33.75, 44.61)],
  "Monday night. Baquba: direction and hospital (~45 km). The Hamrin attack: undated within 'a week', background (not listed).",
  ["dateline_not_event", "weekday_date", "hospital_other_city", "background_event"])

# 13 Ras Tanura
d = "2021-03-08"
N(13, d, f"""RIYADH/DUBAI, March 8 (Reuters) - A drone launched from the sea struck a petroleum tank farm at Ras Tanura, one of the world's largest oil export terminals, on {WD(d,-1)}, Saudi Arabia's energy ministry said, adding that there were no casualties.

A ballistic missile aimed at Aramco residential areas in Dhahran was intercepted, the ministry said. Yemen's Houthis said they had fired eight missiles and 14 drones from Sanaa at Saudi targets.""",
  [E("incident", "drone attack", DAY(d, -1), Q("Ras Tanura", "SA", 26.71, 50.07), ["Houthis", "Saudi Aramco"]),
   ],
  [Q("Riyadh", "SA", 24.69, 46.72), Q("Sanaa", "YE", 15.35, 44.21), Q("Dhahran", "SA", 26.29, 50.11)],
  "Sunday. The missile 'aimed at' Dhahran was intercepted with no stated interception place: Dhahran is the target of a failed attack, listed as non-event (~47 km, inside radius). Sanaa: launch origin.",
  ["dateline_not_event", "weekday_date", "launch_origin", "interception"])

# 14 Cascais meeting
d = "2022-06-28"
N(14, d, f"""LISBON, June 28 (Reuters) - The foreign ministers of Algeria and Spain met on the sidelines of a Mediterranean forum in Cascais on {WD(d)} in an attempt to ease a row over Madrid's shift on Western Sahara, diplomats said.

The talks, the first since Algiers suspended a friendship treaty, covered gas supplies through the Medgaz pipeline. A planned visit by the Spanish minister to Algiers remains on hold.""",
  [E("meeting", "bilateral meeting", d, Q("Cascais", "PT", 38.70, -9.42), ["Algeria", "Spain"])],
  [Q("Lisbon", "PT", 38.72, -9.14), Q("Algiers", "DZ", 36.74, 3.09), Q("Madrid", "ES", 40.42, -3.70)],
  "Tuesday. Lisbon dateline (~25 km, inside radius). Madrid and Algiers: metonyms; Algiers also a postponed visit.",
  ["dateline_not_event", "weekday_date", "sidelines", "metonym", "postponed_event"])

# 15 Gaza: Al-Mughraqa replaced -> Wadi Salqa
d = "2024-01-17"
N(15, d, f"""CAIRO, Jan 17 (Reuters) - An Israeli air strike hit a house in Wadi al-Salqa, east of Deir al-Balah in the central Gaza Strip, early on {WD(d)}, killing 12 members of one family, the Gaza health ministry said. The bodies were taken to Al-Aqsa Martyrs Hospital in Deir al-Balah.

The Israeli military said it was checking the report. Egyptian and Qatari mediators in Cairo are pressing for a new truce.""",
  [E("incident", "air strike", d, M("Wadi al-Salqa", 31.40, 34.38, "PS", "approximate, village area east of Deir al-Balah"), ["Israel", "civilians"])],
  [Q("Cairo", "EG", 30.04, 31.24)],
  "Wednesday. Deir al-Balah: hospital and qualifier (~4 km; not listed). Cairo: dateline and mediation place.",
  ["dateline_not_event", "weekday_date", "hospital_other_city"])

# 16 Kochetok + Pechenihy
d = "2024-05-21"
N(16, d, f"""KYIV, May 21 (Reuters) - Russian guided bombs hit the settlements of Kochetok and Pechenihy, east of Kharkiv, on {WD(d,-1)}, killing four people and damaging a school, regional governor Oleh Syniehubov said on {WD(d)}.

Russia opened a new front in the Kharkiv region this month, pushing towards Vovchansk. Ukrainian air defences shot down 29 of 31 drones launched overnight from Russia's Kursk region, the air force said.""",
  [E("incident", "guided bomb strike", DAY(d, -1), Q("Kochetok", "UA", 49.88, 36.74), ["Russia", "civilians"]),
   E("incident", "guided bomb strike", DAY(d, -1), Q("Pechenihy", "UA", 49.87, 36.94), ["Russia", "civilians"])],
  [Q("Kyiv", "UA", 50.45, 30.52), Q("Kharkiv", "UA", 49.98, 36.25), Q("Vovchansk", "UA", 50.29, 36.94)],
  "Monday strikes, Tuesday statement. Kharkiv: direction/region (~35 km). Vovchansk: undated front background (~47 km from Pechenihy, inside radius of one). Interceptions without a place: no pin. Kursk region: launch origin (region only).",
  ["dateline_not_event", "weekday_date", "multi_event", "launch_origin", "background_event"])

# 17 Stepanivka
d = "2025-02-14"
N(17, d, f"""KYIV, Feb 14 (AP) — A Russian drone slammed into a minibus in Stepanivka, a suburb of Sumy, on {WD(d)} morning, killing the driver and wounding seven passengers, local authorities said. Four of the wounded, including a teenager, were taken to a hospital in Sumy.

Sumy region, which borders Russia, has come under near-daily attack since Ukraine's incursion into neighbouring Kursk last August.""",
  [E("incident", "drone strike", d, Q("Stepanivka", "UA", 50.95, 34.61), ["Russia", "civilians"])],
  [Q("Kyiv", "UA", 50.45, 30.52)],
  "Friday. Sumy: qualifier and hospital (~12 km, not listed). The Kursk incursion: dated background by month, region only.",
  ["dateline_not_event", "weekday_date", "hospital_other_city", "background_event"])

# 18 Dnipryany
d = "2023-11-23"
N(18, d, f"""MOSCOW, Nov 23 (Reuters) - A Ukrainian drone dropped explosives on a bus stop in Dnipryany, a village on the Russian-held left bank of the Dnipro in the Kherson region, on {WD(d,-1)}, killing two civilians, the Russian-installed governor Vladimir Saldo said on Telegram.

Ukrainian forces have established footholds near Krynky, downstream, and Moscow says it is repelling their attempts to expand them. Reuters could not independently verify the reports.""",
  [E("incident", "drone strike", DAY(d, -1), Q("Dnipryany", "UA", 46.75, 33.27), ["Ukraine", "civilians"])],
  [Q("Moscow", "RU", 55.76, 37.62)],
  "Wednesday. Krynky: undated front background (~15 km, not listed). 'Could not verify' concerns the claim but the event is stated: scored.",
  ["dateline_not_event", "weekday_date", "attribution", "background_event"])

# 19 Tomarovka
d = "2024-03-16"
N(19, d, f"""MOSCOW, March 16 (Reuters) - Ukrainian shelling of Tomarovka, a town north-west of Belgorod, killed one man and set a grain warehouse ablaze on {WD(d)}, Belgorod governor Vyacheslav Gladkov said.

Russia's defence ministry said in a separate statement that its forces had repelled an attempted incursion by "Ukrainian sabotage groups" near Poroz, also in the Belgorod region, on the same day. Schools in Belgorod city will stay closed until {WD(d,2)}.""",
  [E("incident", "shelling", d, Q("Tomarovka", "RU", 50.68, 36.23), ["Ukraine", "civilians"]),
   E("incident", "attempted incursion (claim)", d, M("Poroz", 50.54, 35.68, "RU", "approximate, border village in Grayvoron district; placement uncertain"), ["Russia army", "pro-Ukrainian fighters"], optional=True)],
  [Q("Moscow", "RU", 55.76, 37.62), Q("Belgorod", "RU", 50.60, 36.58)],
  "Saturday. The defence ministry's repelled incursion claim: optional. Belgorod: direction and future school reopening (~26 km). Monday: future (resolved for the notes).",
  ["dateline_not_event", "weekday_date", "claim", "future_event"])

# 20 Pochep
d = "2024-08-29"
N(20, d, f"""MOSCOW, Aug 29 (Reuters) - Ukrainian drones attacked the Druzhba oil pumping station near Pochep in Russia's Bryansk region overnight, causing a fire that was later extinguished, two industry sources said on {WD(d)}.

Bryansk governor Alexander Bogomaz said on Telegram that air defences had downed several drones over the region. Ukraine's general staff said in Kyiv that the pumping station supplied fuel to Russian forces.""",
  [E("incident", "drone attack", [DAY(d, -1), d], Q("Pochep", "RU", 52.93, 33.45), ["Ukraine", "Druzhba pipeline"])],
  [Q("Moscow", "RU", 55.76, 37.62), Q("Kyiv", "UA", 50.45, 30.52)],
  "Thursday report of an overnight attack: D-1..D. Region-wide shootdowns: no pin. Kyiv: statement place.",
  ["dateline_not_event", "overnight", "statement_place"])

# 21 Korsimoro
d = "2022-11-15"
N(21, d, f"""OUAGADOUGOU, Nov 15 (Reuters) - Suspected Islamist militants killed 12 civilian defence volunteers in an attack on their post at Korsimoro in Burkina Faso's Centre-Nord region on {WD(d,-1)}, two security sources said.

Survivors were evacuated to the regional hospital in Kaya, about 30 km to the north. The army said it had killed "dozens" of the assailants in a counter-offensive, without giving a location.""",
  [E("incident", "armed attack", DAY(d, -1), Q("Korsimoro", "BF", 12.83, -1.07), ["JNIM", "VDP"])],
  [Q("Ouagadougou", "BF", 12.37, -1.53), Q("Kaya", "BF", 13.09, -1.08)],
  "Monday. Kaya: hospital (~30 km, inside radius). Counter-offensive without a place: no pin.",
  ["dateline_not_event", "weekday_date", "hospital_other_city"])

# 22 Talata Mafara
d = "2023-02-07"
N(22, d, f"""KANO, Nigeria, Feb 7 (Reuters) - Gunmen on motorcycles stormed two hamlets outside Talata Mafara in Nigeria's northwestern Zamfara state on {WD(d,-2)} night and abducted at least 40 people, mostly women, residents and a local lawmaker said.

Zamfara police spokesman Mohammed Shehu confirmed the kidnapping in a statement issued in Gusau. The state has been hit by mass abductions, including the 2021 seizure of 279 schoolgirls in Jangebe.""",
  [E("incident", "abduction", DAY(d, -2), Q("Talata Mafara", "NG", 12.57, 6.06), ["bandits", "civilians"])],
  [Q("Kano", "NG", 12.00, 8.52), Q("Gusau", "NG", 12.17, 6.66), M("Jangebe", 12.42, 6.52, "NG", "approximate, town in Talata Mafara LGA")],
  "Sunday night, two unnamed hamlets: one pin at the town they are outside. Gusau: statement place (~75 km). Jangebe: 2021 background (~50 km).",
  ["dateline_not_event", "weekday_date", "abduction", "statement_place", "background_event"])

# 23 Njinikom
d = "2021-04-20"
N(23, d, f"""DOUALA, Cameroon, April 20 (Reuters) - Anglophone separatist fighters ambushed a military convoy near Njinikom in Cameroon's North-West region on {WD(d,-1)}, killing four soldiers, a military source said.

Two of the wounded were flown to Yaounde, the source said. Separatists in Boyo division have declared a "lockdown" for next week's national holiday.""",
  [E("incident", "ambush", DAY(d, -1), Q("Njinikom", "CM", 6.23, 10.28), ["Ambazonian separatists", "Cameroon army"])],
  [Q("Douala", "CM", 4.05, 9.70), Q("Yaounde", "CM", 3.87, 11.52, q="Yaounde")],
  "Monday. Yaounde: place the wounded were flown to. The lockdown: future, no place.",
  ["dateline_not_event", "weekday_date", "future_event", "fled_to"])

# 24 Mangbwalu
d = "2024-02-27"
N(24, d, f"""BUNIA, Democratic Republic of Congo, Feb 27 (Reuters) - CODECO militiamen armed with machetes and guns attacked an artisanal gold mining site at Mangbwalu in Congo's Ituri province on {WD(d,-1)}, killing at least 15 miners, a local civil society leader and a U.N. source said.

The wounded were taken to the general hospital in Bunia. The militia, which claims to defend the Lendu community, has been blamed for attacks on displacement camps in Djugu territory since 2019.""",
  [E("incident", "armed attack", DAY(d, -1), Q("Mangbwalu", "CD", 1.95, 30.04), ["CODECO", "civilians"])],
  [Q("Bunia", "CD", 1.56, 30.25)],
  "Monday. Bunia: dateline and hospital (~50 km). Djugu: territory-level background since 2019 (not listed).",
  ["dateline_not_event", "weekday_date", "hospital_other_city", "background_event"])

# 25 Adis Zemen
d = "2023-08-22"
N(25, d, f"""NAIROBI, Aug 22 (Reuters) - A drone strike in Addis Zemen, a town in Ethiopia's Amhara region, killed at least nine people at a bus station on {WD(d,-1)}, two residents and a doctor at a hospital in Bahir Dar said.

The federal government has been fighting Fano militiamen in Amhara since early August. Government spokespeople in Addis Ababa did not respond to requests for comment.""",
  [E("incident", "drone strike", DAY(d, -1), Q("Addis Zemen", "ET", 12.12, 37.78, q="Adis Zemen"), ["Ethiopia", "civilians"])],
  [Q("Nairobi", "KE", -1.28, 36.82), Q("Bahir Dar", "ET", 11.59, 37.39), Q("Addis Ababa", "ET", 9.02, 38.75)],
  "Monday. Bahir Dar: the doctor's hospital (~70 km). Addis Ababa: metonym.",
  ["dateline_not_event", "weekday_date", "hospital_other_city", "metonym"])

# 26 Nambol
d = "2023-09-13"
N(26, d, f"""GUWAHATI, India, Sept 13 (Reuters) - Armed men fired on farmers working in paddy fields near Nambol in Manipur's Bishnupur district on {WD(d,-1)}, killing two, police said, as ethnic violence between Meitei and Kuki-Zo communities entered its fifth month.

Security forces were deployed to the buffer zone between the hills and the valley. Chief Minister N. Biren Singh told reporters in Imphal the attackers had come down from the Churachandpur hills.""",
  [E("incident", "shooting", DAY(d, -1), Q("Nambol", "IN", 24.70, 93.82), ["gunmen", "civilians"])],
  [Q("Guwahati", "IN", 26.18, 91.75), Q("Imphal", "IN", 24.81, 93.94), Q("Churachandpur", "IN", 24.33, 93.68)],
  "Tuesday. Imphal: statement place (~17 km, inside radius). Churachandpur: origin of the attackers (~43 km).",
  ["dateline_not_event", "weekday_date", "statement_place", "launch_origin"])

# 27 Pigcawayan
d = "2022-05-31"
N(27, d, f"""COTABATO CITY, Philippines, May 31 (Reuters) - Soldiers clashed with Islamic State-linked militants of the Bangsamoro Islamic Freedom Fighters near Pigcawayan in North Cotabato province on {WD(d,-1)}, leaving five militants and a soldier dead, the army's 6th Infantry Division said.

The division, which is headquartered in Datu Odin Sinsuat, said troops recovered bomb-making materials.""",
  [E("incident", "armed clash", DAY(d, -1), Q("Pigcawayan", "PH", 7.28, 124.43), ["Philippines army", "BIFF"])],
  [Q("Cotabato City", "PH", 7.22, 124.25, q="Cotabato"), M("Datu Odin Sinsuat", 7.17, 124.21, "PH", "approximate, municipality south of Cotabato City")],
  "Monday. Cotabato City: dateline (~20 km, inside radius). Datu Odin Sinsuat: headquarters qualifying the division (~26 km).",
  ["dateline_not_event", "weekday_date", "qualifier_place"])

# 28 Cajibio
d = "2024-04-23"
N(28, d, f"""BOGOTA, April 23 (Reuters) - FARC dissidents attacked a police station in Cajibío, in Colombia's southwestern Cauca province, with explosives and rifle fire on {WD(d,-1)} night, wounding three officers and a civilian, police said.

The injured were taken to hospital in Popayan. The government's peace commissioner said talks with another dissident faction would resume in Caracas next month.""",
  [E("incident", "armed attack, explosives", DAY(d, -1), Q("Cajibio", "CO", 2.62, -76.57), ["FARC dissidents", "Colombia police"])],
  [Q("Bogota", "CO", 4.61, -74.08, q="Bogota"), Q("Popayan", "CO", 2.44, -76.61), Q("Caracas", "VE", 10.49, -66.88)],
  "Monday night. Popayan: hospital (~21 km, inside radius). Caracas: future talks.",
  ["dateline_not_event", "weekday_date", "hospital_other_city", "future_event"])

# 29 Tancitaro
d = "2023-12-05"
N(29, d, f"""MEXICO CITY, Dec 5 (Reuters) - Drones loaded with explosives were dropped on a police post and two houses in the avocado-growing municipality of Tancítaro in the western state of Michoacán over the weekend, wounding four people, state security officials said on {WD(d)}.

The officials blamed the Jalisco New Generation Cartel, which is fighting rival gangs for control of extortion rackets. Federal troops were sent from Uruapan.""",
  [E("incident", "drone attack, explosives", [DAY(d, -3), DAY(d, -2)], Q("Tancitaro", "MX", 19.34, -102.36), ["CJNG", "police"])],
  [Q("Mexico City", "MX", 19.43, -99.13), Q("Uruapan", "MX", 19.42, -102.06)],
  "Tuesday report; 'over the weekend' = Saturday..Sunday before. Municipality pinned at its seat. Uruapan: origin of reinforcements (~33 km, inside radius).",
  ["dateline_not_event", "weekend", "reinforcement_origin"])
DOCS[-1]["notes"] += " Weekend=2023-12-02..2023-12-03."

# 30 Dibaga
d = "2020-07-14"
N(30, d, f"""ERBIL, Iraq, July 14 (Reuters) - Peshmerga and Iraqi army commanders will hold talks in Dibaga next week on closing security gaps in the Makhmour area, where Islamic State fighters have exploited disputed territory, a Kurdish official said on {WD(d)}.

The official said a joint coordination centre would open in the town. A planned tour of the front by the Peshmerga minister was called off at the last minute.""",
  [],
  [Q("Erbil", "IQ", 36.19, 44.01), M("Dibaga", 35.87, 43.80, "IQ", "approximate, sub-district town in Makhmour district"), M("Makhmour", 35.78, 43.58, "IQ", "approximate, district town")],
  "Tuesday statement about a future meeting and a cancelled tour: no gold. Dibaga: future meeting place. Makhmour: area background.",
  ["dateline_not_event", "future_event", "cancelled_event", "no_scored_gold"])
