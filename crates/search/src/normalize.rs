//! The one normalisation, used when the index is written and when a query is read: each
//! character through the fold map (NFKC and lower case, made by the native side from the
//! Unicode crate for the characters that have one), then ASCII case folded, katakana folded to
//! hiragana, a separate voiced mark joined to its kana, the long-vowel mark dropped, and spaces
//! and punctuation turned into one run separator. Each output character remembers the input
//! character it came from, so a match can be highlighted in the original text.

/// The separator between runs in a normalised text.
pub const SEPARATOR: char = ' ';

/// Characters whose NFKC form (lower-cased) differs from themselves: (character, replacement),
/// sorted by character. Made natively from `unicode-normalization` (see [`FoldMap::from_unicode`]),
/// shipped in the index manifest so the WASM carries no Unicode tables.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct FoldMap(pub Vec<(char, String)>);

impl FoldMap {
    /// The replacement of `c`, if it has one.
    pub fn get(&self, c: char) -> Option<&str> {
        let at = self.0.binary_search_by(|(key, _)| key.cmp(&c)).ok()?;
        Some(&self.0[at].1)
    }
}

/// A normalised text: its characters (runs split by [`SEPARATOR`]) and, for each, the index of
/// the input character it came from.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct Normalized {
    /// The normalised characters.
    pub chars: Vec<char>,
    /// For each normalised character, the index (in characters) of its input character.
    pub origin: Vec<usize>,
}

impl Normalized {
    /// The normalised text as a string.
    pub fn text(&self) -> String {
        self.chars.iter().collect()
    }

    /// The runs (stretches between separators), as character slices.
    pub fn runs(&self) -> impl Iterator<Item = &[char]> {
        self.chars.split(|c| *c == SEPARATOR).filter(|run| !run.is_empty())
    }
}

impl FoldMap {
    /// Normalises `text` (at most `limit` input characters are read).
    pub fn normalize(&self, text: &str, limit: usize) -> Normalized {
        let mut out = Normalized::default();
        for (index, c) in text.chars().take(limit).enumerate() {
            match self.get(c) {
                Some(folded) => folded.chars().for_each(|folded| push(&mut out, folded, index)),
                None => push(&mut out, c, index),
            }
        }
        if out.chars.last() == Some(&SEPARATOR) {
            out.chars.pop();
            out.origin.pop();
        }
        out
    }
}

/// Adds one (already NFKC-folded) character.
fn push(out: &mut Normalized, c: char, index: usize) {
    let c = kana_fold(c.to_ascii_lowercase());
    match c {
        '\u{3099}' | '\u{309a}' => {
            // A voiced or semi-voiced mark written apart (half-width ﾞ, or NFD text): join it.
            if let Some(joined) = out.chars.last().and_then(|&last| voiced(last, c == '\u{309a}')) {
                *out.chars.last_mut().expect("checked above") = joined;
            }
        }
        'ー' | '〜' | '～' => {} // long-vowel marks: センター and センタ, ケアマネージャー and ケアマネジャー meet
        c if is_separator(c) => {
            if !out.chars.is_empty() && out.chars.last() != Some(&SEPARATOR) {
                out.chars.push(SEPARATOR);
                out.origin.push(index);
            }
        }
        c => {
            out.chars.push(c);
            out.origin.push(index);
        }
    }
}

/// Katakana → hiragana (ァ..ヶ and the iteration marks ヽヾ); anything else unchanged.
fn kana_fold(c: char) -> char {
    match c {
        'ァ'..='ヶ' | 'ヽ' | 'ヾ' => char::from_u32(c as u32 - 0x60).unwrap_or(c),
        _ => c,
    }
}

/// The voiced (or, with `semi`, semi-voiced) form of a hiragana, if it has one.
fn voiced(c: char, semi: bool) -> Option<char> {
    let code = c as u32;
    #[allow(clippy::manual_is_multiple_of)]
    let even_from = |first: char| (code - first as u32) % 2 == 0;
    let step = match c {
        'う' if !semi => return Some('ゔ'),
        'は' | 'ひ' | 'ふ' | 'へ' | 'ほ' => 1 + u32::from(semi),
        'か'..='ぢ' if !semi && even_from('か') => 1,
        'つ'..='ど' if !semi && even_from('つ') => 1,
        _ => return None,
    };
    char::from_u32(code + step)
}

/// Whitespace and punctuation (ASCII, CJK, general): they separate runs. No Unicode tables.
fn is_separator(c: char) -> bool {
    c.is_whitespace()
        || c.is_ascii_punctuation()
        || c.is_control()
        || matches!(c, '\u{3000}'..='\u{3004}' | '\u{3008}'..='\u{303f}' | '・' | '\u{2000}'..='\u{2bff}' | '\u{a0}'..='\u{bf}' | '×' | '÷')
}

