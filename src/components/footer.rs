//! The site footer: the site's notice, who answers for the current page, and the site's own
//! links (the accessibility policy).

use leptos::prelude::*;

use super::shell_lang;
use crate::shell::use_shell;

/// Footer with the site's notice and the current page's 所管課 and review date.
#[component]
pub fn Footer() -> impl IntoView {
    let shell = use_shell();
    let shown = shell.shown;
    let page_facts = move || {
        shown.with(|shown| shown.page().and_then(|page| page.footer.clone())).map(|facts| {
            view! {
                <p class="site-footer__page">
                    "このページの所管："{facts.department}"（最終確認日 "
                    <time datetime=facts.reviewed.clone()>{facts.reviewed.clone()}</time>"）"
                </p>
            }
        })
    };
    let site = shell.site;
    let label = (!site.notice_label.is_empty()).then(|| view! { <strong>{site.notice_label.clone()}</strong> });
    let links = (!site.footer_links.is_empty()).then(|| {
        let items = site
            .footer_links
            .iter()
            .map(|link| view! { <li><a href=link.url.clone()>{link.label.clone()}</a></li> })
            .collect_view();
        view! {
            <nav class="site-footer__links" aria-label="このサイトについて">
                <ul>{items}</ul>
            </nav>
        }
    });
    view! {
        <footer class="site-footer" lang=move || shown.with(|shown| shown.page().and_then(|page| shell_lang(&page.lang)))>
            <p class="site-footer__notice">{label}{site.notice.clone()}</p>
            {page_facts}
            {links}
            <p class="site-footer__privacy">
                "このサイトはクッキーや利用状況の計測を使いません。入力した内容が端末の外に送られることはありません。"
            </p>
        </footer>
    }
}
