//! The HTML the compiler writes for windows: the directory list (per city and across cities)
//! and one page per window with everything the plan says about it. The list items carry
//! `data-*` attributes that the browser's filter reads; without JavaScript every window shows.

use crate::content::html::{attr, legacy_href as href, scroll_table, text};
use crate::content::markdown::{page_url, Heading};
use crate::content::windows::{tel_uri, CityWindows, Window};
use crate::content::{City, SiteConfig};
use crate::taxonomy::{self, programme_article, Audience, PROGRAMMES};

/// A generated body and its headings (for the table of contents and anchor checks).
#[derive(Debug, Clone, PartialEq)]
pub struct GeneratedBody {
    /// The HTML.
    pub html: String,
    /// Its headings, in order.
    pub headings: Vec<Heading>,
}

/// Page id of a city's directory.
pub fn directory_id(city: &str) -> String {
    format!("cities/{city}/windows")
}

/// Page id of a window's page.
pub fn window_page_id(window: &Window) -> String {
    format!("cities/{}/windows/{}", window.city, window.id)
}

/// Where the open data files are, under the site's base path.
pub const HSDS_JSON_PATH: &str = "data/windows.hsds.json";
/// The CSV export, under the site's base path.
pub const CSV_PATH: &str = "data/windows.csv";

/// The filter form, the list of windows and the open-data links: the body of a directory page.
/// `cities` are the windows to list with the city each belongs to; `across_cities` says
/// whether the filter offers cities (the directory of all) or the city's areas.
pub fn directory_body(
    cities: &[(&City, &CityWindows)],
    across_cities: bool,
    base: &str,
    wording: &SiteConfig,
) -> GeneratedBody {
    let total: usize = cities.iter().map(|(_, windows)| windows.windows.len()).sum();
    let mut html = filter_form(cities, across_cities, total);
    html.push_str(&format!(
        "<h2 id=\"window-list-title\">窓口の一覧</h2>\
         <p>どの窓口も、分野にかかわらず相談を受け止め、必要な窓口につなぎます。迷ったら、いちばん行きやすい窓口に相談してください。</p>\
         <ul class=\"window-list\" id=\"window-list\" aria-labelledby=\"window-list-title\">"
    ));
    for (city, windows) in cities {
        for window in &windows.windows {
            html.push_str(&window_card(window, city, windows, base, across_cities, wording));
        }
    }
    html.push_str("</ul>");
    html.push_str(
        "<p class=\"window-list__empty\" id=\"window-list-empty\" hidden>この条件に合う窓口はありません。条件を減らすか、「条件をすべて解除」を選んでください。どの窓口でも相談は受け止めてもらえます。</p>",
    );
    html.push_str(&format!(
        "<h2 id=\"open-data\">オープンデータ</h2>\
         <p>この一覧は、だれでも自由に使えるデータとしてダウンロードできます（全市分）。</p>\
         <ul><li><a href=\"{base}{HSDS_JSON_PATH}\" download>窓口データ（HSDS 3.0 形式の JSON）</a>：Open Referral の Human Services Data Specification に沿った形式です。</li>\
         <li><a href=\"{base}{CSV_PATH}\" download>窓口データ（CSV、UTF-8）</a>：表計算ソフトで開けます。</li></ul>"
    ));
    let headings = vec![
        Heading { level: 2, id: "window-list-title".to_string(), text: "窓口の一覧".to_string() },
        Heading { level: 2, id: "open-data".to_string(), text: "オープンデータ".to_string() },
    ];
    GeneratedBody { html, headings }
}

