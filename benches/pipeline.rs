//! Speed of the extraction core, measured with criterion (`cargo bench`).
//!
//! - `gazetteer_load`: reading the embedded gazetteer, the bulk of CLI start-up.
//! - `cli_startup_empty_file`: the whole `incident-map extract` process on one empty file.
//! - `extract_corpus`: the pipeline over the shipped corpus (`data/articles`), in
//!   parallel as the CLI runs it; throughput in articles per second.
//! - `extract_one_3mb_article`: one pasted text of 3.2 MB (the shipped reports end to end,
//!   repeated): resolution must stay linear in the text's length.

// A benchmark that cannot set up should stop loudly.
#![allow(clippy::expect_used, clippy::unwrap_used)]

use std::hint::black_box;
use std::path::PathBuf;
use std::process::Command;

use criterion::{Criterion, Throughput, criterion_group, criterion_main};
use incident_map::article::read::read_file;
use incident_map::corrections::Corrections;
use incident_map::gazetteer::Gazetteer;
use incident_map::pipeline::extract;
use rayon::prelude::*;

fn corpus() -> Vec<incident_map::article::Article> {
    let dir = PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("data/articles");
    let mut files: Vec<PathBuf> = std::fs::read_dir(dir)
        .expect("data/articles exists")
        .flatten()
        .map(|e| e.path())
        .filter(|p| p.extension().is_some_and(|e| e == "txt"))
        .collect();
    files.sort();
    files
        .iter()
        .flat_map(|f| read_file(f))
        .filter_map(|input| input.article.ok())
        .collect()
}

fn benches(c: &mut Criterion) {
    c.bench_function("gazetteer_load", |b| {
        b.iter(|| black_box(Gazetteer::load_embedded().expect("valid data")))
    });

    let empty = tempfile::NamedTempFile::new().expect("temp file");
    let exe = env!("CARGO_BIN_EXE_incident-map");
    let mut startup = c.benchmark_group("cli");
    startup.sample_size(20);
    startup.bench_function("cli_startup_empty_file", |b| {
        b.iter(|| {
            let status = Command::new(exe)
                .args(["extract", "--format", "jsonl"])
                .arg(empty.path())
                .output()
                .expect("runs");
            assert!(status.status.success());
        })
    });
    startup.finish();

    let gazetteer = Gazetteer::embedded().expect("embedded gazetteer");
    let articles = corpus();
    let repeated: Vec<_> = (0..10_000)
        .map(|i| articles[i % articles.len()].clone())
        .collect();
    let mut group = c.benchmark_group("throughput");
    group.sample_size(10);
    group.throughput(Throughput::Elements(repeated.len() as u64));
    group.bench_function("extract_10k_articles_parallel", |b| {
        b.iter(|| {
            repeated
                .par_iter()
                .map(|a| {
                    extract(a.clone(), gazetteer, &Corrections::new())
                        .events
                        .len()
                })
                .sum::<usize>()
        })
    });
    group.finish();

    let mut text = String::new();
    while text.len() < 3_200_000 {
        for article in &articles {
            text.push_str(&article.text);
            text.push_str("\n\n");
        }
    }
    let big = incident_map::article::Article::from_text("big.txt", text, 0);
    let mut one = c.benchmark_group("long_text");
    one.sample_size(10);
    one.throughput(Throughput::Bytes(big.text.len() as u64));
    one.bench_function("extract_one_3mb_article", |b| {
        b.iter(|| {
            extract(big.clone(), gazetteer, &Corrections::new())
                .events
                .len()
        })
    });
    one.finish();
}

criterion_group!(pipeline, benches);
criterion_main!(pipeline);
