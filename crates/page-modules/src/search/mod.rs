//! The browser side of search. The search page's form, status, result list and 五十音 index
//! are prerendered; this module reads `?q=…&city=…&kind=…` when the page is shown, fetches the
//! index files the query needs from the same site (`index`), ranks with the pure core
//! (`tsunagu_search`) and writes the results (`results`). Split by job: `form` (the page's
//! fields), `index` and `results`.
//!
//! It is the whole of the search page's WASM (`src/bin/search.rs`, no Leptos): [`start`]
//! attaches the listeners once and runs the search the address names. Elsewhere the header's
//! search box is a plain GET form, so a search from another page is a whole page load of
//! `search/?q=…`, with or without the app. On the search page a new query (the page's form, its
//! filters or the header's box) is run here and replaces the current history entry's address:
//! the address can be shared or reloaded, Back returns to the page the search began from, and
//! the history never holds more than one query, which the quick exit then replaces. The query
//! is never stored and goes nowhere but the address bar.

mod form;
mod index;
mod results;

use std::cell::Cell;

use wasm_bindgen::closure::Closure;
use wasm_bindgen::JsCast;
use web_sys::{Document, Event, EventTarget};

use crate::dom::{after_this_task, document, replace_address, set_hidden, target};
use tsunagu_search::markup;
use tsunagu_search::query::SearchState;

thread_local! {
    /// Set by the quick exit: no address is written after it.
    static LEFT: Cell<bool> = const { Cell::new(false) };
    /// Counts searches, so a slow one never paints over a newer one.
    static GENERATION: Cell<u64> = const { Cell::new(0) };
}

/// The page's own search form.
const FORM_ID: &str = "search-form";
/// The header's search box's form.
const HEADER_FORM_ID: &str = "header-search";
/// The quick exit link.
const EXIT_ID: &str = "search-exit";
/// The result list, which records the search it is for in [`FOR_ATTR`].
const RESULTS_ID: &str = "search-results";
/// On the result list: the query (as in the address) of the search started for it, so that
/// showing the page again for the same address does not search again.
const FOR_ATTR: &str = "data-for";

/// A listener to attach: where, to which event, and what it calls.
type Handler<'t> = (&'t EventTarget, &'static str, fn(Event));

/// Starts search on the search page: attaches its listeners for the page's lifetime, runs the
/// search the address names and marks the page ready (`data-hydrated`, as the app does), so a
/// reader (or a test) knows the search answers.
pub fn start() {
    let (Some(document), Some(window)) = (document(), web_sys::window()) else { return };
    if document.get_element_by_id(markup::ROOT_ID).is_none() {
        return;
    }
    let (page, window): (EventTarget, EventTarget) = (document.clone().into(), window.into());
    let handlers: [Handler; 4] = [
        (&page, "submit", on_submit),
        (&page, "change", on_change),
        (&page, "click", on_click),
        // Back or Forward to an entry of this page (an anchor of the 五十音 index, say).
        (&window, "popstate", |_| body_shown()),
    ];
    for (target, name, handler) in handlers {
        let listener = Closure::<dyn Fn(Event)>::new(handler);
        let _ = target.add_event_listener_with_callback(name, listener.as_ref().unchecked_ref());
        listener.forget(); // lives as long as the page
    }
    body_shown();
    if let Some(root) = document.document_element() {
        let _ = root.set_attribute("data-hydrated", "true");
    }
}

/// A search submitted from the page's form or the header's box: run here, not loaded.
fn on_submit(event: Event) {
    let Some(form) = target(&event) else { return };
    if form.id() != FORM_ID && form.id() != HEADER_FORM_ID {
        return;
    }
    let Some(document) = document() else { return };
    event.prevent_default();
    let mut state = form::read(&document);
    if form.id() == HEADER_FORM_ID {
        state.q = form::header_query(&document);
    }
    search_and_show(&document, &form.get_attribute("action").unwrap_or_default(), state);
}

