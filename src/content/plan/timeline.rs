//! A plan's period and revisions (改定), read from its city page's front matter and checked at
//! build: only on a city's own page, first 年度 not after the last, a revision on a real date
//! that is not after the build, listed oldest first.

use crate::content::error::ContentError;
use crate::content::front_matter::{FrontMatter, ParsedPage};
use crate::content::plan::dates::{day_label, fiscal_year_label, month_label, Day};

/// The earliest 年度 a plan period may name: 社会福祉法 took its name and its 地域福祉 duties in 2000.
const FIRST_POSSIBLE_YEAR: i32 = 2000;
/// The longest period a plan may run, in 年度 (plans run two to six; a typo gives hundreds).
const LONGEST_PERIOD: i32 = 12;

/// A plan's period: from 1 April of `first` to 31 March after `last`.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct FiscalPeriod {
    /// The first 年度, as a Western year.
    pub first: i32,
    /// The last 年度, as a Western year.
    pub last: i32,
}

impl FiscalPeriod {
    /// The period's last day: 31 March of the year after its last 年度.
    pub fn last_day(&self) -> Day {
        Day { year: self.last + 1, month: 3, day: 31 }
    }

    /// Whether the period is over on `today`.
    pub fn has_ended(&self, today: Day) -> bool {
        today > self.last_day()
    }

    /// `令和7年度〜令和10年度（2025年度〜2028年度）`.
    pub fn label(&self) -> String {
        format!(
            "{}〜{}（{}年度〜{}年度）",
            fiscal_year_label(self.first),
            fiscal_year_label(self.last),
            self.first,
            self.last
        )
    }
}

/// When a revision was made: a day, or only a month when the plan gives no day.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
pub enum RevisionDate {
    /// The plan gives the month only (「令和7年10月一部改定」).
    Month { year: i32, month: u8 },
    /// The plan gives the day.
    Day(Day),
}

impl RevisionDate {
    /// The first day it may stand for (for order and the build-date check).
    fn first_day(&self) -> Day {
        match *self {
            RevisionDate::Month { year, month } => Day { year, month, day: 1 },
            RevisionDate::Day(day) => day,
        }
    }

    /// `2025年（令和7年）10月` or `2025年（令和7年）10月1日`.
    pub fn label(&self) -> String {
        match *self {
            RevisionDate::Month { year, month } => month_label(year, month),
            RevisionDate::Day(day) => day_label(day),
        }
    }
}

/// One revision.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Revision {
    /// When.
    pub date: RevisionDate,
    /// What changed, as the plan says it.
    pub what: String,
}

/// A plan's period and revisions, checked.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Timeline {
    /// The period, when the plan states one.
    pub period: Option<FiscalPeriod>,
    /// The revisions, oldest first.
    pub revisions: Vec<Revision>,
}

impl Timeline {
    /// The timeline of a page's front matter as far as it reads: its parts that pass the checks
    /// (the build has already refused a page whose parts do not, see [`check_timeline`]).
    pub fn of(front: &FrontMatter) -> Timeline {
        let period = front.plan_period.as_ref().map(|period| period.get_ref()).and_then(|period| {
            (period.first_fiscal_year <= period.last_fiscal_year)
                .then_some(FiscalPeriod { first: period.first_fiscal_year, last: period.last_fiscal_year })
        });
        let revisions = front
            .revisions
            .iter()
            .filter_map(|revision| {
                let revision = revision.get_ref();
                read_date(&revision.date).map(|date| Revision { date, what: revision.what.clone() })
            })
            .collect();
        Timeline { period, revisions }
    }
}

