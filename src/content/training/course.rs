//! The course file, `training/course.toml`: the course's own words and its modules in order,
//! each with its learning goals, time estimate and the pages that teach it. Read and checked
//! here; the module pages themselves are ordinary Markdown pages (`training/<id>.md`).

use serde::Deserialize;

use crate::content::error::ContentError;

/// Where the course file sits in the content tree.
pub const COURSE_FILE: &str = "training/course.toml";

/// The course, as the file gives it.
#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Course {
    /// The course page's title.
    pub title: String,
    /// Its one-line summary.
    pub summary: String,
    /// Who answers for the course.
    pub department: String,
    /// When it was last checked.
    pub reviewed: toml::value::Datetime,
    /// The course page's introduction (Markdown; `@` links allowed).
    pub intro: String,
    /// The plain-words note on the progress page about where the record is kept.
    pub privacy_note: String,
    /// The modules, in the order to take them.
    pub modules: Vec<Module>,
}

/// One module of the course.
#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Module {
    /// The module's id: its page is `training/<id>.md`, its self-check `training/quizzes/<id>.toml`.
    pub id: String,
    /// About how long it takes, in minutes.
    pub minutes: u32,
    /// What the learner can do afterwards, one sentence each.
    pub goals: Vec<String>,
    /// The pages that teach it (`@page#anchor`), which stay the one place each fact lives.
    pub links: Vec<String>,
}

/// Reads the course file and checks what can be checked without the pages: ids, minutes and
/// that every module states goals and links.
pub fn read_course(file: &str, text: &str) -> Result<Course, Vec<ContentError>> {
    let course: Course = ContentError::parse_toml(
        file,
        text,
        "the course file",
        "Each module needs id, minutes, goals and links; see training/course.toml in tsunagu's content.",
    )
    .map_err(|error| vec![error])?;
    let mut errors = Vec::new();
    let mut seen = std::collections::BTreeSet::new();
    for module in &course.modules {
        let line = super::toml_text::line_of_id(text, &module.id);
        if !crate::training::progress::is_id(&module.id) {
            errors.push(ContentError::at_line(
                file,
                line,
                format!("the module id `{}` cannot be part of an address", module.id),
                "Use lower-case ASCII letters, digits and `-` (at most 64), e.g. `law-and-programmes`.",
            ));
        }
        if !seen.insert(module.id.clone()) {
            errors.push(ContentError::at_line(
                file,
                line,
                format!("the module `{}` is listed twice", module.id),
                "List each module once, in the order to take it.",
            ));
        }
        if module.goals.is_empty() || module.links.is_empty() {
            errors.push(ContentError::at_line(
                file,
                line,
                format!("the module `{}` has no learning goals or no links", module.id),
                "Give every module at least one goal and one `@page` link to the pages that teach it.",
            ));
        }
        if !(1..=240).contains(&module.minutes) {
            errors.push(ContentError::at_line(
                file,
                line,
                format!("the module `{}` takes {} minutes", module.id, module.minutes),
                "Give a time estimate between 1 and 240 minutes.",
            ));
        }
    }
    if course.modules.is_empty() {
        errors.push(ContentError::in_file(
            file,
            "the course has no modules",
            "Add a [[modules]] entry for each module page in training/.",
        ));
    }
    if errors.is_empty() {
        Ok(course)
    } else {
        Err(errors)
    }
}
