//! The accessibility pages' generated parts: on the policy page, the scope (how many pages this
//! build writes) and the latest results in brief; and the whole 試験結果 page, in the criteria
//! table of the みんなの公共サイト運用ガイドライン's 試験結果 format, or the plain statement
//! that no test run was recorded for this build.

use std::collections::BTreeMap;

use crate::content::accessibility::criteria::{Criterion, Since};
use crate::content::accessibility::run::{RecordedRun, TestRun};
use crate::content::accessibility::verdict::{verdicts, Verdict};
use crate::content::html::{href, html, scroll_table, BodyWriter, GeneratedBody, Markup};
use crate::content::plan::dates::{day_label, Day};
use crate::i18n::{ja, ja_with};

/// What the results pages need to know of the site.
pub struct SiteFacts<'a> {
    /// The base path.
    pub base: &'a str,
    /// How many pages the build writes (the 404 page aside).
    pub page_count: usize,
    /// Each page's title by id.
    pub titles: &'a BTreeMap<String, String>,
    /// The policy page's id.
    pub policy_id: &'a str,
    /// The results page's id.
    pub results_id: &'a str,
}

/// The counts of each result, for the summaries.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct Tally {
    /// 自動試験で問題なし: axe-core alone passed it.
    pub automatic: usize,
    /// 適合 by a browser test.
    pub by_tests: usize,
    /// 非該当.
    pub not_applicable: usize,
    /// 要目視.
    pub needs_review: usize,
    /// 不適合.
    pub fails: usize,
}

impl Tally {
    fn of(verdicts: &[(&Criterion, Verdict)]) -> Tally {
        let mut tally = Tally::default();
        for (_, verdict) in verdicts {
            match verdict {
                Verdict::PassedAutomatically { .. } => tally.automatic += 1,
                Verdict::CheckedByTests { .. } => tally.by_tests += 1,
                Verdict::NotApplicable { .. } => tally.not_applicable += 1,
                Verdict::NeedsReview { .. } => tally.needs_review += 1,
                Verdict::Fails { .. } => tally.fails += 1,
            }
        }
        tally
    }

    /// 「適合 10、自動試験で問題なし 20、非該当 8、要目視 18、不適合 0」.
    pub fn sentence(&self) -> String {
        ja_with(
            "accessibility-tally",
            &[
                ("by_tests", &self.by_tests.to_string()),
                ("automatic", &self.automatic.to_string()),
                ("not_applicable", &self.not_applicable.to_string()),
                ("needs_review", &self.needs_review.to_string()),
                ("fails", &self.fails.to_string()),
            ],
        )
    }
}

/// The days of a run: one day, or the first and the last.
fn run_days(run: &TestRun) -> String {
    match (run.first_day, run.last_day) {
        (Some(first), Some(last)) if first != last => format!("{}〜{}", day_label(first), day_label(last)),
        (_, Some(day)) | (Some(day), None) => day_label(day),
        (None, None) => ja("accessibility-no-days"),
    }
}

/// The last day of a run (the results page's review date), if it has one.
pub fn last_day(run: &RecordedRun) -> Option<Day> {
    match run {
        RecordedRun::Recorded(run) => run.last_day,
        RecordedRun::NotRecorded => None,
    }
}

/// The policy page's section `{#scope}`: every page this build writes.
pub fn policy_scope(site: &SiteFacts) -> Markup {
    html! {
        p class="accessibility-scope" {
            (ja("accessibility-scope-before"))
            strong { (ja_with("accessibility-scope-pages", &[("count", &site.page_count.to_string())])) }
            (ja("accessibility-scope-after"))
        }
    }
}

/// The policy page's section `{#results}`: the latest results in brief, and the link to them.
pub fn policy_results(site: &SiteFacts, run: &RecordedRun, criteria: &[Criterion]) -> GeneratedBody {
    let mut body = BodyWriter::new(site.base);
    let link = body.page(site.results_id);
    let html = match run {
        RecordedRun::NotRecorded => html! {
            p class="accessibility-results-brief" { (ja("accessibility-not-recorded")) }
            p { a href=(link) { (ja("accessibility-results-link")) } }
        },
        RecordedRun::Recorded(run) => {
            let tally = Tally::of(&verdicts(criteria, run));
            html! {
                p class="accessibility-results-brief" {
                    (ja_with("accessibility-results-brief", &[
                        ("days", &run_days(run)),
                        ("pages", &run.pages.len().to_string()),
                        ("criteria", &criteria.len().to_string()),
                        ("tally", &tally.sentence()),
                    ]))
                }
                p { a href=(link) { (ja("accessibility-results-more")) } }
            }
        }
    };
    body.finish(html)
}

