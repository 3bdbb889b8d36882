//! Event extraction: incidents, meetings and calls, each with a date, a place and its
//! precision, actors, counts and the sentence that says so.
//!
//! Per sentence: [`triggers`] finds what happened, [`dates`] when, [`location`] where,
//! [`actors`] who and [`counts`] how many. Sentences about one event are then merged:
//! "President Barzani received the US envoy" after "Barzani and Romanowski discussed…"
//! adds an actor to the same meeting; "Most of the attacks were shot down" adds to the
//! attack before it. Background (dated over a year before the article), future and
//! cancelled events are left out.

pub mod actors;
pub mod counts;
pub mod dates;
pub mod location;
pub mod triggers;
pub mod vocabulary;

use chrono::{Duration, NaiveDate};
use serde::Serialize;

use crate::article::Article;
use crate::gazetteer::{Gazetteer, PlaceId, PlaceKind};
use crate::geoparse::{Mention, Role};
use crate::text::{Gap, Sentence, Token};
use actors::ActorIndex;
pub use counts::Counts;
use dates::TimeExpression;
use triggers::{Trigger, Venue};

/// What kind of event it is.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, PartialOrd, Ord)]
#[serde(rename_all = "snake_case")]
pub enum EventKind {
    Incident,
    Meeting,
    Call,
    Other,
}

impl EventKind {
    pub fn as_str(self) -> &'static str {
        match self {
            EventKind::Incident => "incident",
            EventKind::Meeting => "meeting",
            EventKind::Call => "call",
            EventKind::Other => "other",
        }
    }
}

/// How an event's place was found; shown to users so they can judge it.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum LocatedBy {
    /// A place named in the event's own sentence.
    Sentence,
    /// A finer place in a following sentence ("…in eastern Syria. The sites near Albu
    /// Kamal were hit").
    FollowingSentence,
    /// No place in the text: the story's dateline.
    Dateline,
}

/// One extracted event.
#[derive(Clone, Debug)]
pub struct Event {
    pub kind: EventKind,
    pub subtype: &'static str,
    /// First day; `None` when the article has no date and the text gives none.
    pub date: Option<NaiveDate>,
    /// Last day, for events over a range ("since Oct. 17", "a two-day visit").
    pub date_end: Option<NaiveDate>,
    pub place: PlaceId,
    /// Index of the place mention in the article's mentions.
    pub mention: usize,
    pub located_by: LocatedBy,
    pub actors: Vec<String>,
    pub counts: Counts,
    /// Byte span of the evidence sentence in the article text.
    pub evidence: (usize, usize),
    /// Byte span of the trigger word(s).
    pub trigger: (usize, usize),
    pub confidence: f32,
}

struct Extraction<'a, 't> {
    article: &'a Article,
    tokens: &'a [Token<'t>],
    sentences: &'a [Sentence],
    mentions: &'a [Mention],
    by_sentence: Vec<Vec<usize>>,
    gazetteer: &'a Gazetteer,
    actors: ActorIndex,
    dateline: Option<usize>,
    events: Vec<Event>,
}

