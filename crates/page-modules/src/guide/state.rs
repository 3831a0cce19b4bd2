//! The guide's state in the browser: the flow and wording read from the page, the sensitive
//! mode and its place in memory, what was shown last, and the site's part of the tab title.

use std::cell::RefCell;
use std::rc::Rc;

use web_sys::{Document, Element};

use crate::dom::search;
use tsunagu_guide::markup::{self, Wording};
use tsunagu_guide::steps::{self, Place, Problem};
use tsunagu_guide::{wire, Flow};

/// The guide read from the page: its flow (`None`: unreadable) and its wording.
pub struct PageGuide {
    /// The `data-flow` text it was read from.
    text: String,
    pub flow: Option<Rc<Flow>>,
    pub wording: Rc<Wording>,
}

#[derive(Default)]
pub struct GuideState {
    /// The guide on the page, read once per page.
    pub guide: Option<PageGuide>,
    /// The sensitive mode: nothing in the address, the history or storage.
    pub sensitive: bool,
    /// Where the reader is, in the sensitive mode.
    pub place: Place,
    /// The answers last shown, in memory only: the browser's Back finds them (`steps::with_kept`).
    pub kept: tsunagu_guide::Answers,
    /// The screen last shown (so focus moves only when it changes).
    pub shown: Option<String>,
    /// Whether the next screen shown should take focus (the reader moved, not a page load).
    pub focus_next: bool,
    /// Times of the latest Shift presses made on their own.
    pub shifts: Vec<f64>,
    /// Whether another key went down while Shift was held (Shift+Tab is not a press).
    pub shift_combined: bool,
}

thread_local! {
    static STATE: RefCell<GuideState> = RefCell::new(GuideState::default());
    /// The site's part of the tab title (`｜<site>`), from the title the page came with.
    static TITLE_SUFFIX: RefCell<String> = const { RefCell::new(String::new()) };
}

/// Reads or changes the state.
pub fn with_state<T>(change: impl FnOnce(&mut GuideState) -> T) -> T {
    STATE.with(|state| change(&mut state.borrow_mut()))
}

/// Whether the sensitive mode is on.
pub fn sensitive() -> bool {
    with_state(|state| state.sensitive)
}

/// Keeps the site's part of the page's tab title, as the site writes titles
/// (`<page>｜<site>`), before any screen changes it.
pub fn keep_title_suffix(document: &Document) {
    let title = document.title();
    let suffix = title.rfind('｜').map(|start| title[start..].to_string()).unwrap_or_default();
    TITLE_SUFFIX.with(|slot| *slot.borrow_mut() = suffix);
}

/// The tab title of a screen titled `title`, as the site writes titles.
pub fn tab_title(title: &str) -> String {
    TITLE_SUFFIX.with(|suffix| format!("{title}{}", suffix.borrow()))
}

/// The guide's root on the page, if the page has a guide.
pub fn root(document: &Document) -> Option<Element> {
    document.get_element_by_id(markup::ROOT_ID)
}

/// The flow and wording of the guide on the page (read once per page; later calls share it).
pub fn page_guide(document: &Document) -> Option<(Option<Rc<Flow>>, Rc<Wording>)> {
    let root = root(document)?;
    let text = root.get_attribute(markup::FLOW_ATTR)?;
    with_state(|state| {
        if state.guide.as_ref().map(|guide| &guide.text) != Some(&text) {
            let flow = wire::decode(&text).map(Rc::new);
            let wording = Rc::new(Wording::read(|name| root.get_attribute(name)));
            let guide = PageGuide { text, flow, wording };
            *state = GuideState { guide: Some(guide), focus_next: state.focus_next, ..GuideState::default() };
        }
        state.guide.as_ref().map(|guide| (guide.flow.clone(), guide.wording.clone()))
    })
}

/// The flow of the guide on the page, if it has a readable one.
pub fn page_flow(document: &Document) -> Option<Rc<Flow>> {
    page_guide(document)?.0
}

/// The wording of the guide on the page.
pub fn wording(document: &Document) -> Rc<Wording> {
    page_guide(document).map(|(_, wording)| wording).unwrap_or_default()
}

/// The place now shown: from memory in the sensitive mode, else from the address.
pub fn current_place(flow: &Flow) -> Result<Place, Problem> {
    let (sensitive, place, kept) = with_state(|state| (state.sensitive, state.place.clone(), state.kept.clone()));
    if sensitive {
        Ok(place)
    } else {
        steps::place_from_query(flow, &search()).map(|place| steps::with_kept(place, &kept))
    }
}
