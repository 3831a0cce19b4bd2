//! Markdown → HTML: the one place that owns the parser options. It also gives each heading
//! a stable id, turns `@page-id#anchor` links into site URLs, wraps tables for small
//! screens and reports what the author must fix (raw HTML, H1 in the body, bad links).

use std::collections::BTreeSet;

use pulldown_cmark::{html, CowStr, Event, HeadingLevel, Options, Parser, Tag, TagEnd};

use super::slug::{slugify, HeadingIds};

/// A heading of a rendered page, for its table of contents and for anchor checks.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Heading {
    /// 2 for `##`, 3 for `###`, and so on.
    pub level: u8,
    /// The anchor id the heading got.
    pub id: String,
    /// The heading's plain text.
    pub text: String,
}

/// A link to another page (or an anchor) written as `@page-id#anchor`, to check once all pages are known.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct InternalLink {
    /// The page id after `@` (empty for the home page or for `#anchor` on the same page).
    pub page_id: String,
    /// The part after `#`, if any.
    pub anchor: Option<String>,
    /// Whether the link was a bare `#anchor` pointing into the same page.
    pub same_page: bool,
    /// 1-based line in the file.
    pub line: usize,
}

/// Something in the Markdown the author must fix, with its line and how to fix it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct MarkdownProblem {
    /// 1-based line in the file.
    pub line: usize,
    /// What is wrong.
    pub message: String,
    /// How to fix it.
    pub hint: String,
}

/// The result of rendering one page body.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct RenderedMarkdown {
    /// The HTML of the body.
    pub html: String,
    /// Headings in document order.
    pub headings: Vec<Heading>,
    /// Internal links to check.
    pub links: Vec<InternalLink>,
    /// Problems the author must fix; a page with problems fails the build.
    pub problems: Vec<MarkdownProblem>,
}

/// The parser options every page is rendered with.
pub fn parser_options() -> Options {
    Options::ENABLE_TABLES
        | Options::ENABLE_FOOTNOTES
        | Options::ENABLE_STRIKETHROUGH
        | Options::ENABLE_HEADING_ATTRIBUTES
        | Options::ENABLE_GFM
}

/// Turns a page id into its URL under `base` (which starts and ends with `/`).
pub fn page_url(base: &str, page_id: &str) -> String {
    if page_id.is_empty() {
        base.to_string()
    } else {
        format!("{base}{page_id}/")
    }
}

