//! Markdown → HTML: the one place that owns the parser options. It also gives each heading
//! a stable id, turns `@page-id#anchor` links into site URLs, wraps tables for small
//! screens and reports what the author must fix (raw HTML, H1 in the body, bad links).

use crate::content::html::{html, named_table_scroll_region, MarkdownHtml};
use crate::site::Edition;
use pulldown_cmark::{Alignment, CowStr, Event, HeadingLevel, LinkType, Options, Parser, Tag, TagEnd};

use crate::content::link_targets::resolve_link;
pub use crate::content::outline::{Heading, InternalLink, SectionText};
use crate::content::slug::{slugify, HeadingIds};
pub use crate::site::page_url;

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
    pub html: MarkdownHtml,
    /// Headings in document order.
    pub headings: Vec<Heading>,
    /// Internal links to check.
    pub links: Vec<InternalLink>,
    /// The plain text of each section, for search (the first one is the text before any heading).
    pub sections: Vec<SectionText>,
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

/// Ids the page layout itself uses; a heading must not take them.
pub const RESERVED_IDS: [&str; 12] = [
    "main",
    "page-title",
    "page-body",
    "toc-title",
    "child-pages-title",
    "text-size-label",
    "window-filters",
    "filters-title",
    "filter-count",
    "window-list",
    "window-list-title",
    "window-list-empty",
];

/// Renders the Markdown `body` of a page. `first_line` is the file line the body starts on,
/// `base` the site's base path (e.g. `/` or `/fukushi/jusou/`). Steps: each parser event is
/// checked and rewritten ([`Renderer::event`]), then the events are written as HTML and the
/// footnotes checked ([`Renderer::finish`]).
pub fn render_markdown(body: &str, first_line: usize, base: &str) -> RenderedMarkdown {
    render_markdown_in(body, first_line, base, Edition::Japanese)
}

/// [`render_markdown`] for a page of the `edition`: on a page not in Japanese (English), every
/// run of Japanese text (a window's name) is marked `<span lang="ja">`, so a screen reader reads
/// it in Japanese; a table's scroll region is named in the edition's own words (やさしい日本語
/// included).
pub fn render_markdown_in(body: &str, first_line: usize, base: &str, edition: Edition) -> RenderedMarkdown {
    let lines = Lines::of(body, first_line);
    let mut renderer = Renderer::new(base);
    renderer.edition = edition;
    renderer.marks_japanese = edition.lang() != "ja";
    for (event, range) in Parser::new_ext(body, parser_options()).into_offset_iter() {
        renderer.event(event, lines.line_of(range.start));
    }
    renderer.finish(body.len())
}

/// Where each line of a body starts, to give an event's offset its file line.
struct Lines {
    starts: Vec<usize>,
    first_line: usize,
}

impl Lines {
    fn of(body: &str, first_line: usize) -> Self {
        let starts = std::iter::once(0).chain(body.match_indices('\n').map(|(index, _)| index + 1)).collect();
        Lines { starts, first_line }
    }

    fn line_of(&self, offset: usize) -> usize {
        self.first_line + self.starts.partition_point(|&start| start <= offset) - 1
    }
}

/// The state of one page's rendering: the events to write, the heading being read, the table
/// being read, and what was found (headings, links, problems).
struct Renderer<'a> {
    base: &'a str,
    out: RenderedMarkdown,
    ids: HeadingIds,
    events: Vec<Event<'a>>,
    open_heading: Option<OpenHeading<'a>>,
    last_heading_level: u8,
    table_count: usize,
    /// Runs of consecutive text, with their first line, for the footnote check.
    text_runs: Vec<(String, usize)>,
    last_was_text: bool,
    in_table_cell: bool,
    in_table_head: bool,
    header_cell_text: Option<String>,
    /// Whether runs of Japanese text are marked `lang="ja"` (a page in another language).
    marks_japanese: bool,
    /// The page's edition, whose words name a table's scroll region.
    edition: Edition,
}

impl<'a> Renderer<'a> {
    fn new(base: &'a str) -> Self {
        Renderer {
            base,
            out: RenderedMarkdown::default(),
            ids: HeadingIds::reserving(&RESERVED_IDS),
            events: Vec::new(),
            open_heading: None,
            last_heading_level: 1,
            table_count: 0,
            text_runs: Vec::new(),
            last_was_text: false,
            in_table_cell: false,
            in_table_head: false,
            header_cell_text: None,
            marks_japanese: false,
            edition: Edition::Japanese,
        }
    }

