//! A flow's wording in a language edition: `guides/<flow>.prose.easy.md` (national) and a city's
//! `cities/<city>/guides/<flow>.prose.en.md`, in the same format as the Japanese wording and with
//! the same section ids and option ids. Joined to the flow node by node, and checked: every
//! question, outcome and option the Japanese has must have its edition text (an area's option
//! keeps the area's name), a node a city words its own way in Japanese needs the city's edition
//! text too, and no section may word a node the flow does not have.

use std::collections::BTreeMap;

use crate::content::error::ContentError;
use crate::content::guides::checked::{CheckedFlow, NodeProse, INTRO};
use crate::content::windows::CityWindows;
use crate::site::Edition;

/// The path of a flow's wording in an edition, beside the Japanese (`guides/resident.prose.md`
/// → `guides/resident.prose.en.md`).
pub fn edition_prose_path(japanese_path: &str, edition: Edition) -> String {
    let stem = japanese_path.strip_suffix(".md").unwrap_or(japanese_path);
    format!("{stem}.{}.md", edition.key())
}

/// The wording of an edition as read: the national file's and the city's sections, and the
/// display paths of the two files (for the hints).
pub struct EditionWording<'a> {
    /// The edition.
    pub edition: Edition,
    /// The national sections, by node id.
    pub national: &'a BTreeMap<String, NodeProse>,
    /// The city's sections, by node id.
    pub city: &'a BTreeMap<String, NodeProse>,
    /// The Japanese city sections (a node the city words its own way needs its edition text).
    pub japanese_city: &'a BTreeMap<String, NodeProse>,
    /// Where the national edition file is (or would be).
    pub national_file: &'a str,
    /// Where the city's edition file is (or would be).
    pub city_file: &'a str,
}

/// The flow's wording in the edition, node by node, or the errors saying what is missing where.
pub fn edition_prose(
    flow: &CheckedFlow,
    wording: &EditionWording,
    windows: &CityWindows,
) -> Result<BTreeMap<String, NodeProse>, Vec<ContentError>> {
    let language = wording.edition.own_name();
    let mut errors = Vec::new();
    for (id, section) in wording.city {
        if !flow.prose.contains_key(id) {
            errors.push(ContentError::at_line(
                &section.file,
                section.line,
                format!("the flow `{}` has no question or outcome `{id}`", flow.flow.id),
                "Use the id of one of the flow's questions or outcomes, as in the Japanese wording, or remove the section.",
            ));
        }
    }
    let mut joined = BTreeMap::new();
    for (id, japanese) in &flow.prose {
        let city_words_it = wording.japanese_city.contains_key(id);
        let found = wording.city.get(id).or_else(|| (!city_words_it).then(|| wording.national.get(id)).flatten());
        let Some(section) = found else {
            let (file, hint) = if city_words_it {
                (wording.city_file, format!("The city words `{id}` its own way in Japanese; add its {language} text as a section `## … {{#{id}}}` to {}.", wording.city_file))
            } else {
                (
                    wording.national_file,
                    format!(
                        "Add a section `## … {{#{id}}}` with its {language} text to {} (or to {} for this city only).",
                        wording.national_file, wording.city_file
                    ),
                )
            };
            errors.push(ContentError::at_line(
                &japanese.file,
                japanese.line,
                format!("`{id}` has no {language} text (in {file})"),
                hint,
            ));
            continue;
        };
        let mut section = section.clone();
        let mut labels = Vec::new();
        for (option, japanese_label) in &japanese.options {
            if let Some(label) = section.options.iter().find(|(known, _)| known == option) {
                labels.push(label.clone());
            } else if windows.areas.iter().any(|area| &area.id == option) {
                // An area is known by its name, as the place writes it.
                labels.push((option.clone(), japanese_label.clone()));
            } else {
                errors.push(ContentError::at_line(
                    &section.file,
                    section.line,
                    format!("the option `{option}` of `{id}` has no {language} label"),
                    format!("Add a line `- {option}: …` to this section (its Japanese is 「{japanese_label}」)."),
                ));
            }
        }
        section.options = labels;
        joined.insert(id.clone(), section);
    }
    // An intro the Japanese lacks would be harmless, but the intro names the page: require it.
    if !joined.contains_key(INTRO) && !flow.prose.contains_key(INTRO) {
        errors.push(ContentError::in_file(
            wording.national_file,
            format!("the guide has no {language} `intro` section"),
            "Add `## <the guide's name> {#intro}` with a paragraph introducing it.",
        ));
    }
    if errors.is_empty() {
        Ok(joined)
    } else {
        Err(errors)
    }
}

/// The lines a reader sees in a prose file, for the やさしい日本語 readability check: each
/// heading without its `{#id}`, each option's label without its id, and every other line.
pub fn easy_lines(text: &str) -> Vec<(usize, String)> {
    use crate::content::editions::readability::plain_text;
    text.lines()
        .enumerate()
        .filter_map(|(at, line)| {
            let shown = match line.strip_prefix("- ").and_then(|rest| rest.split_once(": ")) {
                Some((id, label)) if crate::content::site_config::is_ascii_id(id) => label.to_string(),
                _ => plain_text(line),
            };
            (!shown.trim().is_empty()).then(|| (at + 1, shown.trim().to_string()))
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn an_edition_file_sits_beside_the_japanese() {
        assert_eq!(edition_prose_path("guides/resident.prose.md", Edition::English), "guides/resident.prose.en.md");
        assert_eq!(
            edition_prose_path("cities/komae/guides/resident.prose.md", Edition::Easy),
            "cities/komae/guides/resident.prose.easy.md"
        );
    }

    #[test]
    fn easy_lines_read_labels_and_headings_without_ids() {
        let lines = easy_lines("## だれの ことですか {#who}\n- self: じぶんの こと\n\nせつめい。\n");
        assert_eq!(
            lines,
            [(1, "だれの ことですか".to_string()), (2, "じぶんの こと".to_string()), (4, "せつめい。".to_string())]
        );
    }
}
