//! The index files, written from the records: BM25 weights per token and record (title and
//! heading count four times, the page title once more, the text once; k1 = 1.2, b = 0.75; the
//! staff course's records scored with the rest's statistics and weighted [`TRAINING_WEIGHT`]),
//! each token's best [`MAX_POSTINGS`] records kept, tokens spread over shards by hash (as many
//! shards as keep each near [`SHARD_TARGET_BYTES`]), the records' text in files of
//! [`CHUNK_RECORDS`], the known words' answers (`answers`), and a small manifest. The folder
//! is named by the hash of all of it.

use std::collections::{BTreeMap, HashMap};

use sha2::{Digest, Sha256};

use super::answers::{answers, known_words};
use super::readings::KanaReadings;
use super::{fold_map, SearchIndex};
use crate::content::site_config::SiteConfig;
use crate::search::format::{
    pack, place, write_answer, write_chunk, write_shard, Manifest, Record, RecordKind, Shard, CHUNK_RECORDS,
    INDEX_VERSION, MAX_POSTINGS,
};
use crate::search::synonyms::SynonymGroups;
use crate::search::tokens::{index_tokens, reading_token, shard_of};

/// About how large a shard may grow before the index uses more shards.
pub const SHARD_TARGET_BYTES: usize = 2 * 1024;

/// The most characters of a record's text its record file keeps (the index has them all).
pub const STORED_TEXT_CHARS: usize = 240;

/// The most shards an index has.
const MAX_SHARDS: u32 = 16384;

/// The weight of a staff course's record against another record that matches as well: below
/// one, so that a resident's query finds the plans, programmes, windows and guides first and the
/// course after them, while a query in the course's own words still finds the course.
const TRAINING_WEIGHT: f64 = 0.8;

const K1: f64 = 1.2;
const B: f64 = 0.75;

