//! The published site, made natively exactly as `tsunagu build` makes it: every page carries
//! its content, facts, navigation and the data the WASM hydrates from, before any WASM runs.

use std::path::Path;
use std::sync::OnceLock;

#[path = "support/guide_page.rs"]
mod guide_page;
use guide_page::without_readings;

use tsunagu::content::{compile_site, CompiledSite, PageKind};
use tsunagu::publish::assets::SiteAssets;
use tsunagu::publish::document::{document, AppHtml, Canonical, Document, ScriptText};
use tsunagu::publish::{publish, SiteFiles};
use tsunagu::site::{page_id_for_path, Edition, PageFragment, PageScript, DATA_ELEMENT_ID};

fn bundled() -> &'static (CompiledSite, SiteFiles) {
    static BUILT: OnceLock<(CompiledSite, SiteFiles)> = OnceLock::new();
    BUILT.get_or_init(|| {
        let site = compile_site(Path::new("content"), "/").expect("the bundled content compiles");
        let files = publish(&site, &SiteAssets::bundled(None).expect("the bundled app is there")).expect("publishes");
        (site, files)
    })
}

fn page_html(files: &SiteFiles, id: &str) -> String {
    let path = if id.is_empty() { "index.html".to_string() } else { format!("{id}/index.html") };
    String::from_utf8(files.files.get(&path).unwrap_or_else(|| panic!("no {path}")).clone()).unwrap()
}

fn page_script(html: &str) -> PageScript {
    let open = format!("<script type=\"application/json\" id=\"{DATA_ELEMENT_ID}\">");
    let start = html.find(&open).expect("the page carries its data") + open.len();
    let end = start + html[start..].find("</script>").unwrap();
    serde_json::from_str(&html[start..end]).expect("the data is the contract's JSON")
}

#[test]
fn every_page_renders_its_title_body_and_responsible_section() {
    let (site, files) = bundled();
    for page in &site.pages {
        // Compared as written: the ふりがな's `<ruby>` taken out.
        let html = without_readings(&page_html(files, &page.id));
        assert!(html.contains(&format!(">{}</h1>", page.front.title)), "{}: no title heading", page.id);
        let start: String = page.html.chars().take(40).collect();
        assert!(html.contains(&format!("id=\"page-body\" class=\"prose\">{start}")), "{}: no body", page.id);
        if page.kind == PageKind::Window {
            // A window page's facts are part of its generated body.
            assert!(
                html.contains("<dt>所管</dt><dd>") && html.contains("<time datetime=\"20"),
                "{}: no facts",
                page.id
            );
        } else if page.kind != PageKind::Search {
            // (The search page has no 所管課: it is made from the whole site.)
            assert!(html.contains(&page.front.department), "{}: no 所管課", page.id);
            assert!(
                html.contains(&format!("<time datetime=\"{}\"", page.front.reviewed)),
                "{}: no review date",
                page.id
            );
        }
        assert!(!html.contains("ページが見つかりません"), "{}: rendered as not found", page.id);
    }
}

#[test]
fn every_page_carries_its_data_and_has_a_fragment_with_the_same_page_and_body() {
    let (site, files) = bundled();
    for page in &site.pages {
        let script = page_script(&page_html(files, &page.id));
        let data = script.page.unwrap_or_else(|| panic!("{}: no page data", page.id));
        assert_eq!(data.id, page.id);
        assert_eq!(data.title, page.front.title);
        assert_eq!(script.site.base, "/");
        let fragment_path = tsunagu::site::fragment_path(&page.id);
        let fragment: PageFragment = serde_json::from_slice(&files.files[&fragment_path]).unwrap();
        assert_eq!(fragment.page, data, "{}: the fragment and the page disagree", page.id);
        assert_eq!(
            without_readings(&fragment.body),
            page.html.as_str(),
            "{}: the fragment's body is the page's",
            page.id
        );
        assert!(page_html(files, &page.id).contains(&fragment.body), "{}: the fragment's body is in the page", page.id);
        assert_eq!(page_id_for_path("/", &data.url), Some(page.id.clone()), "{}: the URL names the page", page.id);
    }
}

