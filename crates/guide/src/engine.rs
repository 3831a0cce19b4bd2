//! The guide engine, pure: answers keyed by question id, deterministic transitions that return
//! errors instead of panicking, the windows an outcome picks for the answers, and the windows
//! still in play (the browser's live count, capped).

use std::collections::BTreeSet;

use super::model::{Condition, Flow, Outcome, Question, QuestionKind, WindowPick};

pub use super::answers::{Answer, Answers};

/// The most answers [`Flow::windows_in_play`] tries: far more than the bundled flows need (伊豆市
/// resident, from its first question, finds every window after 5,473), few enough for a click.
pub const LIVE_COUNT_LIMIT: usize = 100_000;

/// Why a walk could not go on. Each names what was wrong, so a page can offer a restart.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum WalkError {
    /// A node id that the flow does not have.
    MissingNode(String),
    /// An option the question does not offer.
    UnknownOption { question: String, option: String },
    /// More than one option for a single-choice question, or an exclusive option with others.
    TooManyOptions { question: String },
    /// No option and not 「わからない」.
    EmptyAnswer { question: String },
    /// 「わからない」 where the question does not allow it.
    UnknownNotAllowed { question: String },
    /// No route of the question applies to the answers.
    NoRoute { question: String },
    /// The walk came back to a question it had already asked.
    Cycle { question: String },
    /// Walking every kind of answer would take more than this many steps (see [`Explorer`]).
    TooLarge { limit: usize },
}

impl std::fmt::Display for WalkError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            WalkError::MissingNode(id) => write!(f, "the node `{id}` does not exist"),
            WalkError::UnknownOption { question, option } => {
                write!(f, "the question `{question}` has no option `{option}`")
            }
            WalkError::TooManyOptions { question } => {
                write!(f, "the question `{question}` takes one option (or one exclusive option)")
            }
            WalkError::EmptyAnswer { question } => write!(f, "the question `{question}` was answered with nothing"),
            WalkError::UnknownNotAllowed { question } => {
                write!(f, "the question `{question}` does not offer 「わからない」")
            }
            WalkError::NoRoute { question } => write!(f, "no route of the question `{question}` fits the answers"),
            WalkError::Cycle { question } => write!(f, "the walk comes back to the question `{question}`"),
            WalkError::TooLarge { limit } => {
                write!(f, "walking every kind of answer of the flow takes more than {limit} steps")
            }
        }
    }
}

/// Where a walk stands: at a question still to answer, or at its outcome.
#[derive(Debug, Clone, Copy, PartialEq)]
pub enum Position<'f> {
    /// The next question to ask.
    Asking(&'f Question),
    /// The end of the walk.
    Done(&'f Outcome),
}

/// A walk through a flow with some answers.
#[derive(Debug, Clone, PartialEq)]
pub struct Walk<'f> {
    /// The questions answered on the way, in order.
    pub asked: Vec<&'f Question>,
    /// Where it stands.
    pub position: Position<'f>,
}

impl Flow {
    /// The question with this id.
    pub fn question(&self, id: &str) -> Option<&Question> {
        self.questions.iter().find(|question| question.id == id)
    }

    /// The outcome with this id.
    pub fn outcome(&self, id: &str) -> Option<&Outcome> {
        self.outcomes.iter().find(|outcome| outcome.id == id)
    }

