//! Loading articles off the UI thread: a named worker thread walks, reads and extracts
//! (files in parallel, [`crate::pipeline::stream_paths`]) and sends each outcome back over
//! a channel in input order; the UI drains it every frame and never waits.

use std::path::PathBuf;
use std::sync::Arc;
use std::sync::mpsc::{Receiver, Sender, channel};
use std::thread;

use crate::corrections::Corrections;
use crate::gazetteer::Gazetteer;
use crate::pipeline::{Outcome, stream_paths};

/// What the worker reports.
pub enum LoadMessage {
    /// The number of inputs the walk has found so far (it grows while the walk runs).
    Found { files: usize },
    /// One input's result.
    Done(Box<Outcome>),
    /// Everything was read.
    Finished,
}

/// A load in progress.
pub struct Loading {
    receiver: Receiver<LoadMessage>,
    /// The corrections the worker applies; when the user corrects something meanwhile,
    /// the UI extracts the arriving articles again.
    pub corrections: Arc<Corrections>,
    pub files: usize,
    pub done: usize,
    pub finished: bool,
}

impl Loading {
    /// Starts loading `paths` on a worker thread. `wake` is called after each message so the
    /// UI repaints (pass `ctx.request_repaint`).
    pub fn start(
        paths: Vec<PathBuf>,
        corrections: Arc<Corrections>,
        wake: impl Fn() + Send + 'static,
    ) -> Loading {
        let (sender, receiver) = channel();
        let spawned = thread::Builder::new()
            .name("article-loader".to_owned())
            .spawn({
                let corrections = corrections.clone();
                move || load(paths, &corrections, &sender, &wake)
            });
        let mut loading = Loading {
            receiver,
            corrections,
            files: 0,
            done: 0,
            finished: false,
        };
        if let Err(error) = spawned {
            eprintln!("incident-map: cannot start the loader thread: {error}");
            loading.finished = true;
        }
        loading
    }

    /// Takes what arrived, for at most `budget` messages (the UI keeps its frame rate).
    pub fn drain(&mut self, budget: usize) -> Vec<Outcome> {
        let mut outcomes = Vec::new();
        for _ in 0..budget {
            match self.receiver.try_recv() {
                Ok(LoadMessage::Found { files }) => self.files = self.files.max(files),
                Ok(LoadMessage::Done(outcome)) => {
                    self.done += 1;
                    outcomes.push(*outcome);
                }
                Ok(LoadMessage::Finished) => self.finished = true,
                Err(std::sync::mpsc::TryRecvError::Empty) => break,
                Err(std::sync::mpsc::TryRecvError::Disconnected) => {
                    self.finished = true;
                    break;
                }
            }
        }
        outcomes
    }
}

fn load(
    paths: Vec<PathBuf>,
    corrections: &Corrections,
    sender: &Sender<LoadMessage>,
    wake: &dyn Fn(),
) {
    let gazetteer = match Gazetteer::embedded() {
        Ok(g) => g,
        Err(error) => {
            eprintln!("incident-map: the built-in gazetteer is broken: {error}");
            sender.send(LoadMessage::Finished).ok();
            wake();
            return;
        }
    };
    let mut sent = 0usize;
    stream_paths(
        &paths,
        gazetteer,
        corrections,
        |outcome| outcome,
        |files| {
            sender.send(LoadMessage::Found { files }).ok();
        },
        |outcome| {
            sent += 1;
            if sent.is_multiple_of(64) {
                wake();
            }
            // The app has closed: stop reading.
            sender.send(LoadMessage::Done(Box::new(outcome))).is_ok()
        },
    );
    sender.send(LoadMessage::Finished).ok();
    wake();
}
