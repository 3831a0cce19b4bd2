//! The HTML the compiler writes for windows: the directory list (per city and across cities)
//! and one page per window with everything the plan says about it. The list items carry
//! `data-*` attributes that the browser's filter reads; without JavaScript every window shows.

use crate::content::html::{html, scroll_table, BodyWriter, GeneratedBody, Markup};
use crate::content::site_config::{City, SiteConfig};
use crate::content::windows::contact::{card_details, contact_facts, phone_link, where_to_find_the_number};
use crate::content::windows::model::{directory_id, window_page_id};
use crate::content::windows::{CityWindows, Window};
use crate::i18n::{ja, ja_with};
use crate::taxonomy::{self, programme_article, Audience, PROGRAMMES};

/// Where the open data files are, under the site's base path.
pub const HSDS_JSON_PATH: &str = "data/windows.hsds.json";
/// The CSV export, under the site's base path.
pub const CSV_PATH: &str = "data/windows.csv";

/// The directory of all lists every window up to this many cities. Beyond, it lists the cities
/// (each with its number of windows, linking to its own directory, where the filter is), so the
/// page stays small however many cities join: every window card is HTML on the page, about
/// 17.5 KB per city, and at 50 cities the full list was 880 KB.
pub const MOST_CITIES_LISTED_IN_FULL: usize = 10;

/// The filter form, the list of windows and the open-data links: the body of a directory page.
/// `cities` are the windows to list with the city each belongs to; `across_cities` says
/// whether the filter offers cities (the directory of all) or the city's areas. The directory
/// of all with more than [`MOST_CITIES_LISTED_IN_FULL`] cities is a list of the cities instead.
pub fn directory_body(
    cities: &[(&City, &CityWindows)],
    across_cities: bool,
    base: &str,
    wording: &SiteConfig,
) -> GeneratedBody {
    if across_cities && cities.len() > MOST_CITIES_LISTED_IN_FULL {
        return city_index_body(cities, base);
    }
    let total: usize = cities.iter().map(|(_, windows)| windows.windows.len()).sum();
    let mut body = BodyWriter::new(base);
    let list_title = body.heading(2, "window-list-title", &ja("windows-list-title"));
    let cards: Vec<Markup> = cities
        .iter()
        .flat_map(|(city, windows)| windows.windows.iter().map(move |window| (city, windows, window)))
        .map(|(city, windows, window)| window_card(&mut body, window, city, windows, across_cities, wording))
        .collect();
    let open_data = open_data_section(&mut body, base);
    let markup = html! {
        (filter_form(cities, across_cities, total))
        (list_title)
        p { (ja("windows-list-lead")) }
        ul class="window-list" id="window-list" aria-labelledby="window-list-title" { @for card in cards { (card) } }
        p class="window-list__empty" id="window-list-empty" hidden {
            (ja("windows-list-empty"))
        }
        (open_data)
    };
    body.finish(markup)
}

/// The directory of all, for many cities: each city with its number of windows, linking to its
/// own directory, and the open-data links.
fn city_index_body(cities: &[(&City, &CityWindows)], base: &str) -> GeneratedBody {
    let mut body = BodyWriter::new(base);
    let title = body.heading(2, "city-index-title", &ja("windows-city-index-title"));
    let links: Vec<(String, &City, usize)> = cities
        .iter()
        .map(|(city, windows)| (body.page(&directory_id(&city.id)), *city, windows.windows.len()))
        .collect();
    let open_data = open_data_section(&mut body, base);
    let markup = html! {
        (title)
        p { (ja("windows-city-index-lead")) }
        ul class="city-index" aria-labelledby="city-index-title" {
            @for (href, city, count) in &links {
                li {
                    a href=(href) { (city.name) }
                    (ja_with("windows-city-index-count", &[("prefecture", &city.prefecture), ("count", &count.to_string())]))
                }
            }
        }
        (open_data)
    };
    body.finish(markup)
}

