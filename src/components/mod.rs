//! The views of the site shell and of a content page, shared by the prerenderer and the browser.
//! They read the site and the page from context (`ShellContext`), never from compiled-in data.

mod breadcrumbs;
mod emergency_link;
mod footer;
mod furigana_switch;
mod header;
mod language_selector;
mod page;
mod page_body;
mod section_links;
mod text_size;

pub use breadcrumbs::Breadcrumbs;
pub use emergency_link::EmergencyLink;
pub use footer::Footer;
pub use furigana_switch::FuriganaSwitch;
pub use header::Header;
pub use language_selector::LanguageSelector;
pub use page::PageView;
pub use page_body::{LoadFailed, NotFound, PageBody};
pub use section_links::{ChildPages, SiblingLinks};
pub use text_size::TextSizeControl;
