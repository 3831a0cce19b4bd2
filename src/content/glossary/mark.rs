//! A page body → the same body with the first use of each glossary term in every section marked
//! as a `<button popovertarget>` that opens the term's definition in a native popover (no
//! script: Chromium opens it with a click, Enter or Space, and Escape or a click outside closes
//! it and gives focus back). Rewritten with `lol_html`: only text is touched, never inside
//! names (links, buttons, labels, legends, summaries, headings, captions, table headers) or
//! code; the popovers come after the body, one per term used, each linking to the glossary.

use std::cell::RefCell;
use std::collections::BTreeSet;
use std::rc::Rc;

use lol_html::html_content::ContentType;
use lol_html::{doc_text, element, rewrite_str, RewriteStrSettings};

use super::terms::Term;
use crate::content::html::{html, PageHtml};

/// Elements whose text is never marked: names (a button inside a link or a label, or words in
/// a heading, would change what the control or the outline is called), code, scripts, form
/// options, SVG, ruby, and anything with the class `no-glossary`.
const UNMARKED_ELEMENTS: &str = "a, button, label, summary, legend, caption, h1, h2, h3, h4, h5, h6, th, dt, code, pre, kbd, samp, var, script, style, template, title, textarea, select, option, optgroup, datalist, ruby, rt, rp, svg, math, .no-glossary";

/// The id of a term's popover on a page.
pub fn popover_id(term: &Term) -> String {
    format!("glossary-{}", term.id)
}

/// A piece of text: as it was, or a use of the term at this index of the list.
#[derive(Debug, PartialEq)]
pub enum Piece<'a> {
    /// Text left as it is.
    Plain(&'a str),
    /// The words of a term's first use in the section.
    Term(usize, &'a str),
}

/// `text` cut into pieces: at each place the longest name of a term that starts there; a
/// term's first use in the section (not yet in `used`) is marked and added to `used`, a later
/// use stays plain (and a shorter term inside it is not looked for).
pub fn pieces<'a>(text: &'a str, terms: &[Term], used: &mut BTreeSet<usize>) -> Vec<Piece<'a>> {
    let mut pieces = Vec::new();
    let mut plain_from = 0;
    let mut at = 0;
    while at < text.len() {
        let rest = &text[at..];
        let found = terms
            .iter()
            .enumerate()
            .flat_map(|(index, term)| term.names.iter().map(move |name| (index, name)))
            .filter(|(_, name)| rest.starts_with(name.as_str()))
            .max_by_key(|(_, name)| name.len());
        match found {
            Some((index, name)) => {
                if used.insert(index) {
                    if plain_from < at {
                        pieces.push(Piece::Plain(&text[plain_from..at]));
                    }
                    pieces.push(Piece::Term(index, &text[at..at + name.len()]));
                    plain_from = at + name.len();
                }
                at += name.len();
            }
            None => at += rest.chars().next().map_or(1, char::len_utf8),
        }
    }
    if plain_from < text.len() {
        pieces.push(Piece::Plain(&text[plain_from..]));
    }
    pieces
}

#[derive(Default)]
struct State {
    unmarked_depth: usize,
    text: String,
    in_section: BTreeSet<usize>,
    on_page: BTreeSet<usize>,
}

/// `body` with the terms marked and their popovers after it; the body as it was if no term is used.
pub fn mark_terms(body: &PageHtml, terms: &[Term], glossary_url: &str) -> PageHtml {
    let state = Rc::new(RefCell::new(State::default()));
    let settings = RewriteStrSettings::new()
        .append_element_content_handler(element!("h2", |_| {
            state.borrow_mut().in_section.clear();
            Ok(())
        }))
        .append_element_content_handler(element!(UNMARKED_ELEMENTS, |element| {
            if element.can_have_content() {
                state.borrow_mut().unmarked_depth += 1;
                if let Some(handlers) = element.end_tag_handlers() {
                    let state = Rc::clone(&state);
                    let leave: lol_html::EndTagHandler<'static> = Box::new(move |_| {
                        let mut state = state.borrow_mut();
                        state.unmarked_depth = state.unmarked_depth.saturating_sub(1);
                        Ok(())
                    });
                    handlers.push(leave);
                }
            }
            Ok(())
        }))
        .append_document_content_handler(doc_text!(|chunk| {
            let mut state = state.borrow_mut();
            if state.unmarked_depth > 0 {
                return Ok(());
            }
            state.text.push_str(chunk.as_str());
            if !chunk.last_in_text_node() {
                chunk.remove();
                return Ok(());
            }
            let text = std::mem::take(&mut state.text);
            let mut in_section = std::mem::take(&mut state.in_section);
            let mut out = String::with_capacity(text.len());
            for piece in pieces(&text, terms, &mut in_section) {
                match piece {
                    Piece::Plain(plain) => out.push_str(plain),
                    Piece::Term(index, words) => {
                        state.on_page.insert(index);
                        out.push_str(&term_button(&terms[index], words).into_string());
                    }
                }
            }
            state.in_section = in_section;
            chunk.replace(&out, ContentType::Html);
            Ok(())
        }));
    let Ok(marked) = rewrite_str(body.as_str(), settings) else {
        // The body was written by our own templates; if it cannot be read, keep it as it is.
        return body.clone();
    };
    let used = std::mem::take(&mut state.borrow_mut().on_page);
    if used.is_empty() {
        return body.clone();
    }
    let mut html = PageHtml::from_glossary_marks(marked);
    html.push(popovers(used.iter().map(|&index| &terms[index]), glossary_url));
    html
}

