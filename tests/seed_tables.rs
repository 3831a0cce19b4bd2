//! Every seed table's windows are in the portal: each row of `tests/seed_tables/<city>.tsv`
//! (the rows of the plan's tables, with name, count and 運営方法 as the plan prints them) must
//! be a window role in the bundled content, and every role must be such a row.
//!
//! What this does and does not prove: the TSVs were transcribed from the seed documents (which
//! are not in this repository) together with windows.toml, and two separate review sessions
//! checked every row against the seeds. This test keeps windows.toml and that reviewed record in
//! step: an edit that drops a row, or changes a count or 運営方法, fails here.

use std::path::Path;

use tsunagu::content::compile_site;

const CITIES: [&str; 5] = ["iwaki", "sanjo", "yamaguchi", "komae", "izu"];

/// One expected row: (window id, programme, name, count, operation).
fn expected_rows(city: &str) -> Vec<(String, u8, String, String, String)> {
    let path = format!("tests/seed_tables/{city}.tsv");
    let text = std::fs::read_to_string(&path).unwrap_or_else(|error| panic!("{path}: {error}"));
    let mut lines = text.lines();
    assert_eq!(lines.next(), Some("window_id\tprogramme\tname\tcount\toperation"), "{path}: header");
    lines
        .filter(|line| !line.trim().is_empty())
        .enumerate()
        .map(|(index, line)| {
            let fields: Vec<&str> = line.split('\t').collect();
            assert_eq!(fields.len(), 5, "{path}:{}: five tab-separated fields: {line:?}", index + 2);
            let programme = fields[1].parse().unwrap_or_else(|_| panic!("{path}:{}: programme number", index + 2));
            (fields[0].to_string(), programme, fields[2].to_string(), fields[3].to_string(), fields[4].to_string())
        })
        .collect()
}

#[test]
fn every_seed_table_row_is_a_window_with_its_count_and_operation() {
    let site = compile_site(Path::new("content"), "/").expect("the bundled content compiles");
    for city in CITIES {
        let windows =
            site.windows.iter().find(|windows| windows.city == city).unwrap_or_else(|| panic!("{city} has windows"));
        let expected = expected_rows(city);
        assert!(!expected.is_empty(), "{city}: the seed tables list windows");
        let mut actual: Vec<(String, u8, String, String, String)> = windows
            .windows
            .iter()
            .flat_map(|window| {
                window.roles.iter().map(move |role| {
                    (
                        window.id.clone(),
                        role.programme,
                        window.name.clone(),
                        role.count.clone().unwrap_or_default(),
                        role.operation.clone().unwrap_or_default(),
                    )
                })
            })
            .collect();
        for row in &expected {
            let position = actual.iter().position(|candidate| candidate == row);
            assert!(position.is_some(), "{city}: the seed row {row:?} is not in windows.toml");
            actual.remove(position.unwrap());
        }
        assert!(actual.is_empty(), "{city}: windows.toml has rows no seed table names: {actual:?}");
        for window in &windows.windows {
            let page = site.page(&format!("cities/{city}/windows/{}", window.id));
            assert!(
                page.is_some_and(|page| page.html.contains(&window.department.replace('&', "&amp;"))),
                "{city}/{}: a page with its 所管課",
                window.id
            );
        }
    }
}

#[test]
fn sanjo_indicators_keep_the_plan_targets() {
    let site = compile_site(Path::new("content"), "/").expect("the bundled content compiles");
    let sanjo = site.indicators.iter().find(|indicators| indicators.city == "sanjo").expect("三条市 has indicators");
    assert_eq!(sanjo.years, ["令和7年度", "令和8年度", "令和9年度", "令和10年度"]);
    assert_eq!(sanjo.indicators.len(), 4);
    assert!(sanjo.indicators.iter().all(|indicator| indicator.targets.len() == 4));
    let last_targets: Vec<&str> = sanjo.indicators.iter().map(|indicator| indicator.targets[3].as_str()).collect();
    assert_eq!(last_targets, ["100%", "100%", "増加", "100%"]);
}
