//! The printable whole plan of a city (`/cities/<city>/plan/`), made from the plan's compiled
//! pages, not from a second copy of their text: a cover (city, title, period, revisions), the
//! contents, then every plan page as a numbered chapter. Each chapter's HTML is rewritten with
//! `lol_html`: its ids get the chapter's prefix (so footnotes stay per chapter and no id repeats),
//! links between plan pages become links within the document, and its headings move one level
//! down and are numbered.

use std::collections::HashMap;

use lol_html::html_content::{ContentType, Element};
use lol_html::{element, rewrite_str, RewriteStrSettings};

use crate::content::error::ContentError;
use crate::content::html::{html, Markup, PageHtml};
use crate::content::outline::Heading;
use crate::content::page::{CompiledPage, PageKind};
use crate::content::plan::timeline::Timeline;
use crate::content::plan::timeline_facts;
use crate::content::site_config::City;
use crate::site::page_url;

/// Attributes that name other elements by id, each a space-separated list.
const ID_REFERENCES: [&str; 4] = ["aria-labelledby", "aria-describedby", "aria-controls", "for"];

/// One plan page in the document, with its number.
struct Chapter<'a> {
    number: usize,
    page: &'a CompiledPage,
}

impl Chapter<'_> {
    /// The anchor of the chapter's heading, and the prefix of every id inside it.
    fn anchor(&self) -> String {
        chapter_anchor(self.number)
    }

    /// The numbers of its level-2 and level-3 headings, by their ids in the page: `2.1`, `2.1.3`.
    fn heading_numbers(&self) -> HashMap<&str, String> {
        let (mut section, mut subsection) = (0, 0);
        let mut numbers = HashMap::new();
        for heading in &self.page.headings {
            match heading.level {
                2 => {
                    (section, subsection) = (section + 1, 0);
                    numbers.insert(heading.id.as_str(), format!("{}.{section}", self.number));
                }
                3 if section > 0 => {
                    subsection += 1;
                    numbers.insert(heading.id.as_str(), format!("{}.{section}.{subsection}", self.number));
                }
                _ => {}
            }
        }
        numbers
    }
}

/// The anchor of chapter `number`'s heading, and the prefix of every id inside it.
fn chapter_anchor(number: usize) -> String {
    format!("chapter-{number}")
}

/// The plan's pages in reading order: the city's page, then its Markdown pages and its
/// indicators (not its windows or guides, which the portal makes from the plan's tables), as the city's page lists its children (`order`, then title).
pub fn plan_pages<'a>(pages: &[&'a CompiledPage], city: &str) -> Vec<&'a CompiledPage> {
    let city_page_id = format!("cities/{city}");
    let mut children: Vec<&CompiledPage> = pages
        .iter()
        .copied()
        .filter(|page| page.parent.as_deref() == Some(city_page_id.as_str()))
        .filter(|page| match page.kind {
            // A Markdown page of the plan; the guides' list is an article made from the flows.
            PageKind::Article => page.source.ends_with(".md"),
            PageKind::Indicators => true,
            _ => false,
        })
        .collect();
    children.sort_by(|a, b| (a.front.order, &a.front.title).cmp(&(b.front.order, &b.front.title)));
    pages.iter().copied().filter(|page| page.id == city_page_id).chain(children).collect()
}

/// The id of a city's printable plan.
pub fn document_id(city: &str) -> String {
    format!("cities/{city}/plan")
}

/// The body of the printable plan of `city` from its `plan` pages (see [`plan_pages`]; the
/// first is the city's page).
pub fn document_body(city: &City, plan: &[&CompiledPage], base: &str) -> Result<Markup, ContentError> {
    let Some(city_page) = plan.first() else { return Ok(html! {}) };
    let chapters: Vec<Chapter> = plan.iter().enumerate().map(|(at, page)| Chapter { number: at + 1, page }).collect();
    let targets: HashMap<String, &Chapter> =
        chapters.iter().map(|chapter| (page_url(base, &chapter.page.id), chapter)).collect();
    let mut bodies = Vec::new();
    for chapter in &chapters {
        let rewritten = rewrite_chapter(chapter, &targets).map_err(|error| {
            ContentError::in_file(
                &chapter.page.source,
                format!("this page could not be put into the printable plan: {error}"),
                "Report this as a bug in tsunagu: the page's HTML is made by tsunagu itself.",
            )
        })?;
        bodies.push(rewritten);
    }
    Ok(html! {
        section class="plan-cover" aria-labelledby="plan-cover-title" {
            p class="plan-cover__city" { (city.prefecture) (city.name) }
            p class="plan-cover__title" id="plan-cover-title" { (city_page.front.title) }
            (timeline_facts(&Timeline::of(&city_page.front)))
            p class="plan-cover__note" {
                "このページは、この計画の各ページを一つにまとめたものです。ブラウザの印刷機能で、A4 に印刷できます。"
            }
        }
        nav class="plan-contents" aria-labelledby="plan-contents-title" {
            h2 id="plan-contents-title" { "目次" }
            ol class="plain-list" {
                @for chapter in &chapters { (contents_entry(chapter)) }
            }
        }
        @for (chapter, body) in chapters.iter().zip(&bodies) {
            section class="plan-chapter" aria-labelledby=(chapter.anchor()) {
                h2 id=(chapter.anchor()) class="plan-chapter__title" {
                    span class="plan-number" { (chapter.number) } " " (chapter.page.front.title)
                }
                (body)
            }
        }
    })
}

