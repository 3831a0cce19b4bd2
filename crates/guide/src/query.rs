//! Answers in the URL query, keyed by question id: `?who=self&trouble=care.money&area=doi`.
//! Several options are joined by `.`; 「わからない」 is `unknown`. Reading never fails: keys
//! that are not questions, repeated keys, over-long values and anything outside `[a-z0-9-]`
//! are dropped, and the caller checks what remains against the flow.

use super::engine::{Answer, Answers};

/// The value that stands for 「わからない」.
pub const UNKNOWN: &str = "unknown";
/// Longest value kept from the query.
const MAX_VALUE_LENGTH: usize = 200;
/// Most answers kept from one query.
const MAX_ANSWERS: usize = 40;

/// Reads answers from a query string (with or without its leading `?`). The first value of a key wins.
pub fn answers_from_query(query: &str) -> Answers {
    let mut answers = Answers::new();
    for pair in query.trim_start_matches('?').split('&').take(MAX_ANSWERS * 2) {
        let Some((key, value)) = pair.split_once('=') else { continue };
        if answers.contains_key(key) || !is_id(key) || value.is_empty() || value.len() > MAX_VALUE_LENGTH {
            continue;
        }
        let answer = if value == UNKNOWN {
            Answer::Unknown
        } else {
            let options: Vec<String> = value.split('.').map(str::to_string).collect();
            if !options.iter().all(|option| is_id(option)) {
                continue;
            }
            Answer::Chose(options)
        };
        answers.insert(key.to_string(), answer);
        if answers.len() == MAX_ANSWERS {
            break;
        }
    }
    answers
}

/// Writes answers as a query string: empty for no answers, else starting with `?`.
pub fn query_from_answers<'a>(answers: impl IntoIterator<Item = (&'a str, &'a Answer)>) -> String {
    let pairs: Vec<String> = answers
        .into_iter()
        .map(|(question, answer)| match answer {
            Answer::Unknown => format!("{question}={UNKNOWN}"),
            Answer::Chose(options) => format!("{question}={}", options.join(".")),
        })
        .collect();
    if pairs.is_empty() {
        String::new()
    } else {
        format!("?{}", pairs.join("&"))
    }
}

fn is_id(text: &str) -> bool {
    !text.is_empty()
        && text.len() <= 40
        && text.bytes().all(|b| b.is_ascii_lowercase() || b.is_ascii_digit() || b == b'-')
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn answers_round_trip_through_the_query() {
        let answers = answers_from_query("?who=self&trouble=care.money&area=unknown");
        assert_eq!(answers["trouble"], Answer::Chose(vec!["care".into(), "money".into()]));
        assert_eq!(answers["area"], Answer::Unknown);
        let query = query_from_answers(answers.iter().map(|(key, answer)| (key.as_str(), answer)));
        assert_eq!(query, "?area=unknown&trouble=care.money&who=self");
    }

    #[test]
    fn hostile_queries_are_dropped_not_obeyed() {
        for query in [
            "?who=<script>alert(1)</script>",
            "?%3Cscript%3E=self",
            "?who=self.",
            "?who",
            "?=self",
            &format!("?who={}", "a".repeat(1000)),
            &format!("?{}=self", "a".repeat(100)),
        ] {
            assert!(answers_from_query(query).is_empty(), "{query}");
        }
        let repeated = answers_from_query("?who=self&who=family");
        assert_eq!(repeated["who"], Answer::Chose(vec!["self".into()]), "the first value wins");
        let many: String = (0..500).map(|i| format!("q{i}=a&")).collect();
        assert_eq!(answers_from_query(&many).len(), MAX_ANSWERS);
    }
}
