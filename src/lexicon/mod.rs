//! Word lists shared by the geoparser, the actor finder and the event extractor.
//!
//! All entries are folded keys (lowercase, no punctuation; see [`crate::text::fold`]).
//! They are general English and news vocabulary, not tuned to any one article.

pub mod leaders;
pub mod organisations;

/// Prepositions that put the following name in the role of a location.
#[rustfmt::skip]
pub static LOCATIVE_PREPOSITIONS: WordSet = WordSet::new(&[
    "in", "at", "near", "from", "to", "into", "outside", "inside", "toward", "towards",
    "across", "around", "via", "through", "throughout", "within", "visited", "visiting",
    "reached", "entered", "leaving",
]);

/// Compass points, which put the name after "of" in a place's position: "10 km south of
/// Tera", "north-east of Kharkiv" (a hyphen splits the compound, so "east" is enough).
#[rustfmt::skip]
pub static COMPASS_POINTS: WordSet = WordSet::new(&[
    "north", "south", "east", "west", "northeast", "northwest", "southeast", "southwest",
    "northeastern", "northwestern", "southeastern", "southwestern",
]);

/// Compass words a reporter puts before an area to name a part of it ("in north-eastern
/// Congo", "in northern Syria"): the points and their adjectives.
pub static COMPASS_WORDS: WordSet = WordSet::including(
    &COMPASS_POINTS,
    &["northern", "southern", "eastern", "western", "central"],
);

/// Units of distance: "40 km from Bol", "12 miles north of Kharkiv".
#[rustfmt::skip]
pub static DISTANCE_UNITS: WordSet = WordSet::new(&[
    "km", "kms", "kilometres", "kilometers", "kilometre", "kilometer", "miles", "mile", "m",
    "metres", "meters",
]);

/// Words that introduce the venue of a meeting or the site of an incident.
#[rustfmt::skip]
pub static VENUE_PREPOSITIONS: WordSet = WordSet::new(&[
    "in", "at", "near", "outside", "inside", "on", "into", "over", "across", "around",
    "throughout", "to", "above", "below", "beneath", "beside", "behind", "off", "along",
    "opposite", "beyond", "towards", "toward",
]);

/// Names of weapon systems that the gazetteer also lists as towns ("the first Iskander
/// struck", "a Bayraktar drone"): in conflict reporting they are the weapon. Names that
/// are also common words or US towns (Tomahawk, Patriot, Tornado) are not listed.
#[rustfmt::skip]
pub static WEAPON_SYSTEMS: WordSet = WordSet::new(&[
    "iskander", "kinzhal", "kalibr", "shahed", "geran", "smerch", "uragan", "tochka",
    "oniks", "zircon", "tsirkon", "atacms", "himars", "bayraktar", "qassam", "zolfaghar",
    "sejjil", "burkan", "toophan", "krasnopol",
]);

/// Honorifics that only ever precede a person's name ("Ms. Kamikawa Yoko", "Mr. Park
/// Jin"), unlike titles such as "President" or "Governor", which may precede an office.
#[rustfmt::skip]
pub static HONORIFICS: WordSet = WordSet::new(&[
    "mr", "mrs", "ms", "miss", "dr", "madam", "mme", "sir", "dame",
]);

/// Titles and ranks that precede a person's name ("Prime Minister Mohammed Shia al-Sudani").
#[rustfmt::skip]
pub static TITLE_WORDS: WordSet = WordSet::new(&[
    "president", "presidents", "vicepresident", "prime", "minister", "ministers", "premier",
    "secretary", "secretarygeneral", "ambassador", "ambassadors", "envoy", "consul",
    "consulgeneral", "general", "gen", "king", "queen", "prince", "crown", "emir", "amir",
    "sheikh", "shaikh", "sultan", "ayatollah", "leader", "supreme", "commander", "chief",
    "speaker", "chancellor", "governor", "mayor", "senator", "sen", "rep", "representative",
    "brigadier", "colonel", "col", "lt", "lieutenant", "major", "maj", "captain", "capt",
    "sergeant", "sgt", "admiral", "adm", "spokesman", "spokeswoman", "spokesperson",
    "deputy", "chairman", "chairwoman", "chair", "director", "pope", "cleric", "imam", "mr",
    "mrs", "ms", "dr", "sir", "lord", "dame", "justice", "judge", "officer", "head",
    "foreign", "defence", "defense", "interior", "finance", "state", "mp", "lawmaker",
    "counterpart", "coordinator", "representative", "adviser", "advisor", "aide",
    "undersecretary", "assistant", "militant", "commanderinchief", "ruler", "pm",
]);

