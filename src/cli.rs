//! The headless command line: `incident-map extract [--format jsonl|geojson] PATH...`.
//!
//! Exit status: 0 when every input was read, 1 when some inputs failed (each has an
//! `error` record on stdout and a message on stderr), 2 for usage errors.

use std::io::{self, Write};
use std::path::PathBuf;
use std::process::ExitCode;

use clap::{Parser, Subcommand, ValueEnum};

use crate::gazetteer::Gazetteer;
use crate::output::{FileJson, feature_collection, file_json};
use crate::pipeline::extract_paths;

/// Finds places and events (incidents, meetings, calls) in news articles, offline.
#[derive(Parser, Debug)]
#[command(name = "incident-map", version, about, long_about = None)]
pub struct Cli {
    #[command(subcommand)]
    pub command: Option<Command>,
}

#[derive(Subcommand, Debug)]
pub enum Command {
    /// Extract places and events from articles and print them.
    ///
    /// Reads text files (optionally starting with a ` date YYYY-MM-DD` line and a dateline
    /// such as `ERBIL (Kurdistan 24) – `), JSON records and JSON Lines files with `title`,
    /// `date`, `text`, `source`, `url`, and directories (recursively). Prints one JSON
    /// object per article (JSON Lines; byte offsets into the file) or a GeoJSON
    /// FeatureCollection of the events. Exit status: 0 all inputs read, 1 some failed
    /// (their records carry an "error"), 2 usage error.
    Extract {
        /// Output format.
        #[arg(long, value_enum, default_value_t = Format::Jsonl)]
        format: Format,
        /// Files or directories to read.
        #[arg(required = true)]
        paths: Vec<PathBuf>,
    },
}

#[derive(Clone, Copy, Debug, ValueEnum)]
pub enum Format {
    /// One JSON object per article (the evaluation contract).
    Jsonl,
    /// A GeoJSON FeatureCollection of the events.
    Geojson,
}

/// Runs `extract` and returns the process exit code.
pub fn run_extract(format: Format, paths: &[PathBuf]) -> ExitCode {
    let gazetteer = match Gazetteer::embedded() {
        Ok(gazetteer) => gazetteer,
        Err(error) => {
            eprintln!("incident-map: the built-in gazetteer is broken: {error}");
            return ExitCode::from(2);
        }
    };
    let records: Vec<FileJson> =
        extract_paths(paths, gazetteer, |outcome| file_json(outcome, gazetteer));
    let mut failed = false;
    for record in &records {
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
    let written = match format {
        Format::Jsonl => write_jsonl(&records),
        Format::Geojson => write_geojson(&records),
    };
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

fn write_jsonl(records: &[FileJson]) -> io::Result<()> {
    let mut out = io::BufWriter::new(io::stdout().lock());
    for record in records {
        serde_json::to_writer(&mut out, record).map_err(io::Error::other)?;
        out.write_all(b"\n")?;
    }
    out.flush()
}

fn write_geojson(records: &[FileJson]) -> io::Result<()> {
    let mut out = io::BufWriter::new(io::stdout().lock());
    serde_json::to_writer(&mut out, &feature_collection(records)).map_err(io::Error::other)?;
    out.write_all(b"\n")?;
    out.flush()
}
