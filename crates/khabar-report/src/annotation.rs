//! The JSON Lines annotation format: what `khabar annotate` writes, what
//! gold files hold, and what the report reads back from shards. The fields
//! of docs/FORMAT.md come first; `meta`, `sentence` and `context` are what a
//! report needs beyond them, and scoring ignores them.

use serde::{Deserialize, Serialize};

/// One document's annotations: one JSON line.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
pub struct DocAnnotation {
    /// The document's name (its file name, or the `doc` of a JSON line).
    pub doc: String,
    /// Entity mentions, in text order.
    #[serde(default)]
    pub entities: Vec<EntityMention>,
    /// Quantities, in text order.
    #[serde(default)]
    pub quantities: Vec<QuantityMention>,
    /// Dates and times, in text order.
    #[serde(default)]
    pub dates: Vec<DateMention>,
    /// What the report shows of the document: title, outlet, publication
    /// date, word count.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub meta: Option<DocMeta>,
    /// Tokens, with `--tokens`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub tokens: Option<Vec<TokenOut>>,
    /// Sentences, with `--tokens`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub sentences: Option<Vec<SentenceOut>>,
}

/// An entity mention.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct EntityMention {
    /// First byte of the mention in the original text.
    pub start: usize,
    /// One past its last byte.
    pub end: usize,
    /// The original text of the mention.
    pub text: String,
    /// Canonical id (`baghdadi`, `sdf`…).
    pub id: String,
    /// `PER`, `ORG` or `LOC`.
    #[serde(rename = "type")]
    pub kind: String,
    /// Index of the sentence it stands in.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub sentence: Option<usize>,
}

/// A quantity.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct QuantityMention {
    /// First byte.
    pub start: usize,
    /// One past the last byte.
    pub end: usize,
    /// Original text.
    pub text: String,
    /// Value with scale words applied; null for vague amounts. Whole
    /// numbers are written without a fraction (`2`, not `2.0`).
    #[serde(serialize_with = "whole_numbers_plain")]
    pub value: Option<f64>,
    /// `cardinal`, `percent`, `money`, `measure`, `ordinal`, `duration`,
    /// `vague`.
    pub kind: String,
    /// Unit code, or null.
    pub unit: Option<String>,
    /// `more_than`, `about`, `less_than`, `at_least`, `at_most`, or null.
    pub qualifier: Option<String>,
    /// Counted noun in its singular base form, or null.
    pub counted: Option<String>,
    /// Index of the sentence it stands in.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub sentence: Option<usize>,
    /// The text of that sentence.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub context: Option<String>,
}

/// A date or time.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct DateMention {
    /// First byte.
    pub start: usize,
    /// One past the last byte.
    pub end: usize,
    /// Original text.
    pub text: String,
    /// ISO 8601 value as far as the text tells.
    pub iso: String,
    /// `date`, `year` or `time`.
    pub kind: String,
    /// Index of the sentence it stands in.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub sentence: Option<usize>,
    /// The text of that sentence.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub context: Option<String>,
}

/// What the report shows of a document besides its annotations.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct DocMeta {
    /// The first non-empty line.
    pub title: String,
    /// The outlet, when the text names a known one.
    pub outlet: Option<String>,
    /// The publication date (ISO 8601), when a dateline near the top gives
    /// one.
    pub published: Option<String>,
    /// Words (Arabic and Latin tokens).
    pub words: usize,
}

/// A token, with `--tokens`.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct TokenOut {
    /// First byte.
    pub start: usize,
    /// One past the last byte.
    pub end: usize,
    /// Original text.
    pub text: String,
    /// Normalized form.
    pub norm: String,
    /// `arabic`, `latin`, `number`, `punct` or `symbol`.
    pub kind: String,
}

/// A sentence, with `--tokens`.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct SentenceOut {
    /// First byte.
    pub start: usize,
    /// One past the last byte.
    pub end: usize,
}

/// Writes a whole number that f64 holds exactly as an integer, any other
/// value as a float.
fn whole_numbers_plain<S: serde::Serializer>(value: &Option<f64>, s: S) -> Result<S::Ok, S::Error> {
    const EXACT: f64 = 9_007_199_254_740_992.0; // 2^53
    match *value {
        Some(v) if v.fract() == 0.0 && v.abs() < EXACT => s.serialize_i64(v as i64),
        Some(v) => s.serialize_f64(v),
        None => s.serialize_none(),
    }
}
