//! The kana readings of a record's kanji words, for the index: 「介護保険」 is also indexed as
//! かいごほけん, so a query typed in kana (「かいご」) finds the kanji word by its reading. The
//! readings come from where the pages' ふりがな come from — `readings.toml` for names, then the
//! analyser (the native side's dictionary) — so the WASM needs no dictionary: the reading is
//! indexed under the same normalised tokens as a query in kana. Pure: an [`Analyser`] is
//! handed in.

use crate::content::furigana::readings::Readings;
use crate::content::furigana::ruby::{has_kanji, to_hiragana};
use crate::content::furigana::Analyser;

/// The most characters of a text whose readings are indexed (a record's own text is bounded
/// too; this keeps the analyser's work per record bounded whatever the caller hands in).
const MAX_READ_CHARS: usize = 2000;

/// Reads kanji words aloud for the index.
pub struct KanaReadings<'a> {
    /// Names read from `readings.toml`.
    pub names: &'a Readings,
    /// The analyser for every other word.
    pub analyser: &'a dyn Analyser,
}

impl KanaReadings<'_> {
    /// The readings of `text`'s kanji words, in hiragana: words with kanji that stand side by
    /// side are read as one run (社会福祉協議会 → しゃかいふくしきょうぎかい), runs are
    /// separated by a space; words without kanji, and kanji the dictionary cannot read, are
    /// left out (they are indexed as written).
    pub fn of(&self, text: &str) -> String {
        let text = match text.char_indices().nth(MAX_READ_CHARS) {
            Some((end, _)) => &text[..end],
            None => text,
        };
        let mut runs = Runs::default();
        if !has_kanji(text) {
            return String::new();
        }
        let (mut plain_from, mut at) = (0, 0);
        while at < text.len() {
            if let Some((name, reading)) = self.names.name_at(&text[at..]) {
                self.analysed(&text[plain_from..at], &mut runs);
                runs.push(reading);
                at += name.len();
                plain_from = at;
            } else {
                at += text[at..].chars().next().map_or(1, char::len_utf8);
            }
        }
        self.analysed(&text[plain_from..], &mut runs);
        runs.finish()
    }

    fn analysed(&self, text: &str, runs: &mut Runs) {
        if text.is_empty() {
            return;
        }
        if !has_kanji(text) {
            runs.end();
            return;
        }
        let mut read_to = 0;
        for word in self.analyser.words(text) {
            let Some(surface) = text.get(word.range.clone()) else { continue };
            if word.range.start < read_to {
                continue;
            }
            if word.range.start > read_to {
                runs.end();
            }
            read_to = word.range.end;
            match word.reading.filter(|reading| !reading.is_empty()) {
                Some(reading) if has_kanji(surface) => runs.push(&reading),
                _ => runs.end(),
            }
        }
        if read_to < text.len() {
            runs.end();
        }
    }
}

/// The runs of readings written so far.
#[derive(Default)]
struct Runs {
    out: String,
    open: bool,
}

impl Runs {
    fn push(&mut self, reading: &str) {
        if !self.open && !self.out.is_empty() {
            self.out.push(' ');
        }
        self.out.push_str(&to_hiragana(reading));
        self.open = true;
    }

    fn end(&mut self) {
        self.open = false;
    }

    fn finish(self) -> String {
        self.out
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::content::furigana::Word;

    /// Splits at spaces; a word in the little dictionary gets its reading.
    struct Little;

    impl Analyser for Little {
        fn words(&self, text: &str) -> Vec<Word> {
            let known =
                [("介護", "カイゴ"), ("保険", "ホケン"), ("の", "ノ"), ("相談", "ソウダン"), ("窓口", "マドグチ")];
            let mut words = Vec::new();
            let mut at = 0;
            while at < text.len() {
                let rest = &text[at..];
                let (length, reading) = known
                    .iter()
                    .find(|(word, _)| rest.starts_with(word))
                    .map_or((rest.chars().next().map_or(1, char::len_utf8), None), |(word, reading)| {
                        (word.len(), Some(reading.to_string()))
                    });
                words.push(Word { range: at..at + length, reading });
                at += length;
            }
            words
        }
    }

    fn read(text: &str) -> String {
        let names = Readings::new([("狛江".to_string(), "こまえ".to_string())]);
        KanaReadings { names: &names, analyser: &Little }.of(text)
    }

    #[test]
    fn kanji_words_side_by_side_are_one_run_of_hiragana() {
        assert_eq!(read("介護保険の相談窓口"), "かいごほけん そうだんまどぐち");
    }

    #[test]
    fn names_come_from_the_readings_file_and_join_their_neighbours() {
        assert_eq!(read("狛江介護"), "こまえかいご");
        assert_eq!(read("狛江の介護"), "こまえ かいご");
    }

    #[test]
    fn unread_kanji_and_kana_end_a_run_and_are_left_out() {
        assert_eq!(read("介護謎保険"), "かいご ほけん");
        assert_eq!(read("ひらがなだけ"), "");
        assert_eq!(read(""), "");
    }
}
