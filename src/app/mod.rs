//! The desktop app: map, time slider, event list with filters, details panel.
//!
//! The app only draws and routes input; everything it shows comes from the core through
//! [`crate::pipeline`] (the same entry point as the CLI) and [`crate::view`].

mod basemap;
mod correction;
mod details;
mod dialogs;
mod export;
mod feeds;
mod import;
mod keyboard;
mod labels;
mod live;
mod loader;
mod map_controls;
mod markers;
mod panels;
mod paste;
mod style;
mod tile_sources;
mod timeline;
mod words;
mod workspace;

use std::path::{Path, PathBuf};
use std::sync::Arc;

use serde::{Deserialize, Serialize};
use walkers::{HttpOptions, HttpTiles, Map, MapMemory, lon_lat, sources::OpenStreetMap};

use crate::corrections::{Corrections, Target};
use crate::gazetteer::Gazetteer;
use crate::pipeline::Outcome;
use crate::view::catalog::{Anchor, Catalog, PreparedLayer};
use crate::view::clusters::{Cluster, cluster, histogram};
use crate::view::filter::{Filters, TimeIndex, TimeWindow};
use crate::watch::FolderWatch;
use correction::CorrectionDraft;
pub use details::DetailsAction;
pub use export::ExportFormat;
use loader::Loading;
pub use markers::{MarkerAction, marker_label};
use timeline::{Timeline, TimelineData};

/// What is remembered between runs (eframe persistence).
#[derive(Serialize, Deserialize, Default)]
#[serde(default)]
pub struct Settings {
    pub filters: Filters,
    pub timeline: Timeline,
    pub map: Option<MapMemory>,
    /// Show OpenStreetMap raster tiles under the offline borders.
    pub osm_tiles: bool,
    /// The offline basemap in its dark style.
    pub dark_map: bool,
    /// Hide the legend on the map (shown by default).
    pub hide_legend: bool,
    /// Hide the left panel (filters and list), for a wider map.
    pub hide_list: bool,
    /// What was opened, followed and imported, reopened at start.
    pub workspace: workspace::Workspace,
}

/// Derived views, recomputed only when their inputs change.
#[derive(Default)]
struct Derived {
    index: TimeIndex,
    /// Events passing the time window and the filters.
    visible: Vec<u32>,
    visible_key: Option<(TimeWindow, bool, Filters, (u64, usize))>,
    clusters: Vec<Cluster>,
    clusters_key: Option<(i32, u64)>,
    /// The cluster holding the selected event, found once per re-cluster or selection, not
    /// by every cluster every frame.
    selected_cluster: Option<usize>,
    selected_cluster_key: Option<((i32, u64), Option<u32>)>,
    /// Visible province-level events, one group per province.
    areas: Vec<crate::view::areas::AreaGroup>,
    histogram: Vec<[u32; 3]>,
    histogram_key: Option<(Filters, (u64, usize))>,
    day_range: Option<(crate::view::catalog::Day, crate::view::catalog::Day)>,
    /// Ranged events in the window (at most 40), drawn as spans under the histogram.
    spans: Vec<(
        crate::view::catalog::Day,
        crate::view::catalog::Day,
        crate::events::EventKind,
    )>,
    /// Country-level events in the window, per country.
    tray: Vec<(String, Vec<u32>)>,
    /// Country codes present in the data, for the country filter.
    countries: Vec<String>,
    generation: u64,
    /// The catalog revision and size the index was built for.
    indexed: (u64, usize),
    /// Events marked "new since".
    new_events: usize,
    /// The incidents: for each record, the first record of the incident it reports (itself
    /// when no other article reports it), so that the map, the list and the counts show
    /// one per incident. Grown as records are appended, started again when records are
    /// removed or moved.
    grouping: crate::view::incidents::Grouping,
    /// When the index was last rebuilt, and the catalog's `reshaped` count then.
    indexed_at: Option<std::time::Instant>,
    reshaped: u64,
}

/// Time a frame spends taking in loaded articles.
const RECEIVE_BUDGET: std::time::Duration = std::time::Duration::from_millis(6);
/// How often the views are rebuilt while a load runs.
const REINDEX_WHILE_LOADING: std::time::Duration = std::time::Duration::from_millis(500);

