from lib import *
R = "readout"
DOCS = []
add = DOCS.append
G = "Government readout written for blind14; 'today' = the record date. Meetings at the stated venue; calls at the issuing side's location (the venue where its principal was, if stated) with the other side's capital as alternate. Composite or invented. "


def N(num, d, text, events, nonev, note, tags):
    add(D(R, num, d, text, events, nonev, G + note, ["readout"] + tags))


def mt(d, pl, who, sub="bilateral meeting", alts=()):
    return E("meeting", sub, d, pl, who, alts=alts)


def cl(d, pl, who, alts=()):
    return E("call", "phone call", d, pl, who, alts=alts)


C = lambda n, cc, la, lo, q=None: Q(n, cc, la, lo, q=q)

d = "2024-05-16"
N(1, d, """Readout of the Secretary's Meeting with Italian Foreign Minister
The following is attributable to Spokesperson Matthew Miller: Secretary Blinken met today in Bologna with Italian Deputy Prime Minister and Foreign Minister Antonio Tajani, ahead of the G7 leaders' summit in Apulia. The Secretary and the Foreign Minister discussed support for Ukraine, efforts to secure a ceasefire in Gaza, and Italy's G7 presidency priorities on migration and Africa.""",
  [mt(d, C("Bologna", "IT", 44.49, 11.34), ["United States", "Italy"])],
  [M("Apulia summit venue (Borgo Egnazia)", 40.88, 17.39, "IT", "approximate, resort in Apulia")],
  "Future summit in Apulia listed as non-event. Ukraine, Gaza, Africa: topics (countries/regions, not listed).",
  ["today", "future_event", "topic_place"])

d = "2023-07-06"
N(2, d, """Press release — Federal Chancellor
Federal Chancellor Olaf Scholz, who is visiting Köln for the opening of the gamescom trade fair preview, spoke by telephone today with the President of the French Republic, Emmanuel Macron. They discussed preparations for the NATO summit in Vilnius next week and the state of negotiations on the EU migration pact.""",
  [cl(d, C("Cologne", "DE", 50.93, 6.95, q="Koln"), ["Germany", "France"], alts=[C("Paris", "FR", 48.85, 2.35)]),
   E("other", "trade fair opening", d, C("Cologne", "DE", 50.93, 6.95, q="Koln"), ["Germany"])],
  [C("Vilnius", "LT", 54.69, 25.28)],
  "Call at the Chancellor's stated location (Köln), Paris as alternate. Vilnius: future summit.",
  ["call_from_venue", "today", "future_event"])

d = "2022-06-13"
N(3, d, """Office of the President of the Republic of Cyprus: The President today received at the Corfu Palace hotel the Prime Minister of Greece, on the margins of the informal meeting of Mediterranean EU leaders (MED9) hosted in Corfu. The two leaders coordinated positions ahead of the June European Council in Brussels and discussed energy connectivity via the Great Sea Interconnector.""",
  [mt(d, C("Corfu", "GR", 39.62, 19.92), ["Cyprus", "Greece"]),
   E("other", "summit", d, C("Corfu", "GR", 39.62, 19.92), ["MED9"])],
  [C("Brussels", "BE", 50.85, 4.35)],
  "Hotel in Corfu: Corfu. Brussels: future European Council.",
  ["today", "margins", "future_event"])

d = "2021-09-23"
N(4, d, """Ministry of Foreign Affairs of Hungary
Minister of Foreign Affairs and Trade Péter Szijjártó held talks today in Debrecen with the Minister of Economy of the Republic of Korea on the expansion of the battery plant near the city and on direct flights between Budapest and Seoul. The Minister said a further investment agreement would be signed in Seoul in November.""",
  [mt(d, C("Debrecen", "HU", 47.53, 21.62), ["Hungary", "South Korea"])],
  [C("Seoul", "KR", 37.57, 126.98), C("Budapest", "HU", 47.50, 19.04)],
  "Seoul: future signing. Budapest: topic (flights).",
  ["today", "future_event", "topic_place"])

