//! Open data: the windows of every city exported at build time as Open Referral HSDS 3.0 JSON
//! (an array of service objects with their organization, program, service areas and contacts)
//! and as one flat CSV for spreadsheets. Ids are UUIDs made from readable keys (version 5), so
//! they are the same on every build.

use serde_json::{json, Value};
use unicode_normalization::UnicodeNormalization;

use crate::content::site_config::{City, SiteConfig};
use crate::content::windows::{CityWindows, Window};
use crate::taxonomy::{self, programme_article};

/// The HSDS 3.0 JSON document: an array of services, each complete on its own.
pub fn hsds_json(cities: &[(&City, &CityWindows)]) -> String {
    let services: Vec<Value> = cities
        .iter()
        .flat_map(|(city, windows)| windows.windows.iter().map(move |window| service(city, windows, window)))
        .collect();
    serde_json::to_string_pretty(&services).expect("JSON values always serialise")
}

/// A stable UUID (version 5) for a readable key such as `izu/window/shuzenji-houkatsu`: HSDS 3.0
/// wants UUIDs for every id, and the same content must give the same ids on every build.
pub fn stable_uuid(key: &str) -> String {
    uuid::Uuid::new_v5(&TSUNAGU_NAMESPACE, key.as_bytes()).to_string()
}

/// The namespace of tsunagu's ids (a v5 UUID of the URL namespace and "tsunagu").
const TSUNAGU_NAMESPACE: uuid::Uuid = uuid::Uuid::from_u128(0x6f1d_3c2e_8a55_5b7e_9d41_0c3a_5e2f_7b10);

/// The taxonomies the attributes use: (id key, name, description).
const TAXONOMIES: [(&str, &str, &str); 2] = [
    ("taxonomy/jusou-programme", "重層的支援体制整備事業の事業", "社会福祉法第106条の4第2項第1号〜第6号の事業"),
    ("taxonomy/audience", "相談の対象", "窓口がだれの相談を受けるか（tsunagu の分類）"),
];

fn attribute(service_id: &str, taxonomy: usize, code: &str, name: &str, key: &str) -> Value {
    let (taxonomy_key, taxonomy_name, taxonomy_description) = TAXONOMIES[taxonomy];
    let term_id = stable_uuid(&format!("{taxonomy_key}/{code}"));
    json!({
        "id": stable_uuid(&format!("{key}/attribute/{taxonomy_key}/{code}")),
        "link_id": service_id,
        "link_type": "service",
        "link_entity": "service",
        "taxonomy_term_id": term_id,
        "taxonomy_term": {
            "id": term_id,
            "code": code,
            "name": name,
            "description": name,
            "taxonomy_id": stable_uuid(taxonomy_key),
            "taxonomy": { "id": stable_uuid(taxonomy_key), "name": taxonomy_name, "description": taxonomy_description },
        },
        "value": name,
    })
}

fn service(city: &City, windows: &CityWindows, window: &Window) -> Value {
    let key = format!("{}/window/{}", city.id, window.id);
    let service_id = stable_uuid(&key);
    let city_organization = json!({
        "id": stable_uuid(&format!("{}/organization/city", city.id)),
        "name": city.name,
        "description": format!("{}{}（窓口を所管する自治体）", city.prefecture, city.name),
    });
    let organization = match &window.operator {
        Some(operator) => json!({
            "id": stable_uuid(&format!("{}/organization/{operator}", city.id)),
            "name": operator,
            "description": format!("{}の資料に、窓口の運営主体として載っている団体", city.name),
        }),
        None => city_organization.clone(),
    };
    let mut object = json!({
        "id": service_id,
        "organization_id": organization["id"],
        "name": window.name,
        "alternate_name": key,
        "description": description(window),
        "status": if window.planned { "inactive" } else { "active" },
        "eligibility_description": window.target.clone().unwrap_or_else(|| window.audiences.iter().map(|a| a.label()).collect::<Vec<_>>().join("、")),
        "assured_date": window.reviewed,
        "organization": organization,
        "service_areas": service_areas(city, windows, window, &key, &service_id),
        "phones": phones(window, &key, &service_id),
        "attributes": attributes(window, &key, &service_id),
        "contacts": [{
            "id": stable_uuid(&format!("{key}/contact")),
            "service_id": service_id,
            "department": window.stated_department().unwrap_or("記載なし"),
        }],
        "languages": [{ "id": stable_uuid(&format!("{key}/language")), "service_id": service_id, "name": "日本語", "code": "ja" }],
    });
    let fields = object.as_object_mut().expect("a JSON object");
    if let Some(program) = program(city, window, &city_organization) {
        fields.insert("program_id".to_string(), program["id"].clone());
        fields.insert("program".to_string(), program);
    }
    optional_fields(fields, city, window, &key, &service_id);
    object
}

