//! Proclitic segmentation: the ways to read a word with and without the
//! conjunctions و ف, the prepositions ب ل ك and the article ال glued to it.
//!
//! Arabic writes these particles joined to the next word (`وبالعراق` is
//! و + ب + العراق). Guessing one segmentation breaks words that merely begin
//! with those letters (بلينكن، بغداد، لبنان، فراس), so the tokenizer offers
//! every plausible reading and lets the lexicon or gazetteer decide.

use crate::chars::{is_arabic_mark, TATWEEL};
use crate::normalize::{fold_single, is_presentation_form, NormalizeConfig};
use crate::span::Span;

/// One reading of a word: the proclitics and the stem after them.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, serde::Serialize)]
pub struct Split<'a> {
    /// Original span of the proclitics (empty for the unsplit reading).
    pub prefix: Span,
    /// Original span of the stem.
    pub stem: Span,
    /// Normalized stem. For an elided article this is the form as written
    /// (`لتحالف` in `للتحالف`).
    pub stem_norm: &'a str,
    /// True when the proclitic ل has swallowed the alef of the article
    /// (`للتحالف` = ل + التحالف): the stem stands for `ا` + `stem_norm`,
    /// and its span starts at the second lam.
    pub elided_article: bool,
}

impl<'a> Split<'a> {
    /// True for the reading with no proclitic removed.
    pub fn is_unsplit(&self) -> bool {
        self.prefix.is_empty()
    }

    /// The stem as a dictionary would list it, with its article restored
    /// when it was elided (`لتحالف` → `التحالف`). Uses `buf` only then.
    #[inline]
    pub fn dictionary_form<'b>(&self, buf: &'b mut String) -> &'b str
    where
        'a: 'b,
    {
        if self.elided_article {
            buf.clear();
            buf.push('\u{0627}');
            buf.push_str(self.stem_norm);
            buf.as_str()
        } else {
            self.stem_norm
        }
    }

    /// True when the stem carries the article, written (`التحالف`) or
    /// elided after ل (`للتحالف`).
    #[inline]
    pub fn has_article(&self) -> bool {
        self.elided_article || strip_article(self.stem_norm).is_some()
    }

    /// The stem without its article (`التحالف`, `لتحالف` elided → `تحالف`),
    /// or the stem itself when it has none.
    #[inline]
    pub fn without_article(&self) -> &'a str {
        if self.elided_article {
            self.stem_norm.get('\u{0644}'.len_utf8()..).unwrap_or(self.stem_norm)
        } else {
            strip_article(self.stem_norm).unwrap_or(self.stem_norm)
        }
    }
}

/// The normalized word without its article ال, when it has one and at least
/// two letters remain.
///
/// ```
/// use khabar_tokenize::strip_article;
/// assert_eq!(strip_article("الرقه"), Some("رقه"));
/// assert_eq!(strip_article("الا"), None);
/// assert_eq!(strip_article("سوريا"), None);
/// ```
#[inline]
pub fn strip_article(norm: &str) -> Option<&str> {
    // Compared as bytes: this runs for every reading of every word.
    const ARTICLE: &[u8] = "\u{0627}\u{0644}".as_bytes();
    if !norm.as_bytes().starts_with(ARTICLE) {
        return None;
    }
    let rest = norm.get(ARTICLE.len()..)?;
    let first = rest.chars().next()?;
    (rest.len() > first.len_utf8()).then_some(rest)
}

const MAX_SPLITS: usize = 6;
/// How many leading letters can be proclitics: conjunction, preposition and
/// the lam of an elided article.
const MAX_PREFIX_LETTERS: usize = 3;
/// A stem keeps at least this many letters, so that و or ب alone is never
/// read as conjunction plus an empty word.
pub(crate) const MIN_STEM_LETTERS: usize = 2;

const WAW: char = '\u{0648}';
const FEH: char = '\u{0641}';
const BEH: char = '\u{0628}';
const LAM: char = '\u{0644}';
const KAF: char = '\u{0643}';

/// The letters a proclitic is written with: the conjunctions و ف and the
/// prepositions ب ل ك (ل is also the last letter of the article).
pub(crate) const PROCLITIC_LETTERS: [char; 5] = [WAW, FEH, BEH, LAM, KAF];

