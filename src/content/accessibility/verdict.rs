//! Each success criterion's result from a test run: a violation fails it; a browser test that
//! verified it and passed makes it 適合; axe-core rules for it passing on every page (with
//! nothing left undecided) make it 自動試験で問題なし (not 適合: a machine checks only part of a
//! criterion, so a person still has to confirm it); no tested page having the content it is
//! about makes it 非該当; anything else is 要目視 (no test covers it), said plainly.

use crate::content::accessibility::criteria::{Criterion, Feature};
use crate::content::accessibility::run::TestRun;
use crate::i18n::{ja, ja_with};

/// The result of one criterion.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Verdict {
    /// axe-core found violations on some page.
    Fails {
        /// Elements in violation.
        violations: u64,
    },
    /// Browser tests that verify it passed in this run.
    CheckedByTests {
        /// What each test verified, in its words.
        checks: Vec<String>,
        /// axe-core checks passed as well (0 when no rule covers it).
        axe_passed: u64,
    },
    /// axe-core rules tagged with it passed on every tested page.
    PassedAutomatically {
        /// Checks passed.
        passed: u64,
        /// The rules.
        rules: Vec<String>,
    },
    /// No tested page has the content it is about.
    NotApplicable {
        /// The kinds of content none of the pages has.
        absent: Vec<Feature>,
    },
    /// No test in this run decides it: to be checked by a person.
    NeedsReview {
        /// Elements axe-core could not decide on.
        undecided: u64,
    },
}

impl Verdict {
    /// The 「結果」 column (`accessibility-verdict-*` in the catalogue).
    pub fn result_label(&self) -> String {
        ja(match self {
            Verdict::Fails { .. } => "accessibility-verdict-fails",
            Verdict::CheckedByTests { .. } => "accessibility-verdict-checked",
            Verdict::PassedAutomatically { .. } => "accessibility-verdict-automatic",
            Verdict::NotApplicable { .. } => "accessibility-verdict-not-applicable",
            Verdict::NeedsReview { .. } => "accessibility-verdict-needs-review",
        })
    }

    /// The 「適用」 column: whether the criterion applies to the site.
    pub fn applies_label(&self) -> String {
        ja(match self {
            Verdict::NotApplicable { .. } => "accessibility-applies-no",
            _ => "accessibility-applies-yes",
        })
    }

    /// How the result was reached, for the 「確認の方法と注記」 column.
    pub fn method(&self) -> String {
        match self {
            Verdict::Fails { violations } => {
                ja_with("accessibility-method-fails", &[("violations", &violations.to_string())])
            }
            Verdict::CheckedByTests { checks, axe_passed } => {
                let mut text = ja_with("accessibility-method-checked", &[("checks", &checks.join("／"))]);
                if *axe_passed > 0 {
                    text.push_str(&ja_with("accessibility-method-checked-axe", &[("passed", &axe_passed.to_string())]));
                }
                text
            }
            Verdict::PassedAutomatically { passed, rules } => ja_with(
                "accessibility-method-automatic",
                &[("passed", &passed.to_string()), ("rules", &rules.join("、"))],
            ),
            Verdict::NotApplicable { absent } => {
                let kinds: Vec<&str> = absent.iter().map(|feature| feature.label()).collect();
                ja_with("accessibility-method-not-applicable", &[("kinds", &kinds.join("や"))])
            }
            Verdict::NeedsReview { undecided: 0 } => ja("accessibility-method-needs-review"),
            Verdict::NeedsReview { undecided } => {
                ja_with("accessibility-method-undecided", &[("undecided", &undecided.to_string())])
            }
        }
    }
}

/// Each criterion with its result in `run`.
pub fn verdicts<'a>(criteria: &'a [Criterion], run: &TestRun) -> Vec<(&'a Criterion, Verdict)> {
    criteria.iter().map(|criterion| (criterion, verdict(criterion, run))).collect()
}

fn verdict(criterion: &Criterion, run: &TestRun) -> Verdict {
    let axe = run.axe.get(&criterion.id).cloned().unwrap_or_default();
    if axe.violations > 0 {
        return Verdict::Fails { violations: axe.violations };
    }
    if let Some(checks) = run.checks.get(&criterion.id).filter(|checks| !checks.is_empty()) {
        return Verdict::CheckedByTests { checks: checks.clone(), axe_passed: axe.passed };
    }
    if !criterion.none_of.is_empty() && criterion.none_of.iter().all(|&feature| run.features.count(feature) == 0) {
        return Verdict::NotApplicable { absent: criterion.none_of.clone() };
    }
    if axe.passed > 0 && axe.incomplete == 0 {
        return Verdict::PassedAutomatically { passed: axe.passed, rules: axe.rules.into_iter().collect() };
    }
    Verdict::NeedsReview { undecided: axe.incomplete }
}

/// The criterion ids the run's browser tests name that `criteria` does not list.
pub fn unknown_checked_criteria(criteria: &[Criterion], run: &TestRun) -> Vec<String> {
    run.checks.keys().filter(|id| !criteria.iter().any(|criterion| &criterion.id == *id)).cloned().collect()
}
