//! Writes what a search found into the prerendered page: the count (in the status region, so
//! screen readers hear it), the results grouped by page — the page, each section's heading as
//! a link to its anchor, and a snippet with the matches in `<mark>` — or, when nothing was
//! found, the other ways to look and nearby words. Text goes in as text, never as HTML.

use web_sys::{Document, Element};

use super::index::Found;
use crate::dom::{set_hidden, set_text};
use tsunagu_search::markup;
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

/// Says the index could not be read.
pub fn failed(document: &Document) {
    clear(document);
    if let Some(status) = document.get_element_by_id("search-status") {
        set_text(
            &status,
            "検索の準備ができませんでした。ページを読み込みなおすか、下の五十音さくいんから探してください。",
        );
    }
    set_hidden(document, "search-az", false);
}

/// Shows what was found for `state`.
pub fn show(document: &Document, state: &SearchState, found: &Found) {
    clear(document);
    let Some(results) = document.get_element_by_id("search-results") else { return };
    let groups = group_by_page(found.shown.iter().map(|(record, snippet)| (record, snippet)));
    let message = if found.total == 0 {
        format!("「{}」に合うものは見つかりませんでした。", state.q)
    } else if found.total > found.shown.len() {
        format!("「{}」の検索結果: {}件（よく合う{}件を表示）", state.q, found.total, found.shown.len())
    } else {
        format!("「{}」の検索結果: {}件", state.q, found.total)
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
        let label = match city_name(&first.city) {
            Some(city) => format!("{}・{city}", first.kind.label()),
            None => first.kind.label().to_string(),
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
            if let Some(separator) = make(document, "span", "", Some("、")) {
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
