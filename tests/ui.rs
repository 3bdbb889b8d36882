//! The desktop app driven headless with egui_kittest (no display, no GPU): the app is
//! opened on fixture articles, markers are found by their accessible labels.

#![cfg(feature = "gui")]
#![allow(clippy::unwrap_used, clippy::expect_used)] // test helpers fail loudly

#[path = "support/http_server.rs"]
#[allow(dead_code)] // each test file uses part of it
mod http_server;

use std::path::{Path, PathBuf};
use std::time::{Duration, Instant};

use egui_kittest::Harness;
use egui_kittest::kittest::Queryable;
use incident_map::app::{IncidentApp, Settings};
use incident_map::corrections::Corrections;
use incident_map::gazetteer::Gazetteer;
use incident_map::pipeline::extract_file;

fn fixture(name: &str) -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("tests/fixtures")
        .join(name)
}

fn app_on(names: &[&str]) -> IncidentApp {
    let gazetteer = Gazetteer::embedded().unwrap();
    let outcomes = names
        .iter()
        .flat_map(|n| extract_file(&fixture(n), gazetteer, &Corrections::new()))
        .collect();
    IncidentApp::new(gazetteer, outcomes, Settings::default())
}

fn harness(app: IncidentApp) -> Harness<'static, IncidentApp> {
    harness_stepping(app, 0.25)
}

/// A harness whose frames are `step_dt` seconds apart (a double-click needs short ones).
fn harness_stepping(app: IncidentApp, step_dt: f32) -> Harness<'static, IncidentApp> {
    let mut harness = Harness::builder()
        .with_size(egui::vec2(1400.0, 900.0))
        .with_step_dt(step_dt)
        // One second of frames to settle, whatever their length.
        .with_max_steps(((1.0 / step_dt).ceil() as u64).max(4))
        .build_ui_state(|ui, app: &mut IncidentApp| app.show(ui), app);
    harness.run();
    harness
}

#[test]
fn clicking_a_marker_shows_its_article() {
    let mut harness = harness(app_on(&[
        "incident_site.txt",
        "call.txt",
        "metonym_compound.txt",
    ]));
    harness
        .get_by_label("Select incident drone strike in Harir Air Base on 2023-10-26")
        .click();
    harness.run();
    let selected = harness.state().selected.expect("a selection");
    let event = &harness.state().catalog.events[selected as usize];
    assert_eq!(event.place, "Harir Air Base");
    // The details panel shows the evidence sentence and the article.
    // The evidence sentence and the whole article both show the text.
    assert!(
        harness
            .query_all_by_label_contains("Two explosive-laden drones targeted Harir air base")
            .count()
            >= 2
    );
    assert!(
        harness.query_by_label("incident_site.txt").is_some(),
        "the article's title"
    );
    assert!(
        harness.query_all_by_label_contains("Fixture Wire").count() >= 1,
        "the article's source"
    );
}

#[test]
fn moving_the_slider_window_changes_the_markers() {
    let mut harness = harness(app_on(&["two_incidents.txt"]));
    let all = harness.state().visible_events().len();
    assert_eq!(all, 2);
    // Narrow the window to its first day, then step it forward one day.
    harness.state_mut().settings.timeline.window = None;
    harness.run();
    let first_day = harness.state().catalog.day_range().unwrap().0;
    harness.state_mut().settings.timeline.window = Some(incident_map::view::filter::TimeWindow {
        from: first_day,
        to: first_day,
    });
    harness.run();
    let before: Vec<u32> = harness.state().visible_events().to_vec();
    assert_eq!(before.len(), 1);
    assert!(
        harness
            .query_by_label("Select incident rocket attack in Ain al-Asad Air Base on 2023-10-31")
            .is_some()
    );
    harness.get_by_label("Step forward").click();
    harness.run();
    let after: Vec<u32> = harness.state().visible_events().to_vec();
    assert_eq!(after.len(), 1);
    assert_ne!(before, after, "the visible marker changed");
    assert!(
        harness
            .query_by_label("Select incident rocket attack in Ain al-Asad Air Base on 2023-10-31")
            .is_none()
    );
}

