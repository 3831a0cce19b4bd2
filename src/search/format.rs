//! The shapes of the index files, written natively and read by the WASM. An index lives in one
//! folder named by the hash of its contents (`search/<16 hex>/`), so every file in it can be
//! cached for good: `manifest.json` (small, the same size whatever the corpus), `t/<n>.json`
//! (the token shards) and `r/<n>.json` (the records' text, [`CHUNK_RECORDS`] records a file).

use std::collections::BTreeMap;

use serde::{Deserialize, Serialize};

use super::normalize::FoldMap;
use super::synonyms::SynonymGroups;

/// The format of the index files; the WASM refuses another.
pub const INDEX_VERSION: u32 = 1;

/// Records per record file: record `n` is in `r/<n / CHUNK_RECORDS>.json`.
pub const CHUNK_RECORDS: u32 = 8;

/// The most postings a token keeps (its highest-scoring records), so a shard stays small
/// however large the corpus.
pub const MAX_POSTINGS: usize = 240;

/// The most characters of a record's text kept for snippets and phrase checks.
pub const MAX_RECORD_CHARS: usize = 1000;

/// The most characters of a query that are read.
pub const MAX_QUERY_CHARS: usize = 80;

/// The kinds of record.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum RecordKind {
    /// A section of a city's plan page.
    Plan,
    /// A section of a national page (the programmes, meetings, overview).
    Programme,
    /// A consultation window.
    Window,
    /// A glossary term.
    Glossary,
    /// A guide's outcome.
    Guide,
}

impl RecordKind {
    /// Every kind, in the order the filter lists them.
    pub const ALL: [RecordKind; 5] =
        [RecordKind::Plan, RecordKind::Programme, RecordKind::Window, RecordKind::Glossary, RecordKind::Guide];

    /// Its id in addresses (`?kind=window`).
    pub fn id(self) -> &'static str {
        match self {
            RecordKind::Plan => "plan",
            RecordKind::Programme => "programme",
            RecordKind::Window => "window",
            RecordKind::Glossary => "glossary",
            RecordKind::Guide => "guide",
        }
    }

    /// The kind with this id.
    pub fn from_id(id: &str) -> Option<RecordKind> {
        RecordKind::ALL.into_iter().find(|kind| kind.id() == id)
    }

    /// Its label on the page.
    pub fn label(self) -> &'static str {
        match self {
            RecordKind::Plan => "市の計画",
            RecordKind::Programme => "制度の解説",
            RecordKind::Window => "相談窓口",
            RecordKind::Glossary => "用語集",
            RecordKind::Guide => "ガイド",
        }
    }

    /// Its number in a posting.
    pub fn number(self) -> u32 {
        RecordKind::ALL.iter().position(|kind| *kind == self).unwrap_or(0) as u32
    }
}

/// `manifest.json`: what a query needs before it fetches shards.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct Manifest {
    /// [`INDEX_VERSION`].
    pub version: u32,
    /// How many token shards (`t/0.json` …).
    pub shards: u32,
    /// How many records.
    pub records: u32,
    /// The cities, in site order: (id, name). A posting names its city by position here.
    pub cities: Vec<(String, String)>,
    /// The normalisation's fold map.
    pub fold: FoldMap,
    /// Synonym and variant groups, as written (normalised when a query is read).
    pub synonyms: SynonymGroups,
}

/// A token shard: token → flat postings `[gap, packed, gap, packed, …]`, records in order:
/// `gap` is the record's number less the previous one's; `packed` is [`pack`]ed impact and place.
pub type Shard = BTreeMap<String, Vec<u32>>;

/// Packs a posting's impact and place into one number: `impact` is the record's BM25 weight for
/// the token ×10, times 2, plus 1 when the token is in the title or heading (at most 2¹⁵−1);
/// `place` is city position × 8 + kind number (city position 0 is national: cities count from 1).
pub fn pack(impact: u32, place: u32) -> u32 {
    place << 15 | impact.min(0x7fff)
}

/// The impact and place of a packed posting.
pub fn unpack(packed: u32) -> (u32, u32) {
    (packed & 0x7fff, packed >> 15)
}

/// A record file: the records' text, in record order.
pub type Chunk = Vec<Record>;

/// One thing a search can find.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Record {
    /// The page's title (the page results are grouped by).
    pub page: String,
    /// The page's address under the base, without the base (`glossary/`).
    pub path: String,
    /// The section heading (empty for the top of a page).
    pub heading: String,
    /// The anchor (empty for none).
    pub anchor: String,
    /// The text, at most [`MAX_RECORD_CHARS`] characters.
    pub text: String,
    /// The kind.
    pub kind: RecordKind,
    /// The city id (empty for national).
    pub city: String,
}

/// A posting's place value.
pub fn place(city_position: u32, kind: RecordKind) -> u32 {
    city_position * 8 + kind.number()
}
