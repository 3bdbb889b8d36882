//! The headless CLI as users and the evaluation scripts run it: output contract, exit
//! status, and bad input that must not disturb the other files.

#![allow(clippy::unwrap_used, clippy::expect_used)] // test helpers fail loudly

use std::path::{Path, PathBuf};
use std::process::{Command, Output};

use serde_json::Value;

fn fixture(name: &str) -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("tests/fixtures")
        .join(name)
}

fn run(args: &[&str], paths: &[PathBuf]) -> Output {
    Command::new(env!("CARGO_BIN_EXE_incident-map"))
        .args(args)
        .args(paths)
        .output()
        .expect("the binary runs")
}

fn lines(output: &Output) -> Vec<Value> {
    String::from_utf8(output.stdout.clone())
        .expect("UTF-8 output")
        .lines()
        .map(|l| serde_json::from_str(l).expect("each line is JSON"))
        .collect()
}

fn record<'a>(records: &'a [Value], path: &Path) -> &'a Value {
    let shown = path.display().to_string();
    records
        .iter()
        .find(|r| r["path"] == shown.as_str())
        .unwrap_or_else(|| panic!("no record for {shown}"))
}

#[test]
fn one_record_per_file_with_spans_into_the_file() {
    let paths = [
        fixture("meeting_in_dateline_city.txt"),
        fixture("two_incidents.txt"),
    ];
    let output = run(&["extract", "--format", "jsonl"], &paths);
    assert_eq!(
        output.status.code(),
        Some(0),
        "{}",
        String::from_utf8_lossy(&output.stderr)
    );
    let records = lines(&output);
    assert_eq!(records.len(), 2);
    for path in &paths {
        let bytes = std::fs::read(path).unwrap();
        let r = record(&records, path);
        let places = r["places"].as_array().unwrap();
        assert!(!places.is_empty());
        for place in places {
            let (s, e) = (
                place["start"].as_u64().unwrap() as usize,
                place["end"].as_u64().unwrap() as usize,
            );
            assert_eq!(
                std::str::from_utf8(&bytes[s..e]).unwrap(),
                place["text"].as_str().unwrap()
            );
            assert!(place["lat"].is_f64() && place["lon"].is_f64());
        }
        for event in r["events"].as_array().unwrap() {
            let [s, e] = [
                event["evidence"][0].as_u64().unwrap(),
                event["evidence"][1].as_u64().unwrap(),
            ];
            assert!(s < e && e as usize <= bytes.len());
        }
    }
}

#[test]
fn bad_inputs_get_their_own_errors_and_leave_the_rest_unchanged() {
    let dir = tempfile::tempdir().unwrap();
    let huge = dir.path().join("huge.txt");
    std::fs::File::create(&huge)
        .unwrap()
        .set_len(100 * 1024 * 1024)
        .unwrap();
    let missing = dir.path().join("missing.txt");
    let good = fixture("two_incidents.txt");
    let alone = lines(&run(&["extract"], std::slice::from_ref(&good)));

    let paths = vec![
        fixture("bad/empty.txt"),
        fixture("bad/binary.bin"),
        good.clone(),
        fixture("bad/invalid_utf8.txt"),
        fixture("bad/bad_date.txt"),
        missing.clone(),
        huge.clone(),
    ];
    let output = run(&["extract"], &paths);
    assert_eq!(output.status.code(), Some(1));
    let stderr = String::from_utf8_lossy(&output.stderr);
    let records = lines(&output);
    assert_eq!(records.len(), paths.len());

    let error_of = |p: &Path| {
        record(&records, p)["error"]
            .as_str()
            .unwrap_or("")
            .to_owned()
    };
    assert!(error_of(&fixture("bad/binary.bin")).contains("binary"));
    assert!(error_of(&fixture("bad/invalid_utf8.txt")).contains("invalid UTF-8 at byte"));
    assert!(error_of(&missing).contains("no such file"));
    assert!(error_of(&huge).contains("too large"));
    for p in [&fixture("bad/binary.bin"), &missing, &huge] {
        assert!(
            stderr.contains(&p.display().to_string()),
            "stderr names {}",
            p.display()
        );
    }

    let empty = record(&records, &fixture("bad/empty.txt"));
    assert!(empty.get("error").is_none());
    assert_eq!(empty["events"].as_array().unwrap().len(), 0);
    assert!(empty["warnings"][0].as_str().unwrap().contains("empty"));

    let bad_date = record(&records, &fixture("bad/bad_date.txt"));
    assert!(bad_date["article"]["date"].is_null());
    assert!(
        bad_date["warnings"][0]
            .as_str()
            .unwrap()
            .contains("malformed date line")
    );
    assert!(stderr.contains("malformed date line"));

    assert_eq!(
        record(&records, &good),
        &alone[0],
        "a good file's result does not depend on its neighbours"
    );
}

