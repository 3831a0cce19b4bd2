//! A guide flow as data: questions with options, typed routing conditions, and outcomes that
//! name windows with the reason each fits. Text and lists are `Cow`s so the same types hold a
//! flow read from TOML at build time and a flow compiled into the app as static data.

use std::borrow::Cow;

/// Text owned at build time, borrowed from static data in the app.
pub type Text = Cow<'static, str>;
/// A list owned at build time, borrowed from static data in the app.
pub type List<T> = Cow<'static, [T]>;

/// One guide: a start question, the questions and the outcomes.
#[derive(Debug, Clone, PartialEq)]
pub struct Flow {
    /// Flow id, e.g. `resident` or `staff`.
    pub id: Text,
    /// The city it is for.
    pub city: Text,
    /// The first question.
    pub start: Text,
    /// Every question.
    pub questions: List<Question>,
    /// Every outcome.
    pub outcomes: List<Outcome>,
}

/// What kind of answer a question takes.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum QuestionKind {
    /// Exactly one option.
    Single,
    /// One or more options; an `exclusive` option (「あてはまるものはない」) stands alone.
    Multiple,
}

/// One question.
#[derive(Debug, Clone, PartialEq)]
pub struct Question {
    /// Id, used as the query key of its answer.
    pub id: Text,
    /// Single or multiple choice.
    pub kind: QuestionKind,
    /// The options, in display order.
    pub options: List<Choice>,
    /// Whether 「わからない」 is an allowed answer.
    pub allows_unknown: bool,
    /// An earlier multiple-choice question whose ticked options are the only ones this question
    /// shows (「いちばん困っていること」 among the troubles ticked). The walk and the checks read
    /// every option, so the routing holds whatever the reader ticked.
    pub among: Option<Text>,
    /// Where to go next: the first route whose condition holds.
    pub routes: List<Route>,
}

/// An option of a question.
#[derive(Debug, Clone, PartialEq)]
pub struct Choice {
    /// Id, the value in the query.
    pub id: Text,
    /// Whether it cannot be combined with other options (multiple choice only).
    pub exclusive: bool,
}

/// A step from a question to the next node.
#[derive(Debug, Clone, PartialEq)]
pub struct Route {
    /// When this route applies.
    pub when: Condition,
    /// The next question or outcome id.
    pub next: Text,
}

/// A typed condition on the answers so far.
#[derive(Debug, Clone, PartialEq)]
pub enum Condition {
    /// Always holds (the last, fall-back route).
    Always,
    /// The question was answered with any of these options.
    AnyOf { question: Text, options: List<Text> },
    /// The question was answered 「わからない」.
    Unknown { question: Text },
    /// At least this many options were chosen (multiple choice; e.g. two or more fields).
    AtLeast { question: Text, count: u8 },
    /// Every one of these conditions holds.
    All(List<Condition>),
}

/// Where a walk ends: the windows to contact and why.
#[derive(Debug, Clone, PartialEq)]
pub struct Outcome {
    /// Id.
    pub id: Text,
    /// Whether this is the urgent-danger outcome (emergency numbers first, nothing else asked).
    pub urgent: bool,
    /// The windows it names, in order; each shows only when its condition holds.
    pub windows: List<WindowPick>,
}

/// A window named by an outcome, with the reason it fits.
#[derive(Debug, Clone, PartialEq)]
pub struct WindowPick {
    /// Window id in the city's windows.toml.
    pub window: Text,
    /// Why this window fits, in one sentence.
    pub reason: Text,
    /// A first window to contact (else a secondary one).
    pub first: bool,
    /// When it applies (e.g. the resident's area).
    pub when: Condition,
}
