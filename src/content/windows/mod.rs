//! The windows feature, step 3 of the content pipeline: each city's `windows.toml` read and
//! checked (`data`), its directory and window pages (`pages`), the same in the language editions
//! (`editions` reads `windows.easy.toml` / `windows.en.toml`, `edition_pages` writes them), the
//! comparison of cities (`comparison`) and the windows as HSDS open data (`open_data`).

pub mod comparison;
pub mod contact;
pub mod data;
pub mod edition_pages;
pub mod editions;
pub mod model;
pub mod open_data;
pub mod pages;

pub use data::{parse_windows, tel_uri};
pub use model::{Area, CityWindows, Contact, Role, Window, DEPARTMENT_NOT_STATED};

use crate::content::error::ContentError;
use crate::content::html::{html, BodyWriter, PageHtml};
use crate::content::outline::InternalLink;
use crate::content::page::{CityPages, GeneratedFront};
use crate::content::page::{CompiledPage, PageKind};
use crate::content::site_config::{City, SiteConfig};

/// A page made here, with the links it writes.
type MadePage = (CompiledPage, Vec<InternalLink>);

/// Each city's window directory and one page per window, with the links each page writes, and
/// the same in each language edition the city has a file for (`has_page` says which page ids
/// exist, for the edition directory's parent).
pub fn pages(
    cities: &[(&City, &CityWindows)],
    city_pages: &CityPages,
    base: &str,
    config: &SiteConfig,
    has_page: &dyn Fn(&str) -> bool,
    errors: &mut Vec<ContentError>,
) -> Vec<MadePage> {
    let mut made = Vec::new();
    for (city, windows) in cities {
        made.extend(directory_page(city, windows, city_pages, base, config, errors));
        for (position, window) in windows.windows.iter().enumerate() {
            made.extend(window_page(city, windows, window, position, base, config, errors));
        }
        let department = city_pages.front(&city.id).map_or_else(|| city.name.clone(), |front| front.department.clone());
        made.extend(edition_pages::edition_pages(city, windows, &department, base, has_page));
    }
    made
}

/// The city's directory: an introduction, then every window with the filter.
fn directory_page(
    city: &City,
    windows: &CityWindows,
    city_pages: &CityPages,
    base: &str,
    config: &SiteConfig,
    errors: &mut Vec<ContentError>,
) -> Option<MadePage> {
    let city_page = city_pages.front(&city.id);
    let department = city_page.map_or_else(|| city.name.clone(), |front| front.department.clone());
    // The directory is as recent as its latest window (or, with none, as the city's page).
    let latest = windows.windows.iter().map(|window| window.reviewed.as_str()).max().unwrap_or("");
    let Some(reviewed) = latest.parse().ok().or_else(|| city_page.map(|front| front.reviewed)) else {
        errors.push(ContentError::in_file(
            &windows.file,
            "the city's directory has no date: it has no windows and the city has no page",
            "Add the city's page (its folder's index.md) or at least one window.",
        ));
        return None;
    };
    let mut intro = BodyWriter::new(base);
    let plan = intro.page(&format!("cities/{}", city.id));
    let intro = intro.finish(html! {
        p { (city.name) "の実施計画に載っている相談窓口と、事業を担う機関です。" a href=(plan) { "計画の概要" } "もあわせて見てください。" }
    });
    let body = pages::directory_body(&[(city, windows)], false, base, config);
    let mut html = PageHtml::from(intro.html);
    html.push(body.html);
    let page = CompiledPage {
        id: model::directory_id(&city.id),
        source: windows.file.clone(),
        front: GeneratedFront {
            title: format!("{}の相談窓口", city.name),
            summary: format!(
                "{}の計画に載っている相談窓口と事業の実施機関{}件を、対象・事業・地区で絞り込めます。",
                city.name,
                windows.windows.len()
            ),
            scope: city.id.clone(),
            department,
            reviewed,
            legal_basis: windows.legal_basis.clone(),
            order: 90,
        }
        .into(),
        html,
        headings: body.headings,
        parent: Some(format!("cities/{}", city.id)),
        kind: PageKind::Directory { city: Some(city.id.clone()), total: windows.windows.len() },
    };
    Some((page, [intro.links, body.links].concat()))
}

/// One window's page, under the city's directory.
fn window_page(
    city: &City,
    windows: &CityWindows,
    window: &Window,
    position: usize,
    base: &str,
    config: &SiteConfig,
    errors: &mut Vec<ContentError>,
) -> Option<MadePage> {
    let body = pages::window_body(window, city, windows, base, config);
    // `reviewed` was read as a TOML date, so it reads back; a failure would be a bug here.
    let Ok(reviewed) = window.reviewed.parse() else {
        errors.push(ContentError::in_file(
            &windows.file,
            format!("the window `{}` has an unreadable date", window.id),
            "Write `reviewed` as a date such as 2024-04-01.",
        ));
        return None;
    };
    let page = CompiledPage {
        id: model::window_page_id(window),
        source: windows.file.clone(),
        front: GeneratedFront {
            title: window.name.clone(),
            summary: window.summary.clone(),
            scope: city.id.clone(),
            department: window.department_with_city(&city.name),
            reviewed,
            legal_basis: pages::window_legal_basis(window),
            order: position as i64,
        }
        .into(),
        html: body.html.into(),
        headings: body.headings,
        parent: Some(model::directory_id(&city.id)),
        kind: PageKind::Window,
    };
    Some((page, body.links))
}
