//! `tsunagu new-city`: the files of a minimal new city that passes every content check at once —
//! its page, a windows.toml with one example window, and resident and staff guides that reuse the
//! national guide wording (`guides/*.prose.md`) — and the `[[cities]]` entry for site.toml.
//! [`scaffold_city`] is pure; [`Scaffold::apply_to`] adds the city to a tree in memory, and
//! [`Scaffold::write_to`] to a content folder on disk.

use std::path::{Path, PathBuf};

use crate::content::site_config::{is_ascii_id, NATIONAL_SCOPE};
use crate::content::source::{display, ContentTree};

/// The files of a new city, relative to the content folder, and its site.toml entry.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Scaffold {
    /// The city's id, e.g. `izu`.
    pub id: String,
    /// `(path, text)` of each file to write, e.g. `cities/izu/index.md`.
    pub files: Vec<(String, String)>,
    /// The `[[cities]]` table to append to site.toml.
    pub site_toml_entry: String,
}

/// The example window's id in the new windows.toml; the guides send every answer to it.
pub const EXAMPLE_WINDOW: &str = "soudan-madoguchi";

/// A new city `id` named `name` in `prefecture` (may be empty), reviewed today (UTC).
pub fn scaffold_city(id: &str, name: &str, prefecture: &str) -> Result<Scaffold, String> {
    scaffold_city_on(id, name, prefecture, &today())
}

/// [`scaffold_city`] with the review date given, as `YYYY-MM-DD`.
pub fn scaffold_city_on(id: &str, name: &str, prefecture: &str, reviewed: &str) -> Result<Scaffold, String> {
    if !is_ascii_id(id) || id == NATIONAL_SCOPE {
        return Err(format!(
            "the city id `{id}` is not usable: use lower-case ASCII letters, digits and `-` (e.g. `izu`); it becomes the city's URL"
        ));
    }
    let name = name.trim();
    let prefecture = prefecture.trim();
    if name.is_empty() {
        return Err("the city needs a name, e.g. --name 伊豆市".to_string());
    }
    if name.contains(['\n', '\r']) || prefecture.contains(['\n', '\r']) {
        return Err("the name and the prefecture must be one line each".to_string());
    }
    if reviewed.parse::<toml::value::Datetime>().map_or(true, |date| date.date.is_none() || date.time.is_some()) {
        return Err(format!("`{reviewed}` is not a date such as 2026-04-01"));
    }
    let quoted_name = quote(name);
    let files = vec![
        (format!("cities/{id}/index.md"), index_md(id, name, prefecture, reviewed)),
        (format!("cities/{id}/windows.toml"), windows_toml(name, reviewed)),
        (format!("cities/{id}/guides/resident.toml"), RESIDENT_FLOW.to_string()),
        (format!("cities/{id}/guides/staff.toml"), STAFF_FLOW.to_string()),
    ];
    let site_toml_entry =
        format!("\n[[cities]]\nid = \"{id}\"\nname = {quoted_name}\nprefecture = {}\n", quote(prefecture));
    Ok(Scaffold { id: id.to_string(), files, site_toml_entry })
}

impl Scaffold {
    /// Adds the files to `tree` and the entry to its site.toml. Refuses, changing nothing, if the
    /// tree has no site.toml, already declares the city, or already has one of the files.
    pub fn apply_to(&self, tree: &mut ContentTree) -> Result<(), String> {
        let site_toml = match tree.text("site.toml") {
            Some(Ok(text)) => text.to_string(),
            Some(Err(error)) => return Err(error.to_string()),
            None => {
                return Err(format!("{} does not exist: run this in a content folder", tree.display_of("site.toml")))
            }
        };
        let declared = toml::from_str::<toml::Table>(&site_toml).ok().is_some_and(|table| {
            table.get("cities").and_then(|cities| cities.as_array()).is_some_and(|cities| {
                cities.iter().any(|city| city.get("id").and_then(|id| id.as_str()) == Some(self.id.as_str()))
            })
        });
        if declared {
            return Err(format!("site.toml already declares the city `{}`", self.id));
        }
        if let Some((path, _)) = self.files.iter().find(|(path, _)| tree.get(path).is_some()) {
            return Err(format!("{} already exists; choose another id or remove it first", tree.display_of(path)));
        }
        let mut new_site_toml = site_toml;
        if !new_site_toml.ends_with('\n') {
            new_site_toml.push('\n');
        }
        new_site_toml.push_str(&self.site_toml_entry);
        tree.insert("site.toml", new_site_toml.into_bytes());
        for (path, text) in &self.files {
            tree.insert(path, text.clone().into_bytes());
        }
        Ok(())
    }
}

