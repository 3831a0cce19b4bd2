//! What the reader keeps on the device (the text size, ふりがな, the course record, a kept
//! walk): read defensively and written through one pair of functions; the text size is also
//! applied to `<html>`.

use gloo_storage::{LocalStorage, Storage};

// The value is stored as plain text ("large"), read through gloo-storage's raw handle:
// its JSON layer would add serde_json to the WASM for one word.

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

/// A preference's stored text, if storage can be read and holds one.
pub(crate) fn stored(key: &str) -> Option<String> {
    storage_is_usable().then(|| LocalStorage::raw().get_item(key).ok().flatten()).flatten()
}

/// Stores a preference's text; whether it was kept (a full or blocked storage is left as it is).
pub(crate) fn store(key: &str, value: &str) -> bool {
    storage_is_usable() && LocalStorage::raw().set_item(key, value).is_ok()
}

/// Removes what is stored under `key`, if storage can be used.
pub(crate) fn forget(key: &str) {
    if storage_is_usable() {
        let _ = LocalStorage::raw().remove_item(key);
    }
}

/// gloo-storage panics when the browser blocks storage (e.g. some privacy settings), so ask first.
pub(crate) fn storage_is_usable() -> bool {
    web_sys::window().is_some_and(|window| matches!(window.local_storage(), Ok(Some(_))))
}

fn apply(size: TextSize) {
    if let Some(root) = web_sys::window().and_then(|w| w.document()).and_then(|d| d.document_element()) {
        let _ = root.set_attribute("data-text-size", size.as_str());
    }
}
