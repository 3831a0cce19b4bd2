//! The interactive guide's pure core: flows as data (`model`), answers keyed by question id
//! (`answers`), the engine that walks them (`engine`), bounded walks over every kind of answer
//! (`explore`), answers in the URL (`query`), the walk as screens (`steps`), one screen as the plan
//! the browser paints (`plan`), the page↔script contract (`markup`) and the flow's structure as
//! compact text for the browser (`wire`). No Leptos and no browser here, so plain
//! `cargo test` covers it; the build checks every flow with it before anyone can walk one.

pub mod answers;
pub mod engine;
pub mod explore;
pub mod markup;
pub mod model;
pub mod plan;
pub mod query;
pub mod steps;
pub mod wire;

pub use engine::{Answer, Answers, Position, Walk, WalkError};
pub use model::{Choice, Condition, Flow, Outcome, Question, QuestionKind, Route, WindowPick};
