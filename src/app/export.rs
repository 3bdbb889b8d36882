//! File > Export: what is shown (filters and time window applied) as GeoJSON, CSV or KML,
//! and the map view as PNG.

use std::fs::File;
use std::io::{BufWriter, Write};
use std::path::{Path, PathBuf};
use std::sync::mpsc::{Receiver, channel};

use super::IncidentApp;
use super::dialogs::{PathField, Pick, Picked, UNAVAILABLE, pick};
use crate::exchange;
use crate::view::catalog::Problem;

/// What to export.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum ExportFormat {
    Geojson,
    Csv,
    Kml,
}

impl ExportFormat {
    pub fn extension(self) -> &'static str {
        match self {
            ExportFormat::Geojson => "geojson",
            ExportFormat::Csv => "csv",
            ExportFormat::Kml => "kml",
        }
    }
}

/// The export controls' state.
#[derive(Default)]
pub struct ExportState {
    /// The typed destination (used when no file dialog is available).
    pub path: String,
    /// Where the map is on screen, for the PNG.
    pub map_rect: Option<egui::Rect>,
    /// A PNG being written: the screenshot arrives a frame or two later.
    png: Option<Receiver<Result<String, String>>>,
}

impl IncidentApp {
    /// Writes the events currently shown to `path`. Returns how many were written.
    pub fn export_visible(&mut self, path: &Path, format: ExportFormat) -> Result<usize, String> {
        // One row per incident shown, with every article that reports it.
        let rows: Vec<crate::exchange::Row> = self
            .derived
            .visible
            .iter()
            .filter_map(|&lead| {
                let reports = self.reports_of(lead);
                let mut rows = self.catalog.rows(&reports, self.gazetteer).into_iter();
                let mut incident = crate::view::incidents::first_report(rows.next()?);
                for row in rows {
                    crate::view::incidents::add_report(&mut incident, row);
                }
                Some(incident)
            })
            .collect();
        let written = File::create(path).and_then(|file| {
            let mut out = BufWriter::new(file);
            match format {
                ExportFormat::Geojson => {
                    serde_json::to_writer_pretty(&mut out, &exchange::geojson::write(&rows))
                        .map_err(std::io::Error::other)?;
                    out.write_all(b"\n")?;
                }
                ExportFormat::Csv => exchange::csv::write(&rows, &mut out)?,
                ExportFormat::Kml => exchange::kml::write(&rows, &mut out)?,
            }
            out.into_inner().map_err(|e| e.into_error())?.sync_all()
        });
        match written {
            Ok(()) => {
                self.status = format!("Exported {} events to {}", rows.len(), path.display());
                Ok(rows.len())
            }
            Err(e) => {
                let message = format!("{}: cannot export: {e}", path.display());
                self.report(&message);
                Err(message)
            }
        }
    }

    /// Saves the map view as PNG at `path` once the next frame is rendered.
    pub fn export_png(&mut self, path: PathBuf, ctx: &egui::Context) {
        let Some(rect) = self.export.map_rect else {
            return;
        };
        let (sender, receiver) = channel();
        let pixels_per_point = ctx.pixels_per_point();
        let wake = ctx.clone();
        ctx.request_screenshot(move |image| {
            // The map's rectangle from the last frame, kept inside the image in case the
            // window shrank since.
            let [w, h] = image.size;
            let bounds = egui::Rect::from_min_size(
                egui::Pos2::ZERO,
                egui::vec2(w as f32, h as f32) / pixels_per_point,
            );
            let rect = rect.intersect(bounds);
            if !rect.is_positive() {
                sender.send(Err("the map is not on screen".to_owned())).ok();
                return;
            }
            let map = image.region(&rect, Some(pixels_per_point));
            let [width, height] = map.size;
            let rgba: Vec<u8> = map.pixels.iter().flat_map(|c| c.to_array()).collect();
            let saved = image::RgbaImage::from_raw(width as u32, height as u32, rgba)
                .ok_or_else(|| "the screenshot has no pixels".to_owned())
                .and_then(|img| {
                    img.save_with_format(&path, image::ImageFormat::Png)
                        .map_err(|e| format!("{}: cannot save PNG: {e}", path.display()))
                })
                .map(|()| format!("Saved the map view to {}", path.display()));
            sender.send(saved).ok();
            wake.request_repaint();
        });
        self.export.png = Some(receiver);
        self.status = "Saving the map view…".to_owned();
    }

    fn report(&mut self, message: &str) {
        self.status = message.to_owned();
        self.catalog.problems.push(Problem {
            path: "export".to_owned(),
            message: message.to_owned(),
        });
    }
}

/// Picks up the PNG result.
pub fn receive(app: &mut IncidentApp) {
    let Some(receiver) = &app.export.png else {
        return;
    };
    if let Ok(result) = receiver.try_recv() {
        app.export.png = None;
        match result {
            Ok(message) => app.status = message,
            Err(message) => app.report(&message),
        }
    }
}

/// The File > Export entries.
pub fn menu(app: &mut IncidentApp, ui: &mut egui::Ui) {
    ui.label(format!(
        "Export the {} events shown:",
        app.derived.visible.len()
    ));
    for (label, format) in [
        ("GeoJSON…", ExportFormat::Geojson),
        ("CSV (ACLED-like)…", ExportFormat::Csv),
        ("KML (Google Earth)…", ExportFormat::Kml),
    ] {
        if ui.button(label).clicked()
            && let Some(path) = destination(app, format.extension(), "events", ui)
        {
            app.export_visible(&path, format).ok();
        }
    }
    if ui.button("Map view as PNG…").clicked()
        && let Some(path) = destination(app, "png", "map", ui)
    {
        app.export_png(path, &ui.ctx().clone());
    }
    ui.horizontal(|ui| {
        let label = ui.label("Or save to");
        let field = ui
            .add(
                egui::TextEdit::singleline(&mut app.export.path)
                    .hint_text("/path/events (or leave empty for a dialog)")
                    .desired_width(200.0),
            )
            .labelled_by(label.id);
        if app.focus_path == Some(PathField::Save) {
            field.request_focus();
            app.focus_path = None;
        }
    });
}

/// Where to write: the typed destination, else the system's save dialog. Closes the menu
/// unless no dialog could open, in which case the typed field gets the keyboard.
fn destination(
    app: &mut IncidentApp,
    extension: &str,
    stem: &str,
    ui: &mut egui::Ui,
) -> Option<PathBuf> {
    if let Some(path) = typed_path(app, extension) {
        ui.close();
        return Some(path);
    }
    match pick(Pick::Save(format!("{stem}.{extension}"))) {
        Picked::Paths(mut paths) => {
            ui.close();
            paths.pop()
        }
        Picked::Cancelled => {
            ui.close();
            None
        }
        Picked::Unavailable => {
            app.status = UNAVAILABLE.to_owned();
            app.focus_path = Some(PathField::Save);
            None
        }
    }
}

/// The typed destination with the format's extension, if the user typed one.
fn typed_path(app: &IncidentApp, extension: &str) -> Option<PathBuf> {
    let typed = app.export.path.trim();
    if typed.is_empty() {
        return None;
    }
    let path = PathBuf::from(typed);
    Some(if path.extension().is_some_and(|e| e == extension) {
        path
    } else {
        path.with_extension(extension)
    })
}