/// Capitalised words of an office's portfolio after "of" ("Minister of Foreign Affairs",
/// "Secretary of Homeland Security"): part of the title, not of the name after it.
#[rustfmt::skip]
pub static PORTFOLIO_WORDS: WordSet = WordSet::new(&[
    "affairs", "foreign", "defence", "defense", "interior", "finance", "economy", "trade",
    "justice", "health", "education", "energy", "homeland", "security", "national",
    "internal", "external", "international", "cooperation", "relations", "home",
]);

/// Nouns a ship's name follows ("the tanker Chios Lion"): a place name there is part of
/// the ship's.
pub static VESSEL_NOUNS: WordSet = WordSet::new(&[
    "ship",
    "vessel",
    "tanker",
    "freighter",
    "carrier",
    "bulker",
    "boat",
    "frigate",
    "destroyer",
    "corvette",
    "trawler",
    "yacht",
]);

/// Nouns that end a street's name ("Haifa Street", "Airport Road"): a place right before
/// them is part of the name, but a place after them ("Istiklal Avenue in Istanbul") is
/// where the street is. Part of [`ORGANISATION_HEADS`].
pub static THOROUGHFARES: WordSet = WordSet::new(&[
    "street",
    "road",
    "avenue",
    "highway",
    "boulevard",
    "bridge",
    "roundabout",
    "junction",
    "lane",
    "alley",
    "motorway",
    "expressway",
]);

/// Nouns that end an organisation's name ("Paris Police Department", "Kurdistan Region
/// Presidency"): a place right before them is part of a name.
#[rustfmt::skip]
pub static ORGANISATION_HEADS: WordSet = WordSet::including(&THOROUGHFARES, &[
    "police", "department", "university", "college", "school", "post", "times", "herald",
    "journal", "tribune", "news", "gazette", "press", "agency", "ministry", "council",
    "club", "fc", "united", "airlines", "airways", "bank", "exchange", "institute",
    "museum", "hospital", "presidency", "government", "parliament", "assembly", "court",
    "office", "command", "forces", "force", "army", "guard", "guards", "brigade",
    "brigades", "party", "movement", "front", "resistance", "organization", "organisation",
    "league", "union", "authority", "company", "corporation", "corp", "inc", "group",
    "foundation", "association", "center", "centre", "committee", "commission", "board",
    "service", "services", "agreement", "accord", "accords", "declaration", "convention",
    "treaty", "protocol", "framework", "dialogue", "strategic", "observer", "monitor",
    "television", "tv", "radio", "channel", "network", "daily", "magazine", "review",
    "federation", "chamber", "embassy", "consulate", "mission", "cabinet", "senate",
    "congress", "legislature", "fire", "sheriff", "county", "public", "state", "national",
    "international", "global", "media", "health", "red", "crescent", "cross", "airport",
    "stadium", "zoo", "library", "church", "mosque", "cathedral", "times", "star", "sun",
]);

/// Verbs (and their auxiliaries) that make a capital or a country stand for its
/// government: "Baghdad said", "Washington has pressed", "Tehran has been".
#[rustfmt::skip]
pub static GOVERNMENT_VERBS: WordSet = WordSet::new(&[
    "said", "says", "say", "announced", "announces", "accused", "accuses", "warned",
    "warns", "urged", "urges", "demanded", "demands", "rejected", "rejects", "denied",
    "denies", "condemned", "condemns", "recalled", "recalls", "blamed", "blames", "vowed",
    "vows", "responded", "responds", "insisted", "insists", "claimed", "claims",
    "threatened", "threatens", "pressed", "presses", "wants", "wanted", "called", "calls",
    "agreed", "agrees", "signed", "signs", "approved", "approves", "imposed", "imposes",
    "sanctioned", "sent", "sends", "dispatched", "deployed", "backed", "backs", "supports",
    "supported", "welcomed", "welcomes", "criticised", "criticized", "protested",
    "summoned", "expelled", "retaliated", "struck", "launched", "ordered", "decided",
    "declined", "refused", "hopes", "hoped", "believes", "believed", "fears", "feared",
    "considers", "considered", "announced", "confirmed", "confirms", "reported", "stated",
    "told", "asked", "asks", "offered", "offers", "pledged", "pledges", "promised",
    "promises", "hosted", "hosts", "recognized", "recognised", "opposed", "opposes",
    "argued", "argues", "maintains", "maintained", "remains", "remained", "did", "does",
    "do", "would", "will", "could", "can", "may", "might", "must", "should", "described",
    "describes", "dismissed", "denounced", "praised", "insisted", "stressed", "noted",
]);

