//! A city's directory and window pages in the language editions (`/easy/cities/<city>/windows/…`,
//! `/en/…`), made from `windows.easy.toml` / `windows.en.toml`: each window keeps its Japanese
//! name (marked `lang="ja"` on English pages, with its rōmaji), says what it does in the
//! edition's words, gives its phone number, and links its full Japanese page.

use crate::content::html::{html, BodyWriter, Markup};
use crate::content::outline::InternalLink;
use crate::content::page::{CompiledPage, GeneratedFront, PageKind};
use crate::content::site_config::City;
use crate::content::windows::contact::phone_link;
use crate::content::windows::editions::{WindowEditions, WindowText};
use crate::content::windows::model::{directory_id, window_page_id};
use crate::content::windows::{pages, CityWindows, Window};
use crate::site::Edition;

/// The words of the edition pages, in each edition.
struct Words {
    directory_title: String,
    directory_summary: String,
    intro: &'static str,
    full_list: &'static str,
    name: &'static str,
    reading: &'static str,
    phone: &'static str,
    no_phone: &'static str,
    details: &'static str,
    back: &'static str,
}

fn words(edition: Edition, city: &City, texts: &WindowEditions, count: usize) -> Words {
    match edition {
        Edition::English => {
            let city_name = texts.city_name.clone().unwrap_or_else(|| city.id.clone());
            Words {
                directory_title: format!("Consultation windows in {city_name}"),
                directory_summary: format!(
                    "The {count} consultation windows and services in {city_name}'s plan: each one's Japanese name, how to read it, and what it does."
                ),
                intro: "Each window keeps its Japanese name, as the city writes it, so you can show it or say it at the city office. Any of them will listen to you and pass you on to the right place if needed.",
                full_list: "The full list in Japanese, with a filter and every fact from the plan",
                name: "Japanese name",
                reading: "Reading",
                phone: "Phone",
                no_phone: "The plan gives no phone number for this window; the Japanese page says where to find it.",
                details: "Everything the plan says about this window (in Japanese)",
                back: "All the windows in English",
            }
        }
        _ => Words {
            directory_title: format!("{}の 相談窓口", city.name),
            directory_summary: format!("{}の 計画に ある 相談窓口 {count}か所の 一覧です。", city.name),
            intro: "どの 窓口でも 相談できます。ほかの 窓口が よい ときは、つないで くれます。",
            full_list: "くわしい 一覧（ふつうの 日本語）",
            name: "名前",
            reading: "",
            phone: "電話",
            no_phone: "電話番号は 計画に ありません。ふつうの 日本語の ページを 見て ください。",
            details: "この 窓口の くわしい ページ（ふつうの 日本語）",
            back: "やさしい日本語の 窓口の 一覧",
        },
    }
}

/// The city's directory and one page per window in each edition the city has a file for.
/// `has_page` says whether a page id exists (the edition's city page is the directory's parent
/// when there is one); `department` is the Japanese directory's (the city page's 所管).
pub fn edition_pages(
    city: &City,
    windows: &CityWindows,
    department: &str,
    base: &str,
    has_page: &dyn Fn(&str) -> bool,
) -> Vec<(CompiledPage, Vec<InternalLink>)> {
    let mut made = Vec::new();
    let Some(reviewed) = windows.windows.iter().map(|window| window.reviewed.as_str()).max() else {
        return made;
    };
    let Ok(reviewed) = reviewed.parse::<toml::value::Datetime>() else { return made };
    for texts in &windows.editions {
        let edition = texts.edition;
        let words = words(edition, city, texts, windows.windows.len());
        let directory = edition.page_id(&directory_id(&city.id));
        let parent = [edition.page_id(&format!("cities/{}", city.id)), edition.page_id("")]
            .into_iter()
            .find(|id| has_page(id))
            .unwrap_or_else(|| directory_id(&city.id));
        let body = directory_body(windows, texts, &words, base);
        made.push((
            CompiledPage {
                id: directory.clone(),
                source: texts.file.clone(),
                front: GeneratedFront {
                    title: words.directory_title.clone(),
                    summary: words.directory_summary.clone(),
                    scope: city.id.clone(),
                    department: department.to_string(),
                    reviewed,
                    legal_basis: windows.legal_basis.clone(),
                    order: 90,
                }
                .into(),
                html: body.html.into(),
                headings: body.headings,
                parent: Some(parent),
                kind: PageKind::Directory { city: Some(city.id.clone()), total: windows.windows.len() },
            },
            body.links,
        ));
        for (position, window) in windows.windows.iter().enumerate() {
            let Some(text) = texts.window(&window.id) else { continue };
            let Ok(window_reviewed) = window.reviewed.parse() else { continue };
            let body = window_body(window, text, edition, &words, base);
            made.push((
                CompiledPage {
                    id: edition.page_id(&window_page_id(window)),
                    source: texts.file.clone(),
                    front: GeneratedFront {
                        title: match &text.romaji {
                            Some(romaji) if edition == Edition::English => romaji.clone(),
                            _ => window.name.clone(),
                        },
                        summary: text.description.clone(),
                        scope: city.id.clone(),
                        department: window.department_with_city(&city.name),
                        reviewed: window_reviewed,
                        legal_basis: pages::window_legal_basis(window),
                        order: position as i64,
                    }
                    .into(),
                    html: body.html.into(),
                    headings: body.headings,
                    parent: Some(directory.clone()),
                    kind: PageKind::Article,
                },
                body.links,
            ));
        }
    }
    made
}

