//! A page's table of contents, written into its body at build time (so the WASM's page index
//! need not carry every heading): its level-2 and level-3 headings, when it has two or more.

use crate::content::html::{html, Markup};
use crate::content::outline::Heading;
use crate::site::Edition;

/// The contents, titled in the page's `edition`, or nothing for a page with fewer than two sections.
pub fn toc_html(headings: &[Heading], edition: Edition) -> Markup {
    let entries: Vec<&Heading> = headings.iter().filter(|heading| (2..=3).contains(&heading.level)).collect();
    if entries.len() < 2 {
        return html! {};
    }
    html! {
        nav class="toc" aria-labelledby="toc-title" {
            h2 id="toc-title" class="toc__title" { (crate::i18n::text(edition, "toc-title")) }
            ol class="plain-list" {
                @for heading in entries {
                    li class=(if heading.level > 2 { "toc__item toc__item--sub" } else { "toc__item" }) {
                        a href={ "#" (heading.id) } target="_self" { (heading.text) }
                    }
                }
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn heading(level: u8, id: &str, text: &str) -> Heading {
        Heading { level, id: id.to_string(), text: text.to_string() }
    }

    #[test]
    fn two_sections_or_more_get_contents_with_sub_entries_and_escaped_text() {
        assert_eq!(toc_html(&[heading(2, "a", "一")], Edition::Japanese).into_string(), "");
        let html =
            toc_html(&[heading(2, "a", "一"), heading(3, "b", "<二>"), heading(4, "c", "三")], Edition::Japanese)
                .into_string();
        assert!(html.contains(r##"<li class="toc__item"><a href="#a" target="_self">一</a></li>"##), "{html}");
        assert!(
            html.contains(r##"<li class="toc__item toc__item--sub"><a href="#b" target="_self">&lt;二&gt;</a></li>"##),
            "{html}"
        );
        assert!(!html.contains("三"), "level 4 stays out");
    }
}