/// A chapter's line in the contents, with its numbered sections.
fn contents_entry(chapter: &Chapter) -> Markup {
    let numbers = chapter.heading_numbers();
    let sections: Vec<(&Heading, &String)> = chapter
        .page
        .headings
        .iter()
        .filter(|heading| heading.level == 2)
        .filter_map(|heading| numbers.get(heading.id.as_str()).map(|number| (heading, number)))
        .collect();
    html! {
        li {
            a href={ "#" (chapter.anchor()) } { span class="plan-number" { (chapter.number) } " " (chapter.page.front.title) }
            @if !sections.is_empty() {
                ol class="plain-list plan-contents__sections" {
                    @for (heading, number) in sections {
                        li { a href={ "#" (chapter.anchor()) "-" (heading.id) } { span class="plan-number" { (number) } " " (heading.text) } }
                    }
                }
            }
        }
    }
}

/// A chapter's HTML with its ids prefixed, its links to plan pages made in-document, and its
/// headings one level down and numbered.
fn rewrite_chapter(chapter: &Chapter, targets: &HashMap<String, &Chapter>) -> Result<PageHtml, String> {
    let numbers = chapter.heading_numbers();
    let rewritten = rewrite_str(
        chapter.page.html.as_str(),
        RewriteStrSettings::new().append_element_content_handler(element!("*", |element| {
            rewrite_element(element, chapter.number, &numbers, targets)?;
            Ok(())
        })),
    )
    .map_err(|error| error.to_string())?;
    Ok(PageHtml::from_rewritten(rewritten))
}

/// Rewrites one element of a chapter (see [`rewrite_chapter`]).
fn rewrite_element(
    element: &mut Element,
    chapter: usize,
    numbers: &HashMap<&str, String>,
    targets: &HashMap<String, &Chapter>,
) -> Result<(), Box<dyn std::error::Error + Send + Sync>> {
    let prefix = chapter_anchor(chapter);
    let prefix = prefix.as_str();
    // A named region (a scrolling table) says its chapter: the same label in two chapters
    // would make two landmarks of one name.
    if let Some(label) = element.get_attribute("aria-label").filter(|_| element.get_attribute("role").is_some()) {
        element.set_attribute("aria-label", &format!("{chapter}章 {label}"))?;
    }
    let original_id = element.get_attribute("id");
    if let Some(id) = &original_id {
        element.set_attribute("id", &format!("{prefix}-{id}"))?;
    }
    for attribute in ID_REFERENCES {
        if let Some(ids) = element.get_attribute(attribute) {
            let prefixed: Vec<String> = ids.split_whitespace().map(|id| format!("{prefix}-{id}")).collect();
            element.set_attribute(attribute, &prefixed.join(" "))?;
        }
    }
    if element.tag_name() == "a" {
        if let Some(href) = element.get_attribute("href") {
            if let Some(local) = in_document_href(&href, prefix, targets) {
                element.set_attribute("href", &local)?;
            }
        }
    }
    let level = match element.tag_name().as_str() {
        "h2" => 2,
        "h3" => 3,
        "h4" => 4,
        "h5" => 5,
        _ => return Ok(()),
    };
    element.set_tag_name(&format!("h{}", level + 1))?;
    if let Some(number) = original_id.as_deref().and_then(|id| numbers.get(id)) {
        let label = html! { span class="plan-number" { (number) } " " };
        element.prepend(&label.into_string(), ContentType::Html);
    }
    Ok(())
}

/// Where a link in a chapter goes in the document: `#x` on the same page stays in the chapter,
/// a plan page's address goes to its chapter (or the heading in it); other links are left.
fn in_document_href(href: &str, prefix: &str, targets: &HashMap<String, &Chapter>) -> Option<String> {
    if let Some(anchor) = href.strip_prefix('#') {
        return Some(format!("#{prefix}-{anchor}"));
    }
    let (page, anchor) = href.split_once('#').map_or((href, None), |(page, anchor)| (page, Some(anchor)));
    let chapter = targets.get(page)?;
    Some(match anchor {
        Some(anchor) => format!("#{}-{anchor}", chapter.anchor()),
        None => format!("#{}", chapter.anchor()),
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn links_to_plan_pages_become_anchors_and_others_stay() {
        let page = CompiledPage {
            id: "cities/x/a".into(),
            source: "a.md".into(),
            front: crate::content::page::GeneratedFront {
                title: "A".into(),
                summary: "s".into(),
                scope: "x".into(),
                department: "d".into(),
                reviewed: "2026-01-01".parse().unwrap(),
                legal_basis: Vec::new(),
                order: 0,
            }
            .into(),
            html: PageHtml::default(),
            headings: Vec::new(),
            parent: None,
            kind: PageKind::Article,
        };
        let chapter = Chapter { number: 2, page: &page };
        let targets = HashMap::from([("/cities/x/a/".to_string(), &chapter)]);
        assert_eq!(in_document_href("#fn1", "chapter-1", &targets).as_deref(), Some("#chapter-1-fn1"));
        assert_eq!(in_document_href("/cities/x/a/", "chapter-1", &targets).as_deref(), Some("#chapter-2"));
        assert_eq!(in_document_href("/cities/x/a/#b", "chapter-1", &targets).as_deref(), Some("#chapter-2-b"));
        assert_eq!(in_document_href("/glossary/#t", "chapter-1", &targets), None);
    }
}
