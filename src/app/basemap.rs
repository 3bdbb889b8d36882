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

/// A polyline in Web Mercator coordinates (projected once, at load) with its bounding
/// box, for culling.
pub struct Polyline {
    pub points: Vec<(f64, f64)>,
    pub min: (f64, f64),
    pub max: (f64, f64),
}

impl Polyline {
    fn from_flat(flat: &[f64]) -> Option<Polyline> {
        let points: Vec<(f64, f64)> = flat
            .chunks_exact(2)
            .map(|c| crate::view::clusters::mercator(c[1], c[0]))
            .collect();
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

impl Area {
    /// Even-odd rule over all rings (islands and holes alike), in Web Mercator, where a
    /// point is inside exactly when it is in longitude/latitude.
    fn contains(&self, (x, y): (f64, f64)) -> bool {
        let mut inside = false;
        for ring in &self.rings {
            if x < ring.min.0 || x > ring.max.0 || y < ring.min.1 || y > ring.max.1 {
                continue;
            }
            let points = &ring.points;
            for (i, &(ax, ay)) in points.iter().enumerate() {
                let (bx, by) = points[(i + 1) % points.len()];
                if (ay > y) != (by > y) && x < (bx - ax) * (y - ay) / (by - ay) + ax {
                    inside = !inside;
                }
            }
        }
        inside
    }
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

    /// The first-level division containing a point, where the basemap has outlines (the
    /// Middle East): where a dragged pin now is.
    pub fn area_at(&self, lat: f64, lon: f64) -> Option<&Area> {
        let point = crate::view::clusters::mercator(lat, lon);
        self.areas.iter().find(|a| a.contains(point))
    }

    /// The outline of a first-level division, if the basemap has it.
    pub fn area(&self, country: &str, admin1: &str) -> Option<&Area> {
        self.areas
            .iter()
            .find(|a| a.country == country && a.admin1 == admin1)
    }
}

/// The map's Web Mercator → screen transform for this frame. Mercator to screen is
/// affine, so two projected reference points give it, and the basemap's 80,000 points need
/// no trigonometry per frame.
#[derive(Clone, Copy)]
pub struct ScreenTransform {
    scale: (f64, f64),
    offset: (f64, f64),
}

impl ScreenTransform {
    pub fn of(projector: &Projector) -> ScreenTransform {
        let (lat0, lon0, lat1, lon1) = (0.0, 0.0, 60.0, 90.0);
        let (m0, m1) = (
            crate::view::clusters::mercator(lat0, lon0),
            crate::view::clusters::mercator(lat1, lon1),
        );
        let (s0, s1) = (
            projector.project(lon_lat(lon0, lat0)),
            projector.project(lon_lat(lon1, lat1)),
        );
        let scale = (
            (f64::from(s1.x) - f64::from(s0.x)) / (m1.0 - m0.0),
            (f64::from(s1.y) - f64::from(s0.y)) / (m1.1 - m0.1),
        );
        let offset = (
            f64::from(s0.x) - m0.0 * scale.0,
            f64::from(s0.y) - m0.1 * scale.1,
        );
        ScreenTransform { scale, offset }
    }

    fn apply(&self, (x, y): (f64, f64)) -> egui::Pos2 {
        egui::pos2(
            (self.offset.0 + x * self.scale.0) as f32,
            (self.offset.1 + y * self.scale.1) as f32,
        )
    }
}

/// Projects a polyline onto the screen, if any part of it is in view, dropping points
/// closer than a pixel to the previous one (at a world view most border points would land
/// on top of each other, and tessellating them is expensive).
pub fn project_line(
    line: &Polyline,
    transform: &ScreenTransform,
    clip: egui::Rect,
) -> Option<Vec<egui::Pos2>> {
    let bbox = egui::Rect::from_two_pos(transform.apply(line.min), transform.apply(line.max));
    if !bbox.intersects(clip) {
        return None;
    }
    let mut points: Vec<egui::Pos2> = Vec::with_capacity(line.points.len() / 4 + 2);
    let last_index = line.points.len() - 1;
    for (i, &point) in line.points.iter().enumerate() {
        let p = transform.apply(point);
        let far = points
            .last()
            .is_none_or(|q| (p.x - q.x).abs() + (p.y - q.y).abs() >= 1.5);
        if far || i == last_index {
            points.push(p);
        }
    }
    (points.len() >= 2).then_some(points)
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
        let transform = ScreenTransform::of(projector);
        let clip = projector.clip_rect();
        if zoom >= 5.0 {
            let stroke = Stroke::new(0.8, style::PROVINCE_LINE);
            for line in &basemap.province_lines {
                if let Some(points) = project_line(line, &transform, clip) {
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
            if let Some(points) = project_line(line, &transform, clip) {
                painter.add(Shape::line(points, stroke));
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::Basemap;

    #[test]
    fn points_fall_in_their_province() {
        let basemap = Basemap::embedded();
        let erbil = basemap.area_at(36.19, 44.01).expect("Erbil is covered");
        assert_eq!(
            (erbil.country.as_str(), erbil.admin1.as_str()),
            ("IQ", "11")
        );
        let damascus = basemap.area_at(33.51, 36.29).expect("Damascus is covered");
        assert_eq!(damascus.country, "SY");
        assert!(
            basemap.area_at(48.85, 2.35).is_none(),
            "no outlines for France"
        );
    }
}