#[test]
fn a_kind_filter_hides_that_kind() {
    let mut harness = harness(app_on(&["call.txt", "incident_site.txt"]));
    assert_eq!(harness.state().visible_events().len(), 2);
    harness.get_by_label("Calls").click();
    harness.run();
    let visible = harness.state().visible_events().to_vec();
    assert_eq!(visible.len(), 1);
    assert_eq!(
        harness.state().catalog.events[visible[0] as usize]
            .kind
            .as_str(),
        "incident"
    );
}

#[test]
fn opening_a_folder_with_a_bad_file_reports_it_and_loads_the_rest() {
    let dir = tempfile::tempdir().unwrap();
    std::fs::copy(fixture("incident_site.txt"), dir.path().join("good.txt")).unwrap();
    std::fs::copy(fixture("bad/binary.bin"), dir.path().join("broken.txt")).unwrap();
    let gazetteer = Gazetteer::embedded().unwrap();
    let mut harness = harness(IncidentApp::new(gazetteer, Vec::new(), Settings::default()));
    let ctx = harness.ctx.clone();
    harness
        .state_mut()
        .open(vec![dir.path().to_path_buf()], &ctx);
    let deadline = Instant::now() + Duration::from_secs(20);
    while harness.state().is_loading() && Instant::now() < deadline {
        std::thread::sleep(Duration::from_millis(20));
        harness.run();
    }
    harness.run();
    assert!(
        harness
            .query_by_label_contains("broken.txt: binary file")
            .is_some(),
        "the Problems panel names the bad file"
    );
    assert!(
        harness
            .query_by_label("Select incident drone strike in Harir Air Base on 2023-10-26")
            .is_some(),
        "the good file's event is on the map"
    );
}

#[cfg(unix)]
#[test]
fn opening_a_folder_with_a_fifo_and_link_loops_lists_them_and_loads_the_article() {
    let dir = tempfile::tempdir().unwrap();
    std::fs::copy(fixture("incident_site.txt"), dir.path().join("good.txt")).unwrap();
    let fifo = dir.path().join("pipe.txt");
    assert!(
        std::process::Command::new("mkfifo")
            .arg(&fifo)
            .status()
            .unwrap()
            .success()
    );
    std::os::unix::fs::symlink(".", dir.path().join("again")).unwrap();
    std::os::unix::fs::symlink("/dev", dir.path().join("devices")).unwrap();
    let gazetteer = Gazetteer::embedded().unwrap();
    let mut harness = harness(IncidentApp::new(gazetteer, Vec::new(), Settings::default()));
    let ctx = harness.ctx.clone();
    harness
        .state_mut()
        .open(vec![dir.path().to_path_buf()], &ctx);
    let deadline = Instant::now() + Duration::from_secs(20);
    while harness.state().is_loading() && Instant::now() < deadline {
        std::thread::sleep(Duration::from_millis(20));
        harness.run();
    }
    assert!(
        !harness.state().is_loading(),
        "the load finished: nothing blocked"
    );
    harness.run();
    for problem in [
        "pipe.txt: is a FIFO",
        "again: folder already read",
        "devices: link to a folder on another file system",
    ] {
        assert!(
            harness.query_by_label_contains(problem).is_some(),
            "Problems lists {problem}"
        );
    }
    assert!(
        harness
            .query_by_label("Select incident drone strike in Harir Air Base on 2023-10-26")
            .is_some(),
        "the good file's event is on the map"
    );
}

