//! What search may find of the course (made with its pages in step 3c, read by
//! `content::search::records`): the pages that teach — the course page, each module, the case
//! list and each case's story — with the text their own Markdown does not hold (the course's
//! introduction, a module's goals, a case's city, theme and story) and each one's city. The
//! self-checks (their answers and explanations), the learner's record, the trainer's cards and a
//! case's guide answer stay out: found by search, they would give an exercise away.

use std::collections::BTreeMap;

use crate::content::outline::SectionText;
use crate::i18n::{ja, ja_with};

use super::cases::Case;
use super::course::Module;

/// The anchor of a case page's story (its 「相談の場面」 heading).
pub const STORY_ANCHOR: &str = "story";

/// The course's pages that search shows, by page id.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct SearchedCourse {
    pages: BTreeMap<String, ShownPage>,
}

/// How search shows a page of the course.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct ShownPage {
    /// Its city: a case's is the city whose staff guide answers it; the course page, the
    /// modules and the case list serve every city of the site (the sample course is built on
    /// all five), so theirs is empty, as a national page's is, and a city filter leaves them out.
    pub city: String,
    /// Only its sections, not its top (a case: its title names its theme, and a practice case
    /// is not a page about that theme; its story is found by its words).
    pub sections_only: bool,
}

impl SearchedCourse {
    /// Lets search show the page `id`.
    pub fn show(&mut self, id: &str, shown: ShownPage) {
        self.pages.insert(id.to_string(), shown);
    }

    /// How search shows the course page `id`, if it does (`None` for a self-check, the record,
    /// the trainer's cards, or a page the course did not make).
    pub fn shown(&self, id: &str) -> Option<&ShownPage> {
        self.pages.get(id)
    }
}

/// A page's lead (the text before its first heading): `text` alone, to stand before a page's
/// own sections.
pub fn lead(text: &str) -> SectionText {
    SectionText { id: String::new(), heading: String::new(), text: text.trim().to_string() }
}

/// A module's sections with its goals put before them, in the lead (where the page shows them,
/// in the box atop it).
pub fn with_goals(module: &Module, sections: &mut Vec<SectionText>) {
    let goals = module.goals.join(" ");
    match sections.first_mut().filter(|section| section.heading.is_empty()) {
        Some(first) => first.text = format!("{goals} {}", first.text).trim().to_string(),
        None => sections.insert(0, lead(&goals)),
    }
}

/// A case page's one section for search: its story under the page's 「相談の場面」 heading, with
/// the city and theme as the page writes them above it. Not the facts as the guide's answers,
/// nor `expect`, nor the discussion notes.
pub fn case_sections(case: &Case, city_name: &str, story: &[SectionText]) -> Vec<SectionText> {
    let told: Vec<&str> = story.iter().map(|section| section.text.as_str()).collect();
    let place = ja_with("training-case-city", &[("city", city_name), ("theme", &case.theme)]);
    vec![SectionText {
        id: STORY_ANCHOR.to_string(),
        heading: ja("training-story-title"),
        text: format!("{place} {}", told.join(" ")).trim().to_string(),
    }]
}

#[cfg(test)]
mod tests {
    use super::*;

    fn module(goals: &[&str]) -> Module {
        Module {
            id: "m".into(),
            minutes: 10,
            goals: goals.iter().map(|goal| goal.to_string()).collect(),
            links: Vec::new(),
        }
    }

    #[test]
    fn goals_go_before_the_first_heading() {
        let section = SectionText { id: "a".into(), heading: "見出し".into(), text: "本文".into() };
        let mut sections = vec![section.clone()];
        with_goals(&module(&["言える。", "説明できる。"]), &mut sections);
        assert_eq!(sections, vec![lead("言える。 説明できる。"), section]);
        let mut led = vec![lead("はじめに")];
        with_goals(&module(&["言える。"]), &mut led);
        assert_eq!(led, vec![lead("言える。 はじめに")]);
    }

    #[test]
    fn a_case_is_found_by_its_story_and_theme_not_its_answer() {
        let case: Case = toml::from_str(
            r#"id = "c"
city = "izu"
title = "題"
theme = "ダブルケア"
story = "話"
fields = ["care"]
urgency = "soon"
consent = "yes"
expect = "jusou-kaigi"
window_choices = ["w"]
discussion = "話し合いのメモ"
"#,
        )
        .expect("a case");
        let story = vec![lead("子の世話と父の介護")];
        let sections = case_sections(&case, "伊豆市", &story);
        assert_eq!(sections.len(), 1);
        assert_eq!(sections[0].id, STORY_ANCHOR);
        assert_eq!(sections[0].heading, "相談の場面");
        assert_eq!(sections[0].text, "伊豆市の事例（ダブルケア） 子の世話と父の介護");
        for hidden in ["jusou-kaigi", "話し合いのメモ", "care"] {
            assert!(!sections[0].text.contains(hidden), "{hidden}");
        }
        let mut course = SearchedCourse::default();
        let shown = ShownPage { city: "izu".into(), sections_only: true };
        course.show("training/cases/c", shown.clone());
        assert_eq!(course.shown("training/cases/c"), Some(&shown));
        assert_eq!(course.shown("training/m/check"), None);
    }
}