/// Whether `c` is a letter a proclitic is written with (و ف ب ل ك).
///
/// ```
/// use khabar_tokenize::is_proclitic_letter;
/// assert!(is_proclitic_letter('ب'));
/// assert!(!is_proclitic_letter('د'));
/// ```
#[inline]
pub fn is_proclitic_letter(c: char) -> bool {
    PROCLITIC_LETTERS.contains(&c)
}

/// One reading, stored compactly: where its stem starts in the word's
/// original text and in its normalized form. A proclitic prefix is a few
/// letters, so both offsets fit a byte; a prefix padded with more than 255
/// bytes of marks is not offered as a reading.
#[derive(Clone, Copy, Debug, Default)]
struct Cut {
    stem_at: u8,
    norm_at: u8,
    elided_article: bool,
}

/// The readings of one word, unsplit first. An iterator over [`Split`]
/// that allocates nothing.
#[derive(Clone, Debug)]
pub struct Splits<'a> {
    start: usize,
    end: usize,
    norm: &'a str,
    cuts: [Cut; MAX_SPLITS],
    len: u8,
    next: u8,
}

#[derive(Clone, Copy, Default)]
struct Letter {
    /// Byte offset of the letter inside the word.
    at: usize,
    /// Byte offset of its normalized form inside the word's normalized text.
    norm_at: usize,
    folded: char,
}

impl<'a> Splits<'a> {
    pub(crate) fn unsplit(span: Span, norm: &'a str) -> Splits<'a> {
        let mut s = Splits { start: span.start, end: span.end, norm, cuts: [Cut::default(); MAX_SPLITS], len: 0, next: 0 };
        s.push(Cut::default());
        s
    }

    pub(crate) fn of_word(text: &'a str, offset: usize, norm: &'a str, config: &NormalizeConfig) -> Splits<'a> {
        let mut splits = Splits::unsplit(Span::new(offset, offset + text.len()), norm);
        // Most words start with no proclitic letter: nothing more to do.
        if !norm.chars().next().is_some_and(is_proclitic_letter) {
            return splits;
        }
        // The first letters with their positions, marks and tatweel skipped.
        let mut letters = [Letter::default(); MAX_PREFIX_LETTERS + 1];
        let count = match plain_prefix_letters(text, norm, &mut letters) {
            Some(count) => count,
            None => folded_prefix_letters(text, config, &mut letters),
        };
        let letters = &letters[..count];
        // At least `n` letters from letter `k` on (no need to count them all).
        let letters_from =
            |k: usize, n: usize| letters.get(k).and_then(|l| norm.get(l.norm_at..)).is_some_and(|rest| rest.chars().nth(n - 1).is_some());
        // The stem from letter `k` on, after the proclitics before it; after
        // ل, also the same stem read with an elided article (لل + stem).
        let cut_before = |k: usize, splits: &mut Splits<'a>| {
            let (Some(first), Some(before)) = (letters.get(k), letters.get(k.wrapping_sub(1))) else { return };
            if !letters_from(k, MIN_STEM_LETTERS) {
                return;
            }
            let (Ok(stem_at), Ok(norm_at)) = (u8::try_from(first.at), u8::try_from(first.norm_at)) else { return };
            let cut = Cut { stem_at, norm_at, elided_article: false };
            splits.push(cut);
            if before.folded == LAM && first.folded == LAM && letters_from(k, MIN_STEM_LETTERS + 1) {
                splits.push(Cut { elided_article: true, ..cut });
            }
        };
        // One proclitic: the first letter, a conjunction (و ف) or a
        // preposition (ب ل ك).
        cut_before(1, &mut splits);
        // Two: a conjunction, then a preposition.
        let letter = |k: usize| letters.get(k).map(|l| l.folded);
        if matches!(letter(0), Some(WAW | FEH)) && matches!(letter(1), Some(BEH | LAM | KAF)) {
            cut_before(2, &mut splits);
        }
        splits
    }

    fn push(&mut self, cut: Cut) {
        if usize::from(self.len) < MAX_SPLITS {
            self.cuts[usize::from(self.len)] = cut;
            self.len += 1;
        }
    }
}

