//! Constructions of real reporting, one sentence each in our own words: the events and
//! places they give must be the ones a careful reader would pin, and nothing else.

#![allow(clippy::unwrap_used, clippy::expect_used)] // test helpers fail loudly

use incident_map::article::Article;
use incident_map::corrections::Corrections;
use incident_map::gazetteer::Gazetteer;
use incident_map::pipeline::{Extracted, extract};

fn run(text: &str) -> Extracted {
    let gazetteer = Gazetteer::embedded().unwrap();
    let article = Article::from_text("sentence.txt", format!(" date 2024-05-03\n\n{text}\n"), 0);
    extract(article, gazetteer, &Corrections::new())
}

/// (kind, place name) of every event.
fn events(text: &str) -> Vec<(&'static str, String)> {
    let gazetteer = Gazetteer::embedded().unwrap();
    run(text)
        .events
        .iter()
        .map(|e| (e.kind.as_str(), gazetteer.place(e.place).name.to_string()))
        .collect()
}

/// The start day of every event that has one, as YYYY-MM-DD.
fn dates(text: &str) -> Vec<String> {
    run(text)
        .events
        .iter()
        .filter_map(|e| e.date.map(|d| d.to_string()))
        .collect()
}

/// The surface text of every place mention.
fn places(text: &str) -> Vec<String> {
    let extracted = run(text);
    extracted
        .mentions
        .iter()
        .map(|m| extracted.article.text[m.start..m.end].to_owned())
        .collect()
}

#[test]
fn a_meeting_told_in_an_after_clause_happened() {
    let found = events(
        "Two governments renewed their ties after the foreign minister of Chad meets with \
         his Israeli counterpart in N'Djamena.",
    );
    assert_eq!(found, [("meeting", "N'Djamena".to_owned())]);
    let found = events("The factions agreed a truce after talks in Moscow on Monday.");
    assert_eq!(found, [("meeting", "Moscow".to_owned())]);
}

#[test]
fn an_event_measured_from_the_story_is_an_earlier_one() {
    // The meeting is the story; the killing five days before it is its background.
    let found = events(
        "The envoy met the prime minister in Amman on Thursday, five days after gunmen \
         killed two guards at a border post.",
    );
    assert_eq!(found, [("meeting", "Amman".to_owned())]);
}

#[test]
fn talks_held_in_a_city_take_place_there_but_hostages_held_in_gaza_do_not_meet_there() {
    assert_eq!(
        events("Indirect talks were held in Cairo, Egypt, over two days."),
        [("meeting", "Cairo".to_owned())]
    );
    assert_eq!(
        events("Families of hostages held in Gaza met the minister in Tel Aviv."),
        [("meeting", "Tel Aviv".to_owned())]
    );
}

#[test]
fn signing_a_declaration_is_a_meeting_where_it_was_signed() {
    assert_eq!(
        events("Rival movements sign a declaration in Beijing to end their split."),
        [("meeting", "Beijing".to_owned())]
    );
}

#[test]
fn half_of_a_hyphenated_name_is_no_place() {
    let found = places("The minister Itamar Ben-Gvir toured the site in Jerusalem.");
    assert_eq!(found, ["Jerusalem"]);
}

#[test]
fn a_sentence_opening_word_does_not_make_a_city_a_surname() {
    let found = places(
        "Murders rose in London last year. Though London's tally stayed below that of \
         New York, London worried.",
    );
    assert_eq!(
        found.iter().filter(|p| p.as_str() == "London").count(),
        3,
        "{found:?}"
    );
}

#[test]
fn a_province_named_like_a_given_name_yields_to_the_person() {
    let found = places("Mary Clarke, who runs a bakery in Leeds, said sales fell.");
    assert_eq!(found, ["Leeds"]);
}

#[test]
fn a_one_word_town_abroad_does_not_pull_a_story_off_its_region() {
    let gazetteer = Gazetteer::embedded().unwrap();
    let extracted = run(
        "Turkish artillery shelled villages near Qamishli and Amuda in Hasakah province, \
         Syria, on Monday. Residents of Juma fled towards Qamishli.",
    );
    let countries: Vec<&str> = extracted
        .mentions
        .iter()
        .map(|m| gazetteer.place(m.place).country_code)
        .collect();
    assert!(
        countries.iter().all(|&cc| cc == "SY" || cc == "TR"),
        "{countries:?}"
    );
}

#[test]
fn a_spelling_the_gazetteer_does_not_list_is_found_where_the_story_is() {
    let gazetteer = Gazetteer::embedded().unwrap();
    let extracted = run(
        "Turkish drones struck near Makhmour camp, south-west of Erbil, Iraq, on Monday, \
         and artillery shelled villages near Tel Tamr and Qamishli in Hasakah province, Syria.",
    );
    let found: Vec<(String, &str)> = extracted
        .mentions
        .iter()
        .map(|m| {
            (
                extracted.article.text[m.start..m.end].to_owned(),
                gazetteer.place(m.place).country_code,
            )
        })
        .collect();
    assert!(found.contains(&("Makhmour".to_owned(), "IQ")), "{found:?}");
    assert!(found.contains(&("Tel Tamr".to_owned(), "SY")), "{found:?}");
}

#[test]
fn a_loose_spelling_with_no_support_in_the_story_is_no_place() {
    // Nothing else in the text is near any place spelled like this.
    assert!(places("Reporters travelled to Makhmour.").is_empty());
}

/// (kind, place name, first day) of every event.
fn dated(text: &str) -> Vec<(&'static str, String, String)> {
    let gazetteer = Gazetteer::embedded().unwrap();
    run(text)
        .events
        .iter()
        .map(|e| {
            (
                e.kind.as_str(),
                gazetteer.place(e.place).name.to_string(),
                e.date.map(|d| d.to_string()).unwrap_or_default(),
            )
        })
        .collect()
}

#[test]
fn a_table_rows_date_cell_dates_the_row_wherever_it_stands() {
    let found = dated(
        "Country | Locale | Remarks | Date\n\
         Jordan | Amman | Met with King Abdullah II. Toured a camp. | Apr 28, 2024\n\
         Iraq | Baghdad | Met with Prime Minister Mohammed Shia al-Sudani. | Apr 29, 2024",
    );
    assert_eq!(
        found,
        [
            ("meeting", "Amman".to_owned(), "2024-04-28".to_owned()),
            ("meeting", "Baghdad".to_owned(), "2024-04-29".to_owned()),
        ]
    );
}

#[test]
fn rows_under_a_meeting_header_are_meetings() {
    let found = dated(
        "Date | City | Met with\n\
         Apr 28 | Amman | King Abdullah II\n\
         Apr 29 | Baghdad | Prime Minister Mohammed Shia al-Sudani",
    );
    assert_eq!(
        found,
        [
            ("meeting", "Amman".to_owned(), "2024-04-28".to_owned()),
            ("meeting", "Baghdad".to_owned(), "2024-04-29".to_owned()),
        ]
    );
}

#[test]
fn an_air_base_named_after_its_town_is_in_that_town() {
    let found = events("Mortar shells struck Balad Air Base, north of Baghdad, on Sunday.");
    assert_eq!(found, [("incident", "Balad".to_owned())]);
}

#[test]
fn where_visitors_came_from_is_not_where_the_blast_was() {
    let found = events(
        "A suicide bomber struck the ministry in Kabul on Wednesday. The minister had been \
         meeting a delegation from Khost province when the blast occurred.",
    );
    assert!(found.iter().all(|(_, place)| place != "Khōst"), "{found:?}");
}

#[test]
fn a_campaign_that_intensified_since_a_bombing_is_no_strike_at_the_bombing() {
    let found = events(
        "A drone struck a car near Qamishli on Wednesday. Drone strikes in the region have \
         intensified since a bombing in Istanbul last November.",
    );
    assert_eq!(found, [("incident", "Al Qāmishlī".to_owned())]);
}

#[test]
fn each_town_a_release_lists_as_a_target_is_an_incident_of_its_own() {
    let found = events(
        "Overnight, fighter jets struck military sites in the areas of Kfarkela and Khiam \
         in southern Lebanon, and an observation post near Odaisseh.",
    );
    let places: Vec<&str> = found.iter().map(|(_, p)| p.as_str()).collect();
    assert_eq!(places, ["Kfar Kila", "Khiam", "Odaisseh"], "{found:?}");
}

#[test]
fn a_time_zone_after_a_clock_time_is_no_place() {
    // "EST" is neither Estonia nor, read with the next word, the town of Eston.
    let found = events(
        "At 4:00 p.m. EST on May 2, coalition aircraft struck a depot on the outskirts \
         of Al Qaim.",
    );
    assert_eq!(found, [("incident", "Al Qā’im".to_owned())]);
    // "Sanaa time" says when, not where.
    let found =
        events("At 11:50 p.m. (Sanaa time) on May 2, warships struck radar sites near Hodeidah.");
    assert_eq!(found, [("incident", "Al Ḩudaydah".to_owned())]);
}

#[test]
fn victims_travelling_make_no_visit() {
    let found = events(
        "A drone struck a car near Penjwen, killing two men who were travelling to \
         Sulaymaniyah in it.",
    );
    assert_eq!(found, [("incident", "Baynjiwayn".to_owned())]);
}

#[test]
fn a_guest_received_without_a_named_venue_came_to_the_host() {
    // The consul is France's, the reception the Kurdistan Region's: Erbil, not Paris.
    let found = events(
        "Kurdistan Region Prime Minister Masrour Barzani received the French Consul \
         General on Tuesday, his office said.",
    );
    assert_eq!(found, [("meeting", "Erbil".to_owned())]);
}

#[test]
fn a_titles_complement_is_no_topic_between_a_verb_and_its_venue() {
    let found =
        events("Rashad al-Alimi received the US special envoy for Yemen in Riyadh on Wednesday.");
    assert_eq!(found, [("meeting", "Riyadh".to_owned())]);
}

#[test]
fn where_people_fled_to_is_no_incident_place() {
    let found = events(
        "Warplanes bombed the village of Kani Masi on Monday night. The bombardment set \
         fire to orchards and forced several families to leave for Duhok city.",
    );
    assert_eq!(found, [("incident", "Kānī Māsī".to_owned())]);
}

#[test]
fn a_date_announced_for_the_coming_days_is_ahead_and_no_event_yet() {
    // Published on 3 May: "May 15" is twelve days ahead, not a year ago.
    let found = events("Mediators invited both sides to a new round of talks in Doha on May 15.");
    assert!(found.is_empty(), "{found:?}");
    // "Last month" ends before the article's day: told in passing, no event today.
    let found = events("Last month, drones hit a power station in Kassala.");
    assert!(found.is_empty(), "{found:?}");
}

#[test]
fn a_village_the_text_puts_in_a_district_is_not_a_namesake_abroad() {
    // "Blida in the Bint Jbeil district" is no Algerian city: the gazetteer knows the
    // district by its seat, and a candidate 3,000 km away does not lie in it.
    let found =
        events("Israeli artillery shelled the outskirts of Blida in the Bint Jbeil district.");
    assert_eq!(found, [("incident", "Bent Jbaïl".to_owned())]);
}

