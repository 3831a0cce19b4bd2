//! Benchmark: the search index of a content folder (`TSUNAGU_BENCH_CONTENT`, default the
//! bundled `content`): records, files and bytes on disk, the time to index, and for the
//! relevance set's queries the bytes and files a cold query reads, and the native query time
//! (the same code the WASM runs). Prints figures; it does not pass or fail.
//! `cargo bench --bench search_index`; `tests/bench/search-scaling.sh` runs it at 5, 50 and 500 cities.

use std::path::Path;
use std::time::Instant;

use serde::Deserialize;
use tsunagu::content::search::index_files::write_index;
use tsunagu::content::search::local::search;
use tsunagu::content::{compile_tree, ContentTree};
use tsunagu::publish::national::national_layer;
use tsunagu::search::format::{read_chunk, Record};
use tsunagu::search::query::SearchState;

#[derive(Deserialize)]
struct RelevanceSet {
    query: Vec<Case>,
}

#[derive(Deserialize)]
struct Case {
    q: String,
}

fn median(values: &mut [f64]) -> f64 {
    values.sort_by(f64::total_cmp);
    values[values.len() / 2]
}

fn main() {
    let content = std::env::var("TSUNAGU_BENCH_CONTENT").unwrap_or_else(|_| "content".to_string());
    let tree = national_layer().overlay(&ContentTree::read_dir(Path::new(&content)).expect("content reads"));
    let started = Instant::now();
    let site = compile_tree(&tree, "/").unwrap_or_else(|errors| panic!("{errors}"));
    let compile_ms = started.elapsed().as_secs_f64() * 1000.0;
    let index = &site.search;
    let on_disk: usize = index.files.values().map(Vec::len).sum();
    let shards = index.files.keys().filter(|path| path.contains("/t/")).count();
    let manifest =
        index.files.iter().find(|(path, _)| path.ends_with("manifest.txt")).map_or(0, |(_, bytes)| bytes.len());
    // The index alone: the records (read back from the record files, in order), then the files.
    let mut chunks: Vec<(usize, Vec<Record>)> = index
        .files
        .iter()
        .filter_map(|(path, bytes)| {
            let number = path.rsplit_once("/r/")?.1.strip_suffix(".txt")?.parse().ok()?;
            Some((number, read_chunk(&String::from_utf8_lossy(bytes))))
        })
        .collect();
    chunks.sort_by_key(|(number, _)| *number);
    let made: Vec<Record> = chunks.into_iter().flat_map(|(_, records)| records).collect();
    let mut times = Vec::new();
    for _ in 0..5 {
        let started = Instant::now();
        let _ = write_index(&made, &site.config, &[], None);
        times.push(started.elapsed().as_secs_f64() * 1000.0);
    }
    println!(
        "search_index: {} cities, {} records; {} files, {:.0} KB on disk ({shards} shards, manifest {:.1} KB); index {:.0} ms (median of 5; whole compile {compile_ms:.0} ms)",
        site.config.cities.len(),
        index.records,
        index.files.len(),
        on_disk as f64 / 1024.0,
        manifest as f64 / 1024.0,
        median(&mut times)
    );
    let set: RelevanceSet = toml::from_str(&std::fs::read_to_string("tests/search/relevance.toml").expect("set reads"))
        .expect("set parses");
    let (mut bytes, mut files, mut query_ms) = (Vec::new(), Vec::new(), Vec::new());
    for case in &set.query {
        let state = SearchState { q: case.q.clone(), ..SearchState::default() };
        let result = search(index, &state);
        bytes.push(result.bytes as f64 / 1024.0);
        files.push(result.files as f64);
        let started = Instant::now();
        for _ in 0..20 {
            let _ = search(index, &state);
        }
        query_ms.push(started.elapsed().as_secs_f64() * 1000.0 / 20.0);
    }
    let max = |values: &[f64]| values.iter().copied().fold(0.0, f64::max);
    println!(
        "search_queries: {} queries; cold read per query median {:.1} KB, max {:.1} KB ({} files median, {} max); native query (parse + rank, files in memory) median {:.2} ms, max {:.2} ms",
        set.query.len(),
        median(&mut bytes.clone()),
        max(&bytes),
        median(&mut files.clone()),
        max(&files),
        median(&mut query_ms.clone()),
        max(&query_ms)
    );
}
