//! The search page (`/search/`): the form (a plain GET form, so it works without JavaScript),
//! the place the WASM writes results into, the quick exit, and a 五十音 index of pages,
//! windows and glossary terms for readers without JavaScript. Its root names the search page's
//! own WASM (`data-page-module`), which the start script loads instead of the app.

use crate::content::offline::OFFLINE_PAGE_ID;
use maud::{html, Markup};

use super::records::GLOSSARY_ID;
use super::SEARCH_PAGE_ID;
use crate::content::compiled::CompiledSite;
use crate::content::html::{href, BodyWriter, PageHtml};
use crate::content::page::{CompiledPage, GeneratedFront, PageKind};
use crate::content::site_config::NATIONAL_SCOPE;
use crate::i18n::{ja, ja_with};
use crate::search::format::{Record, RecordKind, MAX_QUERY_CHARS};
use crate::search::markup;

/// The most windows the 五十音 index lists (beyond, it links to the directory instead).
const MAX_LISTED_WINDOWS: usize = 1500;

/// The rows of the 五十音 index: (anchor, label, first and last hiragana).
const ROWS: [(&str, &str, char, char); 10] = [
    ("az-a", "あ行", 'ぁ', 'お'),
    ("az-ka", "か行", 'か', 'ご'),
    ("az-sa", "さ行", 'さ', 'ぞ'),
    ("az-ta", "た行", 'た', 'ど'),
    ("az-na", "な行", 'な', 'の'),
    ("az-ha", "は行", 'は', 'ぽ'),
    ("az-ma", "ま行", 'ま', 'も'),
    ("az-ya", "や行", 'ゃ', 'よ'),
    ("az-ra", "ら行", 'ら', 'ろ'),
    ("az-wa", "わ行", 'ゎ', 'ゔ'),
];

/// One entry of the index: its title, address and what it is.
struct Entry {
    title: String,
    url: String,
    kind: String,
    key: String,
}

