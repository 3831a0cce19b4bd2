//! `content/cities/<city>/windows.toml`: a city's areas (日常生活圏域・地区) and every consultation
//! window its plan names, with the rows of the plan's tables each window appears in, read into the
//! typed `model` and checked: ids, areas, programmes, 運営方法, dates, phone numbers, e-mail, URLs.

use std::collections::HashSet;

use serde::Deserialize;
use toml::Spanned;

use crate::content::error::{line_and_column, ContentError};
use crate::content::site_config::is_ascii_id;
use crate::content::windows::model::{Area, CityWindows, Contact, Role, Window};
use crate::taxonomy::{self, Audience, Operation};

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
    address: Option<Spanned<String>>,
    #[serde(default)]
    postal_code: Option<Spanned<String>>,
    #[serde(default)]
    map_url: Option<Spanned<String>>,
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
    let mut reader = Reader { file, text, errors: Vec::new() };
    let mut areas = Vec::new();
    let mut area_ids = HashSet::new();
    for area in raw.areas {
        let line = reader.line_at(area.id.span().start);
        check_id(file, line, "area", area.id.get_ref(), &mut area_ids, &mut reader.errors);
        areas.push(Area { id: area.id.into_inner(), name: area.name, kind: area.kind, note: area.note });
    }
    let mut windows = Vec::new();
    let mut window_ids = HashSet::new();
    for raw_window in raw.windows {
        let id_line = reader.line_at(raw_window.id.span().start);
        check_id(file, id_line, "window", raw_window.id.get_ref(), &mut window_ids, &mut reader.errors);
        windows.push(reader.window(city, raw_window, id_line, &areas));
    }
    if reader.errors.is_empty() {
        Ok(CityWindows {
            city: city.to_string(),
            file: file.to_string(),
            areas,
            windows,
            legal_basis: raw.legal_basis,
            editions: Vec::new(),
        })
    } else {
        Err(reader.errors)
    }
}

/// Reads the parts of one file's windows, collecting every error with its line.
struct Reader<'a> {
    file: &'a str,
    text: &'a str,
    errors: Vec<ContentError>,
}