#[test]
fn a_headline_placed_by_a_guess_takes_the_place_the_body_states() {
    // The headline gives only the guest's country (a guess: Cairo); the body says Beijing.
    let found = events(
        "Wang Yi Holds Talks with Egyptian Foreign Minister Sameh Shoukry\n\n\
         On May 3, Foreign Minister Wang Yi held talks with Egyptian Foreign Minister \
         Sameh Shoukry in Beijing.",
    );
    assert_eq!(found, [("meeting", "Beijing".to_owned())]);
}

#[test]
fn an_area_of_several_countries_is_no_event_place() {
    let found = events("Secretary Blinken's Travel to the Middle East");
    assert!(found.is_empty(), "{found:?}");
}

#[test]
fn a_press_release_title_names_the_strikes_and_its_dateline_is_headquarters() {
    // Our own wording of a command's release: a title line, then the headquarters'
    // dateline. Neither the dateline nor the attacker's country is where the strikes fell.
    let found = events(
        "Coalition Statement on U.S. Strikes in Iraq\n\nTAMPA, Fla. - On May 2, U.S. forces \
         carried out airstrikes on a drone depot near Al Qaim, Iraq.",
    );
    assert_eq!(found, [("incident", "Al Qā’im".to_owned())]);
}

#[test]
fn the_events_a_strike_answers_are_background_with_their_members() {
    let found = events(
        "Jets struck a depot near Al Qaim on Thursday. The strikes respond to a series of \
         attacks against U.S. and allied personnel, including the April 20 drone attack on \
         a base in Erbil.",
    );
    assert_eq!(found, [("incident", "Al Qā’im".to_owned())]);
}

#[test]
fn where_drones_were_launched_from_is_not_where_they_struck() {
    let found = events(
        "Drones launched from rebel-held areas around Saada struck a fuel depot in Jizan \
         on Thursday.",
    );
    assert_eq!(found, [("incident", "Jizan".to_owned())]);
}

#[test]
fn every_site_listed_after_a_passive_attack_verb_is_a_target() {
    let found = events(
        "Six sites were targeted, among them depots at Bahawalpur and Muridke and camps near \
         Kotli.",
    );
    let names: Vec<&str> = found.iter().map(|(_, n)| n.as_str()).collect();
    assert_eq!(names, ["Bahawalpur", "Muridke", "Kotli"]);
}

#[test]
fn a_countryside_named_in_another_spelling_holds_villages_the_gazetteer_lacks() {
    // "Tel Tamr" is GeoNames' "Tall Tamr"; the two villages are not in the gazetteer and
    // must not become namesakes in Tunisia or Arizona.
    let found = events(
        "A drone hit a car near Qamishli on Monday. Later, artillery shelled the villages \
         of Umm al-Kef and Tal Juma in the Tel Tamr countryside.",
    );
    assert_eq!(found.len(), 2, "{found:?}");
    assert_eq!(found[1], ("incident", "Tall Tamr".to_owned()));
}

#[test]
fn a_habit_told_with_a_duration_is_no_event_but_one_long_talk_is() {
    let found = events(
        "An airstrike hit a depot in Mezzeh on Monday. Israel has for years targeted \
         Iranian-linked sites in Syria, including the airport of Aleppo.",
    );
    assert_eq!(found.len(), 1, "{found:?}");
    let found = events(
        "French President Emmanuel Macron said he had a long talk with Iraqi Prime Minister \
         Mohammed Shia al-Sudani on Saturday.",
    );
    assert_eq!(found.len(), 1, "{found:?}");
}

#[test]
fn a_plan_earlier_in_the_clause_governs_the_event_noun() {
    let found = events(
        "The envoy met the emir in Doha on Monday. She had been scheduled to continue to \
         Amman, Jordan, for a summit with the king. She will conclude her trip in Cairo.",
    );
    assert_eq!(found, [("meeting", "Doha".to_owned())]);
    // A plan in a relative clause of its own governs nothing after it.
    let found =
        events("The minister, who will leave on Friday, held talks in Baghdad on Thursday.");
    assert_eq!(found, [("meeting", "Baghdad".to_owned())]);
}

#[test]
fn victims_of_an_earlier_attack_are_no_attack_and_do_not_date_the_visit() {
    let extracted = run(
        "On Thursday, the minister met in Tel Aviv with families of victims of the April 7 \
         attacks.",
    );
    let kinds: Vec<&str> = extracted.events.iter().map(|e| e.kind.as_str()).collect();
    assert_eq!(kinds, ["meeting"]);
    assert_eq!(
        extracted.events[0].date.map(|d| d.to_string()).as_deref(),
        Some("2024-05-02")
    );
}

#[test]
fn a_quarter_named_after_a_possessive_city_lies_in_that_city() {
    // "Zeitoun" is not in the gazetteer as a quarter of Gaza City; a namesake in Turkey
    // must not take the strike.
    let found = events(
        "On Wednesday, an airstrike on a house in Gaza City's Zeitoun neighbourhood killed \
         a family of eight.",
    );
    assert_eq!(found, [("incident", "Gaza".to_owned())]);
}

#[test]
fn the_day_of_a_fronted_after_clause_is_not_the_main_events_day() {
    assert_eq!(
        dates(
            "After the talks collapsed on 20 April, drones struck the port of Odesa on 22 April."
        ),
        ["2024-04-22"]
    );
}

#[test]
fn targets_after_an_inverted_copula_are_all_struck() {
    let found = events(
        "Jets struck more than 80 targets. Among the sites struck were depots near Al-Qaim in \
         western Iraq, and near Al Mayadin and Albu Kamal in eastern Syria.",
    );
    let names: Vec<&str> = found.iter().map(|(_, n)| n.as_str()).collect();
    assert!(
        names.contains(&"Al Mayādīn") && names.contains(&"Ālbū Kamāl"),
        "{names:?}"
    );
}

#[test]
fn a_planned_clause_later_does_not_place_an_earlier_strike() {
    let found = events(
        "The forces targeted a ship in the Red Sea with missiles. They will continue their \
         operations until the aggression on Gaza stops.",
    );
    assert!(found.iter().all(|(_, n)| n != "Gaza"), "{found:?}");
}

#[test]
fn a_numbered_block_of_a_camp_and_the_ends_of_a_road_place_a_strike() {
    let found = events(
        "An airstrike hit a building in Block 2 of Nuseirat refugee camp, in the central \
         Gaza Strip.",
    );
    assert_eq!(found, [("incident", "An Nuşayrāt".to_owned())]);
    let found = events(
        "A drone hit a van on the road between Atarib and Kafr Nouran, in the western Aleppo \
         countryside.",
    );
    assert_eq!(found, [("incident", "Al Atārib".to_owned())]);
}

#[test]
fn a_title_told_again_with_its_day_takes_that_day() {
    let found = dates(
        "Documentation: strike on a family home, Nuseirat camp\n\nAt about 1:10 am on 26 \
         April 2024, an airstrike hit a house in Block 2 of Nuseirat camp.",
    );
    assert_eq!(found, ["2024-04-26"]);
}

#[test]
fn an_office_holder_in_a_city_in_a_title_line_is_a_visit_but_not_one_to_come() {
    let found = events("Saudi foreign minister in Damascus, first visit since 2011");
    assert_eq!(found, [("meeting", "Damascus".to_owned())]);
    let extracted = run("Saudi foreign minister in Damascus, first visit since 2011");
    assert_eq!(
        extracted.events[0].date.map(|d| d.to_string()).as_deref(),
        Some("2024-05-03"),
        "the year of the last visit dates nothing"
    );
    assert!(events("U.S. envoy to meet Iran's foreign minister in Oman on Saturday").is_empty());
}

#[test]
fn a_district_of_a_citys_name_is_in_that_citys_province() {
    let found = events("Turkish drone strike kills one in Dohuk's Amedi district");
    assert_eq!(found, [("incident", "Al ‘Amādīyah".to_owned())]);
}

#[test]
fn a_name_said_twice_is_no_support_for_itself() {
    // "Ur" is also a name of Uren', Russia; saying it twice must not make Russia the
    // story's region when every other place is in Iraq.
    let gazetteer = Gazetteer::embedded().unwrap();
    let extracted = run(
        "The pope prayed in Najaf on Saturday, then at Ur of the Chaldees (the plain of Ur, \
         near Nasiriyah), and held Mass in Baghdad.",
    );
    let countries: Vec<&str> = extracted
        .mentions
        .iter()
        .map(|m| gazetteer.place(m.place).country_code)
        .collect();
    assert!(countries.iter().all(|&c| c == "IQ"), "{countries:?}");
}

#[test]
fn a_towns_market_and_a_force_held_town_are_places_of_the_strike() {
    assert_eq!(
        events("Shelling of El Fasher market kills 15, activists say"),
        [("incident", "El Fasher".to_owned())]
    );
    assert_eq!(
        events("Army drone strike hits RSF-held Nyala airport"),
        [("incident", "Nyala".to_owned())]
    );
}

#[test]
fn a_given_name_after_a_place_noun_or_a_compass_point_is_a_place() {
    // "Tera" is also a given name; after "the town of" or "south of" it is the town.
    assert_eq!(
        events("Militants ambushed an army patrol near the town of Tera on Tuesday."),
        [("incident", "Téra".to_owned())]
    );
    assert_eq!(
        events("Gunmen attacked a convoy about 10 km south of Tera on Tuesday."),
        [("incident", "Téra".to_owned())]
    );
}

#[test]
fn an_event_known_only_to_its_province_is_pinned_at_the_seat() {
    // The province's centre is open country; its seat is where monitors pin such events.
    let gazetteer = Gazetteer::embedded().unwrap();
    let extracted = run("Russian drones hit energy facilities in Ukraine's Sumy region overnight.");
    let event = extracted.events.first().expect("one event");
    let located = extracted.located(event, gazetteer);
    assert_eq!(located.precision, "province");
    let sumy = gazetteer
        .by_name("sumy")
        .iter()
        .map(|r| gazetteer.place(r.place))
        .find(|p| p.is_point() && p.country_code == "UA")
        .expect("the city of Sumy");
    assert!(
        (located.lat - sumy.lat).abs() < 0.01 && (located.lon - sumy.lon).abs() < 0.01,
        "{located:?}"
    );
}

#[test]
fn a_countrys_capital_is_its_seat() {
    // No city is named: "the Ukrainian capital" and "Somalia's capital" are the places.
    assert_eq!(
        events("Russian missiles hit the Ukrainian capital overnight, killing two people."),
        [("incident", "Kyiv".to_owned())]
    );
    assert_eq!(
        events(
            "Two car bombs exploded in Somalia's capital on Saturday. The chairperson of \
             the commission condemned the attack in a statement issued in Addis Ababa."
        ),
        [("incident", "Mogadishu".to_owned())]
    );
    // "the capital of Niger" is Niamey.
    assert_eq!(
        events("A car bomb exploded in the capital of Niger on Monday."),
        [("incident", "Niamey".to_owned())]
    );
}

#[test]
fn the_harm_that_describes_the_people_met_is_no_incident() {
    assert_eq!(
        events("Blinken met relatives of people killed by Hamas in Tel Aviv on Monday."),
        [("meeting", "Tel Aviv".to_owned())]
    );
    // The abduction told by its agent is one.
    assert_eq!(
        events("Gunmen kidnapped 20 passengers from a bus near Kaduna on Sunday."),
        [("incident", "Kaduna".to_owned())]
    );
}

