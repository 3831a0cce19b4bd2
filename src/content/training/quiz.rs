//! A module's self-check, `training/quizzes/<module>.toml`: single- or multiple-choice
//! questions, each option with the explanation that links to the page teaching it. Checked at
//! build (exactly one right answer for a single choice, at least one for a multiple choice, a
//! link in every explanation) and written as a form that works without the script: each
//! question's answers and explanations sit in a disclosure; the script only marks and scores.

use serde::Deserialize;

use crate::content::error::ContentError;
use crate::content::html::{html, Markup};
use crate::content::load_status::load_status;
use crate::content::markdown::render_markdown;
use crate::content::outline::InternalLink;
use crate::content::training::toml_text::{line_of, line_of_id};
use crate::i18n::{ja, ja_with};
use crate::site::Edition;

/// A self-check file.
#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Quiz {
    /// Its questions, in order.
    pub questions: Vec<QuizQuestion>,
}

/// One question.
#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct QuizQuestion {
    /// Id within the self-check (ASCII, used in the form).
    pub id: String,
    /// The question.
    pub text: String,
    /// Several options may be right (checkboxes) instead of exactly one (radio buttons).
    #[serde(default)]
    pub multiple: bool,
    /// The options, in order.
    pub options: Vec<QuizOption>,
}

/// One option.
#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct QuizOption {
    /// The option's words.
    pub text: String,
    /// Whether it is a right answer.
    #[serde(default)]
    pub right: bool,
    /// Why it is right or wrong (Markdown, with an `@` link to the page that teaches it).
    pub explanation: String,
}

/// A self-check read and rendered: its form, and its links for the checks.
pub struct RenderedQuiz {
    /// The form.
    pub html: Markup,
    /// Its links, with the lines they were written on.
    pub links: Vec<InternalLink>,
    /// Its number of questions.
    pub questions: usize,
}

/// Reads, checks and renders the self-check of `module`.
pub fn read_quiz(file: &str, text: &str, module: &str, base: &str) -> Result<RenderedQuiz, Vec<ContentError>> {
    let quiz: Quiz = ContentError::parse_toml(file, text, "the self-check", "Each [[questions]] needs id, text and [[questions.options]] with text, explanation and `right = true` on the right ones.").map_err(|error| vec![error])?;
    let mut errors = Vec::new();
    let mut links = Vec::new();
    let mut forms = Vec::new();
    if quiz.questions.is_empty() {
        errors.push(ContentError::in_file(
            file,
            "the self-check has no questions",
            "Add at least one [[questions]] entry.",
        ));
    }
    for question in &quiz.questions {
        let line = line_of_id(text, &question.id);
        let right = question.options.iter().filter(|option| option.right).count();
        if !crate::training::progress::is_id(&question.id) {
            errors.push(ContentError::at_line(
                file,
                line,
                format!("the question id `{}` is not usable", question.id),
                "Use lower-case ASCII letters, digits and `-`, e.g. `q1`.",
            ));
        }
        if question.options.len() < 2 {
            errors.push(ContentError::at_line(
                file,
                line,
                format!("the question `{}` has fewer than two options", question.id),
                "Give every question at least two [[questions.options]].",
            ));
        }
        if !question.multiple && right != 1 {
            errors.push(ContentError::at_line(
                file,
                line,
                format!("the single-choice question `{}` has {right} right answers", question.id),
                "Mark exactly one option `right = true`, or set `multiple = true` if several are right.",
            ));
        }
        if question.multiple && right == 0 {
            errors.push(ContentError::at_line(
                file,
                line,
                format!("the multiple-choice question `{}` has no right answer", question.id),
                "Mark at least one option `right = true`.",
            ));
        }
        let mut explained = Vec::new();
        for option in &question.options {
            let option_line =
                line_of(text, &option.explanation.lines().next().unwrap_or_default().replace('"', "\\\""), line);
            let rendered = render_markdown(&option.explanation, option_line, base);
            errors.extend(
                rendered
                    .problems
                    .iter()
                    .map(|problem| ContentError::at_line(file, problem.line, &problem.message, &problem.hint)),
            );
            if !rendered.links.iter().any(|link| !link.same_page) {
                errors.push(ContentError::at_line(file, option_line, format!("an explanation of the question `{}` links to no page", question.id), "End every explanation with a link to the page that teaches it, e.g. `[支援会議](@meetings#shien-kaigi)`."));
            }
            links.extend(rendered.links);
            explained.push(rendered.html);
        }
        forms.push(question_form(module, question, &explained));
    }
    if !errors.is_empty() {
        return Err(errors);
    }
    let html = html! {
        form class="training-quiz" data-training-quiz=(module) data-page-module=(crate::training::markup::PAGE_MODULE) data-page-module-on-demand novalidate
            data-words-quiz-unanswered=(ja("training-script-quiz-unanswered"))
            data-words-quiz-right=(ja("training-script-quiz-right"))
            data-words-quiz-wrong=(ja("training-script-quiz-wrong"))
            data-words-quiz-progress=(ja_with("training-script-quiz-progress", &[("total", "{total}"), ("answered", "{answered}")]))
            data-words-quiz-score=(ja_with("training-script-quiz-score", &[("total", "{total}"), ("right", "{right}"), ("saved", "{saved}")]))
            data-words-quiz-saved=(ja("training-script-quiz-saved"))
            data-words-not-saved=(ja("training-script-not-saved")) {
            @for form in &forms { (form) }
            div class="training-quiz__submit" {
                button type="submit" class="button" { (ja("training-quiz-check")) }
                // Said while the press waits for the course's WASM, or when it did not come.
                (load_status(Edition::Japanese, None))
            }
            p class="training-quiz__score" data-score role="status" {}
        }
    };
    Ok(RenderedQuiz { html, links, questions: quiz.questions.len() })
}

fn question_form(module: &str, question: &QuizQuestion, explained: &[crate::content::html::MarkdownHtml]) -> Markup {
    let kind = if question.multiple { "checkbox" } else { "radio" };
    let name = format!("{module}-{}", question.id);
    let verdict = format!("{name}-verdict");
    html! {
        fieldset class="training-question" data-question=(question.id) aria-describedby=(verdict) {
            legend { (question.text) @if question.multiple { " " (ja("training-quiz-choose-all")) } }
            @for (index, option) in question.options.iter().enumerate() {
                @let input = format!("{name}-{index}");
                div class="training-choice" {
                    input type=(kind) name=(name) id=(input) value=(index) data-right=(option.right);
                    label for=(input) { (option.text) }
                }
            }
            p class="training-question__verdict" id=(verdict) data-verdict {}
            details class="training-explain" {
                summary { (ja("training-quiz-explain")) }
                ul class="training-explain__list" {
                    @for (option, explanation) in question.options.iter().zip(explained) {
                        li {
                            strong {
                                @if option.right { (ja("training-quiz-option-right")) } @else { (ja("training-quiz-option-wrong")) }
                                (option.text)
                            }
                            (explanation)
                        }
                    }
                }
            }
        }
    }
}
