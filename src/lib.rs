//! tsunagu (つなぐ): a static portal for 重層的支援体制整備事業.
//!
//! Layers: `content` (the content compiler, native only) → `publish` (native: the site's files,
//! every page prerendered with the same views the browser hydrates) and, shared by both sides,
//! `site` (the page↔script contract), `components` and `app` (Leptos views) → `browser` (WASM:
//! hydrates a page from the data it carries). The WASM holds no content, so it is the same for
//! every site. `cli` is the `tsunagu` command.

#![recursion_limit = "256"]

pub mod app;
pub mod components;
pub mod directory_filter;
pub mod preferences;
pub mod shell;
pub mod site;
pub mod taxonomy;

#[cfg(feature = "ssr")]
pub mod cli;
#[cfg(feature = "ssr")]
pub mod content;
#[cfg(feature = "ssr")]
pub mod i18n;
#[cfg(feature = "ssr")]
pub mod publish;

#[cfg(feature = "hydrate")]
pub mod browser;

pub use app::App;
/// The guide engine (its own crate, `crates/guide`, so the guide's small WASM shares it).
pub use tsunagu_guide as guide;
/// Search's pure core (its own crate, `crates/search`, so the search page's small WASM shares it).
pub use tsunagu_search as search;
/// The staff course's contract and record (its own crate, `crates/training`, so the course's small
/// WASM shares it).
pub use tsunagu_training as training;
