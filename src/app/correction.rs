//! Correcting a place: the alternatives list in the details panel (every candidate the
//! geoparser weighed, with why it ranked where it did), the gazetteer search, "not a
//! place", and the audit window listing every correction with Undo.
//! Dragging the selected pin is in [`super::markers`].

use std::path::PathBuf;
use std::sync::Arc;

use egui::{RichText, Ui};

use super::IncidentApp;
use super::details::DetailsAction;
use crate::corrections::{self, Before, Correction, Corrections, Request, Scope, Target, store};
use crate::gazetteer::{Gazetteer, PlaceId};
use crate::geoparse::Mention;
use crate::pipeline::extract;
use crate::view::catalog::Source;

impl IncidentApp {
    /// Reads corrections from `path` (the app's file in the user data directory, or any
    /// other), applies them to everything loaded, and saves new ones there. A broken file
    /// is moved aside and reported in Problems, never overwritten.
    pub fn use_corrections_file(&mut self, path: PathBuf) {
        let opened = store::open(&path);
        self.adopt_corrections(path, opened);
        self.reextract(|_| true);
    }

    /// Takes corrections already opened from `path` (and applied to what is loaded, as at
    /// start-up, where the corpus is extracted with them): reports the file's problem and
    /// saves new corrections there when it may be written.
    pub(super) fn adopt_corrections(&mut self, path: PathBuf, opened: store::Opened) {
        if let Some(problem) = opened.problem {
            self.report_problem(&path, problem);
        }
        self.corrections = Arc::new(opened.corrections);
        self.corrections_file = opened.writable.then_some(path);
    }

    /// The corrections in force (and undone ones, for the audit list).
    pub fn corrections(&self) -> &Corrections {
        &self.corrections
    }

    /// Reads the selected event's place name as `to`, in its article or everywhere, saves
    /// the corrections file and re-extracts the articles it concerns. Returns the
    /// correction's id.
    pub fn correct_selected(&mut self, to: Target, scope: Scope) -> Option<u64> {
        let record = self.catalog.events.get(self.selected? as usize)?;
        let Source::Article { article, index } = record.source else {
            return None;
        };
        let loaded = self.catalog.article(article)?;
        let extracted = &loaded.extracted;
        let mention = extracted
            .mentions
            .get(extracted.events.get(index)?.mention?)?;
        let name = extracted
            .article
            .text
            .get(mention.start..mention.end)?
            .to_owned();
        let located = mention.located(self.gazetteer);
        let key = corrections::article_key(&extracted.article.text);
        let text_len = extracted.article.text.len();
        let request = Request {
            name: &name,
            scope,
            article_key: &key,
            article_title: extracted.article.title.as_deref().unwrap_or(""),
            article_path: &loaded.path,
            from: Before {
                name: located.name.to_owned(),
                gazetteer_id: located.gazetteer_id.to_owned(),
                lat: located.lat,
                lon: located.lon,
            },
            to,
        };
        let id = Arc::make_mut(&mut self.corrections).add(request, &corrections::current_user());
        let only = (scope == Scope::Article).then(|| (text_len, key.clone()));
        self.corrections_changed(&name, only);
        self.status = format!("Correction #{id} saved: {}", self.describe_correction(id));
        Some(id)
    }

    /// Takes a correction back (it stays in the audit list, marked undone).
    pub fn undo_correction(&mut self, id: u64) {
        let user = corrections::current_user();
        if !Arc::make_mut(&mut self.corrections).undo(id, &user) {
            return;
        }
        let Some(c) = self.corrections.get(id).cloned() else {
            return;
        };
        self.status = format!("Correction #{id} undone: {}", c.summary());
        self.corrections_changed(&c.name, None);
    }

    fn describe_correction(&self, id: u64) -> String {
        self.corrections
            .get(id)
            .map(corrections::Correction::summary)
            .unwrap_or_default()
    }

