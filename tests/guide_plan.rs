//! The plan of every kind of guide screen, as the browser paints it: which screen and heading
//! show, where every link leads (its query), the progress and count texts, what is ticked, the
//! check rows, the result's picks and memo, and the tab title. Then the contract: a built guide
//! page carries every id, class and attribute `guide::markup` names, and the wording templates.

#[path = "support/guide_page.rs"]
mod guide_page;

use std::borrow::Cow;
use std::collections::BTreeSet;
use std::path::Path;

use tsunagu::content::guides::pages::wording;
use tsunagu::content::{compile_site, PageKind};
use tsunagu::guide::markup::{self, Wording};
use tsunagu::guide::plan::{in_play_text, plan, resume_of, Content, Link, Plan, Resume};
use tsunagu::guide::steps::{after_answer, place_from_query, with_kept, Place, Problem};
use tsunagu::guide::{Answer, Choice, Condition, Flow, Outcome, Question, QuestionKind, Route, WindowPick};
use tsunagu::site::Edition;

fn text(value: &str) -> Cow<'static, str> {
    Cow::Owned(value.to_string())
}

fn any_of(question: &str, options: &[&str]) -> Condition {
    Condition::AnyOf { question: text(question), options: Cow::Owned(options.iter().map(|o| text(o)).collect()) }
}

fn question(id: &str, kind: QuestionKind, options: &[(&str, bool)], unknown: bool, routes: Vec<Route>) -> Question {
    Question {
        id: text(id),
        kind,
        options: Cow::Owned(
            options.iter().map(|(id, exclusive)| Choice { id: text(id), exclusive: *exclusive }).collect(),
        ),
        allows_unknown: unknown,
        among: None,
        routes: Cow::Owned(routes),
    }
}

fn pick(window: &str, first: bool, reason: &str, when: Condition) -> WindowPick {
    WindowPick { window: text(window), reason: text(reason), first, when }
}

/// danger? → (yes: emergency, urgent) (no: trouble, multiple with an exclusive `none` and
/// 「わからない」) → none: general; else area → local (window `b` only in the north).
fn flow() -> Flow {
    let route = |when: Condition, next: &str| Route { when, next: text(next) };
    Flow {
        id: text("resident"),
        city: text("testcity"),
        start: text("danger"),
        questions: Cow::Owned(vec![
            question(
                "danger",
                QuestionKind::Single,
                &[("yes", false), ("no", false)],
                false,
                vec![route(any_of("danger", &["yes"]), "emergency"), route(Condition::Always, "trouble")],
            ),
            question(
                "trouble",
                QuestionKind::Multiple,
                &[("care", false), ("money", false), ("none", true)],
                true,
                vec![route(any_of("trouble", &["none"]), "general"), route(Condition::Always, "area")],
            ),
            question(
                "area",
                QuestionKind::Single,
                &[("north", false), ("south", false)],
                false,
                vec![route(Condition::Always, "local")],
            ),
        ]),
        outcomes: Cow::Owned(vec![
            Outcome {
                id: text("emergency"),
                urgent: true,
                windows: Cow::Owned(vec![pick("police", true, "危険", Condition::Always)]),
            },
            Outcome {
                id: text("general"),
                urgent: false,
                windows: Cow::Owned(vec![pick("madoguchi", true, "総合", Condition::Always)]),
            },
            Outcome {
                id: text("local"),
                urgent: false,
                windows: Cow::Owned(vec![
                    pick("a", true, "地域", Condition::Always),
                    pick("b", false, "北部", any_of("area", &["north"])),
                ]),
            },
        ]),
    }
}

fn plan_of(query: &str) -> Plan {
    let flow = flow();
    let place = place_from_query(&flow, query).unwrap_or_else(|problem| panic!("{query}: {problem:?}"));
    plan(&flow, &place, false, &wording(Edition::Japanese)).unwrap_or_else(|problem| panic!("{query}: {problem:?}"))
}

fn link(selector: &str, query: &str) -> Link {
    Link { selector: selector.to_string(), query: query.to_string() }
}

