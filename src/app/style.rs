//! Colours and shapes per event kind: the only place that picks them.
//!
//! Okabe–Ito colours (safe for the common colour-vision deficiencies), with a distinct
//! shape per kind so that colour is never the only cue.

use egui::{Color32, Painter, Pos2, Shape, Stroke, epaint::CircleShape, vec2};

use crate::events::EventKind;

pub const INCIDENT: Color32 = Color32::from_rgb(0xD5, 0x5E, 0x00); // vermillion
pub const MEETING: Color32 = Color32::from_rgb(0x00, 0x72, 0xB2); // blue
pub const CALL: Color32 = Color32::from_rgb(0x00, 0x9E, 0x73); // bluish green
/// The offline basemap's colours: land and water told apart, borders, place names.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct MapStyle {
    pub sea: Color32,
    pub land: Color32,
    pub border: Color32,
    pub province_line: Color32,
    pub label: Color32,
    /// Drawn around label text so it reads on land, sea and lines alike.
    pub halo: Color32,
}

/// Light map: pale blue water, warm grey land.
pub const LIGHT_MAP: MapStyle = MapStyle {
    sea: Color32::from_rgb(0xBF, 0xD7, 0xEA),
    land: Color32::from_rgb(0xF2, 0xEF, 0xE6),
    border: Color32::from_rgb(0x7A, 0x86, 0x90),
    province_line: Color32::from_rgb(0xB4, 0xBC, 0xC4),
    label: Color32::from_rgb(0x33, 0x33, 0x33),
    halo: Color32::from_rgba_premultiplied(0xF2, 0xEF, 0xE6, 0xD0),
};

/// Dark map: night blue water, slate land.
pub const DARK_MAP: MapStyle = MapStyle {
    sea: Color32::from_rgb(0x1B, 0x26, 0x33),
    land: Color32::from_rgb(0x3A, 0x3F, 0x45),
    border: Color32::from_rgb(0x8A, 0x94, 0x9C),
    province_line: Color32::from_rgb(0x5C, 0x64, 0x6C),
    label: Color32::from_rgb(0xE6, 0xE6, 0xE6),
    halo: Color32::from_rgba_premultiplied(0x1B, 0x26, 0x33, 0xD0),
};
pub const SELECTED: Color32 = Color32::from_rgb(0xF0, 0xE4, 0x42); // yellow
pub const HIGHLIGHT_PLACE: Color32 = Color32::from_rgb(0xCC, 0xE5, 0xF5);
pub const HIGHLIGHT_TRIGGER: Color32 = Color32::from_rgb(0xF9, 0xD7, 0xB8);

pub fn colour(kind: EventKind) -> Color32 {
    match kind {
        EventKind::Incident | EventKind::Other => INCIDENT,
        EventKind::Meeting => MEETING,
        EventKind::Call => CALL,
    }
}

/// The colour of an imported layer (1, 2, …): the Okabe–Ito colours the kinds do not use,
/// so a curated dataset never looks like extracted events. Layer 0 (extracted) has none.
pub fn layer_colour(layer: u16) -> Color32 {
    const LAYERS: [Color32; 4] = [
        Color32::from_rgb(0xCC, 0x79, 0xA7), // reddish purple
        Color32::from_rgb(0x56, 0xB4, 0xE9), // sky blue
        Color32::from_rgb(0xE6, 0x9F, 0x00), // orange
        Color32::from_rgb(0x40, 0x40, 0x40), // near black
    ];
    LAYERS[usize::from(layer.saturating_sub(1)) % LAYERS.len()]
}

/// The fill of an event's marker: its kind's colour, or its imported layer's.
pub fn fill(kind: EventKind, layer: u16) -> Color32 {
    if layer == 0 {
        colour(kind)
    } else {
        layer_colour(layer)
    }
}

/// Name of the shape, for legends and tooltips.
pub fn shape_name(kind: EventKind) -> &'static str {
    match kind {
        EventKind::Incident | EventKind::Other => "triangle",
        EventKind::Meeting => "circle",
        EventKind::Call => "diamond",
    }
}

/// Draws the marker of one kind centred at `at`, `radius` pixels.
/// Imported layers get a dark outline.
pub fn marker(
    painter: &Painter,
    at: Pos2,
    radius: f32,
    (kind, layer): (EventKind, u16),
    selected: bool,
) {
    let fill = fill(kind, layer);
    let outline = if layer == 0 {
        Color32::WHITE
    } else {
        Color32::BLACK
    };
    let stroke = Stroke::new(
        if selected { 3.0 } else { 1.5 },
        if selected { SELECTED } else { outline },
    );
    match kind {
        EventKind::Meeting => {
            painter.add(CircleShape {
                center: at,
                radius,
                fill,
                stroke,
            });
        }
        EventKind::Call => {
            let points = vec![
                at + vec2(0.0, -radius * 1.2),
                at + vec2(radius * 1.2, 0.0),
                at + vec2(0.0, radius * 1.2),
                at + vec2(-radius * 1.2, 0.0),
            ];
            painter.add(Shape::convex_polygon(points, fill, stroke));
        }
        EventKind::Incident | EventKind::Other => {
            let r = radius * 1.25;
            let points = vec![
                at + vec2(0.0, -r),
                at + vec2(r * 0.95, r * 0.7),
                at + vec2(-r * 0.95, r * 0.7),
            ];
            painter.add(Shape::convex_polygon(points, fill, stroke));
        }
    }
}
