//! Event triggers: the words that say an incident, a meeting or a call happened.
//!
//! A trigger is a lemma of the event vocabulary ([`super::vocabulary`]) in any of its
//! inflected forms, or one of its phrases ("open fire", "came under heavy rocket fire",
//! "held direct talks"). Triggers are matched on lowercase words (a capitalised
//! "Agreement" is part of a name, not an event), except at a clause start and in a
//! headline set in title case or capitals.
//!
//! A trigger is dropped when its clause says the event did not happen or is yet to
//! happen ("was called off", "plans to visit", "will meet", "Blinken to visit Cairo"),
//! read at the trigger or at the light verb that carries a noun ("will hold talks"); when
//! it only refers back to an earlier event ("after the Oct. 7 attack"); and when a weapon
//! word has no act in its sentence ("dispatched fighter jets").

use super::EventKind;
use super::trigger_context::{
    active_voice, any_phrase_at, clause_around, definite, future_before, habitual, habitual_after,
    names_a_member, own_clause_start, planned_in_clause, reference_cue, referred, topic_before,
    unrealized, unrealized_after,
};
use super::vocabulary::{self, Cues, Pattern, Role, Slot, cue_list};
use crate::text::inflect::{Form, Pos};
use crate::text::{Shape, Token};

/// What a trigger tells about its event's place.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Venue {
    /// A place after the trigger is where it happened ("met … in Riyadh", "arrived in").
    Follows,
    /// Places after the trigger are topics ("discussed the fighting in Gaza").
    Topic,
}

/// A trigger found in a sentence.
#[derive(Clone, Copy, Debug)]
pub struct Trigger {
    pub kind: EventKind,
    /// A verb ("met", "arrived"): its venue may come after its objects. A noun ("talks",
    /// "summit") takes its venue right after it.
    pub verbal: bool,
    pub subtype: &'static str,
    pub venue: Venue,
    /// The word can carry a new event by itself (a verb of meeting, an armed weapon word);
    /// otherwise it only adds to an event already found.
    pub strong: bool,
    /// A consequence ("killed"): starts an event only when none of its kind is known yet.
    pub outcome: bool,
    /// The verb's direct object is the place ("visited Damascus", "shelled Khiam").
    pub object: bool,
    /// The subject is the host ([`vocabulary::Flags::host`]).
    pub host: bool,
    /// The form of the inflected word ("visits" in a headline is [`Form::Third`]).
    pub form: Form,
    /// Names an event the story has told, by a determiner: "the attack", "these strikes".
    pub definite: bool,
    /// Is the object of a verb of reference: "condemned the strike", "claimed the attack".
    pub referred: bool,
    /// Stands in what someone said ("the military said it had struck …"): a party's
    /// account of an event the story may already have told.
    pub reported: bool,
    /// Token range.
    pub first: usize,
    pub end: usize,
}

/// Whether a token may be part of a trigger: lowercase, or capitalised at a clause start
/// or in a headline written in title case; capitals only in an all-caps headline or as
/// a short acronym ("IED", "UAV").
fn casing_allows(token: &Token<'_>, clause_start: bool, headline_case: bool) -> bool {
    match token.shape {
        Shape::Lower => true,
        Shape::Capitalized => clause_start || headline_case,
        Shape::Upper => headline_case || token.key.len() <= 4,
        _ => false,
    }
}

/// A sentence in title case or capitals ("Drone Strike Kills 3 Near Qamishli"): most of
/// its longer words start with a capital.
fn is_headline_case(tokens: &[Token<'_>], first: usize, end: usize) -> bool {
    let long: Vec<&Token<'_>> = tokens[first..end]
        .iter()
        .filter(|t| t.key.len() >= 4 && t.key.bytes().all(|b| b.is_ascii_alphabetic()))
        .collect();
    long.len() >= 3 && long.iter().filter(|t| t.is_cap()).count() * 10 >= long.len() * 7
}

/// Matches one pattern at one position, trying every width for its gaps.
struct Matcher<'a, 't> {
    tokens: &'a [Token<'t>],
    end: usize,
    pattern: &'a Pattern,
    allowed: &'a dyn Fn(usize) -> bool,
}

