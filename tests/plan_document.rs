//! The printable whole plan (`/cities/<city>/plan/`): made from the plan's compiled pages, with
//! every id unique, every in-document link landing on an element, links between plan pages
//! made in-document, and a reviewed snapshot of one city's whole plan.

use std::collections::HashSet;
use std::path::Path;

use tsunagu::content::plan::dates::Day;
use tsunagu::content::{compile_tree_on, CompiledSite, ContentTree};

const CITIES: [&str; 5] = ["iwaki", "izu", "komae", "sanjo", "yamaguchi"];

fn bundled() -> CompiledSite {
    let tree = ContentTree::read_dir(Path::new("content")).expect("bundled content reads");
    compile_tree_on(&tree, "/", Day { year: 2026, month: 11, day: 24 }).expect("bundled content compiles")
}

/// The values of `attribute="…"` in `html`, in order.
fn attribute_values<'a>(html: &'a str, attribute: &str) -> Vec<&'a str> {
    let marker = format!(" {attribute}=\"");
    html.match_indices(&marker).filter_map(|(at, _)| html[at + marker.len()..].split('"').next()).collect()
}

fn percent_decoded(text: &str) -> String {
    let bytes = text.as_bytes();
    let mut out = Vec::new();
    let mut at = 0;
    while at < bytes.len() {
        if bytes[at] == b'%' && at + 3 <= bytes.len() {
            if let Ok(byte) = u8::from_str_radix(&text[at + 1..at + 3], 16) {
                out.push(byte);
                at += 3;
                continue;
            }
        }
        out.push(bytes[at]);
        at += 1;
    }
    String::from_utf8(out).unwrap()
}

#[test]
fn every_city_has_a_whole_plan_with_unique_ids_and_links_that_land() {
    let site = bundled();
    for city in CITIES {
        let plan = site.page(&format!("cities/{city}/plan")).unwrap_or_else(|| panic!("{city} has a whole plan"));
        let ids = attribute_values(&plan.html, "id");
        let unique: HashSet<&str> = ids.iter().copied().collect();
        assert_eq!(unique.len(), ids.len(), "{city}: an id repeats");
        for href in attribute_values(&plan.html, "href") {
            if let Some(anchor) = href.strip_prefix('#') {
                assert!(unique.contains(percent_decoded(anchor).as_str()), "{city}: #{anchor} lands nowhere");
            }
            assert!(
                !href.starts_with(&format!("/cities/{city}/"))
                    || href.contains("/windows/")
                    || href.contains("/guides/"),
                "{city}: a link to a plan page stayed a page link: {href}"
            );
        }
        let chapters = plan.html.matches("class=\"plan-chapter\"").count();
        let pages = site.pages.iter().filter(|page| page.html.contains("計画全体を印刷する")).count();
        assert!(chapters >= 4, "{city}: {chapters} chapters");
        assert!(pages >= chapters, "each chapter's page links to the whole plan");
    }
}

#[test]
fn each_plan_page_links_to_the_whole_plan_and_the_whole_plan_does_not_repeat_it() {
    let site = bundled();
    let positioning = site.page("cities/sanjo/positioning").unwrap();
    assert!(
        positioning.html.contains(r#"<a href="/cities/sanjo/plan/">計画全体を印刷する</a>"#),
        "{}",
        positioning.html
    );
    let plan = site.page("cities/sanjo/plan").unwrap();
    assert!(!plan.html.contains("計画全体を印刷する"));
    assert!(!plan.html.contains("class=\"toc\""), "no per-page contents inside the document");
    assert!(plan.html.contains("令和7年度〜令和10年度（2025年度〜2028年度）"), "the cover gives the period");
}

#[test]
fn sanjo_whole_plan_snapshot() {
    let site = bundled();
    let plan = site.page("cities/sanjo/plan").unwrap();
    insta::assert_snapshot!("sanjo_whole_plan", plan.html.replace("><", ">\n<"));
}
