//! The guide's state in the browser: the flow and wording read from the page, the sensitive
//! mode and its place in memory, what was shown last, and the router's navigation; and going
//! to a place (a history entry, or in the sensitive mode only a new screen).

use std::cell::RefCell;
use std::rc::Rc;

use leptos_router::NavigateOptions;
use web_sys::{Document, Element};

use crate::browser::dom::search;
use crate::guide::markup::{self, Wording};
use crate::guide::steps::{self, Place, Problem};
use crate::guide::{wire, Flow};

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
    pub kept: crate::guide::Answers,
    /// The screen last shown (so focus moves only when it changes).
    pub shown: Option<String>,
    /// Whether the next screen shown should take focus (the reader moved, not a page load).
    pub focus_next: bool,
    /// Times of the latest Shift presses made on their own.
    pub shifts: Vec<f64>,
    /// Whether another key went down while Shift was held (Shift+Tab is not a press).
    pub shift_combined: bool,
}

/// The router's navigation, so a guide step is a navigation the router knows about.
type Navigate = Rc<dyn Fn(&str, NavigateOptions)>;

thread_local! {
    static STATE: RefCell<GuideState> = RefCell::new(GuideState::default());
    static NAVIGATE: RefCell<Option<Navigate>> = const { RefCell::new(None) };
}

/// Reads or changes the state.
pub fn with_state<T>(change: impl FnOnce(&mut GuideState) -> T) -> T {
    STATE.with(|state| change(&mut state.borrow_mut()))
}

/// Whether the sensitive mode is on.
pub fn sensitive() -> bool {
    with_state(|state| state.sensitive)
}

/// Keeps the router's `navigate`.
pub fn keep_navigate(navigate: Navigate) {
    NAVIGATE.with(|slot| *slot.borrow_mut() = Some(navigate));
}

/// The router's `navigate`, once the page view has given it.
pub fn navigate() -> Option<Navigate> {
    NAVIGATE.with(|slot| slot.borrow().clone())
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
