//! The command line's flags, and what they make: a pipeline configuration
//! and a description of the inputs.

use crate::stream::Inputs;
use clap::{Parser, Subcommand};
use khabar::{EntityMode, PipelineConfig};
use std::path::PathBuf;

#[derive(Parser)]
#[command(
    name = "khabar",
    version,
    about = "Reads Arabic news: who is named, what was counted, and when.",
    after_help = "Examples:
  khabar annotate articles/ > annotations.jsonl        one JSON line per *.txt file
  khabar annotate --jsonl < docs.jsonl > out.jsonl      {\"doc\", \"text\"} lines in
  khabar report articles/ --out report/                 report.html, .md, .json, claims.csv, documents.csv
  khabar report shards/ --out report/                   annotation shards (*.jsonl, part-*, .gz) merged
  khabar eval --gold gold.jsonl annotations.jsonl       scores against a gold file
  khabar annotate --max-doc-bytes 256M --follow dumps/  longer documents (default limit 64M); links out of dumps/ too

Inputs: *.txt in UTF-8 or UTF-16 with a byte-order mark; a text holding NUL is binary and skipped with a warning,
in a file or a --jsonl line alike; a document or --jsonl line over --max-doc-bytes is named and skipped.

Exit codes: 0 all went well; 1 some documents or lines could not be read (the output covers the others);
2 nothing was made (bad flags, a data file that does not load, no document read)."
)]
pub(crate) struct Cli {
    #[command(subcommand)]
    pub(crate) command: Command,
    /// How many threads annotate (default: one per core).
    #[arg(long, global = true, value_name = "N", value_parser = clap::value_parser!(u16).range(1..))]
    pub(crate) threads: Option<u16>,
    /// No warnings and no progress line; errors are still reported.
    #[arg(long, short, global = true)]
    pub(crate) quiet: bool,
}

#[derive(Subcommand)]
pub(crate) enum Command {
    /// Annotate documents: one JSON line per document on standard output.
    Annotate(AnnotateArgs),
    /// Score annotation JSON Lines against a gold file.
    Eval(EvalArgs),
    /// Write a deterministic synthetic corpus (the seeds cycled and varied)
    /// as `{"doc", "text"}` JSON lines, for benchmarks.
    Corpus(CorpusArgs),
    /// Write one report (report.html, report.md, report.json) over text files
    /// and folders, or over annotation shards (*.jsonl from `annotate`).
    Report(ReportArgs),
}

#[derive(clap::Args)]
pub(crate) struct CorpusArgs {
    /// How much text to write, in megabytes (10^6 bytes) of document text.
    #[arg(long, default_value_t = 100)]
    pub(crate) mb: u64,
}

#[derive(clap::Args)]
pub(crate) struct ReportArgs {
    #[command(flatten)]
    pub(crate) input: InputArgs,
    #[command(flatten)]
    pub(crate) data: DataArgs,
    /// Where to write the report.
    #[arg(long, default_value = "target/report")]
    pub(crate) out: PathBuf,
    /// Write a partial report to this file instead (to merge later: give
    /// partial reports to `khabar report` as inputs).
    #[arg(long, value_name = "FILE", conflicts_with = "out")]
    pub(crate) partial: Option<PathBuf>,
}

#[derive(clap::Args)]
pub(crate) struct InputArgs {
    /// Files, or folders searched for *.txt; `-` reads one document from
    /// standard input. Defaults to standard input.
    pub(crate) paths: Vec<PathBuf>,
    /// Read `{"doc": ..., "text": ...}` lines from standard input instead.
    #[arg(long)]
    pub(crate) jsonl: bool,
    /// Replace invalid UTF-8 with U+FFFD instead of rejecting the file.
    #[arg(long)]
    pub(crate) lossy: bool,
    /// Skip, with an error naming it, a document (a file, or a `--jsonl`
    /// line) longer than this: bytes, or with K, M, G.
    #[arg(long, value_name = "SIZE", default_value = "64M", value_parser = khabar::input::parse_size)]
    pub(crate) max_doc_bytes: u64,
    /// Follow links inside folders wherever they lead (by default only to
    /// files and folders inside the folder given; loops never).
    #[arg(long)]
    pub(crate) follow: bool,
}

