//! The morphological analyser behind the ふりがな (native only, never in the WASM): vibrato
//! with the IPADIC dictionary that Debian's `mecab-ipadic` package installs as source files
//! (EUC-JP CSV and definition files). Compiling it takes seconds, so it is compiled once and
//! kept in the user's cache folder under a name made from a hash of the source files; later
//! builds read the compiled file. Nothing is downloaded: without the package, a build
//! warns once and writes pages without readings.

use std::collections::HashMap;
use std::io::{BufReader, BufWriter, Read};
use std::path::{Path, PathBuf};
use std::sync::{Mutex, OnceLock};
use std::time::Instant;

use sha2::{Digest, Sha256};
use vibrato::dictionary::SystemDictionaryBuilder;
use vibrato::{Dictionary, Tokenizer};

use crate::content::furigana::{Analyser, Word};

/// Where `mecab-ipadic` puts the dictionary's source (`TSUNAGU_IPADIC_DIR` overrides it).
pub const IPADIC_SOURCE_DIR: &str = "/usr/share/mecab/dic/ipadic";

/// The largest source file read (IPADIC's largest, Noun.csv, is about 4 MB).
const MAX_SOURCE_BYTES: u64 = 64 * 1024 * 1024;

/// The analyser: vibrato over the compiled IPADIC, with the words of texts it has already read
/// kept (`seen`): the header, menu and footer are the same on every page, and the preview
/// server keeps the analyser between rebuilds, so most text is read once per process.
pub struct IpadicAnalyser {
    tokenizer: Tokenizer,
    seen: Mutex<SeenTexts>,
}

/// Texts already read and their words, up to `limit` bytes of text; past that it starts
/// afresh, and a text longer than the limit is never kept, so memory stays bounded on any site.
struct SeenTexts {
    words: HashMap<String, Vec<Word>>,
    bytes: usize,
    limit: usize,
}

/// How much text the analyser's `SeenTexts` keeps (its words take about as much again).
const MAX_SEEN_BYTES: usize = 32 * 1024 * 1024;

impl SeenTexts {
    fn new(limit: usize) -> SeenTexts {
        SeenTexts { words: HashMap::new(), bytes: 0, limit }
    }

    /// Keeps `text`'s words, forgetting every text kept so far if it would not fit.
    fn keep(&mut self, text: &str, words: &[Word]) {
        if text.len() > self.limit || self.words.contains_key(text) {
            return;
        }
        if self.bytes + text.len() > self.limit {
            *self = SeenTexts::new(self.limit);
        }
        self.bytes += text.len();
        self.words.insert(text.to_string(), words.to_vec());
    }
}

/// `text`'s words as kept in `seen`, or as `read` reads them (then kept). The lock is not held
/// while reading, so threads analysing different texts do not wait for each other.
fn words_seen_or_read(seen: &Mutex<SeenTexts>, text: &str, read: impl FnOnce(&str) -> Vec<Word>) -> Vec<Word> {
    if let Some(words) = seen.lock().ok().and_then(|seen| seen.words.get(text).cloned()) {
        return words;
    }
    let words = read(text);
    if let Ok(mut seen) = seen.lock() {
        seen.keep(text, &words);
    }
    words
}

impl Analyser for IpadicAnalyser {
    fn words(&self, text: &str) -> Vec<Word> {
        words_seen_or_read(&self.seen, text, |text| self.read(text))
    }
}

impl IpadicAnalyser {
    fn new(tokenizer: Tokenizer) -> IpadicAnalyser {
        IpadicAnalyser { tokenizer, seen: Mutex::new(SeenTexts::new(MAX_SEEN_BYTES)) }
    }

    /// The words of `text` as vibrato reads them.
    fn read(&self, text: &str) -> Vec<Word> {
        let mut worker = self.tokenizer.new_worker();
        worker.reset_sentence(text);
        worker.tokenize();
        (0..worker.num_tokens())
            .map(|i| {
                let token = worker.token(i);
                // IPADIC's features: 品詞,細分類1,細分類2,細分類3,活用型,活用形,原形,読み,発音;
                // unknown words have no reading.
                let reading = token.feature().split(',').nth(7).filter(|r| *r != "*" && !r.is_empty());
                let reading = reading.map(|reading| usual_reading(token.surface(), reading));
                Word { range: token.range_byte(), reading: reading.map(str::to_string) }
            })
            .collect()
    }
}

