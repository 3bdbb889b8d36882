//! Following feeds and pages over HTTP(S): new items show on the map as they are
//! published, and the app never waits on the network.
//!
//! One named thread polls every followed URL in turn. Each poll is conditional (the
//! `ETag` and `Last-Modified` the server last sent go back as `If-None-Match` and
//! `If-Modified-Since`), so an unchanged feed answered `304 Not Modified` costs no
//! reading and no extraction. A URL is polled at most once per [`Polling::interval`];
//! after a failure the wait doubles, up to [`Polling::max_backoff`], and every failure is
//! a [`FeedChange::Problem`] naming the URL and the reason. Every request has a
//! [`Polling::timeout`], so a slow server delays only the other feeds' turn, never the UI.
//!
//! The same story from two feeds, or twice in one, is one article: items are known by
//! their link, else by their text's fingerprint ([`crate::article::feed::fingerprint`]).

use std::collections::BTreeMap;
use std::sync::Arc;
use std::sync::mpsc::{Receiver, RecvTimeoutError, Sender, TryRecvError, channel};
use std::thread;
use std::time::{Duration, Instant};

use rustc_hash::FxHashSet;

use crate::article::feed::fingerprint;
use crate::article::read::{Input, read_downloaded};
use crate::article::remote::{Answer, Validators, agent, request};
use crate::corrections::Corrections;
use crate::gazetteer::Gazetteer;
use crate::pipeline::{Outcome, extract};

/// How often and how patiently URLs are polled.
#[derive(Clone, Copy, Debug)]
pub struct Polling {
    /// Least time between two polls of one URL.
    pub interval: Duration,
    /// Longest a request may take, connection to last byte.
    pub timeout: Duration,
    /// Longest wait after repeated failures.
    pub max_backoff: Duration,
}

impl Default for Polling {
    /// Every five minutes (what news sites' `ttl` usually asks), 20 s per request, at
    /// most an hour after failures.
    fn default() -> Self {
        Polling {
            interval: Duration::from_secs(300),
            timeout: Duration::from_secs(20),
            max_backoff: Duration::from_secs(3600),
        }
    }
}

/// What one poll of a URL found.
#[derive(Debug)]
pub enum FeedChange {
    /// Items not seen before (on the first poll, every item), extracted.
    New { url: String, outcomes: Vec<Outcome> },
    /// The server answered `304 Not Modified`, or sent only items already known.
    Unchanged { url: String },
    /// The poll failed: the URL and why. The URL is polled again after a back-off.
    Problem { url: String, message: String },
}

/// One followed URL.
struct Followed {
    validators: Validators,
    due: Instant,
    failures: u32,
}

enum Control {
    Follow(String),
    Unfollow(String),
    Corrections(Arc<Corrections>),
}

/// The feeds being followed. Dropping it stops the thread (after the request under way).
pub struct FeedFollow {
    changes: Receiver<FeedChange>,
    control: Sender<Control>,
    urls: Vec<String>,
}

impl FeedFollow {
    /// Starts polling `urls` (each at once, then every interval). `wake` is called after
    /// each change is sent (the app asks for a repaint).
    pub fn start(
        urls: &[String],
        gazetteer: &'static Gazetteer,
        corrections: Arc<Corrections>,
        polling: Polling,
        wake: impl Fn() + Send + 'static,
    ) -> Result<FeedFollow, String> {
        let (change_tx, changes) = channel();
        let (control, control_rx) = channel();
        let mut poller = Poller {
            agent: agent(polling.timeout),
            polling,
            gazetteer,
            corrections,
            feeds: BTreeMap::new(),
            seen: FxHashSet::default(),
            changes: change_tx,
            wake: Box::new(wake),
        };
        for url in urls {
            poller.follow(url.clone());
        }
        thread::Builder::new()
            .name("feed-follow".into())
            .spawn(move || poller.run(&control_rx))
            .map_err(|e| format!("cannot start following feeds: {e}"))?;
        Ok(FeedFollow {
            changes,
            control,
            urls: urls.to_vec(),
        })
    }

    /// The URLs followed, in the order they were added.
    pub fn urls(&self) -> &[String] {
        &self.urls
    }

    /// Follows one more URL (polled at once); a URL already followed is ignored.
    pub fn follow(&mut self, url: &str) {
        if !self.urls.iter().any(|u| u == url) {
            self.urls.push(url.to_owned());
            let _ = self.control.send(Control::Follow(url.to_owned()));
        }
    }

    /// Stops following `url`; what it brought stays.
    pub fn unfollow(&mut self, url: &str) {
        self.urls.retain(|u| u != url);
        let _ = self.control.send(Control::Unfollow(url.to_owned()));
    }

    /// Corrections to apply to what is extracted from now on.
    pub fn set_corrections(&self, corrections: Arc<Corrections>) {
        let _ = self.control.send(Control::Corrections(corrections));
    }

