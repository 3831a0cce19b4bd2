//! The staff course against the bundled content: it compiles with its modules, self-checks and
//! cases; each case's answer is what the staff guide's engine gives; and broken course content
//! (a module without its page, a self-check without a right answer, a case the guide routes
//! elsewhere) fails the build with file, line and how to fix it. Snapshots of a module page, a
//! self-check and a case show their HTML (review with `cargo insta review`).

use std::path::Path;

use tsunagu::content::{compile_tree, CompiledSite, ContentError, ContentTree};
use tsunagu::training::markup;

fn bundled() -> ContentTree {
    ContentTree::read_dir(Path::new("content")).expect("the bundled content reads")
}

fn compile_bundled() -> CompiledSite {
    compile_tree(&bundled(), "/").expect("the bundled content compiles")
}

/// The errors of the bundled content with a fixture folder laid over it.
fn errors_with(fixture: &str) -> Vec<ContentError> {
    let own = ContentTree::read_dir(&Path::new("tests/fixtures/training").join(fixture)).expect("fixture reads");
    match compile_tree(&bundled().overlay(&own), "/") {
        Ok(_) => panic!("the fixture `{fixture}` compiled without errors"),
        Err(errors) => errors.0,
    }
}

fn page<'a>(site: &'a CompiledSite, id: &str) -> &'a tsunagu::content::CompiledPage {
    site.pages.iter().find(|page| page.id == id).unwrap_or_else(|| panic!("no page `{id}`"))
}

#[test]
fn the_course_has_its_modules_in_order_with_a_self_check_each_and_the_cases_and_record() {
    let site = compile_bundled();
    let mut modules: Vec<(&str, i64)> = site
        .pages
        .iter()
        .filter(|page| {
            page.parent.as_deref() == Some("training")
                && !page.id.ends_with("/cases")
                && !page.id.ends_with("/progress")
                && !page.id.ends_with("/trainer")
        })
        .map(|page| (page.id.as_str(), page.front.order))
        .collect();
    modules.sort_by_key(|(_, order)| *order);
    let ids: Vec<&str> = modules.iter().map(|(id, _)| *id).collect();
    assert_eq!(
        ids,
        [
            "training/law-and-programmes",
            "training/comprehensive-consultation",
            "training/meetings-and-consent",
            "training/komae-window-and-sheet",
            "training/outreach-and-participation",
            "training/five-cities",
        ]
    );
    for id in ids {
        page(&site, &format!("{id}/check"));
    }
    let cases: Vec<&str> = site
        .pages
        .iter()
        .filter(|page| page.parent.as_deref() == Some("training/cases"))
        .map(|p| p.id.as_str())
        .collect();
    assert!(cases.len() >= 12, "{cases:?}");
    for city in ["komae", "iwaki", "izu", "sanjo", "yamaguchi"] {
        assert!(cases.iter().any(|id| id.contains(city)), "no case of {city}");
    }
    page(&site, "training/progress");
}

#[test]
fn every_case_shows_what_the_staff_guide_engine_gives_for_its_facts() {
    let site = compile_bundled();
    let case = page(&site, "training/cases/komae-8050");
    let html = case.html.as_str();
    // Two fields, no consent: the staff guide asks about consent and goes to 支援会議.
    assert!(html.contains("data-meeting=\"shien-kaigi\""), "{html}");
    assert!(html.contains("data-consent=\"true\""));
    assert!(html.contains("data-windows=\"soudan-shien-houkatsuka-suishin-in\""));
    let urgent = page(&site, "training/cases/komae-abuse-tsunagi-modoshi");
    assert!(urgent.html.as_str().contains("data-meeting=\"urgent-response\""));
    assert!(urgent.html.as_str().contains("data-consent=\"false\""));
}

