//! WASM entry point: hydrates the prerendered page from the data it carries. A page without
//! readable data stays plain HTML.

use leptos::prelude::*;

fn main() {
    console_error_panic_hook::set_once();
    let Some((site, first)) = tsunagu::browser::pages::served_page() else { return };
    leptos::mount::hydrate_body(move || view! { <tsunagu::App site first/> });
    tsunagu::browser::hydrated();
}