d = "2024-03-19"
N(5, d, """The Prime Minister's Office, Serbia — The Prime Minister spoke by phone today from Szeged, where she was attending the Hungarian–Serbian intergovernmental council, with the President of the European Commission. They discussed Serbia's progress on the Growth Plan for the Western Balkans. Earlier in the day, she met the Prime Minister of Hungary in Szeged.""",
  [cl(d, C("Szeged", "HU", 46.25, 20.15), ["Serbia", "EU"], alts=[C("Brussels", "BE", 50.85, 4.35)]),
   mt(d, C("Szeged", "HU", 46.25, 20.15), ["Serbia", "Hungary"]),
   E("other", "intergovernmental council", d, C("Szeged", "HU", 46.25, 20.15), ["Serbia", "Hungary"])],
  [],
  "Call pinned where the principal was (Szeged). The intergovernmental council itself: other; the bilateral meeting scored.",
  ["call_from_venue", "today", "same_day_meeting"])

d = "2020-02-04"
N(6, d, """Foreign, Commonwealth & Development Office — News story
The Foreign Secretary today hosted the Foreign Minister of Norway in Manchester, where the two discussed cooperation on offshore wind and the forthcoming COP26 climate conference, to be held in Glasgow in November. The ministers later visited the Manchester Museum of Science and Industry.""",
  [mt(d, C("Manchester", "GB", 53.48, -2.24), ["United Kingdom", "Norway"]),
   E("other", "museum visit", d, C("Manchester", "GB", 53.48, -2.24), ["United Kingdom", "Norway"])],
  [C("Glasgow", "GB", 55.86, -4.25)],
  "Glasgow: future conference.", ["today", "future_event", "site_visit"])

d = "2023-11-27"
N(7, d, """Welsh Government — First Minister meets Irish Taoiseach
The First Minister of Wales welcomed the Taoiseach to Cardiff today for the British–Irish Council summit. In a bilateral meeting on the margins, the two leaders discussed the Irish Sea ports at Holyhead and Fishguard and ferry links with Rosslare. The next summit will be held in Dublin.""",
  [mt(d, C("Cardiff", "GB", 51.48, -3.18), ["Wales", "Ireland"]),
   E("other", "council summit", d, C("Cardiff", "GB", 51.48, -3.18), ["British-Irish Council"])],
  [M("Holyhead", 53.31, -4.63, "GB", "approximate, port town on Anglesey"), M("Rosslare", 52.25, -6.34, "IE", "approximate, ferry port"), C("Dublin", "IE", 53.35, -6.26)],
  "Holyhead, Fishguard (not listed), Rosslare: topics. Dublin: future summit.", ["today", "margins", "topic_place", "future_event"])

d = "2022-10-10"
N(8, d, """Department of Foreign Affairs (Ireland) — The Tánaiste and Minister for Foreign Affairs met today in Cork with the Foreign Minister of Lithuania, who is on a two-day visit to Ireland. The ministers discussed Russia's missile strikes on Ukrainian cities this morning, energy security and sanctions. The Lithuanian minister travels to Dublin tomorrow.""",
  [mt(d, C("Cork", "IE", 51.90, -8.47), ["Ireland", "Lithuania"])],
  [C("Dublin", "IE", 53.35, -6.26)],
  "The morning strikes on Ukraine (no city named): topic, no pin. Dublin: future.", ["today", "topic_event", "future_event"])

d = "2024-09-02"
N(9, d, """Presidency of the Republic of Türkiye — Directorate of Communications
President Erdoğan received the Prime Minister of the Netherlands at the Bodrum presidential residence today. The leaders exchanged views on Türkiye–EU relations and the war in Gaza. Following the meeting, President Erdoğan spoke by phone with the Emir of Qatar about mediation efforts in Doha.""",
  [mt(d, C("Bodrum", "TR", 37.04, 27.43), ["Türkiye", "Netherlands"]),
   cl(d, C("Bodrum", "TR", 37.04, 27.43), ["Türkiye", "Qatar"], alts=[C("Doha", "QA", 25.29, 51.53)])],
  [],
  "The call follows the meeting at the same venue: pinned at Bodrum, Doha as alternate. Gaza: topic.", ["today", "call_from_venue", "same_day_meeting"])

