//! The guide engine on a small flow built in code: every option of every question leads to its
//! expected next node, bad answers are errors (never panics), outcomes pick windows by the
//! answers, and the enumeration reaches every outcome.

use std::borrow::Cow;

use tsunagu::guide::{
    Answer, Answers, Choice, Condition, Flow, Outcome, Position, Question, QuestionKind, Route, WalkError, WindowPick,
};

fn text(value: &str) -> Cow<'static, str> {
    Cow::Owned(value.to_string())
}

fn choice(id: &str, exclusive: bool) -> Choice {
    Choice { id: text(id), exclusive }
}

fn any_of(question: &str, options: &[&str]) -> Condition {
    Condition::AnyOf { question: text(question), options: Cow::Owned(options.iter().map(|o| text(o)).collect()) }
}

fn route(when: Condition, next: &str) -> Route {
    Route { when, next: text(next) }
}

fn pick(window: &str, first: bool, when: Condition) -> WindowPick {
    WindowPick { window: text(window), reason: text("理由"), first, when }
}

/// urgent? → (yes: emergency) (no: trouble, multiple) → 2+ fields: many; else area → single.
fn flow() -> Flow {
    Flow {
        id: text("resident"),
        city: text("testcity"),
        start: text("urgent"),
        questions: Cow::Owned(vec![
            Question {
                id: text("urgent"),
                kind: QuestionKind::Single,
                options: Cow::Owned(vec![choice("yes", false), choice("no", false)]),
                allows_unknown: false,
                routes: Cow::Owned(vec![
                    route(any_of("urgent", &["yes"]), "emergency"),
                    route(Condition::Always, "trouble"),
                ]),
            },
            Question {
                id: text("trouble"),
                kind: QuestionKind::Multiple,
                options: Cow::Owned(vec![choice("care", false), choice("money", false), choice("none", true)]),
                allows_unknown: true,
                routes: Cow::Owned(vec![
                    route(Condition::AtLeast { question: text("trouble"), count: 2 }, "several"),
                    route(Condition::Always, "area"),
                ]),
            },
            Question {
                id: text("area"),
                kind: QuestionKind::Single,
                options: Cow::Owned(vec![choice("kita", false), choice("minami", false)]),
                allows_unknown: true,
                routes: Cow::Owned(vec![route(Condition::Always, "single")]),
            },
        ]),
        outcomes: Cow::Owned(vec![
            Outcome {
                id: text("emergency"),
                urgent: true,
                windows: Cow::Owned(vec![pick("madoguchi", true, Condition::Always)]),
            },
            Outcome {
                id: text("several"),
                urgent: false,
                windows: Cow::Owned(vec![pick("madoguchi", true, Condition::Always)]),
            },
            Outcome {
                id: text("single"),
                urgent: false,
                windows: Cow::Owned(vec![
                    pick(
                        "kita-houkatsu",
                        true,
                        Condition::All(Cow::Owned(vec![any_of("trouble", &["care"]), any_of("area", &["kita"])])),
                    ),
                    pick(
                        "minami-houkatsu",
                        true,
                        Condition::All(Cow::Owned(vec![any_of("trouble", &["care"]), any_of("area", &["minami"])])),
                    ),
                    pick("madoguchi", false, Condition::Always),
                    pick("madoguchi", true, any_of("trouble", &["none"])),
                    pick("madoguchi", true, any_of("area", &["kita"])),
                ]),
            },
        ]),
    }
}

fn answers(pairs: &[(&str, &[&str])]) -> Answers {
    pairs
        .iter()
        .map(|(question, options)| {
            let answer = if options == &["?"] {
                Answer::Unknown
            } else {
                Answer::Chose(options.iter().map(|o| o.to_string()).collect())
            };
            (question.to_string(), answer)
        })
        .collect()
}

fn next_node(answers_so_far: &[(&str, &[&str])]) -> String {
    match flow().walk(&answers(answers_so_far)).expect("a valid walk").position {
        Position::Asking(question) => question.id.to_string(),
        Position::Done(outcome) => outcome.id.to_string(),
    }
}