    /// The changes that arrived, at most `budget` of them, without waiting.
    pub fn drain(&self, budget: usize) -> Vec<FeedChange> {
        let mut out = Vec::new();
        while out.len() < budget {
            match self.changes.try_recv() {
                Ok(change) => out.push(change),
                Err(TryRecvError::Empty | TryRecvError::Disconnected) => break,
            }
        }
        out
    }

    /// The next change, waiting up to `timeout` (tests and headless use).
    pub fn next(&self, timeout: Duration) -> Option<FeedChange> {
        self.changes.recv_timeout(timeout).ok()
    }
}

/// The polling thread's state.
struct Poller {
    agent: ureq::Agent,
    polling: Polling,
    gazetteer: &'static Gazetteer,
    corrections: Arc<Corrections>,
    feeds: BTreeMap<String, Followed>,
    /// Links and fingerprints of every item sent, across all feeds.
    seen: FxHashSet<String>,
    changes: Sender<FeedChange>,
    wake: Box<dyn Fn() + Send>,
}

impl Poller {
    fn follow(&mut self, url: String) {
        self.feeds.entry(url).or_insert(Followed {
            validators: Validators::default(),
            due: Instant::now(),
            failures: 0,
        });
    }

    fn run(&mut self, control: &Receiver<Control>) {
        loop {
            let now = Instant::now();
            let next_due = self.feeds.values().map(|f| f.due).min();
            let wait = next_due.map_or(Duration::from_secs(3600), |due| {
                due.saturating_duration_since(now)
            });
            match control.recv_timeout(wait) {
                Ok(Control::Follow(url)) => self.follow(url),
                Ok(Control::Unfollow(url)) => {
                    self.feeds.remove(&url);
                }
                Ok(Control::Corrections(corrections)) => self.corrections = corrections,
                Err(RecvTimeoutError::Timeout) => {}
                Err(RecvTimeoutError::Disconnected) => return,
            }
            let due: Vec<String> = self
                .feeds
                .iter()
                .filter(|(_, f)| f.due <= Instant::now())
                .map(|(url, _)| url.clone())
                .collect();
            for url in due {
                let change = self.poll(&url);
                if self.changes.send(change).is_err() {
                    return; // The app is gone.
                }
                (self.wake)();
            }
        }
    }

    /// Polls one URL and schedules its next poll.
    fn poll(&mut self, url: &str) -> FeedChange {
        let validators = self
            .feeds
            .get(url)
            .map(|f| f.validators.clone())
            .unwrap_or_default();
        let answer = request(&self.agent, url, &validators);
        let polling = self.polling;
        let Some(feed) = self.feeds.get_mut(url) else {
            return FeedChange::Unchanged {
                url: url.to_owned(),
            };
        };
        match answer {
            Err(message) => {
                feed.failures = feed.failures.saturating_add(1);
                let backoff = polling
                    .interval
                    .saturating_mul(1 << feed.failures.min(16))
                    .min(polling.max_backoff.max(polling.interval));
                feed.due = Instant::now() + backoff;
                FeedChange::Problem {
                    url: url.to_owned(),
                    message,
                }
            }
            Ok(Answer::NotModified) => {
                feed.failures = 0;
                feed.due = Instant::now() + polling.interval;
                FeedChange::Unchanged {
                    url: url.to_owned(),
                }
            }
            Ok(Answer::Body {
                bytes,
                content_type,
                validators,
            }) => {
                feed.failures = 0;
                feed.due = Instant::now() + polling.interval;
                feed.validators = validators;
                let inputs = read_downloaded(url, content_type.as_deref(), &bytes);
                self.new_items(url, inputs)
            }
        }
    }

    /// Extracts the inputs not seen before, from any feed.
    fn new_items(&mut self, url: &str, inputs: Vec<Input>) -> FeedChange {
        let mut outcomes = Vec::new();
        for input in inputs {
            match input.article {
                Err(error) => {
                    return FeedChange::Problem {
                        url: url.to_owned(),
                        message: error.to_string(),
                    };
                }
                Ok(article) => {
                    let key = article
                        .url
                        .clone()
                        .filter(|link| link != url)
                        .unwrap_or_else(|| fingerprint(&article.text));
                    let text_key = fingerprint(&article.text);
                    if self.seen.contains(&key) || self.seen.contains(&text_key) {
                        continue;
                    }
                    self.seen.insert(key.clone());
                    self.seen.insert(text_key);
                    // An item is known by its link: stable while the feed moves on.
                    let path = article.url.clone().unwrap_or_else(|| input.path.clone());
                    outcomes.push(Outcome {
                        path,
                        result: Ok(extract(article, self.gazetteer, &self.corrections)),
                    });
                }
            }
        }
        if outcomes.is_empty() {
            FeedChange::Unchanged {
                url: url.to_owned(),
            }
        } else {
            FeedChange::New {
                url: url.to_owned(),
                outcomes,
            }
        }
    }
}
