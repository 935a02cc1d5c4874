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
    /// Its slot: the length, the first six bytes and the last four, mixed.
    /// Arabic letters take two bytes and many words open with ال, so the
    /// third letter and the last two carry most of the difference.
    #[inline]
    fn slot(word: &str) -> usize {
        let b = word.as_bytes();
        let n = b.len();
        let at = |i: usize| u64::from(b.get(i).copied().unwrap_or(0));
        let head = at(0) | at(1) << 8 | at(2) << 16 | at(3) << 24 | at(4) << 32 | at(5) << 40;
        let tail = at(n.wrapping_sub(4)) | at(n.wrapping_sub(3)) << 8 | at(n.wrapping_sub(2)) << 16 | at(n.wrapping_sub(1)) << 24;
        let mut h = (n as u64).wrapping_mul(0x9E37_79B9_7F4A_7C15)
            ^ head.wrapping_mul(0xC2B2_AE3D_27D4_EB4F)
            ^ tail.wrapping_mul(0x1656_67B1_9E37_79F9);
        h ^= h >> 29;
        h = h.wrapping_mul(0xBF58_476D_1CE4_E5B9);
        h ^= h >> 32;
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
