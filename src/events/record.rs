//! From a clause's triggers to events: where each event is, when, who and how many, and
//! whether it is one the article already reported (then the new sentence adds to it).

use chrono::{Duration, NaiveDate};

use super::dates::TimeExpression;
use super::triggers::{Trigger, Venue};
use super::{
    Counts, Event, EventKind, Extraction, LocatedBy, counts, is_city, location, subtype_rank,
};
use super::{placement, trigger_context};
use crate::gazetteer::{PlaceId, PlaceKind};
use crate::text::Gap;

mod merge;

/// Where one event is, and how that was found.
#[derive(Clone, Copy, Debug)]
struct Placement {
    place: PlaceId,
    /// The place the text names, when the event is put at its seat instead.
    named: Option<PlaceId>,
    mention: Option<usize>,
    located_by: LocatedBy,
    /// A date of its own (a stop of an itinerary, a heading's date).
    time: Option<TimeExpression>,
}

/// What a clause says about an event besides its place.
struct Report {
    kind: EventKind,
    subtype: &'static str,
    date: Option<NaiveDate>,
    date_end: Option<NaiveDate>,
    date_stated: bool,
    actors: Vec<String>,
    counts: Counts,
    evidence: (usize, usize),
    trigger: (usize, usize),
}

impl Extraction<'_, '_> {
    pub(super) fn event_of_kind(
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
        // An air-defence tally over divisions ("destroyed 21 drones over the Belgorod and
        // Kursk regions") or over nowhere named is no incident at a place.
        if kind == EventKind::Incident
            && placed.is_none_or(|(_, m)| !self.gazetteer.place(self.mentions[m].place).is_point())
            && trigger_context::interception_tally(self.tokens, sentence.first, sentence.end)
        {
            return;
        }
        let anchor = placed.map_or(&triggers[0], |(t, _)| t);
        let (date, date_end, background) = self.date_for(anchor, times);
        if background {
            return;
        }
        // Casualties and tallies belong to incidents only ("met … five days after gunmen
        // killed two guards" gives the meeting no count).
        let counts = if kind == EventKind::Incident {
            counts::find_counts(self.tokens, sentence.first, sentence.end)
        } else {
            Counts::default()
        };
        let report = Report {
            kind,
            subtype,
            date,
            date_end,
            date_stated: times.iter().any(|e| !e.reporting && (!e.coarse || e.since)),
            actors: self
                .actors
                .actors_in(self.tokens, sentence.first, sentence.end),
            counts,
            evidence: (
                sentence.start_byte.max(self.article.body_start),
                sentence.end_byte,
            ),
            trigger: (
                self.tokens[anchor.first].start,
                self.tokens[anchor.end - 1].end,
            ),
        };
        if !triggers.iter().any(|t| t.strong) {
            self.merge_or_fall_back(report, triggers, index, anchor);
            return;
        }
        // "The attack came as …", "condemned the strike": the event the story told.
        let told = self.events.iter().rposition(|e| e.kind == kind);
        // "The military said on 20 July that it had struck a Hamas terrorist in central
        // Gaza": a party's account of the strike told, same day, a few km off.
        if kind == EventKind::Incident
            && triggers.iter().filter(|t| t.strong).all(|t| t.reported)
            && let (Some(last), Some((_, m))) = (told, placed)
        {
            let old = &self.events[last];
            let old_place = self.gazetteer.place(old.place);
            let near = old_place.is_point()
                && old_place.distance_km(self.gazetteer.place(self.mentions[m].place)) < 60.0;
            if near && (old.date == date || date.is_none()) {
                self.merge_into(
                    last,
                    report.subtype,
                    report.actors,
                    report.counts,
                    None,
                    None,
                );
                return;
            }
        }
        // A definite noun with a place of its own is the event told when that place is
        // near it ("the wounded were taken to the hospital in Idlib city"), a further part
        // when it is not ("In Syria, the strikes hit positions around Albu Kamal").
        let near_told = |m: usize| {
            told.is_some_and(|last| {
                let old = self.gazetteer.place(self.events[last].place);
                old.is_point()
                    && old.distance_km(self.gazetteer.place(self.mentions[m].place)) < 25.0
            })
        };
        // A meeting has no further parts: "During the meeting, they reviewed the talks in
        // the Gaza Strip" is the meeting told, wherever its topic lies.
        let anaphoric = |t: &&Trigger| {
            t.referred
                || t.definite
                    && (kind != EventKind::Incident || placed.is_none_or(|(_, m)| near_told(m)))
        };
        // "expressed condolences for the lives lost in the terrorist attack in Pahalgam",
        // with no attack told before and no day of its own: an earlier event named in
        // passing, not one of the article's day. A day opening the sentence ("On Tuesday
        // 16 July, the Houthis claimed a drone attack") or said near the event word is
        // its own; one said in between is the speaker's ("spoke today … expressed
        // condolences").
        let dated_itself = |t: &Trigger| {
            times.iter().any(|e| {
                !e.reporting
                    && (!e.coarse || e.since)
                    && (e.first <= sentence.first + 1 || e.end + 3 > t.first)
            })
        };
        if told.is_none()
            && kind == EventKind::Incident
            && triggers
                .iter()
                .filter(|t| t.strong)
                .all(|t| t.referred && !dated_itself(t))
        {
            return;
        }
        if let Some(last) = told
            && triggers.iter().filter(|t| t.strong).all(|t| anaphoric(&t))
        {
            self.merge_into(
                last,
                report.subtype,
                report.actors,
                report.counts,
                None,
                None,
            );
            return;
        }
        let placements = match (kind, placed) {
            (EventKind::Call, _) => self.call_place(index, anchor, date).into_iter().collect(),
            // An attack wave over a period ("14 attacks since Oct. 17 in Iraq") stays at
            // its area: it is a summary, not one strike to pin down.
            // ("Overnight" is one night, not a period.)
            (_, Some((_, m)))
                if date_end
                    .zip(date)
                    .is_some_and(|(end, start)| end - start > Duration::days(2))
                    || counts.attacks.is_some_and(|n| n > 1) =>
            {
                vec![self.named(m, LocatedBy::Sentence)]
            }
            (_, Some((trigger, m))) => {
                let (m, located_by) = self.refine(index, m);
                let mut named: Vec<(usize, Option<TimeExpression>)> = vec![(m, None)];
                if trigger.kind == kind {
                    named.extend(
                        placement::listed_with(
                            self.tokens,
                            self.mentions,
                            mentions,
                            m,
                            self.gazetteer,
                            kind == EventKind::Meeting,
                        )
                        .into_iter()
                        .map(|m| (m, None)),
                    );
                }
                if kind == EventKind::Incident {
                    // "fighter jets struck … in the areas of A and B, and a post near C".
                    named.extend(
                        self.targets_after_verbs(triggers, mentions)
                            .map(|m| (m, None)),
                    );
                }
                if kind == EventKind::Meeting {
                    // Every visit verb may have its own place ("travelled to Baghdad …,
                    // then visited Mosul and Erbil"), and one meeting verb several venues.
                    for other in triggers.iter().filter(|t| t.strong && t.verbal) {
                        let time = nearest_stated(other, times);
                        if let Some(m) = location::place_for_trigger(
                            other,
                            self.tokens,
                            self.mentions,
                            mentions,
                            self.gazetteer,
                        ) {
                            named.push((m, time));
                            named.extend(
                                placement::listed_with(
                                    self.tokens,
                                    self.mentions,
                                    mentions,
                                    m,
                                    self.gazetteer,
                                    true,
                                )
                                .into_iter()
                                .map(|m| (m, time)),
                            );
                        }
                        named.extend(
                            placement::further_venues(
                                self.tokens,
                                self.mentions,
                                mentions,
                                other.end,
                                self.gazetteer,
                            )
                            .into_iter()
                            .map(|m| (m, time)),
                        );
                    }
                }
                let mut seen = Vec::new();
                named.retain(|&(m, _)| {
                    let place = self.mentions[m].place;
                    let new = !seen.contains(&place);
                    seen.push(place);
                    new
                });
                named
                    .into_iter()
                    .map(|(m, time)| Placement {
                        time,
                        ..self.seat_for_meeting(kind, m, located_by)
                    })
                    .collect()
            }
            // "nine sites were targeted, among them facilities at A and B": the verb's
            // targets follow it, past the words that stop its own place.
            (EventKind::Incident, None) => self
                .targets_after_verbs(triggers, mentions)
                .map(|m| self.named(m, LocatedBy::Sentence))
                .collect(),
            (_, None) => Vec::new(),
        };
        // "Travel to the Middle East", "strikes across the Sahel": an area of several
        // countries is no place to pin an event at.
        let placements: Vec<Placement> = placements
            .into_iter()
            .filter(|p| !self.gazetteer.place(p.place).spans_countries())
            .collect();
        if placements.is_empty() {
            self.merge_or_fall_back(report, triggers, index, anchor);
            return;
        }
        for placement in placements {
            self.record(&report, placement);
        }
    }

