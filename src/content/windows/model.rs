//! A city's windows as the rest of the compiler sees them: areas, windows, contact and the rows
//! of the plan's tables each window appears in, checked (`data` reads them from windows.toml).

use serde::Deserialize;

use crate::taxonomy::{Audience, Operation};

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
    /// The windows in the language editions whose file the city has (`windows.easy.toml`,
    /// `windows.en.toml`; see `editions`).
    pub editions: Vec<crate::content::windows::editions::WindowEditions>,
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
    /// Postal address, as written on the city's own page (「伊豆市小立野38-2 本庁舎1階」).
    pub address: Option<String>,
    /// Postal code of the address, `NNN-NNNN` (the HSDS address needs one).
    pub postal_code: Option<String>,
    /// A map of the address the city chose (its own map page or any map service), as a plain
    /// link: nothing is embedded and no map is fetched; the reader decides to follow it.
    pub map_url: Option<String>,
    /// The window's official page on the city's (or the operator's) site (https).
    pub url: Option<String>,
    /// Opening hours, as the source writes them.
    pub hours: Option<String>,
}

impl Contact {
    /// Whether the data gives any way to reach the window.
    pub fn is_empty(&self) -> bool {
        self == &Contact::default()
    }
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

/// Page id of a city's directory (its pages and other features' links name it by this).
pub fn directory_id(city: &str) -> String {
    format!("cities/{city}/windows")
}

/// Page id of a window's page.
pub fn window_page_id(window: &Window) -> String {
    format!("cities/{}/windows/{}", window.city, window.id)
}
