from lib import *
R = "military_release"
DOCS = []
add = DOCS.append
T = "Military press release; composite with invented figures and places where noted. Claimed strikes pinned at the target. "

def N(num, d, text, events, nonev, note, tags):
    add(D(R, num, d, text, events, nonev, T + note, ["military_release"] + tags))

def I(d):
    return [DAY(d, -1), d]

def W7(d):
    return [DAY(d, -7), d]

d = "2024-03-02"
N(1, d, f"""U.S. Africa Command, in coordination with the Federal Government of Somalia, conducted an airstrike approximately 40 km northeast of Bariire on {WD(d,-1)}, killing three al-Shabaab terrorists. No civilians were injured. The command continues to assess the results of a strike near Jilib reported by local media, which it has not confirmed.""",
  [E("incident", "airstrike", DAY(d, -1), OFF("40 km NE of Bariire", M("Bariire", 2.05, 44.80, "SO", "approximate, town in Lower Shabelle"), 40, 45), ["United States", "al Shabaab"], alts=[M("Bariire", 2.05, 44.80, "SO", "approximate, town in Lower Shabelle")])],
  [Q("Jilib", "SO", 0.49, 42.77)],
  "Offset computed. Unconfirmed Jilib strike: not gold.", ["offset", "weekday_date", "unconfirmed"])

d = "2023-11-20"
N(2, d, f"""IDF fighter jets struck Hezbollah targets overnight in the areas of Yarine, Dhayra and Marwahin in southern Lebanon, including weapons storage facilities and a military compound. Earlier, sirens sounded in Hanita following the launch of anti-tank missiles.""",
  [E("incident", "airstrike", I(d), M("Yarine", 33.10, 35.24, "LB", "approximate, border village in Tyre district"), ["Israel", "Hezbollah"]),
   E("incident", "airstrike", I(d), M("Dhayra", 33.10, 35.21, "LB", "approximate, border village in Tyre district"), ["Israel", "Hezbollah"]),
   E("incident", "airstrike", I(d), M("Marwahin", 33.11, 35.22, "LB", "approximate, border village in Tyre district"), ["Israel", "Hezbollah"]),
   E("incident", "anti-tank missile fire", I(d), M("Hanita", 33.09, 35.17, "IL", "approximate, kibbutz on the border"), ["Hezbollah"], optional=True)],
  [],
  "Three named villages, three pins (each 2–4 km apart). Sirens optional. ", ["list_of_towns", "date_range", "sirens"])

d = "2025-02-11"
N(3, d, f"""Russian Ministry of Defence: Over the past day, units of the North group of forces defeated enemy formations near the settlements of Malyi Prykil, Zhuravka and Andriivka in Sumy region. Enemy losses: up to 170 servicemen. Units of the Dnepr group struck manpower near Mala Tokmachka and Plavni. Air defence shot down 60 UAVs.""",
  [E("incident", "ground strikes", I(d), M("Malyi Prykil", 51.10, 34.95, "UA", "approximate, border village in Sumy region; placement uncertain"), ["Russia", "Ukraine"]),
   E("incident", "ground strikes", I(d), M("Zhuravka", 51.17, 35.05, "UA", "approximate, border village in Sumy region; placement uncertain"), ["Russia", "Ukraine"]),
   E("incident", "ground strikes", I(d), M("Andriivka (Sumy)", 51.12, 35.10, "UA", "approximate; placement uncertain (several Andriivkas)"), ["Russia", "Ukraine"]),
   E("incident", "strikes", I(d), M("Mala Tokmachka", 47.56, 35.84, "UA", "approximate, village near Orikhiv"), ["Russia", "Ukraine"]),
   E("incident", "strikes", I(d), M("Plavni", 47.50, 35.43, "UA", "approximate, village on the Kakhovka shore"), ["Russia", "Ukraine"])],
  [],
  "Composite list. Past day → D-1..D. Interceptions unlocated. Three Sumy villages within a few km of each other: three pins.", ["list_of_towns", "date_range", "homonym"])
