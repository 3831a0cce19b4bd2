//! Property tests of the content compiler and the readers of runtime input, with proptest: on
//! any input (random text, and real content files with random edits) nothing panics, a file
//! gives either a page or errors that name it with a line inside it, rendered Markdown is
//! well-formed and carries no script, and the query and storage readers keep only what they know.
//! `PROPTEST_CASES` raises the number of cases (CI runs the default set in a few seconds).

use std::collections::BTreeSet;

use proptest::prelude::*;
use proptest::test_runner::Config;

use tsunagu::content::front_matter::parse_page;
use tsunagu::content::guides::flows::parse_flow;
use tsunagu::content::markdown::render_markdown;
use tsunagu::content::windows::parse_windows;
use tsunagu::content::{compile_tree, ContentError, ContentTree};
use tsunagu::directory_filter::FilterState;
use tsunagu::guide::query::answers_from_query;
use tsunagu::guide::Answer;
use tsunagu::preferences::TextSize;

const IZU_WINDOWS: &str = include_str!("../content/cities/izu/windows.toml");
const IZU_RESIDENT: &str = include_str!("../content/cities/izu/guides/resident.toml");
const IZU_STAFF: &str = include_str!("../content/cities/izu/guides/staff.toml");
const OUTREACH: &str = include_str!("../content/programmes/outreach.md");

/// `PROPTEST_CASES` from the environment, else `default`.
fn cases(default: u32) -> u32 {
    std::env::var("PROPTEST_CASES").ok().and_then(|cases| cases.parse().ok()).unwrap_or(default)
}

fn config() -> Config {
    Config { cases: cases(96), failure_persistence: None, ..Config::default() }
}

/// Pieces that Markdown, front matter and TOML give meaning to, and text around them.
fn token() -> impl Strategy<Value = String> {
    prop_oneof![
        Just("\n".to_string()),
        Just("\n\n".to_string()),
        Just("# ".to_string()),
        Just("## 見出し {#id}".to_string()),
        Just("| a | b |\n|---|---|\n| 1 | 2 |".to_string()),
        Just("| 左 | 右 | 中 |\n|:--|--:|:-:|\n| 1 | 2 | 3 |".to_string()),
        Just("[リンク](@programmes/outreach#top)".to_string()),
        Just("[x](@nowhere)".to_string()),
        Just("[x](javascript:alert(1))".to_string()),
        Just("<script>alert(1)</script>".to_string()),
        Just("<img src=x onerror=alert(1)>".to_string()),
        Just("&amp; & < > \" '".to_string()),
        Just("[^1]".to_string()),
        Just("[^1]: 注".to_string()),
        Just("`code`".to_string()),
        Just("```\nfence\n```".to_string()),
        Just("*強調* **太字**".to_string()),
        Just("- 項目\n  - 入れ子".to_string()),
        Just("1. 番号".to_string()),
        Just("> 引用".to_string()),
        Just("+++".to_string()),
        Just("title = \"題\"".to_string()),
        Just("reviewed = 2024-04-01".to_string()),
        Just("[[windows]]".to_string()),
        Just("id = \"a\"".to_string()),
        Just("\u{0}\u{1b}\u{feff}\r".to_string()),
        "[ -~]{0,12}",
        "[ぁ-んァ-ヶ一-龥、。（）]{0,12}",
    ]
}

/// Guide queries as browsers and people write them: real keys and options, repeats, junk,
/// tracking keys, hostile values and over-long ones.
fn guide_query() -> impl Strategy<Value = String> {
    let pair = prop_oneof![
        Just("danger=no".to_string()),
        Just("who=self".to_string()),
        Just("who=family".to_string()),
        Just("trouble=care.money".to_string()),
        Just("trouble=unknown".to_string()),
        Just("at=age".to_string()),
        Just("return=check".to_string()),
        Just("utm_source=x".to_string()),
        Just("who=<script>".to_string()),
        Just("who=".to_string()),
        Just("=self".to_string()),
        Just(format!("age={}", "a".repeat(201))),
        Just(format!("age={}", "a".repeat(200))),
        "[a-z0-9-]{1,6}=[a-z0-9.-]{0,12}",
        "[ -~]{0,10}",
    ];
    prop::collection::vec(pair, 0..60).prop_map(|pairs| format!("?{}", pairs.join("&")))
}

