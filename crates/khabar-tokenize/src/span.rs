//! Byte spans into the original text.

use std::ops::Range;

/// A half-open UTF-8 byte range `[start, end)` into the original text.
///
/// Every span that leaves this workspace's crates points into the untouched
/// original text and falls on char boundaries, so `&text[span.range()]` is
/// always valid for the text it was made from.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash, PartialOrd, Ord, serde::Serialize, serde::Deserialize)]
pub struct Span {
    /// First byte of the range.
    pub start: usize,
    /// One past the last byte of the range.
    pub end: usize,
}

impl Span {
    /// A span from `start` to `end`.
    #[inline]
    pub const fn new(start: usize, end: usize) -> Span {
        Span { start, end }
    }

    /// Length in bytes.
    #[inline]
    pub const fn len(&self) -> usize {
        self.end.saturating_sub(self.start)
    }

    /// True when the span covers no bytes.
    #[inline]
    pub const fn is_empty(&self) -> bool {
        self.end <= self.start
    }

    /// The span as a `Range<usize>`, for slicing.
    #[inline]
    pub const fn range(&self) -> Range<usize> {
        self.start..self.end
    }

    /// The text this span covers, or `""` when it does not fit `text`
    /// (out of bounds or off a char boundary). Never panics.
    #[inline]
    pub fn slice<'t>(&self, text: &'t str) -> &'t str {
        text.get(self.range()).unwrap_or("")
    }

    /// True when the two spans share at least one byte.
    #[inline]
    pub const fn overlaps(&self, other: Span) -> bool {
        self.start < other.end && other.start < self.end
    }

    /// True when `other` lies entirely inside `self`.
    #[inline]
    pub const fn contains(&self, other: Span) -> bool {
        self.start <= other.start && other.end <= self.end
    }

    /// The smallest span covering both.
    #[inline]
    pub fn cover(&self, other: Span) -> Span {
        Span::new(self.start.min(other.start), self.end.max(other.end))
    }
}

impl From<Range<usize>> for Span {
    fn from(r: Range<usize>) -> Span {
        Span::new(r.start, r.end)
    }
}

/// A half-open range `[start, end)` of token indices into one document's
/// [`crate::Tokens`]: the tokens a mention or a quantity covers, so that a
/// later stage can read the words around it without searching by bytes.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash, PartialOrd, Ord, serde::Serialize, serde::Deserialize)]
pub struct TokenRange {
    /// The first token.
    pub start: usize,
    /// One past the last token.
    pub end: usize,
}

impl TokenRange {
    /// Tokens `start` to `end - 1`.
    #[inline]
    pub const fn new(start: usize, end: usize) -> TokenRange {
        TokenRange { start, end }
    }

    /// How many tokens.
    #[inline]
    pub const fn len(&self) -> usize {
        self.end.saturating_sub(self.start)
    }

    /// True when it covers no token.
    #[inline]
    pub const fn is_empty(&self) -> bool {
        self.end <= self.start
    }

    /// The range, for iterating or slicing.
    #[inline]
    pub const fn range(&self) -> Range<usize> {
        self.start..self.end
    }
}

/// The 1-based line of `text` that byte `offset` falls on (an offset past
/// the end counts as the end), as a message about a data file names it.
///
/// ```
/// use khabar_tokenize::line_number;
/// let text = "[months]\n\"آذار\" = { month = 13 }\n";
/// assert_eq!(line_number(text, 0), 1);
/// assert_eq!(line_number(text, text.find('آ').unwrap()), 2);
/// assert_eq!(line_number(text, 10_000), 3);
/// ```
pub fn line_number(text: &str, offset: usize) -> usize {
    1 + text.as_bytes()[..offset.min(text.len())].iter().filter(|&&b| b == b'\n').count()
}
