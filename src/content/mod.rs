//! The content compiler (build time, native): reads `content/`, checks every page, renders
//! its Markdown and checks its links. Pipeline: site.toml → pages (front matter → Markdown)
//! → ids and parents → links → `CompiledSite`, which `codegen` turns into Rust for the app.
//! It is used by `build.rs` and covered by plain `cargo test`; it never runs in the browser.

pub mod codegen;
pub mod comparison;
pub mod error;
pub mod front_matter;
#[path = "../guide/mod.rs"]
pub mod guide;
pub mod guide_flows;
pub mod guide_pages;
pub mod guide_paths;
pub mod guide_prose;
pub mod html;
pub mod indicator_page;
pub mod indicators;
pub mod markdown;
pub mod open_data;
pub mod site_config;
pub mod slug;
pub mod taxonomy;
pub mod toc;
pub mod window_pages;
pub mod windows;

use std::collections::{BTreeMap, HashMap, HashSet};
use std::path::{Path, PathBuf};

pub use error::{ContentError, ContentErrors};
pub use front_matter::{FrontMatter, GeneratedPart};
pub use indicators::Indicators;
pub use markdown::{Heading, InternalLink};
pub use site_config::{City, SiteConfig, NATIONAL_SCOPE};
pub use windows::{CityWindows, Window};

use site_config::is_ascii_id;

/// One page, checked and rendered.
#[derive(Debug, Clone, PartialEq)]
pub struct CompiledPage {
    /// The page id: its path under `content/` without `.md` (`index` names its folder).
    pub id: String,
    /// The file it came from, as given to the compiler (for errors and the page footer).
    pub source: String,
    /// Its typed front matter.
    pub front: FrontMatter,
    /// The rendered body.
    pub html: String,
    /// Its headings, in order.
    pub headings: Vec<Heading>,
    /// The id of its parent page (`None` only for the home page).
    pub parent: Option<String>,
    /// What kind of page it is.
    pub kind: PageKind,
}

/// The kinds of page: Markdown articles and the pages made from the windows data.
#[derive(Debug, Clone, PartialEq)]
pub enum PageKind {
    /// A Markdown page.
    Article,
    /// A window directory, of one city or (`None`) of all; `total` windows in it.
    Directory { city: Option<String>, total: usize },
    /// One window's page.
    Window,
    /// The comparison of cities.
    Comparison,
    /// A plan's evaluation indicators.
    Indicators,
    /// An interactive guide (a flow's screens, prerendered; the browser walks them).
    Guide,
}

/// A whole site, ready to be turned into the app's data.
#[derive(Debug, Clone, PartialEq)]
pub struct CompiledSite {
    /// `site.toml`.
    pub config: SiteConfig,
    /// Every page, home first, then by id.
    pub pages: Vec<CompiledPage>,
    /// The base path the site is served under, e.g. `/` or `/fukushi/jusou/`.
    pub base: String,
    /// Each city's areas and windows, in site.toml's city order.
    pub windows: Vec<CityWindows>,
    /// Plans' evaluation indicators.
    pub indicators: Vec<Indicators>,
    /// Each city's guide flows, checked.
    pub flows: Vec<guide_flows::CheckedFlow>,
}

impl CompiledSite {
    /// The page with this id.
    pub fn page(&self, id: &str) -> Option<&CompiledPage> {
        self.pages.iter().find(|page| page.id == id)
    }
}

/// Checks a base path from the environment and gives it a leading and trailing `/`.
pub fn normalize_base_path(raw: &str) -> Result<String, String> {
    let trimmed = raw.trim().trim_matches('/');
    if trimmed.is_empty() {
        return Ok("/".to_string());
    }
    let fine = trimmed
        .split('/')
        .all(|segment| !segment.is_empty() && segment.chars().all(|c| c.is_ascii_alphanumeric() || "-_.~".contains(c)));
    if fine {
        Ok(format!("/{trimmed}/"))
    } else {
        Err(format!(
            "the base path `{raw}` is not usable: write it as a folder path such as `/fukushi/jusou/` (ASCII letters, digits, -, _, . and ~)"
        ))
    }
}

