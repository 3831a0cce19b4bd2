//! Pages in the browser: the one the document came with (read from its JSON and its body),
//! and those fetched since as navigation fragments, kept by page id for Back and Forward.

use std::cell::RefCell;
use std::collections::HashMap;
use std::sync::Arc;

use wasm_bindgen::JsCast;
use wasm_bindgen_futures::JsFuture;

use crate::shell::Shown;
use crate::site::{fragment_path, PageData, PageFragment, PageScript, SiteData, DATA_ELEMENT_ID};

/// A page kept for Back and Forward: its data and its body's HTML.
type KeptPage = (Arc<PageData>, Arc<str>);

thread_local! {
    /// The site's shell, read once from the served page.
    static SITE: RefCell<Option<Arc<SiteData>>> = const { RefCell::new(None) };
    /// The pages seen, by page id.
    static PAGES: RefCell<HashMap<String, KeptPage>> = RefCell::new(HashMap::new());
}

/// Why a page could not be had.
pub enum FetchProblem {
    /// The host has no such page (404, or it answered with something that is not a fragment):
    /// load the address in full and let the host answer.
    NotAPage,
    /// The host could not be reached (offline, say).
    Unreachable,
}

/// The page and body kept for `id`, if any.
pub fn cached(id: &str) -> Option<KeptPage> {
    PAGES.with(|pages| pages.borrow().get(id).cloned())
}

fn keep(page: Arc<PageData>, body: Arc<str>) {
    PAGES.with(|pages| pages.borrow_mut().insert(page.id.clone(), (page, body)));
}

/// Reads the site and the first page from the document's JSON and body. `None` when the JSON
/// is missing or unreadable (a page from another version, say): the page then stays plain HTML.
pub fn served_page() -> Option<(Arc<SiteData>, Shown)> {
    let document = web_sys::window()?.document()?;
    let text = document.get_element_by_id(DATA_ELEMENT_ID)?.text_content()?;
    let script: PageScript = serde_json::from_str(&text).ok()?;
    let body: Arc<str> =
        document.get_element_by_id("page-body").map(|body| body.inner_html()).unwrap_or_default().into();
    let shown = match script.page {
        Some(page) => {
            let page = Arc::new(page);
            keep(page.clone(), body.clone());
            Shown::Page(page, body)
        }
        None => Shown::NotFound(body),
    };
    let site = Arc::new(script.site);
    SITE.with(|kept| *kept.borrow_mut() = Some(site.clone()));
    Some((site, shown))
}

/// The base path of the site, once the served page has been read.
pub fn site_base() -> Option<String> {
    SITE.with(|site| site.borrow().as_ref().map(|site| site.base.clone()))
}

/// The tab title of a page titled `page_title`, as the site writes titles.
pub fn document_title(page_title: Option<&str>) -> String {
    SITE.with(|site| site.borrow().as_ref().map(|site| site.document_title(page_title)))
        .unwrap_or_else(|| page_title.unwrap_or_default().to_string())
}

/// Fetches the fragment of page `id` from the same site and keeps it.
pub async fn fetch(base: &str, id: &str) -> Result<KeptPage, FetchProblem> {
    let window = web_sys::window().ok_or(FetchProblem::Unreachable)?;
    let url = format!("{base}{}", fragment_path(id));
    let response = JsFuture::from(window.fetch_with_str(&url)).await.map_err(|_| FetchProblem::Unreachable)?;
    let response: web_sys::Response = response.dyn_into().map_err(|_| FetchProblem::Unreachable)?;
    if !response.ok() {
        return Err(FetchProblem::NotAPage);
    }
    let text = JsFuture::from(response.text().map_err(|_| FetchProblem::Unreachable)?)
        .await
        .map_err(|_| FetchProblem::Unreachable)?;
    // Some hosts answer unknown URLs with an HTML page and status 200: that is not a fragment.
    let fragment: PageFragment =
        text.as_string().and_then(|text| serde_json::from_str(&text).ok()).ok_or(FetchProblem::NotAPage)?;
    if fragment.page.id != id {
        return Err(FetchProblem::NotAPage);
    }
    let (page, body): KeptPage = (Arc::new(fragment.page), fragment.body.into());
    keep(page.clone(), body.clone());
    Ok((page, body))
}