    fn problem(&mut self, line: usize, message: String, hint: &str) {
        self.out.problems.push(MarkdownProblem { line, message, hint: hint.to_string() });
    }

    /// Adds an event to the open heading, or else to the page.
    fn push(&mut self, event: Event<'a>) {
        match self.open_heading.as_mut() {
            Some(heading) => heading.inner.push(event),
            None => self.events.push(event),
        }
    }

    /// Takes one parser event at `line`.
    fn event(&mut self, event: Event<'a>, line: usize) {
        self.note_section_text(&event);
        if let Event::End(TagEnd::Heading(_)) = event {
            self.end_heading(line);
            self.events.push(event);
            self.last_was_text = false;
            return;
        }
        self.note_tables_and_text(&event, line);
        let is_text = matches!(event, Event::Text(_));
        self.rewrite(event, line);
        self.last_was_text = is_text;
    }

    /// Gives the heading just closed its id, records it, emits it with its inner events, and
    /// checks that it skips no level.
    fn end_heading(&mut self, line: usize) {
        let Some(heading) = self.open_heading.take() else { return };
        let level = heading_level_number(heading.level);
        let text = heading.text.trim().to_string();
        let id = self.heading_id(heading.explicit_id.as_deref(), &text, line);
        self.out.sections.push(SectionText { id: id.clone(), heading: text.clone(), text: String::new() });
        self.out.headings.push(Heading { level, id: id.clone(), text });
        self.events.push(Event::Start(Tag::Heading {
            level: heading.level,
            id: Some(CowStr::from(id)),
            classes: Vec::new(),
            attrs: Vec::new(),
        }));
        self.events.extend(heading.inner);
        if level > self.last_heading_level + 1 {
            let skipped = self.last_heading_level;
            self.problem(
                line,
                format!("the heading skips from level {skipped} to level {level}"),
                "Do not skip levels: a `###` section belongs under a `##` one (screen-reader users move by heading level).",
            );
        }
        self.last_heading_level = level;
    }

    /// The id of a heading: its explicit `{#id}` (refused if the layout or an earlier heading
    /// has it), or one made from its text.
    fn heading_id(&mut self, explicit: Option<&str>, text: &str, line: usize) -> String {
        match explicit {
            Some(explicit) if RESERVED_IDS.contains(&explicit) => {
                self.problem(
                    line,
                    format!("the heading id `{explicit}` is used by the page layout"),
                    "Choose another `{#id}` for this heading.",
                );
                self.ids.claim(explicit)
            }
            Some(explicit) if self.ids.is_taken(explicit) => {
                self.problem(
                    line,
                    format!("the heading id `{explicit}` is used twice on this page"),
                    "Give each `{#id}` on a page a different name.",
                );
                self.ids.claim(explicit)
            }
            Some(explicit) => self.ids.claim(explicit),
            None => self.ids.claim(&slugify(text)),
        }
    }

    /// Adds the event's text to the current section (not a heading's own text); a block's end
    /// or a line break becomes a space.
    fn note_section_text(&mut self, event: &Event<'a>) {
        if self.open_heading.is_some() {
            return;
        }
        if self.out.sections.is_empty() {
            self.out.sections.push(SectionText::default());
        }
        let Some(section) = self.out.sections.last_mut() else { return };
        match event {
            Event::Text(text) | Event::Code(text) => section.text.push_str(text),
            Event::SoftBreak
            | Event::HardBreak
            | Event::End(TagEnd::Paragraph | TagEnd::Item | TagEnd::TableCell | TagEnd::TableRow | TagEnd::TableHead)
                if !section.text.ends_with(' ') && !section.text.is_empty() =>
            {
                section.text.push(' ')
            }
            _ => {}
        }
    }

