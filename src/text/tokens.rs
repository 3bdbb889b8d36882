//! Tokenization with byte spans: words, numbers, abbreviations and punctuation.
//!
//! Every token keeps its UTF-8 byte span in the text it came from, so everything built on
//! tokens (place mentions, evidence sentences) can report offsets into the original file.

use super::fold::fold_compact;
use compact_str::CompactString;

/// What a token looks like; drives capitalisation rules in the geoparser.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Shape {
    /// First letter uppercase, some lowercase after it ("Erbil", "McAllen").
    Capitalized,
    /// Two or more letters, all uppercase ("ERBIL", "ISIS", "U.S.").
    Upper,
    /// A single uppercase letter ("L" in "Alina L. Romanowski").
    Initial,
    /// Starts lowercase ("base", "al" in "al-Tanf").
    Lower,
    /// Starts with a digit ("14", "2023", "17th").
    Number,
    /// Anything else: punctuation, symbols, the possessive "'s".
    Punct,
}

/// How a token is separated from the one before it.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Gap {
    /// First token of the text.
    Start,
    /// Nothing between them ("Iran" + "'s").
    None,
    /// Spaces or tabs, at most one line break.
    Space,
    /// A blank line (paragraph break).
    Paragraph,
    /// A hyphen, with no spaces ("Baghdad-Washington", "al-Tanf").
    Hyphen,
}

/// One token of a text.
#[derive(Clone, Debug)]
pub struct Token<'a> {
    /// The token's text, a slice of the source.
    pub text: &'a str,
    /// UTF-8 byte offset of the first byte.
    pub start: usize,
    /// UTF-8 byte offset one past the last byte.
    pub end: usize,
    /// The folded lookup key (see [`super::fold`]); empty for punctuation. Inline (no
    /// heap) up to 24 bytes, which is nearly every word.
    pub key: CompactString,
    pub shape: Shape,
    pub gap: Gap,
    /// The token is the first of its line (a line break stands before it).
    pub line_start: bool,
}

impl Token<'_> {
    /// A word or number, as opposed to punctuation.
    pub fn is_word(&self) -> bool {
        !matches!(self.shape, Shape::Punct)
    }

    /// A possessive ending ("'s", "’s", a bare apostrophe after "-s"): punctuation that
    /// joins a name to what it owns ("Russia's Kursk region").
    pub fn is_possessive_mark(&self) -> bool {
        matches!(self.text, "'s" | "’s" | "'S" | "’S" | "'" | "’")
    }

    /// Starts with an uppercase letter (capitalised, all caps or an initial).
    pub fn is_cap(&self) -> bool {
        matches!(
            self.shape,
            Shape::Capitalized | Shape::Upper | Shape::Initial
        )
    }
}

fn is_apostrophe(c: char) -> bool {
    matches!(c, '\'' | '’' | 'ʼ' | 'ʻ' | 'ʿ' | 'ʾ' | '‘' | '`')
}

fn is_hyphen(c: char) -> bool {
    matches!(c, '-' | '‐' | '‑')
}

/// Tokens of `text[from..to]`, with spans into the whole `text` (for reading a long text
/// a window at a time). `from` and `to` must be character boundaries.
pub fn tokenize_span(text: &str, from: usize, to: usize) -> Vec<Token<'_>> {
    let mut tokens = tokenize(text.get(from..to).unwrap_or(""));
    for token in &mut tokens {
        token.start += from;
        token.end += from;
    }
    tokens
}

/// Splits `text` into tokens. Never fails; unknown characters become punctuation.
pub fn tokenize(text: &str) -> Vec<Token<'_>> {
    let mut tokens = Vec::with_capacity(text.len() / 5);
    let chars: Vec<(usize, char)> = text.char_indices().collect();
    let mut i = 0;
    let mut gap = Gap::Start;
    let mut line_start = true;
    while i < chars.len() {
        let (pos, c) = chars[i];
        if c.is_whitespace() {
            let mut newlines = 0;
            while i < chars.len() && chars[i].1.is_whitespace() {
                if chars[i].1 == '\n' {
                    newlines += 1;
                }
                i += 1;
            }
            line_start |= newlines > 0;
            if gap != Gap::Start {
                gap = if newlines >= 2 {
                    Gap::Paragraph
                } else {
                    Gap::Space
                };
            }
            continue;
        }
        if is_hyphen(c) && gap == Gap::None && word_follows(&chars, i + 1) {
            // A word-joining hyphen: remembered as the gap, not a token.
            gap = Gap::Hyphen;
            i += 1;
            continue;
        }
        let (end_idx, shape) = if c.is_alphanumeric() {
            scan_word(&chars, i)
        } else if is_apostrophe(c)
            && chars.get(i + 1).is_some_and(|&(_, s)| s == 's' || s == 'S')
            && !chars.get(i + 2).is_some_and(|&(_, n)| n.is_alphanumeric())
        {
            (i + 2, Shape::Punct)
        } else {
            (i + 1, Shape::Punct)
        };
        let end = chars.get(end_idx).map_or(text.len(), |&(p, _)| p);
        let slice = &text[pos..end];
        let key = if shape == Shape::Punct {
            CompactString::const_new("")
        } else {
            fold_compact(slice)
        };
        tokens.push(Token {
            text: slice,
            start: pos,
            end,
            key,
            shape,
            gap,
            line_start,
        });
        gap = Gap::None;
        line_start = false;
        i = end_idx;
    }
    tokens
}

