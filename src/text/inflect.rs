//! English inflection: every form of a verb or a noun from its lemma.
//!
//! The event vocabulary is written as lemmas (`strike`, `visit`, `shell`); this module
//! expands each into the forms news prose uses (`strikes`, `struck`, `striking`; `visits`,
//! `visited`, `visiting`), so a trigger is recognised in every tense and number. Irregular
//! verbs come from `data/lexicon/irregular_verbs.tsv`; the rest follow the spelling rules
//! of regular inflection. Where a rule cannot be decided from spelling alone (doubling the
//! final consonant: "stopped" but "visited"), both spellings are produced: a form that is
//! not a word is never met in text, so over-generating costs nothing.

use std::sync::OnceLock;

use rustc_hash::FxHashMap;

/// Which form of its lemma a word is.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Form {
    /// Verb base or noun singular: "strike", "visit", "attack".
    Base,
    /// Verb third person singular present: "strikes", "visits" (also the headline tense).
    Third,
    /// Simple past: "struck", "visited".
    Past,
    /// Past participle: "struck", "stricken", "visited".
    Participle,
    /// "-ing" form: "striking", "visiting".
    Gerund,
    /// Noun plural: "strikes", "gunmen".
    Plural,
}

/// Part of speech of a lemma.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Pos {
    Verb,
    Noun,
}

struct Irregular {
    past: Vec<&'static str>,
    participle: Vec<&'static str>,
}

fn irregulars() -> &'static FxHashMap<&'static str, Irregular> {
    static TABLE: OnceLock<FxHashMap<&'static str, Irregular>> = OnceLock::new();
    TABLE.get_or_init(|| {
        include_str!("../../data/lexicon/irregular_verbs.tsv")
            .lines()
            .filter(|l| !l.starts_with('#') && !l.starts_with("base\t"))
            .filter_map(|line| {
                let mut columns = line.split('\t');
                let base = columns.next()?.trim();
                let past = columns.next()?.split('/').map(str::trim).collect();
                let participle = columns.next()?.split('/').map(str::trim).collect();
                (!base.is_empty()).then_some((base, Irregular { past, participle }))
            })
            .collect()
    })
}

fn is_vowel(c: u8) -> bool {
    matches!(c, b'a' | b'e' | b'i' | b'o' | b'u')
}

/// Ends in consonant–vowel–consonant ("stop", "visit", "shell" does not): the spelling
/// after which a final consonant may be doubled.
fn ends_cvc(word: &str) -> bool {
    let b = word.as_bytes();
    let n = b.len();
    n >= 3
        && !is_vowel(b[n - 1])
        && !matches!(b[n - 1], b'w' | b'x' | b'y')
        && is_vowel(b[n - 2])
        && !is_vowel(b[n - 3])
}

fn ends_sibilant(word: &str) -> bool {
    ["s", "x", "z", "ch", "sh"]
        .iter()
        .any(|e| word.ends_with(e))
}

fn consonant_y(word: &str) -> bool {
    let b = word.as_bytes();
    b.len() >= 2 && b[b.len() - 1] == b'y' && !is_vowel(b[b.len() - 2])
}

fn third_person(verb: &str) -> String {
    if consonant_y(verb) {
        format!("{}ies", &verb[..verb.len() - 1])
    } else if ends_sibilant(verb) || verb.ends_with('o') {
        format!("{verb}es")
    } else {
        format!("{verb}s")
    }
}

fn regular_past(verb: &str) -> Vec<String> {
    if verb.ends_with('e') {
        vec![format!("{verb}d")]
    } else if consonant_y(verb) {
        vec![format!("{}ied", &verb[..verb.len() - 1])]
    } else if ends_cvc(verb) {
        let last = &verb[verb.len() - 1..];
        vec![format!("{verb}ed"), format!("{verb}{last}ed")]
    } else {
        vec![format!("{verb}ed")]
    }
}

