//! Every path through a flow, enumerated one by one (test code only): the reference that the
//! build's memoised checks and the browser's live count are compared with, and the source of
//! the reviewed snapshots. Bounded: more paths than the limit is an error, not a hang.
//!
//! A question that no condition of the flow reads (「だれのことで相談したいですか」: asked for the
//! 相談メモ, never for routing) is enumerated by its least answer alone, standing for all of
//! them: [`weight`] gives how many concrete paths a listed path stands for, and
//! [`path_count`] the total, which is what the build counts.

#![allow(dead_code)]

use std::collections::BTreeSet;

use tsunagu::content::guides::paths::PathFindings;
use tsunagu::guide::engine::{answers_to, next_of, possible_answers};
use tsunagu::guide::{Answers, Condition, Flow, Outcome, Position, Question, WalkError, WindowPick};

/// More listed paths than any bundled flow has (伊豆市 resident: 245,647, since 「いちばん困って
/// いること」 and the follow-up questions; 573,177 concrete paths since 「だれのこと」 takes
/// several answers), few enough to enumerate.
pub const PATH_LIMIT: usize = 400_000;

/// Every complete set of answers with the outcome it reaches, sorted by the answers.
pub fn every_path(flow: &Flow) -> Result<Vec<(Answers, &Outcome)>, WalkError> {
    let mut done = Vec::new();
    let unread = unread_questions(flow);
    match node(flow, &flow.start)? {
        Position::Done(outcome) => done.push((Answers::new(), outcome)),
        Position::Asking(question) => each_completion(flow, question, &mut Answers::new(), &unread, &mut done)?,
    }
    done.sort_by(|a, b| a.0.cmp(&b.0));
    Ok(done)
}

/// The ids of the questions some route or window condition of the flow reads.
fn read_questions(flow: &Flow) -> BTreeSet<String> {
    fn read(condition: &Condition, into: &mut BTreeSet<String>) {
        match condition {
            Condition::Always => {}
            Condition::AnyOf { question, .. }
            | Condition::Unknown { question }
            | Condition::AtLeast { question, .. } => {
                into.insert(question.to_string());
            }
            Condition::All(conditions) => conditions.iter().for_each(|condition| read(condition, into)),
        }
    }
    let mut ids = BTreeSet::new();
    flow.questions.iter().flat_map(|question| question.routes.iter()).for_each(|route| read(&route.when, &mut ids));
    flow.outcomes.iter().flat_map(|outcome| outcome.windows.iter()).for_each(|pick| read(&pick.when, &mut ids));
    ids
}

/// How many concrete paths a listed path stands for: the product of the answer counts of the
/// questions on it that no condition reads.
pub fn weight(flow: &Flow, answers: &Answers) -> u64 {
    let read = read_questions(flow);
    flow.questions
        .iter()
        .filter(|question| answers.contains_key(question.id.as_ref()) && !read.contains(question.id.as_ref()))
        .map(|question| possible_answers(question).len() as u64)
        .product()
}

/// The number of concrete paths the listed ones stand for.
pub fn path_count(flow: &Flow, paths: &[(Answers, &Outcome)]) -> u64 {
    paths.iter().map(|(answers, _)| weight(flow, answers)).sum()
}

/// What the build's checks find, worked out from every path one by one.
pub fn findings_by_enumeration(flow: &Flow) -> Result<PathFindings, WalkError> {
    let paths = every_path(flow)?;
    let mut reached_windows = BTreeSet::new();
    let mut without_first_window = None;
    for (answers, outcome) in &paths {
        let (first, secondary) = flow.picks(outcome, answers);
        reached_windows.extend(first.iter().chain(&secondary).map(|pick| pick.window.to_string()));
        if without_first_window.is_none() && !outcome.urgent && first.is_empty() {
            without_first_window = Some((answers.clone(), outcome.id.to_string()));
        }
    }
    Ok(PathFindings {
        paths: path_count(flow, &paths),
        reached_outcomes: paths.iter().map(|(_, outcome)| outcome.id.to_string()).collect(),
        reached_questions: paths.iter().flat_map(|(answers, _)| answers.keys().cloned()).collect(),
        reached_windows,
        without_first_window,
    })
}

