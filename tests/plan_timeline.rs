//! A plan's period and revisions: read from the city's page, checked at build (one broken
//! fixture per error), shown on the city's page, and an ended period marked on every page of
//! the plan.

use std::path::Path;

use tsunagu::content::plan::dates::Day;
use tsunagu::content::{compile_tree, compile_tree_on, ContentError, ContentTree, PageKind};

const FIXTURES: &str = "tests/fixtures/content";

fn errors_of(case: &str) -> Vec<ContentError> {
    let tree = ContentTree::read_dir(&Path::new(FIXTURES).join("broken").join(case)).expect("fixture reads");
    match compile_tree(&tree, "/") {
        Ok(_) => panic!("the broken fixture `{case}` compiled without errors"),
        Err(errors) => errors.0,
    }
}

fn bundled() -> ContentTree {
    ContentTree::read_dir(Path::new("content")).expect("bundled content reads")
}

#[test]
fn a_period_that_ends_before_it_starts_is_refused_at_its_line() {
    let errors = errors_of("plan-bad-period");
    assert_eq!(errors.len(), 1, "{errors:#?}");
    let text = errors[0].to_string();
    assert_eq!(
        text.lines().next().unwrap(),
        format!("{FIXTURES}/broken/plan-bad-period/cities/testcity/index.md:8: error: the plan period starts in 2028年度 but ends in 2025年度, before it starts")
    );
    assert!(text.contains("help: Write the first 年度 as `first_fiscal_year`"), "{text}");
}

#[test]
fn a_revision_dated_after_the_build_is_refused_at_its_line() {
    let errors = errors_of("plan-revision-after-build");
    assert_eq!(errors.len(), 1, "{errors:#?}");
    let error = &errors[0];
    assert_eq!(error.line, Some(14), "{error}");
    assert!(error.message.starts_with("the revision dated 2999年（令和981年）4月1日 is after this build ("), "{error}");
    assert!(error.hint.contains("as printed in the plan"), "{error}");
}

#[test]
fn the_city_page_shows_the_period_and_revisions_in_both_calendars() {
    let site =
        compile_tree_on(&bundled(), "/", Day { year: 2026, month: 11, day: 24 }).expect("bundled content compiles");
    let iwaki = site.page("cities/iwaki").unwrap();
    assert!(
        iwaki.html.contains("<dt>計画期間</dt><dd>令和7年度〜令和8年度（2025年度〜2026年度）</dd>"),
        "{}",
        iwaki.html
    );
    assert!(iwaki.html.contains("<li>2025年（令和7年）10月 一部改定</li>"), "{}", iwaki.html);
    let sanjo = site.page("cities/sanjo").unwrap();
    assert!(sanjo.html.contains("令和7年度〜令和10年度（2025年度〜2028年度）"), "{}", sanjo.html);
    assert!(!site.pages.iter().any(|page| page.html.contains("plan-ended")), "no period has ended on 2026-11-24");
    let izu = site.page("cities/izu").unwrap();
    assert!(!izu.html.contains("plan-timeline"), "伊豆市's plan states no period: nothing is shown");
}

#[test]
fn every_page_of_a_plan_whose_period_has_ended_says_so_and_no_other_does() {
    let site =
        compile_tree_on(&bundled(), "/", Day { year: 2027, month: 4, day: 1 }).expect("bundled content compiles");
    for page in &site.pages {
        let of_iwaki = page.front.scope == "iwaki" && page.kind != PageKind::Guide;
        let marked = page.html.contains("この計画の期間は終わっています。");
        assert_eq!(marked, of_iwaki, "{}", page.id);
    }
    let the_day_before = compile_tree_on(&bundled(), "/", Day { year: 2027, month: 3, day: 31 }).unwrap();
    assert!(!the_day_before.pages.iter().any(|page| page.html.contains("plan-ended")));
}