/// Renders the Markdown `body` of a page. `first_line` is the file line the body starts on,
/// `base` the site's base path (e.g. `/` or `/fukushi/jusou/`).
pub fn render_markdown(body: &str, first_line: usize, base: &str) -> RenderedMarkdown {
    let line_starts: Vec<usize> =
        std::iter::once(0).chain(body.match_indices('\n').map(|(index, _)| index + 1)).collect();
    let line_of = |offset: usize| first_line + line_starts.partition_point(|&start| start <= offset) - 1;

    let mut out = RenderedMarkdown::default();
    let mut ids = HeadingIds::default();
    let mut events: Vec<Event> = Vec::new();
    let mut open_heading: Option<OpenHeading> = None;
    let mut footnote_refs: Vec<(String, usize)> = Vec::new();
    let mut footnote_defs: BTreeSet<String> = BTreeSet::new();
    let mut table_count = 0;
    let mut text_runs: Vec<(String, usize)> = Vec::new();
    let mut in_table_head = false;
    let mut header_cell_text: Option<String> = None;

    for (event, range) in Parser::new_ext(body, parser_options()).into_offset_iter() {
        let line = line_of(range.start);
        if let Some(heading) = open_heading.as_mut() {
            match &event {
                Event::End(TagEnd::Heading(_)) => {
                    let heading = open_heading.take().expect("heading is open");
                    finish_heading(heading, &mut ids, &mut events, &mut out, line);
                    events.push(event);
                }
                Event::Text(text) | Event::Code(text) => {
                    heading.text.push_str(text);
                    heading.inner.push(event.into_static());
                }
                _ => heading.inner.push(event.into_static()),
            }
            continue;
        }
        match &event {
            Event::Start(Tag::TableHead) => in_table_head = true,
            Event::End(TagEnd::TableHead) => in_table_head = false,
            Event::Start(Tag::TableCell) if in_table_head => header_cell_text = Some(String::new()),
            Event::Text(text) | Event::Code(text) => {
                if let Some(cell) = header_cell_text.as_mut() {
                    cell.push_str(text);
                }
            }
            Event::End(TagEnd::TableCell) => {
                let header_cell_is_empty = header_cell_text.take().is_some_and(|text| text.trim().is_empty());
                if header_cell_is_empty {
                    out.problems.push(MarkdownProblem {
                        line,
                        message: "a table has a header cell with no text".into(),
                        hint: "Name every column (e.g. 項目 or 区分): screen readers read the header with each cell."
                            .into(),
                    });
                }
            }
            _ => {}
        }
        match event {
            Event::Start(Tag::Heading { level, id, classes, attrs }) => {
                if level == HeadingLevel::H1 {
                    out.problems.push(MarkdownProblem {
                        line,
                        message: "a level-1 heading (`# …`) is in the page body".into(),
                        hint: "The page title comes from `title` in the front matter; start the body's sections with `## …`.".into(),
                    });
                }
                open_heading = Some(OpenHeading {
                    level,
                    explicit_id: id.map(|id| id.to_string()),
                    classes: classes.into_iter().map(|c| c.to_string()).collect(),
                    attrs: attrs.into_iter().map(|(k, v)| (k.to_string(), v.map(|v| v.to_string()))).collect(),
                    text: String::new(),
                    inner: Vec::new(),
                });
            }
            Event::Start(Tag::Link { link_type, dest_url, title, id }) => {
                let href = resolve_link(&dest_url, base, line, &mut out);
                events.push(Event::Start(Tag::Link { link_type, dest_url: href.into(), title, id }));
            }
            Event::Start(Tag::Image { .. }) => {
                out.problems.push(MarkdownProblem {
                    line,
                    message: "images are not supported in content yet".into(),
                    hint: "Describe the figure in words or as a table, so that it reads well on a phone and with a screen reader.".into(),
                });
            }
            Event::End(TagEnd::Image) => {}
            Event::Start(Tag::Table(alignments)) => {
                table_count += 1;
                events.push(Event::Html(
                    format!("<div class=\"table-scroll\" role=\"region\" tabindex=\"0\" aria-label=\"表{table_count}（横にスクロールできます）\">").into(),
                ));
                events.push(Event::Start(Tag::Table(alignments)));
            }
            Event::End(TagEnd::Table) => {
                events.push(Event::End(TagEnd::Table));
                events.push(Event::Html("</div>".into()));
            }
            Event::Html(ref raw) | Event::InlineHtml(ref raw) => {
                if is_line_break(raw) {
                    events.push(Event::InlineHtml("<br>".into()));
                } else if !raw.trim().is_empty() {
                    out.problems.push(MarkdownProblem {
                        line,
                        message: format!("raw HTML `{}` is not allowed in content", raw.trim().chars().take(40).collect::<String>()),
                        hint: "Write it in Markdown instead (tables, lists, **bold**); only `<br>` is allowed, inside table cells.".into(),
                    });
                }
            }
            Event::Text(ref text) => {
                match text_runs.last_mut() {
                    Some((run, _)) if matches!(events.last(), Some(Event::Text(_))) => run.push_str(text),
                    _ => text_runs.push((text.to_string(), line)),
                }
                events.push(event);
            }
            Event::FootnoteReference(ref label) => {
                footnote_refs.push((label.to_string(), line));
                events.push(event);
            }
            Event::Start(Tag::FootnoteDefinition(ref label)) => {
                footnote_defs.insert(label.to_string());
                events.push(event);
            }
            other => events.push(other),
        }
    }
    for (run, line) in &text_runs {
        for label in undefined_footnote_labels(run) {
            out.problems.push(MarkdownProblem {
                line: *line,
                message: format!("the footnote `[^{label}]` has no definition"),
                hint: format!("Add a line `[^{label}]: …` with the note's text, usually at the end of the page."),
            });
        }
    }
    for (label, line) in footnote_refs {
        if !footnote_defs.contains(&label) {
            out.problems.push(MarkdownProblem {
                line,
                message: format!("the footnote `[^{label}]` has no definition"),
                hint: format!("Add a line `[^{label}]: …` with the note's text, usually at the end of the page."),
            });
        }
    }
    html::push_html(&mut out.html, events.into_iter());
    out
}

