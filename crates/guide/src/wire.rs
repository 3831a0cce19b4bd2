//! A flow's structure as compact text, for the browser. The build writes it into the guide
//! page (`data-flow`); the WASM reads it back, so the app carries no flow data of its own and
//! needs no JSON parser. The wording (titles, labels, reasons) is in the page's HTML instead.
//!
//! One record per line, fields split by spaces (ids never contain spaces, `:`, `,`, `&` or brackets):
//!
//! ```text
//! flow <id> <city> <start>
//! q <id> <s|m> <u|-> <option>[!] …     (`!`: exclusive; `u`: 「わからない」 allowed)
//! a <question>                          (the question above shows only the options ticked there)
//! r <next> <condition>                  (a route of the question above)
//! o <id> <!|->                          (`!`: urgent)
//! p <window> <f|-> <condition>          (a window of the outcome above; `f`: first)
//! ```
//!
//! Conditions: `*` always, `a:<question>:<option>,<option>`, `u:<question>`,
//! `n:<question>:<count>`, and `[<condition>&<condition>]` for all of them.

use std::borrow::Cow;

use super::model::{Choice, Condition, Flow, Outcome, Question, QuestionKind, Route, WindowPick};

/// Writes the structure of `flow` (everything but the reasons' wording).
pub fn encode(flow: &Flow) -> String {
    let mut out = format!("flow {} {} {}\n", flow.id, flow.city, flow.start);
    for question in flow.questions.iter() {
        let kind = if question.kind == QuestionKind::Multiple { "m" } else { "s" };
        let unknown = if question.allows_unknown { "u" } else { "-" };
        out.push_str(&format!("q {} {kind} {unknown}", question.id));
        for choice in question.options.iter() {
            out.push(' ');
            out.push_str(&choice.id);
            if choice.exclusive {
                out.push('!');
            }
        }
        out.push('\n');
        if let Some(among) = &question.among {
            out.push_str(&format!("a {among}\n"));
        }
        for route in question.routes.iter() {
            out.push_str(&format!("r {} {}\n", route.next, encode_condition(&route.when)));
        }
    }
    for outcome in flow.outcomes.iter() {
        out.push_str(&format!("o {} {}\n", outcome.id, if outcome.urgent { "!" } else { "-" }));
        for pick in outcome.windows.iter() {
            let first = if pick.first { "f" } else { "-" };
            out.push_str(&format!("p {} {first} {}\n", pick.window, encode_condition(&pick.when)));
        }
    }
    out
}

fn encode_condition(condition: &Condition) -> String {
    match condition {
        Condition::Always => "*".to_string(),
        Condition::AnyOf { question, options } => format!("a:{question}:{}", options.join(",")),
        Condition::Unknown { question } => format!("u:{question}"),
        Condition::AtLeast { question, count } => format!("n:{question}:{count}"),
        Condition::All(conditions) => {
            format!("[{}]", conditions.iter().map(encode_condition).collect::<Vec<_>>().join("&"))
        }
    }
}

/// Reads a flow written by [`encode`]; `None` if the text is not one (a page from another
/// version, or damaged), so the page can say the guide cannot start instead of failing.
pub fn decode(text: &str) -> Option<Flow> {
    let mut lines = text.lines().filter(|line| !line.trim().is_empty());
    let mut head = lines.next()?.split(' ');
    let (Some("flow"), Some(id), Some(city), Some(start), None) =
        (head.next(), head.next(), head.next(), head.next(), head.next())
    else {
        return None;
    };
    let mut questions: Vec<Question> = Vec::new();
    let mut outcomes: Vec<Outcome> = Vec::new();
    for line in lines {
        let mut fields = line.split(' ');
        match fields.next()? {
            "q" => {
                let id = owned(fields.next()?);
                let kind = match fields.next()? {
                    "s" => QuestionKind::Single,
                    "m" => QuestionKind::Multiple,
                    _ => return None,
                };
                let allows_unknown = fields.next()? == "u";
                let options = fields
                    .map(|option| match option.strip_suffix('!') {
                        Some(id) => Choice { id: owned(id), exclusive: true },
                        None => Choice { id: owned(option), exclusive: false },
                    })
                    .collect();
                questions.push(Question {
                    id,
                    kind,
                    options: Cow::Owned(options),
                    allows_unknown,
                    among: None,
                    routes: Cow::Owned(Vec::new()),
                });
            }
            "a" => questions.last_mut()?.among = Some(owned(fields.next()?)),
            "r" => {
                let next = owned(fields.next()?);
                let when = decode_condition(fields.next()?)?;
                questions.last_mut()?.routes.to_mut().push(Route { when, next });
            }
            "o" => {
                let id = owned(fields.next()?);
                let urgent = fields.next()? == "!";
                outcomes.push(Outcome { id, urgent, windows: Cow::Owned(Vec::new()) });
            }
            "p" => {
                let window = owned(fields.next()?);
                let first = fields.next()? == "f";
                let when = decode_condition(fields.next()?)?;
                let reason = Cow::Borrowed("");
                outcomes.last_mut()?.windows.to_mut().push(WindowPick { window, reason, first, when });
            }
            _ => return None,
        }
    }
    Some(Flow {
        id: owned(id),
        city: owned(city),
        start: owned(start),
        questions: Cow::Owned(questions),
        outcomes: Cow::Owned(outcomes),
    })
}

fn owned(text: &str) -> Cow<'static, str> {
    Cow::Owned(text.to_string())
}

fn decode_condition(text: &str) -> Option<Condition> {
    let (condition, rest) = condition_prefix(text)?;
    rest.is_empty().then_some(condition)
}

/// Reads one condition from the start of `text`; returns it and what follows.
fn condition_prefix(text: &str) -> Option<(Condition, &str)> {
    if let Some(rest) = text.strip_prefix('*') {
        return Some((Condition::Always, rest));
    }
    if let Some(mut rest) = text.strip_prefix('[') {
        let mut all = Vec::new();
        loop {
            let (condition, after) = condition_prefix(rest)?;
            all.push(condition);
            if let Some(after) = after.strip_prefix('&') {
                rest = after;
            } else {
                return Some((Condition::All(Cow::Owned(all)), after.strip_prefix(']')?));
            }
        }
    }
    let end = text.find(['&', ']']).unwrap_or(text.len());
    let (leaf, rest) = text.split_at(end);
    let mut parts = leaf.split(':');
    let condition = match (parts.next()?, parts.next()?, parts.next(), parts.next()) {
        ("a", question, Some(options), None) => {
            Condition::AnyOf { question: owned(question), options: Cow::Owned(options.split(',').map(owned).collect()) }
        }
        ("u", question, None, None) => Condition::Unknown { question: owned(question) },
        ("n", question, Some(count), None) => {
            Condition::AtLeast { question: owned(question), count: count.parse().ok()? }
        }
        _ => return None,
    };
    Some((condition, rest))
}
