//! Resolution: one gazetteer entry per spotted name.
//!
//! Score of a candidate = its importance (log population, feature rank: country, capital,
//! division seat; curated sites) + agreement with the article (share of the article's
//! confident mentions in the same country and division, nearness to them, the dateline's
//! country) + explicit qualifiers ("Paris, Texas"; "Idlib province"). Two passes: the first
//! uses importance and the dateline only and fixes the context, the second rescored with it.

use rustc_hash::FxHashMap;

use super::spot::Spot;
use crate::article::Article;
use crate::gazetteer::{Gazetteer, Place, PlaceId, PlaceKind};
use crate::lexicon::organisations::NamedOrganisation;
use crate::text::{Gap, Shape, Token};

/// One gazetteer entry a name could be, with its score.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Candidate {
    pub place: PlaceId,
    pub parts: ScoreParts,
}

impl Candidate {
    pub fn score(&self) -> f32 {
        self.parts.total()
    }

    /// Why this candidate scored what it did, one short phrase per term that counted,
    /// with the points it gave ("population 932,800 (+6.0)", "35 km from Erbil (+0.87)").
    pub fn reasons(&self, gazetteer: &Gazetteer) -> Vec<String> {
        let place = gazetteer.place(self.place);
        let p = &self.parts;
        let rank = match (place.kind, place.feature_code) {
            (PlaceKind::Country, _) => ", a country",
            (PlaceKind::Region, _) => ", a region",
            (PlaceKind::City, "PPLC") => ", a capital",
            (PlaceKind::City, "PPLA") => ", a province seat",
            (PlaceKind::City, "PPLA2") => ", a district seat",
            (PlaceKind::Site, _) if place.source_id.starts_with('c') => ", a curated site",
            _ => "",
        };
        let size = match (place.population, place.kind) {
            (0, PlaceKind::Country) => "a country".to_owned(),
            (0, PlaceKind::Admin1) => "a province (no population on record)".to_owned(),
            (0, PlaceKind::Region) if place.is_district() => "a district".to_owned(),
            (0, PlaceKind::Region) => "a region".to_owned(),
            (0, PlaceKind::Site) if rank.is_empty() => "a site".to_owned(),
            (0, PlaceKind::Site) => rank.trim_start_matches(", ").to_owned(),
            (0, PlaceKind::City) => "no population on record".to_owned(),
            (n, PlaceKind::Country | PlaceKind::Region) => format!("population {}", thousands(n)),
            (n, _) => format!("population {}{rank}", thousands(n)),
        };
        let mut reasons = vec![format!("{size} ({:+.1})", p.importance)];
        if p.primary > 0.0 {
            reasons.push(format!("main name ({:+.1})", p.primary));
        } else {
            reasons.push("alternate spelling (+0)".to_owned());
        }
        if p.context > 0.05 {
            reasons.push(format!(
                "same country/province as the article's other places ({:+.1})",
                p.context
            ));
        }
        if p.dateline > 0.0 {
            reasons.push(format!("in the dateline's country ({:+.1})", p.dateline));
        }
        if let Some((anchor, km)) = p.nearest {
            reasons.push(format!(
                "{} km from {} ({:+.2})",
                thousands(km.round() as u64),
                gazetteer.place(anchor).name,
                p.nearness
            ));
        }
        if p.qualifier != 0.0 {
            reasons.push(format!(
                "inside the place named after the comma ({:+.1})",
                p.qualifier
            ));
        }
        if p.hint != 0.0 {
            reasons.push(format!("\"province\" follows the name ({:+.1})", p.hint));
        }
        if p.named != 0.0 {
            reasons.push(format!(
                "the article names it by another name too ({:+.1})",
                p.named
            ));
        }
        if p.in_named_division != 0.0 {
            reasons.push(format!(
                "in a province the article names as one ({:+.1})",
                p.in_named_division
            ));
        }
        reasons
    }
}

/// 932800 -> "932,800".
fn thousands(n: u64) -> String {
    let digits = n.to_string();
    let mut out = String::with_capacity(digits.len() + digits.len() / 3);
    for (i, c) in digits.chars().enumerate() {
        if i > 0 && (digits.len() - i).is_multiple_of(3) {
            out.push(',');
        }
        out.push(c);
    }
    out
}

/// A spot with its scored candidates, best first.
#[derive(Clone, Debug)]
pub(super) struct Resolved {
    pub spot: Spot,
    pub scored: Vec<Candidate>,
    pub confidence: f32,
}

/// Where the article is: weights per country and per first-level division.
#[derive(Default)]
struct ArticleContext {
    countries: FxHashMap<&'static str, f32>,
    divisions: FxHashMap<(&'static str, &'static str), f32>,
    total: f32,
    anchors: super::anchors::Anchors,
    dateline_country: Option<&'static str>,
    /// Entries the first pass placed confidently, with the spelling that named them
    /// (`NAMED_BY_SEVERAL` when more than one did).
    named: FxHashMap<PlaceId, usize>,
    /// First-level divisions the text itself names as divisions or at the head of a line
    /// ("Kherson oblast: shelling on Stanislav"), with the spelling that named them: a
    /// story names the province to say where its small places are.
    named_divisions: Vec<NamedDivision>,
    /// Countries of the office holders the text names ("President Erdogan": TR). Kept
    /// apart from `countries`: they keep a town's main name in play, not a stray
    /// alternate spelling ("Adams", a name of a Chinese town, in a story that quotes Xi).
    /// Read only when a town is about to be dropped, so most articles never scan for them.
    leader_countries: std::cell::OnceCell<Vec<&'static str>>,
}

