//! A city's windows in the language editions: `windows.easy.toml` and `windows.en.toml` beside
//! `windows.toml`, one `[windows.<id>]` table per window with what it does in that edition
//! (`description`) and, in English, the reading of its Japanese name (`romaji`), read and
//! checked against the city's windows: every window present, no id left over, no empty text,
//! やさしい日本語 readable.

use std::collections::BTreeMap;

use serde::Deserialize;
use toml::Spanned;

use crate::content::editions::check_easy_texts;
use crate::content::editions::hard_words::EasyWords;
use crate::content::error::{line_and_column, ContentError};
use crate::content::windows::model::Window;
use crate::site::Edition;

/// One window in an edition.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct WindowText {
    /// The Japanese name read in rōmaji (English only).
    pub romaji: Option<String>,
    /// What the window does, in the edition's language.
    pub description: String,
}

/// A city's windows in one edition, by window id.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct WindowEditions {
    /// The edition (やさしい日本語 or English).
    pub edition: Edition,
    /// The file it was read from.
    pub file: String,
    /// The city's name in this edition (English: `city = "Komae City"`; やさしい日本語 keeps the
    /// Japanese name).
    pub city_name: Option<String>,
    /// Each window's text, by window id.
    pub windows: BTreeMap<String, WindowText>,
}

impl WindowEditions {
    /// The text of the window `id`.
    pub fn window(&self, id: &str) -> Option<&WindowText> {
        self.windows.get(id)
    }
}

