//! Real inputs through the CLI: a saved news page, an RSS and an Atom feed, and a folder
//! holding them. Offsets of events count in the extracted text, which is printed with
//! the article.

#![allow(clippy::unwrap_used, clippy::expect_used)] // test helpers fail loudly

use std::path::{Path, PathBuf};
use std::process::Command;

use serde_json::Value;

fn fixture(name: &str) -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("tests/fixtures/web")
        .join(name)
}

/// The CLI's lines for `paths`; a file that cannot be read makes the exit status 1.
fn extract_with(paths: &[PathBuf], status: i32) -> Vec<Value> {
    let output = Command::new(env!("CARGO_BIN_EXE_incident-map"))
        .args(["extract", "--format", "jsonl"])
        .args(paths)
        .output()
        .expect("the binary runs");
    assert_eq!(output.status.code(), Some(status), "{output:?}");
    String::from_utf8(output.stdout)
        .unwrap()
        .lines()
        .map(|l| serde_json::from_str(l).unwrap())
        .collect()
}

fn extract(paths: &[PathBuf]) -> Vec<Value> {
    extract_with(paths, 0)
}

fn kinds(record: &Value) -> Vec<(String, String)> {
    record["events"]
        .as_array()
        .unwrap()
        .iter()
        .map(|e| {
            (
                e["kind"].as_str().unwrap().to_owned(),
                e["place"].as_str().unwrap().to_owned(),
            )
        })
        .collect()
}

#[test]
fn a_saved_news_page_gives_its_story_metadata_and_the_strike() {
    let records = extract(&[fixture("saved_news_page.html")]);
    assert_eq!(records.len(), 1);
    let page = &records[0];
    let article = &page["article"];
    assert_eq!(article["date"], "2024-04-27", "from the page's JSON-LD");
    assert_eq!(article["source"], "Northern Ledger");
    assert_eq!(
        article["title"],
        "Drone strike hits Khor Mor gas field in Sulaimani province"
    );
    assert_eq!(
        article["url"],
        "https://ledger.example/2024/04/27/khor-mor-drone"
    );
    let text = article["text"].as_str().expect("the extracted text");
    assert!(text.starts_with("SULAIMANI – A drone struck"), "{text:?}");
    for boilerplate in [
        "cookies",
        "Politics",
        "Facebook",
        "Moscow",
        "Read more",
        "Ankara",
        "Texas",
        "Lisbon",
        "Staff Writer",
    ] {
        assert!(!text.contains(boilerplate), "{boilerplate:?} in {text:?}");
    }
    let events = page["events"].as_array().unwrap();
    assert_eq!(events.len(), 1, "{events:?}");
    let strike = &events[0];
    assert_eq!(strike["subtype"], "drone strike");
    assert_eq!(strike["place"], "Khor Mor gas field");
    assert_eq!(
        strike["date"], "2024-04-26",
        "Friday before the Saturday page"
    );
    assert_eq!(strike["counts"]["killed"], 4);
    // The evidence offsets point into the printed text.
    let (start, end) = (
        strike["evidence"][0].as_u64().unwrap() as usize,
        strike["evidence"][1].as_u64().unwrap() as usize,
    );
    assert!(text[start..end].contains("drone struck"));
    // Places in the boilerplate are not places of the article.
    let places: Vec<&str> = page["places"]
        .as_array()
        .unwrap()
        .iter()
        .map(|p| p["text"].as_str().unwrap())
        .collect();
    for elsewhere in ["Paris", "Moscow", "Ankara", "Texas", "Lisbon", "Baghdad"] {
        assert!(!places.contains(&elsewhere), "{elsewhere} in {places:?}");
    }
}

