//! The site footer: the sample-data notice and who answers for the current page.

use leptos::prelude::*;

use crate::app::use_current_page;
use crate::site::SITE;

/// Footer with the sample-data notice and the current page's 所管課 and review date.
#[component]
pub fn Footer() -> impl IntoView {
    let current = use_current_page();
    let page_facts = move || {
        current.get().filter(|page| !page.department.is_empty()).map(|page| {
            view! {
                <p class="site-footer__page">
                    "このページの所管："{page.department}"（最終確認日 "
                    <time datetime=page.reviewed>{page.reviewed}</time>"）"
                </p>
            }
        })
    };
    view! {
        <footer class="site-footer">
            <p class="site-footer__notice"><strong>"サンプルデータです。"</strong>{SITE.notice}</p>
            {page_facts}
            <p class="site-footer__privacy">
                "このサイトはクッキーや利用状況の計測を使いません。入力した内容が端末の外に送られることはありません。"
            </p>
        </footer>
    }
}