/// The search page, made once the index is written.
pub fn search_page(site: &CompiledSite, records: &[Record]) -> CompiledPage {
    let mut body = BodyWriter::new(&site.base);
    let action = body.page(SEARCH_PAGE_ID);
    // Other ways to look, where the site has them.
    let mut other_ways: Vec<(String, String)> = Vec::new();
    for (id, label) in [
        ("guides", ja("search-other-guides")),
        ("windows", ja("search-other-windows")),
        (GLOSSARY_ID, ja("search-other-glossary")),
    ] {
        if site.page(id).is_some() {
            other_ways.push((body.page(id), label));
        }
    }
    let directory = site.page("windows").map(|_| href(&crate::site::page_url(&site.base, "windows")));
    let exit = href(&site.config.quick_exit_url);
    let entries = index_entries(site, records);
    let listed_windows = entries.iter().filter(|entry| entry.kind == kind_label(RecordKind::Window)).count();
    let mut rows: Vec<(&str, String, Vec<&Entry>)> =
        ROWS.iter().map(|(id, label, _, _)| (*id, label.to_string(), Vec::new())).collect();
    rows.push(("az-latin", ja("search-az-latin"), Vec::new()));
    rows.push(("az-kanji", ja("search-az-kanji"), Vec::new()));
    for entry in &entries {
        let row = row_of(&entry.key);
        rows[row].2.push(entry);
    }
    for row in &mut rows {
        row.2.sort_by(|a, b| (&a.key, &a.title).cmp(&(&b.key, &b.title)));
    }
    let rows: Vec<_> = rows.into_iter().filter(|row| !row.2.is_empty()).collect();
    let az_title = body.heading(2, "search-az-title", &ja("search-az-title"));
    let row_headings: Vec<Markup> = rows.iter().map(|(id, label, _)| body.heading(3, id, label)).collect();
    let markup = html! {
        div class="search" id=(markup::ROOT_ID) data-page-module=(markup::PAGE_MODULE)
            data-index=(href(&format!("{}{}", site.base, site.search.folder))) data-base=(href(&site.base))
            data-words-failed=(ja("search-script-failed"))
            data-words-none=(ja_with("search-script-none", &[("query", "{query}")]))
            data-words-some=(ja_with("search-script-some", &[("query", "{query}"), ("total", "{total}"), ("shown", "{shown}")]))
            data-words-all=(ja_with("search-script-all", &[("query", "{query}"), ("total", "{total}")]))
            data-words-kind-city=(ja_with("search-script-kind-city", &[("kind", "{kind}"), ("city", "{city}")]))
            data-words-separator=(ja("search-script-separator")) {
            p class="search__exit" {
                a class="quick-exit" id="search-exit" href=(exit) rel="noreferrer" { (ja("search-exit")) }
            }
            form class="search-form" id="search-form" role="search" aria-label=(ja("search-form-label")) action=(action) method="get" {
                div class="search-form__field" {
                    label for="search-q" { (ja("search-query")) }
                    input type="search" id="search-q" name="q" maxlength=(MAX_QUERY_CHARS) autocomplete="off"
                        enterkeyhint="search" aria-describedby="search-q-hint";
                    p class="search-form__hint" id="search-q-hint" { (ja("search-query-hint")) }
                }
                div class="search-form__field" {
                    label for="search-city" { (ja("search-city")) }
                    select id="search-city" name="city" {
                        option value="" { (ja("search-city-any")) }
                        @for city in &site.config.cities {
                            option value=(city.id) { (city.name) }
                        }
                    }
                }
                div class="search-form__field" {
                    label for="search-kind" { (ja("search-kind")) }
                    select id="search-kind" name="kind" {
                        option value="" { (ja("search-kind-any")) }
                        @for kind in RecordKind::ALL {
                            option value=(kind.id()) { (kind_label(kind)) }
                        }
                    }
                }
                button type="submit" class="button" { (ja("search-submit")) }
            }
            p class="notice search__needs-js" id="search-needs-js" { (ja("search-needs-js")) }
            p class="search__status" id="search-status" role="status" {}
            div class="search__results" id="search-results" {}
            div class="search__empty" id="search-empty" hidden {
                p { (ja("search-other-ways")) }
                ul {
                    @for (url, label) in &other_ways {
                        li { a href=(url) { (label) } }
                    }
                }
                p id="search-nearby-wrap" hidden {
                    (ja("search-nearby")) span id="search-nearby" {}
                }
            }
            section class="search-az" id="search-az" aria-labelledby="search-az-title" {
                (az_title)
                p {
                    (ja("search-az-lead"))
                    @if let Some(directory) = directory.as_ref().filter(|_| listed_windows < site.windows.iter().map(|city| city.windows.len()).sum::<usize>()) {
                        (ja("search-az-many-windows-before"))
                        a href=(directory) { (ja("search-az-many-windows-link")) }
                        (ja("search-az-many-windows-after"))
                    }
                }
                nav aria-label=(ja("search-az-rows")) {
                    ul class="search-az__rows" {
                        @for (id, label, _) in &rows {
                            li { a href={ "#" (id) } { (label) } }
                        }
                    }
                }
                @for ((_, _, list), heading) in rows.iter().zip(row_headings) {
                    (heading)
                    ul class="search-az__list" {
                        @for entry in list {
                            li { a href=(entry.url) { (entry.title) } " " span class="search-az__kind" { (ja_with("search-az-kind", &[("kind", &entry.kind)])) } }
                        }
                    }
                }
            }
        }
    };
    let generated = body.finish(markup);
    let reviewed =
        site.page("").map(|home| home.front.reviewed).unwrap_or_else(|| "2000-01-01".parse().expect("a date"));
    CompiledPage {
        id: SEARCH_PAGE_ID.to_string(),
        source: "search (made from the content)".to_string(),
        front: GeneratedFront {
            title: ja("search-title"),
            summary: ja("search-summary"),
            scope: NATIONAL_SCOPE.to_string(),
            department: String::new(),
            reviewed,
            legal_basis: Vec::new(),
            order: 1000,
        }
        .into(),
        html: PageHtml::from(generated.html),
        headings: generated.headings,
        parent: Some(String::new()),
        kind: PageKind::Search,
    }
}

