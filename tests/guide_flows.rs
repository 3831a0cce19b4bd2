//! The bundled guide flows of every city: for each question, where each option leads (over every
//! path), and every path's result (outcome, first and secondary windows) grouped with its count
//! and one example — both as reviewed snapshots, so a routing change shows up in review. The
//! paths are enumerated one by one here, in test code (`support/every_path.rs`); the build
//! itself walks answer states. Every path shows each window once, by the pick the engine's
//! documented rule chooses (worked out again in test code), and every guide page a build
//! writes, bundled and fixture, reads back from its `data-flow` and its window cards as the
//! source flow: the same outcome, windows and reasons on every path.

#[path = "support/every_path.rs"]
mod every_path;
#[path = "support/guide_page.rs"]
mod guide_page;

use std::collections::{BTreeMap, BTreeSet};
use std::fmt::Write;
use std::path::{Path, PathBuf};

use every_path::{all_answer_classes, class_of, every_path, path_count, picks_by_rule, weight};
use tsunagu::cli::{build_site, BuildInput};
use tsunagu::content::{compile_site, CompiledSite};
use tsunagu::guide::engine::pick_indices;
use tsunagu::guide::query::query_from_answers;
use tsunagu::guide::wire::decode;
use tsunagu::guide::{Answer, Position, WindowPick};
use tsunagu::publish::SiteFiles;

#[test]
fn every_city_has_a_resident_and_a_staff_flow() {
    let site = compile_site(Path::new("content"), "/").expect("the bundled content compiles");
    for city in &site.config.cities {
        for flow_id in ["resident", "staff"] {
            assert!(
                site.flows.iter().any(|flow| flow.flow.city == city.id.as_str() && flow.flow.id == flow_id),
                "{} has no {flow_id} flow",
                city.id
            );
        }
    }
}

#[test]
fn every_option_leads_to_its_next_nodes_and_every_path_to_its_windows() {
    let site = compile_site(Path::new("content"), "/").expect("the bundled content compiles");
    for checked in &site.flows {
        let flow = &checked.flow;
        let paths = every_path(flow).expect("the flow was checked at build");
        // Answers no condition tells apart are walked by the least of them, which stands for all.
        let classes = all_answer_classes(flow);
        // Where each (question, answer option) leads, over every path.
        let mut next_nodes: BTreeMap<(String, String), BTreeSet<String>> = BTreeMap::new();
        for (answers, _) in &paths {
            let walk = flow.walk(answers).expect("a complete path walks");
            let mut so_far = tsunagu::guide::Answers::new();
            for question in &walk.asked {
                let answer = &answers[question.id.as_ref()];
                so_far.insert(question.id.to_string(), answer.clone());
                let next = match flow.walk(&so_far).expect("a prefix walks").position {
                    Position::Asking(next) => next.id.to_string(),
                    Position::Done(outcome) => format!("→ {}", outcome.id),
                };
                let options: BTreeSet<String> = class_of(&classes, question.id.as_ref(), answer)
                    .into_iter()
                    .flat_map(|member| match member {
                        Answer::Unknown => vec!["わからない".to_string()],
                        Answer::Chose(options) => options,
                    })
                    .collect();
                for option in options {
                    next_nodes.entry((question.id.to_string(), option)).or_default().insert(next.clone());
                }
            }
        }
        for question in flow.questions.iter() {
            for choice in question.options.iter() {
                assert!(
                    next_nodes.contains_key(&(question.id.to_string(), choice.id.to_string())),
                    "{}/{}: the option {}={} is never offered on any path",
                    flow.city,
                    flow.id,
                    question.id,
                    choice.id
                );
            }
        }
        let mut routing = String::new();
        for ((question, option), next) in &next_nodes {
            let _ = writeln!(routing, "{question}={option} → {}", next.iter().cloned().collect::<Vec<_>>().join(" | "));
        }
        insta::assert_snapshot!(format!("guide_routing__{}__{}", flow.city, flow.id), routing);

        // Every path's result, grouped.
        let mut results: BTreeMap<String, (u64, String)> = BTreeMap::new();
        for (answers, outcome) in &paths {
            let (first, secondary) = flow.picks(outcome, answers);
            let ids = |picks: &[&tsunagu::guide::WindowPick]| {
                picks.iter().map(|pick| pick.window.to_string()).collect::<Vec<_>>().join(", ")
            };
            let key = format!("{} | first: {} | secondary: {}", outcome.id, ids(&first), ids(&secondary));
            let example = query_from_answers(answers.iter().map(|(question, answer)| (question.as_str(), answer)));
            let entry = results.entry(key).or_insert((0, example));
            entry.0 += weight(&classes, answers);
        }
        let mut summary = format!("{} paths, {} distinct results\n", path_count(flow, &paths), results.len());
        for (key, (count, example)) in &results {
            let _ = writeln!(summary, "{count:>5} × {key}\n        e.g. {example}");
        }
        insta::assert_snapshot!(format!("guide_results__{}__{}", flow.city, flow.id), summary);
    }
}

