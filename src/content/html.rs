//! One way to write HTML in the compiler: maud templates (`html!`), escaped by construction.
//! Text and attribute values in a template are escaped by maud; raw HTML enters a template only
//! through [`MarkdownHtml`], the Markdown renderer's output, the one door (grep for
//! `MarkdownHtml::from_renderer`). A generated page body is written with a [`BodyWriter`], which
//! records each section heading for the table of contents and each internal link for the link
//! checks as it writes them.

pub use maud::{html, Markup, Render};
use percent_encoding::{utf8_percent_encode, AsciiSet, CONTROLS};

use crate::content::outline::{Heading, InternalLink};
use crate::site::page_url;

/// HTML the Markdown renderer wrote: the one kind of HTML a template takes without escaping.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct MarkdownHtml(String);

impl MarkdownHtml {
    /// Wraps the output of pulldown-cmark's HTML writer. Only `markdown::render_markdown` calls it.
    pub(in crate::content) fn from_renderer(html: String) -> Self {
        MarkdownHtml(html)
    }

    /// The HTML as written.
    pub fn as_str(&self) -> &str {
        &self.0
    }

    /// Whether the Markdown rendered to nothing.
    pub fn is_empty(&self) -> bool {
        self.0.is_empty()
    }
}

impl Render for MarkdownHtml {
    fn render_to(&self, buffer: &mut String) {
        buffer.push_str(&self.0);
    }
}

/// What a URL may not hold as it is: controls, space, non-ASCII (always encoded) and the
/// characters pulldown-cmark also percent-encodes in links, so both write a URL the same way.
const NOT_IN_URL: &AsciiSet = &CONTROLS
    .add(b' ')
    .add(b'"')
    .add(b'<')
    .add(b'>')
    .add(b'[')
    .add(b'\\')
    .add(b']')
    .add(b'`')
    .add(b'{')
    .add(b'|')
    .add(b'}');

/// A URL for an `href`: characters a URL may not hold are percent-encoded. The template then
/// escapes it once, as it does every attribute value (so `&` is written `&amp;` exactly once).
pub fn href(url: &str) -> String {
    utf8_percent_encode(url, NOT_IN_URL).to_string()
}

/// A page body made from data: its HTML, its headings for the table of contents, and its
/// internal links for the link checks.
#[derive(Debug, Clone, Default)]
pub struct GeneratedBody {
    /// The HTML.
    pub html: Markup,
    /// Its headings, in order.
    pub headings: Vec<Heading>,
    /// The pages (and anchors) it links to, checked like a Markdown page's `@` links.
    pub links: Vec<InternalLink>,
}

/// Writes a generated body: headings and links go through it so that they are recorded.
pub struct BodyWriter<'a> {
    base: &'a str,
    headings: Vec<Heading>,
    links: Vec<InternalLink>,
}

impl<'a> BodyWriter<'a> {
    /// A writer for a site served under `base` (`/` or `/fukushi/jusou/`).
    pub fn new(base: &'a str) -> Self {
        BodyWriter { base, headings: Vec::new(), links: Vec::new() }
    }

    /// A section heading (`level` 2–6) with its anchor, recorded for the table of contents.
    pub fn heading(&mut self, level: u8, id: &str, text: &str) -> Markup {
        self.headings.push(Heading { level, id: id.to_string(), text: text.to_string() });
        match level {
            2 => html! { h2 id=(id) { (text) } },
            3 => html! { h3 id=(id) { (text) } },
            4 => html! { h4 id=(id) { (text) } },
            5 => html! { h5 id=(id) { (text) } },
            _ => html! { h6 id=(id) { (text) } },
        }
    }

    /// The address of the page `page_id` (`""` is the home page), recorded for the link checks.
    pub fn page(&mut self, page_id: &str) -> String {
        self.links.push(InternalLink { page_id: page_id.to_string(), anchor: None, same_page: false, line: 0 });
        href(&page_url(self.base, page_id))
    }

