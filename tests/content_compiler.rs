//! The content compiler against fixture folders: a valid site, and one broken site per
//! error an author can make, each asserting the exact message (file, line, what, how to fix).

use std::path::Path;

use tsunagu::content::new_city::{scaffold_city_on, EXAMPLE_WINDOW};
use tsunagu::content::offline::{kept_offline, OFFLINE_PAGE_ID};
use tsunagu::content::{compile_site, compile_tree, ContentError, ContentTree};
use tsunagu::site::Edition;

const FIXTURES: &str = "tests/fixtures/content";

/// The valid fixture's programme pages, which every window page links to: laid under each broken
/// fixture as tsunagu's national layer is laid under a city's folder, so that a fixture with
/// windows shows its own mistake only. (`generated-dead-link` is compiled without them.)
fn programme_pages() -> ContentTree {
    let folder = Path::new(FIXTURES).join("valid");
    let mut layer = ContentTree::new(&folder.display().to_string());
    for entry in std::fs::read_dir(folder.join("programmes")).unwrap() {
        let path = entry.unwrap().path();
        let name = path.file_name().unwrap().to_string_lossy().to_string();
        layer.insert(&format!("programmes/{name}"), std::fs::read(&path).unwrap());
    }
    layer
}

fn errors_of(case: &str) -> Vec<ContentError> {
    let dir = Path::new(FIXTURES).join("broken").join(case);
    let own = match ContentTree::read_dir(&dir) {
        Ok(tree) => tree,
        Err(errors) => return errors.0,
    };
    let tree = if case == "generated-dead-link" { own } else { programme_pages().overlay(&own) };
    match compile_tree(&tree, "/") {
        Ok(_) => panic!("the broken fixture `{case}` compiled without errors"),
        Err(errors) => errors.0,
    }
}

/// Asserts that the fixture fails with exactly one error whose first line is `expected`.
fn assert_single_error(case: &str, expected_first_line: &str) -> ContentError {
    let errors = errors_of(case);
    assert_eq!(errors.len(), 1, "expected one error for `{case}`, got: {errors:#?}");
    let text = errors[0].to_string();
    let first_line = text.lines().next().unwrap_or_default();
    assert_eq!(first_line, expected_first_line.replace("{dir}", &format!("{FIXTURES}/broken/{case}")));
    assert!(text.contains("\n  help: "), "the error must say how to fix it: {text}");
    errors[0].clone()
}

#[test]
fn valid_site_compiles_with_every_page_and_its_parent() {
    let site = compile_site(&Path::new(FIXTURES).join("valid"), "/").expect("valid fixture compiles");
    let ids: Vec<&str> = site.pages.iter().map(|page| page.id.as_str()).collect();
    assert_eq!(
        ids,
        [
            "",
            "cities",
            "cities/testcity",
            "cities/testcity/guides",
            "cities/testcity/guides/resident",
            "cities/testcity/guides/resident/map",
            "cities/testcity/indicators",
            "cities/testcity/plan",
            "cities/testcity/windows",
            "cities/testcity/windows/fukushi-madoguchi",
            "cities/testcity/windows/kita-houkatsu",
            "cities/testcity/windows/kosodate-hiroba",
            "compare",
            "en/cities/testcity/windows",
            "en/cities/testcity/windows/fukushi-madoguchi",
            "en/cities/testcity/windows/kita-houkatsu",
            "en/cities/testcity/windows/kosodate-hiroba",
            "glossary",
            "guide",
            "guide/first",
            "guide/second",
            "offline",
            "programmes",
            "programmes/community-building",
            "programmes/comprehensive-consultation",
            "programmes/multi-agency",
            "programmes/outreach",
            "programmes/participation-support",
            "programmes/support-plan",
            "search",
            "windows",
        ],
        "home first, then by id"
    );
    assert_eq!(site.page("guide/second").unwrap().parent.as_deref(), Some("guide"));
    assert_eq!(site.page("guide").unwrap().parent.as_deref(), Some(""));
    assert_eq!(site.page("").unwrap().parent, None);
    assert_eq!(site.page("cities/testcity").unwrap().front.scope, "testcity");
}

#[test]
fn the_offline_page_lists_every_page_a_device_keeps_and_no_other() {
    let site = compile_site(&Path::new(FIXTURES).join("valid"), "/b/").unwrap();
    let offline = site.page(OFFLINE_PAGE_ID).unwrap();
    let kept: Vec<&str> = site
        .pages
        .iter()
        .filter(|page| kept_offline(page) && page.id != OFFLINE_PAGE_ID)
        .map(|page| page.id.as_str())
        .collect();
    assert!(kept.contains(&"cities/testcity/guides/resident") && kept.contains(&"windows"), "{kept:?}");
    for id in &kept {
        let url = if id.is_empty() { "/b/".to_string() } else { format!("/b/{id}/") };
        assert!(offline.html.contains(&format!("href=\"{url}\"")), "{id} is listed: {}", offline.html);
    }
    // A page in another language is listed as `<li lang="en">`.
    let listed = offline.html.matches("<li>").count() + offline.html.matches("<li lang=").count();
    assert_eq!(listed, kept.len(), "nothing else is listed");
    assert!(offline.html.contains("href=\"tel:110\""), "the emergency numbers can be tapped");
}