    /// Saves the file, tells the watch thread, and re-extracts the articles with the
    /// text `only` (its length and fingerprint: the same article loaded twice gets the
    /// fix twice), or every article whose text has `name`.
    fn corrections_changed(&mut self, name: &str, only: Option<(usize, String)>) {
        if let Some(path) = &self.corrections_file
            && let Err(error) = store::save(path, &self.corrections)
        {
            let path = path.clone();
            self.report_problem(&path, error.to_string());
        }
        if let Some(watch) = &self.watch {
            watch.set_corrections(self.corrections.clone());
        }
        if let Some(feeds) = &self.feeds {
            feeds.set_corrections(self.corrections.clone());
        }
        let key = crate::text::fold(name);
        self.reextract(|(_, text)| match &only {
            Some((len, fingerprint)) => {
                text.len() == *len && corrections::article_key(text) == *fingerprint
            }
            None => crate::text::fold(text).contains(&key),
        });
    }

    /// Extracts again the articles `which` picks (by index and text), with the current
    /// corrections, keeping the selection on the same event.
    fn reextract(&mut self, which: impl Fn((usize, &str)) -> bool) {
        let chosen: Vec<usize> = (0..self.catalog.articles.len())
            .filter(|&i| {
                self.catalog
                    .article(i)
                    .is_some_and(|a| which((i, &a.extracted.article.text)))
            })
            .collect();
        self.keep_selection(|app| {
            for i in chosen {
                let Some(loaded) = app.catalog.article(i) else {
                    continue;
                };
                let article = loaded.extracted.article.clone();
                let extracted = extract(article, app.gazetteer, &app.corrections);
                app.catalog.replace_article(i, extracted, app.gazetteer);
            }
        });
    }
}

/// What the user is typing in the correction controls; kept across frames.
#[derive(Default)]
pub struct CorrectionDraft {
    /// The record the draft is for; another selection starts a fresh draft, so "every
    /// article" never carries over to an event the user did not mean.
    pub for_selected: Option<u32>,
    /// Gazetteer search text.
    pub query: String,
    /// Apply the next correction to every article, not only this one.
    pub everywhere: bool,
}

impl CorrectionDraft {
    pub fn scope(&self) -> Scope {
        if self.everywhere {
            Scope::Everywhere
        } else {
            Scope::Article
        }
    }
}

/// How many candidates are listed; the rest are never close.
const SHOWN_CANDIDATES: usize = 8;

/// The target for a gazetteer entry.
pub fn place_target(place: PlaceId, gazetteer: &Gazetteer) -> Target {
    let p = gazetteer.place(place);
    Target::Place {
        gazetteer_id: p.source_id.to_owned(),
        name: p.name.to_owned(),
        lat: p.lat,
        lon: p.lon,
    }
}

fn describe(place: PlaceId, gazetteer: &Gazetteer) -> String {
    let p = gazetteer.place(place);
    let within = match (p.admin1.is_empty(), p.country_code.is_empty()) {
        (_, true) => String::new(),
        (true, false) => format!(", {}", p.country_code),
        (false, false) => format!(", {}-{}", p.country_code, p.admin1),
    };
    let source = match p.source_id.chars().next() {
        Some('c') => "curated".to_owned(),
        Some('a') => "OurAirports".to_owned(),
        Some('r') => "region list".to_owned(),
        _ => format!("GeoNames {}", p.source_id),
    };
    format!("{}{within} ({}, {source})", p.name, p.kind.as_str())
}

