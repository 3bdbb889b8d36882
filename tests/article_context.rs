//! What the article as a whole says about where it is: named groups' home countries
//! support their places (our own sentences).

#![allow(clippy::unwrap_used, clippy::expect_used)] // test helpers fail loudly

use incident_map::article::Article;
use incident_map::corrections::Corrections;
use incident_map::gazetteer::Gazetteer;
use incident_map::pipeline::extract;

/// The gazetteer names of every place found.
fn place_names(text: &str) -> Vec<String> {
    let gazetteer = Gazetteer::embedded().unwrap();
    let article = Article::from_text("context.txt", format!(" date 2024-07-22\n\n{text}\n"), 0);
    let extracted = extract(article, gazetteer, &Corrections::new());
    extracted
        .mentions
        .iter()
        .map(|m| gazetteer.place(m.place).name.to_string())
        .collect()
}

#[test]
fn a_group_based_in_a_country_keeps_that_countrys_towns_in_an_article_about_another() {
    // Everything else named is in Israel; "Houthi" says Hodeidah is the Yemeni port.
    let houthi = "Israeli jets struck Houthi positions in Hodeidah on Sunday, a day after a \
                  drone launched from the south hit an apartment block in Tel Aviv, Israel.";
    assert!(
        place_names(houthi).iter().any(|n| n == "Al Ḩudaydah"),
        "{:?}",
        place_names(houthi)
    );
}

#[test]
fn a_group_named_where_it_is_fought_makes_no_other_place_a_stranger() {
    // The Houthis claim the attack; the target is in Israel and stays there.
    let claim = "Houthis claim a ballistic missile attack on Eilat, launched from Yemen";
    assert!(
        place_names(claim).iter().any(|n| n == "Eilat"),
        "{:?}",
        place_names(claim)
    );
}

#[test]
fn a_place_opening_a_line_before_a_colon_locates_the_line() {
    // "Lido" is a beach of Mogadishu here, not the town near Venice.
    let names = place_names("Mogadishu: gunmen storm Lido beach restaurant, 20 dead");
    assert_eq!(names, ["Mogadishu"]);
}

#[test]
fn a_place_inside_a_groups_name_is_no_place_where_anything_happens() {
    let gazetteer = Gazetteer::embedded().unwrap();
    let article = Article::from_text(
        "context.txt",
        " date 2023-07-13\n\nDrones dropped bombs on a neighbourhood of Apatzingan on Wednesday, officials said, blaming the Jalisco New Generation Cartel.\n"
            .to_owned(),
        0,
    );
    let extracted = extract(article, gazetteer, &Corrections::new());
    let places: Vec<String> = extracted
        .events
        .iter()
        .map(|e| gazetteer.place(e.place).name.to_string())
        .collect();
    assert_eq!(places, ["Apatzingán"]);
}

#[test]
fn a_villages_other_spelling_far_from_a_crowded_story_is_not_that_village() {
    // "Gara" is Kurdistan's mountain here; it is also a name of Gorjani, Croatia.
    let names = place_names(
        "Turkish jets hit targets in the Metina, Hakurk, Gara and Qandil areas of northern \
         Iraq and near Qamishli, Amuda and Derik in Syria, the ministry in Ankara said; \
         Erbil and Duhok reported no damage.",
    );
    assert!(!names.iter().any(|n| n == "Gorjani"), "{names:?}");
}
