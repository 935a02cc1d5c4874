//! Texts wrapped by hand at a fixed width.
//!
//! Mail, print and some archives keep a paragraph as lines of a fixed
//! width, breaking a sentence, or a name, wherever the width runs out
//! (محمد رسول⏎الله). Every later stage reads a line break as the end of a
//! headline, a sentence or a name; in such a text a break inside a
//! sentence is only a space, and the tokens say so.

use crate::chars::{is_closing_punctuation, is_sentence_terminator};
use crate::sentences::is_punct_token;
use crate::tokens::{TokenKind, Tokens};

/// The longest line, in characters, of a text wrapped by hand: a news
/// paragraph kept on one line runs longer.
const WRAPPED_WIDTH: usize = 120;
/// The shortest line, in characters, the wrapping of a sentence leaves
/// (datelines and headlines run shorter).
const WRAPPED_LINE: usize = 40;
/// How many such lines must end inside a sentence for a text to be
/// wrapped.
const WRAPPED_BREAKS: usize = 3;

/// In a text wrapped by hand, reads the line break before each token whose
/// break comes inside a sentence as a space. The first line break stays,
/// unless a comma closes the line: the first line is a headline as often
/// as not.
pub(crate) fn join_wrapped_lines(tokens: &mut Tokens<'_>) {
    if !wrapped_by_hand(tokens) {
        return;
    }
    let first_break = (1..tokens.len()).find(|&i| tokens.line_break_before(i));
    for i in 1..tokens.len() {
        let headline = Some(i) == first_break && !is_punct_token(tokens, i - 1, |c| matches!(c, '،' | ','));
        if tokens.line_break_before(i) && breaks_inside_a_sentence(tokens, i) && !headline {
            tokens.read_break_as_space(i);
        }
    }
}

/// The line break before token `i` (`i > 0`) comes inside a sentence: one
/// break, no blank line, after a line that ends with no stop, colon or
/// closing quote, before a line that opens with no bullet or dash.
fn breaks_inside_a_sentence(tokens: &Tokens<'_>, i: usize) -> bool {
    let ends_a_line = |c: char| is_sentence_terminator(c) || is_closing_punctuation(c) || c == ':';
    let opens_an_item = |c: char| matches!(c, '-' | '–' | '—' | '•' | '*' | '·' | '▪' | '●');
    tokens.gap_before(i).matches('\n').count() == 1
        && !is_punct_token(tokens, i - 1, ends_a_line)
        && !(tokens.kind(i) == Some(TokenKind::Punct) && tokens.get(i).is_some_and(|t| t.text.starts_with(opens_an_item)))
}

/// No line is longer than [`WRAPPED_WIDTH`] characters, and at least
/// [`WRAPPED_BREAKS`] lines of [`WRAPPED_LINE`] or more end inside a
/// sentence.
fn wrapped_by_hand(tokens: &Tokens<'_>) -> bool {
    let text = tokens.text();
    // The cheap test first: most texts hold a longer line, and most of
    // them early. A line of no more bytes than the width has no more
    // characters either: its length in bytes is read first.
    let too_long = |line: &str| line.len() > WRAPPED_WIDTH && line.chars().count() > WRAPPED_WIDTH;
    if text.lines().any(too_long) {
        return false;
    }
    let mut line_start = 0;
    let mut inside = 0;
    for i in 1..tokens.len() {
        if !tokens.line_break_before(i) {
            continue;
        }
        let line_end = tokens.span(i - 1).map_or(line_start, |t| t.end);
        let long = text.get(line_start..line_end).is_some_and(|line| line.chars().count() >= WRAPPED_LINE);
        inside += usize::from(long && breaks_inside_a_sentence(tokens, i));
        line_start = tokens.span(i).map_or(line_end, |t| t.start);
        if inside >= WRAPPED_BREAKS {
            return true;
        }
    }
    false
}

#[cfg(test)]
mod tests {
    use crate::Tokenizer;

    /// The tokens after a line break, as text.
    fn after_breaks(text: &str) -> Vec<String> {
        let tokens = Tokenizer::default().tokenize(text);
        (0..tokens.len()).filter(|&i| tokens.line_break_before(i)).filter_map(|i| tokens.get(i).map(|t| t.text.to_string())).collect()
    }

    #[test]
    fn breaks_inside_sentences_of_a_wrapped_text_are_spaces() {
        let wrapped = "عنوان الخبر هنا\nوقال المتحدث باسم الوزارة في مؤتمر صحفي عقده صباح اليوم في\nالعاصمة إن القوات الأمنية تمكنت من ضبط كميات كبيرة من الأسلحة\nوالذخائر في عملية نفذتها فجر الأحد بمشاركة وحدات من الجيش\nوالشرطة. وأضاف أن العملية مستمرة حتى تطهير المنطقة بالكامل من\nالخلايا النائمة.\n\nفقرة جديدة تبدأ هنا.";
        // The headline's break and the paragraph's stay; the others go.
        assert_eq!(after_breaks(wrapped), ["وقال", "فقرة"]);
    }

    #[test]
    fn texts_with_long_lines_or_few_broken_sentences_keep_their_breaks() {
        // A paragraph on one line: not wrapped, whatever ends its lines.
        let long = format!("عنوان بلا نقطة\nسطر قصير\n{}.\nسطر آخر بلا نقطة", "كلمة ".repeat(40));
        assert_eq!(after_breaks(&long).len(), 3);
        // Short lines (a headline, a dateline, a byline) are no wrapping.
        let short = "عنوان الخبر\nبغداد - خاص\nكتب: فلان\nقال المتحدث إن العمل مستمر.";
        assert_eq!(after_breaks(short).len(), 3);
        // Items of a list opening with a dash each start a line.
        let list = "أبرز ما جاء في المقابلة مع قائد القوات في المنطقة الشرقية\n- آلاف المقاتلين محتجزون في السجون ولا حل قريبا لهم\n- الهجمات تراجعت كثيرا خلال الأشهر الأخيرة من العام\n- التنسيق مع التحالف مستمر في العمليات الجارية الآن";
        assert_eq!(after_breaks(list).len(), 3);
    }
}
