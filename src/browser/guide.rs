//! The browser side of the guide. Every screen is prerendered HTML in the page body; this module
//! reads the flow's structure from `data-flow`, works out the screen from the address (or, in
//! the sensitive mode, from memory) with the pure `guide::steps`, and shows that one screen:
//! the chosen answers ticked, the progress and the live count of windows written, the result's
//! window cards shown by the engine's picks. One set of delegated listeners serves every guide.

use std::cell::RefCell;
use std::rc::Rc;

use gloo_storage::{LocalStorage, Storage};
use leptos_router::NavigateOptions;
use wasm_bindgen::closure::Closure;
use wasm_bindgen::JsCast;
use web_sys::{Document, Element, Event, HtmlElement, HtmlInputElement, KeyboardEvent};

use super::preferences::storage_is_usable;
use crate::guide::steps::{self, Place, Problem, Screen};
use crate::guide::{wire, Answer, Flow, QuestionKind};

/// The stored walk of a flow (`<key>.<city>.<flow>`), kept only when the reader asks for it.
/// The version is in the key: a later format uses a new key and ignores this one.
pub const RESUME_KEY: &str = "tsunagu.guide.v1";

/// Shift presses this close together (ms) count towards the quick exit.
const SHIFT_WINDOW_MS: f64 = 1500.0;

#[derive(Default)]
struct GuideState {
    /// The `data-flow` text the flow was read from, and the flow (`None`: unreadable).
    flow: Option<(String, Option<Rc<Flow>>)>,
    /// The sensitive mode: nothing in the address, the history or storage.
    sensitive: bool,
    /// Where the reader is, in the sensitive mode.
    place: Place,
    /// The screen last shown (so focus moves only when it changes).
    shown: Option<String>,
    /// Whether the next screen shown should take focus (the reader moved, not a page load).
    focus_next: bool,
    /// Times of the latest Shift presses made on their own.
    shifts: Vec<f64>,
    /// Whether another key went down while Shift was held (Shift+Tab is not a press).
    shift_combined: bool,
}

/// The router's navigation, so a guide step is a navigation the router knows about.
type Navigate = Rc<dyn Fn(&str, NavigateOptions)>;

thread_local! {
    static STATE: RefCell<GuideState> = RefCell::new(GuideState::default());
    static NAVIGATE: RefCell<Option<Navigate>> = const { RefCell::new(None) };
}

/// Keeps the router's `navigate` (called from inside the router, by the page view).
pub fn keep_navigate(navigate: impl Fn(&str, NavigateOptions) + 'static) {
    NAVIGATE.with(|slot| *slot.borrow_mut() = Some(Rc::new(navigate)));
}

/// Listens to every guide's forms, links and keys, once for the whole session.
pub fn listen() {
    let Some(document) = document() else { return };
    let on_click = Closure::<dyn Fn(Event)>::new(on_click);
    let on_submit = Closure::<dyn Fn(Event)>::new(on_submit);
    let on_change = Closure::<dyn Fn(Event)>::new(on_change);
    let on_key = Closure::<dyn Fn(Event)>::new(on_key);
    for (name, listener) in
        [("click", &on_click), ("submit", &on_submit), ("change", &on_change), ("keydown", &on_key), ("keyup", &on_key)]
    {
        let _ = document.add_event_listener_with_callback(name, listener.as_ref().unchecked_ref());
    }
    // Back and Forward: the router shows the address; the screen it names takes focus.
    let on_pop = Closure::<dyn Fn(Event)>::new(|_| STATE.with(|state| state.borrow_mut().focus_next = true));
    if let Some(window) = web_sys::window() {
        let _ = window.add_event_listener_with_callback("popstate", on_pop.as_ref().unchecked_ref());
    }
    // They live as long as the page.
    on_click.forget();
    on_submit.forget();
    on_change.forget();
    on_key.forget();
    on_pop.forget();
}

