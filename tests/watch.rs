//! Following a folder through the core's API: a dropped file appears within a second, a
//! half-written one is retried rather than reported, a deleted one is reported gone.

#![allow(clippy::unwrap_used, clippy::expect_used)] // test helpers fail loudly

use std::fs;
use std::io::Write;
use std::sync::Arc;
use std::time::{Duration, Instant};

use incident_map::corrections::Corrections;
use incident_map::gazetteer::Gazetteer;
use incident_map::watch::{Change, FolderWatch};

const ARTICLE: &str = " date 2024-02-03\nERBIL (Kurdistan 24) – Two drones attacked Harir air base near Erbil on Friday, officials said.\n";

fn start(dir: &std::path::Path) -> FolderWatch {
    FolderWatch::start(
        dir,
        Gazetteer::embedded().unwrap(),
        Arc::new(Corrections::new()),
        || {},
    )
    .unwrap()
}

/// The next change that is not an initial read, waiting at most `limit`.
fn next_change(watch: &FolderWatch, limit: Duration) -> Option<Change> {
    let deadline = Instant::now() + limit;
    while let Some(left) = deadline.checked_duration_since(Instant::now()) {
        match watch.next(left) {
            Some(Change::Updated { initial: true, .. }) => continue,
            other => return other,
        }
    }
    None
}

#[test]
fn a_dropped_file_appears_within_a_second_and_deletion_is_reported() {
    let dir = tempfile::tempdir().unwrap();
    fs::write(dir.path().join("old.txt"), ARTICLE).unwrap();
    let watch = start(dir.path());
    match watch.next(Duration::from_secs(5)) {
        Some(Change::Updated {
            initial: true,
            outcomes,
            ..
        }) => assert_eq!(outcomes.len(), 1),
        other => panic!("the existing file first, got {other:?}"),
    }
    std::thread::sleep(Duration::from_millis(100)); // the watch is armed
    let path = dir.path().join("new.txt");
    let dropped = Instant::now();
    fs::write(&path, ARTICLE).unwrap();
    let change = next_change(&watch, Duration::from_secs(1)).expect("within a second");
    let took = dropped.elapsed();
    match change {
        Change::Updated {
            path: p,
            outcomes,
            initial,
            ..
        } => {
            assert!(!initial);
            assert!(p.ends_with("new.txt"));
            let extracted = outcomes[0].result.as_ref().unwrap();
            assert!(!extracted.events.is_empty(), "the article's event");
        }
        other => panic!("{other:?}"),
    }
    assert!(took < Duration::from_secs(1), "{took:?}");
    fs::remove_file(&path).unwrap();
    match next_change(&watch, Duration::from_secs(2)) {
        Some(Change::Removed { path: p }) => assert!(p.ends_with("new.txt")),
        other => panic!("{other:?}"),
    }
}

#[test]
fn a_half_written_file_is_retried_not_reported() {
    let dir = tempfile::tempdir().unwrap();
    let watch = start(dir.path());
    std::thread::sleep(Duration::from_millis(100));
    // Cut inside "–" (3 bytes in UTF-8): invalid UTF-8 until the rest arrives.
    let bytes = ARTICLE.as_bytes();
    let cut = ARTICLE.find('–').unwrap() + 1;
    let path = dir.path().join("slow.txt");
    let mut file = fs::File::create(&path).unwrap();
    file.write_all(&bytes[..cut]).unwrap();
    file.flush().unwrap();
    std::thread::sleep(Duration::from_millis(600)); // longer than the settle time
    file.write_all(&bytes[cut..]).unwrap();
    file.flush().unwrap();
    drop(file);
    let deadline = Instant::now() + Duration::from_secs(4);
    loop {
        let change = next_change(&watch, deadline.saturating_duration_since(Instant::now()))
            .expect("the finished file is read");
        let Change::Updated { outcomes, .. } = change else {
            panic!("{change:?}");
        };
        let result = &outcomes[0].result;
        assert!(result.is_ok(), "never reported broken: {result:?}");
        if !result.as_ref().unwrap().events.is_empty() {
            break;
        }
    }
}

#[test]
fn hidden_folders_are_skipped_and_a_deleted_folder_takes_its_articles() {
    let dir = tempfile::tempdir().unwrap();
    let watch = start(dir.path());
    std::thread::sleep(Duration::from_millis(100));
    fs::create_dir(dir.path().join(".git")).unwrap();
    fs::write(
        dir.path().join(".git").join("HEAD"),
        "ref: refs/heads/main\n",
    )
    .unwrap();
    let batch = dir.path().join("batch.1");
    fs::create_dir(&batch).unwrap();
    fs::write(batch.join("a.txt"), ARTICLE).unwrap();
    match next_change(&watch, Duration::from_secs(2)) {
        Some(Change::Updated { path, .. }) => assert!(path.ends_with("a.txt"), "{path}"),
        other => panic!("{other:?}"),
    }
    fs::remove_dir_all(&batch).unwrap();
    match next_change(&watch, Duration::from_secs(2)) {
        Some(Change::Removed { path }) => assert!(path.contains("batch.1"), "{path}"),
        other => panic!("{other:?}"),
    }
    // Nothing was read from .git.
    assert!(next_change(&watch, Duration::from_millis(400)).is_none());
}