    /// Table bookkeeping (which cell we are in, whether a header cell has any text), and the
    /// text of the open heading.
    fn note_tables_and_text(&mut self, event: &Event<'a>, line: usize) {
        match event {
            Event::Start(Tag::TableHead) => self.in_table_head = true,
            Event::End(TagEnd::TableHead) => self.in_table_head = false,
            Event::Start(Tag::TableCell) => {
                self.in_table_cell = true;
                self.header_cell_text = self.in_table_head.then(String::new);
            }
            Event::Text(text) | Event::Code(text) => {
                if let Some(cell) = self.header_cell_text.as_mut() {
                    cell.push_str(text);
                }
                if let Some(heading) = self.open_heading.as_mut() {
                    heading.text.push_str(text);
                }
            }
            Event::End(TagEnd::TableCell) => {
                self.in_table_cell = false;
                if self.header_cell_text.take().is_some_and(|text| text.trim().is_empty()) {
                    self.problem(
                        line,
                        "a table has a header cell with no text".into(),
                        "Name every column (e.g. 項目 or 区分): screen readers read the header with each cell.",
                    );
                }
            }
            _ => {}
        }
    }

    /// Checks an event and adds it, rewritten where the site needs it: headings opened,
    /// links resolved, tables wrapped, raw HTML refused.
    fn rewrite(&mut self, event: Event<'a>, line: usize) {
        match event {
            Event::Start(Tag::Heading { level, id, classes, attrs }) => {
                self.start_heading(level, id.map(|id| id.to_string()), classes.is_empty() && attrs.is_empty(), line)
            }
            Event::Start(Tag::Link { link_type, dest_url, title, id }) => {
                let href = if link_type == LinkType::Email {
                    format!("mailto:{dest_url}")
                } else {
                    resolve_link(&dest_url, self.base, line, &mut self.out.links).unwrap_or_else(|problem| {
                        self.problem(line, problem.message, problem.hint);
                        dest_url.to_string()
                    })
                };
                self.push(Event::Start(Tag::Link { link_type, dest_url: href.into(), title, id }));
            }
            Event::Start(Tag::Image { .. }) => self.problem(
                line,
                "images are not supported in content yet".into(),
                "Describe the figure in words or as a table, so that it reads well on a phone and with a screen reader.",
            ),
            Event::End(TagEnd::Image) => {}
            Event::Start(Tag::Table(alignments)) => {
                self.table_count += 1;
                // Column alignment becomes classes on the region (`col-2-right`): pulldown-cmark
                // writes it as `style` attributes, which the Content-Security-Policy refuses.
                let (opening, _) = table_region_tags(self.table_count, &alignment_classes(&alignments), self.edition);
                self.push(Event::Html(opening.into()));
                self.push(Event::Start(Tag::Table(alignments.iter().map(|_| Alignment::None).collect())));
            }
            Event::End(TagEnd::Table) => {
                let (_, closing) = table_region_tags(self.table_count, "", self.edition);
                self.push(Event::End(TagEnd::Table));
                self.push(Event::Html(closing.into()));
            }
            Event::Html(raw) | Event::InlineHtml(raw) => self.raw_html(&raw, line),
            Event::Text(text) => {
                match self.text_runs.last_mut() {
                    Some((run, _)) if self.last_was_text => run.push_str(&text),
                    _ => self.text_runs.push((text.to_string(), line)),
                }
                if self.marks_japanese && text.chars().any(is_japanese) {
                    for (japanese, run) in japanese_runs(&text) {
                        if japanese {
                            self.push(Event::InlineHtml(html! { span lang="ja" { (run) } }.into_string().into()));
                        } else {
                            self.push(Event::Text(run.to_string().into()));
                        }
                    }
                } else {
                    self.push(Event::Text(text));
                }
            }
            other => self.push(other),
        }
    }

    /// Opens a heading; its id is given when it closes. `plain` is whether it has no classes or
    /// attributes other than an id.
    fn start_heading(&mut self, level: HeadingLevel, explicit_id: Option<String>, plain: bool, line: usize) {
        if level == HeadingLevel::H1 {
            self.problem(
                line,
                "a level-1 heading (`# …`) is in the page body".into(),
                "The page title comes from `title` in the front matter; start the body's sections with `## …`.",
            );
        }
        if !plain {
            self.problem(
                line,
                "a heading has attributes other than `{#id}`".into(),
                "Only an id may be set on a heading, as in `## 見出し {#my-id}`; remove classes and other attributes.",
            );
        }
        self.open_heading = Some(OpenHeading { level, explicit_id, text: String::new(), inner: Vec::new() });
    }

