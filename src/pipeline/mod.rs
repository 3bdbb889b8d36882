//! The one entry point from text to places and events, called by the CLI and the app.

mod stream;

pub use stream::stream_paths;

use std::path::{Path, PathBuf};

use crate::article::{Article, InputError, read};
use crate::corrections::Corrections;
use crate::events::{Event, extract_events};
use crate::gazetteer::Gazetteer;
use crate::geoparse::{Located, Mention, geoparse};
use crate::text::{split_sentences, tokenize_span};

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
    ///
    /// An event known only to a province is pinned at the province's seat (its capital),
    /// not at the area's centre: that is how conflict monitors code an event the source
    /// places no finer than a province (ACLED's geo-precision 3), and the centre of a big
    /// province is often desert 100 km from any town. Name, division and precision stay
    /// the province's, so the map still draws the province and claims no finer place.
    ///
    /// An event at a reference point ("12 km north-west of Mosul") lies at the stated
    /// offset from it, no finer than a district; the name stays the reference point's.
    pub fn located(&self, event: &Event, gazetteer: &Gazetteer) -> Located {
        let mut located = match event.mention.and_then(|m| self.mentions.get(m)) {
            Some(mention) => mention.located(gazetteer),
            None => Mention::located_place(event.place, gazetteer),
        };
        let offset = event
            .mention
            .and_then(|m| self.mentions.get(m))
            .and_then(|mention| mention.offset.filter(|_| mention.pin.is_none()));
        if let Some(offset) = offset {
            (located.lat, located.lon) = offset.apply(located.lat, located.lon);
            if matches!(located.precision, "site" | "city") {
                located.precision = "district";
            }
            return located;
        }
        if located.precision == "province" && located.gazetteer_id != "pin" {
            let area = gazetteer.place(event.place);
            let seat = gazetteer.seat(event.place).map(|id| gazetteer.place(id));
            if let Some(seat) = seat.filter(|seat| {
                seat.is_point()
                    && seat.country_code == area.country_code
                    && (area.admin1.is_empty() || seat.admin1 == area.admin1)
            }) {
                located.lat = seat.lat;
                located.lon = seat.lon;
            }
        }
        located
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
///
/// A text longer than [`WINDOW_BYTES`] is read window by window (cut at paragraph or
/// sentence ends): tokens live for one window only, so memory and time stay proportional
/// to the text whatever its size; places and events are those of the windows in order.
/// Windows share nothing, so a long text's windows run in parallel (a 3 MB paste takes
/// the time of its share per core, not of the whole text on one).
pub fn extract(article: Article, gazetteer: &Gazetteer, corrections: &Corrections) -> Extracted {
    use rayon::prelude::*;
    let spans = windows(&article.text, WINDOW_BYTES);
    let read_window = |&(from, to): &(usize, usize)| {
        let tokens = tokenize_span(&article.text, from, to);
        let sentences = split_sentences(&tokens);
        let mut found = geoparse(&article, &tokens, &sentences, gazetteer);
        corrections.apply(&article.text, &mut found, gazetteer);
        let events = extract_events(&article, &tokens, &sentences, &found, gazetteer);
        (found, events)
    };
    let parts: Vec<(Vec<Mention>, Vec<Event>)> = if spans.len() > 1 {
        spans.par_iter().map(read_window).collect()
    } else {
        spans.iter().map(read_window).collect()
    };
    let mut mentions = Vec::new();
    let mut events = Vec::new();
    for (found, window_events) in parts {
        let base = mentions.len();
        events.extend(window_events.into_iter().map(|mut event| {
            event.mention = event.mention.map(|m| m + base);
            event
        }));
        mentions.extend(found);
    }
    Extracted {
        article,
        mentions,
        events,
    }
}

/// Longest stretch of text read at once. News articles are far shorter; only pasted
/// books and broken files reach it.
pub const WINDOW_BYTES: usize = 256 * 1024;

/// Cuts `text` into windows of at most about `size` bytes, each ending at a paragraph
/// break, else a sentence end or a line break, else a space, else a character boundary.
fn windows(text: &str, size: usize) -> Vec<(usize, usize)> {
    let mut out = Vec::new();
    let mut from = 0;
    while text.len() - from > size {
        let mut limit = from + size;
        while !text.is_char_boundary(limit) {
            limit -= 1;
        }
        let slice = &text[from..limit];
        let cut = slice
            .rfind("\n\n")
            .or_else(|| slice.rfind(". "))
            .or_else(|| slice.rfind('\n'))
            .or_else(|| slice.rfind(' '))
            .map(|at| from + at + 1)
            .filter(|&at| at > from + size / 2)
            .unwrap_or(limit);
        out.push((from, cut));
        from = cut;
    }
    out.push((from, text.len()));
    out
}

/// What the paths a user gave stand for: the files to read, in order, and the entries
/// that cannot be read (a FIFO, a device, a link loop, a folder reached twice).
#[derive(Debug, Default)]
pub struct Expanded {
    pub files: Vec<PathBuf>,
    pub problems: Vec<Outcome>,
}

/// Expands directories into their article files (sorted), keeping files and missing
/// paths as given, so that every problem is reported against the path the user typed.
pub fn expand_paths(paths: &[PathBuf]) -> Expanded {
    let mut expanded = Expanded::default();
    for path in paths {
        if path.is_dir() {
            let walk = crate::article::walk::article_files(path);
            expanded.files.extend(walk.files);
            expanded
                .problems
                .extend(walk.problems.into_iter().map(|problem| Outcome {
                    path: problem.path,
                    result: Err(problem.error),
                }));
        } else {
            expanded.files.push(path.clone());
        }
    }
    expanded
}

/// Reads and extracts every file under `paths`, in parallel, keeping input order (folders
/// in path order, problems where they were met). `each` turns an outcome into what the
/// caller keeps (a JSON line, an app record), so the extraction need not be held in memory
/// for all files at once. [`stream_paths`] hands the results on as they come instead.
pub fn extract_paths<T: Send>(
    paths: &[PathBuf],
    gazetteer: &Gazetteer,
    corrections: &Corrections,
    each: impl Fn(Outcome) -> T + Sync + Send,
) -> Vec<T> {
    let mut out = Vec::new();
    stream_paths(
        paths,
        gazetteer,
        corrections,
        each,
        |_| {},
        |t| {
            out.push(t);
            true
        },
    );
    out
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

#[cfg(test)]
mod tests {
    use super::windows;

    #[test]
    fn windows_cover_the_text_and_cut_at_breaks() {
        let text = "One two. Three four.\n\nFive six seven. Eight.".repeat(50);
        let cuts = windows(&text, 100);
        assert_eq!(cuts.first().map(|c| c.0), Some(0));
        assert_eq!(cuts.last().map(|c| c.1), Some(text.len()));
        for pair in cuts.windows(2) {
            assert_eq!(pair[0].1, pair[1].0, "no gap, no overlap");
        }
        assert!(cuts.iter().all(|&(a, b)| b - a <= 100));
        assert_eq!(windows("short", 100), vec![(0, 5)]);
    }
}
