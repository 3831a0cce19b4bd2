//! The guides in the language editions, after the Japanese guides in step 3 of the content
//! pipeline: a flow whose wording has an edition (`guides/resident.prose.en.md`, see `prose`)
//! and whose city has its results' reasons in that edition (see `reasons`) becomes the page
//! `en/cities/<city>/guides/<flow>` — the same flow, screens and windows as the Japanese page,
//! in the edition's words, so the one WASM walks it unchanged.

pub mod contact;
pub mod prose;
pub mod reasons;

use std::collections::{BTreeMap, HashMap};

use crate::content::editions::hard_words::read_hard_words;
use crate::content::editions::readability::check_readability;
use crate::content::emergency::{EMERGENCY_PAGE_ID, NUMBERS_SECTION};
use crate::content::error::ContentError;
use crate::content::guides::checked::{CheckedFlow, NodeProse};
use crate::content::guides::pages;
use crate::content::guides::prose::parse_prose_in;
use crate::content::outline::InternalLink;
use crate::content::page::{CompiledPage, GeneratedFront, PageKind};
use crate::content::site_config::SiteConfig;
use crate::content::source::ContentTree;
use crate::content::windows::CityWindows;
use crate::site::Edition;

/// What the edition guides are made from.
pub struct EditionGuideInputs<'a> {
    /// The content tree (the edition wording files).
    pub tree: &'a ContentTree,
    /// site.toml.
    pub config: &'a SiteConfig,
    /// Each city's windows.
    pub windows: &'a [CityWindows],
    /// The checked flows, with their Japanese wording.
    pub flows: &'a [CheckedFlow],
    /// The base path.
    pub base: &'a str,
}

/// Adds each flow's page in each edition that has its wording and its city's reasons; the
/// wording's internal links go to `prose_links`, to be checked with the others.
pub fn add_edition_guides(
    inputs: &EditionGuideInputs,
    pages: &mut Vec<(CompiledPage, Vec<InternalLink>)>,
    ids: &mut HashMap<String, String>,
    prose_links: &mut Vec<(String, InternalLink)>,
    errors: &mut Vec<ContentError>,
) {
    let mut files = ProseFiles::default();
    let mut found = Vec::new();
    for checked in inputs.flows {
        let Some(windows) = inputs.windows.iter().find(|windows| windows.city == *checked.flow.city) else {
            continue;
        };
        let Some(city) = inputs.config.cities.iter().find(|city| city.id == windows.city) else { continue };
        for edition in Edition::TRANSLATED {
            let japanese_national = format!("guides/{}.prose.md", checked.flow.id);
            let japanese_city = format!("cities/{}/guides/{}.prose.md", city.id, checked.flow.id);
            let national_path = prose::edition_prose_path(&japanese_national, edition);
            if inputs.tree.text(&national_path).is_none() {
                continue;
            }
            let city_path = prose::edition_prose_path(&japanese_city, edition);
            let national = files.read(inputs, &national_path, edition, prose_links, errors);
            let city_sections = files.read(inputs, &city_path, edition, prose_links, errors);
            let japanese_city_sections =
                files.read(inputs, &japanese_city, Edition::Japanese, &mut Vec::new(), &mut Vec::new());
            let wording = prose::EditionWording {
                edition,
                national: &national,
                city: &city_sections,
                japanese_city: &japanese_city_sections,
                national_file: &inputs.tree.display_of(&national_path),
                city_file: &inputs.tree.display_of(&city_path),
            };
            let joined = match prose::edition_prose(checked, &wording, windows) {
                Ok(joined) => joined,
                Err(problems) => {
                    for problem in problems {
                        if !errors.contains(&problem) {
                            errors.push(problem);
                        }
                    }
                    continue;
                }
            };
            // Without the results' reasons in this edition, the page is not made: the language
            // selector then says it is not in this language yet, rather than show half of it.
            let Some(outcomes) = reasons::translated_outcomes(checked, edition) else { continue };
            let mut translated = checked.clone();
            translated.prose = joined;
            translated.flow.outcomes = outcomes.into();
            // The city as the edition names it (`city = "Izu City"` in windows.en.toml), if it does.
            let mut city = city.clone();
            if let Some(name) =
                windows.editions.iter().find(|texts| texts.edition == edition).and_then(|texts| texts.city_name.clone())
            {
                city.name = name;
            }
            found.push((translated, edition, city, windows, inputs.tree.display_of(&national_path)));
        }
    }
    let made: Vec<(CompiledPage, Vec<InternalLink>)> = found
        .iter()
        .map(|(translated, edition, city, windows, source)| {
            let numbers = emergency_numbers(pages, *edition);
            let japanese_city_id = format!("cities/{}", city.id);
            let city_page = [edition.page_id(&japanese_city_id), japanese_city_id.clone()]
                .into_iter()
                .find_map(|id| pages.iter().find(|(page, _)| page.id == id).map(|(page, _)| page));
            let (title, summary) = pages::title_and_summary(translated, city, *edition);
            // The cards link to the windows' pages in this edition where the city has them.
            let directory = edition.page_id(&crate::content::windows::model::directory_id(&city.id));
            let windows_edition = if ids.contains_key(&directory) { *edition } else { Edition::Japanese };
            let body = pages::guide_body(
                translated,
                city,
                windows,
                inputs.base,
                inputs.config,
                numbers.as_ref(),
                *edition,
                windows_edition,
            );
            let parent = [edition.page_id(&japanese_city_id), edition.page_id("")]
                .into_iter()
                .find(|id| ids.contains_key(id))
                .unwrap_or(japanese_city_id);
            let page = CompiledPage {
                id: edition.page_id(&pages::guide_id(&city.id, &translated.flow.id)),
                source: source.clone(),
                front: GeneratedFront {
                    title,
                    summary,
                    scope: city.id.clone(),
                    department: city_page.map(|page| page.front.department.clone()).unwrap_or_default(),
                    reviewed: city_page.map_or_else(default_day, |page| page.front.reviewed),
                    legal_basis: translated.legal_basis.clone(),
                    order: 90,
                }
                .into(),
                html: body.html.into(),
                headings: Vec::new(),
                parent: Some(parent),
                kind: PageKind::Guide,
            };
            (page, body.links)
        })
        .collect();
    for (page, links) in made {
        if let Some(first) = ids.get(&page.id) {
            errors.push(ContentError::in_file(
                first.clone(),
                format!("the page id `{}` is made from {} and cannot also be a Markdown page", page.id, page.source),
                "Rename or remove the Markdown file: the portal makes this page from the guide's data.",
            ));
            continue;
        }
        ids.insert(page.id.clone(), page.source.clone());
        pages.push((page, links));
    }
}

