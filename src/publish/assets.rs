//! The files every site shares: the app (WASM and its JS loader, built once by Trunk and the
//! same for every site), the stylesheets and the icon. Each is published under a name that
//! carries a hash of its bytes, so hosts can cache it for good.

use std::path::Path;

use include_dir::{include_dir, Dir};
use sha2::{Digest, Sha256};

use super::icons::png_from_svg;

/// The app as built by `scripts/build-app.sh`, compiled into this program.
static BUNDLED_APP: Dir<'_> = include_dir!("$CARGO_MANIFEST_DIR/public/app");
/// The default stylesheets.
static BUNDLED_STYLE: Dir<'_> = include_dir!("$CARGO_MANIFEST_DIR/style");
/// The site icon.
static BUNDLED_ICON: &[u8] = include_bytes!("../../public/favicon.svg");

/// Registers the offline worker; when a newer one replaces a worker that served this page (not
/// when the first one takes over after the first visit), unhides `#update-ready` (its words are in the page, not here). Errors (no worker support, a
/// preview that serves none) leave the page as it is.
const REGISTER_WORKER: &str = "if(\"serviceWorker\"in navigator){let served=!!navigator.serviceWorker.controller;navigator.serviceWorker.addEventListener(\"controllerchange\",()=>{const notice=document.getElementById(\"update-ready\");if(served&&notice)notice.hidden=false;served=true});navigator.serviceWorker.register(new URL(\"./sw.js\",import.meta.url)).catch(()=>{})}\n";

