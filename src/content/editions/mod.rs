//! The language editions, step 2 of the content pipeline (with the pages): a page written in
//! やさしい日本語 or English sits beside the Japanese page (`emergency.easy.md`,
//! `cities/izu/index.en.md`) and becomes the page `easy/emergency` or `en/cities/izu`. Here:
//! each edition page must translate a page that exists, takes its place in the tree under the
//! same parent, and a やさしい日本語 page passes the readability check (`readability`).

pub mod hard_words;
pub mod readability;

use std::collections::HashMap;

use crate::content::error::ContentError;
use crate::content::outline::InternalLink;
use crate::content::page::CompiledPage;
use crate::content::source::ContentTree;
use crate::site::Edition;

/// Gives each edition page its parent — the parent's page in the same edition if there is one,
/// else the edition's home page (`en`, which so lists every English page), else the Japanese
/// parent, so breadcrumbs always lead somewhere — and refuses an edition page whose Japanese
/// page does not exist.
pub fn place_edition_pages(
    pages: &mut [(CompiledPage, Vec<InternalLink>)],
    first_file_of_id: &HashMap<String, String>,
    errors: &mut Vec<ContentError>,
) {
    for (page, _) in pages.iter_mut() {
        let (edition, japanese_id) = Edition::of_page_id(&page.id);
        if edition == Edition::Japanese {
            continue;
        }
        if !first_file_of_id.contains_key(japanese_id) {
            errors.push(ContentError::in_file(
                &page.source,
                format!("this {} page translates `{japanese_id}`, which is not a page", edition.own_name()),
                "Name an edition file after its Japanese page, beside it (`emergency.md` → `emergency.en.md`, `cities/izu/index.md` → `cities/izu/index.easy.md`), or remove it.",
            ));
        }
        page.parent = (!japanese_id.is_empty()).then(|| {
            let japanese_parent = japanese_id.rsplit_once('/').map_or("", |(parent, _)| parent);
            [edition.page_id(japanese_parent), edition.page_id("")]
                .into_iter()
                .find(|candidate| first_file_of_id.contains_key(candidate))
                .unwrap_or_else(|| japanese_parent.to_string())
        });
    }
}

/// The readability check of a やさしい日本語 page's `source` (see `readability`): its title,
/// summary and body, each problem at its line of `file`.
pub fn check_easy_page(tree: &ContentTree, file: &str, source: &str) -> Vec<ContentError> {
    let mut errors = Vec::new();
    let hard = hard_words::read_hard_words(tree, &mut errors);
    let lines = easy_lines(source);
    errors.extend(
        readability::check_readability(&lines, &hard.hard, &hard.names)
            .into_iter()
            .map(|problem| ContentError::at_line(file, problem.line, problem.message, problem.hint)),
    );
    errors
}

/// The readability check of short やさしい日本語 texts read one at a time (a guide's reasons, the
/// windows' descriptions), each given with its line of `file`: each text on its own (a hard word
/// is explained in every text that uses it, since each is read alone), and the kanji share of
/// all of them together (one text is too short to measure).
pub fn check_easy_texts(file: &str, texts: &[(usize, String)], words: &hard_words::EasyWords) -> Vec<ContentError> {
    let mut problems = Vec::new();
    for text in texts {
        problems.extend(readability::check_readability(std::slice::from_ref(text), &words.hard, &words.names));
    }
    problems.extend(readability::kanji_problem(texts, &words.names));
    let mut seen = std::collections::BTreeSet::new();
    problems
        .into_iter()
        .filter(|problem| seen.insert((problem.line, problem.message.clone())))
        .map(|problem| ContentError::at_line(file, problem.line, problem.message, problem.hint))
        .collect()
}

/// The lines of a page a reader sees, as plain text with their line numbers: the front
/// matter's `title` and `summary`, and every body line but table rules.
fn easy_lines(source: &str) -> Vec<(usize, String)> {
    let mut lines = Vec::new();
    let mut fences = 0;
    for (at, line) in source.lines().enumerate() {
        if line.trim() == "+++" {
            fences += 1;
            continue;
        }
        let text = if fences == 1 {
            match line.split_once('=') {
                Some((key, value)) if matches!(key.trim(), "title" | "summary") => {
                    value.trim().trim_matches('"').to_string()
                }
                _ => continue,
            }
        } else if line.trim_start().starts_with("|-") || line.trim_start().starts_with("| -") {
            continue;
        } else {
            readability::plain_text(line)
        };
        if !text.trim().is_empty() {
            lines.push((at + 1, text));
        }
    }
    lines
}
