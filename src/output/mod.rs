//! The JSON Lines output of the CLI (the evaluation contract in
//! `../shared/eval/README.md`). Event tables (CSV, GeoJSON, KML) are in
//! [`crate::exchange`].

mod jsonl;

pub use jsonl::{ArticleJson, EventJson, FileJson, PlaceJson, file_json};

/// Rounds a coordinate to 4 decimals (about 11 m): more would claim false precision.
pub(crate) fn round4(value: f64) -> f64 {
    (value * 1e4).round() / 1e4
}
