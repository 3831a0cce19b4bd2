//! The search page's WASM (no Leptos): the start script loads it, instead of the app, on the
//! search page (`[data-page-module="search"]`).

fn main() {
    tsunagu_page_modules::search::start();
}
