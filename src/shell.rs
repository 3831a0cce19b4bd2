//! The app's shared state, below the views and the browser side alike: what `<main>` shows
//! (`Shown`) and the site with it (`ShellContext`), provided once by the root component.

use std::sync::Arc;

use leptos::prelude::*;

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
