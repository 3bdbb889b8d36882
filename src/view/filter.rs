//! Which events are shown: a time window, kinds, free text and a country.
//!
//! The time index keeps events sorted by first day, so a slider move costs two binary
//! searches and a short scan, whatever the number of events (see `benches/views.rs`).

use super::catalog::{Day, EventRecord};
use crate::events::EventKind;

/// An inclusive window of days. An event is inside when its own range overlaps it.
#[derive(Clone, Copy, Debug, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
pub struct TimeWindow {
    pub from: Day,
    pub to: Day,
}

impl TimeWindow {
    pub fn contains(&self, from: Day, to: Day) -> bool {
        from <= self.to && to >= self.from
    }
}

/// Filters other than time.
#[derive(Clone, Debug, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
pub struct Filters {
    pub incidents: bool,
    pub meetings: bool,
    pub calls: bool,
    /// Case-insensitive substring of title, actors, places, subtype.
    pub text: String,
    /// ISO alpha-2 code, or empty for all countries.
    pub country: String,
}

impl Default for Filters {
    fn default() -> Self {
        Filters {
            incidents: true,
            meetings: true,
            calls: true,
            text: String::new(),
            country: String::new(),
        }
    }
}

impl Filters {
    pub fn accepts_kind(&self, kind: EventKind) -> bool {
        match kind {
            EventKind::Incident => self.incidents,
            EventKind::Meeting => self.meetings,
            EventKind::Call => self.calls,
            EventKind::Other => true,
        }
    }

    /// Whether an event passes the kind, text and country filters.
    pub fn accepts(&self, event: &EventRecord) -> bool {
        self.accepts_kind(event.kind)
            && (self.country.is_empty() || event.country_code == self.country)
            && (self.text.is_empty() || event.search_text.contains(&self.text.to_lowercase()))
    }
}

/// Dated events sorted by first day, for fast window queries.
#[derive(Default, Clone, Debug)]
pub struct TimeIndex {
    /// Event indexes, by first day.
    order: Vec<u32>,
    from: Vec<Day>,
    to: Vec<Day>,
    /// Longest event range, in days: bounds how far back a window query looks.
    max_span: Day,
}

impl TimeIndex {
    pub fn build(events: &[EventRecord]) -> TimeIndex {
        let mut dated: Vec<(Day, Day, u32)> = events
            .iter()
            .enumerate()
            .filter_map(|(i, e)| Some((e.from?, e.to.or(e.from)?, u32::try_from(i).ok()?)))
            .collect();
        dated.sort_unstable();
        TimeIndex {
            max_span: dated.iter().map(|&(f, t, _)| t - f).max().unwrap_or(0),
            order: dated.iter().map(|d| d.2).collect(),
            from: dated.iter().map(|d| d.0).collect(),
            to: dated.iter().map(|d| d.1).collect(),
        }
    }

    pub fn len(&self) -> usize {
        self.order.len()
    }

    pub fn is_empty(&self) -> bool {
        self.order.is_empty()
    }

    /// Indexes (into the event list) of the dated events overlapping `window`, in order of
    /// first day. `cumulative` shows everything up to the window's end.
    pub fn visible(&self, window: TimeWindow, cumulative: bool, out: &mut Vec<u32>) {
        out.clear();
        let earliest = if cumulative {
            Day::MIN
        } else {
            window.from.saturating_sub(self.max_span)
        };
        let start = self.from.partition_point(|&f| f < earliest);
        let end = self.from.partition_point(|&f| f <= window.to);
        for i in start..end {
            if cumulative || self.to[i] >= window.from {
                out.push(self.order[i]);
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn record(from: Day, to: Day) -> EventRecord {
        EventRecord {
            article: 0,
            index_in_article: 0,
            kind: EventKind::Incident,
            subtype: "attack",
            from: Some(from),
            to: Some(to),
            lat: 0.0,
            lon: 0.0,
            precision: super::super::catalog::Precision::City,
            place: String::new(),
            country_code: "IQ".into(),
            admin1: String::new(),
            actors: vec![],
            search_text: String::new(),
        }
    }

    #[test]
    fn windows_catch_events_whose_range_overlaps() {
        let events = vec![
            record(10, 10),
            record(5, 30),
            record(20, 20),
            record(40, 41),
        ];
        let index = TimeIndex::build(&events);
        let mut out = Vec::new();
        index.visible(TimeWindow { from: 15, to: 25 }, false, &mut out);
        out.sort();
        assert_eq!(out, vec![1, 2]);
        index.visible(TimeWindow { from: 15, to: 25 }, true, &mut out);
        out.sort();
        assert_eq!(out, vec![0, 1, 2]);
    }
}
