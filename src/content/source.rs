//! Step 0 of the content pipeline: every file of a content folder, read up front into a
//! [`ContentTree`], so that the compiler itself never touches the file system. A tree comes from
//! a folder on disk ([`ContentTree::read_dir`]) or from files compiled into the program
//! ([`ContentTree::from_embedded`]), and trees stack as layers ([`ContentTree::overlay`]).
//!
//! **Layers.** tsunagu ships the national content (programmes, meetings, glossary, overview,
//! the window directory, the guides hub and the guides' wording, the home page and the cities
//! hub) as the lower layer: the repository's `content/` without `site.toml` and without any
//! city's folder ([`ContentTree::national_layer`]). A city's content folder is the upper layer:
//! its `site.toml`, its `cities/<id>/…`, and, optionally, its own version of any national file
//! at the same path, which replaces the national one.

use std::collections::BTreeMap;
use std::path::{Path, PathBuf};

use crate::content::error::{ContentError, ContentErrors};

/// One file of a content tree.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ContentFile {
    /// Where the file came from, as errors name it: `content/programmes/outreach.md` for a file
    /// read from disk, `<label>/programmes/outreach.md` for an embedded one.
    pub display: String,
    /// Its bytes, exactly as read.
    pub bytes: Vec<u8>,
}

/// Every file of a content folder by its relative, `/`-separated path (`cities/izu/windows.toml`).
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct ContentTree {
    /// How errors name the folder itself and files it does not hold (`content`, or a label).
    root: String,
    files: BTreeMap<String, ContentFile>,
}

impl ContentTree {
    /// An empty tree whose files and errors are named under `root` (a folder path or a label).
    pub fn new(root: &str) -> ContentTree {
        ContentTree { root: root.trim_end_matches('/').to_string(), files: BTreeMap::new() }
    }

    /// Reads every file under `dir`. Files and folders whose names start with `.` (`.git`,
    /// `.DS_Store`, editors' swap files) are left out; links are followed, but a folder link that
    /// leads back into a folder containing it is an error. Anything that cannot be read is an
    /// error naming its path: no file is ever skipped silently.
    pub fn read_dir(dir: &Path) -> Result<ContentTree, ContentErrors> {
        let mut tree = ContentTree::new(&display(dir));
        let not_a_folder = |message: String| {
            ContentErrors(vec![ContentError::in_file(
                display(dir),
                message,
                "Give the content folder: the one that holds site.toml (e.g. `content`).",
            )])
        };
        match std::fs::metadata(dir) {
            Err(error) => return Err(not_a_folder(format!("the content folder could not be read: {error}"))),
            Ok(metadata) if !metadata.is_dir() => {
                return Err(not_a_folder("this is a file, not a content folder".to_string()))
            }
            Ok(_) => {}
        }
        let mut errors = Vec::new();
        let mut open_folders: Vec<PathBuf> = std::fs::canonicalize(dir).into_iter().collect();
        read_folder(dir, "", &mut open_folders, &mut tree, &mut errors);
        if errors.is_empty() {
            Ok(tree)
        } else {
            Err(ContentErrors(errors))
        }
    }

    /// A tree of files compiled into the program, e.g. with `include_dir`: `(relative path, bytes)`.
    /// Errors name them `<label>/<path>`.
    pub fn from_embedded(label: &str, files: &[(&str, &[u8])]) -> ContentTree {
        let mut tree = ContentTree::new(label);
        for (path, bytes) in files {
            tree.insert(path, bytes.to_vec());
        }
        tree
    }

    /// Adds or replaces the file at `path` (relative, `/`-separated), named `<root>/<path>`.
    pub fn insert(&mut self, path: &str, bytes: Vec<u8>) {
        let path = normalize(path);
        let display = self.display_of(&path);
        self.files.insert(path, ContentFile { display, bytes });
    }