d = "2022-06-07"
N(4, d, f"""Defence Headquarters weekly briefing: In the period under review, troops of Operation Hadin Kai neutralised 23 terrorists and rescued 14 kidnapped victims in Bita, Kirawa and Pulka in Gwoza LGA. Troops also repelled an attack on Malam Karamti on 3 June 2022. In the North West, Operation Hadarin Daji arrested 8 suspected collaborators in Gusau.""",
  [E("incident", "counter-insurgency operation", W7(d), M("Bita", 10.90, 13.35, "NG", "approximate, village in Gwoza LGA; placement uncertain"), ["Nigeria army", "ISWAP"]),
   E("incident", "counter-insurgency operation", W7(d), M("Kirawa", 11.00, 14.13, "NG", "approximate, border village in Gwoza LGA"), ["Nigeria army", "ISWAP"]),
   E("incident", "counter-insurgency operation", W7(d), M("Pulka", 11.22, 13.97, "NG", "approximate, town in Gwoza LGA"), ["Nigeria army", "ISWAP"]),
   E("incident", "repelled attack", "2022-06-03", M("Malam Karamti", 11.62, 12.95, "NG", "approximate, village in Kaga LGA; placement uncertain"), ["Nigeria army", "ISWAP"]),
   E("incident", "arrests", W7(d), Q("Gusau", "NG", 12.16, 6.66), ["Nigeria army"], optional=True)],
  [Q("Gwoza", "NG", 11.08, 13.69)],
  "Weekly → D-7..D except the dated Malam Karamti attack. Arrests optional. Gwoza: LGA seat.", ["weekly", "list_of_towns", "date_range", "admin_qualifier"])

d = "2024-09-18"
N(5, d, f"""ISPR: On the night of {WD(d,-2)}/{WD(d,-1)}, security forces conducted an intelligence-based operation in the general area of Sararogha, South Waziristan district, on reported presence of khwarij. Six khwarij were sent to hell. In an exchange of fire in Ladha, two soldiers embraced shahadat.""",
  [E("incident", "IBO", [DAY(d, -2), DAY(d, -1)], M("Sararogha", 32.48, 69.93, "PK", "approximate, town in South Waziristan"), ["Pakistan army", "TTP"]),
   E("incident", "exchange of fire", [DAY(d, -2), DAY(d, -1)], M("Ladha", 32.59, 69.86, "PK", "approximate, tehsil seat in South Waziristan"), ["Pakistan army", "TTP"])],
  [],
  "Night range.", ["night_range", "weekday_date", "district", "multi_event"])

d = "2021-02-16"
N(6, d, f"""Communiqué de l'état-major général des armées (Burkina Faso) : Le {WDF(d,-2)} 14 février, une unité du détachement de Nassoumbou a été prise à partie par des individus armés. La riposte a permis de neutraliser une dizaine de terroristes. Le {WDF(d,-1)} 15 février, des frappes aériennes ont visé un repli terroriste dans la forêt de Tapoa-Djerma, près de Partiaga.""",
  [E("incident", "armed attack", DAY(d, -2), M("Nassoumbou", 14.38, -1.92, "BF", "approximate, commune in Soum province near the Mali border"), ["militants", "Burkina army"]),
   E("incident", "airstrike", DAY(d, -1), M("Partiaga", 12.35, 1.70, "BF", "approximate, commune in Tapoa province"), ["Burkina army", "militants"])],
  [],
  "French. Forest strike pinned at the town it is 'near'.", ["non_english", "weekday_date", "multi_event"])

d = "2023-01-27"
N(7, d, f"""Comunicado del Ejército Nacional: Tropas de la Séptima División neutralizaron a alias "Gonzalo", cabecilla del Clan del Golfo, en zona rural de Tarazá, Antioquia, el {WDS(d,-1)}. En la operación se incautaron fusiles. Paralelamente, en Cáceres se destruyó un laboratorio de clorhidrato de cocaína.""",
  [E("incident", "military operation", DAY(d, -1), Q("Tarazá", "CO", 7.58, -75.40), ["Colombia army", "Gulf Clan"]),
   E("other", "drug lab destroyed", I(d), Q("Cáceres", "CO", 7.58, -75.35), ["Colombia army"])],
  [],
  "Spanish. Drug lab destruction: kind other.", ["non_english", "weekday_date", "multi_event"])

