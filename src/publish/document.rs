//! The HTML document around the rendered app: head (title, description, stylesheets, the app's
//! loader, the page's data for the WASM) and body, written by one maud template. Every value is
//! escaped as it is written. Two kinds of text enter unescaped, each through a door of its own
//! here: the app as Leptos rendered it ([`AppHtml`]) and the text of the inline scripts
//! ([`ScriptText`], whose constructors make it safe inside `<script>`). The one inline script
//! that runs is the text size's, allowed by the Content-Security-Policy every page carries.

use std::sync::LazyLock;

use maud::{html, Render, DOCTYPE};

use super::assets::SiteAssets;
use super::discovery::MANIFEST_FILE;
use super::icons::ICON_BACKGROUND;
use super::policy::{content_security_policy, content_security_policy_header};
use crate::content::load_status::{load_status, APP_STATUS_ID};
use crate::site::{Edition, DATA_ELEMENT_ID};

/// Applies the stored text size and ふりがな before first paint (the WASM applies them again).
/// Junk is ignored. (The keys and values are `preferences`'; a test holds them equal.) Then
/// marks `<html>` for the stylesheet, from the address, so that the page's first paint is the
/// layout the app will draw and nothing moves when it hydrates: `js` (JavaScript runs: the
/// guide shows its prerendered intro at once, with no JavaScript notice), `js-query` (the
/// address has a query: a guide keeps the place of the screen only the WASM can choose) and
/// `js-q` (a search query: the search page keeps the place of its results instead of showing
/// its 五十音 index).
const TEXT_SIZE_SCRIPT: &str = r#"try{var d=document.documentElement,s=localStorage.getItem("tsunagu.text-size.v1");if(s==="large"||s==="x-large")d.setAttribute("data-text-size",s);if(localStorage.getItem("tsunagu.furigana.v1")==="on")d.setAttribute("data-furigana","on")}catch(e){}var h=document.documentElement,a=location.search;h.classList.add("js");if(a.length>1)h.classList.add("js-query");if(/[?&]q=[^&+]/.test(a))h.classList.add("js-q");"#;

/// The app as Leptos rendered it natively: HTML that Leptos escaped as it wrote it.
pub struct AppHtml(String);

impl AppHtml {
    /// Wraps the output of `view! { … }.to_html()`. Only `render::render_app` calls it (and a
    /// test of the document); the structural test in `tests/one_way_to_write_html.rs` holds it to that.
    pub fn from_leptos(html: String) -> Self {
        AppHtml(html)
    }
}

impl Render for AppHtml {
    fn render_to(&self, buffer: &mut String) {
        buffer.push_str(&self.0);
    }
}

/// The text of an inline `<script>`, which HTML does not unescape: so it is made only here, by
/// constructors that keep `<`, `>` and `&` out of it (no `</script>` or `<!--` can close or
/// confuse the element).
pub struct ScriptText(String);

impl ScriptText {
    /// JSON data: `<`, `>` and `&` become `\u…` escapes, which is still the same JSON.
    pub fn json(json: &str) -> Self {
        ScriptText(script_safe_json(json))
    }

    /// The script that applies the stored text size before first paint.
    fn text_size() -> Self {
        ScriptText(TEXT_SIZE_SCRIPT.to_string())
    }
}

impl Render for ScriptText {
    fn render_to(&self, buffer: &mut String) {
        buffer.push_str(&self.0);
    }
}

/// What goes into one page's document.
pub struct Document<'a> {
    /// The tab title.
    pub title: &'a str,
    /// The meta description.
    pub description: &'a str,
    /// The page's data (see `site::PageScript`), made safe for a `<script>`.
    pub data: ScriptText,
    /// The rendered app: the body's first content, followed only by the app's load status
    /// (outside what the app hydrates; see `content::load_status`).
    pub app: AppHtml,
    /// The base path, for asset addresses.
    pub base: &'a str,
    /// The site's name, for OpenGraph.
    pub site_name: &'a str,
    /// The page's whole address, when the site's origin is known: the canonical link and the
    /// OpenGraph tags need one, so without it they are left out.
    pub canonical: Option<Canonical<'a>>,
    /// The page's language (BCP 47), for `<html lang>`.
    pub lang: &'a str,
    /// The page's edition, for the words of the app's load status.
    pub edition: Edition,
    /// The page in other languages (`hreflang`, path with the base), this one included.
    pub alternates: Vec<(String, String)>,
}