/// A term's use in the text: a button that opens its popover (the words are a name of the
/// term, which has no character that HTML text escapes).
fn term_button(term: &Term, words: &str) -> crate::content::html::Markup {
    html! {
        button type="button" class="glossary-term" popovertarget=(popover_id(term)) {
            (words)
        }
    }
}

/// The popovers of the terms used on a page: the term, its definition as the glossary gives
/// it, a link to the glossary, and a close button (Escape closes it too).
fn popovers<'a>(terms: impl Iterator<Item = &'a Term>, glossary_url: &str) -> crate::content::html::Markup {
    html! {
        div class="glossary-popovers" {
            @for term in terms {
                @let id = popover_id(term);
                div id=(id) class="glossary-popover" popover="auto" {
                    p class="glossary-popover__term" { strong { (term.heading) } }
                    div class="glossary-popover__definition" { (term.definition) }
                    p class="glossary-popover__more" {
                        a href={ (glossary_url) "#" (term.id) } { (crate::i18n::ja_with("glossary-popover-more", &[("term", &term.heading)])) }
                    }
                    button type="button" class="glossary-popover__close button button--secondary" popovertarget=(id) popovertargetaction="hide" { (crate::i18n::ja("glossary-popover-close")) }
                }
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn term(id: &str, names: &[&str]) -> Term {
        Term {
            id: id.to_string(),
            heading: names[0].to_string(),
            names: names.iter().map(|name| name.to_string()).collect(),
            definition: PageHtml::default(),
        }
    }

    fn terms() -> Vec<Term> {
        vec![term("term-shien-kaigi", &["支援会議"]), term("term-jusou-kaigi", &["重層的支援会議"])]
    }

    #[test]
    fn the_longest_name_wins_and_only_the_first_use_is_marked() {
        let mut used = BTreeSet::new();
        let found = pieces("重層的支援会議と支援会議、また支援会議", &terms(), &mut used);
        assert_eq!(
            found,
            [
                Piece::Term(1, "重層的支援会議"),
                Piece::Plain("と"),
                Piece::Term(0, "支援会議"),
                Piece::Plain("、また支援会議")
            ]
        );
    }

    #[test]
    fn terms_in_names_and_headings_stay_plain_and_each_section_marks_again() {
        let body: PageHtml = html! {
            p { "支援会議です。" a href="/x/" { "支援会議" } }
            h2 id="s" { "支援会議" }
            p { "支援会議と支援会議" }
        }
        .into();
        let marked = mark_terms(&body, &terms(), "/glossary/");
        let html = marked.as_str();
        assert_eq!(html.matches("<button type=\"button\" class=\"glossary-term\"").count(), 2, "{html}");
        assert!(html.contains("<a href=\"/x/\">支援会議</a>"), "{html}");
        assert!(html.contains("<h2 id=\"s\">支援会議</h2>"), "{html}");
        assert_eq!(html.matches(" popover=\"auto\">").count(), 1, "one popover per term on the page: {html}");
        assert!(html.contains("href=\"/glossary/#term-shien-kaigi\""), "{html}");
    }

    #[test]
    fn a_page_without_terms_is_left_as_it_was() {
        let body: PageHtml = html! { p { "ことば" } }.into();
        assert_eq!(mark_terms(&body, &terms(), "/glossary/"), body);
    }
}
