//! What sits on the map besides the data: zoom buttons, "Frame the data" and "Zoom to
//! selection", a scale bar and a legend of kinds, precision areas and layers. Drawn over
//! the map's rectangle after the map; the buttons return what the user asked for.

use egui::{Align2, Color32, FontId, Rect, Stroke, Ui, pos2, vec2};

use super::style::{self, MapStyle};
use crate::events::EventKind;

/// What a map control asked for.
#[derive(Clone, Copy, Debug, PartialEq)]
pub enum MapRequest {
    ZoomIn,
    ZoomOut,
    /// Centre and zoom on the data.
    Frame,
    /// Centre on the selected event, closer in.
    ZoomToSelection,
    /// Centre on a point at a zoom (a double-clicked cluster).
    ZoomTo {
        lat: f64,
        lon: f64,
        zoom: f64,
    },
}

/// The buttons in the map's top-right corner.
pub fn buttons(ui: &mut Ui, map: Rect, has_selection: bool) -> Option<MapRequest> {
    let mut request = None;
    egui::Area::new(egui::Id::unique("map-buttons"))
        .fixed_pos(map.right_top() + vec2(-46.0, 10.0))
        .order(egui::Order::Foreground)
        .show(ui.ctx(), |ui| {
            ui.vertical(|ui| {
                let size = vec2(34.0, 22.0);
                let button = |text: &str| egui::Button::new(text).min_size(size);
                if ui
                    .add(button("+"))
                    .on_hover_text("Zoom in (wheel up)")
                    .clicked()
                {
                    request = Some(MapRequest::ZoomIn);
                }
                if ui
                    .add(button("−"))
                    .on_hover_text("Zoom out (wheel down)")
                    .clicked()
                {
                    request = Some(MapRequest::ZoomOut);
                }
                if ui
                    .add(button("Fit"))
                    .on_hover_text("Frame the data")
                    .clicked()
                {
                    request = Some(MapRequest::Frame);
                }
                if ui
                    .add_enabled(has_selection, button("Sel"))
                    .on_hover_text("Zoom to the selected event")
                    .clicked()
                {
                    request = Some(MapRequest::ZoomToSelection);
                }
            });
        });
    request
}

/// A scale bar for the map's centre latitude, at the bottom left: the longest round
/// length (1, 2 or 5 × 10ⁿ km) that fits in 120 points.
pub fn scale_bar(ui: &Ui, map: Rect, zoom: f64, latitude: f64, style: MapStyle) {
    // Web Mercator at walkers' 256-point tiles: metres per point at this latitude.
    let metres_per_point = 40_075_016.686 * latitude.to_radians().cos() / (256.0 * 2f64.powf(zoom));
    if !metres_per_point.is_finite() || metres_per_point <= 0.0 {
        return;
    }
    let max_metres = metres_per_point * 120.0;
    let magnitude = 10f64.powf(max_metres.log10().floor());
    let length = [5.0, 2.0, 1.0]
        .iter()
        .map(|f| f * magnitude)
        .find(|&l| l <= max_metres)
        .unwrap_or(magnitude);
    let points = (length / metres_per_point) as f32;
    let text = if length >= 1000.0 {
        format!("{} km", length / 1000.0)
    } else {
        format!("{length} m")
    };
    let painter = ui.painter_at(map);
    let base = map.left_bottom() + vec2(12.0, -14.0);
    let stroke = Stroke::new(2.0, style.label);
    painter.line_segment([base, base + vec2(points, 0.0)], stroke);
    for x in [0.0, points] {
        painter.line_segment([base + vec2(x, -5.0), base + vec2(x, 0.0)], stroke);
    }
    painter.text(
        base + vec2(points / 2.0, -4.0),
        Align2::CENTER_BOTTOM,
        text,
        FontId::proportional(11.0),
        style.label,
    );
}

/// The legend, at the bottom right: kinds (colour and shape), areas, imported layers.
pub fn legend(ui: &mut Ui, map: Rect, layers: &[(u16, String)]) {
    let height = 98.0 + 18.0 * layers.len() as f32;
    let rect = Rect::from_min_size(
        map.right_bottom() - vec2(240.0, height + 10.0),
        vec2(230.0, height),
    );
    let painter = ui.painter_at(map);
    painter.rect_filled(rect, 4.0, Color32::from_black_alpha(150));
    let mut y = rect.top() + 12.0;
    let row = |y: &mut f32, draw: &dyn Fn(egui::Pos2), text: &str| {
        let at = pos2(rect.left() + 16.0, *y);
        draw(at);
        painter.text(
            at + vec2(14.0, 0.0),
            Align2::LEFT_CENTER,
            text,
            FontId::proportional(12.0),
            Color32::WHITE,
        );
        *y += 18.0;
    };
    for (kind, name) in [
        (EventKind::Incident, "Incident"),
        (EventKind::Meeting, "Meeting"),
        (EventKind::Call, "Call"),
    ] {
        row(
            &mut y,
            &|at| style::marker(&painter, at, 6.0, (kind, 0), false),
            &format!("{name} ({})", style::shape_name(kind)),
        );
    }
    row(
        &mut y,
        &|at| {
            painter.circle(
                at,
                6.0,
                style::INCIDENT.gamma_multiply(0.18),
                Stroke::new(1.0, style::INCIDENT),
            );
        },
        "Province-level (area)",
    );
    row(
        &mut y,
        &|at| {
            painter.circle(at, 6.0, style::INCIDENT, Stroke::new(1.5, Color32::WHITE));
        },
        "Cluster (click: list, double: zoom)",
    );
    for (layer, name) in layers {
        let colour = style::layer_colour(*layer);
        row(
            &mut y,
            &|at| {
                painter.circle_filled(at, 5.0, colour);
            },
            name,
        );
    }
}

/// A one-line notice at the top of the map (online tiles failing).
pub fn notice(ui: &Ui, map: Rect, text: &str) {
    let painter = ui.painter_at(map);
    let galley =
        painter.layout_no_wrap(text.to_owned(), FontId::proportional(13.0), Color32::WHITE);
    let at = pos2(map.center().x - galley.size().x / 2.0, map.top() + 10.0);
    let rect = Rect::from_min_size(at, galley.size()).expand2(vec2(10.0, 5.0));
    painter.rect_filled(rect, 4.0, Color32::from_rgb(150, 60, 20));
    painter.galley(at, galley, Color32::WHITE);
}
