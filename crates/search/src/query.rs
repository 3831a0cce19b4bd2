//! The search page's address: `?q=…&city=…&kind=…`, read and written. Whatever the address
//! holds, reading it never fails and never reads more than a bounded amount.

use percent_encoding::{percent_decode_str, utf8_percent_encode, NON_ALPHANUMERIC};

use super::format::{RecordKind, MAX_QUERY_CHARS};

/// What the reader asked for.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct SearchState {
    /// The words typed (at most [`MAX_QUERY_CHARS`] characters).
    pub q: String,
    /// A city id, or `None` for every city.
    pub city: Option<String>,
    /// A kind, or `None` for every kind.
    pub kind: Option<RecordKind>,
}

/// The longest query string read at all.
const MAX_QUERY_STRING: usize = 2048;

impl SearchState {
    /// Reads a query string (with or without `?`); the first value of each key wins, a city
    /// must be an ASCII id, an unknown kind is dropped.
    pub fn from_query(query: &str) -> SearchState {
        let mut state = SearchState::default();
        let query = query.trim_start_matches('?');
        let query = &query[..floor_boundary(query, MAX_QUERY_STRING)];
        let (mut seen_q, mut seen_city, mut seen_kind) = (false, false, false);
        for pair in query.split('&') {
            let (key, raw) = pair.split_once('=').unwrap_or((pair, ""));
            let spaced = raw.replace('+', " ");
            let Ok(value) = percent_decode_str(&spaced).decode_utf8() else { continue };
            match key {
                "q" if !seen_q => {
                    seen_q = true;
                    state.q = value.trim().chars().take(MAX_QUERY_CHARS).collect();
                }
                "city" if !seen_city => {
                    seen_city = true;
                    let id = value.trim();
                    let usable = !id.is_empty()
                        && id.len() <= 40
                        && id.chars().all(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || c == '-' || c == '_');
                    state.city = usable.then(|| id.to_string());
                }
                "kind" if !seen_kind => {
                    seen_kind = true;
                    state.kind = RecordKind::from_id(value.trim());
                }
                _ => {}
            }
        }
        state
    }

    /// The query string for this state (`?q=…`), empty parts left out.
    pub fn to_query(&self) -> String {
        let mut parts = Vec::new();
        if !self.q.is_empty() {
            parts.push(format!("q={}", utf8_percent_encode(&self.q, NON_ALPHANUMERIC)));
        }
        if let Some(city) = &self.city {
            parts.push(format!("city={city}"));
        }
        if let Some(kind) = self.kind {
            parts.push(format!("kind={}", kind.id()));
        }
        if parts.is_empty() {
            String::new()
        } else {
            format!("?{}", parts.join("&"))
        }
    }
}

fn floor_boundary(text: &str, mut at: usize) -> usize {
    at = at.min(text.len());
    while !text.is_char_boundary(at) {
        at -= 1;
    }
    at
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_form_query_is_read_with_plus_as_space() {
        let state = SearchState::from_query("?q=%E7%A4%BE%E5%8D%94+%E4%BC%8A%E8%B1%86&city=izu&kind=window");
        assert_eq!(state.q, "社協 伊豆");
        assert_eq!(state.city.as_deref(), Some("izu"));
        assert_eq!(state.kind, Some(RecordKind::Window));
    }

    #[test]
    fn the_state_goes_to_the_address_and_back() {
        let state =
            SearchState { q: "お金 がない&x".into(), city: Some("iwaki".into()), kind: Some(RecordKind::Plan) };
        assert_eq!(SearchState::from_query(&state.to_query()), state);
        assert_eq!(SearchState::default().to_query(), "");
    }

    #[test]
    fn junk_is_dropped_and_long_queries_are_cut() {
        let state = SearchState::from_query("?city=%3Cscript%3E&kind=nope&q=%FF");
        assert_eq!(state, SearchState::default());
        let long = format!("?q={}", "あ".repeat(500));
        assert_eq!(SearchState::from_query(&long).q.chars().count(), MAX_QUERY_CHARS);
    }
}
