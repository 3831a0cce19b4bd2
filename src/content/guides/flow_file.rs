//! A flow file read into the engine's model (`read_flow`): the TOML parsed, then its ids,
//! options, routes, conditions and windows checked, each problem with its line. `flows` goes
//! on to check its paths.

use std::borrow::Cow;
use std::collections::{BTreeMap, HashSet};

use serde::Deserialize;
use toml::Spanned;

use crate::content::error::{line_and_column, ContentError};
use crate::content::guides::checked::INTRO;
use crate::content::site_config::is_ascii_id;
use crate::content::windows::CityWindows;
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
    /// Show only the options ticked in this earlier question.
    #[serde(default)]
    among: Option<Spanned<String>>,
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

/// A problem found while reading a flow: its line, what is wrong and how to fix it.
type Problem = (usize, String, &'static str);

/// Reads the flow `flow_id` of a city and checks its ids, options, routes, conditions and
/// windows: everything but its paths.
pub fn read_flow(file: &str, flow_id: &str, windows: &CityWindows, text: &str) -> Result<ReadFlow, Vec<ContentError>> {
    let raw: RawFlow = ContentError::parse_toml(file, text, "the guide flow", "A flow needs `start`, [[questions]] (id, kind = \"single\" or \"multiple\", options, routes) and [[outcomes]] (id, windows); see README「案内（ガイド）のデータ」.").map_err(|error| vec![error])?;
    let line_at = |offset: usize| line_and_column(text, offset).0;
    let mut problems = Vec::new();
    let node_lines = read_ids(&raw, &line_at, &mut problems);
    let options_of = read_options(&raw, &line_at, &mut problems);
    if !node_lines.contains_key(raw.start.get_ref()) {
        problems.push((
            line_at(raw.start.span().start),
            format!("`start = \"{}\"` names no question", raw.start.get_ref()),
            "Set `start` to the id of the first question (usually the urgent-danger screen).",
        ));
    }
    let questions = read_questions(&raw, &node_lines, &options_of, &line_at, &mut problems);
    let outcomes = read_outcomes(&raw, windows, &options_of, &line_at, &mut problems);
    if !problems.is_empty() {
        return Err(problems
            .into_iter()
            .map(|(line, message, hint)| ContentError::at_line(file, line, message, hint))
            .collect());
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

/// The line of each question and outcome id. Questions and outcomes share one name space
/// (a route's `next` names either); ids are usable, unique and not the guide's own words.
fn read_ids(raw: &RawFlow, line_at: &impl Fn(usize) -> usize, problems: &mut Vec<Problem>) -> BTreeMap<String, usize> {
    let mut node_lines: BTreeMap<String, usize> = BTreeMap::new();
    for (id, line) in raw
        .questions
        .iter()
        .map(|q| (&q.id, line_at(q.id.span().start)))
        .chain(raw.outcomes.iter().map(|o| (&o.id, line_at(o.id.span().start))))
    {
        if !is_ascii_id(id.get_ref()) {
            problems.push((
                line,
                format!("the id `{}` is not usable", id.get_ref()),
                "Ids are lower-case ASCII letters, digits and `-`; a question's id is its key in the URL.",
            ));
        } else if node_lines.insert(id.get_ref().clone(), line).is_some() {
            problems.push((
                line,
                format!("the id `{}` is used twice", id.get_ref()),
                "Give every question and outcome its own id.",
            ));
        } else if [guide::steps::AT, guide::steps::RETURN, INTRO].contains(&id.get_ref().as_str()) {
            problems.push((
                line,
                format!("the id `{}` is kept for the guide itself", id.get_ref()),
                "Choose another id: `at` and `return` name the screen in the guide's URL, and `intro` is the guide's introduction in the prose.",
            ));
        }
    }
    node_lines
}

/// Each question's options by question id, checked: at least two, usable, unique, and the
/// exclusive ones among them.
fn read_options(
    raw: &RawFlow,
    line_at: &impl Fn(usize) -> usize,
    problems: &mut Vec<Problem>,
) -> BTreeMap<String, Vec<String>> {
    let mut options_of: BTreeMap<String, Vec<String>> = BTreeMap::new();
    for question in &raw.questions {
        let line = line_at(question.options.span().start);
        let options = question.options.get_ref();
        if options.len() < 2 {
            problems.push((
                line,
                format!("the question `{}` has fewer than two options", question.id.get_ref()),
                "Give the question at least two options; a question with one answer is not a question.",
            ));
        }
        let mut seen = HashSet::new();
        for option in options {
            if !is_ascii_id(option) || option == guide::query::UNKNOWN {
                problems.push((line, format!("the option id `{option}` is not usable"), "Option ids are lower-case ASCII letters, digits and `-`, and not `unknown` (that is 「わからない」: set `unknown = true`)."));
            } else if !seen.insert(option.as_str()) {
                problems.push((
                    line,
                    format!("the question `{}` lists the option `{option}` twice", question.id.get_ref()),
                    "Each option id appears once in `options`.",
                ));
            }
        }
        for option in &question.exclusive {
            if !options.contains(option) {
                problems.push((
                    line,
                    format!("the exclusive option `{option}` is not one of the question's options"),
                    "List it in `options` too, or remove it from `exclusive`.",
                ));
            }
        }
        options_of.insert(question.id.get_ref().clone(), options.clone());
    }
    options_of
}

/// The questions in the engine's model, their routes checked: each `next` names a node and
/// each condition names questions and options that exist.
fn read_questions(
    raw: &RawFlow,
    node_lines: &BTreeMap<String, usize>,
    options_of: &BTreeMap<String, Vec<String>>,
    line_at: &impl Fn(usize) -> usize,
    problems: &mut Vec<Problem>,
) -> Vec<Question> {
    let mut questions = Vec::new();
    for question in &raw.questions {
        let mut routes = Vec::new();
        for route in &question.routes {
            let line = line_at(route.next.span().start);
            if !node_lines.contains_key(route.next.get_ref()) {
                problems.push((
                    line,
                    format!("the route goes to `{}`, which is neither a question nor an outcome", route.next.get_ref()),
                    "Set `next` to the id of a [[questions]] or [[outcomes]] entry.",
                ));
            }
            if let Some(when) = &route.when {
                check_condition_refs(line, when, options_of, problems);
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
            among: read_among(question, options_of, line_at, problems),
            routes: Cow::Owned(routes),
        });
    }
    questions
}

/// A question's `among`, checked: it names another question, and each of this question's
/// options is one of that question's (so a ticked option can be shown by its id).
fn read_among(
    question: &RawQuestion,
    options_of: &BTreeMap<String, Vec<String>>,
    line_at: &impl Fn(usize) -> usize,
    problems: &mut Vec<Problem>,
) -> Option<Cow<'static, str>> {
    let among = question.among.as_ref()?;
    let line = line_at(among.span().start);
    match options_of.get(among.get_ref()) {
        Some(_) if among.get_ref() == question.id.get_ref() => problems.push((
            line,
            format!("the question `{}` takes its options from itself", question.id.get_ref()),
            "Set `among` to an earlier question whose ticked options this question offers.",
        )),
        Some(theirs) => {
            for option in question.options.get_ref() {
                if !theirs.contains(option) {
                    problems.push((
                        line,
                        format!("the option `{option}` is not an option of `{}`", among.get_ref()),
                        "A question with `among` offers only options of that question: use the same ids.",
                    ));
                }
            }
        }
        None => problems.push((
            line,
            format!("`among` names `{}`, which is not a question", among.get_ref()),
            "Set `among` to the id of an earlier [[questions]] entry.",
        )),
    }
    Some(Cow::Owned(among.get_ref().clone()))
}

/// The outcomes in the engine's model, their picks checked: each names a window of the city,
/// its condition names what exists, and an outcome that is not urgent has a first window.
fn read_outcomes(
    raw: &RawFlow,
    windows: &CityWindows,
    options_of: &BTreeMap<String, Vec<String>>,
    line_at: &impl Fn(usize) -> usize,
    problems: &mut Vec<Problem>,
) -> Vec<Outcome> {
    let window_ids: HashSet<&str> = windows.windows.iter().map(|window| window.id.as_str()).collect();
    let mut outcomes = Vec::new();
    for outcome in &raw.outcomes {
        let mut picks = Vec::new();
        for pick in &outcome.windows {
            let line = line_at(pick.window.span().start);
            if !window_ids.contains(pick.window.get_ref().as_str()) {
                problems.push((
                    line,
                    format!("the window `{}` is not in the city's windows.toml", pick.window.get_ref()),
                    "Use the id of a [[windows]] entry of this city.",
                ));
            }
            if let Some(when) = &pick.when {
                check_condition_refs(line, when, options_of, problems);
            }
            picks.push(WindowPick {
                window: Cow::Owned(pick.window.get_ref().clone()),
                reason: Cow::Owned(pick.reason.clone()),
                first: pick.first,
                when: pick.when.as_ref().map_or(Condition::Always, to_condition),
            });
        }
        if !outcome.urgent && !outcome.windows.iter().any(|pick| pick.first) {
            problems.push((
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
    outcomes
}

fn check_condition_refs(
    line: usize,
    condition: &RawCondition,
    options_of: &BTreeMap<String, Vec<String>>,
    errors: &mut Vec<Problem>,
) {
    let question_known = |question: &str, errors: &mut Vec<Problem>| {
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