#[test]
fn an_rss_feed_gives_one_article_per_item_with_its_date_and_a_repeat_once() {
    let records = extract(&[fixture("wire.rss")]);
    let paths: Vec<&str> = records
        .iter()
        .map(|r| r["path"].as_str().unwrap())
        .collect();
    assert_eq!(paths.len(), 2, "the repeated item is read once: {paths:?}");
    assert!(paths[0].ends_with("wire.rss#1") && paths[1].ends_with("wire.rss#2"));
    assert_eq!(records[0]["article"]["date"], "2024-02-05");
    assert_eq!(records[0]["article"]["source"], "Example Wire: Middle East");
    assert_eq!(records[1]["article"]["date"], "2024-02-06");
    assert_eq!(
        kinds(&records[0]),
        vec![("incident".to_owned(), "Ain al-Asad Air Base".to_owned())]
    );
    assert_eq!(records[0]["events"][0]["date"], "2024-02-04", "Sunday");
    assert_eq!(
        kinds(&records[1]),
        vec![("meeting".to_owned(), "Tehran".to_owned())]
    );
}

#[test]
fn an_atom_feed_gives_its_entries_from_summary_or_content() {
    let records = extract(&[fixture("monitor.atom")]);
    assert_eq!(records.len(), 2);
    assert_eq!(records[0]["article"]["date"], "2024-03-01");
    assert_eq!(records[0]["events"][0]["subtype"], "shelling");
    assert_eq!(records[0]["events"][0]["date"], "2024-03-01");
    assert_eq!(records[1]["events"][0]["kind"], "call");
    assert_eq!(records[1]["events"][0]["date"], "2024-03-02");
}

#[test]
fn a_folder_reads_pages_and_feeds_and_names_xml_that_is_no_feed() {
    let dir = tempfile::tempdir().unwrap();
    for name in ["saved_news_page.html", "wire.rss", "monitor.atom"] {
        std::fs::copy(fixture(name), dir.path().join(name)).unwrap();
    }
    std::fs::write(dir.path().join("sitemap.xml"), "<urlset><url/></urlset>").unwrap();
    let records = extract_with(&[dir.path().to_path_buf()], 1);
    assert_eq!(records.len(), 1 + 2 + 2 + 1);
    let sitemap = records
        .iter()
        .find(|r| r["path"].as_str().unwrap().ends_with("sitemap.xml"))
        .unwrap();
    assert!(
        sitemap["error"]
            .as_str()
            .unwrap()
            .contains("not an RSS or Atom feed"),
        "{sitemap}"
    );
}

#[test]
fn a_pdf_report_gives_its_text_in_reading_order_and_its_events() {
    let lines = extract(&[fixture("monitor_report.pdf")]);
    let report = &lines[0];
    assert_eq!(report["article"]["date"], "2024-01-31");
    let text = report["article"]["text"].as_str().unwrap();
    let first = text.find("9 January").unwrap();
    let second = text.find("23 January").unwrap();
    assert!(first < second, "the first column is read before the second");
    let places: Vec<String> = kinds(report).into_iter().map(|(_, p)| p).collect();
    assert!(places.iter().any(|p| p == "Al Qāmishlī"), "{places:?}");
    assert!(places.iter().any(|p| p == "Tall Tamr"), "{places:?}");
    // Offsets count in the extracted text.
    let evidence = report["events"][0]["evidence"].as_array().unwrap();
    let (a, b) = (
        evidence[0].as_u64().unwrap() as usize,
        evidence[1].as_u64().unwrap() as usize,
    );
    assert!(text[a..b].contains("drone struck"));
}

#[test]
fn a_damaged_pdf_is_an_error_naming_it_and_the_other_files_are_read() {
    let dir = tempfile::tempdir().unwrap();
    let bad = dir.path().join("damaged.pdf");
    std::fs::write(&bad, b"%PDF-1.7\n1 0 obj << /Type /Catalog").unwrap();
    let lines = extract_with(&[bad, fixture("wire.rss")], 1);
    assert!(
        lines[0]["error"]
            .as_str()
            .unwrap()
            .starts_with("not a readable PDF"),
        "{}",
        lines[0]
    );
    assert!(lines.len() > 1, "the feed after it is read");
}
