//! Browser side (WASM only): start-up and the few things that touch the DOM, storage and network.

pub mod body_cache;
pub mod directory;
pub mod guide;
pub mod navigation;
pub mod preferences;

/// Hydrates the prerendered page: keeps the served body, attaches the app to the DOM, and
/// wires the window directory's filter and the guide (whichever the page has).
pub fn start() {
    console_error_panic_hook::set_once();
    body_cache::keep_served_body();
    leptos::mount::hydrate_body(crate::App);
    directory::listen();
    guide::listen();
    if let Some(root) = web_sys::window().and_then(|w| w.document()).and_then(|d| d.document_element()) {
        let _ = root.set_attribute("data-hydrated", "true");
    }
}
