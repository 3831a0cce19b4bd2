//! Scores a self-check: marks each question right, wrong or unanswered in words (never by
//! colour alone), opens the explanations of the ones to look at again, and records the score.

use wasm_bindgen::JsCast;
use web_sys::{Element, HtmlInputElement};

use super::{store, today};
use crate::dom::{query_all, set_text};
use tsunagu_training::markup;

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
        let words = if !chosen.contains(&true) {
            "まだ選んでいません。"
        } else if chosen == wanted {
            answered += 1;
            right += 1;
            "○ 正解です。"
        } else {
            answered += 1;
            "× ちがいます。「答えと解説」を読んで、もう一度選んでみてください。"
        };
        if let Some(verdict) = verdict {
            set_text(&verdict, words);
        }
        if let Some(explain) = explain {
            let _ = explain.toggle_attribute_with_force("open", chosen.contains(&true));
        }
    }
    let total = questions.len() as u32;
    let score = form.query_selector(&format!("[{}]", markup::SCORE_ATTR)).ok().flatten();
    let line = if answered < total {
        format!("{total}問中{answered}問に答えました。すべての問いに答えると、点が記録されます。")
    } else {
        let kept = store::update(|progress| progress.record_quiz(&module, right, total, &today()));
        let saved = if kept {
            "この端末の学習の記録に残しました。"
        } else {
            "この端末には記録できませんでした。"
        };
        format!("{total}問中{right}問正解です。{saved}")
    };
    if let Some(score) = score {
        set_text(&score, &line);
    }
}