/// The application state.
pub struct IncidentApp {
    pub settings: Settings,
    pub catalog: Catalog,
    pub selected: Option<u32>,
    /// Members of the cluster the user opened.
    pub open_cluster: Option<Vec<u32>>,
    derived: Derived,
    /// Loads under way (each File > Open, drop or restored path starts one; none replaces
    /// another), finished ones removed once drained.
    loads: Vec<Loading>,
    /// Layer imports under way, on worker threads.
    imports: Vec<import::PendingImport>,
    /// OpenStreetMap tiles, made when first switched on, watched for failure.
    online_tiles: Option<tile_sources::WatchedTiles<HttpTiles>>,
    /// The offline tile package in use, drawn instead of online tiles.
    package: Option<Box<dyn walkers::Tiles>>,
    framed: bool,
    path_input: String,
    show_problems: bool,
    gazetteer: &'static Gazetteer,
    /// The user's corrections; shared read-only with the loader and watch threads, copied
    /// on write.
    corrections: Arc<Corrections>,
    /// Where corrections are saved; `None` keeps them for the session only.
    corrections_file: Option<PathBuf>,
    draft: CorrectionDraft,
    show_audit: bool,
    watch: Option<FolderWatch>,
    /// The feeds followed over HTTP, once one is.
    feeds: Option<crate::follow::FeedFollow>,
    /// The "Follow a feed" window, while it is open.
    feed_draft: Option<feeds::FeedDraft>,
    /// When the app started following its folder or a feed, for the "new since" badge.
    watching_since: Option<String>,
    export: export::ExportState,
    /// The last thing the app did for the user ("Exported 42 events to …").
    pub status: String,
    /// Noto fonts are in the context (installed on the first frame, drawn from the next).
    fonts_installed: bool,
    /// "Frame the data" was asked for: done at the start of the next frame.
    frame_requested: bool,
    /// The selection to bring into view: always when `reveal_always` (chosen in the list,
    /// by keyboard, in the tray), else only when the map no longer shows it (a clicked
    /// marker the opening details panel would hide).
    reveal: Option<u32>,
    /// Text pasted (or typed) to be read as an article, while its window is open.
    paste: Option<paste::Draft>,
    /// How many pasted texts have been added (they are "pasted text 1", "pasted text 2"…).
    pasted: usize,
    reveal_always: bool,
    /// "Zoom to selection" from the menu: applied to the map this frame.
    pending_zoom: Option<(f64, f64)>,
    /// The list scrolls to the selection on the next frame (moved by keyboard).
    scroll_list: bool,
    show_shortcuts: bool,
    /// A typed-path field to focus: no file dialog could open.
    focus_path: Option<dialogs::PathField>,
    /// Paths from the command line, opened on the first frame with the workspace.
    start_paths: Vec<PathBuf>,
    /// The workspace was reopened (on the first frame, when there is a context to load with).
    restored: bool,
}

impl IncidentApp {
    /// An app showing `outcomes` (for instance the shipped corpus) with `settings`.
    pub fn new(
        gazetteer: &'static Gazetteer,
        outcomes: Vec<Outcome>,
        settings: Settings,
    ) -> IncidentApp {
        let mut catalog = Catalog::default();
        for outcome in outcomes {
            catalog.add(outcome, gazetteer, false);
        }
        IncidentApp {
            framed: settings.map.is_some(),
            settings,
            catalog,
            selected: None,
            open_cluster: None,
            derived: Derived::default(),
            loads: Vec::new(),
            imports: Vec::new(),
            online_tiles: None,
            package: None,
            path_input: String::new(),
            show_problems: false,
            gazetteer,
            corrections: Arc::new(Corrections::new()),
            corrections_file: None,
            draft: CorrectionDraft::default(),
            show_audit: false,
            watch: None,
            feeds: None,
            feed_draft: None,
            watching_since: None,
            export: export::ExportState::default(),
            status: String::new(),
            fonts_installed: false,
            frame_requested: false,
            reveal: None,
            paste: None,
            pasted: 0,
            reveal_always: false,
            pending_zoom: None,
            scroll_list: false,
            show_shortcuts: false,
            focus_path: None,
            start_paths: Vec::new(),
            restored: false,
        }
    }

    /// An outcome extracted with corrections that have changed since, extracted again.
    fn with_current_corrections(&self, outcome: Outcome) -> Outcome {
        Outcome {
            path: outcome.path,
            result: outcome
                .result
                .map(|e| crate::pipeline::extract(e.article, self.gazetteer, &self.corrections)),
        }
    }

    /// Runs a change to the catalog and then finds the selected event (and the open
    /// cluster's) again by where they come from, since record indexes move.
    fn keep_selection(&mut self, change: impl FnOnce(&mut Self)) {
        let selected = self.selected.and_then(|i| self.catalog.anchor(i));
        let cluster: Option<Vec<Anchor>> = self
            .open_cluster
            .as_ref()
            .map(|m| m.iter().filter_map(|&i| self.catalog.anchor(i)).collect());
        change(self);
        // One pass over the records for the selection and every cluster member.
        let (had_cluster, had_selection) = (cluster.is_some(), selected.is_some());
        let mut anchors = cluster.unwrap_or_default();
        anchors.extend(selected);
        let mut found = self.catalog.find_all(&anchors);
        self.selected = if had_selection {
            found.pop().flatten()
        } else {
            None
        };
        self.open_cluster = had_cluster.then(|| {
            // Members merged away by a correction all map to their file's first event.
            let mut seen = rustc_hash::FxHashSet::default();
            found
                .into_iter()
                .flatten()
                .filter(|&i| seen.insert(i))
                .collect()
        });
    }

