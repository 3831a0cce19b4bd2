//! What other programs read about a site: `robots.txt` and `sitemap.xml` for search engines
//! (with each page's `reviewed` date as `lastmod`), and the web manifest phones read to put the
//! portal on a home screen. Addresses in the sitemap must be whole URLs, so it is written only
//! when `site.toml` gives the site's `origin`.

use maud::{html, Render};
use serde_json::json;

use super::assets::SiteAssets;
use super::icons::ICON_BACKGROUND;

/// The manifest's file name at the site's root (it changes with the site, so it is not hashed).
pub const MANIFEST_FILE: &str = "manifest.webmanifest";

/// One page as the sitemap lists it.
pub struct SitemapEntry {
    /// The page's path, base included (`/cities/izu/`).
    pub path: String,
    /// When its facts were last checked (`YYYY-MM-DD`).
    pub reviewed: String,
}

/// `robots.txt`: every page may be read; the sitemap's address when there is one. (Crawlers
/// read it only at a host's root: a site under a sub-folder gives its line to the host's own.)
pub fn robots_txt(origin: Option<&str>, base: &str) -> String {
    let mut out = String::from("# Written by tsunagu build.\nUser-agent: *\nAllow: /\n");
    if let Some(origin) = origin {
        out.push_str(&format!("Sitemap: {origin}{base}sitemap.xml\n"));
    }
    out
}

/// `sitemap.xml` (sitemaps.org 0.9), one `<url>` per page, escaped by the template.
pub fn sitemap_xml(origin: &str, entries: &[SitemapEntry]) -> String {
    let mut out = String::from("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n");
    html! {
        urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9" {
            @for entry in entries {
                "\n" url { loc { (origin) (entry.path) } lastmod { (entry.reviewed) } }
            }
            "\n"
        }
    }
    .render_to(&mut out);
    out.push('\n');
    out
}

/// The web manifest: the site's name, where it starts and what it covers (its base), and its
/// icons. `minimal-ui` keeps the browser's Back and address, which residents rely on.
pub fn web_manifest(title: &str, tagline: &str, base: &str, assets: &SiteAssets) -> String {
    let manifest = json!({
        "name": title,
        "short_name": title,
        "description": tagline,
        "lang": "ja",
        "start_url": base,
        "scope": base,
        "display": "minimal-ui",
        "background_color": "#ffffff",
        "theme_color": ICON_BACKGROUND,
        "icons": [
            { "src": format!("{base}{}", assets.icon_192.name), "sizes": "192x192", "type": "image/png" },
            { "src": format!("{base}{}", assets.icon_512.name), "sizes": "512x512", "type": "image/png" },
            { "src": format!("{base}{}", assets.icon.name), "sizes": "any", "type": "image/svg+xml" },
        ],
    });
    serde_json::to_string_pretty(&manifest).unwrap_or_default()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_sitemap_lists_whole_urls_with_their_dates_escaped() {
        let entries = [
            SitemapEntry { path: "/fukushi/".to_string(), reviewed: "2026-11-23".to_string() },
            SitemapEntry { path: "/fukushi/a&b/".to_string(), reviewed: "2026-01-02".to_string() },
        ];
        let xml = sitemap_xml("https://www.city.example.jp", &entries);
        assert!(xml.starts_with("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<urlset xmlns=\"http://www.sitemaps.org/schemas/sitemap/0.9\">"));
        assert!(xml.contains("<url><loc>https://www.city.example.jp/fukushi/</loc><lastmod>2026-11-23</lastmod></url>"));
        assert!(xml.contains("<loc>https://www.city.example.jp/fukushi/a&amp;b/</loc>"));
        assert_eq!(xml.matches("<url>").count(), 2);
    }

    #[test]
    fn robots_names_the_sitemap_only_when_there_is_one() {
        assert!(!robots_txt(None, "/").contains("Sitemap"));
        assert!(
            robots_txt(Some("https://x.example.jp"), "/a/").contains("Sitemap: https://x.example.jp/a/sitemap.xml\n")
        );
    }
}
