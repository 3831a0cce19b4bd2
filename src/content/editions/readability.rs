//! The やさしい日本語 readability check: every sentence of a やさしい日本語 text is measured
//! against the limits below, and every listed hard word must be explained where it first
//! appears (written with its explanation in brackets right after it: `所管課（担当の課）`).
//! Pure: text in, problems (with their line) out.

/// The most characters in one sentence (spaces and Markdown marks not counted). The 出入国在留
/// 管理庁・文化庁 guideline asks for short sentences with one idea each; 40 characters is about
/// two lines on a phone.
pub const MAX_SENTENCE_CHARS: usize = 40;

/// The highest share of kanji among a text's letters, in per cent. Newspaper Japanese (and the
/// Japanese pages of this site) is about 40 %; やさしい日本語 keeps to common kanji.
pub const MAX_KANJI_PERCENT: usize = 30;

/// Texts shorter than this many letters are not held to the kanji share (one heading can be
/// all kanji, 「伊豆市」, and still be easy).
const KANJI_MIN_LETTERS: usize = 200;

/// One readability problem: the line it is on (1-based), what is wrong, and how to fix it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ReadabilityProblem {
    /// The line (1-based) of the text.
    pub line: usize,
    /// What is wrong.
    pub message: String,
    /// How to fix it.
    pub hint: String,
}

/// Measures `lines` (each with its 1-based line number, Markdown already reduced to text by
/// [`plain_text`]): sentence length, the kanji share of the whole (leaving out the kanji of
/// `names`, proper names written as the place writes them), and the hard words.
pub fn check_readability(
    lines: &[(usize, String)],
    hard_words: &[String],
    names: &[String],
) -> Vec<ReadabilityProblem> {
    let mut problems = Vec::new();
    let mut explained: Vec<&str> = Vec::new();
    for (line, text) in lines {
        for sentence in sentences(text) {
            let length = sentence.chars().filter(|c| !c.is_whitespace()).count();
            if length > MAX_SENTENCE_CHARS {
                problems.push(ReadabilityProblem {
                    line: *line,
                    message: format!(
                        "a やさしい日本語 sentence has {length} characters (at most {MAX_SENTENCE_CHARS}): 「{}」",
                        sentence.trim()
                    ),
                    hint: "Split it into shorter sentences, one idea each (出入国在留管理庁・文化庁「在留支援のためのやさしい日本語ガイドライン」).".to_string(),
                });
            }
        }
        for word in hard_words {
            let Some(at) = text.find(word.as_str()) else { continue };
            if explained.contains(&word.as_str()) {
                continue;
            }
            explained.push(word);
            let after = &text[at + word.len()..];
            if !after.starts_with('（') && !after.starts_with('(') {
                problems.push(ReadabilityProblem {
                    line: *line,
                    message: format!("the hard word 「{word}」 is used without an explanation"),
                    hint: format!(
                        "Say it in easier words, or explain it in brackets where it first appears: 「{word}（…）」 (the list is content/easy/hard-words.toml)."
                    ),
                });
            }
        }
    }
    problems.extend(kanji_problem(lines, names));
    problems
}

/// The kanji share of `lines` taken together, as a problem if it is above the limit (texts of
/// fewer than 200 letters are not measured). The kanji of `names` are not counted.
pub fn kanji_problem(lines: &[(usize, String)], names: &[String]) -> Option<ReadabilityProblem> {
    let (mut kanji, mut letters) = (0usize, 0usize);
    for (_, text) in lines {
        let unnamed = names.iter().fold(text.clone(), |text, name| text.replace(name.as_str(), "　"));
        kanji += unnamed.chars().filter(|c| is_kanji(*c)).count();
        letters += text.chars().filter(|c| c.is_alphanumeric()).count();
    }
    (letters >= KANJI_MIN_LETTERS && kanji * 100 > letters * MAX_KANJI_PERCENT).then(|| ReadabilityProblem {
        line: lines.first().map_or(1, |(line, _)| *line),
        message: format!("the やさしい日本語 text is {}% kanji (at most {MAX_KANJI_PERCENT}%)", kanji * 100 / letters),
        hint:
            "Write more words in hiragana (e.g. 「出来る」→「できる」, 「御」→「ご」), and keep kanji for common words."
                .to_string(),
    })
}