fn chose(options: &[&str]) -> Option<Answer> {
    Some(Answer::Chose(options.iter().map(|option| option.to_string()).collect()))
}

#[test]
fn the_intro_shows_alone_with_no_links_to_draw_and_the_pages_own_title() {
    let plan = plan_of("");
    assert_eq!(
        (plan.key.as_str(), plan.screen.as_str(), plan.heading.as_str()),
        ("intro", "guide-intro", "guide-intro-title")
    );
    assert!(!plan.nav, "no Back or Start again on the intro");
    assert_eq!(plan.links, []);
    assert_eq!(plan.content, Content::Intro);
    assert_eq!(plan.title(&wording(Edition::Japanese), "はじめに", "相談先ガイド"), "相談先ガイド");
}

#[test]
fn the_first_question_counts_the_questions_that_may_follow_and_every_window_in_play() {
    let plan = plan_of("?at=danger");
    assert_eq!(
        (plan.key.as_str(), plan.screen.as_str(), plan.heading.as_str()),
        ("q-danger", "guide-q-danger", "guide-q-danger-title")
    );
    assert!(plan.nav);
    assert_eq!(plan.links, [link("#guide-back", ""), link("#guide-restart", "")]);
    assert_eq!(
        plan.content,
        Content::Question {
            question: "danger".into(),
            ticked: None,
            progress: "1問目・このあと多くて2問".into(),
            in_play: Some("いまの回答から案内できる窓口：4か所（この先の質問に答えるほど絞りこまれます）".into()),
            offered: None,
        }
    );
    assert_eq!(plan.title(&wording(Edition::Japanese), "危ないですか", "ガイド"), "危ないですか｜ガイド");
}

#[test]
fn a_question_gone_back_to_keeps_its_answer_ticked_and_backs_onto_the_one_before() {
    let plan = plan_of("?danger=no&trouble=care.money&at=trouble");
    assert_eq!(
        plan.links,
        [link("#guide-back", "?danger=no&trouble=care.money&at=danger"), link("#guide-restart", "")]
    );
    assert_eq!(
        plan.content,
        Content::Question {
            question: "trouble".into(),
            ticked: chose(&["care", "money"]),
            progress: "2問目・このあと多くて1問".into(),
            in_play: Some("いまの回答から案内できる窓口：2か所（この先の質問に答えるほど絞りこまれます）".into()),
            offered: None,
        }
    );
}

#[test]
fn the_last_question_says_it_is_the_last() {
    let Content::Question { progress, .. } = plan_of("?danger=no&trouble=care&at=area").content else {
        panic!("not a question")
    };
    assert_eq!(progress, "3問目・これが最後の質問です");
}

#[test]
fn the_live_count_follows_what_is_ticked_not_only_the_address() {
    let flow = flow();
    let place = place_from_query(&flow, "?danger=no&at=trouble").unwrap();
    let count =
        |ticked: Option<Answer>| in_play_text(&flow, &place, "trouble", ticked.as_ref(), &wording(Edition::Japanese));
    assert_eq!(
        count(None).as_deref(),
        Some("いまの回答から案内できる窓口：3か所（この先の質問に答えるほど絞りこまれます）")
    );
    assert_eq!(
        count(chose(&["none"])).as_deref(),
        Some("いまの回答から案内できる窓口：1か所（この先の質問に答えるほど絞りこまれます）")
    );
    assert_eq!(
        count(chose(&["care"])).as_deref(),
        Some("いまの回答から案内できる窓口：2か所（この先の質問に答えるほど絞りこまれます）")
    );
    let intro = place_from_query(&flow, "").unwrap();
    assert_eq!(
        in_play_text(&flow, &intro, "trouble", None, &wording(Edition::Japanese)),
        None,
        "only on a question's screen"
    );
}