d = "2021-05-25"
N(10, d, """Secretaría de Relaciones Exteriores — Comunicado
El canciller Marcelo Ebrard se reunió hoy en Guadalajara con la Vicepresidenta de Guatemala para revisar los avances del programa Sembrando Vida en Centroamérica y la cooperación en materia migratoria. Al término del encuentro, el canciller sostuvo una llamada telefónica con el Secretario de Estado de Estados Unidos.""",
  [mt(d, C("Guadalajara", "MX", 20.68, -103.35), ["Mexico", "Guatemala"]),
   cl(d, C("Guadalajara", "MX", 20.68, -103.35), ["Mexico", "United States"], alts=[C("Washington", "US", 38.90, -77.04)])],
  [],
  "Spanish text. Call after the meeting, at the same venue.", ["spanish", "today", "call_from_venue"])

d = "2023-03-23"
N(11, d, """Office of the Prime Minister of Belize — The Prime Minister held bilateral talks today with the President of Mexico in Cancún, where the two leaders attended the meeting of the Tulum–Belize regional rail project commission. They agreed to open a new border crossing at Subteniente López. The leaders will meet again in Belmopan in July.""",
  [mt(d, C("Cancun", "MX", 21.17, -86.85), ["Belize", "Mexico"]),
   E("other", "commission meeting", d, C("Cancun", "MX", 21.17, -86.85), ["Belize", "Mexico"])],
  [M("Subteniente López", 18.49, -88.40, "MX", "approximate, border village near Chetumal"), C("Belmopan", "BZ", 17.25, -88.77)],
  "Border crossing: topic. Belmopan: future meeting. Rail commission: other.", ["today", "topic_place", "future_event"])

d = "2024-07-29"
N(12, d, """Ministério das Relações Exteriores — Nota à imprensa
O Ministro das Relações Exteriores recebeu hoje, no Recife, o Ministro dos Negócios Estrangeiros de Cabo Verde. Os ministros trataram da ligação aérea direta entre o Recife e a cidade da Praia e da cooperação na área da segurança marítima no Atlântico Sul. O ministro cabo-verdiano seguirá para Brasília amanhã.""",
  [mt(d, C("Recife", "BR", -8.05, -34.88), ["Brazil", "Cabo Verde"])],
  [C("Praia", "CV", 14.93, -23.51), C("Brasilia", "BR", -15.78, -47.93)],
  "Portuguese text. Praia: topic (flight). Brasília: future.", ["portuguese", "today", "topic_place", "future_event"])

d = "2022-02-15"
N(13, d, """Presidency of the Federal Republic of Nigeria — Press statement
President Muhammadu Buhari, who is in Lagos to commission the Lekki Deep Sea Port's first phase, held a telephone conversation today with the President of Ghana on the political transition in Burkina Faso and Mali. The President also met the Governor of Lagos State at the port.""",
  [cl(d, C("Lagos", "NG", 6.45, 3.40), ["Nigeria", "Ghana"], alts=[C("Accra", "GH", 5.56, -0.20)]),
   mt(d, M("Lekki Deep Sea Port", 6.43, 4.00, "NG", "approximate, port east of Lagos on the Lekki peninsula"), ["Nigeria", "Lagos State"]),
   E("other", "port commissioning", d, M("Lekki Deep Sea Port", 6.43, 4.00, "NG", "approximate, port east of Lagos on the Lekki peninsula"), ["Nigeria"])],
  [],
  "Call pinned at Lagos (the principal's stated city); the meeting at the port (~66 km from central Lagos, so a separate pin). Burkina Faso, Mali: countries only.",
  ["call_from_venue", "today", "same_day_meeting", "other_kind"])

d = "2019-06-28"
N(14, d, """Prime Minister's Office of Japan — Japan–Russia Summit Meeting
On June 29, Prime Minister Abe will hold a summit meeting with President Putin in Osaka on the margins of the G20. Today, the Prime Minister met with the Prime Minister of Australia and with the President of Argentina at the G20 venue, INTEX Osaka. A telephone talk with the President of Iran is being arranged for next week.""",
  [mt(d, M("INTEX Osaka", 34.64, 135.42, "JP", "approximate, exhibition centre in Osaka's Suminoe ward"), ["Japan", "Australia"]),
   mt(d, M("INTEX Osaka", 34.64, 135.42, "JP", "approximate, exhibition centre in Osaka's Suminoe ward"), ["Japan", "Argentina"])],
  [],
  "The summit with Russia 'on June 29' is future (relative to the record date June 28): not gold. The telephone talk: future, no place.",
  ["today", "future_event", "undated_event", "margins"])

