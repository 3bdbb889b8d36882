//! Moving events in and out: one flat [`Row`] per event, written as CSV (ACLED-like
//! columns), GeoJSON and KML, and read back from CSV and GeoJSON, so events can go to
//! kepler.gl, QGIS, Google Earth or a spreadsheet, and curated datasets (ACLED exports,
//! a colleague's GeoJSON) can be laid over the extracted events.
//!
//! Reading never stops at a bad row: good rows load and each bad one is reported with its
//! line number.

pub mod csv;
pub mod geojson;
pub mod kml;

use std::path::Path;

use chrono::NaiveDate;

use crate::events::{Event, EventKind};
use crate::gazetteer::{Gazetteer, PlaceKind};
use crate::pipeline::Extracted;
use crate::view::catalog::Precision;

/// One event as other tools see it.
#[derive(Clone, Debug, PartialEq)]
pub struct Row {
    pub event_date: Option<NaiveDate>,
    /// Last day of a ranged event; `None` for one-day events.
    pub date_end: Option<NaiveDate>,
    pub kind: EventKind,
    pub subtype: String,
    pub place: String,
    /// ISO 3166-1 alpha-2 code.
    pub country: String,
    pub latitude: f64,
    pub longitude: f64,
    pub precision: Precision,
    pub actors: Vec<String>,
    /// People killed, when the text says.
    pub fatalities: Option<u32>,
    /// Publisher of the article.
    pub source: String,
    pub title: String,
    /// The sentence the event was read from.
    pub evidence: String,
    /// The article's file (or URL), to go back to it.
    pub path: String,
    /// How many articles report this event (1 for one article; more once merged as one
    /// incident, see [`crate::view::incidents`]).
    pub reports: u32,
    /// The paths of every article that reports it (empty when not merged).
    pub articles: Vec<String>,
}

impl Row {
    /// The row of an extracted event (corrections applied: the place is the located one).
    pub fn from_event(
        path: &str,
        extracted: &Extracted,
        event: &Event,
        gazetteer: &Gazetteer,
    ) -> Row {
        let article = &extracted.article;
        let place = extracted.located(event, gazetteer);
        let evidence = article
            .text
            .get(event.evidence.0..event.evidence.1)
            .unwrap_or("");
        Row {
            event_date: event.date,
            date_end: event.date_end.filter(|end| Some(*end) != event.date),
            kind: event.kind,
            subtype: event.subtype.to_owned(),
            place: place.name.to_owned(),
            country: place.country_code.to_owned(),
            latitude: crate::output::round4(place.lat),
            longitude: crate::output::round4(place.lon),
            precision: Precision::parse(place.precision),
            actors: event.actors.clone(),
            fatalities: event.counts.killed,
            source: article.source.clone().unwrap_or_default(),
            title: article.title.clone().unwrap_or_default(),
            evidence: evidence.split_whitespace().collect::<Vec<_>>().join(" "),
            path: article.url.clone().unwrap_or_else(|| path.to_owned()),
            reports: 1,
            articles: Vec::new(),
        }
    }

    /// The rows of every event of an outcome's article, in order.
    pub fn all_of(path: &str, extracted: &Extracted, gazetteer: &Gazetteer) -> Vec<Row> {
        extracted
            .events
            .iter()
            .map(|e| Row::from_event(path, extracted, e, gazetteer))
            .collect()
    }
}

/// A row that could not be read.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct RowProblem {
    /// 1-based line in the file where the row (or GeoJSON feature) starts.
    pub line: u64,
    pub message: String,
}

/// What an import read.
#[derive(Debug, Default)]
pub struct Imported {
    pub rows: Vec<Row>,
    pub problems: Vec<RowProblem>,
}

/// Why a whole file could not be imported (as opposed to single bad rows).
#[derive(Debug, thiserror::Error)]
pub enum ImportError {
    #[error("{path}: cannot read: {source}")]
    Read {
        path: String,
        source: std::io::Error,
    },
    #[error("{path}: {reason}")]
    Format { path: String, reason: String },
}

/// Largest file imported as a layer (millions of rows fit).
pub const MAX_IMPORT_BYTES: u64 = 2 * 1024 * 1024 * 1024;

