//! The event vocabulary, read from data: trigger lemmas (`data/lexicon/events.tsv`)
//! expanded into every inflected form, and the context cues around them
//! (`data/lexicon/event_cues.txt`).
//!
//! Both files are compiled in and parsed once, on first use. A malformed row is skipped
//! (the unit tests check that every row parses), so a bad edit cannot stop the program.

use std::sync::OnceLock;

use rustc_hash::{FxHashMap, FxHashSet};

use super::EventKind;
use crate::text::WordSieve;
use crate::text::inflect::{self, Form, Pos};

/// What a trigger word does (see the header of `data/lexicon/events.tsv`).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Role {
    Event,
    Weapon,
    Outcome,
    Support,
    Light,
}

/// Flags of a vocabulary entry.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct Flags {
    pub object: bool,
    pub topic: bool,
    pub act: bool,
    pub person: bool,
    pub call_verb: bool,
    pub vessel: bool,
    /// Counts only with an armed foe as its object ("troops engaged terrorists at
    /// Monguno", not "engaged in talks" or "engaged the public").
    pub foe: bool,
    /// May be capitalised inside a name ("the NATO Summit", "Munich Security Conference").
    pub in_name: bool,
    /// The subject hosts the meeting ("Barzani received the French consul"): with no
    /// place named, it is at the subject's seat, not the guest's.
    pub host: bool,
    /// Only the past and "-ing" forms are the verb ("sites were targeted", "targeting a
    /// convoy"); "target" and "targets" are mostly the noun ("the main target").
    pub inflected_only: bool,
    /// Counts only when an office holder follows, by title or as a known leader
    /// ("welcomed President Ruto", "welcomed the Prime Minister"), not "welcomed Iran's
    /// decision".
    pub office_holder: bool,
}

/// One row of the vocabulary.
#[derive(Debug)]
pub struct Entry {
    pub lemma: String,
    pub pos: Option<Pos>,
    pub kind: EventKind,
    pub subtype: &'static str,
    pub role: Role,
    pub flags: Flags,
}

/// One word of a pattern: a folded word, or a gap of up to [`GAP_WORDS`] words.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Slot {
    Word(String),
    Gap,
    /// A word that must come next but is not part of the match ("fighting +in": the
    /// place after "in" is read as after any other trigger).
    Next(String),
}

/// How many words a `*` in a phrase may stand for.
pub const GAP_WORDS: usize = 3;

/// One inflected form of an entry, as a sequence of slots.
#[derive(Debug)]
pub struct Pattern {
    pub slots: Vec<Slot>,
    pub entry: &'static Entry,
    /// Index (in `slots`) of the inflected word.
    pub head: usize,
    /// Which form the inflected word is in.
    pub form: Form,
}

impl Pattern {
    /// Number of fixed words (gaps excluded): longer patterns win.
    pub fn weight(&self) -> usize {
        self.slots
            .iter()
            .filter(|s| matches!(s, Slot::Word(_)))
            .count()
    }
}

struct Vocabulary {
    by_first_word: FxHashMap<String, Vec<Pattern>>,
    /// The first words of `by_first_word`, and `acts`: most tokens are rejected without
    /// hashing.
    first_word_sieve: WordSieve,
    acts_sieve: WordSieve,
    /// Folded forms of verbs whose direct object is the event's place.
    object_verbs: FxHashSet<String>,
    /// Folded forms of light verbs.
    light_verbs: FxHashSet<String>,
    /// Folded forms of words that make a weapon an attack.
    acts: FxHashSet<String>,
}

fn kind_of(name: &str) -> Option<EventKind> {
    Some(match name {
        "incident" => EventKind::Incident,
        "meeting" => EventKind::Meeting,
        "call" => EventKind::Call,
        _ => return None,
    })
}

fn role_of(name: &str) -> Option<Role> {
    Some(match name {
        "event" => Role::Event,
        "weapon" => Role::Weapon,
        "outcome" => Role::Outcome,
        "support" => Role::Support,
        "light" => Role::Light,
        _ => return None,
    })
}

