//! Where a Markdown link leads: `@page-id#anchor` becomes the page's address under the base
//! (recorded for the link checks), `#anchor` stays on the page, a full URL passes if its scheme
//! is safe, and anything else is a problem for the author, with its line.

use crate::content::outline::InternalLink;
use crate::site::page_url;

/// Link schemes a page may use; anything else (e.g. `javascript:`) is refused.
pub const ALLOWED_SCHEMES: [&str; 4] = ["https", "http", "mailto", "tel"];

/// Why a link cannot work, and how to fix it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct LinkProblem {
    /// What is wrong.
    pub message: String,
    /// How to fix it.
    pub hint: &'static str,
}

/// The address a link destination leads to, recording a link to a page of the site (or an
/// anchor on this page) in `links` for the checks; or why it cannot work.
pub fn resolve_link(dest: &str, base: &str, line: usize, links: &mut Vec<InternalLink>) -> Result<String, LinkProblem> {
    if let Some(target) = dest.strip_prefix('@') {
        let (page_id, anchor) = split_anchor(target);
        let page_id = page_id.trim_matches('/').to_string();
        let href = match &anchor {
            Some(anchor) => format!("{}#{anchor}", page_url(base, &page_id)),
            None => page_url(base, &page_id),
        };
        links.push(InternalLink { page_id, anchor, same_page: false, line });
        return Ok(href);
    }
    if let Some(anchor) = dest.strip_prefix('#') {
        links.push(InternalLink { page_id: String::new(), anchor: Some(anchor.to_string()), same_page: true, line });
        return Ok(dest.to_string());
    }
    let scheme = dest.split_once(':').map(|(scheme, _)| scheme.to_ascii_lowercase());
    match scheme {
        Some(scheme) if ALLOWED_SCHEMES.contains(&scheme.as_str()) => Ok(dest.to_string()),
        Some(scheme) if !scheme.is_empty() && scheme.chars().all(|c| c.is_ascii_alphanumeric() || "+-.".contains(c)) => {
            Err(LinkProblem {
                message: format!("the link `{dest}` uses the scheme `{scheme}:`, which is not allowed"),
                hint: "Use https:, http:, mailto: or tel: links, or `@page-id` for pages of this site.",
            })
        }
        _ => Err(LinkProblem {
            message: format!("the link `{dest}` is neither a page id nor a full URL"),
            hint: "Link to pages of this site by id with `@`, e.g. `[参加支援事業](@programmes/participation-support)` or `(@glossary#term-8050)`.",
        }),
    }
}

fn split_anchor(target: &str) -> (&str, Option<String>) {
    match target.split_once('#') {
        Some((page, anchor)) => (page, Some(anchor.to_string())),
        None => (target, None),
    }
}
