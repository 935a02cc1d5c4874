//! What a document shows besides its annotations: title, outlet,
//! publication date, word count.

use crate::annotation::{DateMention, DocMeta};
use crate::glossary::Glossary;
use khabar_tokenize::{TokenKind, Tokens};

/// A line this short (in words) can be a byline, a dateline or a footer.
const SHORT_LINE_WORDS: usize = 6;
/// A dateline stands among the first lines.
const DATELINE_LINES: usize = 6;

/// A headline has at least this many words; a shorter first line is a
/// section label (الأخبار السياسية) or a kicker.
pub const MIN_TITLE_WORDS: usize = 4;
/// Titles longer than this are cut at a word boundary.
pub const MAX_TITLE_CHARS: usize = 140;

/// The title: the first line of at least [`MIN_TITLE_WORDS`] words among
/// the first few, else the first non-empty line; cut to
/// [`MAX_TITLE_CHARS`] characters.
pub fn title_of(text: &str) -> String {
    // Lines are read lazily and words counted only up to the minimum: the
    // first lines of an article can be whole paragraphs.
    let mut lines = text.lines().map(str::trim).filter(|l| !l.is_empty()).take(DATELINE_LINES);
    let first = lines.next().unwrap_or("");
    let is_title = |l: &&str| l.split_whitespace().nth(MIN_TITLE_WORDS - 1).is_some();
    let line = if is_title(&first) { first } else { lines.find(is_title).unwrap_or(first) };
    // Bytes bound chars from above: a short line needs no counting.
    if line.len() <= MAX_TITLE_CHARS || line.chars().count() <= MAX_TITLE_CHARS {
        return line.to_string();
    }
    let cut: String = line.chars().take(MAX_TITLE_CHARS).collect();
    let cut = cut.rsplit_once(char::is_whitespace).map_or(cut.as_str(), |(head, _)| head);
    format!("{cut}…")
}

/// Describes a document from its tokens and its dates.
///
/// - title: see [`title_of`];
/// - outlet: a known outlet named on a short line of its own (a byline or a
///   footer), else a distinctive outlet name anywhere;
/// - published: a full date (year, month and day) on one of the first lines
///   when that line holds little else (a dateline);
/// - words: Arabic and Latin tokens.
pub fn describe<S: AsRef<str>>(tokens: &Tokens<'_>, dates: &[DateMention<S>], glossary: &Glossary) -> DocMeta {
    let text = tokens.text();
    let title = title_of(text);
    let is_word = |k: TokenKind| matches!(k, TokenKind::Arabic | TokenKind::Latin | TokenKind::Number);
    // Lines as ranges of tokens, with how many words each holds, and the
    // word count: one pass that reads only kinds and line starts.
    struct Line {
        start: usize,
        tokens: std::ops::Range<usize>,
        words: usize,
    }
    let mut lines: Vec<Line> = Vec::new();
    let mut words = 0;
    for i in 0..tokens.len() {
        let Some(kind) = tokens.kind(i) else { break };
        if i == 0 || tokens.line_break_before(i) {
            lines.push(Line { start: tokens.span(i).map_or(0, |s| s.start), tokens: i..i, words: 0 });
        }
        words += usize::from(matches!(kind, TokenKind::Arabic | TokenKind::Latin));
        if let Some(line) = lines.last_mut() {
            line.tokens.end = i + 1;
            line.words += usize::from(is_word(kind));
        }
    }
    // The outlet whose name starts at token `i` (words only, punctuation
    // between them skipped).
    let outlet_at = |i: usize, end: usize, byline_ok: bool| -> Option<&String> {
        // Read by kind and normalized form, without building the token's
        // view: most tokens start no outlet name.
        let first = tokens.norm(i).filter(|&norm| tokens.kind(i).is_some_and(is_word) && glossary.outlet_first_words.may_contain(norm))?;
        let candidates = glossary.outlets_by_first.get(first)?;
        candidates.iter().map(|&k| &glossary.outlets[k]).find_map(|(name, english, byline)| {
            if *byline && !byline_ok {
                return None;
            }
            let mut words = (i..end).filter_map(|j| tokens.get(j)).filter(|t| is_word(t.kind)).map(|t| t.norm);
            name.iter().all(|w| words.next() == Some(w.as_str())).then_some(english)
        })
    };
    let in_line = |line: &Line, byline_ok: bool| line.tokens.clone().find_map(|i| outlet_at(i, line.tokens.end, byline_ok)).cloned();
    let outlet = lines
        .iter()
        .filter(|l| l.words > 0 && l.words <= SHORT_LINE_WORDS)
        .find_map(|l| in_line(l, true))
        .or_else(|| lines.iter().find_map(|l| in_line(l, false)));

    let dateline_end = lines.get(DATELINE_LINES).map_or(text.len(), |l| l.start);
    let published = dates
        .iter()
        .filter(|d| {
            let iso = d.iso.as_ref();
            d.start < dateline_end && d.kind.as_ref() == "date" && iso.len() == 10 && !iso.starts_with('-')
        })
        .find(|d| {
            // The date's line holds little besides the date (and a time).
            let line = lines.partition_point(|l| l.start <= d.start).checked_sub(1);
            line.and_then(|k| lines.get(k)).is_some_and(|l| l.words <= SHORT_LINE_WORDS)
        })
        .map(|d| d.iso.as_ref().to_string());

    DocMeta { title, outlet, published, words }
}
