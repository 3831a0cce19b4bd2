//! The page tree of a compiled site (parents, children in order, siblings, the navigation) and
//! the page↔script data each page gets from it. Native, pure: compiled content in, data out.

use std::collections::HashMap;

use crate::content::emergency::EMERGENCY_PAGE_ID;
use crate::content::{CompiledPage, CompiledSite, GeneratedPart, PageKind, NATIONAL_SCOPE};
use crate::site::{
    page_url, Card, Edition, EditionLink, FooterFacts, Link, NavMark, PageData, PageFacts, ShellWords, SiteData, Word,
};

/// Lookups over a compiled site's pages by position.
pub struct SiteIndex<'a> {
    site: &'a CompiledSite,
    children: Vec<Vec<usize>>,
    parent: Vec<Option<usize>>,
    nav: Vec<usize>,
    shell: SiteData,
    position_of: HashMap<&'a str, usize>,
    /// The shell's words of each edition, in [`Edition::ALL`]'s order.
    words: Vec<ShellWords>,
}

impl<'a> SiteIndex<'a> {
    /// Indexes `site`: each page's parent and its children in display order (`order`, then title).
    pub fn new(site: &'a CompiledSite) -> SiteIndex<'a> {
        let position_of: HashMap<&str, usize> =
            site.pages.iter().enumerate().map(|(position, page)| (page.id.as_str(), position)).collect();
        let parent: Vec<Option<usize>> = site
            .pages
            .iter()
            .map(|page| page.parent.as_deref().and_then(|parent| position_of.get(parent).copied()))
            .collect();
        let mut children = vec![Vec::new(); site.pages.len()];
        for (position, parent) in parent.iter().enumerate() {
            // A page lists only its children in its own edition (an English page under a
            // Japanese parent stays out of the Japanese page's list).
            let edition_of = |at: usize| Edition::of_page_id(&site.pages[at].id).0;
            if let Some(parent) = parent.filter(|&parent| edition_of(parent) == edition_of(position)) {
                children[parent].push(position);
            }
        }
        for list in &mut children {
            list.sort_by(|&a, &b| {
                let (a_page, b_page) = (&site.pages[a], &site.pages[b]);
                (a_page.front.order, &a_page.front.title, a).cmp(&(b_page.front.order, &b_page.front.title, b))
            });
        }
        let nav: Vec<usize> = site.config.nav.iter().filter_map(|id| position_of.get(id.as_str()).copied()).collect();
        let mut index =
            SiteIndex { site, children, parent, nav, shell: SiteData::default(), position_of, words: Vec::new() };
        let words = Edition::ALL.into_iter().map(|edition| index.shell_words(edition)).collect();
        index.words = words;
        index.shell = SiteData {
            title: site.config.title.clone(),
            tagline: site.config.tagline.clone(),
            notice_label: site.config.notice_label.clone(),
            notice: site.config.notice.clone(),
            base: site.base.clone(),
            home_url: site.base.clone(),
            nav: index.nav.iter().map(|&position| index.link(position)).collect(),
            emergency_url: index.position_of.get(EMERGENCY_PAGE_ID).map(|&position| index.url(position)),
            footer_links: site
                .pages
                .iter()
                .position(|page| page.front.generates == Some(GeneratedPart::AccessibilityPolicy))
                .map(|position| index.link(position))
                .into_iter()
                .collect(),
            words: index.words_of(Edition::Japanese).clone(),
        };
        index
    }

    /// The shell's words of `edition`: the catalogue's, then the site's names (the edition's
    /// own from `site.toml`, else the Japanese ones, marked `ja`), the addresses of the
    /// edition's home and emergency pages (the Japanese ones where it has none), and the main
    /// navigation's labels.
    fn shell_words(&self, edition: Edition) -> ShellWords {
        let config = &self.site.config;
        let mut words = crate::i18n::shell_words(edition);
        let names = match edition {
            Edition::Japanese => None,
            Edition::Easy => config.easy.as_ref(),
            Edition::English => config.en.as_ref(),
        };
        let (title, tagline, notice_label, notice, lang) = match names {
            Some(names) => (&names.title, &names.tagline, &names.notice_label, &names.notice, edition.lang()),
            None => (&config.title, &config.tagline, &config.notice_label, &config.notice, "ja"),
        };
        let edition_url = |japanese_id: &str| {
            let position = self.position_of.get(edition.page_id(japanese_id).as_str());
            position.or_else(|| self.position_of.get(japanese_id)).map(|&at| self.url(at)).unwrap_or_default()
        };
        let site_words = [
            (Word::SiteTitle, title.clone()),
            (Word::SiteTagline, tagline.clone()),
            (Word::NoticeLabel, notice_label.clone()),
            (Word::Notice, notice.clone()),
            (Word::SiteLang, lang.to_string()),
            (Word::HomeUrl, edition_url("")),
            (Word::EmergencyUrl, edition_url(EMERGENCY_PAGE_ID)),
        ];
        for (word, text) in site_words {
            words.0[word as usize] = text;
        }
        for &position in &self.nav {
            let id = &self.site.pages[position].id;
            let label = names.and_then(|names| names.nav.get(id).cloned());
            words.0.push(label.unwrap_or_else(|| self.link(position).label));
        }
        words
    }

    /// The shell's words of `edition`.
    fn words_of(&self, edition: Edition) -> &ShellWords {
        let at = Edition::ALL.iter().position(|&known| known == edition).unwrap_or(0);
        &self.words[at]
    }

    /// The pages, in the compiled order (home first).
    pub fn pages(&self) -> &'a [CompiledPage] {
        &self.site.pages
    }

