//! Corrections end to end: made in the app, saved to the file, applied after a restart,
//! applied by the CLI, undone; and a broken file is reported and kept.

#![cfg(feature = "gui")]
#![allow(clippy::unwrap_used, clippy::expect_used)] // test helpers fail loudly

use std::path::{Path, PathBuf};
use std::process::Command;

use egui_kittest::Harness;
use egui_kittest::kittest::Queryable;
use incident_map::app::{IncidentApp, Settings};
use incident_map::corrections::{Corrections, Scope, Target, store};
use incident_map::gazetteer::Gazetteer;
use incident_map::pipeline::extract_file;
use incident_map::view::catalog::Source;

const FIXTURES: [&str; 6] = [
    "incident_site.txt",
    "call.txt",
    "metonym_compound.txt",
    "two_incidents.txt",
    "meeting_in_dateline_city.txt",
    "country_level_attack_wave.txt",
];

fn fixture(name: &str) -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("tests/fixtures")
        .join(name)
}

/// A fresh app on the fixtures, as after a restart: extraction from scratch, then the
/// corrections file.
fn start(corrections: &Path) -> IncidentApp {
    let gazetteer = Gazetteer::embedded().unwrap();
    let outcomes = FIXTURES
        .iter()
        .flat_map(|n| extract_file(&fixture(n), gazetteer, &Corrections::new()))
        .collect();
    let mut app = IncidentApp::new(gazetteer, outcomes, Settings::default());
    app.use_corrections_file(corrections.to_path_buf());
    app
}

/// The first event whose place mention had another candidate, and that candidate's id.
fn ambiguous_event(app: &IncidentApp) -> (u32, Source, String, String) {
    let gazetteer = Gazetteer::embedded().unwrap();
    for (i, record) in app.catalog.events.iter().enumerate() {
        let Source::Article { article, index } = record.source else {
            continue;
        };
        let extracted = &app.catalog.article(article).unwrap().extracted;
        let Some(mention) = extracted.events[index]
            .mention
            .and_then(|m| extracted.mentions.get(m))
        else {
            continue; // placed at a seat of government, not at a named place
        };
        if let Some(other) = mention.candidates.iter().find(|c| c.place != mention.place) {
            let place = gazetteer.place(other.place);
            if place.kind.as_str() == "city" || place.kind.as_str() == "site" {
                return (
                    i as u32,
                    record.source,
                    place.source_id.to_owned(),
                    place.name.to_owned(),
                );
            }
        }
    }
    panic!("no fixture event has an alternative place");
}

fn place_of(app: &IncidentApp, source: Source) -> (String, f64, f64) {
    let e = app
        .catalog
        .events
        .iter()
        .find(|e| e.source == source)
        .expect("the event is still there");
    (e.place.clone(), e.lat, e.lon)
}

#[test]
fn a_correction_survives_a_restart_and_applies_in_the_cli() {
    let dir = tempfile::tempdir().unwrap();
    let file = dir.path().join("corrections.json");
    let mut app = start(&file);
    let (event, source, target_id, target_name) = ambiguous_event(&app);
    let before = place_of(&app, source);
    app.selected = Some(event);
    let gazetteer = Gazetteer::embedded().unwrap();
    let target = gazetteer.place(gazetteer.by_source_id(&target_id).unwrap());
    let id = app
        .correct_selected(
            Target::Place {
                gazetteer_id: target_id.clone(),
                name: target_name.clone(),
                lat: target.lat,
                lon: target.lon,
            },
            Scope::Article,
        )
        .unwrap();
    let after = place_of(&app, source);
    assert_eq!(after.0, target_name);
    assert_ne!((after.1, after.2), (before.1, before.2));
    assert_eq!(
        app.catalog.events[app.selected.unwrap() as usize].source,
        source,
        "selection follows"
    );
    drop(app);

    // The file is human-readable JSON naming who, what and when.
    let text = std::fs::read_to_string(&file).unwrap();
    assert!(text.contains(&target_id) && text.contains("\"by\"") && text.contains("\"at\""));

    // Restart: the same article read again gets the corrected place.
    let mut app = start(&file);
    assert_eq!(place_of(&app, source).0, target_name);

    // The CLI honours the same file.
    let Source::Article { article, .. } = source else {
        unreachable!()
    };
    let path = app.catalog.article(article).unwrap().path.clone();
    let output = Command::new(env!("CARGO_BIN_EXE_incident-map"))
        .args(["extract", "--corrections"])
        .arg(&file)
        .arg(&path)
        .output()
        .unwrap();
    assert_eq!(output.status.code(), Some(0));
    let stdout = String::from_utf8(output.stdout).unwrap();
    assert!(
        stdout.contains(&format!("\"place\":\"{target_name}\"")),
        "{stdout}"
    );

    // Undo: back to the geoparser's choice, still listed (marked undone) in the audit.
    app.undo_correction(id);
    assert_eq!(place_of(&app, source).0, before.0);
    let reloaded = store::load(&file).unwrap();
    assert!(reloaded.get(id).unwrap().undone.is_some());
    drop(app);
    let app = start(&file);
    assert_eq!(place_of(&app, source).0, before.0);
}

