//! `easy/hard-words.toml`: the words a やさしい日本語 text may use only with an explanation
//! (所管課, 包括的, 多機関協働, …), and the proper names (places, windows) whose kanji the
//! readability check does not count, read and checked.

use serde::Deserialize;

use crate::content::error::ContentError;
use crate::content::source::ContentTree;

/// Where the list is in a content folder.
pub const HARD_WORDS_PATH: &str = "easy/hard-words.toml";

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct HardWordsFile {
    words: Vec<String>,
    #[serde(default)]
    names: Vec<String>,
}

/// The list: hard words, and proper names.
#[derive(Debug, Clone, Default)]
pub struct EasyWords {
    /// Words to explain where they first appear.
    pub hard: Vec<String>,
    /// Names written as the place or window writes them (修善寺地区): not counted in the kanji
    /// share, since a reader must recognise them as written.
    pub names: Vec<String>,
}

/// The listed hard words (none if the folder has no list); problems go to `errors`.
pub fn read_hard_words(tree: &ContentTree, errors: &mut Vec<ContentError>) -> EasyWords {
    let Some((file, text)) = tree.optional_text(HARD_WORDS_PATH, errors) else { return EasyWords::default() };
    let hint = "Write the list as words = [\"所管課\", \"包括的\"].";
    match ContentError::parse_toml::<HardWordsFile>(&file, text, "the hard-words list", hint) {
        Ok(parsed) => {
            let kept = |list: Vec<String>| list.into_iter().filter(|word| !word.trim().is_empty()).collect();
            EasyWords { hard: kept(parsed.words), names: kept(parsed.names) }
        }
        Err(error) => {
            errors.push(error);
            EasyWords::default()
        }
    }
}