/// Auxiliaries and adverbs that may stand between a metonymic subject and its verb.
#[rustfmt::skip]
pub static VERB_AUXILIARIES: WordSet = WordSet::new(&[
    "has", "have", "had", "also", "has", "been", "not", "is", "was", "were", "are",
    "already", "repeatedly", "quickly", "immediately", "officially", "publicly", "then",
    "later", "again", "long", "previously", "recently", "firmly", "strongly",
]);

/// Common given names (English, Arabic, Persian, Kurdish, Turkish, Hebrew and other
/// frequent ones in world news): a place name right after one is a surname.
#[rustfmt::skip]
pub static GIVEN_NAMES: WordSet = WordSet::new(&[
    "aaron", "abbas", "abdel", "abdul", "abdullah", "abdulaziz", "abu", "adam", "adel",
    "ahmad", "ahmed", "ali", "alina", "alan", "alex", "alexander", "alexandra", "ali",
    "alice", "amanda", "amir", "amy", "andrew", "andy", "angela", "ann", "anna", "anne",
    "anthony", "antony", "antonio", "ashley", "avi", "ayman", "bashar", "ben", "benjamin",
    "benny", "bernard", "bill", "billy", "bob", "brad", "brandon", "brian", "bruce", "carl",
    "carlos", "caroline", "catherine", "charles", "charlie", "chris", "christian",
    "christine", "christopher", "chuck", "claire", "craig", "dan", "daniel", "david",
    "dennis", "diana", "donald", "doug", "douglas", "ebrahim", "ed", "edward", "elizabeth",
    "emily", "emma", "emmanuel", "eric", "fadi", "faisal", "frank", "fred", "gary",
    "george", "gerald", "greg", "gregory", "hamid", "hana", "hani", "hannah", "harry",
    "hassan", "heather", "helen", "henry", "hussein", "ibrahim", "ismail", "jack", "jake",
    "james", "jane", "janet", "jason", "jeff", "jeffrey", "jennifer", "jeremy", "jerry",
    "jesse", "jessica", "jim", "jimmy", "joe", "joel", "john", "johnny", "jon", "jonathan",
    "jose", "joseph", "josh", "joshua", "juan", "julia", "julie", "justin", "karen", "kate",
    "katherine", "kathy", "keith", "kelly", "ken", "kenneth", "kevin", "khalid", "kim",
    "kyle", "larry", "laura", "lauren", "lee", "linda", "lisa", "lloyd", "louis", "luis",
    "mahmoud", "maria", "mark", "martin", "mary", "masoud", "masrour", "matt", "matthew",
    "michael", "michelle", "mike", "mohamed", "mohammad", "mohammed", "muhammad", "mustafa",
    "nancy", "nathan", "nechirvan", "nicholas", "nick", "nicole", "omar", "oliver",
    "patrick", "paul", "peter", "phil", "philip", "qasim", "qassem", "rachel", "ralph",
    "randy", "ray", "rebecca", "recep", "richard", "rick", "rob", "robert", "roger", "ron",
    "ronald", "ryan", "saad", "said", "salman", "sam", "samuel", "sandra", "sara", "sarah",
    "scott", "sean", "sergei", "sergey", "shia", "stephen", "steve", "steven", "susan",
    "thomas", "tim", "timothy", "todd", "tom", "tony", "vladimir", "walter", "wayne",
    "william", "yahya", "yasser", "yousef", "youssef", "yusuf", "zachary", "lindsey",
    "tyler", "morgan", "taylor", "jordan", "austin", "lincoln", "jackson", "madison",
    "dallas", "houston", "sydney", "victoria", "florence", "georgia", "paris", "chelsea",
    "brooklyn", "savannah", "cheyenne", "phoenix", "aurora", "israel", "chad", "troy",
    "orlando", "denver", "cleveland", "clinton", "kent", "chester", "warren", "marion",
    "milton", "stanley", "sherman", "lawrence", "wellington", "hamilton",
]);

