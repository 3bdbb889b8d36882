from lib import *
R = "regional"
DOCS = []
add = DOCS.append
G = "Regional outlet in translation, written for blind14; composite or invented. Province/district/oblast names qualify the pin; the outlet's city is not an event place. "


def N(num, d, text, events, nonev, note, tags):
    add(D(R, num, d, text, events, nonev, G + note, ["regional"] + tags))


SUL = Q("Sulaymaniyah", "IQ", 35.56, 45.43)

# 1 Chwarqurna
d = "2022-07-12"
N(1, d, f"""(Translated from Kurdish) Raperin – A drone belonging to the Turkish army bombed a vehicle on the outskirts of Chwarqurna town, Raperin administration, at 11:30 on {WD(d)} morning. According to the director of Chwarqurna sub-district, one person lost his life and another was wounded; the wounded was transferred to Ranya emergency hospital. The victims' identities have not yet been announced. The sub-district director said it is the second time this year that a drone has struck inside the town.""",
  [E("incident", "drone strike", d, M("Chwarqurna", 36.27, 44.78, "IQ", "approximate, sub-district town south-west of Ranya"), ["Türkiye"])],
  [M("Ranya", 36.25, 44.88, "IQ", "approximate, district town")],
  "Tuesday. Ranya: hospital (~9 km, inside radius). The earlier strike 'this year': undated.",
  ["kurdistan", "weekday_date", "hospital", "translation", "back_reference"])

# 2 Nawpirdan
d = "2021-06-22"
N(2, d, f"""(Translated from Kurdish) Pshdar – Turkish artillery shelled the surroundings of the villages of Nawpirdan sub-district near the Qandil mountains from the early hours of {WD(d,-1)} until noon, a local official told our correspondent. No casualties were reported, but orchards and beehives were set on fire and some families left for Qaladze. The official said the bombardment came from Turkish bases on the Iranian-Iraqi border strip.""",
  [E("incident", "shelling, property destruction", DAY(d, -1), M("Nawpirdan", 36.40, 45.10, "IQ", "approximate, sub-district centre in Pshdar near Qandil; placement uncertain"), ["Türkiye"])],
  [M("Qaladze", 36.18, 45.12, "IQ", "approximate, district town of Pshdar")],
  "Monday. Shelling that burns orchards: scored. Qaladze: flight destination (~24 km, inside radius). Qandil: mountain area, not listed. Launch bases: no place.",
  ["kurdistan", "weekday_date", "property_destruction", "translation", "fled_to"])

# 3 Taqtaq
d = "2023-01-30"
N(3, d, f"""(Translated from Kurdish) Koya – A roadside bomb exploded on {WD(d,-1)} evening against a car of guards of the Taq Taq oil field company near the town of Taqtaq, injuring two guards, the Koya security directorate (Asayish) said. The guards were taken to Koya hospital, and one was later sent to Erbil because of his wounds. The Asayish said investigations had begun and that no side had claimed the explosion.""",
  [E("incident", "IED", DAY(d, -1), M("Taqtaq", 35.89, 44.59, "IQ", "approximate, town on the Lesser Zab, Koya district"), ["unknown", "oil field guards"])],
  [M("Koya", 36.08, 44.63, "IQ", "approximate, district town"), Q("Erbil", "IQ", 36.19, 44.01)],
  "Sunday evening. Koya: hospital and statement place (~21 km). Erbil: onward transfer (~75 km).",
  ["kurdistan", "weekday_date", "hospital_other_city", "translation", "statement_place"])

# 4 Latifiyah
d = "2019-11-05"
N(4, d, f"""(Translated from Arabic) Baghdad – A security source told Shafaq News Agency that an explosive device planted near a fish shop in the Latifiya district, south of Baghdad, detonated on {WD(d)} evening, killing one civilian and wounding four. The source added that a force from the Baghdad Operations Command cordoned off the area, and that the wounded were taken to Mahmudiya General Hospital.""",
  [E("incident", "IED", d, M("Latifiya", 33.00, 44.33, "IQ", "approximate, sub-district south of Baghdad"), ["unknown", "civilians"])],
  [M("Mahmudiya", 33.06, 44.36, "IQ", "approximate, town south of Baghdad"), Q("Baghdad", "IQ", 33.34, 44.40)],
  "Tuesday. Mahmudiya: hospital (~7 km, inside radius). Baghdad: outlet place and direction (~38 km, inside radius).",
  ["weekday_date", "hospital", "translation", "direction_place"])

