//! The catalog: every extracted event as a flat, cheap-to-filter record, with the articles
//! they come from and the inputs that failed. This is what the map, the slider, the list
//! and the exports read; it has no GUI code.

use chrono::NaiveDate;

use rustc_hash::{FxHashMap, FxHashSet};

use crate::events::EventKind;
use crate::exchange::{Imported, Row};
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

/// Where a record comes from.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Source {
    /// The `index`-th event of the catalog's `article`-th article.
    Article { article: usize, index: usize },
    /// The `row`-th row of an imported layer.
    Layer { layer: usize, row: usize },
}

/// One event, flattened for the views.
#[derive(Clone, Debug)]
pub struct EventRecord {
    pub source: Source,
    /// 0 for extracted events, `n` for the events of imported layer `n - 1`; drawn in
    /// the layer's colour.
    pub layer: u16,
    pub kind: EventKind,
    pub subtype: String,
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
    /// Arrived from a watched folder while the app was open ("new since" badge).
    pub new: bool,
    /// From the sample reports shipped with the app (a layer the user can hide).
    pub sample: bool,
}

impl EventRecord {
    /// What happened, in a reader's words: the subtype ("drone strike", "visit"), with the
    /// kind added only where the subtype does not say it ("other: protest").
    pub fn what(&self) -> String {
        let kind = self.kind.as_str();
        if self.subtype.is_empty() || self.subtype == kind {
            kind.to_owned()
        } else if self.kind == crate::events::EventKind::Other {
            format!("{kind}: {}", self.subtype)
        } else {
            self.subtype.clone()
        }
    }
}

/// What identifies an event across re-extraction and re-reading, when record indexes and
/// article indexes change: its file and the span of its trigger word; or its layer row.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Anchor {
    Article {
        path: String,
        trigger: (usize, usize),
    },
    Layer {
        layer: usize,
        row: usize,
    },
}

/// An input that could not be read, for the Problems panel.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Problem {
    pub path: String,
    pub message: String,
}

/// An article that was read, with the path it came from (`file#N` for JSON Lines records).
#[derive(Debug)]
pub struct LoadedArticle {
    pub path: String,
    pub extracted: Extracted,
    /// One of the sample reports shipped with the app.
    pub sample: bool,
}

/// An imported layer's events, built off the UI thread, waiting to be added.
pub struct PreparedLayer {
    layer: usize,
    events: Vec<EventRecord>,
    problems: Vec<Problem>,
    rows: Vec<Row>,
}

impl PreparedLayer {
    /// How many events the layer has.
    pub fn rows(&self) -> usize {
        self.rows.len()
    }

    /// How many rows of the file were skipped as bad.
    pub fn bad_rows(&self) -> usize {
        self.problems.len()
    }
}

/// Events imported from a GeoJSON or CSV file, shown as their own layer.
#[derive(Debug)]
pub struct Layer {
    /// The file name, shown in the legend.
    pub name: String,
    pub path: String,
    pub rows: Vec<Row>,
    /// False once the user removed the layer (its index stays taken).
    pub loaded: bool,
}

/// Everything loaded.
#[derive(Default)]
pub struct Catalog {
    /// Articles in the order they came; `None` where one was removed (a file deleted from
    /// a watched folder), so that the indexes in [`Source`] stay valid.
    pub articles: Vec<Option<LoadedArticle>>,
    pub layers: Vec<Layer>,
    pub events: Vec<EventRecord>,
    pub problems: Vec<Problem>,
    revision: u64,
    /// Counts changes that move or remove records (not appends), after which record
    /// indexes held by the views are stale.
    reshaped: u64,
}

impl Catalog {
    /// Adds the outcome of one input: its events, or its problem. Warnings become problems
    /// too, so nothing is silently dropped. `new` marks its events as having arrived while
    /// the app was open.
    pub fn add(&mut self, outcome: Outcome, gazetteer: &Gazetteer, new: bool) {
        self.add_article(outcome, gazetteer, new, false);
    }

    /// Adds the sample reports shipped with the app: like [`Catalog::add`], marked so the
    /// user can hide them.
    pub fn add_samples(&mut self, outcomes: Vec<Outcome>, gazetteer: &Gazetteer) {
        for outcome in outcomes {
            self.add_article(outcome, gazetteer, false, true);
        }
    }

