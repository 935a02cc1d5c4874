//! Character classes for Arabic news text.
//!
//! These predicates decide where tokens start and end. They are public so
//! that later stages agree with the tokenizer on what a letter or a mark is.

/// An Arabic-script letter (base letters, Persian and Urdu additions, the
/// Arabic Supplement and the presentation-form blocks).
#[inline]
pub fn is_arabic_letter(c: char) -> bool {
    matches!(c,
        '\u{0620}'..='\u{063F}'
        | '\u{0641}'..='\u{064A}'
        | '\u{066E}'..='\u{066F}'
        | '\u{0671}'..='\u{06D3}'
        | '\u{06D5}'
        | '\u{06EE}'..='\u{06EF}'
        | '\u{06FA}'..='\u{06FC}'
        | '\u{06FF}'
        | '\u{0750}'..='\u{077F}'
        | '\u{08A0}'..='\u{08C9}'
        | '\u{FB50}'..='\u{FDFB}'
        | '\u{FE70}'..='\u{FEFC}')
}

/// A mark that lives inside an Arabic word but carries no letter: harakat and
/// other diacritics, Quranic annotation marks, the superscript alef and the
/// tatweel (kashida). Normalization removes all of them.
#[inline]
pub fn is_arabic_mark(c: char) -> bool {
    matches!(c,
        '\u{0610}'..='\u{061A}'
        | '\u{0640}'
        | '\u{064B}'..='\u{065F}'
        | '\u{0670}'
        | '\u{06D6}'..='\u{06DC}'
        | '\u{06DF}'..='\u{06E8}'
        | '\u{06EA}'..='\u{06ED}'
        | '\u{08CA}'..='\u{08FF}')
}

/// The tatweel (kashida), U+0640, used to stretch words and to join a
/// proclitic to what follows (`لـ”قسد”`, `الـ83`).
pub const TATWEEL: char = '\u{0640}';

/// The Arabic letter for a Persian, Kurdish or Maghrebi one some outlets
/// type in its place (مدنیا، کرکوک، العگيدات، پيشمرگه، ڤيينا): Persian yeh
/// (ی) is yeh, keheh (ک) and gaf (گ) are kaf, peh (پ) is beh, tcheh (چ) is
/// jeem, veh (ڤ) is feh, and the Maghrebi g (ڨ) is qaf, as Arabic news
/// transliterates those sounds; any other character is itself.
/// Normalization folds them so.
///
/// ```
/// use khabar_tokenize::chars::arabic_for_persian;
/// assert_eq!(arabic_for_persian('\u{06CC}'), '\u{064A}');
/// assert_eq!(arabic_for_persian('\u{06A9}'), '\u{0643}');
/// assert_eq!(arabic_for_persian('\u{06AF}'), '\u{0643}');
/// assert_eq!(arabic_for_persian('\u{067E}'), '\u{0628}');
/// assert_eq!(arabic_for_persian('ب'), 'ب');
/// ```
#[inline]
pub fn arabic_for_persian(c: char) -> char {
    match c {
        '\u{06CC}' => '\u{064A}',
        '\u{06A9}' | '\u{06AF}' => '\u{0643}',
        '\u{067E}' => '\u{0628}',
        '\u{0686}' => '\u{062C}',
        '\u{06A4}' => '\u{0641}',
        '\u{06A8}' => '\u{0642}',
        _ => c,
    }
}

/// The value of a decimal digit in ASCII, Arabic-Indic (٠–٩) or Eastern
/// Arabic-Indic (۰–۹) form.
#[inline]
pub fn digit_value(c: char) -> Option<u32> {
    match c {
        '0'..='9' => Some(c as u32 - '0' as u32),
        '\u{0660}'..='\u{0669}' => Some(c as u32 - 0x0660),
        '\u{06F0}'..='\u{06F9}' => Some(c as u32 - 0x06F0),
        _ => None,
    }
}

/// True for a decimal digit in any of the three systems.
#[inline]
pub fn is_digit(c: char) -> bool {
    digit_value(c).is_some()
}

/// Characters that separate digit groups inside one number when a digit
/// follows: `.` `,` `:` `/`, the Arabic decimal and thousands separators
/// ٫ ٬, and the Arabic comma ، (`9،2 مليون`).
#[inline]
pub fn is_number_separator(c: char) -> bool {
    matches!(c, '.' | ',' | ':' | '/' | '\u{066B}' | '\u{066C}' | '\u{060C}')
}

/// Whitespace, including the invisible characters that news sites leave in
/// text: NBSP, zero-width space, ZWNJ, ZWJ, the directional marks and
/// embeddings (LRM, RLM, ALM, U+202A–U+202E, U+2066–U+2069) and the BOM.
/// None of them may end up inside a token.
#[inline]
pub fn is_space(c: char) -> bool {
    c.is_whitespace()
        || matches!(c,
            '\u{061C}'
            | '\u{180E}'
            | '\u{200B}'..='\u{200F}'
            | '\u{202A}'..='\u{202E}'
            | '\u{2060}'..='\u{2064}'
            | '\u{2066}'..='\u{2069}'
            | '\u{FEFF}')
}

/// Punctuation, as opposed to other symbols: ASCII punctuation other than
/// `$ % + < = > ^ \` | ~`, Arabic punctuation (، ؛ ؟ ٭ ۔), quotes in both
/// directions, dashes and the ellipsis.
#[inline]
pub fn is_punctuation(c: char) -> bool {
    if c.is_ascii() {
        return c.is_ascii_punctuation() && !matches!(c, '$' | '%' | '+' | '<' | '=' | '>' | '^' | '`' | '|' | '~');
    }
    matches!(c,
        '\u{060C}' | '\u{060D}' | '\u{061B}' | '\u{061E}' | '\u{061F}' | '\u{066D}' | '\u{06D4}'
        | '\u{00A1}' | '\u{00A7}' | '\u{00AB}' | '\u{00B6}' | '\u{00B7}' | '\u{00BB}' | '\u{00BF}'
        | '\u{2010}'..='\u{2027}'
        | '\u{2030}'..='\u{205E}'
        | '\u{2E00}'..='\u{2E4F}'
        | '\u{3001}'..='\u{3003}'
        | '\u{FD3E}' | '\u{FD3F}'
        | '\u{FE10}'..='\u{FE19}'
        | '\u{FE30}'..='\u{FE4F}'
        | '\u{FE50}'..='\u{FE6B}'
        | '\u{FF01}'..='\u{FF0F}')
}

/// Characters that close a quotation or a bracket. A sentence that ends on a
/// terminator keeps the closers that follow it (`…انتهى.”`).
#[inline]
pub fn is_closing_punctuation(c: char) -> bool {
    matches!(c, '”' | '’' | '»' | '›' | ')' | ']' | '}' | '"' | '\'' | '\u{FD3F}')
}

/// Characters that end a sentence: `. ! ? ؟ …` and the Urdu full stop ۔.
#[inline]
pub fn is_sentence_terminator(c: char) -> bool {
    matches!(c, '.' | '!' | '?' | '\u{061F}' | '\u{2026}' | '\u{06D4}' | '\u{203C}' | '\u{2047}'..='\u{2049}')
}

/// The percent sign in its ASCII and Arabic (٪) forms.
#[inline]
pub fn is_percent_sign(c: char) -> bool {
    matches!(c, '%' | '\u{066A}')
}

/// A letter or digit that starts a Latin (non-Arabic) word.
#[inline]
pub(crate) fn starts_latin_word(c: char) -> bool {
    c.is_ascii_alphanumeric() || (!c.is_ascii() && !is_punctuation(c) && c.is_alphanumeric())
}
