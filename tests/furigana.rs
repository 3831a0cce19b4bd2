//! ふりがな, end to end: the build writes `<ruby>` readings into page bodies with the real
//! dictionary (Debian's mecab-ipadic, which the test command installs), takes proper names from
//! `readings.toml`, and leaves the search index, titles and attributes without readings.

use std::collections::BTreeSet;
use std::path::Path;

use tsunagu::content::furigana::annotate::Furigana;
use tsunagu::content::furigana::readings::Readings;
use tsunagu::content::{compile_site, PageKind};
use tsunagu::publish::assets::SiteAssets;
use tsunagu::publish::dictionary::analyser;
use tsunagu::publish::publish;

fn with_dictionary(text: &str) -> String {
    let analyser = analyser().expect("the dictionary is installed (apt-get install mecab-ipadic)");
    let readings = Readings::default();
    Furigana { readings: &readings, analyser }.text_with_readings(text, &mut BTreeSet::new())
}

#[test]
fn the_dictionary_reads_kanji_words_and_keeps_okurigana_outside() {
    assert_eq!(
        with_dictionary("話し合い"),
        "<ruby>話<rt data-reading=\"はな\"></rt></ruby>し<ruby>合<rt data-reading=\"あ\"></rt></ruby>い"
    );
    assert_eq!(
        with_dictionary("相談窓口"),
        "<ruby>相談<rt data-reading=\"そうだん\"></rt></ruby><ruby>窓口<rt data-reading=\"まどぐち\"></rt></ruby>"
    );
}

#[test]
fn a_table_row_is_read_gyou_not_kudari() {
    let html = with_dictionary("表の行に載っている");
    assert!(html.contains("<ruby>行<rt data-reading=\"ぎょう\"></rt></ruby>"), "{html}");
    assert!(with_dictionary("事業を行う").contains("<ruby>行<rt data-reading=\"おこな\"></rt></ruby>う"));
}

#[test]
fn numbers_and_latin_letters_get_no_reading() {
    let html = with_dictionary("8050問題とCSW、3か所");
    assert!(html.starts_with("8050<ruby>問題<rt data-reading=\"もんだい\"></rt></ruby>とCSW、3か"), "{html}");
    assert!(!html.contains("はちせん") && !html.contains("CSW<rt"), "{html}");
}

#[test]
fn a_name_in_the_fixtures_readings_file_overrides_the_dictionary() {
    let site = compile_site(Path::new("tests/fixtures/content/valid"), "/").expect("the fixture compiles");
    let files = publish(&site, &SiteAssets::bundled(None).unwrap()).unwrap();
    let city = String::from_utf8(files.files["cities/testcity/windows/index.html"].clone()).unwrap();
    assert!(city.contains("<ruby>試験市<rt data-reading=\"ためしし\"></rt></ruby>"), "the override is used");
    assert!(
        !city.contains("<title><ruby>") && city.contains("<title>試験市の相談窓口"),
        "the tab title has no readings"
    );
    assert!(files.no_furigana.is_none());
}

#[test]
fn the_bundled_site_gets_readings_in_bodies_but_not_in_its_search_index_or_titles() {
    let site = compile_site(Path::new("content"), "/").expect("the bundled content compiles");
    let files = publish(&site, &SiteAssets::bundled(None).unwrap()).unwrap();
    let izu = String::from_utf8(files.files["cities/izu/index.html"].clone()).unwrap();
    assert!(izu.contains("<ruby>土肥<rt data-reading=\"とい\"></rt></ruby>"), "readings.toml's 土肥");
    let guide = site.pages.iter().find(|page| page.kind == PageKind::Guide).expect("a guide");
    let guide_html = String::from_utf8(files.files[&format!("{}/index.html", guide.id)].clone()).unwrap();
    assert!(guide_html.contains("<rt "), "guide screens carry readings");
    for (path, bytes) in &files.files {
        let index_file = path.starts_with("search/") && !path.ends_with(".html");
        if index_file || path.ends_with(".json") && !path.starts_with("_fragments/") {
            assert!(!String::from_utf8_lossy(bytes).contains("<rt "), "{path} has no readings");
        }
    }
    assert!(!files
        .files
        .iter()
        .any(|(path, bytes)| path.ends_with(".html") && String::from_utf8_lossy(bytes).contains("<title><ruby>")));
}