/// Starts the app (the WASM and its loader, fetched side by side) when the page needs it:
/// at once on a page kind whose body asks for it with `data-app-at-load` or
/// whose address has a query (a filtered directory); elsewhere only when the
/// reader first reaches a control (a button, a field, a menu; not a glossary term's
/// `popovertarget` button, which the browser opens by itself, nor a control of the
/// header's search box, `#header-search`, a plain GET form the app has no part in), so reading a prerendered page
/// costs no WASM. Links work as plain links until then. A click on a button or a change to a
/// field made before the app is ready is held and replayed once it has hydrated, so no choice
/// is lost. While it waits, `<html data-app="on-demand">` lets the style sheet show what works
/// that way (the directory's filter). If the app fails to load there (a dropped connection),
/// `<html data-load-failed>` marks it, `data-app="on-demand"` stays (the filter stays in view),
/// and the next control reached asks for it again, importing the loader at a fresh address
/// (a browser keeps a failed module import failed); the changes held so far are replayed once
/// it comes, but a held click is dropped, since the reader is asked to press again (a toggle
/// replayed twice would undo itself). Where the app starts at load and fails, the page says so
/// with `data-app="failed"` (the guide's and search page's notices need it) and does not retry.
///
/// A page module (`[data-page-module]`: the guide, the search page, the staff course) loads its
/// own small WASM at once instead (named in the `modules` map, see [`PAGE_MODULES`]); its query
/// is its own, and the app starts there only for a control outside the module (the header's), so
/// the module's answers, fields and buttons never download the app. A root that also carries
/// `data-page-module-on-demand` (a self-check: its answers are plain radio buttons and boxes,
/// and only checking them needs the script) loads its module only when the reader first
/// reaches a control inside it, as the app; a submit made before the module is ready is held
/// and submitted again once it is (the last one, with the button that made it), so no answer is
/// lost. If that module fails to load (a dropped connection), `data-load-failed` marks it and
/// the next control reached in the module asks for it again, and the held submit, or a newer
/// one, is checked once it comes. A module that starts at load (the guide, the search page)
/// and fails sets `data-app="failed"`, which shows its page's notice, and does not retry. Such a module must
/// need nothing else before it starts: the start script replays submits only.
///
/// While a held press waits longer than a moment (400 ms), its status says so: the self-check's
/// `[data-load-status]` beside its submit button, or for the app the one closing every page's body
/// (`#load-status`, see `content::load_status`). Each is a `role="status"` live region whose
/// lines (`data-when="loading"`, `"failed"`) are prerendered hidden in the page's words: the
/// script only unhides one (`failed` when a load fails with a press held), and hides them again
/// at the next press and once the WASM has come (with `toggleAttribute`, which leaves a line as
/// it is when it already is: hydration changes nothing in the DOM).
const START_APP: &str = r#"let started=false,ready=false,tries=0;const held=[],root=document.documentElement,appStatus=document.getElementById("load-status");
const say=(status,when)=>{if(status)for(const line of status.children)line.toggleAttribute("hidden",line.dataset.when!=when)};
const wait=(status,loading)=>{status?.querySelector('[data-when="failed"]')?.toggleAttribute("hidden",true);setTimeout(()=>loading()&&say(status,"loading"),400)};
const load=(wasmPath,loaderPath)=>{const wasm=fetch(new URL(wasmPath,import.meta.url));wasm.catch(()=>{});return import(tries++?loaderPath+"?"+tries:loaderPath).then(code=>code.default({module_or_path:wasm}))};
const hold=(replay,click)=>{replay.click=click;held.push(replay);wait(appStatus,()=>started&&!ready)};
const startApp=()=>{if(started)return;started=true;load(wasmName,loaderName).then(()=>setTimeout(()=>{ready=true;delete root.dataset.loadFailed;say(appStatus);for(const replay of held.splice(0))replay()},0)).catch(()=>{started=false;if(root.dataset.app!=="on-demand"){root.dataset.app="failed";return}root.dataset.loadFailed="";if(held.length)say(appStatus,"failed");held.splice(0,held.length,...held.filter(replay=>!replay.click))})};
const module=document.querySelector("[data-page-module]"),own=module&&modules[module.dataset.pageModule];
if(own){let begun=false,running=false,submit=null;const status=module.querySelector("[data-load-status]"),onDemand=module.hasAttribute("data-page-module-on-demand");
const startModule=()=>{if(begun)return;begun=true;load(own[0],own[1]).then(()=>{running=true;delete root.dataset.loadFailed;say(status);if(submit)submit[0].requestSubmit(submit[1])}).catch(()=>{begun=false;if(!onDemand){root.dataset.app="failed";return}root.dataset.loadFailed="";if(submit)say(status,"failed")})};
if(onDemand){for(const type of["pointerdown","focusin","change","submit"])module.addEventListener(type,event=>{startModule();if(type==="submit"&&!running){event.preventDefault();submit=[event.target,event.submitter];wait(status,()=>begun&&!running)}},{capture:true})}else startModule()}
if((location.search&&!module)||document.querySelector("[data-app-at-load]"))startApp();
else{root.dataset.app="on-demand";for(const type of["pointerdown","focusin","click","change"])document.addEventListener(type,event=>{const control=ready||!(event.target instanceof Element)||(module&&module.contains(event.target))||event.target.closest('#header-search')?null:event.target.closest("button:not([popovertarget]),input,select,textarea");if(!control)return;startApp();if(type==="click"&&control.matches("button"))hold(()=>control.click(),true);if(type==="change"){const value=control.value,checked=control.checked;hold(()=>{control.value=value;control.checked=checked;control.dispatchEvent(new Event("change",{bubbles:true}))},false)}},{capture:true,passive:true})}
"#;

/// A stylesheet as published: minified (comments and needless spaces removed by the `minifier`
/// crate, the one rustdoc uses), so it parses to the same rules in less bytes. A sheet it cannot
/// read (an unclosed comment or string) fails the build, named, instead of being published as
/// it is.
fn minified_css(file: &str, bytes: &[u8]) -> Result<Vec<u8>, String> {
    let text = std::str::from_utf8(bytes).map_err(|_| format!("{file} is not UTF-8 text: save it as UTF-8"))?;
    minifier::css::minify(text)
        .map(|minified| minified.to_string().into_bytes())
        .map_err(|error| format!("cannot minify {file}: {error}; look for an unclosed comment, string or brace"))
}

/// One published file: its name at the site's root and its bytes.
#[derive(Debug, Clone, PartialEq)]
pub struct Asset {
    /// The file name, hash included (`main-1a2b3c4d5e6f7a8b.css`).
    pub name: String,
    /// Its contents.
    pub bytes: Vec<u8>,
}

