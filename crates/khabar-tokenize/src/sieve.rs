//! A quick "certainly not" test in front of a word table.
//!
//! Most words of a news text are in no lexicon or gazetteer, yet every one
//! of them, in every proclitic reading, has to be looked up. Hashing the
//! whole word and probing a map costs several times more than reading its
//! length and a few bytes at each end, so the tables keep a
//! [`WordSieve`] of their keys and ask it first.

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
#[derive(Clone, Debug)]
pub struct WordSieve {
    bits: Box<[u64; WORDS]>,
}

const BITS_LOG2: u32 = 16;
const WORDS: usize = (1 << BITS_LOG2) / 64;

impl Default for WordSieve {
    fn default() -> WordSieve {
        WordSieve { bits: Box::new([0; WORDS]) }
    }
}

impl WordSieve {
    #[inline]
    fn slot(word: &str) -> usize {
        let b = word.as_bytes();
        // Four bytes from each end (two Arabic letters); shorter words are
        // read whole, zero-padded.
        let (head, tail) = match (b.first_chunk::<4>(), b.last_chunk::<4>()) {
            (Some(head), Some(tail)) => (u32::from_le_bytes(*head), u32::from_le_bytes(*tail)),
            _ => {
                let short = b.iter().fold(0u32, |acc, &x| (acc << 8) | u32::from(x));
                (short, short)
            }
        };
        let key = (u64::from(head) | u64::from(tail) << 32) ^ (b.len() as u64).wrapping_mul(0xFF51_AFD7_ED55_8CCD);
        // Fibonacci hashing: the top bits of a multiply spread the key.
        (key.wrapping_mul(0x9E37_79B9_7F4A_7C15) >> (64 - BITS_LOG2)) as usize
    }

    /// Adds `word`.
    pub fn insert(&mut self, word: &str) {
        let slot = Self::slot(word);
        self.bits[slot / 64] |= 1 << (slot % 64);
    }

    /// False when `word` was certainly never inserted.
    #[inline]
    pub fn may_contain(&self, word: &str) -> bool {
        let slot = Self::slot(word);
        self.bits[slot / 64] & (1 << (slot % 64)) != 0
    }
}

#[cfg(test)]
mod tests {
    use super::*;
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
}
