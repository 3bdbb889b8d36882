from lib import *
R = "narrative"
DOCS = []
add = DOCS.append
ERB = P("Erbil", "IQ")
N = "Narrative of one strike: hospitals in other cities, home towns, places fled from and statement places are not event places; dated earlier strikes are optional, undated ones not gold."

# 1 ---------------------------------------------------------------- Makhmour camp
d = "2021-06-12"
MKC = M("Makhmour camp", 35.80, 43.53, "IQ", "approximate, camp west of Makhmur town")
add(D(R, 1, d, """Field note: drone strike on the Makhmour refugee camp

On 5 June 2021, shortly after 7 pm, a drone struck a building next to the kindergarten in the Makhmour refugee camp, about 60 km southwest of Erbil. Three people were killed: Ayşe Demir, 52, who ran the kindergarten's kitchen, her nephew Rojhat, 19, and a neighbour, Hamza Yıldız, 40. Two children playing outside were injured and taken first to the clinic in Makhmur town and then to the West Emergency hospital in Erbil.

Most of the camp's 12,000 residents are Kurds whose families fled villages in Turkey's Şırnak province in the 1990s. Our team spoke to six residents and to the camp's health committee by phone. Turkish officials said the operation targeted PKK members; the residents deny any military presence in the building. The camp was also hit on 15 April 2020, when a drone killed three women near the same kindergarten.""",
  [E("incident", "drone strike", "2021-06-05", MKC, ["Turkey", "civilians"], alts=[P("Makhmur", "IQ")]),
   E("incident", "drone strike", "2020-04-15", MKC, ["Turkey", "civilians"], optional=True)],
  [ERB, P("Şırnak", "TR", "Sirnak")],
  N + " Erbil (~55 km) is the hospital city and a distance reference; Şırnak province (at its centre) is where families fled from. The 2020 strike on the same camp is dated: optional.",
  ["victims_named", "hospital_other_city", "origin_place", "background_event", "offset"]))

# 2 ---------------------------------------------------------------- Jabalia school shelter
d = "2024-05-20"
JAB = P("Jabalia", "PS", "Jabalia")
add(D(R, 2, d, """Documentation: strike on a UNRWA school used as a shelter in Jabalia

At about 4:30 am on 14 May 2024, an Israeli airstrike hit the second floor of a UNRWA school in Jabalia camp, northern Gaza, where some 3,000 displaced people were sheltering. Eight people were killed, among them Mariam Abu Nada, 9, her mother Samira and her grandmother Fatima. Eleven were wounded.

The family had fled from Beit Hanoun in the first weeks of the war and had been at the school since November. The wounded were carried to the Kamal Adwan hospital in Beit Lahia, which was running on a single generator. Our fieldworker interviewed two survivors, a teacher who managed the shelter and an ambulance driver.

Relatives living in Deir al-Balah, in central Gaza, learned of the deaths from a video on social media. The school had been hit before, the teacher said, but she could not remember the date.""",
  [E("incident", "airstrike", "2024-05-14", JAB, ["Israel", "civilians"])],
  [P("Beit Hanoun", "PS", "Beit Hanoun"), P("Beit Lahia", "PS", "Beit Lahia"), P("Deir al-Balah", "PS", "Dayr al Balah")],
  N + " Beit Hanoun (origin, ~6 km) and Beit Lahia (hospital, ~3 km) are inside the radius; Deir al-Balah (relatives) is ~15 km. The earlier strike is undated: not gold.",
  ["victims_named", "hospital_other_city", "origin_place", "background_event", "dense_cluster"]))

