//! Precompressed copies for hosts that serve them (nginx `gzip_static`/`brotli_static`, most
//! CDNs): `<file>.br` (brotli) and `<file>.gz` (gzip) beside each text file and the WASM, made
//! in parallel on every core. The bytes depend on the input alone (no time stamp, no file name
//! in the gzip header), so two builds of the same content give the same files. A copy that is
//! not smaller than its file is left out: a host then sends the file as it is.

use std::io::Write;

use super::SiteFiles;

/// Brotli's best quality, for the shared hashed files (the WASM, the loader, the styles): the
/// largest downloads, the same on every page.
const BROTLI_BEST: u32 = 11;
/// For pages, fragments and data: within a few per cent of the best, and many times faster
/// (the bundled site's build would spend seconds at the best quality on them).
const BROTLI_QUICK: u32 = 9;
/// Brotli's window (log2 of bytes): 4 MB, more than any file of a site.
const BROTLI_WINDOW: u32 = 22;

/// Whether a file is worth compressing: text (pages, fragments, data, styles, scripts, the
/// manifest, the sitemap) and the WASM. PNG icons are compressed already.
pub fn is_compressible(path: &str) -> bool {
    let extension = path.rsplit_once('.').map(|(_, extension)| extension).unwrap_or("");
    matches!(extension, "html" | "json" | "css" | "js" | "wasm" | "svg" | "xml" | "txt" | "csv" | "webmanifest")
}

/// Whether a file name carries the hash of its bytes (`main-1a2b3c4d5e6f7a8b.css`,
/// `tsunagu-web-1a2b3c4d5e6f7a8b_bg.wasm`).
pub fn is_hashed(name: &str) -> bool {
    let stem = name.rsplit('/').next().unwrap_or(name).split('.').next().unwrap_or("");
    let stem = stem.strip_suffix("_bg").unwrap_or(stem);
    stem.rsplit_once('-').is_some_and(|(_, hash)| hash.len() == 16 && hash.bytes().all(|byte| byte.is_ascii_hexdigit()))
}

/// `bytes` compressed with brotli at its best quality.
pub fn brotli(bytes: &[u8]) -> Vec<u8> {
    brotli_at(bytes, BROTLI_BEST)
}

fn brotli_at(bytes: &[u8], quality: u32) -> Vec<u8> {
    let mut out = Vec::with_capacity(bytes.len() / 3);
    {
        let mut writer = brotli::CompressorWriter::new(&mut out, 64 * 1024, quality, BROTLI_WINDOW);
        writer.write_all(bytes).expect("writing to memory cannot fail");
    }
    out
}

/// `bytes` compressed with gzip at its best level, with no name and no time in the header.
pub fn gzip(bytes: &[u8]) -> Vec<u8> {
    let mut encoder = flate2::GzBuilder::new().write(Vec::with_capacity(bytes.len() / 3), flate2::Compression::best());
    encoder.write_all(bytes).expect("writing to memory cannot fail");
    encoder.finish().expect("writing to memory cannot fail")
}

/// The `.br` and `.gz` copies of every compressible file of `files` that come out smaller.
pub fn precompressed(files: &SiteFiles) -> Vec<(String, Vec<u8>)> {
    let wanted: Vec<(&String, &Vec<u8>)> = files.files.iter().filter(|(path, _)| is_compressible(path)).collect();
    let workers = std::thread::available_parallelism().map(usize::from).unwrap_or(1).max(1);
    // Largest first, dealt out in turn, so no worker is left with the WASM at the end.
    let mut by_size = wanted;
    by_size.sort_by_key(|(path, bytes)| (std::cmp::Reverse(bytes.len()), path.as_str()));
    let shares: Vec<Vec<(&String, &Vec<u8>)>> =
        (0..workers).map(|worker| by_size.iter().skip(worker).step_by(workers).copied().collect()).collect();
    let mut made: Vec<(String, Vec<u8>)> = std::thread::scope(|scope| {
        let handles: Vec<_> = shares
            .into_iter()
            .map(|share| {
                scope.spawn(move || {
                    let mut out = Vec::new();
                    for (path, bytes) in share {
                        let quality = if is_hashed(path) { BROTLI_BEST } else { BROTLI_QUICK };
                        for (suffix, copy) in [(".br", brotli_at(bytes, quality)), (".gz", gzip(bytes))] {
                            if copy.len() < bytes.len() {
                                out.push((format!("{path}{suffix}"), copy));
                            }
                        }
                    }
                    out
                })
            })
            .collect();
        handles.into_iter().flat_map(|handle| handle.join().expect("a compression thread panicked")).collect()
    });
    made.sort_by(|a, b| a.0.cmp(&b.0));
    made
}

/// Adds the copies of [`precompressed`] to `files`.
pub fn add_precompressed(files: &mut SiteFiles) {
    for (path, bytes) in precompressed(files) {
        files.files.insert(path, bytes);
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn site(files: &[(&str, &[u8])]) -> SiteFiles {
        SiteFiles {
            files: files.iter().map(|(path, bytes)| (path.to_string(), bytes.to_vec())).collect(),
            pages: 0,
            ..SiteFiles::default()
        }
    }

    #[test]
    fn text_files_get_both_copies_that_decompress_to_the_file() {
        let page = "<p>相談窓口</p>".repeat(200);
        let files = site(&[("index.html", page.as_bytes()), ("icon-192-0123456789abcdef.png", &[0u8; 4000])]);
        let made = precompressed(&files);
        let names: Vec<&str> = made.iter().map(|(name, _)| name.as_str()).collect();
        assert_eq!(names, ["index.html.br", "index.html.gz"], "PNG is left alone");
        let mut unbrotli = Vec::new();
        brotli::BrotliDecompress(&mut made[0].1.as_slice(), &mut unbrotli).unwrap();
        assert_eq!(unbrotli, page.as_bytes());
        let mut ungzip = Vec::new();
        std::io::Read::read_to_end(&mut flate2::read::GzDecoder::new(made[1].1.as_slice()), &mut ungzip).unwrap();
        assert_eq!(ungzip, page.as_bytes());
    }

    #[test]
    fn the_same_files_give_the_same_copies() {
        let files =
            site(&[("a.css", "body{color:red}".repeat(50).as_bytes()), ("b.json", b"{\"x\":[1,2,3,1,2,3,1,2,3]}")]);
        assert_eq!(precompressed(&files), precompressed(&files));
    }

    #[test]
    fn hashed_names_are_told_from_others() {
        assert!(is_hashed("tsunagu-web-0123456789abcdef_bg.wasm"));
        assert!(is_hashed("main-0123456789abcdef.css"));
        assert!(!is_hashed("cities/komae/index.html"));
        assert!(!is_hashed("sw.js"));
        assert!(!is_hashed("_fragments/cities-0123456789.json"));
    }

    #[test]
    fn a_copy_that_is_not_smaller_is_left_out() {
        assert!(precompressed(&site(&[("robots.txt", b"a")])).is_empty());
    }
}