/// The open-data heading and the links to the HSDS JSON and the CSV of every city.
fn open_data_section(body: &mut BodyWriter, base: &str) -> Markup {
    let open_data_title = body.heading(2, "open-data", &ja("windows-open-data-title"));
    html! {
        (open_data_title)
        p { (ja("windows-open-data-lead")) }
        ul {
            li {
                a href={ (base) (HSDS_JSON_PATH) } download { (ja("windows-open-data-json")) }
                (ja("windows-open-data-json-about"))
            }
            li { a href={ (base) (CSV_PATH) } download { (ja("windows-open-data-csv")) } (ja("windows-open-data-csv-about")) }
        }
    }
}

/// One `<select>` of the filter form, with its label and its "any" option first.
fn select(id: &str, name: &str, label: &str, any: &str, options: &[(String, String)]) -> Markup {
    html! {
        div class="filters__field" {
            label for=(id) { (label) }
            select id=(id) name=(name) { option value="" { (any) } (option_list(options)) }
        }
    }
}

fn option_list(options: &[(String, String)]) -> Markup {
    html! { @for (value, words) in options { option value=(value) { (words) } } }
}

/// The filter form. It is plain HTML in the page, hidden without JavaScript (the list then shows
/// every window); the WASM reads and writes it (`src/browser/directory.rs`). Its options are
/// also the values the browser accepts from the URL query.
fn filter_form(cities: &[(&City, &CityWindows)], across_cities: bool, total: usize) -> Markup {
    let audiences: Vec<(String, String)> =
        Audience::ALL.iter().map(|audience| (audience.id().to_string(), audience.label().to_string())).collect();
    // Only programmes some listed window takes part in: an option that always gives nothing helps no one.
    let listed: Vec<u8> =
        cities.iter().flat_map(|(_, w)| w.windows.iter()).flat_map(Window::programme_numbers).collect();
    let programmes: Vec<(String, String)> = PROGRAMMES
        .iter()
        .filter(|p| listed.contains(&p.number))
        .map(|p| (p.number.to_string(), programme_label(p.number, p.name)))
        .collect();
    let place = if across_cities { city_and_area_fields(cities) } else { area_field(cities) };
    html! {
        form class="filters" id="window-filters" role="search" aria-labelledby="filters-title"
            data-words-count-all=(ja_with("windows-filter-count", &[("count", "{total}")]))
            data-words-count-filtered=(ja_with("windows-filter-count-filtered", &[("conditions", "{conditions}"), ("total", "{total}"), ("shown", "{shown}")]))
            data-words-count-condition=(ja_with("windows-filter-count-condition", &[("label", "{label}")])) {
            h2 id="filters-title" class="filters__title" { (ja("windows-filter-title")) }
            p class="filters__hint" { (ja("windows-filter-hint")) }
            div class="filters__fields" {
                (select("filter-for", "for", &ja("windows-filter-for"), &ja("windows-filter-for-any"), &audiences))
                (select("filter-programme", "programme", &ja("windows-filter-programme"), &ja("windows-filter-programme-any"), &programmes))
                (place)
            }
            button type="button" class="button" id="filter-clear" { (ja("windows-filter-clear")) }
            p class="filters__count" id="filter-count" role="status" {
                (ja_with("windows-filter-count", &[("count", &total.to_string())]))
            }
        }
    }
}

/// The directory of all: a city field, and the areas of every city grouped by city. An area's
/// value names both (`izu:shuzenji`), since area ids are unique only within their city.
fn city_and_area_fields(cities: &[(&City, &CityWindows)]) -> Markup {
    let city_options: Vec<(String, String)> =
        cities.iter().map(|(city, _)| (city.id.clone(), city.name.clone())).collect();
    let groups: Vec<(&str, Vec<(String, String)>)> = cities
        .iter()
        .filter(|(_, windows)| !windows.areas.is_empty())
        .map(|(city, windows)| {
            let options = windows
                .areas
                .iter()
                .map(|area| {
                    let label = ja_with("windows-filter-area-option", &[("area", &area.name), ("city", &city.name)]);
                    (format!("{}:{}", city.id, area.id), label)
                })
                .collect();
            (city.name.as_str(), options)
        })
        .collect();
    html! {
        (select("filter-city", "city", &ja("windows-filter-city"), &ja("windows-filter-city-any"), &city_options))
        @if !groups.is_empty() {
            div class="filters__field" {
                label for="filter-area" { (ja("windows-filter-area")) }
                select id="filter-area" name="area" {
                    option value="" { (ja("windows-filter-area-any")) }
                    @for (city, options) in &groups { optgroup label=(city) { (option_list(options)) } }
                }
            }
        }
    }
}

