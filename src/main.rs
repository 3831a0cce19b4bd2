//! WASM entry point: hydrates the prerendered page from the data it carries. A page without
//! readable data stays plain HTML.

fn main() {
    console_error_panic_hook::set_once();
    let Some((site, first)) = tsunagu::browser::pages::served_page() else { return };
    tsunagu::app::hydrate(site, first);
    tsunagu::browser::hydrated();
}