    fn node(&self, id: &str) -> Result<Position<'_>, WalkError> {
        if let Some(question) = self.question(id) {
            Ok(Position::Asking(question))
        } else if let Some(outcome) = self.outcome(id) {
            Ok(Position::Done(outcome))
        } else {
            Err(WalkError::MissingNode(id.to_string()))
        }
    }

    /// Follows the answers from the start until a question without an answer or an outcome.
    /// Answers to questions off the path are ignored (so going back and choosing differently
    /// keeps what was said elsewhere).
    pub fn walk(&self, answers: &Answers) -> Result<Walk<'_>, WalkError> {
        let mut asked: Vec<&Question> = Vec::new();
        let mut position = self.node(&self.start)?;
        while let Position::Asking(question) = position {
            let Some(answer) = answers.get(question.id.as_ref()) else { break };
            check_answer(question, answer)?;
            if asked.iter().any(|earlier| earlier.id == question.id) {
                return Err(WalkError::Cycle { question: question.id.to_string() });
            }
            asked.push(question);
            position = self.node(next_of(question, answers)?)?;
        }
        Ok(Walk { asked, position })
    }

    /// The windows an outcome names for these answers: (first ones, secondary ones). A window
    /// appears once: its first applying pick as a first window wins, else its first secondary one.
    pub fn picks<'f>(&self, outcome: &'f Outcome, answers: &Answers) -> (Vec<&'f WindowPick>, Vec<&'f WindowPick>) {
        let (first, secondary) = pick_indices(outcome, answers);
        let at = |indices: Vec<usize>| indices.into_iter().map(|index| &outcome.windows[index]).collect();
        (at(first), at(secondary))
    }

    /// The windows that some way of answering the rest of the flow can still lead to, after the
    /// answers so far (answers to questions off the walk's path are ignored). It tries the
    /// completions one by one until every window the outcomes name is found, and gives up with
    /// [`WalkError::TooLarge`] after [`LIVE_COUNT_LIMIT`] answers: quick in the browser, and
    /// small in the WASM (the build's memoised walk, `explore`, would cost 5 KB of it).
    pub fn windows_in_play<'f>(&'f self, answers: &Answers) -> Result<BTreeSet<&'f str>, WalkError> {
        let walk = self.walk(answers)?;
        let mut so_far = answers_to(&walk.asked, answers);
        // Every window the outcomes name: once all are found, nothing more can be.
        let mut named: BTreeSet<&str> = BTreeSet::new();
        for outcome in self.outcomes.iter() {
            named.extend(outcome.windows.iter().map(|pick| pick.window.as_ref()));
        }
        let mut windows: BTreeSet<&str> = BTreeSet::new();
        let mut collect = |answers: &Answers, outcome: &'f Outcome| {
            let (first, secondary) = pick_indices(outcome, answers);
            windows.extend(first.into_iter().chain(secondary).map(|index| outcome.windows[index].window.as_ref()));
            windows.len() < named.len()
        };
        match walk.position {
            Position::Done(outcome) => {
                collect(&so_far, outcome);
            }
            Position::Asking(question) => {
                let mut budget = LIVE_COUNT_LIMIT;
                self.each_completion(question, &mut so_far, &mut budget, &mut collect)?;
            }
        }
        Ok(windows)
    }

    /// Calls `visit` with every completion of `answers` from `question` on and the outcome it
    /// reaches, until `visit` returns `false`. One answers map is extended and restored on the
    /// way, so nothing is re-walked; each answer tried spends one of `budget`. Returns whether
    /// the enumeration went to the end.
    fn each_completion<'f>(
        &'f self,
        question: &'f Question,
        answers: &mut Answers,
        budget: &mut usize,
        visit: &mut impl FnMut(&Answers, &'f Outcome) -> bool,
    ) -> Result<bool, WalkError> {
        if answers.contains_key(question.id.as_ref()) {
            return Err(WalkError::Cycle { question: question.id.to_string() });
        }
        let mut go_on = true;
        for answer in possible_answers(question) {
            *budget = budget.checked_sub(1).ok_or(WalkError::TooLarge { limit: LIVE_COUNT_LIMIT })?;
            answers.insert(question.id.to_string(), answer);
            go_on = match self.node(next_of(question, answers)?)? {
                Position::Done(outcome) => visit(answers, outcome),
                Position::Asking(next) => self.each_completion(next, answers, budget, visit)?,
            };
            if !go_on {
                break;
            }
        }
        answers.remove(question.id.as_ref());
        Ok(go_on)
    }

    /// The fewest and the most questions from `question` (itself included) to an outcome,
    /// following its routes whatever their conditions: honest bounds for a progress line.
    pub fn questions_left(&self, question: &Question) -> (usize, usize) {
        self.questions_left_within(question, self.questions.len())
    }

    fn questions_left_within(&self, question: &Question, budget: usize) -> (usize, usize) {
        let mut bounds: Option<(usize, usize)> = None;
        for route in question.routes.iter() {
            let (fewest, most) = match self.question(&route.next) {
                Some(next) if budget > 0 => self.questions_left_within(next, budget - 1),
                _ => (0, 0),
            };
            bounds = Some(bounds.map_or((fewest, most), |(low, high)| (low.min(fewest), high.max(most))));
        }
        let (fewest, most) = bounds.unwrap_or((0, 0));
        (fewest + 1, most + 1)
    }
}

