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
    /// The not-found page: its body (every edition's words), prerendered.
    NotFound(Arc<str>),
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
    /// The shell's words of the page shown (see [`use_words`]).
    pub words: Memo<Arc<ShellWords>>,
}

impl ShellContext {
    /// The context of `site` showing `first`.
    pub fn new(site: Arc<SiteData>, first: Shown) -> ShellContext {
        let shown = RwSignal::new(first);
        let fallback = site.clone();
        let words = Memo::new(move |before: Option<&Arc<ShellWords>>| {
            shown.with(|shown| match (shown.page(), before) {
                (Some(page), _) => Arc::new(page.words.clone()),
                (None, Some(before)) => before.clone(),
                (None, None) => Arc::new(fallback.words.clone()),
            })
        });
        ShellContext { site, shown, words }
    }
}

/// The shell context. The root component always provides it; a view mounted without it (a
/// test, say) gets an empty site rather than a panic.
pub fn use_shell() -> ShellContext {
    use_context::<ShellContext>()
        .unwrap_or_else(|| ShellContext::new(Arc::new(SiteData::default()), Shown::Failed(String::new())))
}

/// The shell's words for the page shown (the site's own for a view with no page): they change
/// with a navigation to a page in another language. One memo for the whole app, so a view with
/// no page (a page that failed to load) keeps the words of the page shown before it.
pub fn use_words() -> Memo<Arc<ShellWords>> {
    use_shell().words
}

/// One of the shell's words, kept up to date with the page shown. Every word goes through this
/// one function, so the views share one compiled closure type instead of
/// one per word: that keeps the WASM small.
pub fn word(words: Memo<Arc<ShellWords>>, word: Word) -> impl Fn() -> String + Copy + Send + Sync + 'static {
    word_at(words, word as usize)
}

/// The word at `index` of the list (a navigation label: [`ShellWords::nav_label`]).
pub fn word_at(words: Memo<Arc<ShellWords>>, index: usize) -> impl Fn() -> String + Copy + Send + Sync + 'static {
    move || words.with(|words| words.at(index))
}

/// `lang` for the site's names (its title, notice, navigation) where they are not in the
/// language of the words shown: an edition without names of its own in `site.toml` shows the
/// Japanese ones, marked `lang="ja"`.
pub fn site_names_lang(words: Memo<Arc<ShellWords>>) -> impl Fn() -> Option<String> + Copy + Send + Sync + 'static {
    move || {
        words.with(|words| {
            let lang = words.get(Word::SiteLang);
            (lang != words.get(Word::Lang)).then_some(lang)
        })
    }
}

/// `lang="ja"` for words from the content (written in Japanese: the site's name, its
/// navigation, a 所管課) on a page in another language, else nothing.
pub fn use_content_lang() -> impl Fn() -> Option<&'static str> + Copy + Send + Sync + 'static {
    let shown = use_shell().shown;
    move || shown.with(|shown| shown.page().and_then(|page| (page.lang != "ja").then_some("ja")))
}
