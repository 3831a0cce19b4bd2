//! The browser side of the staff course, behind one entry, [`body_shown`]: every training page
//! is finished HTML that works as it is; this only checks self-checks and cases and keeps the
//! learner's record on the device (`store`). Split by job: `quiz` (scores a self-check), `case`
//! (compares a learner's choice with the guide's), `record` (the progress page and its
//! controls) and `events` (one set of delegated listeners for all of them).

mod case;
mod events;
mod quiz;
mod record;
mod store;

use crate::browser::dom::{self, document};
use crate::training::markup;

/// Called whenever a page body is shown (on load and after every navigation): attaches the
/// listeners once, then brings the page's training parts up to date with the stored record.
pub fn body_shown() {
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
    events::attach_once();
    record::show_module_done(&document);
    record::show_record(&document);
}

/// Today's date on the device, YYYY-MM-DD.
fn today() -> String {
    let now = web_sys::js_sys::Date::new_0();
    format!("{:04}-{:02}-{:02}", now.get_full_year(), now.get_month() + 1, now.get_date())
}
