//! Links onward from a page: its child pages as cards, and the previous and next page in its section.

use std::sync::Arc;

use leptos::prelude::*;

use crate::site::{PageData, Word};

/// The pages under this one, with their summaries.
#[component]
pub fn ChildPages(page: Arc<PageData>) -> impl IntoView {
    (!page.children.is_empty()).then(|| {
        let cards = page.children.clone().into_iter().map(|child| {
            view! {
                <li class="card">
                    <a class="card__link" href=child.url>{child.title}</a>
                    <p class="card__summary">{child.summary}</p>
                </li>
            }
        });
        view! {
            <section class="child-pages" aria-labelledby="child-pages-title">
                <h2 id="child-pages-title">{page.children_heading.clone()}</h2>
                <ul class="cards">{cards.collect_view()}</ul>
            </section>
        }
    })
}

/// Previous and next page among the siblings, for reading a section in order.
#[component]
pub fn SiblingLinks(page: Arc<PageData>) -> impl IntoView {
    let (previous, next) = (page.previous.clone(), page.next.clone());
    (previous.is_some() || next.is_some()).then(|| {
        view! {
            <nav class="pager" aria-label=page.words.get(Word::Pager)>
                {previous.map(|p| view! { <a class="pager__previous" href=p.url><span class="pager__hint">{page.words.get(Word::Previous)}</span>{p.label}</a> })}
                {next.map(|n| view! { <a class="pager__next" href=n.url><span class="pager__hint">{page.words.get(Word::Next)}</span>{n.label}</a> })}
            </nav>
        }
    })
}
