//! The shapes of the index files, written natively and read by the WASM, as plain lines of
//! tab-separated fields (a hand-written reader is far smaller in the WASM than a JSON one for
//! each shape). An index lives in one folder named by the hash of its contents
//! (`search/<16 hex>/`), so every file in it can be cached for good: `manifest.txt` (small, the
//! same size whatever the corpus), `t/<n>.txt` (the token shards), `r/<n>.txt` (the records'
//! text, [`CHUNK_RECORDS`] records a file) and `a/<n>.txt` (the answer to the manifest's `n`th
//! known word: its count and best records, so such a query needs one file, not two rounds).

use std::sync::OnceLock;

use serde::{Deserialize, Serialize};

use super::normalize::FoldMap;
use super::synonyms::SynonymGroups;

/// The format of the index files; the WASM refuses another.
pub const INDEX_VERSION: u32 = 3;

/// Records per record file: record `n` is in `r/<n / CHUNK_RECORDS>.txt`. Four, not more: a
/// query shows up to [`SHOWN`] records, most from different files, so each file's other records
/// are bytes fetched for nothing (at 500 cities, eight a file made the heaviest query 34 KB).
pub const CHUNK_RECORDS: u32 = 4;

/// The most postings a token keeps (its highest-scoring records), so a shard stays small
/// however large the corpus.
pub const MAX_POSTINGS: usize = 240;

/// The most characters of a record's text kept for snippets and phrase checks.
pub const MAX_RECORD_CHARS: usize = 1000;

/// How many of a query's best candidates get their text fetched and are shown.
pub const SHOWN: usize = 12;

/// The most token shards one query fetches, however long it is: with the record files of its
/// best [`SHOWN`], a cold query stays under 30 KB on the wire (see `plan::QueryPlan`).
pub const MAX_QUERY_SHARDS: usize = 12;

/// The most characters of a query that are read.
pub const MAX_QUERY_CHARS: usize = 80;

/// The kinds of record (at most eight: a posting keeps the kind's number in three bits, see
/// [`place`]). Their words on the page come from the message catalogue, not from here.
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
    /// A page of the staff course (its page, a module's section, a case's story).
    Training,
}

impl RecordKind {
    /// Every kind, in the order the filter lists them.
    pub const ALL: [RecordKind; 6] = [
        RecordKind::Plan,
        RecordKind::Programme,
        RecordKind::Window,
        RecordKind::Glossary,
        RecordKind::Guide,
        RecordKind::Training,
    ];

    /// Its id in addresses (`?kind=window`).
    pub fn id(self) -> &'static str {
        match self {
            RecordKind::Plan => "plan",
            RecordKind::Programme => "programme",
            RecordKind::Window => "window",
            RecordKind::Glossary => "glossary",
            RecordKind::Guide => "guide",
            RecordKind::Training => "training",
        }
    }

    /// The kind with this id.
    pub fn from_id(id: &str) -> Option<RecordKind> {
        RecordKind::ALL.into_iter().find(|kind| kind.id() == id)
    }

    /// Its number in a posting.
    pub fn number(self) -> u32 {
        RecordKind::ALL.iter().position(|kind| *kind == self).unwrap_or(0) as u32
    }
}

/// `manifest.txt`: what a query needs before it fetches shards. Two manifests are equal when
/// their data is: the synonyms normalised on first use are a cache, not part of it.
#[derive(Debug, Clone, Default)]
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
    /// The known words, normalised: a query that is the `n`th (once normalised) finds its count
    /// and best records in `a/<n>.txt` (with a filter, fetched beside the shards).
    pub answers: Vec<String>,
    /// The synonym groups normalised as queries are, made on first use and kept (so a query
    /// does not normalise every form again): set `fold` and `synonyms` before any query. Read
    /// through [`Manifest::normalized_synonyms`].
    prepared_synonyms: OnceLock<SynonymGroups>,
}

impl PartialEq for Manifest {
    /// Compares the data fields only (every one named, so a new field is not forgotten here).
    fn eq(&self, other: &Manifest) -> bool {
        let Manifest { version, shards, records, cities, fold, synonyms, answers, prepared_synonyms: _ } = self;
        *version == other.version
            && *shards == other.shards
            && *records == other.records
            && *cities == other.cities
            && *fold == other.fold
            && *synonyms == other.synonyms
            && *answers == other.answers
    }
}

/// A token shard, sorted by token: token → flat postings `[gap, packed, gap, packed, …]`,
/// records in order: `gap` is the record's number less the previous one's; `packed` is
/// [`pack`]ed impact and place.
pub type Shard = Vec<(String, Vec<u32>)>;

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
#[derive(Debug, Clone, PartialEq)]
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

