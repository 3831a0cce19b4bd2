//! The `tsunagu` command's building blocks, as a city's web team meets them: layers, a new
//! city in an empty folder, where a build may write, and a bad base path.

use std::path::PathBuf;

use tsunagu::cli::{build_site, layered_content, BuildInput};
use tsunagu::publish::write_site;

fn temp_dir(name: &str) -> PathBuf {
    let dir = std::env::temp_dir().join(format!("tsunagu-cli-{name}-{}", std::process::id()));
    let _ = std::fs::remove_dir_all(&dir);
    dir
}

fn input(content: PathBuf, base: &str) -> BuildInput {
    BuildInput { content, style: None, app: None, base: base.to_string() }
}

/// A content folder holding only a site.toml and one city made by the new-city scaffold.
fn one_city_folder(name: &str) -> PathBuf {
    let dir = temp_dir(name);
    std::fs::create_dir_all(&dir).unwrap();
    std::fs::write(
        dir.join("site.toml"),
        "format = 1\ntitle = \"下田市\"\ntagline = \"案内\"\nnotice = \"\"\nnav = [\"programmes\", \"glossary\"]\n",
    )
    .unwrap();
    tsunagu::content::scaffold_city("shimoda", "下田市", "静岡県").unwrap().write_to(&dir).unwrap();
    dir
}

#[test]
fn a_new_city_in_an_empty_folder_builds_with_the_national_pages_under_a_sub_folder() {
    let dir = one_city_folder("new-city");
    let tree = layered_content(&dir).unwrap();
    assert!(tree.get("programmes/outreach.md").is_some(), "the national pages come with tsunagu");
    assert!(tree.get("cities/izu/index.md").is_none(), "the sample cities do not");
    let (site, files) = build_site(&input(dir.clone(), "/fukushi/")).unwrap_or_else(|problem| panic!("{problem}"));
    assert_eq!(site.config.cities.len(), 1);
    let home = String::from_utf8(files.files["index.html"].clone()).unwrap();
    assert!(home.contains("/fukushi/cities/shimoda/"), "the home page lists the one city");
    assert!(!home.contains("伊豆市"), "and no sample city");
    let _ = std::fs::remove_dir_all(&dir);
}

#[test]
fn a_readme_in_the_content_folder_is_not_a_page() {
    let dir = one_city_folder("readme");
    std::fs::write(dir.join("README.md"), "# このフォルダについて\n").unwrap();
    let built = build_site(&input(dir.clone(), "/"));
    assert!(built.is_ok(), "{}", built.err().map(|problem| problem.to_string()).unwrap_or_default());
    let _ = std::fs::remove_dir_all(&dir);
}

#[test]
fn a_folder_that_is_a_whole_site_gets_no_national_layer() {
    let tree = layered_content(std::path::Path::new("tests/fixtures/content/valid")).unwrap();
    assert!(tree.get("overview.md").is_none());
    assert!(tree.get("glossary.md").is_some());
}

#[test]
fn a_build_replaces_an_earlier_build_and_refuses_any_other_folder() {
    let (_, files) = build_site(&input(PathBuf::from("tests/fixtures/content/valid"), "/")).unwrap();
    let out = temp_dir("out");
    write_site(&files, &out).unwrap();
    // A page the next build no longer makes, and a host's own files beside the site.
    let stale = files.files.keys().find(|path| path.contains('/')).unwrap().clone();
    let mut fewer = tsunagu::publish::SiteFiles { files: files.files.clone(), ..Default::default() };
    fewer.files.remove(&stale);
    std::fs::write(out.join("CNAME"), "fukushi.example.jp").unwrap();
    std::fs::create_dir_all(out.join(".git")).unwrap();
    write_site(&fewer, &out).unwrap();
    assert!(!out.join(&stale).exists(), "nothing stale survives a rebuild: {stale}");
    assert!(out.join("index.html").is_file());
    assert!(out.join("CNAME").is_file() && out.join(".git").is_dir(), "the host's own files stay");

    let other = temp_dir("not-ours");
    std::fs::create_dir_all(&other).unwrap();
    std::fs::write(other.join("report.docx"), "a city's own file").unwrap();
    let refused = write_site(&files, &other).unwrap_err();
    assert!(refused.contains("not empty and was not written by tsunagu build"), "{refused}");
    assert!(other.join("report.docx").is_file(), "nothing of it is touched");
    let _ = std::fs::remove_dir_all(&out);
    let _ = std::fs::remove_dir_all(&other);
}

