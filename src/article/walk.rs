//! Walking folders for article files: recursively, in path order, hidden entries skipped,
//! following symbolic links but never reading a folder twice.
//!
//! Each folder entered is remembered by device and inode, so a link back to an ancestor
//! or a second link to the same folder is skipped (and said once). A link to a folder on
//! another file system (`/dev`, `/proc`, a mount) is not followed: it is never a folder of
//! articles, and walking it can block or never end. Entries that are not regular files
//! (FIFOs, devices, sockets) are reported when their name says they are articles.

use std::fs;
use std::path::{Path, PathBuf};

use rustc_hash::FxHashSet;

use super::open::{is_link_loop, kind_of};
use super::read::{InputError, is_article_file_name};

/// An entry of a folder that cannot be read, with why.
#[derive(Debug)]
pub struct Problem {
    /// The path as printed ([`super::shown`]).
    pub path: String,
    pub error: InputError,
}

/// What walking a folder found: article files, and entries that could not be read.
#[derive(Debug, Default)]
pub struct Walk {
    pub files: Vec<PathBuf>,
    pub problems: Vec<Problem>,
}

/// (device, inode) of a folder, where the platform has them.
fn identity(meta: &fs::Metadata) -> Option<(u64, u64)> {
    #[cfg(unix)]
    {
        use std::os::unix::fs::MetadataExt;
        Some((meta.dev(), meta.ino()))
    }
    #[cfg(not(unix))]
    {
        let _ = meta;
        None
    }
}

fn device(meta: &fs::Metadata) -> Option<u64> {
    identity(meta).map(|(dev, _)| dev)
}

/// One thing a walk found, in path order.
#[derive(Debug)]
pub enum Found {
    File(PathBuf),
    Problem(Problem),
}

/// Walks `root` (a folder) and returns its article files in path order.
pub fn article_files(root: &Path) -> Walk {
    let mut walk = Walk::default();
    each_article_file(root, &mut |found| match found {
        Found::File(path) => walk.files.push(path),
        Found::Problem(problem) => walk.problems.push(problem),
    });
    walk
}

/// Walks `root` (a folder) and hands each article file and each problem to `found` as it
/// is met, in path order (entries are sorted per folder, which is the order of sorted
/// paths), so a caller can start on the first file before the walk ends.
pub fn each_article_file(root: &Path, found: &mut dyn FnMut(Found)) {
    let mut entered = FxHashSet::default();
    match fs::metadata(root) {
        Ok(meta) => {
            if let Some(id) = identity(&meta) {
                entered.insert(id);
            }
            visit(root, device(&meta), &mut entered, found);
        }
        Err(e) => found(Found::Problem(problem(root, InputError::Io(e)))),
    }
}

fn problem(path: &Path, error: InputError) -> Problem {
    Problem {
        path: super::shown::shown(path),
        error,
    }
}

fn visit(
    dir: &Path,
    dir_device: Option<u64>,
    entered: &mut FxHashSet<(u64, u64)>,
    found: &mut dyn FnMut(Found),
) {
    let entries = match fs::read_dir(dir) {
        Ok(entries) => entries,
        Err(e) => {
            found(Found::Problem(problem(dir, InputError::Io(e))));
            return;
        }
    };
    let mut entries: Vec<fs::DirEntry> = entries.flatten().collect();
    entries.sort_by_key(fs::DirEntry::file_name);
    for entry in entries {
        if entry.file_name().to_string_lossy().starts_with('.') {
            continue;
        }
        let Ok(own_type) = entry.file_type() else {
            continue;
        };
        let path = entry.path();
        // A plain file needs no further look (the folder listing says what it is): a
        // walk over 100,000 articles costs no stat per file.
        if own_type.is_file() {
            if is_article_file_name(&path) {
                found(Found::File(path));
            }
            continue;
        }
        // Follow links; a dangling link or a loop of links is a problem of its own.
        let meta = if own_type.is_symlink() {
            match fs::metadata(&path) {
                Ok(meta) => meta,
                Err(e) if is_link_loop(&e) => {
                    found(Found::Problem(problem(&path, InputError::LinkLoop)));
                    continue;
                }
                Err(_) => {
                    found(Found::Problem(problem(&path, InputError::BrokenLink)));
                    continue;
                }
            }
        } else {
            match entry.metadata() {
                Ok(meta) => meta,
                Err(e) => {
                    found(Found::Problem(problem(&path, InputError::Io(e))));
                    continue;
                }
            }
        };
        let file_type = meta.file_type();
        if file_type.is_dir() {
            if own_type.is_symlink() && device(&meta) != dir_device {
                found(Found::Problem(problem(&path, InputError::OtherFileSystem)));
                continue;
            }
            if let Some(id) = identity(&meta)
                && !entered.insert(id)
            {
                found(Found::Problem(problem(&path, InputError::AlreadyRead)));
                continue;
            }
            visit(&path, device(&meta), entered, found);
        } else if file_type.is_file() {
            if is_article_file_name(&path) {
                found(Found::File(path));
            }
        } else if is_article_file_name(&path) {
            found(Found::Problem(problem(
                &path,
                InputError::NotRegular(kind_of(file_type)),
            )));
        }
    }
}
