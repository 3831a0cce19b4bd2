//! The path checks of a guide flow (build time), on a bounded, memoised walk over its answer
//! states (`guide::explore`) instead of every path one by one: dead ends, the outcomes,
//! questions and windows some path reaches, how many paths there are, and the least path (in
//! answer order) that ends without a first window — each turned into an error an author can fix.

use std::collections::{BTreeMap, BTreeSet};

use crate::content::error::ContentError;
use crate::guide::explore::{Ending, Explorer, Step, Tally, STEP_LIMIT};
use crate::guide::query::query_from_answers;
use crate::guide::{Answers, Flow, Outcome, WalkError};

/// What walking every way through a flow finds.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct PathFindings {
    /// How many complete paths (sets of answers) lead through the flow; saturates at `u64::MAX`.
    pub paths: u64,
    /// The outcomes some path ends at.
    pub reached_outcomes: BTreeSet<String>,
    /// The questions some path asks.
    pub reached_questions: BTreeSet<String>,
    /// The windows, first or secondary, some path ends with.
    pub reached_windows: BTreeSet<String>,
    /// The least path (in answer order) that ends at a non-urgent outcome without a first
    /// window: its answers and the outcome's id.
    pub without_first_window: Option<(Answers, String)>,
}

/// Walks every kind of answer through `flow` within the usual [`STEP_LIMIT`].
pub fn find_paths(flow: &Flow) -> Result<PathFindings, WalkError> {
    find_paths_within(flow, STEP_LIMIT)
}

/// Walks every kind of answer through `flow`; past `step_limit` steps, [`WalkError::TooLarge`].
/// A dead end is the first one met in the order answers are tried, as a walk would meet it.
pub fn find_paths_within(flow: &Flow, step_limit: usize) -> Result<PathFindings, WalkError> {
    let explorer = Explorer::new(flow).with_step_limit(step_limit);
    let mut reach = Reach {
        flow,
        outcomes: BTreeSet::new(),
        questions: BTreeSet::new(),
        windows: BTreeSet::new(),
        without_first_window: false,
    };
    let paths = explorer.walk(&flow.start, &Answers::new(), &mut reach)?;
    let without_first_window =
        if reach.without_first_window { least_path_without_first_window(flow, &explorer)? } else { None };
    Ok(PathFindings {
        paths,
        reached_outcomes: reach.outcomes,
        reached_questions: reach.questions,
        reached_windows: reach.windows,
        without_first_window: without_first_window.map(|(answers, outcome)| (answers, outcome.id.to_string())),
    })
}

/// The error for a flow whose walk fails: a dead end at its question's line, a flow too large
/// to check, or anything else the walk met.
pub fn walk_error(file: &str, node_lines: &BTreeMap<String, usize>, error: WalkError) -> ContentError {
    match error {
        WalkError::NoRoute { question } => ContentError::at_line(
            file,
            node_lines.get(&question).copied().unwrap_or(1),
            format!("some answers to `{question}` have no route: the guide would stop there"),
            "End the question's routes with one that has no `when`, so every answer leads somewhere.",
        ),
        WalkError::TooLarge { limit } => ContentError::in_file(
            file,
            format!("the flow has too many different ways through it to check (more than {limit} steps)"),
            "Split a question with many options into two, give a multiple-choice question fewer options, or let fewer later routes and windows depend on earlier answers.",
        ),
        other => ContentError::in_file(
            file,
            format!("the flow cannot be walked: {other}"),
            "Check the routes and options named in the message.",
        ),
    }
}

/// The errors in what the walk found: outcomes and questions no path reaches, and a path that
/// ends without a first window.
pub fn path_errors(
    file: &str,
    flow: &Flow,
    node_lines: &BTreeMap<String, usize>,
    findings: &PathFindings,
) -> Vec<ContentError> {
    let line_of = |id: &str| node_lines.get(id).copied().unwrap_or(1);
    let mut errors = Vec::new();
    for outcome in flow.outcomes.iter().filter(|outcome| !findings.reached_outcomes.contains(outcome.id.as_ref())) {
        errors.push(ContentError::at_line(
            file,
            line_of(&outcome.id),
            format!("no answers lead to the outcome `{}`", outcome.id),
            "Add a route that goes to it, or remove it.",
        ));
    }
    for question in flow.questions.iter().filter(|question| !findings.reached_questions.contains(question.id.as_ref()))
    {
        errors.push(ContentError::at_line(
            file,
            line_of(&question.id),
            format!("no answers lead to the question `{}`", question.id),
            "Add a route that goes to it, or remove it.",
        ));
    }
    if let Some((answers, outcome)) = &findings.without_first_window {
        let given = query_from_answers(answers.iter().map(|(question, answer)| (question.as_str(), answer)));
        errors.push(ContentError::at_line(
            file,
            line_of(outcome),
            format!("the outcome `{outcome}` names no first window for the answers `{given}`"),
            "Give the outcome a first window (`first = true`) whose `when` holds for these answers, e.g. the general window without a `when`.",
        ));
    }
    errors
}

