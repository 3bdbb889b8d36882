//! The one entry point from text to places and events, called by the CLI and the app.

use std::path::{Path, PathBuf};

use rayon::prelude::*;

use crate::article::{Article, InputError, read};
use crate::corrections::Corrections;
use crate::events::{Event, extract_events};
use crate::gazetteer::Gazetteer;
use crate::geoparse::{Located, Mention, geoparse};
use crate::text::{split_sentences, tokenize};

/// Everything extracted from one article.
#[derive(Debug)]
pub struct Extracted {
    pub article: Article,
    /// Place mentions in text order.
    pub mentions: Vec<Mention>,
    /// Events in text order of their first evidence.
    pub events: Vec<Event>,
}

impl Extracted {
    /// Where an event is: its mention's place, or the pin the user dragged it to.
    pub fn located(&self, event: &Event, gazetteer: &Gazetteer) -> Located {
        match event.mention.and_then(|m| self.mentions.get(m)) {
            Some(mention) => mention.located(gazetteer),
            None => Mention::located_place(event.place, gazetteer),
        }
    }
}

/// The result for one input: an article's extraction, or why it could not be read.
#[derive(Debug)]
pub struct Outcome {
    pub path: String,
    pub result: Result<Extracted, InputError>,
}

/// Geoparses an article, applies the user's corrections to its places, and extracts its
/// events (so events follow the corrected places).
pub fn extract(article: Article, gazetteer: &Gazetteer, corrections: &Corrections) -> Extracted {
    let tokens = tokenize(&article.text);
    let sentences = split_sentences(&tokens);
    let mut mentions = geoparse(&article, &tokens, &sentences, gazetteer);
    corrections.apply(&article.text, &mut mentions, gazetteer);
    let events = extract_events(&article, &tokens, &sentences, &mentions, gazetteer);
    Extracted {
        article,
        mentions,
        events,
    }
}

/// Expands directories into their article files (sorted), keeping files and missing
/// paths as given, so that every problem is reported against the path the user typed.
pub fn expand_paths(paths: &[PathBuf]) -> Vec<PathBuf> {
    let mut expanded = Vec::new();
    for path in paths {
        if path.is_dir() {
            let mut files = Vec::new();
            read::collect_files(path, &mut files);
            files.sort();
            expanded.extend(files);
        } else {
            expanded.push(path.clone());
        }
    }
    expanded
}

/// Reads and extracts every file under `paths`, in parallel, keeping input order.
/// `each` turns an outcome into what the caller keeps (a JSON line, an app record), so the
/// extraction need not be held in memory for all files at once.
pub fn extract_paths<T: Send>(
    paths: &[PathBuf],
    gazetteer: &Gazetteer,
    corrections: &Corrections,
    each: impl Fn(Outcome) -> T + Sync + Send,
) -> Vec<T> {
    let files = expand_paths(paths);
    files
        .par_iter()
        .flat_map_iter(|file| {
            extract_file(file, gazetteer, corrections)
                .into_iter()
                .map(&each)
                .collect::<Vec<_>>()
        })
        .collect()
}

/// Reads one file (which may hold several records) and extracts each article.
pub fn extract_file(file: &Path, gazetteer: &Gazetteer, corrections: &Corrections) -> Vec<Outcome> {
    read::read_path(file)
        .into_iter()
        .map(|input| Outcome {
            path: input.path,
            result: input
                .article
                .map(|article| extract(article, gazetteer, corrections)),
        })
        .collect()
}
