//! Following a folder: articles added or changed appear, deleted ones go, without a
//! restart (the Liveuamap experience on your own sources).
//!
//! A named thread receives the OS's file notifications (the `notify` crate: inotify,
//! FSEvents, ReadDirectoryChanges), waits until a file has stopped changing (same size and
//! time for [`SETTLE`]), then reads and extracts it and sends the result. A file that is
//! still being written may look broken (cut inside a UTF-8 character, half a JSON record,
//! empty): such results are retried every [`RETRY`] for up to [`GIVE_UP`] before they are
//! reported. Editors' temporary files (hidden, `~`, `.tmp`, `.part`, `.swp`) are ignored.

use std::collections::BTreeMap;
use std::fs;
use std::path::{Path, PathBuf};
use std::sync::Arc;
use std::sync::mpsc::{Receiver, RecvTimeoutError, Sender, TryRecvError, channel};
use std::thread;
use std::time::{Duration, Instant, SystemTime};

use notify::{RecursiveMode, Watcher};

use crate::article::InputError;
use crate::article::read::is_article_file_name;
use crate::corrections::Corrections;
use crate::gazetteer::Gazetteer;
use crate::pipeline::{Outcome, expand_paths, extract_file};

/// How long a file must stay unchanged before it is read.
pub const SETTLE: Duration = Duration::from_millis(120);
/// How soon a file that looked half-written is read again.
pub const RETRY: Duration = Duration::from_millis(250);
/// How long a file may look half-written before its problem is reported.
pub const GIVE_UP: Duration = Duration::from_secs(3);

/// What changed in the folder.
#[derive(Debug)]
pub enum Change {
    /// A file was read (again): everything from it is replaced by these outcomes.
    /// `initial` is true for the files already there when watching started.
    Updated {
        path: String,
        outcomes: Vec<Outcome>,
        initial: bool,
        /// The corrections applied; the receiver re-extracts if it has newer ones.
        corrections: Arc<Corrections>,
    },
    /// A file or folder is gone: forget everything read from it.
    Removed { path: String },
    /// The watch itself failed (the folder was deleted, the OS ran out of watches).
    Failed { message: String },
}

enum Control {
    Corrections(Arc<Corrections>),
}

/// A folder being followed. Dropping it stops the thread.
pub struct FolderWatch {
    pub dir: PathBuf,
    changes: Receiver<Change>,
    control: Sender<Control>,
}

impl FolderWatch {
    /// Starts following `dir` (recursively). Its current files are read first and come
    /// as `initial` updates. `wake` is called after each change is sent (the app passes
    /// `request_repaint`).
    pub fn start(
        dir: &Path,
        gazetteer: &'static Gazetteer,
        corrections: Arc<Corrections>,
        wake: impl Fn() + Send + 'static,
    ) -> Result<FolderWatch, String> {
        let dir = fs::canonicalize(dir).map_err(|e| format!("{}: {e}", dir.display()))?;
        if !dir.is_dir() {
            return Err(format!("{}: not a folder", dir.display()));
        }
        let (events_in, events) = channel();
        let mut watcher = notify::recommended_watcher(events_in)
            .map_err(|e| format!("{}: cannot watch: {e}", dir.display()))?;
        watcher
            .watch(&dir, RecursiveMode::Recursive)
            .map_err(|e| format!("{}: cannot watch: {e}", dir.display()))?;
        let (changes_out, changes) = channel();
        let (control, control_in) = channel();
        let worker = Worker {
            dir: dir.clone(),
            gazetteer,
            corrections,
            pending: BTreeMap::new(),
            sent: BTreeMap::new(),
            changes: changes_out,
            wake: Box::new(wake),
        };
        thread::Builder::new()
            .name("folder-watch".to_owned())
            .spawn(move || worker.run(&watcher, &events, &control_in))
            .map_err(|e| format!("cannot start the folder watch thread: {e}"))?;
        Ok(FolderWatch {
            dir,
            changes,
            control,
        })
    }

    /// Takes the changes that arrived, at most `budget` of them.
    pub fn drain(&self, budget: usize) -> Vec<Change> {
        let mut out = Vec::new();
        while out.len() < budget {
            match self.changes.try_recv() {
                Ok(change) => out.push(change),
                Err(TryRecvError::Empty) => break,
                Err(TryRecvError::Disconnected) => {
                    break;
                }
            }
        }
        out
    }

    /// Waits up to `timeout` for the next change (for tests and headless use).
    pub fn next(&self, timeout: Duration) -> Option<Change> {
        self.changes.recv_timeout(timeout).ok()
    }

    /// Files read from now on use these corrections.
    pub fn set_corrections(&self, corrections: Arc<Corrections>) {
        self.control.send(Control::Corrections(corrections)).ok();
    }
}

