//! One report across a corpus of annotated Arabic news.
//!
//! This crate is the last stage of the khabar pipeline. It takes the
//! per-document annotations (the JSON Lines of `khabar annotate`, the
//! records of `khabar-wire`) one at a time into an [`Accumulator`], which
//! keeps only what the report shows (so memory does not grow with the
//! corpus) and merges with the accumulator of another shard, and builds one
//! [`Report`]: the corpus at a glance; the
//! actors with their mentions and every spelling seen; the claims ledger,
//! every figure grouped by what was done (killed, freed…) with who states
//! it, who did it, when, an English gloss and its sentence; claims over
//! time, one claimant's figure across documents; the discrepancies between
//! comparable claims (the same action and measure; running totals with
//! running totals, an incident's figures with the same date's), saying whether the
//! claimants disagree or one changed its figure; the timeline of dates; who
//! appears with whom; and each document. [`render`] turns it into HTML,
//! Markdown or JSON, and [`render::ClaimsCsv`] writes every claim as a CSV
//! row.
//!
//! It reads no files and knows no Arabic spelling rule (the pipeline hands
//! the [`Glossary`] its word fold): the annotations come in, the text goes
//! out.
//!
//! # Example
//!
//! ```
//! use khabar_report::render::{Markdown, Renderer};
//! use khabar_report::{Glossary, ReportBuilder};
//! use khabar_wire::{ClaimMention, DocAnnotation, QuantityKind, QuantityMention};
//!
//! let q = |value: f64, text: &str| QuantityMention {
//!     start: 0, end: text.len(), text: text.into(), value: Some(value), kind: QuantityKind::Cardinal,
//!     unit: None, qualifier: None, counted: Some("شخص".into()), range: None, sentence: None,
//! };
//! // The coalition's running total of people freed, in two documents, and
//! // one day's figure.
//! let freed = |text: &str, when: &str, total: bool| ClaimMention {
//!     quantity: Some(0), start: 0, end: text.len(), claimant: Some("coalition".into()), claimant_text: None,
//!     speaker: None, actor: Some("coalition".into()), action: "freed".into(), when: Some(when.into()), when_from: None, total,
//! };
//! let doc = |name: &str, value: f64, text: &str, when: &str, total: bool| DocAnnotation {
//!     doc: name.into(), quantities: vec![q(value, text)], claims: vec![freed(text, when, total)], ..Default::default()
//! };
//! let docs = vec![
//!     doc("a.txt", 7e6, "7 ملايين", "2021", true),
//!     doc("b.txt", 7.7e6, "7.7 مليون", "2020", true),
//!     doc("c.txt", 5e6, "5 ملايين", "2020-05-01", false),
//! ];
//! let builder = ReportBuilder::new([], Glossary::default());
//! let report = builder.build(&docs);
//! // One claimant, two values of the same action and measure; the day's
//! // figure is no other count of the running total.
//! assert_eq!(report.discrepancies.len(), 1);
//! assert_eq!(report.discrepancies[0].measure, "freed · people");
//! assert_eq!(report.discrepancies[0].scope, "running totals");
//! assert_eq!(report.discrepancies[0].claims.len(), 2);
//! assert_eq!(report.discrepancies[0].verdict, "one claimant changed its figure");
//! // And the figure over time, earliest first.
//! let series = &report.claims_over_time[0];
//! assert_eq!(series.claims.iter().map(|c| c.value.unwrap()).collect::<Vec<_>>(), [7.7e6, 5e6, 7e6]);
//! assert!(Markdown.render(&report).contains("7,700,000"));
//!
//! // The same report, built one annotation at a time in two shards that
//! // are merged; a document given twice is counted once.
//! let mut first = builder.accumulator();
//! first.add(&docs[2]);
//! first.add(&docs[0]);
//! assert!(first.add(&docs[0]).is_none());
//! let mut second = builder.accumulator();
//! second.add(&docs[1]);
//! first.merge(second).unwrap();
//! let merged = first.finish();
//! assert_eq!(merged.corpus.duplicates, 1);
//! assert_eq!(merged.discrepancies, report.discrepancies);
//! assert_eq!(merged.claims_over_time, report.claims_over_time);
//! ```

#![deny(missing_docs)]

/// The README's example, compiled and run as a test.
#[cfg(doctest)]
#[doc = include_str!("../README.md")]
pub struct ReadmeDoctests;

mod accumulate;
mod glossary;
mod model;
pub mod render;

pub use accumulate::{Accumulator, Added, PartialError, PartialReport, SharedDocuments, PARTIAL_MARK};
pub use glossary::{Gloss, Glossary, GlossaryError, KeyFold, DEFAULT_GLOSSARY};
pub use model::{
    format_number, Actor, Claim, ClaimGroup, ClaimSeries, Corpus, Count, Discrepancy, DocumentSummary, EntityInfo, FailedInput, Pair,
    Report, ReportBuilder, Timeline, TimelineEntry, MAX_DOCUMENTS, MAX_DOC_ENTITIES, MAX_EXAMPLES, MAX_FAILED, MAX_QUOTE,
    MAX_SENTENCE_ENTITIES,
};
