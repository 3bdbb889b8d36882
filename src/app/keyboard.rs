//! Keyboard shortcuts for the list and the map, and the window that lists them (`?`).
//!
//! Keys act only when no text field has the keyboard: typing "2023-10" in the search box
//! or a date field must not move the selection. The slider's ← → live in the timeline and
//! follow the same rule.

use egui::{Context, Key, Modifiers};

/// What a shortcut asks for.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Shortcut {
    /// Select the next event of the list shown (the open cluster, else all shown).
    Next,
    Previous,
    First,
    Last,
    /// Centre and zoom on the selection.
    ZoomToSelection,
    /// Clear the selection; with none, close the open cluster.
    Clear,
    ZoomIn,
    ZoomOut,
    /// Frame the data.
    Frame,
    /// Show or hide the list of shortcuts.
    Help,
}

/// Each shortcut's keys, as shown in the help window, and what it does.
pub const HELP: &[(&str, &str)] = &[
    ("Up  Down", "previous / next event in the list"),
    ("Home  End", "first / last event in the list"),
    ("Enter", "zoom to the selected event"),
    ("Esc", "clear the selection, then close the cluster"),
    ("Left  Right", "move the time window a day (Shift: a week)"),
    ("+  -", "zoom in / out"),
    ("F", "frame the data"),
    ("?  F1", "this list"),
    ("wheel, drag", "zoom at the pointer, pan"),
    ("double-click a cluster", "zoom into it"),
];

const KEYS: &[(Key, Shortcut)] = &[
    (Key::ArrowDown, Shortcut::Next),
    (Key::ArrowUp, Shortcut::Previous),
    (Key::Home, Shortcut::First),
    (Key::End, Shortcut::Last),
    (Key::Enter, Shortcut::ZoomToSelection),
    (Key::Escape, Shortcut::Clear),
    (Key::Plus, Shortcut::ZoomIn),
    (Key::Equals, Shortcut::ZoomIn),
    (Key::Minus, Shortcut::ZoomOut),
    (Key::F, Shortcut::Frame),
    (Key::Questionmark, Shortcut::Help),
    (Key::F1, Shortcut::Help),
];

/// The shortcuts pressed this frame, consumed so no widget also acts on them. None while a
/// text field has the keyboard.
pub fn pressed(ctx: &Context) -> Vec<Shortcut> {
    if ctx.text_edit_focused() {
        return Vec::new();
    }
    ctx.input_mut(|input| {
        // Each press counts: three quick ↓ in one frame move three rows.
        KEYS.iter()
            .flat_map(|&(key, shortcut)| {
                let presses = input.count_and_consume_key(Modifiers::NONE, key);
                std::iter::repeat_n(shortcut, presses)
            })
            .collect()
    })
}

/// The selection after a list shortcut, in `list` (the order shown). `None` when the
/// shortcut does not move in lists or the list is empty. A selection not in the list
/// starts from its top (Next) or bottom (Previous).
pub fn step(list: &[u32], selected: Option<u32>, shortcut: Shortcut) -> Option<u32> {
    let last = list.len().checked_sub(1)?;
    let at = selected.and_then(|s| list.iter().position(|&i| i == s));
    let to = match (shortcut, at) {
        (Shortcut::First, _) | (Shortcut::Next, None) => 0,
        (Shortcut::Last, _) | (Shortcut::Previous, None) => last,
        (Shortcut::Next, Some(at)) => (at + 1).min(last),
        (Shortcut::Previous, Some(at)) => at.saturating_sub(1),
        _ => return None,
    };
    list.get(to).copied()
}

/// The list of shortcuts, in a window the user can close.
pub fn help_window(ctx: &Context, open: &mut bool) {
    egui::Window::new("Keyboard shortcuts")
        .open(open)
        .collapsible(false)
        .resizable(false)
        .show(ctx, |ui| {
            egui::Grid::new("shortcuts").striped(true).show(ui, |ui| {
                for (keys, what) in HELP {
                    ui.label(egui::RichText::new(*keys).strong());
                    ui.label(*what);
                    ui.end_row();
                }
            });
        });
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn steps_move_within_the_list_and_stop_at_its_ends() {
        let list = [4, 9, 2];
        assert_eq!(step(&list, None, Shortcut::Next), Some(4));
        assert_eq!(step(&list, None, Shortcut::Previous), Some(2));
        assert_eq!(step(&list, Some(4), Shortcut::Next), Some(9));
        assert_eq!(
            step(&list, Some(2), Shortcut::Next),
            Some(2),
            "stays at the end"
        );
        assert_eq!(step(&list, Some(4), Shortcut::Previous), Some(4));
        assert_eq!(step(&list, Some(9), Shortcut::Last), Some(2));
        assert_eq!(step(&list, Some(9), Shortcut::First), Some(4));
        assert_eq!(
            step(&list, Some(7), Shortcut::Next),
            Some(4),
            "not listed: from the top"
        );
        assert_eq!(step(&[], Some(7), Shortcut::Next), None);
        assert_eq!(step(&list, Some(4), Shortcut::ZoomIn), None);
    }
}
