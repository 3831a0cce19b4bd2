//! Catalogue text as HTML in a page's language: on an English page, every run of Japanese in a
//! message (a document's name such as お薬手帳) is marked `lang="ja"`, as the Markdown renderer
//! does for content, so a screen reader reads it in Japanese.

use crate::content::html::{html, Markup};
use crate::content::markdown::japanese_runs;
use crate::site::Edition;

/// `text` as HTML for a page of `edition`.
pub fn marked(edition: Edition, text: &str) -> Markup {
    if edition != Edition::English {
        return html! { (text) };
    }
    html! {
        @for (japanese, run) in japanese_runs(text) {
            @if japanese { span lang="ja" { (run) } } @else { (run) }
        }
    }
}

/// The message `key` of `edition`, marked (see [`marked`]).
pub fn message(edition: Edition, key: &str) -> Markup {
    marked(edition, &super::text(edition, key))
}

/// The message `key` of `edition` with `args`, marked (see [`marked`]).
pub fn message_with(edition: Edition, key: &str, args: &[(&str, &str)]) -> Markup {
    marked(edition, &super::text_with(edition, key, args))
}