/// A city's directory: its areas, when it has some.
fn area_field(cities: &[(&City, &CityWindows)]) -> Markup {
    let areas: Vec<(String, String)> = cities
        .iter()
        .flat_map(|(_, windows)| windows.areas.iter())
        .map(|area| (area.id.clone(), area.name.clone()))
        .collect();
    html! {
        @if !areas.is_empty() {
            (select("filter-area", "area", &ja("windows-filter-area"), &ja("windows-filter-area-any"), &areas))
        }
    }
}

/// A definition list's entries, each in its own `<div>`.
fn fact_entries<Term: AsRef<str>>(facts: &[(Term, Markup)]) -> Markup {
    html! { @for (term, value) in facts { div { dt { (term.as_ref()) } dd { (value) } } } }
}

/// The 地区 fact: the window's areas, or the whole city when the city has areas and the window names none.
fn area_fact(window: &Window, windows: &CityWindows) -> Option<Markup> {
    if !window.areas.is_empty() {
        Some(html! { (area_names(window, windows)) })
    } else if !windows.areas.is_empty() {
        Some(html! { (ja("windows-whole-city")) })
    } else {
        None
    }
}

fn window_card(
    body: &mut BodyWriter,
    window: &Window,
    city: &City,
    windows: &CityWindows,
    show_city: bool,
    wording: &SiteConfig,
) -> Markup {
    let programmes: Vec<String> = window.programme_numbers().iter().map(u8::to_string).collect();
    let audiences: Vec<&str> = window.audiences.iter().map(|audience| audience.id()).collect();
    let mut facts = Vec::new();
    if show_city {
        facts.push((ja("windows-fact-city"), html! { (city.name) }));
    }
    facts.push((ja("windows-fact-audience"), audience_text(window)));
    facts.push((ja("windows-fact-programme"), programme_names(window)));
    if let Some(areas) = area_fact(window, windows) {
        facts.push((ja("windows-fact-area"), areas));
    }
    let operations = operation_summary(window);
    if !operations.is_empty() {
        facts.push((ja("windows-fact-operation"), html! { (operations) }));
    }
    facts.push((
        ja("windows-fact-department"),
        html! { (window.stated_department().unwrap_or(&wording.not_stated_note)) },
    ));
    if let Some(phone) = &window.contact.phone {
        facts.push((ja("windows-fact-phone"), phone_link(phone)));
    }
    let link = body.page(&window_page_id(window));
    let no_number = window.contact.phone.is_none().then(|| where_to_find_the_number(window, city));
    html! {
        li class="window-card" data-city=(window.city) data-audiences=(audiences.join(" "))
            data-programmes=(programmes.join(" ")) data-areas=(window.areas.join(" ")) {
            h3 class="window-card__name" {
                a href=(link) { (window.name) }
                @if window.planned { span class="badge" { (ja("windows-planned")) } }
            }
            p { (window.summary) }
            dl class="window-card__facts" { (fact_entries(&facts)) }
            (card_details(window, "window-card__contact"))
            @if let Some(sentence) = no_number { p class="window-card__no-phone" { (sentence) } }
        }
    }
}

fn audience_text(window: &Window) -> Markup {
    let labels: Vec<&str> = window.audiences.iter().map(|audience| audience.label()).collect();
    html! {
        (labels.join("、"))
        @if let Some(target) = &window.target { (ja_with("windows-target-in-plan", &[("target", target)])) }
    }
}

fn programme_names(window: &Window) -> Markup {
    let names: Vec<String> = window
        .programme_numbers()
        .iter()
        .filter_map(|&number| taxonomy::programme(number))
        .map(|programme| programme_label(programme.number, programme.name))
        .collect();
    html! { (names.join("、")) }
}

/// 「第1号 包括的相談支援事業」: a programme as the directory names it.
fn programme_label(number: u8, name: &str) -> String {
    ja_with("windows-programme", &[("number", &number.to_string()), ("name", name)])
}

fn area_names(window: &Window, windows: &CityWindows) -> String {
    window
        .areas
        .iter()
        .filter_map(|id| windows.areas.iter().find(|area| &area.id == id))
        .map(|area| area.name.as_str())
        .collect::<Vec<_>>()
        .join("、")
}

