//! `content/cities/<city>/indicators.toml`: a plan's evaluation indicators (評価指標) with a
//! target for each year, as the plan writes them. Numeric targets (「100%」) are read for the chart.

use std::collections::HashSet;

use serde::Deserialize;
use toml::Spanned;

use crate::content::error::{line_and_column, ContentError};
use crate::content::site_config::is_ascii_id;

/// A plan's indicators, checked.
#[derive(Debug, Clone, PartialEq)]
pub struct Indicators {
    /// The city id.
    pub city: String,
    /// The file they came from.
    pub file: String,
    /// Title of the plan's section.
    pub title: String,
    /// The articles of law the indicators page rests on (`legal_basis` at the top of the file).
    pub legal_basis: Vec<String>,
    /// Where in the plan they come from.
    pub source: String,
    /// The years of the plan's columns, e.g. 令和7年度.
    pub years: Vec<String>,
    /// The indicators, in plan order.
    pub indicators: Vec<Indicator>,
}

/// One indicator and its yearly targets.
#[derive(Debug, Clone, PartialEq)]
pub struct Indicator {
    /// ASCII id.
    pub id: String,
    /// The indicator as the plan words it.
    pub name: String,
    /// One target per year, as written (「100%」, 「令和7年度以降に設定」, 「—」).
    pub targets: Vec<String>,
}

/// A target that is a percentage, e.g. `100%` → 100.0.
pub fn percent_value(target: &str) -> Option<f64> {
    let number = target.trim().strip_suffix('%').or_else(|| target.trim().strip_suffix('％'))?;
    number.trim().parse::<f64>().ok().filter(|value| (0.0..=100.0).contains(value))
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct RawFile {
    #[serde(default)]
    legal_basis: Vec<String>,
    title: String,
    source: String,
    years: Spanned<Vec<String>>,
    indicators: Vec<RawIndicator>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct RawIndicator {
    id: Spanned<String>,
    name: String,
    targets: Spanned<Vec<String>>,
}

/// Reads and checks the indicators file of `city`.
pub fn parse_indicators(file: &str, city: &str, text: &str) -> Result<Indicators, Vec<ContentError>> {
    let raw: RawFile = ContentError::parse_toml(file, text, "the indicators file", "indicators.toml needs title, source, years = [\"令和7年度\", …] and [[indicators]] with id, name and one target per year.").map_err(|error| vec![error])?;
    let line_at = |offset: usize| line_and_column(text, offset).0;
    let mut errors = Vec::new();
    if raw.years.get_ref().is_empty() {
        errors.push(ContentError::at_line(
            file,
            line_at(raw.years.span().start),
            "the indicators have no years",
            "List the plan's year columns, e.g. `years = [\"令和7年度\", \"令和8年度\"]`.",
        ));
    }
    let year_count = raw.years.get_ref().len();
    let mut seen = HashSet::new();
    let mut indicators = Vec::new();
    for indicator in raw.indicators {
        let line = line_at(indicator.id.span().start);
        let id = indicator.id.get_ref();
        if !is_ascii_id(id) {
            errors.push(ContentError::at_line(
                file,
                line,
                format!("the indicator id `{id}` is not usable"),
                "Ids are lower-case ASCII letters, digits and `-`.",
            ));
        } else if !seen.insert(id.clone()) {
            errors.push(ContentError::at_line(
                file,
                line,
                format!("the indicator id `{id}` is used twice"),
                "Give each indicator its own id.",
            ));
        }
        if indicator.targets.get_ref().len() != year_count {
            errors.push(ContentError::at_line(
                file,
                line_at(indicator.targets.span().start),
                format!(
                    "the indicator `{id}` has {} targets for {year_count} years",
                    indicator.targets.get_ref().len()
                ),
                "Give one target per year, in the order of `years`; write \"—\" where the plan has none.",
            ));
        }
        indicators.push(Indicator {
            id: indicator.id.into_inner(),
            name: indicator.name,
            targets: indicator.targets.into_inner(),
        });
    }
    if errors.is_empty() {
        Ok(Indicators {
            city: city.to_string(),
            file: file.to_string(),
            legal_basis: raw.legal_basis,
            title: raw.title,
            source: raw.source,
            years: raw.years.into_inner(),
            indicators,
        })
    } else {
        Err(errors)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn percentages_are_read_and_words_are_not() {
        assert_eq!(percent_value("100%"), Some(100.0));
        assert_eq!(percent_value("80％"), Some(80.0));
        assert_eq!(percent_value("増加"), None);
        assert_eq!(percent_value("令和7年度以降に設定"), None);
        assert_eq!(percent_value("150%"), None);
    }
}

#[cfg(test)]
mod validation_tests {
    use super::*;

    #[test]
    fn duplicate_ids_and_missing_years_are_refused() {
        let text = "title = \"t\"\nsource = \"s\"\nyears = []\n[[indicators]]\nid = \"a\"\nname = \"n\"\ntargets = []\n[[indicators]]\nid = \"a\"\nname = \"n\"\ntargets = []\n";
        let errors = parse_indicators("i.toml", "c", text).unwrap_err();
        assert!(errors.iter().any(|e| e.line == Some(3) && e.message.contains("no years")), "{errors:?}");
        assert!(errors.iter().any(|e| e.line == Some(9) && e.message.contains("used twice")), "{errors:?}");
    }
}
