//! The window directory's filter, as pure logic: the state read from and written to the URL
//! query (`?for=elderly&programme=1&area=shuzenji&city=izu`) and whether a window matches it.
//! Whatever the query holds, reading it never fails: unknown or oversized values are dropped.

use percent_encoding::percent_decode_str;

use crate::taxonomy::{Audience, PROGRAMMES};

/// What the reader has chosen; `None` means “any”.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct FilterState {
    /// Who the window is for.
    pub audience: Option<Audience>,
    /// Programme number, 1–6.
    pub programme: Option<u8>,
    /// City id (the directory of all cities).
    pub city: Option<String>,
    /// Area id (a city's directory).
    pub area: Option<String>,
}

/// The facts of one listed window that the filter looks at (from its `data-*` attributes).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct ListedWindow<'a> {
    /// City id.
    pub city: &'a str,
    /// Audience ids, space-separated.
    pub audiences: &'a str,
    /// Programme numbers, space-separated.
    pub programmes: &'a str,
    /// Area ids, space-separated.
    pub areas: &'a str,
}

/// Longest value kept from the query; ids are short, so anything longer is noise.
const MAX_VALUE_LENGTH: usize = 40;

impl FilterState {
    /// Reads a query string (with or without the leading `?`). The first usable value of a key wins.
    /// `cities` and `areas` are the ids the page knows, so an unknown one is ignored.
    pub fn from_query<S: AsRef<str>>(query: &str, cities: &[S], areas: &[S]) -> FilterState {
        let mut state = FilterState::default();
        for pair in query.trim_start_matches('?').split('&') {
            let (key, raw_value) = pair.split_once('=').unwrap_or((pair, ""));
            if raw_value.is_empty() || raw_value.len() > MAX_VALUE_LENGTH * 3 {
                continue;
            }
            // A link or a browser may percent-encode the value (`izu%3Ashuzenji`); junk is dropped.
            let Ok(value) = percent_decode_str(raw_value).decode_utf8() else { continue };
            let value = value.as_ref();
            if value.len() > MAX_VALUE_LENGTH {
                continue;
            }
            match key {
                "for" if state.audience.is_none() => state.audience = Audience::from_id(value),
                "programme" if state.programme.is_none() => {
                    state.programme =
                        value.parse::<u8>().ok().filter(|n| PROGRAMMES.iter().any(|programme| programme.number == *n));
                }
                "city" if state.city.is_none() => {
                    state.city = cities.iter().any(|city| city.as_ref() == value).then(|| value.to_string());
                }
                "area" if state.area.is_none() => {
                    state.area = areas.iter().any(|area| area.as_ref() == value).then(|| value.to_string());
                }
                _ => {}
            }
        }
        state
    }

    /// The query string for this state: empty when nothing is chosen, else starting with `?`.
    pub fn to_query(&self) -> String {
        let mut pairs = Vec::new();
        if let Some(audience) = self.audience {
            pairs.push(format!("for={}", audience.id()));
        }
        if let Some(programme) = self.programme {
            pairs.push(format!("programme={programme}"));
        }
        if let Some(city) = &self.city {
            pairs.push(format!("city={city}"));
        }
        if let Some(area) = &self.area {
            pairs.push(format!("area={area}"));
        }
        if pairs.is_empty() {
            String::new()
        } else {
            format!("?{}", pairs.join("&"))
        }
    }

    /// Whether anything is chosen.
    pub fn is_active(&self) -> bool {
        *self != FilterState::default()
    }

    /// Whether a window stays in the list. Windows for everyone (全般) stay whatever the audience,
    /// and windows for the whole city whatever the area.
    pub fn matches(&self, window: &ListedWindow) -> bool {
        let has = |list: &str, value: &str| list.split_ascii_whitespace().any(|item| item == value);
        let audience_fits = self.audience.is_none_or(|audience| {
            has(window.audiences, audience.id()) || has(window.audiences, Audience::General.id())
        });
        let programme_fits = self.programme.is_none_or(|number| has(window.programmes, &number.to_string()));
        let city_fits = self.city.as_deref().is_none_or(|city| window.city == city);
        // A window with no areas serves the whole city, so it stays whatever the area. Across
        // cities an area is written `city:area` and keeps only that city's windows.
        let area_fits = self.area.as_deref().is_none_or(|area| {
            let (city, area) = area.split_once(':').unwrap_or((window.city, area));
            window.city == city && (window.areas.trim().is_empty() || has(window.areas, area))
        });
        audience_fits && programme_fits && city_fits && area_fits
    }
}

/// The filter form's attributes that carry the status line's words: the page writer resolves
/// them from the message catalogue, with `{name}` placeholders the browser fills in, so the WASM
/// carries no words of its own.
pub mod words {
    /// Every window shown: `{total}`.
    pub const ALL: &str = "data-words-count-all";
    /// Some shown: `{conditions}` (each chosen label in `CONDITION`, one after another),
    /// `{total}` and `{shown}`.
    pub const FILTERED: &str = "data-words-count-filtered";
    /// One chosen condition: `{label}`.
    pub const CONDITION: &str = "data-words-count-condition";
}

