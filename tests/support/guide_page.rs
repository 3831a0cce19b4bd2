//! Reading a built guide page back as a browser would (test code only): the start tags and
//! their attributes, the flow's compact text in `data-flow` with its character references
//! decoded, and each outcome's window cards (the window's link and name, and the reason shown).
//! Strict on purpose: a reference it does not know, or a tag it cannot read, fails the test
//! instead of being guessed at.

#![allow(dead_code)]

use std::collections::BTreeMap;

/// Decodes the character references of HTML text or an attribute value: the named ones an
/// escaper writes (`&amp;` `&lt;` `&gt;` `&quot;` `&apos;`) and numeric ones (`&#39;`, `&#x27;`).
/// Panics on any other `&`, so a reference this reader does not know cannot pass unread.
pub fn unescape(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    let mut rest = text;
    while let Some(at) = rest.find('&') {
        out.push_str(&rest[..at]);
        let after = &rest[at + 1..];
        let end = after.find(';').unwrap_or_else(|| panic!("an `&` that starts no reference: {:?}", &rest[at..]));
        let name = &after[..end];
        let decoded = match name {
            "amp" => '&',
            "lt" => '<',
            "gt" => '>',
            "quot" => '"',
            "apos" => '\'',
            _ => {
                let number = if let Some(hex) = name.strip_prefix("#x").or_else(|| name.strip_prefix("#X")) {
                    u32::from_str_radix(hex, 16).ok()
                } else if let Some(decimal) = name.strip_prefix('#') {
                    decimal.parse::<u32>().ok()
                } else {
                    None
                };
                number.and_then(char::from_u32).unwrap_or_else(|| panic!("an unknown reference: &{name};"))
            }
        };
        out.push(decoded);
        rest = &after[end + 1..];
    }
    out.push_str(rest);
    out
}

/// A start tag: its name, its attributes (values still escaped, as written) and where it
/// starts and ends in the document.
#[derive(Debug)]
pub struct StartTag {
    pub name: String,
    pub attributes: Vec<(String, String)>,
    pub start: usize,
    pub end: usize,
}

impl StartTag {
    /// The value of an attribute, its references decoded; `None` if the tag has none such.
    /// Panics if the attribute is given twice (a browser would read the first; a page that
    /// writes two is wrong).
    pub fn attribute(&self, name: &str) -> Option<String> {
        let mut values = self.attributes.iter().filter(|(key, _)| key == name);
        let value = values.next().map(|(_, value)| unescape(value));
        assert!(values.next().is_none(), "<{}> has two `{name}` attributes", self.name);
        value
    }
}

/// Every start tag of `html`, in order, outside comments and the text of `<script>` and
/// `<style>` (the page's JSON data is not markup).
pub fn start_tags(html: &str) -> Vec<StartTag> {
    let bytes = html.as_bytes();
    let mut tags = Vec::new();
    let mut at = 0;
    while let Some(offset) = html[at..].find('<') {
        let start = at + offset;
        if html[start..].starts_with("<!--") {
            at = start + html[start..].find("-->").expect("a comment is closed") + 3;
            continue;
        }
        let Some(first) = bytes.get(start + 1) else { break };
        if !first.is_ascii_alphabetic() {
            at = start + 1;
            continue;
        }
        let mut i = start + 1;
        while i < bytes.len() && (bytes[i].is_ascii_alphanumeric() || bytes[i] == b'-') {
            i += 1;
        }
        let name = html[start + 1..i].to_ascii_lowercase();
        let mut attributes = Vec::new();
        loop {
            while i < bytes.len() && bytes[i].is_ascii_whitespace() {
                i += 1;
            }
            match bytes.get(i) {
                None => panic!("<{name}> at {start} is not closed"),
                Some(b'>') => {
                    i += 1;
                    break;
                }
                Some(b'/') if bytes.get(i + 1) == Some(&b'>') => {
                    i += 2;
                    break;
                }
                _ => {}
            }
            let key_start = i;
            while i < bytes.len() && !bytes[i].is_ascii_whitespace() && !b"=>/\"'".contains(&bytes[i]) {
                i += 1;
            }
            assert!(i > key_start, "<{name}> at {start}: an attribute without a name");
            let key = html[key_start..i].to_ascii_lowercase();
            while i < bytes.len() && bytes[i].is_ascii_whitespace() {
                i += 1;
            }
            if bytes.get(i) != Some(&b'=') {
                attributes.push((key, String::new()));
                continue;
            }
            i += 1;
            while i < bytes.len() && bytes[i].is_ascii_whitespace() {
                i += 1;
            }
            let value = match bytes.get(i) {
                Some(&quote) if quote == b'"' || quote == b'\'' => {
                    let close =
                        html[i + 1..].find(quote as char).unwrap_or_else(|| panic!("<{name}>: `{key}` is not closed"));
                    let value = &html[i + 1..i + 1 + close];
                    i += close + 2;
                    value
                }
                _ => {
                    let value_start = i;
                    while i < bytes.len() && !bytes[i].is_ascii_whitespace() && bytes[i] != b'>' {
                        i += 1;
                    }
                    &html[value_start..i]
                }
            };
            attributes.push((key, value.to_string()));
        }
        let raw_text = name == "script" || name == "style";
        tags.push(StartTag { name: name.clone(), attributes, start, end: i });
        at = i;
        if raw_text {
            let close = format!("</{name}");
            at += html[at..].find(&close).unwrap_or_else(|| panic!("<{name}> is not closed"));
        }
    }
    tags
}

