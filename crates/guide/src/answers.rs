//! Answers keyed by question id: a list kept in key order. A guide has a handful of questions,
//! so a sorted list is as quick as a tree map and much lighter in the WASM; it compares and
//! sorts like `BTreeMap<String, Answer>`, so enumerated paths keep their order.

use std::ops::Index;

/// An answer to one question.
#[derive(Debug, Clone, PartialEq, Eq, PartialOrd, Ord)]
pub enum Answer {
    /// The chosen option ids (one for single choice).
    Chose(Vec<String>),
    /// 「わからない」.
    Unknown,
}

/// Answers keyed by question id, in key order.
#[derive(Debug, Clone, Default, PartialEq, Eq, PartialOrd, Ord)]
pub struct Answers(Vec<(String, Answer)>);

impl Answers {
    /// No answers.
    pub fn new() -> Self {
        Self(Vec::new())
    }

    fn position(&self, question: &str) -> Result<usize, usize> {
        self.0.binary_search_by(|(key, _)| key.as_str().cmp(question))
    }

    /// The answer to a question.
    pub fn get(&self, question: &str) -> Option<&Answer> {
        self.position(question).ok().map(|index| &self.0[index].1)
    }

    /// The question id as stored, with its answer.
    pub fn get_key_value(&self, question: &str) -> Option<(&String, &Answer)> {
        self.position(question).ok().map(|index| (&self.0[index].0, &self.0[index].1))
    }

    /// Whether the question has an answer.
    pub fn contains_key(&self, question: &str) -> bool {
        self.position(question).is_ok()
    }

    /// Sets the answer to a question; returns the one it replaces.
    pub fn insert(&mut self, question: String, answer: Answer) -> Option<Answer> {
        match self.position(&question) {
            Ok(index) => Some(std::mem::replace(&mut self.0[index].1, answer)),
            Err(index) => {
                self.0.insert(index, (question, answer));
                None
            }
        }
    }

    /// Takes the answer to a question away.
    pub fn remove(&mut self, question: &str) -> Option<Answer> {
        self.position(question).ok().map(|index| self.0.remove(index).1)
    }

    /// How many questions have an answer.
    pub fn len(&self) -> usize {
        self.0.len()
    }

    /// Whether nothing is answered.
    pub fn is_empty(&self) -> bool {
        self.0.is_empty()
    }

    /// The answers in question-id order.
    pub fn iter(&self) -> impl Iterator<Item = (&String, &Answer)> {
        self.0.iter().map(|(question, answer)| (question, answer))
    }

    /// The answered question ids in order.
    pub fn keys(&self) -> impl Iterator<Item = &String> {
        self.0.iter().map(|(question, _)| question)
    }
}

impl Index<&str> for Answers {
    type Output = Answer;

    /// The answer to a question; panics if there is none (for tests and checked paths).
    fn index(&self, question: &str) -> &Answer {
        self.get(question).unwrap_or_else(|| panic!("no answer to `{question}`"))
    }
}

impl FromIterator<(String, Answer)> for Answers {
    fn from_iter<T: IntoIterator<Item = (String, Answer)>>(pairs: T) -> Self {
        let mut answers = Answers::new();
        for (question, answer) in pairs {
            answers.insert(question, answer);
        }
        answers
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn answers_stay_in_key_order_and_replace_by_key() {
        let mut answers = Answers::new();
        answers.insert("who".into(), Answer::Unknown);
        answers.insert("age".into(), Answer::Chose(vec!["adult".into()]));
        assert_eq!(answers.insert("who".into(), Answer::Chose(vec!["self".into()])), Some(Answer::Unknown));
        assert_eq!(answers.keys().map(String::as_str).collect::<Vec<_>>(), ["age", "who"]);
        assert_eq!(answers["who"], Answer::Chose(vec!["self".into()]));
        assert_eq!(answers.remove("age"), Some(Answer::Chose(vec!["adult".into()])));
        assert!(!answers.contains_key("age") && answers.len() == 1);
    }
}
