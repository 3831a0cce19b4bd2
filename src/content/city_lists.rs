//! Step 3 of the content pipeline, for national pages: the lists of cities they carry, made
//! from site.toml's `[[cities]]` so that a national page never links a city by hand and a new
//! city joins every list. The page's Markdown writes each list's heading and words; the compiler
//! adds only the list, at the end of the section the list belongs to (see [`fill_section`]).
//!
//! | `generates =`   | page                  | list, in the section                                   |
//! |-----------------|-----------------------|--------------------------------------------------------|
//! | `"city-list"`   | the home page         | each city with a page, under `{#cities}`               |
//! | `"cities-table"`| the cities hub        | a table of the cities' plans, under `{#cities}`        |
//! | `"guide-lists"` | the guides hub        | each city's guide of flow `<flow>`, under `{#<flow>}`  |
//! | `"city-pages"`  | a programme page      | each city's page of the same name, under `{#cities}`   |
//!
//! A list with nothing in it takes its section away (heading and words), so a site whose cities
//! have no such page does not show an empty heading.

use std::collections::BTreeMap;

use crate::content::front_matter::FrontMatter;
use crate::content::guides::checked::CheckedFlow;
use crate::content::guides::checked::INTRO;
use crate::content::guides::pages::guide_id;
use crate::content::html::{html, scroll_table, BodyWriter, GeneratedBody, Markup};
use crate::content::outline::Heading;
use crate::content::page::CompiledPage;
use crate::content::site_config::SiteConfig;

/// The heading id of the section that takes a list of cities.
pub const CITIES_SECTION: &str = "cities";

/// What a list needs to know of a Markdown page: its front matter and its heading ids.
pub struct ListedPage {
    /// Its front matter.
    pub front: FrontMatter,
    /// The ids of its headings, for links to a section.
    pub heading_ids: Vec<String>,
}

/// What the lists are made from: the site's cities, and every Markdown page by id.
pub struct CityListSource<'a> {
    /// site.toml.
    pub config: &'a SiteConfig,
    /// Each Markdown page, by page id.
    pub pages: &'a BTreeMap<String, ListedPage>,
    /// The checked guide flows.
    pub flows: &'a [CheckedFlow],
    /// The base path of the site.
    pub base: &'a str,
}

impl CityListSource<'_> {
    /// The cities that have a page (`cities/<id>/index.md`), in site.toml's order, with its front matter.
    fn cities_with_pages(&self) -> impl Iterator<Item = (&crate::content::site_config::City, &FrontMatter)> {
        self.config
            .cities
            .iter()
            .filter_map(|city| self.pages.get(&format!("cities/{}", city.id)).map(|page| (city, &page.front)))
    }

    /// The home page's list: each city with a page, by name and prefecture.
    pub fn city_list(&self) -> Option<GeneratedBody> {
        let mut body = BodyWriter::new(self.base);
        let items: Vec<Markup> = self
            .cities_with_pages()
            .map(|(city, _)| {
                let link = body.page(&format!("cities/{}", city.id));
                html! {
                    li {
                        a href=(link) { (city.name) }
                        @if !city.prefecture.is_empty() { "（" (city.prefecture) "）" }
                    }
                }
            })
            .collect();
        list(body, items)
    }

    /// The cities hub's table: each city, its plan (the city page's title) and who made it when.
    /// The 作成 column is there when some city page gives `plan_made`; 所管課 is the page's
    /// `plan_department`, or else its `department`.
    pub fn cities_table(&self) -> Option<GeneratedBody> {
        let cities: Vec<_> = self.cities_with_pages().collect();
        if cities.is_empty() {
            return None;
        }
        let mut body = BodyWriter::new(self.base);
        let with_made = cities.iter().any(|(_, front)| front.plan_made.is_some());
        let mut head = vec!["市", "計画"];
        if with_made {
            head.push("作成");
        }
        head.push("所管課");
        let rows: Vec<Vec<Markup>> = cities
            .iter()
            .map(|(city, front)| {
                let link = body.page(&format!("cities/{}", city.id));
                let mut row = vec![html! { (city.prefecture) (city.name) }, html! { a href=(link) { (front.title) } }];
                if with_made {
                    row.push(html! { (front.plan_made.as_deref().unwrap_or("—")) });
                }
                row.push(html! { (front.plan_department.as_deref().unwrap_or(&front.department)) });
                row
            })
            .collect();
        Some(body.finish(scroll_table("市の計画の一覧", "", &head, &rows)))
    }

    /// The guides hub's list for one flow: each city's guide of that flow, as 「伊豆市の相談窓口さがし」.
    pub fn guide_list(&self, flow_id: &str) -> Option<GeneratedBody> {
        let mut body = BodyWriter::new(self.base);
        let items: Vec<Markup> = self
            .config
            .cities
            .iter()
            .filter_map(|city| {
                let checked = self
                    .flows
                    .iter()
                    .find(|checked| checked.flow.city == city.id.as_str() && checked.flow.id == flow_id)?;
                let name = checked.prose.get(INTRO).map_or(flow_id, |intro| intro.title.as_str());
                let link = body.page(&guide_id(&city.id, flow_id));
                Some(html! { li { a href=(link) { (city.name) "の" (name) } } })
            })
            .collect();
        list(body, items)
    }

    /// The flow ids the site's guides have, in order of first appearance.
    pub fn flow_ids(&self) -> Vec<&str> {
        let mut ids: Vec<&str> = Vec::new();
        for checked in self.flows {
            let id: &str = &checked.flow.id;
            if !ids.contains(&id) {
                ids.push(id);
            }
        }
        ids
    }

    /// A national page's links to each city's own page on the same subject: for each city, the
    /// first of `candidates` it has, each a page name under `cities/<id>/` with an optional
    /// `#heading` (`"multi-agency"`, `"implementation-plan#outreach"`). A candidate counts only
    /// if the page exists and has that heading. Linked by the city page's title, with the city's
    /// name added when the title lacks it.
    pub fn city_pages(&self, candidates: &[String]) -> Option<GeneratedBody> {
        let mut body = BodyWriter::new(self.base);
        let items: Vec<Markup> = self
            .config
            .cities
            .iter()
            .filter_map(|city| {
                candidates.iter().find_map(|candidate| {
                    let (name, anchor) = match candidate.split_once('#') {
                        Some((name, anchor)) => (name, Some(anchor)),
                        None => (candidate.as_str(), None),
                    };
                    let id = format!("cities/{}/{name}", city.id);
                    let page = self.pages.get(&id)?;
                    if anchor.is_some_and(|anchor| !page.heading_ids.iter().any(|heading| heading == anchor)) {
                        return None;
                    }
                    let title = &page.front.title;
                    let words =
                        if title.contains(&city.name) { title.clone() } else { format!("{title}（{}）", city.name) };
                    let link = match anchor {
                        Some(anchor) => body.anchor(&id, anchor),
                        None => body.page(&id),
                    };
                    Some(html! { li { a href=(link) { (words) } } })
                })
            })
            .collect();
        list(body, items)
    }
}