/// A first-level division the article names: (country, admin1 code, spelling).
type NamedDivision = (&'static str, &'static str, usize);

/// In [`ArticleContext::named`]: the entry was named by more than one spelling.
const NAMED_BY_SEVERAL: usize = usize::MAX;

impl ArticleContext {
    fn add(&mut self, place: &Place, weight: f32) {
        if place.country_code.is_empty() {
            return;
        }
        *self.countries.entry(place.country_code).or_default() += weight;
        if !place.admin1.is_empty() && place.kind != PlaceKind::Country {
            *self
                .divisions
                .entry((place.country_code, place.admin1))
                .or_default() += weight;
        }
        self.total += weight;
    }

    /// Support for `country` that is not a place the text names: it keeps that country's
    /// places at home but adds nothing to [`Self::total`], so it makes no other place look
    /// out of the article's region.
    fn support(&mut self, country: &'static str, weight: f32) {
        *self.countries.entry(country).or_default() += weight;
    }

    /// Whether another spelling than `spelling` named `place` confidently: "Wash." then
    /// "Washington", "Kurdistan Region" then "Kurdistan" are one place, so the later,
    /// ambiguous name takes the entry the article already settled on.
    fn named_by_another_spelling(&self, place: PlaceId, spelling: usize) -> bool {
        self.named
            .get(&place)
            .is_some_and(|&by| by != spelling || by == NAMED_BY_SEVERAL)
    }

    /// Whether a spelling other than `spelling` names `place`'s first-level division: the
    /// name of a province does not lift the same-named town ("Nariño: clashes in rural
    /// Barbacoas" names the department, not the town Nariño).
    fn names_division_of(&self, place: &Place, spelling: usize) -> bool {
        !place.admin1.is_empty()
            && self.named_divisions.iter().any(|&(cc, admin1, by)| {
                cc == place.country_code && admin1 == place.admin1 && by != spelling
            })
    }

    fn country_share(&self, place: &Place) -> f32 {
        self.country_share_besides(place, None)
    }

    /// Share of the article's weight in `place`'s country, leaving out what the spot being
    /// ranked added itself (`own`): a name is no support for its own reading ("Bethlehem"
    /// read first as Belém, Brazil, must not keep Belém against Ramallah next to it).
    fn country_share_besides(&self, place: &Place, own: Option<&OwnWeight>) -> f32 {
        let own_total = own.map_or(0.0, |o| o.weight);
        let total = self.total - own_total;
        if total <= 0.0 {
            return 0.0;
        }
        let own_here = own
            .filter(|o| o.country == place.country_code)
            .map_or(0.0, |o| o.weight);
        (self
            .countries
            .get(place.country_code)
            .copied()
            .unwrap_or(0.0)
            - own_here)
            .clamp(0.0, total)
            / total
    }

    /// The same for `place`'s first-level division.
    fn division_share_besides(&self, place: &Place, own: Option<&OwnWeight>) -> f32 {
        let own_total = own.map_or(0.0, |o| o.weight);
        let total = self.total - own_total;
        if total <= 0.0 || place.admin1.is_empty() {
            return 0.0;
        }
        let key = (place.country_code, place.admin1);
        let own_here = own
            .filter(|o| o.division == Some(key))
            .map_or(0.0, |o| o.weight);
        (self.divisions.get(&key).copied().unwrap_or(0.0) - own_here).clamp(0.0, total) / total
    }
}

/// What the spots of one spelling added to the article context: the weight, in the
/// country (and first-level division) of the place they were read as in the first pass.
#[derive(Clone, Copy, Debug)]
struct OwnWeight {
    country: &'static str,
    division: Option<(&'static str, &'static str)>,
    weight: f32,
}

/// Importance of an entry before any context: about log10 of its population, plus rank.
/// A province with no population on record counts as half a million people, or its
/// country's mean province population when that is smaller (one of Puerto Rico's 78
/// municipios is not a US state; a bigger country's provinces get no boost over its
/// cities of the same name).
fn importance(place: &Place, gazetteer: &Gazetteer) -> f32 {
    let population = match (place.population, place.kind) {
        (0, PlaceKind::Country) => 1e6,
        (0, PlaceKind::Admin1) => gazetteer
            .province_population(place.country_code)
            .filter(|&p| p > 0)
            .map_or(5e5, |p| (p as f64).min(5e5)),
        // A district with no member town on record is a small one, not a world region.
        (0, PlaceKind::Region) if place.is_district() => 2e4,
        (0, PlaceKind::Region) => 1e7,
        (0, PlaceKind::Site) => 2e4,
        (0, PlaceKind::City) => 1e3,
        (p, _) => p as f64,
    };
    let rank = match (place.kind, place.feature_code) {
        (PlaceKind::Country, _) => 2.0,
        (PlaceKind::Region, "ADM2") => 0.2,
        (PlaceKind::Region, _) => 1.0,
        (PlaceKind::Admin1, _) => 0.3,
        (PlaceKind::City, "PPLC") => 1.0,
        (PlaceKind::City, "PPLA") => 0.5,
        (PlaceKind::City, "PPLA2") => 0.2,
        (PlaceKind::Site, _) if place.source_id.starts_with('c') => 1.5,
        _ => 0.0,
    };
    (population.max(1.0).log10() as f32) + rank
}

