//! The accessibility policy and its results: the success criteria data is checked at build (one
//! assertion per mistake), the test run file is read or refused clearly (bad, missing, older
//! format) or is the plain "not recorded" state, each criterion gets the result its evidence
//! supports, and the built pages say what the run found.

use std::path::Path;

use tsunagu::cli::{layered_content, read_test_results, BuildProblem};
use tsunagu::content::accessibility::criteria::{read_criteria, Feature, Since, JIS_2016_A_AA_COUNT};
use tsunagu::content::accessibility::run::{read_run, RecordedRun, TestRun};
use tsunagu::content::accessibility::verdict::{verdicts, Verdict};
use tsunagu::content::plan::dates::Day;
use tsunagu::content::{compile_tree_with_run, ContentTree};

const CRITERIA: &str = "content/accessibility/criteria.toml";

fn bundled_criteria() -> Vec<tsunagu::content::accessibility::Criterion> {
    let text = std::fs::read_to_string(CRITERIA).expect("the criteria file reads");
    read_criteria(CRITERIA, &text).expect("the bundled criteria pass the checks")
}

fn criteria_errors(text: &str) -> Vec<String> {
    match read_criteria("criteria.toml", text) {
        Ok(_) => panic!("the criteria were accepted:\n{text}"),
        Err(errors) => errors.iter().map(ToString::to_string).collect(),
    }
}

/// The bundled file with one edit.
fn edited(from: &str, to: &str) -> String {
    let text = std::fs::read_to_string(CRITERIA).unwrap();
    assert!(text.contains(from), "the criteria file has no `{from}`");
    text.replacen(from, to, 1)
}

#[test]
fn the_bundled_criteria_are_every_jis_criterion_and_the_wcag_2_1_and_2_2_additions() {
    let criteria = bundled_criteria();
    let count = |since| criteria.iter().filter(|criterion| criterion.since == since).count();
    assert_eq!(count(Since::Wcag20), JIS_2016_A_AA_COUNT);
    assert_eq!(count(Since::Wcag21), 12);
    assert_eq!(count(Since::Wcag22), 6);
    let named =
        |id: &str| criteria.iter().find(|criterion| criterion.id == id).map(|criterion| criterion.name.as_str());
    assert_eq!(named("1.1.1"), Some("非テキストコンテンツ"));
    assert_eq!(named("1.4.10"), Some("リフロー"));
    assert_eq!(named("2.5.8"), Some("ターゲットのサイズ（最低限）"));
    assert!(criteria.iter().filter(|c| c.id.starts_with("1.2.")).all(|c| c.none_of == vec![Feature::Media]));
}

#[test]
fn a_criterion_number_that_is_not_three_numbers_is_refused_at_its_line() {
    let errors = criteria_errors(&edited("id = \"1.3.1\"", "id = \"1.3\""));
    assert_eq!(errors.len(), 1, "{errors:#?}");
    assert!(errors[0].contains("`1.3` is not a success criterion number"), "{}", errors[0]);
    assert!(errors[0].starts_with("criteria.toml:"), "{}", errors[0]);
}

#[test]
fn a_criterion_listed_twice_is_refused() {
    let errors = criteria_errors(&edited("id = \"1.3.2\"", "id = \"1.3.1\""));
    assert!(errors.iter().any(|error| error.contains("the criterion 1.3.1 is listed twice")), "{errors:#?}");
}

#[test]
fn criteria_out_of_order_are_refused() {
    let errors = criteria_errors(&edited("id = \"1.3.2\"", "id = \"1.3.0\""));
    assert!(errors.iter().any(|error| error.contains("the criterion 1.3.0 comes after 1.3.1")), "{errors:#?}");
}

#[test]
fn a_criterion_without_a_name_is_refused() {
    let errors = criteria_errors(&edited("name = \"意味のある順序\"", "name = \" \""));
    assert!(errors.iter().any(|error| error.contains("the criterion 1.3.2 has no name")), "{errors:#?}");
}

