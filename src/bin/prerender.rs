//! Trunk post-build hook: prerenders every route into `$TRUNK_STAGING_DIR` (or the folder given).

use std::path::PathBuf;
use std::process::ExitCode;

fn main() -> ExitCode {
    let Some(dir) = std::env::args().nth(1).or_else(|| std::env::var("TRUNK_STAGING_DIR").ok()) else {
        eprintln!("error: give the folder to prerender into, or run me as Trunk's post_build hook (TRUNK_STAGING_DIR)");
        return ExitCode::FAILURE;
    };
    match tsunagu::prerender::prerender_into(&PathBuf::from(&dir)) {
        Ok(report) => {
            println!("prerendered {} pages and {} body fragments into {dir}", report.pages, report.fragments);
            ExitCode::SUCCESS
        }
        Err(message) => {
            eprintln!("error: prerender failed: {message}");
            ExitCode::FAILURE
        }
    }
}