/// The window's first programme as the HSDS `program`, run by the city.
fn program(city: &City, window: &Window, city_organization: &Value) -> Option<Value> {
    let programme = window.programme_numbers().first().and_then(|&number| taxonomy::programme(number))?;
    Some(json!({
        "id": stable_uuid(&format!("{}/programme/{}", city.id, programme.number)),
        "organization_id": city_organization["id"],
        "name": programme.name,
        "description": format!("{}の{}（{}）", city.name, programme.name, programme_article(programme.number)),
    }))
}

/// The summary, the rows of the plan's tables the window appears in, and its notes.
fn description(window: &Window) -> String {
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
    description.push_str(&format!(" 資料での位置づけ：{}。", rows.join("／")));
    if !window.notes.is_empty() {
        description.push_str(&format!(" 注記：{}", window.notes.join(" ")));
    }
    description
}

fn service_areas(city: &City, windows: &CityWindows, window: &Window, key: &str, service_id: &str) -> Vec<Value> {
    window
        .areas
        .iter()
        .filter_map(|id| windows.areas.iter().find(|area| &area.id == id))
        .map(|area| {
            json!({
                "id": stable_uuid(&format!("{key}/area/{}", area.id)),
                "service_id": service_id,
                "name": area.name,
                "description": format!("{}（{}）", area.kind, city.name),
            })
        })
        .collect()
}

fn phones(window: &Window, key: &str, service_id: &str) -> Vec<Value> {
    let mut phones = Vec::new();
    if let Some(number) = &window.contact.phone {
        phones.push(json!({ "id": stable_uuid(&format!("{key}/phone")), "service_id": service_id, "number": number, "type": "voice" }));
    }
    if let Some(number) = &window.contact.fax {
        phones.push(json!({ "id": stable_uuid(&format!("{key}/fax")), "service_id": service_id, "number": number, "type": "fax" }));
    }
    phones
}

/// Every programme and audience of the window, as taxonomy terms.
fn attributes(window: &Window, key: &str, service_id: &str) -> Vec<Value> {
    let mut attributes: Vec<Value> = window
        .programme_numbers()
        .iter()
        .filter_map(|&number| taxonomy::programme(number))
        .map(|programme| attribute(service_id, 0, &programme.number.to_string(), programme.name, key))
        .collect();
    attributes
        .extend(window.audiences.iter().map(|audience| attribute(service_id, 1, audience.id(), audience.label(), key)));
    attributes
}

/// The fields HSDS leaves out when the source has nothing: alert, e-mail, URL, hours, address.
fn optional_fields(
    fields: &mut serde_json::Map<String, Value>,
    city: &City,
    window: &Window,
    key: &str,
    service_id: &str,
) {
    if window.planned {
        fields.insert("alert".to_string(), Value::from("設置予定（資料の時点ではまだ設置されていません）"));
    }
    if let Some(email) = &window.contact.email {
        fields.insert("email".to_string(), Value::from(email.clone()));
    }
    if let Some(url) = &window.contact.url {
        fields.insert("url".to_string(), Value::from(url.clone()));
    }
    if let Some(hours) = &window.contact.hours {
        fields.insert(
            "schedules".to_string(),
            json!([{ "id": stable_uuid(&format!("{key}/schedule")), "service_id": service_id, "description": hours }]),
        );
    }
    if let Some(address) = &window.contact.address {
        fields.insert(
            "service_at_locations".to_string(),
            json!([service_at_location(city, window, address, key, service_id)]),
        );
    }
}

/// Where the window is: its address as a physical location. HSDS's address table needs a postal
/// code, so the structured address (`addresss`) is written only when the data gives one.
fn service_at_location(city: &City, window: &Window, address: &str, key: &str, service_id: &str) -> Value {
    let location_id = stable_uuid(&format!("{key}/location"));
    let mut location =
        json!({ "id": location_id, "location_type": "physical", "name": window.name, "description": address });
    if let Some(postal_code) = &window.contact.postal_code {
        location["addresss"] = json!([{
            "id": stable_uuid(&format!("{key}/address")),
            "location_id": location_id,
            "address_1": address,
            "city": city.name,
            "state_province": city.prefecture,
            "postal_code": postal_code,
            "country": "JP",
            "address_type": "physical",
        }]);
    }
    if let Some(phone) = &window.contact.phone {
        location["phones"] = json!([{ "id": stable_uuid(&format!("{key}/location/phone")), "location_id": location_id, "number": phone, "type": "voice" }]);
    }
    json!({
        "id": stable_uuid(&format!("{key}/service-at-location")),
        "service_id": service_id,
        "location_id": location_id,
        "location": location,
    })
}

