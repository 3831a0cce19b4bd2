//! Benchmark: how long compiling the bundled content takes (read, parse, render, check).
//! Prints figures; it does not pass or fail. `cargo bench --bench content_compile`

use std::path::Path;
use std::time::Instant;

fn main() {
    let dir = Path::new("content");
    let site = match tsunagu::content::compile_site(dir, "/") {
        Ok(site) => site,
        Err(errors) => {
            eprintln!("{errors}");
            std::process::exit(1);
        }
    };
    let bytes: usize = site.pages.iter().map(|page| page.html.len()).sum();
    let runs = 50;
    let mut times = Vec::with_capacity(runs);
    for _ in 0..runs {
        let start = Instant::now();
        let compiled = tsunagu::content::compile_site(dir, "/").map(|site| site.pages.len());
        times.push(start.elapsed().as_secs_f64() * 1000.0);
        assert!(compiled.is_ok());
    }
    times.sort_by(f64::total_cmp);
    println!(
        "content_compile: {} pages, {} KB of HTML; {} runs: median {:.2} ms, min {:.2} ms, max {:.2} ms",
        site.pages.len(),
        bytes / 1024,
        runs,
        times[runs / 2],
        times[0],
        times[runs - 1]
    );
    windows_in_play(&site);
}

/// The guide's live count tries the completions of the answers so far until every window is
/// found (at most `LIVE_COUNT_LIMIT` answers); the browser does it on each step and each ticked
/// box. Figures (native) for the largest flow, from the first question, where there is most
/// left to walk.
fn windows_in_play(site: &tsunagu::content::CompiledSite) {
    let Some(largest) = site.flows.iter().max_by_key(|checked| checked.paths) else { return };
    let flow = &largest.flow;
    let runs = 50;
    let mut times = Vec::with_capacity(runs);
    let mut count = 0;
    for _ in 0..runs {
        let start = Instant::now();
        count = flow.windows_in_play(&tsunagu::guide::Answers::new()).map(|windows| windows.len()).unwrap_or(0);
        times.push(start.elapsed().as_secs_f64() * 1000.0);
    }
    times.sort_by(f64::total_cmp);
    println!(
        "guide live count: {}/{} ({} paths, {} windows) from the start; {} runs: median {:.2} ms, max {:.2} ms",
        flow.city,
        flow.id,
        largest.paths,
        count,
        runs,
        times[runs / 2],
        times[runs - 1]
    );
}