#[test]
fn the_check_screen_shows_every_answer_with_its_change_link_and_the_result_link() {
    let plan = plan_of("?danger=no&trouble=care&area=north&at=check");
    assert_eq!(
        (plan.key.as_str(), plan.screen.as_str(), plan.heading.as_str()),
        ("check", "guide-check", "guide-check-title")
    );
    let all = "?danger=no&trouble=care&area=north";
    assert_eq!(
        plan.links,
        [
            link("#guide-back", &format!("{all}&at=area")),
            link("#guide-restart", ""),
            link(".check-answers__row[data-row=\"danger\"] [data-change]", &format!("{all}&at=danger&return=check")),
            link(".check-answers__row[data-row=\"trouble\"] [data-change]", &format!("{all}&at=trouble&return=check")),
            link(".check-answers__row[data-row=\"area\"] [data-change]", &format!("{all}&at=area&return=check")),
            link("#guide-see-result", all),
        ]
    );
    assert_eq!(
        plan.content,
        Content::Check {
            rows: vec![
                ("danger".into(), chose(&["no"])),
                ("trouble".into(), chose(&["care"])),
                ("area".into(), chose(&["north"])),
            ]
        }
    );
}

#[test]
fn a_result_shows_the_engines_picks_the_memo_and_a_link_to_check_the_answers() {
    let plan = plan_of("?danger=no&trouble=care&area=north");
    assert_eq!(
        (plan.key.as_str(), plan.screen.as_str(), plan.heading.as_str()),
        ("o-local", "guide-o-local", "guide-o-local-title")
    );
    let all = "?danger=no&trouble=care&area=north";
    assert_eq!(
        plan.links,
        [
            link("#guide-back", &format!("{all}&at=check")),
            link("#guide-restart", ""),
            link("#guide-o-local [data-to-check]", &format!("{all}&at=check")),
        ]
    );
    let memo = vec![
        ("danger".into(), chose(&["no"])),
        ("trouble".into(), chose(&["care"])),
        ("area".into(), chose(&["north"])),
    ];
    assert_eq!(
        plan.content,
        Content::Result {
            outcome: "local".into(),
            first: vec![0],
            secondary: vec![1],
            memo: Some(memo),
            chosen: vec!["area:north".into(), "danger:no".into(), "trouble:care".into()],
        }
    );
    let Content::Result { secondary, .. } = plan_of("?danger=no&trouble=unknown&area=south").content else {
        panic!("not a result")
    };
    assert_eq!(secondary, Vec::<usize>::new(), "the north's window is not offered in the south");
}

#[test]
fn an_urgent_result_comes_at_once_without_memo_or_check_link() {
    let plan = plan_of("?danger=yes");
    assert_eq!(plan.key, "o-emergency");
    assert_eq!(plan.links, [link("#guide-back", "?danger=yes&at=danger"), link("#guide-restart", "")]);
    assert_eq!(
        plan.content,
        Content::Result {
            outcome: "emergency".into(),
            first: vec![0],
            secondary: vec![],
            memo: None,
            chosen: vec!["danger:yes".into()],
        }
    );
}

#[test]
fn the_sensitive_mode_keeps_the_pages_own_title_on_every_screen() {
    let flow = flow();
    for query in ["?at=danger", "?danger=no&trouble=care&area=north&at=check", "?danger=yes"] {
        let place = place_from_query(&flow, query).unwrap();
        let plan = plan(&flow, &place, true, &wording(Edition::Japanese)).unwrap();
        assert!(!plan.titled, "{query}");
        assert_eq!(plan.title(&wording(Edition::Japanese), "見出し", "ガイド"), "ガイド");
    }
}

#[test]
fn an_address_off_the_path_has_no_plan() {
    let flow = flow();
    let place = place_from_query(&flow, "?danger=yes&at=area").unwrap();
    assert_eq!(plan(&flow, &place, false, &wording(Edition::Japanese)), Err(Problem::NotOnPath("area".into())));
}

