//! The trainer's page (`/training/trainer/`): every case as a card for a group session — the
//! story, the questions to discuss with their choices, the staff guide's answer with its
//! reasons, and the case's `discussion` notes. The print stylesheet puts one card on each page.

use crate::content::html::{html, BodyWriter, GeneratedBody};
use crate::content::training::answer::{guide_answer, CaseContext, CASE_QUESTIONS, CONSENT_CHOICES};
use crate::content::training::cases::Case;
use crate::content::training::pages::{case_id, COURSE_ID};
use crate::training::markup;

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
                    p class="training-case__city" { (context.city_name) "の事例（" (case.theme) "）" }
                    div class="training-case__story" { (context.story) }
                    p class="training-modules__label" { "話し合う問い" }
                    ol class="training-card__questions" {
                        li { (CASE_QUESTIONS[0]) "（" (choices.join("／")) "）" }
                        li { (CASE_QUESTIONS[1]) "（" (markup::MEETINGS.iter().map(|(_, words)| *words).collect::<Vec<_>>().join("／")) "）" }
                        li { (CASE_QUESTIONS[2]) "（" (CONSENT_CHOICES.iter().map(|(_, words)| *words).collect::<Vec<_>>().join("／")) "）" }
                    }
                    div class="training-card__answer" {
                        p class="training-modules__label" { "職員向けガイドの答え" }
                        (answer)
                    }
                    @if !case.discussion.trim().is_empty() {
                        p class="training-modules__label" { "話し合いのためのメモ" }
                        p class="training-card__discussion" { (case.discussion.trim()) }
                    }
                    p class="training-card__link" { a href=(case_url) { "「" (case.title) "」の演習ページ" } }
                }
            }
        })
        .collect();
    let html = html! {
        p { "グループ研修で使う事例カードです。どのカードにも、相談の場面、話し合う問い、その市の職員向けガイドが同じ事実から出す答えと理由、話し合いのためのメモがあります。" }
        p { "ブラウザの印刷を使うと、1枚の紙に1つの事例が入ります。参加者には答えの前で折るか、先に各自で" a href=(course) { "コース" } "の事例演習に取り組んでもらってから配ってください。" }
        @for card in &cards { (card) }
    };
    body.finish(html)
}