/// A filter changed: the search runs again with it.
fn on_change(event: Event) {
    let Some(element) = target(&event) else { return };
    if element.id() != form::CITY_ID && element.id() != form::KIND_ID {
        return;
    }
    let Some(document) = document() else { return };
    let action = document.get_element_by_id(FORM_ID).and_then(|form| form.get_attribute("action"));
    search_and_show(&document, &action.unwrap_or_default(), form::read(&document));
}

fn on_click(event: Event) {
    let Some(element) = target(&event) else { return };
    let selector = format!("#{EXIT_ID}");
    if let Some(link) = element.closest(&selector).ok().flatten() {
        event.prevent_default();
        quick_exit(link.get_attribute("href"));
    }
}

/// Runs the search for `state` and puts it in the address (`{action}?q=…`), replacing this
/// history entry.
fn search_and_show(document: &Document, action: &str, state: SearchState) {
    let address = (action.starts_with('/') && !action.starts_with("//") && !LEFT.with(Cell::get))
        .then(|| format!("{action}{}", state.to_query()));
    run(document, &state, address);
}

/// Writes `address` in a task of its own, after the results (Chromium takes milliseconds over a
/// `replaceState`, which the reader would otherwise wait for before the results), unless the
/// reader has left by then or a newer search (or Back or Forward) has come.
fn write_address_later(address: Option<String>, generation: u64) {
    let Some(address) = address else { return };
    after_this_task(move || {
        if !LEFT.with(Cell::get) && GENERATION.with(Cell::get) == generation {
            replace_address(&address);
        }
    });
}

/// Leaves for a neutral site at once: the search is cleared and this history entry replaced by
/// the bare page, so Back finds no query.
fn quick_exit(exit: Option<String>) {
    LEFT.with(|left| left.set(true));
    if let Some(document) = document() {
        form::clear(&document);
        for id in [RESULTS_ID, "search-status"] {
            if let Some(element) = document.get_element_by_id(id) {
                element.set_text_content(None);
            }
        }
    }
    let Some(window) = web_sys::window() else { return };
    replace_address(&crate::dom::pathname());
    let _ = window.location().replace(exit.as_deref().unwrap_or("about:blank"));
}

/// Runs the search in the address when the page is shown (load, Back or Forward), unless the
/// result list is for it already.
fn body_shown() {
    let Some(document) = document() else { return };
    let state = SearchState::from_query(&crate::dom::search());
    let started = document.get_element_by_id(RESULTS_ID).and_then(|results| results.get_attribute(FOR_ATTR));
    if started.as_deref() == Some(state.to_query().as_str()) {
        return;
    }
    run(&document, &state, None);
}

/// Shows the search page for `state`: the form, and the results once found; then writes
/// `address`, if any, into the address bar.
fn run(document: &Document, state: &SearchState, address: Option<String>) {
    let Some(root) = document.get_element_by_id(markup::ROOT_ID) else { return };
    if let Some(results) = document.get_element_by_id(RESULTS_ID) {
        let _ = results.set_attribute(FOR_ATTR, &state.to_query());
    }
    let state = state.clone();
    form::write(document, &state);
    set_hidden(document, "search-needs-js", true);
    let generation = GENERATION.with(|counter| {
        counter.set(counter.get() + 1);
        counter.get()
    });
    set_hidden(document, "search-az", !state.q.is_empty());
    let Some(folder) =
        root.get_attribute(markup::INDEX_ATTR).filter(|folder| folder.starts_with('/') && !folder.starts_with("//"))
    else {
        return write_address_later(address, generation);
    };
    if state.q.is_empty() {
        results::clear(document);
        results::set_busy(document, false);
        index::prefetch_manifest(folder);
        return write_address_later(address, generation);
    }
    // The results' place is kept until they are written (see the stylesheet): the page below
    // does not jump.
    results::set_busy(document, true);
    wasm_bindgen_futures::spawn_local(async move {
        let found = index::search(&folder, &state).await;
        if GENERATION.with(Cell::get) != generation {
            return; // a newer search has started
        }
        if let Some(page) = crate::dom::document() {
            results::set_busy(&page, false);
            match found {
                Ok(found) => results::show(&page, &state, &found),
                Err(()) => results::failed(&page),
            }
        }
        write_address_later(address, generation);
    });
}
