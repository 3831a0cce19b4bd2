//! The views of the site shell and of a content page, shared by prerender and browser.

mod breadcrumbs;
mod footer;
mod header;
mod not_found;
mod page;
mod page_body;
mod section_links;
mod text_size;

pub use breadcrumbs::Breadcrumbs;
pub use footer::Footer;
pub use header::Header;
pub use not_found::{NotFound, NOT_FOUND_TITLE};
pub use page::PageView;
pub use page_body::PageBody;
pub use section_links::{ChildPages, SiblingLinks};
pub use text_size::TextSizeControl;

/// The browser-tab title of a page.
pub fn document_title(page_title: Option<&str>) -> String {
    let site = &crate::site::SITE;
    match page_title {
        Some(title) if !title.is_empty() => format!("{title}｜{}", site.title),
        _ => format!("{}｜{}", site.title, site.tagline),
    }
}
