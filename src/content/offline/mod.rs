//! Offline use: which pages a phone keeps after its first visit (the guides, the window
//! directories, the home page, and this page), and the page shown when one that was not kept is
//! opened with no connection. The build's offline worker (`publish::offline`) keeps the same list.

use crate::content::emergency::EMERGENCY_PAGE_ID;
use crate::content::html::{html, BodyWriter, Markup, PageHtml};
use crate::content::outline::InternalLink;
use crate::content::page::{CompiledPage, GeneratedFront, PageKind};
use crate::i18n::ja;

/// The offline page's id (`/offline/`).
pub const OFFLINE_PAGE_ID: &str = "offline";

/// Whether a page is kept on the device after the first visit: what a resident or a visiting
/// staff member needs with no signal (the guides with every screen, the window directories,
/// the home page and the guides' index, the emergency page in every language it is written
/// in), and the offline page itself.
pub fn kept_offline(page: &CompiledPage) -> bool {
    matches!(page.kind, PageKind::Guide | PageKind::Directory { .. })
        || ["", "guides", EMERGENCY_PAGE_ID, OFFLINE_PAGE_ID].contains(&page.id.as_str())
        || crate::site::Edition::of_page_id(&page.id).1 == EMERGENCY_PAGE_ID
}

/// The offline page: says plainly that the page asked for needs a connection, lists what this
/// device keeps (guides, then directories, then the rest), and gives the emergency numbers as
/// the emergency page words them (`emergency_numbers`), or 110 and 119 on a site without one.
/// A site with no page at all gets none.
pub fn offline_page(
    pages: &[&CompiledPage],
    base: &str,
    emergency_numbers: Option<&PageHtml>,
) -> Option<(CompiledPage, Vec<InternalLink>)> {
    let home = pages.iter().find(|page| page.id.is_empty());
    let kept: Vec<&&CompiledPage> = pages.iter().filter(|page| kept_offline(page)).collect();
    let group = |wanted: fn(&PageKind) -> bool| -> Vec<&CompiledPage> {
        kept.iter().filter(|page| wanted(&page.kind)).map(|page| **page).collect()
    };
    let guides = group(|kind| matches!(kind, PageKind::Guide));
    let directories = group(|kind| matches!(kind, PageKind::Directory { .. }));
    let others = group(|kind| !matches!(kind, PageKind::Guide | PageKind::Directory { .. }));
    let mut body = BodyWriter::new(base);
    let mut list = |title: &str, id: &str, listed: &[&CompiledPage]| -> Markup {
        if listed.is_empty() {
            return html! {};
        }
        let heading = body.heading(2, id, title);
        // A page in another language is marked with it (the English emergency page).
        let links: Vec<(String, &str, Option<&str>)> = listed
            .iter()
            .map(|page| {
                let lang = crate::site::Edition::of_page_id(&page.id).0.lang();
                (body.page(&page.id), page.front.title.as_str(), (lang != "ja").then_some(lang))
            })
            .collect();
        html! { (heading) ul { @for (url, title, lang) in &links { li lang=[lang] { a href=(url) { (title) } } } } }
    };
    let sections = [
        list(&ja("offline-kept-guides"), "kept-guides", &guides),
        list(&ja("offline-kept-directories"), "kept-directories", &directories),
        list(&ja("offline-kept-others"), "kept-others", &others),
    ];
    let markup = html! {
        p class="lead" { (ja("offline-lead")) }
        p { (ja("offline-kept")) }
        @if let Some(numbers) = emergency_numbers {
            div class="emergency-note" { (numbers) }
        } @else {
            p class="emergency-note" {
                (ja("offline-danger-before"))
                a class="tel" href="tel:110" { (ja("offline-police")) }
                "・"
                a class="tel" href="tel:119" { (ja("offline-ambulance")) }
                (ja("offline-danger-after"))
            }
        }
        @for section in &sections { (section) }
    };
    let generated = body.finish(markup);
    let reviewed = home.or(pages.first())?.front.reviewed;
    let page = CompiledPage {
        id: OFFLINE_PAGE_ID.to_string(),
        source: "(offline page)".to_string(),
        front: GeneratedFront {
            title: ja("offline-title"),
            summary: ja("offline-summary"),
            scope: crate::content::site_config::NATIONAL_SCOPE.to_string(),
            department: home.map(|page| page.front.department.clone()).unwrap_or_default(),
            reviewed,
            legal_basis: Vec::new(),
            order: i64::MAX,
        }
        .into(),
        html: generated.html.into(),
        headings: generated.headings,
        parent: None,
        kind: PageKind::Article,
    };
    Some((page, generated.links))
}
