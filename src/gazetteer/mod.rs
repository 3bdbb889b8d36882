//! The offline gazetteer: countries, first-level divisions, cities, sites and regions with
//! their alternate names and demonyms, looked up by folded name.
//!
//! The data ships inside the binary (`data/gazetteer/*.tsv`, see `data/README.md`), so the
//! app and the CLI work with no network and no set-up. [`Gazetteer::embedded`] parses it
//! once per process.

mod load;
mod place;

use std::sync::OnceLock;

use rustc_hash::{FxHashMap, FxHashSet};

pub use load::GazetteerError;
pub use place::{Place, PlaceId, PlaceKind, haversine_km};

/// How a folded name refers to a place.
#[derive(Clone, Copy, Debug)]
pub struct NameRef {
    pub place: PlaceId,
    /// The name is the entry's primary name, not an alternate.
    pub primary: bool,
    /// The name is an all-caps abbreviation ("US", "UAE", "KRI"): it only matches text in
    /// capitals, so the pronoun "us" is never the United States.
    pub caps_only: bool,
}

/// The place index. Cheap to share: lookups take `&self`.
#[derive(Debug, Default)]
pub struct Gazetteer {
    places: Vec<Place>,
    names: FxHashMap<Box<str>, Vec<NameRef>>,
    demonyms: FxHashMap<Box<str>, Vec<PlaceId>>,
    countries: FxHashMap<Box<str>, PlaceId>,
    admin1: FxHashMap<(Box<str>, Box<str>), PlaceId>,
    common_words: FxHashSet<Box<str>>,
    longest_name_tokens: usize,
}

const PLACES_TSV: &str = include_str!("../../data/gazetteer/places.tsv");
const CURATED_TSV: &str = include_str!("../../data/gazetteer/curated.tsv");
const COMMON_WORDS_TXT: &str = include_str!("../../data/gazetteer/common_words.txt");

impl Gazetteer {
    /// The gazetteer compiled into the binary, parsed on first use.
    ///
    /// An error here means the embedded data is broken (a build problem), never user input.
    pub fn embedded() -> Result<&'static Gazetteer, GazetteerError> {
        static EMBEDDED: OnceLock<Result<Gazetteer, GazetteerError>> = OnceLock::new();
        EMBEDDED
            .get_or_init(|| Gazetteer::from_sources(PLACES_TSV, CURATED_TSV, COMMON_WORDS_TXT))
            .as_ref()
            .map_err(Clone::clone)
    }

    /// Builds a gazetteer from the text of the places file, the curated file (same
    /// columns) and the common-word list (one folded word per line).
    pub fn from_sources(
        places_tsv: &str,
        curated_tsv: &str,
        common_words: &str,
    ) -> Result<Gazetteer, GazetteerError> {
        let mut gazetteer = Gazetteer::default();
        load::add_tsv(&mut gazetteer, places_tsv, "places.tsv")?;
        load::add_tsv(&mut gazetteer, curated_tsv, "curated.tsv")?;
        gazetteer.common_words = common_words
            .lines()
            .map(str::trim)
            .filter(|w| !w.is_empty() && !w.starts_with('#'))
            .map(Box::from)
            .collect();
        Ok(gazetteer)
    }

    /// The entry behind an id.
    ///
    /// # Panics
    /// Never for ids handed out by this gazetteer; ids from another gazetteer are a bug.
    pub fn place(&self, id: PlaceId) -> &Place {
        &self.places[id as usize]
    }

    /// Number of entries.
    pub fn len(&self) -> usize {
        self.places.len()
    }

    /// True when there are no entries.
    pub fn is_empty(&self) -> bool {
        self.places.is_empty()
    }

    /// Entries whose primary or alternate name folds to `key` (see [`crate::text::fold`]).
    pub fn by_name(&self, key: &str) -> &[NameRef] {
        self.names.get(key).map_or(&[], Vec::as_slice)
    }

    /// Entries (countries, regions) with a demonym that folds to `key` ("iraqi", "kurdish").
    pub fn by_demonym(&self, key: &str) -> &[PlaceId] {
        self.demonyms.get(key).map_or(&[], Vec::as_slice)
    }

    /// The country with this ISO 3166-1 alpha-2 code.
    pub fn country(&self, country_code: &str) -> Option<PlaceId> {
        self.countries.get(country_code).copied()
    }

    /// The first-level division `admin1` of a country.
    pub fn admin1(&self, country_code: &str, admin1: &str) -> Option<PlaceId> {
        self.admin1
            .get(&(Box::from(country_code), Box::from(admin1)))
            .copied()
    }

    /// Whether a folded word is an ordinary English word ("reading", "mobile", "police"):
    /// such names need more evidence before they count as places.
    pub fn is_common_word(&self, key: &str) -> bool {
        self.common_words.contains(key)
    }

    /// The largest number of tokens any name has; bounds the matcher's look-ahead.
    pub fn longest_name_tokens(&self) -> usize {
        self.longest_name_tokens
    }

    /// Entries whose name starts with the folded `query`, most important first; for
    /// searching the gazetteer by hand.
    pub fn search(&self, query: &str, limit: usize) -> Vec<PlaceId> {
        let key = crate::text::fold(query);
        if key.is_empty() {
            return Vec::new();
        }
        let mut hits: Vec<PlaceId> = self
            .names
            .iter()
            .filter(|(name, _)| name.starts_with(key.as_str()))
            .flat_map(|(_, refs)| refs.iter().map(|r| r.place))
            .collect();
        hits.sort_unstable();
        hits.dedup();
        hits.sort_by(|&a, &b| {
            let (pa, pb) = (self.place(a), self.place(b));
            pb.population.cmp(&pa.population).then(a.cmp(&b))
        });
        hits.truncate(limit);
        hits
    }
}
