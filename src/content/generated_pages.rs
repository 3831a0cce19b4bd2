//! Step 3 of the content pipeline: the pages made from the site's data — each city's window
//! directory and window pages, its guides and its indicators — and the generated parts of
//! Markdown pages that ask for one (`generates = "…"`: the directory, the comparison, and the
//! lists of cities in `city_lists`).

use std::collections::{BTreeMap, HashMap};

use crate::content::city_lists::{fill_section, CityListSource, ListedPage, CITIES_SECTION};
use crate::content::error::ContentError;
use crate::content::front_matter::GeneratedPart;
use crate::content::guides::checked::CheckedFlow;
use crate::content::html::GeneratedBody;
use crate::content::indicators::Indicators;
use crate::content::outline::InternalLink;
use crate::content::page::CityPages;
use crate::content::page::{CompiledPage, PageKind};
use crate::content::site_config::{City, SiteConfig};
use crate::content::windows::CityWindows;
use crate::content::windows::{comparison, pages as window_pages};
use crate::content::{emergency, guides, indicators, offline, plan, windows};

/// Adds the pages made from the windows data (each city's directory and window pages, the
/// indicators pages) and fills the Markdown pages that ask for a generated part.
/// `national_flows` are the flow ids the national guide wording has (`guides/<flow>.prose.md`).
#[allow(clippy::too_many_arguments)]
pub fn add_generated_pages(
    pages: &mut Vec<(CompiledPage, Vec<InternalLink>)>,
    ids: &mut HashMap<String, String>,
    config: &SiteConfig,
    city_windows: &[CityWindows],
    all_indicators: &[Indicators],
    flows: &[CheckedFlow],
    national_flows: &[String],
    base: &str,
    errors: &mut Vec<ContentError>,
) {
    let with_cities: Vec<(&City, &CityWindows)> = city_windows
        .iter()
        .filter_map(|windows| config.cities.iter().find(|city| city.id == windows.city).map(|city| (city, windows)))
        .collect();
    let listed: BTreeMap<String, ListedPage> = pages
        .iter()
        .map(|(page, _)| {
            let heading_ids = page.headings.iter().map(|heading| heading.id.clone()).collect();
            (page.id.clone(), ListedPage { front: page.front.clone(), heading_ids })
        })
        .collect();
    let lists = CityListSource { config, pages: &listed, flows, base };
    for (page, links) in pages.iter_mut() {
        let generated = match page.front.generates {
            None | Some(GeneratedPart::AccessibilityPolicy) => continue,
            Some(GeneratedPart::Directory) => {
                page.kind = PageKind::Directory {
                    city: None,
                    total: with_cities.iter().map(|(_, windows)| windows.windows.len()).sum(),
                };
                window_pages::directory_body(&with_cities, true, base, config)
            }
            Some(GeneratedPart::Comparison) => {
                page.kind = PageKind::Comparison;
                comparison::comparison_body(&with_cities, base)
            }
            Some(part) => {
                errors.extend(fill_city_lists(page, links, part, &lists, national_flows));
                continue;
            }
        };
        page.html.push(generated.html);
        page.headings.extend(generated.headings);
        links.extend(generated.links);
    }

    let city_pages = CityPages::new(pages.iter().map(|(page, _)| page));
    let emergency_numbers = emergency::numbers(pages, errors);
    let has_page = |id: &str| ids.contains_key(id);
    let mut made = windows::pages(&with_cities, &city_pages, base, config, &has_page, errors);
    made.extend(guides::pages(&with_cities, flows, &city_pages, base, config, emergency_numbers.as_ref(), errors));
    made.extend(indicators::pages(all_indicators, config, &city_pages, errors));
    add_unless_taken(pages, ids, made, errors);
    let compiled: Vec<&CompiledPage> = pages.iter().map(|(page, _)| page).collect();
    let plans = plan::pages(&compiled, config, base, errors);
    add_unless_taken(pages, ids, plans, errors);
    let compiled: Vec<&CompiledPage> = pages.iter().map(|(page, _)| page).collect();
    let offline = offline::offline_page(&compiled, base, emergency_numbers.as_ref());
    add_unless_taken(pages, ids, offline.into_iter().collect(), errors);
}

/// Adds the pages `made` from data, refusing any whose id a Markdown page already has.
fn add_unless_taken(
    pages: &mut Vec<(CompiledPage, Vec<InternalLink>)>,
    ids: &mut HashMap<String, String>,
    made: Vec<(CompiledPage, Vec<InternalLink>)>,
    errors: &mut Vec<ContentError>,
) {
    let mut new_pages = Vec::new();
    for (page, links) in made {
        if let Some(first) = ids.get(&page.id) {
            errors.push(ContentError::in_file(
                first.clone(),
                format!("the page id `{}` is made from {} and cannot also be a Markdown page", page.id, page.source),
                "Rename or remove the Markdown file: the portal makes this page from the windows data.",
            ));
            continue;
        }
        ids.insert(page.id.clone(), page.source.clone());
        new_pages.push((page, links));
    }
    pages.extend(new_pages);
}

/// Fills a Markdown page's lists of cities (see `city_lists`), adding their links to the page's
/// `links`; the errors say which section is missing.
fn fill_city_lists(
    page: &mut CompiledPage,
    links: &mut Vec<InternalLink>,
    part: GeneratedPart,
    lists: &CityListSource,
    national_flows: &[String],
) -> Vec<ContentError> {
    let source = page.source.clone();
    let missing = |what: &str, section: &str, example: &str| {
        ContentError::in_file(
            &source,
            format!("`generates` puts {what} in the section `{{#{section}}}`, but the page has no level-2 heading with that id"),
            format!("Add a heading such as `## {example} {{#{section}}}` where the list should go; it is added at the end of that section."),
        )
    };
    let mut fill = |page: &mut CompiledPage, section: &str, list: Option<GeneratedBody>| {
        let (html, list_links) = list.map_or((None, Vec::new()), |list| (Some(list.html), list.links));
        let filled = fill_section(page, section, html);
        if filled {
            links.extend(list_links);
        }
        filled
    };
    let mut cities_section = |page: &mut CompiledPage, what: &str, example: &str, list: Option<GeneratedBody>| {
        let error = missing(what, CITIES_SECTION, example);
        (!fill(page, CITIES_SECTION, list)).then_some(error).into_iter().collect()
    };
    match part {
        GeneratedPart::Directory | GeneratedPart::Comparison | GeneratedPart::AccessibilityPolicy => Vec::new(),
        GeneratedPart::CityList => cities_section(page, "the list of cities", "市の計画", lists.city_list()),
        GeneratedPart::CitiesTable => {
            cities_section(page, "the table of cities", "紹介している市", lists.cities_table())
        }
        GeneratedPart::CityPages => {
            let mut candidates = page.front.city_pages.clone();
            if candidates.is_empty() {
                candidates.push(page.id.rsplit('/').next().unwrap_or_default().to_string());
            }
            cities_section(page, "the links to each city's page", "各市の計画では", lists.city_pages(&candidates))
        }
        GeneratedPart::GuideLists => {
            let mut errors = Vec::new();
            let mut known: Vec<&str> = national_flows.iter().map(String::as_str).collect();
            for id in lists.flow_ids() {
                if !known.contains(&id) {
                    known.push(id);
                }
            }
            for flow in known {
                let has_guides = lists.flow_ids().contains(&flow);
                if !fill(page, flow, lists.guide_list(flow)) && has_guides {
                    errors.push(missing(&format!("the `{flow}` guides"), flow, "ガイド"));
                }
            }
            errors
        }
    }
}
