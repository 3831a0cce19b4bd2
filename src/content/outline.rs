//! What a page body says about itself, whoever wrote it (the Markdown renderer or a page made
//! from data): its headings, for the table of contents and anchor checks, and its links to other
//! pages, for the link checks.

/// A heading of a rendered page, for its table of contents and for anchor checks.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Heading {
    /// 2 for `##`, 3 for `###`, and so on.
    pub level: u8,
    /// The anchor id the heading got.
    pub id: String,
    /// The heading's plain text.
    pub text: String,
}

/// A link to another page (or an anchor) written as `@page-id#anchor`, to check once all pages are known.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct InternalLink {
    /// The page id after `@` (empty for the home page or for `#anchor` on the same page).
    pub page_id: String,
    /// The part after `#`, if any.
    pub anchor: Option<String>,
    /// Whether the link was a bare `#anchor` pointing into the same page.
    pub same_page: bool,
    /// 1-based line in the file.
    pub line: usize,
}
