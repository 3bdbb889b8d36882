//! Parsing of the gazetteer's TSV files (format in `rows.rs` and `data/README.md`).

use rustc_hash::{FxHashMap, FxHashSet};
use thiserror::Error;

use super::rows::{self, COLUMNS};
use super::{Gazetteer, NameIndex, Place, PlaceId, PlaceKind, table};
use crate::text::fold;

/// Gazetteer data could not be read. For the embedded data this is a build bug.
#[derive(Clone, Debug, Error)]
#[error("gazetteer file {file}, line {line}: {reason}")]
pub struct GazetteerError {
    pub file: &'static str,
    pub line: usize,
    pub reason: String,
}

/// Adds every row of one TSV file as a place (names are indexed separately).
pub(super) fn add_places(
    gazetteer: &mut Gazetteer,
    tsv: &'static str,
    file: &'static str,
) -> Result<(), GazetteerError> {
    let error = |line: usize, reason: String| GazetteerError { file, line, reason };
    for (line, fields) in rows::rows(tsv) {
        let [id, kind, fcode, name, _, _, cc, admin1, _, _, _] = fields[..] else {
            return Err(error(
                line,
                format!("{} columns, expected {COLUMNS}", fields.len()),
            ));
        };
        let (lat, lon, population) =
            rows::numbers(&fields).map_err(|reason| error(line, reason))?;
        let row = table::Row {
            file: 0,
            text: [id, kind, fcode, name, cc, admin1],
            lat,
            lon,
            population,
        };
        push_place(gazetteer, row).map_err(|reason| error(line, reason))?;
    }
    Ok(())
}

/// Adds every row of a place table `build.rs` packed from `files` (name, text), in order.
pub(super) fn add_packed_places(
    gazetteer: &mut Gazetteer,
    packed: &[u8],
    files: &[(&'static str, &'static str)],
) -> Result<(), GazetteerError> {
    let error =
        |file: &'static str, line: usize, reason: String| GazetteerError { file, line, reason };
    let texts: Vec<&'static str> = files.iter().map(|(_, text)| *text).collect();
    let rows = table::rows(packed, &texts).map_err(|reason| error("places.bin", 0, reason))?;
    for (index, row) in rows.enumerate() {
        let row = row.map_err(|reason| error("places.bin", index, reason))?;
        let file = files.get(row.file).map_or("places.bin", |(name, _)| *name);
        push_place(gazetteer, row).map_err(|reason| error(file, index, reason))?;
    }
    Ok(())
}

/// Checks one row's values and adds it as the next place.
fn push_place(gazetteer: &mut Gazetteer, row: table::Row<'static>) -> Result<(), String> {
    let [id, kind, fcode, name, cc, admin1] = row.text;
    let (lat, lon) = (row.lat, row.lon);
    let kind = PlaceKind::parse(kind).ok_or_else(|| format!("kind {kind:?}"))?;
    if !(-90.0..=90.0).contains(&lat) || !(-180.0..=180.0).contains(&lon) {
        return Err(format!("coordinates {lat},{lon} out of range"));
    }
    let place_id = PlaceId::try_from(gazetteer.places.len())
        .ok()
        .filter(|&id| id < 1 << 30)
        .ok_or("too many places")?;
    match kind {
        PlaceKind::Country if !cc.is_empty() => {
            gazetteer.countries.entry(cc.into()).or_insert(place_id);
        }
        PlaceKind::Admin1 if !admin1.is_empty() => {
            gazetteer
                .admin1
                .entry((cc.into(), admin1.into()))
                .or_insert(place_id);
        }
        _ => {}
    }
    gazetteer.places.push(Place {
        source_id: id,
        kind,
        feature_code: fcode,
        name,
        lat,
        lon,
        country_code: cc,
        admin1,
        population: row.population,
    });
    Ok(())
}

/// Builds hash-map name and demonym indexes from the same files, at run time. Place
/// numbers follow the row order of `files`, as in [`add_places`].
pub(super) fn index_names(gazetteer: &mut Gazetteer, files: &[&str]) {
    let mut names: FxHashMap<Box<str>, Vec<u32>> = FxHashMap::default();
    let mut demonyms: FxHashMap<Box<str>, Vec<u32>> = FxHashMap::default();
    let mut first_words: FxHashMap<Box<str>, Vec<u32>> = FxHashMap::default();
    let mut place = 0u32;
    for tsv in files {
        for (_, columns) in rows::rows(tsv) {
            for (name, primary) in rows::names(&columns) {
                let key = fold(name);
                if key.is_empty() {
                    continue;
                }
                gazetteer.longest_name_tokens =
                    gazetteer.longest_name_tokens.max(rows::token_count(name));
                if rows::token_count(name) > 1 {
                    first_words
                        .entry(fold(rows::first_word(name)).into())
                        .or_insert_with(|| vec![0]);
                }
                let packed = rows::pack_ref(place, primary, rows::is_caps_only(name));
                let refs = names.entry(key.into()).or_default();
                match refs.iter_mut().find(|r| rows::unpack_ref(**r).0 == place) {
                    Some(existing) => *existing = rows::merge_refs(*existing, packed),
                    None => refs.push(packed),
                }
            }
            for demonym in rows::demonyms(&columns) {
                let key = fold(demonym);
                if !key.is_empty() {
                    let ids = demonyms.entry(key.into()).or_default();
                    if !ids.contains(&place) {
                        ids.push(place);
                    }
                }
            }
            place += 1;
        }
    }
    gazetteer.names = NameIndex::Map(names);
    gazetteer.demonyms = NameIndex::Map(demonyms);
    gazetteer.first_words = NameIndex::Map(first_words);
}