# 5 Markadah
d = "2022-03-09"
N(5, d, f"""(Translated from Arabic) Hasakah – North Press – Two members of the Syrian Democratic Forces (SDF) were killed on {WD(d,-1)} night when gunmen believed to belong to an Islamic State cell attacked their checkpoint on the main road at the entrance of Markada, in the southern countryside of Hasakah. A military source said the attackers fled towards the desert near the administrative border with Deir ez-Zor. The SDF launched a search operation in the surrounding villages on {WD(d)} morning.""",
  [E("incident", "armed attack", DAY(d, -1), Q("Markada", "SY", 35.75, 40.75, q="Markadah"), ["ISIS", "SDF"]),
   E("other", "search operation", d, Q("Markada", "SY", 35.75, 40.75, q="Markadah"), ["SDF"])],
  [Q("Hasakah", "SY", 36.50, 40.75, q="Al-Hasakah")],
  "Tuesday night attack; the search operation on Wednesday without arrests or fighting: other. Hasakah: province qualifier (~85 km).",
  ["weekday_date", "translation", "admin_qualifier", "other_kind"])

# 6 Abu Rasin
d = "2024-01-16"
N(6, d, f"""(Translated from Kurdish) Hawar news agency – The Turkish occupation army and its mercenaries shelled the villages of Abu Rasin (Zirgan) district's countryside on {WD(d,-1)} with heavy artillery, targeting a grain silo and the surroundings of the village of Asadiya. Our agency's correspondent said that material damage was caused to the silo and to houses, and no loss of life was recorded. The shells were fired from the occupied Serêkaniyê area.""",
  [E("incident", "shelling", DAY(d, -1), M("Abu Rasin", 36.87, 40.37, "SY", "approximate, town east of Ras al-Ain; Asadiya village within the district"), ["Türkiye", "SNA"])],
  [M("Ras al-Ain", 36.85, 40.07, "SY", "approximate, town on the border (Serekaniye)")],
  "Monday. District pinned at its seat; Asadiya (a village of the district, not separately pinned) lies within radius. Serêkaniyê: launch origin (~27 km, inside radius).",
  ["weekday_date", "translation", "launch_origin", "property_destruction"])

# 7 Mazlum
d = "2023-10-24"
N(7, d, f"""(Translated from Arabic) Deir ez-Zor 24 – Clashes broke out at dawn on {WD(d)} between SDF forces and gunmen of the tribal forces in the town of Mazlum in the eastern countryside of Deir ez-Zor, after the gunmen crossed the Euphrates from the regime-controlled bank at Boqros. Local sources said two SDF members and a young man from the town were killed. The SDF's Deir ez-Zor Military Council said in a statement from al-Omar field that the attack had been repelled.""",
  [E("incident", "armed clashes", d, M("Mazlum", 35.30, 40.26, "SY", "approximate, town on the east bank of the Euphrates"), ["SDF", "tribal forces"])],
  [M("al-Omar oil field", 35.10, 40.53, "SY", "approximate, SDF/coalition base")],
  "Tuesday. Boqros: crossing origin across the river (~3 km, not listed). al-Omar field: statement place (~35 km).",
  ["weekday_date", "translation", "statement_place", "launch_origin"])

# 8 Zibqin
d = "2024-05-20"
N(8, d, f"""(Translated from Arabic) NNA – An Israeli drone targeted a motorcycle on the Zibqin–Jbal el-Botm road in the Tyre district at noon {WD(d)}, killing its rider. Civil Defence teams transferred the body to the Jabal Amel hospital in Tyre. In parallel, enemy artillery shelled the outskirts of the border towns in the western sector, and hostile aircraft broke the sound barrier over the south.""",
  [E("incident", "drone strike", d, M("Zibqin", 33.20, 35.30, "LB", "approximate, village south-east of Tyre"), ["Israel"])],
  [Q("Tyre", "LB", 33.27, 35.20)],
  "Monday. Road pinned at its first-named village. Tyre: district and hospital (~12 km, inside radius). Shelling of unnamed 'border towns': no pin.",
  ["weekday_date", "translation", "road", "hospital", "region_only"])

