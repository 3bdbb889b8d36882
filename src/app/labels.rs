//! Place names on the offline basemap: countries, Middle East provinces and cities from
//! the gazetteer, more of them the closer the view, placed greedily by importance so no two
//! labels overlap (at city zoom near Erbil: Erbil, Koya, Shaqlawa…).

use std::sync::OnceLock;

use egui::{Align2, FontId, Rect, vec2};
use walkers::{MapMemory, Plugin, Projector};

use super::basemap::{Basemap, ScreenTransform};
use super::style::MapStyle;
use crate::gazetteer::{Gazetteer, PlaceKind};
use crate::view::clusters::mercator;

/// A city that may be labelled: where, its name, how important.
struct City {
    at: (f64, f64),
    name: &'static str,
    population: u64,
    capital: bool,
}

/// The gazetteer's cities, most important first (capitals, then by population).
fn cities(gazetteer: &'static Gazetteer) -> &'static [City] {
    static CITIES: OnceLock<Vec<City>> = OnceLock::new();
    CITIES.get_or_init(|| {
        let mut cities: Vec<City> = (0..gazetteer.len())
            .filter_map(|i| {
                let place = gazetteer.place(u32::try_from(i).ok()?);
                (place.kind == PlaceKind::City && place.feature_code != "PPLX").then(|| City {
                    at: mercator(place.lat, place.lon),
                    name: place.name,
                    population: place.population,
                    capital: place.feature_code == "PPLC",
                })
            })
            .collect();
        cities.sort_by(|a, b| {
            b.capital
                .cmp(&a.capital)
                .then(b.population.cmp(&a.population))
        });
        cities
    })
}

/// A province's name and label point (the Middle East outlines the basemap has).
fn provinces(gazetteer: &'static Gazetteer) -> &'static [(String, (f64, f64))] {
    static PROVINCES: OnceLock<Vec<(String, (f64, f64))>> = OnceLock::new();
    PROVINCES.get_or_init(|| {
        Basemap::embedded()
            .areas
            .iter()
            .filter_map(|area| {
                let id = gazetteer.admin1(&area.country, &area.admin1)?;
                let place = gazetteer.place(id);
                Some((place.name.to_owned(), mercator(place.lat, place.lon)))
            })
            .collect()
    })
}

/// The smallest population labelled at a zoom level.
fn min_population(zoom: f64) -> u64 {
    match zoom {
        z if z < 4.0 => u64::MAX, // capitals only
        z if z < 5.0 => 2_000_000,
        z if z < 6.0 => 500_000,
        z if z < 7.0 => 150_000,
        z if z < 8.0 => 50_000,
        z if z < 9.0 => 15_000,
        z if z < 10.0 => 5_000,
        _ => 0,
    }
}

/// Most labels drawn at once.
const MAX_LABELS: usize = 220;

/// The place-name plugin, drawn above the basemap and below the markers.
pub struct PlaceLabels {
    pub gazetteer: &'static Gazetteer,
    pub style: MapStyle,
}

impl PlaceLabels {
    /// Draws `text` at `at` if it does not overlap a label already placed.
    fn place(
        &self,
        painter: &egui::Painter,
        placed: &mut Vec<Rect>,
        at: egui::Pos2,
        text: &str,
        font: FontId,
        dot: bool,
    ) -> bool {
        let galley = painter.layout_no_wrap(text.to_owned(), font.clone(), self.style.label);
        let offset = if dot { vec2(5.0, 0.0) } else { vec2(0.0, 0.0) };
        let anchor = if dot {
            Align2::LEFT_CENTER
        } else {
            Align2::CENTER_CENTER
        };
        let rect = anchor.anchor_size(at + offset, galley.size()).expand(2.0);
        if !painter.clip_rect().contains_rect(rect) || placed.iter().any(|r| r.intersects(rect)) {
            return false;
        }
        placed.push(rect);
        if dot {
            painter.circle_filled(at, 2.5, self.style.label);
        }
        // A halo so the name reads over land, water and borders.
        for d in [
            vec2(1.0, 0.0),
            vec2(-1.0, 0.0),
            vec2(0.0, 1.0),
            vec2(0.0, -1.0),
        ] {
            painter.text(at + offset + d, anchor, text, font.clone(), self.style.halo);
        }
        painter.text(at + offset, anchor, text, font, self.style.label);
        true
    }
}

impl Plugin for PlaceLabels {
    fn run(
        self: Box<Self>,
        ui: &mut egui::Ui,
        _response: &egui::Response,
        projector: &Projector,
        _memory: &MapMemory,
    ) {
        let clip = projector.clip_rect();
        let painter = ui.painter_at(clip);
        let transform = ScreenTransform::of(projector);
        let zoom = projector.zoom();
        let world = transform.world_width();
        let mut placed: Vec<Rect> = Vec::new();
        // Cities first (the names analysts look for), then the areas around them.
        let threshold = min_population(zoom);
        for city in cities(self.gazetteer) {
            if placed.len() >= MAX_LABELS {
                break;
            }
            if !city.capital && city.population < threshold {
                break;
            }
            if city.capital && zoom < 3.0 {
                continue;
            }
            let at = transform.apply(city.at);
            if !clip.contains(at) {
                continue;
            }
            let size = if city.capital || city.population > 1_000_000 {
                13.0
            } else {
                11.5
            };
            self.place(
                &painter,
                &mut placed,
                at,
                city.name,
                FontId::proportional(size),
                true,
            );
        }
        if zoom >= 6.0 {
            for (name, at) in provinces(self.gazetteer) {
                let at = transform.apply(*at) + vec2(0.0, 14.0);
                self.place(
                    &painter,
                    &mut placed,
                    at,
                    name,
                    FontId::proportional(11.0),
                    false,
                );
            }
        }
        if (2.0..8.0).contains(&zoom) {
            for country in &Basemap::embedded().country_labels {
                // A label only where the country is wide enough on screen to hold it.
                if country.width * world < country.name.len() as f64 * 6.0 {
                    continue;
                }
                let at = transform.apply(country.at);
                let font = FontId::proportional(if zoom < 4.0 { 12.0 } else { 14.0 });
                self.place(
                    &painter,
                    &mut placed,
                    at,
                    &country.name.to_uppercase(),
                    font,
                    false,
                );
            }
        }
    }
}