/// Reads, checks and renders every page under `content_dir`. All problems are returned together.
pub fn compile_site(content_dir: &Path, base: &str) -> Result<CompiledSite, ContentErrors> {
    let mut errors = Vec::new();
    let config_path = content_dir.join("site.toml");
    let config_file = display(&config_path);
    let (config, config_text) = match std::fs::read_to_string(&config_path) {
        Ok(text) => match site_config::parse_site_config(&config_file, &text) {
            Ok(config) => (config, text),
            Err(error) => return Err(ContentErrors(vec![error])),
        },
        Err(_) => {
            return Err(ContentErrors(vec![ContentError::in_file(
                config_file,
                "the content folder has no site.toml",
                "Create site.toml with title, tagline, notice, nav and the [[cities]] the pages refer to.",
            )]))
        }
    };

    let mut files = Vec::new();
    if let Err(error) = collect_markdown_files(content_dir, &mut files) {
        return Err(ContentErrors(vec![ContentError::in_file(
            display(content_dir),
            format!("the content folder could not be read: {error}"),
            "Check that the folder exists and can be read.",
        )]));
    }
    files.sort();

    let mut pages: Vec<(CompiledPage, Vec<InternalLink>)> = Vec::new();
    let mut first_file_of_id: HashMap<String, String> = HashMap::new();
    for path in files {
        let file = display(&path);
        let relative = path.strip_prefix(content_dir).unwrap_or(&path);
        let id = match page_id_from_path(relative) {
            Ok(id) => id,
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
        let source = match std::fs::read_to_string(&path) {
            Ok(source) => source,
            Err(error) => {
                errors.push(ContentError::in_file(
                    &file,
                    format!("the file could not be read as UTF-8 text: {error}"),
                    "Save the file as UTF-8.",
                ));
                continue;
            }
        };
        let (page, mut page_errors) = compile_page(&file, &id, &source, &config, base);
        errors.append(&mut page_errors);
        // A page with errors of its own still takes part in the link checks, so that one
        // build reports every problem.
        pages.extend(page);
    }

    let (city_windows, indicators) = read_city_data(content_dir, &config, &mut errors);
    let mut prose_links = Vec::new();
    let flows = read_guide_flows(content_dir, &city_windows, base, &mut prose_links, &mut errors);
    add_generated_pages(
        &mut pages,
        &mut first_file_of_id,
        &config,
        &city_windows,
        &indicators,
        &flows,
        base,
        &mut errors,
    );

    // Pages that failed their own checks still count as existing, so one mistake is reported once.
    let declared: HashSet<&str> = first_file_of_id.keys().map(String::as_str).collect();
    check_tree(&pages, &declared, content_dir, &mut errors);
    check_links(&pages, &declared, &mut errors);
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
    check_nav(&config, &config_file, &config_text, &declared, &mut errors);

    if !errors.is_empty() {
        errors.sort_by(|a, b| (&a.file, a.line).cmp(&(&b.file, b.line)));
        return Err(ContentErrors(errors));
    }
    let mut pages: Vec<CompiledPage> = pages.into_iter().map(|(page, _)| page).collect();
    for page in &mut pages {
        // Window pages place their contents after their lead and facts (see `window_pages`).
        if page.kind != PageKind::Window && page.kind != PageKind::Guide {
            page.html = toc::toc_html(&page.headings) + &page.html;
        }
    }
    pages.sort_by(|a, b| (!a.id.is_empty(), &a.id).cmp(&(!b.id.is_empty(), &b.id)));
    Ok(CompiledSite { config, pages, base: base.to_string(), windows: city_windows, indicators, flows })
}

/// Compiles one page: the page (whenever its front matter could be read) and its errors.
fn compile_page(
    file: &str,
    id: &str,
    source: &str,
    config: &SiteConfig,
    base: &str,
) -> (Option<(CompiledPage, Vec<InternalLink>)>, Vec<ContentError>) {
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
    if let Some(city_in_path) = id.strip_prefix("cities/").and_then(|rest| rest.split('/').next()) {
        if scope != city_in_path && errors.is_empty() {
            errors.push(ContentError::at_line(
                file,
                parsed.line_of("scope"),
                format!("this page is in the folder of city `{city_in_path}` but says `scope = \"{scope}\"`"),
                format!("Set `scope = \"{city_in_path}\"`, or move the file to the folder of its city."),
            ));
        }
    }
    let rendered = markdown::render_markdown(parsed.body, parsed.body_first_line, base);
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
        html: rendered.html,
        headings: rendered.headings,
        parent,
        kind: PageKind::Article,
    };
    (Some((page, rendered.links)), errors)
}