/// Directory filter queries: known and unknown cities and areas, plain and percent-encoded.
fn filter_query() -> impl Strategy<Value = String> {
    let pair = prop_oneof![
        Just("city=izu"),
        Just("city=komae"),
        Just("city=tokyo"),
        Just("area=izu:shuzenji"),
        Just("area=izu%3Ashuzenji"),
        Just("area=komae%3aeast"),
        Just("area=nowhere"),
        Just("area=%FF%FE"),
        Just("for=elderly"),
        Just("for=aliens"),
        Just("programme=3"),
        Just("programme=9"),
        Just("utm_source=x"),
        Just("city="),
    ];
    prop::collection::vec(pair, 0..8).prop_map(|pairs| format!("?{}", pairs.join("&")))
}

fn random_text() -> impl Strategy<Value = String> {
    prop::collection::vec(token(), 0..40).prop_map(|parts| parts.concat())
}

/// An edit of a real file: cut a range, insert a token, or swap two lines.
#[derive(Debug, Clone)]
enum Edit {
    Cut(usize, usize),
    Insert(usize, String),
    SwapLines(usize, usize),
}

fn edits() -> impl Strategy<Value = Vec<Edit>> {
    let edit = prop_oneof![
        (any::<usize>(), 0usize..80).prop_map(|(at, len)| Edit::Cut(at, len)),
        (any::<usize>(), token()).prop_map(|(at, text)| Edit::Insert(at, text)),
        (any::<usize>(), any::<usize>()).prop_map(|(a, b)| Edit::SwapLines(a, b)),
    ];
    prop::collection::vec(edit, 1..4)
}

fn char_boundary(text: &str, at: usize) -> usize {
    let mut at = at % (text.len() + 1);
    while !text.is_char_boundary(at) {
        at -= 1;
    }
    at
}

fn apply(text: &str, edits: &[Edit]) -> String {
    let mut text = text.to_string();
    for edit in edits {
        match edit {
            Edit::Cut(at, len) => {
                let start = char_boundary(&text, *at);
                let end = char_boundary(&text, start.saturating_add(*len).min(text.len()));
                text.replace_range(start..end.max(start), "");
            }
            Edit::Insert(at, token) => {
                let at = char_boundary(&text, *at);
                text.insert_str(at, token);
            }
            Edit::SwapLines(a, b) => {
                let mut lines: Vec<&str> = text.lines().collect();
                if !lines.is_empty() {
                    let (a, b) = (a % lines.len(), b % lines.len());
                    lines.swap(a, b);
                }
                text = lines.join("\n");
            }
        }
    }
    text
}

/// Every error names `file` and, where it has a line, a line the text has.
fn errors_point_into(errors: &[ContentError], file: &str, text: &str) -> Result<(), TestCaseError> {
    prop_assert!(!errors.is_empty(), "a failure must say why");
    let lines = text.lines().count().max(1) + 1;
    for error in errors {
        prop_assert_eq!(&error.file, file);
        if let Some(line) = error.line {
            prop_assert!((1..=lines).contains(&line), "line {} outside 1..={}: {}", line, lines, error);
        }
        prop_assert!(!error.message.is_empty() && !error.hint.is_empty(), "{}", error);
    }
    Ok(())
}

/// A start tag's attributes (lower-case names) with their values, quotes honoured.
fn attributes(tag: &str) -> Vec<(String, String)> {
    let mut found = Vec::new();
    let mut chars = tag.chars().skip_while(|c| !c.is_whitespace()).peekable();
    loop {
        while chars.peek().is_some_and(|c| c.is_whitespace() || *c == '/') {
            chars.next();
        }
        let name: String = std::iter::from_fn(|| chars.next_if(|c| !c.is_whitespace() && *c != '=')).collect();
        if name.is_empty() {
            return found;
        }
        let mut value = String::new();
        if chars.next_if_eq(&'=').is_some() {
            match chars.next_if(|c| *c == '"' || *c == '\'') {
                Some(quote) => value = std::iter::from_fn(|| chars.next_if(|c| *c != quote)).collect(),
                None => value = std::iter::from_fn(|| chars.next_if(|c| !c.is_whitespace())).collect(),
            }
            chars.next();
        }
        found.push((name.to_ascii_lowercase(), value));
    }
}

/// Elements that never have a closing tag.
const VOID: [&str; 6] = ["br", "hr", "img", "input", "meta", "link"];

