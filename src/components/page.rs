//! A content page: breadcrumbs, heading, the facts a reader needs to trust it (所管課,
//! last review, legal basis), its body (which starts with its table of contents) and links onward.

use leptos::html::H1;
use leptos::prelude::*;

use super::{Breadcrumbs, ChildPages, PageBody, SiblingLinks};
use crate::site::{PageKind, PageMeta, SITE};

/// The whole view of one content page.
#[component]
pub fn PageView(page: &'static PageMeta) -> impl IntoView {
    let heading = NodeRef::<H1>::new();
    #[cfg(feature = "hydrate")]
    Effect::new(move |_| crate::browser::navigation::page_shown((!page.id.is_empty()).then_some(page.title), heading));
    #[cfg(feature = "hydrate")]
    {
        // A directory applies the filter in the URL, and a guide shows the screen it names,
        // whenever the page or its query changes; the body is in place by the next frame (a
        // fetched one calls these again on arrival).
        let location = leptos_router::hooks::use_location();
        crate::browser::guide::keep_navigate(leptos_router::hooks::use_navigate());
        Effect::new(move |_| {
            location.search.track();
            request_animation_frame(|| {
                crate::browser::directory::body_shown();
                crate::browser::guide::body_shown();
            });
        });
    }
    let is_home = page.id.is_empty();
    let is_directory = matches!(page.kind, PageKind::Directory { .. });
    // A window page carries its lead, facts and contents in its generated body, so the app's
    // page index (in the WASM) needs only its title.
    let is_window = page.kind == PageKind::Window;
    view! {
        {(!is_home).then(|| view! { <Breadcrumbs page/> })}
        <article class="page" class:page--home=is_home aria-labelledby="page-title">
            <header class="page__header">
                <p class="page__scope">{scope_label(page)}</p>
                <h1 id="page-title" tabindex="-1" node_ref=heading>{page.title}</h1>
                {(!is_window).then(|| view! { <p class="page__lead">{page.summary}</p> })}
                {(!is_home && !is_window).then(|| view! { <PageFacts page/> })}
            </header>
            <PageBody page/>
            {(!is_directory).then(|| view! { <ChildPages page/> })}
            <SiblingLinks page/>
        </article>
    }
}

/// 「全国共通の制度解説」 or the city's name.
fn scope_label(page: &PageMeta) -> String {
    match SITE.city_of(page) {
        Some(city) => format!("{}{}の計画", city.prefecture, city.name),
        None => "全国共通の制度解説".to_string(),
    }
}

/// 所管課, last review date and legal basis, as a description list.
#[component]
fn PageFacts(page: &'static PageMeta) -> impl IntoView {
    let legal = (!page.legal_basis.is_empty()).then(|| {
        view! {
            <div>
                <dt>"根拠法令"</dt>
                <dd>
                    <ul class="plain-list">
                        {page.legal_basis.iter().map(|law| view! { <li>{*law}</li> }).collect_view()}
                    </ul>
                </dd>
            </div>
        }
    });
    view! {
        <dl class="page-facts">
            <div><dt>"所管"</dt><dd>{page.department}</dd></div>
            <div><dt>"最終確認日"</dt><dd><time datetime=page.reviewed>{page.reviewed}</time></dd></div>
            {legal}
        </dl>
    }
}