/// Writes the index of `records`; with `readings`, the kana readings of their kanji words are
/// indexed too, as reading tokens (see `search::tokens`; weighted as the field they come from,
/// not counted in the record's length: they are the same words again, spelled another way).
pub fn write_index(
    records: &[Record],
    config: &SiteConfig,
    synonyms: &[Vec<String>],
    readings: Option<&KanaReadings<'_>>,
) -> SearchIndex {
    let fold = fold_map();
    let cities: Vec<(String, String)> = config.cities.iter().map(|city| (city.id.clone(), city.name.clone())).collect();
    // token → record → (weighted count, in the title or heading)
    let mut counts: HashMap<String, Vec<(u32, f64, bool)>> = HashMap::new();
    let mut lengths = Vec::with_capacity(records.len());
    for (number, record) in records.iter().enumerate() {
        let head = if record.heading.is_empty() { &record.page } else { &record.heading };
        let page_title = if record.heading.is_empty() { "" } else { record.page.as_str() };
        let mut weights: HashMap<String, (f64, bool)> = HashMap::new();
        let mut length = 0usize;
        for (text, weight, is_head) in
            [(head.as_str(), 4.0, true), (page_title, 1.0, false), (record.text.as_str(), 1.0, false)]
        {
            for token in index_tokens(&fold.normalize(text, usize::MAX)) {
                length += 1;
                let entry = weights.entry(token).or_default();
                entry.0 += weight;
                entry.1 |= is_head;
            }
            let Some(readings) = readings else { continue };
            for token in index_tokens(&fold.normalize(&readings.of(text), usize::MAX)) {
                let entry = weights.entry(reading_token(&token)).or_default();
                entry.0 += weight;
                entry.1 |= is_head;
            }
        }
        lengths.push(length.max(1) as f64);
        for (token, (weight, in_head)) in weights {
            counts.entry(token).or_default().push((number as u32, weight, in_head));
        }
    }
    // The statistics (how many records, their average length, how many hold a token) are the
    // rest's: the course's records are scored against them, so the course leaves the other
    // records' weights as they would be without it (a token's best postings are still kept
    // among all records, the course's too).
    let counted = |record: u32| records[record as usize].kind != RecordKind::Training;
    let rest: Vec<f64> = (0..records.len() as u32).filter(|n| counted(*n)).map(|n| lengths[n as usize]).collect();
    let total = rest.len().max(1) as f64;
    let average = rest.iter().sum::<f64>() / total;
    let place_of = |record: &Record| {
        let city = cities.iter().position(|(id, _)| *id == record.city).map_or(0, |position| position as u32 + 1);
        place(city, record.kind)
    };
    let mut postings: BTreeMap<String, Vec<u32>> = BTreeMap::new();
    let mut estimated = 0usize;
    for (token, mut list) in counts {
        let df = list.iter().filter(|(record, _, _)| counted(*record)).count() as f64;
        let idf = (1.0 + (total - df + 0.5) / (df + 0.5)).ln();
        let mut weighted: Vec<(u32, u32, bool)> = list
            .drain(..)
            .map(|(record, tf, in_head)| {
                let norm = K1 * (1.0 - B + B * lengths[record as usize] / average);
                let weight = if counted(record) { 1.0 } else { TRAINING_WEIGHT };
                let score = weight * idf * tf * (K1 + 1.0) / (tf + norm);
                (record, ((score * 10.0).round() as u32).max(1), in_head)
            })
            .collect();
        weighted.sort_by(|a, b| b.1.cmp(&a.1).then(a.0.cmp(&b.0)));
        weighted.truncate(MAX_POSTINGS);
        weighted.sort_by_key(|posting| posting.0);
        let mut previous = 0;
        let flat: Vec<u32> = weighted
            .into_iter()
            .flat_map(|(record, impact, in_head)| {
                let gap = record - previous;
                previous = record;
                [gap, pack(impact * 2 + u32::from(in_head), place_of(&records[record as usize]))]
            })
            .collect();
        estimated += token.len() + 2 + flat.iter().map(|n| n.to_string().len() + 1).sum::<usize>();
        postings.insert(token, flat);
    }
    let shards = (estimated / SHARD_TARGET_BYTES).clamp(8, MAX_SHARDS as usize).next_power_of_two() as u32;
    let mut shard_maps: Vec<Shard> = vec![Shard::new(); shards as usize];
    for (token, flat) in postings {
        // The postings are in token order, so every shard is too.
        shard_maps[shard_of(&token, shards) as usize].push((token, flat));
    }
    let mut manifest = Manifest::default();
    manifest.version = INDEX_VERSION;
    manifest.shards = shards;
    manifest.records = records.len() as u32;
    manifest.cities = cities;
    manifest.fold = fold.clone();
    manifest.synonyms = SynonymGroups(synonyms.to_vec());
    let mut files: BTreeMap<String, Vec<u8>> = BTreeMap::new();
    let words = known_words(records, synonyms, fold);
    for (number, (word, answer)) in
        answers(words, &manifest, &shard_maps, |record| stored(&records[record as usize])).into_iter().enumerate()
    {
        let best: Vec<(u32, &Record)> = answer.records.iter().map(|(record, text)| (*record, text)).collect();
        files.insert(format!("a/{number}.txt"), write_answer(answer.total as usize, &best).into_bytes());
        manifest.answers.push(word);
    }
    files.insert("manifest.txt".into(), manifest.write().into_bytes());
    for (number, shard) in shard_maps.iter().enumerate() {
        files.insert(format!("t/{number}.txt"), write_shard(shard).into_bytes());
    }
    for (number, chunk) in records.chunks(CHUNK_RECORDS as usize).enumerate() {
        // The record files keep the start of each text: enough for a snippet and a phrase
        // check, and a cold query fetches a dozen of them.
        let stored: Vec<Record> = chunk.iter().map(stored).collect();
        files.insert(format!("r/{number}.txt"), write_chunk(&stored).into_bytes());
    }
    let mut hasher = Sha256::new();
    for (path, bytes) in &files {
        hasher.update(path.as_bytes());
        hasher.update((bytes.len() as u64).to_le_bytes());
        hasher.update(bytes);
    }
    let hash: String = hasher.finalize().iter().take(8).map(|byte| format!("{byte:02x}")).collect();
    let folder = format!("search/{hash}/");
    SearchIndex {
        files: files.into_iter().map(|(path, bytes)| (format!("{folder}{path}"), bytes)).collect(),
        folder,
        records: records.len(),
    }
}

/// A record as its record file keeps it: the start of its text.
fn stored(record: &Record) -> Record {
    Record { text: record.text.chars().take(STORED_TEXT_CHARS).collect(), ..record.clone() }
}
