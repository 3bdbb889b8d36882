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
mod placement;
mod record;
mod trigger_context;
pub mod triggers;
pub mod vocabulary;

use chrono::NaiveDate;
use serde::Serialize;

use crate::article::Article;
use crate::gazetteer::{Gazetteer, PlaceId, PlaceKind};
use crate::geoparse::{Mention, Role};
use crate::text::{Sentence, Token};
use actors::ActorIndex;
pub use counts::Counts;
use dates::TimeExpression;
use triggers::{Trigger, Venue};
use vocabulary::cue_list;

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
    /// No place in its own sentence: the place an earlier sentence of the paragraph set
    /// ("The operation in western Khan Yunis went on. An aircraft struck a compound").
    EarlierSentence,
    /// No place in the text: the story's dateline.
    Dateline,
    /// The seat of the government the event involves: a call between leaders, a visit
    /// to a country the text names without a city ("Pompeo visits Iraq").
    Capital,
    /// The heading of the record the event is listed under ("Niamey, Niger | Met with…").
    Heading,
}

impl LocatedBy {
    /// The confidence an event's place has when found this way.
    fn confidence(self) -> f32 {
        match self {
            LocatedBy::Sentence => 0.85,
            LocatedBy::Heading => 0.8,
            LocatedBy::FollowingSentence => 0.75,
            LocatedBy::EarlierSentence => 0.7,
            LocatedBy::Dateline => 0.65,
            LocatedBy::Capital => 0.6,
        }
    }
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
    /// The text states the date (not inherited from the article or an earlier event): a
    /// later sentence that states one may date an event its lede left undated.
    pub date_stated: bool,
    pub place: PlaceId,
    /// Index of the place mention in the article's mentions; `None` when the place is
    /// inferred (a government's seat), not named.
    pub mention: Option<usize>,
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
    /// The record heading in force ("Niamey, Niger | …"): its place mention and date.
    heading: Option<(usize, Option<TimeExpression>)>,
    /// A table's header row names its rows' events ("Date | City | Met with"): the
    /// trigger of that column and the line the header is on.
    header: Option<Trigger>,
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
        heading: None,
        header: None,
        events: Vec::new(),
    };
    // Every sentence's background is set aside before any event is placed: a later
    // sentence's earlier incident ("in response to attacks on U.S. personnel at Al-Tanf")
    // is no place for an event told before it either.
    let found: Vec<_> = (0..sentences.len())
        .map(|index| extraction.triggers_of(index))
        .collect();
    for (index, found) in found.into_iter().enumerate() {
        if let Some(found) = found {
            extraction.sentence(index, found.first, found.triggers, &found.dated);
        }
    }
    let mut events = extraction.events;
    drop_provinces_told_by_their_places(&mut events, gazetteer);
    drop_visits_told_by_their_stops(&mut events, gazetteer);
    drop_tours_of_an_incident(&mut events, gazetteer);
    events
}

/// "Militants attacked a police station in Mirjaveh… The interior minister travelled to
/// Zahedan, the provincial capital": after an incident, a visit that names no party met
/// and stays in the incident's country within two days is officials touring the scene,
/// not diplomacy.
fn drop_tours_of_an_incident(events: &mut Vec<Event>, gazetteer: &Gazetteer) {
    let tours: Vec<bool> = events
        .iter()
        .map(|visit| {
            visit.kind == EventKind::Meeting
                && visit.subtype == "visit"
                && visit.actors.is_empty()
                && events.iter().any(|incident| {
                    incident.kind == EventKind::Incident
                        && incident.evidence.0 < visit.evidence.0
                        && gazetteer.place(incident.place).country_code
                            == gazetteer.place(visit.place).country_code
                        && match (incident.date, visit.date) {
                            (Some(a), Some(b)) => (b - a).num_days().abs() <= 2,
                            _ => true,
                        }
                })
        })
        .collect();
    let mut keep = tours.iter().map(|&tour| !tour);
    events.retain(|_| keep.next().unwrap_or(true));
}

