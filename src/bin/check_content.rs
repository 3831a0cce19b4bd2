//! `cargo run --bin check-content [folder]`: checks a content folder and lists every problem,
//! without building the site (the build runs the same checks), then prints each city's guide
//! coverage: how many paths each flow has and how many of the city's windows they reach.

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
            for flow in &site.flows {
                let total = site.windows.iter().find(|w| w.city == flow.flow.city).map_or(0, |w| w.windows.len());
                println!(
                    "guide {}/{}: {} paths, reaches {} of {} windows ({:.0}%), {} not offered with a reason",
                    flow.flow.city,
                    flow.flow.id,
                    flow.paths,
                    flow.reached_windows.len(),
                    total,
                    flow.coverage_percent(total),
                    flow.unreached_windows.len()
                );
            }
            ExitCode::SUCCESS
        }
        Err(errors) => {
            eprintln!("{errors}");
            ExitCode::FAILURE
        }
    }
}
