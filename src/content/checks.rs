//! Step 5 of the content pipeline: the checks across pages, once every page is known: each page
//! has its parent, every `@page#anchor` link and every link a generated page writes reaches a
//! page and a heading, and the navigation names pages that exist.

use std::collections::{BTreeMap, BTreeSet, HashSet};

use crate::content::error::ContentError;
use crate::content::outline::InternalLink;
use crate::content::page::CompiledPage;
use crate::content::site_config::SiteConfig;
use crate::content::source::ContentTree;

/// The pages the checks count as existing: every page id a file claims, even one whose page had
/// errors of its own, and every page a data file with errors would have made (its folder, such
/// as `cities/izu/windows`). Either way the mistake is reported once, at its cause, not again
/// at every link that leads there.
pub struct KnownPages<'a> {
    ids: HashSet<&'a str>,
    unsure_folders: Vec<String>,
}

impl<'a> KnownPages<'a> {
    /// The pages claimed by `ids`, and the folders of pages that data files with errors make.
    pub fn new(ids: impl Iterator<Item = &'a str>, unsure_folders: Vec<String>) -> Self {
        KnownPages { ids: ids.collect(), unsure_folders }
    }

    /// Whether the page `id` exists or may, once its data file is fixed.
    pub fn contains(&self, id: &str) -> bool {
        self.ids.contains(id)
            || self.unsure_folders.iter().any(|folder| {
                id.strip_prefix(folder.as_str()).is_some_and(|rest| rest.is_empty() || rest.starts_with('/'))
            })
    }
}

/// Every page but the home page needs its parent page, and the home page must exist.
pub fn check_tree(
    pages: &[(CompiledPage, Vec<InternalLink>)],
    declared: &KnownPages,
    tree: &ContentTree,
    errors: &mut Vec<ContentError>,
) {
    if !declared.contains("") {
        errors.push(ContentError::in_file(
            tree.display_of("index.md"),
            "the site has no home page",
            "Create index.md at the top of the content folder; it is the page served at the site's root.",
        ));
    }
    for (page, _) in pages {
        if let Some(parent) = &page.parent {
            if !parent.is_empty() && !declared.contains(parent.as_str()) {
                errors.push(ContentError::in_file(
                    &page.source,
                    format!("the page `{}` has no parent page `{parent}`", page.id),
                    format!(
                        "Create {} so that the page has a place in the navigation and breadcrumbs.",
                        tree.display_of(&format!("{parent}/index.md"))
                    ),
                ));
            }
        }
    }
}

/// Every `@page#anchor` link must reach an existing page and heading, and so must every link a
/// page made from data writes (those have line 0; see [`generated_link_error`]).
pub fn check_links(pages: &[(CompiledPage, Vec<InternalLink>)], declared: &KnownPages, errors: &mut Vec<ContentError>) {
    let by_id: BTreeMap<&str, &CompiledPage> = pages.iter().map(|(page, _)| (page.id.as_str(), page)).collect();
    // A data file makes many pages that link the same page: its dead link is reported once.
    let mut reported: BTreeSet<(&str, &str, Option<&str>)> = BTreeSet::new();
    for (page, links) in pages {
        for link in links {
            let target_id = if link.same_page { page.id.as_str() } else { link.page_id.as_str() };
            let target = by_id.get(target_id);
            if link.line == 0 {
                let missing_anchor = link.anchor.as_deref().filter(|anchor| {
                    target.is_some_and(|target| !target.headings.iter().any(|heading| heading.id == *anchor))
                });
                let dead = (target.is_none() && !declared.contains(target_id)) || missing_anchor.is_some();
                if dead && reported.insert((page.source.as_str(), target_id, missing_anchor)) {
                    errors.push(generated_link_error(page, target_id, missing_anchor));
                }
                continue;
            }
            let Some(target) = target else {
                if declared.contains(target_id) {
                    continue; // the target has errors of its own, reported already
                }
                let last = target_id.rsplit('/').next().unwrap_or(target_id);
                let similar: Vec<&str> =
                    by_id.keys().filter(|id| id.ends_with(last) && !last.is_empty()).copied().take(3).collect();
                let hint = if similar.is_empty() {
                    "A page id is the file's path under content/ without `.md`, e.g. `@programmes/outreach` for content/programmes/outreach.md.".to_string()
                } else {
                    format!(
                        "Did you mean {}? A page id is the file's path under content/ without `.md`.",
                        similar.iter().map(|id| format!("`@{id}`")).collect::<Vec<_>>().join(" or ")
                    )
                };
                errors.push(ContentError::at_line(
                    &page.source,
                    link.line,
                    format!("the link `@{target_id}` points to a page that does not exist"),
                    hint,
                ));
                continue;
            };
            if let Some(anchor) = &link.anchor {
                if !target.headings.iter().any(|heading| &heading.id == anchor) {
                    let ids: Vec<String> =
                        target.headings.iter().take(8).map(|heading| format!("#{}", heading.id)).collect();
                    errors.push(ContentError::at_line(
                        &page.source,
                        link.line,
                        format!("the link to `#{anchor}` points to a heading that `{}` does not have", if target.id.is_empty() { "index" } else { &target.id }),
                        format!("Use one of its heading ids ({}), or give the heading an explicit id with `## 見出し {{#{anchor}}}`.", ids.join(", ")),
                    ));
                }
            }
        }
    }
}

/// A link that a page made from data writes (a window page to its programme, a directory to a
/// window) reaches no page (`missing_anchor` is `None`) or no heading of it. The error names the
/// data file, since that is what the author edits.
fn generated_link_error(page: &CompiledPage, target_id: &str, missing_anchor: Option<&str>) -> ContentError {
    let shown = if target_id.is_empty() { "index" } else { target_id };
    let written = if page.source.ends_with(".md") {
        "the part of this page the site makes"
    } else {
        "a page made from this file"
    };
    match missing_anchor {
        None => ContentError::in_file(
            &page.source,
            format!("{written} (`{}`) links to the page `{shown}`, which the site does not have", page.id),
            format!(
                "Add the page (content/{shown}.md or content/{shown}/index.md), or, if it is one of tsunagu's national pages, remove `national_layer = false` from site.toml so that they are laid under your folder."
            ),
        ),
        Some(anchor) => ContentError::in_file(
            &page.source,
            format!("{written} (`{}`) links to the heading `#{anchor}` of `{shown}`, which that page does not have", page.id),
            format!("Give a heading of `{shown}` the id `{anchor}` with `## 見出し {{#{anchor}}}`."),
        ),
    }
}

/// Every navigation entry must name a page; `text` is site.toml as read, for the line.
pub fn check_nav(
    config: &SiteConfig,
    config_file: &str,
    text: &str,
    declared: &KnownPages,
    errors: &mut Vec<ContentError>,
) {
    for id in &config.nav {
        if !declared.contains(id.as_str()) {
            let line = text.lines().position(|line| line.trim_start().starts_with("nav")).map_or(1, |index| index + 1);
            errors.push(ContentError::at_line(
                config_file,
                line,
                format!("the navigation names the page `{id}`, which does not exist"),
                "Each entry of `nav` is a page id: a file's path under content/ without `.md`.",
            ));
        }
    }
}