/// The pages, windows (up to a bound) and glossary terms, each with its sort key.
fn index_entries(site: &CompiledSite, records: &[Record]) -> Vec<Entry> {
    let fold = super::fold_map();
    let key = |text: &str| fold.normalize(text, 40).text();
    let mut entries = Vec::new();
    for page in &site.pages {
        if page.id.is_empty()
            || page.id == OFFLINE_PAGE_ID
            || matches!(page.kind, PageKind::Window | PageKind::Search)
            || !super::records::searched(page)
        {
            continue;
        }
        let url = href(&crate::site::page_url(&site.base, &page.id));
        // The staff course's pages are marked as such, so a resident sees they are for staff.
        let kind = if crate::content::training::is_course_page(&page.id) {
            kind_label(RecordKind::Training)
        } else {
            ja("search-az-kind-page")
        };
        entries.push(Entry { title: page.front.title.clone(), url, kind, key: key(&page.front.title) });
    }
    let windows: Vec<&Record> = records.iter().filter(|record| record.kind == RecordKind::Window).collect();
    if windows.len() <= MAX_LISTED_WINDOWS {
        for record in windows {
            let url = href(&format!("{}{}", site.base, record.path));
            entries.push(Entry {
                title: record.page.clone(),
                url,
                kind: kind_label(RecordKind::Window),
                key: key(&record.page),
            });
        }
    }
    for record in records.iter().filter(|record| record.kind == RecordKind::Glossary) {
        let url = href(&format!("{}{}#{}", site.base, record.path, record.anchor));
        // A term's id is its reading in romaji (term-chiiki-kyosei), which places a kanji term.
        let reading = record.anchor.strip_prefix("term-").and_then(romaji_row).map(|c| c.to_string());
        let sort = reading.map_or_else(|| key(&record.heading), |first| format!("{first}{}", key(&record.heading)));
        entries.push(Entry { title: record.heading.clone(), url, kind: kind_label(RecordKind::Glossary), key: sort });
    }
    entries
}

/// A kind's words: its option in the filter (which the script reads a result's kind from) and
/// its mark in the 五十音 index.
fn kind_label(kind: RecordKind) -> String {
    match kind {
        RecordKind::Plan => ja("search-kind-plan"),
        RecordKind::Programme => ja("search-kind-programme"),
        RecordKind::Window => ja("search-kind-window"),
        RecordKind::Glossary => ja("search-kind-glossary"),
        RecordKind::Guide => ja("search-kind-guide"),
        RecordKind::Training => ja("search-kind-training"),
    }
}

/// The row's first hiragana for a romaji reading (`chiiki` → た).
fn romaji_row(reading: &str) -> Option<char> {
    let mut letters = reading.chars();
    let first = letters.next()?;
    Some(match (first, letters.next()) {
        ('a' | 'i' | 'u' | 'e' | 'o', _) => 'あ',
        ('k' | 'g', _) => 'か',
        ('c', Some('h')) | ('t' | 'd', _) => 'た',
        ('s' | 'z' | 'j', _) => 'さ',
        ('n', _) => 'な',
        ('h' | 'b' | 'p' | 'f', _) => 'は',
        ('m', _) => 'ま',
        ('y', _) => 'や',
        ('r', _) => 'ら',
        ('w', _) => 'わ',
        _ => return None,
    })
}

/// The row (position in the page's rows) of a normalised key.
fn row_of(key: &str) -> usize {
    let Some(first) = key.chars().next() else { return ROWS.len() + 1 };
    if let Some(row) = ROWS.iter().position(|(_, _, from, to)| (*from..=*to).contains(&first)) {
        return row;
    }
    if first.is_ascii_alphanumeric() {
        ROWS.len()
    } else {
        ROWS.len() + 1
    }
}
