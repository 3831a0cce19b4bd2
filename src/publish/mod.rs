//! Publishing (native): a compiled site → every file of the static site, in memory, then onto
//! disk. Pipeline: page tree (`index`) → each page's data → the app rendered natively
//! (`render`) → the HTML document (`document`) with the shared files (`assets`); plus each
//! page's navigation fragment, `404.html`, the open data and the hosts' configuration
//! (`hosting`).

pub mod assets;
pub mod dictionary;
pub mod discovery;
pub mod document;
pub mod hosting;
pub mod icons;
pub mod index;
pub mod national;
pub mod not_found;
pub mod offline;
pub mod policy;
pub mod precompress;
pub mod render;

use std::collections::{BTreeMap, BTreeSet, HashSet};
use std::path::Path;
use std::sync::Arc;

use crate::content::furigana::annotate::Furigana;
use crate::content::offline::OFFLINE_PAGE_ID;
use crate::content::CompiledSite;
use crate::shell::Shown;
use crate::site::{fragment_path, Edition, PageFragment, PageScript};
use assets::SiteAssets;
use discovery::{robots_txt, sitemap_xml, web_manifest, SitemapEntry, MANIFEST_FILE};
use document::{document, Canonical, Document, ScriptText};
use index::SiteIndex;

/// Marks a folder as written by `tsunagu build`, so a later build may clear it.
pub const BUILD_MARKER: &str = ".tsunagu-build";

/// Every file of a built site: path under the site's root → bytes.
#[derive(Debug, Default)]
pub struct SiteFiles {
    /// The files, by path ('/'-separated).
    pub files: BTreeMap<String, Vec<u8>>,
    /// How many HTML pages (404 included).
    pub pages: usize,
    /// Words with kanji that got no reading (names to add to `readings.toml`).
    pub unread: BTreeSet<String>,
    /// Why the pages have no readings at all (the dictionary is not installed), if so.
    pub no_furigana: Option<String>,
}

