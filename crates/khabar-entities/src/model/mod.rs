//! The statistical tagger: a linear-chain model over BIO labels (PER, ORG,
//! LOC) trained as an averaged perceptron, the recall layer under the
//! gazetteer. It finds the names nobody listed.
//!
//! - `features.rs`: what a word says of itself and of its neighbours;
//! - [`train`]: the deterministic trainer, and the held-out scores;
//! - `recognize.rs`: running the model over a document, fast;
//! - this module: the labels, the model file, scoring and Viterbi decoding.
//!
//! A token's score for each label is the sum of three vectors that depend
//! on one word each: the word's own, the word before it (as a left
//! neighbour) and the word after it (as a right neighbour). A word's
//! vectors are worked out once a thread (`recognize.rs`), so a token costs
//! a look-up; tokens whose scores rule out every name label whatever their
//! neighbours are labelled O without decoding, and Viterbi runs over the
//! stretches between them.

pub(crate) mod features;
mod recognize;
pub mod train;

pub(crate) use recognize::Recognizer;

use features::{edge_feature, word_features, Lexicons, BIAS};
use khabar_tokenize::Token;
use rustc_hash::FxHashMap;
use std::io::{BufRead, Write};
use std::sync::{Arc, LazyLock};

/// The labels, in the order of every weight vector.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum Label {
    /// Outside any name.
    O,
    /// First word of a person's name.
    BPer,
    /// A later word of a person's name.
    IPer,
    /// First word of an organization's name.
    BOrg,
    /// A later word of an organization's name.
    IOrg,
    /// First word of a place name.
    BLoc,
    /// A later word of a place name.
    ILoc,
}

/// How many labels.
pub const LABELS: usize = 7;

impl Label {
    /// Every label, in vector order.
    pub const ALL: [Label; LABELS] = [Label::O, Label::BPer, Label::IPer, Label::BOrg, Label::IOrg, Label::BLoc, Label::ILoc];

    /// The label's position in a vector.
    pub fn index(self) -> usize {
        self as usize
    }

    /// The BIO name (`B-PER`).
    pub fn as_str(self) -> &'static str {
        ["O", "B-PER", "I-PER", "B-ORG", "I-ORG", "B-LOC", "I-LOC"][self.index()]
    }

    /// The label of a BIO name, with any other type (MISC) read as O.
    pub fn parse(s: &str) -> Label {
        Label::ALL.into_iter().find(|l| l.as_str() == s).unwrap_or(Label::O)
    }

    /// The entity type of a name label.
    pub fn kind(self) -> Option<crate::EntityType> {
        use crate::EntityType::*;
        match self {
            Label::O => None,
            Label::BPer | Label::IPer => Some(Person),
            Label::BOrg | Label::IOrg => Some(Organization),
            Label::BLoc | Label::ILoc => Some(Location),
        }
    }

    /// True for the B- labels.
    pub fn begins(self) -> bool {
        matches!(self, Label::BPer | Label::BOrg | Label::BLoc)
    }

    /// `self` may follow `prev` (an I- label only continues its own type).
    pub fn may_follow(self, prev: Option<Label>) -> bool {
        match self {
            Label::IPer => matches!(prev, Some(Label::BPer | Label::IPer)),
            Label::IOrg => matches!(prev, Some(Label::BOrg | Label::IOrg)),
            Label::ILoc => matches!(prev, Some(Label::BLoc | Label::ILoc)),
            _ => true,
        }
    }
}

/// Scores, one per label.
pub type Scores = [f32; LABELS];

/// A trained model: feature weights and label transitions.
#[derive(Clone, Debug, Default)]
pub struct NerModel {
    pub(crate) weights: FxHashMap<Box<str>, Scores>,
    /// `transitions[from][to]`; row [`LABELS`] is the start of a sentence.
    pub(crate) transitions: [[f32; LABELS]; LABELS + 1],
}

