//! The message catalogue: the app's own words (not the content's) in each edition — 日本語,
//! やさしい日本語 and English — as Fluent files (`ja.ftl`, `easy.ftl`, `en.ftl`) compiled into the
//! native `tsunagu` command. Words are resolved at build time, where the page is prerendered, so
//! the WASM carries no catalogue and no Fluent: it reads the words from the page.

pub mod marked;

use std::sync::OnceLock;

use fluent_bundle::concurrent::FluentBundle;
use fluent_bundle::{FluentArgs, FluentResource};
use unic_langid::LanguageIdentifier;

use crate::site::{Edition, ShellWords, Word};

/// The catalogue files, by edition.
///
/// Every key of `ja.ftl` is in all three (the completeness test checks it). The page kinds built
/// only in Japanese (the windows' directory and pages, training, the accessibility results,
/// search, the evaluation indicators) have their words in [`JAPANESE_PAGES`], read with the
/// Japanese catalogue through [`ja`] and [`ja_with`].
pub const CATALOGUES: [(Edition, &str); 3] = [
    (Edition::Japanese, include_str!("ja.ftl")),
    (Edition::Easy, include_str!("easy.ftl")),
    (Edition::English, include_str!("en.ftl")),
];

/// The words of the page kinds built only in Japanese (`ja-pages.ftl`): part of the Japanese
/// bundle, with no easy or English counterpart until those pages have editions.
pub const JAPANESE_PAGES: &str = include_str!("ja-pages.ftl");

type Bundle = FluentBundle<FluentResource>;

/// The three bundles, parsed once. A catalogue that does not parse is a fault of the program
/// (the tests parse each), so it panics with the line rather than show a page without words.
fn bundles() -> &'static [(Edition, Bundle); 3] {
    static BUNDLES: OnceLock<[(Edition, Bundle); 3]> = OnceLock::new();
    BUNDLES.get_or_init(|| CATALOGUES.map(|(edition, source)| (edition, bundle(edition, source))))
}

fn bundle(edition: Edition, source: &str) -> Bundle {
    let tag: LanguageIdentifier = edition.lang().parse().unwrap_or_default();
    let mut bundle = FluentBundle::new_concurrent(vec![tag]);
    // No Unicode isolation marks around filled-in values: the pages are left-to-right only,
    // and the marks would end up in templates the browser fills in.
    bundle.set_use_isolating(false);
    let japanese_pages = (edition == Edition::Japanese).then_some(JAPANESE_PAGES);
    for source in std::iter::once(source).chain(japanese_pages) {
        let resource = match FluentResource::try_new(source.to_string()) {
            Ok(resource) => resource,
            Err((_, errors)) => panic!("the {} message catalogue does not parse: {errors:?}", edition.own_name()),
        };
        if let Err(errors) = bundle.add_resource(resource) {
            panic!("the {} message catalogue repeats a key: {errors:?}", edition.own_name());
        }
    }
    bundle
}

/// The message `key` in `edition`, with `args` filled in (`("count", "{count}")` keeps a
/// template for the browser). A key missing from an edition falls back to Japanese, and a key
/// missing everywhere is shown as itself; `tests/message_catalogue.rs` keeps both from happening.
pub fn text_with(edition: Edition, key: &str, args: &[(&str, &str)]) -> String {
    let mut fluent_args = FluentArgs::new();
    for (name, value) in args {
        fluent_args.set(*name, *value);
    }
    for wanted in [edition, Edition::Japanese] {
        let Some((_, bundle)) = bundles().iter().find(|(known, _)| *known == wanted) else { continue };
        if let Some(pattern) = bundle.get_message(key).and_then(|message| message.value()) {
            let mut errors = Vec::new();
            let text = bundle.format_pattern(pattern, (!args.is_empty()).then_some(&fluent_args), &mut errors);
            return text.into_owned();
        }
    }
    key.to_string()
}

/// The message `key` in `edition`, without arguments.
pub fn text(edition: Edition, key: &str) -> String {
    text_with(edition, key, &[])
}

/// A word of a Japanese-only page kind (`ja-pages.ftl`), or of `ja.ftl`.
pub fn ja(key: &str) -> String {
    text(Edition::Japanese, key)
}

/// A word of a Japanese-only page kind with `args` filled in (see [`text_with`]).
pub fn ja_with(key: &str, args: &[(&str, &str)]) -> String {
    text_with(Edition::Japanese, key, args)
}

/// Whether the Japanese catalogue (`ja.ftl` with `ja-pages.ftl`) has the message `key`: the
/// test that every key the code names exists asks this.
pub fn has_message(key: &str) -> bool {
    bundles().iter().any(|(edition, bundle)| *edition == Edition::Japanese && bundle.has_message(key))
}

/// The keys of a catalogue file, in order (for the completeness test): each line
/// `key = …` that starts a message.
pub fn keys(source: &str) -> Vec<String> {
    source
        .lines()
        .filter_map(|line| line.split_once(" =").map(|(key, _)| key))
        .filter(|key| !key.is_empty() && key.chars().all(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || c == '-'))
        .map(str::to_string)
        .collect()
}

/// The site shell's words in `edition` (the `shell-*` messages), for the page data. The words
/// that come from the site itself (its names and addresses, see [`shell_key`]) are left empty
/// here: the publisher fills them from `site.toml`.
pub fn shell_words(edition: Edition) -> ShellWords {
    ShellWords(
        Word::ALL.iter().map(|&word| shell_key(word).map(|key| text(edition, key)).unwrap_or_default()).collect(),
    )
}

/// The catalogue key of a shell word; `None` for the words the site gives (its names, the
/// addresses of its home and emergency pages).
pub fn shell_key(word: Word) -> Option<&'static str> {
    Some(match word {
        Word::SkipLink => "shell-skip-link",
        Word::UpdateReady => "shell-update-ready",
        Word::Reload => "shell-reload",
        Word::Emergency => "shell-emergency",
        Word::Menu => "shell-menu",
        Word::MainNav => "shell-main-nav",
        Word::TextSize => "shell-text-size",
        Word::SizeStandard => "shell-size-standard",
        Word::SizeLarge => "shell-size-large",
        Word::SizeExtraLarge => "shell-size-extra-large",
        Word::Furigana => "shell-furigana",
        Word::SearchLabel => "shell-search-label",
        Word::SearchButton => "shell-search-button",
        Word::Pager => "shell-pager",
        Word::Previous => "shell-previous",
        Word::Next => "shell-next",
        Word::Breadcrumbs => "shell-breadcrumbs",
        Word::FactsDepartment => "shell-facts-department",
        Word::FactsReviewed => "shell-facts-reviewed",
        Word::FactsLegal => "shell-facts-legal",
        Word::FooterDepartment => "shell-footer-department",
        Word::FooterReviewedBefore => "shell-footer-reviewed-before",
        Word::FooterReviewedAfter => "shell-footer-reviewed-after",
        Word::FooterAbout => "shell-footer-about",
        Word::Privacy => "shell-privacy",
        Word::Lang => "shell-lang",
        Word::LoadFailedTitle => "shell-load-failed-title",
        Word::LoadFailed => "shell-load-failed",
        Word::LoadFailedRetry => "shell-load-failed-retry",
        Word::SiteTitle
        | Word::SiteTagline
        | Word::NoticeLabel
        | Word::Notice
        | Word::SiteLang
        | Word::HomeUrl
        | Word::EmergencyUrl => return None,
    })
}
