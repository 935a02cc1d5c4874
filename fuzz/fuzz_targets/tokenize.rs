//! Any string: tokens sorted, disjoint, on char boundaries, rebuilding the
//! text with the gaps; readings and sentences inside it.
#![no_main]

use khabar_tokenize::{NormalizeConfig, NormalizedText, Span, Tokenizer};
use libfuzzer_sys::fuzz_target;

fuzz_target!(|text: &str| {
    let tokens = Tokenizer::default().tokenize(text);
    let mut rebuilt = String::with_capacity(text.len());
    let mut prev = 0;
    for (i, t) in tokens.iter().enumerate() {
        assert!(t.span.start >= prev && t.span.start < t.span.end && t.span.end <= text.len());
        assert!(text.is_char_boundary(t.span.start) && text.is_char_boundary(t.span.end));
        rebuilt.push_str(tokens.gap_before(i));
        rebuilt.push_str(t.text);
        prev = t.span.end;
        for s in t.splits() {
            assert!(t.span.contains(s.stem) && text.is_char_boundary(s.stem.start));
        }
    }
    rebuilt.push_str(tokens.gap_before(tokens.len()));
    assert_eq!(rebuilt, text);
    let mut last = Span::default();
    for s in khabar_tokenize::Sentences::of(&tokens).iter() {
        assert!(s.span.start >= last.end && s.span.end <= text.len());
        last = s.span;
    }
    let n = NormalizedText::new(text, &NormalizeConfig::default());
    if !n.normalized().is_empty() {
        let whole = n.original_span(Span::new(0, n.normalized().len())).unwrap();
        assert!(whole.end <= text.len() && text.is_char_boundary(whole.start) && text.is_char_boundary(whole.end));
    }
});