/// The filter form. It is plain HTML in the page, hidden without JavaScript (the list then shows
/// every window); the WASM reads and writes it (`src/browser/directory.rs`). Its options are
/// also the values the browser accepts from the URL query.
fn filter_form(cities: &[(&City, &CityWindows)], across_cities: bool, total: usize) -> String {
    let option_html = |options: &[(String, String)]| -> String {
        options
            .iter()
            .map(|(value, text_)| format!("<option value=\"{}\">{}</option>", attr(value), text(text_)))
            .collect()
    };
    let select = |id: &str, name: &str, label: &str, any: &str, options: Vec<(String, String)>| {
        let options = option_html(&options);
        format!(
            "<div class=\"filters__field\"><label for=\"{id}\">{label}</label><select id=\"{id}\" name=\"{name}\"><option value=\"\">{any}</option>{options}</select></div>"
        )
    };
    let mut fields = select(
        "filter-for",
        "for",
        "だれの相談か",
        "すべて",
        Audience::ALL.iter().map(|audience| (audience.id().to_string(), audience.label().to_string())).collect(),
    );
    // Only programmes some listed window takes part in: an option that always gives nothing helps no one.
    let listed: Vec<u8> =
        cities.iter().flat_map(|(_, w)| w.windows.iter()).flat_map(Window::programme_numbers).collect();
    fields.push_str(&select(
        "filter-programme",
        "programme",
        "事業",
        "すべての事業",
        PROGRAMMES
            .iter()
            .filter(|p| listed.contains(&p.number))
            .map(|p| (p.number.to_string(), format!("第{}号 {}", p.number, p.name)))
            .collect(),
    ));
    if across_cities {
        fields.push_str(&select(
            "filter-city",
            "city",
            "市",
            "すべての市",
            cities.iter().map(|(city, _)| (city.id.clone(), city.name.clone())).collect(),
        ));
        // Areas of every city, grouped by city; a value names both (`izu:shuzenji`), since area
        // ids are unique only within their city.
        let groups: String = cities
            .iter()
            .filter(|(_, windows)| !windows.areas.is_empty())
            .map(|(city, windows)| {
                let options: Vec<(String, String)> = windows
                    .areas
                    .iter()
                    .map(|area| (format!("{}:{}", city.id, area.id), format!("{}（{}）", area.name, city.name)))
                    .collect();
                format!("<optgroup label=\"{}\">{}</optgroup>", attr(&city.name), option_html(&options))
            })
            .collect();
        if !groups.is_empty() {
            fields.push_str(&format!(
                "<div class=\"filters__field\"><label for=\"filter-area\">地区・圏域</label><select id=\"filter-area\" name=\"area\"><option value=\"\">すべての地区</option>{groups}</select></div>"
            ));
        }
    } else {
        let areas: Vec<(String, String)> = cities
            .iter()
            .flat_map(|(_, windows)| windows.areas.iter())
            .map(|area| (area.id.clone(), area.name.clone()))
            .collect();
        if !areas.is_empty() {
            fields.push_str(&select("filter-area", "area", "地区・圏域", "すべての地区", areas));
        }
    }
    format!(
        "<form class=\"filters\" id=\"window-filters\" role=\"search\" aria-labelledby=\"filters-title\">\
         <h2 id=\"filters-title\" class=\"filters__title\">窓口を絞り込む</h2>\
         <p class=\"filters__hint\">選ぶとすぐに下の一覧が変わります。「全般」の窓口は、どの「だれの相談か」を選んでも表示します。</p>\
         <div class=\"filters__fields\">{fields}</div>\
         <button type=\"button\" class=\"button\" id=\"filter-clear\">条件をすべて解除</button>\
         <p class=\"filters__count\" id=\"filter-count\" role=\"status\">{total}件の窓口をすべて表示しています。</p></form>"
    )
}

