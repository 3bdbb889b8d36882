//! The time slider: a draggable window [from, to] over the data's range, a histogram of
//! events per day stacked by kind underneath, ranged events drawn as spans, play/pause with
//! a speed, a cumulative mode, "follow latest" (the window keeps to the newest day as
//! events arrive), a typed date range, and keyboard stepping (← →, Shift for a week).

use egui::{Color32, Key, Rect, Sense, Stroke, Ui, pos2, vec2};
use serde::{Deserialize, Serialize};

use super::style;
use crate::view::catalog::{Day, EventRecord, date_of};
use crate::view::filter::TimeWindow;

/// The slider's state; persisted between runs.
#[derive(Clone, Debug, Serialize, Deserialize)]
pub struct Timeline {
    pub window: Option<TimeWindow>,
    pub cumulative: bool,
    pub playing: bool,
    /// Days per second while playing.
    pub speed: f32,
    /// Keep the window's end on the data's last day (its width kept) as events arrive.
    #[serde(default)]
    pub follow_latest: bool,
    #[serde(skip)]
    play_carry: f32,
    /// The typed "from" and "to" while the user edits them, and the window they were
    /// typed over; `None` shows the window.
    #[serde(skip)]
    typed: Option<(String, String, TimeWindow)>,
}

/// The window Play starts from when the whole range is shown: a week, so that playing
/// shows the data move instead of stopping at once.
const PLAY_WINDOW_DAYS: Day = 7;

impl Default for Timeline {
    fn default() -> Self {
        Timeline {
            window: None,
            cumulative: false,
            playing: false,
            speed: 7.0,
            follow_latest: false,
            play_carry: 0.0,
            typed: None,
        }
    }
}

/// What the timeline needs to draw: the data's range and per-day counts.
pub struct TimelineData<'a> {
    pub first: Day,
    pub last: Day,
    pub histogram: &'a [[u32; 3]],
    /// Dated events with a range (from < to), drawn as spans.
    pub spans: &'a [(Day, Day, crate::events::EventKind)],
}

impl Timeline {
    /// The window, clamped to the data, defaulting to the whole range.
    ///
    /// With `follow_latest`, the window ends on `last` whatever it ended on before.
    pub fn window_in(&mut self, first: Day, last: Day) -> TimeWindow {
        let window = self.window.unwrap_or(TimeWindow {
            from: first,
            to: last,
        });
        let width = (window.to - window.from).clamp(0, last - first);
        let from = if self.follow_latest {
            last - width
        } else {
            window.from.clamp(first, last - width)
        };
        let clamped = TimeWindow {
            from,
            to: from + width,
        };
        self.window = Some(clamped);
        clamped
    }

    /// Widens the window to take in the days `from`–`to` (a new event the user asked to
    /// see); the whole range, when shown, already does.
    pub fn include(&mut self, from: Day, to: Day) {
        if let Some(window) = &mut self.window {
            window.from = window.from.min(from);
            window.to = window.to.max(to);
            self.follow_latest = false;
        }
    }

    /// Moves the window by `days`. Moving it off the last day stops following it.
    fn shift(&mut self, days: Day, first: Day, last: Day) {
        if days < 0 {
            self.follow_latest = false;
        }
        let window = self.window_in(first, last);
        self.window = Some(TimeWindow {
            from: window.from + days,
            to: window.to + days,
        });
        self.window_in(first, last);
    }

    /// Play or pause. Playing starts from the first day when the window is at the end,
    /// and from a week-long window when the whole range is shown.
    fn play_pressed(&mut self, window: TimeWindow, first: Day, last: Day) {
        self.playing = !self.playing;
        if !self.playing {
            return;
        }
        self.follow_latest = false;
        let whole = window.from <= first && window.to >= last;
        let width = if whole {
            (PLAY_WINDOW_DAYS - 1).min(last - first)
        } else {
            window.to - window.from
        };
        if whole || window.to >= last {
            self.window = Some(TimeWindow {
                from: first,
                to: first + width,
            });
        }
    }

