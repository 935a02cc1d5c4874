//! Entity tagging for Arabic news.
//!
//! This crate is the second stage of the khabar pipeline, beside
//! `khabar-numbers`: it reads the tokens of `khabar-tokenize` and finds every
//! mention of the actors analysts follow, linked to one canonical id however
//! the outlet spells the name: Abu Bakr al-Baghdadi, Antony Blinken, Mazloum
//! Abdi and the SDF above all, and ISIS, the coalition, states, places,
//! officials and organizations.
//!
//! - The [`Gazetteer`] is data (`data/gazetteer.toml`): ids, types, English
//!   names, Arabic and Latin aliases and context rules. Users extend it with
//!   their own file.
//! - Aliases are matched over normalized tokens, so alef forms, ى/ي,
//!   diacritics, tatweel and Persian letters fold away, and each word is
//!   tried with and without its proclitics (وبلينكن، لقسد، للبغدادي،
//!   بالعراق، لـ”قسد”). All aliases are matched in one left-to-right pass
//!   over a word trie; the longest wins, so names inside a longer name are
//!   not mentions of their own.
//! - Context rules: a short name (surname) links only when the entity's full
//!   name is in the document or a title stands before it; الدولة is ISIS
//!   only after تنظيم; derived adjectives (الداعشي، السوري) are never
//!   mentions; كوباني is the town except inside مظلوم كوباني.
//! - Under the gazetteer, a statistical tagger ([`model`], an averaged
//!   perceptron trained on two CC BY-SA 3.0 Arabic corpora, with the
//!   gazetteer and trigger lists as features) finds the people,
//!   organizations and places nobody listed. The gazetteer's mentions
//!   stand; the model adds the others, each with a stable id made from its
//!   name ([`new_entity_id`]); an organization around a place is one
//!   organization (إذاعة دمشق); a surname after a new full name names the
//!   same person. [`Tagger::new`] runs the gazetteer alone.
//!
//! # Example
//!
//! ```
//! use khabar_entities::Tagger;
//!
//! let tagger = Tagger::default();
//! let text = "قال أنتوني بلينكن إن لـ”قسد” دورا، وأشاد بلينكن بمظلوم عبدي.";
//! let found: Vec<(&str, String)> = tagger
//!     .tag(text)
//!     .iter()
//!     .map(|m| (&text[m.span.range()], tagger.id_of(m, text).into_owned()))
//!     .collect();
//! let expected = [("أنتوني بلينكن", "blinken"), ("قسد", "sdf"), ("بلينكن", "blinken"), ("مظلوم عبدي", "mazloum_abdi")];
//! assert_eq!(found, expected.map(|(text, id)| (text, id.to_string())));
//! ```

#![deny(missing_docs)]

/// The README's example, compiled and run as a test.
#[cfg(doctest)]
#[doc = include_str!("../README.md")]
pub struct ReadmeDoctests;

mod gazetteer;
mod ids;
mod merge;
pub mod model;
mod tagger;

pub use gazetteer::{Entity, EntityType, Gazetteer, GazetteerError, DEFAULT_GAZETTEER};
pub use ids::new_entity_id;
pub use khabar_tokenize::{Span, TokenRange};
pub use tagger::{EntityRef, Mention, Tagger};
