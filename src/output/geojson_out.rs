//! GeoJSON output: a FeatureCollection with one Point feature per event.
//!
//! Coordinates are the event place's (longitude first, as GeoJSON requires). The
//! `precision` property must be read with the point: a `country` or `province` event's
//! point is the area's centre, not a location claim.

use geojson::{Feature, FeatureCollection, Geometry, JsonObject};

use super::jsonl::FileJson;

/// Builds the FeatureCollection of every event in `files`; files that failed add nothing.
pub fn feature_collection(files: &[FileJson]) -> FeatureCollection {
    let mut features = Vec::new();
    for file in files {
        let (Some(events), Some(article)) = (&file.events, &file.article) else {
            continue;
        };
        for event in events {
            let mut properties = JsonObject::new();
            if let Ok(serde_json::Value::Object(map)) = serde_json::to_value(event) {
                properties.extend(map);
            }
            properties.insert("path".to_owned(), file.path.clone().into());
            properties.insert("article_date".to_owned(), article.date.clone().into());
            properties.insert("source".to_owned(), article.source.clone().into());
            properties.insert("title".to_owned(), article.title.clone().into());
            features.push(Feature {
                bbox: None,
                geometry: Some(Geometry::new_point([event.lon, event.lat])),
                id: None,
                properties: Some(properties),
                foreign_members: None,
            });
        }
    }
    FeatureCollection {
        bbox: None,
        features,
        foreign_members: None,
    }
}
