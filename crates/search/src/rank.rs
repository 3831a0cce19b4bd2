//! Ranking, in two steps. First, from the shards alone: each record's BM25 weights (computed
//! natively, one per token) are summed over the tokens the query looks up (see `plan`) and
//! scaled by the share of tokens found, for the query and each synonym alternative (the best
//! counts). Then, for the best candidates, from their text: a record whose title or heading
//! holds the whole query comes first, then one whose text holds it as a phrase (contiguous),
//! then the rest, each by score. And the snippet, with the matches marked.

use super::format::{unpack, Manifest, Record, RecordKind, MAX_RECORD_CHARS};
use super::normalize::{FoldMap, Normalized};
use super::plan::QueryPlan;

/// Which records count: by city position in the manifest (0 national) and kind.
#[derive(Debug, Clone, Copy, Default, PartialEq)]
pub struct Filter {
    /// Only this city's records (position in `Manifest::cities`, from 1), national ones excluded.
    pub city: Option<u32>,
    /// Only records of this kind.
    pub kind: Option<RecordKind>,
}

/// A record found from the shards.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Candidate {
    /// Its number.
    pub record: u32,
    /// Its score.
    pub score: f64,
    /// Every token of an alternative is in its title or heading.
    pub in_heading: bool,
}

impl Candidate {
    /// A record known by its place in a list ranked already (a known word's answer): the order
    /// of the list stands where its score would.
    pub fn of(record: u32) -> Candidate {
        Candidate { record, score: 0.0, in_heading: false }
    }
}

/// Words of the synonym list that share a pair of characters with the query (at most six),
/// offered when nothing was found.
pub fn nearby_terms(manifest: &Manifest, plan: &QueryPlan) -> Vec<String> {
    let query_pairs: Vec<&[char]> = plan.alternatives.iter().flatten().flat_map(|run| run.windows(2)).collect();
    let mut nearby = Vec::new();
    let normalized = manifest.normalized_synonyms();
    for (group, forms) in manifest.synonyms.0.iter().zip(&normalized.0) {
        for (form, normalized) in group.iter().zip(forms) {
            let normalized: Vec<char> = normalized.chars().collect();
            let shares = normalized.windows(2).any(|pair| query_pairs.contains(&pair));
            if shares && nearby.len() < 6 && !nearby.contains(form) {
                nearby.push(form.clone());
            }
        }
    }
    nearby
}

/// Share of a query's tokens a record must have: all of a short query, two thirds of a word or
/// two, half of a sentence.
fn enough(found: usize, total: usize) -> bool {
    match total {
        0..=3 => found == total,
        4..=6 => found * 3 >= total * 2,
        _ => found * 2 >= total,
    }
}

/// Every record the shards say matches, best first. `postings` gives a token's postings.
/// (Sorted lists of number pairs rather than maps keep the WASM small: one sort serves all.)
pub fn candidates<'a>(
    plan: &QueryPlan,
    postings: impl Fn(&str) -> Option<&'a [u32]>,
    filter: Filter,
) -> Vec<Candidate> {
    let mut all: Vec<Candidate> = Vec::new();
    for tokens in &plan.lookups {
        // (record << 32 | weight ×10 << 1 | in heading, 0) for every posting of every token
        let mut hits: Vec<(u64, u32)> = Vec::new();
        for token in tokens {
            let Some(list) = postings(token) else { continue };
            let mut record = 0u32;
            for posting in list.chunks_exact(2) {
                record = record.saturating_add(posting[0]);
                let (impact, place) = unpack(posting[1]);
                if passes(filter, place) {
                    hits.push((u64::from(record) << 32 | u64::from(impact), 0));
                }
            }
        }
        hits.sort_unstable();
        let mut at = 0;
        while at < hits.len() {
            let record = (hits[at].0 >> 32) as u32;
            let (mut sum, mut count, mut in_heading) = (0.0, 0usize, 0usize);
            while at < hits.len() && (hits[at].0 >> 32) as u32 == record {
                let impact = hits[at].0 as u32;
                sum += f64::from(impact >> 1) / 10.0;
                count += 1;
                in_heading += (impact & 1) as usize;
                at += 1;
            }
            if enough(count, tokens.len()) {
                let coverage = count as f64 / tokens.len() as f64;
                all.push(Candidate {
                    record,
                    score: sum * coverage * coverage,
                    in_heading: in_heading == tokens.len(),
                });
            }
        }
    }
    // Best first (heading, then score), each record once, ties by record number.
    let strength = |candidate: &Candidate| {
        u32::from(candidate.in_heading) << 31 | ((candidate.score * 1000.0) as u32).min((1 << 31) - 1)
    };
    let mut by_record: Vec<(u64, u32)> = all
        .iter()
        .enumerate()
        .map(|(position, c)| (u64::from(c.record) << 32 | u64::from(u32::MAX - strength(c)), position as u32))
        .collect();
    by_record.sort_unstable();
    by_record.dedup_by_key(|(key, _)| *key >> 32);
    let mut best: Vec<(u64, u32)> = by_record
        .into_iter()
        .map(|(_, position)| {
            let c = &all[position as usize];
            (u64::from(u32::MAX - strength(c)) << 32 | u64::from(c.record), position)
        })
        .collect();
    best.sort_unstable();
    best.into_iter().map(|(_, position)| all[position as usize]).collect()
}

