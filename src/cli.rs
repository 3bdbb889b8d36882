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
use crate::output::{FileJson, file_json};
use crate::pipeline::extract_paths;

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
    let records: Vec<(FileJson, Vec<Row>)> =
        extract_paths(paths, gazetteer, &corrections, |outcome| {
            let rows = match (&outcome.result, format) {
                (_, Format::Jsonl) | (Err(_), _) => Vec::new(),
                (Ok(extracted), _) => Row::all_of(&outcome.path, extracted, gazetteer),
            };
            (file_json(outcome, gazetteer), rows)
        });
    let mut failed = false;
    for (record, _) in &records {
        if let Some(error) = &record.error {
            eprintln!("incident-map: {}: {error}", record.path);
            failed = true;
        }
        for warning in &record.warnings {
            if !warning.starts_with("no date line") {
                eprintln!("incident-map: {}: warning: {warning}", record.path);
            }
        }
    }
    // Events, one per real incident: reports of one event in several files are merged
    // (with `reports` and `articles`); the JSON Lines contract stays per file.
    let rows = || -> Vec<Row> {
        crate::view::incidents::merge_rows(
            records
                .iter()
                .flat_map(|(_, rows)| rows.iter().cloned())
                .collect(),
        )
    };
    let mut out = io::BufWriter::new(io::stdout().lock());
    let written = match format {
        Format::Jsonl => write_jsonl(records.iter().map(|(r, _)| r), &mut out),
        Format::Geojson => serde_json::to_writer(&mut out, &exchange::geojson::write(&rows()))
            .map_err(io::Error::other)
            .and_then(|()| out.write_all(b"\n")),
        Format::Csv => exchange::csv::write(&rows(), &mut out),
        Format::Kml => exchange::kml::write(&rows(), &mut out),
    }
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

fn write_jsonl<'a>(
    records: impl Iterator<Item = &'a FileJson>,
    out: &mut impl Write,
) -> io::Result<()> {
    for record in records {
        serde_json::to_writer(&mut *out, record).map_err(io::Error::other)?;
        out.write_all(b"\n")?;
    }
    Ok(())
}
