//! Pasted text as an article: Ctrl+V anywhere outside a text field (or File > New article
//! from text…) opens a window with the text, editable, and the date it will be read with —
//! a date typed on its first line (` date 2024-01-03` or `2024-01-03`), else one the user
//! picks, today by default. The dateline rule applies as for files.
//!
//! "Add to map" runs the same pipeline as a file ([`crate::pipeline::extract`]); the article
//! is known as "pasted text N".

use chrono::NaiveDate;

use crate::article::{Article, parse_date_value};

/// A pasted text being prepared.
#[derive(Debug, Default)]
pub struct Draft {
    pub text: String,
    /// The date typed by the user, used when the text's first line gives none.
    pub date: String,
    /// Why the last "Add to map" did not add (an unreadable date).
    pub problem: Option<String>,
}

/// What the window asks of the app.
pub enum Answer {
    Add(Box<Article>),
    Cancel,
}

impl Draft {
    /// A draft of `text`, dated today unless the text gives its own date.
    pub fn new(text: String) -> Draft {
        Draft {
            text,
            date: today().map(|d| d.to_string()).unwrap_or_default(),
            problem: None,
        }
    }

    /// The date the text gives on its first line, if any (asked every frame the window is
    /// open, so the text is not copied).
    fn own_date(&self) -> Option<NaiveDate> {
        Article::date_line_of(&self.text)
    }

    /// The article the draft stands for, or why it cannot be one yet.
    pub fn article(&self, number: usize) -> Result<Article, String> {
        if self.text.trim().is_empty() {
            return Err("there is no text to read".to_owned());
        }
        let mut article = Article::from_text(format!("pasted text {number}"), self.text.clone(), 0);
        article.warnings.retain(|w| !w.starts_with("no date line"));
        if article.date.is_none() {
            article.date = Some(parse_date_value(&self.date)?);
        }
        Ok(article)
    }

    /// Draws the window; `number` is the number the article will get.
    pub fn window(&mut self, ctx: &egui::Context, number: usize) -> Option<Answer> {
        let mut answer = None;
        let mut open = true;
        egui::Window::new("New article from text")
            .open(&mut open)
            .collapsible(false)
            .default_width(520.0)
            .show(ctx, |ui| {
                ui.label("The text is read as an article: its places and events go on the map.");
                egui::ScrollArea::vertical()
                    .max_height(260.0)
                    .show(ui, |ui| {
                        ui.add(
                            egui::TextEdit::multiline(&mut self.text)
                                .desired_rows(10)
                                .desired_width(f32::INFINITY)
                                .hint_text("Paste or type the article here"),
                        );
                    });
                ui.horizontal(|ui| match self.own_date() {
                    Some(date) => {
                        ui.label(format!("Dated {date}, from its first line."));
                    }
                    None => {
                        ui.label("Published on");
                        ui.add(
                            egui::TextEdit::singleline(&mut self.date)
                                .desired_width(100.0)
                                .hint_text("YYYY-MM-DD"),
                        )
                        .on_hover_text("Days like \"on Tuesday\" are counted back from this date");
                    }
                });
                if let Some(problem) = &self.problem {
                    ui.colored_label(ui.visuals().error_fg_color, problem);
                }
                ui.horizontal(|ui| {
                    if ui.button("Add to map").clicked() {
                        match self.article(number) {
                            Ok(article) => answer = Some(Answer::Add(Box::new(article))),
                            Err(problem) => self.problem = Some(problem),
                        }
                    }
                    if ui.button("Cancel").clicked() {
                        answer = Some(Answer::Cancel);
                    }
                });
            });
        if !open {
            answer = Some(Answer::Cancel);
        }
        answer
    }
}

impl super::IncidentApp {
    /// Opens the window for a new article from text (File > New article from text…).
    pub fn new_article_from_text(&mut self, text: String) {
        self.paste = Some(Draft::new(text));
    }

    /// Text pasted outside a text field opens the new-article window; its "Add to map"
    /// reads the text as an article and selects its first event.
    pub(super) fn paste_window(&mut self, ctx: &egui::Context) {
        if let Some(text) = pasted(ctx) {
            self.new_article_from_text(text);
        }
        let Some(draft) = &mut self.paste else {
            return;
        };
        match draft.window(ctx, self.pasted + 1) {
            None => {}
            Some(Answer::Cancel) => self.paste = None,
            Some(Answer::Add(article)) => {
                self.paste = None;
                self.pasted += 1;
                let extracted =
                    crate::pipeline::extract(*article, self.gazetteer, &self.corrections);
                let path = extracted.article.path.clone();
                let first_new = self.catalog.events.len();
                let found = extracted.events.len();
                self.catalog.add(
                    crate::pipeline::Outcome {
                        path: path.clone(),
                        result: Ok(extracted),
                    },
                    self.gazetteer,
                    true,
                );
                if let Some(event) = self.catalog.events.get(first_new) {
                    // The window is clamped to the data's range: widen the range first.
                    self.derived.day_range = self.catalog.day_range();
                    if let Some(from) = event.from {
                        self.settings
                            .timeline
                            .include(from, event.to.unwrap_or(from));
                    }
                    self.selected = Some(first_new as u32);
                    self.reveal = Some(first_new as u32);
                    self.reveal_always = true;
                }
                self.status = match found {
                    0 => format!("{path}: no event found in the text"),
                    1 => format!("{path}: 1 event"),
                    n => format!("{path}: {n} events"),
                };
            }
        }
    }
}

/// Today's date (UTC), from the system clock.
fn today() -> Option<NaiveDate> {
    let seconds = std::time::SystemTime::now()
        .duration_since(std::time::UNIX_EPOCH)
        .ok()?
        .as_secs();
    NaiveDate::from_ymd_opt(1970, 1, 1)?.checked_add_days(chrono::Days::new(seconds / 86_400))
}

/// The text pasted this frame outside any text field, if any.
pub fn pasted(ctx: &egui::Context) -> Option<String> {
    if ctx.text_edit_focused() {
        return None;
    }
    ctx.input(|i| {
        i.events.iter().find_map(|e| match e {
            egui::Event::Paste(text) if !text.trim().is_empty() => Some(text.clone()),
            _ => None,
        })
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_date_on_the_first_line_wins_else_the_typed_date() {
        let draft = Draft {
            text: " date 2024-01-03\nERBIL – A drone struck a base.".to_owned(),
            date: "2020-01-01".to_owned(),
            problem: None,
        };
        let article = draft.article(1).unwrap();
        assert_eq!(article.date.unwrap().to_string(), "2024-01-03");
        assert_eq!(article.path, "pasted text 1");
        let undated = Draft {
            text: "A drone struck a base near Erbil on Tuesday.".to_owned(),
            date: "2024-01-04".to_owned(),
            problem: None,
        };
        assert_eq!(
            undated.article(2).unwrap().date.unwrap().to_string(),
            "2024-01-04"
        );
        let bad = Draft {
            date: "yesterday".to_owned(),
            ..undated
        };
        assert!(bad.article(3).is_err());
        assert!(Draft::new("  ".to_owned()).article(4).is_err());
        assert!(today().is_some_and(|d| chrono::Datelike::year(&d) >= 2024));
    }
}
