//! The offline gazetteer: countries, first-level divisions, cities, sites and regions with
//! their alternate names and demonyms, looked up by folded name.
//!
//! The data ships inside the binary (`data/gazetteer/*.tsv`, see `data/README.md`), so the
//! app and the CLI work with no network and no set-up. [`Gazetteer::embedded`] parses it
//! once per process.

mod load;
mod packed;
mod place;
mod rows;
mod seats;
mod skeleton;
mod table;

use std::sync::OnceLock;

use rustc_hash::{FxHashMap, FxHashSet};

pub use load::GazetteerError;
pub use place::{Place, PlaceId, PlaceKind, haversine_km};

/// How a folded name refers to a place.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct NameRef {
    pub place: PlaceId,
    /// The name is the entry's primary name, not an alternate.
    pub primary: bool,
    /// The name is an all-caps abbreviation ("US", "UAE", "KRI"): it only matches text in
    /// capitals, so the pronoun "us" is never the United States.
    pub caps_only: bool,
}

/// The references of one folded name (see [`Gazetteer::by_name`]).
#[derive(Clone, Copy, Debug)]
pub struct NameRefs<'a>(&'a [u32]);

impl<'a> NameRefs<'a> {
    pub fn is_empty(&self) -> bool {
        self.0.is_empty()
    }

    pub fn len(&self) -> usize {
        self.0.len()
    }

    pub fn iter(self) -> impl Iterator<Item = NameRef> + 'a {
        self.0.iter().map(|&word| {
            let (place, primary, caps_only) = rows::unpack_ref(word);
            NameRef {
                place,
                primary,
                caps_only,
            }
        })
    }
}

/// Folded name → packed references: a hash map when built at run time (tests, user
/// files), a sorted array when built at compile time (the embedded data).
#[derive(Debug)]
enum NameIndex {
    Map(FxHashMap<Box<str>, Vec<u32>>),
    Sorted(packed::Packed<'static>),
}

impl Default for NameIndex {
    fn default() -> Self {
        NameIndex::Map(FxHashMap::default())
    }
}

impl NameIndex {
    fn get(&self, key: &str) -> &[u32] {
        match self {
            NameIndex::Map(map) => map.get(key).map_or(&[], Vec::as_slice),
            NameIndex::Sorted(packed) => packed.get(key),
        }
    }

    fn entries(&self) -> Box<dyn Iterator<Item = (&str, &[u32])> + '_> {
        match self {
            NameIndex::Map(map) => Box::new(map.iter().map(|(k, v)| (&**k, v.as_slice()))),
            NameIndex::Sorted(packed) => Box::new(packed.iter()),
        }
    }

    fn keys_with_prefix<'a>(&'a self, prefix: &'a str) -> Box<dyn Iterator<Item = &'a [u32]> + 'a> {
        match self {
            NameIndex::Map(map) => Box::new(
                map.iter()
                    .filter(move |(k, _)| k.starts_with(prefix))
                    .map(|(_, v)| v.as_slice()),
            ),
            NameIndex::Sorted(packed) => Box::new(
                packed
                    .iter()
                    .filter(move |(k, _)| k.starts_with(prefix))
                    .map(|(_, v)| v),
            ),
        }
    }
}

/// The place index. Cheap to share: lookups take `&self`.
#[derive(Debug, Default)]
pub struct Gazetteer {
    places: Vec<Place>,
    names: NameIndex,
    demonyms: NameIndex,
    /// Folded first words of multi-word names: other words start no longer name, so the
    /// matcher need not look further ahead.
    first_words: NameIndex,
    countries: FxHashMap<Box<str>, PlaceId>,
    admin1: FxHashMap<(Box<str>, Box<str>), PlaceId>,
    common_words: FxHashSet<Box<str>>,
    longest_name_tokens: usize,
    /// Stable id -> entry, built on first use (only corrections need it).
    by_source_id: OnceLock<FxHashMap<&'static str, PlaceId>>,
    /// Seats of government, built on first use (calls and visits that name no city).
    seats: OnceLock<seats::Seats>,
    /// Mean population of a country's first-level divisions, built on first use.
    province_population: OnceLock<FxHashMap<&'static str, u64>>,
    /// Cities and sites by the skeleton of their names (a fallback for spellings the
    /// gazetteer does not list: see [`skeleton`]).
    skeletons: NameIndex,
}