#[test]
fn a_file_dropped_into_a_followed_folder_appears_within_a_second() {
    let dir = tempfile::tempdir().unwrap();
    let mut harness = harness(app_on(&["call.txt"]));
    let ctx = harness.ctx.clone();
    harness
        .state_mut()
        .watch_folder(dir.path(), &ctx)
        .expect("the folder can be followed");
    std::thread::sleep(Duration::from_millis(150)); // the watch is armed
    let before = harness.state().catalog.events.len();
    let text = std::fs::read_to_string(fixture("incident_site.txt")).unwrap();
    let path = dir.path().join("arrived.txt");
    let dropped = Instant::now();
    std::fs::write(&path, text).unwrap();
    while harness.state().new_events() == 0 {
        assert!(
            dropped.elapsed() < Duration::from_secs(1),
            "not on the map after a second"
        );
        std::thread::sleep(Duration::from_millis(10));
        harness.step();
    }
    harness.run();
    assert!(harness.state().catalog.events.len() > before);
    assert!(harness.query_by_label_contains("new since").is_some());
    harness.get_by_label("Mark seen").click();
    harness.run();
    assert_eq!(harness.state().new_events(), 0);
    // Deleted: its events go.
    std::fs::remove_file(&path).unwrap();
    let deadline = Instant::now() + Duration::from_secs(2);
    while harness.state().catalog.events.len() > before {
        assert!(Instant::now() < deadline, "deleted file's events stay");
        std::thread::sleep(Duration::from_millis(10));
        harness.step();
    }
}

#[test]
fn a_followed_feed_brings_its_items_within_one_poll_and_a_dead_feed_is_a_problem() {
    let server = http_server::Server::start();
    let item = (
        "https://wire.example/erbil",
        "Drone hits base near Erbil",
        "A drone struck a base near Erbil airport on Tuesday, officials said.",
    );
    server.set(
        "/feed.xml",
        http_server::Page {
            body: http_server::rss(&[item]),
            content_type: "application/rss+xml",
            etag: Some("\"v1\""),
            delay: Duration::ZERO,
        },
    );
    let mut harness = harness(app_on(&["call.txt"]));
    let ctx = harness.ctx.clone();
    let before = harness.state().catalog.events.len();
    let url = server.url("/feed.xml");
    let missing = server.url("/missing.xml");
    harness.state_mut().follow_feed(&url, &ctx).unwrap();
    harness.state_mut().follow_feed(&missing, &ctx).unwrap();
    let started = Instant::now();
    while harness.state().new_events() == 0 {
        assert!(
            started.elapsed() < Duration::from_secs(5),
            "the item never came"
        );
        std::thread::sleep(Duration::from_millis(10));
        harness.step();
    }
    harness.run();
    assert!(harness.state().catalog.events.len() > before);
    assert!(harness.query_by_label_contains("new since").is_some());
    assert!(
        harness
            .query_by_label_contains("following 2 feeds")
            .is_some()
    );
    let deadline = Instant::now() + Duration::from_secs(5);
    while harness.query_by_label_contains("Problems (1)").is_none() {
        assert!(
            Instant::now() < deadline,
            "the dead feed is not in Problems: {:?}",
            harness.state().catalog.problems
        );
        std::thread::sleep(Duration::from_millis(10));
        harness.step();
    }
    harness.get_by_label_contains("Problems (1)").click();
    harness.run();
    assert!(
        harness
            .query_by_label_contains("missing.xml: the server answered HTTP 404")
            .is_some(),
        "Problems names the URL and the reason"
    );
    assert_eq!(harness.state().followed_feeds(), [url.clone(), missing]);
    harness.state_mut().stop_following_feed(&url);
    assert_eq!(harness.state().followed_feeds().len(), 1);
}

