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

fn kind_slot(kind: EventKind) -> usize {
    match kind {
        EventKind::Incident => 0,
        EventKind::Meeting => 1,
        EventKind::Call => 2,
        EventKind::Other => 3,
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
    /// Layers switched off (0 = extracted events, n = imported layer n). Imported
    /// layers last a session, so this is not remembered either.
    #[serde(skip)]
    pub hidden_layers: Vec<u16>,
    /// Hide the sample reports shipped with the app (remembered).
    #[serde(default)]
    pub hide_samples: bool,
}

impl Default for Filters {
    fn default() -> Self {
        Filters {
            incidents: true,
            meetings: true,
            calls: true,
            text: String::new(),
            country: String::new(),
            hidden_layers: Vec::new(),
            hide_samples: false,
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
            && !(self.hidden_layers.contains(&event.layer) || self.hide_samples && event.sample)
            && (self.country.is_empty() || event.country_code == self.country)
            && (self.text.is_empty() || event.search_text.contains(&self.text.to_lowercase()))
    }
}

/// Dated events of one group, sorted by first day.
#[derive(Default, Clone, Debug)]
struct Run {
    /// Event indexes, by first day.
    order: Vec<u32>,
    from: Vec<Day>,
    to: Vec<Day>,
    kind: Vec<EventKind>,
    country: Vec<[u8; 2]>,
}

impl Run {
    fn len(&self) -> usize {
        self.order.len()
    }

    /// Merges another run in, keeping the order by (first day, last day, index).
    fn merge(&mut self, new: Run) {
        if new.len() == 0 {
            return;
        }
        let key = |run: &Run, i: usize| (run.from[i], run.to[i], run.order[i]);
        if self.len() == 0 || key(self, self.len() - 1) <= key(&new, 0) {
            self.order.extend(new.order);
            self.from.extend(new.from);
            self.to.extend(new.to);
            self.kind.extend(new.kind);
            self.country.extend(new.country);
            return;
        }
        let old = std::mem::take(self);
        let total = old.len() + new.len();
        *self = Run {
            order: Vec::with_capacity(total),
            from: Vec::with_capacity(total),
            to: Vec::with_capacity(total),
            kind: Vec::with_capacity(total),
            country: Vec::with_capacity(total),
        };
        let (mut a, mut b) = (0, 0);
        while a < old.len() || b < new.len() {
            let take_old = b == new.len() || a < old.len() && key(&old, a) <= key(&new, b);
            let (run, i) = if take_old { (&old, a) } else { (&new, b) };
            self.order.push(run.order[i]);
            self.from.push(run.from[i]);
            self.to.push(run.to[i]);
            self.kind.push(run.kind[i]);
            self.country.push(run.country[i]);
            if take_old {
                a += 1;
            } else {
                b += 1;
            }
        }
    }

    fn push(&mut self, (from, to, index): (Day, Day, u32), event: &EventRecord) {
        let code = event.country_code.as_bytes();
        self.order.push(index);
        self.from.push(from);
        self.to.push(to);
        self.kind.push(event.kind);
        self.country.push([
            code.first().copied().unwrap_or(0),
            code.get(1).copied().unwrap_or(0),
        ]);
    }
}

/// Dated events, indexed for window queries that cost a few binary searches.
///
/// One-day events (most of them) are kept in one run per kind: the events of a kind in a
/// window are then one contiguous slice, copied without looking at each event. Events with
/// a range are in their own run and scanned from `window.from - max_span`.
#[derive(Default, Clone, Debug)]
pub struct TimeIndex {
    single_day: [Run; 4],
    ranged: Run,
    /// Longest event range, in days.
    max_span: Day,
    len: usize,
}

impl TimeIndex {
    pub fn build(events: &[EventRecord]) -> TimeIndex {
        let mut index = TimeIndex::default();
        index.extend(events, 0);
        index
    }

    /// Adds `events[from..]`, records appended since the index was built over
    /// `events[..from]` (the records before must be unchanged). Costs a sort of the new
    /// records and one merge pass per run, so a load that appends in batches stays
    /// near linear instead of sorting everything again each time.
    pub fn extend(&mut self, events: &[EventRecord], from: usize) {
        let mut dated: Vec<(Day, Day, u32)> = events
            .iter()
            .enumerate()
            .skip(from)
            .filter_map(|(i, e)| {
                Some((
                    e.from?,
                    e.to.or(e.from)?.max(e.from?),
                    u32::try_from(i).ok()?,
                ))
            })
            .collect();
        if dated.is_empty() {
            return;
        }
        dated.sort_unstable();
        self.len += dated.len();
        let mut single_day: [Run; 4] = Default::default();
        let mut ranged = Run::default();
        for entry in dated {
            let event = &events[entry.2 as usize];
            if entry.1 > entry.0 {
                self.max_span = self.max_span.max(entry.1 - entry.0);
                ranged.push(entry, event);
            } else {
                single_day[kind_slot(event.kind)].push(entry, event);
            }
        }
        for (run, new) in self.single_day.iter_mut().zip(single_day) {
            run.merge(new);
        }
        self.ranged.merge(ranged);
    }

    pub fn len(&self) -> usize {
        self.len
    }

    pub fn is_empty(&self) -> bool {
        self.len == 0
    }

    /// Indexes (into the event list) of the dated events overlapping `window`, in order of
    /// first day. `cumulative` shows everything up to the window's end.
    pub fn visible(&self, window: TimeWindow, cumulative: bool, out: &mut Vec<u32>) {
        self.visible_filtered(window, cumulative, &Filters::default(), &[], out);
    }

    /// Like [`TimeIndex::visible`], keeping only events that pass `filters`. `events` is
    /// read only when a free-text filter is set.
    pub fn visible_filtered(
        &self,
        window: TimeWindow,
        cumulative: bool,
        filters: &Filters,
        events: &[EventRecord],
        out: &mut Vec<u32>,
    ) {
        out.clear();
        let country = filters.country.as_bytes();
        let wanted = [
            country.first().copied().unwrap_or(0),
            country.get(1).copied().unwrap_or(0),
        ];
        let kinds = [filters.incidents, filters.meetings, filters.calls, true];
        // Slices of each run that fall in the window, to be merged by first day.
        let mut slices: Vec<(&Run, usize, usize)> = Vec::with_capacity(5);
        for (slot, run) in self.single_day.iter().enumerate() {
            if !kinds[slot] {
                continue;
            }
            let start = if cumulative {
                0
            } else {
                run.from.partition_point(|&f| f < window.from)
            };
            let end = run.from.partition_point(|&f| f <= window.to);
            slices.push((run, start, end));
        }
        let run = &self.ranged;
        let earliest = if cumulative {
            Day::MIN
        } else {
            window.from.saturating_sub(self.max_span)
        };
        slices.push((
            run,
            run.from.partition_point(|&f| f < earliest),
            run.from.partition_point(|&f| f <= window.to),
        ));
        let ranged = slices.len() - 1;
        // Merge the slices in order of first day; check range, kind and country where needed.
        let mut heads: Vec<usize> = slices.iter().map(|s| s.1).collect();
        loop {
            let mut best: Option<usize> = None;
            for (s, &(run, _, end)) in slices.iter().enumerate() {
                if heads[s] < end
                    && best.is_none_or(|b| run.from[heads[s]] < slices[b].0.from[heads[b]])
                {
                    best = Some(s);
                }
            }
            let Some(s) = best else { break };
            let (run, _, end) = slices[s];
            // Take the whole stretch of this slice that stays before the other heads.
            let limit = slices
                .iter()
                .enumerate()
                .filter(|&(o, &(_, _, oe))| o != s && heads[o] < oe)
                .map(|(o, &(orun, _, _))| orun.from[heads[o]])
                .min();
            let stop = match limit {
                Some(limit) => {
                    heads[s]
                        + run.from[heads[s]..end]
                            .partition_point(|&f| f <= limit)
                            .max(1)
                }
                None => end,
            };
            let stop = stop.min(end);
            for i in heads[s]..stop {
                let in_time = s != ranged || cumulative || run.to[i] >= window.from;
                let kind_ok = s != ranged || kinds[kind_slot(run.kind[i])];
                let country_ok = country.is_empty() || run.country[i] == wanted;
                if in_time && kind_ok && country_ok {
                    out.push(run.order[i]);
                }
            }
            heads[s] = stop;
        }
        if !filters.hidden_layers.is_empty() || filters.hide_samples {
            out.retain(|&index| {
                events.get(index as usize).is_some_and(|e| {
                    !(filters.hidden_layers.contains(&e.layer) || filters.hide_samples && e.sample)
                })
            });
        }
        let text = filters.text.to_lowercase();
        if !text.is_empty() {
            out.retain(|&index| {
                events
                    .get(index as usize)
                    .is_some_and(|e| e.search_text.contains(&text))
            });
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn record(from: Day, to: Day) -> EventRecord {
        EventRecord {
            source: super::super::catalog::Source::Article {
                article: 0,
                index: 0,
            },
            layer: 0,
            kind: EventKind::Incident,
            subtype: "attack".into(),
            from: Some(from),
            to: Some(to),
            lat: 0.0,
            lon: 0.0,
            mercator: (0.5, 0.5),
            precision: super::super::catalog::Precision::City,
            place: String::new(),
            country_code: "IQ".into(),
            admin1: String::new(),
            actors: vec![],
            search_text: String::new(),
            new: false,
            sample: false,
        }
    }

    #[test]
    fn results_come_in_order_of_first_day_across_kinds() {
        let mut events = vec![
            record(12, 12),
            record(10, 10),
            record(11, 11),
            record(9, 13),
        ];
        events[1].kind = EventKind::Meeting;
        events[2].kind = EventKind::Call;
        let index = TimeIndex::build(&events);
        let mut out = Vec::new();
        index.visible(TimeWindow { from: 0, to: 20 }, false, &mut out);
        assert_eq!(out, vec![3, 1, 2, 0]);
        let no_calls = Filters {
            calls: false,
            ..Filters::default()
        };
        index.visible_filtered(
            TimeWindow { from: 0, to: 20 },
            false,
            &no_calls,
            &events,
            &mut out,
        );
        assert_eq!(out, vec![3, 1, 0]);
    }

    #[test]
    fn an_index_grown_in_batches_answers_as_one_built_at_once() {
        // Days out of order across batches, ranges and kinds mixed: the merge must keep
        // every run sorted, as a full build does.
        let mut events: Vec<EventRecord> = (0..300u32)
            .map(|i| {
                let day = ((i * 37) % 61) as Day;
                let mut r = record(day, day + if i % 7 == 0 { 3 } else { 0 });
                r.kind = [EventKind::Incident, EventKind::Meeting, EventKind::Call][i as usize % 3];
                r
            })
            .collect();
        events[5].from = None;
        let whole = TimeIndex::build(&events);
        let mut grown = TimeIndex::default();
        for (start, end) in [(0, 1), (1, 40), (40, 41), (41, 200), (200, 300)] {
            grown.extend(&events[..end], start);
        }
        assert_eq!(grown.len(), whole.len());
        for (from, to, cumulative) in [
            (0, 70, false),
            (10, 12, false),
            (30, 30, true),
            (58, 64, false),
        ] {
            let (mut a, mut b) = (Vec::new(), Vec::new());
            whole.visible(TimeWindow { from, to }, cumulative, &mut a);
            grown.visible(TimeWindow { from, to }, cumulative, &mut b);
            assert_eq!(a, b, "window {from}..{to}");
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