    /// The shell every page shares.
    pub fn site_data(&self) -> SiteData {
        self.shell.clone()
    }

    /// The shell as the page `page` hands it to the browser: the site's names in the page's
    /// edition (the tab titles the browser writes use them), and without the site's own words,
    /// which only the not-found page needs (every page carries its own).
    pub fn site_data_for(&self, page: &PageData) -> SiteData {
        let words = &page.words;
        SiteData {
            title: words.get(Word::SiteTitle),
            tagline: words.get(Word::SiteTagline),
            notice_label: words.get(Word::NoticeLabel),
            notice: words.get(Word::Notice),
            words: ShellWords::default(),
            ..self.shell.clone()
        }
    }

    /// What the page at `position` hands the browser.
    pub fn page_data(&self, position: usize) -> PageData {
        let page = &self.site.pages[position];
        let is_home = page.id.is_empty();
        // A window page carries its lead, facts and contents in its generated body.
        let is_window = matches!(page.kind, PageKind::Window | PageKind::Search);
        let front = &page.front;
        let facts = (!is_home && !is_window).then(|| PageFacts {
            department: front.department.clone(),
            reviewed: front.reviewed.to_string(),
            legal_basis: front.legal_basis.clone(),
        });
        let footer = (!is_window && !front.department.is_empty())
            .then(|| FooterFacts { department: front.department.clone(), reviewed: front.reviewed.to_string() });
        let children = if matches!(page.kind, PageKind::Directory { .. }) {
            Vec::new() // a directory's body lists its windows
        } else {
            self.children[position]
                .iter()
                .map(|&child| {
                    let child_page = &self.site.pages[child];
                    Card {
                        title: child_page.front.title.clone(),
                        url: self.url(child),
                        summary: child_page.front.summary.clone(),
                    }
                })
                .collect()
        };
        let (previous, next) = self.siblings(position);
        PageData {
            id: page.id.clone(),
            url: self.url(position),
            title: front.title.clone(),
            document_title: self.document_title(position),
            scope_label: self.scope_label(page, Edition::of_page_id(&page.id).0),
            is_home,
            lead: (!is_window).then(|| front.summary.clone()),
            facts,
            facts_below: page.kind == PageKind::Guide,
            breadcrumbs: self.ancestors(position).into_iter().map(|ancestor| self.crumb(ancestor, &page.id)).collect(),
            children_heading: match Edition::of_page_id(&page.id) {
                (Edition::Japanese, _) if is_home => crate::i18n::text(Edition::Japanese, "children-of-home"),
                (edition, "") if edition != Edition::Japanese => crate::i18n::text(edition, "children-of-edition-home"),
                (edition, _) => crate::i18n::text(edition, "children-of-page"),
            },
            children,
            previous: previous.map(|p| self.link(p)),
            next: next.map(|n| self.link(n)),
            nav_current: self.nav_mark(position),
            footer,
            lang: Edition::of_page_id(&page.id).0.lang().to_string(),
            editions: self.editions(position),
            words: self.words_of(Edition::of_page_id(&page.id).0).clone(),
            facts_lang: facts_lang(page),
        }
    }

    /// The language selector of the page at `position`: every edition, linking to this page in
    /// it where that page exists.
    pub fn editions(&self, position: usize) -> Vec<EditionLink> {
        let (shown, japanese_id) = Edition::of_page_id(&self.site.pages[position].id);
        Edition::ALL
            .into_iter()
            .map(|edition| {
                let id = edition.page_id(japanese_id);
                EditionLink {
                    label: edition.own_name().to_string(),
                    lang: edition.lang().to_string(),
                    url: self.position_of.get(id.as_str()).map(|&at| self.url(at)),
                    home: self.position_of.get(edition.page_id("").as_str()).map(|&at| self.url(at)),
                    // In the edition's own language: the reader who wants it reads that one.
                    missing: crate::i18n::text(edition, "edition-missing"),
                    current: edition == shown,
                }
            })
            .collect()
    }

