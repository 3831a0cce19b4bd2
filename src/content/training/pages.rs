//! The HTML of the course's pages, written with maud: the course page (modules in order with
//! goals, time and links), the box atop each module page and its ending, a self-check page, the
//! case list and each case, and the progress record. Every id and attribute the browser reads
//! comes from `training::markup`.

use crate::content::html::{html, BodyWriter, GeneratedBody, MarkdownHtml, Markup};
use crate::content::training::answer::{
    case_question, guide_answer, meeting_words, CaseContext, CONSENT_CHOICES, MEETING_CHOICES,
};
use crate::content::training::cases::Case;
use crate::content::training::course::{Course, Module};
use crate::i18n::{ja, ja_with};
use crate::training::markup;

/// The course page's id.
pub const COURSE_ID: &str = "training";
/// The case list's id.
pub const CASES_ID: &str = "training/cases";
/// The progress page's id.
pub const PROGRESS_ID: &str = "training/progress";

/// A module page's id.
pub fn module_id(module: &str) -> String {
    format!("{COURSE_ID}/{module}")
}

/// A module's self-check page id.
pub fn quiz_id(module: &str) -> String {
    format!("{COURSE_ID}/{module}/check")
}

/// A case page's id.
pub fn case_id(case: &str) -> String {
    format!("{CASES_ID}/{case}")
}

/// A module as the course page lists it: the module, its page's title, and its links resolved
/// (address, words) with the line each was written on.
pub struct ListedModule<'a> {
    /// The module.
    pub module: &'a Module,
    /// Its page's title.
    pub title: String,
    /// Its links: (address, words).
    pub links: Vec<(String, String)>,
    /// Whether its self-check page was made (it is not when the self-check has errors).
    pub has_quiz: bool,
}

/// The course page: the introduction, the modules in order, and the way to the cases and the record.
pub fn course_body(
    course: &Course,
    intro: &MarkdownHtml,
    modules: &[ListedModule],
    has_cases: bool,
    maps: &[(String, String)],
    base: &str,
) -> GeneratedBody {
    let mut body = BodyWriter::new(base);
    let total: u32 = course.modules.iter().map(|module| module.minutes).sum();
    let heading_modules = body.heading(2, "modules", &ja("training-modules-title"));
    let module_urls: Vec<String> = modules.iter().map(|listed| body.page(&module_id(&listed.module.id))).collect();
    let heading_practice = body.heading(2, "practice", &ja("training-practice-title"));
    let cases = has_cases.then(|| (body.page(CASES_ID), body.page(crate::content::training::trainer::TRAINER_ID)));
    let progress = body.page(PROGRESS_ID);
    let maps: Vec<(&str, String)> = maps.iter().map(|(city, id)| (city.as_str(), body.page(id))).collect();
    let html = html! {
        (intro)
        (heading_modules)
        p {
            (ja_with("training-course-length", &[("modules", &modules.len().to_string()), ("minutes", &total.to_string())]))
        }
        ol class="training-modules" {
            @for (listed, url) in modules.iter().zip(&module_urls) {
                li class="training-modules__item" {
                    p class="training-modules__title" { a href=(url) { (listed.title) } " " span class="training-modules__time" {
                            (ja_with("training-minutes-listed", &[("minutes", &listed.module.minutes.to_string())]))
                        }
                    }
                    p class="training-modules__label" { (ja("training-goals")) }
                    ul { @for goal in &listed.module.goals { li { (goal) } } }
                    (link_list(&listed.links))
                }
            }
        }
        (heading_practice)
        ul {
            @if let Some((cases, _)) = &cases { li { a href=(cases) { (ja("training-cases-link")) } (ja("training-cases-about")) } }
            li { a href=(progress) { (ja("training-progress-link")) } (ja("training-progress-about")) }
            @if let Some((_, cards)) = &cases { li { a href=(cards) { (ja("training-cards-link")) } (ja("training-cards-about")) } }
            @if !maps.is_empty() {
                li { (ja("training-maps"))
                    @for (index, (city, url)) in maps.iter().enumerate() { @if index > 0 { "、" } a href=(url) { (city) } } }
            }
        }
    };
    body.finish(html)
}

