//! The language editions of the site: 日本語 (the pages as written), やさしい日本語 and English.
//! An edition's page has the Japanese page's id under the edition's prefix (`easy/emergency`,
//! `en/cities/izu`), so its address is `/easy/emergency/`: a link can be shared, a static host
//! needs no logic, and each page is prerendered with its own `<html lang>`. Pure and shared by
//! the build and the WASM.

/// One language edition of the site.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum Edition {
    /// The pages as written, in Japanese.
    Japanese,
    /// やさしい日本語 (Japanese written for readers with less Japanese: short sentences, hard
    /// words explained).
    Easy,
    /// English, written for the purpose.
    English,
}

impl Edition {
    /// Every edition, in the order the language selector lists them.
    pub const ALL: [Edition; 3] = [Edition::Japanese, Edition::Easy, Edition::English];

    /// The editions other than Japanese, which live under a prefix.
    pub const TRANSLATED: [Edition; 2] = [Edition::Easy, Edition::English];

    /// The key in content file names (`emergency.easy.md`) and in the address prefix (`easy/`);
    /// empty for Japanese.
    pub fn key(self) -> &'static str {
        match self {
            Edition::Japanese => "",
            Edition::Easy => "easy",
            Edition::English => "en",
        }
    }

    /// The BCP 47 tag for `lang` and `hreflang`. やさしい日本語 is Japanese, so `ja` (no
    /// registered tag tells the two apart).
    pub fn lang(self) -> &'static str {
        match self {
            Edition::Japanese | Edition::Easy => "ja",
            Edition::English => "en",
        }
    }

    /// The edition's name in its own language, for the language selector.
    pub fn own_name(self) -> &'static str {
        match self {
            Edition::Japanese => "日本語",
            Edition::Easy => "やさしい日本語",
            Edition::English => "English",
        }
    }

    /// The edition of a page id, and the id of the Japanese page it renders
    /// (`en/cities/izu` → English, `cities/izu`; `easy` → Easy, the home page ``).
    pub fn of_page_id(id: &str) -> (Edition, &str) {
        for edition in Edition::TRANSLATED {
            let key = edition.key();
            if id == key {
                return (edition, "");
            }
            if let Some(rest) = id.strip_prefix(key).and_then(|rest| rest.strip_prefix('/')) {
                return (edition, rest);
            }
        }
        (Edition::Japanese, id)
    }

    /// The id of the Japanese page `japanese_id` in this edition.
    pub fn page_id(self, japanese_id: &str) -> String {
        match (self, japanese_id.is_empty()) {
            (Edition::Japanese, _) => japanese_id.to_string(),
            (_, true) => self.key().to_string(),
            (_, false) => format!("{}/{japanese_id}", self.key()),
        }
    }

    /// The edition a content file is written in, from its name (`emergency.en.md`), and the
    /// path of the Japanese file it translates (`emergency.md`).
    pub fn of_file(path: &str) -> (Edition, String) {
        for edition in Edition::TRANSLATED {
            if let Some(stem) = path.strip_suffix(&format!(".{}.md", edition.key())) {
                return (edition, format!("{stem}.md"));
            }
        }
        (Edition::Japanese, path.to_string())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn an_edition_page_id_names_its_japanese_page() {
        assert_eq!(Edition::of_page_id("en/cities/izu"), (Edition::English, "cities/izu"));
        assert_eq!(Edition::of_page_id("easy"), (Edition::Easy, ""));
        assert_eq!(Edition::of_page_id("english/x"), (Edition::Japanese, "english/x"));
        assert_eq!(Edition::of_page_id("emergency"), (Edition::Japanese, "emergency"));
        assert_eq!(Edition::English.page_id(""), "en");
        assert_eq!(Edition::Easy.page_id("emergency"), "easy/emergency");
    }

    #[test]
    fn an_edition_file_names_the_japanese_file_it_translates() {
        assert_eq!(Edition::of_file("cities/izu/index.easy.md"), (Edition::Easy, "cities/izu/index.md".to_string()));
        assert_eq!(Edition::of_file("emergency.en.md"), (Edition::English, "emergency.md".to_string()));
        assert_eq!(Edition::of_file("emergency.md"), (Edition::Japanese, "emergency.md".to_string()));
    }
}
