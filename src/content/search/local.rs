//! A query run natively against the index files in memory, in the same steps as the WASM
//! (manifest, the query's shards, the best candidates' record files, then the ranking), for
//! the relevance test and the benchmarks. It also counts the bytes a cold query would fetch.

use std::collections::{BTreeMap, BTreeSet};

use super::SearchIndex;
use crate::search::format::{postings, read_chunk, read_shard, Chunk, Manifest, Record, Shard, CHUNK_RECORDS};
use crate::search::query::SearchState;
use crate::search::rank::{self, Filter, QueryPlan};
use crate::search::tokens::shard_of;

/// How many candidates get their text fetched (as in the browser).
pub const SHOWN: usize = 12;

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
    let total = candidates.len();
    let best: Vec<_> = candidates.into_iter().take(SHOWN).collect();
    let chunks: BTreeMap<u32, Chunk> = best
        .iter()
        .map(|candidate| candidate.record / CHUNK_RECORDS)
        .collect::<BTreeSet<_>>()
        .into_iter()
        .filter_map(|n| Some((n, read_chunk(&text(get(format!("r/{n}.txt"))?)))))
        .collect();
    let record_of = |record: u32| chunks.get(&(record / CHUNK_RECORDS))?.get((record % CHUNK_RECORDS) as usize);
    let found = best.iter().filter_map(|c| record_of(c.record).map(|record| (*c, record))).collect();
    let records = rank::rerank(&plan, &manifest.fold, found)
        .into_iter()
        .filter_map(|(c, _)| record_of(c.record).cloned())
        .collect();
    let bytes = read.iter().filter_map(|path| index.files.get(path)).map(Vec::len).sum();
    LocalResult { records, total, bytes, files: read.len() }
}
