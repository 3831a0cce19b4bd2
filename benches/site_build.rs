//! Benchmark: a whole `tsunagu build` of the bundled content, in memory and onto disk
//! (compile, render every page, write every file; the app is the bundled one). Prints figures;
//! it does not pass or fail. `cargo bench --bench site_build`

use std::path::PathBuf;
use std::time::Instant;

use tsunagu::cli::{build_site, BuildInput};

fn median(mut times: Vec<f64>) -> (f64, f64, f64) {
    times.sort_by(f64::total_cmp);
    (times[times.len() / 2], times[0], times[times.len() - 1])
}

fn main() {
    let content = std::env::args().nth(1).filter(|arg| !arg.starts_with('-')).unwrap_or_else(|| "content".to_string());
    let input = BuildInput { content: PathBuf::from(&content), style: None, app: None, base: "/".to_string() };
    let (site, files) = match build_site(&input) {
        Ok(built) => built,
        Err(problem) => {
            eprintln!("{problem}");
            std::process::exit(1);
        }
    };
    let bytes: usize = files.files.values().map(Vec::len).sum();
    let runs = 20;
    let mut in_memory = Vec::with_capacity(runs);
    let mut to_disk = Vec::with_capacity(runs);
    let out = std::env::temp_dir().join(format!("tsunagu-bench-{}", std::process::id()));
    for _ in 0..runs {
        let start = Instant::now();
        let built = build_site(&input).map(|(_, files)| files);
        in_memory.push(start.elapsed().as_secs_f64() * 1000.0);
        let start = Instant::now();
        let Ok(files) = built else { std::process::exit(1) };
        let written = tsunagu::publish::write_site(&files, &out);
        to_disk.push(start.elapsed().as_secs_f64() * 1000.0 + in_memory[in_memory.len() - 1]);
        assert!(written.is_ok(), "{written:?}");
    }
    let _ = std::fs::remove_dir_all(&out);
    let (memory_median, memory_min, memory_max) = median(in_memory);
    let (disk_median, disk_min, disk_max) = median(to_disk);
    println!(
        "site_build {content}: {} pages, {} files, {:.1} MB; {runs} runs: in memory median {memory_median:.1} ms (min {memory_min:.1}, max {memory_max:.1}); written to disk median {disk_median:.1} ms (min {disk_min:.1}, max {disk_max:.1})",
        site.pages.len(),
        files.files.len(),
        bytes as f64 / 1_000_000.0
    );
}
