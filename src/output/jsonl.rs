//! The JSON Lines record of one input: its article metadata, places and events.
//!
//! Offsets are UTF-8 byte offsets into the file as read (BOM included) or, for JSON
//! records, into the record's `text`.

use serde::Serialize;

use super::round4;
use crate::events::{Counts, Event, LocatedBy};
use crate::gazetteer::Gazetteer;
use crate::geoparse::Mention;
use crate::pipeline::{Extracted, Outcome};

/// One output line.
#[derive(Serialize)]
pub struct FileJson {
    pub path: String,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub error: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub article: Option<ArticleJson>,
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub warnings: Vec<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub places: Option<Vec<PlaceJson>>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub events: Option<Vec<EventJson>>,
}

#[derive(Serialize)]
pub struct ArticleJson {
    pub date: Option<String>,
    pub dateline: Option<String>,
    pub source: Option<String>,
    pub title: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub url: Option<String>,
    /// The text offsets count in, when it is not the file as read: the main text of a web
    /// page, or a feed item's text.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub text: Option<String>,
}

#[derive(Serialize)]
pub struct PlaceJson {
    pub text: String,
    pub start: usize,
    pub end: usize,
    pub name: String,
    pub lat: f64,
    pub lon: f64,
    pub country_code: String,
    pub kind: &'static str,
    pub role: &'static str,
    pub confidence: f32,
    /// GeoNames id, or `c<N>`/`r<N>`/`a<N>` for curated, regional and airport rows.
    pub gazetteer_id: String,
}

#[derive(Serialize)]
pub struct EventJson {
    pub kind: &'static str,
    pub subtype: &'static str,
    pub date: Option<String>,
    pub date_end: Option<String>,
    pub place: String,
    pub lat: f64,
    pub lon: f64,
    pub country_code: String,
    pub precision: &'static str,
    pub located_by: LocatedBy,
    pub actors: Vec<String>,
    #[serde(skip_serializing_if = "Counts::is_empty")]
    pub counts: Counts,
    pub evidence: [usize; 2],
    pub trigger: [usize; 2],
    pub confidence: f32,
}

/// The output record of one outcome.
pub fn file_json(outcome: Outcome, gazetteer: &Gazetteer) -> FileJson {
    match outcome.result {
        Err(error) => FileJson {
            path: outcome.path,
            error: Some(error.to_string()),
            article: None,
            warnings: Vec::new(),
            places: None,
            events: None,
        },
        Ok(extracted) => extracted_json(outcome.path, &extracted, gazetteer),
    }
}

fn extracted_json(path: String, extracted: &Extracted, gazetteer: &Gazetteer) -> FileJson {
    let article = &extracted.article;
    let base = article.offset_base;
    let places = extracted
        .mentions
        .iter()
        .map(|m| place_json(m, &article.text, base, gazetteer))
        .collect();
    let events = extracted
        .events
        .iter()
        .map(|e| event_json(e, extracted, gazetteer))
        .collect();
    FileJson {
        path,
        error: None,
        article: Some(ArticleJson {
            date: article.date.map(|d| d.to_string()),
            dateline: article.dateline.as_ref().map(|d| titlecase(&d.place)),
            source: article.source.clone(),
            title: article.title.clone(),
            url: article.url.clone(),
            text: article.extracted.then(|| article.text.clone()),
        }),
        warnings: article.warnings.clone(),
        places: Some(places),
        events: Some(events),
    }
}

fn place_json(mention: &Mention, text: &str, base: usize, gazetteer: &Gazetteer) -> PlaceJson {
    let place = mention.located(gazetteer);
    PlaceJson {
        text: text
            .get(mention.start..mention.end)
            .unwrap_or("")
            .to_owned(),
        start: base + mention.start,
        end: base + mention.end,
        name: place.name.to_string(),
        lat: round4(place.lat),
        lon: round4(place.lon),
        country_code: place.country_code.to_string(),
        kind: place.kind,
        role: mention.role.as_str(),
        confidence: mention.confidence,
        gazetteer_id: place.gazetteer_id.to_string(),
    }
}

fn event_json(event: &Event, extracted: &Extracted, gazetteer: &Gazetteer) -> EventJson {
    let place = extracted.located(event, gazetteer);
    let base = extracted.article.offset_base;
    EventJson {
        kind: event.kind.as_str(),
        subtype: event.subtype,
        date: event.date.map(|d| d.to_string()),
        date_end: event.date_end.map(|d| d.to_string()),
        place: place.name.to_string(),
        lat: round4(place.lat),
        lon: round4(place.lon),
        country_code: place.country_code.to_string(),
        precision: place.precision,
        located_by: event.located_by,
        actors: event.actors.clone(),
        counts: event.counts,
        evidence: [base + event.evidence.0, base + event.evidence.1],
        trigger: [base + event.trigger.0, base + event.trigger.1],
        confidence: event.confidence,
    }
}

/// "AL-ASAD AIR BASE" → "Al-Asad Air Base": datelines are shouted, names are not.
fn titlecase(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    let mut start_of_word = true;
    for c in text.chars() {
        if start_of_word {
            out.extend(c.to_uppercase());
        } else {
            out.extend(c.to_lowercase());
        }
        start_of_word = !c.is_alphanumeric() && c != '\'' && c != '’';
    }
    out
}

#[cfg(test)]
mod tests {
    use super::titlecase;

    #[test]
    fn datelines_are_title_cased() {
        assert_eq!(titlecase("AL-ASAD AIR BASE"), "Al-Asad Air Base");
        assert_eq!(titlecase("ERBIL"), "Erbil");
    }
}
