//! The header's small emergency link: on every page, to the one page with 110, 119 and 189
//! as tap-to-call links. Shown only when the site has that page.

use leptos::prelude::*;

use crate::shell::{use_shell, use_words, word};
use crate::site::Word;

/// 「緊急のとき」, a link to the emergency page (nothing when the site has none).
#[component]
pub fn EmergencyLink() -> impl IntoView {
    let url = use_shell().site.emergency_url.clone();
    let words = use_words();
    // The edition's own emergency page where it has one (the address is among the words).
    url.map(|_| {
        view! {
            <a class="emergency-link" href=word(words, Word::EmergencyUrl)>
                {word(words, Word::Emergency)}
                <span class="emergency-link__numbers">"110・119・189"</span>
            </a>
        }
    })
}