#[test]
fn a_stored_walk_is_offered_only_when_it_can_be_shown() {
    let flow = flow();
    assert_eq!(resume_of(&flow, None), Resume::Nothing);
    assert_eq!(resume_of(&flow, Some("")), Resume::Nothing, "kept, but not begun");
    assert_eq!(resume_of(&flow, Some("?danger=no&at=trouble")), Resume::Offer("?danger=no&at=trouble".into()));
    assert_eq!(resume_of(&flow, Some("?danger=maybe")), Resume::Damaged);
    assert_eq!(
        resume_of(&flow, Some("danger=no&at=trouble")),
        Resume::Damaged,
        "without its `?` it is not the guide's"
    );
    assert_eq!(resume_of(&flow, Some("?danger=yes&at=area")), Resume::Damaged);
}

#[test]
fn a_built_guide_page_carries_every_id_class_and_attribute_of_the_contract() {
    let site = compile_site(Path::new("content"), "/").expect("the bundled content compiles");
    let checked = &site.flows[0];
    let flow = &checked.flow;
    let page = site
        .pages
        .iter()
        .find(|page| page.kind == PageKind::Guide && page.id == format!("cities/{}/guides/{}", flow.city, flow.id))
        .expect("the flow has a page");
    let tags = guide_page::start_tags(&page.html);
    let ids: BTreeSet<String> = tags.iter().filter_map(|tag| tag.attribute("id")).collect();
    let classes: BTreeSet<String> = tags
        .iter()
        .filter_map(|tag| tag.attribute("class"))
        .flat_map(|class| class.split(' ').map(str::to_string).collect::<Vec<_>>())
        .collect();
    let attributes: BTreeSet<&str> =
        tags.iter().flat_map(|tag| tag.attributes.iter().map(|(name, _)| name.as_str())).collect();

    let mut expected_ids: Vec<String> = [
        markup::ROOT_ID,
        markup::EXIT_LINK_ID,
        markup::PROBLEM_ID,
        markup::SENSITIVE_NOTE_ID,
        markup::NAV_ID,
        markup::BACK_ID,
        markup::RESTART_ID,
        markup::INTRO_ID,
        markup::INTRO_TITLE_ID,
        markup::RESUME_ID,
        markup::RESUME_TEXT_ID,
        markup::RESUME_LINK_ID,
        markup::FORGET_ID,
        markup::SENSITIVE_ID,
        markup::REMEMBER_ID,
        markup::START_ID,
        markup::CHECK_ID,
        markup::CHECK_TITLE_ID,
        markup::SEE_RESULT_ID,
        markup::MEMO_ID,
        markup::MEMO_WINDOWS_ID,
        markup::MEMO_ANSWERS_ID,
        markup::PRINT_ID,
    ]
    .map(str::to_string)
    .to_vec();
    for question in flow.questions.iter() {
        let id = question.id.as_ref();
        expected_ids.extend([
            markup::question_id(id),
            markup::question_title_id(id),
            markup::question_hint_id(id),
            markup::question_error_id(id),
        ]);
        expected_ids.extend(question.options.iter().map(|option| markup::option_id(id, &option.id)));
    }
    for outcome in flow.outcomes.iter() {
        expected_ids.extend([markup::outcome_id(&outcome.id), markup::outcome_title_id(&outcome.id)]);
    }
    for id in &expected_ids {
        assert!(ids.contains(id), "{}: no element has the id `{id}`", page.id);
    }
    for class in [
        markup::SCREEN_CLASS,
        markup::FORM_CLASS,
        markup::ROW_CLASS,
        markup::PICK_NAME_CLASS,
        markup::PICK_CONTACT_CLASS,
    ] {
        assert!(classes.contains(class), "{}: no element has the class `{class}`", page.id);
    }
    for attribute in [
        markup::FLOW_ATTR,
        markup::EXIT_ATTR,
        markup::LINK_ATTR,
        markup::QUESTION_ATTR,
        markup::OUTCOME_ATTR,
        markup::PROGRESS_ATTR,
        markup::IN_PLAY_ATTR,
        markup::EXCLUSIVE_ATTR,
        markup::ROW_ATTR,
        markup::ANSWER_ATTR,
        markup::CHANGE_ATTR,
        markup::PICK_ATTR,
        markup::SECONDARY_ATTR,
        markup::TO_CHECK_ATTR,
        markup::CHOICE_ATTR,
        markup::PREPARE_ATTR,
    ] {
        assert!(attributes.contains(attribute), "{}: no element has the attribute `{attribute}`", page.id);
    }
    // The wording the browser fills in is on the root, as written at build time.
    let root = tags.iter().find(|tag| tag.attribute("id").as_deref() == Some(markup::ROOT_ID)).expect("a root");
    assert_eq!(Wording::read(|name| root.attribute(name)), wording(Edition::Japanese));
    assert!(wording(Edition::Japanese).values().iter().all(|value| !value.is_empty()));
}

