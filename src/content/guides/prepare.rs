//! A result's 「相談の前に」 box, at the top of the result: what to say at any window, and what
//! to bring by the kind of window (the audiences in windows.toml). Each kind's item names the
//! picks it is for, and the browser shows it when one of them is a first window.

use crate::content::html::{html, Markup};
use crate::content::windows::CityWindows;
use crate::guide::Outcome;
use crate::i18n::marked::message;
use crate::i18n::text_with;
use crate::site::Edition;
use crate::taxonomy::Audience;

/// The box: the words to say at any window, then an item per kind of the outcome's windows.
pub fn prepare_box(outcome: &Outcome, windows: &CityWindows, edition: Edition) -> Markup {
    let kinds: Vec<(Audience, String)> = Audience::ALL
        .into_iter()
        .filter_map(|audience| {
            let picks: Vec<String> = outcome
                .windows
                .iter()
                .enumerate()
                .filter(|(_, pick)| {
                    windows
                        .windows
                        .iter()
                        .any(|window| window.id == pick.window.as_ref() && window.audiences.contains(&audience))
                })
                .map(|(index, _)| index.to_string())
                .collect();
            (!picks.is_empty()).then(|| (audience, picks.join(" ")))
        })
        .collect();
    html! {
        div class="guide-prepare" {
            h3 { (message(edition, "guide-prepare-title")) }
            p { (message(edition, "guide-prepare-lead")) }
            dl class="guide-prepare__list" {
                @for (audience, picks) in &kinds {
                    @let kind = crate::i18n::text(edition, &format!("audience-{}", audience.id()));
                    div data-prepare=(picks) hidden {
                        dt { (text_with(edition, "guide-prepare-kind", &[("kind", &kind)])) }
                        dd { (message(edition, "guide-prepare-bring")) (message(edition, &format!("prepare-bring-{}", audience.id()))) }
                        dd { (message(edition, "guide-prepare-say")) (message(edition, &format!("prepare-say-{}", audience.id()))) }
                    }
                }
            }
        }
    }
}