/// The windows some completion of the answers so far leads to, from every completion.
pub fn windows_in_play_by_enumeration(flow: &Flow, answers: &Answers) -> Result<BTreeSet<String>, WalkError> {
    let walk = flow.walk(answers)?;
    let mut so_far = answers_to(&walk.asked, answers);
    let mut ends = Vec::new();
    match walk.position {
        Position::Done(outcome) => ends.push((so_far.clone(), outcome)),
        Position::Asking(question) => each_completion(flow, question, &mut so_far, &unread_questions(flow), &mut ends)?,
    }
    let mut windows = BTreeSet::new();
    for (answers, outcome) in &ends {
        let (first, secondary) = flow.picks(outcome, answers);
        windows.extend(first.iter().chain(&secondary).map(|pick| pick.window.to_string()));
    }
    Ok(windows)
}

fn node<'f>(flow: &'f Flow, id: &str) -> Result<Position<'f>, WalkError> {
    match (flow.question(id), flow.outcome(id)) {
        (Some(question), _) => Ok(Position::Asking(question)),
        (None, Some(outcome)) => Ok(Position::Done(outcome)),
        (None, None) => Err(WalkError::MissingNode(id.to_string())),
    }
}

/// The ids of the questions no condition reads.
pub fn unread_questions(flow: &Flow) -> BTreeSet<String> {
    let read = read_questions(flow);
    flow.questions.iter().map(|question| question.id.to_string()).filter(|id| !read.contains(id)).collect()
}

/// Every completion of `answers` from `question` on, in the order answers are tried (a
/// question no condition reads by its least answer only).
fn each_completion<'f>(
    flow: &'f Flow,
    question: &'f Question,
    answers: &mut Answers,
    unread: &BTreeSet<String>,
    done: &mut Vec<(Answers, &'f Outcome)>,
) -> Result<(), WalkError> {
    if answers.contains_key(question.id.as_ref()) {
        return Err(WalkError::Cycle { question: question.id.to_string() });
    }
    let mut tried = possible_answers(question);
    if unread.contains(question.id.as_ref()) {
        // The least answer stands for them all, as in the build's memoised walk.
        tried = tried.into_iter().min().into_iter().collect();
    }
    for answer in tried {
        answers.insert(question.id.to_string(), answer);
        match node(flow, next_of(question, answers)?)? {
            Position::Done(outcome) => done.push((answers.clone(), outcome)),
            Position::Asking(next) => each_completion(flow, next, answers, unread, done)?,
        }
        if done.len() > PATH_LIMIT {
            return Err(WalkError::TooLarge { limit: PATH_LIMIT });
        }
    }
    answers.remove(question.id.as_ref());
    Ok(())
}

/// The windows an outcome shows for these answers, by the rule the engine documents, worked
/// out here in test code: of the picks whose condition holds, a window's first *first* pick
/// makes it a first window; a window with no such pick shows once as a secondary window, by
/// its first applying secondary pick. Each list keeps the order of the picks in the outcome.
pub fn picks_by_rule<'f>(outcome: &'f Outcome, answers: &Answers) -> (Vec<&'f WindowPick>, Vec<&'f WindowPick>) {
    let applying: Vec<&WindowPick> = outcome.windows.iter().filter(|pick| pick.when.holds(answers)).collect();
    let mut first: Vec<&WindowPick> = Vec::new();
    for pick in applying.iter().filter(|pick| pick.first) {
        if !first.iter().any(|shown| shown.window == pick.window) {
            first.push(pick);
        }
    }
    let mut secondary: Vec<&WindowPick> = Vec::new();
    for pick in applying.iter().filter(|pick| !pick.first) {
        let shown = first.iter().chain(&secondary).any(|shown| shown.window == pick.window);
        if !shown {
            secondary.push(pick);
        }
    }
    (first, secondary)
}