    /// The address of a heading on the page `page_id`, recorded for the link checks.
    pub fn anchor(&mut self, page_id: &str, anchor: &str) -> String {
        self.links.push(InternalLink {
            page_id: page_id.to_string(),
            anchor: Some(anchor.to_string()),
            same_page: false,
            line: 0,
        });
        href(&format!("{}#{anchor}", page_url(self.base, page_id)))
    }

    /// The headings written so far.
    pub fn headings(&self) -> &[Heading] {
        &self.headings
    }

    /// The base path, for addresses that are not pages (data files, assets).
    pub fn base(&self) -> &str {
        self.base
    }

    /// The finished body.
    pub fn finish(self, body: Markup) -> GeneratedBody {
        GeneratedBody { html: body, headings: self.headings, links: self.links }
    }
}

/// A focusable scroll region around a wide table, so that it scrolls on its own at 320 px and
/// keyboard users can reach it; `label` names it for screen readers. The Markdown renderer puts
/// its tables in the same region.
/// `extra_classes` (space-separated, may be empty) go on the region, e.g. column alignments.
pub fn table_scroll_region(label: &str, extra_classes: &str, table: impl Render) -> Markup {
    named_table_scroll_region(&crate::i18n::ja_with("table-scroll-label", &[("label", label)]), extra_classes, table)
}

/// A [`table_scroll_region`] whose whole name for screen readers is `name` (a Markdown table's,
/// in the page's language).
pub fn named_table_scroll_region(name: &str, extra_classes: &str, table: impl Render) -> Markup {
    html! {
        div class={ "table-scroll" @if !extra_classes.is_empty() { " " (extra_classes) } } role="region" tabindex="0" aria-label=(name) { (table) }
    }
}

/// A table of data in a [`table_scroll_region`]: a header row of `head`, then `rows` whose
/// first cell names the row.
pub fn scroll_table(label: &str, caption: &str, head: &[&str], rows: &[Vec<Markup>]) -> Markup {
    let table = html! {
        table {
            @if !caption.is_empty() { caption { (caption) } }
            thead { tr { @for cell in head { th scope="col" { (cell) } } } }
            tbody {
                @for row in rows {
                    tr {
                        @for (index, cell) in row.iter().enumerate() {
                            @if index == 0 { th scope="row" { (cell) } } @else { td { (cell) } }
                        }
                    }
                }
            }
        }
    };
    table_scroll_region(label, "", table)
}

/// A page's rendered body: HTML written by templates and the Markdown renderer, never a plain
/// string, so escaped and raw HTML cannot be mixed up. It is made from [`Markup`] or
/// [`MarkdownHtml`], and grows only by more of them.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct PageHtml(String);

impl PageHtml {
    /// Wraps a page's HTML as `lol_html` rewrote it with readings (`<ruby>` written by a
    /// template around text that was already HTML text). Only `furigana::annotate` calls it.
    pub(crate) fn from_furigana(html: String) -> Self {
        PageHtml(html)
    }

    /// Wraps a page's HTML as `lol_html` rewrote it with glossary terms marked (a `<button>`
    /// written by a template around text that was already HTML text). Only `glossary::mark` calls it.
    pub(in crate::content) fn from_glossary_marks(html: String) -> Self {
        PageHtml(html)
    }

    /// Wraps a page's HTML as `lol_html` rewrote it for the printable plan (ids, links and
    /// heading levels changed; nothing new written as text). Only `plan::document` calls it.
    pub(in crate::content) fn from_rewritten(html: String) -> Self {
        PageHtml(html)
    }

    /// The HTML as written.
    pub fn as_str(&self) -> &str {
        &self.0
    }

    /// Adds `part` at the end.
    pub fn push(&mut self, part: impl Render) {
        part.render_to(&mut self.0);
    }