#[test]
fn a_disputed_local_area_is_a_place_to_pin() {
    assert_eq!(
        events("Hezbollah fired rockets at Israeli positions in the Shebaa Farms area on Sunday."),
        [("incident", "Shebaa Farms".to_owned())]
    );
}

#[test]
fn people_an_attack_harmed_are_its_victims_not_residents() {
    assert_eq!(
        events("A suicide bomber killed five people in Kabul on Monday."),
        [("incident", "Kabul".to_owned())]
    );
    // A war's toll over months stays no incident.
    assert!(
        events(
            "Israel's military campaign has killed more than 30,000 Palestinians in Gaza, \
             according to the health ministry."
        )
        .is_empty()
    );
}

#[test]
fn the_route_of_the_victims_is_no_visit_and_no_place_of_the_attack() {
    assert_eq!(
        events(
            "On 26 March, a suicide bomber rammed a car into a bus of engineers in Khyber \
             Pakhtunkhwa. The convoy was travelling from Islamabad to the Dasu dam site."
        ),
        [("incident", "Khyber Pakhtunkhwa".to_owned())]
    );
}

#[test]
fn a_foreign_spelling_of_a_far_city_does_not_jump_continents() {
    // "Boni" is a Malian town the gazetteer lacks, and a name of Bonn.
    let gazetteer = Gazetteer::embedded().unwrap();
    let extracted = run(
        "The army repelled an attack on its camp in Boni, in the circle of Douentza, \
         Mopti region, in Mali on Sunday.",
    );
    assert!(
        extracted
            .mentions
            .iter()
            .all(|m| gazetteer.place(m.place).country_code == "ML"),
        "{:?}",
        extracted
            .mentions
            .iter()
            .map(|m| gazetteer.place(m.place).name)
            .collect::<Vec<_>>()
    );
    // A million-city's exonym holds on its own.
    assert_eq!(
        events("At the close of the summit in Mecca, the leaders met in Mecca on Friday."),
        [("meeting", "Makkah".to_owned())]
    );
}

#[test]
fn a_body_sitting_is_no_meeting_between_parties() {
    assert!(
        events("The House of Representatives, meeting in Benghazi, voted on the budget on Sunday.")
            .iter()
            .all(|(kind, _)| *kind != "meeting")
    );
    assert_eq!(
        events("The Security Council met with the envoy in New York on Friday."),
        [("meeting", "New York City".to_owned())]
    );
}

#[test]
fn an_agenda_line_is_dated_and_placed_by_its_label() {
    let text = "Agenda of the Minister\n\n\
        30 January 2024 — Caracas, Venezuela: the Minister met with President Nicolás Maduro.\n\
        31 January — Bogotá: meeting with the Ambassador of Mexico.\n\
        1 February — Bogotá: the Minister took part by videoconference in the meeting of \
        guarantor countries, hosted in Havana.";
    assert_eq!(
        events(text),
        [
            ("meeting", "Caracas".to_owned()),
            ("meeting", "Bogotá".to_owned()),
            ("call", "Bogotá".to_owned())
        ]
    );
    assert_eq!(dates(text), ["2024-01-30", "2024-01-31", "2024-02-01"]);
}

#[test]
fn bulletin_lines_are_items_and_tomorrow_is_ahead() {
    let text = "Quetta railway station: blast on platform, dozens killed\n\
                Islamabad: PM to chair security meeting tomorrow";
    assert_eq!(events(text), [("incident", "Quetta".to_owned())]);
    // A capital by its main name beats a bigger city's old name ("Islamabad" was one of
    // Chittagong's).
    assert_eq!(places("Islamabad: the minister spoke."), ["Islamabad"]);
    let gazetteer = Gazetteer::embedded().unwrap();
    let extracted = run("Islamabad: the minister spoke.");
    assert_eq!(
        gazetteer.place(extracted.mentions[0].place).country_code,
        "PK"
    );
}

#[test]
fn the_capital_of_a_division_is_not_the_countrys() {
    assert_eq!(
        events(
            "A car bomb exploded in Jowhar, the administrative capital of Somalia's \
             Hirshabelle state, on Tuesday."
        ),
        [("incident", "Jawhar".to_owned())]
    );
}

#[test]
fn the_place_of_an_earlier_attack_since_which_is_not_this_ones() {
    assert_eq!(
        events(
            "A missile strike hit a residential building in Damascus on Sunday. It was the \
             first strike on the capital since an attack on the Damascus airport in early \
             January."
        ),
        [("incident", "Damascus".to_owned())]
    );
}

#[test]
fn where_a_witness_came_from_is_no_place_of_the_shelling() {
    assert_eq!(
        events(
            "Shells fell on a resort near Zakho on Wednesday, killing nine tourists. Haider, \
             who had come from Baghdad with his family, said the shells fell on picnickers."
        ),
        [("incident", "Zaxo".to_owned())]
    );
}

#[test]
fn a_source_speaking_by_phone_makes_no_call_and_a_reference_point_no_place() {
    assert_eq!(
        events(
            "A car bomb exploded at the gate of a base in Jowhar on Tuesday. \"They opened \
             fire before it blew up,\" a police officer said by phone from Jowhar, about 90 \
             km north of Mogadishu."
        ),
        [("incident", "Jawhar".to_owned())]
    );
}

#[test]
fn a_schedule_line_labelled_by_day_and_place_with_a_dash() {
    let text = "Schedule of the Special Envoy\n\n\
        23 January 2024: Djibouti – met President Ismail Omar Guelleh.\n\
        24 January 2024: Asmara – meeting with President Isaias Afwerki.";
    assert_eq!(
        events(text),
        [
            ("meeting", "Djibouti".to_owned()),
            ("meeting", "Asmara".to_owned())
        ]
    );
    assert_eq!(dates(text), ["2024-01-23", "2024-01-24"]);
}

#[test]
fn a_military_release_neutralises_and_eliminates() {
    assert_eq!(
        events("Troops neutralised 17 terrorists near Gwoza in Borno State on Monday."),
        [("incident", "Gwoza".to_owned())]
    );
    assert_eq!(
        events("Fighter jets eliminated dozens of terrorists in Khan Younis on Monday."),
        [("incident", "Khān Yūnis".to_owned())]
    );
}

#[test]
fn an_event_an_offset_from_a_town_lies_at_the_offset_no_finer_than_a_district() {
    let gazetteer = Gazetteer::embedded().unwrap();
    let extracted = run("An airstrike hit a village 20 km north-west of Mosul on Sunday.");
    let [event] = extracted.events.as_slice() else {
        panic!("one event: {:?}", extracted.events);
    };
    let town = gazetteer.place(event.place);
    assert_eq!(town.name, "Mosul");
    let at = extracted.located(event, gazetteer);
    assert_eq!(at.precision, "district");
    let away = incident_map::gazetteer::haversine_km(town.lat, town.lon, at.lat, at.lon);
    assert!((19.0..21.0).contains(&away), "{away} km from Mosul");
    assert!(at.lat > town.lat && at.lon < town.lon, "north-west: {at:?}");
    // The place list still names Mosul where Mosul is.
    let mosul = extracted.mentions[0].located(gazetteer);
    assert_eq!((mosul.lat, mosul.lon), (town.lat, town.lon));

    // "north of" with no distance names the town's area: it stays at the town.
    let extracted = run("Militants attacked a checkpoint north of Kirkuk on Sunday.");
    let [event] = extracted.events.as_slice() else {
        panic!("one event: {:?}", extracted.events);
    };
    let at = extracted.located(event, gazetteer);
    let town = gazetteer.place(event.place);
    assert_eq!((at.lat, at.lon), (town.lat, town.lon));
}

/// (surface text, country code) of every place mention.
fn resolved(text: &str) -> Vec<(String, &'static str)> {
    let gazetteer = Gazetteer::embedded().unwrap();
    let extracted = run(text);
    extracted
        .mentions
        .iter()
        .map(|m| {
            let place = gazetteer.place(m.place);
            (
                extracted.article.text[m.start..m.end].to_owned(),
                place.country_code,
            )
        })
        .collect()
}

#[test]
fn an_abbreviated_saint_or_fort_reads_through_its_period() {
    assert_eq!(
        resolved("The suspects, 55, of St. Louis. They are facing charges."),
        [("St. Louis".to_owned(), "US")]
    );
    assert_eq!(
        resolved("He moved to St. Petersburg, Florida, in 2019."),
        [
            ("St. Petersburg".to_owned(), "US"),
            ("Florida".to_owned(), "US")
        ]
    );
    // A street's abbreviation at a sentence's end joins nothing.
    assert_eq!(
        places("The shop is on Main St. Police said nothing."),
        Vec::<String>::new()
    );
}

#[test]
fn a_province_of_a_small_territory_does_not_outrank_a_state_of_the_same_name() {
    assert_eq!(
        resolved("She moved to Florida last year."),
        [("Florida".to_owned(), "US")]
    );
}

#[test]
fn a_state_abbreviation_that_is_also_a_word_is_a_state_only_after_a_us_town() {
    let found = resolved("Townhouses are going up in Gainesville, Va. The first open in May.");
    assert_eq!(
        found,
        [("Gainesville".to_owned(), "US"), ("Va.".to_owned(), "US")]
    );
    let gazetteer = Gazetteer::embedded().unwrap();
    let extracted = run("Townhouses are going up in Gainesville, Va. The first open in May.");
    let town = gazetteer.place(extracted.mentions[0].place);
    assert_eq!(town.admin1, "VA", "{town:?}");
    // Not after a town: the Press Association and a service are no states.
    assert_eq!(
        places("The Pa. report said Mass. was held."),
        Vec::<String>::new()
    );
}

#[test]
fn a_place_named_by_one_spelling_settles_another() {
    let found = run("CAMP MURRAY, Wash. - The team is at home in Washington most of the year.");
    let gazetteer = Gazetteer::embedded().unwrap();
    let kinds: Vec<&str> = found
        .mentions
        .iter()
        .map(|m| gazetteer.place(m.place).kind.as_str())
        .collect();
    assert_eq!(kinds, ["city", "admin1", "admin1"], "{:?}", found.mentions);
}

#[test]
fn a_place_that_hosts_talks_is_their_venue_and_their_topic_is_not() {
    // The fighting that rages is an armed clash of its own.
    assert_eq!(
        events("Kenyan capital hosts Sudan talks as fighting rages in Khartoum"),
        [
            ("incident", "Khartoum".to_owned()),
            ("meeting", "Nairobi".to_owned())
        ]
    );
    assert_eq!(
        events("The Kenyan capital hosted talks on Sudan on Monday."),
        [("meeting", "Nairobi".to_owned())]
    );
    assert_eq!(
        events("Nairobi hosts talks on Sudan"),
        [("meeting", "Nairobi".to_owned())]
    );
    assert_eq!(
        events("Ministers held talks in Jeddah on Sudan."),
        [("meeting", "Jeddah".to_owned())]
    );
}

#[test]
fn a_border_in_another_clause_does_not_stop_a_meeting() {
    assert_eq!(
        events("Army deploys on the border as UNIFIL meets Israeli, Lebanese officers in Naqoura"),
        [("meeting", "En Nâqoûra".to_owned())]
    );
    assert!(
        events("The village lies close to where the borders of Jordan, Syria and Iraq meet.")
            .is_empty()
    );
}

