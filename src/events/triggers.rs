//! Event triggers: the words that say an incident, a meeting or a call happened.
//!
//! Triggers are matched on lowercase words (a capitalised "Agreement" is part of a name,
//! not an event). A trigger is dropped when its clause says the event did not happen or
//! is yet to happen ("was called off", "plans to visit", "will meet"), and when it only
//! refers back to an earlier event ("after the Oct. 7 attack", "amid frequent attacks").

use super::EventKind;
use crate::text::{Shape, Token};

/// What a trigger tells about its event's place.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Venue {
    /// A place after the trigger is where it happened ("met … in Riyadh", "arrived in").
    Follows,
    /// Places after the trigger are topics ("discussed the fighting in Gaza").
    Topic,
}

/// One trigger pattern.
struct Pattern {
    words: &'static [&'static str],
    kind: EventKind,
    subtype: &'static str,
    venue: Venue,
    /// The word can carry a new event by itself (a verb of meeting, a weapon word);
    /// otherwise it only adds to an event already found.
    strong: bool,
}

/// Weapon words that name an attack only next to a word of action ("drones struck",
/// "fired missiles"); alone they may be equipment ("dispatched fighter jets").
const NEEDS_ACTION: &[&str] = &[
    "drone",
    "drones",
    "uav",
    "uavs",
    "rocket",
    "rockets",
    "missile",
    "missiles",
    "warplanes",
    "fighter",
    "bombers",
    "artillery",
    "mortar",
    "mortars",
    "katyusha",
    "katyushas",
];

/// Words of action that make a weapon word an attack.
const ACTIONS: &[&str] = &[
    "struck",
    "strike",
    "strikes",
    "hit",
    "hits",
    "fired",
    "fire",
    "firing",
    "launched",
    "launch",
    "attack",
    "attacks",
    "attacked",
    "targeted",
    "targeting",
    "killed",
    "killing",
    "wounded",
    "injured",
    "intercepted",
    "downed",
    "down",
    "shot",
    "landed",
    "exploded",
    "bombed",
    "pounded",
    "shelled",
    "damaged",
    "destroyed",
    "hitting",
    "striking",
    "crashed",
    "slammed",
    "rained",
];

const fn p(
    words: &'static [&'static str],
    kind: EventKind,
    subtype: &'static str,
    venue: Venue,
    strong: bool,
) -> Pattern {
    Pattern {
        words,
        kind,
        subtype,
        venue,
        strong,
    }
}

use EventKind::{Call, Incident, Meeting};
use Venue::{Follows, Topic};