/// The page modules, each once: the name a page's root gives in `data-page-module`, its bin in
/// `crates/page-modules` (the stem of the WASM and loader `scripts/build-app.sh` builds from
/// that crate's `[[bin]]` entries; a test checks both name the same, in the same order), and
/// when the offline worker keeps it. A new page module adds its bin there and a line here.
pub const PAGE_MODULES: [PageModuleKind; 3] = [
    PageModuleKind { name: crate::guide::markup::PAGE_MODULE, bin: "tsunagu-guide", kept: KeptOffline::OnInstall },
    // A search needs index files, which the worker never keeps.
    PageModuleKind { name: crate::search::markup::PAGE_MODULE, bin: "tsunagu-search", kept: KeptOffline::OnceVisited },
    PageModuleKind {
        name: crate::training::markup::PAGE_MODULE,
        bin: "tsunagu-training",
        kept: KeptOffline::OnInstall,
    },
];

/// A page module as the program knows it, before it is built (see [`PAGE_MODULES`]).
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct PageModuleKind {
    /// The name a page's root gives in `data-page-module` (`guide`).
    pub name: &'static str,
    /// Its bin in `crates/page-modules` (`tsunagu-guide`), the stem of its WASM and loader.
    pub bin: &'static str,
    /// When the offline worker keeps its WASM and loader.
    pub kept: KeptOffline,
}

/// When the offline worker (`sw.js`) keeps a page module's files.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum KeptOffline {
    /// On install, with the shell: its pages work offline before they are first opened.
    OnInstall,
    /// Only once a page that loads it was visited (as every hashed file is).
    OnceVisited,
}

/// One page module's WASM and its loader.
#[derive(Debug, Clone, PartialEq)]
pub struct PageModule {
    /// The name a page's root gives in `data-page-module` (`guide`).
    pub name: &'static str,
    /// When the offline worker keeps it.
    pub kept: KeptOffline,
    /// The WASM.
    pub wasm: Asset,
    /// Its wasm-bindgen loader (an ES module).
    pub script: Asset,
}

/// The shared files of a site, and which is which.
#[derive(Debug, Clone, PartialEq)]
pub struct SiteAssets {
    /// The wasm-bindgen loader (an ES module).
    pub script: Asset,
    /// The page's start script: imports the loader and starts the WASM, both named relative to
    /// itself, so it is the same file under any base path and no page needs an inline script
    /// for it (which the Content-Security-Policy would have to allow by a per-site hash).
    pub start: Asset,
    /// The WASM it loads.
    pub wasm: Asset,
    /// The page modules' own WASMs (`crates/page-modules`, no Leptos) and their loaders, in the
    /// order of [`PAGE_MODULES`]: a page whose body holds one loads these instead of the app.
    pub modules: Vec<PageModule>,
    /// Stylesheets, in the order the page links them.
    pub styles: Vec<Asset>,
    /// The site icon.
    pub icon: Asset,
    /// The icon as PNG for the web manifest: 192 and 512 pixels.
    pub icon_192: Asset,
    /// See `icon_192`.
    pub icon_512: Asset,
    /// The opaque 180-pixel PNG phones put on the home screen (`apple-touch-icon`).
    pub touch_icon: Asset,
}

impl SiteAssets {
    /// The app compiled into this program, with `style_dir`'s stylesheets (`main.css`,
    /// `print.css`) if given, else the bundled ones.
    pub fn bundled(style_dir: Option<&Path>) -> Result<SiteAssets, String> {
        let app: Vec<(String, Vec<u8>)> = BUNDLED_APP
            .files()
            .map(|file| (file.path().to_string_lossy().to_string(), file.contents().to_vec()))
            .collect();
        SiteAssets::assemble(app, style_dir)
    }

    /// The app from a folder Trunk built (`target/app`), for developers working on the WASM.
    pub fn from_app_dir(app_dir: &Path, style_dir: Option<&Path>) -> Result<SiteAssets, String> {
        let entries = std::fs::read_dir(app_dir)
            .map_err(|error| format!("cannot read the app folder {}: {error}", app_dir.display()))?;
        let mut app = Vec::new();
        for entry in entries {
            let entry = entry.map_err(|error| format!("cannot read the app folder {}: {error}", app_dir.display()))?;
            let name = entry.file_name().to_string_lossy().to_string();
            if name.ends_with(".js") || name.ends_with(".wasm") {
                let bytes = std::fs::read(entry.path())
                    .map_err(|error| format!("cannot read {}: {error}", entry.path().display()))?;
                app.push((name, bytes));
            }
        }
        SiteAssets::assemble(app, style_dir)
    }

