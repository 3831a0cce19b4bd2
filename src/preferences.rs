//! Reader preferences as plain values (the text size, the ふりがな), and how they are stored as text.
//! Reading is defensive: a missing, old or corrupt stored value gives the default.

/// The localStorage key of the text-size setting. Bump the version when the format changes.
pub const TEXT_SIZE_KEY: &str = "tsunagu.text-size.v1";

/// How large the reader wants the text.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum TextSize {
    /// The browser's size (16 px by default).
    #[default]
    Standard,
    /// 125 %.
    Large,
    /// 150 %.
    ExtraLarge,
}

impl TextSize {
    /// Every choice, in the order the control shows them.
    pub const ALL: [TextSize; 3] = [TextSize::Standard, TextSize::Large, TextSize::ExtraLarge];

    /// The value stored and set as `data-text-size` on `<html>`.
    pub fn as_str(self) -> &'static str {
        match self {
            TextSize::Standard => "standard",
            TextSize::Large => "large",
            TextSize::ExtraLarge => "x-large",
        }
    }

    /// Its place in [`TextSize::ALL`] (and in the shell's words for the sizes).
    pub fn position(self) -> usize {
        match self {
            TextSize::Standard => 0,
            TextSize::Large => 1,
            TextSize::ExtraLarge => 2,
        }
    }

    /// Reads a stored value; anything unknown (an old version, a typo, junk) gives `None`.
    pub fn from_stored(value: &str) -> Option<TextSize> {
        TextSize::ALL.into_iter().find(|size| size.as_str() == value)
    }
}

/// The localStorage key of the ふりがな setting. Bump the version when the format changes.
pub const FURIGANA_KEY: &str = "tsunagu.furigana.v1";

/// The attribute on `<html>` that shows the readings (`data-furigana="on"`); the CSS hides
/// every `<rt>` without it.
pub const FURIGANA_ATTR: &str = "data-furigana";

/// Whether the reader wants readings over kanji. Off unless chosen.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum Furigana {
    /// No readings shown (the default).
    #[default]
    Hidden,
    /// Readings shown over every word with kanji.
    Shown,
}

impl Furigana {
    /// The value stored, and set as `data-furigana` on `<html>` when shown.
    pub fn as_str(self) -> &'static str {
        match self {
            Furigana::Hidden => "off",
            Furigana::Shown => "on",
        }
    }

    /// Reads a stored value; anything unknown (an old version, junk) gives `None`.
    pub fn from_stored(value: &str) -> Option<Furigana> {
        [Furigana::Hidden, Furigana::Shown].into_iter().find(|choice| choice.as_str() == value)
    }

    /// The other choice.
    pub fn toggled(self) -> Furigana {
        match self {
            Furigana::Hidden => Furigana::Shown,
            Furigana::Shown => Furigana::Hidden,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_furigana_choice_round_trips_and_junk_is_ignored() {
        for choice in [Furigana::Hidden, Furigana::Shown] {
            assert_eq!(Furigana::from_stored(choice.as_str()), Some(choice));
            assert_eq!(choice.toggled().toggled(), choice);
        }
        for junk in ["", "ON", "true", "1", "{\"on\":true}"] {
            assert_eq!(Furigana::from_stored(junk), None, "{junk}");
        }
        assert_eq!(Furigana::default(), Furigana::Hidden);
    }

    #[test]
    fn every_size_round_trips_through_its_stored_text() {
        for size in TextSize::ALL {
            assert_eq!(TextSize::from_stored(size.as_str()), Some(size));
        }
    }

    #[test]
    fn unknown_or_corrupt_stored_values_are_ignored() {
        for junk in ["", "LARGE", "huge", "{\"size\":2}", "<script>"] {
            assert_eq!(TextSize::from_stored(junk), None, "{junk}");
        }
    }
}