/// Words IPADIC reads in a sense the plans never use, with the reading they mean: 「表の行」
/// comes out as くだり (a passage of a text) where the plans mean a table row, ぎょう.
const USUAL_READINGS: &[(&str, &str, &str)] = &[("行", "クダリ", "ギョウ")];

/// The reading the plans mean for `surface`, given IPADIC's (katakana) `reading`.
fn usual_reading<'r>(surface: &str, reading: &'r str) -> &'r str {
    USUAL_READINGS
        .iter()
        .find(|(word, read, _)| *word == surface && *read == reading)
        .map_or(reading, |(_, _, meant)| meant)
}

/// The analyser, made once per process, or why the dictionary cannot be had.
pub fn analyser() -> Result<&'static IpadicAnalyser, &'static str> {
    static ANALYSER: OnceLock<Result<IpadicAnalyser, String>> = OnceLock::new();
    ANALYSER.get_or_init(load).as_ref().map_err(String::as_str)
}

fn source_dir() -> PathBuf {
    std::env::var_os("TSUNAGU_IPADIC_DIR").map_or_else(|| PathBuf::from(IPADIC_SOURCE_DIR), PathBuf::from)
}

/// The user's cache folder for compiled dictionaries (`$XDG_CACHE_HOME` or `~/.cache`, then
/// `tsunagu/dictionary`; `TSUNAGU_CACHE_DIR` overrides it).
fn cache_dir() -> Option<PathBuf> {
    if let Some(dir) = std::env::var_os("TSUNAGU_CACHE_DIR") {
        return Some(PathBuf::from(dir).join("dictionary"));
    }
    let base = std::env::var_os("XDG_CACHE_HOME")
        .map(PathBuf::from)
        .or_else(|| std::env::var_os("HOME").map(|home| PathBuf::from(home).join(".cache")))?;
    Some(base.join("tsunagu").join("dictionary"))
}

fn load() -> Result<IpadicAnalyser, String> {
    let dir = source_dir();
    let sources = SourceFiles::read(&dir)?;
    let cached = cache_dir().map(|cache| cache.join(sources.compiled_name()));
    if let Some(dictionary) = cached.as_deref().and_then(read_compiled) {
        return Ok(IpadicAnalyser::new(Tokenizer::new(dictionary)));
    }
    let started = Instant::now();
    let dictionary = sources.compile()?;
    eprintln!(
        "note: compiled the ふりがな dictionary from {} in {:.1} s (kept for later builds)",
        dir.display(),
        started.elapsed().as_secs_f64()
    );
    if let Some(path) = cached.as_deref() {
        write_compiled(&dictionary, path);
    }
    Ok(IpadicAnalyser::new(Tokenizer::new(dictionary)))
}

fn read_compiled(path: &Path) -> Option<Dictionary> {
    let file = std::fs::File::open(path).ok()?;
    // A damaged or older file is compiled again and replaced.
    Dictionary::read(BufReader::new(file)).ok()
}

/// Writes through a temporary file, so a build that stops half-way leaves no broken dictionary.
fn write_compiled(dictionary: &Dictionary, path: &Path) {
    let Some(folder) = path.parent() else { return };
    if std::fs::create_dir_all(folder).is_err() {
        return;
    }
    let temporary = path.with_extension(format!("tmp-{}", std::process::id()));
    let written = std::fs::File::create(&temporary)
        .map_err(|error| error.to_string())
        .and_then(|file| dictionary.write(BufWriter::new(file)).map_err(|error| error.to_string()));
    if written.is_err() || std::fs::rename(&temporary, path).is_err() {
        let _ = std::fs::remove_file(&temporary);
    }
}

