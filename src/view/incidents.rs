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

use super::catalog::{Day, EventRecord, Source};
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
        // A tenth of a degree of latitude is 11 km: farther apart is never the same place,
        // and this is cheaper than the great circle.
        (a.lat - b.lat).abs() <= 0.1 && haversine_km(a.lat, a.lon, b.lat, b.lon) <= SAME_PLACE_KM
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
    let mut grouping = Grouping::default();
    grouping.extend(reports.len(), |i| reports[i as usize].clone());
    grouping.lead
}

/// Grouping that grows with its reports: each new report is compared with the reports
/// already in its neighbouring buckets, so adding reports costs what they add, not a
/// regrouping of all (loading 100,000 articles used to regroup every event twice a
/// second). The groups are the connected components of [`same`], so they do not depend on
/// the order reports arrive in; each is led by its lowest index.
#[derive(Debug, Default)]
pub struct Grouping {
    /// Each report's lead, kept current as groups merge.
    lead: Vec<u32>,
    /// The members of each group of more than one, by lead, lead first.
    members: FxHashMap<u32, Vec<u32>>,
    /// Dated, short reports by (cell, first day). Pins by a grid cell of about 11 km; areas
    /// by their name (one "cell" per name, so "Iraq" is never compared with "Gaza Strip").
    buckets: FxHashMap<((i64, i64), Day), Vec<u32>>,
}

/// The eight cells around a cell, and itself.
const AROUND: [(i64, i64); 9] = [
    (0, 0),
    (-1, -1),
    (-1, 0),
    (-1, 1),
    (0, -1),
    (0, 1),
    (1, -1),
    (1, 0),
    (1, 1),
];

impl Grouping {
    /// How many reports have been added.
    pub fn len(&self) -> usize {
        self.lead.len()
    }

    /// Whether no report has been added.
    pub fn is_empty(&self) -> bool {
        self.lead.is_empty()
    }

    /// Adds the reports numbered from [`Self::len`] up to `n`; `report(i)` gives report `i`
    /// (new and old: the old are compared with).
    pub fn extend<'a>(&mut self, n: usize, report: impl Fn(u32) -> Report<'a>) {
        for i in self.lead.len() as u32..n as u32 {
            self.lead.push(i);
            let r = report(i);
            let Some(from) = r.from else { continue };
            let to = r.to.unwrap_or(from);
            if to - from > LONGEST_RANGE {
                continue;
            }
            let (cx, cy) = cell(&r);
            let around: &[(i64, i64)] = if r.pin { &AROUND } else { &AROUND[..1] };
            // Overlapping with a day's slack: the other starts at most its longest range
            // plus a day before this one, and at most a day after this one ends.
            for day in from - LONGEST_RANGE - 1..=to + 1 {
                for &(dx, dy) in around {
                    let key = ((cx.saturating_add(dx), cy.saturating_add(dy)), day);
                    let Some(others) = self.buckets.get(&key) else {
                        continue;
                    };
                    for &j in others {
                        let (a, b) = (self.lead[i as usize], self.lead[j as usize]);
                        if a != b && same(&r, &report(j)) {
                            Self::merge(&mut self.lead, &mut self.members, a, b);
                        }
                    }
                }
            }
            self.buckets.entry(((cx, cy), from)).or_default().push(i);
        }
    }

    /// Joins the groups led by `a` and `b`: the earlier report leads.
    fn merge(lead: &mut [u32], members: &mut FxHashMap<u32, Vec<u32>>, a: u32, b: u32) {
        let (keep, join) = if a < b { (a, b) } else { (b, a) };
        let joining = members.remove(&join).unwrap_or_else(|| vec![join]);
        for &m in &joining {
            lead[m as usize] = keep;
        }
        let group = members.entry(keep).or_insert_with(|| vec![keep]);
        if let [one] = joining[..] {
            // The common case, one new report joining: keep the order by insertion.
            let at = group.partition_point(|&m| m < one);
            group.insert(at, one);
        } else {
            group.extend(joining);
            group.sort_unstable();
        }
    }

    /// Report `i`'s lead (itself when alone or not added).
    pub fn lead(&self, i: u32) -> u32 {
        self.lead.get(i as usize).copied().unwrap_or(i)
    }

    /// Every report's lead.
    pub fn leads(&self) -> &[u32] {
        &self.lead
    }

    /// The reports of the incident led by `lead`, in order, when there are several.
    pub fn members(&self, lead: u32) -> Option<&[u32]> {
        self.members.get(&lead).map(Vec::as_slice)
    }

    /// Whether any incident has more than one report.
    pub fn any_grouped(&self) -> bool {
        !self.members.is_empty()
    }
}

/// The bucket cell of a report: a grid cell of about 11 km for pins, the name for areas.
fn cell(r: &Report<'_>) -> (i64, i64) {
    if r.pin {
        ((r.lat * 10.0).floor() as i64, (r.lon * 10.0).floor() as i64)
    } else {
        (i64::MIN, name_key(r.place))
    }
}

/// A number standing for an area's name, for bucketing (equal names, equal numbers).
fn name_key(name: &str) -> i64 {
    use std::hash::{Hash, Hasher};
    let mut hasher = rustc_hash::FxHasher::default();
    name.hash(&mut hasher);
    hasher.finish() as i64
}

/// The catalog's records grouped into incidents. Only extracted events are grouped (an
/// imported layer is a dataset of its own, already one row per event).
pub fn grouping(events: &[EventRecord]) -> Grouping {
    let mut grouping = Grouping::default();
    grow(&mut grouping, events);
    grouping
}

/// Groups the records appended since `grouping` last grew: it must hold a prefix of
/// `events` (records only appended since).
pub fn grow(grouping: &mut Grouping, events: &[EventRecord]) {
    grouping.extend(events.len(), |i| report_of(&events[i as usize]));
}

/// What grouping needs of a record.
fn report_of(e: &EventRecord) -> Report<'_> {
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
    fn grown_in_steps_the_groups_are_those_of_one_pass() {
        // Report 3 bridges 1 (day 100) and 4 (day 103): added later, it joins both groups,
        // and the members stay in order whatever arrived first.
        let reports = [
            report(0, 90, 10.0, 10.0),
            report(1, 100, 30.28, 57.08),
            report(2, 100, 33.34, 44.40),
            report(3, 103, 30.29, 57.08),
            report(4, 101, 30.28, 57.09),
            report(5, 102, 30.28, 57.08),
        ];
        let whole = group(&reports);
        let mut grouping = Grouping::default();
        for n in [2, 4, 6] {
            grouping.extend(n, |i| reports[i as usize].clone());
        }
        assert_eq!(grouping.leads(), &whole[..]);
        assert_eq!(whole, vec![0, 1, 2, 1, 1, 1]);
        assert_eq!(grouping.members(1), Some(&[1, 3, 4, 5][..]));
        assert_eq!(grouping.members(0), None);
        assert_eq!(grouping.lead(99), 99, "not yet added: its own lead");
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
