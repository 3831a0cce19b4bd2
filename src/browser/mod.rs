//! Browser side (WASM only): the page's data, and the few things that touch the DOM, storage and
//! network. Below the views: it never names a component (the shared state is `shell`).

pub mod directory;
pub mod dom;
pub mod furigana;
pub mod guide;
pub mod navigation;
pub mod pages;
pub mod preferences;
pub mod search;
pub mod training;

/// Once the app has hydrated the page (see `main.rs`): wires the window directory's filter and
/// marks the page hydrated. The guide's listeners come and go with the page view that shows a
/// guide (see `guide`).
pub fn hydrated() {
    directory::listen();
    search::listen();
    if let Some(root) = web_sys::window().and_then(|w| w.document()).and_then(|d| d.document_element()) {
        let _ = root.set_attribute("data-hydrated", "true");
    }
}
