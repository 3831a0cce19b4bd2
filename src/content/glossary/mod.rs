//! The glossary at hand, a step after the pages are compiled: each term the glossary page defines
//! (`terms`, read from its compiled sections, the one place each definition lives) is marked in
//! the study pages' text (`mark`) as a button that opens its definition in a native popover,
//! without script and without leaving the page. The glossary page itself stays as it is.

pub mod mark;
pub mod terms;

use crate::content::page::CompiledPage;
use crate::content::search::records::GLOSSARY_ID;
use crate::site::page_url;

/// Whether a page's text gets its glossary terms marked: the course (modules, self-checks,
/// cases) and the programme and meeting pages that the course teaches from. Not the glossary
/// itself, and not the やさしい日本語 or English editions (the definitions are in Japanese).
pub fn marks_terms(id: &str) -> bool {
    id == "training" || id.starts_with("training/") || id.starts_with("programmes/") || id == "meetings"
}

/// Marks the glossary's terms in every page [`marks_terms`] picks (nothing when the site has no glossary).
pub fn add_terms_at_hand(pages: &mut [CompiledPage], base: &str) {
    let Some(glossary) = pages.iter().find(|page| page.id == GLOSSARY_ID) else { return };
    let terms = terms::glossary_terms(glossary);
    if terms.is_empty() {
        return;
    }
    let glossary_url = page_url(base, GLOSSARY_ID);
    for page in pages.iter_mut().filter(|page| marks_terms(&page.id)) {
        page.html = mark::mark_terms(&page.html, &terms, &glossary_url);
    }
}