fn flags_of(list: &str) -> Flags {
    let mut flags = Flags::default();
    for flag in list.split(',').map(str::trim) {
        match flag {
            "object" => flags.object = true,
            "topic" => flags.topic = true,
            "act" => flags.act = true,
            "person" => flags.person = true,
            "callverb" => flags.call_verb = true,
            "vessel" => flags.vessel = true,
            "foe" => flags.foe = true,
            "inname" => flags.in_name = true,
            "host" => flags.host = true,
            "inflected" => flags.inflected_only = true,
            "officeholder" => flags.office_holder = true,
            _ => {}
        }
    }
    flags
}

/// Parses one row; `None` for comments, the header and malformed rows.
fn parse_row(line: &str) -> Option<Entry> {
    if line.starts_with('#') || line.starts_with("phrase\t") || line.trim().is_empty() {
        return None;
    }
    let columns: Vec<&str> = line.split('\t').collect();
    let [phrase, pos, kind, subtype, role, rest @ ..] = columns.as_slice() else {
        return None;
    };
    let pos = match *pos {
        "v" => Some(Pos::Verb),
        "n" => Some(Pos::Noun),
        "x" => None,
        _ => return None,
    };
    let subtype: &'static str = Box::leak(subtype.trim().to_owned().into_boxed_str());
    Some(Entry {
        lemma: phrase.trim().to_owned(),
        pos,
        kind: kind_of(kind.trim())?,
        subtype,
        role: role_of(role.trim())?,
        flags: flags_of(rest.first().copied().unwrap_or("")),
    })
}

/// The inflected patterns of an entry.
fn patterns(entry: &'static Entry) -> Vec<Pattern> {
    let words: Vec<&str> = entry.lemma.split_whitespace().collect();
    let slot = |w: &str| {
        if w == "*" {
            Slot::Gap
        } else if let Some(next) = w.strip_prefix('+') {
            Slot::Next(next.to_owned())
        } else {
            Slot::Word(w.to_owned())
        }
    };
    let head = match entry.pos {
        Some(Pos::Verb) | None => 0,
        Some(Pos::Noun) => words.len().saturating_sub(1),
    };
    let Some(pos) = entry.pos else {
        return vec![Pattern {
            slots: words.iter().map(|w| slot(w)).collect(),
            entry,
            head,
            form: Form::Base,
        }];
    };
    inflect::forms(words[head], pos)
        .into_iter()
        .map(|(form_word, form)| {
            let slots = words
                .iter()
                .enumerate()
                .map(|(i, w)| {
                    if i == head {
                        Slot::Word(form_word.clone())
                    } else {
                        slot(w)
                    }
                })
                .collect();
            Pattern {
                slots,
                entry,
                head,
                form,
            }
        })
        .collect()
}

fn vocabulary() -> &'static Vocabulary {
    static VOCABULARY: OnceLock<Vocabulary> = OnceLock::new();
    VOCABULARY.get_or_init(|| {
        let entries: &'static [Entry] = Box::leak(
            include_str!("../../data/lexicon/events.tsv")
                .lines()
                .filter_map(parse_row)
                .collect::<Vec<_>>()
                .into_boxed_slice(),
        );
        let mut vocabulary = Vocabulary {
            by_first_word: FxHashMap::default(),
            first_word_sieve: WordSieve::default(),
            acts_sieve: WordSieve::default(),
            object_verbs: FxHashSet::default(),
            light_verbs: FxHashSet::default(),
            acts: FxHashSet::default(),
        };
        for entry in entries {
            for pattern in patterns(entry) {
                let Some(Slot::Word(first)) = pattern.slots.first().cloned() else {
                    continue;
                };
                if let Some(Slot::Word(head)) = pattern.slots.get(pattern.head) {
                    let single = pattern.slots.len() == 1;
                    if entry.flags.object && single {
                        vocabulary.object_verbs.insert(head.clone());
                    }
                    if entry.role == Role::Light && pattern.head == 0 {
                        vocabulary.light_verbs.insert(head.clone());
                    }
                    if entry.flags.act && single {
                        vocabulary.acts_sieve.insert(head);
                        vocabulary.acts.insert(head.clone());
                    }
                }
                vocabulary.first_word_sieve.insert(&first);
                vocabulary
                    .by_first_word
                    .entry(first)
                    .or_default()
                    .push(pattern);
            }
        }
        for list in vocabulary.by_first_word.values_mut() {
            list.sort_by_key(|p| std::cmp::Reverse(p.weight()));
        }
        vocabulary
    })
}