/// Shows the screen for the current address whenever a guide page is shown: on load, after a
/// navigation, and on Back or Forward.
pub fn body_shown() {
    let Some(document) = document() else { return };
    // Another page keeps the state: a sensitive walk goes on after a look at a window's page.
    let Some(root) = document.get_element_by_id("guide") else { return };
    let Some(flow) = flow_of(&root) else {
        show_problem(&document);
        return;
    };
    let (sensitive, memory) = STATE.with(|state| {
        let state = state.borrow();
        (state.sensitive, state.place.clone())
    });
    let place = if sensitive { Ok(memory) } else { steps::place_from_query(&flow, &search()) };
    match place {
        Ok(place) => show(&document, &flow, &place),
        Err(_) => show_problem(&document),
    }
}

/// The flow of the guide on the page, if the page has one.
fn page_flow(document: &Document) -> Option<Rc<Flow>> {
    flow_of(&document.get_element_by_id("guide")?)
}

/// Reads the flow of the guide on the page (once per page; later calls share it).
fn flow_of(root: &Element) -> Option<Rc<Flow>> {
    let text = root.get_attribute("data-flow")?;
    STATE.with(|state| {
        let mut state = state.borrow_mut();
        if state.flow.as_ref().map(|(known, _)| known) != Some(&text) {
            let flow = wire::decode(&text).map(Rc::new);
            *state = GuideState { flow: Some((text, flow)), focus_next: state.focus_next, ..GuideState::default() };
        }
        state.flow.as_ref().and_then(|(_, flow)| flow.clone())
    })
}

/// Goes to the place a guide link or answer leads: a new history entry, or in the sensitive
/// mode only a new screen.
fn go(query: &str) {
    let Some(document) = document() else { return };
    let Some(flow) = page_flow(&document) else { return };
    let sensitive = STATE.with(|state| {
        let mut state = state.borrow_mut();
        state.focus_next = true;
        state.sensitive
    });
    if sensitive {
        match steps::place_from_query(&flow, query) {
            Ok(place) => {
                STATE.with(|state| state.borrow_mut().place = place.clone());
                show(&document, &flow, &place);
            }
            Err(_) => show_problem(&document),
        }
        return;
    }
    let url = format!("{}{query}", pathname());
    let navigate = NAVIGATE.with(|slot| slot.borrow().clone());
    match navigate {
        // The router adds the history entry and shows the address (the page view's effect then
        // draws its screen), so Back and Forward stay in step with it.
        Some(navigate) => {
            navigate(&url, NavigateOptions { resolve: false, scroll: false, ..NavigateOptions::default() })
        }
        None => {
            if let Some(window) = web_sys::window() {
                let _ = window.location().assign(&url);
            }
        }
    }
}