/// The common case, read straight from the bytes: the word starts with
/// two-byte letters that normalization left alone, so its text and its
/// normalized form agree byte for byte there, and letter `k` sits at byte
/// `2k` in both. (A folded letter, a dropped mark or tatweel, or an unfolded
/// ligature makes the two differ at that letter.) `None` otherwise.
fn plain_prefix_letters(text: &str, norm: &str, letters: &mut [Letter; MAX_PREFIX_LETTERS + 1]) -> Option<usize> {
    let wanted = letters.len().min(text.len() / 2);
    let bytes = text.as_bytes().get(..2 * wanted)?;
    if wanted == 0 || norm.as_bytes().get(..2 * wanted) != Some(bytes) || (text.len() < 2 * letters.len() && text.len() != norm.len()) {
        return None;
    }
    for (k, pair) in bytes.chunks_exact(2).enumerate() {
        let folded = crate::utf8::decode_arabic(pair[0], pair[1])?;
        letters[k] = Letter { at: 2 * k, norm_at: 2 * k, folded };
    }
    Some(wanted)
}

/// The first letters of any word: each character folded as normalization
/// does, marks and tatweel skipped. Stops at a presentation-form ligature.
fn folded_prefix_letters(text: &str, config: &NormalizeConfig, letters: &mut [Letter; MAX_PREFIX_LETTERS + 1]) -> usize {
    let mut count = 0;
    let mut norm_pos = 0;
    for (i, c) in text.char_indices() {
        if count == letters.len() {
            break;
        }
        if is_arabic_mark(c) || c == TATWEEL {
            continue;
        }
        if is_presentation_form(c) {
            // A ligature unfolds to several letters; none of the
            // proclitics is written as one, so stop looking here.
            break;
        }
        let Some(folded) = fold_single(c, config) else { continue };
        letters[count] = Letter { at: i, norm_at: norm_pos, folded };
        norm_pos += folded.len_utf8();
        count += 1;
    }
    count
}

impl<'a> Iterator for Splits<'a> {
    type Item = Split<'a>;

    #[inline]
    fn next(&mut self) -> Option<Split<'a>> {
        if self.next >= self.len {
            return None;
        }
        let cut = self.cuts[usize::from(self.next)];
        self.next += 1;
        let stem_start = self.start + usize::from(cut.stem_at);
        Some(Split {
            prefix: Span::new(self.start, stem_start),
            stem: Span::new(stem_start, self.end),
            stem_norm: self.norm.get(usize::from(cut.norm_at)..).unwrap_or(""),
            elided_article: cut.elided_article,
        })
    }

    fn size_hint(&self) -> (usize, Option<usize>) {
        let n = usize::from(self.len - self.next);
        (n, Some(n))
    }
}

impl ExactSizeIterator for Splits<'_> {}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::normalize::normalize;
    use proptest::prelude::*;

    proptest! {
        /// Whenever the byte-level reading of a word's first letters applies,
        /// it finds what folding each character finds.
        #[test]
        fn plain_prefix_agrees_with_folding(word in "[وفبلكالتحفة أإآىـًَُِّﻻݐ]{1,9}") {
            let word = word.replace(' ', "");
            prop_assume!(!word.is_empty());
            let config = NormalizeConfig::default();
            let norm = normalize(&word, &config);
            let mut fast = [Letter::default(); MAX_PREFIX_LETTERS + 1];
            let mut slow = [Letter::default(); MAX_PREFIX_LETTERS + 1];
            let slow_count = folded_prefix_letters(&word, &config, &mut slow);
            if let Some(fast_count) = plain_prefix_letters(&word, &norm, &mut fast) {
                prop_assert_eq!(fast_count, slow_count);
                for (f, s) in fast.iter().zip(&slow).take(fast_count) {
                    prop_assert_eq!((f.at, f.norm_at, f.folded), (s.at, s.norm_at, s.folded));
                }
            }
        }
    }

    #[test]
    fn plain_prefix_applies_to_plain_words_only() {
        let config = NormalizeConfig::default();
        let mut letters = [Letter::default(); MAX_PREFIX_LETTERS + 1];
        for (word, applies) in [("وبالعراق", true), ("ولد", true), ("وبـالعراق", false), ("وأكد", false), ("ﻟﻠ", false), ("ب", true)]
        {
            let norm = normalize(word, &config);
            assert_eq!(plain_prefix_letters(word, &norm, &mut letters).is_some(), applies, "{word}");
        }
    }
}
