//! Sentence splitting over tokens.

use crate::chars::{is_closing_punctuation, is_sentence_terminator};
use crate::span::Span;
use crate::tokens::{TokenKind, Tokens};
use std::ops::Range;

/// One sentence: its original span (first token to last) and the indices of
/// its tokens.
#[derive(Clone, Debug, PartialEq, Eq, serde::Serialize)]
pub struct Sentence {
    /// Original byte range, from the start of the first token to the end of
    /// the last.
    pub span: Span,
    /// Indices into the document's [`Tokens`].
    pub tokens: Range<usize>,
}

/// Token `i` is punctuation whose characters all pass `test`. Only
/// punctuation tokens are looked at closely; for the rest the kind suffices.
pub(crate) fn is_punct_token(tokens: &Tokens<'_>, i: usize, test: fn(char) -> bool) -> bool {
    tokens.kind(i) == Some(TokenKind::Punct) && tokens.get(i).is_some_and(|t| t.text.chars().all(test))
}

/// The sentences of a document, in order: split after `. ! ? ؟ …`
/// (keeping closing quotes and brackets that follow) and at line breaks,
/// never inside a number and never on the Arabic comma.
///
/// ```
/// use khabar_tokenize::{Sentences, Tokenizer};
///
/// let text = "قال التحالف إنه نفذ 19 ألف ضربة. وأكد «قسد» ذلك!\nسطر جديد";
/// let tokens = Tokenizer::default().tokenize(text);
/// let sentences = Sentences::of(&tokens);
/// assert_eq!(sentences.len(), 3);
/// assert_eq!(sentences[1].span.slice(text), "وأكد «قسد» ذلك!");
/// // The sentence that holds a byte: the one it stands in, or the next.
/// assert_eq!(sentences.index_at(text.find("قسد").unwrap()), Some(1));
/// ```
#[derive(Clone, Debug, Default, PartialEq, Eq, serde::Serialize)]
#[serde(transparent)]
pub struct Sentences(Vec<Sentence>);

impl Sentences {
    /// Splits the tokens into sentences.
    pub fn of(tokens: &Tokens<'_>) -> Sentences {
        Sentences(split_sentences(tokens))
    }

    /// The index of the sentence that holds byte `at`: the first sentence
    /// that ends after it, or the last sentence when `at` lies past them
    /// all. `None` when there is no sentence.
    pub fn index_at(&self, at: usize) -> Option<usize> {
        let last = self.0.len().checked_sub(1)?;
        Some(self.0.partition_point(|s| s.span.end <= at).min(last))
    }

    /// The sentence that holds byte `at` (see [`Sentences::index_at`]).
    pub fn at(&self, at: usize) -> Option<&Sentence> {
        self.0.get(self.index_at(at)?)
    }
}

impl std::ops::Deref for Sentences {
    type Target = [Sentence];

    fn deref(&self) -> &[Sentence] {
        &self.0
    }
}

/// The full stop at token `i` closes an initial: a single letter glued
/// before it, as in the agencies' initials (د.ب.أ، أ.ف.ب), a title (د.
/// محمد) or a Latin initial (U.S.). A sentence ends with a word longer
/// than that.
fn ends_an_initial(tokens: &Tokens<'_>, i: usize) -> bool {
    let full_stop = tokens.norm(i) == Some(".");
    let single_letter = |k: usize| {
        matches!(tokens.kind(k), Some(TokenKind::Arabic | TokenKind::Latin)) && tokens.get(k).is_some_and(|t| t.text.chars().count() == 1)
    };
    full_stop && i > 0 && tokens.gap_before(i).is_empty() && single_letter(i - 1) && !tokens.line_break_before(i + 1)
}

/// The stops at token `i` stand inside brackets, «(...)» or «[…]»: words
/// left out of a quote, no sentence end.
fn marks_an_elision(tokens: &Tokens<'_>, i: usize) -> bool {
    let bracket = |k: usize, b: &[&str]| tokens.kind(k) == Some(TokenKind::Punct) && tokens.norm(k).is_some_and(|t| b.contains(&t));
    // The cheap test first: punctuation right before the stop.
    if i == 0 || tokens.kind(i - 1) != Some(TokenKind::Punct) {
        return false;
    }
    let glued_stop = |k: usize| tokens.gap_before(k).is_empty() && is_punct_token(tokens, k, is_sentence_terminator);
    let mut first = i;
    while first > 0 && tokens.gap_before(first).is_empty() && is_punct_token(tokens, first - 1, is_sentence_terminator) {
        first -= 1;
    }
    let mut after = i + 1;
    while after < tokens.len() && glued_stop(after) {
        after += 1;
    }
    first > 0
        && tokens.gap_before(first).is_empty()
        && bracket(first - 1, &["(", "["])
        && tokens.gap_before(after).is_empty()
        && bracket(after, &[")", "]"])
}

fn split_sentences(tokens: &Tokens<'_>) -> Vec<Sentence> {
    // News sentences run to a few dozen tokens.
    let mut out = Vec::with_capacity(tokens.len() / 16);
    let n = tokens.len();
    let mut start = 0;
    let mut i = 0;
    let close = |start: usize, end: usize, out: &mut Vec<Sentence>| {
        if start < end {
            let (Some(first), Some(last)) = (tokens.span(start), tokens.span(end - 1)) else {
                return;
            };
            out.push(Sentence { span: Span::new(first.start, last.end), tokens: start..end });
        }
    };
    while i < n {
        // A line break before this token ends the sentence before it.
        if i > start && tokens.line_break_before(i) {
            close(start, i, &mut out);
            start = i;
        }
        let is_terminator =
            is_punct_token(tokens, i, is_sentence_terminator) && !ends_an_initial(tokens, i) && !marks_an_elision(tokens, i);
        i += 1;
        if is_terminator {
            // Keep a run of terminators (`..`, `؟!`) and the closing quotes
            // and brackets glued to it in the same sentence.
            while i < n && !tokens.line_break_before(i) {
                if is_punct_token(tokens, i, is_sentence_terminator)
                    || (tokens.gap_before(i).is_empty() && is_punct_token(tokens, i, is_closing_punctuation))
                {
                    i += 1;
                } else {
                    break;
                }
            }
            close(start, i, &mut out);
            start = i;
        }
    }
    close(start, n, &mut out);
    out
}
