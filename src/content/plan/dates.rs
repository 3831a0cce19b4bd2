//! Dates of a plan as people read them: 令和 and Western years side by side, and today's date
//! in Japan for the build. The Japanese eras come from ICU4X's Japanese calendar
//! (`icu_calendar`), never from arithmetic written here.

use icu_calendar::cal::Japanese;
use icu_calendar::types::RataDie;
use icu_calendar::{Date, Iso};

/// A day in the Gregorian calendar, checked to exist.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
pub struct Day {
    /// The Western year.
    pub year: i32,
    /// 1–12.
    pub month: u8,
    /// 1–31.
    pub day: u8,
}

impl Day {
    /// The day, if it exists in the calendar (`2025-02-30` does not).
    pub fn new(year: i32, month: u8, day: u8) -> Option<Day> {
        Date::try_new_iso(year, month, day).is_ok().then_some(Day { year, month, day })
    }

    /// The day `days` after 1970-01-01.
    fn after_unix_epoch(days: i64) -> Day {
        let epoch = Date::try_new_iso(1970, 1, 1).map(|date| date.to_rata_die()).unwrap_or(RataDie::new(719_163));
        let date = Date::from_rata_die(epoch + days, Iso);
        Day { year: date.year().extended_year(), month: date.month().ordinal, day: date.day_of_month().0 }
    }

    /// `YYYY-MM-DD`.
    pub fn iso(&self) -> String {
        format!("{:04}-{:02}-{:02}", self.year, self.month, self.day)
    }
}

/// Today in Japan (UTC+9), the date a build checks plan periods and revisions against.
/// `SOURCE_DATE_EPOCH` (seconds, the reproducible-builds convention) sets it for a build that
/// must not depend on the day it runs.
pub fn today_in_japan() -> Day {
    let from_env = std::env::var("SOURCE_DATE_EPOCH").ok().and_then(|value| value.trim().parse::<i64>().ok());
    let seconds = from_env.unwrap_or_else(|| {
        std::time::SystemTime::now()
            .duration_since(std::time::UNIX_EPOCH)
            .map_or(0, |elapsed| i64::try_from(elapsed.as_secs()).unwrap_or(0))
    });
    Day::after_unix_epoch((seconds + 9 * 3600).div_euclid(86_400))
}

/// The Japanese era name and year of a day: `令和7年`, `令和元年`.
pub fn era_year(day: Day) -> String {
    let Ok(iso) = Date::try_new_iso(day.year, day.month, day.day) else { return String::new() };
    let era_year = iso.to_calendar(Japanese::new()).era_year();
    let era = match era_year.era.as_str() {
        "reiwa" => "令和",
        "heisei" => "平成",
        "showa" => "昭和",
        "taisho" => "大正",
        "meiji" => "明治",
        _ => return format!("{}年", day.year),
    };
    if era_year.year == 1 {
        format!("{era}元年")
    } else {
        format!("{era}{}年", era_year.year)
    }
}

/// A 年度 (fiscal year, 1 April to 31 March) named by its era year on 1 April:
/// `令和7年度`.
pub fn fiscal_year_label(first_year: i32) -> String {
    let april_first = Day { year: first_year, month: 4, day: 1 };
    format!("{}度", era_year(april_first))
}

/// A month as the sample writes it: `2025年（令和7年）10月`.
pub fn month_label(year: i32, month: u8) -> String {
    let first = Day { year, month, day: 1 };
    format!("{year}年（{}）{month}月", era_year(first))
}

/// A day as the sample writes it: `2025年（令和7年）10月1日`.
pub fn day_label(day: Day) -> String {
    format!("{}年（{}）{}月{}日", day.year, era_year(day), day.month, day.day)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn eras_come_from_the_japanese_calendar() {
        assert_eq!(era_year(Day { year: 2025, month: 4, day: 1 }), "令和7年");
        assert_eq!(era_year(Day { year: 2019, month: 4, day: 30 }), "平成31年");
        assert_eq!(era_year(Day { year: 2019, month: 5, day: 1 }), "令和元年");
        assert_eq!(fiscal_year_label(2028), "令和10年度");
        assert_eq!(month_label(2025, 10), "2025年（令和7年）10月");
        assert_eq!(day_label(Day { year: 2024, month: 4, day: 1 }), "2024年（令和6年）4月1日");
    }

    #[test]
    fn days_are_checked_and_counted_from_the_unix_epoch() {
        assert!(Day::new(2025, 2, 29).is_none());
        assert!(Day::new(2024, 2, 29).is_some());
        assert_eq!(Day::after_unix_epoch(0).iso(), "1970-01-01");
        assert_eq!(Day::after_unix_epoch(20_089).iso(), "2025-01-01");
    }
}
