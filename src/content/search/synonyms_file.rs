//! `search/synonyms.toml`: groups of words a search treats as one (表記ゆれ such as
//! 障害・障がい・障碍, and short names such as 社協 = 社会福祉協議会), read and checked.
//! A bad group stops the build with its file and line.

use serde::Deserialize;

use super::fold_map;
use crate::content::error::{line_and_column, ContentError};
use crate::content::source::ContentTree;

/// Where the file is in a content folder.
pub const SYNONYMS_PATH: &str = "search/synonyms.toml";

/// The most groups, forms in a group, and characters in a form.
const MAX_GROUPS: usize = 500;
const MAX_FORMS: usize = 12;
const MAX_FORM_CHARS: usize = 40;

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct SynonymsFile {
    #[serde(default)]
    group: Vec<toml::Spanned<Group>>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct Group {
    forms: Vec<String>,
}

/// The groups of the tree's synonym file (none if it has none); problems go to `errors`.
pub fn read_synonyms(tree: &ContentTree, errors: &mut Vec<ContentError>) -> Vec<Vec<String>> {
    match tree.optional_text(SYNONYMS_PATH, errors) {
        Some((file, text)) => parse_synonyms(&file, text, errors),
        None => Vec::new(),
    }
}

/// Reads and checks the synonym file's `text`.
pub fn parse_synonyms(file: &str, text: &str, errors: &mut Vec<ContentError>) -> Vec<Vec<String>> {
    let hint = "Write each group as [[group]] with forms = [\"障害\", \"障がい\"].";
    let parsed: SynonymsFile = match ContentError::parse_toml(file, text, "the synonym file", hint) {
        Ok(parsed) => parsed,
        Err(error) => {
            errors.push(error);
            return Vec::new();
        }
    };
    if parsed.group.len() > MAX_GROUPS {
        errors.push(ContentError::in_file(
            file,
            format!("the synonym file has {} groups; at most {MAX_GROUPS} are read", parsed.group.len()),
            "Keep the groups residents and staff really type; a search also finds any part of a word.",
        ));
        return Vec::new();
    }
    let mut seen: Vec<(String, usize)> = Vec::new();
    let mut groups = Vec::new();
    for group in &parsed.group {
        let line = line_and_column(text, group.span().start).0;
        let at = |message: String, hint: &str| ContentError::at_line(file, line, message, hint);
        let forms = &group.get_ref().forms;
        if forms.len() < 2 || forms.len() > MAX_FORMS {
            errors.push(at(
                format!("a synonym group has {} forms", forms.len()),
                "Give a group 2 to 12 forms of the same word, e.g. forms = [\"子供\", \"子ども\"].",
            ));
            continue;
        }
        let mut ok = true;
        for form in forms {
            let normalized = fold_map().normalize(form, MAX_FORM_CHARS + 1).text();
            if normalized.is_empty() || form.chars().count() > MAX_FORM_CHARS {
                errors.push(at(
                    format!("the form `{form}` is empty, only punctuation, or longer than {MAX_FORM_CHARS} characters"),
                    "Write the word itself, as a resident would type it.",
                ));
                ok = false;
            } else if let Some((_, first)) = seen.iter().find(|(other, _)| *other == normalized) {
                errors.push(at(
                    format!("the form `{form}` is already in the group on line {first}"),
                    "Put each form in one group only: merge the two groups, or remove one of them.",
                ));
                ok = false;
            } else {
                seen.push((normalized, line));
            }
        }
        if ok {
            groups.push(forms.clone());
        }
    }
    groups
}

#[cfg(test)]
mod tests {
    use super::*;

    fn parse(text: &str) -> (Vec<Vec<String>>, Vec<ContentError>) {
        let mut errors = Vec::new();
        let groups = parse_synonyms("content/search/synonyms.toml", text, &mut errors);
        (groups, errors)
    }

    #[test]
    fn groups_are_read_in_order() {
        let (groups, errors) =
            parse("[[group]]\nforms = [\"障害\", \"障がい\"]\n[[group]]\nforms = [\"社協\", \"社会福祉協議会\"]\n");
        assert!(errors.is_empty());
        assert_eq!(groups.len(), 2);
    }

    #[test]
    fn a_lonely_form_is_refused_at_its_line() {
        let (_, errors) = parse("[[group]]\nforms = [\"障害\", \"障がい\"]\n\n[[group]]\nforms = [\"社協\"]\n");
        assert_eq!(errors.len(), 1);
        assert_eq!(errors[0].line, Some(4));
        assert!(errors[0].to_string().contains("help:"));
    }

    #[test]
    fn a_form_in_two_groups_is_refused() {
        let (_, errors) =
            parse("[[group]]\nforms = [\"障害\", \"障がい\"]\n[[group]]\nforms = [\"ショウガイ\", \"障害\"]\n");
        assert_eq!(errors.len(), 1);
        assert!(errors[0].message.contains("line 1"), "{}", errors[0]);
    }

    #[test]
    fn a_toml_mistake_names_its_line() {
        let (_, errors) = parse("[[group]]\nforms = [\"障害\" \"障がい\"]\n");
        assert_eq!(errors[0].line, Some(2));
    }
}
