//! `content/cities/<city>/windows.toml`: a city's areas (日常生活圏域・地区) and every consultation
//! window its plan names, with the rows of the plan's tables each window appears in. Read into
//! typed data and checked: ids, areas, programmes, 運営方法, dates, phone numbers, e-mail, URLs.

use std::collections::HashSet;

use serde::Deserialize;
use toml::Spanned;

use crate::content::error::{line_and_column, ContentError};
use crate::content::site_config::is_ascii_id;
use crate::taxonomy::{self, Audience, Operation};

/// A city's areas and windows, checked.
#[derive(Debug, Clone, PartialEq)]
pub struct CityWindows {
    /// The city id.
    pub city: String,
    /// The file they came from.
    pub file: String,
    /// Areas declared by the city, in file order.
    pub areas: Vec<Area>,
    /// Windows, in file order.
    pub windows: Vec<Window>,
    /// The articles of law the city's directory rests on (`legal_basis` at the top of the file).
    pub legal_basis: Vec<String>,
}

/// An area of a city (日常生活圏域, 地区 …).
#[derive(Debug, Clone, PartialEq, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Area {
    /// ASCII id, unique within the city.
    pub id: String,
    /// Name as the plan writes it.
    pub name: String,
    /// What the plan calls such an area.
    pub kind: String,
    /// A note from the plan.
    #[serde(default)]
    pub note: Option<String>,
}

/// One consultation window or body named in a plan.
#[derive(Debug, Clone, PartialEq)]
pub struct Window {
    /// ASCII id, unique within the city; part of its URL.
    pub id: String,
    /// The city id.
    pub city: String,
    /// Name as the plan writes it.
    pub name: String,
    /// What it helps with, in a sentence or two.
    pub summary: String,
    /// Who it is for.
    pub audiences: Vec<Audience>,
    /// The plan's 対象 column, as written.
    pub target: Option<String>,
    /// The body that runs it, when the plan names one.
    pub operator: Option<String>,
    /// Ids of the areas it serves.
    pub areas: Vec<String>,
    /// 所管課.
    pub department: String,
    /// Date the facts were last checked (YYYY-MM-DD).
    pub reviewed: String,
    /// Facts from the plan worth knowing (併設, planned, contradictions …).
    pub notes: Vec<String>,
    /// Where in the plan the facts come from.
    pub source: String,
    /// Contact details, only those the plan gives.
    pub contact: Contact,
    /// The rows of the plan's tables this window appears in.
    pub roles: Vec<Role>,
    /// Whether the source says it is only planned (設置予定), not yet open.
    pub planned: bool,
}

/// The `department` of a window whose source names no 所管課.
pub const DEPARTMENT_NOT_STATED: &str = "記載なし";

impl Window {
    /// Its 所管課, unless the source names none.
    pub fn stated_department(&self) -> Option<&str> {
        (self.department != DEPARTMENT_NOT_STATED).then_some(self.department.as_str())
    }

    /// 「伊豆市 健康長寿課」, or a sentence that the source names none.
    pub fn department_with_city(&self, city_name: &str) -> String {
        match self.stated_department() {
            Some(department) => format!("{city_name} {department}"),
            None => format!("{city_name}（所管課は資料に記載なし）"),
        }
    }

    /// The programme numbers it takes part in, without repeats, in order.
    pub fn programme_numbers(&self) -> Vec<u8> {
        let mut numbers: Vec<u8> = self.roles.iter().map(|role| role.programme).collect();
        numbers.sort_unstable();
        numbers.dedup();
        numbers
    }
}

/// Contact details of a window.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct Contact {
    /// Phone number with hyphens, e.g. 03-3488-0313.
    pub phone: Option<String>,
    /// Fax number with hyphens.
    pub fax: Option<String>,
    /// E-mail address.
    pub email: Option<String>,
    /// Postal address.
    pub address: Option<String>,
    /// Web page (https).
    pub url: Option<String>,
    /// Opening hours, as the plan writes them.
    pub hours: Option<String>,
}