    /// The address of `edition`'s home page, if the site has one.
    pub fn edition_home(&self, edition: Edition) -> Option<String> {
        self.position_of.get(edition.page_id("").as_str()).map(|&at| self.url(at))
    }

    /// The tab title of the page at `position`.
    pub fn document_title(&self, position: usize) -> String {
        let page = &self.site.pages[position];
        let words = self.words_of(Edition::of_page_id(&page.id).0);
        let site = SiteData {
            title: words.get(Word::SiteTitle),
            tagline: words.get(Word::SiteTagline),
            ..SiteData::default()
        };
        site.document_title((!page.id.is_empty()).then_some(page.front.title.as_str()))
    }

    fn url(&self, position: usize) -> String {
        page_url(&self.site.base, &self.site.pages[position].id)
    }

    fn link(&self, position: usize) -> Link {
        let page = &self.site.pages[position];
        let label = if page.id.is_empty() {
            crate::i18n::text(Edition::Japanese, "breadcrumb-home")
        } else {
            page.front.title.clone()
        };
        Link { label, url: self.url(position), lang: Edition::of_page_id(&page.id).0.lang().to_string() }
    }

    /// A breadcrumb to the page at `position` on the page `shown_id`: the Japanese home page
    /// above an edition's page (an edition without a home page of its own) is named in the
    /// edition's words, saying that it is in Japanese.
    fn crumb(&self, position: usize, shown_id: &str) -> Link {
        let edition = Edition::of_page_id(shown_id).0;
        let mut link = self.link(position);
        if self.site.pages[position].id.is_empty() && edition != Edition::Japanese {
            link.label = crate::i18n::text(edition, "breadcrumb-home");
            link.lang = edition.lang().to_string();
        }
        link
    }

    fn ancestors(&self, position: usize) -> Vec<usize> {
        let mut chain = Vec::new();
        let mut current = self.parent[position];
        while let Some(ancestor) = current {
            if chain.contains(&ancestor) {
                break; // the compiler refuses cycles; never loop on one
            }
            chain.push(ancestor);
            current = self.parent[ancestor];
        }
        chain.reverse();
        chain
    }

    fn siblings(&self, position: usize) -> (Option<usize>, Option<usize>) {
        let Some(parent) = self.parent[position] else { return (None, None) };
        let list = &self.children[parent];
        match list.iter().position(|&child| child == position) {
            Some(at) => (at.checked_sub(1).map(|p| list[p]), list.get(at + 1).copied()),
            None => (None, None),
        }
    }

    fn nav_mark(&self, position: usize) -> Option<NavMark> {
        let mut current = Some(position);
        while let Some(candidate) = current {
            if let Some(item) = self.nav.iter().position(|&nav| nav == candidate) {
                return Some(NavMark { item, exact: candidate == position });
            }
            current = self.parent[candidate];
        }
        None
    }

    /// The scope line above the heading, in the page's edition: whose plan the page is from,
    /// or that it is about the national scheme. English names the city as its English windows
    /// file does (`city = "Izu City"`), else it says only 「a city's plan」.
    fn scope_label(&self, page: &CompiledPage, edition: Edition) -> String {
        let city = (page.front.scope != NATIONAL_SCOPE)
            .then(|| self.site.config.cities.iter().find(|city| city.id == page.front.scope))
            .flatten();
        let Some(city) = city else { return crate::i18n::text(edition, "scope-national") };
        let name = match edition {
            Edition::English => self
                .site
                .windows
                .iter()
                .find(|windows| windows.city == city.id)
                .and_then(|windows| windows.editions.iter().find(|found| found.edition == edition))
                .and_then(|found| found.city_name.clone()),
            _ => Some(city.name.clone()),
        };
        match name {
            Some(name) => {
                crate::i18n::text_with(edition, "scope-city", &[("prefecture", &city.prefecture), ("city", &name)])
            }
            None => crate::i18n::text(edition, "scope-city-unnamed"),
        }
    }
}

/// `ja` for the 所管課 of a page in another language when it is written in Japanese: no Latin
/// letter in it (an English page's own front matter says 「Izu City, … (社会福祉課)」; a generated
/// English window page carries the Japanese data's 「伊豆市 社会福祉課」). The legal basis names
/// Japanese laws as the Japanese data writes them, so it is always marked on such a page.
fn facts_lang(page: &CompiledPage) -> Option<String> {
    let edition = Edition::of_page_id(&page.id).0;
    let japanese = !page.front.department.chars().any(|c| c.is_ascii_alphabetic());
    (edition.lang() != "ja" && japanese).then(|| "ja".to_string())
}
