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

/// One edition, always one `<a>` (a single view type keeps the WASM small): the current one
/// marked `aria-current` and without an address, another one linked, a missing one said so
/// (leading to that edition's home page where it has one).
fn edition_item(edition: EditionLink) -> impl IntoView {
    let EditionLink { label, lang, url, missing, home, current } = edition;
    let exists = url.is_some();
    let note =
        (!current && !exists).then(|| view! { <span class="language-selector__missing">"（"{missing}"）"</span> });
    let href = if current { None } else { url.or(home) };
    let rel = (!current).then_some(if exists { "alternate external" } else { "external" });
    let hreflang = (!current && exists).then(|| lang.clone());
    view! {
        <li lang=lang>
            <a href=href rel=rel hreflang=hreflang aria-current=current.then_some("true") class:language-selector__current=current>
                {label}{note}
            </a>
        </li>
    }
}
