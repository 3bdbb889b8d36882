//! The offline basemap: Natural Earth country borders and coastlines, and first-level
//! borders for the Middle East, compiled into the binary (`data/basemap/`, see
//! `data/README.md`) and drawn by a walkers plugin, so the map works with no network.

use std::sync::OnceLock;

use egui::{Color32, Shape, Stroke};
use serde::Deserialize;
use walkers::{MapMemory, Plugin, Projector, lon_lat};

use super::style;

const COUNTRIES_JSON: &str = include_str!("../../data/basemap/countries.json");
const ADMIN1_JSON: &str = include_str!("../../data/basemap/admin1.json");

/// A polyline in degrees with its bounding box, for culling.
pub struct Polyline {
    pub points: Vec<(f64, f64)>,
    pub min: (f64, f64),
    pub max: (f64, f64),
}

impl Polyline {
    fn from_flat(flat: &[f64]) -> Option<Polyline> {
        let points: Vec<(f64, f64)> = flat.chunks_exact(2).map(|c| (c[0], c[1])).collect();
        if points.len() < 2 {
            return None;
        }
        let min = points
            .iter()
            .fold((f64::MAX, f64::MAX), |m, p| (m.0.min(p.0), m.1.min(p.1)));
        let max = points
            .iter()
            .fold((f64::MIN, f64::MIN), |m, p| (m.0.max(p.0), m.1.max(p.1)));
        Some(Polyline { points, min, max })
    }
}

/// A first-level division's outline, for shading province-level events.
pub struct Area {
    pub country: String,
    pub admin1: String,
    pub rings: Vec<Polyline>,
}

/// Everything the basemap draws.
pub struct Basemap {
    pub borders: Vec<Polyline>,
    pub province_lines: Vec<Polyline>,
    pub areas: Vec<Area>,
}

#[derive(Deserialize)]
struct CountriesFile {
    borders: Vec<Vec<f64>>,
}

#[derive(Deserialize)]
struct Admin1File {
    lines: Vec<Vec<f64>>,
    areas: Vec<AreaJson>,
}

#[derive(Deserialize)]
struct AreaJson {
    country: String,
    #[serde(default)]
    admin1: Option<String>,
    rings: Vec<Vec<f64>>,
}

impl Basemap {
    /// The embedded basemap, parsed on first use. Broken embedded data gives an empty map
    /// (and a message on stderr), never a crash.
    pub fn embedded() -> &'static Basemap {
        static BASEMAP: OnceLock<Basemap> = OnceLock::new();
        BASEMAP.get_or_init(|| {
            let countries: CountriesFile =
                serde_json::from_str(COUNTRIES_JSON).unwrap_or_else(|e| {
                    eprintln!("incident-map: embedded basemap unreadable: {e}");
                    CountriesFile {
                        borders: Vec::new(),
                    }
                });
            let admin1: Admin1File = serde_json::from_str(ADMIN1_JSON).unwrap_or_else(|e| {
                eprintln!("incident-map: embedded province borders unreadable: {e}");
                Admin1File {
                    lines: Vec::new(),
                    areas: Vec::new(),
                }
            });
            Basemap {
                borders: countries
                    .borders
                    .iter()
                    .filter_map(|l| Polyline::from_flat(l))
                    .collect(),
                province_lines: admin1
                    .lines
                    .iter()
                    .filter_map(|l| Polyline::from_flat(l))
                    .collect(),
                areas: admin1
                    .areas
                    .into_iter()
                    .map(|a| Area {
                        country: a.country,
                        admin1: a.admin1.unwrap_or_default(),
                        rings: a
                            .rings
                            .iter()
                            .filter_map(|r| Polyline::from_flat(r))
                            .collect(),
                    })
                    .collect(),
            }
        })
    }

    /// The outline of a first-level division, if the basemap has it.
    pub fn area(&self, country: &str, admin1: &str) -> Option<&Area> {
        self.areas
            .iter()
            .find(|a| a.country == country && a.admin1 == admin1)
    }
}

/// Projects a polyline onto the screen, if any part of it is in view.
pub fn project_line(line: &Polyline, projector: &Projector) -> Option<Vec<egui::Pos2>> {
    let clip = projector.clip_rect();
    let a = projector.project(lon_lat(line.min.0, line.min.1)).to_pos2();
    let b = projector.project(lon_lat(line.max.0, line.max.1)).to_pos2();
    let bbox = egui::Rect::from_two_pos(a, b);
    if !bbox.intersects(clip) {
        return None;
    }
    Some(
        line.points
            .iter()
            .map(|&(lon, lat)| projector.project(lon_lat(lon, lat)).to_pos2())
            .collect(),
    )
}

/// Draws sea, borders and coastlines under everything else.
pub struct BasemapPlugin {
    pub with_tiles: bool,
}

impl Plugin for BasemapPlugin {
    fn run(
        self: Box<Self>,
        ui: &mut egui::Ui,
        _response: &egui::Response,
        projector: &Projector,
        _memory: &MapMemory,
    ) {
        let painter = ui.painter_at(projector.clip_rect());
        let basemap = Basemap::embedded();
        if !self.with_tiles {
            painter.rect_filled(projector.clip_rect(), 0.0, style::SEA);
        }
        let zoom = projector.zoom();
        if zoom >= 5.0 {
            let stroke = Stroke::new(0.8, style::PROVINCE_LINE);
            for line in &basemap.province_lines {
                if let Some(points) = project_line(line, projector) {
                    painter.add(Shape::line(points, stroke));
                }
            }
        }
        let stroke = Stroke::new(
            1.2,
            if self.with_tiles {
                Color32::from_black_alpha(120)
            } else {
                style::BORDER
            },
        );
        for line in &basemap.borders {
            if let Some(points) = project_line(line, projector) {
                painter.add(Shape::line(points, stroke));
            }
        }
    }
}
