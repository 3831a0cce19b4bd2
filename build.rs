//! Build step: only tells cargo to rebuild the `tsunagu` command when the files it embeds
//! change (the app in public/app, whose names change with every WASM build; the styles; the
//! national content layer). Content is never compiled into the program's code.

fn main() {
    for folder in ["public", "style", "content"] {
        println!("cargo:rerun-if-changed={folder}");
    }
}
