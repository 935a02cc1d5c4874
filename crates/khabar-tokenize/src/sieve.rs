//! A quick "certainly not" test in front of a word table.
//!
//! Most words of a news text are in no lexicon or gazetteer, yet every one
//! of them, in every proclitic reading, has to be looked up. Hashing the
//! whole word and probing a map costs several times more than reading its
//! length and a few bytes at each end, so the tables keep a
//! [`WordSieve`] of their keys and ask it first.

use crate::clitics::{MIN_STEM_LETTERS, PROCLITIC_LETTERS};

/// A set of words that answers "certainly not in the set" or "maybe":
/// a bit table indexed by each word's byte length and its first and last
/// four bytes (for Arabic, its first two and last two letters). No false negatives;
/// false positives only cost the exact lookup that follows.
///
/// ```
/// use khabar_tokenize::WordSieve;
/// let mut sieve = WordSieve::default();
/// sieve.insert("مليون");
/// assert!(sieve.may_contain("مليون"));
/// assert!(!sieve.may_contain("قال"));
/// ```
///
/// It also answers, once per token, whether any reading of the token can be
/// in the set ([`WordSieve::may_hold_a_reading_of`]), so that a table can
/// skip most tokens before working out their proclitic readings.
#[derive(Clone, Debug)]
pub struct WordSieve {
    bits: Box<[u64; WORDS]>,
    /// The same words by their endings alone.
    endings: Box<[u64; ENDING_WORDS]>,
}

const BITS_LOG2: u32 = 16;
const WORDS: usize = (1 << BITS_LOG2) / 64;
const ENDING_BITS_LOG2: u32 = 15;
/// Bytes of a word's ending that key the endings table: three Arabic
/// letters.
const LONG_ENDING: usize = 6;
/// The shortest reading of a token, in bytes: the shortest stem, in
/// two-byte Arabic letters.
const MIN_READING: usize = 2 * MIN_STEM_LETTERS;
const ENDING_WORDS: usize = (1 << ENDING_BITS_LOG2) / 64;

impl Default for WordSieve {
    fn default() -> WordSieve {
        WordSieve { bits: Box::new([0; WORDS]), endings: Box::new([0; ENDING_WORDS]) }
    }
}

/// The key of a word too short for the fixed-width keys: all its bytes
/// (the first lowest), with its length.
#[inline]
fn short_key(b: &[u8]) -> u64 {
    b.iter().rev().fold(0u64, |acc, &x| (acc << 8) | u64::from(x)) | (b.len() as u64) << 40
}

/// The endings key of a word of [`LONG_ENDING`] bytes or more, from those
/// last bytes: the same bytes as [`short_key`] packs, with a tag of its own
/// in the top bit.
#[inline]
fn long_ending_key(tail: &[u8; LONG_ENDING]) -> u64 {
    let [a, b, c, d, e, f] = *tail;
    u64::from(u16::from_le_bytes([a, b])) | u64::from(u32::from_le_bytes([c, d, e, f])) << 16 | 1 << 63
}

/// Fibonacci hashing: the top bits of a multiply spread the key.
#[inline]
fn spread(key: u64, bits_log2: u32) -> usize {
    (key.wrapping_mul(0x9E37_79B9_7F4A_7C15) >> (64 - bits_log2)) as usize
}

#[inline]
fn bit_is_set(table: &[u64], slot: usize) -> bool {
    table.get(slot / 64).is_some_and(|w| w & (1 << (slot % 64)) != 0)
}

fn set_bit(table: &mut [u64], slot: usize) {
    if let Some(w) = table.get_mut(slot / 64) {
        *w |= 1 << (slot % 64);
    }
}

impl WordSieve {
    #[inline]
    fn slot(word: &str) -> usize {
        let b = word.as_bytes();
        // Four bytes from each end (two Arabic letters); shorter words are
        // read whole.
        let key = match (b.first_chunk::<4>(), b.last_chunk::<4>()) {
            (Some(head), Some(tail)) => {
                (u64::from(u32::from_le_bytes(*head)) | u64::from(u32::from_le_bytes(*tail)) << 32)
                    ^ (b.len() as u64).wrapping_mul(0xFF51_AFD7_ED55_8CCD)
            }
            _ => short_key(b),
        };
        spread(key, BITS_LOG2)
    }

