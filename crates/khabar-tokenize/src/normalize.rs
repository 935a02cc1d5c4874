//! Offset-preserving normalization of Arabic text.
//!
//! Normalization folds the spellings that Arabic outlets use for the same
//! word onto one form, so that lexicons and gazetteers need one entry per
//! word. It never forgets where a character came from: [`NormalizedText`]
//! keeps an alignment table that maps every normalized byte back to the bytes
//! of the original it was made from, as the `tokenizers` crate's
//! `NormalizedString` does.
//!
//! The rules:
//!
//! | original | normalized | why |
//! |---|---|---|
//! | أ إ آ ٱ ٲ ٳ | ا | hamza and madda on alef are written or left out at will |
//! | ى ی | ي | alef maqsura and the Persian yeh are read as yeh at word end |
//! | ک گ | ك | Persian keheh and gaf (العگيدات) |
//! | پ چ ڤ ڨ | ب ج ف ق | Persian peh and tcheh, veh, Maghrebi g: the Arabic letters news writes for those sounds |
//! | ە ہ ھ ۀ | ه | Kurdish and Urdu heh forms |
//! | U+064B–U+065F, U+0670, Quranic marks | removed | diacritics are optional |
//! | ـ (tatweel) | removed | a typographic stretch |
//! | ٠–٩, ۰–۹ | 0–9 | Arabic-Indic and Eastern Arabic-Indic digits |
//! | presentation forms (ﻻ, ﷲ, …) | unfolded (لا, الله) | compatibility decomposition |
//! | ة | ه | only with [`NormalizeConfig::fold_teh_marbuta`] |

use crate::chars::{arabic_for_persian, digit_value, is_arabic_mark};
use crate::span::Span;
use unicode_normalization::char::decompose_compatible;

/// Options of the normalizer. The default folds everything in the table of
/// the module docs except teh marbuta.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash, serde::Serialize, serde::Deserialize)]
pub struct NormalizeConfig {
    /// Fold teh marbuta (ة) onto heh (ه). Off by default: the two mark
    /// different words (e.g. the feminine ending) and news text keeps them
    /// apart, but user-generated text often does not.
    pub fold_teh_marbuta: bool,
}

/// Appends the normalized form of `c` to `out`.
///
/// A character normalizes to nothing (a diacritic, the tatweel), to one
/// character, or to several (a presentation-form ligature).
#[inline]
pub fn push_normalized(c: char, config: &NormalizeConfig, out: &mut String) {
    // ASCII never folds. (The tokenizer's hot paths do not come here: the
    // letters that need no folding are read from tables built from this
    // function.)
    if c.is_ascii() {
        out.push(c);
        return;
    }
    match fold_char(c, config) {
        Folded::Drop => {}
        Folded::One(f) => out.push(f),
        Folded::Decompose => decompose_compatible(c, |d| {
            // A decomposed presentation form is itself run through the
            // rules, and isolated-form marks decompose to a space plus a
            // mark: the space is dropped too.
            if d != ' ' {
                if let Folded::One(f) = fold_char(d, config) {
                    out.push(f);
                }
            }
        }),
    }
}

enum Folded {
    Drop,
    One(char),
    Decompose,
}

#[inline]
fn fold_char(c: char, config: &NormalizeConfig) -> Folded {
    match c {
        '\u{0623}' | '\u{0625}' | '\u{0622}' | '\u{0671}' | '\u{0672}' | '\u{0673}' => Folded::One('\u{0627}'),
        '\u{0649}' => Folded::One('\u{064A}'),
        // The Persian, Kurdish and Maghrebi letters: the one list is
        // `arabic_for_persian`'s.
        _ if arabic_for_persian(c) != c => Folded::One(arabic_for_persian(c)),
        '\u{06D5}' | '\u{06C1}' | '\u{06BE}' | '\u{06C0}' => Folded::One('\u{0647}'),
        '\u{0629}' if config.fold_teh_marbuta => Folded::One('\u{0647}'),
        '\u{066A}' => Folded::One('%'),
        _ if is_presentation_form(c) => Folded::Decompose,
        _ if is_arabic_mark(c) => Folded::Drop,
        _ => match digit_value(c) {
            Some(d) => Folded::One(char::from(b'0' + d as u8)),
            None => Folded::One(c),
        },
    }
}

/// The one character a non-presentation-form character folds to, or `None`
/// when it is dropped (a mark). Presentation forms, which may unfold to
/// several characters, give `Some(c)` unchanged: callers that need exact
/// lengths check [`is_presentation_form`] first.
#[inline]
pub(crate) fn fold_single(c: char, config: &NormalizeConfig) -> Option<char> {
    match fold_char(c, config) {
        Folded::Drop => None,
        Folded::One(f) => Some(f),
        Folded::Decompose => Some(c),
    }
}

