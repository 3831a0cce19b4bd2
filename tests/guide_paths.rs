//! The build's path checks at size and against every path enumerated one by one: generated
//! chains of 11, 12 and 20 four-option questions and a ten-option multiple-choice question
//! check quickly with the right path counts; a flow with too many answer states is a clear
//! error; and on every small flow (the fixtures, the bundled flows, generated random ones) the
//! memoised checks and the live count find exactly what the enumeration finds.

#[path = "support/every_path.rs"]
mod every_path;
#[path = "support/synthetic_flows.rs"]
mod synthetic_flows;

use std::borrow::Cow;
use std::collections::{BTreeMap, BTreeSet};
use std::path::{Path, PathBuf};

use every_path::{every_path, findings_by_enumeration, path_count, windows_in_play_by_enumeration};
use synthetic_flows::{chain_flow, chain_paths, every_answer_read_flow, wide_flow, wide_paths, WINDOWS_TOML};
use tsunagu::content::guides::checked::CheckedFlow;
use tsunagu::content::guides::flows::{parse_flow, read_flow};
use tsunagu::content::guides::paths::{find_paths, path_errors, walk_error, PathFindings};
use tsunagu::content::windows::parse_windows;
use tsunagu::content::ContentError;
use tsunagu::guide::explore::route_cycle;
use tsunagu::guide::{Answers, Choice, Condition, Flow, Outcome, Question, QuestionKind, Route, WalkError, WindowPick};

const FLOW_FILE: &str = "cities/testcity/guides/resident.toml";

fn check(toml: &str) -> Result<CheckedFlow, Vec<ContentError>> {
    let windows = parse_windows("cities/testcity/windows.toml", "testcity", WINDOWS_TOML).expect("the windows read");
    parse_flow(FLOW_FILE, "resident", &windows, toml)
}

fn all_windows() -> BTreeSet<String> {
    ["general", "second", "third"].map(String::from).into()
}

#[test]
fn chains_of_eleven_twelve_and_twenty_four_option_questions_check_with_their_path_counts() {
    for questions in [11, 12, 20] {
        let checked = check(&chain_flow(questions)).unwrap_or_else(|errors| panic!("{questions}: {errors:#?}"));
        assert_eq!(checked.paths, chain_paths(questions), "{questions} questions");
        assert_eq!(checked.reached_windows, all_windows(), "{questions} questions");
    }
    assert_eq!(chain_paths(20), 311_467_177_477, "over 300 billion paths, checked as answer states");
}

#[test]
fn the_chain_path_count_matches_the_enumeration_on_short_chains() {
    for questions in 3..=7 {
        let checked = check(&chain_flow(questions)).unwrap();
        let enumerated = path_count(&checked.flow, &every_path(&checked.flow).unwrap());
        assert_eq!((chain_paths(questions), checked.paths), (enumerated, enumerated), "{questions} questions");
    }
}

#[test]
fn a_ten_option_multiple_choice_question_and_three_more_check_with_their_path_count() {
    let checked = check(&wide_flow(10)).unwrap_or_else(|errors| panic!("{errors:#?}"));
    assert_eq!(checked.paths, wide_paths(10));
    assert_eq!(checked.reached_windows, all_windows());
    assert_eq!(find_paths(&checked.flow), findings_by_enumeration(&checked.flow), "16,268 paths, one by one");
}

#[test]
fn a_chain_whose_outcome_reads_every_answer_checks_while_its_states_are_few_enough() {
    let checked = check(&every_answer_read_flow(12)).unwrap_or_else(|errors| panic!("{errors:#?}"));
    assert_eq!(checked.paths, 4u64.pow(12), "16,777,216 paths in 4,096 answer states at the end");
}

#[test]
fn a_flow_with_too_many_answer_states_is_a_clear_error_naming_its_file() {
    let errors = check(&every_answer_read_flow(24)).expect_err("2^24 answer states at the end");
    assert_eq!(errors.len(), 1, "{errors:#?}");
    let text = errors[0].to_string();
    assert!(
        text.starts_with(&format!("{FLOW_FILE}: error: the flow has too many different ways through it to check")),
        "{text}"
    );
    assert!(text.contains("help: Split a question with many options into two"), "{text}");
}

/// Every `cities/<city>/guides/<flow>.toml` under `dir`, with its city's windows.toml.
fn flow_files(dir: &Path, found: &mut Vec<(PathBuf, PathBuf)>) {
    let Ok(entries) = std::fs::read_dir(dir) else { return };
    let mut entries: Vec<PathBuf> = entries.filter_map(|entry| entry.ok().map(|entry| entry.path())).collect();
    entries.sort();
    for path in entries {
        if path.is_dir() {
            flow_files(&path, found);
        } else if path.extension().is_some_and(|ext| ext == "toml")
            && path.parent().and_then(Path::file_name).is_some_and(|name| name == "guides")
        {
            let city = path.parent().and_then(Path::parent).expect("a city folder");
            found.push((path.clone(), city.join("windows.toml")));
        }
    }
}