/// Draws one screen: everything else hidden, its answers ticked, its links pointing onward.
fn show(document: &Document, flow: &Flow, place: &Place) {
    let screen = match steps::screen(flow, place) {
        Ok(screen) => screen,
        Err(_) => return show_problem(document),
    };
    let shown_id = match &screen {
        Screen::Intro => "guide-intro".to_string(),
        Screen::Question { question, .. } => format!("guide-q-{}", question.id),
        Screen::Check { .. } => "guide-check".to_string(),
        Screen::Result { outcome, .. } => format!("guide-o-{}", outcome.id),
    };
    show_only(document, &shown_id);
    set_hidden(document, "guide-problem", true);
    let sensitive = STATE.with(|state| state.borrow().sensitive);
    set_hidden(document, "guide-sensitive-note", !sensitive);
    set_hidden(document, "guide-nav", matches!(screen, Screen::Intro));
    set_hidden(document, "guide-memo", true);
    let link = |id: &str, target: Option<&Place>| {
        if let Some(element) = document.get_element_by_id(id) {
            set_link(&element, &target.map(|target| steps::query_of(flow, target)).unwrap_or_default());
        }
    };
    if !matches!(screen, Screen::Intro) {
        link("guide-back", steps::back_of(flow, place).as_ref());
        link("guide-restart", None);
    }
    let (key, heading) = match &screen {
        Screen::Intro => {
            show_intro(document, flow, sensitive);
            ("intro".to_string(), "guide-intro-title".to_string())
        }
        Screen::Question { question, before, answer } => {
            let id = question.id.to_string();
            tick(document, &id, answer.as_ref());
            show_error(document, &id, false);
            let (_, most) = flow.questions_left(question);
            let progress = match most.saturating_sub(1) {
                0 => format!("{}問目・これが最後の質問です", before.len() + 1),
                left => format!("{}問目・このあと多くて{left}問", before.len() + 1),
            };
            if let Ok(Some(element)) = document.query_selector(&format!("#guide-q-{id} [data-progress]")) {
                element.set_text_content(Some(&progress));
            }
            update_count(document, flow, place, &id);
            (format!("q-{id}"), format!("guide-q-{id}-title"))
        }
        Screen::Check { asked } => {
            set_hidden_all(document, ".check-answers__row", true);
            for question in asked {
                let id = question.id.as_ref();
                let row = format!(".check-answers__row[data-row=\"{id}\"]");
                if let Ok(Some(row)) = document.query_selector(&row) {
                    let _ = row.remove_attribute("hidden");
                    if let Ok(Some(answer)) = row.query_selector("[data-answer]") {
                        answer.set_text_content(Some(&answer_text(document, id, place.answers.get(id))));
                    }
                    if let Ok(Some(change)) = row.query_selector("[data-change]") {
                        set_link(&change, &steps::query_of(flow, &steps::change_place(place, question)));
                    }
                }
            }
            link("guide-see-result", Some(&steps::result_place(flow, place)));
            ("check".to_string(), "guide-check-title".to_string())
        }
        Screen::Result { outcome, asked } => {
            let id = outcome.id.to_string();
            let section = document.get_element_by_id(&format!("guide-o-{id}"));
            let answers = steps::on_path(flow, &place.answers);
            let (first, secondary) = crate::guide::engine::pick_indices(outcome, &answers);
            if let Some(section) = &section {
                show_picks(section, &first, &secondary);
                let to_check = steps::Place { at: Some(steps::CHECK.to_string()), ..place.clone() };
                if let Ok(Some(element)) = section.query_selector("[data-to-check]") {
                    set_link(&element, &steps::query_of(flow, &to_check));
                }
            }
            if !outcome.urgent {
                fill_memo(document, section.as_ref(), asked, place);
            }
            (format!("o-{id}"), format!("guide-o-{id}-title"))
        }
    };
    let title = document.get_element_by_id(&heading).and_then(|element| element.text_content()).unwrap_or_default();
    let page_title = document.get_element_by_id("page-title").and_then(|h1| h1.text_content()).unwrap_or_default();
    // The sensitive mode keeps the page's own title: browsers keep titles in their history.
    let tab_title = match screen {
        Screen::Intro => super::pages::document_title(Some(&page_title)),
        _ if sensitive => super::pages::document_title(Some(&page_title)),
        _ => super::pages::document_title(Some(&format!("{title}｜{page_title}"))),
    };
    if document.title() != tab_title {
        document.set_title(&tab_title);
    }
    let focus = STATE.with(|state| {
        let mut state = state.borrow_mut();
        let changed = state.shown.as_deref() != Some(key.as_str());
        let focus = state.focus_next && changed;
        state.focus_next = false;
        state.shown = Some(key);
        focus
    });
    if focus {
        // The guide's top (quick exit, Back) comes into view, then its heading takes focus.
        if let Some(root) = document.get_element_by_id("guide") {
            root.scroll_into_view_with_bool(true);
        }
        focus_element(document, &heading);
    }
    if !sensitive && !matches!(screen, Screen::Intro) && stored_walk(flow).is_some() {
        store_walk(flow, &steps::query_of(flow, place));
    }
}

