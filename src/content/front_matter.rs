//! Front matter: splits the `+++` TOML block off a page and reads it into a typed struct.

use serde::Deserialize;

use crate::content::error::{line_and_column, ContentError};

/// The typed front matter of a page, between two `+++` lines at the top of the file.
#[derive(Debug, Clone, PartialEq, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct FrontMatter {
    /// Page title, shown as the heading and in the browser tab.
    pub title: String,
    /// One sentence that says what the page is for (cards, meta description).
    pub summary: String,
    /// `"national"` for pages that apply everywhere, or the id of a city in `site.toml`.
    pub scope: String,
    /// 所管課: the section responsible for what the page says.
    pub department: String,
    /// Date the content was last checked against its source, e.g. `2026-11-23`.
    pub reviewed: toml::value::Datetime,
    /// Laws and articles the page rests on, e.g. `"社会福祉法第106条の4"`.
    #[serde(default)]
    pub legal_basis: Vec<String>,
    /// Position among sibling pages; smaller comes first.
    #[serde(default)]
    pub order: i64,
    /// A part the compiler adds to the Markdown from the site's data: see [`GeneratedPart`].
    #[serde(default)]
    pub generates: Option<GeneratedPart>,
    /// With `generates = "city-pages"`: which page of each city to link, as names under
    /// `cities/<id>/` tried in order, each with an optional `#heading`
    /// (e.g. `["support-plan", "multi-agency"]`); by default the page's own file name.
    #[serde(default)]
    pub city_pages: Vec<String>,
    /// On a city's page: when its plan was made, for the cities hub's table (e.g. 「2024年（令和6年）4月」).
    #[serde(default)]
    pub plan_made: Option<String>,
    /// On a city's page: the 所管課 the cities hub's table shows for its plan, when it should say
    /// more than `department` (e.g. that the plan does not name one).
    #[serde(default)]
    pub plan_department: Option<String>,
    /// On a city's page: the plan's period in 年度 (fiscal years, April to March), e.g.
    /// `plan_period = { first_fiscal_year = 2025, last_fiscal_year = 2028 }` for 令和7〜10年度.
    #[serde(default)]
    pub plan_period: Option<toml::Spanned<PlanPeriodField>>,
    /// On a city's page: the plan's revisions (改定), oldest first, as `[[revisions]]` tables.
    #[serde(default)]
    pub revisions: Vec<toml::Spanned<RevisionField>>,
}

/// A plan's period as written: its first and last 年度, as Western years (2025 is 令和7年度).
#[derive(Debug, Clone, PartialEq, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct PlanPeriodField {
    /// The 年度 the plan starts in (it begins on 1 April of this year).
    pub first_fiscal_year: i32,
    /// The last 年度 the plan runs in (it ends on 31 March of the next year).
    pub last_fiscal_year: i32,
}

/// One revision (改定) of a plan as written.
#[derive(Debug, Clone, PartialEq, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct RevisionField {
    /// When: a plain date (`2025-10-01`), or `"2025-10"` when the plan gives only the month.
    pub date: toml::Value,
    /// What changed, as the plan says it (e.g. 「一部改定」).
    pub what: String,
}

/// What the compiler writes into a page from the site's data (`generates = "…"`).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum GeneratedPart {
    /// Every city's windows, with filters, after the Markdown (`"directory"`).
    Directory,
    /// Each programme's bodies side by side across cities, after the Markdown (`"comparison"`).
    Comparison,
    /// The home page's list of cities, in the section `{#cities}` (`"city-list"`).
    CityList,
    /// The cities hub's table of plans, in the section `{#cities}` (`"cities-table"`).
    CitiesTable,
    /// The guides hub's lists: each city's guide of flow `<flow>` in the section `{#<flow>}`
    /// (`"guide-lists"`; e.g. `{#resident}` and `{#staff}`).
    GuideLists,
    /// A programme page's links to each city's page of the same name, in the section `{#cities}`
    /// (`"city-pages"`; see `city_pages`).
    CityPages,
    /// The accessibility policy: the build fills its sections `{#scope}` (every page it writes)
    /// and `{#results}` (the latest test run in brief) and makes its results page
    /// (`"accessibility-policy"`; see `accessibility`).
    AccessibilityPolicy,
}

/// Fields every page must have, with an example line for the error hint.
const REQUIRED_FIELDS: [(&str, &str); 5] = [
    ("title", "title = \"参加支援事業\""),
    ("summary", "summary = \"このページで分かることを一文で\""),
    ("scope", "scope = \"national\""),
    ("department", "department = \"社会福祉課\""),
    ("reviewed", "reviewed = 2026-11-23"),
];

/// A page split into its front matter and its Markdown body.
#[derive(Debug, Clone, PartialEq)]
pub struct ParsedPage<'a> {
    /// The typed front matter.
    pub front: FrontMatter,
    /// The Markdown after the closing `+++`.
    pub body: &'a str,
    /// 1-based line of the file on which `body` starts.
    pub body_first_line: usize,
    /// 1-based line of each front-matter key, for later errors that point at a field.
    pub field_lines: Vec<(String, usize)>,
    /// The front matter's TOML (from file line 2), for turning a field's span into its line.
    pub front_text: &'a str,
}

impl ParsedPage<'_> {
    /// The line of a front-matter field, or the first line of the file.
    pub fn line_of(&self, field: &str) -> usize {
        self.field_lines.iter().find(|(name, _)| name == field).map_or(1, |(_, line)| *line)
    }

    /// The file line of a byte `span` of the front matter (a [`toml::Spanned`] field's).
    pub fn line_of_span(&self, span: std::ops::Range<usize>) -> usize {
        line_and_column(self.front_text, span.start.min(self.front_text.len())).0 + 1
    }
}

