//! The guide's events: clicks on guide links and buttons, answers submitted, options and
//! settings changed, Back and Forward. Delegated listeners on the document, attached once when
//! the guide starts ([`attach`]) and kept as long as the page.

use wasm_bindgen::closure::Closure;
use wasm_bindgen::{JsCast, JsValue};
use web_sys::{Document, Event, EventTarget, HtmlInputElement};

use super::exit::{on_key, quick_exit};
use super::paint::{inputs_of, show, show_error, show_problem, update_count};
use super::resume::{forget_walk, say_forgotten, store_walk, stored_walk};
use super::state::{self, current_place, page_flow, with_state};
use crate::dom::{self, document, pathname, target};
use tsunagu_guide::markup::{self, fill};
use tsunagu_guide::steps::{self, Place};
use tsunagu_guide::{Answer, Flow, QuestionKind};

/// A listener to attach: where, to which event, and what it calls.
type Handler<'t> = (&'t EventTarget, &'static str, fn(Event));

/// Attaches the guide's listeners for the page's lifetime.
pub fn attach() {
    let (Some(document), Some(window)) = (document(), web_sys::window()) else { return };
    let (document, window): (EventTarget, EventTarget) = (document.into(), window.into());
    let handlers: [Handler; 6] = [
        (&document, "click", on_click),
        (&document, "submit", on_submit),
        (&document, "change", on_change),
        (&document, "keydown", on_key),
        (&document, "keyup", on_key),
        // Back and Forward: the screen the address names is painted, and takes focus.
        (&window, "popstate", |_| {
            with_state(|state| state.focus_next = true);
            super::body_shown();
        }),
    ];
    for (target, name, handler) in handlers {
        let listener = Closure::<dyn Fn(Event)>::new(handler);
        let _ = target.add_event_listener_with_callback(name, listener.as_ref().unchecked_ref());
        listener.forget();
    }
}

/// The answer ticked on a question's form, if it is a whole one.
fn read_answer(document: &Document, flow: &Flow, question: &str) -> Option<Answer> {
    let kind = flow.question(question)?.kind;
    let chosen: Vec<String> =
        inputs_of(document, question).iter().filter(|input| input.checked()).map(|input| input.value()).collect();
    let answer = match chosen.as_slice() {
        [] => return None,
        [only] if only == tsunagu_guide::query::UNKNOWN => Answer::Unknown,
        [_, _, ..] if kind == QuestionKind::Single => return None,
        _ => Answer::Chose(chosen),
    };
    tsunagu_guide::engine::check_answer(flow.question(question)?, &answer).ok().map(|_| answer)
}

fn on_submit(event: Event) {
    let form_selector = format!("form.{}", markup::FORM_CLASS);
    let Some(form) = target(&event).and_then(|element| element.closest(&form_selector).ok().flatten()) else {
        return;
    };
    event.prevent_default();
    let (Some(document), Some(question)) = (document(), form.get_attribute(markup::QUESTION_ATTR)) else { return };
    let Some(flow) = page_flow(&document) else { return };
    let Some(answer) = read_answer(&document, &flow, &question) else {
        show_error(&document, &question, true);
        dom::focus(&document, &markup::question_error_id(&question));
        let wording = state::wording(&document);
        let marked = fill(&wording.error_title, &[("title", &document.title())]);
        // Marked once: a second empty submit keeps the title as it is.
        let prefix = wording.error_title.split("{title}").next().unwrap_or_default();
        if !document.title().starts_with(prefix) || prefix.is_empty() {
            document.set_title(&marked);
        }
        return;
    };
    let place = current_place(&flow);
    let Some(asked) = flow.question(&question) else { return };
    match place.and_then(|place| steps::after_answer(&flow, &place, asked, answer)) {
        Ok(next) => go(&steps::query_of(&flow, &next)),
        Err(_) => show_problem(&document),
    }
}

fn on_change(event: Event) {
    let Some(element) = target(&event) else { return };
    let Some(document) = document() else { return };
    match element.id().as_str() {
        markup::SENSITIVE_ID => return set_sensitive(&document, dom::checked(&element)),
        markup::REMEMBER_ID => {
            if let Some(flow) = page_flow(&document) {
                if dom::checked(&element) {
                    store_walk(&flow, "");
                } else {
                    forget_walk(&flow);
                }
            }
            return;
        }
        _ => {}
    }
    let Some(form) = element.closest(&format!("form.{}", markup::FORM_CLASS)).ok().flatten() else { return };
    let Some(question) = form.get_attribute(markup::QUESTION_ATTR) else { return };
    // An exclusive option (「あてはまるものはない」「わからない」) stands alone.
    if let Some(changed) = element.dyn_ref::<HtmlInputElement>().filter(|input| input.checked()) {
        let exclusive = changed.has_attribute(markup::EXCLUSIVE_ATTR);
        for input in inputs_of(&document, &question) {
            if input.type_() == "checkbox"
                && input.value() != changed.value()
                && (exclusive || input.has_attribute(markup::EXCLUSIVE_ATTR))
            {
                input.set_checked(false);
            }
        }
        show_error(&document, &question, false);
    }
    let Some(flow) = page_flow(&document) else { return };
    if let Ok(place) = current_place(&flow) {
        let ticked = read_answer(&document, &flow, &question);
        update_count(&document, &flow, &place, &question, ticked.as_ref());
    }
}