# 9 Rachaya al-Fukhar
d = "2023-11-18"
N(9, d, f"""(Translated from Arabic) National News Agency – Marjayoun – The Israeli enemy fired phosphorus shells on the outskirts of Rachaya al-Fukhar on {WD(d)} afternoon, setting fire to dozens of olive trees, and Civil Defence teams worked to put out the fires. The shelling also hit the vicinity of the Marjayoun plain. The Lebanese army sent a patrol to the area.""",
  [E("incident", "shelling, property destruction", d, M("Rachaya al-Fukhar", 33.35, 35.70, "LB", "approximate, village in Hasbaya district near the Shebaa farms"), ["Israel"])],
  [M("Marjayoun", 33.36, 35.59, "LB", "approximate, district town")],
  "Saturday. Olive groves burned by phosphorus: scored. Marjayoun: byline and 'the Marjayoun plain' (region, ~11 km).",
  ["weekday_date", "translation", "property_destruction"])

# 10 Baraachit + Safad al-Battikh
d = "2024-10-06"
N(10, d, f"""(Translated from Arabic) Al-Akhbar – Bint Jbeil – Hostile warplanes raided a house in the town of Baraachit at dawn on {WD(d)}, killing three members of one family, and another raid struck a house in Safad al-Battikh hours later, without casualties. Ambulances of the Islamic Health Committee took the bodies to the Salah Ghandour hospital in Bint Jbeil. The residents of Baraachit had mostly fled to Beirut's southern suburb last week.""",
  [E("incident", "air strike", d, M("Baraachit", 33.17, 35.45, "LB", "approximate, village north of Bint Jbeil"), ["Israel", "civilians"]),
   E("incident", "air strike", d, M("Safad al-Battikh", 33.20, 35.43, "LB", "approximate, village north-west of Bint Jbeil"), ["Israel"])],
  [M("Bint Jbeil", 33.12, 35.43, "LB", "approximate, district town"), Q("Beirut", "LB", 33.89, 35.50)],
  "Sunday. Bint Jbeil: byline and hospital (~6 km, inside radius). Beirut: flight destination.",
  ["weekday_date", "translation", "multi_event", "hospital", "fled_to"])

# 11 Asdas
d = "2021-10-19"
N(11, d, f"""(Translated from Arabic) Al-Masdar Online – Military sources in the national army said that the Houthi militia launched an attack on {WD(d,-1)} night on army positions in the Asdas area of the northern Sirwah front, west of Marib, backed by two drones and artillery. The sources said the attack was repulsed after fighting that lasted until dawn, and that four soldiers were killed. Arab coalition aircraft struck militia reinforcements coming from Sanaa.""",
  [E("incident", "armed clashes", [DAY(d, -1), d], Q("Asdas", "YE", 15.77, 45.08), ["Houthis", "Yemen army"])],
  [Q("Sanaa", "YE", 15.35, 44.21), Q("Marib", "YE", 15.46, 45.33, q="Ma'rib")],
  "Monday night to dawn: Monday..Tuesday. Sirwah: front qualifier (not listed). Sanaa: reinforcement origin. Coalition strikes on moving reinforcements: no place. Marib: direction (~43 km).",
  ["weekday_date", "translation", "reinforcement_origin", "night_to_dawn"])

# 12 Piranshahr
d = "2022-04-12"
N(12, d, f"""(Translated from Persian) Hengaw – A kolbar named Rebwar Ahmadi, 27, from the village of Gerd-e Kashaneh in Mahabad, was killed on {WD(d,-1)} by direct fire of Iranian government forces on the border heights of Piranshahr. According to the report, two other kolbars were injured and taken to the Piranshahr hospital. Hengaw has recorded the deaths of 11 kolbars since the beginning of the Iranian year.""",
  [E("incident", "shooting", DAY(d, -1), Q("Piranshahr", "IR", 36.70, 45.14), ["Iran border guards", "kolbars"])],
  [Q("Mahabad", "IR", 36.76, 45.72)],
  "Monday. Border heights pinned at the county town. Mahabad: home town (~52 km).",
  ["weekday_date", "translation", "home_town"])

