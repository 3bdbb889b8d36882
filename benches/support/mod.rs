//! What the app benches share: the input of one frame in a laptop-sized window.

/// One frame's input for a 1280×800 window, nothing pressed.
pub fn window_input() -> egui::RawInput {
    egui::RawInput {
        screen_rect: Some(egui::Rect::from_min_size(
            egui::Pos2::ZERO,
            egui::vec2(1280.0, 800.0),
        )),
        ..Default::default()
    }
}