#[test]
fn an_imported_layer_is_drawn_and_exported_with_what_is_shown() {
    let dir = tempfile::tempdir().unwrap();
    let csv = dir.path().join("curated.csv");
    std::fs::write(
        &csv,
        "event_date,event_type,location,country,latitude,longitude\n\
         2023-10-26,Explosions/Remote violence,Harir,Iraq,36.55,44.35\n\
         2023-10-26,Battles,Nowhere,Iraq,north,44.35\n",
    )
    .unwrap();
    let mut harness = harness(app_on(&["incident_site.txt", "call.txt"]));
    let layer = harness.state_mut().import(&csv).unwrap();
    assert_eq!(layer, 1);
    harness.run();
    let app = harness.state();
    assert!(
        app.catalog
            .events
            .iter()
            .any(|e| e.layer == 1 && e.place == "Harir")
    );
    assert!(
        app.catalog
            .problems
            .iter()
            .any(|p| p.path.ends_with("curated.csv") && p.message.starts_with("line 3:"))
    );
    assert!(harness.query_by_label_contains("curated.csv (1)").is_some());
    // Export writes exactly the events shown: both layers, then without the imported one.
    let out = dir.path().join("shown.csv");
    let shown = harness.state().visible_events().len();
    let written = harness
        .state_mut()
        .export_visible(&out, incident_map::app::ExportFormat::Csv)
        .unwrap();
    assert_eq!(written, shown);
    harness.get_by_label("curated.csv (1)").click();
    harness.run();
    let fewer = harness
        .state_mut()
        .export_visible(&out, incident_map::app::ExportFormat::Csv)
        .unwrap();
    assert_eq!(fewer, shown - 1);
    let lines = std::fs::read_to_string(&out).unwrap().lines().count();
    assert_eq!(lines, fewer + 1, "header + one line per event");
}

/// Presses at `from`, moves to `to` over several frames (past egui's drag threshold in the
/// first), and releases there: a real mouse drag, not a stepped value.
fn drag(harness: &mut Harness<'_, IncidentApp>, from: egui::Pos2, to: egui::Pos2) {
    harness.hover_at(from);
    harness.step();
    harness.drag_at(from);
    harness.step();
    for i in 1..=5 {
        harness.hover_at(from + (to - from) * (i as f32 / 5.0));
        harness.step();
    }
    harness.drop_at(to);
    harness.run();
}

#[test]
fn dragging_the_slider_moves_what_was_pressed_from_the_first_drag() {
    let mut harness = harness(app_on(&[
        "two_incidents.txt",
        "incident_site.txt",
        "call.txt",
    ]));
    let (first, last) = harness.state().catalog.day_range().unwrap();
    assert!(last - first >= 4, "the fixtures span several days");
    let rect = harness.get_by_label("Time window").rect();
    let y = rect.center().y;
    let x_of =
        |day: i32| rect.left() + (day - first) as f32 / (last - first + 1) as f32 * rect.width();
    let window = |h: &Harness<'_, IncidentApp>| {
        let w = h.state().settings.timeline.window.unwrap();
        (w.from - first, w.to - first)
    };
    let span = last - first;
    // The default window is the whole range: its left edge, dragged right, moves the start.
    drag(
        &mut harness,
        egui::pos2(rect.left() + 1.0, y),
        egui::pos2(x_of(first + 2) + 1.0, y),
    );
    assert_eq!(
        window(&harness),
        (2, span),
        "left edge moved, right edge kept"
    );
    // The right edge, dragged left.
    drag(
        &mut harness,
        egui::pos2(rect.right() - 1.0, y),
        egui::pos2(x_of(last - 1) + 1.0, y),
    );
    assert_eq!(
        window(&harness),
        (2, span - 1),
        "right edge moved, left edge kept"
    );
    // The body, dragged one day left, keeps its width.
    let body = egui::pos2(x_of(first + span / 2) + 2.0, y);
    let day_width = x_of(first + 1) - x_of(first);
    drag(&mut harness, body, body - egui::vec2(day_width, 0.0));
    assert_eq!(window(&harness), (1, span - 2), "body moved by one day");
    // Outside the window, a new window is drawn from the press to the release.
    drag(
        &mut harness,
        egui::pos2(x_of(last) + 1.0, y),
        egui::pos2(x_of(last - 1) + 1.0, y),
    );
    assert_eq!(window(&harness), (span - 1, span), "new window drawn");
}

