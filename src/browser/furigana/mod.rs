//! The ふりがな setting in the browser: read defensively, written in one place, applied to
//! `<html>` as `data-furigana="on"` (the CSS shows every `<rt>` only then). The inline script in
//! the page's head applies it before first paint; this applies it again after hydration.

use crate::browser::preferences::{store, stored};
use crate::preferences::{Furigana, FURIGANA_ATTR, FURIGANA_KEY};

/// The stored choice; missing, old or corrupt values give the default (hidden). Also applies it.
pub fn load_furigana() -> Furigana {
    let choice = stored(FURIGANA_KEY).and_then(|stored| Furigana::from_stored(&stored)).unwrap_or_default();
    apply(choice);
    choice
}

/// Applies and stores the reader's choice (it still applies to this page view if storage is blocked).
pub fn save_furigana(choice: Furigana) {
    apply(choice);
    store(FURIGANA_KEY, choice.as_str());
}

fn apply(choice: Furigana) {
    if let Some(root) = web_sys::window().and_then(|w| w.document()).and_then(|d| d.document_element()) {
        let _ = match choice {
            Furigana::Shown => root.set_attribute(FURIGANA_ATTR, "on"),
            Furigana::Hidden => root.remove_attribute(FURIGANA_ATTR),
        };
    }
}
