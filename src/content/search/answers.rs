//! The answers to the known words, worked out at build time so that such a query needs one file,
//! not two rounds of requests (the shards, then the record files of the best): the word's answer
//! file holds its count and best records as the browser would rank them. With a filter, the
//! browser fetches it beside the shards and takes from it the records it holds. The known words are the
//! national vocabulary: every form of the synonym list, every glossary term, the titles and
//! headings of the national pages, and the titles of the staff course's pages for every city. Their number does not grow with the cities, and each answer
//! holds at most [`SHOWN`] records, each text cut to the snippet's window, so the answers stay
//! bounded on disk and a query fetches at most one of them.

use crate::search::format::{
    postings, Answer, Manifest, Record, RecordKind, Shard, MAX_QUERY_CHARS, MAX_RECORD_CHARS, SHOWN,
};
use crate::search::normalize::FoldMap;
use crate::search::plan::QueryPlan;
use crate::search::rank::{self, Filter};
use crate::search::tokens::shard_of;

/// The known words, normalised, each once, in the order met: the synonym forms, then the
/// glossary's terms, the national pages' titles and headings and the course pages' titles.
pub fn known_words(records: &[Record], synonyms: &[Vec<String>], fold: &FoldMap) -> Vec<String> {
    let national = records.iter().filter(|record| record.city.is_empty());
    let from_records = national.flat_map(|record| match record.kind {
        RecordKind::Glossary => vec![record.heading.as_str()],
        RecordKind::Programme => vec![record.page.as_str(), record.heading.as_str()],
        RecordKind::Training if record.heading.is_empty() => vec![record.page.as_str()],
        _ => Vec::new(),
    });
    let mut words: Vec<String> = Vec::new();
    for word in synonyms.iter().flatten().map(String::as_str).chain(from_records) {
        let normalized = fold.normalize(word, MAX_QUERY_CHARS).text();
        if word.chars().count() <= MAX_QUERY_CHARS && !normalized.is_empty() && !words.contains(&normalized) {
            words.push(normalized);
        }
    }
    words
}

/// Each known word that finds something, with its answer: its count and best [`SHOWN`] records (as the
/// browser ranks them from the shards, with no filter), each with its number and its text cut
/// to the window a snippet of the word shows unless that would change its order (`stored` gives a
/// record as its record file has it).
pub fn answers(
    words: Vec<String>,
    manifest: &Manifest,
    shards: &[Shard],
    stored: impl Fn(u32) -> Record,
) -> Vec<(String, Answer)> {
    let mut answered = Vec::new();
    for word in words {
        let plan = QueryPlan::new(manifest, &word);
        if plan.is_empty() {
            continue;
        }
        let candidates = rank::candidates(
            &plan,
            |token| postings(shards.get(shard_of(token, manifest.shards) as usize)?, token),
            Filter::default(),
        );
        let best: Vec<(u32, Record)> = candidates
            .iter()
            .take(SHOWN)
            .map(|candidate| {
                let record = stored(candidate.record);
                let cut = Record { text: window(&plan, &manifest.fold, &record.text), ..record.clone() };
                // The browser orders the answer by the phrase check on this text: where the
                // window would change it (a query of several words, apart in the text), the
                // record keeps its stored text.
                let same =
                    rank::phrase_tier(&plan, &manifest.fold, &cut) == rank::phrase_tier(&plan, &manifest.fold, &record);
                (candidate.record, if same { cut } else { record })
            })
            .collect();
        if !best.is_empty() {
            answered.push((word, Answer { total: candidates.len() as u32, records: best }));
        }
    }
    answered
}

/// The part of `text` a snippet of `plan` shows (see `rank::snippet`), with `…` where it is cut:
/// a snippet made from it is the same, and the phrase check still finds the query in it.
fn window(plan: &QueryPlan, fold: &FoldMap, text: &str) -> String {
    let pieces = rank::snippet(plan, fold, text);
    let window: String = pieces.into_iter().map(|(piece, _)| piece).collect();
    window.chars().take(MAX_RECORD_CHARS).collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn record(kind: RecordKind, city: &str, page: &str, heading: &str) -> Record {
        Record {
            page: page.into(),
            path: "p/".into(),
            heading: heading.into(),
            anchor: String::new(),
            text: String::new(),
            kind,
            city: city.into(),
        }
    }

    #[test]
    fn the_known_words_are_national_and_each_once() {
        let records = vec![
            record(RecordKind::Glossary, "", "用語集", "社協"),
            record(RecordKind::Programme, "", "重層的支援体制整備事業", "参加支援"),
            record(RecordKind::Window, "izu", "伊豆市社協", ""),
            record(RecordKind::Plan, "izu", "伊豆市の計画", "参加支援"),
        ];
        let synonyms = vec![vec!["社協".to_string(), "シャキョウ".to_string()]];
        let words = known_words(&records, &synonyms, &FoldMap::default());
        assert_eq!(words, vec!["社協", "しゃきょう", "重層的支援体制整備事業", "参加支援"]);
    }
}
