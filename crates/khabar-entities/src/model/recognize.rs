//! Running the model over a document: each word's scores looked up once, a
//! cheap bound that rules most tokens out of every name, and Viterbi over
//! the stretches that remain.
//!
//! The tagger runs this over every token of every document, so its cost is
//! that of the pipeline: a token costs a fingerprint, one table look-up and
//! three numbers read; only the few tokens that may be in a name cost more.

use super::features::Lexicons;
use super::{Found, Label, NerModel, Scores, WordScores, LABELS};
use khabar_tokenize::{TokenKind, Tokens};
use std::cell::RefCell;
use std::sync::atomic::{AtomicU64, Ordering};
use std::sync::Arc;

/// What the cheap test reads of a word: how far its own scores keep it
/// out of every name, and how far it can pull its neighbours in.
#[derive(Clone, Copy, Debug, Default)]
struct Bounds {
    /// min over name labels k of own[O] − own[k] − margin[k].
    own: f32,
    /// max over name labels k of as_prev[k] − as_prev[O].
    pulls_next: f32,
    /// max over name labels k of as_next[k] − as_next[O].
    pulls_prev: f32,
}

/// A word's scores and their bounds.
#[derive(Clone, Copy, Debug, Default)]
struct Entry {
    bounds: Bounds,
    scores: WordScores,
}

/// The words one thread has met, for one recognizer: each is worked out
/// once a thread, however many documents it appears in. Thread-local, so
/// that a look-up takes no lock; bounded: a cache that reaches
/// [`WordCache::MAX_WORDS`] words starts over.
#[derive(Default)]
struct WordCache {
    /// The recognizer whose scores these are.
    owner: u64,
    /// By the word's [`fingerprint`]: where its entry is, and its bounds
    /// beside (most tokens need nothing else, and a small table stays in
    /// the processor's cache).
    index: FingerprintTable,
    entries: Vec<Entry>,
}

impl WordCache {
    /// About 130 bytes a word: at most about 17 MB a thread.
    const MAX_WORDS: usize = 1 << 17;
}

thread_local! {
    static WORDS: RefCell<WordCache> = RefCell::new(WordCache::default());
}

/// Recognizer ids, for the thread caches.
static NEXT_RECOGNIZER: AtomicU64 = AtomicU64::new(1);

/// An open-addressing table from fingerprints to slots: the fingerprint is
/// already a hash, so a look-up is one multiply-free index and a compare,
/// linear probing from there; kept at most half full.
#[derive(Default)]
struct FingerprintTable {
    /// (fingerprint, entry, bounds); fingerprint 0 marks an empty slot.
    slots: Vec<(u64, (u32, Bounds))>,
    len: usize,
}

impl FingerprintTable {
    fn clear(&mut self) {
        self.slots.clear();
        self.len = 0;
    }

    #[inline]
    fn get(&self, key: u64) -> Option<(u32, Bounds)> {
        let mask = self.slots.len().checked_sub(1)?;
        let mut at = (key as usize) & mask;
        loop {
            let (k, slot) = self.slots[at];
            if k == key {
                return Some(slot);
            }
            if k == 0 {
                return None;
            }
            at = (at + 1) & mask;
        }
    }

    fn insert(&mut self, key: u64, slot: (u32, Bounds)) {
        if 2 * (self.len + 1) > self.slots.len() {
            let old = std::mem::take(&mut self.slots);
            self.slots = vec![(0, (0, Bounds::default())); (old.len() * 2).max(1024)];
            self.len = 0;
            for (k, s) in old.into_iter().filter(|(k, _)| *k != 0) {
                self.insert(k, s);
            }
        }
        let mask = self.slots.len() - 1;
        let mut at = (key as usize) & mask;
        while self.slots[at].0 != 0 && self.slots[at].0 != key {
            at = (at + 1) & mask;
        }
        if self.slots[at].0 == 0 {
            self.len += 1;
        }
        self.slots[at] = (key, slot);
    }
}

/// A 64-bit fingerprint of a word (a hash of its bytes and length). Two
/// distinct words of an archive share one with a chance of about
/// n² / 2^65: once in thousands of years of news.
fn fingerprint(word: &str) -> u64 {
    use std::hash::Hasher;
    let mut h = rustc_hash::FxHasher::with_seed(0x51_7C_C1_B7_27_22_0A_95);
    h.write(word.as_bytes());
    h.write_usize(word.len());
    // FxHash's last multiply leaves the low bits weak, and the table
    // indexes by them: fold the high half in.
    let x = h.finish();
    // Never 0: that marks an empty slot of the table.
    (x ^ (x >> 29) ^ (x >> 47)).max(1)
}

