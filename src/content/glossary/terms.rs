//! The glossary's terms, read from the compiled glossary page: each level-2 section whose id
//! starts with `term-` is a term, its heading names it (「重層的支援体制整備事業（重層事業）」 gives
//! both names) and its content is the definition, shown as it is on the glossary page.

use crate::content::html::PageHtml;
use crate::content::page::CompiledPage;

/// The prefix of a term's heading id on the glossary page.
pub const TERM_PREFIX: &str = "term-";

/// One term of the glossary.
#[derive(Debug, Clone, PartialEq)]
pub struct Term {
    /// The heading's id on the glossary page (`term-8050`).
    pub id: String,
    /// The heading as written (「重層的支援体制整備事業（重層事業）」).
    pub heading: String,
    /// The words marked in pages, longest first (「重層的支援体制整備事業」, 「重層事業」).
    pub names: Vec<String>,
    /// The definition: the section's HTML without its heading.
    pub definition: PageHtml,
}

/// The glossary page's terms, in its order.
pub fn glossary_terms(glossary: &CompiledPage) -> Vec<Term> {
    glossary
        .headings
        .iter()
        .filter(|heading| heading.level == 2 && heading.id.starts_with(TERM_PREFIX))
        .filter_map(|heading| {
            let definition = glossary.html.section_content(&heading.id)?;
            Some(Term {
                id: heading.id.clone(),
                heading: heading.text.clone(),
                names: names_of(&heading.text),
                definition,
            })
        })
        .collect()
}

/// The names a heading gives: the words before a bracketed alias, and the alias
/// (「重層的支援体制整備事業（重層事業）」 → both); one-character names are left out.
pub fn names_of(heading: &str) -> Vec<String> {
    let heading = heading.trim();
    let mut names = match heading.split_once('（') {
        Some((name, rest)) => vec![name.trim().to_string(), rest.trim_end_matches('）').trim().to_string()],
        None => vec![heading.to_string()],
    };
    names.retain(|name| name.chars().count() >= 2);
    names.sort_by_key(|name| std::cmp::Reverse(name.len()));
    names.dedup();
    names
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_bracketed_alias_is_a_second_name() {
        assert_eq!(names_of("重層的支援体制整備事業（重層事業）"), ["重層的支援体制整備事業", "重層事業"]);
        assert_eq!(names_of("8050問題"), ["8050問題"]);
        assert_eq!(names_of("X"), Vec::<String>::new());
    }
}
