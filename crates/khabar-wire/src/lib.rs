//! The JSON Lines annotation format of khabar.
//!
//! One JSON object per document: what `khabar annotate` writes, what gold
//! files hold, and what the report reads back from shards (the fields are
//! described in the workspace's `docs/FORMAT.md`). This crate is the one
//! place that knows how an annotation is written and read:
//!
//! - [`DocAnnotation`] and its items, with the closed vocabularies as enums
//!   ([`EntityType`], [`QuantityKind`], [`Qualifier`], [`DateKind`],
//!   [`TokenKind`]) whose serde names are the strings of the format;
//! - [`DocAnnotation::write_json`], a line writer that gives serde_json's
//!   bytes in half the time;
//! - [`read_annotations`], the one reader of annotation lines.
//!
//! It knows nothing of Arabic, tokens or the report: the pipeline fills
//! these records, the report reads them.
//!
//! # Example
//!
//! ```
//! use khabar_wire::{DocAnnotation, QuantityKind, QuantityMention, Qualifier};
//!
//! let doc = DocAnnotation {
//!     doc: "a.txt".to_string(),
//!     quantities: vec![QuantityMention {
//!         start: 0, end: 10, text: "19 ألف".into(), value: Some(19000.0),
//!         kind: QuantityKind::Cardinal, unit: None, qualifier: Some(Qualifier::MoreThan),
//!         counted: Some("ضربة".into()), range: None, sentence: None,
//!     }],
//!     ..Default::default()
//! };
//! let mut line = Vec::new();
//! doc.write_json(&mut line);
//! let text = String::from_utf8(line).unwrap();
//! assert!(text.contains("\"value\":19000,\"kind\":\"cardinal\""));
//! let back: DocAnnotation = serde_json::from_str(&text).unwrap();
//! assert_eq!(back, doc);
//! ```

#![deny(missing_docs)]

/// The README's example, compiled and run as a test.
#[cfg(doctest)]
#[doc = include_str!("../README.md")]
pub struct ReadmeDoctests;

mod annotation;
mod json_line;
mod kinds;
pub mod lenient;
mod read;

pub use annotation::{
    ClaimMention, DateMention, DocAnnotation, DocMeta, EntityMention, InputFailure, NamedEntity, QuantityMention, SentenceOut, TokenOut,
};
pub use kinds::{DateKind, EntityType, Qualifier, QuantityKind, TokenKind};
pub use read::{read_annotations, ReadError};