/// The patterns that start with this folded word, longest first.
pub fn patterns_starting_with(word: &str) -> &'static [Pattern] {
    let vocabulary = vocabulary();
    if !vocabulary.first_word_sieve.may_contain(word) {
        return &[];
    }
    vocabulary
        .by_first_word
        .get(word)
        .map_or(&[], Vec::as_slice)
}

/// A past or -ing form of a one-word incident verb ("killed", "wounding", "abducted",
/// "shelled"; not "attacks", which may be the noun): what it does to people makes them
/// its victims, not residents.
pub fn is_incident_act(word: &str) -> bool {
    patterns_starting_with(word).iter().any(|p| {
        p.slots.len() == 1
            && p.entry.kind == EventKind::Incident
            && p.entry.pos == Some(Pos::Verb)
            && matches!(p.form, Form::Past | Form::Participle | Form::Gerund)
    })
}

/// A form of a verb whose subject hosts a meeting ("hosted", "hosts", "received").
pub fn is_hosting_verb(word: &str) -> bool {
    patterns_starting_with(word)
        .iter()
        .any(|p| p.slots.len() == 1 && p.entry.flags.host && p.entry.pos == Some(Pos::Verb))
}

/// A form of a verb whose direct object is the event's place ("visited", "shelled").
pub fn is_object_verb(word: &str) -> bool {
    vocabulary().object_verbs.contains(word)
}

/// A form of a light verb ("carried" out, "held", "paid", "conducted").
pub fn is_light_verb(word: &str) -> bool {
    vocabulary().light_verbs.contains(word)
}

/// A word that makes a weapon an attack ("struck", "fired", "intercepted").
pub fn is_act(word: &str) -> bool {
    let vocabulary = vocabulary();
    vocabulary.acts_sieve.may_contain(word) && vocabulary.acts.contains(word)
}

/// A named list of context cues from `data/lexicon/event_cues.txt`: each entry a phrase
/// of one or more folded words.
pub struct Cues {
    phrases: Vec<Vec<&'static str>>,
    words: FxHashSet<&'static str>,
    /// First word → indexes into `phrases`, so matching at a token looks only at the
    /// phrases that can start there.
    by_first: FxHashMap<&'static str, Vec<usize>>,
    /// The keys of `words` and of `by_first`: most tokens are rejected without hashing.
    words_sieve: WordSieve,
    first_sieve: WordSieve,
}

impl Cues {
    fn empty() -> Cues {
        Cues {
            phrases: Vec::new(),
            words: FxHashSet::default(),
            by_first: FxHashMap::default(),
            words_sieve: WordSieve::default(),
            first_sieve: WordSieve::default(),
        }
    }

    /// Whether a single folded word is an entry.
    pub fn contains(&self, word: &str) -> bool {
        self.words_sieve.may_contain(word) && self.words.contains(word)
    }

    /// The entries, each as its words.
    pub fn phrases(&self) -> &[Vec<&'static str>] {
        &self.phrases
    }

    /// False only when no entry starts with `word` (the sieve; no hashing).
    #[inline]
    pub fn may_start_with(&self, word: &str) -> bool {
        self.first_sieve.may_contain(word)
    }

    /// The entries whose first word is `word`, in file order.
    pub fn starting_with<'a>(&'a self, word: &str) -> impl Iterator<Item = &'a [&'static str]> {
        self.first_sieve
            .may_contain(word)
            .then(|| self.by_first.get(word))
            .flatten()
            .into_iter()
            .flatten()
            .map(|&at| self.phrases[at].as_slice())
    }
}

