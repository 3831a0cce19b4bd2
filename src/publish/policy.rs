//! The site's security policy: one Content-Security-Policy for every page of every site. Pages
//! carry a single inline script (the text size, applied before first paint), allowed by its
//! hash; everything else comes from the site's own origin. Written into each page as a `<meta>`
//! and, with what a `<meta>` cannot say (`frame-ancestors`), into host configuration.

use base64::engine::general_purpose::STANDARD;
use base64::Engine;
use sha2::{Digest, Sha256};

/// `'sha256-…'`: a CSP source that allows exactly this inline script text.
pub fn script_hash_source(script: &str) -> String {
    format!("'sha256-{}'", STANDARD.encode(Sha256::digest(script.as_bytes())))
}

/// The policy for pages whose only inline script is `inline_script`:
/// - scripts and the WASM from the site itself (`'wasm-unsafe-eval'` lets it compile the
///   WASM, and nothing else), and the one inline script by its hash;
/// - styles, images, fonts, fetches (the navigation fragments, the WASM) and the manifest from
///   the site itself; no plugins, no `<base>`, forms only to the site;
/// - nothing else (`default-src 'none'`).
pub fn content_security_policy(inline_script: &str) -> String {
    [
        "default-src 'none'".to_string(),
        format!("script-src 'self' 'wasm-unsafe-eval' {}", script_hash_source(inline_script)),
        "style-src 'self'".to_string(),
        "img-src 'self'".to_string(),
        "font-src 'self'".to_string(),
        "connect-src 'self'".to_string(),
        "manifest-src 'self'".to_string(),
        "base-uri 'none'".to_string(),
        "form-action 'self'".to_string(),
        "object-src 'none'".to_string(),
    ]
    .join("; ")
}

/// The same policy as a host sends it in a header, where `frame-ancestors` also works: no site
/// may put the portal in a frame (a resident's answers must not be read through another page).
pub fn content_security_policy_header(inline_script: &str) -> String {
    format!("{}; frame-ancestors 'none'", content_security_policy(inline_script))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_hash_is_the_base64_sha256_of_the_script_text() {
        // sha256("") is e3b0c442…; in base64, 47DEQpj8HBSa+/TImW+5JCeuQeRkm5NMpJWZG3hSuFU=.
        assert_eq!(script_hash_source(""), "'sha256-47DEQpj8HBSa+/TImW+5JCeuQeRkm5NMpJWZG3hSuFU='");
    }

    #[test]
    fn the_policy_allows_nothing_by_default_and_no_inline_code_but_the_one_script() {
        let policy = content_security_policy("x()");
        assert!(policy.starts_with("default-src 'none'; "));
        assert!(!policy.contains("unsafe-inline") && !policy.contains("'unsafe-eval'") && !policy.contains('*'));
        assert_eq!(policy.matches("'sha256-").count(), 1);
        assert!(content_security_policy_header("x()").ends_with("; frame-ancestors 'none'"));
    }
}
