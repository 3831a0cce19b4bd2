//! Links onward from a page: its child pages as cards, and the previous and next page in its section.

use leptos::prelude::*;

use crate::site::{PageMeta, SITE};

/// The pages under this one, with their summaries.
#[component]
pub fn ChildPages(page: &'static PageMeta) -> impl IntoView {
    (!page.children.is_empty()).then(|| {
        let cards = SITE.children(page).map(|child| {
            view! {
                <li class="card">
                    <a class="card__link" href=SITE.url_of(child)>{child.title}</a>
                    <p class="card__summary">{child.summary}</p>
                </li>
            }
        });
        let heading =
            if page.id.is_empty() { "このサイトの内容" } else { "このページの下にあるページ" };
        view! {
            <section class="child-pages" aria-labelledby="child-pages-title">
                <h2 id="child-pages-title">{heading}</h2>
                <ul class="cards">{cards.collect_view()}</ul>
            </section>
        }
    })
}

/// Previous and next page among the siblings, for reading a section in order.
#[component]
pub fn SiblingLinks(page: &'static PageMeta) -> impl IntoView {
    let (previous, next) = SITE.siblings(page);
    (previous.is_some() || next.is_some()).then(|| {
        view! {
            <nav class="pager" aria-label="前後のページ">
                {previous.map(|p| view! { <a class="pager__previous" href=SITE.url_of(p)><span class="pager__hint">"前のページ"</span>{p.title}</a> })}
                {next.map(|n| view! { <a class="pager__next" href=SITE.url_of(n)><span class="pager__hint">"次のページ"</span>{n.title}</a> })}
            </nav>
        }
    })
}
