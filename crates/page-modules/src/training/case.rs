//! Compares a learner's choice on a case with the staff guide's answer written on the form
//! (window, meeting, consent), says in words where they differ, opens the guide's answer and
//! records the try.

use wasm_bindgen::JsCast;
use web_sys::{Element, HtmlInputElement};

use super::{store, today};
use crate::dom::{query_all, set_text};
use crate::words::{word, word_with};
use tsunagu_training::markup::{self, words};
use tsunagu_training::progress::CaseTry;

/// The value and label of the option chosen in the group whose name ends with `part`.
fn chosen(form: &Element, part: &str) -> Option<(String, String)> {
    let input: HtmlInputElement = query_all(form, &format!("input[name$=\"-{part}\"]"))
        .into_iter()
        .filter_map(|input| input.dyn_into::<HtmlInputElement>().ok())
        .find(HtmlInputElement::checked)?;
    let label = form
        .query_selector(&format!("label[for=\"{}\"]", input.id()))
        .ok()
        .flatten()
        .and_then(|label| label.text_content())
        .unwrap_or_default();
    Some((input.value(), label))
}

/// Compares and shows; records the try when all three choices are made.
pub fn compare(form: &Element) {
    let Some(case) = form.get_attribute(markup::CASE_ATTR) else { return };
    let Some(compare) = form.query_selector(&format!("[{}]", markup::CASE_COMPARE_ATTR)).ok().flatten() else { return };
    let (Some(window), Some(meeting), Some(consent)) =
        (chosen(form, "window"), chosen(form, "meeting"), chosen(form, "consent"))
    else {
        set_text(&compare, &word(form, words::CASE_INCOMPLETE));
        return;
    };
    let guide_meeting = form.get_attribute(markup::CASE_MEETING_ATTR).unwrap_or_default();
    let guide_consent = form.get_attribute(markup::CASE_CONSENT_ATTR).as_deref() == Some("true");
    let guide_windows = form.get_attribute(markup::CASE_WINDOWS_ATTR).unwrap_or_default();
    let window_right = guide_windows.split(' ').any(|id| id == window.0);
    let meeting_right = meeting.0 == guide_meeting;
    let consent_right = (consent.0 == "true") == guide_consent;
    let mark = |right: bool| word(form, if right { words::CASE_SAME } else { words::CASE_DIFFERENT });
    let lines = [
        word_with(form, words::CASE_WINDOW, &[("mark", &mark(window_right)), ("you", &window.1)]),
        word_with(
            form,
            words::CASE_MEETING,
            &[("mark", &mark(meeting_right)), ("you", &meeting.1), ("guide", &word(form, words::CASE_GUIDE_MEETING))],
        ),
        word_with(
            form,
            words::CASE_CONSENT,
            &[("mark", &mark(consent_right)), ("guide", &word(form, words::CASE_GUIDE_CONSENT))],
        ),
    ];
    let Some(document) = form.owner_document() else { return };
    compare.set_text_content(None);
    let list = document.create_element("ul").ok();
    if let Some(list) = &list {
        for line in &lines {
            if let Ok(item) = document.create_element("li") {
                item.set_text_content(Some(line));
                let _ = list.append_child(&item);
            }
        }
        let _ = compare.append_child(list);
    }
    let matched = window_right && meeting_right && consent_right;
    let summary = word(form, if matched { words::CASE_MATCHED } else { words::CASE_DIFFERS });
    if let Ok(paragraph) = document.create_element("p") {
        paragraph.set_text_content(Some(&summary));
        let _ = compare.append_child(&paragraph);
    }
    if let Some(answer) = document.query_selector(&format!("[{}]", markup::CASE_ANSWER_ATTR)).ok().flatten() {
        let _ = answer.toggle_attribute_with_force("open", true);
    }
    store::update(|progress| {
        progress.cases.insert(case.clone(), CaseTry { matched, date: today() });
    });
}
