//! The learner's record on the page: the module pages' "done" control, the progress page's
//! table filled from storage, and its controls (print, export to a file, import from one within
//! a size bound, clear). Imported text goes through the same defensive reading as storage.

use wasm_bindgen::JsCast;
use wasm_bindgen_futures::JsFuture;
use web_sys::{Document, Element, HtmlInputElement};

use super::{store, today};
use crate::dom::{self, document, query_all, set_element_hidden, set_text};
use crate::words::{word, word_with};
use tsunagu_training::markup::{self, words};
use tsunagu_training::progress::{Progress, MAX_PROGRESS_BYTES};

/// The file name of an exported record.
const EXPORT_FILE: &str = "tsunagu-training-record.json";

/// Shows each module page's "done" control, saying so if the module is already done.
pub fn show_module_done(document: &Document) {
    let progress = store::load();
    for form in query_all(document, &format!("[{}]", markup::MODULE_DONE_ATTR)) {
        set_element_hidden(&form, false);
        let module = form.get_attribute(markup::MODULE_DONE_ATTR).unwrap_or_default();
        if let (Some(date), Some(status)) =
            (progress.modules.get(&module), form.query_selector("[role=status]").ok().flatten())
        {
            set_text(&status, &word_with(&form, words::DONE, &[("date", date)]));
        }
    }
}

/// Records the module of `form` as done today.
pub fn mark_module_done(form: &Element) {
    let Some(module) = form.get_attribute(markup::MODULE_DONE_ATTR) else { return };
    let date = today();
    let kept = store::update(|progress| {
        progress.modules.insert(module.clone(), date.clone());
    });
    if let Some(status) = form.query_selector("[role=status]").ok().flatten() {
        let said = if kept { word_with(form, words::DONE, &[("date", &date)]) } else { word(form, words::NOT_SAVED) };
        set_text(&status, &said);
    }
}

/// Fills the progress page's record from storage and shows its controls.
pub fn show_record(document: &Document) {
    if document.get_element_by_id(markup::PROGRESS_ROOT_ID).is_none() {
        return;
    }
    dom::set_hidden(document, markup::CONTROLS_ID, false);
    fill(document, &store::load());
}

fn fill(document: &Document, progress: &Progress) {
    let Some(root) = document.get_element_by_id(markup::PROGRESS_ROOT_ID) else { return };
    for cell in query_all(document, &format!("[{}]", markup::RECORD_CELL_ATTR)) {
        let key = cell.get_attribute(markup::RECORD_CELL_ATTR).unwrap_or_default();
        let said = match key.split_once(':') {
            Some(("module", id)) => {
                progress.modules.get(id).map(|date| word_with(&root, words::RECORD_MODULE, &[("date", date)]))
            }
            Some(("quiz", id)) => progress.quizzes.get(id).map(|score| {
                let (total, right) = (score.total.to_string(), score.right.to_string());
                word_with(&root, words::RECORD_QUIZ, &[("total", &total), ("right", &right), ("date", &score.date)])
            }),
            Some(("case", id)) => progress.cases.get(id).map(|tried| {
                let said = if tried.matched { words::RECORD_CASE_SAME } else { words::RECORD_CASE_DIFFERENT };
                word_with(&root, said, &[("date", &tried.date)])
            }),
            None if key == "printed" => Some(today()),
            _ => None,
        }
        .unwrap_or_else(|| word(&root, words::RECORD_NONE));
        // A self-check's cell holds a link to it: its words change, the link stays.
        let target = cell.query_selector("a").ok().flatten().unwrap_or(cell);
        set_text(&target, &said);
    }
}

/// Writes the progress page's status line: the word `attribute` of its root, filled in.
fn say(document: &Document, attribute: &str, values: &[(&str, &str)]) {
    let Some(root) = document.get_element_by_id(markup::PROGRESS_ROOT_ID) else { return };
    if let Some(status) = document.get_element_by_id(markup::STATUS_ID) {
        set_text(&status, &word_with(&root, attribute, values));
    }
}

/// Offers the record as a JSON file to save.
pub fn export() {
    let Some(document) = document() else { return };
    let text = store::load().write();
    let parts = web_sys::js_sys::Array::of1(&text.into());
    let options = web_sys::BlobPropertyBag::new();
    options.set_type("application/json");
    let Ok(blob) = web_sys::Blob::new_with_str_sequence_and_options(&parts, &options) else { return };
    let Ok(url) = web_sys::Url::create_object_url_with_blob(&blob) else { return };
    if let Some(link) = document.create_element("a").ok().and_then(|a| a.dyn_into::<web_sys::HtmlAnchorElement>().ok())
    {
        link.set_href(&url);
        link.set_download(EXPORT_FILE);
        link.click();
    }
    let _ = web_sys::Url::revoke_object_url(&url);
    say(&document, words::EXPORTED, &[("file", EXPORT_FILE)]);
}

/// Reads the file chosen in the import input (within the size bound) and, if it is a record,
/// makes it this device's record.
pub fn import(input: Element) {
    let Some(document) = document() else { return };
    let Ok(input) = input.dyn_into::<HtmlInputElement>() else { return };
    let Some(file) = input.files().and_then(|files| files.get(0)) else { return };
    input.set_value("");
    if file.size() > MAX_PROGRESS_BYTES as f64 {
        say(&document, words::TOO_BIG, &[]);
        return;
    }
    wasm_bindgen_futures::spawn_local(async move {
        let text = JsFuture::from(file.text()).await.ok().and_then(|text| text.as_string());
        let Some(document) = crate::dom::document() else { return };
        match text.as_deref().and_then(Progress::read) {
            Some(progress) => {
                let kept = store::save(&progress);
                fill(&document, &progress);
                say(&document, if kept { words::IMPORTED } else { words::IMPORTED_NOT_SAVED }, &[]);
            }
            None => say(&document, words::UNREADABLE, &[]),
        }
    });
}

/// Clears the record from the device, after the learner confirms.
pub fn clear() {
    let Some(window) = web_sys::window() else { return };
    let Some(document) = document() else { return };
    let Some(root) = document.get_element_by_id(markup::PROGRESS_ROOT_ID) else { return };
    let sure = window.confirm_with_message(&word(&root, words::CLEAR_CONFIRM)).unwrap_or(false);
    if !sure {
        return;
    }
    store::clear();
    fill(&document, &Progress::default());
    say(&document, words::CLEARED, &[]);
}
