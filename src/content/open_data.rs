//! Open data: the windows of every city exported at build time as Open Referral HSDS 3.0 JSON
//! (an array of service objects with their organization, program, service areas and contacts)
//! and as one flat CSV for spreadsheets. Ids are stable: `<city>/<window>`-based, never random.

use serde_json::{json, Value};

use super::taxonomy::{self, programme_article};
use super::windows::{CityWindows, Window};
use super::City;

/// The HSDS 3.0 JSON document: an array of services, each complete on its own.
pub fn hsds_json(cities: &[(&City, &CityWindows)]) -> String {
    let services: Vec<Value> = cities
        .iter()
        .flat_map(|(city, windows)| windows.windows.iter().map(move |window| service(city, windows, window)))
        .collect();
    serde_json::to_string_pretty(&services).expect("JSON values always serialise")
}

fn service(city: &City, windows: &CityWindows, window: &Window) -> Value {
    let service_id = format!("tsunagu:{}:{}", city.id, window.id);
    let organization_id = format!(
        "tsunagu:{}:organization:{}",
        city.id,
        window.operator.as_deref().map_or("city", |_| window.id.as_str())
    );
    let organization_name = window.operator.clone().unwrap_or_else(|| city.name.clone());
    let organization_description = match &window.operator {
        Some(_) => format!("{}の計画に「{}」の運営主体として載っている団体", city.name, window.name),
        None => format!("{}（所管課：{}）", city.name, window.department),
    };
    let numbers = window.programme_numbers();
    let program = numbers.first().and_then(|&number| taxonomy::programme(number)).map(|programme| {
        json!({
            "id": format!("tsunagu:{}:programme:{}", city.id, programme.number),
            "organization_id": organization_id,
            "name": programme.name,
            "description": format!("{}（{}）", programme.name, programme_article(programme.number)),
        })
    });
    let rows: Vec<String> = window
        .roles
        .iter()
        .map(|role| {
            let mut parts = vec![format!("第{}号", role.programme)];
            parts.extend(role.business.clone());
            parts.extend(role.count.clone());
            parts.extend(role.operation.clone());
            parts.join(" ")
        })
        .collect();
    let mut description = window.summary.clone();
    description.push_str(&format!(" 計画での位置づけ：{}。", rows.join("／")));
    if !window.notes.is_empty() {
        description.push_str(&format!(" 注記：{}", window.notes.join(" ")));
    }
    let service_areas: Vec<Value> = window
        .areas
        .iter()
        .filter_map(|id| windows.areas.iter().find(|area| &area.id == id))
        .map(|area| {
            json!({
                "id": format!("tsunagu:{}:area:{}:{}", city.id, area.id, window.id),
                "service_id": service_id,
                "name": area.name,
                "description": format!("{}（{}）", area.kind, city.name),
            })
        })
        .collect();
    let mut phones = Vec::new();
    if let Some(number) = &window.contact.phone {
        phones.push(json!({ "id": format!("{service_id}:phone"), "service_id": service_id, "number": number, "type": "voice", "description": window.contact.hours.clone().unwrap_or_default() }));
    }
    if let Some(number) = &window.contact.fax {
        phones.push(
            json!({ "id": format!("{service_id}:fax"), "service_id": service_id, "number": number, "type": "fax" }),
        );
    }
    let mut object = json!({
        "id": service_id,
        "organization_id": organization_id,
        "name": window.name,
        "description": description,
        "status": "active",
        "eligibility_description": window.target.clone().unwrap_or_else(|| window.audiences.iter().map(|a| a.label()).collect::<Vec<_>>().join("、")),
        "assured_date": window.reviewed,
        "organization": {
            "id": organization_id,
            "name": organization_name,
            "description": organization_description,
        },
        "service_areas": service_areas,
        "phones": phones,
        "languages": [{ "id": format!("{service_id}:language"), "service_id": service_id, "name": "日本語", "code": "ja" }],
    });
    let fields = object.as_object_mut().expect("a JSON object");
    if let Some(program) = program {
        fields.insert("program_id".to_string(), program["id"].clone());
        fields.insert("program".to_string(), program);
    }
    if let Some(email) = &window.contact.email {
        fields.insert("email".to_string(), Value::from(email.clone()));
    }
    if let Some(url) = &window.contact.url {
        fields.insert("url".to_string(), Value::from(url.clone()));
    }
    object
}

/// Column names of the CSV, in order.
pub const CSV_COLUMNS: [&str; 17] = [
    "市",
    "窓口ID",
    "窓口名",
    "概要",
    "対象",
    "計画上の対象",
    "事業（第N号）",
    "事業名",
    "か所数",
    "運営方法",
    "運営主体",
    "地区",
    "所管課",
    "電話",
    "受付時間",
    "注記",
    "最終確認日",
];

/// The flat CSV: one row per window and plan-table row, UTF-8 with a byte-order mark so that
/// spreadsheet programs read the Japanese correctly.
pub fn windows_csv(cities: &[(&City, &CityWindows)]) -> String {
    let mut writer = csv::Writer::from_writer(Vec::new());
    writer.write_record(CSV_COLUMNS).expect("writing to memory");
    for (city, windows) in cities {
        for window in &windows.windows {
            let areas: Vec<&str> = window
                .areas
                .iter()
                .filter_map(|id| windows.areas.iter().find(|area| &area.id == id))
                .map(|area| area.name.as_str())
                .collect();
            let audiences: Vec<&str> = window.audiences.iter().map(|audience| audience.label()).collect();
            for role in &window.roles {
                let record = [
                    city.name.as_str(),
                    window.id.as_str(),
                    window.name.as_str(),
                    window.summary.as_str(),
                    &audiences.join("、"),
                    window.target.as_deref().unwrap_or(""),
                    &role.programme.to_string(),
                    role.business.as_deref().unwrap_or(""),
                    role.count.as_deref().unwrap_or(""),
                    role.operation.as_deref().unwrap_or(""),
                    window.operator.as_deref().unwrap_or(""),
                    &areas.join("、"),
                    role.department.as_deref().unwrap_or(&window.department),
                    window.contact.phone.as_deref().unwrap_or(""),
                    window.contact.hours.as_deref().unwrap_or(""),
                    &window.notes.join(" "),
                    window.reviewed.as_str(),
                ];
                writer.write_record(record).expect("writing to memory");
            }
        }
    }
    let bytes = writer.into_inner().expect("writing to memory");
    format!("\u{feff}{}", String::from_utf8(bytes).expect("CSV of UTF-8 strings is UTF-8"))
}
