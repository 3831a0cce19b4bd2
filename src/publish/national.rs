//! The national content layer compiled into this program: the programme, meeting and glossary
//! pages, the hubs and the guides' wording (the repository's `content/` without `site.toml` and
//! the sample cities). A city's own folder is laid on top of it.

use include_dir::{include_dir, Dir, DirEntry};

use crate::content::ContentTree;

static BUNDLED_CONTENT: Dir<'_> = include_dir!("$CARGO_MANIFEST_DIR/content");

/// What errors call the bundled files: `tsunagu:national/<path>`.
pub const NATIONAL_LABEL: &str = "tsunagu:national";

/// The national layer this tsunagu ships.
pub fn national_layer() -> ContentTree {
    let mut files = Vec::new();
    collect(&BUNDLED_CONTENT, &mut files);
    let list: Vec<(&str, &[u8])> = files.iter().map(|(path, bytes)| (path.as_str(), *bytes)).collect();
    ContentTree::from_embedded(NATIONAL_LABEL, &list).national_layer()
}

fn collect(dir: &'static Dir<'static>, out: &mut Vec<(String, &'static [u8])>) {
    for entry in dir.entries() {
        match entry {
            DirEntry::Dir(inner) => collect(inner, out),
            DirEntry::File(file) => out.push((file.path().to_string_lossy().replace('\\', "/"), file.contents())),
        }
    }
}
