//! The message catalogue (`src/i18n/*.ftl`): every key is in all three editions, each parses,
//! templates keep the `{name}`s the browser fills in, and the やさしい日本語 messages keep the
//! readability check's sentence limit. And the words of the bundled site's edition pages: the
//! shell, the site's names from `site.toml`, the scope line, the breadcrumbs and the not-found
//! page come in the page's language, and what stays Japanese says so.
#![cfg(feature = "ssr")]

use std::path::Path;
use std::sync::OnceLock;

use tsunagu::content::{compile_site, CompiledSite};
use tsunagu::publish::index::SiteIndex;
use tsunagu::site::{PageData, ShellWords};

use tsunagu::content::editions::readability::check_readability;
use tsunagu::i18n::{keys, text, text_with, CATALOGUES, JAPANESE_PAGES};
use tsunagu::site::{Edition, Word};

#[test]
fn every_key_is_in_the_japanese_easy_and_english_catalogues() {
    let japanese = keys(CATALOGUES[0].1);
    assert!(japanese.len() > 50, "the Japanese catalogue has {} keys", japanese.len());
    for (edition, source) in CATALOGUES {
        let found = keys(source);
        let missing: Vec<&String> = japanese.iter().filter(|key| !found.contains(key)).collect();
        let extra: Vec<&String> = found.iter().filter(|key| !japanese.contains(key)).collect();
        assert!(missing.is_empty(), "{} catalogue lacks {missing:?}", edition.own_name());
        assert!(extra.is_empty(), "{} catalogue has keys Japanese lacks: {extra:?}", edition.own_name());
        let mut sorted = found.clone();
        sorted.sort();
        sorted.dedup();
        assert_eq!(sorted.len(), found.len(), "{} catalogue repeats a key", edition.own_name());
        for key in &found {
            let words = text(edition, key);
            assert!(!words.trim().is_empty() && words != *key, "{}: `{key}` gives {words:?}", edition.own_name());
        }
    }
}

/// The message ids the code names as a literal: the first argument of `ja(…)` / `ja_with(…)`,
/// the second of `text(…)`, `text_with(…)`, `message(…)` and `message_with(…)`, with the file
/// each is named in.
fn message_ids_named_in(source: &str, file: &str, found: &mut Vec<(String, String)>) {
    const CALLS: [(&str, usize); 6] =
        [("ja(", 0), ("ja_with(", 0), ("text(", 1), ("text_with(", 1), ("message(", 1), ("message_with(", 1)];
    for (call, argument) in CALLS {
        for (at, _) in source.match_indices(call) {
            let before = source[..at].chars().next_back();
            if before.is_some_and(|c| c.is_alphanumeric() || c == '_') {
                continue;
            }
            let mut rest = &source[at + call.len()..];
            if argument == 1 {
                // Skip the edition: up to the first comma outside brackets.
                let mut depth = 0;
                let Some(comma) = rest.char_indices().find_map(|(i, c)| {
                    match c {
                        '(' | '[' | '{' => depth += 1,
                        ')' | ']' | '}' if depth == 0 => return Some(None),
                        ')' | ']' | '}' => depth -= 1,
                        ',' if depth == 0 => return Some(Some(i)),
                        _ => {}
                    }
                    None
                }) else {
                    continue;
                };
                let Some(comma) = comma else { continue };
                rest = &rest[comma + 1..];
            }
            let Some(literal) = rest.trim_start().strip_prefix('"') else { continue };
            let Some(end) = literal.find('"') else { continue };
            found.push((literal[..end].to_string(), file.to_string()));
        }
    }
}

fn rust_sources(dir: &Path, files: &mut Vec<std::path::PathBuf>) {
    for entry in std::fs::read_dir(dir).expect("a readable folder") {
        let path = entry.expect("a folder entry").path();
        if path.is_dir() {
            rust_sources(&path, files);
        } else if path.extension().is_some_and(|ext| ext == "rs") {
            files.push(path);
        }
    }
}

#[test]
fn every_message_the_code_names_is_in_the_japanese_catalogue() {
    let mut files = Vec::new();
    rust_sources(Path::new("src"), &mut files);
    let mut named = Vec::new();
    for file in &files {
        let source = std::fs::read_to_string(file).expect("a readable source file");
        message_ids_named_in(&source, &file.display().to_string(), &mut named);
    }
    assert!(named.len() > 200, "the scan finds the ids the code names ({} found)", named.len());
    let missing: Vec<String> = named
        .iter()
        .filter(|(id, _)| !tsunagu::i18n::has_message(id))
        .map(|(id, file)| format!("`{id}` (named in {file}) is not in src/i18n/ja.ftl or ja-pages.ftl"))
        .collect();
    assert!(missing.is_empty(), "messages the code names but the catalogue lacks:\n{}", missing.join("\n"));
}

