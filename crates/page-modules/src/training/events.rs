//! One set of delegated listeners on the document for every training page (submit, click,
//! change), attached once as the course's WASM starts and kept for the page's life: each
//! handler acts only on the training form or control the event came from.

use wasm_bindgen::closure::Closure;
use wasm_bindgen::JsCast;
use web_sys::Event;

use super::{case, quiz, record};
use crate::dom::{document, target};
use tsunagu_training::markup;

/// An event name and its handler.
type Handler = (&'static str, fn(Event));

/// Attaches the listeners (once: the course's WASM starts once per page load).
pub fn attach() {
    let Some(document) = document() else { return };
    let handlers: [Handler; 3] = [("submit", on_submit), ("click", on_click), ("change", on_change)];
    for (name, handler) in handlers {
        let listener = Closure::<dyn Fn(Event)>::new(handler);
        let _ = document.add_event_listener_with_callback(name, listener.as_ref().unchecked_ref());
        // Kept for the page's life: going to another page is a whole page load.
        listener.forget();
    }
}

fn on_submit(event: Event) {
    let Some(form) = target(&event) else { return };
    if form.has_attribute(markup::QUIZ_ATTR) {
        event.prevent_default();
        quiz::check(&form);
    } else if form.has_attribute(markup::CASE_ATTR) {
        event.prevent_default();
        case::compare(&form);
    } else if form.has_attribute(markup::MODULE_DONE_ATTR) {
        event.prevent_default();
        record::mark_module_done(&form);
    }
}

fn on_click(event: Event) {
    let Some(element) = target(&event) else { return };
    match element.id().as_str() {
        markup::EXPORT_ID => record::export(),
        markup::CLEAR_ID => record::clear(),
        markup::PRINT_ID => {
            if let Some(window) = web_sys::window() {
                let _ = window.print();
            }
        }
        _ => {}
    }
}

fn on_change(event: Event) {
    let Some(element) = target(&event) else { return };
    if element.id() == markup::IMPORT_ID {
        record::import(element);
    }
}
