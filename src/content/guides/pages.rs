//! The HTML the compiler writes for a guide: one page per flow holding every screen (the intro,
//! each question as a form, check your answers, each outcome with its window cards, and the
//! 相談メモ), all hidden but the intro. The flow's structure rides along in `data-flow` (see
//! `guide::wire`) and the wording the browser fills in as templates on the root (see
//! `guide::markup::Wording`); the browser shows one screen at a time and fills in only numbers
//! and texts already on the page, so every word a reader sees was written here at build time.
//! Every id, class and `data-*` attribute the browser reads comes from `guide::markup`.

use crate::content::guides::checked::{CheckedFlow, INTRO};
use crate::content::guides::screens::{check_screen, outcome_screen, question_screen};
use crate::content::html::{href, html, BodyWriter, GeneratedBody, Markup, PageHtml};
use crate::content::site_config::{City, SiteConfig};
use crate::content::windows::CityWindows;
use crate::guide::markup::{self, Wording};
use crate::guide::steps::AT;
use crate::guide::wire;
use crate::i18n::marked::{message, message_with};
use crate::i18n::{text, text_with};
use crate::site::{page_url, Edition};

/// The id of a city's guides page.
pub fn guides_id(city: &str) -> String {
    format!("cities/{city}/guides")
}

/// The id of a flow's page.
pub fn guide_id(city: &str, flow: &str) -> String {
    format!("cities/{city}/guides/{flow}")
}

/// The guide's title (its `intro` heading) and one-line summary (the text of the intro's first
/// paragraph, as the prose parse recorded it).
pub fn title_and_summary(checked: &CheckedFlow, city: &City, edition: Edition) -> (String, String) {
    let intro = checked.prose.get(INTRO);
    let title = intro.map_or_else(|| checked.flow.id.to_string(), |intro| intro.title.clone());
    let summary = intro.map(|intro| intro.summary.clone()).unwrap_or_default();
    (text_with(edition, "guide-page-title", &[("guide", &title), ("city", &city.name)]), summary)
}

/// The words the browser fills in, as templates (see `guide::markup::Wording`), from the
/// message catalogue of `edition`: each `{name}` stays for the browser to fill in.
pub fn wording(edition: Edition) -> Wording {
    let template = |key: &str, names: &[&str]| {
        let kept: Vec<String> = names.iter().map(|name| format!("{{{name}}}")).collect();
        let args: Vec<(&str, &str)> = names.iter().zip(&kept).map(|(name, kept)| (*name, kept.as_str())).collect();
        text_with(edition, key, &args)
    };
    Wording {
        progress_more: template("guide-progress-more", &["number", "left"]),
        progress_last: template("guide-progress-last", &["number"]),
        in_play: template("guide-in-play", &["count"]),
        resume_offer: text(edition, "guide-resume-offer"),
        resume_damaged: text(edition, "guide-resume-damaged"),
        resume_forgotten: text(edition, "guide-resume-forgotten"),
        screen_title: template("guide-screen-title", &["screen", "page"]),
        error_title: template("guide-error-title", &["title"]),
        memo_window: template("guide-memo-window", &["name", "contact"]),
        answer_separator: "\n".to_string(),
    }
}

