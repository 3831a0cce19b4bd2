//! One way to write HTML in the compiler: maud templates (`html!`), escaped by construction.
//! Text and attribute values in a template are escaped by maud; raw HTML enters a template only
//! through [`MarkdownHtml`], the Markdown renderer's output, the one door (grep for
//! `MarkdownHtml::from_renderer`). A generated page body is written with a [`BodyWriter`], which
//! records each section heading for the table of contents and each internal link for the link
//! checks as it writes them.

pub use maud::{html, Markup, Render};
use percent_encoding::{utf8_percent_encode, AsciiSet, CONTROLS};

use crate::content::markdown::{Heading, InternalLink};
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
#[derive(Debug, Clone, PartialEq, Default)]
pub struct GeneratedBody {
    /// The HTML.
    pub html: String,
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

    /// The base path, for addresses that are not pages (data files, assets).
    pub fn base(&self) -> &str {
        self.base
    }

    /// The finished body.
    pub fn finish(self, body: Markup) -> GeneratedBody {
        GeneratedBody { html: body.into_string(), headings: self.headings, links: self.links }
    }
}

// ---- Legacy string escapers: being replaced by templates; remove once nothing uses them. ----

use pulldown_cmark_escape::{escape_html, escape_html_body_text};

/// Legacy: content text for an element body.
pub fn text(value: &str) -> String {
    let mut out = String::with_capacity(value.len());
    let _ = escape_html_body_text(&mut out, value);
    out
}

/// Content text for a quoted attribute value.
pub fn attr(value: &str) -> String {
    let mut out = String::with_capacity(value.len());
    let _ = escape_html(&mut out, value);
    out
}

/// A URL for an `href`, percent-encoding what must be.
pub fn legacy_href(value: &str) -> String {
    let mut out = String::with_capacity(value.len());
    let _ = pulldown_cmark_escape::escape_href(&mut out, value);
    attr(&out)
}

/// A table in the focusable scroll region the Markdown renderer also uses, so wide tables
/// scroll on their own at 320 px and keyboard users can reach them.
pub fn scroll_table(label: &str, caption: &str, head: &[&str], rows: &[Vec<String>]) -> String {
    let mut out = format!(
        "<div class=\"table-scroll\" role=\"region\" tabindex=\"0\" aria-label=\"{}（横にスクロールできます）\"><table>",
        attr(label)
    );
    if !caption.is_empty() {
        out.push_str(&format!("<caption>{}</caption>", text(caption)));
    }
    out.push_str("<thead><tr>");
    for cell in head {
        out.push_str(&format!("<th scope=\"col\">{}</th>", text(cell)));
    }
    out.push_str("</tr></thead><tbody>");
    for row in rows {
        out.push_str("<tr>");
        for (index, cell) in row.iter().enumerate() {
            // Cells are already HTML; the first one names the row.
            if index == 0 {
                out.push_str(&format!("<th scope=\"row\">{cell}</th>"));
            } else {
                out.push_str(&format!("<td>{cell}</td>"));
            }
        }
        out.push_str("</tr>");
    }
    out.push_str("</tbody></table></div>");
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn text_and_attributes_are_escaped_once_and_links_are_recorded() {
        let mut body = BodyWriter::new("/b/");
        let heading = body.heading(2, "a", "<一>");
        let link = body.page("cities/izu");
        let url = "https://example.com/?a=1&b=2";
        let markup = html! { (heading) a href=(link) { "x" } a href=(href(url)) title="\"q\"" { "&" } };
        let out = body.finish(markup);
        assert_eq!(
            out.html,
            r#"<h2 id="a">&lt;一&gt;</h2><a href="/b/cities/izu/">x</a><a href="https://example.com/?a=1&amp;b=2" title="&quot;q&quot;">&amp;</a>"#
        );
        assert_eq!(out.headings[0].text, "<一>");
        assert_eq!(out.links[0].page_id, "cities/izu");
    }
}
