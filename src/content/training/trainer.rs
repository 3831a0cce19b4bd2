//! The trainer's page (`/training/trainer/`): every case as a card for a group session — the
//! story, the questions to discuss with their choices, the staff guide's answer with its
//! reasons, and the case's `discussion` notes. The print stylesheet puts one card on each page.

use crate::content::html::{html, BodyWriter, GeneratedBody};
use crate::content::training::answer::{case_question, guide_answer, CaseContext, CONSENT_CHOICES, MEETING_CHOICES};
use crate::content::training::cases::Case;
use crate::content::training::pages::{case_id, COURSE_ID};
use crate::i18n::{ja, ja_with};

/// The trainer's page id.
pub const TRAINER_ID: &str = "training/trainer";

/// The class of one case card (the print stylesheet starts a new page after each).
pub const CARD_CLASS: &str = "training-card";

/// The trainer's page: how to use the cards, then one card per case.
pub fn trainer_body(cases: &[(&Case, CaseContext)], base: &str) -> GeneratedBody {
    let mut body = BodyWriter::new(base);
    let course = body.page(COURSE_ID);
    let cards: Vec<_> = cases
        .iter()
        .map(|(case, context)| {
            let heading_id = format!("card-{}", case.id);
            let heading = body.heading(2, &heading_id, &case.title);
            let answer = guide_answer(case, context, &mut body);
            let case_url = body.page(&case_id(&case.id));
            let choices: Vec<String> = case.window_choices.iter().map(|id| context.window_name(id)).collect();
            html! {
                article class=(CARD_CLASS) aria-labelledby=(heading_id) {
                    (heading)
                    p class="training-case__city" { (ja_with("training-case-city", &[("city", context.city_name), ("theme", &case.theme)])) }
                    div class="training-case__story" { (context.story) }
                    p class="training-modules__label" { (ja("training-card-questions")) }
                    ol class="training-card__questions" {
                        li { (ja_with("training-card-question", &[("question", &case_question(0)), ("choices", &choices.join("／"))])) }
                        li { (ja_with("training-card-question", &[("question", &case_question(1)), ("choices", &MEETING_CHOICES.iter().map(|(_, id)| ja(id)).collect::<Vec<_>>().join("／"))])) }
                        li { (ja_with("training-card-question", &[("question", &case_question(2)), ("choices", &CONSENT_CHOICES.iter().map(|(_, id)| ja(id)).collect::<Vec<_>>().join("／"))])) }
                    }
                    div class="training-card__answer" {
                        p class="training-modules__label" { (ja("training-answer-title")) }
                        (answer)
                    }
                    @if !case.discussion.trim().is_empty() {
                        p class="training-modules__label" { (ja("training-card-discussion")) }
                        p class="training-card__discussion" { (case.discussion.trim()) }
                    }
                    p class="training-card__link" { a href=(case_url) { (ja_with("training-card-link", &[("title", &case.title)])) } }
                }
            }
        })
        .collect();
    let html = html! {
        p { (ja("training-cards-lead")) }
        p { (ja("training-cards-print-before")) a href=(course) { (ja("training-cards-course")) } (ja("training-cards-print-after")) }
        @for card in &cards { (card) }
    };
    body.finish(html)
}