/// The HTML's tags nest properly, and no tag is a script or carries an event handler.
fn well_formed_and_inert(html: &str) -> Result<(), TestCaseError> {
    let mut open: Vec<String> = Vec::new();
    let mut rest = html;
    while let Some(start) = rest.find('<') {
        let after = &rest[start + 1..];
        let end = after.find('>');
        prop_assert!(end.is_some(), "a `<` that opens no tag: {}", html);
        let tag = &after[..end.unwrap()];
        rest = &after[end.unwrap() + 1..];
        let closing = tag.starts_with('/');
        let name: String = tag
            .trim_start_matches('/')
            .chars()
            .take_while(|c| c.is_ascii_alphanumeric())
            .collect::<String>()
            .to_ascii_lowercase();
        prop_assert!(!name.is_empty(), "a `<` that is not a tag: <{}> in {}", tag, html);
        prop_assert!(name != "script" && name != "iframe" && name != "object", "<{}> in {}", tag, html);
        for (attribute, value) in attributes(tag) {
            prop_assert!(!attribute.starts_with("on"), "an event handler in <{}>", tag);
            // The Content-Security-Policy refuses inline styles: none may be written.
            prop_assert!(attribute != "style", "an inline style in <{}>", tag);
            if attribute == "href" || attribute == "src" {
                let scheme: String =
                    value.chars().filter(|c| !c.is_whitespace()).collect::<String>().to_ascii_lowercase();
                prop_assert!(
                    !scheme.starts_with("javascript:") && !scheme.starts_with("data:"),
                    "a script URL in <{}>",
                    tag
                );
            }
        }
        if closing {
            let innermost = open.pop();
            prop_assert_eq!(
                innermost.as_deref(),
                Some(name.as_str()),
                "</{}> closes the wrong element in {}",
                name,
                html
            );
        } else if !VOID.contains(&name.as_str()) && !tag.ends_with('/') {
            open.push(name);
        }
    }
    prop_assert!(open.is_empty(), "unclosed {:?} in {}", open, html);
    Ok(())
}

proptest! {
    #![proptest_config(config())]

    #[test]
    fn markdown_never_panics_and_clean_output_is_well_formed(body in random_text(), first_line in 1usize..50) {
        let rendered = render_markdown(&body, first_line, "/base/");
        let last_line = first_line + body.lines().count().max(1);
        for problem in &rendered.problems {
            prop_assert!((first_line..=last_line).contains(&problem.line), "problem line {} outside {}..={}", problem.line, first_line, last_line);
            prop_assert!(!problem.hint.is_empty());
        }
        if rendered.problems.is_empty() {
            well_formed_and_inert(rendered.html.as_str())?;
        }
        for link in &rendered.links {
            prop_assert!((first_line..=last_line).contains(&link.line));
        }
    }

    #[test]
    fn a_page_is_either_read_or_refused_with_its_line(body in random_text()) {
        let source = format!("+++\ntitle = \"題\"\n{body}");
        match parse_page("content/x.md", &source) {
            Ok(parsed) => prop_assert!(parsed.body_first_line >= 1),
            Err(error) => errors_point_into(&[error], "content/x.md", &source)?,
        }
    }

    #[test]
    fn an_edited_page_is_either_read_or_refused_with_its_line(edits in edits()) {
        let source = apply(OUTREACH, &edits);
        if let Err(error) = parse_page("content/programmes/outreach.md", &source) {
            errors_point_into(&[error], "content/programmes/outreach.md", &source)?;
        }
    }

    #[test]
    fn edited_windows_are_either_read_or_refused_with_their_lines(edits in edits()) {
        let text = apply(IZU_WINDOWS, &edits);
        match parse_windows("windows.toml", "izu", &text) {
            Ok(windows) => {
                let ids: BTreeSet<&str> = windows.windows.iter().map(|window| window.id.as_str()).collect();
                prop_assert_eq!(ids.len(), windows.windows.len(), "window ids are unique");
            }
            Err(errors) => errors_point_into(&errors, "windows.toml", &text)?,
        }
    }

    #[test]
    fn edited_guides_are_either_checked_or_refused_with_their_lines(edits in edits(), staff in any::<bool>()) {
        let windows = parse_windows("windows.toml", "izu", IZU_WINDOWS).expect("the bundled windows are valid");
        let (flow_id, original) = if staff { ("staff", IZU_STAFF) } else { ("resident", IZU_RESIDENT) };
        let text = apply(original, &edits);
        match parse_flow("resident.toml", flow_id, &windows, &text) {
            Ok(checked) => prop_assert!(checked.paths > 0, "a checked flow has a path"),
            Err(errors) => errors_point_into(&errors, "resident.toml", &text)?,
        }
    }

    #[test]
    fn guide_answers_from_any_query_keep_only_ids_first_values_and_bounds(query in guide_query()) {
        let answers = answers_from_query(&query);
        let id = |text: &str| !text.is_empty() && text.chars().all(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || c == '-');
        prop_assert!(answers.iter().count() <= 40, "at most 40 answers kept");
        for (question, answer) in answers.iter() {
            prop_assert!(id(question), "{}", question);
            let written = match answer {
                Answer::Unknown => "unknown".to_string(),
                Answer::Chose(options) => {
                    prop_assert!(!options.is_empty() && options.iter().all(|option| id(option)), "{:?}", options);
                    options.join(".")
                }
            };
            prop_assert!(written.len() <= 200, "a value over 200 characters was kept");
            // The first usable value given for a question is the one kept.
            let usable = |value: &&str| !value.is_empty() && value.len() <= 200 && (*value == "unknown" || value.split('.').all(id));
            let first = query
                .trim_start_matches('?')
                .split('&')
                .filter_map(|pair| pair.strip_prefix(&format!("{question}=")))
                .find(usable);
            prop_assert_eq!(first, Some(written.as_str()), "{} in {}", question, query);
        }
    }

    #[test]
    fn the_directory_filter_keeps_only_cities_and_areas_the_page_knows(query in filter_query()) {
        let (cities, areas) = (["izu", "komae"], ["izu:shuzenji", "komae:east"]);
        let state = FilterState::from_query(&query, &cities, &areas);
        prop_assert!(state.city.as_deref().is_none_or(|city| cities.contains(&city)));
        prop_assert!(state.area.as_deref().is_none_or(|area| areas.contains(&area)));
        // What it keeps was asked for (plainly or percent-encoded), and reads back the same.
        if let Some(area) = &state.area {
            let asked = query.to_ascii_lowercase();
            prop_assert!(asked.contains(&format!("area={area}")) || asked.contains(&format!("area={}", area.replace(':', "%3a"))), "{} from {}", area, query);
        }
        let again = FilterState::from_query(&state.to_query(), &cities, &areas);
        prop_assert_eq!(again, state);
    }

    #[test]
    fn a_stored_text_size_is_one_the_site_offers_or_nothing(stored in ".{0,40}") {
        if let Some(size) = TextSize::from_stored(&stored) {
            prop_assert_eq!(size.as_str(), stored.as_str());
        }
    }
}

