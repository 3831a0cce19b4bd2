//! Prerender (native, after Trunk's build): renders every route of the app to its own HTML
//! file inside Trunk's staging folder, plus `404.html` and the body fragments the browser
//! fetches on client-side navigation. Uses the staged `index.html` (with Trunk's loader) as template.

use std::path::{Path, PathBuf};
use std::sync::Arc;

use hydration_context::SsrSharedContext;
use leptos::prelude::*;
use leptos_router::location::RequestUrl;

use crate::components::document_title;
use crate::site::{fragment_path, PageMeta, PAGE_BODIES, SITE};
use crate::App;

/// Marks a template that was already prerendered, so a second run cannot nest pages.
const DONE_MARKER: &str = "<meta name=\"generator\" content=\"tsunagu prerender\">";

/// What a prerender run wrote.
#[derive(Debug, Default)]
pub struct PrerenderReport {
    /// HTML files written (pages and 404).
    pub pages: usize,
    /// Body fragments written.
    pub fragments: usize,
}

/// Renders the app at `url_path` (the full path, base included) to HTML.
pub fn render_route(url_path: &str) -> String {
    let owner = Owner::new_root(Some(Arc::new(SsrSharedContext::new())));
    owner.with(|| {
        provide_context(RequestUrl::new(url_path));
        view! { <App/> }.to_html()
    })
}

/// Puts the rendered app, title and description into the template.
pub fn fill_template(template: &str, app_html: &str, title: &str, description: &str) -> Result<String, String> {
    let body_open = template.find("<body").ok_or("the template has no <body> tag")?;
    let body_end = body_open + template[body_open..].find('>').ok_or("the template's <body> tag is not closed")? + 1;
    let mut html = String::with_capacity(template.len() + app_html.len() + 256);
    html.push_str(&template[..body_end]);
    html.push_str(app_html);
    html.push_str(&template[body_end..]);
    let html = replace_between(&html, "<title>", "</title>", &escape_text(title))?;
    let head_end = html.find("</head>").ok_or("the template has no </head>")?;
    let extra = format!("{DONE_MARKER}\n<meta name=\"description\" content=\"{}\">\n", escape_attribute(description));
    Ok(format!("{}{extra}{}", &html[..head_end], &html[head_end..]))
}

/// Writes every route, `404.html` and the fragments into `staging_dir`.
pub fn prerender_into(staging_dir: &Path) -> Result<PrerenderReport, String> {
    let template_path = staging_dir.join("index.html");
    let template = std::fs::read_to_string(&template_path)
        .map_err(|error| format!("cannot read the template {}: {error}", template_path.display()))?;
    if template.contains(DONE_MARKER) {
        return Err(format!("{} is already prerendered; run Trunk's build again", template_path.display()));
    }
    let mut report = PrerenderReport::default();
    for page in SITE.pages {
        let html = fill_template(&template, &render_route(&SITE.url_of(page)), &title_of(page), page.summary)?;
        write(&page_file(staging_dir, page), &html)?;
        report.pages += 1;
        let body = PAGE_BODIES.get(page.index).ok_or("page bodies and pages differ in number")?;
        write(&staging_dir.join(fragment_path(page)), body)?;
        report.fragments += 1;
    }
    let not_found_url = format!("{}404.html", SITE.base);
    let not_found = fill_template(
        &template,
        &render_route(&not_found_url),
        &document_title(Some(crate::components::NOT_FOUND_TITLE)),
        "お探しのページは見つかりませんでした。",
    )?;
    write(&staging_dir.join("404.html"), &not_found)?;
    report.pages += 1;
    for (path, contents) in crate::site::OPEN_DATA_FILES {
        write(&staging_dir.join(path), contents)?;
    }
    Ok(report)
}

fn title_of(page: &PageMeta) -> String {
    document_title((!page.id.is_empty()).then_some(page.title))
}

fn page_file(staging_dir: &Path, page: &PageMeta) -> PathBuf {
    if page.id.is_empty() {
        staging_dir.join("index.html")
    } else {
        staging_dir.join(page.id).join("index.html")
    }
}

fn write(path: &Path, contents: &str) -> Result<(), String> {
    if let Some(parent) = path.parent() {
        std::fs::create_dir_all(parent).map_err(|error| format!("cannot create {}: {error}", parent.display()))?;
    }
    std::fs::write(path, contents).map_err(|error| format!("cannot write {}: {error}", path.display()))
}

fn replace_between(html: &str, open: &str, close: &str, inner: &str) -> Result<String, String> {
    let start = html.find(open).ok_or_else(|| format!("the template has no {open}"))? + open.len();
    let end = start + html[start..].find(close).ok_or_else(|| format!("the template has no {close}"))?;
    Ok(format!("{}{inner}{}", &html[..start], &html[end..]))
}

fn escape_text(text: &str) -> String {
    text.replace('&', "&amp;").replace('<', "&lt;").replace('>', "&gt;")
}

fn escape_attribute(text: &str) -> String {
    escape_text(text).replace('"', "&quot;")
}
