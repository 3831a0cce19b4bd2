//! The site's data model as the app sees it: static, already checked, generated at build time.

/// The whole site: settings, cities and every page's metadata (bodies are not included).
#[derive(Debug, PartialEq)]
pub struct Site {
    /// Site name.
    pub title: &'static str,
    /// Short line under the name.
    pub tagline: &'static str,
    /// Footer notice (sample data).
    pub notice: &'static str,
    /// Base path the site is served under, starting and ending with `/`.
    pub base: &'static str,
    /// Indexes of the pages in the main navigation.
    pub nav: &'static [usize],
    /// Cities whose plans the site carries.
    pub cities: &'static [City],
    /// Every page; index 0 is the home page.
    pub pages: &'static [PageMeta],
}

/// A municipality.
#[derive(Debug, PartialEq)]
pub struct City {
    /// ASCII id, as in `scope`.
    pub id: &'static str,
    /// Name, e.g. 伊豆市.
    pub name: &'static str,
    /// Prefecture.
    pub prefecture: &'static str,
}

/// What a page is, which decides the extra parts its view shows.
#[derive(Debug, PartialEq)]
pub enum PageKind {
    /// A Markdown page.
    Article,
    /// A window directory of one city, or of all (`city: None`), with `total` windows.
    Directory { city: Option<&'static str>, total: usize },
    /// One window. Its lead, facts and contents are in its body; in the WASM's page index it
    /// has only its title (summary, 所管課, date and contents are empty there).
    Window,
    /// The comparison of cities.
    Comparison,
    /// Evaluation indicators.
    Indicators,
    /// An interactive guide: every screen is in its body; the browser shows one at a time.
    Guide,
}

/// What the app knows of a page without its body.
#[derive(Debug, PartialEq)]
pub struct PageMeta {
    /// Position in `Site::pages`.
    pub index: usize,
    /// Page id (its path; empty for the home page).
    pub id: &'static str,
    /// Title.
    pub title: &'static str,
    /// One-sentence summary.
    pub summary: &'static str,
    /// `national` or a city id.
    pub scope: &'static str,
    /// 所管課.
    pub department: &'static str,
    /// Last reviewed, YYYY-MM-DD.
    pub reviewed: &'static str,
    /// Laws and articles the page rests on.
    pub legal_basis: &'static [&'static str],
    /// Index of the parent page.
    pub parent: Option<usize>,
    /// Indexes of child pages, in display order.
    pub children: &'static [usize],
    /// What the page is.
    pub kind: PageKind,
}
