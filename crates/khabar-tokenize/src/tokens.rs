//! Tokens: words, numbers, punctuation and symbols with original spans and
//! normalized forms.

use crate::chars::{is_arabic_letter, is_arabic_mark, is_digit, is_number_separator, is_percent_sign, is_punctuation, is_space};
use crate::clitics::{Split, Splits};
use crate::normalize::{push_normalized, NormalizeConfig};
use crate::sentences::{split_sentences, Sentence};
use crate::span::Span;

/// What a token is.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum TokenKind {
    /// A run of Arabic-script letters, with any diacritics and tatweel.
    Arabic,
    /// A word in Latin or another non-Arabic script; it may hold ASCII
    /// digits after its first letter (`SY24`).
    Latin,
    /// Digits with their inner separators (`2,6`, `22.03.2017`, `21:38`,
    /// `١٬٠٠٠٫٥`, `9،2`) and an attached percent sign (`32%`).
    Number,
    /// One punctuation character: quotes, brackets, the slash, stops, commas.
    Punct,
    /// One character of anything else: `$`, `+`, an emoji.
    Symbol,
}

impl TokenKind {
    /// A short lowercase name, as written in JSON output.
    pub fn as_str(self) -> &'static str {
        match self {
            TokenKind::Arabic => "arabic",
            TokenKind::Latin => "latin",
            TokenKind::Number => "number",
            TokenKind::Punct => "punct",
            TokenKind::Symbol => "symbol",
        }
    }
}

/// One token as stored: its kind, original text, and where its normalized
/// form sits in the shared buffer of [`Tokens`].
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
struct RawToken<'t> {
    /// The token's text, a slice of the document. Held as a slice, not as a
    /// span to slice again: every pass reads most tokens' text (or their
    /// normalized form, which is mostly the same), and slicing a `str`
    /// checks bounds and char boundaries each time. The span is where the
    /// slice starts in the document.
    text: &'t str,
    kind: TokenKind,
    /// A line break stands in the whitespace before this token.
    after_line_break: bool,
    /// The token normalizes to itself: its normalized form is its text, and
    /// nothing of it is in the shared buffer (most Arabic words).
    norm_is_text: bool,
    norm_start: usize,
    norm_end: usize,
}

/// A view of one token: everything later stages read.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Token<'a> {
    /// Position of the token in its document.
    pub index: usize,
    /// What the token is.
    pub kind: TokenKind,
    /// Original byte range.
    pub span: Span,
    /// The original text of the token.
    pub text: &'a str,
    /// The normalized form (see [`mod@crate::normalize`]).
    pub norm: &'a str,
    config: NormalizeConfig,
}

impl<'a> Token<'a> {
    /// The ways to read this word with and without its proclitics
    /// (و ف ب ل ك, and ل merged with the article in لل), unsplit first.
    ///
    /// Non-Arabic tokens have only the unsplit reading.
    pub fn splits(&self) -> Splits<'a> {
        if self.kind == TokenKind::Arabic {
            Splits::of_word(self.text, self.span.start, self.norm, &self.config)
        } else {
            Splits::unsplit(self.span, self.norm)
        }
    }

    /// The reading with no proclitic removed: the whole token.
    #[inline]
    pub fn unsplit(&self) -> Split<'a> {
        Split { prefix: Span::new(self.span.start, self.span.start), stem: self.span, stem_norm: self.norm, elided_article: false }
    }

    /// False when [`Token::splits`] can only give the unsplit reading (the
    /// word does not start with و ف ب ل ك), so hot loops can skip it.
    #[inline]
    pub fn may_have_proclitic(&self) -> bool {
        self.kind == TokenKind::Arabic && self.norm.chars().next().is_some_and(crate::clitics::is_proclitic_letter)
    }

    /// True when this is a punctuation token whose only character is `c`.
    pub fn is_punct(&self, c: char) -> bool {
        self.kind == TokenKind::Punct && self.text.chars().eq(std::iter::once(c))
    }
}

/// Options of the [`Tokenizer`].
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct TokenizerConfig {
    /// How token text is normalized.
    pub normalize: NormalizeConfig,
}

/// Splits text into tokens. Build once, call [`Tokenizer::tokenize`] many
/// times from any thread.
#[derive(Clone, Debug, Default)]
pub struct Tokenizer {
    config: TokenizerConfig,
}

impl Tokenizer {
    /// A tokenizer with the given options.
    pub fn new(config: TokenizerConfig) -> Tokenizer {
        Tokenizer { config }
    }

    /// The options this tokenizer was built with.
    pub fn config(&self) -> &TokenizerConfig {
        &self.config
    }

