//! The course's page↔script contract: every id and `data-*` attribute the page writer puts on a
//! training page and the browser side reads back. Both sides name these constants.

/// On each training page's one root (a self-check, a case, a module's "done" form, the record):
/// the page loads the course's own WASM (`crates/page-modules`) at once, and never the app at
/// load. Its value is [`PAGE_MODULE`].
pub const PAGE_MODULE_ATTR: &str = "data-page-module";
/// The course's name among the page modules (`modules` in the start script).
pub const PAGE_MODULE: &str = "training";

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

/// The outcome ids of the staff flows, in the order the case form offers them, with the words
/// a learner sees for each.
pub const MEETINGS: [(&str, &str); 4] = [
    ("urgent-response", "安全の確保を最優先にする（緊急の対応）"),
    ("connect", "分野の窓口につなぐ"),
    ("jusou-kaigi", "多機関協働事業に相談し、重層的支援会議で話し合う"),
    ("shien-kaigi", "多機関協働事業に相談し、支援会議で話し合う"),
];

/// The learner's words for a meeting (outcome) id.
pub fn meeting_label(id: &str) -> Option<&'static str> {
    MEETINGS.iter().find(|(key, _)| *key == id).map(|(_, label)| *label)
}
