//! The shell's words for one page's language — skip link, header, menu, pager, footer — as
//! data. The native build fills them from the message catalogue (`crate::i18n::shell_words`)
//! and writes them into each page's JSON and each navigation fragment; the views read them from
//! there, so the WASM holds no catalogue and one WASM serves every language.

use serde::{Deserialize, Serialize};

/// Every word the site shell shows, in the order of [`Word::ALL`], then the main navigation's
/// labels in its order (see [`ShellWords::nav_label`]). A plain list in the JSON
/// (not an object with a field per word) keeps the WASM's reader small. Empty by default: a
/// page from an older build shows no shell words rather than failing to hydrate.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
#[serde(transparent)]
pub struct ShellWords(pub Vec<String>);

impl ShellWords {
    /// The word `word` (empty when the list is short).
    pub fn get(&self, word: Word) -> String {
        self.at(word as usize)
    }

    /// The word at `index` of the list (empty when the list is short).
    pub fn at(&self, index: usize) -> String {
        self.0.get(index).cloned().unwrap_or_default()
    }

    /// Where the label of the main navigation's item `item` sits in the list.
    pub fn nav_label(item: usize) -> usize {
        Word::ALL.len() + item
    }
}

/// One word of the shell.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Word {
    /// The skip link to `<main>`.
    SkipLink,
    /// The notice that a new build is ready.
    UpdateReady,
    /// Its reload link.
    Reload,
    /// The header's emergency link.
    Emergency,
    /// The button that opens the menu on a narrow screen.
    Menu,
    /// The main navigation's label.
    MainNav,
    /// The text-size control's label.
    TextSize,
    /// The standard text size.
    SizeStandard,
    /// The large text size.
    SizeLarge,
    /// The extra-large text size.
    SizeExtraLarge,
    /// The ふりがな switch.
    Furigana,
    /// The search box's label.
    SearchLabel,
    /// The search button.
    SearchButton,
    /// The pager's label.
    Pager,
    /// The pager's hint over the previous page.
    Previous,
    /// The pager's hint over the next page.
    Next,
    /// The breadcrumbs' label.
    Breadcrumbs,
    /// The page facts' label for the 所管課.
    FactsDepartment,
    /// The page facts' label for the last review.
    FactsReviewed,
    /// The page facts' label for the legal basis.
    FactsLegal,
    /// The footer's page line, before the department.
    FooterDepartment,
    /// The footer's page line, before the date.
    FooterReviewedBefore,
    /// The footer's page line, after the date.
    FooterReviewedAfter,
    /// The label of the footer's links about the site.
    FooterAbout,
    /// The footer's privacy sentence.
    Privacy,
    /// The language of these words (BCP 47: `ja`, `en`), for the `lang` of a view with no page.
    Lang,
    /// The heading and tab title when a page could not be fetched.
    LoadFailedTitle,
    /// The sentence saying so.
    LoadFailed,
    /// Its link that loads the page in full.
    LoadFailedRetry,
    /// The site's name in this edition (`site.toml`, or its `[easy]` / `[en]` table).
    SiteTitle,
    /// The line under the name.
    SiteTagline,
    /// The footer notice's bold label.
    NoticeLabel,
    /// The footer notice.
    Notice,
    /// The language the site's names are written in (`ja` where the edition has none of its
    /// own): they are marked with it where it is not the page's.
    SiteLang,
    /// The address of this edition's home page (the Japanese one where the edition has none).
    HomeUrl,
    /// The address of this edition's emergency page (the Japanese one where it has none).
    EmergencyUrl,
}

impl Word {
    /// Every word, in the order of the list.
    pub const ALL: [Word; 36] = [
        Word::SkipLink,
        Word::UpdateReady,
        Word::Reload,
        Word::Emergency,
        Word::Menu,
        Word::MainNav,
        Word::TextSize,
        Word::SizeStandard,
        Word::SizeLarge,
        Word::SizeExtraLarge,
        Word::Furigana,
        Word::SearchLabel,
        Word::SearchButton,
        Word::Pager,
        Word::Previous,
        Word::Next,
        Word::Breadcrumbs,
        Word::FactsDepartment,
        Word::FactsReviewed,
        Word::FactsLegal,
        Word::FooterDepartment,
        Word::FooterReviewedBefore,
        Word::FooterReviewedAfter,
        Word::FooterAbout,
        Word::Privacy,
        Word::Lang,
        Word::LoadFailedTitle,
        Word::LoadFailed,
        Word::LoadFailedRetry,
        Word::SiteTitle,
        Word::SiteTagline,
        Word::NoticeLabel,
        Word::Notice,
        Word::SiteLang,
        Word::HomeUrl,
        Word::EmergencyUrl,
    ];
}
