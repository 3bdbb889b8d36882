//! Parsing of the gazetteer's TSV files.
//!
//! Columns, tab-separated, one header line:
//! `id kind fcode name lat lon cc admin1 population alt_names demonyms`,
//! where `alt_names` and `demonyms` are `|`-separated lists (see `data/README.md`).

use thiserror::Error;

use super::{Gazetteer, NameRef, Place, PlaceId, PlaceKind};
use crate::text::fold;

/// The embedded gazetteer data could not be read: a build or data-generation bug.
#[derive(Clone, Debug, Error)]
#[error("gazetteer file {file}, line {line}: {reason}")]
pub struct GazetteerError {
    pub file: &'static str,
    pub line: usize,
    pub reason: String,
}

const COLUMNS: usize = 11;

/// Adds every row of one TSV file to `gazetteer`.
pub(super) fn add_tsv(
    gazetteer: &mut Gazetteer,
    tsv: &str,
    file: &'static str,
) -> Result<(), GazetteerError> {
    let error = |line: usize, reason: String| GazetteerError { file, line, reason };
    for (index, row) in tsv.lines().enumerate().skip(1) {
        let line = index + 1;
        if row.trim().is_empty() || row.starts_with('#') {
            continue;
        }
        let fields: Vec<&str> = row.split('\t').collect();
        let [id, kind, fcode, name, lat, lon, cc, admin1, population, alt_names, demonyms] =
            fields[..]
        else {
            return Err(error(line, format!("{} columns, expected {COLUMNS}", fields.len())));
        };
        let kind = PlaceKind::parse(kind).ok_or_else(|| error(line, format!("kind {kind:?}")))?;
        let lat: f64 = lat.parse().map_err(|_| error(line, format!("latitude {lat:?}")))?;
        let lon: f64 = lon.parse().map_err(|_| error(line, format!("longitude {lon:?}")))?;
        if !(-90.0..=90.0).contains(&lat) || !(-180.0..=180.0).contains(&lon) {
            return Err(error(line, format!("coordinates {lat},{lon} out of range")));
        }
        let population = if population.is_empty() {
            0
        } else {
            population
                .parse()
                .map_err(|_| error(line, format!("population {population:?}")))?
        };
        let place_id = PlaceId::try_from(gazetteer.places.len())
            .map_err(|_| error(line, "too many places".to_owned()))?;
        gazetteer.places.push(Place {
            source_id: id.into(),
            kind,
            feature_code: fcode.into(),
            name: name.into(),
            lat,
            lon,
            country_code: cc.into(),
            admin1: admin1.into(),
            population,
        });
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
        add_name(gazetteer, name, place_id, true);
        for alt in alt_names.split('|').filter(|a| !a.is_empty()) {
            add_name(gazetteer, alt, place_id, false);
        }
        for demonym in demonyms.split('|').filter(|d| !d.is_empty()) {
            let key = fold(demonym);
            if !key.is_empty() {
                let ids = gazetteer.demonyms.entry(key.into()).or_default();
                if !ids.contains(&place_id) {
                    ids.push(place_id);
                }
            }
        }
    }
    Ok(())
}

fn add_name(gazetteer: &mut Gazetteer, name: &str, place: PlaceId, primary: bool) {
    let key = fold(name);
    if key.is_empty() {
        return;
    }
    let letters = name.chars().filter(|c| c.is_alphabetic()).count();
    let caps_only = letters <= 5 && name.chars().all(|c| !c.is_lowercase());
    let tokens = name
        .split(|c: char| c.is_whitespace() || c == '-')
        .filter(|t| !t.is_empty())
        .count();
    gazetteer.longest_name_tokens = gazetteer.longest_name_tokens.max(tokens);
    let refs = gazetteer.names.entry(key.into()).or_default();
    if let Some(existing) = refs.iter_mut().find(|r| r.place == place) {
        existing.primary |= primary;
        existing.caps_only &= caps_only;
        return;
    }
    refs.push(NameRef {
        place,
        primary,
        caps_only,
    });
}

#[cfg(test)]
mod tests {
    use super::super::Gazetteer;

    const HEADER: &str = "id\tkind\tfcode\tname\tlat\tlon\tcc\tadmin1\tpopulation\talt_names\tdemonyms\n";

    #[test]
    fn rows_are_indexed_by_every_name() {
        let tsv = format!(
            "{HEADER}99237\tcountry\tPCLI\tIraq\t33\t44\tIQ\t\t40000000\tRepublic of Iraq\tIraqi|Iraqis\n\
             95446\tcity\tPPLA\tErbil\t36.19\t44.01\tIQ\t11\t1612700\tArbil|Hewler|Hawler\t\n"
        );
        let g = Gazetteer::from_sources(&tsv, HEADER, "").unwrap();
        assert_eq!(g.len(), 2);
        let erbil = g.by_name("hewler")[0].place;
        assert_eq!(&*g.place(erbil).name, "Erbil");
        assert_eq!(g.by_demonym("iraqis").len(), 1);
        assert_eq!(g.country("IQ"), Some(0));
    }

    #[test]
    fn abbreviations_in_capitals_match_only_capitals() {
        let tsv = format!("{HEADER}6252001\tcountry\tPCLI\tUnited States\t39.76\t-98.5\tUS\t\t0\tUS|U.S.|America\t\n");
        let g = Gazetteer::from_sources(&tsv, HEADER, "").unwrap();
        assert!(g.by_name("us")[0].caps_only);
        assert!(!g.by_name("america")[0].caps_only);
    }

    #[test]
    fn a_broken_row_names_file_and_line() {
        let tsv = format!("{HEADER}1\tcity\tPPL\tX\tnorth\t0\tIQ\t\t0\t\t\n");
        let err = Gazetteer::from_sources(&tsv, HEADER, "").unwrap_err();
        assert_eq!(err.line, 2);
        assert!(err.to_string().contains("places.tsv"));
    }
}
