//! The browser side of search. The search page's form, status, result list and 五十音 index
//! are prerendered; this module reads `?q=…&city=…&kind=…` whenever the page is shown, fetches
//! the index files the query needs from the same site (`index`), ranks with the pure core and
//! writes the results (`results`). Submitting the page's form or the header's search box moves
//! to the new address through the router, so Back and Forward work and a search can be shared.
//! The query is never stored and goes nowhere but the address bar.

mod index;
mod results;

use std::cell::RefCell;
use std::rc::Rc;

use leptos_router::NavigateOptions;
use wasm_bindgen::closure::Closure;
use wasm_bindgen::JsCast;
use web_sys::{Document, Event, HtmlInputElement, HtmlSelectElement};

use crate::browser::dom::{document, set_hidden, target};
use crate::search::format::RecordKind;
use crate::search::query::SearchState;

/// The id of the search page's root, which carries the index folder's address.
pub const ROOT_ID: &str = "search-app";

type Navigate = Rc<dyn Fn(&str, NavigateOptions)>;

thread_local! {
    static NAVIGATE: RefCell<Option<Navigate>> = const { RefCell::new(None) };
    /// Set by the quick exit: no address is written after it.
    static LEFT: RefCell<bool> = const { RefCell::new(false) };
    /// Counts searches, so a slow one never paints over a newer one.
    static GENERATION: RefCell<u64> = const { RefCell::new(0) };
}

/// Keeps the router's `navigate` (called by each page view as it is made).
pub fn keep_navigate(navigate: impl Fn(&str, NavigateOptions) + 'static) {
    NAVIGATE.with(|slot| *slot.borrow_mut() = Some(Rc::new(navigate)));
}

/// Listens, once for the session, for the search forms (the header's and the page's), the
/// page's filters and its quick exit.
pub fn listen() {
    let Some(page) = document() else { return };
    let on_submit = Closure::<dyn Fn(Event)>::new(|event: Event| {
        let Some(form) = target(&event) else { return };
        if form.id() != "search-form" && form.id() != "header-search" {
            return;
        }
        event.prevent_default();
        let Some(document) = document() else { return };
        let mut state = read_form(&document);
        if form.id() == "header-search" {
            let input =
                document.get_element_by_id("header-search-q").and_then(|e| e.dyn_into::<HtmlInputElement>().ok());
            state = SearchState { q: input.map(|input| input.value()).unwrap_or_default(), ..state };
            state.q = state.q.trim().chars().take(crate::search::format::MAX_QUERY_CHARS).collect();
        }
        // From another page a search is a new history entry (Back returns to that page); on the
        // search page a new query replaces the last, so the history never holds more than one
        // query and a quick exit, which replaces the current entry, leaves none behind.
        let on_search_page = document.get_element_by_id("search-app").is_some();
        let action = form.get_attribute("action").unwrap_or_default();
        if on_search_page {
            search_then_go(&document, &action, state);
        } else {
            go(&action, &state, false);
        }
    });
    let on_change = Closure::<dyn Fn(Event)>::new(|event: Event| {
        let Some(element) = target(&event) else { return };
        if element.id() != "search-city" && element.id() != "search-kind" {
            return;
        }
        let Some(document) = document() else { return };
        let action = document.get_element_by_id("search-form").and_then(|form| form.get_attribute("action"));
        search_then_go(&document, &action.unwrap_or_default(), read_form(&document));
    });
    let on_click = Closure::<dyn Fn(Event)>::new(|event: Event| {
        let Some(element) = target(&event) else { return };
        if element.closest("#search-exit").ok().flatten().is_some() {
            event.prevent_default();
            quick_exit(&element.closest("#search-exit").ok().flatten().and_then(|link| link.get_attribute("href")));
        }
    });
    for (name, listener) in [("submit", on_submit), ("change", on_change), ("click", on_click)] {
        let _ = page.add_event_listener_with_callback(name, listener.as_ref().unchecked_ref());
        listener.forget(); // lives as long as the page
    }
}

/// On the search page: starts the search now, and moves the address (a replaced history entry)
/// once the frame after it is painted. The router's move costs several milliseconds, which the
/// results no longer wait for; `body_shown`, called when it is done, finds this search under
/// way and leaves it be.
fn search_then_go(document: &Document, action: &str, state: SearchState) {
    run(document, &state);
    let action = action.to_string();
    leptos::prelude::request_animation_frame(move || {
        leptos::prelude::set_timeout(move || go(&action, &state, true), std::time::Duration::ZERO);
    });
}

/// Goes to the search page for `state` (replacing this history entry if `replace`).
fn go(action: &str, state: &SearchState, replace: bool) {
    if !action.starts_with('/') || action.starts_with("//") || LEFT.with(|left| *left.borrow()) {
        return;
    }
    let address = format!("{action}{}", state.to_query());
    let navigate = NAVIGATE.with(|slot| slot.borrow().clone());
    match navigate {
        // The address is whole (base included), so the router must not resolve it again.
        Some(navigate) => navigate(&address, NavigateOptions { replace, resolve: false, ..NavigateOptions::default() }),
        None => crate::browser::navigation::load_in_full(&address),
    }
}