    /// This tree with `upper`'s files on top: a file of `upper` replaces the file at the same path.
    /// Files that neither holds are named under `upper`'s folder (where an author would add them).
    pub fn overlay(&self, upper: &ContentTree) -> ContentTree {
        let mut files = self.files.clone();
        files.extend(upper.files.iter().map(|(path, file)| (path.clone(), file.clone())));
        ContentTree { root: upper.root.clone(), files }
    }

    /// The national layer of this tree: every file but `site.toml` and the files inside a city's
    /// folder (`cities/<id>/…`). `cities/index.md`, the national cities hub, stays.
    pub fn national_layer(&self) -> ContentTree {
        let files = self
            .files
            .iter()
            .filter(|(path, _)| is_national(path))
            .map(|(path, file)| (path.clone(), file.clone()))
            .collect();
        ContentTree { root: self.root.clone(), files }
    }

    /// The file at `path`, if the tree has it.
    pub fn get(&self, path: &str) -> Option<&ContentFile> {
        self.files.get(path)
    }

    /// The file at `path` as text (without a leading byte-order mark): `None` if the tree does not
    /// have it, an error naming the file and line if it is not UTF-8.
    pub fn text(&self, path: &str) -> Option<Result<&str, ContentError>> {
        let file = self.files.get(path)?;
        Some(utf8_text(file))
    }

    /// The name to show and the text of an optional file: `None` if the tree has no such file,
    /// or if it cannot be read (the problem then goes to `errors`: never skipped in silence).
    pub fn optional_text(&self, path: &str, errors: &mut Vec<ContentError>) -> Option<(String, &str)> {
        match self.text(path)? {
            Ok(text) => Some((self.display_of(path), text)),
            Err(error) => {
                errors.push(error);
                None
            }
        }
    }

    /// Every path, in the order a reader of the folder would list them: component by component,
    /// so `guide/index.md` comes before `guide.md`.
    pub fn paths(&self) -> Vec<&str> {
        let mut paths: Vec<&str> = self.files.keys().map(String::as_str).collect();
        paths.sort_by(|a, b| a.split('/').cmp(b.split('/')));
        paths
    }

    /// The paths that start with `prefix` (e.g. `cities/izu/guides/`), in `paths` order.
    pub fn paths_under(&self, prefix: &str) -> Vec<&str> {
        let mut paths: Vec<&str> = self
            .files
            .range::<str, _>((std::ops::Bound::Included(prefix), std::ops::Bound::Unbounded))
            .map(|(path, _)| path.as_str())
            .take_while(|path| path.starts_with(prefix))
            .collect();
        paths.sort_by(|a, b| a.split('/').cmp(b.split('/')));
        paths
    }

    /// How many files the tree holds.
    pub fn len(&self) -> usize {
        self.files.len()
    }

    /// Whether the tree holds no file.
    pub fn is_empty(&self) -> bool {
        self.files.is_empty()
    }

    /// How errors name the file at `path`: its own name if the tree has it, else the path under
    /// the tree's folder (for "create this file" hints). `""` names the folder itself.
    pub fn display_of(&self, path: &str) -> String {
        match self.files.get(path) {
            Some(file) => file.display.clone(),
            None if path.is_empty() => self.root.clone(),
            None if self.root.is_empty() => path.to_string(),
            None => format!("{}/{path}", self.root),
        }
    }
}

/// Whether a path belongs to the national layer (see the module's documentation).
fn is_national(path: &str) -> bool {
    let mut segments = path.split('/');
    // The staff course (`training/`) is sample content like the cities: it is built on the five
    // sample cities' plans and guides, so a city writes its own.
    let is_site_toml_in_a_city_or_the_course = matches!(
        (segments.next(), segments.next(), segments.next()),
        (Some("site.toml"), None, _) | (Some("cities"), Some(_), Some(_)) | (Some("training"), Some(_), _)
    );
    !is_site_toml_in_a_city_or_the_course
}

