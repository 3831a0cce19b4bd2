//! A guide's result reasons in the language editions: `guides/<flow>.easy.toml` and
//! `<flow>.en.toml` beside the flow, each a `[reasons]` table keyed by the Japanese reason as
//! written in the flow (like a gettext msgid), read and checked against the flow: every reason
//! translated, no key left over from a changed reason, no empty text, やさしい日本語 readable.

use std::collections::BTreeMap;

use serde::Deserialize;
use toml::Spanned;

use crate::content::editions::check_easy_texts;
use crate::content::editions::hard_words::EasyWords;
use crate::content::error::{line_and_column, ContentError};
use crate::site::Edition;

/// One flow's reasons in one edition: the edition's text of each Japanese reason.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct EditionReasons {
    /// The edition (やさしい日本語 or English).
    pub edition: Edition,
    /// The file it was read from, for messages.
    pub file: String,
    texts: BTreeMap<String, String>,
}

impl EditionReasons {
    /// The edition's text of the Japanese reason `japanese` (exactly as the flow writes it).
    pub fn reason(&self, japanese: &str) -> Option<&str> {
        self.texts.get(japanese).map(String::as_str)
    }

    /// How many reasons the file translates.
    pub fn len(&self) -> usize {
        self.texts.len()
    }

    /// Whether the file translates none.
    pub fn is_empty(&self) -> bool {
        self.texts.is_empty()
    }
}

/// The path of a flow's edition file: `cities/izu/guides/resident.toml` → `…/resident.en.toml`.
pub fn edition_path(flow_path: &str, edition: Edition) -> String {
    let stem = flow_path.strip_suffix(".toml").unwrap_or(flow_path);
    format!("{stem}.{}.toml", edition.key())
}

/// Whether a file under `guides/` is an edition file (`resident.easy.toml`), not a flow.
pub fn is_edition_file(name: &str) -> bool {
    Edition::TRANSLATED.iter().any(|edition| name.ends_with(&format!(".{}.toml", edition.key())))
}

#[derive(Deserialize)]
struct ReasonsOfFlow {
    #[serde(default)]
    outcomes: Vec<OutcomeReasons>,
    #[serde(default)]
    not_offered: Vec<Reasoned>,
}

#[derive(Deserialize)]
struct OutcomeReasons {
    #[serde(default)]
    windows: Vec<Reasoned>,
}

