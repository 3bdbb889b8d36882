//! Export and import: GeoJSON and CSV exports read back to the same events, KML is valid
//! XML with one Placemark per event and Google Earth time elements, bad rows of an
//! import are reported by line while good rows load.

#![allow(clippy::unwrap_used, clippy::expect_used)] // test helpers fail loudly

use std::path::{Path, PathBuf};

use incident_map::corrections::Corrections;
use incident_map::exchange::{self, Row};
use incident_map::gazetteer::Gazetteer;
use incident_map::pipeline::extract_paths;

fn fixtures() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures")
}

/// The rows of every event in the fixtures (the good files; bad/ is skipped by name).
fn fixture_rows() -> Vec<Row> {
    let gazetteer = Gazetteer::embedded().unwrap();
    let rows: Vec<Row> = extract_paths(&[fixtures()], gazetteer, &Corrections::new(), |o| match &o
        .result
    {
        Ok(extracted) => Row::all_of(&o.path, extracted, gazetteer),
        Err(_) => Vec::new(),
    })
    .into_iter()
    .flatten()
    .collect();
    assert!(rows.len() >= 8, "{}", rows.len());
    assert!(
        rows.iter().any(|r| r.date_end.is_some()),
        "a ranged event is covered"
    );
    rows
}

#[test]
fn geojson_export_reimports_to_the_same_events() {
    let rows = fixture_rows();
    let text = serde_json::to_string_pretty(&exchange::geojson::write(&rows)).unwrap();
    let imported = exchange::geojson::read(&text, Gazetteer::embedded().unwrap()).unwrap();
    assert!(imported.problems.is_empty(), "{:?}", imported.problems);
    assert_eq!(imported.rows, rows);
}

#[test]
fn csv_export_reimports_to_the_same_events() {
    let rows = fixture_rows();
    let mut bytes = Vec::new();
    exchange::csv::write(&rows, &mut bytes).unwrap();
    let text = String::from_utf8(bytes).unwrap();
    assert!(text.starts_with(
        "event_date,kind,subtype,place,country,latitude,longitude,precision,actors,source,title,evidence"
    ));
    let imported = exchange::csv::read(&text, Gazetteer::embedded().unwrap()).unwrap();
    assert!(imported.problems.is_empty(), "{:?}", imported.problems);
    assert_eq!(imported.rows, rows);
}

#[test]
fn kml_is_valid_xml_with_a_time_element_per_placemark() {
    let rows = fixture_rows();
    let mut bytes = Vec::new();
    exchange::kml::write(&rows, &mut bytes).unwrap();
    let mut reader = quick_xml::Reader::from_reader(bytes.as_slice());
    let mut buffer = Vec::new();
    let (mut placemarks, mut timed, mut depth) = (0, 0, 0i32);
    let mut in_placemark_has_time = false;
    loop {
        match reader
            .read_event_into(&mut buffer)
            .expect("well-formed XML")
        {
            quick_xml::events::Event::Start(e) => {
                depth += 1;
                match e.name().as_ref() {
                    b"Placemark" => {
                        placemarks += 1;
                        in_placemark_has_time = false;
                    }
                    b"TimeStamp" | b"TimeSpan" => in_placemark_has_time = true,
                    _ => {}
                }
            }
            quick_xml::events::Event::End(e) => {
                depth -= 1;
                if e.name().as_ref() == b"Placemark" && in_placemark_has_time {
                    timed += 1;
                }
            }
            quick_xml::events::Event::Eof => break,
            _ => {}
        }
        buffer.clear();
    }
    assert_eq!(depth, 0, "every element closed");
    assert_eq!(placemarks, rows.len());
    let dated = rows.iter().filter(|r| r.event_date.is_some()).count();
    assert_eq!(
        timed, dated,
        "every dated event has a TimeStamp or TimeSpan"
    );
    let text = String::from_utf8(bytes).unwrap();
    let spans = rows.iter().filter(|r| r.date_end.is_some()).count();
    assert_eq!(text.matches("<TimeSpan>").count(), spans);
}

#[test]
fn an_acled_csv_with_bad_rows_loads_the_good_ones_and_names_the_bad_lines() {
    let csv = "\
event_id_cnty,event_date,event_type,sub_event_type,actor1,assoc_actor_1,actor2,country,admin1,location,latitude,longitude,geo_precision,source,notes,fatalities
IRQ1,20 January 2024,Explosions/Remote violence,Air/drone strike,Islamic Resistance in Iraq,,US Forces,Iraq,Al Anbar,Ain al-Asad,33.8,42.44,1,Reuters,\"Rockets hit the base, two hurt\",0
IRQ2,21 January 2024,Battles,Armed clash,A,,B,Iraq,Kirkuk,Kirkuk,not-a-number,44.39,1,AFP,,1
IRQ3,sometime,Protests,Peaceful protest,C,,,Iraq,Baghdad,Baghdad,33.3,44.4,1,AFP,,0
IRQ4,2024-01-22,Strategic developments,Agreement,D,,,Iraq,Erbil,Erbil,36.19,44.01,2,K24,,
";
    let imported = exchange::csv::read(csv, Gazetteer::embedded().unwrap()).unwrap();
    assert_eq!(imported.rows.len(), 2);
    let lines: Vec<u64> = imported.problems.iter().map(|p| p.line).collect();
    assert_eq!(lines, [3, 4]);
    assert!(imported.problems[0].message.contains("latitude"));
    assert!(imported.problems[1].message.contains("event_date"));
    let first = &imported.rows[0];
    assert_eq!(first.country, "IQ");
    assert_eq!(first.kind.as_str(), "incident");
    assert_eq!(first.place, "Ain al-Asad");
    assert_eq!(first.actors, ["Islamic Resistance in Iraq", "US Forces"]);
    assert_eq!(first.event_date.unwrap().to_string(), "2024-01-20");
    assert_eq!(imported.rows[1].precision.as_str(), "district");
}

#[test]
fn a_geojson_with_bad_features_names_their_lines() {
    let text = r#"{"type": "FeatureCollection", "features": [
  {"type": "Feature", "geometry": {"type": "Point", "coordinates": [44.0, 36.2]},
   "properties": {"date": "2024-03-01", "kind": "meeting", "name": "Erbil"}},
  {"type": "Feature", "geometry": {"type": "Polygon", "coordinates": [[[0,0],[1,0],[1,1],[0,0]]]},
   "properties": {}},
  {"type": "Feature", "geometry": {"type": "Point", "coordinates": [44.0, 136.2]},
   "properties": {}}
]}"#;
    let imported = exchange::geojson::read(text, Gazetteer::embedded().unwrap()).unwrap();
    assert_eq!(imported.rows.len(), 1);
    assert_eq!(imported.rows[0].place, "Erbil");
    let lines: Vec<u64> = imported.problems.iter().map(|p| p.line).collect();
    assert_eq!(lines, [4, 6]);
    assert!(imported.problems[0].message.contains("Polygon"));
    assert!(imported.problems[1].message.contains("latitude"));
    let not_geojson = exchange::geojson::read("[1, 2]", Gazetteer::embedded().unwrap());
    assert!(not_geojson.is_err());
}
