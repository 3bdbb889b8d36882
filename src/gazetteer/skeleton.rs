//! Spelling-insensitive keys for transliterated names.
//!
//! Arabic, Kurdish and Persian names reach English text in many spellings: Makhmour /
//! Makhmur, Tel Tamr / Tall Tamr, Deir ez-Zor / Dayr az Zawr, Qamishli / Kamishli. They
//! differ in vowels, doubled letters and q/k, rarely in the other consonants. The skeleton
//! of a folded name keeps its consonants in order (doubled ones once, q as k, c as k) and
//! marks an initial vowel, so those spellings share one key. Matching by skeleton is a
//! fallback for names the gazetteer does not know as written; the spotter and resolver
//! accept such a match only where the article's other places support it.
//!
//! Dependency-free: `build.rs` includes this file to write the embedded skeleton index.

/// Fewer consonants than this leave too many names sharing a skeleton ("Kef", "Juma").
pub const MIN_SKELETON_LEN: usize = 4;

/// The skeleton of a folded name (lowercase letters and digits, no spaces), or `None`
/// when it is too short to tell names apart.
pub fn skeleton(folded: &str) -> Option<String> {
    let mut out = String::with_capacity(folded.len());
    let mut last: Option<char> = None;
    for (i, c) in folded.chars().enumerate() {
        let c = match c {
            'q' | 'c' => 'k',
            other => other,
        };
        let vowel = matches!(c, 'a' | 'e' | 'i' | 'o' | 'u') || i > 0 && matches!(c, 'y' | 'w');
        if vowel {
            if i == 0 {
                out.push('_');
            }
            last = None;
            continue;
        }
        if last == Some(c) {
            continue;
        }
        out.push(c);
        last = Some(c);
    }
    (out.trim_start_matches('_').len() >= MIN_SKELETON_LEN).then_some(out)
}

#[cfg(test)]
mod tests {
    use super::skeleton;

    #[test]
    fn transliterations_share_a_skeleton() {
        for (a, b) in [
            ("makhmour", "makhmur"),
            ("teltamr", "talltamr"),
            ("deirezzor", "dayrazzawr"),
            ("qamishli", "kamishly"),
            ("erbilcitadel", "arbilcitadel"),
            ("koysinjaq", "koysanjaq"),
        ] {
            assert_eq!(skeleton(a), skeleton(b), "{a} / {b}");
        }
    }

    #[test]
    fn different_names_and_short_names_do_not() {
        assert_ne!(skeleton("kirkuk"), skeleton("karbala"));
        assert_eq!(skeleton("mosul"), None);
        assert_eq!(skeleton("kef"), None);
        assert_eq!(skeleton("juma"), None);
        // An initial vowel counts: "Alqosh" is not "Lqosh".
        assert_ne!(skeleton("alqoshtown"), skeleton("lqoshtown"));
    }
}
