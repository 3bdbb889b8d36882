//! Spotting: which token runs name a place.
//!
//! A run is a candidate when its folded form is a gazetteer name (longest match first) or
//! a demonym. Candidates are then dropped when they are more likely something else: an
//! ordinary English word ("Police said", "Mobile phones"), an acronym ("ISIS"), or part of
//! a person's name ("George Washington", "Lloyd Austin", later just "Austin").

use rustc_hash::FxHashSet;

use crate::gazetteer::{Gazetteer, PlaceId, PlaceKind};
use crate::lexicon::{
    self, COMPASS_POINTS, LOCATIVE_PREPOSITIONS, NAME_PARTICLES, NEVER_PLACES, ORGANISATION_HEADS,
    TITLE_WORDS,
};
use crate::text::{Gap, Sentence, Shape, Token};

/// A token run that names a place, before resolution.
#[derive(Clone, Debug)]
pub(super) struct Spot {
    pub first: usize,
    pub end: usize,
    pub candidates: Vec<PlaceId>,
    /// Primary-name matches among `candidates` (same order, same length).
    pub primary: Vec<bool>,
    pub demonym: bool,
    /// Recognition confidence, 0 to 1.
    pub recognition: f32,
    /// Followed by "province", "governorate", "state": prefer the division.
    pub admin1_hint: bool,
    /// Matched by the skeleton of its spelling, not as written ("Makhmour" for Makhmur):
    /// the resolver keeps only candidates the article's other places support.
    pub loose: bool,
}