/// Why a candidate scored what it did: each term of its score, so the app can show the
/// user why one "Harir" beat another.
#[derive(Clone, Copy, Debug, Default, PartialEq)]
pub struct ScoreParts {
    /// log10 of the population plus a rank bonus (country, capital, seat, curated site).
    pub importance: f32,
    /// The name is the entry's main name, not an alternate spelling.
    pub primary: f32,
    /// Share of the article's places in the same country and first-level division.
    pub context: f32,
    /// The entry is in the dateline's country.
    pub dateline: f32,
    /// Nearness to the closest confidently placed other place of the article.
    pub nearness: f32,
    /// Distance in km to that place, and which place it is.
    pub nearest: Option<(PlaceId, f32)>,
    /// "Paris, Texas": inside the place named right after a comma.
    pub qualifier: f32,
    /// "Idlib province" favours the division, and disfavours a same-named city.
    pub hint: f32,
    /// Another name in the article was confidently placed at this entry.
    pub named: f32,
    /// The entry is a town or site in a first-level division the article names.
    pub in_named_division: f32,
}

impl ScoreParts {
    /// The score candidates are ranked by.
    pub fn total(&self) -> f32 {
        self.importance
            + self.primary
            + self.context
            + self.dateline
            + self.nearness
            + self.qualifier
            + self.hint
            + self.named
            + self.in_named_division
    }
}

/// How much a candidate gains when another spelling in the article named it.
const NAMED_ELSEWHERE: f32 = 1.5;

/// How much a town gains when the article names its first-level division: enough for a
/// village of the named oblast to beat a city elsewhere that lists its name as an
/// alternate spelling (Stanislav in Kherson oblast, not the old name of Ivano-Frankivsk).
const IN_NAMED_DIVISION: f32 = 2.5;

/// The spelling a spot is read under: its index among the article's spellings, and what
/// its own spots added to the context (left out when ranking it, so a name is no support
/// for its own reading).
#[derive(Clone, Copy)]
struct Spelling<'a> {
    index: usize,
    own: Option<&'a OwnWeight>,
}

fn score(
    (id, primary): (PlaceId, bool),
    spot: &Spot,
    Spelling {
        index: spelling,
        own,
    }: Spelling<'_>,
    context: &ArticleContext,
    gazetteer: &Gazetteer,
    qualifier: Option<&Place>,
) -> ScoreParts {
    let place = gazetteer.place(id);
    let mut parts = ScoreParts {
        importance: importance(place, gazetteer),
        // A name of several words is specific: the entry it is the main name of beats one
        // that lists it among alternates ("Bilhorod-Dnistrovskyi", not Belgorod, whose
        // GeoNames alternates include it).
        primary: match (primary, spot.end - spot.first > 1) {
            (false, _) => 0.0,
            (true, false) => 0.5,
            (true, true) => 1.5,
        },
        context: 2.5 * context.country_share_besides(place, own)
            + 1.5 * context.division_share_besides(place, own),
        ..ScoreParts::default()
    };
    if context.dateline_country == Some(place.country_code) {
        parts.dateline = 0.7;
    }
    if let Some((anchor, nearest)) = context.anchors.nearest(place, gazetteer) {
        parts.nearness = (-(nearest / 250.0)).exp() as f32;
        parts.nearest = Some((anchor, nearest as f32));
    }
    if let Some(qualifier) = qualifier
        && lies_in(place, qualifier)
    {
        parts.qualifier = 4.0;
    }
    if context.named_by_another_spelling(id, spelling) {
        parts.named = NAMED_ELSEWHERE;
    }
    if matches!(place.kind, PlaceKind::City | PlaceKind::Site)
        && context.names_division_of(place, spelling)
    {
        parts.in_named_division = IN_NAMED_DIVISION;
    }
    match place.kind {
        PlaceKind::Admin1 if spot.admin1_hint => parts.hint = 3.0,
        PlaceKind::City if spot.admin1_hint => parts.hint = -0.5,
        _ => {}
    }
    parts
}

/// The area the text says a place lies in: "Paris, Texas", "Erbil, Iraq", "Al-Atareb
/// (Jebel Saman, Aleppo)", "the Gare area of Amedi district", "a village in Hays district
/// (Al Hudaydah)". `strict` when the text states it beyond doubt (brackets, or a division
/// word: "district", "province"): then a candidate outside the area is not the place.
struct Qualifier<'g> {
    area: &'g Place,
    strict: bool,
}

/// Words that may stand between a place and the area that contains it.
fn links_to_area(token: &Token<'_>) -> bool {
    matches!(token.text, "," | "(")
        || matches!(
            token.key.as_str(),
            "in" | "of"
                | "the"
                | "village"
                | "town"
                | "city"
                | "area"
                | "region"
                | "camp"
                | "countryside"
                | "outskirts"
                | "subdistrict"
                | "sub"
                | "district"
                | "neighbourhood"
                | "neighborhood"
                | "municipality"
                | "locality"
                | "territory"
                | "department"
                | "prefecture"
                | "raion"
                | "tehsil"
                | "commune"
        )
}

