//! The app's side of a watched folder: changes from [`crate::watch::FolderWatch`] replace
//! what was read from each file, and events that arrive are marked "new since".

use std::path::Path;
use std::sync::Arc;
use std::time::SystemTime;

use chrono::{DateTime, Utc};

use super::IncidentApp;
use crate::view::catalog::Problem;
use crate::watch::{Change, FolderWatch};

impl IncidentApp {
    /// Follows `dir`: its articles load now, and files added, changed or deleted later
    /// show on the map within a second.
    pub fn watch_folder(&mut self, dir: &Path, ctx: &egui::Context) -> Result<(), String> {
        let ctx = ctx.clone();
        let watch = FolderWatch::start(dir, self.gazetteer, self.corrections.clone(), move || {
            ctx.request_repaint()
        })?;
        self.status.clear(); // The menu bar says "following …" while it lasts.
        self.watching_since = Some(clock_now());
        self.watch = Some(watch);
        self.settings.workspace.followed = Some(super::workspace::absolute(dir));
        Ok(())
    }
}

impl IncidentApp {
    /// Stops following the folder; what it brought stays, the next start does not follow.
    pub fn stop_following(&mut self) {
        self.watch = None;
        self.watching_since = None;
        self.settings.workspace.followed = None;
    }
}

/// Applies the changes that arrived (at most 100 a frame, so the UI keeps its rate).
pub fn receive(app: &mut IncidentApp) {
    let Some(watch) = &app.watch else { return };
    let changes = watch.drain(100);
    if changes.is_empty() {
        return;
    }
    let dir = watch.dir.display().to_string();
    app.keep_selection(|app| {
        for change in changes {
            match change {
                Change::Updated {
                    path,
                    outcomes,
                    initial,
                    corrections,
                } => {
                    app.catalog.remove_path(&path);
                    let stale = !Arc::ptr_eq(&corrections, &app.corrections);
                    for outcome in outcomes {
                        let outcome = if stale {
                            app.with_current_corrections(outcome)
                        } else {
                            outcome
                        };
                        app.catalog.add(outcome, app.gazetteer, !initial);
                    }
                }
                Change::Removed { path } => app.catalog.remove_path(&path),
                Change::Failed { message } => app.catalog.problems.push(Problem {
                    path: dir.clone(),
                    message,
                }),
            }
        }
    });
}

/// The time now, as the badge shows it ("14:05 UTC").
pub fn clock_now() -> String {
    DateTime::<Utc>::from(SystemTime::now())
        .format("%H:%M UTC")
        .to_string()
}