d = "2023-10-12"
N(15, d, """Ministry of Foreign Affairs of Latvia
Minister of Foreign Affairs Krišjānis Kariņš met today in Jūrmala with the Foreign Minister of Moldova, who attended the Riga Conference-related Jūrmala security dialogue. The ministers discussed Moldova's EU accession talks and the reconstruction of Ukraine's energy grid. The Latvian minister then spoke by phone with the Foreign Minister of Israel.""",
  [mt(d, C("Jurmala", "LV", 56.97, 23.77), ["Latvia", "Moldova"]),
   cl(d, C("Jurmala", "LV", 56.97, 23.77), ["Latvia", "Israel"], alts=[C("Jerusalem", "IL", 31.77, 35.22)])],
  [],
  "Call pinned at Jūrmala (the principal's stated venue that day).", ["today", "call_from_venue", "same_day_meeting"])

d = "2020-10-08"
N(16, d, """Ministry of Foreign Affairs of Denmark — The Minister for Foreign Affairs today welcomed the Foreign Minister of the Faroe Islands and the Foreign Minister of Greenland in Odense for the annual consultations on Arctic matters. The ministers discussed the establishment of a U.S. consulate in Nuuk. Consultations with Iceland's foreign minister, planned for the same day, were postponed.""",
  [mt(d, C("Odense", "DK", 55.40, 10.39), ["Denmark", "Faroe Islands", "Greenland"], "consultations")],
  [C("Nuuk", "GL", 64.18, -51.72)],
  "Nuuk: topic. The postponed consultations: no gold.", ["today", "topic_place", "postponed_event"])

d = "2025-04-08"
N(17, d, """Federal Department of Foreign Affairs (Switzerland) — Federal Councillor Ignazio Cassis met today in Luzern with the Foreign Minister of Armenia for talks on the peace process with Azerbaijan and on humanitarian mine clearance. They also discussed the Bürgenstock format for Ukraine. The Armenian minister will travel on to Zurich tomorrow for meetings with the business community.""",
  [mt(d, C("Lucerne", "CH", 47.05, 8.31, q="Luzern"), ["Switzerland", "Armenia"])],
  [C("Zurich", "CH", 47.37, 8.55)],
  "Zurich: future meetings. Bürgenstock (a 2024 summit venue): topic, not listed.", ["today", "future_event", "topic_place"])

d = "2022-04-22"
N(18, d, """Prime Minister's Office, Sweden — Prime Minister Magdalena Andersson spoke on the phone today with President Sauli Niinistö of Finland from Eskilstuna, where she was visiting a defence industry plant. The two leaders discussed the security situation in the Baltic Sea region and the two countries' timelines for a possible NATO membership application.""",
  [cl(d, M("Eskilstuna", 59.37, 16.51, "SE", "approximate, city west of Stockholm"), ["Sweden", "Finland"], alts=[C("Helsinki", "FI", 60.17, 24.94)]),
   E("other", "plant visit", d, M("Eskilstuna", 59.37, 16.51, "SE", "approximate, city west of Stockholm"), ["Sweden"])],
  [],
  "Call from the stated location (Eskilstuna), Helsinki as alternate.", ["call_from_venue", "today", "site_visit"])

d = "2021-12-03"
N(19, d, """Bundesministerium für europäische und internationale Angelegenheiten — Außenminister Schallenberg traf heute in Linz den Außenminister der Tschechischen Republik. Im Mittelpunkt des Gesprächs standen das Kernkraftwerk Temelín, die Summerauer Bahn und die Lage an der Grenze zwischen Belarus und Polen.""",
  [mt(d, C("Linz", "AT", 48.31, 14.29), ["Austria", "Czechia"])],
  [M("Temelín", 49.18, 14.38, "CZ", "approximate, nuclear power plant north of České Budějovice")],
  "German text. Temelín: topic (~97 km). The Belarus–Poland border: topic, not listed.", ["german", "today", "topic_place"])

d = "2023-06-30"
N(20, d, """Readout of the Vice President's meeting with the Prime Minister of Barbados
Vice President Kamala Harris met today with Prime Minister Mia Mottley on the sidelines of the Summit for a New Global Financing Pact, hosted by France at the Palais Brongniart. The two leaders discussed climate finance and debt relief for island states.""",
  [mt(d, M("Palais Brongniart", 48.87, 2.34, "FR", "approximate, former stock exchange in central Paris"), ["United States", "Barbados"])],
  [],
  "Composite (the real summit was earlier). The venue is in Paris; the palace name is the pin name.", ["today", "sidelines"])

