//! The record of a test run, as the browser tests append it (one JSON object a line, see
//! `tests/browser/accessibility-record.mjs`): read, checked and summed up for the results page.
//! A file with no records is the plain "not recorded" state; a bad or older one is a clear error.

use std::collections::{BTreeMap, BTreeSet};

use serde::Deserialize;

use crate::content::error::ContentError;
use crate::content::plan::dates::Day;

/// The format of the records this tsunagu reads (each line carries `"format": 1`).
pub const RUN_FORMAT: u64 = 1;

/// The most lines a run file may have (about 200 pages and 100 checks make 400).
pub const MAX_RUN_LINES: usize = 200_000;

/// The most bytes a run file may have.
pub const MAX_RUN_BYTES: u64 = 64 * 1024 * 1024;

/// Whether this build has a test run to report.
#[derive(Debug, Clone, PartialEq, Default)]
pub enum RecordedRun {
    /// No test run was handed to the build (a preview, or a build without `--test-results`).
    #[default]
    NotRecorded,
    /// The run, summed up.
    Recorded(TestRun),
}

/// How often the tested pages hold each kind of content (`criteria::Feature`).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Features {
    /// `<video>`, `<audio>`, `<object>`, `<embed>`, `<iframe>`.
    pub media: u64,
    /// Running animations, `<marquee>`, `<blink>`.
    pub moving: u64,
    /// `<img>`, `<input type="image">`.
    pub images: u64,
    /// Forms sent with `method="post"`.
    pub posting: u64,
}

impl Features {
    fn add(&mut self, other: Features) {
        self.media = self.media.saturating_add(other.media);
        self.moving = self.moving.saturating_add(other.moving);
        self.images = self.images.saturating_add(other.images);
        self.posting = self.posting.saturating_add(other.posting);
    }

    /// How many of the kind `feature` the tested pages hold.
    pub fn count(&self, feature: super::criteria::Feature) -> u64 {
        use super::criteria::Feature;
        match feature {
            Feature::Media => self.media,
            Feature::Moving => self.moving,
            Feature::Images => self.images,
            Feature::Posting => self.posting,
        }
    }
}

/// What axe-core found for one criterion over every tested page.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct AxeFindings {
    /// Checks passed (elements, summed over rules and pages).
    pub passed: u64,
    /// The rules that passed somewhere.
    pub rules: BTreeSet<String>,
    /// Violations (elements).
    pub violations: u64,
    /// Elements axe-core could not decide on (its "incomplete").
    pub incomplete: u64,
}

/// A test run, summed up.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct TestRun {
    /// The first and last day a record was written (in Japan).
    pub first_day: Option<Day>,
    /// See `first_day`.
    pub last_day: Option<Day>,
    /// The axe-core versions that ran (one, normally).
    pub axe_versions: BTreeSet<String>,
    /// The browsers that ran the tests.
    pub browsers: BTreeSet<String>,
    /// Every tested page, as its path under the site's base (`""` is the home page), sorted.
    pub pages: Vec<String>,
    /// axe-core's findings per criterion id.
    pub axe: BTreeMap<String, AxeFindings>,
    /// The browser tests that verified each criterion id and passed, in the words they gave.
    pub checks: BTreeMap<String, Vec<String>>,
    /// Kinds of content over every tested page.
    pub features: Features,
}

#[derive(Debug, Deserialize)]
#[serde(tag = "kind", rename_all = "kebab-case")]
enum Record {
    /// axe-core's results on one page.
    Axe {
        date: String,
        page: String,
        version: String,
        browser: String,
        passes: Vec<RuleCount>,
        violations: Vec<RuleCount>,
        incomplete: Vec<RuleCount>,
        features: Features,
    },
    /// A browser test that verified criteria and passed.
    Check { date: String, criteria: Vec<String>, what: String },
}

#[derive(Debug, Deserialize)]
struct RuleCount {
    rule: String,
    criteria: Vec<String>,
    nodes: u64,
}

