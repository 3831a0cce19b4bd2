//! One screen of the guide as a plan: which screen shows, which heading names it, where every
//! link on it leads, what is ticked and written on it (progress, live count, check rows, the
//! result's windows and memo) and whether the tab title names it. Pure, so `cargo test` covers
//! what the browser paints; the browser side only applies a plan to the page.

use super::engine::{answers_to, pick_indices, Answer};
use super::markup::{self, fill, Wording};
use super::model::{Flow, Question};
use super::steps::{self, Place, Problem, Screen, CHECK};

/// A guide link to draw: the element (a CSS selector) and the query it leads to (`""`: the intro).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Link {
    /// The link element.
    pub selector: String,
    /// Where it leads, as a query string.
    pub query: String,
}

/// What a screen shows of the walk.
#[derive(Debug, Clone, PartialEq)]
pub enum Content {
    /// The intro (its resume box is the browser's: it depends on storage, see [`resume_of`]).
    Intro,
    /// A question, its answer ticked, its progress and live count written.
    Question {
        /// The question's id.
        question: String,
        /// The answer to tick (none: nothing ticked).
        ticked: Option<Answer>,
        /// The progress text.
        progress: String,
        /// The live count of windows still in play, if the answers allow one.
        in_play: Option<String>,
        /// The only options to show (a question `among` an earlier one: those ticked there);
        /// `None`: every option.
        offered: Option<Vec<String>>,
    },
    /// The check screen: the rows to show, each with its answer, in order.
    Check {
        /// (question id, answer) for every question asked.
        rows: Vec<(String, Option<Answer>)>,
    },
    /// A result.
    Result {
        /// The outcome's id.
        outcome: String,
        /// The picks shown as first windows (indices into the outcome's windows).
        first: Vec<usize>,
        /// The picks shown as secondary windows.
        secondary: Vec<usize>,
        /// The memo's answers (question id, answer); `None`: no memo (an urgent outcome).
        memo: Option<Vec<(String, Option<Answer>)>>,
        /// The answers on the way as `question:option` (`question:unknown` for 「わからない」):
        /// each card's 「…を選んだため」 shows the ones its condition read.
        chosen: Vec<String>,
    },
}

/// The plan of one screen.
#[derive(Debug, Clone, PartialEq)]
pub struct Plan {
    /// Which screen this is (`intro`, `q-<id>`, `check`, `o-<id>`): focus moves when it changes.
    pub key: String,
    /// The id of the screen element that shows (every other screen is hidden).
    pub screen: String,
    /// The id of the heading that names the screen and takes focus.
    pub heading: String,
    /// Whether the Back and Start again links show.
    pub nav: bool,
    /// Every guide link on the screen and where it leads.
    pub links: Vec<Link>,
    /// What the screen shows of the walk.
    pub content: Content,
    /// Whether the tab title names the screen (not on the intro, nor in the sensitive mode,
    /// since browsers keep titles in their history).
    pub titled: bool,
}

impl Plan {
    /// The tab title's page part: the page's own title, or the screen's heading with it.
    pub fn title(&self, wording: &Wording, screen_heading: &str, page_title: &str) -> String {
        if self.titled {
            fill(&wording.screen_title, &[("screen", screen_heading), ("page", page_title)])
        } else {
            page_title.to_string()
        }
    }
}

/// The plan of the screen a place shows (`sensitive`: the sensitive mode is on).
pub fn plan(flow: &Flow, place: &Place, sensitive: bool, wording: &Wording) -> Result<Plan, Problem> {
    let screen = steps::screen(flow, place)?;
    let mut links = Vec::new();
    if !matches!(screen, Screen::Intro) {
        let back = steps::back_of(flow, place).map(|back| steps::query_of(flow, &back)).unwrap_or_default();
        links.push(link(&format!("#{}", markup::BACK_ID), back));
        links.push(link(&format!("#{}", markup::RESTART_ID), String::new()));
    }
    let answers_of = |asked: &[&Question]| -> Vec<(String, Option<Answer>)> {
        asked
            .iter()
            .map(|question| (question.id.to_string(), place.answers.get(question.id.as_ref()).cloned()))
            .collect()
    };
    let (key, screen_id, heading, content) = match &screen {
        Screen::Intro => {
            ("intro".to_string(), markup::INTRO_ID.to_string(), markup::INTRO_TITLE_ID.to_string(), Content::Intro)
        }
        Screen::Question { question, before, answer } => {
            let id = question.id.as_ref();
            let content = Content::Question {
                question: id.to_string(),
                // An answer the question no longer offers (its `among` answer changed) is not ticked.
                ticked: answer.clone().filter(|answer| fits(answer, offered(question, place).as_deref())),
                progress: progress_text(flow, question, before.len(), wording),
                in_play: in_play_text(flow, place, id, answer.as_ref(), wording),
                offered: offered(question, place),
            };
            (format!("q-{id}"), markup::question_id(id), markup::question_title_id(id), content)
        }
        Screen::Check { asked } => {
            for question in asked {
                let change = steps::query_of(flow, &steps::change_place(place, question));
                links.push(link(&markup::change_selector(&question.id), change));
            }
            let result = steps::query_of(flow, &steps::result_place(flow, place));
            links.push(link(&format!("#{}", markup::SEE_RESULT_ID), result));
            let content = Content::Check { rows: answers_of(asked) };
            ("check".to_string(), markup::CHECK_ID.to_string(), markup::CHECK_TITLE_ID.to_string(), content)
        }
        Screen::Result { outcome, asked } => {
            let id = outcome.id.as_ref();
            let on_path = steps::on_path(flow, &place.answers);
            let (first, secondary) = pick_indices(outcome, &on_path);
            let chosen = chosen_pairs(&on_path);
            if !outcome.urgent {
                let to_check = Place { at: Some(CHECK.to_string()), ..place.clone() };
                links.push(link(&markup::to_check_selector(id), steps::query_of(flow, &to_check)));
            }
            let memo = (!outcome.urgent).then(|| answers_of(asked));
            let content = Content::Result { outcome: id.to_string(), first, secondary, memo, chosen };
            (format!("o-{id}"), markup::outcome_id(id), markup::outcome_title_id(id), content)
        }
    };
    let intro = matches!(screen, Screen::Intro);
    Ok(Plan { key, screen: screen_id, heading, nav: !intro, links, content, titled: !intro && !sensitive })
}

