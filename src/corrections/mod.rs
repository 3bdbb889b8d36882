//! Corrections: the user's fixes to where a place name was put, kept between runs.
//!
//! A correction says "read this name as that place" for one article (identified by a
//! fingerprint of its text, so a renamed or moved file keeps its fixes) or for every
//! article ("always read 'Harir' as the Harir air base"). It is applied to the mentions
//! right after geoparsing and before events are extracted, so an event's place, precision
//! and country follow the fix in every output. A dragged pin moves the point (precision
//! `site`) and takes the country and province the app found there (its outlines cover the
//! Middle East); elsewhere it keeps the name's. Undoing keeps the entry, marked undone, so
//! the audit list says who changed what, when, and who took it back.
//!
//! The file format is JSON, meant to be read and edited by people too; [`store`] reads
//! and writes it atomically.

pub mod store;

use std::time::SystemTime;

use chrono::{DateTime, SecondsFormat, Utc};
use rustc_hash::FxHashMap;
use serde::{Deserialize, Serialize};

use crate::gazetteer::{Gazetteer, PlaceId};
use crate::geoparse::{Mention, Pin};
use crate::text::fold;

/// Which articles a correction applies to.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Scope {
    /// The same name in the same article (by text fingerprint).
    Article,
    /// The same name in every article.
    Everywhere,
}

/// What the name should be read as.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(tag = "kind", rename_all = "snake_case")]
pub enum Target {
    /// Another gazetteer entry. The name and point are kept so the file stays readable and
    /// the fix survives a gazetteer that no longer has the entry (it becomes a pin there).
    Place {
        gazetteer_id: String,
        name: String,
        lat: f64,
        lon: f64,
    },
    /// A point the user dragged the pin to, with the country (ISO code) and first-level
    /// division (GeoNames admin1 code) found there, when the app's outlines cover it.
    Pin {
        lat: f64,
        lon: f64,
        #[serde(default, skip_serializing_if = "Option::is_none")]
        country: Option<String>,
        #[serde(default, skip_serializing_if = "Option::is_none")]
        admin1: Option<String>,
    },
    /// The name is not a place here ("Jordan" the player, "Reading" the verb).
    NotAPlace,
}

/// Where the name had been put before the correction, for the audit list.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Before {
    pub name: String,
    pub gazetteer_id: String,
    pub lat: f64,
    pub lon: f64,
}

/// Who took a correction back, and when.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Undone {
    pub by: String,
    pub at: String,
}

/// One correction, as stored.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Correction {
    pub id: u64,
    /// The name as written in the article ("Harir"); matched after folding.
    pub name: String,
    pub scope: Scope,
    /// The article's fingerprint ([`article_key`]); absent for [`Scope::Everywhere`].
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub article: Option<String>,
    /// For people reading the file: the article's title and path when it was made.
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub article_title: String,
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub article_path: String,
    pub from: Before,
    pub to: Target,
    /// Who made it (the OS user name) and when (RFC 3339, UTC).
    pub by: String,
    pub at: String,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub undone: Option<Undone>,
}

impl Correction {
    /// Whether it still applies.
    pub fn is_active(&self) -> bool {
        self.undone.is_none()
    }

    /// "Harir: Ḩarir (36.5511, 44.3526) -> Harir Air Base (36.5370, 44.3420), everywhere":
    /// one line for the audit list; the points tell same-named places apart.
    pub fn summary(&self) -> String {
        let to = match &self.to {
            Target::Place { name, lat, lon, .. } => format!("{name} ({lat:.4}, {lon:.4})"),
            Target::Pin { lat, lon, .. } => format!("a pin at ({lat:.4}, {lon:.4})"),
            Target::NotAPlace => "not a place".to_owned(),
        };
        let scope = match self.scope {
            Scope::Article => "in this article",
            Scope::Everywhere => "everywhere",
        };
        let from = &self.from;
        format!(
            "{}: {} ({:.4}, {:.4}) -> {to}, {scope}",
            self.name, from.name, from.lat, from.lon
        )
    }
}

/// The version this build writes; files from a newer version are refused, not mangled.
pub const FORMAT_VERSION: u32 = 1;

/// Every correction, in the order they were made. A hand-written file may leave out
/// `version` (read as the current one) or `corrections`.
#[derive(Clone, Debug, Default, Serialize, Deserialize)]
#[serde(default)]
pub struct Corrections {
    pub version: u32,
    /// Private so that the name index cannot go stale: changes go through
    /// [`Corrections::add`] and [`Corrections::undo`].
    corrections: Vec<Correction>,
    /// Folded name -> indexes of active corrections, newest last.
    #[serde(skip)]
    by_name: FxHashMap<String, Vec<usize>>,
}

impl PartialEq for Corrections {
    fn eq(&self, other: &Self) -> bool {
        self.version == other.version && self.corrections == other.corrections
    }
}

