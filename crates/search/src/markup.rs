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

/// The words the search page's script writes in its status line and results. They are not in
/// the WASM: the page writer resolves each from the message catalogue (`search-script-*` in
/// `ja-pages.ftl`) and puts it on the root as the attribute named here; a `{name}` in a word is
/// a placeholder the script fills in. A word the page lacks is empty, never an error. (A
/// result's kind is the text of its option in the form's kind list.)
pub mod words {
    /// The index could not be read.
    pub const FAILED: &str = "data-words-failed";
    /// Nothing found for `{query}`.
    pub const NONE: &str = "data-words-none";
    /// `{total}` found for `{query}`, the best `{shown}` shown.
    pub const SOME: &str = "data-words-some";
    /// `{total}` found for `{query}`, all shown.
    pub const ALL: &str = "data-words-all";
    /// A result's kind and city: `{kind}` and `{city}`.
    pub const KIND_CITY: &str = "data-words-kind-city";
    /// Between the nearby words offered when nothing was found.
    pub const SEPARATOR: &str = "data-words-separator";
    /// Every word attribute, for the test that the page carries each one.
    pub const EVERY: [&str; 6] = [FAILED, NONE, SOME, ALL, KIND_CITY, SEPARATOR];
}
