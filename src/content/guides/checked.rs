//! A guide flow once checked: the flow, its coverage of the city's windows, and the wording of
//! each node joined by id. `flows` makes it, `prose` fills its wording, `pages` writes it out.

use std::collections::{BTreeMap, BTreeSet};

use crate::content::guides::edition_reasons::EditionReasons;
use crate::content::html::MarkdownHtml;
use crate::guide::Flow;
use crate::site::Edition;

/// The reserved prose section that names a guide and introduces it.
pub const INTRO: &str = "intro";

/// A checked flow with its coverage of the city's windows.
#[derive(Debug, Clone, PartialEq)]
pub struct CheckedFlow {
    /// The flow.
    pub flow: Flow,
    /// The file it came from.
    pub file: String,
    /// Number of complete paths through it (saturates at `u64::MAX`).
    pub paths: u64,
    /// Windows some path leads to.
    pub reached_windows: BTreeSet<String>,
    /// Windows no path leads to, with the reason the file gives.
    pub unreached_windows: Vec<(String, String)>,
    /// The line of each question and outcome id in the file.
    pub node_lines: BTreeMap<String, usize>,
    /// The wording of each question and outcome (filled from the prose files).
    pub prose: BTreeMap<String, NodeProse>,
    /// The articles of law the guide rests on (`legal_basis` at the top of the flow file).
    pub legal_basis: Vec<String>,
    /// The reasons in the language editions that have them (`<flow>.easy.toml`, `<flow>.en.toml`).
    pub edition_reasons: Vec<EditionReasons>,
}

impl CheckedFlow {
    /// The flow's reasons in `edition`, if its file is there (`None` for Japanese: the flow's
    /// own reasons are the Japanese ones).
    pub fn reasons_in(&self, edition: Edition) -> Option<&EditionReasons> {
        self.edition_reasons.iter().find(|reasons| reasons.edition == edition)
    }

    /// Share of the city's windows that some path reaches or that have a stated reason, 0–100.
    pub fn coverage_percent(&self, city_window_count: usize) -> f64 {
        if city_window_count == 0 {
            return 100.0;
        }
        100.0 * self.reached_windows.len() as f64 / city_window_count as f64
    }
}

/// The wording of one question or outcome.
#[derive(Debug, Clone, PartialEq)]
pub struct NodeProse {
    /// The question, or the outcome's heading.
    pub title: String,
    /// The explanation, as HTML.
    pub html: MarkdownHtml,
    /// The plain text of the explanation's first paragraph (a guide's summary, from its intro).
    pub summary: String,
    /// Option labels: (option id, label).
    pub options: Vec<(String, String)>,
    /// Where it was written.
    pub file: String,
    /// Its heading's line.
    pub line: usize,
}
