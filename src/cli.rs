//! The headless command line:
//! `incident-map extract [--format jsonl|geojson|csv|kml] [--corrections PATH] PATH...`.
//!
//! Exit status: 0 when every input was read, 1 when some inputs failed (each has an
//! `error` record on stdout and a message on stderr), 2 for usage errors.

use std::io::{self, Write};
use std::path::{Path, PathBuf};
use std::process::ExitCode;

use clap::{Parser, Subcommand, ValueEnum};

use crate::corrections::{Corrections, store};
use crate::exchange::{self, Row};
use crate::gazetteer::Gazetteer;
use crate::output::file_json;
use crate::pipeline::stream_paths;

/// Finds places and events (incidents, meetings, calls) in news articles, offline.
#[derive(Parser, Debug)]
#[command(name = "incident-map", version, about, long_about = None)]
#[command(args_conflicts_with_subcommands = true)]
pub struct Cli {
    #[command(subcommand)]
    pub command: Option<Command>,
    /// Files or folders of articles for the desktop app to open at start (with no
    /// command); they join the remembered workspace.
    #[arg(value_name = "PATH")]
    pub paths: Vec<PathBuf>,
}

#[derive(Subcommand, Debug)]
pub enum Command {
    /// Extract places and events from articles and print them.
    ///
    /// Reads text files (optionally starting with a ` date YYYY-MM-DD` line and a dateline
    /// such as `ERBIL (Kurdistan 24) – `), JSON records and JSON Lines files with `title`,
    /// `date`, `text`, `source`, `url`, and directories (recursively). Prints one JSON
    /// object per article (JSON Lines; byte offsets into the file), or the events as a
    /// GeoJSON FeatureCollection, CSV or KML. Exit status: 0 all inputs read, 1 some failed
    /// (their records carry an "error"), 2 usage error.
    Extract {
        /// Output format.
        #[arg(long, value_enum, default_value_t = Format::Jsonl)]
        format: Format,
        /// A corrections file (JSON, as the app saves it) to apply to the places found.
        /// The app's own file is in the user data directory (see the README).
        #[arg(long, value_name = "PATH")]
        corrections: Option<PathBuf>,
        /// Files or directories to read.
        #[arg(required = true)]
        paths: Vec<PathBuf>,
    },
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, ValueEnum)]
pub enum Format {
    /// One JSON object per article (the evaluation contract).
    Jsonl,
    /// A GeoJSON FeatureCollection of the events.
    Geojson,
    /// One CSV row per event, ACLED-like columns.
    Csv,
    /// KML for Google Earth, with TimeStamp/TimeSpan per event.
    Kml,
}

/// Runs `extract` and returns the process exit code.
pub fn run_extract(format: Format, corrections: Option<&Path>, paths: &[PathBuf]) -> ExitCode {
    let gazetteer = match Gazetteer::embedded() {
        Ok(gazetteer) => gazetteer,
        Err(error) => {
            eprintln!("incident-map: the built-in gazetteer is broken: {error}");
            return ExitCode::from(2);
        }
    };
    if let Some(path) = corrections
        && let Err(error) = std::fs::metadata(path)
    {
        let reason = match crate::article::read::metadata_error(error) {
            crate::article::InputError::NotFound => "no such corrections file".to_owned(),
            other => other.to_string(),
        };
        eprintln!(
            "incident-map: {}: {reason}",
            crate::article::shown::shown(path)
        );
        return ExitCode::from(2);
    }
    let corrections = match corrections.map(store::load) {
        None => Corrections::new(),
        Some(Ok(corrections)) => corrections,
        Some(Err(error)) => {
            eprintln!("incident-map: {error}");
            return ExitCode::from(2);
        }
    };
    // Each file becomes, in parallel, what is printed for it: its JSON line already
    // serialised (JSON Lines) or its event rows (the other formats, merged at the end).
    let each = |outcome: crate::pipeline::Outcome| -> Done {
        let rows = match (&outcome.result, format) {
            (_, Format::Jsonl) | (Err(_), _) => Vec::new(),
            (Ok(extracted), _) => Row::all_of(&outcome.path, extracted, gazetteer),
        };
        let record = file_json(outcome, gazetteer);
        let line = (format == Format::Jsonl).then(|| {
            let mut line = serde_json::to_vec(&record).unwrap_or_default();
            line.push(b'\n');
            line
        });
        Done {
            path: record.path,
            error: record.error,
            warnings: record.warnings,
            line,
            rows,
        }
    };
    let mut failed = false;
    let mut rows: Vec<Row> = Vec::new();
    let mut out = io::BufWriter::new(io::stdout().lock());
    let mut written: io::Result<()> = Ok(());
    stream_paths(
        paths,
        gazetteer,
        &corrections,
        each,
        |_| {},
        |done| {
            if let Some(error) = &done.error {
                eprintln!("incident-map: {}: {error}", done.path);
                failed = true;
            }
            for warning in &done.warnings {
                if !warning.starts_with("no date line") {
                    eprintln!("incident-map: {}: warning: {warning}", done.path);
                }
            }
            // JSON Lines go out as each file is done (a stopped reader stops the writing).
            if let (Some(line), Ok(())) = (&done.line, &written) {
                written = out.write_all(line);
            }
            rows.extend(done.rows);
            // A closed pipe (`| head`): nothing more will be read, so stop.
            !matches!(&written, Err(e) if e.kind() == io::ErrorKind::BrokenPipe)
        },
    );
    // Events, one per real incident: reports of one event in several files are merged
    // (with `reports` and `articles`); the JSON Lines contract stays per file.
    let rows = crate::view::incidents::merge_rows(rows);
    let written = written
        .and_then(|()| match format {
            Format::Jsonl => Ok(()),
            Format::Geojson => serde_json::to_writer(&mut out, &exchange::geojson::write(&rows))
                .map_err(io::Error::other)
                .and_then(|()| out.write_all(b"\n")),
            Format::Csv => exchange::csv::write(&rows, &mut out),
            Format::Kml => exchange::kml::write(&rows, &mut out),
        })
        .and_then(|()| out.flush());
    match written {
        Ok(()) => {}
        // A closed pipe (`| head`) is the reader's choice, not a failure.
        Err(e) if e.kind() == io::ErrorKind::BrokenPipe => {}
        Err(e) => {
            eprintln!("incident-map: cannot write output: {e}");
            return ExitCode::from(2);
        }
    }
    if failed {
        ExitCode::from(1)
    } else {
        ExitCode::SUCCESS
    }
}

/// What is kept of one file once extracted: its messages, its JSON line, its rows.
struct Done {
    path: String,
    error: Option<String>,
    warnings: Vec<String>,
    line: Option<Vec<u8>>,
    rows: Vec<Row>,
}