#[test]
fn a_weapon_system_and_a_building_named_after_a_town_are_not_the_place() {
    // "Iskander" is also a town in Uzbekistan, "Druzhba" a village far from Pokrovsk.
    assert_eq!(
        events("The first Iskander struck the Druzhba hotel in central Pokrovsk on Monday."),
        [("incident", "Pokrovsk".to_owned())]
    );
}

#[test]
fn earlier_strikes_told_in_passing_and_the_attackers_home_town_are_no_incidents() {
    assert_eq!(
        events(
            "A strike hit a house in Zgharta on Monday. Israel had previously struck mostly \
             Shiite areas in the Bekaa and in Beirut."
        ),
        [("incident", "Zghartā".to_owned())]
    );
    assert_eq!(
        events(
            "Two gunmen opened fire at a station in Jaffa on Tuesday. The assailants, from \
             Hebron, were shot dead."
        ),
        [("incident", "Jaffa".to_owned())]
    );
}

#[test]
fn fighting_that_breaks_out_or_rages_is_a_clash_but_a_topic_of_fighting_is_not() {
    assert_eq!(
        events("Heavy fighting broke out in Khartoum on Monday."),
        [("incident", "Khartoum".to_owned())]
    );
    assert!(events("The ministers discussed the fighting in Khartoum.").is_empty());
}

#[test]
fn hits_recorded_in_regions_are_strikes_and_a_list_of_launch_sites_is_no_target() {
    assert_eq!(
        events(
            "Overnight, the enemy attacked with 93 missiles launched from the Bryansk, Kursk \
             and Oryol regions. Hits were recorded in the Ternopil region."
        ),
        [("incident", "Ternopilska oblast".to_owned())]
    );
}

#[test]
fn a_seat_in_brackets_after_a_body_is_part_of_its_name() {
    let extracted =
        run("Statement of the Yemeni Armed Forces (Sanaa): drones struck Tel Aviv on Friday.");
    assert_eq!(
        events("Statement of the Yemeni Armed Forces (Sanaa): drones struck Tel Aviv on Friday."),
        [("incident", "Tel Aviv".to_owned())]
    );
    let sanaa = extracted
        .mentions
        .iter()
        .find(|m| &extracted.article.text[m.start..m.end] == "Sanaa")
        .expect("Sanaa is still a place mention");
    assert_eq!(sanaa.role, incident_map::geoparse::Role::InName);
}

#[test]
fn a_readout_that_spoke_today_with_a_leader_is_a_call() {
    // The day inside the trigger's words once reversed a token range (a panic).
    assert_eq!(
        events("Secretary of State Marco Rubio spoke today with Rwandan President Paul Kagame."),
        [("call", "Washington".to_owned())]
    );
    assert!(events("A police officer spoke on condition of anonymity with reporters.").is_empty());
}

#[test]
fn bodies_found_dumped_on_a_road_are_an_incident_where_they_were_found() {
    assert_eq!(
        events("Five bodies were found on a road on the outskirts of Culiacán on Monday."),
        [("incident", "Culiacán".to_owned())]
    );
}

#[test]
fn a_known_name_that_only_starts_a_village_name_is_not_that_place() {
    // Bali is an Indonesian province; "Bali Busle" a Somali village the gazetteer lacks.
    assert!(resolved("Clashes broke out in the village of Bali Busle on Monday.").is_empty());
    assert_eq!(
        resolved("Clashes broke out in the town of Galkayo on Monday."),
        [("Galkayo".to_owned(), "SO")]
    );
}

#[test]
fn a_local_government_area_goes_on_from_its_town_and_a_correspondent_is_no_venue() {
    // The gazetteer knows Nigeria's LGAs: the event is in the LGA (district precision),
    // not in its seat town nor where the correspondent was.
    assert_eq!(
        events(
            "Bandits abducted at least 30 residents of a village in Shinkafi Local Government \
             Area on Sunday night, a resident told our correspondent in Gusau."
        ),
        [("incident", "Shinkafi District".to_owned())]
    );
}

#[test]
fn a_meeting_on_the_sidelines_of_a_gathering_is_at_its_venue() {
    assert_eq!(
        events(
            "Prime Minister Pashinyan met with President Aliyev on the sidelines of the UN \
             General Assembly in New York on Tuesday."
        ),
        [("meeting", "New York City".to_owned())]
    );
    // "People's Republic of China" is China, not the Republic of China inside it.
    assert_eq!(
        resolved("Austin met People's Republic of China Minister of National Defense Dong Jun."),
        [
            ("Austin".to_owned(), "US"),
            ("People's Republic of China".to_owned(), "CN")
        ]
    );
}

#[test]
fn a_toll_told_after_the_attack_takes_the_day_the_attack_sentence_states() {
    // 2024-05-03 is a Friday: "on Thursday" is 2024-05-02.
    assert_eq!(
        dates(
            "Men in army uniforms drove into the town of Ouahigouya early on Thursday, \
             survivors said. At least 60 civilians were killed."
        ),
        ["2024-05-02"]
    );
}

#[test]
fn a_call_with_the_holder_of_an_office_and_names_after_an_honorific() {
    assert_eq!(
        events("President Ruto spoke by phone today with the Prime Minister of Barbados."),
        [("call", "Nairobi".to_owned())]
    );
    assert!(events("The general spoke with the press in Kirkuk.").is_empty());
    // "Yoko" is a town in Cameroon and here a minister's given name.
    assert!(places("Ms. Kamikawa Yoko held a telephone talk with Mr. Park Jin.").is_empty());
}

#[test]
fn a_visit_a_call_prepares_is_still_ahead() {
    assert_eq!(
        events(
            "Minister Sybiha held a phone call on Thursday with Hakan Fidan to prepare \
             President Zelensky's visit to Ankara next week."
        ),
        [("call", "Kyiv".to_owned())]
    );
}

#[test]
fn troops_engaging_an_armed_foe_is_a_clash_but_engaging_in_talks_is_not() {
    let found =
        events("Soldiers engaged insurgents at Dikwa and Gajiram in Borno State on Monday.");
    assert_eq!(
        found,
        [
            ("incident", "Dikwa".to_owned()),
            ("incident", "Gajiram".to_owned())
        ]
    );
    assert!(
        events("The two sides engaged in talks in Doha on Monday.")
            .iter()
            .all(|(kind, _)| *kind != "incident")
    );
    assert!(events("The governor engaged the community in Maiduguri on Monday.").is_empty());
}

#[test]
fn a_compass_name_abroad_is_a_description_not_a_province() {
    // Nigeria's north-east, not Ghana's North East Region.
    let found = places(
        "Troops rescued 21 hostages in the North East this week after an ambush near Bama \
         and Gwoza in Borno State.",
    );
    assert!(!found.iter().any(|p| p == "North East"), "{found:?}");
}

#[test]
fn a_lowercase_word_between_hyphens_stands_inside_a_name() {
    assert_eq!(
        events("Gunmen opened fire on a minibus in Port-au-Prince on Tuesday."),
        [("incident", "Port-au-Prince".to_owned())]
    );
    assert_eq!(
        places("A blast hit a market in Mazar-i-Sharif."),
        ["Mazar-i-Sharif"]
    );
}

#[test]
fn a_site_beyond_a_small_towns_reach_is_a_strike_of_its_own() {
    let found = events(
        "Shells struck a clinic in al-Atarib early on Sunday. A warplane struck near the \
         Bab al-Hawa border crossing later the same day.",
    );
    assert_eq!(found.len(), 2, "{found:?}");
    // A site named after its city is inside it, however far out ("Damascus International
    // Airport" is Damascus).
    let found = events(
        "Missiles struck Damascus on Thursday. The strike hit Damascus International Airport.",
    );
    assert_eq!(found.len(), 1, "{found:?}");
}

#[test]
fn fighting_introduced_after_after_is_told_there_but_the_attack_refers_back() {
    assert_eq!(
        events("Rebels entered Dessie after heavy fighting with the army on Sunday."),
        [("incident", "Dessie".to_owned())]
    );
    // "after the attack" names one the story already knows.
    assert!(events("Troops were deployed to Dessie after the attack.").is_empty());
}

#[test]
fn fighting_between_two_parties_is_a_clash() {
    assert_eq!(
        events("Fighting between the army and a local militia in Gondar on Saturday left 9 dead."),
        [("incident", "Gonder".to_owned())]
    );
}

#[test]
fn a_meeting_at_a_seat_of_government_is_there_not_at_a_town_it_is_named_like() {
    // "Hyderabad House" is the government guest house in New Delhi, not Hyderabad.
    assert_eq!(
        events(
            "The prime minister held talks with the visiting president at Hyderabad House, New Delhi, on Monday."
        ),
        [("meeting", "Hyderabad House".to_owned())]
    );
}

#[test]
fn drones_dropping_explosives_is_a_strike() {
    assert_eq!(
        events("Drones dropped explosives on Apatzingan on Wednesday."),
        [("incident", "Apatzingán".to_owned())]
    );
}

#[test]
fn where_a_labourer_comes_from_and_where_air_support_was_sent_from_are_no_scenes() {
    assert_eq!(
        events("Gunmen shot and wounded a labourer from Bihar in Tral on Sunday."),
        [("incident", "Trāl".to_owned())]
    );
    assert_eq!(
        events(
            "Jihadists attacked an army post in Sebba on Monday; the assault was repelled \
             with air support sent from Dori."
        ),
        [("incident", "Sebba".to_owned())]
    );
}

#[test]
fn a_word_after_a_second_al_is_a_link_of_a_persons_lineage() {
    assert_eq!(
        places("The minister met Sheikh Meshal al-Ahmad al-Jaber al-Sabah in Kuwait City."),
        ["Kuwait City"]
    );
}

#[test]
fn an_encounter_with_an_armed_party_is_a_clash_but_not_one_with_a_minister() {
    assert_eq!(
        events(
            "Two militants were killed in an encounter with security forces in Kulgam on Saturday."
        ),
        [("incident", "Kulgam".to_owned())]
    );
    assert!(events("His encounter with the minister in Delhi on Saturday was cordial.").is_empty());
}

#[test]
fn where_a_leader_reacted_from_set_off_by_commas_is_no_scene() {
    let found = events(
        "A gunman opened fire in the Shah Cheragh shrine in Shiraz on Wednesday, killing 13. \
         President Raisi, in Tehran, promised a harsh response and linked the attack to the \
         unrest that had spread since September.",
    );
    assert_eq!(found, [("incident", "Shiraz".to_owned())]);
}

#[test]
fn an_attack_named_in_condolences_or_condemnation_with_no_day_is_no_new_event() {
    assert!(
        events(
            "The Secretary spoke today with the foreign minister and expressed condolences for \
         the lives lost in the terrorist attack in Pahalgam."
        )
        .iter()
        .all(|(kind, _)| *kind != "incident")
    );
    // With a day of its own, the attack named is one the story tells.
    assert_eq!(
        events("The council condemned the attack on a market in Kidal on Tuesday."),
        [("incident", "Kidal".to_owned())]
    );
    // A summit still ahead is no meeting.
    assert!(
        events("Putin said Russia looked forward to the SCO summit in Tianjin this year.")
            .is_empty()
    );
}

