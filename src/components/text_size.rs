//! The text-size setting: three toggle buttons; the choice is kept on this device.

use leptos::prelude::*;

use crate::preferences::TextSize;
use crate::shell::{use_words, word};
use crate::site::Word;

/// Buttons that make the whole site's text larger or smaller. The prerendered page shows
/// the standard size pressed; after hydration the stored choice is applied (an inline script in
/// `index.html` applies it even earlier, before first paint).
#[component]
pub fn TextSizeControl() -> impl IntoView {
    let size = RwSignal::new(TextSize::Standard);
    #[cfg(feature = "hydrate")]
    Effect::new(move |_| size.set(crate::browser::preferences::load_text_size()));

    let words = use_words();
    let buttons = TextSize::ALL.map(|choice| {
        let choose = move |_| {
            size.set(choice);
            #[cfg(feature = "hydrate")]
            crate::browser::preferences::save_text_size(choice);
        };
        // `value`, not a data-* attribute: Leptos re-sets custom attributes while hydrating.
        view! {
            <button type="button" value=choice.as_str() aria-pressed=move || (size.get() == choice).to_string() on:click=choose>
                {word(words, SIZE_WORDS[choice.position()])}
            </button>
        }
    });
    view! {
        <div class="text-size" role="group" aria-labelledby="text-size-label">
            <span id="text-size-label" class="text-size__label">{word(words, Word::TextSize)}</span>
            {buttons.into_iter().collect_view()}
        </div>
    }
}

/// The word of each size, in the order of [`TextSize::ALL`].
const SIZE_WORDS: [Word; 3] = [Word::SizeStandard, Word::SizeLarge, Word::SizeExtraLarge];
