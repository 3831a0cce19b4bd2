//! The words a page module writes come from its page, never from the WASM: the page writer
//! resolves them from the message catalogue (`src/i18n/ja-pages.ftl`) at build time and puts
//! each on the module's prerendered root as a `data-words-*` attribute (named in the page
//! kind's `markup`), a sentence with `{name}` placeholders that [`fill`] completes. A word the
//! page lacks is empty: the script writes nothing rather than failing.

use web_sys::Element;

/// The word `attribute` on `root` (empty if the page does not carry it).
pub fn word(root: &Element, attribute: &str) -> String {
    root.get_attribute(attribute).unwrap_or_default()
}

/// The word `attribute` on `root` with its `{name}` placeholders filled in from `values`.
pub fn word_with(root: &Element, attribute: &str, values: &[(&str, &str)]) -> String {
    fill(&word(root, attribute), values)
}

/// Replaces each `{name}` in `template` that `values` names with its value, in one pass (so a
/// value holding `{…}`, a resident's query say, is never filled in again); any other brace is
/// kept as written.
pub fn fill(template: &str, values: &[(&str, &str)]) -> String {
    let mut out = String::with_capacity(template.len());
    let mut rest = template;
    while let Some(open) = rest.find('{') {
        out.push_str(&rest[..open]);
        let after = &rest[open + 1..];
        let value = after.find('}').and_then(|close| {
            values.iter().find(|(name, _)| *name == &after[..close]).map(|(_, value)| (close, value))
        });
        match value {
            Some((close, value)) => {
                out.push_str(value);
                rest = &after[close + 1..];
            }
            None => {
                out.push('{');
                rest = after;
            }
        }
    }
    out.push_str(rest);
    out
}

#[cfg(test)]
mod tests {
    use super::fill;

    #[test]
    fn fills_each_named_placeholder_once() {
        assert_eq!(fill("{total}問中{right}問正解です。", &[("total", "5"), ("right", "4")]), "5問中4問正解です。");
        assert_eq!(fill("「{query}」", &[("query", "{query}{total}")]), "「{query}{total}」");
    }

    #[test]
    fn keeps_what_it_does_not_know() {
        assert_eq!(fill("{other} {", &[("total", "5")]), "{other} {");
        assert_eq!(fill("", &[("total", "5")]), "");
    }
}