#[test]
fn a_division_named_by_its_stem_is_the_division_and_only_says_where_its_town_is() {
    // The gazetteer lists "Kursk Oblast"; "the Kursk region" is that oblast, and a town
    // "in" it is where the shelling was (not a second event in the city of Kursk).
    let extracted = run("Artillery shelled Sudzha in the Kursk region.");
    let gazetteer = Gazetteer::embedded().unwrap();
    let kursk = extracted
        .mentions
        .iter()
        .find(|m| &extracted.article.text[m.start..m.end] == "Kursk")
        .unwrap();
    assert_eq!(
        gazetteer.place(kursk.place).kind,
        incident_map::gazetteer::PlaceKind::Admin1
    );
    assert_eq!(
        events("Artillery shelled Sudzha in the Kursk region."),
        [("incident", "Sudzha".to_owned())]
    );
}

#[test]
fn a_facility_named_after_its_town_is_in_the_town_and_a_second_one_is_a_second_event() {
    let found = events(
        "Ukrainian drones hit the Millerovo military airfield in the Rostov region and the \
         Morozovsk airfield further east overnight.",
    );
    assert_eq!(
        found,
        [
            ("incident", "Millerovo".to_owned()),
            ("incident", "Morozovsk".to_owned())
        ]
    );
}

#[test]
fn a_road_between_two_towns_is_one_place() {
    let found =
        events("A roadside bomb exploded on the highway between Kirkuk and Tikrit, killing two.");
    assert_eq!(found.len(), 1, "{found:?}");
}

#[test]
fn an_appositive_title_does_not_push_the_venue_out_of_reach() {
    let found = events(
        "The minister received Badr Albusaidi, Minister of Foreign Affairs of the Sultanate \
         of Oman and Special Envoy, in Nairobi on Tuesday.",
    );
    assert_eq!(found, [("meeting", "Nairobi".to_owned())]);
}

#[test]
fn a_call_received_is_where_the_one_who_received_it_sits() {
    let found = events(
        "Kassym-Jomart Tokayev received a phone call from Narendra Modi\n\nThe Head of State \
         received a telephone call from Prime Minister Narendra Modi of India. They discussed \
         trade.",
    );
    assert_eq!(found, [("call", "Astana".to_owned())]);
}

#[test]
fn a_name_whose_article_is_part_of_it_is_found() {
    assert_eq!(
        events("Ministers met in The Hague on Tuesday."),
        [("meeting", "The Hague".to_owned())]
    );
    // A longer name that starts with it is not the place.
    assert!(
        !places("They watched a play at The Colony Theatre.").contains(&"The Colony".to_owned())
    );
}

#[test]
fn a_year_before_the_noun_dates_the_event() {
    // Ahead of the story's year: not an event yet; years before: background.
    assert!(events("Officials said Kenya is ready to host the 2026 summit in Nairobi.").is_empty());
    assert!(events("The 2019 attack on Abqaiq was recalled by officials in Riyadh.").is_empty());
    assert_eq!(
        dates("The 2024 summit opened in Nairobi on Monday."),
        ["2024-04-29".to_owned()]
    );
}

#[test]
fn a_relative_clause_about_the_guest_does_not_hide_the_venue() {
    let found = events(
        "The minister held talks with President Ruto, who is on a state visit to Ghana and \
         attending a trade forum, in Kumasi.",
    );
    assert_eq!(found, [("meeting", "Kumasi".to_owned())]);
}

#[test]
fn an_air_defence_tally_over_divisions_is_no_attack_on_them() {
    // A list closed by a plural division word names divisions.
    let found = places("Air defences downed 40 drones over the Bryansk, Oryol and Tula regions.");
    assert_eq!(found, ["Bryansk", "Oryol", "Tula"]);
    assert!(
        events("Air defences downed 40 drones over the Bryansk, Oryol and Tula regions.")
            .is_empty()
    );
    // Over a town it may be an incident there.
    assert_eq!(
        events("Soldiers shot down two drones over the town of Kassala."),
        [("incident", "Kassala".to_owned())]
    );
}

#[test]
fn a_towns_own_name_beats_a_variant_spelling_of_a_country_the_story_is_not_in() {
    // "Uman" is also listed as a spelling of Oman.
    let found = events("Missiles hit Uman and the city of Vinnytsia on Sunday.");
    assert_eq!(
        found,
        [
            ("incident", "Uman".to_owned()),
            ("incident", "Vinnytsya".to_owned())
        ]
    );
    let found = events("Missiles hit Kherson, and in the city of Mykolaiv a school burned.");
    assert_eq!(found.len(), 2, "{found:?}");
}

#[test]
fn a_country_that_owns_a_place_is_the_country_not_a_village_of_its_name() {
    // Villages called "Iraq" and "Mexico" exist; the possessive names the country.
    assert_eq!(
        events("Gunmen killed eight in Iraq's Basra on Sunday."),
        [("incident", "Basrah".to_owned())]
    );
    assert_eq!(
        events("Eight killed in shooting at bar in Mexico's Acapulco"),
        [("incident", "Acapulco de Juárez".to_owned())]
    );
}

#[test]
fn hitting_a_facility_is_an_attack_but_a_storm_is_not() {
    assert_eq!(
        events("Saboteurs hit a fuel depot in Bryansk overnight."),
        [("incident", "Bryansk".to_owned())]
    );
    assert!(events("The storm hit the port city of Mobile.").is_empty());
    assert!(events("An earthquake struck near Herat on Sunday.").is_empty());
}

#[test]
fn a_portfolio_after_of_is_part_of_the_title_not_the_name() {
    let found = run("Minister of Foreign Affairs Hakan Fidan received Sergei Lavrov in Ankara.");
    assert_eq!(found.events[0].actors, ["Hakan Fidan", "Sergei Lavrov"]);
}

#[test]
fn a_recent_visit_or_one_since_which_things_moved_is_told_before() {
    assert!(
        events(
            "The Prime Minister briefed the President on his recent visits to Poland and Ukraine."
        )
        .is_empty()
    );
    assert!(
        events("They welcomed the progress since President Lee's visit to Tokyo in August.")
            .is_empty()
    );
}

#[test]
fn a_meeting_with_an_ambassador_is_in_the_country_they_serve_in() {
    let found = events(
        "The foreign minister received the Ambassador of Japan to Kenya, Ken Okaniwa, on Monday.",
    );
    assert_eq!(found, [("meeting", "Nairobi".to_owned())]);
}

#[test]
fn a_division_heading_the_line_keeps_its_village_from_a_city_that_lists_the_name() {
    // "Stanislav" is a village of Kherson oblast and an old name of Ivano-Frankivsk; the
    // line names the oblast, so the village is meant.
    assert_eq!(
        events("Kherson oblast: Russian artillery shelled Stanislav, a school was hit."),
        [("incident", "Stanislav".to_owned())]
    );
    assert_eq!(
        events("Shelling hit a school in Stanislav, Kherson region officials said."),
        [("incident", "Stanislav".to_owned())]
    );
    // The details panel says why.
    let extracted = run("Kherson oblast: Russian artillery shelled Stanislav, a school was hit.");
    let gazetteer = Gazetteer::embedded().unwrap();
    let stanislav = extracted
        .mentions
        .iter()
        .find(|m| &extracted.article.text[m.start..m.end] == "Stanislav")
        .unwrap();
    let reasons = stanislav.candidates[0].reasons(gazetteer).join(" · ");
    assert!(
        reasons.contains("in a province the article names as one"),
        "{reasons}"
    );
}

#[test]
fn a_province_heading_the_line_does_not_become_its_same_named_town() {
    // The department of Nariño heads the line; the clash was in Barbacoas, and the town
    // called Nariño gains nothing from its department's name.
    assert_eq!(
        events("Nariño: clashes between dissidents and the army in rural Barbacoas."),
        [("incident", "Barbacoas".to_owned())]
    );
}

#[test]
fn a_university_named_after_a_state_does_not_name_the_state() {
    // "Mississippi State" is a team: it does not pull Louisville into Mississippi.
    let extracted = run("The Mississippi State team beat Louisville in overtime.");
    let gazetteer = Gazetteer::embedded().unwrap();
    let louisville = extracted
        .mentions
        .iter()
        .find(|m| &extracted.article.text[m.start..m.end] == "Louisville")
        .unwrap();
    assert_eq!(gazetteer.place(louisville.place).admin1, "KY");
}

#[test]
fn a_territory_in_brackets_rules_out_a_same_named_city_abroad() {
    // The gazetteer lacks both the village and Mambasa (Ituri); Kenya's Mombasa lists
    // "Mambasa" as a spelling but is not in Ituri, so the attack is in the province.
    assert_eq!(
        events("Militants raided Kalunga village (Mambasa territory, Ituri province) at dawn."),
        [("incident", "Ituri".to_owned())]
    );
}

#[test]
fn a_district_named_by_its_seat_says_where_the_village_is() {
    // One strike, in the village; the raion's seat is no second target, and a raion
    // runs further from its seat than a town's outskirts.
    assert_eq!(
        events("Guided bombs hit Velykyi Burluk in Kupiansk district on Friday."),
        [("incident", "Velykyi Burluk".to_owned())]
    );
    assert_eq!(
        events(
            "A drone dropped explosives on Semenivka (Novhorod-Siverskyi raion, Chernihiv oblast)."
        ),
        [("incident", "Semenivka".to_owned())]
    );
}

#[test]
fn a_district_of_a_conflict_country_is_known_by_its_name_and_its_word() {
    // The village is not in the gazetteer; its district is, so the operation is placed
    // there, at district precision.
    let extracted = run(
        "Troops raided hideouts in the general area of Makeen, South Waziristan district, \
         killing four militants.",
    );
    let gazetteer = Gazetteer::embedded().unwrap();
    let places: Vec<&str> = extracted
        .events
        .iter()
        .map(|e| gazetteer.place(e.place).name)
        .collect();
    assert_eq!(places, ["South Waziristan Agency"]);
    assert!(gazetteer.place(extracted.events[0].place).is_district());
}

#[test]
fn of_two_same_named_districts_the_one_in_the_story_s_state_is_meant() {
    // Nigeria has a Bassa LGA in Kogi and one in Plateau; Jos is Plateau's capital.
    let extracted = run(
        "Gunmen attacked a farming village in Bassa local government area before dawn. \
         The wounded were taken to Jos.",
    );
    let gazetteer = Gazetteer::embedded().unwrap();
    let bassa = extracted
        .mentions
        .iter()
        .find(|m| &extracted.article.text[m.start..m.end] == "Bassa")
        .unwrap();
    assert_eq!(gazetteer.place(bassa.place).admin1, "49");
}

#[test]
fn a_travel_record_headed_by_the_traveller_s_office_is_no_meeting_at_home() {
    // "of Norway" names the traveller's office; the trip went elsewhere.
    assert!(
        events("Travel of the Foreign Minister of Norway to the Horn of Africa, 21-24 October.")
            .is_empty()
    );
}

#[test]
fn troops_that_defeat_or_repel_an_armed_foe_clash_with_it() {
    assert_eq!(
        events("Units defeated enemy formations near Yunakivka in Sumy region."),
        [("incident", "Yunakivka".to_owned())]
    );
    assert!(events("The senate defeated the bill in Kyiv.").is_empty());
}

