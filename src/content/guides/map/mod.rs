//! A map of each guide, step 3 of the pipeline beside the guide pages: the flow drawn at build
//! time as an SVG (question → options → branch → next question or outcome → windows, each branch
//! with its condition) beside the same content as a nested list, on a page of its own under the
//! guide (`/cities/<city>/guides/<flow>/map/`), for the staff who route cases and their trainers.
//! `graph` words the flow, `layout` places it, `draw` writes it; a flow too big to draw fails the
//! build.

pub mod draw;
pub mod graph;
pub mod layout;
pub mod words;

use crate::content::error::ContentError;
use crate::content::guides::checked::CheckedFlow;
use crate::content::html::{html, BodyWriter, GeneratedBody};
use crate::content::windows::CityWindows;

/// The most questions and outcomes a map draws: past this the drawing is too big to read, and
/// the build stops.
pub const MAX_MAP_NODES: usize = 60;

/// Whether a page is a guide's map, which search leaves out: it repeats the guide's words, and
/// search leads to the guide and its windows.
pub fn is_map_page(id: &str) -> bool {
    id.starts_with("cities/") && id.contains("/guides/") && id.ends_with("/map")
}

/// A guide's map page id.
pub fn map_id(city: &str, flow: &str) -> String {
    format!("{}/map", super::pages::guide_id(city, flow))
}

/// A guide map's body: what it is, the drawing, and the list; or the error of a flow too big to draw.
pub fn map_body(
    checked: &CheckedFlow,
    city: &str,
    windows: &CityWindows,
    guide_title: &str,
    base: &str,
) -> Result<GeneratedBody, ContentError> {
    let flow = &checked.flow;
    let count = flow.questions.len() + flow.outcomes.len();
    if count > MAX_MAP_NODES {
        return Err(ContentError::in_file(
            &checked.file,
            format!("the guide has {count} questions and outcomes: its map draws at most {MAX_MAP_NODES}"),
            "Split the guide into two, or join outcomes that name the same windows, so that its map stays readable.",
        ));
    }
    let words = words::MapWords { prose: &checked.prose, windows };
    let (entries, edges) = graph::flow_entries(flow, &words);
    let nodes = graph::map_nodes(&entries);
    let layout = layout::lay_out(&nodes, &edges);
    let mut body = BodyWriter::new(base);
    let guide = body.page(&super::pages::guide_id(city, &flow.id));
    let heading_drawing = body.heading(2, "drawing", &crate::i18n::ja("map-drawing-title"));
    let heading_list = body.heading(2, "list", &crate::i18n::ja("map-list-title"));
    let name = crate::i18n::ja_with("map-name", &[("guide", guide_title)]);
    let html = html! {
        p { (crate::i18n::ja("map-lead-before")) a href=(guide) { (guide_title) } (crate::i18n::ja("map-lead-after")) }
        (heading_drawing)
        div class="flow-map__scroll table-scroll" role="region" tabindex="0" aria-label=(crate::i18n::ja("guide-map-scroll-label")) {
            (draw::svg(&name, &nodes, &layout))
        }
        (heading_list)
        (draw::list(&entries))
    };
    Ok(body.finish(html))
}