/// Words that, when they follow a place name, say it names a first-level division
/// ("Idlib province", "Texas state") rather than its capital city. "Countryside" is the
/// Syrian and Iraqi reporters' word for a governorate's rural part ("Daraa countryside",
/// "the western Aleppo countryside").
#[rustfmt::skip]
pub static ADMIN1_SUFFIXES: WordSet = WordSet::new(&[
    "province", "provinces", "governorate", "governorates", "state", "region", "oblast",
    "prefecture", "county", "district", "region", "krai", "kray", "countryside",
]);

/// Lowercase particles (the Arabic article in its spellings) that may start a name when
/// hyphenated to it ("al-Tanf", "as-Suwayda").
pub const NAME_PARTICLES: &[&str] = &[
    "al", "el", "ad", "ar", "as", "ash", "at", "az", "an", "ez", "es", "ed", "ul",
];

/// Words a first-level division's name ends with in the gazetteer ("Voronezh Oblast",
/// "Krasnodar Krai", "Nineveh Governorate"): "the Voronezh region" names that division by
/// its stem.
/// Only words for first-level divisions: "the Shu'ub district of Sanaa" is a district of
/// the city, not the governorate.
pub const DIVISION_NAME_ENDINGS: &[&str] = &[
    "oblast",
    "krai",
    "kray",
    "province",
    "governorate",
    "region",
    "state",
    "prefecture",
];

/// Capitalised words that start a division's name after a place's name ("Shinkafi Local
/// Government Area", "Masisi Territory", "Kani Township"): the place goes on as a
/// division, not as the start of another name.
#[rustfmt::skip]
pub static DIVISION_WORDS: WordSet = WordSet::new(&[
    "local", "district", "territory", "township", "municipality", "county", "province",
    "governorate", "region", "state", "subdistrict", "department", "commune", "prefecture",
    "oblast", "raion", "tehsil", "division",
]);

/// Capitalised words of news prose that gazetteers also list as (small) places: never a
/// place on their own.
#[rustfmt::skip]
pub static NEVER_PLACES: WordSet = WordSet::new(&[
    "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "january",
    "february", "march", "april", "may", "june", "july", "august", "september", "october",
    "november", "december", "president", "minister", "prime", "god", "allah", "islam",
    "islamic", "christmas", "easter", "ramadan", "eid", "parliament", "congress", "senate",
    "army", "navy", "state", "union", "church", "university", "hospital", "police", "mr",
    "isis", "isil", "daesh", "hamas", "hezbollah", "houthi", "houthis", "coalition",
    "taliban", "peshmerga", "hashd", "pkk", "ypg", "sdf", "irgc", "idf", "nato", "centcom",
    "pentagon", "kremlin", "white", "house", "embassy", "government", "presidency",
    "ministry", "council", "court", "media", "twitter", "facebook", "google", "reuters",
    "com", "www", "http", "https", "update", "breaking", "photo", "video", "said", "says",
    "read", "more", "news", "post", "times", "the", "a", "an", "and", "of", "in", "on",
    "at", "it", "he", "she", "they", "we", "you", "i", "this", "that", "his", "her", "also",
    "but", "however", "after", "before", "during", "since", "while", "as", "if", "when",
    "where", "what", "who", "why", "how", "there", "here", "many", "some", "all", "no",
    "yes", "one", "two", "three", "first", "second", "last", "new", "old", "north", "south",
    "east", "west", "central", "western", "eastern", "northern", "southern", "upper",
    "lower", "great", "little", "big", "national", "international", "federal", "democratic",
    "republic", "republican", "democrat", "democrats", "republicans", "liberal", "labour",
    "labor", "conservative", "green", "greens", "guard", "forces", "force", "command",
    "office", "department", "agency", "service", "brigade", "brigades", "resistance",
    "revolutionary", "guards", "sheikh", "emir", "king", "prince", "queen", "general",
    "colonel", "commander", "chief", "leader", "secretary", "ambassador", "spokesman",
    "officials", "official", "security", "defense", "defence", "foreign", "interior",
    "health", "education", "justice", "energy", "oil", "gas", "trade", "mission", "victory",
    "liberty", "independence", "freedom", "hope", "unity", "peace", "home", "center",
    "centre", "park", "lake", "river", "mount", "bay", "beach", "island", "city", "town",
    "village", "county", "province", "region", "district", "capital", "whitehouse",
    "elnino", "lanina", "nino", "nina", "notredame", "ok", "tv", "ceo",
]);

