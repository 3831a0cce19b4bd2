//! Synonym and variant groups (`content/search/synonyms.toml`, checked by the content
//! compiler): a query that contains one form of a group is also run with each other form in
//! its place, so 障がい finds 障害, 社協 finds 社会福祉協議会 and ケアマネ finds ケアマネジャー.

use serde::{Deserialize, Serialize};

/// The most alternative queries one query expands to.
pub const MAX_ALTERNATIVES: usize = 8;

/// Groups of forms that mean the same, each form already normalised.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
#[serde(transparent)]
pub struct SynonymGroups(pub Vec<Vec<String>>);

impl SynonymGroups {
    /// The query itself, then the queries with a form of a group replaced by each other form
    /// (at most [`MAX_ALTERNATIVES`] in all, the query first).
    pub fn expand(&self, query: &str) -> Vec<String> {
        let mut alternatives = vec![query.to_string()];
        for group in &self.0 {
            // The longest form found in the query stands for the group (社会福祉協議会 over 社協).
            let Some(found) = group.iter().filter(|form| query.contains(form.as_str())).max_by_key(|form| form.len())
            else {
                continue;
            };
            for other in group.iter().filter(|other| *other != found) {
                let replaced = query.replace(found.as_str(), other);
                if alternatives.len() < MAX_ALTERNATIVES && !alternatives.contains(&replaced) {
                    alternatives.push(replaced);
                }
            }
        }
        alternatives
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn groups() -> SynonymGroups {
        SynonymGroups(vec![
            vec!["障害".into(), "障がい".into(), "障碍".into()],
            vec!["社協".into(), "社会福祉協議会".into()],
        ])
    }

    #[test]
    fn a_variant_brings_the_other_forms() {
        assert_eq!(groups().expand("障がい者"), vec!["障がい者", "障害者", "障碍者"]);
    }

    #[test]
    fn an_abbreviation_brings_the_full_name_and_back() {
        assert_eq!(groups().expand("社協"), vec!["社協", "社会福祉協議会"]);
        assert_eq!(groups().expand("社会福祉協議会"), vec!["社会福祉協議会", "社協"]);
    }

    #[test]
    fn a_query_without_forms_stays_alone() {
        assert_eq!(groups().expand("ひきこもり"), vec!["ひきこもり"]);
    }
}
