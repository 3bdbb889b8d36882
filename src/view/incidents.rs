//! One incident, many reports: events from different articles that report the same real
//! event are grouped, so the map shows one marker with its reports and the counts are
//! counts of events, not of articles.
//!
//! Two events are the same when they are of the same kind, from different articles, on
//! overlapping days (a day's slack either way: reports disagree on late-night strikes), and
//! at the same place: pins within [`SAME_PLACE_KM`], or the same named area. Meetings and
//! calls must also share an actor (two calls from Washington on one day are two calls).
//! Grouping is linear in practice: events are bucketed by day and by a grid cell of about
//! 11 km, and only neighbouring buckets are compared.

use rustc_hash::FxHashMap;

use super::catalog::Day;
use crate::events::EventKind;
use crate::gazetteer::haversine_km;

/// Pins this close on overlapping days are one place.
pub const SAME_PLACE_KM: f64 = 10.0;

/// Longest range (in days) an event may span and still be matched: a tally "since Oct. 17"
/// is not one incident to merge.
const LONGEST_RANGE: Day = 3;

/// What grouping needs to know of one event.
#[derive(Clone, Debug)]
pub struct Report<'a> {
    pub kind: EventKind,
    pub from: Option<Day>,
    pub to: Option<Day>,
    pub lat: f64,
    pub lon: f64,
    /// Drawn as a pin (site, city, district), else an area known by `place`.
    pub pin: bool,
    pub place: &'a str,
    pub actors: &'a [String],
    /// Which article (or layer row) it comes from: events of one article are never merged,
    /// the extractor already decided they are distinct.
    pub article: usize,
}

fn find(parent: &mut [u32], mut i: u32) -> u32 {
    while parent[i as usize] != i {
        let up = parent[parent[i as usize] as usize];
        parent[i as usize] = up;
        i = up;
    }
    i
}

fn same(a: &Report<'_>, b: &Report<'_>) -> bool {
    if a.kind != b.kind || a.article == b.article || a.pin != b.pin {
        return false;
    }
    let (Some(a_from), Some(b_from)) = (a.from, b.from) else {
        return false;
    };
    let (a_to, b_to) = (a.to.unwrap_or(a_from), b.to.unwrap_or(b_from));
    if a_from > b_to + 1 || b_from > a_to + 1 {
        return false;
    }
    let place = if a.pin {
        haversine_km(a.lat, a.lon, b.lat, b.lon) <= SAME_PLACE_KM
    } else {
        a.place == b.place
    };
    // Meetings and calls: the same people (all of the shorter list, at most two needed).
    let shared = a.actors.iter().filter(|x| b.actors.contains(x)).count();
    let needed = a.actors.len().min(b.actors.len()).clamp(1, 2);
    let actors = a.kind == EventKind::Incident || shared >= needed;
    place && actors
}