fn is_division_word(token: &Token<'_>) -> bool {
    matches!(
        token.key.as_str(),
        "district"
            | "province"
            | "governorate"
            | "qadha"
            | "qada"
            | "nahiya"
            | "subdistrict"
            | "county"
            | "region"
            | "state"
            | "territory"
            | "department"
            | "prefecture"
            | "oblast"
            | "raion"
            | "tehsil"
    )
}

fn qualifier_of<'g>(
    spot: &Spot,
    spots: &[Spot],
    tokens: &[Token<'_>],
    gazetteer: &'g Gazetteer,
) -> Option<Qualifier<'g>> {
    let mut i = spot.end;
    // "on the outskirts of Shaqra and Barashit, south Lebanon": the area after a pair of
    // names is the area of both, whether the gazetteer knows the second name or not.
    if tokens
        .get(i)
        .is_some_and(|t| matches!(t.key.as_str(), "and" | "or"))
    {
        let name_end = (i + 1..tokens.len().min(i + 6))
            .take_while(|&j| tokens[j].is_cap() || j > i + 1 && tokens[j].gap == Gap::Hyphen)
            .last()
            .map_or(i, |j| j + 1);
        if name_end > i + 1 && tokens.get(name_end).is_some_and(|t| t.text == ",") {
            i = name_end;
        }
    }
    let start = i;
    let mut bracket = false;
    // "near Mambasa in north-eastern Congo's Ituri province": a compass word may stand
    // before the area.
    // (Lowercase only: "North Gaza governorate" is a name.)
    let compass =
        |t: &Token<'_>| t.shape == Shape::Lower && crate::lexicon::COMPASS_WORDS.contains(&t.key);
    let mut part_of_it = false;
    while i < tokens.len()
        && i < start + 6
        && (links_to_area(&tokens[i]) || i > start && compass(&tokens[i]))
    {
        bracket |= tokens[i].text == "(";
        part_of_it |= compass(&tokens[i]);
        i += 1;
    }
    if i == start {
        return None;
    }
    // "in the X area of Y": the area word comes after the place.
    let linked_by_comma_only = tokens[start].text == "," && i == start + 1;
    // Spots are in text order: find the one starting at `i` by binary search.
    let at = spots.partition_point(|s| s.first < i);
    let mut next = spots.get(at).filter(|s| s.first == i && !s.demonym)?;
    // "in Congo's Ituri province": the area is the division the country owns.
    if tokens
        .get(next.end)
        .is_some_and(|t| matches!(t.text, "'s" | "’s"))
        && let Some(owned) = spots
            .get(at + 1)
            .filter(|s| s.first == next.end + 1 && !s.demonym)
    {
        next = owned;
    }
    let division_word = tokens.get(next.end).is_some_and(is_division_word)
        || tokens
            .get(next.end - 1)
            .is_some_and(|t| is_division_word(t) && next.end - next.first > 1);
    let area = next
        .candidates
        .iter()
        .map(|&id| gazetteer.place(id))
        .filter(|p| {
            matches!(p.kind, PlaceKind::Country | PlaceKind::Admin1)
                || p.is_district()
                // "in the Bint Jbeil district" when the gazetteer knows the district only
                // by its seat's name: the seat stands for the district.
                || division_word && is_division_seat(p)
        })
        .max_by(|a, b| {
            let rank = |p: &Place| match p.kind {
                PlaceKind::Region if next.admin1_hint => 3,
                PlaceKind::Admin1 if next.admin1_hint => 2,
                PlaceKind::City => 0,
                _ => 1,
            };
            // "Ouahigouya in the North region": the reading in which the area holds the
            // place comes first (Burkina Faso's Nord, not Cameroon's North Region).
            let holds = |area: &Place| {
                spot.candidates
                    .iter()
                    .any(|&id| lies_in(gazetteer.place(id), area))
            };
            holds(a)
                .cmp(&holds(b))
                .then(rank(a).cmp(&rank(b)))
                .then(importance(a, gazetteer).total_cmp(&importance(b, gazetteer)))
        })?;
    // "Zarkan in north-east Syria" says which part of the country holds it.
    let strict = bracket
        || division_word
        || part_of_it
        || !linked_by_comma_only && area.kind != PlaceKind::Country;
    Some(Qualifier { area, strict })
}

