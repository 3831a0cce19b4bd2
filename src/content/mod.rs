//! The content compiler (native): checks every page of a content tree, renders its Markdown and
//! checks its links. Pipeline: files → `ContentTree` (`source`, read up front; layers stack
//! here) → site.toml → pages (front matter → Markdown) → the cities' data (`city_data`) →
//! generated pages and lists (`generated_pages`, `city_lists`) → ids and parents → links →
//! `CompiledSite`, which `publish` turns into the site's files. It reads only from the tree,
//! never from the disk, and never runs in the browser.

pub mod accessibility;
pub mod checks;
pub mod city_data;
pub mod city_lists;
pub mod compiled;
pub mod editions;
pub mod emergency;
pub mod error;
pub mod front_matter;
pub mod furigana;
pub mod generated_pages;
pub mod glossary;
pub mod guides;
pub mod html;
pub mod indicators;
pub mod link_targets;
pub mod load_status;
pub mod markdown;
pub mod new_city;
pub mod offline;
pub mod outline;
pub mod page;
pub mod plan;
pub mod search;
pub mod site_config;
pub mod slug;
pub mod source;
pub mod toc;
pub mod training;
pub mod windows;

use std::collections::{BTreeMap, HashMap};
use std::path::Path;

pub use compiled::CompiledSite;
pub use error::{ContentError, ContentErrors};
pub use front_matter::{FrontMatter, GeneratedPart};
pub use indicators::Indicators;
pub use new_city::{scaffold_city, Scaffold};
pub use outline::{Heading, InternalLink, SectionText};
pub use page::{CompiledPage, PageKind};
pub use site_config::{City, SiteConfig, CONTENT_FORMAT, NATIONAL_SCOPE};
pub use source::{ContentFile, ContentTree};
pub use windows::{CityWindows, Window};

use crate::site::Edition;
use plan::dates::Day;
use site_config::is_ascii_id;

/// Checks a base path from the environment and gives it a leading and trailing `/`.
pub fn normalize_base_path(raw: &str) -> Result<String, String> {
    let trimmed = raw.trim().trim_matches('/');
    if trimmed.is_empty() {
        return Ok("/".to_string());
    }
    let fine = trimmed.split('/').all(|segment| {
        !segment.is_empty()
            && segment != "."
            && segment != ".."
            && segment.chars().all(|c| c.is_ascii_alphanumeric() || "-_.~".contains(c))
    });
    if fine {
        Ok(format!("/{trimmed}/"))
    } else {
        Err(format!(
            "the base path `{raw}` is not usable: write it as a folder path such as `/fukushi/jusou/` (ASCII letters, digits, -, _, . and ~)"
        ))
    }
}

/// Reads every file under `content_dir`, then checks and renders the site (see [`compile_tree`]).
pub fn compile_site(content_dir: &Path, base: &str) -> Result<CompiledSite, ContentErrors> {
    compile_tree(&ContentTree::read_dir(content_dir)?, base)
}

/// Checks and renders every page of a content tree (a folder as read, or layers stacked with
/// [`ContentTree::overlay`]) as of today in Japan. All problems are returned together.
pub fn compile_tree(tree: &ContentTree, base: &str) -> Result<CompiledSite, ContentErrors> {
    compile_tree_on(tree, base, plan::dates::today_in_japan())
}

/// [`compile_tree`] as of the day `today`: the date plan periods and revisions are checked
/// against (a revision may not be after it; a period over by then is marked as ended).
pub fn compile_tree_on(tree: &ContentTree, base: &str, today: Day) -> Result<CompiledSite, ContentErrors> {
    compile_tree_with_run(tree, base, today, &accessibility::RecordedRun::NotRecorded)
}

/// [`compile_tree_on`] with a test run to report on the accessibility results page (see
/// `accessibility`; [`accessibility::RecordedRun::NotRecorded`] says plainly that there is none).
pub fn compile_tree_with_run(
    tree: &ContentTree,
    base: &str,
    today: Day,
    run: &accessibility::RecordedRun,
) -> Result<CompiledSite, ContentErrors> {
    compile_tree_with_readings(tree, base, today, run, None)
}

