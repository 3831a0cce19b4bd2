//! Addresses: from a URL path to a page id and back, and where a page's navigation fragment
//! lives. Pure, so the native publisher and the browser agree on every address.

/// The page id a URL path names under `base` (`/fukushi/programmes/outreach/` under
/// `/fukushi/` → `programmes/outreach`). Unknown shapes, foreign paths and ids with characters
/// a page id cannot have give `None`, never a panic.
pub fn page_id_for_path(base: &str, path: &str) -> Option<String> {
    let path = path.split(['?', '#']).next().unwrap_or("");
    let within = path.strip_prefix(base).or_else(|| (path.to_string() + "/").eq(base).then_some(""))?;
    let within =
        within.strip_suffix("index.html").filter(|rest| rest.is_empty() || rest.ends_with('/')).unwrap_or(within);
    let id = within.trim_matches('/');
    let well_formed = id.split('/').all(|segment| {
        !segment.is_empty() && segment.chars().all(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || c == '-')
    });
    (id.is_empty() || well_formed).then(|| id.to_string())
}

/// The address of the page `id` under `base`.
pub fn page_url(base: &str, id: &str) -> String {
    if id.is_empty() {
        base.to_string()
    } else {
        format!("{base}{id}/")
    }
}

/// Where the page `id`'s fragment is, relative to the site's root folder.
pub fn fragment_path(id: &str) -> String {
    if id.is_empty() {
        "_fragments/index.json".to_string()
    } else {
        format!("_fragments/{id}.json")
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn paths_under_the_base_name_their_page() {
        assert_eq!(page_id_for_path("/", "/"), Some(String::new()));
        assert_eq!(page_id_for_path("/", "/index.html"), Some(String::new()));
        assert_eq!(page_id_for_path("/", "/programmes/outreach/"), Some("programmes/outreach".into()));
        assert_eq!(page_id_for_path("/", "/programmes/outreach"), Some("programmes/outreach".into()));
        assert_eq!(page_id_for_path("/", "/programmes/outreach/index.html"), Some("programmes/outreach".into()));
        assert_eq!(page_id_for_path("/f/j/", "/f/j"), Some(String::new()));
        assert_eq!(page_id_for_path("/f/j/", "/f/j/glossary/?q=1#x"), Some("glossary".into()));
    }

    #[test]
    fn foreign_or_malformed_paths_name_no_page() {
        for path in ["/a//b/", "/%2e%2e/", "/../x/", "/A/", "/a b/", "/<script>/", "/x.pdf"] {
            assert_eq!(page_id_for_path("/", path), None, "{path}");
        }
        assert_eq!(page_id_for_path("/f/", "/glossary/"), None);
    }

    #[test]
    fn urls_and_fragments_round_trip() {
        for id in ["", "glossary", "cities/izu/windows"] {
            assert_eq!(page_id_for_path("/b/", &page_url("/b/", id)), Some(id.to_string()));
        }
        assert_eq!(fragment_path(""), "_fragments/index.json");
        assert_eq!(fragment_path("cities/izu"), "_fragments/cities/izu.json");
    }
}