/// A file's size and modification time: when neither moved, it was not rewritten.
type Signature = (u64, Option<SystemTime>);

/// A file waiting to be read.
struct Pending {
    due: Instant,
    /// Size and modification time when last looked at.
    signature: Option<Signature>,
    first_seen: Instant,
}

struct Worker {
    dir: PathBuf,
    gazetteer: &'static Gazetteer,
    corrections: Arc<Corrections>,
    pending: BTreeMap<PathBuf, Pending>,
    /// What each file looked like when it was last sent: an event that changes nothing
    /// (a folder touched, a file saved unchanged) sends nothing.
    sent: BTreeMap<PathBuf, Signature>,
    changes: Sender<Change>,
    wake: Box<dyn Fn() + Send>,
}

impl Worker {
    fn run(
        mut self,
        // Kept alive here: dropping the watcher ends the notifications.
        _watcher: &dyn Watcher,
        events: &Receiver<notify::Result<notify::Event>>,
        control: &Receiver<Control>,
    ) {
        let expanded = expand_paths(std::slice::from_ref(&self.dir));
        for problem in expanded.problems {
            let path = problem.path.clone();
            if !self.send(Change::Updated {
                path,
                outcomes: vec![problem],
                initial: true,
                corrections: self.corrections.clone(),
            }) {
                return;
            }
        }
        for file in expanded.files {
            if let Some(signature) = signature(&file) {
                self.sent.insert(file.clone(), signature);
            }
            let outcomes = extract_file(&file, self.gazetteer, &self.corrections);
            if !self.send(Change::Updated {
                path: crate::article::shown::shown(&file),
                outcomes,
                initial: true,
                corrections: self.corrections.clone(),
            }) {
                return;
            }
        }
        loop {
            let timeout = self
                .pending
                .values()
                .map(|p| p.due.saturating_duration_since(Instant::now()))
                .min()
                .unwrap_or(Duration::from_millis(500));
            match events.recv_timeout(timeout) {
                Ok(Ok(event)) => {
                    if event.need_rescan() {
                        // The OS dropped events (queue overflow): compare everything.
                        self.rescan();
                    }
                    for path in event.paths {
                        self.schedule(path);
                    }
                }
                Ok(Err(error)) => {
                    if !self.send(Change::Failed {
                        message: format!("{}: {error}", self.dir.display()),
                    }) {
                        return;
                    }
                }
                Err(RecvTimeoutError::Timeout) => {}
                Err(RecvTimeoutError::Disconnected) => return,
            }
            loop {
                match control.try_recv() {
                    Ok(Control::Corrections(c)) => self.corrections = c,
                    Err(TryRecvError::Empty) => break,
                    // The app dropped its FolderWatch: stop.
                    Err(TryRecvError::Disconnected) => return,
                }
            }
            if !self.dir.is_dir() {
                self.send(Change::Failed {
                    message: format!(
                        "{}: the folder is gone; no longer following it",
                        self.dir.display()
                    ),
                });
                return;
            }
            if !self.check_due() {
                return;
            }
        }
    }

    /// Schedules every file that differs from what was sent, and every sent file that is
    /// gone.
    fn rescan(&mut self) {
        let files = expand_paths(std::slice::from_ref(&self.dir)).files;
        let gone: Vec<PathBuf> = self.sent.keys().filter(|p| !p.exists()).cloned().collect();
        for file in files.into_iter().chain(gone) {
            if self.sent.get(&file) != signature(&file).as_ref() {
                self.schedule(file);
            }
        }
    }

    fn schedule(&mut self, path: PathBuf) {
        if is_ignored(&path, &self.dir) {
            return;
        }
        let now = Instant::now();
        let signature = signature(&path);
        let entry = self.pending.entry(path).or_insert(Pending {
            due: now,
            signature: None,
            first_seen: now,
        });
        entry.due = now + SETTLE;
        entry.signature = signature;
    }

