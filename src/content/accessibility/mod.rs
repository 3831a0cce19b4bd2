//! Step 3b of the content pipeline, after the other generated pages: the accessibility policy
//! and its test results. A Markdown page with `generates = "accessibility-policy"` is the
//! policy (the city's words: target, exceptions, the date it was set); the build fills its
//! sections `{#scope}` (every page it writes) and `{#results}`, and makes the results page
//! `<policy>/results` from the success criteria (`criteria`, data) and the test run handed to
//! the build (`run`), judged criterion by criterion (`verdict`) and written out (`pages`).

pub mod criteria;
pub mod pages;
pub mod run;
pub mod verdict;

use std::collections::{BTreeMap, HashMap};

use crate::content::city_lists::fill_section;
use crate::content::error::ContentError;
use crate::content::front_matter::GeneratedPart;
use crate::content::outline::InternalLink;
use crate::content::page::{CompiledPage, GeneratedFront, PageKind};
use crate::content::source::ContentTree;

pub use criteria::{read_criteria, Criterion, CRITERIA_FILE};
pub use run::{read_run, RecordedRun, TestRun};

/// The section of the policy page that gets the scope, and the one that gets the results.
const SCOPE_SECTION: &str = "scope";
const RESULTS_SECTION: &str = "results";

/// The results page's title.
const RESULTS_TITLE: &str = "ウェブアクセシビリティ試験結果";

/// Fills the policy page (if the site has one) and adds its results page.
pub fn add_accessibility_pages(
    pages: &mut Vec<(CompiledPage, Vec<InternalLink>)>,
    ids: &mut HashMap<String, String>,
    tree: &ContentTree,
    run: &RecordedRun,
    base: &str,
    errors: &mut Vec<ContentError>,
) {
    let policies: Vec<usize> = pages
        .iter()
        .enumerate()
        .filter(|(_, (page, _))| page.front.generates == Some(GeneratedPart::AccessibilityPolicy))
        .map(|(index, _)| index)
        .collect();
    let Some(&policy_index) = policies.first() else { return };
    for &other in &policies[1..] {
        errors.push(ContentError::in_file(
            &pages[other].0.source,
            format!(
                "a second page says `generates = \"accessibility-policy\"` (the first is {})",
                pages[policy_index].0.source
            ),
            "A site has one accessibility policy: remove `generates` from one of them.",
        ));
    }
    let criteria_file = tree.display_of(CRITERIA_FILE);
    let criteria = match tree.text(CRITERIA_FILE) {
        Some(Ok(text)) => match read_criteria(&criteria_file, text) {
            Ok(criteria) => criteria,
            Err(mut found) => {
                errors.append(&mut found);
                return;
            }
        },
        Some(Err(error)) => {
            errors.push(error);
            return;
        }
        None => {
            errors.push(ContentError::in_file(
                &pages[policy_index].0.source,
                format!("the accessibility policy needs the success criteria in {criteria_file}"),
                "Copy accessibility/criteria.toml from tsunagu's content folder, or leave the national layer on in site.toml.",
            ));
            return;
        }
    };
    if let RecordedRun::Recorded(recorded) = run {
        for unknown in verdict::unknown_checked_criteria(&criteria, recorded) {
            errors.push(ContentError::in_file(
                &criteria_file,
                format!(
                    "the test run says a browser test checked the criterion {unknown}, which this file does not list"
                ),
                "Add the criterion to accessibility/criteria.toml, or correct the number the test records.",
            ));
        }
    }

    let policy_id = pages[policy_index].0.id.clone();
    let results_id = if policy_id.is_empty() { "results".to_string() } else { format!("{policy_id}/results") };
    let mut titles: BTreeMap<String, String> =
        pages.iter().map(|(page, _)| (page.id.clone(), page.front.title.clone())).collect();
    titles.insert(results_id.clone(), RESULTS_TITLE.to_string());
    let site = pages::SiteFacts {
        base,
        // These pages, the results page, and the search page made after them.
        page_count: pages.len() + 1 + crate::content::search::PAGES_MADE_LAST,
        titles: &titles,
        policy_id: &policy_id,
        results_id: &results_id,
    };
    let results = pages::results_body(&site, run, &criteria);
    let brief = pages::policy_results(&site, run, &criteria);
    let scope = pages::policy_scope(&site);

    let (policy, policy_links) = &mut pages[policy_index];
    for (section, filled) in [
        (SCOPE_SECTION, fill_section(policy, SCOPE_SECTION, Some(scope))),
        (RESULTS_SECTION, fill_section(policy, RESULTS_SECTION, Some(brief.html))),
    ] {
        if !filled {
            errors.push(ContentError::in_file(
                &policy.source,
                format!("`generates = \"accessibility-policy\"` fills the section `{{#{section}}}`, but the page has no level-2 heading with that id"),
                format!("Add a heading such as `## {} {{#{section}}}` where it should go.", if section == SCOPE_SECTION { "対象範囲" } else { "試験結果" }),
            ));
        }
    }
    policy_links.extend(brief.links);

    if let Some(first) = ids.get(&results_id) {
        errors.push(ContentError::in_file(
            first.clone(),
            format!("the page id `{results_id}` is the accessibility results page, which the build makes"),
            "Rename or remove the Markdown file: the build writes the results of the test run there.",
        ));
        return;
    }
    let reviewed = pages::last_day(run)
        .and_then(|day| day.iso().parse::<toml::value::Datetime>().ok())
        .unwrap_or(policy.front.reviewed);
    let page = CompiledPage {
        id: results_id.clone(),
        source: policy.source.clone(),
        front: GeneratedFront {
            title: RESULTS_TITLE.to_string(),
            summary: "このサイトを JIS X 8341-3:2016 の達成基準ごとに試験した結果です。試験日、ツール、試験したページも載せています。"
                .to_string(),
            scope: policy.front.scope.clone(),
            department: policy.front.department.clone(),
            reviewed,
            legal_basis: Vec::new(),
            order: 1,
        }
        .into(),
        html: results.html.into(),
        headings: results.headings,
        parent: Some(policy_id),
        kind: PageKind::Article,
    };
    ids.insert(results_id, page.source.clone());
    pages.push((page, results.links));
}