/// Patterns, longest first within a first word.
const PATTERNS: &[Pattern] = &[
    p(
        &["suicide", "bomber"],
        Incident,
        "suicide attack",
        Follows,
        true,
    ),
    p(
        &["suicide", "bombers"],
        Incident,
        "suicide attack",
        Follows,
        true,
    ),
    p(
        &["suicide", "attack"],
        Incident,
        "suicide attack",
        Follows,
        true,
    ),
    p(
        &["suicide", "bombing"],
        Incident,
        "suicide attack",
        Follows,
        true,
    ),
    p(
        &["drone", "strike"],
        Incident,
        "drone strike",
        Follows,
        true,
    ),
    p(
        &["drone", "strikes"],
        Incident,
        "drone strike",
        Follows,
        true,
    ),
    p(
        &["drone", "attack"],
        Incident,
        "drone strike",
        Follows,
        true,
    ),
    p(
        &["drone", "attacks"],
        Incident,
        "drone strike",
        Follows,
        true,
    ),
    p(&["drone"], Incident, "drone strike", Follows, true),
    p(&["drones"], Incident, "drone strike", Follows, true),
    p(&["uav"], Incident, "drone strike", Follows, true),
    p(&["uavs"], Incident, "drone strike", Follows, true),
    p(&["rocket"], Incident, "rocket attack", Follows, true),
    p(&["rockets"], Incident, "rocket attack", Follows, true),
    p(&["katyusha"], Incident, "rocket attack", Follows, true),
    p(&["katyushas"], Incident, "rocket attack", Follows, true),
    p(&["missile"], Incident, "missile strike", Follows, true),
    p(&["missiles"], Incident, "missile strike", Follows, true),
    p(&["airstrike"], Incident, "airstrike", Follows, true),
    p(&["airstrikes"], Incident, "airstrike", Follows, true),
    p(&["air", "strike"], Incident, "airstrike", Follows, true),
    p(&["air", "strikes"], Incident, "airstrike", Follows, true),
    p(&["air", "raid"], Incident, "airstrike", Follows, true),
    p(&["air", "raids"], Incident, "airstrike", Follows, true),
    p(&["warplanes"], Incident, "airstrike", Follows, true),
    p(&["fighter", "jets"], Incident, "airstrike", Follows, true),
    p(&["bombers"], Incident, "airstrike", Follows, true),
    p(&["shelling"], Incident, "shelling", Follows, true),
    p(&["shelled"], Incident, "shelling", Follows, true),
    p(&["artillery"], Incident, "shelling", Follows, true),
    p(&["mortar"], Incident, "shelling", Follows, true),
    p(&["mortars"], Incident, "shelling", Follows, true),
    p(&["ied"], Incident, "IED/bombing", Follows, true),
    p(&["ieds"], Incident, "IED/bombing", Follows, true),
    p(
        &["roadside", "bomb"],
        Incident,
        "IED/bombing",
        Follows,
        true,
    ),
    p(&["car", "bomb"], Incident, "IED/bombing", Follows, true),
    p(&["bombing"], Incident, "IED/bombing", Follows, true),
    p(&["bombings"], Incident, "IED/bombing", Follows, true),
    p(&["explosion"], Incident, "IED/bombing", Follows, true),
    p(&["explosions"], Incident, "IED/bombing", Follows, true),
    p(&["blast"], Incident, "IED/bombing", Follows, true),
    p(&["blasts"], Incident, "IED/bombing", Follows, true),
    p(&["exploded"], Incident, "IED/bombing", Follows, true),
    p(&["clash"], Incident, "armed clash", Follows, true),
    p(&["clashes"], Incident, "armed clash", Follows, true),
    p(&["clashed"], Incident, "armed clash", Follows, true),
    p(&["gunfight"], Incident, "armed clash", Follows, true),
    p(&["firefight"], Incident, "armed clash", Follows, true),
    p(&["ambush"], Incident, "armed clash", Follows, true),
    p(&["ambushed"], Incident, "armed clash", Follows, true),
    p(&["shooting"], Incident, "shooting", Follows, true),
    p(&["shot", "dead"], Incident, "shooting", Follows, true),
    p(&["opened", "fire"], Incident, "shooting", Follows, true),
    p(&["gunmen"], Incident, "shooting", Follows, true),
    p(&["gunman"], Incident, "shooting", Follows, true),
    p(
        &["assassinated"],
        Incident,
        "targeted killing",
        Follows,
        true,
    ),
    p(
        &["assassination"],
        Incident,
        "targeted killing",
        Follows,
        true,
    ),
    p(&["attack"], Incident, "attack", Follows, true),
    p(&["attacks"], Incident, "attack", Follows, true),
    p(&["attacked"], Incident, "attack", Follows, true),
    p(&["struck"], Incident, "attack", Follows, true),
    p(&["strike"], Incident, "attack", Follows, true),
    p(&["strikes"], Incident, "attack", Follows, true),
    p(&["raid"], Incident, "attack", Follows, true),
    p(&["raids"], Incident, "attack", Follows, true),
    p(&["killed"], Incident, "attack", Follows, true),
    p(&["targeted"], Incident, "attack", Follows, false),
    p(&["intercepted"], Incident, "attack", Follows, false),
    p(&["phone", "call"], Call, "phone call", Topic, true),
    p(&["phone", "calls"], Call, "phone call", Topic, true),
    p(&["phone", "conversation"], Call, "phone call", Topic, true),
    p(&["telephone", "call"], Call, "phone call", Topic, true),
    p(
        &["telephone", "conversation"],
        Call,
        "phone call",
        Topic,
        true,
    ),
    p(&["by", "phone"], Call, "phone call", Topic, true),
    p(&["by", "telephone"], Call, "phone call", Topic, true),
    p(&["over", "the", "phone"], Call, "phone call", Topic, true),
    p(&["phoned"], Call, "phone call", Topic, true),
    p(&["telephoned"], Call, "phone call", Topic, true),
    p(&["video", "call"], Call, "video call", Topic, true),
    p(&["video", "conference"], Call, "video call", Topic, true),
    p(&["videoconference"], Call, "video call", Topic, true),
    p(&["call", "with"], Call, "phone call", Topic, true),
    p(&["spoke", "with"], Call, "phone call", Topic, true),
    p(&["spoke", "to"], Call, "phone call", Topic, true),
    p(&["talked", "with"], Call, "phone call", Topic, true),
    p(&["call"], Call, "phone call", Topic, false),
    // Kept only in the shapes `is_call_verb` accepts: "called Iranian President Raisi",
    // "the two leaders spoke for 45 minutes".
    p(&["called"], Call, "phone call", Topic, true),
    p(&["spoke"], Call, "phone call", Topic, false),
    p(&["met", "with"], Meeting, "meeting", Follows, true),
    p(&["met"], Meeting, "meeting", Follows, true),
    p(&["meet"], Meeting, "meeting", Follows, true),
    p(&["meets"], Meeting, "meeting", Follows, true),
    p(&["meeting"], Meeting, "meeting", Follows, true),
    p(&["meetings"], Meeting, "meeting", Follows, true),
    p(&["held", "talks"], Meeting, "talks", Follows, true),
    p(&["talks"], Meeting, "talks", Follows, true),
    p(&["negotiations"], Meeting, "talks", Follows, false),
    p(&["summit"], Meeting, "summit", Follows, true),
    p(&["visit"], Meeting, "visit", Follows, true),
    p(&["visits"], Meeting, "visit", Follows, true),
    p(&["visited"], Meeting, "visit", Follows, true),
    p(&["visiting"], Meeting, "visit", Follows, true),
    p(&["arrived"], Meeting, "visit", Follows, true),
    p(&["trip"], Meeting, "visit", Follows, true),
    p(&["travelled"], Meeting, "visit", Follows, true),
    p(&["traveled"], Meeting, "visit", Follows, true),
    p(&["received"], Meeting, "meeting", Follows, true),
    p(&["hosted"], Meeting, "meeting", Follows, true),
    p(&["hosting"], Meeting, "meeting", Follows, true),
    p(&["welcomed"], Meeting, "meeting", Follows, false),
    p(&["discussed"], Meeting, "meeting", Topic, true),
    p(&["discussion"], Meeting, "meeting", Topic, false),
    p(&["discussions"], Meeting, "meeting", Topic, false),
    p(&["signed"], Meeting, "agreement", Topic, false),
    p(&["agreement"], Meeting, "agreement", Topic, false),
];

