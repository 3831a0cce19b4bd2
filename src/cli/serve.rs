//! `tsunagu serve`: a preview server on 127.0.0.1. It builds the site into memory, serves it,
//! watches the content (and style) folders, rebuilds on every change, and tells open pages to
//! reload. When the content has errors, they are printed and shown over the page, and the last
//! good site stays served. The live-reload script is added to pages as they are served, so
//! nothing of it reaches `tsunagu build`. The shared hashed files (WASM, loader, styles) are
//! also served brotli- or gzip-compressed to a browser that accepts it, with
//! `Content-Encoding`, as a host serving `tsunagu build --precompress` does; they are compressed
//! once per name (the name is a hash of the bytes), so a rebuild stays quick. Pages, which get
//! the live-reload script as they are served, go out as they are.

use std::collections::HashMap;
use std::path::{Path, PathBuf};
use std::process::ExitCode;
use std::sync::{Arc, Condvar, Mutex, OnceLock};
use std::time::{Duration, Instant};

use std::io::{Read, Write};
use std::net::{TcpListener, TcpStream};

use maud::{html, DOCTYPE};
use notify::{RecursiveMode, Watcher};

use super::site_build::{build_site, BuildInput, BuildProblem};
use crate::publish::precompress::{brotli, gzip, is_compressible, is_hashed};
use crate::publish::SiteFiles;

/// Where open pages ask for the next version; outside any base path.
const WAIT_PATH: &str = "/__tsunagu/wait";
const SCRIPT_PATH: &str = "/__tsunagu/live-reload.js";
const LIVE_RELOAD_JS: &str = include_str!("live_reload.js");
/// How long a page's question waits for a change before it is answered anyway.
const LONGEST_WAIT: Duration = Duration::from_secs(25);
/// Changes closer together than this make one rebuild (an editor saves in several steps).
const SETTLE: Duration = Duration::from_millis(25);
/// At most this many pages wait at once; more get an answer at once (so threads stay bounded).
const MOST_WAITERS: usize = 64;

/// What the preview serves now.
struct Preview {
    files: Arc<SiteFiles>,
    base: String,
    version: u64,
    errors: Vec<String>,
    waiters: usize,
}

type Shared = Arc<(Mutex<Preview>, Condvar)>;

/// Runs the preview until interrupted.
pub fn run_serve(input: BuildInput, port: u16) -> ExitCode {
    let started = Instant::now();
    let base = match crate::content::normalize_base_path(&input.base) {
        Ok(base) => base,
        Err(message) => {
            eprintln!("error: --base: {message}");
            return ExitCode::FAILURE;
        }
    };
    // With content errors the preview still starts: it shows them, and the first good build.
    let (files, errors) = match build_site(&input) {
        Ok((_, files)) => {
            let files = with_compressed_shared_files(files);
            println!("built {} pages in {} ms", files.pages, started.elapsed().as_millis());
            (files, Vec::new())
        }
        Err(problem) => {
            eprintln!("{problem}\n(fix the problems above and save: the preview builds again)");
            (SiteFiles::default(), problem.to_string().lines().map(str::to_string).collect())
        }
    };
    let shared: Shared = Arc::new((
        Mutex::new(Preview { files: Arc::new(files), base: base.clone(), version: 1, errors, waiters: 0 }),
        Condvar::new(),
    ));
    let server = match TcpListener::bind(("127.0.0.1", port)) {
        Ok(server) => server,
        Err(error) => {
            eprintln!("error: cannot listen on 127.0.0.1:{port}: {error} (is another server using it? try --port)");
            return ExitCode::FAILURE;
        }
    };
    let watched: Vec<PathBuf> = [Some(input.content.clone()), input.style.clone()]
        .into_iter()
        .flatten()
        .map(|folder| std::path::absolute(&folder).unwrap_or(folder))
        .collect();
    let (sender, events) = std::sync::mpsc::channel();
    let mut watcher = match notify::recommended_watcher(sender) {
        Ok(watcher) => watcher,
        Err(error) => {
            eprintln!("error: cannot watch for changes: {error}");
            return ExitCode::FAILURE;
        }
    };
    for folder in &watched {
        if let Err(error) = watch(&mut watcher, folder) {
            eprintln!("error: cannot watch {}: {error}", folder.display());
            return ExitCode::FAILURE;
        }
    }
    let rebuild_shared = shared.clone();
    let folders = watched.clone();
    std::thread::spawn(move || rebuild_on_change(&input, watcher, &folders, &events, &rebuild_shared));
    println!(
        "serving the preview on http://127.0.0.1:{port}{base} (Ctrl+C stops it); watching {}",
        watched.iter().map(|path| path.display().to_string()).collect::<Vec<_>>().join(" and ")
    );
    // A thread per connection: a page's wait for the next version holds its connection.
    for stream in server.incoming().flatten() {
        let shared = shared.clone();
        std::thread::spawn(move || answer(stream, &shared));
    }
    ExitCode::SUCCESS
}