/// The path of a city's windows file in an edition: `cities/izu/windows.toml` → `…/windows.en.toml`.
pub fn edition_path(windows_path: &str, edition: Edition) -> String {
    let stem = windows_path.strip_suffix(".toml").unwrap_or(windows_path);
    format!("{stem}.{}.toml", edition.key())
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct RawFile {
    #[serde(default)]
    city: Option<String>,
    windows: BTreeMap<String, RawWindow>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct RawWindow {
    #[serde(default)]
    romaji: Option<Spanned<String>>,
    description: Spanned<String>,
}

/// Reads one edition file of a city's windows and checks it against the city's `windows`.
pub fn read_window_editions(
    edition: Edition,
    file: &str,
    text: &str,
    windows: &[Window],
    easy_words: &EasyWords,
) -> Result<WindowEditions, Vec<ContentError>> {
    let raw: RawFile = toml::from_str(text).map_err(|error| {
        vec![ContentError::from_toml(
            file,
            text,
            &error,
            "the windows' edition file",
            "Write one table per window: [windows.<id>] with description = \"…\" (and romaji = \"…\" in English).",
        )]
    })?;
    let line_at = |span: std::ops::Range<usize>| line_and_column(text, span.start).0;
    let mut errors = Vec::new();
    let mut found = BTreeMap::new();
    let mut easy_lines = Vec::new();
    let city_name = raw.city.map(|name| name.trim().to_string()).filter(|name| !name.is_empty());
    if edition == Edition::English && city_name.is_none() {
        errors.push(ContentError::at_line(
            file,
            1,
            "the English windows file does not name the city in English",
            "Add city = \"Komae City\" at the top, before the first [windows.<id>]: it names the English directory.",
        ));
    }
    for (id, entry) in raw.windows {
        let line = line_at(entry.description.span());
        if !windows.iter().any(|window| window.id == id) {
            errors.push(ContentError::at_line(
                file,
                line,
                format!("`[windows.{id}]` is not a window of the city's windows.toml"),
                "The window was renamed or removed; use the id it has in windows.toml, or remove the table.",
            ));
            continue;
        }
        let description = entry.description.get_ref().trim().to_string();
        if description.is_empty() {
            errors.push(ContentError::at_line(
                file,
                line,
                format!("the {} description of `{id}` is empty", edition.own_name()),
                "Say in a sentence or two what the window does, for a resident.",
            ));
        }
        let romaji = entry.romaji.map(|romaji| (line_at(romaji.span()), romaji.into_inner().trim().to_string()));
        match (&romaji, edition) {
            (None, Edition::English) => errors.push(ContentError::at_line(
                file,
                line,
                format!("the window `{id}` has no `romaji`"),
                "English pages keep the window's Japanese name with its reading: add romaji = \"…\" (e.g. \"Chiku Hoken Fukushi Sentā\").",
            )),
            (Some((at, romaji)), Edition::English) if romaji.is_empty() => errors.push(ContentError::at_line(
                file,
                *at,
                format!("the `romaji` of `{id}` is empty"),
                "Write the window's Japanese name in rōmaji.",
            )),
            (Some((at, _)), Edition::Easy | Edition::Japanese) => errors.push(ContentError::at_line(
                file,
                *at,
                format!("`romaji` is for English; the {} window `{id}` keeps its Japanese name", edition.own_name()),
                "Remove the romaji line (ふりがな gives the reading on やさしい日本語 pages).",
            )),
            _ => {}
        }
        if edition == Edition::Easy && !description.is_empty() {
            easy_lines.push((line, description.clone()));
        }
        found.insert(id, WindowText { romaji: romaji.map(|(_, romaji)| romaji), description });
    }
    for window in windows {
        if !found.contains_key(&window.id) {
            errors.push(ContentError::in_file(
                file,
                format!("the window `{}` （{}） has no {} entry", window.id, window.name, edition.own_name()),
                format!(
                    "Add [windows.{}] with description = \"…\"{} for every window in windows.toml.",
                    window.id,
                    if edition == Edition::English { " and romaji = \"…\"" } else { "" }
                ),
            ));
        }
    }
    errors.extend(check_easy_texts(file, &easy_lines, easy_words));
    errors.sort_by(|a, b| (&a.file, a.line).cmp(&(&b.file, b.line)));
    if errors.is_empty() {
        Ok(WindowEditions { edition, file: file.to_string(), city_name, windows: found })
    } else {
        Err(errors)
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::content::windows::parse_windows;

    const WINDOWS: &str = r#"
[[windows]]
id = "soudan"
name = "福祉相談センター"
summary = "相談を受けます。"
audiences = ["general"]
department = "福祉課"
reviewed = 2026-11-24
source = "計画"

[[windows.roles]]
programme = 1

[[windows]]
id = "hiroba"
name = "子育てひろば"
summary = "親子の場です。"
audiences = ["children"]
department = "子ども課"
reviewed = 2026-11-24
source = "計画"

[[windows.roles]]
programme = 5
"#;

    fn read(edition: Edition, text: &str) -> Result<WindowEditions, Vec<ContentError>> {
        let windows = parse_windows("w.toml", "c", WINDOWS).unwrap();
        let words = EasyWords { hard: vec!["委託".to_string()], names: Vec::new() };
        read_window_editions(edition, "w.en.toml", text, &windows.windows, &words)
    }

    #[test]
    fn a_complete_english_file_gives_each_window_its_reading_and_description() {
        let text = "city = \"Test City\"\n[windows.soudan]\nromaji = \"Fukushi Sōdan Sentā\"\ndescription = \"Takes any trouble.\"\n\n[windows.hiroba]\nromaji = \"Kosodate Hiroba\"\ndescription = \"A place for parents and children.\"\n";
        let found = read(Edition::English, text).unwrap();
        let soudan = found.window("soudan").unwrap();
        assert_eq!(soudan.romaji.as_deref(), Some("Fukushi Sōdan Sentā"));
        assert_eq!(soudan.description, "Takes any trouble.");
    }

    #[test]
    fn a_missing_window_an_orphan_id_and_a_missing_reading_are_refused() {
        let text = "city = \"Test City\"\n[windows.soudan]\ndescription = \"Takes any trouble.\"\n\n[windows.old]\nromaji = \"Old\"\ndescription = \"Gone.\"\n";
        let errors = read(Edition::English, text).unwrap_err();
        let messages: Vec<String> = errors.iter().map(ToString::to_string).collect();
        assert_eq!(errors.len(), 3, "{messages:#?}");
        assert!(messages.iter().any(|m| m.starts_with("w.en.toml: error: the window `hiroba`")), "{messages:#?}");
        assert!(
            messages.iter().any(|m| m.starts_with("w.en.toml:3: error: the window `soudan` has no `romaji`")),
            "{messages:#?}"
        );
        assert!(messages.iter().any(|m| m.starts_with("w.en.toml:7: error: `[windows.old]`")), "{messages:#?}");
    }

    #[test]
    fn easy_descriptions_pass_the_readability_check_and_have_no_romaji() {
        let text = "[windows.soudan]\ndescription = \"市が委託した ところです。\"\n\n[windows.hiroba]\nromaji = \"Kosodate Hiroba\"\ndescription = \"親子の 場です。\"\n";
        let errors = read(Edition::Easy, text).unwrap_err();
        assert_eq!(errors.len(), 2, "{errors:?}");
        assert!(errors[0].message.contains("委託"), "{errors:?}");
        assert!(errors[1].message.contains("romaji"), "{errors:?}");
    }
}