/// Imports a CSV file (`.csv`, `.tsv`) or a GeoJSON FeatureCollection (anything else).
/// `gazetteer` turns country names ("Iraq") into codes.
pub fn import_path(path: &Path, gazetteer: &Gazetteer) -> Result<Imported, ImportError> {
    let shown = path.display().to_string();
    // Only a regular file, read through a bound (a FIFO named .csv would hang the app).
    let bytes =
        crate::article::open::read_bounded(path, MAX_IMPORT_BYTES).map_err(
            |error| match error {
                crate::article::InputError::Io(source) => ImportError::Read {
                    path: shown.clone(),
                    source,
                },
                other => ImportError::Format {
                    path: shown.clone(),
                    reason: other.to_string(),
                },
            },
        )?;
    let format_error = |reason: String| ImportError::Format {
        path: shown.clone(),
        reason,
    };
    let extension = path
        .extension()
        .map(|e| e.to_string_lossy().to_lowercase())
        .unwrap_or_default();
    let text = std::str::from_utf8(bytes.strip_prefix(b"\xEF\xBB\xBF").unwrap_or(&bytes))
        .map_err(|e| format_error(format!("not UTF-8 text (byte {})", e.valid_up_to())))?;
    match extension.as_str() {
        "csv" | "tsv" => csv::read(text, gazetteer).map_err(format_error),
        _ => geojson::read(text, gazetteer).map_err(format_error),
    }
}

/// Reads a date as exports write it: `2024-01-20`, `20 January 2024`, `20-Jan-2024`,
/// `2024/01/20`. Years outside 1800–2200 are refused: they are typos, and one would
/// stretch the time slider over millennia.
pub(crate) fn parse_date(text: &str) -> Option<NaiveDate> {
    let text = text.trim();
    [
        "%Y-%m-%d", "%d %B %Y", "%d %b %Y", "%d-%B-%Y", "%d-%b-%Y", "%Y/%m/%d",
    ]
    .iter()
    .find_map(|format| NaiveDate::parse_from_str(text, format).ok())
    .filter(|&d| crate::article::is_news_year(d))
}

/// The fields every reader interprets the same way, from their text (empty when absent).
pub(crate) struct WhenWhat {
    pub event_date: Option<NaiveDate>,
    pub date_end: Option<NaiveDate>,
    pub kind: EventKind,
    pub precision: Precision,
}

/// Reads the dates, kind and precision of a row: empty dates are unknown, an empty kind
/// is an incident, an empty precision a city; anything else unreadable is the row's error.
pub(crate) fn when_what(
    event_date: &str,
    date_end: &str,
    kind: &str,
    precision: &str,
) -> Result<WhenWhat, String> {
    let date = |text: &str, what: &str| match text {
        "" => Ok(None),
        text => parse_date(text)
            .map(Some)
            .ok_or_else(|| format!("{what} {text:?} is not a date (use YYYY-MM-DD)")),
    };
    let kind = match kind {
        "" => EventKind::Incident,
        text => parse_kind(text).ok_or_else(|| format!("unknown kind {text:?}"))?,
    };
    let precision = match precision {
        "" => Precision::City,
        text => parse_precision(text).ok_or_else(|| format!("unknown precision {text:?}"))?,
    };
    let event_date = date(event_date, "event_date")?;
    let date_end = date(date_end, "date_end")?;
    check_range(event_date, date_end)?;
    Ok(WhenWhat {
        event_date,
        date_end,
        kind,
        precision,
    })
}

/// Actors written as one text: `A; B; C`.
pub(crate) fn split_actors(text: &str) -> impl Iterator<Item = String> + '_ {
    text.split(';')
        .map(str::trim)
        .filter(|a| !a.is_empty())
        .map(str::to_owned)
}

/// Checks that a range ends no earlier than it starts.
pub(crate) fn check_range(from: Option<NaiveDate>, to: Option<NaiveDate>) -> Result<(), String> {
    match (from, to) {
        (Some(from), Some(to)) if to < from => {
            Err(format!("date_end {to} is before event_date {from}"))
        }
        (None, Some(_)) => Err("date_end without event_date".to_owned()),
        _ => Ok(()),
    }
}