    /// Raw HTML in content: only `<br>` in a table cell is kept; anything else is a problem.
    fn raw_html(&mut self, raw: &str, line: usize) {
        let raw = raw.trim();
        if is_line_break(raw) && self.in_table_cell {
            self.push(Event::InlineHtml("<br>".into()));
        } else if raw.starts_with("<!--") {
            self.problem(
                line,
                "an HTML comment is in the content".into(),
                "Remove it: comments would be published in the page's HTML.",
            );
        } else if !raw.is_empty() {
            self.problem(
                line,
                format!("raw HTML `{}` is not allowed in content", raw.chars().take(40).collect::<String>()),
                "Write it in Markdown instead (tables, lists, **bold**); only `<br>` is allowed, inside table cells.",
            );
        }
    }

    /// Checks the footnote references and writes the HTML.
    fn finish(mut self, body_len: usize) -> RenderedMarkdown {
        // With GFM footnotes, a reference to a label that is never defined stays as text.
        for (run, line) in std::mem::take(&mut self.text_runs) {
            for label in undefined_footnote_labels(&run) {
                self.problem(
                    line,
                    format!("the footnote `[^{label}]` has no definition"),
                    &format!("Add a line `[^{label}]: …` with the note's text, usually at the end of the page."),
                );
            }
        }
        let mut written = String::with_capacity(body_len * 3 / 2);
        pulldown_cmark::html::push_html(&mut written, self.events.into_iter());
        self.out.html = MarkdownHtml::from_renderer(written);
        self.out
    }
}

/// The tags the `number`th table of a page is wrapped in: the opening and the closing tag of
/// the scroll region generated tables use too (`html::named_table_scroll_region`).
/// `classes` are added to the region's (the column alignments).
/// Whether `c` is written only in Japanese: kana, kanji, Japanese punctuation and brackets, and
/// full-width forms.
fn is_japanese(c: char) -> bool {
    matches!(c, '\u{3000}'..='\u{30FF}' | '\u{3400}'..='\u{4DBF}' | '\u{4E00}'..='\u{9FFF}' | '\u{FF00}'..='\u{FFEF}')
}

/// `text` cut into runs of Japanese and of other text, each with whether it is Japanese.
pub(crate) fn japanese_runs(text: &str) -> Vec<(bool, &str)> {
    let mut runs: Vec<(bool, &str)> = Vec::new();
    let mut start = 0;
    let mut current = None;
    for (at, c) in text.char_indices() {
        let japanese = is_japanese(c);
        if current.is_some_and(|open| open != japanese) {
            runs.push((current.unwrap_or(false), &text[start..at]));
            start = at;
        }
        current = Some(japanese);
    }
    if let Some(japanese) = current {
        runs.push((japanese, &text[start..]));
    }
    runs
}

/// The scroll region's opening and closing tags for the page's `number`th table, named for
/// screen readers in the words of the page's edition.
fn table_region_tags(number: usize, classes: &str, edition: Edition) -> (String, String) {
    let name = crate::i18n::text_with(edition, "markdown-table-label", &[("number", &number.to_string())]);
    let mut region = named_table_scroll_region(&name, classes, html! {}).into_string();
    let closing = region.split_off(region.rfind("</").unwrap_or(region.len()));
    (region, closing)
}

struct OpenHeading<'a> {
    level: HeadingLevel,
    explicit_id: Option<String>,
    text: String,
    inner: Vec<Event<'a>>,
}

/// The most columns whose alignment the stylesheet carries a class for (`col-12-right`).
const ALIGNED_COLUMNS: usize = 12;

