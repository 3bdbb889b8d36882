//! Speed of the app's per-frame work with many events, measured with criterion.
//!
//! - `refilter_after_slider_move_1m`: one slider move over 1,000,000 events (time index
//!   query + kind/text/country filters), the work done when the window changes.
//! - `app_frame_100k_events`: one whole frame of the app (layout + tessellation, no GPU)
//!   with 100,000 events; `app_frame_after_slider_move_100k_events`: the same when the
//!   slider window moved, so the visible set and clusters are recomputed.
//! - `app_frame_1m_events_fifth_province_level`: one whole frame with 1,000,000 events, a
//!   fifth of them province-level (drawn as one outline and count per province).
//! - `app_frame_shipped_reports`: one whole frame on the 72 shipped reports with the
//!   basemap, place names, legend and a selected event's details: what a user first sees.
//! - `recompute_view_100k`: the time query, clustering and the per-day histogram from
//!   scratch (what a new data set or a filter change costs).

// A benchmark that cannot set up should stop loudly.
#![allow(clippy::expect_used, clippy::unwrap_used)]

mod support;

use std::hint::black_box;

use criterion::{Criterion, criterion_group, criterion_main};
use incident_map::app::{IncidentApp, Settings};
use incident_map::events::EventKind;
use incident_map::gazetteer::Gazetteer;
use incident_map::view::catalog::{EventRecord, Precision, Source};
use incident_map::view::clusters::{cluster, histogram, mercator};
use incident_map::view::filter::{Filters, TimeIndex, TimeWindow};

/// Synthetic events over 180 days around the Middle East, a tenth with multi-day ranges.
fn synthetic(n: usize) -> Vec<EventRecord> {
    synthetic_with_provinces(n, 0)
}

/// As [`synthetic`], with one event in `every` (0: none) at province level in one of
/// Iraq's 18 provinces, as a monitor's province-only rows are: what the map draws as
/// outlined areas.
fn synthetic_with_provinces(n: usize, every: u64) -> Vec<EventRecord> {
    let mut seed = 0x2545_F491_4F6C_DD1Du64;
    let mut next = || {
        seed ^= seed << 13;
        seed ^= seed >> 7;
        seed ^= seed << 17;
        seed
    };
    (0..n)
        .map(|_| {
            let r = next();
            let from = 19_600 + (r % 180) as i32;
            let span = if r % 10 == 0 { (r >> 8) as i32 % 20 } else { 0 };
            let lat = 29.0 + ((r >> 20) % 1000) as f64 / 100.0;
            let lon = 35.0 + ((r >> 32) % 1500) as f64 / 100.0;
            EventRecord {
                source: Source::Article {
                    article: 0,
                    index: 0,
                },
                layer: 0,
                kind: [EventKind::Incident, EventKind::Meeting, EventKind::Call]
                    [(r >> 16) as usize % 3],
                subtype: "attack".into(),
                from: Some(from),
                to: Some(from + span),
                lat,
                lon,
                mercator: mercator(lat, lon),
                precision: if every > 0 && (r >> 40) % every == 0 {
                    Precision::Province
                } else if r % 13 == 0 {
                    Precision::Country
                } else {
                    Precision::City
                },
                place: format!("Province {:02}", 1 + (r >> 48) % 18),
                country_code: "IQ".into(),
                admin1: if every > 0 && (r >> 40) % every == 0 {
                    format!("{:02}", 1 + (r >> 48) % 18)
                } else {
                    String::new()
                },
                actors: Vec::new(),
                search_text: String::new(),
                new: false,
                sample: false,
            }
        })
        .collect()
}

fn benches(c: &mut Criterion) {
    let million = synthetic(1_000_000);
    let index = TimeIndex::build(&million);
    let filters = Filters {
        calls: false,
        ..Filters::default()
    };
    let mut visible = Vec::new();
    let mut day = 0;
    c.bench_function("refilter_after_slider_move_1m", |b| {
        b.iter(|| {
            day = (day + 1) % 150;
            let window = TimeWindow {
                from: 19_600 + day,
                to: 19_600 + day + 7,
            };
            index.visible_filtered(window, false, &filters, &million, &mut visible);
            black_box(visible.len())
        })
    });

    // One whole app frame (layout and tessellation, no GPU) with 100,000 events, the map
    // and the slider visible: the steady state while the user looks and hovers.
    let gazetteer = Gazetteer::embedded().unwrap();
    let mut app = IncidentApp::new(gazetteer, Vec::new(), Settings::default());
    app.catalog.events = synthetic(100_000);
    let ctx = egui::Context::default();
    let input = support::window_input;
    for _ in 0..3 {
        let _warm_up = ctx.run_ui(input(), |ui| app.show(ui));
    }
    c.bench_function("app_frame_100k_events", |b| {
        b.iter(|| {
            let output = ctx.run_ui(input(), |ui| app.show(ui));
            black_box(ctx.tessellate(output.shapes, output.pixels_per_point).len())
        })
    });
    let mut day = 0;
    c.bench_function("app_frame_after_slider_move_100k_events", |b| {
        b.iter(|| {
            day = (day + 1) % 150;
            app.settings.timeline.window = Some(TimeWindow {
                from: 19_600 + day,
                to: 19_630 + day,
            });
            let output = ctx.run_ui(input(), |ui| app.show(ui));
            black_box(ctx.tessellate(output.shapes, output.pixels_per_point).len())
        })
    });

    // A million events, a fifth of them province-level (monitors' rows often are): each
    // province is drawn once, as an outline with a count, whatever the number of its events.
    let mut app = IncidentApp::new(gazetteer, Vec::new(), Settings::default());
    app.catalog.events = synthetic_with_provinces(1_000_000, 5);
    for _ in 0..3 {
        let _warm_up = ctx.run_ui(input(), |ui| app.show(ui));
    }
    c.bench_function("app_frame_1m_events_fifth_province_level", |b| {
        b.iter(|| {
            let output = ctx.run_ui(input(), |ui| app.show(ui));
            black_box(ctx.tessellate(output.shapes, output.pixels_per_point).len())
        })
    });
    drop(app);

    // The shipped reports, as the app opens on them, with an event selected.
    let samples = incident_map::corpus::extract_default_corpus(
        gazetteer,
        &incident_map::corrections::Corrections::new(),
    );
    let mut app = IncidentApp::new(gazetteer, Vec::new(), Settings::default());
    app.catalog.add_samples(samples, gazetteer);
    let ctx = egui::Context::default();
    for _ in 0..3 {
        let _warm_up = ctx.run_ui(input(), |ui| app.show(ui));
    }
    app.selected = Some(0);
    for _ in 0..3 {
        let _warm_up = ctx.run_ui(input(), |ui| app.show(ui));
    }
    c.bench_function("app_frame_shipped_reports", |b| {
        b.iter(|| {
            let output = ctx.run_ui(input(), |ui| app.show(ui));
            black_box(ctx.tessellate(output.shapes, output.pixels_per_point).len())
        })
    });

    let events = synthetic(100_000);
    let index = TimeIndex::build(&events);
    let mut visible = Vec::new();
    c.bench_function("recompute_view_100k", |b| {
        b.iter(|| {
            index.visible(
                TimeWindow {
                    from: 19_600,
                    to: 19_780,
                },
                false,
                &mut visible,
            );
            let clusters = cluster(&events, &visible, 6.0, 44.0);
            let bins = histogram(&events, |_, _| true, 19_600, 19_800);
            black_box((clusters.len(), bins.len()))
        })
    });
}

criterion_group!(views, benches);
criterion_main!(views);