proptest! {
    #![proptest_config(Config { cases: cases(48), failure_persistence: None, ..Config::default() })]

    /// The whole compiler on the fixture site with one file edited: a site, or errors that each
    /// name a file of the tree.
    #[test]
    fn an_edited_site_builds_or_every_error_names_a_file_of_it(file in 0usize..1000, edits in edits()) {
        let tree = ContentTree::read_dir(std::path::Path::new("tests/fixtures/content/valid")).expect("the fixture reads");
        let paths: Vec<String> = tree.paths().into_iter().map(str::to_string).collect();
        let path = &paths[file % paths.len()];
        let original = tree.text(path).expect("listed").expect("UTF-8").to_string();
        let mut edited = tree.clone();
        edited.insert(path, apply(&original, &edits).into_bytes());
        if let Err(errors) = compile_tree(&edited, "/") {
            let files: BTreeSet<String> = paths.iter().map(|path| edited.display_of(path)).collect();
            prop_assert!(!errors.0.is_empty());
            for error in &errors.0 {
                prop_assert!(files.contains(&error.file), "{} names no file of the tree", error);
            }
        }
    }
}

#[test]
fn the_html_check_itself_refuses_scripts_handlers_and_bad_nesting() {
    for bad in [
        r#"<a href=" javascript:alert(1)">x</a>"#,
        r#"<img src=x onerror=alert(1)>"#,
        r#"<p title='a' onclick="x">y</p>"#,
        r#"<th style="text-align: right">x</th>"#,
        "<script>x</script>",
        "<b><i>x</b></i>",
        "<p>open",
        "a < b",
    ] {
        assert!(well_formed_and_inert(bad).is_err(), "{bad}");
    }
    let good = r#"<p class="language-javascript:x" title="on=1"><a href="/a/?b=1&amp;c=2">x</a><br></p>"#;
    assert!(well_formed_and_inert(good).is_ok());
}