fn utf8_text(file: &ContentFile) -> Result<&str, ContentError> {
    match std::str::from_utf8(&file.bytes) {
        Ok(text) => Ok(text.strip_prefix('\u{feff}').unwrap_or(text)),
        Err(error) => {
            let valid = &file.bytes[..error.valid_up_to()];
            let line = valid.iter().filter(|&&byte| byte == b'\n').count() + 1;
            Err(ContentError::at_line(
                &file.display,
                line,
                "the file is not UTF-8 text (its first byte that is not UTF-8 is on this line)",
                "Save it as UTF-8 (in most editors: Save with Encoding → UTF-8). tsunagu reads every content file as UTF-8; a file saved as Shift_JIS reads like this.",
            ))
        }
    }
}

fn normalize(path: &str) -> String {
    path.replace('\\', "/").trim_start_matches("./").trim_start_matches('/').to_string()
}

/// Reads the folder `dir` (at `prefix` in the tree) and every folder under it. Returns `false`
/// once the tree is over [`MAX_FILES`], so that every folder above stops too.
fn read_folder(
    dir: &Path,
    prefix: &str,
    open_folders: &mut Vec<PathBuf>,
    tree: &mut ContentTree,
    errors: &mut Vec<ContentError>,
) -> bool {
    let unreadable_folder = |error: std::io::Error| {
        ContentError::in_file(
            display(dir),
            format!("the folder could not be read: {error}"),
            "Check that you may read it (its permissions), or move it out of the content folder.",
        )
    };
    let entries = match std::fs::read_dir(dir) {
        Ok(entries) => entries,
        Err(error) => {
            errors.push(unreadable_folder(error));
            return true;
        }
    };
    let mut listed = Vec::new();
    for entry in entries {
        match entry {
            Ok(entry) => listed.push(entry),
            Err(error) => errors.push(unreadable_folder(error)),
        }
    }
    listed.sort_by_key(|entry| entry.file_name());
    for entry in listed {
        let path = entry.path();
        let Some(name) = entry.file_name().to_str().map(str::to_string) else {
            errors.push(ContentError::in_file(
                display(&path),
                "the file name is not valid Unicode text",
                "Rename it using lower-case ASCII letters, digits and `-`.",
            ));
            continue;
        };
        if name.starts_with('.') {
            continue;
        }
        let relative = if prefix.is_empty() { name } else { format!("{prefix}/{name}") };
        // `metadata` follows links, so a linked file or folder is read like any other.
        let metadata = match std::fs::metadata(&path) {
            Ok(metadata) => metadata,
            Err(error) => {
                errors.push(ContentError::in_file(
                    display(&path),
                    format!("the file could not be read: {error}"),
                    "If it is a link, make it point to a file that exists; otherwise check its permissions.",
                ));
                continue;
            }
        };
        if metadata.is_dir() {
            let canonical = std::fs::canonicalize(&path).unwrap_or_else(|_| path.clone());
            if open_folders.contains(&canonical) {
                errors.push(ContentError::in_file(
                    display(&path),
                    "this folder link leads back into a folder that contains it, so the folder would never end",
                    "Remove the link, or make it point to a folder outside this one.",
                ));
                continue;
            }
            open_folders.push(canonical);
            let go_on = read_folder(&path, &relative, open_folders, tree, errors);
            open_folders.pop();
            if !go_on {
                return false;
            }
        } else if !read_file(&path, relative, metadata.len(), tree, errors) {
            return false;
        }
    }
    true
}

/// The largest content file read, in bytes: far above any plan's chapter (the largest bundled
/// file is under 100 KB), and low enough that a build stays within memory and a second.
pub const MAX_FILE_BYTES: u64 = 8 * 1_048_576;

/// The most files a content folder may hold (the bundled sample has about 120).
pub const MAX_FILES: usize = 50_000;

