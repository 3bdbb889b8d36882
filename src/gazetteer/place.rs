//! One gazetteer entry and the kinds of place it can be.

use serde::Serialize;

/// Index of a place inside its [`super::Gazetteer`].
pub type PlaceId = u32;

/// What sort of place an entry is; decides the precision of events located there.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum PlaceKind {
    Country,
    /// First-level division: governorate, province, state.
    Admin1,
    /// Named area that is not an administrative unit: continents, seas, regions.
    Region,
    /// A populated place.
    City,
    /// A point: air base, airport, border crossing, district, building.
    Site,
}

impl PlaceKind {
    /// Parses the `kind` column of the gazetteer files.
    pub fn parse(s: &str) -> Option<Self> {
        Some(match s {
            "country" => Self::Country,
            "admin1" => Self::Admin1,
            "region" => Self::Region,
            "city" => Self::City,
            "site" => Self::Site,
            _ => return None,
        })
    }

    /// The name used in the JSON output (`places[].kind`).
    pub fn as_str(self) -> &'static str {
        match self {
            Self::Country => "country",
            Self::Admin1 => "admin1",
            Self::Region => "region",
            Self::City => "city",
            Self::Site => "site",
        }
    }
}

/// A gazetteer entry. Its strings point into the gazetteer's text, which lives as long as
/// the process (the embedded data, or text handed to [`super::Gazetteer::from_sources`]).
#[derive(Clone, Debug)]
pub struct Place {
    /// Stable identifier: the GeoNames id, or `c<N>` for hand-curated entries.
    pub source_id: &'static str,
    pub kind: PlaceKind,
    /// GeoNames feature code (`PPLC`, `ADM1`, `AIRB`…), empty when unknown.
    pub feature_code: &'static str,
    pub name: &'static str,
    /// Latitude in decimal degrees (WGS 84).
    pub lat: f64,
    /// Longitude in decimal degrees (WGS 84).
    pub lon: f64,
    /// ISO 3166-1 alpha-2 code, empty for areas spanning several countries.
    pub country_code: &'static str,
    /// GeoNames first-level division code within the country, empty when unknown.
    pub admin1: &'static str,
    pub population: u64,
}

impl Place {
    /// The precision an event located at this place has (`site`, `city`, `district`,
    /// `province`, `country`).
    pub fn precision(&self) -> &'static str {
        match self.kind {
            PlaceKind::Country => "country",
            PlaceKind::Admin1 => "province",
            PlaceKind::Region if self.spans_countries() => "country",
            PlaceKind::Region if self.feature_code == "ADM2" || self.is_local_area() => "district",
            PlaceKind::Region => "province",
            PlaceKind::City if self.feature_code == "PPLX" => "district",
            PlaceKind::City => "city",
            PlaceKind::Site if self.feature_code == "PPLX" => "district",
            PlaceKind::Site => "site",
        }
    }

    /// An area of several countries ("Middle East", "Sahel"): a region no country owns
    /// that is not a local area.
    pub fn spans_countries(&self) -> bool {
        self.kind == PlaceKind::Region && self.country_code.is_empty() && !self.is_local_area()
    }

    /// A named tract of a few kilometres (GeoNames `AREA`: "Shebaa Farms"), disputed or
    /// not: a place to pin an event, at district precision.
    pub fn is_local_area(&self) -> bool {
        self.kind == PlaceKind::Region && self.feature_code == "AREA"
    }

    /// A second-level division (GeoNames ADM2: a district, a qadha, a county).
    pub fn is_district(&self) -> bool {
        self.kind == PlaceKind::Region && self.feature_code == "ADM2"
    }

    /// Whether an event here can be drawn as a pin (finer than a province).
    pub fn is_point(&self) -> bool {
        matches!(self.kind, PlaceKind::City | PlaceKind::Site)
    }

    /// Great-circle distance to another place, in kilometres.
    pub fn distance_km(&self, other: &Place) -> f64 {
        haversine_km(self.lat, self.lon, other.lat, other.lon)
    }
}

/// Great-circle distance between two points given in degrees, in kilometres, by the
/// `geo` crate's haversine (mean Earth radius 6371.0088 km, as the evaluation scripts use).
pub fn haversine_km(lat1: f64, lon1: f64, lat2: f64, lon2: f64) -> f64 {
    use geo::{Distance, Haversine, Point};
    Haversine.distance(Point::new(lon1, lat1), Point::new(lon2, lat2)) / 1000.0
}

#[cfg(test)]
mod tests {
    use super::haversine_km;

    #[test]
    fn erbil_to_baghdad_is_about_320_km() {
        let d = haversine_km(36.1912, 44.0092, 33.3152, 44.3661);
        assert!((315.0..330.0).contains(&d), "{d}");
    }
}