/// 「委託」, 「直営・委託」…: the ways of running named in any of the window's rows, as the plan words them.
pub fn operation_summary(window: &Window) -> String {
    let mut texts: Vec<&str> = Vec::new();
    for role in &window.roles {
        if let Some(operation) = &role.operation {
            if !texts.contains(&operation.as_str()) {
                texts.push(operation);
            }
        }
    }
    texts.join(" ／ ")
}

/// The page of one window: its lead, 所管課 and date, contents, how to reach it, what it does,
/// its rows in the plan, notes and source. (The lead and facts are part of the body so that the
/// WASM's page index needs only the window's title.)
/// `wording` gives the sentences said where the data has no contact (`no_contact_note`, …).
pub fn window_body(
    window: &Window,
    city: &City,
    windows: &CityWindows,
    base: &str,
    wording: &SiteConfig,
) -> GeneratedBody {
    let mut body = BodyWriter::new(base);
    let sections = html! {
        (body.heading(2, "contact", &ja("windows-heading-contact")))
        (contact_section(&mut body, window, city, wording))
        (body.heading(2, "about", &ja("windows-heading-about")))
        (about_section(window, windows, wording))
        (body.heading(2, "roles", &ja("windows-heading-roles")))
        (roles_table(&mut body, window, city))
        @if !window.notes.is_empty() {
            (body.heading(2, "notes", &ja("windows-heading-notes")))
            ul { @for note in &window.notes { li { (note) } } }
        }
        (body.heading(2, "source", &ja("windows-heading-source")))
        p { (ja_with("windows-source", &[("source", &window.source), ("reviewed", &window.reviewed.to_string())])) }
        p { a href=(body.page(&directory_id(&window.city))) { (ja_with("windows-to-directory", &[("city", &city.name)])) } }
    };
    let page = html! {
        p class="page__lead" { (window.summary) }
        dl class="page-facts" {
            div { dt { (ja("shell-facts-department")) } dd { (window.department_with_city(&city.name)) } }
            div { dt { (ja("shell-facts-reviewed")) } dd { time datetime=(window.reviewed) { (window.reviewed) } } }
            div { dt { (ja("shell-facts-legal")) } dd { ul class="plain-list" { @for law in window_legal_basis(window) { li { (law) } } } } }
        }
        (crate::content::toc::toc_html(body.headings(), crate::site::Edition::Japanese))
        (sections)
    };
    body.finish(page)
}

/// 相談するには: how to reach the window, and where to find the number when the data has none.
fn contact_section(body: &mut BodyWriter, window: &Window, city: &City, wording: &SiteConfig) -> Markup {
    let lines = contact_facts(window);
    let how = match (lines.is_empty(), window.stated_department()) {
        (true, Some(_)) => html! {
            p { (wording.no_contact_note) }
            p { (where_to_find_the_number(window, city)) }
        },
        (true, None) => html! {
            p { (wording.no_contact_or_department_note) }
            p {
                (where_to_find_the_number(window, city)) "（"
                a href=(body.page(&format!("cities/{}", window.city))) { (ja_with("windows-city-plan-page", &[("city", &city.name)])) } "）"
            }
        },
        (false, department) => html! {
            dl class="contact-list" { (fact_entries(&lines)) }
            @if window.contact.phone.is_none() { p { (where_to_find_the_number(window, city)) } }
            @if let Some(department) = department {
                p {
                    (ja_with("windows-department-before", &[("city", &city.name)]))
                    strong { (department) }
                    (ja("windows-department-after"))
                }
            }
        },
    };
    html! {
        @if window.planned {
            p class="notice" { strong { (wording.planned_note) } (ja("windows-planned-check")) }
        }
        (how)
        p { (ja("windows-any-window")) }
    }
}