/// Spreadsheets run a cell that starts with `=`, `+`, `-` or `@` as a formula; text from
/// articles must not. Such text fields are written with a leading `'`, which the reader
/// removes again.
pub(crate) fn defuse_formula(text: &str) -> std::borrow::Cow<'_, str> {
    if text.starts_with(['=', '+', '-', '@']) {
        format!("'{text}").into()
    } else {
        text.into()
    }
}

/// Undoes [`defuse_formula`].
pub(crate) fn restore_formula(text: &str) -> &str {
    match text.strip_prefix('\'') {
        Some(rest) if rest.starts_with(['=', '+', '-', '@']) => rest,
        _ => text,
    }
}

/// Reads a kind: ours (`incident`, `meeting`, `call`, `other`) or an ACLED event type.
pub(crate) fn parse_kind(text: &str) -> Option<EventKind> {
    Some(match text.trim().to_lowercase().as_str() {
        "incident"
        | "battles"
        | "explosions/remote violence"
        | "violence against civilians"
        | "riots" => EventKind::Incident,
        "meeting" => EventKind::Meeting,
        "call" => EventKind::Call,
        "other" | "protests" | "strategic developments" => EventKind::Other,
        _ => return None,
    })
}

/// Reads a precision: ours by name, or ACLED's `geo_precision` (1 town, 2 near a town
/// or a district, 3 a province).
pub(crate) fn parse_precision(text: &str) -> Option<Precision> {
    Some(match text.trim() {
        "site" => Precision::Site,
        "city" | "1" => Precision::City,
        "district" | "2" => Precision::District,
        "province" | "3" => Precision::Province,
        "country" => Precision::Country,
        _ => return None,
    })
}

/// A country as a code: two letters are taken as given, names are looked up.
pub(crate) fn country_code(text: &str, gazetteer: &Gazetteer) -> String {
    let text = text.trim();
    if text.len() == 2 && text.bytes().all(|b| b.is_ascii_alphabetic()) {
        return text.to_ascii_uppercase();
    }
    gazetteer
        .by_name(&crate::text::fold(text))
        .iter()
        .map(|r| gazetteer.place(r.place))
        .find(|p| p.kind == PlaceKind::Country)
        .map_or_else(String::new, |p| p.country_code.to_owned())
}

/// Checks a coordinate pair; the message names what is wrong.
pub(crate) fn check_point(latitude: f64, longitude: f64) -> Result<(), String> {
    if !(-90.0..=90.0).contains(&latitude) || !latitude.is_finite() {
        return Err(format!("latitude {latitude} is outside -90..90"));
    }
    if !(-180.0..=180.0).contains(&longitude) || !longitude.is_finite() {
        return Err(format!("longitude {longitude} is outside -180..180"));
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn dates_in_export_formats() {
        let day = NaiveDate::from_ymd_opt(2024, 1, 20);
        for text in ["2024-01-20", "20 January 2024", "20-Jan-2024", "2024/01/20"] {
            assert_eq!(parse_date(text), day, "{text}");
        }
        assert_eq!(parse_date("last Tuesday"), None);
        assert_eq!(parse_date("+200000-01-01"), None);
        assert!(check_range(day, NaiveDate::from_ymd_opt(2024, 1, 19)).is_err());
    }

    #[test]
    fn acled_types_map_to_kinds() {
        assert_eq!(
            parse_kind("Explosions/Remote violence"),
            Some(EventKind::Incident)
        );
        assert_eq!(parse_kind("meeting"), Some(EventKind::Meeting));
        assert_eq!(parse_kind("parade"), None);
        assert_eq!(parse_precision("3"), Some(Precision::Province));
    }

    #[test]
    fn formulas_are_defused_and_restored() {
        assert_eq!(defuse_formula("=HYPERLINK(\"x\")"), "'=HYPERLINK(\"x\")");
        assert_eq!(restore_formula(&defuse_formula("-ish")), "-ish");
        assert_eq!(restore_formula("'quoted'"), "'quoted'");
        assert_eq!(defuse_formula("Erbil"), "Erbil");
    }
}
