//! The false events a new user found in the shipped corpus, each as a fixture of our own
//! words, and the four reports of one bombing that became four events: each must be gone.

#![allow(clippy::unwrap_used, clippy::expect_used)] // test helpers fail loudly

use std::path::{Path, PathBuf};
use std::process::Command;

use incident_map::corrections::Corrections;
use incident_map::events::{Event, EventKind};
use incident_map::gazetteer::Gazetteer;
use incident_map::pipeline::{Extracted, extract_file};

fn fixture(name: &str) -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("tests/fixtures")
        .join(name)
}

fn extracted(name: &str) -> Extracted {
    let gazetteer = Gazetteer::embedded().unwrap();
    extract_file(&fixture(name), gazetteer, &Corrections::new())
        .pop()
        .unwrap()
        .result
        .unwrap()
}

fn place_of<'a>(extracted: &Extracted, event: &Event, gazetteer: &'a Gazetteer) -> &'a str {
    extracted.located(event, gazetteer).name
}

#[test]
fn a_spokesmans_given_name_is_no_town() {
    let gazetteer = Gazetteer::embedded().unwrap();
    let e = extracted("false_spokesman_name.txt");
    assert!(
        e.mentions
            .iter()
            .all(|m| gazetteer.place(m.place).country_code != "IN"),
        "Basim al-Awadi is a person, not a town in India"
    );
    for event in &e.events {
        assert_eq!(gazetteer.place(event.place).country_code, "IQ");
    }
}

#[test]
fn crew_nationalities_are_no_incident_and_the_seizure_is_found() {
    let gazetteer = Gazetteer::embedded().unwrap();
    let e = extracted("false_crew_nationalities.txt");
    assert_eq!(e.events.len(), 1, "{:?}", e.events);
    let event = &e.events[0];
    assert_eq!(event.subtype, "seizure");
    assert_eq!(gazetteer.place(event.place).country_code, "YE");
    assert!(e.events.iter().all(|ev| ev.subtype != "shooting"));
}

#[test]
fn meeting_relatives_of_hostages_held_in_gaza_is_no_meeting_in_gaza() {
    let gazetteer = Gazetteer::embedded().unwrap();
    let e = extracted("false_hostage_relatives.txt");
    let places: Vec<&str> = e
        .events
        .iter()
        .map(|ev| place_of(&e, ev, gazetteer))
        .collect();
    assert!(places.contains(&"Jerusalem"), "{places:?}");
    assert!(places.contains(&"Ramallah"), "{places:?}");
    assert!(!places.contains(&"Gaza"), "{places:?}");
}

#[test]
fn five_days_after_is_no_count_and_no_incident() {
    let e = extracted("false_days_after_count.txt");
    assert_eq!(e.events.len(), 1, "{:?}", e.events);
    let meeting = &e.events[0];
    assert_eq!(meeting.kind, EventKind::Meeting);
    assert!(meeting.counts.is_empty(), "{:?}", meeting.counts);
}

#[test]
fn a_protest_at_strikes_is_no_new_strike() {
    let e = extracted("false_protest_back_reference.txt");
    assert!(
        e.events.iter().all(|ev| ev.kind != EventKind::Incident),
        "{:?}",
        e.events
    );
}

#[test]
fn four_reports_of_one_bombing_are_one_incident_with_four_reports() {
    // Per file, each report gives its event on the right day.
    for name in [
        "reports/kerman_wire.txt",
        "reports/kerman_regional.txt",
        "reports/kerman_analysis.txt",
        "reports/kerman_bulletin.txt",
    ] {
        let e = extracted(name);
        assert_eq!(e.events.len(), 1, "{name}");
        assert_eq!(
            e.events[0].date.map(|d| d.to_string()).as_deref(),
            Some("2024-01-03"),
            "{name}"
        );
    }
    // Exports write incidents: one feature, four reports.
    let output = Command::new(env!("CARGO_BIN_EXE_incident-map"))
        .args(["extract", "--format", "geojson"])
        .arg(fixture("reports"))
        .output()
        .unwrap();
    let collection: serde_json::Value = serde_json::from_slice(&output.stdout).unwrap();
    let features = collection["features"].as_array().unwrap();
    assert_eq!(features.len(), 1, "{collection}");
    assert_eq!(features[0]["properties"]["reports"], 4);
    assert_eq!(
        features[0]["properties"]["articles"]
            .as_array()
            .unwrap()
            .len(),
        4
    );
}

#[cfg(feature = "gui")]
#[test]
fn the_app_shows_one_marker_for_four_reports() {
    use incident_map::app::{IncidentApp, Settings};
    let gazetteer = Gazetteer::embedded().unwrap();
    let outcomes = [
        "kerman_wire",
        "kerman_regional",
        "kerman_analysis",
        "kerman_bulletin",
    ]
    .iter()
    .flat_map(|n| {
        extract_file(
            &fixture(&format!("reports/{n}.txt")),
            gazetteer,
            &Corrections::new(),
        )
    })
    .collect();
    let app = IncidentApp::new(gazetteer, outcomes, Settings::default());
    let mut harness = egui_kittest::Harness::builder()
        .with_size(egui::vec2(1400.0, 900.0))
        .build_ui_state(|ui, app: &mut IncidentApp| app.show(ui), app);
    harness.run();
    let app = harness.state();
    assert_eq!(app.catalog.events.len(), 4, "four reports read");
    assert_eq!(app.visible_events().len(), 1, "one incident shown");
    assert_eq!(app.reports_of(app.visible_events()[0]).len(), 4);
}

#[test]
fn a_month_before_a_day_a_country_before_its_noun_and_a_ceremony_are_not_what_they_seem() {
    let gazetteer = Gazetteer::embedded().unwrap();
    let e = extracted("false_dates_and_modifiers.txt");
    let names: Vec<&str> = e
        .mentions
        .iter()
        .map(|m| gazetteer.place(m.place).name)
        .collect();
    assert!(!names.contains(&"Nov"), "\"Nov. 11\" is a date: {names:?}");
    let places: Vec<(&str, &str)> = e
        .events
        .iter()
        .map(|ev| (ev.subtype, place_of(&e, ev, gazetteer)))
        .collect();
    // "three U.S. positions in north-eastern Syria": Syria, not the United States.
    assert!(places.contains(&("drone strike", "Syria")), "{places:?}");
    // "the province of Idlib" is the province.
    let shelling = e.events.iter().find(|ev| ev.subtype == "shelling").unwrap();
    assert_eq!(gazetteer.place(shelling.place).kind.as_str(), "admin1");
    // "had attended a graduation ceremony" is no diplomatic meeting.
    assert!(
        e.events
            .iter()
            .all(|ev| ev.kind != EventKind::Meeting || ev.subtype == "summit"),
        "{places:?}"
    );
}
