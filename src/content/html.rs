//! Escaping for the HTML the compiler writes itself (directory, window and comparison pages).
//! Every piece of content text goes through `text` or `attr`; nothing is written raw.

use pulldown_cmark_escape::{escape_href, escape_html, escape_html_body_text};

/// Content text for an element body.
pub fn text(value: &str) -> String {
    let mut out = String::with_capacity(value.len());
    let _ = escape_html_body_text(&mut out, value);
    out
}

/// Content text for a quoted attribute value.
pub fn attr(value: &str) -> String {
    let mut out = String::with_capacity(value.len());
    let _ = escape_html(&mut out, value);
    out
}

/// A URL for an `href`, percent-encoding what must be.
pub fn href(value: &str) -> String {
    let mut out = String::with_capacity(value.len());
    let _ = escape_href(&mut out, value);
    attr(&out)
}

/// A table in the focusable scroll region the Markdown renderer also uses, so wide tables
/// scroll on their own at 320 px and keyboard users can reach them.
pub fn scroll_table(label: &str, caption: &str, head: &[&str], rows: &[Vec<String>]) -> String {
    let mut out = format!(
        "<div class=\"table-scroll\" role=\"region\" tabindex=\"0\" aria-label=\"{}（横にスクロールできます）\"><table>",
        attr(label)
    );
    if !caption.is_empty() {
        out.push_str(&format!("<caption>{}</caption>", text(caption)));
    }
    out.push_str("<thead><tr>");
    for cell in head {
        out.push_str(&format!("<th scope=\"col\">{}</th>", text(cell)));
    }
    out.push_str("</tr></thead><tbody>");
    for row in rows {
        out.push_str("<tr>");
        for (index, cell) in row.iter().enumerate() {
            // Cells are already HTML; the first one names the row.
            if index == 0 {
                out.push_str(&format!("<th scope=\"row\">{cell}</th>"));
            } else {
                out.push_str(&format!("<td>{cell}</td>"));
            }
        }
        out.push_str("</tr>");
    }
    out.push_str("</tbody></table></div>");
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn markup_in_content_is_escaped() {
        assert_eq!(text("<script>&"), "&lt;script&gt;&amp;");
        assert_eq!(attr("\"a\" <b>"), "&quot;a&quot; &lt;b&gt;");
        assert_eq!(href("tel:+81-3-3488-0313"), "tel:+81-3-3488-0313");
        assert!(!href("https://e.jp/\"onmouseover=").contains('"'));
    }
}
