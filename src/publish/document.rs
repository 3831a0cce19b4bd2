//! The HTML document around the rendered app: head (title, description, stylesheets, the app's
//! loader, the page's data for the WASM) and body. Every value is escaped as it is written.

use pulldown_cmark_escape::{escape_html, escape_html_body_text};

use super::assets::SiteAssets;
use crate::site::DATA_ELEMENT_ID;

/// Applies the stored text size before first paint (the WASM applies it again). Junk is ignored.
const TEXT_SIZE_SCRIPT: &str = r#"try{var s=localStorage.getItem("tsunagu.text-size.v1");if(s==="large"||s==="x-large")document.documentElement.setAttribute("data-text-size",s)}catch(e){}document.documentElement.classList.add("js");"#;

/// What goes into one page's document.
pub struct Document<'a> {
    /// The tab title.
    pub title: &'a str,
    /// The meta description.
    pub description: &'a str,
    /// The page's data as JSON (see `site::PageScript`).
    pub data_json: &'a str,
    /// The rendered app: the body's first and only content.
    pub app_html: &'a str,
    /// The base path, for asset addresses.
    pub base: &'a str,
}

/// The whole HTML document of a page.
pub fn document(page: &Document<'_>, assets: &SiteAssets) -> String {
    let base = attr(page.base);
    let mut head = String::with_capacity(2048);
    head.push_str("<!DOCTYPE html>\n<html lang=\"ja\">\n<head>\n<meta charset=\"utf-8\">\n");
    head.push_str("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n");
    head.push_str(&format!("<title>{}</title>\n", text(page.title)));
    head.push_str(&format!("<meta name=\"description\" content=\"{}\">\n", attr(page.description)));
    head.push_str("<meta name=\"referrer\" content=\"no-referrer\">\n<meta name=\"generator\" content=\"tsunagu\">\n");
    head.push_str(&format!("<script>{TEXT_SIZE_SCRIPT}</script>\n"));
    for style in &assets.styles {
        head.push_str(&format!("<link rel=\"stylesheet\" href=\"{base}{}\">\n", attr(&style.name)));
    }
    head.push_str(&format!("<link rel=\"icon\" href=\"{base}{}\" type=\"image/svg+xml\">\n", attr(&assets.icon.name)));
    let (script, wasm) = (attr(&assets.script.name), attr(&assets.wasm.name));
    head.push_str(&format!("<link rel=\"modulepreload\" href=\"{base}{script}\" crossorigin=\"anonymous\">\n"));
    head.push_str(&format!(
        "<link rel=\"preload\" href=\"{base}{wasm}\" crossorigin=\"anonymous\" as=\"fetch\" type=\"application/wasm\">\n"
    ));
    head.push_str(&format!("<script type=\"application/json\" id=\"{DATA_ELEMENT_ID}\">{}</script>\n", page.data_json));
    head.push_str(&format!(
        "<script type=\"module\">import init from \"{base}{script}\";init({{module_or_path:\"{base}{wasm}\"}});</script>\n"
    ));
    head.push_str("</head>\n<body>");
    head.push_str(page.app_html);
    head.push_str("</body>\n</html>\n");
    head
}

/// JSON that is safe inside `<script>`: `<`, `>` and `&` become `\u…` escapes (valid JSON, and
/// no `</script>` or `<!--` can close or confuse the element).
pub fn script_safe_json(json: &str) -> String {
    json.replace('<', "\\u003c").replace('>', "\\u003e").replace('&', "\\u0026")
}

fn text(value: &str) -> String {
    let mut out = String::with_capacity(value.len());
    let _ = escape_html_body_text(&mut out, value);
    out
}

fn attr(value: &str) -> String {
    let mut out = String::with_capacity(value.len());
    let _ = escape_html(&mut out, value);
    out
}