/// どんな窓口か: whom it is for, who runs it, where and under which department.
fn about_section(window: &Window, windows: &CityWindows, wording: &SiteConfig) -> Markup {
    let mut facts = vec![(ja("windows-fact-audience"), audience_text(window))];
    if let Some(operator) = &window.operator {
        facts.push((ja("windows-fact-operator"), html! { (operator) }));
    }
    if let Some(areas) = area_fact(window, windows) {
        facts.push((ja("windows-fact-area"), areas));
    }
    facts.push((
        ja("windows-fact-department"),
        html! { (window.stated_department().unwrap_or(&wording.not_stated_note)) },
    ));
    html! { dl class="window-facts" { (fact_entries(&facts)) } }
}

/// 計画での位置づけ: the window's rows in the plan's tables, each linked to its programme's page.
fn roles_table(body: &mut BodyWriter, window: &Window, city: &City) -> Markup {
    let rows: Vec<Vec<Markup>> = window
        .roles
        .iter()
        .map(|role| {
            let programme_cell = match taxonomy::programme(role.programme) {
                Some(programme) => html! {
                    a href=(body.page(programme.page_id)) { (programme_label(programme.number, programme.name)) }
                },
                None => html! {},
            };
            vec![
                programme_cell,
                html! { (role.business.as_deref().unwrap_or("—")) },
                html! { (role.count.as_deref().unwrap_or("—")) },
                html! { (role.operation.clone().unwrap_or_else(|| ja("windows-roles-no-operation"))) },
                html! {
                    (role.department.as_deref().or(window.stated_department()).map_or_else(|| ja("windows-roles-not-stated"), str::to_string))
                },
            ]
        })
        .collect();
    let head = [
        ja("windows-fact-programme"),
        ja("windows-roles-business"),
        ja("windows-roles-count"),
        ja("windows-fact-operation"),
        ja("windows-fact-department"),
    ];
    let head: Vec<&str> = head.iter().map(String::as_str).collect();
    scroll_table(&ja("windows-roles-label"), &ja_with("windows-roles-caption", &[("city", &city.name)]), &head, &rows)
}

/// The legal references of a window's programmes, for its page facts.
pub fn window_legal_basis(window: &Window) -> Vec<String> {
    window.programme_numbers().iter().map(|&number| programme_article(number)).collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn cities(count: usize) -> (Vec<City>, Vec<CityWindows>) {
        let cities: Vec<City> = (0..count)
            .map(|n| City { id: format!("city{n}"), name: format!("第{n}市"), prefecture: "静岡県".to_string() })
            .collect();
        let windows = cities
            .iter()
            .map(|city| CityWindows {
                city: city.id.clone(),
                file: format!("cities/{}/windows.toml", city.id),
                areas: Vec::new(),
                windows: Vec::new(),
                legal_basis: Vec::new(),
                editions: Vec::new(),
            })
            .collect();
        (cities, windows)
    }

    #[test]
    fn the_filter_form_carries_the_status_line_s_words_with_their_placeholders() {
        use crate::directory_filter::words;
        let (cities, windows) = cities(1);
        let pairs: Vec<(&City, &CityWindows)> = cities.iter().zip(&windows).collect();
        let html = filter_form(&pairs, false, 3).into_string();
        for (attribute, words) in [
            (words::ALL, "{total}件の窓口をすべて表示しています。"),
            (words::FILTERED, "{conditions}で絞り込み：{total}件のうち{shown}件の窓口を表示しています。"),
            (words::CONDITION, "「{label}」"),
        ] {
            assert!(html.contains(&format!(r#"{attribute}="{words}""#)), "{attribute} in {html}");
        }
    }

    #[test]
    fn the_directory_of_many_cities_lists_the_cities_and_links_each_directory() {
        let (cities, windows) = cities(MOST_CITIES_LISTED_IN_FULL + 1);
        let pairs: Vec<(&City, &CityWindows)> = cities.iter().zip(&windows).collect();
        let body = city_index_body(&pairs, "/");
        let html = body.html.into_string();
        assert!(!html.contains("window-filters"), "no filter form on the list of cities");
        assert!(html.contains(r#"<a href="/cities/city10/windows/">第10市</a>（静岡県）窓口 0 か所"#), "{html}");
        let linked: Vec<&str> = body.links.iter().map(|link| link.page_id.as_str()).collect();
        assert_eq!(linked.len(), MOST_CITIES_LISTED_IN_FULL + 1, "every city's directory is a checked link");
        assert!(body.headings.iter().any(|heading| heading.id == "open-data"), "the open data stays");
    }
}
