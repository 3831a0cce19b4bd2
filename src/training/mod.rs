//! The staff course's pure core, shared by the page writer (`content::training`) and the browser
//! (`browser::training`): the ids and attributes of the page↔script contract (`markup`) and the
//! learner's record as kept on the device (`progress`). No Leptos and no browser here.

pub mod markup;
pub mod progress;
