//! Name folding: the one normal form under which a mention in an article and a
//! gazetteer name are compared.
//!
//! Folding removes case, diacritics, apostrophes, hyphens, periods and spaces, so
//! "Ḩarīr", "Harir", "AL-ULA", "Al Ula" and "AlUla" all meet as `harir` / `alula`, and
//! "U.S." meets "US" as `us`. Arabic-script letters are kept (minus their vowel marks).

use compact_str::CompactString;
use unicode_normalization::UnicodeNormalization;
use unicode_normalization::char::is_combining_mark;

/// Folds `s` into its lookup key: lowercase, no diacritics, letters and digits only.
///
/// The result is empty when `s` has no letter or digit.
pub fn fold(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    fold_into(s, &mut out);
    out
}

/// Folds `s` into an inline string: the token keys, nearly all short enough to need no
/// heap allocation.
pub fn fold_compact(s: &str) -> CompactString {
    if s.bytes().all(|b| b.is_ascii_alphanumeric()) {
        // Most words: the fold is the word in lowercase, one copy.
        let mut out = CompactString::new(s);
        out.make_ascii_lowercase();
        return out;
    }
    let mut out = CompactString::const_new("");
    fold_into(s, &mut out);
    out
}

/// Appends the folded form of `s` to `out` (see [`fold`]); lets callers build the key
/// of a multi-token name without intermediate strings.
pub fn fold_into(s: &str, out: &mut impl Extend<char>) {
    if s.is_ascii() {
        out.extend(
            s.bytes()
                .filter(u8::is_ascii_alphanumeric)
                .map(|b| char::from(b.to_ascii_lowercase())),
        );
        return;
    }
    for c in s.nfd() {
        if is_combining_mark(c) || !c.is_alphanumeric() {
            continue;
        }
        match c {
            'ı' => out.extend(['i']),
            'ł' | 'Ł' => out.extend(['l']),
            'ø' | 'Ø' => out.extend(['o']),
            'đ' | 'Đ' | 'ð' | 'Ð' => out.extend(['d']),
            'æ' | 'Æ' => out.extend(['a', 'e']),
            'œ' | 'Œ' => out.extend(['o', 'e']),
            'ß' => out.extend(['s', 's']),
            'þ' | 'Þ' => out.extend(['t', 'h']),
            // Arabic tatweel is decoration, not a letter.
            '\u{0640}' => {}
            _ => out.extend(c.to_lowercase()),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::fold;

    #[test]
    fn spellings_of_one_place_meet() {
        assert_eq!(fold("Ḩarīr"), "harir");
        assert_eq!(fold("AL-ULA"), fold("AlUla"));
        assert_eq!(fold("Al Ula"), "alula");
        assert_eq!(fold("Sana'a"), fold("Sanaa"));
        assert_eq!(fold("Sana’a"), "sanaa");
    }

    #[test]
    fn abbreviations_lose_their_periods() {
        assert_eq!(fold("U.S."), "us");
        assert_eq!(fold("St. Louis"), "stlouis");
    }

    #[test]
    fn special_latin_letters_fold_to_ascii() {
        assert_eq!(fold("Łódź"), "lodz");
        assert_eq!(fold("Düsseldorf"), "dusseldorf");
        assert_eq!(fold("İstanbul"), "istanbul");
    }

    #[test]
    fn the_inline_fold_of_a_token_is_the_fold() {
        for word in [
            "Erbil",
            "AL-ULA",
            "Sana'a",
            "U.S.",
            "Ḩarīr",
            "İstanbul",
            "x2",
            "-",
        ] {
            assert_eq!(super::fold_compact(word).as_str(), fold(word), "{word}");
        }
    }

    #[test]
    fn text_without_letters_folds_to_nothing() {
        assert_eq!(fold(" – ..."), "");
    }
}
