//! `incident-map`: the command-line entry point.

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
        Some(Command::Extract { format, paths }) => run_extract(format, &paths),
        None => {
            eprintln!("incident-map: no command given; try `incident-map extract --help`");
            ExitCode::from(2)
        }
    }
}
