//! One build: content folder → checked, compiled site → every file, in memory. Shared by
//! `build` (which writes the files) and `serve` (which keeps them in memory).

use std::path::{Path, PathBuf};
use std::process::ExitCode;
use std::time::Instant;

use crate::content::accessibility::run::{read_run, RecordedRun, MAX_RUN_BYTES};
use crate::content::furigana::Analyser;
use crate::content::plan::dates::today_in_japan;
use crate::content::{
    compile_tree, compile_tree_with_readings, normalize_base_path, CompiledSite, ContentErrors, ContentTree,
};
use crate::publish::assets::SiteAssets;
use crate::publish::national::national_layer;
use crate::publish::precompress::add_precompressed;
use crate::publish::{publish, write_site, SiteFiles};

/// A city's content folder laid over the national layer this tsunagu ships: a file of the
/// folder replaces the national file at the same path. A folder whose site.toml says
/// `national_layer = false` is a whole site on its own.
pub fn layered_content(content: &Path) -> Result<ContentTree, ContentErrors> {
    let own = ContentTree::read_dir(content)?;
    let wants_national = own
        .text("site.toml")
        .and_then(Result::ok)
        .and_then(|text| toml::from_str::<toml::Table>(text).ok())
        .and_then(|table| table.get("national_layer").and_then(toml::Value::as_bool))
        .unwrap_or(true);
    Ok(if wants_national { national_layer().overlay(&own) } else { own })
}

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

/// Compiles the content and makes every file of the site (no test run to report).
pub fn build_site(input: &BuildInput) -> Result<(CompiledSite, SiteFiles), BuildProblem> {
    build_site_with_run(input, &RecordedRun::NotRecorded)
}

/// Reads a test run file (`--test-results`): a missing, oversized, unreadable or bad file is a
/// clear error; a file with no records is the plain "not recorded" state.
pub fn read_test_results(path: &Path) -> Result<RecordedRun, BuildProblem> {
    let shown = path.display();
    let help = "help: run the tests (scripts/test.sh) to write it, or build without --test-results";
    let size = std::fs::metadata(path)
        .map_err(|error| BuildProblem::Other(format!("error: cannot read the test results {shown}: {error}\n{help}")))?
        .len();
    if size > MAX_RUN_BYTES {
        return Err(BuildProblem::Other(format!(
            "error: the test results {shown} are {size} bytes, more than the {MAX_RUN_BYTES} a run can have\n{help}"
        )));
    }
    let bytes = std::fs::read(path).map_err(|error| {
        BuildProblem::Other(format!("error: cannot read the test results {shown}: {error}\n{help}"))
    })?;
    let text = String::from_utf8(bytes)
        .map_err(|_| BuildProblem::Other(format!("error: the test results {shown} are not UTF-8 text\n{help}")))?;
    read_run(&shown.to_string(), &text).map_err(|error| BuildProblem::Content(error.to_string()))
}

/// [`build_site`] reporting the test run `run` on the accessibility results page.
pub fn build_site_with_run(input: &BuildInput, run: &RecordedRun) -> Result<(CompiledSite, SiteFiles), BuildProblem> {
    let base =
        normalize_base_path(&input.base).map_err(|message| BuildProblem::Other(format!("error: --base: {message}")))?;
    let assets = match &input.app {
        Some(app) => SiteAssets::from_app_dir(app, input.style.as_deref()),
        None => SiteAssets::bundled(input.style.as_deref()),
    }
    .map_err(|message| BuildProblem::Other(format!("error: {message}")))?;
    let site = layered_content(&input.content)
        .and_then(|tree| {
            let analyser = crate::publish::dictionary::analyser().ok();
            compile_tree_with_readings(&tree, &base, today_in_japan(), run, analyser.map(|a| a as &dyn Analyser))
        })
        .map_err(|errors| BuildProblem::Content(errors.to_string()))?;
    let files = publish(&site, &assets).map_err(|message| BuildProblem::Other(format!("error: {message}")))?;
    Ok((site, files))
}

