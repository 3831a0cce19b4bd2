//! The comparison view for staff and planners: for each of the six programmes, how each city
//! runs it — bodies, counts, 運営方法 and 所管課 — side by side, from the windows data.

use crate::content::html::{html, scroll_table, BodyWriter, GeneratedBody, Markup};
use crate::content::site_config::City;
use crate::content::windows::model::window_page_id;
use crate::content::windows::CityWindows;
use crate::i18n::{ja, ja_with};
use crate::taxonomy::{Operation, Programme, PROGRAMMES};

/// The generated part of the comparison page.
pub fn comparison_body(cities: &[(&City, &CityWindows)], base: &str) -> GeneratedBody {
    let mut body = BodyWriter::new(base);
    let programme_head = ja("windows-fact-programme");
    let mut head = vec![programme_head.as_str()];
    head.extend(cities.iter().map(|(city, _)| city.name.as_str()));
    let rows: Vec<Vec<Markup>> = PROGRAMMES
        .iter()
        .map(|programme| {
            let mut row = vec![html! {
                a href={ "#programme-" (programme.number) } { (programme_title(programme)) }
            }];
            row.extend(cities.iter().map(|(_, windows)| ways_of_running(programme, windows)));
            row
        })
        .collect();
    let markup = html! {
        (body.heading(2, "at-a-glance", &ja("comparison-at-a-glance")))
        p { (ja("comparison-lead")) }
        (scroll_table(&ja("comparison-table-label"), &ja("comparison-table-caption"), &head, &rows))
        @for programme in &PROGRAMMES { (programme_section(&mut body, programme, cities)) }
    };
    body.finish(markup)
}

/// A cell of the table at a glance: how many rows of the city's plan run the programme, and how.
fn ways_of_running(programme: &Programme, windows: &CityWindows) -> Markup {
    let roles: Vec<_> = windows
        .windows
        .iter()
        .flat_map(|window| window.roles.iter())
        .filter(|role| role.programme == programme.number)
        .collect();
    if roles.is_empty() {
        return html! { (ja("comparison-not-in-plan")) };
    }
    let ways: Vec<String> = Operation::ALL
        .iter()
        .filter_map(|way| {
            let n = roles.iter().filter(|role| role.operations.contains(way)).count();
            (n > 0).then(|| format!("{}{n}", way.label()))
        })
        .collect();
    html! {
        (ja_with("comparison-rows", &[("count", &roles.len().to_string())]))
        @if !ways.is_empty() { "（" (ways.join("・")) "）" }
    }
}

/// One programme's section: its heading, a link to its page, and every city's bodies that run it.
fn programme_section(body: &mut BodyWriter, programme: &Programme, cities: &[(&City, &CityWindows)]) -> Markup {
    let title = programme_title(programme);
    let heading = body.heading(2, &format!("programme-{}", programme.number), &title);
    let programme_page = body.page(programme.page_id);
    let mut rows = Vec::new();
    for (city, windows) in cities {
        for window in &windows.windows {
            for role in window.roles.iter().filter(|role| role.programme == programme.number) {
                rows.push(vec![
                    html! { a href=(body.page(&window_page_id(window))) { (window.name) } },
                    html! { (city.name) },
                    html! { (role.business.as_deref().unwrap_or("—")) },
                    html! { (role.count.as_deref().unwrap_or("—")) },
                    html! { (role.operation.as_deref().unwrap_or("—")) },
                    html! { (role.department.as_deref().unwrap_or(&window.department)) },
                ]);
            }
        }
    }
    html! {
        (heading)
        p { (ja("comparison-see-before")) a href=(programme_page) { (programme.name) } (ja("comparison-see-after")) }
        @if rows.is_empty() {
            p { (ja("comparison-none")) }
        } @else {
            (scroll_table(
                &ja_with("comparison-programme-label", &[("programme", programme.name)]),
                &ja_with("comparison-programme-caption", &[("title", &title)]),
                &head_of_programme_table().iter().map(String::as_str).collect::<Vec<_>>(),
                &rows,
            ))
        }
    }
}

/// 「第1号 包括的相談支援事業」.
fn programme_title(programme: &Programme) -> String {
    ja_with("windows-programme", &[("number", &programme.number.to_string()), ("name", programme.name)])
}

/// The columns of a programme's table.
fn head_of_programme_table() -> [String; 6] {
    [
        ja("comparison-col-window"),
        ja("windows-fact-city"),
        ja("windows-roles-business"),
        ja("windows-roles-count"),
        ja("windows-fact-operation"),
        ja("windows-fact-department"),
    ]
}
