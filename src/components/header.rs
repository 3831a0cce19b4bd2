//! The site header: name, the emergency link, and a menu with the reader's settings (text
//! size, ふりがな), the search box and the main navigation with the current section marked. On
//! a narrow screen the menu folds behind a menu button (a disclosure: `aria-expanded`,
//! native button, so keyboard and screen readers work); without JavaScript it stays open.

use leptos::prelude::*;

use super::{EmergencyLink, FuriganaSwitch, LanguageSelector, TextSizeControl};
use crate::shell::{site_names_lang, use_content_lang, use_shell, use_words, word, word_at};
use crate::site::{ShellWords, Word};

/// The id of the menu the button opens.
const MENU_ID: &str = "site-menu";

/// Header with the site name, the emergency link and the menu.
#[component]
pub fn Header() -> impl IntoView {
    let shell = use_shell();
    let shown = shell.shown;
    let words = use_words();
    let content_lang = use_content_lang();
    let names_lang = site_names_lang(words);
    // The labels are the page's edition's (site.toml's `[en.nav]`); the pages are Japanese, so
    // on a page in another language each link says so with `hreflang`.
    let items = shell.site.nav.clone().into_iter().enumerate().map(move |(position, item)| {
        let marker = move || {
            let mark = shown.with(|shown| shown.page().and_then(|page| page.nav_current))?;
            (mark.item == position).then_some(if mark.exact { "page" } else { "true" })
        };
        let label = word_at(words, ShellWords::nav_label(position));
        view! { <li><a href=item.url hreflang=content_lang aria-current=marker>{label}</a></li> }
    });
    let site = shell.site;
    let open = RwSignal::new(false);
    // A navigation (a new page shown) folds the menu again.
    Effect::new(move |_| {
        shown.track();
        open.set(false);
    });
    view! {
        <header class="site-header">
            <div class="site-header__inner">
                <p class="site-name">
                    <a href=word(words, Word::HomeUrl) lang=names_lang>
                        <span class="site-name__title">{word(words, Word::SiteTitle)}</span>
                        <span class="site-name__tagline">{word(words, Word::SiteTagline)}</span>
                    </a>
                </p>
                <div class="site-header__always">
                    <EmergencyLink/>
                    <button type="button" class="menu-button" aria-controls=MENU_ID aria-expanded=move || open.get().to_string() on:click=move |_| open.update(|open| *open = !*open)>
                        <span aria-hidden="true" class="menu-button__icon">{move || if open.get() { "×" } else { "≡" }}</span>
                        {word(words, Word::Menu)}
                    </button>
                </div>
            </div>
            <div class="site-menu" id=MENU_ID class:site-menu--open=move || open.get()>
                <div class="site-menu__settings">
                    <TextSizeControl/>
                    <FuriganaSwitch/>
                    <LanguageSelector/>
                    <HeaderSearch action=format!("{}search/", site.base)/>
                </div>
                <nav class="main-nav" aria-label=word(words, Word::MainNav)>
                    <ul lang=names_lang>{items.collect_view()}</ul>
                </nav>
            </div>
        </header>
    }
}

/// The search box: a plain GET form to the search page, so a search is a whole page load of it,
/// with or without JavaScript or the app (on the search page itself, its own WASM runs it). The
/// app has nothing to do with it, so reaching it never starts the app (the start script leaves
/// `#header-search` alone).
#[component]
fn HeaderSearch(action: String) -> impl IntoView {
    let words = use_words();
    let label = word(words, Word::SearchLabel);
    view! {
        <form class="header-search" id="header-search" role="search" aria-label=label action=action method="get">
            <label for="header-search-q">{label}</label>
            <input type="search" id="header-search-q" name="q" maxlength="80" autocomplete="off" enterkeyhint="search"/>
            <button type="submit">{word(words, Word::SearchButton)}</button>
        </form>
    }
}