fn show_intro(document: &Document, flow: &Flow, sensitive: bool) {
    let stored = stored_walk(flow);
    let resumable = stored.as_deref().filter(|query| !query.is_empty()).map(|query| {
        (query, steps::place_from_query(flow, query).and_then(|place| steps::screen(flow, &place).map(|_| ())))
    });
    let (resume, notice) = match resumable {
        Some((query, Ok(()))) => (Some(query.to_string()), None),
        Some((_, Err(_))) => {
            // An old or damaged stored walk is dropped, and the reader told so.
            store_walk(flow, "");
            (None, Some("保存されていた回答は読み取れなかったため、消しました。最初から答えてください。"))
        }
        None => (None, None),
    };
    set_hidden(document, "guide-resume", sensitive || (resume.is_none() && notice.is_none()));
    if let Some(paragraph) = document.get_element_by_id("guide-resume-text") {
        let words = notice.unwrap_or("この端末に、前回の途中までの回答が保存されています。");
        if paragraph.text_content().as_deref() != Some(words) {
            paragraph.set_text_content(Some(words));
        }
    }
    set_hidden(document, "guide-resume-link", resume.is_none());
    set_hidden(document, "guide-forget", resume.is_none());
    if let (Some(link), Some(query)) = (document.get_element_by_id("guide-resume-link"), resume.as_deref()) {
        set_link(&link, query);
    }
    set_checked(document, "guide-sensitive", sensitive);
    set_checked(document, "guide-remember", !sensitive && stored.is_some());
    if let Some(remember) = input(document, "guide-remember") {
        remember.set_disabled(sensitive);
    }
}

/// Shows the picks the engine chose and hides the rest; an empty secondary list goes too.
fn show_picks(section: &Element, first: &[usize], secondary: &[usize]) {
    let Ok(cards) = section.query_selector_all("[data-pick]") else { return };
    for index in 0..cards.length() {
        let Some(card) = cards.item(index).and_then(|node| node.dyn_into::<Element>().ok()) else { continue };
        let pick = card.get_attribute("data-pick").and_then(|value| value.parse::<usize>().ok());
        let shown = pick.is_some_and(|pick| first.contains(&pick) || secondary.contains(&pick));
        let _ = card.toggle_attribute_with_force("hidden", !shown);
    }
    if let Ok(Some(more)) = section.query_selector("[data-secondary]") {
        let _ = more.toggle_attribute_with_force("hidden", secondary.is_empty());
    }
}

/// The 相談メモ: the first windows shown and the answers, as text copied from the page.
fn fill_memo(document: &Document, section: Option<&Element>, asked: &[&crate::guide::Question], place: &Place) {
    let (Some(memo), Some(section)) = (document.get_element_by_id("guide-memo"), section) else { return };
    let _ = memo.remove_attribute("hidden");
    if let Some(list) = document.get_element_by_id("guide-memo-windows") {
        list.set_text_content(None);
        let names = section.query_selector_all("[data-pick]:not([hidden]) .pick-card__name a").ok();
        let contacts = section.query_selector_all("[data-pick]:not([hidden]) .pick-card__contact").ok();
        let count = names.as_ref().map_or(0, |names| names.length());
        for index in 0..count {
            let name = names.as_ref().and_then(|n| n.item(index)).and_then(|n| n.text_content()).unwrap_or_default();
            let contact =
                contacts.as_ref().and_then(|c| c.item(index)).and_then(|c| c.text_content()).unwrap_or_default();
            if let Ok(item) = document.create_element("li") {
                item.set_text_content(Some(&format!("{name}　{contact}")));
                let _ = list.append_child(&item);
            }
        }
    }
    if let Some(list) = document.get_element_by_id("guide-memo-answers") {
        list.set_text_content(None);
        for question in asked {
            let id = question.id.as_ref();
            let title = document.get_element_by_id(&format!("guide-q-{id}-title")).and_then(|h| h.text_content());
            let (Ok(row), Ok(term), Ok(value)) =
                (document.create_element("div"), document.create_element("dt"), document.create_element("dd"))
            else {
                continue;
            };
            term.set_text_content(title.as_deref());
            value.set_text_content(Some(&answer_text(document, id, place.answers.get(id))));
            let _ = row.append_child(&term);
            let _ = row.append_child(&value);
            let _ = list.append_child(&row);
        }
    }
}

