//! The language selector (as in the デジタル庁 design system): a labelled list of the editions
//! — 日本語, やさしい日本語, English — each named in its own language and marked with its `lang`,
//! linking to this page in that edition, or saying that the page is not in it yet (and leading
//! to that edition's home page). Editions are whole page loads (`rel="external"` keeps the
//! router out), so each page arrives with its own `<html lang>` and shell.

use leptos::prelude::*;

use crate::shell::use_shell;
use crate::site::EditionLink;

/// The language selector of the page shown (nothing on the not-found page).
#[component]
pub fn LanguageSelector() -> impl IntoView {
    let shown = use_shell().shown;
    move || {
        let editions = shown.with(|shown| shown.page().map(|page| page.editions.clone())).unwrap_or_default();
        (!editions.is_empty()).then(|| {
            let items = editions.into_iter().map(edition_item).collect_view();
            view! {
                <nav class="language-selector" aria-labelledby="language-selector-label">
                    <p class="language-selector__label" id="language-selector-label">
                        <span lang="ja">"言語"</span>" "<span lang="en">"Language"</span>
                    </p>
                    <ul class="language-selector__list">{items}</ul>
                </nav>
            }
        })
    }
}

/// One edition: the current one marked, another one linked, a missing one said so.
fn edition_item(edition: EditionLink) -> impl IntoView {
    let EditionLink { label, lang, url, missing, home, current } = edition;
    let inner = if current {
        view! { <span class="language-selector__current" aria-current="true">{label}</span> }.into_any()
    } else if let Some(url) = url {
        view! { <a href=url hreflang=lang.clone() rel="alternate external">{label}</a> }.into_any()
    } else {
        let note = view! { <span class="language-selector__missing">"（"{missing}"）"</span> };
        match home {
            Some(home) => view! { <a href=home rel="external">{label}{note}</a> }.into_any(),
            None => view! { <span>{label}{note}</span> }.into_any(),
        }
    };
    view! { <li lang=lang>{inner}</li> }
}

/// `lang="ja"` for the shell's Japanese words on a page in another language, else nothing.
pub fn shell_lang(page_lang: &str) -> Option<&'static str> {
    (page_lang != "ja").then_some("ja")
}
