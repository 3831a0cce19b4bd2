//! The index in the browser: its files fetched from the same site as a query needs them, and
//! kept for the session (memory only), then the query ranked by the pure core. A query that is
//! one of the manifest's known words fetches its answer file, which holds its count and best
//! records: one file, one round of requests. With a filter, the answer comes beside the shards
//! and gives the records it holds, so the record files are fetched only for the others.

use std::cell::RefCell;
use std::rc::Rc;

use wasm_bindgen::JsCast;
use wasm_bindgen_futures::JsFuture;

use tsunagu_search::format::{
    postings, read_answer, read_chunk, read_shard, Answer, Chunk, Manifest, Record, Shard, CHUNK_RECORDS,
    INDEX_VERSION, SHOWN,
};
use tsunagu_search::plan::QueryPlan;
use tsunagu_search::query::SearchState;
use tsunagu_search::rank::{self, Candidate, Filter};

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

/// Index files of one kind kept in memory, by number.
type Kept<T> = Vec<(u32, Rc<T>)>;

#[derive(Default)]
struct Cache {
    folder: String,
    manifest: Option<Rc<Manifest>>,
    shards: Kept<Shard>,
    chunks: Kept<Chunk>,
    answers: Kept<Answer>,
}

thread_local! {
    static CACHE: RefCell<Cache> = RefCell::new(Cache::default());
}

/// Starts fetching `url` at once: requests started one after another run side by side, and
/// each is awaited with [`text_of`].
fn start_fetch(url: &str) -> Result<web_sys::js_sys::Promise, ()> {
    Ok(web_sys::window().ok_or(())?.fetch_with_str(url))
}

async fn fetch_text(url: &str) -> Result<String, ()> {
    text_of(start_fetch(url)?).await
}

async fn text_of(started: web_sys::js_sys::Promise) -> Result<String, ()> {
    let response = JsFuture::from(started).await.map_err(|_| ())?;
    let response: web_sys::Response = response.dyn_into().map_err(|_| ())?;
    if !response.ok() {
        return Err(());
    }
    let text = JsFuture::from(response.text().map_err(|_| ())?).await.map_err(|_| ())?;
    text.as_string().ok_or(())
}

fn kept<T>(list: &[(u32, Rc<T>)], number: u32) -> Option<Rc<T>> {
    list.iter().find(|(n, _)| *n == number).map(|(_, item)| item.clone())
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
    let manifest = Manifest::read(&fetch_text(&format!("{folder}manifest.txt")).await?);
    if manifest.version != INDEX_VERSION {
        return Err(());
    }
    let manifest = Rc::new(manifest);
    CACHE.with(|cache| cache.borrow_mut().manifest = Some(manifest.clone()));
    Ok(manifest)
}

/// Starts fetching the manifest, so that the first query on the search page waits one round of
/// requests less. Errors are left for the query to meet.
pub fn prefetch_manifest(folder: String) {
    wasm_bindgen_futures::spawn_local(async move {
        if let Ok(manifest) = manifest(&folder).await {
            warm_up(&manifest);
        }
    });
}

/// Runs a made-up query through the reading and ranking of the index files, with no request:
/// the browser compiles a WASM function when it is first called (about 4 ms of a first query's
/// time), so this has it done while the reader types.
fn warm_up(manifest: &Manifest) {
    let shard = Rc::new(read_shard("相談\t1 2"));
    let chunk = read_chunk("window\t\tp/\t\t相談\t相談の窓口\t相談の窓口です");
    let answer = read_answer("total\t1\n0\twindow\t\tp/\t\t相談\t窓口\t相談");
    let plan = QueryPlan::new(manifest, "相談の窓口");
    let _ = manifest.answer_of("相談");
    let shards = plan.shards(manifest.shards).into_iter().map(|n| (n, shard.clone())).collect();
    let candidates = ranked(manifest, &plan, &shards, Filter::default());
    let found = candidates.iter().zip(chunk.iter().chain(answer.records.iter().map(|(_, record)| record)));
    let found = found.map(|(candidate, record)| (*candidate, record)).collect();
    std::hint::black_box(finish(manifest, &plan, 0, found));
}

/// The token shards numbered, from memory or fetched side by side.
async fn shards(folder: &str, numbers: Vec<u32>) -> Result<Kept<Shard>, ()> {
    kept_or_fetched(folder, "t", numbers, |cache| &mut cache.shards, read_shard).await
}

/// The record files numbered, from memory or fetched side by side.
async fn chunks(folder: &str, numbers: Vec<u32>) -> Result<Kept<Chunk>, ()> {
    kept_or_fetched(folder, "r", numbers, |cache| &mut cache.chunks, read_chunk).await
}

/// Files `{folder}{kind}/{n}.txt`: those in memory, and the others fetched all at once (one
/// round of requests, not one each), read, and kept.
async fn kept_or_fetched<T>(
    folder: &str,
    kind: &str,
    numbers: Vec<u32>,
    list: fn(&mut Cache) -> &mut Kept<T>,
    read: fn(&str) -> T,
) -> Result<Kept<T>, ()> {
    let mut files = Vec::new();
    let mut started = Vec::new();
    for number in numbers {
        match CACHE.with(|cache| kept(list(&mut cache.borrow_mut()), number)) {
            Some(file) => files.push((number, file)),
            None => started.push((number, start_fetch(&format!("{folder}{kind}/{number}.txt"))?)),
        }
    }
    for (number, request) in started {
        let file = Rc::new(read(&text_of(request).await?));
        CACHE.with(|cache| list(&mut cache.borrow_mut()).push((number, file.clone())));
        files.push((number, file));
    }
    Ok(files)
}