/// The labels of an answer's options, as on the question's form.
fn answer_text(document: &Document, question: &str, answer: Option<&Answer>) -> String {
    let labels: Vec<String> = chosen_values(answer)
        .iter()
        .filter_map(|option| {
            document.query_selector(&format!("label[for=\"guide-{question}-{option}\"]")).ok().flatten()
        })
        .filter_map(|label| label.text_content())
        .collect();
    labels.join("、")
}

/// The input values an answer stands for (「わからない」 is `unknown`, as on the form).
fn chosen_values(answer: Option<&Answer>) -> Vec<&str> {
    match answer {
        Some(Answer::Chose(options)) => options.iter().map(String::as_str).collect(),
        Some(Answer::Unknown) => vec![crate::guide::query::UNKNOWN],
        None => Vec::new(),
    }
}

/// Ticks the options of an answer (or none) on a question's form.
fn tick(document: &Document, question: &str, answer: Option<&Answer>) {
    let chosen = chosen_values(answer);
    for input in inputs_of(document, question) {
        input.set_checked(chosen.contains(&input.value().as_str()));
    }
}

/// Writes the live count: the windows some answer can still lead to, with what is ticked now.
fn update_count(document: &Document, flow: &Flow, place: &Place, question: &str) {
    let Ok(Screen::Question { before, .. }) = steps::screen(flow, place) else { return };
    let mut answers = crate::guide::engine::answers_to(&before, &place.answers);
    if let Some(answer) = read_answer(document, flow, question) {
        answers.insert(question.to_string(), answer);
    }
    let Ok(windows) = flow.windows_in_play(&answers) else { return };
    let message = format!("いまの回答で案内できる窓口：{}か所", windows.len());
    if let Ok(Some(element)) = document.query_selector(&format!("#guide-q-{question} [data-in-play]")) {
        if element.text_content().as_deref() != Some(message.as_str()) {
            element.set_text_content(Some(&message));
        }
    }
}

/// The answer ticked on a question's form, if it is a whole one.
fn read_answer(document: &Document, flow: &Flow, question: &str) -> Option<Answer> {
    let kind = flow.question(question)?.kind;
    let chosen: Vec<String> =
        inputs_of(document, question).iter().filter(|input| input.checked()).map(|input| input.value()).collect();
    let answer = match chosen.as_slice() {
        [] => return None,
        [only] if only == crate::guide::query::UNKNOWN => Answer::Unknown,
        [_, _, ..] if kind == QuestionKind::Single => return None,
        _ => Answer::Chose(chosen),
    };
    crate::guide::engine::check_answer(flow.question(question)?, &answer).ok().map(|_| answer)
}

fn on_submit(event: Event) {
    let Some(form) = target(&event).and_then(|element| element.closest("form.guide-form").ok().flatten()) else {
        return;
    };
    event.prevent_default();
    let (Some(document), Some(question)) = (document(), form.get_attribute("data-question")) else { return };
    let Some(flow) = page_flow(&document) else { return };
    let Some(answer) = read_answer(&document, &flow, &question) else {
        show_error(&document, &question, true);
        focus_element(&document, &format!("guide-q-{question}-error"));
        if !document.title().starts_with("エラー：") {
            document.set_title(&format!("エラー：{}", document.title()));
        }
        return;
    };
    let place = current_place(&flow);
    let Some(asked) = flow.question(&question) else { return };
    match place.and_then(|place| steps::after_answer(&flow, &place, asked, answer)) {
        Ok(next) => go(&steps::query_of(&flow, &next)),
        Err(_) => show_problem(&document),
    }
}