#[test]
fn each_option_of_each_question_leads_to_its_next_node() {
    assert_eq!(next_node(&[]), "urgent");
    assert_eq!(next_node(&[("urgent", &["yes"])]), "emergency");
    assert_eq!(next_node(&[("urgent", &["no"])]), "trouble");
    assert_eq!(next_node(&[("urgent", &["no"]), ("trouble", &["care"])]), "area");
    assert_eq!(next_node(&[("urgent", &["no"]), ("trouble", &["money"])]), "area");
    assert_eq!(next_node(&[("urgent", &["no"]), ("trouble", &["none"])]), "area");
    assert_eq!(next_node(&[("urgent", &["no"]), ("trouble", &["?"])]), "area");
    assert_eq!(next_node(&[("urgent", &["no"]), ("trouble", &["care", "money"])]), "several");
    for area in [&["kita"][..], &["minami"], &["?"]] {
        assert_eq!(next_node(&[("urgent", &["no"]), ("trouble", &["care"]), ("area", area)]), "single");
    }
}

#[test]
fn answers_off_the_path_are_kept_but_ignored() {
    let flow = flow();
    let walk = flow.walk(&answers(&[("urgent", &["yes"]), ("trouble", &["care"])])).unwrap();
    assert!(matches!(walk.position, Position::Done(outcome) if outcome.id == "emergency"));
    assert_eq!(walk.asked.len(), 1);
}

#[test]
fn bad_answers_are_errors_not_panics() {
    let cases: [(&[(&str, &[&str])], WalkError); 5] = [
        (&[("urgent", &["maybe"])], WalkError::UnknownOption { question: "urgent".into(), option: "maybe".into() }),
        (&[("urgent", &["yes", "no"])], WalkError::TooManyOptions { question: "urgent".into() }),
        (&[("urgent", &["?"])], WalkError::UnknownNotAllowed { question: "urgent".into() }),
        (
            &[("urgent", &["no"]), ("trouble", &["care", "none"])],
            WalkError::TooManyOptions { question: "trouble".into() },
        ),
        (
            &[("urgent", &["no"]), ("trouble", &["care", "care"])],
            WalkError::TooManyOptions { question: "trouble".into() },
        ),
    ];
    for (given, expected) in cases {
        assert_eq!(flow().walk(&answers(given)), Err(expected.clone()), "{given:?}");
        assert!(!expected.to_string().is_empty());
    }
    let mut broken = flow();
    broken.start = text("nowhere");
    assert_eq!(broken.walk(&Answers::new()), Err(WalkError::MissingNode("nowhere".into())));
}

#[test]
fn outcomes_pick_windows_by_area_and_trouble() {
    let flow = flow();
    let given = answers(&[("urgent", &["no"]), ("trouble", &["care"]), ("area", &["minami"])]);
    let Position::Done(outcome) = flow.walk(&given).unwrap().position else { panic!("an outcome") };
    let (first, secondary) = flow.picks(outcome, &given);
    assert_eq!(first.iter().map(|p| p.window.as_ref()).collect::<Vec<_>>(), ["minami-houkatsu"]);
    assert_eq!(secondary.iter().map(|p| p.window.as_ref()).collect::<Vec<_>>(), ["madoguchi"]);
    let none = answers(&[("urgent", &["no"]), ("trouble", &["none"]), ("area", &["kita"])]);
    let (first, secondary) = flow.picks(outcome, &none);
    assert_eq!(first.iter().map(|p| p.window.as_ref()).collect::<Vec<_>>(), ["madoguchi"]);
    assert!(secondary.is_empty(), "a window is not both first and secondary");
    assert_eq!(first.len(), 1, "two first picks of one window show it once");
}

#[test]
fn enumeration_reaches_every_outcome_with_every_combination() {
    let flow = flow();
    let paths = flow.paths().unwrap();
    // urgent yes: 1; urgent no: trouble has 3 combinations of care/money + none + unknown = 5,
    // of which care+money goes to `several` (1) and the other 4 ask the area (3 answers each).
    assert_eq!(paths.len(), 1 + 1 + 4 * 3);
    let mut reached: Vec<&str> = paths.iter().map(|(_, outcome)| outcome.id.as_ref()).collect();
    reached.dedup();
    reached.sort();
    reached.dedup();
    assert_eq!(reached, ["emergency", "several", "single"]);
}