/// [`compile_tree_with_run`] with a morphological analyser (the native side's dictionary,
/// `publish::dictionary`), whose readings of kanji words go into the search index so that a
/// query in kana finds them; without one, words are indexed as written only.
pub fn compile_tree_with_readings(
    tree: &ContentTree,
    base: &str,
    today: Day,
    run: &accessibility::RecordedRun,
    analyser: Option<&dyn furigana::Analyser>,
) -> Result<CompiledSite, ContentErrors> {
    let mut errors = Vec::new();
    let config_file = tree.display_of("site.toml");
    let (config, config_text) = read_site_config(tree, &config_file)?;
    let mut sections = BTreeMap::new();
    let (mut pages, mut first_file_of_id) = compile_pages(tree, &config, base, today, &mut sections, &mut errors);
    let synonyms = search::synonyms_file::read_synonyms(tree, &mut errors);
    let readings = furigana::readings::read_readings(tree, &mut errors);
    let city_data::CityData { windows: city_windows, indicators, unsure_folders } =
        city_data::read_city_data(tree, &config, &mut errors);
    let mut prose_links = Vec::new();
    let flows = city_data::read_guide_flows(tree, &city_windows, base, &mut prose_links, &mut errors);
    let national_flows: Vec<String> = tree
        .paths()
        .into_iter()
        .filter_map(|path| path.strip_prefix("guides/")?.strip_suffix(".prose.md"))
        .filter(|flow| !flow.contains('/'))
        .map(str::to_string)
        .collect();
    generated_pages::add_generated_pages(
        &mut pages,
        &mut first_file_of_id,
        &config,
        &city_windows,
        &indicators,
        &flows,
        &national_flows,
        base,
        &mut errors,
    );
    let edition_guides =
        guides::editions::EditionGuideInputs { tree, config: &config, windows: &city_windows, flows: &flows, base };
    guides::editions::add_edition_guides(
        &edition_guides,
        &mut pages,
        &mut first_file_of_id,
        &mut prose_links,
        &mut errors,
    );
    let course = training::TrainingInputs { tree, config: &config, windows: &city_windows, flows: &flows, base };
    let searched_course =
        training::add_training_pages(&mut pages, &mut first_file_of_id, &course, &mut sections, &mut errors);
    accessibility::add_accessibility_pages(&mut pages, &mut first_file_of_id, tree, run, base, &mut errors);

    // Pages that failed their own checks still count as existing, so one mistake is reported once.
    let declared = checks::KnownPages::new(first_file_of_id.keys().map(String::as_str), unsure_folders);
    checks::check_tree(&pages, &declared, tree, &mut errors);
    checks::check_links(&pages, &declared, &mut errors);
    for (file, link) in &prose_links {
        if !link.same_page && !declared.contains(link.page_id.as_str()) {
            errors.push(ContentError::at_line(
                file,
                link.line,
                format!("the link `@{}` points to a page that does not exist", link.page_id),
                "A page id is the file's path under content/ without `.md`, e.g. `@cities/izu/windows`.",
            ));
        }
    }
    checks::check_nav(&config, &config_file, config_text, &declared, &mut errors);
    if let Some(easy) = &config.easy {
        let words = editions::hard_words::read_hard_words(tree, &mut Vec::new());
        errors.extend(editions::check_easy_texts(
            &config_file,
            &site_config::easy_name_lines(config_text, easy),
            &words,
        ));
    }

    if !errors.is_empty() {
        errors.sort_by(|a, b| (&a.file, a.line).cmp(&(&b.file, b.line)));
        return Err(ContentErrors(errors));
    }
    let mut pages: Vec<CompiledPage> = pages.into_iter().map(|(page, _)| page).collect();
    for page in &mut pages {
        // Window pages place their contents after their lead and facts (see `window_pages`).
        if !matches!(page.kind, PageKind::Window | PageKind::Guide | PageKind::PlanDocument) {
            page.html.prepend(toc::toc_html(&page.headings, Edition::of_page_id(&page.id).0));
        }
    }
    plan::add_plan_timelines(&mut pages, &config, base, today);
    glossary::add_terms_at_hand(&mut pages, base);
    let mut site = CompiledSite {
        config,
        pages,
        base: base.to_string(),
        windows: city_windows,
        indicators,
        flows,
        search: search::SearchIndex::default(),
        readings,
    };
    search::add_search(&mut site, &sections, &searched_course, &synonyms, analyser);
    site.pages.sort_by(|a, b| (!a.id.is_empty(), &a.id).cmp(&(!b.id.is_empty(), &b.id)));
    Ok(site)
}