/// A model file that cannot be read.
#[derive(Debug, thiserror::Error)]
pub enum ModelError {
    /// The file is not a model of this version.
    #[error("line {line}: {message}")]
    Format {
        /// The line, from 1.
        line: usize,
        /// What is wrong.
        message: String,
    },
    /// Reading or decompressing failed.
    #[error(transparent)]
    Io(#[from] std::io::Error),
}

/// The first line of a model file.
const HEADER: &str = "khabar-ner 1";

impl NerModel {
    /// Reads a model written by [`NerModel::write`] (gzip-compressed text:
    /// a header, one line per transition row `T`, one per feature `F`).
    pub fn read(gz: &[u8]) -> Result<NerModel, ModelError> {
        let reader = std::io::BufReader::new(flate2::read::GzDecoder::new(gz));
        let mut model = NerModel::default();
        let bad = |line: usize, message: &str| ModelError::Format { line, message: message.to_string() };
        for (i, line) in reader.lines().enumerate() {
            let line = line?;
            let n = i + 1;
            if n == 1 {
                if line != HEADER {
                    return Err(bad(n, "not a khabar-ner 1 model"));
                }
                continue;
            }
            let mut fields = line.split('\t');
            let (Some(tag), Some(key), Some(values)) = (fields.next(), fields.next(), fields.next()) else {
                return Err(bad(n, "expected three tab-separated fields"));
            };
            let mut scores = [0f32; LABELS];
            let mut parts = values.split(' ');
            for s in scores.iter_mut() {
                *s = parts.next().and_then(|p| p.parse().ok()).filter(|v: &f32| v.is_finite()).ok_or_else(|| bad(n, "bad weight"))?;
            }
            match tag {
                "T" => {
                    let from: usize = key.parse().map_err(|_| bad(n, "bad transition row"))?;
                    *model.transitions.get_mut(from).ok_or_else(|| bad(n, "bad transition row"))? = scores;
                }
                "F" => {
                    model.weights.insert(key.into(), scores);
                }
                _ => return Err(bad(n, "unknown line kind")),
            }
        }
        Ok(model)
    }

    /// Writes the model as [`NerModel::read`] reads it, features sorted so
    /// that the same model gives the same bytes.
    pub fn write(&self, out: impl Write) -> std::io::Result<()> {
        let mut gz = flate2::write::GzEncoder::new(out, flate2::Compression::best());
        writeln!(gz, "{HEADER}")?;
        let row = |scores: &Scores| scores.iter().map(|w| format!("{w}")).collect::<Vec<_>>().join(" ");
        for (from, scores) in self.transitions.iter().enumerate() {
            writeln!(gz, "T\t{from}\t{}", row(scores))?;
        }
        let mut features: Vec<(&str, &Scores)> = self.weights.iter().map(|(k, v)| (&**k, v)).collect();
        features.sort_unstable_by(|a, b| a.0.cmp(b.0));
        for (key, scores) in features {
            writeln!(gz, "F\t{key}\t{}", row(scores))?;
        }
        gz.finish()?.flush()
    }

    /// How many features carry weights.
    pub fn features(&self) -> usize {
        self.weights.len()
    }

    fn add(&self, scores: &mut Scores, feature: &str) {
        if let Some(w) = self.weights.get(feature) {
            for (s, w) in scores.iter_mut().zip(w) {
                *s += w;
            }
        }
    }

    /// The three score vectors of one word (see the module docs).
    pub(crate) fn word_scores(&self, token: &Token<'_>, lex: &Lexicons) -> WordScores {
        let mut scores = WordScores::default();
        for (side, target) in [("", &mut scores.own), ("-", &mut scores.as_prev), ("+", &mut scores.as_next)] {
            word_features(token, lex, side, &mut |f| self.add(target, f));
        }
        self.add(&mut scores.own, BIAS);
        scores
    }

    /// The vectors of a sentence edge, as a neighbour.
    pub(crate) fn edge_scores(&self) -> WordScores {
        let mut scores = WordScores::default();
        self.add(&mut scores.as_prev, &edge_feature("-"));
        self.add(&mut scores.as_next, &edge_feature("+"));
        scores
    }

    /// For each label, how much the transitions around a token can favour
    /// it over O: a token whose O score beats every other label's by more
    /// than its margin is O whatever its neighbours are labelled. Only the
    /// transitions decoding allows count.
    pub(crate) fn outside_margins(&self) -> Scores {
        let row = |from: Option<Label>| from.map_or(LABELS, Label::index);
        let froms: Vec<Option<Label>> = std::iter::once(None).chain(Label::ALL.map(Some)).collect();
        // The best and worst way into a label, and out of it to any label.
        let into = |to: Label, best: bool| {
            let values = froms.iter().filter(|&&f| to.may_follow(f)).map(|&f| self.transitions[row(f)][to.index()]);
            if best {
                values.fold(f32::NEG_INFINITY, f32::max)
            } else {
                values.fold(f32::INFINITY, f32::min)
            }
        };
        let out = |from: Label, best: bool| {
            // The end of a stretch (no transition out) counts as 0.
            let values = Label::ALL
                .into_iter()
                .filter(|to| to.may_follow(Some(from)))
                .map(|to| self.transitions[from.index()][to.index()])
                .chain([0.0]);
            if best {
                values.fold(f32::NEG_INFINITY, f32::max)
            } else {
                values.fold(f32::INFINITY, f32::min)
            }
        };
        let mut margins = [0f32; LABELS];
        for label in Label::ALL.into_iter().skip(1) {
            margins[label.index()] = into(label, true) - into(Label::O, false) + out(label, true) - out(Label::O, false);
        }
        margins
    }