#[test]
fn a_dragged_pin_moves_the_event_everywhere_it_is_named() {
    let dir = tempfile::tempdir().unwrap();
    let file = dir.path().join("corrections.json");
    let mut app = start(&file);
    let (event, source, _, _) = ambiguous_event(&app);
    app.selected = Some(event);
    app.correct_selected(
        Target::Pin {
            lat: 37.05,
            lon: 41.22,
            country: Some("SY".into()),
            admin1: None,
        },
        Scope::Everywhere,
    )
    .unwrap();
    let (_, lat, lon) = place_of(&app, source);
    assert_eq!((lat, lon), (37.05, 41.22));
    let record = app
        .catalog
        .events
        .iter()
        .find(|e| e.source == source)
        .unwrap();
    assert_eq!(record.precision.as_str(), "site");
    assert_eq!(
        record.country_code, "SY",
        "the country where the pin now is"
    );
    let app = start(&file);
    assert_eq!(place_of(&app, source).1, 37.05);
}

#[test]
fn a_corrupt_file_is_reported_and_preserved() {
    let dir = tempfile::tempdir().unwrap();
    let file = dir.path().join("corrections.json");
    std::fs::write(&file, "{ \"version\": 1, \"corrections\": [ oops").unwrap();
    let mut app = start(&file);
    let problem = app
        .catalog
        .problems
        .iter()
        .find(|p| p.path.ends_with("corrections.json"))
        .expect("reported in Problems");
    assert!(problem.message.contains("line 1"), "{}", problem.message);
    let kept: Vec<PathBuf> = std::fs::read_dir(dir.path())
        .unwrap()
        .map(|e| e.unwrap().path())
        .filter(|p| p.to_string_lossy().contains(".corrupt-"))
        .collect();
    assert_eq!(kept.len(), 1);
    assert!(std::fs::read_to_string(&kept[0]).unwrap().contains("oops"));
    // New corrections go to a new file; the broken one is untouched.
    let (event, ..) = ambiguous_event(&app);
    app.selected = Some(event);
    app.correct_selected(Target::NotAPlace, Scope::Article)
        .unwrap();
    assert!(store::load(&file).is_ok());
    assert!(std::fs::read_to_string(&kept[0]).unwrap().contains("oops"));
}

#[test]
fn the_alternatives_list_explains_and_corrects_in_the_ui() {
    let dir = tempfile::tempdir().unwrap();
    let mut app = start(&dir.path().join("corrections.json"));
    let (event, source, ..) = ambiguous_event(&app);
    app.selected = Some(event);
    let mut harness = Harness::builder()
        .with_size(egui::vec2(1400.0, 1000.0))
        .build_ui_state(|ui, app: &mut IncidentApp| app.show(ui), app);
    harness.run();
    // Each candidate says why it ranked where it did.
    assert!(harness.query_all_by_label_contains("population").count() >= 2);
    assert!(harness.query_by_label_contains("(chosen)").is_some());
    harness.get_all_by_label("Use this").next().unwrap().click();
    harness.run();
    let app = harness.state();
    assert_eq!(app.corrections().all().len(), 1);
    let corrected = &app.corrections().all()[0];
    assert!(matches!(corrected.to, Target::Place { .. }));
    assert!(app.catalog.events.iter().any(|e| e.source == source));
}

#[test]
fn dragging_the_selected_pin_saves_a_pin_correction() {
    let dir = tempfile::tempdir().unwrap();
    let mut app = start(&dir.path().join("corrections.json"));
    let label = "Select incident drone strike in Harir Air Base on 2023-10-26";
    let event = app
        .catalog
        .events
        .iter()
        .position(|e| incident_map::app::marker_label(e) == label)
        .expect("the fixture's Harir strike");
    app.selected = Some(event as u32);
    let before = (app.catalog.events[event].lat, app.catalog.events[event].lon);
    let mut harness = Harness::builder()
        .with_size(egui::vec2(1400.0, 1000.0))
        .build_ui_state(|ui, app: &mut IncidentApp| app.show(ui), app);
    harness.run();
    let handle = harness
        .get_by_label(&format!("Drag pin of {label}"))
        .rect()
        .center();
    harness.hover_at(handle);
    harness.step();
    harness.drag_at(handle);
    harness.step();
    for step in 1..=5 {
        harness.hover_at(handle + egui::vec2(12.0 * step as f32, 8.0 * step as f32));
        harness.step();
    }
    harness.drop_at(handle + egui::vec2(60.0, 40.0));
    harness.run();
    let app = harness.state();
    let correction = app.corrections().all().last().expect("a correction");
    let Target::Pin { lat, lon, .. } = correction.to else {
        panic!("{:?}", correction.to);
    };
    // Dropped right and down of the pin: east and south of where it was.
    assert!(
        lon > before.1 && lat < before.0,
        "{before:?} -> {lat}, {lon}"
    );
    let moved = app
        .catalog
        .events
        .iter()
        .find(|e| e.lat == lat && e.lon == lon)
        .expect("the event moved to the pin");
    assert_eq!(moved.precision.as_str(), "site");
}
