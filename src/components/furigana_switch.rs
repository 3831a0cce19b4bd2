//! The ふりがな switch: one toggle button that shows or hides the readings over kanji (the
//! build wrote them into the page as `<ruby>`; CSS alone shows or hides them). Kept on this device.

use leptos::prelude::*;

use crate::preferences::Furigana;
use crate::shell::{use_words, word};
use crate::site::Word;

/// 「ふりがな」, pressed when readings are shown. The prerendered page shows it not pressed;
/// after hydration the stored choice is applied (the inline script in the head applies it
/// even earlier, before first paint).
#[component]
pub fn FuriganaSwitch() -> impl IntoView {
    let choice = RwSignal::new(Furigana::Hidden);
    let words = use_words();
    #[cfg(feature = "hydrate")]
    Effect::new(move |_| choice.set(crate::browser::furigana::load_furigana()));
    let toggle = move |_| {
        let next = choice.get_untracked().toggled();
        choice.set(next);
        #[cfg(feature = "hydrate")]
        crate::browser::furigana::save_furigana(next);
    };
    view! {
        <button type="button" class="furigana-switch" aria-pressed=move || (choice.get() == Furigana::Shown).to_string() on:click=toggle>
            {word(words, Word::Furigana)}
        </button>
    }
}
