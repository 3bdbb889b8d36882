//! Sentence splitting over tokens.
//!
//! A sentence ends at `.`, `!` or `?` followed by a capitalised word, a digit-free quote or
//! a paragraph break, except after abbreviations that usually precede a name or a number
//! ("Gen.", "Oct.", "St.") and after initials ("Alina L. Romanowski").

use super::tokens::{Gap, Shape, Token};

/// A sentence: a range of tokens and the byte span it covers.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Sentence {
    /// Index of the first token.
    pub first: usize,
    /// Index one past the last token.
    pub end: usize,
    /// Byte offset of the first token's first byte.
    pub start_byte: usize,
    /// Byte offset one past the last token.
    pub end_byte: usize,
}

/// Words after which a period does not end a sentence.
const NON_FINAL_ABBREVIATIONS: &[&str] = &[
    "mr", "mrs", "ms", "dr", "gen", "lt", "col", "maj", "capt", "cpt", "sgt", "adm", "brig", "st",
    "mt", "ft", "rev", "sen", "rep", "gov", "prof", "pres", "no", "nos", "jan", "feb", "apr",
    "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec", "jr", "sr", "vs", "approx", "est",
    "dept", "univ", "ave", "blvd", "rd", "hon", "sheikh", "al",
];

/// Words that start a new sentence after a dotted abbreviation such as "U.S.".
const SENTENCE_STARTERS: &[&str] = &[
    "the",
    "a",
    "an",
    "he",
    "she",
    "it",
    "they",
    "we",
    "i",
    "in",
    "on",
    "at",
    "but",
    "and",
    "this",
    "that",
    "these",
    "those",
    "there",
    "his",
    "her",
    "their",
    "its",
    "after",
    "when",
    "while",
    "earlier",
    "later",
    "meanwhile",
    "however",
];

