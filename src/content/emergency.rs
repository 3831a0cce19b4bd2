//! Step 3 of the content pipeline, for the emergency numbers: the page `emergency.md` (national,
//! a city may word its own) is their one source. Its section `{#numbers}` is shown on the page,
//! on every guide's danger screen, and the header of every page links to the page.

use crate::content::error::ContentError;
use crate::content::html::PageHtml;
use crate::content::outline::InternalLink;
use crate::content::page::CompiledPage;

/// The page id of the emergency page (`emergency.md`, served at `/emergency/`).
pub const EMERGENCY_PAGE_ID: &str = "emergency";

/// The id of its section with the numbers, which the guides show too.
pub const NUMBERS_SECTION: &str = "numbers";

/// The emergency numbers as the emergency page words them (its section `{#numbers}`), or `None`
/// when the site has no emergency page. A page without the section is an error at its file.
pub fn numbers(pages: &[(CompiledPage, Vec<InternalLink>)], errors: &mut Vec<ContentError>) -> Option<PageHtml> {
    let (page, _) = pages.iter().find(|(page, _)| page.id == EMERGENCY_PAGE_ID)?;
    let numbers = page.html.section_content(NUMBERS_SECTION);
    if numbers.is_none() {
        errors.push(ContentError::in_file(
            &page.source,
            format!("the emergency page has no section `{{#{NUMBERS_SECTION}}}`"),
            format!("Put the numbers under a heading such as `## すぐに電話する番号 {{#{NUMBERS_SECTION}}}`: the guides' danger screens show that section, as tap-to-call links such as `[110番](tel:110)`."),
        ));
    }
    numbers
}