/// The common-word list: one folded word per line, `#` comments.
pub(super) fn common_words(text: &str) -> FxHashSet<Box<str>> {
    text.lines()
        .map(str::trim)
        .filter(|w| !w.is_empty() && !w.starts_with('#'))
        .map(Box::from)
        .collect()
}

#[cfg(test)]
mod tests {
    use super::super::Gazetteer;

    const HEADER: &str =
        "id\tkind\tfcode\tname\tlat\tlon\tcc\tadmin1\tpopulation\talt_names\tdemonyms\n";

    #[test]
    fn rows_are_indexed_by_every_name() {
        let tsv = format!(
            "{HEADER}99237\tcountry\tPCLI\tIraq\t33\t44\tIQ\t\t40000000\tRepublic of Iraq\tIraqi|Iraqis\n\
             95446\tcity\tPPLA\tErbil\t36.19\t44.01\tIQ\t11\t1612700\tArbil|Hewler|Hawler\t\n"
        );
        let g = Gazetteer::from_sources(&tsv, HEADER, "").unwrap();
        assert_eq!(g.len(), 2);
        let erbil = g.by_name("hewler").iter().next().unwrap().place;
        assert_eq!(g.place(erbil).name, "Erbil");
        assert_eq!(g.by_demonym("iraqis").len(), 1);
        assert_eq!(g.country("IQ"), Some(0));
    }

    #[test]
    fn abbreviations_in_capitals_match_only_capitals() {
        let tsv = format!(
            "{HEADER}6252001\tcountry\tPCLI\tUnited States\t39.76\t-98.5\tUS\t\t0\tUS|U.S.|America\t\n"
        );
        let g = Gazetteer::from_sources(&tsv, HEADER, "").unwrap();
        assert!(g.by_name("us").iter().all(|r| r.caps_only));
        assert!(g.by_name("america").iter().all(|r| !r.caps_only));
    }

    #[test]
    fn a_broken_row_names_file_and_line() {
        let tsv = format!("{HEADER}1\tcity\tPPL\tX\tnorth\t0\tIQ\t\t0\t\t\n");
        let err = Gazetteer::from_sources(&tsv, HEADER, "").unwrap_err();
        assert_eq!(err.line, 2);
        assert!(err.to_string().contains("places.tsv"));
    }

    #[test]
    fn the_embedded_index_agrees_with_one_built_at_run_time() {
        let embedded = Gazetteer::embedded().unwrap();
        let places = include_str!("../../data/gazetteer/places.tsv");
        let curated = include_str!("../../data/gazetteer/curated.tsv");
        let built = Gazetteer::from_sources(places, curated, "").unwrap();
        assert_eq!(embedded.len(), built.len());
        // The packed place table gives every row exactly as parsing the text does.
        for id in 0..embedded.len() as u32 {
            let (a, b) = (embedded.place(id), built.place(id));
            assert_eq!(
                (
                    a.source_id,
                    a.kind,
                    a.feature_code,
                    a.name,
                    a.country_code,
                    a.admin1
                ),
                (
                    b.source_id,
                    b.kind,
                    b.feature_code,
                    b.name,
                    b.country_code,
                    b.admin1
                )
            );
            assert_eq!((a.lat, a.lon, a.population), (b.lat, b.lon, b.population));
        }
        assert_eq!(embedded.country("IQ"), built.country("IQ"));
        for key in [
            "erbil",
            "baghdad",
            "us",
            "kurdistanregion",
            "alasadairbase",
            "washington",
        ] {
            let mut a: Vec<_> = embedded.by_name(key).iter().collect();
            let mut b: Vec<_> = built.by_name(key).iter().collect();
            a.sort_by_key(|r| r.place);
            b.sort_by_key(|r| r.place);
            assert_eq!(a, b, "{key}");
        }
        assert_eq!(embedded.longest_name_tokens(), built.longest_name_tokens());
    }
}