/// The model with what it reads besides tokens.
#[derive(Debug)]
pub(crate) struct Recognizer {
    id: u64,
    model: Arc<NerModel>,
    lex: Lexicons,
    /// A sentence's edge, as a neighbour.
    edge: Entry,
    /// Any number (they all have the same features).
    number: Entry,
    /// [`NerModel::outside_margins`].
    margins: Scores,
}

impl Clone for Recognizer {
    fn clone(&self) -> Recognizer {
        Recognizer { id: NEXT_RECOGNIZER.fetch_add(1, Ordering::Relaxed), model: Arc::clone(&self.model), lex: self.lex.clone(), ..*self }
    }
}

impl Recognizer {
    pub(crate) fn new(model: Arc<NerModel>, gazetteer: &crate::Gazetteer) -> Recognizer {
        let margins = model.outside_margins();
        let lex = Lexicons::of(gazetteer);
        let entry = |scores: WordScores| Entry { bounds: bounds_of(&scores, &margins), scores };
        let edge = entry(model.edge_scores());
        let one = khabar_tokenize::Tokenizer::default().tokenize("1");
        let number = entry(one.get(0).map(|t| model.word_scores(&t, &lex)).unwrap_or_default());
        Recognizer { id: NEXT_RECOGNIZER.fetch_add(1, Ordering::Relaxed), model, lex, edge, number, margins }
    }

    /// The word lists the model reads.
    pub(crate) fn lexicons(&self) -> &Lexicons {
        &self.lex
    }

    /// True when the model has weights for `word` (normalized) itself.
    pub(crate) fn knows(&self, word: &str) -> bool {
        self.model.weights.contains_key(format!("w={word}").as_str())
    }

    /// How far the model's weights for `word` (normalized) itself favour
    /// O over a person's labels: above 0 for a word the corpora read as a
    /// common word, 0 for a word they lack.
    pub(crate) fn outside_lean(&self, word: &str) -> f32 {
        self.model
            .weights
            .get(format!("w={word}").as_str())
            .map_or(0.0, |w| w[Label::O.index()] - w[Label::BPer.index()].max(w[Label::IPer.index()]))
    }

    /// The names in `tokens`. Sentences are decoded apart.
    pub(crate) fn recognize(&self, tokens: &Tokens<'_>) -> Vec<Found> {
        WORDS.with(|cell| match cell.try_borrow_mut() {
            Ok(mut cache) => self.recognize_with(tokens, &mut cache),
            // Only re-entry could find the cache borrowed: then a cache of
            // its own.
            Err(_) => self.recognize_with(tokens, &mut WordCache::default()),
        })
    }