fn on_change(event: Event) {
    let Some(element) = target(&event) else { return };
    let Some(document) = document() else { return };
    match element.id().as_str() {
        "guide-sensitive" => return set_sensitive(&document, checked(&element)),
        "guide-remember" => {
            if let Some(flow) = page_flow(&document) {
                if checked(&element) {
                    store_walk(&flow, "");
                } else {
                    forget_walk(&flow);
                }
            }
            return;
        }
        _ => {}
    }
    let Some(form) = element.closest("form.guide-form").ok().flatten() else { return };
    let Some(question) = form.get_attribute("data-question") else { return };
    // An exclusive option (「あてはまるものはない」「わからない」) stands alone.
    if let Some(changed) = element.dyn_ref::<HtmlInputElement>().filter(|input| input.checked()) {
        let exclusive = changed.has_attribute("data-exclusive");
        for input in inputs_of(&document, &question) {
            if input.type_() == "checkbox"
                && input.value() != changed.value()
                && (exclusive || input.has_attribute("data-exclusive"))
            {
                input.set_checked(false);
            }
        }
        show_error(&document, &question, false);
    }
    let Some(flow) = page_flow(&document) else { return };
    if let Ok(place) = current_place(&flow) {
        update_count(&document, &flow, &place, &question);
    }
}

fn on_click(event: Event) {
    let Some(element) = target(&event) else { return };
    let Some(document) = document() else { return };
    if document.get_element_by_id("guide").is_none() {
        return;
    }
    if element.closest("#guide-exit").ok().flatten().is_some() {
        event.prevent_default();
        return quick_exit();
    }
    if element.id() == "guide-print" {
        if let Some(window) = web_sys::window() {
            let _ = window.print();
        }
        return;
    }
    if element.id() == "guide-forget" {
        if let Some(flow) = page_flow(&document) {
            forget_walk(&flow);
            show(&document, &flow, &Place::default());
            // The button is gone: say what happened where focus lands.
            set_hidden(&document, "guide-resume", false);
            if let Some(text) = document.get_element_by_id("guide-resume-text") {
                text.set_text_content(Some("保存した回答を消しました。"));
            }
            focus_element(&document, "guide-resume-text");
        }
        return;
    }
    let Some(link) = element.closest("a[data-guide-link]").ok().flatten() else { return };
    let modified = event.dyn_ref::<web_sys::MouseEvent>().is_some_and(|mouse| {
        mouse.button() != 0 || mouse.ctrl_key() || mouse.meta_key() || mouse.shift_key() || mouse.alt_key()
    });
    let sensitive = STATE.with(|state| state.borrow().sensitive);
    if modified && !sensitive {
        return; // a new tab or window: the browser opens the link's address itself
    }
    event.prevent_default();
    if link.id() == "guide-restart" {
        // Start again: a stored walk (if the reader keeps one) starts again too.
        if let Some(flow) = page_flow(&document) {
            if stored_walk(&flow).is_some() {
                store_walk(&flow, "");
            }
        }
    }
    // A link drawn by `set_link` carries its query; a prerendered one (はじめる) has it in `href`.
    let query = link.get_attribute("data-query").unwrap_or_else(|| {
        let href = link.get_attribute("href").unwrap_or_default();
        href.find('?').map(|start| href[start..].to_string()).unwrap_or_default()
    });
    go(&query);
}

/// Shift pressed three times on its own within a moment leaves at once. Shift held with
/// another key (Shift+Tab, capitals) does not count, and any other key starts the count again.
fn on_key(event: Event) {
    let Some(key) = event.dyn_ref::<KeyboardEvent>() else { return };
    if document().and_then(|document| document.get_element_by_id("guide")).is_none() {
        return;
    }
    let shift = key.key() == "Shift";
    let now = web_sys::js_sys::Date::now();
    let presses = STATE.with(|state| {
        let mut state = state.borrow_mut();
        match (event.type_().as_str(), shift) {
            ("keydown", true) if !key.repeat() => state.shift_combined = false,
            ("keydown", false) => {
                state.shift_combined = true;
                state.shifts.clear();
            }
            ("keyup", true) if !state.shift_combined => {
                state.shifts.retain(|&time| now - time < SHIFT_WINDOW_MS);
                state.shifts.push(now);
            }
            _ => {}
        }
        state.shifts.len()
    });
    if presses >= 3 {
        quick_exit();
    }
}

