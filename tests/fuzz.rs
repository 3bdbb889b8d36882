//! A bounded fuzz run over the reader and the pipeline, kept in the repository and run by
//! CI: mutated articles (byte flips, cuts inside UTF-8, huge tokens, NUL bytes, broken JSON,
//! odd datelines and date lines, right-to-left text) never panic, every input gets its
//! outcome, and no span points outside its text.

#![allow(clippy::unwrap_used, clippy::expect_used)] // test helpers fail loudly

use std::path::Path;

use incident_map::corrections::Corrections;
use incident_map::gazetteer::Gazetteer;
use incident_map::pipeline::extract_file;
use proptest::prelude::*;

const SEEDS: &[&str] = &[
    " date 2023-10-27\nERBIL (Fixture Wire) – Two drones targeted Harir air base on Thursday.",
    " date 2024-01-08\nALULA, Saudi Arabia – Blinken met the crown prince in Al-Ula on Monday.",
    "{\"date\": \"2024-02-20\", \"text\": \"Erdogan spoke by phone with Sudani.\"}",
    " date 2023-11-01\nبغداد – قصف صاروخي على قاعدة عين الأسد. Rockets hit Ain al-Asad.",
    "On 3 January 2024, army forces shelled the X area of Amedi district, Duhok province.",
];

/// One mutation of a seed text.
fn mutate(seed: &[u8], ops: &[(u8, usize, u8)]) -> Vec<u8> {
    let mut bytes = seed.to_vec();
    for &(op, at, value) in ops {
        let at = if bytes.is_empty() {
            0
        } else {
            at % bytes.len()
        };
        match op % 6 {
            0 if !bytes.is_empty() => bytes[at] ^= value | 1,
            1 => bytes.truncate(at),
            2 => bytes
                .splice(at..at, std::iter::repeat_n(b'A' + value % 26, 2000))
                .for_each(drop),
            3 => bytes.insert(at, 0),
            4 => bytes
                .splice(at..at, "\u{202E}\u{0627}\u{0644}".bytes())
                .for_each(drop),
            _ => bytes
                .splice(at..at, b" date 99999-13-45\n".iter().copied())
                .for_each(drop),
        }
    }
    bytes
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 300, ..ProptestConfig::default() })]

    #[test]
    fn mutated_articles_never_break_the_pipeline(
        seed in 0..SEEDS.len(),
        ops in proptest::collection::vec((any::<u8>(), any::<usize>(), any::<u8>()), 0..6),
        extension in prop_oneof![Just("txt"), Just("json"), Just("jsonl")],
    ) {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join(format!("case.{extension}"));
        let bytes = mutate(SEEDS[seed].as_bytes(), &ops);
        std::fs::write(&path, &bytes).unwrap();
        let gazetteer = Gazetteer::embedded().unwrap();
        let outcomes = extract_file(Path::new(&path), gazetteer, &Corrections::new());
        prop_assert!(!outcomes.is_empty(), "every input has an outcome");
        for outcome in outcomes {
            let Ok(extracted) = outcome.result else { continue };
            let len = extracted.article.text.len();
            for mention in &extracted.mentions {
                prop_assert!(mention.start <= mention.end && mention.end <= len);
            }
            for event in &extracted.events {
                prop_assert!(event.evidence.0 <= event.evidence.1 && event.evidence.1 <= len);
                prop_assert!(event.mention.is_none_or(|m| m < extracted.mentions.len()));
            }
        }
    }
}