# 3 ---------------------------------------------------------------- Sanaa, Farwa market
d = "2025-04-25"
SAN = P("Sanaa", "YE")
add(D(R, 3, d, f"""Monitor's report: airstrike on the Farwa market, Shu'ub district, Sanaa

On the evening of 20 April 2025, a U.S. airstrike hit the Farwa market in the Shu'ub district of Sanaa while it was crowded with shoppers. Twelve civilians were killed, according to the local health office, and about 30 were wounded, most of them taken to al-Thawra and al-Kuwait hospitals in the city.

Among the dead were two brothers, Ali and Saleh al-Anisi, who sold vegetables at the market and whose family lives in Ibb. A porter, Mohammed Qasim, 23, had come to Sanaa from Dhamar a year earlier to find work. Our researchers spoke to four witnesses and a nurse.

The strike came three days after U.S. strikes on the Ras Isa fuel port on 17 April. The Houthi-run ministry in Sanaa described the strike as a "war crime"; U.S. Central Command, in Tampa, said it was reviewing the reports.""",
  [E("incident", "airstrike", "2025-04-20", SAN, ["United States", "civilians"]),
   E("incident", "airstrike", "2025-04-17", M("Ras Isa port", 15.12, 42.61, "YE"), ["United States", "Houthis"], optional=True)],
  [P("Ibb", "YE"), P("Dhamar", "YE"), P("Tampa", "US")],
  N + " Hospitals in the same city. Ibb and Dhamar are the victims' home towns; Tampa is a statement place. The Ras Isa strikes, dated, are optional.",
  ["victims_named", "origin_place", "statement_place", "background_event"]))

# 4 ---------------------------------------------------------------- Afrin shelling
d = "2021-06-20"
AFR = P("Afrin", "SY")
add(D(R, 4, d, """Incident report: shelling of al-Shifa hospital in Afrin city

On 12 June 2021, at around 6 pm, artillery shells and rockets struck the al-Shifa hospital and a nearby residential street in Afrin city, in northern Aleppo governorate. At least 18 people were killed, among them two doctors, Dr. Khaled Hamadi and Dr. Nour Shaker, and a nurse, and at least 23 were wounded.

Many of the victims were families displaced from Douma and Eastern Ghouta in 2018. The wounded were taken to hospitals in Azaz and several critical cases were transferred across the border to Kilis in Turkey. The hospital's emergency department and delivery room were destroyed.

Local sources said the shells were fired from areas north of Tal Rifat. Our team interviewed three medical staff and two relatives. Afrin city had been hit by a car bomb on 28 April 2020 that killed more than 40 people.""",
  [E("incident", "shelling", "2021-06-12", AFR, ["unknown (SDF/YPG accused)", "civilians"]),
   E("incident", "car bombing", "2020-04-28", AFR, [], optional=True)],
  [P("Douma", "SY"), P("Azaz", "SY"), P("Kilis", "TR"), P("Tal Rifat", "SY", "Tall Rifat")],
  N + " Douma (origin), Azaz (hospital, ~25 km), Kilis (hospital, ~30 km) and Tal Rifat (launch origin, ~25 km) are not event places. The 2020 car bombing is dated: optional.",
  ["victims_named", "hospital_other_city", "origin_place", "launch_origin", "background_event"]))

# 5 ---------------------------------------------------------------- Hroza café
d = "2023-10-10"
KUP = P("Kupiansk", "UA")
HRO = OFF("Hroza", KUP, 30, BEAR["west"])
add(D(R, 5, d, f"""Testimony summary: missile strike on a café during a wake in Hroza

At about 1:15 pm on 5 October 2023, a Russian Iskander missile struck a café and shop in the village of Hroza, in the Kupiansk district of Kharkiv region, about 30 km west of Kupiansk, where residents had gathered for the wake of a local soldier, Andriy Kozyr, who was being reburied in his home village. Fifty-nine people were killed, about one in six of the village's residents.

Among the dead were Kozyr's son Dmytro, his widow, and Valentyna and Mykola Zhuravlyov, who had returned to the village from Kharkiv after it was retaken in 2022. Survivors were taken to hospitals in Kupiansk and Kharkiv. Our team interviewed eleven residents and two rescue workers over three visits.

President Zelensky condemned the attack in a statement from Granada, Spain, where he was attending a European summit. Prosecutors in Kharkiv said the strike had been ordered with knowledge of the gathering.""",
  [E("incident", "missile strike", "2023-10-05", HRO, ["Russia", "civilians"], alts=[KUP])],
  [P("Kharkiv", "UA"), P("Granada", "ES")],
  N + " Hroza pinned at an offset 30 km west of Kupiansk (computed; Kupiansk alternate). Kharkiv is a hospital city and the victims' earlier refuge; Granada is the statement place.",
  ["victims_named", "hospital_other_city", "origin_place", "statement_place", "offset", "admin_qualifier"]))