fn on_click(event: Event) {
    let Some(element) = target(&event) else { return };
    let Some(document) = document() else { return };
    if state::root(&document).is_none() {
        return;
    }
    if element.closest(&format!("#{}", markup::EXIT_LINK_ID)).ok().flatten().is_some() {
        event.prevent_default();
        return quick_exit();
    }
    match element.id().as_str() {
        markup::PRINT_ID => {
            if let Some(window) = web_sys::window() {
                let _ = window.print();
            }
            return;
        }
        markup::FORGET_ID => {
            if let Some(flow) = page_flow(&document) {
                forget_walk(&flow);
                show(&document, &flow, &Place::default());
                // The button is gone: say what happened where focus lands.
                say_forgotten(&document);
            }
            return;
        }
        _ => {}
    }
    let Some(link) = element.closest(&format!("a[{}]", markup::LINK_ATTR)).ok().flatten() else { return };
    let modified = event.dyn_ref::<web_sys::MouseEvent>().is_some_and(|mouse| {
        mouse.button() != 0 || mouse.ctrl_key() || mouse.meta_key() || mouse.shift_key() || mouse.alt_key()
    });
    if modified && !state::sensitive() {
        return; // a new tab or window: the browser opens the link's address itself
    }
    event.prevent_default();
    if link.id() == markup::START_ID {
        // A new walk (the next person at a shared counter, say) starts with nothing ticked.
        with_state(|state| state.kept = tsunagu_guide::Answers::new());
    }
    if link.id() == markup::RESTART_ID {
        // Start again forgets the answers kept for the browser's Back too.
        with_state(|state| state.kept = tsunagu_guide::Answers::new());
        // Start again: a stored walk (if the reader keeps one) starts again too.
        if let Some(flow) = page_flow(&document) {
            if stored_walk(&flow).is_some() {
                store_walk(&flow, "");
            }
        }
    }
    // A link drawn by `set_link` carries its query; a prerendered one (はじめる) has it in `href`.
    let query = link.get_attribute(markup::QUERY_ATTR).unwrap_or_else(|| {
        let href = link.get_attribute("href").unwrap_or_default();
        href.find('?').map(|start| href[start..].to_string()).unwrap_or_default()
    });
    go(&query);
}

/// Turns the sensitive mode on or off. Turning it on forgets any stored walk and takes the
/// answers out of the address; the walk goes on from memory.
fn set_sensitive(document: &Document, on: bool) {
    let Some(flow) = page_flow(document) else { return };
    let place = current_place(&flow).unwrap_or_default();
    with_state(|state| {
        state.sensitive = on;
        state.place = place.clone();
    });
    if on {
        forget_walk(&flow);
        dom::replace_address(&pathname());
    } else {
        // The address follows the screen again, even where Back in the sensitive mode reached an
        // older address whose answers the screen no longer shows.
        dom::replace_address(&format!("{}{}", pathname(), steps::query_of(&flow, &place)));
    }
    show(document, &flow, &place);
}

/// Goes to the place a guide link or answer leads: a new history entry, or in the sensitive
/// mode only a new screen.
pub fn go(query: &str) {
    let Some(document) = document() else { return };
    let Some(flow) = page_flow(&document) else { return };
    let sensitive = with_state(|state| {
        state.focus_next = true;
        state.sensitive
    });
    if sensitive {
        match steps::place_from_query(&flow, query) {
            Ok(place) => {
                with_state(|state| state.place = place.clone());
                show(&document, &flow, &place);
            }
            Err(_) => show_problem(&document),
        }
        return;
    }
    // A new history entry, then the screen it names: Back and Forward come back to it.
    let url = format!("{}{query}", pathname());
    match web_sys::window().map(|window| window.history()) {
        Some(Ok(history)) if history.push_state_with_url(&JsValue::NULL, "", Some(&url)).is_ok() => {
            super::body_shown();
        }
        _ => {
            if let Some(window) = web_sys::window() {
                let _ = window.location().assign(&url);
            }
        }
    }
}
