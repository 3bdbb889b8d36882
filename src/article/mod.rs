//! Articles: the text the pipeline reads, with its date, dateline and metadata.
//!
//! Input forms (see [`read`]): the seed format (` date YYYY-MM-DD` line, then a dateline
//! `ERBIL (Kurdistan 24) – …`), plain text, and JSON / JSON Lines records with `title`,
//! `date`, `text`, `source`, `url`; web pages (`.html`, main text and page metadata) and
//! RSS / Atom feeds (one article per item).

pub mod feed;
mod header;
pub mod html;
pub mod open;
pub mod pdf;
pub mod read;
pub mod remote;
pub mod shown;
pub mod walk;

use chrono::NaiveDate;

pub use header::{Dateline, FIRST_YEAR, LAST_YEAR, is_news_year, parse_date_value};
pub use read::{InputError, read_path};

/// One article, ready for geoparsing and event extraction.
#[derive(Clone, Debug, Default)]
pub struct Article {
    /// Where it came from: the path as given, with `#N` appended for the N-th record of a
    /// JSON Lines file or JSON array.
    pub path: String,
    pub title: Option<String>,
    /// Publication date. `None` when the input does not say; never guessed.
    pub date: Option<NaiveDate>,
    pub dateline: Option<Dateline>,
    /// Publisher, from the dateline's brackets or the record's `source`.
    pub source: Option<String>,
    pub url: Option<String>,
    /// The text in which all byte offsets are counted (the file without its BOM, or a
    /// record's `text` field).
    pub text: String,
    /// Bytes of the file that precede `text` (3 for a UTF-8 BOM): output offsets are
    /// `offset_base + offset in text`, so they point into the file as read.
    pub offset_base: usize,
    /// Where the story starts in `text`, after the date line.
    pub body_start: usize,
    /// Problems that did not stop processing ("malformed date line …").
    pub warnings: Vec<String>,
    /// The text was extracted from markup (a web page, a feed item), so offsets count in
    /// `text`, not in the file; the CLI then prints the text with the article.
    pub extracted: bool,
}

impl Article {
    /// Builds an article from the seed format or plain text: reads an optional date line
    /// and an optional dateline.
    pub fn from_text(path: impl Into<String>, text: String, offset_base: usize) -> Article {
        let mut article = Article {
            path: path.into(),
            text,
            offset_base,
            ..Article::default()
        };
        let header = header::parse_header(&article.text);
        article.date = header.date;
        article.body_start = header.body_start;
        article.dateline = header.dateline;
        article.warnings = header.warnings;
        article.source = article.dateline.as_ref().and_then(|d| d.source.clone());
        article
    }

    /// The date a text's date line gives, as [`Article::from_text`] would read it, without
    /// building the article.
    pub fn date_line_of(text: &str) -> Option<NaiveDate> {
        header::parse_header(text).date
    }

    /// The story text after the date line.
    pub fn body(&self) -> &str {
        self.text.get(self.body_start..).unwrap_or("")
    }
}