#[test]
fn a_city_page_has_breadcrumbs_down_from_home() {
    let (_, files) = bundled();
    let html = page_html(files, "cities/izu/background");
    let trail = html.split("aria-label=\"現在位置\"").nth(1).expect("breadcrumbs are rendered");
    let home = trail.find(">ホーム<").expect("home crumb");
    let cities = trail.find(">市の計画<").expect("cities crumb");
    let current = trail.find("aria-current=\"page\">").expect("current crumb");
    assert!(home < cities && cities < current);
    assert!(html.contains("静岡県伊豆市の計画"));
}

#[test]
fn the_current_section_is_marked_in_the_navigation() {
    let (_, files) = bundled();
    let html = page_html(files, "programmes/outreach");
    assert!(html.contains(r#"<a href="/programmes/" aria-current="true">"#), "{html}");
    let html = page_html(files, "glossary");
    assert!(html.contains(r#"<a href="/glossary/" aria-current="page">"#), "{html}");
}

#[test]
fn the_not_found_page_carries_no_page_and_offers_the_sections() {
    let (_, files) = bundled();
    let html = String::from_utf8(files.files["404.html"].clone()).unwrap();
    assert!(html.contains(">ページが見つかりません</h1>"));
    assert!(html.contains("<title>ページが見つかりません｜"));
    assert!(html.contains(r#"<a href="/glossary/">"#));
    assert_eq!(page_script(&html).page, None);
}

#[test]
fn hostile_paths_name_no_page() {
    let (site, _) = bundled();
    for path in ["/no-such-page/", "/../../etc/passwd", "/programmes//outreach/", "/%3Cscript%3E/", &"/a".repeat(5000)]
    {
        let id = page_id_for_path("/", path);
        assert!(id.is_none_or(|id| site.page(&id).is_none()), "{path}");
    }
}

#[test]
fn the_document_escapes_its_title_and_description_and_keeps_its_data_inside_the_script() {
    let assets = SiteAssets::bundled(None).unwrap();
    let html = document(
        &Document {
            title: "題 & <題>",
            description: "説明 \"引用\"",
            data: ScriptText::json(r#"{"title":"</script><script>alert(1)</script> & <!--"}"#),
            app: AppHtml::from_leptos("<main>app</main>".to_string()),
            base: "/b/",
            site_name: "つなぐ",
            canonical: None,
            lang: "ja",
            edition: Edition::Japanese,
            alternates: Vec::new(),
        },
        &assets,
    );
    assert!(html.contains("<title>題 &amp; &lt;題&gt;</title>"), "{html}");
    assert!(html.contains("content=\"説明 &quot;引用&quot;\""), "{html}");
    assert!(html.contains("<body><main>app</main><p class=\"load-status\" id=\"load-status\""), "{html}");
    assert_eq!(html.matches("</script>").count(), 3, "only the page's own three scripts close: {html}");
    let open = format!("<script type=\"application/json\" id=\"{DATA_ELEMENT_ID}\">");
    let json = html.split_once(&open).and_then(|(_, rest)| rest.split_once("</script>")).unwrap().0;
    let value: serde_json::Value = serde_json::from_str(json).unwrap();
    assert_eq!(value["title"], "</script><script>alert(1)</script> & <!--", "the escapes read back as the text");
    assert!(html.contains(&format!("href=\"/b/{}\"", assets.styles[0].name)));
    assert!(!html.contains("canonical") && !html.contains("og:"), "no whole address without an origin: {html}");
}

#[test]
fn every_page_ends_its_body_with_the_app_s_load_status_hidden_in_its_edition_s_words() {
    let (_, files) = bundled();
    for (id, loading, failed) in [
        ("", "読み込んでいます…", "読み込めませんでした。通信を確かめて、もう一度押してください。"),
        ("easy", "よみこんで います…", "もういちど おして ください。"),
        ("en", "Loading…", "This could not be loaded. Check your connection and press again."),
    ] {
        let html = page_html(files, id);
        let body = html.split_once("<body>").unwrap().1.split_once("</body>").unwrap().0;
        let (app, status) = body
            .rsplit_once("<p class=\"load-status\" id=\"load-status\" role=\"status\" data-load-status>")
            .unwrap_or_else(|| panic!("{id}: no status"));
        assert!(!app.is_empty() && status.ends_with("</span></p>"), "{id}: the app, then the status last: {status}");
        assert!(status.contains(&format!("<span data-when=\"loading\" hidden>{loading}</span>")), "{id}: {status}");
        assert!(status.contains("<span data-when=\"failed\" hidden>") && status.contains(failed), "{id}: {status}");
    }
}

#[test]
fn the_head_links_print_styles_for_print_only_names_the_manifest_and_never_preloads_the_wasm() {
    let assets = SiteAssets::bundled(None).unwrap();
    let page = |canonical| {
        document(
            &Document {
                title: "題",
                description: "説明 & 要約",
                data: ScriptText::json("{}"),
                app: AppHtml::from_leptos("<main>app</main>".to_string()),
                base: "/b/",
                site_name: "つなぐ",
                canonical,
                lang: "ja",
                edition: Edition::Japanese,
                alternates: Vec::new(),
            },
            &assets,
        )
    };
    let html = page(Some(Canonical { origin: "https://www.city.example.jp", path: "/b/cities/izu/" }));
    let print = assets.styles.iter().find(|style| style.name.starts_with("print-")).unwrap();
    let main = assets.styles.iter().find(|style| style.name.starts_with("main-")).unwrap();
    assert!(html.contains(&format!("href=\"/b/{}\" media=\"print\"", print.name)), "{html}");
    assert!(html.contains(&format!("href=\"/b/{}\">", main.name)), "main.css is for every medium: {html}");
    assert!(!html.contains(&assets.wasm.name), "the page never names the WASM (no preload without JavaScript): {html}");
    assert!(String::from_utf8_lossy(&assets.start.bytes).contains(&assets.wasm.name), "the start script fetches it");
    assert!(html.contains("<link rel=\"manifest\" href=\"/b/manifest.webmanifest\">"), "{html}");
    assert!(html.contains(&format!("<link rel=\"apple-touch-icon\" href=\"/b/{}\">", assets.touch_icon.name)));
    assert!(html.contains("<link rel=\"canonical\" href=\"https://www.city.example.jp/b/cities/izu/\">"), "{html}");
    assert!(html.contains("<meta property=\"og:url\" content=\"https://www.city.example.jp/b/cities/izu/\">"));
    assert!(html.contains("<meta property=\"og:description\" content=\"説明 &amp; 要約\">"));
    assert!(html.contains(&format!(
        "<meta property=\"og:image\" content=\"https://www.city.example.jp/b/{}\">",
        assets.icon_512.name
    )));
}

#[test]
fn a_site_with_an_origin_gets_a_sitemap_with_every_page_and_a_robots_line_naming_it() {
    let assets = SiteAssets::bundled(None).unwrap();
    let fixture = compile_site(Path::new("tests/fixtures/content/valid"), "/fukushi/jusou/").unwrap();
    let origin = fixture.config.origin.clone().expect("the fixture site states its origin");
    let files = publish(&fixture, &assets).unwrap();
    let sitemap = String::from_utf8(files.files["sitemap.xml"].clone()).unwrap();
    let pages = files.files.keys().filter(|path| path.ends_with("index.html") && *path != "offline/index.html").count();
    assert_eq!(sitemap.matches("<url>").count(), pages, "every page but 404.html and the offline page: {sitemap}");
    assert!(!sitemap.contains("/offline/"), "{sitemap}");
    assert!(sitemap.contains(&format!("<loc>{origin}/fukushi/jusou/</loc>")), "{sitemap}");
    assert_eq!(sitemap.matches("<lastmod>").count(), pages);
    let robots = String::from_utf8(files.files["robots.txt"].clone()).unwrap();
    assert!(robots.contains(&format!("Sitemap: {origin}/fukushi/jusou/sitemap.xml")), "{robots}");
    let bundled = publish(&compile_site(Path::new("content"), "/").unwrap(), &assets).unwrap();
    assert!(!bundled.files.contains_key("sitemap.xml"), "the sample states no origin, so no whole URLs");
    let manifest: serde_json::Value = serde_json::from_slice(&bundled.files["manifest.webmanifest"]).unwrap();
    assert_eq!(manifest["start_url"], "/");
    for icon in manifest["icons"].as_array().unwrap() {
        let name = icon["src"].as_str().unwrap().trim_start_matches('/');
        assert!(bundled.files.contains_key(name), "the manifest's icon {name} is published");
    }
}

#[test]
fn two_sites_with_different_content_and_base_paths_get_the_same_wasm() {
    let assets = SiteAssets::bundled(None).unwrap();
    let bundled = compile_site(Path::new("content"), "/").unwrap();
    let fixture = compile_site(Path::new("tests/fixtures/content/valid"), "/fukushi/jusou/").unwrap();
    let (one, two) = (publish(&bundled, &assets).unwrap(), publish(&fixture, &assets).unwrap());
    let wasm_of = |files: &SiteFiles| -> Vec<(String, Vec<u8>)> {
        files
            .files
            .iter()
            .filter(|(name, _)| {
                ["tsunagu-web-", "tsunagu-guide-", "tsunagu-training-"].iter().any(|stem| name.starts_with(stem))
            })
            .map(|(n, b)| (n.clone(), b.clone()))
            .collect()
    };
    let (wasm_one, wasm_two) = (wasm_of(&one), wasm_of(&two));
    assert_eq!(
        wasm_one.len(),
        6,
        "the app's, the guide's and the course's WASM and loaders: {:?}",
        wasm_one.iter().map(|(n, _)| n).collect::<Vec<_>>()
    );
    assert_eq!(wasm_one, wasm_two, "same names, same bytes");
    assert_ne!(one.files.len(), two.files.len(), "the two sites really differ");
}

#[test]
fn the_offline_worker_keeps_the_guides_and_the_courses_page_modules_on_install_but_not_the_search_pages() {
    let (_, files) = bundled();
    let worker = String::from_utf8(files.files.get("sw.js").expect("the offline worker").clone()).unwrap();
    let data = worker.lines().next().and_then(|line| line.strip_prefix("const SITE = ")?.strip_suffix(';'));
    let data: serde_json::Value = serde_json::from_str(data.expect("the build's data line")).expect("JSON");
    let keep: Vec<&str> =
        data["keep"].as_array().expect("the kept files").iter().filter_map(|file| file.as_str()).collect();
    for (stem, kept) in [("tsunagu-guide-", 2), ("tsunagu-training-", 2), ("tsunagu-search-", 0)] {
        let found: Vec<&&str> = keep.iter().filter(|file| file.starts_with(&format!("/{stem}"))).collect();
        assert_eq!(found.len(), kept, "{stem}: {found:?}");
        assert!(found.iter().all(|file| files.files.contains_key(&file[1..])), "published: {found:?}");
    }
}

#[test]
fn a_page_in_two_languages_names_both_with_whole_addresses_only_when_the_origin_is_known() {
    let assets = SiteAssets::bundled(None).unwrap();
    let (_, without_origin) = bundled();
    let english = page_html(without_origin, "en/cities/izu");
    assert!(english.contains("<html lang=\"en\">"), "{english}");
    assert!(
        !english.contains("<link rel=\"alternate\" hreflang="),
        "no origin, no alternates: a relative hreflang is ignored by search engines"
    );
    let mut with_origin = compile_site(Path::new("content"), "/").unwrap();
    with_origin.config.origin = Some("https://www.city.example.jp".to_string());
    let files = publish(&with_origin, &assets).unwrap();
    let english = page_html(&files, "en/cities/izu");
    for (lang, path) in [("ja", "/cities/izu/"), ("en", "/en/cities/izu/"), ("x-default", "/cities/izu/")] {
        let link = format!("<link rel=\"alternate\" hreflang=\"{lang}\" href=\"https://www.city.example.jp{path}\">");
        assert!(english.contains(&link), "{link}");
    }
    let japanese = page_html(&files, "cities/izu");
    assert!(japanese.contains("hreflang=\"en\" href=\"https://www.city.example.jp/en/cities/izu/\""));
    assert!(
        !page_html(&files, "programmes/outreach").contains("<link rel=\"alternate\" hreflang="),
        "a page in one language has no alternates"
    );
}