    fn recognize_with(&self, tokens: &Tokens<'_>, cache: &mut WordCache) -> Vec<Found> {
        if cache.owner != self.id || cache.entries.len() >= WordCache::MAX_WORDS {
            cache.index.clear();
            cache.entries.clear();
            cache.owner = self.id;
        }
        let n = tokens.len();
        // One pass: each token's entry, the sentence starts, and the tokens
        // the cheap test cannot rule out (each decided once its right
        // neighbour is known).
        let mut at: Vec<u32> = Vec::with_capacity(n);
        let mut sentence_starts: Vec<usize> = Vec::new();
        let mut maybe: Vec<usize> = Vec::new();
        let edge = self.edge.bounds;
        // The token before the current one: its bounds and the pull it
        // gets from its own left neighbour.
        let mut last = Bounds::default();
        let mut last_pulled_from_left = 0.0f32;
        let mut last_ends_sentence = false;
        for i in 0..n {
            let (Some(kind), Some(norm)) = (tokens.kind(i), tokens.norm(i)) else { break };
            let (k, b) = if kind == TokenKind::Number {
                (u32::MAX, self.number.bounds)
            } else {
                let key = fingerprint(norm);
                match cache.index.get(key) {
                    Some(slot) => slot,
                    None => {
                        let Some(token) = tokens.get(i) else { break };
                        let scores = self.model.word_scores(&token, &self.lex);
                        let slot = (cache.entries.len() as u32, bounds_of(&scores, &self.margins));
                        cache.entries.push(Entry { bounds: slot.1, scores });
                        cache.index.insert(key, slot);
                        slot
                    }
                }
            };
            at.push(k);
            let starts = i == 0 || last_ends_sentence || tokens.line_break_before(i);
            last_ends_sentence = kind == TokenKind::Punct && is_terminator(tokens, i);
            if starts {
                sentence_starts.push(i);
            }
            if i > 0 {
                let pulled_from_right = if starts { edge.pulls_prev } else { b.pulls_prev };
                if last.own - last_pulled_from_left - pulled_from_right <= 0.0 {
                    maybe.push(i - 1);
                }
            }
            last_pulled_from_left = if starts { edge.pulls_next } else { last.pulls_next };
            last = b;
        }
        if !at.is_empty() && last.own - last_pulled_from_left - edge.pulls_prev <= 0.0 {
            maybe.push(at.len() - 1);
        }
        if maybe.is_empty() {
            return Vec::new();
        }
        let entry = |i: usize| if at[i] == u32::MAX { &self.number } else { &cache.entries[at[i] as usize] };
        // The sentence of a token: [start, end).
        let sentence_of = |i: usize| {
            let k = sentence_starts.partition_point(|&s| s <= i);
            let start = sentence_starts.get(k.wrapping_sub(1)).copied().unwrap_or(0);
            let end = sentence_starts.get(k).copied().unwrap_or(at.len());
            (start, end)
        };
        let emission = |i: usize, (start, end): (usize, usize)| {
            let mut e = entry(i).scores.own;
            let prev = if i > start { &entry(i - 1).scores.as_prev } else { &self.edge.scores.as_prev };
            let next = if i + 1 < end { &entry(i + 1).scores.as_next } else { &self.edge.scores.as_next };
            for k in 0..LABELS {
                e[k] += prev[k] + next[k];
            }
            e
        };
        let outside = |e: &Scores| (1..LABELS).all(|k| e[0] - e[k] > self.margins[k]);
        let mut found = Vec::new();
        let mut d = Decoder::default();
        let mut m = 0;
        while m < maybe.len() {
            let first = maybe[m];
            let sentence = sentence_of(first);
            let e = emission(first, sentence);
            m += 1;
            if outside(&e) {
                continue;
            }
            // A stretch of tokens that may be in a name, decoded together
            // between two tokens that are O whatever happens.
            d.emissions.clear();
            d.emissions.push(e);
            let mut next = first + 1;
            while m < maybe.len() && maybe[m] == next && next < sentence.1 {
                let e = emission(next, sentence);
                if outside(&e) {
                    break;
                }
                d.emissions.push(e);
                next += 1;
                m += 1;
            }
            let before = (first > sentence.0).then_some(Label::O);
            self.model.viterbi(&d.emissions, before, next < sentence.1, &mut d.labels);
            for (from, to, kind) in super::names(&d.labels) {
                found.push(Found { start: first + from, end: first + to, kind });
            }
        }
        found
    }
}

/// Buffers reused across the stretches of a document.
#[derive(Default)]
struct Decoder {
    emissions: Vec<Scores>,
    labels: Vec<Label>,
}

/// The bounds of a word's scores (see [`Bounds`]).
fn bounds_of(s: &WordScores, margins: &Scores) -> Bounds {
    let mut b = Bounds { own: f32::INFINITY, pulls_next: f32::NEG_INFINITY, pulls_prev: f32::NEG_INFINITY };
    for (k, margin) in margins.iter().enumerate().skip(1) {
        b.own = b.own.min(s.own[0] - s.own[k] - margin);
        b.pulls_next = b.pulls_next.max(s.as_prev[k] - s.as_prev[0]);
        b.pulls_prev = b.pulls_prev.max(s.as_next[k] - s.as_next[0]);
    }
    b
}

/// Token `i` ends a sentence (`.`, `!`, `?`, `؟`).
fn is_terminator(tokens: &Tokens<'_>, i: usize) -> bool {
    tokens.kind(i) == Some(TokenKind::Punct)
        && tokens.get(i).is_some_and(|t| t.text.chars().all(khabar_tokenize::chars::is_sentence_terminator))
}
