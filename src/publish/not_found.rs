//! The not-found page's body (`404.html`). A static host answers every unknown address with
//! one file, whatever the address's language, so the page says it in each edition — Japanese
//! first (the site's language), then やさしい日本語, then English marked `lang="en"` — each
//! with a link to its own edition's home page. Choosing one language by the address in the
//! browser would need code in the WASM and would still leave readers without JavaScript (and
//! a mistyped prefix) with Japanese only; this page needs neither.

use crate::content::html::{html, PageHtml};

use crate::site::{Edition, Link};

/// An edition's way back: its home page, if it has one.
pub struct EditionHome {
    /// The edition.
    pub edition: Edition,
    /// Its home page's address, or `None` where the edition has no pages.
    pub url: Option<String>,
}

/// The body of `404.html`: the heading, the Japanese sentence with the way home and the main
/// sections, then a section per other edition. `home` is the Japanese home page's address.
pub fn not_found_body(home: &str, nav: &[Link], editions: &[EditionHome]) -> PageHtml {
    let text = |edition: Edition, key: &str| crate::i18n::text(edition, key);
    let japanese = Edition::Japanese;
    let mut body = PageHtml::default();
    body.push(html! {
        article class="page" aria-labelledby="page-title" {
            header class="page__header" {
                h1 id="page-title" tabindex="-1" { (text(japanese, "not-found-title")) }
            }
            div class="prose" {
                p { (text(japanese, "not-found-text")) }
                p { a href=(home) { (text(japanese, "not-found-home")) } }
                h2 { (text(japanese, "not-found-sections")) }
                ul { @for link in nav { li { a href=(link.url) { (link.label) } } } }
                @for other in editions.iter().filter(|other| other.edition != japanese) {
                    @let id = format!("not-found-{}", other.edition.key());
                    @let lang = (other.edition.lang() != japanese.lang()).then_some(other.edition.lang());
                    section lang=[lang] aria-labelledby=(id) {
                        h2 id=(id) { (text(other.edition, "not-found-title")) }
                        p { (text(other.edition, "not-found-text")) }
                        @match &other.url {
                            Some(url) => p { a href=(url) { (text(other.edition, "not-found-home")) } },
                            None => p { a href=(home) hreflang="ja" { (text(other.edition, "not-found-home-japanese")) } },
                        }
                    }
                }
            }
        }
    });
    body
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_edition_says_it_and_leads_to_its_own_home_or_the_japanese_one() {
        let nav = [Link { label: "用語集".to_string(), url: "/glossary/".to_string(), lang: "ja".to_string() }];
        let editions = [
            EditionHome { edition: Edition::Japanese, url: Some("/".to_string()) },
            EditionHome { edition: Edition::Easy, url: None },
            EditionHome { edition: Edition::English, url: Some("/en/".to_string()) },
        ];
        let html = not_found_body("/", &nav, &editions).as_str().to_string();
        assert!(html.contains(">ページが見つかりません</h1>"), "{html}");
        assert!(html.contains(r#"<a href="/glossary/">用語集</a>"#), "{html}");
        assert!(
            html.contains(
                r#"<section lang="en" aria-labelledby="not-found-en"><h2 id="not-found-en">Page not found</h2>"#
            ),
            "{html}"
        );
        assert!(html.contains(r#"<a href="/en/">Go to the pages in English</a>"#), "{html}");
        assert!(
            html.contains(r#"<section aria-labelledby="not-found-easy">"#),
            "やさしい日本語 is ja, as the page: {html}"
        );
        assert!(html.contains(r#"<a href="/" hreflang="ja">ホームへ（ふつうの 日本語の ページ）</a>"#), "{html}");
    }
}
