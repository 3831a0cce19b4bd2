//! The comparison view for staff and planners: for each of the six programmes, how each city
//! runs it — bodies, counts, 運営方法 and 所管課 — side by side, from the windows data.

use crate::content::html::{legacy_href as href, scroll_table, text};
use crate::content::markdown::{page_url, Heading};
use crate::content::windows::pages::{window_page_id, GeneratedBody};
use crate::content::windows::CityWindows;
use crate::content::City;
use crate::taxonomy::{Operation, PROGRAMMES};

/// The generated part of the comparison page.
pub fn comparison_body(cities: &[(&City, &CityWindows)], base: &str) -> GeneratedBody {
    let mut html = String::new();
    let mut headings = Vec::new();

    html.push_str("<h2 id=\"at-a-glance\">市ごとの実施体制（一覧）</h2>");
    headings.push(Heading {
        level: 2, id: "at-a-glance".to_string(), text: "市ごとの実施体制（一覧）".to_string()
    });
    html.push_str("<p>表の数は、各市の計画の表にその事業の実施機関として載っている行の数です。か所数ではありません（か所数は事業ごとの表を見てください）。</p>");
    let mut head = vec!["事業"];
    head.extend(cities.iter().map(|(city, _)| city.name.as_str()));
    let rows: Vec<Vec<String>> = PROGRAMMES
        .iter()
        .map(|programme| {
            let mut row = vec![format!(
                "<a href=\"#programme-{}\">第{}号 {}</a>",
                programme.number,
                programme.number,
                text(programme.name)
            )];
            for (_, windows) in cities {
                let roles: Vec<_> = windows
                    .windows
                    .iter()
                    .flat_map(|window| window.roles.iter())
                    .filter(|role| role.programme == programme.number)
                    .collect();
                if roles.is_empty() {
                    row.push("計画の表になし".to_string());
                    continue;
                }
                let ways: Vec<String> = Operation::ALL
                    .iter()
                    .filter_map(|way| {
                        let n = roles.iter().filter(|role| role.operations.contains(way)).count();
                        (n > 0).then(|| format!("{}{n}", way.label()))
                    })
                    .collect();
                row.push(if ways.is_empty() {
                    format!("{}件", roles.len())
                } else {
                    format!("{}件（{}）", roles.len(), text(&ways.join("・")))
                });
            }
            row
        })
        .collect();
    html.push_str(&scroll_table("市ごとの実施体制の一覧表", "事業ごとの実施機関の行数と運営方法", &head, &rows));

    for programme in &PROGRAMMES {
        let id = format!("programme-{}", programme.number);
        let title = format!("第{}号 {}", programme.number, programme.name);
        html.push_str(&format!("<h2 id=\"{id}\">{}</h2>", text(&title)));
        headings.push(Heading { level: 2, id, text: title.clone() });
        html.push_str(&format!(
            "<p>制度の説明は<a href=\"{}\">{}</a>を見てください。</p>",
            href(&page_url(base, programme.page_id)),
            text(programme.name)
        ));
        let mut rows = Vec::new();
        for (city, windows) in cities {
            for window in &windows.windows {
                for role in window.roles.iter().filter(|role| role.programme == programme.number) {
                    rows.push(vec![
                        format!(
                            "<a href=\"{}\">{}</a>",
                            href(&page_url(base, &window_page_id(window))),
                            text(&window.name)
                        ),
                        text(&city.name),
                        text(role.business.as_deref().unwrap_or("—")),
                        text(role.count.as_deref().unwrap_or("—")),
                        text(role.operation.as_deref().unwrap_or("—")),
                        text(role.department.as_deref().unwrap_or(&window.department)),
                    ]);
                }
            }
        }
        if rows.is_empty() {
            html.push_str("<p>どの市の計画の表にも、この事業の実施機関は載っていません。</p>");
        } else {
            html.push_str(&scroll_table(
                &format!("{}の実施体制の表", programme.name),
                &format!("{}：市ごとの実施機関", title),
                &["窓口・実施機関", "市", "事業名", "か所数", "運営方法", "所管課"],
                &rows,
            ));
        }
    }
    GeneratedBody { html, headings }
}