/// Extracts the events an article reports, in text order.
pub fn extract_events(
    article: &Article,
    tokens: &[Token<'_>],
    sentences: &[Sentence],
    mentions: &[Mention],
    gazetteer: &Gazetteer,
) -> Vec<Event> {
    let mut by_sentence = vec![Vec::new(); sentences.len()];
    let mut s = 0;
    for (m, mention) in mentions.iter().enumerate() {
        while s < sentences.len() && sentences[s].end <= mention.first_token {
            s += 1;
        }
        if let Some(list) = by_sentence.get_mut(s) {
            list.push(m);
        }
    }
    let mut extraction = Extraction {
        article,
        tokens,
        sentences,
        mentions,
        by_sentence,
        gazetteer,
        actors: {
            let mut place_tokens = vec![false; tokens.len()];
            for mention in mentions {
                for flag in place_tokens
                    .iter_mut()
                    .take(mention.end_token)
                    .skip(mention.first_token)
                {
                    *flag = true;
                }
            }
            ActorIndex::build(tokens, &article.text, &place_tokens)
        },
        dateline: mentions.iter().position(|m| m.role == Role::Dateline),
        events: Vec::new(),
    };
    for index in 0..sentences.len() {
        extraction.sentence(index);
    }
    extraction.events
}

/// A city proper, not a district or a site.
fn is_city(place: &crate::gazetteer::Place) -> bool {
    place.kind == PlaceKind::City && place.feature_code != "PPLX"
}

/// Subtypes from most to least specific; the most specific in a sentence names the event.
const SUBTYPE_ORDER: &[&str] = &[
    "suicide attack",
    "drone strike",
    "missile strike",
    "rocket attack",
    "airstrike",
    "shelling",
    "IED/bombing",
    "targeted killing",
    "shooting",
    "armed clash",
    "attack",
    "summit",
    "visit",
    "talks",
    "meeting",
    "agreement",
    "video call",
    "phone call",
];

fn subtype_rank(subtype: &str) -> usize {
    SUBTYPE_ORDER
        .iter()
        .position(|s| *s == subtype)
        .unwrap_or(SUBTYPE_ORDER.len())
}

impl Extraction<'_, '_> {
    fn sentence(&mut self, index: usize) {
        let sentence = self.sentences[index];
        if sentence.end_byte <= self.article.body_start {
            return;
        }
        // The date line is not part of the story: its date is no event's date.
        let first = (sentence.first..sentence.end)
            .find(|&t| self.tokens[t].start >= self.article.body_start)
            .unwrap_or(sentence.end);
        let mut triggers = triggers::find_triggers(self.tokens, first, sentence.end);
        // "Three were killed": the article's first incident, or part of the last one.
        let has_incident = self.events.iter().any(|e| e.kind == EventKind::Incident);
        for trigger in triggers.iter_mut().filter(|t| t.outcome) {
            trigger.strong = !has_incident;
        }
        if triggers.is_empty() {
            return;
        }
        let times =
            dates::find_time_expressions(self.tokens, first, sentence.end, self.article.date);
        let has_call = triggers
            .iter()
            .any(|t| t.kind == EventKind::Call && t.strong)
            || self.events.iter().any(|e| e.kind == EventKind::Call);
        for kind in [EventKind::Incident, EventKind::Meeting, EventKind::Call] {
            let of_kind: Vec<Trigger> = triggers
                .iter()
                .filter(|t| t.kind == kind)
                // "discussed" in a call's story is what the call was about.
                .filter(|t| !(has_call && t.kind == EventKind::Meeting && t.venue == Venue::Topic))
                .copied()
                .collect();
            if of_kind.is_empty() {
                continue;
            }
            let clauses = self.clauses_with_own_events(first, sentence.end, &of_kind);
            if clauses.len() < 2 {
                self.event_of_kind(index, &of_kind, &times, &self.by_sentence[index].clone());
                continue;
            }
            // "Rockets hit Ain al-Asad on Tuesday, and a drone targeted Shaddadi on
            // Wednesday": one event per clause, each with its own place and date.
            for (from, to) in clauses {
                let in_clause = |t: &Trigger| t.first >= from && t.end <= to;
                let clause_triggers: Vec<Trigger> =
                    of_kind.iter().filter(|t| in_clause(t)).copied().collect();
                let clause_times: Vec<TimeExpression> = times
                    .iter()
                    .filter(|e| e.first >= from && e.end <= to)
                    .copied()
                    .collect();
                let clause_times = if clause_times.is_empty() {
                    times.clone()
                } else {
                    clause_times
                };
                let clause_mentions: Vec<usize> = self.by_sentence[index]
                    .iter()
                    .copied()
                    .filter(|&m| {
                        self.mentions[m].first_token >= from && self.mentions[m].end_token <= to
                    })
                    .collect();
                self.event_of_kind(index, &clause_triggers, &clause_times, &clause_mentions);
            }
        }
    }

    /// Clauses of `tokens[first..end]` (split at ";" and at ", and" / ", while" / ", but")
    /// that each hold a strong trigger of this kind; fewer than two means one event.
    fn clauses_with_own_events(
        &self,
        first: usize,
        end: usize,
        triggers: &[Trigger],
    ) -> Vec<(usize, usize)> {
        let mut clauses = Vec::new();
        let mut start = first;
        for i in first..end {
            let token = &self.tokens[i];
            let joins = token.text == ","
                && self
                    .tokens
                    .get(i + 1)
                    .is_some_and(|n| matches!(n.key.as_str(), "and" | "while" | "but" | "whereas"));
            if token.text == ";" || joins {
                clauses.push((start, i));
                start = i + 1;
            }
        }
        clauses.push((start, end));
        clauses.retain(|&(from, to)| {
            triggers
                .iter()
                .any(|t| t.strong && t.first >= from && t.end <= to)
        });
        clauses
    }

    fn event_of_kind(
        &mut self,
        index: usize,
        triggers: &[Trigger],
        times: &[TimeExpression],
        mentions: &[usize],
    ) {
        let sentence = self.sentences[index];
        let kind = triggers[0].kind;
        let subtype = triggers
            .iter()
            .map(|t| t.subtype)
            .min_by_key(|s| subtype_rank(s))
            .unwrap_or("other");
        let placed = triggers.iter().find_map(|t| {
            location::place_for_trigger(t, self.tokens, self.mentions, mentions, self.gazetteer)
                .map(|m| (t, m))
        });
        let anchor = placed.map_or(&triggers[0], |(t, _)| t);
        let (date, date_end, background) = self.date_for(anchor, times);
        let date_stated = times.iter().any(|e| !e.reporting && (!e.coarse || e.since));
        if background {
            return;
        }
        let actors = self
            .actors
            .actors_in(self.tokens, sentence.first, sentence.end);
        let counts = counts::find_counts(self.tokens, sentence.first, sentence.end);
        let evidence = (
            sentence.start_byte.max(self.article.body_start),
            sentence.end_byte,
        );
        let trigger_span = (
            self.tokens[anchor.first].start,
            self.tokens[anchor.end - 1].end,
        );

        let located = match (kind, placed) {
            (EventKind::Call, _) => self.dateline.map(|m| (m, LocatedBy::Dateline)),
            // An attack wave over a period ("14 attacks since Oct. 17 in Iraq") stays at
            // its area: it is a summary, not one strike to pin down.
            (_, Some((_, m))) if date_end.is_some() || counts.attacks.is_some_and(|n| n > 1) => {
                Some((m, LocatedBy::Sentence))
            }
            (_, Some((_, m))) => Some(self.refine(index, m)),
            (_, None) => None,
        };
        let strong = triggers.iter().any(|t| t.strong);
        let located = located.filter(|_| strong);
        let Some((mention, located_by)) = located else {
            self.merge_or_fall_back(
                kind,
                subtype,
                triggers,
                actors,
                counts,
                date,
                date_end,
                evidence,
                trigger_span,
            );
            return;
        };
        let place = self.mentions[mention].place;
        // A sentence that states no date of its own may go on about an earlier event.
        if let Some(existing) = self.same_event(kind, place, date.filter(|_| date_stated)) {
            // The finer of the two places locates the merged event (the site within the city).
            let old_place = self.gazetteer.place(self.events[existing].place);
            if !is_city(self.gazetteer.place(place))
                && is_city(old_place)
                && self.gazetteer.place(place).is_point()
            {
                self.events[existing].place = place;
                self.events[existing].mention = mention;
                // Said so in a later sentence, whatever located the event before.
                self.events[existing].located_by = LocatedBy::FollowingSentence;
            }
            self.merge_into(existing, subtype, actors, counts, date_end);
            return;
        }
        self.events.push(Event {
            kind,
            subtype,
            date,
            date_end,
            place,
            mention,
            located_by,
            actors,
            counts,
            evidence,
            trigger: trigger_span,
            confidence: match located_by {
                LocatedBy::Sentence => 0.85,
                LocatedBy::FollowingSentence => 0.75,
                LocatedBy::Dateline => 0.65,
            },
        });
    }

    /// Date of the event from the expression nearest its trigger, else the previous
    /// event's, else the article's. The flag is true for background events (over a year
    /// before the article) and future ones.
    fn date_for(
        &self,
        trigger: &Trigger,
        times: &[TimeExpression],
    ) -> (Option<NaiveDate>, Option<NaiveDate>, bool) {
        let distance = |e: &TimeExpression| {
            if e.first >= trigger.end {
                e.first - trigger.end
            } else {
                trigger.first.saturating_sub(e.end)
            }
        };
        let nearest = times
            .iter()
            .filter(|e| !e.reporting)
            .min_by_key(|e| (e.coarse && !e.since, distance(e)));
        let article_date = self.article.date;
        if let (Some(expression), Some(article)) = (nearest, article_date) {
            if expression.to < article - Duration::days(365) {
                return (None, None, true);
            }
            if expression.from > article + Duration::days(1) {
                return (None, None, true);
            }
        }
        match nearest {
            Some(e) if !e.coarse || e.since => {
                let end = (e.to != e.from)
                    .then_some(e.to)
                    .or_else(|| self.duration_end(trigger, e.from));
                (Some(e.from), end, false)
            }
            _ => {
                let inherited = self.events.last().and_then(|e| e.date).or(article_date);
                (inherited, None, false)
            }
        }
    }

    /// "a two-day visit": the last day of a stated duration.
    fn duration_end(&self, trigger: &Trigger, from: NaiveDate) -> Option<NaiveDate> {
        let window = trigger.first.saturating_sub(3)..(trigger.end + 6).min(self.tokens.len());
        window.clone().find_map(|i| {
            let next = self.tokens.get(i + 1)?;
            let days = dates::small_number(&self.tokens[i].key)?;
            (next.key == "day" && next.gap == Gap::Hyphen && (2..=10).contains(&days))
                .then(|| from + Duration::days(i64::from(days) - 1))
        })
    }

    /// A country- or province-level place is refined by a finer place inside it named in
    /// the next two sentences.
    fn refine(&self, index: usize, mention: usize) -> (usize, LocatedBy) {
        let coarse = self.gazetteer.place(self.mentions[mention].place);
        if !matches!(coarse.kind, PlaceKind::Country | PlaceKind::Admin1) {
            return (mention, LocatedBy::Sentence);
        }
        let following = (index + 1..(index + 3).min(self.sentences.len()))
            .flat_map(|s| self.by_sentence[s].iter().copied());
        for candidate in following {
            if !location::can_host_event(self.tokens, self.mentions, candidate) {
                continue;
            }
            let place = self.gazetteer.place(self.mentions[candidate].place);
            let inside = place.country_code == coarse.country_code
                && (coarse.kind == PlaceKind::Country || place.admin1 == coarse.admin1);
            if inside && place.is_point() {
                return (candidate, LocatedBy::FollowingSentence);
            }
        }
        (mention, LocatedBy::Sentence)
    }

    /// An earlier event of this kind at the same place (or at a place inside this area,
    /// or this place inside its area) on a compatible date.
    fn same_event(
        &self,
        kind: EventKind,
        place: PlaceId,
        date: Option<NaiveDate>,
    ) -> Option<usize> {
        let new = self.gazetteer.place(place);
        self.events.iter().rposition(|e| {
            if e.kind != kind {
                return false;
            }
            let old = self.gazetteer.place(e.place);
            // A meeting "at Erbil airport" after one "in Erbil" on the same day is the same
            // meeting: a venue a few km from the city centre is the same city (12 km keeps Jerusalem and Ramallah apart).
            let same_city = kind != EventKind::Incident
                && new.is_point()
                && old.is_point()
                && new.distance_km(old) < 12.0;
            // "Israeli strikes on Damascus … hit the Mezzeh district": a city and a site or
            // district inside it on the same day are one incident.
            let city_and_spot = kind == EventKind::Incident
                && new.is_point()
                && old.is_point()
                && is_city(new) != is_city(old)
                && new.distance_km(old) < 25.0;
            let same_place = e.place == place
                || same_city
                || city_and_spot
                || (!new.is_point()
                    && new.country_code == old.country_code
                    && (matches!(new.kind, PlaceKind::Country | PlaceKind::Region)
                        || new.admin1 == old.admin1));
            let same_day = match (date, e.date) {
                (Some(a), Some(b)) => a >= b && a <= e.date_end.unwrap_or(b) || a == b,
                _ => true,
            };
            same_place && same_day
        })
    }

    fn merge_into(
        &mut self,
        index: usize,
        subtype: &'static str,
        actors: Vec<String>,
        counts: Counts,
        date_end: Option<NaiveDate>,
    ) {
        let event = &mut self.events[index];
        if event.kind == EventKind::Incident && subtype_rank(subtype) < subtype_rank(event.subtype)
        {
            event.subtype = subtype;
        }
        for actor in actors {
            if !event.actors.contains(&actor) {
                event.actors.push(actor);
            }
        }
        event.counts.merge(counts);
        if event.date_end.is_none() {
            event.date_end = date_end.filter(|&end| Some(end) > event.date);
        }
    }

    /// A sentence with a trigger but no place: part of the last event of its kind, or,
    /// for the first such event, located at the dateline.
    #[allow(clippy::too_many_arguments)]
    fn merge_or_fall_back(
        &mut self,
        kind: EventKind,
        subtype: &'static str,
        triggers: &[Trigger],
        actors: Vec<String>,
        counts: Counts,
        date: Option<NaiveDate>,
        date_end: Option<NaiveDate>,
        evidence: (usize, usize),
        trigger: (usize, usize),
    ) {
        if let Some(last) = self.events.iter().rposition(|e| e.kind == kind) {
            self.merge_into(last, subtype, actors, counts, None);
            return;
        }
        let strong = triggers.iter().any(|t| t.strong);
        let topic_only = triggers.iter().all(|t| t.venue == Venue::Topic);
        if !strong || (kind == EventKind::Meeting && topic_only && actors.len() < 2) {
            return;
        }
        let Some(dateline) = self.dateline else {
            return;
        };
        self.events.push(Event {
            kind,
            subtype,
            date,
            date_end,
            place: self.mentions[dateline].place,
            mention: dateline,
            located_by: LocatedBy::Dateline,
            actors,
            counts,
            evidence,
            trigger,
            confidence: 0.65,
        });
    }
}
