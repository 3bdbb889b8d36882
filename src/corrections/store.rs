//! Reading and writing the corrections file.
//!
//! Writes are atomic: the new content goes to a temporary file in the same directory,
//! is flushed to disk (`fsync`), then renamed over the old file, and the directory is
//! flushed too. A crash or kill at any point leaves the old file or the new one, never a
//! mix. A file that cannot be parsed is never overwritten: the app moves it aside
//! (`corrections.json.corrupt-<time>`), says so, and starts a new one.

use std::fs::{self, File};
use std::io::{self, Write};
use std::path::{Path, PathBuf};
use std::time::SystemTime;

use chrono::{DateTime, Utc};
use thiserror::Error;

use super::{Corrections, FORMAT_VERSION};

/// Why a corrections file could not be used.
#[derive(Debug, Error)]
pub enum CorrectionsError {
    #[error("{path}: cannot read: {source}")]
    Read { path: String, source: io::Error },
    #[error("{path}: not a valid corrections file (line {line}, column {column}): {reason}")]
    /// `line` and `column` are 0 when the JSON is well-formed but its content is not
    /// (a duplicate id, a point off the globe).
    Corrupt {
        path: String,
        line: usize,
        column: usize,
        reason: String,
    },
    #[error(
        "{path}: written by a newer incident-map (format {found}, this one reads {FORMAT_VERSION})"
    )]
    TooNew { path: String, found: u32 },
    #[error("{path}: cannot read: {reason}")]
    Unreadable { path: String, reason: String },
    #[error("{path}: cannot save: {source}")]
    Write { path: String, source: io::Error },
}

/// Largest corrections file read: years of corrections are a few megabytes.
const MAX_FILE_BYTES: u64 = 64 * 1024 * 1024;

/// Reads a corrections file. A missing file is an empty set of corrections. Only a regular
/// file is read (a FIFO or a device is an error, never a wait), a UTF-8 byte order mark is
/// skipped, and a file that is not a JSON object says so.
pub fn load(path: &Path) -> Result<Corrections, CorrectionsError> {
    let shown = crate::article::shown::shown(path);
    let bytes = match crate::article::open::read_bounded(path, MAX_FILE_BYTES) {
        Ok(bytes) => bytes,
        Err(crate::article::InputError::NotFound) => return Ok(Corrections::new()),
        Err(crate::article::InputError::Io(source)) => {
            return Err(CorrectionsError::Read {
                path: shown,
                source,
            });
        }
        Err(error) => {
            return Err(CorrectionsError::Unreadable {
                path: shown,
                reason: error.to_string(),
            });
        }
    };
    let text = bytes.strip_prefix(b"\xEF\xBB\xBF").unwrap_or(&bytes);
    let shape = serde_json::from_slice::<serde_json::Value>(text).ok();
    if let Some(value) = shape.filter(|v| !v.is_object()) {
        let found = match value {
            serde_json::Value::Array(_) => "an array",
            serde_json::Value::String(_) => "a string",
            serde_json::Value::Number(_) => "a number",
            serde_json::Value::Bool(_) => "a boolean",
            _ => "null",
        };
        return Err(CorrectionsError::Corrupt {
            path: shown,
            line: 1,
            column: 1,
            reason: format!(
                "expected a JSON object with \"version\" and \"corrections\", found {found}"
            ),
        });
    }
    let corrupt = |e: serde_json::Error| CorrectionsError::Corrupt {
        path: shown.clone(),
        line: e.line(),
        column: e.column(),
        reason: e.to_string(),
    };
    // The version first: a newer file may hold entries this build cannot parse, and must
    // then be left alone rather than taken for a broken one.
    #[derive(serde::Deserialize)]
    struct VersionOnly {
        #[serde(default)]
        version: u32,
    }
    let found = serde_json::from_slice::<VersionOnly>(text)
        .map_err(corrupt)?
        .version;
    if found > FORMAT_VERSION {
        return Err(CorrectionsError::TooNew { path: shown, found });
    }
    let mut corrections: Corrections = serde_json::from_slice(text).map_err(corrupt)?;
    if let Err(reason) = corrections.check() {
        return Err(CorrectionsError::Corrupt {
            path: shown,
            line: 0,
            column: 0,
            reason,
        });
    }
    // Version 0 (left out by hand) is read as the current one.
    corrections.version = FORMAT_VERSION;
    corrections.reindex();
    Ok(corrections)
}