#[test]
fn the_pages_carry_every_attribute_the_browser_reads() {
    let site = compile_bundled();
    let quiz = page(&site, "training/law-and-programmes/check").html.as_str().to_string();
    for attribute in
        [markup::QUIZ_ATTR, markup::QUESTION_ATTR, markup::RIGHT_ATTR, markup::VERDICT_ATTR, markup::SCORE_ATTR]
    {
        assert!(quiz.contains(attribute), "{attribute}");
    }
    // Only the self-check loads the course's WASM on demand: the others paint the record at load.
    assert!(quiz.contains(&format!(" {} ", markup::ON_DEMAND_ATTR)), "the self-check's root: {quiz}");
    // Beside its submit button, the start script's status while a press waits for the WASM
    // (both lines prerendered hidden, in the catalogue's words).
    let submit = quiz.split_once("答え合わせをする</button>").expect("the submit button").1;
    let status = submit.split_once("</p>").expect("the status after it").0;
    assert!(status.starts_with("<p class=\"load-status\" role=\"status\" data-load-status>"), "{status}");
    assert!(status.contains("<span data-when=\"loading\" hidden>読み込んでいます…</span>"), "{status}");
    assert!(status.contains("<span data-when=\"failed\" hidden>読み込めませんでした。"), "{status}");
    let module = page(&site, "training/law-and-programmes").html.as_str().to_string();
    assert!(module.contains(&format!("{}=\"law-and-programmes\"", markup::MODULE_DONE_ATTR)));
    let case = page(&site, "training/cases/izu-young-carer").html.as_str().to_string();
    for attribute in [
        markup::CASE_ATTR,
        markup::CASE_MEETING_ATTR,
        markup::CASE_CONSENT_ATTR,
        markup::CASE_WINDOWS_ATTR,
        markup::CASE_ANSWER_ATTR,
        markup::CASE_COMPARE_ATTR,
    ] {
        assert!(case.contains(attribute), "{attribute}");
    }
    let progress = page(&site, "training/progress").html.as_str().to_string();
    for id in [
        markup::PROGRESS_ROOT_ID,
        markup::CONTROLS_ID,
        markup::EXPORT_ID,
        markup::IMPORT_ID,
        markup::CLEAR_ID,
        markup::PRINT_ID,
        markup::STATUS_ID,
    ] {
        assert!(progress.contains(&format!("id=\"{id}\"")), "{id}");
    }
    assert!(progress.contains(&format!("{}=\"case:komae-8050\"", markup::RECORD_CELL_ATTR)));
    for other in [&module, &case, &progress] {
        assert!(!other.contains(markup::ON_DEMAND_ATTR), "{other}");
    }
}

/// The course's script writes no words of its own: each is on the page, from the catalogue.
#[test]
fn the_pages_carry_every_word_the_script_writes_from_the_catalogue() {
    let site = compile_bundled();
    let pages: Vec<String> = [
        "training/law-and-programmes/check",
        "training/law-and-programmes",
        "training/cases/izu-young-carer",
        "training/progress",
    ]
    .iter()
    .map(|id| page(&site, id).html.as_str().to_string())
    .collect();
    for attribute in markup::words::EVERY {
        let value = pages.iter().find_map(|html| {
            let start = html.find(&format!(" {attribute}=\""))? + attribute.len() + 3;
            html[start..].split('"').next().map(str::to_string)
        });
        let value = value.unwrap_or_else(|| panic!("no training page carries {attribute}"));
        assert!(!value.is_empty() && !value.contains("training-script-"), "{attribute}={value:?}");
    }
    assert!(
        pages[0].contains(&format!("{}=\"{{total}}問中{{right}}問正解です。{{saved}}\"", markup::words::QUIZ_SCORE))
    );
    assert!(pages[1].contains(&format!("{}=\"{{date}}に学習済みにしました。\"", markup::words::DONE)));
}

#[test]
fn a_module_without_its_page_is_refused_with_the_course_line() {
    let errors = errors_with("missing-module");
    assert_eq!(errors.len(), 1, "{errors:#?}");
    let text = errors[0].to_string();
    assert!(text.starts_with("tests/fixtures/training/missing-module/training/course.toml:16: error: the module `no-such-module` has no page"), "{text}");
    assert!(text.contains("help: Write the module's page as training/<id>.md"), "{text}");
}

