//! The JSON Lines annotation format: what `khabar annotate` writes, what
//! gold files hold, and what the report reads back from shards. The fields
//! of docs/FORMAT.md come first; `meta`, `sentence` and `sentences` are what a
//! report needs beyond them, and scoring ignores them.
//!
//! The types are generic over how they hold text, `S`: `String` (the
//! default) for annotations read back or kept, `Cow<str>` for annotations
//! that borrow from the document and the gazetteer while they are written
//! out, so that writing one allocates almost nothing ([`DocAnnotation::into_owned`]
//! turns one into the other).

use crate::kinds::{DateKind, EntityType, Qualifier, QuantityKind, TokenKind};
use serde::{Deserialize, Serialize};
use std::borrow::Cow;

/// One document's annotations: one JSON line.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
#[serde(bound(deserialize = "S: Deserialize<'de> + From<String>"))]
pub struct DocAnnotation<S = String> {
    /// The document's name (its file name, or the `doc` of a JSON line; a
    /// number reads as its digits).
    #[serde(deserialize_with = "crate::lenient::name")]
    pub doc: S,
    /// Entity mentions, in text order.
    #[serde(default = "Vec::new")]
    pub entities: Vec<EntityMention<S>>,
    /// Quantities, in text order.
    #[serde(default = "Vec::new")]
    pub quantities: Vec<QuantityMention<S>>,
    /// Dates and times, in text order.
    #[serde(default = "Vec::new")]
    pub dates: Vec<DateMention<S>>,
    /// Claims: one per quantity of kind cardinal, money, measure or
    /// percent, in text order (docs/CLAIMS.md).
    #[serde(default = "Vec::new")]
    pub claims: Vec<ClaimMention<S>>,
    /// What the report shows of the document: title, outlet, publication
    /// date, word count.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub meta: Option<DocMeta>,
    /// Tokens, with `--tokens`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub tokens: Option<Vec<TokenOut>>,
    /// The document's sentences, in order: what the `sentence` index of an
    /// item points at. Each quantity's and date's sentence carries its text,
    /// stored once however many items stand in it.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub sentences: Option<Vec<SentenceOut<S>>>,
    /// Set when the document could not be read (`annotate
    /// --errors-as-records`): the line stands for it, with empty lists, so
    /// that a pipeline neither loses it silently nor fails; a report counts
    /// and lists it instead of counting a document.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub error: Option<InputFailure>,
}

/// Why a document could not be read, and where it stood.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct InputFailure {
    /// What was wrong (the message khabar prints).
    pub message: String,
    /// The file or stream it came from (`<stdin>`, a path).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub source: Option<String>,
    /// Its line there, from 1, for a JSON line.
    #[serde(default, skip_serializing_if = "Option::is_none", deserialize_with = "crate::lenient::optional_whole")]
    pub line: Option<usize>,
}

/// An entity mention.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct EntityMention<S = String> {
    /// First byte of the mention in the original text.
    #[serde(deserialize_with = "crate::lenient::whole")]
    pub start: usize,
    /// One past its last byte.
    #[serde(deserialize_with = "crate::lenient::whole")]
    pub end: usize,
    /// The original text of the mention.
    pub text: S,
    /// Canonical id (`baghdadi`, `sdf`…).
    pub id: S,
    /// `PER`, `ORG` or `LOC`.
    #[serde(rename = "type")]
    pub kind: EntityType,
    /// Index of the sentence it stands in.
    #[serde(default, skip_serializing_if = "Option::is_none", deserialize_with = "crate::lenient::optional_whole")]
    pub sentence: Option<usize>,
}

/// A quantity.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct QuantityMention<S = String> {
    /// First byte.
    #[serde(deserialize_with = "crate::lenient::whole")]
    pub start: usize,
    /// One past the last byte.
    #[serde(deserialize_with = "crate::lenient::whole")]
    pub end: usize,
    /// Original text.
    pub text: S,
    /// Value with scale words applied; null for vague amounts. Whole
    /// numbers are written without a fraction (`2`, not `2.0`).
    #[serde(serialize_with = "whole_numbers_plain")]
    pub value: Option<f64>,
    /// `cardinal`, `percent`, `money`, `measure`, `ordinal`, `duration`,
    /// `vague`.
    pub kind: QuantityKind,
    /// Unit code, or null.
    pub unit: Option<S>,
    /// `more_than`, `about`, `less_than`, `at_least`, `at_most`, or null.
    pub qualifier: Option<Qualifier>,
    /// Counted noun in its singular base form, or null.
    pub counted: Option<S>,
    /// The index in `quantities` of the other end of a range this one is
    /// an end of (بين 10 و15 مدنيا).
    #[serde(default, skip_serializing_if = "Option::is_none", deserialize_with = "crate::lenient::optional_whole")]
    pub range: Option<usize>,
    /// Index of the sentence it stands in.
    #[serde(default, skip_serializing_if = "Option::is_none", deserialize_with = "crate::lenient::optional_whole")]
    pub sentence: Option<usize>,
}

