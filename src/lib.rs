//! tsunagu (つなぐ): a static portal for 重層的支援体制整備事業.
//!
//! Layers: `content` (build-time compiler, native only) → `site` (the compiled data) →
//! `components` and `app` (Leptos views shared by the prerenderer and the browser) →
//! `prerender` (native: writes one HTML file per route) and `browser` (WASM: hydrates).

#![recursion_limit = "256"]

pub mod app;
pub mod components;
pub mod directory_filter;
pub mod page_bodies;
pub mod preferences;
pub mod site;

#[cfg(feature = "ssr")]
pub mod content;
#[cfg(feature = "ssr")]
pub use content::{guide, taxonomy};
#[cfg(not(feature = "ssr"))]
#[path = "guide/mod.rs"]
pub mod guide;
#[cfg(feature = "ssr")]
pub mod prerender;
#[cfg(not(feature = "ssr"))]
#[path = "content/taxonomy.rs"]
pub mod taxonomy;

#[cfg(feature = "hydrate")]
pub mod browser;

pub use app::App;