    /// Imports a GeoJSON or CSV file as a layer on a worker thread: parsing and building a
    /// million rows takes seconds, and the UI must not freeze for them. The layer appears
    /// when the worker is done ([`IncidentApp::receive`]); a file that cannot be imported
    /// is listed in Problems then.
    pub fn import_in_background(&mut self, path: &Path, ctx: &egui::Context) {
        let layer = self.catalog.reserve_layer(&path.display().to_string());
        let (sender, receiver) = std::sync::mpsc::channel();
        let (gazetteer, owned, ctx) = (self.gazetteer, path.to_path_buf(), ctx.clone());
        let spawned = std::thread::Builder::new()
            .name("layer-import".to_owned())
            .spawn(move || {
                let prepared = crate::exchange::import_path(&owned, gazetteer)
                    .map(|imported| {
                        Catalog::prepare_layer(layer, &owned.display().to_string(), imported)
                    })
                    .map_err(|e| e.to_string());
                sender.send(prepared).ok();
                ctx.request_repaint();
            });
        match spawned {
            Ok(_) => {
                self.status = format!("Importing {}…", path.display());
                self.imports
                    .push(import::PendingImport::new(path.to_path_buf(), receiver));
            }
            Err(error) => {
                self.report_problem(path, format!("cannot start the import: {error}"));
            }
        }
    }

    /// Adds the layers whose import finished; at most one a frame (adding a million events
    /// is one allocation and a move, not a rebuild).
    fn receive_imports(&mut self) {
        let Some(at) = self
            .imports
            .iter_mut()
            .position(import::PendingImport::poll)
        else {
            return;
        };
        let pending = self.imports.remove(at);
        let path = pending.path.clone();
        match pending.take() {
            Some(Ok(prepared)) => {
                self.add_imported_layer(&path, prepared);
            }
            Some(Err(message)) => {
                self.status = message.clone();
                self.report_problem(&path, message);
            }
            None => {
                let message = "the import stopped without a result".to_owned();
                self.report_problem(&path, message);
            }
        }
    }

    /// Whether a layer import is under way.
    pub fn is_importing(&self) -> bool {
        !self.imports.is_empty()
    }

    /// Imports a GeoJSON or CSV file as a layer of events in its own colour, on this thread
    /// (for tests and scripts; the app imports in the background). Bad rows are listed in
    /// Problems with their line numbers.
    pub fn import(&mut self, path: &Path) -> Result<u16, String> {
        let imported =
            crate::exchange::import_path(path, self.gazetteer).map_err(|e| e.to_string())?;
        let name = path.display().to_string();
        let layer = self.catalog.reserve_layer(&name);
        let prepared = Catalog::prepare_layer(layer, &name, imported);
        Ok(self.add_imported_layer(path, prepared))
    }

    /// Adds an imported layer (into the slot reserved for it), remembers its file in the
    /// workspace and says so in the status line; returns its layer number.
    fn add_imported_layer(&mut self, path: &Path, prepared: PreparedLayer) -> u16 {
        let (rows, bad) = (prepared.rows(), prepared.bad_rows());
        self.settings.workspace.remember_layer(path);
        if bad > 0 {
            self.show_problems = true;
        }
        let layer = self.catalog.add_prepared(prepared);
        self.status = format!(
            "Imported {rows} events from {}{}",
            path.display(),
            if bad > 0 {
                format!("; {bad} rows skipped (see Problems)")
            } else {
                String::new()
            }
        );
        layer
    }

    /// Lists a problem with `path` in the Problems panel, and opens the panel.
    fn report_problem(&mut self, path: &Path, message: String) {
        self.catalog.problems.push(crate::view::catalog::Problem {
            path: path.display().to_string(),
            message,
        });
        self.show_problems = true;
    }

    /// Events marked "new since".
    pub fn new_events(&self) -> usize {
        self.catalog.events.iter().filter(|e| e.new).count()
    }

    /// Starts reading files or folders on a worker thread; results appear as they come.
    /// The paths are remembered in the workspace and reopened at the next start.
    pub fn open(&mut self, paths: Vec<PathBuf>, ctx: &egui::Context) {
        if paths.is_empty() {
            return;
        }
        let paths: Vec<PathBuf> = paths.iter().map(|p| workspace::absolute(p)).collect();
        // Opened again, a path is read again: what it gave before is replaced, not doubled.
        for path in &paths {
            let shown = path.display().to_string();
            self.keep_selection(|app| app.catalog.remove_path(&shown));
        }
        self.settings.workspace.remember_opened(&paths);
        let ctx = ctx.clone();
        self.loads
            .push(Loading::start(paths, self.corrections.clone(), move || {
                ctx.request_repaint()
            }));
        self.show_problems = true;
    }

    /// Forgets an opened file or folder: its events leave the map and the next start does
    /// not reopen it.
    pub fn close_opened(&mut self, path: &Path) {
        let shown = path.display().to_string();
        self.keep_selection(|app| app.catalog.remove_path(&shown));
        self.settings.workspace.forget_opened(path);
    }

    /// Whether a load is still running.
    pub fn is_loading(&self) -> bool {
        self.loads.iter().any(|l| !l.finished)
    }

    /// Files read and files found by the loads under way, for the progress bar.
    fn load_progress(&self) -> Option<(usize, usize)> {
        self.is_loading().then(|| {
            self.loads
                .iter()
                .fold((0, 0), |(done, files), l| (done + l.done, files + l.files))
        })
    }

