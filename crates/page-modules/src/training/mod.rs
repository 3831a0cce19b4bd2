//! The browser side of the staff course, the whole of its own small WASM (`src/bin/training.rs`,
//! no Leptos): every training page is finished HTML that works as it is; this only checks
//! self-checks and cases and keeps the learner's record on the device (`store`). Split by job:
//! `quiz` (scores a self-check), `case` (compares a learner's choice with the guide's), `record`
//! (the progress page and its controls) and `events` (one set of delegated listeners for all of
//! them). Every id and attribute it reads is named in `tsunagu_training::markup`.

mod case;
mod events;
mod quiz;
mod record;
mod store;

use tsunagu_training::markup;

use crate::dom::{self, document};

/// Starts the course on a training page: attaches the listeners for the page's lifetime, brings
/// the page's training parts up to date with the stored record, and marks the page ready
/// (`data-hydrated`, as the app does), so a reader (or a test) knows the controls answer.
pub fn start() {
    let Some(document) = document() else { return };
    let has_training = dom::query(
        &document,
        &format!(
            "[{}],[{}],[{}],#{}",
            markup::QUIZ_ATTR,
            markup::CASE_ATTR,
            markup::MODULE_DONE_ATTR,
            markup::PROGRESS_ROOT_ID
        ),
    )
    .is_some();
    if !has_training {
        return;
    }
    events::attach();
    record::show_module_done(&document);
    record::show_record(&document);
    if let Some(root) = document.document_element() {
        let _ = root.set_attribute("data-hydrated", "true");
    }
}

/// Today's date on the device, YYYY-MM-DD.
fn today() -> String {
    let now = web_sys::js_sys::Date::new_0();
    format!("{:04}-{:02}-{:02}", now.get_full_year(), now.get_month() + 1, now.get_date())
}
