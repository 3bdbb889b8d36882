//! Whether a report is one the article already told, and how a new report adds to it:
//! the same event (kind, place or area, compatible dates), a meeting first placed by a
//! guess and then stated, and the merge of subtype, actors, counts and dates.

use chrono::{Duration, NaiveDate};

use super::Report;
use crate::events::{Counts, EventKind, Extraction, LocatedBy, is_city, subtype_rank};
use crate::gazetteer::{Place, PlaceId, PlaceKind};

/// How far from a city's point a site still lies inside it, in km: 5 km for a town of a
/// thousand people, 3 km more for each tenfold (Baghdad, 7 million: 17 km; a town of
/// 10,000: 8 km), and 25 km for a site named after the city ("Damascus International
/// Airport" lies 24 km out).
fn city_reach_km(city: &Place, spot: &Place) -> f64 {
    if spot.name.starts_with(city.name) {
        return 25.0;
    }
    let thousands = (city.population as f64 / 1_000.0).max(1.0);
    (5.0 + 3.0 * thousands.log10()).min(25.0)
}

impl Extraction<'_, '_> {
    /// An earlier meeting or call placed only by a guess (a party's seat) that this report
    /// tells again: same kind, a compatible day, and two people in common, or the lone
    /// event of its kind told in the article's headline.
    pub(super) fn guessed_report_of(
        &self,
        report: &Report,
        stated: Option<NaiveDate>,
    ) -> Option<usize> {
        if report.kind == EventKind::Incident {
            return None;
        }
        let of_kind = self.events.iter().filter(|e| e.kind == report.kind).count();
        // A headline: the first line, with no closing stop.
        let title_end = self
            .sentences
            .iter()
            .find(|s| s.end_byte > self.article.body_start)
            .filter(|s| {
                self.article
                    .text
                    .get(s.start_byte.max(self.article.body_start)..s.end_byte)
                    .is_some_and(|text| !text.trim_end().ends_with(['.', '!', '?', '"', '”']))
            })
            .map_or(0, |s| s.end_byte);
        self.events.iter().rposition(|event| {
            if event.kind != report.kind {
                return false;
            }
            let day = match (event.date_stated, stated) {
                (true, Some(day)) => event.date == Some(day),
                _ => true,
            };
            // Two people in common: one alone may meet or call several others in a day.
            let shared = report
                .actors
                .iter()
                .filter(|a| event.actors.contains(a))
                .count()
                >= 2;
            let title = of_kind == 1 && event.evidence.1 <= title_end;
            event.located_by == LocatedBy::Capital && day && (shared || title)
        })
    }

    /// An earlier event of this kind at the same place (or at a place inside this area,
    /// or this place inside its area) on a compatible date. A visit goes on over the
    /// days after it started: a meeting in the same city up to two days after an earlier
    /// one's last day is the same visit.
    pub(super) fn same_event(
        &self,
        kind: EventKind,
        place: PlaceId,
        date: Option<NaiveDate>,
        date_end: Option<NaiveDate>,
    ) -> Option<usize> {
        let new = self.gazetteer.place(place);
        self.events.iter().rposition(|e| {
            if e.kind != kind {
                return false;
            }
            let old = self.gazetteer.place(e.place);
            // A meeting "at Erbil airport" after one "in Erbil" on the same day is the same
            // meeting: a venue a few km from the city centre is the same city (12 km keeps
            // Jerusalem and Ramallah apart).
            let same_city = kind != EventKind::Incident
                && new.is_point()
                && old.is_point()
                && new.distance_km(old) < 12.0;
            // "Israeli strikes on Damascus … hit the Mezzeh district": a city and a site or
            // district inside it on the same day are one incident. Inside means within the
            // city's reach, which grows with its size: Baghdad's airport is Baghdad, a
            // border crossing 20 km from a small town is a place of its own.
            let city_and_spot = kind == EventKind::Incident
                && new.is_point()
                && old.is_point()
                && is_city(new) != is_city(old)
                && {
                    let (city, spot) = if is_city(new) { (new, old) } else { (old, new) };
                    spot.distance_km(city) < city_reach_km(city, spot)
                };
            // A district is a place of its own: it holds an earlier event only if that
            // event lies in it.
            let in_district = new.is_district()
                && (e.place == place
                    || old.is_point() && old.admin1 == new.admin1 && new.distance_km(old) < 30.0);
            let same_place = e.place == place
                || same_city
                || city_and_spot
                || in_district
                || (!new.is_point()
                    && !new.is_district()
                    && new.country_code == old.country_code
                    && (matches!(new.kind, PlaceKind::Country | PlaceKind::Region)
                        || new.admin1 == old.admin1));
            let old_end = e.date_end.unwrap_or(e.date.unwrap_or(NaiveDate::MIN));
            let same_day = match (date, e.date) {
                (Some(a), Some(b)) => {
                    let new_end = date_end.unwrap_or(a);
                    let overlaps = a <= old_end && new_end >= b;
                    // A visit goes on: "arrived on Wednesday", "held talks on Thursday".
                    let continues = kind == EventKind::Meeting
                        && a - old_end <= Duration::days(2)
                        && b - new_end <= Duration::days(2);
                    // "Drone strike kills three in Tammun" over "On Sunday, 21 January, a
                    // drone fired…": a headline's day is the article's, a guess the body's
                    // stated day for the same place corrects.
                    let guessed = !e.date_stated && a <= b;
                    overlaps || continues || guessed
                }
                _ => true,
            };
            same_place && same_day
        })
    }

    /// Adds a report to event `index`: the most specific subtype, new actors, the larger
    /// counts, and a start or end day that widens its dates.
    pub(super) fn merge_into(
        &mut self,
        index: usize,
        subtype: &'static str,
        actors: Vec<String>,
        counts: Counts,
        date_start: Option<NaiveDate>,
        date_end: Option<NaiveDate>,
    ) {
        let event = &mut self.events[index];
        if event.kind == EventKind::Incident && subtype_rank(subtype) < subtype_rank(event.subtype)
        {
            event.subtype = subtype;
        }
        for actor in actors {
            if !event.actors.contains(&actor) {
                event.actors.push(actor);
            }
        }
        event.counts.merge(counts);
        if let (Some(start), Some(old)) = (date_start, event.date)
            && start < old
        {
            // The visit began earlier than first said.
            event.date_end = Some(event.date_end.unwrap_or(old));
            event.date = Some(start);
        }
        if let Some(end) = date_end.filter(|&end| Some(end) > event.date)
            && event.date_end.is_none_or(|old| end > old)
        {
            event.date_end = Some(end);
        }
    }
}