/// The errors the build reports for what a walk found.
fn errors_for(
    flow: &Flow,
    node_lines: &BTreeMap<String, usize>,
    found: &Result<PathFindings, WalkError>,
) -> Vec<String> {
    let errors = match found {
        Ok(findings) => path_errors(FLOW_FILE, flow, node_lines, findings),
        Err(error) => vec![walk_error(FLOW_FILE, node_lines, error.clone())],
    };
    errors.iter().map(ToString::to_string).collect()
}

#[test]
fn on_every_fixture_and_bundled_flow_the_checks_find_what_the_enumeration_finds() {
    let mut files = Vec::new();
    flow_files(Path::new("tests/fixtures/content"), &mut files);
    flow_files(Path::new("content"), &mut files);
    let (mut compared, mut with_errors) = (0, 0);
    for (flow_file, windows_file) in files {
        let read = |path: &Path| std::fs::read_to_string(path).unwrap_or_default();
        let city = windows_file.parent().and_then(Path::file_name).unwrap().to_string_lossy().to_string();
        let Ok(windows) = parse_windows(&windows_file.to_string_lossy(), &city, &read(&windows_file)) else { continue };
        let flow_id = flow_file.file_stem().unwrap().to_string_lossy().to_string();
        let Ok(read_flow) = read_flow(&flow_file.to_string_lossy(), &flow_id, &windows, &read(&flow_file)) else {
            continue;
        };
        let flow = &read_flow.flow;
        if route_cycle(flow, &flow.start).is_some() {
            continue;
        }
        let (memoised, enumerated) = (find_paths(flow), findings_by_enumeration(flow));
        assert_eq!(memoised, enumerated, "{}", flow_file.display());
        let errors = errors_for(flow, &read_flow.node_lines, &memoised);
        assert_eq!(errors, errors_for(flow, &read_flow.node_lines, &enumerated), "{}", flow_file.display());
        with_errors += usize::from(!errors.is_empty());
        compared += 1;
        if memoised.is_ok() {
            windows_in_play_agree_after_the_first_answers(flow, 4, &flow_file.to_string_lossy());
        }
    }
    assert!(compared >= 15 && with_errors >= 3, "{compared} flows compared, {with_errors} with errors");
}

/// The live count equals the enumeration's after every way of answering the first `depth`
/// questions of any path (and from the start).
fn windows_in_play_agree_after_the_first_answers(flow: &Flow, depth: usize, name: &str) {
    let mut prefixes: BTreeSet<Answers> = BTreeSet::new();
    for (answers, _) in every_path(flow).unwrap() {
        let asked = flow.walk(&answers).unwrap().asked;
        for length in 0..=asked.len().min(depth) {
            prefixes.insert(tsunagu::guide::engine::answers_to(&asked[..length], &answers));
        }
    }
    for prefix in &prefixes {
        let live: BTreeSet<String> = flow.windows_in_play(prefix).unwrap().into_iter().map(String::from).collect();
        assert_eq!(live, windows_in_play_by_enumeration(flow, prefix).unwrap(), "{name} after {prefix:?}");
    }
}

/// A small random number generator (a 64-bit LCG), so the random flows are the same each run.
struct Random(u64);

impl Random {
    fn below(&mut self, bound: usize) -> usize {
        self.0 = self.0.wrapping_mul(6_364_136_223_846_793_005).wrapping_add(1_442_695_040_888_963_407);
        ((self.0 >> 33) % bound as u64) as usize
    }

    fn chance(&mut self, percent: usize) -> bool {
        self.below(100) < percent
    }

    fn shuffled<'a>(&mut self, items: &[&'a str]) -> Vec<&'a str> {
        let mut items = items.to_vec();
        for at in (1..items.len()).rev() {
            items.swap(at, self.below(at + 1));
        }
        items
    }
}

fn text(value: &str) -> Cow<'static, str> {
    Cow::Owned(value.to_string())
}

fn random_leaf(random: &mut Random, questions: &[Question]) -> Condition {
    let question = &questions[random.below(questions.len())];
    match random.below(4) {
        0 => Condition::Unknown { question: question.id.clone() },
        1 => Condition::AtLeast { question: question.id.clone(), count: 1 + random.below(3) as u8 },
        _ => {
            let mut options: Vec<Cow<'static, str>> =
                question.options.iter().filter(|_| random.chance(40)).map(|choice| choice.id.clone()).collect();
            if options.is_empty() {
                options.push(question.options[0].id.clone());
            }
            Condition::AnyOf { question: question.id.clone(), options: Cow::Owned(options) }
        }
    }
}

fn random_condition(random: &mut Random, questions: &[Question]) -> Condition {
    match random.below(5) {
        0 => Condition::Always,
        1 => Condition::All(Cow::Owned(vec![random_leaf(random, questions), random_leaf(random, questions)])),
        _ => random_leaf(random, questions),
    }
}