fn passes(filter: Filter, place: u32) -> bool {
    filter.city.is_none_or(|city| place / 8 == city) && filter.kind.is_none_or(|kind| place % 8 == kind.number())
}

/// Whether `needle` is in `hay`.
fn contains(hay: &[char], needle: &[char]) -> bool {
    !needle.is_empty() && hay.windows(needle.len()).any(|window| window == needle)
}

/// How a record's text matches the query: 3 when its title or heading is the query (an
/// alternative), 2 when it holds every run of one, 1 when its text does, else 0.
pub fn phrase_tier(plan: &QueryPlan, fold: &FoldMap, record: &Record) -> u8 {
    let head = if record.heading.is_empty() { &record.page } else { &record.heading };
    let head = fold.normalize(head, MAX_RECORD_CHARS).chars;
    let text = fold.normalize(&record.text, MAX_RECORD_CHARS).chars;
    let all_in = |hay: &[char]| plan.alternatives.iter().any(|runs| runs.iter().all(|run| contains(hay, run)));
    let bare: Vec<char> = head.iter().copied().filter(|c| *c != super::normalize::SEPARATOR).collect();
    if plan.alternatives.iter().any(|runs| runs.concat() == bare) {
        3
    } else if all_in(&head) {
        2
    } else if all_in(&text)
        || plan.alternatives.iter().any(|runs| runs.iter().all(|run| contains(&head, run) || contains(&text, run)))
    {
        1
    } else {
        0
    }
}

/// Orders candidates whose records are at hand: phrase tier first, then what the words are
/// about before a guide's outcome that merely names them (a guide's result lists many windows;
/// someone who types a window's name wants the window), then national pages and the glossary
/// (the general explanation) before a city's, then the shards' order.
pub fn rerank(plan: &QueryPlan, fold: &FoldMap, found: Vec<(Candidate, &Record)>) -> Vec<(Candidate, u8)> {
    let tiers: Vec<(Candidate, u8)> =
        found.iter().map(|(candidate, record)| (*candidate, phrase_tier(plan, fold, record))).collect();
    let mut order: Vec<(u64, u32)> = found
        .iter()
        .enumerate()
        .map(|(position, (_, record))| {
            let key = u64::from(3 - tiers[position].1) << 34
                | u64::from(record.kind == RecordKind::Guide) << 33
                | u64::from(!record.city.is_empty()) << 32
                | position as u64;
            (key, position as u32)
        })
        .collect();
    order.sort_unstable();
    order.into_iter().map(|(_, position)| tiers[position as usize]).collect()
}

/// Characters of context a snippet shows before its first match, and in all.
const SNIPPET_BEFORE: usize = 30;
const SNIPPET_LENGTH: usize = 110;

/// A snippet of `text` around the first match, as (text, marked) pieces.
pub fn snippet(plan: &QueryPlan, fold: &FoldMap, text: &str) -> Vec<(String, bool)> {
    let original: Vec<char> = text.chars().take(MAX_RECORD_CHARS).collect();
    let ranges = match_ranges(plan, &fold.normalize(text, MAX_RECORD_CHARS));
    let first = ranges.first().map_or(0, |range| range.0);
    let start = first.saturating_sub(SNIPPET_BEFORE);
    let end = (start + SNIPPET_LENGTH).min(original.len());
    let mut pieces: Vec<(String, bool)> = Vec::new();
    if start > 0 {
        pieces.push(("…".to_string(), false));
    }
    let mut at = start;
    for (from, to) in ranges.into_iter().filter(|(from, to)| *to > start && *from < end) {
        let (from, to) = (from.max(at), to.min(end));
        if from > at {
            pieces.push((original[at..from].iter().collect(), false));
        }
        if to > from {
            pieces.push((original[from..to].iter().collect(), true));
            at = to;
        }
    }
    if at < end {
        pieces.push((original[at..end].iter().collect(), false));
    }
    if end < original.len() {
        pieces.push(("…".to_string(), false));
    }
    pieces
}

/// Where the query's runs occur, in input characters, sorted and merged.
pub fn match_ranges(plan: &QueryPlan, text: &Normalized) -> Vec<(usize, usize)> {
    let mut ranges: Vec<(u64, u32)> = Vec::new();
    for run in plan.alternatives.iter().flatten() {
        if run.is_empty() || run.len() > text.chars.len() {
            continue;
        }
        for start in 0..=text.chars.len() - run.len() {
            if text.chars[start..start + run.len()] == run[..] {
                ranges.push((text.origin[start] as u64, (text.origin[start + run.len() - 1] + 1) as u32));
            }
        }
    }
    ranges.sort_unstable();
    let mut merged: Vec<(usize, usize)> = Vec::new();
    for (from, to) in ranges.into_iter().map(|(from, to)| (from as usize, to as usize)) {
        match merged.last_mut() {
            Some(last) if from <= last.1 => last.1 = last.1.max(to),
            _ => merged.push((from, to)),
        }
    }
    merged
}