# 13 Pishin
d = "2024-04-05"
N(13, d, f"""(Translated from Persian) Haalvsh – Clashes broke out on {WD(d,-1)} night between members of Jaish al-Adl and security forces around the police station of Pishin in Sarbaz county, Sistan and Baluchestan province. According to Haalvsh sources, the fighting continued for several hours and the sound of heavy gunfire was heard in the town. Official media in Zahedan reported the deaths of two police officers. Jaish al-Adl carried out similar attacks on the Rask and Chabahar headquarters last December.""",
  [E("incident", "armed clashes", [DAY(d, -1), d], Q("Pishin", "IR", 26.08, 61.75), ["Jaish al-Adl", "Iran police"])],
  [Q("Zahedan", "IR", 29.50, 60.86), Q("Rask", "IR", 26.24, 61.40), Q("Chabahar", "IR", 25.29, 60.64)],
  "Thursday night into hours later: Thursday..Friday. Zahedan: statement place. Rask and Chabahar: back-reference to attacks 'last December' (month only, not a clearly dated separate event): non-event places.",
  ["weekday_date", "translation", "statement_place", "back_reference"])

# 14 Ternova
d = "2024-06-03"
N(14, d, f"""(Translated from Ukrainian) Suspilne Kharkiv – On the evening of {WD(d,-1)}, Russian troops struck the village of Ternova in the Kharkiv district with guided aerial bombs, destroying two private houses, the head of the Kharkiv Regional Military Administration said. A 64-year-old woman was injured; she was taken to a hospital in Kharkiv. Evacuation of residents from the border settlements of the Lyptsi community continues.""",
  [E("incident", "guided bomb strike", DAY(d, -1), Q("Ternova", "UA", 50.19, 36.68), ["Russia", "civilians"])],
  [Q("Kharkiv", "UA", 49.98, 36.25)],
  "Sunday evening. Kharkiv: outlet place, district and hospital (~37 km). Lyptsi community evacuations: ongoing, not an incident.",
  ["weekday_date", "translation", "hospital_other_city"])

# 15 Zalizne
d = "2024-07-08"
N(15, d, f"""(Translated from Ukrainian) Ukrinform – Over the past day, the Russians shelled the Toretsk community 14 times, the Donetsk Regional Military Administration reported. In Zalizne, a high-rise building was damaged by a KAB-500 bomb, and one civilian was killed. In Shcherbynivka two houses were destroyed; there were no casualties. The wounded were evacuated to Kostiantynivka.""",
  [E("incident", "guided bomb strike", [DAY(d, -1), d], Q("Zalizne", "UA", 48.37, 37.89), ["Russia", "civilians"]),
   E("incident", "shelling", [DAY(d, -1), d], Q("Shcherbynivka", "UA", 48.40, 37.79), ["Russia"])],
  [Q("Kostiantynivka", "UA", 48.53, 37.71, q="Kostyantynivka")],
  "Past day: D-1..D. Toretsk community: qualifier (not listed). Kostiantynivka: evacuation destination (~19 km, inside radius).",
  ["past_day", "translation", "multi_event", "fled_to"])

# 16 Sadove + Kachkarivka
d = "2023-03-28"
N(16, d, f"""(Translated from Ukrainian) Kherson Regional Military Administration – During the day of {WD(d,-1)} the enemy carried out 62 attacks, firing 318 shells from artillery, MLRS, tanks and drones. Residential areas of the settlements of Sadove and Kachkarivka were shelled. The Russian army hit a farm in Sadove, killing a 52-year-old man; in Kachkarivka, the building of the village council was damaged. The shelling came from the left bank, near Hola Prystan.""",
  [E("incident", "shelling", DAY(d, -1), Q("Sadove", "UA", 46.95, 32.75), ["Russia", "civilians"]),
   E("incident", "shelling", DAY(d, -1), M("Kachkarivka", 47.03, 33.46, "UA", "approximate, village on the right bank of the Dnipro, Beryslav district"), ["Russia"])],
  [M("Hola Prystan", 46.52, 32.52, "UA", "approximate, town on the left bank")],
  "Monday. Two named settlements: two events. Hola Prystan: launch origin (~50 km from Sadove).",
  ["weekday_date", "translation", "multi_event", "list_of_places", "launch_origin"])

