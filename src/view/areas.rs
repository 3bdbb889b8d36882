//! Province-level events gathered per province: the map draws one outline, one ring and
//! one count per province, not one per event.
//!
//! A province event has no point of its own (its position is the province's centre), so
//! a hundred of them in Nineveh are one thing to draw and one thing to click, whatever the
//! zoom. Drawing each one separately cost an outline, a ring and a widget per event: with a
//! million events the map fell under one frame a second.

use rustc_hash::FxHashMap;

use super::catalog::{EventRecord, Precision};
use super::clusters::kind_slot;
use crate::events::EventKind;

/// The visible province-level events of one province.
#[derive(Clone, Debug, Default)]
pub struct AreaGroup {
    /// ISO country code and first-level division code, as the basemap's outlines are keyed.
    /// Empty `admin1` when the event's province has no code (then the group is keyed by its
    /// place name).
    pub country_code: String,
    pub admin1: String,
    /// The province's name, as the first member states it.
    pub place: String,
    /// The mean position of the members (they share the province centre in practice).
    pub lat: f64,
    pub lon: f64,
    /// Web Mercator position in [0, 1]², for culling.
    pub mercator: (f64, f64),
    /// Member event indexes, in the order they were given (first day first).
    pub members: Vec<u32>,
    /// Members per kind: incidents, meetings, calls.
    pub by_kind: [u32; 3],
    /// The layer all members share (an imported layer is drawn in its colour); 0
    /// (extracted) when they are mixed.
    pub layer: u16,
}

impl AreaGroup {
    /// The kind most members have; decides the outline's colour.
    pub fn main_kind(&self) -> EventKind {
        let [i, m, c] = self.by_kind;
        if i >= m && i >= c {
            EventKind::Incident
        } else if m >= c {
            EventKind::Meeting
        } else {
            EventKind::Call
        }
    }

    /// Whether `event` is drawn in this group (same province).
    pub fn holds(&self, event: &EventRecord) -> bool {
        is_area(event) && event.country_code == self.country_code && key(event) == self.key()
    }

    fn key(&self) -> &str {
        if self.admin1.is_empty() {
            &self.place
        } else {
            &self.admin1
        }
    }
}

/// Whether an event is drawn as an area (province-level).
pub fn is_area(event: &EventRecord) -> bool {
    event.precision == Precision::Province
}

/// What groups an area event: its division code, or without one its place name (two
/// uncoded provinces of one name in one country are the same province).
fn key(event: &EventRecord) -> &str {
    if event.admin1.is_empty() {
        &event.place
    } else {
        &event.admin1
    }
}

/// Groups the province-level events among `visible` by province, in order of each
/// province's first member. Linear in `visible`.
pub fn group_areas(events: &[EventRecord], visible: &[u32]) -> Vec<AreaGroup> {
    let mut slots: FxHashMap<(&str, &str), usize> = FxHashMap::default();
    let mut groups: Vec<AreaGroup> = Vec::new();
    for &i in visible {
        let Some(event) = events.get(i as usize) else {
            continue;
        };
        if !is_area(event) {
            continue;
        }
        let slot = *slots
            .entry((event.country_code.as_str(), key(event)))
            .or_insert_with(|| {
                groups.push(AreaGroup {
                    country_code: event.country_code.clone(),
                    admin1: event.admin1.clone(),
                    place: event.place.clone(),
                    layer: event.layer,
                    ..AreaGroup::default()
                });
                groups.len() - 1
            });
        let group = &mut groups[slot];
        if group.layer != event.layer {
            group.layer = 0;
        }
        group.lat += event.lat;
        group.lon += event.lon;
        group.members.push(i);
        group.by_kind[kind_slot(event.kind)] += 1;
    }
    for group in &mut groups {
        let n = group.members.len().max(1) as f64;
        group.lat /= n;
        group.lon /= n;
        group.mercator = super::clusters::mercator(group.lat, group.lon);
    }
    groups
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::view::catalog::Source;

    fn event(kind: EventKind, precision: Precision, admin1: &str, place: &str) -> EventRecord {
        EventRecord {
            source: Source::Layer { layer: 0, row: 0 },
            layer: 0,
            kind,
            subtype: String::new(),
            from: Some(0),
            to: Some(0),
            lat: 36.3,
            lon: 43.1,
            mercator: super::super::clusters::mercator(36.3, 43.1),
            precision,
            place: place.into(),
            country_code: "IQ".into(),
            admin1: admin1.into(),
            actors: Vec::new(),
            search_text: String::new(),
            new: false,
            sample: false,
        }
    }

    #[test]
    fn one_group_per_province_with_counts_by_kind() {
        let events = vec![
            event(EventKind::Incident, Precision::Province, "15", "Nineveh"),
            event(EventKind::Meeting, Precision::Province, "11", "Erbil"),
            event(EventKind::Incident, Precision::City, "15", "Mosul"),
            event(EventKind::Incident, Precision::Province, "15", "Nineveh"),
            event(EventKind::Call, Precision::Province, "", "Somewhere"),
        ];
        let groups = group_areas(&events, &[0, 1, 2, 3, 4]);
        assert_eq!(groups.len(), 3);
        assert_eq!(groups[0].members, vec![0, 3]);
        assert_eq!(groups[0].by_kind, [2, 0, 0]);
        assert_eq!(groups[0].main_kind(), EventKind::Incident);
        assert_eq!(groups[1].members, vec![1]);
        assert_eq!(groups[2].place, "Somewhere");
        assert_eq!(groups[2].main_kind(), EventKind::Call);
        assert!(groups[0].holds(&events[3]) && !groups[0].holds(&events[2]));
        assert!(groups[2].holds(&events[4]) && !groups[1].holds(&events[4]));
        // Only the visible ones count.
        let groups = group_areas(&events, &[3]);
        assert_eq!(groups.len(), 1);
        assert_eq!(groups[0].members, vec![3]);
    }
}