/// `col-N-left|center|right` for each aligned column (1-based), up to [`ALIGNED_COLUMNS`].
fn alignment_classes(alignments: &[Alignment]) -> String {
    let mut classes = Vec::new();
    for (index, alignment) in alignments.iter().enumerate().take(ALIGNED_COLUMNS) {
        let side = match alignment {
            Alignment::None => continue,
            Alignment::Left => "left",
            Alignment::Center => "center",
            Alignment::Right => "right",
        };
        classes.push(format!("col-{}-{side}", index + 1));
    }
    classes.join(" ")
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

/// Footnote references left as text: the parser keeps `[^x]` as text when `x` is never defined.
fn undefined_footnote_labels(text: &str) -> Vec<String> {
    text.split("[^")
        .skip(1)
        .filter_map(|rest| rest.split_once(']').map(|(label, _)| label.to_string()))
        .filter(|label| !label.is_empty() && !label.contains(char::is_whitespace))
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn problems(source: &str) -> Vec<String> {
        render_markdown(source, 1, "/").problems.into_iter().map(|p| format!("{}: {}", p.line, p.message)).collect()
    }

    #[test]
    fn a_table_s_scroll_region_is_named_in_the_page_s_edition() {
        let table = "| 窓口 | 電話 |\n|---|---|\n| 福祉課 | 0558 |\n\n| a | b |\n|---|---|\n| 1 | 2 |\n";
        let japanese = render_markdown_in(table, 1, "/", Edition::Japanese).html.as_str().to_string();
        assert!(japanese.contains(r#"aria-label="表1（横にスクロールできます）""#), "{japanese}");
        assert!(japanese.contains(r#"aria-label="表2（横にスクロールできます）""#), "{japanese}");
        let english = render_markdown_in(table, 1, "/", Edition::English).html.as_str().to_string();
        assert!(english.contains(r#"aria-label="Table 1 (scrolls sideways)""#), "{english}");
        assert!(english.contains(r#"aria-label="Table 2 (scrolls sideways)""#), "{english}");
        let easy = render_markdown_in(table, 1, "/", Edition::Easy).html.as_str().to_string();
        assert!(easy.contains(r#"aria-label="ひょう 1（よこに うごかせます）""#), "{easy}");
        assert!(!easy.contains("横にスクロール"), "{easy}");
    }

    #[test]
    fn links_and_html_inside_headings_are_checked_like_any_other() {
        let rendered = render_markdown("## [用語](@glossary#term-8050)<img src=x onerror=alert(1)>\n", 1, "/base/");
        assert!(
            rendered.html.as_str().contains(r#"<h2 id="用語"><a href="/base/glossary/#term-8050">用語</a></h2>"#),
            "{}",
            rendered.html.as_str()
        );
        assert_eq!(rendered.links.len(), 1);
        assert_eq!(rendered.problems.len(), 1, "{:?}", rendered.problems);
        assert!(rendered.problems[0].message.starts_with("raw HTML"));
    }

    #[test]
    fn column_alignment_becomes_classes_not_inline_styles() {
        let rendered = render_markdown("| 名前 | 件数 | 備考 |\n|:--|--:|:-:|\n| a | 1 | b |\n", 1, "/");
        let html = rendered.html.as_str();
        assert!(!html.contains("style="), "{html}");
        assert!(html.contains(r#"class="table-scroll col-1-left col-2-right col-3-center""#), "{html}");
        let plain = render_markdown("| a | b |\n|---|---|\n| 1 | 2 |\n", 1, "/");
        assert!(plain.html.as_str().contains(r#"<div class="table-scroll" role="region""#), "{}", plain.html.as_str());
    }

    #[test]
    fn heading_attributes_other_than_an_id_are_refused() {
        assert_eq!(problems("## 見出し {onclick=alert(1)}\n"), ["1: a heading has attributes other than `{#id}`"]);
        assert_eq!(problems("## 見出し {#ok}\n"), Vec::<String>::new());
    }

    #[test]
    fn script_links_are_refused_and_safe_schemes_pass() {
        assert_eq!(
            problems("[x](javascript:alert(1))\n"),
            ["1: the link `javascript:alert(1)` uses the scheme `javascript:`, which is not allowed"]
        );
        assert!(problems("[a](https://example.org/) [b](tel:0000) [c](mailto:a@b.jp) <info@city.jp>\n").is_empty());
    }

    #[test]
    fn skipped_heading_levels_and_layout_ids_are_refused() {
        assert_eq!(problems("## 一\n\n#### 二\n"), ["3: the heading skips from level 2 to level 4"]);
        assert_eq!(problems("## 本文 {#main}\n"), ["1: the heading id `main` is used by the page layout"]);
        let rendered = render_markdown("## Main\n", 1, "/");
        assert_eq!(rendered.headings[0].id, "main-2", "a derived id steps around the layout's ids");
    }

    #[test]
    fn line_breaks_are_allowed_only_in_table_cells() {
        assert!(problems("| 項目 |\n|---|\n| 一<br>二 |\n").is_empty());
        assert_eq!(problems("一行目<br>二行目\n"), ["1: raw HTML `<br>` is not allowed in content"]);
        assert_eq!(problems("<!-- メモ -->\n"), ["1: an HTML comment is in the content"]);
    }
}