/// Column names of the CSV, in order.
pub const CSV_COLUMNS: [&str; 26] = [
    "市ID",
    "市",
    "窓口ID",
    "HSDS ID",
    "窓口名",
    "状態",
    "概要",
    "対象",
    "資料上の対象",
    "事業（第N号）",
    "事業名",
    "か所数",
    "運営方法",
    "運営主体",
    "地区",
    "所管課",
    "電話",
    "ファクス",
    "メール",
    "郵便番号",
    "所在地",
    "地図",
    "ウェブサイト",
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
                let hsds_id = stable_uuid(&format!("{}/window/{}", city.id, window.id));
                let record = [
                    city.id.as_str(),
                    city.name.as_str(),
                    window.id.as_str(),
                    hsds_id.as_str(),
                    window.name.as_str(),
                    if window.planned { "設置予定" } else { "設置済み" },
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
                    window.contact.fax.as_deref().unwrap_or(""),
                    window.contact.email.as_deref().unwrap_or(""),
                    window.contact.postal_code.as_deref().unwrap_or(""),
                    window.contact.address.as_deref().unwrap_or(""),
                    window.contact.map_url.as_deref().unwrap_or(""),
                    window.contact.url.as_deref().unwrap_or(""),
                    window.contact.hours.as_deref().unwrap_or(""),
                    &window.notes.join(" "),
                    window.reviewed.as_str(),
                ];
                writer.write_record(record.map(spreadsheet_safe)).expect("writing to memory");
            }
        }
    }
    let bytes = writer.into_inner().expect("writing to memory");
    format!("\u{feff}{}", String::from_utf8(bytes).expect("CSV of UTF-8 strings is UTF-8"))
}

/// Characters that make a spreadsheet read a cell as a formula when they come first (after
/// NFKC, so their full-width and small forms, which a Japanese input method types, count too).
const FORMULA_STARTS: [char; 4] = ['=', '+', '-', '@'];

/// A field a spreadsheet will not run as a formula: one starting with TAB or CR, or whose first
/// character after any spaces is, under NFKC, one of [`FORMULA_STARTS`] (＝, ﹦, ＋, ﹢, －, ﹣,
/// ＠ …), gets a leading apostrophe (the usual CSV-injection guard).
fn spreadsheet_safe(field: &str) -> String {
    let first = field.trim_start_matches([' ', '\u{3000}']).chars().next();
    let formula = first.is_some_and(|first| {
        std::iter::once(first).nfkc().next().is_some_and(|normal| FORMULA_STARTS.contains(&normal))
    });
    if field.starts_with(['\t', '\r']) || formula {
        format!("'{field}")
    } else {
        field.to_string()
    }
}

/// The open-data files of the cities' windows (`config` names the cities): (path under the
/// site, contents).
pub fn open_data_files(config: &SiteConfig, city_windows: &[CityWindows]) -> Vec<(&'static str, String)> {
    let cities: Vec<_> = city_windows
        .iter()
        .filter_map(|windows| config.cities.iter().find(|city| city.id == windows.city).map(|city| (city, windows)))
        .collect();
    vec![
        (crate::content::windows::pages::HSDS_JSON_PATH, hsds_json(&cities)),
        (crate::content::windows::pages::CSV_PATH, windows_csv(&cities)),
    ]
}

#[cfg(test)]
mod tests {
    use super::spreadsheet_safe;

    #[test]
    fn cells_that_could_start_a_formula_are_guarded_and_others_are_not() {
        for risky in
            ["=1+1", "+81", "-2", "@SUM(A1)", "\t=1", "\r=1", "＝1+1", "＋1", "－1", "＠A1", " =1", "\u{3000}＝1"]
        {
            assert_eq!(spreadsheet_safe(risky), format!("'{risky}"), "{risky:?}");
        }
        for plain in ["伊豆市", "0558-72-9863", "", "a=b", "市役所 1階"] {
            assert_eq!(spreadsheet_safe(plain), plain, "{plain:?}");
        }
    }
}
