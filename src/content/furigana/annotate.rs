//! A page body → the same body with `<ruby>` readings on every word with kanji in its text.
//! Rewritten with `lol_html`: only text is touched, never a tag or an attribute; text inside
//! code, scripts, form options, titles and existing ruby is left as it is.

use std::cell::RefCell;
use std::collections::BTreeSet;
use std::rc::Rc;

use lol_html::html_content::ContentType;
use lol_html::{doc_text, element, rewrite_str, RewriteStrSettings};

use super::readings::Readings;
use super::ruby::{has_kanji, is_kanji, ruby_parts, Part};
use super::Analyser;
use crate::content::html::{html, PageHtml};

/// Elements whose text keeps no readings: code and samples (copied as they are), scripts and
/// styles, form options and text areas (which cannot hold markup), ruby already written,
/// anything marked `translate="no"` or with the class `no-furigana`; and the elements whose
/// text names something (links, buttons, labels, headings, captions, table headers):
/// Chromium puts a space around every `<ruby>` in an accessible name, even with the reading
/// hidden (「次 へ」 for the button 次へ), which breaks the name that voice control users say
/// and screen readers announce.
const PLAIN_ELEMENTS: &str = "code, pre, kbd, samp, var, script, style, template, title, textarea, select, option, optgroup, datalist, ruby, rt, rp, svg, math, [translate=no], .no-furigana, a, button, label, summary, legend, caption, h1, h2, h3, h4, h5, h6, th";

/// The readings a build adds, and the words it could not read.
pub struct Furigana<'a> {
    /// Names read from `readings.toml`.
    pub readings: &'a Readings,
    /// The analyser for every other word.
    pub analyser: &'a dyn Analyser,
}

impl Furigana<'_> {
    /// `body` with readings; every word with kanji the analyser could not read is added to `unread`.
    pub fn annotate(&self, body: &PageHtml, unread: &mut BTreeSet<String>) -> PageHtml {
        let state = Rc::new(RefCell::new(State::default()));
        let settings = RewriteStrSettings::new()
            .append_element_content_handler(element!(PLAIN_ELEMENTS, |element| {
                if element.can_have_content() {
                    state.borrow_mut().plain_depth += 1;
                    if let Some(handlers) = element.end_tag_handlers() {
                        let state = Rc::clone(&state);
                        let leave: lol_html::EndTagHandler<'static> = Box::new(move |_| {
                            let mut state = state.borrow_mut();
                            state.plain_depth = state.plain_depth.saturating_sub(1);
                            Ok(())
                        });
                        handlers.push(leave);
                    }
                }
                Ok(())
            }))
            .append_document_content_handler(doc_text!(|chunk| {
                let mut state = state.borrow_mut();
                if state.plain_depth > 0 {
                    return Ok(());
                }
                state.text.push_str(chunk.as_str());
                if chunk.last_in_text_node() {
                    let text = std::mem::take(&mut state.text);
                    if has_kanji(&text) {
                        chunk.replace(&self.text_with_readings(&text, &mut state.unread), ContentType::Html);
                    } else {
                        chunk.replace(&text, ContentType::Html);
                    }
                } else {
                    chunk.remove();
                }
                Ok(())
            }));
        match rewrite_str(body.as_str(), settings) {
            Ok(html) => {
                unread.extend(std::mem::take(&mut state.borrow_mut().unread));
                PageHtml::from_furigana(html)
            }
            // The body was written by our own templates; if it cannot be read, keep it as it is.
            Err(_) => body.clone(),
        }
    }

    /// `text` (HTML text: entities kept as written) with readings on its words with kanji.
    pub fn text_with_readings(&self, text: &str, unread: &mut BTreeSet<String>) -> String {
        let mut out = String::with_capacity(text.len() * 2);
        let mut plain_from = 0;
        let mut at = 0;
        while at < text.len() {
            if let Some((name, reading)) = self.readings.name_at(&text[at..]) {
                self.analysed(&text[plain_from..at], &mut out, unread);
                write_parts(&ruby_parts(name, reading), &mut out);
                at += name.len();
                plain_from = at;
            } else {
                at += text[at..].chars().next().map_or(1, char::len_utf8);
            }
        }
        self.analysed(&text[plain_from..], &mut out, unread);
        out
    }

    /// Writes `text` with the analyser's readings. Words of kanji only that stand side by side
    /// (a compound the dictionary split, such as 協 + 働) are written as one: if any part of it
    /// has no reading, none of it gets one, so a half-read compound never misleads.
    fn analysed(&self, text: &str, out: &mut String, unread: &mut BTreeSet<String>) {
        if !has_kanji(text) {
            out.push_str(text);
            return;
        }
        let mut written = 0;
        let mut compound: Vec<(&str, Option<String>)> = Vec::new();
        for word in self.analyser.words(text) {
            let Some(surface) = text.get(word.range.clone()) else { continue };
            if word.range.start < written {
                continue;
            }
            if word.range.start > written || !surface.chars().all(is_kanji) {
                write_compound(&mut compound, out, unread);
            }
            out.push_str(&text[written..word.range.start]);
            written = word.range.end;
            let reading = word.reading.filter(|reading| !reading.is_empty());
            if surface.chars().all(is_kanji) {
                compound.push((surface, reading));
                continue;
            }
            match reading.as_deref() {
                Some(reading) if has_kanji(surface) => write_parts(&ruby_parts(surface, reading), out),
                _ if has_kanji(surface) => {
                    unread.insert(surface.to_string());
                    out.push_str(surface);
                }
                _ => out.push_str(surface),
            }
        }
        write_compound(&mut compound, out, unread);
        out.push_str(&text[written..]);
    }
}