    /// Tokenizes `text`. Never fails and never panics: every character that
    /// is not whitespace ends up in exactly one token.
    pub fn tokenize<'t>(&self, text: &'t str) -> Tokens<'t> {
        let config = self.config.normalize;
        // News text averages about six bytes a token; reserving by that
        // ratio avoids most reallocations.
        let mut tokens = Vec::with_capacity(text.len() / 6 + 1);
        let mut normalized = String::with_capacity(text.len());
        let mut line_break = false;
        let mut pos = 0;
        let bytes = text.as_bytes();
        let tables = char_tables(&config);
        while let Some(&byte) = bytes.get(pos) {
            // The two commonest cases first: ASCII whitespace, and a word
            // that starts with a plain Arabic letter.
            if matches!(byte, b' ' | b'\n' | b'\r' | b'\t') {
                line_break |= byte == b'\n';
                pos += 1;
                continue;
            }
            let start = pos;
            let norm_start = normalized.len();
            let (kind, norm_is_text) = if starts_plain_letter(bytes.get(pos..).unwrap_or_default(), &tables.plain) {
                pos = plain_run_end(bytes, pos, &tables.plain);
                // ASCII (a space, most often) never continues an Arabic
                // word: then the whole word normalizes to itself.
                let norm_is_text = bytes.get(pos).is_none_or(u8::is_ascii);
                if !norm_is_text {
                    normalized.push_str(text.get(start..pos).unwrap_or(""));
                    pos = scan_arabic(text, pos, &config, &mut normalized);
                }
                (TokenKind::Arabic, norm_is_text)
            } else if let Some((class, len)) = tables.class_at(bytes, pos) {
                // A common character the tables know: a letter that folds
                // (أ إ آ ى) or a mark starting a word, punctuation (، . “),
                // a symbol, an invisible space.
                pos += len;
                match class {
                    TableClass::Space => continue,
                    TableClass::WordChar(fold) => {
                        fold.push_onto(&mut normalized);
                        pos = scan_arabic(text, pos, &config, &mut normalized);
                        (TokenKind::Arabic, false)
                    }
                    TableClass::Punct(fold) => {
                        fold.push_onto(&mut normalized);
                        (TokenKind::Punct, false)
                    }
                    TableClass::Symbol(fold) => {
                        fold.push_onto(&mut normalized);
                        (TokenKind::Symbol, false)
                    }
                }
            } else {
                let Some(c) = char_at(text, pos) else { break };
                pos += c.len_utf8();
                if is_space(c) {
                    line_break |= c == '\n';
                    continue;
                }
                push_normalized(c, &config, &mut normalized);
                let kind = if is_arabic_letter(c) || is_arabic_mark(c) {
                    pos = scan_arabic(text, pos, &config, &mut normalized);
                    TokenKind::Arabic
                } else if is_digit(c) {
                    pos = scan_number(text, pos, &config, &mut normalized);
                    TokenKind::Number
                } else if starts_latin_word(c) {
                    while let Some(c) = char_at(text, pos).filter(|&c| is_latin_word_char(c)) {
                        push_normalized(c, &config, &mut normalized);
                        pos += c.len_utf8();
                    }
                    TokenKind::Latin
                } else if is_punctuation(c) {
                    TokenKind::Punct
                } else {
                    TokenKind::Symbol
                };
                (kind, false)
            };
            tokens.push(RawToken {
                // `start..pos` lie on char boundaries; the fallback, an
                // empty slice at the start of the text, is never taken.
                text: text.get(start..pos).unwrap_or_else(|| text.get(..0).unwrap_or_default()),
                kind,
                after_line_break: line_break,
                norm_is_text,
                norm_start,
                norm_end: normalized.len(),
            });
            line_break = false;
        }
        Tokens { text, tokens, normalized, config }
    }
}

/// The character starting at byte `pos` of `text`, if any.
#[inline]
fn char_at(text: &str, pos: usize) -> Option<char> {
    text.get(pos..)?.chars().next()
}

/// The plain letters: the letters of the Arabic block (U+0600–U+06FF)
/// that normalize to themselves, as a set of their two UTF-8 bytes read as
/// one little-endian `u16`. One bit test per letter, with no decoding: the
/// tokenizer runs it on every letter of every Arabic word.
struct PlainLetters([u64; 1 << 10]);

impl PlainLetters {
    /// The letters `arabic` (the table of the Arabic block) keeps as they are.
    fn of(arabic: &[Option<TableClass>; 256]) -> PlainLetters {
        let mut bits = [0u64; 1 << 10];
        for (class, cp) in arabic.iter().zip(0x600u32..) {
            if let Some(TableClass::WordChar(Fold::Keep(_))) = class {
                let pair = (0xC0 | (cp >> 6) | (0x80 | (cp & 0x3F)) << 8) as usize;
                bits[pair / 64] |= 1 << (pair % 64);
            }
        }
        PlainLetters(bits)
    }
}

