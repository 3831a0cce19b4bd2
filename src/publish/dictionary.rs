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

/// Texts already read and their words, up to `MAX_SEEN_BYTES` of text; past that it starts
/// afresh, so memory stays bounded on any site.
#[derive(Default)]
struct SeenTexts {
    words: HashMap<String, Vec<Word>>,
    bytes: usize,
}

/// How much text `SeenTexts` keeps (its words take about as much again).
const MAX_SEEN_BYTES: usize = 32 * 1024 * 1024;

impl Analyser for IpadicAnalyser {
    fn words(&self, text: &str) -> Vec<Word> {
        if let Some(words) = self.seen.lock().ok().and_then(|seen| seen.words.get(text).cloned()) {
            return words;
        }
        let words = self.read(text);
        if let Ok(mut seen) = self.seen.lock() {
            if seen.bytes + text.len() > MAX_SEEN_BYTES {
                *seen = SeenTexts::default();
            }
            seen.bytes += text.len();
            seen.words.insert(text.to_string(), words.clone());
        }
        words
    }
}

impl IpadicAnalyser {
    fn new(tokenizer: Tokenizer) -> IpadicAnalyser {
        IpadicAnalyser { tokenizer, seen: Mutex::new(SeenTexts::default()) }
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
    let cached = cache_dir().map(|cache| cache.join(format!("ipadic-{}.dic", sources.hash)));
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
