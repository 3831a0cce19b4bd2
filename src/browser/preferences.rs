//! What the reader keeps on the device (the text size, ふりがな): read defensively and written
//! through one pair of functions (`tsunagu_page_modules::storage`, shared with the page modules'
//! WASMs: the guide keeps a walk, the course its record); the text size is also applied to
//! `<html>`.

pub(crate) use tsunagu_page_modules::storage::{store, stored};

use crate::preferences::{TextSize, TEXT_SIZE_KEY};

/// The stored text size; missing, old or corrupt values give the default. Also applies it.
pub fn load_text_size() -> TextSize {
    let size = stored(TEXT_SIZE_KEY).and_then(|stored| TextSize::from_stored(&stored)).unwrap_or_default();
    apply(size);
    size
}

/// Applies and stores the reader's choice. If storage is full or blocked the choice still
/// applies to this page view.
pub fn save_text_size(size: TextSize) {
    apply(size);
    store(TEXT_SIZE_KEY, size.as_str());
}

fn apply(size: TextSize) {
    if let Some(root) = web_sys::window().and_then(|w| w.document()).and_then(|d| d.document_element()) {
        let _ = root.set_attribute("data-text-size", size.as_str());
    }
}
