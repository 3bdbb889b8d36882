//! Organisations in conflict and diplomacy news (`data/lexicon/organisations.tsv`): armed
//! groups, forces and institutions, each with the form to report and, where it has one,
//! the country it is based in.
//!
//! Read by the actor finder (an event's actors) and by the geoparser (a group with a home
//! is evidence of where the article is: "Houthi targets in Hodeidah" is Yemen).

use std::sync::OnceLock;

use rustc_hash::FxHashMap;

use crate::text::{Shape, Token, tokenize};

/// One organisation of the list.
#[derive(Debug)]
pub struct Organisation {
    /// The form to report ("Houthis" for "Ansar Allah").
    pub name: &'static str,
    /// ISO 3166-1 alpha-2 code of the country it is based in, if it has one.
    pub home: Option<&'static str>,
}

/// An organisation named in a text: (first token, token past it, organisation).
pub type NamedOrganisation = (usize, usize, &'static Organisation);

struct Form {
    /// Token keys of the spelling: folded words, punctuation as written (apostrophes
    /// unified), so "People's Defence Force" matches its own "'s".
    keys: Vec<String>,
    organisation: usize,
}

struct Organisations {
    list: Vec<Organisation>,
    /// Forms by their first key, longest first.
    by_first: FxHashMap<String, Vec<Form>>,
}

/// Apostrophes written as quotes mark the same "'s".
fn unify_apostrophe(c: char) -> char {
    if c == '’' || c == '‘' { '\'' } else { c }
}

fn token_key(token: &Token<'_>) -> String {
    if token.shape == Shape::Punct {
        token.text.chars().map(unify_apostrophe).collect()
    } else {
        token.key.to_string()
    }
}

/// Whether `token` reads as the form key `key` (as [`token_key`] would make it, without
/// building a string on the matching path).
fn reads_as(key: &str, token: &Token<'_>) -> bool {
    if token.shape == Shape::Punct {
        token.text.chars().map(unify_apostrophe).eq(key.chars())
    } else {
        token.key == key
    }
}

fn organisations() -> &'static Organisations {
    static ORGANISATIONS: OnceLock<Organisations> = OnceLock::new();
    ORGANISATIONS.get_or_init(|| {
        let mut organisations = Organisations {
            list: Vec::new(),
            by_first: FxHashMap::default(),
        };
        for line in include_str!("../../data/lexicon/organisations.tsv").lines() {
            if line.starts_with('#') || line.starts_with("name\t") {
                continue;
            }
            let [name, home, forms] = line.split('\t').collect::<Vec<_>>()[..] else {
                continue;
            };
            let at = organisations.list.len();
            organisations.list.push(Organisation {
                name,
                home: (home.len() == 2).then_some(home),
            });
            for form in forms.split('|') {
                let keys: Vec<String> = tokenize(form).iter().map(token_key).collect();
                let Some(first) = keys.first().cloned() else {
                    continue;
                };
                organisations.by_first.entry(first).or_default().push(Form {
                    keys,
                    organisation: at,
                });
            }
        }
        for forms in organisations.by_first.values_mut() {
            forms.sort_by_key(|f| std::cmp::Reverse(f.keys.len()));
        }
        organisations
    })
}

/// The organisation whose name starts at `tokens[i]` and ends before `end`, with the token
/// index past it. A one-word form must be capitalised ("Hamas", "Fano"); longer forms
/// match in any case but must start capitalised or with "US" ("U.S. forces").
pub fn organisation_at(
    tokens: &[Token<'_>],
    i: usize,
    end: usize,
) -> Option<(usize, &'static Organisation)> {
    let organisations = organisations();
    let first = tokens.get(i)?;
    if !first.is_cap() {
        return None;
    }
    let forms = organisations.by_first.get(first.key.as_str())?;
    forms
        .iter()
        .find(|form| {
            i + form.keys.len() <= end.min(tokens.len())
                && form
                    .keys
                    .iter()
                    .zip(&tokens[i..])
                    .all(|(key, token)| reads_as(key, token))
        })
        .map(|form| (i + form.keys.len(), &organisations.list[form.organisation]))
}

/// Every organisation named in `tokens[from..end]`, in text order, without overlaps.
pub fn organisations_in(tokens: &[Token<'_>], from: usize, end: usize) -> Vec<NamedOrganisation> {
    let mut found = Vec::new();
    let mut i = from;
    while i < end {
        match organisation_at(tokens, i, end) {
            Some((next, organisation)) => {
                found.push((i, next, organisation));
                i = next;
            }
            None => i += 1,
        }
    }
    found
}

#[cfg(test)]
mod tests {
    use super::*;

    fn found(text: &str) -> Vec<(&'static str, Option<&'static str>)> {
        let tokens = tokenize(text);
        organisations_in(&tokens, 0, tokens.len())
            .into_iter()
            .map(|(_, _, organisation)| (organisation.name, organisation.home))
            .collect()
    }

    #[test]
    fn longest_form_wins_and_homes_are_read() {
        assert_eq!(
            found("Kataib Hezbollah and Hezbollah fighters"),
            [("Kataib Hezbollah", Some("IQ")), ("Hezbollah", Some("LB"))]
        );
        assert_eq!(found("Ansar Allah said"), [("Houthis", Some("YE"))]);
        assert_eq!(
            found("U.S. Central Command said"),
            [("U.S. Central Command", None)]
        );
        assert_eq!(
            found("the People’s Defence Force attacked"),
            [("People's Defence Forces", Some("MM"))]
        );
    }

    #[test]
    fn a_lowercase_word_is_no_organisation() {
        assert!(found("the hamas of it").is_empty());
        assert!(found("a fano player").is_empty());
    }
}
