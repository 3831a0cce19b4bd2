//! The success criteria the accessibility results are reported against, read from
//! `accessibility/criteria.toml` (data, not code: ids, Japanese names, levels, the WCAG version
//! that added each, and the kinds of content whose absence makes one 非該当), and checked.

use serde::Deserialize;

use crate::content::error::{line_and_column, ContentError};

/// Where the criteria live in the content tree (the national layer ships them).
pub const CRITERIA_FILE: &str = "accessibility/criteria.toml";

/// The format of the criteria file this tsunagu reads.
const CRITERIA_FORMAT: i64 = 1;

/// How many success criteria JIS X 8341-3:2016 (WCAG 2.0) has at levels A and AA.
pub const JIS_2016_A_AA_COUNT: usize = 38;

/// A conformance level the site aims at (AAA is not part of the target).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Deserialize)]
pub enum Level {
    /// Level A.
    A,
    /// Level AA.
    AA,
}

impl Level {
    /// As the results table writes it.
    pub fn label(self) -> &'static str {
        match self {
            Level::A => "A",
            Level::AA => "AA",
        }
    }
}

/// The WCAG version that added a criterion: 2.0 is JIS X 8341-3:2016.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Deserialize)]
pub enum Since {
    /// WCAG 2.0 = JIS X 8341-3:2016.
    #[serde(rename = "2.0")]
    Wcag20,
    /// Added by WCAG 2.1.
    #[serde(rename = "2.1")]
    Wcag21,
    /// Added by WCAG 2.2.
    #[serde(rename = "2.2")]
    Wcag22,
}

impl Since {
    /// 「WCAG 2.1」 and so on.
    pub fn label(self) -> &'static str {
        match self {
            Since::Wcag20 => "WCAG 2.0",
            Since::Wcag21 => "WCAG 2.1",
            Since::Wcag22 => "WCAG 2.2",
        }
    }
}

/// A kind of content the browser tests count on every tested page (see `run::Features`).
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum Feature {
    /// `<video>`, `<audio>`, `<object>`, `<embed>` or `<iframe>`.
    Media,
    /// Running animations, `<marquee>` or `<blink>`.
    Moving,
    /// `<img>` or `<input type="image">`.
    Images,
    /// A form sent with `method="post"`.
    Posting,
}

impl Feature {
    /// What the kind is, in the words of the results page.
    pub fn label(self) -> &'static str {
        match self {
            Feature::Media => "音声や映像（video、audio、object、embed、iframe 要素）",
            Feature::Moving => "動くもの（アニメーション、marquee、blink 要素）",
            Feature::Images => "画像（img 要素、画像のボタン）",
            Feature::Posting => "データを送信するフォーム（method=\"post\"）",
        }
    }
}

/// One success criterion.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Criterion {
    /// Its number, e.g. `1.4.10`.
    pub id: String,
    /// Its Japanese name.
    pub name: String,
    /// A or AA.
    pub level: Level,
    /// The WCAG version that added it.
    pub since: Since,
    /// Not applicable when no tested page has any of these.
    pub none_of: Vec<Feature>,
    /// A remark shown with its result.
    pub note: Option<String>,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
struct CriteriaFile {
    format: i64,
    criteria: Vec<toml::Spanned<CriterionField>>,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
struct CriterionField {
    id: String,
    name: String,
    level: Level,
    since: Since,
    #[serde(default)]
    none_of: Vec<Feature>,
    #[serde(default)]
    note: Option<String>,
}

/// The number of a criterion as three numbers, if it is written `N.N.N`.
pub fn criterion_number(id: &str) -> Option<(u32, u32, u32)> {
    let mut parts = id.split('.');
    let mut next = || -> Option<u32> {
        let part = parts.next()?;
        (!part.is_empty() && part.len() <= 2 && part.bytes().all(|b| b.is_ascii_digit())).then(|| part.parse().ok())?
    };
    let number = (next()?, next()?, next()?);
    parts.next().is_none().then_some(number)
}

/// Reads and checks the criteria file `file` (its text `text`): every problem, with its line.
pub fn read_criteria(file: &str, text: &str) -> Result<Vec<Criterion>, Vec<ContentError>> {
    let parsed: CriteriaFile = ContentError::parse_toml(file, text, "the accessibility criteria file", "Each [[criteria]] needs id = \"1.1.1\", name, level = \"A\" or \"AA\" and since = \"2.0\", \"2.1\" or \"2.2\"; none_of may list media, moving, images, posting.").map_err(|error| vec![error])?;
    let mut errors = Vec::new();
    if parsed.format != CRITERIA_FORMAT {
        errors.push(ContentError::at_line(
            file,
            1,
            format!(
                "the criteria file has format = {}, but this tsunagu reads format {CRITERIA_FORMAT}",
                parsed.format
            ),
            "Take accessibility/criteria.toml from this version of tsunagu, or update tsunagu.",
        ));
    }
    let mut criteria: Vec<Criterion> = Vec::new();
    let mut previous: Option<(Since, (u32, u32, u32))> = None;
    for spanned in parsed.criteria {
        let line = line_and_column(text, spanned.span().start).0;
        let field = spanned.into_inner();
        let at = |message: String, hint: &str| ContentError::at_line(file, line, message, hint);
        let Some(number) = criterion_number(&field.id) else {
            errors.push(at(
                format!("`{}` is not a success criterion number", field.id),
                "Write the number as WCAG does, three numbers with dots, e.g. id = \"1.4.10\".",
            ));
            continue;
        };
        if criteria.iter().any(|known| known.id == field.id) {
            errors.push(at(format!("the criterion {} is listed twice", field.id), "Keep one entry per criterion."));
            continue;
        }
        if let Some(before) = previous.filter(|&before| before >= (field.since, number)) {
            errors.push(at(
                format!("the criterion {} comes after {}.{}.{}", field.id, before.1 .0, before.1 .1, before.1 .2),
                "List the criteria of WCAG 2.0 first, then those 2.1 added, then 2.2's, each group in number order.",
            ));
        }
        previous = Some((field.since, number));
        if field.name.trim().is_empty() {
            errors.push(at(
                format!("the criterion {} has no name", field.id),
                "Give its Japanese name as JIS X 8341-3:2016 or the WAIC translation writes it.",
            ));
        }
        criteria.push(Criterion {
            id: field.id,
            name: field.name.trim().to_string(),
            level: field.level,
            since: field.since,
            none_of: field.none_of,
            note: field.note.filter(|note| !note.trim().is_empty()),
        });
    }
    let jis = criteria.iter().filter(|criterion| criterion.since == Since::Wcag20).count();
    if errors.is_empty() && jis != JIS_2016_A_AA_COUNT {
        errors.push(ContentError::at_line(
            file,
            1,
            format!("the criteria file lists {jis} criteria of WCAG 2.0, but JIS X 8341-3:2016 has {JIS_2016_A_AA_COUNT} at levels A and AA"),
            "List every level A and AA criterion of JIS X 8341-3:2016 with since = \"2.0\": the target is the whole standard.",
        ));
    }
    if errors.is_empty() {
        Ok(criteria)
    } else {
        Err(errors)
    }
}
