//! The staff course, step 3c of the content pipeline (after the generated pages, so that it can
//! name windows and walk the staff guides): the course file (`course`) orders the module pages,
//! which are ordinary Markdown pages under `training/`, and gives each its goals, time and
//! links; each module's self-check (`quiz`) and the case exercises (`cases`, answered by the
//! staff guide's engine) become pages of their own, with the progress record (`pages`).
//! Everything here is checked at build: a module without its page, a self-check without a
//! right answer, or a case the guide routes elsewhere fails the build with file and line.

pub mod answer;
pub mod cases;
pub mod course;
pub mod pages;
pub mod quiz;
pub mod search;
pub mod toml_text;
pub mod trainer;

use std::collections::{BTreeMap, HashMap};

use crate::content::error::ContentError;
use crate::content::guides::checked::CheckedFlow;
use crate::content::markdown::render_markdown;
use crate::content::outline::{InternalLink, SectionText};
use crate::content::page::{CompiledPage, GeneratedFront, PageKind};
use crate::content::site_config::{SiteConfig, NATIONAL_SCOPE};
use crate::content::source::ContentTree;
use crate::content::windows::CityWindows;
use crate::i18n::ja;
use crate::site::page_url;

use cases::{check_case, read_cases, CASES_FILE};
use course::{read_course, Course, COURSE_FILE};
use pages::{ListedModule, CASES_ID, COURSE_ID, PROGRESS_ID};
use toml_text::{line_of, line_of_id, page_link};

/// Whether a page is the course's (its page, a module, a self-check, a case, the record or the
/// trainer's cards): search shows those of them that [`search::SearchedCourse`] lists, as its
/// own kind, and no other.
pub fn is_course_page(id: &str) -> bool {
    id == COURSE_ID || id.starts_with("training/")
}

/// What the course needs from the rest of the build.
pub struct TrainingInputs<'a> {
    /// The content tree (for the course's TOML files).
    pub tree: &'a ContentTree,
    /// site.toml (for the cities' names).
    pub config: &'a SiteConfig,
    /// Every city's windows.
    pub windows: &'a [CityWindows],
    /// Every checked guide flow.
    pub flows: &'a [CheckedFlow],
    /// The site's base path.
    pub base: &'a str,
}