    fn add_article(&mut self, outcome: Outcome, gazetteer: &Gazetteer, new: bool, sample: bool) {
        self.revision += 1;
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
                self.push_records(article, &extracted, gazetteer, new, sample);
                self.articles.push(Some(LoadedArticle {
                    path: outcome.path,
                    extracted,
                    sample,
                }));
            }
        }
    }

    fn push_records(
        &mut self,
        article: usize,
        extracted: &Extracted,
        gazetteer: &Gazetteer,
        new: bool,
        sample: bool,
    ) {
        let title = extracted.article.title.clone().unwrap_or_default();
        // The article's places are searchable from each of its events.
        let places: Vec<&str> = extracted
            .mentions
            .iter()
            .map(|m| gazetteer.place(m.place).name)
            .collect();
        let places = places.join(" ");
        for (index, event) in extracted.events.iter().enumerate() {
            let place = extracted.located(event, gazetteer);
            let search_text = format!(
                "{title} {} {} {} {places}",
                place.name,
                event.subtype,
                event.actors.join(" ")
            );
            self.events.push(EventRecord {
                source: Source::Article { article, index },
                layer: 0,
                kind: event.kind,
                subtype: event.subtype.to_owned(),
                from: event.date.map(day_of),
                to: event.date_end.or(event.date).map(day_of),
                lat: place.lat,
                lon: place.lon,
                mercator: super::clusters::mercator(place.lat, place.lon),
                precision: Precision::parse(place.precision),
                place: place.name.to_string(),
                country_code: place.country_code.to_string(),
                admin1: place.admin1.to_string(),
                actors: event.actors.clone(),
                search_text: search_text.to_lowercase(),
                new,
                sample,
            });
        }
    }

    /// The anchor of record `i`.
    pub fn anchor(&self, i: u32) -> Option<Anchor> {
        match self.events.get(i as usize)?.source {
            Source::Article { article, index } => {
                let loaded = self.article(article)?;
                let event = loaded.extracted.events.get(index)?;
                Some(Anchor::Article {
                    path: loaded.path.clone(),
                    trigger: event.trigger,
                })
            }
            Source::Layer { layer, row } => Some(Anchor::Layer { layer, row }),
        }
    }

    /// The records the anchors point to now: the same trigger in the same file, else (the
    /// event was merged away by a correction) the first event of that file. One pass over
    /// the records whatever the number of anchors (an open cluster may hold thousands).
    pub fn find_all(&self, anchors: &[Anchor]) -> Vec<Option<u32>> {
        let wanted_paths: FxHashSet<&str> = anchors
            .iter()
            .filter_map(|a| match a {
                Anchor::Article { path, .. } => Some(path.as_str()),
                Anchor::Layer { .. } => None,
            })
            .collect();
        let mut by_trigger: FxHashMap<(&str, (usize, usize)), u32> = FxHashMap::default();
        let mut first_of_file: FxHashMap<&str, u32> = FxHashMap::default();
        let mut by_row: FxHashMap<(usize, usize), u32> = FxHashMap::default();
        for (i, record) in self.events.iter().enumerate() {
            let Ok(i) = u32::try_from(i) else { break };
            match record.source {
                Source::Layer { layer, row } => {
                    by_row.entry((layer, row)).or_insert(i);
                }
                Source::Article { article, index } => {
                    let Some(loaded) = self.article(article) else {
                        continue;
                    };
                    let path = loaded.path.as_str();
                    if !wanted_paths.contains(path) {
                        continue;
                    }
                    first_of_file.entry(path).or_insert(i);
                    if let Some(event) = loaded.extracted.events.get(index) {
                        by_trigger.entry((path, event.trigger)).or_insert(i);
                    }
                }
            }
        }
        anchors
            .iter()
            .map(|anchor| match anchor {
                Anchor::Layer { layer, row } => by_row.get(&(*layer, *row)).copied(),
                Anchor::Article { path, trigger } => by_trigger
                    .get(&(path.as_str(), *trigger))
                    .or_else(|| first_of_file.get(path.as_str()))
                    .copied(),
            })
            .collect()
    }

    /// The article behind an index, unless it was removed.
    pub fn article(&self, index: usize) -> Option<&LoadedArticle> {
        self.articles.get(index).and_then(Option::as_ref)
    }

    /// Articles still loaded.
    pub fn article_count(&self) -> usize {
        self.articles.iter().flatten().count()
    }

    /// Replaces an article's extraction (after a correction), keeping its index; its
    /// events' records are rebuilt.
    pub fn replace_article(&mut self, index: usize, extracted: Extracted, gazetteer: &Gazetteer) {
        if self.article(index).is_none() {
            return;
        }
        self.revision += 1;
        self.reshaped += 1;
        let mut new = false;
        self.events.retain(|e| {
            let of_article =
                matches!(e.source, Source::Article { article, .. } if article == index);
            new |= of_article && e.new;
            !of_article
        });
        // Still "new since" if it was: a correction does not make it seen.
        let sample = self.article(index).is_some_and(|a| a.sample);
        self.push_records(index, &extracted, gazetteer, new, sample);
        if let Some(Some(loaded)) = self.articles.get_mut(index) {
            loaded.extracted = extracted;
        }
    }

    /// Forgets everything read from the file or folder `path` (its articles, their
    /// events, its problems): it was deleted, or is about to be read again.
    pub fn remove_path(&mut self, path: &str) {
        let from_file = |p: &str| {
            p.strip_prefix(path).is_some_and(|rest| {
                rest.is_empty()
                    || rest.starts_with('#')
                    || rest.starts_with(std::path::MAIN_SEPARATOR)
            })
        };
        let mut removed = Vec::new();
        for (i, slot) in self.articles.iter_mut().enumerate() {
            if slot.as_ref().is_some_and(|a| from_file(&a.path)) {
                *slot = None;
                removed.push(i);
            }
        }
        let before = (self.events.len(), self.problems.len());
        self.events.retain(
            |e| !matches!(e.source, Source::Article { article, .. } if removed.contains(&article)),
        );
        self.problems.retain(|p| !from_file(&p.path));
        if !removed.is_empty() || before != (self.events.len(), self.problems.len()) {
            self.revision += 1;
            self.reshaped += 1;
        }
    }

    /// Takes the next layer index for an import that finishes later (off the UI thread),
    /// so imports running side by side keep their own numbers. The layer stays hidden
    /// until [`Catalog::add_prepared`] fills it.
    pub fn reserve_layer(&mut self, path: &str) -> usize {
        let name = std::path::Path::new(path)
            .file_name()
            .map_or_else(|| path.to_owned(), |n| n.to_string_lossy().into_owned());
        self.layers.push(Layer {
            name,
            path: path.to_owned(),
            rows: Vec::new(),
            loaded: false,
        });
        self.layers.len() - 1
    }

    /// Builds the events of `imported` as layer index `layer` without touching a catalog:
    /// for a big file this is most of an import's work after parsing, so it runs on the
    /// importing thread.
    pub fn prepare_layer(layer: usize, path: &str, imported: Imported) -> PreparedLayer {
        let number = u16::try_from(layer + 1).unwrap_or(u16::MAX);
        let problems = imported
            .problems
            .iter()
            .map(|problem| Problem {
                path: path.to_owned(),
                message: format!("line {}: {}", problem.line, problem.message),
            })
            .collect();
        let events = imported
            .rows
            .iter()
            .enumerate()
            .map(|(row_index, row)| {
                let search_text = format!(
                    "{} {} {} {} {}",
                    row.title,
                    row.place,
                    row.subtype,
                    row.actors.join(" "),
                    row.evidence
                );
                EventRecord {
                    source: Source::Layer {
                        layer,
                        row: row_index,
                    },
                    layer: number,
                    kind: row.kind,
                    subtype: row.subtype.clone(),
                    from: row.event_date.map(day_of),
                    to: row.date_end.or(row.event_date).map(day_of),
                    lat: row.latitude,
                    lon: row.longitude,
                    mercator: super::clusters::mercator(row.latitude, row.longitude),
                    precision: row.precision,
                    place: row.place.clone(),
                    country_code: row.country.clone(),
                    admin1: String::new(),
                    actors: row.actors.clone(),
                    search_text: search_text.to_lowercase(),
                    new: false,
                    sample: false,
                }
            })
            .collect();
        PreparedLayer {
            layer,
            events,
            problems,
            rows: imported.rows,
        }
    }

    /// Puts a prepared layer into the slot [`Catalog::reserve_layer`] gave it; returns its
    /// layer number.
    pub fn add_prepared(&mut self, prepared: PreparedLayer) -> u16 {
        self.revision += 1;
        let number = u16::try_from(prepared.layer + 1).unwrap_or(u16::MAX);
        self.problems.extend(prepared.problems);
        self.events.extend(prepared.events);
        if let Some(entry) = self.layers.get_mut(prepared.layer) {
            entry.rows = prepared.rows;
            entry.loaded = true;
        }
        number
    }

    /// Removes an imported layer's events.
    pub fn remove_layer(&mut self, layer: usize) {
        let Some(entry) = self.layers.get_mut(layer) else {
            return;
        };
        entry.loaded = false;
        entry.rows.clear();
        self.revision += 1;
        self.reshaped += 1;
        self.events
            .retain(|e| !matches!(e.source, Source::Layer { layer: l, .. } if l == layer));
    }

    /// The exchange row of a record: what exports write.
    pub fn row(&self, record: &EventRecord, gazetteer: &Gazetteer) -> Option<Row> {
        match record.source {
            Source::Article { article, index } => {
                let loaded = self.article(article)?;
                let event = loaded.extracted.events.get(index)?;
                Some(Row::from_event(
                    &loaded.path,
                    &loaded.extracted,
                    event,
                    gazetteer,
                ))
            }
            Source::Layer { layer, row } => self.layers.get(layer)?.rows.get(row).cloned(),
        }
    }

    /// The rows of the given records (for instance the visible ones), in order.
    pub fn rows(&self, indexes: &[u32], gazetteer: &Gazetteer) -> Vec<Row> {
        indexes
            .iter()
            .filter_map(|&i| self.events.get(i as usize))
            .filter_map(|record| self.row(record, gazetteer))
            .collect()
    }

    /// Clears the "new since" marks.
    pub fn mark_all_seen(&mut self) {
        if self.events.iter().any(|e| e.new) {
            self.revision += 1;
            self.events.iter_mut().for_each(|e| e.new = false);
        }
    }

    /// Changes whenever records are added, removed or rebuilt; views recompute then.
    pub fn revision(&self) -> u64 {
        self.revision
    }

    /// Changes whenever records are removed or moved (appends do not change it).
    pub fn reshaped(&self) -> u64 {
        self.reshaped
    }

    /// The first and last day of any dated event.
    pub fn day_range(&self) -> Option<(Day, Day)> {
        let from = self.events.iter().filter_map(|e| e.from).min()?;
        let to = self.events.iter().filter_map(|e| e.to).max()?;
        Some((from, to))
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::article::Article;
    use crate::corrections::Corrections;
    use crate::pipeline::extract;

    const TEXT: &str = " date 2024-02-03\nERBIL (Wire) – Two drones attacked Harir air base on Friday. \
        Separately, the governor met the consul in Duhok on Thursday.\n";

    fn outcome(path: &str) -> Outcome {
        let gazetteer = Gazetteer::embedded().unwrap();
        let article = Article::from_text(path, TEXT.to_owned(), 0);
        Outcome {
            path: path.to_owned(),
            result: Ok(extract(article, gazetteer, &Corrections::new())),
        }
    }

    #[test]
    fn an_anchor_finds_its_event_after_the_file_is_read_again() {
        let gazetteer = Gazetteer::embedded().unwrap();
        let mut catalog = Catalog::default();
        catalog.add(outcome("a.txt"), gazetteer, false);
        catalog.add(outcome("b.txt"), gazetteer, true);
        assert!(catalog.events.len() >= 4, "{}", catalog.events.len());
        let last = u32::try_from(catalog.events.len() - 1).unwrap();
        let anchor = catalog.anchor(last).unwrap();
        let place = catalog.events[last as usize].place.clone();
        // b.txt changes on disk: removed, read again, appended under a new article index.
        catalog.remove_path("b.txt");
        assert_eq!(catalog.article_count(), 1);
        assert_eq!(catalog.find_all(std::slice::from_ref(&anchor)), [None]);
        catalog.add(outcome("b.txt"), gazetteer, false);
        let found = catalog.find_all(std::slice::from_ref(&anchor))[0].unwrap();
        assert_eq!(catalog.events[found as usize].place, place);
        assert!(
            catalog.articles[1].is_none(),
            "the removed slot stays empty"
        );
    }

    #[test]
    fn a_replaced_article_keeps_its_new_marks_and_a_folder_removal_takes_its_files() {
        let gazetteer = Gazetteer::embedded().unwrap();
        let mut catalog = Catalog::default();
        catalog.add(outcome("news/a.txt"), gazetteer, true);
        catalog.add(outcome("news2.txt"), gazetteer, false);
        let again = outcome("news/a.txt").result.unwrap();
        catalog.replace_article(0, again, gazetteer);
        let new_in_a = catalog
            .events
            .iter()
            .filter(|e| matches!(e.source, Source::Article { article: 0, .. }))
            .all(|e| e.new);
        assert!(new_in_a);
        catalog.remove_path("news");
        assert_eq!(catalog.article_count(), 1, "news2.txt is not inside news/");
    }
}