fn link_list(links: &[(String, String)]) -> Markup {
    html! {
        @if !links.is_empty() {
            p class="training-modules__label" { (ja("training-pages-used")) }
            ul class="training-links" { @for (url, words) in links { li { a href=(url) { (words) } } } }
        }
    }
}

/// The box atop a module page: time, goals and the pages it draws on.
pub fn module_head(module: &Module, links: &[(String, String)]) -> Markup {
    html! {
        aside class="training-module-head" aria-label=(ja("training-module-about")) {
            p { strong { (ja("training-time")) } (ja_with("training-minutes", &[("minutes", &module.minutes.to_string())])) }
            p class="training-modules__label" { (ja("training-goals")) }
            ul { @for goal in &module.goals { li { (goal) } } }
            (link_list(links))
        }
    }
}

/// The end of a module page: the self-check, and marking the module done (shown by the script).
pub fn module_end(module: &Module, questions: usize, quiz_url: &str, progress_url: &str) -> Markup {
    html! {
        section class="training-module-end" aria-label=(ja("training-module-end")) {
            p { a class="button" href=(quiz_url) { (ja_with("training-take-quiz", &[("questions", &questions.to_string())])) } }
            // The course's own WASM starts at load here (the page module's root): the form shows
            // whether the module is already marked, from the record on the device.
            form class="training-done" data-training-module=(module.id) data-page-module=(markup::PAGE_MODULE) hidden
                data-words-done=(ja_with("training-script-done", &[("date", "{date}")]))
                data-words-not-saved=(ja("training-script-not-saved")) {
                button type="submit" class="button button--secondary" { (ja("training-mark-done")) }
                p role="status" {}
            }
            p { (ja("training-record-before")) a href=(progress_url) { (ja("training-progress-link")) } (ja("training-record-after")) }
        }
    }
}

/// A self-check page: the form, and the way back.
pub fn quiz_body(quiz: Markup, module_url: &str, progress_url: &str) -> Markup {
    html! {
        p { (ja("training-quiz-lead")) }
        (quiz)
        p { a href=(module_url) { (ja("training-back-to-module")) } "／" a href=(progress_url) { (ja("training-see-record")) } }
    }
}

/// The case list: every case with its city and theme.
pub fn cases_body(cases: &[(&Case, String)], base: &str) -> GeneratedBody {
    let mut body = BodyWriter::new(base);
    let urls: Vec<String> = cases.iter().map(|(case, _)| body.page(&case_id(&case.id))).collect();
    let html = html! {
        p { (ja("training-cases-lead")) }
        ol class="training-cases" {
            @for ((case, city_name), url) in cases.iter().zip(&urls) {
                li { a href=(url) { (case.title) } (ja_with("training-case-listed", &[("city", city_name), ("theme", &case.theme)])) }
            }
        }
    };
    body.finish(html)
}