/// "State Visit to China (14–17 January)… On 15 January, talks with President Xi in
/// Beijing… On 16 January, in Chengdu he met…": a visit to a country or a province that
/// the article tells stop by stop is those stops, not one more meeting at the country.
/// A stop belongs to the visit when it lies in the area and falls in the visit's days (or
/// in the week before a visit told on its last day: "concluded his visit to China today").
fn drop_visits_told_by_their_stops(events: &mut Vec<Event>, gazetteer: &Gazetteer) {
    let told_by_stops: Vec<bool> = events
        .iter()
        .map(|outer| {
            let area = gazetteer.place(outer.place);
            if outer.kind != EventKind::Meeting
                || !matches!(area.kind, PlaceKind::Country | PlaceKind::Admin1)
            {
                return false;
            }
            let first = outer.date.map(|d| d - chrono::Duration::days(7));
            let last = outer.date_end.or(outer.date);
            events.iter().any(|inner| {
                let stop = gazetteer.place(inner.place);
                let in_days = match (first, last, inner.date) {
                    (Some(first), Some(last), Some(day)) => first <= day && day <= last,
                    _ => true,
                };
                inner.kind == EventKind::Meeting
                    && stop.is_point()
                    && crate::geoparse::lies_in(stop, area)
                    && in_days
            })
        })
        .collect();
    let mut keep = told_by_stops.iter().map(|&told| !told);
    events.retain(|_| keep.next().unwrap_or(true));
}

/// "A drone attack on targets in the Moscow region; the drones were downed over Odintsovo
/// and Khimki": an incident at a province, told in the same sentence and on the same day as
/// incidents at places inside it, is those incidents, not one more.
fn drop_provinces_told_by_their_places(events: &mut Vec<Event>, gazetteer: &Gazetteer) {
    let told_by_places: Vec<bool> = events
        .iter()
        .map(|outer| {
            let province = gazetteer.place(outer.place);
            outer.kind == EventKind::Incident
                && province.kind == PlaceKind::Admin1
                && events.iter().any(|inner| {
                    inner.kind == EventKind::Incident
                        && inner.evidence == outer.evidence
                        && inner.date == outer.date
                        && crate::geoparse::lies_in(gazetteer.place(inner.place), province)
                })
        })
        .collect();
    let mut keep = told_by_places.iter().map(|&told| !told);
    events.retain(|_| keep.next().unwrap_or(true));
}

/// A city proper, not a district or a site.
fn is_city(place: &crate::gazetteer::Place) -> bool {
    place.kind == PlaceKind::City && place.feature_code != "PPLX"
}

