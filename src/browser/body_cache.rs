//! Page bodies in the browser: the one the page was served with, and those fetched since.

use std::cell::RefCell;

use wasm_bindgen::JsCast;
use wasm_bindgen_futures::JsFuture;

use crate::site::{PageMeta, SITE};

thread_local! {
    /// Bodies by page index (a `Vec`, not a map: pages are few and indexes dense).
    static BODIES: RefCell<Vec<Option<String>>> = RefCell::new(vec![None; SITE.pages.len()]);
}

/// The body of the page at `index`, if the browser has it.
pub fn get(index: usize) -> Option<String> {
    BODIES.with(|bodies| bodies.borrow().get(index).cloned().flatten())
}

fn keep(index: usize, html: String) {
    BODIES.with(|bodies| {
        if let Some(slot) = bodies.borrow_mut().get_mut(index) {
            *slot = Some(html);
        }
    });
}

/// Remembers the body the prerendered page came with, so hydration finds it without a fetch.
pub fn keep_served_body() {
    let Some(window) = web_sys::window() else { return };
    let Some(page) = window.location().pathname().ok().and_then(|path| SITE.page_for_path(&path)) else {
        return;
    };
    if let Some(body) = window.document().and_then(|document| document.get_element_by_id("page-body")) {
        keep(page.index, body.inner_html());
    }
}

/// Fetches the prerendered body fragment of `page` from the same site and keeps it.
pub async fn fetch(page: &'static PageMeta) -> Result<String, String> {
    let window = web_sys::window().ok_or("no window")?;
    let response = JsFuture::from(window.fetch_with_str(&SITE.fragment_url_of(page)))
        .await
        .map_err(|_| "network error".to_string())?;
    let response: web_sys::Response = response.dyn_into().map_err(|_| "not a response".to_string())?;
    if !response.ok() {
        return Err(format!("HTTP {}", response.status()));
    }
    let text = JsFuture::from(response.text().map_err(|_| "no body".to_string())?)
        .await
        .map_err(|_| "body not readable".to_string())?;
    let html = text.as_string().ok_or("body is not text")?;
    if html.contains("<html") {
        // Some hosts answer unknown URLs with their 404 page and status 200.
        return Err("the host sent a whole page, not a body fragment".to_string());
    }
    keep(page.index, html.clone());
    Ok(html)
}