/// A date or time.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct DateMention<S = String> {
    /// First byte.
    #[serde(deserialize_with = "crate::lenient::whole")]
    pub start: usize,
    /// One past the last byte.
    #[serde(deserialize_with = "crate::lenient::whole")]
    pub end: usize,
    /// Original text.
    pub text: S,
    /// ISO 8601 value as far as the text tells.
    pub iso: S,
    /// `date`, `year`, `time` or `relative`.
    pub kind: DateKind,
    /// Where a `relative` date lies from the day of writing: `day-1`
    /// (أمس), `week+0`, `month-1`, `year+1`, `wed-1` (الأربعاء الماضي).
    #[serde(default = "none", skip_serializing_if = "Option::is_none")]
    pub relative: Option<S>,
    /// The full date after filling in what the text leaves out (the year
    /// of `--03-23`) from a reference date.
    #[serde(default = "none", skip_serializing_if = "Option::is_none")]
    pub resolved: Option<S>,
    /// Where the reference came from: `published` (the document's
    /// publication date) or `reference` (given by the user).
    #[serde(default = "none", skip_serializing_if = "Option::is_none")]
    pub anchor: Option<S>,
    /// Index of the sentence it stands in.
    #[serde(default, skip_serializing_if = "Option::is_none", deserialize_with = "crate::lenient::optional_whole")]
    pub sentence: Option<usize>,
}

/// Who states a figure, who did the counted thing, what was done, and when.
/// Fields with no value are left out of a line (a missing field reads as
/// null, as docs/CLAIMS.md scores it): most figures are the outlet's own,
/// and a line of bare figures would otherwise be mostly nulls.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct ClaimMention<S = String> {
    /// The index of its quantity in the line's `quantities`.
    #[serde(default, skip_serializing_if = "Option::is_none", deserialize_with = "crate::lenient::optional_whole")]
    pub quantity: Option<usize>,
    /// First byte of the quantity.
    #[serde(default, deserialize_with = "crate::lenient::whole")]
    pub start: usize,
    /// One past its last byte.
    #[serde(default, deserialize_with = "crate::lenient::whole")]
    pub end: usize,
    /// Entity id of the claimant, `unnamed_source`, or null for the outlet's
    /// own voice.
    #[serde(default = "none", skip_serializing_if = "Option::is_none")]
    pub claimant: Option<S>,
    /// The words naming the claimant, as written.
    #[serde(default = "none", skip_serializing_if = "Option::is_none")]
    pub claimant_text: Option<S>,
    /// Entity id of a spokesperson speaking for the claimant.
    #[serde(default = "none", skip_serializing_if = "Option::is_none")]
    pub speaker: Option<S>,
    /// Entity id of who did the counted thing.
    #[serde(default = "none", skip_serializing_if = "Option::is_none")]
    pub actor: Option<S>,
    /// One label of docs/CLAIMS.md (`killed`, `freed`, …, `other`).
    pub action: S,
    /// When (ISO 8601): a date of the figure's sentence, or the
    /// publication date.
    #[serde(default = "none", skip_serializing_if = "Option::is_none")]
    pub when: Option<S>,
    /// Where `when` comes from: `sentence` or `published`.
    #[serde(default = "none", skip_serializing_if = "Option::is_none")]
    pub when_from: Option<S>,
    /// The figure is a running total (منذ 2014، حتى الآن، إجمالي), not
    /// one incident's: the report compares totals with totals only.
    /// Written only when true.
    #[serde(default, skip_serializing_if = "is_false")]
    pub total: bool,
}

/// For `skip_serializing_if`: a flag that is not set.
fn is_false(flag: &bool) -> bool {
    !*flag
}

/// An absent optional field (`#[serde(default)]` would ask `S: Default`).
fn none<T>() -> Option<T> {
    None
}

