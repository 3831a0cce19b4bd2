//! Writes what a search found into the prerendered page: the count (in the status region, so
//! screen readers hear it), the results grouped by page — the page, each section's heading as
//! a link to its anchor, and a snippet with the matches in `<mark>` — or, when nothing was
//! found, the other ways to look and nearby words. Text goes in as text, never as HTML.

use web_sys::{Document, Element};

use super::index::Found;
use crate::dom::{query, set_hidden, set_text};
use crate::words::word_with;
use tsunagu_search::markup::{self, words};
use tsunagu_search::query::SearchState;
use tsunagu_search::rank::group_by_page;

fn make(document: &Document, tag: &str, class: &str, text: Option<&str>) -> Option<Element> {
    let element = document.create_element(tag).ok()?;
    if !class.is_empty() {
        element.set_class_name(class);
    }
    if let Some(text) = text {
        element.set_text_content(Some(text));
    }
    Some(element)
}

/// The site's base path, which the root carries: results' links start with it.
fn base(document: &Document) -> String {
    document
        .get_element_by_id(markup::ROOT_ID)
        .and_then(|root| root.get_attribute(markup::BASE_ATTR))
        .filter(|base| base.starts_with('/') && !base.starts_with("//"))
        .unwrap_or_else(|| "/".to_string())
}

/// Empties the results and the status.
pub fn clear(document: &Document) {
    if let Some(results) = document.get_element_by_id("search-results") {
        results.set_text_content(None);
    }
    if let Some(status) = document.get_element_by_id("search-status") {
        set_text(&status, "");
    }
    set_hidden(document, "search-empty", true);
}

/// Marks the result list as being written (`aria-busy`), or written.
pub fn set_busy(document: &Document, busy: bool) {
    if let Some(results) = document.get_element_by_id("search-results") {
        let _ = if busy { results.set_attribute("aria-busy", "true") } else { results.remove_attribute("aria-busy") };
    }
}

/// The word `attribute` of the search page's root, filled in (empty if the page lacks it).
fn said(document: &Document, attribute: &str, values: &[(&str, &str)]) -> String {
    document.get_element_by_id(markup::ROOT_ID).map(|root| word_with(&root, attribute, values)).unwrap_or_default()
}

/// A kind of result in words: the text of its option in the form's kind list.
fn kind_words(document: &Document, id: &str) -> String {
    query(document, &format!("#search-kind option[value=\"{id}\"]"))
        .and_then(|option| option.text_content())
        .unwrap_or_default()
}

/// Says the index could not be read.
pub fn failed(document: &Document) {
    clear(document);
    if let Some(status) = document.get_element_by_id("search-status") {
        set_text(&status, &said(document, words::FAILED, &[]));
    }
    set_hidden(document, "search-az", false);
}

/// Shows what was found for `state`.
pub fn show(document: &Document, state: &SearchState, found: &Found) {
    clear(document);
    let Some(results) = document.get_element_by_id("search-results") else { return };
    let groups = group_by_page(found.shown.iter().map(|(record, snippet)| (record, snippet)));
    let (total, shown) = (found.total.to_string(), found.shown.len().to_string());
    let values = [("query", state.q.as_str()), ("total", &total), ("shown", &shown)];
    let message = if found.total == 0 {
        said(document, words::NONE, &values)
    } else if found.total > found.shown.len() {
        said(document, words::SOME, &values)
    } else {
        said(document, words::ALL, &values)
    };
    if let Some(status) = document.get_element_by_id("search-status") {
        set_text(&status, &message);
    }
    if found.total == 0 {
        show_nearby(document, state, &found.nearby);
        return;
    }
    let base = base(document);
    let city_name = |id: &str| found.cities.iter().find(|(city, _)| city == id).map(|(_, name)| name.clone());
    for (first, members) in groups {
        let Some(section) = make(document, "section", "search-result", None) else { continue };
        let Some(heading) = make(document, "h2", "search-result__page", None) else { continue };
        if let Some(link) = make(document, "a", "", Some(&first.page)) {
            let _ = link.set_attribute("href", &format!("{base}{}", first.path));
            let _ = heading.append_child(&link);
        }
        let kind = kind_words(document, first.kind.id());
        let label = match city_name(&first.city) {
            Some(city) => said(document, words::KIND_CITY, &[("kind", &kind), ("city", &city)]),
            None => kind,
        };
        if let Some(kind) = make(document, "span", "search-result__kind", Some(&label)) {
            let _ = heading.append_child(&kind);
        }
        let _ = section.append_child(&heading);
        let Some(list) = make(document, "ul", "search-result__sections", None) else { continue };
        for (record, snippet) in members {
            let Some(item) = make(document, "li", "", None) else { continue };
            if !record.heading.is_empty() {
                let anchor = if record.anchor.is_empty() { String::new() } else { format!("#{}", record.anchor) };
                if let Some(link) = make(document, "a", "search-result__heading", Some(&record.heading)) {
                    let _ = link.set_attribute("href", &format!("{base}{}{anchor}", record.path));
                    let _ = item.append_child(&link);
                }
            }
            if let Some(paragraph) = make(document, "p", "search-result__snippet", None) {
                for (text, marked) in snippet.iter() {
                    let piece = if *marked {
                        make(document, "mark", "", Some(text))
                    } else {
                        make(document, "span", "", Some(text))
                    };
                    if let Some(piece) = piece {
                        let _ = paragraph.append_child(&piece);
                    }
                }
                let _ = item.append_child(&paragraph);
            }
            let _ = list.append_child(&item);
        }
        let _ = section.append_child(&list);
        let _ = results.append_child(&section);
    }
}

/// The other ways to look, and links that search for nearby words.
fn show_nearby(document: &Document, state: &SearchState, nearby: &[String]) {
    set_hidden(document, "search-empty", false);
    set_hidden(document, "search-nearby-wrap", nearby.is_empty());
    let Some(holder) = document.get_element_by_id("search-nearby") else { return };
    holder.set_text_content(None);
    let action =
        document.get_element_by_id("search-form").and_then(|form| form.get_attribute("action")).unwrap_or_default();
    for (position, word) in nearby.iter().enumerate() {
        if position > 0 {
            if let Some(separator) = make(document, "span", "", Some(&said(document, words::SEPARATOR, &[]))) {
                let _ = holder.append_child(&separator);
            }
        }
        let query = SearchState { q: word.clone(), ..state.clone() }.to_query();
        if let Some(link) = make(document, "a", "", Some(word)) {
            let _ = link.set_attribute("href", &format!("{action}{query}"));
            let _ = holder.append_child(&link);
        }
    }
}