struct OpenHeading {
    level: HeadingLevel,
    explicit_id: Option<String>,
    classes: Vec<String>,
    attrs: Vec<(String, Option<String>)>,
    text: String,
    inner: Vec<Event<'static>>,
}

fn finish_heading(
    heading: OpenHeading,
    ids: &mut HeadingIds,
    events: &mut Vec<Event<'_>>,
    out: &mut RenderedMarkdown,
    line: usize,
) {
    let text = heading.text.trim().to_string();
    let id = match &heading.explicit_id {
        Some(explicit) if ids.is_taken(explicit) => {
            out.problems.push(MarkdownProblem {
                line,
                message: format!("the heading id `{explicit}` is used twice on this page"),
                hint: "Give each `{#id}` on a page a different name.".into(),
            });
            ids.claim(explicit)
        }
        Some(explicit) => ids.claim(explicit),
        None => ids.claim(&slugify(&text)),
    };
    out.headings.push(Heading { level: heading_level_number(heading.level), id: id.clone(), text });
    events.push(Event::Start(Tag::Heading {
        level: heading.level,
        id: Some(CowStr::from(id)),
        classes: heading.classes.into_iter().map(CowStr::from).collect(),
        attrs: heading.attrs.into_iter().map(|(k, v)| (CowStr::from(k), v.map(CowStr::from))).collect(),
    }));
    events.extend(heading.inner);
}

fn heading_level_number(level: HeadingLevel) -> u8 {
    match level {
        HeadingLevel::H1 => 1,
        HeadingLevel::H2 => 2,
        HeadingLevel::H3 => 3,
        HeadingLevel::H4 => 4,
        HeadingLevel::H5 => 5,
        HeadingLevel::H6 => 6,
    }
}

fn is_line_break(raw: &str) -> bool {
    matches!(raw.trim().to_ascii_lowercase().as_str(), "<br>" | "<br/>" | "<br />")
}

/// Rewrites a link destination; records internal links and reports file-style links.
fn resolve_link(dest: &str, base: &str, line: usize, out: &mut RenderedMarkdown) -> String {
    if let Some(target) = dest.strip_prefix('@') {
        let (page_id, anchor) = split_anchor(target);
        let page_id = page_id.trim_matches('/').to_string();
        let href = match &anchor {
            Some(anchor) => format!("{}#{anchor}", page_url(base, &page_id)),
            None => page_url(base, &page_id),
        };
        out.links.push(InternalLink { page_id, anchor, same_page: false, line });
        return href;
    }
    if let Some(anchor) = dest.strip_prefix('#') {
        out.links.push(InternalLink {
            page_id: String::new(),
            anchor: Some(anchor.to_string()),
            same_page: true,
            line,
        });
        return dest.to_string();
    }
    let has_scheme = dest.split_once(':').is_some_and(|(scheme, _)| {
        !scheme.is_empty() && scheme.chars().all(|c| c.is_ascii_alphanumeric() || "+-.".contains(c))
    });
    if !has_scheme {
        out.problems.push(MarkdownProblem {
            line,
            message: format!("the link `{dest}` is neither a page id nor a full URL"),
            hint: "Link to pages of this site by id with `@`, e.g. `[参加支援事業](@programmes/participation-support)` or `(@glossary#term-8050)`.".into(),
        });
    }
    dest.to_string()
}

/// Footnote references left as text: the parser keeps `[^x]` as text when `x` is never defined.
fn undefined_footnote_labels(text: &str) -> Vec<String> {
    text.split("[^")
        .skip(1)
        .filter_map(|rest| rest.split_once(']').map(|(label, _)| label.to_string()))
        .filter(|label| !label.is_empty() && !label.contains(char::is_whitespace))
        .collect()
}

fn split_anchor(target: &str) -> (&str, Option<String>) {
    match target.split_once('#') {
        Some((page, anchor)) => (page, Some(anchor.to_string())),
        None => (target, None),
    }
}
