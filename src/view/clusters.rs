//! Marker clustering on a grid of Web Mercator pixels at an integer zoom level.
//!
//! Clusters are computed in world pixels, not screen pixels, so panning never re-clusters;
//! the app recomputes only when the zoom level or the visible set changes.

use rustc_hash::FxHashMap;

use super::catalog::EventRecord;
use crate::events::EventKind;

/// Size of a world at zoom 0, in pixels (the slippy-map tile size).
const TILE: f64 = 256.0;

/// Web Mercator position in [0, 1]² (x east, y south).
pub fn mercator(lat: f64, lon: f64) -> (f64, f64) {
    let lat = lat.clamp(-85.0511, 85.0511).to_radians();
    let x = (lon + 180.0) / 360.0;
    let y = (1.0 - (lat.tan() + 1.0 / lat.cos()).ln() / std::f64::consts::PI) / 2.0;
    (x, y)
}

/// Inverse of [`mercator`]: `(lat, lon)` in degrees.
pub fn unmercator(x: f64, y: f64) -> (f64, f64) {
    let lon = x * 360.0 - 180.0;
    let lat = (std::f64::consts::PI * (1.0 - 2.0 * y))
        .sinh()
        .atan()
        .to_degrees();
    (lat, lon)
}

/// Events close together at one zoom level.
#[derive(Clone, Debug, Default)]
pub struct Cluster {
    /// Mean position of the members.
    pub lat: f64,
    pub lon: f64,
    /// Member event indexes, in the order they were given.
    pub members: Vec<u32>,
    /// Members per kind: incidents, meetings, calls.
    pub by_kind: [u32; 3],
    /// Members that arrived while the app was open (counted here, once per re-cluster, so
    /// the map does not walk every member each frame for its badge).
    pub new: u32,
}

impl Cluster {
    /// The kind most members have; decides the cluster's colour.
    pub fn main_kind(&self) -> EventKind {
        let [i, m, c] = self.by_kind;
        if i >= m && i >= c {
            EventKind::Incident
        } else if m >= c {
            EventKind::Meeting
        } else {
            EventKind::Call
        }
    }
}

pub(crate) fn kind_slot(kind: EventKind) -> usize {
    match kind {
        EventKind::Incident | EventKind::Other => 0,
        EventKind::Meeting => 1,
        EventKind::Call => 2,
    }
}

/// Groups the `visible` pin events into clusters of about `cell_px` pixels at `zoom`.
/// Coarse events (province, country) are not clustered: they are not pins.
pub fn cluster(events: &[EventRecord], visible: &[u32], zoom: f64, cell_px: f64) -> Vec<Cluster> {
    let world = TILE * 2f64.powf(zoom.floor().max(0.0));
    let cell = cell_px.max(1.0) / world;
    struct Acc {
        x: f64,
        y: f64,
        cluster: Cluster,
    }
    let mut cells: FxHashMap<(i64, i64), Acc> = FxHashMap::default();
    let mut order = Vec::new();
    for &i in visible {
        let Some(event) = events.get(i as usize) else {
            continue;
        };
        if !event.precision.is_pin() {
            continue;
        }
        let (x, y) = event.mercator;
        let key = ((x / cell).floor() as i64, (y / cell).floor() as i64);
        let acc = cells.entry(key).or_insert_with(|| {
            order.push(key);
            Acc {
                x: 0.0,
                y: 0.0,
                cluster: Cluster::default(),
            }
        });
        acc.x += x;
        acc.y += y;
        acc.cluster.members.push(i);
        acc.cluster.by_kind[kind_slot(event.kind)] += 1;
        acc.cluster.new += u32::from(event.new);
    }
    order
        .into_iter()
        .filter_map(|key| cells.remove(&key))
        .map(|mut acc| {
            let n = acc.cluster.members.len() as f64;
            let (lat, lon) = unmercator(acc.x / n, acc.y / n);
            acc.cluster.lat = lat;
            acc.cluster.lon = lon;
            acc.cluster
        })
        .collect()
}

/// Events per day and kind over `[first, last]`, for the histogram under the slider.
/// Events with a range count on each of their days.
pub fn histogram(
    events: &[EventRecord],
    accepted: impl Fn(usize, &EventRecord) -> bool,
    first: i32,
    last: i32,
) -> Vec<[u32; 3]> {
    let days = usize::try_from(last - first + 1).unwrap_or(0);
    let mut bins = vec![[0u32; 3]; days];
    for (index, event) in events.iter().enumerate() {
        // A ranged event ("14 attacks since Oct. 17") is drawn as a span, never as an
        // event on each day of its range.
        let (Some(from), Some(to)) = (event.from, event.to) else {
            continue;
        };
        if to != from || !accepted(index, event) {
            continue;
        }
        if from >= first
            && let Some(bin) = bins.get_mut((from - first) as usize)
        {
            bin[kind_slot(event.kind)] += 1;
        }
    }
    bins
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn mercator_round_trips() {
        let (x, y) = mercator(36.19, 44.01);
        let (lat, lon) = unmercator(x, y);
        assert!((lat - 36.19).abs() < 1e-9 && (lon - 44.01).abs() < 1e-9);
    }
}
