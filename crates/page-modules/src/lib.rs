//! Browser code that works on the prerendered DOM without Leptos: the DOM helpers (`dom`) and
//! the device storage (`storage`) that the Leptos app shares, and page modules, each the whole
//! browser side of one page kind, built into a small WASM of its own (`src/bin/`) that its pages
//! load instead of the app: the guide (`guide`), the search page (`search`) and the staff
//! course (`training`). Their words come from the page (`words`).

pub mod dom;
pub mod guide;
pub mod search;
pub mod storage;
pub mod training;
pub mod words;