/// Finds place-name candidates in text order, without overlaps.
pub(super) fn find_spots(
    tokens: &[Token<'_>],
    sentences: &[Sentence],
    gazetteer: &Gazetteer,
    dateline: Option<(usize, usize)>,
) -> Vec<Spot> {
    let sentence_start = sentence_starts(tokens.len(), sentences);
    let surnames = person_surnames(tokens, gazetteer, &sentence_start);
    let lowercase_words: FxHashSet<&str> = tokens
        .iter()
        .filter(|t| t.shape == Shape::Lower)
        .map(|t| t.key.as_str())
        .collect();
    let context = Context {
        tokens,
        gazetteer,
        sentence_start: &sentence_start,
        surnames: &surnames,
        lowercase_words: &lowercase_words,
        dateline,
    };
    let max_tokens = gazetteer.longest_name_tokens().clamp(1, 8);
    let mut spots = Vec::new();
    let mut i = 0;
    while i < tokens.len() {
        if !can_start_name(tokens, i) {
            i += 1;
            continue;
        }
        if let Some(spot) = state_abbreviation_at(&context, i, spots.last()) {
            i = spot.end;
            spots.push(spot);
            continue;
        }
        let by_name = longest_name_at(&context, i, max_tokens);
        let small_single = by_name.as_ref().is_some_and(|s| {
            s.end - s.first == 1 && !s.candidates.iter().any(|&id| is_big_area(gazetteer, id))
        });
        if by_name.is_none() || small_single {
            // "Canadian" is the people of Canada before it is a town in Texas.
            if let Some(spot) = demonym_at(&context, i) {
                spots.push(spot);
                i += 1;
                continue;
            }
        }
        if let Some(spot) = by_name {
            i = spot.end;
            if let Some(spot) = context.vet(spot) {
                spots.push(spot);
            }
            continue;
        }
        if let Some(spot) = loose_name_at(&context, i, spots.last()) {
            i = spot.end;
            if let Some(spot) = context.vet(spot) {
                spots.push(spot);
            }
            continue;
        }
        i += 1;
    }
    spots
}

/// A US state's abbreviation that is also a word or an acronym ("Va.", "Md.", "Wash.",
/// "Pa."), read only where AP style puts it: with its period, right after a town and a
/// comma ("Gainesville, Va."), and only when the town is a US one. Elsewhere "Pa." is the
/// Press Association and "Mass." a service.
fn state_abbreviation_at(
    context: &Context<'_, '_>,
    i: usize,
    last_spot: Option<&Spot>,
) -> Option<Spot> {
    let tokens = context.tokens;
    let gazetteer = context.gazetteer;
    let token = &tokens[i];
    if token.shape != Shape::Capitalized || i < 2 || tokens[i - 1].text != "," {
        return None;
    }
    let period = tokens.get(i + 1)?;
    if period.text != "." || period.gap != Gap::None {
        return None;
    }
    let town = last_spot.filter(|spot| spot.end + 1 == i)?;
    let us_town = town.candidates.iter().any(|&id| {
        let place = gazetteer.place(id);
        place.country_code == "US" && place.is_point()
    });
    if !us_town {
        return None;
    }
    let state = lexicon::state_of_abbreviation(&token.key)?;
    let candidates: Vec<PlaceId> = gazetteer
        .by_name(&crate::text::fold(state))
        .iter()
        .map(|r| r.place)
        .filter(|&id| {
            let place = gazetteer.place(id);
            place.kind == PlaceKind::Admin1 && place.country_code == "US"
        })
        .collect();
    (!candidates.is_empty()).then(|| Spot {
        first: i,
        end: i + 2,
        primary: vec![false; candidates.len()],
        candidates,
        demonym: false,
        recognition: 0.9,
        admin1_hint: true,
        loose: false,
    })
}

/// "the Belgorod, Kursk and Voronezh regions": a name in a list that a plural division
/// word closes is a division too. Gives that word's singular ("region") when it stands at
/// `end`, or when the names from `end` on run (capitalised words, commas, "and") up to it.
fn listed_before_divisions(tokens: &[Token<'_>], end: usize) -> Option<&'static str> {
    const PLURALS: &[(&str, &str)] = &[
        ("regions", "region"),
        ("provinces", "province"),
        ("oblasts", "oblast"),
        ("governorates", "governorate"),
        ("states", "state"),
        ("prefectures", "prefecture"),
    ];
    let mut joined_by_and = false;
    for (i, t) in tokens.iter().enumerate().skip(end).take(14) {
        if t.shape == Shape::Lower
            && let Some(&(_, singular)) = PLURALS.iter().find(|(p, _)| *p == t.key)
        {
            // The last name ("… and Voronezh regions") or one before "and".
            return (i == end || joined_by_and).then_some(singular);
        }
        joined_by_and |= t.key == "and";
        if !(t.is_cap() || t.text == "," || t.text == "-" || t.key == "and") {
            return None;
        }
    }
    None
}

/// Words after which a capitalised name the gazetteer does not know as written is
/// likely a place: "in Makhmour", "the village of Tel Tamr".
const PLACE_NOUNS_BEFORE_OF: &[&str] = &[
    "village",
    "villages",
    "town",
    "towns",
    "city",
    "area",
    "areas",
    "district",
    "camp",
    "outskirts",
    "vicinity",
    "countryside",
    "region",
    "subdistrict",
    "neighbourhood",
    "neighborhood",
    "municipality",
    "governorate",
    "province",
];

/// Whether the word at `i` stands where a place's name stands: after a locative
/// preposition ("near Tera"), or after "of" that follows a place noun or a compass point
/// ("the town of Tera", "10 km south of Tera"). A given name there is a place's name.
fn in_place_position(tokens: &[Token<'_>], i: usize) -> bool {
    let Some(previous) = i.checked_sub(1).map(|p| &tokens[p]) else {
        return false;
    };
    if previous.shape != Shape::Lower {
        return false;
    }
    if previous.key == "of" {
        return i.checked_sub(2).is_some_and(|p| {
            let noun = tokens[p].key.as_str();
            tokens[p].shape == Shape::Lower
                && (PLACE_NOUNS_BEFORE_OF.contains(&noun) || COMPASS_POINTS.contains(noun))
        });
    }
    LOCATIVE_PREPOSITIONS.contains(&previous.key)
}

/// A run of up to three capitalised words, in a place's position (after a locative
/// preposition, "the village of", or "and" right after a place), whose skeleton is a
/// city's or a site's ("near Makhmour" → Makhmur, "Tel Tamr" → Tall Tamr).
fn loose_name_at(
    context: &Context<'_, '_>,
    first: usize,
    last_spot: Option<&Spot>,
) -> Option<Spot> {
    let tokens = context.tokens;
    let token = &tokens[first];
    if token.shape != Shape::Capitalized || first == 0 {
        return None;
    }
    let previous = &tokens[first - 1];
    let placed = match previous.key.as_str() {
        _ if previous.shape != Shape::Lower => false,
        "and" | "or" => last_spot.is_some_and(|s| s.end + 1 == first),
        // "the Tel Tamr countryside": checked below, where the name ends.
        "the" => true,
        _ => in_place_position(tokens, first),
    };
    // After "the", only a name that a place noun follows ("the Tel Tamr countryside",
    // not "the Tel Aviv government").
    let noun_follows = |end: usize| {
        previous.key != "the"
            || tokens
                .get(end)
                .is_some_and(|t| PLACE_NOUNS_BEFORE_OF.contains(&t.key.as_str()))
    };
    if !placed {
        return None;
    }
    let mut ends = Vec::new();
    let mut end = first + 1;
    while end <= tokens.len() && end - first <= 3 {
        ends.push(end);
        let Some(next) = tokens.get(end) else { break };
        let joins = matches!(next.gap, Gap::Space | Gap::Hyphen)
            && (next.shape == Shape::Capitalized
                || NAME_PARTICLES.contains(&next.key.as_str())
                    && tokens
                        .get(end + 1)
                        .is_some_and(|t| t.shape == Shape::Capitalized));
        if !joins {
            break;
        }
        end += if next.shape == Shape::Capitalized {
            1
        } else {
            2
        };
    }
    ends.into_iter()
        .rev()
        .filter(|&end| noun_follows(end))
        .find_map(|end| {
            let key: String = tokens[first..end].iter().map(|t| t.key.as_str()).collect();
            let mut refs = context.gazetteer.by_skeleton(&key);
            if refs.is_empty()
                && let Some(assimilated) = sun_letter_form(&key)
            {
                // "al-Suqaylabiyah" / As Suqaylibiyah.
                refs = context.gazetteer.by_skeleton(&assimilated);
            }
            if refs.is_empty() || refs.len() > 40 {
                return None;
            }
            let mut places: Vec<(PlaceId, bool)> = Vec::with_capacity(refs.len());
            for r in refs.iter() {
                match places.iter_mut().find(|(p, _)| *p == r.place) {
                    Some(found) => found.1 |= r.primary,
                    None => places.push((r.place, r.primary)),
                }
            }
            Some(Spot {
                first,
                end,
                candidates: places.iter().map(|p| p.0).collect(),
                primary: places.iter().map(|p| p.1).collect(),
                demonym: false,
                recognition: 0.6,
                admin1_hint: false,
                loose: true,
            })
        })
}

/// A month's name or abbreviation at `at`, then (past an abbreviation's full stop) a day
/// or a year.
fn starts_a_date(tokens: &[Token<'_>], at: usize) -> bool {
    if lexicon::month_number(&tokens[at].key).is_none() {
        return false;
    }
    let mut next = at + 1;
    if tokens
        .get(next)
        .is_some_and(|t| t.text == "." && t.gap == Gap::None)
    {
        next += 1;
    }
    tokens.get(next).is_some_and(|t| {
        t.shape == Shape::Number
            && t.text
                .parse::<u32>()
                .is_ok_and(|n| (1..=31).contains(&n) || (1800..=2200).contains(&n))
    })
}

/// Whether the tokens before `at` end a clock time: "p.m.", "a.m.", "4:00", "1530".
fn follows_clock_time(tokens: &[Token<'_>], at: usize) -> bool {
    let key = |i: usize| tokens.get(i).map_or("", |t| t.text);
    let mut end = at;
    if end > 0 && key(end - 1) == "." {
        end -= 1; // "p.m." is tokenised p . m .
    }
    let Some(before) = end.checked_sub(1).map(|i| &tokens[i]) else {
        return false;
    };
    let meridiem = matches!(before.key.as_str(), "am" | "pm")
        || before.key == "m"
            && end >= 3
            && key(end - 2) == "."
            && matches!(key(end - 3), "a" | "p");
    meridiem
        || before.text.len() >= 3
            && before.text.chars().all(|c| c.is_ascii_digit() || c == ':')
            && (before.text.contains(':') || before.text.len() == 4)
}

fn is_big_area(gazetteer: &Gazetteer, id: PlaceId) -> bool {
    matches!(
        gazetteer.place(id).kind,
        PlaceKind::Country | PlaceKind::Admin1 | PlaceKind::Region
    )
}

/// Lowercase function words that may stand inside a multi-word place name ("Stratford upon
/// Avon", "Ras al-Ain") but never end one: "Lamu East on Tuesday" is not Easton.
const NAME_CONNECTORS: &[&str] = &[
    "al", "el", "ad", "ar", "as", "ash", "at", "az", "an", "ez", "es", "ed", "ul", "bin", "of",
    "the", "de", "la", "le", "les", "du", "des", "del", "della", "di", "da", "do", "dos", "das",
    "upon", "on", "en", "sur", "am", "im", "an", "der", "den", "van", "von", "y", "e",
];

/// Lowercase feature nouns that may stand inside or end a multi-word place name ("Ain
/// al-Asad air base").
const NAME_NOUNS: &[&str] = &[
    "airport",
    "base",
    "air",
    "airbase",
    "garrison",
    "crossing",
    "field",
    "district",
    "camp",
    "province",
    "governorate",
    "region",
    "strip",
    "bank",
    "zone",
    "island",
    "islands",
    "mountains",
    "mountain",
    "river",
    "sea",
    "gulf",
    "valley",
    "lake",
    "city",
    "county",
    "state",
    "bay",
    "ocean",
    "desert",
    "port",
    "oil",
    "gas",
    "dam",
    "bridge",
    "square",
    "outpost",
    "border",
    "station",
    "support",
    "site",
    "village",
];

/// Words that never start a place name even when capitalised at a sentence start.
const NEVER_FIRST: &[&str] = &[
    "in", "we", "as", "the", "a", "an", "at", "on", "it", "he", "she", "they", "if", "so", "by",
    "to", "of", "and", "or", "but", "is", "was", "our", "my", "his", "her", "their", "for", "with",
    "from", "this", "that", "i", "you",
];

struct Context<'a, 't> {
    tokens: &'a [Token<'t>],
    gazetteer: &'a Gazetteer,
    sentence_start: &'a [bool],
    surnames: &'a Surnames,
    lowercase_words: &'a FxHashSet<&'a str>,
    dateline: Option<(usize, usize)>,
}

fn sentence_starts(len: usize, sentences: &[Sentence]) -> Vec<bool> {
    let mut starts = vec![false; len];
    for s in sentences {
        if let Some(flag) = starts.get_mut(s.first) {
            *flag = true;
        }
    }
    starts
}

fn can_start_name(tokens: &[Token<'_>], i: usize) -> bool {
    let token = &tokens[i];
    match token.shape {
        Shape::Capitalized | Shape::Upper => true,
        Shape::Lower => {
            NAME_PARTICLES.contains(&token.key.as_str())
                && tokens
                    .get(i + 1)
                    .is_some_and(|n| n.gap == Gap::Hyphen && n.is_cap())
        }
        _ => false,
    }
}

/// Words whose abbreviation starts place names and takes a period: "St. Louis", "Ft.
/// Worth", "Mt. Kenya", "Pt. Fortin".
const NAME_ABBREVIATIONS: &[&str] = &["st", "ste", "ft", "mt", "pt"];

/// Whether the token at `i` is the period of such an abbreviation inside a name: written
/// right after it and followed by a capitalised word ("St. Louis"), so the name reads on.
fn is_abbreviation_point(tokens: &[Token<'_>], i: usize) -> bool {
    tokens[i].text == "."
        && tokens[i].gap == Gap::None
        && i > 0
        && tokens[i - 1].shape == Shape::Capitalized
        && NAME_ABBREVIATIONS.contains(&tokens[i - 1].key.as_str())
        && tokens
            .get(i + 1)
            .is_some_and(|next| next.gap == Gap::Space && next.shape == Shape::Capitalized)
}

/// The longest run starting at `first` whose folded form is a gazetteer name.
fn longest_name_at(context: &Context<'_, '_>, first: usize, max_tokens: usize) -> Option<Spot> {
    let tokens = context.tokens;
    let mut key = String::new();
    let mut best = None;
    // "People's Republic of China": the name's first word is "peoples".
    let possessive_next = tokens
        .get(first + 1)
        .is_some_and(|t| t.gap == Gap::None && matches!(t.text, "'s" | "’s"));
    let starts_longer = context.gazetteer.starts_longer_name(&tokens[first].key)
        || possessive_next
            && context
                .gazetteer
                .starts_longer_name(&format!("{}s", tokens[first].key));
    let max_tokens = if starts_longer { max_tokens } else { 1 };
    for end in first + 1..=(first + max_tokens).min(tokens.len()) {
        let token = &tokens[end - 1];
        if end - 1 > first && is_abbreviation_point(tokens, end - 1) {
            // "St. Louis", "Ft. Worth", "Mt. Kenya": the name is spelt as "St Louis".
            continue;
        }
        if end - 1 > first
            && token.gap == Gap::None
            && matches!(token.text, "'s" | "’s")
            && tokens
                .get(end)
                .is_some_and(|next| next.gap == Gap::Space && next.is_cap())
        {
            // "People's Republic of China", "Lao People's Democratic Republic": a
            // possessive inside a name folds to "peoples".
            key.push('s');
            continue;
        }
        if end - 1 > first && (!token.is_word() || !matches!(token.gap, Gap::Space | Gap::Hyphen)) {
            break;
        }
        // "Port-au-Prince", "Mazar-i-Sharif": a lowercase word between hyphens, with a
        // capitalised word after, stands inside the name whatever its language.
        let hyphenated_particle = token.gap == Gap::Hyphen
            && tokens
                .get(end)
                .is_some_and(|n| n.gap == Gap::Hyphen && n.is_cap());
        if end - 1 > first
            && token.shape == Shape::Lower
            && !hyphenated_particle
            && !NAME_CONNECTORS.contains(&token.key.as_str())
            && !NAME_NOUNS.contains(&token.key.as_str())
        {
            break;
        }
        key.push_str(&token.key);
        let all_caps = tokens[first..end].iter().all(|t| t.shape == Shape::Upper);
        let mut refs: Vec<_> = context
            .gazetteer
            .by_name(&key)
            .iter()
            .filter(|r| !r.caps_only || all_caps)
            .collect();
        // A spelling we derived is an alternate, however the gazetteer lists it: it
        // must find support to beat a main name elsewhere.
        let mut derived = false;
        if refs.is_empty()
            && end - first > 1
            && let Some(assimilated) = sun_letter_form(&key)
        {
            refs = context.gazetteer.by_name(&assimilated).iter().collect();
            derived = true;
        }
        // "Umm al-Kef": a name does not end on the article of the word it is joined to.
        let cut_at_article = end - first > 1
            && NAME_PARTICLES.contains(&token.key.as_str())
            && tokens.get(end).is_some_and(|n| n.gap == Gap::Hyphen);
        let ends_on_connector = end - first > 1
            && token.shape == Shape::Lower
            && NAME_CONNECTORS.contains(&token.key.as_str());
        if !refs.is_empty()
            && (token.shape != Shape::Lower || end - first > 1)
            && !cut_at_article
            && !ends_on_connector
        {
            best = Some(Spot {
                first,
                end,
                candidates: refs.iter().map(|r| r.place).collect(),
                primary: refs.iter().map(|r| r.primary && !derived).collect(),
                demonym: false,
                recognition: 0.9,
                admin1_hint: false,
                loose: false,
            });
        }
    }
    best
}

/// "Operation Amani Boni", "Operation Euphrates Shield": the capitalised words after
/// "Operation" are the operation's name, whatever places they also spell.
fn names_an_operation(tokens: &[Token<'_>], first: usize) -> bool {
    let mut i = first;
    for _ in 0..4 {
        let Some(previous) = i.checked_sub(1).map(|p| &tokens[p]) else {
            return false;
        };
        if !matches!(tokens[i].gap, Gap::Space | Gap::Hyphen) || !previous.is_cap() {
            return false;
        }
        if previous.key == "operation" && previous.shape == Shape::Capitalized {
            return true;
        }
        i -= 1;
    }
    false
}

/// The Arabic article before a "sun letter" is said, and in the standard romanisation
/// written, as that letter: news writes "Al-Nuhud", "al-Shaddadi", "al-Raqqa" where
/// GeoNames has "An Nuhud", "Ash Shaddadi", "Ar Raqqah". The folded key of the
/// assimilated spelling, when `key` starts with the article before such a letter.
fn sun_letter_form(key: &str) -> Option<String> {
    const SUN: &[&str] = &["sh", "th", "dh", "t", "d", "r", "z", "s", "n"];
    let rest = key.strip_prefix("al").or_else(|| key.strip_prefix("el"))?;
    let sun = SUN.iter().find(|sun| rest.starts_with(**sun))?;
    Some(format!("a{sun}{rest}"))
}

fn demonym_at(context: &Context<'_, '_>, i: usize) -> Option<Spot> {
    let token = &context.tokens[i];
    if !token.is_cap() || token.shape == Shape::Upper && token.text.chars().count() <= 3 {
        return None;
    }
    let places = context.gazetteer.by_demonym(&token.key);
    if places.is_empty() {
        return None;
    }
    Some(Spot {
        first: i,
        end: i + 1,
        candidates: places.to_vec(),
        primary: vec![true; places.len()],
        demonym: true,
        recognition: 0.85,
        admin1_hint: false,
        loose: false,
    })
}

impl Context<'_, '_> {
    /// Keeps a spot that names a place, with its recognition confidence; drops one that is
    /// more likely an ordinary word, an acronym or a person.
    fn vet(&self, mut spot: Spot) -> Option<Spot> {
        let tokens = self.tokens;
        let first = &tokens[spot.first];
        let last = &tokens[spot.end - 1];
        let single = spot.end - spot.first == 1;
        let in_dateline = self
            .dateline
            .is_some_and(|(s, e)| first.start >= s && last.end <= e);
        let big_area = spot.candidates.iter().any(|&id| {
            matches!(
                self.gazetteer.place(id).kind,
                PlaceKind::Country | PlaceKind::Admin1 | PlaceKind::Region
            )
        });
        if single && first.shape == Shape::Upper && !in_dateline {
            let letters = first.text.chars().filter(|c| c.is_alphabetic()).count();
            let abbreviation = first.text.contains('.') || spot.candidates.len() == 1 && big_area;
            if letters <= 4 && !abbreviation && !self.is_caps_alias(&spot) {
                return None;
            }
        }
        let full_key: String = tokens[spot.first..spot.end]
            .iter()
            .map(|t| t.key.as_str())
            .collect();
        // "the village of Bali Busle": after "<place noun> of", a name goes on through
        // the capitalised words that follow; a known place that is only its first word
        // is not that place (the village is one the gazetteer lacks).
        let name_goes_on = tokens.get(spot.end).is_some_and(|next| {
            next.gap == Gap::Space
                && next.shape == Shape::Capitalized
                && !TITLE_WORDS.contains(&next.key)
                && !ORGANISATION_HEADS.contains(&next.key)
        });
        if name_goes_on
            && spot.first >= 2
            && tokens[spot.first - 1].key == "of"
            && PLACE_NOUNS_BEFORE_OF.contains(&tokens[spot.first - 2].key.as_str())
            && tokens[spot.first - 2].shape == Shape::Lower
        {
            return None;
        }
        // "The Hague", "The Gambia": a name whose article is part of it, as the
        // gazetteer's main name and capitalised in the text, may start with "The".
        // A capitalised word after it makes it part of a longer name ("The Colony
        // Theatre").
        let article_in_name = first.key == "the"
            && spot.primary.iter().any(|&p| p)
            && tokens[spot.first..spot.end].iter().all(|t| t.is_cap())
            && tokens.get(spot.end).is_none_or(|t| !t.is_cap());
        // "in As Suwayda", "in An Najaf", "As-Sanamayn": the Arabic article spelt like an
        // English word starts a name inside a sentence or hyphenated to it ("As Syria
        // burns" opens a sentence).
        let arabic_article = NAME_PARTICLES.contains(&first.key.as_str())
            && (tokens
                .get(spot.first + 1)
                .is_some_and(|t| t.gap == Gap::Hyphen)
                || !self.sentence_start.get(spot.first).copied().unwrap_or(true));
        if NEVER_PLACES.contains(&full_key)
            || lexicon::WEAPON_SYSTEMS.contains(&full_key)
            || (!single
                && NEVER_FIRST.contains(&first.key.as_str())
                && !article_in_name
                && !arabic_article)
        {
            return None;
        }
        if single && self.surnames.strong.contains(first.key.as_str()) {
            return None;
        }
        if names_an_operation(tokens, spot.first) {
            return None;
        }
        // "Nov. 11", "March 5", "May 2024": a date, not the town of Nov or May.
        if single && !big_area && starts_a_date(tokens, spot.first) {
            return None;
        }
        // "4:00 p.m. EST", "0300 GMT": a time zone after a clock time, not a town (nor
        // "Eston" out of "EST on").
        if first.shape == Shape::Upper && follows_clock_time(tokens, spot.first) {
            return None;
        }
        // "Al", "Ash" alone are articles of a longer name ("Ash Shaddadi"), and "Jebel",
        // "Wadi", "Tal" alone are words for a mountain, a valley, a hill: never a place.
        if single
            && !big_area
            && (NAME_PARTICLES.contains(&first.key.as_str())
                || lexicon::GEOGRAPHIC_TERMS.contains(&first.key))
        {
            return None;
        }
        if continues_an_al_chain(tokens, spot.first) {
            return None;
        }
        // A province named like a person ("Mary", "Nelson") yields to a person's name in
        // the person tests below; a country ("Jordan Peterson" aside) does not.
        let nation = spot.candidates.iter().any(|&id| {
            matches!(
                self.gazetteer.place(id).kind,
                PlaceKind::Country | PlaceKind::Region
            )
        });
        if single && !nation && !in_dateline && names_a_person(tokens, spot.first) {
            return None;
        }
        if single && !big_area && self.surnames.weak.contains(first.key.as_str()) {
            return None;
        }
        let previous = spot.first.checked_sub(1).map(|p| &tokens[p]);
        let next = tokens.get(spot.end);
        // "the Jordan Valley", "the Congo River", "the Niger Delta": a country's name
        // before a capitalised landform word names the landform (a name the gazetteer
        // knows whole would have been spotted whole), not the country.
        let names_a_landform = next.is_some_and(|n| {
            n.gap == Gap::Space
                && n.shape == Shape::Capitalized
                && lexicon::LANDFORMS.contains(&n.key)
        });
        if nation && names_a_landform {
            return None;
        }
        if let Some(previous) = previous {
            let joined = first.gap == Gap::Space && previous.shape == Shape::Capitalized;
            if joined && lexicon::is_given_name(&previous.key) && !nation {
                return None;
            }
            if first.gap == Gap::Space
                && matches!(
                    previous.key.as_str(),
                    "mr" | "mrs" | "ms" | "dr" | "sen" | "rep"
                )
            {
                return None;
            }
        }
        if let Some(next) = next {
            // "Balad Air Base", "Tulkarm Camp": a facility named after its town.
            let facility = matches!(
                next.key.as_str(),
                "air" | "airport" | "airbase" | "airfield" | "base" | "camp" | "dam" | "refinery"
            );
            let next_is_name = next.gap == Gap::Space
                && next.shape == Shape::Capitalized
                && !facility
                && !lexicon::DIVISION_WORDS.contains(&next.key)
                && !ORGANISATION_HEADS.contains(&next.key)
                && !TITLE_WORDS.contains(&next.key)
                && self.gazetteer.by_name(&next.key).is_empty();
            if single && next_is_name && lexicon::is_given_name(&first.key) {
                return None;
            }
            // "Nur Shams", "Alma al-Shaab": a small place's name followed by another
            // capitalised word the gazetteer does not know is the start of a longer name.
            let small = spot.candidates.iter().all(|&id| {
                let place = self.gazetteer.place(id);
                place.kind == PlaceKind::City && place.population < 500_000
            });
            if single && small && next_is_name && !in_dateline {
                return None;
            }
            if single
                && !nation
                && next.gap == Gap::Space
                && next.shape == Shape::Capitalized
                && !crate::lexicon::ADMIN1_SUFFIXES.contains(&next.key)
                && lexicon::is_given_name(&first.key)
            {
                return None;
            }
            // "Ben-Gvir", "Iskander-M": a word hyphenated to a capitalised word that is no
            // place is half of a compound name ("Baghdad-Erbil" joins two places).
            if single
                && !big_area
                && !in_dateline
                && next.gap == Gap::Hyphen
                && next.is_cap()
                && self.gazetteer.by_name(&next.key).is_empty()
            {
                return None;
            }
            spot.admin1_hint =
                next.gap == Gap::Space && crate::lexicon::ADMIN1_SUFFIXES.contains(&next.key);
        }
        // "Ust-Luga", "Kfar-Aza": a word hyphenated after a capitalised word that is no
        // place (nor an article, as in "Al-Hasakah") ends a compound name.
        let ends_a_compound = previous.is_some_and(|p| {
            first.gap == Gap::Hyphen
                && p.is_cap()
                && !NAME_PARTICLES.contains(&p.key.as_str())
                && !lexicon::GEOGRAPHIC_TERMS.contains(&p.key)
                && self.gazetteer.by_name(&p.key).is_empty()
        });
        if single && !big_area && !in_dateline && ends_a_compound {
            return None;
        }
        // "the province of Idlib", "the governorates of Erbil and Duhok" say the same.
        let division_of = spot.first >= 2
            && tokens[spot.first - 1].key == "of"
            && crate::lexicon::ADMIN1_SUFFIXES.contains(&tokens[spot.first - 2].key)
            && tokens[spot.first - 2].shape == Shape::Lower;
        spot.admin1_hint |= division_of;
        let listed = listed_before_divisions(tokens, spot.end);
        spot.admin1_hint |= listed.is_some();
        let division_word = if division_of {
            tokens.get(spot.first - 2).map(|t| t.key.as_str())
        } else {
            listed.or(next.filter(|n| n.gap == Gap::Space).map(|t| t.key.as_str()))
        };
        if division_word.is_some_and(|w| lexicon::DIVISION_NAME_ENDINGS.contains(&w)) {
            self.add_divisions_named_by_stem(&mut spot, &full_key);
        }
        // "the North region": a name that ends in its division word is also every
        // division named by the words before it ("North" is Burkina Faso's Nord as well
        // as Cameroon's North Region); the article's other places choose.
        // Only where the whole name is a division already: "Kurdistan Region" is no
        // province of Iran.
        let names_divisions_only = !spot.candidates.is_empty()
            && spot
                .candidates
                .iter()
                .all(|&id| self.gazetteer.place(id).kind == PlaceKind::Admin1);
        if names_divisions_only
            && spot.end - spot.first > 1
            && lexicon::DIVISION_NAME_ENDINGS.contains(&tokens[spot.end - 1].key.as_str())
        {
            let stem: String = tokens[spot.first..spot.end - 1]
                .iter()
                .map(|t| t.key.as_str())
                .collect();
            self.add_divisions_named(&mut spot, &stem);
        }
        // "Khor Mor": the second word of a name the gazetteer does not know, after a
        // capitalised word that is no place, title, name head or sentence start.
        let after_unknown_name_word = previous.is_some_and(|p| {
            p.shape == Shape::Capitalized
                && first.gap == Gap::Space
                && !self
                    .sentence_start
                    .get(spot.first - 1)
                    .copied()
                    .unwrap_or(true)
                && !TITLE_WORDS.contains(&p.key)
                && !ORGANISATION_HEADS.contains(&p.key)
                && !lexicon::is_given_name(&p.key)
                && self.gazetteer.by_name(&p.key).is_empty()
                && self.gazetteer.by_demonym(&p.key).is_empty()
                && !NEVER_FIRST.contains(&p.key.as_str())
        });
        let small_place = spot.candidates.iter().all(|&id| {
            let place = self.gazetteer.place(id);
            place.is_point() && place.population < 500_000
        });
        // "Tal Juma", "Umm al-Kef": after a landform word (a small place only: "Wadi
        // Hadramawt" is in Hadramawt; any place after a village's word), or after the
        // article of a capitalised word, a word is the end of a longer name (not Yuma, not
        // El Kef).
        let ends_a_longer_name = previous.is_some_and(|p| {
            let landform = p.shape == Shape::Capitalized
                && first.gap == Gap::Space
                && lexicon::GEOGRAPHIC_TERMS.contains(&p.key);
            let after_article = first.gap == Gap::Hyphen
                && NAME_PARTICLES.contains(&p.key.as_str())
                && spot.first >= 2
                && tokens[spot.first - 2].is_cap()
                && tokens[spot.first - 1].gap == Gap::Space;
            // "Kafr Halab", "Deir Hafer": a village's word before a city's name makes a
            // village of its own, however big the city.
            let village_word = lexicon::SETTLEMENT_PREFIXES.contains(&p.key);
            // "Arab Salim", "Arab al-Aramshe": a people's name right before a small
            // place's name starts a village's name (English puts the article before the
            // demonym: "the Kurdish town of Kobani").
            let after_demonym = p.shape == Shape::Capitalized
                && first.gap == Gap::Space
                && small_place
                && !self.gazetteer.by_demonym(&p.key).is_empty();
            (landform && (small_place || village_word) || after_article || after_demonym) && !nation
        });
        if single && (small_place && after_unknown_name_word || ends_a_longer_name) && !in_dateline
        {
            return None;
        }
        let after_preposition = in_place_position(tokens, spot.first);
        let largest_population = spot
            .candidates
            .iter()
            .map(|&id| self.gazetteer.place(id).population)
            .max()
            .unwrap_or(0);
        let personal_name = lexicon::is_given_name(&first.key) || lexicon::is_surname(&first.key);
        if single
            && !big_area
            && !after_preposition
            && !in_dateline
            && personal_name
            && largest_population < 100_000
        {
            return None;
        }
        if single && !in_dateline && self.gazetteer.is_common_word(&first.key) && !big_area {
            let before_comma_place = next.is_some_and(|n| n.text == ",")
                && tokens
                    .get(spot.end + 1)
                    .is_some_and(|n| n.is_cap() && !self.gazetteer.by_name(&n.key).is_empty());
            let used_as_word = self.lowercase_words.contains(first.key.as_str());
            let at_sentence_start = self
                .sentence_start
                .get(spot.first)
                .copied()
                .unwrap_or(false);
            if used_as_word || at_sentence_start || !(after_preposition || before_comma_place) {
                return None;
            }
            spot.recognition = 0.6;
        }
        if in_dateline {
            spot.recognition = 0.97;
        }
        Some(spot)
    }

    /// "the Voronezh region", "Krasnodar krai", "the province of Nineveh": the text names a
    /// first-level division by its stem, which the gazetteer lists only with the division
    /// word ("Voronezh Oblast", "Krasnodar Krai"). Those divisions become candidates.
    fn add_divisions_named_by_stem(&self, spot: &mut Spot, stem_key: &str) {
        let is_division = |id: PlaceId| self.gazetteer.place(id).kind == PlaceKind::Admin1;
        if spot.candidates.iter().any(|&id| is_division(id)) {
            return;
        }
        let mut key = String::with_capacity(stem_key.len() + 12);
        for ending in lexicon::DIVISION_NAME_ENDINGS {
            key.clear();
            key.push_str(stem_key);
            key.push_str(ending);
            self.add_divisions_named(spot, &key);
        }
    }

    /// Adds the first-level divisions named `key` (folded) to the spot's candidates.
    fn add_divisions_named(&self, spot: &mut Spot, key: &str) {
        for reference in self.gazetteer.by_name(key).iter() {
            let place = reference.place;
            if self.gazetteer.place(place).kind == PlaceKind::Admin1
                && !spot.candidates.contains(&place)
            {
                spot.candidates.push(place);
                spot.primary.push(false);
            }
        }
    }

    fn is_caps_alias(&self, spot: &Spot) -> bool {
        let key = &self.tokens[spot.first].key;
        self.gazetteer
            .by_name(key)
            .iter()
            .any(|r| r.caps_only && spot.candidates.contains(&r.place))
    }
}

/// "Sheikh Meshal al-Ahmad al-Jaber al-Sabah": a word after "al-" that follows another
/// "al-" name is a link of a person's lineage, not the Sabah region (place names hardly
/// chain two "al-" words; "Qasr al-Hayr al-Gharbi" is one name the gazetteer lists whole).
fn continues_an_al_chain(tokens: &[Token<'_>], i: usize) -> bool {
    let article = |k: usize| matches!(tokens[k].key.as_str(), "al" | "el");
    i >= 4
        && tokens[i].gap == Gap::Hyphen
        && article(i - 1)
        && tokens[i - 1].gap == Gap::Space
        && tokens[i - 2].shape == Shape::Capitalized
        && tokens[i - 2].gap == Gap::Hyphen
        && article(i - 3)
        && tokens[i - 4].is_cap()
}

/// Whether the capitalised word at `i` is a person's name by how it is used: "Aya, 19,"
/// (a name with an age), "their son Basel", "his daughter Aya", "Hamid al-Darwish",
/// "Hamza Abu Shanab", "Saman was killed".
fn names_a_person(tokens: &[Token<'_>], i: usize) -> bool {
    let next = |k: usize| tokens.get(i + k);
    let with_age = next(1).is_some_and(|t| t.text == ",")
        && next(2).is_some_and(|t| {
            t.shape == Shape::Number
                && t.text.len() <= 3
                && t.text.bytes().all(|b| b.is_ascii_digit())
        })
        && next(3).is_none_or(|t| matches!(t.text, "," | ")" | ";" | "."));
    let kin_before = i
        .checked_sub(1)
        .is_some_and(|p| lexicon::KINSHIP_WORDS.contains(&tokens[p].key));
    let name_particle_after = next(1).is_some_and(|t| {
        t.gap == Gap::Space
            && (matches!(t.key.as_str(), "abu" | "bin" | "ibn" | "bint" | "ben")
                || matches!(t.key.as_str(), "al" | "el")
                    && next(2).is_some_and(|n| n.gap == Gap::Hyphen && n.is_cap()))
    });
    let victim = next(1).is_some_and(|t| matches!(t.key.as_str(), "was" | "were"))
        && next(2).is_some_and(|t| {
            matches!(
                t.key.as_str(),
                "killed" | "injured" | "wounded" | "martyred" | "hurt" | "arrested" | "born"
            )
        });
    // "Ms. Kamikawa Yoko", "Mr. Park Jin": up to three capitalised words after an
    // honorific (with or without its period) are a person's names.
    let after_honorific = {
        let mut j = i;
        let mut steps = 0;
        while j > 0 && steps < 2 && tokens[j - 1].shape == Shape::Capitalized {
            if lexicon::HONORIFICS.contains(&tokens[j - 1].key) {
                break;
            }
            j -= 1;
            steps += 1;
        }
        if j > 0 && tokens[j - 1].text == "." {
            j -= 1;
        }
        j > 0 && lexicon::HONORIFICS.contains(&tokens[j - 1].key) && tokens[j - 1].is_cap()
    };
    with_age || kin_before || name_particle_after || victim || after_honorific
}

/// Surnames of people named in the text, so that a later bare "Austin" is not Texas.
#[derive(Default)]
struct Surnames {
    /// After a known given name, an initial or a title ("Lloyd Austin"): even a country
    /// name is a surname there ("Michael Jordan").
    strong: FxHashSet<String>,
    /// Second word of a two-word capitalised run that is not a place ("Conor McGregor",
    /// "Boris Johnson"): only small places are ruled out by these.
    weak: FxHashSet<String>,
}

fn person_surnames(
    tokens: &[Token<'_>],
    gazetteer: &Gazetteer,
    sentence_start: &[bool],
) -> Surnames {
    let mut surnames = Surnames::default();
    for i in 1..tokens.len() {
        let (previous, token) = (&tokens[i - 1], &tokens[i]);
        if token.shape != Shape::Capitalized
            || token.gap != Gap::Space
            || next_is_capitalized(tokens, i)
        {
            continue;
        }
        let after_given_name = previous.shape == Shape::Capitalized
            && lexicon::is_given_name(&previous.key)
            && !TITLE_WORDS.contains(&token.key);
        let after_initial = previous.shape == Shape::Punct
            && previous.text == "."
            && i >= 2
            && tokens[i - 2].shape == Shape::Initial;
        if after_given_name || after_initial {
            surnames.strong.insert(token.key.to_string());
            continue;
        }
        let pair_key = format!("{}{}", previous.key, token.key);
        // "Though London's total", "With Samos's economy": a word capitalised only
        // because it opens the sentence is no given name.
        let opens_sentence = sentence_start.get(i - 1).copied().unwrap_or(false);
        let previous_is_plain_word = previous.shape == Shape::Capitalized
            && !TITLE_WORDS.contains(&previous.key)
            && !ORGANISATION_HEADS.contains(&previous.key)
            && !NEVER_PLACES.contains(&previous.key)
            && (!opens_sentence || lexicon::is_given_name(&previous.key))
            && !ORGANISATION_HEADS.contains(&token.key)
            && gazetteer.by_name(&previous.key).is_empty()
            && gazetteer.by_demonym(&previous.key).is_empty()
            && gazetteer.by_name(&pair_key).is_empty();
        let before_previous_is_capitalized =
            i >= 2 && tokens[i - 1].gap == Gap::Space && tokens[i - 2].is_cap();
        if previous_is_plain_word && !before_previous_is_capitalized {
            surnames.weak.insert(token.key.to_string());
        }
    }
    surnames
}

fn next_is_capitalized(tokens: &[Token<'_>], i: usize) -> bool {
    tokens
        .get(i + 1)
        .is_some_and(|n| n.gap == Gap::Space && n.shape == Shape::Capitalized)
}
