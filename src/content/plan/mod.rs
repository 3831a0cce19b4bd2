//! Step 5 of the content pipeline, after every page is compiled: each city's plan as a whole —
//! its period and revisions on the city's page (`timeline`, checked when the page is read), a
//! notice on every page of a plan whose period has ended, and the printable whole plan
//! (`document`). Dates are shown through `dates` (ICU4X's Japanese calendar).

pub mod dates;
pub mod document;
pub mod timeline;

use crate::content::error::ContentError;
use crate::content::html::{href, html, Markup};
use crate::content::outline::InternalLink;
use crate::content::page::{CompiledPage, GeneratedFront, PageKind};
use crate::content::plan::dates::{day_label, Day};
use crate::content::plan::document::{document_body, document_id, plan_pages};
use crate::content::plan::timeline::Timeline;
use crate::content::site_config::SiteConfig;
use crate::site::page_url;

/// Where the printable plan sits among the city's pages: after everything else.
const DOCUMENT_ORDER: i64 = 1000;

/// Each city's printable whole plan, made from `pages` (which hold every plan page by now).
pub fn pages(
    pages: &[&CompiledPage],
    config: &SiteConfig,
    base: &str,
    errors: &mut Vec<ContentError>,
) -> Vec<(CompiledPage, Vec<InternalLink>)> {
    let mut made = Vec::new();
    for city in &config.cities {
        let plan = plan_pages(pages, &city.id);
        let Some(city_page) = plan.first() else { continue };
        let body = match document_body(city, &plan, base) {
            Ok(body) => body,
            Err(error) => {
                errors.push(error);
                continue;
            }
        };
        let front = &city_page.front;
        let page = CompiledPage {
            id: document_id(&city.id),
            source: city_page.source.clone(),
            front: GeneratedFront {
                title: format!("{}（全体・印刷用）", front.title),
                summary: format!(
                    "{}{}の計画の全ページを、目次と章番号をつけて一つにまとめた印刷用のページです。",
                    city.prefecture, city.name
                ),
                scope: city.id.clone(),
                department: front.department.clone(),
                reviewed: front.reviewed,
                legal_basis: front.legal_basis.clone(),
                order: DOCUMENT_ORDER,
            }
            .into(),
            html: body.into(),
            headings: Vec::new(),
            parent: Some(city_page.id.clone()),
            kind: PageKind::PlanDocument,
        };
        made.push((page, Vec::new()));
    }
    made
}

/// Adds each city's period and revisions to its page, the link to the printable plan to every
/// plan page, and the notice that the period has ended (on `today`) to every page of a plan whose
/// period is over, guides aside (a guide routes to windows, it does not restate the plan).
pub fn add_plan_timelines(pages: &mut [CompiledPage], config: &SiteConfig, base: &str, today: Day) {
    for city in &config.cities {
        let city_page_id = format!("cities/{}", city.id);
        let Some(timeline) = pages.iter().find(|page| page.id == city_page_id).map(|page| Timeline::of(&page.front))
        else {
            continue;
        };
        let all: Vec<&CompiledPage> = pages.iter().collect();
        let chapters: Vec<String> = plan_pages(&all, &city.id).iter().map(|page| page.id.clone()).collect();
        let print_link = html! {
            p class="plan-print-link" {
                a href=(href(&page_url(base, &document_id(&city.id)))) { "計画全体を印刷する" }
            }
        };
        let ended = timeline.period.filter(|period| period.has_ended(today));
        for page in pages.iter_mut().filter(|page| page.front.scope == city.id && page.kind != PageKind::Guide) {
            if page.id == city_page_id {
                page.html.prepend(timeline_facts(&timeline));
            }
            if chapters.contains(&page.id) {
                page.html.prepend(&print_link);
            }
            if let Some(period) = ended {
                page.html.prepend(html! {
                    p class="notice plan-ended" role="note" {
                        strong { "この計画の期間は終わっています。" }
                        "計画期間（" (period.label()) "）は" (day_label(period.last_day())) "までです。"
                        "今の計画は" (city.name) "に確かめてください。"
                    }
                });
            }
        }
    }
}

/// The period and revisions as a list of facts, or nothing when the plan states neither.
pub fn timeline_facts(timeline: &Timeline) -> Markup {
    if timeline.period.is_none() && timeline.revisions.is_empty() {
        return html! {};
    }
    html! {
        dl class="plan-timeline" {
            @if let Some(period) = timeline.period {
                div { dt { "計画期間" } dd { (period.label()) } }
            }
            @if !timeline.revisions.is_empty() {
                div {
                    dt { "改定" }
                    dd {
                        ul class="plain-list" {
                            @for revision in &timeline.revisions {
                                li { (revision.date.label()) " " (revision.what) }
                            }
                        }
                    }
                }
            }
        }
    }
}
