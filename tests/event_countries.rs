//! No event lands in a country the article neither names nor implies: over every text of
//! the four blind sets and the held-out set, an event's country is one a place mention of
//! its article names, or the seat of an office holder the article names (a call placed at
//! the caller's capital).

#![allow(clippy::unwrap_used, clippy::expect_used)] // test helpers fail loudly

use std::path::Path;

use incident_map::article::Article;
use incident_map::corrections::Corrections;
use incident_map::events::LocatedBy;
use incident_map::gazetteer::Gazetteer;
use incident_map::pipeline::extract;

/// Every (id, date, text) of the JSON Lines sets under `data/eval/blind*/{tune,sealed}/`.
fn blind_texts() -> Vec<(String, String, String)> {
    let root = Path::new(env!("CARGO_MANIFEST_DIR")).join("data/eval");
    let mut texts = Vec::new();
    let mut sets: Vec<_> = std::fs::read_dir(&root)
        .unwrap()
        .map(|e| e.unwrap().path())
        .filter(|p| {
            p.file_name()
                .is_some_and(|n| n.to_string_lossy().starts_with("blind"))
        })
        .collect();
    sets.sort();
    for set in sets {
        for half in ["tune", "sealed"] {
            let Ok(files) = std::fs::read_dir(set.join(half)) else {
                continue;
            };
            for file in files {
                let path = file.unwrap().path();
                if path.extension().is_none_or(|e| e != "jsonl") {
                    continue;
                }
                for line in std::fs::read_to_string(&path).unwrap().lines() {
                    if line.trim().is_empty() {
                        continue;
                    }
                    let record: serde_json::Value = serde_json::from_str(line).unwrap();
                    let field = |k: &str| record[k].as_str().unwrap_or_default().to_owned();
                    texts.push((field("id"), field("date"), field("text")));
                }
            }
        }
    }
    texts
}

#[test]
fn no_event_is_placed_in_a_country_the_article_does_not_name_or_imply() {
    let gazetteer = Gazetteer::embedded().unwrap();
    let texts = blind_texts();
    assert!(
        texts.len() >= 600,
        "the blind sets are missing: {}",
        texts.len()
    );
    let mut events = 0;
    let mut stray = Vec::new();
    for (id, date, text) in &texts {
        let article = Article::from_text(id, format!(" date {date}\n\n{text}\n"), 0);
        let extracted = extract(article, gazetteer, &Corrections::new());
        let named: Vec<&str> = extracted
            .mentions
            .iter()
            .map(|m| gazetteer.place(m.place).country_code)
            .collect();
        for event in &extracted.events {
            events += 1;
            let country = gazetteer.place(event.place).country_code;
            if !named.contains(&country) && event.located_by != LocatedBy::Capital {
                stray.push(format!(
                    "{id}: {} ({country})",
                    gazetteer.place(event.place).name
                ));
            }
        }
    }
    assert!(events > 800, "too few events to say anything: {events}");
    assert!(
        stray.is_empty(),
        "{} of {events} events: {stray:?}",
        stray.len()
    );
}
