//! Every path through a flow, enumerated one by one (test code only): the reference that the
//! build's memoised checks and the browser's live count are compared with, and the source of
//! the reviewed snapshots. Bounded: more paths than the limit is an error, not a hang.

#![allow(dead_code)]

use std::collections::BTreeSet;

use tsunagu::content::guides::paths::PathFindings;
use tsunagu::guide::engine::{answers_to, next_of, possible_answers};
use tsunagu::guide::{Answers, Flow, Outcome, Position, Question, WalkError, WindowPick};

/// More paths than any bundled flow has (伊豆市 resident: 245,647, since 「いちばん困っていること」
/// and the follow-up questions), few enough to enumerate.
pub const PATH_LIMIT: usize = 400_000;

/// Every complete set of answers with the outcome it reaches, sorted by the answers.
pub fn every_path(flow: &Flow) -> Result<Vec<(Answers, &Outcome)>, WalkError> {
    let mut done = Vec::new();
    match node(flow, &flow.start)? {
        Position::Done(outcome) => done.push((Answers::new(), outcome)),
        Position::Asking(question) => each_completion(flow, question, &mut Answers::new(), &mut done)?,
    }
    done.sort_by(|a, b| a.0.cmp(&b.0));
    Ok(done)
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
        paths: paths.len() as u64,
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
        Position::Asking(question) => each_completion(flow, question, &mut so_far, &mut ends)?,
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

/// Every completion of `answers` from `question` on, in the order answers are tried.
fn each_completion<'f>(
    flow: &'f Flow,
    question: &'f Question,
    answers: &mut Answers,
    done: &mut Vec<(Answers, &'f Outcome)>,
) -> Result<(), WalkError> {
    if answers.contains_key(question.id.as_ref()) {
        return Err(WalkError::Cycle { question: question.id.to_string() });
    }
    for answer in possible_answers(question) {
        answers.insert(question.id.to_string(), answer);
        match node(flow, next_of(question, answers)?)? {
            Position::Done(outcome) => done.push((answers.clone(), outcome)),
            Position::Asking(next) => each_completion(flow, next, answers, done)?,
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