/// The window's Japanese name: marked as Japanese on an English page, with its reading.
fn japanese_name(window: &Window, text: &WindowText, edition: Edition) -> Markup {
    html! {
        @if edition == Edition::English {
            span lang="ja" { (window.name) }
            @if let Some(romaji) = &text.romaji { " (" i { (romaji) } ")" }
        } @else {
            (window.name)
        }
    }
}

/// The edition's directory: an introduction, a card per window, and the Japanese directory.
fn directory_body(
    windows: &CityWindows,
    texts: &WindowEditions,
    words: &Words,
    base: &str,
) -> crate::content::html::GeneratedBody {
    let mut body = BodyWriter::new(base);
    let edition = texts.edition;
    let japanese_list = body.page(&directory_id(&windows.city));
    let cards: Vec<Markup> = windows
        .windows
        .iter()
        .filter_map(|window| texts.window(&window.id).map(|text| (window, text)))
        .map(|(window, text)| {
            let link = body.page(&edition.page_id(&window_page_id(window)));
            html! {
                li class="window-card" {
                    h2 class="window-card__name" { a href=(link) { (japanese_name(window, text, edition)) } }
                    p { (text.description) }
                    @if let Some(phone) = &window.contact.phone {
                        dl class="window-card__facts" { div { dt { (words.phone) } dd { (phone_link(phone)) } } }
                    }
                }
            }
        })
        .collect();
    let markup = html! {
        p { (words.intro) }
        ul class="window-list" { @for card in cards { (card) } }
        p { a href=(japanese_list) hreflang=[(edition == Edition::English).then_some("ja")] { (words.full_list) } }
    };
    body.finish(markup)
}

/// One window's edition page: its Japanese name (and reading), what it does, its phone, and
/// its full Japanese page.
fn window_body(
    window: &Window,
    text: &WindowText,
    edition: Edition,
    words: &Words,
    base: &str,
) -> crate::content::html::GeneratedBody {
    let mut body = BodyWriter::new(base);
    let japanese_page = body.page(&window_page_id(window));
    let directory = body.page(&edition.page_id(&directory_id(&window.city)));
    let hreflang = (edition == Edition::English).then_some("ja");
    let markup = html! {
        dl class="window-facts" {
            div { dt { (words.name) } dd lang=[hreflang] { (window.name) } }
            @if let Some(romaji) = text.romaji.as_ref().filter(|_| edition == Edition::English) {
                div { dt { (words.reading) } dd { i { (romaji) } } }
            }
            @if let Some(phone) = &window.contact.phone {
                div { dt { (words.phone) } dd { (phone_link(phone)) } }
            }
        }
        @if window.contact.phone.is_none() { p { (words.no_phone) } }
        p { a href=(japanese_page) hreflang=[hreflang] { (words.details) } }
        p { a href=(directory) { (words.back) } }
    };
    body.finish(markup)
}
