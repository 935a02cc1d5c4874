//! What the scanner makes and the token types store: a token's kind and
//! its raw record.

/// What a token is.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord, serde::Serialize, serde::Deserialize)]
#[serde(rename_all = "lowercase")]
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
/// form sits in the shared buffer of [`crate::Tokens`].
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) struct RawToken<'t> {
    /// The token's text, a slice of the document. Held as a slice, not as a
    /// span to slice again: every pass reads most tokens' text (or their
    /// normalized form, which is mostly the same), and slicing a `str`
    /// checks bounds and char boundaries each time. The span is where the
    /// slice starts in the document.
    pub(crate) text: &'t str,
    pub(crate) kind: TokenKind,
    /// A line break stands in the whitespace before this token.
    pub(crate) after_line_break: bool,
    /// The token normalizes to itself: its normalized form is its text, and
    /// nothing of it is in the shared buffer (most Arabic words).
    pub(crate) norm_is_text: bool,
    pub(crate) norm_start: usize,
    pub(crate) norm_end: usize,
}