/// An app on `names` whose map starts at `(lat, lon)` and `zoom` instead of framing the data.
fn app_at(names: &[&str], lat: f64, lon: f64, zoom: f64) -> IncidentApp {
    let mut memory = walkers::MapMemory::default();
    memory.center_at(walkers::lon_lat(lon, lat));
    memory.set_zoom(zoom).unwrap();
    let gazetteer = Gazetteer::embedded().unwrap();
    let outcomes = names
        .iter()
        .flat_map(|n| extract_file(&fixture(n), gazetteer, &Corrections::new()))
        .collect();
    let settings = Settings {
        map: Some(memory),
        ..Settings::default()
    };
    IncidentApp::new(gazetteer, outcomes, settings)
}

fn map_centre(harness: &Harness<'_, IncidentApp>) -> (f64, f64) {
    let centre = harness
        .state()
        .settings
        .map
        .as_ref()
        .unwrap()
        .detached()
        .unwrap();
    (centre.y(), centre.x())
}

fn map_zoom(harness: &Harness<'_, IncidentApp>) -> f64 {
    harness.state().settings.map.as_ref().unwrap().zoom()
}

#[test]
fn the_keyboard_walks_the_list_and_escape_clears_the_selection() {
    let mut harness = harness(app_on(&[
        "two_incidents.txt",
        "incident_site.txt",
        "call.txt",
    ]));
    let visible = harness.state().visible_events().to_vec();
    assert!(visible.len() >= 3, "{visible:?}");
    let press = |harness: &mut Harness<'_, IncidentApp>, key: egui::Key| {
        harness.key_press(key);
        harness.run();
        harness.state().selected
    };
    assert_eq!(press(&mut harness, egui::Key::ArrowDown), Some(visible[0]));
    assert_eq!(press(&mut harness, egui::Key::ArrowDown), Some(visible[1]));
    assert_eq!(press(&mut harness, egui::Key::ArrowUp), Some(visible[0]));
    assert_eq!(press(&mut harness, egui::Key::End), visible.last().copied());
    assert_eq!(press(&mut harness, egui::Key::Home), Some(visible[0]));
    assert_eq!(press(&mut harness, egui::Key::Escape), None);
    // Typing in the search box: the arrows edit the text, the selection stays.
    harness
        .get_by_role_and_label(egui::accesskit::Role::TextInput, "Search")
        .focus();
    harness.run();
    assert_eq!(press(&mut harness, egui::Key::ArrowDown), None);
}

#[test]
fn choosing_an_event_in_the_list_brings_it_into_view() {
    // The map starts over the Atlantic, far from every event.
    let mut harness = harness(app_at(
        &["incident_site.txt", "two_incidents.txt"],
        0.0,
        -30.0,
        9.0,
    ));
    assert!(
        harness
            .query_by_label("Select incident drone strike in Harir Air Base on 2023-10-26")
            .is_none(),
        "not on the map yet"
    );
    harness
        .get_by_label_contains("Drone strike — Harir")
        .click();
    harness.run();
    let (lat, lon) = map_centre(&harness);
    assert!(
        (lat - 36.5).abs() < 0.3 && (lon - 44.35).abs() < 0.3,
        "centred on Harir: {lat}, {lon}"
    );
    let marker = harness
        .get_by_label("Select incident drone strike in Harir Air Base on 2023-10-26")
        .rect();
    let list = harness.get_by_label_contains("Drone strike — Harir").rect();
    assert!(
        marker.left() > list.right(),
        "the marker is on the map, right of the list"
    );
}

/// Two clicks at `at`, close enough in time and place for egui to see a double-click
/// (with frames 1/60 s apart).
fn double_click(harness: &mut Harness<'_, IncidentApp>, at: egui::Pos2) {
    harness.hover_at(at);
    harness.step();
    for _ in 0..2 {
        for pressed in [true, false] {
            harness.event(egui::Event::PointerButton {
                pos: at,
                button: egui::PointerButton::Primary,
                pressed,
                modifiers: egui::Modifiers::NONE,
            });
            harness.step();
        }
    }
    harness.run();
}

