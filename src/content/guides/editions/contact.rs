//! How to reach a window on an edition guide's result card, in the edition's words: the phone
//! (a tap-to-call link), or where to find the number naming the 所管課, then the hours, the
//! address with its map link and the official page. The facts themselves (names, hours,
//! addresses) are the Japanese data, marked `lang="ja"` on English pages. The Japanese guide
//! uses `windows::contact`, shared with the windows' pages.

use crate::content::html::{href, html, Markup};
use crate::content::site_config::City;
use crate::content::windows::contact::phone_link;
use crate::content::windows::Window;
use crate::i18n::marked::{marked, message, message_with};
use crate::i18n::text;
use crate::site::Edition;

/// The phone line of a card: the number, or where to find it.
pub fn phone_line(window: &Window, city: &City, edition: Edition) -> Markup {
    match (&window.contact.phone, window.stated_department()) {
        (Some(phone), _) => html! { (message(edition, "contact-phone")) (phone_link(phone)) },
        (None, Some(department)) => {
            message_with(edition, "contact-find-number-department", &[("city", &city.name), ("department", department)])
        }
        (None, None) => message_with(edition, "contact-find-number", &[("city", &city.name)]),
    }
}

/// The facts after the phone line (hours, address and map, official page), or nothing.
pub fn card_details(window: &Window, edition: Edition) -> Markup {
    let contact = &window.contact;
    let hidden_name = |key: &str| {
        html! { (text(edition, key)) span class="visually-hidden" { ": " (marked(edition, &window.name)) } }
    };
    let mut facts: Vec<(String, Markup)> = Vec::new();
    if let Some(hours) = &contact.hours {
        facts.push((text(edition, "contact-hours"), marked(edition, hours)));
    }
    if let Some(address) = &contact.address {
        let value = html! {
            @if let Some(code) = &contact.postal_code { "〒" (code) " " }
            (marked(edition, address))
            @if let Some(map) = &contact.map_url {
                " " a class="map-link" href=(href(map)) rel="external noreferrer" { (hidden_name("contact-map")) }
            }
        };
        facts.push((text(edition, "contact-address"), value));
    }
    if let Some(url) = &contact.url {
        let host = url.split("://").nth(1).and_then(|rest| rest.split('/').next()).unwrap_or(url);
        let value = html! { a href=(href(url)) rel="external" { (hidden_name("contact-official")) " (" (host) ")" } };
        facts.push((text(edition, "contact-official"), value));
    }
    html! {
        @if !facts.is_empty() {
            dl class="pick-card__details" { @for (term, value) in &facts { div { dt { (term) } dd { (value) } } } }
        }
    }
}