/// What a new correction is about: a mention in an article.
pub struct Request<'a> {
    pub name: &'a str,
    pub scope: Scope,
    pub article_key: &'a str,
    pub article_title: &'a str,
    pub article_path: &'a str,
    pub from: Before,
    pub to: Target,
}

impl Corrections {
    /// No corrections.
    pub fn new() -> Corrections {
        Corrections {
            version: FORMAT_VERSION,
            ..Corrections::default()
        }
    }

    /// Rebuilds the name index; called after loading and after every change.
    fn reindex(&mut self) {
        self.by_name.clear();
        for (i, c) in self.corrections.iter().enumerate() {
            if c.is_active() {
                self.by_name.entry(fold(&c.name)).or_default().push(i);
            }
        }
    }

    /// Every correction, active and undone, in the order they were made.
    pub fn all(&self) -> &[Correction] {
        &self.corrections
    }

    /// Checks what the JSON cannot: ids are unique, points are on the globe.
    pub(crate) fn check(&self) -> Result<(), String> {
        let mut ids: Vec<u64> = self.corrections.iter().map(|c| c.id).collect();
        ids.sort_unstable();
        if let Some(pair) = ids.windows(2).find(|w| w[0] == w[1]) {
            return Err(format!("duplicate id {}", pair[0]));
        }
        for c in &self.corrections {
            if let Target::Place { lat, lon, .. } | Target::Pin { lat, lon, .. } = c.to {
                crate::exchange::check_point(lat, lon)
                    .map_err(|e| format!("correction {}: {e}", c.id))?;
            }
        }
        Ok(())
    }

    /// Records a new correction by `by` now and returns its id. A correction for every
    /// article made from an article that had its own correction for the name supersedes
    /// it (marked undone), so what the user just chose is what they see.
    pub fn add(&mut self, request: Request<'_>, by: &str) -> u64 {
        let id = self
            .corrections
            .iter()
            .map(|c| c.id)
            .max()
            .unwrap_or(0)
            .saturating_add(1);
        // One time for the new entry and the ones it supersedes.
        let at = now();
        if request.scope == Scope::Everywhere {
            let key = fold(request.name);
            for c in self.corrections.iter_mut().filter(|c| {
                c.is_active()
                    && c.scope == Scope::Article
                    && c.article.as_deref() == Some(request.article_key)
                    && fold(&c.name) == key
            }) {
                c.undone = Some(Undone {
                    by: format!("{by} (superseded by #{id})"),
                    at: at.clone(),
                });
            }
        }
        self.corrections.push(Correction {
            id,
            name: request.name.to_owned(),
            scope: request.scope,
            article: (request.scope == Scope::Article).then(|| request.article_key.to_owned()),
            article_title: request.article_title.to_owned(),
            article_path: request.article_path.to_owned(),
            from: request.from,
            to: request.to,
            by: by.to_owned(),
            at,
            undone: None,
        });
        self.reindex();
        id
    }

    /// Marks a correction undone by `by`; false when there is no such active correction.
    pub fn undo(&mut self, id: u64, by: &str) -> bool {
        let Some(c) = self
            .corrections
            .iter_mut()
            .find(|c| c.id == id && c.is_active())
        else {
            return false;
        };
        c.undone = Some(Undone {
            by: by.to_owned(),
            at: now(),
        });
        self.reindex();
        true
    }

    /// The correction with this id.
    pub fn get(&self, id: u64) -> Option<&Correction> {
        self.corrections.iter().find(|c| c.id == id)
    }

    /// Whether there is no correction at all, active or undone.
    pub fn is_empty(&self) -> bool {
        self.corrections.is_empty()
    }

    /// The correction that decides `name` in the article `article_key`: the newest one
    /// for this article, else the newest one for every article.
    pub fn for_name(&self, name_key: &str, article_key: &str) -> Option<&Correction> {
        let indexes = self.by_name.get(name_key)?;
        let newest = |scope: Scope| {
            indexes
                .iter()
                .rev()
                .map(|&i| &self.corrections[i])
                .find(|c| {
                    c.scope == scope
                        && (scope == Scope::Everywhere || c.article.as_deref() == Some(article_key))
                })
        };
        newest(Scope::Article).or_else(|| newest(Scope::Everywhere))
    }