/// Results grouped by page, in the order each page is first met: (page path, its results).
pub fn group_by_page<'a, T>(
    ranked: impl IntoIterator<Item = (&'a Record, T)>,
) -> Vec<(&'a Record, Vec<(&'a Record, T)>)> {
    let mut groups: Vec<(&Record, Vec<(&Record, T)>)> = Vec::new();
    for (record, extra) in ranked {
        match groups.iter_mut().find(|(first, _)| first.path == record.path) {
            Some((_, members)) => members.push((record, extra)),
            None => groups.push((record, vec![(record, extra)])),
        }
    }
    groups
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::format::fixtures::manifest_with_one_synonym_group as manifest;
    use crate::format::pack;
    use crate::synonyms::SynonymGroups;

    fn record(heading: &str, text: &str) -> Record {
        Record {
            page: "ページ".into(),
            path: "p/".into(),
            heading: heading.into(),
            anchor: String::new(),
            text: text.into(),
            kind: RecordKind::Programme,
            city: String::new(),
        }
    }

    #[test]
    fn records_with_more_of_the_query_and_in_headings_come_first() {
        let plan = QueryPlan::new(&manifest(), "社協");
        let list = vec![1, pack(20, 1), 1, pack(40, 1), 1, pack(11, 9)];
        let postings = |token: &str| (token == "社協").then_some(list.as_slice());
        let found = candidates(&plan, postings, Filter::default());
        let order: Vec<u32> = found.iter().map(|c| c.record).collect();
        assert_eq!(order, vec![3, 2, 1]);
        let only_city = candidates(&plan, postings, Filter { city: Some(1), kind: None });
        assert_eq!(only_city.iter().map(|c| c.record).collect::<Vec<_>>(), vec![3]);
    }

    #[test]
    fn a_long_query_needs_three_quarters_of_its_pairs() {
        assert!(enough(3, 4) && !enough(2, 4) && !enough(1, 2) && enough(1, 1));
        assert!(enough(5, 10) && !enough(4, 10));
    }

    #[test]
    fn heading_then_phrase_then_the_rest() {
        let plan = QueryPlan::new(&manifest(), "社協");
        let fold = FoldMap::default();
        assert_eq!(phrase_tier(&plan, &fold, &record("社協", "")), 3);
        assert_eq!(phrase_tier(&plan, &fold, &record("社協とは", "")), 2);
        assert_eq!(phrase_tier(&plan, &fold, &record("窓口", "伊豆市社協です")), 1);
        assert_eq!(phrase_tier(&plan, &fold, &record("窓口", "社の協力")), 0);
    }

    #[test]
    fn the_snippet_marks_matches_in_the_original_text() {
        let plan = QueryPlan::new(&manifest(), "しゃきょう");
        let pieces = snippet(&plan, &FoldMap::default(), "伊豆市のシャキョウと社協");
        assert_eq!(
            pieces,
            vec![
                ("伊豆市の".to_string(), false),
                ("シャキョウ".to_string(), true),
                ("と".to_string(), false),
                ("社協".to_string(), true)
            ]
        );
    }

    #[test]
    fn a_long_text_is_cut_around_the_first_match() {
        let plan = QueryPlan::new(&manifest(), "社協");
        let text = format!("{}社協{}", "あ".repeat(100), "い".repeat(200));
        let pieces = snippet(&plan, &FoldMap::default(), &text);
        assert_eq!(pieces.first().unwrap().0, "…");
        assert_eq!(pieces.last().unwrap().0, "…");
        assert!(pieces.iter().any(|(text, marked)| *marked && text == "社協"));
    }

    #[test]
    fn nearby_words_share_a_pair_with_the_query() {
        let mut manifest = Manifest::default();
        manifest.synonyms =
            SynonymGroups(vec![vec!["社協".into(), "社会福祉協議会".into()], vec!["子育て".into(), "育児".into()]]);
        let plan = QueryPlan::new(&manifest, "福祉の窓口");
        assert_eq!(nearby_terms(&manifest, &plan), vec!["社会福祉協議会"]);
    }

    #[test]
    fn results_are_grouped_by_page_in_rank_order() {
        let (a, b) = (record("一", ""), Record { path: "q/".into(), ..record("二", "") });
        let groups = group_by_page([(&a, 1), (&b, 2), (&a, 3)]);
        assert_eq!(groups.len(), 2);
        assert_eq!(groups[0].1.len(), 2);
    }
}