/// Reads each declared city's windows.toml and indicators.toml, when it has them. A data file
/// in the folder of a city that site.toml does not declare is an error, not silently skipped.
fn read_city_data(
    content_dir: &Path,
    config: &SiteConfig,
    errors: &mut Vec<ContentError>,
) -> (Vec<CityWindows>, Vec<Indicators>) {
    let mut all_windows = Vec::new();
    let mut all_indicators = Vec::new();
    for city in &config.cities {
        let folder = content_dir.join("cities").join(&city.id);
        let windows_path = folder.join("windows.toml");
        if let Ok(text) = std::fs::read_to_string(&windows_path) {
            match windows::parse_windows(&display(&windows_path), &city.id, &text) {
                Ok(windows) => all_windows.push(windows),
                Err(mut found) => errors.append(&mut found),
            }
        }
        let indicators_path = folder.join("indicators.toml");
        if let Ok(text) = std::fs::read_to_string(&indicators_path) {
            match indicators::parse_indicators(&display(&indicators_path), &city.id, &text) {
                Ok(indicators) => all_indicators.push(indicators),
                Err(mut found) => errors.append(&mut found),
            }
        }
    }
    if let Ok(entries) = std::fs::read_dir(content_dir.join("cities")) {
        for entry in entries.flatten() {
            let name = entry.file_name().to_string_lossy().to_string();
            let data_file =
                ["windows.toml", "indicators.toml"].into_iter().find(|file| entry.path().join(file).is_file());
            if let Some(data_file) = data_file.filter(|_| !config.cities.iter().any(|city| city.id == name)) {
                errors.push(ContentError::in_file(
                    display(&entry.path().join(data_file)),
                    format!("the folder `cities/{name}` has windows data but site.toml declares no city `{name}`"),
                    "Add the city to site.toml as a [[cities]] entry with id, name and prefecture, or rename the folder to the city's id.",
                ));
            }
        }
    }
    (all_windows, all_indicators)
}

/// Reads and checks every `cities/<city>/guides/<flow>.toml` of a city that has windows data.
fn read_guide_flows(
    content_dir: &Path,
    city_windows: &[CityWindows],
    base: &str,
    prose_links: &mut Vec<(String, InternalLink)>,
    errors: &mut Vec<ContentError>,
) -> Vec<guide_flows::CheckedFlow> {
    let mut flows = Vec::new();
    for windows in city_windows {
        let folder = content_dir.join("cities").join(&windows.city).join("guides");
        let Ok(entries) = std::fs::read_dir(&folder) else { continue };
        let mut files: Vec<PathBuf> = entries
            .flatten()
            .map(|entry| entry.path())
            .filter(|path| path.extension().is_some_and(|ext| ext == "toml"))
            .collect();
        files.sort();
        for path in files {
            let file = display(&path);
            let flow_id = path.file_stem().map(|stem| stem.to_string_lossy().to_string()).unwrap_or_default();
            if !is_ascii_id(&flow_id) {
                errors.push(ContentError::in_file(
                    &file,
                    format!("the flow name `{flow_id}` is not usable"),
                    "Name flow files with lower-case ASCII, e.g. `resident.toml` or `staff.toml`.",
                ));
                continue;
            }
            match std::fs::read_to_string(&path) {
                Ok(text) => match guide_flows::parse_flow(&file, &flow_id, windows, &text) {
                    Ok(mut flow) => {
                        let national_path = content_dir.join("guides").join(format!("{flow_id}.prose.md"));
                        let city_path = folder.join(format!("{flow_id}.prose.md"));
                        let national = read_prose(&national_path, base, prose_links, errors);
                        let city = read_prose(&city_path, base, prose_links, errors);
                        let hint = format!("{} or {}", display(&national_path), display(&city_path));
                        errors.extend(guide_prose::attach_prose(&mut flow, &national, &city, windows, &hint));
                        flows.push(flow);
                    }
                    Err(mut found) => errors.append(&mut found),
                },
                Err(error) => errors.push(ContentError::in_file(
                    &file,
                    format!("the file could not be read as UTF-8 text: {error}"),
                    "Save the file as UTF-8.",
                )),
            }
        }
    }
    flows
}