/// Watches `folder` and, without recursion, the folder it is in, so that a folder deleted and
/// put back (a `git checkout`, a sync tool) is noticed and watched again.
fn watch(watcher: &mut notify::RecommendedWatcher, folder: &Path) -> notify::Result<()> {
    if let Some(parent) = folder.parent().filter(|parent| parent.is_dir()) {
        watcher.watch(parent, RecursiveMode::NonRecursive)?;
    }
    watcher.watch(folder, RecursiveMode::Recursive)
}

/// Waits for file events; after each burst that touches a watched folder, rebuilds and
/// publishes the result to open pages.
fn rebuild_on_change(
    input: &BuildInput,
    mut watcher: notify::RecommendedWatcher,
    folders: &[PathBuf],
    events: &std::sync::mpsc::Receiver<notify::Result<notify::Event>>,
    shared: &Shared,
) {
    while let Ok(first) = events.recv() {
        let mut relevant = is_change(&first, folders);
        while let Ok(more) = events.recv_timeout(SETTLE) {
            relevant |= is_change(&more, folders);
        }
        if !relevant {
            continue;
        }
        for folder in folders.iter().filter(|folder| folder.is_dir()) {
            let _ = watch(&mut watcher, folder); // a folder put back is watched again
        }
        let started = Instant::now();
        let built = build_site(input);
        let (lock, wake) = &**shared;
        let Ok(mut preview) = lock.lock() else { return };
        preview.version += 1;
        match built {
            Ok((_, files)) => {
                let files = with_compressed_shared_files(files);
                println!("rebuilt {} pages in {} ms", files.pages, started.elapsed().as_millis());
                preview.files = Arc::new(files);
                preview.errors.clear();
            }
            Err(problem) => {
                let text = problem.to_string();
                eprintln!("{text}\n(the last good site stays served; fix the problems above and save)");
                preview.errors = text.lines().map(str::to_string).collect();
                if let BuildProblem::Other(_) = problem {
                    preview.errors.insert(0, "the site could not be built:".to_string());
                }
            }
        }
        wake.notify_all();
    }
}

/// A change (not a read) inside a watched folder, or to the folder itself.
fn is_change(event: &notify::Result<notify::Event>, folders: &[PathBuf]) -> bool {
    event.as_ref().is_ok_and(|event| {
        !matches!(event.kind, notify::EventKind::Access(_))
            && event.paths.iter().any(|path| folders.iter().any(|folder| path.starts_with(folder)))
    })
}