/// The list of `items`, or nothing when there are none.
fn list(body: BodyWriter, items: Vec<Markup>) -> Option<GeneratedBody> {
    (!items.is_empty()).then(|| body.finish(html! { ul class="city-list" { @for item in items { (item) } } }))
}

/// Puts `part` at the end of the page's section whose level-2 heading has the id `section`
/// (before the next level-2 heading or the footnotes), or, when `part` is `None`, takes the
/// section away with its headings. Returns `false` if the page has no such section.
pub fn fill_section(page: &mut CompiledPage, section: &str, part: Option<Markup>) -> bool {
    match part {
        Some(part) => page.html.insert_at_section_end(section, part),
        None => {
            let removed = page.html.remove_section(section);
            if removed {
                remove_section_headings(&mut page.headings, section);
            }
            removed
        }
    }
}

fn remove_section_headings(headings: &mut Vec<Heading>, section: &str) {
    let Some(first) = headings.iter().position(|heading| heading.level == 2 && heading.id == section) else { return };
    let count = 1 + headings[first + 1..].iter().take_while(|heading| heading.level > 2).count();
    headings.drain(first..first + count);
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::content::page::PageKind;

    fn page(html: Markup, headings: &[(u8, &str)]) -> CompiledPage {
        let front = crate::content::front_matter::parse_page(
            "a.md",
            "+++\ntitle = \"t\"\nsummary = \"s\"\nscope = \"national\"\ndepartment = \"d\"\nreviewed = 2026-11-23\n+++\n",
        )
        .unwrap()
        .front;
        CompiledPage {
            id: "a".into(),
            source: "a.md".into(),
            front,
            html: html.into(),
            headings: headings
                .iter()
                .map(|(level, id)| Heading { level: *level, id: id.to_string(), text: id.to_string() })
                .collect(),
            parent: Some(String::new()),
            kind: PageKind::Article,
        }
    }

    #[test]
    fn a_list_goes_at_the_end_of_its_section() {
        let mut with_list =
            page(html! { h2 id="cities" { "市" } p { "次の市" } h2 id="next" { "次" } }, &[(2, "cities"), (2, "next")]);
        assert!(fill_section(&mut with_list, "cities", Some(html! { ul {} })));
        assert_eq!(with_list.html.as_str(), "<h2 id=\"cities\">市</h2><p>次の市</p><ul></ul><h2 id=\"next\">次</h2>");
    }

    #[test]
    fn an_empty_list_takes_its_section_and_headings_away_but_not_the_footnotes() {
        let mut empty = page(
            html! { p { "前" } h2 id="cities" { "市" } h3 id="x" { "x" } p { "次の市" } div class="footnote-definition" id="n" {} },
            &[(2, "cities"), (3, "x")],
        );
        assert!(fill_section(&mut empty, "cities", None));
        assert_eq!(empty.html.as_str(), "<p>前</p><div class=\"footnote-definition\" id=\"n\"></div>");
        assert!(empty.headings.is_empty());
        assert!(!fill_section(&mut empty, "cities", None), "no such section");
    }
}
