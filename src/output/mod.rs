//! Output formats of the CLI: JSON Lines (the evaluation contract in
//! `../shared/eval/README.md`) and GeoJSON.

mod geojson_out;
mod jsonl;

pub use geojson_out::feature_collection;
pub use jsonl::{ArticleJson, EventJson, FileJson, PlaceJson, file_json};

/// Rounds a coordinate to 4 decimals (about 11 m): more would claim false precision.
pub(crate) fn round4(value: f64) -> f64 {
    (value * 1e4).round() / 1e4
}