/// The results page's body.
pub fn results_body(site: &SiteFacts, run: &RecordedRun, criteria: &[Criterion]) -> GeneratedBody {
    let mut body = BodyWriter::new(site.base);
    let policy = body.page(site.policy_id);
    let RecordedRun::Recorded(run) = run else {
        let html = html! {
            p class="notice accessibility-not-recorded" role="note" {
                strong { (ja("accessibility-not-recorded")) }
                (ja("accessibility-not-recorded-how"))
            }
            p { (ja("accessibility-policy-before")) a href=(policy) { (ja("accessibility-policy-link")) } (ja("accessibility-policy-after")) }
        };
        return body.finish(html);
    };
    let judged = verdicts(criteria, run);
    let tally = Tally::of(&judged);
    let axe = run.axe_versions.iter().map(|version| format!("axe-core {version}")).collect::<Vec<_>>().join("、");
    let browsers = run.browsers.iter().cloned().collect::<Vec<_>>().join("、");
    let summary_heading = body.heading(2, "summary", &ja("accessibility-summary-title"));
    let criteria_heading = body.heading(2, "criteria", &ja("accessibility-criteria-title"));
    let jis_heading = body.heading(3, "criteria-jis", &ja("accessibility-criteria-jis"));
    let added_heading = body.heading(3, "criteria-added", &ja("accessibility-criteria-added"));
    let pages_heading = body.heading(2, "pages", &ja("accessibility-pages-title"));
    let page_links: Vec<Markup> = run.pages.iter().map(|path| tested_page(&mut body, site, path)).collect();
    let jis: Vec<&(&Criterion, Verdict)> = judged.iter().filter(|(c, _)| c.since == Since::Wcag20).collect();
    let added: Vec<&(&Criterion, Verdict)> = judged.iter().filter(|(c, _)| c.since != Since::Wcag20).collect();
    let html = html! {
        p {
            (ja("accessibility-written-by-build"))
            (ja("accessibility-policy-before")) a href=(policy) { (ja("accessibility-policy-link")) } (ja("accessibility-policy-after"))
        }
        (summary_heading)
        dl class="accessibility-summary" {
            div { dt { (ja("accessibility-standard")) } dd { (ja("accessibility-standard-text")) } }
            div { dt { (ja("accessibility-days")) } dd class="run-days" { (run_days(run)) } }
            div {
                dt { (ja("accessibility-tools")) }
                dd class="run-tools" { (ja_with("accessibility-tools-text", &[("axe", &axe), ("browsers", &browsers)])) }
            }
            div {
                dt { (ja("accessibility-pages")) }
                dd class="run-pages" { (ja_with("accessibility-pages-text", &[("count", &run.pages.len().to_string())])) }
            }
            div {
                dt { (ja("accessibility-result")) }
                dd class="run-tally" {
                    (ja_with("accessibility-result-text", &[("criteria", &criteria.len().to_string()), ("tally", &tally.sentence())]))
                }
            }
        }
        (criteria_heading)
        p { (ja("accessibility-results-explained")) }
        (jis_heading)
        (criteria_table(&ja("accessibility-criteria-jis"), &jis, false))
        (added_heading)
        (criteria_table(&ja("accessibility-criteria-added"), &added, true))
        (pages_heading)
        ul class="tested-pages" { @for link in &page_links { li { (link) } } }
    };
    body.finish(html)
}

/// One criteria table: 番号, 達成基準, 適合レベル, (追加された版,) 適用, 結果, 確認の方法と注記.
fn criteria_table(label: &str, rows: &[&(&Criterion, Verdict)], with_version: bool) -> Markup {
    let mut head =
        vec![ja("accessibility-col-number"), ja("accessibility-col-criterion"), ja("accessibility-col-level")];
    if with_version {
        head.push(ja("accessibility-col-version"));
    }
    head.extend([ja("accessibility-col-applies"), ja("accessibility-col-result"), ja("accessibility-col-method")]);
    let head: Vec<&str> = head.iter().map(String::as_str).collect();
    let cells: Vec<Vec<Markup>> = rows
        .iter()
        .map(|(criterion, verdict)| {
            let mut row =
                vec![html! { (criterion.id) }, html! { (criterion.name) }, html! { (criterion.level.label()) }];
            if with_version {
                row.push(html! { (criterion.since.label()) });
            }
            row.push(html! { (verdict.applies_label()) });
            row.push(html! { (verdict.result_label()) });
            row.push(html! {
                (verdict.method())
                @if let Some(note) = &criterion.note { " " (note) }
            });
            row
        })
        .collect();
    scroll_table(label, label, &head, &cells)
}

/// A tested page as a link (a page of this build) or as its path (one the build no longer has).
fn tested_page(body: &mut BodyWriter, site: &SiteFacts, path: &str) -> Markup {
    if path == "404.html" {
        return html! { a href=(href(&format!("{}404.html", site.base))) { (ja("accessibility-not-found-page")) } };
    }
    let id = path.trim_end_matches('/');
    match site.titles.get(id) {
        Some(title) => {
            let url = body.page(id);
            html! { a href=(url) { (title) } }
        }
        None => html! { code { "/" (path) } (ja("accessibility-page-gone")) },
    }
}
