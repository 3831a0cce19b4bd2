//! Ready-made configuration for the hosts a city's web team uses, from the same policy the pages
//! carry (`policy`): `_headers` (Netlify, Cloudflare Pages) and `.nojekyll` (GitHub Pages, whose
//! Jekyll would skip `_fragments/`) are written into every build; `tsunagu host-config nginx`
//! prints a server block. Each sends the Content-Security-Policy with `frame-ancestors 'none'`,
//! `X-Content-Type-Options: nosniff` and `Referrer-Policy: no-referrer`, keeps the hashed files
//! (their names change when their bytes do) for a year, and has the pages revalidated.

use super::assets::SiteAssets;
use super::document::host_policy;

/// The headers every response gets.
pub fn security_headers() -> Vec<(&'static str, String)> {
    vec![
        ("Content-Security-Policy", host_policy()),
        ("X-Content-Type-Options", "nosniff".to_string()),
        ("Referrer-Policy", "no-referrer".to_string()),
    ]
}

/// Cache-Control for a file whose name holds its hash.
pub const IMMUTABLE: &str = "public, max-age=31536000, immutable";
/// Cache-Control for pages and fragments: always asked again (a 304 when unchanged).
pub const REVALIDATE: &str = "no-cache";

/// `_headers` for a site under `base`: the security headers on every path, a year's caching for
/// each hashed file by name and for everything in the search index's folder (`search/<hash>/`,
/// named by the hash of its contents) (hosts merge the headers of every rule that matches, so
/// the pages' `no-cache` is left to the hosts' default, which already revalidates).
pub fn headers_file(base: &str, assets: &SiteAssets, search_folder: &str) -> String {
    let mut out = String::from("# Written by tsunagu build: the headers Netlify and Cloudflare Pages send.\n");
    out.push_str(&format!("{base}*\n"));
    for (name, value) in security_headers() {
        out.push_str(&format!("  {name}: {value}\n"));
    }
    for asset in assets.files() {
        out.push_str(&format!("{base}{}\n  Cache-Control: {IMMUTABLE}\n", asset.name));
    }
    out.push_str(&format!("{base}{search_folder}*\n  Cache-Control: {IMMUTABLE}\n"));
    out
}

/// An nginx `server` block serving the built site. The site's folder must be at `<root><base>`
/// (for `--base /fukushi/jusou/`, put the build in `<root>/fukushi/jusou/`). The `.gz` copies
/// of `tsunagu build --precompress` are served to browsers that accept gzip, and the `.br`
/// copies too with `brotli_static` (nginx's brotli module, loaded by the host's nginx.conf).
pub fn nginx_server(root: &str, base: &str, listen: &str, brotli_static: bool) -> String {
    let headers = |cache: &str| {
        let mut lines: Vec<String> = security_headers()
            .into_iter()
            .map(|(name, value)| format!("        add_header {name} \"{value}\" always;"))
            .collect();
        lines.push(format!("        add_header Cache-Control \"{cache}\" always;"));
        lines.join("\n")
    };
    let escaped_base = base.replace('.', "\\.");
    format!(
        r#"# Written by `tsunagu host-config nginx`: serves a tsunagu site built for {base}.
server {{
    listen {listen};
    root {root};
    index index.html;
    charset utf-8;
    # `tsunagu build --precompress` writes file.gz and file.br beside each text file and the
    # WASM: send them with Content-Encoding to browsers that accept it (and Vary: Accept-Encoding).
    gzip_static on;
    gzip_vary on;
{brotli}
    # The WASM must be served as application/wasm (older mime.types lack it).
    types {{
        text/html html;
        text/css css;
        text/javascript js;
        application/json json;
        image/svg+xml svg;
        application/wasm wasm;
        text/csv csv;
        image/png png;
        application/manifest+json webmanifest;
        application/xml xml;
        text/plain txt;
    }}
    error_page 404 {base}404.html;

    location {base} {{
        try_files $uri $uri/ =404;
{page_headers}
    }}
    # Files whose names hold their hash, and the search index's folder, named by the hash of
    # everything in it: keep them a year.
    location ~ "^{escaped_base}[a-z0-9-]+-[0-9a-f]{{16}}(_bg)?\.(js|wasm|css|svg|png)$" {{
{hashed_headers}
    }}
    location ~ "^{escaped_base}search/[0-9a-f]{{16}}/" {{
{hashed_headers}
    }}
}}
"#,
        brotli = if brotli_static {
            "    brotli_static on;"
        } else {
            "    # brotli_static on;  # with nginx's brotli module (Debian: libnginx-mod-http-brotli-static)"
        },
        page_headers = headers(REVALIDATE),
        hashed_headers = headers(IMMUTABLE),
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_nginx_block_sends_the_policy_on_pages_and_hashed_files_and_serves_wasm_as_wasm() {
        let conf = nginx_server("/srv/www", "/fukushi/jusou/", "8080", false);
        assert!(conf.contains("location /fukushi/jusou/ {"));
        assert!(conf.contains("error_page 404 /fukushi/jusou/404.html;"));
        assert!(conf.contains("application/wasm wasm;"));
        assert!(conf.contains("gzip_static on;"), "precompressed copies are served");
        assert!(!conf.contains("\n    brotli_static on;"), "brotli only where the module is loaded");
        assert!(nginx_server("/srv/www", "/", "80", true).contains("\n    brotli_static on;"));
        assert_eq!(conf.matches("frame-ancestors 'none'").count(), 3, "{conf}");
        assert_eq!(conf.matches("X-Content-Type-Options").count(), 3);
        assert!(conf.contains(&format!("Cache-Control \"{IMMUTABLE}\"")));
        assert!(conf.contains(r#"location ~ "^/fukushi/jusou/search/[0-9a-f]{16}/" {"#), "{conf}");
    }
}
