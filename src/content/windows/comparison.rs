//! The comparison view for staff and planners: for each of the six programmes, how each city
//! runs it — bodies, counts, 運営方法 and 所管課 — side by side, from the windows data.

use crate::content::html::{html, scroll_table, BodyWriter, GeneratedBody, Markup};
use crate::content::site_config::City;
use crate::content::windows::model::window_page_id;
use crate::content::windows::CityWindows;
use crate::taxonomy::{Operation, Programme, PROGRAMMES};

/// The generated part of the comparison page.
pub fn comparison_body(cities: &[(&City, &CityWindows)], base: &str) -> GeneratedBody {
    let mut body = BodyWriter::new(base);
    let mut head = vec!["事業"];
    head.extend(cities.iter().map(|(city, _)| city.name.as_str()));
    let rows: Vec<Vec<Markup>> = PROGRAMMES
        .iter()
        .map(|programme| {
            let mut row = vec![html! {
                a href={ "#programme-" (programme.number) } { "第" (programme.number) "号 " (programme.name) }
            }];
            row.extend(cities.iter().map(|(_, windows)| ways_of_running(programme, windows)));
            row
        })
        .collect();
    let markup = html! {
        (body.heading(2, "at-a-glance", "市ごとの実施体制（一覧）"))
        p { "表の数は、各市の計画の表にその事業の実施機関として載っている行の数です。か所数ではありません（か所数は事業ごとの表を見てください）。" }
        (scroll_table("市ごとの実施体制の一覧表", "事業ごとの実施機関の行数と運営方法", &head, &rows))
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
        return html! { "計画の表になし" };
    }
    let ways: Vec<String> = Operation::ALL
        .iter()
        .filter_map(|way| {
            let n = roles.iter().filter(|role| role.operations.contains(way)).count();
            (n > 0).then(|| format!("{}{n}", way.label()))
        })
        .collect();
    html! {
        (roles.len()) "件"
        @if !ways.is_empty() { "（" (ways.join("・")) "）" }
    }
}

/// One programme's section: its heading, a link to its page, and every city's bodies that run it.
fn programme_section(body: &mut BodyWriter, programme: &Programme, cities: &[(&City, &CityWindows)]) -> Markup {
    let title = format!("第{}号 {}", programme.number, programme.name);
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
        p { "制度の説明は" a href=(programme_page) { (programme.name) } "を見てください。" }
        @if rows.is_empty() {
            p { "どの市の計画の表にも、この事業の実施機関は載っていません。" }
        } @else {
            (scroll_table(
                &format!("{}の実施体制の表", programme.name),
                &format!("{title}：市ごとの実施機関"),
                &["窓口・実施機関", "市", "事業名", "か所数", "運営方法", "所管課"],
                &rows,
            ))
        }
    }
}
