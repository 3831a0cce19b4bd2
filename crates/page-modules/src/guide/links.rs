//! A guide link's address: the whole address in `href` for a reader who opens it elsewhere, and
//! the query in `data-query`, which the click handler follows.

use web_sys::Element;

use super::state;
use crate::dom::pathname;
use tsunagu_guide::markup;

/// Points a guide link at a place: the whole address in `href` (the sensitive mode keeps the
/// bare page there) and the query in `data-query`, which the click handler follows.
pub fn set_link(link: &Element, query: &str) {
    let href = if state::sensitive() { pathname() } else { format!("{}{query}", pathname()) };
    if link.get_attribute("href").as_deref() != Some(href.as_str()) {
        let _ = link.set_attribute("href", &href);
    }
    let _ = link.set_attribute(markup::QUERY_ATTR, query);
}
