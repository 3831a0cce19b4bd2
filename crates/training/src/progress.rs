//! The learner's record, as kept on the device: modules done, self-check scores and cases tried,
//! each with its date. Read defensively (a missing, old, damaged or oversized record reads as
//! `None`, never a crash), written in one place, the same text for storage and for export.

use std::collections::BTreeMap;

use serde::{Deserialize, Serialize};

/// The localStorage key of the record. Bump the version when the format changes.
pub const PROGRESS_KEY: &str = "tsunagu.training.v1";
/// The format version written in the record (and checked on import).
pub const PROGRESS_VERSION: u32 = 1;
/// The largest record read, from storage or from an imported file (bytes).
pub const MAX_PROGRESS_BYTES: usize = 64 * 1024;
/// The most entries of each kind a record may hold.
pub const MAX_ENTRIES: usize = 300;
/// The most questions a self-check score may count.
const MAX_QUESTIONS: u32 = 100;

/// One self-check's best recorded try.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct QuizScore {
    /// Questions answered right.
    pub right: u32,
    /// Questions in the self-check.
    pub total: u32,
    /// The day of the try, YYYY-MM-DD.
    pub date: String,
}

/// One case tried.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct CaseTry {
    /// Whether the learner's meeting choice matched the guide's.
    pub matched: bool,
    /// The day of the try, YYYY-MM-DD.
    pub date: String,
}

/// The whole record.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Progress {
    /// Always [`PROGRESS_VERSION`].
    pub version: u32,
    /// Modules marked done: module id → day.
    #[serde(default)]
    pub modules: BTreeMap<String, String>,
    /// Self-check scores: module id → score.
    #[serde(default)]
    pub quizzes: BTreeMap<String, QuizScore>,
    /// Cases tried: case id → try.
    #[serde(default)]
    pub cases: BTreeMap<String, CaseTry>,
}

impl Default for Progress {
    fn default() -> Self {
        Progress {
            version: PROGRESS_VERSION,
            modules: BTreeMap::new(),
            quizzes: BTreeMap::new(),
            cases: BTreeMap::new(),
        }
    }
}

impl Progress {
    /// Reads a stored or imported record; `None` for anything too large, of another version, or
    /// holding a value that could not have been written here (ids, dates, scores).
    pub fn read(text: &str) -> Option<Progress> {
        if text.len() > MAX_PROGRESS_BYTES {
            return None;
        }
        let progress: Progress = serde_json::from_str(text).ok()?;
        progress.is_sound().then_some(progress)
    }

    /// The record as text, for storage and for the exported file.
    pub fn write(&self) -> String {
        serde_json::to_string_pretty(self).unwrap_or_default()
    }

    /// Whether nothing is recorded.
    pub fn is_empty(&self) -> bool {
        self.modules.is_empty() && self.quizzes.is_empty() && self.cases.is_empty()
    }

    /// Records a self-check try, keeping the best score (a later try on a tie, for its date).
    pub fn record_quiz(&mut self, module: &str, right: u32, total: u32, date: &str) {
        let better = self.quizzes.get(module).is_none_or(|kept| right >= kept.right);
        if better {
            self.quizzes.insert(module.to_string(), QuizScore { right, total, date: date.to_string() });
        }
    }

    fn is_sound(&self) -> bool {
        self.version == PROGRESS_VERSION
            && self.modules.len() <= MAX_ENTRIES
            && self.quizzes.len() <= MAX_ENTRIES
            && self.cases.len() <= MAX_ENTRIES
            && self.modules.iter().all(|(id, date)| is_id(id) && is_date(date))
            && self.quizzes.iter().all(|(id, score)| {
                is_id(id) && is_date(&score.date) && score.right <= score.total && score.total <= MAX_QUESTIONS
            })
            && self.cases.iter().all(|(id, tried)| is_id(id) && is_date(&tried.date))
    }
}

/// A module or case id as the build writes them: 1–64 lower-case ASCII letters, digits and `-`.
pub fn is_id(id: &str) -> bool {
    (1..=64).contains(&id.len()) && id.bytes().all(|b| b.is_ascii_lowercase() || b.is_ascii_digit() || b == b'-')
}

/// A day as YYYY-MM-DD with a month 01–12 and a day 01–31.
pub fn is_date(date: &str) -> bool {
    let bytes = date.as_bytes();
    if bytes.len() != 10 || bytes[4] != b'-' || bytes[7] != b'-' {
        return false;
    }
    let digits = |range: std::ops::Range<usize>| -> Option<u32> {
        bytes[range].iter().try_fold(0u32, |n, b| b.is_ascii_digit().then(|| n * 10 + u32::from(b - b'0')))
    };
    matches!((digits(0..4), digits(5..7), digits(8..10)), (Some(_), Some(1..=12), Some(1..=31)))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn sample() -> Progress {
        let mut progress = Progress::default();
        progress.modules.insert("law".into(), "2026-11-30".into());
        progress.record_quiz("law", 2, 3, "2026-11-30");
        progress.cases.insert("komae-8050".into(), CaseTry { matched: false, date: "2026-11-30".into() });
        progress
    }

    #[test]
    fn a_record_round_trips_through_its_text() {
        let progress = sample();
        assert_eq!(Progress::read(&progress.write()), Some(progress));
    }

    #[test]
    fn damaged_old_or_oversized_records_are_ignored() {
        let old = sample().write().replace("\"version\": 1", "\"version\": 0");
        let bad_date = sample().write().replace("2026-11-30", "yesterday");
        let bad_score = sample().write().replace("\"right\": 2", "\"right\": 9");
        let bad_id = sample().write().replace("komae-8050", "<script>");
        let huge = format!("{{\"version\":1,\"modules\":{{\"a\":\"{}\"}}}}", "x".repeat(MAX_PROGRESS_BYTES));
        for junk in [
            "",
            "null",
            "[]",
            "{",
            "large",
            old.as_str(),
            bad_date.as_str(),
            bad_score.as_str(),
            bad_id.as_str(),
            huge.as_str(),
        ] {
            assert_eq!(Progress::read(junk), None, "{}", &junk[..junk.len().min(60)]);
        }
    }

    #[test]
    fn the_best_self_check_score_is_kept() {
        let mut progress = sample();
        progress.record_quiz("law", 1, 3, "2026-12-01");
        assert_eq!(progress.quizzes["law"].right, 2);
        progress.record_quiz("law", 3, 3, "2026-12-02");
        assert_eq!(progress.quizzes["law"], QuizScore { right: 3, total: 3, date: "2026-12-02".into() });
    }

    #[test]
    fn dates_are_checked_by_shape() {
        assert!(is_date("2026-11-30"));
        for bad in ["2026-13-01", "2026-1-01", "26-11-30", "2026/11/30", "2026-11-00"] {
            assert!(!is_date(bad), "{bad}");
        }
    }
}
