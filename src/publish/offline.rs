//! The offline worker (`sw.js`): a fixed script (`offline_worker.js`) after one line of data
//! from the build — its version, its base, and the files a phone keeps after its first visit
//! (the shell, and each page `content::offline` keeps, with its navigation fragment).

use serde_json::json;
use sha2::{Digest, Sha256};

use super::assets::{KeptOffline, SiteAssets};
use crate::content::offline::{kept_offline, OFFLINE_PAGE_ID};
use crate::content::CompiledSite;
use crate::site::{fragment_path, page_url};

/// The worker's file name at the site's root (start scripts register it next to themselves).
pub const WORKER_FILE: &str = "sw.js";

const WORKER_SCRIPT: &str = include_str!("offline_worker.js");

/// The files kept on install, as addresses under the site's base.
pub fn kept_files(site: &CompiledSite, assets: &SiteAssets) -> Vec<String> {
    let base = &site.base;
    // The page modules whose pages work offline are kept now; the others once visited
    // (`PAGE_MODULES` says which).
    let kept_modules = assets.modules.iter().filter(|module| module.kept == KeptOffline::OnInstall);
    let shell = [&assets.start, &assets.script, &assets.wasm, &assets.icon]
        .into_iter()
        .chain(kept_modules.flat_map(|module| [&module.script, &module.wasm]))
        .chain(assets.styles.iter())
        .map(|asset| format!("{base}{}", asset.name));
    let pages = site
        .pages
        .iter()
        .filter(|page| kept_offline(page))
        .flat_map(|page| [page_url(base, &page.id), format!("{base}{}", fragment_path(&page.id))]);
    shell.chain(pages).collect()
}

/// `sw.js` for this build. Its version is a hash of everything it keeps and of each page's
/// bytes (`files`), so any change to the site makes a new worker, which replaces the old cache.
pub fn worker_script(site: &CompiledSite, assets: &SiteAssets, files: &[(&str, &[u8])]) -> String {
    let mut digest = Sha256::new();
    for (path, bytes) in files {
        digest.update(path.as_bytes());
        digest.update(bytes);
    }
    let version: String = digest.finalize().iter().take(8).map(|byte| format!("{byte:02x}")).collect();
    let data = json!({
        "version": version,
        "base": site.base,
        "keep": kept_files(site, assets),
        "offline": page_url(&site.base, OFFLINE_PAGE_ID),
    });
    format!("const SITE = {data};\n{WORKER_SCRIPT}")
}