impl Reader<'_> {
    fn line_at(&self, offset: usize) -> usize {
        line_and_column(self.text, offset).0
    }

    fn error_at(&mut self, offset: usize, message: String, hint: impl Into<String>) {
        let line = self.line_at(offset);
        self.errors.push(ContentError::at_line(self.file, line, message, hint));
    }

    /// One window, checked field by field.
    fn window(&mut self, city: &str, raw: RawWindow, id_line: usize, areas: &[Area]) -> Window {
        let audiences = self.audiences(&raw);
        let window_areas = self.areas(&raw, areas);
        let reviewed = self.reviewed(&raw.reviewed);
        if raw.roles.is_empty() {
            self.errors.push(ContentError::at_line(
                self.file,
                id_line,
                format!("the window `{}` has no [[windows.roles]]", raw.id.get_ref()),
                "Add one [[windows.roles]] per row of the plan's tables that names the window, with at least `programme = N` (第106条の4第2項第N号).",
            ));
        }
        let contact = self.contact(RawContact {
            phone: raw.phone,
            fax: raw.fax,
            email: raw.email,
            address: raw.address,
            postal_code: raw.postal_code,
            map_url: raw.map_url,
            url: raw.url,
            hours: raw.hours,
        });
        let roles = raw.roles.into_iter().map(|role| self.role(role)).collect();
        Window {
            id: raw.id.into_inner(),
            city: city.to_string(),
            name: raw.name,
            summary: raw.summary,
            audiences,
            target: raw.target,
            operator: raw.operator,
            areas: window_areas,
            department: raw.department,
            reviewed,
            notes: raw.notes,
            source: raw.source,
            contact,
            roles,
            planned: raw.planned,
        }
    }

    /// Who the window is for: known audiences, each once, at least one.
    fn audiences(&mut self, raw: &RawWindow) -> Vec<Audience> {
        let mut audiences = Vec::new();
        for audience in raw.audiences.get_ref() {
            match Audience::from_id(audience.get_ref()) {
                Some(known) if !audiences.contains(&known) => audiences.push(known),
                Some(_) => {}
                None => self.error_at(
                    audience.span().start,
                    format!("the audience `{}` is not one the portal knows", audience.get_ref()),
                    format!("Use one or more of: {}.", audience_list()),
                ),
            }
        }
        if raw.audiences.get_ref().is_empty() {
            self.error_at(
                raw.audiences.span().start,
                format!("the window `{}` has no audience", raw.id.get_ref()),
                format!("Name who it is for: one or more of {}.", audience_list()),
            );
        }
        audiences
    }

    /// The areas the window serves: each declared in the file.
    fn areas(&mut self, raw: &RawWindow, declared: &[Area]) -> Vec<String> {
        let mut window_areas = Vec::new();
        for area in raw.areas.as_ref().map_or(&[][..], |listed| listed.get_ref().as_slice()) {
            if declared.iter().any(|known| &known.id == area.get_ref()) {
                window_areas.push(area.get_ref().clone());
                continue;
            }
            let known: Vec<&str> = declared.iter().map(|area| area.id.as_str()).collect();
            self.error_at(
                area.span().start,
                format!("the area `{}` is not declared in this file", area.get_ref()),
                if known.is_empty() {
                    "Declare the city's areas first, as [[areas]] with id, name and kind, or remove `areas` from the window.".to_string()
                } else {
                    format!("Use one of the [[areas]] ids ({}), or declare the area.", known.join(", "))
                },
            );
        }
        window_areas
    }

    /// The date the facts were checked, as `YYYY-MM-DD`.
    fn reviewed(&mut self, reviewed: &Spanned<toml::value::Datetime>) -> String {
        match (&reviewed.get_ref().date, &reviewed.get_ref().time) {
            (Some(date), None) => date.to_string(),
            _ => {
                self.error_at(
                    reviewed.span().start,
                    format!("`reviewed = {}` is not a date", reviewed.get_ref()),
                    "Write the date the facts were checked as a TOML date without quotes, e.g. `reviewed = 2024-04-01`.",
                );
                String::new()
            }
        }
    }

    /// The contact fields, each checked for its form.
    fn contact(&mut self, raw: RawContact) -> Contact {
        // A map link or postal code without an address is reported at its own line.
        let without_address = raw.address.is_none().then(|| {
            let map = raw.map_url.as_ref().map(|url| ("map_url", url.span().start));
            map.or_else(|| raw.postal_code.as_ref().map(|code| ("postal_code", code.span().start)))
        });
        let contact = Contact {
            phone: self.checked(
                raw.phone,
                is_phone_number,
                "phone number",
                "Write a Japanese number with hyphens, e.g. `phone = \"03-3488-0313\"`; put opening times in `hours`.",
            ),
            fax: self.checked(
                raw.fax,
                is_phone_number,
                "fax number",
                "Write a Japanese number with hyphens, e.g. `fax = \"03-3488-0314\"`.",
            ),
            email: self.checked(
                raw.email,
                is_email,
                "e-mail address",
                "Write one address such as `email = \"fukushi@example.lg.jp\"`.",
            ),
            address: self.checked(
                raw.address,
                is_one_line,
                "address",
                "Write the address on one line as the city's own page gives it, e.g. `address = \"試験市本町1-1 市役所1階\"`.",
            ),
            postal_code: self.checked(
                raw.postal_code,
                is_postal_code,
                "postal code",
                "Write the seven digits with a hyphen and without 〒, e.g. `postal_code = \"410-2413\"`.",
            ),
            map_url: self.checked(
                raw.map_url,
                is_web_url,
                "map address",
                "Write the full address of a map page starting with https:// (a link the reader may follow; nothing is embedded).",
            ),
            url: self.checked(
                raw.url,
                is_web_url,
                "web address",
                "Write the full address of the window's official page, starting with https://.",
            ),
            hours: raw.hours,
        };
        if let Some(Some((what, offset))) = without_address {
            self.error_at(
                offset,
                format!("`{what}` is given without an `address`"),
                "A map link and a postal code belong to an address: add `address = \"…\"` as the city's page gives it, or remove them.",
            );
        }
        contact
    }

    /// An optional contact field, reported at its line when malformed.
    fn checked(
        &mut self,
        value: Option<Spanned<String>>,
        is_valid: fn(&str) -> bool,
        what: &str,
        hint: &str,
    ) -> Option<String> {
        let value = value?;
        if is_valid(value.get_ref()) {
            return Some(value.into_inner());
        }
        self.error_at(value.span().start, format!("`{}` is not a usable {what}", value.get_ref()), hint);
        None
    }

    /// One row of the plan's tables that names the window.
    fn role(&mut self, raw: RawRole) -> Role {
        let number = *raw.programme.get_ref();
        let programme = match u8::try_from(number).ok().and_then(taxonomy::programme) {
            Some(programme) => programme.number,
            None => {
                self.error_at(
                    raw.programme.span().start,
                    format!("`programme = {number}` is not one of the six programmes"),
                    "Use the number N of 社会福祉法第106条の4第2項第N号: 1 包括的相談支援, 2 参加支援, 3 地域づくり, 4 アウトリーチ等継続的支援, 5 多機関協働, 6 支援プラン作成.",
                );
                0
            }
        };
        let operations = raw.operation.as_ref().map(|text| Operation::found_in(text.get_ref())).unwrap_or_default();
        if let Some(operation) = raw.operation.as_ref().filter(|_| operations.is_empty()) {
            self.error_at(
                operation.span().start,
                format!("the 運営方法 `{}` names no known way of running a window", operation.get_ref()),
                "Copy the plan's 運営方法 column; it must contain 直営, 委託, 補助, 住民主体 or 事業者. If the plan gives none, leave `operation` out and say so in `notes`.",
            );
        }
        Role {
            programme,
            business: raw.business,
            count: raw.count,
            operation: raw.operation.map(Spanned::into_inner),
            operations,
            department: raw.department,
        }
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

fn audience_list() -> String {
    Audience::ALL
        .iter()
        .map(|audience| format!("{} ({})", audience.id(), audience.label()))
        .collect::<Vec<_>>()
        .join(", ")
}

/// The fields of a window that say how to reach it, as read.
struct RawContact {
    phone: Option<Spanned<String>>,
    fax: Option<Spanned<String>>,
    email: Option<Spanned<String>>,
    address: Option<Spanned<String>>,
    postal_code: Option<Spanned<String>>,
    map_url: Option<Spanned<String>>,
    url: Option<Spanned<String>>,
    hours: Option<String>,
}

/// Text on one line, not empty (an address is shown and exported as one line).
fn is_one_line(text: &str) -> bool {
    !text.trim().is_empty() && !text.contains(['\n', '\r'])
}

/// A Japanese postal code: three digits, a hyphen, four digits (`410-2413`).
fn is_postal_code(text: &str) -> bool {
    let bytes = text.as_bytes();
    bytes.len() == 8
        && bytes[3] == b'-'
        && bytes.iter().enumerate().all(|(index, byte)| index == 3 || byte.is_ascii_digit())
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
    fn a_map_link_or_postal_code_needs_an_address_and_a_postal_code_has_seven_digits() {
        let error =
            first_error(&WINDOW.replace("source = \"s\"", "source = \"s\"\nmap_url = \"https://map.example.jp/\""));
        assert_eq!(error.line, Some(14), "{error}");
        assert!(error.message.contains("`map_url` is given without an `address`"), "{error}");
        let error = first_error(
            &WINDOW.replace("source = \"s\"", "source = \"s\"\naddress = \"本町1\"\npostal_code = \"〒4102413\""),
        );
        assert_eq!(error.line, Some(15), "{error}");
        assert!(error.message.contains("is not a usable postal code"), "{error}");
        let with_all = WINDOW.replace(
            "source = \"s\"",
            "source = \"s\"\naddress = \"本町1\"\npostal_code = \"410-2413\"\nmap_url = \"https://map.example.jp/\"",
        );
        let contact = &parse_windows("w.toml", "c", &with_all).unwrap().windows[0].contact;
        assert_eq!(contact.postal_code.as_deref(), Some("410-2413"));
        assert_eq!(contact.map_url.as_deref(), Some("https://map.example.jp/"));
        assert!(!contact.is_empty());
    }

    #[test]
    fn an_unusable_area_id_is_refused() {
        let error = first_error(&WINDOW.replace("id = \"kita\"", "id = \"北\""));
        assert_eq!(error.line, Some(2), "{error}");
        assert!(error.message.contains("the area id `北` is not usable"), "{error}");
    }
}
