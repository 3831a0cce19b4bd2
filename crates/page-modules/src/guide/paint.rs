//! Painting: applies the plan of a screen (`guide::plan`) to the page. Everything else is
//! hidden, the answers ticked, the links pointed onward, the progress, count, check rows, picks
//! and memo written from the page's own texts and wording; then the tab title and focus.

use wasm_bindgen::JsCast;
use web_sys::{Document, Element, HtmlInputElement};

use super::links::set_link;
use super::resume::{show_intro, store_walk, stored_walk};
use super::state::{self, with_state};
use crate::dom::{self, pathname, query, query_all, search, set_element_hidden, set_hidden, set_text};
use tsunagu_guide::markup::{self, fill, Wording};
use tsunagu_guide::plan::{plan, Content, Plan};
use tsunagu_guide::steps::{self, Place};
use tsunagu_guide::{Answer, Flow};

/// Draws the screen of a place.
pub fn show(document: &Document, flow: &Flow, place: &Place) {
    let sensitive = state::sensitive();
    let wording = state::wording(document);
    let Ok(plan) = plan(flow, place, sensitive, &wording) else { return show_problem(document) };
    if !place.answers.is_empty() {
        with_state(|state| state.kept = place.answers.clone());
    } else if place.at.is_none() {
        // The intro: whoever starts from here starts afresh.
        with_state(|state| state.kept = tsunagu_guide::Answers::new());
    }
    show_only(document, &plan.screen);
    set_hidden(document, markup::PROBLEM_ID, true);
    set_hidden(document, markup::SENSITIVE_NOTE_ID, !sensitive);
    set_hidden(document, markup::NAV_ID, !plan.nav);
    set_hidden(document, markup::MEMO_ID, true);
    for link in &plan.links {
        if let Some(element) = query(document, &link.selector) {
            set_link(&element, &link.query);
        }
    }
    paint_content(document, flow, &plan, &wording, sensitive);
    let page_title = dom::text_of(document, "page-title");
    let title = plan.title(&wording, &dom::text_of(document, &plan.heading), &page_title);
    let tab_title = state::tab_title(&title);
    if document.title() != tab_title {
        document.set_title(&tab_title);
    }
    let focus = with_state(|state| {
        let changed = state.shown.as_deref() != Some(plan.key.as_str());
        let focus = state.focus_next && changed;
        state.focus_next = false;
        state.shown = Some(plan.key.clone());
        focus
    });
    if focus {
        // The guide's top (quick exit, Back) comes into view, then its heading takes focus.
        if let Some(root) = state::root(document) {
            root.scroll_into_view_with_bool(true);
        }
        dom::focus(document, &plan.heading);
    }
    if !sensitive && !matches!(plan.content, Content::Intro) && stored_walk(flow).is_some() {
        store_walk(flow, &steps::query_of(flow, place));
    }
}

fn paint_content(document: &Document, flow: &Flow, plan: &Plan, wording: &Wording, sensitive: bool) {
    match &plan.content {
        Content::Intro => show_intro(document, flow, sensitive),
        Content::Question { question, ticked, progress, in_play, offered } => {
            offer(document, question, offered.as_deref());
            tick(document, question, ticked.as_ref());
            show_error(document, question, false);
            if let Some(element) = query(document, &markup::progress_selector(question)) {
                set_text(&element, progress);
            }
            if let (Some(element), Some(in_play)) = (query(document, &markup::in_play_selector(question)), in_play) {
                set_text(&element, in_play);
            }
        }
        Content::Check { rows } => {
            dom::set_hidden_all(document, &format!(".{}", markup::ROW_CLASS), true);
            for (question, answer) in rows {
                let Some(row) = query(document, &markup::row_selector(question)) else { continue };
                set_element_hidden(&row, false);
                if let Ok(Some(cell)) = row.query_selector(&format!("[{}]", markup::ANSWER_ATTR)) {
                    set_text(&cell, &answer_text(document, wording, question, answer.as_ref()));
                }
            }
        }
        Content::Result { outcome, first, secondary, memo, chosen } => {
            let section = document.get_element_by_id(&markup::outcome_id(outcome));
            if let Some(section) = &section {
                show_picks(section, first, secondary);
                show_tagged(section, markup::BECAUSE_ATTR, |tag| chosen.iter().any(|pair| pair == tag));
                show_tagged(section, markup::PREPARE_ATTR, |tag| {
                    tag.split(' ').any(|pick| pick.parse::<usize>().is_ok_and(|pick| first.contains(&pick)))
                });
            }
            if let (Some(section), Some(answers)) = (&section, memo) {
                fill_memo(document, wording, section, answers);
            }
        }
    }
}

/// Shows the elements carrying `attribute` whose value `wanted` accepts, and hides the others.
fn show_tagged(section: &Element, attribute: &str, wanted: impl Fn(&str) -> bool) {
    for element in query_all(section, &format!("[{attribute}]")) {
        set_element_hidden(&element, !wanted(&element.get_attribute(attribute).unwrap_or_default()));
    }
}

/// Shows only the options a question offers now (`None`: all of them).
fn offer(document: &Document, question: &str, offered: Option<&[String]>) {
    let Some(screen) = document.get_element_by_id(&markup::question_id(question)) else { return };
    show_tagged(&screen, markup::CHOICE_ATTR, |option| {
        option == tsunagu_guide::query::UNKNOWN || offered.is_none_or(|offered| offered.iter().any(|o| o == option))
    });
}