/// Subtypes from most to least specific; the most specific in a sentence names the event.
const SUBTYPE_ORDER: &[&str] = &[
    "seizure",
    "abduction",
    "suicide attack",
    "drone strike",
    "missile strike",
    "rocket attack",
    "airstrike",
    "shelling",
    "IED/bombing",
    "targeted killing",
    "shoot-down",
    "raid",
    "shooting",
    "stabbing",
    "arson",
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

/// What [`Extraction::triggers_of`] found in one sentence.
struct SentenceTriggers {
    /// The sentence's first token past the date line.
    first: usize,
    triggers: Vec<Trigger>,
    /// Spans whose days date earlier incidents told in passing ([`triggers::Background`]).
    dated: Vec<(usize, usize)>,
}

impl Extraction<'_, '_> {
    /// The first token of sentence `index` past the date line, its triggers and the spans
    /// whose days date earlier incidents told in passing; the places of those incidents
    /// leave the sentence's mentions. `None` for a sentence inside the date line.
    fn triggers_of(&mut self, index: usize) -> Option<SentenceTriggers> {
        let sentence = self.sentences[index];
        if sentence.end_byte <= self.article.body_start {
            return None;
        }
        // The date line is not part of the story: its date is no event's date.
        let first = (sentence.first..sentence.end)
            .find(|&t| self.tokens[t].start >= self.article.body_start)
            .unwrap_or(sentence.end);
        let (triggers, background) =
            triggers::find_triggers_and_background(self.tokens, first, sentence.end);
        // The places of earlier incidents named in passing are theirs, not this
        // sentence's events' ("respond to attacks, including the one on a base in Erbil").
        if !background.placed.is_empty() {
            let (mentions, tokens) = (self.mentions, self.tokens);
            // "a rocket strike in Erbil, Iraq,": a place's container after a comma
            // belongs to the phrase too.
            let mut spans = background.placed;
            for span in &mut spans {
                while let Some(next) = self.by_sentence[index].iter().find(|&&m| {
                    mentions[m].first_token == span.1 + 1
                        && tokens[span.1].text == ","
                        && self.by_sentence[index]
                            .iter()
                            .any(|&b| mentions[b].end_token == span.1)
                }) {
                    span.1 = mentions[*next].end_token;
                }
            }
            self.by_sentence[index].retain(|&m| {
                let at = mentions[m].first_token;
                !spans.iter().any(|&(from, to)| at >= from && at < to)
            });
        }
        Some(SentenceTriggers {
            first,
            triggers,
            dated: background.dated,
        })
    }

    fn sentence(
        &mut self,
        index: usize,
        first: usize,
        mut triggers: Vec<Trigger>,
        dated: &[(usize, usize)],
    ) {
        let sentence = self.sentences[index];
        // "Three were killed": the article's first incident, or part of the last one.
        let has_incident = self.events.iter().any(|e| e.kind == EventKind::Incident);
        for trigger in triggers.iter_mut().filter(|t| t.outcome) {
            trigger.strong = !has_incident;
        }
        // "AMMAN, May 9 (Reuters) –": the filing date in a dateline dates no event.
        let dateline_span = self
            .article
            .dateline
            .as_ref()
            .map_or(0..0, |d| d.start..d.text_start);
        let in_story = |t: &TimeExpression| {
            !dateline_span.contains(&self.tokens[t.first].start)
                && !dated
                    .iter()
                    .any(|&(from, to)| t.first >= from && t.end <= to)
        };
        let mut times =
            dates::find_time_expressions(self.tokens, first, sentence.end, self.article.date);
        times.retain(in_story);
        // "After Russia withdrew from the deal on 17 July, missiles struck Odesa from 18 to
        // 21 July": a fronted clause's day is its own event's, not the main clause's.
        if let Some(comma) = self.fronted_clause_end(first, sentence.end)
            && triggers.iter().any(|t| t.strong && t.first > comma)
        {
            times.retain(|t| t.first > comma);
        }
        // "Israel | Tel Aviv | Met with Netanyahu. | Jan 9, 2024": in a table row every
        // cell is a sentence, and the row's date cell dates them all.
        if times.iter().all(|t| t.reporting)
            && let Some((row_first, row_end)) = self.table_row(index)
        {
            times =
                dates::find_time_expressions(self.tokens, row_first, row_end, self.article.date);
            times.retain(in_story);
        }
        // "the previous day", "the next morning": counted from the day the story has
        // reached, the last event it dated.
        if let (Some(article), Some(story)) = (
            self.article.date,
            self.events
                .iter()
                .rev()
                .find(|e| e.date_stated)
                .and_then(|e| e.date),
        ) {
            for time in &mut times {
                time.shift_to_story(article, story);
            }
        }
        let row = self.table_row(index);
        if row.is_none() {
            self.header = None;
        }
        // "Date | City | Met with": a header cell with a meeting and no place or day.
        if let Some((row_first, row_end)) = row
            && triggers.len() == 1
            && triggers[0].kind == EventKind::Meeting
            && times.is_empty()
            && !self
                .mentions
                .iter()
                .any(|m| m.first_token >= row_first && m.end_token <= row_end)
        {
            self.header = triggers.pop();
            return;
        }
        if triggers.is_empty() {
            if let Some(place) = placement::heading_place(
                self.tokens,
                self.mentions,
                &self.by_sentence[index],
                first,
                sentence.end,
                self.gazetteer,
            ) {
                let time = times.iter().find(|t| !t.reporting).copied();
                self.heading = Some((place, time));
                // "Oct 4 | Beirut | Prime Minister Mikati": a row under a meeting header.
                if let Some(header) = self.header {
                    self.event_of_kind(index, &[header], &times, &[]);
                }
            } else if let Some((place, None)) = self.heading {
                // "Munich, Germany. February 16–18, 2024.": a date line under a heading.
                self.heading = Some((place, times.iter().find(|t| !t.reporting).copied()));
            }
            return;
        }
        // "received a phone call from …", "hosted a video call": the call is the event,
        // not a reception.
        let call_starts: Vec<usize> = triggers
            .iter()
            .filter(|t| t.kind == EventKind::Call)
            .map(|t| t.first)
            .collect();
        // "took part by videoconference in the meeting of guarantor countries …, hosted
        // in Havana": the meeting joined by video is that call, not a meeting where it
        // was hosted.
        let video_ends: Vec<usize> = triggers
            .iter()
            .filter(|t| t.kind == EventKind::Call && t.subtype == "video call")
            .map(|t| t.end)
            .collect();
        triggers.retain(|t| {
            let before_a_call =
                t.verbal && call_starts.iter().any(|&c| c >= t.end && c <= t.end + 2);
            let joined_by_video = video_ends
                .iter()
                .any(|&e| t.first >= e && t.first <= e + 15);
            !(t.kind == EventKind::Meeting && (before_a_call || joined_by_video))
        });
        let has_call = triggers
            .iter()
            .any(|t| t.kind == EventKind::Call && t.strong)
            || self.events.iter().any(|e| e.kind == EventKind::Call);
        let meetings: Vec<Trigger> = triggers
            .iter()
            .filter(|t| t.kind == EventKind::Meeting)
            .copied()
            .collect();
        let stops = if meetings.is_empty() {
            Vec::new()
        } else {
            placement::itinerary_stops(
                self.tokens,
                self.mentions,
                &self.by_sentence[index],
                &times,
                self.gazetteer,
            )
        };
        let itinerary = stops.len() >= 2;
        if itinerary {
            self.itinerary(index, &meetings, stops);
        }
        for kind in [EventKind::Incident, EventKind::Meeting, EventKind::Call] {
            if kind == EventKind::Meeting && itinerary {
                continue;
            }
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

    /// The comma that ends a clause opening the sentence with "After", "Before", "Since",
    /// "Following" or "Until", if there is one within 25 words.
    fn fronted_clause_end(&self, first: usize, end: usize) -> Option<usize> {
        let opener = self.tokens.get(first)?;
        if !matches!(
            opener.key.as_str(),
            "after" | "before" | "since" | "following" | "until"
        ) {
            return None;
        }
        // "Before dawn on Sunday, a missile struck …": a time of day, not a clause.
        if self
            .tokens
            .get(first + 1)
            .is_some_and(|t| cue_list!("times_of_day").contains(&t.key))
        {
            return None;
        }
        (first + 1..end.min(first + 25)).find(|&i| self.tokens[i].text == ",")
    }

    /// The token range of the table row (a line with `|` cells) sentence `index` is a
    /// cell of, if it is one. Rows are looked at up to 200 tokens each way.
    fn table_row(&self, index: usize) -> Option<(usize, usize)> {
        let sentence = self.sentences[index];
        let tokens = self.tokens;
        let is_cell = sentence.first > 0 && tokens[sentence.first - 1].text == "|"
            || tokens[sentence.first..sentence.end]
                .iter()
                .any(|t| t.text == "|");
        if !is_cell {
            return None;
        }
        let from = sentence.first.saturating_sub(200);
        let row_first = (from..=sentence.first)
            .rev()
            .find(|&j| tokens[j].line_start)
            .unwrap_or(from);
        let to = (sentence.end + 200).min(tokens.len());
        let row_end = (sentence.first + 1..to)
            .find(|&j| tokens[j].line_start)
            .unwrap_or(to);
        Some((row_first, row_end))
    }

    /// Clauses of `tokens[first..end]` (split at ";", at ", and" / ", while" / ", but" and
    /// before "before/after <gerund>" of a meeting) that each hold a strong trigger of this
    /// kind; fewer than two means one event.
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
            // "visited a mass grave in Bucha before meeting Zelensky in Kyiv": a meeting
            // or a visit told by a gerund after "before" or "after" is a step of its own.
            let next_step = i > start
                && token.shape == crate::text::Shape::Lower
                && matches!(token.key.as_str(), "before" | "after")
                && triggers.iter().any(|t| {
                    t.strong
                        && t.kind != EventKind::Incident
                        && t.first == i + 1
                        && self.tokens[t.first].key.ends_with("ing")
                });
            if next_step {
                clauses.push((start, i));
                start = i;
            } else if token.text == ";" || joins {
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
}
