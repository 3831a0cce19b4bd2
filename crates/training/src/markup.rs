//! The course's page↔script contract: every id and `data-*` attribute the page writer puts on a
//! training page and the browser side reads back. Both sides name these constants.

/// On each training page's one root (a self-check, a case, a module's "done" form, the record):
/// the page loads the course's own WASM (`crates/page-modules`) at once, and never the app at
/// load. Its value is [`PAGE_MODULE`].
pub const PAGE_MODULE_ATTR: &str = "data-page-module";
/// The course's name among the page modules (`modules` in the start script).
pub const PAGE_MODULE: &str = "training";
/// On a root whose page needs the course's WASM only once it is used (a self-check: answering
/// is choosing plain radio buttons and boxes): the start script loads the WASM when the reader
/// first reaches a control inside, not at load, and holds a submit made before it is ready.
pub const ON_DEMAND_ATTR: &str = "data-page-module-on-demand";

/// A self-check form; its value is the module id the quiz belongs to.
pub const QUIZ_ATTR: &str = "data-training-quiz";
/// A question's fieldset in a self-check; its value is the question id.
pub const QUESTION_ATTR: &str = "data-question";
/// On a self-check option: `"true"` when it is a right answer.
pub const RIGHT_ATTR: &str = "data-right";
/// The sentence under a question that says whether the answer was right (filled by the script).
pub const VERDICT_ATTR: &str = "data-verdict";
/// The self-check's score line (filled by the script).
pub const SCORE_ATTR: &str = "data-score";

/// The "module done" form on a module page; its value is the module id.
pub const MODULE_DONE_ATTR: &str = "data-training-module";

/// A case exercise form; its value is the case id.
pub const CASE_ATTR: &str = "data-training-case";
/// On the case form: the guide's outcome id (the meeting the engine chose).
pub const CASE_MEETING_ATTR: &str = "data-meeting";
/// On the case form: `"true"` when the engine asked about consent on the way.
pub const CASE_CONSENT_ATTR: &str = "data-consent";
/// On the case form: the engine's first windows, space-separated.
pub const CASE_WINDOWS_ATTR: &str = "data-windows";
/// The disclosure holding the engine's answer (opened by the script on submit).
pub const CASE_ANSWER_ATTR: &str = "data-case-answer";
/// The comparison of the learner's choice with the engine's (filled by the script).
pub const CASE_COMPARE_ATTR: &str = "data-case-compare";

/// The progress page's root.
pub const PROGRESS_ROOT_ID: &str = "training-progress";
/// A cell of the record: its value is `module:<id>`, `quiz:<id>` or `case:<id>`.
pub const RECORD_CELL_ATTR: &str = "data-record";
/// The progress page's controls (shown once the script runs).
pub const CONTROLS_ID: &str = "training-controls";
/// Export, import, clear and print.
pub const EXPORT_ID: &str = "training-export";
/// The file input for import.
pub const IMPORT_ID: &str = "training-import";
/// The clear button.
pub const CLEAR_ID: &str = "training-clear";
/// The print button.
pub const PRINT_ID: &str = "training-print";
/// The progress page's status line (import and clear results).
pub const STATUS_ID: &str = "training-status";