#[test]
fn directories_are_read_recursively() {
    let dir = tempfile::tempdir().unwrap();
    std::fs::create_dir(dir.path().join("sub")).unwrap();
    std::fs::copy(fixture("call.txt"), dir.path().join("sub/call.txt")).unwrap();
    std::fs::copy(fixture("incident_site.txt"), dir.path().join("a.txt")).unwrap();
    std::fs::write(dir.path().join("picture.png"), [0u8, 1, 2]).unwrap();
    let output = run(&["extract"], &[dir.path().to_path_buf()]);
    assert_eq!(output.status.code(), Some(0));
    let records = lines(&output);
    assert_eq!(records.len(), 2, "only article files are read");
}

#[test]
fn json_lines_records_give_one_result_each() {
    let output = run(&["extract"], &[fixture("records.jsonl")]);
    assert_eq!(output.status.code(), Some(0));
    let records = lines(&output);
    assert_eq!(records.len(), 3);
    assert!(
        records[0]["path"]
            .as_str()
            .unwrap()
            .ends_with("records.jsonl#1")
    );
}

#[test]
fn geojson_is_a_feature_collection_of_events() {
    let output = run(
        &["extract", "--format", "geojson"],
        &[fixture("two_incidents.txt")],
    );
    assert_eq!(output.status.code(), Some(0));
    let collection: geojson::FeatureCollection =
        serde_json::from_slice(&output.stdout).expect("valid GeoJSON");
    assert!(!collection.features.is_empty());
    let properties = collection.features[0].properties.as_ref().unwrap();
    assert_eq!(properties["kind"], "incident");
    assert!(properties.contains_key("precision"));
}

#[test]
fn usage_errors_exit_with_2() {
    assert_eq!(run(&["extract"], &[]).status.code(), Some(2));
    assert_eq!(
        run(&["extract", "--format", "xml", "x.txt"], &[])
            .status
            .code(),
        Some(2)
    );
    assert_eq!(run(&["frobnicate"], &[]).status.code(), Some(2));
    let help = run(&["extract", "--help"], &[]);
    assert_eq!(help.status.code(), Some(0));
    assert!(String::from_utf8_lossy(&help.stdout).contains("Exit status"));
}

#[test]
fn csv_and_kml_formats_list_every_event() {
    let paths = [fixture("two_incidents.txt"), fixture("call.txt")];
    let jsonl = run(&["extract"], &paths);
    let events: usize = String::from_utf8_lossy(&jsonl.stdout)
        .lines()
        .map(|l| {
            let v: serde_json::Value = serde_json::from_str(l).unwrap();
            v["events"].as_array().map_or(0, Vec::len)
        })
        .sum();
    assert!(events >= 3);
    let csv = run(&["extract", "--format", "csv"], &paths);
    assert_eq!(csv.status.code(), Some(0));
    let csv = String::from_utf8(csv.stdout).unwrap();
    assert!(csv.starts_with("event_date,kind,subtype,place,country,latitude,longitude"));
    assert_eq!(csv.lines().count(), events + 1);
    let kml = run(&["extract", "--format", "kml"], &paths);
    assert_eq!(kml.status.code(), Some(0));
    let kml = String::from_utf8(kml.stdout).unwrap();
    assert_eq!(kml.matches("<Placemark>").count(), events);
}

#[test]
fn a_missing_or_broken_corrections_file_is_a_usage_error() {
    let dir = tempfile::tempdir().unwrap();
    let missing = dir.path().join("none.json");
    let output = run(
        &["extract", "--corrections", missing.to_str().unwrap()],
        &[fixture("call.txt")],
    );
    assert_eq!(output.status.code(), Some(2));
    assert!(String::from_utf8_lossy(&output.stderr).contains("none.json"));
    let broken = dir.path().join("broken.json");
    std::fs::write(&broken, "{ nope").unwrap();
    let output = run(
        &["extract", "--corrections", broken.to_str().unwrap()],
        &[fixture("call.txt")],
    );
    assert_eq!(output.status.code(), Some(2));
    let stderr = String::from_utf8_lossy(&output.stderr);
    assert!(
        stderr.contains("broken.json") && stderr.contains("line 1"),
        "{stderr}"
    );
    assert_eq!(
        std::fs::read_to_string(&broken).unwrap(),
        "{ nope",
        "the CLI writes nothing"
    );
}
