//! The status the start script shows while a press waits for a WASM, or when the WASM failed to
//! come: prerendered with both lines hidden, in the page's words, so the script carries none.

use crate::content::html::{html, Markup};
use crate::i18n::text;
use crate::site::Edition;

/// The id of the app's status, the last element of every page's body (after the app's own
/// markup, which hydration does not reach): the start script finds it by this id.
pub const APP_STATUS_ID: &str = "load-status";

/// A live region (`role="status"`, announced politely) holding one hidden line per state,
/// each named by `data-when`: `loading` (a press waits for the WASM) and `failed` (it did not
/// come; press again). The start script unhides at most one (see `START_APP`); with
/// JavaScript off, or while nothing waits, the region is empty and takes no room.
pub fn load_status(edition: Edition, id: Option<&str>) -> Markup {
    html! {
        p class="load-status" id=[id] role="status" data-load-status {
            span data-when="loading" hidden { (text(edition, "start-loading")) }
            span data-when="failed" hidden { (text(edition, "start-failed")) }
        }
    }
}