/// Reads one file into the tree, or reports why not. Returns `false` once the folder holds more
/// than [`MAX_FILES`] files, so the walk stops.
fn read_file(path: &Path, relative: String, size: u64, tree: &mut ContentTree, errors: &mut Vec<ContentError>) -> bool {
    if size > MAX_FILE_BYTES {
        errors.push(ContentError::in_file(
            display(path),
            format!(
                "the file is {:.1} MB, more than the {} MB a content file may be",
                size as f64 / 1_048_576.0,
                MAX_FILE_BYTES / 1_048_576
            ),
            "Split it into several pages (a plan's chapters, say), or move files that are not content (PDFs, images) out of the content folder.",
        ));
    } else if tree.files.len() >= MAX_FILES {
        errors.push(ContentError::in_file(
            display(path),
            format!("the content folder has more than {MAX_FILES} files; this one and any after it were not read"),
            "Give the folder that holds site.toml, not a folder above it, and move anything that is not content out of it.",
        ));
        return false;
    } else {
        match std::fs::read(path) {
            Ok(bytes) => {
                tree.files.insert(relative, ContentFile { display: display(path), bytes });
            }
            Err(error) => errors.push(ContentError::in_file(
                display(path),
                format!("the file could not be read: {error}"),
                "Check that you may read it (its permissions), or move it out of the content folder.",
            )),
        }
    }
    true
}

/// A path as errors show it, with `/` on every system.
pub fn display(path: &Path) -> String {
    path.to_string_lossy().replace('\\', "/")
}

#[cfg(test)]
mod tests {
    use super::*;

    fn tree(files: &[(&str, &str)]) -> ContentTree {
        let files: Vec<(&str, &[u8])> = files.iter().map(|(path, text)| (*path, text.as_bytes())).collect();
        ContentTree::from_embedded("national", &files)
    }

    #[test]
    fn the_national_layer_keeps_the_cities_hub_and_drops_site_toml_and_city_folders() {
        let all = tree(&[
            ("site.toml", ""),
            ("index.md", ""),
            ("cities/index.md", ""),
            ("cities/izu/index.md", ""),
            ("cities/izu/guides/resident.toml", ""),
            ("guides/resident.prose.md", ""),
        ]);
        assert_eq!(all.national_layer().paths(), ["cities/index.md", "guides/resident.prose.md", "index.md"]);
    }

    #[test]
    fn an_upper_layer_replaces_files_at_the_same_path_and_names_missing_files_in_its_folder() {
        let lower = tree(&[("index.md", "national"), ("glossary.md", "national")]);
        let mut upper = ContentTree::new("my-city/");
        upper.insert("index.md", b"city".to_vec());
        let both = lower.overlay(&upper);
        assert_eq!(both.text("index.md").unwrap().unwrap(), "city");
        assert_eq!(both.get("index.md").unwrap().display, "my-city/index.md");
        assert_eq!(both.get("glossary.md").unwrap().display, "national/glossary.md");
        assert_eq!(both.display_of("cities/x/index.md"), "my-city/cities/x/index.md");
    }

    #[test]
    fn paths_are_listed_folder_by_folder() {
        let listed = tree(&[("guide.md", ""), ("guide/index.md", ""), ("a.md", ""), ("guide/x/y.md", "")]);
        assert_eq!(listed.paths(), ["a.md", "guide/index.md", "guide/x/y.md", "guide.md"]);
        assert_eq!(listed.paths_under("guide/"), ["guide/index.md", "guide/x/y.md"]);
    }

    #[test]
    fn text_that_is_not_utf8_names_the_line_of_the_first_bad_byte() {
        let mut files = ContentTree::new("content");
        files.insert("windows.toml", b"# ok\nname = \"\x88\xc9\x93\xa4\"\n".to_vec());
        files.insert("bom.md", "\u{feff}+++".as_bytes().to_vec());
        let error = files.text("windows.toml").unwrap().unwrap_err();
        assert_eq!(error.file, "content/windows.toml");
        assert_eq!(error.line, Some(2));
        assert!(error.message.starts_with("the file is not UTF-8 text"), "{error}");
        assert_eq!(files.text("bom.md").unwrap().unwrap(), "+++", "a byte-order mark is dropped");
        assert!(files.text("nothing.md").is_none());
    }
}
