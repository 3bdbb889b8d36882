//! Office holders in international news (`data/lexicon/leaders.tsv`): heads of state and
//! government, foreign and defence ministers and a few others, 2015–2025, with the
//! country each represents — so "Biden spoke with Erdogan" is a call between Washington
//! and Ankara even when no title names the countries.
//!
//! Names are matched on folded tokens, longest first ("Mohammed bin Salman" before
//! "Salman"); only the names and aliases the file lists are known.

use std::sync::OnceLock;

use rustc_hash::{FxHashMap, FxHashSet};

use crate::text::{Token, fold_into};

struct Leaders {
    /// Folded name (tokens concatenated) -> country code.
    by_name: FxHashMap<String, &'static str>,
    /// Folded first tokens of names, to skip tokens that start none.
    first_words: FxHashSet<String>,
    longest: usize,
}

fn leaders() -> &'static Leaders {
    static LEADERS: OnceLock<Leaders> = OnceLock::new();
    LEADERS.get_or_init(|| {
        let mut leaders = Leaders {
            by_name: FxHashMap::default(),
            first_words: FxHashSet::default(),
            longest: 1,
        };
        for line in include_str!("../../data/lexicon/leaders.tsv").lines() {
            if line.starts_with('#') || line.starts_with("name\t") {
                continue;
            }
            let columns: Vec<&'static str> = line.split('\t').collect();
            let [name, country, _office, _from, _to, aliases] = columns.as_slice() else {
                continue;
            };
            if country.len() != 2 {
                continue;
            }
            for form in std::iter::once(*name).chain(aliases.split('|')) {
                let words: Vec<&str> = crate::text::tokenize(form)
                    .iter()
                    .filter(|t| t.is_word())
                    .map(|t| t.text)
                    .collect();
                let Some(first) = words.first() else {
                    continue;
                };
                let mut key = String::new();
                for word in &words {
                    fold_into(word, &mut key);
                }
                let mut first_key = String::new();
                fold_into(first, &mut first_key);
                leaders.longest = leaders.longest.max(words.len());
                leaders.first_words.insert(first_key);
                leaders.by_name.entry(key).or_insert(country);
            }
        }
        leaders
    })
}

/// The office holder whose name starts at token `i`, if any: the end of the name and the
/// country code they represent. Names must be capitalised in the text.
pub fn leader_at(tokens: &[Token<'_>], i: usize) -> Option<(usize, &'static str)> {
    let leaders = leaders();
    let first = tokens.get(i)?;
    if !first.is_cap() || !leaders.first_words.contains(first.key.as_str()) {
        return None;
    }
    // "Sheikh Saud bin Saqr Al Qasimi": a name after "bin" is a father's, inside someone
    // else's name, not the office holder an alias ("Saqr") names.
    if i > 0 && matches!(tokens[i - 1].text, "bin" | "ibn" | "bint" | "binti") {
        return None;
    }
    let mut key = String::new();
    let mut best = None;
    for end in i + 1..=(i + leaders.longest).min(tokens.len()) {
        let token = &tokens[end - 1];
        if token.text == "." {
            continue; // "Joseph R. Biden"
        }
        if !token.is_word() {
            break;
        }
        key.push_str(&token.key);
        if let Some(&country) = leaders.by_name.get(&key) {
            best = Some((end, country));
        }
    }
    best
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::text::tokenize;

    #[test]
    fn names_and_aliases_give_their_country() {
        let tokens = tokenize("President Joseph R. Biden spoke with Erdogan");
        assert_eq!(leader_at(&tokens, 1).map(|(_, c)| c), Some("US"));
        let erdogan = tokens.iter().position(|t| t.text == "Erdogan").unwrap();
        assert_eq!(leader_at(&tokens, erdogan).map(|(_, c)| c), Some("TR"));
        let tokens = tokenize("the crown prince Mohammed bin Salman");
        assert_eq!(leader_at(&tokens, 3).map(|(_, c)| c), Some("SA"));
        // A father's name inside a patronymic is no alias of its own.
        let tokens = tokenize("Sheikh Saud bin Saqr Al Qasimi");
        assert_eq!(leader_at(&tokens, 3), None);
    }

    #[test]
    fn every_row_has_a_country_or_says_why_not() {
        for line in include_str!("../../data/lexicon/leaders.tsv").lines() {
            if line.starts_with('#') || line.starts_with("name\t") || line.is_empty() {
                continue;
            }
            assert_eq!(line.split('\t').count(), 6, "{line}");
        }
    }
}
