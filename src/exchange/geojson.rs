//! GeoJSON: a FeatureCollection with one Point feature per event (longitude first, as
//! GeoJSON requires). Properties carry the CSV columns; `actors` is an array. The
//! `precision` property must be read with the point: a `country` or `province` event's
//! point is the area's centre, not a location claim.
//!
//! Read back: Point features with our properties, or common alternatives (`date`,
//! `location`, `name`, `event_type`, `sub_event_type`, `notes`, `country_code`).

use geojson::{Feature, FeatureCollection, Geometry, GeometryValue, JsonObject, JsonValue};
use serde::Deserialize;
use serde_json::value::RawValue;

use super::{Imported, Row, RowProblem, check_point, country_code, split_actors, when_what};
use crate::gazetteer::Gazetteer;

/// The FeatureCollection of `rows`.
pub fn write(rows: &[Row]) -> FeatureCollection {
    let features = rows
        .iter()
        .map(|row| {
            let mut p = JsonObject::new();
            let date = |d: Option<chrono::NaiveDate>| d.map(|d| d.to_string()).into();
            p.insert("event_date".into(), date(row.event_date));
            p.insert("date_end".into(), date(row.date_end));
            p.insert("kind".into(), row.kind.as_str().into());
            p.insert("subtype".into(), row.subtype.clone().into());
            p.insert("place".into(), row.place.clone().into());
            p.insert("country".into(), row.country.clone().into());
            p.insert("precision".into(), row.precision.as_str().into());
            p.insert("actors".into(), row.actors.clone().into());
            p.insert("fatalities".into(), row.fatalities.into());
            p.insert("source".into(), row.source.clone().into());
            p.insert("title".into(), row.title.clone().into());
            p.insert("evidence".into(), row.evidence.clone().into());
            p.insert("path".into(), row.path.clone().into());
            p.insert("reports".into(), row.reports.max(1).into());
            p.insert("articles".into(), row.articles.clone().into());
            Feature {
                bbox: None,
                geometry: Some(Geometry::new_point([row.longitude, row.latitude])),
                id: None,
                properties: Some(p),
                foreign_members: None,
            }
        })
        .collect();
    FeatureCollection {
        bbox: None,
        features,
        foreign_members: None,
    }
}

/// The outer object, with each feature kept as raw text so that its line is known and a
/// bad feature does not spoil the others.
#[derive(Deserialize)]
struct Collection<'a> {
    #[serde(rename = "type")]
    kind: String,
    #[serde(borrow, default)]
    features: Vec<&'a RawValue>,
}

/// Reads a FeatureCollection. Errors only when the text is not one; bad features are
/// reported with the line they start on and skipped.
pub fn read(text: &str, gazetteer: &Gazetteer) -> Result<Imported, String> {
    let collection: Collection<'_> = serde_json::from_str(text).map_err(|e| {
        format!(
            "not a GeoJSON FeatureCollection (line {}, column {}): {e}",
            e.line(),
            e.column()
        )
    })?;
    if collection.kind != "FeatureCollection" {
        return Err(format!(
            "a GeoJSON {} where a FeatureCollection was expected",
            collection.kind
        ));
    }
    let mut imported = Imported::default();
    // Features come in text order: count lines from the previous one, not from the start.
    let (mut counted_to, mut line) = (0, 1u64);
    for raw in collection.features {
        let offset = (raw.get().as_ptr() as usize)
            .saturating_sub(text.as_ptr() as usize)
            .clamp(counted_to, text.len());
        line += text.as_bytes()[counted_to..offset]
            .iter()
            .filter(|&&b| b == b'\n')
            .count() as u64;
        counted_to = offset;
        let row = serde_json::from_str::<Feature>(raw.get())
            .map_err(|e| format!("not a GeoJSON Feature: {e}"))
            .and_then(|feature| row_of(&feature, gazetteer));
        match row {
            Ok(row) => imported.rows.push(row),
            Err(message) => imported.problems.push(RowProblem { line, message }),
        }
    }
    Ok(imported)
}

fn row_of(feature: &Feature, gazetteer: &Gazetteer) -> Result<Row, String> {
    let (longitude, latitude) = match feature.geometry.as_ref().map(|g| &g.value) {
        Some(GeometryValue::Point { coordinates }) if coordinates.len() >= 2 => {
            (coordinates[0], coordinates[1])
        }
        Some(other) => {
            return Err(format!(
                "geometry is a {}; only Point features are imported",
                other.type_name()
            ));
        }
        None => return Err("the feature has no geometry".to_owned()),
    };
    check_point(latitude, longitude)?;
    let empty = JsonObject::new();
    let properties = feature.properties.as_ref().unwrap_or(&empty);
    let text = |keys: &[&str]| -> String {
        keys.iter()
            .find_map(|k| match properties.get(*k) {
                Some(JsonValue::String(s)) if !s.trim().is_empty() => Some(s.trim().to_owned()),
                Some(JsonValue::Number(n)) => Some(n.to_string()),
                _ => None,
            })
            .unwrap_or_default()
    };
    let read = when_what(
        &text(&["event_date", "date"]),
        &text(&["date_end"]),
        &text(&["kind", "event_type"]),
        &text(&["precision", "geo_precision"]),
    )?;
    let actors = match properties.get("actors") {
        Some(JsonValue::Array(items)) => items
            .iter()
            .filter_map(|a| a.as_str())
            .map(|a| a.trim().to_owned())
            .filter(|a| !a.is_empty())
            .collect(),
        _ => split_actors(&text(&["actors"])).collect(),
    };
    let fatalities = match properties.get("fatalities") {
        None | Some(JsonValue::Null) => None,
        Some(value) => Some(
            value
                .as_u64()
                .and_then(|n| u32::try_from(n).ok())
                .ok_or_else(|| format!("fatalities {value} is not a whole number"))?,
        ),
    };
    Ok(Row {
        event_date: read.event_date,
        date_end: read.date_end,
        kind: read.kind,
        subtype: text(&["subtype", "sub_event_type"]),
        place: text(&["place", "location", "name"]),
        country: country_code(&text(&["country", "country_code"]), gazetteer),
        latitude,
        longitude,
        precision: read.precision,
        actors,
        fatalities,
        source: text(&["source"]),
        title: text(&["title"]),
        evidence: text(&["evidence", "notes"]),
        path: text(&["path", "url"]),
        reports: 1,
        articles: Vec::new(),
    })
}