    /// Uses the tile package at `path` (PMTiles or a z/x/y folder) as the basemap, and
    /// remembers it.
    pub fn use_tile_package(&mut self, path: &Path, ctx: &egui::Context) -> Result<(), String> {
        let tiles = tile_sources::open_package(path, ctx)?;
        self.package = Some(tiles);
        self.settings.workspace.tiles = Some(workspace::absolute(path));
        self.status = format!("Basemap tiles from {}", path.display());
        Ok(())
    }

    /// Back to the offline outlines (or online tiles): the package is no longer used.
    pub fn drop_tile_package(&mut self) {
        self.package = None;
        self.settings.workspace.tiles = None;
    }

    /// Files and folders to open on the first frame, as `incident-map PATH…` does; the
    /// sample reports are then hidden (the Layers switch shows them again).
    pub fn open_at_start(&mut self, paths: Vec<PathBuf>) {
        if !paths.is_empty() {
            self.settings.filters.hide_samples = true;
        }
        self.start_paths = paths;
    }

    /// Opens what the workspace remembers, and the paths given on the command line (which
    /// the workspace then remembers too). What has gone is listed in Problems.
    fn restore_workspace(&mut self, ctx: &egui::Context) {
        let workspace = self.settings.workspace.clone();
        let mut opened = workspace.opened.clone();
        for path in std::mem::take(&mut self.start_paths) {
            let path = workspace::absolute(&path);
            if !opened.contains(&path) {
                opened.push(path);
            }
        }
        self.open(opened, ctx);
        if let Some(folder) = &workspace.followed
            && let Err(message) = self.watch_folder(folder, ctx)
        {
            self.report_problem(folder, format!("cannot follow it again: {message}"));
        }
        for url in &workspace.feeds {
            if let Err(message) = self.follow_feed(url, ctx) {
                self.catalog.problems.push(crate::view::catalog::Problem {
                    path: url.clone(),
                    message: format!("cannot follow it again: {message}"),
                });
            }
        }
        for layer in &workspace.layers {
            if layer.exists() {
                self.import_in_background(layer, ctx);
            } else {
                self.report_problem(layer, "cannot import it again: it is gone".to_owned());
            }
        }
        if let Some(tiles) = &workspace.tiles
            && let Err(message) = self.use_tile_package(tiles, ctx)
        {
            self.report_problem(
                tiles,
                format!("cannot open the tile package again: {message}"),
            );
        }
    }

    /// Events currently shown (time window and filters applied), by first day.
    pub fn visible_events(&self) -> &[u32] {
        &self.derived.visible
    }

    /// The records that report the same incident as record `i` (just `i` when only one
    /// article reports it), lead first.
    pub fn reports_of(&self, i: u32) -> Vec<u32> {
        let grouping = &self.derived.grouping;
        grouping
            .members(grouping.lead(i))
            .map_or_else(|| vec![i], <[u32]>::to_vec)
    }

    fn receive(&mut self) {
        // What arrives within a few milliseconds a frame, so the UI keeps its rate however
        // fast the loaders are.
        let started = std::time::Instant::now();
        for at in 0..self.loads.len() {
            let stale = !Arc::ptr_eq(&self.loads[at].corrections, &self.corrections);
            while started.elapsed() < RECEIVE_BUDGET {
                let outcomes = self.loads[at].drain(32);
                if outcomes.is_empty() {
                    break;
                }
                for outcome in outcomes {
                    let outcome = if stale {
                        self.with_current_corrections(outcome)
                    } else {
                        outcome
                    };
                    self.catalog.add(outcome, self.gazetteer, false);
                }
            }
        }
        self.loads.retain(|l| !l.finished);
        self.receive_imports();
    }

    /// Whether the views should be rebuilt for the catalog as it is now: always when it
    /// changed and nothing is loading; while a load runs, at most every
    /// [`REINDEX_WHILE_LOADING`], so that a load of 100,000 articles rebuilds a few dozen
    /// times, not once a frame (which made loading quadratic).
    fn index_due(&self) -> bool {
        let d = &self.derived;
        // Records removed or moved: the views' indexes are stale, rebuild at once.
        if d.reshaped != self.catalog.reshaped() {
            return true;
        }
        d.indexed != (self.catalog.revision(), self.catalog.events.len())
            && (!self.is_loading()
                || d.indexed_at
                    .is_none_or(|t| t.elapsed() >= REINDEX_WHILE_LOADING))
    }