    /// Each stop of an itinerary ("Baghdad (12 Oct.); Beirut (12–13 Oct.)") is a visit of
    /// its own, dated by its brackets.
    pub(super) fn itinerary(
        &mut self,
        index: usize,
        triggers: &[Trigger],
        stops: Vec<(usize, TimeExpression)>,
    ) {
        let sentence = self.sentences[index];
        let anchor = &triggers[0];
        let report = Report {
            kind: EventKind::Meeting,
            subtype: "visit",
            date: None,
            date_end: None,
            date_stated: true,
            actors: self
                .actors
                .actors_in(self.tokens, sentence.first, sentence.end),
            counts: Counts::default(),
            evidence: (
                sentence.start_byte.max(self.article.body_start),
                sentence.end_byte,
            ),
            trigger: (
                self.tokens[anchor.first].start,
                self.tokens[anchor.end - 1].end,
            ),
        };
        for (m, time) in stops {
            let placement = Placement {
                time: Some(time),
                ..self.named(m, LocatedBy::Sentence)
            };
            self.record(&report, placement);
        }
    }

    fn named(&self, mention: usize, located_by: LocatedBy) -> Placement {
        Placement {
            place: self.mentions[mention].place,
            named: None,
            mention: Some(mention),
            located_by,
            time: None,
        }
    }