d = "2024-06-13"
N(8, d, f"""Ukrainian Air Force: In the night of {WD(d,-1)} to {WD(d)}, the enemy attacked with 4 Kh-101 cruise missiles launched from Tu-95MS aircraft over the Saratov region and 18 Shahed UAVs from Primorsko-Akhtarsk. The main target was Vasylkiv; a missile hit an industrial facility. All UAVs were destroyed over Vinnytsia, Khmelnytskyi and Kyiv regions.""",
  [E("incident", "missile strike", [DAY(d, -1), d], Q("Vasylkiv", "UA", 50.18, 30.32, q="Vasyl’kiv"), ["Russia"])],
  [Q("Saratov", "RU", 51.53, 46.03), Q("Primorsko-Akhtarsk", "RU", 46.05, 38.17), Q("Vinnytsia", "UA", 49.23, 28.47, q="Vinnytsya"), Q("Khmelnytskyi", "UA", 49.42, 26.99, q="Khmel’nyts’kyy")],
  "Launch origins and interception regions are not events.", ["night_range", "launch_origin", "weekday_date"])

d = "2025-05-09"
N(9, d, f"""Headquarters White Knight Corps (India): In response to unprovoked shelling by the Pakistan Army on civilian areas in Rajouri and Nowshera on the night of 7–8 May, the Indian Army responded proportionately. A civilian official was killed in Rajouri town.""",
  [E("incident", "cross-border shelling", ["2025-05-07", "2025-05-08"], Q("Rajouri", "IN", 33.38, 74.31), ["Pakistan"]),
   E("incident", "cross-border shelling", ["2025-05-07", "2025-05-08"], M("Nowshera (Rajouri)", 33.15, 74.23, "IN", "approximate, town near the LoC in Rajouri district"), ["Pakistan"])],
  [],
  "Stated night range. Homonym: Nowshera, Jammu (not Pakistan's Nowshera). The Indian response is unlocated.", ["night_range", "homonym", "multi_event"])
d = "2023-10-09"
N(10, d, f"""Turkish Ministry of National Defence: Following the terrorist attack in Ankara on 1 October, our air operations in northern Syria continue. In the last 48 hours, 26 targets were destroyed around Tal Rifaat, Ayn Issa and Dashisha. In addition, a terrorist surrendered to our border units at Ceylanpınar.""",
  [E("incident", "airstrikes", [DAY(d, -2), d], Q("Tal Rifaat", "SY", 36.47, 37.10, q="Tall Rif‘at"), ["Türkiye", "SDF"]),
   E("incident", "airstrikes", [DAY(d, -2), d], Q("Ayn Issa", "SY", 36.39, 38.86, q="‘Ayn ‘Īsá"), ["Türkiye", "SDF"]),
   E("incident", "airstrikes", [DAY(d, -2), d], M("Dashisha", 36.42, 41.30, "SY", "approximate, village in eastern Hasakah near the Iraq border; placement uncertain"), ["Türkiye", "SDF"]),
   E("other", "surrender", [DAY(d, -2), d], Q("Ceylanpınar", "TR", 36.85, 40.05), ["PKK"])],
  [Q("Ankara", "TR", 39.93, 32.86)],
  "Composite. 48 hours → D-2..D. Ankara attack: back-reference (cause): non-event. Surrender: other.", ["back_reference", "date_range", "list_of_towns", "surrender"])
d = "2022-11-03"
N(11, d, f"""Armed Forces of the Philippines Western Mindanao Command: Troops of the 1103rd Infantry Brigade clashed with Abu Sayyaf remnants in Barangay Kan-Islam, Patikul, Sulu on {WD(d,-1)}. Two were killed. Separately, 12 former members surrendered in Indanan.""",
  [E("incident", "armed clash", DAY(d, -1), M("Kan-Islam, Patikul", 6.02, 121.08, "PH", "approximate, barangay in Patikul"), ["Philippine army", "Abu Sayyaf"], alts=[Q("Patikul", "PH", 6.06, 121.10)]),
   E("other", "surrender", I(d), M("Indanan", 6.00, 120.95, "PH", "approximate, municipality west of Jolo"), ["Abu Sayyaf"])],
  [],
  "Barangay pin with municipality alternate. Surrender: other.", ["weekday_date", "village", "surrender", "multi_event"])

