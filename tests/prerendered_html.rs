//! The prerendered HTML of the real site, rendered natively exactly as the build does:
//! every page carries its content, facts and navigation before any WASM runs.

use tsunagu::prerender::{fill_template, render_route};
use tsunagu::site::{PageKind, SITE};

#[test]
fn every_page_renders_its_title_body_and_responsible_section() {
    for page in SITE.pages {
        let html = render_route(&SITE.url_of(page));
        assert!(html.contains(&format!(">{}</h1>", page.title)), "{}: no title heading", page.id);
        let body = tsunagu::site::PAGE_BODIES[page.index];
        let start: String = body.chars().take(40).collect();
        assert!(html.contains(&format!("id=\"page-body\" class=\"prose\">{start}")), "{}: no body", page.id);
        if page.kind == PageKind::Window {
            // A window page's facts are part of its generated body.
            assert!(
                html.contains("<dt>所管</dt><dd>") && html.contains("<time datetime=\"20"),
                "{}: no facts",
                page.id
            );
        } else {
            assert!(html.contains(page.department), "{}: no 所管課", page.id);
            assert!(html.contains(&format!("<time datetime=\"{}\"", page.reviewed)), "{}: no review date", page.id);
        }
        assert!(!html.contains("ページが見つかりません"), "{}: rendered as not found", page.id);
    }
}

#[test]
fn a_city_page_has_breadcrumbs_down_from_home() {
    let page = SITE.page("cities/izu/background").expect("the 伊豆市 background page exists");
    let html = render_route(&SITE.url_of(page));
    let trail = html.split("aria-label=\"現在位置\"").nth(1).expect("breadcrumbs are rendered");
    let home = trail.find(">ホーム<").expect("home crumb");
    let cities = trail.find(">市の計画<").expect("cities crumb");
    let current = trail.find(&format!("aria-current=\"page\">{}<", page.title)).expect("current crumb");
    assert!(home < cities && cities < current);
    assert!(html.contains("静岡県伊豆市の計画"));
}

#[test]
fn the_current_section_is_marked_in_the_navigation() {
    let html = render_route("/programmes/outreach/");
    assert!(html.contains(r#"<a href="/programmes/" aria-current="true">"#), "{html}");
    let html = render_route("/glossary/");
    assert!(html.contains(r#"<a href="/glossary/" aria-current="page">"#), "{html}");
}

#[test]
fn unknown_and_hostile_paths_render_the_not_found_page() {
    for path in [
        "/no-such-page/",
        "/404.html",
        "/../../etc/passwd",
        "/programmes//outreach/",
        "/%3Cscript%3E/",
        &"/a".repeat(5000),
    ] {
        let html = render_route(path);
        assert!(html.contains("ページが見つかりません"), "{path}");
    }
}

#[test]
fn page_for_path_accepts_the_forms_a_static_host_serves() {
    let outreach = SITE.page("programmes/outreach").unwrap();
    for path in [
        "/programmes/outreach/",
        "/programmes/outreach",
        "/programmes/outreach/index.html",
        "/programmes/outreach/?x=1#y",
    ] {
        assert_eq!(SITE.page_for_path(path), Some(outreach), "{path}");
    }
    assert_eq!(SITE.page_for_path("/"), Some(SITE.home()));
    assert_eq!(SITE.page_for_path("/no-such-page/"), None);
}

#[test]
fn template_gets_the_app_after_body_and_the_page_title() {
    let template = "<html><head><title>x</title></head><body class=\"a\"><script>loader</script></body></html>";
    let html = fill_template(template, "<main>app</main>", "題 & <題>", "説明 \"引用\"").unwrap();
    assert!(html.contains("<title>題 &amp; &lt;題&gt;</title>"), "{html}");
    assert!(html.contains("<body class=\"a\"><main>app</main><script>loader</script>"), "{html}");
    assert!(html.contains("content=\"説明 &quot;引用&quot;\""), "{html}");
}

#[test]
fn a_template_without_body_is_an_error_not_a_panic() {
    assert!(fill_template("<html><head><title>x</title></head></html>", "", "", "").is_err());
}
