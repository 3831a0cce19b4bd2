//! Browser side (WASM only): start-up and the few things that touch the DOM, storage and network.

pub mod directory;
pub mod dom;
pub mod guide;
pub mod navigation;
pub mod pages;
pub mod preferences;

use leptos::prelude::*;

/// Hydrates the prerendered page from the data it carries, and wires the window directory's
/// filter. The guide's listeners come and go with the page view that shows a guide (see
/// `guide`). A page without readable data stays plain HTML.
pub fn start() {
    console_error_panic_hook::set_once();
    let Some((site, first)) = pages::served_page() else { return };
    leptos::mount::hydrate_body(move || view! { <crate::App site first/> });
    directory::listen();
    if let Some(root) = web_sys::window().and_then(|w| w.document()).and_then(|d| d.document_element()) {
        let _ = root.set_attribute("data-hydrated", "true");
    }
}