/// "Gaza City's Zeitoun neighbourhood", "Syria's Idlib province": a place right after a
/// possessive place lies in it (a city holds its neighbourhoods within 25 km).
fn possessive_container<'g>(
    spot: &Spot,
    spots: &[Spot],
    tokens: &[Token<'_>],
    gazetteer: &'g Gazetteer,
) -> Option<Qualifier<'g>> {
    let mark = spot.first.checked_sub(1)?;
    if !matches!(tokens[mark].text, "'s" | "’s") || tokens[mark].gap != crate::text::Gap::None {
        return None;
    }
    let at = spots.partition_point(|s| s.end < mark);
    let owner = spots.get(at).filter(|s| s.end == mark && !s.demonym)?;
    let division = tokens.get(spot.end).is_some_and(is_division_word);
    // "Iraq's Basra", "Mexico's Acapulco": a country's name owns the place, whatever
    // villages are also called "Iraq" or "Mexico".
    let names_a_country = owner
        .candidates
        .iter()
        .any(|&id| gazetteer.place(id).kind == PlaceKind::Country);
    let area = owner
        .candidates
        .iter()
        .map(|&id| gazetteer.place(id))
        .filter(|p| !names_a_country || p.kind == PlaceKind::Country)
        .filter(|p| {
            matches!(
                p.kind,
                PlaceKind::Country | PlaceKind::Admin1 | PlaceKind::City
            ) || p.is_district()
        })
        // "Duhok's Amedi district" is in the province; "Gaza City's Zeitoun
        // neighbourhood" in the city.
        .max_by(|a, b| {
            let rank = |p: &Place| match (p.kind, division) {
                (PlaceKind::City, true) => 0,
                (PlaceKind::City, false) => 2,
                _ => 1,
            };
            rank(a)
                .cmp(&rank(b))
                .then(importance(a, gazetteer).total_cmp(&importance(b, gazetteer)))
        })?;
    // "Dohuk's Amedi district": a district of a city's name is in the city's province.
    // So is any place after a city whose province bears its name ("Hodeidah's Zaydiyah",
    // 50 km up the coast; "Erbil's Khabat"): the name is the province's as much as the
    // city's.
    let province_of_the_name = |city: &Place| {
        owner.candidates.iter().any(|&id| {
            let p = gazetteer.place(id);
            p.kind == PlaceKind::Admin1
                && p.country_code == city.country_code
                && p.admin1 == city.admin1
        }) || city.feature_code == "PPLA"
            && gazetteer
                .admin1(city.country_code, city.admin1)
                .is_some_and(|id| {
                    crate::text::fold(gazetteer.place(id).name) == crate::text::fold(city.name)
                })
    };
    let area = match area.kind {
        PlaceKind::City if division || province_of_the_name(area) => gazetteer
            .admin1(area.country_code, area.admin1)
            .map_or(area, |id| gazetteer.place(id)),
        _ => area,
    };
    Some(Qualifier { area, strict: true })
}

/// A city that is the seat of a second- or third-level division (GeoNames PPLA2, PPLA3).
fn is_division_seat(place: &Place) -> bool {
    place.kind == PlaceKind::City && matches!(place.feature_code, "PPLA2" | "PPLA3")
}

/// Whether `place` lies in `area` (same country; same first-level division for a
/// province; within 80 km of a district's point or of a seat standing for its district,
/// in its province (a Ukrainian raion runs 80 km from its seat); within 25 km of a city).
pub fn lies_in(place: &Place, area: &Place) -> bool {
    if place.country_code != area.country_code || std::ptr::eq(place, area) {
        return false;
    }
    match area.kind {
        PlaceKind::Country => place.kind != PlaceKind::Country,
        PlaceKind::Admin1 => place.admin1 == area.admin1 && place.kind != PlaceKind::Admin1,
        PlaceKind::Region if area.is_district() => {
            (area.admin1.is_empty() || place.admin1 == area.admin1)
                && place.is_point()
                && place.distance_km(area) < 80.0
        }
        PlaceKind::City if is_division_seat(area) => {
            place.is_point() && place.admin1 == area.admin1 && place.distance_km(area) < 80.0
        }
        // Only a possessive names a city as a container: its neighbourhoods and sites.
        PlaceKind::City => place.is_point() && place.distance_km(area) < 25.0,
        _ => false,
    }
}

fn rank(
    spot: &Spot,
    spelling: usize,
    context: &ArticleContext,
    own: Option<&OwnWeight>,
    gazetteer: &Gazetteer,
    qualifier: Option<&Place>,
) -> Vec<Candidate> {
    let mut scored: Vec<Candidate> = spot
        .candidates
        .iter()
        .zip(&spot.primary)
        .map(|(&id, &primary)| Candidate {
            place: id,
            parts: score(
                (id, primary),
                spot,
                Spelling {
                    index: spelling,
                    own,
                },
                context,
                gazetteer,
                qualifier,
            ),
        })
        .collect();
    scored.sort_by(|a, b| b.score().total_cmp(&a.score()).then(a.place.cmp(&b.place)));
    prefer_city_over_same_named_division(&mut scored, spot, gazetteer);
    scored
}

/// "Erbil" is the city unless the text says "province": when the best candidate is a
/// division whose capital city has the same name, the city wins.
fn prefer_city_over_same_named_division(
    scored: &mut [Candidate],
    spot: &Spot,
    gazetteer: &Gazetteer,
) {
    if spot.admin1_hint || scored.len() < 2 {
        return;
    }
    let best = gazetteer.place(scored[0].place);
    if best.kind != PlaceKind::Admin1 {
        return;
    }
    let city = scored.iter().position(|c| {
        let p = gazetteer.place(c.place);
        p.kind == PlaceKind::City
            && p.country_code == best.country_code
            && p.admin1 == best.admin1
            && p.population >= 20_000
    });
    if let Some(city) = city {
        scored[..=city].rotate_right(1);
    }
}

