//! Small helpers for the course's TOML files: the line a value sits on (for `file:line` in
//! errors) and the `@page#anchor` links a TOML string holds as a link list.

use crate::content::link_targets::resolve_link;
use crate::content::outline::InternalLink;

/// The 1-based line of the first occurrence of `needle` in `text` at or after line `from`
/// (`from` itself when it is not found, so an error still points near the item).
pub fn line_of(text: &str, needle: &str, from: usize) -> usize {
    let start: usize = text.split_inclusive('\n').take(from.saturating_sub(1)).map(str::len).sum();
    match text.get(start..).and_then(|rest| rest.find(needle)) {
        Some(offset) => from.max(1) + text[start..start + offset].matches('\n').count(),
        None => from.max(1),
    }
}

/// The line of the item `id = "<id>"` in a TOML file.
pub fn line_of_id(text: &str, id: &str) -> usize {
    line_of(text, &format!("id = \"{id}\""), 1)
}

/// Resolves a bare `@page#anchor` link written in a TOML list, recording it for the link checks
/// at `line`; `None` (with the reason) when it is not an `@` link.
pub fn page_link(link: &str, base: &str, line: usize, links: &mut Vec<InternalLink>) -> Result<String, String> {
    if !link.starts_with('@') {
        return Err(format!("`{link}` is not a link to a page of this site"));
    }
    resolve_link(link, base, line, links).map_err(|problem| problem.message)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn lines_are_counted_from_one_and_from_a_starting_line() {
        let text = "a = 1\nid = \"x\"\nb = 2\nid = \"x\"\n";
        assert_eq!(line_of(text, "id = \"x\"", 1), 2);
        assert_eq!(line_of(text, "id = \"x\"", 3), 4);
        assert_eq!(line_of(text, "missing", 3), 3);
        assert_eq!(line_of_id(text, "x"), 2);
    }
}