/// Reads the run file `file` (its text `text`). No records at all is [`RecordedRun::NotRecorded`].
pub fn read_run(file: &str, text: &str) -> Result<RecordedRun, ContentError> {
    let again = "Run the tests again (scripts/test.sh writes the file afresh), or build without --test-results.";
    let mut run = TestRun::default();
    let mut pages = BTreeSet::new();
    let mut records = 0;
    for (index, raw) in text.lines().enumerate() {
        let line = index + 1;
        if line > MAX_RUN_LINES {
            return Err(ContentError::at_line(
                file,
                line,
                format!("the test run has more than {MAX_RUN_LINES} lines"),
                again,
            ));
        }
        let raw = raw.trim();
        if raw.is_empty() {
            continue;
        }
        let value: serde_json::Value = serde_json::from_str(raw).map_err(|error| {
            ContentError::at_line(file, line, format!("this line of the test run is not JSON ({error})"), again)
        })?;
        match value.get("format").and_then(serde_json::Value::as_u64) {
            Some(RUN_FORMAT) => {}
            other => {
                let written = other.map_or("no format".to_string(), |format| format!("format {format}"));
                return Err(ContentError::at_line(
                    file,
                    line,
                    format!("the test run is in {written}, but this tsunagu reads format {RUN_FORMAT}"),
                    format!("The file was written by another version of the tests. {again}"),
                ));
            }
        }
        let record: Record = serde_json::from_value(value).map_err(|error| {
            ContentError::at_line(
                file,
                line,
                format!("this record of the test run is not one tsunagu knows ({error})"),
                again,
            )
        })?;
        let date = match &record {
            Record::Axe { date, .. } | Record::Check { date, .. } => date.clone(),
        };
        let Some(day) = parse_day(&date) else {
            return Err(ContentError::at_line(
                file,
                line,
                format!("the record's date `{date}` is not a date written YYYY-MM-DD"),
                again,
            ));
        };
        run.first_day = Some(run.first_day.map_or(day, |first| first.min(day)));
        run.last_day = Some(run.last_day.map_or(day, |last| last.max(day)));
        records += 1;
        match record {
            Record::Axe { page, version, browser, passes, violations, incomplete, features, .. } => {
                pages.insert(page);
                run.axe_versions.insert(version);
                run.browsers.insert(browser);
                run.features.add(features);
                for rule in passes {
                    for criterion in &rule.criteria {
                        let found = run.axe.entry(criterion.clone()).or_default();
                        found.passed = found.passed.saturating_add(rule.nodes);
                        found.rules.insert(rule.rule.clone());
                    }
                }
                for rule in violations {
                    for criterion in rule.criteria {
                        let found = run.axe.entry(criterion).or_default();
                        found.violations = found.violations.saturating_add(rule.nodes.max(1));
                    }
                }
                for rule in incomplete {
                    for criterion in rule.criteria {
                        let found = run.axe.entry(criterion).or_default();
                        found.incomplete = found.incomplete.saturating_add(rule.nodes);
                    }
                }
            }
            Record::Check { criteria, what, .. } => {
                for criterion in criteria {
                    let whats = run.checks.entry(criterion).or_default();
                    if !whats.contains(&what) {
                        whats.push(what.clone());
                    }
                }
            }
        }
    }
    run.pages = pages.into_iter().collect();
    Ok(if records == 0 { RecordedRun::NotRecorded } else { RecordedRun::Recorded(run) })
}

/// `YYYY-MM-DD` as a day that exists.
fn parse_day(text: &str) -> Option<Day> {
    let mut parts = text.split('-');
    let year = parts.next().filter(|part| part.len() == 4)?.parse().ok()?;
    let month = parts.next().filter(|part| part.len() == 2)?.parse().ok()?;
    let day = parts.next().filter(|part| part.len() == 2)?.parse().ok()?;
    if parts.next().is_some() {
        return None;
    }
    Day::new(year, month, day)
}
