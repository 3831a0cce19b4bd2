//! Browser side (WASM only): the page's data, and the few things that touch the DOM, storage and
//! network. Below the views: it never names a component (the shared state is `shell`).

pub mod directory;
pub mod furigana;
pub mod navigation;
pub mod pages;
pub mod preferences;

/// The DOM helpers, shared with the page modules' own WASMs (`crates/page-modules`).
pub use tsunagu_page_modules::dom;

/// Once the app has hydrated the page (see `main.rs`): wires the window directory's filter and
/// marks the page hydrated. A guide, the search page or a course page is not the app's: its page
/// loads its own WASM (`crates/page-modules`), and the app, started there for the header's
/// controls, leaves it be. The header's search box is a plain GET form the app leaves alone: a
/// search is a whole page load of the search page.
pub fn hydrated() {
    directory::listen();
    if let Some(root) = web_sys::window().and_then(|w| w.document()).and_then(|d| d.document_element()) {
        let _ = root.set_attribute("data-hydrated", "true");
    }
}