/// The flow text of the page's guide: the decoded `data-flow` of its one `id="guide"` element.
pub fn flow_text(html: &str) -> String {
    let tags = start_tags(html);
    let guides: Vec<&StartTag> = tags.iter().filter(|tag| tag.attribute("id").as_deref() == Some("guide")).collect();
    assert_eq!(guides.len(), 1, "one element with id=\"guide\"");
    let guide = guides[0];
    assert_eq!(guide.name, "div");
    let class = guide.attribute("class").unwrap_or_default();
    assert!(class.split_whitespace().any(|name| name == "guide"), "the guide's root has class `guide`: {class}");
    guide.attribute("data-flow").expect("the guide's root carries its flow in data-flow")
}

/// A window card of an outcome, as the page shows it.
#[derive(Debug, Clone, PartialEq)]
pub struct Card {
    /// Where the window's name links to.
    pub href: String,
    /// The window's name.
    pub name: String,
    /// The reason the card gives.
    pub reason: String,
    /// Whether it is in the outcome's list of secondary windows (`data-secondary`), not in
    /// the list of first ones (an urgent outcome has one list).
    pub in_secondary_list: bool,
}

/// Every window card of every outcome screen, by (outcome id, `data-pick` index).
pub fn cards(html: &str) -> BTreeMap<(String, usize), Card> {
    let tags = start_tags(html);
    let mut cards = BTreeMap::new();
    let mut outcome: Option<(String, usize)> = None;
    let mut secondary_list_from: Option<usize> = None;
    for (index, tag) in tags.iter().enumerate() {
        if tag.name == "section" {
            outcome = tag.attribute("data-outcome").map(|id| {
                let close = tag.end + html[tag.end..].find("</section>").expect("the outcome's section is closed");
                (id, close)
            });
            secondary_list_from = None;
            continue;
        }
        if tag.attribute("data-secondary").is_some() {
            secondary_list_from = Some(tag.start);
        }
        let Some(pick) = tag.attribute("data-pick") else { continue };
        let (outcome_id, section_end) = outcome.clone().expect("a card inside an outcome's section");
        assert!(tag.start < section_end, "the card {pick} lies inside the section of {outcome_id}");
        assert_eq!(tag.name, "li", "a card is a list item");
        let pick: usize = pick.parse().unwrap_or_else(|_| panic!("data-pick={pick:?} is an index"));
        let card_end = tag.end + html[tag.end..].find("</li>").expect("the card is closed");
        let card_html = &html[tag.end..card_end];
        let link = tags[index + 1..]
            .iter()
            .take_while(|inner| inner.start < card_end)
            .find(|inner| inner.name == "a")
            .unwrap_or_else(|| panic!("{outcome_id} {pick}: the card links its window"));
        let name_end = link.end + html[link.end..].find("</a>").expect("the link is closed");
        let name = unescape(&html[link.end..name_end]);
        let after_heading = card_html.find("</h4>").expect("the card's name is a heading") + "</h4>".len();
        let reason_html = card_html[after_heading..].strip_prefix("<p>").expect("the reason follows the name");
        // The reason as read: without the ふりがな the build writes over its words.
        let reason =
            unescape(&without_readings(&reason_html[..reason_html.find("</p>").expect("the reason is closed")]));
        let in_secondary_list = secondary_list_from.is_some_and(|from| from < tag.start);
        let href = link.attribute("href").expect("the link has an href");
        let card = Card { href, name, reason, in_secondary_list };
        assert!(cards.insert((outcome_id.clone(), pick), card).is_none(), "{outcome_id}: two cards for pick {pick}");
    }
    cards
}

/// `html` without the ふりがな: the `<ruby>` tags and their readings taken out (the compiled page
/// has none: the build adds them as it publishes).
pub fn without_readings(html: &str) -> String {
    let mut out = String::with_capacity(html.len());
    let mut rest = html;
    while let Some(at) = rest.find("<rt ") {
        out.push_str(&rest[..at]);
        rest = rest[at..].find("</rt>").map_or("", |end| &rest[at + end + "</rt>".len()..]);
    }
    out.push_str(rest);
    out.replace("<ruby>", "").replace("</ruby>", "")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn references_decode_and_unknown_ones_fail() {
        assert_eq!(unescape("a &amp; b &lt;c&gt; &quot;d&quot; &#39;e&#x27; &apos;"), "a & b <c> \"d\" 'e' '");
        assert!(std::panic::catch_unwind(|| unescape("&nbsp;")).is_err());
        assert!(std::panic::catch_unwind(|| unescape("a & b")).is_err());
    }
}