# 6 ---------------------------------------------------------------- El Fasher Saudi hospital
d = "2025-01-30"
FAS = P("El Fasher", "SD")
add(D(R, 6, d, """Field report: drone strike on the Saudi Teaching Hospital, El Fasher

On 24 January 2025, a drone struck the emergency ward of the Saudi Teaching Hospital in El Fasher, North Darfur, the last functioning public hospital in the city. At least 70 patients and companions were killed. Among them were Hawa Adam, 34, who was caring for her wounded son, and Yousif Abdelrahman, a volunteer who carried stretchers.

Many of the victims had fled the fighting in the Abu Shouk camp on the city's northern edge. Survivors who could travel went to Tawila, about 60 km to the west, where aid groups run a field clinic. The state health ministry, operating from Port Sudan, blamed the Rapid Support Forces; the RSF did not respond.

The same hospital had been shelled on 13 December 2024, when nine people were killed. Our monitors spoke to two doctors, a nurse and four relatives by phone.""",
  [E("incident", "drone strike", "2025-01-24", FAS, ["Rapid Support Forces", "civilians"]),
   E("incident", "shelling", "2024-12-13", FAS, ["Rapid Support Forces", "civilians"], optional=True)],
  [OFF("Tawila", FAS, 60, BEAR["west"]), P("Port Sudan", "SD")],
  N + " Tawila (where survivors went; computed from the stated 60 km west) and Port Sudan (ministry seat) are not event places; Abu Shouk camp is inside the radius. The December shelling is dated: optional.",
  ["victims_named", "origin_place", "hospital_other_city", "statement_place", "background_event"]))

# 7 ---------------------------------------------------------------- Let Yet Kone school
d = "2022-09-25"
SHW = P("Shwebo", "MM")
LYK = M("Let Yet Kone village", 22.70, 95.45, "MM", "approximate, Tabayin township, Sagaing region")
add(D(R, 7, d, """Documentation: helicopter attack on the Let Yet Kone village school

On 16 September 2022, at about 1 pm, two Mi-35 helicopters fired machine guns and rockets at a monastery school in Let Yet Kone village, in Tabayin township of Sagaing region, while classes were in session. Eleven children were killed, among them Maung Kyaw Zin, 7, and Ma Thin Thin, 13, and at least 17 were wounded.

Soldiers who landed after the attack took some of the wounded and the bodies of several children away; families said they were later told the bodies had been buried near Ye-U. Other wounded children were treated in a clinic in Shwebo. Most of the families are farmers whose relatives had earlier fled from villages burned in Kanbalu township.

The military said in a statement from Naypyitaw that it had acted against resistance fighters hiding in the village. Our team spoke to five parents, a teacher and a monk. The area was attacked again weeks later, residents said.""",
  [E("incident", "air attack", "2022-09-16", LYK, ["Myanmar military", "civilians"])],
  [SHW, P("Kanbalu", "MM"), P("Naypyitaw", "MM", "Nay Pyi Taw"), M("Ye-U", 22.76, 95.43, "MM")],
  N + " Let Yet Kone pinned manually. Ye-U (~7 km, where bodies were taken) is inside the radius; Shwebo (clinic, ~35 km), Kanbalu (origin, ~60 km) and Naypyitaw (statement) are not event places; the later attack is undated.",
  ["victims_named", "hospital_other_city", "origin_place", "statement_place", "myanmar"]))