    /// Applies the corrections to an article's mentions (`text` is the article text the
    /// mention spans point into). Mentions read as "not a place" are removed.
    pub fn apply(&self, text: &str, mentions: &mut Vec<Mention>, gazetteer: &Gazetteer) {
        if self.by_name.is_empty() {
            return;
        }
        let article_key = &article_key(text);
        mentions.retain_mut(|mention| {
            let surface = text.get(mention.start..mention.end).unwrap_or("");
            let Some(correction) = self.for_name(&fold(surface), article_key) else {
                return true;
            };
            match &correction.to {
                Target::NotAPlace => return false,
                Target::Place {
                    gazetteer_id,
                    lat,
                    lon,
                    ..
                } => match gazetteer.by_source_id(gazetteer_id) {
                    Some(place) => set_place(mention, place),
                    None => {
                        mention.pin = Some(Pin {
                            lat: *lat,
                            lon: *lon,
                            within: None,
                        })
                    }
                },
                Target::Pin {
                    lat,
                    lon,
                    country,
                    admin1,
                } => {
                    let within = country.as_deref().and_then(|cc| {
                        admin1
                            .as_deref()
                            .and_then(|a1| gazetteer.admin1(cc, a1))
                            .or_else(|| gazetteer.country(cc))
                    });
                    mention.pin = Some(Pin {
                        lat: *lat,
                        lon: *lon,
                        within,
                    })
                }
            }
            mention.corrected_by = Some(correction.id);
            mention.confidence = 1.0;
            true
        });
    }
}

fn set_place(mention: &mut Mention, place: PlaceId) {
    mention.place = place;
    mention.pin = None;
}

/// The fingerprint corrections use to find "the same article" again: FNV-1a (64 bits) of
/// its text. Stable across runs, builds and machines, unlike the standard hasher.
pub fn article_key(text: &str) -> String {
    let mut hash: u64 = 0xcbf2_9ce4_8422_2325;
    for byte in text.bytes() {
        hash ^= u64::from(byte);
        hash = hash.wrapping_mul(0x0100_0000_01b3);
    }
    format!("fnv1a64:{hash:016x}")
}

/// The current time as stored in the file.
fn now() -> String {
    DateTime::<Utc>::from(SystemTime::now()).to_rfc3339_opts(SecondsFormat::Secs, true)
}

/// The OS user name, for "who made this correction": `USER`, `LOGNAME` or `USERNAME`,
/// else the home folder's name, else "unknown".
pub fn current_user() -> String {
    ["USER", "LOGNAME", "USERNAME"]
        .iter()
        .find_map(|v| std::env::var(v).ok().filter(|u| !u.trim().is_empty()))
        .or_else(|| {
            std::env::var_os("HOME").and_then(|h| {
                std::path::Path::new(&h)
                    .file_name()
                    .map(|n| n.to_string_lossy().into_owned())
            })
        })
        .unwrap_or_else(|| "unknown".to_owned())
}

#[cfg(test)]
mod tests {
    use super::*;

    fn request(scope: Scope, article_key: &str, to: Target) -> Request<'_> {
        Request {
            name: "Harir",
            scope,
            article_key,
            article_title: "",
            article_path: "",
            from: Before {
                name: "Harir".into(),
                gazetteer_id: "1".into(),
                lat: 0.0,
                lon: 0.0,
            },
            to,
        }
    }

    fn pin(lat: f64) -> Target {
        Target::Pin {
            lat,
            lon: 0.0,
            country: None,
            admin1: None,
        }
    }

    #[test]
    fn fingerprints_are_stable_and_distinct() {
        assert_eq!(article_key(""), "fnv1a64:cbf29ce484222325");
        assert_ne!(article_key("a"), article_key("b"));
    }

    #[test]
    fn article_scope_beats_everywhere_and_undo_restores() {
        let mut c = Corrections::new();
        let everywhere = c.add(request(Scope::Everywhere, "x", pin(1.0)), "ana");
        let here = c.add(request(Scope::Article, "k1", pin(2.0)), "ana");
        assert_eq!(c.for_name("harir", "k1").map(|c| c.id), Some(here));
        assert_eq!(c.for_name("harir", "k2").map(|c| c.id), Some(everywhere));
        assert!(c.undo(here, "bo"));
        assert!(!c.undo(here, "bo"), "already undone");
        assert_eq!(c.for_name("harir", "k1").map(|c| c.id), Some(everywhere));
        assert_eq!(
            c.get(here)
                .and_then(|c| c.undone.as_ref())
                .map(|u| u.by.as_str()),
            Some("bo")
        );
        assert!(c.for_name("erbil", "k1").is_none());
    }

    #[test]
    fn everywhere_made_from_an_article_supersedes_its_own_correction() {
        let mut c = Corrections::new();
        let here = c.add(request(Scope::Article, "k1", pin(1.0)), "ana");
        let other = c.add(request(Scope::Article, "k2", pin(2.0)), "ana");
        let everywhere = c.add(request(Scope::Everywhere, "k1", pin(3.0)), "ana");
        assert_eq!(c.for_name("harir", "k1").map(|c| c.id), Some(everywhere));
        assert!(c.get(here).and_then(|c| c.undone.as_ref()).is_some());
        // Another article's own choice stays.
        assert_eq!(c.for_name("harir", "k2").map(|c| c.id), Some(other));
    }
}