    /// The window's dates as two fields the user can type into (YYYY-MM-DD); applied on
    /// Enter or when the field loses focus, shown in red with the reason when unreadable.
    fn typed_range_ui(&mut self, ui: &mut Ui, first: Day, last: Day) {
        let window = self.window_in(first, last);
        let (mut from, mut to) = match self.typed.clone() {
            Some((from, to, typed_over)) if typed_over == window => (from, to),
            _ => (
                date_of(window.from).to_string(),
                date_of(window.to).to_string(),
            ),
        };
        let parsed = |text: &str| {
            chrono::NaiveDate::parse_from_str(text.trim(), "%Y-%m-%d")
                .map(crate::view::catalog::day_of)
                .ok()
        };
        let (from_day, to_day) = (parsed(&from), parsed(&to));
        let problem = match (from_day, to_day) {
            (None, _) | (_, None) => Some("Type dates as YYYY-MM-DD"),
            (Some(a), Some(b)) if a > b => Some("The first date is after the second"),
            _ => None,
        };
        let field = |ui: &mut Ui, text: &mut String, label: &str| {
            let edit = egui::TextEdit::singleline(text)
                .desired_width(86.0)
                .text_color_opt(problem.map(|_| ui.visuals().error_fg_color));
            let label = ui.label(label);
            let response = ui.add(edit).labelled_by(label.id);
            let response = match problem {
                Some(problem) => response.on_hover_text(problem),
                None => response,
            };
            (response.has_focus(), response.lost_focus())
        };
        let (from_focus, from_done) = field(ui, &mut from, "From");
        let (to_focus, to_done) = field(ui, &mut to, "to");
        if (from_done || to_done)
            && let (Some(a), Some(b), None) = (from_day, to_day, problem)
        {
            // Outside the data, the window is clamped to it.
            let (a, b) = (a.clamp(first, last), b.clamp(first, last));
            self.window = Some(TimeWindow {
                from: a,
                to: b.max(a),
            });
            self.follow_latest = self.follow_latest && b >= last;
            self.typed = None;
        } else if from_focus || to_focus || problem.is_some() {
            // Kept while typing, and when unreadable until the window moves.
            self.typed = Some((from, to, window));
        } else {
            self.typed = None;
        }
    }

    /// Draws the bottom panel's contents and applies the user's input.
    pub fn ui(&mut self, ui: &mut Ui, data: &TimelineData<'_>, text_has_focus: bool) {
        let (first, last) = (data.first, data.last);
        let window = self.window_in(first, last);
        ui.horizontal(|ui| {
            let play_label = if self.playing { "Pause" } else { "Play" };
            if ui.button(play_label).clicked() {
                self.play_pressed(window, first, last);
            }
            if ui.button("Step back").clicked() {
                self.shift(-1, first, last);
            }
            if ui.button("Step forward").clicked() {
                self.shift(1, first, last);
            }
            ui.add(
                egui::Slider::new(&mut self.speed, 1.0..=60.0)
                    .text("days/s")
                    .logarithmic(true),
            );
            ui.checkbox(&mut self.cumulative, "Cumulative");
            if ui.button("Whole range").clicked() {
                self.window = Some(TimeWindow {
                    from: first,
                    to: last,
                });
            }
            ui.checkbox(&mut self.follow_latest, "Follow latest")
                .on_hover_text("Keep the window on the newest day as events arrive");
            self.typed_range_ui(ui, first, last);
        });
        if !text_has_focus {
            let step = if ui.input(|i| i.modifiers.shift) {
                7
            } else {
                1
            };
            if ui.input(|i| i.key_pressed(Key::ArrowRight)) {
                self.shift(step, first, last);
            }
            if ui.input(|i| i.key_pressed(Key::ArrowLeft)) {
                self.shift(-step, first, last);
            }
        }
        if self.playing {
            let dt = ui.input(|i| i.stable_dt).min(0.1);
            self.play_carry += dt * self.speed;
            let days = self.play_carry.floor() as Day;
            if days > 0 {
                self.play_carry -= days as f32;
                let window = self.window_in(first, last);
                if window.to >= last {
                    self.playing = false;
                } else {
                    self.shift(days, first, last);
                }
            }
            ui.ctx().request_repaint();
        }
        self.histogram_ui(ui, data);
    }