fn window_card(
    window: &Window,
    city: &City,
    windows: &CityWindows,
    base: &str,
    show_city: bool,
    wording: &SiteConfig,
) -> String {
    let programmes: Vec<String> = window.programme_numbers().iter().map(u8::to_string).collect();
    let audiences: Vec<&str> = window.audiences.iter().map(|audience| audience.id()).collect();
    let mut facts = Vec::new();
    if show_city {
        facts.push(("市", text(&city.name)));
    }
    facts.push(("対象", audience_text(window)));
    facts.push(("事業", programme_names(window)));
    if !window.areas.is_empty() {
        facts.push(("地区", text(&area_names(window, windows))));
    } else if !windows.areas.is_empty() {
        facts.push(("地区", "市内全域（地区の指定なし）".to_string()));
    }
    let operations = operation_summary(window);
    if !operations.is_empty() {
        facts.push(("運営方法", text(&operations)));
    }
    facts.push(("所管課", text(window.stated_department().unwrap_or(&wording.not_stated_note))));
    if let Some(phone) = &window.contact.phone {
        facts.push(("電話", format!("<a href=\"{}\">{}</a>", href(&tel_uri(phone)), text(phone))));
    }
    let facts: String =
        facts.iter().map(|(term, value)| format!("<div><dt>{term}</dt><dd>{value}</dd></div>")).collect();
    format!(
        "<li class=\"window-card\" data-city=\"{}\" data-audiences=\"{}\" data-programmes=\"{}\" data-areas=\"{}\">\
         <h3 class=\"window-card__name\"><a href=\"{}\">{}</a>{}</h3><p>{}</p><dl class=\"window-card__facts\">{facts}</dl></li>",
        attr(&window.city),
        attr(&audiences.join(" ")),
        programmes.join(" "),
        attr(&window.areas.join(" ")),
        href(&page_url(base, &window_page_id(window))),
        text(&window.name),
        if window.planned { "<span class=\"badge\">設置予定</span>" } else { "" },
        text(&window.summary),
    )
}

fn audience_text(window: &Window) -> String {
    let labels: Vec<&str> = window.audiences.iter().map(|audience| audience.label()).collect();
    match &window.target {
        Some(target) => format!("{}（計画では「{}」）", text(&labels.join("、")), text(target)),
        None => text(&labels.join("、")),
    }
}

