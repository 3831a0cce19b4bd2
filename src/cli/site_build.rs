//! One build: content folder → checked, compiled site → every file, in memory. Shared by
//! `build` (which writes the files) and `serve` (which keeps them in memory).

use std::path::{Path, PathBuf};
use std::process::ExitCode;
use std::time::Instant;

use crate::content::{compile_site, normalize_base_path, CompiledSite};
use crate::publish::assets::SiteAssets;
use crate::publish::{publish, write_site, SiteFiles};

/// What a build reads.
#[derive(Debug, Clone)]
pub struct BuildInput {
    /// The content folder.
    pub content: PathBuf,
    /// A stylesheet folder, or the bundled styles.
    pub style: Option<PathBuf>,
    /// A Trunk output folder with the app, or the bundled app.
    pub app: Option<PathBuf>,
    /// The base path, as given.
    pub base: String,
}

/// Why a build made no site.
#[derive(Debug)]
pub enum BuildProblem {
    /// The content has mistakes: every one, as `file:line: error: … help: …` lines.
    Content(String),
    /// Something else (an unreadable style or app folder, a bad base path).
    Other(String),
}

impl std::fmt::Display for BuildProblem {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            BuildProblem::Content(text) | BuildProblem::Other(text) => f.write_str(text),
        }
    }
}

/// Compiles the content and makes every file of the site.
pub fn build_site(input: &BuildInput) -> Result<(CompiledSite, SiteFiles), BuildProblem> {
    let base =
        normalize_base_path(&input.base).map_err(|message| BuildProblem::Other(format!("error: --base: {message}")))?;
    let assets = match &input.app {
        Some(app) => SiteAssets::from_app_dir(app, input.style.as_deref()),
        None => SiteAssets::bundled(input.style.as_deref()),
    }
    .map_err(|message| BuildProblem::Other(format!("error: {message}")))?;
    let site = compile_site(&input.content, &base).map_err(|errors| BuildProblem::Content(errors.to_string()))?;
    let files = publish(&site, &assets).map_err(|message| BuildProblem::Other(format!("error: {message}")))?;
    Ok((site, files))
}

/// `tsunagu build`.
pub fn run_build(input: BuildInput, out: &Path) -> ExitCode {
    let started = Instant::now();
    match build_site(&input) {
        Ok((site, files)) => match write_site(&files, out) {
            Ok(()) => {
                println!(
                    "built {} pages ({} files) from {} into {} under {} in {} ms",
                    files.pages,
                    files.files.len(),
                    input.content.display(),
                    out.display(),
                    site.base,
                    started.elapsed().as_millis()
                );
                ExitCode::SUCCESS
            }
            Err(message) => {
                eprintln!("error: {message}");
                ExitCode::FAILURE
            }
        },
        Err(problem) => {
            eprintln!("{problem}");
            ExitCode::FAILURE
        }
    }
}

/// `tsunagu check`: every problem, or a summary with each guide's coverage.
pub fn run_check(content: &Path) -> ExitCode {
    match compile_site(content, "/") {
        Ok(site) => {
            println!(
                "{}: {} pages, {} cities: no problems found",
                content.display(),
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
