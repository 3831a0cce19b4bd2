//! The query plan: a query normalised and expanded with its synonym alternatives, and the
//! tokens it looks up, chosen so that one query fetches at most [`MAX_QUERY_SHARDS`] shards
//! (the pairs covering each run first, then the pairs between them, then each alternative whole).

use super::format::{Manifest, MAX_QUERY_CHARS, MAX_QUERY_SHARDS};
use super::tokens::{is_kana, query_tokens, reading_token, shard_of};

/// A query, normalised and expanded: each alternative is a list of runs, and the tokens each
/// alternative is looked up by.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct QueryPlan {
    /// The query and its synonym alternatives, each as its runs.
    pub alternatives: Vec<Vec<Vec<char>>>,
    /// The tokens looked up, a list for each alternative (and one more for an alternative all
    /// in kana, its readings): at most [`MAX_QUERY_SHARDS`] shards' worth in all (see
    /// [`QueryPlan::new`]).
    pub lookups: Vec<Vec<String>>,
}

impl QueryPlan {
    /// Normalises and expands `query`, and picks the tokens to look up. A long query would
    /// need a shard for nearly every pair of characters (34 files for a sentence), so the
    /// tokens are taken while they fit in [`MAX_QUERY_SHARDS`] shards (a token whose shard is
    /// taken already is free): first the query's pairs that cover each run without overlapping,
    /// then its pairs between them, then each synonym alternative, whole or not at all. The
    /// share of tokens a record needs is then over the tokens looked up.
    pub fn new(manifest: &Manifest, query: &str) -> QueryPlan {
        let normalized = manifest.fold.normalize(query, MAX_QUERY_CHARS);
        let alternatives: Vec<Vec<Vec<char>>> = manifest
            .normalized_synonyms()
            .expand(&normalized.text())
            .into_iter()
            .map(|text| text.split(' ').filter(|run| !run.is_empty()).map(|run| run.chars().collect()).collect())
            .filter(|runs: &Vec<Vec<char>>| !runs.is_empty())
            .collect();
        let lookups = tokens_within_shard_budget(&alternatives, manifest.shards);
        QueryPlan { alternatives, lookups }
    }

    /// Whether there is nothing to look for.
    pub fn is_empty(&self) -> bool {
        self.alternatives.is_empty()
    }

    /// The shards the query needs, each once, in the order first needed.
    pub fn shards(&self, shards: u32) -> Vec<u32> {
        let mut needed = Vec::new();
        for shard in self.lookups.iter().flatten().map(|token| shard_of(token, shards)) {
            if !needed.contains(&shard) {
                needed.push(shard);
            }
        }
        needed
    }
}

/// The tokens of each alternative that fit in [`MAX_QUERY_SHARDS`] shards (of `shards`), in
/// the order [`QueryPlan::new`] says; an alternative all in kana is also looked up among the
/// readings of kanji words (its tokens marked, see `tokens`), as one more list, whose tokens
/// live in the same shards.
fn tokens_within_shard_budget(alternatives: &[Vec<Vec<char>>], shards: u32) -> Vec<Vec<String>> {
    // Each alternative's tokens, each once: the pairs that cover its runs (see
    // covering_positions), then the pairs between them.
    let split: Vec<(Vec<String>, Vec<String>)> = alternatives
        .iter()
        .map(|runs| {
            let (mut covering, mut between): (Vec<String>, Vec<String>) = (Vec::new(), Vec::new());
            for run in runs {
                // A run of one character is looked up by itself, which covers it.
                let pairs: Vec<String> = if run.len() == 1 {
                    query_tokens(run)
                } else {
                    run.windows(2).map(|pair| pair.iter().collect()).collect()
                };
                let cover = covering_positions(pairs.len());
                for (position, token) in pairs.into_iter().enumerate() {
                    let covers = cover.contains(&position);
                    if covering.contains(&token) {
                        continue;
                    }
                    // A pair met first between covering ones and again where it covers: covering.
                    if let Some(at) = between.iter().position(|other| *other == token) {
                        if covers {
                            covering.push(between.remove(at));
                        }
                    } else if covers {
                        covering.push(token);
                    } else {
                        between.push(token);
                    }
                }
            }
            (covering, between)
        })
        .collect();
    let mut taken_shards: Vec<u32> = Vec::new();
    let mut taken: Vec<Vec<String>> = vec![Vec::new(); alternatives.len()];
    // Takes `token` for alternative `n` if its shard is taken or there is room for it.
    let take = |n: usize, token: &String, taken_shards: &mut Vec<u32>, taken: &mut Vec<Vec<String>>| {
        let shard = shard_of(token, shards);
        if !taken_shards.contains(&shard) {
            if taken_shards.len() >= MAX_QUERY_SHARDS {
                return;
            }
            taken_shards.push(shard);
        }
        taken[n].push(token.clone());
    };
    for (n, (covering, between)) in split.iter().enumerate() {
        // The query as typed: as much of it as fits. An alternative: only if all of it can be
        // (else a part of it, a word or two, would find records the query does not describe).
        if n > 0 && !fits_whole(covering, shards, &taken_shards) {
            continue;
        }
        for token in covering.iter().chain(between) {
            take(n, token, &mut taken_shards, &mut taken);
        }
    }
    let mut lists = Vec::new();
    for (runs, tokens) in alternatives.iter().zip(taken) {
        if runs.iter().all(|run| is_kana(run)) {
            let readings = tokens.iter().map(|token| reading_token(token)).collect();
            lists.push(tokens);
            lists.push(readings);
        } else {
            lists.push(tokens);
        }
    }
    lists
}

