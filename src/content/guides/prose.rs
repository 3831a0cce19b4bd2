//! Guide prose: the wording of a flow's questions, options and outcomes, in Markdown joined to
//! the flow by id. `content/guides/<flow>.prose.md` holds the national wording; a city may
//! override any node in `content/cities/<city>/guides/<flow>.prose.md`. Each node is a section:
//!
//! ```text
//! ## だれのことで相談しますか {#who}
//! - self: 自分のこと
//! - family: 家族のこと
//!
//! 説明の文（Markdown）。
//! ```
//!
//! Lines `- <option-id>: <label>` give the options' labels; the rest is rendered like a page body.
//! `attach_prose` joins the wording to a checked flow, node by node.

use std::collections::BTreeMap;

use crate::content::error::ContentError;
use crate::content::guides::checked::{CheckedFlow, NodeProse, INTRO};
use pulldown_cmark::{Event, Parser, Tag, TagEnd};

use crate::content::markdown::{parser_options, render_markdown_in, InternalLink};
use crate::content::site_config::is_ascii_id;
use crate::content::windows::CityWindows;
use crate::site::Edition;

/// A prose file read: its sections by node id, and the internal links to check.
pub type ProseFile = (BTreeMap<String, NodeProse>, Vec<InternalLink>);

/// The sections of a prose file by node id, and the internal links to check.
pub fn parse_prose(file: &str, text: &str, base: &str) -> Result<ProseFile, Vec<ContentError>> {
    parse_prose_in(file, text, base, Edition::Japanese)
}

/// [`parse_prose`] of wording in the `edition` (in English wording, Japanese runs such as a
/// window's name are marked `lang="ja"`).
pub fn parse_prose_in(file: &str, text: &str, base: &str, edition: Edition) -> Result<ProseFile, Vec<ContentError>> {
    let mut errors = Vec::new();
    let mut sections: BTreeMap<String, NodeProse> = BTreeMap::new();
    let mut links = Vec::new();
    let lines: Vec<&str> = text.lines().collect();
    let mut index = 0;
    while index < lines.len() {
        let line = lines[index];
        if !line.starts_with("## ") {
            if !line.trim().is_empty() {
                errors.push(ContentError::at_line(
                    file,
                    index + 1,
                    "text before the first `## … {#id}` section",
                    "Start each question or outcome with a line `## 見出し {#node-id}`; write nothing above the first one.",
                ));
            }
            index += 1;
            continue;
        }
        let heading_line = index + 1;
        index += 1;
        let Some((title, id)) = section_heading(file, line, heading_line, &mut errors) else { continue };
        let body_start = index;
        while index < lines.len() && !lines[index].starts_with("## ") {
            index += 1;
        }
        let (options, body) = options_and_body(&lines[body_start..index]);
        let rendered = render_markdown_in(&body, body_start + 1, base, edition);
        errors.extend(
            rendered
                .problems
                .iter()
                .map(|problem| ContentError::at_line(file, problem.line, &problem.message, &problem.hint)),
        );
        links.extend(rendered.links);
        if let Some(error) = section_error(file, heading_line, &id, &title, &sections) {
            errors.push(error);
            continue;
        }
        let summary = first_paragraph_text(&body);
        let prose =
            NodeProse { title, html: rendered.html, summary, options, file: file.to_string(), line: heading_line };
        sections.insert(id, prose);
    }
    if errors.is_empty() {
        Ok((sections, links))
    } else {
        Err(errors)
    }
}

/// A section's heading `## 見出し {#id}`: its title and id, or an error saying the id is missing.
fn section_heading(
    file: &str,
    line: &str,
    heading_line: usize,
    errors: &mut Vec<ContentError>,
) -> Option<(String, String)> {
    let heading = line.trim_start_matches("## ").trim();
    let Some((title, id)) = heading.strip_suffix('}').and_then(|rest| rest.rsplit_once("{#")) else {
        errors.push(ContentError::at_line(
            file,
            heading_line,
            format!("the section `{heading}` has no id"),
            "End the heading with the id of its question or outcome, e.g. `## だれのことで相談しますか {#who}`.",
        ));
        return None;
    };
    Some((title.trim().to_string(), id.trim().to_string()))
}

/// A section's option labels (`- option-id: ラベル` lines) and the rest of its Markdown, with
/// the option lines left blank so that lines still count right.
fn options_and_body(lines: &[&str]) -> (Vec<(String, String)>, String) {
    let mut options = Vec::new();
    let mut body = String::new();
    for line in lines {
        match line.strip_prefix("- ").and_then(|rest| rest.split_once(": ")) {
            Some((option_id, label)) if is_ascii_id(option_id) => {
                options.push((option_id.to_string(), label.trim().to_string()));
            }
            _ => body.push_str(line),
        }
        body.push('\n');
    }
    (options, body)
}

