//! How to reach a window, written the same way on its page, its directory card and a guide's
//! result card: the phone as a tap-to-call link that never wraps, the hours, the address with a
//! plain link to the map the city chose, the official page — and, where the data has no
//! number, one sentence saying where to find it, with the 所管課 named.

use crate::content::html::{href, html, Markup};
use crate::content::site_config::City;
use crate::content::windows::{tel_uri, Window};
use crate::i18n::{ja, ja_with};

/// The class of every tap-to-call link (kept on one line by the stylesheet).
pub const TEL_CLASS: &str = "tel";

/// A telephone number as a link that dials it, on one line.
pub fn phone_link(phone: &str) -> Markup {
    html! { a class=(TEL_CLASS) href=(href(&tel_uri(phone))) { (phone) } }
}

/// The address, its postal code and, when the data gives one, a link to its map.
fn address(window: &Window, address: &str) -> Markup {
    let contact = &window.contact;
    html! {
        @if let Some(code) = &contact.postal_code { "〒" (code) " " }
        (address)
        @if let Some(map) = &contact.map_url {
            " " a class="map-link" href=(href(map)) rel="external noreferrer" {
                (ja("contact-map")) span class="visually-hidden" { "：" (window.name) }
            }
        }
    }
}

/// The window's official page, named by its host so the reader sees where the link goes.
fn official_page(window: &Window, url: &str) -> Markup {
    let host = url.split("://").nth(1).and_then(|rest| rest.split('/').next()).unwrap_or(url);
    html! {
        a href=(href(url)) rel="external" {
            (ja("contact-official")) span class="visually-hidden" { "：" (window.name) } "（" (host) "）"
        }
    }
}

/// The facts after the phone, as (term, value): hours, address with its map, official page.
fn details(window: &Window) -> Vec<(String, Markup)> {
    let contact = &window.contact;
    let mut facts = Vec::new();
    if let Some(hours) = &contact.hours {
        facts.push((ja("contact-hours"), html! { (hours) }));
    }
    if let Some(text) = &contact.address {
        facts.push((ja("contact-address"), address(window, text)));
    }
    if let Some(url) = &contact.url {
        facts.push((ja("contact-official"), official_page(window, url)));
    }
    facts
}

/// Every contact fact the data gives, for the window's page: phone, hours, address, official
/// page, fax and e-mail.
pub fn contact_facts(window: &Window) -> Vec<(String, Markup)> {
    let contact = &window.contact;
    let mut facts = Vec::new();
    if let Some(phone) = &contact.phone {
        facts.push((ja("windows-fact-phone"), phone_link(phone)));
    }
    facts.extend(details(window));
    if let Some(fax) = &contact.fax {
        facts.push((ja("windows-contact-fax"), html! { (fax) }));
    }
    if let Some(email) = &contact.email {
        facts.push((ja("windows-contact-email"), html! { a href=(href(&format!("mailto:{email}"))) { (email) } }));
    }
    facts
}

/// Where to find the number when the data has none, in one sentence naming the 所管課:
/// 「電話番号は、伊豆市の代表電話か公式ウェブサイトで、健康長寿課（所管課）の番号を確かめてください。」
pub fn where_to_find_the_number(window: &Window, city: &City) -> Markup {
    html! {
        @match window.stated_department() {
            Some(department) => {
                (ja_with("windows-find-number-before", &[("city", &city.name)]))
                strong { (department) }
                (ja("windows-find-number-after"))
            }
            None => { (ja_with("contact-find-number", &[("city", &city.name)])) }
        }
    }
}

/// The phone line of a card: 「電話：」 and the number, or where to find it.
pub fn phone_line(window: &Window, city: &City) -> Markup {
    match &window.contact.phone {
        Some(phone) => html! { (ja("contact-phone")) (phone_link(phone)) },
        None => where_to_find_the_number(window, city),
    }
}

/// The facts of a card below its phone line (hours, address and map, official page), or nothing.
pub fn card_details(window: &Window, class: &str) -> Markup {
    let facts = details(window);
    html! {
        @if !facts.is_empty() {
            dl class=(class) { @for (term, value) in &facts { div { dt { (term) } dd { (value) } } } }
        }
    }
}
