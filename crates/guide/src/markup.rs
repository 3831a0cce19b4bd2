//! The guide's page↔script contract: every id, class and `data-*` attribute that the page writer
//! (`content::guides::pages`) puts on a guide page and the browser side (`browser::guide`) reads
//! back, and the wording templates the page carries so that the script writes no words of its
//! own. Both sides name these constants; a native test reads them back from a written page.

/// The guide's root element. It carries the flow (`data-flow`), the quick exit's address
/// (`data-exit`) and the wording templates ([`Wording`]).
pub const ROOT_ID: &str = "guide";
/// On the guide's root: the page loads the guide's own WASM (`crates/page-modules`) at once,
/// instead of the app, which starts there only when the reader reaches a control outside it.
pub const PAGE_MODULE_ATTR: &str = "data-page-module";
/// The value of [`PAGE_MODULE_ATTR`] for the guide.
pub const PAGE_MODULE: &str = "guide";
/// The flow's structure as compact text (see `guide::wire`), on the root.
pub const FLOW_ATTR: &str = "data-flow";
/// The quick exit's address, on the root.
pub const EXIT_ATTR: &str = "data-exit";

/// The quick exit link (a real link, so it works without the script).
pub const EXIT_LINK_ID: &str = "guide-exit";
/// The notice shown for an address whose answers cannot be read.
pub const PROBLEM_ID: &str = "guide-problem";
/// The note shown while the sensitive mode is on.
pub const SENSITIVE_NOTE_ID: &str = "guide-sensitive-note";
/// The Back and Start again links (hidden on the intro).
pub const NAV_ID: &str = "guide-nav";
/// The Back link.
pub const BACK_ID: &str = "guide-back";
/// The Start again link.
pub const RESTART_ID: &str = "guide-restart";

/// The intro screen.
pub const INTRO_ID: &str = "guide-intro";
/// The intro's heading.
pub const INTRO_TITLE_ID: &str = "guide-intro-title";
/// The box offering a stored walk.
pub const RESUME_ID: &str = "guide-resume";
/// The sentence in it (rewritten from the [`Wording`] when a walk is dropped or forgotten).
pub const RESUME_TEXT_ID: &str = "guide-resume-text";
/// The link that goes on with the stored walk.
pub const RESUME_LINK_ID: &str = "guide-resume-link";
/// The button that forgets the stored walk.
pub const FORGET_ID: &str = "guide-forget";
/// The sensitive mode's checkbox.
pub const SENSITIVE_ID: &str = "guide-sensitive";
/// The checkbox that keeps the walk on the device.
pub const REMEMBER_ID: &str = "guide-remember";
/// The Start link.
pub const START_ID: &str = "guide-start";

/// The check-your-answers screen.
pub const CHECK_ID: &str = "guide-check";
/// Its heading.
pub const CHECK_TITLE_ID: &str = "guide-check-title";
/// Its link to the result.
pub const SEE_RESULT_ID: &str = "guide-see-result";

/// The 相談メモ under a result.
pub const MEMO_ID: &str = "guide-memo";
/// The memo's list of windows.
pub const MEMO_WINDOWS_ID: &str = "guide-memo-windows";
/// The memo's list of answers.
pub const MEMO_ANSWERS_ID: &str = "guide-memo-answers";
/// The memo's Print button.
pub const PRINT_ID: &str = "guide-print";

/// Every screen (intro, questions, check, outcomes) has this class; one shows at a time.
pub const SCREEN_CLASS: &str = "guide-screen";
/// A question's form (it also carries `data-question`).
pub const FORM_CLASS: &str = "guide-form";
/// A row of the check screen (it carries `data-row` with its question's id).
pub const ROW_CLASS: &str = "check-answers__row";
/// The window's name in a pick card (its link's text goes into the memo).
pub const PICK_NAME_CLASS: &str = "pick-card__name";
/// The window's contact line in a pick card (copied into the memo).
pub const PICK_CONTACT_CLASS: &str = "pick-card__contact";