fn gerund(verb: &str) -> Vec<String> {
    if let Some(stem) = verb.strip_suffix("ie") {
        vec![format!("{stem}ying")]
    } else if verb.ends_with('e') && !verb.ends_with("ee") && !verb.ends_with("ye") {
        vec![format!("{}ing", &verb[..verb.len() - 1])]
    } else if ends_cvc(verb) {
        let last = &verb[verb.len() - 1..];
        vec![format!("{verb}ing"), format!("{verb}{last}ing")]
    } else {
        vec![format!("{verb}ing")]
    }
}

fn plural(noun: &str) -> String {
    if let Some(stem) = noun.strip_suffix("man") {
        format!("{stem}men")
    } else if consonant_y(noun) {
        format!("{}ies", &noun[..noun.len() - 1])
    } else if ends_sibilant(noun) {
        format!("{noun}es")
    } else {
        format!("{noun}s")
    }
}

/// Every form of a lowercase ASCII lemma, the lemma itself first.
pub fn forms(lemma: &str, pos: Pos) -> Vec<(String, Form)> {
    let mut out = vec![(lemma.to_owned(), Form::Base)];
    match pos {
        Pos::Noun => out.push((plural(lemma), Form::Plural)),
        Pos::Verb => {
            out.push((third_person(lemma), Form::Third));
            match irregulars().get(lemma) {
                Some(irregular) => {
                    out.extend(irregular.past.iter().map(|p| (p.to_string(), Form::Past)));
                    out.extend(
                        irregular
                            .participle
                            .iter()
                            .map(|p| (p.to_string(), Form::Participle)),
                    );
                }
                None => {
                    for past in regular_past(lemma) {
                        out.push((past.clone(), Form::Past));
                        out.push((past, Form::Participle));
                    }
                }
            }
            out.extend(gerund(lemma).into_iter().map(|g| (g, Form::Gerund)));
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    fn has(lemma: &str, pos: Pos, form: &str, which: Form) -> bool {
        forms(lemma, pos)
            .iter()
            .any(|(f, w)| f == form && *w == which)
    }

    #[test]
    fn irregular_verbs_take_their_own_forms() {
        assert!(has("strike", Pos::Verb, "struck", Form::Past));
        assert!(has("strike", Pos::Verb, "stricken", Form::Participle));
        assert!(has("strike", Pos::Verb, "striking", Form::Gerund));
        assert!(has("meet", Pos::Verb, "met", Form::Past));
        assert!(has("hold", Pos::Verb, "held", Form::Past));
        assert!(has("shoot", Pos::Verb, "shot", Form::Participle));
        assert!(has("hit", Pos::Verb, "hits", Form::Third));
    }

    #[test]
    fn regular_verbs_follow_spelling_rules() {
        assert!(has("visit", Pos::Verb, "visited", Form::Past));
        assert!(has("visit", Pos::Verb, "visiting", Form::Gerund));
        assert!(has("shell", Pos::Verb, "shelled", Form::Past));
        assert!(has("shell", Pos::Verb, "shells", Form::Third));
        assert!(has("target", Pos::Verb, "targeted", Form::Past));
        assert!(has("drop", Pos::Verb, "dropped", Form::Past));
        assert!(has("bombard", Pos::Verb, "bombards", Form::Third));
        assert!(has("arrive", Pos::Verb, "arrived", Form::Past));
        assert!(has("arrive", Pos::Verb, "arriving", Form::Gerund));
        assert!(has("ambush", Pos::Verb, "ambushes", Form::Third));
        assert!(has("carry", Pos::Verb, "carried", Form::Past));
        assert!(has("carry", Pos::Verb, "carries", Form::Third));
        assert!(has("die", Pos::Verb, "dying", Form::Gerund));
        assert!(has("patrol", Pos::Verb, "patrolled", Form::Past));
    }

    #[test]
    fn nouns_take_their_plurals() {
        assert!(has("strike", Pos::Noun, "strikes", Form::Plural));
        assert!(has("gunman", Pos::Noun, "gunmen", Form::Plural));
        assert!(has("clash", Pos::Noun, "clashes", Form::Plural));
        assert!(has("casualty", Pos::Noun, "casualties", Form::Plural));
    }
}