/// For each report, the index of the first report of its group (itself when alone).
pub fn group(reports: &[Report<'_>]) -> Vec<u32> {
    let n = reports.len();
    let mut parent: Vec<u32> = (0..n as u32).collect();
    let cell = |r: &Report<'_>| ((r.lat * 10.0).floor() as i64, (r.lon * 10.0).floor() as i64);
    // (day, cell) -> reports starting that day there.
    let mut buckets: FxHashMap<(Day, (i64, i64)), Vec<u32>> = FxHashMap::default();
    for (i, r) in reports.iter().enumerate() {
        let Some(from) = r.from else { continue };
        if r.to.is_some_and(|to| to - from > LONGEST_RANGE) {
            continue;
        }
        let key_cell = if r.pin { cell(r) } else { (0, 0) };
        let (cx, cy) = key_cell;
        let cells: &[(i64, i64)] = &[
            (-1, -1),
            (-1, 0),
            (-1, 1),
            (0, -1),
            (0, 0),
            (0, 1),
            (1, -1),
            (1, 0),
            (1, 1),
        ];
        let reach = r.to.unwrap_or(from) - from + 1 + LONGEST_RANGE;
        for day in from - reach..=from + reach {
            for &(dx, dy) in if r.pin { cells } else { &cells[4..5] } {
                let Some(others) = buckets.get(&(day, (cx + dx, cy + dy))) else {
                    continue;
                };
                for &j in others {
                    if same(r, &reports[j as usize]) {
                        let (a, b) = (find(&mut parent, i as u32), find(&mut parent, j));
                        // The earlier report leads the group.
                        let (lead, other) = if a < b { (a, b) } else { (b, a) };
                        parent[other as usize] = lead;
                    }
                }
            }
        }
        buckets.entry((from, key_cell)).or_default().push(i as u32);
    }
    (0..n as u32).map(|i| find(&mut parent, i)).collect()
}

/// For the catalog's records: each one's lead record, and the members of every incident
/// reported more than once. Only extracted events are grouped (an imported layer is a
/// dataset of its own, already one row per event).
pub fn leads(events: &[super::catalog::EventRecord]) -> (Vec<u32>, FxHashMap<u32, Vec<u32>>) {
    use super::catalog::Source;
    let reports: Vec<Report<'_>> = events
        .iter()
        .map(|e| {
            // Layer rows have no day here, so they are never grouped.
            let article = match e.source {
                Source::Article { article, .. } => article,
                Source::Layer { .. } => usize::MAX,
            };
            Report {
                kind: e.kind,
                from: e.from.filter(|_| e.layer == 0),
                to: e.to,
                lat: e.lat,
                lon: e.lon,
                pin: e.precision.is_pin(),
                place: &e.place,
                actors: &e.actors,
                article,
            }
        })
        .collect();
    let leads = group(&reports);
    let mut members: FxHashMap<u32, Vec<u32>> = FxHashMap::default();
    for (i, &lead) in leads.iter().enumerate() {
        if lead as usize != i {
            members
                .entry(lead)
                .or_insert_with(|| vec![lead])
                .push(i as u32);
        }
    }
    (leads, members)
}

/// Rows of many articles, one per incident: the first report of each group stands for it,
/// with `reports` (how many articles report it) and `articles` (their paths).
pub fn merge_rows(rows: Vec<crate::exchange::Row>) -> Vec<crate::exchange::Row> {
    use super::catalog::day_of;
    let mut articles: FxHashMap<&str, usize> = FxHashMap::default();
    let ids: Vec<usize> = rows
        .iter()
        .map(|r| {
            let next = articles.len();
            *articles.entry(r.path.as_str()).or_insert(next)
        })
        .collect();
    let reports: Vec<Report<'_>> = rows
        .iter()
        .zip(&ids)
        .map(|(r, &article)| Report {
            kind: r.kind,
            from: r.event_date.map(day_of),
            to: r.date_end.map(day_of),
            lat: r.latitude,
            lon: r.longitude,
            pin: r.precision.is_pin(),
            place: &r.place,
            actors: &r.actors,
            article,
        })
        .collect();
    let leads = group(&reports);
    drop(reports);
    let mut out: Vec<crate::exchange::Row> = Vec::new();
    let mut slot: FxHashMap<u32, usize> = FxHashMap::default();
    for (i, row) in rows.into_iter().enumerate() {
        let lead = leads[i];
        match slot.get(&lead) {
            Some(&at) => add_report(&mut out[at], row),
            None => {
                slot.insert(lead, out.len());
                out.push(first_report(row));
            }
        }
    }
    out
}

/// The row of an incident as its first report gives it, counting one report.
pub fn first_report(mut row: crate::exchange::Row) -> crate::exchange::Row {
    row.reports = 1;
    row.articles = vec![row.path.clone()];
    row
}

/// Adds another article's report of the same incident to its row: one more report, its
/// article, its actors, the larger death toll.
pub fn add_report(incident: &mut crate::exchange::Row, report: crate::exchange::Row) {
    incident.reports += 1;
    if !incident.articles.contains(&report.path) {
        incident.articles.push(report.path);
    }
    for actor in report.actors {
        if !incident.actors.contains(&actor) {
            incident.actors.push(actor);
        }
    }
    incident.fatalities = incident.fatalities.max(report.fatalities);
}

#[cfg(test)]
mod tests {
    use super::*;

    fn report(article: usize, day: Day, lat: f64, lon: f64) -> Report<'static> {
        Report {
            kind: EventKind::Incident,
            from: Some(day),
            to: None,
            lat,
            lon,
            pin: true,
            place: "",
            actors: &[],
            article,
        }
    }

    #[test]
    fn four_reports_of_one_bombing_are_one_incident() {
        // Kerman, reported by four articles, one a day late.
        let reports = [
            report(0, 100, 30.28, 57.08),
            report(1, 100, 30.29, 57.07),
            report(2, 101, 30.28, 57.08),
            report(3, 100, 30.30, 57.10),
        ];
        assert_eq!(group(&reports), vec![0, 0, 0, 0]);
    }

    #[test]
    fn other_places_days_and_one_article_stay_apart() {
        let reports = [
            report(0, 100, 30.28, 57.08),
            report(1, 100, 33.34, 44.40), // another city
            report(2, 110, 30.28, 57.08), // ten days later
            report(0, 100, 30.29, 57.08), // same article: the extractor kept it apart
        ];
        assert_eq!(group(&reports), vec![0, 1, 2, 3]);
    }

    #[test]
    fn meetings_need_a_common_actor() {
        let biden = ["Joe Biden".to_owned(), "Erdogan".to_owned()];
        let other = ["Joe Biden".to_owned(), "MBS".to_owned()];
        let none: [String; 1] = ["Macron".to_owned()];
        let meeting = |article, actors: &'static [String]| Report {
            kind: EventKind::Call,
            actors,
            ..report(article, 100, 38.9, -77.0)
        };
        let biden: &'static [String] = Box::leak(Box::new(biden));
        let other: &'static [String] = Box::leak(Box::new(other));
        let none: &'static [String] = Box::leak(Box::new(none));
        assert_eq!(
            group(&[meeting(0, biden), meeting(1, other), meeting(2, none)]),
            vec![0, 1, 2],
            "Biden's calls with Erdogan and with MBS are two calls"
        );
        let again: &'static [String] =
            Box::leak(Box::new(["Joe Biden".to_owned(), "Erdogan".to_owned()]));
        assert_eq!(group(&[meeting(0, biden), meeting(1, again)]), vec![0, 0]);
    }
}
