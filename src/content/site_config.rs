//! `content/site.toml`: the site's name, its notices and fixed wording, its cities and its main
//! navigation, and the `format` of the content folder (see CHANGELOG.md).

use serde::Deserialize;

use crate::content::error::ContentError;

/// The content format this tsunagu reads: `format = 1` in site.toml. A later tsunagu that changes
/// what a content folder must hold raises it, and CHANGELOG.md says what to change.
pub const CONTENT_FORMAT: i64 = 1;

/// The settings of a whole site, read from `site.toml`.
#[derive(Debug, Clone, PartialEq, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct SiteConfig {
    /// The content format the folder is written in; required, and must be [`CONTENT_FORMAT`].
    pub format: i64,
    /// Site name shown in the header and the browser tab.
    pub title: String,
    /// A short line under the name.
    pub tagline: String,
    /// The notice in every page's footer (e.g. that the content is sample data).
    pub notice: String,
    /// Bold words put before `notice` in the footer, e.g. 「サンプルデータです。」; none by default.
    #[serde(default)]
    pub notice_label: String,
    /// No longer shown: a card without a number now says where to find it, naming the 所管課
    /// (`windows::contact`). Still read, so that folders which set it keep building.
    #[serde(default = "default_no_phone_note")]
    pub no_phone_note: String,
    /// The sentence on a window's page when it has no phone number, address or other contact,
    /// before the sentence that names its 所管課.
    #[serde(default = "default_no_contact_note")]
    pub no_contact_note: String,
    /// The sentence on a window's page when it has neither a contact nor a stated 所管課, before
    /// the sentence that sends the reader to the city hall.
    #[serde(default = "default_no_contact_or_department_note")]
    pub no_contact_or_department_note: String,
    /// What a window's facts say where the data names no 所管課 (the sample: 「資料に記載なし」).
    #[serde(default = "default_not_stated_note")]
    pub not_stated_note: String,
    /// The bold sentence on a window's page when the window is only planned (設置予定).
    #[serde(default = "default_planned_note")]
    pub planned_note: String,
    /// Whether the national pages tsunagu ships are laid under this folder (the default). A
    /// folder that is a whole site of its own says `national_layer = false`.
    #[serde(default = "default_true")]
    pub national_layer: bool,
    /// Page ids shown in the main navigation, in order.
    pub nav: Vec<String>,
    /// The cities whose plans the site carries; a page's `scope` names one of them.
    #[serde(default)]
    pub cities: Vec<City>,
    /// Where a guide's quick exit goes: a neutral site on another host.
    #[serde(default = "default_quick_exit_url")]
    pub quick_exit_url: String,
    /// The scheme and host the site is served from (`https://www.city.example.jp`), without a
    /// path: the path is the build's `--base`. With it, the build writes `sitemap.xml`, and
    /// each page's canonical and OpenGraph addresses, which must be whole URLs.
    #[serde(default)]
    pub origin: Option<String>,
    /// The site's names in やさしい日本語 (`[easy]`), for the pages of that edition; without it
    /// they show the Japanese names.
    #[serde(default)]
    pub easy: Option<SiteNames>,
    /// The site's names in English (`[en]`); without it English pages show the Japanese names,
    /// marked `lang="ja"`.
    #[serde(default)]
    pub en: Option<SiteNames>,
}

/// The site's own names in one edition (`[easy]` or `[en]` in site.toml): what the header and
/// footer of that edition's pages say instead of the Japanese `title`, `tagline`, notice and
/// navigation labels.
#[derive(Debug, Clone, PartialEq, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct SiteNames {
    /// The site's name.
    pub title: String,
    /// The line under the name.
    pub tagline: String,
    /// The footer notice.
    pub notice: String,
    /// The notice's bold label (required when the Japanese one is given).
    #[serde(default)]
    pub notice_label: String,
    /// A label for each page id of `nav`, by id (`guides = "Guides"`).
    pub nav: std::collections::BTreeMap<String, String>,
}

/// A neutral page (a weather forecast) that a quick exit leaves for, unless site.toml says otherwise.
pub const DEFAULT_QUICK_EXIT_URL: &str = "https://tenki.jp/";

