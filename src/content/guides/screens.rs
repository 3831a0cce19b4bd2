//! The screens of a guide page that the flow's nodes make: a form per question, the check
//! screen's rows, and each outcome with its window cards. `pages` puts them together.

use std::collections::BTreeMap;

use crate::content::guides::because::because_line;
use crate::content::guides::checked::{CheckedFlow, NodeProse};
use crate::content::guides::editions::contact as edition_contact;
use crate::content::guides::prepare::prepare_box;
use crate::content::html::{html, BodyWriter, Markup, PageHtml};
use crate::content::site_config::City;
use crate::content::windows::{contact, CityWindows};
use crate::guide::markup;
use crate::guide::{Outcome, Question, QuestionKind};
use crate::i18n::marked::marked;
use crate::i18n::{text, text_with};
use crate::site::Edition;

/// A question's screen: its form, options, hint, error, progress and live count.
pub fn question_screen(question: &Question, words: &NodeProse, edition: Edition) -> Markup {
    let id = question.id.as_ref();
    let multiple = question.kind == QuestionKind::Multiple;
    let kind = if multiple { "checkbox" } else { "radio" };
    let label = |option: &str| -> String {
        words.options.iter().find(|(known, _)| known == option).map_or(option, |(_, label)| label.as_str()).to_string()
    };
    let choice = |option: &str, label: &str, exclusive: bool| {
        let input = markup::option_id(id, option);
        html! {
            div class="guide-choice" data-choice=(option) {
                input type=(kind) name=(id) id=(input) value=(option) data-exclusive[exclusive && multiple];
                label for=(input) { (marked(edition, label)) }
            }
        }
    };
    let alone: Vec<&str> = question.options.iter().filter(|option| option.exclusive).map(|o| o.id.as_ref()).collect();
    let title = markup::question_title_id(id);
    let hint = markup::question_hint_id(id);
    html! {
        section class=(markup::SCREEN_CLASS) id=(markup::question_id(id)) data-question=(id) aria-labelledby=(title) hidden {
            form class=(markup::FORM_CLASS) data-question=(id) novalidate {
                fieldset class="guide-fieldset" aria-describedby=(hint) {
                    legend class="guide-legend" {
                        span class="guide-progress" data-progress {}
                        h2 id=(title) tabindex="-1" { (marked(edition, &words.title)) }
                    }
                    div class="guide-hint" id=(hint) {
                        @if multiple { p { (text(edition, "guide-choose-all")) } }
                        (words.html)
                    }
                    p class="guide-error" id=(markup::question_error_id(id)) tabindex="-1" hidden {
                        span class="visually-hidden" { (text(edition, "guide-error-prefix")) }
                        (error_message(question, words, edition))
                    }
                    div class="guide-choices" {
                        @for option in question.options.iter().filter(|option| !option.exclusive) {
                            (choice(&option.id, &label(&option.id), false))
                        }
                        @if !alone.is_empty() || question.allows_unknown {
                            p class="guide-choices__or" { (text(edition, "guide-or")) }
                        }
                        @for option in &alone { (choice(option, &label(option), true)) }
                        @if question.allows_unknown { (choice(crate::guide::query::UNKNOWN, &text(edition, "guide-unknown"), true)) }
                    }
                }
                p class="guide-in-play" role="status" data-in-play {}
                p { button type="submit" class="button" { (text(edition, "guide-next")) } }
            }
        }
    }
}

/// What to do when nothing is chosen, naming the question's own stand-alone options.
fn error_message(question: &Question, words: &NodeProse, edition: Edition) -> String {
    if question.kind == QuestionKind::Single {
        return text(edition, "guide-error-single");
    }
    let quoted = |label: &str| text_with(edition, "guide-quoted", &[("text", label)]);
    let mut alone: Vec<String> = question
        .options
        .iter()
        .filter(|option| option.exclusive)
        .map(|option| {
            let label = words
                .options
                .iter()
                .find(|(id, _)| id == option.id.as_ref())
                .map_or(option.id.as_ref(), |(_, label)| label);
            quoted(label)
        })
        .collect();
    if question.allows_unknown {
        alone.push(quoted(&text(edition, "guide-unknown")));
    }
    if alone.is_empty() {
        text(edition, "guide-error-multiple")
    } else {
        let options = alone.join(&text(edition, "guide-or-joiner"));
        text_with(edition, "guide-error-multiple-or", &[("options", &options)])
    }
}

