//! Reading the tokens around a position: kinds, normalized forms, spans,
//! proclitic readings and the gaps between tokens. Positions past either
//! end read as nothing (an empty form, no kind), never as a panic, so the
//! grammar can look ahead and behind without bounds checks of its own.

use khabar_tokenize::chars::is_arabic_mark;
use khabar_tokenize::{Split, Token, TokenKind, Tokens};
use rustc_hash::FxHashSet;

/// The conjunction و.
pub(crate) const WAW: &str = "\u{0648}";

/// A read-only view of one document's tokens for the grammar.
#[derive(Clone, Copy)]
pub(crate) struct Cursor<'a> {
    tokens: &'a Tokens<'a>,
}

impl<'a> Cursor<'a> {
    pub(crate) fn new(tokens: &'a Tokens<'a>) -> Cursor<'a> {
        Cursor { tokens }
    }

    /// The document's text.
    pub(crate) fn text(&self) -> &'a str {
        self.tokens.text()
    }

    /// Number of tokens.
    pub(crate) fn len(&self) -> usize {
        self.tokens.len()
    }

    /// Token `i`, if there is one.
    pub(crate) fn get(&self, i: usize) -> Option<Token<'a>> {
        self.tokens.get(i)
    }

    /// The token before `i`, if there is one.
    pub(crate) fn before(&self, i: usize) -> Option<Token<'a>> {
        i.checked_sub(1).and_then(|p| self.tokens.get(p))
    }

    /// The normalized form of token `i`; empty past the end.
    pub(crate) fn norm(&self, i: usize) -> &'a str {
        self.tokens.norm(i).unwrap_or("")
    }

    /// The normalized form of the token before `i`; empty before the first.
    pub(crate) fn norm_before(&self, i: usize) -> &'a str {
        i.checked_sub(1).map_or("", |p| self.norm(p))
    }

    /// The kind of token `i`.
    pub(crate) fn kind(&self, i: usize) -> Option<TokenKind> {
        self.tokens.kind(i)
    }

    /// The original text of token `i`; empty past the end.
    pub(crate) fn text_of(&self, i: usize) -> &'a str {
        self.tokens.get(i).map_or("", |t| t.text)
    }

    /// Where token `i` starts in the text (0 past the end).
    pub(crate) fn start_of(&self, i: usize) -> usize {
        self.tokens.span(i).map_or(0, |s| s.start)
    }

    /// The first token that starts at or after byte `byte`.
    pub(crate) fn first_at(&self, byte: usize) -> usize {
        self.tokens.first_at(byte)
    }

    /// Where token `i` ends in the text (0 past the end).
    pub(crate) fn end_of(&self, i: usize) -> usize {
        self.tokens.span(i).map_or(0, |s| s.end)
    }

    /// Token `i` carries the article in one of its readings (الدول،
    /// بالذكرى، للتحالف).
    pub(crate) fn is_definite(&self, i: usize) -> bool {
        self.tokens.is_definite(i)
    }

    /// The proclitic readings of token `i` (none past the end).
    pub(crate) fn splits_of(&self, i: usize) -> impl Iterator<Item = Split<'a>> {
        self.tokens.get(i).into_iter().flat_map(|t| t.splits())
    }

    /// Where the word of token `i` starts (after its proclitics) when one
    /// of its readings, its article restored if ل swallowed it, is in
    /// `words`: لعام، وعام، للعام for عام and العام.
    pub(crate) fn reading_in(&self, i: usize, words: &FxHashSet<String>) -> Option<usize> {
        if self.kind(i) != Some(TokenKind::Arabic) {
            return None;
        }
        let mut buf = String::new();
        self.splits_of(i).find_map(|s| words.contains(s.dictionary_form(&mut buf)).then_some(s.stem.start))
    }

    /// The proclitic of a reading is the conjunction و alone, whatever
    /// marks it carries.
    pub(crate) fn waw_prefixed(&self, split: &Split<'_>) -> bool {
        !split.is_unsplit() && split.prefix.slice(self.text()).chars().filter(|&c| !is_arabic_mark(c)).eq(WAW.chars())
    }

    /// The text between tokens `i - 1` and `i`.
    pub(crate) fn gap_before(&self, i: usize) -> &'a str {
        self.tokens.gap_before(i)
    }

    /// No whitespace between tokens `i - 1` and `i`.
    pub(crate) fn glued(&self, i: usize) -> bool {
        self.tokens.gap_before(i).is_empty()
    }

    /// A line break stands before token `i`.
    pub(crate) fn line_break_before(&self, i: usize) -> bool {
        self.tokens.line_break_before(i)
    }

    /// Token `i` is punctuation whose only character is `c`.
    pub(crate) fn is_punct(&self, i: usize, c: char) -> bool {
        self.tokens.get(i).is_some_and(|t| t.is_punct(c))
    }
}