# 8 ---------------------------------------------------------------- Kabul drone strike, dated airport background
d = "2021-09-10"
KBL = P("Kabul", "AF")
KAP = M("Hamid Karzai International Airport", 34.566, 69.212, "AF")
add(D(R, 8, d, """Case file: drone strike on a family courtyard in Kabul's Khwaja Burgha neighbourhood

On 29 August 2021, at about 4:50 pm, a U.S. drone fired a Hellfire missile at a white sedan as it pulled into the courtyard of a family home in the Khwaja Burgha neighbourhood of Kabul. Ten civilians were killed, seven of them children. The driver, Zamarai Akbari, 43, worked for an aid organisation; his nephew Farhad, 30, had served with the Afghan army in Herat.

The family had moved to Kabul from Panjshir province in the 1990s. Relatives who had applied for resettlement in the United States were waiting for evacuation flights. Neighbours carried the bodies to the Emergency hospital in Kabul, where doctors confirmed the deaths.

The strike came three days after the suicide bombing at the airport's Abbey Gate on 26 August, which killed 13 U.S. service members and some 170 Afghans. U.S. officials in Washington at first called the strike "righteous". Our investigators interviewed nine relatives and two neighbours.""",
  [E("incident", "drone strike", "2021-08-29", KBL, ["United States", "civilians"]),
   E("incident", "suicide bombing", "2021-08-26", KAP, ["Islamic State Khorasan"], alts=[KBL], optional=True)],
  [P("Herat", "AF"), P("Bazarak", "AF"), P("Washington", "US")],
  N + " Herat (former posting), Panjshir province (origin; at its centre Bazarak) and Washington (statement) are not event places. The Abbey Gate bombing (dated) is optional.",
  ["victims_named", "origin_place", "statement_place", "background_event", "province_only"]))

# 9 ---------------------------------------------------------------- Moura (Mali)
d = "2022-04-10"
DJE = P("Djenné", "ML", "Djenne")
MOU = OFF("Moura", DJE, 20, BEAR["north"])
add(D(R, 9, d, """Summary of testimonies: killings in Moura, Djenné cercle

Between 27 and 31 March 2022, Malian soldiers and foreign armed men who arrived by helicopter during the weekly market in Moura, about 20 km north of Djenné, rounded up several hundred men and executed many of them in small groups over several days. Witnesses said at least 300 people were killed. Among them were Amadou Cissé, a cattle trader from Sofara, and his two sons, and Boubacar Diallo, a Quranic teacher.

Some of the victims had come to the market from villages across the inland delta, and many traders had travelled from Mopti. Survivors who escaped fled to Djenné and to Ségou. The army said in a statement in Bamako that it had "neutralised 203 terrorists" in an operation in the area.

Our researchers interviewed 19 witnesses in Mopti and Ségou. An earlier army operation in the same area is mentioned by residents without a date.""",
  [E("incident", "mass killing", ["2022-03-27", "2022-03-31"], MOU, ["Malian Armed Forces", "foreign fighters", "civilians"], alts=[DJE])],
  [M("Sofara", 13.98, -4.25, "ML", "approximate, town south-west of Mopti"), P("Mopti", "ML"), P("Ségou", "ML", "Segou"), P("Bamako", "ML")],
  N + " Several days: a range. Moura pinned at the stated offset (computed; Djenné alternate). Sofara and Mopti (origins), Ségou (refuge, interviews), Bamako (statement) are not event places.",
  ["victims_named", "origin_place", "statement_place", "date_range", "offset", "sahel"]))

