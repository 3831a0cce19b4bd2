//! A window card's 「…を選んだため」: the answers its pick's condition reads, one item per
//! option it names (the browser shows the ones the reader chose), so every card, single-topic
//! or not, says which answers led to it.

use std::collections::BTreeMap;

use crate::content::guides::checked::NodeProse;
use crate::content::html::{html, Markup};
use crate::guide::{query::UNKNOWN, Condition};
use crate::i18n::{text, text_with};
use crate::site::Edition;

/// The answers a condition reads, as (`question:option` tag, what the reader chose) — in the
/// condition's order, each once.
pub fn because_items(when: &Condition, prose: &BTreeMap<String, NodeProse>, edition: Edition) -> Vec<(String, String)> {
    let quoted = |words: &str| text_with(edition, "guide-quoted", &[("text", words)]);
    let mut items: Vec<(String, String)> = Vec::new();
    let mut push = |tag: String, text: String| {
        if !items.iter().any(|(known, _)| *known == tag) {
            items.push((tag, text));
        }
    };
    let mut leaves = vec![when];
    while let Some(condition) = leaves.pop() {
        match condition {
            Condition::All(all) => leaves.extend(all.iter().rev()),
            Condition::AnyOf { question, options } => {
                let words = prose.get(question.as_ref());
                for option in options.iter() {
                    let label = words
                        .and_then(|words| words.options.iter().find(|(id, _)| id == option.as_ref()))
                        .map_or(option.as_ref(), |(_, label)| label.as_str());
                    push(format!("{question}:{option}"), quoted(label));
                }
            }
            Condition::Unknown { question } => {
                let title = prose.get(question.as_ref()).map_or(question.as_ref(), |words| words.title.as_str());
                push(
                    format!("{question}:{UNKNOWN}"),
                    text_with(edition, "guide-because-unknown", &[("question", title)]),
                );
            }
            Condition::AtLeast { .. } | Condition::Always => {}
        }
    }
    items
}

/// The card's line: the chosen answers it was picked for, or that it is offered whatever the
/// answers were.
pub fn because_line(when: &Condition, prose: &BTreeMap<String, NodeProse>, edition: Edition) -> Markup {
    let items = because_items(when, prose, edition);
    html! {
        p class="pick-card__because" {
            @if items.is_empty() {
                (text(edition, "guide-because-any"))
            } @else {
                (text(edition, "guide-because-before"))
                span class="because-list" {
                    @for (tag, text) in &items {
                        span data-because=(tag) { (crate::i18n::marked::marked(edition, text)) }
                    }
                }
                (text(edition, "guide-because-after"))
            }
        }
    }
}
