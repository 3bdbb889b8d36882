//! Seats of government: the city that stands for a country, a province or a region when
//! an event is known to involve its government but the text names no city (a phone call
//! between two presidents, "Pompeo visits Iraq").
//!
//! A country's seat is its capital (GeoNames `PPLC`) unless `data/gazetteer/seats.tsv`
//! names another; a first-level division's seat is its `PPLA`; a region's seat is the
//! table's, else the division seat of its country nearest to its point. Each falls back to
//! the largest city of the area. Built on first use, read-only after.

use rustc_hash::FxHashMap;

use super::{Gazetteer, PlaceId, PlaceKind};

const SEATS_TSV: &str = include_str!("../../data/gazetteer/seats.tsv");

/// Seats by country code and by (country, admin1).
#[derive(Debug, Default)]
pub(super) struct Seats {
    by_country: FxHashMap<&'static str, PlaceId>,
    by_admin1: FxHashMap<(&'static str, &'static str), PlaceId>,
    /// Seats named in the table for areas given by name (regions, divisions).
    by_area_name: FxHashMap<&'static str, PlaceId>,
}

impl Seats {
    pub(super) fn build(gazetteer: &Gazetteer) -> Seats {
        let mut seats = Seats::default();
        // Best city per area: capitals and division seats first, then population.
        let rank = |id: PlaceId, seat_code: &str| {
            let place = gazetteer.place(id);
            (place.feature_code == seat_code, place.population)
        };
        for (index, place) in gazetteer.places.iter().enumerate() {
            let Ok(id) = PlaceId::try_from(index) else {
                continue;
            };
            if place.kind != PlaceKind::City || place.feature_code == "PPLX" {
                continue;
            }
            let country = seats.by_country.entry(place.country_code).or_insert(id);
            if rank(id, "PPLC") > rank(*country, "PPLC") {
                *country = id;
            }
            if !place.admin1.is_empty() {
                let division = seats
                    .by_admin1
                    .entry((place.country_code, place.admin1))
                    .or_insert(id);
                if rank(id, "PPLA") > rank(*division, "PPLA") {
                    *division = id;
                }
            }
        }
        for line in SEATS_TSV.lines() {
            if line.starts_with('#') || line.starts_with("area\t") {
                continue;
            }
            let mut columns = line.split('\t');
            let (Some(area), Some(country), Some(seat)) =
                (columns.next(), columns.next(), columns.next())
            else {
                continue;
            };
            let seat_key = crate::text::fold(seat);
            let Some(city) = gazetteer
                .by_name(&seat_key)
                .iter()
                .map(|r| r.place)
                .filter(|&p| {
                    let place = gazetteer.place(p);
                    place.kind == PlaceKind::City && place.country_code == country
                })
                .max_by_key(|&p| gazetteer.place(p).population)
            else {
                continue;
            };
            if area.len() == 2 && area.bytes().all(|b| b.is_ascii_uppercase()) {
                if let Some(code) = gazetteer.places.get(city as usize).map(|p| p.country_code) {
                    seats.by_country.insert(code, city);
                }
            } else {
                let name: &'static str = Box::leak(crate::text::fold(area).into_boxed_str());
                seats.by_area_name.insert(name, city);
            }
        }
        seats
    }

    /// The seat of the area `id`: itself for a city or a site.
    pub(super) fn of(&self, gazetteer: &Gazetteer, id: PlaceId) -> Option<PlaceId> {
        let place = gazetteer.place(id);
        if let Some(&seat) = self
            .by_area_name
            .get(crate::text::fold(place.name).as_str())
        {
            return Some(seat);
        }
        match place.kind {
            PlaceKind::City | PlaceKind::Site => Some(id),
            PlaceKind::Country => self.by_country.get(place.country_code).copied(),
            PlaceKind::Admin1 => self
                .by_admin1
                .get(&(place.country_code, place.admin1))
                .copied(),
            PlaceKind::Region if place.country_code.is_empty() => None,
            PlaceKind::Region => {
                // The division seat of its country nearest to the region's point.
                self.by_admin1
                    .iter()
                    .filter(|((cc, _), _)| *cc == place.country_code)
                    .map(|(_, &seat)| seat)
                    .min_by(|&a, &b| {
                        let da = gazetteer.place(a).distance_km(place);
                        let db = gazetteer.place(b).distance_km(place);
                        da.total_cmp(&db)
                    })
            }
        }
    }
}