    fn histogram_ui(&mut self, ui: &mut Ui, data: &TimelineData<'_>) {
        let (first, last) = (data.first, data.last);
        let height = 70.0;
        let (rect, response) =
            ui.allocate_exact_size(vec2(ui.available_width(), height), Sense::click_and_drag());
        response.widget_info(|| egui::WidgetInfo::labeled(egui::Role::Slider, true, "Time window"));
        let painter = ui.painter_at(rect);
        painter.rect_filled(rect, 2.0, ui.visuals().extreme_bg_color);
        let days = (last - first + 1).max(1) as f32;
        let x_of = |day: Day| rect.left() + (day - first) as f32 / days * rect.width();
        let day_at = |x: f32| first + ((x - rect.left()) / rect.width() * days).floor() as Day;
        let max = data
            .histogram
            .iter()
            .map(|b| b.iter().sum::<u32>())
            .max()
            .unwrap_or(1)
            .max(1) as f32;
        let bar_width = (rect.width() / days).max(1.0);
        let bars_bottom = rect.bottom() - 14.0;
        let bars_height = height - 24.0;
        for (offset, bin) in data.histogram.iter().enumerate() {
            let x = x_of(first + offset as Day);
            let mut y = bars_bottom;
            for (slot, colour) in [style::INCIDENT, style::MEETING, style::CALL]
                .into_iter()
                .enumerate()
            {
                let h = bin[slot] as f32 / max * bars_height;
                if h > 0.0 {
                    painter.rect_filled(
                        Rect::from_min_max(pos2(x, y - h), pos2(x + bar_width * 0.9, y)),
                        0.0,
                        colour,
                    );
                    y -= h;
                }
            }
        }
        // Events with a date range: thin spans along the bottom.
        for (row, &(from, to, kind)) in data.spans.iter().enumerate().take(40) {
            let y = rect.bottom() - 3.0 - (row % 4) as f32 * 3.0;
            painter.line_segment(
                [pos2(x_of(from), y), pos2(x_of(to + 1), y)],
                Stroke::new(2.0, style::colour(kind)),
            );
        }
        let window = self.window_in(first, last);
        if self.cumulative {
            // Everything up to the window's end is shown: shade it, lighter than the window.
            painter.rect_filled(
                Rect::from_min_max(
                    pos2(rect.left(), rect.top()),
                    pos2(x_of(window.from), rect.bottom()),
                ),
                0.0,
                Color32::from_rgba_unmultiplied(240, 228, 66, 22),
            );
        }
        let selected = Rect::from_min_max(
            pos2(x_of(window.from), rect.top()),
            pos2(x_of(window.to + 1), rect.bottom()),
        );
        painter.rect_filled(
            selected,
            0.0,
            Color32::from_rgba_unmultiplied(240, 228, 66, 60),
        );
        painter.rect_stroke(
            selected,
            0.0,
            Stroke::new(1.5, Color32::from_rgb(160, 140, 0)),
            egui::StrokeKind::Inside,
        );
        self.drag(ui, &response, selected, window, first, last, &day_at);
        painter.text(
            rect.left_bottom() + vec2(2.0, -1.0),
            egui::Align2::LEFT_BOTTOM,
            date_of(first).to_string(),
            egui::FontId::proportional(10.0),
            ui.visuals().text_color(),
        );
        painter.text(
            rect.right_bottom() + vec2(-2.0, -1.0),
            egui::Align2::RIGHT_BOTTOM,
            date_of(last).to_string(),
            egui::FontId::proportional(10.0),
            ui.visuals().text_color(),
        );
    }
}

impl Timeline {
    /// Applies a press, drag or click on the histogram to the window.
    ///
    /// What is grabbed is decided once, from where the button went down (not where the
    /// pointer is when egui's drag threshold is passed), and kept until the button is
    /// released; so an edge, the body or a new window follows the pointer from the first
    /// frame of the drag, and no grab outlives its drag.
    #[allow(clippy::too_many_arguments)]
    fn drag(
        &mut self,
        ui: &Ui,
        response: &egui::Response,
        selected: Rect,
        window: TimeWindow,
        first: Day,
        last: Day,
        day_at: &dyn Fn(f32) -> Day,
    ) {
        let grab_id = response.id.with("grab");
        let held = response.is_pointer_button_down_on();
        // The frame of the release still moves the grab to where the button came up.
        let released = response.clicked() || response.drag_stopped();
        if !held && !released {
            ui.memory_mut(|m| m.data.remove::<Grab>(grab_id));
            return;
        }
        let grab = ui.memory(|m| m.data.get_temp::<Grab>(grab_id)).or_else(|| {
            // A press and release within one frame is a click: decided at its position.
            let origin = ui
                .input(|i| i.pointer.press_origin())
                .filter(|p| response.rect.contains(*p))
                .or_else(|| response.interact_pointer_pos())?;
            Some(Grab::at(
                origin.x,
                selected,
                window,
                day_at(origin.x).clamp(first, last),
            ))
        });
        let Some(grab) = grab else {
            return;
        };
        if held {
            ui.memory_mut(|m| m.data.insert_temp(grab_id, grab));
        } else {
            ui.memory_mut(|m| m.data.remove::<Grab>(grab_id));
        }
        let Some(pointer) = response
            .interact_pointer_pos()
            .or_else(|| ui.input(|i| i.pointer.latest_pos()))
        else {
            return;
        };
        let day = day_at(pointer.x).clamp(first, last);
        let window = grab.apply(day, first, last);
        // Dragged off the last day, the window no longer follows it.
        self.follow_latest = self.follow_latest && window.to >= last;
        self.window = Some(window);
    }
}