/// The walk's tally: paths counted, and what some path reaches.
struct Reach<'f> {
    flow: &'f Flow,
    outcomes: BTreeSet<String>,
    questions: BTreeSet<String>,
    windows: BTreeSet<String>,
    without_first_window: bool,
}

impl<'f> Tally<'f> for Reach<'f> {
    type Value = u64;

    fn outcome(&mut self, ending: &Ending<'_, 'f>) -> u64 {
        let mut first_window = false;
        for pick in ending.applying_picks() {
            first_window |= pick.first;
            self.windows.insert(pick.window.to_string());
        }
        self.without_first_window |= !ending.outcome().urgent && !first_window;
        self.outcomes.insert(ending.outcome().id.to_string());
        1
    }

    fn nothing(&self) -> u64 {
        0
    }

    fn add(&mut self, step: Step, total: u64, next: &u64) -> u64 {
        if *next > 0 {
            self.questions.insert(self.flow.questions[step.question].id.to_string());
        }
        total.saturating_add(step.count.saturating_mul(*next))
    }
}

/// What a narrowed walk may answer to one question.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Rule {
    /// Anything, or nothing.
    Free,
    /// The question is not asked.
    NotAsked,
    /// The question is asked and answered with this class of answers.
    Only(usize),
}

/// A walk narrowed by rules, asking whether some path ends without a first window (the value:
/// the outcome of one such path), and which classes of answers to one question (`deciding`)
/// such a path can take.
struct FailingPaths {
    rules: Vec<Rule>,
    /// The questions with a rule `Only`: a path must answer them.
    required: Vec<usize>,
    deciding: Option<usize>,
    possible: Vec<bool>,
    found: bool,
}

impl<'f> Tally<'f> for FailingPaths {
    type Value = Option<&'f Outcome>;

    fn outcome(&mut self, ending: &Ending<'_, 'f>) -> Option<&'f Outcome> {
        let without_first_window = !ending.outcome().urgent && !ending.applying_picks().any(|pick| pick.first);
        let fails = without_first_window && self.required.iter().all(|&question| ending.answered(question));
        self.found |= fails;
        fails.then(|| ending.outcome())
    }

    fn nothing(&self) -> Option<&'f Outcome> {
        None
    }

    fn add(&mut self, step: Step, total: Self::Value, next: &Self::Value) -> Self::Value {
        if next.is_some() && self.deciding == Some(step.question) {
            self.possible[step.class] = true;
        }
        total.or(*next)
    }

    fn allows(&self, question: usize, class: usize) -> bool {
        match self.rules[question] {
            Rule::Free => true,
            Rule::NotAsked => false,
            Rule::Only(only) => only == class,
        }
    }

    fn tracked(&self) -> &[usize] {
        &self.required
    }

    /// One such path is enough, unless the classes of `deciding` are wanted.
    fn finished(&self) -> bool {
        self.found && self.deciding.is_none()
    }
}

/// The least path, in the order answers sort (by question id, then answer), that ends without
/// a first window, with the outcome it ends at; `None` if no path does. Question by question in
/// id order, it fixes the least choice that still leaves such a path: the path ends with the
/// questions fixed so far, else the question takes its least possible class of answers, else
/// it is not asked. Two narrowed walks per question, each bounded like the first.
fn least_path_without_first_window<'f>(
    flow: &'f Flow,
    explorer: &Explorer<'f>,
) -> Result<Option<(Answers, &'f Outcome)>, WalkError> {
    let mut order: Vec<usize> = (0..flow.questions.len()).collect();
    order.sort_by(|&a, &b| flow.questions[a].id.cmp(&flow.questions[b].id));
    let search = |rules: &[Rule], deciding: Option<usize>| {
        let required = (0..rules.len()).filter(|&question| matches!(rules[question], Rule::Only(_))).collect();
        let classes = deciding.map_or(0, |question| explorer.classes(question).len());
        let possible = vec![false; classes];
        let mut failing = FailingPaths { rules: rules.to_vec(), required, deciding, possible, found: false };
        let found = explorer.walk(&flow.start, &Answers::new(), &mut failing)?;
        Ok::<_, WalkError>((found, failing.possible))
    };
    let mut rules = vec![Rule::Free; flow.questions.len()];
    for position in 0..=order.len() {
        let mut ending_here = rules.clone();
        order[position..].iter().for_each(|&later| ending_here[later] = Rule::NotAsked);
        if let (Some(outcome), _) = search(&ending_here, None)? {
            let answers = (0..rules.len()).filter_map(|question| match rules[question] {
                Rule::Only(class) => {
                    Some((flow.questions[question].id.to_string(), explorer.classes(question)[class].answer.clone()))
                }
                Rule::Free | Rule::NotAsked => None,
            });
            return Ok(Some((answers.collect(), outcome)));
        }
        let Some(&question) = order.get(position) else { break };
        let (_, possible) = search(&rules, Some(question))?;
        let classes = explorer.classes(question);
        let least = (0..classes.len())
            .filter(|&class| possible[class])
            .min_by(|&a, &b| classes[a].answer.cmp(&classes[b].answer));
        rules[question] = least.map_or(Rule::NotAsked, Rule::Only);
    }
    Ok(None)
}
