//! The offline basemap: land and sea, Natural Earth country borders and coastlines, and
//! first-level borders for the Middle East, compiled into the binary (`data/basemap/`, see
//! `data/README.md`) and drawn by a walkers plugin, so the map works with no network.
//!
//! Land is filled from the country outlines, triangulated once (geo's earcut) at two
//! levels of detail: a coarse one (simplified with Douglas–Peucker) for the world and
//! continent views, the shipped one from zoom 4 on.

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

/// Triangles of land in Web Mercator, with their bounding box for culling.
pub struct LandPiece {
    pub vertices: Vec<(f64, f64)>,
    pub indices: Vec<u32>,
    pub min: (f64, f64),
    pub max: (f64, f64),
}

/// A country's name and the point its label goes at (inside its largest part).
pub struct CountryLabel {
    pub name: String,
    /// Web Mercator.
    pub at: (f64, f64),
    /// Width of its largest part in Mercator units: small countries get no label at
    /// world views.
    pub width: f64,
}

/// Everything the basemap draws.
pub struct Basemap {
    pub borders: Vec<Polyline>,
    pub province_lines: Vec<Polyline>,
    pub areas: Vec<Area>,
    /// `areas` by country, then admin1, for the per-frame look-up of each province drawn
    /// (nested so that borrowed `&str` keys look up without allocating).
    area_index: rustc_hash::FxHashMap<String, rustc_hash::FxHashMap<String, usize>>,
    /// Land at world and continent zoom (coarse) and closer in (shipped detail).
    pub land_coarse: Vec<LandPiece>,
    pub land_fine: Vec<LandPiece>,
    pub country_labels: Vec<CountryLabel>,
}

#[derive(Deserialize)]
struct CountriesFile {
    borders: Vec<Vec<f64>>,
    #[serde(default)]
    countries: Vec<CountryJson>,
}

#[derive(Deserialize)]
struct CountryJson {
    name: String,
    rings: Vec<Vec<f64>>,
}

/// Douglas–Peucker tolerance (degrees) of the coarse land.
const COARSE_TOLERANCE: f64 = 0.08;

/// Triangulates one ring (lon, lat pairs) into a land piece, simplified by `tolerance`.
fn land_piece(flat: &[f64], tolerance: f64) -> Option<LandPiece> {
    use geo::{Simplify, TriangulateEarcut};
    let ring: Vec<geo::Coord<f64>> = flat
        .chunks_exact(2)
        .map(|c| geo::coord! { x: c[0], y: c[1] })
        .collect();
    if ring.len() < 4 {
        return None;
    }
    let mut line = geo::LineString::new(ring);
    if tolerance > 0.0 {
        line = line.simplify(tolerance);
    }
    if line.0.len() < 4 {
        return None;
    }
    let polygon = geo::Polygon::new(line, Vec::new());
    let raw = polygon.earcut_triangles_raw();
    let vertices: Vec<(f64, f64)> = raw
        .vertices
        .iter()
        .map(|v| crate::view::clusters::mercator(v[1], v[0]))
        .collect();
    let indices: Vec<u32> = raw
        .triangle_indices
        .iter()
        .filter_map(|&i| u32::try_from(i).ok())
        .collect();
    if indices.is_empty() {
        return None;
    }
    let min = vertices
        .iter()
        .fold((f64::MAX, f64::MAX), |m, p| (m.0.min(p.0), m.1.min(p.1)));
    let max = vertices
        .iter()
        .fold((f64::MIN, f64::MIN), |m, p| (m.0.max(p.0), m.1.max(p.1)));
    Some(LandPiece {
        vertices,
        indices,
        min,
        max,
    })
}

