//! The case exercises, `training/cases.toml`: a short story and the facts of the case as the
//! staff guide's answers (its query keys `fields`, `urgency`, `consent`). The answer shown is
//! what the staff guide's engine gives for those facts, worked out here at build time with its
//! reasons; a case the engine cannot route, or routes elsewhere than the case states, fails
//! the build. The engine, not a second answer key, decides what is right.

use serde::Deserialize;

use crate::content::error::ContentError;
use crate::content::guides::checked::CheckedFlow;
use crate::content::training::answer::meeting_words;
use crate::content::windows::CityWindows;
use crate::guide::{Answer, Answers, Position};

/// Where the cases sit in the content tree.
pub const CASES_FILE: &str = "training/cases.toml";

/// The cases file.
#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct CasesFile {
    /// The cases, in the order the list shows them.
    pub cases: Vec<Case>,
}

/// One case as written.
#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Case {
    /// Id: part of the case page's address.
    pub id: String,
    /// The city whose staff guide routes it.
    pub city: String,
    /// The case's title.
    pub title: String,
    /// The seed's theme it comes from (8050, ダブルケア, …).
    pub theme: String,
    /// The story (Markdown).
    pub story: String,
    /// The staff guide's `fields` answer.
    pub fields: Vec<String>,
    /// The staff guide's `urgency` answer.
    pub urgency: String,
    /// The staff guide's `consent` answer (`yes`, `no` or `unknown`), when the case states it.
    #[serde(default)]
    pub consent: Option<String>,
    /// The outcome the case is written to reach (`connect`, `jusou-kaigi`, …).
    pub expect: String,
    /// The windows the learner chooses among (ids in the city's windows.toml).
    pub window_choices: Vec<String>,
    /// Notes for a group discussion (trainer's use).
    #[serde(default)]
    pub discussion: String,
}

/// What the staff guide's engine gives for a case.
#[derive(Debug, Clone, PartialEq)]
pub struct Routed {
    /// The outcome reached.
    pub outcome: String,
    /// Whether the walk asked about consent.
    pub consent_asked: bool,
    /// The first windows: (window id, reason).
    pub first: Vec<(String, String)>,
    /// The other windows named: (window id, reason).
    pub secondary: Vec<(String, String)>,
    /// The questions asked, in order, with the answer given (ids).
    pub asked: Vec<(String, Vec<String>)>,
}

/// The guide's answers for a case's facts.
pub fn answers_of(case: &Case) -> Answers {
    let mut answers = Answers::new();
    answers.insert("fields".to_string(), Answer::Chose(case.fields.clone()));
    answers.insert("urgency".to_string(), Answer::Chose(vec![case.urgency.clone()]));
    if let Some(consent) = &case.consent {
        let answer = if consent == "unknown" { Answer::Unknown } else { Answer::Chose(vec![consent.clone()]) };
        answers.insert("consent".to_string(), answer);
    }
    answers
}

/// Walks the city's staff flow with the case's facts; the error says what to fix.
pub fn route(case: &Case, flow: &CheckedFlow) -> Result<Routed, (String, String)> {
    let answers = answers_of(case);
    let walk = flow.flow.walk(&answers).map_err(|error| {
        (
            format!("the staff guide of `{}` cannot take this case's facts: {error}", case.city),
            "Use the staff guide's option ids for fields, urgency and consent (see the city's guides/staff.toml)."
                .to_string(),
        )
    })?;
    let outcome = match walk.position {
        Position::Done(outcome) => outcome,
        Position::Asking(question) => {
            return Err((
                format!(
                    "the staff guide of `{}` stops at the question `{}`: the case's facts do not answer it",
                    case.city, question.id
                ),
                format!("Add `{} = …` to the case with one of the guide's options.", question.id),
            ))
        }
    };
    let (first, secondary) = flow.flow.picks(outcome, &answers);
    let pair = |pick: &&crate::guide::WindowPick| (pick.window.to_string(), pick.reason.to_string());
    let asked = walk
        .asked
        .iter()
        .map(|question| {
            let given = match answers.get(question.id.as_ref()) {
                Some(Answer::Chose(options)) => options.clone(),
                _ => vec!["unknown".to_string()],
            };
            (question.id.to_string(), given)
        })
        .collect();
    Ok(Routed {
        outcome: outcome.id.to_string(),
        consent_asked: walk.asked.iter().any(|question| question.id.as_ref() == "consent"),
        first: first.iter().map(pair).collect(),
        secondary: secondary.iter().map(pair).collect(),
        asked,
    })
}

/// Checks one case against its city's staff flow and windows: routed as it says, and a right
/// window among the learner's choices.
pub fn check_case(
    case: &Case,
    flow: Option<&CheckedFlow>,
    windows: Option<&CityWindows>,
) -> Result<Routed, (String, String)> {
    if !crate::training::progress::is_id(&case.id) {
        return Err((
            format!("the case id `{}` cannot be part of an address", case.id),
            "Use lower-case ASCII letters, digits and `-`, e.g. `komae-8050`.".to_string(),
        ));
    }
    let (Some(flow), Some(windows)) = (flow, windows) else {
        return Err((
            format!("the city `{}` has no staff guide or no windows", case.city),
            "Name a city of site.toml whose guides/ has a staff.toml.".to_string(),
        ));
    };
    if meeting_words(&case.expect).is_none() {
        return Err((
            format!("`expect = \"{}\"` is not an outcome of the staff guides", case.expect),
            "Use urgent-response, connect, jusou-kaigi or shien-kaigi.".to_string(),
        ));
    }
    let routed = route(case, flow)?;
    if routed.outcome != case.expect {
        return Err((
            format!("the staff guide routes this case to `{}`, not to `{}` as the case states", routed.outcome, case.expect),
            "Correct the case's facts or its `expect` so they agree with the guide; if the guide is wrong, fix the city's guides/staff.toml.".to_string(),
        ));
    }
    if let Some(unknown) =
        case.window_choices.iter().find(|choice| !windows.windows.iter().any(|window| &window.id == *choice))
    {
        return Err((
            format!("the window choice `{unknown}` is not in the city's windows.toml"),
            "Use window ids from the city's windows.toml.".to_string(),
        ));
    }
    if !routed.first.iter().any(|(window, _)| case.window_choices.contains(window)) {
        let first: Vec<&str> = routed.first.iter().map(|(window, _)| window.as_str()).collect();
        return Err((
            "none of the case's window choices is a first window the guide names".to_string(),
            format!("Add one of {} to window_choices.", first.join(", ")),
        ));
    }
    Ok(routed)
}

/// Reads the cases file: parse errors as content errors.
pub fn read_cases(file: &str, text: &str) -> Result<CasesFile, ContentError> {
    ContentError::parse_toml(
        file,
        text,
        "the cases file",
        "Each [[cases]] needs id, city, title, theme, story, fields, urgency, expect and window_choices.",
    )
}
