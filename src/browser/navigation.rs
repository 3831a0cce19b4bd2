//! What a client-side navigation owes the reader: a new tab title and focus on the new heading,
//! as a full page load would give. The first page shown (the hydrated one) keeps focus where it is.

use std::sync::atomic::{AtomicUsize, Ordering};

use leptos::html::H1;
use leptos::prelude::*;
use leptos_router::hooks::use_location;
use leptos_router::location::{BrowserUrl, LocationProvider};

static PAGES_SHOWN: AtomicUsize = AtomicUsize::new(0);

/// Lets each client-side navigation finish (the address bar and history are updated).
/// leptos_router's `<Routes>` does this once a route is ready; this site has no route
/// table (pages are data), so the page view confirms every change of path itself.
pub fn confirm_navigations() {
    let location = use_location();
    let Some(provider) = use_context::<BrowserUrl>() else { return };
    Effect::new(move |_| {
        location.pathname.track();
        location.search.track(); // a link to the same page with another query (a filtered list)
        provider.ready_to_complete();
    });
}

/// Called when a page view is mounted: after the first, sets the title and moves focus.
pub fn page_shown(title: Option<&str>, heading: NodeRef<H1>) {
    if PAGES_SHOWN.fetch_add(1, Ordering::Relaxed) == 0 {
        return;
    }
    let Some(document) = web_sys::window().and_then(|window| window.document()) else {
        return;
    };
    document.set_title(&crate::components::document_title(title));
    if let Some(heading) = heading.get_untracked() {
        let _ = heading.focus();
    }
}

/// Loads `path` from the host as a whole document (for URLs the site has no page for).
pub fn load_in_full(path: &str) {
    if let Some(window) = web_sys::window() {
        let _ = window.location().assign(path);
    }
}

/// After a fetched body arrives, brings the `#anchor` of the URL into view.
pub fn scroll_to_location_hash() {
    let Some(window) = web_sys::window() else {
        return;
    };
    let Ok(hash) = window.location().hash() else {
        return;
    };
    let Some(id) = hash.strip_prefix('#').filter(|id| !id.is_empty()) else {
        return;
    };
    let id = js_sys_decode(id);
    if let Some(element) = window.document().and_then(|document| document.get_element_by_id(&id)) {
        element.scroll_into_view();
    }
}

fn js_sys_decode(id: &str) -> String {
    web_sys::js_sys::decode_uri_component(id)
        .ok()
        .and_then(|decoded| decoded.as_string())
        .unwrap_or_else(|| id.to_string())
}
