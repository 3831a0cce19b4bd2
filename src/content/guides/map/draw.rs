//! The flow map written out with maud (so every word is escaped by construction): the SVG
//! drawing (`role="img"`, a `<title>` and an `aria-label`; its text is in the list too) and the
//! same content as a nested list, with each branch linking to the entry it leads to. SVG
//! elements are always closed (`{}`): in HTML, `<path>` without an end tag would hold the rest.

use super::graph::{branch_mark, Entry};
use super::layout::{Layout, MapNode, BOX_WIDTH, LINE_HEIGHT};
use crate::content::html::{html, Markup};
use crate::i18n::{ja, ja_with};

/// The id of an entry in the list (a branch links to it).
pub fn entry_anchor(id: &str) -> String {
    format!("map-{id}")
}

/// The drawing. `name` says what it shows (「伊豆市の相談のつなぎ先ガイドの全体図」).
pub fn svg(name: &str, nodes: &[MapNode], layout: &Layout) -> Markup {
    let questions = nodes.iter().filter(|n| !n.outcome).count().to_string();
    let outcomes = nodes.iter().filter(|n| n.outcome).count().to_string();
    let label = ja_with("map-drawing-label", &[("name", name), ("questions", &questions), ("outcomes", &outcomes)]);
    html! {
        svg class="flow-map__svg" xmlns="http://www.w3.org/2000/svg" role="img" aria-label=(label)
            width=(layout.width) height=(layout.height) viewBox={ "0 0 " (layout.width) " " (layout.height) } {
            title { (label) }
            defs {
                marker id="flow-map-arrow" viewBox="0 0 10 10" refX="10" refY="5" markerWidth="8" markerHeight="8" orient="auto-start-reverse" {
                    path d="M 0 0 L 10 5 L 0 10 z" class="flow-map__arrowhead" {}
                }
            }
            @for arrow in &layout.arrows {
                @let (x1, y1) = arrow.start;
                @let (x2, y2) = arrow.end;
                @let bend = (y2.saturating_sub(y1)) / 2;
                path class="flow-map__arrow" marker-end="url(#flow-map-arrow)"
                    d={ "M " (x1) " " (y1) " C " (x1) " " (y1 + bend) ", " (x2) " " (y2.saturating_sub(bend)) ", " (x2) " " (y2) } {}
                text class="flow-map__number" x=(x1 + 3) y=(y1 + 14) { (branch_mark(arrow.number)) }
            }
            @for (node, placed) in nodes.iter().zip(&layout.boxes) {
                g class=(if node.outcome { "flow-map__node flow-map__node--outcome" } else { "flow-map__node" }) {
                    rect x=(placed.x) y=(placed.y) width=(BOX_WIDTH) height=(placed.height) rx="6" {}
                    @for (index, line) in node.lines.iter().enumerate() {
                        text x=(placed.x + 10) y=(placed.y + 10 + LINE_HEIGHT * (index as u32 + 1) - 5)
                            class=[(index == 0).then_some("flow-map__title")] { (line) }
                    }
                }
            }
        }
    }
}

/// 「結果：」 or 「質問：」 before an entry's title.
fn kind_label(outcome: bool) -> String {
    ja(if outcome { "map-list-outcome" } else { "map-list-question" })
}

/// The same content as a nested list: each question with its options and branches, each
/// outcome with its windows.
pub fn list(entries: &[Entry]) -> Markup {
    html! {
        ol class="flow-map__list" {
            @for entry in entries {
                li id=(entry_anchor(&entry.id)) {
                    p class="flow-map__entry" { strong { (kind_label(entry.outcome)) (entry.title) } }
                    @if !entry.outcome {
                        p { (ja(if entry.multiple { "map-list-options-several" } else { "map-list-options" })) (entry.options.join("、")) }
                        ul {
                            @for branch in &entry.branches {
                                @let target = &entries[branch.target];
                                li { (branch_mark(branch.number)) " " (branch.words) " → "
                                    a href={ "#" (entry_anchor(&target.id)) } { (kind_label(target.outcome)) (target.title) } }
                            }
                        }
                    } @else if entry.windows.is_empty() {
                        p { (ja("map-list-no-windows")) }
                    } @else {
                        ul {
                            @for window in &entry.windows {
                                li { (ja(if window.first { "map-list-first-window" } else { "map-list-also-window" })) (window.name)
                                    @if let Some(when) = &window.when { "（" (when) "）" } }
                            }
                        }
                    }
                }
            }
        }
    }
}
