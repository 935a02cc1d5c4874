//! Tables that class the commonest characters of news text in one look:
//! the plain Arabic letters (those normalization leaves alone) as a bit set
//! of their UTF-8 byte pairs, and the class and normalized form of every
//! character of ASCII, the Arabic block and General Punctuation. They are
//! built at first use from the character predicates and
//! [`push_normalized`] themselves, so they cannot disagree with the general
//! path (a test walks every character they cover).

use crate::chars::{is_arabic_letter, is_arabic_mark, is_digit, is_punctuation, is_space, starts_latin_word};
use crate::normalize::{push_normalized, NormalizeConfig};
use crate::utf8::{self, ARABIC_LEAD_FIRST, ARABIC_LEAD_LAST};

/// The plain letters: the letters of the Arabic block (U+0600–U+06FF)
/// that normalize to themselves, as a set of their two UTF-8 bytes read as
/// one little-endian `u16`. One bit test per letter, with no decoding: the
/// tokenizer runs it on every letter of every Arabic word.
pub(crate) struct PlainLetters([u64; 1 << 10]);

impl PlainLetters {
    /// The letters `arabic` (the table of the Arabic block) keeps as they are.
    fn of(arabic: &[Option<TableClass>; 256]) -> PlainLetters {
        let mut bits = [0u64; 1 << 10];
        for (class, cp) in arabic.iter().zip(0x600u32..) {
            if let Some(TableClass::WordChar(Fold::Keep(_))) = class {
                let pair = usize::from(utf8::two_byte_pair(cp));
                bits[pair / 64] |= 1 << (pair % 64);
            }
        }
        PlainLetters(bits)
    }
}

/// True when `bytes` start with a plain letter (see [`PlainLetters`]).
#[inline]
pub(crate) fn starts_plain_letter(bytes: &[u8], plain: &PlainLetters) -> bool {
    bytes.first_chunk::<2>().is_some_and(|&pair| {
        let pair = usize::from(u16::from_le_bytes(pair));
        plain.0[pair / 64] >> (pair % 64) & 1 != 0
    })
}

/// The end of the run of plain letters that starts at `pos`.
#[inline]
pub(crate) fn plain_run_end(bytes: &[u8], pos: usize, plain: &PlainLetters) -> usize {
    let mut rest = bytes.get(pos..).unwrap_or_default();
    while starts_plain_letter(rest, plain) {
        rest = rest.get(2..).unwrap_or_default();
    }
    bytes.len() - rest.len()
}

/// What normalization makes of one character.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum Fold {
    /// It stays as it is.
    Keep(char),
    /// It goes (a diacritic, the tatweel).
    Drop,
    /// It becomes another character (أ → ا).
    To(char),
}

impl Fold {
    #[inline]
    pub(crate) fn push_onto(self, out: &mut String) {
        match self {
            Fold::Keep(c) | Fold::To(c) => out.push(c),
            Fold::Drop => {}
        }
    }
}

/// How the tokenizer treats a character that a table can classify: the
/// commonest characters of news text other than plain letters, digits and
/// Latin letters, which take the general path.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum TableClass {
    /// Whitespace other than the ASCII space, tab and line ends, which the
    /// tokenizer tests first.
    Space,
    /// A letter or mark of an Arabic word.
    WordChar(Fold),
    /// A punctuation token.
    Punct(Fold),
    /// A symbol token.
    Symbol(Fold),
}

/// The classes, under one normalization, of ASCII, of the Arabic block
/// (U+0600–U+06FF) and of General Punctuation (U+2000–U+203F: dashes,
/// curly quotes, the ellipsis, invisible spaces), and the plain letters.
pub(crate) struct CharTables {
    pub(crate) plain: PlainLetters,
    ascii: [Option<TableClass>; 128],
    arabic: [Option<TableClass>; 256],
    general_punctuation: [Option<TableClass>; 64],
}

impl CharTables {
    fn new(config: NormalizeConfig) -> CharTables {
        let mut ascii = [None; 128];
        let mut arabic = [None; 256];
        let mut general_punctuation = [None; 64];
        for (table, first) in [(&mut ascii[..], 0), (&mut arabic[..], 0x600), (&mut general_punctuation[..], 0x2000)] {
            for (slot, cp) in table.iter_mut().zip(first..) {
                *slot = char::from_u32(cp).and_then(|c| table_class_of(c, config));
            }
        }
        CharTables { plain: PlainLetters::of(&arabic), ascii, arabic, general_punctuation }
    }

    /// The class of the character of the Arabic block whose UTF-8 bytes are
    /// `lead` (a lead byte of the block) and `next`.
    #[inline]
    pub(crate) fn arabic_class(&self, lead: u8, next: u8) -> Option<TableClass> {
        self.arabic[utf8::arabic_block_index(lead, next)]
    }

    /// The class of the character at `pos` and its length in bytes, when a
    /// table knows it.
    #[inline]
    pub(crate) fn class_at(&self, bytes: &[u8], pos: usize) -> Option<(TableClass, usize)> {
        match *bytes.get(pos..)? {
            [byte, ..] if byte.is_ascii() => self.ascii[usize::from(byte)].map(|class| (class, 1)),
            // U+0600–U+06FF: 0xD8–0xDB and a continuation byte.
            [lead @ ARABIC_LEAD_FIRST..=ARABIC_LEAD_LAST, next, ..] => self.arabic_class(lead, next).map(|class| (class, 2)),
            // U+2000–U+203F: 0xE2 0x80 and a continuation byte.
            [0xE2, 0x80, last, ..] => self.general_punctuation[usize::from(last & 0x3F)].map(|class| (class, 3)),
            _ => None,
        }
    }
}

/// The class of `c`, worked out from the character predicates and
/// [`push_normalized`] themselves, so that the tables and the general path
/// cannot disagree; `None` for what the general path reads (digits, Latin
/// letters, characters that normalize to more than one).
fn table_class_of(c: char, config: NormalizeConfig) -> Option<TableClass> {
    if is_space(c) {
        return Some(TableClass::Space);
    }
    let mut normalized = String::new();
    push_normalized(c, &config, &mut normalized);
    let mut chars = normalized.chars();
    let fold = match (chars.next(), chars.next()) {
        (None, _) => Fold::Drop,
        (Some(f), None) if f == c => Fold::Keep(c),
        (Some(f), None) => Fold::To(f),
        _ => return None,
    };
    if is_arabic_letter(c) || is_arabic_mark(c) {
        Some(TableClass::WordChar(fold))
    } else if is_digit(c) || starts_latin_word(c) {
        None
    } else if is_punctuation(c) {
        Some(TableClass::Punct(fold))
    } else {
        Some(TableClass::Symbol(fold))
    }
}

/// The tables for `config`.
#[inline]
pub(crate) fn char_tables(config: &NormalizeConfig) -> &'static CharTables {
    static PLAIN_TEH_MARBUTA: std::sync::LazyLock<CharTables> =
        std::sync::LazyLock::new(|| CharTables::new(NormalizeConfig { fold_teh_marbuta: false }));
    static FOLDED_TEH_MARBUTA: std::sync::LazyLock<CharTables> =
        std::sync::LazyLock::new(|| CharTables::new(NormalizeConfig { fold_teh_marbuta: true }));
    if config.fold_teh_marbuta {
        &FOLDED_TEH_MARBUTA
    } else {
        &PLAIN_TEH_MARBUTA
    }
}