/// The words the course's script writes (verdicts, scores, the record's cells and status lines).
/// They are not in the WASM: the page writer resolves each from the message catalogue
/// (`training-script-*` in `ja-pages.ftl`) and puts it on the root whose script writes it, as
/// the attribute named here; a `{name}` in a word is a placeholder the script fills in. A word
/// the page lacks is empty, never an error.
pub mod words {
    /// On the self-check form and the module's "done" form: the record could not be saved.
    pub const NOT_SAVED: &str = "data-words-not-saved";
    /// On the self-check form: an unanswered question.
    pub const QUIZ_UNANSWERED: &str = "data-words-quiz-unanswered";
    /// On the self-check form: a right answer.
    pub const QUIZ_RIGHT: &str = "data-words-quiz-right";
    /// On the self-check form: a wrong answer.
    pub const QUIZ_WRONG: &str = "data-words-quiz-wrong";
    /// On the self-check form: `{answered}` of `{total}` answered so far.
    pub const QUIZ_PROGRESS: &str = "data-words-quiz-progress";
    /// On the self-check form: the score, `{right}` of `{total}`, then `{saved}`.
    pub const QUIZ_SCORE: &str = "data-words-quiz-score";
    /// On the self-check form: the score was saved.
    pub const QUIZ_SAVED: &str = "data-words-quiz-saved";
    /// On the module's "done" form: done on `{date}`.
    pub const DONE: &str = "data-words-done";
    /// On the case form: not all three choices made.
    pub const CASE_INCOMPLETE: &str = "data-words-case-incomplete";
    /// On the case form: a choice the same as the guide's.
    pub const CASE_SAME: &str = "data-words-case-same";
    /// On the case form: a choice not the guide's.
    pub const CASE_DIFFERENT: &str = "data-words-case-different";
    /// On the case form: the window line, `{mark}` and `{you}`.
    pub const CASE_WINDOW: &str = "data-words-case-window";
    /// On the case form: the meeting line, `{mark}`, `{you}` and `{guide}`.
    pub const CASE_MEETING: &str = "data-words-case-meeting";
    /// On the case form: the consent line, `{mark}` and `{guide}`.
    pub const CASE_CONSENT: &str = "data-words-case-consent";
    /// On the case form: the guide's meeting, in the learner's words.
    pub const CASE_GUIDE_MEETING: &str = "data-words-case-guide-meeting";
    /// On the case form: what the guide does about consent in this case.
    pub const CASE_GUIDE_CONSENT: &str = "data-words-case-guide-consent";
    /// On the case form: all three the same as the guide's.
    pub const CASE_MATCHED: &str = "data-words-case-matched";
    /// On the case form: some choice differs.
    pub const CASE_DIFFERS: &str = "data-words-case-differs";
    /// On the progress page's root: a module done on `{date}`.
    pub const RECORD_MODULE: &str = "data-words-record-module";
    /// On the progress page's root: a self-check's `{right}` of `{total}` on `{date}`.
    pub const RECORD_QUIZ: &str = "data-words-record-quiz";
    /// On the progress page's root: a case tried on `{date}`, the same as the guide.
    pub const RECORD_CASE_SAME: &str = "data-words-record-case-same";
    /// On the progress page's root: a case tried on `{date}`, not the same as the guide.
    pub const RECORD_CASE_DIFFERENT: &str = "data-words-record-case-different";
    /// On the progress page's root: not done yet.
    pub const RECORD_NONE: &str = "data-words-record-none";
    /// On the progress page's root: the record was written to `{file}`.
    pub const EXPORTED: &str = "data-words-exported";
    /// On the progress page's root: the chosen file is too big.
    pub const TOO_BIG: &str = "data-words-too-big";
    /// On the progress page's root: the file's record was read.
    pub const IMPORTED: &str = "data-words-imported";
    /// On the progress page's root: read, but not saved on the device.
    pub const IMPORTED_NOT_SAVED: &str = "data-words-imported-not-saved";
    /// On the progress page's root: the file is not a record.
    pub const UNREADABLE: &str = "data-words-unreadable";
    /// On the progress page's root: the question before clearing.
    pub const CLEAR_CONFIRM: &str = "data-words-clear-confirm";
    /// On the progress page's root: the record was cleared.
    pub const CLEARED: &str = "data-words-cleared";
    /// Every word attribute, for the test that the page carries each one.
    pub const EVERY: [&str; 30] = [
        NOT_SAVED,
        QUIZ_UNANSWERED,
        QUIZ_RIGHT,
        QUIZ_WRONG,
        QUIZ_PROGRESS,
        QUIZ_SCORE,
        QUIZ_SAVED,
        DONE,
        CASE_INCOMPLETE,
        CASE_SAME,
        CASE_DIFFERENT,
        CASE_WINDOW,
        CASE_MEETING,
        CASE_CONSENT,
        CASE_GUIDE_MEETING,
        CASE_GUIDE_CONSENT,
        CASE_MATCHED,
        CASE_DIFFERS,
        RECORD_MODULE,
        RECORD_QUIZ,
        RECORD_CASE_SAME,
        RECORD_CASE_DIFFERENT,
        RECORD_NONE,
        EXPORTED,
        TOO_BIG,
        IMPORTED,
        IMPORTED_NOT_SAVED,
        UNREADABLE,
        CLEAR_CONFIRM,
        CLEARED,
    ];
}
