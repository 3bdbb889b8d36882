//! `incident-map`: with no command, the desktop app on the shipped corpus; with `extract`,
//! the headless CLI.

use std::process::ExitCode;

use clap::Parser;
use incident_map::cli::{Cli, Command, run_extract};

fn main() -> ExitCode {
    let cli = match Cli::try_parse() {
        Ok(cli) => cli,
        Err(error) => {
            let usage = error.use_stderr();
            error.print().ok();
            return ExitCode::from(if usage { 2 } else { 0 });
        }
    };
    match cli.command {
        Some(Command::Extract {
            format,
            corrections,
            paths,
        }) => run_extract(format, corrections.as_deref(), &paths),
        None => {
            // A path that is not there is a typo (or an unknown command): say so rather
            // than open a window without it.
            if let Some(missing) = cli.paths.iter().find(|p| !p.exists()) {
                eprintln!(
                    "incident-map: no such file or folder: {} (commands: extract; see --help)",
                    missing.display()
                );
                return ExitCode::from(2);
            }
            run_app(cli.paths)
        }
    }
}

/// Without a command: the desktop app on the shipped corpus, the remembered workspace
/// and the paths given.
#[cfg(feature = "gui")]
fn run_app(paths: Vec<std::path::PathBuf>) -> ExitCode {
    match incident_map::app::run(paths) {
        Ok(()) => ExitCode::SUCCESS,
        Err(error) => {
            eprintln!("incident-map: cannot open the window: {error}");
            ExitCode::from(1)
        }
    }
}

#[cfg(not(feature = "gui"))]
fn run_app(_paths: Vec<std::path::PathBuf>) -> ExitCode {
    eprintln!("incident-map: built without the desktop app; try `incident-map extract --help`");
    ExitCode::from(2)
}