/// Nouns that a place name can modify ("U.S. forces", "Iraqi officials", "the Gaza war"):
/// a place used so is an attribute, not a location.
#[rustfmt::skip]
pub static MODIFIED_NOUNS: WordSet = WordSet::new(&[
    "time", "forces", "force", "troops", "military", "army", "navy", "soldiers", "personnel",
    "officials", "official", "government", "governments", "authorities", "administration",
    "embassy", "envoy", "envoys", "ambassador", "diplomats", "diplomat", "delegation",
    "president", "leaders", "leader", "leadership", "counterpart", "counterparts",
    "citizens", "nationals", "war", "conflict", "crisis", "fighting", "offensive",
    "ceasefire", "truce", "strikes", "attacks", "airstrikes", "raids", "ties", "relations",
    "talks", "deal", "agreement", "policy", "sanctions", "warships", "jets", "drones",
    "companies", "company", "media", "press", "intelligence", "security", "side", "team",
    "contractors", "bases", "base", "coalition", "allies", "officers", "commanders",
    "lawmakers", "parliament", "cabinet", "ministry", "minister", "state", "file", "issue",
    "question", "economy", "oil", "market", "markets", "dollar", "election", "elections",
    "people", "public", "budget", "debt", "aid", "strategy", "interests", "position",
    "stance", "response", "port", "coast", "resort", "coastline", "regime", "regimes",
]);

/// Forces and weapons that strike abroad as often as at home: a demonym before one
/// ("Russian missiles", "Turkish drone strike", "Israeli artillery") names the attacker,
/// which says little about where the target is.
#[rustfmt::skip]
pub static STRIKING_FORCES: WordSet = WordSet::new(&[
    "forces", "troops", "army", "military", "navy", "jets", "warplanes", "aircraft",
    "drone", "drones", "missile", "missiles", "rocket", "rockets", "artillery", "strike",
    "strikes", "airstrike", "airstrikes", "air", "shelling", "shells", "bombardment",
    "raid", "raids", "warships", "gunboats", "tanks", "helicopters", "bombers", "soldiers",
]);

/// Nouns that, after a town's name, name a spot in it ("El Fasher market", "Hodeidah
/// port", "the Erbil base") though after a country they name its economy or forces ("the
/// Iraqi market", "U.S. bases").
pub static SPOT_NOUNS: WordSet =
    WordSet::new(&["market", "port", "base", "coast", "coastline", "resort"]);

/// Military facilities named after their town: "the Borisoglebsk military airfield", "the
/// Fotokol military post" are spots in the town, though "the Iraqi military" is an army.
#[rustfmt::skip]
pub static MILITARY_FACILITIES: WordSet = WordSet::new(&[
    "airfield", "airbase", "airport", "base", "bases", "post", "posts", "outpost", "camp",
    "garrison", "compound", "installation", "facility", "depot", "headquarters", "barracks",
    "hospital", "academy", "unit",
]);

/// Plants and works named after their town: "the Tikhoretsk oil pumping station", "the
/// Ryazan refinery", "the Baiji power plant" are spots in the town, though "Iraqi oil"
/// is a country's trade.
#[rustfmt::skip]
pub static WORKS: WordSet = WordSet::new(&[
    "station", "refinery", "depot", "terminal", "plant", "field", "pipeline", "storage",
    "substation", "facility", "facilities", "complex", "works", "factory", "dam", "mine",
]);

/// Irregular past participles that take an agent ("militias run by Tehran", "a strike
/// undertaken by Washington"); regular ones end in "-ed".
#[rustfmt::skip]
pub static PASSIVE_PARTICIPLES: WordSet = WordSet::new(&[
    "run", "led", "held", "paid", "sent", "made", "given", "taken", "undertaken", "drawn",
    "written", "chosen", "driven", "sought", "brought", "bought", "kept", "shown",
]);