impl DocAnnotation<Cow<'_, str>> {
    /// The same annotations, owning their text.
    pub fn into_owned(self) -> DocAnnotation {
        let own = |s: Cow<'_, str>| s.into_owned();
        DocAnnotation {
            doc: own(self.doc),
            entities: self
                .entities
                .into_iter()
                .map(|e| EntityMention { start: e.start, end: e.end, text: own(e.text), id: own(e.id), kind: e.kind, sentence: e.sentence })
                .collect(),
            quantities: self
                .quantities
                .into_iter()
                .map(|q| QuantityMention {
                    start: q.start,
                    end: q.end,
                    text: own(q.text),
                    value: q.value,
                    kind: q.kind,
                    unit: q.unit.map(own),
                    qualifier: q.qualifier,
                    counted: q.counted.map(own),
                    range: q.range,
                    sentence: q.sentence,
                })
                .collect(),
            dates: self
                .dates
                .into_iter()
                .map(|d| DateMention {
                    start: d.start,
                    end: d.end,
                    text: own(d.text),
                    iso: own(d.iso),
                    kind: d.kind,
                    relative: d.relative.map(own),
                    resolved: d.resolved.map(own),
                    anchor: d.anchor.map(own),
                    sentence: d.sentence,
                })
                .collect(),
            claims: self
                .claims
                .into_iter()
                .map(|c| ClaimMention {
                    quantity: c.quantity,
                    start: c.start,
                    end: c.end,
                    claimant: c.claimant.map(own),
                    claimant_text: c.claimant_text.map(own),
                    speaker: c.speaker.map(own),
                    actor: c.actor.map(own),
                    action: own(c.action),
                    when: c.when.map(own),
                    when_from: c.when_from.map(own),
                    total: c.total,
                })
                .collect(),
            meta: self.meta,
            tokens: self.tokens,
            error: self.error,
            sentences: self
                .sentences
                .map(|v| v.into_iter().map(|x| SentenceOut { start: x.start, end: x.end, text: x.text.map(own) }).collect()),
        }
    }
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
    #[serde(deserialize_with = "crate::lenient::whole")]
    pub words: usize,
    /// The page it comes from, when the input gives one (`--jsonl` `url`).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub url: Option<String>,
    /// What made the line: `khabar VERSION`, with `+data:DIGEST` (a SHA-256
    /// prefix of the user's gazetteer, lexicon and claim word files) when
    /// such files were given. Shards of different producers read names and
    /// figures differently; a report says when it merges them.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub producer: Option<String>,
    /// The entities of the user's own gazetteer files that the document
    /// names, so that a report names them without those files.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub names: Vec<NamedEntity>,
}

/// An entity of a user's gazetteer, as a report names it.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct NamedEntity {
    /// The id.
    pub id: String,
    /// English name.
    pub name: String,
    /// Arabic name.
    pub arabic: String,
    /// PER, ORG or LOC.
    #[serde(rename = "type")]
    pub kind: EntityType,
}

/// A token, with `--tokens`.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct TokenOut {
    /// First byte.
    #[serde(deserialize_with = "crate::lenient::whole")]
    pub start: usize,
    /// One past the last byte.
    #[serde(deserialize_with = "crate::lenient::whole")]
    pub end: usize,
    /// Original text.
    pub text: String,
    /// Normalized form.
    pub norm: String,
    /// `arabic`, `latin`, `number`, `punct` or `symbol`.
    pub kind: TokenKind,
}

/// A sentence of the document.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct SentenceOut<S = String> {
    /// First byte.
    #[serde(deserialize_with = "crate::lenient::whole")]
    pub start: usize,
    /// One past the last byte.
    #[serde(deserialize_with = "crate::lenient::whole")]
    pub end: usize,
    /// Its text, when a quantity or date stands in it (or with `--tokens`).
    #[serde(default = "none", skip_serializing_if = "Option::is_none")]
    pub text: Option<S>,
}

impl<S: AsRef<str>> DocAnnotation<S> {
    /// Sentence `k` (an item's `sentence`), when the line carries it.
    pub fn sentence(&self, k: Option<usize>) -> Option<&SentenceOut<S>> {
        self.sentences.as_ref()?.get(k?)
    }
}

/// Writes a whole number that f64 holds exactly as an integer, any other
/// value as a float.
fn whole_numbers_plain<S: serde::Serializer>(value: &Option<f64>, s: S) -> Result<S::Ok, S::Error> {
    match *value {
        Some(v) => match as_whole_number(v) {
            Some(n) => s.serialize_i64(n),
            None => s.serialize_f64(v),
        },
        None => s.serialize_none(),
    }
}

/// `v` as an integer when it is a whole number that f64 holds exactly
/// (below 2^53): how quantity values are written.
pub(crate) fn as_whole_number(v: f64) -> Option<i64> {
    const EXACT: f64 = 9_007_199_254_740_992.0; // 2^53
    (v.fract() == 0.0 && v.abs() < EXACT).then_some(v as i64)
}
