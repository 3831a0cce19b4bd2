//! Japanese search, the pure core shared by the native index writer and the WASM: one
//! normalisation for index and query (`normalize`, with a fold map the native side makes from
//! the Unicode crate), character n-grams (`tokens`), synonym and variant groups (`synonyms`),
//! the index files' shapes (`format`), the tokens and shards a query looks up (`plan`),
//! ranking and snippets (`rank`) and the search page's address (`query`), and the search page's
//! root as the page writer and the browser both name it (`markup`). No Leptos, no browser:
//! plain `cargo test` covers it. Its own crate, so the search page's small WASM
//! (`crates/page-modules`) shares it with the native index writer.

pub mod format;
pub mod markup;
pub mod normalize;
pub mod plan;
pub mod query;
pub mod rank;
pub mod synonyms;
pub mod tokens;

pub use normalize::{FoldMap, Normalized};