/// Saves atomically (see the module documentation).
pub fn save(path: &Path, corrections: &Corrections) -> Result<(), CorrectionsError> {
    save_with(path, corrections, |file, bytes| file.write_all(bytes))
}

/// [`save`] with the write step given, so tests can make it fail halfway.
fn save_with(
    path: &Path,
    corrections: &Corrections,
    write: impl FnOnce(&mut File, &[u8]) -> io::Result<()>,
) -> Result<(), CorrectionsError> {
    let error = |source| CorrectionsError::Write {
        path: path.display().to_string(),
        source,
    };
    let mut bytes = serde_json::to_vec_pretty(corrections).map_err(|e| error(e.into()))?;
    bytes.push(b'\n');
    write_atomically(path, &bytes, write).map_err(error)
}

fn write_atomically(
    path: &Path,
    bytes: &[u8],
    write: impl FnOnce(&mut File, &[u8]) -> io::Result<()>,
) -> io::Result<()> {
    let dir = match path.parent() {
        Some(dir) if !dir.as_os_str().is_empty() => dir.to_path_buf(),
        _ => PathBuf::from("."),
    };
    fs::create_dir_all(&dir)?;
    let name = path
        .file_name()
        .map(|n| n.to_string_lossy().into_owned())
        .unwrap_or_else(|| "corrections.json".to_owned());
    let temporary = dir.join(format!(".{name}.tmp-{}", std::process::id()));
    let written = File::create(&temporary).and_then(|mut file| {
        write(&mut file, bytes)?;
        file.sync_all()
    });
    let renamed = written.and_then(|()| fs::rename(&temporary, path));
    if let Err(e) = renamed {
        fs::remove_file(&temporary).ok();
        return Err(e);
    }
    // The rename itself must reach the disk; not every platform can open a directory.
    if let Ok(dir) = File::open(&dir) {
        dir.sync_all().ok();
    }
    Ok(())
}

/// The corrections the app starts with, and what went wrong on the way.
pub struct Opened {
    pub corrections: Corrections,
    /// A message for the Problems panel.
    pub problem: Option<String>,
    /// When false the file must not be written (it is from a newer version, or a broken
    /// file could not be moved aside): changes then last only for the session.
    pub writable: bool,
}

