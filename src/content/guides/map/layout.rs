//! The flow map's layout, pure and deterministic: nodes in layers by their longest distance
//! from the start (so every arrow points down), each layer a row in the nodes' given order,
//! centred; boxes as tall as their wrapped lines; one arrow per branch from the source's
//! bottom edge to the target's top.

/// A node to place: its lines of text (already worded), first line the title.
#[derive(Debug, Clone, PartialEq)]
pub struct MapNode {
    /// Its id in the flow (a question or an outcome).
    pub id: String,
    /// Whether it is an outcome (drawn apart from questions).
    pub outcome: bool,
    /// The lines, each wrapped to the box.
    pub lines: Vec<String>,
}

/// A branch: from node `from` to node `to` (indexes), with its number in the source.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct MapEdge {
    /// The source node.
    pub from: usize,
    /// The target node.
    pub to: usize,
    /// The branch's number in its source (1, 2, …), drawn at the arrow's start.
    pub number: usize,
}

/// A placed box.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Placed {
    /// Left.
    pub x: u32,
    /// Top.
    pub y: u32,
    /// Height (the width is [`BOX_WIDTH`]).
    pub height: u32,
}

/// A placed arrow: start and end points.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Arrow {
    /// Start (on the source's bottom edge).
    pub start: (u32, u32),
    /// End (on the target's top edge).
    pub end: (u32, u32),
    /// The branch's number.
    pub number: usize,
}

/// The whole drawing.
#[derive(Debug, Clone, PartialEq)]
pub struct Layout {
    /// Width of the drawing.
    pub width: u32,
    /// Height of the drawing.
    pub height: u32,
    /// One box per node, in the nodes' order.
    pub boxes: Vec<Placed>,
    /// One arrow per edge, in the edges' order.
    pub arrows: Vec<Arrow>,
}

/// A box's width.
pub const BOX_WIDTH: u32 = 260;
/// A line of text's height.
pub const LINE_HEIGHT: u32 = 18;
/// The width of a line, in full-width characters (a half-width one counts a half).
pub const LINE_UNITS: f32 = 18.0;
const PADDING: u32 = 10;
const GAP_X: u32 = 30;
const GAP_Y: u32 = 70;
const MARGIN: u32 = 10;

/// `text` cut into lines of at most [`LINE_UNITS`] full-width characters.
pub fn wrap(text: &str) -> Vec<String> {
    let mut lines = Vec::new();
    let mut line = String::new();
    let mut units = 0.0;
    for character in text.chars() {
        let width = if character.is_ascii() { 0.55 } else { 1.0 };
        if units + width > LINE_UNITS && !line.is_empty() {
            lines.push(std::mem::take(&mut line));
            units = 0.0;
        }
        line.push(character);
        units += width;
    }
    if !line.is_empty() {
        lines.push(line);
    }
    lines
}

/// Each node's layer: its longest distance from node 0 (the start) along the edges. The flow
/// has no cycle (the build checked it), so `nodes` rounds of relaxing every edge settle it.
pub fn layers(nodes: usize, edges: &[MapEdge]) -> Vec<usize> {
    let mut depth = vec![0usize; nodes];
    for _ in 0..nodes {
        let mut changed = false;
        for edge in edges {
            if edge.from < nodes && edge.to < nodes && depth[edge.to] < depth[edge.from] + 1 {
                depth[edge.to] = (depth[edge.from] + 1).min(nodes);
                changed = true;
            }
        }
        if !changed {
            break;
        }
    }
    depth
}

/// Places every node and arrow.
pub fn lay_out(nodes: &[MapNode], edges: &[MapEdge]) -> Layout {
    let depth = layers(nodes.len(), edges);
    let rows = depth.iter().max().map_or(0, |deepest| deepest + 1);
    let height_of = |node: &MapNode| 2 * PADDING + LINE_HEIGHT * node.lines.len().max(1) as u32;
    let mut boxes = vec![Placed { x: 0, y: 0, height: 0 }; nodes.len()];
    let row_members: Vec<Vec<usize>> =
        (0..rows).map(|row| (0..nodes.len()).filter(|&index| depth[index] == row).collect()).collect();
    let row_width = |count: usize| count as u32 * BOX_WIDTH + count.saturating_sub(1) as u32 * GAP_X;
    let width = row_members.iter().map(|members| row_width(members.len())).max().unwrap_or(0) + 2 * MARGIN;
    let mut y = MARGIN;
    for members in &row_members {
        let mut x = (width - row_width(members.len())) / 2;
        let tallest = members.iter().map(|&index| height_of(&nodes[index])).max().unwrap_or(0);
        for &index in members {
            boxes[index] = Placed { x, y, height: height_of(&nodes[index]) };
            x += BOX_WIDTH + GAP_X;
        }
        y += tallest + GAP_Y;
    }
    let height = y.saturating_sub(GAP_Y) + MARGIN;
    let arrows = edges
        .iter()
        .enumerate()
        .map(|(index, edge)| {
            let (from, to) = (boxes[edge.from], boxes[edge.to]);
            // The arrows leaving one box start spread along its bottom edge, in branch order.
            let siblings = edges.iter().filter(|other| other.from == edge.from).count() as u32;
            let slot = edges[..index].iter().filter(|other| other.from == edge.from).count() as u32;
            let start_x = from.x + BOX_WIDTH * (slot + 1) / (siblings + 1);
            Arrow { start: (start_x, from.y + from.height), end: (to.x + BOX_WIDTH / 2, to.y), number: edge.number }
        })
        .collect();
    Layout { width, height, boxes, arrows }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn node(id: &str) -> MapNode {
        MapNode { id: id.to_string(), outcome: false, lines: vec![id.to_string()] }
    }

    #[test]
    fn a_node_sits_below_every_node_that_leads_to_it() {
        // 0 → 1 → 2, and 0 → 2 directly: 2 is in the third row, not the second.
        let edges = [
            MapEdge { from: 0, to: 1, number: 1 },
            MapEdge { from: 1, to: 2, number: 1 },
            MapEdge { from: 0, to: 2, number: 2 },
        ];
        assert_eq!(layers(3, &edges), [0, 1, 2]);
        let layout = lay_out(&[node("a"), node("b"), node("c")], &edges);
        assert!(layout.boxes[0].y < layout.boxes[1].y && layout.boxes[1].y < layout.boxes[2].y);
        for arrow in &layout.arrows {
            assert!(arrow.start.1 < arrow.end.1, "arrows point down: {arrow:?}");
        }
    }

    #[test]
    fn nodes_of_one_row_do_not_overlap_and_fit_the_drawing() {
        let edges = [MapEdge { from: 0, to: 1, number: 1 }, MapEdge { from: 0, to: 2, number: 2 }];
        let layout = lay_out(&[node("a"), node("b"), node("c")], &edges);
        assert_eq!(layout.boxes[1].y, layout.boxes[2].y);
        assert!(layout.boxes[1].x + BOX_WIDTH <= layout.boxes[2].x);
        assert!(layout.boxes[2].x + BOX_WIDTH <= layout.width);
    }

    #[test]
    fn long_text_wraps_and_half_width_letters_count_half() {
        assert_eq!(wrap(&"あ".repeat(20)), ["あ".repeat(18), "あ".repeat(2)]);
        assert_eq!(wrap(&"a".repeat(30)).len(), 1);
        assert!(wrap("").is_empty());
    }
}
