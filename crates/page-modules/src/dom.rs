//! Small DOM helpers the browser side shares: finding elements, showing and hiding them
//! (touching only what changes), and the address's path and query.

use wasm_bindgen::JsCast;
use web_sys::{Document, Element, Event, HtmlElement, HtmlInputElement};

/// The page's document.
pub fn document() -> Option<Document> {
    web_sys::window()?.document()
}

/// The element an event happened on.
pub fn target(event: &Event) -> Option<Element> {
    event.target()?.dyn_into::<Element>().ok()
}

/// The first element matching a selector.
pub fn query(document: &Document, selector: &str) -> Option<Element> {
    document.query_selector(selector).ok().flatten()
}

/// Every element matching a selector (under `root`).
pub fn query_all(root: &impl AsRef<web_sys::Node>, selector: &str) -> Vec<Element> {
    let nodes = match root.as_ref().dyn_ref::<Element>() {
        Some(element) => element.query_selector_all(selector),
        None => match root.as_ref().dyn_ref::<Document>() {
            Some(document) => document.query_selector_all(selector),
            None => return Vec::new(),
        },
    };
    let Ok(nodes) = nodes else { return Vec::new() };
    (0..nodes.length()).filter_map(|index| nodes.item(index)).filter_map(|node| node.dyn_into().ok()).collect()
}

/// Shows or hides an element (touching it only if that changes).
pub fn set_element_hidden(element: &Element, hidden: bool) {
    if element.has_attribute("hidden") != hidden {
        let _ = element.toggle_attribute_with_force("hidden", hidden);
    }
}

/// Shows or hides the element with this id.
pub fn set_hidden(document: &Document, id: &str, hidden: bool) {
    if let Some(element) = document.get_element_by_id(id) {
        set_element_hidden(&element, hidden);
    }
}

/// Shows or hides every element matching a selector.
pub fn set_hidden_all(document: &Document, selector: &str, hidden: bool) {
    for element in query_all(document, selector) {
        set_element_hidden(&element, hidden);
    }
}

/// Writes an element's text (touching it only if that changes).
pub fn set_text(element: &Element, text: &str) {
    if element.text_content().as_deref() != Some(text) {
        element.set_text_content(Some(text));
    }
}

/// The text of the element with this id.
pub fn text_of(document: &Document, id: &str) -> String {
    document.get_element_by_id(id).and_then(|element| element.text_content()).unwrap_or_default()
}

/// Moves focus to the element with this id.
pub fn focus(document: &Document, id: &str) {
    if let Some(element) = document.get_element_by_id(id).and_then(|e| e.dyn_into::<HtmlElement>().ok()) {
        let _ = element.focus();
    }
}

/// The input with this id.
pub fn input(document: &Document, id: &str) -> Option<HtmlInputElement> {
    document.get_element_by_id(id)?.dyn_into().ok()
}

/// Ticks or unticks the input with this id.
pub fn set_checked(document: &Document, id: &str, value: bool) {
    if let Some(input) = input(document, id) {
        input.set_checked(value);
    }
}

/// Whether an element is a ticked input.
pub fn checked(element: &Element) -> bool {
    element.dyn_ref::<HtmlInputElement>().is_some_and(HtmlInputElement::checked)
}

/// The address's query (with its `?`, or empty).
pub fn search() -> String {
    web_sys::window().and_then(|window| window.location().search().ok()).unwrap_or_default()
}

/// The address's path.
pub fn pathname() -> String {
    web_sys::window().and_then(|window| window.location().pathname().ok()).unwrap_or_default()
}

/// Runs `work` in a task of its own, after this one (and whatever it started) is done: for work
/// the reader need not wait for.
pub fn after_this_task(work: impl FnOnce() + 'static) {
    if let Some(window) = web_sys::window() {
        let work = wasm_bindgen::closure::Closure::once_into_js(work);
        let _ = window.set_timeout_with_callback(work.unchecked_ref());
    }
}

/// Replaces the current history entry's address (no new entry, nothing loaded).
pub fn replace_address(url: &str) {
    if let Some(history) = web_sys::window().and_then(|window| window.history().ok()) {
        let _ = history.replace_state_with_url(&wasm_bindgen::JsValue::NULL, "", Some(url));
    }
}
