//! Benchmark: how long the build's guide path checks take on generated flows (a chain of
//! four-option questions, a wide multiple-choice question, a chain whose outcome reads every
//! answer) and on the bundled flows as if 500 cities had them. Prints figures; it does not pass
//! or fail. `cargo bench --bench guide_paths`; `… -- chain 11` checks one flow once and
//! `… -- cities` only the 500 cities (for `/usr/bin/time -v` on the bench binary: time and peak
//! memory of that alone).

#[path = "../tests/support/synthetic_flows.rs"]
mod synthetic_flows;

use std::path::Path;
use std::time::Instant;

use tsunagu::content::guides::flows::parse_flow;
use tsunagu::content::windows::{parse_windows, CityWindows};

fn generated(kind: &str, size: usize) -> String {
    match kind {
        "chain" => synthetic_flows::chain_flow(size),
        "wide" => synthetic_flows::wide_flow(size),
        "every-answer" => synthetic_flows::every_answer_read_flow(size),
        other => panic!("no generated flow `{other}`: chain, wide or every-answer"),
    }
}

/// Checks one generated flow and prints what came of it and how long it took.
fn check_generated(kind: &str, size: usize) {
    let windows = parse_windows("windows.toml", "testcity", synthetic_flows::WINDOWS_TOML).expect("windows");
    let toml = generated(kind, size);
    let start = Instant::now();
    let checked = parse_flow("resident.toml", "resident", &windows, &toml);
    let ms = start.elapsed().as_secs_f64() * 1000.0;
    match checked {
        Ok(flow) => {
            println!("{kind} {size}: {} paths, {} windows reached: {ms:.1} ms", flow.paths, flow.reached_windows.len())
        }
        Err(errors) => println!("{kind} {size}: {}: {ms:.1} ms", errors[0].message),
    }
}

/// Every bundled flow with its city's windows.
fn bundled_flows() -> Vec<(String, String, CityWindows, String)> {
    let mut flows = Vec::new();
    let mut cities: Vec<_> = std::fs::read_dir("content/cities").expect("content/cities").flatten().collect();
    cities.sort_by_key(|entry| entry.path());
    for city in cities {
        let windows_file = city.path().join("windows.toml");
        let Ok(text) = std::fs::read_to_string(&windows_file) else { continue };
        let city_id = city.file_name().to_string_lossy().to_string();
        let windows = parse_windows(&windows_file.to_string_lossy(), &city_id, &text).expect("bundled windows");
        for flow_id in ["resident", "staff"] {
            let file = city.path().join("guides").join(format!("{flow_id}.toml"));
            if let Ok(toml) = std::fs::read_to_string(&file) {
                flows.push((file.to_string_lossy().to_string(), flow_id.to_string(), windows.clone(), toml));
            }
        }
    }
    flows
}

/// The guide share of a 500-city build: each bundled flow checked over and over, 1,000 flows.
fn five_hundred_cities() {
    let flows = bundled_flows();
    let start = Instant::now();
    let mut paths = 0u128;
    for at in 0..1000 {
        let (file, flow_id, windows, toml) = &flows[at % flows.len()];
        paths += parse_flow(file, flow_id, windows, toml).expect("bundled flows check").paths as u128;
    }
    println!(
        "1,000 flows (the {} bundled ones over and over, as 500 cities): {:.0} ms, {paths} paths",
        flows.len(),
        start.elapsed().as_secs_f64() * 1000.0
    );
}

fn main() {
    let args: Vec<String> = std::env::args().skip(1).filter(|arg| !arg.starts_with("--")).collect();
    match args.as_slice() {
        [kind, size] => return check_generated(kind, size.parse().expect("a size")),
        [cities] if cities == "cities" => return five_hundred_cities(),
        _ => {}
    }
    for size in [9, 10, 11, 12, 16, 20, 30, 40] {
        check_generated("chain", size);
    }
    for size in [10, 14] {
        check_generated("wide", size);
    }
    for size in [12, 16, 24] {
        check_generated("every-answer", size);
    }
    if Path::new("content/cities").is_dir() {
        five_hundred_cities();
    }
}