impl Matcher<'_, '_> {
    /// The end of a match of the slots from `slot` on, starting at token `at`; sets
    /// `head` to the token carrying the inflected word.
    fn from(&self, at: usize, slot: usize, head: &mut usize) -> Option<usize> {
        let Some(current) = self.pattern.slots.get(slot) else {
            return Some(at);
        };
        match current {
            Slot::Word(word) => {
                let token = self.tokens.get(at).filter(|_| at < self.end)?;
                if token.key != *word || !(self.allowed)(at) {
                    return None;
                }
                if slot == self.pattern.head {
                    *head = at;
                }
                self.from(at + 1, slot + 1, head)
            }
            Slot::Gap => (0..=vocabulary::GAP_WORDS).find_map(|skip| {
                let words = self.tokens.get(at..at + skip)?;
                (at + skip <= self.end && words.iter().all(Token::is_word))
                    .then(|| self.from(at + skip, slot + 1, head))
                    .flatten()
            }),
            // Looked at, not taken: the match ends before it.
            Slot::Next(word) => self
                .tokens
                .get(at)
                .filter(|t| at < self.end && t.key == *word)
                .map(|_| at),
        }
    }
}

/// Matches `pattern` at `i`; returns the end of the match and the index of the token
/// carrying the inflected word.
fn match_pattern(
    tokens: &[Token<'_>],
    i: usize,
    end: usize,
    pattern: &Pattern,
    allowed: &dyn Fn(usize) -> bool,
) -> Option<(usize, usize)> {
    let matcher = Matcher {
        tokens,
        end,
        pattern,
        allowed,
    };
    let mut head = i;
    let stop = matcher.from(i, 0, &mut head)?;
    Some((stop, head))
}

/// Finds the triggers in `tokens[first..end]` that report events that happened.
pub fn find_triggers(tokens: &[Token<'_>], first: usize, end: usize) -> Vec<Trigger> {
    find_triggers_and_background(tokens, first, end).0
}

/// Token spans of a sentence that tell earlier incidents in passing.
#[derive(Debug, Default)]
pub struct Background {
    /// Phrases whose places are the earlier incident's, no place for another event of
    /// the sentence ("in response to the attack on Erbil", "…, including the April 20
    /// drone attack on a base in Erbil").
    pub placed: Vec<(usize, usize)>,
    /// Spans from a reference word to the event word, whose days date the earlier
    /// incident ("victims of the October 7 attacks", "after the Jan. 28 strike").
    pub dated: Vec<(usize, usize)>,
}

/// The triggers of `tokens[first..end]`, and the [`Background`] spans.
pub fn find_triggers_and_background(
    tokens: &[Token<'_>],
    first: usize,
    end: usize,
) -> (Vec<Trigger>, Background) {
    let mut background = Background::default();
    let headline_case = is_headline_case(tokens, first, end);
    let clause_start = |i: usize| {
        i == first
            || i > 0
                && tokens[i - 1].shape == Shape::Punct
                && !tokens[i - 1].text.ends_with(['s', 'S'])
    };
    // A cancellation holds within its own clause: "a summit in Amman, with …, was called
    // off" cancels the summit; "spoke by phone …, after a planned trip was postponed"
    // does not cancel the call.
    let sentence_cancelled = cue_clauses(tokens, first, end, cue_list!("cancelled"));
    // "reports of an airstrike in Kafr Nubl were later retracted": a report its source
    // withdrew tells no event of any kind.
    let retracted = cue_clauses(tokens, first, end, cue_list!("retracted"));
    let acts: Vec<usize> = (first..end)
        .filter(|&j| {
            vocabulary::is_act(&tokens[j].key)
                && !tokens
                    .get(j + 1)
                    .is_some_and(|n| cue_list!("equipment_after").contains(&n.key))
        })
        .collect();
    // An act other than the weapon word itself ("a guided bomb": "bomb" is also a verb).
    let sentence_has_act = |from: usize, to: usize| acts.iter().any(|&j| j < from || j >= to);
    let asides = pluperfect_asides(tokens, first, end);
    let mut found = Vec::new();
    // Whether the sentence's last incident word referred to an earlier event: the members
    // of what it names do too ("respond to a series of attacks, including the Jan. 28
    // drone attack on Tower 22").
    let mut last_incident_referred = false;
    let mut saw_diplomatic = false;
    let mut i = first;
    while i < end {
        let start_here = clause_start(i);
        // "the NATO Summit": a meeting noun capitalised after a capitalised name.
        let in_name = i > first
            && tokens[i].shape == Shape::Capitalized
            && tokens[i - 1].is_cap()
            && vocabulary::patterns_starting_with(&tokens[i].key)
                .iter()
                .any(|p| p.entry.flags.in_name);
        let allowed = |at: usize| {
            casing_allows(
                &tokens[at],
                at == i && (start_here || in_name),
                headline_case,
            ) || (at > i && tokens[at].shape == Shape::Lower)
        };
        // After an article or a possessive a word is a noun: "Blinken's tour", "the
        // visit", not the verbs "tour" and "visit".
        let after_determiner = i > first
            && (matches!(
                tokens[i - 1].key.as_str(),
                "the" | "a" | "an" | "his" | "her" | "their" | "its" | "this" | "that" | "our"
            ) || matches!(tokens[i - 1].text, "'s" | "’s"));
        // "Moroni — talks with President Assoumani": a verb's -s form needs a subject
        // before it; first in the sentence or a line, or after a dash, a colon or a
        // semicolon, it is the plural noun.
        let no_subject = i == first
            || tokens[i].line_start
            || matches!(tokens[i - 1].text, "—" | "–" | "-" | ":" | ";" | "(");
        let best = vocabulary::patterns_starting_with(&tokens[i].key)
            .iter()
            .filter(|p| !(after_determiner && p.entry.pos == Some(Pos::Verb)))
            .filter(|p| !(no_subject && p.entry.pos == Some(Pos::Verb) && p.form == Form::Third))
            .filter_map(|p| match_pattern(tokens, i, end, p, &allowed).map(|m| (p, m)))
            .max_by_key(|(p, (stop, _))| (p.weight(), *stop, p.entry.role == Role::Event));
        let Some((pattern, (stop, _head))) = best else {
            i += 1;
            continue;
        };
        let entry = pattern.entry;
        // "Envoy to meet Araghchi in Oman": an infinitive of meeting, even one that did
        // not happen, leaves no verbless visit to read ("in Cairo for talks with" does).
        saw_diplomatic |= entry.kind != EventKind::Incident
            && entry.pos == Some(Pos::Verb)
            && pattern.form == Form::Base;
        let start = i;
        i = stop;
        if entry.role == Role::Light {
            continue;
        }
        let verbal = entry.pos == Some(Pos::Verb);
        // "Security forces killed four people": an act with its agent. "Four were
        // killed", "killing five": a consequence of an act told elsewhere.
        let active = entry.role == Role::Outcome && active_voice(tokens, start, pattern.form);
        let trigger = Trigger {
            kind: entry.kind,
            verbal,
            subtype: entry.subtype,
            venue: if entry.flags.topic {
                Venue::Topic
            } else {
                Venue::Follows
            },
            strong: match entry.role {
                Role::Event => true,
                Role::Weapon => sentence_has_act(start, stop),
                Role::Outcome => active,
                _ => false,
            },
            outcome: entry.role == Role::Outcome && !active,
            object: entry.flags.object,
            host: entry.flags.host,
            form: pattern.form,
            definite: !verbal && definite(tokens, first, start),
            // "The attack came as …", "The shelling came a day after …": the event told,
            // and what follows is its context.
            referred: !verbal
                && (referred(tokens, first, start)
                    || definite(tokens, first, start)
                        && tokens.get(stop).is_some_and(|t| {
                            matches!(t.key.as_str(), "came" | "comes" | "coincided" | "followed")
                        })),
            reported: (first..start).any(|j| {
                matches!(
                    tokens[j].key.as_str(),
                    "said" | "says" | "claimed" | "claims" | "announced" | "stated"
                )
            }),
            first: start,
            end: stop,
        };
        let cue = reference_cue(tokens, first, &trigger);
        if trigger.kind == EventKind::Incident {
            let member = names_a_member(tokens, first, start);
            let back = cue.is_some();
            let referred_here = trigger.referred || back;
            // "in retaliation for a rocket strike in Erbil": the strike answered is told
            // in passing. ("injured after a missile hit Taba" tells its own event.)
            let answered = cue.is_some_and(|j| cue_list!("answer_cues").contains(&tokens[j].key));
            // "victims of the October 7 attacks": the noun that presupposes the event
            // ("victims" is an outcome word) is part of the reference too.
            if let Some(j) = cue {
                found.retain(|t: &Trigger| !(t.first <= j && j < t.end));
                // "families of victims of the October 7 attacks": the day between the cue
                // and the event word dates the event referred to.
                background.dated.push((j, stop));
            }
            // "since an attack on the Damascus airport in early January": the place of an
            // earlier event named in passing is that event's, not this sentence's.
            let since = cue.is_some_and(|j| tokens[j].key == "since");
            if member && last_incident_referred || answered || since {
                background
                    .placed
                    .push((start, phrase_end(tokens, stop, end)));
            }
            if member && last_incident_referred {
                continue;
            }
            last_incident_referred = referred_here;
        }
        // "in neighbouring Badakhshan, where a car bomb had killed the deputy governor": a
        // past perfect in a relative clause tells what happened before, in passing.
        if trigger.kind == EventKind::Incident
            && asides.iter().any(|&(from, to)| start >= from && start < to)
        {
            background
                .placed
                .push((start, phrase_end(tokens, stop, end)));
            continue;
        }
        if cue.is_some()
            || retracted(trigger.first)
            || rejected(tokens, first, end, &trigger, entry, &sentence_cancelled)
        {
            continue;
        }
        if entry.role == Role::Weapon && !trigger.strong {
            // An unarmed weapon word ("dispatched fighter jets") says nothing.
            continue;
        }
        found.push(trigger);
    }
    // "Forces Kill Senior Leader in Syria": an office holder after an attack's verb is its
    // target, not a visitor.
    if !saw_diplomatic
        && let Some(visit) = headline_visit(tokens, first, end)
        && !found
            .iter()
            .any(|t| t.kind == EventKind::Incident && t.first < visit.first)
    {
        found.push(visit);
    }
    (found, background)
}

/// "Saudi foreign minister in Damascus, first visit since 2011", "Iraq's PM in Tehran for
/// talks": a title line with no verb of meeting, whose office holder is "in" a place, tells
/// a visit.
fn headline_visit(tokens: &[Token<'_>], first: usize, end: usize) -> Option<Trigger> {
    let title_line = tokens.get(first).is_some_and(|t| t.line_start)
        && tokens.get(end).is_none_or(|t| t.line_start)
        && end > first
        && tokens[end - 1].text != ".";
    if !title_line {
        return None;
    }
    let at = (first + 1..end).find(|&i| {
        tokens[i].key == "in"
            && tokens[i].shape == Shape::Lower
            && tokens.get(i + 1).is_some_and(Token::is_cap)
            && (i.saturating_sub(5).max(first)..i)
                .any(|j| cue_list!("visitor_titles").contains(&tokens[j].key))
    })?;
    Some(Trigger {
        kind: EventKind::Meeting,
        verbal: false,
        subtype: "visit",
        venue: Venue::Follows,
        strong: true,
        outcome: false,
        object: false,
        host: false,
        form: Form::Base,
        definite: false,
        referred: false,
        reported: false,
        first: at,
        end: at + 1,
    })
}

/// Where the phrase of a noun ending at `from` ends: at the clause's next punctuation
/// ("," before a member of a list, as in ", including …", goes on).
fn phrase_end(tokens: &[Token<'_>], from: usize, end: usize) -> usize {
    (from..end)
        .find(|&i| {
            matches!(tokens[i].text, ";" | "." | ":" | "!" | "?")
                || tokens[i].text == ","
                    && tokens
                        .get(i + 1)
                        .is_none_or(|t| !cue_list!("member_cues").contains(&t.key))
        })
        .unwrap_or(end)
}

/// Relative clauses in the past perfect, opened after a comma ("…, where a car bomb had
/// killed the deputy governor", "…, which had been shelled in May"): earlier events named
/// in passing; every incident word in them is background. A backshifted report ("police
/// said gunmen had stormed the hotel") has no relative word and stays an event.
fn pluperfect_asides(tokens: &[Token<'_>], first: usize, end: usize) -> Vec<(usize, usize)> {
    (first + 1..end)
        .filter(|&j| {
            matches!(tokens[j].key.as_str(), "where" | "which" | "who" | "when")
                && tokens[j - 1].text == ","
        })
        .filter_map(|opener| {
            let close = (opener + 1..end)
                .find(|&k| matches!(tokens[k].text, "," | ";" | "." | ":"))
                .unwrap_or(end);
            let had = (opener + 1..close.min(opener + 8)).find(|&k| tokens[k].key == "had")?;
            // "had" with a participle ("had killed", "had been hit"), not "had a base".
            let verb = tokens.get(had + 1)?;
            let participle = verb.key == "been"
                || verb.key.ends_with("ed")
                || vocabulary::is_incident_act(&verb.key);
            participle.then_some((opener, close))
        })
        .collect()
}

/// Whether a matched trigger is not a report of an event that happened (a reference back
/// to an earlier one is read by the caller, which keeps the cue for the background spans).
fn rejected(
    tokens: &[Token<'_>],
    first: usize,
    end: usize,
    trigger: &Trigger,
    entry: &vocabulary::Entry,
    sentence_cancelled: &dyn Fn(usize) -> bool,
) -> bool {
    let next = tokens.get(trigger.end).filter(|_| trigger.end < end);
    let previous = trigger
        .first
        .checked_sub(1)
        .filter(|&p| p >= first)
        .map(|p| &tokens[p]);
    // "carrier strike groups", "missile defence", "drone factory".
    let describes_equipment = next.is_some_and(|n| cue_list!("equipment_after").contains(&n.key))
        && trigger.kind != EventKind::Call;
    // "spoke with Netanyahu" is a call; "spoke to reporters" is not; "for talks with
    // Raisi" is the noun, not the verb "talk with".
    let as_noun = previous.is_some_and(|p| {
        matches!(
            p.key.as_str(),
            "the"
                | "a"
                | "an"
                | "for"
                | "of"
                | "in"
                | "at"
                | "to"
                | "with"
                | "during"
                | "after"
                | "before"
                | "new"
                | "direct"
                | "their"
                | "his"
                | "her"
                | "its"
        )
    });
    // A person follows: a name or a title ("spoke with Netanyahu", "spoke with the Prime
    // Minister of Barbados"), not "spoke to reporters".
    let person_follows = next.is_some_and(|n| {
        n.is_cap()
            || n.key == "the"
                && tokens.get(trigger.end + 1).is_some_and(|t| {
                    crate::lexicon::TITLE_WORDS.contains(&t.key)
                        && !matches!(t.key.as_str(), "spokesman" | "spokeswoman")
                })
    });
    let without_person = entry.flags.person && (!person_follows || as_noun);
    // "welcomed President Ruto", "welcomed the Prime Minister", "welcomed Zelensky".
    let title_at = |i: usize| {
        tokens
            .get(i)
            .is_some_and(|t| t.is_cap() && crate::lexicon::TITLE_WORDS.contains(&t.key))
    };
    let office_holder_follows = title_at(trigger.end)
        || next.is_some_and(|n| matches!(n.key.as_str(), "the" | "his" | "her"))
            && (title_at(trigger.end + 1)
                || tokens
                    .get(trigger.end + 1)
                    .is_some_and(|t| matches!(t.key.as_str(), "counterpart" | "counterparts")))
        || crate::lexicon::leaders::leader_at(tokens, trigger.end).is_some();
    let without_person = without_person || entry.flags.office_holder && !office_holder_follows;
    let bare_call_verb = entry.flags.call_verb
        && trigger.end - trigger.first == 1
        && !is_call_verb(tokens, first, trigger.first, end);
    // "seize"/"hijack" a ship, not power or control.
    let without_vessel = entry.flags.vessel
        && !tokens[trigger.end..end.min(trigger.end + 4)]
            .iter()
            .any(|t| cue_list!("vessels").contains(&t.key));
    // "engaged terrorists", "battled al-Shabaab fighters", not "engaged in talks".
    let without_foe = entry.flags.foe
        && !(trigger.end..end.min(trigger.end + 4)).any(|j| {
            cue_list!("armed_foes").contains(&tokens[j].key)
                || crate::lexicon::organisations::organisation_at(tokens, j, end).is_some()
        });
    let lemma_head = entry.lemma.split_whitespace().next().unwrap_or("");
    // "a base hosting U.S. troops", "where the borders of Jordan, Syria and Iraq meet".
    let not_a_gathering = lemma_head == "host"
        && tokens[trigger.end..end.min(trigger.end + 4)]
            .iter()
            .any(|t| cue_list!("hosted_people").contains(&t.key))
        || lemma_head == "meet"
            && trigger.verbal
            && (own_clause_start(
                tokens,
                trigger.first.saturating_sub(8).max(first),
                trigger.first,
            )..trigger.first)
                .any(|j| cue_list!("gathering_places").contains(&tokens[j].key));
    // "a police officer said by phone from Jowhar": a source talking to the reporter.
    let told_by_phone = trigger.kind == EventKind::Call
        && tokens[trigger.first].key == "by"
        && (trigger.first.saturating_sub(3).max(first)..trigger.first)
            .any(|j| cue_list!("told_by_phone").contains(&tokens[j].key));
    // "The House of Representatives, meeting in Benghazi, condemned …": a body sitting,
    // with no one it meets ("the council met with the envoy" is a meeting).
    let a_session = matches!(lemma_head, "meet" | "meeting")
        && matches!(trigger.form, Form::Past | Form::Gerund | Form::Base)
        && !next.is_some_and(|n| n.key == "with" || n.is_cap())
        && (trigger.first.saturating_sub(8).max(first)..trigger.first)
            .any(|j| cue_list!("sitting_bodies").contains(&tokens[j].key));
    // "people who were travelling in it", "patients were flown to Sanaa": a journey of
    // victims or civilians, not a visit.
    let not_a_visit = trigger.verbal
        && trigger.subtype == "visit"
        && (trigger.first.saturating_sub(5).max(first)..trigger.first)
            .any(|j| cue_list!("travellers").contains(&tokens[j].key));
    // "visit to the naval dockyard", "visited a rail factory": a site inside the stop, not
    // a diplomatic visit (up to the next comma, semicolon or "and").
    let site_visit = trigger.subtype == "visit"
        && (trigger.end..end.min(trigger.end + 7))
            .take_while(|&j| {
                !matches!(tokens[j].text, "," | ";" | ".")
                    && !matches!(tokens[j].key.as_str(), "and" | "with")
            })
            .any(|j| {
                tokens[j].shape == Shape::Lower
                    && any_phrase_at(tokens, j, end, cue_list!("visited_sites"))
            });
    // "the Korea-Pacific Islands summit preparations": the arrangements, not a meeting.
    let arrangements = trigger.kind == EventKind::Meeting
        && !trigger.verbal
        && next.is_some_and(|n| cue_list!("arrangements_after").contains(&n.key));
    // "a press conference", "a cabinet meeting".
    let not_diplomatic = trigger.kind == EventKind::Meeting
        && !trigger.verbal
        && previous.is_some_and(|p| cue_list!("not_a_meeting_before").contains(&p.key));
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
    // "met relatives of people killed by Hamas": the participle describes the people met.
    let describes_mourned = entry.role == Role::Outcome
        && matches!(trigger.form, Form::Past | Form::Participle)
        && (trigger.first.saturating_sub(5).max(first)..trigger.first).any(|j| {
            tokens[j].key == "of"
                && j > first
                && cue_list!("mourners_of").contains(&tokens[j - 1].key)
        });
    // "The storm hit the port city", "an earthquake struck": nature's blows, not attacks.
    let natural_hazard = trigger.kind == EventKind::Incident
        && trigger.verbal
        && (trigger.first.saturating_sub(4).max(first)..trigger.first)
            .any(|j| cue_list!("natural_hazards").contains(&tokens[j].key));
    let uninflected = entry.flags.inflected_only
        && matches!(trigger.form, Form::Base | Form::Third | Form::Plural);
    let governing = governing_word(tokens, first, trigger);
    let infinitive_ahead =
        trigger.kind != EventKind::Incident && infinitive_ahead(tokens, first, governing);
    describes_equipment
        || infinitive_ahead
        || natural_hazard
        || uninflected
        || without_person
        || bare_call_verb
        || without_vessel
        || without_foe
        || not_a_gathering
        || a_session
        || told_by_phone
        || not_diplomatic
        || not_a_visit
        || site_visit
        || arrangements
        || describes_mourned
        || expected_before
        || topic_before(tokens, first, trigger.first, trigger.kind)
        || habitual(tokens, first, trigger.first)
        || habitual_after(tokens, trigger.end, end)
        || unrealized(tokens, first, governing)
        || (trigger.kind != EventKind::Incident && sentence_cancelled(trigger.first))
        || future_before(tokens, first, trigger.first)
        || planned_in_clause(tokens, first, governing)
        || (!trigger.verbal && unrealized_after(tokens, trigger.end, end))
}

/// "Qatar's emir to visit Tehran on Wednesday for talks": a headline's bare infinitive of
/// a verb of meeting, in the clause up to `at`, is what is ahead, and so is the talks it
/// governs. ("flew to Ankara to meet Erdogan", "heads to Cairo to meet Sisi": the purpose
/// of a journey under way or made meets on arrival.)
fn infinitive_ahead(tokens: &[Token<'_>], first: usize, at: usize) -> bool {
    let clause = own_clause_start(tokens, first, at);
    let Some(to) = (clause..at).find(|&j| {
        tokens[j].key == "to"
            && tokens.get(j + 1).is_some_and(|verb| {
                vocabulary::patterns_starting_with(&verb.key)
                    .iter()
                    .any(|p| {
                        p.entry.kind != EventKind::Incident
                            && p.entry.pos == Some(Pos::Verb)
                            && p.form == Form::Base
                    })
            })
    }) else {
        return false;
    };
    (clause..to).all(|j| {
        tokens[j].shape != Shape::Lower
            || !tokens[j].key.ends_with("ed") && !cue_list!("journeys").contains(&tokens[j].key)
    })
}

/// Whether a token stands in a clause of `tokens[first..end]` that holds a phrase of the
/// cue list `cues` (anywhere in that clause).
fn cue_clauses<'t>(
    tokens: &'t [Token<'_>],
    first: usize,
    end: usize,
    cues: &'static Cues,
) -> impl Fn(usize) -> bool + 't {
    let spans: Vec<(usize, usize)> = (first..end)
        .filter(|&i| any_phrase_at(tokens, i, end, cues))
        .map(|c| clause_around(tokens, first, end, c))
        .collect();
    move |at| spans.iter().any(|&(from, to)| at >= from && at < to)
}

/// Where the tense of a trigger is read: the trigger itself, or for a noun the light verb
/// before it ("will hold talks", "plans to pay a visit", "carried out an airstrike").
fn governing_word(tokens: &[Token<'_>], first: usize, trigger: &Trigger) -> usize {
    if trigger.verbal {
        return trigger.first;
    }
    let from = trigger.first.saturating_sub(5).max(first);
    (from..trigger.first)
        .rev()
        .take_while(|&j| tokens[j].is_word())
        .find(|&j| vocabulary::is_light_verb(&tokens[j].key))
        .unwrap_or(trigger.first)
}

/// "called <title> …" and "the two leaders spoke …" are calls; other bare "called" and
/// "spoke" are not. "called" + a run of capitalised words (and his/her/their) holding a
/// title, not in the possessive: "called Iranian President Ebrahim Raisi", "called his
/// Turkish counterpart" (not "called the Prime Minister's statement a lie"). "spoke" right
/// after "the two"/"leaders"/… and before a duration, a day or the end of the clause (not
/// "spoke on condition of anonymity").
fn is_call_verb(tokens: &[Token<'_>], first: usize, at: usize, end: usize) -> bool {
    let token = |i: usize| tokens.get(i).filter(|_| i < end);
    let word = |i: usize| token(i).map(|t| t.key.as_str());
    let titles = cue_list!("call_titles");
    match tokens[at].key.as_str() {
        "called" | "calls" | "calling" => {
            let mut i = at + 1;
            let mut title = false;
            while i < end.min(at + 7)
                && (tokens[i].is_cap() || matches!(tokens[i].key.as_str(), "his" | "her" | "their"))
            {
                title |= tokens[i].is_cap() && titles.contains(&tokens[i].key);
                i += 1;
            }
            title |= word(i) == Some("counterpart");
            let possessive = token(i).is_some_and(|t| matches!(t.text, "'s" | "’s" | "'" | "’"));
            title && !possessive
        }
        "spoke" | "speaks" | "speaking" => {
            let subject = at > first && cue_list!("speech_subjects").contains(&tokens[at - 1].key);
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
        _ => false,
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::text::tokenize;
    use EventKind::{Call, Incident, Meeting};

    fn kinds(text: &str) -> Vec<(EventKind, &'static str)> {
        let tokens = tokenize(text);
        find_triggers(&tokens, 0, tokens.len())
            .into_iter()
            .filter(|t| t.strong)
            .map(|t| (t.kind, t.subtype))
            .collect()
    }

    fn count(text: &str, kind: EventKind) -> usize {
        kinds(text).into_iter().filter(|k| k.0 == kind).count()
    }

    #[test]
    fn every_inflection_of_a_trigger_is_recognised() {
        for text in [
            "Israeli forces shelled the outskirts of a village",
            "Turkish artillery shells villages near Afrin",
            "The army was shelling the town",
            "Drone strike kills 3 near Qamishli",
            "Jets struck the camp",
            "Militants attack a checkpoint",
            "Gunmen opened fire on a bus",
            "The convoy came under heavy rocket fire",
            "Forces carried out an airstrike on the village",
            "A base was struck by a drone",
            "A roadside bomb exploded near a patrol",
        ] {
            assert!(count(text, Incident) >= 1, "{text}");
        }
        for text in [
            "The minister visited Muscat",
            "Erdogan visits Baghdad",
            "Pompeo meets with Abbas",
            "The two sides held direct talks in Doha",
            "Blinken arrives in Cairo",
            "Macron paid a visit to Beirut",
        ] {
            assert!(count(text, Meeting) >= 1, "{text}");
        }
        for text in [
            "Biden spoke by phone with Erdogan",
            "Putin held a telephone conversation with Raisi",
            "Macron phoned Netanyahu",
            "The two held a video call",
        ] {
            assert!(count(text, Call) >= 1, "{text}");
        }
    }

    #[test]
    fn title_case_headlines_are_read() {
        assert_eq!(count("Drone Strike Kills Three Near Qamishli", Incident), 1);
        assert!(count("Iraqi PM Arrives In Tehran For Talks", Meeting) >= 1);
    }

    #[test]
    fn plans_and_futures_are_not_events() {
        assert!(kinds("Blinken to visit Cairo next week").is_empty());
        assert!(kinds("They will hold talks on Thursday").is_empty());
        assert!(kinds("He plans to pay a visit to Ankara").is_empty());
        assert!(kinds("A summit in Amman was called off").is_empty());
        assert!(kinds("They will meet next week").is_empty());
    }

    #[test]
    fn topics_causes_habits_and_hosted_troops_are_not_events() {
        assert_eq!(
            count("The leaders discussed Israeli attacks on Gaza", Incident),
            0
        );
        assert_eq!(
            count("Israel must stop its attacks, Fidan said", Incident),
            0
        );
        assert_eq!(
            count(
                "Washington weighed its response to a drone attack",
                Incident
            ),
            0
        );
        assert_eq!(
            count(
                "militias that have repeatedly attacked U.S. forces",
                Incident
            ),
            0
        );
        assert_eq!(
            count("in protest at Iranian missile strikes on Arbil", Incident),
            0
        );
        assert!(count("Two drones attacked the base on Monday", Incident) >= 1);
        assert!(kinds("a logistics base hosting U.S. troops").is_empty());
        assert!(kinds("close to where the borders of Jordan, Syria and Iraq meet").is_empty());
        assert!(kinds("preparations for a meeting of the council").is_empty());
        assert!(kinds("He told a press conference in Ankara").is_empty());
        assert_eq!(
            kinds("Qatar hosted U.S. Secretary of State Antony Blinken")[0].0,
            Meeting
        );
        assert_eq!(
            kinds("Raisi was expected in Turkey on Tuesday, a visit he announced").len(),
            0
        );
        assert_eq!(kinds("Qatar is hosting the talks")[0].0, Meeting);
        assert_eq!(kinds("The ministers meet in Doha")[0].0, Meeting);
    }

    #[test]
    fn weapons_need_an_act() {
        assert!(kinds("The Pentagon dispatched fighter jets to the region").is_empty());
        assert_eq!(
            kinds("Rockets hit the base")[0],
            (Incident, "rocket attack")
        );
        assert!(kinds("Houthis seized power in Sanaa").is_empty());
        assert_eq!(kinds("Houthis seized a cargo ship")[0].1, "seizure");
    }

    #[test]
    fn called_a_leader_and_the_two_spoke_are_calls() {
        assert_eq!(
            count(
                "Erdogan called Iranian President Ebrahim Raisi on Thursday",
                Call
            ),
            1
        );
        assert_eq!(count("He called his Turkish counterpart", Call), 1);
        assert_eq!(count("The two leaders spoke for about 45 minutes", Call), 1);
        assert_eq!(count("Erdogan called for a ceasefire", Call), 0);
        assert_eq!(count("He called Hamas a terrorist group", Call), 0);
        assert_eq!(count("The two leaders spoke at a news conference", Call), 0);
        assert_eq!(count("Biden spoke on Sunday", Call), 0);
        assert_eq!(count("The two spoke on condition of anonymity", Call), 0);
        assert_eq!(count("The two leaders spoke on Monday", Call), 1);
        assert_eq!(
            count("Hamas called the Prime Minister's statement a lie", Call),
            0
        );
        assert_eq!(
            count("Protesters called upon the president to resign", Call),
            0
        );
        assert_eq!(count("Biden spoke to reporters", Call), 0);
        assert_eq!(count("Biden spoke with Netanyahu", Call), 1);
        assert_eq!(
            count("He travelled to Tehran for talks with Raisi", Call),
            0
        );
    }

    #[test]
    fn capitalised_words_in_names_are_not_triggers() {
        assert!(kinds("part of the Strategic Framework Agreement").is_empty());
    }

    #[test]
    fn references_to_earlier_attacks_are_not_new_events() {
        assert!(kinds("after the Oct. 7 Hamas attack").is_empty());
        assert!(kinds("amid frequent attacks on the coalition").is_empty());
    }
}
