//! The browser side of the window directory's filter. The form and the list are prerendered
//! HTML inside the page body; this module reads the choice from the URL query when a
//! directory is shown, writes it back on every change (replacing the history entry), and shows
//! or hides the list items by their `data-*` attributes. One delegated listener serves every
//! directory page, so no Leptos view (and little WASM) is needed for it.

use wasm_bindgen::closure::Closure;
use wasm_bindgen::JsCast;
use web_sys::{Document, Element, Event, HtmlSelectElement};

use crate::directory_filter::{count_line, words, CountLine, FilterState, ListedWindow};
use crate::taxonomy::Audience;

/// The form's select elements: (element id, query key).
const FIELDS: [&str; 4] = ["filter-for", "filter-programme", "filter-city", "filter-area"];

/// Listens for changes to any directory's filter form, once for the whole session.
pub fn listen() {
    let Some(page) = document() else { return };
    let on_change = Closure::<dyn Fn(Event)>::new(|event: Event| {
        if in_filter_form(&event) {
            if let Some(document) = document() {
                let state = read_form(&document);
                show(&document, &state, true);
            }
        }
    });
    let on_click = Closure::<dyn Fn(Event)>::new(|event: Event| {
        let target = event.target().and_then(|target| target.dyn_into::<Element>().ok());
        if target.is_some_and(|element| element.id() == "filter-clear") {
            if let Some(document) = document() {
                let state = FilterState::default();
                write_form(&document, &state);
                show(&document, &state, true);
            }
        }
    });
    let on_submit = Closure::<dyn Fn(Event)>::new(|event: Event| {
        if in_filter_form(&event) {
            event.prevent_default();
        }
    });
    for (name, listener) in [("change", on_change), ("click", on_click), ("submit", on_submit)] {
        let _ = page.add_event_listener_with_callback(name, listener.as_ref().unchecked_ref());
        listener.forget(); // lives as long as the page
    }
}

/// Applies the URL's filter whenever a page is shown: on first load, after a navigation (a
/// fetched or a cached body), and when only the query changed (Back, or a link to the same
/// list with another filter).
pub fn body_shown() {
    let Some(document) = document() else { return };
    if document.get_element_by_id("window-filters").is_none() {
        return;
    }
    let search = web_sys::window().and_then(|window| window.location().search().ok()).unwrap_or_default();
    let state =
        FilterState::from_query(&search, &options_of(&document, "filter-city"), &options_of(&document, "filter-area"));
    write_form(&document, &state);
    // An unusable query (a stale or hostile link) is tidied out of the address bar.
    show(&document, &state, state.to_query() != search && !search.is_empty());
}

fn document() -> Option<Document> {
    web_sys::window()?.document()
}

fn in_filter_form(event: &Event) -> bool {
    event
        .target()
        .and_then(|target| target.dyn_into::<Element>().ok())
        .and_then(|element| element.closest("#window-filters").ok().flatten())
        .is_some()
}

fn select(document: &Document, id: &str) -> Option<HtmlSelectElement> {
    document.get_element_by_id(id)?.dyn_into().ok()
}

/// The values a select offers (its options but “any”): what a query may name.
fn options_of(document: &Document, id: &str) -> Vec<String> {
    let Some(select) = select(document, id) else { return Vec::new() };
    let options = select.options();
    (0..options.length())
        .filter_map(|index| options.item(index))
        .filter_map(|option| option.get_attribute("value"))
        .filter(|value| !value.is_empty())
        .collect()
}

fn read_form(document: &Document) -> FilterState {
    let value = |id: &str| select(document, id).map(|s| s.value()).filter(|value| !value.is_empty());
    FilterState {
        audience: value(FIELDS[0]).and_then(|id| Audience::from_id(&id)),
        programme: value(FIELDS[1]).and_then(|number| number.parse().ok()),
        city: value(FIELDS[2]),
        area: value(FIELDS[3]),
    }
}

