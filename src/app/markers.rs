//! Event markers on the map: clusters with counts, one shape and colour per kind, and one
//! outlined area with a count per province for province-level events. Country-level events are not drawn here (they are in
//! the country tray). Each marker is an accessible button ("Select …") so tests and screen
//! readers can find it.

use egui::{Align2, Color32, FontId, Id, Rect, Sense, Shape, Stroke, vec2};
use walkers::{MapMemory, Plugin, Projector, lon_lat};

use super::basemap::{Basemap, ScreenTransform, project_line};
use super::style;
use crate::view::areas::AreaGroup;
use crate::view::catalog::{EventRecord, date_of};
use crate::view::clusters::Cluster;

/// What the user did with a marker this frame.
#[derive(Clone, Debug, PartialEq)]
pub enum MarkerAction {
    /// One event clicked.
    Select(u32),
    /// The selected event's pin was dragged and dropped here.
    PinDropped { event: u32, lat: f64, lon: f64 },
    /// A cluster clicked: show its members.
    OpenCluster(Vec<u32>),
    /// A cluster double-clicked: zoom into it.
    ZoomInto { lat: f64, lon: f64 },
}

/// The markers plugin, built each frame from borrowed app data.
pub struct Markers<'a> {
    pub events: &'a [EventRecord],
    pub clusters: &'a [Cluster],
    /// Visible province-level events, one group per province.
    pub areas: &'a [AreaGroup],
    pub selected: Option<u32>,
    /// The index in `clusters` of the cluster holding `selected`, if any.
    pub selected_cluster: Option<usize>,
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
    let what = if event.subtype == event.kind.as_str() {
        event.subtype.clone()
    } else {
        format!("{} ({})", event.subtype, event.kind.as_str())
    };
    format!(
        "{what}\n{}\n{} · precision {}{}",
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
        mut self: Box<Self>,
        ui: &mut egui::Ui,
        _response: &egui::Response,
        projector: &Projector,
        _memory: &MapMemory,
    ) {
        let clip = projector.clip_rect();
        let painter = ui.painter_at(clip);
        let transform = ScreenTransform::of(projector);
        let (events, areas) = (self.events, self.areas);
        let selected_event = self.selected.and_then(|i| events.get(i as usize));
        for group in areas {
            self.area(ui, &painter, &transform, projector, group, selected_event);
        }
        for (c, cluster) in self.clusters.iter().enumerate() {
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
                    (event.kind, event.layer),
                    selected,
                );
                if event.new {
                    new_badge(&painter, at);
                }
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
            let contains_selected = self.selected_cluster == Some(c);
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
                .interact(
                    rect,
                    Id::unique(("cluster", cluster.members[0])),
                    Sense::click(),
                )
                .on_hover_text(format!(
                    "{count} events: {}, {}, {}\nclick to list them, double-click to zoom in",
                    super::words::counted(inc as usize, "incident"),
                    super::words::counted(meet as usize, "meeting"),
                    super::words::counted(call as usize, "call"),
                ));
            let label = format!("Open cluster of {count} events");
            response.widget_info(|| egui::WidgetInfo::labeled(egui::Role::Button, true, &label));
            if response.double_clicked() {
                *self.action = Some(MarkerAction::ZoomInto {
                    lat: cluster.lat,
                    lon: cluster.lon,
                });
            } else if response.clicked() {
                *self.action = Some(MarkerAction::OpenCluster(cluster.members.clone()));
            }
            if cluster.new > 0 {
                new_badge(&painter, at + vec2(radius * 0.4, 0.0));
            }
        }
        self.pin_handle(ui, &painter, projector);
    }
}

