//! Step 2 of the content pipeline: each declared city's data files, read from the content tree —
//! `windows.toml`, `indicators.toml`, and the guide flows under `guides/` joined to their wording
//! (the national `guides/<flow>.prose.md`, then the city's own) and their reasons in the editions
//! (`<flow>.easy.toml`, `<flow>.en.toml`). A file that is missing is simply
//! not there; a file that is there but cannot be read is an error naming it.

use std::collections::BTreeMap;

use crate::content::editions::hard_words::{read_hard_words, EasyWords};
use crate::content::error::ContentError;
use crate::content::guides::checked::CheckedFlow;
use crate::content::guides::checked::NodeProse;
use crate::content::guides::edition_reasons;
use crate::content::guides::flows as guide_flows;
use crate::content::guides::prose as guide_prose;
use crate::content::indicators::{self, Indicators};
use crate::content::outline::InternalLink;
use crate::content::site_config::{is_ascii_id, SiteConfig};
use crate::content::source::ContentTree;
use crate::content::windows::{self, CityWindows};
use crate::site::Edition;

/// The data files a city folder may hold; data in the folder of an undeclared city is an error.
const DATA_FILES: [&str; 2] = ["windows.toml", "indicators.toml"];

/// The cities' data as read.
pub struct CityData {
    /// Each city's windows, for the cities whose windows.toml reads without error.
    pub windows: Vec<CityWindows>,
    /// Each city's indicators, likewise.
    pub indicators: Vec<Indicators>,
    /// The folders of the pages that data files with errors would have made (a city's
    /// `cities/<id>/windows` and `cities/<id>/guides`, or its `cities/<id>/indicators`): links
    /// into them are not reported again, since the data file's own error says what to fix.
    pub unsure_folders: Vec<String>,
}

/// Reads each declared city's windows.toml and indicators.toml, when it has them. A data file
/// in the folder of a city that site.toml does not declare is an error, not silently skipped.
pub fn read_city_data(tree: &ContentTree, config: &SiteConfig, errors: &mut Vec<ContentError>) -> CityData {
    let mut all_windows = Vec::new();
    let mut all_indicators = Vec::new();
    let mut unsure_folders = Vec::new();
    // The hard-words file's own errors are reported by the やさしい日本語 pages' check.
    let easy_words = read_hard_words(tree, &mut Vec::new());
    for city in &config.cities {
        let windows_path = format!("cities/{}/windows.toml", city.id);
        let windows_failed = match tree.text(&windows_path) {
            None => false,
            Some(Err(error)) => {
                errors.push(error);
                true
            }
            Some(Ok(text)) => match windows::parse_windows(&tree.display_of(&windows_path), &city.id, text) {
                Ok(mut windows) => {
                    windows.editions = read_window_editions(tree, &windows_path, &windows.windows, &easy_words, errors);
                    all_windows.push(windows);
                    false
                }
                Err(mut found) => {
                    errors.append(&mut found);
                    true
                }
            },
        };
        if windows_failed {
            // The city's guides are made only with its windows, so they go unmade too.
            unsure_folders.push(format!("cities/{}/windows", city.id));
            unsure_folders.push(format!("cities/{}/guides", city.id));
        }
        let indicators_path = format!("cities/{}/indicators.toml", city.id);
        let indicators_failed = match tree.text(&indicators_path) {
            None => false,
            Some(Err(error)) => {
                errors.push(error);
                true
            }
            Some(Ok(text)) => match indicators::parse_indicators(&tree.display_of(&indicators_path), &city.id, text) {
                Ok(indicators) => {
                    all_indicators.push(indicators);
                    false
                }
                Err(mut found) => {
                    errors.append(&mut found);
                    true
                }
            },
        };
        if indicators_failed {
            unsure_folders.push(format!("cities/{}/indicators", city.id));
        }
    }
    let mut undeclared: BTreeMap<&str, &str> = BTreeMap::new();
    for path in tree.paths() {
        let segments: Vec<&str> = path.split('/').collect();
        if let ["cities", folder, file] = segments[..] {
            let declared = config.cities.iter().any(|city| city.id == folder);
            if !declared && DATA_FILES.contains(&file) {
                let first = undeclared.entry(folder).or_insert(file);
                if file == DATA_FILES[0] {
                    *first = file;
                }
            }
        }
    }
    for (folder, file) in undeclared {
        errors.push(ContentError::in_file(
            tree.display_of(&format!("cities/{folder}/{file}")),
            format!("the folder `cities/{folder}` has windows data but site.toml declares no city `{folder}`"),
            "Add the city to site.toml as a [[cities]] entry with id, name and prefecture, or rename the folder to the city's id.",
        ));
    }
    CityData { windows: all_windows, indicators: all_indicators, unsure_folders }
}

