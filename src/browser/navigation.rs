//! Client-side navigation: when the router's location names another page, show it (kept, or
//! fetched as a fragment), or let the host load addresses that are not pages. And what a
//! navigation owes the reader: a new tab title and focus on the new heading, as a full page load
//! would give. The first page shown (the hydrated one) keeps focus where it is.

use std::sync::atomic::{AtomicUsize, Ordering};

use leptos::html::H1;
use leptos::prelude::*;
use leptos_router::hooks::use_location;
use leptos_router::location::{BrowserUrl, LocationProvider};

use super::pages::{self, FetchProblem};
use crate::shell::{use_shell, Shown};
use crate::site::{page_id_for_path, page_url};

static PAGES_SHOWN: AtomicUsize = AtomicUsize::new(0);

/// Follows the router's location: shows the page it names once its data is at hand. Also lets
/// each navigation finish (leptos_router's `<Routes>` would; this site has no route table).
pub fn follow_location() {
    let location = use_location();
    let shell = use_shell();
    let provider = use_context::<BrowserUrl>();
    let base = shell.site.base.clone();
    let shown = shell.shown;
    Effect::new(move |previous: Option<()>| {
        let path = location.pathname.get();
        location.search.track(); // a link to the same page with another query (a filtered list)
        if let Some(provider) = &provider {
            provider.ready_to_complete();
        }
        if previous.is_none() {
            return; // the hydrated page is the one the document came with
        }
        // The router's search comes without its `?` (its hash keeps the `#`).
        let search = location.search.get_untracked();
        let query = if search.is_empty() { String::new() } else { format!("?{search}") };
        let address = format!("{path}{query}{}", location.hash.get_untracked());
        let Some(id) = page_id_for_path(&base, &path) else {
            load_in_full(&address);
            return;
        };
        if shown.with_untracked(|shown| shown.page().is_some_and(|page| page.id == id)) {
            return;
        }
        // A page with a module of its own (the guide, search, a course page) is not the app's to show or to leave.
        if page_module_shown() {
            load_in_full(&address);
            return;
        }
        if let Some((page, body)) = pages::cached(&id) {
            if has_page_module(&body) {
                load_in_full(&address);
            } else {
                shown.set(Shown::Page(page, body));
            }
            return;
        }
        let base = base.clone();
        leptos::task::spawn_local(async move {
            let result = pages::fetch(&base, &id).await;
            if location.pathname.get_untracked() != path {
                return; // the reader has moved on meanwhile
            }
            match result {
                Ok((_, body)) if has_page_module(&body) => load_in_full(&address),
                Ok((page, body)) => shown.set(Shown::Page(page, body)),
                Err(FetchProblem::NotAPage) => load_in_full(&address),
                Err(FetchProblem::Unreachable) => shown.set(Shown::Failed(page_url(&base, &id))),
            }
        });
    });
}

/// Whether a page body holds a page module (the guide, search, a course page): its own WASM runs it, so going to or
/// from such a page is a whole page load, never the app's navigation.
fn has_page_module(body: &str) -> bool {
    body.contains(crate::guide::markup::PAGE_MODULE_ATTR)
}

/// Whether the page now shown holds a page module.
fn page_module_shown() -> bool {
    let selector = format!("[{}]", crate::guide::markup::PAGE_MODULE_ATTR);
    super::dom::document().is_some_and(|document| super::dom::query(&document, &selector).is_some())
}

/// Called when a page view is mounted: after the first, sets the title, moves focus to the
/// heading and sets the document's `lang` (the next page may be in another language), then brings the address's `#anchor` into view if it has one.
pub fn page_shown(title: &str, lang: &str, heading: NodeRef<H1>) {
    if PAGES_SHOWN.fetch_add(1, Ordering::Relaxed) == 0 {
        return;
    }
    let Some(document) = web_sys::window().and_then(|window| window.document()) else {
        return;
    };
    document.set_title(title);
    if let Some(root) = document.document_element() {
        let _ = root.set_attribute("lang", lang);
    }
    if let Some(heading) = heading.get_untracked() {
        let _ = heading.focus();
    }
    scroll_to_location_hash();
}

/// Loads `address` from the host as a whole document (for URLs the site has no page for).
/// The router has usually put it in the address bar already; assigning the same address with a
/// `#…` would only scroll, so then the page is reloaded instead.
pub fn load_in_full(address: &str) {
    let Some(window) = web_sys::window() else { return };
    let location = window.location();
    let current = format!(
        "{}{}{}",
        location.pathname().unwrap_or_default(),
        location.search().unwrap_or_default(),
        location.hash().unwrap_or_default()
    );
    let _ = if current == address { location.reload() } else { location.assign(address) };
}

/// Brings the `#anchor` of the URL into view.
fn scroll_to_location_hash() {
    let Some(window) = web_sys::window() else {
        return;
    };
    let Ok(hash) = window.location().hash() else {
        return;
    };
    let Some(id) = hash.strip_prefix('#').filter(|id| !id.is_empty()) else {
        return;
    };
    let id = web_sys::js_sys::decode_uri_component(id)
        .ok()
        .and_then(|decoded| decoded.as_string())
        .unwrap_or_else(|| id.to_string());
    if let Some(element) = window.document().and_then(|document| document.get_element_by_id(&id)) {
        element.scroll_into_view();
    }
}
