//! A layer import running on a worker thread: the UI polls it each frame and adds the
//! layer when it is done, so a million-row CSV never freezes the window.

use std::path::PathBuf;
use std::sync::mpsc::{Receiver, TryRecvError};

use crate::view::catalog::PreparedLayer;

/// What the worker sends back: the layer's events, or why the file cannot be imported.
pub type ImportResult = Result<PreparedLayer, String>;

/// An import under way.
pub struct PendingImport {
    pub path: PathBuf,
    receiver: Receiver<ImportResult>,
    /// The result once received; `Some(None)` when the worker stopped without one.
    arrived: Option<Option<ImportResult>>,
}

impl PendingImport {
    pub fn new(path: PathBuf, receiver: Receiver<ImportResult>) -> PendingImport {
        PendingImport {
            path,
            receiver,
            arrived: None,
        }
    }

    /// Takes the worker's result if it has come (never waits).
    pub fn poll(&mut self) -> bool {
        if self.arrived.is_none() {
            self.arrived = match self.receiver.try_recv() {
                Ok(result) => Some(Some(result)),
                Err(TryRecvError::Disconnected) => Some(None),
                Err(TryRecvError::Empty) => None,
            };
        }
        self.arrived.is_some()
    }

    /// The result, once [`PendingImport::poll`] said it is done: `None` if the worker
    /// stopped without sending one (it panicked).
    pub fn take(self) -> Option<ImportResult> {
        self.arrived.flatten()
    }
}