/// Reads and checks every `cities/<city>/guides/<flow>.toml` of a city that has windows data.
pub fn read_guide_flows(
    tree: &ContentTree,
    city_windows: &[CityWindows],
    base: &str,
    prose_links: &mut Vec<(String, InternalLink)>,
    errors: &mut Vec<ContentError>,
) -> Vec<CheckedFlow> {
    let mut flows = Vec::new();
    // The hard-words file's own errors are reported by the やさしい日本語 pages' check.
    let easy_words = read_hard_words(tree, &mut Vec::new());
    for windows in city_windows {
        let folder = format!("cities/{}/guides/", windows.city);
        let toml_files: Vec<&str> = tree
            .paths_under(&folder)
            .into_iter()
            .filter(|path| {
                path.strip_prefix(&folder).is_some_and(|name| !name.contains('/') && name.ends_with(".toml"))
            })
            .collect();
        let (edition_files, flow_files): (Vec<&str>, Vec<&str>) =
            toml_files.into_iter().partition(|path| edition_reasons::is_edition_file(path));
        for path in &edition_files {
            let has_flow = Edition::TRANSLATED.iter().any(|edition| {
                let flow = path.replace(&format!(".{}.toml", edition.key()), ".toml");
                path.ends_with(&format!(".{}.toml", edition.key())) && flow_files.contains(&flow.as_str())
            });
            if !has_flow {
                errors.push(ContentError::in_file(
                    tree.display_of(path),
                    "this file translates the reasons of a guide flow that does not exist",
                    "Name it after its flow, beside it (`resident.toml` → `resident.easy.toml`, `resident.en.toml`), or remove it.",
                ));
            }
        }
        for path in flow_files {
            let file = tree.display_of(path);
            let flow_id = path[folder.len()..].trim_end_matches(".toml");
            if !is_ascii_id(flow_id) {
                errors.push(ContentError::in_file(
                    &file,
                    format!("the flow name `{flow_id}` is not usable"),
                    "Name flow files with lower-case ASCII, e.g. `resident.toml` or `staff.toml`.",
                ));
                continue;
            }
            let text = match tree.text(path) {
                Some(Ok(text)) => text,
                Some(Err(error)) => {
                    errors.push(error);
                    continue;
                }
                None => continue,
            };
            match guide_flows::parse_flow(&file, flow_id, windows, text) {
                Ok(mut flow) => {
                    let national_path = format!("guides/{flow_id}.prose.md");
                    let city_path = format!("{folder}{flow_id}.prose.md");
                    let national = read_prose(tree, &national_path, base, prose_links, errors);
                    let city = read_prose(tree, &city_path, base, prose_links, errors);
                    // Wording that could not be read is reported once, not again as every node it lacks.
                    if let (Some(national), Some(city)) = (national, city) {
                        let hint = format!("{} or {}", tree.display_of(&national_path), tree.display_of(&city_path));
                        errors.extend(guide_prose::attach_prose(&mut flow, &national, &city, windows, &hint));
                    }
                    flow.edition_reasons = read_reasons_in_editions(tree, path, text, &easy_words, errors);
                    flows.push(flow);
                }
                Err(mut found) => errors.append(&mut found),
            }
        }
    }
    flows
}

/// A city's windows in each edition whose file is there (`windows_path` with `.easy`/`.en`),
/// each checked against the city's `windows`; a file with errors is reported and left out.
fn read_window_editions(
    tree: &ContentTree,
    windows_path: &str,
    windows: &[windows::Window],
    easy_words: &EasyWords,
    errors: &mut Vec<ContentError>,
) -> Vec<windows::editions::WindowEditions> {
    let mut found = Vec::new();
    for edition in Edition::TRANSLATED {
        let path = windows::editions::edition_path(windows_path, edition);
        match tree.text(&path) {
            None => {}
            Some(Err(error)) => errors.push(error),
            Some(Ok(text)) => {
                let file = tree.display_of(&path);
                match windows::editions::read_window_editions(edition, &file, text, windows, easy_words) {
                    Ok(editions) => found.push(editions),
                    Err(mut problems) => errors.append(&mut problems),
                }
            }
        }
    }
    found
}

/// A flow's reasons in each edition whose file is there, each checked against the flow's
/// Japanese reasons (`flow_path`, `flow_text`); a file with errors is reported and left out.
fn read_reasons_in_editions(
    tree: &ContentTree,
    flow_path: &str,
    flow_text: &str,
    easy_words: &EasyWords,
    errors: &mut Vec<ContentError>,
) -> Vec<edition_reasons::EditionReasons> {
    let japanese = edition_reasons::japanese_reasons(flow_text);
    let flow_file = tree.display_of(flow_path);
    let mut found = Vec::new();
    for edition in Edition::TRANSLATED {
        let path = edition_reasons::edition_path(flow_path, edition);
        let text = match tree.text(&path) {
            None => continue,
            Some(Err(error)) => {
                errors.push(error);
                continue;
            }
            Some(Ok(text)) => text,
        };
        let file = tree.display_of(&path);
        match edition_reasons::read_edition_reasons(edition, &file, text, &flow_file, &japanese, easy_words) {
            Ok(reasons) => found.push(reasons),
            Err(mut problems) => errors.append(&mut problems),
        }
    }
    found
}

/// A prose file's sections (none if the tree does not have it), or `None` if it cannot be
/// read; its internal links go to `links` to be checked once every page is known.
fn read_prose(
    tree: &ContentTree,
    path: &str,
    base: &str,
    links: &mut Vec<(String, InternalLink)>,
    errors: &mut Vec<ContentError>,
) -> Option<BTreeMap<String, NodeProse>> {
    let text = match tree.text(path) {
        None => return Some(BTreeMap::new()),
        Some(Err(error)) => {
            errors.push(error);
            return None;
        }
        Some(Ok(text)) => text,
    };
    let file = tree.display_of(path);
    match guide_prose::parse_prose(&file, text, base) {
        Ok((sections, found)) => {
            links.extend(found.into_iter().map(|link| (file.clone(), link)));
            Some(sections)
        }
        Err(mut found) => {
            errors.append(&mut found);
            Some(BTreeMap::new())
        }
    }
}