/// The options a question shows: for a question `among` an earlier one, those ticked there
/// (every option if that question was not answered with options).
pub fn offered(question: &Question, place: &Place) -> Option<Vec<String>> {
    let among = question.among.as_deref()?;
    let Some(Answer::Chose(ticked)) = place.answers.get(among) else { return None };
    let shown: Vec<String> = question
        .options
        .iter()
        .filter(|option| ticked.iter().any(|t| t == option.id.as_ref()))
        .map(|o| o.id.to_string())
        .collect();
    (!shown.is_empty()).then_some(shown)
}

/// Whether an answer uses only offered options (`None`: all are).
fn fits(answer: &Answer, offered: Option<&[String]>) -> bool {
    match (answer, offered) {
        (Answer::Chose(chosen), Some(offered)) => chosen.iter().all(|option| offered.contains(option)),
        _ => true,
    }
}

/// Answers as `question:option` pairs (`question:unknown` for 「わからない」).
pub fn chosen_pairs(answers: &crate::Answers) -> Vec<String> {
    let mut pairs = Vec::new();
    for (question, answer) in answers.iter() {
        match answer {
            Answer::Chose(options) => pairs.extend(options.iter().map(|option| format!("{question}:{option}"))),
            Answer::Unknown => pairs.push(format!("{question}:{}", crate::query::UNKNOWN)),
        }
    }
    pairs
}

fn link(selector: &str, query: String) -> Link {
    Link { selector: selector.to_string(), query }
}

/// A question's progress: its number and how many questions may follow at most.
pub fn progress_text(flow: &Flow, question: &Question, asked_before: usize, wording: &Wording) -> String {
    let number = (asked_before + 1).to_string();
    match flow.questions_left(question).1.saturating_sub(1) {
        0 => fill(&wording.progress_last, &[("number", &number)]),
        left => fill(&wording.progress_more, &[("number", &number), ("left", &left.to_string())]),
    }
}

/// The live count on a question's screen: the windows some answer can still lead to, with
/// `ticked` (what is ticked on its form now, if it is a whole answer) as its answer.
pub fn in_play_text(
    flow: &Flow,
    place: &Place,
    question: &str,
    ticked: Option<&Answer>,
    wording: &Wording,
) -> Option<String> {
    let Ok(Screen::Question { before, .. }) = steps::screen(flow, place) else { return None };
    let mut answers = answers_to(&before, &place.answers);
    if let Some(answer) = ticked {
        answers.insert(question.to_string(), answer.clone());
    }
    let windows = flow.windows_in_play(&answers).ok()?;
    Some(fill(&wording.in_play, &[("count", &windows.len().to_string())]))
}

/// What the intro offers for a stored walk.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Resume {
    /// Nothing stored (or the reader asked to keep walks but has not begun).
    Nothing,
    /// A walk to go on with: its query.
    Offer(String),
    /// A stored walk that cannot be shown: it is dropped, and the reader told so.
    Damaged,
}

/// What the intro offers for the walk stored on the device.
pub fn resume_of(flow: &Flow, stored: Option<&str>) -> Resume {
    match stored.filter(|query| !query.is_empty()) {
        None => Resume::Nothing,
        // The guide stores a query with its `?`; anything else was not written by it, and a link
        // made from it would lead off the guide (to the 404 page).
        Some(query) if !query.starts_with('?') => Resume::Damaged,
        Some(query) => {
            match steps::place_from_query(flow, query).and_then(|place| steps::screen(flow, &place).map(|_| ())) {
                Ok(()) => Resume::Offer(query.to_string()),
                Err(_) => Resume::Damaged,
            }
        }
    }
}
