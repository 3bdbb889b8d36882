//! The article's confidently placed points, and which of them is nearest a candidate.
//!
//! Resolution scores every candidate of every mention by its distance to the closest
//! anchor; done by scanning, that is mentions × anchors haversines (a long article took
//! seconds). Anchors are kept once per place, in an R-tree over points on the unit sphere
//! (where straight-line nearness is great-circle nearness), so each query is logarithmic.

use geo::{Distance, Haversine, Point};
use rstar::RTree;
use rstar::primitives::GeomWithData;
use rustc_hash::FxHashSet;

use crate::gazetteer::{Gazetteer, Place, PlaceId};

type Entry = GeomWithData<[f64; 3], PlaceId>;

/// A set of anchor places with a nearest-neighbour index.
#[derive(Default)]
pub(super) struct Anchors {
    seen: FxHashSet<PlaceId>,
    points: Vec<Entry>,
    tree: Option<RTree<Entry>>,
}

/// A point on the unit sphere.
fn unit(place: &Place) -> [f64; 3] {
    let (lat, lon) = (place.lat.to_radians(), place.lon.to_radians());
    [lat.cos() * lon.cos(), lat.cos() * lon.sin(), lat.sin()]
}

impl Anchors {
    /// Adds a place (once).
    pub(super) fn add(&mut self, id: PlaceId, gazetteer: &Gazetteer) {
        if self.seen.insert(id) {
            self.points.push(Entry::new(unit(gazetteer.place(id)), id));
            self.tree = None;
        }
    }

    /// Builds the index; call after the last [`Anchors::add`].
    pub(super) fn index(&mut self) {
        self.tree = Some(RTree::bulk_load(self.points.clone()));
    }

    /// The anchor nearest `place` other than itself, with the distance in km.
    pub(super) fn nearest(&self, place: &Place, gazetteer: &Gazetteer) -> Option<(PlaceId, f64)> {
        let tree = self.tree.as_ref()?;
        let query = unit(place);
        tree.nearest_neighbor_iter(&query)
            .map(|entry| entry.data)
            .find(|&id| !std::ptr::eq(gazetteer.place(id), place))
            .map(|id| {
                let anchor = gazetteer.place(id);
                (id, distance_km(anchor, place))
            })
    }
}

/// Great-circle distance in km, by the `geo` crate (mean Earth radius, as the evaluation
/// scripts use).
pub(super) fn distance_km(a: &Place, b: &Place) -> f64 {
    Haversine.distance(Point::new(a.lon, a.lat), Point::new(b.lon, b.lat)) / 1000.0
}