/// `tsunagu build`, with the test run in `test_results` if given, and with `.br`/`.gz` copies
/// of the text files if `precompress`.
pub fn run_build(input: BuildInput, out: &Path, test_results: Option<&Path>, precompress: bool) -> ExitCode {
    let started = Instant::now();
    let run = match test_results.map(read_test_results).transpose() {
        Ok(run) => run.unwrap_or_default(),
        Err(problem) => {
            eprintln!("{problem}");
            return ExitCode::FAILURE;
        }
    };
    match build_site_with_run(&input, &run) {
        Ok((site, mut files)) => {
            let compressing = Instant::now();
            if precompress {
                add_precompressed(&mut files);
            }
            let compressed = if precompress {
                format!(", {} ms of it compressing", compressing.elapsed().as_millis())
            } else {
                String::new()
            };
            match write_site(&files, out) {
                Ok(()) => {
                    print_furigana_warnings(&files);
                    println!(
                        "built {} pages ({} files) from {} into {} under {} in {} ms{compressed}",
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
            }
        }
        Err(problem) => {
            eprintln!("{problem}");
            ExitCode::FAILURE
        }
    }
}

/// The ふりがな's warnings: no dictionary, or the words it could not read (not failures: the
/// page shows those words without a reading; a name can be added to `readings.toml`).
pub fn print_furigana_warnings(files: &SiteFiles) {
    if let Some(reason) = &files.no_furigana {
        eprintln!("warning: no ふりがな: {reason}");
    } else if !files.unread.is_empty() {
        let words: Vec<&str> = files.unread.iter().map(String::as_str).collect();
        eprintln!(
            "warning: ふりがな: {} words with kanji have no reading: {}\nhelp: add the names among them to content/readings.toml, e.g. \"土肥\" = \"とい\"",
            words.len(),
            words.join("、")
        );
    }
}

/// `tsunagu check`: every problem, or a summary with each guide's coverage.
pub fn run_check(content: &Path) -> ExitCode {
    match layered_content(content).and_then(|tree| compile_tree(&tree, "/")) {
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
                    "guide {}/{}: {}, reaches {} of {} windows ({:.0}%), {} not offered with a reason",
                    flow.flow.city,
                    flow.flow.id,
                    // The count saturates: past u64::MAX it is only known to be more.
                    if flow.paths == u64::MAX {
                        "more than 18 quintillion paths".to_string()
                    } else {
                        format!("{} paths", flow.paths)
                    },
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

/// `tsunagu new-city`: writes a minimal city that passes every check, then checks the site.
pub fn run_new_city(content: &Path, id: &str, name: &str, prefecture: &str) -> ExitCode {
    let scaffold = match crate::content::scaffold_city(id, name, prefecture) {
        Ok(scaffold) => scaffold,
        Err(message) => {
            eprintln!("error: {message}");
            return ExitCode::FAILURE;
        }
    };
    let site_toml = content.join("site.toml");
    if !site_toml.exists() {
        let starter = starter_site_toml(name);
        if let Err(error) = std::fs::create_dir_all(content).and_then(|()| std::fs::write(&site_toml, starter)) {
            eprintln!("error: cannot start {}: {error}", site_toml.display());
            return ExitCode::FAILURE;
        }
        println!("wrote {} (a new site: edit its title and notice)", site_toml.display());
    }
    let written = match scaffold.write_to(content) {
        Ok(written) => written,
        Err(message) => {
            eprintln!("error: {message}");
            return ExitCode::FAILURE;
        }
    };
    for path in &written {
        println!("wrote {}", path.display());
    }
    match layered_content(content).and_then(|tree| compile_tree(&tree, "/")) {
        Ok(_) => {
            println!(
                "{name} ({id}) is ready and passes every check. Next: edit {}/cities/{id}/index.md and windows.toml, then preview with `tsunagu serve --content {}`.",
                content.display(),
                content.display()
            );
            ExitCode::SUCCESS
        }
        Err(errors) => {
            eprintln!("{errors}\nthe new city was written, but the site has problems (listed above)");
            ExitCode::FAILURE
        }
    }
}

/// The site.toml of a new site whose first city is `name`: the national pages in the navigation.
fn starter_site_toml(name: &str) -> String {
    let title = format!("{name} 重層的支援体制整備事業").replace('"', "");
    format!(
        "# The site's settings (format 1: see tsunagu's CHANGELOG). Page ids in `nav` are file paths\n\
         # under the content folder without `.md`; national pages come with tsunagu.\n\
         format = 1\n\
         title = \"{title}\"\n\
         tagline = \"計画と相談窓口のご案内\"\n\
         notice = \"\"\n\
         nav = [\"guides\", \"windows\", \"overview\", \"programmes\", \"meetings\", \"cities\", \"glossary\"]\n\n"
    )
}
