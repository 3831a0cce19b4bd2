//! The staff guide's answer to a case, one template for the case page (behind a disclosure)
//! and the trainer's case card (in full): the facts as the guide's answers, the way forward,
//! consent, and the windows with the engine's reasons.

use crate::content::guides::checked::CheckedFlow;
use crate::content::html::{html, BodyWriter, MarkdownHtml, Markup};
use crate::content::training::cases::{Case, Routed};
use crate::content::windows::model::window_page_id;
use crate::content::windows::CityWindows;
use crate::i18n::{ja, ja_with};

/// The catalogue ids of the three questions the learner answers for every case, in order.
const CASE_QUESTION_IDS: [&str; 3] =
    ["training-case-question-window", "training-case-question-way", "training-case-question-consent"];

/// The `n`th (0, 1, 2) of the three questions the learner answers for every case.
pub fn case_question(n: usize) -> String {
    CASE_QUESTION_IDS.get(n).map(|id| ja(id)).unwrap_or_default()
}

/// The ways a case can go (the staff guides' outcome ids, the value the browser compares with the
/// guide's), in the order the case form offers them, with the catalogue id of their words.
pub const MEETING_CHOICES: [(&str, &str); 4] = [
    ("urgent-response", "training-meeting-urgent-response"),
    ("connect", "training-meeting-connect"),
    ("jusou-kaigi", "training-meeting-jusou-kaigi"),
    ("shien-kaigi", "training-meeting-shien-kaigi"),
];

/// The learner's words for an outcome id, or `None` for an id the case form does not offer.
pub fn meeting_words(id: &str) -> Option<String> {
    MEETING_CHOICES.iter().find(|(key, _)| *key == id).map(|(_, words)| ja(words))
}

/// The answers to the consent question: (value the browser compares, catalogue id of its words).
pub const CONSENT_CHOICES: [(&str, &str); 2] =
    [("true", "training-consent-choice-yes"), ("false", "training-consent-choice-no")];

/// What a case's answer needs besides the case: the engine's answer, the city's words and windows.
pub struct CaseContext<'a> {
    /// The engine's answer.
    pub routed: &'a Routed,
    /// The city's staff flow (for the option words).
    pub flow: &'a CheckedFlow,
    /// The city's windows.
    pub windows: &'a CityWindows,
    /// The city's name.
    pub city_name: &'a str,
    /// The story, rendered.
    pub story: &'a MarkdownHtml,
}

impl CaseContext<'_> {
    /// A window's name in the city's data (its id if it has none).
    pub fn window_name(&self, id: &str) -> String {
        self.windows.windows.iter().find(|window| window.id == id).map_or_else(|| id.to_string(), |w| w.name.clone())
    }
}

/// The guide's answer: the facts as answered, the way forward, consent, and the first and the
/// other windows with their reasons (links recorded on `body`).
pub fn guide_answer(case: &Case, context: &CaseContext, body: &mut BodyWriter) -> Markup {
    let routed = context.routed;
    let option_words = |question: &str, option: &str| -> String {
        if option == "unknown" {
            return ja("training-answer-unknown");
        }
        context
            .flow
            .prose
            .get(question)
            .and_then(|prose| prose.options.iter().find(|(id, _)| id == option))
            .map_or_else(|| option.to_string(), |(_, words)| words.clone())
    };
    let question_words = |question: &str| {
        context.flow.prose.get(question).map_or_else(|| question.to_string(), |prose| prose.title.clone())
    };
    let window_urls: Vec<(String, String, String)> = routed
        .first
        .iter()
        .chain(&routed.secondary)
        .filter_map(|(id, reason)| {
            let window = context.windows.windows.iter().find(|window| &window.id == id)?;
            Some((body.page(&window_page_id(window)), window.name.clone(), reason.clone()))
        })
        .collect();
    let first_count = routed.first.len().min(window_urls.len());
    let guide_url = body.page(&crate::content::guides::pages::guide_id(&case.city, "staff"));
    let meeting_anchor = match routed.outcome.as_str() {
        "jusou-kaigi" => Some(body.anchor("meetings", "jusou-kaigi")),
        "shien-kaigi" => Some(body.anchor("meetings", "shien-kaigi")),
        _ => None,
    };
    html! {
        p {
            (ja("training-answer-before"))
            a href=(guide_url) { (ja_with("training-answer-guide", &[("city", context.city_name)])) }
            (ja("training-answer-after"))
        }
        dl class="training-case__facts" {
            @for (question, given) in &routed.asked {
                div { dt { (question_words(question)) } dd { (given.iter().map(|option| option_words(question, option)).collect::<Vec<_>>().join("、")) } }
            }
        }
        p { strong { (ja("training-answer-way")) } (meeting_words(&routed.outcome).unwrap_or_default())
            @if let Some(anchor) = &meeting_anchor { "（" a href=(anchor) { (ja("training-answer-meetings")) } "）" } }
        p { strong { (ja("training-answer-consent")) }
            @if routed.consent_asked { (ja("training-answer-consent-asked")) }
            @else { (ja("training-answer-consent-not-asked")) } }
        p class="training-modules__label" { (ja("training-answer-first")) }
        ul class="training-case__windows" {
            @for (url, window, reason) in &window_urls[..first_count] { li { a href=(url) { (window) } "：" (reason) } }
        }
        @if window_urls.len() > first_count {
            p class="training-modules__label" { (ja("training-answer-more")) }
            ul class="training-case__windows" {
                @for (url, window, reason) in &window_urls[first_count..] { li { a href=(url) { (window) } "：" (reason) } }
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_choice_of_the_case_form_has_words_in_the_catalogue() {
        for (value, id) in MEETING_CHOICES.iter().chain(&CONSENT_CHOICES) {
            assert!(crate::i18n::has_message(id), "{value}: `{id}` is in ja-pages.ftl");
        }
        assert_eq!(meeting_words("shien-kaigi").as_deref(), Some("多機関協働事業に相談し、支援会議で話し合う"));
        assert_eq!(meeting_words("no-such-outcome"), None);
    }
}