#[test]
fn answers_kept_in_memory_fill_an_older_address_that_agrees_with_them() {
    let flow = flow();
    let kept = place_from_query(&flow, "?danger=no&trouble=care&at=area").expect("a walk").answers;
    // The browser's Back reaches an address from before `trouble` was answered: it shows ticked.
    let back = place_from_query(&flow, "?danger=no&at=trouble").expect("an earlier address");
    let shown = with_kept(back, &kept);
    assert_eq!(shown.answers.get("trouble"), chose(&["care"]).as_ref());
    assert_eq!(shown.at.as_deref(), Some("trouble"));
    // An address that disagrees with what is kept, and the intro, are shown as they are.
    let other = place_from_query(&flow, "?danger=yes&at=danger").expect("another address");
    assert_eq!(with_kept(other.clone(), &kept), other);
    assert_eq!(with_kept(Place::default(), &kept), Place::default());
}

/// The test flow with 「いちばん困っていること」 (`main`, among the troubles ticked) asked
/// between the troubles and the area when more than one is ticked.
fn flow_with_main() -> Flow {
    let mut flow = flow();
    let mut questions = flow.questions.to_vec();
    questions[1].routes = Cow::Owned(vec![
        Route { when: any_of("trouble", &["none"]), next: text("general") },
        Route { when: Condition::AtLeast { question: text("trouble"), count: 2 }, next: text("main") },
        Route { when: Condition::Always, next: text("area") },
    ]);
    let mut main = question(
        "main",
        QuestionKind::Single,
        &[("care", false), ("money", false)],
        true,
        vec![Route { when: Condition::Always, next: text("area") }],
    );
    main.among = Some(text("trouble"));
    questions.insert(2, main);
    flow.questions = Cow::Owned(questions);
    flow
}

#[test]
fn a_main_trouble_no_longer_ticked_is_asked_again_not_routed_by() {
    let flow = flow_with_main();
    let walked = place_from_query(&flow, "danger=no&trouble=care.money&main=money&area=north&at=check").unwrap();
    assert_eq!(walked.answers.get("main"), chose(&["money"]).as_ref());
    // On the check screen the reader changes the troubles and keeps only 介護.
    let changing =
        place_from_query(&flow, "danger=no&trouble=care.money&main=money&area=north&at=trouble&return=check").unwrap();
    let trouble = flow.question("trouble").unwrap();
    let after = after_answer(&flow, &changing, trouble, Answer::Chose(vec!["care".to_string()])).unwrap();
    assert_eq!(after.answers.get("main"), None, "the main trouble お金 is forgotten with its tick");
    assert_eq!(after.at.as_deref(), Some("check"), "one trouble asks no main one: back to the check screen");
    // Ticking both again asks which matters most, with nothing pre-ticked from before.
    let both = after_answer(
        &flow,
        &Place { at: Some("trouble".to_string()), returning: true, ..after.clone() },
        trouble,
        Answer::Chose(vec!["care".to_string(), "money".to_string()]),
    )
    .unwrap();
    assert_eq!(both.at.as_deref(), Some("main"));
    // A hand-edited or old link naming a main trouble that is not ticked is not obeyed.
    let edited = place_from_query(&flow, "danger=no&trouble=care.money&main=money&area=north").unwrap();
    assert_eq!(edited.answers.get("main"), chose(&["money"]).as_ref(), "a ticked main trouble is kept");
    let stale = place_from_query(&flow, "danger=no&trouble=care&main=money&area=north").unwrap();
    assert_eq!(stale.answers.get("main"), None);
}