/// Builds every file of the site in memory.
pub fn publish(site: &CompiledSite, assets: &SiteAssets) -> Result<SiteFiles, String> {
    let index = SiteIndex::new(site);
    let shell = Arc::new(index.site_data());
    let mut out = SiteFiles::default();
    let origin = site.config.origin.as_deref();
    let mut sitemap = Vec::new();
    let analyser = dictionary::analyser();
    let mut unread = BTreeSet::new();
    for (position, page) in index.pages().iter().enumerate() {
        let body = match analyser {
            Ok(analyser) => Furigana { readings: &site.readings, analyser }.annotate(&page.html, &mut unread),
            Err(_) => page.html.clone(),
        };
        let data = index.page_data(position);
        let script = PageScript { site: index.site_data_for(&data), page: Some(data.clone()) };
        let script_data = ScriptText::json(&serde_json::to_string(&script).map_err(|error| error.to_string())?);
        let first = Shown::Page(Arc::new(data.clone()), body.as_str().into());
        let app = render::render_app(shell.clone(), first, &data.url);
        let html = document(
            &Document {
                title: &data.document_title,
                description: &page.front.summary,
                data: script_data,
                app,
                base: &site.base,
                site_name: &site.config.title,
                canonical: origin.map(|origin| Canonical { origin, path: &data.url }),
                lang: &data.lang,
                edition: Edition::of_page_id(&page.id).0,
                // hreflang needs whole addresses (a relative one is ignored by search engines
                // and fails Lighthouse's audit), so only a site with a known origin gets them.
                alternates: if origin.is_some() { language_alternates(&data.editions) } else { Vec::new() },
            },
            assets,
        );
        if page.id != OFFLINE_PAGE_ID {
            sitemap.push(SitemapEntry { path: data.url.clone(), reviewed: page.front.reviewed.to_string() });
        }
        let path = if page.id.is_empty() { "index.html".to_string() } else { format!("{}/index.html", page.id) };
        out.files.insert(path, html.into_bytes());
        out.pages += 1;
        let fragment = PageFragment { page: data, body: body.as_str().to_string() };
        out.files.insert(fragment_path(&page.id), serde_json::to_vec(&fragment).map_err(|error| error.to_string())?);
    }
    let not_found = PageScript { site: (*shell).clone(), page: None };
    let data = ScriptText::json(&serde_json::to_string(&not_found).map_err(|error| error.to_string())?);
    let url = format!("{}404.html", site.base);
    let homes = Edition::ALL.map(|edition| not_found::EditionHome { edition, url: index.edition_home(edition) });
    let body = not_found::not_found_body(&shell.home_url, &shell.nav, &homes);
    let body = match analyser {
        Ok(analyser) => Furigana { readings: &site.readings, analyser }.annotate(&body, &mut unread),
        Err(_) => body,
    };
    let app = render::render_app(shell.clone(), Shown::NotFound(body.as_str().into()), &url);
    let not_found_title = crate::i18n::text(Edition::Japanese, "not-found-title");
    let title = shell.document_title(Some(&not_found_title));
    let description = crate::i18n::text(Edition::Japanese, "not-found-text");
    let html = document(
        &Document {
            title: &title,
            description: &description,
            data,
            app,
            base: &site.base,
            site_name: &site.config.title,
            canonical: None,
            lang: "ja",
            edition: Edition::Japanese,
            alternates: Vec::new(),
        },
        assets,
    );
    out.files.insert("404.html".to_string(), html.into_bytes());
    out.pages += 1;
    for (path, contents) in crate::content::windows::open_data::open_data_files(&site.config, &site.windows) {
        out.files.insert(path.to_string(), contents.into_bytes());
    }
    for (path, bytes) in &site.search.files {
        out.files.insert(path.clone(), bytes.clone());
    }
    for asset in assets.files() {
        out.files.insert(asset.name.clone(), asset.bytes.clone());
    }
    out.files
        .insert("_headers".to_string(), hosting::headers_file(&site.base, assets, &site.search.folder).into_bytes());
    out.files.insert(".nojekyll".to_string(), Vec::new());
    out.files.insert("robots.txt".to_string(), robots_txt(origin, &site.base).into_bytes());
    if let Some(origin) = origin {
        out.files.insert("sitemap.xml".to_string(), sitemap_xml(origin, &sitemap).into_bytes());
    }
    let manifest = web_manifest(&site.config.title, &site.config.tagline, &site.base, assets);
    out.files.insert(MANIFEST_FILE.to_string(), manifest.into_bytes());
    let everything: Vec<(&str, &[u8])> =
        out.files.iter().map(|(path, bytes)| (path.as_str(), bytes.as_slice())).collect();
    let worker = offline::worker_script(site, assets, &everything);
    out.files.insert(offline::WORKER_FILE.to_string(), worker.into_bytes());
    out.unread = unread;
    out.no_furigana = analyser.err().map(str::to_string);
    Ok(out)
}

