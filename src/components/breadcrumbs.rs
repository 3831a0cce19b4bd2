//! Breadcrumbs: where the page sits, from the home page down.

use leptos::prelude::*;

use crate::site::{PageData, Word};

/// A breadcrumb trail ending with the current page (not a link).
#[component]
pub fn Breadcrumbs(page: std::sync::Arc<PageData>) -> impl IntoView {
    let page_lang = page.lang.clone();
    let crumbs = page.breadcrumbs.clone().into_iter().map(move |crumb| {
        let lang = (crumb.lang != page_lang).then_some(crumb.lang);
        view! { <li lang=lang><a href=crumb.url>{crumb.label}</a></li> }
    });
    view! {
        <nav class="breadcrumbs" aria-label=page.words.get(Word::Breadcrumbs)>
            <ol>
                {crumbs.collect_view()}
                <li><span aria-current="page">{page.title.clone()}</span></li>
            </ol>
        </nav>
    }
}