/// A page's whole addresses, for the canonical link and OpenGraph.
pub struct Canonical<'a> {
    /// The scheme and host (`https://www.city.example.jp`).
    pub origin: &'a str,
    /// The page's path, base included.
    pub path: &'a str,
}

/// The policy every page carries (see `policy`): its one inline script is the text size's.
/// Worked out once (it hashes the script), then written into every page.
pub fn page_policy() -> &'static str {
    static POLICY: LazyLock<String> = LazyLock::new(|| content_security_policy(TEXT_SIZE_SCRIPT));
    &POLICY
}

/// The policy for a host to send as a header (see `policy`).
pub fn host_policy() -> String {
    content_security_policy_header(TEXT_SIZE_SCRIPT)
}

/// The whole HTML document of a page. (The line breaks keep the head readable as source.)
pub fn document(page: &Document<'_>, assets: &SiteAssets) -> String {
    let base = page.base;
    let markup = html! {
        (DOCTYPE) "\n"
        html lang=(page.lang) {
            "\n"
            head {
                "\n" meta charset="utf-8";
                "\n" meta http-equiv="Content-Security-Policy" content=(page_policy());
                "\n" meta name="viewport" content="width=device-width, initial-scale=1";
                "\n" title { (page.title) }
                "\n" meta name="description" content=(page.description);
                "\n" meta name="referrer" content="no-referrer";
                "\n" meta name="generator" content="tsunagu";
                "\n" script { (ScriptText::text_size()) }
                @for style in &assets.styles {
                    "\n" link rel="stylesheet" href={ (base) (style.name) } media=[style.name.starts_with("print-").then_some("print")];
                }
                "\n" link rel="icon" href={ (base) (assets.icon.name) } type="image/svg+xml";
                "\n" link rel="apple-touch-icon" href={ (base) (assets.touch_icon.name) };
                "\n" link rel="manifest" href={ (base) (MANIFEST_FILE) };
                "\n" meta name="theme-color" content=(ICON_BACKGROUND);
                @for (lang, path) in &page.alternates {
                    "\n" link rel="alternate" hreflang=(lang) href={ (page.canonical.as_ref().map_or("", |canonical| canonical.origin)) (path) };
                }
                @if let Some(canonical) = &page.canonical {
                    "\n" link rel="canonical" href={ (canonical.origin) (canonical.path) };
                    "\n" meta property="og:type" content="website";
                    "\n" meta property="og:locale" content=(if page.lang == "en" { "en_US" } else { "ja_JP" });
                    "\n" meta property="og:site_name" content=(page.site_name);
                    "\n" meta property="og:title" content=(page.title);
                    "\n" meta property="og:description" content=(page.description);
                    "\n" meta property="og:url" content={ (canonical.origin) (canonical.path) };
                    "\n" meta property="og:image" content={ (canonical.origin) (base) (assets.icon_512.name) };
                }
                "\n" script type="application/json" id=(DATA_ELEMENT_ID) { (page.data) }
                "\n" script type="module" src={ (base) (assets.start.name) } {}
                "\n"
            }
            "\n"
            body { (page.app) (load_status(page.edition, Some(APP_STATUS_ID))) }
            "\n"
        }
        "\n"
    };
    markup.into_string()
}

/// JSON that is safe inside `<script>`: `<`, `>` and `&` become `\u…` escapes (valid JSON, and
/// no `</script>` or `<!--` can close or confuse the element).
pub fn script_safe_json(json: &str) -> String {
    json.replace('<', "\\u003c").replace('>', "\\u003e").replace('&', "\\u0026")
}