d = "2024-01-24"
N(12, d, f"""U.S. Central Command: On {WD(d,-2)}, U.S. forces conducted strikes on three facilities used by Kata'ib Hezbollah in Iraq, near Musayyib, Husaybah and an undisclosed location in western Anbar. These strikes were in response to the attack on Al-Asad Air Base on Jan. 20.""",
  [E("incident", "airstrike", DAY(d, -2), Q("Musayyib", "IQ", 32.78, 44.29, q="Al Musayyib"), ["United States", "Kata'ib Hezbollah"]),
   E("incident", "airstrike", DAY(d, -2), M("Husaybah", 34.40, 40.99, "IQ", "approximate, border town west of Al-Qaim"), ["United States", "Kata'ib Hezbollah"])],
  [M("Al-Asad Air Base", 33.79, 42.44, "IQ", "approximate, base in western Anbar")],
  "Composite. Undisclosed third location: no pin. Al-Asad attack: cause back-reference (non-event).", ["weekday_date", "back_reference", "list_of_towns"])
d = "2020-10-04"
N(13, d, f"""Ministry of Defence of Azerbaijan: On 3 October, the Armenian armed forces shelled the territory of Tartar and Aghjabadi districts. Our units liberated the village of Talish and the heights around Madagiz. Enemy losses are being clarified.""",
  [E("incident", "shelling", "2020-10-03", Q("Aghjabadi", "AZ", 40.05, 47.46, q="Ağcabədi"), ["Armenia"]),
   E("incident", "shelling", "2020-10-03", M("Tartar district", 40.34, 46.93, "AZ", "approximate, Tartar town"), ["Armenia"]),
   E("other", "territorial capture", "2020-10-03", M("Talish", 40.17, 46.62, "AZ", "approximate, village north of Madagiz"), ["Azerbaijan"], optional=True)],
  [M("Madagiz", 40.11, 46.71, "AZ", "approximate, village (Sugovushan)")],
  "Capture claims optional; 'heights around Madagiz' not pinned (Madagiz ~9 km from Talish).", ["capture_claim", "district", "multi_event"])

d = "2019-07-10"
N(14, d, f"""Tatmadaw True News: On {WD(d,-1)}, Arakan Army insurgents attacked a police outpost near Ponnagyun with small arms. Security forces returned fire. AA members fled toward Kyauktaw. The public in Sittwe is urged to report suspicious people.""",
  [E("incident", "armed attack", DAY(d, -1), Q("Ponnagyun", "MM", 20.33, 93.00), ["Arakan Army", "police"])],
  [Q("Kyauktaw", "MM", 20.84, 92.97), Q("Sittwe", "MM", 20.15, 92.90)],
  "Flight direction Kyauktaw; Sittwe appeal (~22 km, inside the radius).", ["weekday_date", "direction_place"])

d = "2024-02-14"
N(15, d, f"""Royal Thai Army Fourth Region: A bomb exploded near a rubber plantation in Bannang Sata district, Yala, on {WD(d,-1)}, wounding two soldiers. A second device was defused in Raman district.""",
  [E("incident", "bombing", DAY(d, -1), Q("Bannang Sata", "TH", 6.26, 101.26), ["insurgents", "Thai army"])],
  [Q("Raman", "TH", 6.48, 101.43), Q("Yala", "TH", 6.54, 101.28)],
  "Defused device: not an attack.", ["weekday_date", "district", "non_event_device"])

d = "2022-04-29"
N(16, d, f"""Ethiopian National Defence Force statement: Our forces destroyed an enemy convoy on the Kobo–Alamata road on {WD(d,-1)}. The terrorist group had attempted to infiltrate from Raya Kobo. The statement was issued from Bahir Dar.""",
  [E("incident", "ground attack", DAY(d, -1), Q("Kobo", "ET", 12.15, 39.63, q="Kobo"), ["ENDF", "TPLF"])],
  [Q("Alamata", "ET", 12.42, 39.56), Q("Bahir Dar", "ET", 11.59, 37.39)],
  "Road: pinned at the first-named town. Raya Kobo (= Kobo area) origin; Bahir Dar: statement place.", ["weekday_date", "road", "statement_place"])