/// Leaves for a neutral site at once, forgetting the walk: memory, storage and this history entry.
fn quick_exit() {
    let Some(document) = document() else { return };
    let exit = document.get_element_by_id("guide").and_then(|root| root.get_attribute("data-exit"));
    if let Some(flow) = page_flow(&document) {
        forget_walk(&flow);
    }
    STATE.with(|state| *state.borrow_mut() = GuideState::default());
    set_hidden_all(&document, ".guide-screen", true);
    let Some(window) = web_sys::window() else { return };
    if let Ok(history) = window.history() {
        let _ = history.replace_state_with_url(&wasm_bindgen::JsValue::NULL, "", Some(&pathname()));
    }
    let _ = window.location().replace(&exit.unwrap_or_else(|| "about:blank".to_string()));
}

/// Turns the sensitive mode on or off. Turning it on forgets any stored walk and takes the
/// answers out of the address; the walk goes on from memory.
fn set_sensitive(document: &Document, on: bool) {
    let Some(flow) = page_flow(&document) else { return };
    let place = current_place(&flow).unwrap_or_default();
    STATE.with(|state| {
        let mut state = state.borrow_mut();
        state.sensitive = on;
        state.place = place.clone();
    });
    if on {
        forget_walk(&flow);
        if let Ok(history) = web_sys::window().ok_or(()).and_then(|window| window.history().map_err(|_| ())) {
            let _ = history.replace_state_with_url(&wasm_bindgen::JsValue::NULL, "", Some(&pathname()));
        }
    } else if !place.answers.is_empty() || place.at.is_some() {
        if let Ok(history) = web_sys::window().ok_or(()).and_then(|window| window.history().map_err(|_| ())) {
            let url = format!("{}{}", pathname(), steps::query_of(&flow, &place));
            let _ = history.replace_state_with_url(&wasm_bindgen::JsValue::NULL, "", Some(&url));
        }
    }
    show(document, &flow, &place);
}

/// The place now shown: from memory in the sensitive mode, else from the address.
fn current_place(flow: &Flow) -> Result<Place, Problem> {
    let (sensitive, place) = STATE.with(|state| {
        let state = state.borrow();
        (state.sensitive, state.place.clone())
    });
    if sensitive {
        Ok(place)
    } else {
        steps::place_from_query(flow, &search())
    }
}

/// The friendly restart: the screens hidden, the notice shown, the address tidied.
fn show_problem(document: &Document) {
    set_hidden_all(document, ".guide-screen", true);
    set_hidden(document, "guide-nav", true);
    set_hidden(document, "guide-memo", true);
    set_hidden(document, "guide-problem", false);
    let focus = STATE.with(|state| {
        let mut state = state.borrow_mut();
        state.place = Place::default();
        state.shown = Some("problem".to_string());
        std::mem::take(&mut state.focus_next)
    });
    if focus {
        focus_element(document, "guide-problem");
    }
    if let Some(link) = document.query_selector("#guide-problem [data-guide-link]").ok().flatten() {
        set_link(&link, "");
    }
    if !search().is_empty() {
        if let Ok(history) = web_sys::window().ok_or(()).and_then(|window| window.history().map_err(|_| ())) {
            let _ = history.replace_state_with_url(&wasm_bindgen::JsValue::NULL, "", Some(&pathname()));
        }
    }
}

fn storage_key(flow: &Flow) -> String {
    format!("{RESUME_KEY}.{}.{}", flow.city, flow.id)
}

/// The stored walk (a query string; empty when the reader asked to keep it but has not begun).
fn stored_walk(flow: &Flow) -> Option<String> {
    storage_is_usable().then(|| LocalStorage::raw().get_item(&storage_key(flow)).ok().flatten()).flatten()
}

fn store_walk(flow: &Flow, query: &str) {
    if storage_is_usable() {
        let _ = LocalStorage::raw().set_item(&storage_key(flow), query);
    }
}