    /// Puts `part` before everything (a table of contents, say).
    pub fn prepend(&mut self, part: impl Render) {
        let mut html = part.render();
        if html.0.is_empty() {
            return;
        }
        html.0.push_str(&self.0);
        self.0 = html.0;
    }

    /// Where the section under the level-2 heading with the id `section` is: from the heading's
    /// start to the end of its section (the next level-2 heading or the footnotes), and where
    /// the heading's opening tag ends.
    fn section(&self, section: &str) -> Option<(usize, usize)> {
        const OPENING: &str = "<h2 id=\"";
        let html = self.0.as_str();
        let start = html
            .match_indices(OPENING)
            .map(|(at, _)| at)
            .find(|&at| html[at + OPENING.len()..].strip_prefix(section).is_some_and(|rest| rest.starts_with("\">")))?;
        let after = start + OPENING.len() + section.len() + 2;
        let end = ["<h2 ", "<div class=\"footnote-definition\""]
            .iter()
            .filter_map(|marker| html[after..].find(marker).map(|at| after + at))
            .min()
            .unwrap_or(html.len());
        Some((start, end))
    }

    /// Puts `part` at the end of the section under the level-2 heading `section` (see
    /// [`Self::section`]); `false` if there is no such section.
    pub fn insert_at_section_end(&mut self, section: &str, part: impl Render) -> bool {
        let Some((_, end)) = self.section(section) else { return false };
        self.0.insert_str(end, &part.render().0);
        true
    }

    /// The HTML of the section under the level-2 heading `section`, without its heading (see
    /// [`Self::section`]), to show the same words elsewhere; `None` if there is no such section.
    pub fn section_content(&self, section: &str) -> Option<PageHtml> {
        let (start, end) = self.section(section)?;
        let after_heading = self.0[start..end].find("</h2>").map(|at| start + at + "</h2>".len())?;
        Some(PageHtml(self.0[after_heading..end].trim().to_string()))
    }

    /// Takes away the section under the level-2 heading `section`, heading included; `false` if
    /// there is no such section.
    pub fn remove_section(&mut self, section: &str) -> bool {
        let Some((start, end)) = self.section(section) else { return false };
        self.0.replace_range(start..end, "");
        true
    }
}

impl From<Markup> for PageHtml {
    fn from(markup: Markup) -> Self {
        PageHtml(markup.into_string())
    }
}

impl From<MarkdownHtml> for PageHtml {
    fn from(html: MarkdownHtml) -> Self {
        PageHtml(html.0)
    }
}

/// Reading a page's HTML as text is free (searching it, measuring it); only making it is typed.
impl std::ops::Deref for PageHtml {
    type Target = str;

    fn deref(&self) -> &str {
        &self.0
    }
}

impl std::fmt::Display for PageHtml {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(&self.0)
    }
}

impl PartialEq<PageHtml> for String {
    fn eq(&self, other: &PageHtml) -> bool {
        *self == other.0
    }
}

impl Render for PageHtml {
    fn render_to(&self, buffer: &mut String) {
        buffer.push_str(&self.0);
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn text_and_attributes_are_escaped_once_and_links_are_recorded() {
        let mut body = BodyWriter::new("/b/");
        let heading = body.heading(2, "a", "<一>");
        let link = body.page("cities/izu");
        let url = "https://example.com/?a=1&b=2'";
        let markup = html! { (heading) a href=(link) { "x" } a href=(href(url)) title="\"q\"" { "&" } };
        let out = body.finish(markup);
        assert_eq!(
            out.html.into_string(),
            r#"<h2 id="a">&lt;一&gt;</h2><a href="/b/cities/izu/">x</a><a href="https://example.com/?a=1&amp;b=2'" title="&quot;q&quot;">&amp;</a>"#
        );
        assert_eq!(out.headings[0].text, "<一>");
        assert_eq!(out.links[0].page_id, "cities/izu");
    }
}
