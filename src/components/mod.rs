//! The views of the site shell and of a content page, shared by the prerenderer and the browser.
//! They read the site and the page from context (`ShellContext`), never from compiled-in data.

mod breadcrumbs;
mod footer;
mod header;
mod not_found;
mod page;
mod page_body;
mod section_links;
mod text_size;

use std::sync::Arc;

use leptos::prelude::*;

pub use breadcrumbs::Breadcrumbs;
pub use footer::Footer;
pub use header::Header;
pub use not_found::NotFound;
pub use page::PageView;
pub use page_body::{LoadFailed, PageBody};
pub use section_links::{ChildPages, SiblingLinks};
pub use text_size::TextSizeControl;

use crate::site::{PageData, SiteData};

/// What the app shows in `<main>`.
#[derive(Debug, Clone, PartialEq)]
pub enum Shown {
    /// A page and its body HTML.
    Page(Arc<PageData>, Arc<str>),
    /// The not-found page.
    NotFound,
    /// A page whose fragment could not be fetched (offline, say): its address, to load in full.
    Failed(String),
}

impl Shown {
    /// The page shown, if it is one.
    pub fn page(&self) -> Option<&Arc<PageData>> {
        match self {
            Shown::Page(page, _) => Some(page),
            _ => None,
        }
    }
}

/// The site and the page shown, provided once by the root component.
#[derive(Clone)]
pub struct ShellContext {
    /// The site's shell data.
    pub site: Arc<SiteData>,
    /// What `<main>` shows; the browser changes it on navigation.
    pub shown: RwSignal<Shown>,
}

/// The shell context. The root component always provides it; a view mounted without it (a
/// test, say) gets an empty site rather than a panic.
pub fn use_shell() -> ShellContext {
    use_context::<ShellContext>()
        .unwrap_or_else(|| ShellContext { site: Arc::new(SiteData::default()), shown: RwSignal::new(Shown::NotFound) })
}
