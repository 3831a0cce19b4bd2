//! The site footer: the site's notice, who answers for the current page, and the site's own
//! links (the accessibility policy).

use leptos::prelude::*;

use crate::shell::{site_names_lang, use_content_lang, use_shell, use_words, word};
use crate::site::Word;

/// Footer with the site's notice and the current page's 所管課 and review date.
#[component]
pub fn Footer() -> impl IntoView {
    let shell = use_shell();
    let shown = shell.shown;
    let words = use_words();
    let content_lang = use_content_lang();
    let page_facts = move || {
        let (footer, lang) =
            shown.with(|shown| shown.page().map(|page| (page.footer.clone(), page.facts_lang.clone())))?;
        footer.map(|facts| {
            let [department, before_date, after_date] = words.with(|words| {
                [Word::FooterDepartment, Word::FooterReviewedBefore, Word::FooterReviewedAfter]
                    .map(|word| words.get(word))
            });
            view! {
                <p class="site-footer__page">
                    {department}<span lang=lang>{facts.department}</span>{before_date}
                    <time datetime=facts.reviewed.clone()>{facts.reviewed.clone()}</time>{after_date}
                </p>
            }
        })
    };
    let site = shell.site;
    let label = (!site.notice_label.is_empty()).then(|| view! { <strong>{word(words, Word::NoticeLabel)}</strong> });
    let links = (!site.footer_links.is_empty()).then(|| {
        let items = site
            .footer_links
            .iter()
            .map(|link| view! { <li><a href=link.url.clone()>{link.label.clone()}</a></li> })
            .collect_view();
        view! {
            <nav class="site-footer__links" aria-label=word(words, Word::FooterAbout)>
                <ul lang=content_lang>{items}</ul>
            </nav>
        }
    });
    view! {
        <footer class="site-footer">
            <p class="site-footer__notice" lang=site_names_lang(words)>{label}{word(words, Word::Notice)}</p>
            {page_facts}
            {links}
            <p class="site-footer__privacy">
                {word(words, Word::Privacy)}
            </p>
        </footer>
    }
}
