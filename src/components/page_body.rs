//! The body of a content page: prerendered HTML, kept as served on first load and taken from
//! the page's fragment after a client-side navigation; and what shows if a fragment cannot be had.

use std::sync::Arc;

use leptos::prelude::*;

use crate::shell::word;
use crate::site::Word;

/// The page body, with an (empty) status region that a failed load fills.
#[component]
pub fn PageBody(body: Arc<str>) -> impl IntoView {
    view! {
        <div class="page__status" role="status"></div>
        <div class="prose" id="page-body" inner_html=body.to_string()></div>
    }
}

/// Shown when the next page's fragment could not be fetched (offline, say): a message and a
/// link that loads the page in full, in the words of the page shown before.
#[component]
pub fn LoadFailed(url: String) -> impl IntoView {
    let heading = NodeRef::<leptos::html::H1>::new();
    let words = crate::shell::use_words();
    #[cfg(feature = "hydrate")]
    {
        let (title, lang) = words.with_untracked(|words| {
            let site = crate::site::SiteData {
                title: words.get(Word::SiteTitle),
                tagline: words.get(Word::SiteTagline),
                ..Default::default()
            };
            (site.document_title(Some(&words.get(Word::LoadFailedTitle))), words.get(Word::Lang))
        });
        Effect::new(move |_| crate::browser::navigation::page_shown(&title, &lang, heading));
    }
    view! {
        <article class="page" aria-labelledby="page-title">
            <h1 id="page-title" tabindex="-1" node_ref=heading>{word(words, Word::LoadFailedTitle)}</h1>
            <div class="page__status" role="status">
                <p>
                    {word(words, Word::LoadFailed)}
                    <a href=url rel="external">{word(words, Word::LoadFailedRetry)}</a>
                </p>
            </div>
        </article>
    }
}

/// The not-found page: its whole body, prerendered natively in every edition's words (one
/// page serves every unknown address, whatever its language), kept as served.
#[component]
pub fn NotFound(body: Arc<str>) -> impl IntoView {
    // Counts as the first page shown, so the next one gets its title, language and focus.
    #[cfg(feature = "hydrate")]
    Effect::new(move |_| crate::browser::navigation::page_shown("", "ja", NodeRef::new()));
    view! { <div id="page-body" inner_html=body.to_string()></div> }
}
