//! The catalog: every extracted event as a flat, cheap-to-filter record, with the articles
//! they come from and the inputs that failed. This is what the map, the slider, the list
//! and the exports read; it has no GUI code.

use chrono::NaiveDate;

use crate::events::EventKind;
use crate::gazetteer::Gazetteer;
use crate::pipeline::{Extracted, Outcome};

/// Days since 1970-01-01, the time unit of the slider.
pub type Day = i32;

/// Converts a date to [`Day`].
pub fn day_of(date: NaiveDate) -> Day {
    let epoch = NaiveDate::from_ymd_opt(1970, 1, 1).unwrap_or_default();
    i32::try_from((date - epoch).num_days()).unwrap_or(0)
}

/// Converts a [`Day`] back to a date.
pub fn date_of(day: Day) -> NaiveDate {
    let epoch = NaiveDate::from_ymd_opt(1970, 1, 1).unwrap_or_default();
    epoch + chrono::Duration::days(i64::from(day))
}

/// How an event may be drawn, from its place's precision.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, serde::Serialize, serde::Deserialize)]
pub enum Precision {
    Site,
    City,
    District,
    Province,
    Country,
}

impl Precision {
    pub fn parse(s: &str) -> Precision {
        match s {
            "site" => Precision::Site,
            "city" => Precision::City,
            "district" => Precision::District,
            "province" => Precision::Province,
            _ => Precision::Country,
        }
    }

    pub fn as_str(self) -> &'static str {
        match self {
            Precision::Site => "site",
            Precision::City => "city",
            Precision::District => "district",
            Precision::Province => "province",
            Precision::Country => "country",
        }
    }

    /// Site, city and district events are pins; coarser ones are areas or a tray entry.
    pub fn is_pin(self) -> bool {
        matches!(
            self,
            Precision::Site | Precision::City | Precision::District
        )
    }
}

/// One event, flattened for the views.
#[derive(Clone, Debug)]
pub struct EventRecord {
    pub article: usize,
    /// Index of the event within its article's events.
    pub index_in_article: usize,
    pub kind: EventKind,
    pub subtype: &'static str,
    /// First and last day; events without a date are not on the timeline.
    pub from: Option<Day>,
    pub to: Option<Day>,
    pub lat: f64,
    pub lon: f64,
    /// Web Mercator position in [0, 1]², computed once for clustering.
    pub mercator: (f64, f64),
    pub precision: Precision,
    pub place: String,
    pub country_code: String,
    pub admin1: String,
    pub actors: Vec<String>,
    /// Lowercase text searched by the free-text filter: title, actors, places, subtype.
    pub search_text: String,
}

/// An input that could not be read, for the Problems panel.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Problem {
    pub path: String,
    pub message: String,
}

/// Everything loaded.
#[derive(Default)]
pub struct Catalog {
    pub articles: Vec<Extracted>,
    pub events: Vec<EventRecord>,
    pub problems: Vec<Problem>,
}

impl Catalog {
    /// Adds the outcome of one input: its events, or its problem. Warnings become problems
    /// too, so nothing is silently dropped.
    pub fn add(&mut self, outcome: Outcome, gazetteer: &Gazetteer) {
        match outcome.result {
            Err(error) => self.problems.push(Problem {
                path: outcome.path,
                message: error.to_string(),
            }),
            Ok(extracted) => {
                for warning in &extracted.article.warnings {
                    if !warning.starts_with("no date line") {
                        self.problems.push(Problem {
                            path: outcome.path.clone(),
                            message: warning.clone(),
                        });
                    }
                }
                let article = self.articles.len();
                let title = extracted.article.title.clone().unwrap_or_default();
                // The article's places are searchable from each of its events.
                let places: Vec<&str> = extracted
                    .mentions
                    .iter()
                    .map(|m| gazetteer.place(m.place).name)
                    .collect();
                let places = places.join(" ");
                for (index_in_article, event) in extracted.events.iter().enumerate() {
                    let place = gazetteer.place(event.place);
                    let search_text = format!(
                        "{title} {} {} {} {places}",
                        place.name,
                        event.subtype,
                        event.actors.join(" ")
                    );
                    self.events.push(EventRecord {
                        article,
                        index_in_article,
                        kind: event.kind,
                        subtype: event.subtype,
                        from: event.date.map(day_of),
                        to: event.date_end.or(event.date).map(day_of),
                        lat: place.lat,
                        lon: place.lon,
                        mercator: super::clusters::mercator(place.lat, place.lon),
                        precision: Precision::parse(place.precision()),
                        place: place.name.to_string(),
                        country_code: place.country_code.to_string(),
                        admin1: place.admin1.to_string(),
                        actors: event.actors.clone(),
                        search_text: search_text.to_lowercase(),
                    });
                }
                self.articles.push(extracted);
            }
        }
    }

    /// The first and last day of any dated event.
    pub fn day_range(&self) -> Option<(Day, Day)> {
        let from = self.events.iter().filter_map(|e| e.from).min()?;
        let to = self.events.iter().filter_map(|e| e.to).max()?;
        Some((from, to))
    }
}