/// Reads one request from a connection (bounded in size and time) and answers it; the
/// connection is then closed.
fn answer(mut stream: TcpStream, shared: &Shared) {
    let _ = stream.set_read_timeout(Some(Duration::from_secs(10)));
    let mut buffer = Vec::with_capacity(2048);
    let mut chunk = [0u8; 2048];
    let (method, target, accepted) = loop {
        let Ok(read) = stream.read(&mut chunk) else { return };
        if read == 0 {
            return;
        }
        buffer.extend_from_slice(&chunk[..read]);
        let mut headers = [httparse::EMPTY_HEADER; 64];
        let mut request = httparse::Request::new(&mut headers);
        match request.parse(&buffer) {
            Ok(httparse::Status::Complete(_)) => {
                let accepted = request
                    .headers
                    .iter()
                    .find(|header| header.name.eq_ignore_ascii_case("accept-encoding"))
                    .map(|header| String::from_utf8_lossy(header.value).to_ascii_lowercase())
                    .unwrap_or_default();
                break (request.method.unwrap_or("GET").to_string(), request.path.unwrap_or("/").to_string(), accepted);
            }
            Ok(httparse::Status::Partial) if buffer.len() < 64 * 1024 => continue,
            _ => {
                let _ = stream.write_all(&respond(400, "text/plain; charset=utf-8", b"bad request".to_vec()));
                return;
            }
        }
    };
    // `/cities/%E4%BC%8A/` names the same file as `/cities/伊/`, as on a static host.
    let raw_path = target.split(['?', '#']).next().unwrap_or("");
    let path = percent_encoding::percent_decode_str(raw_path).decode_utf8_lossy().to_string();
    let response = if path == SCRIPT_PATH {
        respond(200, "text/javascript; charset=utf-8", LIVE_RELOAD_JS.as_bytes().to_vec())
    } else if path == WAIT_PATH {
        let known = target.split_once("?v=").map(|(_, v)| v.to_string()).unwrap_or_default();
        respond(200, "application/json", wait_for_change(shared, &known).into_bytes())
    } else {
        let Ok(preview) = shared.0.lock() else { return };
        let (files, base, version) = (preview.files.clone(), preview.base.clone(), preview.version);
        drop(preview);
        site_file(&files, &base, &path, version, &accepted)
    };
    let response = if method == "HEAD" { head_only(response) } else { response };
    let _ = stream.write_all(&response);
}

/// A response without its body (for HEAD), keeping its headers and Content-Length.
fn head_only(mut response: Vec<u8>) -> Vec<u8> {
    if let Some(end) = response.windows(4).position(|window| window == b"\r\n\r\n") {
        response.truncate(end + 4);
    }
    response
}

/// Answers at once if the page knows an older version (or none), else when the next build ends.
fn wait_for_change(shared: &Shared, known: &str) -> String {
    let (lock, wake) = &**shared;
    let Ok(mut preview) = lock.lock() else { return "{}".to_string() };
    if known == preview.version.to_string() && preview.waiters < MOST_WAITERS {
        preview.waiters += 1;
        let deadline = Instant::now() + LONGEST_WAIT;
        while known == preview.version.to_string() {
            let left = deadline.saturating_duration_since(Instant::now());
            if left.is_zero() {
                break;
            }
            preview = match wake.wait_timeout(preview, left) {
                Ok((guard, _)) => guard,
                Err(_) => return "{}".to_string(),
            };
        }
        preview.waiters -= 1;
    }
    serde_json::json!({ "version": preview.version, "errors": preview.errors }).to_string()
}

/// A file of the site at a URL path, as a static host would serve it: folders give their
/// `index.html`, a folder without its slash is redirected, anything else is 404 with `404.html`
/// (and so is the offline worker).
fn site_file(files: &SiteFiles, base: &str, path: &str, version: u64, accepted: &str) -> Vec<u8> {
    let Some(within) = path.strip_prefix(base).or_else(|| (format!("{path}/") == base).then_some("")) else {
        return not_found(files, version);
    };
    let wanted =
        if within.is_empty() || within.ends_with('/') { format!("{within}index.html") } else { within.to_string() };
    // No offline worker in the preview: it would keep pages on the device while they are edited.
    if wanted == crate::publish::offline::WORKER_FILE {
        return not_found(files, version);
    }
    if let Some(bytes) = files.files.get(&wanted) {
        for (coding, suffix) in [("br", ".br"), ("gzip", ".gz")] {
            let accepts = accepted.split(',').any(|offer| offer.split(';').next().unwrap_or("").trim() == coding);
            if let Some(copy) = files.files.get(&format!("{wanted}{suffix}")).filter(|_| accepts) {
                return compressed_response(&wanted, copy, coding);
            }
        }
        return file_response(&wanted, bytes, version);
    }
    if files.files.contains_key(&format!("{within}/index.html")) {
        return response_with(301, "text/plain; charset=utf-8", &format!("Location: {path}/\r\n"), b"moved".to_vec());
    }
    not_found(files, version)
}

