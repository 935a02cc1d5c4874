//! Arabic-aware tokenization for khabar.
//!
//! This is the first stage of the khabar pipeline: every later stage
//! (entities, numbers, the report) reads the [`Tokens`] made here. It splits
//! Arabic news text into words, numbers, punctuation and symbols; gives each
//! token its original [`Span`] and a normalized form; offers the readings of
//! a word with and without its proclitics ([`Token::splits`]); and splits
//! sentences. [`WordSieve`] is the quick "certainly not" test that the word
//! tables of the later stages keep in front of their maps.
//!
//! # Invariants
//!
//! - Every span is a UTF-8 byte range into the original text, on char
//!   boundaries. Normalized offsets never leave this crate.
//! - Tokens are sorted, do not overlap, and the gaps between them hold only
//!   whitespace ([`chars::is_space`]), so the text can be rebuilt from the
//!   tokens and the gaps.
//! - Tokenizing never fails and never panics, whatever the text.
//!
//! # Example
//!
//! ```
//! use khabar_tokenize::{Tokenizer, TokenKind};
//!
//! let text = "وبلغت خسائر لـ”قسد” نحو 2,6 ألف مقاتل.";
//! let tokens = Tokenizer::default().tokenize(text);
//! let words: Vec<&str> = tokens.iter().map(|t| t.text).collect();
//! assert_eq!(words, ["وبلغت", "خسائر", "لـ", "”", "قسد", "”", "نحو", "2,6", "ألف", "مقاتل", "."]);
//!
//! // Each token keeps its original span.
//! let number = tokens.get(7).unwrap();
//! assert_eq!(number.kind, TokenKind::Number);
//! assert_eq!(&text[number.span.range()], "2,6");
//!
//! // A word can be read without its proclitics: و + بلغت.
//! let first = tokens.get(0).unwrap();
//! assert!(first.splits().any(|s| s.stem_norm == "بلغت"));
//!
//! // Normalization folds spellings but spans still point at the original.
//! let alef = Tokenizer::default().tokenize("أنطوني");
//! assert_eq!(alef.get(0).unwrap().norm, "انطوني");
//! assert_eq!(alef.get(0).unwrap().text, "أنطوني");
//! ```

#![deny(missing_docs)]

/// The README's example, compiled and run as a test.
#[cfg(doctest)]
#[doc = include_str!("../README.md")]
pub struct ReadmeDoctests;

pub mod chars;
mod clitics;
pub mod normalize;
mod phrases;
mod raw;
pub mod sample;
mod scan;
mod sentences;
mod sieve;
mod span;
mod tables;
mod tokens;
mod utf8;
mod wrapped;

pub use clitics::{is_proclitic_letter, strip_article, Split, Splits};
pub use normalize::{normalize, NormalizeConfig, NormalizedText};
pub use phrases::{shortened, KeyRule, Matcher, Node, OtherNormalization, PhraseError, PhraseTable, PhraseTableConfig, MAX_PHRASE_WORDS};
pub use sentences::{Sentence, Sentences};
pub use sieve::WordSieve;
pub use span::{line_number, Span, TokenRange};
pub use tokens::{Token, TokenKind, Tokenizer, TokenizerConfig, Tokens};