#[test]
fn the_scan_finds_a_missing_message_and_names_it() {
    let mut named = Vec::new();
    message_ids_named_in(
        r#"p { (ja("windows-list-title")) (text_with(Edition::Japanese, "no-such-message", &[])) (my_ja("x")) }"#,
        "example.rs",
        &mut named,
    );
    let ids: Vec<&str> = named.iter().map(|(id, _)| id.as_str()).collect();
    assert_eq!(ids, ["windows-list-title", "no-such-message"]);
    assert!(tsunagu::i18n::has_message("windows-list-title"));
    assert!(!tsunagu::i18n::has_message("no-such-message"));
}

#[test]
fn the_japanese_only_pages_catalogue_parses_and_every_message_has_words() {
    let japanese_pages = keys(JAPANESE_PAGES);
    assert!(japanese_pages.len() > 150, "ja-pages.ftl has {} keys", japanese_pages.len());
    let shared = keys(CATALOGUES[0].1);
    for key in &japanese_pages {
        assert!(!shared.contains(key), "`{key}` is in both ja.ftl and ja-pages.ftl");
        let words = text(Edition::Japanese, key);
        assert!(!words.trim().is_empty() && words != *key, "`{key}` gives {words:?}");
    }
    assert_eq!(
        text_with(Edition::Japanese, "windows-city-index-count", &[("prefecture", "静岡県"), ("count", "3")]),
        "（静岡県）窓口 3 か所"
    );
    assert_eq!(text_with(Edition::Japanese, "search-nearby", &[]), "近いことば: ", "a space kept at the end");
}

#[test]
fn templates_keep_the_names_the_browser_fills_in() {
    for edition in Edition::ALL {
        let progress = text_with(edition, "guide-progress-more", &[("number", "{number}"), ("left", "{left}")]);
        assert!(progress.contains("{number}") && progress.contains("{left}"), "{progress}");
        assert!(!progress.contains('\u{2068}'), "no isolation marks: {progress:?}");
    }
    assert_eq!(text_with(Edition::Japanese, "guide-quoted", &[("text", "はい")]), "「はい」");
    assert_eq!(text_with(Edition::English, "guide-quoted", &[("text", "Yes")]), "“Yes”");
    assert_eq!(text(Edition::English, "guide-because-before"), "Suggested because you chose ");
}

#[test]
fn easy_messages_keep_sentences_short() {
    let (_, source) = CATALOGUES[1];
    let lines: Vec<(usize, String)> = keys(source)
        .iter()
        .enumerate()
        .map(|(at, key)| (at + 1, text(Edition::Easy, key)))
        .filter(|(_, words)| !words.contains('{'))
        .collect();
    let long: Vec<String> = check_readability(&lines, &[], &[])
        .into_iter()
        .filter(|problem| problem.message.contains("characters"))
        .map(|problem| format!("{}: {}", keys(source)[problem.line - 1], problem.message))
        .collect();
    assert!(long.is_empty(), "{long:#?}");
}

#[test]
fn the_shell_has_every_word_in_every_edition_and_english_has_no_japanese() {
    for edition in Edition::ALL {
        let words = tsunagu::i18n::shell_words(edition);
        assert_eq!(words.0.len(), Word::ALL.len());
        for word in Word::ALL {
            let text = words.get(word);
            let Some(key) = tsunagu::i18n::shell_key(word) else {
                assert_eq!(text, "", "{word:?} is the site's, filled in by the publisher");
                continue;
            };
            assert!(keys(CATALOGUES[0].1).iter().any(|known| known == key), "{key} is not in the catalogue");
            assert!(!text.trim().is_empty() && text != key, "{}: {word:?} gives {text:?}", edition.own_name());
            if edition == Edition::English {
                let japanese = text.chars().any(|c| ('\u{3040}'..='\u{9fff}').contains(&c));
                assert!(!japanese, "English shell word in Japanese: {word:?} = {text}");
            }
        }
    }
    assert_eq!(tsunagu::i18n::shell_words(Edition::Japanese).get(Word::SkipLink), "本文へ移動");
    assert_eq!(tsunagu::i18n::shell_words(Edition::English).get(Word::SizeExtraLarge), "Extra large");
    assert_eq!(tsunagu::i18n::shell_words(Edition::Easy).get(Word::Next), "次の ページ");
}

fn bundled() -> &'static CompiledSite {
    static SITE: OnceLock<CompiledSite> = OnceLock::new();
    SITE.get_or_init(|| compile_site(Path::new("content"), "/").expect("the bundled content compiles"))
}

fn fixture() -> &'static CompiledSite {
    static SITE: OnceLock<CompiledSite> = OnceLock::new();
    SITE.get_or_init(|| compile_site(Path::new("tests/fixtures/content/valid"), "/").expect("the fixture compiles"))
}

