//! `content/cities/<city>/guides/<flow>.toml`: a city's guide flows (resident, staff). Read into
//! the engine's model and checked before anyone can walk them: ids, options, routes, conditions,
//! windows, cycles, dead ends, unreachable outcomes, and every window of the city reachable by
//! some path (or a stated reason why not). Errors carry the file and line. What lies along the
//! paths is found by `guide_paths`, a bounded walk over answer states, not path by path.

use std::borrow::Cow;
use std::collections::{BTreeMap, HashSet};

use serde::Deserialize;
use toml::Spanned;

use crate::content::error::{line_and_column, ContentError};
use crate::content::guides::checked::{CheckedFlow, INTRO};
use crate::content::guides::paths::{find_paths, path_errors, walk_error};
use crate::content::site_config::is_ascii_id;
use crate::content::windows::CityWindows;
use crate::guide::explore::route_cycle;
use crate::guide::{self, Choice, Condition, Flow, Outcome, Question, QuestionKind, Route, WindowPick};

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct RawFlow {
    #[serde(default)]
    legal_basis: Vec<String>,
    start: Spanned<String>,
    questions: Vec<RawQuestion>,
    outcomes: Vec<RawOutcome>,
    #[serde(default)]
    not_offered: Vec<RawNotOffered>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct RawQuestion {
    id: Spanned<String>,
    kind: RawKind,
    options: Spanned<Vec<String>>,
    #[serde(default)]
    exclusive: Vec<String>,
    #[serde(default)]
    unknown: bool,
    routes: Vec<RawRoute>,
}

#[derive(Deserialize, Clone, Copy)]
#[serde(rename_all = "lowercase")]
enum RawKind {
    Single,
    Multiple,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct RawRoute {
    #[serde(default)]
    when: Option<RawCondition>,
    next: Spanned<String>,
}

#[derive(Deserialize, Clone)]
#[serde(rename_all = "snake_case", deny_unknown_fields)]
enum RawCondition {
    AnyOf { question: String, options: Vec<String> },
    Unknown { question: String },
    AtLeast { question: String, count: u8 },
    All(Vec<RawCondition>),
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct RawOutcome {
    id: Spanned<String>,
    #[serde(default)]
    urgent: bool,
    #[serde(default)]
    windows: Vec<RawPick>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct RawPick {
    window: Spanned<String>,
    reason: String,
    #[serde(default)]
    first: bool,
    #[serde(default)]
    when: Option<RawCondition>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct RawNotOffered {
    window: Spanned<String>,
    reason: String,
}

/// A flow read from its file, its ids and references checked, before the checks of its paths.
#[derive(Debug, Clone, PartialEq)]
pub struct ReadFlow {
    /// The flow.
    pub flow: Flow,
    /// The line of each question and outcome id in the file.
    pub node_lines: BTreeMap<String, usize>,
    /// The windows `[[not_offered]]` explains: the reason and its line, by window id.
    pub not_offered: BTreeMap<String, (String, usize)>,
    /// The articles of law the guide rests on.
    pub legal_basis: Vec<String>,
}

/// Reads and checks the flow `flow_id` of a city.
pub fn parse_flow(
    file: &str,
    flow_id: &str,
    windows: &CityWindows,
    text: &str,
) -> Result<CheckedFlow, Vec<ContentError>> {
    let ReadFlow { flow, node_lines, not_offered, legal_basis } = read_flow(file, flow_id, windows, text)?;
    if let Some(cycle) = route_cycle(&flow, &flow.start) {
        let line = node_lines.get(&cycle).copied().unwrap_or(1);
        return Err(vec![ContentError::at_line(
            file,
            line,
            format!("the flow can come back to the question `{cycle}`"),
            "Routes must always lead onward to an outcome; change a `next` so no question can be reached from itself.",
        )]);
    }
    let findings = find_paths(&flow).map_err(|error| vec![walk_error(file, &node_lines, error)])?;
    let mut errors = path_errors(file, &flow, &node_lines, &findings);
    let window_ids: HashSet<&str> = windows.windows.iter().map(|window| window.id.as_str()).collect();
    for (window, (_, line)) in &not_offered {
        if !window_ids.contains(window.as_str()) {
            errors.push(ContentError::at_line(
                file,
                *line,
                format!("`not_offered` names the window `{window}`, which is not in the city's windows.toml"),
                "Use the id of a [[windows]] entry of this city.",
            ));
        } else if findings.reached_windows.contains(window) {
            errors.push(ContentError::at_line(
                file,
                *line,
                format!("the window `{window}` is listed in `not_offered` but a path leads to it"),
                "Remove it from `not_offered`.",
            ));
        }
    }
    let missing: Vec<&str> = windows
        .windows
        .iter()
        .map(|w| w.id.as_str())
        .filter(|id| !findings.reached_windows.contains(*id) && !not_offered.contains_key(*id))
        .collect();
    if !missing.is_empty() {
        errors.push(ContentError::in_file(
            file,
            format!("no path of the guide leads to these windows: {}", missing.join(", ")),
            "Name each in an outcome where it fits, or list it under [[not_offered]] with the reason the guide does not send residents there.",
        ));
    }
    if !errors.is_empty() {
        return Err(errors);
    }
    Ok(CheckedFlow {
        flow,
        file: file.to_string(),
        paths: findings.paths,
        reached_windows: findings.reached_windows,
        unreached_windows: not_offered.into_iter().map(|(window, (reason, _))| (window, reason)).collect(),
        node_lines,
        prose: BTreeMap::new(),
        legal_basis,
    })
}

/// Reads the flow `flow_id` of a city and checks its ids, options, routes, conditions and
/// windows: everything but its paths.
pub fn read_flow(file: &str, flow_id: &str, windows: &CityWindows, text: &str) -> Result<ReadFlow, Vec<ContentError>> {
    let raw: RawFlow = toml::from_str(text).map_err(|error| {
        vec![ContentError::from_toml(
            file,
            text,
            &error,
            "the guide flow",
            "A flow needs `start`, [[questions]] (id, kind = \"single\" or \"multiple\", options, routes) and [[outcomes]] (id, windows); see README「案内（ガイド）のデータ」.",
        )]
    })?;
    let line_at = |offset: usize| line_and_column(text, offset).0;
    let mut errors = Vec::new();
    let mut error =
        |line: usize, message: String, hint: &str| errors.push(ContentError::at_line(file, line, message, hint));

    // Ids: questions and outcomes share one name space (a route's `next` names either).
    let mut node_lines: BTreeMap<String, usize> = BTreeMap::new();
    let mut options_of: BTreeMap<String, Vec<String>> = BTreeMap::new();
    for (id, line) in raw
        .questions
        .iter()
        .map(|q| (&q.id, line_at(q.id.span().start)))
        .chain(raw.outcomes.iter().map(|o| (&o.id, line_at(o.id.span().start))))
    {
        if !is_ascii_id(id.get_ref()) {
            error(
                line,
                format!("the id `{}` is not usable", id.get_ref()),
                "Ids are lower-case ASCII letters, digits and `-`; a question's id is its key in the URL.",
            );
        } else if node_lines.insert(id.get_ref().clone(), line).is_some() {
            error(
                line,
                format!("the id `{}` is used twice", id.get_ref()),
                "Give every question and outcome its own id.",
            );
        } else if [guide::steps::AT, guide::steps::RETURN, INTRO].contains(&id.get_ref().as_str()) {
            error(
                line,
                format!("the id `{}` is kept for the guide itself", id.get_ref()),
                "Choose another id: `at` and `return` name the screen in the guide's URL, and `intro` is the guide's introduction in the prose.",
            );
        }
    }
    for question in &raw.questions {
        let line = line_at(question.options.span().start);
        let options = question.options.get_ref();
        if options.len() < 2 {
            error(
                line,
                format!("the question `{}` has fewer than two options", question.id.get_ref()),
                "Give the question at least two options; a question with one answer is not a question.",
            );
        }
        let mut seen = HashSet::new();
        for option in options {
            if !is_ascii_id(option) || option == guide::query::UNKNOWN {
                error(line, format!("the option id `{option}` is not usable"), "Option ids are lower-case ASCII letters, digits and `-`, and not `unknown` (that is 「わからない」: set `unknown = true`).");
            } else if !seen.insert(option.as_str()) {
                error(
                    line,
                    format!("the question `{}` lists the option `{option}` twice", question.id.get_ref()),
                    "Each option id appears once in `options`.",
                );
            }
        }
        for option in &question.exclusive {
            if !options.contains(option) {
                error(
                    line,
                    format!("the exclusive option `{option}` is not one of the question's options"),
                    "List it in `options` too, or remove it from `exclusive`.",
                );
            }
        }
        options_of.insert(question.id.get_ref().clone(), options.clone());
    }
    if !node_lines.contains_key(raw.start.get_ref()) {
        error(
            line_at(raw.start.span().start),
            format!("`start = \"{}\"` names no question", raw.start.get_ref()),
            "Set `start` to the id of the first question (usually the urgent-danger screen).",
        );
    }

    let check_condition =
        |line: usize, condition: &RawCondition, errors_here: &mut Vec<(usize, String, &'static str)>| {
            check_condition_refs(line, condition, &options_of, errors_here);
        };
    let mut condition_errors = Vec::new();
    let mut questions = Vec::new();
    for question in &raw.questions {
        let mut routes = Vec::new();
        for route in &question.routes {
            let line = line_at(route.next.span().start);
            if !node_lines.contains_key(route.next.get_ref()) {
                condition_errors.push((
                    line,
                    format!("the route goes to `{}`, which is neither a question nor an outcome", route.next.get_ref()),
                    "Set `next` to the id of a [[questions]] or [[outcomes]] entry.",
                ));
            }
            if let Some(when) = &route.when {
                check_condition(line, when, &mut condition_errors);
            }
            routes.push(Route {
                when: route.when.as_ref().map_or(Condition::Always, to_condition),
                next: Cow::Owned(route.next.get_ref().clone()),
            });
        }
        let exclusive: HashSet<&String> = question.exclusive.iter().collect();
        questions.push(Question {
            id: Cow::Owned(question.id.get_ref().clone()),
            kind: match question.kind {
                RawKind::Single => QuestionKind::Single,
                RawKind::Multiple => QuestionKind::Multiple,
            },
            options: Cow::Owned(
                question
                    .options
                    .get_ref()
                    .iter()
                    .map(|id| Choice { id: Cow::Owned(id.clone()), exclusive: exclusive.contains(id) })
                    .collect(),
            ),
            allows_unknown: question.unknown,
            routes: Cow::Owned(routes),
        });
    }
    let window_ids: HashSet<&str> = windows.windows.iter().map(|window| window.id.as_str()).collect();
    let mut outcomes = Vec::new();
    for outcome in &raw.outcomes {
        let mut picks = Vec::new();
        for pick in &outcome.windows {
            let line = line_at(pick.window.span().start);
            if !window_ids.contains(pick.window.get_ref().as_str()) {
                condition_errors.push((
                    line,
                    format!("the window `{}` is not in the city's windows.toml", pick.window.get_ref()),
                    "Use the id of a [[windows]] entry of this city.",
                ));
            }
            if let Some(when) = &pick.when {
                check_condition(line, when, &mut condition_errors);
            }
            picks.push(WindowPick {
                window: Cow::Owned(pick.window.get_ref().clone()),
                reason: Cow::Owned(pick.reason.clone()),
                first: pick.first,
                when: pick.when.as_ref().map_or(Condition::Always, to_condition),
            });
        }
        if !outcome.urgent && !outcome.windows.iter().any(|pick| pick.first) {
            condition_errors.push((
                line_at(outcome.id.span().start),
                format!("the outcome `{}` names no first window", outcome.id.get_ref()),
                "Mark at least one window `first = true`: the reader needs a first place to contact.",
            ));
        }
        outcomes.push(Outcome {
            id: Cow::Owned(outcome.id.get_ref().clone()),
            urgent: outcome.urgent,
            windows: Cow::Owned(picks),
        });
    }
    for (line, message, hint) in condition_errors {
        error(line, message, hint);
    }
    if !errors.is_empty() {
        return Err(errors);
    }

    let flow = Flow {
        id: Cow::Owned(flow_id.to_string()),
        city: Cow::Owned(windows.city.clone()),
        start: Cow::Owned(raw.start.get_ref().clone()),
        questions: Cow::Owned(questions),
        outcomes: Cow::Owned(outcomes),
    };
    let not_offered = raw
        .not_offered
        .iter()
        .map(|n| (n.window.get_ref().clone(), (n.reason.clone(), line_at(n.window.span().start))))
        .collect();
    Ok(ReadFlow { flow, node_lines, not_offered, legal_basis: raw.legal_basis })
}

fn check_condition_refs(
    line: usize,
    condition: &RawCondition,
    options_of: &BTreeMap<String, Vec<String>>,
    errors: &mut Vec<(usize, String, &'static str)>,
) {
    let question_known = |question: &str, errors: &mut Vec<(usize, String, &'static str)>| {
        let known = options_of.contains_key(question);
        if !known {
            errors.push((
                line,
                format!("the condition names the question `{question}`, which does not exist"),
                "Name the id of a [[questions]] entry.",
            ));
        }
        known
    };
    match condition {
        RawCondition::AnyOf { question, options } => {
            if question_known(question, errors) {
                for option in options.iter().filter(|option| !options_of[question].contains(option)) {
                    errors.push((
                        line,
                        format!("the condition names the option `{option}`, which `{question}` does not offer"),
                        "Use one of the question's option ids.",
                    ));
                }
            }
        }
        RawCondition::Unknown { question } | RawCondition::AtLeast { question, .. } => {
            question_known(question, errors);
        }
        RawCondition::All(conditions) => {
            for inner in conditions {
                check_condition_refs(line, inner, options_of, errors);
            }
        }
    }
}

fn to_condition(raw: &RawCondition) -> Condition {
    match raw {
        RawCondition::AnyOf { question, options } => Condition::AnyOf {
            question: Cow::Owned(question.clone()),
            options: Cow::Owned(options.iter().map(|option| Cow::Owned(option.clone())).collect()),
        },
        RawCondition::Unknown { question } => Condition::Unknown { question: Cow::Owned(question.clone()) },
        RawCondition::AtLeast { question, count } => {
            Condition::AtLeast { question: Cow::Owned(question.clone()), count: *count }
        }
        RawCondition::All(conditions) => Condition::All(Cow::Owned(conditions.iter().map(to_condition).collect())),
    }
}