/// Adds the course's pages (when the content has a course file) and decorates its module pages.
/// Gives the pages search may show; their text is put in `sections` (a module's goals before its
/// Markdown's sections; the course page's introduction, the case list's lead, each case's story).
pub fn add_training_pages(
    pages: &mut Vec<(CompiledPage, Vec<InternalLink>)>,
    ids: &mut HashMap<String, String>,
    inputs: &TrainingInputs,
    sections: &mut BTreeMap<String, Vec<SectionText>>,
    errors: &mut Vec<ContentError>,
) -> search::SearchedCourse {
    let mut searched = search::SearchedCourse::default();
    let tree = inputs.tree;
    let file = tree.display_of(COURSE_FILE);
    let text = match tree.text(COURSE_FILE) {
        None => return searched,
        Some(Err(error)) => {
            errors.push(error);
            return searched;
        }
        Some(Ok(text)) => text,
    };
    let course = match read_course(&file, text) {
        Ok(course) => course,
        Err(mut found) => {
            errors.append(&mut found);
            return searched;
        }
    };
    let base = inputs.base;
    let mut made: Vec<(CompiledPage, Vec<InternalLink>)> = Vec::new();
    let front = |title: String, summary: String, order: i64| -> crate::content::FrontMatter {
        GeneratedFront {
            title,
            summary,
            scope: NATIONAL_SCOPE.to_string(),
            department: course.department.clone(),
            reviewed: course.reviewed,
            legal_basis: Vec::new(),
            order,
        }
        .into()
    };
    let page = |id: String,
                title: String,
                summary: String,
                order: i64,
                parent: &str,
                html: crate::content::html::PageHtml,
                headings| CompiledPage {
        id,
        source: file.clone(),
        front: front(title, summary, order),
        html,
        headings,
        parent: Some(parent.to_string()),
        kind: PageKind::Article,
    };

    // The course page's links (intro and every module's) are recorded with their lines.
    let mut course_links = Vec::new();
    let intro = render_markdown(&course.intro, line_of(text, "intro", 1), base);
    errors.extend(
        intro
            .problems
            .iter()
            .map(|problem| ContentError::at_line(&file, problem.line, &problem.message, &problem.hint)),
    );
    course_links.extend(intro.links.clone());
    let mut listed = Vec::new();
    let progress_url = page_url(base, PROGRESS_ID);
    for (position, module) in course.modules.iter().enumerate() {
        let line = line_of_id(text, &module.id);
        let page_id = pages::module_id(&module.id);
        let Some(index) = pages.iter().position(|(page, _)| page.id == page_id) else {
            errors.push(ContentError::at_line(
                &file,
                line,
                format!("the module `{}` has no page: training/{}.md does not exist", module.id, module.id),
                "Write the module's page as training/<id>.md, or correct the id in course.toml.",
            ));
            continue;
        };
        let mut links = Vec::new();
        for link in &module.links {
            let link_line = line_of(text, &format!("\"{link}\""), line);
            match page_link(link, base, link_line, &mut course_links) {
                Ok(url) => links.push((url, link_words(link, pages))),
                Err(message) => errors.push(ContentError::at_line(
                    &file,
                    link_line,
                    message,
                    "Write module links as `@page-id` or `@page-id#heading-id`.",
                )),
            }
        }
        let quiz_path = format!("training/quizzes/{}.toml", module.id);
        let quiz_file = tree.display_of(&quiz_path);
        let quiz = match tree.text(&quiz_path) {
            None => {
                errors.push(ContentError::at_line(
                    &file,
                    line,
                    format!("the module `{}` has no self-check: {quiz_path} does not exist", module.id),
                    "Write its self-check as training/quizzes/<id>.toml (a few questions, each option explained).",
                ));
                None
            }
            Some(Err(error)) => {
                errors.push(error);
                None
            }
            Some(Ok(quiz_text)) => match quiz::read_quiz(&quiz_file, quiz_text, &module.id, base) {
                Ok(quiz) => Some(quiz),
                Err(mut found) => {
                    errors.append(&mut found);
                    None
                }
            },
        };
        let has_quiz = quiz.is_some();
        search::with_goals(module, sections.entry(page_id.clone()).or_default());
        searched.show(&page_id, search::ShownPage::default());
        let (module_page, _) = &mut pages[index];
        let title = module_page.front.title.clone();
        module_page.front.order = position as i64 + 1;
        module_page.html.prepend(pages::module_head(module, &links));
        if let Some(quiz) = quiz {
            let quiz_url = page_url(base, &pages::quiz_id(&module.id));
            module_page.html.push(pages::module_end(module, quiz.questions, &quiz_url, &progress_url));
            let body = pages::quiz_body(quiz.html, &page_url(base, &page_id), &progress_url);
            let mut quiz_page = page(
                pages::quiz_id(&module.id),
                format!("確認テスト：{title}"),
                format!("「{title}」で学んだことを、{}問で確かめます。", quiz.questions),
                1,
                &page_id,
                body.into(),
                Vec::new(),
            );
            quiz_page.source = quiz_file;
            made.push((quiz_page, quiz.links));
        }
        listed.push(ListedModule { module, title, links, has_quiz });
    }

    let cases = read_checked_cases(&course, inputs, errors);
    let case_list: Vec<(&cases::Case, String)> =
        cases.iter().map(|(case, _, _, _)| (case, city_name(inputs.config, &case.city))).collect();
    let cases_file = tree.display_of(CASES_FILE);
    let mut cards = Vec::new();
    for ((case, routed, story, story_text), (_, name)) in cases.iter().zip(&case_list) {
        let (Some(flow), Some(windows)) =
            (staff_flow(inputs.flows, &case.city), inputs.windows.iter().find(|w| w.city == case.city))
        else {
            continue;
        };
        let context = answer::CaseContext { routed, flow, windows, city_name: name, story };
        let body = pages::case_body(case, &context, base);
        cards.push((case, context));
        let mut case_page = page(
            pages::case_id(&case.id),
            case.title.clone(),
            format!(
                "{name}の事例（{}）を読み、つなぐ先・話し合う場・同意を決めて、職員向けガイドの答えとくらべます。",
                case.theme
            ),
            1,
            CASES_ID,
            body.html.into(),
            body.headings,
        );
        case_page.source = cases_file.clone();
        sections.insert(case_page.id.clone(), search::case_sections(case, name, story_text));
        searched.show(&case_page.id, search::ShownPage { city: case.city.clone(), sections_only: true });
        made.push((case_page, body.links));
    }
    let has_cases = tree.text(CASES_FILE).is_some();
    if has_cases {
        let body = pages::cases_body(&case_list, base);
        let mut list = page(
            CASES_ID.to_string(),
            "事例演習".to_string(),
            format!("5つの市の{}件の事例で、相談をどこにつなぎ、どの会議で話し合うかを練習します。", case_list.len()),
            course.modules.len() as i64 + 1,
            COURSE_ID,
            body.html.into(),
            body.headings,
        );
        list.source = cases_file.clone();
        sections.insert(CASES_ID.to_string(), vec![search::lead(&ja("training-cases-lead"))]);
        searched.show(CASES_ID, search::ShownPage::default());
        made.push((list, body.links));
        let body = trainer::trainer_body(&cards, base);
        let mut cards_page = page(
            trainer::TRAINER_ID.to_string(),
            "講師用：事例カード".to_string(),
            format!("グループ研修のための{}件の事例カードです。場面、話し合う問い、ガイドの答えと理由、話し合いのメモを、1枚に1事例ずつ印刷できます。", cards.len()),
            course.modules.len() as i64 + 3,
            COURSE_ID,
            body.html.into(),
            body.headings,
        );
        cards_page.source = cases_file;
        made.push((cards_page, body.links));
    }

    let note = render_markdown(&course.privacy_note, line_of(text, "privacy_note", 1), base);
    course_links.extend(note.links.clone());
    let progress = pages::progress_body(&course, &listed, &case_list, &note.html, base);
    made.push((page(PROGRESS_ID.to_string(), "学習の記録".to_string(), "終えたモジュール、確認テストの点、取り組んだ事例の記録です。記録はこの端末の中だけにあり、ファイルに書き出して移せます。".to_string(), course.modules.len() as i64 + 2, COURSE_ID, progress.html.into(), progress.headings), progress.links));
    let maps: Vec<(String, String)> = inputs
        .flows
        .iter()
        .filter(|checked| checked.flow.id == "staff")
        .map(|checked| {
            (
                city_name(inputs.config, &checked.flow.city),
                crate::content::guides::map::map_id(&checked.flow.city, "staff"),
            )
        })
        .collect();
    let body = pages::course_body(&course, &intro.html, &listed, has_cases, &maps, base);
    course_links.extend(body.links);
    let intro_text: Vec<&str> = intro.sections.iter().map(|section| section.text.as_str()).collect();
    sections.insert(COURSE_ID.to_string(), vec![search::lead(&intro_text.join(" "))]);
    searched.show(COURSE_ID, search::ShownPage::default());
    made.push((
        page(
            COURSE_ID.to_string(),
            course.title.clone(),
            course.summary.clone(),
            80,
            "",
            body.html.into(),
            body.headings,
        ),
        course_links,
    ));

    for (page, links) in made {
        if let Some(first) = ids.get(&page.id) {
            errors.push(ContentError::in_file(
                first.clone(),
                format!("the page id `{}` is made by the course from {}", page.id, page.source),
                "Rename or remove the Markdown file: the course writes this page.",
            ));
            continue;
        }
        ids.insert(page.id.clone(), page.source.clone());
        pages.push((page, links));
    }
    searched
}