/// A flow of 2–5 questions (single or multiple choice, 2–4 options, maybe 「わからない」 and an
/// exclusive option) routed forward only, with random conditions (sometimes no fall-back route)
/// and 2–3 outcomes picking windows on random conditions. Ids sort otherwise than they are asked.
fn random_flow(random: &mut Random) -> Flow {
    let ids = random.shuffled(&["who", "area", "trouble", "age", "mobility"]);
    let mut questions: Vec<Question> = (0..2 + random.below(4))
        .map(|at| {
            let kind = if random.chance(50) { QuestionKind::Multiple } else { QuestionKind::Single };
            let options = random.shuffled(&["care", "money", "none", "kita", "other"]);
            let count = 2 + random.below(3);
            let choices = options[..count]
                .iter()
                .enumerate()
                .map(|(index, id)| Choice {
                    id: text(id),
                    exclusive: kind == QuestionKind::Multiple && index == count - 1 && random.chance(40),
                })
                .collect();
            Question {
                id: text(ids[at]),
                kind,
                options: Cow::Owned(choices),
                allows_unknown: random.chance(40),
                among: None,
                routes: Cow::Owned(Vec::new()),
            }
        })
        .collect();
    let outcome_ids = ["end", "help", "urgent"];
    let outcomes: Vec<Outcome> = (0..2 + random.below(2))
        .map(|at| Outcome {
            id: text(outcome_ids[at]),
            urgent: at == 2 && random.chance(50),
            windows: Cow::Owned(
                (0..random.below(4))
                    .map(|_| WindowPick {
                        window: text(["w-a", "w-b", "w-c"][random.below(3)]),
                        reason: text("理由"),
                        first: random.chance(60),
                        when: random_condition(random, &questions),
                    })
                    .collect(),
            ),
        })
        .collect();
    for at in 0..questions.len() {
        let later: Vec<Cow<'static, str>> = questions[at + 1..]
            .iter()
            .map(|question| question.id.clone())
            .chain(outcomes.iter().map(|outcome| outcome.id.clone()))
            .collect();
        let mut routes: Vec<Route> = (0..1 + random.below(3))
            .map(|_| Route {
                when: random_condition(random, &questions),
                next: later[random.below(later.len())].clone(),
            })
            .collect();
        if random.chance(85) {
            routes.push(Route { when: Condition::Always, next: later[random.below(later.len())].clone() });
        }
        questions[at].routes = Cow::Owned(routes);
    }
    Flow {
        id: text("resident"),
        city: text("testcity"),
        start: questions[0].id.clone(),
        questions: Cow::Owned(questions),
        outcomes: Cow::Owned(outcomes),
    }
}

#[test]
fn on_random_small_flows_the_checks_and_the_live_count_agree_with_the_enumeration() {
    let mut random = Random(20_250_401);
    let (mut dead_ends, mut unreached, mut without_first_window) = (0, 0, 0);
    for case in 0..400 {
        let flow = random_flow(&mut random);
        let name = format!("case {case}:\n{}", tsunagu::guide::wire::encode(&flow));
        let (memoised, enumerated) = (find_paths(&flow), findings_by_enumeration(&flow));
        assert_eq!(memoised, enumerated, "{name}");
        match &enumerated {
            Err(WalkError::NoRoute { .. }) => dead_ends += 1,
            Err(other) => panic!("{name}: {other}"),
            Ok(findings) => {
                unreached += usize::from(findings.reached_questions.len() < flow.questions.len());
                without_first_window += usize::from(findings.without_first_window.is_some());
                windows_in_play_agree_after_the_first_answers(&flow, 2, &name);
            }
        }
    }
    assert!(
        dead_ends >= 20 && unreached >= 20 && without_first_window >= 20,
        "{dead_ends} {unreached} {without_first_window}"
    );
}

#[test]
fn the_least_path_without_a_first_window_is_in_answer_order_not_walk_order() {
    // `zone` is asked first but sorts last: the least path is the one with the least `age`.
    let toml = r#"start = "zone"

[[questions]]
id = "zone"
kind = "single"
options = ["a", "b"]

[[questions.routes]]
next = "age"

[[questions]]
id = "age"
kind = "multiple"
options = ["old", "young", "none"]
exclusive = ["none"]

[[questions.routes]]
next = "end"

[[outcomes]]
id = "end"

[[outcomes.windows]]
window = "general"
reason = "理由"
first = true
when = { all = [{ any_of = { question = "zone", options = ["a"] } }, { any_of = { question = "age", options = ["old"] } }] }

[[outcomes.windows]]
window = "second"
reason = "理由"

[[outcomes.windows]]
window = "third"
reason = "理由"
"#;
    let errors = check(toml).expect_err("zone b never has a first window");
    assert_eq!(
        errors[0].to_string().lines().next().unwrap(),
        format!("{FLOW_FILE}:21: error: the outcome `end` names no first window for the answers `?age=none&zone=a`")
    );
}