impl Scaffold {
    /// Writes the files into the content folder `content_dir` and appends the entry to its
    /// site.toml, after the same checks as [`Scaffold::apply_to`] (nothing is written if one
    /// fails). Returns the paths written, site.toml last.
    pub fn write_to(&self, content_dir: &Path) -> Result<Vec<PathBuf>, String> {
        let site_toml_path = content_dir.join("site.toml");
        let site_toml = std::fs::read(&site_toml_path).map_err(|error| {
            format!("{}: cannot be read ({error}): give the content folder", display(&site_toml_path))
        })?;
        let mut tree = ContentTree::new(&display(content_dir));
        tree.insert("site.toml", site_toml);
        for (path, _) in &self.files {
            if content_dir.join(path).exists() {
                tree.insert(path, Vec::new());
            }
        }
        self.apply_to(&mut tree)?;
        let mut written = Vec::new();
        for (path, text) in &self.files {
            let target = content_dir.join(path);
            let parent = target.parent().unwrap_or(content_dir);
            std::fs::create_dir_all(parent)
                .and_then(|()| std::fs::write(&target, text))
                .map_err(|error| format!("{}: cannot be written: {error}", display(&target)))?;
            written.push(target);
        }
        let new_site_toml = tree.get("site.toml").map(|file| file.bytes.clone()).unwrap_or_default();
        std::fs::write(&site_toml_path, new_site_toml)
            .map_err(|error| format!("{}: cannot be written: {error}", display(&site_toml_path)))?;
        written.push(site_toml_path);
        Ok(written)
    }
}

/// A TOML string literal.
fn quote(value: &str) -> String {
    toml::Value::String(value.to_string()).to_string()
}

fn index_md(id: &str, name: &str, prefecture: &str, reviewed: &str) -> String {
    format!(
        r#"+++
title = {title}
summary = {summary}
scope = "{id}"
department = {department}
reviewed = {reviewed}
legal_basis = ["社会福祉法第106条の5"]
order = 1
+++

{prefecture}{name}の重層的支援体制整備事業を紹介するページです。

このページは `tsunagu new-city` が作ったひな形です。実施計画の概要、計画の期間、事業を担当する所管課を書いてください。所管課が決まったら、上の `department` も書き換えます。

## 相談窓口 {{#windows}}

[{name}の相談窓口](@cities/{id}/windows)には、いまは例の窓口が一つだけあります。`cities/{id}/windows.toml` を、計画に載っている窓口に書き換えてください。

## 相談先ガイド {{#guides}}

[{name}の相談先ガイド](@cities/{id}/guides)は、質問の言葉を全国共通のもの（`guides/resident.prose.md` と `guides/staff.prose.md`）から使います。どの答えも例の窓口に案内するので、窓口を書き足したら `cities/{id}/guides/` の案内先も直してください。
"#,
        title = quote(&format!("{name} 重層的支援体制整備事業")),
        summary = quote(&format!("{name}の重層的支援体制整備事業と相談窓口を紹介します。")),
        department = quote(name),
    )
}