impl Manifest {
    /// The number of the known word that `query` is, once normalised (its answer file's).
    pub fn answer_of(&self, query: &str) -> Option<u32> {
        let key = self.fold.normalize(query, MAX_QUERY_CHARS).text();
        self.answers.iter().position(|word| *word == key).map(|position| position as u32)
    }

    /// The synonym groups, each form normalised as a query is (made once, then kept).
    pub fn normalized_synonyms(&self) -> &SynonymGroups {
        self.prepared_synonyms.get_or_init(|| {
            SynonymGroups(
                self.synonyms
                    .0
                    .iter()
                    .map(|group| group.iter().map(|form| self.fold.normalize(form, MAX_QUERY_CHARS).text()).collect())
                    .collect(),
            )
        })
    }
}

/// A posting's place value.
pub fn place(city_position: u32, kind: RecordKind) -> u32 {
    city_position * 8 + kind.number()
}

/// The postings of `token` in a shard.
pub fn postings<'a>(shard: &'a Shard, token: &str) -> Option<&'a [u32]> {
    let at = shard.binary_search_by(|(key, _)| key.as_str().cmp(token)).ok()?;
    Some(&shard[at].1)
}

/// A field with tabs and line breaks made spaces (they separate fields and lines).
fn field(text: &str) -> String {
    text.replace(['\t', '\n', '\r'], " ")
}

impl Manifest {
    /// The manifest as lines: `v`, `shards`, `records`, `city` and `group` lines, and one `fold`
    /// line with every entry (the character, then its replacement).
    pub fn write(&self) -> String {
        let mut lines = vec![
            format!("v\t{}", self.version),
            format!("shards\t{}", self.shards),
            format!("records\t{}", self.records),
        ];
        lines.extend(self.cities.iter().map(|(id, name)| format!("city\t{}\t{}", field(id), field(name))));
        lines.extend(
            self.synonyms
                .0
                .iter()
                .map(|group| format!("group\t{}", group.iter().map(|form| field(form)).collect::<Vec<_>>().join("\t"))),
        );
        lines.extend(self.answers.iter().map(|word| format!("answer\t{}", field(word))));
        let fold: Vec<String> = self.fold.0.iter().map(|(key, value)| format!("{key}{value}")).collect();
        lines.push(format!("fold\t{}", fold.join("\t")));
        lines.join("\n")
    }

    /// Reads a manifest; unknown lines are skipped, a missing count is zero.
    pub fn read(text: &str) -> Manifest {
        let mut manifest = Manifest::default();
        for line in text.lines() {
            let mut fields = line.split('\t');
            let number = |value: Option<&str>| value.and_then(|value| value.parse().ok()).unwrap_or(0);
            match fields.next() {
                Some("v") => manifest.version = number(fields.next()),
                Some("shards") => manifest.shards = number(fields.next()),
                Some("records") => manifest.records = number(fields.next()),
                Some("city") => {
                    if let (Some(id), Some(name)) = (fields.next(), fields.next()) {
                        manifest.cities.push((id.to_string(), name.to_string()));
                    }
                }
                Some("group") => manifest.synonyms.0.push(fields.map(str::to_string).collect()),
                Some("answer") => manifest.answers.push(fields.next().unwrap_or_default().to_string()),
                Some("fold") => {
                    for entry in fields {
                        let mut chars = entry.chars();
                        if let Some(key) = chars.next() {
                            manifest.fold.0.push((key, chars.as_str().to_string()));
                        }
                    }
                }
                _ => {}
            }
        }
        manifest
    }
}

/// A shard as lines: the token, a tab, the postings separated by spaces.
pub fn write_shard(shard: &Shard) -> String {
    let lines: Vec<String> = shard
        .iter()
        .map(|(token, list)| format!("{token}\t{}", list.iter().map(u32::to_string).collect::<Vec<_>>().join(" ")))
        .collect();
    lines.join("\n")
}

/// Reads a shard (sorted by token, as written).
pub fn read_shard(text: &str) -> Shard {
    text.lines()
        .filter_map(|line| {
            let (token, list) = line.split_once('\t')?;
            Some((token.to_string(), list.split(' ').filter_map(|n| n.parse().ok()).collect()))
        })
        .collect()
}

/// A record as one line: kind, city, path, anchor, page, heading, text.
fn record_line(r: &Record) -> String {
    [r.kind.id(), &r.city, &r.path, &r.anchor, &r.page, &r.heading, &r.text].map(field).join("\t")
}

/// Reads a record's fields from `fields`.
fn read_record<'a>(mut fields: impl Iterator<Item = &'a str>) -> Option<Record> {
    let mut next = || fields.next().map(str::to_string);
    Some(Record {
        kind: RecordKind::from_id(&next()?)?,
        city: next()?,
        path: next()?,
        anchor: next()?,
        page: next()?,
        heading: next()?,
        text: next()?,
    })
}

