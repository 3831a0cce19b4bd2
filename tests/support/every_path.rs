//! Every path through a flow, enumerated one by one (test code only): the reference that the
//! build's memoised checks and the browser's live count are compared with, and the source of
//! the reviewed snapshots. Bounded: more paths than the limit is an error, not a hang.
//!
//! Answers to a question that no condition of the flow tells apart are enumerated by the least
//! of them alone, standing for all of them ([`answer_classes`]): every answer of a question no
//! condition reads (「だれのことで相談したいですか」: asked for the 相談メモ, never for routing),
//! or the age groups ticked together that make the same conditions true (「18〜39歳」 and
//! 「40〜64歳」 where only 「65歳以上」 and 「18歳未満」 are read). [`weight`] gives how many
//! concrete paths a listed path stands for, and [`path_count`] the total, which is what the
//! build counts. The classes are worked out here by trying each answer on each leaf condition,
//! independently of the build's bit sets.

#![allow(dead_code)]

use std::collections::{BTreeMap, BTreeSet};

use tsunagu::content::guides::paths::PathFindings;
use tsunagu::guide::engine::{answers_to, next_of, possible_answers};
use tsunagu::guide::{Answer, Answers, Condition, Flow, Outcome, Position, Question, WalkError, WindowPick};

/// More listed paths than any bundled flow has (伊豆市 resident: 129,340 listed for 2,137,318
/// concrete paths, since 「だれのこと」 and the age take several answers), few enough to enumerate.
pub const PATH_LIMIT: usize = 400_000;

/// Every complete set of answers with the outcome it reaches, sorted by the answers.
pub fn every_path(flow: &Flow) -> Result<Vec<(Answers, &Outcome)>, WalkError> {
    let mut done = Vec::new();
    let classes = all_answer_classes(flow);
    match node(flow, &flow.start)? {
        Position::Done(outcome) => done.push((Answers::new(), outcome)),
        Position::Asking(question) => each_completion(flow, question, &mut Answers::new(), &classes, &mut done)?,
    }
    done.sort_by(|a, b| a.0.cmp(&b.0));
    Ok(done)
}

/// Every leaf condition (`any_of`, `unknown`, `at_least`) of the flow's routes and window picks.
fn leaf_conditions(flow: &Flow) -> Vec<&Condition> {
    fn leaves<'c>(condition: &'c Condition, into: &mut Vec<&'c Condition>) {
        match condition {
            Condition::Always => {}
            Condition::All(conditions) => conditions.iter().for_each(|condition| leaves(condition, into)),
            leaf => into.push(leaf),
        }
    }
    let mut found = Vec::new();
    flow.questions.iter().flat_map(|question| question.routes.iter()).for_each(|route| leaves(&route.when, &mut found));
    flow.outcomes.iter().flat_map(|outcome| outcome.windows.iter()).for_each(|pick| leaves(&pick.when, &mut found));
    found
}

/// The question a leaf condition reads.
fn read_by(condition: &Condition) -> Option<&str> {
    match condition {
        Condition::AnyOf { question, .. } | Condition::Unknown { question } | Condition::AtLeast { question, .. } => {
            Some(question.as_ref())
        }
        Condition::Always | Condition::All(_) => None,
    }
}

/// The answers to `question` grouped by which leaf conditions of the flow they make true, each
/// class in the order of its least answer, which comes first and stands for the class.
pub fn answer_classes(flow: &Flow, question: &Question) -> Vec<Vec<Answer>> {
    let reading: Vec<&Condition> =
        leaf_conditions(flow).into_iter().filter(|leaf| read_by(leaf) == Some(question.id.as_ref())).collect();
    let mut answers = possible_answers(question);
    answers.sort();
    let mut classes: Vec<(Vec<bool>, Vec<Answer>)> = Vec::new();
    for answer in answers {
        let mut alone = Answers::new();
        alone.insert(question.id.to_string(), answer.clone());
        let signature: Vec<bool> = reading.iter().map(|leaf| leaf.holds(&alone)).collect();
        match classes.iter_mut().find(|(known, _)| *known == signature) {
            Some((_, members)) => members.push(answer),
            None => classes.push((signature, vec![answer])),
        }
    }
    classes.into_iter().map(|(_, members)| members).collect()
}

/// The answer classes of every question, by question id.
pub fn all_answer_classes(flow: &Flow) -> BTreeMap<String, Vec<Vec<Answer>>> {
    flow.questions.iter().map(|question| (question.id.to_string(), answer_classes(flow, question))).collect()
}

/// The class of answers that `answer` to `question` stands for (itself alone if it is no
/// class's least answer).
pub fn class_of(classes: &BTreeMap<String, Vec<Vec<Answer>>>, question: &str, answer: &Answer) -> Vec<Answer> {
    classes
        .get(question)
        .and_then(|of_question| of_question.iter().find(|members| members.first() == Some(answer)))
        .cloned()
        .unwrap_or_else(|| vec![answer.clone()])
}

/// How many concrete paths a listed path stands for: the product of the sizes of the answer
/// classes its answers stand for (`classes` from [`all_answer_classes`]).
pub fn weight(classes: &BTreeMap<String, Vec<Vec<Answer>>>, answers: &Answers) -> u64 {
    answers.iter().map(|(question, answer)| class_of(classes, question, answer).len() as u64).product()
}

/// The number of concrete paths the listed ones stand for.
pub fn path_count(flow: &Flow, paths: &[(Answers, &Outcome)]) -> u64 {
    let classes = all_answer_classes(flow);
    paths.iter().map(|(answers, _)| weight(&classes, answers)).sum()
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
        Position::Asking(question) => {
            each_completion(flow, question, &mut so_far, &all_answer_classes(flow), &mut ends)?
        }
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

/// Every completion of `answers` from `question` on, in the order answers are tried (each
/// class of answers by its least answer only).
fn each_completion<'f>(
    flow: &'f Flow,
    question: &'f Question,
    answers: &mut Answers,
    classes: &BTreeMap<String, Vec<Vec<Answer>>>,
    done: &mut Vec<(Answers, &'f Outcome)>,
) -> Result<(), WalkError> {
    if answers.contains_key(question.id.as_ref()) {
        return Err(WalkError::Cycle { question: question.id.to_string() });
    }
    let tried: Vec<Answer> = classes[question.id.as_ref()].iter().map(|members| members[0].clone()).collect();
    for answer in tried {
        answers.insert(question.id.to_string(), answer);
        match node(flow, next_of(question, answers)?)? {
            Position::Done(outcome) => done.push((answers.clone(), outcome)),
            Position::Asking(next) => each_completion(flow, next, answers, classes, done)?,
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
