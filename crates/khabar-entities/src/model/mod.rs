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
use std::io::{Read, Write};
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
    pub const fn may_follow(self, prev: Option<Label>) -> bool {
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

/// Added to a transition weight: 0 where the label may follow, −∞ where it
/// may not (an I- label after anything but its own type). Row [`LABELS`]
/// is the start of a sentence. Decoding adds it instead of testing each
/// pair: a branch-free inner loop.
const FORBIDDEN: [[f32; LABELS]; LABELS + 1] = {
    let mut m = [[0f32; LABELS]; LABELS + 1];
    let mut from = 0;
    while from <= LABELS {
        let prev = if from == LABELS { None } else { Some(Label::ALL[from]) };
        let mut to = 0;
        while to < LABELS {
            if !Label::ALL[to].may_follow(prev) {
                m[from][to] = f32::NEG_INFINITY;
            }
            to += 1;
        }
        from += 1;
    }
    m
};

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
    /// The file is not a model of this version, or is cut short.
    #[error("byte {offset}: {message}")]
    Format {
        /// Where in the decompressed model, in bytes.
        offset: usize,
        /// What is wrong.
        message: &'static str,
    },
    /// Reading or decompressing failed.
    #[error(transparent)]
    Io(#[from] std::io::Error),
}

/// The first bytes of a model file, once decompressed.
const MAGIC: &[u8] = b"khabar-ner 2\n";

/// The decompressed bytes of a model file, read front to back.
struct ModelBytes<'a> {
    bytes: &'a [u8],
    at: usize,
}

impl<'a> ModelBytes<'a> {
    fn take(&mut self, n: usize, what: &'static str) -> Result<&'a [u8], ModelError> {
        let taken = self.bytes.get(self.at..self.at.saturating_add(n)).ok_or(ModelError::Format { offset: self.at, message: what })?;
        self.at += n;
        Ok(taken)
    }

    fn u32(&mut self, what: &'static str) -> Result<u32, ModelError> {
        let b = self.take(4, what)?;
        Ok(u32::from_le_bytes([b[0], b[1], b[2], b[3]]))
    }

    fn scores(&mut self) -> Result<Scores, ModelError> {
        let offset = self.at;
        let b = self.take(4 * LABELS, "weights cut short")?;
        let mut scores = [0f32; LABELS];
        for (s, w) in scores.iter_mut().zip(b.chunks_exact(4)) {
            *s = f32::from_le_bytes([w[0], w[1], w[2], w[3]]);
        }
        if scores.iter().all(|w| w.is_finite()) {
            Ok(scores)
        } else {
            Err(ModelError::Format { offset, message: "a weight that is not a finite number" })
        }
    }
}

impl NerModel {
    /// Reads a model written by [`NerModel::write`]: gzip-compressed
    /// little-endian binary (a magic line; the label count; one row of
    /// weights per transition row; the feature count; each feature as its
    /// length in bytes (u16), its UTF-8 key and its row of weights).
    /// Binary, not text: the shipped model is read at every start, and
    /// parsing decimal weights cost four times the decompression.
    pub fn read(gz: &[u8]) -> Result<NerModel, ModelError> {
        let mut bytes = Vec::with_capacity(gz.len() * 4);
        flate2::read::GzDecoder::new(gz).read_to_end(&mut bytes)?;
        let mut r = ModelBytes { bytes: &bytes, at: 0 };
        if r.take(MAGIC.len(), "not a khabar-ner 2 model")? != MAGIC {
            return Err(ModelError::Format { offset: 0, message: "not a khabar-ner 2 model" });
        }
        if r.u32("label count missing")? as usize != LABELS {
            return Err(ModelError::Format { offset: r.at - 4, message: "a model for another set of labels" });
        }
        let mut model = NerModel::default();
        for row in model.transitions.iter_mut() {
            *row = r.scores()?;
        }
        let features = r.u32("feature count missing")? as usize;
        model.weights.reserve(features.min(bytes.len() / (4 * LABELS)));
        for _ in 0..features {
            let len = r.take(2, "feature cut short")?;
            let offset = r.at;
            let key = r.take(usize::from(u16::from_le_bytes([len[0], len[1]])), "feature cut short")?;
            let key = std::str::from_utf8(key).map_err(|_| ModelError::Format { offset, message: "a feature that is not UTF-8" })?;
            let scores = r.scores()?;
            model.weights.insert(key.into(), scores);
        }
        if r.at != bytes.len() {
            return Err(ModelError::Format { offset: r.at, message: "bytes after the last feature" });
        }
        Ok(model)
    }

    /// Writes the model as [`NerModel::read`] reads it, features sorted so
    /// that the same model gives the same bytes.
    pub fn write(&self, out: impl Write) -> std::io::Result<()> {
        let mut gz = flate2::write::GzEncoder::new(out, flate2::Compression::best());
        let row = |gz: &mut dyn Write, scores: &Scores| scores.iter().try_for_each(|w| gz.write_all(&w.to_le_bytes()));
        gz.write_all(MAGIC)?;
        gz.write_all(&(LABELS as u32).to_le_bytes())?;
        for scores in &self.transitions {
            row(&mut gz, scores)?;
        }
        let mut features: Vec<(&str, &Scores)> = self.weights.iter().map(|(k, v)| (&**k, v)).collect();
        features.sort_unstable_by(|a, b| a.0.cmp(b.0));
        gz.write_all(&(features.len() as u32).to_le_bytes())?;
        for (key, scores) in features {
            let len =
                u16::try_from(key.len()).map_err(|_| std::io::Error::other(format!("feature longer than 65535 bytes: {key:.40}…")))?;
            gz.write_all(&len.to_le_bytes())?;
            gz.write_all(key.as_bytes())?;
            row(&mut gz, scores)?;
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
        let t = &self.transitions;
        let start_row = before.map_or(LABELS, Label::index);
        let mut best = [0f32; LABELS];
        for (l, b) in best.iter_mut().enumerate() {
            *b = t[start_row][l] + FORBIDDEN[start_row][l] + emissions[0][l];
        }
        for (emission, back) in emissions.iter().zip(back.iter_mut()).skip(1) {
            let mut next = [0f32; LABELS];
            for l in 0..LABELS {
                let (mut top, mut arg) = (f32::NEG_INFINITY, 0u8);
                for (p, score) in best.iter().enumerate() {
                    let s = score + t[p][l] + FORBIDDEN[p][l];
                    if s > top {
                        top = s;
                        arg = p as u8;
                    }
                }
                next[l] = top + emission[l];
                back[l] = arg;
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