/// The site's 404 page, or, before the first good build, a page that waits for it.
fn not_found(files: &SiteFiles, version: u64) -> Vec<u8> {
    let not_built = || {
        html! {
            (DOCTYPE)
            html lang="ja" {
                head { meta charset="utf-8"; title { "tsunagu serve" } }
                body { main { h1 { "まだサイトを作れていません" } p { "内容の誤りを直して保存すると、このページが自動で再読み込みされます。" } } }
            }
        }
        .into_string()
        .into_bytes()
    };
    let page = files.files.get("404.html").cloned().unwrap_or_else(not_built);
    respond(404, "text/html; charset=utf-8", with_live_reload(&page, version))
}

fn file_response(name: &str, bytes: &[u8], version: u64) -> Vec<u8> {
    if name.ends_with(".html") {
        respond(200, "text/html; charset=utf-8", with_live_reload(bytes, version))
    } else {
        respond(200, &content_type(name), bytes.to_vec())
    }
}

/// The `Content-Type` a static host sends for a file of this name.
fn content_type(name: &str) -> String {
    let mime = mime_guess::from_path(Path::new(name)).first_or_octet_stream();
    if mime.type_() == mime_guess::mime::TEXT || name.ends_with(".js") || name.ends_with(".json") {
        format!("{mime}; charset=utf-8")
    } else {
        mime.to_string()
    }
}

/// A file's compressed copy, named by the type of the file it stands for.
fn compressed_response(name: &str, copy: &[u8], coding: &str) -> Vec<u8> {
    let extra = format!("Content-Encoding: {coding}\r\nVary: Accept-Encoding\r\n");
    response_with(200, &content_type(name), &extra, copy.to_vec())
}

/// A shared file's `.br` and `.gz` bytes, by its (hashed) name.
type CompressedCopies = HashMap<String, (Vec<u8>, Vec<u8>)>;

/// `files` with `.br` and `.gz` copies of its hashed shared files, each compressed once for the
/// life of the preview (a hashed name always means the same bytes).
fn with_compressed_shared_files(mut files: SiteFiles) -> SiteFiles {
    static COPIES: OnceLock<Mutex<CompressedCopies>> = OnceLock::new();
    let Ok(mut copies) = COPIES.get_or_init(Default::default).lock() else { return files };
    let shared: Vec<(String, Vec<u8>)> = files
        .files
        .iter()
        .filter(|(name, _)| !name.contains('/') && is_hashed(name) && is_compressible(name))
        .map(|(name, bytes)| (name.clone(), bytes.clone()))
        .collect();
    for (name, bytes) in shared {
        let (br, gz) = copies.entry(name.clone()).or_insert_with(|| (brotli(&bytes), gzip(&bytes)));
        files.files.insert(format!("{name}.br"), br.clone());
        files.files.insert(format!("{name}.gz"), gz.clone());
    }
    files
}

/// The page with the live-reload script (told the version it was served at) before `</body>`.
fn with_live_reload(html: &[u8], version: u64) -> Vec<u8> {
    let text = String::from_utf8_lossy(html);
    let tag = html! { script src={ (SCRIPT_PATH) "?v=" (version) } {} }.into_string();
    let at = text.rfind("</body>").unwrap_or(text.len());
    [&text[..at], &tag, &text[at..]].concat().into_bytes()
}

fn respond(status: u16, content_type: &str, body: Vec<u8>) -> Vec<u8> {
    response_with(status, content_type, "", body)
}

/// An HTTP/1.1 response that closes the connection; `extra` is more header lines.
fn response_with(status: u16, content_type: &str, extra: &str, body: Vec<u8>) -> Vec<u8> {
    let reason = match status {
        200 => "OK",
        301 => "Moved Permanently",
        400 => "Bad Request",
        _ => "Not Found",
    };
    let mut out = format!(
        "HTTP/1.1 {status} {reason}\r\nContent-Type: {content_type}\r\nContent-Length: {}\r\nCache-Control: no-store\r\nConnection: close\r\n{extra}\r\n",
        body.len()
    )
    .into_bytes();
    out.extend_from_slice(&body);
    out
}
