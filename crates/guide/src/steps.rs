//! The walk as screens, after GOV.UK's patterns: which screen an address shows (the intro, one
//! question, check your answers, the result) and where each button and link leads. Pure, so
//! plain `cargo test` covers every transition; the browser only draws the screen it is given.
//!
//! A place is the answers so far plus `at` (the question shown, or `check`) and `return`
//! (a Change link: after the answer, go back to the check page). Answers to later questions are
//! kept when the reader goes back, so Back keeps every earlier answer.

use super::engine::{answers_to, check_answer, next_of, Answer, Answers, Position, WalkError};
use super::model::{Flow, Outcome, Question};
use super::query::{answers_from_query, query_from_answers};

/// The query key naming the screen shown.
pub const AT: &str = "at";
/// `at=check`: the check-your-answers screen.
pub const CHECK: &str = "check";
/// `return=check`: a Change link; the answer leads back to the check screen.
pub const RETURN: &str = "return";

/// Where a reader is in a flow.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Place {
    /// Answers keyed by question id, including ones ahead of `at` (kept for going forward again).
    pub answers: Answers,
    /// The screen: a question id, `check`, or `None` for wherever the answers lead.
    pub at: Option<String>,
    /// Whether the reader came from the check screen by a Change link.
    pub returning: bool,
}

/// One screen of the walk.
#[derive(Debug, Clone, PartialEq)]
pub enum Screen<'f> {
    /// Before the first question.
    Intro,
    /// One question, with the questions asked before it and its current answer.
    Question { question: &'f Question, before: Vec<&'f Question>, answer: Option<Answer> },
    /// Every answer on the way, each with a Change link.
    Check { asked: Vec<&'f Question> },
    /// The outcome, for the answers on the way.
    Result { outcome: &'f Outcome, asked: Vec<&'f Question> },
}

/// Why an address or a stored walk cannot be shown: the page offers a fresh start instead.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Problem {
    /// Something in the query is not an answer to this flow: an unknown key, a repeated key,
    /// a value that is too long or not an id.
    Unreadable,
    /// The answers do not fit the flow.
    Walk(WalkError),
    /// `at` names a question the answers do not lead to.
    NotOnPath(String),
}

/// Reads a place from a query string, strictly: anything the reader did not get from this
/// guide (a hand-edited, old or hostile link) is a [`Problem`], never obeyed.
pub fn place_from_query(flow: &Flow, query: &str) -> Result<Place, Problem> {
    let ours: Vec<&str> = query.trim_start_matches('?').split('&').filter(|pair| !is_tracking(pair)).collect();
    let pairs = ours.iter().filter(|pair| !pair.is_empty()).count();
    let mut answers = answers_from_query(&ours.join("&"));
    if answers.len() != pairs {
        return Err(Problem::Unreadable);
    }
    let at = match answers.remove(AT) {
        None => None,
        Some(Answer::Chose(ids)) if ids.len() == 1 => Some(ids[0].clone()),
        Some(_) => return Err(Problem::Unreadable),
    };
    let returning = match answers.remove(RETURN) {
        None => false,
        Some(Answer::Chose(ids)) if ids == [CHECK] => true,
        Some(_) => return Err(Problem::Unreadable),
    };
    for (id, answer) in answers.iter() {
        let question = flow.question(id).ok_or(Problem::Unreadable)?;
        check_answer(question, answer).map_err(Problem::Walk)?;
    }
    drop_stale_among(flow, &mut answers);
    Ok(Place { answers, at, returning })
}

/// Forgets an answer to a question `among` an earlier one (「いちばん困っていること」) that is
/// no longer one of the options ticked there: after the troubles change on the check screen,
/// the main trouble is asked again instead of routing by a trouble the reader took back.
fn drop_stale_among(flow: &Flow, answers: &mut Answers) {
    for question in flow.questions.iter() {
        let Some(among) = question.among.as_deref() else { continue };
        let (Some(Answer::Chose(chosen)), Some(Answer::Chose(ticked))) =
            (answers.get(question.id.as_ref()), answers.get(among))
        else {
            continue;
        };
        if !chosen.iter().all(|option| ticked.contains(option)) {
            answers.remove(question.id.as_ref());
        }
    }
}

/// Keys that sharing adds to a link (`utm_source`, `fbclid`, …): not the reader's answers, so
/// they are left out rather than spoiling a shared result.
pub fn is_tracking(pair: &str) -> bool {
    let key = pair.split('=').next().unwrap_or_default();
    key.starts_with("utm_") || ["fbclid", "gclid", "yclid", "msclkid", "igshid", "mc_eid", "_ga", "_gl"].contains(&key)
}

/// Writes a place as a query string (answers in the flow's question order, then `at`, `return`).
pub fn query_of(flow: &Flow, place: &Place) -> String {
    let in_order = flow.questions.iter().filter_map(|question| place.answers.get_key_value(question.id.as_ref()));
    let mut query = query_from_answers(in_order.map(|(id, answer)| (id.as_str(), answer)));
    for (key, value) in [(AT, place.at.as_deref()), (RETURN, place.returning.then_some(CHECK))] {
        if let Some(value) = value {
            query.push(if query.is_empty() { '?' } else { '&' });
            query.push_str(&format!("{key}={value}"));
        }
    }
    query
}

