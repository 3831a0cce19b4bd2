//! The page↔script contract: what the prerendered page hands the WASM. The native publisher
//! fills these types from the compiled content and writes them into every page (and every
//! navigation fragment) as JSON; the browser reads them back and hydrates from them. The WASM
//! therefore carries no content: every site, whatever its pages or base path, gets the same WASM.

use serde::{Deserialize, Serialize};

use super::ShellWords;

/// The id of the `<script type="application/json">` element holding a page's [`PageScript`].
pub const DATA_ELEMENT_ID: &str = "tsunagu-data";

/// What the whole site shares: the shell around every page.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct SiteData {
    /// Site name, shown in the header and the tab title.
    pub title: String,
    /// Short line under the name.
    pub tagline: String,
    /// The footer notice's bold label (empty for none).
    pub notice_label: String,
    /// The footer notice.
    pub notice: String,
    /// The base path the site is served under, starting and ending with `/`.
    pub base: String,
    /// The home page's address.
    pub home_url: String,
    /// The main navigation, in order.
    pub nav: Vec<Link>,
    /// The emergency page's address, when the site has one: the header links it on every page.
    #[serde(default)]
    pub emergency_url: Option<String>,
    /// Links in the footer on every page (the accessibility policy, when the site has one).
    #[serde(default)]
    pub footer_links: Vec<Link>,
    /// The shell's words in the site's first language, for a view with no page (not found).
    #[serde(default)]
    pub words: ShellWords,
}

/// A link: its text and address.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Link {
    /// The visible text.
    pub label: String,
    /// The address (base path included).
    pub url: String,
    /// The language of the page linked (BCP 47), for `lang` where it differs from the page's.
    #[serde(default = "japanese")]
    pub lang: String,
}

/// A child page shown as a card.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Card {
    /// The child's title.
    pub title: String,
    /// Its address.
    pub url: String,
    /// Its one-sentence summary.
    pub summary: String,
}

/// 所管課, last review and legal basis, shown under a page's title.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct PageFacts {
    /// 所管課.
    pub department: String,
    /// Last reviewed, YYYY-MM-DD.
    pub reviewed: String,
    /// Laws and articles the page rests on.
    pub legal_basis: Vec<String>,
}

/// Everything the shell and the page view show of one page, except its body HTML.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct PageData {
    /// The page id (its path under the base; empty for the home page).
    pub id: String,
    /// Its address.
    pub url: String,
    /// The heading.
    pub title: String,
    /// The browser-tab title.
    pub document_title: String,
    /// 「全国共通の制度解説」 or 「静岡県伊豆市の計画」.
    pub scope_label: String,
    /// Whether this is the home page.
    pub is_home: bool,
    /// The lead under the heading (none on window pages, whose lead is in their body).
    pub lead: Option<String>,
    /// The facts under the heading (none on the home page and window pages).
    pub facts: Option<PageFacts>,
    /// Whether the facts come after the body instead (a guide: its start button comes first).
    pub facts_below: bool,
    /// The trail from the home page down to the parent (empty on the home page).
    pub breadcrumbs: Vec<Link>,
    /// The heading above the child pages.
    pub children_heading: String,
    /// Child pages as cards (none on directories, whose body lists them).
    pub children: Vec<Card>,
    /// The previous page among the siblings.
    pub previous: Option<Link>,
    /// The next page among the siblings.
    pub next: Option<Link>,
    /// Which main navigation item is current, and whether it is this very page.
    pub nav_current: Option<NavMark>,
    /// 所管課 and review date for the footer (none where the page has no 所管課).
    pub footer: Option<FooterFacts>,
    /// The page's language (BCP 47, `ja` or `en`): `<html lang>`; the shell's Japanese words
    /// are marked `lang="ja"` on a page in another language.
    #[serde(default = "japanese")]
    pub lang: String,
    /// The language selector: every edition, with this page in it where it exists.
    #[serde(default)]
    pub editions: Vec<EditionLink>,
    /// The shell's words in the page's language, so a navigation to another language
    /// changes them too.
    #[serde(default)]
    pub words: ShellWords,
    /// `ja` where the 所管課 (in the facts and the footer) is Japanese on a page in another
    /// language (a generated window page takes it from the Japanese data); none where it is
    /// written in the page's language.
    #[serde(default)]
    pub facts_lang: Option<String>,
}

fn japanese() -> String {
    "ja".to_string()
}

/// One item of the language selector.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct EditionLink {
    /// The edition's name in its own language (「English」).
    pub label: String,
    /// Its language (BCP 47), for `lang` and `hreflang`.
    pub lang: String,
    /// This page in that edition, if it exists.
    pub url: Option<String>,
    /// Said in that edition's language where the page does not exist in it.
    pub missing: String,
    /// Where the page does not exist in that edition: the edition's home page, if it has one.
    pub home: Option<String>,
    /// Whether this is the page shown.
    pub current: bool,
}

/// Marks one item of the main navigation.
#[derive(Debug, Clone, Copy, PartialEq, Serialize, Deserialize)]
pub struct NavMark {
    /// Position in [`SiteData::nav`].
    pub item: usize,
    /// The page is the item itself (`aria-current="page"`), not a page under it (`"true"`).
    pub exact: bool,
}

/// Who answers for the page, in the footer.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct FooterFacts {
    /// 所管課.
    pub department: String,
    /// Last reviewed, YYYY-MM-DD.
    pub reviewed: String,
}

/// The JSON in every prerendered page: the shell and the page (`None` on the not-found page).
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct PageScript {
    /// The site's shell.
    pub site: SiteData,
    /// The page shown, or `None` for the not-found page.
    pub page: Option<PageData>,
}

/// A navigation fragment (`_fragments/<id>.json`): a page and its body, fetched on client-side navigation.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct PageFragment {
    /// The page.
    pub page: PageData,
    /// Its body HTML, prerendered.
    pub body: String,
}

impl Default for SiteData {
    /// An empty site served at `/` (for a view mounted without a shell, and to start from).
    fn default() -> SiteData {
        SiteData {
            title: String::new(),
            tagline: String::new(),
            notice_label: String::new(),
            notice: String::new(),
            base: "/".to_string(),
            home_url: "/".to_string(),
            nav: Vec::new(),
            emergency_url: None,
            footer_links: Vec::new(),
            words: ShellWords::default(),
        }
    }
}

impl SiteData {
    /// The tab title of a page titled `page_title` (the home page and an empty title get the tagline).
    pub fn document_title(&self, page_title: Option<&str>) -> String {
        match page_title {
            Some(title) if !title.is_empty() => format!("{title}｜{}", self.title),
            _ => format!("{}｜{}", self.title, self.tagline),
        }
    }
}
