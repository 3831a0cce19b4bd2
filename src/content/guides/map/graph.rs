//! A flow as the map shows it: one entry per question (start first) and outcome, each with its
//! words — a question's options and numbered branches (condition → next node), an outcome's
//! windows (first ones marked, each with the condition of its pick) — and the arrows between
//! them. The drawing shortens conditions (see `MapWords::condition`); the list has them whole.

use super::layout::{wrap, MapEdge, MapNode};
use super::words::MapWords;
use crate::guide::Flow;
use crate::i18n::{ja, ja_with};

/// One branch of a question.
#[derive(Debug, Clone, PartialEq)]
pub struct Branch {
    /// Its number in the question (1, 2, …).
    pub number: usize,
    /// When it is taken, in words.
    pub words: String,
    /// The same, shortened for the drawing.
    pub short: String,
    /// The entry it leads to.
    pub target: usize,
}

/// One window an outcome names.
#[derive(Debug, Clone, PartialEq)]
pub struct NamedWindow {
    /// Whether it is a first window.
    pub first: bool,
    /// Its name.
    pub name: String,
    /// When the outcome names it, in words (`None`: always). The drawing says only
    /// 「（条件つき）」; the list gives the condition.
    pub when: Option<String>,
}

/// A question or an outcome, worded.
#[derive(Debug, Clone, PartialEq)]
pub struct Entry {
    /// Its id in the flow.
    pub id: String,
    /// Its title.
    pub title: String,
    /// Whether it is an outcome.
    pub outcome: bool,
    /// A question's options (with 「わからない」 when allowed) and whether several may be chosen.
    pub options: Vec<String>,
    /// Whether several options may be chosen.
    pub multiple: bool,
    /// A question's branches.
    pub branches: Vec<Branch>,
    /// An outcome's windows.
    pub windows: Vec<NamedWindow>,
}

/// The flow's entries (start first, then the other questions, then the outcomes, each in the
/// file's order) and arrows.
pub fn flow_entries(flow: &Flow, words: &MapWords) -> (Vec<Entry>, Vec<MapEdge>) {
    let mut ids: Vec<&str> = vec![flow.start.as_ref()];
    ids.extend(flow.questions.iter().map(|q| q.id.as_ref()).filter(|id| *id != flow.start.as_ref()));
    ids.extend(flow.outcomes.iter().map(|outcome| outcome.id.as_ref()));
    let index_of = |id: &str| ids.iter().position(|known| *known == id);
    let mut entries = Vec::new();
    let mut edges = Vec::new();
    for (index, id) in ids.iter().enumerate() {
        let mut entry = Entry {
            id: id.to_string(),
            title: words.title(id),
            outcome: false,
            options: Vec::new(),
            multiple: false,
            branches: Vec::new(),
            windows: Vec::new(),
        };
        if let Some(question) = flow.questions.iter().find(|question| question.id.as_ref() == *id) {
            entry.options = question.options.iter().map(|option| words.option(id, &option.id)).collect();
            if question.allows_unknown {
                entry.options.push(ja("map-option-unknown"));
            }
            entry.multiple = question.kind == crate::guide::QuestionKind::Multiple;
            let only = question.routes.len() == 1;
            for (number, route) in question.routes.iter().enumerate() {
                let Some(target) = index_of(&route.next) else { continue };
                entry.branches.push(Branch {
                    number: number + 1,
                    words: words.branch(&route.when, only, false),
                    short: words.branch(&route.when, only, true),
                    target,
                });
                edges.push(MapEdge { from: index, to: target, number: number + 1 });
            }
        } else if let Some(outcome) = flow.outcomes.iter().find(|outcome| outcome.id.as_ref() == *id) {
            entry.outcome = true;
            entry.windows = outcome
                .windows
                .iter()
                .map(|pick| NamedWindow {
                    first: pick.first,
                    name: words.window(&pick.window),
                    when: words.condition(&pick.when, false).map(|when| ja_with("map-when", &[("words", &when)])),
                })
                .collect();
        }
        entries.push(entry);
    }
    (entries, edges)
}

/// A branch's number as drawn: ① to ⑳, then (21) and on.
pub fn branch_mark(number: usize) -> String {
    match u32::try_from(number).ok().filter(|n| (1..=20).contains(n)) {
        Some(n) => char::from_u32(0x2460 + n - 1).map_or_else(|| format!("({number})"), String::from),
        None => format!("({number})"),
    }
}

/// The boxes' text: each entry's lines, wrapped.
pub fn map_nodes(entries: &[Entry]) -> Vec<MapNode> {
    entries
        .iter()
        .map(|entry| {
            let kind = ja(if entry.outcome { "map-box-outcome" } else { "map-box-question" });
            let mut lines = wrap(&ja_with("map-box-title", &[("kind", &kind), ("title", &entry.title)]));
            if !entry.outcome {
                let options = entry.options.join("／");
                let id = if entry.multiple { "map-box-options-several" } else { "map-box-options" };
                lines.extend(wrap(&ja_with(id, &[("options", &options)])));
            }
            for branch in &entry.branches {
                let target = &entries[branch.target].title;
                lines.extend(wrap(&format!("{} {} → {target}", branch_mark(branch.number), branch.short)));
            }
            for window in &entry.windows {
                let id = match (window.first, window.when.is_some()) {
                    (true, false) => "map-box-first-window",
                    (true, true) => "map-box-first-window-when",
                    (false, false) => "map-box-also-window",
                    (false, true) => "map-box-also-window-when",
                };
                lines.extend(wrap(&ja_with(id, &[("window", &window.name)])));
            }
            MapNode { id: entry.id.clone(), outcome: entry.outcome, lines }
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn branch_marks_are_circled_up_to_twenty() {
        assert_eq!(branch_mark(1), "①");
        assert_eq!(branch_mark(20), "⑳");
        assert_eq!(branch_mark(21), "(21)");
    }
}