fn forget_walk(flow: &Flow) {
    if storage_is_usable() {
        let _ = LocalStorage::raw().remove_item(&storage_key(flow));
    }
}

/// Points a guide link at a place: the whole address in `href` (the sensitive mode keeps the
/// bare page there) and the query in `data-query`, which the click handler follows.
fn set_link(link: &Element, query: &str) {
    let sensitive = STATE.with(|state| state.borrow().sensitive);
    let href = if sensitive { pathname() } else { format!("{}{query}", pathname()) };
    if link.get_attribute("href").as_deref() != Some(href.as_str()) {
        let _ = link.set_attribute("href", &href);
    }
    let _ = link.set_attribute("data-query", query);
}

/// Shows or hides a question's error, and ties it to the question only while it shows.
fn show_error(document: &Document, question: &str, shown: bool) {
    set_hidden(document, &format!("guide-q-{question}-error"), !shown);
    let hint = format!("guide-q-{question}-hint");
    let described = if shown { format!("guide-q-{question}-error {hint}") } else { hint };
    if let Ok(Some(fieldset)) = document.query_selector(&format!("#guide-q-{question} fieldset")) {
        if fieldset.get_attribute("aria-describedby").as_deref() != Some(described.as_str()) {
            let _ = fieldset.set_attribute("aria-describedby", &described);
        }
    }
}

fn focus_element(document: &Document, id: &str) {
    if let Some(element) = document.get_element_by_id(id).and_then(|e| e.dyn_into::<HtmlElement>().ok()) {
        let _ = element.focus();
    }
}

fn inputs_of(document: &Document, question: &str) -> Vec<HtmlInputElement> {
    let Ok(nodes) = document.query_selector_all(&format!("form.guide-form[data-question=\"{question}\"] input")) else {
        return Vec::new();
    };
    (0..nodes.length()).filter_map(|index| nodes.item(index)).filter_map(|node| node.dyn_into().ok()).collect()
}

fn input(document: &Document, id: &str) -> Option<HtmlInputElement> {
    document.get_element_by_id(id)?.dyn_into().ok()
}

fn set_checked(document: &Document, id: &str, value: bool) {
    if let Some(input) = input(document, id) {
        input.set_checked(value);
    }
}

fn checked(element: &Element) -> bool {
    element.dyn_ref::<HtmlInputElement>().is_some_and(HtmlInputElement::checked)
}

fn set_hidden(document: &Document, id: &str, hidden: bool) {
    if let Some(element) = document.get_element_by_id(id) {
        if element.has_attribute("hidden") != hidden {
            let _ = element.toggle_attribute_with_force("hidden", hidden);
        }
    }
}

/// Shows the screen with this id and hides every other one (touching only what changes).
fn show_only(document: &Document, id: &str) {
    let Ok(screens) = document.query_selector_all(".guide-screen") else { return };
    for index in 0..screens.length() {
        if let Some(screen) = screens.item(index).and_then(|node| node.dyn_into::<Element>().ok()) {
            let hidden = screen.id() != id;
            if screen.has_attribute("hidden") != hidden {
                let _ = screen.toggle_attribute_with_force("hidden", hidden);
            }
        }
    }
}

fn set_hidden_all(document: &Document, selector: &str, hidden: bool) {
    let Ok(nodes) = document.query_selector_all(selector) else { return };
    for index in 0..nodes.length() {
        if let Some(element) = nodes.item(index).and_then(|node| node.dyn_into::<Element>().ok()) {
            if element.has_attribute("hidden") != hidden {
                let _ = element.toggle_attribute_with_force("hidden", hidden);
            }
        }
    }
}

fn target(event: &Event) -> Option<Element> {
    event.target()?.dyn_into::<Element>().ok()
}

fn document() -> Option<Document> {
    web_sys::window()?.document()
}

fn search() -> String {
    web_sys::window().and_then(|window| window.location().search().ok()).unwrap_or_default()
}

fn pathname() -> String {
    web_sys::window().and_then(|window| window.location().pathname().ok()).unwrap_or_default()
}
