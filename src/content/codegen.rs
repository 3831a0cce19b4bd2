//! Codegen: turns a `CompiledSite` into Rust source that `src/site` includes, so the app gets
//! its page index as static data (no parsing in the browser) and the prerenderer its bodies.

use std::fmt::Write;

use super::{open_data, CompiledSite, PageKind};

/// Rust expression of type `Site` (see `src/site/model.rs`) with every page's metadata.
pub fn site_data_source(site: &CompiledSite) -> String {
    let index_of = |id: &str| site.pages.iter().position(|page| page.id == id);
    let mut out = String::from("Site {\n");
    let config = &site.config;
    let _ = writeln!(
        out,
        "    title: {:?},\n    tagline: {:?},\n    notice: {:?},\n    base: {:?},",
        config.title, config.tagline, config.notice, site.base
    );
    let nav: Vec<String> = config.nav.iter().filter_map(|id| index_of(id)).map(|index| index.to_string()).collect();
    let _ = writeln!(out, "    nav: &[{}],", nav.join(", "));
    out.push_str("    cities: &[\n");
    for city in &config.cities {
        let _ = writeln!(
            out,
            "        City {{ id: {:?}, name: {:?}, prefecture: {:?} }},",
            city.id, city.name, city.prefecture
        );
    }
    out.push_str("    ],\n    pages: &[\n");
    for (index, page) in site.pages.iter().enumerate() {
        let front = &page.front;
        let mut children: Vec<(i64, &str, usize)> = site
            .pages
            .iter()
            .enumerate()
            .filter(|(_, child)| child.parent.as_deref() == Some(page.id.as_str()))
            .map(|(child_index, child)| (child.front.order, child.front.title.as_str(), child_index))
            .collect();
        children.sort();
        let children: Vec<String> = children.iter().map(|(_, _, child)| child.to_string()).collect();
        let parent = page.parent.as_deref().and_then(index_of).map_or("None".to_string(), |p| format!("Some({p})"));
        // A window page's lead and facts are in its body (see `window_pages`), so the
        // page index carries only its title; its summary is kept for the native prerenderer's
        // meta description and left out of the WASM.
        let lean = page.kind == PageKind::Window;
        let _ = writeln!(
            out,
            "        PageMeta {{ index: {index}, id: {:?}, title: {:?}, summary: {}, scope: {:?}, department: {:?}, reviewed: {:?}, legal_basis: &{:?}, parent: {parent}, children: &[{}], kind: {} }},",
            page.id,
            front.title,
            if lean { format!("if cfg!(feature = \"hydrate\") {{ \"\" }} else {{ {:?} }}", front.summary) } else { format!("{:?}", front.summary) },
            front.scope,
            if lean { "" } else { front.department.as_str() },
            if lean { String::new() } else { front.reviewed.to_string() },
            if lean { &[][..] } else { &front.legal_basis[..] },
            children.join(", "),
            kind_source(&page.kind),
        );
    }
    out.push_str("    ],\n}\n");
    out
}

/// Rust expression of type `&[&str]`: each page's body HTML, in the same order as the pages.
pub fn page_bodies_source(site: &CompiledSite) -> String {
    let mut out = String::from("&[\n");
    for page in &site.pages {
        let _ = writeln!(out, "    {:?},", page.html);
    }
    out.push_str("]\n");
    out
}

fn kind_source(kind: &PageKind) -> String {
    match kind {
        PageKind::Article => "PageKind::Article".to_string(),
        PageKind::Directory { city, total } => format!("PageKind::Directory {{ city: {city:?}, total: {total} }}"),
        PageKind::Window => "PageKind::Window".to_string(),
        PageKind::Comparison => "PageKind::Comparison".to_string(),
        PageKind::Indicators => "PageKind::Indicators".to_string(),
        PageKind::Guide => "PageKind::Guide".to_string(),
    }
}

/// The open-data files: (path under the site, contents).
pub fn open_data_files(site: &CompiledSite) -> Vec<(&'static str, String)> {
    let cities: Vec<_> = site
        .windows
        .iter()
        .filter_map(|windows| {
            site.config.cities.iter().find(|city| city.id == windows.city).map(|city| (city, windows))
        })
        .collect();
    vec![
        (super::window_pages::HSDS_JSON_PATH, open_data::hsds_json(&cities)),
        (super::window_pages::CSV_PATH, open_data::windows_csv(&cities)),
    ]
}