    fn assemble(app: Vec<(String, Vec<u8>)>, style_dir: Option<&Path>) -> Result<SiteAssets, String> {
        let pick = |prefix: &str, suffix: &str| -> Result<Asset, String> {
            let mut found = app.iter().filter(|(name, _)| name.starts_with(prefix) && name.ends_with(suffix));
            match (found.next(), found.next()) {
                (Some((name, bytes)), None) => Ok(Asset { name: name.clone(), bytes: bytes.clone() }),
                (None, _) => Err(format!("the app has no {prefix}…{suffix}: run scripts/build-app.sh")),
                (Some(_), Some(_)) => {
                    Err(format!("the app has two {prefix}…{suffix} files: run scripts/build-app.sh to replace them"))
                }
            }
        };
        let mut styles = Vec::new();
        for name in ["main", "print"] {
            let file = format!("{name}.css");
            let bytes = match style_dir {
                Some(dir) => std::fs::read(dir.join(&file))
                    .map_err(|error| format!("cannot read {}: {error}", dir.join(&file).display()))?,
                None => BUNDLED_STYLE
                    .get_file(&file)
                    .map(|file| file.contents().to_vec())
                    .ok_or(format!("no bundled {file}"))?,
            };
            styles.push(hashed(name, "css", minified_css(&file, &bytes)?));
        }
        // Published under names of our own, from their bytes like every other shared file:
        // Trunk's names carry a hash of varying length, which hosts' rules could not match.
        let code = |stem: &str| -> Result<(Asset, Asset), String> {
            let (script, wasm) = (pick(&format!("{stem}-"), ".js")?, pick(&format!("{stem}-"), "_bg.wasm")?);
            let named = hashed(stem, "wasm", wasm.bytes);
            let wasm = Asset { name: named.name.replace(".wasm", "_bg.wasm"), bytes: named.bytes };
            Ok((hashed(stem, "js", script.bytes), wasm))
        };
        let (script, wasm) = code("tsunagu-web")?;
        let mut modules = Vec::new();
        for kind in PAGE_MODULES {
            let (script, wasm) = code(kind.bin)?;
            modules.push(PageModule { name: kind.name, kept: kind.kept, wasm, script });
        }
        let module_map: Vec<String> = modules
            .iter()
            .map(|module| format!("{}:[\"./{}\",\"./{}\"]", module.name, module.wasm.name, module.script.name))
            .collect();
        // The WASM and its loader are fetched by this script, not preloaded by the page, so a
        // browser with JavaScript off downloads neither. See `START_APP` for when.
        // It also registers the offline worker beside it (`sw.js`, see `offline`), and shows the
        // page's prerendered 「新しい版があります」 notice when a new build's worker takes over.
        let start = format!(
            "const wasmName=\"./{}\",loaderName=\"./{}\",modules={{{}}};\n{START_APP}{REGISTER_WORKER}",
            wasm.name,
            script.name,
            module_map.join(",")
        );
        let png = |stem: &str, size: u32, opaque: bool| -> Result<Asset, String> {
            Ok(hashed(stem, "png", png_from_svg(BUNDLED_ICON, size, opaque)?))
        };
        Ok(SiteAssets {
            start: hashed("start", "js", start.into_bytes()),
            script,
            wasm,
            modules,
            styles,
            icon: hashed("favicon", "svg", BUNDLED_ICON.to_vec()),
            icon_192: png("icon-192", 192, false)?,
            icon_512: png("icon-512", 512, false)?,
            touch_icon: png("touch-icon", 180, true)?,
        })
    }

    /// Every shared file, to publish at the site's root.
    pub fn files(&self) -> impl Iterator<Item = &Asset> {
        [&self.start, &self.script, &self.wasm, &self.icon, &self.icon_192, &self.icon_512, &self.touch_icon]
            .into_iter()
            .chain(self.modules.iter().flat_map(|module| [&module.script, &module.wasm]))
            .chain(self.styles.iter())
    }
}