/// True for characters of the Arabic presentation-form blocks, which
/// normalization unfolds (ﻻ → لا).
#[inline]
pub fn is_presentation_form(c: char) -> bool {
    matches!(c, '\u{FB50}'..='\u{FDFF}' | '\u{FE70}'..='\u{FEFF}')
}

/// Normalizes `text` without keeping an alignment: the fast form, for keys
/// of lexicons and gazetteers.
///
/// ```
/// use khabar_tokenize::{normalize, NormalizeConfig};
/// assert_eq!(normalize("أَنْطُونِي", &NormalizeConfig::default()), "انطوني");
/// assert_eq!(normalize("٢٠١٤", &NormalizeConfig::default()), "2014");
/// ```
pub fn normalize(text: &str, config: &NormalizeConfig) -> String {
    let mut out = String::with_capacity(text.len());
    for c in text.chars() {
        push_normalized(c, config, &mut out);
    }
    out
}

/// A text with its normalized form and the alignment between the two.
///
/// `alignments[i]` is the original span of the character that produced
/// normalized byte `i`, widened over the marks and tatweel that follow it
/// and were dropped, so any normalized range maps back to an original span
/// on char boundaries that never splits a letter from its diacritics.
///
/// ```
/// use khabar_tokenize::{NormalizedText, NormalizeConfig, Span};
/// let original = "بـ«إدلب»";
/// let n = NormalizedText::new(original, &NormalizeConfig::default());
/// assert_eq!(n.normalized(), "ب«ادلب»");
/// // "ادلب" in the normalized text is "إدلب" in the original.
/// let start = n.normalized().find("ادلب").unwrap();
/// let span = n.original_span(Span::new(start, start + "ادلب".len())).unwrap();
/// assert_eq!(span.slice(original), "إدلب");
/// ```
#[derive(Clone, Debug)]
pub struct NormalizedText<'t> {
    original: &'t str,
    normalized: String,
    alignments: Vec<Span>,
}

impl<'t> NormalizedText<'t> {
    /// Normalizes `original`, recording where each normalized byte came from.
    pub fn new(original: &'t str, config: &NormalizeConfig) -> NormalizedText<'t> {
        let mut normalized = String::with_capacity(original.len());
        let mut alignments = Vec::with_capacity(original.len());
        // Bytes of the normalized char written last, so that a dropped mark
        // can join its span: a letter's span covers its diacritics and
        // tatweel, and no match ends between a letter and its marks.
        let mut last_output = 0..0;
        for (i, c) in original.char_indices() {
            let before = normalized.len();
            push_normalized(c, config, &mut normalized);
            let end = i + c.len_utf8();
            if normalized.len() > before {
                alignments.resize(normalized.len(), Span::new(i, end));
                last_output = before..normalized.len();
            } else if let Some(previous) = alignments.get_mut(last_output.clone()) {
                previous.iter_mut().for_each(|a| a.end = end);
            }
        }
        NormalizedText { original, normalized, alignments }
    }

    /// The untouched original text.
    pub fn original(&self) -> &'t str {
        self.original
    }

    /// The normalized text.
    pub fn normalized(&self) -> &str {
        &self.normalized
    }

    /// The original span of normalized byte `i`.
    pub fn alignment(&self, i: usize) -> Option<Span> {
        self.alignments.get(i).copied()
    }

    /// Maps a non-empty range of the normalized text back to the original:
    /// from the start of the character that made its first byte to the end
    /// of the character that made its last. `None` for an empty or
    /// out-of-bounds range.
    pub fn original_span(&self, normalized: Span) -> Option<Span> {
        if normalized.is_empty() || normalized.end > self.alignments.len() {
            return None;
        }
        let first = self.alignments[normalized.start];
        let last = self.alignments[normalized.end - 1];
        Some(Span::new(first.start, last.end))
    }
}

/// `text` with every word-final teh marbuta (ة) written as heh (ه), when it
/// has one: many outlets write the feminine ending so (الرقه، ثلاثه، ساعه),
/// and word tables key their entries both ways.
///
/// ```
/// use khabar_tokenize::normalize::with_final_heh;
/// assert_eq!(with_final_heh("قوات سوريا الديمقراطية").as_deref(), Some("قوات سوريا الديمقراطيه"));
/// assert_eq!(with_final_heh("سوريا"), None);
/// ```
pub fn with_final_heh(text: &str) -> Option<String> {
    let chars: Vec<char> = text.chars().collect();
    let mut changed = false;
    let out: String = chars
        .iter()
        .enumerate()
        .map(|(k, &c)| {
            let ends_word = chars.get(k + 1).is_none_or(|&n| !crate::chars::is_arabic_letter(n) && !is_arabic_mark(n));
            if c == '\u{0629}' && ends_word {
                changed = true;
                '\u{0647}'
            } else {
                c
            }
        })
        .collect();
    changed.then_some(out)
}
