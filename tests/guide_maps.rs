//! The map of each guide: every bundled flow gets a page with its drawing and the same content
//! as a list (every question in it, each branch linking on); a flow too big to draw is a clear
//! build error naming its file; a snapshot shows one map's HTML (review with `cargo insta review`).

#[path = "support/synthetic_flows.rs"]
mod synthetic_flows;

use std::path::Path;

use synthetic_flows::{chain_flow, WINDOWS_TOML};
use tsunagu::content::guides::flows::parse_flow;
use tsunagu::content::guides::map::{map_body, map_id, MAX_MAP_NODES};
use tsunagu::content::windows::parse_windows;
use tsunagu::content::{compile_tree, ContentTree};

const FLOW_FILE: &str = "cities/testcity/guides/staff.toml";

#[test]
fn every_guide_has_a_map_page_listing_each_of_its_questions() {
    let tree = ContentTree::read_dir(Path::new("content")).expect("the bundled content reads");
    let site = compile_tree(&tree, "/").expect("the bundled content compiles");
    assert_eq!(site.flows.len(), 10);
    for checked in &site.flows {
        let id = map_id(&checked.flow.city, &checked.flow.id);
        let page = site.pages.iter().find(|page| page.id == id).unwrap_or_else(|| panic!("no page `{id}`"));
        let html = page.html.as_str();
        assert!(html.contains("role=\"img\""), "{id}");
        for question in checked.flow.questions.iter() {
            let title = &checked.prose[question.id.as_ref()].title;
            assert!(html.contains(&format!("id=\"map-{}\"", question.id)), "{id}: {}", question.id);
            assert!(html.contains(&format!("質問：{title}</strong>")), "{id}: {title}");
        }
        for outcome in checked.flow.outcomes.iter() {
            assert!(html.contains(&format!("href=\"#map-{}\"", outcome.id)), "{id}: a branch leads to {}", outcome.id);
        }
    }
    let staff_guide = site.pages.iter().find(|page| page.id == "cities/komae/guides/staff").unwrap();
    assert!(
        staff_guide.html.as_str().contains("href=\"/cities/komae/guides/staff/map/\""),
        "the staff guide links its map"
    );
}

#[test]
fn a_flow_with_more_nodes_than_a_map_draws_is_a_clear_error_naming_its_file() {
    let windows = parse_windows("cities/testcity/windows.toml", "testcity", WINDOWS_TOML).expect("the windows read");
    let small = parse_flow(FLOW_FILE, "staff", &windows, &chain_flow(5)).expect("a chain of 5 checks");
    let drawn = map_body(&small, "testcity", &windows, "ガイド", "/").expect("5 questions and 3 outcomes are drawn");
    for number in 1..=5 {
        assert!(drawn.html.0.contains(&format!("質問：q0{number}</strong>")), "q0{number}");
    }
    let big = parse_flow(FLOW_FILE, "staff", &windows, &chain_flow(MAX_MAP_NODES)).expect("a long chain checks");
    let Err(error) = map_body(&big, "testcity", &windows, "ガイド", "/") else { panic!("too big to draw") };
    let text = error.to_string();
    assert!(
        text.starts_with(&format!(
            "{FLOW_FILE}: error: the guide has {} questions and outcomes: its map draws at most {MAX_MAP_NODES}",
            MAX_MAP_NODES + 3
        )),
        "{text}"
    );
    assert!(text.contains("help: Split the guide into two"), "{text}");
}

#[test]
fn snapshot_of_a_staff_guide_map() {
    let tree = ContentTree::read_dir(Path::new("content")).expect("the bundled content reads");
    let site = compile_tree(&tree, "/").expect("the bundled content compiles");
    let page = site.pages.iter().find(|page| page.id == "cities/komae/guides/staff/map").expect("the map");
    insta::assert_snapshot!("komae_staff_map", page.html.as_str());
}
