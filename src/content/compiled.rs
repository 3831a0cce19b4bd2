//! What the compiler gives `publish`: the whole site with its pages and its data (`CompiledSite`).

use crate::content::guides::checked::CheckedFlow;
use crate::content::indicators::Indicators;
use crate::content::page::CompiledPage;
use crate::content::search::SearchIndex;
use crate::content::site_config::SiteConfig;
use crate::content::windows::CityWindows;

/// A whole site, ready to be turned into the app's data.
#[derive(Debug, Clone, PartialEq)]
pub struct CompiledSite {
    /// `site.toml`.
    pub config: SiteConfig,
    /// Every page, home first, then by id.
    pub pages: Vec<CompiledPage>,
    /// The base path the site is served under, e.g. `/` or `/fukushi/jusou/`.
    pub base: String,
    /// Each city's areas and windows, in site.toml's city order.
    pub windows: Vec<CityWindows>,
    /// Plans' evaluation indicators.
    pub indicators: Vec<Indicators>,
    /// Each city's guide flows, checked.
    pub flows: Vec<CheckedFlow>,
    /// The search index's files, made from the compiled content (see `content::search`).
    pub search: SearchIndex,
    /// The readings of proper names (`readings.toml`), for the ふりがな.
    pub readings: crate::content::furigana::readings::Readings,
}

impl CompiledSite {
    /// The page with this id.
    pub fn page(&self, id: &str) -> Option<&CompiledPage> {
        self.pages.iter().find(|page| page.id == id)
    }
}
