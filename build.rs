//! Builds the gazetteer's packed name index (see `src/gazetteer/packed.rs`) from
//! `data/gazetteer/*.tsv`, so the binary starts without folding or hashing any name.

// A broken data file must stop the build loudly: panicking is the build script's error report.
#![allow(clippy::expect_used)]

#[path = "src/text/fold.rs"]
#[allow(dead_code)]
mod fold;
#[path = "src/gazetteer/packed.rs"]
#[allow(dead_code)]
mod packed;
#[path = "src/gazetteer/rows.rs"]
#[allow(dead_code)]
mod rows;
#[path = "src/gazetteer/skeleton.rs"]
#[allow(dead_code)]
mod skeleton;
#[path = "src/gazetteer/table.rs"]
#[allow(dead_code)]
mod table;

use std::collections::HashMap;
use std::path::PathBuf;

fn main() {
    let files = ["data/gazetteer/places.tsv", "data/gazetteer/curated.tsv"];
    for file in files {
        println!("cargo::rerun-if-changed={file}");
    }
    println!("cargo::rerun-if-changed=src/text/fold.rs");
    println!("cargo::rerun-if-changed=src/gazetteer/packed.rs");
    println!("cargo::rerun-if-changed=src/gazetteer/rows.rs");
    println!("cargo::rerun-if-changed=src/gazetteer/skeleton.rs");
    println!("cargo::rerun-if-changed=src/gazetteer/table.rs");

    let mut names: HashMap<(String, u32), u32> = HashMap::new();
    let mut demonyms: Vec<(String, u32)> = Vec::new();
    let mut first_words: Vec<(String, u32)> = Vec::new();
    // Cities' and sites' names by skeleton (as `Gazetteer::skeleton_index` builds it).
    let mut skeletons: HashMap<(String, u32), u32> = HashMap::new();
    let mut place = 0u32;
    let mut longest = 0usize;
    let mut places = table::new_table();
    for (index, file) in files.into_iter().enumerate() {
        let tsv = std::fs::read_to_string(file).unwrap_or_else(|e| panic!("{file}: {e}"));
        for (line, columns) in rows::rows(&tsv) {
            let numbers = rows::numbers(&columns).unwrap_or_else(|e| panic!("{file}:{line}: {e}"));
            table::push_row(&mut places, index as u8, &tsv, &columns, numbers)
                .unwrap_or_else(|e| panic!("{file}:{line}: {e}"));
            for (name, primary) in rows::names(&columns) {
                let key = fold::fold(name);
                if key.is_empty() {
                    continue;
                }
                longest = longest.max(rows::token_count(name));
                if rows::token_count(name) > 1 {
                    let first = rows::first_word(name);
                    first_words.push((fold::fold(first), 0));
                }
                let packed = rows::pack_ref(place, primary, rows::is_caps_only(name));
                let point = matches!(columns.get(1).copied(), Some("city" | "site"));
                if point
                    && !rows::is_caps_only(name)
                    && let Some(skeleton) = skeleton::skeleton(&key)
                {
                    skeletons
                        .entry((skeleton, place))
                        .and_modify(|r| *r = rows::merge_refs(*r, packed))
                        .or_insert(packed);
                }
                names
                    .entry((key, place))
                    .and_modify(|r| *r = rows::merge_refs(*r, packed))
                    .or_insert(packed);
            }
            for demonym in rows::demonyms(&columns) {
                let key = fold::fold(demonym);
                if !key.is_empty() {
                    demonyms.push((key, place));
                }
            }
            place += 1;
        }
    }
    let out = PathBuf::from(std::env::var("OUT_DIR").expect("cargo sets OUT_DIR"));
    std::fs::write(out.join("places.bin"), places).expect("write places.bin");
    let names: Vec<(String, u32)> = names.into_iter().map(|((k, _), r)| (k, r)).collect();
    std::fs::write(
        out.join("names.bin"),
        packed::encode(names, place, longest as u32),
    )
    .expect("write names.bin");
    std::fs::write(out.join("demonyms.bin"), packed::encode(demonyms, place, 1))
        .expect("write demonyms.bin");
    std::fs::write(
        out.join("first_words.bin"),
        packed::encode(first_words, place, 1),
    )
    .expect("write first_words.bin");
    let skeletons: Vec<(String, u32)> = skeletons.into_iter().map(|((k, _), r)| (k, r)).collect();
    std::fs::write(
        out.join("skeletons.bin"),
        packed::encode(skeletons, place, 1),
    )
    .expect("write skeletons.bin");
    embed_default_corpus(&out);
}

/// Writes `default_corpus.rs`: the shipped reports in `data/articles/`, compiled in so the
/// app opens on them from any working directory.
fn embed_default_corpus(out: &std::path::Path) {
    println!("cargo::rerun-if-changed=data/articles");
    let dir = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("data/articles");
    let mut files: Vec<PathBuf> = std::fs::read_dir(&dir)
        .map(|entries| entries.flatten().map(|e| e.path()).collect())
        .unwrap_or_default();
    files.retain(|p| p.extension().is_some_and(|e| e == "txt"));
    files.sort();
    let mut code = String::from(
        "/// The shipped reports: (file name, text).\npub const DEFAULT_ARTICLES: &[(&str, &str)] = &[\n",
    );
    for file in &files {
        let name = file
            .file_name()
            .and_then(|n| n.to_str())
            .unwrap_or_default();
        code.push_str(&format!(
            "    ({name:?}, include_str!({:?})),\n",
            file.display().to_string()
        ));
    }
    code.push_str("];\n");
    std::fs::write(out.join("default_corpus.rs"), code).expect("write default_corpus.rs");
}
