//! The body of a content page: prerendered HTML from Markdown, kept as served on first load
//! and fetched as a fragment after a client-side navigation.

use leptos::prelude::*;

use crate::page_bodies::body_at_hand;
use crate::site::{PageMeta, SITE};

/// Where the body is in its loading.
#[derive(Debug, Clone, PartialEq)]
#[cfg_attr(not(feature = "hydrate"), allow(dead_code))]
enum BodyState {
    Ready(String),
    Loading,
    Failed,
}

/// The page body, with a polite status while it loads or if it cannot be loaded.
#[component]
pub fn PageBody(page: &'static PageMeta) -> impl IntoView {
    let state = RwSignal::new(match body_at_hand(page) {
        Some(html) => BodyState::Ready(html),
        None => BodyState::Loading,
    });

    #[cfg(feature = "hydrate")]
    if state.get_untracked() == BodyState::Loading {
        leptos::task::spawn_local(async move {
            match crate::browser::body_cache::fetch(page).await {
                Ok(html) => {
                    state.set(BodyState::Ready(html));
                    // The DOM takes the new body on the next tick; look for the anchor after it.
                    request_animation_frame(|| {
                        crate::browser::navigation::scroll_to_location_hash();
                        crate::browser::directory::body_shown();
                        crate::browser::guide::body_shown();
                    });
                }
                Err(_) => state.set(BodyState::Failed),
            }
        });
    }
    let html = move || match state.get() {
        BodyState::Ready(html) => html,
        _ => String::new(),
    };
    let status = move || match state.get() {
        BodyState::Ready(_) => None,
        BodyState::Loading => Some(view! { <p>"読み込んでいます…"</p> }.into_any()),
        BodyState::Failed => Some(
            view! {
                <p>
                    "ページの本文を読み込めませんでした。"
                    <a href=SITE.url_of(page) rel="external">"もう一度読み込む"</a>
                </p>
            }
            .into_any(),
        ),
    };
    view! {
        <div class="page__status" role="status">{status}</div>
        <div class="prose" id="page-body" inner_html=html></div>
    }
}