fn all_cues() -> &'static FxHashMap<&'static str, Cues> {
    static CUES: OnceLock<FxHashMap<&'static str, Cues>> = OnceLock::new();
    CUES.get_or_init(|| {
        let mut sections: FxHashMap<&'static str, Cues> = FxHashMap::default();
        let mut current: Option<&'static str> = None;
        for line in include_str!("../../data/lexicon/event_cues.txt").lines() {
            let line = line.trim();
            if line.is_empty() || line.starts_with('#') {
                continue;
            }
            if let Some(name) = line.strip_prefix('[').and_then(|l| l.strip_suffix(']')) {
                current = Some(name);
                sections.entry(name).or_insert_with(Cues::empty);
                continue;
            }
            let Some(section) = current.and_then(|name| sections.get_mut(name)) else {
                continue;
            };
            let words: Vec<&'static str> = line.split_whitespace().collect();
            if words.len() == 1 {
                section.words_sieve.insert(words[0]);
                section.words.insert(words[0]);
            }
            if let Some(&first) = words.first() {
                section.first_sieve.insert(first);
                section
                    .by_first
                    .entry(first)
                    .or_default()
                    .push(section.phrases.len());
            }
            section.phrases.push(words);
        }
        sections
    })
}

/// The cue list of a section named by a literal, looked up once per call site: the hot
/// loops test a cue list per token, and hashing the section's name each time cost a
/// twentieth of the extraction (`cues` stays for names chosen at run time).
macro_rules! cue_list {
    ($section:literal) => {{
        static LIST: std::sync::OnceLock<&'static $crate::events::vocabulary::Cues> =
            std::sync::OnceLock::new();
        *LIST.get_or_init(|| $crate::events::vocabulary::cues($section))
    }};
}
pub(crate) use cue_list;

/// The cue list of that section; empty when the section is missing.
pub fn cues(section: &str) -> &'static Cues {
    static EMPTY: OnceLock<Cues> = OnceLock::new();
    all_cues()
        .get(section)
        .unwrap_or_else(|| EMPTY.get_or_init(Cues::empty))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_vocabulary_row_parses() {
        for line in include_str!("../../data/lexicon/events.tsv").lines() {
            if line.starts_with('#') || line.starts_with("phrase\t") || line.trim().is_empty() {
                continue;
            }
            assert!(parse_row(line).is_some(), "bad row: {line:?}");
        }
    }

    #[test]
    fn every_cue_section_the_code_reads_exists() {
        for section in [
            "unrealized_before",
            "habitual",
            "incident_topic_before",
            "meeting_topic_before",
            "cancelled",
            "journeys",
            "origin_list",
            "retracted",
            "reference_cues",
            "reference_fillers",
            "equipment_after",
            "hosted_people",
            "gathering_places",
            "not_a_meeting_before",
            "call_titles",
            "speech_subjects",
            "vessels",
            "armed_foes",
            "topic_verbs",
            "future_before",
            "unrealized_after",
            "definite_before",
            "reference_verbs",
            "venue_fillers",
            "habitual_after",
            "origin_people",
            "measured_before",
            "target_list_enders",
            "travellers",
            "flight_verbs",
            "reaction_verbs",
            "visited_sites",
            "statement_words",
            "arrangements_after",
        ] {
            assert!(
                !cues(section).phrases().is_empty(),
                "missing section {section}"
            );
        }
    }

    #[test]
    fn inflected_forms_are_indexed() {
        let lemma_of = |word: &str| {
            patterns_starting_with(word)
                .iter()
                .map(|p| p.entry.lemma.as_str())
                .collect::<Vec<_>>()
        };
        assert!(lemma_of("struck").contains(&"strike"));
        assert!(lemma_of("shelled").contains(&"shell"));
        assert!(lemma_of("visits").contains(&"visit"));
        assert!(lemma_of("held").contains(&"hold * talks"));
        assert!(lemma_of("opened").contains(&"open fire"));
        assert!(lemma_of("air").contains(&"air strike"));
        assert!(is_object_verb("visited"));
        assert!(is_object_verb("shelling"));
        assert!(is_light_verb("conducted"));
        assert!(is_act("intercepted"));
    }
}