d = "2023-08-08"
N(17, d, f"""Niger Armed Forces press release: On 6 August 2023, a patrol was ambushed between Sanam and Abala (Tillabéri region), and not near Tilia as first reported. Toll: 5 soldiers killed, 14 terrorists neutralised.""",
  [E("incident", "ambush", "2023-08-06", M("Sanam", 14.65, 3.44, "NE", "approximate, commune in Tillabéri region"), ["militants", "Niger army"])],
  [M("Abala", 14.93, 3.43, "NE", "approximate, town north of Sanam"), M("Tilia", 16.13, 4.80, "NE", "approximate, town in Tahoua region")],
  "Road between two towns → first-named (Sanam). The erroneous Tilia is not gold.", ["road", "correction"])

d = "2025-03-24"
N(18, d, f"""Houthi military spokesman: Our air force carried out a qualitative operation targeting the aircraft carrier USS Harry S. Truman in the northern Red Sea, and a hypersonic missile targeted the Nevatim base in the Negev. U.S. aggression launched 12 raids on Harf Sufyan and al-Luhayyah.""",
  [E("incident", "missile attack", I(d), M("Nevatim air base", 31.21, 35.01, "IL", "approximate, air base east of Beersheba"), ["Houthis", "Israel"]),
   E("incident", "airstrikes", I(d), M("Harf Sufyan", 16.35, 43.90, "YE", "approximate, district in Amran governorate"), ["United States"]),
   E("incident", "airstrikes", I(d), Q("Al-Luhayyah", "YE", 15.70, 42.70, q="Al Luḩayyah"), ["United States"])],
  [Q("Beersheba", "IL", 31.25, 34.79, q="Beersheba")],
  "Composite. Carrier attack at sea: no pin. Negev: region. Beersheba: reference (~22 km from the base, inside the radius).", ["claim", "multi_event", "facility"])
d = "2024-11-05"
N(19, d, f"""Ministry of Defence of Sudan: The armed forces repelled an attack by the Rapid Support militia on the town of Al-Nuhud from the eastern axis yesterday. Our aircraft also struck militia gatherings near Um Sumeima and Um Rawaba. The militia's losses exceed 100.""",
  [E("incident", "repelled attack", DAY(d, -1), M("Al-Nuhud", 12.70, 28.43, "SD", "approximate, town in West Kordofan"), ["SAF", "RSF"]),
   E("incident", "airstrike", I(d), M("Um Sumeima", 13.10, 30.10, "SD", "approximate, village west of El Obeid; placement uncertain"), ["SAF", "RSF"]),
   E("incident", "airstrike", I(d), Q("Um Rawaba", "SD", 12.90, 31.22, q="Umm Ruwaba"), ["SAF", "RSF"])],
  [],
  "Composite.", ["multi_event", "relative_day"])
d = "2021-12-15"
N(20, d, f"""Kenya Defence Forces: KDF troops in the Basuba area of the Boni forest, Lamu County, killed four al-Shabaab militants on {WD(d,-1)} during Operation Amani Boni. A soldier was injured and airlifted to Mombasa.""",
  [E("incident", "military operation", DAY(d, -1), M("Basuba", -1.77, 41.27, "KE", "approximate, village in the Boni forest, Lamu county"), ["KDF", "al Shabaab"])],
  [Q("Mombasa", "KE", -4.04, 39.67)],
  "Mombasa: hospital.", ["weekday_date", "hospital_other_city", "village"])

d = "2025-07-14"
N(21, d, f"""Communiqué des Forces armées maliennes : Le {WDF(d,-2)} 12 juillet, les FAMa ont repoussé une attaque terroriste contre le poste de Diabaly, et non de Niono comme annoncé par certains médias. Bilan : 15 terroristes neutralisés. Le {WDF(d,-1)} 13 juillet, un vecteur aérien a frappé un rassemblement à Sokolo.""",
  [E("incident", "repelled attack", DAY(d, -2), Q("Diabaly", "ML", 14.69, -6.02), ["FAMa", "JNIM"]),
   E("incident", "airstrike", DAY(d, -1), Q("Sokolo", "ML", 14.73, -6.12), ["FAMa", "JNIM"])],
  [Q("Niono", "ML", 14.25, -5.99)],
  "French. Denied location (Niono) not gold. Sokolo ~12 km from Diabaly, different days.", ["non_english", "weekday_date", "denial", "multi_event"])
