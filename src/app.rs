//! The root component: router, site shell and whatever `<main>` shows. The site and the first
//! page come in as data (from the compiled content natively, from the page's JSON in the
//! browser); the router supplies the location and turns link clicks into client-side navigations.

use std::sync::Arc;

use leptos::prelude::*;
use leptos_router::components::Router;

use crate::components::{Footer, Header, LoadFailed, NotFound, PageView};
use crate::shell::{use_words, word, ShellContext, Shown};
use crate::site::{SiteData, Word};

/// The whole portal. The same component is prerendered natively and hydrated in the browser.
#[component]
pub fn App(site: Arc<SiteData>, first: Shown) -> impl IntoView {
    let base = site.base.trim_end_matches('/').to_string();
    provide_context(ShellContext::new(site, first));
    let words = use_words();
    view! {
        <Router base=base>
            <a class="skip-link" href="#main" target="_self">{word(words, Word::SkipLink)}</a>
            <Header/>
            <p id="update-ready" class="update-ready" role="status" hidden=true>
                {word(words, Word::UpdateReady)}
                <a href="" target="_self">{word(words, Word::Reload)}</a>
            </p>
            <main id="main" tabindex="-1">
                <CurrentPage/>
            </main>
            <Footer/>
        </Router>
    }
}

/// Hydrates the prerendered body with the app, from the page's own data (see `main.rs`).
#[cfg(feature = "hydrate")]
pub fn hydrate(site: Arc<SiteData>, first: Shown) {
    leptos::mount::hydrate_body(move || view! { <App site first/> });
}

/// Shows the page, the not-found page, or the failed-load notice.
#[component]
fn CurrentPage() -> impl IntoView {
    let shown = crate::shell::use_shell().shown;
    #[cfg(feature = "hydrate")]
    crate::browser::navigation::follow_location();
    move || match shown.get() {
        Shown::Page(page, body) => view! { <PageView page body/> }.into_any(),
        Shown::NotFound(body) => view! { <NotFound body/> }.into_any(),
        Shown::Failed(url) => view! { <LoadFailed url/> }.into_any(),
    }
}
