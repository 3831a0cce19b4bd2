//! One word and its reading → the parts to write: kanji runs with their reading above them,
//! kana as it is, so that 「話し合い」 (はなしあい) reads 話(はな)し合(あ)い and the kana are not
//! read twice. Pure: characters in, parts out.

/// A piece of a word as it is written.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Part {
    /// Written as it is (kana, digits, Latin letters, punctuation).
    Plain(String),
    /// A run of kanji and the reading shown above it (hiragana).
    Ruby {
        /// The kanji as written.
        base: String,
        /// Its reading.
        reading: String,
    },
}

/// Whether `c` is a kanji (the CJK ideographs, and 々 〆 〇).
pub fn is_kanji(c: char) -> bool {
    matches!(c, '\u{4E00}'..='\u{9FFF}' | '\u{3400}'..='\u{4DBF}' | '\u{F900}'..='\u{FAFF}' | '\u{20000}'..='\u{2FA1F}' | '々' | '〆' | '〇')
}

/// Whether `text` has at least one kanji, so that it needs a reading.
pub fn has_kanji(text: &str) -> bool {
    text.chars().any(is_kanji)
}

/// Characters that belong to a kanji run though they are kana (ヶ in 「3ヶ所」 reads か).
fn in_kanji_run(c: char) -> bool {
    is_kanji(c) || matches!(c, 'ヶ' | 'ヵ')
}

/// Katakana → hiragana (ー and everything else unchanged).
pub fn to_hiragana(text: &str) -> String {
    text.chars()
        .map(|c| match c {
            'ァ'..='ヶ' => char::from_u32(c as u32 - 0x60).unwrap_or(c),
            _ => c,
        })
        .collect()
}

/// Whether `text` is a reading as a reader would write it: hiragana and ー only, not empty.
pub fn is_hiragana_reading(text: &str) -> bool {
    !text.is_empty() && text.chars().all(|c| matches!(c, 'ぁ'..='ゖ' | 'ー' | 'ゝ' | 'ゞ'))
}

/// The parts of `surface` read as `reading` (katakana or hiragana). Kana in the word are
/// matched against the reading, so only the kanji runs carry a reading; when the kana do not
/// line up (a dictionary reading that differs from the spelling), the whole word carries it.
pub fn ruby_parts(surface: &str, reading: &str) -> Vec<Part> {
    let reading = to_hiragana(reading);
    if !has_kanji(surface) || reading.is_empty() {
        return vec![Part::Plain(surface.to_string())];
    }
    let runs = runs(surface);
    let reading_chars: Vec<char> = reading.chars().collect();
    let mut spans = Vec::new();
    if align(&runs, 0, &reading_chars, 0, &mut spans) {
        runs.iter()
            .zip(spans)
            .map(|(run, span)| match run {
                Run::Kanji(base) => {
                    Part::Ruby { base: base.clone(), reading: reading_chars[span.0..span.1].iter().collect() }
                }
                Run::Other(text) => Part::Plain(text.clone()),
            })
            .collect()
    } else {
        vec![Part::Ruby { base: surface.to_string(), reading }]
    }
}

/// A run of kanji, or of anything else.
#[derive(Debug)]
enum Run {
    Kanji(String),
    Other(String),
}

fn runs(surface: &str) -> Vec<Run> {
    let mut runs: Vec<Run> = Vec::new();
    for c in surface.chars() {
        match (runs.last_mut(), in_kanji_run(c)) {
            (Some(Run::Kanji(text)), true) | (Some(Run::Other(text)), false) => text.push(c),
            (_, true) => runs.push(Run::Kanji(c.to_string())),
            (_, false) => runs.push(Run::Other(c.to_string())),
        }
    }
    runs
}

/// Finds, for each run from `run` on, its span of the reading from `at` on: other runs must
/// match the reading letter for letter (as hiragana), kanji runs take one letter or more.
/// Words are short (a dictionary entry), so trying every split is cheap.
fn align(runs: &[Run], run: usize, reading: &[char], at: usize, spans: &mut Vec<(usize, usize)>) -> bool {
    let Some(current) = runs.get(run) else { return at == reading.len() };
    match current {
        Run::Other(text) => {
            let wanted: Vec<char> = to_hiragana(text).chars().collect();
            let end = at + wanted.len();
            if end > reading.len() || reading[at..end] != wanted[..] {
                return false;
            }
            spans.push((at, end));
            if align(runs, run + 1, reading, end, spans) {
                return true;
            }
            spans.pop();
            false
        }
        Run::Kanji(_) => {
            for end in at + 1..=reading.len() {
                spans.push((at, end));
                if align(runs, run + 1, reading, end, spans) {
                    return true;
                }
                spans.pop();
            }
            false
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn ruby(base: &str, reading: &str) -> Part {
        Part::Ruby { base: base.into(), reading: reading.into() }
    }

    fn plain(text: &str) -> Part {
        Part::Plain(text.into())
    }

    #[test]
    fn a_kanji_word_carries_its_reading_in_hiragana() {
        assert_eq!(ruby_parts("相談", "ソウダン"), vec![ruby("相談", "そうだん")]);
    }

    #[test]
    fn okurigana_are_not_read_twice() {
        assert_eq!(
            ruby_parts("話し合い", "ハナシアイ"),
            vec![ruby("話", "はな"), plain("し"), ruby("合", "あ"), plain("い")]
        );
        assert_eq!(
            ruby_parts("お問い合わせ", "オトイアワセ"),
            vec![plain("お"), ruby("問", "と"), plain("い"), ruby("合", "あ"), plain("わせ")]
        );
    }

    #[test]
    fn katakana_in_a_word_is_matched_as_kana() {
        assert_eq!(ruby_parts("ごみ屋敷", "ゴミヤシキ"), vec![plain("ごみ"), ruby("屋敷", "やしき")]);
        assert_eq!(ruby_parts("ヶ所", "カショ"), vec![ruby("ヶ所", "かしょ")]);
    }

    #[test]
    fn words_without_kanji_stay_plain() {
        assert_eq!(ruby_parts("CSW", "シーエスダブリュー"), vec![plain("CSW")]);
        assert_eq!(ruby_parts("8050", ""), vec![plain("8050")]);
        assert_eq!(ruby_parts("ひきこもり", "ヒキコモリ"), vec![plain("ひきこもり")]);
    }

    #[test]
    fn a_reading_that_does_not_line_up_goes_over_the_whole_word() {
        assert_eq!(
            ruby_parts("取り扱い", "トリアツカイ"),
            vec![ruby("取", "と"), plain("り"), ruby("扱", "あつか"), plain("い")]
        );
        assert_eq!(ruby_parts("言わば", "イワユル"), vec![ruby("言わば", "いわゆる")]);
    }

    #[test]
    fn kanji_and_readings_are_recognised() {
        assert!(has_kanji("8050問題") && has_kanji("人々") && !has_kanji("ヤングケアラー"));
        assert!(is_hiragana_reading("とい") && is_hiragana_reading("こーと"));
        assert!(!is_hiragana_reading("トイ") && !is_hiragana_reading("") && !is_hiragana_reading("to i"));
    }
}
