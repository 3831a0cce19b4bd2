//! The guide page kind's WASM (no Leptos): the start script loads it, instead of the app, on a
//! page whose body has a guide (`[data-page-module="guide"]`).

fn main() {
    tsunagu_page_modules::guide::start();
}
