//! The quick exit: a link, or Shift pressed three times on its own, leaves for a neutral site
//! at once and forgets the walk (memory, storage and this history entry).

use wasm_bindgen::JsCast;
use web_sys::{Event, KeyboardEvent};

use super::resume::forget_walk;
use super::state::{self, page_flow, with_state, GuideState};
use crate::dom::{self, document, pathname};
use tsunagu_guide::markup;

/// Shift presses this close together (ms) count towards the quick exit.
const SHIFT_WINDOW_MS: f64 = 1500.0;

/// Shift pressed three times on its own within a moment leaves at once. Shift held with
/// another key (Shift+Tab, capitals) does not count, and any other key starts the count again.
pub fn on_key(event: Event) {
    let Some(key) = event.dyn_ref::<KeyboardEvent>() else { return };
    if document().and_then(|document| state::root(&document)).is_none() {
        return;
    }
    let shift = key.key() == "Shift";
    let now = web_sys::js_sys::Date::now();
    let presses = with_state(|state| {
        match (event.type_().as_str(), shift) {
            ("keydown", true) if !key.repeat() => state.shift_combined = false,
            ("keydown", false) => {
                state.shift_combined = true;
                state.shifts.clear();
            }
            ("keyup", true) if !state.shift_combined => {
                state.shifts.retain(|&time| now - time < SHIFT_WINDOW_MS);
                state.shifts.push(now);
            }
            _ => {}
        }
        state.shifts.len()
    });
    if presses >= 3 {
        quick_exit();
    }
}

/// Leaves for a neutral site at once, forgetting the walk: memory, storage and this history entry.
pub fn quick_exit() {
    let Some(document) = document() else { return };
    let exit = state::root(&document).and_then(|root| root.get_attribute(markup::EXIT_ATTR));
    if let Some(flow) = page_flow(&document) {
        forget_walk(&flow);
    }
    with_state(|state| *state = GuideState::default());
    dom::set_hidden_all(&document, &format!(".{}", markup::SCREEN_CLASS), true);
    let Some(window) = web_sys::window() else { return };
    dom::replace_address(&pathname());
    let _ = window.location().replace(&exit.unwrap_or_else(|| "about:blank".to_string()));
}