fn word_follows(chars: &[(usize, char)], i: usize) -> bool {
    chars.get(i).is_some_and(|&(_, c)| c.is_alphanumeric())
}

/// Scans a word starting at `i`; returns the index past it and its shape.
fn scan_word(chars: &[(usize, char)], start: usize) -> (usize, Shape) {
    if let Some(end) = scan_dotted_abbreviation(chars, start) {
        return (end, Shape::Upper);
    }
    let mut i = start;
    while i < chars.len() {
        let c = chars[i].1;
        if c.is_alphanumeric() || is_combining(c) {
            i += 1;
        } else if is_apostrophe(c) && word_follows(chars, i + 1) {
            // "Sana'a", "N'Djamena" keep their apostrophe; the possessive "'s" does not.
            let possessive = chars.get(i + 1).is_some_and(|&(_, s)| s == 's' || s == 'S')
                && !word_follows(chars, i + 2);
            if possessive {
                break;
            }
            i += 1;
        } else {
            break;
        }
    }
    (i, shape_of(chars[start..i].iter().map(|&(_, c)| c)))
}

fn is_combining(c: char) -> bool {
    unicode_normalization::char::is_combining_mark(c)
}

/// "U.S.", "U.K.", "U.N.": single uppercase letters each followed by a period, at least two.
fn scan_dotted_abbreviation(chars: &[(usize, char)], start: usize) -> Option<usize> {
    let mut i = start;
    let mut letters = 0;
    while let (Some(&(_, letter)), Some(&(_, '.'))) = (chars.get(i), chars.get(i + 1)) {
        if !letter.is_uppercase() {
            break;
        }
        letters += 1;
        i += 2;
    }
    (letters >= 2).then_some(i)
}

fn shape_of(mut word: impl Iterator<Item = char>) -> Shape {
    let Some(first) = word.next() else {
        return Shape::Punct;
    };
    if first.is_numeric() {
        return Shape::Number;
    }
    if first.is_lowercase() {
        return Shape::Lower;
    }
    if !first.is_uppercase() {
        // Scripts without case (Arabic) behave like capitalised names.
        return Shape::Capitalized;
    }
    let mut letters = 1;
    let mut any_lower = false;
    for c in word {
        if c.is_alphabetic() {
            letters += 1;
            any_lower |= c.is_lowercase();
        }
    }
    match (letters, any_lower) {
        (1, _) => Shape::Initial,
        (_, true) => Shape::Capitalized,
        (_, false) => Shape::Upper,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn words(text: &str) -> Vec<(&str, Shape, Gap)> {
        tokenize(text)
            .into_iter()
            .map(|t| (t.text, t.shape, t.gap))
            .collect()
    }

    #[test]
    fn hyphenated_compounds_split_with_a_hyphen_gap() {
        let t = words("the Baghdad-Washington agreement");
        assert_eq!(t[1], ("Baghdad", Shape::Capitalized, Gap::Space));
        assert_eq!(t[2], ("Washington", Shape::Capitalized, Gap::Hyphen));
    }

    #[test]
    fn possessives_are_split_off() {
        let t = words("Iraq's Kurdistan Region’s capital");
        assert_eq!(t[0].0, "Iraq");
        assert_eq!(t[1].0, "'s");
        assert_eq!(t[1].1, Shape::Punct);
        assert_eq!(t[4].0, "’s");
    }

    #[test]
    fn inner_apostrophes_stay() {
        assert_eq!(words("in Sana'a on")[1].0, "Sana'a");
    }

    #[test]
    fn dotted_abbreviations_are_one_token() {
        let t = words("U.S. forces and the U.K.");
        assert_eq!(t[0], ("U.S.", Shape::Upper, Gap::Start));
        assert_eq!(t[4].0, "U.K.");
    }

    #[test]
    fn initials_and_caps_are_told_apart() {
        let t = words("Alina L. Romanowski in ERBIL");
        assert_eq!(t[1].1, Shape::Initial);
        assert_eq!(t[2].0, ".");
        assert_eq!(t[5].1, Shape::Upper);
    }

    #[test]
    fn spans_are_utf8_byte_offsets() {
        let text = "Ḩarīr – Erbil";
        let t = tokenize(text);
        let last = t.last().unwrap();
        assert_eq!(&text[last.start..last.end], "Erbil");
        assert_eq!(t[0].key, "harir");
    }

    #[test]
    fn blank_lines_are_paragraph_gaps() {
        let t = words("end.\n\nNext");
        assert_eq!(t[2].2, Gap::Paragraph);
    }
}