d = "2024-10-21"
N(21, d, """Ministry of External Affairs (India) — External Affairs Minister Dr. S. Jaishankar, who is in Samsun on a two-day visit to Türkiye, called on the Governor of Samsun Province and held talks with Turkish business leaders on the Black Sea shipping corridor. He will travel to Ankara tomorrow for talks with Foreign Minister Hakan Fidan.""",
  [mt(d, C("Samsun", "TR", 41.28, 36.34), ["India", "Samsun Province"], "courtesy call"),
   mt(d, C("Samsun", "TR", 41.28, 36.34), ["India", "Turkish business"], "meeting")],
  [C("Ankara", "TR", 39.92, 32.85)],
  "Composite. Ankara: future talks.", ["today", "future_event", "courtesy_call"])

d = "2020-12-10"
N(22, d, """Ministry of Foreign Affairs of the Russian Federation — On December 10, Minister of Foreign Affairs Sergey Lavrov held talks in Nizhny Novgorod with the Foreign Minister of the Republic of Kazakhstan. The ministers discussed preparations for the meeting of the Supreme Eurasian Economic Council and the situation in Nagorno-Karabakh. Sergey Lavrov also spoke by telephone with Foreign Minister of Armenia.""",
  [mt(d, C("Nizhny Novgorod", "RU", 56.33, 44.00, q="Nizhniy Novgorod"), ["Russia", "Kazakhstan"]),
   cl(d, C("Nizhny Novgorod", "RU", 56.33, 44.00, q="Nizhniy Novgorod"), ["Russia", "Armenia"], alts=[C("Yerevan", "AM", 40.18, 44.51)])],
  [],
  "Stated date equals the record date. Nagorno-Karabakh: topic region, not listed.", ["stated_date", "call_from_venue", "topic_place"])

d = "2023-07-14"
N(23, d, """Official Website of the President of Kazakhstan — The Head of State spoke by phone with the President of Uzbekistan. The sides discussed the upcoming Consultative Meeting of Central Asian Heads of State in Dushanbe and water use in the Syr Darya basin. Kassym-Jomart Tokayev is on a working trip to Kyzylorda, where today he inspected the reconstruction of the Aral Sea fish hatchery.""",
  [cl(d, C("Kyzylorda", "KZ", 44.85, 65.51), ["Kazakhstan", "Uzbekistan"], alts=[C("Tashkent", "UZ", 41.30, 69.24)]),
   E("other", "construction inspection", d, C("Kyzylorda", "KZ", 44.85, 65.51), ["Kazakhstan"])],
  [C("Dushanbe", "TJ", 38.56, 68.77)],
  "Call undated in the readout: the record date; pinned at the working-trip city, Kyzylorda (judgement call). Dushanbe: future. Syr Darya and Aral Sea: topics, not listed.",
  ["call_from_venue", "judgement_call", "future_event"])

d = "2021-03-18"
N(24, d, """Ministry of Foreign Affairs of Ukraine — Minister Dmytro Kuleba met today in Przemyśl with the Minister of Foreign Affairs of Poland. The ministers discussed the construction of a new border crossing and cooperation in the Lublin Triangle format. A planned joint visit to the Shehyni–Medyka crossing was cancelled because of bad weather. Minister Kuleba returns to Kyiv tonight.""",
  [mt(d, C("Przemysl", "PL", 49.78, 22.77), ["Ukraine", "Poland"])],
  [M("Medyka", 49.80, 22.93, "PL", "approximate, border village"), C("Kyiv", "UA", 50.45, 30.52)],
  "Medyka: cancelled visit (~12 km, inside radius). Kyiv: return. Lublin Triangle: format name, a metonym (Lublin not listed).",
  ["today", "cancelled_event", "metonym", "return_leg"])