/// Splits tokens into sentences; every token belongs to exactly one sentence.
///
/// In a table-like line ("Niamey, Niger | Met with President Bazoum | Mar 16, 2023") each
/// `|` ends a sentence, and so does the line break after it: a record per line.
pub fn split_sentences(tokens: &[Token<'_>]) -> Vec<Sentence> {
    let mut sentences = Vec::new();
    let mut first = 0;
    let mut line_has_bar = false;
    for i in 0..tokens.len() {
        let next = tokens.get(i + 1);
        if tokens[i].line_start {
            line_has_bar = false;
        }
        line_has_bar |= tokens[i].text == "|";
        let ends_here = match next {
            None => true,
            Some(next) => {
                next.gap == Gap::Paragraph
                    || tokens[i].text == "|"
                    || (next.line_start && line_has_bar)
                    || ends_an_unpunctuated_line(&tokens[i], next)
                    || ends_sentence(tokens, i, next)
            }
        };
        if ends_here {
            sentences.push(Sentence {
                first,
                end: i + 1,
                start_byte: tokens[first].start,
                end_byte: tokens[i].end,
            });
            first = i + 1;
        }
    }
    sentences
}

/// "Quetta railway station: blast on platform, dozens killed\nIslamabad: PM to chair
/// …": bulletin items and headlines end at their line's end, with no full stop. A line
/// that ends in a word (not a comma, a function word or a hyphen) before a line opening
/// with a capital or a digit is one item.
fn ends_an_unpunctuated_line(token: &Token<'_>, next: &Token<'_>) -> bool {
    const CONTINUING: &[&str] = &[
        "the", "a", "an", "of", "and", "or", "in", "on", "at", "to", "for", "by", "with", "from",
        "as", "that", "said",
    ];
    opens_a_line_item(next)
        && token.text.chars().last().is_some_and(char::is_alphanumeric)
        && !CONTINUING.contains(&token.key.as_str())
}

/// A line that opens with a capital or a digit: the next item of a bulletin, a log or an
/// agenda ("31 January — Bogotá: …").
fn opens_a_line_item(next: &Token<'_>) -> bool {
    next.line_start && (next.is_cap() || next.text.starts_with(|c: char| c.is_ascii_digit()))
}

fn ends_sentence(tokens: &[Token<'_>], i: usize, next: &Token<'_>) -> bool {
    let token = &tokens[i];
    if token.shape == Shape::Upper && token.text.ends_with('.') {
        // "... in the U.S. The next day": only a clear sentence starter, capitalised,
        // ends it ("U.S. and allied forces" goes on).
        return next.gap == Gap::Space
            && next.is_cap()
            && SENTENCE_STARTERS.contains(&next.key.as_str());
    }
    if !matches!(token.text, "." | "!" | "?") {
        return false;
    }
    let next_starts = next.is_cap()
        || opens_a_line_item(next)
        || matches!(next.text, "\"" | "“" | "‘" | "'" | "(");
    if !next_starts || next.gap == Gap::None {
        return false;
    }
    let Some(before) = i.checked_sub(1).and_then(|b| tokens.get(b)) else {
        return true;
    };
    if before.shape == Shape::Initial && before.end == token.start {
        return false;
    }
    // "8:30 p.m. (Sanaa time)", "e.g. (in Gaza)": a lowercase dotted abbreviation ends a
    // sentence only before a capitalised word.
    let dotted_lowercase = before.shape == Shape::Lower
        && before.key.len() == 1
        && before.end == token.start
        && i >= 2
        && tokens[i - 2].text == "."
        && tokens[i - 2].end == before.start;
    if dotted_lowercase && !next.is_cap() {
        return false;
    }
    !(before.end == token.start && NON_FINAL_ABBREVIATIONS.contains(&before.key.as_str()))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::text::tokens::tokenize;

    fn sentence_texts(text: &str) -> Vec<&str> {
        let tokens = tokenize(text);
        split_sentences(&tokens)
            .iter()
            .map(|s| &text[s.start_byte..s.end_byte])
            .collect()
    }

    #[test]
    fn a_lowercase_dotted_abbreviation_before_a_bracket_goes_on() {
        assert_eq!(
            sentence_texts(
                "On May 2, at 8:30 p.m. (local time), forces struck a depot. Then none."
            ),
            vec![
                "On May 2, at 8:30 p.m. (local time), forces struck a depot.",
                "Then none."
            ]
        );
        assert_eq!(
            sentence_texts("It ended at 9 p.m. The next day was calm."),
            vec!["It ended at 9 p.m.", "The next day was calm."]
        );
    }

    #[test]
    fn a_dotted_abbreviation_ends_a_sentence_only_before_a_capitalised_starter() {
        assert_eq!(
            sentence_texts(
                "Attacks on U.S. and allied troops went on. Talks began in the U.S. The day after, none."
            ),
            vec![
                "Attacks on U.S. and allied troops went on.",
                "Talks began in the U.S.",
                "The day after, none."
            ]
        );
    }

    #[test]
    fn table_lines_and_bars_split() {
        assert_eq!(
            sentence_texts("Muscat, Oman | Met the Sultan | May 4\nRiyadh | Met MBS | May 5"),
            vec![
                "Muscat, Oman |",
                "Met the Sultan |",
                "May 4",
                "Riyadh |",
                "Met MBS |",
                "May 5"
            ]
        );
        // A wrapped line of prose does not split.
        assert_eq!(
            sentence_texts("Drones targeted the base in\nErbil on Monday."),
            vec!["Drones targeted the base in\nErbil on Monday."]
        );
    }

    #[test]
    fn splits_on_periods_before_capitals() {
        assert_eq!(
            sentence_texts("Drones hit the base. Nobody was hurt."),
            vec!["Drones hit the base.", "Nobody was hurt."]
        );
    }

    #[test]
    fn abbreviations_and_initials_do_not_split() {
        let text = "Alina L. Romanowski met Gen. Smith on Oct. 17 in St. Louis.";
        assert_eq!(sentence_texts(text), vec![text]);
    }

    #[test]
    fn dotted_abbreviation_then_sentence_starter_splits() {
        assert_eq!(
            sentence_texts("He flew to the U.S. The talks ended."),
            vec!["He flew to the U.S.", "The talks ended."]
        );
    }

    #[test]
    fn paragraph_breaks_split() {
        assert_eq!(
            sentence_texts("A headline\n\nBody text"),
            vec!["A headline", "Body text"]
        );
    }
}