/// `stem-<16 hex digits of SHA-256>.ext`.
fn hashed(stem: &str, extension: &str, bytes: Vec<u8>) -> Asset {
    let digest = Sha256::digest(&bytes);
    let hex: String = digest.iter().take(8).map(|byte| format!("{byte:02x}")).collect();
    Asset { name: format!("{stem}-{hex}.{extension}"), bytes }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_bundled_stylesheets_are_published_minified() {
        let assets = SiteAssets::bundled(None).expect("the bundled app and styles");
        for (style, source) in assets.styles.iter().zip(["main.css", "print.css"]) {
            let written = BUNDLED_STYLE.get_file(source).expect("a bundled sheet").contents();
            let published = std::str::from_utf8(&style.bytes).expect("UTF-8");
            assert!(
                style.bytes.len() * 10 < written.len() * 9,
                "{source}: {} of {} bytes",
                style.bytes.len(),
                written.len()
            );
            assert!(!published.contains("/*"), "{source}: no comments left");
            assert!(published.contains("@media"), "{source}: its media rules are kept");
        }
    }

    #[test]
    fn the_start_script_names_every_page_module_and_each_is_published() {
        let assets = SiteAssets::bundled(None).expect("the bundled app and styles");
        let start = std::str::from_utf8(&assets.start.bytes).expect("UTF-8");
        let names: Vec<&str> = assets.files().map(|asset| asset.name.as_str()).collect();
        for (module, kind) in assets.modules.iter().zip(PAGE_MODULES) {
            assert_eq!((module.name, module.kept), (kind.name, kind.kept));
            assert!(module.wasm.name.starts_with(&format!("{}-", kind.bin)) && module.wasm.name.ends_with("_bg.wasm"));
            let entry = format!("{}:[\"./{}\",\"./{}\"]", kind.name, module.wasm.name, module.script.name);
            assert!(start.contains(&entry), "{entry} in {start}");
            assert!(names.contains(&module.wasm.name.as_str()) && names.contains(&module.script.name.as_str()));
        }
        assert_eq!(assets.modules.len(), PAGE_MODULES.len());
        let on_demand = format!("hasAttribute(\"{}\")", crate::training::markup::ON_DEMAND_ATTR);
        assert!(start.contains(&on_demand), "the start script knows a module root on demand: {start}");
    }

    #[test]
    fn the_start_script_shows_the_prerendered_load_status_and_carries_no_words_of_its_own() {
        let status = crate::content::load_status::load_status(crate::site::Edition::Japanese, None).into_string();
        let app_status = format!("getElementById(\"{}\")", crate::content::load_status::APP_STATUS_ID);
        assert!(START_APP.contains(&app_status), "the app's status, by the id the page gives it");
        for found in ["querySelector(\"[data-load-status]\")", "\"loading\"", "\"failed\"", "dataset.when"] {
            assert!(START_APP.contains(found), "{found} in the start script");
        }
        for named in ["data-load-status", "data-when=\"loading\"", "data-when=\"failed\""] {
            assert!(status.contains(named), "{named} in the status: {status}");
        }
        assert!(START_APP.is_ascii(), "no words in the script: the page carries them");
    }

    #[test]
    fn the_page_modules_are_the_bins_of_crates_page_modules_in_order() {
        let folder = Path::new(env!("CARGO_MANIFEST_DIR")).join("crates/page-modules");
        let manifest = std::fs::read_to_string(folder.join("Cargo.toml")).expect("the page modules' Cargo.toml");
        let manifest: toml::Table = manifest.parse().expect("a TOML manifest");
        let bins = manifest["bin"].as_array().expect("[[bin]] entries");
        let names: Vec<&str> = bins.iter().map(|bin| bin["name"].as_str().expect("a bin's name")).collect();
        let listed: Vec<&str> = PAGE_MODULES.iter().map(|kind| kind.bin).collect();
        assert_eq!(names, listed, "crates/page-modules/Cargo.toml's [[bin]] entries and PAGE_MODULES differ");
        // Each bin starts the browser side of the module its `data-page-module` name names.
        for (bin, kind) in bins.iter().zip(PAGE_MODULES) {
            let path = folder.join(bin["path"].as_str().expect("a bin's path"));
            let source = std::fs::read_to_string(&path).expect("the bin's source");
            let start = format!("tsunagu_page_modules::{}::start()", kind.name);
            assert!(source.contains(&start), "{} calls {start}", path.display());
        }
    }

    #[test]
    fn a_stylesheet_that_cannot_be_read_fails_with_its_name() {
        let error = minified_css("main.css", b"a { color: red; } /* never closed").unwrap_err();
        assert!(error.contains("main.css"), "{error}");
        let error = minified_css("print.css", &[0xff, 0xfe]).unwrap_err();
        assert!(error.contains("print.css") && error.contains("UTF-8"), "{error}");
    }
}
