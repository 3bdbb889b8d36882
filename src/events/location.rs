//! Where an event happened: the place mention its sentence gives as venue or target.
//!
//! Candidates are the sentence's literal place mentions: not the dateline (a filing place
//! is not an event place by reflex), not metonyms ("Baghdad said"), not demonyms, not
//! places inside names or titles, not "Iran's" in "Iran's Revolutionary Guards". Among
//! them the finest and the one introduced by a venue word ("in", "at", "near") wins.

use super::triggers::{Trigger, Venue};
use super::vocabulary::cue_list;
use crate::gazetteer::{Gazetteer, Place, PlaceKind};
use crate::geoparse::{Mention, Role};
use crate::lexicon::VENUE_PREPOSITIONS;
use crate::text::{Gap, Shape, Token};

/// How fine a place is: sites beat cities beat provinces beat countries.
pub fn specificity(gazetteer: &Gazetteer, mention: &Mention) -> f32 {
    let place = gazetteer.place(mention.place);
    match place.kind {
        PlaceKind::Site => 4.0,
        PlaceKind::City if place.feature_code == "PPLX" => 3.5,
        PlaceKind::City => 3.0,
        PlaceKind::Admin1 => 2.0,
        PlaceKind::Region if !place.spans_countries() => 2.0,
        PlaceKind::Region => 0.5,
        PlaceKind::Country => 1.0,
    }
}