#[test]
fn an_unknown_level_version_feature_or_field_is_refused_with_its_line() {
    for (from, to, says) in [
        ("level = \"AA\"", "level = \"AAA\"", "unknown variant `AAA`"),
        ("since = \"2.1\"", "since = \"3.0\"", "unknown variant `3.0`"),
        ("none_of = [\"images\"]", "none_of = [\"sounds\"]", "unknown variant `sounds`"),
        ("name = \"リフロー\"", "name = \"リフロー\"\ncolour = 1", "unknown field `colour`"),
    ] {
        let errors = criteria_errors(&edited(from, to));
        assert_eq!(errors.len(), 1, "{errors:#?}");
        assert!(errors[0].contains(says), "{}", errors[0]);
        assert!(!errors[0].starts_with("criteria.toml:1:"), "the error has the entry's line: {}", errors[0]);
    }
}

#[test]
fn another_format_and_a_missing_jis_criterion_are_refused() {
    let errors = criteria_errors(&edited("format = 1", "format = 2"));
    assert!(errors[0].contains("format = 2, but this tsunagu reads format 1"), "{errors:#?}");
    let without = edited("[[criteria]]\nid = \"3.1.2\"", "[[criteria]]\nid = \"3.1.2\"\nsince = \"2.0\"");
    assert!(criteria_errors(&without)[0].contains("duplicate key"), "a second `since` is a TOML error");
    let text = std::fs::read_to_string(CRITERIA).unwrap();
    let start = text.find("[[criteria]]\nid = \"3.1.2\"").unwrap();
    let end = start + text[start + 1..].find("[[criteria]]").unwrap() + 1;
    let errors = criteria_errors(&format!("{}{}", &text[..start], &text[end..]));
    assert!(errors[0].contains("lists 37 criteria of WCAG 2.0, but JIS X 8341-3:2016 has 38"), "{errors:#?}");
}

// The run file.

const AXE_LINE: &str = r#"{"format":1,"date":"2026-11-30","kind":"axe","page":"glossary/","version":"4.10.2","browser":"Chromium 131","passes":[{"rule":"image-alt","criteria":["1.1.1"],"nodes":3},{"rule":"document-title","criteria":["2.4.2"],"nodes":1}],"violations":[],"incomplete":[{"rule":"color-contrast","criteria":["1.4.3"],"nodes":2}],"features":{"media":0,"moving":0,"images":0,"posting":0}}"#;
const CHECK_LINE: &str =
    r#"{"format":1,"date":"2026-12-01","kind":"check","criteria":["2.1.1"],"what":"キーボードだけで操作できる"}"#;

fn recorded(text: &str) -> TestRun {
    match read_run("run.jsonl", text) {
        Ok(RecordedRun::Recorded(run)) => run,
        other => panic!("expected a recorded run, got {other:?}"),
    }
}

fn run_error(text: &str) -> String {
    match read_run("run.jsonl", text) {
        Err(error) => error.to_string(),
        Ok(run) => panic!("the run was accepted: {run:?}"),
    }
}

#[test]
fn a_run_is_summed_up_by_page_criterion_and_day() {
    let second_page = AXE_LINE.replace("glossary/", "").replace("\"nodes\":3", "\"nodes\":4");
    let run = recorded(&format!("{AXE_LINE}\n\n{CHECK_LINE}\n{second_page}\n{AXE_LINE}\n"));
    assert_eq!(run.pages, vec!["".to_string(), "glossary/".to_string()]);
    assert_eq!(run.axe["1.1.1"].passed, 3 + 4 + 3);
    assert_eq!(run.axe["1.4.3"].incomplete, 6);
    assert_eq!(run.checks["2.1.1"], vec!["キーボードだけで操作できる".to_string()]);
    assert_eq!(run.first_day, Day::new(2026, 11, 30));
    assert_eq!(run.last_day, Day::new(2026, 12, 1));
    assert_eq!(run.axe_versions.iter().collect::<Vec<_>>(), vec!["4.10.2"]);
}

#[test]
fn an_empty_run_is_the_plain_not_recorded_state() {
    assert_eq!(read_run("run.jsonl", "").unwrap(), RecordedRun::NotRecorded);
    assert_eq!(read_run("run.jsonl", "\n  \n").unwrap(), RecordedRun::NotRecorded);
}

