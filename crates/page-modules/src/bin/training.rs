//! The staff course's WASM (no Leptos): the start script loads it, instead of the app, on a
//! training page with a self-check, a case, a module's "done" form or the record
//! (`[data-page-module="training"]`).

fn main() {
    tsunagu_page_modules::training::start();
}