/// The body of a flow's page, with the pages it links to (the city's directory and the windows'
/// pages) recorded for the link checks.
/// `config` gives the quick exit's address; `emergency_numbers`, the emergency page's numbers
/// for the danger screen; `edition`, the language of the page's own words (the flow's wording
/// in `checked` is already that edition's); `windows_edition`, the edition of the window pages
/// the cards link to (Japanese where the city's windows have no page in `edition`).
#[allow(clippy::too_many_arguments)]
pub fn guide_body(
    checked: &CheckedFlow,
    city: &City,
    windows: &CityWindows,
    base: &str,
    config: &SiteConfig,
    emergency_numbers: Option<&PageHtml>,
    edition: Edition,
    windows_edition: Edition,
) -> GeneratedBody {
    let mut body = BodyWriter::new(base);
    let exit_url = href(&config.quick_exit_url);
    let flow = &checked.flow;
    let path = page_url(base, &edition.page_id(&guide_id(&city.id, &flow.id)));
    let directory = body.page(&windows_edition.page_id(&crate::content::windows::model::directory_id(&city.id)));
    // The staff guide's intro links its map (for staff who want the whole flow at once).
    let map =
        (flow.id.as_ref() == STAFF_FLOW).then(|| body.page(&crate::content::guides::map::map_id(&city.id, &flow.id)));
    let wording = wording(edition);
    let ja = (edition == Edition::English && windows_edition == Edition::Japanese).then_some("ja");
    let [progress_more, progress_last, in_play, resume_offer, resume_damaged, resume_forgotten, screen_title, error_title, memo_window, answer_separator] =
        wording.values();
    let questions: Vec<Markup> = flow
        .questions
        .iter()
        .filter_map(|question| {
            checked.prose.get(question.id.as_ref()).map(|words| question_screen(question, words, edition))
        })
        .collect();
    let outcomes: Vec<Markup> = flow
        .outcomes
        .iter()
        .map(|outcome| {
            outcome_screen(
                &mut body,
                outcome,
                &checked.prose,
                city,
                windows,
                emergency_numbers,
                (edition, windows_edition),
            )
        })
        .collect();
    let markup = html! {
        div class="guide" id=(markup::ROOT_ID) data-page-module=(markup::PAGE_MODULE) data-flow=(wire::encode(flow)) data-exit=(exit_url)
            data-progress-more=(progress_more) data-progress-last=(progress_last) data-in-play-text=(in_play)
            data-resume-offer=(resume_offer) data-resume-damaged=(resume_damaged) data-resume-forgotten=(resume_forgotten)
            data-screen-title=(screen_title) data-error-title=(error_title) data-memo-window=(memo_window)
            data-answer-separator=(answer_separator) {
            // A real link, so the exit works before (and without) the WASM; with it, the page is
            // replaced rather than left in the history, and the walk is forgotten.
            div class="guide__exit" {
                a class="quick-exit" id=(markup::EXIT_LINK_ID) href=(exit_url) rel="noreferrer" { (text(edition, "guide-exit")) }
            }
            p class="notice guide__needs-js" {
                (message(edition, "guide-needs-js-before"))
                // Marked Japanese when the list of windows has no page in this edition.
                a href=(directory) lang=[ja] { (message_with(edition, "guide-needs-js-link", &[("city", &city.name)])) }
                (message(edition, "guide-needs-js-after"))
            }
            div class="notice guide__problem" id=(markup::PROBLEM_ID) role="alert" tabindex="-1" hidden {
                p {
                    strong { (text(edition, "guide-problem-title")) }
                    (text(edition, "guide-problem-text"))
                }
                p { a class="button" href=(href(&path)) data-guide-link { (text(edition, "guide-start-over")) } }
            }
            p class="notice guide__sensitive" id=(markup::SENSITIVE_NOTE_ID) hidden {
                (text(edition, "guide-sensitive-note"))
            }
            nav class="guide-nav" id=(markup::NAV_ID) aria-label=(text(edition, "guide-nav-label")) hidden {
                a class="guide-nav__back" id=(markup::BACK_ID) href="" data-guide-link { (text(edition, "guide-back")) }
                a class="guide-nav__restart" id=(markup::RESTART_ID) href="" data-guide-link { (text(edition, "guide-restart")) }
            }
            (intro_screen(checked, &path, resume_offer, map.as_deref(), edition))
            @for question in &questions { (question) }
            (check_screen(checked, edition))
            @for outcome in &outcomes { (outcome) }
            (memo(flow.id.as_ref() == STAFF_FLOW, edition))
        }
    };
    body.finish(markup)
}

fn intro_screen(checked: &CheckedFlow, path: &str, resume_offer: &str, map: Option<&str>, edition: Edition) -> Markup {
    let flow = &checked.flow;
    let most = flow.question(&flow.start).map_or(0, |question| flow.questions_left(question).1);
    let intro = checked.prose.get(INTRO);
    let title = intro.map_or_else(|| text(edition, "guide-intro-title"), |intro| intro.title.clone());
    let most = most.to_string();
    let start = format!("{path}?{AT}={}", flow.start);
    html! {
        section class=(markup::SCREEN_CLASS) id=(markup::INTRO_ID) aria-labelledby=(markup::INTRO_TITLE_ID) {
            h2 id=(markup::INTRO_TITLE_ID) tabindex="-1" { (title) }
            p { (text_with(edition, "guide-intro-length", &[("most", &most)])) }
            div class="guide-resume notice" id=(markup::RESUME_ID) hidden {
                p id=(markup::RESUME_TEXT_ID) tabindex="-1" { (resume_offer) }
                p {
                    a class="button" id=(markup::RESUME_LINK_ID) href="" data-guide-link hidden { (text(edition, "guide-resume")) }
                    " "
                    button type="button" class="button button--secondary" id=(markup::FORGET_ID) hidden { (text(edition, "guide-forget")) }
                }
            }
            p class="guide-start" { a class="button button--start" id=(markup::START_ID) href=(href(&start)) data-guide-link { (text(edition, "guide-start")) } }
            // The start button comes first, so it is on the first screen under the heading; the
            // settings follow it, named as what to choose before starting.
            fieldset class="guide-settings" {
                legend { (text(edition, "guide-settings")) }
                (setting(markup::SENSITIVE_ID, &text(edition, "guide-sensitive"), &text(edition, "guide-sensitive-hint")))
                (setting(markup::REMEMBER_ID, &text(edition, "guide-remember"), &text(edition, "guide-remember-hint")))
            }
            h3 { (text(edition, "guide-about")) }
            @if let Some(intro) = intro { (intro.html) }
            @if let Some(map) = map {
                p { "質問と分かれ道、結果と窓口の全体は、" a href=(map) { "このガイドの全体図" } "で、図と一覧で見られます。" }
            }
            ul {
                li { (text(edition, "guide-about-private")) }
                li { (text(edition, "guide-about-exit")) }
            }
        }
    }
}

