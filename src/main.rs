//! WASM entry point: hydrates the prerendered page.

fn main() {
    tsunagu::browser::start();
}