# 17 Yakovlevo
d = "2024-09-10"
N(17, d, f"""(Translated from Russian) Belgorod region operational headquarters – In the village of Yakovlevo, Yakovlevsky district, an FPV drone of the Armed Forces of Ukraine attacked a passenger car on {WD(d)} morning. The driver received shrapnel wounds and was taken to the Stroitel central district hospital. The car was damaged. Air defence forces also intercepted four UAVs over the Belgorod district.""",
  [E("incident", "drone attack", d, Q("Yakovlevo", "RU", 50.86, 36.45), ["Ukraine", "civilians"])],
  [Q("Stroitel", "RU", 50.79, 36.48)],
  "Tuesday. Stroitel: district hospital (~8 km, inside radius). Interceptions over a district: no pin.",
  ["weekday_date", "translation", "hospital", "interception"])

# 18 Kyyanytsya
d = "2025-03-11"
N(18, d, f"""(Translated from Ukrainian) Sumy Regional Military Administration – During {WD(d,-1)}, the Russians carried out 37 shellings of the border areas of Sumy region. In the Khotin community, the village of Kyianytsia came under mortar fire and an attack by FPV drones: a farm building was destroyed and a man was wounded. Explosions were also recorded in the Yunakivka, Myropillia and Krasnopillia communities.""",
  [E("incident", "shelling, drone attack", DAY(d, -1), Q("Kyianytsia", "UA", 51.07, 34.92, q="Kyyanytsya"), ["Russia"])],
  [M("Krasnopillia", 50.77, 35.26, "UA", "approximate, community centre"), M("Myropillia", 51.02, 35.26, "UA", "approximate, community centre")],
  "Monday. Khotin community qualifies the pin. Explosions merely 'recorded' in other communities: not events (judgement call); Yunakivka not listed.",
  ["weekday_date", "translation", "admin_qualifier", "list_of_places"])

# 19 Bourzanga (French)
d = "2023-05-16"
N(19, d, f"""Le détachement militaire de Bourzanga, dans la province du Bam, a été la cible d'une attaque terroriste dans la matinée du {WDF(d,-1)} 15 mai, selon des sources sécuritaires jointes par notre rédaction. Les assaillants, venus en grand nombre à moto, ont été repoussés grâce à l'appui des vecteurs aériens. Le bilan fait état de sept soldats et quatre VDP tombés. Les blessés ont été évacués sur Kongoussi.""",
  [E("incident", "armed attack", DAY(d, -1), Q("Bourzanga", "BF", 13.68, -1.55), ["JNIM", "Burkina army", "VDP"])],
  [Q("Kongoussi", "BF", 13.33, -1.53)],
  "Monday 15 May. Kongoussi: evacuation place (~39 km, inside radius). Air support: no place.",
  ["weekday_date", "french", "hospital_other_city"])

# 20 Kompienga (French)
d = "2022-02-23"
N(20, d, f"""Un engin explosif improvisé a explosé au passage d'un convoi de ravitaillement sur l'axe Kompienga–Pama, dans la région de l'Est, le {WDF(d,-1)} 22 février, selon une source locale. Deux gendarmes ont perdu la vie. Plus tôt dans le mois, un autre engin avait visé un car de transport près de Fada N'Gourma.""",
  [E("incident", "IED", DAY(d, -1), Q("Kompienga", "BF", 11.08, 0.72), ["unknown", "Burkina gendarmerie"])],
  [M("Fada N'Gourma", 12.06, 0.36, "BF", "approximate, regional capital")],
  "Tuesday 22 February. Road pinned at its first-named town, Kompienga (Pama ~20 km, not listed). The earlier IED near Fada N'Gourma: undated ('earlier in the month').",
  ["weekday_date", "french", "road", "back_reference"])

