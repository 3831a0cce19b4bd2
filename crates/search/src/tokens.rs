//! Character n-grams of a normalised text: every single character and every pair of
//! neighbours within a run, so any substring of two or more characters is found through its
//! pairs and a one-character query through its single character. And which shard a token
//! lives in (FNV-1a, the same on both sides). The kana readings of kanji words are indexed as
//! tokens of their own, marked with [`READING_MARK`], which only a query written all in kana
//! looks up: 「かいご」 finds 介護 by its reading, while a query in kanji, or one mixing kanji
//! and kana (「生活に困っている」), is matched as written only.

use super::normalize::Normalized;

/// Starts a token made from a reading (`~かい`). Normalised text never holds it (`~` is
/// punctuation, a run separator), so a reading token can never be mistaken for a written one.
pub const READING_MARK: char = '~';

/// The reading token for `token`.
pub fn reading_token(token: &str) -> String {
    let mut marked = String::with_capacity(token.len() + 1);
    marked.push(READING_MARK);
    marked.push_str(token);
    marked
}

/// Whether a normalised query run is all kana (katakana are folded to hiragana by then), so
/// that it may be a reading.
pub fn is_kana(run: &[char]) -> bool {
    !run.is_empty() && run.iter().all(|c| matches!(c, 'ぁ'..='ゖ'))
}

/// The tokens a record is indexed under: each character and each neighbour pair, per run.
pub fn index_tokens(text: &Normalized) -> Vec<String> {
    let mut tokens = Vec::new();
    for run in text.runs() {
        for (position, c) in run.iter().enumerate() {
            tokens.push(c.to_string());
            if let Some(next) = run.get(position + 1) {
                tokens.push([*c, *next].iter().collect());
            }
        }
    }
    tokens
}

/// The tokens a query run is looked up by: its neighbour pairs, or the character itself when
/// the run is one character long.
pub fn query_tokens(run: &[char]) -> Vec<String> {
    if run.len() == 1 {
        return vec![run[0].to_string()];
    }
    let mut tokens: Vec<String> = Vec::new();
    for pair in run.windows(2) {
        let token: String = pair.iter().collect();
        if !tokens.contains(&token) {
            tokens.push(token);
        }
    }
    tokens
}

/// The shard (of `shards`) that holds `token`. A reading token (`~かい`) lives in the same
/// shard as the written token of the same letters (`かい`), so a kana query, which looks up
/// both, fetches no more shards than before readings were indexed.
pub fn shard_of(token: &str, shards: u32) -> u32 {
    let written = token.strip_prefix(READING_MARK).unwrap_or(token);
    let mut hash: u32 = 0x811c_9dc5;
    for byte in written.bytes() {
        hash ^= u32::from(byte);
        hash = hash.wrapping_mul(0x0100_0193);
    }
    hash % shards.max(1)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::normalize::plain;

    #[test]
    fn a_record_is_indexed_by_characters_and_pairs_within_runs() {
        let tokens = index_tokens(&plain().normalize("社協 ab", 100));
        assert_eq!(tokens, vec!["社", "社協", "協", "a", "ab", "b"]);
    }

    #[test]
    fn a_query_run_is_looked_up_by_its_pairs_once_each() {
        let run: Vec<char> = "ああああ".chars().collect();
        assert_eq!(query_tokens(&run), vec!["ああ"]);
        let run: Vec<char> = "包括".chars().collect();
        assert_eq!(query_tokens(&run), vec!["包括"]);
    }

    #[test]
    fn a_one_character_query_uses_the_character() {
        assert_eq!(query_tokens(&['市']), vec!["市"]);
    }

    #[test]
    fn reading_tokens_are_marked_and_only_kana_runs_are_readings() {
        assert_eq!(reading_token("かい"), "~かい");
        assert!(is_kana(&['か', 'い', 'ご']));
        assert!(!is_kana(&['介', '護']));
        assert!(!is_kana(&['生', 'に']));
        assert!(!is_kana(&[]));
    }

    #[test]
    fn shards_are_stable_and_in_range() {
        assert_eq!(shard_of("社協", 64), shard_of("社協", 64));
        assert!((0..1000).all(|n| shard_of(&n.to_string(), 7) < 7));
        assert_eq!(shard_of("x", 0), 0);
        assert_eq!(shard_of(&reading_token("かい"), 1024), shard_of("かい", 1024));
    }
}