#[test]
fn double_clicking_a_cluster_zooms_into_it_and_the_wheel_zooms_at_the_pointer() {
    // Ain al-Asad and al-Shaddadi, 300 km apart: one cluster at zoom 3.
    let mut harness = harness_stepping(app_at(&["two_incidents.txt"], 34.5, 41.0, 3.0), 1.0 / 60.0);
    let cluster = harness
        .get_by_label("Open cluster of 2 events")
        .rect()
        .center();
    double_click(&mut harness, cluster);
    assert!(
        (map_zoom(&harness) - 5.0).abs() < 0.01,
        "two levels closer: {}",
        map_zoom(&harness)
    );
    let (lat, lon) = map_centre(&harness);
    assert!(
        (lat - 34.5).abs() < 2.0 && (lon - 41.5).abs() < 2.0,
        "centred on the cluster: {lat}, {lon}"
    );
    // One notch of the wheel, over the map: closer in.
    let before = map_zoom(&harness);
    harness.hover_at(cluster);
    harness.event(egui::Event::MouseWheel {
        unit: egui::MouseWheelUnit::Line,
        delta: egui::vec2(0.0, 1.0),
        phase: egui::TouchPhase::Move,
        source: egui::MouseWheelSource::Unknown,
        modifiers: egui::Modifiers::NONE,
    });
    harness.run();
    assert!(map_zoom(&harness) > before, "the wheel zoomed in");
}

/// Steps the harness until `done` holds, for at most `limit`.
fn wait_until(
    harness: &mut Harness<'_, IncidentApp>,
    limit: Duration,
    what: &str,
    done: impl Fn(&IncidentApp) -> bool,
) {
    let start = Instant::now();
    while !done(harness.state()) {
        assert!(start.elapsed() < limit, "{what}: not within {limit:?}");
        std::thread::sleep(Duration::from_millis(10));
        harness.step();
    }
    harness.run();
}

#[test]
fn following_the_latest_shows_an_event_dated_after_the_old_window() {
    let dir = tempfile::tempdir().unwrap();
    // The Harir strike (2023-10-26) and the Ain al-Asad attacks (2023-10-31, 11-01).
    let mut harness = harness(app_on(&["incident_site.txt", "two_incidents.txt"]));
    let ctx = harness.ctx.clone();
    let last = harness.state().catalog.day_range().unwrap().1;
    harness.get_by_label("Follow latest").click();
    harness.run();
    assert!(harness.state().settings.timeline.follow_latest);
    let window = harness.state().settings.timeline.window.unwrap();
    assert_eq!(window.to, last);
    harness.state_mut().watch_folder(dir.path(), &ctx).unwrap();
    std::thread::sleep(Duration::from_millis(150)); // the watch is armed
    // A call of 2024-02-20 arrives: months after the window.
    let text = std::fs::read_to_string(fixture("call.txt")).unwrap();
    std::fs::write(dir.path().join("later.txt"), text).unwrap();
    wait_until(&mut harness, Duration::from_secs(2), "the call", |app| {
        app.new_events() > 0
    });
    let window = harness.state().settings.timeline.window.unwrap();
    assert!(window.to > last, "the window moved to the newest day");
    let shown = harness.state().visible_events().to_vec();
    assert!(
        shown
            .iter()
            .any(|&i| harness.state().catalog.events[i as usize].kind.as_str() == "call"),
        "the new call is shown"
    );
}