fn page_data(site: &CompiledSite, id: &str) -> PageData {
    let index = SiteIndex::new(site);
    let position = site.pages.iter().position(|page| page.id == id).unwrap_or_else(|| panic!("no page {id}"));
    index.page_data(position)
}

fn has_japanese(text: &str) -> bool {
    text.chars().any(|c| ('\u{3040}'..='\u{9fff}').contains(&c))
}

fn nav_labels(words: &ShellWords, site: &CompiledSite) -> Vec<String> {
    (0..site.config.nav.len()).map(|item| words.at(ShellWords::nav_label(item))).collect()
}

#[test]
fn an_english_page_names_the_site_its_menu_and_its_scope_in_english() {
    let site = bundled();
    let page = page_data(site, "en/cities/izu");
    let words = &page.words;
    assert_eq!(words.get(Word::Lang), "en");
    assert_eq!(words.get(Word::SiteLang), "en", "site.toml has [en]: nothing of the shell is marked ja");
    assert_eq!(words.get(Word::SiteTitle), "Tsunagu");
    assert_eq!(words.get(Word::HomeUrl), "/en/");
    assert_eq!(words.get(Word::EmergencyUrl), "/en/emergency/");
    assert_eq!(page.scope_label, "From Izu City's plan");
    assert!(page.document_title.ends_with("｜Tsunagu"), "{}", page.document_title);
    let labels = nav_labels(words, site);
    assert_eq!(labels.len(), 8);
    assert!(labels.contains(&"Glossary".to_string()), "{labels:?}");
    for text in [
        words.get(Word::SiteTagline),
        words.get(Word::Notice),
        words.get(Word::NoticeLabel),
        words.get(Word::LoadFailed),
    ]
    .iter()
    .chain(&labels)
    .chain([&page.scope_label])
    {
        assert!(!text.is_empty() && !has_japanese(text), "English shell text in Japanese: {text}");
    }
    assert_eq!(page_data(site, "en/emergency").scope_label, "About the national scheme");
}

#[test]
fn an_easy_page_names_the_site_its_menu_and_its_scope_in_easy_japanese() {
    let site = bundled();
    let page = page_data(site, "easy/cities/izu");
    let words = &page.words;
    assert_eq!(words.get(Word::Lang), "ja");
    assert_eq!(words.get(Word::HomeUrl), "/easy/");
    assert_eq!(words.get(Word::SiteTitle), "つなぐ");
    assert_eq!(page.scope_label, "静岡県 伊豆市の 計画");
    assert_eq!(words.get(Word::LoadFailedTitle), "ページを 出せません でした");
    let japanese = page_data(site, "cities/izu");
    assert_eq!(japanese.scope_label, "静岡県伊豆市の計画");
    assert_ne!(
        nav_labels(words, site),
        nav_labels(&japanese.words, site),
        "the menu has its own やさしい日本語 labels"
    );
    assert_ne!(words.get(Word::SiteTagline), japanese.words.get(Word::SiteTagline));
}

#[test]
fn an_edition_without_names_in_site_toml_shows_the_japanese_ones_marked_ja() {
    let site = fixture();
    assert!(site.config.en.is_none());
    let english = site.pages.iter().find(|page| page.id.starts_with("en/")).expect("the fixture has English pages");
    let page = page_data(site, &english.id);
    assert_eq!(page.words.get(Word::Lang), "en");
    assert_eq!(page.words.get(Word::SiteLang), "ja", "the Japanese names are marked ja");
    assert_eq!(page.words.get(Word::SiteTitle), "テスト");
    assert_eq!(nav_labels(&page.words, site), ["案内"], "the Japanese page's title");
    // The fixture has no English home page: the trail starts at the Japanese one, said in English.
    let home = &page.breadcrumbs[0];
    assert_eq!((home.label.as_str(), home.url.as_str(), home.lang.as_str()), ("Home (in Japanese)", "/", "en"));
    assert_eq!(page.scope_label, "From Test City's plan");
}

#[test]
fn the_not_found_page_says_it_in_every_edition() {
    let files = tsunagu::publish::publish(
        fixture(),
        &tsunagu::publish::assets::SiteAssets::bundled(None).expect("the bundled app is there"),
    )
    .expect("publishes");
    let html = String::from_utf8(files.files["404.html"].clone()).unwrap();
    assert!(html.contains(r#"<html lang="ja""#), "one page for every address: Japanese first");
    assert!(
        html.contains(r#"<section lang="en" aria-labelledby="not-found-en"><h2 id="not-found-en">Page not found</h2>"#)
    );
    assert!(html.contains(">Go to the home page (in Japanese)</a>"), "the fixture has no English home: {html}");
    assert!(html.contains(r#"<h2 id="not-found-easy">ページが ありません</h2>"#), "{html}");
}
