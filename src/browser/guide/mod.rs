//! The browser side of the guide. Every screen is prerendered HTML in the page body; this module
//! reads the flow's structure and wording from the guide's root, works out the screen from the
//! address (or, in the sensitive mode, from memory) and paints the plan `guide::plan` gives for
//! it. Split by job: `state` (the flow and the sensitive mode), `events` (the listeners, and
//! going to a place), `links` (a link's address), `paint` (a plan applied to the page), `resume`
//! (the stored walk) and `exit` (the quick exit). Every id and attribute it reads is named in
//! `guide::markup`.
//!
//! The listeners live as long as the page view showing a guide: attached when a guide is shown,
//! removed when that view is cleaned up (another page is shown), so a guide visited again never
//! has two sets.

mod events;
mod exit;
mod links;
mod paint;
mod resume;
mod state;

use std::cell::RefCell;
use std::rc::Rc;

use leptos::prelude::on_cleanup;
use leptos_router::NavigateOptions;

use crate::browser::dom::document;
pub use resume::RESUME_KEY;

thread_local! {
    /// The listeners of the guide on the page, while one is shown.
    static LISTENERS: RefCell<Option<events::Listeners>> = const { RefCell::new(None) };
}

/// Called by each page view as it is made (inside its reactive owner): keeps the router's
/// `navigate`, and removes the guide's listeners when the view is cleaned up.
pub fn keep_navigate(navigate: impl Fn(&str, NavigateOptions) + 'static) {
    state::keep_navigate(Rc::new(navigate));
    on_cleanup(|| {
        // Taken out first, then dropped (which removes them), outside the borrow.
        let listeners = LISTENERS.with(|slot| slot.borrow_mut().take());
        drop(listeners);
        // Answers kept for Back belong to this page's walk: another guide starts with none.
        state::with_state(|state| state.kept = crate::guide::Answers::new());
    });
}

/// Shows the screen for the current address whenever a guide page is shown: on load, after a
/// navigation, and on Back or Forward. Attaches the guide's listeners if they are not yet.
pub fn body_shown() {
    let Some(document) = document() else { return };
    // Another page keeps the state: a sensitive walk goes on after a look at a window's page.
    if state::root(&document).is_none() {
        return;
    }
    LISTENERS.with(|slot| {
        let mut slot = slot.borrow_mut();
        if slot.is_none() {
            *slot = events::Listeners::attach();
        }
    });
    let Some(flow) = state::page_flow(&document) else {
        paint::show_problem(&document);
        return;
    };
    match state::current_place(&flow) {
        Ok(place) => paint::show(&document, &flow, &place),
        Err(_) => paint::show_problem(&document),
    }
}