fn programme_names(window: &Window) -> String {
    let names: Vec<String> = window
        .programme_numbers()
        .iter()
        .filter_map(|&number| taxonomy::programme(number))
        .map(|programme| format!("第{}号 {}", programme.number, programme.name))
        .collect();
    text(&names.join("、"))
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
    let mut html = format!("<p class=\"page__lead\">{}</p><dl class=\"page-facts\">", text(&window.summary));
    html.push_str(&format!(
        "<div><dt>所管</dt><dd>{}</dd></div><div><dt>最終確認日</dt><dd><time datetime=\"{}\">{}</time></dd></div><div><dt>根拠法令</dt><dd><ul class=\"plain-list\">",
        text(&window.department_with_city(&city.name)),
        attr(&window.reviewed),
        text(&window.reviewed)
    ));
    for law in window_legal_basis(window) {
        html.push_str(&format!("<li>{}</li>", text(&law)));
    }
    html.push_str("</ul></dd></div></dl>");
    let lead_and_facts = html;
    let mut html = String::new();
    let mut headings = Vec::new();
    let mut heading = |html: &mut String, id: &str, title: &str| {
        html.push_str(&format!("<h2 id=\"{id}\">{}</h2>", text(title)));
        headings.push(Heading { level: 2, id: id.to_string(), text: title.to_string() });
    };

    heading(&mut html, "contact", "相談するには");
    if window.planned {
        html.push_str(&format!(
            "<p class=\"notice\"><strong>{}</strong>開設しているかどうかは、市に確かめてください。</p>",
            text(&wording.planned_note)
        ));
    }
    let contact = &window.contact;
    let mut lines = Vec::new();
    if let Some(phone) = &contact.phone {
        lines.push(("電話", format!("<a href=\"{}\">{}</a>", href(&tel_uri(phone)), text(phone))));
    }
    if let Some(hours) = &contact.hours {
        lines.push(("受付時間", text(hours)));
    }
    if let Some(fax) = &contact.fax {
        lines.push(("ファクス", text(fax)));
    }
    if let Some(email) = &contact.email {
        lines.push(("メール", format!("<a href=\"{}\">{}</a>", href(&format!("mailto:{email}")), text(email))));
    }
    if let Some(address) = &contact.address {
        lines.push(("所在地", text(address)));
    }
    if let Some(url) = &contact.url {
        lines.push(("ウェブサイト", format!("<a href=\"{}\" rel=\"external\">{}</a>", href(url), text(url))));
    }
    let city_plan = href(&page_url(base, &format!("cities/{}", window.city)));
    match (lines.is_empty(), window.stated_department()) {
        (true, Some(department)) => html.push_str(&format!(
            "<p>{}{}の<strong>{}</strong>（所管課）に問い合わせてください。</p>",
            text(&wording.no_contact_note),
            text(&city.name),
            text(department)
        )),
        (true, None) => html.push_str(&format!(
            "<p>{}{}の市役所に問い合わせてください（<a href=\"{city_plan}\">{}の計画のページ</a>）。</p>",
            text(&wording.no_contact_or_department_note),
            text(&city.name),
            text(&city.name)
        )),
        (false, _) => {
            html.push_str("<dl class=\"contact-list\">");
            for (term, value) in &lines {
                html.push_str(&format!("<div><dt>{term}</dt><dd>{value}</dd></div>"));
            }
            html.push_str("</dl>");
            if let Some(department) = window.stated_department() {
                html.push_str(&format!(
                    "<p>この窓口の所管課は{}の<strong>{}</strong>です。</p>",
                    text(&city.name),
                    text(department)
                ));
            }
        }
    }
    html.push_str("<p>どの窓口も、分野にかかわらず相談を受け止め、必要な窓口につなぎます。ここが合っているか分からなくても相談できます。</p>");

    heading(&mut html, "about", "どんな窓口か");
    html.push_str("<dl class=\"window-facts\">");
    let mut facts = vec![("対象", audience_text(window))];
    if let Some(operator) = &window.operator {
        facts.push(("運営する団体", text(operator)));
    }
    if !window.areas.is_empty() {
        facts.push(("地区", text(&area_names(window, windows))));
    } else if !windows.areas.is_empty() {
        facts.push(("地区", "市内全域（地区の指定なし）".to_string()));
    }
    facts.push(("所管課", text(window.stated_department().unwrap_or(&wording.not_stated_note))));
    for (term, value) in facts {
        html.push_str(&format!("<div><dt>{term}</dt><dd>{value}</dd></div>"));
    }
    html.push_str("</dl>");

    heading(&mut html, "roles", "計画での位置づけ");
    let rows: Vec<Vec<String>> = window
        .roles
        .iter()
        .map(|role| {
            let programme = taxonomy::programme(role.programme);
            let programme_cell = match programme {
                Some(programme) => format!(
                    "<a href=\"{}\">第{}号 {}</a>",
                    href(&page_url(base, programme.page_id)),
                    programme.number,
                    text(programme.name)
                ),
                None => String::new(),
            };
            vec![
                programme_cell,
                text(role.business.as_deref().unwrap_or("—")),
                text(role.count.as_deref().unwrap_or("—")),
                text(role.operation.as_deref().unwrap_or("—（計画に記載なし）")),
                text(role.department.as_deref().or(window.stated_department()).unwrap_or("記載なし")),
            ]
        })
        .collect();
    html.push_str(&scroll_table(
        "計画での位置づけの表",
        &format!("{}の資料の表に載っている行", city.name),
        &["事業", "事業名", "か所数", "運営方法", "所管課"],
        &rows,
    ));

    if !window.notes.is_empty() {
        heading(&mut html, "notes", "計画の注記");
        html.push_str("<ul>");
        for note in &window.notes {
            html.push_str(&format!("<li>{}</li>", text(note)));
        }
        html.push_str("</ul>");
    }

    heading(&mut html, "source", "出典");
    html.push_str(&format!(
        "<p>{}。窓口名、か所数、運営方法、所管課は資料のとおりです（確認日：{}）。</p><p><a href=\"{}\">{}の相談窓口の一覧へ</a></p>",
        text(&window.source),
        text(&window.reviewed),
        href(&page_url(base, &directory_id(&window.city))),
        text(&city.name)
    ));
    let html = lead_and_facts + &crate::content::toc::toc_html(&headings) + &html;
    GeneratedBody { html, headings }
}

/// The legal references of a window's programmes, for its page facts.
pub fn window_legal_basis(window: &Window) -> Vec<String> {
    window.programme_numbers().iter().map(|&number| programme_article(number)).collect()
}
