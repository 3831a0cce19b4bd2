//! A content page: breadcrumbs, heading, the facts a reader needs to trust it (所管課,
//! last review, legal basis), its body (which starts with its table of contents) and links onward.

use std::sync::Arc;

use leptos::html::H1;
use leptos::prelude::*;

use super::{Breadcrumbs, ChildPages, PageBody, SiblingLinks};
use crate::site::{PageData, PageFacts, Word};

/// The whole view of one content page.
#[component]
pub fn PageView(page: Arc<PageData>, body: Arc<str>) -> impl IntoView {
    let heading = NodeRef::<H1>::new();
    #[cfg(feature = "hydrate")]
    {
        let (title, lang) = (page.document_title.clone(), page.lang.clone());
        Effect::new(move |_| crate::browser::navigation::page_shown(&title, &lang, heading));
        // A directory applies the filter in the URL whenever the page or its query changes; the
        // body is in place by the next frame. (Search and the course run their own WASMs,
        // `crates/page-modules`.)
        let location = leptos_router::hooks::use_location();
        Effect::new(move |_| {
            location.search.track();
            request_animation_frame(|| {
                crate::browser::directory::body_shown();
            });
        });
    }
    view! {
        {(!page.is_home).then(|| view! { <Breadcrumbs page=page.clone()/> })}
        <article class="page" class:page--home=page.is_home aria-labelledby="page-title">
            <header class="page__header">
                <p class="page__scope">{page.scope_label.clone()}</p>
                <h1 id="page-title" tabindex="-1" node_ref=heading>{page.title.clone()}</h1>
                {page.lead.clone().map(|lead| view! { <p class="page__lead">{lead}</p> })}
                {page.facts.clone().filter(|_| !page.facts_below).map(|facts| view! { <FactList facts words=[Word::FactsDepartment, Word::FactsReviewed, Word::FactsLegal].map(|word| page.words.get(word)) lang=page.facts_lang.clone() legal_lang=(page.lang != "ja").then_some("ja")/> })}
            </header>
            <PageBody body/>
            {page.facts.clone().filter(|_| page.facts_below).map(|facts| view! { <FactList facts words=[Word::FactsDepartment, Word::FactsReviewed, Word::FactsLegal].map(|word| page.words.get(word)) lang=page.facts_lang.clone() legal_lang=(page.lang != "ja").then_some("ja")/> })}
            <ChildPages page=page.clone()/>
            <SiblingLinks page=page.clone()/>
        </article>
    }
}

/// 所管課, last review date and legal basis, as a description list.
#[component]
fn FactList(
    facts: PageFacts,
    words: [String; 3],
    lang: Option<String>,
    legal_lang: Option<&'static str>,
) -> impl IntoView {
    let [department, reviewed, legal_basis] = words;
    let legal = (!facts.legal_basis.is_empty()).then(|| {
        view! {
            <div>
                <dt>{legal_basis}</dt>
                <dd lang=legal_lang>
                    <ul class="plain-list">
                        {facts.legal_basis.iter().map(|law| view! { <li>{law.clone()}</li> }).collect_view()}
                    </ul>
                </dd>
            </div>
        }
    });
    view! {
        <dl class="page-facts">
            <div><dt>{department}</dt><dd lang=lang>{facts.department.clone()}</dd></div>
            <div><dt>{reviewed}</dt><dd><time datetime=facts.reviewed.clone()>{facts.reviewed.clone()}</time></dd></div>
            {legal}
        </dl>
    }
}
