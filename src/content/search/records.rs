//! The records a search can find, made from the compiled content (never from HTML): each
//! section of a Markdown page (glossary terms are the glossary's sections), each window, each
//! outcome of a guide, and the staff course's teaching pages (its page, each module's
//! sections, the case list and each case's story: `training::search`). Every record carries
//! its city and its kind.

use crate::content::offline::OFFLINE_PAGE_ID;
use std::collections::BTreeMap;

use crate::content::compiled::CompiledSite;
use crate::content::guides::pages::guide_id;
use crate::content::outline::SectionText;
use crate::content::page::{CompiledPage, PageKind};
use crate::content::site_config::NATIONAL_SCOPE;
use crate::content::training::search::{SearchedCourse, ShownPage};
use crate::content::windows::model::window_page_id;
use crate::search::format::{Record, RecordKind, MAX_RECORD_CHARS};

/// The page id of the glossary, whose sections are terms.
pub const GLOSSARY_ID: &str = "glossary";

/// Whether a page is searched: the search (its normalisation, synonyms and ranking) is made for
/// Japanese, so the やさしい日本語 and English editions are left out; each edition's home page
/// lists its pages, and the language selector leads to them.
pub fn searched(page: &CompiledPage) -> bool {
    crate::site::Edition::of_page_id(&page.id).0 == crate::site::Edition::Japanese
}

/// Every record of the site, in page order, then windows, then guide outcomes.
pub fn records(
    site: &CompiledSite,
    sections: &BTreeMap<String, Vec<SectionText>>,
    course: &SearchedCourse,
) -> Vec<Record> {
    let mut records = Vec::new();
    for page in &site.pages {
        if !matches!(page.kind, PageKind::Article | PageKind::Indicators)
            || page.id == OFFLINE_PAGE_ID
            || !searched(page)
        {
            continue; // windows, guides and directories come from their data below; the offline page is for no connection
        }
        if crate::content::guides::map::is_map_page(&page.id) {
            continue; // a guide's map repeats the guide's words: search leads to the guide
        }
        let page_sections = sections.get(&page.id).map(Vec::as_slice).unwrap_or_default();
        if let Some(shown) = course.shown(&page.id) {
            course_records(page, shown, page_sections, &mut records); // the course's teaching pages, for staff
            continue;
        }
        if crate::content::training::is_course_page(&page.id) && page.id != crate::content::training::pages::COURSE_ID {
            continue; // the course's self-checks, record and trainer's cards: they would give the exercises away
        }
        page_records(page, page_sections, &mut records);
    }
    for city in &site.windows {
        for window in &city.windows {
            let areas = window
                .areas
                .iter()
                .filter_map(|id| city.areas.iter().find(|area| area.id == *id).map(|area| area.name.as_str()));
            let roles = window.roles.iter().filter_map(|role| role.business.as_deref());
            let parts: Vec<&str> = [window.summary.as_str()]
                .into_iter()
                .chain(window.target.as_deref())
                .chain(window.operator.as_deref())
                .chain(areas)
                .chain(roles)
                .chain(window.stated_department())
                .chain(window.notes.iter().map(String::as_str))
                .collect();
            records.push(Record {
                page: window.name.clone(),
                path: format!("{}/", window_page_id(window)),
                heading: String::new(),
                anchor: String::new(),
                text: cut(&parts.join(" ")),
                kind: RecordKind::Window,
                city: window.city.clone(),
            });
        }
    }
    for checked in &site.flows {
        let flow = &checked.flow;
        let page_id = guide_id(&flow.city, &flow.id);
        let Some(page) = site.page(&page_id) else { continue };
        let windows = site.windows.iter().find(|windows| windows.city == flow.city);
        for outcome in flow.outcomes.iter() {
            let Some(prose) = checked.prose.get(outcome.id.as_ref()) else { continue };
            let mut parts = vec![prose.summary.clone()];
            for pick in outcome.windows.iter() {
                let name = windows
                    .and_then(|windows| windows.windows.iter().find(|window| window.id == pick.window.as_ref()))
                    .map(|window| window.name.clone());
                parts.extend(name);
                parts.push(pick.reason.to_string());
            }
            records.push(Record {
                page: page.front.title.clone(),
                path: format!("{page_id}/"),
                heading: prose.title.clone(),
                anchor: String::new(),
                text: cut(&parts.join(" ")),
                kind: RecordKind::Guide,
                city: flow.city.to_string(),
            });
        }
    }
    records
}

/// A Markdown page's records: its summary with the text before the first heading, then one
/// record per section that has a heading or text.
fn page_records(page: &CompiledPage, sections: &[SectionText], records: &mut Vec<Record>) {
    let national = page.front.scope == NATIONAL_SCOPE;
    let kind = if page.id == GLOSSARY_ID {
        RecordKind::Glossary
    } else if national {
        RecordKind::Programme
    } else {
        RecordKind::Plan
    };
    let city = if national { String::new() } else { page.front.scope.clone() };
    let record = |heading: &str, anchor: &str, text: String| Record {
        page: page.front.title.clone(),
        path: if page.id.is_empty() { String::new() } else { format!("{}/", page.id) },
        heading: heading.to_string(),
        anchor: anchor.to_string(),
        text: cut(&text),
        kind: if kind == RecordKind::Glossary && heading.is_empty() { RecordKind::Programme } else { kind },
        city: city.clone(),
    };
    let lead =
        sections.first().filter(|section| section.heading.is_empty()).map_or("", |section| section.text.as_str());
    let laws = page.front.legal_basis.join(" ");
    records.push(record("", "", format!("{} {laws} {lead}", page.front.summary)));
    for section in sections.iter().filter(|section| !section.heading.is_empty()) {
        records.push(record(&section.heading, &section.id, section.text.clone()));
    }
}

/// A course page's records: like a Markdown page's, as the course's kind, with its city, and
/// without its top when it shows only its sections (a case).
fn course_records(page: &CompiledPage, shown: &ShownPage, sections: &[SectionText], records: &mut Vec<Record>) {
    let from = records.len();
    page_records(page, sections, records);
    if shown.sections_only {
        records.remove(from);
    }
    for record in &mut records[from..] {
        record.kind = RecordKind::Training;
        record.city = shown.city.clone();
    }
}

/// The text cut to what a record keeps.
fn cut(text: &str) -> String {
    text.trim().chars().take(MAX_RECORD_CHARS).collect()
}