/// A case, checked: the case, the engine's answer, and its story rendered and as plain text.
type CheckedCase = (cases::Case, cases::Routed, crate::content::html::MarkdownHtml, Vec<SectionText>);

/// The cases, each checked against its city's staff guide, with the engine's answer and the
/// story rendered. A case that fails is reported and left out.
fn read_checked_cases(course: &Course, inputs: &TrainingInputs, errors: &mut Vec<ContentError>) -> Vec<CheckedCase> {
    let _ = course;
    let file = inputs.tree.display_of(CASES_FILE);
    let text = match inputs.tree.text(CASES_FILE) {
        None => return Vec::new(),
        Some(Err(error)) => {
            errors.push(error);
            return Vec::new();
        }
        Some(Ok(text)) => text,
    };
    let read = match read_cases(&file, text) {
        Ok(read) => read,
        Err(error) => {
            errors.push(error);
            return Vec::new();
        }
    };
    let mut checked = Vec::new();
    let mut seen = std::collections::BTreeSet::new();
    for case in read.cases {
        let line = line_of_id(text, &case.id);
        if !seen.insert(case.id.clone()) {
            errors.push(ContentError::at_line(
                &file,
                line,
                format!("the case `{}` is written twice", case.id),
                "Give every case its own id.",
            ));
            continue;
        }
        let windows = inputs.windows.iter().find(|windows| windows.city == case.city);
        match check_case(&case, staff_flow(inputs.flows, &case.city), windows) {
            Ok(routed) => {
                let story = render_markdown(&case.story, line_of(text, "story", line), inputs.base);
                errors.extend(
                    story
                        .problems
                        .iter()
                        .map(|problem| ContentError::at_line(&file, problem.line, &problem.message, &problem.hint)),
                );
                checked.push((case, routed, story.html, story.sections));
            }
            Err((message, hint)) => errors.push(ContentError::at_line(&file, line, message, hint)),
        }
    }
    checked
}

fn staff_flow<'a>(flows: &'a [CheckedFlow], city: &str) -> Option<&'a CheckedFlow> {
    flows.iter().find(|checked| checked.flow.city == city && checked.flow.id == "staff")
}

fn city_name(config: &SiteConfig, city: &str) -> String {
    config.cities.iter().find(|known| known.id == city).map_or_else(|| city.to_string(), |known| known.name.clone())
}

/// The words for a module link: the target page's title, and its heading's when it has an anchor.
fn link_words(link: &str, pages: &[(CompiledPage, Vec<InternalLink>)]) -> String {
    let target = link.trim_start_matches('@');
    let (page_id, anchor) = target.split_once('#').map_or((target, None), |(page, anchor)| (page, Some(anchor)));
    let Some((page, _)) = pages.iter().find(|(page, _)| page.id == page_id.trim_matches('/')) else {
        return target.to_string();
    };
    match anchor.and_then(|anchor| page.headings.iter().find(|heading| heading.id == anchor)) {
        Some(heading) => format!("{}：{}", page.front.title, heading.text),
        None => page.front.title.clone(),
    }
}