    /// A meeting in a country the text names without a city ("visits Iraq", "a meeting
    /// in Israel"), and any event in "the Ukrainian capital", is at the country's seat of
    /// government; any other place stands as named.
    fn seat_for_meeting(
        &self,
        kind: EventKind,
        mention: usize,
        located_by: LocatedBy,
    ) -> Placement {
        let place = self.gazetteer.place(self.mentions[mention].place);
        let capital = location::names_the_capital(self.tokens, &self.mentions[mention]);
        if (kind == EventKind::Meeting || capital)
            && place.kind == PlaceKind::Country
            && let Some(seat) = self.gazetteer.seat(self.mentions[mention].place)
        {
            return Placement {
                place: seat,
                named: Some(self.mentions[mention].place),
                mention: None,
                located_by: LocatedBy::Capital,
                time: None,
            };
        }
        self.named(mention, located_by)
    }

    /// "Nairobi hosts Sudan talks", "Kenya hosted the summit", "Kenyan capital hosts …":
    /// a place that is the subject of a verb of hosting, right before it, is where the
    /// meeting is (a country's meeting is at its seat). `meeting` is the trigger: the
    /// verb itself, or a meeting noun a few words after it ("hosted a summit").
    fn hosting_place(&self, index: usize, meeting: &Trigger) -> Option<Placement> {
        let verb = if meeting.host {
            meeting.first
        } else {
            (meeting.first.saturating_sub(4)..meeting.first)
                .find(|&j| super::vocabulary::is_hosting_verb(&self.tokens[j].key))?
        };
        let m = self.by_sentence[index].iter().copied().find(|&m| {
            let mention = &self.mentions[m];
            let end = mention.end_token + usize::from(mention.possessive);
            end == verb || end + 1 == verb && location::names_the_capital(self.tokens, mention)
        })?;
        let place = self.gazetteer.place(self.mentions[m].place);
        match place.kind {
            PlaceKind::City | PlaceKind::Site => Some(self.named(m, LocatedBy::Sentence)),
            PlaceKind::Country => {
                Some(self.seat_for_meeting(EventKind::Meeting, m, LocatedBy::Sentence))
            }
            _ => None,
        }
    }