/// The "Place alternatives" section for the selected event's place mention.
pub fn alternatives_ui(
    ui: &mut Ui,
    text: &str,
    mention: &Mention,
    corrected: Option<&Correction>,
    gazetteer: &Gazetteer,
    draft: &mut CorrectionDraft,
) -> Option<DetailsAction> {
    let mut action = None;
    let name = text.get(mention.start..mention.end).unwrap_or("");
    egui::CollapsingHeader::new(
        RichText::new(format!("Place alternatives for \"{name}\"")).strong(),
    )
    .id_salt("alternatives")
    .default_open(true)
    .show(ui, |ui| {
        if let Some(c) = corrected {
            ui.horizontal_wrapped(|ui| {
                ui.label(
                    RichText::new(format!(
                        "Corrected by {} on {}: {}",
                        c.by,
                        c.at,
                        c.summary()
                    ))
                    .color(ui.visuals().warn_fg_color),
                );
                if ui.button("Undo correction").clicked() {
                    action = Some(DetailsAction::Undo(c.id));
                }
            });
        }
        let located = mention.located(gazetteer);
        if mention.pin.is_some() {
            ui.label(format!(
                "Pinned by hand at {:.4}, {:.4}",
                located.lat, located.lon
            ));
        }
        for (rank, candidate) in mention.candidates.iter().take(SHOWN_CANDIDATES).enumerate() {
            let chosen = candidate.place == mention.place && mention.pin.is_none();
            // Wrapped, so a long entry stays in the panel's width.
            ui.horizontal_wrapped(|ui| {
                let label = format!(
                    "{}. {}  score {:.1}",
                    rank + 1,
                    describe(candidate.place, gazetteer),
                    candidate.score()
                );
                ui.label(if chosen {
                    RichText::new(format!("{label}  (chosen)")).strong()
                } else {
                    RichText::new(label)
                });
                if !chosen
                    && ui
                        .button("Use this")
                        .on_hover_text("Read this name as this place")
                        .clicked()
                {
                    action = Some(DetailsAction::Correct(place_target(
                        candidate.place,
                        gazetteer,
                    )));
                }
            });
            ui.indent(("reasons", rank), |ui| {
                ui.label(RichText::new(candidate.reasons(gazetteer).join(" · ")).weak());
            });
        }
        if mention.candidates.len() > SHOWN_CANDIDATES {
            ui.label(format!(
                "… and {} less likely entries",
                mention.candidates.len() - SHOWN_CANDIDATES
            ));
        }
        ui.checkbox(
            &mut draft.everywhere,
            format!("Apply to every article (always read \"{name}\" this way)"),
        );
        ui.horizontal(|ui| {
            let label = ui.label("Find another place");
            ui.add(
                egui::TextEdit::singleline(&mut draft.query)
                    .hint_text("gazetteer name")
                    .desired_width(180.0),
            )
            .labelled_by(label.id);
        });
        if draft.query.trim().chars().count() >= 2 {
            for place in gazetteer.search(&draft.query, 8) {
                ui.horizontal_wrapped(|ui| {
                    ui.label(describe(place, gazetteer));
                    if ui.button("Use").clicked() {
                        action = Some(DetailsAction::Correct(place_target(place, gazetteer)));
                    }
                });
            }
        }
        ui.horizontal(|ui| {
            if ui
                .button("Not a place")
                .on_hover_text("This name is not a place here: drop it")
                .clicked()
            {
                action = Some(DetailsAction::Correct(Target::NotAPlace));
            }
            ui.label(RichText::new("or drag the selected pin on the map").weak());
        });
    });
    action
}

/// The audit list: every correction, who made it and when, with Undo.
pub fn audit_window(
    ctx: &egui::Context,
    open: &mut bool,
    corrections: &Corrections,
    file: Option<&std::path::Path>,
) -> Option<u64> {
    let mut undo = None;
    egui::Window::new("Corrections")
        .open(open)
        .default_width(520.0)
        .show(ctx, |ui| {
            match file {
                Some(path) => ui.label(format!("Saved in {}", path.display())),
                None => ui.label("Not saved: no corrections file for this session."),
            };
            if corrections.is_empty() {
                ui.label(
                    "No corrections yet. Select an event and pick another place in its details.",
                );
            }
            egui::ScrollArea::vertical().show(ui, |ui| {
                for c in corrections.all().iter().rev() {
                    ui.horizontal_wrapped(|ui| {
                        let text = format!("#{} {} · by {} at {}", c.id, c.summary(), c.by, c.at);
                        match &c.undone {
                            Some(u) => {
                                ui.label(RichText::new(text).strikethrough());
                                ui.label(
                                    RichText::new(format!("undone by {} at {}", u.by, u.at)).weak(),
                                );
                            }
                            None => {
                                ui.label(text);
                                if ui.button(format!("Undo #{}", c.id)).clicked() {
                                    undo = Some(c.id);
                                }
                            }
                        }
                    });
                    if !c.article_title.is_empty() || !c.article_path.is_empty() {
                        ui.label(
                            RichText::new(format!("in {} {}", c.article_title, c.article_path))
                                .small()
                                .weak(),
                        );
                    }
                }
            });
        });
    undo
}