/// The check-your-answers screen: a row per question (shown for those asked) with a Change link.
pub fn check_screen(checked: &CheckedFlow, edition: Edition) -> Markup {
    let rows = checked
        .flow
        .questions
        .iter()
        .filter_map(|question| checked.prose.get(question.id.as_ref()).map(|words| (question.id.as_ref(), words)));
    html! {
        section class=(markup::SCREEN_CLASS) id=(markup::CHECK_ID) aria-labelledby=(markup::CHECK_TITLE_ID) hidden {
            h2 id=(markup::CHECK_TITLE_ID) tabindex="-1" { (text(edition, "guide-check-title")) }
            p { (text(edition, "guide-check-lead")) }
            dl class="check-answers" {
                @for (id, words) in rows {
                    div class=(markup::ROW_CLASS) data-row=(id) hidden {
                        dt { (words.title) }
                        dd data-answer {}
                        dd class="check-answers__change" {
                            a href="" data-guide-link data-change=(id) {
                                (text(edition, "guide-change"))
                                span class="visually-hidden" { (text_with(edition, "guide-change-of", &[("question", &words.title)])) }
                            }
                        }
                    }
                }
            }
            p { a class="button" id=(markup::SEE_RESULT_ID) href="" data-guide-link { (text(edition, "guide-see-result")) } }
        }
    }
}

/// An outcome's screen: its heading, its window cards (first, then secondary) and its wording;
/// the windows' pages it links to are recorded in `body`. The danger screen shows
/// `emergency_numbers` (the emergency page's, so the numbers have one source) before its wording.
/// `editions`: the edition of the screen's own words, and that of the window pages its cards
/// link to; the windows' names stay Japanese.
#[allow(clippy::too_many_arguments)]
pub fn outcome_screen(
    body: &mut BodyWriter,
    outcome: &Outcome,
    prose: &BTreeMap<String, NodeProse>,
    city: &City,
    windows: &CityWindows,
    emergency_numbers: Option<&PageHtml>,
    editions: (Edition, Edition),
) -> Markup {
    let edition = editions.0;
    let id = outcome.id.as_ref();
    let Some(words) = prose.get(id) else { return html! {} };
    let title = markup::outcome_title_id(id);
    let mut cards = |first: bool| -> Markup {
        let indices = (0..outcome.windows.len()).filter(|&index| outcome.windows[index].first == first);
        let cards: Vec<Markup> =
            indices.map(|index| pick_card(body, outcome, index, prose, city, windows, editions)).collect();
        html! { @for card in &cards { (card) } }
    };
    let (first, secondary) = (cards(true), cards(false));
    html! {
        section class={ (markup::SCREEN_CLASS) " guide-result" } id=(markup::outcome_id(id)) data-outcome=(id) aria-labelledby=(title) hidden {
            h2 id=(title) tabindex="-1" { (marked(edition, &words.title)) }
            @if outcome.urgent {
                div class="guide-result__urgent" { @if let Some(numbers) = emergency_numbers { (numbers) } (words.html) }
                h3 { (text(edition, "guide-when-calm")) }
                ul class="pick-list" data-picks { (first) (secondary) }
            } @else {
                (prepare_box(outcome, windows, edition))
                h3 { (text(edition, "guide-first-windows")) }
                ul class="pick-list" data-picks { (first) }
                div data-secondary {
                    h3 { (text(edition, "guide-more-windows")) }
                    ul class="pick-list" data-picks { (secondary) }
                }
                div class="guide-result__more" { (words.html) }
                p { a href="" data-guide-link data-to-check { (text(edition, "guide-to-check")) } }
            }
        }
    }
}

/// The card of one window pick: name (a link to the window's page), reason and contact.
fn pick_card(
    body: &mut BodyWriter,
    outcome: &Outcome,
    index: usize,
    prose: &BTreeMap<String, NodeProse>,
    city: &City,
    windows: &CityWindows,
    (edition, windows_edition): (Edition, Edition),
) -> Markup {
    let pick = &outcome.windows[index];
    // A window's name is Japanese on every page (the window is known by it); English pages add
    // its reading in rōmaji where the city's English windows file gives one.
    let ja = (edition == Edition::English).then_some("ja");
    let Some(window) = windows.windows.iter().find(|window| window.id == pick.window.as_ref()) else {
        return html! {};
    };
    let romaji = windows
        .editions
        .iter()
        .filter(|texts| edition == Edition::English && texts.edition == edition)
        .find_map(|texts| texts.window(&window.id).and_then(|text| text.romaji.as_deref()));
    let url = body.page(&windows_edition.page_id(&crate::content::windows::model::window_page_id(window)));
    html! {
        li class="pick-card" data-pick=(index) hidden {
            h4 class=(markup::PICK_NAME_CLASS) {
                a href=(url) lang=[ja] { (window.name) }
                @if let Some(romaji) = romaji { " (" i { (romaji) } ")" }
                @if window.planned { span class="badge" { (text(edition, "guide-planned")) } }
            }
            p { (marked(edition, &pick.reason)) }
            (because_line(&pick.when, prose, edition))
            @if edition == Edition::Japanese {
                p class=(markup::PICK_CONTACT_CLASS) { (contact::phone_line(window, city)) }
                (contact::card_details(window, "pick-card__details"))
            } @else {
                p class=(markup::PICK_CONTACT_CLASS) { (edition_contact::phone_line(window, city, edition)) }
                (edition_contact::card_details(window, edition))
            }
        }
    }
}
