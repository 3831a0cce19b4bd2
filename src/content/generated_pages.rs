//! Step 3 of the content pipeline: the pages made from the site's data — each city's window
//! directory and window pages, its guides and its indicators — and the generated parts of
//! Markdown pages that ask for one (`generates = "…"`: the directory, the comparison, and the
//! lists of cities in `city_lists`).

use std::collections::{BTreeMap, HashMap};

use super::city_lists::{fill_section, CityListSource, ListedPage, CITIES_SECTION};
use super::error::ContentError;
use super::front_matter::{FrontMatter, GeneratedPart};
use super::indicators::Indicators;
use super::markdown::{self, InternalLink};
use super::site_config::{City, SiteConfig};
use super::windows::CityWindows;
use super::{comparison, guide_flows, guide_pages, html, indicator_page, window_pages, CompiledPage, PageKind};

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
    flows: &[guide_flows::CheckedFlow],
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
    for (page, _) in pages.iter_mut() {
        let generated = match page.front.generates {
            None => continue,
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
                errors.extend(fill_city_lists(page, part, &lists, national_flows));
                continue;
            }
        };
        page.html.push_str(&generated.html);
        page.headings.extend(generated.headings);
    }

    let mut new_pages = Vec::new();
    let mut add = |page: CompiledPage, ids: &mut HashMap<String, String>, errors: &mut Vec<ContentError>| {
        if let Some(first) = ids.get(&page.id) {
            errors.push(ContentError::in_file(
                first.clone(),
                format!("the page id `{}` is made from {} and cannot also be a Markdown page", page.id, page.source),
                "Rename or remove the Markdown file: the portal makes this page from the windows data.",
            ));
            return;
        }
        ids.insert(page.id.clone(), page.source.clone());
        new_pages.push((page, Vec::new()));
    };
    for (city, windows) in &with_cities {
        let city_page = pages_front(pages, &format!("cities/{}", city.id));
        let department = city_page.map_or_else(|| city.name.clone(), |front| front.department.clone());
        // The directory is as recent as its latest window (or, with none, as the city's page).
        let latest = windows.windows.iter().map(|window| window.reviewed.as_str()).max().unwrap_or("");
        let Some(reviewed) = latest.parse().ok().or_else(|| city_page.map(|front| front.reviewed.clone())) else {
            errors.push(ContentError::in_file(
                &windows.file,
                "the city's directory has no date: it has no windows and the city has no page",
                "Add the city's page (its folder's index.md) or at least one window.",
            ));
            continue;
        };
        let body = window_pages::directory_body(&[(city, windows)], false, base, config);
        let intro = format!(
            "<p>{}の実施計画に載っている相談窓口と、事業を担う機関です。<a href=\"{}\">計画の概要</a>もあわせて見てください。</p>",
            html::text(&city.name),
            html::href(&markdown::page_url(base, &format!("cities/{}", city.id)))
        );
        add(
            CompiledPage {
                id: window_pages::directory_id(&city.id),
                source: windows.file.clone(),
                front: generated_front(
                    format!("{}の相談窓口", city.name),
                    format!(
                        "{}の計画に載っている相談窓口と事業の実施機関{}件を、対象・事業・地区で絞り込めます。",
                        city.name,
                        windows.windows.len()
                    ),
                    &city.id,
                    department,
                    reviewed,
                    vec!["社会福祉法第106条の4".to_string()],
                    90,
                ),
                html: intro + &body.html,
                headings: body.headings,
                parent: Some(format!("cities/{}", city.id)),
                kind: PageKind::Directory { city: Some(city.id.clone()), total: windows.windows.len() },
            },
            ids,
            errors,
        );
        for (position, window) in windows.windows.iter().enumerate() {
            let body = window_pages::window_body(window, city, windows, base, config);
            // `reviewed` was read as a TOML date, so it reads back; a failure would be a bug here.
            let Ok(reviewed) = window.reviewed.parse() else {
                errors.push(ContentError::in_file(
                    &windows.file,
                    format!("the window `{}` has an unreadable date", window.id),
                    "Write `reviewed` as a date such as 2024-04-01.",
                ));
                continue;
            };
            add(
                CompiledPage {
                    id: window_pages::window_page_id(window),
                    source: windows.file.clone(),
                    front: generated_front(
                        window.name.clone(),
                        window.summary.clone(),
                        &city.id,
                        window.department_with_city(&city.name),
                        reviewed,
                        window_pages::window_legal_basis(window),
                        position as i64,
                    ),
                    html: body.html,
                    headings: body.headings,
                    parent: Some(window_pages::directory_id(&city.id)),
                    kind: PageKind::Window,
                },
                ids,
                errors,
            );
        }
    }
    for (city, windows) in &with_cities {
        let city_flows: Vec<&guide_flows::CheckedFlow> =
            flows.iter().filter(|checked| checked.flow.city == city.id.as_str()).collect();
        if city_flows.is_empty() {
            continue;
        }
        let city_page = pages_front(pages, &format!("cities/{}", city.id));
        let Some(front) = city_page.cloned() else {
            errors.push(ContentError::in_file(
                &city_flows[0].file,
                "the guide belongs to a city that has no page",
                "Add the city's page (its folder's index.md); the guides sit under it and take its date.",
            ));
            continue;
        };
        let mut listed = 0;
        for checked in &city_flows {
            let (title, summary) = guide_pages::title_and_summary(checked, city);
            let mut legal_basis = vec!["社会福祉法第106条の4".to_string()];
            if checked.flow.outcomes.iter().any(|outcome| outcome.id.contains("kaigi")) {
                legal_basis.push("社会福祉法第106条の6".to_string());
            }
            add(
                CompiledPage {
                    id: guide_pages::guide_id(&city.id, &checked.flow.id),
                    source: checked.file.clone(),
                    front: generated_front(
                        title.clone(),
                        summary.clone(),
                        &city.id,
                        front.department.clone(),
                        front.reviewed.clone(),
                        legal_basis,
                        listed,
                    ),
                    html: guide_pages::guide_body(checked, city, windows, base, config),
                    headings: Vec::new(),
                    parent: Some(guide_pages::guides_id(&city.id)),
                    kind: PageKind::Guide,
                },
                ids,
                errors,
            );
            listed += 1;
        }
        add(
            CompiledPage {
                id: guide_pages::guides_id(&city.id),
                source: city_flows[0].file.clone(),
                front: generated_front(
                    format!("{}の相談先ガイド", city.name),
                    format!("{}で、質問に答えて相談窓口やつなぎ先を探せます。", city.name),
                    &city.id,
                    front.department.clone(),
                    front.reviewed.clone(),
                    vec!["社会福祉法第106条の4".to_string()],
                    85,
                ),
                html: guide_pages::guides_index_body(city, base),
                headings: Vec::new(),
                parent: Some(format!("cities/{}", city.id)),
                kind: PageKind::Article,
            },
            ids,
            errors,
        );
    }
    for indicators in all_indicators {
        let Some(city) = config.cities.iter().find(|city| city.id == indicators.city) else { continue };
        let city_page = pages_front(pages, &format!("cities/{}", city.id));
        let department = city_page.map_or_else(|| city.name.clone(), |front| front.department.clone());
        let Some(reviewed) = city_page.map(|front| front.reviewed.clone()) else {
            errors.push(ContentError::in_file(
                &indicators.file,
                "the indicators belong to a city that has no page",
                "Add the city's page (its folder's index.md); the indicators page sits under it and takes its date.",
            ));
            continue;
        };
        let body = indicator_page::indicators_body(indicators);
        add(
            CompiledPage {
                id: format!("cities/{}/indicators", city.id),
                source: indicators.file.clone(),
                front: generated_front(
                    format!("{}（{}）", indicators.title, city.name),
                    format!("{}の計画が定める評価指標と、年度ごとの目標です。", city.name),
                    &city.id,
                    department,
                    reviewed,
                    vec!["社会福祉法第106条の5".to_string()],
                    80,
                ),
                html: body.html,
                headings: body.headings,
                parent: Some(format!("cities/{}", city.id)),
                kind: PageKind::Indicators,
            },
            ids,
            errors,
        );
    }
    pages.extend(new_pages);
}