    fn refresh(&mut self, zoom: f64) {
        let due = self.index_due();
        let d = &mut self.derived;
        let events = &self.catalog.events;
        let revision = (self.catalog.revision(), events.len());
        if due {
            d.indexed_at = Some(std::time::Instant::now());
            // Records are only appended between reshapes: the time index, the incidents
            // and the countries grow with the new ones (a load stays linear); a reshape
            // rebuilds them.
            let indexed_before = if d.reshaped != self.catalog.reshaped()
                || d.grouping.len() > events.len()
                || d.indexed.1 > events.len()
            {
                d.grouping = Default::default();
                d.index = TimeIndex::default();
                d.countries.clear();
                0
            } else {
                d.indexed.1
            };
            d.reshaped = self.catalog.reshaped();
            d.index.extend(events, indexed_before);
            crate::view::incidents::grow(&mut d.grouping, events);
            d.indexed = revision;
            d.new_events = events.iter().filter(|e| e.new).count();
            d.day_range = self.catalog.day_range();
            for event in &events[indexed_before..] {
                let code = event.country_code.as_str();
                if code.is_empty() {
                    continue;
                }
                if let Err(at) = d.countries.binary_search_by(|c| c.as_str().cmp(code)) {
                    d.countries.insert(at, code.to_owned());
                }
            }
            d.visible_key = None;
            d.histogram_key = None;
        }
        let Some((first, last)) = d.day_range else {
            d.visible.clear();
            d.clusters.clear();
            d.areas.clear();
            return;
        };
        let window = self.settings.timeline.window_in(first, last);
        let key = (
            window,
            self.settings.timeline.cumulative,
            self.settings.filters.clone(),
            d.indexed,
        );
        if d.visible_key.as_ref() != Some(&key) {
            d.index.visible_filtered(
                window,
                self.settings.timeline.cumulative,
                &self.settings.filters,
                events,
                &mut d.visible,
            );
            // One marker per incident: its lead stands for every report of it.
            // Kept in order of first day (the list and the keyboard walk it that way).
            if d.grouping.any_grouped() {
                let mut seen = rustc_hash::FxHashSet::default();
                d.visible.retain_mut(|i| {
                    *i = d.grouping.lead(*i);
                    seen.insert(*i)
                });
            }
            d.areas = crate::view::areas::group_areas(events, &d.visible);
            d.spans = timeline::spans(events, &d.visible);
            d.tray = panels::tray(events, &d.visible);
            d.visible_key = Some(key);
            d.generation += 1;
        }
        let level = zoom.floor() as i32;
        if d.clusters_key != Some((level, d.generation)) {
            d.clusters = cluster(events, &d.visible, zoom, 44.0);
            d.clusters_key = Some((level, d.generation));
        }
        let selected_key = ((level, d.generation), self.selected);
        if d.selected_cluster_key != Some(selected_key) {
            d.selected_cluster = self
                .selected
                .and_then(|s| d.clusters.iter().position(|c| c.members.contains(&s)));
            d.selected_cluster_key = Some(selected_key);
        }
        let histogram_key = (self.settings.filters.clone(), d.indexed);
        if d.histogram_key.as_ref() != Some(&histogram_key) {
            let filters = &self.settings.filters;
            // Incidents, not reports: only the lead of each counts.
            let grouping = &d.grouping;
            d.histogram = histogram(
                events,
                |i, e| grouping.lead(i as u32) as usize == i && filters.accepts(e),
                first,
                last,
            );
            d.histogram_key = Some(histogram_key);
        }
    }

    /// Centre and zoom the map on the pinned events, once.
    fn frame_on_data(&mut self) -> MapMemory {
        if let Some(memory) = &self.settings.map {
            return memory.clone();
        }
        let mut memory = MapMemory::default();
        // The middle 80 % of the pins, so a few far-away events (a call from Washington)
        // do not shrink the region the data is about.
        let (mut lats, mut lons): (Vec<f64>, Vec<f64>) = self
            .catalog
            .events
            .iter()
            .filter(|e| e.precision.is_pin())
            .map(|e| (e.lat, e.lon))
            .unzip();
        if !lats.is_empty() {
            lats.sort_by(f64::total_cmp);
            lons.sort_by(f64::total_cmp);
            let at = |v: &[f64], q: f64| v[((v.len() - 1) as f64 * q).round() as usize];
            let (min_lat, max_lat) = (at(&lats, 0.1), at(&lats, 0.9));
            let (min_lon, max_lon) = (at(&lons, 0.1), at(&lons, 0.9));
            memory.center_at(lon_lat(
                (min_lon + max_lon) / 2.0,
                (min_lat + max_lat) / 2.0,
            ));
            let span = (max_lon - min_lon).max((max_lat - min_lat) * 1.3).max(0.5);
            let zoom = (360.0 / span).log2() + 0.3;
            memory.set_zoom(zoom.clamp(2.0, 12.0)).ok();
            self.framed = true;
        }
        memory
    }