/// What the status line under the filter says, so a screen reader hears what changed.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum CountLine {
    /// Nothing chosen: every window is shown.
    All {
        /// How many windows the directory lists.
        total: usize,
    },
    /// The conditions chosen (their labels, in field order) and how many windows they leave.
    Filtered {
        /// The chosen options' labels.
        conditions: Vec<String>,
        /// How many windows the directory lists.
        total: usize,
        /// How many of them are shown.
        shown: usize,
    },
}

/// The status line for `shown` of `total` windows under the chosen `conditions`.
pub fn count_line(shown: usize, total: usize, conditions: &[String]) -> CountLine {
    if conditions.is_empty() {
        CountLine::All { total }
    } else {
        CountLine::Filtered { conditions: conditions.to_vec(), total, shown }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    const CITIES: [&str; 2] = ["izu", "komae"];
    const AREAS: [&str; 2] = ["shuzenji", "doi"];

    fn window<'a>(audiences: &'a str, programmes: &'a str, areas: &'a str) -> ListedWindow<'a> {
        ListedWindow { city: "izu", audiences, programmes, areas }
    }

    #[test]
    fn percent_encoded_values_are_read_as_their_text() {
        let areas = ["izu:shuzenji"];
        let state = FilterState::from_query("?area=izu%3Ashuzenji&city=iz%75", &["izu"], &areas);
        assert_eq!(state.area.as_deref(), Some("izu:shuzenji"));
        assert_eq!(state.city.as_deref(), Some("izu"));
        // Encoded junk (not UTF-8) is dropped, not guessed at.
        assert_eq!(FilterState::from_query("?area=%FF%FE", &["izu"], &areas), FilterState::default());
    }

    #[test]
    fn query_round_trips() {
        let state = FilterState::from_query("?for=elderly&programme=1&city=izu&area=doi", &CITIES, &AREAS);
        assert_eq!(state.audience, Some(Audience::Elderly));
        assert_eq!(state.programme, Some(1));
        assert_eq!(state.to_query(), "?for=elderly&programme=1&city=izu&area=doi");
        assert_eq!(FilterState::default().to_query(), "");
    }

    #[test]
    fn hostile_queries_give_an_empty_or_partial_state() {
        for query in [
            "?for=<script>alert(1)</script>",
            "?programme=7&programme=0&programme=-1&programme=1e3",
            "?city=tokyo&area=../../etc",
            "?for",
            "?&&&=&==",
            &format!("?for={}", "a".repeat(10_000)),
            "?%E3%81%82=%FF",
        ] {
            assert_eq!(FilterState::from_query(query, &CITIES, &AREAS), FilterState::default(), "{query}");
        }
        let repeated = FilterState::from_query("?for=elderly&for=children&for=junk", &CITIES, &AREAS);
        assert_eq!(repeated.audience, Some(Audience::Elderly));
    }

    #[test]
    fn windows_match_every_chosen_condition() {
        let houkatsu = window("elderly", "1 2", "shuzenji");
        let general = window("general", "1 5", "");
        let state = FilterState { audience: Some(Audience::Elderly), ..FilterState::default() };
        assert!(state.matches(&houkatsu));
        assert!(state.matches(&general), "a window for everyone stays");
        let children = FilterState { audience: Some(Audience::Children), ..FilterState::default() };
        assert!(!children.matches(&houkatsu));
        let programme_five = FilterState { programme: Some(5), ..FilterState::default() };
        assert!(!programme_five.matches(&houkatsu));
        assert!(programme_five.matches(&general));
        let doi = FilterState { area: Some("doi".into()), ..FilterState::default() };
        assert!(!doi.matches(&houkatsu));
        assert!(doi.matches(&general), "a window for the whole city stays in every area");
        let across = FilterState { area: Some("izu:shuzenji".into()), ..FilterState::default() };
        assert!(across.matches(&houkatsu), "the area of the window's own city");
        assert!(across.matches(&general), "a whole-city window of that city");
        let elsewhere = FilterState { area: Some("komae:shuzenji".into()), ..FilterState::default() };
        assert!(
            !elsewhere.matches(&houkatsu) && !elsewhere.matches(&general),
            "another city's area keeps none of these"
        );
        let other_city = FilterState { city: Some("komae".into()), ..FilterState::default() };
        assert!(!other_city.matches(&houkatsu));
        assert!(FilterState::default().matches(&houkatsu));
    }

    #[test]
    fn the_count_line_says_how_many_of_how_many_and_under_which_conditions() {
        let chosen = vec!["高齢".to_string(), "第1号 包括的相談支援事業".to_string()];
        assert_eq!(count_line(3, 12, &chosen), CountLine::Filtered { conditions: chosen.clone(), total: 12, shown: 3 });
        assert_eq!(count_line(12, 12, &[]), CountLine::All { total: 12 });
    }
}
