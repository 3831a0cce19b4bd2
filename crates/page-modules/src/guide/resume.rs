//! Resuming a walk: the one stored walk per flow (kept only when the reader asks), and the
//! intro's offer to go on with it, to forget it, or word that a damaged one was dropped.

use web_sys::Document;

use super::links::set_link;
use super::state;
use crate::dom::{self, set_hidden, set_text};
use crate::storage::{forget, store, stored};
use tsunagu_guide::markup;
use tsunagu_guide::plan::{resume_of, Resume};
use tsunagu_guide::Flow;

/// The stored walk of a flow (`<key>.<city>.<flow>`), kept only when the reader asks for it.
/// The version is in the key: a later format uses a new key and ignores this one.
pub const RESUME_KEY: &str = "tsunagu.guide.v1";

fn storage_key(flow: &Flow) -> String {
    format!("{RESUME_KEY}.{}.{}", flow.city, flow.id)
}

/// The stored walk (a query string; empty when the reader asked to keep it but has not begun).
pub fn stored_walk(flow: &Flow) -> Option<String> {
    stored(&storage_key(flow))
}

/// Stores the walk (the reader asked to keep it).
pub fn store_walk(flow: &Flow, query: &str) {
    store(&storage_key(flow), query);
}

/// Forgets the stored walk.
pub fn forget_walk(flow: &Flow) {
    forget(&storage_key(flow));
}

/// The intro's resume box and settings, for what is stored.
pub fn show_intro(document: &Document, flow: &Flow, sensitive: bool) {
    let stored = stored_walk(flow);
    let resume = resume_of(flow, stored.as_deref());
    let damaged = resume == Resume::Damaged;
    if damaged {
        // An old or damaged stored walk is dropped, and the reader told so.
        store_walk(flow, "");
    }
    let offer = match &resume {
        Resume::Offer(query) => Some(query.as_str()),
        _ => None,
    };
    set_hidden(document, markup::RESUME_ID, sensitive || (offer.is_none() && !damaged));
    if let Some(paragraph) = document.get_element_by_id(markup::RESUME_TEXT_ID) {
        let wording = state::wording(document);
        set_text(&paragraph, if damaged { &wording.resume_damaged } else { &wording.resume_offer });
    }
    set_hidden(document, markup::RESUME_LINK_ID, offer.is_none());
    set_hidden(document, markup::FORGET_ID, offer.is_none());
    if let Some(link) = document.get_element_by_id(markup::RESUME_LINK_ID) {
        match offer {
            Some(query) => set_link(&link, query),
            // Nothing to offer (forgotten, dropped, or the sensitive mode on): the link's copy of
            // the old answers goes too, back to the link as prerendered.
            None => {
                let _ = link.remove_attribute(markup::QUERY_ATTR);
                if link.get_attribute("href").is_some_and(|href| !href.is_empty()) {
                    let _ = link.set_attribute("href", "");
                }
            }
        }
    }
    dom::set_checked(document, markup::SENSITIVE_ID, sensitive);
    dom::set_checked(document, markup::REMEMBER_ID, !sensitive && stored.is_some());
    if let Some(remember) = dom::input(document, markup::REMEMBER_ID) {
        remember.set_disabled(sensitive);
    }
}

/// Says in the resume box that the stored walk was forgotten, where focus lands.
pub fn say_forgotten(document: &Document) {
    set_hidden(document, markup::RESUME_ID, false);
    if let Some(paragraph) = document.get_element_by_id(markup::RESUME_TEXT_ID) {
        set_text(&paragraph, &state::wording(document).resume_forgotten);
    }
    dom::focus(document, markup::RESUME_TEXT_ID);
}
