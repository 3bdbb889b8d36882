//! Actors: the people and organisations an event involves.
//!
//! People are found after a title ("Prime Minister Mohammed Shia al-Sudani", "US
//! Ambassador to Iraq Alina L. Romanowski") or after a known given name, and are then
//! recognised by surname alone ("Barzani received…"). Organisations come from a list of
//! armed groups and institutions common in the news (`data/lexicon/organisations.tsv`,
//! read through [`lexicon::organisations`]), and from names that end in an
//! organisation noun ("Islamic Resistance in Iraq", "Syrian Democratic Forces").

use rustc_hash::{FxHashMap, FxHashSet};

use crate::lexicon::{self, TITLE_WORDS};
use crate::text::{Gap, Shape, Token};

/// Titles written in lowercase before a name.
const LOWERCASE_TITLES: &[&str] = &[
    "chief",
    "leader",
    "commander",
    "envoy",
    "spokesman",
    "spokeswoman",
    "minister",
    "president",
    "ambassador",
    "counterpart",
    "head",
    "adviser",
    "advisor",
    "general",
];

/// Words that may stand inside a person's name without being capitalised.
const PERSON_NAME_PARTICLES: &[&str] = &[
    "al", "bin", "bint", "ibn", "abu", "el", "de", "van", "von", "da", "di", "ul",
];

/// People and organisations named in a text, for one article.
#[derive(Debug, Default)]
pub struct ActorIndex {
    /// Full names of people found after a title or a given name, in order of appearance.
    pub people: Vec<String>,
    /// Folded surname → indexes into `people`, so a sentence's actors are found in one
    /// pass over its tokens whatever the number of people the text names.
    by_surname: FxHashMap<String, Vec<usize>>,
    known: FxHashSet<String>,
}

