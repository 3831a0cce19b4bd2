//! The indicators feature, step 3 of the content pipeline: a plan's evaluation indicators read
//! and checked (`data`) and the city's indicators page (`page`).

pub mod data;
pub mod page;

pub use data::{parse_indicators, percent_value, Indicator, Indicators};

use crate::content::error::ContentError;
use crate::content::outline::InternalLink;
use crate::content::page::{CityPages, GeneratedFront};
use crate::content::page::{CompiledPage, PageKind};
use crate::content::site_config::SiteConfig;

/// Each city's indicators page, under the city's page (it links to no page, so its links are none).
pub fn pages(
    all_indicators: &[Indicators],
    config: &SiteConfig,
    city_pages: &CityPages,
    errors: &mut Vec<ContentError>,
) -> Vec<(CompiledPage, Vec<InternalLink>)> {
    let mut made = Vec::new();
    for indicators in all_indicators {
        let Some(city) = config.cities.iter().find(|city| city.id == indicators.city) else { continue };
        let Some(front) = city_pages.front(&city.id) else {
            errors.push(ContentError::in_file(
                &indicators.file,
                "the indicators belong to a city that has no page",
                "Add the city's page (its folder's index.md); the indicators page sits under it and takes its date.",
            ));
            continue;
        };
        let body = page::indicators_body(indicators);
        let page = CompiledPage {
            id: format!("cities/{}/indicators", city.id),
            source: indicators.file.clone(),
            front: GeneratedFront {
                title: format!("{}（{}）", indicators.title, city.name),
                summary: format!("{}の計画が定める評価指標と、年度ごとの目標です。", city.name),
                scope: city.id.clone(),
                department: front.department.clone(),
                reviewed: front.reviewed,
                legal_basis: indicators.legal_basis.clone(),
                order: 80,
            }
            .into(),
            html: body.html.into(),
            headings: body.headings,
            parent: Some(format!("cities/{}", city.id)),
            kind: PageKind::Indicators,
        };
        made.push((page, body.links));
    }
    made
}
