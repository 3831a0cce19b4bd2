//! The relevance set (`tests/search/relevance.toml`): queries residents and staff type, with
//! the pages that must be among the first three pages of results. Fails below 95 % recall@3.
//! `cargo test --test search_relevance -- --nocapture` prints each query's first pages.

use std::path::Path;

use serde::Deserialize;
use tsunagu::content::accessibility::RecordedRun;
use tsunagu::content::furigana::Analyser;
use tsunagu::content::plan::dates::today_in_japan;
use tsunagu::content::search::local::search;
use tsunagu::content::{compile_tree_with_readings, ContentTree};
use tsunagu::search::query::SearchState;

#[derive(Deserialize)]
struct RelevanceSet {
    query: Vec<Case>,
}

#[derive(Deserialize)]
struct Case {
    q: String,
    /// Page paths (under the base, with `#anchor` when a section is meant) that must be in the top 3.
    expect: Vec<String>,
    #[serde(default)]
    city: Option<String>,
}

/// The first pages of results (path, or path#anchor for the first record of each page), in order.
fn top_pages(results: &[tsunagu::search::format::Record]) -> Vec<(String, String)> {
    let mut pages: Vec<(String, String)> = Vec::new();
    for record in results {
        if !pages.iter().any(|(path, _)| *path == record.path) {
            pages.push((record.path.clone(), record.anchor.clone()));
        }
    }
    pages
}

#[test]
fn the_relevance_set_finds_its_pages_in_the_top_three() {
    let set: RelevanceSet =
        toml::from_str(&std::fs::read_to_string("tests/search/relevance.toml").expect("the set reads")).expect("toml");
    assert!(set.query.len() >= 40, "the set has {} queries", set.query.len());
    let tree = ContentTree::read_dir(Path::new("content")).expect("content reads");
    // As `tsunagu build` does: with the dictionary, kanji words are indexed by their readings
    // too, so the queries in kana find them (the dictionary is Debian's mecab-ipadic, which the
    // test set-up installs).
    let analyser = tsunagu::publish::dictionary::analyser().expect("the ふりがな dictionary is installed");
    let site = compile_tree_with_readings(
        &tree,
        "/",
        today_in_japan(),
        &RecordedRun::NotRecorded,
        Some(analyser as &dyn Analyser),
    )
    .expect("content compiles");
    let (mut found, mut wanted, mut reciprocal) = (0usize, 0usize, 0.0f64);
    let mut misses = Vec::new();
    for case in &set.query {
        let state = SearchState { q: case.q.clone(), city: case.city.clone(), kind: None };
        let result = search(&site.search, &state);
        let pages = top_pages(&result.records);
        println!("{} → {:?}", case.q, pages.iter().take(3).map(|(p, a)| format!("{p}#{a}")).collect::<Vec<_>>());
        let rank_of = |expected: &str| {
            let (path, anchor) = expected.split_once('#').unwrap_or((expected, ""));
            result
                .records
                .iter()
                .filter(|record| anchor.is_empty() || record.anchor == anchor)
                .map(|record| record.path.as_str())
                .position(|p| p == path)
                .and_then(|_| pages.iter().position(|(p, _)| p == path))
        };
        let mut first: Option<usize> = None;
        for expected in &case.expect {
            wanted += 1;
            match rank_of(expected) {
                Some(rank) if rank < 3 => {
                    found += 1;
                    first = Some(first.map_or(rank, |f: usize| f.min(rank)));
                }
                Some(rank) => {
                    first = Some(first.map_or(rank, |f: usize| f.min(rank)));
                    misses.push(format!("{} → {expected} at {}", case.q, rank + 1));
                }
                None => misses.push(format!("{} → {expected} not found", case.q)),
            }
        }
        reciprocal += first.map_or(0.0, |rank| 1.0 / (rank as f64 + 1.0));
    }
    let recall = found as f64 / wanted as f64;
    let mrr = reciprocal / set.query.len() as f64;
    println!(
        "relevance: {} queries, recall@3 {:.1} % ({found}/{wanted}), MRR {:.3}",
        set.query.len(),
        recall * 100.0,
        mrr
    );
    for miss in &misses {
        println!("  miss: {miss}");
    }
    assert!(recall >= 0.95, "recall@3 is {:.1} %: {misses:#?}", recall * 100.0);
}

/// A known word's answer file (one file, worked out at build) gives the same results, in the same
/// order and with the same count, as the two rounds it saves (the shards, then the record files).
#[test]
fn a_known_words_answer_is_what_the_shards_and_records_give() {
    let tree = ContentTree::read_dir(Path::new("content")).expect("content reads");
    let site = tsunagu::content::compile_tree(&tree, "/").expect("content compiles");
    let index = &site.search;
    let mut without_answers = index.clone();
    without_answers.files.retain(|path, _| !path.contains("/a/"));
    let manifest = tsunagu::search::format::Manifest::read(&String::from_utf8_lossy(
        &index.files[&format!("{}manifest.txt", index.folder)],
    ));
    assert!(manifest.answers.len() >= 40, "{} known words", manifest.answers.len());
    let places = |records: &[tsunagu::search::format::Record]| {
        records.iter().map(|record| format!("{}#{}", record.path, record.anchor)).collect::<Vec<_>>()
    };
    for word in &manifest.answers {
        let state = SearchState { q: word.clone(), city: None, kind: None };
        let (answered, rounds) = (search(index, &state), search(&without_answers, &state));
        assert_eq!(answered.files, 2, "{word}: the manifest and the answer");
        assert_eq!(answered.total, rounds.total, "{word}");
        assert_eq!(places(&answered.records), places(&rounds.records), "{word}");
    }
}