#[test]
fn the_workspace_is_reopened_after_a_restart_and_what_has_gone_is_a_problem() {
    let dir = tempfile::tempdir().unwrap();
    let articles = dir.path().join("reports");
    std::fs::create_dir(&articles).unwrap();
    std::fs::copy(fixture("incident_site.txt"), articles.join("harir.txt")).unwrap();
    let layer = dir.path().join("curated.csv");
    std::fs::write(
        &layer,
        "event_date,event_type,location,country,latitude,longitude\n\
         2023-10-26,Explosions/Remote violence,Harir,Iraq,36.55,44.35\n",
    )
    .unwrap();
    let gazetteer = Gazetteer::embedded().unwrap();
    // First run: open a folder, import a layer, then quit (the settings are saved).
    let saved = {
        let mut harness = harness(IncidentApp::new(gazetteer, Vec::new(), Settings::default()));
        let ctx = harness.ctx.clone();
        harness.state_mut().open(vec![articles.clone()], &ctx);
        harness.state_mut().import(&layer).unwrap();
        wait_until(&mut harness, Duration::from_secs(5), "first load", |app| {
            !app.is_loading() && app.catalog.article_count() == 1
        });
        serde_json::to_string(&harness.state().settings).unwrap()
    };
    // Second run, from the saved settings: both come back without being asked.
    let restart = || {
        let settings: Settings = serde_json::from_str(&saved).unwrap();
        let mut harness = harness(IncidentApp::new(gazetteer, Vec::new(), settings));
        wait_until(&mut harness, Duration::from_secs(5), "reopened", |app| {
            !app.is_loading() && app.catalog.article_count() == 1
        });
        harness
    };
    {
        let harness = restart();
        let app = harness.state();
        assert!(
            app.catalog
                .events
                .iter()
                .any(|e| e.layer == 0 && e.place == "Harir Air Base")
        );
        assert!(
            app.catalog
                .events
                .iter()
                .any(|e| e.layer == 1 && e.place == "Harir")
        );
    }
    // Third run with the layer deleted: a problem naming it, the folder still opens.
    std::fs::remove_file(&layer).unwrap();
    let harness = restart();
    let problems = &harness.state().catalog.problems;
    assert!(
        problems.iter().any(
            |p| p.path.ends_with("curated.csv") && p.message.contains("cannot import it again")
        ),
        "{problems:?}"
    );
}

#[test]
fn the_list_stays_in_date_order_when_several_articles_report_one_incident() {
    let mut names: Vec<String> = std::fs::read_dir(fixture("reports"))
        .unwrap()
        .map(|e| format!("reports/{}", e.unwrap().file_name().to_string_lossy()))
        .collect();
    names.sort();
    names.extend(["call.txt", "incident_site.txt", "two_incidents.txt"].map(String::from));
    let names: Vec<&str> = names.iter().map(String::as_str).collect();
    let harness = harness(app_on(&names));
    let app = harness.state();
    let days: Vec<i32> = app
        .visible_events()
        .iter()
        .filter_map(|&i| app.catalog.events[i as usize].from)
        .collect();
    assert!(days.len() >= 4, "{days:?}");
    assert!(days.is_sorted(), "in order of first day: {days:?}");
    assert!(
        app.visible_events().len() < app.catalog.events.len(),
        "the reports of one incident are one entry"
    );
}

#[test]
fn opening_a_folder_again_reads_it_again_without_doubling_its_events() {
    let dir = tempfile::tempdir().unwrap();
    std::fs::copy(fixture("incident_site.txt"), dir.path().join("one.txt")).unwrap();
    std::fs::copy(
        fixture("meeting_in_dateline_city.txt"),
        dir.path().join("two.txt"),
    )
    .unwrap();
    let gazetteer = Gazetteer::embedded().unwrap();
    let mut harness = harness(IncidentApp::new(gazetteer, Vec::new(), Settings::default()));
    let ctx = harness.ctx.clone();
    let limit = Duration::from_secs(20);
    harness
        .state_mut()
        .open(vec![dir.path().to_path_buf()], &ctx);
    wait_until(&mut harness, limit, "first load", |app| !app.is_loading());
    let (articles, events) = (
        harness.state().catalog.article_count(),
        harness.state().catalog.events.len(),
    );
    assert_eq!(articles, 2);
    assert!(events >= 2, "both articles give events");
    harness.state_mut().open(vec![dir.path().join(".")], &ctx);
    wait_until(&mut harness, limit, "second load", |app| !app.is_loading());
    harness
        .state_mut()
        .open(vec![dir.path().to_path_buf()], &ctx);
    wait_until(&mut harness, limit, "third load", |app| !app.is_loading());
    assert_eq!(harness.state().catalog.article_count(), articles);
    assert_eq!(harness.state().catalog.events.len(), events);
}

