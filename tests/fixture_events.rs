//! The traps of real news, one hand-written fixture each (see tests/fixtures/README.md):
//! the extracted events must be the ones a careful analyst would pin, and nothing else.

#![allow(clippy::unwrap_used, clippy::expect_used)] // test helpers fail loudly

use std::path::Path;

use incident_map::corrections::Corrections;
use incident_map::gazetteer::Gazetteer;
use incident_map::pipeline::{Extracted, extract_file};

fn extract(name: &str) -> Vec<Extracted> {
    let gazetteer = Gazetteer::embedded().expect("embedded gazetteer");
    let path = Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("tests/fixtures")
        .join(name);
    extract_file(&path, gazetteer, &Corrections::new())
        .into_iter()
        .map(|o| o.result.unwrap_or_else(|e| panic!("{name}: {e}")))
        .collect()
}

/// (kind, date, place name, precision, actors) of every event, for readable assertions.
fn summary(extracted: &Extracted) -> Vec<(String, String, String, String, Vec<String>)> {
    let gazetteer = Gazetteer::embedded().unwrap();
    extracted
        .events
        .iter()
        .map(|e| {
            let place = gazetteer.place(e.place);
            (
                e.kind.as_str().to_owned(),
                e.date.map(|d| d.to_string()).unwrap_or_default(),
                place.name.to_string(),
                place.precision().to_owned(),
                e.actors.clone(),
            )
        })
        .collect()
}

/// Events that would be pins (finer than a country).
fn pins(extracted: &Extracted) -> Vec<(String, String, String, String, Vec<String>)> {
    summary(extracted)
        .into_iter()
        .filter(|e| e.3 != "country")
        .collect()
}

#[test]
fn a_meeting_in_the_dateline_city_is_pinned_there_once() {
    let article = &extract("meeting_in_dateline_city.txt")[0];
    let pins = pins(article);
    assert_eq!(pins.len(), 1, "{pins:?}");
    let (kind, date, place, precision, actors) = &pins[0];
    assert_eq!(
        (
            kind.as_str(),
            date.as_str(),
            place.as_str(),
            precision.as_str()
        ),
        ("meeting", "2023-11-15", "Erbil", "city")
    );
    assert!(
        actors.contains(&"Nechirvan Barzani".to_owned()),
        "{actors:?}"
    );
    assert!(actors.contains(&"Claire Fontaine".to_owned()), "{actors:?}");
}

#[test]
fn capitals_standing_for_governments_are_not_event_sites() {
    let article = &extract("metonym_compound.txt")[0];
    let pins = pins(article);
    assert_eq!(pins.len(), 1, "{pins:?}");
    assert_eq!(
        (pins[0].0.as_str(), pins[0].1.as_str(), pins[0].2.as_str()),
        ("meeting", "2024-01-22", "Amman")
    );
    assert!(
        pins[0].4.contains(&"Fuad Hussein".to_owned()),
        "{:?}",
        pins[0].4
    );
    let gazetteer = Gazetteer::embedded().unwrap();
    for name in ["Washington", "Ankara", "Tehran"] {
        let roles: Vec<_> = article
            .mentions
            .iter()
            .filter(|m| gazetteer.place(m.place).name == name)
            .map(|m| m.role.as_str())
            .collect();
        assert!(
            !roles.is_empty() && roles.iter().all(|r| *r == "metonym"),
            "{name}: {roles:?}"
        );
    }
}

#[test]
fn a_country_wide_attack_wave_is_a_country_level_range_not_a_pin() {
    let article = &extract("country_level_attack_wave.txt")[0];
    let all = summary(article);
    let wave = all
        .iter()
        .find(|e| e.0 == "incident")
        .expect("the wave is kept");
    assert_eq!(wave.3, "country");
    let event = article
        .events
        .iter()
        .find(|e| e.kind.as_str() == "incident")
        .unwrap();
    assert_eq!(event.date.unwrap().to_string(), "2023-10-17");
    assert_eq!(event.date_end.unwrap().to_string(), "2023-10-27");
    assert_eq!(event.counts.attacks, Some(20));
    let pins = pins(article);
    assert_eq!(pins.len(), 1, "{pins:?}");
    assert_eq!(
        (pins[0].0.as_str(), pins[0].1.as_str(), pins[0].2.as_str()),
        ("meeting", "2023-10-26", "Baghdad")
    );
}