# 10 --------------------------------------------------------------- Mogadishu, Lido beach
d = "2024-08-08"
MOG = P("Mogadishu", "SO")
add(D(R, 10, d, f"""Incident narrative: attack on Lido beach, Mogadishu

On the evening of 2 August 2024, a suicide bomber blew himself up at the entrance of the Beach View restaurant on Lido beach in Mogadishu, and gunmen then fired on people on the beach. At least 37 people were killed and more than 200 wounded, most of them families enjoying a {WD(d,-6)} evening.

Among the dead were Sahra Abdi, 21, a university student originally from Baidoa, and Abdullahi Hassan, a waiter whose family lives in Kismayo. The wounded were taken to the Erdoğan and Madina hospitals in the city. Al-Shabaab claimed the attack.

Our team spoke to three survivors, a doctor and two police officers. The same stretch of beach was attacked on 9 June 2023, when gunmen stormed the Pearl Beach hotel. The government's spokesman, speaking in Mogadishu, announced a review of security arrangements.""",
  [E("incident", "suicide bombing", "2024-08-02", MOG, ["al-Shabaab", "civilians"]),
   E("incident", "armed attack", "2023-06-09", MOG, ["al-Shabaab"], optional=True)],
  [P("Baidoa", "SO"), P("Kismayo", "SO")],
  N + " Baidoa and Kismayo are the victims' home towns. The 2023 Pearl Beach attack (dated) is optional. The weekday agrees with the stated date.",
  ["victims_named", "origin_place", "background_event", "claim", "horn_of_africa"]))

# 11 --------------------------------------------------------------- El Plateado, Cauca
d = "2024-10-18"
ARG = P("Argelia (Cauca)", "CO", "Argelia")
EPL = OFF("El Plateado", ARG, 15, BEAR["south"])
add(D(R, 11, d, """Humanitarian alert: explosive drone attack in El Plateado

On 12 October 2024, at around 10 am, an explosive device dropped from a drone hit a house near the main square of El Plateado, in the municipality of Argelia, department of Cauca, during clashes between the army and a dissident front of the former FARC. Two civilians were killed, Luz Marina Ordóñez, 58, and her grandson Santiago, 11, and four people were injured.

The injured were taken by road to the hospital in Popayán, a journey of more than six hours. The family is originally from Tumaco, on the Pacific coast, and had lived in El Plateado for ten years. Dozens of families left for the municipal seat of Argelia and for Balboa after the attack.

Our team spoke by phone with three residents and a community leader. Drone attacks on the town have become frequent since the army's operation began in the area.""",
  [E("incident", "drone attack", "2024-10-12", EPL, ["FARC dissidents (EMC)", "Colombian Army", "civilians"], alts=[ARG])],
  [P("Popayán", "CO", "Popayan"), P("Tumaco", "CO")],
  N + " El Plateado pinned at an assumed 15 km south of Argelia town (Argelia alternate; no distance in the text). Popayán (hospital) and Tumaco (origin) are far; Balboa and Argelia (refuge) are inside the radius. The army operation and earlier drone attacks are undated.",
  ["victims_named", "hospital_other_city", "origin_place", "latin_america", "admin_qualifier"]))

# 12 --------------------------------------------------------------- Aitou, north Lebanon
d = "2024-10-19"
ZGH = P("Zgharta", "LB")
AIT = M("Aitou", 34.33, 35.91, "LB", "approximate, village in the Zgharta district hills")
add(D(R, 12, d, """Incident report: airstrike on a house sheltering displaced families in Aitou

On 14 October 2024, at about 3 pm, an Israeli airstrike destroyed a two-storey house in the Christian village of Aitou, in the Zgharta district of north Lebanon, which had been rented a few weeks earlier to families displaced from the south. Twenty-three people were killed, among them twelve women and two children. Among the identified victims were Hussein Srour, 45, his wife Zeinab and their daughter Fatima.

The families had fled from Aitaroun, near the border, after the escalation in late September. The wounded were taken by the Lebanese Red Cross to hospitals in Zgharta and Tripoli. The Lebanese health ministry, in Beirut, gave the toll; the Israeli army said it was looking into the reports.

Our team interviewed two neighbours, a Red Cross volunteer and the village mayor. The Aitaroun area had been struck repeatedly since October 2023.""",
  [E("incident", "airstrike", "2024-10-14", AIT, ["Israel", "civilians"], alts=[ZGH])],
  [M("Aitaroun", 33.12, 35.48, "LB"), P("Tripoli (Lebanon)", "LB", "Tripoli"), P("Beirut", "LB")],
  N + " Aitaroun is where the families fled from (~150 km south); Tripoli (hospitals, ~15 km) is inside the radius; Beirut is the statement place. Strikes on Aitaroun since October 2023 are an undated campaign.",
  ["victims_named", "origin_place", "hospital_other_city", "statement_place", "admin_qualifier"]))

