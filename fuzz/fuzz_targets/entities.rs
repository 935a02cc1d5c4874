//! Any string: mentions in order, disjoint, in bounds, on char boundaries.
#![no_main]

use khabar_entities::Tagger;
use libfuzzer_sys::fuzz_target;
use std::sync::LazyLock;

static TAGGER: LazyLock<Tagger> = LazyLock::new(Tagger::default);

fuzz_target!(|text: &str| {
    let mut prev = 0;
    for m in TAGGER.tag(text) {
        assert!(m.span.start >= prev && m.span.start < m.span.end && m.span.end <= text.len());
        assert!(text.is_char_boundary(m.span.start) && text.is_char_boundary(m.span.end));
        prev = m.span.end;
    }
});
