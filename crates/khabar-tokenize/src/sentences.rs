//! Sentence splitting over tokens.

use crate::chars::{is_closing_punctuation, is_sentence_terminator};
use crate::span::Span;
use crate::tokens::{TokenKind, Tokens};
use std::ops::Range;

/// One sentence: its original span (first token to last) and the indices of
/// its tokens.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Sentence {
    /// Original byte range, from the start of the first token to the end of
    /// the last.
    pub span: Span,
    /// Indices into the document's [`Tokens`].
    pub tokens: Range<usize>,
}

fn is_terminator_token(kind: TokenKind, text: &str) -> bool {
    kind == TokenKind::Punct && text.chars().all(is_sentence_terminator)
}

fn is_closer_token(kind: TokenKind, text: &str) -> bool {
    kind == TokenKind::Punct && text.chars().all(is_closing_punctuation)
}

pub(crate) fn split_sentences(tokens: &Tokens<'_>) -> Vec<Sentence> {
    let mut out = Vec::new();
    let n = tokens.len();
    let mut start = 0;
    let mut i = 0;
    let close = |start: usize, end: usize, out: &mut Vec<Sentence>| {
        if start < end {
            let (Some(first), Some(last)) = (tokens.get(start), tokens.get(end - 1)) else {
                return;
            };
            out.push(Sentence { span: Span::new(first.span.start, last.span.end), tokens: start..end });
        }
    };
    while i < n {
        // A line break before this token ends the sentence before it.
        if i > start && tokens.line_break_before(i) {
            close(start, i, &mut out);
            start = i;
        }
        let Some(tok) = tokens.get(i) else { break };
        i += 1;
        if is_terminator_token(tok.kind, tok.text) {
            // Keep a run of terminators (`..`, `؟!`) and the closing quotes
            // and brackets glued to it in the same sentence.
            while let Some(next) = tokens.get(i) {
                let glued = !tokens.line_break_before(i);
                if glued
                    && (is_terminator_token(next.kind, next.text)
                        || (tokens.gap_before(i).is_empty() && is_closer_token(next.kind, next.text)))
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