/// A trigger found in a sentence.
#[derive(Clone, Copy, Debug)]
pub struct Trigger {
    pub kind: EventKind,
    /// A verb ("met", "arrived"): its venue may come after its objects. A noun ("talks",
    /// "summit") takes its venue right after it.
    pub verbal: bool,
    pub subtype: &'static str,
    pub venue: Venue,
    pub strong: bool,
    /// Token range.
    pub first: usize,
    pub end: usize,
}

/// Words that, just before a trigger, say the event has not happened (yet).
const UNREALIZED_BEFORE: &[&str] = &[
    "will",
    "would",
    "to",
    "planned",
    "upcoming",
    "proposed",
    "possible",
    "next",
    "future",
    "expected",
    "scheduled",
    "potential",
    "any",
    "no",
    "not",
    "never",
    "shall",
    "could",
    "might",
    "may",
    "threatened",
    "threatening",
    "prevent",
    "deter",
    "avoid",
];

/// After has/have/had, a habit, not one event: "militias that have repeatedly attacked
/// U.S. forces" (but "jets repeatedly struck Jabalia on Tuesday" is one).
const HABITUAL: &[&str] = &["repeatedly", "regularly", "frequently", "routinely"];

/// Phrases shortly before an incident trigger that make it a topic or a cause, not a
/// report: "discussed Israeli attacks on Gaza", "Israel must stop its attacks", "in
/// response to a drone attack".
const INCIDENT_TOPIC_BEFORE: &[&[&str]] = &[
    &["discussed"],
    &["discussing"],
    &["discuss"],
    &["praised"],
    &["must", "stop"],
    &["to", "stop"],
    &["must", "halt"],
    &["to", "halt"],
    &["investigation", "into"],
    &["response", "to"],
    &["retaliation", "for"],
    &["revenge", "for"],
    &["reprisal", "for"],
];