/// "the Ukrainian capital", "Somalia's capital", "the capital of Niger": the mention
/// names a country and the phrase its capital city. The event is at the country's seat.
pub fn names_the_capital(tokens: &[Token<'_>], mention: &Mention) -> bool {
    let lower_at = |i: usize, word: &str| {
        tokens
            .get(i)
            .is_some_and(|t| t.shape == Shape::Lower && t.key == word)
    };
    // "the Ukrainian capital", "Somalia's capital" (not "Iraq's Kurdistan capital").
    let after = mention.end_token + usize::from(mention.possessive);
    // A headline drops the article: "Kenyan capital hosts …" at a line's start.
    let introduced = mention.possessive
        || mention
            .first_token
            .checked_sub(1)
            .is_none_or(|p| tokens[p].key == "the")
        || tokens[mention.first_token].line_start;
    let capital_after = introduced && lower_at(after, "capital") && !lower_at(after + 1, "of");
    // "the capital of Niger" (not "the administrative capital of Somalia's Hirshabelle
    // state", a capital of the state).
    let capital_of_before = mention.first_token >= 3
        && !mention.possessive
        && lower_at(mention.first_token - 1, "of")
        && lower_at(mention.first_token - 2, "capital")
        && lower_at(mention.first_token - 3, "the");
    capital_after || capital_of_before
}

/// Whether a mention can be an event's place at all.
pub fn can_host_event(tokens: &[Token<'_>], mentions: &[Mention], index: usize) -> bool {
    let mention = &mentions[index];
    if matches!(mention.role, Role::Literal | Role::Demonym) && names_the_capital(tokens, mention) {
        return true;
    }
    let literal = mention.role == Role::Literal || names_a_building_site(tokens, mention);
    if !literal || mention.modifier {
        return false;
    }
    if is_topic_or_residence(tokens, mention)
        || qualifies_an_office(tokens, mention)
        || places_a_speaker(tokens, mention)
        || qualifies_the_place_before(tokens, mentions, index)
        || qualifies_the_place_after(tokens, mentions, index)
        || far_end_of_a_route(tokens, mentions, index)
        || across_the_border(tokens, mention)
        || launch_origin(tokens, mention)
        || person_origin(tokens, mention)
        || refuge(tokens, mention)
    {
        return false;
    }
    if !mention.possessive {
        return true;
    }
    // "Syria's Idlib province", "Damascus's Mezzeh district": the container yields to the
    // place it introduces; "Iran's Revolutionary Guards" is no place at all; "Erbil's
    // airport" is Erbil.
    let after_possessive = mention.end_token + 1;
    let introduces_place = mentions
        .get(index + 1)
        .is_some_and(|next| next.first_token == after_possessive);
    // "Erbil's airport", "the city's outskirts", "Gaza City's Zeitoun neighbourhood" (a
    // quarter the gazetteer lacks) name a spot; "the Kurdistan Region's counter-terrorism
    // department" and "Iran's Revolutionary Guards" name an institution.
    let introduces_spot = (after_possessive..after_possessive + 3)
        .filter_map(|i| tokens.get(i))
        .any(|t| PLACE_NOUNS.contains(&t.key.as_str()));
    // "in Gaza's Abasan al-Saghira", "near south Lebanon's Majdal Zoun": after a word of
    // location, a capitalised name the gazetteer lacks that is no organisation, title or
    // given name is a village of the container, so the event falls to the container.
    let located = mention
        .first_token
        .checked_sub(1)
        .is_some_and(|p| matches!(tokens[p].key.as_str(), "in" | "near" | "at" | "outside"))
        || mention.first_token >= 2
            && crate::lexicon::COMPASS_POINTS.contains(&tokens[mention.first_token - 1].key)
            && matches!(
                tokens[mention.first_token - 2].key.as_str(),
                "in" | "near" | "at"
            );
    // "Hodeidah's Al-Hali": the name is the word after its hyphenated article ("Al" is
    // also a given name).
    let name_word = match (
        tokens.get(after_possessive),
        tokens.get(after_possessive + 1),
    ) {
        (Some(article), Some(word))
            if crate::lexicon::NAME_PARTICLES.contains(&article.key.as_str())
                && word.gap == Gap::Hyphen =>
        {
            after_possessive + 1
        }
        _ => after_possessive,
    };
    // "jets struck Bekaa's Saraain": the object of an attack's verb is located too.
    let located = located
        || mention
            .first_token
            .checked_sub(1)
            .is_some_and(|p| crate::events::vocabulary::is_act(&tokens[p].key));
    let unknown_village = located
        && tokens.get(name_word).is_some_and(|t| {
            t.shape == Shape::Capitalized
                && !crate::lexicon::TITLE_WORDS.contains(&t.key)
                && !crate::lexicon::is_given_name(&t.key)
                && crate::lexicon::organisations::organisation_at(
                    tokens,
                    after_possessive,
                    tokens.len(),
                )
                .is_none()
        });
    !introduces_place && (introduces_spot || unknown_village)
}

/// Nouns for kinds of places.
const PLACE_NOUNS: &[&str] = &[
    "airport",
    "base",
    "outskirts",
    "centre",
    "center",
    "district",
    "neighbourhood",
    "neighborhood",
    "suburb",
    "suburbs",
    "port",
    "border",
    "north",
    "south",
    "east",
    "west",
    "old",
    "city",
    "streets",
    "square",
    "market",
    "camp",
    "hospital",
    "embassy",
    "compound",
    "oil",
    "field",
    "fields",
    "province",
    "countryside",
    "coast",
    "outpost",
    "garrison",
];

/// "missiles were launched from Iran's East Azerbaijan province", "drones fired from
/// Yemen", "bombers that flew from the continental United States", "drones launched from
/// Houthi-controlled areas around Saada": where an attack came from, not where it struck.
/// The place ends a phrase after "from" that no other preposition ("at", "toward") opens.
fn launch_origin(tokens: &[Token<'_>], mention: &Mention) -> bool {
    let first = mention.first_token;
    let Some(from) = (first.saturating_sub(7)..first)
        .rev()
        .find(|&i| tokens[i].key == "from")
    else {
        return false;
    };
    // The phrase holds no verb: "a drone launched from Iraq was intercepted over the
    // Golan Heights" ends the origin at "was", "… from Yemen struck Tel Aviv" at the act
    // ("Houthi-controlled" is an adjective).
    // A list of origins goes on past commas ("from the Bryansk, Kursk and Oryol regions").
    let in_phrase = tokens[from + 1..first].iter().all(|t| {
        // "from Russia's Kursk region": a possessive container is part of the phrase.
        (t.is_word() || t.text == "-" || t.text == "," || t.is_possessive_mark())
            && !cue_list!("destination_words").contains(&t.key)
            && !crate::lexicon::VERB_AUXILIARIES.contains(&t.key)
            && !super::vocabulary::is_act(&t.key)
            && (!t.key.ends_with("ed") || t.gap == Gap::Hyphen)
    });
    in_phrase
        && (from.saturating_sub(4)..from)
            .any(|i| cue_list!("launch_verbs").contains(&tokens[i].key))
}

/// "a migrant worker from Udon Thani", "a native of Homs": where a person comes from.
fn person_origin(tokens: &[Token<'_>], mention: &Mention) -> bool {
    let Some(link) = mention.first_token.checked_sub(1) else {
        return false;
    };
    let people = cue_list!("origin_people");
    // "25 crew members from several countries, including Bulgaria, Ukraine and Mexico":
    // every name of a list of origins, past the list's other names and its head.
    let mut link = link;
    while link > 0
        && (tokens[link].is_cap()
            || matches!(tokens[link].text, "," | "and")
            || cue_list!("origin_list").contains(&tokens[link].key))
        && tokens[link].key != "from"
    {
        link -= 1;
    }
    match tokens[link].key.as_str() {
        "from" => {
            (link.saturating_sub(3)..link).any(|i| people.contains(&tokens[i].key))
                || counted_from(tokens, link)
        }
        "of" => link >= 1 && tokens[link - 1].key == "native",
        _ => false,
    }
}

/// "Two kolbars (border porters) from Piranshahr were shot", "three fishermen from Deir
/// al-Balah": a counted noun phrase before "from" (no verb, no distance in it) names
/// people or things by their origin, whatever the noun.
fn counted_from(tokens: &[Token<'_>], from: usize) -> bool {
    let start = from.saturating_sub(6);
    let Some(count) = (start..from).find(|&i| {
        tokens[i].shape == crate::text::Shape::Number
            || crate::lexicon::small_number(&tokens[i].key).is_some_and(|n| n >= 2)
    }) else {
        return false;
    };
    tokens[count + 1..from].iter().all(|t| {
        !crate::lexicon::DISTANCE_UNITS.contains(&t.key)
            && !crate::lexicon::VERB_AUXILIARIES.contains(&t.key)
            && !super::vocabulary::is_act(&t.key)
            && !t.key.ends_with("ed")
            && !matches!(t.text, "," | ";" | ":" | ".")
    }) && count + 1 < from
}

/// "forced families to leave for Duhok city", "thousands fled to Hasakah": where people
/// escaped to, not where the event was.
fn refuge(tokens: &[Token<'_>], mention: &Mention) -> bool {
    let mut link = mention.first_token;
    // "fled to the town of X", "towards the city of X".
    while link > 0
        && matches!(
            tokens[link - 1].key.as_str(),
            "the" | "of" | "town" | "city"
        )
    {
        link -= 1;
    }
    let Some(link) = link.checked_sub(1) else {
        return false;
    };
    matches!(
        tokens[link].key.as_str(),
        "to" | "for" | "towards" | "toward"
    ) && (link.saturating_sub(3)..link).any(|i| cue_list!("flight_verbs").contains(&tokens[i].key))
}

/// "in the Maqbanah district, west of Taiz", "Kagara, about 60 km north of Minna": after a
/// named place and a comma, a compass point (with a distance or not) and "of" make the
/// next place the reference that locates the first, not a place of its own.
fn locates_the_place_before(tokens: &[Token<'_>], mentions: &[Mention], index: usize) -> bool {
    let Some(of) = mentions[index].first_token.checked_sub(1) else {
        return false;
    };
    if tokens[of].key != "of" || index == 0 {
        return false;
    }
    let mut start = of;
    let mut compass = false;
    while start > 0 {
        let t = &tokens[start - 1];
        let is_compass = crate::lexicon::COMPASS_POINTS.contains(&t.key);
        let measure = t.shape == Shape::Number
            || crate::lexicon::DISTANCE_UNITS.contains(&t.key)
            || crate::lexicon::small_number(&t.key).is_some()
            || matches!(
                t.key.as_str(),
                "about" | "some" | "around" | "approximately" | "roughly"
            );
        if !is_compass && !measure {
            break;
        }
        compass |= is_compass;
        start -= 1;
    }
    let Some(comma) = start.checked_sub(1) else {
        return false;
    };
    let previous_end = mentions[index - 1].end_token;
    compass
        && tokens[comma].text == ","
        && (previous_end == comma
            || previous_end + 1 == comma
                && crate::lexicon::DIVISION_WORDS.contains(&tokens[previous_end].key))
}

/// "Kani Masi, a sub-district in Amedi district", "Sarmin, a town in Idlib province": the
/// later place says where the earlier one is; it is not the event's place.
fn qualifies_the_place_before(tokens: &[Token<'_>], mentions: &[Mention], index: usize) -> bool {
    let mention = &mentions[index];
    // "Hass (Maarrat al-Numan district, Idlib)": the place after a division the gazetteer
    // knows and a comma is the area that division lies in. (When the division is unknown,
    // "Tamou (Say department, Tillabéri)", the area stands for it.)
    let comma = mention.first_token.checked_sub(1);
    if let Some(comma) = comma.filter(|&c| c >= 1 && tokens[c].text == ",")
        && crate::lexicon::DIVISION_WORDS.contains(&tokens[comma - 1].key)
        && index > 0
        && (mentions[index - 1].end_token == comma || mentions[index - 1].end_token == comma - 1)
    {
        return true;
    }
    if locates_the_place_before(tokens, mentions, index) {
        return true;
    }
    // "Kfar Kila, in the Marjayoun district": an area after ", in (the)".
    let before = |back: usize| mention.first_token.checked_sub(back).map(|i| &tokens[i]);
    let names_area = tokens.get(mention.end_token).is_some_and(|t| {
        matches!(
            t.key.as_str(),
            "district" | "province" | "governorate" | "region" | "subdistrict" | "county"
        )
    }) || tokens[mention.first_token..mention.end_token]
        .iter()
        .any(|t| matches!(t.key.as_str(), "district" | "province" | "governorate"));
    let after_comma_in = match (before(1), before(2), before(3)) {
        (Some(a), Some(b), _) if a.key == "in" && b.text == "," => true,
        (Some(a), Some(b), Some(c)) => a.key == "the" && b.key == "in" && c.text == ",",
        _ => false,
    };
    if names_area && after_comma_in {
        return true;
    }
    // "the town of Jinderes in the Afrin area": an area right after a place and "in
    // (the)" holds that place.
    let right_after_place = index > 0 && {
        let previous_end = mentions[index - 1].end_token;
        match (before(1), before(2)) {
            (Some(a), _) if a.key == "in" => previous_end + 1 == mention.first_token,
            (Some(a), Some(b)) if a.key == "the" && b.key == "in" => {
                previous_end + 2 == mention.first_token
            }
            _ => false,
        }
    };
    let area_after = tokens
        .get(mention.end_token)
        .is_some_and(|t| matches!(t.key.as_str(), "area" | "countryside"));
    if (names_area || area_after) && right_after_place {
        return true;
    }
    let mut i = mention.first_token;
    let step = |i: &mut usize| {
        *i = i.checked_sub(1)?;
        Some(&tokens[*i])
    };
    let Some(link) = step(&mut i) else {
        return false;
    };
    if !matches!(link.key.as_str(), "in" | "of") {
        return false;
    }
    let mut saw_noun = false;
    for _ in 0..4 {
        let Some(t) = step(&mut i) else {
            return false;
        };
        match t.key.as_str() {
            "village" | "town" | "city" | "district" | "subdistrict" | "sub" | "province"
            | "governorate" | "area" | "region" | "hamlet" | "suburb" | "neighbourhood"
            | "neighborhood" | "camp" | "locality" => saw_noun = true,
            "a" | "an" | "small" | "large" | "border" | "mountain" | "mountainous" | "rural"
            | "coastal" => {}
            _ => return saw_noun && t.text == ",",
        }
    }
    false
}

/// Nouns for a settlement, the head of "the Idlib village of Binnish". Not "area",
/// "district" or "neighbourhood": "the Gare area of Amedi", "the Mezzeh district of
/// Damascus" put the first place in the second.
const SETTLEMENT_NOUNS: &[&str] = &[
    "village",
    "town",
    "city",
    "hamlet",
    "settlement",
    "locality",
];

/// Words that may stand between a place and the settlement noun it qualifies: "the al-Bab
/// countryside town of Qabasin", "the Duhok province village of Sarsink".
const QUALIFIER_LINKS: &[&str] = &[
    "countryside",
    "province",
    "governorate",
    "district",
    "region",
    "rural",
    "border",
    "mountain",
    "coastal",
    "frontline",
    "northern",
    "southern",
    "eastern",
    "western",
];

/// "the Idlib village of Binnish", "the al-Bab countryside town of Qabasin": a place
/// before "<settlement noun> of <place>" only says where that place is; the event is
/// at the place after. When no known place follows, the container stays the host.
fn qualifies_the_place_after(tokens: &[Token<'_>], mentions: &[Mention], index: usize) -> bool {
    let mention = &mentions[index];
    let mut i = mention.end_token;
    let lower = |i: usize| {
        tokens
            .get(i)
            .filter(|t| t.gap == Gap::Space && t.shape == Shape::Lower)
    };
    while i < mention.end_token + 2
        && lower(i).is_some_and(|t| QUALIFIER_LINKS.contains(&t.key.as_str()))
    {
        i += 1;
    }
    let Some(noun) = lower(i) else {
        return false;
    };
    if !SETTLEMENT_NOUNS.contains(&noun.key.as_str())
        || tokens.get(i + 1).is_none_or(|t| t.key != "of")
    {
        return false;
    }
    mentions
        .get(index + 1)
        .is_some_and(|next| next.first_token == i + 2)
}

/// "an army post at Nampala, near the border with Mauritania": the country across the
/// border says where the place is, not where the event was.
fn across_the_border(tokens: &[Token<'_>], mention: &Mention) -> bool {
    let first = mention.first_token;
    first >= 2
        && tokens[first - 1].key == "with"
        && matches!(tokens[first - 2].key.as_str(), "border" | "frontier")
}

/// "on the Charsadda-Peshawar road": one event on the road, told at its first end; the
/// far end is the road's name. "on the Mandalay-Mogok road in Madaya township": the text
/// says where on the road, so neither end is the place.
fn far_end_of_a_route(tokens: &[Token<'_>], mentions: &[Mention], index: usize) -> bool {
    let joined = |i: usize| {
        i > 0
            && mentions[i - 1].end_token == mentions[i].first_token
            && tokens[mentions[i].first_token].gap == Gap::Hyphen
    };
    let mut last = index;
    while last + 1 < mentions.len() && joined(last + 1) {
        last += 1;
    }
    let road = mentions[last].end_token;
    let is_route = (last > index || joined(index))
        && tokens.get(road).is_some_and(|t| {
            t.shape == Shape::Lower
                && (crate::lexicon::THOROUGHFARES.contains(&t.key) || t.key == "railway")
        });
    if !is_route {
        return false;
    }
    let located = tokens
        .get(road + 1)
        .is_some_and(|t| matches!(t.key.as_str(), "in" | "near" | "at" | "outside"))
        && mentions.get(last + 1).is_some_and(|m| {
            m.first_token == road + 2 || m.first_token == road + 3 && tokens[road + 2].key == "the"
        });
    located || joined(index)
}

/// "the military spokesperson in Sanaa said", "officials in Baghdad told": where someone
/// spoke from, not where anything happened.
fn places_a_speaker(tokens: &[Token<'_>], mention: &Mention) -> bool {
    // "the spokesperson said in Riyadh", "told reporters in New York".
    let before = |back: usize| mention.first_token.checked_sub(back).map(|i| &tokens[i]);
    let in_or_from = before(1).is_some_and(|t| matches!(t.key.as_str(), "in" | "from"));
    let spoke_before = before(2).is_some_and(|t| {
        matches!(
            t.key.as_str(),
            "said"
                | "told"
                | "announced"
                | "stated"
                | "speaking"
                | "reporters"
                | "journalists"
                | "address"
                | "statement"
                | "speech"
                | "interview"
                | "briefing"
        )
    });
    // "the coalition spokesperson in Riyadh did not comment", "officials in Baghdad said".
    let speaker_before = before(2).is_some_and(|t| {
        matches!(
            t.key.as_str(),
            "spokesperson"
                | "spokesman"
                | "spokeswoman"
                | "official"
                | "officials"
                | "source"
                | "sources"
                | "correspondent"
                | "reporter"
                | "ministry"
                | "embassy"
        )
    });
    let speaks_after = (mention.end_token..(mention.end_token + 4).min(tokens.len())).any(|i| {
        matches!(
            tokens[i].key.as_str(),
            "said"
                | "says"
                | "told"
                | "announced"
                | "stated"
                | "comment"
                | "commented"
                | "confirmed"
                | "added"
                | "reported"
        )
    });
    // "the army said in a statement issued in Bamako": a statement's phrase after the
    // verb of saying.
    let issued_in = in_or_from && {
        let from = mention.first_token.saturating_sub(9);
        (from..mention.first_token.saturating_sub(2))
            .rev()
            .find(|&j| !cue_list!("statement_words").contains(&tokens[j].key))
            .is_some_and(|j| {
                matches!(
                    tokens[j].key.as_str(),
                    "said" | "says" | "announced" | "stated"
                ) && tokens[j + 1..mention.first_token].iter().any(|t| {
                    matches!(
                        t.key.as_str(),
                        "statement" | "communique" | "release" | "address"
                    )
                })
            })
    };
    // "drawing protests from Baghdad", "condemnation from Ankara": a government's
    // reaction comes from its seat.
    let reaction_from = before(1).is_some_and(|t| t.key == "from")
        && before(2).is_some_and(|t| cue_list!("reaction_nouns").contains(&t.key));
    if reaction_from || in_or_from && (spoke_before || issued_in || speaker_before && speaks_after)
    {
        return true;
    }
    // "President Raisi, in Tehran, promised a harsh response": where someone named just
    // before spoke or reacted from, set off by commas.
    let set_off = in_or_from
        && before(2).is_some_and(|t| t.text == ",")
        && before(3).is_some_and(|t| t.is_cap())
        && tokens.get(mention.end_token).is_some_and(|t| t.text == ",")
        && (mention.end_token + 1..(mention.end_token + 3).min(tokens.len()))
            .any(|i| cue_list!("reaction_verbs").contains(&tokens[i].key));
    if set_off {
        return true;
    }
    let after = mention.end_token + usize::from(mention.possessive);
    tokens.get(after).is_some_and(|t| {
        matches!(
            t.key.as_str(),
            "said"
                | "says"
                | "told"
                | "announced"
                | "stated"
                | "added"
                | "claimed"
                | "reported"
                | "confirmed"
        )
    }) && mention
        .first_token
        .checked_sub(1)
        .is_some_and(|p| matches!(tokens[p].key.as_str(), "in" | "from" | "at"))
}

/// "stormed the Government Science College in Kagara", "shelled the Al-Awda Hospital in
/// Jabalia": the geoparser reads the place as part of the building's name, but a
/// building's name says where it stands, and so where what hit it happened.
fn names_a_building_site(tokens: &[Token<'_>], mention: &Mention) -> bool {
    let first = mention.first_token;
    mention.role == Role::InName
        && first >= 2
        && matches!(tokens[first - 1].key.as_str(), "in" | "at")
        && tokens[first - 2].is_cap()
        && crate::lexicon::NAMED_BUILDINGS.contains(&tokens[first - 2].key)
}

/// "US Ambassador to Iraq", "Special Envoy for Syria", "Minister of Foreign Affairs of
/// Iraq": the place is part of an office, not where anything happened.
fn qualifies_an_office(tokens: &[Token<'_>], mention: &Mention) -> bool {
    // "the Ambassador of Finland to the UAE": the title may carry its own "of <country>"
    // and the place an article.
    let mut at = mention.first_token;
    if at > 0 && tokens[at - 1].key == "the" {
        at -= 1;
    }
    let Some(link) = at.checked_sub(1) else {
        return false;
    };
    if !matches!(tokens[link].key.as_str(), "to" | "for" | "of") {
        return false;
    }
    // (Only an envoy is posted "to" a country past a complement of their own: "the Chief
    // of Defence Staff to the Kingdom of Bahrain" travels there.)
    let accredited = tokens[link].key == "to"
        && (link.saturating_sub(4)..link)
            .rev()
            .take_while(|&j| tokens[j].is_cap() || matches!(tokens[j].key.as_str(), "of" | "the"))
            .any(|j| {
                matches!(
                    tokens[j].key.as_str(),
                    "ambassador" | "ambassadors" | "envoy" | "consul" | "commissioner"
                )
            });
    accredited
        || link == mention.first_token - 1
            && link
                .checked_sub(1)
                .is_some_and(|j| crate::lexicon::TITLE_WORDS.contains(&tokens[j].key))
}

/// People before the place: "civilians in Gaza" live there, unless an attack harmed them.
const PEOPLE: &[&str] = &[
    "hostages",
    "civilians",
    "residents",
    "people",
    "refugees",
    "families",
    "children",
    "palestinians",
    "israelis",
    "americans",
    "iraqis",
    "syrians",
    "lebanese",
    "yemenis",
    "kurds",
    "reporters",
    "journalists",
];

/// "the war in Gaza", "aid to Gaza", "a ceasefire in Gaza", "Palestinians in Gaza": the
/// place is what a statement is about, or where people live, not where the event was.
fn is_topic_or_residence(tokens: &[Token<'_>], mention: &Mention) -> bool {
    const TOPICS: &[&str] = &[
        "war",
        "conflict",
        "crisis",
        "fighting",
        "ceasefire",
        "truce",
        "situation",
        "aid",
        "assistance",
        "supplies",
        "future",
        "reconstruction",
        "developments",
        "solidarity",
        "population",
        "policy",
        "hostage",
        "held",
        "captive",
        "captivity",
        "detained",
        "imprisoned",
        "jailed",
        "living",
        "based",
        "born",
        "displaced",
        "trapped",
        "stranded",
        "stability",
        "security",
        "peace",
        "tensions",
        "escalation",
        // "told our correspondent in Gusau": where the reporter is.
        "correspondent",
        "correspondents",
        "reporter",
        "reporters",
    ];
    let mut i = mention.first_token;
    for _ in 0..3 {
        let Some(previous) = i.checked_sub(1).map(|p| &tokens[p]) else {
            return false;
        };
        // "RSF-held Nyala": held by a force, a place of its own (not hostages held in it).
        let hyphen_held = previous.key == "held" && previous.gap == Gap::Hyphen;
        let word = previous.key.as_str();
        let topic = TOPICS.contains(&word) || PEOPLE.contains(&word) && !harmed(tokens, i - 1);
        if topic && !gathering_held(tokens, i - 1) && !hyphen_held {
            return true;
        }
        if !matches!(
            previous.key.as_str(),
            "in" | "on" | "for" | "to" | "into" | "over" | "of" | "the" | "across" | "inside"
        ) {
            return false;
        }
        i -= 1;
    }
    false
}

/// "killed at least 60 civilians in Karma", "wounding five people in Kabul": the people
/// before the place are an attack's victims (its verb up to five words before them), so
/// the place is where they were harmed, not where they live.
fn harmed(tokens: &[Token<'_>], people: usize) -> bool {
    (people.saturating_sub(5)..people)
        .rev()
        .take_while(|&j| tokens[j].is_word())
        .any(|j| {
            tokens[j].shape == Shape::Lower && super::vocabulary::is_incident_act(&tokens[j].key)
        })
}

/// "talks were held in Cairo", "the summit held in Riyadh": "held" after a meeting noun
/// gives the meeting's venue, not where someone is held captive.
fn gathering_held(tokens: &[Token<'_>], held: usize) -> bool {
    tokens[held].key == "held"
        && (held.saturating_sub(3)..held).any(|j| {
            super::vocabulary::patterns_starting_with(&tokens[j].key)
                .iter()
                .any(|p| p.slots.len() == 1 && p.entry.kind != super::EventKind::Incident)
        })
}

fn introduced_by_venue_word(tokens: &[Token<'_>], mention: &Mention) -> bool {
    let mut i = mention.first_token;
    // "met in the quiet spa town of Druskininkai": before "<settlement> of", any
    // lowercase words describe the settlement, whatever they are.
    let settlement_of = i >= 2
        && tokens[i - 1].key == "of"
        && SETTLEMENT_NOUNS.contains(&tokens[i - 2].key.as_str());
    for _ in 0..8 {
        let Some(previous) = i.checked_sub(1).map(|p| &tokens[p]) else {
            return false;
        };
        // "in the Red Sea port city of Aqaba": a capitalised modifier of a place noun.
        if previous.is_cap()
            && i < mention.first_token
            && (cue_list!("venue_fillers").contains(&tokens[i].key) || settlement_of)
        {
            i -= 1;
            continue;
        }
        // "in Block 2 of Nuseirat camp", "in Street 10 of Hay al-Jihad": a numbered part.
        if i < mention.first_token
            && (previous.shape == Shape::Number && tokens[i].key == "of"
                || previous.is_cap() && tokens[i].shape == Shape::Number)
        {
            i -= 1;
            continue;
        }
        // "on the road between Atarib and Kafr Nouran": the road's ends place it.
        if previous.key == "between"
            && i >= 2
            && matches!(
                tokens[i - 2].key.as_str(),
                "road" | "highway" | "route" | "motorway"
            )
        {
            return true;
        }
        // "in Erbil", "visited Damascus", "shelled Khiam": a venue word or a verb whose
        // object is the place.
        if VENUE_PREPOSITIONS.contains(&previous.key)
            || (previous.shape == Shape::Lower && super::vocabulary::is_object_verb(&previous.key))
        {
            return true;
        }
        // "in the southern border town of", "targeted populated villages of".
        let describes_settlement = settlement_of
            && previous.shape == Shape::Lower
            && !crate::lexicon::VERB_AUXILIARIES.contains(&previous.key);
        if !describes_settlement && !cue_list!("venue_fillers").contains(&previous.key) {
            return false;
        }
        i -= 1;
    }
    false
}

/// Spans between `from` and `to` of appositives that only describe a person: ",
/// Minister of Foreign Affairs of the Syrian Transitional Government," (commas around
/// capitalised words and function words), ", who is on a state visit to China,".
/// "received al-Shaibani, Minister of …, in Ankara" has its venue as near the verb as
/// "received al-Shaibani in Ankara", and the appositive's words are no topic.
fn appositives(tokens: &[Token<'_>], from: usize, to: usize) -> Vec<std::ops::Range<usize>> {
    let mut spans = Vec::new();
    let mut i = from;
    while i < to {
        if tokens[i].text != "," {
            i += 1;
            continue;
        }
        let close = (i + 1..to).find(|&j| tokens[j].text == ",");
        let Some(close) = close else { break };
        // A relative clause about the guest is an appositive too.
        let describes = opens_relative_clause(tokens, i)
            || (i + 1..close).all(|j| {
                let t = &tokens[j];
                t.is_cap() || matches!(t.key.as_str(), "of" | "the" | "and" | "for" | "to")
            });
        if describes && close > i + 1 {
            spans.push(i..close + 1);
        }
        i = close;
    }
    spans
}

/// ", who is on a state visit", ", whose …": the comma at `comma` opens a relative
/// clause about the person before it.
fn opens_relative_clause(tokens: &[Token<'_>], comma: usize) -> bool {
    tokens[comma].text == ","
        && tokens
            .get(comma + 1)
            .is_some_and(|n| matches!(n.key.as_str(), "who" | "whose"))
}

/// Words that turn what follows into the subject of a meeting, not its venue
/// ("met … on the war in Gaza", "talks covered the fighting in Sudan").
const TOPIC_WORDS: &[&str] = &[
    "on",
    "about",
    "over",
    "regarding",
    "concerning",
    "covered",
    "covering",
    "focused",
    "discussed",
    "discussing",
    "discuss",
    "war",
    "fighting",
    "conflict",
    "crisis",
    "situation",
    "future",
    "plans",
    "plan",
    "developments",
    "ways",
    "efforts",
    "for",
];

/// Whether a topic word or a phrase of things to come ("ahead of") stands in
/// `tokens[from..to]` outside the spans `skip`.
fn topic_between(
    tokens: &[Token<'_>],
    from: usize,
    to: usize,
    skip: &[std::ops::Range<usize>],
) -> bool {
    (from..to)
        .filter(|i| !skip.iter().any(|r| r.contains(i)))
        .any(|i| {
            let t = &tokens[i];
            // "the special envoy for Yemen", "the minister for foreign affairs": a title's
            // complement, not a topic.
            let of_title =
                t.key == "for" && i > 0 && crate::lexicon::TITLE_WORDS.contains(&tokens[i - 1].key);
            // "held talks with … on Wednesday in Dubrovnik": a day, not a topic.
            let of_day = t.key == "on"
                && tokens.get(i + 1).is_some_and(|next| {
                    super::dates::is_weekday(&next.key)
                        || crate::lexicon::month_number(&next.key).is_some()
                        || next.shape == Shape::Number
                });
            // "held talks in Zangilan ahead of a summit in Tehran": what follows is still
            // to come, and its place is not this event's.
            let ahead =
                super::trigger_context::any_phrase_at(tokens, i, to, cue_list!("future_before"));
            ahead || TOPIC_WORDS.contains(&t.key.as_str()) && !t.is_cap() && !of_title && !of_day
        })
}

/// Where a meeting noun's complement ends: past "with/between <people, titles, names>"
/// ("a courtesy call on the President of Palau": "on" a person) and a verb of taking place
/// ("starts", "were held", "took place"). The venue may follow.
fn noun_reach(tokens: &[Token<'_>], after: usize) -> usize {
    let mut i = after;
    let on_a_person = tokens.get(i).is_some_and(|t| t.key == "on")
        && tokens.get(i + 1).is_some_and(|t| {
            crate::lexicon::TITLE_WORDS.contains(&t.key)
                || t.key == "the"
                    && tokens
                        .get(i + 2)
                        .is_some_and(|t| crate::lexicon::TITLE_WORDS.contains(&t.key))
        });
    if on_a_person
        || tokens
            .get(i)
            .is_some_and(|t| matches!(t.key.as_str(), "with" | "between" | "among" | "of"))
    {
        i += 1;
        let mut limit = after + 14;
        while i < tokens.len() && i < limit {
            let t = &tokens[i];
            // "talks with Tokayev, who is on a state visit to China, in Xi'an": a
            // relative clause about the guest is part of the complement.
            if opens_relative_clause(tokens, i)
                && let Some(close) = (i + 2..tokens.len().min(i + 30)).find(|&j| {
                    tokens[j].text == "," || tokens[j].text == "." || tokens[j].text == ";"
                })
                && tokens[close].text == ","
            {
                limit += close + 1 - i;
                i = close + 1;
                continue;
            }
            let part = t.is_cap()
                || matches!(t.text, "," | "." | "-")
                || crate::lexicon::TITLE_WORDS.contains(&t.key)
                || matches!(
                    t.key.as_str(),
                    "and"
                        | "the"
                        | "his"
                        | "her"
                        | "their"
                        | "al"
                        | "bin"
                        | "of"
                        | "officials"
                        | "leaders"
                        | "delegation"
                        | "delegations"
                        | "counterpart"
                        | "counterparts"
                        | "representatives"
                        | "government"
                );
            if !part || t.key == "in" || t.key == "at" {
                break;
            }
            i += 1;
        }
    }
    let occurs = |k: &str| {
        matches!(
            k,
            "start"
                | "starts"
                | "started"
                | "begin"
                | "begins"
                | "began"
                | "open"
                | "opens"
                | "opened"
                | "resume"
                | "resumes"
                | "resumed"
                | "end"
                | "ends"
                | "ended"
                | "concluded"
                | "concludes"
                | "convened"
                | "convene"
                | "convenes"
                | "continue"
                | "continues"
                | "continued"
                | "held"
                | "took"
                | "take"
                | "takes"
                | "place"
                | "was"
                | "were"
                | "is"
                | "are"
                | "being"
        )
    };
    while tokens.get(i).is_some_and(|t| occurs(&t.key)) && i < after + 18 {
        i += 1;
    }
    i
}

/// "30 January 2024 — Caracas, Venezuela: the Minister met …", "Bogotá: meeting with …":
/// a place that opens its line (after the line's date, if any) and ends with a colon is
/// the label of what the line records, its venue.
pub fn labels_its_line(tokens: &[Token<'_>], mention: &Mention) -> bool {
    // A label opens its line: look back no further than a date's few words.
    let Some(line_start) = (mention.first_token.saturating_sub(6)..=mention.first_token)
        .rev()
        .find(|&i| tokens[i].line_start || i == 0)
    else {
        return false;
    };
    let only_a_date_before = tokens[line_start..mention.first_token].iter().all(|t| {
        t.text.chars().all(|c| c.is_ascii_digit())
            || crate::lexicon::month_number(&t.key).is_some()
            || super::dates::is_weekday(&t.key)
            || matches!(t.text, "—" | "–" | "-" | "," | "." | "|" | ":")
    });
    // "Cairo: talks …", "25 March 2024: Cairo – talks …", "Monday: Nairobi – …".
    let label_ends = |text: &str| matches!(text, ":" | "—" | "–");
    let ends_its_label = (mention.end_token..tokens.len().min(mention.end_token + 4))
        .take_while(|&i| tokens[i].text != "." && !tokens[i].line_start)
        .find(|&i| !(tokens[i].text == "," || tokens[i].is_cap()))
        .is_some_and(|i| label_ends(tokens[i].text));
    only_a_date_before && ends_its_label
}

/// "met … on the margins of the Shangri-La Dialogue in Singapore", "on the sidelines of
/// the UN General Assembly in New York": a meeting held beside a gathering is at the
/// gathering's venue, however long the names before it.
/// "The bombs hit Ywathit village, about 15 km east of Myingyan town": the offset after
/// the name says where the village is. A gazetteer entry of that name far from that point
/// is another place (a namesake 540 km south); the offset locates the event instead.
fn placed_elsewhere_by_its_offset(
    tokens: &[Token<'_>],
    mentions: &[Mention],
    index: usize,
    gazetteer: &Gazetteer,
) -> bool {
    let mention = &mentions[index];
    let Some(reference) = mentions.get(index + 1) else {
        return false;
    };
    let Some(offset) = reference.offset else {
        return false;
    };
    // Only an appositive: the name, an optional settlement noun, a comma, the offset.
    let mut i = mention.end_token;
    if tokens
        .get(i)
        .is_some_and(|t| t.shape == Shape::Lower && SETTLEMENT_NOUNS.contains(&t.key.as_str()))
    {
        i += 1;
    }
    if tokens.get(i).is_none_or(|t| t.text != ",") || reference.first_token > i + 9 {
        return false;
    }
    let anchor = gazetteer.place(reference.place);
    let (lat, lon) = offset.apply(anchor.lat, anchor.lon);
    let place = gazetteer.place(mention.place);
    crate::gazetteer::haversine_km(lat, lon, place.lat, place.lon) > offset.km + 25.0
}

/// "rockets fired at the U.S. Embassy in Baghdad": the city after a mission's or a
/// base's name is where the building stands (the name is the office's, the place real).
fn locates_a_mission(tokens: &[Token<'_>], mention: &Mention) -> bool {
    let first = mention.first_token;
    first >= 2
        && tokens[first - 1].key == "in"
        && matches!(
            tokens[first - 2].key.as_str(),
            "embassy" | "consulate" | "headquarters" | "mission" | "office" | "compound"
        )
}

/// Buildings that host meetings and carry their town's name: "at the Gyeongju National
/// Museum", "at the Sochi Olympic Park", "at the Astana Palace of Independence".
const VENUE_BUILDINGS: &[&str] = &[
    "museum",
    "palace",
    "hotel",
    "centre",
    "center",
    "hall",
    "residence",
    "guesthouse",
    "castle",
    "park",
    "stadium",
    "library",
    "university",
    "forum",
    "expo",
];

/// "held a summit … at the Gyeongju National Museum": a meeting at a building named
/// after its town ("at the", then capitalised words up to a building noun) is in the town.
fn names_a_venue_building(trigger: &Trigger, tokens: &[Token<'_>], mention: &Mention) -> bool {
    let first = mention.first_token;
    trigger.kind != super::EventKind::Incident
        && first >= 2
        && tokens[first - 1].key == "the"
        && tokens[first - 2].key == "at"
        && (mention.end_token..tokens.len().min(mention.end_token + 4))
            .take_while(|&i| tokens[i].is_cap())
            .any(|i| VENUE_BUILDINGS.contains(&tokens[i].key.as_str()))
}

fn beside_a_gathering(trigger: &Trigger, tokens: &[Token<'_>], mention: &Mention) -> bool {
    let after = mention.first_token >= trigger.end;
    after
        && trigger.kind != super::EventKind::Incident
        && mention.first_token > 0
        && tokens[mention.first_token - 1].key == "in"
        && (mention.first_token.saturating_sub(10).max(trigger.end)..mention.first_token).any(|i| {
            matches!(tokens[i].key.as_str(), "margins" | "sidelines" | "margin")
                && tokens.get(i + 1).is_some_and(|t| t.key == "of")
        })
}

/// The best place mention for `trigger` among the mentions of its sentence
/// (`sentence_mentions` are indexes into `mentions`), if any qualifies.
pub fn place_for_trigger(
    trigger: &Trigger,
    tokens: &[Token<'_>],
    mentions: &[Mention],
    sentence_mentions: &[usize],
    gazetteer: &Gazetteer,
) -> Option<usize> {
    let candidates: Vec<(usize, f32)> = sentence_mentions
        .iter()
        .copied()
        .filter_map(|m| {
            let mention = &mentions[m];
            let beside_a_gathering = beside_a_gathering(trigger, tokens, mention);
            // "the UN General Assembly in New York" names a body, and where it sat; "at
            // the Gyeongju National Museum" names a building in its town.
            let named_body_venue = mention.role == Role::InName
                && (beside_a_gathering
                    || names_a_venue_building(trigger, tokens, mention)
                    || locates_a_mission(tokens, mention));
            if !(can_host_event(tokens, mentions, m) || named_body_venue)
                || placed_elsewhere_by_its_offset(tokens, mentions, m, gazetteer)
            {
                return None;
            }
            let venue_word = introduced_by_venue_word(tokens, mention);
            let after = mention.first_token >= trigger.end;
            let distance = if after {
                mention.first_token - trigger.end
            } else {
                trigger.first.saturating_sub(mention.end_token)
            };
            // "In Baghdad, the prime minister met…", "In Baghdad on Dec. 10, Gen. Kurilla
            // met…": a fronted venue (with its day) covers the sentence.
            let fronted = !after
                && mention.first_token >= 1
                && tokens[mention.first_token - 1].key == "in"
                && tokens[mention.first_token - 1].is_cap()
                && (mention.end_token..trigger.first.min(mention.end_token + 6))
                    .find(|&i| tokens[i].text == ",")
                    .is_some_and(|comma| {
                        comma == mention.end_token
                            || matches!(tokens[mention.end_token].key.as_str(), "on" | "last")
                    });
            // "arrived from Riyadh, where on Monday he met…": the place a relative "where"
            // hangs on is the venue of the verb in its clause.
            let relative_venue = !after
                && trigger.verbal
                && tokens.get(mention.end_token).is_some_and(|t| t.text == ",")
                && tokens
                    .get(mention.end_token + 1)
                    .is_some_and(|t| t.key == "where")
                && !(mention.end_token + 2..trigger.first)
                    .any(|i| tokens[i].text == ";" || tokens[i].key == "where");
            let fronted = fronted
                || relative_venue
                || beside_a_gathering
                || !after && labels_its_line(tokens, mention);
            // "a meeting with Japanese foreign minister Motegi in Tehran", "peace talks
            // between the US and the Taliban start in Doha": the noun's complement and a verb
            // of taking place stand between it and its venue.
            let reach = noun_reach(tokens, trigger.end);
            // "talks on Sudan", "a call about Gaza": what a meeting or call is about.
            let about = after
                && mention.first_token > 0
                && tokens[mention.first_token - 1].shape == Shape::Lower
                && matches!(
                    tokens[mention.first_token - 1].key.as_str(),
                    "on" | "about" | "over" | "regarding" | "concerning"
                );
            let allowed = fronted
                || match (trigger.kind, trigger.venue) {
                    (super::EventKind::Incident, _) => true,
                    (_, Venue::Topic) => false,
                    _ if about => false,
                    (_, Venue::Follows) => {
                        venue_word
                            && if after {
                                distance <= 3
                                    || !trigger.verbal && mention.first_token <= reach + 2
                                    || trigger.verbal && {
                                        let spans =
                                            appositives(tokens, trigger.end, mention.first_token);
                                        let skipped: usize = spans.iter().map(|r| r.len()).sum();
                                        // "met President of the People's Republic of China
                                        // Mr. Xi Jinping on 31 August 2025 in Tianjin": an
                                        // object of names, titles and a day is no distance.
                                        let named = (trigger.end..mention.first_token)
                                            .filter(|&i| {
                                                let t = &tokens[i];
                                                t.is_cap()
                                                    || t.shape == Shape::Number
                                                    || matches!(t.text, "." | "'s" | "’s")
                                                    || matches!(t.key.as_str(), "of" | "the" | "on")
                                            })
                                            .count();
                                        (distance - skipped <= 15
                                            || distance - named <= 4 && distance <= 25)
                                            && !topic_between(
                                                tokens,
                                                trigger.end,
                                                mention.first_token,
                                                &spans,
                                            )
                                    }
                            } else {
                                // "laid flowers in Bucha before meeting Zelensky in Kyiv":
                                // a place before a clause opener is the other clause's
                                // (a relative "where" hangs on it: "in Abu Dhabi on 15
                                // April, where he met").
                                distance <= 6
                                    && !(mention.end_token..trigger.first).any(|i| {
                                        let t = &tokens[i];
                                        t.shape == Shape::Lower
                                            && cue_list!("clause_openers").contains(&t.key)
                                            && !matches!(
                                                t.key.as_str(),
                                                "who" | "which" | "where" | "when"
                                            )
                                    })
                            }
                    }
                };
            if !allowed {
                return None;
            }
            let fineness = if names_the_capital(tokens, mention) {
                3.0
            } else {
                specificity(gazetteer, mention)
            };
            let score =
                fineness + if venue_word { 1.5 } else { 0.0 } + if fronted { 1.0 } else { 0.0 }
                    - 0.04 * distance as f32;
            Some((m, score))
        })
        .collect();
    // "struck the Borisoglebsk airfield in the Voronezh region", "In Diyala, an IED
    // exploded near Muqdadiyah": a division that contains another candidate says where
    // that place is; the finer place is the event's, however the division is introduced.
    // Places joined by "and" are listed side by side ("in southern Lebanon and the Beqaa").
    let scores: Vec<(usize, f32)> = candidates
        .iter()
        .map(|&(m, score)| {
            let outer = gazetteer.place(mentions[m].place);
            let district = names_a_district(tokens, &mentions[m], gazetteer);
            let qualifies = candidates.iter().any(|&(other, _)| {
                contains(outer, gazetteer.place(mentions[other].place), district)
                    && !coordinated(tokens, &mentions[other], &mentions[m])
            });
            (m, if qualifies { score - 2.0 } else { score })
        })
        .collect();
    scores
        .into_iter()
        .max_by(|a, b| a.1.total_cmp(&b.1).then(b.0.cmp(&a.0)))
        .map(|(m, _)| m)
}

/// Whether two mentions are joined as a list ("southern Lebanon and the Beqaa", "Idlib,
/// Aleppo or Hama"): only "and", "or", commas and articles between them.
fn coordinated(tokens: &[Token<'_>], a: &Mention, b: &Mention) -> bool {
    let (left, right) = if a.first_token < b.first_token {
        (a, b)
    } else {
        (b, a)
    };
    let between = tokens
        .get(left.end_token..right.first_token)
        .unwrap_or_default();
    between
        .iter()
        .any(|t| matches!(t.key.as_str(), "and" | "or"))
        && between
            .iter()
            .all(|t| matches!(t.key.as_str(), "and" | "or" | "the") || t.text == ",")
}

/// Whether `outer` is a country or province that contains the finer place `inner` (a
/// province its city, a country its province or city), as the gazetteer's codes say, or a
/// district named by its seat (`district`: "the village of Velykyi Burluk in Kupiansk
/// district") that contains a smaller place (a seat does not hold the bigger city near it).
fn contains(outer: &Place, inner: &Place, district: bool) -> bool {
    let finer =
        inner.is_point() || inner.kind == PlaceKind::Admin1 && outer.kind == PlaceKind::Country;
    let division = matches!(outer.kind, PlaceKind::Country | PlaceKind::Admin1)
        || outer.is_district()
        || district && outer.kind == PlaceKind::City && inner.population < outer.population;
    // "near Sangasar (Ranya district, Sulaymaniyah province), in the Kurdistan Region":
    // a named region of one country (which the gazetteer knows by its centre, not its
    // outline) holds that country's places within a few hundred km.
    let region = outer.kind == PlaceKind::Region
        && !outer.is_district()
        && !outer.country_code.is_empty()
        && inner.is_point()
        && inner.country_code == outer.country_code
        && inner.distance_km(outer) < REGION_REACH_KM;
    finer && (division && crate::geoparse::lies_in(inner, outer) || region)
}

/// How far from its centre a named region ([`contains`]) is taken to reach.
const REGION_REACH_KM: f64 = 300.0;

/// Whether `district` names a district ([`names_a_district`]) that contains the place of
/// `inner`: "Velykyi Burluk in Kupiansk district" says where the village is.
pub(super) fn district_holds(
    tokens: &[Token<'_>],
    district: &Mention,
    inner: &Mention,
    gazetteer: &Gazetteer,
) -> bool {
    names_a_district(tokens, district, gazetteer)
        && contains(
            gazetteer.place(district.place),
            gazetteer.place(inner.place),
            true,
        )
}

/// Whether the mention names a district: a district of the gazetteer, or a town with a
/// district word after it ("Kupiansk district", "Bint Jbeil district": the district named
/// by its seat).
fn names_a_district(tokens: &[Token<'_>], mention: &Mention, gazetteer: &Gazetteer) -> bool {
    gazetteer.place(mention.place).is_district()
        || tokens
            .get(mention.end_token)
            .is_some_and(|t| cue_list!("district_words").contains(&t.key))
}