/// Indexes into `outcome.windows` of the picks shown for these answers: (first, secondary).
/// A window appears once: its first applying pick as a first window wins, else its first
/// secondary one.
pub fn pick_indices(outcome: &Outcome, answers: &Answers) -> (Vec<usize>, Vec<usize>) {
    let applying: Vec<(usize, &WindowPick)> =
        outcome.windows.iter().enumerate().filter(|(_, pick)| pick.when.holds(answers)).collect();
    // A window's first applying pick as a first window wins, else its first secondary one.
    let mut seen: Vec<&str> = Vec::new();
    let mut first = Vec::new();
    let mut secondary = Vec::new();
    for wanted_first in [true, false] {
        for (index, pick) in &applying {
            if pick.first == wanted_first && !seen.contains(&pick.window.as_ref()) {
                seen.push(pick.window.as_ref());
                if wanted_first {
                    first.push(*index)
                } else {
                    secondary.push(*index)
                }
            }
        }
    }
    (first, secondary)
}

/// The answers to these questions only (e.g. those asked on the way so far).
pub fn answers_to(questions: &[&Question], answers: &Answers) -> Answers {
    // Inserted one by one: collecting into a map would bring a sort into the WASM.
    let mut chosen = Answers::new();
    for question in questions {
        if let Some(answer) = answers.get(question.id.as_ref()) {
            chosen.insert(question.id.to_string(), answer.clone());
        }
    }
    chosen
}

/// Every answer a question accepts.
pub fn possible_answers(question: &Question) -> Vec<Answer> {
    let mut answers = Vec::new();
    match question.kind {
        QuestionKind::Single => {
            answers.extend(question.options.iter().map(|choice| Answer::Chose(vec![choice.id.to_string()])));
        }
        QuestionKind::Multiple => {
            let combinable: Vec<&str> =
                question.options.iter().filter(|choice| !choice.exclusive).map(|choice| choice.id.as_ref()).collect();
            for mask in 1u32..(1 << combinable.len().min(16)) {
                let chosen =
                    combinable.iter().enumerate().filter(|(i, _)| mask & (1 << i) != 0).map(|(_, id)| id.to_string());
                answers.push(Answer::Chose(chosen.collect()));
            }
            let exclusive = question.options.iter().filter(|choice| choice.exclusive);
            answers.extend(exclusive.map(|choice| Answer::Chose(vec![choice.id.to_string()])));
        }
    }
    if question.allows_unknown {
        answers.push(Answer::Unknown);
    }
    answers
}

/// Checks that an answer fits its question.
pub fn check_answer(question: &Question, answer: &Answer) -> Result<(), WalkError> {
    let id = || question.id.to_string();
    let chosen = match answer {
        Answer::Unknown if question.allows_unknown => return Ok(()),
        Answer::Unknown => return Err(WalkError::UnknownNotAllowed { question: id() }),
        Answer::Chose(chosen) => chosen,
    };
    if chosen.is_empty() {
        return Err(WalkError::EmptyAnswer { question: id() });
    }
    let mut exclusive = false;
    for option in chosen {
        let Some(choice) = question.options.iter().find(|choice| choice.id == option.as_str()) else {
            return Err(WalkError::UnknownOption { question: id(), option: option.clone() });
        };
        exclusive |= choice.exclusive;
    }
    let repeated = chosen.iter().enumerate().any(|(index, option)| chosen[..index].contains(option));
    let too_many = match question.kind {
        QuestionKind::Single => chosen.len() > 1,
        QuestionKind::Multiple => repeated || (exclusive && chosen.len() > 1),
    };
    if too_many {
        return Err(WalkError::TooManyOptions { question: id() });
    }
    Ok(())
}

/// The id of the node after `question`, by its first route that holds.
pub fn next_of<'f>(question: &'f Question, answers: &Answers) -> Result<&'f str, WalkError> {
    question
        .routes
        .iter()
        .find(|route| route.when.holds(answers))
        .map(|route| route.next.as_ref())
        .ok_or_else(|| WalkError::NoRoute { question: question.id.to_string() })
}

impl Condition {
    /// Whether the condition holds for the answers.
    pub fn holds(&self, answers: &Answers) -> bool {
        match self {
            Condition::Always => true,
            Condition::AnyOf { question, options } => match answers.get(question.as_ref()) {
                Some(Answer::Chose(chosen)) => chosen.iter().any(|option| options.iter().any(|o| o == option.as_str())),
                _ => false,
            },
            Condition::Unknown { question } => answers.get(question.as_ref()) == Some(&Answer::Unknown),
            Condition::AtLeast { question, count } => match answers.get(question.as_ref()) {
                Some(Answer::Chose(chosen)) => chosen.len() >= usize::from(*count),
                _ => false,
            },
            Condition::All(conditions) => conditions.iter().all(|condition| condition.holds(answers)),
        }
    }
}
