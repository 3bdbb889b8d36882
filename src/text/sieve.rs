//! A constant-time test that a word is certainly not in a word list.
//!
//! The extractor asks dozens of word lists about every token ("is it a cue of a
//! cancelled event?", "does a trigger start with it?"), and nearly every answer is no.
//! Hashing the word for each list cost about a tenth of the extraction; a sieve answers
//! most of those noes from one bit, indexed by the word's first byte and its length, so
//! the hash is computed only for the few words that share both with an entry.

/// One bit per (first byte, length up to 31) pair present in a list. No false negatives:
/// every word of the list passes; other words pass only when an entry starts with the
/// same byte and has the same length (capped at 31).
#[derive(Clone)]
pub struct WordSieve {
    bits: Box<[u64; 128]>,
}

impl Default for WordSieve {
    fn default() -> Self {
        WordSieve {
            bits: Box::new([0; 128]),
        }
    }
}

impl WordSieve {
    fn slot(word: &str) -> usize {
        let first = word.as_bytes().first().copied().unwrap_or(0);
        usize::from(first) * 32 + word.len().min(31)
    }

    /// Lets `word` pass from now on.
    pub fn insert(&mut self, word: &str) {
        let slot = Self::slot(word);
        self.bits[slot / 64] |= 1 << (slot % 64);
    }

    /// False only when `word` is certainly not in the list.
    #[inline]
    pub fn may_contain(&self, word: &str) -> bool {
        let slot = Self::slot(word);
        self.bits[slot / 64] & (1 << (slot % 64)) != 0
    }
}

impl<'a> FromIterator<&'a str> for WordSieve {
    fn from_iter<I: IntoIterator<Item = &'a str>>(words: I) -> Self {
        let mut sieve = WordSieve::default();
        for word in words {
            sieve.insert(word);
        }
        sieve
    }
}

#[cfg(test)]
mod tests {
    use super::WordSieve;

    #[test]
    fn every_entry_passes_and_most_other_words_do_not() {
        let entries = ["cancelled", "postponed", "called", "off", "", "ääb"];
        let sieve: WordSieve = entries.into_iter().collect();
        for word in entries {
            assert!(sieve.may_contain(word), "{word}");
        }
        // Same first byte and length as "cancelled": passes, the hash decides.
        assert!(sieve.may_contain("canvassed"));
        for word in ["struck", "the", "canal", "a", "ab"] {
            assert!(!sieve.may_contain(word), "{word}");
        }
        let long = "x".repeat(40);
        let sieve: WordSieve = [long.as_str()].into_iter().collect();
        assert!(
            sieve.may_contain(&"x".repeat(33)),
            "lengths over 31 share a bit"
        );
    }
}