fn windows_toml(name: &str, reviewed: &str) -> String {
    format!(
        r#"# {name}の相談窓口と、事業を担う機関。
# いまあるのは例の窓口だけです。実施計画の表に載っている窓口に書き換えてください。
# 電話番号（phone）・受付時間（hours）・所在地（address, postal_code）・地図（map_url）・公式ページ（url）は、
# 確かめたものだけを書きます（電話番号がないと、代表電話などで所管課の番号を確かめるよう案内します）。
# 書き方は README「相談窓口のデータ」を見てください。

# 窓口の一覧ページの根拠法令。
legal_basis = ["社会福祉法第106条の4"]

[[windows]]
id = "{EXAMPLE_WINDOW}"
name = {window_name}
summary = "例として置いた窓口です。市の実際の相談窓口に書き換えてください。"
audiences = ["general"]
target = "だれでも"
department = "記載なし"
reviewed = {reviewed}
source = "tsunagu new-city が作った例"

[[windows.roles]]
programme = 1
business = "包括的相談支援事業"
"#,
        window_name = quote(&format!("{name}の福祉の相談窓口（例）")),
    )
}

/// The resident guide: the national questions `danger`, `who` and `trouble`, and the outcomes
/// `emergency`, `several-fields` and `one-field`, all worded by `guides/resident.prose.md`.
const RESIDENT_FLOW: &str = r#"# 住民向けの相談先ガイド。質問と案内の言葉は guides/resident.prose.md（全国共通）から使います。
# いまは、どの答えも例の窓口に案内します。窓口を書き足したら、outcomes の windows と when を直してください。
# 根拠法令（包括的相談支援事業）。ページの「根拠」欄に出ます。
legal_basis = ["社会福祉法第106条の4"]
start = "danger"

[[questions]]
id = "danger"
kind = "single"
options = ["yes", "no"]

[[questions.routes]]
when = { any_of = { question = "danger", options = ["yes"] } }
next = "emergency"

[[questions.routes]]
next = "who"

[[questions]]
id = "who"
kind = "single"
options = ["self", "family", "other"]

[[questions.routes]]
next = "trouble"

[[questions]]
id = "trouble"
kind = "multiple"
options = ["care", "disability", "child-rearing", "school", "money", "isolation", "other", "none"]
exclusive = ["none"]

[[questions.routes]]
when = { at_least = { question = "trouble", count = 2 } }
next = "several-fields"

[[questions.routes]]
next = "one-field"

[[outcomes]]
id = "emergency"
urgent = true

[[outcomes.windows]]
window = "soudan-madoguchi"
reason = "安全になってから、これからのことを相談できます。"

[[outcomes]]
id = "several-fields"

[[outcomes.windows]]
window = "soudan-madoguchi"
reason = "いくつもの困りごとを、まとめて受け止めます。"
first = true

[[outcomes]]
id = "one-field"

[[outcomes.windows]]
window = "soudan-madoguchi"
reason = "分野にかかわらず相談を受け止め、必要な窓口につなぎます。"
first = true
"#;

/// The staff guide: the national questions `fields`, `urgency` and `consent`, and the outcomes
/// `urgent-response`, `connect`, `jusou-kaigi` and `shien-kaigi`, worded by `guides/staff.prose.md`.
const STAFF_FLOW: &str = r#"# 職員向けのつなぎ先ガイド。質問と案内の言葉は guides/staff.prose.md（全国共通）から使います。
# いまは、どの答えも例の窓口に案内します。分野の窓口と、多機関協働事業の窓口を書き足してください。
# 根拠法令（包括的相談支援事業と、支援会議を定める第106条の6）。ページの「根拠」欄に出ます。
legal_basis = ["社会福祉法第106条の4", "社会福祉法第106条の6"]
start = "fields"

[[questions]]
id = "fields"
kind = "multiple"
options = ["care", "disability", "child", "poverty", "isolation", "health", "other", "none"]
exclusive = ["none"]

[[questions.routes]]
next = "urgency"

[[questions]]
id = "urgency"
kind = "single"
options = ["now", "soon", "later"]

[[questions.routes]]
when = { any_of = { question = "urgency", options = ["now"] } }
next = "urgent-response"