#[test]
fn background_events_years_earlier_are_not_events() {
    let article = &extract("background_event.txt")[0];
    let pins = pins(article);
    assert_eq!(pins.len(), 1, "{pins:?}");
    assert_eq!(
        (pins[0].0.as_str(), pins[0].1.as_str(), pins[0].2.as_str()),
        ("meeting", "2023-12-10", "Mosul")
    );
}

#[test]
fn a_phone_call_is_placed_at_the_reporting_capital() {
    let article = &extract("call.txt")[0];
    let pins = pins(article);
    assert_eq!(pins.len(), 1, "{pins:?}");
    assert_eq!(
        (pins[0].0.as_str(), pins[0].1.as_str(), pins[0].2.as_str()),
        ("call", "2024-02-20", "Ankara")
    );
    assert_eq!(
        pins[0].4,
        vec!["Recep Tayyip Erdogan", "Mohammed Shia al-Sudani"]
    );
}

#[test]
fn an_attack_on_a_named_base_is_pinned_at_the_base_with_its_count() {
    let article = &extract("incident_site.txt")[0];
    assert_eq!(pins(article).len(), 1, "{:?}", pins(article));
    let event = &article.events[0];
    let place = Gazetteer::embedded().unwrap().place(event.place);
    assert!(place.name.contains("Harir"), "{}", place.name);
    assert_eq!(place.precision(), "site");
    assert_eq!(event.subtype, "drone strike");
    assert_eq!(event.counts.injured, Some(2));
    assert!(
        event
            .actors
            .contains(&"Islamic Resistance in Iraq".to_owned())
    );
}

#[test]
fn two_incidents_in_one_sentence_keep_their_own_places_and_days() {
    let article = &extract("two_incidents.txt")[0];
    let pins = pins(article);
    assert_eq!(pins.len(), 2, "{pins:?}");
    assert_eq!(
        (pins[0].1.as_str(), pins[0].2.as_str()),
        ("2023-10-31", "Ain al-Asad Air Base")
    );
    assert_eq!(pins[1].1, "2023-11-01");
    assert!(pins[1].2.contains("Shadd"), "{}", pins[1].2);
}

#[test]
fn a_postponed_summit_is_not_an_event_but_the_meeting_that_happened_is() {
    let article = &extract("cancelled_meeting.txt")[0];
    let pins = pins(article);
    assert_eq!(pins.len(), 1, "{pins:?}");
    assert_eq!(
        (pins[0].0.as_str(), pins[0].1.as_str(), pins[0].2.as_str()),
        ("meeting", "2023-12-05", "Amman")
    );
    assert!(
        pins[0].4.contains(&"Josep Borrell".to_owned()),
        "{:?}",
        pins[0].4
    );
}

#[test]
fn plain_text_without_header_has_no_invented_date() {
    let article = &extract("plain_no_header.txt")[0];
    assert_eq!(article.article.date, None);
    assert!(article.article.dateline.is_none());
    let pins = pins(article);
    assert_eq!(pins.len(), 1, "{pins:?}");
    assert_eq!(
        (pins[0].0.as_str(), pins[0].1.as_str(), pins[0].2.as_str()),
        ("meeting", "2024-03-04", "Kuwait City")
    );
}

#[test]
fn json_records_are_articles_with_their_metadata() {
    let record = &extract("record.json")[0];
    assert_eq!(record.article.date.unwrap().to_string(), "2024-01-22");
    assert!(record.article.title.is_some() && record.article.url.is_some());
    assert_eq!(pins(record)[0].2, "Amman");

    let records = extract("records.jsonl");
    assert_eq!(records.len(), 3);
    assert!(pins(&records[0])[0].2.contains("Harir"));
    assert_eq!(pins(&records[1])[0].0, "call");
    assert!(pins(&records[2]).is_empty(), "{:?}", pins(&records[2]));
}

#[test]
fn a_malformed_date_line_keeps_the_story_but_not_a_date() {
    let article = &extract("bad/bad_date.txt")[0];
    assert_eq!(article.article.date, None);
    let pins = pins(article);
    assert_eq!(
        (pins[0].0.as_str(), pins[0].1.as_str(), pins[0].2.as_str()),
        ("meeting", "", "Baghdad")
    );
}

#[test]
fn scheduled_and_expected_trips_are_not_events_yet() {
    let article = &extract("scheduled_trip.txt")[0];
    let pins = pins(article);
    assert_eq!(pins.len(), 1, "{pins:?}");
    assert_eq!(
        (pins[0].0.as_str(), pins[0].1.as_str(), pins[0].2.as_str()),
        ("meeting", "2023-10-17", "Tel Aviv")
    );
}