fn default_quick_exit_url() -> String {
    DEFAULT_QUICK_EXIT_URL.to_string()
}

/// `no_phone_note` unless site.toml says otherwise.
pub const DEFAULT_NO_PHONE_NOTE: &str = "電話番号は載せていません。";
/// `no_contact_note` unless site.toml says otherwise.
pub const DEFAULT_NO_CONTACT_NOTE: &str = "このページには、この窓口の電話番号や場所を載せていません。";
/// `no_contact_or_department_note` unless site.toml says otherwise.
pub const DEFAULT_NO_CONTACT_OR_DEPARTMENT_NOTE: &str =
    "このページには、この窓口の電話番号や場所と所管課を載せていません。";

fn default_no_phone_note() -> String {
    DEFAULT_NO_PHONE_NOTE.to_string()
}

fn default_not_stated_note() -> String {
    "記載なし".to_string()
}

fn default_planned_note() -> String {
    "この窓口は設置予定です。".to_string()
}

fn default_no_contact_note() -> String {
    DEFAULT_NO_CONTACT_NOTE.to_string()
}

fn default_no_contact_or_department_note() -> String {
    DEFAULT_NO_CONTACT_OR_DEPARTMENT_NOTE.to_string()
}

fn default_true() -> bool {
    true
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
    check_format(file, text)?;
    let config: SiteConfig = ContentError::parse_toml(file, text, "site.toml", "site.toml needs format = 1, title, tagline, notice, nav = [\"page-id\", …] and [[cities]] tables with id, name and prefecture.")?;
    if !config.quick_exit_url.starts_with("https://") || config.quick_exit_url.contains(char::is_whitespace) {
        let line = text.lines().position(|l| l.trim_start().starts_with("quick_exit_url")).map_or(1, |i| i + 1);
        return Err(ContentError::at_line(
            file,
            line,
            format!("`quick_exit_url = \"{}\"` is not a usable address", config.quick_exit_url),
            "Give a whole https:// address of a neutral site on another host (e.g. a weather forecast); a guide's quick exit replaces the page with it.",
        ));
    }
    if let Some(origin) = &config.origin {
        check_origin(file, text, origin)?;
    }
    for (key, names) in [("easy", &config.easy), ("en", &config.en)] {
        if let Some(names) = names {
            check_names(file, text, key, names, &config)?;
        }
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

/// The やさしい日本語 names with their lines in site.toml, for the readability check: each is read
/// alone (a header or a menu item), so each is measured alone.
pub fn easy_name_lines(text: &str, names: &SiteNames) -> Vec<(usize, String)> {
    let line_of = |value: &str| text.lines().position(|l| l.contains(&format!("\"{value}\""))).map_or(1, |i| i + 1);
    [&names.title, &names.tagline, &names.notice_label, &names.notice]
        .into_iter()
        .chain(names.nav.values())
        .filter(|value| !value.is_empty())
        .map(|value| (line_of(value), value.clone()))
        .collect()
}

/// An edition's names: nothing empty, a label for each navigation item and none for a page
/// the navigation does not have, and a notice label where the Japanese has one.
fn check_names(file: &str, text: &str, key: &str, names: &SiteNames, config: &SiteConfig) -> Result<(), ContentError> {
    let table = format!("[{key}]");
    let table_line = text.lines().position(|l| l.trim() == table).map_or(1, |i| i + 1);
    let line_of = |name: &str| {
        text.lines()
            .enumerate()
            .skip(table_line)
            .find(|(_, l)| {
                l.trim_start().starts_with(name)
                    && l[l.find(name).unwrap_or(0) + name.len()..].trim_start().starts_with('=')
            })
            .map_or(table_line, |(i, _)| i + 1)
    };
    for (field, value) in [("title", &names.title), ("tagline", &names.tagline), ("notice", &names.notice)] {
        if value.trim().is_empty() {
            return Err(ContentError::at_line(
                file,
                line_of(field),
                format!("`{field}` in {table} is empty"),
                format!("Write the site's {field} as the {table} pages show it, or leave out the whole {table} table to show the Japanese one."),
            ));
        }
    }
    if !config.notice_label.is_empty() && names.notice_label.trim().is_empty() {
        return Err(ContentError::at_line(
            file,
            table_line,
            format!("{table} has no `notice_label`, but the Japanese notice has one"),
            format!("Add `notice_label = \"…\"` to {table}: the bold words before the notice, in that edition."),
        ));
    }
    for id in &config.nav {
        if names.nav.get(id).is_none_or(|label| label.trim().is_empty()) {
            return Err(ContentError::at_line(
                file,
                table_line,
                format!("{table} gives no navigation label for `{id}`"),
                format!("Add `{id} = \"…\"` under `[{key}.nav]`: every item of `nav` needs its label in that edition."),
            ));
        }
    }
    if let Some(stray) = names.nav.keys().find(|id| !config.nav.contains(id)) {
        return Err(ContentError::at_line(
            file,
            line_of(stray),
            format!("`[{key}.nav]` labels `{stray}`, which is not in `nav`"),
            "Remove the label, or add the page id to `nav` (the labels follow the Japanese navigation).",
        ));
    }
    Ok(())
}

/// An origin is `http(s)://host[:port]`: no path, query, user or space.
fn check_origin(file: &str, text: &str, origin: &str) -> Result<(), ContentError> {
    let host = origin.strip_prefix("https://").or_else(|| origin.strip_prefix("http://")).unwrap_or("");
    let usable = !host.is_empty()
        && host.chars().all(|c| c.is_ascii_alphanumeric() || matches!(c, '.' | '-' | ':' | '[' | ']'))
        && !host.starts_with(['.', '-', ':']);
    if usable {
        return Ok(());
    }
    let line = text.lines().position(|l| l.trim_start().starts_with("origin")).map_or(1, |i| i + 1);
    Err(ContentError::at_line(
        file,
        line,
        format!("`origin = \"{origin}\"` is not a scheme and host"),
        "Give only the scheme and host the site is served from, e.g. `origin = \"https://www.city.example.jp\"`, with no path or trailing `/` (the path is the build's --base).",
    ))
}

/// Checks `format` before the rest, so that a folder written for another tsunagu gets one clear
/// sentence rather than an error about a field this one does not know.
fn check_format(file: &str, text: &str) -> Result<(), ContentError> {
    // A file that is not TOML at all is reported by the full parse, with its line and column.
    let Ok(table) = toml::from_str::<toml::Table>(text) else { return Ok(()) };
    let line = text.lines().position(|l| l.trim_start().starts_with("format")).map_or(1, |i| i + 1);
    match table.get("format") {
        None => Err(ContentError::at_line(
            file,
            1,
            "site.toml does not say which content format it is written in",
            format!("This tsunagu reads format {CONTENT_FORMAT}: add the line `format = {CONTENT_FORMAT}` at the top of site.toml (CHANGELOG.md lists what each format changed)."),
        )),
        Some(toml::Value::Integer(format)) if *format == CONTENT_FORMAT => Ok(()),
        Some(toml::Value::Integer(format)) if *format > CONTENT_FORMAT => Err(ContentError::at_line(
            file,
            line,
            format!("site.toml is written in content format {format}, but this tsunagu reads format {CONTENT_FORMAT}"),
            format!("Update tsunagu to a version that reads format {format} (see CHANGELOG.md), or use a content folder written for format {CONTENT_FORMAT}."),
        )),
        Some(value) => Err(ContentError::at_line(
            file,
            line,
            format!("`format = {value}` is not a content format tsunagu knows"),
            format!("This tsunagu reads format {CONTENT_FORMAT}: write `format = {CONTENT_FORMAT}` (a whole number, without quotes)."),
        )),
    }
}

/// Whether `id` is lower-case ASCII letters, digits and single inner dashes.
pub fn is_ascii_id(id: &str) -> bool {
    !id.is_empty()
        && !id.starts_with('-')
        && !id.ends_with('-')
        && id.chars().all(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || c == '-')
}

#[cfg(test)]
mod tests {
    use super::*;

    const REST: &str = "title = \"t\"\ntagline = \"t\"\nnotice = \"n\"\nnav = []\n";

    #[test]
    fn a_site_toml_without_a_format_says_which_one_to_write() {
        let error = parse_site_config("site.toml", REST).unwrap_err();
        assert_eq!(error.line, Some(1));
        assert!(error.message.contains("does not say which content format"), "{error}");
        assert!(error.hint.contains("format = 1"), "{error}");
    }

    #[test]
    fn a_later_or_unknown_format_is_refused_with_its_line() {
        let error = parse_site_config("site.toml", &format!("{REST}format = 2\n")).unwrap_err();
        assert_eq!(error.line, Some(5));
        assert!(error.message.contains("format 2, but this tsunagu reads format 1"), "{error}");
        assert!(error.hint.contains("Update tsunagu"), "{error}");
        let error = parse_site_config("site.toml", &format!("format = \"1\"\n{REST}")).unwrap_err();
        assert!(error.message.contains("not a content format"), "{error}");
    }

    #[test]
    fn an_origin_is_a_scheme_and_host_only() {
        let with = |origin: &str| parse_site_config("site.toml", &format!("format = 1\n{REST}origin = \"{origin}\"\n"));
        assert_eq!(with("https://www.city.example.jp").unwrap().origin.as_deref(), Some("https://www.city.example.jp"));
        assert!(with("http://127.0.0.1:8080").is_ok());
        for bad in [
            "https://www.city.example.jp/",
            "https://x.jp/fukushi",
            "www.city.example.jp",
            "https://",
            "https://a b.jp",
            "javascript:alert(1)",
        ] {
            let error = with(bad).unwrap_err();
            assert_eq!(error.line, Some(6), "{bad}: {error}");
            assert!(error.hint.contains("--base"), "{error}");
        }
    }

    const ENGLISH: &str = "nav = [\"glossary\"]\n[en]\ntitle = \"T\"\ntagline = \"t\"\nnotice = \"n\"\n[en.nav]\n";

    fn with_english(config: &str, english: &str) -> Result<SiteConfig, ContentError> {
        parse_site_config(
            "site.toml",
            &format!("format = 1\ntitle = \"t\"\ntagline = \"t\"\nnotice = \"n\"\n{config}{english}"),
        )
    }

    #[test]
    fn an_edition_table_names_the_site_and_labels_every_menu_item() {
        let config = with_english("", &format!("{ENGLISH}glossary = \"Glossary\"\n")).unwrap();
        let english = config.en.unwrap();
        assert_eq!((english.title.as_str(), english.nav["glossary"].as_str()), ("T", "Glossary"));
        assert!(config.easy.is_none(), "optional");
        let error = with_english("", ENGLISH).unwrap_err();
        assert_eq!(error.line, Some(6), "{error}");
        assert!(error.message.contains("no navigation label for `glossary`"), "{error}");
        let error = with_english("", &format!("{ENGLISH}glossary = \"G\"\nwindows = \"W\"\n")).unwrap_err();
        assert_eq!(error.line, Some(12), "{error}");
        assert!(error.message.contains("labels `windows`, which is not in `nav`"), "{error}");
        let error = with_english("", &ENGLISH.replace("title = \"T\"", "title = \" \"")).unwrap_err();
        assert_eq!(error.line, Some(7), "{error}");
        assert!(error.message.contains("`title` in [en] is empty"), "{error}");
        let error = with_english("notice_label = \"Sample.\"\n", &format!("{ENGLISH}glossary = \"G\"\n")).unwrap_err();
        assert!(error.message.contains("[en] has no `notice_label`"), "{error}");
        let error =
            with_english("", &ENGLISH.replace("[en.nav]\n", "colour = 1\n[en.nav]\nglossary = \"G\"\n")).unwrap_err();
        assert!(
            error.message.contains("colour") || error.hint.contains("colour"),
            "unknown fields are refused: {error}"
        );
    }

    #[test]
    fn fixed_wording_has_neutral_defaults() {
        let config = parse_site_config("site.toml", &format!("format = 1\n{REST}")).unwrap();
        assert_eq!(config.notice_label, "");
        assert_eq!(config.no_phone_note, DEFAULT_NO_PHONE_NOTE);
        for wording in [&config.no_contact_note, &config.not_stated_note, &config.planned_note] {
            assert!(!wording.contains("資料"), "a real city's site does not speak of source documents: {wording}");
        }
    }
}
