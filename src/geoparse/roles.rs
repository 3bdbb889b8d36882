//! Roles: how each resolved name is used (see [`super::Role`]).

use super::resolve::Resolved;
use super::{Mention, Role};
use crate::gazetteer::{Gazetteer, PlaceKind};
use crate::lexicon::organisations::NamedOrganisation;
use crate::lexicon::{
    self, GOVERNMENT_VERBS, MODIFIED_NOUNS, ORGANISATION_HEADS, TITLE_WORDS, VERB_AUXILIARIES,
};
use crate::text::{Gap, Shape, Token};

pub(super) fn assign_roles(
    resolved: Vec<Resolved>,
    tokens: &[Token<'_>],
    gazetteer: &Gazetteer,
    dateline: Option<(usize, usize)>,
    publisher: Option<(usize, usize)>,
    organisations: &[NamedOrganisation],
) -> Vec<Mention> {
    let spans: Vec<(usize, usize)> = resolved
        .iter()
        .map(|r| (r.spot.first, r.spot.end))
        .collect();
    resolved
        .into_iter()
        .enumerate()
        .filter_map(|(index, r)| {
            let place = r.scored.first()?.place;
            let (first, end) = (r.spot.first, r.spot.end);
            let start = tokens[first].start;
            let end_byte = tokens[end - 1].end;
            let within = |span: Option<(usize, usize)>| {
                span.is_some_and(|(s, e)| start >= s && end_byte <= e)
            };
            let in_dateline = within(dateline);
            let kind = gazetteer.place(place).kind;
            let possessive = tokens
                .get(end)
                .is_some_and(|t| t.gap == Gap::None && t.is_possessive_mark());
            let role = if within(publisher) {
                // "DAMASCUS (Levant Desk) –": the publisher's name.
                Role::InName
            } else if in_dateline {
                Role::Dateline
            } else if r.spot.demonym {
                Role::Demonym
            } else if in_compound(&spans, index, tokens)
                || governs_verb(tokens, end, possessive)
                || object_of_pressure(tokens, first, kind)
                || agent_of_a_passive(tokens, first, gazetteer.place(place))
            {
                if matches!(kind, PlaceKind::Site) {
                    Role::Literal
                } else {
                    Role::Metonym
                }
            } else if inside_name(
                tokens,
                first,
                end,
                kind == PlaceKind::Admin1 && gazetteer.place(place).country_code != "US",
            )
                // "the Jalisco New Generation Cartel": part of a group's name.
                || organisations.iter().any(|&(s, e, _)| s <= first && end <= e)
            {
                Role::InName
            } else {
                Role::Literal
            };
            let modifier = role == Role::Demonym
                || tokens.get(end).is_some_and(|t| {
                    t.gap == Gap::Space
                        && (t.shape == Shape::Lower
                            && MODIFIED_NOUNS.contains(&t.key)
                            // "El Fasher market", "Hodeidah port": a town's spot.
                            && !(kind == PlaceKind::City && lexicon::SPOT_NOUNS.contains(&t.key))
                            // "the Borisoglebsk military airfield": a facility in the town.
                            && !(kind == PlaceKind::City
                                && t.key == "military"
                                && tokens.get(end + 1).is_some_and(|n| {
                                    lexicon::MILITARY_FACILITIES.contains(&n.key)
                                }))
                            // "the Tikhoretsk oil pumping station": works in the town.
                            && !(kind == PlaceKind::City
                                && tokens[end + 1..tokens.len().min(end + 4)]
                                    .iter()
                                    .any(|n| lexicon::WORKS.contains(&n.key)))
                            || t.is_cap() && TITLE_WORDS.contains(&t.key)
                            // "Statement on U.S. Strikes in Iraq": a title-case headline.
                            || kind == PlaceKind::Country
                                && t.is_cap()
                                && MODIFIED_NOUNS.contains(&t.key))
                })
                || kind == PlaceKind::Country && attributive(tokens, first, end)
                || modifies_with_another(tokens, end, kind == PlaceKind::Country);
            Some(Mention {
                start,
                end: end_byte,
                first_token: first,
                end_token: end,
                place,
                candidates: r.scored,
                pin: None,
                offset: super::offset::stated_before(tokens, first),
                corrected_by: None,
                role,
                possessive,
                modifier,
                confidence: r.confidence,
            })
        })
        .collect()
}

/// A country's name inside a noun phrase, before its head noun: "three U.S. positions",
/// "the Iraq war", "a Syria policy" (a determiner or number before, a lowercase word
/// after that is not a function word). The phrase is about something of the country's,
/// not a place in it; "struck the Erbil airport" keeps Erbil (cities are not read so).
fn attributive(tokens: &[Token<'_>], first: usize, end: usize) -> bool {
    let Some(before) = first.checked_sub(1).map(|i| &tokens[i]) else {
        return false;
    };
    let determiner = before.shape == Shape::Number || lexicon::DETERMINERS.contains(&before.key);
    determiner
        && tokens.get(end).is_some_and(|t| {
            t.gap == Gap::Space
                && t.shape == Shape::Lower
                && !lexicon::PHRASE_ENDERS.contains(&t.key)
        })
}

/// "attacks against U.S. and Coalition personnel", "U.S. and allied forces", "Iraq and
/// Syria policy": the place is one of two modifiers of one noun. A lowercase modifier
/// joins only a country ("struck Erbil and displaced people" keeps Erbil).
fn modifies_with_another(tokens: &[Token<'_>], end: usize, country: bool) -> bool {
    if tokens.get(end).is_none_or(|t| t.key != "and") {
        return false;
    }
    let names = tokens[end + 1..]
        .iter()
        .take(3)
        .take_while(|t| {
            t.is_cap()
                || country
                    && t.shape == Shape::Lower
                    && !MODIFIED_NOUNS.contains(&t.key)
                    && !lexicon::DETERMINERS.contains(&t.key)
                    && !lexicon::PHRASE_ENDERS.contains(&t.key)
        })
        .count();
    names > 0
        && tokens.get(end + 1 + names).is_some_and(|t| {
            t.gap == Gap::Space && t.shape == Shape::Lower && MODIFIED_NOUNS.contains(&t.key)
        })
}

/// "Baghdad-Washington", "Iran-backed", "US-led": a place hyphenated to another place or
/// to a lowercase word is a modifier standing for a government.
fn in_compound(spans: &[(usize, usize)], index: usize, tokens: &[Token<'_>]) -> bool {
    let (first, end) = spans[index];
    let joined_before = hyphen_joined(tokens, first) && index > 0 && spans[index - 1].1 == first;
    let joined_after = hyphen_joined(tokens, end)
        && (spans.get(index + 1).is_some_and(|s| s.0 == end)
            || tokens.get(end).is_some_and(|t| t.shape == Shape::Lower));
    // "the Charsadda-Peshawar road", "the Baghdad-Erbil highway": the ends of a route are
    // places, not governments.
    let mut last = index;
    while spans
        .get(last + 1)
        .is_some_and(|s| s.0 == spans[last].1 && hyphen_joined(tokens, s.0))
    {
        last += 1;
    }
    let route = tokens.get(spans[last].1).is_some_and(|t| {
        t.shape == Shape::Lower && (lexicon::THOROUGHFARES.contains(&t.key) || t.key == "railway")
    });
    (joined_before || joined_after) && !route
}

/// "gangs directed by Belgrade", "militias backed by Tehran": a country or a capital as
/// the agent of a passive acts as its government.
fn agent_of_a_passive(tokens: &[Token<'_>], first: usize, place: &crate::gazetteer::Place) -> bool {
    let government = place.kind == PlaceKind::Country || place.feature_code == "PPLC";
    government && first >= 2 && tokens[first - 1].key == "by" && {
        let verb = &tokens[first - 2];
        // ("talks hosted by Qatar" are in Qatar.)
        verb.shape == Shape::Lower
            && verb.key != "hosted"
            && (verb.key.ends_with("ed") || lexicon::PASSIVE_PARTICIPLES.contains(&verb.key))
    }
}

/// "Baghdad said", "Tehran has been", "Washington has pressed": the name is the subject of
/// a verb of speech or policy.
fn governs_verb(tokens: &[Token<'_>], end: usize, possessive: bool) -> bool {
    if possessive {
        return false;
    }
    for i in end..end + 3 {
        let Some(token) = tokens.get(i) else {
            return false;
        };
        if token.shape != Shape::Lower {
            return false;
        }
        if GOVERNMENT_VERBS.contains(&token.key) {
            return true;
        }
        if !VERB_AUXILIARIES.contains(&token.key) {
            return false;
        }
        if token.key == "been"
            || token.key == "has" && tokens.get(i + 1).is_some_and(|n| n.key == "been")
        {
            return true;
        }
    }
    false
}

/// "Washington has pressed Baghdad", "urged Tehran": a capital or country as the object
/// of a verb of pressure stands for its government.
fn object_of_pressure(tokens: &[Token<'_>], first: usize, kind: PlaceKind) -> bool {
    const VERBS: &[&str] = &[
        "pressed",
        "pressing",
        "urged",
        "urging",
        "accused",
        "accusing",
        "warned",
        "warning",
        "asked",
        "told",
        "blamed",
        "blaming",
        "sanctioned",
        "criticised",
        "criticized",
        "condemned",
        "thanked",
        "praised",
        "pressured",
        "pressuring",
        "lobbied",
    ];
    let capital_or_country = matches!(kind, PlaceKind::Country | PlaceKind::City);
    capital_or_country
        && first
            .checked_sub(1)
            .and_then(|p| tokens.get(p))
            .is_some_and(|p| p.shape == Shape::Lower && VERBS.contains(&p.key.as_str()))
}

/// "Paris Police Department", "Kurdistan 24", "Kurdistan Region President", "Consul
/// General Erbil", "Ambassador to Iraq": the place is part of a name or a title.
/// `division`: the place is a first-level division outside the US, so a capitalised
/// division word after it ("Lamu County", "Kirkuk Province") is its kind, not the head of
/// an organisation's name, unless another capitalised word follows ("Lamu County
/// Government"). American usage differs: "Ohio State" is a university.
fn inside_name(tokens: &[Token<'_>], first: usize, end: usize, division: bool) -> bool {
    // "the tanker Chios Lion", "the vessel Galaxy Leader": a ship's name after its noun.
    let after_vessel_noun = first.checked_sub(1).is_some_and(|p| {
        tokens[p].shape == Shape::Lower && lexicon::VESSEL_NOUNS.contains(&tokens[p].key)
    });
    if after_vessel_noun
        && tokens
            .get(end)
            .is_some_and(|t| t.gap == Gap::Space && t.is_cap())
    {
        return true;
    }
    if let Some(next) = tokens.get(end).filter(|t| t.gap == Gap::Space) {
        // "the Saba news agency", "the al-Masirah channel": a lowercase head names a
        // medium.
        let heads_a_medium = matches!(
            next.key.as_str(),
            "news"
                | "agency"
                | "newspaper"
                | "channel"
                | "television"
                | "radio"
                | "website"
                | "outlet"
                | "daily"
        );
        let names_the_division = division
            && lexicon::ADMIN1_SUFFIXES.contains(&next.key)
            && tokens
                .get(end + 1)
                .is_none_or(|t| t.gap != Gap::Space || !t.is_cap());
        let heads_a_name = heads_a_medium
            || next.is_cap()
                && !names_the_division
                && (ORGANISATION_HEADS.contains(&next.key) || TITLE_WORDS.contains(&next.key));
        if heads_a_name || next.shape == Shape::Number {
            return true;
        }
        // "the Druzhba hotel in central Pokrovsk", "the al-Awda hospital in Jabalia": a
        // building named after a place, and the text says where the building is.
        if next.shape == Shape::Lower && lexicon::NAMED_BUILDINGS.contains(&next.key) {
            let located = tokens.get(end + 1).is_some_and(|t| t.key == "in")
                && tokens[end + 2..tokens.len().min(end + 4)]
                    .iter()
                    .any(|t| t.is_cap());
            if located {
                return true;
            }
        }
    }
    // "the Yemeni Armed Forces (Sanaa)", "Ministry of Defence (Moscow)": the seat in a
    // body's name, as a dateline's publisher is.
    let bracketed = first >= 2
        && tokens[first - 1].text == "("
        && tokens.get(end).is_some_and(|t| t.text == ")")
        && tokens[first - 2].is_cap()
        && ORGANISATION_HEADS.contains(&tokens[first - 2].key);
    if bracketed {
        return true;
    }
    let mut i = first;
    // "the Consul General in Erbil", "the UN envoy in Yemen" name a posting; "met the
    // President in Tokyo" says where they met.
    let mut after_in = false;
    for _ in 0..3 {
        let Some(previous) = i.checked_sub(1).and_then(|p| tokens.get(p)) else {
            return false;
        };
        if tokens[i].gap != Gap::Space {
            return false;
        }
        if previous.is_cap()
            && TITLE_WORDS.contains(&previous.key)
            && (!after_in || POSTED_TITLES.contains(&previous.key.as_str()))
        {
            return true;
        }
        after_in |= previous.key == "in";
        // "the US Embassy in Baghdad" is a name; "Istiklal Avenue in Istanbul" is a street
        // in the city.
        if previous.is_cap()
            && ORGANISATION_HEADS.contains(&previous.key)
            && !lexicon::THOROUGHFARES.contains(&previous.key)
        {
            return (previous.key != "state" || i != first) && !counted_members(tokens, i - 1);
        }
        if !matches!(previous.key.as_str(), "to" | "of" | "in" | "for" | "the") {
            return false;
        }
        i -= 1;
    }
    false
}

/// "killed two Revolutionary Guards in Sarpol-e Zahab", "3 Border Guards in …": a number
/// before the capitalised name that ends at `head` counts the body's members, who are
/// people at the place, not the body whose seat the place would name.
fn counted_members(tokens: &[Token<'_>], head: usize) -> bool {
    let mut i = head;
    while i > 0 && tokens[i].is_cap() && tokens[i].gap == Gap::Space {
        i -= 1;
    }
    i < head
        && (tokens[i].shape == Shape::Number
            || tokens[i].shape == Shape::Lower && lexicon::small_number(&tokens[i].key).is_some())
}

/// Titles of people posted to a place, whose office "in <place>" names: "Consul General
/// in Erbil", "Special Representative in Iraq", "Head of Mission in Kabul".
const POSTED_TITLES: &[&str] = &[
    "ambassador",
    "ambassadors",
    "envoy",
    "consul",
    "consulgeneral",
    "general",
    "representative",
    "commissioner",
    "coordinator",
    "head",
    "chief",
    "commander",
    "director",
];

/// Whether the token before `i` is joined to it by a hyphen (compound names).
fn hyphen_joined(tokens: &[Token<'_>], i: usize) -> bool {
    tokens.get(i).is_some_and(|t| t.gap == Gap::Hyphen)
}
