//! The bundled guide flows of every city: for each question, where each option leads (over every
//! path), and every path's result (outcome, first and secondary windows) grouped with its count
//! and one example — both as reviewed snapshots, so a routing change shows up in review. The
//! paths are enumerated one by one here, in test code (`support/every_path.rs`); the build
//! itself walks answer states.

#[path = "support/every_path.rs"]
mod every_path;

use std::collections::{BTreeMap, BTreeSet};
use std::fmt::Write;
use std::path::Path;

use every_path::every_path;
use tsunagu::content::compile_site;
use tsunagu::guide::query::query_from_answers;
use tsunagu::guide::{Answer, Position};

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
                let options = match answer {
                    Answer::Unknown => vec!["わからない".to_string()],
                    Answer::Chose(options) => options.clone(),
                };
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
        let mut results: BTreeMap<String, (usize, String)> = BTreeMap::new();
        for (answers, outcome) in &paths {
            let (first, secondary) = flow.picks(outcome, answers);
            let ids = |picks: &[&tsunagu::guide::WindowPick]| {
                picks.iter().map(|pick| pick.window.to_string()).collect::<Vec<_>>().join(", ")
            };
            let key = format!("{} | first: {} | secondary: {}", outcome.id, ids(&first), ids(&secondary));
            let example = query_from_answers(answers.iter().map(|(question, answer)| (question.as_str(), answer)));
            let entry = results.entry(key).or_insert((0, example));
            entry.0 += 1;
        }
        let mut summary = format!("{} paths, {} distinct results\n", paths.len(), results.len());
        for (key, (count, example)) in &results {
            let _ = writeln!(summary, "{count:>5} × {key}\n        e.g. {example}");
        }
        insta::assert_snapshot!(format!("guide_results__{}__{}", flow.city, flow.id), summary);
    }
}

#[test]
fn every_flow_reaches_the_browser_intact() {
    let site = compile_site(Path::new("content"), "/").expect("the bundled content compiles");
    for checked in &site.flows {
        let decoded = tsunagu::guide::wire::decode(&tsunagu::guide::wire::encode(&checked.flow))
            .unwrap_or_else(|| panic!("{} {} does not decode", checked.flow.city, checked.flow.id));
        let name = format!("{} {}", checked.flow.city, checked.flow.id);
        assert_eq!(every_path(&decoded).unwrap().len() as u64, checked.paths, "{name}");
        let reached = decoded.windows_in_play(&tsunagu::guide::Answers::new()).unwrap();
        let reached: BTreeSet<String> = reached.into_iter().map(str::to_string).collect();
        assert_eq!(reached, checked.reached_windows, "{name}");
    }
}
