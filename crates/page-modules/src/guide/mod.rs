//! The browser side of the guide. Every screen is prerendered HTML in the page body; this module
//! reads the flow's structure and wording from the guide's root, works out the screen from the
//! address (or, in the sensitive mode, from memory) and paints the plan `guide::plan` gives for
//! it. Split by job: `state` (the flow and the sensitive mode), `events` (the listeners, and
//! going to a place), `links` (a link's address), `paint` (a plan applied to the page), `resume`
//! (the stored walk) and `exit` (the quick exit). Every id and attribute it reads is named in
//! `guide::markup`.
//!
//! It is the whole of the guide's WASM (`src/bin/guide.rs`, no Leptos): [`start`] attaches the
//! listeners once and paints the screen the address names. A step is a new history entry made
//! here (`events::go`), and Back or Forward paint the screen their address names.

mod events;
mod exit;
mod links;
mod paint;
mod resume;
mod state;

use crate::dom::document;
pub use resume::RESUME_KEY;

/// Starts the guide on a page that has one: attaches its listeners for the page's lifetime,
/// paints the screen the address names, and marks the page ready (`data-hydrated`, as the app
/// does), so a reader (or a test) knows the guide answers.
pub fn start() {
    let Some(document) = document() else { return };
    if state::root(&document).is_none() {
        return;
    }
    state::keep_title_suffix(&document);
    // Kept for the page's lifetime: the page is the guide's, and a step never leaves it.
    events::attach();
    body_shown();
    if let Some(root) = document.document_element() {
        let _ = root.set_attribute("data-hydrated", "true");
    }
}

/// Shows the screen for the current address: on load, after a step, and on Back or Forward.
fn body_shown() {
    let Some(document) = document() else { return };
    let Some(flow) = state::page_flow(&document) else {
        paint::show_problem(&document);
        return;
    };
    match state::current_place(&flow) {
        Ok(place) => paint::show(&document, &flow, &place),
        Err(_) => paint::show_problem(&document),
    }
}