    /// The best labels of `emissions` (one score vector per token), by
    /// Viterbi, I- labels allowed only after their own type. `before` is
    /// the label of the token before them (`None` at a sentence's start);
    /// `then_outside` says the token after them is labelled O.
    pub(crate) fn viterbi(&self, emissions: &[Scores], before: Option<Label>, then_outside: bool, out: &mut Vec<Label>) {
        out.clear();
        if emissions.is_empty() {
            return;
        }
        let n = emissions.len();
        // Back pointers: on the stack for the short stretches decoding
        // mostly sees.
        let mut on_stack = [[0u8; LABELS]; 16];
        let mut on_heap = Vec::new();
        let back: &mut [[u8; LABELS]] = if n <= on_stack.len() {
            &mut on_stack[..n]
        } else {
            on_heap.resize(n, [0u8; LABELS]);
            &mut on_heap
        };
        let mut best = [f32::NEG_INFINITY; LABELS];
        let start_row = before.map_or(LABELS, Label::index);
        for label in Label::ALL {
            if label.may_follow(before) {
                best[label.index()] = self.transitions[start_row][label.index()] + emissions[0][label.index()];
            }
        }
        for i in 1..n {
            let mut next = [f32::NEG_INFINITY; LABELS];
            for label in Label::ALL {
                let (mut top, mut arg) = (f32::NEG_INFINITY, 0u8);
                for prev in Label::ALL {
                    if !label.may_follow(Some(prev)) {
                        continue;
                    }
                    let s = best[prev.index()] + self.transitions[prev.index()][label.index()];
                    if s > top {
                        top = s;
                        arg = prev as u8;
                    }
                }
                next[label.index()] = top + emissions[i][label.index()];
                back[i][label.index()] = arg;
            }
            best = next;
        }
        if then_outside {
            for label in Label::ALL {
                best[label.index()] += self.transitions[label.index()][Label::O.index()];
            }
        }
        let mut last = Label::ALL.into_iter().max_by(|a, b| best[a.index()].total_cmp(&best[b.index()])).unwrap_or(Label::O);
        out.resize(n, Label::O);
        for i in (0..n).rev() {
            out[i] = last;
            last = Label::ALL[usize::from(back[i][last.index()])];
        }
    }
}

/// A word's three score vectors.
#[derive(Clone, Copy, Debug, Default, PartialEq)]
pub(crate) struct WordScores {
    pub(crate) own: Scores,
    pub(crate) as_prev: Scores,
    pub(crate) as_next: Scores,
}

/// The names of a label sequence: (first token, end token, type). A B-
/// label starts a name; I- labels of its type continue it.
pub(crate) fn names(labels: &[Label]) -> Vec<(usize, usize, crate::EntityType)> {
    let mut out = Vec::new();
    let mut k = 0;
    while k < labels.len() {
        let Some(kind) = labels[k].kind() else {
            k += 1;
            continue;
        };
        let from = k;
        k += 1;
        while k < labels.len() && !labels[k].begins() && labels[k].kind() == Some(kind) {
            k += 1;
        }
        out.push((from, k, kind));
    }
    out
}

/// A name the model found: its tokens and type.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) struct Found {
    pub(crate) start: usize,
    pub(crate) end: usize,
    pub(crate) kind: crate::EntityType,
}

/// The model shipped with the crate, trained by `cargo xtask train-ner`
/// on the CC BY-SA 3.0 corpora named in `data/NER-MODEL.md`.
pub const DEFAULT_MODEL: &[u8] = include_bytes!("../../data/ner.model.gz");

impl NerModel {
    /// The shipped model, read once per process.
    pub fn shipped() -> Arc<NerModel> {
        static SHIPPED: LazyLock<Arc<NerModel>> =
            // The shipped file is tested; failing here would be a build defect.
            LazyLock::new(|| Arc::new(NerModel::read(DEFAULT_MODEL).expect("the shipped model is valid")));
        Arc::clone(&SHIPPED)
    }
}
