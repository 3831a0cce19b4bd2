//! Each success criterion's result from a test run: a violation fails it; a browser test that
//! verified it and passed makes it 適合; axe-core rules for it passing on every page (with
//! nothing left undecided) make it 自動試験で問題なし (not 適合: a machine checks only part of a
//! criterion, so a person still has to confirm it); no tested page having the content it is
//! about makes it 非該当; anything else is 要目視 (no test covers it), said plainly.

use crate::content::accessibility::criteria::{Criterion, Feature};
use crate::content::accessibility::run::TestRun;

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
    /// The 「結果」 column.
    pub fn result_label(&self) -> &'static str {
        match self {
            Verdict::Fails { .. } => "不適合",
            Verdict::CheckedByTests { .. } => "適合",
            Verdict::PassedAutomatically { .. } => "自動試験で問題なし",
            Verdict::NotApplicable { .. } => "非該当",
            Verdict::NeedsReview { .. } => "要目視",
        }
    }

    /// The 「適用」 column: whether the criterion applies to the site.
    pub fn applies_label(&self) -> &'static str {
        match self {
            Verdict::NotApplicable { .. } => "なし",
            _ => "あり",
        }
    }

    /// How the result was reached, for the 「確認の方法と注記」 column.
    pub fn method(&self) -> String {
        match self {
            Verdict::Fails { violations } => format!("axe-core が {violations} 件の違反を見つけました。"),
            Verdict::CheckedByTests { checks, axe_passed } => {
                let mut text = format!("ブラウザ試験で確認：{}。", checks.join("／"));
                if *axe_passed > 0 {
                    text.push_str(&format!("axe-core の {axe_passed} 件の確認にも合格。"));
                }
                text
            }
            Verdict::PassedAutomatically { passed, rules } => {
                format!("axe-core の {passed} 件の確認に合格（ルール：{}）。", rules.join("、"))
            }
            Verdict::NotApplicable { absent } => {
                let kinds: Vec<&str> = absent.iter().map(|feature| feature.label()).collect();
                format!("試験したどのページにも、{}がありません。", kinds.join("や"))
            }
            Verdict::NeedsReview { undecided: 0 } => "この試験では自動で確かめられません。人が確認します。".to_string(),
            Verdict::NeedsReview { undecided } => {
                format!("axe-core が判断できなかった箇所が {undecided} 件あります。人が確認します。")
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
