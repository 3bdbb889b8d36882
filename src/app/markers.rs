//! Event markers on the map: clusters with counts, one shape and colour per kind, shaded
//! areas for province-level events. Country-level events are not drawn here (they are in
//! the country tray). Each marker is an accessible button ("Select …") so tests and screen
//! readers can find it.

use egui::{Align2, Color32, FontId, Id, Rect, Sense, Shape, Stroke, vec2};
use walkers::{MapMemory, Plugin, Projector, lon_lat};

use super::basemap::{Basemap, ScreenTransform, project_line};
use super::style;
use crate::view::catalog::{EventRecord, Precision, date_of};
use crate::view::clusters::Cluster;

/// What the user did with a marker this frame.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum MarkerAction {
    /// One event clicked.
    Select(u32),
    /// A cluster clicked: show its members.
    OpenCluster(Vec<u32>),
}

/// The markers plugin, built each frame from borrowed app data.
pub struct Markers<'a> {
    pub events: &'a [EventRecord],
    pub clusters: &'a [Cluster],
    /// Visible province-level events.
    pub areas: &'a [u32],
    pub selected: Option<u32>,
    pub action: &'a mut Option<MarkerAction>,
}

/// The accessible label of a single event's marker.
pub fn marker_label(event: &EventRecord) -> String {
    let date = event
        .from
        .map(|d| date_of(d).to_string())
        .unwrap_or_else(|| "undated".into());
    format!(
        "Select {} {} in {} on {}",
        event.kind.as_str(),
        event.subtype,
        event.place,
        date
    )
}

fn tooltip(event: &EventRecord) -> String {
    let date = match (event.from, event.to) {
        (Some(a), Some(b)) if a != b => format!("{} – {}", date_of(a), date_of(b)),
        (Some(a), _) => date_of(a).to_string(),
        _ => "date unknown".into(),
    };
    format!(
        "{} ({}, {})\n{}\n{} · precision {}{}",
        event.kind.as_str(),
        event.subtype,
        style::shape_name(event.kind),
        event.place,
        date,
        event.precision.as_str(),
        if event.actors.is_empty() {
            String::new()
        } else {
            format!("\n{}", event.actors.join(", "))
        }
    )
}

impl Plugin for Markers<'_> {
    fn run(
        self: Box<Self>,
        ui: &mut egui::Ui,
        _response: &egui::Response,
        projector: &Projector,
        _memory: &MapMemory,
    ) {
        let clip = projector.clip_rect();
        let painter = ui.painter_at(clip);
        let basemap = Basemap::embedded();
        let transform = ScreenTransform::of(projector);
        for &i in self.areas {
            let Some(event) = self.events.get(i as usize) else {
                continue;
            };
            let fill = style::colour(event.kind).gamma_multiply(0.18);
            let stroke = Stroke::new(
                if self.selected == Some(i) { 2.5 } else { 1.0 },
                style::colour(event.kind),
            );
            // The division's outline (when the basemap has it) and a ring at its centre: an
            // area, never a pin.
            if let Some(area) = basemap.area(&event.country_code, &event.admin1) {
                for ring in &area.rings {
                    if let Some(points) = project_line(ring, &transform, clip) {
                        painter.add(Shape::line(points, stroke));
                    }
                }
            }
            let centre = projector.project(lon_lat(event.lon, event.lat)).to_pos2();
            painter.circle(centre, 18.0, fill, stroke);
            let rect = Rect::from_center_size(centre, vec2(36.0, 36.0));
            let response = ui
                .interact(rect, Id::unique(("area", i)), Sense::click())
                .on_hover_text(tooltip(event));
            let label = marker_label(event);
            response.widget_info(|| egui::WidgetInfo::labeled(egui::Role::Button, true, &label));
            if response.clicked() {
                *self.action = Some(MarkerAction::Select(i));
            }
        }
        for cluster in self.clusters {
            let at = projector
                .project(lon_lat(cluster.lon, cluster.lat))
                .to_pos2();
            if !clip.expand(30.0).contains(at) {
                continue;
            }
            let count = cluster.members.len();
            if count == 1 {
                let i = cluster.members[0];
                let Some(event) = self.events.get(i as usize) else {
                    continue;
                };
                let selected = self.selected == Some(i);
                style::marker(
                    &painter,
                    at,
                    if selected { 9.0 } else { 7.0 },
                    event.kind,
                    selected,
                );
                let rect = Rect::from_center_size(at, vec2(20.0, 20.0));
                let response = ui
                    .interact(rect, Id::unique(("event", i)), Sense::click())
                    .on_hover_text(tooltip(event));
                let label = marker_label(event);
                response
                    .widget_info(|| egui::WidgetInfo::labeled(egui::Role::Button, true, &label));
                if response.clicked() {
                    *self.action = Some(MarkerAction::Select(i));
                }
                continue;
            }
            let radius = 10.0 + 4.0 * (count as f32).log10() * 2.0;
            let kind = cluster.main_kind();
            let contains_selected = self.selected.is_some_and(|s| cluster.members.contains(&s));
            painter.circle(
                at,
                radius,
                style::colour(kind).gamma_multiply(0.85),
                Stroke::new(
                    if contains_selected { 3.0 } else { 2.0 },
                    if contains_selected {
                        style::SELECTED
                    } else {
                        Color32::WHITE
                    },
                ),
            );
            painter.text(
                at,
                Align2::CENTER_CENTER,
                count.to_string(),
                FontId::proportional(12.0),
                Color32::WHITE,
            );
            let rect = Rect::from_center_size(at, vec2(radius * 2.0, radius * 2.0));
            let [inc, meet, call] = cluster.by_kind;
            let response = ui
                .interact(rect, Id::unique(("cluster", cluster.members[0])), Sense::click())
                .on_hover_text(format!("{count} events: {inc} incidents, {meet} meetings, {call} calls\nclick to list them"));
            let label = format!("Open cluster of {count} events");
            response.widget_info(|| egui::WidgetInfo::labeled(egui::Role::Button, true, &label));
            if response.clicked() {
                *self.action = Some(MarkerAction::OpenCluster(cluster.members.clone()));
            }
        }
    }
}

/// Whether an event is drawn as an area (province-level).
pub fn is_area(event: &EventRecord) -> bool {
    event.precision == Precision::Province
}
