//! Where a mention puts things on the map: its gazetteer entry, or the point the user
//! dragged its pin to. Every output (JSON Lines, GeoJSON, CSV, KML, the app) reads an
//! event's place through [`super::Mention::located`], so a correction shows everywhere.

use super::Mention;
use crate::gazetteer::{Gazetteer, PlaceId};

/// A point placed by hand, in decimal degrees (WGS 84).
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Pin {
    pub lat: f64,
    pub lon: f64,
    /// The division or country the point fell in, when known; else the mention's entry's
    /// country and division stay.
    pub within: Option<PlaceId>,
}

/// A mention's resolved location.
#[derive(Clone, Debug, PartialEq)]
pub struct Located {
    pub name: &'static str,
    pub lat: f64,
    pub lon: f64,
    pub country_code: &'static str,
    pub admin1: &'static str,
    /// `site`, `city`, `district`, `province` or `country`; a dragged pin is a `site`.
    pub precision: &'static str,
    /// The gazetteer entry's id (`c…` curated, digits GeoNames), or `pin` for a dragged pin.
    pub gazetteer_id: &'static str,
    pub kind: &'static str,
}

impl Mention {
    /// The mention's location: its entry's, moved to the pin when the user dragged it
    /// (the entry's name and country stay, so the event still reads "Harir, IQ").
    pub fn located(&self, gazetteer: &Gazetteer) -> Located {
        let mut located = Mention::located_place(self.place, gazetteer);
        if let Some(pin) = self.pin {
            located.lat = pin.lat;
            located.lon = pin.lon;
            located.precision = "site";
            located.gazetteer_id = "pin";
            if let Some(within) = pin.within {
                let area = gazetteer.place(within);
                located.country_code = area.country_code;
                located.admin1 = area.admin1;
            }
        }
        located
    }

    /// A gazetteer entry's location.
    pub fn located_place(place: PlaceId, gazetteer: &Gazetteer) -> Located {
        let place = gazetteer.place(place);
        Located {
            name: place.name,
            lat: place.lat,
            lon: place.lon,
            country_code: place.country_code,
            admin1: place.admin1,
            precision: place.precision(),
            gazetteer_id: place.source_id,
            kind: place.kind.as_str(),
        }
    }
}
