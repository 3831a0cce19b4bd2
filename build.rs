//! Build step: compiles `content/` (or `$TSUNAGU_CONTENT_DIR`) into Rust data for the app.
//! Bad content stops the build here, with file, line and how to fix it.

#[allow(dead_code, unused_imports)]
#[path = "src/content/mod.rs"]
mod content;

use std::path::PathBuf;
use std::process::ExitCode;

fn main() -> ExitCode {
    let content_dir = PathBuf::from(std::env::var("TSUNAGU_CONTENT_DIR").unwrap_or_else(|_| "content".to_string()));
    println!("cargo:rerun-if-changed={}", content_dir.display());
    println!("cargo:rerun-if-changed=src/content");
    println!("cargo:rerun-if-env-changed=TSUNAGU_CONTENT_DIR");
    println!("cargo:rerun-if-env-changed=TSUNAGU_BASE_PATH");

    let base = match content::normalize_base_path(&std::env::var("TSUNAGU_BASE_PATH").unwrap_or_default()) {
        Ok(base) => base,
        Err(message) => {
            eprintln!("error: TSUNAGU_BASE_PATH: {message}");
            return ExitCode::FAILURE;
        }
    };
    let site = match content::compile_site(&content_dir, &base) {
        Ok(site) => site,
        Err(errors) => {
            eprintln!("{errors}");
            for error in &errors.0 {
                println!("cargo:warning={}", error.to_string().replace("\n  help: ", " — help: "));
            }
            return ExitCode::FAILURE;
        }
    };
    let out_dir = PathBuf::from(std::env::var("OUT_DIR").expect("cargo sets OUT_DIR"));
    let written = std::fs::write(out_dir.join("site_data.rs"), content::codegen::site_data_source(&site))
        .and_then(|()| std::fs::write(out_dir.join("page_bodies.rs"), content::codegen::page_bodies_source(&site)))
        .and_then(|()| {
            content::codegen::open_data_files(&site).iter().try_for_each(|(path, contents)| {
                let name = path.rsplit('/').next().unwrap_or(path);
                std::fs::write(out_dir.join(name), contents)
            })
        });
    if let Err(error) = written {
        eprintln!("error: could not write the compiled content to {}: {error}", out_dir.display());
        return ExitCode::FAILURE;
    }
    ExitCode::SUCCESS
}