/// The blocks whose characters may have an NFKC form worth folding: Latin-1, general
/// punctuation, letter-like and number forms (Ⅲ), enclosed alphanumerics (①), CJK symbols and
/// kana, enclosed CJK and compatibility (㈱, ㍻), vertical and small forms, and the half- and
/// full-width forms. (The CJK compatibility ideographs are left out: no one types them, and
/// they would make the manifest a third larger.)
#[cfg(any(feature = "unicode", test))]
const FOLDED_BLOCKS: [(u32, u32); 9] = [
    (0x00a0, 0x00ff),
    (0x2000, 0x206f),
    (0x2100, 0x218f),
    (0x2460, 0x24ff),
    (0x3000, 0x30ff),
    (0x3190, 0x319f),
    (0x3200, 0x33ff),
    (0xfe10, 0xfe6f),
    (0xff00, 0xffef),
];

#[cfg(any(feature = "unicode", test))]
impl FoldMap {
    /// The fold map made from `unicode-normalization`: every character of [`FOLDED_BLOCKS`]
    /// whose NFKC form, lower-cased, is not itself.
    pub fn from_unicode() -> FoldMap {
        use unicode_normalization::UnicodeNormalization;
        let mut map = Vec::new();
        for (first, last) in FOLDED_BLOCKS {
            for c in (first..=last).filter_map(char::from_u32) {
                let folded: String = std::iter::once(c).nfkc().flat_map(char::to_lowercase).collect();
                if folded.chars().ne(std::iter::once(c)) {
                    map.push((c, folded));
                }
            }
        }
        FoldMap(map) // the blocks are in order, so the map is sorted
    }
}

/// The fold map of the identity: only the fixed folds (for tests and ASCII-only text).
pub fn plain() -> FoldMap {
    FoldMap::default()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn norm(text: &str) -> String {
        FoldMap::from_unicode().normalize(text, 1000).text()
    }

    #[test]
    fn katakana_and_hiragana_meet() {
        assert_eq!(norm("ヒキコモリ"), norm("ひきこもり"));
        assert_eq!(norm("ひきこもり"), "ひきこもり");
    }

    #[test]
    fn half_width_kana_with_a_voiced_mark_becomes_one_hiragana() {
        assert_eq!(norm("ｶﾞ"), "が");
        assert_eq!(norm("か\u{3099}"), "が");
        assert_eq!(norm("は\u{309a}"), "ぱ");
        assert_eq!(norm("ウ\u{3099}"), "ゔ");
    }

    #[test]
    fn case_and_width_fold() {
        assert_eq!(norm("CSW"), "csw");
        assert_eq!(norm("Ａｃ"), "ac");
        assert_eq!(norm("８０５０"), "8050");
    }

    #[test]
    fn the_long_vowel_mark_is_dropped() {
        assert_eq!(norm("ケアマネージャー"), norm("ケアマネジャー"));
        assert_eq!(norm("ｾﾝﾀｰ"), "せんた");
        assert_eq!(norm("センター"), "せんた");
    }

    #[test]
    fn spaces_and_punctuation_become_one_separator() {
        assert_eq!(norm("お金　がない、 困った。"), "お金 がない 困った");
        assert_eq!(norm("「社協」"), "社協");
    }

    #[test]
    fn compatibility_forms_fold_as_nfkc_says() {
        assert_eq!(norm("①㈱"), "1 株"); // ㈱ is (株), and brackets separate
        assert_eq!(norm("ﾋｷｺﾓﾘ"), "ひきこもり");
        assert_eq!(norm("ＣＳＷ"), "csw");
    }

    #[test]
    fn the_fold_map_is_sorted() {
        let map = FoldMap::from_unicode();
        assert!(map.0.windows(2).all(|pair| pair[0].0 < pair[1].0));
    }

    #[test]
    fn the_fold_map_is_small() {
        let map = FoldMap::from_unicode();
        assert!(map.0.len() < 3000, "{} entries", map.0.len());
        assert_eq!(map.get('Ａ'), Some("a"));
    }

    #[test]
    fn origins_point_at_the_input_characters() {
        let normalized = plain().normalize("A・ヒキ", 100);
        assert_eq!(normalized.text(), "a ひき");
        assert_eq!(normalized.origin, vec![0, 1, 2, 3]);
    }

    #[test]
    fn input_beyond_the_limit_is_not_read() {
        assert_eq!(plain().normalize("あいうえお", 3).text(), "あいう");
    }
}