/// A record file as lines, one record a line.
pub fn write_chunk(records: &[Record]) -> String {
    records.iter().map(record_line).collect::<Vec<_>>().join("\n")
}

/// Reads a record file; a line that is not a record is skipped.
pub fn read_chunk(text: &str) -> Chunk {
    text.lines().filter_map(|line| read_record(line.split('\t'))).collect()
}

/// A known word's answer: how many records match it (with no filter), and the best
/// [`SHOWN`] of them, by number, in the order the shards rank them.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct Answer {
    /// How many records match.
    pub total: u32,
    /// The best records, by number.
    pub records: Vec<(u32, Record)>,
}

/// An answer file as lines: `total` and the count, then each record's number and the record.
pub fn write_answer(total: usize, records: &[(u32, &Record)]) -> String {
    let lines = records.iter().map(|(number, record)| format!("{number}\t{}", record_line(record)));
    std::iter::once(format!("total\t{total}")).chain(lines).collect::<Vec<_>>().join("\n")
}

/// Reads an answer file; a line that is neither the count nor a record is skipped.
pub fn read_answer(text: &str) -> Answer {
    let mut answer = Answer::default();
    for line in text.lines() {
        let mut fields = line.split('\t');
        let first = fields.next().unwrap_or_default();
        if first == "total" {
            answer.total = fields.next().and_then(|n| n.parse().ok()).unwrap_or(0);
        } else if let (Ok(number), Some(record)) = (first.parse(), read_record(fields)) {
            answer.records.push((number, record));
        }
    }
    answer
}

/// What the planner's and the ranking's tests share.
#[cfg(test)]
pub(crate) mod fixtures {
    use super::*;

    /// A manifest whose only data is one synonym group (しゃきょう = 社協).
    pub(crate) fn manifest_with_one_synonym_group() -> Manifest {
        Manifest {
            synonyms: SynonymGroups(vec![vec!["しゃきょう".into(), "社協".into()]]), ..Manifest::default()
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_kind_reads_back_from_its_id_and_fits_a_posting() {
        for kind in RecordKind::ALL {
            assert_eq!(RecordKind::from_id(kind.id()), Some(kind));
            assert!(kind.number() < 8, "{kind:?}");
            assert_eq!(unpack(pack(3, place(2, kind))).1 % 8, kind.number());
        }
        assert_eq!(RecordKind::from_id("training"), Some(RecordKind::Training));
        assert_eq!(RecordKind::from_id("quiz"), None);
    }

    #[test]
    fn the_files_read_back_as_written() {
        let record = Record {
            page: "用語集".into(),
            path: "glossary/".into(),
            heading: "社協".into(),
            anchor: "term-shakyo".into(),
            text: "社会福祉協議会\tのこと".into(),
            kind: RecordKind::Glossary,
            city: String::new(),
        };
        let chunk = read_chunk(&write_chunk(&[record.clone(), record.clone()]));
        assert_eq!(chunk.len(), 2);
        assert_eq!(chunk[0].text, "社会福祉協議会 のこと");
        let answer = read_answer(&write_answer(30, &[(7, &record), (40, &record)]));
        assert_eq!(answer, Answer { total: 30, records: vec![(7, chunk[0].clone()), (40, chunk[1].clone())] });
        let shard: Shard = vec![("社協".into(), vec![1, 2, 3, 4]), ("福祉".into(), vec![5, 6])];
        assert_eq!(read_shard(&write_shard(&shard)), shard);
        assert_eq!(postings(&shard, "福祉"), Some(&[5, 6][..]));
        let mut manifest = Manifest { version: 1, shards: 8, records: 2, ..Manifest::default() };
        manifest.cities.push(("izu".into(), "伊豆市".into()));
        manifest.synonyms.0.push(vec!["社協".into(), "社会福祉協議会".into()]);
        manifest.answers.push("しゃきょう".into());
        manifest.fold.0.push(('Ａ', "a".into()));
        manifest.fold.0.push(('゛', " \u{3099}".into()));
        assert_eq!(Manifest::read(&manifest.write()), manifest);
    }

    #[test]
    fn a_manifest_queried_once_equals_one_with_the_same_data() {
        let mut queried = Manifest { shards: 8, ..Manifest::default() };
        queried.synonyms.0.push(vec!["しゃきょう".into(), "社協".into()]);
        let fresh = queried.clone();
        assert_eq!(queried.normalized_synonyms().0.len(), 1);
        assert!(queried.prepared_synonyms.get().is_some() && fresh.prepared_synonyms.get().is_none());
        assert_eq!(queried, fresh);
        assert_eq!(fresh, queried);
        let mut other = fresh.clone();
        other.answers.push("しゃきょう".into());
        assert_ne!(queried, other, "a data field still counts");
    }
}