/// The emergency numbers as the edition's emergency page words them, else the Japanese page's.
fn emergency_numbers(
    pages: &[(CompiledPage, Vec<InternalLink>)],
    edition: Edition,
) -> Option<crate::content::html::PageHtml> {
    [edition.page_id(EMERGENCY_PAGE_ID), EMERGENCY_PAGE_ID.to_string()]
        .iter()
        .find_map(|id| pages.iter().find(|(page, _)| &page.id == id))
        .and_then(|(page, _)| page.html.section_content(NUMBERS_SECTION))
}

fn default_day() -> toml::value::Datetime {
    toml::value::Datetime { date: None, time: None, offset: None }
}

/// The edition wording files read so far, each read (and, in やさしい日本語, measured) once.
#[derive(Default)]
struct ProseFiles {
    read: BTreeMap<String, BTreeMap<String, NodeProse>>,
}

impl ProseFiles {
    /// The sections of the file at `path` (none if it is not there or has errors, which are
    /// reported the first time it is read).
    fn read(
        &mut self,
        inputs: &EditionGuideInputs,
        path: &str,
        edition: Edition,
        links: &mut Vec<(String, InternalLink)>,
        errors: &mut Vec<ContentError>,
    ) -> BTreeMap<String, NodeProse> {
        if let Some(sections) = self.read.get(path) {
            return sections.clone();
        }
        let file = inputs.tree.display_of(path);
        let sections = match inputs.tree.text(path) {
            None => BTreeMap::new(),
            Some(Err(error)) => {
                errors.push(error);
                BTreeMap::new()
            }
            Some(Ok(text)) => {
                if edition == Edition::Easy {
                    let words = read_hard_words(inputs.tree, &mut Vec::new());
                    errors.extend(
                        check_readability(&prose::easy_lines(text), &words.hard, &words.names)
                            .into_iter()
                            .map(|problem| ContentError::at_line(&file, problem.line, problem.message, problem.hint)),
                    );
                }
                match parse_prose_in(&file, text, inputs.base, edition) {
                    Ok((sections, found)) => {
                        links.extend(found.into_iter().map(|link| (file.clone(), link)));
                        sections
                    }
                    Err(mut found) => {
                        errors.append(&mut found);
                        BTreeMap::new()
                    }
                }
            }
        };
        self.read.insert(path.to_string(), sections.clone());
        sections
    }
}