d = "2022-08-07"
N(22, d, f"""Israel Defense Forces: In the past 24 hours, the IDF struck 40 Islamic Jihad targets in the Gaza Strip, including observation posts in Juhor ad-Dik and a weapons production site in al-Zawayda. Rockets launched toward Netivot and Kissufim were intercepted.""",
  [E("incident", "airstrike", I(d), M("Juhor ad-Dik", 31.47, 34.42, "PS", "approximate, village south-east of Gaza City"), ["Israel", "PIJ"]),
   E("incident", "airstrike", I(d), M("al-Zawayda", 31.43, 34.37, "PS", "approximate, town in central Gaza"), ["Israel", "PIJ"]),
   E("incident", "rocket fire", I(d), Q("Netivot", "IL", 31.42, 34.59), ["PIJ"], optional=True),
   E("incident", "rocket fire", I(d), M("Kissufim", 31.37, 34.40, "IL", "approximate, kibbutz east of Khan Younis"), ["PIJ"], optional=True)],
  [],
  "Composite. Intercepted rockets optional.", ["list_of_towns", "interceptions", "multi_event"])
d = "2023-05-31"
N(23, d, f"""Russian MoD: Units of the Black Sea Fleet repelled an attack by unmanned boats on the vessel Ivan Khurs in the south-western Black Sea on 24 May. On the night of 29–30 May, the Kyiv regime carried out a drone attack on targets in the Moscow region; the drones were suppressed over Odintsovo and Khimki.""",
  [E("incident", "drone attack", ["2023-05-29", "2023-05-30"], Q("Odintsovo", "RU", 55.68, 37.28), ["Ukraine"]),
   E("incident", "drone attack", ["2023-05-29", "2023-05-30"], Q("Khimki", "RU", 55.89, 37.44), ["Ukraine"]),
   E("incident", "naval drone attack", "2023-05-24", M("south-western Black Sea (Ivan Khurs)", 42.0, 30.5, "TR", "approximate, sea area; no reliable pin"), ["Ukraine"], optional=True)],
  [Q("Moscow", "RU", 55.75, 37.62)],
  "Composite. Sea attack optional. 'Kyiv regime' metonym. Moscow region named; suppression sites pinned.", ["metonym", "night_range", "multi_event"])
d = "2024-12-02"
N(24, d, f"""Syrian Arab Army General Command: Our forces, with Russian air support, targeted terrorist gatherings in the countryside of Hama, at Taybat al-Imam and Halfaya, destroying 20 vehicles. A report of Russian strikes on Kafr Nabudah was later withdrawn by the command.""",
  [E("incident", "airstrikes", I(d), M("Taybat al-Imam", 35.26, 36.71, "SY", "approximate, town north of Hama"), ["Syria government", "Russia", "HTS"]),
   E("incident", "airstrikes", I(d), M("Halfaya", 35.26, 36.61, "SY", "approximate, town north-west of Hama"), ["Syria government", "HTS"])],
  [Q("Hama", "SY", 35.13, 36.76, q="Ḩamāh"), M("Kafr Nabudah", 35.43, 36.48, "SY", "approximate, town north-west of Hama")],
  "Withdrawn Kafr Nabudah report: not gold, listed as a non-event place.", ["list_of_towns", "retraction"])

d = "2020-05-20"
N(25, d, f"""Indian Army Spear Corps: Troops of the Assam Rifles busted a camp of the NSCN (K-YA) near Pangsha in Mon district, Nagaland, on {WD(d,-2)}. No casualties. An exchange of fire was also reported near Longwa on {WD(d,-1)}.""",
  [E("other", "camp busted", DAY(d, -2), M("Pangsha", 26.25, 95.05, "IN", "approximate, border village in Noklak/Mon area"), ["Assam Rifles"]),
   E("incident", "exchange of fire", DAY(d, -1), M("Longwa", 26.65, 95.20, "IN", "approximate, border village in Mon district"), ["Assam Rifles", "NSCN-K"])],
  [Q("Mon", "IN", 26.73, 95.05)],
  "Camp bust without clash: other.", ["weekday_date", "district", "multi_event"])