/// Opens the app's corrections file: a broken file is moved aside (never overwritten)
/// and reported; the app then starts with no corrections.
pub fn open(path: &Path) -> Opened {
    match load(path) {
        Ok(corrections) => Opened {
            corrections,
            problem: None,
            writable: true,
        },
        Err(error @ CorrectionsError::Corrupt { .. }) => {
            let stamp = DateTime::<Utc>::from(SystemTime::now()).format("%Y%m%dT%H%M%SZ");
            let mut aside = path.as_os_str().to_owned();
            aside.push(format!(".corrupt-{stamp}"));
            let aside = PathBuf::from(aside);
            match fs::rename(path, &aside) {
                Ok(()) => Opened {
                    corrections: Corrections::new(),
                    problem: Some(format!(
                        "{error}. It was kept as {} and a new file was started.",
                        aside.display()
                    )),
                    writable: true,
                },
                Err(e) => Opened {
                    corrections: Corrections::new(),
                    problem: Some(format!(
                        "{error}. It could not be moved aside ({e}), so new corrections will not be saved."
                    )),
                    writable: false,
                },
            }
        }
        Err(error) => Opened {
            corrections: Corrections::new(),
            problem: Some(format!(
                "{error}. New corrections will not be saved this session."
            )),
            writable: false,
        },
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::corrections::{Before, Request, Scope, Target};

    fn one_correction() -> Corrections {
        let mut c = Corrections::new();
        c.add(
            Request {
                name: "Harir",
                scope: Scope::Everywhere,
                article_key: "",
                article_title: "t",
                article_path: "p",
                from: Before {
                    name: "Harir".into(),
                    gazetteer_id: "1".into(),
                    lat: 36.5,
                    lon: 44.3,
                },
                to: Target::NotAPlace,
            },
            "ana",
        );
        c
    }

    #[test]
    fn a_write_failing_midway_leaves_the_old_file_readable() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("corrections.json");
        let old = one_correction();
        save(&path, &old).unwrap();
        let mut new = old.clone();
        new.undo(1, "bo");
        let result = save_with(&path, &new, |file, bytes| {
            file.write_all(&bytes[..bytes.len() / 2])?;
            Err(io::Error::other("disk full (simulated)"))
        });
        assert!(matches!(result, Err(CorrectionsError::Write { .. })));
        assert_eq!(load(&path).unwrap(), old, "the old file is intact");
        let leftovers: Vec<_> = fs::read_dir(dir.path()).unwrap().collect();
        assert_eq!(leftovers.len(), 1, "no temporary file left behind");
        save(&path, &new).unwrap();
        assert_eq!(load(&path).unwrap(), new);
    }

    #[test]
    fn a_corrupt_file_is_reported_and_kept_aside() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("corrections.json");
        fs::write(&path, "{\"version\": 1, \"corrections\": [ {\"id\": ").unwrap();
        assert!(matches!(
            load(&path),
            Err(CorrectionsError::Corrupt { line: 1, .. })
        ));
        let opened = open(&path);
        let problem = opened.problem.unwrap();
        assert!(problem.contains("corrections.json") && problem.contains("kept as"));
        assert!(opened.writable && opened.corrections.is_empty());
        let aside: Vec<PathBuf> = fs::read_dir(dir.path())
            .unwrap()
            .map(|e| e.unwrap().path())
            .filter(|p| p.to_string_lossy().contains(".corrupt-"))
            .collect();
        assert_eq!(aside.len(), 1);
        assert!(fs::read_to_string(&aside[0]).unwrap().contains("\"id\": "));
        assert!(!path.exists(), "nothing written over it");
    }

    #[test]
    fn a_newer_format_is_not_overwritten() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("corrections.json");
        // Entries this version cannot parse: still "newer", not "corrupt".
        fs::write(
            &path,
            "{\"corrections\": [{\"to\": {\"kind\": \"polygon\"}}], \"version\": 99}",
        )
        .unwrap();
        let opened = open(&path);
        assert!(!opened.writable);
        assert!(opened.problem.unwrap().contains("newer"));
        assert!(path.exists());
    }

    #[test]
    fn impossible_content_is_corrupt() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("corrections.json");
        let mut c = one_correction();
        c.corrections[0].to = Target::Pin {
            lat: 95.0,
            lon: 0.0,
            country: None,
            admin1: None,
        };
        fs::write(&path, serde_json::to_string(&c).unwrap()).unwrap();
        let error = load(&path).unwrap_err().to_string();
        assert!(error.contains("latitude"), "{error}");
        let mut c = one_correction();
        c.corrections.push(c.corrections[0].clone());
        fs::write(&path, serde_json::to_string(&c).unwrap()).unwrap();
        let error = load(&path).unwrap_err().to_string();
        assert!(error.contains("duplicate id 1"), "{error}");
    }

    #[test]
    fn a_pin_saved_before_pins_had_a_country_still_loads() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("corrections.json");
        fs::write(
            &path,
            r#"{"version": 1, "corrections": [{"id": 1, "name": "Harir", "scope": "everywhere",
               "from": {"name": "Harir", "gazetteer_id": "96046", "lat": 36.55, "lon": 44.35},
               "to": {"kind": "pin", "lat": 36.5, "lon": 44.3},
               "by": "ana", "at": "2026-11-25T10:00:00Z"}]}"#,
        )
        .unwrap();
        let loaded = load(&path).unwrap();
        assert!(matches!(
            loaded.all()[0].to,
            Target::Pin {
                country: None,
                admin1: None,
                ..
            }
        ));
    }

    #[test]
    fn a_missing_file_is_no_corrections() {
        let dir = tempfile::tempdir().unwrap();
        assert!(load(&dir.path().join("none.json")).unwrap().is_empty());
    }
}
