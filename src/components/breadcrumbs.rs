//! Breadcrumbs: where the page sits, from the home page down.

use leptos::prelude::*;

use super::shell_lang;
use crate::site::PageData;

/// A breadcrumb trail ending with the current page (not a link).
#[component]
pub fn Breadcrumbs(page: std::sync::Arc<PageData>) -> impl IntoView {
    let crumbs =
        page.breadcrumbs.clone().into_iter().map(|crumb| view! { <li><a href=crumb.url>{crumb.label}</a></li> });
    view! {
        <nav class="breadcrumbs" aria-label="現在位置" lang=shell_lang(&page.lang)>
            <ol>
                {crumbs.collect_view()}
                <li lang=shell_lang(&page.lang).map(|_| page.lang.clone())><span aria-current="page">{page.title.clone()}</span></li>
            </ol>
        </nav>
    }
}