    /// A call is where its first party governs from (the seat of the country or region
    /// that qualifies the first office holder named), else the story's dateline, else
    /// the seat of the article's first named party.
    fn call_place(
        &self,
        index: usize,
        anchor: &Trigger,
        date: Option<NaiveDate>,
    ) -> Option<Placement> {
        // "The Head of State received a telephone call from President Erdoğan": the one
        // who received it is the first party, and only the words before "received" name
        // them; the caller's seat is not where the call was taken.
        let received = (anchor.first.saturating_sub(3)..anchor.first)
            .find(|&j| {
                matches!(
                    self.tokens[j].key.as_str(),
                    "received" | "receives" | "receiving"
                )
            })
            .filter(|_| self.tokens.get(anchor.end).is_some_and(|t| t.key == "from"));
        let seat = |index: usize| {
            let sentence = self.sentences[index];
            let end = received
                .filter(|&r| r >= sentence.first && r < sentence.end)
                .unwrap_or(sentence.end);
            placement::party_seats(
                self.tokens,
                self.mentions,
                &self.by_sentence[index],
                self.gazetteer,
                (sentence.first, end),
            )
            .first()
            .copied()
        };
        // "she spoke by phone from Auki with the Prime Minister of Vanuatu": the place the
        // caller spoke from, named right after the call (not the caller "received … from").
        // Only after a verb of speaking: "interviewed relatives by phone from Baghdad" is
        // a source's call, not one to pin.
        let spoke = anchor.first.checked_sub(1).is_some_and(|p| {
            matches!(
                self.tokens[p].key.as_str(),
                "spoke" | "speaks" | "speak" | "speaking" | "talked" | "talks" | "talk" | "talking"
            )
        });
        if received.is_none()
            && spoke
            && self.tokens.get(anchor.end).is_some_and(|t| t.key == "from")
            && let Some(&m) = self.by_sentence[index].iter().find(|&&m| {
                let mention = &self.mentions[m];
                mention.first_token == anchor.end + 1
                    && self.gazetteer.place(mention.place).is_point()
            })
        {
            return Some(self.named(m, LocatedBy::Sentence));
        }
        // "Deputy Prime Minister Qubad Talabani, from Slemani, held a phone call",
        // "President Yoon, who is on Jeju Island for …, held a phone conversation": the
        // place set off after the caller's name is where they called from.
        let set_off = self.by_sentence[index].iter().copied().find(|&m| {
            let mention = &self.mentions[m];
            let first = mention.first_token;
            if first < 3 {
                return false;
            }
            let key = |back: usize| self.tokens[first - back].key.as_str();
            let commas = self.tokens[first - 2].text == ","
                && matches!(key(1), "from" | "in")
                && self.tokens[first - 3].is_cap()
                && self
                    .tokens
                    .get(mention.end_token)
                    .is_some_and(|t| t.text == ",");
            let relative = matches!(key(1), "in" | "on" | "at")
                && matches!(key(2), "is" | "was")
                && key(3) == "who";
            mention.end_token < anchor.first
                && received.is_none()
                && (commas || relative)
                && self.gazetteer.place(mention.place).kind != PlaceKind::Country
        });
        if let Some(m) = set_off {
            return Some(self.named(m, LocatedBy::Sentence));
        }
        // "1 February — Bogotá: the Minister took part by videoconference …": an agenda
        // line's place is where its owner sat for the call.
        if let Some(&m) = self.by_sentence[index]
            .iter()
            .find(|&&m| location::labels_its_line(self.tokens, &self.mentions[m]))
        {
            return Some(self.named(m, LocatedBy::Sentence));
        }
        // "President Erdoğan received the Prime Minister at the Bodrum residence today.
        // Following the meeting, he spoke by phone with the Emir": a meeting the text has
        // placed on the call's day is where the principal was when calling (readouts tell
        // one principal's day). A meeting placed by a guess says nothing of where.
        // Told before the call: "spoke by videolink on Tuesday and then met him in
        // Ilulissat" calls from elsewhere.
        let call_start = self.tokens[anchor.first].start;
        if received.is_none()
            && let Some(meeting) = self.events.iter().rev().find(|e| {
                e.kind == EventKind::Meeting
                    && e.trigger.1 <= call_start
                    && !matches!(e.located_by, LocatedBy::Capital | LocatedBy::Dateline)
                    && self.gazetteer.place(e.place).is_point()
                    && date.is_some_and(|day| {
                        e.date
                            .is_some_and(|from| from <= day && day <= e.date_end.unwrap_or(from))
                    })
            })
        {
            return Some(Placement {
                place: meeting.place,
                named: None,
                mention: meeting.mention,
                located_by: LocatedBy::EarlierSentence,
                time: None,
            });
        }
        if let Some((_, seat)) = seat(index) {
            // The dateline often is that seat: keep its mention, so fixes to it apply.
            let dateline = self.dateline.filter(|&m| self.mentions[m].place == seat);
            return Some(Placement {
                place: seat,
                named: None,
                mention: dateline,
                located_by: LocatedBy::Capital,
                time: None,
            });
        }
        if let Some(m) = self.dateline {
            return Some(self.named(m, LocatedBy::Dateline));
        }
        (0..self.sentences.len())
            .find_map(seat)
            .map(|(_, seat)| Placement {
                place: seat,
                named: None,
                mention: None,
                located_by: LocatedBy::Capital,
                time: None,
            })
    }

