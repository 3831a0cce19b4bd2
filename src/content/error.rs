//! The one error type for bad content: where it is (file, line, column) and how to fix it.

use std::fmt;

/// A problem found in a content file. Every content check reports one of these.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ContentError {
    /// Path of the file, relative to the folder the build was run from.
    pub file: String,
    /// 1-based line, when the problem has one.
    pub line: Option<usize>,
    /// 1-based column, when known.
    pub column: Option<usize>,
    /// What is wrong, in one sentence.
    pub message: String,
    /// How to fix it, in one sentence.
    pub hint: String,
}

impl ContentError {
    /// An error for a whole file (no line).
    pub fn in_file(file: impl Into<String>, message: impl Into<String>, hint: impl Into<String>) -> Self {
        ContentError { file: file.into(), line: None, column: None, message: message.into(), hint: hint.into() }
    }

    /// An error at a line of a file.
    pub fn at_line(file: impl Into<String>, line: usize, message: impl Into<String>, hint: impl Into<String>) -> Self {
        ContentError { line: Some(line), ..ContentError::in_file(file, message, hint) }
    }

    /// The same error with a column.
    pub fn with_column(mut self, column: usize) -> Self {
        self.column = Some(column);
        self
    }
}

impl fmt::Display for ContentError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}", self.file)?;
        if let Some(line) = self.line {
            write!(f, ":{line}")?;
            if let Some(column) = self.column {
                write!(f, ":{column}")?;
            }
        }
        write!(f, ": error: {}\n  help: {}", self.message, self.hint)
    }
}

impl std::error::Error for ContentError {}

/// All the problems one build found, so an author can fix them in one go.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ContentErrors(pub Vec<ContentError>);

impl fmt::Display for ContentErrors {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        for error in &self.0 {
            writeln!(f, "{error}")?;
        }
        write!(f, "{} content error(s): the site was not built.", self.0.len())
    }
}

impl std::error::Error for ContentErrors {}

impl ContentError {
    /// Parses `text` (the file `file`) as the TOML of `T`: a mistake is an error at its line and
    /// column, naming `what` the file is, with `hint` saying how to write it.
    pub fn parse_toml<T: serde::de::DeserializeOwned>(
        file: &str,
        text: &str,
        what: &str,
        hint: &str,
    ) -> Result<T, ContentError> {
        toml::from_str(text).map_err(|error| ContentError::from_toml(file, text, &error, what, hint))
    }

    /// A TOML file that could not be read into its shape: `what` names the file in the message
    /// ("the windows file"), the line and column come from toml's own span.
    pub fn from_toml(file: &str, text: &str, error: &toml::de::Error, what: &str, hint: &str) -> ContentError {
        let (line, column) = error.span().map_or((1, 1), |span| line_and_column(text, span.start));
        ContentError::at_line(
            file,
            line,
            format!("{what} is not valid: {}", error.message().trim().trim_end_matches('.')),
            hint,
        )
        .with_column(column)
    }
}

/// Turns a byte offset in `text` into a 1-based (line, column), counting columns in characters.
pub fn line_and_column(text: &str, offset: usize) -> (usize, usize) {
    let offset = offset.min(text.len());
    let before = &text[..floor_char_boundary(text, offset)];
    let line = before.matches('\n').count() + 1;
    let column = before.rsplit('\n').next().map_or(0, |rest| rest.chars().count()) + 1;
    (line, column)
}

fn floor_char_boundary(text: &str, mut offset: usize) -> usize {
    while offset > 0 && !text.is_char_boundary(offset) {
        offset -= 1;
    }
    offset
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn display_names_file_line_column_and_help() {
        let error = ContentError::at_line("content/a.md", 3, "bad thing", "do this").with_column(5);
        assert_eq!(error.to_string(), "content/a.md:3:5: error: bad thing\n  help: do this");
    }

    #[test]
    fn line_and_column_counts_japanese_characters_as_one_column() {
        let text = "一行目\n二行目のX";
        let offset = text.find('X').unwrap();
        assert_eq!(line_and_column(text, offset), (2, 5));
    }
}
