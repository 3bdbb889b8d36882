//! Reading articles from paths: files, directories (recursively), JSON and JSON Lines,
//! web pages ([`super::html`]) and feeds ([`super::feed`]).
//!
//! Every problem is reported per file (or per record) with the reason, and never stops the
//! other files from being read. Only regular files are read ([`super::open`]), folders are
//! walked without reading one twice ([`super::walk`]), and every input gives at least one
//! [`Input`]: a file with no article in it gives one with a warning.

use std::fs;
use std::io::{BufRead, BufReader};
use std::path::Path;

use serde_json::Value;
use thiserror::Error;

use super::open::{is_link_loop, open_regular, read_bounded};
use super::shown::shown;
use super::{Article, parse_date_value};

/// Largest article text, and largest text or JSON file read whole, and largest JSON Lines
/// record. News articles are kilobytes; anything this big is almost certainly not an
/// article. JSON Lines files are streamed record by record and have no total limit.
pub const MAX_TEXT_FILE_BYTES: u64 = 16 * 1024 * 1024;

/// Why one input could not be read. The path is reported next to it by the caller.
#[derive(Debug, Error)]
pub enum InputError {
    #[error("no such file or directory")]
    NotFound,
    #[error("cannot read: {0}")]
    Io(#[from] std::io::Error),
    #[error("too large: over {limit_mb} MB (the limit for one article)")]
    TooLarge { limit_mb: u64 },
    #[error("is {0}, not a regular file")]
    NotRegular(&'static str),
    #[error("symbolic link loop")]
    LinkLoop,
    #[error("broken symbolic link (its target does not exist)")]
    BrokenLink,
    #[error("link to a folder on another file system: not followed")]
    OtherFileSystem,
    #[error("folder already read through another path: skipped")]
    AlreadyRead,
    #[error("binary file, not text ({0})")]
    Binary(String),
    #[error("invalid UTF-8 at byte {0}")]
    InvalidUtf8(usize),
    #[error("not valid JSON: {0}")]
    Json(String),
    #[error("JSON record has no \"text\" string")]
    MissingText,
    #[error("not a readable RSS or Atom feed: {0}")]
    Feed(String),
    #[error("XML, but not an RSS or Atom feed")]
    XmlNotFeed,
    /// Fetching a URL failed (the reason says how: timed out, HTTP 404, host not found).
    #[error("{0}")]
    Remote(String),
    #[error("not a readable PDF: {0}")]
    Pdf(String),
}

/// One article read from an input, or the reason it could not be.
#[derive(Debug)]
pub struct Input {
    /// The path as given (with `#N` for the N-th record of a multi-record file).
    pub path: String,
    pub article: Result<Article, InputError>,
}

/// Reads everything under `path`: a file gives one input per article it holds, a directory
/// gives the inputs of its article files (`.txt`, `.text`, `.json`, `.jsonl`, `.ndjson`,
/// or no extension), recursively, in path order, hidden entries skipped.
///
/// A path that is an `http://` or `https://` URL is fetched once ([`super::remote`]).
pub fn read_path(path: &Path) -> Vec<Input> {
    if let Some(url) = path.to_str().filter(|p| super::remote::is_url(p)) {
        return super::remote::fetch_once(url, super::remote::FETCH_TIMEOUT);
    }
    match fs::metadata(path) {
        Err(e) => vec![Input {
            path: shown(path),
            article: Err(metadata_error(e)),
        }],
        Ok(meta) if meta.is_dir() => {
            let walk = super::walk::article_files(path);
            let mut inputs: Vec<Input> = walk
                .problems
                .into_iter()
                .map(|p| Input {
                    path: p.path,
                    article: Err(p.error),
                })
                .collect();
            inputs.extend(walk.files.iter().flat_map(|f| read_file(f)));
            inputs
        }
        Ok(_) => read_file(path),
    }
}

/// The error for a path whose metadata cannot be read.
pub fn metadata_error(error: std::io::Error) -> InputError {
    if error.kind() == std::io::ErrorKind::NotFound {
        InputError::NotFound
    } else if is_link_loop(&error) {
        InputError::LinkLoop
    } else {
        InputError::Io(error)
    }
}

/// Whether a file in a folder is read as an article (by its extension).
pub fn is_article_file_name(path: &Path) -> bool {
    match path.extension().and_then(|e| e.to_str()) {
        None => true,
        Some(ext) => matches!(
            ext.to_ascii_lowercase().as_str(),
            "txt"
                | "text"
                | "json"
                | "jsonl"
                | "ndjson"
                | "html"
                | "htm"
                | "xhtml"
                | "rss"
                | "atom"
                | "xml"
                | "pdf"
        ),
    }
}

fn extension(path: &Path) -> String {
    path.extension()
        .and_then(|e| e.to_str())
        .unwrap_or("")
        .to_ascii_lowercase()
}

/// Reads one file; never fails as a whole, each problem becomes an `Err` input.
pub fn read_file(path: &Path) -> Vec<Input> {
    let shown = shown(path);
    let fail = |error: InputError| {
        vec![Input {
            path: shown.clone(),
            article: Err(error),
        }]
    };
    if matches!(extension(path).as_str(), "jsonl" | "ndjson") {
        return read_json_lines(path, &shown)
            .map(|inputs| or_nothing_found(inputs, &shown))
            .unwrap_or_else(fail);
    }
    let bytes = match read_bounded(path, MAX_TEXT_FILE_BYTES) {
        Ok(bytes) => bytes,
        Err(error) => return fail(error),
    };
    if extension(path) == "pdf" || bytes.starts_with(b"%PDF-") {
        return match super::pdf::text_of_pdf(&bytes) {
            Ok(text) => {
                let mut article = Article::from_text(shown.clone(), text, 0);
                article.extracted = true;
                if article.text.trim().is_empty() {
                    article.warnings =
                        vec!["PDF with no text layer (a scan?): nothing to extract".to_owned()];
                }
                vec![Input {
                    path: shown,
                    article: Ok(article),
                }]
            }
            Err(error) => fail(error),
        };
    }
    let text = match decode_text(&bytes) {
        Ok(text) => text,
        Err(error) => return fail(error),
    };
    let ext = extension(path);
    if matches!(ext.as_str(), "rss" | "atom")
        || (ext != "json" && super::feed::looks_like_feed(text))
    {
        return super::feed::read_feed(&shown, text.as_bytes())
            .map(|inputs| or_nothing_found(inputs, &shown))
            .unwrap_or_else(fail);
    }
    if matches!(ext.as_str(), "html" | "htm" | "xhtml") || super::html::looks_like_html(text) {
        let article = super::html::article_from_html(&shown, text);
        return vec![Input {
            path: shown,
            article: Ok(article),
        }];
    }
    if ext == "xml" {
        return fail(InputError::XmlNotFeed);
    }
    let looks_json = text.trim_start().starts_with(['{', '[']);
    if extension(path) == "json" || (looks_json && serde_json::from_str::<Value>(text).is_ok()) {
        return read_json(text, &shown)
            .map(|inputs| or_nothing_found(inputs, &shown))
            .unwrap_or_else(fail);
    }
    let offset_base = bytes.len() - text.len();
    let mut article = Article::from_text(shown.clone(), text.to_owned(), offset_base);
    if text.trim().is_empty() {
        article.warnings = vec!["empty file: nothing to extract".to_owned()];
    }
    vec![Input {
        path: shown,
        article: Ok(article),
    }]
}

/// Reads what a URL answered (`content_type` from the response, when it sent one): a
/// feed gives one article per item, a web page or plain text one article. The articles
/// carry the URL (an item its own link); the shown path is the URL.
pub fn read_downloaded(url: &str, content_type: Option<&str>, bytes: &[u8]) -> Vec<Input> {
    let fail = |error: InputError| {
        vec![Input {
            path: url.to_owned(),
            article: Err(error),
        }]
    };
    let text = match decode_text(bytes) {
        Ok(text) => text,
        Err(error) => return fail(error),
    };
    let declared = content_type.unwrap_or("").to_ascii_lowercase();
    let feed_type = ["rss", "atom", "feed+json"]
        .iter()
        .any(|t| declared.contains(t));
    if feed_type || super::feed::looks_like_feed(text) {
        return super::feed::read_feed(url, text.as_bytes())
            .map(|inputs| or_nothing_found(inputs, url))
            .unwrap_or_else(fail);
    }
    let mut article = if declared.contains("html") || super::html::looks_like_html(text) {
        super::html::article_from_html(url, text)
    } else {
        let mut article = Article::from_text(url, text.to_owned(), bytes.len() - text.len());
        article.extracted = true;
        article
    };
    if article.url.is_none() {
        article.url = Some(url.to_owned());
    }
    vec![Input {
        path: url.to_owned(),
        article: Ok(article),
    }]
}

/// One output per input, always: a file that holds no article (`[]`, an empty JSON
/// Lines file) gives an empty article with a warning that says so.
fn or_nothing_found(inputs: Vec<Input>, shown: &str) -> Vec<Input> {
    if !inputs.is_empty() {
        return inputs;
    }
    let mut article = Article::from_text(shown, String::new(), 0);
    article.warnings = vec!["no articles in this file".to_owned()];
    vec![Input {
        path: shown.to_owned(),
        article: Ok(article),
    }]
}

/// Checks that bytes are UTF-8 text and strips a BOM.
pub fn decode_text(bytes: &[u8]) -> Result<&str, InputError> {
    let bytes = bytes.strip_prefix(b"\xEF\xBB\xBF").unwrap_or(bytes);
    let head = &bytes[..bytes.len().min(8192)];
    if let Some(at) = head.iter().position(|&b| b == 0) {
        return Err(InputError::Binary(format!("NUL byte at offset {at}")));
    }
    let controls = head
        .iter()
        .filter(|&&b| b < 0x20 && !matches!(b, b'\t' | b'\n' | b'\r' | 0x0C))
        .count();
    if controls * 10 > head.len().max(1) {
        return Err(InputError::Binary(format!(
            "{controls} control bytes in the first {} bytes",
            head.len()
        )));
    }
    std::str::from_utf8(bytes).map_err(|e| InputError::InvalidUtf8(e.valid_up_to()))
}

fn read_json(text: &str, shown: &str) -> Result<Vec<Input>, InputError> {
    let value: Value = serde_json::from_str(text).map_err(|e| InputError::Json(e.to_string()))?;
    Ok(match value {
        Value::Array(records) => records
            .into_iter()
            .enumerate()
            .map(|(i, record)| {
                let path = format!("{shown}#{}", i + 1);
                Input {
                    article: article_from_record(&record, &path),
                    path,
                }
            })
            .collect(),
        record => vec![Input {
            article: article_from_record(&record, shown),
            path: shown.to_owned(),
        }],
    })
}

/// Reads the next line (without its `\n`) into `line`, at most `limit` bytes of it: a
/// longer line is consumed to its end without being kept. Returns false at the end of the
/// input, and whether the line was cut.
fn read_line_bounded(
    reader: &mut impl BufRead,
    line: &mut Vec<u8>,
    limit: usize,
) -> std::io::Result<Option<bool>> {
    line.clear();
    let mut cut = false;
    let mut any = false;
    loop {
        let buffer = reader.fill_buf()?;
        if buffer.is_empty() {
            return Ok(any.then_some(cut));
        }
        any = true;
        let (chunk, done) = match buffer.iter().position(|&b| b == b'\n') {
            Some(at) => (&buffer[..at], Some(at + 1)),
            None => (buffer, None),
        };
        let room = limit.saturating_sub(line.len());
        if chunk.len() > room {
            cut = true;
        }
        line.extend_from_slice(&chunk[..chunk.len().min(room)]);
        let used = done.unwrap_or(buffer.len());
        reader.consume(used);
        if done.is_some() {
            return Ok(Some(cut));
        }
    }
}

fn read_json_lines(path: &Path, shown: &str) -> Result<Vec<Input>, InputError> {
    let file = open_regular(path)?;
    let mut reader = BufReader::new(file);
    let mut inputs = Vec::new();
    let mut line = Vec::new();
    let limit = usize::try_from(MAX_TEXT_FILE_BYTES).unwrap_or(usize::MAX);
    let mut index = 0;
    while let Some(cut) = read_line_bounded(&mut reader, &mut line, limit)? {
        index += 1;
        let record_path = format!("{shown}#{index}");
        if cut {
            inputs.push(Input {
                path: record_path,
                article: Err(InputError::TooLarge {
                    limit_mb: MAX_TEXT_FILE_BYTES / (1024 * 1024),
                }),
            });
            continue;
        }
        let parsed = decode_text(&line).and_then(|text| {
            if text.trim().is_empty() {
                return Ok(None);
            }
            let record: Value =
                serde_json::from_str(text).map_err(|e| InputError::Json(e.to_string()))?;
            article_from_record(&record, &record_path).map(Some)
        });
        match parsed {
            Ok(None) => {}
            Ok(Some(article)) => inputs.push(Input {
                path: record_path,
                article: Ok(article),
            }),
            Err(error) => inputs.push(Input {
                path: record_path,
                article: Err(error),
            }),
        }
    }
    Ok(inputs)
}

/// Builds an article from a JSON record (`title`, `date`, `text`, `source`, `url`).
/// Offsets are counted in the record's `text`.
fn article_from_record(record: &Value, path: &str) -> Result<Article, InputError> {
    let field = |name: &str| record.get(name).and_then(Value::as_str).map(str::to_owned);
    let text = field("text")
        .or_else(|| field("body"))
        .or_else(|| field("content"))
        .ok_or(InputError::MissingText)?;
    let mut article = Article::from_text(path, text, 0);
    article.warnings.retain(|w| !w.starts_with("no date line"));
    if let Some(date) = field("date") {
        match parse_date_value(&date) {
            Ok(date) => article.date = Some(date),
            Err(reason) => article
                .warnings
                .push(format!("malformed \"date\", date unknown: {reason}")),
        }
    } else if article.date.is_none() {
        article
            .warnings
            .push("record has no \"date\": event dates are unknown".to_owned());
    }
    article.title = field("title").filter(|t| !t.trim().is_empty());
    article.source = field("source").or(article.source);
    article.url = field("url");
    Ok(article)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn bom_is_stripped_and_counted() {
        let text = decode_text(b"\xEF\xBB\xBFhello").unwrap();
        assert_eq!(text, "hello");
    }

    #[test]
    fn nul_bytes_mean_binary() {
        assert!(matches!(decode_text(b"ab\0cd"), Err(InputError::Binary(_))));
    }

    #[test]
    fn invalid_utf8_names_the_byte() {
        assert!(matches!(
            decode_text(b"abc\xFFdef"),
            Err(InputError::InvalidUtf8(3))
        ));
    }

    #[test]
    fn a_record_without_text_is_an_error() {
        let record: Value = serde_json::json!({"title": "x"});
        assert!(matches!(
            article_from_record(&record, "r.json"),
            Err(InputError::MissingText)
        ));
    }

    #[test]
    fn record_fields_are_read() {
        let record: Value = serde_json::json!({
            "title": "Talks", "date": "2023-11-01", "text": "ERBIL – Leaders met.",
            "source": "Wire", "url": "https://example.org/a"});
        let a = article_from_record(&record, "r.json").unwrap();
        assert_eq!(a.title.as_deref(), Some("Talks"));
        assert_eq!(a.date.unwrap().to_string(), "2023-11-01");
        assert_eq!(a.dateline.unwrap().place, "ERBIL");
        assert_eq!(a.source.as_deref(), Some("Wire"));
        assert!(a.warnings.is_empty(), "{:?}", a.warnings);
    }
}