d = "2023-03-23"
N(26, d, f"""Somali National Army: In a joint operation with Danab forces, our troops killed 30 al-Khawarij around Masagaweyn and El Dheere in Galgaduud region yesterday. Operations continue toward Harardhere.""",
  [E("incident", "military operation", DAY(d, -1), M("Masagaweyn", 3.95, 46.75, "SO", "approximate, village west of Ceeldheer; placement uncertain"), ["Somalia army", "al Shabaab"]),
   E("incident", "military operation", DAY(d, -1), Q("El Dheere", "SO", 3.85, 47.18, q="Ceeldheer"), ["Somalia army", "al Shabaab"])],
  [Q("Harardhere", "SO", 4.65, 47.86, q="Xarardheere")],
  "Composite; direction 'toward' Harardhere is not an event.", ["relative_day", "direction_place", "village"])

d = "2019-05-02"
N(27, d, f"""Saudi-led Coalition spokesman: The coalition intercepted and downed two Houthi drones launched from Sanaa toward Najran. Coalition aircraft then targeted a drone storage facility in Bani Matar.""",
  [E("incident", "drone interception", I(d), Q("Najran", "SA", 17.49, 44.13, q="Najrān"), ["Houthis"], optional=True),
   E("incident", "airstrike", I(d), M("Bani Matar", 15.25, 44.05, "YE", "approximate, district west of Sanaa"), ["Saudi-led coalition", "Houthis"])],
  [Q("Sanaa", "YE", 15.35, 44.21)],
  "Interception optional; launch origin Sanaa.", ["launch_origin", "interceptions", "multi_event"])

d = "2024-07-19"
N(28, d, f"""General Staff of the Armed Forces of Ukraine, 08:00: Over the past day, there were 130 combat clashes. Defence forces repelled 24 attacks near Tykhe and Lyptsi. Our Navy struck a Russian patrol boat near Mizhvodne on the Tarkhankut peninsula, Crimea. Russian aviation dropped guided bombs on Ruska Lozova.""",
  [E("incident", "ground assaults", I(d), M("Tykhe", 50.25, 36.80, "UA", "approximate, village west of Vovchansk"), ["Russia", "Ukraine"]),
   E("incident", "ground assaults", I(d), M("Lyptsi", 50.20, 36.43, "UA", "approximate, village north of Kharkiv"), ["Russia", "Ukraine"]),
   E("incident", "naval strike", I(d), M("Mizhvodne", 45.59, 32.78, "UA", "approximate, village on the Tarkhankut coast"), ["Ukraine", "Russia"]),
   E("incident", "guided bomb strike", I(d), M("Ruska Lozova", 50.13, 36.30, "UA", "approximate, village north of Kharkiv"), ["Russia"])],
  [],
  "Composite list.", ["list_of_towns", "date_range", "multi_event"])
d = "2022-01-25"
N(29, d, f"""Malian army: In response to the sanctions imposed by ECOWAS in Accra, the armed forces reinforced positions in Hombori and Boni. A FAMa patrol was attacked near Mondoro on {WD(d,-1)}; 2 soldiers wounded.""",
  [E("incident", "armed attack", DAY(d, -1), M("Mondoro", 14.07, -1.95, "ML", "approximate, commune in Douentza cercle"), ["militants", "FAMa"])],
  [Q("Accra", "GH", 5.60, -0.19), M("Hombori", 15.28, -1.70, "ML", "approximate, town on the Gao road"), M("Boni (Mali)", 15.07, -1.97, "ML", "approximate, town west of Hombori")],
  "Reinforcement is not an attack; Accra: sanctions metonym.", ["weekday_date", "metonym", "non_event_deployment"])

d = "2025-10-06"
N(30, d, f"""Israel Defense Forces: Overnight, IDF troops operated in the village of Aqraba, where they arrested 6 wanted suspects and confiscated weapons. A terrorist who threw an explosive device at forces near Deir al-Hatab was neutralised. Reports of an operation in Tammun are incorrect.""",
  [E("incident", "arrests", I(d), M("Aqraba (Nablus)", 32.12, 35.34, "PS", "approximate, village south-east of Nablus"), ["Israel"], optional=True),
   E("incident", "shooting", I(d), M("Deir al-Hatab", 32.22, 35.33, "PS", "approximate, village east of Nablus"), ["Israel", "militant"])],
  [M("Tammun", 32.29, 35.39, "PS", "approximate, town south of Tubas")],
  "Composite. Denied Tammun operation. Arrest raid optional.", ["denial", "arrests", "multi_event"])