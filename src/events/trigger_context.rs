//! What the words around a trigger say about its event: a habit, a plan, a topic, an
//! event told before (a reference back), or one of several just named. Each predicate
//! reads `tokens[first..]` of one sentence around a trigger; the cue words are data, in
//! `data/lexicon/event_cues.txt`.

use super::EventKind;
use super::triggers::Trigger;
use super::vocabulary::{self, Cues, Role, cue_list};
use crate::text::inflect::Form;
use crate::text::{Shape, Token};

/// Whether `words` occur at `i` (folded keys, lowercase or capitalised tokens).
pub(super) fn matches_at(tokens: &[Token<'_>], i: usize, end: usize, words: &[&str]) -> bool {
    i + words.len() <= end
        && words
            .iter()
            .zip(&tokens[i..])
            .all(|(w, t)| t.key == *w && (t.shape == Shape::Lower || t.shape == Shape::Capitalized))
}

#[inline]
pub(super) fn any_phrase_at(tokens: &[Token<'_>], i: usize, end: usize, cues: &Cues) -> bool {
    let Some(token) = tokens.get(i).filter(|_| i < end) else {
        return false;
    };
    if !cues.may_start_with(&token.key) {
        return false;
    }
    cues.starting_with(&token.key)
        .any(|phrase| matches_at(tokens, i, end, phrase))
}

pub(super) fn topic_before(tokens: &[Token<'_>], first: usize, at: usize, kind: EventKind) -> bool {
    if kind == EventKind::Incident
        && (first..at).any(|i| cue_list!("topic_verbs").contains(&tokens[i].key))
    {
        return true;
    }
    let topic_cues = match kind {
        EventKind::Incident => cue_list!("incident_topic_before"),
        EventKind::Meeting => cue_list!("meeting_topic_before"),
        _ => return false,
    };
    let from = at.saturating_sub(7).max(first);
    (from..at).any(|i| any_phrase_at(tokens, i, at, topic_cues))
}

/// "airstrikes continued almost nightly", "shelling daily", "drone strikes in the region
/// have intensified": a habit or a campaign, not one event (read up to the clause's end).
pub(super) fn habitual_after(tokens: &[Token<'_>], at: usize, end: usize) -> bool {
    (at..end.min(at + 8))
        .take_while(|&j| tokens[j].is_word())
        .any(|j| cue_list!("habitual_after").contains(&tokens[j].key))
}

/// "militias that have repeatedly attacked", "Israel has for years targeted": a habit
/// word between has/have/had and the participle (up to three words).
pub(super) fn habitual(tokens: &[Token<'_>], first: usize, at: usize) -> bool {
    let Some(auxiliary) = (at.saturating_sub(4).max(first)..at)
        .rev()
        .find(|&j| matches!(tokens[j].key.as_str(), "has" | "have" | "had"))
    else {
        return false;
    };
    let between = auxiliary + 1..at;
    // "had a long talk" is one talk: a determiner starts a noun phrase, not a habit.
    between
        .clone()
        .all(|j| tokens[j].is_word() && !crate::lexicon::DETERMINERS.contains(&tokens[j].key))
        && between
            .into_iter()
            .any(|j| cue_list!("habitual").contains(&tokens[j].key))
}

/// "the attack", "this strike": a determiner before the noun, through up to two
/// adjectives.
pub(super) fn definite(tokens: &[Token<'_>], first: usize, at: usize) -> bool {
    (at.saturating_sub(3).max(first)..at)
        .rev()
        .take_while(|&j| tokens[j].shape == Shape::Lower || j == first)
        .any(|j| cue_list!("definite_before").contains(&tokens[j].key))
}

/// "condemned what it called a horrific attack": a verb of reference a few words before.
pub(super) fn referred(tokens: &[Token<'_>], first: usize, at: usize) -> bool {
    (at.saturating_sub(9).max(first)..at)
        .any(|j| cue_list!("reference_verbs").contains(&tokens[j].key))
}

/// A past verb with no auxiliary before it, right after a word that can be its subject.
pub(super) fn active_voice(tokens: &[Token<'_>], at: usize, form: Form) -> bool {
    let previous = at.checked_sub(1).map(|p| &tokens[p]);
    form == Form::Past
        && previous.is_some_and(|p| {
            p.is_word()
                && !matches!(
                    p.key.as_str(),
                    "was"
                        | "were"
                        | "been"
                        | "being"
                        | "be"
                        | "is"
                        | "are"
                        | "had"
                        | "has"
                        | "have"
                        | "and"
                        | "who"
                        | "which"
                        | "that"
                )
        })
}

/// "ahead of an international conference": a phrase of things to come a few words before.
/// A possessor in between counts as one word ("ahead of the Vice President's visit"); a
/// comma ends the phrase ("Ahead of the vote, the envoy visited Erbil").
pub(super) fn future_before(tokens: &[Token<'_>], first: usize, at: usize) -> bool {
    let possessor = tokens[first.max(at.saturating_sub(3))..at]
        .iter()
        .rposition(|t| matches!(t.text, "'s" | "’s"))
        .map_or(0, |_| 3);
    let from = at.saturating_sub(5 + possessor).max(first);
    (from..at).any(|i| {
        any_phrase_at(tokens, i, at, cue_list!("future_before"))
            && !tokens[i..at].iter().any(|t| matches!(t.text, "," | ";"))
    })
}

/// "He will conclude his trip in Doha", "had been scheduled to continue to Amman, Jordan,
/// for a summit": a plan or a modal earlier in the clause governs the event (up to ten
/// words back, not past the clause's start or a comma right before the event's verb:
/// "the minister, who will leave on Friday, held talks").
pub(super) fn planned_in_clause(tokens: &[Token<'_>], first: usize, at: usize) -> bool {
    if at > first && tokens[at - 1].text == "," {
        return false;
    }
    let from = (at.saturating_sub(10).max(first)..at)
        .rev()
        .find(|&i| {
            matches!(tokens[i].text, "." | ";" | ":" | "?" | "!")
                || cue_list!("clause_openers").contains(&tokens[i].key)
        })
        .map_or(at.saturating_sub(10).max(first), |i| i + 1);
    (from..at).any(|i| any_phrase_at(tokens, i, at, cue_list!("plan_cues")))
}

/// Where the clause of the word at `at` starts within `from..at`: after the last word
/// that opens a clause ("as", "where", "while"…) or a semicolon, else at `from`. A border
/// the army deployed on is not what "meets" in "… on the border as UNIFIL meets officers".
pub(super) fn own_clause_start(tokens: &[Token<'_>], from: usize, at: usize) -> usize {
    (from..at)
        .rev()
        .find(|&i| {
            tokens[i].text == ";"
                || tokens[i].shape == Shape::Lower
                    && cue_list!("clause_openers").contains(&tokens[i].key)
        })
        .map_or(from, |i| i + 1)
}

/// "talks would continue", "the visit is expected to": plans right after a noun trigger.
pub(super) fn unrealized_after(tokens: &[Token<'_>], at: usize, end: usize) -> bool {
    any_phrase_at(tokens, at, end, cue_list!("unrealized_after"))
}

/// The clause a token stands in: between the words that open a subordinate or a new
/// clause ("after", "before", "while", "because", "but", …) around it.
pub(super) fn clause_around(
    tokens: &[Token<'_>],
    first: usize,
    end: usize,
    at: usize,
) -> (usize, usize) {
    let opens_clause = |t: &Token<'_>| {
        t.text == ";"
            || (t.shape == Shape::Lower
                && matches!(
                    t.key.as_str(),
                    "after"
                        | "before"
                        | "while"
                        | "because"
                        | "but"
                        | "although"
                        | "though"
                        | "when"
                        | "whereas"
                ))
    };
    let from = (first..at)
        .rev()
        .find(|&i| opens_clause(&tokens[i]))
        .map_or(first, |i| i + 1);
    let to = (at + 1..end)
        .find(|&i| opens_clause(&tokens[i]))
        .unwrap_or(end);
    (from, to)
}

/// A cue of plans, negation or modality in the two words before `at` (for a noun, before
/// its determiner and ordinal: "had also planned a third attack").
pub(super) fn unrealized(tokens: &[Token<'_>], first: usize, at: usize) -> bool {
    let mut from = at;
    while from > first
        && from + 3 > at
        && matches!(
            tokens[from - 1].key.as_str(),
            "a" | "an" | "the" | "third" | "second" | "new" | "further" | "another"
        )
    {
        from -= 1;
    }
    (from.saturating_sub(2).max(first)..at)
        .any(|j| cue_list!("unrealized_before").contains(&tokens[j].key) && !tokens[j].is_cap())
}

/// Whether the trigger stands in a phrase that names an earlier event ("after the
/// Oct. 7 attack", "since the strike"). A verb with its own subject after "after" or
/// "before" is a clause that tells an event ("after Netanyahu met Déby in N'Djamena"), and
/// so is a gerund of meeting right after them ("after meeting with Erdoğan"): their dates
/// decide whether they are background, as for any other clause.
///
/// A meeting named without a determiner, or with "a", after "after" or "following" is
/// told there for the first time ("agreed after talks in Moscow", "following a meeting
/// with European officials in Brussels"); "after the talks" refers back.
///
/// Returns the word by which the trigger refers back, if it does.
pub(super) fn reference_cue(
    tokens: &[Token<'_>],
    first: usize,
    trigger: &Trigger,
) -> Option<usize> {
    let (at, verbal) = (trigger.first, trigger.verbal);
    let diplomatic = trigger.kind != EventKind::Incident;
    let fillers = cue_list!("reference_fillers");
    let mut subject = false;
    let mut j = at;
    while j > first {
        j -= 1;
        let token = &tokens[j];
        let presupposes = cue_list!("presupposing_nouns").contains(&token.key)
            && tokens.get(j + 1).is_some_and(|t| t.key == "of");
        if (cue_list!("reference_cues").contains(&token.key) || presupposes)
            && token.shape == Shape::Lower
        {
            // "five days after gunmen killed …", "came a day after Blinken met …": a
            // clause measured from the story's event is an earlier one the story refers to.
            let measured = (j.saturating_sub(3).max(first)..j)
                .any(|k| cue_list!("measured_before").contains(&tokens[k].key));
            let opens_clause = matches!(token.key.as_str(), "after" | "before") && !measured;
            // "after meeting with Erdoğan", "after arriving in Kabul", not "after visiting
            // the site".
            let gerund = j + 1 == at
                && tokens[at].key.ends_with("ing")
                && tokens
                    .get(trigger.end)
                    .is_some_and(|t| matches!(t.key.as_str(), "with" | "in" | "at") || t.is_cap());
            let indefinite = (j + 1..at).all(|k| matches!(tokens[k].key.as_str(), "a" | "an"));
            let introduced = (diplomatic || trigger.kind == EventKind::Incident)
                && !verbal
                && indefinite
                && matches!(token.key.as_str(), "after" | "following")
                && !measured;
            // Incidents in such clauses are the background of the story's event ("talks
            // convened after Haniyeh was assassinated in Tehran"): only meetings and calls.
            // (A bare "-ing" word is the gerund even where the noun "meeting" matched:
            // "before meeting President Zelensky in Kyiv".)
            let tells = diplomatic && opens_clause && (verbal && subject || gerund) || introduced;
            return (!tells).then_some(j);
        }
        subject |= token.is_cap() || token.shape == Shape::Number;
        // "since President Lee's visit": the owner's possessive.
        let filler = fillers.contains(&token.key)
            || token.shape == Shape::Number
            || matches!(token.text, "." | "'s" | "’s")
            || token.is_cap()
            || is_incident_word(&token.key)
            || token.key == "and";
        if !filler {
            return None;
        }
    }
    None
}

/// "…, including the Jan. 28 drone attack", "among them the strike on …": the trigger at
/// `at` names one of the events the words before it named.
pub(super) fn names_a_member(tokens: &[Token<'_>], first: usize, at: usize) -> bool {
    let fillers = cue_list!("reference_fillers");
    (first..at)
        .rev()
        .take(8)
        .take_while(|&j| {
            let token = &tokens[j];
            cue_list!("member_cues").contains(&token.key)
                || fillers.contains(&token.key)
                || matches!(token.shape, Shape::Number | Shape::Punct)
                || token.is_cap()
                || is_incident_word(&token.key)
                || token.key.contains('-')
        })
        .any(|j| cue_list!("member_cues").contains(&tokens[j].key))
}

/// A single word that names an incident or its means ("drone", "missile", "strike").
pub(super) fn is_incident_word(word: &str) -> bool {
    vocabulary::patterns_starting_with(word).iter().any(|p| {
        p.slots.len() == 1
            && p.entry.kind == EventKind::Incident
            && matches!(p.entry.role, Role::Event | Role::Weapon)
    })
}

/// "air defences destroyed 21 drones over the Belgorod region", "32 drones were shot down
/// in the Kyiv and Zhytomyr regions": the sentence tallies weapons brought down (an
/// interception verb within four words of a weapon it counts). Over a division that is
/// no attack on a place; over a town it may be one.
pub(super) fn interception_tally(tokens: &[Token<'_>], first: usize, end: usize) -> bool {
    (first..end).any(|i| {
        any_phrase_at(tokens, i, end, cue_list!("interception_verbs"))
            && (i.saturating_sub(4).max(first)..(i + 6).min(end))
                .any(|j| cue_list!("intercepted_weapons").contains(&tokens[j].key))
    })
}
