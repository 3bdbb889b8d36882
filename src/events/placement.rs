//! Where an event is when its trigger's own place is not the whole answer: the seats of
//! the governments a call or meeting involves, places listed together ("struck Kfarkela
//! and Khiam"), stops of an itinerary ("Baghdad (12 Oct.); Beirut (12–13 Oct.)") and the
//! heading of a record ("Niamey, Niger | Met with President Bazoum").
//!
//! Everything here reads the sentence's place mentions and tokens only; which of these
//! answers an event takes is decided in [`super`].

use super::dates::TimeExpression;
use super::location::can_host_event;
use super::vocabulary::cue_list;
use crate::gazetteer::{Gazetteer, PlaceId, PlaceKind};
use crate::geoparse::{Mention, Role};
use crate::lexicon::TITLE_WORDS;
use crate::lexicon::leaders::leader_at;
use crate::text::{Gap, Shape, Token};

/// Whether a title word stands in `tokens[from..to]` ("President", "Foreign Minister",
/// "crown prince").
fn title_in(tokens: &[Token<'_>], from: usize, to: usize) -> bool {
    tokens
        .get(from..to.min(tokens.len()))
        .is_some_and(|run| run.iter().any(|t| TITLE_WORDS.contains(&t.key)))
}

/// The mention qualifies an office holder: "U.S. President Donald Trump", "Turkish
/// Foreign Minister", "Abu Dhabi crown prince", "Iran's foreign minister", "Prime
/// Minister of Japan", "Amir of the State of Qatar", "King Abdullah II of Jordan".
fn qualifies_office(
    tokens: &[Token<'_>],
    mentions: &[Mention],
    mention: &Mention,
    gazetteer: &Gazetteer,
) -> bool {
    let after = mention.end_token + usize::from(mention.possessive);
    if title_in(tokens, after, after + 2) {
        return true;
    }
    // "Sweden's Andersson, Finland's Marin talk by phone": in headline style a country's
    // possessive before a bare surname names its leader. The mention after a country's
    // possessive is its place ("Yemen's Zaydiyah"), so only a word that no mention starts.
    if mention.possessive
        && mention.role == Role::Literal
        && gazetteer.place(mention.place).kind == PlaceKind::Country
        && tokens
            .get(after)
            .is_some_and(|t| t.shape == Shape::Capitalized && t.gap == Gap::Space)
        && tokens.get(after + 1).is_none_or(|t| {
            matches!(t.text, "," | ":") || t.key == "and" || t.shape == Shape::Lower
        })
        && !mentions.iter().any(|m| m.first_token == after)
    {
        return true;
    }
    // "<title> [Name] of [the] [Republic of] <place>".
    let mut i = mention.first_token;
    let mut steps = 0;
    while i > 0 && steps < 4 {
        i -= 1;
        steps += 1;
        match tokens[i].key.as_str() {
            "of" => {
                let from = i.saturating_sub(4);
                if title_in(tokens, from, i) {
                    return true;
                }
            }
            "the" | "state" | "republic" | "kingdom" | "islamic" | "federal" | "arab" => {}
            _ if tokens[i].is_cap() => {}
            _ => return false,
        }
    }
    false
}

/// The seats of the governments whose office holders `tokens[from..to]` names (with
/// `sentence_mentions`, its place mentions), in text order and without repeats: Washington
/// for "U.S. President Donald Trump" or "Biden", Washington for "U.S. President Donald Trump", Tokyo for "Prime
/// Minister of Japan", Erbil for "Kurdistan Region Prime Minister", Abu Dhabi for "Abu
/// Dhabi crown prince".
pub fn party_seats(
    tokens: &[Token<'_>],
    mentions: &[Mention],
    sentence_mentions: &[usize],
    gazetteer: &Gazetteer,
    (from, to): (usize, usize),
) -> Vec<(usize, PlaceId)> {
    // (token where the party is named, seat)
    let mut found: Vec<(usize, PlaceId)> = Vec::new();
    // "received the Ambassador of the Russian Federation to Azerbaijan": an ambassador
    // serves in the country they are accredited to, so that seat is where one meets them.
    let mut posting: Option<PlaceId> = None;
    for &m in sentence_mentions {
        let mention = &mentions[m];
        let accredited_to = mention.first_token > from
            && mention.first_token < to
            && tokens[mention.first_token - 1].key == "to"
            && (mention.first_token.saturating_sub(9).max(from)..mention.first_token - 1)
                .any(|i| matches!(tokens[i].key.as_str(), "ambassador" | "ambassadors"));
        if accredited_to && posting.is_none() {
            posting = gazetteer.seat(mention.place);
        }
        if mention.first_token < from
            || mention.first_token >= to
            || !qualifies_office(tokens, mentions, mention, gazetteer)
        {
            continue;
        }
        if let Some(seat) = gazetteer.seat(mention.place) {
            found.push((mention.first_token, seat));
        }
    }
    // Office holders named without their country ("Biden spoke with Erdogan").
    let mut i = from;
    while i < to {
        match leader_at(tokens, i) {
            Some((end, country)) => {
                if let Some(seat) = gazetteer.country(country).and_then(|c| gazetteer.seat(c)) {
                    found.push((i, seat));
                }
                i = end;
            }
            None => i += 1,
        }
    }
    found.sort_by_key(|&(at, _)| at);
    // "The Ruler of Ras Al Khaimah received the Ambassador of Finland to the UAE": a host
    // seated in the country of the posting is met at their own seat.
    let posting = posting.filter(|&seat| {
        let country = gazetteer.place(seat).country_code;
        !found
            .iter()
            .any(|&(_, s)| s != seat && gazetteer.place(s).country_code == country)
    });
    if let Some(seat) = posting {
        found.retain(|&(_, s)| s != seat);
        found.insert(0, (from, seat));
    }
    let mut seats: Vec<(usize, PlaceId)> = Vec::new();
    for (at, seat) in found {
        if !seats.iter().any(|&(_, s)| s == seat) {
            seats.push((at, seat));
        }
    }
    seats
}

/// Words that may join places listed together: "Kfarkela and Khiam", "Al Qaim, Iraq, and
/// Al Bukamal", "the towns of A, B and C".
fn joins_places(token: &Token<'_>) -> bool {
    matches!(token.text, "," | "&" | "/")
        || matches!(
            token.key.as_str(),
            "on" | "at" | "several" | "districts" | "parts"
        )
        || matches!(
            token.key.as_str(),
            "and"
                | "or"
                | "as"
                | "well"
                | "the"
                | "of"
                | "town"
                | "towns"
                | "village"
                | "villages"
                | "city"
                | "cities"
                | "area"
                | "areas"
                | "camp"
                | "camps"
                | "also"
                | "then"
                | "in"
                | "near"
        )
}

/// Whether `mention` only qualifies the place before it ("Al Qaim, Iraq"): a country or
/// province after a comma that contains that place, or a district named by its seat that
/// contains it ("Velykyi Burluk in Kupiansk district").
fn is_qualifier(
    gazetteer: &Gazetteer,
    mentions: &[Mention],
    previous: &Mention,
    mention: &Mention,
    tokens: &[Token<'_>],
) -> bool {
    let (outer, inner) = (
        gazetteer.place(mention.place),
        gazetteer.place(previous.place),
    );
    if super::location::district_holds(tokens, mention, previous, gazetteer) {
        return true;
    }
    let after_comma = mention
        .first_token
        .checked_sub(1)
        .is_some_and(|p| tokens[p].text == ",");
    if after_comma
        && matches!(
            outer.kind,
            PlaceKind::Country | PlaceKind::Admin1 | PlaceKind::Region
        )
        && outer.country_code == inner.country_code
        && (outer.kind != PlaceKind::Admin1 || outer.admin1 == inner.admin1)
    {
        return true;
    }
    // "clashed in Talipao, Sulu on June 5": a town after a comma in the same province,
    // with no list around the pair (a list of places runs on with a comma or ends in
    // "and"/"or": "Kfarkela, Khiam and Aitaroun"), says where the one before it lies.
    let list_goes_on = tokens
        .get(mention.end_token)
        .is_some_and(|t| matches!(t.text, "," | "and" | "or" | "&"));
    let list_before = mentions.iter().any(|m| {
        m.end_token < previous.first_token
            && m.end_token + 1 == previous.first_token
            && matches!(tokens[m.end_token].text, "," | "and" | "or")
    });
    after_comma
        && outer.is_point()
        && (inner.is_point() || inner.is_district())
        && outer.country_code == inner.country_code
        && !outer.admin1.is_empty()
        && outer.admin1 == inner.admin1
        && !list_goes_on
        && !list_before
}

/// The places listed together with `chosen` in its clause (`clause_mentions`, text
/// order), each a place an event of its own: "strikes on Kfarkela and Khiam", "visited
/// Mosul and Erbil". Only pins (cities, sites), only mentions that can host an event.
pub fn listed_with(
    tokens: &[Token<'_>],
    mentions: &[Mention],
    clause_mentions: &[usize],
    chosen: usize,
    gazetteer: &Gazetteer,
    countries_too: bool,
) -> Vec<usize> {
    let Some(at) = clause_mentions.iter().position(|&m| m == chosen) else {
        return Vec::new();
    };
    // "on the road between Muqdadiyah and Baladruz": one place between two, not two.
    let between = |m: usize| {
        mentions[m]
            .first_token
            .checked_sub(1)
            .is_some_and(|p| tokens[p].key == "between")
    };
    let joined = |a: usize, b: usize| {
        let (left, right) = (&mentions[a], &mentions[b]);
        right.first_token >= left.end_token
            && right.first_token - left.end_token <= 5
            && tokens[left.end_token + usize::from(left.possessive)..right.first_token]
                .iter()
                // "talks in Jeddah on Sudan": after a meeting, "on" names its topic.
                .all(|t| joins_places(t) && !(countries_too && t.key == "on"))
    };
    // Pins; for visits also countries (their seats); divisions too ("on the capital Sanaa
    // and on several districts of Hodeidah province").
    let pin = |m: usize| {
        let place = gazetteer.place(mentions[m].place);
        let division = matches!(place.kind, PlaceKind::Admin1) || place.is_district();
        (place.is_point() || division || countries_too && place.kind == PlaceKind::Country)
            && can_host_event(tokens, mentions, m)
    };
    let mut listed = Vec::new();
    // Walk right, then left, over joiners and qualifiers.
    for direction in [1isize, -1] {
        let mut last = at;
        let mut i = at as isize + direction;
        while let Some(&m) = usize::try_from(i).ok().and_then(|i| clause_mentions.get(i)) {
            let (left, right) = if direction > 0 {
                (clause_mentions[last], m)
            } else {
                (m, clause_mentions[last])
            };
            if !joined(left, right) || between(left) {
                break;
            }
            if is_qualifier(
                gazetteer,
                mentions,
                &mentions[left],
                &mentions[right],
                tokens,
            ) {
                // "Al Qaim, Iraq, and …": the country qualifies, the list goes on.
                last = usize::try_from(i).unwrap_or(last);
                i += direction;
                continue;
            }
            if !pin(m) {
                break;
            }
            listed.push(m);
            last = usize::try_from(i).unwrap_or(last);
            i += direction;
        }
    }
    listed.retain(|&m| mentions[m].place != mentions[chosen].place);
    listed.sort_unstable();
    listed.dedup();
    listed
}

/// Stops of an itinerary in the sentence: a place followed by its date in brackets or
/// after a comma ("Baghdad (12 Oct. 2023); Beirut (12–13 Oct.)", "Tel Aviv again
/// (October 16)", "London, 25–27 March 2024 (…); Paris, 28 March 2024").
pub fn itinerary_stops(
    tokens: &[Token<'_>],
    mentions: &[Mention],
    sentence_mentions: &[usize],
    times: &[TimeExpression],
    gazetteer: &Gazetteer,
) -> Vec<(usize, TimeExpression)> {
    let text = |i: usize| tokens.get(i).map_or("", |t| t.text);
    sentence_mentions
        .iter()
        .filter(|&&m| gazetteer.place(mentions[m].place).is_point())
        .filter(|&&m| can_host_event(tokens, mentions, m))
        .filter_map(|&m| {
            let mut open = mentions[m].end_token;
            if tokens.get(open).is_some_and(|t| t.key == "again") {
                open += 1;
            }
            // "visited Maseru, Lesotho from 12 to 13 July, and Mbabane, Eswatini on 14
            // July": past the country, the stop's own days.
            if text(open) == ","
                && let Some(country) = mentions.iter().find(|c| {
                    c.first_token == open + 1
                        && gazetteer.place(c.place).kind == crate::gazetteer::PlaceKind::Country
                })
            {
                let after = country.end_token;
                if matches!(
                    tokens.get(after).map(|t| t.key.as_str()),
                    Some("from" | "on")
                ) {
                    return times
                        .iter()
                        .find(|t| (t.first == after || t.first == after + 1) && !t.coarse)
                        .map(|t| (m, *t));
                }
            }
            match text(open) {
                "(" => {
                    let time = times.iter().find(|t| t.first == open + 1)?;
                    let close = time.end + usize::from(text(time.end) == ".");
                    (text(close) == ")").then_some((m, *time))
                }
                "," => times
                    .iter()
                    .find(|t| t.first == open + 1 && !t.coarse)
                    .map(|t| (m, *t)),
                _ => None,
            }
        })
        .collect()
}

/// More venues of one meeting trigger: "met King Abdullah II in Amman, Foreign Minister
/// Katz in Jerusalem and Prime Minister Shtayyeh in Ramallah" — every pin right after
/// "in" or "at" that follows the trigger in its clause, up to a topic word.
pub fn further_venues(
    tokens: &[Token<'_>],
    mentions: &[Mention],
    clause_mentions: &[usize],
    after: usize,
    gazetteer: &Gazetteer,
) -> Vec<usize> {
    // Up to a topic ("discussed …"), a subordinate clause ("a day after hosting …",
    // "where …"), a phrase of things to come ("ahead of …") or the next clause.
    let topic = (after..tokens.len()).find(|&i| {
        matches!(
            tokens[i].key.as_str(),
            "discussed"
                | "discussing"
                | "about"
                | "regarding"
                | "concerning"
                | "covered"
                | "where"
                | "when"
                | "while"
                | "which"
                | "who"
        ) || tokens[i].text == ";"
            || cue_list!("reference_cues").contains(&tokens[i].key)
            // "… ahead of a summit in Tehran": a place of things to come.
            || super::trigger_context::any_phrase_at(tokens, i, tokens.len(), cue_list!("future_before"))
    });
    clause_mentions
        .iter()
        .copied()
        .filter(|&m| {
            let mention = &mentions[m];
            mention.first_token > after
                && topic.is_none_or(|t| mention.first_token < t)
                && mention
                    .first_token
                    .checked_sub(1)
                    .is_some_and(|p| matches!(tokens[p].key.as_str(), "in" | "at"))
                && gazetteer.place(mention.place).is_point()
                && can_host_event(tokens, mentions, m)
        })
        .collect()
}

/// More targets of one attack: "struck compounds in the areas of Aitaroun and Kfarkela and
/// an observation post near Khiam" — every pin after the trigger in its clause introduced
/// by "in", "near", "at" or "the area(s)/village(s)/town(s) of", up to a subordinate
/// clause ("from which …", "where …", "after …").
pub fn further_targets(
    tokens: &[Token<'_>],
    mentions: &[Mention],
    clause_mentions: &[usize],
    after: usize,
    gazetteer: &Gazetteer,
) -> Vec<usize> {
    // "Among the sites struck were facilities near A": a copula right after the verb
    // opens its targets, not a clause of its own.
    let stop = (after..tokens.len()).find(|&i| {
        matches!(tokens[i].text, ";" | ".")
            || i > after && cue_list!("target_list_enders").contains(&tokens[i].key)
            || cue_list!("reference_cues").contains(&tokens[i].key)
    });

    let introduced = |first: usize, end: usize| {
        let word = |back: usize| first.checked_sub(back).map(|i| tokens[i].key.as_str());
        // "struck the Borisoglebsk airfield … and the Yeysk airfield": a second object of
        // the verb, a facility named after its town.
        let facility_after = tokens.get(end).is_some_and(|t| {
            crate::lexicon::MILITARY_FACILITIES.contains(&t.key)
                || crate::lexicon::SPOT_NOUNS.contains(&t.key)
        });
        matches!(word(1), Some("in" | "near" | "at"))
            || word(1) == Some("the") && word(2) == Some("and") && facility_after
            || word(1) == Some("of")
                && matches!(
                    word(2),
                    Some(
                        "area" | "areas" | "village" | "villages" | "town" | "towns" | "city"
                            | "cities" | "outskirts"
                    )
                )
                // "the areas of Aitaroun", not "the Mussafah industrial area of Abu Dhabi"
                // (there the place after "of" contains the one before).
                && !mentions.iter().any(|m| {
                    m.end_token + 3 >= first.saturating_sub(2) && m.end_token <= first - 2
                })
    };
    let mut found = Vec::new();
    for &m in clause_mentions {
        let mention = &mentions[m];
        if mention.first_token <= after || stop.is_some_and(|s| mention.first_token >= s) {
            continue;
        }
        // "the village of Velykyi Burluk in Kupiansk district": the district, named by its
        // seat, says where the target before it is.
        let holds_the_previous = clause_mentions
            .iter()
            .rev()
            .find(|&&p| mentions[p].end_token <= mention.first_token)
            .is_some_and(|&p| {
                super::location::district_holds(tokens, mention, &mentions[p], gazetteer)
            });
        if introduced(mention.first_token, mention.end_token)
            && !holds_the_previous
            && gazetteer.place(mention.place).is_point()
            && can_host_event(tokens, mentions, m)
        {
            found.push(m);
            found.extend(listed_with(
                tokens,
                mentions,
                clause_mentions,
                m,
                gazetteer,
                false,
            ));
        }
    }
    found
}

/// A heading names the place of the lines under it: a sentence without events whose
/// first words (or the words after a colon) are a place ("Niamey, Niger |", "Munich,
/// Germany.", "Secretary Pompeo: Cairo, Egypt, January 10–11, 2019.").
pub fn heading_place(
    tokens: &[Token<'_>],
    mentions: &[Mention],
    sentence_mentions: &[usize],
    first: usize,
    end: usize,
    gazetteer: &Gazetteer,
) -> Option<usize> {
    if end - first > 30 {
        return None;
    }
    let after_colon = (first..end).find(|&i| tokens[i].text == ":").map(|i| i + 1);
    sentence_mentions.iter().copied().find(|&m| {
        let mention = &mentions[m];
        let starts = mention.first_token <= first + 1 || Some(mention.first_token) == after_colon;
        starts
            && gazetteer.place(mention.place).is_point()
            && can_host_event(tokens, mentions, m)
            && tokens
                .get(mention.end_token)
                .is_none_or(|t| matches!(t.text, "," | "|" | "." | ":" | "(" | "—" | "–" | "-"))
    })
}
