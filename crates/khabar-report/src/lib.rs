//! One report across a corpus of annotated Arabic news.
//!
//! This crate is the last stage of the khabar pipeline. It takes the
//! per-document annotations (the JSON Lines of `khabar annotate`, the
//! records of `khabar-wire`) and builds one [`Report`]: the corpus at a glance; the
//! actors with their mentions and every spelling seen; the claims ledger,
//! every quantity grouped by what it counts with an English gloss and its
//! sentence; the discrepancies, where one measure is given different
//! values; the timeline of dates; who appears with whom; and each document.
//! [`render`] turns it into HTML, Markdown or JSON.
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
//! use khabar_wire::{DocAnnotation, QuantityKind, QuantityMention};
//!
//! let q = |value: f64, text: &str, doc: &str| QuantityMention {
//!     start: 0, end: text.len(), text: text.into(), value: Some(value), kind: QuantityKind::Cardinal,
//!     unit: None, qualifier: None, counted: Some("شخص".into()), sentence: None, context: None,
//! };
//! let docs = vec![
//!     DocAnnotation { doc: "a.txt".into(), quantities: vec![q(7e6, "7 ملايين", "a.txt")], ..Default::default() },
//!     DocAnnotation { doc: "b.txt".into(), quantities: vec![q(7.7e6, "7.7 مليون", "b.txt")], ..Default::default() },
//! ];
//! let report = ReportBuilder::new([], Glossary::default()).build(&docs);
//! // Two values for the same measure: a discrepancy.
//! assert_eq!(report.discrepancies[0].measure, "people");
//! assert_eq!(report.discrepancies[0].distinct_values, 2);
//! assert!(Markdown.render(&report).contains("7,700,000"));
//! ```

#![deny(missing_docs)]

mod glossary;
mod model;
pub mod render;

pub use glossary::{Gloss, Glossary, GlossaryError, KeyFold, DEFAULT_GLOSSARY};
pub use model::{
    format_number, Actor, Claim, ClaimGroup, Corpus, Count, Discrepancy, DocumentSummary, EntityInfo, Pair, Report, ReportBuilder,
    Timeline, TimelineEntry,
};
