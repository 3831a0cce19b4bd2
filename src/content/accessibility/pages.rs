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
        format!(
            "適合 {}、自動試験で問題なし {}、非該当 {}、要目視 {}、不適合 {}",
            self.by_tests, self.automatic, self.not_applicable, self.needs_review, self.fails
        )
    }
}

/// The days of a run: one day, or the first and the last.
fn run_days(run: &TestRun) -> String {
    match (run.first_day, run.last_day) {
        (Some(first), Some(last)) if first != last => format!("{}〜{}", day_label(first), day_label(last)),
        (_, Some(day)) | (Some(day), None) => day_label(day),
        (None, None) => "記録なし".to_string(),
    }
}

/// The last day of a run (the results page's review date), if it has one.
pub fn last_day(run: &RecordedRun) -> Option<Day> {
    match run {
        RecordedRun::Recorded(run) => run.last_day,
        RecordedRun::NotRecorded => None,
    }
}

const NOT_RECORDED: &str = "このビルドには、試験の記録がありません。";

/// The policy page's section `{#scope}`: every page this build writes.
pub fn policy_scope(site: &SiteFacts) -> Markup {
    html! {
        p class="accessibility-scope" {
            "このサイトを作るツール（tsunagu）が書き出すすべてのページが対象です。このビルドでは "
            strong { (site.page_count) " ページ" }
            "と、見つからないページの案内（404）です。"
        }
    }
}

/// The policy page's section `{#results}`: the latest results in brief, and the link to them.
pub fn policy_results(site: &SiteFacts, run: &RecordedRun, criteria: &[Criterion]) -> GeneratedBody {
    let mut body = BodyWriter::new(site.base);
    let link = body.page(site.results_id);
    let html = match run {
        RecordedRun::NotRecorded => html! {
            p class="accessibility-results-brief" { (NOT_RECORDED) }
            p { a href=(link) { "試験結果のページ" } }
        },
        RecordedRun::Recorded(run) => {
            let tally = Tally::of(&verdicts(criteria, run));
            html! {
                p class="accessibility-results-brief" {
                    (run_days(run)) "に " (run.pages.len()) " ページを試験しました。達成基準 "
                    (criteria.len()) " 項目の結果は、" (tally.sentence()) " です。"
                }
                p { a href=(link) { "試験結果を見る（達成基準ごとの結果）" } }
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
                strong { (NOT_RECORDED) }
                "試験の結果は、試験コマンド（scripts/test.sh）が記録し、そのあとのビルド（tsunagu build --test-results）でこのページに載ります。"
                "記録がないビルド（プレビューなど）では、試験日も結果も載せません。"
            }
            p { "目標と対象は" a href=(policy) { "ウェブアクセシビリティ方針" } "にあります。" }
        };
        return body.finish(html);
    };
    let judged = verdicts(criteria, run);
    let tally = Tally::of(&judged);
    let axe = run.axe_versions.iter().map(|version| format!("axe-core {version}")).collect::<Vec<_>>().join("、");
    let browsers = run.browsers.iter().cloned().collect::<Vec<_>>().join("、");
    let summary_heading = body.heading(2, "summary", "試験の概要");
    let criteria_heading = body.heading(2, "criteria", "達成基準チェックリスト");
    let jis_heading = body.heading(3, "criteria-jis", "JIS X 8341-3:2016 の達成基準");
    let added_heading = body.heading(3, "criteria-added", "WCAG 2.1・2.2 で追加された達成基準");
    let pages_heading = body.heading(2, "pages", "試験したページ");
    let page_links: Vec<Markup> = run.pages.iter().map(|path| tested_page(&mut body, site, path)).collect();
    let jis: Vec<&(&Criterion, Verdict)> = judged.iter().filter(|(c, _)| c.since == Since::Wcag20).collect();
    let added: Vec<&(&Criterion, Verdict)> = judged.iter().filter(|(c, _)| c.since != Since::Wcag20).collect();
    let html = html! {
        p {
            "この結果は、試験コマンドが試験のときに記録したものから、ビルドが書き出しました。数字を人が書き写してはいません。"
            "目標と対象は" a href=(policy) { "ウェブアクセシビリティ方針" } "にあります。"
        }
        (summary_heading)
        dl class="accessibility-summary" {
            div { dt { "規格" } dd { "JIS X 8341-3:2016（WCAG 2.0）の適合レベル AA。WCAG 2.1・2.2 で追加された A・AA の達成基準も試験しました。" } }
            div { dt { "試験日" } dd class="run-days" { (run_days(run)) } }
            div { dt { "試験ツール" } dd class="run-tools" { (axe) "（自動試験）。ブラウザ試験は " (browsers) "（Playwright で操作）。" } }
            div { dt { "試験したページ" } dd class="run-pages" { (run.pages.len()) " ページ（一覧は下に）" } }
            div { dt { "結果" } dd class="run-tally" { "達成基準 " (criteria.len()) " 項目のうち、" (tally.sentence()) } }
        }
        (criteria_heading)
        p {
            "「適合」は、ブラウザ試験がその達成基準を確かめて合格したものです。"
            "「自動試験で問題なし」は、axe-core の規則がすべてのページで合格したものです。機械で確かめられる部分に問題はありませんでしたが、適合と判断するには人による確認が要ります。"
            "「非該当」は、試験したどのページにも、その達成基準が対象とする内容がないものです。"
            "「要目視」は、この試験では確かめていない達成基準で、人が確認します。"
            "自動試験は機械で判断できることだけを確かめます（たとえば代替テキストがあることは確かめますが、その内容が適切かは確かめません）。"
        }
        (jis_heading)
        (criteria_table("JIS X 8341-3:2016 の達成基準", &jis, false))
        (added_heading)
        (criteria_table("WCAG 2.1・2.2 で追加された達成基準", &added, true))
        (pages_heading)
        ul class="tested-pages" { @for link in &page_links { li { (link) } } }
    };
    body.finish(html)
}

/// One criteria table: 番号, 達成基準, 適合レベル, (追加された版,) 適用, 結果, 確認の方法と注記.
fn criteria_table(label: &str, rows: &[&(&Criterion, Verdict)], with_version: bool) -> Markup {
    let mut head = vec!["番号", "達成基準", "適合レベル"];
    if with_version {
        head.push("追加された版");
    }
    head.extend(["適用", "結果", "確認の方法と注記"]);
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
        return html! { a href=(href(&format!("{}404.html", site.base))) { "見つからないページの案内（404.html）" } };
    }
    let id = path.trim_end_matches('/');
    match site.titles.get(id) {
        Some(title) => {
            let url = body.page(id);
            html! { a href=(url) { (title) } }
        }
        None => html! { code { "/" (path) } " （このビルドにはないページ）" },
    }
}