/// The site `tsunagu build` makes from a content folder under a base path, in memory.
fn built(content: &str, base: &str) -> (CompiledSite, SiteFiles) {
    let input = BuildInput { content: PathBuf::from(content), style: None, app: None, base: base.to_string() };
    build_site(&input).unwrap_or_else(|problem| panic!("{content}: {problem}"))
}

/// The guide pages a build wrote, as (city, flow): `cities/<city>/guides/<flow>/index.html`.
fn guide_pages(files: &SiteFiles) -> BTreeSet<(String, String)> {
    let page = |path: &String| match path.split('/').collect::<Vec<_>>().as_slice() {
        ["cities", city, "guides", flow, "index.html"] => Some((city.to_string(), flow.to_string())),
        _ => None,
    };
    files.files.keys().filter_map(page).collect()
}

/// Every guide page of the build, read back as the browser reads it: its `data-flow` decoded
/// walks every path of the flow the compiler read from the source to the same outcome, and
/// shows the same first and secondary windows, each on a card with the source's reason, in
/// the right list, linking the window's page under its name.
fn every_guide_page_reads_back_as_its_source_flow(content: &str, base: &str, expected: &[(&str, &str)]) {
    let (site, files) = built(content, base);
    let expected: BTreeSet<(String, String)> =
        expected.iter().map(|(city, flow)| (city.to_string(), flow.to_string())).collect();
    let flows: BTreeSet<(String, String)> =
        site.flows.iter().map(|checked| (checked.flow.city.to_string(), checked.flow.id.to_string())).collect();
    assert_eq!(flows, expected, "{content}: the flows of its cities");
    assert_eq!(site.flows.len(), expected.len(), "{content}: one flow per city and id");
    assert_eq!(guide_pages(&files), expected, "{content}: one page for every flow, and no other guide page");
    let window_names: BTreeMap<(&str, &str), &str> = site
        .windows
        .iter()
        .flat_map(|city| city.windows.iter())
        .map(|window| ((window.city.as_str(), window.id.as_str()), window.name.as_str()))
        .collect();

    for checked in &site.flows {
        let source = &checked.flow;
        let name = format!("{content} {}/{}", source.city, source.id);
        let path = format!("cities/{}/guides/{}/index.html", source.city, source.id);
        let html = String::from_utf8(files.files[&path].clone()).expect("the page is UTF-8");
        let text = guide_page::flow_text(&html);
        let decoded = decode(&text).unwrap_or_else(|| panic!("{name}: the page's data-flow does not decode:\n{text}"));
        assert_eq!(
            (decoded.id.as_ref(), decoded.city.as_ref(), decoded.start.as_ref()),
            (source.id.as_ref(), source.city.as_ref(), source.start.as_ref()),
            "{name}"
        );

        // One card per pick of every outcome, with the source's reason, in its list.
        let cards = guide_page::cards(&html);
        let mut every_pick = BTreeSet::new();
        for outcome in source.outcomes.iter() {
            for (index, pick) in outcome.windows.iter().enumerate() {
                every_pick.insert((outcome.id.to_string(), index));
                let card = cards
                    .get(&(outcome.id.to_string(), index))
                    .unwrap_or_else(|| panic!("{name}: no card for pick {index} of {}", outcome.id));
                let window = pick.window.as_ref();
                let window_name = window_names.get(&(source.city.as_ref(), window)).copied();
                assert_eq!(Some(card.name.as_str()), window_name, "{name} {} {index}: the window's name", outcome.id);
                assert_eq!(card.href, format!("{base}cities/{}/windows/{window}/", source.city), "{name}");
                assert_eq!(card.reason, pick.reason, "{name} {} {index}: the reason", outcome.id);
                if !outcome.urgent {
                    assert_eq!(card.in_secondary_list, !pick.first, "{name} {} {index}: the list", outcome.id);
                }
            }
        }
        assert_eq!(cards.keys().cloned().collect::<BTreeSet<_>>(), every_pick, "{name}: no other card");

        // Every path: the same answers end it, at the same outcome, with the same windows shown
        // by the same reasons.
        let source_paths = every_path(source).expect("the flow was checked at build");
        let decoded_paths =
            every_path(&decoded).unwrap_or_else(|error| panic!("{name}: the page's flow does not walk: {error}"));
        assert_eq!(path_count(source, &source_paths), checked.paths, "{name}");
        assert_eq!(decoded_paths.len(), source_paths.len(), "{name}: the number of paths");
        for ((answers, source_outcome), (decoded_answers, decoded_outcome)) in source_paths.iter().zip(&decoded_paths) {
            let query = || query_from_answers(answers.iter().map(|(question, answer)| (question.as_str(), answer)));
            assert_eq!(decoded_answers, answers, "{name}: the paths end on the same answers");
            assert_eq!(
                (decoded_outcome.id.as_ref(), decoded_outcome.urgent),
                (source_outcome.id.as_ref(), source_outcome.urgent),
                "{name} {}: the outcome",
                query()
            );
            let (source_first, source_secondary) = source.picks(source_outcome, answers);
            let (decoded_first, decoded_secondary) = pick_indices(decoded_outcome, answers);
            for (list, source_picks, decoded_indices) in
                [("first", source_first, decoded_first), ("secondary", source_secondary, decoded_secondary)]
            {
                let shown: Vec<(&str, &str)> = decoded_indices
                    .iter()
                    .map(|&index| {
                        let card = &cards[&(decoded_outcome.id.to_string(), index)];
                        (decoded_outcome.windows[index].window.as_ref(), card.reason.as_str())
                    })
                    .collect();
                let from_source: Vec<(&str, &str)> =
                    source_picks.iter().map(|pick| (pick.window.as_ref(), pick.reason.as_ref())).collect();
                assert_eq!(shown, from_source, "{name} {}: the {list} windows and their reasons", query());
            }
        }
    }
}