/// Writes words of kanji only that stand side by side (see `Furigana::analysed`), and empties the list.
fn write_compound(compound: &mut Vec<(&str, Option<String>)>, out: &mut String, unread: &mut BTreeSet<String>) {
    if compound.iter().all(|(_, reading)| reading.is_some()) {
        for (surface, reading) in compound.iter() {
            write_parts(&ruby_parts(surface, reading.as_deref().unwrap_or_default()), out);
        }
    } else {
        let whole: String = compound.iter().map(|(surface, _)| *surface).collect();
        out.push_str(&whole);
        unread.insert(whole);
    }
    compound.clear();
}

#[derive(Default)]
struct State {
    plain_depth: usize,
    text: String,
    unread: BTreeSet<String>,
}

/// Writes the parts: plain text as it came (it is HTML text already), readings with a template.
/// The reading is an attribute of an empty `<rt>` that the CSS shows (`rt::before { content:
/// attr(data-reading) }`), so the page's text stays as written: copying, find in page, the
/// guide's memo and anything reading `textContent` get 「相談」, not 「相談そうだん」.
fn write_parts(parts: &[Part], out: &mut String) {
    for part in parts {
        match part {
            Part::Plain(text) => out.push_str(text),
            Part::Ruby { base, reading } => {
                out.push_str(&html! { ruby { (base) rt data-reading=(reading) {} } }.into_string())
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::content::furigana::Word;

    /// A dictionary of a few words, longest first, for tests without the real one.
    struct Fake(&'static [(&'static str, &'static str)]);

    impl Analyser for Fake {
        fn words(&self, text: &str) -> Vec<Word> {
            let mut words = Vec::new();
            let mut at = 0;
            while at < text.len() {
                let rest = &text[at..];
                let (len, reading) = self
                    .0
                    .iter()
                    .find(|(word, _)| rest.starts_with(word))
                    .map_or((rest.chars().next().map_or(1, char::len_utf8), None), |(word, reading)| {
                        (word.len(), Some(reading.to_string()))
                    });
                words.push(Word { range: at..at + len, reading });
                at += len;
            }
            words
        }
    }

    const WORDS: &[(&str, &str)] = &[
        ("話し合い", "ハナシアイ"),
        ("相談", "ソウダン"),
        ("窓口", "マドグチ"),
        ("地区", "チク"),
        ("土肥", "ドヒ"),
        ("問題", "モンダイ"),
        ("号", "ゴウ"),
        ("第", "ダイ"),
    ];

    fn annotate(body: &str, names: &[(&str, &str)]) -> (String, BTreeSet<String>) {
        let readings = Readings::new(names.iter().map(|(a, b)| (a.to_string(), b.to_string())));
        let furigana = Furigana { readings: &readings, analyser: &Fake(WORDS) };
        let mut unread = BTreeSet::new();
        let html = furigana.annotate(&PageHtml::from_furigana(body.to_string()), &mut unread);
        (html.as_str().to_string(), unread)
    }

    #[test]
    fn words_with_kanji_get_ruby_and_okurigana_stay_outside() {
        let (html, _) = annotate("<p>話し合いの窓口</p>", &[]);
        assert_eq!(
            html,
            "<p><ruby>話<rt data-reading=\"はな\"></rt></ruby>し<ruby>合<rt data-reading=\"あ\"></rt></ruby>いの<ruby>窓口<rt data-reading=\"まどぐち\"></rt></ruby></p>"
        );
    }

    #[test]
    fn numbers_latin_and_entities_are_left_as_written() {
        let (html, _) = annotate("<p>8050問題とCSW &amp; 第1号</p>", &[]);
        assert_eq!(
            html,
            "<p>8050<ruby>問題<rt data-reading=\"もんだい\"></rt></ruby>とCSW &amp; <ruby>第<rt data-reading=\"だい\"></rt></ruby>1<ruby>号<rt data-reading=\"ごう\"></rt></ruby></p>"
        );
    }

    #[test]
    fn a_name_in_the_readings_file_wins_over_the_dictionary() {
        let (html, _) = annotate("<p>土肥地区</p>", &[("土肥", "とい")]);
        assert_eq!(
            html,
            "<p><ruby>土肥<rt data-reading=\"とい\"></rt></ruby><ruby>地区<rt data-reading=\"ちく\"></rt></ruby></p>"
        );
    }

    #[test]
    fn code_options_links_attributes_and_existing_ruby_are_untouched() {
        let body = "<p title=\"相談\"><a href=\"/相談/\">相談</a><code>相談</code></p><select><option>相談</option></select><ruby>窓口<rt data-reading=\"まどぐち\"></rt></ruby>";
        let (html, _) = annotate(body, &[]);
        assert_eq!(
            html,
            "<p title=\"相談\"><a href=\"/相談/\">相談</a><code>相談</code></p><select><option>相談</option></select><ruby>窓口<rt data-reading=\"まどぐち\"></rt></ruby>"
        );
    }

    #[test]
    fn a_compound_with_an_unread_part_gets_no_reading_at_all() {
        let (html, unread) = annotate("<p>相談狛の窓口</p>", &[]);
        assert_eq!(html, "<p>相談狛の<ruby>窓口<rt data-reading=\"まどぐち\"></rt></ruby></p>");
        assert!(unread.contains("相談狛"), "{unread:?}");
    }

    #[test]
    fn words_the_dictionary_cannot_read_are_reported_and_kept() {
        let (html, unread) = annotate("<p>狛</p>", &[]);
        assert_eq!(html, "<p>狛</p>");
        assert_eq!(unread.into_iter().collect::<Vec<_>>(), vec!["狛".to_string()]);
    }
}