/// What a press on the slider took hold of, with what it needs from the moment of the press.
#[derive(Clone, Copy, Debug, PartialEq)]
enum Grab {
    /// The window's first day; the last stays.
    Start { to: Day },
    /// The window's last day; the first stays.
    End { from: Day },
    /// The whole window, held `offset` days after its first day; keeps its width.
    Move { offset: Day, width: Day },
    /// A new window drawn from the day pressed.
    New { anchor: Day },
}

/// How close (in points) to an edge a press grabs that edge.
const EDGE_GRAB: f32 = 6.0;

impl Grab {
    /// The grab for a press at `x` (screen) on `day`, given the window as drawn.
    fn at(x: f32, selected: Rect, window: TimeWindow, day: Day) -> Grab {
        let to_start = (x - selected.left()).abs();
        let to_end = (x - selected.right()).abs();
        if to_start.min(to_end) < EDGE_GRAB {
            if to_start <= to_end {
                Grab::Start { to: window.to }
            } else {
                Grab::End { from: window.from }
            }
        } else if (selected.left()..=selected.right()).contains(&x) {
            Grab::Move {
                offset: day - window.from,
                width: window.to - window.from,
            }
        } else {
            Grab::New { anchor: day }
        }
    }

    /// The window once the grabbed part is on `day`.
    fn apply(self, day: Day, first: Day, last: Day) -> TimeWindow {
        match self {
            Grab::Start { to } => TimeWindow {
                from: day.min(to),
                to,
            },
            Grab::End { from } => TimeWindow {
                from,
                to: day.max(from),
            },
            Grab::Move { offset, width } => {
                let from = (day - offset).clamp(first, (last - width).max(first));
                TimeWindow {
                    from,
                    to: from + width,
                }
            }
            Grab::New { anchor } => TimeWindow {
                from: anchor.min(day),
                to: anchor.max(day),
            },
        }
    }
}

/// The ranged events to draw as spans.
pub fn spans(events: &[EventRecord], visible: &[u32]) -> Vec<(Day, Day, crate::events::EventKind)> {
    visible
        .iter()
        .filter_map(|&i| events.get(i as usize))
        .filter_map(|e| match (e.from, e.to) {
            (Some(a), Some(b)) if b > a => Some((a, b, e.kind)),
            _ => None,
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn play_from_the_whole_range_starts_a_week_at_the_first_day() {
        let mut timeline = Timeline::default();
        let window = timeline.window_in(100, 200);
        timeline.play_pressed(window, 100, 200);
        assert!(timeline.playing);
        assert_eq!(timeline.window, Some(TimeWindow { from: 100, to: 106 }));
        // Paused and played again mid-range: it goes on from where it was.
        let window = timeline.window_in(100, 200);
        timeline.play_pressed(window, 100, 200);
        timeline.shift(10, 100, 200);
        let window = timeline.window_in(100, 200);
        timeline.play_pressed(window, 100, 200);
        assert_eq!(timeline.window, Some(TimeWindow { from: 110, to: 116 }));
    }

    #[test]
    fn following_the_latest_keeps_the_window_on_the_last_day_as_data_arrives() {
        let mut timeline = Timeline {
            window: Some(TimeWindow { from: 150, to: 160 }),
            follow_latest: true,
            ..Timeline::default()
        };
        assert_eq!(
            timeline.window_in(100, 200),
            TimeWindow { from: 190, to: 200 }
        );
        // A newer day arrives: the window moves with it, its width kept.
        assert_eq!(
            timeline.window_in(100, 203),
            TimeWindow { from: 193, to: 203 }
        );
        // Stepping back stops following.
        timeline.shift(-1, 100, 203);
        assert!(!timeline.follow_latest);
        assert_eq!(
            timeline.window_in(100, 210),
            TimeWindow { from: 192, to: 202 }
        );
    }
}