#[test]
fn pasted_text_becomes_an_article_with_its_event_selected() {
    let mut harness = harness(app_on(&["incident_site.txt"]));
    harness.run();
    let before = harness.state().catalog.article_count();
    harness.event(egui::Event::Paste(
        "A drone struck a military base near Duhok on Tuesday, wounding two soldiers, \
         officials said."
            .to_owned(),
    ));
    harness.run();
    // Undated text: the window asks for its date, today by default; make it a known day.
    let date = harness.get_by_label("Published on").rect();
    let field = harness
        .query_all_by_role(egui::accesskit::Role::TextInput)
        .find(|n| {
            n.rect().left() > date.right() && (n.rect().center().y - date.center().y).abs() < 8.0
        })
        .expect("the date field");
    field.focus();
    harness.run();
    harness.key_press_modifiers(egui::Modifiers::COMMAND, egui::Key::A);
    harness.run();
    harness
        .query_all_by_role(egui::accesskit::Role::TextInput)
        .find(|n| {
            n.rect().left() > date.right() && (n.rect().center().y - date.center().y).abs() < 8.0
        })
        .expect("the date field")
        .type_text("2024-01-04");
    harness.run();
    harness.get_by_label("Add to map").click();
    harness.run();
    let app = harness.state();
    assert_eq!(app.catalog.article_count(), before + 1);
    let selected = app.selected.expect("the new event is selected");
    let event = &app.catalog.events[selected as usize];
    assert_eq!(event.what(), "drone strike");
    assert!(
        (event.lat - 36.87).abs() < 0.3 && (event.lon - 42.99).abs() < 0.3,
        "at Duhok: {} {} {}",
        event.place,
        event.lat,
        event.lon
    );
    // Tuesday before Thursday 4 January 2024.
    assert_eq!(
        event.from.map(incident_map::view::catalog::date_of),
        chrono::NaiveDate::from_ymd_opt(2024, 1, 2)
    );
    assert!(
        harness.query_by_label("New article from text").is_none(),
        "the window closed"
    );
}

#[test]
fn a_layer_imported_in_the_background_appears_when_its_worker_is_done() {
    let dir = tempfile::tempdir().unwrap();
    let csv = dir.path().join("background.csv");
    let mut rows = String::from("event_date,event_type,location,country,latitude,longitude\n");
    for day in 1..=28 {
        rows.push_str(&format!(
            "2023-10-{day:02},Explosions/Remote violence,Harir,Iraq,36.55,44.35\n"
        ));
    }
    rows.push_str("2023-10-29,Battles,Nowhere,Iraq,north,44.35\n");
    std::fs::write(&csv, rows).unwrap();
    let missing = dir.path().join("missing.csv");
    let mut harness = harness(app_on(&["incident_site.txt"]));
    let ctx = harness.ctx.clone();
    harness.state_mut().import_in_background(&csv, &ctx);
    harness.state_mut().import_in_background(&missing, &ctx);
    assert!(harness.state().is_importing());
    // The UI keeps running frames while the workers parse; the layers land in a few.
    for _ in 0..200 {
        harness.step();
        if !harness.state().is_importing() {
            break;
        }
        std::thread::sleep(std::time::Duration::from_millis(5));
    }
    let app = harness.state();
    assert!(!app.is_importing());
    let imported = app.catalog.events.iter().filter(|e| e.layer == 1).count();
    assert_eq!(imported, 28);
    assert!(
        app.catalog
            .problems
            .iter()
            .any(|p| p.path.ends_with("background.csv") && p.message.starts_with("line 30:"))
    );
    // The missing file is a problem of its own; its reserved layer stays hidden.
    assert!(
        app.catalog
            .problems
            .iter()
            .any(|p| p.path.ends_with("missing.csv"))
    );
    assert!(app.catalog.events.iter().all(|e| e.layer != 2));
    harness.run();
    assert!(
        harness
            .query_by_label_contains("background.csv (28)")
            .is_some()
    );
}