    /// A word of `LONG_ENDING` bytes or more is keyed by its last
    /// `LONG_ENDING` bytes, a shorter one by all of it.
    #[inline]
    fn ending_slot(word: &[u8]) -> usize {
        let key = match word.last_chunk::<LONG_ENDING>() {
            Some(tail) => long_ending_key(tail),
            None => short_key(word),
        };
        spread(key, ENDING_BITS_LOG2)
    }

    /// Adds `word`.
    pub fn insert(&mut self, word: &str) {
        set_bit(&mut self.bits[..], Self::slot(word));
        let bytes = word.as_bytes();
        set_bit(&mut self.endings[..], Self::ending_slot(bytes));
        // A word shorter than the long ending (two letters) is also a
        // reading of longer tokens: after a proclitic or the article (whose
        // last letter, ل, is one), so the last six bytes of such a token are
        // the end of that letter and the word. Those endings go in too, so
        // that a token needs one look.
        if (MIN_READING..LONG_ENDING).contains(&bytes.len()) {
            for letter in PROCLITIC_LETTERS {
                let mut before = [0; 4];
                let before = letter.encode_utf8(&mut before).as_bytes();
                let mut ending = [0; LONG_ENDING];
                let split = LONG_ENDING - bytes.len();
                ending[..split].copy_from_slice(&before[before.len() - split..]);
                ending[split..].copy_from_slice(bytes);
                set_bit(&mut self.endings[..], Self::ending_slot(&ending));
            }
        }
    }

    /// False when `word` was certainly never inserted.
    #[inline]
    pub fn may_contain(&self, word: &str) -> bool {
        bit_is_set(&self.bits[..], Self::slot(word))
    }

    /// False when no inserted word can be `token` or one of its readings:
    /// the token without leading letters (proclitics, the article) or with
    /// an alef put before them (an elided article), as long as the reading
    /// keeps two letters or more, which every proclitic reading of an
    /// Arabic word does.
    ///
    /// A reading of six bytes or more (three Arabic letters) ends as the
    /// token does, and is keyed by those six bytes; a shorter one (two
    /// letters) is the whole token, or ends one after a proclitic or the
    /// article, which [`WordSieve::insert`] keyed by that letter and the
    /// word: one look per token either way.
    ///
    /// ```
    /// use khabar_tokenize::WordSieve;
    /// let mut sieve = WordSieve::default();
    /// sieve.insert("مليون");
    /// sieve.insert("ست");
    /// assert!(sieve.may_hold_a_reading_of("وبمليون"));
    /// assert!(sieve.may_hold_a_reading_of("وست"));
    /// assert!(!sieve.may_hold_a_reading_of("وقال"));
    /// ```
    #[inline]
    pub fn may_hold_a_reading_of(&self, token: &str) -> bool {
        bit_is_set(&self.endings[..], Self::ending_slot(token.as_bytes()))
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::Tokenizer;
    use proptest::prelude::*;

    proptest! {
        /// A sieve never forgets a word it was given.
        #[test]
        fn no_false_negatives(words in proptest::collection::vec("\\PC{0,12}", 0..200)) {
            let mut sieve = WordSieve::default();
            for w in &words {
                sieve.insert(w);
            }
            for w in &words {
                prop_assert!(sieve.may_contain(w));
                prop_assert!(sieve.may_hold_a_reading_of(w));
            }
        }
    }

    #[test]
    fn rejects_most_other_words() {
        let mut sieve = WordSieve::default();
        for w in ["مليون", "ألف", "دولار", "بالمئة", "عام"] {
            sieve.insert(w);
        }
        let others = ["قال", "الذي", "في", "من", "على", "ان", "التي", "هذا", "بين", "قوات"];
        let passed = others.iter().filter(|w| sieve.may_contain(w)).count();
        assert!(passed <= 1, "{passed} of {} unrelated words passed", others.len());
    }

    proptest! {
        /// Whatever reading of a token a table holds (its dictionary form,
        /// with or without the article), the token passes the sieve.
        #[test]
        fn every_reading_passes(word in "[وفبلكالتحمنةيرد]{1,9}") {
            let tokens = Tokenizer::default().tokenize(&word);
            for token in tokens.iter() {
                for split in token.splits() {
                    let mut buf = String::new();
                    for form in [split.dictionary_form(&mut buf).to_string(), split.without_article().to_string()] {
                        let mut sieve = WordSieve::default();
                        sieve.insert(&form);
                        prop_assert!(sieve.may_hold_a_reading_of(token.norm), "{} holds {}", token.norm, form);
                    }
                }
            }
        }
    }
}
