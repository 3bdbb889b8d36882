//! CSV with ACLED-like columns.
//!
//! Written: `event_date, kind, subtype, place, country, latitude, longitude, precision,
//! actors, source, title, evidence, date_end, fatalities, path` (actors joined with "; ").
//! Read: the same columns, or an ACLED export's (`event_type`, `sub_event_type`,
//! `location`, `actor1`, `assoc_actor_1`, `actor2`, `assoc_actor_2`, `geo_precision`,
//! `notes`, `country` as a name), in any order; a tab-separated file works too.

use std::io::Write;

use super::{
    Imported, Row, RowProblem, check_point, country_code, defuse_formula, restore_formula,
    split_actors, when_what,
};
use crate::gazetteer::Gazetteer;

/// The columns written, in order.
pub const HEADER: [&str; 17] = [
    "event_date",
    "kind",
    "subtype",
    "place",
    "country",
    "latitude",
    "longitude",
    "precision",
    "actors",
    "source",
    "title",
    "evidence",
    "date_end",
    "fatalities",
    "path",
    "reports",
    "articles",
];

/// Writes `rows` with a header line.
pub fn write(rows: &[Row], out: impl Write) -> std::io::Result<()> {
    let mut writer = ::csv::Writer::from_writer(out);
    writer.write_record(HEADER)?;
    for row in rows {
        let date = |d: Option<chrono::NaiveDate>| d.map(|d| d.to_string()).unwrap_or_default();
        let text = |s: &str| defuse_formula(s).into_owned();
        writer.write_record([
            date(row.event_date),
            row.kind.as_str().to_owned(),
            text(&row.subtype),
            text(&row.place),
            row.country.clone(),
            row.latitude.to_string(),
            row.longitude.to_string(),
            row.precision.as_str().to_owned(),
            text(&row.actors.join("; ")),
            text(&row.source),
            text(&row.title),
            text(&row.evidence),
            date(row.date_end),
            row.fatalities.map(|n| n.to_string()).unwrap_or_default(),
            text(&row.path),
            row.reports.max(1).to_string(),
            text(&row.articles.join("; ")),
        ])?;
    }
    writer.flush()
}

/// Where each known column is in the file's header.
struct Columns {
    date: Option<usize>,
    date_end: Option<usize>,
    kind: Option<usize>,
    event_type: Option<usize>,
    subtype: Option<usize>,
    place: Option<usize>,
    country: Option<usize>,
    latitude: usize,
    longitude: usize,
    precision: Option<usize>,
    actors: Vec<usize>,
    fatalities: Option<usize>,
    source: Option<usize>,
    title: Option<usize>,
    evidence: Option<usize>,
    path: Option<usize>,
}

impl Columns {
    fn find(header: &::csv::StringRecord) -> Result<Columns, String> {
        let names: Vec<String> = header.iter().map(|h| h.trim().to_lowercase()).collect();
        let any = |wanted: &[&str]| {
            wanted
                .iter()
                .find_map(|w| names.iter().position(|n| n == w))
        };
        let required = |wanted: &[&str]| {
            any(wanted).ok_or_else(|| {
                format!(
                    "the header has no {} column (it has: {})",
                    wanted.join(" / "),
                    names.join(", ")
                )
            })
        };
        let actors = match any(&["actors"]) {
            Some(i) => vec![i],
            None => ["actor1", "assoc_actor_1", "actor2", "assoc_actor_2"]
                .iter()
                .filter_map(|w| any(&[w]))
                .collect(),
        };
        Ok(Columns {
            date: any(&["event_date", "date"]),
            date_end: any(&["date_end"]),
            kind: any(&["kind"]),
            event_type: any(&["event_type", "disorder_type"]),
            subtype: any(&["subtype", "sub_event_type"]),
            place: any(&["place", "location", "name"]),
            country: any(&["country", "country_code", "iso"]),
            latitude: required(&["latitude", "lat"])?,
            longitude: required(&["longitude", "lon", "lng"])?,
            precision: any(&["precision", "geo_precision"]),
            actors,
            fatalities: any(&["fatalities", "killed"]),
            source: any(&["source"]),
            title: any(&["title"]),
            evidence: any(&["evidence", "notes"]),
            path: any(&["path", "url", "event_id_cnty"]),
        })
    }

    fn row(&self, record: &::csv::StringRecord, gazetteer: &Gazetteer) -> Result<Row, String> {
        let get =
            |i: Option<usize>| restore_formula(i.and_then(|i| record.get(i)).unwrap_or("").trim());
        let number = |i: usize, what: &str| {
            let text = record.get(i).unwrap_or("").trim();
            text.parse::<f64>()
                .map_err(|_| format!("{what} {text:?} is not a number"))
        };
        let latitude = number(self.latitude, "latitude")?;
        let longitude = number(self.longitude, "longitude")?;
        check_point(latitude, longitude)?;
        let kind = match get(self.kind) {
            "" => get(self.event_type),
            kind => kind,
        };
        let read = when_what(
            get(self.date),
            get(self.date_end),
            kind,
            get(self.precision),
        )?;
        let fatalities = match get(self.fatalities) {
            "" => None,
            text => Some(
                text.parse::<u32>()
                    .map_err(|_| format!("fatalities {text:?} is not a whole number"))?,
            ),
        };
        let actors = self
            .actors
            .iter()
            .flat_map(|&i| split_actors(restore_formula(record.get(i).unwrap_or("").trim())))
            .collect();
        Ok(Row {
            event_date: read.event_date,
            date_end: read.date_end,
            kind: read.kind,
            subtype: get(self.subtype).to_owned(),
            place: get(self.place).to_owned(),
            country: country_code(get(self.country), gazetteer),
            latitude,
            longitude,
            precision: read.precision,
            actors,
            fatalities,
            source: get(self.source).to_owned(),
            title: get(self.title).to_owned(),
            evidence: get(self.evidence).to_owned(),
            path: get(self.path).to_owned(),
            reports: 1,
            articles: Vec::new(),
        })
    }
}

/// Reads CSV (or tab-separated) text. Errors only when the header is unusable; bad rows
/// are reported with their line and skipped.
pub fn read(text: &str, gazetteer: &Gazetteer) -> Result<Imported, String> {
    let first_line = text.lines().next().unwrap_or("");
    let delimiter = if first_line.contains('\t') && !first_line.contains(',') {
        b'\t'
    } else {
        b','
    };
    let mut reader = ::csv::ReaderBuilder::new()
        .delimiter(delimiter)
        .flexible(true)
        .from_reader(text.as_bytes());
    let header = reader
        .headers()
        .map_err(|e| format!("cannot read the header line: {e}"))?
        .clone();
    let columns = Columns::find(&header)?;
    let mut imported = Imported::default();
    for record in reader.records() {
        match record {
            Ok(record) => {
                let line = record.position().map_or(0, |p| p.line());
                if record.iter().all(|f| f.trim().is_empty()) {
                    continue;
                }
                match columns.row(&record, gazetteer) {
                    Ok(row) => imported.rows.push(row),
                    Err(message) => imported.problems.push(RowProblem { line, message }),
                }
            }
            Err(error) => imported.problems.push(RowProblem {
                line: error.position().map_or(0, |p| p.line()),
                message: error.to_string(),
            }),
        }
    }
    Ok(imported)
}