/// The dictionary's source files as read (EUC-JP bytes), and a hash of them that names the
/// compiled file. They are decoded only to compile, which a build with the compiled file in the
/// cache never does: hashing the bytes is what every build pays.
struct SourceFiles {
    lexicon: Vec<Vec<u8>>,
    matrix: Vec<u8>,
    char_def: Vec<u8>,
    unk_def: Vec<u8>,
    hash: String,
}

impl SourceFiles {
    fn read(dir: &Path) -> Result<SourceFiles, String> {
        let missing = || {
            format!(
                "the ふりがな dictionary is not installed ({} not found): install Debian's mecab-ipadic package (apt-get install mecab-ipadic), or set TSUNAGU_IPADIC_DIR",
                dir.display()
            )
        };
        let mut csv_files: Vec<PathBuf> = std::fs::read_dir(dir)
            .map_err(|_| missing())?
            .filter_map(|entry| entry.ok().map(|entry| entry.path()))
            .filter(|path| path.extension().is_some_and(|ext| ext == "csv"))
            .collect();
        csv_files.sort();
        if csv_files.is_empty() {
            return Err(missing());
        }
        let mut hasher = Sha256::new();
        let lexicon = csv_files.iter().map(|path| read_source(path, &mut hasher)).collect::<Result<_, _>>()?;
        let matrix = read_source(&dir.join("matrix.def"), &mut hasher)?;
        let char_def = read_source(&dir.join("char.def"), &mut hasher)?;
        let unk_def = read_source(&dir.join("unk.def"), &mut hasher)?;
        hasher.update(env!("CARGO_PKG_VERSION").as_bytes());
        let hash = hasher.finalize().iter().take(8).map(|byte| format!("{byte:02x}")).collect();
        Ok(SourceFiles { lexicon, matrix, char_def, unk_def, hash })
    }

    /// The compiled dictionary's file name in the cache folder (`ipadic-<16 hex digits>.dic`).
    fn compiled_name(&self) -> String {
        format!("ipadic-{}.dic", self.hash)
    }

    fn compile(&self) -> Result<Dictionary, String> {
        let mut lexicon = String::new();
        for file in &self.lexicon {
            lexicon.push_str(&euc_jp(file));
            if !lexicon.ends_with('\n') {
                lexicon.push('\n');
            }
        }
        SystemDictionaryBuilder::from_readers(
            lexicon.as_bytes(),
            euc_jp(&self.matrix).as_bytes(),
            euc_jp(&self.char_def).as_bytes(),
            euc_jp(&self.unk_def).as_bytes(),
        )
        .map_err(|error| format!("the ふりがな dictionary could not be compiled: {error}"))
    }
}

/// A source file's bytes (at most `MAX_SOURCE_BYTES`), its name and bytes added to `hasher`.
fn read_source(path: &Path, hasher: &mut Sha256) -> Result<Vec<u8>, String> {
    let cannot = |error: std::io::Error| format!("cannot read the dictionary file {}: {error}", path.display());
    let file = std::fs::File::open(path).map_err(cannot)?;
    let mut bytes = Vec::new();
    file.take(MAX_SOURCE_BYTES).read_to_end(&mut bytes).map_err(cannot)?;
    hasher.update(path.file_name().map(|name| name.as_encoded_bytes()).unwrap_or_default());
    hasher.update(&bytes);
    Ok(bytes)
}

