//! The app's side of followed feeds ([`crate::follow::FeedFollow`]): File > Follow a feed
//! (URL)… asks for the address, new items join the map as they are published (marked
//! "new since"), each failure is listed in Problems with its URL, and the followed URLs
//! are part of the remembered workspace.

use std::sync::Arc;

use super::IncidentApp;
use crate::follow::{FeedChange, FeedFollow, Polling};
use crate::view::catalog::Problem;

/// The "Follow a feed" window's state.
#[derive(Default)]
pub struct FeedDraft {
    url: String,
    problem: Option<String>,
    /// The address field has had the keyboard once (it takes it when the window opens).
    focused: bool,
}

impl IncidentApp {
    /// Follows `url` (a feed or a page): its items load on the first poll and new ones
    /// after. The URL joins the workspace.
    pub fn follow_feed(&mut self, url: &str, ctx: &egui::Context) -> Result<(), String> {
        let url = url.trim();
        if !crate::article::remote::is_url(url) {
            return Err(format!("{url:?} is not an http:// or https:// address"));
        }
        match &mut self.feeds {
            Some(feeds) => feeds.follow(url),
            None => {
                let ctx = ctx.clone();
                self.feeds = Some(FeedFollow::start(
                    &[url.to_owned()],
                    self.gazetteer,
                    Arc::clone(&self.corrections),
                    Polling::default(),
                    move || ctx.request_repaint(),
                )?);
            }
        }
        if self.watching_since.is_none() {
            self.watching_since = Some(super::live::clock_now());
        }
        let remembered = &mut self.settings.workspace.feeds;
        if !remembered.iter().any(|u| u == url) {
            remembered.push(url.to_owned());
        }
        Ok(())
    }

    /// Stops following `url`; what it brought stays, the next start does not follow it.
    pub fn stop_following_feed(&mut self, url: &str) {
        if let Some(feeds) = &mut self.feeds {
            feeds.unfollow(url);
        }
        self.settings.workspace.feeds.retain(|u| u != url);
    }

    /// The URLs followed now.
    pub fn followed_feeds(&self) -> Vec<String> {
        self.feeds
            .as_ref()
            .map(|f| f.urls().to_vec())
            .unwrap_or_default()
    }

    /// Opens the window that asks for a feed's address.
    pub fn ask_for_feed(&mut self) {
        self.feed_draft = Some(FeedDraft::default());
    }

    /// Draws the "Follow a feed" window while it is open.
    pub(super) fn feed_window(&mut self, ctx: &egui::Context) {
        let Some(draft) = &mut self.feed_draft else {
            return;
        };
        let mut open = true;
        let mut follow = false;
        let mut cancel = false;
        egui::Window::new("Follow a feed")
            .open(&mut open)
            .collapsible(false)
            .default_width(460.0)
            .show(ctx, |ui| {
                ui.label("An RSS or Atom feed, or a news page: polled every five minutes.");
                let field = ui.add(
                    egui::TextEdit::singleline(&mut draft.url)
                        .desired_width(f32::INFINITY)
                        .hint_text("https://example.com/feed.xml"),
                );
                if !draft.focused {
                    field.request_focus();
                    draft.focused = true;
                }
                let entered = field.lost_focus() && ui.input(|i| i.key_pressed(egui::Key::Enter));
                if let Some(problem) = &draft.problem {
                    ui.colored_label(ui.visuals().error_fg_color, problem);
                }
                ui.horizontal(|ui| {
                    follow = ui.button("Follow").clicked() || entered;
                    cancel = ui.button("Cancel").clicked();
                });
            });
        if !open || cancel {
            self.feed_draft = None;
            return;
        }
        if follow {
            let url = draft.url.clone();
            match self.follow_feed(&url, ctx) {
                Ok(()) => {
                    self.status = format!("following {}", url.trim());
                    self.feed_draft = None;
                }
                Err(problem) => {
                    if let Some(draft) = &mut self.feed_draft {
                        draft.problem = Some(problem);
                    }
                }
            }
        }
    }
}

/// Applies what the feeds brought (at most 50 changes a frame). A story seen again with
/// new text (a page that changed) replaces what it gave before.
pub fn receive(app: &mut IncidentApp) {
    let Some(feeds) = &app.feeds else { return };
    let changes = feeds.drain(50);
    if changes.is_empty() {
        return;
    }
    app.keep_selection(|app| {
        for change in changes {
            match change {
                FeedChange::New { url, outcomes } => {
                    // It answers again: its earlier failure is over.
                    app.catalog.problems.retain(|p| p.path != url);
                    for outcome in outcomes {
                        app.catalog.remove_path(&outcome.path);
                        app.catalog.add(outcome, app.gazetteer, true);
                    }
                }
                FeedChange::Unchanged { url } => app.catalog.problems.retain(|p| p.path != url),
                FeedChange::Problem { url, message } => {
                    app.catalog.problems.retain(|p| p.path != url);
                    app.catalog.problems.push(Problem { path: url, message });
                }
            }
        }
    });
}
