//! Search, the native side: the synonym file read and checked (`synonyms_file`), the records
//! made from the compiled content — sections of pages, windows, glossary terms, guide outcomes,
//! the staff course's pages — (`records`), the index files written from them (`index_files`, with the known words'
//! answers from `answers`) and the search page with
//! its 五十音 index (`page`). Runs last in the compiler, once every page is made.

pub mod answers;
pub mod index_files;
pub mod local;
pub mod page;
pub mod readings;
pub mod records;
pub mod synonyms_file;

use std::collections::BTreeMap;

use crate::content::compiled::CompiledSite;
use crate::content::furigana::Analyser;
use crate::content::outline::SectionText;
use crate::content::training::search::SearchedCourse;

/// The page id of the search page.
pub const SEARCH_PAGE_ID: &str = "search";

/// The index's files: path under the site's root → bytes, and the folder they are in.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct SearchIndex {
    /// `search/<16 hex>/`: the folder, named by the hash of everything in it.
    pub folder: String,
    /// The files, by path.
    pub files: BTreeMap<String, Vec<u8>>,
    /// How many records.
    pub records: usize,
}

/// How many pages [`add_search`] adds after every other page is made (the search page, made
/// last because it indexes every other page): counts of the site's pages made earlier add it.
pub const PAGES_MADE_LAST: usize = 1;

/// Makes the index from the site's pages and data and adds the search page. With an analyser
/// (the native side's dictionary), kanji words are indexed by their kana readings too.
pub fn add_search(
    site: &mut CompiledSite,
    sections: &BTreeMap<String, Vec<SectionText>>,
    course: &SearchedCourse,
    synonyms: &[Vec<String>],
    analyser: Option<&dyn Analyser>,
) {
    let records = records::records(site, sections, course);
    let readings = analyser.map(|analyser| readings::KanaReadings { names: &site.readings, analyser });
    site.search = index_files::write_index(&records, &site.config, synonyms, readings.as_ref());
    let page = page::search_page(site, &records);
    site.pages.push(page);
}

/// The fold map made from the Unicode crate, once per run.
pub fn fold_map() -> &'static crate::search::FoldMap {
    static FOLD: std::sync::OnceLock<crate::search::FoldMap> = std::sync::OnceLock::new();
    FOLD.get_or_init(crate::search::FoldMap::from_unicode)
}
