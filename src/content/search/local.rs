//! A query run natively against the index files in memory, in the same steps as the WASM
//! (manifest; a known word's answer file, which with no filter is all it needs; else the query's
//! shards and the record files of the best candidates an answer does not hold; then the
//! ranking), for
//! the relevance test and the benchmarks. It also counts the bytes a cold query would fetch.

use std::collections::{BTreeMap, BTreeSet};

use super::SearchIndex;
use crate::search::format::{
    postings, read_answer, read_chunk, read_shard, Answer, Chunk, Manifest, Record, Shard, CHUNK_RECORDS, SHOWN,
};
use crate::search::plan::QueryPlan;
use crate::search::query::SearchState;
use crate::search::rank::{self, Candidate, Filter};
use crate::search::tokens::shard_of;

/// What a query found, and what it read.
#[derive(Debug, Clone, Default)]
pub struct LocalResult {
    /// The records shown, best first.
    pub records: Vec<Record>,
    /// How many matched.
    pub total: usize,
    /// Bytes of the files read (manifest, shards, record files), as a cold query fetches them.
    pub bytes: usize,
    /// How many files.
    pub files: usize,
}

/// Runs `state` against `index`.
pub fn search(index: &SearchIndex, state: &SearchState) -> LocalResult {
    let mut read = BTreeSet::new();
    let mut get = |path: String| -> Option<&Vec<u8>> {
        let full = format!("{}{path}", index.folder);
        read.insert(full.clone());
        index.files.get(&full)
    };
    let text = |bytes: &Vec<u8>| String::from_utf8_lossy(bytes).into_owned();
    let Some(manifest) = get("manifest.txt".into()).map(|bytes| Manifest::read(&text(bytes))) else {
        return LocalResult::default();
    };
    let plan = QueryPlan::new(&manifest, &state.q);
    let answer: Answer = manifest
        .answer_of(&state.q)
        .and_then(|n| get(format!("a/{n}.txt")))
        .map(|bytes| read_answer(&text(bytes)))
        .unwrap_or_default();
    let unfiltered = state.city.is_none() && state.kind.is_none();
    let (total, best) = if unfiltered && !answer.records.is_empty() {
        // A known word with no filter: its answer is the whole search.
        (answer.total as usize, answer.records.iter().map(|(record, _)| Candidate::of(*record)).collect())
    } else {
        let shards: BTreeMap<u32, Shard> = plan
            .shards(manifest.shards)
            .into_iter()
            .filter_map(|n| Some((n, read_shard(&text(get(format!("t/{n}.txt"))?)))))
            .collect();
        let city = state
            .city
            .as_ref()
            .and_then(|id| manifest.cities.iter().position(|(city, _)| city == id))
            .map(|position| position as u32 + 1);
        let candidates = rank::candidates(
            &plan,
            |token| postings(shards.get(&shard_of(token, manifest.shards))?, token),
            Filter { city, kind: state.kind },
        );
        (candidates.len(), candidates.into_iter().take(SHOWN).collect::<Vec<Candidate>>())
    };
    let in_answer = |record: u32| answer.records.iter().find(|(n, _)| *n == record).map(|(_, record)| record);
    let chunks: BTreeMap<u32, Chunk> = best
        .iter()
        .filter(|candidate| in_answer(candidate.record).is_none())
        .map(|candidate| candidate.record / CHUNK_RECORDS)
        .collect::<BTreeSet<_>>()
        .into_iter()
        .filter_map(|n| Some((n, read_chunk(&text(get(format!("r/{n}.txt"))?)))))
        .collect();
    let record_of = |record: u32| {
        in_answer(record).or_else(|| chunks.get(&(record / CHUNK_RECORDS))?.get((record % CHUNK_RECORDS) as usize))
    };
    let found = best.iter().filter_map(|c| record_of(c.record).map(|record| (*c, record))).collect();
    let records = rank::rerank(&plan, &manifest.fold, found)
        .into_iter()
        .filter_map(|(c, _)| record_of(c.record).cloned())
        .collect();
    let bytes = read.iter().filter_map(|path| index.files.get(path)).map(Vec::len).sum();
    LocalResult { records, total, bytes, files: read.len() }
}
