//! The not-found page, prerendered as `404.html` and shown for any unknown URL.

use leptos::html::H1;
use leptos::prelude::*;

use crate::site::SITE;

/// Tells the reader the page does not exist and offers the main sections.
#[component]
pub fn NotFound() -> impl IntoView {
    let heading = NodeRef::<H1>::new();
    #[cfg(feature = "hydrate")]
    Effect::new(move |_| crate::browser::navigation::page_shown(Some(NOT_FOUND_TITLE), heading));
    let sections = SITE.nav.iter().map(|&index| &SITE.pages[index]).map(|page| {
        view! { <li><a href=SITE.url_of(page)>{page.title}</a></li> }
    });
    view! {
        <article class="page" aria-labelledby="page-title">
            <h1 id="page-title" tabindex="-1" node_ref=heading>{NOT_FOUND_TITLE}</h1>
            <p>"お探しのページは見つかりませんでした。アドレスが変わったか、入力に誤りがある可能性があります。"</p>
            <p><a href=SITE.url_of(SITE.home())>"ホームへ戻る"</a></p>
            <h2>"主な内容"</h2>
            <ul>{sections.collect_view()}</ul>
        </article>
    }
}

/// The heading and tab title of the not-found page.
pub const NOT_FOUND_TITLE: &str = "ページが見つかりません";
