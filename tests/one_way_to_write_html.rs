//! A structural guard: HTML is written by maud templates, and raw HTML enters only through the
//! named doors. Scans `src/` and `crates/` and fails if markup is built with `format!("<` or `push_str("<`,
//! if `PreEscaped` or a hand-written `Render` impl appears outside the door files, if a view puts
//! HTML into the page (`inner_html`) anywhere but the page body's one place, or if a door's
//! constructor is called from anywhere but its one caller.

use std::path::{Path, PathBuf};

/// The files that may hold raw HTML: the Markdown renderer's output and the page body type
/// (`content/html.rs`), and the app as Leptos rendered it and inline scripts (`publish/document.rs`).
const DOOR_FILES: [&str; 2] = ["src/content/html.rs", "src/publish/document.rs"];

/// The one view that puts finished HTML into the page: the page body, which the build wrote with
/// templates (and the browser receives in the page or its fragment).
const INNER_HTML_DOOR: &str = "src/components/page_body.rs";

/// Each door's constructor and the only files that may call it (besides its own file and tests/).
const DOOR_CALLERS: [(&str, &[&str]); 5] = [
    ("PageHtml::from_furigana", &["src/content/furigana/annotate.rs"]),
    ("MarkdownHtml::from_renderer", &["src/content/markdown.rs"]),
    ("PageHtml::from_rewritten", &["src/content/plan/document.rs"]),
    ("PageHtml::from_glossary_marks", &["src/content/glossary/mark.rs"]),
    ("AppHtml::from_leptos", &["src/publish/render.rs"]),
];

fn rust_files(dir: &Path, found: &mut Vec<PathBuf>) {
    for entry in std::fs::read_dir(dir).unwrap() {
        let path = entry.unwrap().path();
        if path.is_dir() {
            rust_files(&path, found);
        } else if path.extension().is_some_and(|ext| ext == "rs") {
            found.push(path);
        }
    }
}

fn sources() -> Vec<(String, String)> {
    let mut files = Vec::new();
    rust_files(Path::new("src"), &mut files);
    rust_files(Path::new("crates"), &mut files);
    files.sort();
    files
        .into_iter()
        .map(|path| (path.display().to_string().replace('\\', "/"), std::fs::read_to_string(&path).unwrap()))
        .collect()
}

/// Patterns written with `concat!` so that this file does not match itself.
fn markup_by_string(source: &str) -> Vec<usize> {
    let patterns = [concat!("format!(", "\"<"), concat!("push_str(", "\"<")];
    source
        .lines()
        .enumerate()
        .filter(|(_, line)| patterns.iter().any(|pattern| line.contains(pattern)))
        .map(|(index, _)| index + 1)
        .collect()
}

#[test]
fn no_file_builds_html_with_format_or_push_str_of_markup() {
    let mut offenders = Vec::new();
    for (file, source) in sources() {
        let lines = markup_by_string(&source);
        if !lines.is_empty() {
            offenders.push(format!("{file}:{lines:?} builds HTML by string: write it with html! {{ … }}"));
        }
    }
    assert!(offenders.is_empty(), "{}", offenders.join("\n"));
}

#[test]
fn raw_html_enters_only_through_the_named_doors() {
    let mut offenders = Vec::new();
    for (file, source) in sources() {
        if DOOR_FILES.contains(&file.as_str()) {
            continue;
        }
        for (number, line) in source.lines().enumerate() {
            let hand_written_render = line.contains("impl") && line.contains(concat!("Render", " for"));
            let sets_html = line.contains(concat!("inner_", "html=")) || line.contains(concat!("set_inner_", "html("));
            if line.contains(concat!("Pre", "Escaped")) || hand_written_render || (sets_html && file != INNER_HTML_DOOR)
            {
                offenders.push(format!("{file}:{}: {}", number + 1, line.trim()));
            }
        }
        for (door, callers) in DOOR_CALLERS {
            if source.contains(door) && !callers.contains(&file.as_str()) {
                offenders.push(format!("{file} calls {door}, which only {callers:?} may call"));
            }
        }
    }
    assert!(offenders.is_empty(), "raw HTML outside the doors in {DOOR_FILES:?}:\n{}", offenders.join("\n"));
}
