//! Native file dialogs (rfd: the desktop portal, else zenity), and what to do when there
//! is none: a machine without a portal or zenity makes rfd return "nothing picked" at once,
//! exactly as a cancel does. The app tells the two apart so it can say so and offer the
//! typed path instead of failing silently.

use std::path::PathBuf;
use std::time::{Duration, Instant};

/// What the user asked the dialog for.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Pick {
    Articles,
    Folder,
    Layer,
    /// An offline tile package (PMTiles).
    Tiles,
    /// A file to write, suggested name given, in the working folder.
    Save(String),
}

/// What came back.
#[derive(Debug, PartialEq, Eq)]
pub enum Picked {
    Paths(Vec<PathBuf>),
    /// The user closed the dialog.
    Cancelled,
    /// No dialog could be shown: no portal on the session bus and no zenity.
    Unavailable,
}

/// A person takes longer than this to cancel a dialog; "nothing" sooner means none opened.
const FASTEST_CANCEL: Duration = Duration::from_millis(250);

/// Shows the dialog and waits for it.
pub fn pick(what: Pick) -> Picked {
    if !dialog_possible() {
        return Picked::Unavailable;
    }
    let started = Instant::now();
    let dialog = rfd::FileDialog::new();
    let paths = match what {
        Pick::Articles => dialog
            .add_filter(
                "articles",
                &[
                    "txt", "json", "jsonl", "ndjson", "html", "htm", "rss", "atom", "xml", "pdf",
                ],
            )
            .pick_files(),
        Pick::Folder => dialog.pick_folder().map(|p| vec![p]),
        Pick::Layer => dialog
            .add_filter("events", &["geojson", "json", "csv", "tsv"])
            .pick_file()
            .map(|p| vec![p]),
        Pick::Tiles => dialog
            .add_filter("tile packages", &["pmtiles"])
            .pick_file()
            .map(|p| vec![p]),
        Pick::Save(name) => dialog
            .set_directory(std::env::current_dir().unwrap_or_default())
            .set_file_name(name)
            .save_file()
            .map(|p| vec![p]),
    };
    match paths {
        Some(paths) if !paths.is_empty() => Picked::Paths(paths),
        _ if started.elapsed() < FASTEST_CANCEL => Picked::Unavailable,
        _ => Picked::Cancelled,
    }
}

/// Whether rfd has anything to show a dialog with: a session bus (for the portal) or
/// zenity on the PATH. Elsewhere (Windows, macOS) the system dialog is always there.
fn dialog_possible() -> bool {
    if !cfg!(target_os = "linux") {
        return true;
    }
    let session_bus = std::env::var_os("DBUS_SESSION_BUS_ADDRESS").is_some()
        || std::env::var_os("XDG_RUNTIME_DIR")
            .is_some_and(|dir| PathBuf::from(dir).join("bus").exists());
    session_bus || on_path("zenity")
}

fn on_path(program: &str) -> bool {
    std::env::var_os("PATH")
        .is_some_and(|paths| std::env::split_paths(&paths).any(|dir| dir.join(program).is_file()))
}

/// What the app says when no dialog could open.
pub const UNAVAILABLE: &str =
    "No file dialog on this system (no desktop portal or zenity): type the path instead.";

/// Which typed-path field to give the keyboard to, after a dialog could not open.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum PathField {
    Open,
    Save,
}