/// Reads site.toml (refusing a site without one): the config, and its text for error lines.
fn read_site_config<'a>(tree: &'a ContentTree, config_file: &str) -> Result<(SiteConfig, &'a str), ContentErrors> {
    match tree.text("site.toml") {
        Some(Ok(text)) => match site_config::parse_site_config(config_file, text) {
            Ok(config) => Ok((config, text)),
            Err(error) => Err(ContentErrors(vec![error])),
        },
        Some(Err(error)) => Err(ContentErrors(vec![error])),
        None => Err(ContentErrors(vec![ContentError::in_file(
            config_file,
            "the content folder has no site.toml",
            format!("Create site.toml with format = {CONTENT_FORMAT}, title, tagline, notice, nav and the [[cities]] the pages refer to."),
        )])),
    }
}

/// Whether a file is a guide's wording (`guides/resident.prose.md`, or an edition's
/// `resident.prose.en.md`), read with its flow rather than as a page.
fn is_guide_wording(path: &str) -> bool {
    path.ends_with(".prose.md")
        || Edition::TRANSLATED.iter().any(|edition| path.ends_with(&format!(".prose.{}.md", edition.key())))
}

/// Every Markdown page of the tree, compiled, with its links; and the file that claimed each
/// page id. A page with errors of its own still takes part in the later checks.
#[allow(clippy::type_complexity)]
fn compile_pages(
    tree: &ContentTree,
    config: &SiteConfig,
    base: &str,
    today: Day,
    sections: &mut BTreeMap<String, Vec<SectionText>>,
    errors: &mut Vec<ContentError>,
) -> (Vec<(CompiledPage, Vec<InternalLink>)>, HashMap<String, String>) {
    let files: Vec<&str> = tree
        .paths()
        .into_iter()
        .filter(|path| path.ends_with(".md") && !is_guide_wording(path) && !is_readme(path))
        .collect();
    let mut pages: Vec<(CompiledPage, Vec<InternalLink>)> = Vec::new();
    let mut first_file_of_id: HashMap<String, String> = HashMap::new();
    for path in files {
        let file = tree.display_of(path);
        let (edition, japanese_path) = Edition::of_file(path);
        let id = match page_id_from_relative(&japanese_path) {
            Ok(id) if edition == Edition::Japanese && Edition::of_page_id(&id).0 != Edition::Japanese => {
                errors.push(ContentError::in_file(
                    &file,
                    format!("the page id `{id}` starts with a language edition's prefix"),
                    "`easy/` and `en/` hold the やさしい日本語 and English editions: write `page.easy.md` or `page.en.md` beside the Japanese page instead, or rename the folder.",
                ));
                continue;
            }
            Ok(id) => edition.page_id(&id),
            Err(segment) => {
                errors.push(ContentError::in_file(
                    &file,
                    format!("the file or folder name `{segment}` cannot be part of a page id"),
                    "Rename it using lower-case ASCII letters, digits and `-` (e.g. `participation-support.md`): the name becomes the page's URL.",
                ));
                continue;
            }
        };
        if let Some(first) = first_file_of_id.get(&id) {
            errors.push(ContentError::in_file(
                &file,
                format!("the page id `{id}` is already used by {first}"),
                "Two files give the same page id (`x.md` and `x/index.md`): merge them or rename one.",
            ));
            continue;
        }
        first_file_of_id.insert(id.clone(), file.clone());
        let source = match tree.text(path) {
            Some(Ok(source)) => source,
            Some(Err(error)) => {
                errors.push(error);
                continue;
            }
            None => continue,
        };
        let (page, mut page_errors) = compile_page(&file, &id, source, config, base, today);
        if edition == Edition::Easy {
            page_errors.extend(editions::check_easy_page(tree, &file, source));
        }
        errors.append(&mut page_errors);
        // A page with errors of its own still takes part in the link checks, so that one
        // build reports every problem.
        if let Some((page, links, page_sections)) = page {
            sections.insert(page.id.clone(), page_sections);
            pages.push((page, links));
        }
    }

    editions::place_edition_pages(&mut pages, &first_file_of_id, errors);
    (pages, first_file_of_id)
}

