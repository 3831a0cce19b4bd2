//! The body of a content page: prerendered HTML, kept as served on first load and taken from
//! the page's fragment after a client-side navigation; and what shows if a fragment cannot be had.

use std::sync::Arc;

use leptos::prelude::*;

/// The page body, with an (empty) status region that a failed load fills.
#[component]
pub fn PageBody(body: Arc<str>) -> impl IntoView {
    view! {
        <div class="page__status" role="status"></div>
        <div class="prose" id="page-body" inner_html=body.to_string()></div>
    }
}

/// Shown when the next page's fragment could not be fetched (offline, say): a message and a
/// link that loads the page in full.
#[component]
pub fn LoadFailed(url: String) -> impl IntoView {
    let heading = NodeRef::<leptos::html::H1>::new();
    #[cfg(feature = "hydrate")]
    {
        let title = crate::shell::use_shell().site.document_title(Some(LOAD_FAILED_TITLE));
        Effect::new(move |_| crate::browser::navigation::page_shown(&title, "ja", heading));
    }
    view! {
        <article class="page" aria-labelledby="page-title">
            <h1 id="page-title" tabindex="-1" node_ref=heading>{LOAD_FAILED_TITLE}</h1>
            <div class="page__status" role="status">
                <p>
                    "ページの本文を読み込めませんでした。"
                    <a href=url rel="external">"もう一度読み込む"</a>
                </p>
            </div>
        </article>
    }
}

/// The heading and tab title shown when a page could not be fetched.
const LOAD_FAILED_TITLE: &str = "読み込めませんでした";