# 21 Kolokani (French)
d = "2021-09-14"
N(21, d, f"""Le poste de contrôle de la gendarmerie à l'entrée de Kolokani a été attaqué par des hommes armés non identifiés dans la nuit du {WDF(d,-2)} au {WDF(d,-1)}, a appris notre correspondant auprès des autorités locales. Un gendarme a été tué et deux véhicules ont été incendiés. Le préfet a instauré un couvre-feu. Le gouverneur de la région de Koulikoro doit se rendre sur place la semaine prochaine.""",
  [E("incident", "armed attack", [DAY(d, -2), DAY(d, -1)], Q("Kolokani", "ML", 13.57, -8.03), ["unknown gunmen", "Mali gendarmerie"])],
  [M("Koulikoro", 12.86, -7.56, "ML", "approximate, regional capital")],
  "Night of Sunday to Monday: Sunday..Monday. The governor's visit: future. Koulikoro: region qualifier.",
  ["weekday_date", "french", "night_of", "future_event"])

# 22 Banamba (French)
d = "2022-08-09"
N(22, d, f"""(Traduit du bambara) Radio Jamana – Des hommes armés ont enlevé le chef du village de Toubacoro, à une quinzaine de kilomètres de Banamba, le {WDF(d,-1)} soir. Selon un habitant, les ravisseurs ont également emporté du bétail. C'est le troisième enlèvement dans le cercle de Banamba depuis le début de l'hivernage.""",
  [E("incident", "abduction", DAY(d, -1), Q("Banamba", "ML", 13.55, -7.45), ["gunmen", "civilians"])],
  [],
  "Monday evening. Village not in the gazetteer, ~15 km from Banamba: pinned at Banamba (cercle seat), inside radius. Earlier abductions: undated.",
  ["weekday_date", "french", "abduction", "distance_from"])

# 23 Kurtunwaarey
d = "2020-10-06"
N(23, d, f"""(Translated from Somali) Radio Risaala – Al-Shabaab fighters attacked a base of the Somali National Army in Kurtunwaarey district, Lower Shabelle region, late on {WD(d,-1)}. The district commissioner told the radio that the attack was repelled after an hour of fighting and that three soldiers were killed. The wounded were airlifted to Mogadishu. Al-Shabaab claimed, via its Andalus radio, that it had killed 15 soldiers.""",
  [E("incident", "armed attack", DAY(d, -1), M("Kurtunwaarey", 1.61, 44.34, "SO", "approximate, district town in Lower Shabelle"), ["al-Shabaab", "Somalia army"])],
  [Q("Mogadishu", "SO", 2.04, 45.34)],
  "Monday late. Mogadishu: airlift destination.",
  ["weekday_date", "translation", "claim", "fled_to"])

# 24 Buurhakaba
d = "2022-06-15"
N(24, d, f"""(Translated from Somali) Baidoa – Mortar shells fired by al-Shabaab landed in Buurhakaba town on {WD(d,-1)} night, wounding four civilians including two children, the South West State information minister said at a press conference in Baidoa. Two of the shells hit near a base of Ethiopian troops serving with the African Union mission.""",
  [E("incident", "mortar attack", DAY(d, -1), Q("Buurhakaba", "SO", 2.80, 44.08), ["al-Shabaab", "civilians", "ATMIS"])],
  [Q("Baidoa", "SO", 3.11, 43.65)],
  "Tuesday night. Baidoa: statement place (~58 km).",
  ["weekday_date", "translation", "statement_place"])

# 25 Kwatarkwashi
d = "2023-12-27"
N(25, d, f"""(Translated from Hausa) Bandits on motorcycles attacked Kwatarkwashi town in Bungudu local government area of Zamfara State on {WD(d,-1)} night, killing six people and carrying away an unknown number of residents, a community leader told our reporter. The attack came days after the state government said it had opened peace talks with some bandit leaders. The police command in Gusau said a tactical team had been deployed.""",
  [E("incident", "armed attack, abduction", DAY(d, -1), Q("Kwatarkwashi", "NG", 12.14, 6.82), ["bandits", "civilians"])],
  [Q("Gusau", "NG", 12.17, 6.66)],
  "Tuesday night. Bungudu LGA: qualifier (not listed). Gusau: statement place (~18 km, inside radius). Peace talks: undated, no place.",
  ["weekday_date", "translation", "statement_place", "abduction"])

