//! The byte scanner: text in, raw tokens and their shared normalized
//! buffer out. Plain Arabic letters are read straight from their bytes and
//! the other common characters classed by the tables of [`crate::tables`];
//! everything else takes the general path, one character at a time.

use crate::chars::{
    is_arabic_letter, is_arabic_mark, is_digit, is_number_separator, is_percent_sign, is_punctuation, is_space, starts_latin_word,
};
use crate::normalize::{push_normalized, NormalizeConfig};
use crate::raw::{RawToken, TokenKind};
use crate::tables::{char_tables, plain_run_end, starts_plain_letter, TableClass};
use crate::utf8::{ARABIC_LEAD_FIRST, ARABIC_LEAD_LAST};

/// Splits `text` into raw tokens, normalizing each into one shared buffer.
/// Never fails and never panics: every character that is not whitespace
/// ends up in exactly one token.
pub(crate) fn scan<'t>(text: &'t str, config: NormalizeConfig) -> (Vec<RawToken<'t>>, String) {
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
        // #التحالف_الدولي: an underscore between Arabic words (a hashtag)
        // separates them as a space would, so names match across it.
        if byte == b'_' && joins_arabic_words(text, &tokens, pos) {
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
        // ريف دير الزورالشرقي: a direction glued to the word before by a
        // missing space is a word of its own, so that the name before it
        // reads whole.
        let mut word_start = start;
        let mut word_norm_start = norm_start;
        // Seven letters at least hold either (most words are shorter).
        if kind == TokenKind::Arabic && pos - start >= GLUED_WORD_BYTES {
            // Where the cut falls in the normalized form (a word that
            // normalizes to itself has none in the buffer): the
            // direction's plain letters end both forms; «أبو» folds to
            // «ابو», as long.
            let in_buffer = |norm_cut: usize| if norm_is_text { norm_start } else { norm_cut };
            let cut = glued_direction_at(bytes, start, pos)
                .map(|cut| (cut, in_buffer(normalized.len().saturating_sub(pos - cut))))
                .or_else(|| glued_kunya_end(bytes, start, pos).map(|cut| (cut, in_buffer(norm_start + (cut - start)))));
            if let Some((cut, norm_cut)) = cut {
                tokens.push(RawToken {
                    text: text.get(start..cut).unwrap_or_else(|| text.get(..0).unwrap_or_default()),
                    kind,
                    after_line_break: line_break,
                    norm_is_text,
                    norm_start,
                    norm_end: norm_cut,
                });
                line_break = false;
                word_start = cut;
                word_norm_start = norm_cut;
            }
        }
        tokens.push(RawToken {
            // `word_start..pos` lie on char boundaries; the fallback, an
            // empty slice at the start of the text, is never taken.
            text: text.get(word_start..pos).unwrap_or_else(|| text.get(..0).unwrap_or_default()),
            kind,
            after_line_break: line_break,
            norm_is_text,
            norm_start: word_norm_start,
            norm_end: normalized.len(),
        });
        line_break = false;
    }
    (tokens, normalized)
}

/// The fewest bytes of a word that may hold a glued direction or kunya
/// (أبوالحسن: seven letters).
const GLUED_WORD_BYTES: usize = 14;

/// The directions that follow a place's name (ريف حلب الشمالي), as written
/// with the article: glued to the word before, they start a word of their
/// own ([`glued_direction_at`]).
const GLUED_DIRECTIONS: [&str; 8] = ["الشرقي", "الغربي", "الشمالي", "الجنوبي", "الشرقية", "الغربية", "الشمالية", "الجنوبية"];

/// Where a direction glued to the Arabic word `start..end` begins
/// (الزورالشرقي → الزور | الشرقي), when at least three letters stand before
/// it: two letters or fewer are proclitics (بالشرقي، وبالشمالية).
#[inline]
fn glued_direction_at(bytes: &[u8], start: usize, end: usize) -> Option<usize> {
    // The cheap test first: every direction ends in yeh (D9 8A) or teh
    // marbuta (D8 A9), and the word holds three letters and a direction.
    const SHORTEST: usize = "الشرقي".len() + 6;
    let word = bytes.get(start..end)?;
    if word.len() < SHORTEST || !matches!(word[word.len() - 2..], [0xD9, 0x8A] | [0xD8, 0xA9]) {
        return None;
    }
    GLUED_DIRECTIONS.iter().find(|d| word.len() >= d.len() + 6 && word.ends_with(d.as_bytes())).map(|d| end - d.len())
}

/// «أبو» written with the article of the name after it and no space
/// (أبوالحسن، ابوالوليد): where the kunya ends, when at least two letters
/// follow the article. No word of the language opens so.
#[inline]
fn glued_kunya_end(bytes: &[u8], start: usize, end: usize) -> Option<usize> {
    const KUNYAS: [&str; 2] = ["أبو", "ابو"];
    const ARTICLE: &str = "ال";
    let word = bytes.get(start..end)?;
    // The cheap test first: long enough, and alef (with hamza or not)
    // first: D8 A3 or D8 A7.
    if word.len() < "أبو".len() + ARTICLE.len() + 4 || !matches!(word[..2], [0xD8, 0xA3 | 0xA7]) {
        return None;
    }
    // Both spellings are as long: the length test above holds for either.
    KUNYAS.iter().find(|k| word.starts_with(k.as_bytes()) && word[k.len()..].starts_with(ARTICLE.as_bytes())).map(|k| start + k.len())
}

/// The character starting at byte `pos` of `text`, if any.
#[inline]
fn char_at(text: &str, pos: usize) -> Option<char> {
    text.get(pos..)?.chars().next()
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
        if let &[lead @ ARABIC_LEAD_FIRST..=ARABIC_LEAD_LAST, next, ..] = bytes.get(pos..).unwrap_or_default() {
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

/// The underscore at `pos` stands between an Arabic word just read and an
/// Arabic letter.
fn joins_arabic_words(text: &str, tokens: &[RawToken<'_>], pos: usize) -> bool {
    let after_word = tokens
        .last()
        .is_some_and(|t| t.kind == TokenKind::Arabic && t.text.as_ptr() as usize + t.text.len() == text.as_ptr() as usize + pos);
    after_word && char_at(text, pos + 1).is_some_and(is_arabic_letter)
}