/// A case page: the story, the learner's choices as a form, and the guide's answer.
pub fn case_body(case: &Case, context: &CaseContext, base: &str) -> GeneratedBody {
    let mut body = BodyWriter::new(base);
    let routed = context.routed;
    let name_of = |id: &str| context.window_name(id);
    let heading_story = body.heading(2, "story", &ja("training-story-title"));
    let heading_choose = body.heading(2, "choose", &ja("training-choose-title"));
    let heading_answer = body.heading(2, "guide-answer", &ja("training-answer-title"));
    let answer = guide_answer(case, context, &mut body);
    let name = |part: &str| format!("case-{}-{part}", case.id);
    let first_ids: Vec<&str> = routed.first.iter().map(|(id, _)| id.as_str()).collect();
    let html = html! {
        (heading_story)
        p class="training-case__city" {
            (ja_with("training-case-city", &[("city", context.city_name), ("theme", &case.theme)]))
        }
        div class="training-case__story" { (context.story) }
        (heading_choose)
        form class="training-case" data-training-case=(case.id) data-page-module=(markup::PAGE_MODULE) data-meeting=(routed.outcome) data-consent=(routed.consent_asked) data-windows=(first_ids.join(" ")) novalidate
            data-words-case-incomplete=(ja("training-script-case-incomplete"))
            data-words-case-same=(ja("training-script-case-same"))
            data-words-case-different=(ja("training-script-case-different"))
            data-words-case-window=(ja_with("training-script-case-window", &[("mark", "{mark}"), ("you", "{you}")]))
            data-words-case-meeting=(ja_with("training-script-case-meeting", &[("mark", "{mark}"), ("you", "{you}"), ("guide", "{guide}")]))
            data-words-case-consent=(ja_with("training-script-case-consent", &[("mark", "{mark}"), ("guide", "{guide}")]))
            data-words-case-guide-meeting=(meeting_words(&routed.outcome).unwrap_or_default())
            data-words-case-guide-consent=(if routed.consent_asked { ja("training-script-case-consent-asked") } else { ja("training-script-case-consent-not-asked") })
            data-words-case-matched=(ja("training-script-case-matched"))
            data-words-case-differs=(ja("training-script-case-differs")) {
            fieldset class="training-question" {
                legend { (case_question(0)) }
                @for (index, choice) in case.window_choices.iter().enumerate() {
                    @let input = format!("{}-{index}", name("window"));
                    div class="training-choice" {
                        input type="radio" name=(name("window")) id=(input) value=(choice);
                        label for=(input) { (name_of(choice)) }
                    }
                }
            }
            fieldset class="training-question" {
                legend { (case_question(1)) }
                @for (index, (id, words)) in MEETING_CHOICES.iter().enumerate() {
                    @let input = format!("{}-{index}", name("meeting"));
                    div class="training-choice" {
                        input type="radio" name=(name("meeting")) id=(input) value=(id);
                        label for=(input) { (ja(words)) }
                    }
                }
            }
            fieldset class="training-question" {
                legend { (case_question(2)) }
                @for (index, (value, words)) in CONSENT_CHOICES.iter().enumerate() {
                    @let input = format!("{}-{index}", name("consent"));
                    div class="training-choice" {
                        input type="radio" name=(name("consent")) id=(input) value=(value);
                        label for=(input) { (ja(words)) }
                    }
                }
            }
            div class="training-quiz__submit" { button type="submit" class="button" { (ja("training-compare")) } }
            div class="training-case__compare" data-case-compare role="status" {}
        }
        (heading_answer)
        details class="training-case__answer" data-case-answer {
            summary { (ja("training-see-answer")) }
            (answer)
        }
    };
    body.finish(html)
}