/// A prose file's sections (none if the file does not exist); its internal links go to `links`
/// to be checked once every page is known.
fn read_prose(
    path: &Path,
    base: &str,
    links: &mut Vec<(String, InternalLink)>,
    errors: &mut Vec<ContentError>,
) -> BTreeMap<String, guide_prose::NodeProse> {
    let Ok(text) = std::fs::read_to_string(path) else { return BTreeMap::new() };
    match guide_prose::parse_prose(&display(path), &text, base) {
        Ok((sections, found)) => {
            links.extend(found.into_iter().map(|link| (display(path), link)));
            sections
        }
        Err(mut found) => {
            errors.append(&mut found);
            BTreeMap::new()
        }
    }
}

/// Adds the pages made from the windows data (each city's directory and window pages, the
/// indicators pages) and fills the Markdown pages that ask for a generated part.
fn add_generated_pages(
    pages: &mut Vec<(CompiledPage, Vec<InternalLink>)>,
    ids: &mut HashMap<String, String>,
    config: &SiteConfig,
    city_windows: &[CityWindows],
    all_indicators: &[Indicators],
    flows: &[guide_flows::CheckedFlow],
    base: &str,
    errors: &mut Vec<ContentError>,
) {
    let with_cities: Vec<(&City, &CityWindows)> = city_windows
        .iter()
        .filter_map(|windows| config.cities.iter().find(|city| city.id == windows.city).map(|city| (city, windows)))
        .collect();
    for (page, _) in pages.iter_mut() {
        let generated = match page.front.generates {
            None => continue,
            Some(GeneratedPart::Directory) => {
                page.kind = PageKind::Directory {
                    city: None,
                    total: with_cities.iter().map(|(_, windows)| windows.windows.len()).sum(),
                };
                window_pages::directory_body(&with_cities, true, base)
            }
            Some(GeneratedPart::Comparison) => {
                page.kind = PageKind::Comparison;
                comparison::comparison_body(&with_cities, base)
            }
        };
        page.html.push_str(&generated.html);
        page.headings.extend(generated.headings);
    }

    let mut new_pages = Vec::new();
    let mut add = |page: CompiledPage, ids: &mut HashMap<String, String>, errors: &mut Vec<ContentError>| {
        if let Some(first) = ids.get(&page.id) {
            errors.push(ContentError::in_file(
                first.clone(),
                format!("the page id `{}` is made from {} and cannot also be a Markdown page", page.id, page.source),
                "Rename or remove the Markdown file: the portal makes this page from the windows data.",
            ));
            return;
        }
        ids.insert(page.id.clone(), page.source.clone());
        new_pages.push((page, Vec::new()));
    };
    for (city, windows) in &with_cities {
        let city_page = pages_front(pages, &format!("cities/{}", city.id));
        let department = city_page.map_or_else(|| city.name.clone(), |front| front.department.clone());
        // The directory is as recent as its latest window (or, with none, as the city's page).
        let latest = windows.windows.iter().map(|window| window.reviewed.as_str()).max().unwrap_or("");
        let Some(reviewed) = latest.parse().ok().or_else(|| city_page.map(|front| front.reviewed.clone())) else {
            errors.push(ContentError::in_file(
                &windows.file,
                "the city's directory has no date: it has no windows and the city has no page",
                "Add the city's page (its folder's index.md) or at least one window.",
            ));
            continue;
        };
        let body = window_pages::directory_body(&[(city, windows)], false, base);
        let intro = format!(
            "<p>{}の実施計画に載っている相談窓口と、事業を担う機関です。<a href=\"{}\">計画の概要</a>もあわせて見てください。</p>",
            html::text(&city.name),
            html::href(&markdown::page_url(base, &format!("cities/{}", city.id)))
        );
        add(
            CompiledPage {
                id: window_pages::directory_id(&city.id),
                source: windows.file.clone(),
                front: generated_front(
                    format!("{}の相談窓口", city.name),
                    format!(
                        "{}の計画に載っている相談窓口と事業の実施機関{}件を、対象・事業・地区で絞り込めます。",
                        city.name,
                        windows.windows.len()
                    ),
                    &city.id,
                    department,
                    reviewed,
                    vec!["社会福祉法第106条の4".to_string()],
                    90,
                ),
                html: intro + &body.html,
                headings: body.headings,
                parent: Some(format!("cities/{}", city.id)),
                kind: PageKind::Directory { city: Some(city.id.clone()), total: windows.windows.len() },
            },
            ids,
            errors,
        );
        for (position, window) in windows.windows.iter().enumerate() {
            let body = window_pages::window_body(window, city, windows, base);
            // `reviewed` was read as a TOML date, so it reads back; a failure would be a bug here.
            let Ok(reviewed) = window.reviewed.parse() else {
                errors.push(ContentError::in_file(
                    &windows.file,
                    format!("the window `{}` has an unreadable date", window.id),
                    "Write `reviewed` as a date such as 2024-04-01.",
                ));
                continue;
            };
            add(
                CompiledPage {
                    id: window_pages::window_page_id(window),
                    source: windows.file.clone(),
                    front: generated_front(
                        window.name.clone(),
                        window.summary.clone(),
                        &city.id,
                        window.department_with_city(&city.name),
                        reviewed,
                        window_pages::window_legal_basis(window),
                        position as i64,
                    ),
                    html: body.html,
                    headings: body.headings,
                    parent: Some(window_pages::directory_id(&city.id)),
                    kind: PageKind::Window,
                },
                ids,
                errors,
            );
        }
    }
    for (city, windows) in &with_cities {
        let city_flows: Vec<&guide_flows::CheckedFlow> =
            flows.iter().filter(|checked| checked.flow.city == city.id.as_str()).collect();
        if city_flows.is_empty() {
            continue;
        }
        let city_page = pages_front(pages, &format!("cities/{}", city.id));
        let Some(front) = city_page.cloned() else {
            errors.push(ContentError::in_file(
                &city_flows[0].file,
                "the guide belongs to a city that has no page",
                "Add the city's page (its folder's index.md); the guides sit under it and take its date.",
            ));
            continue;
        };
        let mut listed = 0;
        for checked in &city_flows {
            let (title, summary) = guide_pages::title_and_summary(checked, city);
            let mut legal_basis = vec!["社会福祉法第106条の4".to_string()];
            if checked.flow.outcomes.iter().any(|outcome| outcome.id.contains("kaigi")) {
                legal_basis.push("社会福祉法第106条の6".to_string());
            }
            add(
                CompiledPage {
                    id: guide_pages::guide_id(&city.id, &checked.flow.id),
                    source: checked.file.clone(),
                    front: generated_front(
                        title.clone(),
                        summary.clone(),
                        &city.id,
                        front.department.clone(),
                        front.reviewed.clone(),
                        legal_basis,
                        listed,
                    ),
                    html: guide_pages::guide_body(checked, city, windows, base, &config.quick_exit_url),
                    headings: Vec::new(),
                    parent: Some(guide_pages::guides_id(&city.id)),
                    kind: PageKind::Guide,
                },
                ids,
                errors,
            );
            listed += 1;
        }
        add(
            CompiledPage {
                id: guide_pages::guides_id(&city.id),
                source: city_flows[0].file.clone(),
                front: generated_front(
                    format!("{}の相談先ガイド", city.name),
                    format!("{}で、質問に答えて相談窓口やつなぎ先を探せます。", city.name),
                    &city.id,
                    front.department.clone(),
                    front.reviewed.clone(),
                    vec!["社会福祉法第106条の4".to_string()],
                    85,
                ),
                html: guide_pages::guides_index_body(city, base),
                headings: Vec::new(),
                parent: Some(format!("cities/{}", city.id)),
                kind: PageKind::Article,
            },
            ids,
            errors,
        );
    }
    for indicators in all_indicators {
        let Some(city) = config.cities.iter().find(|city| city.id == indicators.city) else { continue };
        let city_page = pages_front(pages, &format!("cities/{}", city.id));
        let department = city_page.map_or_else(|| city.name.clone(), |front| front.department.clone());
        let Some(reviewed) = city_page.map(|front| front.reviewed.clone()) else {
            errors.push(ContentError::in_file(
                &indicators.file,
                "the indicators belong to a city that has no page",
                "Add the city's page (its folder's index.md); the indicators page sits under it and takes its date.",
            ));
            continue;
        };
        let body = indicator_page::indicators_body(indicators);
        add(
            CompiledPage {
                id: format!("cities/{}/indicators", city.id),
                source: indicators.file.clone(),
                front: generated_front(
                    format!("{}（{}）", indicators.title, city.name),
                    format!("{}の計画が定める評価指標と、年度ごとの目標です。", city.name),
                    &city.id,
                    department,
                    reviewed,
                    vec!["社会福祉法第106条の5".to_string()],
                    80,
                ),
                html: body.html,
                headings: body.headings,
                parent: Some(format!("cities/{}", city.id)),
                kind: PageKind::Indicators,
            },
            ids,
            errors,
        );
    }
    pages.extend(new_pages);
}