d = "2024-01-25"
N(25, d, """Prime Minister's Office, Albania — Prime Minister Edi Rama met today in Utrecht with the Prime Minister of the Netherlands on the margins of the Western Balkans business forum. They discussed the Albania–Italy migration agreement and Albania's EU accession negotiations. Later, the Prime Minister held a phone call with the President of the European Council.""",
  [mt(d, C("Utrecht", "NL", 52.09, 5.12), ["Albania", "Netherlands"]),
   cl(d, C("Utrecht", "NL", 52.09, 5.12), ["Albania", "EU"], alts=[C("Brussels", "BE", 50.85, 4.35)])],
  [],
  "Composite. Call later the same day: pinned where the principal was.", ["today", "margins", "call_from_venue"])

d = "2022-09-08"
N(26, d, """Élysée — Entretien du Président de la République avec le Président du Conseil européen
Le Président de la République s'est entretenu aujourd'hui à Évian-les-Bains avec le Président du Conseil européen, en marge des rencontres franco-allemandes. Ils ont évoqué la préparation du Conseil européen informel de Prague et la crise énergétique. Le déplacement du Président à Alger, prévu fin septembre, a été reporté.""",
  [mt(d, C("Evian-les-Bains", "FR", 46.40, 6.59), ["France", "EU"])],
  [C("Prague", "CZ", 50.09, 14.42), C("Algiers", "DZ", 36.74, 3.09)],
  "French text. Prague: future council. Algiers: postponed trip.", ["french", "today", "future_event", "postponed_event"])

d = "2023-08-17"
N(27, d, """Press Office of the President of Poland — President Andrzej Duda met today at the Nuremberg town hall with the Minister-President of Bavaria, during the President's visit to Franconia. The two discussed Polish–Bavarian cooperation and the commemoration of the 1939 invasion.""",
  [mt(d, C("Nuremberg", "DE", 49.45, 11.08), ["Poland", "Bavaria"])],
  [],
  "Composite. 1939: background.", ["today", "background_event"])

d = "2019-11-20"
N(28, d, """Ministry of Foreign Affairs of Japan — Telephone Talk between Foreign Minister Motegi and Secretary of State of the United States
On November 20, commencing at 8:00 a.m. for approximately 20 minutes, Mr. Toshimitsu Motegi, Minister for Foreign Affairs, who is visiting Deauville, France, for the G7 Foreign Ministers' preparatory meeting, held a telephone talk with the Secretary of State. The two ministers exchanged views on the situation in Hong Kong and on North Korea.""",
  [cl(d, C("Deauville", "FR", 49.36, 0.07), ["Japan", "United States"], alts=[C("Washington", "US", 38.90, -77.04)])],
  [],
  "Composite. Call from the stated venue. Hong Kong: topic, not listed.", ["stated_date", "call_from_venue"])

d = "2024-06-12"
N(29, d, """Ministry of Foreign Affairs of Ukraine — Minister of Foreign Affairs Dmytro Kuleba met today in Bolhrad with the Deputy Prime Minister and Foreign Minister of Moldova. The ministers discussed the restoration of the Odesa–Reni road through Moldovan territory, the protection of Danube shipping from Russian drone attacks, and preparations for the Peace Summit at the Bürgenstock resort this weekend. The Moldovan minister then returned to Chișinău.""",
  [mt(d, C("Bolhrad", "UA", 45.68, 28.62), ["Ukraine", "Moldova"])],
  [M("Bürgenstock", 46.99, 8.38, "CH", "approximate, resort above Lake Lucerne"), C("Chisinau", "MD", 47.01, 28.86)],
  "Composite. The road (Odesa, Reni) and the Danube: topics, not listed; drone attacks: undated background. Bürgenstock: future summit. Chișinău: return (~150 km).",
  ["today", "topic_place", "future_event", "return_leg"])

d = "2021-07-07"
N(30, d, """Prime Minister's Office of Pakistan — Prime Minister Imran Khan spoke on the telephone with the President of Afghanistan today. The Prime Minister, who was in Pasni to review the fish harbour project, said Pakistan supported an Afghan-owned peace process. The Prime Minister will visit Tashkent next week for the Central and South Asia connectivity conference.""",
  [cl(d, C("Pasni", "PK", 25.26, 63.47), ["Pakistan", "Afghanistan"], alts=[C("Kabul", "AF", 34.53, 69.17)]),
   E("other", "project review", d, C("Pasni", "PK", 25.26, 63.47), ["Pakistan"])],
  [C("Tashkent", "UZ", 41.30, 69.24)],
  "Call from the stated location (Pasni). Tashkent: future conference.", ["call_from_venue", "today", "future_event"])