/// IPADIC's EUC-JP text as UTF-8.
fn euc_jp(bytes: &[u8]) -> String {
    encoding_rs::EUC_JP.decode(bytes).0.into_owned()
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Texts like the pages': the shell's, repeated on every page, and the body's.
    const TEXTS: [&str; 5] = [
        "重層的支援体制整備事業",
        "相談窓口を探す",
        "どこに相談したらよいか分からないときは、市の福祉の窓口にご相談ください。",
        "支援会議",
        "地域の居場所と参加の支援",
    ];

    fn installed() -> &'static IpadicAnalyser {
        analyser().expect("the dictionary is installed (apt-get install mecab-ipadic)")
    }

    #[test]
    fn a_text_read_again_gives_the_words_of_a_fresh_analysis() {
        let analyser = installed();
        for text in TEXTS {
            let first = analyser.words(text);
            let again = analyser.words(text);
            assert_eq!(again, analyser.read(text), "{text}");
            assert_eq!(first, again, "{text}");
            assert!(again.iter().any(|word| word.reading.is_some()), "{text} has readings: {again:?}");
            let kept = analyser.seen.lock().expect("not poisoned").words.get(text).cloned();
            assert_eq!(kept.as_ref(), Some(&again), "{text} is kept");
        }
    }

    #[test]
    fn no_more_text_is_kept_than_the_limit_and_the_words_stay_the_same() {
        let analyser = installed();
        let limit = TEXTS[2].len() + TEXTS[0].len();
        let seen = Mutex::new(SeenTexts::new(limit));
        let too_long = TEXTS.concat();
        let texts: Vec<&str> = TEXTS.iter().copied().chain([too_long.as_str()]).collect();
        for round in 0..3 {
            for text in texts.iter().chain(texts.iter().rev()) {
                let words = words_seen_or_read(&seen, text, |text| analyser.read(text));
                assert_eq!(words, analyser.read(text), "round {round}: {text}");
                let seen = seen.lock().expect("not poisoned");
                let kept: usize = seen.words.keys().map(String::len).sum();
                assert_eq!(kept, seen.bytes, "the count is the kept texts' bytes");
                assert!(seen.bytes <= limit, "round {round}: {} bytes kept, limit {limit}", seen.bytes);
                assert!(!seen.words.contains_key(&too_long), "a text over the limit is never kept");
                if text.len() <= limit {
                    assert!(seen.words.contains_key(*text), "round {round}: {text} is kept after its reading");
                }
            }
        }
    }

    /// A folder of made-up dictionary sources (IPADIC's file names, a few bytes each; the CSV
    /// not even valid EUC-JP, since naming the compiled file decodes nothing).
    fn sources(name: &str) -> PathBuf {
        let dir = std::env::temp_dir().join(format!("tsunagu-dictionary-{name}-{}", std::process::id()));
        let _ = std::fs::remove_dir_all(&dir);
        std::fs::create_dir_all(&dir).expect("a temporary folder");
        for (file, bytes) in [
            ("Noun.csv", &b"\xc1\xea\xc3\xcc,1285,1285,5000,\xff\xfe\n"[..]),
            ("Verb.csv", b"\xa4\xa2,1,1,1\n"),
            ("matrix.def", b"1 1\n0 0 0\n"),
            ("char.def", b"DEFAULT 0 1 0\n"),
            ("unk.def", b"DEFAULT,0,0,0,*\n"),
        ] {
            std::fs::write(dir.join(file), bytes).expect("a written source");
        }
        dir
    }

    fn name_of(dir: &Path) -> String {
        SourceFiles::read(dir).expect("the sources are read").compiled_name()
    }

    #[test]
    fn the_compiled_dictionary_is_named_by_its_sources_bytes() {
        let (one, two) = (sources("one"), sources("two"));
        let name = name_of(&one);
        let hex = name.strip_prefix("ipadic-").and_then(|rest| rest.strip_suffix(".dic")).expect("ipadic-….dic");
        assert!(hex.len() == 16 && hex.chars().all(|c| c.is_ascii_hexdigit()), "{name}");
        assert_eq!(name_of(&one), name, "the same bytes read again");
        assert_eq!(name_of(&two), name, "the same bytes in another folder");
        for file in ["Noun.csv", "Verb.csv", "matrix.def", "char.def", "unk.def"] {
            let path = two.join(file);
            let original = std::fs::read(&path).expect("a source");
            let mut changed = original.clone();
            changed[0] ^= 1;
            std::fs::write(&path, &changed).expect("a changed source");
            assert_ne!(name_of(&two), name, "one byte of {file} changed");
            std::fs::write(&path, &original).expect("the source restored");
            assert_eq!(name_of(&two), name, "{file} as it was");
        }
        std::fs::write(two.join("Extra.csv"), b"").expect("another lexicon file");
        assert_ne!(name_of(&two), name, "a lexicon file more");
        for dir in [one, two] {
            let _ = std::fs::remove_dir_all(dir);
        }
    }
}
