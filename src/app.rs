//! The root component: router, site shell and the view of whatever page the URL names.
//! The pages are data, so one lookup (`Site::page_for_path`) replaces a route table; the
//! router supplies the location and turns link clicks into client-side navigations.

use leptos::prelude::*;
use leptos_router::components::Router;
use leptos_router::hooks::use_location;

use crate::components::{Footer, Header, NotFound, PageView};
use crate::site::{PageMeta, SITE};

/// The whole portal. The same component is prerendered natively and hydrated in the browser.
#[component]
pub fn App() -> impl IntoView {
    let base = SITE.base.trim_end_matches('/').to_string();
    view! {
        <Router base=base>
            <a class="skip-link" href="#main" target="_self">"本文へ移動"</a>
            <Header/>
            <main id="main" tabindex="-1">
                <CurrentPage/>
            </main>
            <Footer/>
        </Router>
    }
}

/// The page the current URL shows, or `None` for an unknown URL.
pub fn use_current_page() -> Memo<Option<&'static PageMeta>> {
    let location = use_location();
    Memo::new(move |_| SITE.page_for_path(&location.pathname.get()))
}

/// Shows the page for the current URL, or the not-found page.
#[component]
fn CurrentPage() -> impl IntoView {
    let page = use_current_page();
    #[cfg(feature = "hydrate")]
    crate::browser::navigation::confirm_navigations();
    #[cfg(feature = "hydrate")]
    {
        let location = use_location();
        Effect::new(move |previous: Option<()>| {
            // A same-site link to something that is not a page (a PDF, another app on the same
            // host): after hydration, let the browser load it for real instead of showing 404.
            let unknown = page.get().is_none();
            if previous.is_some() && unknown {
                crate::browser::navigation::load_in_full(&location.pathname.get_untracked());
            }
        });
    }
    move || match page.get() {
        Some(page) => view! { <PageView page/> }.into_any(),
        None => view! { <NotFound/> }.into_any(),
    }
}
