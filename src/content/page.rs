//! A page as the compiler gives it (`CompiledPage`), and what the features need to make pages
//! from data: the cities' own pages to take dates from (`CityPages`) and the front matter of a
//! page that no one wrote (`GeneratedFront`).

use std::collections::BTreeMap;

use crate::content::front_matter::FrontMatter;
use crate::content::html::PageHtml;
use crate::content::outline::Heading;

/// One page, checked and rendered.
#[derive(Debug, Clone, PartialEq)]
pub struct CompiledPage {
    /// The page id: its path under `content/` without `.md` (`index` names its folder).
    pub id: String,
    /// The file it came from, as given to the compiler (for errors and the page footer).
    pub source: String,
    /// Its typed front matter.
    pub front: FrontMatter,
    /// The rendered body: templates' and the Markdown renderer's HTML, typed apart from text.
    pub html: PageHtml,
    /// Its headings, in order.
    pub headings: Vec<Heading>,
    /// The id of its parent page (`None` only for the home page).
    pub parent: Option<String>,
    /// What kind of page it is.
    pub kind: PageKind,
}

/// The kinds of page: Markdown articles and the pages made from the windows data.
#[derive(Debug, Clone, PartialEq)]
pub enum PageKind {
    /// A Markdown page.
    Article,
    /// A window directory, of one city or (`None`) of all; `total` windows in it.
    Directory { city: Option<String>, total: usize },
    /// One window's page.
    Window,
    /// The comparison of cities.
    Comparison,
    /// A plan's evaluation indicators.
    Indicators,
    /// An interactive guide (a flow's screens, prerendered; the browser walks them).
    Guide,
    /// A city's whole plan on one printable page, made from its plan pages.
    PlanDocument,
    /// The search page (its results come from the index; its body is the 五十音 index).
    Search,
}

/// The cities' own pages (`cities/<id>`), whose front matter the pages made from a city's data
/// take their department and date from.
pub struct CityPages<'a> {
    fronts: BTreeMap<&'a str, &'a FrontMatter>,
}

impl<'a> CityPages<'a> {
    /// Finds the cities' pages among `pages`.
    pub fn new(pages: impl Iterator<Item = &'a CompiledPage>) -> Self {
        let fronts = pages
            .filter_map(|page| {
                page.id.strip_prefix("cities/").filter(|rest| !rest.contains('/')).map(|city| (city, &page.front))
            })
            .collect();
        CityPages { fronts }
    }

    /// The front matter of the city's page, if it has one.
    pub fn front(&self, city: &str) -> Option<&'a FrontMatter> {
        self.fronts.get(city).copied()
    }
}

/// The front matter of a page made from data rather than written in Markdown.
pub struct GeneratedFront {
    /// The page's title.
    pub title: String,
    /// Its one-line summary.
    pub summary: String,
    /// The city it belongs to.
    pub scope: String,
    /// The department responsible.
    pub department: String,
    /// When its facts were last checked.
    pub reviewed: toml::value::Datetime,
    /// The articles of law it rests on, as the content states them.
    pub legal_basis: Vec<String>,
    /// Its place among its siblings.
    pub order: i64,
}

impl From<GeneratedFront> for FrontMatter {
    fn from(front: GeneratedFront) -> Self {
        FrontMatter {
            title: front.title,
            summary: front.summary,
            scope: front.scope,
            department: front.department,
            reviewed: front.reviewed,
            legal_basis: front.legal_basis,
            order: front.order,
            generates: None,
            city_pages: Vec::new(),
            plan_made: None,
            plan_department: None,
            plan_period: None,
            revisions: Vec::new(),
        }
    }
}