    /// Draws the whole app into `ui`. eframe calls it through [`eframe::App::ui`]; tests
    /// call it directly (egui_kittest), with no window and no GPU.
    pub fn show(&mut self, ui: &mut egui::Ui) {
        if !self.fonts_installed {
            // Fonts take effect from the next frame: draw nothing with names before that.
            install_fonts(ui.ctx());
            self.fonts_installed = true;
            ui.ctx().request_repaint();
            return;
        }
        if !self.restored {
            self.restored = true;
            self.restore_workspace(&ui.ctx().clone());
        }
        self.receive();
        live::receive(self);
        feeds::receive(self);
        export::receive(self);
        let dropped: Vec<PathBuf> = ui.ctx().input(|i| {
            i.raw
                .dropped_files
                .iter()
                .map(|f| f.path().to_path_buf())
                .filter(|p| !p.as_os_str().is_empty())
                .collect()
        });
        if !dropped.is_empty() {
            self.open(dropped, &ui.ctx().clone());
        }
        if !self.framed && self.derived.indexed.1 != self.catalog.events.len() && self.index_due() {
            self.settings.map = None; // New data and no view chosen yet: frame it.
        }
        if std::mem::take(&mut self.frame_requested) {
            self.settings.map = None;
            self.framed = false;
        }
        let selected_before = self.selected;
        let mut memory = self.frame_on_data();
        self.refresh(memory.zoom());

        let mut request = self.apply_shortcuts(keyboard::pressed(ui.ctx()));
        panels::menu_bar(self, ui);
        keyboard::help_window(ui.ctx(), &mut self.show_shortcuts);
        self.paste_window(ui.ctx());
        self.feed_window(ui.ctx());
        let text_has_focus = ui.ctx().text_edit_focused();
        if let Some((first, last)) = self.derived.day_range {
            let data = TimelineData {
                first,
                last,
                histogram: &self.derived.histogram,
                spans: &self.derived.spans,
            };
            let timeline = &mut self.settings.timeline;
            egui::Panel::bottom("timeline")
                .resizable(false)
                .show(ui, |ui| timeline.ui(ui, &data, text_has_focus));
        }
        if let Some(action) = panels::side_panel(self, ui) {
            // Chosen in the list: bring it into view.
            self.reveal_always = true;
            let _ = self.apply_marker_action(action);
        }
        if let Some(action) = panels::details_panel(self, ui) {
            match action {
                DetailsAction::Select(i) => self.selected = Some(i),
                DetailsAction::CentreOn { lat, lon } => memory.center_at(lon_lat(lon, lat)),
                DetailsAction::Correct(to) => {
                    self.correct_selected(to, self.draft.scope());
                }
                DetailsAction::Undo(id) => self.undo_correction(id),
            }
        }
        let mut action = None;
        let mut map_rect = egui::Rect::NOTHING;
        let mut out_of_view = false;
        let reveal_at = self
            .reveal
            .and_then(|i| self.catalog.events.get(i as usize))
            .filter(|e| e.precision != crate::view::catalog::Precision::Country)
            .map(|e| (e.lat, e.lon));
        let map_style = if self.settings.dark_map {
            style::DARK_MAP
        } else {
            style::LIGHT_MAP
        };
        // Where tiles are missing (outside a package, not yet loaded), the sea's colour
        // rather than black, with the offline outlines on it.
        egui::CentralPanel::default()
            .frame(egui::Frame::NONE.fill(map_style.sea))
            .show(ui, |ui| {
                map_rect = ui.max_rect();
                if self.settings.osm_tiles && self.online_tiles.is_none() {
                    self.online_tiles = Some(tile_sources::WatchedTiles::new(osm_tiles(ui.ctx())));
                }
                let online_failing = self.package.is_none()
                    && self.settings.osm_tiles
                    && self.online_tiles.as_ref().is_some_and(|t| t.failing());
                // A package first; else online tiles while they arrive.
                let tiles: Option<&mut dyn walkers::Tiles> = match &mut self.package {
                    Some(package) => Some(package.as_mut()),
                    None if self.settings.osm_tiles => self
                        .online_tiles
                        .as_mut()
                        .map(|t| t as &mut dyn walkers::Tiles),
                    None => None,
                };
                let with_tiles = tiles.is_some() && !online_failing;
                // The wheel zooms at the pointer, as on every web map; drag pans.
                let map = Map::new(tiles, &mut memory, lon_lat(44.0, 33.0))
                    .zoom_with_ctrl(false)
                    .zoom_speed(1.0)
                    .with_plugin(basemap::BasemapPlugin {
                        with_tiles,
                        style: map_style,
                    })
                    .with_plugin(labels::PlaceLabels {
                        gazetteer: self.gazetteer,
                        style: map_style,
                    })
                    .with_plugin(markers::Markers {
                        events: &self.catalog.events,
                        clusters: &self.derived.clusters,
                        areas: &self.derived.areas,
                        selected: self.selected,
                        selected_cluster: self.derived.selected_cluster,
                        action: &mut action,
                    })
                    .with_plugin(Reveal {
                        at: reveal_at,
                        out_of_view: &mut out_of_view,
                    });
                ui.add(map);
                if self.settings.osm_tiles && self.package.is_none() {
                    panels::attribution(ui);
                }
                if online_failing {
                    map_controls::notice(
                        ui,
                        map_rect,
                        "Online tiles are not arriving (no network?): showing the offline basemap",
                    );
                }
                request = request.or(map_controls::buttons(ui, map_rect, self.selected.is_some()));
                let latitude = memory.detached().map_or(33.0, |p| p.y());
                map_controls::scale_bar(ui, map_rect, memory.zoom(), latitude, map_style);
                if !self.settings.hide_legend {
                    map_controls::legend(ui, map_rect, &panels::layer_names(self));
                }
            });
        if let Some(action) = action {
            request = request.or(self.apply_marker_action(action));
        }
        // Bring the selection into view: in the map that remains once the details panel
        // has opened, so also on the frame after a click.
        if let Some((lat, lon)) = reveal_at
            && (self.reveal_always || out_of_view)
        {
            memory.center_at(lon_lat(lon, lat));
        }
        self.reveal = None;
        if self.selected != selected_before && self.selected.is_some() {
            self.reveal = self.selected;
            ui.ctx().request_repaint();
        } else {
            self.reveal_always = false;
        }
        if let Some((lat, lon)) = self.pending_zoom.take() {
            request = Some(map_controls::MapRequest::ZoomTo {
                lat,
                lon,
                zoom: memory.zoom().max(10.0),
            });
        }
        match request {
            Some(map_controls::MapRequest::ZoomIn) => {
                memory.zoom_in().ok();
            }
            Some(map_controls::MapRequest::ZoomOut) => {
                memory.zoom_out().ok();
            }
            Some(map_controls::MapRequest::Frame) => self.frame_requested = true,
            Some(map_controls::MapRequest::ZoomToSelection) => {
                if let Some(event) = self
                    .selected
                    .and_then(|i| self.catalog.events.get(i as usize))
                {
                    memory.center_at(lon_lat(event.lon, event.lat));
                    memory.set_zoom(memory.zoom().max(10.0)).ok();
                }
            }
            Some(map_controls::MapRequest::ZoomTo { lat, lon, zoom }) => {
                memory.center_at(lon_lat(lon, lat));
                memory.set_zoom(zoom).ok();
            }
            None => {}
        }
        if self.show_audit {
            let mut open = true;
            let undo = correction::audit_window(
                ui.ctx(),
                &mut open,
                &self.corrections,
                self.corrections_file.as_deref(),
            );
            self.show_audit = open;
            if let Some(id) = undo {
                self.undo_correction(id);
            }
        }
        self.export.map_rect = Some(map_rect);
        self.settings.map = Some(memory);
        if self.frame_requested {
            ui.ctx().request_repaint(); // framed at the start of the next frame
        }
    }