/// "the villages of Umm al-Kef and Tal Juma" in a story set in Syria: a small town
/// abroad, named by one word, that only this name points to (no other place of the article in its country,
/// none within 1,500 km) is not the place when the article's other places agree where it
/// is. A candidate in the article's countries wins; else the name is no known place.
/// A name made of compass words only ("North East", "South West") is a description
/// before it is a province: abroad it is held to the same test at any size or distance
/// ("in the North East" of a story set in Borno is not Ghana's North East Region).
fn keep_in_the_article_region(
    scored: &mut Vec<Candidate>,
    spot: &Spot,
    tokens: &[Token<'_>],
    context: &ArticleContext,
    own: Option<(&'static str, f32)>,
    gazetteer: &Gazetteer,
) {
    let Some(best) = scored.first() else {
        return;
    };
    let own_weight = |cc: &str| own.filter(|o| o.0 == cc).map_or(0.0, |o| o.1);
    let support = |place: &Place| {
        context
            .countries
            .get(place.country_code)
            .copied()
            .unwrap_or(0.0)
            - own_weight(place.country_code)
    };
    let others = context.total - own.map_or(0.0, |o| o.1);
    let place = gazetteer.place(best.place);
    // One word only: a name of several words ("Aden International Airport") or a
    // curated site is evidence enough on its own, and so is a big city's main name. An
    // alternate spelling is only for a city of a million (its exonym: "Mecca"); below
    // that it is as weak as a small town's name ("Boni", a town in Mali, is also a name
    // of Bonn).
    // The same when the article marks its divisions ("Cabo Delgado province") and none is
    // in the candidate's country: "near Palma" there is not Palma de Mallorca.
    let divisions_elsewhere = !context.named_divisions.is_empty()
        && context
            .named_divisions
            .iter()
            .all(|&(cc, _, _)| cc != place.country_code);
    let threshold = if best.parts.primary > 0.0 && !divisions_elsewhere {
        200_000
    } else {
        1_000_000
    };
    let weak = place.population < threshold && place.feature_code != "PPLC";
    // "al-Zawiya" is one word with its article hyphenated to it ("El Alamein", written
    // apart, is a name of two words).
    let article = usize::from(
        spot.end - spot.first > 1
            && tokens[spot.first + 1].gap == Gap::Hyphen
            && crate::lexicon::NAME_PARTICLES.contains(&tokens[spot.first].key.as_str()),
    );
    let words = spot.end - spot.first - article;
    // "the San Jacinto de Yaguachi canton": a name the gazetteer lacks goes on past the
    // spot with a particle and a capital, so the spot is only part of a name, as weak as
    // a single word.
    let truncated = matches!(
        tokens.get(spot.end).map(|t| t.key.as_str()),
        Some("de" | "del" | "da" | "do" | "di" | "des" | "du")
    ) && tokens.get(spot.end + 1).is_some_and(|t| t.is_cap());
    let small = (words == 1 || truncated) && matches!(place.kind, PlaceKind::City) && weak;
    // A village's alternate spelling against an article that names many places elsewhere
    // ("Gara", Kurdistan's mountain, is also a name of Gorjani, Croatia, 1,300 km from
    // the story's nearest place) needs a place of its own country near it, not 1,500 km.
    let reach_km = if best.parts.primary == 0.0 && place.population < 10_000 && others >= 5.0 {
        300.0
    } else {
        1_500.0
    };
    // "Uman" in a story set in Ukraine is the town, not a variant spelling of Oman: a
    // country named by an alternate, that nothing else in the article supports, yields to
    // a candidate named by its main name in a country the article does support.
    if place.kind == PlaceKind::Country
        && best.parts.primary <= 0.0
        && !spot.demonym
        // "USA", "UAE": an abbreviation is the country's.
        && !tokens[spot.first..spot.end].iter().all(|t| t.shape == Shape::Upper)
        && support(place) <= 0.05
        && let Some(at) = scored
            .iter()
            .position(|c| c.parts.primary > 0.0 && support(gazetteer.place(c.place)) > 0.05)
    {
        scored[..=at].rotate_right(1);
        return;
    }
    let far = best.parts.nearest.is_none_or(|(_, km)| km > reach_km);
    let compass_only = tokens[spot.first..spot.end]
        .iter()
        .all(|t| crate::lexicon::COMPASS_POINTS.contains(&t.key));
    let led = || {
        best.parts.primary > 0.0
            && context
                .leader_countries
                .get_or_init(|| leader_countries(tokens))
                .contains(&place.country_code)
    };
    if spot.demonym
        || !(small && far || compass_only)
        || others < 1.5
        || support(place) > 0.05
        || led()
    {
        return;
    }
    match scored
        .iter()
        .position(|c| support(gazetteer.place(c.place)) > 0.05)
    {
        Some(at) => scored[..=at].rotate_right(1),
        None => scored.clear(),
    }
}

/// "Ituri province", "Borno State": the division word after the name marks a division.
/// Not when a name or a possessive follows ("California State University", "Mississippi
/// State's guard"), nor a capitalised "State" after a US state: American usage writes
/// "Washington state", and "Ohio State" is a university or its team.
fn marked_as_division(spot: &Spot, tokens: &[Token<'_>], place: &Place) -> bool {
    // The word may close the name itself ("Cabo Delgado province" as the gazetteer
    // spells it) or follow it.
    let within = spot.end - spot.first > 1
        && crate::lexicon::ADMIN1_SUFFIXES.contains(&tokens[spot.end - 1].key);
    let at = if within { spot.end - 1 } else { spot.end };
    let Some(word) = tokens.get(at) else {
        return false;
    };
    (spot.admin1_hint || within)
        && !(place.country_code == "US" && word.text == "State")
        && tokens
            .get(at + 1)
            .is_none_or(|next| !next.is_cap() && !matches!(next.text, "'s" | "’s" | "'" | "’"))
}

fn confidence(scored: &[Candidate], recognition: f32) -> f32 {
    let resolution = match scored {
        [] => 0.0,
        [_] => 0.95,
        [best, second, ..] => {
            let margin = best.score() - second.score();
            0.5 + 0.45 * (1.0 - (-margin).exp())
        }
    };
    (recognition * resolution * 100.0).round() / 100.0
}

/// Weight of a named group's home country in the context: as much as a demonym, once per
/// group ("the Houthis" said ten times is one piece of evidence).
const ORGANISATION_HOME_WEIGHT: f32 = 0.5;

/// A group the text names that has a home country is evidence of where the article is,
/// as a demonym is: "IAF aircraft struck Houthi targets in Hodeidah" is about Yemen even
/// when every other place named is in Israel. It only supports: a group is named where
/// it is fought as well as at home ("Houthis claim an attack on Eilat").
fn add_organisation_homes(context: &mut ArticleContext, organisations: &[NamedOrganisation]) {
    let mut seen: Vec<&'static str> = Vec::new();
    for &(_, _, organisation) in organisations {
        if seen.contains(&organisation.name) {
            continue;
        }
        seen.push(organisation.name);
        if let Some(home) = organisation.home {
            context.support(home, ORGANISATION_HOME_WEIGHT);
        }
    }
}

/// "President Erdogan received the Prime Minister of Sweden in Marmaris": an office
/// holder the text names is evidence of the country they govern, so a town of theirs
/// named by its main name is not dropped for the guests' countries. Each country once.
fn leader_countries(tokens: &[Token<'_>]) -> Vec<&'static str> {
    let mut countries = Vec::new();
    let mut i = 0;
    while i < tokens.len() {
        match crate::lexicon::leaders::leader_at(tokens, i) {
            Some((end, country)) => {
                if !countries.contains(&country) {
                    countries.push(country);
                }
                i = end;
            }
            None => i += 1,
        }
    }
    countries
}

/// Resolves every spot. The dateline's place, the `, Region` after it and unambiguous
/// mentions form the article context.
pub(super) fn resolve(
    spots: &[Spot],
    tokens: &[Token<'_>],
    gazetteer: &Gazetteer,
    article: &Article,
    dateline: Option<(usize, usize)>,
    organisations: &[NamedOrganisation],
) -> Vec<Resolved> {
    let qualifiers: Vec<Option<Qualifier<'_>>> = spots
        .iter()
        .map(|s| {
            qualifier_of(s, spots, tokens, gazetteer)
                .or_else(|| possessive_container(s, spots, tokens, gazetteer))
        })
        .collect();
    let spellings: Vec<String> = spots
        .iter()
        .map(|spot| {
            tokens[spot.first..spot.end]
                .iter()
                .map(|t| t.key.as_str())
                .collect()
        })
        .collect();
    let mut spelling_ids: FxHashMap<&str, usize> = FxHashMap::default();
    let spelling_of: Vec<usize> = spellings
        .iter()
        .map(|spelling| {
            let next = spelling_ids.len();
            *spelling_ids.entry(spelling.as_str()).or_insert(next)
        })
        .collect();
    let mut context = ArticleContext::default();
    // What each spot itself added to the context, so that a spot's own weight is no
    // support for it.
    let mut own: Vec<Option<OwnWeight>> = vec![None; spots.len()];
    let first_pass: Vec<Vec<Candidate>> = spots
        .iter()
        .zip(&qualifiers)
        .zip(&spelling_of)
        .map(|((s, q), &spelling)| {
            rank(
                s,
                spelling,
                &context,
                None,
                gazetteer,
                q.as_ref().map(|q| q.area),
            )
        })
        .collect();
    for (index, (spot, scored)) in spots.iter().zip(&first_pass).enumerate() {
        let Some(first) = scored.first() else {
            continue;
        };
        // A spelling matched loosely sets no context: it must find support, not give it.
        if spot.loose {
            continue;
        }
        let (best, best_score) = (first.place, first.score());
        let margin = scored
            .get(1)
            .map_or(f32::INFINITY, |s| best_score - s.score());
        let place = gazetteer.place(best);
        let in_dateline = dateline
            .is_some_and(|(s, e)| tokens[spot.first].start >= s && tokens[spot.end - 1].end <= e);
        // "Mogadishu: Al Shabaab attack on Lido beach café kills 32": a place that opens a
        // line before a colon locates the line, as a dateline does.
        let line_prefix = (spot.first == 0 || tokens[spot.first].line_start)
            && tokens.get(spot.end).is_some_and(|t| t.text == ":");
        let weight = match () {
            _ if in_dateline || line_prefix && !spot.demonym => 2.0,
            _ if spot.demonym => 0.5,
            _ if margin >= 1.0 => 1.0,
            _ => 0.3,
        };
        // "Russian missiles hit …": the attacker's country keeps its own places at home
        // but does not make the article look set there.
        if spot.demonym
            && tokens.get(spot.end).is_some_and(|t| {
                t.gap == Gap::Space
                    && t.shape == Shape::Lower
                    && crate::lexicon::STRIKING_FORCES.contains(&t.key)
            })
        {
            if !place.country_code.is_empty() {
                context.support(place.country_code, weight);
            }
            continue;
        }
        context.add(place, weight);
        if !place.country_code.is_empty() {
            own[index] = Some(OwnWeight {
                country: place.country_code,
                division: (!place.admin1.is_empty() && place.kind != PlaceKind::Country)
                    .then_some((place.country_code, place.admin1)),
                weight,
            });
        }
        if in_dateline {
            context.dateline_country = Some(place.country_code);
        }
        if margin >= 1.0 && place.is_point() && !spot.demonym {
            context.anchors.add(best, gazetteer);
        }
        // Only a division the text marks as one ("Kherson oblast", "Ituri province") or that
        // heads a line counts: a state named in passing says little about a town's state.
        if place.kind == PlaceKind::Admin1
            && !spot.demonym
            && (weight >= 2.0 || weight >= 1.0 && marked_as_division(spot, tokens, place))
        {
            let named = (place.country_code, place.admin1, spelling_of[index]);
            if !context.named_divisions.contains(&named) {
                context.named_divisions.push(named);
            }
        }
        if weight >= 1.0 && !spot.demonym {
            let spelling = spelling_of[index];
            context
                .named
                .entry(best)
                .and_modify(|by| {
                    if *by != spelling {
                        *by = NAMED_BY_SEVERAL;
                    }
                })
                .or_insert(spelling);
        }
    }
    // A name said twice is no support for itself: "Ur of the Chaldees (plain of Ur)"
    // must not make Uren', Russia, look at home. Each spot's own weight is that of every
    // spot of its spelling.
    type OwnKey<'s> = (&'s str, &'static str, Option<(&'static str, &'static str)>);
    let mut by_spelling: FxHashMap<OwnKey<'_>, f32> = FxHashMap::default();
    for (spelling, weight) in spellings.iter().zip(&own) {
        if let Some(o) = weight {
            *by_spelling
                .entry((spelling.as_str(), o.country, o.division))
                .or_default() += o.weight;
        }
    }
    let own: Vec<Option<OwnWeight>> = spellings
        .iter()
        .zip(&own)
        .map(|(spelling, weight)| {
            let o = (*weight)?;
            Some(OwnWeight {
                weight: by_spelling[&(spelling.as_str(), o.country, o.division)],
                ..o
            })
        })
        .collect();
    add_organisation_homes(&mut context, organisations);
    context.anchors.index();
    if let Some(region) = article.dateline.as_ref().and_then(|d| d.region.as_deref()) {
        let key = crate::text::fold(region);
        if let Some(r) = gazetteer.by_name(&key).iter().find(|r| {
            matches!(
                gazetteer.place(r.place).kind,
                PlaceKind::Country | PlaceKind::Admin1
            )
        }) {
            let place = gazetteer.place(r.place);
            context.add(place, 2.0);
            context.dateline_country = Some(place.country_code);
        }
    }
    spots
        .iter()
        .zip(&qualifiers)
        .enumerate()
        .map(|(index, (spot, qualifier))| {
            let mut scored = rank(
                spot,
                spelling_of[index],
                &context,
                own[index].as_ref(),
                gazetteer,
                qualifier.as_ref().map(|q| q.area),
            );
            // "the Gare area of Amedi district": when the text puts the place in an area
            // and no candidate lies there, the name is not one the gazetteer knows; the
            // area stands for it (it is a mention of its own).
            if let Some(q) = qualifier.as_ref().filter(|q| q.strict)
                && !scored
                    .first()
                    .is_some_and(|c| lies_in(gazetteer.place(c.place), q.area))
            {
                scored.clear();
            }
            if spot.loose {
                // Only where the article's other places are: in the area the text puts
                // it, else in their country and within 200 km of one of them.
                scored.retain(|c| {
                    let place = gazetteer.place(c.place);
                    match qualifier.as_ref() {
                        Some(q) => lies_in(place, q.area),
                        None => {
                            context.country_share(place) > 0.05
                                && c.parts.nearest.is_some_and(|(_, km)| km <= 200.0)
                        }
                    }
                });
            } else if qualifier.is_none() {
                keep_in_the_article_region(
                    &mut scored,
                    spot,
                    tokens,
                    &context,
                    own[index].map(|o| (o.country, o.weight)),
                    gazetteer,
                );
            }
            let confidence = confidence(&scored, spot.recognition);
            Resolved {
                spot: spot.clone(),
                scored,
                confidence,
            }
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::thousands;

    #[test]
    fn populations_read_with_thousands_separators() {
        assert_eq!(thousands(7), "7");
        assert_eq!(thousands(932_800), "932,800");
        assert_eq!(thousands(7_216_000), "7,216,000");
    }
}
