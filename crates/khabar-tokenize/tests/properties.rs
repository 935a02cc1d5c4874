//! Property tests over arbitrary strings: no panic, spans sorted, in bounds,
//! on char boundaries, and the text rebuilt from tokens plus gaps.

use khabar_tokenize::{chars::is_space, NormalizeConfig, NormalizedText, Sentences, Span, TokenKind, Tokenizer, TokenizerConfig};
use proptest::prelude::*;

/// Strings biased toward what news text holds: Arabic letters, marks,
/// digits of three systems, separators, quotes, invisible characters.
fn newsy_string() -> impl Strategy<Value = String> {
    let pieces = prop::collection::vec(
        prop_oneof![
            any::<char>().prop_map(|c| c.to_string()),
            Just("ال".to_string()),
            Just("لـ".to_string()),
            Just("ـ".to_string()),
            Just("ًّ".to_string()),
            prop::sample::select(vec!["و", "ب", "ل", "ك", "ف", "أ", "إ", "آ", "ى", "ی", "ک", "ە", "ة"]).prop_map(String::from),
            prop::sample::select(vec!["٠", "٩", "۵", "7", ".", ",", "٫", "٬", "،", ":", "/", "%", "٪"]).prop_map(String::from),
            prop::sample::select(vec![
                "“", "”", "\"", "«", "»", "(", ")", "؟", "…", "\n", " ", "\u{00A0}", "\u{200C}", "\u{200F}", "\u{FEFF}", "\u{202B}"
            ])
            .prop_map(String::from),
            prop::sample::select(vec!["ﻻ", "ﷲ", "ﺍ", "\u{FE70}"]).prop_map(String::from),
        ],
        0..60,
    );
    pieces.prop_map(|v| v.concat())
}

fn check_invariants(text: &str) {
    let tokens = Tokenizer::default().tokenize(text);
    let mut prev_end = 0;
    let mut rebuilt = String::with_capacity(text.len());
    for (i, t) in tokens.iter().enumerate() {
        assert!(t.span.start >= prev_end, "sorted and disjoint");
        assert!(t.span.start < t.span.end, "non-empty");
        assert!(t.span.end <= text.len(), "in bounds");
        assert!(text.is_char_boundary(t.span.start) && text.is_char_boundary(t.span.end));
        let gap = tokens.gap_before(i);
        // Whitespace, or the underscore of a hashtag between Arabic words.
        let joiner = gap == "_" && i > 0 && tokens.get(i - 1).is_some_and(|p| p.kind == TokenKind::Arabic);
        assert!(gap.chars().all(is_space) || joiner, "gap holds only whitespace: {gap:?}");
        // These texts (60 pieces at most) are too short to be wrapped by
        // hand at a fixed width, where a break inside a sentence is read
        // as none (wrapped.rs): every break here is one.
        assert_eq!(tokens.line_break_before(i), i > 0 && gap.contains('\n'), "line break flag before token {i}");
        assert!(!t.text.chars().any(is_space), "no whitespace inside a token: {:?}", t.text);
        rebuilt.push_str(gap);
        rebuilt.push_str(t.text);
        prev_end = t.span.end;
        for s in t.splits() {
            assert!(t.span.contains(s.stem) && t.span.contains(s.prefix));
            assert!(text.is_char_boundary(s.stem.start));
            assert_eq!(s.prefix.end, s.stem.start);
        }
    }
    rebuilt.push_str(tokens.gap_before(tokens.len()));
    assert_eq!(rebuilt, text);
    let mut prev: Option<Span> = None;
    let sentences = Sentences::of(&tokens);
    for (k, s) in sentences.iter().enumerate() {
        assert!(text.is_char_boundary(s.span.start) && text.is_char_boundary(s.span.end));
        if let Some(p) = prev {
            assert!(p.end <= s.span.start, "sentences sorted and disjoint");
        }
        prev = Some(s.span);
        // Every byte of a sentence is held by it.
        assert_eq!(sentences.index_at(s.span.start), Some(k));
        assert_eq!(sentences.index_at(s.span.end - 1), Some(k));
    }
    assert_eq!(sentences.index_at(text.len()), sentences.len().checked_sub(1));
    // Token boundaries and kinds do not depend on normalization: a stage
    // that reads tokens of another normalization again finds the same
    // tokens at the same indices.
    let folded = Tokenizer::new(TokenizerConfig { normalize: NormalizeConfig { fold_teh_marbuta: true } }).tokenize(text);
    assert_eq!(folded.len(), tokens.len());
    for (a, b) in tokens.iter().zip(folded.iter()) {
        assert_eq!((a.span, a.kind), (b.span, b.kind));
    }
    let n = NormalizedText::new(text, &NormalizeConfig::default());
    for i in 0..n.normalized().len() {
        let a = n.alignment(i).unwrap();
        assert!(text.is_char_boundary(a.start) && text.is_char_boundary(a.end) && a.end <= text.len());
    }
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(512))]

    #[test]
    fn invariants_hold_on_newsy_strings(text in newsy_string()) {
        check_invariants(&text);
    }

    #[test]
    fn invariants_hold_on_any_string(text in any::<String>()) {
        check_invariants(&text);
    }
}