fn pages_front<'a>(pages: &'a [(CompiledPage, Vec<InternalLink>)], id: &str) -> Option<&'a FrontMatter> {
    pages.iter().find(|(page, _)| page.id == id).map(|(page, _)| &page.front)
}

fn generated_front(
    title: String,
    summary: String,
    scope: &str,
    department: String,
    reviewed: toml::value::Datetime,
    legal_basis: Vec<String>,
    order: i64,
) -> FrontMatter {
    FrontMatter { title, summary, scope: scope.to_string(), department, reviewed, legal_basis, order, generates: None }
}

/// Every page but the home page needs its parent page, and the home page must exist.
fn check_tree(
    pages: &[(CompiledPage, Vec<InternalLink>)],
    declared: &HashSet<&str>,
    content_dir: &Path,
    errors: &mut Vec<ContentError>,
) {
    if !declared.contains("") {
        errors.push(ContentError::in_file(
            display(&content_dir.join("index.md")),
            "the site has no home page",
            "Create index.md at the top of the content folder; it is the page served at the site's root.",
        ));
    }
    for (page, _) in pages {
        if let Some(parent) = &page.parent {
            if !parent.is_empty() && !declared.contains(parent.as_str()) {
                errors.push(ContentError::in_file(
                    &page.source,
                    format!("the page `{}` has no parent page `{parent}`", page.id),
                    format!(
                        "Create {} so that the page has a place in the navigation and breadcrumbs.",
                        display(&content_dir.join(parent).join("index.md"))
                    ),
                ));
            }
        }
    }
}