/// Shows the picks the engine chose and hides the rest; an empty secondary list goes too.
fn show_picks(section: &Element, first: &[usize], secondary: &[usize]) {
    for card in query_all(section, &format!("[{}]", markup::PICK_ATTR)) {
        let pick = card.get_attribute(markup::PICK_ATTR).and_then(|value| value.parse::<usize>().ok());
        let shown = pick.is_some_and(|pick| first.contains(&pick) || secondary.contains(&pick));
        set_element_hidden(&card, !shown);
    }
    if let Ok(Some(more)) = section.query_selector(&format!("[{}]", markup::SECONDARY_ATTR)) {
        set_element_hidden(&more, secondary.is_empty());
    }
}

/// The 相談メモ: the windows shown and the answers, as text copied from the page.
fn fill_memo(document: &Document, wording: &Wording, section: &Element, answers: &[(String, Option<Answer>)]) {
    set_hidden(document, markup::MEMO_ID, false);
    if let Some(list) = document.get_element_by_id(markup::MEMO_WINDOWS_ID) {
        list.set_text_content(None);
        let shown = format!("[{}]:not([hidden])", markup::PICK_ATTR);
        let names = query_all(section, &format!("{shown} .{} a", markup::PICK_NAME_CLASS));
        let contacts = query_all(section, &format!("{shown} .{}", markup::PICK_CONTACT_CLASS));
        for (name, contact) in names.iter().zip(contacts.iter()) {
            let (name, contact) = (name.text_content().unwrap_or_default(), contact.text_content().unwrap_or_default());
            if let Ok(item) = document.create_element("li") {
                item.set_text_content(Some(&fill(&wording.memo_window, &[("name", &name), ("contact", &contact)])));
                let _ = list.append_child(&item);
            }
        }
    }
    if let Some(list) = document.get_element_by_id(markup::MEMO_ANSWERS_ID) {
        list.set_text_content(None);
        for (question, answer) in answers {
            let title = dom::text_of(document, &markup::question_title_id(question));
            let (Ok(row), Ok(term), Ok(value)) =
                (document.create_element("div"), document.create_element("dt"), document.create_element("dd"))
            else {
                continue;
            };
            term.set_text_content(Some(&title));
            value.set_text_content(Some(&answer_text(document, wording, question, answer.as_ref())));
            let _ = row.append_child(&term);
            let _ = row.append_child(&value);
            let _ = list.append_child(&row);
        }
    }
}

/// The labels of an answer's options, as on the question's form.
fn answer_text(document: &Document, wording: &Wording, question: &str, answer: Option<&Answer>) -> String {
    let labels: Vec<String> = chosen_values(answer)
        .iter()
        .filter_map(|option| query(document, &markup::label_selector(question, option)))
        .filter_map(|label| label.text_content())
        .collect();
    labels.join(&wording.answer_separator)
}

/// The input values an answer stands for (「わからない」 is `unknown`, as on the form).
fn chosen_values(answer: Option<&Answer>) -> Vec<&str> {
    match answer {
        Some(Answer::Chose(options)) => options.iter().map(String::as_str).collect(),
        Some(Answer::Unknown) => vec![tsunagu_guide::query::UNKNOWN],
        None => Vec::new(),
    }
}

/// Ticks the options of an answer (or none) on a question's form.
fn tick(document: &Document, question: &str, answer: Option<&Answer>) {
    let chosen = chosen_values(answer);
    for input in inputs_of(document, question) {
        input.set_checked(chosen.contains(&input.value().as_str()));
    }
}

/// A question's inputs.
pub fn inputs_of(document: &Document, question: &str) -> Vec<HtmlInputElement> {
    query_all(document, &markup::inputs_selector(question)).into_iter().filter_map(|e| e.dyn_into().ok()).collect()
}

/// Rewrites a question's live count for what is ticked on its form now.
pub fn update_count(document: &Document, flow: &Flow, place: &Place, question: &str, ticked: Option<&Answer>) {
    let wording = state::wording(document);
    let Some(text) = tsunagu_guide::plan::in_play_text(flow, place, question, ticked, &wording) else { return };
    if let Some(element) = query(document, &markup::in_play_selector(question)) {
        set_text(&element, &text);
    }
}

/// Shows or hides a question's error, and ties it to the question only while it shows.
pub fn show_error(document: &Document, question: &str, shown: bool) {
    set_hidden(document, &markup::question_error_id(question), !shown);
    let hint = markup::question_hint_id(question);
    let described = if shown { format!("{} {hint}", markup::question_error_id(question)) } else { hint };
    if let Some(fieldset) = query(document, &markup::fieldset_selector(question)) {
        if fieldset.get_attribute("aria-describedby").as_deref() != Some(described.as_str()) {
            let _ = fieldset.set_attribute("aria-describedby", &described);
        }
    }
}

/// Shows the screen with this id and hides every other one.
fn show_only(document: &Document, id: &str) {
    for screen in query_all(document, &format!(".{}", markup::SCREEN_CLASS)) {
        set_element_hidden(&screen, screen.id() != id);
    }
}

/// The friendly restart: the screens hidden, the notice shown, the address tidied.
pub fn show_problem(document: &Document) {
    dom::set_hidden_all(document, &format!(".{}", markup::SCREEN_CLASS), true);
    set_hidden(document, markup::NAV_ID, true);
    set_hidden(document, markup::MEMO_ID, true);
    set_hidden(document, markup::PROBLEM_ID, false);
    let focus = with_state(|state| {
        state.place = Place::default();
        state.shown = Some("problem".to_string());
        std::mem::take(&mut state.focus_next)
    });
    if focus {
        dom::focus(document, markup::PROBLEM_ID);
    }
    if let Some(link) = query(document, &format!("#{} [{}]", markup::PROBLEM_ID, markup::LINK_ATTR)) {
        set_link(&link, "");
    }
    if !search().is_empty() {
        dom::replace_address(&pathname());
    }
}
