//! Row-level rules of the gazetteer TSV files, shared by the runtime loader and `build.rs`
//! (which includes this file), so both number places and read names identically.
//!
//! Columns, tab-separated, one header line:
//! `id kind fcode name lat lon cc admin1 population alt_names demonyms`;
//! `alt_names` and `demonyms` are `|`-separated. Blank lines and lines starting with `#`
//! are skipped and do not take a place number.

/// Number of columns of every row.
pub const COLUMNS: usize = 11;

/// Data rows of a TSV file as `(1-based line number, columns)`.
pub fn rows(tsv: &str) -> impl Iterator<Item = (usize, Vec<&str>)> {
    tsv.lines()
        .enumerate()
        .skip(1)
        .filter(|(_, row)| !row.trim().is_empty() && !row.starts_with('#'))
        .map(|(index, row)| (index + 1, row.split('\t').collect()))
}

/// Latitude, longitude and population of a row (columns 4, 5 and 8; an empty population
/// is 0), or what cannot be read. The runtime loader and `build.rs` read them alike.
pub fn numbers(columns: &[&str]) -> Result<(f64, f64, u64), String> {
    let column = |i: usize| columns.get(i).copied().unwrap_or("");
    let lat = column(4)
        .parse()
        .map_err(|_| format!("latitude {:?}", column(4)))?;
    let lon = column(5)
        .parse()
        .map_err(|_| format!("longitude {:?}", column(5)))?;
    let population = match column(8) {
        "" => 0,
        text => text.parse().map_err(|_| format!("population {text:?}"))?,
    };
    Ok((lat, lon, population))
}

/// All names of a row: the primary name first, then the alternates.
pub fn names<'a>(columns: &[&'a str]) -> impl Iterator<Item = (&'a str, bool)> + 'a {
    let primary = columns.get(3).copied().unwrap_or("");
    let alternates = columns.get(9).copied().unwrap_or("");
    std::iter::once((primary, true)).chain(
        alternates
            .split('|')
            .filter(|a| !a.is_empty() && !is_generic(a))
            .map(|a| (a, false)),
    )
}

/// Alternate names that are only a kind of place ("Airbase" for Beja Airport): every air
/// base in a text would be that one.
fn is_generic(name: &str) -> bool {
    const GENERIC: &[&str] = &[
        "airbase",
        "air base",
        "airport",
        "airfield",
        "air field",
        "base",
        "camp",
        "port",
        "harbour",
        "harbor",
        "station",
        "air station",
    ];
    GENERIC.iter().any(|g| g.eq_ignore_ascii_case(name.trim()))
}

/// The demonyms of a row.
pub fn demonyms<'a>(columns: &[&'a str]) -> impl Iterator<Item = &'a str> + 'a {
    columns
        .get(10)
        .copied()
        .unwrap_or("")
        .split('|')
        .filter(|d| !d.is_empty())
}

/// An all-caps abbreviation ("US", "UAE", "KRI") only matches text in capitals.
pub fn is_caps_only(name: &str) -> bool {
    let letters = name.chars().filter(|c| c.is_alphabetic()).count();
    letters <= 5 && name.chars().all(|c| !c.is_lowercase())
}

/// How many words a name has; bounds the matcher's look-ahead.
pub fn token_count(name: &str) -> usize {
    name.split(|c: char| c.is_whitespace() || c == '-')
        .filter(|t| !t.is_empty())
        .count()
}

/// The first word of a name, as the tokenizer splits it.
pub fn first_word(name: &str) -> &str {
    name.split(|c: char| c.is_whitespace() || c == '-')
        .find(|t| !t.is_empty())
        .unwrap_or("")
}

const PRIMARY: u32 = 1 << 30;
const CAPS_ONLY: u32 = 1 << 31;

/// Packs a name reference into one word: place id in the low 30 bits, then flags.
pub fn pack_ref(place: u32, primary: bool, caps_only: bool) -> u32 {
    (place & (PRIMARY - 1))
        | if primary { PRIMARY } else { 0 }
        | if caps_only { CAPS_ONLY } else { 0 }
}

/// Unpacks a name reference: `(place, primary, caps_only)`.
pub fn unpack_ref(word: u32) -> (u32, bool, bool) {
    (
        word & (PRIMARY - 1),
        word & PRIMARY != 0,
        word & CAPS_ONLY != 0,
    )
}

/// Merges two references of one name to one place: primary if either is, caps-only only
/// if both are.
pub fn merge_refs(a: u32, b: u32) -> u32 {
    let (place, pa, ca) = unpack_ref(a);
    let (_, pb, cb) = unpack_ref(b);
    pack_ref(place, pa || pb, ca && cb)
}