impl ActorIndex {
    /// Finds the people named anywhere in `tokens`; `place_tokens[i]` says whether token
    /// `i` is part of a place name (skipped between a title and a name: "Ambassador to
    /// Iraq Alina Romanowski").
    pub fn build(tokens: &[Token<'_>], text: &str, place_tokens: &[bool]) -> ActorIndex {
        let mut index = ActorIndex::default();
        let mut i = 0;
        while i < tokens.len() {
            // A group's name is no person's ("Al Shabaab" starts with a given name).
            if let Some((next, _)) =
                lexicon::organisations::organisation_at(tokens, i, tokens.len())
            {
                i = next;
                continue;
            }
            let token = &tokens[i];
            // "foreign policy chief Josep Borrell", "political leader Ismail Haniyeh".
            let lowercase_title = token.shape == Shape::Lower
                && LOWERCASE_TITLES.contains(&token.key.as_str())
                && tokens
                    .get(i + 1)
                    .is_some_and(|n| n.shape == Shape::Capitalized);
            let titled = (token.is_cap() && TITLE_WORDS.contains(&token.key)) || lowercase_title;
            let given = token.shape == Shape::Capitalized && lexicon::is_given_name(&token.key);
            if titled {
                if let Some((start, end)) = name_after_title(tokens, i + 1, place_tokens) {
                    index.add(&text[tokens[start].start..tokens[end - 1].end]);
                    i = end;
                    continue;
                }
            } else if given
                && !previous_is_capitalised(tokens, i)
                && let Some(end) = name_run(tokens, i)
                && end - i >= 2
            {
                index.add(&text[token.start..tokens[end - 1].end]);
                i = end;
                continue;
            }
            i += 1;
        }
        index
    }

    fn add(&mut self, name: &str) {
        let name = name.trim().to_owned();
        if name.contains(' ') && !self.known.contains(&name) {
            let surname = name.rsplit([' ', '-']).next().unwrap_or(&name);
            self.by_surname
                .entry(crate::text::fold(surname))
                .or_default()
                .push(self.people.len());
            self.known.insert(name.clone());
            self.people.push(name);
        }
    }

    /// The actors named in `tokens[first..end]`: people (by full name or surname) and
    /// organisations, in order of appearance, without repeats.
    pub fn actors_in(&self, tokens: &[Token<'_>], first: usize, end: usize) -> Vec<String> {
        let mut found: Vec<(usize, String)> = Vec::new();
        // Each person at the first capitalised token of their surname (in text order, and
        // in order of appearance among people who share one).
        let mut placed = vec![false; self.people.len()];
        for (i, token) in tokens.iter().enumerate().take(end).skip(first) {
            if !token.is_cap() {
                continue;
            }
            for &person in self
                .by_surname
                .get(token.key.as_str())
                .map_or(&[][..], Vec::as_slice)
            {
                if !placed[person] {
                    placed[person] = true;
                    found.push((i, self.people[person].clone()));
                }
            }
        }
        for (at, _, organisation) in lexicon::organisations::organisations_in(tokens, first, end) {
            found.push((at, organisation.name.to_owned()));
        }
        found.sort_by_key(|(at, _)| *at);
        let mut actors: Vec<String> = Vec::new();
        for (_, name) in found {
            if !actors.contains(&name) {
                actors.push(name);
            }
        }
        actors
    }
}

fn previous_is_capitalised(tokens: &[Token<'_>], i: usize) -> bool {
    i > 0
        && tokens[i].gap == Gap::Space
        && tokens[i - 1].shape == Shape::Capitalized
        && !TITLE_WORDS.contains(&tokens[i - 1].key)
}

/// After a title, skip further title words, "of State", "to Iraq", places and
/// abbreviations, then read the person's name.
fn name_after_title(
    tokens: &[Token<'_>],
    mut i: usize,
    place_tokens: &[bool],
) -> Option<(usize, usize)> {
    let mut skipped = 0;
    while i < tokens.len() && skipped < 6 {
        let token = &tokens[i];
        let is_place = place_tokens.get(i).copied().unwrap_or(false);
        let portfolio = token.is_cap()
            && lexicon::PORTFOLIO_WORDS.contains(&token.key)
            && (i.saturating_sub(3)..i).any(|j| tokens[j].key == "of");
        let skippable = (token.is_cap() && TITLE_WORDS.contains(&token.key))
            || portfolio
            || matches!(token.key.as_str(), "of" | "to" | "for" | "in" | "general")
            || (token.is_cap() && token.shape == Shape::Upper)
            || (is_place && !looks_like_given_name(tokens, i) && next_is_cap(tokens, i));
        if !skippable || token.gap == Gap::Paragraph {
            break;
        }
        i += 1;
        skipped += 1;
    }
    let end = name_run(tokens, i)?;
    (end - i >= 2).then_some((i, end))
}

fn looks_like_given_name(tokens: &[Token<'_>], i: usize) -> bool {
    lexicon::is_given_name(&tokens[i].key)
}

fn next_is_cap(tokens: &[Token<'_>], i: usize) -> bool {
    tokens
        .get(i + 1)
        .is_some_and(|t| t.is_cap() && t.gap == Gap::Space)
}

/// A run of capitalised words, initials ("L.") and particles ("al-", "bin") starting at
/// `i`; returns the token index past it.
fn name_run(tokens: &[Token<'_>], i: usize) -> Option<usize> {
    let first = tokens.get(i)?;
    if first.shape != Shape::Capitalized {
        return None;
    }
    let mut end = i + 1;
    while end < tokens.len() && end - i < 6 {
        let token = &tokens[end];
        let joined = matches!(token.gap, Gap::Space | Gap::Hyphen | Gap::None);
        let part = match token.shape {
            Shape::Capitalized => token.gap != Gap::None,
            Shape::Initial => true,
            Shape::Punct => token.text == "." && tokens[end - 1].shape == Shape::Initial,
            Shape::Lower => {
                PERSON_NAME_PARTICLES.contains(&token.key.as_str())
                    && tokens
                        .get(end + 1)
                        .is_some_and(|n| n.shape == Shape::Capitalized)
            }
            _ => false,
        };
        if !joined || !part || TITLE_WORDS.contains(&token.key) {
            break;
        }
        end += 1;
    }
    while end > i + 1 && tokens[end - 1].shape != Shape::Capitalized {
        end -= 1;
    }
    Some(end)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::text::tokenize;

    fn people(text: &str) -> Vec<String> {
        {
            let tokens = tokenize(text);
            let places: Vec<bool> = tokens.iter().map(|t| t.text == "Iraq").collect();
            ActorIndex::build(&tokens, text, &places).people
        }
    }

    #[test]
    fn titled_people_are_found() {
        let text = "Kurdistan Region President Nechirvan Barzani and US Ambassador to Iraq Alina L. Romanowski met.";
        assert_eq!(
            people(text),
            vec!["Nechirvan Barzani", "Alina L. Romanowski"]
        );
    }

    #[test]
    fn lowercase_titles_and_untitled_given_names() {
        let text =
            "Iraqi Foreign Minister Fuad Hussein met the EU's foreign policy chief Josep Borrell.";
        assert_eq!(people(text), vec!["Fuad Hussein", "Josep Borrell"]);
    }

    #[test]
    fn name_particles_belong_to_the_name() {
        let text = "Iraqi Prime Minister Mohammed Shia al-Sudani met Saudi Crown Prince Mohammed bin Salman.";
        assert_eq!(
            people(text),
            vec!["Mohammed Shia al-Sudani", "Mohammed bin Salman"]
        );
    }

    #[test]
    fn surnames_find_people_again() {
        let text = "President Joe Biden arrived. Later Biden met Hamas officials.";
        let tokens = tokenize(text);
        let index = ActorIndex::build(&tokens, text, &[]);
        let second = tokens.iter().position(|t| t.text == "Later").unwrap();
        assert_eq!(
            index.actors_in(&tokens, second, tokens.len()),
            vec!["Joe Biden", "Hamas"]
        );
    }
}
