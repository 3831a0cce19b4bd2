//! Generated guide flows (TOML, as a city would write them) for size tests and benches: a chain
//! of four-option questions, a wide multiple-choice question followed by a few questions, and a
//! chain whose last outcome reads every answer (more answer states than the build will check).

#![allow(dead_code)]

use std::fmt::Write;

/// The windows the generated flows name.
pub const WINDOWS_TOML: &str = r#"
[[windows]]
id = "general"
name = "福祉総合相談窓口"
summary = "分野を問わず、だれの相談でも受けます。"
audiences = ["general"]
department = "福祉課"
reviewed = 2025-04-01
source = "生成した試験データ"

[[windows.roles]]
programme = 5

[[windows]]
id = "second"
name = "第二の窓口"
summary = "二つめの窓口です。"
audiences = ["general"]
department = "福祉課"
reviewed = 2025-04-01
source = "生成した試験データ"

[[windows.roles]]
programme = 1

[[windows]]
id = "third"
name = "第三の窓口"
summary = "三つめの窓口です。"
audiences = ["general"]
department = "福祉課"
reviewed = 2025-04-01
source = "生成した試験データ"

[[windows.roles]]
programme = 2
"#;

fn question_id(number: usize) -> String {
    format!("q{number:02}")
}

fn any_of(question: &str, options: &[&str]) -> String {
    let options: Vec<String> = options.iter().map(|option| format!("\"{option}\"")).collect();
    format!("{{ any_of = {{ question = \"{question}\", options = [{}] }} }}", options.join(", "))
}

/// A chain of `questions` single-choice questions, options a–d: `d` to the first is the urgent
/// answer; `a` twice in a row ends early; the last leads to `end`, whose windows read the first
/// and the last answer.
pub fn chain_flow(questions: usize) -> String {
    assert!(questions >= 2, "a chain has a first and a last question");
    let mut toml = String::from("start = \"q01\"\n");
    for number in 1..=questions {
        let id = question_id(number);
        let _ =
            write!(toml, "\n[[questions]]\nid = \"{id}\"\nkind = \"single\"\noptions = [\"a\", \"b\", \"c\", \"d\"]\n");
        let next = if number == questions { "end".to_string() } else { question_id(number + 1) };
        if number == 1 {
            let _ = write!(toml, "\n[[questions.routes]]\nwhen = {}\nnext = \"urgent\"\n", any_of(&id, &["d"]));
        } else if number < questions {
            let twice = format!("{{ all = [{}, {}] }}", any_of(&question_id(number - 1), &["a"]), any_of(&id, &["a"]));
            let _ = write!(toml, "\n[[questions.routes]]\nwhen = {twice}\nnext = \"twice-a\"\n");
        }
        let _ = write!(toml, "\n[[questions.routes]]\nnext = \"{next}\"\n");
    }
    let last = question_id(questions);
    let _ = write!(
        toml,
        r#"
[[outcomes]]
id = "urgent"
urgent = true

[[outcomes.windows]]
window = "general"
reason = "落ち着いたら相談できます。"

[[outcomes]]
id = "twice-a"

[[outcomes.windows]]
window = "general"
reason = "まとめて受け止めます。"
first = true

[[outcomes]]
id = "end"

[[outcomes.windows]]
window = "second"
reason = "最初の答えが b のときの窓口です。"
first = true
when = {}

[[outcomes.windows]]
window = "general"
reason = "分野を問わず受け止めます。"
first = true

[[outcomes.windows]]
window = "third"
reason = "最後の答えが c のときの窓口です。"
when = {}
"#,
        any_of("q01", &["b"]),
        any_of(&last, &["c"]),
    );
    toml
}

/// How many paths [`chain_flow`] has, counted question by question: (paths from a question
/// whose previous answer was `a`, paths from one whose previous answer was not).
pub fn chain_paths(questions: usize) -> u64 {
    let (mut after_a, mut after_other) = (4u64, 4u64);
    for _ in 2..questions {
        (after_a, after_other) = (1 + 3 * after_other, after_a + 3 * after_other);
    }
    1 + after_a + 2 * after_other
}

/// A multiple-choice question with `options` options (and 「なし」, 「わからない」); two or more
/// fields, or `o0`, ask the area; then how to get there; windows read two options and the area.
pub fn wide_flow(options: usize) -> String {
    let fields: Vec<String> = (0..options).map(|option| format!("\"o{option}\"")).collect();
    let mut toml = format!(
        r#"start = "fields"

[[questions]]
id = "fields"
kind = "multiple"
options = [{}, "none"]
exclusive = ["none"]
unknown = true

[[questions.routes]]
when = {{ at_least = {{ question = "fields", count = 2 }} }}
next = "area"

[[questions.routes]]
when = {}
next = "area"

[[questions.routes]]
next = "mobility"

[[questions]]
id = "area"
kind = "single"
options = ["east", "west", "south", "north"]

[[questions.routes]]
next = "mobility"

[[questions]]
id = "mobility"
kind = "single"
options = ["can-go", "hard", "home"]
unknown = true

[[questions.routes]]
next = "end"
"#,
        fields.join(", "),
        any_of("fields", &["o0"]),
    );
    let _ = write!(
        toml,
        r#"
[[outcomes]]
id = "end"

[[outcomes.windows]]
window = "second"
reason = "o1 の窓口です。"
first = true
when = {}

[[outcomes.windows]]
window = "third"
reason = "東で o2 のときの窓口です。"
first = true
when = {{ all = [{}, {}] }}

[[outcomes.windows]]
window = "general"
reason = "分野を問わず受け止めます。"
first = true
"#,
        any_of("fields", &["o1"]),
        any_of("fields", &["o2"]),
        any_of("area", &["east"]),
    );
    toml
}

/// How many paths [`wide_flow`] has: the answers that ask the area (two or more fields, or
/// `o0` alone) × 4 areas × 4 mobility answers, and the rest × 4 mobility answers.
pub fn wide_paths(options: usize) -> u64 {
    let combinations = (1u64 << options) - 1;
    let asking_area = combinations - options as u64 + 1;
    let rest = (options as u64 - 1) + 2;
    asking_area * 4 * 4 + rest * 4
}

/// A chain whose outcome has a window for `a` to each question: every answer stays relevant to
/// the end, so there are 2^`questions` answer states (too many past about 20 questions).
pub fn every_answer_read_flow(questions: usize) -> String {
    let mut toml = String::from("start = \"q01\"\n");
    for number in 1..=questions {
        let next = if number == questions { "end".to_string() } else { question_id(number + 1) };
        let _ = write!(
            toml,
            "\n[[questions]]\nid = \"{}\"\nkind = \"single\"\noptions = [\"a\", \"b\", \"c\", \"d\"]\n\n[[questions.routes]]\nnext = \"{next}\"\n",
            question_id(number)
        );
    }
    toml.push_str("\n[[outcomes]]\nid = \"end\"\n\n[[outcomes.windows]]\nwindow = \"general\"\nreason = \"分野を問わず受け止めます。\"\nfirst = true\n");
    for number in 1..=questions {
        let window = if number % 2 == 0 { "second" } else { "third" };
        let _ = write!(
            toml,
            "\n[[outcomes.windows]]\nwindow = \"{window}\"\nreason = \"{} が a のときの窓口です。\"\nwhen = {}\n",
            question_id(number),
            any_of(&question_id(number), &["a"])
        );
    }
    toml
}
