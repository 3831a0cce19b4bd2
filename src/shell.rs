//! The app's shared state, below the views and the browser side alike: what `<main>` shows
//! (`Shown`) and the site with it (`ShellContext`), provided once by the root component.

use std::sync::Arc;

use leptos::prelude::*;

use crate::site::{PageData, ShellWords, SiteData, Word};

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

/// The shell's words for the page shown (the site's own for a view with no page): they change
/// with a navigation to a page in another language.
pub fn use_words() -> Memo<Arc<ShellWords>> {
    let ShellContext { site, shown } = use_shell();
    Memo::new(move |_| Arc::new(shown.with(|shown| shown.page().map_or(&site.words, |page| &page.words).clone())))
}

/// One of the shell's words, kept up to date with the page shown. Every word goes through this
/// one function, so the views share one compiled closure type instead of
/// one per word: that keeps the WASM small.
pub fn word(words: Memo<Arc<ShellWords>>, word: Word) -> impl Fn() -> String + Copy + Send + Sync + 'static {
    move || words.with(|words| words.get(word))
}

/// `lang="ja"` for words from the content (written in Japanese: the site's name, its
/// navigation, a 所管課) on a page in another language, else nothing.
pub fn use_content_lang() -> impl Fn() -> Option<&'static str> + Copy + Send + Sync + 'static {
    let shown = use_shell().shown;
    move || shown.with(|shown| shown.page().and_then(|page| (page.lang != "ja").then_some("ja")))
}
