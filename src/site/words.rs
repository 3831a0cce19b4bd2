//! The shell's words for one page's language — skip link, header, menu, pager, footer — as
//! data. The native build fills them from the message catalogue (`crate::i18n::shell_words`)
//! and writes them into each page's JSON and each navigation fragment; the views read them from
//! there, so the WASM holds no catalogue and one WASM serves every language.

use serde::{Deserialize, Serialize};

/// Every word the site shell shows. Empty by default: a page from an older build that lacks
/// them shows no shell words rather than failing to hydrate.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
#[serde(default)]
pub struct ShellWords {
    /// The skip link to `<main>`.
    pub skip_link: String,
    /// The notice that a new build is ready.
    pub update_ready: String,
    /// Its reload link.
    pub reload: String,
    /// The header's emergency link.
    pub emergency: String,
    /// The button that opens the menu on a narrow screen.
    pub menu: String,
    /// The main navigation's label.
    pub main_nav: String,
    /// The text-size control's label.
    pub text_size: String,
    /// The text sizes: standard, large, extra large.
    pub sizes: [String; 3],
    /// The ふりがな switch.
    pub furigana: String,
    /// The search box's label.
    pub search_label: String,
    /// The search button.
    pub search_button: String,
    /// The pager's label.
    pub pager: String,
    /// The pager's hint over the previous page.
    pub previous: String,
    /// The pager's hint over the next page.
    pub next: String,
    /// The breadcrumbs' label.
    pub breadcrumbs: String,
    /// The page facts' labels: department, last reviewed, legal basis.
    pub facts: [String; 3],
    /// The footer's line on the page: before the department, before the date, after it.
    pub footer_page: [String; 3],
    /// The label of the footer's links about the site.
    pub footer_about: String,
    /// The footer's privacy sentence.
    pub privacy: String,
}