/// A link the script follows itself (a guide step), rather than the browser.
pub const LINK_ATTR: &str = "data-guide-link";
/// The query a guide link leads to, written by the script next to its `href`.
pub const QUERY_ATTR: &str = "data-query";
/// The question a screen or form is for.
pub const QUESTION_ATTR: &str = "data-question";
/// The outcome a result screen is for.
pub const OUTCOME_ATTR: &str = "data-outcome";
/// Where a question's progress text goes.
pub const PROGRESS_ATTR: &str = "data-progress";
/// Where a question's live count of windows goes.
pub const IN_PLAY_ATTR: &str = "data-in-play";
/// An option that stands alone (「あてはまるものはない」「わからない」).
pub const EXCLUSIVE_ATTR: &str = "data-exclusive";
/// A check row's question id.
pub const ROW_ATTR: &str = "data-row";
/// Where a check row's answer goes.
pub const ANSWER_ATTR: &str = "data-answer";
/// A check row's Change link (its value is the question's id).
pub const CHANGE_ATTR: &str = "data-change";
/// A window card of a result, by the index of its pick in the outcome.
pub const PICK_ATTR: &str = "data-pick";
/// The part of a result that lists the secondary windows (hidden when there are none).
pub const SECONDARY_ATTR: &str = "data-secondary";
/// A result's link back to the check screen.
pub const TO_CHECK_ATTR: &str = "data-to-check";
/// On a card's 「…を選んだため」 item: the `question:option` it names (shown if it was chosen).
pub const BECAUSE_ATTR: &str = "data-because";
/// On an item of a result's 「相談の前に」 box: the picks (indices, space-separated) it is for
/// (shown if one of them is a first window).
pub const PREPARE_ATTR: &str = "data-prepare";
/// On an option's wrapper: the option's value (hidden when a question `among` another does
/// not offer it).
pub const CHOICE_ATTR: &str = "data-choice";

/// The screen of a question.
pub fn question_id(question: &str) -> String {
    format!("guide-q-{question}")
}

/// A question's heading.
pub fn question_title_id(question: &str) -> String {
    format!("guide-q-{question}-title")
}

/// A question's hint (what its fieldset is described by).
pub fn question_hint_id(question: &str) -> String {
    format!("guide-q-{question}-hint")
}

/// A question's error message.
pub fn question_error_id(question: &str) -> String {
    format!("guide-q-{question}-error")
}

/// The input of one option of a question (its label is `label[for=…]`).
pub fn option_id(question: &str, option: &str) -> String {
    format!("guide-{question}-{option}")
}

/// The screen of an outcome.
pub fn outcome_id(outcome: &str) -> String {
    format!("guide-o-{outcome}")
}

/// An outcome's heading.
pub fn outcome_title_id(outcome: &str) -> String {
    format!("guide-o-{outcome}-title")
}

/// The selector of the element holding a question's progress text.
pub fn progress_selector(question: &str) -> String {
    format!("#{} [{PROGRESS_ATTR}]", question_id(question))
}

/// The selector of the element holding a question's live count.
pub fn in_play_selector(question: &str) -> String {
    format!("#{} [{IN_PLAY_ATTR}]", question_id(question))
}

/// The selector of a question's fieldset.
pub fn fieldset_selector(question: &str) -> String {
    format!("#{} fieldset", question_id(question))
}

/// The selector of a question's inputs.
pub fn inputs_selector(question: &str) -> String {
    format!("form.{FORM_CLASS}[{QUESTION_ATTR}=\"{question}\"] input")
}

/// The selector of the check screen's row for a question.
pub fn row_selector(question: &str) -> String {
    format!(".{ROW_CLASS}[{ROW_ATTR}=\"{question}\"]")
}

/// The selector of the Change link of a question's check row.
pub fn change_selector(question: &str) -> String {
    format!("{} [{CHANGE_ATTR}]", row_selector(question))
}

