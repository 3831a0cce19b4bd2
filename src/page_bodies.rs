//! Where a page's body HTML comes from. The prerenderer has every body compiled in; the
//! browser keeps the body the page was served with and fetches other pages' bodies as
//! prerendered fragments when the reader navigates, so no Markdown reaches the browser.

use crate::site::PageMeta;

/// The body of `page` if it is at hand without waiting.
#[cfg(not(feature = "hydrate"))]
pub fn body_at_hand(page: &PageMeta) -> Option<String> {
    crate::site::PAGE_BODIES.get(page.index).map(|body| body.to_string())
}

/// The body of `page` if it is at hand without waiting.
#[cfg(feature = "hydrate")]
pub fn body_at_hand(page: &PageMeta) -> Option<String> {
    crate::browser::body_cache::get(page.index)
}