/// Every `@page#anchor` link must reach an existing page and heading.
fn check_links(pages: &[(CompiledPage, Vec<InternalLink>)], declared: &HashSet<&str>, errors: &mut Vec<ContentError>) {
    let by_id: BTreeMap<&str, &CompiledPage> = pages.iter().map(|(page, _)| (page.id.as_str(), page)).collect();
    for (page, links) in pages {
        for link in links {
            let target_id = if link.same_page { page.id.as_str() } else { link.page_id.as_str() };
            let Some(target) = by_id.get(target_id) else {
                if declared.contains(target_id) {
                    continue; // the target has errors of its own, reported already
                }
                let last = target_id.rsplit('/').next().unwrap_or(target_id);
                let similar: Vec<&str> =
                    by_id.keys().filter(|id| id.ends_with(last) && !last.is_empty()).copied().take(3).collect();
                let hint = if similar.is_empty() {
                    "A page id is the file's path under content/ without `.md`, e.g. `@programmes/outreach` for content/programmes/outreach.md.".to_string()
                } else {
                    format!(
                        "Did you mean {}? A page id is the file's path under content/ without `.md`.",
                        similar.iter().map(|id| format!("`@{id}`")).collect::<Vec<_>>().join(" or ")
                    )
                };
                errors.push(ContentError::at_line(
                    &page.source,
                    link.line,
                    format!("the link `@{target_id}` points to a page that does not exist"),
                    hint,
                ));
                continue;
            };
            if let Some(anchor) = &link.anchor {
                if !target.headings.iter().any(|heading| &heading.id == anchor) {
                    let ids: Vec<String> =
                        target.headings.iter().take(8).map(|heading| format!("#{}", heading.id)).collect();
                    errors.push(ContentError::at_line(
                        &page.source,
                        link.line,
                        format!("the link to `#{anchor}` points to a heading that `{}` does not have", if target.id.is_empty() { "index" } else { &target.id }),
                        format!("Use one of its heading ids ({}), or give the heading an explicit id with `## 見出し {{#{anchor}}}`.", ids.join(", ")),
                    ));
                }
            }
        }
    }
}