/// The sentences of one line: split after 。！？!? (a line is a heading, a list item or a
/// paragraph's line, so it ends one too).
fn sentences(text: &str) -> Vec<&str> {
    let mut found = Vec::new();
    let mut start = 0;
    for (at, c) in text.char_indices() {
        if matches!(c, '。' | '！' | '？' | '!' | '?') {
            found.push(&text[start..at + c.len_utf8()]);
            start = at + c.len_utf8();
        }
    }
    if !text[start..].trim().is_empty() {
        found.push(&text[start..]);
    }
    found
}

/// Whether `c` is a kanji (CJK unified ideographs, and the repeat mark 々).
fn is_kanji(c: char) -> bool {
    matches!(c, '\u{4E00}'..='\u{9FFF}' | '\u{3400}'..='\u{4DBF}' | '々')
}

/// One line of Markdown as the reader sees it: link targets, heading ids, list and table marks
/// and emphasis left out (`[119番](tel:119)` → `119番`). A table row's cells become one
/// sentence each.
pub fn plain_text(line: &str) -> String {
    let mut text = String::new();
    let mut rest = line.trim();
    rest = rest.trim_start_matches('#').trim_start();
    if let Some(item) = rest.strip_prefix("- ").or_else(|| rest.strip_prefix("* ")) {
        rest = item;
    }
    let mut skip_until = 0;
    for (at, c) in rest.char_indices() {
        if at < skip_until {
            continue;
        }
        match c {
            // `](target)` and `{#id}`: leave the target out.
            ']' if rest[at..].starts_with("](") => {
                skip_until = rest[at..].find(')').map_or(rest.len(), |end| at + end + 1);
            }
            '{' if rest[at..].starts_with("{#") => {
                skip_until = rest[at..].find('}').map_or(rest.len(), |end| at + end + 1);
            }
            '[' | '*' | '_' | '`' => {}
            '|' => text.push('。'),
            _ => text.push(c),
        }
    }
    text
}

#[cfg(test)]
mod tests {
    use super::*;

    fn lines(text: &str) -> Vec<(usize, String)> {
        text.lines().enumerate().map(|(at, line)| (at + 1, plain_text(line))).collect()
    }

    #[test]
    fn short_sentences_with_explained_words_pass() {
        let hard = vec!["所管課".to_string()];
        let text = "困ったときは、相談してください。\n所管課（担当の課）に聞きます。\n所管課は市役所にあります。";
        assert_eq!(check_readability(&lines(text), &hard, &[]), Vec::new());
    }

    #[test]
    fn a_long_sentence_is_refused_at_its_line() {
        let text = "はい。\nこの文はとても長くて、いくつものことを一度に言おうとしているので、読む人はどこで息をつけばよいのか分からなくなってしまいます。";
        let problems = check_readability(&lines(text), &[], &[]);
        assert_eq!(problems.len(), 1);
        assert_eq!(problems[0].line, 2);
    }

    #[test]
    fn a_hard_word_without_its_explanation_is_refused() {
        let problems = check_readability(&lines("多機関協働で支えます。"), &["多機関協働".to_string()], &[]);
        assert_eq!(problems.len(), 1);
        assert!(problems[0].message.contains("多機関協働"));
    }

    #[test]
    fn too_many_kanji_are_refused_but_listed_names_are_not_counted() {
        let text = "伊豆市修善寺地区土肥地区天城湯ヶ島地区中伊豆地区の窓口です。".repeat(8);
        assert_eq!(check_readability(&[(1, text.clone())], &[], &[]).len(), 1 + check_long(&text));
        let names: Vec<String> =
            ["伊豆市", "修善寺地区", "土肥地区", "天城湯ヶ島地区", "中伊豆地区"].map(String::from).to_vec();
        assert_eq!(check_readability(&[(1, text.clone())], &[], &names).len(), check_long(&text));
    }

    fn check_long(text: &str) -> usize {
        sentences(text).iter().filter(|s| s.chars().count() > MAX_SENTENCE_CHARS).count()
    }

    #[test]
    fn markdown_marks_and_link_targets_are_not_counted() {
        assert_eq!(plain_text("- [119番](tel:119) に **電話** します。"), "119番 に 電話 します。");
        assert_eq!(plain_text("## すぐに 助けを よぶ {#numbers}"), "すぐに 助けを よぶ ");
    }
}
