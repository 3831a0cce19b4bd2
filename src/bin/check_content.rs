//! `cargo run --bin check-content [folder]`: checks a content folder and lists every problem,
//! without building the site (the build runs the same checks).

use std::path::PathBuf;
use std::process::ExitCode;

fn main() -> ExitCode {
    let dir = PathBuf::from(std::env::args().nth(1).unwrap_or_else(|| "content".to_string()));
    match tsunagu::content::compile_site(&dir, "/") {
        Ok(site) => {
            println!(
                "{}: {} pages, {} cities: no problems found",
                dir.display(),
                site.pages.len(),
                site.config.cities.len()
            );
            ExitCode::SUCCESS
        }
        Err(errors) => {
            eprintln!("{errors}");
            ExitCode::FAILURE
        }
    }
}