/// The answer file of known word `number`: from memory, or started now and awaited when needed
/// (an answer that fails to come is done without: the shards and record files serve).
enum AnswerFile {
    None,
    Kept(Rc<Answer>),
    Asked(u32, web_sys::js_sys::Promise),
}

impl AnswerFile {
    fn start(folder: &str, number: Option<u32>) -> AnswerFile {
        let Some(number) = number else { return AnswerFile::None };
        if let Some(answer) = CACHE.with(|cache| kept(&cache.borrow().answers, number)) {
            return AnswerFile::Kept(answer);
        }
        start_fetch(&format!("{folder}a/{number}.txt"))
            .map_or(AnswerFile::None, |asked| AnswerFile::Asked(number, asked))
    }

    async fn answer(self) -> Option<Rc<Answer>> {
        match self {
            AnswerFile::None => None,
            AnswerFile::Kept(answer) => Some(answer),
            AnswerFile::Asked(number, asked) => {
                let answer = Rc::new(read_answer(&text_of(asked).await.ok()?));
                CACHE.with(|cache| cache.borrow_mut().answers.push((number, answer.clone())));
                Some(answer)
            }
        }
    }
}

/// Runs `state`'s query against the index in `folder`.
pub async fn search(folder: &str, state: &SearchState) -> Result<Found, ()> {
    let manifest = manifest(folder).await?;
    let plan = QueryPlan::new(&manifest, &state.q);
    let answer = AnswerFile::start(folder, manifest.answer_of(&state.q));
    // A known word with no filter: its answer is the whole search.
    let answer = if state.city.is_none() && state.kind.is_none() {
        match answer.answer().await {
            Some(answer) => {
                let found = answer.records.iter().map(|(record, text)| (Candidate::of(*record), text)).collect();
                return Ok(finish(&manifest, &plan, answer.total as usize, found));
            }
            None => AnswerFile::None,
        }
    } else {
        answer
    };
    let shards = shards(folder, plan.shards(manifest.shards)).await?;
    let answer = answer.answer().await;
    let in_answer = |record: u32| answer.as_ref()?.records.iter().find(|(n, _)| *n == record).map(|(_, record)| record);
    let city = state
        .city
        .as_ref()
        .and_then(|id| manifest.cities.iter().position(|(city, _)| city == id))
        .map(|position| position as u32 + 1);
    let filter = Filter { city, kind: state.kind };
    let candidates = ranked(&manifest, &plan, &shards, filter);
    let total = candidates.len();
    let best: Vec<Candidate> = candidates.into_iter().take(SHOWN).collect();
    let mut numbers: Vec<u32> = Vec::new();
    for candidate in best.iter().filter(|candidate| in_answer(candidate.record).is_none()) {
        let number = candidate.record / CHUNK_RECORDS;
        if !numbers.contains(&number) {
            numbers.push(number);
        }
    }
    let chunks = chunks(folder, numbers).await?;
    let record_of = |record: u32| {
        in_answer(record).or_else(|| {
            let (_, chunk) = chunks.iter().find(|(n, _)| *n == record / CHUNK_RECORDS)?;
            chunk.get((record % CHUNK_RECORDS) as usize)
        })
    };
    let found: Vec<(Candidate, &Record)> =
        best.iter().filter_map(|candidate| record_of(candidate.record).map(|record| (*candidate, record))).collect();
    Ok(finish(&manifest, &plan, total, found))
}

/// The records the shards say match `plan`, best first.
fn ranked(manifest: &Manifest, plan: &QueryPlan, shards: &Kept<Shard>, filter: Filter) -> Vec<Candidate> {
    let postings_of = |token: &str| {
        let number = tsunagu_search::tokens::shard_of(token, manifest.shards);
        let (_, shard) = shards.iter().find(|(n, _)| *n == number)?;
        postings(shard, token)
    };
    rank::candidates(plan, postings_of, filter)
}

/// The results of `found` (the best candidates in the shards' order, with their records):
/// ordered by their text, with snippets, and nearby words when nothing matched.
fn finish(manifest: &Manifest, plan: &QueryPlan, total: usize, found: Vec<(Candidate, &Record)>) -> Found {
    let by_number: Vec<(u32, &Record)> = found.iter().map(|(candidate, record)| (candidate.record, *record)).collect();
    let shown = rank::rerank(plan, &manifest.fold, found)
        .into_iter()
        .filter_map(|(candidate, _)| by_number.iter().find(|(n, _)| *n == candidate.record).map(|(_, record)| *record))
        .map(|record| (record.clone(), rank::snippet(plan, &manifest.fold, &record.text)))
        .collect();
    let nearby = if total == 0 { rank::nearby_terms(manifest, plan) } else { Vec::new() };
    Found { shown, total, nearby, cities: manifest.cities.clone() }
}