/// The screen a place shows.
pub fn screen<'f>(flow: &'f Flow, place: &Place) -> Result<Screen<'f>, Problem> {
    if place.answers.is_empty() && place.at.is_none() {
        return Ok(Screen::Intro);
    }
    let walk = flow.walk(&place.answers).map_err(Problem::Walk)?;
    let asked = walk.asked;
    match (place.at.as_deref(), walk.position) {
        (Some(CHECK), Position::Done(outcome)) if !outcome.urgent => Ok(Screen::Check { asked }),
        (Some(CHECK), Position::Done(outcome)) => Ok(Screen::Result { outcome, asked }),
        (Some(CHECK) | None, Position::Asking(question)) => {
            Ok(Screen::Question { question, before: asked, answer: None })
        }
        (None, Position::Done(outcome)) => Ok(Screen::Result { outcome, asked }),
        (Some(id), position) => {
            if let Some(index) = asked.iter().position(|question| question.id == id) {
                let question = asked[index];
                let answer = place.answers.get(id).cloned();
                Ok(Screen::Question { question, before: asked[..index].to_vec(), answer })
            } else {
                match position {
                    Position::Asking(question) if question.id == id => {
                        Ok(Screen::Question { question, before: asked, answer: None })
                    }
                    _ => Err(Problem::NotOnPath(id.to_string())),
                }
            }
        }
    }
}

/// Where answering `question` with `answer` leads: the next question (with any answer given
/// before), the check screen after the last one, the result at once for an urgent outcome, and
/// after a Change link the check screen again as soon as no new question needs an answer.
pub fn after_answer(flow: &Flow, place: &Place, question: &Question, answer: Answer) -> Result<Place, Problem> {
    check_answer(question, &answer).map_err(Problem::Walk)?;
    // Every answer is kept (also those a new branch no longer asks), so going back and
    // choosing the old branch again finds them; only a shared result is trimmed.
    let mut answers = place.answers.clone();
    answers.insert(question.id.to_string(), answer);
    drop_stale_among(flow, &mut answers);
    if place.returning {
        return match flow.walk(&answers).map_err(Problem::Walk)?.position {
            Position::Done(outcome) if outcome.urgent => Ok(Place { answers, at: None, returning: false }),
            Position::Done(_) => Ok(Place { answers, at: Some(CHECK.to_string()), returning: false }),
            Position::Asking(next) => Ok(Place { answers, at: Some(next.id.to_string()), returning: true }),
        };
    }
    let next = next_of(question, &answers).map_err(Problem::Walk)?;
    if let Some(outcome) = flow.outcome(next) {
        let at = (!outcome.urgent).then(|| CHECK.to_string());
        return Ok(Place { answers, at, returning: false });
    }
    Ok(Place { answers, at: Some(next.to_string()), returning: false })
}

/// The place shown for an address, with the answers the reader gave on this page since (kept
/// in memory only) added back where the address agrees with them: the browser's Back (a
/// gesture, a key) returns to an address that predates the answer to its own question, and
/// finds it ticked, as the on-page Back link does. The history never holds more than it did
/// (the quick exit's promise), and an address that disagrees with what is kept is shown as it is.
pub fn with_kept(place: Place, kept: &Answers) -> Place {
    let agrees = place.answers.iter().all(|(id, answer)| kept.get(id) == Some(answer));
    if place == Place::default() || !agrees {
        return place;
    }
    Place { answers: kept.clone(), ..place }
}

/// Where the Back link of a screen leads: the previous question (keeping every answer), the
/// check screen for a Change link whose answers are complete again or for a result, or `None`
/// for the intro.
pub fn back_of(flow: &Flow, place: &Place) -> Option<Place> {
    let screen = screen(flow, place).ok()?;
    let to = |at: &str, returning: bool| Place { answers: place.answers.clone(), at: Some(at.to_string()), returning };
    let complete = matches!(flow.walk(&place.answers).map(|walk| walk.position), Ok(Position::Done(_)));
    match screen {
        Screen::Intro => None,
        Screen::Question { .. } if place.returning && complete => Some(to(CHECK, false)),
        // A Change link led on to a new question: Back goes to the question before it.
        Screen::Question { before, .. } if place.returning => before.last().map(|previous| to(&previous.id, true)),
        Screen::Question { before, .. } => before.last().map(|previous| to(&previous.id, false)),
        Screen::Check { asked } => asked.last().map(|last| to(&last.id, false)),
        Screen::Result { outcome, asked } if outcome.urgent => asked.last().map(|last| to(&last.id, false)),
        Screen::Result { .. } => Some(to(CHECK, false)),
    }
}

/// The Change link of a question on the check screen.
pub fn change_place(place: &Place, question: &Question) -> Place {
    Place { answers: place.answers.clone(), at: Some(question.id.to_string()), returning: true }
}

/// The result of the answers on the check screen.
pub fn result_place(flow: &Flow, place: &Place) -> Place {
    Place { answers: on_path(flow, &place.answers), at: None, returning: false }
}

/// Only the answers the walk uses (a shared result carries nothing else).
pub fn on_path(flow: &Flow, answers: &Answers) -> Answers {
    match flow.walk(answers) {
        Ok(walk) => answers_to(&walk.asked, answers),
        Err(_) => answers.clone(),
    }
}