/// What is wrong with a section's id or title, if anything: unusable, empty, or written twice.
fn section_error(
    file: &str,
    heading_line: usize,
    id: &str,
    title: &str,
    sections: &BTreeMap<String, NodeProse>,
) -> Option<ContentError> {
    let (message, hint) = if !is_ascii_id(id) {
        (format!("the id `{id}` is not usable"), "Use the id of a question or outcome of the flow.")
    } else if title.is_empty() {
        (
            format!("the section `{id}` has no heading text"),
            "Write the question or the outcome's heading before `{#id}`.",
        )
    } else if sections.contains_key(id) {
        (format!("the section `{id}` is written twice"), "Keep one section per question or outcome.")
    } else {
        return None;
    };
    Some(ContentError::at_line(file, heading_line, message, hint))
}

/// The plain text of the first paragraph of some Markdown, read from the parse (with the
/// parser options every page uses): its text, code and line breaks, without any markup.
fn first_paragraph_text(markdown: &str) -> String {
    let mut text = String::new();
    let mut inside = false;
    for event in Parser::new_ext(markdown, parser_options()) {
        match event {
            Event::Start(Tag::Paragraph) => inside = true,
            Event::End(TagEnd::Paragraph) if inside => break,
            Event::Text(words) | Event::Code(words) if inside => text.push_str(&words),
            Event::SoftBreak | Event::HardBreak if inside => text.push('\n'),
            _ => {}
        }
    }
    text
}

/// Joins a flow to its wording: the city's prose overrides the national prose node by node.
/// Every question and outcome needs wording, and every option a label (an area's option takes
/// the area's name); a city's prose may not word nodes its flow does not have.
pub fn attach_prose(
    flow: &mut CheckedFlow,
    national: &BTreeMap<String, NodeProse>,
    city: &BTreeMap<String, NodeProse>,
    windows: &CityWindows,
    prose_hint: &str,
) -> Vec<ContentError> {
    let mut errors = Vec::new();
    for (id, section) in city {
        if !flow.node_lines.contains_key(id) && id != INTRO {
            errors.push(ContentError::at_line(
                &section.file,
                section.line,
                format!("the flow `{}` has no question or outcome `{id}`", flow.flow.id),
                "Use the id of one of the flow's questions or outcomes, or remove the section.",
            ));
        }
    }
    let ids: Vec<(String, Vec<String>)> = flow
        .flow
        .questions
        .iter()
        .map(|question| {
            (question.id.to_string(), question.options.iter().map(|choice| choice.id.to_string()).collect())
        })
        .chain(flow.flow.outcomes.iter().map(|outcome| (outcome.id.to_string(), Vec::new())))
        .chain(std::iter::once((INTRO.to_string(), Vec::new())))
        .collect();
    for (id, options) in ids {
        let line = flow.node_lines.get(&id).copied().unwrap_or(1);
        let Some(section) = city.get(&id).or_else(|| national.get(&id)) else {
            errors.push(ContentError::at_line(
                &flow.file,
                line,
                format!("`{id}` has no wording"),
                format!("Add a section `## … {{#{id}}}` to {prose_hint}."),
            ));
            continue;
        };
        let mut section = section.clone();
        for option in options {
            if section.options.iter().any(|(known, _)| known == &option) {
                continue;
            }
            match windows.areas.iter().find(|area| area.id == option) {
                Some(area) => section.options.push((option, area.name.clone())),
                None => errors.push(ContentError::at_line(
                    &section.file,
                    section.line,
                    format!("the option `{option}` of `{id}` has no label"),
                    format!("Add a line `- {option}: 表示することば` to this section."),
                )),
            }
        }
        flow.prose.insert(id, section);
    }
    errors
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn sections_give_titles_option_labels_and_html() {
        let text = "## だれのことですか {#who}\n- self: 自分のこと\n- family: 家族のこと\n\n説明です。\n\n## 窓口 {#one-field}\n本文。\n";
        let (sections, _) = parse_prose("p.md", text, "/").unwrap();
        let who = &sections["who"];
        assert_eq!(who.title, "だれのことですか");
        assert_eq!(
            who.options,
            [("self".to_string(), "自分のこと".to_string()), ("family".to_string(), "家族のこと".to_string())]
        );
        assert!(who.html.as_str().contains("<p>説明です。</p>"), "{:?}", who.html);
        assert_eq!(sections["one-field"].line, 7);
    }

    #[test]
    fn a_summary_is_the_first_paragraphs_text_from_the_parse() {
        let text = "## 案内 {#intro}\n- a: 選択\n\n**大事な**ことと`code`、[窓口](@cities/izu)の\n案内 & \"説明\"。\n\n次の段落。\n";
        let (sections, _) = parse_prose("p.md", text, "/").unwrap();
        assert_eq!(sections["intro"].summary, "大事なこととcode、窓口の\n案内 & \"説明\"。");
        assert_eq!(first_paragraph_text("- 項目だけ\n"), "");
    }

    #[test]
    fn sections_without_ids_or_with_raw_html_are_errors_with_lines() {
        let errors = parse_prose("p.md", "## 見出し\n\n## 次 {#next}\n<script>x</script>\n", "/").unwrap_err();
        assert_eq!(errors[0].line, Some(1));
        assert!(errors.iter().any(|error| error.line == Some(4)), "{errors:?}");
    }
}
