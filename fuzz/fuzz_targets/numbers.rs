//! Any string: quantities and dates in order, in bounds, on char
//! boundaries, with finite values.
#![no_main]

use khabar_numbers::Extractor;
use libfuzzer_sys::fuzz_target;
use std::sync::LazyLock;

static EXTRACTOR: LazyLock<Extractor> = LazyLock::new(Extractor::default);

fuzz_target!(|text: &str| {
    let found = EXTRACTOR.extract(text);
    let mut prev = 0;
    for q in &found.quantities {
        assert!(q.span.start >= prev && q.span.start < q.span.end && q.span.end <= text.len());
        assert!(text.is_char_boundary(q.span.start) && text.is_char_boundary(q.span.end));
        assert!(q.value.is_none_or(|v| v.is_finite()));
        prev = q.span.end;
    }
    for d in &found.dates {
        assert!(d.span.end <= text.len() && text.is_char_boundary(d.span.start) && text.is_char_boundary(d.span.end));
    }
});