#[test]
fn a_travel_record_named_by_its_register_is_no_meeting_at_the_travellers_seat() {
    assert!(
        events("Official travel record: Secretary of Foreign Affairs of Mexico, 8-11 April.")
            .is_empty()
    );
    // A meeting with an office holder abroad is still at the host's seat.
    assert_eq!(
        events("Iraq's prime minister meets the President of Iran on his first trip abroad."),
        [("meeting", "Tehran".to_owned())]
    );
}

#[test]
fn a_street_named_before_its_city_leaves_the_city_a_place() {
    assert_eq!(
        events("A bomb went off on Galata Avenue in Istanbul on Friday, wounding four."),
        [("incident", "Istanbul".to_owned())]
    );
}

#[test]
fn a_time_of_day_after_a_fronted_before_dates_the_main_clause() {
    // Published Friday 3 May 2024: "Before dawn on Wednesday" is 1 May.
    assert_eq!(
        dates("Before dawn on Wednesday, a drone struck a depot near Kherson."),
        ["2024-05-01"]
    );
}

#[test]
fn a_day_between_the_guest_and_the_venue_does_not_hide_the_venue() {
    assert_eq!(
        events(
            "Prime Minister Plenković held talks with the Prime Minister of Montenegro on Friday in Split."
        ),
        [("meeting", "Split".to_owned())]
    );
}

#[test]
fn a_courtesy_call_on_an_office_holder_is_a_visit_where_it_was_paid() {
    assert_eq!(
        events(
            "The foreign minister paid a courtesy call on the President of Fiji in Nadi on Monday."
        ),
        [("meeting", "Nadi".to_owned())]
    );
}

#[test]
fn a_call_made_from_a_stated_place_is_there_but_a_sources_call_is_no_event() {
    assert_eq!(
        events(
            "Later that day the minister spoke by phone from Honiara with the Prime Minister of Tonga."
        ),
        [("call", "Honiara".to_owned())]
    );
    assert!(events("Researchers interviewed two witnesses by phone from Baghdad.").is_empty());
}

#[test]
fn a_province_told_with_the_places_inside_it_is_no_incident_of_its_own() {
    assert_eq!(
        events(
            "On the night of 1-2 May, the Kyiv regime carried out a drone attack on targets in \
             the Moscow region; the drones were suppressed over Podolsk and Mytishchi."
        ),
        [
            ("incident", "Podolsk".to_owned()),
            ("incident", "Mytishchi".to_owned())
        ]
    );
}

#[test]
fn a_past_perfect_relative_clause_names_an_earlier_event_in_passing() {
    assert!(
        events("The new governor took office in Fayzabad, where a car bomb had killed his deputy.")
            .is_empty()
    );
    // A backshifted report is the story's own event.
    assert_eq!(
        events("Police said gunmen had stormed a hotel in Kabul on Monday."),
        [("incident", "Kabul".to_owned())]
    );
}

#[test]
fn a_big_city_abroad_yields_when_the_story_marks_its_provinces_elsewhere() {
    // Mozambique's Palma is not in the gazetteer; Palma de Mallorca is, and is big, but
    // the story marks a Mozambican province and names nothing in Spain.
    let found = places(
        "MAPUTO, May 6 (Reuters) - Insurgents attacked a camp near Mecula on Wednesday, far \
         from Cabo Delgado province, where a gas project lies near Palma.",
    );
    assert!(!found.iter().any(|p| p == "Palma"), "{found:?}");
}

#[test]
fn a_name_of_several_words_is_the_place_it_is_the_main_name_of() {
    // GeoNames lists "Bilhorod-Dnistrovskyi" among Belgorod's alternates too.
    assert_eq!(
        events("Russian missiles hit the port city of Bilhorod-Dnistrovskyi, killing two."),
        [("incident", "Bilhorod-Dnistrovskyi".to_owned())]
    );
}

#[test]
fn a_place_name_inside_a_ships_name_is_no_place_of_the_attack() {
    let found = events("A drone struck the tanker Chios Lion in the Red Sea on Tuesday.");
    assert!(
        !found.iter().any(|(_, place)| place == "Chios"),
        "{found:?}"
    );
}

#[test]
fn a_verbs_s_form_with_no_subject_is_the_plural_noun() {
    // After a dash, "talks with" are talks held there, not someone talking on the phone.
    assert_eq!(
        events(
            "Programme of the Foreign Minister, 4-5 March 2022.\n\
             4 March: Windhoek — talks with Namibia's foreign minister.\n\
             5 March: Gaborone — bilateral with the Vice-President of Botswana."
        ),
        [
            ("meeting", "Windhoek".to_owned()),
            ("meeting", "Gaborone".to_owned())
        ]
    );
    // With a subject it is the verb.
    assert_eq!(
        events("President Ruto talks with President Museveni by phone on Tuesday."),
        [("call", "Nairobi".to_owned())]
    );
}

#[test]
fn a_visit_still_ahead_is_no_event_and_its_place_is_not_the_meetings() {
    // A possessor between "ahead of" and the visit does not hide the plan.
    assert_eq!(
        events(
            "The Foreign Minister of Estonia received a telephone call from the Secretary \
             of State on Monday ahead of the Vice President's visit to Tallinn next week."
        ),
        [("call", "Tallinn".to_owned())]
    );
    // The summit's city is where things are still to come, not where the talks were.
    assert_eq!(
        events("Ruto and Museveni held talks in Entebbe on Friday ahead of a summit in Arusha."),
        [("meeting", "Entebbe".to_owned())]
    );
}

#[test]
fn a_visit_to_a_site_inside_a_stop_is_no_diplomatic_meeting() {
    assert!(
        events(
            "Programme of the Foreign Minister, 8-9 May 2023.\n\
             9 May: Mombasa — visit to the container terminal."
        )
        .is_empty()
    );
    // The talks of the same stop are still a meeting.
    assert_eq!(
        events("8 May 2023: Mombasa — talks with the county governor; visit to a cement factory."),
        [("meeting", "Mombasa".to_owned())]
    );
}

#[test]
fn a_meeting_after_before_is_a_step_of_its_own_with_its_own_place() {
    // The place before "before" is the first step's; the gerund's venue follows it.
    assert_eq!(
        events(
            "The delegation flew in from Warsaw and, on 4 May, laid a wreath in Lviv \
             before meeting President Zelensky in Kyiv."
        ),
        [("meeting", "Kyiv".to_owned())]
    );
}

#[test]
fn the_place_a_statement_was_issued_in_is_no_place_of_the_event() {
    assert!(
        events(
            "Gunmen ambushed a police patrol on Tuesday, killing three officers, the \
             ministry said in a statement issued in Niamey."
        )
        .is_empty()
    );
    // A verb's object before the place ends the statement's phrase.
    assert_eq!(
        events("The ministry said gunmen ambushed a police patrol in Niamey on Tuesday."),
        [("incident", "Niamey".to_owned())]
    );
}

#[test]
fn a_governorates_countryside_is_the_governorate_and_holds_its_villages() {
    // Japan's Naha lists "Nawa" among its alternates and is far bigger than Syria's Nawa.
    assert_eq!(
        events("Daraa countryside: gunmen shot dead two men in Nawa on Monday."),
        [("incident", "Nawá".to_owned())]
    );
}

#[test]
fn a_village_the_gazetteer_lacks_after_a_possessive_falls_to_its_container() {
    // "Khirbet Zraiq" is no entry of the gazetteer: the strike is in Gaza, at that precision.
    assert_eq!(
        events("Israeli strike on a tent camp in Gaza's Khirbet Zraiq kills 9"),
        [("incident", "Gaza".to_owned())]
    );
    // An institution after the possessive is no village: "Iran's Revolutionary Guards".
    assert!(
        events("Drone strike kills commander of Iran's Revolutionary Guards")
            .iter()
            .all(|(_, place)| place != "Iran")
    );
}

#[test]
fn a_call_is_where_the_caller_is_said_to_be() {
    assert_eq!(
        events(
            "Vice-President Kashim Shettima, from Maiduguri, held a phone call on Monday \
             with the President of Ghana."
        ),
        [("call", "Maiduguri".to_owned())]
    );
    assert_eq!(
        events(
            "President Ruto, who is in Mombasa for a trade fair, held a phone \
             conversation on Monday with the President of Tanzania."
        ),
        [("call", "Mombasa".to_owned())]
    );
    // The ruler of an emirate calls from its seat.
    assert_eq!(
        events("The Ruler of Fujairah made a phone call on Monday to the President of Malta."),
        [("call", "Fujairah".to_owned())]
    );
}

#[test]
fn the_arrangements_for_a_summit_are_no_meeting() {
    assert!(events("Officials in Apia finished the summit preparations on Monday.").is_empty());
}

#[test]
fn military_releases_inflict_losses_and_conduct_operations() {
    assert_eq!(
        events(
            "Units of the battlegroup inflicted losses on manpower of two brigades near \
             Pokrovsk on Tuesday."
        ),
        [("incident", "Pokrovsk".to_owned())]
    );
    assert_eq!(
        events(
            "On 3 May 2024, security forces conducted an intelligence-based operation in \
             the general area of Zhob, killing two terrorists."
        ),
        [("incident", "Zhob".to_owned())]
    );
}

#[test]
fn a_denied_meeting_did_not_happen() {
    assert!(
        events(
            "The presidency denied reports that President Mahama held a telephone call on \
             Monday with the President of Togo."
        )
        .is_empty()
    );
}

#[test]
fn a_host_receives_an_envoy_at_their_own_seat_not_at_the_posting_capital() {
    // The ambassador is posted to the UAE; the ruler who received them sits in Ajman.
    assert_eq!(
        events("The Ruler of Ajman received the Ambassador of Chile to the UAE on Monday."),
        [("meeting", "Ajman".to_owned())]
    );
}

#[test]
fn plain_congo_is_the_drc_unless_the_story_is_in_the_other_congo() {
    assert_eq!(
        events("KINSHASA - Rebels attacked an army post in eastern Congo on Monday."),
        [("incident", "Democratic Republic of the Congo".to_owned())]
    );
    assert_eq!(
        events("BRAZZAVILLE - Gunmen attacked a police post in Congo on Monday."),
        [("incident", "Republic of the Congo".to_owned())]
    );
}

#[test]
fn a_name_in_a_division_the_text_names_never_goes_to_a_homonym_elsewhere() {
    // Kenya's Mombasa lists "Mambasa" as an alternate; the text puts the town in Ituri.
    assert_eq!(
        events(
            "Rebels raided a village near Mambasa in north-eastern Congo's Ituri province on Monday."
        ),
        [("incident", "Ituri".to_owned())]
    );
}

#[test]
fn a_vehicle_travelling_is_no_visit() {
    assert!(
        events("The car had been travelling on a mountain road north of Zakho.")
            .iter()
            .all(|(kind, _)| *kind != "meeting")
    );
}

#[test]
fn a_name_is_no_support_for_its_own_reading() {
    // "Bethlehem" is also an alternate name of Belém, Brazil, a city of a million and a
    // half; the Palestinian town next to the story's other place wins once Belém's own
    // mention no longer counts as the article being set in Brazil.
    let found = events(
        "The president met church leaders in Bethlehem on Sunday and drove back to \
         Ramallah the same night.",
    );
    assert_eq!(found, [("meeting", "Bethlehem".to_owned())]);
}

