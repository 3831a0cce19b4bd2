//! The search page's root as the page writer (`content::search::page`) makes it and the search
//! page's own WASM (`crates/page-modules`, `search`) reads it back: its id and attributes.

/// The search page's root: it carries the index folder's address ([`INDEX_ATTR`]), the site's
/// base path ([`BASE_ATTR`]) and the page module's name ([`PAGE_MODULE`]).
pub const ROOT_ID: &str = "search-app";
/// On the root: the value of `data-page-module` that makes the start script load the search
/// page's own WASM at once, instead of the app.
pub const PAGE_MODULE: &str = "search";
/// On the root: the index folder's address (`/search/<hash>/`).
pub const INDEX_ATTR: &str = "data-index";
/// On the root: the site's base path (`/` or `/fukushi/jusou/`), which results' links start with.
pub const BASE_ATTR: &str = "data-base";