    /// Adds an event, or merges it into the article's earlier report of the same event.
    fn record(&mut self, report: &Report, placement: Placement) {
        let (mut date, mut date_end) = (report.date, report.date_end);
        let mut date_stated = report.date_stated;
        if let Some(time) = placement.time {
            date = Some(time.from);
            date_end = (time.to != time.from).then_some(time.to);
            date_stated = true;
        }
        let place = placement.place;
        // A sentence that states no date of its own may go on about an earlier event.
        let stated = date.filter(|_| date_stated);
        let mut existing = self
            .same_event(report.kind, place, stated, date_end)
            .or_else(|| {
                let named = placement.named?;
                self.same_event(report.kind, named, stated, date_end)
            });
        // "Wang Yi Holds Talks with Egyptian Foreign Minister" (placed at Cairo, a guess
        // from the guest's country), then "… held talks with Shoukry in Beijing": the
        // same meeting, where the body says. A call's title and its body likewise.
        if existing.is_none()
            && let Some(guessed) = self.guessed_report_of(report, stated)
        {
            if placement.located_by != LocatedBy::Capital || report.kind == EventKind::Call {
                let event = &mut self.events[guessed];
                event.place = place;
                event.mention = placement.mention;
                event.located_by = placement.located_by;
                event.confidence = placement.located_by.confidence();
                event.evidence = report.evidence;
                event.trigger = report.trigger;
            }
            existing = Some(guessed);
        }
        if let Some(existing) = existing {
            // "Three soldiers were killed in an Israeli aggression." … "at around 9:10 pm on
            // Sunday, the enemy carried out …": the lede's event takes the stated day.
            let one_day_or_so = match (date, date_end) {
                (Some(a), Some(b)) => b - a <= Duration::days(7),
                (Some(_), None) => true,
                _ => false,
            };
            if date_stated && !self.events[existing].date_stated && one_day_or_so {
                let event = &mut self.events[existing];
                event.date = date;
                event.date_end = date_end;
                event.date_stated = true;
            }
            // The finer of the two places locates the merged event (the site within the city).
            let old_place = self.gazetteer.place(self.events[existing].place);
            let new_place = self.gazetteer.place(place);
            if !is_city(new_place) && is_city(old_place) && new_place.is_point() {
                self.events[existing].place = place;
                self.events[existing].mention = placement.mention;
                // Said so in a later sentence, whatever located the event before.
                self.events[existing].located_by = LocatedBy::FollowingSentence;
            }
            let widened = date.filter(|_| date_stated && report.kind == EventKind::Meeting);
            self.merge_into(
                existing,
                report.subtype,
                report.actors.clone(),
                report.counts,
                widened,
                date_end.or(widened),
            );
            return;
        }
        self.events.push(Event {
            kind: report.kind,
            subtype: report.subtype,
            date,
            date_end,
            date_stated,
            place,
            mention: placement.mention,
            located_by: placement.located_by,
            actors: report.actors.clone(),
            counts: report.counts,
            evidence: report.evidence,
            trigger: report.trigger,
            confidence: placement.located_by.confidence(),
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
        // An expression in another clause ("…, since the countries established ties last
        // year") may date the event, but never makes it background.
        let same_clause = |e: &TimeExpression| {
            // Inside the trigger's own words ("spoke today with").
            if e.first < trigger.end && e.end > trigger.first {
                return true;
            }
            let (from, to) = if e.first >= trigger.end {
                (trigger.end, e.first)
            } else {
                (e.end, trigger.first)
            };
            !self.tokens[from..to].iter().any(|t| {
                t.text == ";"
                    || t.shape == crate::text::Shape::Lower
                        && matches!(
                            t.key.as_str(),
                            "since"
                                | "while"
                                | "because"
                                | "although"
                                | "which"
                                | "who"
                                | "where"
                                // "spoke by videolink on Tuesday and then met him in
                                // Ilulissat on Wednesday": a step after, its own clause.
                                | "then"
                        )
            })
        };
        let nearest = times
            .iter()
            .filter(|e| !e.reporting)
            .min_by_key(|e| (!same_clause(e), e.coarse && !e.since, distance(e)));
        // "before the alliance's July summit" (in June), "after the June talks" (in
        // August): a month right before the noun is the event's own time, ahead or past.
        let own_month = times
            .iter()
            .find(|e| !trigger.verbal && e.coarse && !e.reporting && e.end == trigger.first);
        if let (Some(month), Some(article)) = (own_month, self.article.date)
            && (month.from > article || month.to < article)
        {
            return (None, None, true);
        }
        let article_date = self.article.date;
        if let (Some(expression), Some(article)) =
            (nearest.filter(|e| same_clause(e)), article_date)
        {
            if expression.to < article - Duration::days(365) {
                return (None, None, true);
            }
            // "frequent strikes since 2019", "airstrikes since October": a campaign over
            // months, not an event (a tally over a few weeks stays, as a summary).
            if expression.since && expression.from < article - Duration::days(90) {
                return (None, None, true);
            }
            // "Erdogan visited Cairo in February" (in September), "Last month, drones hit
            // Kassala": an earlier event told in passing, dated only by its month.
            if expression.coarse && !expression.since && expression.to < article {
                return (None, None, true);
            }
            // A written date a day ahead may be the event's own time zone; "tomorrow",
            // "next week" are ahead whatever the zone.
            let said_ahead = matches!(
                self.tokens[expression.first].key.as_str(),
                "tomorrow" | "next" | "coming"
            );
            if expression.from > article + Duration::days(1)
                || said_ahead && expression.from > article
            {
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
                let heading_date = self
                    .heading
                    .and_then(|(_, time)| time)
                    .filter(|_| trigger.kind == EventKind::Meeting);
                if let Some(time) = heading_date {
                    return (
                        Some(time.from),
                        (time.to != time.from).then_some(time.to),
                        false,
                    );
                }
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
            let days = crate::lexicon::small_number(&self.tokens[i].key)?;
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
            .flat_map(|s| self.by_sentence[s].iter().map(move |&m| (s, m)));
        for (s, candidate) in following {
            // "… will continue until the aggression on Gaza stops" names no place of the
            // event told before it.
            let planned = super::trigger_context::planned_in_clause(
                self.tokens,
                self.sentences[s].first,
                self.mentions[candidate].first_token,
            );
            // "The convoy was travelling from Islamabad to the Dasu project site": the ends
            // of a route are not where the event told before happened.
            let first_token = self.mentions[candidate].first_token;
            // ("about 40 km from Bol" is an offset, not a route.)
            let route_end = (first_token.saturating_sub(2)..first_token).any(|j| {
                matches!(self.tokens[j].key.as_str(), "from" | "to")
                    && !(j > 0 && crate::lexicon::DISTANCE_UNITS.contains(&self.tokens[j - 1].key))
            });
            // "Jowhar, about 90 km north of Mogadishu": a point of reference, not a place
            // of the event told before.
            let reference_point = first_token >= 2
                && self.tokens[first_token - 1].key == "of"
                && crate::lexicon::COMPASS_POINTS.contains(&self.tokens[first_token - 2].key);
            if planned
                || route_end
                || reference_point
                || !location::can_host_event(self.tokens, self.mentions, candidate)
            {
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

    /// A clause with a trigger but no place of its own: under a record's heading, at that
    /// heading; else part of the last event of its kind; else at the dateline; else, for a
    /// meeting, at the seat of the host the text names ("met the President of Iran").
    fn merge_or_fall_back(
        &mut self,
        report: Report,
        triggers: &[Trigger],
        index: usize,
        anchor: &Trigger,
    ) {
        let strong = triggers.iter().any(|t| t.strong);
        if strong
            && report.kind == EventKind::Meeting
            && let Some((heading, _)) = self.heading
        {
            let placement = self.named(heading, LocatedBy::Heading);
            self.record(&report, placement);
            return;
        }
        if report.kind == EventKind::Meeting
            && let Some(placement) = triggers
                .iter()
                .filter(|t| t.strong)
                .find_map(|t| self.hosting_place(index, t))
        {
            self.record(&report, placement);
            return;
        }
        if let Some(last) = self.events.iter().rposition(|e| e.kind == report.kind) {
            self.merge_into(
                last,
                report.subtype,
                report.actors,
                report.counts,
                None,
                None,
            );
            return;
        }
        let topic_only = triggers.iter().all(|t| t.venue == Venue::Topic);
        if !strong || (report.kind == EventKind::Meeting && topic_only && report.actors.len() < 2) {
            return;
        }
        // Talks named by a noun alone, with no day and no place ("press ahead with talks
        // on …"), are a process, not a meeting to pin.
        if report.kind == EventKind::Meeting
            && !report.date_stated
            && triggers.iter().all(|t| !t.verbal)
        {
            return;
        }
        // "IDF troops expanded the operation in western Khan Yunis. … An aircraft struck a
        // compound": an incident with no place of its own, the first the story tells, is
        // where the paragraph's earlier sentences put the story.
        if report.kind == EventKind::Incident
            && let Some((m, earlier)) = self.place_in_force(index)
        {
            // "Gunmen drove into the village of Karma early on Thursday. At least 60
            // civilians were killed": the day the earlier sentence states is the story's.
            let time = (!report.date_stated)
                .then(|| self.day_stated_in(earlier))
                .flatten();
            let placement = Placement {
                time,
                ..self.named(m, LocatedBy::EarlierSentence)
            };
            self.record(&report, placement);
            return;
        }
        // An incident goes to the dateline only when the story names no place at all.
        let names_a_place = (0..self.mentions.len()).any(|m| {
            Some(m) != self.dateline && location::can_host_event(self.tokens, self.mentions, m)
        });
        // "DAKAR (Reuters) - … raided a Malian army post at Nampala, near the border with
        // Mauritania": a dateline in a country the story never names again is the
        // bureau's city, not the incident's.
        let bureau = |dateline: usize| {
            let country = self
                .gazetteer
                .place(self.mentions[dateline].place)
                .country_code;
            let mut others = self
                .mentions
                .iter()
                .enumerate()
                .filter(|&(m, _)| m != dateline)
                .map(|(_, mention)| self.gazetteer.place(mention.place).country_code)
                .peekable();
            others.peek().is_some() && others.all(|other| other != country)
        };
        if let Some(dateline) = self
            .dateline
            .filter(|&d| report.kind != EventKind::Incident || !names_a_place && !bureau(d))
        {
            let placement = self.named(dateline, LocatedBy::Dateline);
            self.record(&report, placement);
            return;
        }
        // The host is the office holder met: named right after the trigger, before the
        // clause goes on ("met the President of Iran", not "… making him the first US
        // Secretary of State to do so").
        let sentence = self.sentences[index];
        let object_end = (anchor.end..sentence.end.min(anchor.end + 10))
            .find(|&i| matches!(self.tokens[i].text, "," | ";" | "."))
            .unwrap_or(sentence.end.min(anchor.end + 10));
        let seats = |span| {
            placement::party_seats(
                self.tokens,
                self.mentions,
                &self.by_sentence[index],
                self.gazetteer,
                span,
            )
            .first()
            .map(|&(_, seat)| seat)
        };
        // "The Kurdistan Region's Prime Minister received the French consul": a host's
        // guest comes to the host.
        let host_seat = triggers
            .iter()
            .find(|t| t.host && t.strong)
            .and_then(|t| seats((sentence.first, t.first)));
        // "Travel of the Foreign Minister of Norway", "Official travel record: Secretary of
        // Foreign Affairs of Mexico": the office named with a visit is the traveller's,
        // and a visit is away from home; only a host's seat places it.
        if host_seat.is_none() && anchor.subtype == "visit" {
            return;
        }
        // "The Crown Prince received at Gudaibiya Palace the British Minister of State": the
        // object of a verb of hosting is the guest, whose seat is where the guest came from.
        // (An ambassador received is met in the country they serve in: "received the
        // Ambassador of Japan to Kenya" is in Nairobi.)
        let ambassador_met = (anchor.end..object_end)
            .any(|i| matches!(self.tokens[i].key.as_str(), "ambassador" | "ambassadors"));
        if host_seat.is_none() && !ambassador_met && triggers.iter().any(|t| t.host && t.strong) {
            return;
        }
        if report.kind == EventKind::Meeting
            && let Some(seat) = host_seat.or_else(|| seats((anchor.end, object_end)))
        {
            let placement = Placement {
                place: seat,
                named: None,
                mention: None,
                located_by: LocatedBy::Capital,
                time: None,
            };
            self.record(&report, placement);
        }
    }
}

impl Extraction<'_, '_> {
    /// The targets listed after each verb of attack in the clause (see
    /// [`placement::further_targets`]), support verbs included ("were targeted").
    fn targets_after_verbs<'a>(
        &'a self,
        triggers: &'a [Trigger],
        mentions: &'a [usize],
    ) -> impl Iterator<Item = usize> + 'a {
        triggers
            .iter()
            .filter(|t| t.verbal && t.kind == EventKind::Incident)
            .flat_map(move |verb| {
                placement::further_targets(
                    self.tokens,
                    self.mentions,
                    mentions,
                    verb.end,
                    self.gazetteer,
                )
            })
    }

    /// The first day sentence `index` states for what it tells (not a reporting day, not a
    /// month or a year).
    fn day_stated_in(&self, index: usize) -> Option<TimeExpression> {
        let sentence = self.sentences[index];
        super::dates::find_time_expressions(
            self.tokens,
            sentence.first,
            sentence.end,
            self.article.date,
        )
        .into_iter()
        .find(|e| !e.reporting && !e.coarse && !e.since)
    }

    /// The last place that can host an event (a point or a district, not a country or
    /// province) named in the two sentences before `index`, within its paragraph, with
    /// the sentence that names it.
    fn place_in_force(&self, index: usize) -> Option<(usize, usize)> {
        let text = self.article.text.as_bytes();
        for earlier in (index.saturating_sub(2)..index).rev() {
            // A blank line between the sentences ends the paragraph.
            let gap =
                &text[self.sentences[earlier].end_byte..self.sentences[earlier + 1].start_byte];
            if gap.windows(2).any(|w| w == b"\n\n") {
                return None;
            }
            let found = self.by_sentence[earlier].iter().rev().copied().find(|&m| {
                let place = self.gazetteer.place(self.mentions[m].place);
                (place.is_point() || place.is_district())
                    && Some(m) != self.dateline
                    && location::can_host_event(self.tokens, self.mentions, m)
            });
            if let Some(m) = found {
                return Some((m, earlier));
            }
        }
        None
    }
}

/// The stated day nearest a trigger in its clause, if any ("visited Mosul and Erbil on
/// 29 August").
fn nearest_stated(trigger: &Trigger, times: &[TimeExpression]) -> Option<TimeExpression> {
    times
        .iter()
        .filter(|e| !e.reporting && !e.coarse)
        .min_by_key(|e| {
            if e.first >= trigger.end {
                e.first - trigger.end
            } else {
                trigger.first.saturating_sub(e.end)
            }
        })
        .copied()
}