const PLACES_TSV: &str = include_str!("../../data/gazetteer/places.tsv");
const CURATED_TSV: &str = include_str!("../../data/gazetteer/curated.tsv");
const COMMON_WORDS_TXT: &str = include_str!("../../data/gazetteer/common_words.txt");
const PLACES_BIN: &[u8] = include_bytes!(concat!(env!("OUT_DIR"), "/places.bin"));
static NAMES_BIN: &packed::Aligned<[u8]> =
    &packed::Aligned(*include_bytes!(concat!(env!("OUT_DIR"), "/names.bin")));
static DEMONYMS_BIN: &packed::Aligned<[u8]> =
    &packed::Aligned(*include_bytes!(concat!(env!("OUT_DIR"), "/demonyms.bin")));
static FIRST_WORDS_BIN: &packed::Aligned<[u8]> = &packed::Aligned(*include_bytes!(concat!(
    env!("OUT_DIR"),
    "/first_words.bin"
)));
static SKELETONS_BIN: &packed::Aligned<[u8]> =
    &packed::Aligned(*include_bytes!(concat!(env!("OUT_DIR"), "/skeletons.bin")));

impl Gazetteer {
    /// The gazetteer compiled into the binary, parsed on first use.
    ///
    /// An error here means the embedded data is broken (a build problem), never user input.
    pub fn embedded() -> Result<&'static Gazetteer, GazetteerError> {
        static EMBEDDED: OnceLock<Result<Gazetteer, GazetteerError>> = OnceLock::new();
        EMBEDDED
            .get_or_init(Gazetteer::load_embedded)
            .as_ref()
            .map_err(Clone::clone)
    }

    /// Reads the embedded places and the name index `build.rs` packed from them, without
    /// the per-process cache of [`Gazetteer::embedded`] (for benchmarks).
    pub fn load_embedded() -> Result<Gazetteer, GazetteerError> {
        let broken = |reason: String| GazetteerError {
            file: "names.bin",
            line: 0,
            reason,
        };
        let mut gazetteer = Gazetteer::default();
        load::add_packed_places(
            &mut gazetteer,
            PLACES_BIN,
            &[("places.tsv", PLACES_TSV), ("curated.tsv", CURATED_TSV)],
        )?;
        let names = packed::decode(&NAMES_BIN.0).map_err(broken)?;
        let demonyms = packed::decode(&DEMONYMS_BIN.0).map_err(broken)?;
        if names.places as usize != gazetteer.places.len() {
            return Err(broken(format!(
                "index built for {} places, data has {}",
                names.places,
                gazetteer.places.len()
            )));
        }
        gazetteer.longest_name_tokens = names.longest_name_tokens as usize;
        gazetteer.names = NameIndex::Sorted(names);
        gazetteer.demonyms = NameIndex::Sorted(demonyms);
        gazetteer.first_words =
            NameIndex::Sorted(packed::decode(&FIRST_WORDS_BIN.0).map_err(broken)?);
        gazetteer.skeletons = NameIndex::Sorted(packed::decode(&SKELETONS_BIN.0).map_err(broken)?);
        gazetteer.common_words = load::common_words(COMMON_WORDS_TXT);
        Ok(gazetteer)
    }

    /// Builds a gazetteer from the text of the places file, the curated file (same
    /// columns) and the common-word list (one folded word per line).
    pub fn from_sources(
        places_tsv: &str,
        curated_tsv: &str,
        common_words: &str,
    ) -> Result<Gazetteer, GazetteerError> {
        // Places point into their text: keep it for the process's life (a gazetteer is
        // built once; the embedded one needs no copy at all).
        let places_tsv: &'static str = Box::leak(places_tsv.to_owned().into_boxed_str());
        let curated_tsv: &'static str = Box::leak(curated_tsv.to_owned().into_boxed_str());
        let mut gazetteer = Gazetteer::default();
        load::add_places(&mut gazetteer, places_tsv, "places.tsv")?;
        load::add_places(&mut gazetteer, curated_tsv, "curated.tsv")?;
        load::index_names(&mut gazetteer, &[places_tsv, curated_tsv]);
        gazetteer.skeletons = gazetteer.skeleton_index();
        gazetteer.common_words = load::common_words(common_words);
        Ok(gazetteer)
    }

    /// The entry behind an id.
    ///
    /// # Panics
    /// Never for ids handed out by this gazetteer; ids from another gazetteer are a bug.
    pub fn place(&self, id: PlaceId) -> &Place {
        &self.places[id as usize]
    }

    /// The entry with this stable id (GeoNames id, `c…` curated…): how corrections
    /// name places, since indexes change when the gazetteer is rebuilt.
    pub fn by_source_id(&self, source_id: &str) -> Option<PlaceId> {
        self.by_source_id
            .get_or_init(|| {
                (0..self.places.len())
                    .filter_map(|i| Some((self.places[i].source_id, PlaceId::try_from(i).ok()?)))
                    .collect()
            })
            .get(source_id)
            .copied()
    }

    /// The city that stands for an area's government: a country's capital (or seat of
    /// government), a province's seat, a region's seat; a city or site is its own seat.
    pub fn seat(&self, id: PlaceId) -> Option<PlaceId> {
        self.seats
            .get_or_init(|| seats::Seats::build(self))
            .of(self, id)
    }

    /// The mean population of a country's first-level divisions (its population over the
    /// number of its provinces), the size a province with no population on record is
    /// taken to have: a US state is far bigger than one of Puerto Rico's 78 municipios,
    /// though both are first-level divisions named Florida.
    pub fn province_population(&self, country_code: &str) -> Option<u64> {
        self.province_population
            .get_or_init(|| {
                let mut provinces: FxHashMap<&'static str, u64> = FxHashMap::default();
                for place in &self.places {
                    if place.kind == PlaceKind::Admin1 {
                        *provinces.entry(place.country_code).or_default() += 1;
                    }
                }
                provinces
                    .into_iter()
                    .filter_map(|(code, count)| {
                        let country = self.place(self.country(code)?);
                        Some((code, country.population / count))
                    })
                    .collect()
            })
            .get(country_code)
            .copied()
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
    pub fn by_name(&self, key: &str) -> NameRefs<'_> {
        NameRefs(self.names.get(key))
    }

    /// Entries (countries, regions) with a demonym that folds to `key` ("iraqi", "kurdish").
    pub fn by_demonym(&self, key: &str) -> &[PlaceId] {
        self.demonyms.get(key)
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

    /// Cities and sites with a name of the same skeleton as the folded name `key`
    /// ("makhmour" finds Makhmur); empty when the skeleton is too short to tell names
    /// apart. The index is built on the first call.
    pub fn by_skeleton(&self, key: &str) -> NameRefs<'_> {
        match skeleton::skeleton(key) {
            Some(wanted) => NameRefs(self.skeletons.get(&wanted)),
            None => NameRefs(&[]),
        }
    }

    /// The skeleton index of the names indexed so far (run-time gazetteers; the embedded
    /// one is built by `build.rs`): every city's and site's name, not caps-only forms.
    fn skeleton_index(&self) -> NameIndex {
        let mut map: FxHashMap<Box<str>, Vec<u32>> = FxHashMap::default();
        for (name, refs) in self.names.entries() {
            let Some(key) = skeleton::skeleton(name) else {
                continue;
            };
            for &word in refs {
                let (place, _, caps_only) = rows::unpack_ref(word);
                let point = matches!(self.place(place).kind, PlaceKind::City | PlaceKind::Site);
                let entry = map.entry(key.as_str().into()).or_default();
                if point && !caps_only && !entry.contains(&word) {
                    entry.push(word);
                }
            }
        }
        map.retain(|_, refs| !refs.is_empty());
        NameIndex::Map(map)
    }

    /// Whether some name of two or more words starts with this folded word.
    pub fn starts_longer_name(&self, key: &str) -> bool {
        !self.first_words.get(key).is_empty()
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
            .keys_with_prefix(&key)
            .flat_map(|refs| NameRefs(refs).iter().map(|r| r.place))
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