/// Phrases shortly before a meeting trigger that make it one being prepared.
const MEETING_TOPIC_BEFORE: &[&[&str]] = &[&["preparations", "for"], &["preparing", "for"]];

/// Titles that make "called …" a phone call: "called Iranian President Ebrahim Raisi",
/// "called his Turkish counterpart".
const CALLED_TITLES: &[&str] = &[
    "president",
    "prime",
    "king",
    "crown",
    "emir",
    "sultan",
    "chancellor",
    "secretary",
    "minister",
    "counterpart",
    "premier",
];

/// Whether a bare "called"/"spoke" is a call. "called" + a run of capitalised words or
/// his/her/their holding a title, not in the possessive: "called Iranian President
/// Ebrahim Raisi", "called his Turkish counterpart" (not "called the Prime Minister's
/// statement a lie"). "spoke" right after "the two"/"leaders"/"presidents"/… and before a
/// duration, a day or the end of the clause (not "spoke on condition of anonymity").
fn is_call_verb(tokens: &[Token<'_>], first: usize, at: usize, end: usize) -> bool {
    // The token at `i` while inside the clause.
    let token = |i: usize| tokens.get(i).filter(|_| i < end);
    let word = |i: usize| token(i).map(|t| t.key.as_str());
    match tokens[at].key.as_str() {
        "called" => {
            // The run of capitalised words (and his/her/their) after the verb, and the
            // word right after it ("counterpart", or a possessive that makes it a thing).
            let mut i = at + 1;
            let mut title = false;
            while i < end.min(at + 7)
                && (tokens[i].is_cap() || matches!(tokens[i].key.as_str(), "his" | "her" | "their"))
            {
                title |= tokens[i].is_cap() && CALLED_TITLES.contains(&tokens[i].key.as_str());
                i += 1;
            }
            title |= word(i) == Some("counterpart");
            let possessive = token(i).is_some_and(|t| matches!(t.text, "'s" | "’s" | "'" | "’"));
            title && !possessive
        }
        "spoke" => {
            let subject = at > first
                && matches!(
                    tokens[at - 1].key.as_str(),
                    "two" | "leaders" | "presidents" | "ministers" | "counterparts" | "men"
                );
            let number_follows = |i: usize| {
                token(i).is_some_and(|t| {
                    t.shape == Shape::Number
                        || matches!(
                            t.key.as_str(),
                            "an" | "about" | "nearly" | "more" | "half" | "almost"
                        )
                })
            };
            let day_follows = |i: usize| {
                token(i).is_some_and(|t| {
                    t.shape == Shape::Number || crate::events::dates::is_weekday(&t.key)
                })
            };
            let after_ok = match word(at + 1) {
                None => true,
                Some("for") => number_follows(at + 2),
                Some("on") => day_follows(at + 2),
                Some("by" | "again" | "late" | "earlier" | "briefly") => true,
                Some(_) => tokens[at + 1].shape == Shape::Punct,
            };
            subject && after_ok
        }
        _ => true,
    }
}

/// Nouns after "hosting"/"hosted" that make it a base holding people, not a meeting:
/// "a base hosting U.S. troops" (but "Qatar hosted U.S. Secretary of State Blinken").
const HOSTED_PEOPLE: &[&str] = &[
    "troops",
    "forces",
    "soldiers",
    "personnel",
    "refugees",
    "contractors",
    "servicemembers",
];

/// Phrases anywhere in a sentence that cancel its meetings.
const CANCELLED: &[&[&str]] = &[
    &["called", "off"],
    &["cancelled"],
    &["canceled"],
    &["postponed"],
    &["scrapped"],
    &["suspended"],
    &["delayed"],
    &["put", "off"],
    &["pulled", "out"],
    &["was", "due"],
    &["were", "due"],
    &["is", "due"],
    &["are", "due"],
    &["is", "set", "to"],
    &["are", "set", "to"],
    &["plans", "to"],
    &["planned", "to"],
    &["was", "meant"],
    &["were", "meant"],
    &["was", "supposed"],
    &["were", "supposed"],
    &["was", "scheduled"],
    &["were", "scheduled"],
    &["is", "scheduled"],
    &["are", "scheduled"],
    &["is", "expected", "to"],
    &["are", "expected", "to"],
];

/// Words that, between a referring word and a trigger, keep it a reference ("after the
/// Oct. 7 Hamas attack", "amid frequent attacks").
const REFERENCE_FILLERS: &[&str] = &[
    "the",
    "a",
    "an",
    "its",
    "their",
    "his",
    "her",
    "last",
    "recent",
    "deadly",
    "frequent",
    "repeated",
    "latest",
    "earlier",
    "wave",
    "of",
    "series",
    "string",
    "spate",
    "previous",
    "such",
    "similar",
    "those",
    "these",
    "that",
    "this",
    "ongoing",
    "continued",
    "militia",
    "deadliest",
    "major",
    "massive",
    "two",
    "several",
    "multiple",
    "many",
    "dozens",
];

/// Nouns after a weapon word that make it equipment, not an attack ("carrier strike
/// groups", "missile defence", "drone factory").
const NOT_AN_EVENT_AFTER: &[&str] = &[
    "group",
    "groups",
    "force",
    "capability",
    "capabilities",
    "system",
    "systems",
    "defence",
    "defense",
    "defences",
    "defenses",
    "program",
    "programme",
    "programs",
    "launcher",
    "launchers",
    "factory",
    "factories",
    "production",
    "technology",
    "warning",
    "warnings",
    "alert",
    "alerts",
    "shelter",
    "shelters",
    "sites",
    "site",
    "stocks",
    "arsenal",
    "threat",
    "threats",
    "boats",
    "boat",
    "carrier",
    "carriers",
];

const REFERENCE_CUES: &[&str] = &["after", "since", "following", "amid", "despite", "before"];

fn matches_at(tokens: &[Token<'_>], i: usize, end: usize, words: &[&str]) -> bool {
    i + words.len() <= end
        && words
            .iter()
            .zip(&tokens[i..])
            .all(|(w, t)| t.key == *w && (t.shape == Shape::Lower || t.shape == Shape::Capitalized))
}

/// Patterns by their first word, longest first: a token is checked against only the
/// patterns that can start with it.
fn patterns_starting_with(word: &str) -> &'static [&'static Pattern] {
    static INDEX: std::sync::OnceLock<rustc_hash::FxHashMap<&'static str, Vec<&'static Pattern>>> =
        std::sync::OnceLock::new();
    INDEX
        .get_or_init(|| {
            let mut index: rustc_hash::FxHashMap<&'static str, Vec<&'static Pattern>> =
                Default::default();
            for pattern in PATTERNS {
                index.entry(pattern.words[0]).or_default().push(pattern);
            }
            for list in index.values_mut() {
                list.sort_by_key(|p| std::cmp::Reverse(p.words.len()));
            }
            index
        })
        .get(word)
        .map_or(&[], Vec::as_slice)
}

fn is_single_word_incident(word: &str) -> bool {
    patterns_starting_with(word)
        .iter()
        .any(|p| p.words.len() == 1 && p.kind == EventKind::Incident)
}

/// Finds the triggers in `tokens[first..end]` that report events that happened.
pub fn find_triggers(tokens: &[Token<'_>], first: usize, end: usize) -> Vec<Trigger> {
    let cancelled = std::cell::OnceCell::new();
    let sentence_cancelled = || {
        *cancelled.get_or_init(|| {
            (first..end).any(|i| CANCELLED.iter().any(|c| matches_at(tokens, i, end, c)))
        })
    };
    let mut found = Vec::new();
    let mut i = first;
    while i < end {
        let token = &tokens[i];
        let starts_clause = i == first
            || i > 0
                && tokens[i - 1].shape == Shape::Punct
                && !tokens[i - 1].text.ends_with(['s', 'S']);
        let lowercase_or_first = token.shape == Shape::Lower
            || (starts_clause && token.shape == Shape::Capitalized)
            || token.key == "ied"
            || token.key == "ieds";
        let pattern = lowercase_or_first
            .then(|| {
                patterns_starting_with(&token.key)
                    .iter()
                    .find(|p| matches_at(tokens, i, end, p.words))
            })
            .flatten();
        let Some(pattern) = pattern else {
            i += 1;
            continue;
        };
        let head = pattern.words[0];
        let trigger = Trigger {
            verbal: head.ends_with("ed")
                || matches!(head, "met" | "meet" | "meets" | "held" | "arrived"),
            kind: pattern.kind,
            subtype: pattern.subtype,
            venue: pattern.venue,
            strong: pattern.strong,
            first: i,
            end: i + pattern.words.len(),
        };
        i = trigger.end;
        let describes_equipment = tokens
            .get(trigger.end)
            .filter(|_| trigger.end < end)
            .is_some_and(|n| NOT_AN_EVENT_AFTER.contains(&n.key.as_str()));
        // "spoke with Netanyahu" is a call; "spoke to reporters" is not.
        let speech_without_person = pattern.words.len() > 1
            && matches!(head, "spoke" | "talked")
            && !tokens.get(trigger.end).is_some_and(Token::is_cap);
        let bare_call_verb = pattern.words.len() == 1
            && matches!(head, "called" | "spoke")
            && !is_call_verb(tokens, first, trigger.first, end);
        let without_action = NEEDS_ACTION.contains(&head)
            && !(first..end).any(|j| {
                ACTIONS.contains(&tokens[j].key.as_str())
                    && !tokens
                        .get(j + 1)
                        .is_some_and(|n| NOT_AN_EVENT_AFTER.contains(&n.key.as_str()))
            });
        // "a base hosting U.S. troops", "where the borders of Jordan, Syria and Iraq meet".
        let not_a_gathering = matches!(head, "hosting" | "hosted")
            && tokens[trigger.end..end.min(trigger.end + 4)]
                .iter()
                .any(|t| HOSTED_PEOPLE.contains(&t.key.as_str()))
            || matches!(head, "meet" | "meets")
                && (trigger.first.saturating_sub(8).max(first)..trigger.first).any(|j| {
                    matches!(
                        tokens[j].key.as_str(),
                        "border" | "borders" | "frontiers" | "rivers"
                    )
                });
        // "Raisi was expected in Turkey on Tuesday, a visit …" (not "as was expected").
        let expected_before = trigger.kind != EventKind::Incident
            && (first..trigger.first).any(|j| {
                matches!(tokens[j].key.as_str(), "was" | "were" | "is" | "are")
                    && (j == first || tokens[j - 1].key != "as")
                    && tokens.get(j + 1).is_some_and(|t| t.key == "expected")
                    && tokens
                        .get(j + 2)
                        .is_some_and(|t| matches!(t.key.as_str(), "to" | "in" | "at"))
            });
        if describes_equipment
            || speech_without_person
            || without_action
            || not_a_gathering
            || bare_call_verb
            || expected_before
            || topic_before(tokens, first, trigger.first, trigger.kind)
            || habitual(tokens, first, trigger.first)
            || unrealized(tokens, first, trigger.first)
            || (trigger.kind != EventKind::Incident && sentence_cancelled())
            || refers_back(tokens, first, trigger.first)
        {
            continue;
        }
        found.push(trigger);
    }
    found
}

fn topic_before(tokens: &[Token<'_>], first: usize, at: usize, kind: EventKind) -> bool {
    let phrases = match kind {
        EventKind::Incident => INCIDENT_TOPIC_BEFORE,
        EventKind::Meeting => MEETING_TOPIC_BEFORE,
        _ => return false,
    };
    let from = at.saturating_sub(5).max(first);
    (from..at).any(|i| {
        phrases
            .iter()
            .any(|phrase| matches_at(tokens, i, at, phrase))
    })
}

fn habitual(tokens: &[Token<'_>], first: usize, at: usize) -> bool {
    (at.saturating_sub(2).max(first + 1)..at).any(|j| {
        HABITUAL.contains(&tokens[j].key.as_str())
            && matches!(tokens[j - 1].key.as_str(), "has" | "have" | "had")
    })
}

fn unrealized(tokens: &[Token<'_>], first: usize, at: usize) -> bool {
    (at.saturating_sub(2).max(first)..at)
        .any(|j| UNREALIZED_BEFORE.contains(&tokens[j].key.as_str()))
}

fn refers_back(tokens: &[Token<'_>], first: usize, at: usize) -> bool {
    let mut j = at;
    while j > first {
        j -= 1;
        let token = &tokens[j];
        if REFERENCE_CUES.contains(&token.key.as_str()) && token.shape == Shape::Lower {
            return true;
        }
        let filler = REFERENCE_FILLERS.contains(&token.key.as_str())
            || token.shape == Shape::Number
            || token.text == "."
            || token.is_cap()
            || is_single_word_incident(&token.key)
            || token.key == "and";
        if !filler {
            return false;
        }
    }
    false
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::text::tokenize;

    fn kinds(text: &str) -> Vec<(EventKind, &'static str)> {
        let tokens = tokenize(text);
        find_triggers(&tokens, 0, tokens.len())
            .into_iter()
            .map(|t| (t.kind, t.subtype))
            .collect()
    }

    #[test]
    fn topics_causes_habits_and_hosted_troops_are_not_events() {
        let incidents = |text| kinds(text).into_iter().filter(|k| k.0 == Incident).count();
        assert_eq!(
            incidents("The leaders discussed Israeli attacks on Gaza"),
            0
        );
        assert_eq!(incidents("Israel must stop its attacks, Fidan said"), 0);
        assert_eq!(
            incidents("Washington weighed its response to a drone attack"),
            0
        );
        assert_eq!(
            incidents("militias that have repeatedly attacked U.S. forces"),
            0
        );
        assert!(incidents("Two drones attacked the base on Monday") >= 1);
        assert!(kinds("a logistics base hosting U.S. troops").is_empty());
        assert!(kinds("close to where the borders of Jordan, Syria and Iraq meet").is_empty());
        assert!(kinds("preparations for a meeting of the council").is_empty());
        assert_eq!(
            kinds("Qatar hosted U.S. Secretary of State Antony Blinken")[0].0,
            Meeting
        );
        assert_eq!(
            kinds("in Amman, where Abdullah and Blinken meet on Tuesday")[0].0,
            Meeting
        );
        assert_eq!(
            kinds("Raisi was expected in Turkey on Tuesday, a visit he announced").len(),
            0
        );
        assert_eq!(
            kinds("Blinken, who met Abbas on Sunday, was expected to fly on")[0].0,
            Meeting
        );
        let calls = |text| kinds(text).into_iter().filter(|k| k.0 == Call).count();
        assert_eq!(
            calls("Putin and Erdogan discussed Gaza in a phone call on Monday"),
            1
        );
        assert_eq!(kinds("Qatar is hosting the talks")[0].0, Meeting);
        assert_eq!(kinds("The ministers meet in Doha")[0].0, Meeting);
    }

    #[test]
    fn called_a_leader_and_the_two_spoke_are_calls() {
        let calls = |text| kinds(text).into_iter().filter(|k| k.0 == Call).count();
        assert_eq!(
            calls("Erdogan called Iranian President Ebrahim Raisi on Thursday"),
            1
        );
        assert_eq!(calls("He called his Turkish counterpart"), 1);
        assert_eq!(calls("The two leaders spoke for about 45 minutes"), 1);
        assert_eq!(calls("Erdogan called for a ceasefire"), 0);
        assert_eq!(calls("He called Hamas a terrorist group"), 0);
        assert_eq!(calls("The two leaders spoke at a news conference"), 0);
        assert_eq!(calls("Biden spoke on Sunday"), 0);
        assert_eq!(
            calls("The two officials spoke on condition of anonymity"),
            0
        );
        assert_eq!(calls("The two spoke on condition of anonymity"), 0);
        assert_eq!(calls("The two leaders spoke on Monday"), 1);
        assert_eq!(
            calls("Hamas called the Prime Minister's statement a lie"),
            0
        );
        assert_eq!(calls("They called President Biden's decision a mistake"), 0);
        assert_eq!(calls("Protesters called upon the president to resign"), 0);
    }

    #[test]
    fn weapons_and_meetings_are_found() {
        assert_eq!(
            kinds("A drone struck the base")[0],
            (Incident, "drone strike")
        );
        assert_eq!(kinds("The leaders met in Riyadh")[0].0, Meeting);
        assert_eq!(kinds("The two spoke by phone on Monday")[0].0, Call);
    }

    #[test]
    fn capitalised_words_in_names_are_not_triggers() {
        assert!(kinds("part of the Strategic Framework Agreement").is_empty());
    }

    #[test]
    fn cancelled_and_future_meetings_are_not_events() {
        assert!(kinds("A summit in Amman was called off").is_empty());
        assert!(kinds("He plans to visit Ankara").is_empty());
        assert!(kinds("They will meet next week").is_empty());
    }

    #[test]
    fn references_to_earlier_attacks_are_not_new_events() {
        assert!(kinds("after the Oct. 7 Hamas attack").is_empty());
        assert!(kinds("amid frequent attacks on the coalition").is_empty());
        assert_eq!(kinds("after four people were killed")[0].0, Incident);
    }
}
