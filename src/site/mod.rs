//! The site as the app sees it: the page↔script contract (`data`) and addresses (`paths`).
//! Pure: no browser, no Leptos, no content. The WASM learns everything about a page from the
//! page itself, so one WASM serves every site.

mod data;
mod edition;
mod paths;
mod words;

pub use data::{
    Card, EditionLink, FooterFacts, Link, NavMark, PageData, PageFacts, PageFragment, PageScript, SiteData,
    DATA_ELEMENT_ID,
};
pub use edition::Edition;
pub use paths::{fragment_path, page_id_for_path, page_url};
pub use words::{ShellWords, Word};