# 26 Jakiri
d = "2022-10-18"
N(26, d, f"""(Translated from Pidgin) Mimi Mefo Info – Separatist fighters kidnapped a council official and his driver at a checkpoint on the outskirts of Jakiri, Bui division, on {WD(d,-1)}, our sources in the area said. A video circulated on social media shows the two men being questioned by the fighters. Kumbo-based rights activists called for their release.""",
  [E("incident", "abduction", DAY(d, -1), Q("Jakiri", "CM", 6.10, 10.65), ["Ambazonian separatists", "civilians"])],
  [M("Kumbo", 6.20, 10.68, "CM", "approximate, divisional town")],
  "Monday. Kumbo: qualifying the activists (~12 km, inside radius).",
  ["weekday_date", "translation", "abduction", "qualifier_place"])

# 27 Nefas Mewcha
d = "2024-02-20"
N(27, d, f"""(Translated from Amharic) Fano forces and the federal army fought in and around Nefas Mewcha town, in South Gondar zone, from {WD(d,-2)} to {WD(d,-1)}, residents told our station. Three civilians were killed by stray bullets, and shops were looted. The residents said that army reinforcements arrived from Debre Tabor.""",
  [E("incident", "armed clashes", [DAY(d, -2), DAY(d, -1)], Q("Nefas Mewcha", "ET", 11.73, 38.47, q="Nefas Mewch'a"), ["Fano", "Ethiopia army"])],
  [M("Debre Tabor", 11.86, 38.02, "ET", "approximate, zonal town")],
  "Sunday to Monday. Debre Tabor: reinforcement origin (~50 km).",
  ["weekday_date", "translation", "reinforcement_origin"])

# 28 Piendamo (Spanish)
d = "2022-10-04"
N(28, d, f"""Un hostigamiento contra la estación de Policía de Piendamó, en el centro del Cauca, se registró en la madrugada del {WDS(d)}, según informó el comandante del Departamento de Policía Cauca. En el ataque, atribuido a la columna Jaime Martínez de las disidencias de las Farc, resultó herido un patrullero, quien fue trasladado a un centro asistencial de Popayán. El Ejército envió tropas desde Santander de Quilichao.""",
  [E("incident", "armed attack", d, Q("Piendamo", "CO", 2.64, -76.53), ["FARC dissidents", "Colombia police"])],
  [Q("Popayan", "CO", 2.44, -76.61), M("Santander de Quilichao", 3.01, -76.48, "CO", "approximate, town in northern Cauca")],
  "Tuesday (martes). Popayán: hospital (~24 km, inside radius). Santander de Quilichao: reinforcement origin (~41 km).",
  ["weekday_date", "spanish", "hospital_other_city", "reinforcement_origin"])

# 29 Periban (Spanish)
d = "2021-07-27"
N(29, d, f"""Un enfrentamiento entre presuntos integrantes de un grupo criminal y elementos de la Guardia Nacional dejó cuatro muertos en las inmediaciones de Peribán, en la región aguacatera de Michoacán, la tarde del {WDS(d,-1)}. De acuerdo con la Secretaría de Seguridad Pública estatal, los agresores dispararon desde una camioneta en la carretera a Los Reyes. En el lugar se aseguraron armas largas y cargadores.""",
  [E("incident", "armed clash", DAY(d, -1), Q("Periban", "MX", 19.52, -102.42, q="Periban de Ramos"), ["criminal group", "National Guard"])],
  [Q("Los Reyes", "MX", 19.59, -102.47, q="Los Reyes de Salgado")],
  "Monday (lunes). Los Reyes: second road end (~9 km, inside radius).",
  ["weekday_date", "spanish", "road"])

# 30 Loralai
d = "2023-06-13"
N(30, d, f"""(Translated from Urdu) Militants attacked a Frontier Corps post in the mountainous area near Loralai on {WD(d,-1)} night, martyring two soldiers, the ISPR said in a statement issued from Rawalpindi. According to the statement, the security forces retaliated, killing three militants, and a clearance operation is under way. Officials in Quetta said the wounded were shifted to the Combined Military Hospital.""",
  [E("incident", "armed attack", DAY(d, -1), Q("Loralai", "PK", 30.37, 68.60), ["militants", "Frontier Corps"])],
  [Q("Rawalpindi", "PK", 33.60, 73.05), Q("Quetta", "PK", 30.19, 67.01)],
  "Monday night. Rawalpindi: statement place. Quetta: officials' place and hospital (~150 km).",
  ["weekday_date", "translation", "statement_place", "hospital_other_city"])