fn write_form(document: &Document, state: &FilterState) {
    let programme = state.programme.map(|number| number.to_string());
    let values = [state.audience.map(Audience::id), programme.as_deref(), state.city.as_deref(), state.area.as_deref()];
    for (id, value) in FIELDS.iter().zip(values) {
        if let Some(select) = select(document, id) {
            select.set_value(value.unwrap_or(""));
        }
    }
}

/// Shows the matching items, updates the count and, if asked, the address bar.
fn show(document: &Document, state: &FilterState, update_url: bool) {
    let Ok(items) = document.query_selector_all("#window-list > li") else { return };
    let mut shown = 0;
    for index in 0..items.length() {
        let Some(item) = items.item(index).and_then(|node| node.dyn_into::<Element>().ok()) else { continue };
        let attribute = |name: &str| item.get_attribute(name).unwrap_or_default();
        let (city, audiences, programmes, areas) = (
            attribute("data-city"),
            attribute("data-audiences"),
            attribute("data-programmes"),
            attribute("data-areas"),
        );
        let visible =
            state.matches(&ListedWindow { city: &city, audiences: &audiences, programmes: &programmes, areas: &areas });
        shown += usize::from(visible);
        if item.has_attribute("hidden") == visible {
            let _ = item.toggle_attribute_with_force("hidden", !visible);
        }
    }
    if let Some(empty) = document.get_element_by_id("window-list-empty") {
        if empty.has_attribute("hidden") != (shown != 0) {
            let _ = empty.toggle_attribute_with_force("hidden", shown != 0);
        }
    }
    if let Some(count) = document.get_element_by_id("filter-count") {
        let line = count_line(shown, items.length() as usize, &chosen_labels(document));
        let message =
            document.get_element_by_id("window-filters").map(|form| count_words(&form, &line)).unwrap_or_default();
        if count.text_content().as_deref() != Some(message.as_str()) {
            count.set_text_content(Some(&message));
        } else if update_url {
            // The same words again after a change: empty the live region, then say them on the
            // next frame, so a screen reader announces the result of this change too.
            count.set_text_content(Some(""));
            leptos::prelude::request_animation_frame(move || {
                if let Some(count) = document_element("filter-count") {
                    count.set_text_content(Some(&message));
                }
            });
        }
    }
    if update_url {
        replace_query(&state.to_query());
    }
}

/// The status line in the words the filter form carries (see `directory_filter::words`).
fn count_words(form: &Element, line: &CountLine) -> String {
    use tsunagu_page_modules::words::word_with;
    match line {
        CountLine::All { total } => word_with(form, words::ALL, &[("total", &total.to_string())]),
        CountLine::Filtered { conditions, total, shown } => {
            let chosen: String =
                conditions.iter().map(|label| word_with(form, words::CONDITION, &[("label", label)])).collect();
            let (total, shown) = (total.to_string(), shown.to_string());
            word_with(form, words::FILTERED, &[("conditions", &chosen), ("total", &total), ("shown", &shown)])
        }
    }
}

/// The labels of the options chosen in the form, in field order.
fn chosen_labels(document: &Document) -> Vec<String> {
    FIELDS
        .iter()
        .filter_map(|id| select(document, id))
        .filter(|select| !select.value().is_empty())
        .filter_map(|select| select.selected_options().item(0).and_then(|option| option.text_content()))
        .collect()
}

fn document_element(id: &str) -> Option<Element> {
    document()?.get_element_by_id(id)
}

/// Puts the filter in the address bar without adding a history entry.
fn replace_query(query: &str) {
    let Some(window) = web_sys::window() else { return };
    let location = window.location();
    let (Ok(path), Ok(hash), Ok(search)) = (location.pathname(), location.hash(), location.search()) else { return };
    if search == query {
        return;
    }
    if let Ok(history) = window.history() {
        let _ = history.replace_state_with_url(&wasm_bindgen::JsValue::NULL, "", Some(&format!("{path}{query}{hash}")));
    }
}
