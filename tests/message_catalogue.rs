//! The message catalogue (`src/i18n/*.ftl`): every key is in all three editions, each parses,
//! templates keep the `{name}`s the browser fills in, and the やさしい日本語 messages keep the
//! readability check's sentence limit.
#![cfg(feature = "ssr")]

use tsunagu::content::editions::readability::check_readability;
use tsunagu::i18n::{keys, text, text_with, CATALOGUES};
use tsunagu::site::{Edition, Word};

#[test]
fn every_key_is_in_the_japanese_easy_and_english_catalogues() {
    let japanese = keys(CATALOGUES[0].1);
    assert!(japanese.len() > 50, "the Japanese catalogue has {} keys", japanese.len());
    for (edition, source) in CATALOGUES {
        let found = keys(source);
        let missing: Vec<&String> = japanese.iter().filter(|key| !found.contains(key)).collect();
        let extra: Vec<&String> = found.iter().filter(|key| !japanese.contains(key)).collect();
        assert!(missing.is_empty(), "{} catalogue lacks {missing:?}", edition.own_name());
        assert!(extra.is_empty(), "{} catalogue has keys Japanese lacks: {extra:?}", edition.own_name());
        let mut sorted = found.clone();
        sorted.sort();
        sorted.dedup();
        assert_eq!(sorted.len(), found.len(), "{} catalogue repeats a key", edition.own_name());
        for key in &found {
            let words = text(edition, key);
            assert!(!words.trim().is_empty() && words != *key, "{}: `{key}` gives {words:?}", edition.own_name());
        }
    }
}

#[test]
fn templates_keep_the_names_the_browser_fills_in() {
    for edition in Edition::ALL {
        let progress = text_with(edition, "guide-progress-more", &[("number", "{number}"), ("left", "{left}")]);
        assert!(progress.contains("{number}") && progress.contains("{left}"), "{progress}");
        assert!(!progress.contains('\u{2068}'), "no isolation marks: {progress:?}");
    }
    assert_eq!(text_with(Edition::Japanese, "guide-quoted", &[("text", "はい")]), "「はい」");
    assert_eq!(text_with(Edition::English, "guide-quoted", &[("text", "Yes")]), "“Yes”");
    assert_eq!(text(Edition::English, "guide-because-before"), "Suggested because you chose ");
}

#[test]
fn easy_messages_keep_sentences_short() {
    let (_, source) = CATALOGUES[1];
    let lines: Vec<(usize, String)> = keys(source)
        .iter()
        .enumerate()
        .map(|(at, key)| (at + 1, text(Edition::Easy, key)))
        .filter(|(_, words)| !words.contains('{'))
        .collect();
    let long: Vec<String> = check_readability(&lines, &[], &[])
        .into_iter()
        .filter(|problem| problem.message.contains("characters"))
        .map(|problem| format!("{}: {}", keys(source)[problem.line - 1], problem.message))
        .collect();
    assert!(long.is_empty(), "{long:#?}");
}

#[test]
fn the_shell_has_every_word_in_every_edition_and_english_has_no_japanese() {
    for edition in Edition::ALL {
        let words = tsunagu::i18n::shell_words(edition);
        assert_eq!(words.0.len(), Word::ALL.len());
        for word in Word::ALL {
            let text = words.get(word);
            let key = tsunagu::i18n::shell_key(word);
            assert!(keys(CATALOGUES[0].1).iter().any(|known| known == key), "{key} is not in the catalogue");
            assert!(!text.trim().is_empty() && text != key, "{}: {word:?} gives {text:?}", edition.own_name());
            if edition == Edition::English {
                let japanese = text.chars().any(|c| ('\u{3040}'..='\u{9fff}').contains(&c));
                assert!(!japanese, "English shell word in Japanese: {word:?} = {text}");
            }
        }
    }
    assert_eq!(tsunagu::i18n::shell_words(Edition::Japanese).get(Word::SkipLink), "本文へ移動");
    assert_eq!(tsunagu::i18n::shell_words(Edition::English).get(Word::SizeExtraLarge), "Extra large");
    assert_eq!(tsunagu::i18n::shell_words(Edition::Easy).get(Word::Next), "次の ページ");
}
