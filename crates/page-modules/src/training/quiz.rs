//! Scores a self-check: marks each question right, wrong or unanswered in words (never by
//! colour alone), opens the explanations of the ones to look at again, and records the score.

use wasm_bindgen::JsCast;
use web_sys::{Element, HtmlInputElement};

use super::{store, today};
use crate::dom::{query_all, set_text};
use crate::words::{word, word_with};
use tsunagu_training::markup::{self, words};

/// Checks the self-check `form` and records its score once every question is answered.
pub fn check(form: &Element) {
    let Some(module) = form.get_attribute(markup::QUIZ_ATTR) else { return };
    let questions = query_all(form, &format!("[{}]", markup::QUESTION_ATTR));
    let (mut right, mut answered) = (0u32, 0u32);
    for question in &questions {
        let inputs: Vec<HtmlInputElement> =
            query_all(question, "input").into_iter().filter_map(|input| input.dyn_into().ok()).collect();
        let chosen: Vec<bool> = inputs.iter().map(HtmlInputElement::checked).collect();
        let wanted: Vec<bool> =
            inputs.iter().map(|input| input.get_attribute(markup::RIGHT_ATTR).as_deref() == Some("true")).collect();
        let verdict = question.query_selector(&format!("[{}]", markup::VERDICT_ATTR)).ok().flatten();
        let explain = question.query_selector("details").ok().flatten();
        let said = if !chosen.contains(&true) {
            words::QUIZ_UNANSWERED
        } else if chosen == wanted {
            answered += 1;
            right += 1;
            words::QUIZ_RIGHT
        } else {
            answered += 1;
            words::QUIZ_WRONG
        };
        if let Some(verdict) = verdict {
            set_text(&verdict, &word(form, said));
        }
        if let Some(explain) = explain {
            let _ = explain.toggle_attribute_with_force("open", chosen.contains(&true));
        }
    }
    let total = questions.len() as u32;
    let score = form.query_selector(&format!("[{}]", markup::SCORE_ATTR)).ok().flatten();
    let (total_words, answered_words, right_words) = (total.to_string(), answered.to_string(), right.to_string());
    let line = if answered < total {
        word_with(form, words::QUIZ_PROGRESS, &[("total", &total_words), ("answered", &answered_words)])
    } else {
        let kept = store::update(|progress| progress.record_quiz(&module, right, total, &today()));
        let saved = word(form, if kept { words::QUIZ_SAVED } else { words::NOT_SAVED });
        word_with(form, words::QUIZ_SCORE, &[("total", &total_words), ("right", &right_words), ("saved", &saved)])
    };
    if let Some(score) = score {
        set_text(&score, &line);
    }
}