/// Splits and parses the front matter of `source` (the text of `file`).
pub fn parse_page<'a>(file: &str, source: &'a str) -> Result<ParsedPage<'a>, ContentError> {
    let source_without_bom = source.strip_prefix('\u{feff}').unwrap_or(source);
    let bom_len = source.len() - source_without_bom.len();
    let mut lines = source_without_bom.split_inclusive('\n');
    let first = lines.next().unwrap_or("");
    if first.trim_end() != "+++" {
        return Err(ContentError::at_line(
            file,
            1,
            "the page does not start with front matter",
            "Put a line with only `+++` first, then the fields (title, summary, scope, department, reviewed), then another `+++` line.",
        ));
    }
    let front_start = bom_len + first.len();
    let mut offset = front_start;
    let mut line_number = 1;
    for line in lines {
        line_number += 1;
        if line.trim_end() == "+++" {
            let front_text = &source[front_start..offset];
            let body_start = offset + line.len();
            let front = parse_fields(file, front_text)?;
            return Ok(ParsedPage {
                front,
                body: &source[body_start..],
                body_first_line: line_number + 1,
                field_lines: field_lines(front_text),
                front_text,
            });
        }
        offset += line.len();
    }
    Err(ContentError::at_line(
        file,
        1,
        "the front matter opened with `+++` on line 1 is never closed",
        "Add a line with only `+++` after the last front-matter field, before the Markdown text.",
    ))
}

/// Parses the TOML between the `+++` lines; `front_text` starts on line 2 of the file.
fn parse_fields(file: &str, front_text: &str) -> Result<FrontMatter, ContentError> {
    let table: toml::Table = toml::from_str(front_text).map_err(|error| toml_error(file, front_text, &error))?;
    for (field, example) in REQUIRED_FIELDS {
        if !table.contains_key(field) {
            return Err(ContentError::at_line(
                file,
                1,
                format!("the front matter is missing the required field `{field}`"),
                format!("Add a line such as `{example}` between the two `+++` lines."),
            ));
        }
    }
    let front: FrontMatter = toml::from_str(front_text).map_err(|error| toml_error(file, front_text, &error))?;
    let reviewed = &front.reviewed;
    if reviewed.date.is_none() || reviewed.time.is_some() || reviewed.offset.is_some() {
        let line = field_lines(front_text).iter().find(|(name, _)| name == "reviewed").map_or(1, |(_, l)| *l);
        return Err(ContentError::at_line(
            file,
            line,
            format!("`reviewed = {reviewed}` is not a plain date"),
            "Write the date the page was last checked as YYYY-MM-DD without quotes, e.g. `reviewed = 2026-11-23`.",
        ));
    }
    for (field, value) in [("title", &front.title), ("summary", &front.summary), ("department", &front.department)] {
        if value.trim().is_empty() {
            let line = field_lines(front_text).iter().find(|(name, _)| name == field).map_or(1, |(_, l)| *l);
            return Err(ContentError::at_line(
                file,
                line,
                format!("the front-matter field `{field}` is empty"),
                format!("Write the {field} between the quotes; it is shown to readers."),
            ));
        }
    }
    Ok(front)
}

/// A TOML error with the file line it points at (the front matter starts on line 2).
fn toml_error(file: &str, front_text: &str, error: &toml::de::Error) -> ContentError {
    let (line, column) = error.span().map_or((1, 1), |span| line_and_column(front_text, span.start));
    let message = error.message().trim().trim_end_matches('.').to_string();
    ContentError::at_line(
        file,
        line + 1,
        format!("the front matter is not valid TOML: {message}"),
        "Check this line: text values need double quotes (title = \"…\"), dates are written 2026-11-23, lists use [\"…\", \"…\"].",
    )
    .with_column(column)
}

/// The file line of each `key =` in the front matter (which starts on file line 2).
fn field_lines(front_text: &str) -> Vec<(String, usize)> {
    front_text
        .lines()
        .enumerate()
        .filter_map(|(index, line)| {
            // Only `key = …` at the start of a line: not `=` inside a multi-line list or string.
            let (key, _) = line.split_once('=')?;
            let key = key.trim_end();
            let bare_key = !key.is_empty() && key.chars().all(|c| c.is_ascii_alphanumeric() || c == '_' || c == '-');
            bare_key.then(|| (key.to_string(), index + 2))
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    const GOOD: &str = "+++\ntitle = \"題\"\nsummary = \"要約\"\nscope = \"national\"\ndepartment = \"課\"\nreviewed = 2026-11-23\n+++\n本文\n";

    #[test]
    fn good_front_matter_is_read_and_body_line_is_known() {
        let page = parse_page("a.md", GOOD).unwrap();
        assert_eq!(page.front.title, "題");
        assert_eq!(page.front.order, 0);
        assert_eq!(page.body, "本文\n");
        assert_eq!(page.body_first_line, 8);
        assert_eq!(page.line_of("scope"), 4);
    }

    #[test]
    fn a_date_with_time_is_refused() {
        let source = GOOD.replace("2026-11-23", "2026-11-23T10:00:00");
        let error = parse_page("a.md", &source).unwrap_err();
        assert_eq!(error.line, Some(6));
        assert!(error.message.contains("not a plain date"), "{error}");
    }

    #[test]
    fn an_unknown_field_points_at_its_line() {
        let source = GOOD.replace("+++\n本文", "titel = \"x\"\n+++\n本文");
        let error = parse_page("a.md", &source).unwrap_err();
        assert_eq!(error.line, Some(7), "{error}");
        assert!(error.message.contains("titel"), "{error}");
    }
}