#[test]
fn a_rebuild_writes_only_what_changed_and_the_folder_holds_exactly_the_new_build() {
    use std::os::unix::fs::MetadataExt;
    let (_, files) = build_site(&input(PathBuf::from("tests/fixtures/content/valid"), "/")).unwrap();
    let out = temp_dir("rebuild");
    write_site(&files, &out).unwrap();
    let inode = |path: &str| std::fs::metadata(out.join(path)).unwrap().ino();
    let (kept, changed) =
        ("index.html", files.files.keys().find(|path| path.ends_with("/index.html")).unwrap().clone());
    let (kept_before, changed_before) = (inode(kept), inode(&changed));
    // The next build: one page's bytes change (also its length), one page is new, the rest are the same.
    let mut next = tsunagu::publish::SiteFiles { files: files.files.clone(), ..Default::default() };
    next.files.get_mut(&changed).unwrap().extend_from_slice(b"<!-- edited -->");
    next.files.insert("new/index.html".to_string(), b"<p>new</p>".to_vec());
    // A page whose bytes changed but not its length is read and compared, not trusted by size.
    let same_length = files.files.keys().find(|path| path.ends_with(".css")).unwrap().clone();
    let flipped = next.files.get_mut(&same_length).unwrap();
    flipped[0] ^= 0x20;
    write_site(&next, &out).unwrap();
    assert_eq!(inode(kept), kept_before, "an unchanged file is left as it is");
    assert_eq!(inode(&changed), changed_before, "a changed file is rewritten in place");
    for (path, bytes) in &next.files {
        assert_eq!(&std::fs::read(out.join(path)).unwrap(), bytes, "{path} holds this build's bytes");
    }
    let marker = std::fs::read_to_string(out.join(tsunagu::publish::BUILD_MARKER)).unwrap();
    assert!(marker.lines().any(|line| line == "new/index.html"), "the marker lists the new page");
    let _ = std::fs::remove_dir_all(&out);
}

#[test]
fn a_bad_base_path_or_a_missing_folder_is_a_clear_error() {
    for base in ["/a b/", "/../", "/fukushi/./jusou/", "/x/../y/"] {
        let problem = build_site(&input(PathBuf::from("content"), base)).unwrap_err().to_string();
        assert!(problem.contains("--base"), "{base}: {problem}");
    }
    let problem = build_site(&input(PathBuf::from("no/such/folder"), "/")).unwrap_err().to_string();
    assert!(problem.contains("no/such/folder"), "{problem}");
}

#[test]
fn new_city_in_a_folder_with_nothing_starts_a_site_that_builds() {
    use clap::Parser;
    let dir = temp_dir("new-city-command");
    let args = ["tsunagu", "new-city", "kamo", "--name", "加茂市", "--prefecture", "新潟県", "--content"];
    let cli = tsunagu::cli::Cli::try_parse_from(args.iter().copied().chain([dir.to_str().unwrap()])).unwrap();
    let _ = tsunagu::cli::run(cli);
    let site_toml = std::fs::read_to_string(dir.join("site.toml")).expect("a site.toml is started");
    assert!(site_toml.contains("format = 1") && site_toml.contains("id = \"kamo\""), "{site_toml}");
    assert!(dir.join("cities/kamo/windows.toml").is_file());
    let (site, _) = build_site(&input(dir.clone(), "/")).unwrap_or_else(|problem| panic!("{problem}"));
    assert_eq!(site.config.cities[0].name, "加茂市");
    // A second run refuses, changing nothing.
    let cli = tsunagu::cli::Cli::try_parse_from(args.iter().copied().chain([dir.to_str().unwrap()])).unwrap();
    let _ = tsunagu::cli::run(cli);
    assert_eq!(std::fs::read_to_string(dir.join("site.toml")).unwrap(), site_toml);
    let _ = std::fs::remove_dir_all(&dir);
}
