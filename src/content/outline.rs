//! What a page body says about itself, whoever wrote it (the Markdown renderer or a page made
//! from data): its headings, for the table of contents and anchor checks, its links to other
//! pages, for the link checks, and (Markdown pages) the plain text of each section, for search.

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

/// The plain text of one section of a Markdown page (from one heading to the next), for the
/// search index. The text before the first heading has no heading.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct SectionText {
    /// The heading's anchor id (empty before the first heading).
    pub id: String,
    /// The heading's text (empty before the first heading).
    pub heading: String,
    /// The section's text, blocks separated by spaces.
    pub text: String,
}