[[questions.routes]]
when = { at_least = { question = "fields", count = 2 } }
next = "consent"

[[questions.routes]]
next = "connect"

[[questions]]
id = "consent"
kind = "single"
options = ["yes", "no"]
unknown = true

[[questions.routes]]
when = { any_of = { question = "consent", options = ["yes"] } }
next = "jusou-kaigi"

[[questions.routes]]
next = "shien-kaigi"

[[outcomes]]
id = "urgent-response"
urgent = true

[[outcomes.windows]]
window = "soudan-madoguchi"
reason = "安全の確認と対応を相談します。"
first = true

[[outcomes]]
id = "connect"

[[outcomes.windows]]
window = "soudan-madoguchi"
reason = "分野の窓口につなぎます。"
first = true

[[outcomes]]
id = "jusou-kaigi"

[[outcomes.windows]]
window = "soudan-madoguchi"
reason = "本人の同意のもとで、重層的支援会議で話し合うよう相談します。"
first = true

[[outcomes]]
id = "shien-kaigi"

[[outcomes.windows]]
window = "soudan-madoguchi"
reason = "同意がなくても、支援会議で話し合うよう相談します。"
first = true
"#;

/// Today's date in Japan as `YYYY-MM-DD` (days since 1970 turned into a civil date).
fn today() -> String {
    let seconds =
        std::time::SystemTime::now().duration_since(std::time::UNIX_EPOCH).map_or(0, |elapsed| elapsed.as_secs());
    // The date in Japan (UTC+9), where the cities are: a city added at 8 a.m. is dated that day.
    let days = ((seconds + 9 * 3_600) / 86_400) as i64;
    // Howard Hinnant's days-to-civil algorithm.
    let z = days + 719_468;
    let era = z.div_euclid(146_097);
    let day_of_era = z - era * 146_097;
    let year_of_era = (day_of_era - day_of_era / 1_460 + day_of_era / 36_524 - day_of_era / 146_096) / 365;
    let day_of_year = day_of_era - (365 * year_of_era + year_of_era / 4 - year_of_era / 100);
    let month_index = (5 * day_of_year + 2) / 153;
    let day = day_of_year - (153 * month_index + 2) / 5 + 1;
    let month = if month_index < 10 { month_index + 3 } else { month_index - 9 };
    let year = year_of_era + era * 400 + i64::from(month <= 2);
    format!("{year:04}-{month:02}-{day:02}")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_scaffold_has_the_four_files_and_a_site_toml_entry() {
        let scaffold = scaffold_city_on("atami", "熱海市", "静岡県", "2026-04-01").unwrap();
        let paths: Vec<&str> = scaffold.files.iter().map(|(path, _)| path.as_str()).collect();
        assert_eq!(
            paths,
            [
                "cities/atami/index.md",
                "cities/atami/windows.toml",
                "cities/atami/guides/resident.toml",
                "cities/atami/guides/staff.toml"
            ]
        );
        assert_eq!(
            scaffold.site_toml_entry,
            "\n[[cities]]\nid = \"atami\"\nname = \"熱海市\"\nprefecture = \"静岡県\"\n"
        );
        let windows = &scaffold.files[1].1;
        assert!(!windows.contains("phone =") && !windows.contains("address ="), "no invented contact");
    }

    #[test]
    fn unusable_ids_and_names_are_refused() {
        assert!(scaffold_city_on("Atami", "熱海市", "", "2026-04-01").unwrap_err().contains("lower-case"));
        assert!(scaffold_city_on("national", "熱海市", "", "2026-04-01").is_err());
        assert!(scaffold_city_on("atami", " ", "", "2026-04-01").unwrap_err().contains("name"));
        assert!(scaffold_city_on("atami", "熱海市", "", "四月").is_err());
    }

    #[test]
    fn today_is_a_date() {
        let date = today();
        assert!(date.parse::<toml::value::Datetime>().is_ok_and(|date| date.date.is_some()), "{date}");
    }
}