#[test]
fn a_single_choice_question_without_a_right_answer_is_refused() {
    let errors = errors_with("quiz-without-right-answer");
    assert_eq!(errors.len(), 1, "{errors:#?}");
    let text = errors[0].to_string();
    assert!(
        text.starts_with("tests/fixtures/training/quiz-without-right-answer/training/quizzes/law-and-programmes.toml:4: error: the single-choice question `q1` has 0 right answers"),
        "{text}"
    );
}

#[test]
fn a_case_the_staff_guide_routes_elsewhere_is_refused() {
    let errors = errors_with("case-routed-elsewhere");
    assert_eq!(errors.len(), 1, "{errors:#?}");
    let text = errors[0].to_string();
    assert!(
        text.starts_with("tests/fixtures/training/case-routed-elsewhere/training/cases.toml:5: error: the staff guide routes this case to `shien-kaigi`, not to `jusou-kaigi` as the case states"),
        "{text}"
    );
}

#[test]
fn snapshots_of_a_module_a_self_check_and_a_case() {
    let site = compile_bundled();
    insta::assert_snapshot!("training_module", page(&site, "training/meetings-and-consent").html.as_str());
    insta::assert_snapshot!("training_quiz", page(&site, "training/meetings-and-consent/check").html.as_str());
    insta::assert_snapshot!("training_case", page(&site, "training/cases/komae-8050").html.as_str());
}

#[test]
fn the_trainers_page_has_a_card_for_every_case_with_the_questions_the_answer_and_the_notes() {
    let site = compile_bundled();
    let cases: Vec<&str> = site
        .pages
        .iter()
        .filter(|page| page.parent.as_deref() == Some("training/cases"))
        .map(|page| page.id.trim_start_matches("training/cases/"))
        .collect();
    let trainer = page(&site, "training/trainer");
    let html = trainer.html.as_str();
    assert_eq!(html.matches("<article class=\"training-card\"").count(), cases.len());
    for case in &cases {
        assert!(html.contains(&format!("aria-labelledby=\"card-{case}\"")), "{case}");
        assert!(html.contains(&format!("href=\"/training/cases/{case}/\"")), "{case}");
    }
    assert_eq!(html.matches("<p class=\"training-modules__label\">話し合う問い</p>").count(), cases.len());
    assert_eq!(
        html.matches("class=\"training-card__discussion\"").count(),
        cases.len(),
        "every bundled case has notes"
    );
    assert!(html.contains("息子の同意がないことは、支援をやめる理由になるか。"));
    // The engine's answer, with its reasons: 8050 without consent goes to 支援会議 via the 推進員.
    assert!(html.contains("支援会議で話し合う"), "{html}");
    let course = page(&site, "training").html.as_str();
    assert!(course.contains("href=\"/training/trainer/\""), "the course links the cards");
    assert!(course.contains("href=\"/cities/komae/guides/staff/map/\""), "the course links the maps");
}

#[test]
fn a_glossary_term_in_a_module_opens_its_definition_from_the_glossary_in_place() {
    let site = compile_bundled();
    let module = page(&site, "training/meetings-and-consent").html.as_str();
    assert!(
        module.contains("<button type=\"button\" class=\"glossary-term\" popovertarget=\"glossary-term-shien-kaigi\">支援会議</button>"),
        "{module}"
    );
    let popover = module.split("id=\"glossary-term-shien-kaigi\"").nth(1).expect("the popover");
    let popover = &popover[..popover.find("</button>").expect("its close button")];
    // The definition is the glossary's own section, and the popover links to it.
    let glossary = page(&site, "glossary").html.as_str();
    let definition = glossary.split("id=\"term-shien-kaigi\"").nth(1).unwrap();
    let first_sentence = definition.split("<p>").nth(1).unwrap().split('。').next().unwrap();
    assert!(popover.contains(first_sentence), "{first_sentence} in {popover}");
    assert!(popover.contains("href=\"/glossary/#term-shien-kaigi\""), "{popover}");
    assert_eq!(module.matches("id=\"glossary-term-shien-kaigi\"").count(), 1, "one popover per term");
    // Never inside names: no term button within a heading, link, label, legend or summary.
    for name in ["h2", "h3", "a", "label", "legend", "summary"] {
        for inside in module.split(&format!("<{name}")).skip(1).filter(|rest| rest.starts_with([' ', '>'])) {
            let inside = &inside[..inside.find(&format!("</{name}>")).unwrap_or(inside.len())];
            assert!(!inside.contains("glossary-term"), "a term marked inside <{name}>: {inside}");
        }
    }
    for id in ["training/meetings-and-consent/check", "training/cases/komae-8050", "programmes/multi-agency"] {
        assert!(page(&site, id).html.as_str().contains("class=\"glossary-term\""), "{id} has terms at hand");
    }
    assert!(!glossary.contains("glossary-term"), "the glossary page stays as it is");
}