/// The selector of an outcome's link back to the check screen.
pub fn to_check_selector(outcome: &str) -> String {
    format!("#{} [{TO_CHECK_ATTR}]", outcome_id(outcome))
}

/// The selector of the label of one option of a question.
pub fn label_selector(question: &str, option: &str) -> String {
    format!("label[for=\"{}\"]", option_id(question, option))
}

/// The words the script fills in, written on the page at build time as templates (on the root,
/// one `data-*` attribute each; see [`Wording::ATTRS`]). `{name}` marks a number or a text the
/// script puts in; nothing else in these is the script's.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct Wording {
    /// A question's progress when more may follow: `{number}` (this one) and `{left}` (at most).
    pub progress_more: String,
    /// A question's progress when it is the last one: `{number}`.
    pub progress_last: String,
    /// The live count of windows the answers can still lead to: `{count}`.
    pub in_play: String,
    /// The offer of a stored walk (also the resume box's sentence as written on the page).
    pub resume_offer: String,
    /// Shown when a stored walk could not be read and was dropped.
    pub resume_damaged: String,
    /// Shown after the reader forgot the stored walk.
    pub resume_forgotten: String,
    /// The tab title of a screen: `{screen}` (its heading) and `{page}` (the page's title).
    pub screen_title: String,
    /// The tab title while a question's error shows: `{title}`.
    pub error_title: String,
    /// One window of the memo: `{name}` and `{contact}`.
    pub memo_window: String,
    /// What joins the labels of several chosen options.
    pub answer_separator: String,
}

impl Wording {
    /// The attribute that carries each template on the root.
    pub const ATTRS: [&'static str; 10] = [
        "data-progress-more",
        "data-progress-last",
        "data-in-play-text",
        "data-resume-offer",
        "data-resume-damaged",
        "data-resume-forgotten",
        "data-screen-title",
        "data-error-title",
        "data-memo-window",
        "data-answer-separator",
    ];

    /// The templates in the order of [`Wording::ATTRS`].
    pub fn values(&self) -> [&str; 10] {
        [
            &self.progress_more,
            &self.progress_last,
            &self.in_play,
            &self.resume_offer,
            &self.resume_damaged,
            &self.resume_forgotten,
            &self.screen_title,
            &self.error_title,
            &self.memo_window,
            &self.answer_separator,
        ]
    }

    /// Reads the templates back by attribute name (a missing one is empty).
    pub fn read(mut attribute: impl FnMut(&str) -> Option<String>) -> Wording {
        let [progress_more, progress_last, in_play, resume_offer, resume_damaged, resume_forgotten, screen_title, error_title, memo_window, answer_separator] =
            Self::ATTRS.map(|name| attribute(name).unwrap_or_default());
        Wording {
            progress_more,
            progress_last,
            in_play,
            resume_offer,
            resume_damaged,
            resume_forgotten,
            screen_title,
            error_title,
            memo_window,
            answer_separator,
        }
    }
}

/// Fills a template: each `{name}` becomes its value. Unknown names are left as written.
pub fn fill(template: &str, values: &[(&str, &str)]) -> String {
    let mut out = template.to_string();
    for (name, value) in values {
        out = out.replace(&format!("{{{name}}}"), value);
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn templates_are_filled_by_name() {
        assert_eq!(
            fill("{number}問目・このあと多くて{left}問", &[("number", "2"), ("left", "5")]),
            "2問目・このあと多くて5問"
        );
        assert_eq!(fill("{screen}｜{page}", &[("page", "P")]), "{screen}｜P");
    }

    #[test]
    fn wording_is_read_back_by_its_attributes() {
        let wording = Wording { progress_more: "a".into(), answer_separator: "、".into(), ..Wording::default() };
        let pairs: Vec<(&str, String)> =
            Wording::ATTRS.iter().copied().zip(wording.values().map(str::to_string)).collect();
        let read = Wording::read(|name| pairs.iter().find(|(known, _)| *known == name).map(|(_, v)| v.clone()));
        assert_eq!(read, wording);
    }
}
