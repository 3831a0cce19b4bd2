//! Step 5 of the content pipeline, after every page is compiled: each city's plan as a whole —
//! its period and revisions on the city's page (`timeline`, checked when the page is read), a
//! notice on every page of a plan whose period has ended, and the printable whole plan
//! (`document`). Dates are shown through `dates` (ICU4X's Japanese calendar).

pub mod dates;
pub mod timeline;

use crate::content::html::{html, Markup};
use crate::content::page::{CompiledPage, PageKind};
use crate::content::plan::dates::{day_label, Day};
use crate::content::plan::timeline::Timeline;
use crate::content::site_config::SiteConfig;

/// Adds each city's period and revisions to its page, and the notice that the period has ended
/// (on `today`) to every page of a plan whose period is over, guides aside (a guide routes to
/// windows, it does not restate the plan).
pub fn add_plan_timelines(pages: &mut [CompiledPage], config: &SiteConfig, today: Day) {
    for city in &config.cities {
        let city_page_id = format!("cities/{}", city.id);
        let Some(timeline) = pages.iter().find(|page| page.id == city_page_id).map(|page| Timeline::of(&page.front))
        else {
            continue;
        };
        let ended = timeline.period.filter(|period| period.has_ended(today));
        for page in pages.iter_mut().filter(|page| page.front.scope == city.id && page.kind != PageKind::Guide) {
            if page.id == city_page_id {
                page.html.prepend(timeline_facts(&timeline));
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