#[test]
fn internal_links_become_site_urls_under_the_base_path() {
    let site = compile_site(&Path::new(FIXTURES).join("valid"), "/fukushi/jusou/").unwrap();
    let home = site.page("").unwrap();
    assert!(home.html.contains(r#"<a href="/fukushi/jusou/glossary/">用語集</a>"#), "{}", home.html);
    assert!(home.html.contains(r#"<a href="/fukushi/jusou/glossary/#term-8050">8050問題</a>"#), "{}", home.html);
}

#[test]
fn repeated_japanese_headings_get_distinct_ids() {
    let site = compile_site(&Path::new(FIXTURES).join("valid"), "/").unwrap();
    let guide = site.page("guide").unwrap();
    let ids: Vec<&str> = guide.headings.iter().map(|heading| heading.id.as_str()).collect();
    assert_eq!(ids, ["概要", "概要-2"]);
}

#[test]
fn missing_front_matter_field_names_the_field_and_an_example() {
    let error = assert_single_error(
        "missing-field",
        "{dir}/guide/index.md:1: error: the front matter is missing the required field `summary`",
    );
    assert!(error.hint.contains("summary = "), "{error}");
}

#[test]
fn unclosed_front_matter_says_where_it_opened() {
    assert_single_error(
        "unclosed-front-matter",
        "{dir}/guide/index.md:1: error: the front matter opened with `+++` on line 1 is never closed",
    );
}

#[test]
fn malformed_toml_points_at_its_line_and_column() {
    let error = assert_single_error(
        "malformed-toml",
        "{dir}/guide/index.md:3:14: error: the front matter is not valid TOML: invalid basic string, expected `\"`",
    );
    assert_eq!(error.line, Some(3));
}

#[test]
fn link_to_a_missing_page_names_the_link_and_its_line() {
    assert_single_error(
        "broken-link",
        "{dir}/guide/index.md:12: error: the link `@programmes/nope` points to a page that does not exist",
    );
}

#[test]
fn link_to_a_missing_heading_lists_the_headings_that_exist() {
    let error = assert_single_error(
        "missing-heading",
        "{dir}/guide/index.md:11: error: the link to `#no-such-heading` points to a heading that `guide` does not have",
    );
    assert!(error.hint.contains("#案内"), "{error}");
}

#[test]
fn duplicate_page_id_names_both_files() {
    assert_single_error(
        "duplicate-id",
        "{dir}/guide.md: error: the page id `guide` is already used by {dir}/guide/index.md",
    );
}

#[test]
fn unknown_city_lists_the_declared_cities() {
    let error = assert_single_error(
        "unknown-city",
        "{dir}/guide/index.md:4: error: `scope = \"atlantis\"` names a city that site.toml does not declare",
    );
    assert!(error.hint.contains("testcity"), "{error}");
}

#[test]
fn raw_html_is_refused_with_its_line() {
    assert_single_error(
        "raw-html",
        "{dir}/guide/index.md:11: error: raw HTML `<script>alert(1)</script>` is not allowed in content",
    );
}

#[test]
fn level_one_heading_in_the_body_is_refused() {
    assert_single_error("h1-in-body", "{dir}/guide/index.md:9: error: a level-1 heading (`# …`) is in the page body");
}

#[test]
fn page_without_a_parent_page_is_refused() {
    assert_single_error(
        "missing-parent",
        "{dir}/orphans/lost.md: error: the page `orphans/lost` has no parent page `orphans`",
    );
}

#[test]
fn non_ascii_file_name_is_refused() {
    assert_single_error(
        "bad-file-name",
        "{dir}/guide/相談.md: error: the file or folder name `相談` cannot be part of a page id",
    );
}

#[test]
fn footnote_without_definition_is_refused() {
    assert_single_error("missing-footnote", "{dir}/guide/index.md:11: error: the footnote `[^nope]` has no definition");
}

#[test]
fn file_style_link_is_refused_with_the_id_syntax_as_hint() {
    let error = assert_single_error(
        "file-style-link",
        "{dir}/guide/index.md:11: error: the link `overview.md` is neither a page id nor a full URL",
    );
    assert!(error.hint.contains("@programmes/participation-support"), "{error}");
}

#[test]
fn navigation_entry_for_a_missing_page_points_at_site_toml() {
    assert_single_error(
        "nav-to-missing-page",
        "{dir}/site.toml:5: error: the navigation names the page `about`, which does not exist",
    );
}

#[test]
fn missing_content_folder_is_a_clear_error_not_a_panic() {
    let errors = compile_site(Path::new("tests/fixtures/content/no-such-folder"), "/").unwrap_err();
    assert_eq!(errors.0.len(), 1, "{errors}");
    assert_eq!(errors.0[0].file, "tests/fixtures/content/no-such-folder");
    assert!(errors.0[0].message.starts_with("the content folder could not be read"), "{}", errors);
    assert!(errors.0[0].hint.contains("site.toml"), "{}", errors);
}

#[test]
fn every_error_is_reported_together_in_file_order() {
    let errors = errors_of("several-errors");
    let lines: Vec<Option<usize>> = errors.iter().map(|error| error.line).collect();
    assert_eq!(lines, [Some(8), Some(10)], "{errors:#?}");
    assert!(errors[0].message.contains("level-1 heading") && errors[1].message.contains("@nowhere"));
    let report = tsunagu::content::ContentErrors(errors).to_string();
    assert!(report.ends_with("2 content error(s): the site was not built."), "{report}");
}

#[test]
fn the_bundled_content_compiles() {
    let site = compile_site(Path::new("content"), "/").unwrap_or_else(|errors| panic!("{errors}"));
    assert!(site.page("glossary").is_some() && site.page("cities/izu").is_some());
}

#[test]
fn table_header_cell_without_text_is_refused() {
    assert_single_error("empty-table-header", "{dir}/guide/index.md:10: error: a table has a header cell with no text");
}

// ---- windows.toml and indicators.toml ----

#[test]
fn duplicate_window_id_points_at_the_second_one() {
    assert_single_error(
        "window-duplicate-id",
        "{dir}/cities/testcity/windows.toml:15: error: the window id `madoguchi` is used twice in this file",
    );
}

#[test]
fn window_in_an_undeclared_area_lists_the_declared_ones() {
    let error = assert_single_error(
        "window-unknown-area",
        "{dir}/cities/testcity/windows.toml:11: error: the area `minami` is not declared in this file",
    );
    assert!(error.hint.contains("kita"), "{error}");
}

#[test]
fn programme_number_outside_one_to_six_is_refused() {
    let error = assert_single_error(
        "window-unknown-programme",
        "{dir}/cities/testcity/windows.toml:11: error: `programme = 7` is not one of the six programmes",
    );
    assert!(error.hint.contains("第106条の4第2項"), "{error}");
}

#[test]
fn missing_window_field_is_named() {
    let error = errors_of("window-missing-field");
    assert_eq!(error.len(), 1, "{error:#?}");
    assert!(error[0].message.contains("missing field `department`"), "{}", error[0]);
    assert_eq!(error[0].line, Some(1), "{}", error[0]);
}

#[test]
fn a_bad_field_in_windows_toml_is_the_one_error_not_the_first_of_many_follow_ons() {
    // The city's page links two window pages, the directory and a guide: all unmade while
    // windows.toml has an error, so the error at its field is all the author sees.
    let error = errors_of("window-bad-field-no-follow-ons");
    assert_eq!(error.len(), 1, "{error:#?}");
    assert!(error[0].file.ends_with("cities/testcity/windows.toml"), "{}", error[0]);
    assert_eq!(error[0].line, Some(18), "{}", error[0]);
    assert!(error[0].message.contains("invalid type: integer `5`, expected a string"), "{}", error[0]);
}

#[test]
fn a_generated_page_linking_a_page_the_site_lacks_is_refused_once_naming_its_data_file() {
    // The window's row names programme 1, so its page links to the programme's page; this
    // whole site (no national layer) has none. Its directory and window pages also link the
    // city's page and the directory, which exist.
    let error = assert_single_error(
        "generated-dead-link",
        "{dir}/cities/testcity/windows.toml: error: a page made from this file (`cities/testcity/windows/madoguchi`) links to the page `programmes/comprehensive-consultation`, which the site does not have",
    );
    assert!(error.hint.contains("content/programmes/comprehensive-consultation.md"), "{error}");
    assert!(error.hint.contains("national_layer = false"), "{error}");
}

#[test]
fn malformed_phone_number_is_refused_with_an_example() {
    let error = assert_single_error(
        "window-bad-phone",
        "{dir}/cities/testcity/windows.toml:9: error: `03-1234-567` is not a usable phone number",
    );
    assert!(error.hint.contains("03-3488-0313"), "{error}");
}

#[test]
fn malformed_official_page_address_is_refused_at_its_line() {
    let error = assert_single_error(
        "window-bad-url",
        "{dir}/cities/testcity/windows.toml:9: error: `www.city.example.jp/fukushi/` is not a usable web address",
    );
    assert!(error.hint.contains("https://"), "{error}");
}

#[test]
fn a_map_link_that_is_not_a_web_address_is_refused_at_its_line() {
    let error = assert_single_error(
        "window-bad-map-url",
        "{dir}/cities/testcity/windows.toml:10: error: `geo:35.0,139.0` is not a usable map address",
    );
    assert!(error.hint.contains("https://"), "{error}");
}

#[test]
fn date_written_as_text_is_refused_at_its_line() {
    let error = errors_of("window-bad-date");
    assert_eq!(error.len(), 1, "{error:#?}");
    assert_eq!(error[0].line, Some(7), "{}", error[0]);
    assert!(error[0].message.contains("the windows file is not valid"), "{}", error[0]);
}

#[test]
fn unknown_audience_lists_the_known_ones() {
    let error = assert_single_error(
        "window-unknown-audience",
        "{dir}/cities/testcity/windows.toml:5: error: the audience `seniors` is not one the portal knows",
    );
    assert!(error.hint.contains("elderly (高齢)"), "{error}");
}

#[test]
fn window_without_plan_rows_is_refused() {
    assert_single_error(
        "window-without-roles",
        "{dir}/cities/testcity/windows.toml:2: error: the window `madoguchi` has no [[windows.roles]]",
    );
}

#[test]
fn operation_without_a_known_way_is_refused() {
    assert_single_error(
        "window-unknown-operation",
        "{dir}/cities/testcity/windows.toml:12: error: the 運営方法 `外注` names no known way of running a window",
    );
}

#[test]
fn indicator_needs_one_target_per_year() {
    assert_single_error(
        "indicators-target-count",
        "{dir}/cities/testcity/indicators.toml:8: error: the indicator `renkei` has 1 targets for 2 years",
    );
}

#[test]
fn windows_of_a_city_site_toml_does_not_declare_are_refused() {
    assert_single_error(
        "windows-of-undeclared-city",
        "{dir}/cities/nocity/windows.toml: error: the folder `cities/nocity` has windows data but site.toml declares no city `nocity`",
    );
}

#[test]
fn markdown_page_cannot_take_a_generated_page_id() {
    assert_single_error(
        "generated-page-clash",
        "{dir}/cities/testcity/windows.md: error: the page id `cities/testcity/windows` is made from {dir}/cities/testcity/windows.toml and cannot also be a Markdown page",
    );
}

#[test]
fn windows_become_a_directory_window_pages_and_open_data() {
    let site = compile_site(&Path::new(FIXTURES).join("valid"), "/").unwrap();
    let directory = site.page("cities/testcity/windows").expect("the city's directory page");
    assert_eq!(directory.parent.as_deref(), Some("cities/testcity"));
    assert!(
        directory.html.contains(r#"data-audiences="elderly" data-programmes="1 2" data-areas="kita""#),
        "{}",
        directory.html
    );
    assert!(directory.html.contains("子育てひろば&lt;b&gt;"), "names are escaped: {}", directory.html);
    let window = site.page("cities/testcity/windows/kita-houkatsu").expect("a window page");
    assert!(window.html.contains(r#"<a class="tel" href="tel:+81-3-1234-5678">03-1234-5678</a>"#), "{}", window.html);
    assert!(window.html.contains("試験会"), "the operator is shown");
    assert_eq!(window.front.department, "試験市 長寿課");
    let no_phone = site.page("cities/testcity/windows/fukushi-madoguchi").unwrap();
    assert!(
        no_phone.html.contains("電話番号は、試験市の代表電話か公式ウェブサイトで、<strong>福祉課</strong>（所管課）の番号を確かめてください。"),
        "{}",
        no_phone.html
    );
    let all = site.page("windows").unwrap();
    assert_eq!(all.html.matches("<li class=\"window-card\"").count(), 3, "{}", all.html);
    let compare = site.page("compare").unwrap();
    assert!(compare.html.contains("<td>1件（委託1）</td>"), "the programme 1 row is counted: {}", compare.html);
    assert!(compare.html.contains("<td>1件（直営1・委託1）</td>"), "「直営 + 委託」 counts for both: {}", compare.html);
    assert!(compare.html.contains("<td>計画の表になし</td>"), "programme 4 has no rows: {}", compare.html);
    let indicators = site.page("cities/testcity/indicators").unwrap();
    assert!(indicators.html.contains("<svg") && indicators.html.contains("aria-describedby=\"indicator-chart-desc\""));
    let files = tsunagu::content::windows::open_data::open_data_files(&site.config, &site.windows);
    let csv = &files[1].1;
    assert_eq!(csv.lines().count(), 1 + 4, "a header and one line per plan row: {csv}");
}

#[test]
fn a_window_s_contact_shows_on_its_page_its_directory_card_and_its_guide_card() {
    let site = compile_site(&Path::new(FIXTURES).join("valid"), "/").unwrap();
    let tel = r#"<a class="tel" href="tel:+81-3-1234-5678">03-1234-5678</a>"#;
    let map =
        r#"<a class="map-link" href="https://map.example.jp/?q=kita-houkatsu" rel="external noreferrer">地図を開く"#;
    let official = r#"<a href="https://www.city.example.jp/fukushi/kita-houkatsu/" rel="external">公式ページ"#;
    for id in ["cities/testcity/windows/kita-houkatsu", "cities/testcity/windows", "cities/testcity/guides/resident"] {
        let html = &site.page(id).unwrap().html;
        for (what, expected) in [
            ("the tap-to-call link", tel),
            ("the hours", "平日 8:30～17:15"),
            ("the address with its postal code", "〒123-4567 試験市北町1-2-3 北地区保健センター1階"),
            ("the map link", map),
            ("the official page", official),
            ("the official page's host", "（www.city.example.jp）"),
        ] {
            assert!(html.contains(expected), "{id} shows {what}: {html}");
        }
    }
    let guide = &site.page("cities/testcity/guides/resident").unwrap().html;
    assert!(
        guide.contains("電話番号は、試験市の代表電話か公式ウェブサイトで、<strong>福祉課</strong>（所管課）の番号を確かめてください。"),
        "a window without a number says where to find it: {guide}"
    );
}

#[test]
fn contact_fields_go_into_the_hsds_export_as_phone_schedule_and_address() {
    let site = compile_site(&Path::new(FIXTURES).join("valid"), "/").unwrap();
    let files = tsunagu::content::windows::open_data::open_data_files(&site.config, &site.windows);
    let services: serde_json::Value = serde_json::from_str(&files[0].1).unwrap();
    let service = services
        .as_array()
        .unwrap()
        .iter()
        .find(|service| service["alternate_name"] == "testcity/window/kita-houkatsu")
        .expect("the window with every contact field");
    assert_eq!(service["phones"][0]["number"], "03-1234-5678");
    assert_eq!(service["phones"][0]["type"], "voice");
    assert_eq!(service["schedules"][0]["description"], "平日 8:30～17:15");
    assert_eq!(service["url"], "https://www.city.example.jp/fukushi/kita-houkatsu/");
    let location = &service["service_at_locations"][0]["location"];
    assert_eq!(location["location_type"], "physical");
    assert_eq!(location["phones"][0]["number"], "03-1234-5678");
    let address = &location["addresss"][0];
    assert_eq!(address["address_1"], "試験市北町1-2-3 北地区保健センター1階");
    assert_eq!(address["postal_code"], "123-4567");
    assert_eq!(address["city"], "試験市");
    assert_eq!(address["state_province"], "試験県");
    assert_eq!(address["country"], "JP");
    assert_eq!(address["address_type"], "physical");
    assert_eq!(address["location_id"], location["id"]);
    let bare = services
        .as_array()
        .unwrap()
        .iter()
        .find(|service| service["alternate_name"] == "testcity/window/fukushi-madoguchi")
        .unwrap();
    for field in ["phones", "schedules", "service_at_locations", "url"] {
        let empty = bare.get(field).is_none_or(|value| value.as_array().is_some_and(Vec::is_empty));
        assert!(empty, "a window without contact data exports no {field}: {bare}");
    }
    let csv = &files[1].1;
    let header: Vec<&str> = csv.trim_start_matches('\u{feff}').lines().next().unwrap().split(',').collect();
    let row = csv.lines().find(|line| line.contains("kita-houkatsu")).unwrap();
    for (column, value) in [("郵便番号", "123-4567"), ("地図", "https://map.example.jp/?q=kita-houkatsu")] {
        assert!(header.contains(&column), "the CSV has the column {column}: {header:?}");
        assert!(row.contains(value), "the CSV row carries {value}: {row}");
    }
}

// ---- guide flows (cities/<city>/guides/<flow>.toml) ----

#[test]
fn valid_guide_flow_is_read_with_its_paths_and_coverage() {
    let site = compile_site(&Path::new(FIXTURES).join("valid"), "/").unwrap();
    let flow = site.flows.iter().find(|flow| flow.flow.id == "resident").expect("the resident flow");
    // danger yes (1); danger no → trouble: 7 combinations of care/child/other, none, unknown;
    // the 4 with two or more fields end at once, the other 5 ask the area (3 answers each).
    assert_eq!(flow.paths, 1 + 4 + 5 * 3);
    assert_eq!(flow.reached_windows.len(), 3);
    assert_eq!(flow.coverage_percent(3), 100.0);
}

#[test]
fn route_to_a_missing_node_is_refused() {
    assert_single_error(
        "guide-missing-next",
        "{dir}/cities/testcity/guides/resident.toml:28: error: the route goes to `areas`, which is neither a question nor an outcome",
    );
}

#[test]
fn outcome_naming_an_unknown_window_is_refused() {
    assert_single_error(
        "guide-unknown-window",
        "{dir}/cities/testcity/guides/resident.toml:65: error: the window `kosodate-center` is not in the city's windows.toml",
    );
}

#[test]
fn a_flow_that_loops_is_refused() {
    assert_single_error(
        "guide-cycle",
        "{dir}/cities/testcity/guides/resident.toml:17: error: the flow can come back to the question `trouble`",
    );
}

#[test]
fn answers_without_a_route_are_a_dead_end() {
    let error = assert_single_error(
        "guide-dead-end",
        "{dir}/cities/testcity/guides/resident.toml:17: error: some answers to `trouble` have no route: the guide would stop there",
    );
    assert!(error.hint.contains("no `when`"), "{error}");
}

#[test]
fn an_outcome_no_answers_reach_is_refused() {
    assert_single_error(
        "guide-unreachable-outcome",
        "{dir}/cities/testcity/guides/resident.toml:76: error: no answers lead to the outcome `forgotten`",
    );
}

#[test]
fn a_question_needs_two_options() {
    assert_single_error(
        "guide-one-option",
        "{dir}/cities/testcity/guides/resident.toml:33: error: the question `area` has fewer than two options",
    );
}

#[test]
fn every_window_must_be_reachable_or_explained() {
    let error = assert_single_error(
        "guide-window-not-reached",
        "{dir}/cities/testcity/guides/resident.toml: error: no path of the guide leads to these windows: kosodate-hiroba",
    );
    assert!(error.hint.contains("[[not_offered]]"), "{error}");
}

#[test]
fn a_condition_on_an_option_the_question_lacks_is_refused() {
    assert_single_error(
        "guide-unknown-condition-option",
        "{dir}/cities/testcity/guides/resident.toml:65: error: the condition names the option `children`, which `trouble` does not offer",
    );
}

#[test]
fn every_path_must_end_with_a_first_window() {
    assert_single_error(
        "guide-no-first-window",
        "{dir}/cities/testcity/guides/resident.toml:56: error: the outcome `first-window` names no first window for the answers `?area=kita&danger=no&trouble=none`",
    );
}

#[test]
fn guide_wording_joins_national_and_city_prose_by_id() {
    let site = compile_site(&Path::new(FIXTURES).join("valid"), "/").unwrap();
    let flow = site.flows.iter().find(|flow| flow.flow.id == "resident").unwrap();
    assert_eq!(flow.prose["danger"].title, "今すぐ助けが必要ですか", "national wording");
    assert_eq!(flow.prose["first-window"].title, "試験市では、まず福祉総合相談窓口へ", "the city's wording wins");
    let area_labels: Vec<&str> = flow.prose["area"].options.iter().map(|(_, label)| label.as_str()).collect();
    assert_eq!(area_labels, ["北地区", "南地区"], "area options take the areas' names");
    assert!(flow.prose["several-fields"].html.as_str().contains(r#"href="/cities/testcity/windows/""#));
}

#[test]
fn a_question_without_wording_is_refused() {
    let error = assert_single_error(
        "guide-missing-prose",
        "{dir}/cities/testcity/guides/resident.toml:31: error: `area` has no wording",
    );
    assert!(error.hint.contains("resident.prose.md"), "{error}");
}

#[test]
fn an_option_without_a_label_is_refused() {
    assert_single_error(
        "guide-missing-label",
        "{dir}/guides/resident.prose.md:11: error: the option `other` of `trouble` has no label",
    );
}

#[test]
fn a_broken_link_in_guide_prose_is_refused() {
    assert_single_error(
        "guide-prose-broken-link",
        "{dir}/guides/resident.prose.md:25: error: the link `@cities/testcity/madoguchi` points to a page that does not exist",
    );
}

#[test]
fn a_guide_without_an_introduction_is_refused() {
    let error = assert_single_error(
        "guide-missing-intro",
        "{dir}/cities/testcity/guides/resident.toml:1: error: `intro` has no wording",
    );
    assert!(error.hint.contains("{#intro}"), "{error}");
}

#[test]
fn a_question_id_the_guide_keeps_for_itself_is_refused() {
    assert_single_error(
        "guide-reserved-id",
        "{dir}/cities/testcity/guides/resident.toml:17: error: the id `at` is kept for the guide itself",
    );
}

#[test]
fn a_quick_exit_that_is_not_an_https_address_is_refused() {
    assert_single_error(
        "site-bad-exit-url",
        "{dir}/site.toml:5: error: `quick_exit_url = \"javascript:alert(1)\"` is not a usable address",
    );
}

// ---- reading errors: a file that is there but cannot be read stops the build with its path ----

/// Asserts that the fixture fails with one error: `file` is not UTF-8 text, at its first bad byte.
fn assert_not_utf8(case: &str, file: &str, line: usize) {
    let error = assert_single_error(
        case,
        &format!("{{dir}}/{file}:{line}: error: the file is not UTF-8 text (its first byte that is not UTF-8 is on this line)"),
    );
    assert!(error.hint.starts_with("Save it as UTF-8"), "{error}");
}

#[test]
fn a_site_toml_that_is_not_utf8_is_named() {
    assert_not_utf8("not-utf8-site-toml", "site.toml", 2);
}

#[test]
fn a_windows_file_that_is_not_utf8_is_named() {
    assert_not_utf8("not-utf8-windows", "cities/testcity/windows.toml", 4);
}

#[test]
fn an_indicators_file_that_is_not_utf8_is_named() {
    assert_not_utf8("not-utf8-indicators", "cities/testcity/indicators.toml", 1);
}

#[test]
fn a_page_that_is_not_utf8_is_named() {
    assert_not_utf8("not-utf8-page", "guide/first.md", 2);
}

#[test]
fn a_guide_flow_that_is_not_utf8_is_named() {
    assert_not_utf8("not-utf8-flow", "cities/testcity/guides/resident.toml", 1);
}

#[test]
fn guide_wording_that_is_not_utf8_is_named() {
    assert_not_utf8("not-utf8-prose", "guides/resident.prose.md", 1);
}

/// A copy of the valid fixture in a fresh temporary folder, for cases git cannot hold (links).
#[cfg(unix)]
fn temporary_copy_of_valid(name: &str) -> std::path::PathBuf {
    fn copy(from: &Path, to: &Path) {
        std::fs::create_dir_all(to).unwrap();
        for entry in std::fs::read_dir(from).unwrap() {
            let entry = entry.unwrap();
            let target = to.join(entry.file_name());
            if entry.file_type().unwrap().is_dir() {
                copy(&entry.path(), &target);
            } else {
                std::fs::copy(entry.path(), target).unwrap();
            }
        }
    }
    let dir = Path::new(env!("CARGO_TARGET_TMPDIR")).join(name);
    let _ = std::fs::remove_dir_all(&dir);
    copy(&Path::new(FIXTURES).join("valid"), &dir);
    dir
}

#[cfg(unix)]
#[test]
fn a_folder_link_that_loops_is_an_error_not_an_endless_read() {
    let dir = temporary_copy_of_valid("folder-link-loop");
    std::os::unix::fs::symlink("..", dir.join("guide/loop")).unwrap();
    let errors = compile_site(&dir, "/").unwrap_err().0;
    assert_eq!(errors.len(), 1, "{errors:#?}");
    assert_eq!(errors[0].file, format!("{}/guide/loop", dir.display()));
    assert!(errors[0].message.contains("leads back into a folder that contains it"), "{}", errors[0]);
}

#[cfg(unix)]
#[test]
fn a_link_to_nothing_is_named_not_skipped() {
    let dir = temporary_copy_of_valid("dangling-link");
    std::os::unix::fs::symlink("no-such-file.md", dir.join("guide/third.md")).unwrap();
    let errors = compile_site(&dir, "/").unwrap_err().0;
    assert_eq!(errors.len(), 1, "{errors:#?}");
    assert_eq!(errors[0].file, format!("{}/guide/third.md", dir.display()));
    assert!(errors[0].message.starts_with("the file could not be read"), "{}", errors[0]);
}

#[cfg(unix)]
#[test]
fn a_file_linked_from_elsewhere_is_read_like_any_other() {
    let dir = temporary_copy_of_valid("file-link");
    std::fs::rename(dir.join("glossary.md"), dir.join("../file-link-glossary.md")).unwrap();
    std::os::unix::fs::symlink("../file-link-glossary.md", dir.join("glossary.md")).unwrap();
    let site = compile_site(&dir, "/").unwrap_or_else(|errors| panic!("{errors}"));
    assert!(site.page("glossary").is_some());
}

#[test]
fn a_file_over_the_size_limit_is_refused_by_name_before_it_is_read() {
    let dir = temporary_copy_of_valid("huge-file");
    let huge = vec![b'a'; tsunagu::content::source::MAX_FILE_BYTES as usize + 1];
    std::fs::write(dir.join("guide/huge.md"), huge).unwrap();
    let errors = compile_site(&dir, "/").unwrap_err().0;
    assert_eq!(errors.len(), 1, "{errors:#?}");
    assert_eq!(errors[0].file, format!("{}/guide/huge.md", dir.display()));
    assert!(errors[0].message.contains("more than the 8 MB a content file may be"), "{}", errors[0]);
}

// ---- layers: the national content, a city's own folder, and lists made from site.toml ----

const CITIES: [(&str, &str); 5] =
    [("iwaki", "いわき市"), ("sanjo", "三条市"), ("yamaguchi", "山口市"), ("komae", "狛江市"), ("izu", "伊豆市")];

fn bundled() -> ContentTree {
    ContentTree::read_dir(Path::new("content")).unwrap_or_else(|errors| panic!("{errors}"))
}

/// A city's own folder: a site.toml that names only `city`, without the sample's wording (nor
/// the sample's staff course, which is not in the national layer), and the city's folder from
/// the bundled content.
fn city_folder(bundled: &ContentTree, city: &str) -> ContentTree {
    let mut config = compile_tree(bundled, "/").expect("the bundled content compiles").config;
    config.nav.retain(|id| id != "training");
    let declared = config.cities.iter().find(|declared| declared.id == city).expect("a bundled city");
    let mut folder = ContentTree::new("my-city");
    let site_toml = format!(
        "format = 1\ntitle = \"{}の重層的支援\"\ntagline = \"相談窓口の案内\"\nnotice = \"最新の情報は所管課に確かめてください。\"\nnav = {:?}\n\n[[cities]]\nid = \"{city}\"\nname = \"{}\"\nprefecture = \"{}\"\n",
        declared.name, config.nav, declared.name, declared.prefecture
    );
    folder.insert("site.toml", site_toml.into_bytes());
    for path in bundled.paths() {
        if path.starts_with(&format!("cities/{city}/")) {
            folder.insert(path, bundled.get(path).unwrap().bytes.clone());
        }
    }
    folder
}

#[test]
fn the_bundled_content_is_the_national_layer_with_the_sample_cities_on_top() {
    let bundled = bundled();
    let national = bundled.national_layer();
    assert!(national.get("site.toml").is_none() && national.get("cities/izu/index.md").is_none());
    assert!(national.get("cities/index.md").is_some() && national.get("guides/resident.prose.md").is_some());
    let mut sample = ContentTree::new("content");
    for path in bundled.paths().into_iter().filter(|path| national.get(path).is_none()) {
        sample.insert(path, bundled.get(path).unwrap().bytes.clone());
    }
    let layered = compile_tree(&national.overlay(&sample), "/").unwrap_or_else(|errors| panic!("{errors}"));
    let direct = compile_tree(&bundled, "/").unwrap();
    assert_eq!(layered.pages, direct.pages, "the same site either way");
}

#[test]
fn every_city_builds_a_one_city_site_from_the_national_layer_and_its_own_folder() {
    let bundled = bundled();
    let national = bundled.national_layer();
    for (city, name) in CITIES {
        let site = compile_tree(&national.overlay(&city_folder(&bundled, city)), "/")
            .unwrap_or_else(|errors| panic!("the one-city site of {city} does not build:\n{errors}"));
        for page in &site.pages {
            for (other, _) in CITIES.iter().filter(|(other, _)| *other != city) {
                assert!(
                    !page.html.contains(&format!("/cities/{other}/")),
                    "{city}: the page `{}` links the city `{other}`",
                    page.id
                );
            }
        }
        let home = site.page("").unwrap();
        assert!(home.html.contains(&format!("<a href=\"/cities/{city}/\">{name}</a>")), "{city}: {}", home.html);
        let hub = site.page("cities").unwrap();
        assert_eq!(hub.html.matches("<tr><th scope=\"row\">").count(), 1, "{city}: one row in the cities table");
        let guides = site.page("guides").unwrap();
        assert!(guides.html.contains(&format!("href=\"/cities/{city}/guides/resident/\">{name}の相談窓口さがし</a>")));
        assert!(guides
            .html
            .contains(&format!("href=\"/cities/{city}/guides/staff/\">{name}の相談のつなぎ先ガイド（職員向け）</a>")));
        assert!(site.config.notice_label.is_empty(), "a city's own site.toml has no sample label");
    }
}

#[test]
fn national_pages_list_the_cities_of_site_toml() {
    let site = compile_tree(&bundled(), "/").unwrap();
    let home = site.page("").unwrap();
    for (city, name) in CITIES {
        assert!(home.html.contains(&format!("<a href=\"/cities/{city}/\">{name}</a>")), "{}", home.html);
    }
    let hub = site.page("cities").unwrap();
    assert_eq!(hub.html.matches("<tr><th scope=\"row\">").count(), 5, "{}", hub.html);
    assert!(hub.html.contains("<td>2024年（令和6年）4月</td><td>伊豆市 健康福祉部 社会福祉課</td>"), "{}", hub.html);
    assert!(hub.html.contains("<td>狛江市 福祉保健部 福祉政策課（講師の所属）</td>"), "{}", hub.html);
    let guides = site.page("guides").unwrap();
    assert_eq!(guides.html.matches("/guides/resident/\">").count(), 5);
    assert_eq!(guides.html.matches("/guides/staff/\">").count(), 5);
    let multi_agency = site.page("programmes/multi-agency").unwrap();
    assert!(multi_agency
        .html
        .contains("<a href=\"/cities/izu/multi-agency/\">多機関協働事業・支援プランの作成（伊豆市）</a>"));
    assert!(
        multi_agency.html.contains("href=\"/cities/komae/implementation-plan/#multi-agency\""),
        "a city without a page of the same name is linked to the section that has it"
    );
    let support_plan = site.page("programmes/support-plan").unwrap();
    assert_eq!(support_plan.html.matches("<li><a href=\"/cities/").count(), 4, "狛江市's material has no 第6号");
    let meetings = site.page("meetings").unwrap();
    assert!(meetings.html.contains("href=\"/cities/sanjo/multi-agency/#meetings\""), "{}", meetings.html);
}

#[test]
fn a_list_whose_cities_have_no_such_page_takes_its_section_away() {
    let bundled = bundled();
    // 狛江市's folder has no page on 支援プランの作成 and no page named like it.
    let site = compile_tree(&bundled.national_layer().overlay(&city_folder(&bundled, "komae")), "/").unwrap();
    let support_plan = site.page("programmes/support-plan").unwrap();
    assert!(!support_plan.html.contains("id=\"cities\""), "{}", support_plan.html);
    assert!(!support_plan.headings.iter().any(|heading| heading.id == "cities"));
}

#[test]
fn a_generated_list_needs_its_section() {
    assert_single_error(
        "generated-list-without-section",
        "{dir}/index.md: error: `generates` puts the list of cities in the section `{#cities}`, but the page has no level-2 heading with that id",
    );
}

#[test]
fn a_site_toml_without_a_format_is_refused_with_the_format_to_write() {
    let error = assert_single_error(
        "site-without-format",
        "{dir}/site.toml:1: error: site.toml does not say which content format it is written in",
    );
    assert!(error.hint.contains("format = 1"), "{error}");
}

// ---- tsunagu new-city ----

/// Adds a scaffolded city to `tree` and compiles it; the new city's guides reach its example window.
fn compile_with_new_city(mut tree: ContentTree) -> tsunagu::content::CompiledSite {
    let scaffold = scaffold_city_on("atami", "熱海市", "静岡県", "2026-04-01").unwrap();
    scaffold.apply_to(&mut tree).unwrap();
    let site = compile_tree(&tree, "/").unwrap_or_else(|errors| panic!("the new city does not build:\n{errors}"));
    for flow in ["resident", "staff"] {
        let checked = site
            .flows
            .iter()
            .find(|checked| checked.flow.city == "atami" && checked.flow.id == flow)
            .unwrap_or_else(|| panic!("the new city has a {flow} guide"));
        assert!(checked.reached_windows.contains(EXAMPLE_WINDOW), "{flow}: {:?}", checked.reached_windows);
    }
    let home = site.page("").unwrap();
    assert!(home.html.contains("<a href=\"/cities/atami/\">熱海市</a>（静岡県）"), "{}", home.html);
    assert!(site.page("guides").unwrap().html.contains("/cities/atami/guides/resident/"));
    assert!(site.page("cities").unwrap().html.contains("熱海市 重層的支援体制整備事業"));
    site
}

#[test]
fn a_new_city_joins_the_bundled_content_with_no_error() {
    let site = compile_with_new_city(bundled());
    assert_eq!(site.config.cities.len(), 6);
    let card = site.page("cities/atami/guides/resident").unwrap();
    assert!(
        card.html.contains("電話番号は、熱海市の代表電話か公式ウェブサイトで確かめてください。"),
        "where to find the number, in one sentence (the example window names no 所管課)"
    );
    assert!(!card.html.contains("資料に電話番号はありません"), "the old sentence is gone");
}

#[test]
fn a_new_city_alone_on_the_national_layer_builds_with_no_error() {
    let mut tree = bundled().national_layer();
    tree.insert(
        "site.toml",
        b"format = 1\ntitle = \"t\"\ntagline = \"t\"\nnotice = \"n\"\nnav = [\"guides\", \"windows\", \"cities\"]\n"
            .to_vec(),
    );
    let site = compile_with_new_city(tree);
    let card = site.page("cities/atami/guides/resident").unwrap();
    assert!(
        card.html.contains("電話番号は、熱海市の代表電話か公式ウェブサイトで確かめてください。"),
        "the same sentence on a real city's site"
    );
}

#[test]
fn a_new_city_written_to_disk_builds_with_no_error() {
    let dir = Path::new(env!("CARGO_TARGET_TMPDIR")).join("new-city-on-disk");
    let _ = std::fs::remove_dir_all(&dir);
    for path in bundled().paths() {
        let target = dir.join(path);
        std::fs::create_dir_all(target.parent().unwrap()).unwrap();
        std::fs::copy(Path::new("content").join(path), target).unwrap();
    }
    let scaffold = scaffold_city_on("atami", "熱海市", "静岡県", "2026-04-01").unwrap();
    let written = scaffold.write_to(&dir).unwrap();
    assert_eq!(written.len(), 5, "four files and site.toml: {written:?}");
    assert!(
        scaffold.write_to(&dir).unwrap_err().contains("already declares the city `atami`"),
        "a second run changes nothing"
    );
    let site = compile_site(&dir, "/").unwrap_or_else(|errors| panic!("{errors}"));
    assert!(site.page("cities/atami/windows/soudan-madoguchi").is_some());
}

#[test]
fn a_scaffold_refuses_a_city_the_site_already_has() {
    let mut tree = bundled();
    let error = scaffold_city_on("izu", "伊豆市", "静岡県", "2026-04-01").unwrap().apply_to(&mut tree).unwrap_err();
    assert!(error.contains("already declares the city `izu`"), "{error}");
}

#[test]
fn ampersands_and_quotes_in_urls_are_escaped_once_in_the_pages() {
    // Real municipal addresses carry `&`; an e-mail may too; a quick exit may carry `'`.
    let mut tree =
        ContentTree::read_dir(&Path::new(FIXTURES).join("valid")).unwrap_or_else(|errors| panic!("{errors}"));
    let windows = tree.text("cities/testcity/windows.toml").unwrap().unwrap().replace(
        "department = \"福祉課\"\n",
        "department = \"福祉課\"\nurl = \"https://example.jp/soudan?a=1&b=2\"\nemail = \"fukushi&kaigo@example.jp\"\n",
    );
    tree.insert("cities/testcity/windows.toml", windows.into_bytes());
    let site = tree.text("site.toml").unwrap().unwrap().replace(
        "national_layer = false\n",
        "national_layer = false\nquick_exit_url = \"https://example.jp/?q=it's&x=1\"\n",
    );
    tree.insert("site.toml", site.into_bytes());
    let site = compile_tree(&tree, "/").unwrap_or_else(|errors| panic!("{errors}"));
    let window = site.page("cities/testcity/windows/fukushi-madoguchi").expect("the window's page").html.as_str();
    assert!(window.contains(r#"href="https://example.jp/soudan?a=1&amp;b=2""#), "{window}");
    assert!(window.contains(r#"href="mailto:fukushi&amp;kaigo@example.jp""#), "{window}");
    let guide = site.page("cities/testcity/guides/resident").expect("the guide's page").html.as_str();
    assert!(guide.contains(r#"href="https://example.jp/?q=it's&amp;x=1""#), "{guide}");
    for page in [window, guide] {
        assert!(!page.contains("&amp;amp;") && !page.contains("&amp;#x27;"), "escaped twice");
    }
}

// ---- the emergency page ----

#[test]
fn every_danger_screen_shows_the_emergency_page_s_numbers_as_tap_to_call_links() {
    let site = compile_tree(&bundled(), "/").unwrap();
    let emergency = site.page("emergency").expect("the emergency page");
    for number in ["110", "119", "189"] {
        assert!(emergency.html.contains(&format!("href=\"tel:{number}\"")), "{number} is a tel: link");
    }
    let guide = &site.page("cities/izu/guides/resident").unwrap().html;
    let urgent = guide.split("<div class=\"guide-result__urgent\">").nth(1).expect("the danger screen");
    assert!(
        urgent.trim_start().starts_with("<p>ためらわずに電話してください。"),
        "the page's section comes first: {urgent}"
    );
    assert!(urgent.contains("<a href=\"tel:119\">119番</a>"), "{urgent}");
}

#[test]
fn an_emergency_page_without_its_numbers_section_is_refused() {
    let mut tree = bundled();
    let page = "+++\ntitle = \"緊急\"\nsummary = \"s\"\nscope = \"national\"\ndepartment = \"d\"\nreviewed = 2026-11-30\n+++\n\n- [110番](tel:110)\n";
    tree.insert("emergency.md", page.as_bytes().to_vec());
    let errors = compile_tree(&tree, "/").unwrap_err();
    assert_eq!(errors.0.len(), 1, "{errors}");
    assert!(errors.0[0].message.contains("the emergency page has no section `{#numbers}`"), "{errors}");
    assert!(errors.0[0].file.ends_with("emergency.md"), "{errors}");
}

#[test]
fn the_easy_names_in_site_toml_fail_the_readability_check_at_their_line() {
    let errors = errors_of("site-easy-names-too-hard");
    let dir = format!("{FIXTURES}/broken/site-easy-names-too-hard");
    let texts: Vec<String> = errors.iter().map(|error| error.to_string()).collect();
    assert_eq!(errors.len(), 2, "{texts:#?}");
    assert!(
        texts[0].starts_with(&format!("{dir}/site.toml:11: error: a やさしい日本語 sentence has 41 characters")),
        "{texts:#?}"
    );
    assert!(texts[1].starts_with(&format!("{dir}/site.toml:11: error: the hard word 「包括的」")), "{texts:#?}");
}

#[test]
fn a_hard_yasashii_nihongo_text_fails_the_readability_check_at_its_line() {
    let errors = errors_of("easy-too-hard");
    let dir = format!("{FIXTURES}/broken/easy-too-hard");
    let texts: Vec<String> = errors.iter().map(|error| error.to_string()).collect();
    assert_eq!(errors.len(), 2, "{texts:#?}");
    assert!(
        texts[0].starts_with(&format!(
            "{dir}/index.easy.md:11: error: a やさしい日本語 sentence has 56 characters (at most 40)"
        )),
        "{texts:#?}"
    );
    assert!(
        texts[1].starts_with(&format!(
            "{dir}/index.easy.md:11: error: the hard word 「包括的」 is used without an explanation"
        )),
        "{texts:#?}"
    );
    assert!(texts.iter().all(|text| text.contains("\n  help: ")), "{texts:#?}");
}

#[test]
fn an_edition_page_without_its_japanese_page_is_refused() {
    assert_single_error(
        "edition-without-original",
        "{dir}/emergency.en.md: error: this English page translates `emergency`, which is not a page",
    );
}

#[test]
fn edition_pages_sit_under_their_prefix_with_the_japanese_parent() {
    let site = compile_site(Path::new("content"), "/").unwrap();
    let page = site.page("en/cities/izu").expect("the English page of Izu");
    assert_eq!(page.parent.as_deref(), Some("en"), "no English page of /cities/: the English home page");
    assert_eq!(site.page("easy/emergency").and_then(|page| page.parent.as_deref()), Some("easy"));
    assert!(page.html.as_str().contains("<span lang=\"ja\">修善寺地区</span>"), "Japanese names are marked");
}

#[test]
fn guide_reasons_in_the_editions_are_keyed_by_the_japanese_reason() {
    let site = compile_site(&Path::new(FIXTURES).join("valid"), "/").unwrap();
    let flow = site.flows.iter().find(|flow| flow.flow.id == "resident").unwrap();
    let english = flow.reasons_in(Edition::English).expect("the English reasons are read");
    assert_eq!(english.reason("子育ての相談ができます。"), Some("Advice on raising children."));
    let easy = flow.reasons_in(Edition::Easy).expect("the やさしい日本語 reasons are read");
    assert_eq!(easy.reason("子育ての相談ができます。"), Some("子どもを 育てる ことの 相談が できます。"));
    assert_eq!(easy.len(), 5);
}

#[test]
fn a_japanese_reason_without_its_edition_text_is_refused_at_its_line() {
    let error = assert_single_error(
        "guide-reason-missing",
        "{dir}/cities/testcity/guides/resident.toml:69: error: the reason 「子育ての相談ができます。」 has no English text in {dir}/cities/testcity/guides/resident.en.toml",
    );
    assert!(error.hint.contains("[reasons]"), "{error}");
}

#[test]
fn an_edited_japanese_reason_flags_its_edition_text_as_stale() {
    let errors = errors_of("guide-reason-orphan");
    let dir = format!("{FIXTURES}/broken/guide-reason-orphan");
    let texts: Vec<String> = errors.iter().map(|error| error.to_string()).collect();
    assert_eq!(errors.len(), 2, "{texts:#?}");
    assert!(
        texts[0].starts_with(&format!(
            "{dir}/cities/testcity/guides/resident.en.toml:5: error: the key 「北地区の高齢者の介護の相談を受けます。」 matches no reason in {dir}/cities/testcity/guides/resident.toml"
        )),
        "{texts:#?}"
    );
    assert!(texts[0].contains("update the key"), "{texts:#?}");
    assert!(
        texts[1].starts_with(&format!(
            "{dir}/cities/testcity/guides/resident.toml:63: error: the reason 「北地区の高齢者と家族の介護の相談を受けます。」 has no English text"
        )),
        "{texts:#?}"
    );
}

#[test]
fn an_option_without_its_edition_label_is_refused_at_the_edition_section() {
    let error = assert_single_error(
        "guide-edition-missing-label",
        "{dir}/guides/resident.prose.en.md:11: error: the option `other` of `trouble` has no English label",
    );
    assert!(error.hint.contains("- other: …") && error.hint.contains("そのほか"), "{error}");
}

#[test]
fn windows_in_the_editions_get_their_own_directory_and_pages() {
    let site = compile_site(&Path::new(FIXTURES).join("valid"), "/").unwrap();
    let page = site.page("en/cities/testcity/windows/fukushi-madoguchi").expect("the English window page");
    assert_eq!(page.front.title, "Fukushi Sōgō Sōdan Madoguchi");
    assert_eq!(page.front.summary, "Takes any trouble, whatever the field.");
    assert!(page.html.contains(r#"<dd lang="ja">福祉総合相談窓口</dd>"#), "{}", page.html.as_str());
    let directory = site.page("en/cities/testcity/windows").expect("the English directory");
    assert_eq!(directory.front.title, "Consultation windows in Test City");
    assert!(
        directory.html.contains(r#"href="/en/cities/testcity/windows/kosodate-hiroba/""#),
        "{}",
        directory.html.as_str()
    );
    assert!(site.page("easy/cities/testcity/windows").is_none(), "no やさしい日本語 file, no pages");
}

#[test]
fn a_window_missing_from_an_edition_and_an_orphan_id_are_refused() {
    let errors = errors_of("window-edition-missing");
    let dir = format!("{FIXTURES}/broken/window-edition-missing");
    let texts: Vec<String> = errors.iter().map(|error| error.to_string()).collect();
    assert_eq!(errors.len(), 2, "{texts:#?}");
    assert!(
        texts[0].starts_with(&format!("{dir}/cities/testcity/windows.en.toml: error: the window `kosodate-hiroba`")),
        "{texts:#?}"
    );
    assert!(
        texts[1].starts_with(&format!(
            "{dir}/cities/testcity/windows.en.toml:14: error: `[windows.kosodate-ba]` is not a window of the city's windows.toml"
        )),
        "{texts:#?}"
    );
}
