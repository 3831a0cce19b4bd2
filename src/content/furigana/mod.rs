//! ふりがな: every word with kanji in a page's body gets its reading as `<ruby>`, computed at
//! build time. The reading comes from `readings.toml` for proper names, else from a
//! morphological analyser (the native side's dictionary, see `publish::dictionary`); the page
//! shows or hides the readings with CSS alone. Pure: an [`Analyser`] is handed in.

pub mod annotate;
pub mod readings;
pub mod ruby;

/// One word as an analyser splits a text: its span of the text, and its reading (katakana or
/// hiragana) when the dictionary knows it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Word {
    /// Where it is in the text, in bytes.
    pub range: std::ops::Range<usize>,
    /// How it is read, if known.
    pub reading: Option<String>,
}

/// Splits Japanese text into words with their readings (a morphological analyser).
pub trait Analyser: Sync {
    /// The words of `text`, in order, covering it whole.
    fn words(&self, text: &str) -> Vec<Word>;
}
