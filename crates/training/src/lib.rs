//! The staff course's pure core, shared by the page writer (`tsunagu::content::training`) and the
//! course's own small WASM (`tsunagu_page_modules::training`): the ids and attributes of the
//! page↔script contract (`markup`) and the learner's record as kept on the device (`progress`).
//! No Leptos and no browser here; the main crate re-exports it as `tsunagu::training`.

pub mod markup;
pub mod progress;