fn pages_front<'a>(pages: &'a [(CompiledPage, Vec<InternalLink>)], id: &str) -> Option<&'a FrontMatter> {
    pages.iter().find(|(page, _)| page.id == id).map(|(page, _)| &page.front)
}

fn generated_front(
    title: String,
    summary: String,
    scope: &str,
    department: String,
    reviewed: toml::value::Datetime,
    legal_basis: Vec<String>,
    order: i64,
) -> FrontMatter {
    FrontMatter {
        title,
        summary,
        scope: scope.to_string(),
        department,
        reviewed,
        legal_basis,
        order,
        generates: None,
        city_pages: Vec::new(),
        plan_made: None,
        plan_department: None,
    }
}

/// Fills a Markdown page's lists of cities (see `city_lists`); the errors say which section is missing.
fn fill_city_lists(
    page: &mut CompiledPage,
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
    let cities_section = |page: &mut CompiledPage, what: &str, example: &str, list: Option<String>| {
        let error = missing(what, CITIES_SECTION, example);
        (!fill_section(page, CITIES_SECTION, list)).then_some(error).into_iter().collect()
    };
    match part {
        GeneratedPart::Directory | GeneratedPart::Comparison => Vec::new(),
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
                if !fill_section(page, flow, lists.guide_list(flow)) && has_guides {
                    errors.push(missing(&format!("the `{flow}` guides"), flow, "ガイド"));
                }
            }
            errors
        }
    }
}