# 13 --------------------------------------------------------------- Gwoza bombings
d = "2024-07-05"
GWO = P("Gwoza", "NG")
add(D(R, 13, d, """Narrative report: suicide bombings at a wedding, a hospital and a funeral in Gwoza

On 29 June 2024, at around 3 pm, a female suicide bomber detonated explosives among guests at a wedding in Gwoza town, Borno State. Minutes later a second woman blew herself up near the General Hospital, and a third struck mourners at a funeral for the first victims. At least 32 people were killed and 42 wounded.

Among the dead were the bride's uncle, Bulama Musa, and a nurse, Hauwa Ibrahim. The seriously injured were evacuated by road and helicopter to the University of Maiduguri Teaching Hospital, about 135 km to the north. Many of the guests had come from the camps for displaced people in Pulka and from Bama.

Our monitors spoke to four survivors, a health worker and a vigilante member. No group claimed the attacks, but local officials blamed Boko Haram. A bombing in the town in 2022 is recalled by residents without a precise date.""",
  [E("incident", "suicide bombing", "2024-06-29", GWO, ["Boko Haram (suspected)", "civilians"])],
  [P("Maiduguri", "NG"), P("Bama", "NG"), M("Pulka", 11.26, 13.84, "NG", "approximate, town south-east of Gwoza")],
  N + " Three blasts in one town within minutes: one event. Maiduguri (hospital), Bama (origin, ~50 km) and Pulka (origin, ~25 km) are not event places.",
  ["victims_named", "hospital_other_city", "origin_place", "background_event"]))

# 14 --------------------------------------------------------------- Kunduz mosque, dated Kabul background
d = "2021-10-14"
KUN = P("Kunduz", "AF")
add(D(R, 14, d, f"""Case summary: suicide bombing of the Gozar-e-Sayed Abad mosque, Kunduz

On 8 October 2021, during {WD(d,-6)} prayers, a suicide bomber detonated explosives inside the Gozar-e-Sayed Abad Shia mosque in Kunduz city. At least 72 worshippers were killed and more than 140 wounded. The Islamic State Khorasan Province claimed the attack and named the bomber as a Uyghur.

Among the dead were Sayed Hashim, 60, the mosque's caretaker, and two of his grandsons. Many of the families in the neighbourhood are Hazaras whose parents came from Bamyan. The wounded were taken to the MSF trauma centre and the regional hospital in Kunduz; several were transferred to Mazar-e-Sharif and Kabul.

The attack came five days after a bombing at the Eid Gah mosque in Kabul on 3 October. Our researchers interviewed six survivors, two doctors and a community elder. Taliban officials in Kabul promised to protect the Shia community.""",
  [E("incident", "suicide bombing", "2021-10-08", KUN, ["Islamic State Khorasan", "civilians"]),
   E("incident", "bombing", "2021-10-03", P("Kabul", "AF"), ["Islamic State Khorasan"], optional=True)],
  [P("Bamyan", "AF"), P("Mazar-e-Sharif", "AF", "Mazar-e Sharif")],
  N + " 'Uyghur' is a nationality. Bamyan (origin) and Mazar-e-Sharif and Kabul (referral hospitals) are not event places; the Kabul Eid Gah bombing (dated) is optional, so Kabul is not listed as a non-event place.",
  ["victims_named", "hospital_other_city", "origin_place", "background_event", "nationality", "claim"]))