impl InputArgs {
    /// The inputs these flags name.
    pub(crate) fn inputs(&self) -> Inputs {
        Inputs {
            paths: self.paths.clone(),
            jsonl: self.jsonl,
            lossy: self.lossy,
            stdin_name: None,
            max_doc_bytes: self.max_doc_bytes,
            follow: self.follow,
            text_bytes: None,
        }
    }
}

#[derive(clap::Args)]
pub(crate) struct DataArgs {
    /// A gazetteer TOML file that adds entities and aliases (repeatable).
    #[arg(long = "gazetteer", value_name = "FILE")]
    pub(crate) gazetteers: Vec<PathBuf>,
    /// A lexicon TOML file that adds number words, units, months… (repeatable).
    #[arg(long = "lexicon", value_name = "FILE")]
    pub(crate) lexicons: Vec<PathBuf>,
    /// A claim words TOML file that adds speech verbs, source phrases,
    /// action triggers… (the tables of crates/khabar-claims/data/claims.toml;
    /// repeatable)
    #[arg(long = "claim-words", value_name = "FILE")]
    pub(crate) claim_words: Vec<PathBuf>,
    /// How entities are found: `model` (the gazetteer, and the statistical
    /// tagger for the names it does not list) or `gazetteer` (its names
    /// alone, faster).
    #[arg(long, value_enum, default_value_t = Entities::Model)]
    pub(crate) entities: Entities,
    /// The date (YYYY-MM-DD) that dates stating no year («السبت 23 من
    /// آذار»، «كانون الثاني الماضي») are resolved against in documents
    /// with no publication date of their own.
    #[arg(long, value_name = "YYYY-MM-DD", value_parser = reference_date)]
    pub(crate) reference_date: Option<String>,
    /// Also write relative dates (أمس، الأسبوع الماضي، يوم الأربعاء، الشهر
    /// المقبل) as dates of kind `relative`, resolved against the
    /// publication date or --reference-date. Off by default: the gold
    /// conventions leave them out.
    #[arg(long)]
    pub(crate) relative_dates: bool,
}

/// A `--reference-date` that is a real calendar date.
fn reference_date(s: &str) -> Result<String, String> {
    khabar::resolve::parse_date(s).map(|_| s.to_string()).ok_or_else(|| format!("{s:?} is not a date written YYYY-MM-DD"))
}

/// The values of `--entities`.
#[derive(Clone, Copy, Debug, PartialEq, Eq, clap::ValueEnum)]
pub(crate) enum Entities {
    /// The gazetteer and the statistical tagger.
    Model,
    /// The gazetteer alone.
    Gazetteer,
}

impl DataArgs {
    /// The pipeline these data files make; with tokens and sentences in the
    /// output when `tokens`.
    pub(crate) fn config(&self, tokens: bool) -> PipelineConfig {
        let entities = match self.entities {
            Entities::Model => EntityMode::Model,
            Entities::Gazetteer => EntityMode::Gazetteer,
        };
        PipelineConfig {
            tokens,
            gazetteers: self.gazetteers.clone(),
            lexicons: self.lexicons.clone(),
            claim_words: self.claim_words.clone(),
            entities,
            reference_date: self.reference_date.clone(),
            relative_dates: self.relative_dates,
            ..PipelineConfig::default()
        }
    }
}

#[derive(clap::Args)]
pub(crate) struct AnnotateArgs {
    #[command(flatten)]
    pub(crate) input: InputArgs,
    #[command(flatten)]
    pub(crate) data: DataArgs,
    /// Also write tokens and sentences.
    #[arg(long)]
    pub(crate) tokens: bool,
    /// Write a document that cannot be read as a line of its own, with an
    /// `error` (its id, what was wrong, its source and line), instead of an
    /// error message; the exit code stays 0. For pipelines (Spark's
    /// `RDD.pipe`) that must neither lose nor fail on a bad record.
    #[arg(long)]
    pub(crate) errors_as_records: bool,
}

#[derive(clap::Args)]
pub(crate) struct EvalArgs {
    /// The gold JSON Lines file.
    #[arg(long)]
    pub(crate) gold: PathBuf,
    /// A gold claims file (docs/CLAIMS.md): also score claims.
    #[arg(long)]
    pub(crate) claims: Option<PathBuf>,
    /// Annotation JSON Lines to score (from `khabar annotate`).
    pub(crate) predicted: PathBuf,
}