#[test]
fn the_attackers_nationality_does_not_set_the_story_in_their_country() {
    // Belgorod lists the Ukrainian port's name among its alternates; "Russian" names the
    // missiles' side, not where they fell.
    let found = events("Russian missiles hit the port town of Bilhorod-Dnistrovskyi overnight.");
    assert_eq!(found, [("incident", "Bilhorod-Dnistrovskyi".to_owned())]);
}

#[test]
fn the_area_after_two_names_holds_both() {
    // Neither village is in the gazetteer under these spellings (a town in Saudi Arabia is
    // called Shaqra): the area the text names after the pair stands for them.
    let found =
        events("Artillery shelled the edges of Shaqra and Barashit, south Lebanon, at dawn.");
    assert_eq!(found, [("incident", "Lebanon".to_owned())]);
}

#[test]
fn a_place_after_a_provincial_capitals_possessive_lies_in_its_province() {
    // Az Zaydiyah is 50 km from Hodeidah city, inside Hodeidah governorate: the
    // possessive names the governorate as much as the city.
    let found = events("Air strikes hit Hodeidah's Zaydiyah before dawn.");
    assert_eq!(found, [("incident", "Az Zaydīyah".to_owned())]);
}

#[test]
fn the_place_before_a_village_of_only_says_where_it_is() {
    let found = events("A car bomb killed six in the Idlib village of Binnish.");
    assert_eq!(found, [("incident", "Binnish".to_owned())]);
    let found = events("A car bomb killed six in the al-Bab countryside town of Qabasin.");
    assert_eq!(found, [("incident", "Qabbāsīn".to_owned())]);
    // "area of" is the other way round: Gare lies in Amedi.
    let found = events("Airstrikes hit the Gare area of Amedi district on Friday.");
    assert_eq!(found, [("incident", "Al ‘Amādīyah".to_owned())]);
}

#[test]
fn a_countrys_possessive_before_a_surname_names_its_leader() {
    // Headline style: the call is placed at the first party's seat.
    let found = events("Norway's Halvorsen, Denmark's Kjeldsen talk by phone ahead of the summit");
    assert_eq!(found, [("call", "Oslo".to_owned())]);
    // A place the gazetteer knows after the possessive stays a place.
    let found = events("Air strikes hit Yemen's Zaydiyah overnight.");
    assert_eq!(found, [("incident", "Az Zaydīyah".to_owned())]);
}

#[test]
fn the_article_before_a_sun_letter_is_spelt_as_that_letter() {
    // News writes "Al-Nuhud"; the standard romanisation, "An Nuhud".
    let found = events("The army repelled an attack on the town of Al-Nuhud on Sunday.");
    assert_eq!(found, [("incident", "An Nuhūd".to_owned())]);
    // A derived spelling is an alternate: it does not carry a story set in Idlib to Libya.
    let found =
        events("IDLIB - Artillery shelled the village of Kansafra in Jabal al-Zawiya on Sunday.");
    assert_eq!(found, [("incident", "Idlib".to_owned())]);
}

#[test]
fn an_operations_name_is_no_place() {
    let found = events(
        "Troops killed four militants in Lamu County on Tuesday during Operation Amani Boni.",
    );
    assert_eq!(found, [("incident", "Lamu".to_owned())]);
}

#[test]
fn a_capitalised_division_word_after_a_province_is_its_kind() {
    let found = events("Clashes erupted in Lamu County on Tuesday.");
    assert_eq!(found, [("incident", "Lamu".to_owned())]);
}

#[test]
fn where_the_wounded_were_flown_is_no_event() {
    let found = events(
        "Militants attacked a patrol in Lamu County on Tuesday. A wounded soldier was \
         airlifted to Mombasa.",
    );
    assert_eq!(found, [("incident", "Lamu".to_owned())]);
}

#[test]
fn an_alternate_spelling_far_away_yields_to_the_articles_country() {
    // Bonn lists "Boni" among its alternates.
    let found = events(
        "Kenyan soldiers clashed with militants in the Boni forest, Lamu County, on Friday, \
         Kenya's army said.",
    );
    assert_eq!(found, [("incident", "Lamu".to_owned())]);
}

#[test]
fn a_visit_told_stop_by_stop_is_its_stops() {
    let found = events(
        "The President paid a state visit to Japan from 1 to 3 May. On 2 May he held talks \
         with the Prime Minister in Tokyo, and on 3 May he met the governor in Osaka.",
    );
    assert_eq!(
        found,
        [
            ("meeting", "Tokyo".to_owned()),
            ("meeting", "Osaka".to_owned())
        ]
    );
}

#[test]
fn in_after_a_head_of_government_is_where_they_met() {
    // "the Consul General in Erbil" names a posting; "the Prime Minister in Tokyo" does not.
    let found = events("He held talks with the Prime Minister in Tokyo on Thursday.");
    assert_eq!(found, [("meeting", "Tokyo".to_owned())]);
}

#[test]
fn an_office_holder_after_an_attacks_verb_is_its_target() {
    let found = events("Forces Kill Senior Leader in Aleppo");
    assert_eq!(found, [("incident", "Aleppo".to_owned())]);
}

#[test]
fn a_venue_after_an_object_of_names_and_a_day_is_the_meetings() {
    let found = events(
        "The Prime Minister met President of the Republic of Korea Mr. Lee Jae-myung on \
         2 May in Busan, on the margins of a regional summit.",
    );
    assert_eq!(found, [("meeting", "Busan".to_owned())]);
}

#[test]
fn the_ends_of_a_route_are_places_and_one_event() {
    let found = events("A bomb hit a police checkpost on the Charsadda-Peshawar road on Monday.");
    assert_eq!(found, [("incident", "Charsadda".to_owned())]);
    let found =
        events("Rebels ambushed a convoy on the Mandalay-Mogok road in Madaya township on Friday.");
    assert_eq!(found, [("incident", "Madaya".to_owned())]);
}

#[test]
fn works_named_after_a_town_are_in_it() {
    let found = events("Drones attacked the Tikhoretsk oil pumping station on Tuesday.");
    assert_eq!(found, [("incident", "Tikhoretsk".to_owned())]);
    let found = events("Drones targeted the city of al-Suqaylabiyah in the Hama countryside.");
    assert_eq!(found, [("incident", "As Suqaylibīyah".to_owned())]);
}

#[test]
fn a_meeting_at_a_building_named_after_its_town_is_in_the_town() {
    let found = events(
        "The President held a summit with the Japanese Prime Minister at the Gyeongju \
         National Museum on Thursday.",
    );
    assert_eq!(found, [("meeting", "Gyeongju".to_owned())]);
}

#[test]
fn welcoming_an_office_holder_is_hosting_them() {
    let found =
        events("President Biden welcomed President Ruto of Kenya to the White House today.");
    assert_eq!(found, [("meeting", "Washington".to_owned())]);
    // Welcoming a decision is no meeting.
    assert!(events("The minister welcomed Iran's decision to resume talks in Oman.").is_empty());
}

#[test]
fn destroyed_targets_are_strikes_over_the_hours_stated() {
    let found = events("In the last 48 hours, 26 targets were destroyed around Tal Rifaat.");
    assert_eq!(found, [("incident", "Tall Rif‘at".to_owned())]);
    // The article is dated 2024-05-03: the 48 hours run from 1 May.
    assert_eq!(
        dates("In the last 48 hours, 26 targets were destroyed around Tal Rifaat."),
        ["2024-05-01"]
    );
    let found = events("In the Raqqa region, the air force destroyed 12 targets on Thursday.");
    assert_eq!(found, [("incident", "Ar Raqqah".to_owned())]);
}

#[test]
fn a_country_across_the_border_is_no_event_place() {
    let found = events(
        "BAMAKO, May 3 (Reuters) - Militants raided an army post at Nioro du Sahel, near the \
         border with Mauritania, on Thursday.",
    );
    assert!(
        found.iter().all(|(_, place)| place != "Mauritania"),
        "{found:?}"
    );
}

#[test]
fn a_capital_as_the_agent_of_a_passive_is_its_government() {
    let found = events(
        "An explosion damaged a canal near Zubin Potok on Friday. The minister said the blast \
         was carried out by gangs directed by Belgrade.",
    );
    assert_eq!(found, [("incident", "Zubin Potok".to_owned())]);
}

#[test]
fn a_dateline_in_a_country_the_story_never_names_is_the_bureaus() {
    let found = events(
        "DAKAR, May 3 (Reuters) - Gunmen raided a Malian army post on Thursday, killing five \
         soldiers, Mali's armed forces said.",
    );
    assert!(found.iter().all(|(_, place)| place != "Dakar"), "{found:?}");
    let found = events("KABUL, May 3 (Reuters) - A bomb exploded at a market on Thursday.");
    assert_eq!(found, [("incident", "Kabul".to_owned())]);
}

#[test]
fn officials_touring_an_incidents_country_make_no_meeting() {
    let found = events(
        "Militants attacked a police station in the border town of Mirjaveh on Thursday. The \
         interior minister travelled to Zahedan, the provincial capital.",
    );
    assert_eq!(found, [("incident", "Mīrjāveh".to_owned())]);
}

#[test]
fn an_offset_after_a_name_overrules_a_far_namesake() {
    // The gazetteer's "Ywathit" is a village 540 km south of Myingyan.
    let found =
        events("The bombs hit Ywathit village, about 15 km east of Myingyan town, on Sunday.");
    assert_eq!(found, [("incident", "Myingyan".to_owned())]);
}

#[test]
fn the_city_after_an_embassys_name_is_where_it_stands() {
    let found = events("Rockets were fired at the U.S. Embassy in Baghdad on Sunday.");
    assert_eq!(found, [("incident", "Baghdad".to_owned())]);
}

#[test]
fn each_stop_of_a_trip_keeps_its_own_days() {
    assert_eq!(
        dates(
            "The envoy visited Maseru, Lesotho from 22 to 23 April 2024, and Mbabane, Eswatini \
             on 24 April 2024."
        ),
        ["2024-04-22", "2024-04-24"]
    );
}

#[test]
fn a_retracted_report_tells_no_event() {
    let found = events(
        "Reports of an airstrike in Kafr Nubl on Monday were later retracted by the monitor.",
    );
    assert!(found.is_empty(), "{found:?}");
}

#[test]
fn the_area_after_a_known_division_is_where_that_division_lies() {
    let found = events(
        "Government forces shelled Hass (Maarrat al-Numan district, Idlib) on Monday, killing \
         two civilians.",
    );
    assert_eq!(
        found,
        [("incident", "Maarrat al-Nu'man District".to_owned())]
    );
}

#[test]
fn a_name_never_ends_on_a_function_word() {
    // "East on" spelt Easton, Pennsylvania.
    let found = places("Gunmen attacked a police camp in Lamu East on Tuesday.");
    assert_eq!(found, ["Lamu"]);
}

#[test]
fn a_later_sentences_earlier_incident_is_no_place_for_the_event_before_it() {
    let found = events(
        "U.S. forces struck a weapons depot in eastern Syria on Nov. 8. The strike was in \
         response to a series of attacks against U.S. personnel at Al-Tanf.",
    );
    assert!(
        found.iter().all(|(_, place)| !place.contains("Tanf")),
        "{found:?}"
    );
}

