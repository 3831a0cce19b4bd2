//! The search page's fields (the words, the city and the kind) and the header's box: read into
//! a [`SearchState`], written from one, and cleared by the quick exit.

use wasm_bindgen::JsCast;
use web_sys::{Document, HtmlSelectElement};

use crate::dom::input;
use tsunagu_search::format::{RecordKind, MAX_QUERY_CHARS};
use tsunagu_search::query::SearchState;

/// The page's box for the words.
const QUERY_ID: &str = "search-q";
/// The header's box for the words.
const HEADER_QUERY_ID: &str = "header-search-q";
/// The city filter.
pub const CITY_ID: &str = "search-city";
/// The kind filter.
pub const KIND_ID: &str = "search-kind";

fn select(document: &Document, id: &str) -> Option<HtmlSelectElement> {
    document.get_element_by_id(id)?.dyn_into().ok()
}

/// Words as searched: trimmed and bounded.
fn bounded(words: &str) -> String {
    words.trim().chars().take(MAX_QUERY_CHARS).collect()
}

/// The search the page's form describes.
pub fn read(document: &Document) -> SearchState {
    let q = input(document, QUERY_ID).map(|input| input.value()).unwrap_or_default();
    let value = |id: &str| select(document, id).map(|s| s.value()).filter(|value| !value.is_empty());
    SearchState { q: bounded(&q), city: value(CITY_ID), kind: value(KIND_ID).and_then(|id| RecordKind::from_id(&id)) }
}

/// The words in the header's box.
pub fn header_query(document: &Document) -> String {
    bounded(&input(document, HEADER_QUERY_ID).map(|input| input.value()).unwrap_or_default())
}

/// Shows `state` in the page's form.
pub fn write(document: &Document, state: &SearchState) {
    if let Some(input) = input(document, QUERY_ID) {
        if input.value() != state.q {
            input.set_value(&state.q);
        }
    }
    if let Some(city) = select(document, CITY_ID) {
        city.set_value(state.city.as_deref().unwrap_or(""));
    }
    if let Some(kind) = select(document, KIND_ID) {
        kind.set_value(state.kind.map_or("", RecordKind::id));
    }
}

/// Empties both boxes.
pub fn clear(document: &Document) {
    for id in [QUERY_ID, HEADER_QUERY_ID] {
        if let Some(input) = input(document, id) {
            input.set_value("");
        }
    }
}