/// A Markdown page compiled: the page, its links to check, and its sections' text for search.
type MarkdownPage = (CompiledPage, Vec<InternalLink>, Vec<SectionText>);

/// Compiles one page: the page (whenever its front matter could be read) and its errors.
fn compile_page(
    file: &str,
    id: &str,
    source: &str,
    config: &SiteConfig,
    base: &str,
    today: Day,
) -> (Option<MarkdownPage>, Vec<ContentError>) {
    let parsed = match front_matter::parse_page(file, source) {
        Ok(parsed) => parsed,
        Err(error) => return (None, vec![error]),
    };
    let mut errors = Vec::new();
    let scope = parsed.front.scope.as_str();
    if scope != NATIONAL_SCOPE && !config.cities.iter().any(|city| city.id == scope) {
        let known: Vec<&str> = config.cities.iter().map(|city| city.id.as_str()).collect();
        errors.push(ContentError::at_line(
            file,
            parsed.line_of("scope"),
            format!("`scope = \"{scope}\"` names a city that site.toml does not declare"),
            format!(
                "Use \"national\" or one of the cities in site.toml ({}), or add the city there as a [[cities]] entry.",
                known.join(", ")
            ),
        ));
    }
    if let Some(city_in_path) =
        Edition::of_page_id(id).1.strip_prefix("cities/").and_then(|rest| rest.split('/').next())
    {
        if scope != city_in_path && errors.is_empty() {
            errors.push(ContentError::at_line(
                file,
                parsed.line_of("scope"),
                format!("this page is in the folder of city `{city_in_path}` but says `scope = \"{scope}\"`"),
                format!("Set `scope = \"{city_in_path}\"`, or move the file to the folder of its city."),
            ));
        }
    }
    errors.extend(plan::timeline::check_timeline(file, id, &parsed, today));
    let rendered = markdown::render_markdown_in(parsed.body, parsed.body_first_line, base, Edition::of_page_id(id).0);
    errors.extend(
        rendered
            .problems
            .iter()
            .map(|problem| ContentError::at_line(file, problem.line, &problem.message, &problem.hint)),
    );
    let parent = (!id.is_empty()).then(|| id.rsplit_once('/').map_or(String::new(), |(parent, _)| parent.to_string()));
    let page = CompiledPage {
        id: id.to_string(),
        source: file.to_string(),
        front: parsed.front,
        html: rendered.html.into(),
        headings: rendered.headings,
        parent,
        kind: PageKind::Article,
    };
    (Some((page, rendered.links, rendered.sections)), errors)
}

/// `programmes/outreach.md` → `programmes/outreach`; `cities/izu/index.md` → `cities/izu`; `index.md` → ``.
/// Returns the offending segment when a name cannot be part of a URL.
pub fn page_id_from_path(relative: &Path) -> Result<String, String> {
    page_id_from_relative(&source::display(relative))
}

/// [`page_id_from_path`] for a tree's `/`-separated path.
pub fn page_id_from_relative(relative: &str) -> Result<String, String> {
    let without_extension = relative.strip_suffix(".md").unwrap_or(relative);
    let mut segments: Vec<&str> = without_extension.split('/').filter(|segment| !segment.is_empty()).collect();
    if segments.last().is_some_and(|last| *last == "index") {
        segments.pop();
    }
    if let Some(bad) = segments.iter().find(|segment| !is_ascii_id(segment)) {
        return Err(bad.to_string());
    }
    Ok(segments.join("/"))
}

/// A folder's `README.md` (any case) describes the folder for its keepers (a city's content kept
/// in git, say); it is not a page.
fn is_readme(path: &str) -> bool {
    path.rsplit('/').next().is_some_and(|name| name.eq_ignore_ascii_case("readme.md"))
}