# 15 --------------------------------------------------------------- Dnipro apartment block
d = "2023-01-20"
DNI = P("Dnipro", "UA")
add(D(R, 15, d, f"""Testimony file: missile strike on an apartment block in Dnipro's Peremohy district

On 14 January 2023, at about 3:30 pm, a Russian Kh-22 missile hit a nine-storey apartment building on Naberezhna Peremohy street in Dnipro, destroying an entire section of the block. Forty-six people were killed, including six children, and about 80 were injured. Among the dead were Oleksandr Hnatenko, a boxing coach, and a family of three, the Yakovenkos, who had moved to the building from Mariupol in 2022.

Rescuers worked for three days to pull survivors from the rubble. The injured were treated in the Mechnikov regional hospital in Dnipro. According to Ukraine's air force, the missile was launched from a Tu-22M3 bomber flying over Russia's Kursk region.

Our team interviewed seven residents and two rescuers. The city's energy infrastructure was hit in the same wave of strikes, which also targeted Kyiv and Kharkiv.""",
  [E("incident", "missile strike", "2023-01-14", DNI, ["Russia", "civilians"]),
   E("incident", "missile strike", "2023-01-14", P("Kyiv", "UA"), ["Russia"], optional=True),
   E("incident", "missile strike", "2023-01-14", P("Kharkiv", "UA"), ["Russia"], optional=True)],
  [P("Mariupol", "UA"), P("Kursk", "RU")],
  N + " Mariupol is the family's origin; Kursk region the launch area. The same-day strikes on Kyiv and Kharkiv are mentioned in passing (same wave, dated by context): optional.",
  ["victims_named", "origin_place", "launch_origin", "background_event", "ukraine"]))

# 16 --------------------------------------------------------------- Majdal Shams
d = "2024-07-31"
MAJ = M("Majdal Shams", 33.27, 35.77, "IL", "approximate, Druze town on Mount Hermon (Golan Heights)")
add(D(R, 16, d, f"""Documentation: rocket strike on a football pitch in Majdal Shams

On 27 July 2024, at about 6:20 pm, a rocket hit a football pitch in the Druze town of Majdal Shams in the Israeli-occupied Golan Heights, where children were playing. Twelve children and teenagers aged 10 to 16 were killed, among them Amir Abu Saleh, 11, and Nadim Safadi, 10, and more than 30 were injured.

The wounded were taken to the Ziv hospital in Safed and to the Rambam hospital in Haifa. Israel and the United States blamed Hezbollah, which denied responsibility; Israeli officials said the rocket had been fired from the area of Chebaa in south Lebanon. Residents said sirens had sounded only seconds before the impact.

Our team spoke to three parents, a coach and a paramedic. On {WD(d,-1)}, an Israeli strike in Beirut's southern suburbs killed a senior Hezbollah commander, Fuad Shukr, in what Israel described as retaliation.""",
  [E("incident", "rocket attack", "2024-07-27", MAJ, ["Hezbollah (accused)", "civilians"]),
   E("incident", "airstrike", DAY(d,-1), M("Dahiyeh (Beirut southern suburbs)", 33.85, 35.50, "LB"), ["Israel", "Hezbollah"], optional=True)],
  [P("Safed", "IL"), P("Haifa", "IL"), M("Chebaa", 33.35, 35.75, "LB", "approximate, village on Mount Hermon")],
  N + " Safed (~40 km, hospital) and Haifa (~95 km, hospital) are not event places; Chebaa (~9 km, launch origin) is inside the radius. The Beirut strike, dated by weekday, is a separate later event: optional.",
  ["victims_named", "hospital_other_city", "launch_origin", "background_event", "weekday_date"]))
