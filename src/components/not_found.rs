//! The not-found page, prerendered as `404.html` and shown for any unknown URL.

use leptos::html::H1;
use leptos::prelude::*;

use crate::shell::use_shell;
use crate::site::NOT_FOUND_TITLE;

/// Tells the reader the page does not exist and offers the main sections.
#[component]
pub fn NotFound() -> impl IntoView {
    let site = use_shell().site;
    let heading = NodeRef::<H1>::new();
    #[cfg(feature = "hydrate")]
    {
        let title = site.document_title(Some(NOT_FOUND_TITLE));
        Effect::new(move |_| crate::browser::navigation::page_shown(&title, "ja", heading));
    }
    let sections = site.nav.clone().into_iter().map(|item| view! { <li><a href=item.url>{item.label}</a></li> });
    view! {
        <article class="page" aria-labelledby="page-title">
            <h1 id="page-title" tabindex="-1" node_ref=heading>{NOT_FOUND_TITLE}</h1>
            <p>"お探しのページは見つかりませんでした。アドレスが変わったか、入力に誤りがある可能性があります。"</p>
            <p><a href=site.home_url.clone()>"ホームへ戻る"</a></p>
            <h2>"主な内容"</h2>
            <ul>{sections.collect_view()}</ul>
        </article>
    }
}