/// Checks the plan period and revisions of the page `id` (from `file`) against `today`.
pub fn check_timeline(file: &str, id: &str, parsed: &ParsedPage, today: Day) -> Vec<ContentError> {
    let front = &parsed.front;
    let mut errors = Vec::new();
    let is_city_page = id.strip_prefix("cities/").is_some_and(|city| !city.is_empty() && !city.contains('/'));
    if !is_city_page {
        for (field, present) in
            [("plan_period", front.plan_period.is_some()), ("revisions", !front.revisions.is_empty())]
        {
            if present {
                errors.push(ContentError::at_line(
                    file,
                    parsed.line_of(field),
                    format!("`{field}` belongs on a city's own page, not on `{id}`"),
                    "Move it to the city's page, `cities/<city>/index.md`: the period and revisions are the whole plan's.",
                ));
            }
        }
        return errors;
    }
    if let Some(period) = &front.plan_period {
        let line = parsed.line_of_span(period.span());
        let (first, last) = (period.get_ref().first_fiscal_year, period.get_ref().last_fiscal_year);
        if first > last {
            errors.push(ContentError::at_line(
                file,
                line,
                format!("the plan period starts in {first}年度 but ends in {last}年度, before it starts"),
                "Write the first 年度 as `first_fiscal_year` and the last as `last_fiscal_year` (令和7年度〜令和10年度 is 2025 and 2028).",
            ));
        } else if first < FIRST_POSSIBLE_YEAR || last - first >= LONGEST_PERIOD {
            errors.push(ContentError::at_line(
                file,
                line,
                format!("the plan period {first}年度〜{last}年度 is not a plausible plan period"),
                format!("Write Western years from {FIRST_POSSIBLE_YEAR} on, at most {LONGEST_PERIOD} 年度 apart (令和7年度 is 2025)."),
            ));
        }
    }
    let mut previous: Option<RevisionDate> = None;
    for revision in &front.revisions {
        let line = parsed.line_of_span(revision.span());
        let Some(date) = read_date(&revision.get_ref().date) else {
            errors.push(ContentError::at_line(
                file,
                line,
                format!("the revision date `{}` is not a date", revision.get_ref().date),
                "Write a plain date without quotes (`date = 2025-10-01`), or the month in quotes when the plan gives no day (`date = \"2025-10\"`).",
            ));
            continue;
        };
        if date.first_day() > today || date.first_day().year < FIRST_POSSIBLE_YEAR {
            errors.push(ContentError::at_line(
                file,
                line,
                format!("the revision dated {} is after this build ({}) or before {FIRST_POSSIBLE_YEAR}", date.label(), today.iso()),
                "Give the date the plan was revised, as printed in the plan; a revision that is only planned is not listed yet.",
            ));
        } else if previous.is_some_and(|previous| previous > date) {
            errors.push(ContentError::at_line(
                file,
                line,
                format!("the revision dated {} comes after a later one", date.label()),
                "List the `[[revisions]]` oldest first.",
            ));
        }
        if revision.get_ref().what.trim().is_empty() {
            errors.push(ContentError::at_line(
                file,
                line,
                "the revision does not say what changed",
                "Write `what` as the plan says it, e.g. `what = \"一部改定\"`.",
            ));
        }
        previous = Some(date);
    }
    errors
}

/// A revision date as written: a TOML plain date, or `"YYYY-MM"`.
fn read_date(value: &toml::Value) -> Option<RevisionDate> {
    match value {
        toml::Value::Datetime(datetime) if datetime.time.is_none() && datetime.offset.is_none() => {
            let date = datetime.date?;
            Day::new(i32::from(date.year), date.month, date.day).map(RevisionDate::Day)
        }
        toml::Value::String(text) => {
            let (year, month) = text.split_once('-')?;
            let (year, month): (i32, u8) = (year.parse().ok()?, month.parse().ok()?);
            (year.to_string().len() == 4 && month.to_string().len() <= 2)
                .then_some(())
                .and_then(|()| Day::new(year, month, 1))
                .map(|_| RevisionDate::Month { year, month })
        }
        _ => None,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_period_ends_on_the_31st_of_march_after_its_last_year() {
        let period = FiscalPeriod { first: 2025, last: 2026 };
        assert_eq!(period.label(), "令和7年度〜令和8年度（2025年度〜2026年度）");
        assert!(!period.has_ended(Day { year: 2027, month: 3, day: 31 }));
        assert!(period.has_ended(Day { year: 2027, month: 4, day: 1 }));
    }

    #[test]
    fn revision_dates_are_days_or_months() {
        assert_eq!(
            read_date(&toml::Value::String("2025-10".into())),
            Some(RevisionDate::Month { year: 2025, month: 10 })
        );
        assert_eq!(read_date(&toml::Value::String("2025-13".into())), None);
        assert_eq!(read_date(&toml::Value::String("令和7年".into())), None);
        assert_eq!(RevisionDate::Month { year: 2025, month: 10 }.label(), "2025年（令和7年）10月");
    }
}
