//! Rendering the app natively: the same `<App/>` the browser hydrates, to HTML, for one address.

use std::sync::Arc;

use hydration_context::SsrSharedContext;
use leptos::prelude::*;
use leptos_router::location::RequestUrl;

use super::document::AppHtml;
use crate::shell::Shown;
use crate::site::SiteData;
use crate::App;

/// Renders the app at `url_path` (base included) showing `first`.
pub fn render_app(site: Arc<SiteData>, first: Shown, url_path: &str) -> AppHtml {
    let owner = Owner::new_root(Some(Arc::new(SsrSharedContext::new())));
    owner.with(|| {
        provide_context(RequestUrl::new(url_path));
        AppHtml::from_leptos(view! { <App site first/> }.to_html())
    })
}