/// True when `bytes` start with a plain letter (see [`PlainLetters`]).
#[inline]
fn starts_plain_letter(bytes: &[u8], plain: &PlainLetters) -> bool {
    bytes.first_chunk::<2>().is_some_and(|&pair| {
        let pair = usize::from(u16::from_le_bytes(pair));
        plain.0[pair / 64] >> (pair % 64) & 1 != 0
    })
}

/// The end of the run of plain letters that starts at `pos`.
#[inline]
fn plain_run_end(bytes: &[u8], pos: usize, plain: &PlainLetters) -> usize {
    let mut rest = bytes.get(pos..).unwrap_or_default();
    while starts_plain_letter(rest, plain) {
        rest = rest.get(2..).unwrap_or_default();
    }
    bytes.len() - rest.len()
}

/// What normalization makes of one character.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Fold {
    /// It stays as it is.
    Keep(char),
    /// It goes (a diacritic, the tatweel).
    Drop,
    /// It becomes another character (أ → ا).
    To(char),
}

impl Fold {
    #[inline]
    fn push_onto(self, out: &mut String) {
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
enum TableClass {
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
struct CharTables {
    plain: PlainLetters,
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
    /// `lead` (0xD8–0xDB) and `next`.
    #[inline]
    fn arabic_class(&self, lead: u8, next: u8) -> Option<TableClass> {
        self.arabic[usize::from(((lead & 0x03) << 6) | (next & 0x3F))]
    }

    /// The class of the character at `pos` and its length in bytes, when a
    /// table knows it.
    #[inline]
    fn class_at(&self, bytes: &[u8], pos: usize) -> Option<(TableClass, usize)> {
        match *bytes.get(pos..)? {
            [byte, ..] if byte.is_ascii() => self.ascii[usize::from(byte)].map(|class| (class, 1)),
            // U+0600–U+06FF: 0xD8–0xDB and a continuation byte.
            [lead @ 0xD8..=0xDB, next, ..] => self.arabic_class(lead, next).map(|class| (class, 2)),
            // U+2000–U+203F: 0xE2 0x80 and a continuation byte.
            [0xE2, 0x80, last, ..] => self.general_punctuation[usize::from(last & 0x3F)].map(|class| (class, 3)),
            _ => None,
        }
    }
}

/// A letter or digit that starts a Latin (non-Arabic) word.
#[inline]
fn starts_latin_word(c: char) -> bool {
    c.is_ascii_alphanumeric() || (!c.is_ascii() && !is_punctuation(c) && c.is_alphanumeric())
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
fn char_tables(config: &NormalizeConfig) -> &'static CharTables {
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

/// The letters and marks of an Arabic word from `pos` on. Runs of base
/// letters that need no folding are copied as whole slices straight from
/// the UTF-8 bytes; the other letters and marks of the Arabic block are
/// folded by table; anything else goes through [`push_normalized`].
fn scan_arabic(text: &str, mut pos: usize, config: &NormalizeConfig, out: &mut String) -> usize {
    let tables = char_tables(config);
    let bytes = text.as_bytes();
    loop {
        let run_end = plain_run_end(bytes, pos, &tables.plain);
        out.push_str(text.get(pos..run_end).unwrap_or(""));
        pos = run_end;
        // ASCII (a space, most often) never continues an Arabic word.
        if bytes.get(pos).is_none_or(u8::is_ascii) {
            return pos;
        }
        // The other letters and marks of the Arabic block, from a table.
        if let &[lead @ 0xD8..=0xDB, next, ..] = bytes.get(pos..).unwrap_or_default() {
            match tables.arabic_class(lead, next) {
                Some(TableClass::WordChar(fold)) => {
                    fold.push_onto(out);
                    pos += 2;
                    continue;
                }
                Some(_) => return pos,
                None => {}
            }
        }
        match char_at(text, pos) {
            Some(c) if is_arabic_letter(c) || is_arabic_mark(c) => {
                push_normalized(c, config, out);
                pos += c.len_utf8();
            }
            _ => return pos,
        }
    }
}

/// Letters, ASCII digits and combining marks continue a non-Arabic word;
/// Arabic letters and Arabic-Indic digits end it.
#[inline]
fn is_latin_word_char(c: char) -> bool {
    if c.is_ascii() {
        return c.is_ascii_alphanumeric();
    }
    (c.is_alphanumeric() && !is_arabic_letter(c) && !is_digit(c)) || matches!(c, '\u{0300}'..='\u{036F}')
}

/// After a first digit: more digits, then any number of (separator, digit)
/// pairs, then an optional attached percent sign. A separator not followed
/// by a digit ends the number and stays punctuation (`2014،` is a number and
/// a comma). Returns the byte after the number.
fn scan_number(text: &str, mut pos: usize, config: &NormalizeConfig, out: &mut String) -> usize {
    while let Some(c) = char_at(text, pos) {
        let continues = is_digit(c) || (is_number_separator(c) && char_at(text, pos + c.len_utf8()).is_some_and(is_digit));
        if !continues {
            break;
        }
        push_normalized(c, config, out);
        pos += c.len_utf8();
    }
    if let Some(c) = char_at(text, pos).filter(|&c| is_percent_sign(c)) {
        push_normalized(c, config, out);
        pos += c.len_utf8();
    }
    pos
}

/// The tokens of one document, with their shared normalized buffer.
#[derive(Clone, Debug)]
pub struct Tokens<'t> {
    text: &'t str,
    tokens: Vec<RawToken<'t>>,
    normalized: String,
    config: NormalizeConfig,
}

impl<'t> Tokens<'t> {
    /// The original text.
    pub fn text(&self) -> &'t str {
        self.text
    }

    /// Number of tokens.
    pub fn len(&self) -> usize {
        self.tokens.len()
    }

    /// True when the text held no token (empty or all whitespace).
    pub fn is_empty(&self) -> bool {
        self.tokens.is_empty()
    }

    /// Token `index`, or `None` past the end.
    #[inline]
    pub fn get(&self, index: usize) -> Option<Token<'_>> {
        self.tokens.get(index).map(|raw| self.view(index, raw))
    }

    #[inline]
    fn view(&self, index: usize, raw: &RawToken<'t>) -> Token<'_> {
        Token { index, kind: raw.kind, span: self.span_of(raw), text: raw.text, norm: self.norm_of(raw), config: self.config }
    }

    /// The span of a token: where its text slice starts in the document.
    #[inline]
    fn span_of(&self, raw: &RawToken<'t>) -> Span {
        // Both pointers point into the same string, the token's at or after
        // the document's: their difference is the byte offset.
        let start = (raw.text.as_ptr() as usize).wrapping_sub(self.text.as_ptr() as usize);
        Span::new(start, start + raw.text.len())
    }

    /// The normalized form of a token: its own text for most words, else
    /// its part of the shared buffer.
    #[inline]
    fn norm_of(&self, raw: &RawToken<'t>) -> &str {
        if raw.norm_is_text {
            raw.text
        } else {
            self.normalized.get(raw.norm_start..raw.norm_end).unwrap_or("")
        }
    }

    /// The kind of token `index`, without building its view (for passes
    /// that look at every token but read few of them).
    #[inline]
    pub fn kind(&self, index: usize) -> Option<TokenKind> {
        self.tokens.get(index).map(|raw| raw.kind)
    }

    /// The normalized form of token `index`, without building its view.
    #[inline]
    pub fn norm(&self, index: usize) -> Option<&str> {
        self.tokens.get(index).map(|raw| self.norm_of(raw))
    }

    /// The original span of token `index`, without building its view.
    #[inline]
    pub fn span(&self, index: usize) -> Option<Span> {
        self.tokens.get(index).map(|raw| self.span_of(raw))
    }

    /// All tokens in order.
    pub fn iter(&self) -> impl ExactSizeIterator<Item = Token<'_>> + '_ {
        self.tokens.iter().enumerate().map(move |(i, raw)| self.view(i, raw))
    }

    /// The original text between token `index - 1` and token `index`
    /// (whitespace only; the text before the first token for index 0, the
    /// text after the last token for `index == len()`).
    pub fn gap_before(&self, index: usize) -> &'t str {
        let start = if index == 0 { 0 } else { self.tokens.get(index - 1).map_or(self.text.len(), |t| self.span_of(t).end) };
        let end = self.tokens.get(index).map_or(self.text.len(), |t| self.span_of(t).start);
        self.text.get(start..end).unwrap_or("")
    }

    /// True when a line break (`\n`) stands in the whitespace between token
    /// `index - 1` and token `index` (false for the first token and past the
    /// end). Cheaper than searching [`Tokens::gap_before`].
    #[inline]
    pub fn line_break_before(&self, index: usize) -> bool {
        index > 0 && self.tokens.get(index).is_some_and(|t| t.after_line_break)
    }

    /// The sentences of the text: split after `. ! ? ؟ …` (keeping closing
    /// quotes and brackets that follow) and at line breaks, never inside a
    /// number and never on the Arabic comma.
    pub fn sentences(&self) -> Vec<Sentence> {
        split_sentences(self)
    }
}