/// Writes the site into `out_dir`. The folder must be empty, missing, or an earlier build:
/// then the files that build wrote (listed in its marker) and this one does not are removed, so
/// no stale page survives, and anything else in the folder (a `.git`, a `CNAME`) is left as it
/// is. A file whose bytes are already there is not written again: it keeps its inode and its
/// modification time, so a rebuild after a small edit touches only what changed (fast on any
/// file system, and a deploy by `rsync` or a host's upload sends only those files).
pub fn write_site(files: &SiteFiles, out_dir: &Path) -> Result<(), String> {
    if out_dir.exists() {
        let mut entries =
            std::fs::read_dir(out_dir).map_err(|error| format!("cannot read {}: {error}", out_dir.display()))?;
        let empty = entries.next().is_none();
        match std::fs::read_to_string(out_dir.join(BUILD_MARKER)) {
            Ok(listed) => remove_stale(out_dir, &listed, files)?,
            Err(_) if empty => {}
            Err(_) => {
                return Err(format!(
                "{} is not empty and was not written by tsunagu build: choose another --out folder, or empty it first",
                out_dir.display()
            ))
            }
        }
    }
    std::fs::create_dir_all(out_dir).map_err(|error| format!("cannot create {}: {error}", out_dir.display()))?;
    let mut folders_made: HashSet<&Path> = HashSet::new();
    for (path, bytes) in &files.files {
        let target = out_dir.join(path);
        if let Some(folder) = Path::new(path).parent().filter(|folder| !folder.as_os_str().is_empty()) {
            if folders_made.insert(folder) {
                let folder = out_dir.join(folder);
                std::fs::create_dir_all(&folder)
                    .map_err(|error| format!("cannot create {}: {error}", folder.display()))?;
            }
        }
        if already_written(&target, bytes) {
            continue;
        }
        std::fs::write(&target, bytes).map_err(|error| format!("cannot write {}: {error}", target.display()))?;
    }
    let mut marker =
        String::from("# Written by tsunagu build. The next build removes the files listed here, and only those.\n");
    for path in files.files.keys() {
        marker.push_str(path);
        marker.push('\n');
    }
    if already_written(&out_dir.join(BUILD_MARKER), marker.as_bytes()) {
        return Ok(());
    }
    std::fs::write(out_dir.join(BUILD_MARKER), marker)
        .map_err(|error| format!("cannot write the build marker: {error}"))
}

/// Whether `target` is a file holding exactly `bytes` (its length is compared first, so a
/// changed file is rarely read).
fn already_written(target: &Path, bytes: &[u8]) -> bool {
    match std::fs::symlink_metadata(target) {
        Ok(metadata) if metadata.is_file() && metadata.len() == bytes.len() as u64 => {
            std::fs::read(target).is_ok_and(|written| written == bytes)
        }
        _ => false,
    }
}

/// Removes the files an earlier build listed (plain relative paths only) that this build does
/// not write, and the folders they leave empty. A marker that lists nothing (from a build
/// before the list) clears the folder.
fn remove_stale(out_dir: &Path, listed: &str, files: &SiteFiles) -> Result<(), String> {
    let lines: Vec<&str> = listed.lines().filter(|line| !line.starts_with('#') && !line.is_empty()).collect();
    if lines.is_empty() {
        return std::fs::remove_dir_all(out_dir)
            .map_err(|error| format!("cannot clear {}: {error}", out_dir.display()));
    }
    for line in lines {
        let relative = Path::new(line);
        if files.files.contains_key(line)
            || !relative.components().all(|part| matches!(part, std::path::Component::Normal(_)))
        {
            continue;
        }
        let target = out_dir.join(relative);
        if std::fs::remove_file(&target).is_ok() {
            let mut folder = target.parent();
            while let Some(current) = folder.filter(|current| *current != out_dir) {
                if std::fs::remove_dir(current).is_err() {
                    break; // not empty: something else lives there
                }
                folder = current.parent();
            }
        }
    }
    Ok(())
}

/// The page's `hreflang` alternates: one per language it exists in (やさしい日本語 is `ja` like
/// the Japanese page, so it is not one: a search engine would take the two for duplicates),
/// with `x-default` on the Japanese page; none for a page in one language only.
fn language_alternates(editions: &[crate::site::EditionLink]) -> Vec<(String, String)> {
    let mut alternates: Vec<(String, String)> = Vec::new();
    for edition in editions {
        let Some(url) = &edition.url else { continue };
        if !alternates.iter().any(|(lang, _)| *lang == edition.lang) {
            alternates.push((edition.lang.clone(), url.clone()));
        }
    }
    if alternates.len() < 2 {
        return Vec::new();
    }
    let default = alternates[0].1.clone();
    alternates.push(("x-default".to_string(), default));
    alternates
}