/// Leaves for a neutral site at once: the search is cleared and this history entry replaced.
fn quick_exit(exit: &Option<String>) {
    LEFT.with(|left| *left.borrow_mut() = true);
    if let Some(document) = document() {
        if let Some(input) = document.get_element_by_id("search-q").and_then(|e| e.dyn_into::<HtmlInputElement>().ok())
        {
            input.set_value("");
        }
        if let Some(input) =
            document.get_element_by_id("header-search-q").and_then(|e| e.dyn_into::<HtmlInputElement>().ok())
        {
            input.set_value("");
        }
        for id in ["search-results", "search-status"] {
            if let Some(element) = document.get_element_by_id(id) {
                element.set_text_content(None);
            }
        }
    }
    let Some(window) = web_sys::window() else { return };
    let path = window.location().pathname().unwrap_or_default();
    if let Ok(history) = window.history() {
        let _ = history.replace_state_with_url(&wasm_bindgen::JsValue::NULL, "", Some(&path));
    }
    let _ = window.location().replace(exit.as_deref().unwrap_or("about:blank"));
}

fn select(document: &Document, id: &str) -> Option<HtmlSelectElement> {
    document.get_element_by_id(id)?.dyn_into().ok()
}

fn read_form(document: &Document) -> SearchState {
    let q = document
        .get_element_by_id("search-q")
        .and_then(|e| e.dyn_into::<HtmlInputElement>().ok())
        .map(|input| input.value())
        .unwrap_or_default();
    let value = |id: &str| select(document, id).map(|s| s.value()).filter(|value| !value.is_empty());
    SearchState {
        q: q.trim().chars().take(crate::search::format::MAX_QUERY_CHARS).collect(),
        city: value("search-city"),
        kind: value("search-kind").and_then(|id| RecordKind::from_id(&id)),
    }
}

fn write_form(document: &Document, state: &SearchState) {
    if let Some(input) = document.get_element_by_id("search-q").and_then(|e| e.dyn_into::<HtmlInputElement>().ok()) {
        if input.value() != state.q {
            input.set_value(&state.q);
        }
    }
    if let Some(city) = select(document, "search-city") {
        city.set_value(state.city.as_deref().unwrap_or(""));
    }
    if let Some(kind) = select(document, "search-kind") {
        kind.set_value(state.kind.map_or("", RecordKind::id));
    }
}

/// Runs the search in the address whenever the search page is shown (load, navigation, Back),
/// unless the page's own form has started it already.
pub fn body_shown() {
    let Some(document) = document() else { return };
    let search = web_sys::window().and_then(|window| window.location().search().ok()).unwrap_or_default();
    let state = SearchState::from_query(&search);
    let started = document.get_element_by_id(RESULTS_ID).and_then(|results| results.get_attribute(FOR_ATTR));
    if started.as_deref() == Some(state.to_query().as_str()) {
        return;
    }
    run(&document, &state);
}

/// The result list, which records the search it is for in [`FOR_ATTR`].
const RESULTS_ID: &str = "search-results";
/// On the result list: the query (as in the address) of the search started for it. A page
/// drawn afresh (Back to it from another page) has none, and searches again.
const FOR_ATTR: &str = "data-for";

/// Shows the search page for `state`: the form, and the results once found.
fn run(document: &Document, state: &SearchState) {
    let Some(root) = document.get_element_by_id(ROOT_ID) else { return };
    if let Some(results) = document.get_element_by_id(RESULTS_ID) {
        let _ = results.set_attribute(FOR_ATTR, &state.to_query());
    }
    let state = state.clone();
    write_form(document, &state);
    set_hidden(document, "search-needs-js", true);
    let generation = GENERATION.with(|counter| {
        *counter.borrow_mut() += 1;
        *counter.borrow()
    });
    set_hidden(document, "search-az", !state.q.is_empty());
    let Some(folder) =
        root.get_attribute("data-index").filter(|folder| folder.starts_with('/') && !folder.starts_with("//"))
    else {
        return;
    };
    if state.q.is_empty() {
        results::clear(document);
        results::set_busy(document, false);
        index::prefetch_manifest(folder);
        return;
    }
    // The results' place is kept until they are written (see the stylesheet), as it was
    // before the app started: the page below does not jump.
    results::set_busy(document, true);
    leptos::task::spawn_local(async move {
        let found = index::search(&folder, &state).await;
        if GENERATION.with(|counter| *counter.borrow()) != generation {
            return; // a newer search has started
        }
        if let Some(page) = crate::browser::dom::document() {
            results::set_busy(&page, false);
            match found {
                Ok(found) => results::show(&page, &state, &found),
                Err(()) => results::failed(&page),
            }
        }
    });
}
