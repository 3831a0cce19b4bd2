//! The site header: name, text-size setting and main navigation with the current section marked.

use leptos::prelude::*;

use super::TextSizeControl;
use crate::app::use_current_page;
use crate::site::SITE;

/// Header with the site name, the text-size control and the main navigation.
#[component]
pub fn Header() -> impl IntoView {
    let current = use_current_page();
    let home = SITE.home();
    let items = SITE.nav.iter().map(|&index| &SITE.pages[index]).map(|item| {
        let marker = move || {
            let page = current.get()?;
            if page.index == item.index {
                Some("page")
            } else if SITE.nav_item_for(page).is_some_and(|section| section.index == item.index) {
                Some("true")
            } else {
                None
            }
        };
        view! {
            <li><a href=SITE.url_of(item) aria-current=marker>{item.title}</a></li>
        }
    });
    view! {
        <header class="site-header">
            <div class="site-header__inner">
                <p class="site-name">
                    <a href=SITE.url_of(home)>
                        <span class="site-name__title">{SITE.title}</span>
                        <span class="site-name__tagline">{SITE.tagline}</span>
                    </a>
                </p>
                <TextSizeControl/>
            </div>
            <nav class="main-nav" aria-label="メインメニュー">
                <ul>{items.collect_view()}</ul>
            </nav>
        </header>
    }
}