/// A window's part in one programme: one row of a plan's table.
#[derive(Debug, Clone, PartialEq)]
pub struct Role {
    /// 第N号 of 社会福祉法第106条の4第2項 (1–6).
    pub programme: u8,
    /// The 事業名 column.
    pub business: Option<String>,
    /// The か所数 column, as written (「7か所（サブセンター2）」).
    pub count: Option<String>,
    /// The 運営方法 column, as written.
    pub operation: Option<String>,
    /// The ways of running named in `operation`.
    pub operations: Vec<Operation>,
    /// 所管課 of this row, when it differs from the window's.
    pub department: Option<String>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct RawFile {
    #[serde(default)]
    legal_basis: Vec<String>,
    #[serde(default)]
    areas: Vec<RawArea>,
    #[serde(default)]
    windows: Vec<RawWindow>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct RawArea {
    id: Spanned<String>,
    name: String,
    kind: String,
    #[serde(default)]
    note: Option<String>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct RawWindow {
    id: Spanned<String>,
    name: String,
    summary: String,
    audiences: Spanned<Vec<Spanned<String>>>,
    #[serde(default)]
    target: Option<String>,
    #[serde(default)]
    operator: Option<String>,
    #[serde(default)]
    areas: Option<Spanned<Vec<Spanned<String>>>>,
    department: String,
    reviewed: Spanned<toml::value::Datetime>,
    #[serde(default)]
    notes: Vec<String>,
    source: String,
    #[serde(default)]
    phone: Option<Spanned<String>>,
    #[serde(default)]
    fax: Option<Spanned<String>>,
    #[serde(default)]
    email: Option<Spanned<String>>,
    #[serde(default)]
    address: Option<String>,
    #[serde(default)]
    url: Option<Spanned<String>>,
    #[serde(default)]
    hours: Option<String>,
    #[serde(default)]
    roles: Vec<RawRole>,
    #[serde(default)]
    planned: bool,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct RawRole {
    programme: Spanned<i64>,
    #[serde(default)]
    business: Option<String>,
    #[serde(default)]
    count: Option<String>,
    #[serde(default)]
    operation: Option<Spanned<String>>,
    #[serde(default)]
    department: Option<String>,
}

/// What a windows.toml needs, for the hint of a syntax or shape error.
const SHAPE_HINT: &str = "Each [[windows]] needs id, name, summary, audiences, department, reviewed (a date such as 2024-04-01) and source, and one or more [[windows.roles]] with a programme number; see README「相談窓口のデータ」.";

/// Reads and checks the windows file of `city` (its path `file` and text).
pub fn parse_windows(file: &str, city: &str, text: &str) -> Result<CityWindows, Vec<ContentError>> {
    let raw: RawFile = toml::from_str(text)
        .map_err(|error| vec![ContentError::from_toml(file, text, &error, "the windows file", SHAPE_HINT)])?;
    let line_at = |offset: usize| line_and_column(text, offset).0;
    let mut errors = Vec::new();
    let raw_legal_basis = raw.legal_basis;

    let mut areas = Vec::new();
    let mut area_ids = HashSet::new();
    for area in raw.areas {
        let line = line_at(area.id.span().start);
        check_id(file, line, "area", area.id.get_ref(), &mut area_ids, &mut errors);
        areas.push(Area { id: area.id.into_inner(), name: area.name, kind: area.kind, note: area.note });
    }

    let mut windows = Vec::new();
    let mut window_ids = HashSet::new();
    for raw_window in raw.windows {
        let id_line = line_at(raw_window.id.span().start);
        check_id(file, id_line, "window", raw_window.id.get_ref(), &mut window_ids, &mut errors);
        let mut audiences = Vec::new();
        for audience in raw_window.audiences.get_ref() {
            match Audience::from_id(audience.get_ref()) {
                Some(known) if !audiences.contains(&known) => audiences.push(known),
                Some(_) => {}
                None => errors.push(ContentError::at_line(
                    file,
                    line_at(audience.span().start),
                    format!("the audience `{}` is not one the portal knows", audience.get_ref()),
                    format!("Use one or more of: {}.", audience_list()),
                )),
            }
        }
        if raw_window.audiences.get_ref().is_empty() {
            errors.push(ContentError::at_line(
                file,
                line_at(raw_window.audiences.span().start),
                format!("the window `{}` has no audience", raw_window.id.get_ref()),
                format!("Name who it is for: one or more of {}.", audience_list()),
            ));
        }
        let mut window_areas = Vec::new();
        if let Some(listed) = &raw_window.areas {
            for area in listed.get_ref() {
                if area_ids.contains(area.get_ref().as_str()) {
                    window_areas.push(area.get_ref().clone());
                } else {
                    let known: Vec<&str> = areas.iter().map(|area| area.id.as_str()).collect();
                    errors.push(ContentError::at_line(
                        file,
                        line_at(area.span().start),
                        format!("the area `{}` is not declared in this file", area.get_ref()),
                        if known.is_empty() {
                            "Declare the city's areas first, as [[areas]] with id, name and kind, or remove `areas` from the window.".to_string()
                        } else {
                            format!("Use one of the [[areas]] ids ({}), or declare the area.", known.join(", "))
                        },
                    ));
                }
            }
        }
        let reviewed = raw_window.reviewed.get_ref();
        let reviewed_text = match (&reviewed.date, &reviewed.time) {
            (Some(date), None) => date.to_string(),
            _ => {
                errors.push(ContentError::at_line(
                    file,
                    line_at(raw_window.reviewed.span().start),
                    format!("`reviewed = {reviewed}` is not a date"),
                    "Write the date the facts were checked as a TOML date without quotes, e.g. `reviewed = 2024-04-01`.",
                ));
                String::new()
            }
        };
        let contact = Contact {
            phone: checked(
                file,
                &line_at,
                raw_window.phone,
                is_phone_number,
                &mut errors,
                "phone number",
                "Write a Japanese number with hyphens, e.g. `phone = \"03-3488-0313\"`; put opening times in `hours`.",
            ),
            fax: checked(
                file,
                &line_at,
                raw_window.fax,
                is_phone_number,
                &mut errors,
                "fax number",
                "Write a Japanese number with hyphens, e.g. `fax = \"03-3488-0314\"`.",
            ),
            email: checked(
                file,
                &line_at,
                raw_window.email,
                is_email,
                &mut errors,
                "e-mail address",
                "Write one address such as `email = \"fukushi@example.lg.jp\"`.",
            ),
            address: raw_window.address,
            url: checked(
                file,
                &line_at,
                raw_window.url,
                is_web_url,
                &mut errors,
                "web address",
                "Write the full address starting with https://.",
            ),
            hours: raw_window.hours,
        };
        if raw_window.roles.is_empty() {
            errors.push(ContentError::at_line(
                file,
                id_line,
                format!("the window `{}` has no [[windows.roles]]", raw_window.id.get_ref()),
                "Add one [[windows.roles]] per row of the plan's tables that names the window, with at least `programme = N` (第106条の4第2項第N号).",
            ));
        }
        let mut roles = Vec::new();
        for raw_role in raw_window.roles {
            let number = *raw_role.programme.get_ref();
            let programme = match u8::try_from(number).ok().and_then(taxonomy::programme) {
                Some(programme) => programme.number,
                None => {
                    errors.push(ContentError::at_line(
                        file,
                        line_at(raw_role.programme.span().start),
                        format!("`programme = {number}` is not one of the six programmes"),
                        "Use the number N of 社会福祉法第106条の4第2項第N号: 1 包括的相談支援, 2 参加支援, 3 地域づくり, 4 アウトリーチ等継続的支援, 5 多機関協働, 6 支援プラン作成.",
                    ));
                    0
                }
            };
            let operations =
                raw_role.operation.as_ref().map(|text| Operation::found_in(text.get_ref())).unwrap_or_default();
            if let Some(operation) = &raw_role.operation {
                if operations.is_empty() {
                    errors.push(ContentError::at_line(
                        file,
                        line_at(operation.span().start),
                        format!("the 運営方法 `{}` names no known way of running a window", operation.get_ref()),
                        "Copy the plan's 運営方法 column; it must contain 直営, 委託, 補助, 住民主体 or 事業者. If the plan gives none, leave `operation` out and say so in `notes`.",
                    ));
                }
            }
            roles.push(Role {
                programme,
                business: raw_role.business,
                count: raw_role.count,
                operation: raw_role.operation.map(Spanned::into_inner),
                operations,
                department: raw_role.department,
            });
        }
        windows.push(Window {
            id: raw_window.id.into_inner(),
            city: city.to_string(),
            name: raw_window.name,
            summary: raw_window.summary,
            audiences,
            target: raw_window.target,
            operator: raw_window.operator,
            areas: window_areas,
            department: raw_window.department,
            reviewed: reviewed_text,
            notes: raw_window.notes,
            source: raw_window.source,
            contact,
            roles,
            planned: raw_window.planned,
        });
    }
    if errors.is_empty() {
        Ok(CityWindows { city: city.to_string(), file: file.to_string(), areas, windows, legal_basis: raw_legal_basis })
    } else {
        Err(errors)
    }
}

fn check_id(file: &str, line: usize, what: &str, id: &str, seen: &mut HashSet<String>, errors: &mut Vec<ContentError>) {
    if !is_ascii_id(id) {
        errors.push(ContentError::at_line(
            file,
            line,
            format!("the {what} id `{id}` is not usable"),
            "Ids are lower-case ASCII letters, digits and `-` (e.g. `shuzenji-houkatsu`); the id becomes part of a URL.",
        ));
    } else if !seen.insert(id.to_string()) {
        errors.push(ContentError::at_line(
            file,
            line,
            format!("the {what} id `{id}` is used twice in this file"),
            format!("Give each {what} its own id; if both entries are one body, merge them (a window may have several [[windows.roles]])."),
        ));
    }
}

/// Checks an optional contact field, reporting a malformed value at its line.
fn checked(
    file: &str,
    line_at: &dyn Fn(usize) -> usize,
    value: Option<Spanned<String>>,
    is_valid: fn(&str) -> bool,
    errors: &mut Vec<ContentError>,
    what: &str,
    hint: &str,
) -> Option<String> {
    let value = value?;
    if is_valid(value.get_ref()) {
        Some(value.into_inner())
    } else {
        errors.push(ContentError::at_line(
            file,
            line_at(value.span().start),
            format!("`{}` is not a usable {what}", value.get_ref()),
            hint,
        ));
        None
    }
}

fn audience_list() -> String {
    Audience::ALL
        .iter()
        .map(|audience| format!("{} ({})", audience.id(), audience.label()))
        .collect::<Vec<_>>()
        .join(", ")
}

/// A Japanese phone number written with hyphens: starts with 0, 10 or 11 digits in 2–3 groups.
pub fn is_phone_number(text: &str) -> bool {
    let groups: Vec<&str> = text.split('-').collect();
    let digits: usize = groups.iter().map(|group| group.len()).sum();
    (2..=3).contains(&groups.len())
        && text.starts_with('0')
        && groups.iter().all(|group| !group.is_empty() && group.bytes().all(|b| b.is_ascii_digit()))
        && (10..=11).contains(&digits)
}

/// The `tel:` URI of a Japanese number: `03-3488-0313` → `tel:+81-3-3488-0313`. Free-dial and
/// navi-dial numbers (0120, 0800, 0570) cannot be called in the international form, so they
/// keep their domestic form.
pub fn tel_uri(number: &str) -> String {
    if ["0120-", "0800-", "0570-"].iter().any(|prefix| number.starts_with(prefix)) {
        format!("tel:{number}")
    } else {
        format!("tel:+81-{}", number.strip_prefix('0').unwrap_or(number))
    }
}

fn is_email(text: &str) -> bool {
    let mut parts = text.split('@');
    let (Some(local), Some(domain), None) = (parts.next(), parts.next(), parts.next()) else {
        return false;
    };
    !local.is_empty()
        && domain.contains('.')
        && !domain.starts_with('.')
        && !domain.ends_with('.')
        && text.chars().all(|c| c.is_ascii_graphic() && !"<>\"'(),;:[]\\".contains(c))
}

fn is_web_url(text: &str) -> bool {
    let rest = text.strip_prefix("https://").or_else(|| text.strip_prefix("http://"));
    rest.is_some_and(|rest| {
        !rest.is_empty()
            && !rest.starts_with('/')
            && text.chars().all(|c| c.is_ascii_graphic() && !"<>\"'\\".contains(c))
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn phone_numbers_need_hyphens_and_ten_or_eleven_digits() {
        assert!(is_phone_number("03-3488-0313"));
        assert!(is_phone_number("0120-123-456"));
        assert!(is_phone_number("090-1234-5678"));
        assert!(!is_phone_number("0334880313"));
        assert!(!is_phone_number("03-3488-031"));
        assert!(!is_phone_number("3-3488-0313x"));
        assert!(!is_phone_number("03-3488-0313 (平日)"));
        assert_eq!(tel_uri("03-3488-0313"), "tel:+81-3-3488-0313");
        assert_eq!(tel_uri("0120-123-456"), "tel:0120-123-456");
    }

    #[test]
    fn e_mail_and_web_addresses() {
        assert!(is_email("fukushi@city.example.lg.jp"));
        assert!(!is_email("fukushi@localhost"));
        assert!(!is_email("a@b@c.jp"));
        assert!(is_web_url("https://www.city.example.lg.jp/fukushi/"));
        assert!(!is_web_url("javascript:alert(1)"));
        assert!(!is_web_url("https://"));
    }
}

#[cfg(test)]
mod department_tests {
    use super::*;

    #[test]
    fn an_unstated_department_is_said_as_such() {
        let text = "[[windows]]\nid = \"a\"\nname = \"窓口\"\nsummary = \"s\"\naudiences = [\"general\"]\ndepartment = \"記載なし\"\nreviewed = 2025-04-01\nsource = \"s\"\n[[windows.roles]]\nprogramme = 1\n";
        let windows = parse_windows("w.toml", "c", text).unwrap();
        assert_eq!(windows.windows[0].stated_department(), None);
        assert_eq!(windows.windows[0].department_with_city("山口市"), "山口市（所管課は資料に記載なし）");
        let stated = parse_windows("w.toml", "c", &text.replace("記載なし", "地域福祉課")).unwrap();
        assert_eq!(stated.windows[0].department_with_city("山口市"), "山口市 地域福祉課");
    }

    #[test]
    fn a_missing_field_in_a_later_window_points_at_that_window() {
        let one = "[[windows]]\nid = \"a\"\nname = \"窓口\"\nsummary = \"s\"\naudiences = [\"general\"]\ndepartment = \"課\"\nreviewed = 2025-04-01\nsource = \"s\"\n[[windows.roles]]\nprogramme = 1\n";
        let text = format!("{one}\n{}", one.replace("department = \"課\"\n", "").replace("\"a\"", "\"b\""));
        let errors = parse_windows("w.toml", "c", &text).unwrap_err();
        assert!(errors[0].message.contains("missing field `department`"), "{}", errors[0]);
        assert_eq!(errors[0].line, Some(12), "the second [[windows]] starts on line 12: {}", errors[0]);
    }
}

#[cfg(test)]
mod validation_tests {
    use super::*;

    const WINDOW: &str = "[[areas]]\nid = \"kita\"\nname = \"北\"\nkind = \"地区\"\n\n[[windows]]\nid = \"a\"\nname = \"窓口\"\nsummary = \"s\"\naudiences = [\"general\"]\ndepartment = \"課\"\nreviewed = 2025-04-01\nsource = \"s\"\n[[windows.roles]]\nprogramme = 1\n";

    fn first_error(text: &str) -> ContentError {
        parse_windows("w.toml", "c", text).unwrap_err().remove(0)
    }

    #[test]
    fn a_date_with_a_time_is_refused_at_its_line() {
        let error = first_error(&WINDOW.replace("2025-04-01", "2025-04-01T10:00:00"));
        assert_eq!(error.line, Some(12), "{error}");
        assert!(error.message.contains("is not a date"), "{error}");
    }

    #[test]
    fn a_malformed_e_mail_or_web_address_is_refused_at_its_line() {
        let error = first_error(&WINDOW.replace("source = \"s\"", "source = \"s\"\nemail = \"fukushi.example.jp\""));
        assert_eq!(error.line, Some(14), "{error}");
        assert!(error.message.contains("is not a usable e-mail address"), "{error}");
        let error = first_error(&WINDOW.replace("source = \"s\"", "source = \"s\"\nurl = \"javascript:alert(1)\""));
        assert!(error.message.contains("is not a usable web address"), "{error}");
    }

    #[test]
    fn an_unusable_area_id_is_refused() {
        let error = first_error(&WINDOW.replace("id = \"kita\"", "id = \"北\""));
        assert_eq!(error.line, Some(2), "{error}");
        assert!(error.message.contains("the area id `北` is not usable"), "{error}");
    }
}