/// Buildings often named after a place ("the Druzhba hotel", "the Kamal Adwan
/// hospital"): followed by "in <Place>", the name is the building's, the place the
/// other one.
#[rustfmt::skip]
pub static NAMED_BUILDINGS: WordSet = WordSet::new(&[
    "hotel", "hospital", "school", "mosque", "church", "clinic", "bakery", "restaurant",
    "cafe", "mall", "stadium", "factory", "plant", "university", "college", "cinema",
    "theatre", "theater", "supermarket", "building", "tower", "prison", "station",
]);

/// Words for a kind of landform or settlement that start many Arabic, Kurdish and
/// Turkish place names ("Jebel Saman", "Wadi Khaled", "Tal Abyad", "Kfar Kila"): alone
/// they name no place.
#[rustfmt::skip]
pub static GEOGRAPHIC_TERMS: WordSet = WordSet::new(&[
    "jebel", "jabal", "jbel", "wadi", "tal", "tell", "ain", "ayn", "bir", "deir", "dayr",
    "kafr", "kfar", "beit", "bayt", "umm", "ras", "khirbet", "khirbat", "qasr", "nahr", "hay",
    "hayy", "souk", "suq", "bab", "qalaat", "marj", "mazraat", "birket", "sahl", "jisr",
    "tepe", "dagh", "dag", "kani", "gund",
]);

/// The words of [`GEOGRAPHIC_TERMS`] that start a village's name ("Kafr", "Deir", "Beit",
/// "Ain", "Tal", "Khirbet", "Umm"): before a city's name they make another place, where a
/// valley or mountain ("Wadi Hadramawt") lies in the area it is named after.
pub static SETTLEMENT_PREFIXES: WordSet = WordSet::new(&[
    "kafr", "kfar", "deir", "dayr", "beit", "bayt", "ain", "ayn", "bir", "tal", "tell", "khirbet",
    "khirbat", "umm", "qasr", "mazraat", "kani", "gund",
]);

/// Landform words that, capitalised after a country's name, make a feature's name
/// ("Jordan Valley", "Congo Basin", "Niger Delta").
pub static LANDFORMS: WordSet = WordSet::new(&[
    "valley",
    "river",
    "basin",
    "delta",
    "desert",
    "plain",
    "plains",
    "plateau",
    "mountains",
    "hills",
    "highlands",
    "lake",
    "gorge",
    "rift",
]);

/// Words for family members and the like, before a person's given name ("their son
/// Basel", "his daughter Aya").
#[rustfmt::skip]
pub static KINSHIP_WORDS: WordSet = WordSet::new(&[
    "son", "sons", "daughter", "daughters", "brother", "brothers", "sister", "sisters",
    "wife", "husband", "mother", "father", "nephew", "nephews", "niece", "nieces", "cousin",
    "cousins", "uncle", "aunt", "grandson", "granddaughter", "grandsons", "granddaughters",
    "grandfather", "grandmother", "child", "boy", "girl", "named", "martyr", "widow",
    "stepson", "stepdaughter", "fiancée", "fiance", "fiancé",
]);

/// Words that open a noun phrase.
pub static DETERMINERS: WordSet = WordSet::new(&[
    "the", "a", "an", "this", "that", "these", "those", "its", "their", "his", "her", "our", "two",
    "three", "four", "five", "six", "seven", "eight", "nine", "ten", "several", "many", "some",
    "all", "both", "other", "dozens", "hundreds",
]);

/// Words after a name that show it is not a modifier: it ends its phrase.
pub static PHRASE_ENDERS: WordSet = WordSet::new(&[
    "and", "or", "but", "nor", "in", "on", "at", "to", "of", "for", "with", "by", "from", "as",
    "into", "over", "after", "before", "since", "during", "is", "was", "are", "were", "has", "had",
    "have", "will", "would", "could", "should", "may", "might", "must", "can", "did", "does",
    "said", "says", "that", "which", "who", "where", "when", "while", "than", "if", "because",
    "under", "against", "amid", "near", "about",
]);

/// A fixed word list with hashed lookup, built on first use.
pub struct WordSet {
    words: &'static [&'static str],
    /// Another list this one contains ("street" heads an organisation's name too), so
    /// its words are written once.
    also: Option<&'static WordSet>,
    set: std::sync::OnceLock<(crate::text::WordSieve, rustc_hash::FxHashSet<&'static str>)>,
}

