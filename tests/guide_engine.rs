//! The guide engine on a small flow built in code: every option of every question leads to its
//! expected next node, bad answers are errors (never panics), outcomes pick windows by the
//! answers, the enumeration reaches every outcome, and a memoised walk groups the answers no
//! condition tells apart and counts the same paths.

#[path = "support/every_path.rs"]
mod every_path;

use std::borrow::Cow;

use every_path::{every_path, path_count};
use tsunagu::guide::explore::{Ending, Explorer, Step, Tally};
use tsunagu::guide::{
    Answer, Answers, Choice, Condition, Flow, Outcome, Position, Question, QuestionKind, Route, WalkError, WindowPick,
};

/// Answers as (question, options chosen).
type Given<'a> = &'a [(&'a str, &'a [&'a str])];
/// Windows shown, as (window, reason).
type Shown = Vec<(String, String)>;
/// Windows expected, as (window, reason).
type Picks<'a> = &'a [(&'a str, &'a str)];

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

/// A window pick with its own reason, so a test can tell which pick of a window applies.
fn pick(window: &str, first: bool, reason: &str, when: Condition) -> WindowPick {
    WindowPick { window: text(window), reason: text(reason), first, when }
}

/// urgent? → (yes: emergency) (no: trouble, multiple) → 2+ fields: many; else area → single.
/// In `single` the window `madoguchi` is picked four times: as a secondary window always and
/// in the south, and as a first window for 「あてはまるものはない」 and in the north.
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
                among: None,
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
                among: None,
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
                among: None,
                routes: Cow::Owned(vec![route(Condition::Always, "single")]),
            },
        ]),
        outcomes: Cow::Owned(vec![
            Outcome {
                id: text("emergency"),
                urgent: true,
                windows: Cow::Owned(vec![pick("madoguchi", true, "落ち着いたら相談", Condition::Always)]),
            },
            Outcome {
                id: text("several"),
                urgent: false,
                windows: Cow::Owned(vec![pick("madoguchi", true, "重なる困りごとをまとめて", Condition::Always)]),
            },
            Outcome {
                id: text("single"),
                urgent: false,
                windows: Cow::Owned(vec![
                    pick(
                        "kita-houkatsu",
                        true,
                        "北地区の介護の相談",
                        Condition::All(Cow::Owned(vec![any_of("trouble", &["care"]), any_of("area", &["kita"])])),
                    ),
                    pick(
                        "minami-houkatsu",
                        true,
                        "南地区の介護の相談",
                        Condition::All(Cow::Owned(vec![any_of("trouble", &["care"]), any_of("area", &["minami"])])),
                    ),
                    pick("madoguchi", false, "どんな相談も", Condition::Always),
                    pick("madoguchi", false, "南地区への出張相談", any_of("area", &["minami"])),
                    pick("madoguchi", true, "分野の決まらない相談", any_of("trouble", &["none"])),
                    pick("madoguchi", true, "北地区の身近な窓口", any_of("area", &["kita"])),
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
    let cases: [(Given, WalkError); 5] = [
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

/// The windows shown for these answers (which must reach an outcome), as (window, reason):
/// (first ones, secondary ones).
fn shown(given: Given) -> (Shown, Shown) {
    let flow = flow();
    let given = answers(given);
    let Position::Done(outcome) = flow.walk(&given).unwrap().position else { panic!("an outcome") };
    let (first, secondary) = flow.picks(outcome, &given);
    let pairs =
        |picks: Vec<&WindowPick>| picks.into_iter().map(|p| (p.window.to_string(), p.reason.to_string())).collect();
    (pairs(first), pairs(secondary))
}

fn windows(pairs: &[(&str, &str)]) -> Vec<(String, String)> {
    pairs.iter().map(|(window, reason)| (window.to_string(), reason.to_string())).collect()
}

#[test]
fn outcomes_pick_windows_by_area_and_trouble() {
    let care_south = shown(&[("urgent", &["no"]), ("trouble", &["care"]), ("area", &["minami"])]);
    assert_eq!(
        care_south.0,
        windows(&[("minami-houkatsu", "南地区の介護の相談")]),
        "the south's 包括, not the north's"
    );
    let care_unknown = shown(&[("urgent", &["no"]), ("trouble", &["care"]), ("area", &["?"])]);
    assert_eq!(care_unknown.0, windows(&[]), "no area: neither 包括");
    assert_eq!(care_unknown.1, windows(&[("madoguchi", "どんな相談も")]));
    assert_eq!(shown(&[("urgent", &["yes"])]).0, windows(&[("madoguchi", "落ち着いたら相談")]));
    assert_eq!(
        shown(&[("urgent", &["no"]), ("trouble", &["care", "money"])]).0,
        windows(&[("madoguchi", "重なる困りごとをまとめて")])
    );
}

#[test]
fn a_window_picked_twice_shows_once_by_its_first_applying_pick_first_ones_before_secondary() {
    // The engine's rule: a window's first applying pick marked first wins; else its first
    // applying secondary pick. The order of picks in the outcome decides, not the later pick.
    let cases: [(Given, Picks, Picks); 5] = [
        // Both first picks of madoguchi apply: the earlier one, for 「あてはまるものはない」.
        (
            &[("urgent", &["no"]), ("trouble", &["none"]), ("area", &["kita"])],
            &[("madoguchi", "分野の決まらない相談")],
            &[],
        ),
        // Both secondary picks apply: the earlier one, for everyone.
        (
            &[("urgent", &["no"]), ("trouble", &["care"]), ("area", &["minami"])],
            &[("minami-houkatsu", "南地区の介護の相談")],
            &[("madoguchi", "どんな相談も")],
        ),
        // A secondary pick comes first in the outcome, but a later first pick applies: first wins.
        (
            &[("urgent", &["no"]), ("trouble", &["money"]), ("area", &["kita"])],
            &[("madoguchi", "北地区の身近な窓口")],
            &[],
        ),
        // Two secondary and one first pick apply: the first pick, and the window only once.
        (
            &[("urgent", &["no"]), ("trouble", &["none"]), ("area", &["minami"])],
            &[("madoguchi", "分野の決まらない相談")],
            &[],
        ),
        // First windows keep the outcome's order: the 包括 before madoguchi.
        (
            &[("urgent", &["no"]), ("trouble", &["care"]), ("area", &["kita"])],
            &[("kita-houkatsu", "北地区の介護の相談"), ("madoguchi", "北地区の身近な窓口")],
            &[],
        ),
    ];
    for (given, first, secondary) in cases {
        assert_eq!(shown(given), (windows(first), windows(secondary)), "{given:?}");
    }
}

#[test]
fn enumeration_reaches_every_outcome_with_every_combination() {
    let flow = flow();
    let paths = every_path(&flow).unwrap();
    // urgent yes: 1; urgent no: trouble has 3 combinations of care/money + none + unknown = 5,
    // of which care+money goes to `several` (1) and the other 4 ask the area (3 answers each).
    assert_eq!(path_count(&flow, &paths), 1 + 1 + 4 * 3);
    let mut reached: Vec<&str> = paths.iter().map(|(_, outcome)| outcome.id.as_ref()).collect();
    reached.dedup();
    reached.sort();
    reached.dedup();
    assert_eq!(reached, ["emergency", "several", "single"]);
}

#[test]
fn answers_no_condition_tells_apart_walk_as_one_class() {
    let flow = flow();
    let trouble = flow.questions.iter().position(|question| question.id == "trouble").unwrap();
    let explorer = Explorer::new(&flow);
    let classes: Vec<(Answer, u64)> =
        explorer.classes(trouble).iter().map(|class| (class.answer.clone(), class.count)).collect();
    let chose = |options: &[&str]| Answer::Chose(options.iter().map(|o| o.to_string()).collect());
    // The flow reads `trouble` for two or more fields, for care and for none: money alone and
    // 「わからない」 are alike, and the least of them stands for both.
    assert_eq!(
        classes,
        [(chose(&["care"]), 1), (chose(&["money"]), 2), (chose(&["care", "money"]), 1), (chose(&["none"]), 1)]
    );
}

/// Counts the paths of a memoised walk: one at each outcome, times the answers of each class.
struct PathCount;

impl<'f> Tally<'f> for PathCount {
    type Value = u64;

    fn outcome(&mut self, _ending: &Ending<'_, 'f>) -> u64 {
        1
    }

    fn nothing(&self) -> u64 {
        0
    }

    fn add(&mut self, step: Step, total: u64, next: &u64) -> u64 {
        total + step.count * next
    }
}

#[test]
fn a_memoised_walk_counts_the_paths_the_enumeration_finds_within_its_step_limit() {
    let flow = flow();
    let paths = path_count(&flow, &every_path(&flow).unwrap());
    assert_eq!(Explorer::new(&flow).walk("urgent", &Answers::new(), &mut PathCount), Ok(paths));
    let limited = Explorer::new(&flow).with_step_limit(3).walk("urgent", &Answers::new(), &mut PathCount);
    assert_eq!(limited, Err(WalkError::TooLarge { limit: 3 }), "a bounded walk stops with an error");
    assert!(!WalkError::TooLarge { limit: 3 }.to_string().is_empty());
}

#[test]
fn windows_in_play_narrow_as_answers_come() {
    let flow = flow();
    let all: Vec<&str> = flow.windows_in_play(&Answers::new()).unwrap().into_iter().collect();
    assert_eq!(all, ["kita-houkatsu", "madoguchi", "minami-houkatsu"]);
    let money = flow.windows_in_play(&answers(&[("urgent", &["no"]), ("trouble", &["money"])])).unwrap();
    assert_eq!(money.into_iter().collect::<Vec<_>>(), ["madoguchi"], "no care trouble: no 包括");
    let care_south =
        flow.windows_in_play(&answers(&[("urgent", &["no"]), ("trouble", &["care"]), ("area", &["minami"])])).unwrap();
    assert_eq!(care_south.into_iter().collect::<Vec<_>>(), ["madoguchi", "minami-houkatsu"]);
    // An answer to a question off the path does not narrow anything.
    let off_path = flow.windows_in_play(&answers(&[("urgent", &["no"]), ("area", &["kita"])])).unwrap();
    assert_eq!(off_path.len(), 3);
}

#[test]
fn the_live_count_gives_up_on_a_flow_too_large_for_a_click() {
    // Nine four-option questions (262,144 paths) and a window no answer reaches, so the count
    // cannot stop early: from the start it would try more answers than the limit.
    let options = || Cow::Owned(["a", "b", "c", "d"].map(|option| choice(option, false)).to_vec());
    let next = |number: usize| if number < 9 { format!("q{}", number + 1) } else { "end".to_string() };
    let questions = (1..=9).map(|number| Question {
        id: text(&format!("q{number}")),
        kind: QuestionKind::Single,
        options: options(),
        allows_unknown: false,
        among: None,
        routes: Cow::Owned(vec![route(Condition::Always, &next(number))]),
    });
    let windows = vec![
        pick("madoguchi", true, "いつでも", Condition::Always),
        pick("never", false, "どの答えでもない", any_of("q1", &["z"])),
    ];
    let flow = Flow {
        id: text("resident"),
        city: text("testcity"),
        start: text("q1"),
        questions: Cow::Owned(questions.collect()),
        outcomes: Cow::Owned(vec![Outcome { id: text("end"), urgent: false, windows: Cow::Owned(windows) }]),
    };
    let limit = tsunagu::guide::engine::LIVE_COUNT_LIMIT;
    assert_eq!(flow.windows_in_play(&Answers::new()), Err(WalkError::TooLarge { limit }));
    let five = answers(&[("q1", &["a"]), ("q2", &["a"]), ("q3", &["a"]), ("q4", &["a"]), ("q5", &["a"])]);
    let in_play = flow.windows_in_play(&five).expect("after five answers, 256 completions are counted in full");
    assert_eq!(in_play.into_iter().collect::<Vec<_>>(), ["madoguchi"]);
}

#[test]
fn questions_left_are_honest_bounds() {
    let flow = flow();
    assert_eq!(flow.questions_left(flow.question("urgent").unwrap()), (1, 3), "emergency at once, or three questions");
    assert_eq!(flow.questions_left(flow.question("trouble").unwrap()), (1, 2));
    assert_eq!(flow.questions_left(flow.question("area").unwrap()), (1, 1));
}

mod steps {
    //! The walk as screens: intro, one question, check your answers, result; Back keeps the
    //! earlier answers, Change links return to the check screen, and odd addresses are problems.

    use super::*;
    use tsunagu::guide::steps::{
        after_answer, back_of, change_place, place_from_query, query_of, result_place, screen, Place, Problem, Screen,
    };

    fn shown(place: &Place) -> String {
        match screen(&flow(), place).unwrap() {
            Screen::Intro => "intro".into(),
            Screen::Question { question, answer, .. } => {
                format!("{}{}", question.id, if answer.is_some() { "*" } else { "" })
            }
            Screen::Check { asked } => format!("check({})", asked.len()),
            Screen::Result { outcome, .. } => format!("result:{}", outcome.id),
        }
    }

    fn answer(place: &Place, question: &str, options: &[&str]) -> Place {
        let flow = flow();
        let given = answers(&[(question, options)]).remove(question).unwrap();
        after_answer(&flow, place, flow.question(question).unwrap(), given).unwrap()
    }

    #[test]
    fn a_walk_goes_question_by_question_to_check_then_result() {
        let flow = flow();
        let start = place_from_query(&flow, "").unwrap();
        assert_eq!(shown(&start), "intro");
        let first = place_from_query(&flow, "?at=urgent").unwrap();
        assert_eq!(shown(&first), "urgent");
        let place = answer(&first, "urgent", &["no"]);
        assert_eq!(query_of(&flow, &place), "?urgent=no&at=trouble");
        let place = answer(&place, "trouble", &["care"]);
        let place = answer(&place, "area", &["kita"]);
        assert_eq!(shown(&place), "check(3)");
        assert_eq!(query_of(&flow, &place), "?urgent=no&trouble=care&area=kita&at=check");
        let result = result_place(&flow, &place);
        assert_eq!(shown(&result), "result:single");
        assert_eq!(query_of(&flow, &result), "?urgent=no&trouble=care&area=kita");
        assert_eq!(place_from_query(&flow, &query_of(&flow, &result)).unwrap(), result, "the query round-trips");
    }

    #[test]
    fn an_urgent_detour_keeps_the_other_answers() {
        let flow = flow();
        let check = place_from_query(&flow, "?urgent=no&trouble=care&area=kita&at=check").unwrap();
        let urgent = answer(&change_place(&check, flow.question("urgent").unwrap()), "urgent", &["yes"]);
        assert_eq!(shown(&urgent), "result:emergency");
        let back = back_of(&flow, &urgent).unwrap();
        let again = answer(&back, "urgent", &["no"]);
        assert_eq!(shown(&again), "trouble*", "choosing no again finds the earlier answers");
        assert_eq!(again.answers.len(), 3);
    }

    #[test]
    fn tracking_keys_added_by_sharing_are_left_out() {
        let flow = flow();
        let place = place_from_query(&flow, "?urgent=no&trouble=care&area=kita&utm_source=line&fbclid=IwAR0x").unwrap();
        assert_eq!(shown(&place), "result:single");
        assert_eq!(query_of(&flow, &place), "?urgent=no&trouble=care&area=kita");
    }

    #[test]
    fn danger_goes_straight_to_the_urgent_result() {
        let flow = flow();
        let place = answer(&place_from_query(&flow, "?at=urgent").unwrap(), "urgent", &["yes"]);
        assert_eq!(shown(&place), "result:emergency");
        assert_eq!(query_of(&flow, &place), "?urgent=yes", "no check screen and no further question");
        assert_eq!(shown(&back_of(&flow, &place).unwrap()), "urgent*");
    }

    #[test]
    fn back_keeps_the_earlier_answers_and_change_returns_to_check() {
        let flow = flow();
        let check = place_from_query(&flow, "?urgent=no&trouble=care&area=kita&at=check").unwrap();
        let back = back_of(&flow, &check).unwrap();
        assert_eq!(shown(&back), "area*", "Back from check shows the last question with its answer");
        let back = back_of(&flow, &back).unwrap();
        assert_eq!(shown(&back), "trouble*");
        assert_eq!(back.answers.len(), 3, "later answers are kept");
        // Changing `trouble` to two fields skips `area`: the Change link returns to check at once.
        let change = change_place(&check, flow.question("trouble").unwrap());
        assert_eq!(shown(&change), "trouble*");
        assert_eq!(shown(&back_of(&flow, &change).unwrap()), "check(3)", "Back from a Change link is the check screen");
        let changed = answer(&change, "trouble", &["care", "money"]);
        assert_eq!(shown(&changed), "check(2)");
        assert_eq!(
            query_of(&flow, &changed),
            "?urgent=no&trouble=care.money&area=kita&at=check",
            "the area is kept for going back, though not asked now"
        );
        assert_eq!(
            query_of(&flow, &result_place(&flow, &changed)),
            "?urgent=no&trouble=care.money",
            "a result is trimmed"
        );
        // Changing `trouble` to one field from a two-field walk that never asked the area asks it, then checks.
        let two = place_from_query(&flow, "?urgent=no&trouble=care.money&at=check").unwrap();
        let change = change_place(&two, flow.question("trouble").unwrap());
        let asks_area = answer(&change, "trouble", &["money"]);
        assert_eq!(shown(&asks_area), "area");
        assert!(asks_area.returning);
        // Back from that new question goes to the changed one, still on the way back to check.
        let back = back_of(&flow, &asks_area).unwrap();
        assert_eq!(shown(&back), "trouble*");
        assert!(back.returning);
        assert_eq!(shown(&answer(&asks_area, "area", &["?"])), "check(3)");
        assert_eq!(back_of(&flow, &place_from_query(&flow, "?at=urgent").unwrap()), None, "first question → intro");
    }

    #[test]
    fn odd_addresses_are_problems_not_screens() {
        let flow = flow();
        for query in [
            "?who=self",
            "?urgent=no&urgent=yes",
            "?urgent=<script>",
            "?at=check&at=urgent",
            "?return=somewhere",
            "?at=urgent.trouble",
            &format!("?urgent={}", "n".repeat(5000)),
        ] {
            assert_eq!(place_from_query(&flow, query), Err(Problem::Unreadable), "{query}");
        }
        assert!(matches!(place_from_query(&flow, "?urgent=maybe"), Err(Problem::Walk(_))));
        assert!(matches!(place_from_query(&flow, "?trouble=care.none"), Err(Problem::Walk(_))));
        let off = place_from_query(&flow, "?urgent=yes&at=area").unwrap();
        assert_eq!(screen(&flow, &off), Err(Problem::NotOnPath("area".into())));
        let nowhere = place_from_query(&flow, "?at=nowhere").unwrap();
        assert_eq!(screen(&flow, &nowhere), Err(Problem::NotOnPath("nowhere".into())));
        // `at=check` before the end shows the question still to answer.
        assert_eq!(shown(&place_from_query(&flow, "?urgent=no&at=check").unwrap()), "trouble");
    }
}

mod wire {
    //! The compact text the page carries for the browser reads back to the same flow.

    use super::*;
    use tsunagu::guide::wire::{decode, encode};

    #[test]
    fn a_flow_round_trips_without_its_reasons() {
        let mut expected = flow();
        for outcome in expected.outcomes.to_mut() {
            for pick in outcome.windows.to_mut() {
                pick.reason = Cow::Borrowed("");
            }
        }
        assert_eq!(decode(&encode(&flow())), Some(expected));
    }

    #[test]
    fn damaged_text_is_none_not_a_panic() {
        let text = encode(&flow());
        for damaged in [
            String::new(),
            "flow x".to_string(),
            text.replace("a:urgent:yes", "a:urgent"),
            text.replace("q trouble m", "q trouble z"),
            text.replace("n:trouble:2", "n:trouble:many"),
            text.replace("[", "("),
            format!("r nowhere *\n{text}"),
            text.replace('\n', "\nx\n"),
        ] {
            assert_eq!(decode(&damaged), None, "{damaged}");
        }
    }
}