#[test]
fn a_headlines_bare_infinitive_is_ahead() {
    let found = events("Qatar's emir to visit Tehran on Wednesday for talks on Gaza, shipping");
    assert!(found.is_empty(), "{found:?}");
    let found = events("Blinken flew to Ankara on Monday to meet Erdogan.");
    assert_eq!(found, [("meeting", "Ankara".to_owned())]);
}

#[test]
fn a_host_with_no_country_is_not_met_at_the_guests_seat() {
    let found = events(
        "The Crown Prince received at Gudaibiya Palace today the British Minister of State.",
    );
    assert!(found.is_empty(), "{found:?}");
}

#[test]
fn an_unknown_village_after_a_possessive_falls_to_its_container() {
    let found = events("Israeli jets struck Bekaa's Saraain on Monday.");
    assert_eq!(found, [("incident", "Al Biqā‘".to_owned())]);
}

#[test]
fn a_list_of_crew_origins_is_no_event_place() {
    let found = events(
        "Gunmen landed by helicopter on the deck of the cargo ship, which has 22 crew members \
         from several countries, including Romania, Georgia and Peru.",
    );
    assert!(
        found
            .iter()
            .all(|(_, place)| !["Romania", "Georgia", "Peru"].contains(&place.as_str())),
        "{found:?}"
    );
}

#[test]
fn a_town_after_a_comma_in_its_own_province_qualifies_the_one_before() {
    let found = events("Soldiers clashed with rebels in Maimbung, Sulu on Wednesday.");
    assert_eq!(found, [("incident", "Maimbung".to_owned())]);
    // A real list still makes one event per town.
    let found = events("Jets struck Khiam, Kfar Kila and Aita al-Shaab on Wednesday.");
    assert_eq!(found.len(), 3, "{found:?}");
}

#[test]
fn encountering_an_armed_party_is_a_clash_and_encountering_trouble_is_not() {
    let found = events("Marines encountered a band of Abu Sayyaf gunmen in Maimbung on Tuesday.");
    assert_eq!(found, [("incident", "Maimbung".to_owned())]);
    assert!(events("The convoy encountered delays in Maimbung on Tuesday.").is_empty());
}

#[test]
fn a_clock_time_with_its_zone_in_brackets_keeps_the_sentence_and_its_day() {
    let found = dates(
        "On May 1, at about 9:15 p.m. (Aden time), coalition forces struck a launcher near \
         Zabid.",
    );
    assert_eq!(found, ["2024-05-01"]);
}

#[test]
fn a_possessive_container_stays_in_a_launch_origin() {
    let found = events(
        "A drone struck a depot in the Ukrainian town of Shostka on Thursday. Officials said the \
         drone had been launched from Russia's Bryansk region.",
    );
    assert_eq!(found, [("incident", "Shostka".to_owned())]);
}

#[test]
fn a_strike_last_season_is_an_earlier_one() {
    let found = events(
        "A drone struck a depot in Shostka on Thursday. The owner had moved there after his house \
         near Hlukhiv was shelled last winter.",
    );
    assert_eq!(found, [("incident", "Shostka".to_owned())]);
}

#[test]
fn a_meeting_named_by_a_month_ahead_is_not_today() {
    // The article is of 3 May: the June summit is ahead, the March talks are past.
    assert!(
        events("Ministers prepared on Friday for the alliance's June summit in Madrid.").is_empty()
    );
    assert!(events("He recalled the March talks in Geneva.").is_empty());
}

#[test]
fn a_building_named_with_its_town_is_in_that_town() {
    let found = events(
        "Gunmen stormed the Government Girls College in Maru, in Zamfara State, on Thursday.",
    );
    assert_eq!(found.len(), 1, "{found:?}");
    assert_eq!(found[0].1, "Maru");
}

#[test]
fn counted_people_from_a_town_come_from_it() {
    let found = events(
        "Three shepherds (all brothers) from Baneh were shot near the hills of Marivan on \
         Thursday.",
    );
    assert_eq!(found, [("incident", "Marīvān".to_owned())]);
}

#[test]
fn a_compass_reference_after_a_named_place_only_locates_it() {
    let found =
        events("A sniper wounded a boy in the Mawiyah district, east of Taiz, on Thursday.");
    assert_eq!(found.len(), 1, "{found:?}");
    assert!(found[0].1.contains("Mawiyah"), "{found:?}");
}

#[test]
fn any_description_of_a_settlement_keeps_it_the_venue() {
    let found =
        events("The two presidents met in the Lithuanian spa town of Druskininkai on Friday.");
    assert_eq!(found, [("meeting", "Druskininkai".to_owned())]);
    let found = events("The envoys met in the quiet lakeside town of Druskininkai on Friday.");
    assert_eq!(found, [("meeting", "Druskininkai".to_owned())]);
}

#[test]
fn a_place_before_regime_names_a_government() {
    let found = events(
        "Air defences destroyed 20 drones launched by the Kyiv regime over the Belgorod region \
         on Thursday.",
    );
    assert!(found.iter().all(|(_, place)| place != "Kyiv"), "{found:?}");
}

#[test]
fn an_area_right_after_a_town_holds_it() {
    let found = events("Shells fell on the town of Jinderes in the Afrin area on Thursday.");
    assert_eq!(found.len(), 1, "{found:?}");
    assert!(found[0].1.starts_with("Jind"), "{found:?}");
}

#[test]
fn part_of_an_unknown_longer_name_does_not_jump_continents() {
    let found = events(
        "Gunmen killed three people in the San Jacinto de Yaguachi canton of Guayas province, \
         near Guayaquil, on Thursday.",
    );
    assert!(
        found.iter().all(|(_, place)| place != "San Jacinto"),
        "{found:?}"
    );
}

#[test]
fn a_denied_report_of_an_attack_is_no_attack() {
    assert!(
        events("Police denied reports of a roadside bomb blast in Garissa on Thursday.").is_empty()
    );
    // Denying a part in it leaves the attack.
    let found =
        events("Militants attacked a checkpoint in Garissa on Thursday; the group denied it.");
    assert_eq!(found, [("incident", "Garissa".to_owned())]);
}

#[test]
fn an_english_compass_name_finds_a_french_named_division_the_town_lies_in() {
    // Burkina Faso's "Nord" is "the North region" in English; Cameroon's North Region
    // has the name as written, but the town is in Burkina Faso.
    let found =
        events("Gunmen killed six soldiers near Kongoussi, in the Centre-North region, on Friday.");
    assert_eq!(found, [("incident", "Kongoussi".to_owned())]);
    let found =
        events("Gunmen killed six soldiers near Ouahigouya, in the North region, on Friday.");
    assert_eq!(found, [("incident", "Ouahigouya".to_owned())]);
    let found = events("Gunmen killed two soldiers in the North Region of Cameroon on Friday.");
    assert_eq!(found.len(), 1, "{found:?}");
    assert_ne!(found[0].1, "Nord", "{found:?}");
}

#[test]
fn counted_members_of_a_body_are_people_at_the_place() {
    let found = events("Gunmen killed two Revolutionary Guards in Sarpol-e Zahab on Friday.");
    assert_eq!(found.len(), 1, "{found:?}");
    assert!(found[0].1.starts_with("Sarpol"), "{found:?}");
}

#[test]
fn a_call_after_a_placed_meeting_that_day_is_made_from_there() {
    let found = events(
        "President Erdogan received the Prime Minister of Sweden in Marmaris today. Following \
         the meeting, he spoke by phone with the Emir of Kuwait.",
    );
    assert_eq!(
        found,
        [
            ("meeting", "Marmaris".to_owned()),
            ("call", "Marmaris".to_owned())
        ]
    );
    // Told the other way round, the call was made before the trip.
    let found = events(
        "The Prime Minister of Norway spoke with the Premier of Greenland by videolink on \
         Monday and then met him in Nuuk on Tuesday.",
    );
    assert!(
        found
            .iter()
            .any(|(kind, place)| *kind == "call" && place != "Nuuk"),
        "{found:?}"
    );
}

#[test]
fn fighting_before_a_place_preposition_is_a_clash() {
    assert_eq!(
        events("Fighting near Ternopil on Thursday, the regional governor said."),
        [("incident", "Ternopil".to_owned())]
    );
    // Fighting something is no clash.
    assert!(
        events("The mayor of Ternopil spoke about fighting corruption on Thursday.").is_empty()
    );
}

#[test]
fn a_country_name_before_a_landform_names_the_landform() {
    assert_eq!(
        places("Settlers uprooted olive trees in the Jordan Valley on Monday."),
        Vec::<String>::new()
    );
    assert!(events("Herders clashed in the Congo Basin on Monday.").is_empty());
}

#[test]
fn the_arabic_article_spelt_like_an_english_word_starts_a_name() {
    assert_eq!(
        events("Gunmen attacked a checkpoint in As-Sanamayn on Monday."),
        [("incident", "Aş Şanamayn".to_owned())]
    );
    assert_eq!(places("Shells fell on An Nabk on Monday."), ["An Nabk"]);
}

#[test]
fn a_named_region_after_a_bracketed_district_qualifies_it() {
    let found = events(
        "On 2 May 2024, a drone struck a car near Zharawa (Ranya district, Sulaymaniyah \
         province), in the Kurdistan Region of Iraq.",
    );
    assert_eq!(found.len(), 1, "{found:?}");
    assert_ne!(found[0].1, "Kurdistan Region", "{found:?}");
}

#[test]
fn inflicting_defeat_or_damage_on_a_force_is_an_attack() {
    let found = events(
        "Units of the group inflicted defeat on the formations of an assault brigade in the \
         areas of Richky and Mohrytsia, Sumy region.",
    );
    assert_eq!(
        found,
        [
            ("incident", "Richky".to_owned()),
            ("incident", "Mohrytsia".to_owned())
        ]
    );
}

#[test]
fn a_village_word_before_a_city_name_makes_another_place() {
    // Kafr Halab is a village west of Aleppo, not Aleppo (Halab).
    assert!(
        events("The family's home in Kafr Halab was hit by an air strike on Thursday.")
            .iter()
            .all(|(_, place)| place != "Aleppo" && place != "Ḩalab")
    );
}

#[test]
fn a_reaction_from_a_capital_is_no_event_there() {
    let found = events(
        "Turkish jets struck suspected militant positions in northern Iraq on Thursday, \
         drawing protests from Baghdad.",
    );
    assert!(
        found.iter().all(|(_, place)| place != "Baghdad"),
        "{found:?}"
    );
}

#[test]
fn a_demonym_right_before_a_small_place_starts_a_village_name() {
    // Arab Salim is a village near Nabatieh, not Salim near Nablus.
    let found =
        events("A drone struck a car on the road into Arab Salim, near Nabatieh, on Sunday.");
    assert!(found.iter().all(|(_, place)| place != "Sālim"), "{found:?}");
}

#[test]
fn and_then_starts_a_step_with_its_own_day() {
    let mut found = dates(
        "The Prime Minister of Norway spoke with the Premier of Greenland by videolink on \
         Tuesday and then met him in Nuuk on Wednesday.",
    );
    found.sort();
    assert_eq!(found, ["2024-04-30", "2024-05-01"]);
}
