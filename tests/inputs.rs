//! Inputs that are not plain article files: FIFOs, devices, linked folders, link loops,
//! huge records, empty containers, odd names and absurd dates. Every run here is bounded:
//! the binary is killed after a deadline, so a regression that blocks fails instead of
//! hanging the suite.

#![cfg(unix)]
#![allow(clippy::unwrap_used, clippy::expect_used)] // test helpers fail loudly

use std::os::unix::ffi::OsStrExt;
use std::os::unix::fs::symlink;
use std::path::{Path, PathBuf};
use std::process::{Command, Stdio};
use std::time::{Duration, Instant};

use serde_json::Value;

fn fixture(name: &str) -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("tests/fixtures")
        .join(name)
}

fn mkfifo(path: &Path) {
    assert!(Command::new("mkfifo").arg(path).status().unwrap().success());
}

/// Runs the CLI with a deadline; returns (exit code, stdout lines as JSON, stderr).
fn run_bounded(args: &[&std::ffi::OsStr], deadline: Duration) -> (i32, Vec<Value>, String) {
    let mut child = Command::new(env!("CARGO_BIN_EXE_incident-map"))
        .args(args)
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .unwrap();
    let started = Instant::now();
    loop {
        if child.try_wait().unwrap().is_some() {
            break;
        }
        if started.elapsed() > deadline {
            child.kill().ok();
            panic!("the CLI did not finish within {deadline:?}: it blocked on an input");
        }
        std::thread::sleep(Duration::from_millis(10));
    }
    let output = child.wait_with_output().unwrap();
    let stdout = String::from_utf8(output.stdout).expect("UTF-8 output");
    let lines = stdout
        .lines()
        .map(|l| serde_json::from_str(l).expect("each line is JSON"))
        .collect();
    (
        output.status.code().unwrap_or(-1),
        lines,
        String::from_utf8_lossy(&output.stderr).into_owned(),
    )
}

fn extract(paths: &[&Path]) -> (i32, Vec<Value>, String) {
    let mut args: Vec<&std::ffi::OsStr> = vec!["extract".as_ref()];
    args.extend(paths.iter().map(|p| p.as_os_str()));
    run_bounded(&args, Duration::from_secs(20))
}

fn error_of<'a>(lines: &'a [Value], path: &Path) -> Option<&'a str> {
    let shown = path.display().to_string();
    lines
        .iter()
        .find(|l| l["path"] == shown.as_str())
        .and_then(|l| l["error"].as_str())
}

#[test]
fn a_folder_of_fifos_devices_and_loops_keeps_its_good_article() {
    let dir = tempfile::tempdir().unwrap();
    let root = dir.path();
    std::fs::copy(fixture("incident_site.txt"), root.join("good.txt")).unwrap();
    mkfifo(&root.join("pipe.txt"));
    mkfifo(&root.join("pipe"));
    symlink("/dev/zero", root.join("zero.txt")).unwrap();
    symlink("/dev", root.join("devices")).unwrap();
    for i in 0..5 {
        symlink(".", root.join(format!("self{i}"))).unwrap();
    }
    symlink("loop-b", root.join("loop-a")).unwrap();
    symlink("loop-a", root.join("loop-b")).unwrap();
    let started = Instant::now();
    let (code, lines, stderr) = extract(&[root]);
    assert!(
        started.elapsed() < Duration::from_secs(5),
        "took {:?}",
        started.elapsed()
    );
    assert_eq!(code, 1, "some inputs failed: {stderr}");
    let articles: Vec<&Value> = lines
        .iter()
        .filter(|l| l.get("article").is_some())
        .collect();
    assert_eq!(
        articles.len(),
        1,
        "the good article once, not once per link"
    );
    assert!(!articles[0]["events"].as_array().unwrap().is_empty());
    assert!(
        error_of(&lines, &root.join("pipe.txt"))
            .unwrap()
            .contains("FIFO")
    );
    assert!(
        error_of(&lines, &root.join("pipe"))
            .unwrap()
            .contains("FIFO")
    );
    assert!(
        error_of(&lines, &root.join("zero.txt"))
            .unwrap()
            .contains("character device")
    );
    assert!(
        error_of(&lines, &root.join("devices"))
            .unwrap()
            .contains("another file system")
    );
    for i in 0..5 {
        assert!(
            error_of(&lines, &root.join(format!("self{i}")))
                .unwrap()
                .contains("already read"),
        );
    }
    assert!(
        error_of(&lines, &root.join("loop-a"))
            .unwrap()
            .contains("loop")
    );
    // Every error is also on stderr, one line each, naming the file.
    assert!(
        stderr
            .lines()
            .any(|l| l.contains("pipe.txt") && l.contains("FIFO"))
    );
}

#[test]
fn fifos_and_devices_given_directly_are_errors_not_waits() {
    let dir = tempfile::tempdir().unwrap();
    let fifo = dir.path().join("pipe.txt");
    mkfifo(&fifo);
    let good = fixture("incident_site.txt");
    let (code, lines, _) = extract(&[
        &fifo,
        Path::new("/dev/zero"),
        Path::new("/dev/urandom"),
        &good,
    ]);
    assert_eq!(code, 1);
    assert_eq!(lines.len(), 4, "one line per input");
    assert!(error_of(&lines, &fifo).unwrap().contains("FIFO"));
    assert!(
        error_of(&lines, Path::new("/dev/zero"))
            .unwrap()
            .contains("device")
    );
    assert!(
        error_of(&lines, Path::new("/dev/urandom"))
            .unwrap()
            .contains("device")
    );
    assert!(error_of(&lines, &good).is_none());
}