#[test]
fn a_line_that_is_not_json_is_refused_at_its_line() {
    let error = run_error(&format!("{AXE_LINE}\n{{\"format\":1,"));
    assert!(error.starts_with("run.jsonl:2: error: this line of the test run is not JSON"), "{error}");
    assert!(error.contains("help: Run the tests again"), "{error}");
}

#[test]
fn a_run_in_an_older_format_or_none_is_refused_with_the_format_it_has() {
    let error = run_error(&AXE_LINE.replace("\"format\":1", "\"format\":0"));
    assert!(error.contains("the test run is in format 0, but this tsunagu reads format 1"), "{error}");
    let error = run_error(r#"{"kind":"check","criteria":["2.1.1"],"what":"x","date":"2026-11-30"}"#);
    assert!(error.contains("the test run is in no format"), "{error}");
}

#[test]
fn an_unknown_record_a_missing_field_or_a_bad_date_is_refused() {
    let error = run_error(&CHECK_LINE.replace("\"check\"", "\"screenshot\""));
    assert!(error.contains("not one tsunagu knows"), "{error}");
    let error = run_error(&CHECK_LINE.replace(",\"what\":\"キーボードだけで操作できる\"", ""));
    assert!(error.contains("missing field `what`"), "{error}");
    let error = run_error(&CHECK_LINE.replace("2026-12-01", "2026-02-30"));
    assert!(error.contains("the record's date `2026-02-30` is not a date"), "{error}");
}

#[test]
fn a_missing_or_non_utf8_run_file_is_a_clear_error_not_a_crash() {
    let missing = Path::new("tests/fixtures/no-such-run.jsonl");
    let message = match read_test_results(missing) {
        Err(BuildProblem::Other(message)) => message,
        other => panic!("expected an error, got {other:?}"),
    };
    assert!(message.contains("cannot read the test results tests/fixtures/no-such-run.jsonl"), "{message}");
    assert!(message.contains("help: run the tests (scripts/test.sh)"), "{message}");
    let folder = std::env::temp_dir().join(format!("tsunagu-run-{}", std::process::id()));
    std::fs::create_dir_all(&folder).unwrap();
    let binary = folder.join("run.jsonl");
    std::fs::write(&binary, [0xff, 0xfe, 0x00]).unwrap();
    let message = read_test_results(&binary).unwrap_err().to_string();
    assert!(message.contains("are not UTF-8 text"), "{message}");
    std::fs::write(&binary, "").unwrap();
    assert_eq!(read_test_results(&binary).unwrap(), RecordedRun::NotRecorded);
    std::fs::remove_dir_all(&folder).unwrap();
}

// Each criterion's result.

#[test]
fn each_result_follows_its_evidence() {
    let criteria = bundled_criteria();
    let violation = AXE_LINE.replace(
        "\"violations\":[]",
        "\"violations\":[{\"rule\":\"html-has-lang\",\"criteria\":[\"3.1.1\"],\"nodes\":1}]",
    );
    let run = recorded(&format!("{violation}\n{CHECK_LINE}"));
    let judged = verdicts(&criteria, &run);
    let of =
        |id: &str| judged.iter().find(|(criterion, _)| criterion.id == id).map(|(_, verdict)| verdict.clone()).unwrap();
    assert_eq!(of("3.1.1"), Verdict::Fails { violations: 1 });
    assert_eq!(
        of("2.1.1"),
        Verdict::CheckedByTests { checks: vec!["キーボードだけで操作できる".to_string()], axe_passed: 0 }
    );
    assert_eq!(of("1.1.1"), Verdict::PassedAutomatically { passed: 3, rules: vec!["image-alt".to_string()] });
    assert_eq!(of("1.2.1"), Verdict::NotApplicable { absent: vec![Feature::Media] });
    assert_eq!(of("1.4.3"), Verdict::NeedsReview { undecided: 2 });
    assert_eq!(of("3.2.3"), Verdict::NeedsReview { undecided: 0 });
    assert_eq!(of("1.1.1").result_label(), "自動試験で問題なし", "an axe-only pass is not called 適合");
    assert_eq!(of("2.1.1").result_label(), "適合");
    assert_eq!(of("1.2.1").result_label(), "非該当");
    assert_eq!(of("1.4.3").result_label(), "要目視");

    let with_video = AXE_LINE.replace("\"media\":0", "\"media\":1");
    let run = recorded(&with_video);
    let judged = verdicts(&criteria, &run);
    let video = judged.iter().find(|(criterion, _)| criterion.id == "1.2.2").unwrap();
    assert_eq!(video.1, Verdict::NeedsReview { undecided: 0 }, "a page with a video makes 1.2.2 apply");
}

// The built pages.

fn compiled_with(run: &RecordedRun) -> tsunagu::content::CompiledSite {
    let tree = layered_content(Path::new("content")).expect("bundled content reads");
    compile_tree_with_run(&tree, "/", Day::new(2026, 11, 30).unwrap(), run).expect("bundled content compiles")
}

#[test]
fn without_a_run_the_results_page_says_so_plainly_and_the_policy_counts_every_page() {
    let site = compiled_with(&RecordedRun::NotRecorded);
    let results = site.pages.iter().find(|page| page.id == "accessibility/results").expect("the results page");
    assert!(results.html.as_str().contains("このビルドには、試験の記録がありません。"));
    assert!(!results.html.as_str().contains("<table"));
    let policy = site.pages.iter().find(|page| page.id == "accessibility").expect("the policy page");
    let count = format!("このビルドでは <strong>{} ページ</strong>", site.pages.len());
    assert!(policy.html.as_str().contains(&count), "{}", policy.html.as_str());
    assert!(policy.html.as_str().contains("href=\"/accessibility/results/\""));
}

#[test]
fn with_a_run_the_results_page_has_the_date_tool_pages_and_every_criterion() {
    let run = read_run("run.jsonl", &format!("{AXE_LINE}\n{CHECK_LINE}")).unwrap();
    let site = compiled_with(&run);
    let results = site.pages.iter().find(|page| page.id == "accessibility/results").expect("the results page");
    let html = results.html.as_str();
    assert!(html.contains("2026年（令和8年）11月30日〜2026年（令和8年）12月1日"), "{html}");
    assert!(html.contains("axe-core 4.10.2"));
    assert!(html.contains("1 ページ（一覧は下に）"));
    assert!(html.contains("<a href=\"/glossary/\">用語集</a>"));
    assert_eq!(html.matches("<th scope=\"row\">").count(), bundled_criteria().len());
    assert!(html.contains("axe-core の 3 件の確認に合格（ルール：image-alt）"));
    assert_eq!(results.front.reviewed.to_string(), "2026-12-01");
}

#[test]
fn a_policy_without_its_sections_or_criteria_is_refused() {
    let mut tree = layered_content(Path::new("content")).unwrap();
    let policy = tree.text("accessibility/index.md").unwrap().unwrap().replace("## 対象範囲 {#scope}", "## 対象範囲");
    tree.insert("accessibility/index.md", policy.into_bytes());
    let errors = tsunagu::content::compile_tree(&tree, "/").unwrap_err().to_string();
    assert!(
        errors.contains("fills the section `{#scope}`, but the page has no level-2 heading with that id"),
        "{errors}"
    );

    let whole = layered_content(Path::new("content")).unwrap();
    let mut tree = ContentTree::new("site");
    for path in whole.paths().into_iter().filter(|path| *path != "accessibility/criteria.toml") {
        tree.insert(path, whole.get(path).unwrap().bytes.clone());
    }
    let errors = tsunagu::content::compile_tree(&tree, "/").unwrap_err().to_string();
    assert!(errors.contains("the accessibility policy needs the success criteria in"), "{errors}");
}

#[test]
fn a_run_naming_a_criterion_the_list_lacks_is_refused() {
    let run = read_run("run.jsonl", &CHECK_LINE.replace("2.1.1", "9.9.9")).unwrap();
    let tree = layered_content(Path::new("content")).unwrap();
    let errors = compile_tree_with_run(&tree, "/", Day::new(2026, 12, 1).unwrap(), &run).unwrap_err().to_string();
    assert!(errors.contains("a browser test checked the criterion 9.9.9, which this file does not list"), "{errors}");
}
