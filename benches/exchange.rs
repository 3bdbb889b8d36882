//! Export and import throughput at 100k events: CSV write/read, GeoJSON write/read, KML
//! write, and a layer import's two halves (records built on the worker, added on the UI
//! thread). Rows are the fixture articles' events, repeated with shifted points.
//!
//! Run: `cargo bench --bench exchange`.

#![allow(clippy::unwrap_used, clippy::expect_used)] // benchmark set-up fails loudly

use std::hint::black_box;
use std::path::Path;

use criterion::{Criterion, Throughput, criterion_group, criterion_main};
use incident_map::corrections::Corrections;
use incident_map::exchange::{self, Row};
use incident_map::gazetteer::Gazetteer;
use incident_map::pipeline::extract_paths;
use incident_map::view::catalog::Catalog;

const N: usize = 100_000;

fn rows() -> Vec<Row> {
    let gazetteer = Gazetteer::embedded().unwrap();
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("data/articles");
    let base: Vec<Row> = extract_paths(&[dir], gazetteer, &Corrections::new(), |o| {
        match &o.result {
            Ok(e) => Row::all_of(&o.path, e, gazetteer),
            Err(_) => Vec::new(),
        }
    })
    .into_iter()
    .flatten()
    .collect();
    (0..N)
        .map(|i| {
            let mut row = base[i % base.len()].clone();
            row.latitude = ((row.latitude + (i % 97) as f64 * 0.01) * 1e4).round() / 1e4;
            row
        })
        .collect()
}

fn exchange_benches(c: &mut Criterion) {
    let rows = rows();
    let gazetteer = Gazetteer::embedded().unwrap();
    let mut csv = Vec::new();
    exchange::csv::write(&rows, &mut csv).unwrap();
    let csv = String::from_utf8(csv).unwrap();
    let geojson = serde_json::to_string(&exchange::geojson::write(&rows)).unwrap();
    let mut group = c.benchmark_group("exchange_100k");
    group.sample_size(10);
    group.throughput(Throughput::Elements(N as u64));
    group.bench_function("csv_write", |b| {
        b.iter(|| {
            let mut out = Vec::with_capacity(csv.len());
            exchange::csv::write(black_box(&rows), &mut out).unwrap();
            out.len()
        })
    });
    group.bench_function("csv_read", |b| {
        b.iter(|| {
            exchange::csv::read(black_box(&csv), gazetteer)
                .unwrap()
                .rows
                .len()
        })
    });
    group.bench_function("geojson_write", |b| {
        b.iter(|| {
            serde_json::to_string(&exchange::geojson::write(black_box(&rows)))
                .unwrap()
                .len()
        })
    });
    group.bench_function("geojson_read", |b| {
        b.iter(|| {
            exchange::geojson::read(black_box(&geojson), gazetteer)
                .unwrap()
                .rows
                .len()
        })
    });
    group.bench_function("kml_write", |b| {
        b.iter(|| {
            let mut out = Vec::new();
            exchange::kml::write(black_box(&rows), &mut out).unwrap();
            out.len()
        })
    });
    // A layer import: the worker's part (records built from the rows) and the UI
    // thread's part (putting them into the catalog), which must stay within a frame.
    group.bench_function("layer_prepare_on_worker", |b| {
        b.iter_batched(
            || exchange::Imported {
                rows: rows.clone(),
                problems: Vec::new(),
            },
            |imported| Catalog::prepare_layer(0, "layer.csv", imported).rows(),
            criterion::BatchSize::LargeInput,
        )
    });
    group.bench_function("layer_add_on_ui_thread", |b| {
        b.iter_batched(
            || {
                let mut catalog = Catalog::default();
                let layer = catalog.reserve_layer("layer.csv");
                let imported = exchange::Imported {
                    rows: rows.clone(),
                    problems: Vec::new(),
                };
                (
                    catalog,
                    Catalog::prepare_layer(layer, "layer.csv", imported),
                )
            },
            |(mut catalog, prepared)| {
                catalog.add_prepared(prepared);
                catalog
            },
            criterion::BatchSize::LargeInput,
        )
    });
    group.finish();
}

criterion_group!(benches, exchange_benches);
criterion_main!(benches);
