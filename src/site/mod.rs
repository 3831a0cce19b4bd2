//! The compiled site as static data, plus the lookups the views need (page by path,
//! breadcrumbs, siblings). Pure: no browser, no Leptos.

mod model;

pub use model::{City, PageKind, PageMeta, Site};

/// The site compiled from `content/` by `build.rs`.
pub static SITE: Site = include!(concat!(env!("OUT_DIR"), "/site_data.rs"));

/// Each page's body HTML, in `SITE.pages` order. Only the native prerenderer has it:
/// the browser keeps the body it was served and fetches others as fragments.
#[cfg(not(feature = "hydrate"))]
pub static PAGE_BODIES: &[&str] = include!(concat!(env!("OUT_DIR"), "/page_bodies.rs"));

/// The open-data exports the prerenderer writes next to the pages: (path under the base, contents).
#[cfg(not(feature = "hydrate"))]
pub static OPEN_DATA_FILES: [(&str, &str); 2] = [
    ("data/windows.hsds.json", include_str!(concat!(env!("OUT_DIR"), "/windows.hsds.json"))),
    ("data/windows.csv", include_str!(concat!(env!("OUT_DIR"), "/windows.csv"))),
];

impl Site {
    /// The home page.
    pub fn home(&self) -> &'static PageMeta {
        &SITE.pages[0]
    }

    /// The page with this id.
    pub fn page(&self, id: &str) -> Option<&'static PageMeta> {
        SITE.pages.iter().find(|page| page.id == id)
    }

    /// The page a URL path leads to (`/fukushi/programmes/outreach/` under base `/fukushi/`).
    /// Unknown, malformed or foreign paths give `None`, never a panic.
    pub fn page_for_path(&self, path: &str) -> Option<&'static PageMeta> {
        let path = path.split(['?', '#']).next().unwrap_or("");
        let within = path.strip_prefix(self.base).or_else(|| (path.to_string() + "/").eq(self.base).then_some(""))?;
        let within =
            within.strip_suffix("index.html").filter(|rest| rest.is_empty() || rest.ends_with('/')).unwrap_or(within);
        let id = within.trim_matches('/');
        if id.contains("//") {
            return None;
        }
        self.page(id)
    }

    /// The URL of a page under the base path.
    pub fn url_of(&self, page: &PageMeta) -> String {
        if page.id.is_empty() {
            self.base.to_string()
        } else {
            format!("{}{}/", self.base, page.id)
        }
    }

    /// The URL of the body fragment the browser fetches when it navigates to `page`.
    pub fn fragment_url_of(&self, page: &PageMeta) -> String {
        format!("{}{}", self.base, fragment_path(page))
    }

    /// Ancestors of a page, from the home page down to its parent.
    pub fn ancestors(&self, page: &PageMeta) -> Vec<&'static PageMeta> {
        let mut chain = Vec::new();
        let mut current = page.parent;
        while let Some(index) = current {
            let ancestor = &SITE.pages[index];
            chain.push(ancestor);
            current = ancestor.parent;
        }
        chain.reverse();
        chain
    }

    /// The child pages of a page, in display order.
    pub fn children(&self, page: &PageMeta) -> impl Iterator<Item = &'static PageMeta> + 'static {
        page.children.iter().map(|&index| &SITE.pages[index])
    }

    /// The previous and next sibling of a page, for reading a section in order.
    pub fn siblings(&self, page: &PageMeta) -> (Option<&'static PageMeta>, Option<&'static PageMeta>) {
        let Some(parent) = page.parent.map(|index| &SITE.pages[index]) else {
            return (None, None);
        };
        let position = parent.children.iter().position(|&index| index == page.index);
        match position {
            Some(position) => (
                position.checked_sub(1).map(|p| &SITE.pages[parent.children[p]]),
                parent.children.get(position + 1).map(|&index| &SITE.pages[index]),
            ),
            None => (None, None),
        }
    }

    /// The city a page belongs to, if it is not national.
    pub fn city_of(&self, page: &PageMeta) -> Option<&'static City> {
        SITE.cities.iter().find(|city| city.id == page.scope)
    }

    /// The top-level section a page is in (for marking the current navigation item).
    pub fn nav_item_for(&self, page: &PageMeta) -> Option<&'static PageMeta> {
        let mut current = Some(page);
        while let Some(candidate) = current {
            if SITE.nav.contains(&candidate.index) {
                return Some(&SITE.pages[candidate.index]);
            }
            current = candidate.parent.map(|index| &SITE.pages[index]);
        }
        None
    }
}

/// Path of a page's body fragment inside the built site (relative to the base).
pub fn fragment_path(page: &PageMeta) -> String {
    if page.id.is_empty() {
        "_fragments/index.html".to_string()
    } else {
        format!("_fragments/{}.html", page.id)
    }
}