#[test]
fn every_bundled_guide_page_reads_back_as_its_source_flow() {
    let cities = ["iwaki", "izu", "komae", "sanjo", "yamaguchi"];
    let flows: Vec<(&str, &str)> = cities.iter().flat_map(|city| [(*city, "resident"), (*city, "staff")]).collect();
    every_guide_page_reads_back_as_its_source_flow("content", "/", &flows);
}

#[test]
fn the_fixture_guide_page_reads_back_as_its_source_flow_under_a_sub_folder() {
    every_guide_page_reads_back_as_its_source_flow(
        "tests/fixtures/content/valid",
        "/other/",
        &[("testcity", "resident")],
    );
}

#[test]
fn every_path_shows_each_window_once_by_its_first_applying_pick() {
    for content in ["content", "tests/fixtures/content/valid"] {
        let site = compile_site(Path::new(content), "/").expect("the content compiles");
        for checked in &site.flows {
            let flow = &checked.flow;
            for (answers, outcome) in every_path(flow).expect("the flow was checked at build") {
                let (first, secondary) = flow.picks(outcome, &answers);
                let (rule_first, rule_secondary) = picks_by_rule(outcome, &answers);
                let pairs = |picks: &[&WindowPick]| {
                    picks.iter().map(|pick| (pick.window.to_string(), pick.reason.to_string())).collect::<Vec<_>>()
                };
                assert_eq!(
                    (pairs(&first), pairs(&secondary)),
                    (pairs(&rule_first), pairs(&rule_secondary)),
                    "{}/{} {}",
                    flow.city,
                    flow.id,
                    query_from_answers(answers.iter().map(|(question, answer)| (question.as_str(), answer)))
                );
            }
        }
    }
}
