//! The guides feature, step 3 of the content pipeline: each city's flows read (`flow_file`) and
//! checked (`flows`), their wording joined by node id (`prose`) and their reasons in the editions
//! by the Japanese reason (`edition_reasons`), every path walked within a budget (`paths`), each
//! flow's page with all its screens (`pages`, `screens`) and its map (`map`: the flow drawn, and
//! as a list).

pub mod because;
pub mod checked;
pub mod edition_reasons;
pub mod editions;
pub mod flow_file;
pub mod flows;
pub mod map;
pub mod pages;
pub mod paths;
pub mod prepare;
pub mod prose;
pub mod screens;

use checked::CheckedFlow;

use crate::content::error::ContentError;
use crate::content::html::PageHtml;
use crate::content::outline::InternalLink;
use crate::content::page::{CityPages, GeneratedFront};
use crate::content::page::{CompiledPage, PageKind};
use crate::content::site_config::{City, SiteConfig};
use crate::content::windows::CityWindows;
use crate::site::Edition;

/// Each city's guide pages (one per flow) and the city's page listing them, each with the pages
/// its body links to (the city's directory, the windows' pages), for the link checks.
/// `emergency_numbers` (the emergency page's numbers) are shown on each danger screen.
#[allow(clippy::too_many_arguments)]
pub fn pages(
    cities: &[(&City, &CityWindows)],
    flows: &[CheckedFlow],
    city_pages: &CityPages,
    base: &str,
    config: &SiteConfig,
    emergency_numbers: Option<&PageHtml>,
    errors: &mut Vec<ContentError>,
) -> Vec<(CompiledPage, Vec<InternalLink>)> {
    let mut made = Vec::new();
    for (city, windows) in cities {
        let city_flows: Vec<&CheckedFlow> =
            flows.iter().filter(|checked| checked.flow.city == city.id.as_str()).collect();
        if city_flows.is_empty() {
            continue;
        }
        let Some(front) = city_pages.front(&city.id) else {
            errors.push(ContentError::in_file(
                &city_flows[0].file,
                "the guide belongs to a city that has no page",
                "Add the city's page (its folder's index.md); the guides sit under it and take its date.",
            ));
            continue;
        };
        for (listed, checked) in city_flows.iter().enumerate() {
            let (title, summary) = pages::title_and_summary(checked, city, Edition::Japanese);
            let body = pages::guide_body(
                checked,
                city,
                windows,
                base,
                config,
                emergency_numbers,
                Edition::Japanese,
                Edition::Japanese,
            );
            let page = CompiledPage {
                id: pages::guide_id(&city.id, &checked.flow.id),
                source: checked.file.clone(),
                front: GeneratedFront {
                    title: title.clone(),
                    summary,
                    scope: city.id.clone(),
                    department: front.department.clone(),
                    reviewed: front.reviewed,
                    legal_basis: checked.legal_basis.clone(),
                    order: listed as i64,
                }
                .into(),
                html: body.html.into(),
                headings: Vec::new(),
                parent: Some(pages::guides_id(&city.id)),
                kind: PageKind::Guide,
            };
            made.push((page, body.links));
            match map::map_body(checked, &city.id, windows, &title, base) {
                Ok(map_body) => {
                    let map_page = CompiledPage {
                        id: map::map_id(&city.id, &checked.flow.id),
                        source: checked.file.clone(),
                        front: GeneratedFront {
                            title: format!("{title}の全体図"),
                            summary: format!("{title}の質問と分かれ道、結果と窓口を、図と一覧で示します。職員と研修の講師のためのページです。"),
                            scope: city.id.clone(),
                            department: front.department.clone(),
                            reviewed: front.reviewed,
                            legal_basis: Vec::new(),
                            order: 0,
                        }
                        .into(),
                        html: map_body.html.into(),
                        headings: map_body.headings,
                        parent: Some(pages::guide_id(&city.id, &checked.flow.id)),
                        kind: PageKind::Article,
                    };
                    made.push((map_page, map_body.links));
                }
                Err(error) => errors.push(error),
            }
        }
        // The list of guides rests on what every guide in it rests on.
        let shared_basis: Vec<String> = city_flows[0]
            .legal_basis
            .iter()
            .filter(|law| city_flows.iter().all(|checked| checked.legal_basis.contains(law)))
            .cloned()
            .collect();
        let body = pages::guides_index_body(city, base);
        let page = CompiledPage {
            id: pages::guides_id(&city.id),
            source: city_flows[0].file.clone(),
            front: GeneratedFront {
                title: crate::i18n::text_with(Edition::Japanese, "guides-index-title", &[("city", &city.name)]),
                summary: crate::i18n::text_with(Edition::Japanese, "guides-index-summary", &[("city", &city.name)]),
                scope: city.id.clone(),
                department: front.department.clone(),
                reviewed: front.reviewed,
                legal_basis: shared_basis,
                order: 85,
            }
            .into(),
            html: body.html.into(),
            headings: Vec::new(),
            parent: Some(format!("cities/{}", city.id)),
            kind: PageKind::Article,
        };
        made.push((page, body.links));
    }
    made
}