/// Where a country's label goes: inside its largest part (geo's interior point).
fn country_label(country: &CountryJson) -> Option<CountryLabel> {
    use geo::{Area as _, InteriorPoint};
    let polygons: Vec<geo::Polygon<f64>> = country
        .rings
        .iter()
        .map(|flat| {
            geo::Polygon::new(
                flat.chunks_exact(2)
                    .map(|c| geo::coord! { x: c[0], y: c[1] })
                    .collect(),
                Vec::new(),
            )
        })
        .collect();
    let largest = polygons
        .iter()
        .max_by(|a, b| a.unsigned_area().total_cmp(&b.unsigned_area()))?;
    let point = largest.interior_point()?;
    let at = crate::view::clusters::mercator(point.y(), point.x());
    let xs = largest.exterior().0.iter().map(|c| c.x);
    let (lo, hi) = xs.fold((f64::MAX, f64::MIN), |m, x| (m.0.min(x), m.1.max(x)));
    Some(CountryLabel {
        name: country.name.clone(),
        at,
        width: (hi - lo) / 360.0,
    })
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
                        countries: Vec::new(),
                    }
                });
            let admin1: Admin1File = serde_json::from_str(ADMIN1_JSON).unwrap_or_else(|e| {
                eprintln!("incident-map: embedded province borders unreadable: {e}");
                Admin1File {
                    lines: Vec::new(),
                    areas: Vec::new(),
                }
            });
            let land = |tolerance: f64| -> Vec<LandPiece> {
                countries
                    .countries
                    .iter()
                    .flat_map(|c| c.rings.iter())
                    .filter_map(|ring| land_piece(ring, tolerance))
                    .collect()
            };
            let areas: Vec<Area> = admin1
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
                .collect();
            // The first outline of a (country, admin1) pair wins, as a linear search would.
            let mut area_index: rustc_hash::FxHashMap<
                String,
                rustc_hash::FxHashMap<String, usize>,
            > = rustc_hash::FxHashMap::default();
            for (i, area) in areas.iter().enumerate() {
                area_index
                    .entry(area.country.clone())
                    .or_default()
                    .entry(area.admin1.clone())
                    .or_insert(i);
            }
            Basemap {
                land_coarse: land(COARSE_TOLERANCE),
                land_fine: land(0.0),
                country_labels: countries
                    .countries
                    .iter()
                    .filter_map(country_label)
                    .collect(),
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
                areas,
                area_index,
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
        self.area_index
            .get(country)
            .and_then(|by_code| by_code.get(admin1))
            .and_then(|&i| self.areas.get(i))
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

    /// The width of the whole world on screen, in points (Mercator x spans 0 to 1).
    pub fn world_width(&self) -> f64 {
        self.scale.0.abs()
    }

    /// Where a Web Mercator point is on screen.
    pub fn apply(&self, (x, y): (f64, f64)) -> egui::Pos2 {
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

/// Draws sea, land, borders and coastlines under everything else.
pub struct BasemapPlugin {
    pub with_tiles: bool,
    pub style: style::MapStyle,
}

/// The land pieces in view, as one mesh in screen coordinates.
fn land_mesh(
    pieces: &[LandPiece],
    transform: &ScreenTransform,
    clip: egui::Rect,
    colour: Color32,
) -> egui::Mesh {
    let mut mesh = egui::Mesh::default();
    for piece in pieces {
        let bbox = egui::Rect::from_two_pos(transform.apply(piece.min), transform.apply(piece.max));
        if !bbox.intersects(clip) {
            continue;
        }
        let base = u32::try_from(mesh.vertices.len()).unwrap_or(u32::MAX);
        for &point in &piece.vertices {
            mesh.colored_vertex(transform.apply(point), colour);
        }
        mesh.indices.extend(piece.indices.iter().map(|i| base + i));
    }
    mesh
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
        let zoom = projector.zoom();
        let transform = ScreenTransform::of(projector);
        let clip = projector.clip_rect();
        let style = self.style;
        if !self.with_tiles {
            painter.rect_filled(clip, 0.0, style.sea);
            let pieces = if zoom < 4.0 {
                &basemap.land_coarse
            } else {
                &basemap.land_fine
            };
            painter.add(Shape::mesh(land_mesh(pieces, &transform, clip, style.land)));
        }
        if zoom >= 5.0 {
            let stroke = Stroke::new(0.8, style.province_line);
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
                style.border
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
