//! `content/cities/<city>/guides/<flow>.toml`: a city's guide flows (resident, staff). Read into
//! the engine's model (`flow_file`) and checked before anyone can walk them: ids, options,
//! routes, conditions, windows, cycles, dead ends, unreachable outcomes, and every window of the
//! city reachable by some path (or a stated reason why not). Errors carry the file and line.
//! What lies along the paths is found by `paths`, a bounded walk over answer states.

use std::collections::{BTreeMap, BTreeSet, HashSet};

use crate::content::error::ContentError;
use crate::content::guides::checked::CheckedFlow;
use crate::content::guides::paths::{find_paths, path_errors, walk_error};
use crate::content::windows::CityWindows;
use crate::guide::explore::route_cycle;

pub use crate::content::guides::flow_file::{read_flow, ReadFlow};

/// Reads and checks the flow `flow_id` of a city.
pub fn parse_flow(
    file: &str,
    flow_id: &str,
    windows: &CityWindows,
    text: &str,
) -> Result<CheckedFlow, Vec<ContentError>> {
    let ReadFlow { flow, node_lines, not_offered, legal_basis } = read_flow(file, flow_id, windows, text)?;
    if let Some(cycle) = route_cycle(&flow, &flow.start) {
        let line = node_lines.get(&cycle).copied().unwrap_or(1);
        return Err(vec![ContentError::at_line(
            file,
            line,
            format!("the flow can come back to the question `{cycle}`"),
            "Routes must always lead onward to an outcome; change a `next` so no question can be reached from itself.",
        )]);
    }
    let findings = find_paths(&flow).map_err(|error| vec![walk_error(file, &node_lines, error)])?;
    let mut errors = path_errors(file, &flow, &node_lines, &findings);
    errors.extend(coverage_errors(file, windows, &not_offered, &findings.reached_windows));
    if !errors.is_empty() {
        return Err(errors);
    }
    Ok(CheckedFlow {
        flow,
        file: file.to_string(),
        paths: findings.paths,
        reached_windows: findings.reached_windows,
        unreached_windows: not_offered.into_iter().map(|(window, (reason, _))| (window, reason)).collect(),
        node_lines,
        prose: BTreeMap::new(),
        legal_basis,
        edition_reasons: Vec::new(),
    })
}

/// Every window of the city is reached by some path or listed in `[[not_offered]]` with a
/// reason, and `[[not_offered]]` names only windows of the city that no path reaches.
fn coverage_errors(
    file: &str,
    windows: &CityWindows,
    not_offered: &BTreeMap<String, (String, usize)>,
    reached: &BTreeSet<String>,
) -> Vec<ContentError> {
    let mut errors = Vec::new();
    let window_ids: HashSet<&str> = windows.windows.iter().map(|window| window.id.as_str()).collect();
    for (window, (_, line)) in not_offered {
        if !window_ids.contains(window.as_str()) {
            errors.push(ContentError::at_line(
                file,
                *line,
                format!("`not_offered` names the window `{window}`, which is not in the city's windows.toml"),
                "Use the id of a [[windows]] entry of this city.",
            ));
        } else if reached.contains(window) {
            errors.push(ContentError::at_line(
                file,
                *line,
                format!("the window `{window}` is listed in `not_offered` but a path leads to it"),
                "Remove it from `not_offered`.",
            ));
        }
    }
    let missing: Vec<&str> = windows
        .windows
        .iter()
        .map(|w| w.id.as_str())
        .filter(|id| !reached.contains(*id) && !not_offered.contains_key(*id))
        .collect();
    if !missing.is_empty() {
        errors.push(ContentError::in_file(
            file,
            format!("no path of the guide leads to these windows: {}", missing.join(", ")),
            "Name each in an outcome where it fits, or list it under [[not_offered]] with the reason the guide does not send residents there.",
        ));
    }
    errors
}
