//! Tokens: words, numbers, punctuation and symbols with original spans and
//! normalized forms.

use crate::clitics::{Split, Splits};
use crate::normalize::NormalizeConfig;
use crate::raw::RawToken;
pub use crate::raw::TokenKind;
use crate::span::Span;

/// A view of one token: everything later stages read.
#[derive(Clone, Copy, Debug, PartialEq, Eq, serde::Serialize)]
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
    #[serde(skip)]
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
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash, serde::Serialize, serde::Deserialize)]
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
        let (tokens, normalized) = crate::scan::scan(text, config);
        let mut tokens = Tokens { text, tokens, normalized, config };
        crate::wrapped::join_wrapped_lines(&mut tokens);
        tokens
    }
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

    /// How the tokens' normalized forms were made. Tables keyed under
    /// another normalization refuse these tokens
    /// ([`crate::PhraseTable::matcher`]).
    pub fn normalization(&self) -> NormalizeConfig {
        self.config
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

    /// Whether token `index` carries the article in one of its proclitic
    /// readings (التفجير، والمتحدث، بالمدينة); false past the end.
    ///
    /// ```
    /// use khabar_tokenize::Tokenizer;
    ///
    /// let tokens = Tokenizer::default().tokenize("والمتحدث باسم قوات");
    /// assert!(tokens.is_definite(0));
    /// assert!(!tokens.is_definite(2));
    /// assert!(!tokens.is_definite(9));
    /// ```
    pub fn is_definite(&self, index: usize) -> bool {
        self.get(index).is_some_and(|t| t.splits().any(|s| s.has_article()))
    }

    /// The original span of token `index`, without building its view.
    #[inline]
    pub fn span(&self, index: usize) -> Option<Span> {
        self.tokens.get(index).map(|raw| self.span_of(raw))
    }

    /// The first token that starts at or after byte `byte` of the text
    /// (`len()` when none does): a binary search over the spans.
    ///
    /// ```
    /// use khabar_tokenize::Tokenizer;
    ///
    /// let tokens = Tokenizer::default().tokenize("قتل 5 أشخاص");
    /// assert_eq!(tokens.first_at(0), 0);
    /// assert_eq!(tokens.first_at("قتل ".len()), 1);
    /// assert_eq!(tokens.first_at(1), 1);
    /// assert_eq!(tokens.first_at(1000), tokens.len());
    /// ```
    pub fn first_at(&self, byte: usize) -> usize {
        self.tokens.partition_point(|raw| self.span_of(raw).start < byte)
    }

    /// All tokens in order.
    pub fn iter(&self) -> impl ExactSizeIterator<Item = Token<'_>> + '_ {
        self.tokens.iter().enumerate().map(move |(i, raw)| self.view(i, raw))
    }

    /// The original text between token `index - 1` and token `index`
    /// (whitespace, or an underscore joining two Arabic words as in a
    /// hashtag; the text before the first token for index 0, the text after
    /// the last token for `index == len()`).
    pub fn gap_before(&self, index: usize) -> &'t str {
        let start = if index == 0 { 0 } else { self.tokens.get(index - 1).map_or(self.text.len(), |t| self.span_of(t).end) };
        let end = self.tokens.get(index).map_or(self.text.len(), |t| self.span_of(t).start);
        self.text.get(start..end).unwrap_or("")
    }

    /// True when a line break (`\n`) stands in the whitespace between token
    /// `index - 1` and token `index` (false for the first token and past the
    /// end). Cheaper than searching [`Tokens::gap_before`]. In a text wrapped
    /// by hand at a fixed width (no line longer than 120 characters, several
    /// long lines ending inside a sentence), a break inside a sentence is
    /// a space and counts as none: after a line that ends with no stop,
    /// colon or closing quote, before no bullet, past the first line (a
    /// headline) unless a comma closes it.
    #[inline]
    pub fn line_break_before(&self, index: usize) -> bool {
        index > 0 && self.tokens.get(index).is_some_and(|t| t.after_line_break)
    }

    /// Reads the line break before token `index` as a space (a break
    /// inside a sentence of a text wrapped by hand).
    pub(crate) fn read_break_as_space(&mut self, index: usize) {
        if let Some(t) = self.tokens.get_mut(index) {
            t.after_line_break = false;
        }
    }
}

/// Tokens serialize as the list of their views ([`Token`]).
impl serde::Serialize for Tokens<'_> {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.collect_seq(self.iter())
    }
}
