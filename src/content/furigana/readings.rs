//! `readings.toml`: the readings of proper names (windows, places, people) that a dictionary
//! reads wrong or not at all, e.g. 土肥 = とい. Read and checked: a bad entry stops the build
//! with its file and line.

use std::collections::{BTreeMap, HashMap};

use serde::Deserialize;

use super::ruby::{has_kanji, is_hiragana_reading};
use crate::content::error::{line_and_column, ContentError};
use crate::content::source::ContentTree;

/// Where the file is in a content folder.
pub const READINGS_PATH: &str = "readings.toml";

/// The most names, and characters in a name or a reading.
const MAX_NAMES: usize = 2_000;
const MAX_NAME_CHARS: usize = 40;
const MAX_READING_CHARS: usize = 80;

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct ReadingsFile {
    #[serde(default)]
    names: BTreeMap<String, toml::Spanned<String>>,
}

/// The names and their readings, found by their first character (longest name first).
#[derive(Debug, Clone, Default, PartialEq)]
pub struct Readings {
    by_first: HashMap<char, Vec<(String, String)>>,
}

impl Readings {
    /// Readings from pairs of (name, hiragana reading), already checked.
    pub fn new(pairs: impl IntoIterator<Item = (String, String)>) -> Readings {
        let mut by_first: HashMap<char, Vec<(String, String)>> = HashMap::new();
        for (name, reading) in pairs {
            if let Some(first) = name.chars().next() {
                by_first.entry(first).or_default().push((name, reading));
            }
        }
        for names in by_first.values_mut() {
            names.sort_by(|a, b| b.0.len().cmp(&a.0.len()).then_with(|| a.0.cmp(&b.0)));
        }
        Readings { by_first }
    }

    /// The longest name that `text` starts with, and its reading.
    pub fn name_at<'r>(&'r self, text: &str) -> Option<(&'r str, &'r str)> {
        let first = text.chars().next()?;
        self.by_first
            .get(&first)?
            .iter()
            .find(|(name, _)| text.starts_with(name.as_str()))
            .map(|(name, reading)| (name.as_str(), reading.as_str()))
    }

    /// How many names.
    pub fn len(&self) -> usize {
        self.by_first.values().map(Vec::len).sum()
    }

    /// Whether there are none.
    pub fn is_empty(&self) -> bool {
        self.len() == 0
    }
}

/// The tree's readings (none if it has no file); problems go to `errors`.
pub fn read_readings(tree: &ContentTree, errors: &mut Vec<ContentError>) -> Readings {
    match tree.optional_text(READINGS_PATH, errors) {
        Some((file, text)) => parse_readings(&file, text, errors),
        None => Readings::default(),
    }
}

/// Reads and checks the readings file's `text`.
pub fn parse_readings(file: &str, text: &str, errors: &mut Vec<ContentError>) -> Readings {
    let hint = "Write each name under [names] as \"土肥\" = \"とい\" (the name as written, its reading in hiragana).";
    let parsed: ReadingsFile = match ContentError::parse_toml(file, text, "the readings file", hint) {
        Ok(parsed) => parsed,
        Err(error) => {
            errors.push(error);
            return Readings::default();
        }
    };
    if parsed.names.len() > MAX_NAMES {
        errors.push(ContentError::in_file(
            file,
            format!("the readings file has {} names; at most {MAX_NAMES} are read", parsed.names.len()),
            "Keep the names a dictionary reads wrong: the build reads the others itself.",
        ));
        return Readings::default();
    }
    let mut pairs = Vec::new();
    for (name, reading) in &parsed.names {
        let line = line_and_column(text, reading.span().start).0;
        let at = |message: String, hint: &str| ContentError::at_line(file, line, message, hint);
        let reading = reading.get_ref();
        if !has_kanji(name) || name.chars().count() > MAX_NAME_CHARS {
            errors.push(at(
                format!("the name `{name}` has no kanji, or is longer than {MAX_NAME_CHARS} characters"),
                "List names written with kanji, as they appear on the pages (e.g. 土肥, 修善寺).",
            ));
        } else if !is_hiragana_reading(reading) || reading.chars().count() > MAX_READING_CHARS {
            errors.push(at(
                format!("the reading `{reading}` of `{name}` is not hiragana of at most {MAX_READING_CHARS} letters"),
                "Write the reading in hiragana only, e.g. \"土肥\" = \"とい\" (no katakana, spaces or Latin letters).",
            ));
        } else {
            pairs.push((name.clone(), reading.clone()));
        }
    }
    Readings::new(pairs)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_longest_name_at_a_place_wins() {
        let mut errors = Vec::new();
        let readings =
            parse_readings("r.toml", "[names]\n\"土肥\" = \"とい\"\n\"土肥地区\" = \"といちく\"\n", &mut errors);
        assert!(errors.is_empty(), "{errors:?}");
        assert_eq!(readings.name_at("土肥地区の窓口"), Some(("土肥地区", "といちく")));
        assert_eq!(readings.name_at("土肥の窓口"), Some(("土肥", "とい")));
        assert_eq!(readings.name_at("窓口"), None);
    }

    #[test]
    fn bad_entries_are_errors_at_their_line() {
        let mut errors = Vec::new();
        let text = "[names]\n\"土肥\" = \"トイ\"\n\"いわき\" = \"いわき\"\n\"狛江\" = \"こまえ\"\n";
        let readings = parse_readings("content/readings.toml", text, &mut errors);
        assert_eq!(readings.len(), 1);
        let shown: Vec<String> = errors.iter().map(ToString::to_string).collect();
        assert!(shown.iter().any(|e| e.contains("content/readings.toml:2") && e.contains("トイ")), "{shown:?}");
        assert!(shown.iter().any(|e| e.contains("content/readings.toml:3") && e.contains("いわき")), "{shown:?}");
    }

    #[test]
    fn a_file_that_is_not_toml_is_an_error() {
        let mut errors = Vec::new();
        parse_readings("r.toml", "[names\n", &mut errors);
        assert_eq!(errors.len(), 1);
    }
}