/// Every navigation entry must name a page; `text` is site.toml as read, for the line.
fn check_nav(
    config: &SiteConfig,
    config_file: &str,
    text: &str,
    declared: &HashSet<&str>,
    errors: &mut Vec<ContentError>,
) {
    for id in &config.nav {
        if !declared.contains(id.as_str()) {
            let line = text.lines().position(|line| line.trim_start().starts_with("nav")).map_or(1, |index| index + 1);
            errors.push(ContentError::at_line(
                config_file,
                line,
                format!("the navigation names the page `{id}`, which does not exist"),
                "Each entry of `nav` is a page id: a file's path under content/ without `.md`.",
            ));
        }
    }
}

/// `programmes/outreach.md` → `programmes/outreach`; `cities/izu/index.md` → `cities/izu`; `index.md` → ``.
/// Returns the offending segment when a name cannot be part of a URL.
pub fn page_id_from_path(relative: &Path) -> Result<String, String> {
    let mut segments: Vec<String> = Vec::new();
    for component in relative.with_extension("").components() {
        let segment = component.as_os_str().to_string_lossy().to_string();
        segments.push(segment);
    }
    if segments.last().is_some_and(|last| last == "index") {
        segments.pop();
    }
    for segment in &segments {
        if !is_ascii_id(segment) {
            return Err(segment.clone());
        }
    }
    Ok(segments.join("/"))
}

fn collect_markdown_files(dir: &Path, files: &mut Vec<PathBuf>) -> std::io::Result<()> {
    for entry in std::fs::read_dir(dir)? {
        let entry = entry?;
        let path = entry.path();
        // `file_type` does not follow symbolic links, so a link loop cannot recurse forever.
        if entry.file_type()?.is_dir() {
            collect_markdown_files(&path, files)?;
        } else if path.extension().is_some_and(|ext| ext == "md") && !path.to_string_lossy().ends_with(".prose.md") {
            files.push(path);
        }
    }
    Ok(())
}

fn display(path: &Path) -> String {
    path.to_string_lossy().replace('\\', "/")
}