    /// Applies this frame's shortcuts; returns what they ask of the map.
    fn apply_shortcuts(
        &mut self,
        shortcuts: Vec<keyboard::Shortcut>,
    ) -> Option<map_controls::MapRequest> {
        use keyboard::Shortcut;
        let mut request = None;
        for shortcut in shortcuts {
            match shortcut {
                Shortcut::Next | Shortcut::Previous | Shortcut::First | Shortcut::Last => {
                    let list = self
                        .open_cluster
                        .as_deref()
                        .unwrap_or(&self.derived.visible);
                    if let Some(to) = keyboard::step(list, self.selected, shortcut) {
                        self.selected = Some(to);
                        self.reveal_always = true;
                        self.scroll_list = true;
                    }
                }
                Shortcut::ZoomToSelection if self.selected.is_some() => {
                    request = Some(map_controls::MapRequest::ZoomToSelection);
                }
                Shortcut::ZoomToSelection => {}
                Shortcut::Clear => {
                    if self.selected.take().is_none() {
                        self.open_cluster = None;
                    }
                }
                Shortcut::ZoomIn => request = Some(map_controls::MapRequest::ZoomIn),
                Shortcut::ZoomOut => request = Some(map_controls::MapRequest::ZoomOut),
                Shortcut::Frame => self.frame_requested = true,
                Shortcut::Help => self.show_shortcuts = !self.show_shortcuts,
            }
        }
        request
    }

    fn apply_marker_action(&mut self, action: MarkerAction) -> Option<map_controls::MapRequest> {
        match action {
            MarkerAction::Select(i) => {
                self.selected = Some(i);
            }
            MarkerAction::OpenCluster(members) => {
                // Listed, not selected: opening the details would narrow the map under
                // the pointer between the two clicks of a double-click.
                self.open_cluster = Some(members);
            }
            MarkerAction::ZoomInto { lat, lon } => {
                let zoom = self.settings.map.as_ref().map_or(6.0, |m| m.zoom()) + 2.0;
                return Some(map_controls::MapRequest::ZoomTo { lat, lon, zoom });
            }
            MarkerAction::PinDropped { event, lat, lon } => {
                self.selected = Some(event);
                // The province it now lies in, where the basemap has outlines.
                let area = basemap::Basemap::embedded().area_at(lat, lon);
                let pin = Target::Pin {
                    lat,
                    lon,
                    country: area.map(|a| a.country.clone()),
                    admin1: area.map(|a| a.admin1.clone()).filter(|a| !a.is_empty()),
                };
                self.correct_selected(pin, self.draft.scope());
            }
        }
        None
    }
}

/// Tells the app whether the event to reveal is outside the map's rectangle (less a
/// margin), as the map is laid out this frame.
struct Reveal<'a> {
    at: Option<(f64, f64)>,
    out_of_view: &'a mut bool,
}

impl walkers::Plugin for Reveal<'_> {
    fn run(
        self: Box<Self>,
        _ui: &mut egui::Ui,
        response: &egui::Response,
        projector: &walkers::Projector,
        _memory: &MapMemory,
    ) {
        if let Some((lat, lon)) = self.at {
            let at = projector.project(lon_lat(lon, lat)).to_pos2();
            *self.out_of_view = !response.rect.shrink(40.0).contains(at);
        }
    }
}