#[derive(Deserialize)]
struct Reasoned {
    reason: Spanned<String>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct EditionFile {
    reasons: BTreeMap<String, Spanned<String>>,
}

/// Every distinct reason of a flow (the windows' reasons in its outcomes and the
/// `[[not_offered]]` reasons) with the line where it is first written. The flow has already
/// been read and checked, so a flow that does not parse here gives none.
pub fn japanese_reasons(flow_text: &str) -> BTreeMap<String, usize> {
    let Ok(flow) = toml::from_str::<ReasonsOfFlow>(flow_text) else {
        return BTreeMap::new();
    };
    let mut reasons = BTreeMap::new();
    for reasoned in flow.outcomes.iter().flat_map(|outcome| &outcome.windows).chain(&flow.not_offered) {
        let line = line_and_column(flow_text, reasoned.reason.span().start).0;
        reasons.entry(reasoned.reason.get_ref().clone()).or_insert(line);
    }
    reasons
}

/// Reads one edition file of a flow and checks it against the flow's Japanese `reasons` (from
/// [`japanese_reasons`]); `flow_file` is the flow's display path, for the missing-entry errors.
pub fn read_edition_reasons(
    edition: Edition,
    file: &str,
    text: &str,
    flow_file: &str,
    reasons: &BTreeMap<String, usize>,
    easy_words: &EasyWords,
) -> Result<EditionReasons, Vec<ContentError>> {
    let parsed: EditionFile = toml::from_str(text).map_err(|error| {
        vec![ContentError::from_toml(
            file,
            text,
            &error,
            "the guide's reasons file",
            "Write one table, [reasons], with each Japanese reason exactly as in the flow as the key: \"<Japanese reason>\" = \"<text>\".",
        )]
    })?;
    let line_at = |span: std::ops::Range<usize>| line_and_column(text, span.start).0;
    let mut errors = Vec::new();
    let mut texts = BTreeMap::new();
    let mut easy_lines = Vec::new();
    for (japanese, translated) in &parsed.reasons {
        let line = line_at(translated.span());
        if !reasons.contains_key(japanese) {
            errors.push(ContentError::at_line(
                file,
                line,
                format!("the key 「{japanese}」 matches no reason in {flow_file}"),
                "The Japanese reason was changed or removed; update the key to the reason as the flow now writes it (and check the text still says the same), or remove the entry.",
            ));
            continue;
        }
        let written = translated.get_ref().trim();
        if written.is_empty() {
            errors.push(ContentError::at_line(
                file,
                line,
                format!("the {} text of 「{japanese}」 is empty", edition.own_name()),
                "Write the reason in this edition, or remove the entry (the build then says it is missing).",
            ));
            continue;
        }
        if edition == Edition::Easy {
            easy_lines.push((line, written.to_string()));
        }
        texts.insert(japanese.clone(), written.to_string());
    }
    for (japanese, line) in reasons {
        if !parsed.reasons.contains_key(japanese) {
            errors.push(ContentError::at_line(
                flow_file,
                *line,
                format!("the reason 「{japanese}」 has no {} text in {file}", edition.own_name()),
                format!("Add it to {file} under [reasons] as \"{japanese}\" = \"…\", with the Japanese reason exactly as here as the key."),
            ));
        }
    }
    errors.extend(check_easy_texts(file, &easy_lines, easy_words));
    errors.sort_by(|a, b| (&a.file, a.line).cmp(&(&b.file, b.line)));
    if errors.is_empty() {
        Ok(EditionReasons { edition, file: file.to_string(), texts })
    } else {
        Err(errors)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    const FLOW: &str = r#"
start = "a"

[[outcomes]]
id = "x"

[[outcomes.windows]]
window = "w"
reason = "相談を受けます。"

[[outcomes.windows]]
window = "v"
reason = "相談を受けます。"

[[not_offered]]
window = "u"
reason = "窓口ではありません。"
"#;

    fn words() -> EasyWords {
        EasyWords { hard: vec!["委託".to_string()], names: Vec::new() }
    }

    fn read(edition: Edition, text: &str) -> Result<EditionReasons, Vec<ContentError>> {
        read_edition_reasons(edition, "r.en.toml", text, "r.toml", &japanese_reasons(FLOW), &words())
    }

    #[test]
    fn distinct_reasons_are_found_at_their_first_line() {
        let reasons = japanese_reasons(FLOW);
        assert_eq!(reasons.len(), 2);
        assert_eq!(reasons["相談を受けます。"], 9);
        assert_eq!(reasons["窓口ではありません。"], 17);
    }

    #[test]
    fn a_complete_file_gives_each_reason_its_text() {
        let text = "[reasons]\n\"相談を受けます。\" = \"Takes your questions.\"\n\"窓口ではありません。\" = \"Not a counter.\"\n";
        let reasons = read(Edition::English, text).unwrap();
        assert_eq!(reasons.reason("相談を受けます。"), Some("Takes your questions."));
        assert_eq!(reasons.reason("ほかの理由。"), None);
        assert_eq!(reasons.len(), 2);
    }

    #[test]
    fn a_missing_reason_is_reported_at_the_flow_line() {
        let errors =
            read(Edition::English, "[reasons]\n\"相談を受けます。\" = \"Takes your questions.\"\n").unwrap_err();
        assert_eq!(errors.len(), 1);
        assert_eq!((errors[0].file.as_str(), errors[0].line), ("r.toml", Some(17)));
        assert!(errors[0].message.contains("r.en.toml"), "{}", errors[0]);
    }

    #[test]
    fn an_orphan_key_and_an_empty_text_are_reported_at_their_lines() {
        let text = "[reasons]\n\"相談を受けます。\" = \" \"\n\"窓口ではありません。\" = \"Not a counter.\"\n\"古い理由。\" = \"Old.\"\n";
        let errors = read(Edition::English, text).unwrap_err();
        let found: Vec<(Option<usize>, bool)> =
            errors.iter().map(|error| (error.line, error.hint.contains("update the key"))).collect();
        assert_eq!(found, [(Some(2), false), (Some(4), true)], "{errors:?}");
        assert!(errors[0].message.contains("empty"));
    }

    #[test]
    fn easy_texts_pass_the_readability_check() {
        let text = "[reasons]\n\"相談を受けます。\" = \"市が委託した ところです。\"\n\"窓口ではありません。\" = \"そうだんの まどぐちでは ありません。これは とても ながい ぶんで、よむ ひとが どこで いきを つけば よいのか わからなく なって しまいます。\"\n";
        let errors = read(Edition::Easy, text).unwrap_err();
        assert_eq!(errors.len(), 2, "{errors:?}");
        assert!(errors.iter().any(|error| error.line == Some(2) && error.message.contains("委託")));
        assert!(errors.iter().any(|error| error.line == Some(3) && error.message.contains("characters")));
    }

    #[test]
    fn edition_files_are_told_from_flows() {
        assert!(is_edition_file("resident.easy.toml"));
        assert!(is_edition_file("resident.en.toml"));
        assert!(!is_edition_file("resident.toml"));
        assert_eq!(edition_path("cities/a/guides/resident.toml", Edition::English), "cities/a/guides/resident.en.toml");
    }
}