#[test]
fn snapshot_of_a_glossary_popover() {
    let site = compile_bundled();
    let module = page(&site, "training/meetings-and-consent").html.as_str();
    let from = module.find("<div class=\"glossary-popovers\">").expect("the popovers");
    let popovers = &module[from..];
    let first =
        &popovers[..popovers.find("</button></div>").expect("the first popover ends") + "</button></div>".len()];
    insta::assert_snapshot!("glossary_popover", first);
}

/// Search finds the course's teaching pages as their own kind (the course page, each module's
/// sections, the case list, each case's story with its city) and never a self-check's questions,
/// answers or explanations, nor a case's discussion notes: they are on pages search leaves out.
#[test]
fn search_finds_the_course_as_its_own_kind_but_never_a_self_checks_answers() {
    use tsunagu::search::format::{read_chunk, Record, RecordKind};
    let site = compile_bundled();
    let records: Vec<Record> = site
        .search
        .files
        .iter()
        .filter(|(path, _)| path.contains("/r/"))
        .flat_map(|(_, bytes)| read_chunk(&String::from_utf8_lossy(bytes)))
        .collect();
    let course: Vec<&Record> = records.iter().filter(|record| record.kind == RecordKind::Training).collect();
    assert!(records.iter().all(|record| record.kind == RecordKind::Training || !record.path.starts_with("training")));
    for record in &course {
        let page = record.path.trim_end_matches('/');
        assert!(
            !page.ends_with("/check") && page != "training/progress" && page != "training/trainer",
            "{} is searched",
            record.path
        );
    }
    let has = |path: &str, anchor: &str| course.iter().any(|record| record.path == path && record.anchor == anchor);
    assert!(has("training/", ""), "the course page");
    assert!(has("training/cases/", ""), "the case list");
    assert!(has("training/komae-window-and-sheet/", "triage"), "a module's section");
    let case: Vec<&&Record> =
        course.iter().filter(|record| record.path == "training/cases/iwaki-double-care/").collect();
    assert_eq!(case.len(), 1, "a case is one record: its story");
    assert_eq!((case[0].anchor.as_str(), case[0].city.as_str()), ("story", "iwaki"));
    assert!(case[0].text.starts_with("いわき市の事例（ダブルケア）"), "{}", case[0].text);
    assert!(course
        .iter()
        .filter(|record| !record.path.starts_with("training/cases/"))
        .all(|record| record.city.is_empty()));

    let mut hidden: Vec<String> = Vec::new();
    for entry in std::fs::read_dir("content/training/quizzes").expect("the self-checks") {
        let text = std::fs::read_to_string(entry.expect("a file").path()).expect("reads");
        let quiz: toml::Value = toml::from_str(&text).expect("toml");
        for question in quiz["questions"].as_array().expect("questions") {
            hidden.push(question["text"].as_str().expect("text").to_string());
            for option in question["options"].as_array().expect("options") {
                hidden.push(option["explanation"].as_str().expect("explanation").to_string());
            }
        }
    }
    let cases: toml::Value =
        toml::from_str(&std::fs::read_to_string("content/training/cases.toml").expect("cases")).expect("toml");
    hidden.extend(
        cases["cases"]
            .as_array()
            .expect("cases")
            .iter()
            .filter_map(|case| case["discussion"].as_str())
            .map(str::to_string),
    );
    assert!(hidden.len() > 40, "{} hidden texts", hidden.len());
    for text in &hidden {
        let start: String = text.split('[').next().unwrap_or_default().chars().take(24).collect();
        assert!(records.iter().all(|record| !record.text.contains(&start)), "searchable: {start}");
    }
}
