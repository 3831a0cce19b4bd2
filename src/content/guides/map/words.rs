//! The flow map's words: a condition as a sentence (「「困りごと」で「介護」か「お金」を選んだ」),
//! a node's title, an option's label and a window's name, taken from the guide's own wording
//! and the city's windows; the same words feed the drawing and the list.

use std::collections::BTreeMap;

use crate::content::guides::checked::NodeProse;
use crate::content::windows::CityWindows;
use crate::guide::Condition;
use crate::i18n::{ja, ja_with};

/// How many characters of a question the drawing keeps in a condition.
const SHORT_TITLE: usize = 8;

/// The words a map needs: the flow's wording and the city's windows.
pub struct MapWords<'a> {
    /// The wording of each node.
    pub prose: &'a BTreeMap<String, NodeProse>,
    /// The city's windows.
    pub windows: &'a CityWindows,
}

impl MapWords<'_> {
    /// A node's title (its id if it has no wording).
    pub fn title(&self, node: &str) -> String {
        self.prose.get(node).map_or_else(|| node.to_string(), |words| words.title.clone())
    }

    /// An option's label.
    pub fn option(&self, question: &str, option: &str) -> String {
        self.prose
            .get(question)
            .and_then(|words| words.options.iter().find(|(id, _)| id == option))
            .map_or_else(|| option.to_string(), |(_, label)| label.clone())
    }

    /// A window's name.
    pub fn window(&self, id: &str) -> String {
        self.windows.windows.iter().find(|window| window.id == id).map_or_else(|| id.to_string(), |w| w.name.clone())
    }

    /// A condition as words; `None` for one that always holds. `short` (for the drawing) leaves
    /// out the question of an option (the options' labels tell them apart) and cuts a long
    /// question to its first words; the list gives every condition in full.
    pub fn condition(&self, when: &Condition, short: bool) -> Option<String> {
        let question_words = |question: &str| {
            let title = self.title(question);
            if short && title.chars().count() > SHORT_TITLE {
                ja_with("map-quoted-cut", &[("words", &title.chars().take(SHORT_TITLE).collect::<String>())])
            } else {
                ja_with("map-quoted", &[("words", &title)])
            }
        };
        match when {
            Condition::Always => None,
            Condition::AnyOf { question, options } => {
                let labels: Vec<String> = options
                    .iter()
                    .map(|option| ja_with("map-quoted", &[("words", &self.option(question, option))]))
                    .collect();
                let joined = labels.join(&ja("map-or"));
                if short {
                    Some(ja_with("map-chose-short", &[("options", &joined)]))
                } else {
                    Some(ja_with("map-chose", &[("question", &question_words(question)), ("options", &joined)]))
                }
            }
            Condition::Unknown { question } => {
                Some(ja_with("map-answered-unknown", &[("question", &question_words(question))]))
            }
            Condition::AtLeast { question, count } => Some(ja_with(
                "map-chose-at-least",
                &[("question", &question_words(question)), ("count", &count.to_string())],
            )),
            Condition::All(all) => {
                let parts: Vec<String> = all.iter().filter_map(|part| self.condition(part, short)).collect();
                if parts.is_empty() {
                    None
                } else {
                    Some(parts.join(&ja("map-and")))
                }
            }
        }
    }

    /// A branch's words: its condition, or, when it always holds, 「それ以外」 after other
    /// branches and 「つねに」 when it is the only one.
    pub fn branch(&self, when: &Condition, only: bool, short: bool) -> String {
        match self.condition(when, short) {
            Some(words) => ja_with("map-when", &[("words", &words)]),
            None if only => ja("map-always"),
            None => ja("map-otherwise"),
        }
    }
}