impl Markers<'_> {
    /// One province's events: its outline (when the basemap has it), a ring at its centre
    /// with their count, one widget. Nothing is drawn or made clickable out of view.
    fn area(
        &mut self,
        ui: &mut egui::Ui,
        painter: &egui::Painter,
        transform: &ScreenTransform,
        projector: &Projector,
        group: &AreaGroup,
        selected: Option<&EventRecord>,
    ) {
        let clip = projector.clip_rect();
        let count = group.members.len();
        let Some(&first) = group.members.first() else {
            return;
        };
        let contains_selected = selected.is_some_and(|e| group.holds(e));
        let colour = style::fill(group.main_kind(), group.layer);
        let stroke = Stroke::new(if contains_selected { 2.5 } else { 1.0 }, colour);
        // The outline culls itself ring by ring (bounding boxes) and drops sub-pixel
        // points: its level of detail follows the zoom.
        if let Some(area) = Basemap::embedded().area(&group.country_code, &group.admin1) {
            for ring in &area.rings {
                if let Some(points) = project_line(ring, transform, clip) {
                    painter.add(Shape::line(points, stroke));
                }
            }
        }
        let centre = projector.project(lon_lat(group.lon, group.lat)).to_pos2();
        let radius = if count == 1 {
            18.0
        } else {
            18.0 + 3.0 * (count as f32).log10()
        };
        if !clip.expand(radius).contains(centre) {
            return;
        }
        painter.circle(centre, radius, colour.gamma_multiply(0.18), stroke);
        if count > 1 {
            painter.text(
                centre,
                Align2::CENTER_CENTER,
                count.to_string(),
                FontId::proportional(12.0),
                style::fill(group.main_kind(), group.layer),
            );
        }
        let rect = Rect::from_center_size(centre, vec2(radius * 2.0, radius * 2.0));
        let response = ui.interact(
            rect,
            Id::unique(("area", group.country_code.as_str(), first)),
            Sense::click(),
        );
        if count == 1 {
            let Some(event) = self.events.get(first as usize) else {
                return;
            };
            let response = response.on_hover_text(tooltip(event));
            let label = marker_label(event);
            response.widget_info(|| egui::WidgetInfo::labeled(egui::Role::Button, true, &label));
            if response.clicked() {
                *self.action = Some(MarkerAction::Select(first));
            }
            return;
        }
        let [inc, meet, call] = group.by_kind;
        let response = response.on_hover_text(format!(
            "{count} province-level events in {}: {}, {}, {}\nclick to list them",
            group.place,
            super::words::counted(inc as usize, "incident"),
            super::words::counted(meet as usize, "meeting"),
            super::words::counted(call as usize, "call"),
        ));
        let label = format!("Open province {} with {count} events", group.place);
        response.widget_info(|| egui::WidgetInfo::labeled(egui::Role::Button, true, &label));
        if response.clicked() {
            *self.action = Some(MarkerAction::OpenCluster(group.members.clone()));
        }
    }

    /// The selected extracted event, when it is a pin, can be dragged to where it really
    /// is; dropping it asks for a correction.
    fn pin_handle(&mut self, ui: &mut egui::Ui, painter: &egui::Painter, projector: &Projector) {
        let Some(i) = self.selected else { return };
        let Some(event) = self.events.get(i as usize) else {
            return;
        };
        if event.layer != 0 || !event.precision.is_pin() {
            return;
        }
        let at = projector.project(lon_lat(event.lon, event.lat)).to_pos2();
        let rect = Rect::from_center_size(at, vec2(22.0, 22.0));
        let response = ui
            .interact(rect, Id::unique(("drag-pin", i)), Sense::click_and_drag())
            .on_hover_cursor(egui::CursorIcon::Grab)
            .on_hover_text("Drag to move this event's place; release to save the correction");
        let label = format!("Drag pin of {}", marker_label(event));
        response.widget_info(|| egui::WidgetInfo::labeled(egui::Role::Button, true, &label));
        if response.clicked() {
            *self.action = Some(MarkerAction::Select(i));
        }
        if let Some(pointer) = response.interact_pointer_pos()
            && (response.dragged() || response.drag_stopped())
        {
            painter.line_segment([at, pointer], Stroke::new(1.5, style::SELECTED));
            style::marker(painter, pointer, 9.0, (event.kind, event.layer), true);
            if response.drag_stopped() {
                let position = projector.unproject(pointer.to_vec2());
                // On the globe whatever the map shows: Web Mercator's latitude limit,
                // longitudes wrapped past the antimeridian.
                *self.action = Some(MarkerAction::PinDropped {
                    event: i,
                    lat: position.y().clamp(-85.05, 85.05),
                    lon: (position.x() + 180.0).rem_euclid(360.0) - 180.0,
                });
            }
        }
    }
}

/// A small yellow dot: arrived while the app was open.
fn new_badge(painter: &egui::Painter, at: egui::Pos2) {
    painter.circle(
        at + vec2(8.0, -9.0),
        4.0,
        style::SELECTED,
        Stroke::new(1.0, Color32::BLACK),
    );
}