/// One checkbox of the intro's settings, with its hint inside the label.
fn setting(id: &str, label: &str, hint: &str) -> Markup {
    html! {
        div class="guide-choice" {
            input type="checkbox" id=(id);
            label for=(id) { (label) span class="guide-choice__hint" { (hint) } }
        }
    }
}

/// The id of the staff flow, whose 相談メモ is written for the staff member who passes the case on.
pub const STAFF_FLOW: &str = "staff";

/// The 相談メモ under a result: the answers and the first windows (filled in from the page's
/// own texts), and lines to write on. Printing shows only the result and this memo. The staff
/// guide's memo is a note for passing a case on, not a list of what a resident should bring.
fn memo(for_staff: bool, edition: Edition) -> Markup {
    if for_staff {
        return staff_memo();
    }
    let words = |key: &str| message(edition, key);
    html! {
        section class="guide-memo" id=(markup::MEMO_ID) aria-labelledby="guide-memo-title" hidden {
            h3 id="guide-memo-title" { (words("memo-title")) }
            p { (words("memo-lead")) }
            h4 { (words("memo-windows")) }
            ul id=(markup::MEMO_WINDOWS_ID) {}
            h4 { (words("memo-answers")) }
            dl class="memo-answers" id=(markup::MEMO_ANSWERS_ID) {}
            h4 { (words("memo-tell")) }
            ul class="memo-lines" {
                @for line in ["memo-line-who", "memo-line-since", "memo-line-before", "memo-line-contact"] {
                    li { (words(line)) }
                }
            }
            h4 { (words("memo-bring")) }
            p { (words("memo-bring-text")) }
            p { button type="button" class="button button--secondary" id=(markup::PRINT_ID) { (words("memo-print")) } }
        }
    }
}

/// The staff guide's 相談メモ: what to tell the window or meeting the case goes to (the staff
/// guide is in Japanese only).
fn staff_memo() -> Markup {
    let words = |key: &str| text(Edition::Japanese, key);
    html! {
        section class="guide-memo" id=(markup::MEMO_ID) aria-labelledby="guide-memo-title" hidden {
            h3 id="guide-memo-title" { (words("staff-memo-title")) }
            p { (words("staff-memo-lead")) }
            h4 { (words("staff-memo-windows")) }
            ul id=(markup::MEMO_WINDOWS_ID) {}
            h4 { (words("memo-answers")) }
            dl class="memo-answers" id=(markup::MEMO_ANSWERS_ID) {}
            h4 { (words("staff-memo-tell")) }
            ul class="memo-lines" {
                @for line in ["staff-memo-line-received", "staff-memo-line-issues", "staff-memo-line-consent", "staff-memo-line-urgency", "staff-memo-line-involved"] {
                    li { (words(line)) }
                }
            }
            p { button type="button" class="button button--secondary" id=(markup::PRINT_ID) { (words("memo-print")) } }
        }
    }
}

/// The body of a city's guides page (its guides are listed under it as child pages), with the
/// directory it links to recorded for the link checks.
pub fn guides_index_body(city: &City, base: &str) -> GeneratedBody {
    let mut body = BodyWriter::new(base);
    let directory = body.page(&crate::content::windows::model::directory_id(&city.id));
    let words = |key: &str| text_with(Edition::Japanese, key, &[("city", &city.name)]);
    let markup = html! {
        p {
            (words("guides-index-before"))
            a href=(directory) { (words("guide-needs-js-link")) }
            (words("guides-index-after"))
        }
    };
    body.finish(markup)
}
