//! Counts stated in a sentence: people killed and injured, number of attacks.

use serde::Serialize;

use crate::lexicon::small_number;
use crate::text::{Shape, Token};

/// Numbers an event's sentence states; `None` when it does not say.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Serialize)]
pub struct Counts {
    #[serde(skip_serializing_if = "Option::is_none")]
    pub killed: Option<u32>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub injured: Option<u32>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub attacks: Option<u32>,
}

impl Counts {
    /// Keeps the larger of each count (two sentences about one event).
    pub fn merge(&mut self, other: Counts) {
        self.killed = self.killed.max(other.killed);
        self.injured = self.injured.max(other.injured);
        self.attacks = self.attacks.max(other.attacks);
    }

    pub fn is_empty(&self) -> bool {
        *self == Counts::default()
    }
}

const KILLED: &[&str] = &[
    "killed",
    "dead",
    "died",
    "killing",
    "deaths",
    "fatalities",
    "lives",
];
const INJURED: &[&str] = &[
    "injured",
    "wounded",
    "hurt",
    "injuring",
    "wounding",
    "injuries",
    "casualties",
];
const ATTACKS: &[&str] = &[
    "attacks",
    "strikes",
    "attack",
    "strike",
    "airstrikes",
    "raids",
];

fn value(token: &Token<'_>) -> Option<u32> {
    if token.shape == Shape::Number {
        let digits: String = token.text.chars().filter(char::is_ascii_digit).collect();
        if token.text.contains(['.', ':']) || digits.len() > 6 {
            return None;
        }
        return digits.parse().ok().filter(|&n| !(1900..=2100).contains(&n));
    }
    small_number(&token.key)
}

/// Reads the counts in `tokens[first..end]`: "killing at least four", "three soldiers were
/// killed", "34 injured", "at least 14 attacks".
pub fn find_counts(tokens: &[Token<'_>], first: usize, end: usize) -> Counts {
    let mut counts = Counts::default();
    for i in first..end {
        let Some(n) = value(&tokens[i]) else {
            continue;
        };
        // "five days after gunmen killed …": a span of time, not a count of people.
        if tokens.get(i + 1).is_some_and(|t| {
            matches!(
                t.key.as_str(),
                "day"
                    | "days"
                    | "hour"
                    | "hours"
                    | "week"
                    | "weeks"
                    | "month"
                    | "months"
                    | "year"
                    | "years"
                    | "minute"
                    | "minutes"
                    | "km"
                    | "kilometres"
                    | "miles"
            )
        }) {
            continue;
        }
        // "N … killed": the outcome word within six words after the number.
        for (j, token) in tokens.iter().enumerate().take((i + 7).min(end)).skip(i + 1) {
            let key = token.key.as_str();
            let slot = if KILLED.contains(&key) {
                &mut counts.killed
            } else if INJURED.contains(&key) {
                &mut counts.injured
            } else if ATTACKS.contains(&key) && j == i + 1 {
                &mut counts.attacks
            } else if value(token).is_some() || token.text == "," && j > i + 2 {
                break;
            } else {
                continue;
            };
            *slot = (*slot).max(Some(n));
            break;
        }
        // "killing at least four": the outcome word shortly before the number.
        for j in (first.max(i.saturating_sub(3))..i).rev() {
            let key = tokens[j].key.as_str();
            if matches!(key, "killing" | "killed") {
                counts.killed = counts.killed.max(Some(n));
                break;
            }
            if matches!(key, "injuring" | "wounding" | "injured" | "wounded") {
                counts.injured = counts.injured.max(Some(n));
                break;
            }
        }
    }
    counts
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::text::tokenize;

    fn counts(text: &str) -> Counts {
        let tokens = tokenize(text);
        find_counts(&tokens, 0, tokens.len())
    }

    #[test]
    fn killed_and_injured() {
        let c = counts("killing at least four civilians and injuring 34 others");
        assert_eq!((c.killed, c.injured), (Some(4), Some(34)));
        assert_eq!(
            counts("Three U.S. Army soldiers were killed").killed,
            Some(3)
        );
    }

    #[test]
    fn attack_waves() {
        assert_eq!(
            counts("at least 14 attacks since Oct. 17").attacks,
            Some(14)
        );
    }

    #[test]
    fn spans_of_time_are_not_counts() {
        assert_eq!(
            counts("five days after gunmen killed two guards").killed,
            Some(2)
        );
        assert_eq!(counts("three weeks after the strike killed").killed, None);
    }

    #[test]
    fn years_are_not_counts() {
        assert_eq!(counts("formed in 2014 and killed"), Counts::default());
    }
}
