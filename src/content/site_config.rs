//! `content/site.toml`: the site's name, its sample-data notice, its cities and its main navigation.

use serde::Deserialize;

use super::error::ContentError;

/// The settings of a whole site, read from `site.toml`.
#[derive(Debug, Clone, PartialEq, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct SiteConfig {
    /// Site name shown in the header and the browser tab.
    pub title: String,
    /// A short line under the name.
    pub tagline: String,
    /// The notice in every page's footer (e.g. that the content is sample data).
    pub notice: String,
    /// A bold label before the footer notice (e.g. 「サンプルデータです。」); empty for none.
    #[serde(default)]
    pub notice_label: String,
    /// Page ids shown in the main navigation, in order.
    pub nav: Vec<String>,
    /// The cities whose plans the site carries; a page's `scope` names one of them.
    #[serde(default)]
    pub cities: Vec<City>,
    /// Where a guide's quick exit goes: a neutral site on another host.
    #[serde(default = "default_quick_exit_url")]
    pub quick_exit_url: String,
}

/// A neutral page (a weather forecast) that a quick exit leaves for, unless site.toml says otherwise.
pub const DEFAULT_QUICK_EXIT_URL: &str = "https://tenki.jp/";

fn default_quick_exit_url() -> String {
    DEFAULT_QUICK_EXIT_URL.to_string()
}

/// A municipality whose plan and windows the site publishes.
#[derive(Debug, Clone, PartialEq, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct City {
    /// Short ASCII id used in `scope` and in URLs, e.g. `izu`.
    pub id: String,
    /// Name, e.g. `伊豆市`.
    pub name: String,
    /// Prefecture, e.g. `静岡県`.
    pub prefecture: String,
}

/// The scope value of pages that apply everywhere.
pub const NATIONAL_SCOPE: &str = "national";

/// Reads `site.toml` (its text and its path for errors).
pub fn parse_site_config(file: &str, text: &str) -> Result<SiteConfig, ContentError> {
    let config: SiteConfig = toml::from_str(text).map_err(|error| {
        ContentError::from_toml(
            file,
            text,
            &error,
            "site.toml",
            "site.toml needs title, tagline, notice, nav = [\"page-id\", …] and [[cities]] tables with id, name and prefecture.",
        )
    })?;
    if !config.quick_exit_url.starts_with("https://") || config.quick_exit_url.contains(char::is_whitespace) {
        let line = text.lines().position(|l| l.trim_start().starts_with("quick_exit_url")).map_or(1, |i| i + 1);
        return Err(ContentError::at_line(
            file,
            line,
            format!("`quick_exit_url = \"{}\"` is not a usable address", config.quick_exit_url),
            "Give a whole https:// address of a neutral site on another host (e.g. a weather forecast); a guide's quick exit replaces the page with it.",
        ));
    }
    let mut seen = std::collections::HashSet::new();
    for city in &config.cities {
        let declaration = format!("\"{}\"", city.id);
        let line = text
            .lines()
            .position(|l| l.trim_start().starts_with("id") && l.contains(&declaration))
            .map_or(1, |i| i + 1);
        if !is_ascii_id(&city.id) || city.id == NATIONAL_SCOPE {
            return Err(ContentError::at_line(
                file,
                line,
                format!("the city id `{}` is not usable", city.id),
                "City ids are lower-case ASCII letters, digits and `-` (e.g. `izu`), and not `national`.",
            ));
        }
        if !seen.insert(city.id.clone()) {
            return Err(ContentError::at_line(
                file,
                line,
                format!("the city id `{}` is declared twice", city.id),
                "Remove or rename one of the two [[cities]] entries.",
            ));
        }
    }
    Ok(config)
}

/// Whether `id` is lower-case ASCII letters, digits and single inner dashes.
pub fn is_ascii_id(id: &str) -> bool {
    !id.is_empty()
        && !id.starts_with('-')
        && !id.ends_with('-')
        && id.chars().all(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || c == '-')
}