impl WordSet {
    pub const fn new(words: &'static [&'static str]) -> WordSet {
        WordSet {
            words,
            also: None,
            set: std::sync::OnceLock::new(),
        }
    }

    /// The words of `also` and `words`.
    pub const fn including(also: &'static WordSet, words: &'static [&'static str]) -> WordSet {
        WordSet {
            words,
            also: Some(also),
            set: std::sync::OnceLock::new(),
        }
    }

    /// Whether a folded key is in the list.
    pub fn contains(&self, key: &str) -> bool {
        let (sieve, set) = self.set.get_or_init(|| {
            (
                self.words.iter().copied().collect(),
                self.words.iter().copied().collect(),
            )
        });
        sieve.may_contain(key) && set.contains(key)
            || self.also.is_some_and(|also| also.contains(key))
    }
}

fn word_set(text: &'static str) -> rustc_hash::FxHashSet<&'static str> {
    text.lines()
        .map(str::trim)
        .filter(|l| !l.is_empty() && !l.starts_with('#'))
        .collect()
}

/// The month a folded word names or abbreviates ("nov", "september" → 11, 9). Shared by
/// the date reader and the geoparser ("Nov. 11" is a date, not the town of Nov).
pub fn month_number(key: &str) -> Option<u32> {
    Some(match key {
        "jan" | "january" => 1,
        "feb" | "february" => 2,
        "mar" | "march" => 3,
        "apr" | "april" => 4,
        "may" => 5,
        "jun" | "june" => 6,
        "jul" | "july" => 7,
        "aug" | "august" => 8,
        "sep" | "sept" | "september" => 9,
        "oct" | "october" => 10,
        "nov" | "november" => 11,
        "dec" | "december" => 12,
        _ => return None,
    })
}

/// Whether a folded word is a common given name: the hand list above plus the 2,500 most
/// frequent US given names (`data/lexicon/given_names.txt`).
pub fn is_given_name(key: &str) -> bool {
    static CENSUS: std::sync::OnceLock<rustc_hash::FxHashSet<&'static str>> =
        std::sync::OnceLock::new();
    GIVEN_NAMES.contains(key)
        || CENSUS
            .get_or_init(|| word_set(include_str!("../../data/lexicon/given_names.txt")))
            .contains(key)
}

/// Whether a folded word is one of the 3,000 most frequent US surnames
/// (`data/lexicon/surnames.txt`).
pub fn is_surname(key: &str) -> bool {
    static CENSUS: std::sync::OnceLock<rustc_hash::FxHashSet<&'static str>> =
        std::sync::OnceLock::new();
    CENSUS
        .get_or_init(|| word_set(include_str!("../../data/lexicon/surnames.txt")))
        .contains(key)
}

/// "one" to "twenty" as numbers.
pub fn small_number(key: &str) -> Option<u32> {
    const WORDS: &[&str] = &[
        "zero",
        "one",
        "two",
        "three",
        "four",
        "five",
        "six",
        "seven",
        "eight",
        "nine",
        "ten",
        "eleven",
        "twelve",
        "thirteen",
        "fourteen",
        "fifteen",
        "sixteen",
        "seventeen",
        "eighteen",
        "nineteen",
        "twenty",
    ];
    WORDS
        .iter()
        .position(|w| *w == key)
        .and_then(|p| u32::try_from(p).ok())
}

/// AP-style abbreviations of US states that are also words, names or acronyms (folded
/// key, state): the gazetteer leaves them out, and the spotter reads them only after a US
/// town and a comma ("Gainesville, Va.").
#[rustfmt::skip]
static AMBIGUOUS_STATE_ABBREVIATIONS: &[(&str, &str)] = &[
    ("del", "Delaware"), ("ill", "Illinois"), ("ind", "Indiana"), ("kan", "Kansas"),
    ("la", "Louisiana"), ("md", "Maryland"), ("mass", "Massachusetts"),
    ("miss", "Mississippi"), ("mo", "Missouri"), ("pa", "Pennsylvania"), ("va", "Virginia"),
    ("wash", "Washington"), ("ore", "Oregon"),
];

/// The state an ambiguous AP abbreviation stands for ("va" → Virginia).
pub fn state_of_abbreviation(key: &str) -> Option<&'static str> {
    AMBIGUOUS_STATE_ABBREVIATIONS
        .iter()
        .find(|(abbreviation, _)| *abbreviation == key)
        .map(|&(_, state)| state)
}