/// The progress page: the plain-words note, the controls, and the record, one row per module,
/// self-check and case, filled in by the script from the device's storage.
pub fn progress_body(
    course: &Course,
    modules: &[ListedModule],
    cases: &[(&Case, String)],
    note: &MarkdownHtml,
    base: &str,
) -> GeneratedBody {
    let mut body = BodyWriter::new(base);
    let heading_note = body.heading(2, "where-kept", &ja("training-where-kept-title"));
    let heading_record = body.heading(2, "record", &ja("training-record-title"));
    let heading_move = body.heading(2, "move", &ja("training-move-title"));
    let module_urls: Vec<String> = modules.iter().map(|listed| body.page(&module_id(&listed.module.id))).collect();
    let quiz_urls: Vec<Option<String>> =
        modules.iter().map(|listed| listed.has_quiz.then(|| body.page(&quiz_id(&listed.module.id)))).collect();
    let case_urls: Vec<String> = cases.iter().map(|(case, _)| body.page(&case_id(&case.id))).collect();
    let not_yet = ja("training-not-yet");
    let html = html! {
        (heading_note)
        (note)
        // The record is read from the device as the page opens, so the course's own WASM starts
        // at load; its root holds the record and every control, so none of them starts the app.
        div id=(markup::PROGRESS_ROOT_ID) data-page-module=(markup::PAGE_MODULE)
            data-words-record-module=(ja_with("training-script-record-module", &[("date", "{date}")]))
            data-words-record-quiz=(ja_with("training-script-record-quiz", &[("total", "{total}"), ("right", "{right}"), ("date", "{date}")]))
            data-words-record-case-same=(ja_with("training-script-record-case-same", &[("date", "{date}")]))
            data-words-record-case-different=(ja_with("training-script-record-case-different", &[("date", "{date}")]))
            data-words-record-none=(ja("training-script-record-none"))
            data-words-exported=(ja_with("training-script-exported", &[("file", "{file}")]))
            data-words-too-big=(ja("training-script-too-big"))
            data-words-imported=(ja("training-script-imported"))
            data-words-imported-not-saved=(ja("training-script-imported-not-saved"))
            data-words-unreadable=(ja("training-script-unreadable"))
            data-words-clear-confirm=(ja("training-script-clear-confirm"))
            data-words-cleared=(ja("training-script-cleared")) {
            (heading_record)
            p class="training-record__print-note" { (ja("training-printed")) span data-record="printed" { "—" } "　" (course.title) }
            div class="table-scroll" role="region" tabindex="0" aria-label=(ja("training-modules-record-label")) {
                table class="training-record" {
                    caption { (ja("training-modules-record")) }
                    thead {
                        tr {
                            th scope="col" { (ja("training-col-module")) }
                            th scope="col" { (ja("training-col-done")) }
                            th scope="col" { (ja("training-col-quiz")) }
                        }
                    }
                    tbody {
                        @for ((listed, url), quiz) in modules.iter().zip(&module_urls).zip(&quiz_urls) {
                            tr {
                                th scope="row" { a href=(url) { (listed.title) } }
                                td data-record={ "module:" (listed.module.id) } { (not_yet) }
                                td data-record={ "quiz:" (listed.module.id) } { @if let Some(quiz) = quiz { a href=(quiz) { (not_yet) } } @else { (not_yet) } }
                            }
                        }
                    }
                }
            }
            div class="table-scroll" role="region" tabindex="0" aria-label=(ja("training-cases-record-label")) {
                table class="training-record" {
                    caption { (ja("training-cases-record")) }
                    thead { tr { th scope="col" { (ja("training-col-case")) } th scope="col" { (ja("training-col-case-result")) } } }
                    tbody {
                        @for ((case, city_name), url) in cases.iter().zip(&case_urls) {
                            tr {
                                th scope="row" { a href=(url) { (case.title) } (ja_with("training-case-city-in-record", &[("city", city_name)])) }
                                td data-record={ "case:" (case.id) } { (not_yet) }
                            }
                        }
                    }
                }
            }
            (heading_move)
            p { (ja("training-move-lead")) }
            div id=(markup::CONTROLS_ID) class="training-controls" hidden {
                button type="button" class="button" id=(markup::PRINT_ID) { (ja("training-print")) }
                button type="button" class="button button--secondary" id=(markup::EXPORT_ID) { (ja("training-export")) }
                div class="training-controls__import" {
                    label for=(markup::IMPORT_ID) { (ja("training-import")) }
                    input type="file" id=(markup::IMPORT_ID) accept="application/json,.json";
                }
                button type="button" class="button button--secondary" id=(markup::CLEAR_ID) { (ja("training-clear")) }
            }
            p id=(markup::STATUS_ID) role="status" {}
        }
    };
    body.finish(html)
}