    /// Reads the files that are due and stable. Returns false when the app is gone.
    fn check_due(&mut self) -> bool {
        let now = Instant::now();
        let due: Vec<PathBuf> = self
            .pending
            .iter()
            .filter(|(_, p)| p.due <= now)
            .map(|(path, _)| path.clone())
            .collect();
        for path in due {
            let Some(pending) = self.pending.get_mut(&path) else {
                continue;
            };
            let shown = crate::article::shown::shown(&path);
            let meta = match fs::metadata(&path) {
                Err(_) => {
                    self.pending.remove(&path);
                    let before = self.sent.len();
                    self.sent.retain(|p, _| !p.starts_with(&path));
                    if self.sent.len() != before && !self.send(Change::Removed { path: shown }) {
                        return false;
                    }
                    continue;
                }
                Ok(meta) if meta.is_dir() => {
                    // A folder moved in, or touched: its new or changed files are read.
                    self.pending.remove(&path);
                    for file in expand_paths(std::slice::from_ref(&path)).files {
                        if self.sent.get(&file) != signature(&file).as_ref() {
                            self.schedule(file);
                        }
                    }
                    continue;
                }
                Ok(meta) if !meta.is_file() && is_article_file_name(&path) => {
                    // A FIFO or a device named like an article: said once, never read
                    // (reading it would block or never end).
                    self.pending.remove(&path);
                    let signature = signature_of(&meta);
                    if self.sent.get(&path) == Some(&signature) {
                        continue;
                    }
                    self.sent.insert(path.clone(), signature);
                    let kind = crate::article::open::kind_of(meta.file_type());
                    let outcome = Outcome {
                        path: shown.clone(),
                        result: Err(crate::article::InputError::NotRegular(kind)),
                    };
                    if !self.send(Change::Updated {
                        path: shown,
                        outcomes: vec![outcome],
                        initial: false,
                        corrections: self.corrections.clone(),
                    }) {
                        return false;
                    }
                    continue;
                }
                Ok(meta) if !meta.is_file() || !is_article_file_name(&path) => {
                    // Other files are not articles.
                    self.pending.remove(&path);
                    continue;
                }
                Ok(meta) => meta,
            };
            let now_signature = signature_of(&meta);
            if Some(now_signature) != pending.signature {
                // Still being written.
                pending.signature = Some(now_signature);
                pending.due = now + SETTLE;
                continue;
            }
            if self.sent.get(&path) == Some(&now_signature) {
                self.pending.remove(&path);
                continue;
            }
            let outcomes = extract_file(&path, self.gazetteer, &self.corrections);
            if outcomes.iter().any(looks_half_written) && pending.first_seen.elapsed() < GIVE_UP {
                pending.due = now + RETRY;
                continue;
            }
            self.pending.remove(&path);
            self.sent.insert(path.clone(), now_signature);
            if !self.send(Change::Updated {
                path: shown,
                outcomes,
                initial: false,
                corrections: self.corrections.clone(),
            }) {
                return false;
            }
        }
        true
    }

    fn send(&self, change: Change) -> bool {
        let sent = self.changes.send(change).is_ok();
        (self.wake)();
        sent
    }
}

fn signature(path: &Path) -> Option<Signature> {
    fs::metadata(path).ok().map(|m| signature_of(&m))
}

fn signature_of(meta: &fs::Metadata) -> Signature {
    (meta.len(), meta.modified().ok())
}

/// Results a file being written can give: cut inside a character, half a JSON record,
/// nothing yet.
fn looks_half_written(outcome: &Outcome) -> bool {
    match &outcome.result {
        Err(InputError::InvalidUtf8(_) | InputError::Json(_) | InputError::MissingText) => true,
        Err(_) => false,
        Ok(extracted) => extracted
            .article
            .warnings
            .iter()
            .any(|w| w.starts_with("empty file")),
    }
}

/// Anything inside a hidden folder (`.git/…`), hidden files, editor backups and
/// download/partial files. Whether a file is an article (its extension) is decided when
/// it is read: a name alone cannot tell a deleted folder `2024.01` from a file.
fn is_ignored(path: &Path, root: &Path) -> bool {
    let relative = path.strip_prefix(root).unwrap_or(path);
    let hidden = relative
        .components()
        .any(|c| c.as_os_str().to_string_lossy().starts_with('.'));
    let name = path
        .file_name()
        .map(|n| n.to_string_lossy().into_owned())
        .unwrap_or_default();
    let temporary = name.starts_with('#')
        || name.ends_with('~')
        || [".tmp", ".part", ".crdownload", ".swp", ".swx"]
            .iter()
            .any(|suffix| name.ends_with(suffix));
    hidden || temporary
}

#[cfg(test)]
mod tests {
    use super::is_ignored;
    use std::path::Path;

    #[test]
    fn hidden_and_temporary_files_are_ignored() {
        let root = Path::new("/news");
        for name in [
            ".report.txt.swp",
            "report.txt~",
            "a.tmp",
            "x.part",
            ".git/HEAD",
            "a/.cache/b.txt",
        ] {
            assert!(is_ignored(&root.join(name), root), "{name}");
        }
        for name in [
            "report.txt",
            "feed.jsonl",
            "README",
            "batch.1",
            "2024.01/a.txt",
        ] {
            assert!(!is_ignored(&root.join(name), root), "{name}");
        }
    }
}
