//! The index in the browser: its files fetched from the same site as a query needs them, and
//! kept for the session (memory only), then the query ranked by the pure core.

use std::cell::RefCell;
use std::collections::HashMap;
use std::rc::Rc;

use wasm_bindgen::JsCast;
use wasm_bindgen_futures::JsFuture;

use crate::search::format::{Chunk, Manifest, Record, Shard, CHUNK_RECORDS, INDEX_VERSION};
use crate::search::query::SearchState;
use crate::search::rank::{self, Candidate, Filter, QueryPlan};

/// How many candidates get their text fetched and shown.
const SHOWN: usize = 12;

/// What a search found: the ranked records (with their snippets' pieces), the total count and
/// nearby words when nothing was found.
pub struct Found {
    /// The records shown, best first, each with its snippet.
    pub shown: Vec<(Record, Vec<(String, bool)>)>,
    /// How many records matched in all.
    pub total: usize,
    /// Words from the synonym list close to the query (when nothing matched).
    pub nearby: Vec<String>,
    /// The cities' names by id.
    pub cities: Vec<(String, String)>,
}

#[derive(Default)]
struct Cache {
    folder: String,
    manifest: Option<Rc<Manifest>>,
    shards: HashMap<u32, Rc<Shard>>,
    chunks: HashMap<u32, Rc<Chunk>>,
}

thread_local! {
    static CACHE: RefCell<Cache> = RefCell::new(Cache::default());
}

async fn fetch_json<T: serde::de::DeserializeOwned>(url: &str) -> Result<T, ()> {
    let window = web_sys::window().ok_or(())?;
    let response = JsFuture::from(window.fetch_with_str(url)).await.map_err(|_| ())?;
    let response: web_sys::Response = response.dyn_into().map_err(|_| ())?;
    if !response.ok() {
        return Err(());
    }
    let text = JsFuture::from(response.text().map_err(|_| ())?).await.map_err(|_| ())?;
    serde_json::from_str(&text.as_string().ok_or(())?).map_err(|_| ())
}

async fn manifest(folder: &str) -> Result<Rc<Manifest>, ()> {
    let kept = CACHE.with(|cache| {
        let mut cache = cache.borrow_mut();
        if cache.folder != folder {
            *cache = Cache { folder: folder.to_string(), ..Cache::default() };
        }
        cache.manifest.clone()
    });
    if let Some(manifest) = kept {
        return Ok(manifest);
    }
    let manifest: Manifest = fetch_json(&format!("{folder}manifest.json")).await?;
    if manifest.version != INDEX_VERSION {
        return Err(());
    }
    let manifest = Rc::new(manifest);
    CACHE.with(|cache| cache.borrow_mut().manifest = Some(manifest.clone()));
    Ok(manifest)
}

async fn shard(folder: &str, number: u32) -> Result<Rc<Shard>, ()> {
    if let Some(kept) = CACHE.with(|cache| cache.borrow().shards.get(&number).cloned()) {
        return Ok(kept);
    }
    let shard: Rc<Shard> = Rc::new(fetch_json(&format!("{folder}t/{number}.json")).await?);
    CACHE.with(|cache| cache.borrow_mut().shards.insert(number, shard.clone()));
    Ok(shard)
}

async fn chunk(folder: &str, number: u32) -> Result<Rc<Chunk>, ()> {
    if let Some(kept) = CACHE.with(|cache| cache.borrow().chunks.get(&number).cloned()) {
        return Ok(kept);
    }
    let chunk: Rc<Chunk> = Rc::new(fetch_json(&format!("{folder}r/{number}.json")).await?);
    CACHE.with(|cache| cache.borrow_mut().chunks.insert(number, chunk.clone()));
    Ok(chunk)
}

/// Runs `state`'s query against the index in `folder`.
pub async fn search(folder: &str, state: &SearchState) -> Result<Found, ()> {
    let manifest = manifest(folder).await?;
    let plan = QueryPlan::new(&manifest, &state.q);
    let mut shards = HashMap::new();
    for number in plan.shards(manifest.shards) {
        shards.insert(number, shard(folder, number).await?);
    }
    let city = state
        .city
        .as_ref()
        .and_then(|id| manifest.cities.iter().position(|(city, _)| city == id))
        .map(|position| position as u32 + 1);
    let filter = Filter { city, kind: state.kind };
    let candidates = rank::candidates(
        &plan,
        |token| {
            let shard = shards.get(&crate::search::tokens::shard_of(token, manifest.shards))?;
            shard.get(token).map(Vec::as_slice)
        },
        filter,
    );
    let total = candidates.len();
    let best: Vec<Candidate> = candidates.into_iter().take(SHOWN).collect();
    let mut chunks: HashMap<u32, Rc<Chunk>> = HashMap::new();
    for candidate in &best {
        let number = candidate.record / CHUNK_RECORDS;
        if !chunks.contains_key(&number) {
            chunks.insert(number, chunk(folder, number).await?);
        }
    }
    let record_of = |record: u32| chunks.get(&(record / CHUNK_RECORDS))?.get((record % CHUNK_RECORDS) as usize);
    let found: Vec<(Candidate, &Record)> =
        best.iter().filter_map(|candidate| record_of(candidate.record).map(|record| (*candidate, record))).collect();
    let shown = rank::rerank(&plan, &manifest.fold, found)
        .into_iter()
        .filter_map(|(candidate, _)| record_of(candidate.record))
        .map(|record| (record.clone(), rank::snippet(&plan, &manifest.fold, &record.text)))
        .collect();
    let nearby = if total == 0 { rank::nearby_terms(&manifest, &plan) } else { Vec::new() };
    Ok(Found { shown, total, nearby, cities: manifest.cities.clone() })
}