/// The app's corrections file: `corrections.json` in the user data directory
/// (`~/.local/share/incident-map/` on Linux), or `INCIDENT_MAP_CORRECTIONS` when set.
pub fn corrections_file() -> Option<PathBuf> {
    if let Some(path) = std::env::var_os("INCIDENT_MAP_CORRECTIONS") {
        return Some(PathBuf::from(path));
    }
    directories::ProjectDirs::from("org", "incident-map", "incident-map")
        .map(|d| d.data_dir().join("corrections.json"))
}

/// A map view from "lat,lon,zoom" (`INCIDENT_MAP_VIEW`); `None` if it does not read so.
fn view_from(text: &str) -> Option<MapMemory> {
    let numbers: Vec<f64> = text
        .split(',')
        .map(|n| n.trim().parse::<f64>().ok())
        .collect::<Option<_>>()?;
    let [lat, lon, zoom] = numbers[..] else {
        return None;
    };
    let mut memory = MapMemory::default();
    memory.center_at(lon_lat(lon, lat));
    memory.set_zoom(zoom).ok()?;
    Some(memory)
}

/// OpenStreetMap raster tiles with an on-disk cache in the OS cache directory. Tiles load
/// lazily in the background; without network the offline borders stay.
fn osm_tiles(ctx: &egui::Context) -> HttpTiles {
    let cache = directories::ProjectDirs::from("org", "incident-map", "incident-map")
        .map(|d| d.cache_dir().join("tiles"));
    let options = HttpOptions {
        cache,
        ..HttpOptions::default()
    };
    HttpTiles::with_options(OpenStreetMap, options, ctx.clone())
}

impl eframe::App for IncidentApp {
    fn ui(&mut self, ui: &mut egui::Ui, _frame: &mut eframe::Frame) {
        self.show(ui);
    }

    fn save(&mut self, storage: &mut dyn eframe::Storage) {
        eframe::set_value(storage, eframe::APP_KEY, &self.settings);
    }
}

/// Adds Noto Sans and Noto Sans Arabic after egui's fonts, so that names such as
/// "Ḩalab" and Arabic and Persian text show without boxes (`assets/fonts/`).
pub fn install_fonts(ctx: &egui::Context) {
    let mut fonts = egui::FontDefinitions::default();
    for (name, bytes) in [
        (
            "NotoSans",
            &include_bytes!("../../assets/fonts/NotoSans-Regular.ttf")[..],
        ),
        (
            "NotoSansArabic",
            &include_bytes!("../../assets/fonts/NotoSansArabic-Regular.ttf")[..],
        ),
    ] {
        fonts.font_data.insert(
            name.to_owned(),
            Arc::new(egui::FontData::from_static(bytes)),
        );
        for family in [egui::FontFamily::Proportional, egui::FontFamily::Monospace] {
            fonts
                .families
                .entry(family)
                .or_default()
                .push(name.to_owned());
        }
    }
    ctx.set_fonts(fonts);
}

/// Opens the native window on the shipped sample reports, the remembered workspace and
/// `start_paths` (from the command line). Returns when the window closes.
pub fn run(start_paths: Vec<PathBuf>) -> eframe::Result {
    let options = eframe::NativeOptions {
        viewport: egui::ViewportBuilder::default()
            .with_title("incident-map")
            .with_inner_size([1280.0, 800.0])
            .with_drag_and_drop(true),
        ..Default::default()
    };
    eframe::run_native(
        "incident-map",
        options,
        Box::new(|cc| {
            let mut settings: Settings = cc
                .storage
                .and_then(|s| eframe::get_value(s, eframe::APP_KEY))
                .unwrap_or_default();
            // For scripted screenshots: start at "lat,lon,zoom".
            if let Some(view) = std::env::var("INCIDENT_MAP_VIEW")
                .ok()
                .as_deref()
                .and_then(view_from)
            {
                settings.map = Some(view);
            }
            let gazetteer = Gazetteer::embedded()
                .map_err(|e| Box::new(e) as Box<dyn std::error::Error + Send + Sync>)?;
            // The corrections first, so the corpus is extracted once, with them.
            let opened = corrections_file().map(|path| {
                let opened = crate::corrections::store::open(&path);
                (path, opened)
            });
            let none = Corrections::new();
            let in_force = opened.as_ref().map_or(&none, |(_, o)| &o.corrections);
            let samples = crate::corpus::extract_default_corpus(gazetteer, in_force);
            let mut app = IncidentApp::new(gazetteer, Vec::new(), settings);
            app.catalog.add_samples(samples, gazetteer);
            app.open_at_start(start_paths);
            if let Some((path, opened)) = opened {
                app.adopt_corrections(path, opened);
            }
            // For scripted screenshots: start with the first event whose place matches.
            if let Ok(place) = std::env::var("INCIDENT_MAP_SELECT")
                && !place.is_empty()
            {
                app.selected = app
                    .catalog
                    .events
                    .iter()
                    .position(|e| e.place.contains(&place))
                    .and_then(|i| u32::try_from(i).ok());
            }
            Ok(Box::new(app))
        }),
    )
}
