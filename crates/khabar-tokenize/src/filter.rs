//! A word pre-filter: a 64-kilobit set that answers "certainly not a key"
//! for most words without hashing them, in front of a lexicon map.

/// A set of words that may give false positives, never false negatives.
///
/// ```
/// use khabar_tokenize::WordFilter;
/// let mut f = WordFilter::default();
/// f.insert("داعش");
/// assert!(f.may_contain("داعش"));
/// assert!(!f.may_contain("التنظيم"));
/// ```
#[derive(Clone, Debug)]
pub struct WordFilter {
    bits: Box<[u64]>,
}

const WORDS: usize = 1024; // 65,536 bits

impl Default for WordFilter {
    fn default() -> WordFilter {
        WordFilter { bits: vec![0u64; WORDS].into_boxed_slice() }
    }
}

impl WordFilter {
    /// Its slot: the length and the first and last two bytes, mixed.
    #[inline]
    fn slot(word: &str) -> usize {
        let b = word.as_bytes();
        let n = b.len();
        let head = u32::from(b.first().copied().unwrap_or(0)) << 8 | u32::from(b.get(1).copied().unwrap_or(0));
        let tail = u32::from(b.get(n.wrapping_sub(2)).copied().unwrap_or(0)) << 8 | u32::from(b.last().copied().unwrap_or(0));
        let mut h = (n as u32).wrapping_mul(0x9E37_79B9) ^ head.wrapping_mul(0x85EB_CA6B) ^ tail.wrapping_mul(0xC2B2_AE35);
        h ^= h >> 16;
        (h & 0xFFFF) as usize
    }

    /// Adds a word.
    pub fn insert(&mut self, word: &str) {
        let s = Self::slot(word);
        self.bits[s / 64] |= 1 << (s % 64);
    }

    /// False when the word was certainly never inserted.
    #[inline]
    pub fn may_contain(&self, word: &str) -> bool {
        let s = Self::slot(word);
        self.bits[s / 64] & (1 << (s % 64)) != 0
    }
}
