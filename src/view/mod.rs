//! View models for the desktop app, kept free of GUI code so they are tested and
//! benchmarked on their own: the event catalog, time/kind/text/country filtering,
//! clustering and the per-day histogram.

pub mod areas;
pub mod catalog;
pub mod clusters;
pub mod filter;
pub mod incidents;