/// Whether every one of `tokens` fits: its shard is among `taken` or there is room for the new
/// shards they need.
fn fits_whole(tokens: &[String], shards: u32, taken: &[u32]) -> bool {
    let mut new: Vec<u32> = Vec::new();
    for shard in tokens.iter().map(|token| shard_of(token, shards)) {
        if !taken.contains(&shard) && !new.contains(&shard) {
            new.push(shard);
        }
    }
    taken.len() + new.len() <= MAX_QUERY_SHARDS
}

/// Of a run's `pairs` neighbour pairs, the positions of those that cover every character
/// without overlapping (the last overlaps its neighbour when the run is odd): 0, 2, 4, … and
/// the last. (A run of one character has one token, itself.)
fn covering_positions(pairs: usize) -> Vec<usize> {
    let mut positions: Vec<usize> = (0..pairs).step_by(2).collect();
    if pairs > 0 && !positions.contains(&(pairs - 1)) {
        positions.push(pairs - 1);
    }
    positions
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::format::fixtures::manifest_with_one_synonym_group as manifest;

    #[test]
    fn a_query_becomes_runs_with_its_alternatives() {
        let plan = QueryPlan::new(&manifest(), "シャキョウ 窓口");
        assert_eq!(plan.alternatives.len(), 2);
        assert_eq!(plan.alternatives[1][0], "社協".chars().collect::<Vec<_>>());
        assert!(QueryPlan::new(&manifest(), " 、。 ").is_empty());
    }

    #[test]
    fn a_very_long_query_looks_up_a_bounded_number_of_shards_that_cover_it() {
        let mut manifest = manifest();
        manifest.shards = 1024;
        // 80 different characters: 79 pairs, each in its own shard, were it all looked up.
        let query: String = (0..80u32).filter_map(|n| char::from_u32(0x4e00 + n * 7)).collect();
        let plan = QueryPlan::new(&manifest, &query);
        assert!(plan.shards(1024).len() <= MAX_QUERY_SHARDS, "{} shards", plan.shards(1024).len());
        // A sentence of 20 characters still has every character in a pair looked up.
        let sentence: String = query.chars().take(20).collect();
        let plan = QueryPlan::new(&manifest, &sentence);
        assert!(plan.shards(1024).len() <= MAX_QUERY_SHARDS);
        let looked_up: String = plan.lookups[0].concat();
        assert!(sentence.chars().all(|c| looked_up.contains(c)), "{:?}", plan.lookups[0]);
        // A synonym alternative that no longer fits is not looked up at all, not in part.
        let plan = QueryPlan::new(&manifest, &format!("{sentence} 社協"));
        assert_eq!(plan.alternatives.len(), 2);
        assert!(plan.lookups[1].is_empty(), "{:?}", plan.lookups[1]);
        // A short query is looked up whole.
        let plan = QueryPlan::new(&manifest, "地域包括支援センター");
        assert_eq!(plan.lookups[0].len(), "地域包括支援せんた".chars().count() - 1);
    }

    #[test]
    fn a_pair_that_covers_a_run_anywhere_is_looked_up_among_the_covering_ones() {
        let mut manifest = manifest();
        manifest.shards = 1024;
        // 地域包括支援括支会: 括支 first lies between covering pairs (at 3), then covers (at 6),
        // so it comes before 域包, which never covers.
        let plan = QueryPlan::new(&manifest, "地域包括支援括支会");
        let at = |pair: &str| plan.lookups[0].iter().position(|token| token == pair).expect(pair);
        assert!(at("括支") < at("域包"), "{:?}", plan.lookups[0]);
        assert_eq!(plan.lookups[0].len(), 7, "each pair once: {:?}", plan.lookups[0]);
    }
}
