//! Loading a folder of articles into the app, frame by frame as the window would, until
//! the load ends: the time to load, and the longest frame meanwhile (printed).
//!
//! The folder is generated once under the target directory by
//! `scripts/generate_articles.py` logic (copies of the shipped reports, dates spread):
//! `LOAD_ARTICLES` (default 20,000) articles.

#![allow(clippy::expect_used, clippy::unwrap_used)]

mod support;

use std::path::{Path, PathBuf};
use std::time::{Duration, Instant};

use criterion::{Criterion, criterion_group, criterion_main};
use incident_map::app::{IncidentApp, Settings};
use incident_map::gazetteer::Gazetteer;

fn corpus(n: usize) -> PathBuf {
    let dir = PathBuf::from(env!("CARGO_MANIFEST_DIR")).join(format!("target/load-corpus-{n}"));
    if !dir.exists() {
        let status = std::process::Command::new("python3")
            .arg(concat!(
                env!("CARGO_MANIFEST_DIR"),
                "/scripts/generate_articles.py"
            ))
            .arg(&dir)
            .arg(n.to_string())
            .status()
            .expect("python3 to generate the corpus");
        assert!(status.success());
    }
    dir
}

/// Loads `dir` into a fresh app, running frames until the load is over; returns the
/// longest frame.
fn load(dir: &Path) -> (Duration, usize) {
    let gazetteer = Gazetteer::embedded().unwrap();
    let mut app = IncidentApp::new(gazetteer, Vec::new(), Settings::default());
    let ctx = egui::Context::default();
    let input = support::window_input;
    // Fonts, then the first paint (the glyph atlas, the basemap): not the load's doing.
    let _ = ctx.run_ui(input(), |ui| app.show(ui));
    let _ = ctx.run_ui(input(), |ui| app.show(ui));
    app.open(vec![dir.to_path_buf()], &ctx);
    let mut longest = Duration::ZERO;
    loop {
        let started = Instant::now();
        let output = ctx.run_ui(input(), |ui| app.show(ui));
        let _ = ctx.tessellate(output.shapes, output.pixels_per_point);
        longest = longest.max(started.elapsed());
        if !app.is_loading() {
            break;
        }
        std::thread::sleep(Duration::from_millis(4)); // a 60 Hz display's idle time
    }
    (longest, app.catalog.events.len())
}

fn benches(c: &mut Criterion) {
    let n: usize = std::env::var("LOAD_ARTICLES")
        .ok()
        .and_then(|v| v.parse().ok())
        .unwrap_or(20_000);
    let dir = corpus(n);
    let mut group = c.benchmark_group("load");
    group
        .sample_size(10)
        .measurement_time(Duration::from_secs(20));
    group.bench_function(format!("app_load_{n}_articles"), |b| {
        b.iter(|| {
            let started = Instant::now();
            let (longest, events) = load(&dir);
            eprintln!(
                "  {events} events in {:?}, longest frame {longest:?}",
                started.elapsed()
            );
        })
    });
    group.finish();
}

criterion_group!(load_benches, benches);
criterion_main!(load_benches);