#[test]
fn a_bad_corrections_file_is_a_clear_error() {
    let dir = tempfile::tempdir().unwrap();
    let fifo = dir.path().join("corrections.json");
    mkfifo(&fifo);
    let looped = dir.path().join("loop.json");
    symlink(&looped, &looped).unwrap();
    let array = dir.path().join("array.json");
    std::fs::write(&array, "[1, 2]").unwrap();
    let good = fixture("incident_site.txt");
    for (file, expected) in [
        (fifo.as_path(), "FIFO"),
        (Path::new("/dev/zero"), "character device"),
        (looped.as_path(), "link loop"),
        (array.as_path(), "found an array"),
    ] {
        let args: Vec<&std::ffi::OsStr> = vec![
            "extract".as_ref(),
            "--corrections".as_ref(),
            file.as_os_str(),
            good.as_os_str(),
        ];
        let (code, _, stderr) = run_bounded(&args, Duration::from_secs(20));
        assert_eq!(code, 2, "{file:?}: {stderr}");
        assert!(stderr.contains(expected), "{file:?}: {stderr}");
    }
    // A byte order mark is not corruption.
    let bom = dir.path().join("bom.json");
    std::fs::write(&bom, b"\xEF\xBB\xBF{\"version\": 1, \"corrections\": []}").unwrap();
    let args: Vec<&std::ffi::OsStr> = vec![
        "extract".as_ref(),
        "--corrections".as_ref(),
        bom.as_os_str(),
        good.as_os_str(),
    ];
    let (code, lines, stderr) = run_bounded(&args, Duration::from_secs(20));
    assert_eq!(code, 0, "{stderr}");
    assert_eq!(lines.len(), 1);
}

#[test]
fn an_input_with_no_articles_still_gets_its_line() {
    let dir = tempfile::tempdir().unwrap();
    let empty_array = dir.path().join("none.json");
    std::fs::write(&empty_array, "[]").unwrap();
    let empty_lines = dir.path().join("none.jsonl");
    std::fs::write(&empty_lines, "").unwrap();
    let blank_lines = dir.path().join("blank.jsonl");
    std::fs::write(&blank_lines, "\n  \n\n").unwrap();
    let (code, lines, stderr) = extract(&[&empty_array, &empty_lines, &blank_lines]);
    assert_eq!(code, 0);
    assert_eq!(lines.len(), 3, "{stderr}");
    for line in &lines {
        assert_eq!(line["warnings"][0], "no articles in this file");
        assert_eq!(line["events"].as_array().unwrap().len(), 0);
    }
    assert_eq!(
        stderr.lines().count(),
        3,
        "each warned once on stderr: {stderr}"
    );
}

#[test]
fn a_huge_json_lines_record_is_refused_and_its_neighbours_read() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("feed.jsonl");
    let text = std::fs::read_to_string(fixture("incident_site.txt")).unwrap();
    let record = |text: &str| serde_json::json!({"date": "2023-10-27", "text": text}).to_string();
    let huge = record(&text.repeat(60_000_000 / text.len()));
    std::fs::write(
        &path,
        format!("{}\n{huge}\n{}\n", record(&text), record(&text)),
    )
    .unwrap();
    let (code, lines, _) = extract(&[&path]);
    assert_eq!(code, 1);
    assert_eq!(lines.len(), 3);
    assert!(lines[1]["error"].as_str().unwrap().contains("too large"));
    assert!(lines[0]["events"].as_array().is_some());
    assert!(lines[2]["events"].as_array().is_some());
}

#[test]
fn file_names_print_without_loss_and_on_one_line() {
    let dir = tempfile::tempdir().unwrap();
    let text = std::fs::read(fixture("incident_site.txt")).unwrap();
    let a = dir
        .path()
        .join(std::ffi::OsStr::from_bytes(b"\xFF\xFE.txt"));
    let b = dir
        .path()
        .join(std::ffi::OsStr::from_bytes(b"\xFE\xFF.txt"));
    let c = dir.path().join("two\nlines.txt");
    for path in [&a, &b, &c] {
        std::fs::write(path, &text).unwrap();
    }
    let (_, lines, _) = extract(&[dir.path()]);
    let paths: Vec<&str> = lines.iter().map(|l| l["path"].as_str().unwrap()).collect();
    assert_eq!(paths.len(), 3);
    assert!(paths.iter().any(|p| p.ends_with("\\xFF\\xFE.txt")));
    assert!(paths.iter().any(|p| p.ends_with("\\xFE\\xFF.txt")));
    assert!(paths.iter().any(|p| p.ends_with("two\\nlines.txt")));
}

#[test]
fn absurd_years_are_warnings_not_dates() {
    let dir = tempfile::tempdir().unwrap();
    let mut paths = Vec::new();
    for (i, line) in [" date +99999-1-1", " date 0000-01-01", " date 2999-05-05"]
        .iter()
        .enumerate()
    {
        let path = dir.path().join(format!("a{i}.txt"));
        std::fs::write(
            &path,
            format!("{line}\nERBIL – Rockets hit the airport on Monday.\n"),
        )
        .unwrap();
        paths.push(path);
    }
    let refs: Vec<&Path> = paths.iter().map(PathBuf::as_path).collect();
    let (_, lines, _) = extract(&refs);
    for line in &lines {
        assert!(line["article"]["date"].is_null(), "{line}");
        assert!(
            line["warnings"][0]
                .as_str()
                .unwrap()
                .contains("malformed date")
        );
        for event in line["events"].as_array().unwrap() {
            assert!(event["date"].is_null());
        }
    }
}
