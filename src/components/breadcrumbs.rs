//! Breadcrumbs: where the page sits, from the home page down.

use leptos::prelude::*;

use crate::site::{PageMeta, SITE};

/// A breadcrumb trail ending with the current page (not a link).
#[component]
pub fn Breadcrumbs(page: &'static PageMeta) -> impl IntoView {
    let crumbs = SITE.ancestors(page).into_iter().map(|ancestor| {
        let label = if ancestor.id.is_empty() { "ホーム" } else { ancestor.title };
        view! { <li><a href=SITE.url_of(ancestor)>{label}</a></li> }
    });
    view! {
        <nav class="breadcrumbs" aria-label="現在位置">
            <ol>
                {crumbs.collect_view()}
                <li><span aria-current="page">{page.title}</span></li>
            </ol>
        </nav>
    }
}
